"""Stage 3e: the trigger pattern (tries around phrases that are not ASCII) finds what the plain
longest-first alternation finds, and the item index visits the items the full scan would."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from natoiraq.extractor.topics import _compile, _Item, _Items, topic_linker
from natoiraq.io.seeds import load_seed
from natoiraq.validator import load_registry

ROOT = Path(__file__).resolve().parents[2]
PHRASES = [
    "communiqué", "joint communiqué", "communiqué issued", "communi", "press", "press release",
    "press communiqué", "Münster talks", "talks", "über", "strike", "strikes", "general strike",
    "vote", "re-vote",
]  # fmt: skip
TEXTS = [
    "The joint communiqué issued on Friday; a Communiqué, a COMMUNIQUÉ issued late.",
    "Press communiqué, press release: the Münster talks and the MÜNSTER TALKS; a general strike,"
    " strikes, re-vote.",
    "communi communiqu communiquéd über-strike überstrike press-release",
]


def _plain(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted({p.casefold() for p in phrases}, key=len, reverse=True)
    alternation = "(?:" + "|".join(re.escape(p) for p in ordered) + ")"
    return re.compile(r"(?<![\w-])" + alternation + r"(?![\w-])", re.I)


def _spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    assert pattern is not None
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_compiled_triggers_match_as_the_plain_alternation(text: str) -> None:
    found = _spans(_compile(PHRASES), text)
    assert found == _spans(_plain(PHRASES), text)
    assert found


def test_the_dev_registry_triggers_on_the_dev_texts() -> None:
    registry = load_registry(ROOT / "evalsets" / "dev" / "corpus" / "registry.yaml")
    linker = topic_linker(registry)
    plain = _plain(sorted(linker.all_triggers))
    assert any(not p.isascii() for p in linker.all_triggers)  # the case the tries must keep
    for path in sorted((ROOT / "evalsets" / "dev" / "seeds").glob("*.txt")):
        text = load_seed(path).text
        assert _spans(linker.trigger_re, text) == _spans(plain, text), path.name


def test_the_index_lists_items_named_or_triggered_in_order() -> None:
    items = _Items(
        [
            _Item("a", frozenset({"vote"}), frozenset()),
            _Item("b", frozenset({"strike", "vote"}), frozenset()),
            _Item("c", frozenset(), frozenset()),
            _Item("a", frozenset({"talks"}), frozenset()),
        ]
    )
    assert items.named_or_triggered({"c"}, {"vote"}) == [0, 1, 2]
    assert items.named_or_triggered({"a"}, set()) == [0, 3]
    assert items.named_or_triggered(set(), {"talks", "none"}) == [3]
    assert items.named_or_triggered(set(), set()) == []
