"""Count-stage word lists as tries (text.word_trie): the same matches as the plain lists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from natoiraq.extractor.counts import (
    _WORD_NUMBERS,
    HEDGE_WORDS,
    PLURAL_QUANTIFIERS,
    RANGE_OPENERS,
    SCALE_HEDGES,
    SPORT_SCORING_NOUNS,
    _alternation,
)
from natoiraq.text import word_trie

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("evalsets/dev/seeds/*.txt"))
LISTS = {
    "hedges": [*HEDGE_WORDS, *RANGE_OPENERS],
    "scale-hedges": list(SCALE_HEDGES),
    "plurals": list(PLURAL_QUANTIFIERS),
    "sports": list(SPORT_SCORING_NOUNS),
}


def _plain(words: list[str]) -> str:
    """The alternation the trie replaced: longest first, any spacing between words."""
    return "|".join(sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True))


def _sample(words: list[str]) -> str:
    made = " ".join(f"{w} {w}s {w[:-1]} {w.replace(' ', '  ')}, x{w} {w.upper()}" for w in words)
    return made + " " + " ".join(p.read_text(encoding="utf-8") for p in TEXTS)


def _same_everywhere(new: str, old: str, text: str) -> None:
    for after in ("", r"\b", r"\s+", r"\s+of\b", r"(?!\w)"):
        for flags in (0, re.IGNORECASE):
            a = re.compile(f"(?:{new}){after}", flags)
            b = re.compile(f"(?:{old}){after}", flags)
            for pos in range(len(text)):
                x, y = a.match(text, pos), b.match(text, pos)
                assert (x and x.span()) == (y and y.span()), (after, flags, pos)


@pytest.mark.parametrize("name", LISTS)
def test_alternation_trie_matches_as_the_list(name: str) -> None:
    words = LISTS[name]
    _same_everywhere(_alternation(words), _plain(words), _sample(words))


def test_number_word_trie_matches_as_the_list() -> None:
    words = list(_WORD_NUMBERS)
    new = word_trie("(?:" + "|".join(words) + ")")
    _same_everywhere(new, "|".join(words), _sample(words))
