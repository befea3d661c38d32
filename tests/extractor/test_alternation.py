"""Registry patterns as tries: the same matches as the longest-first alternations they replace."""

from __future__ import annotations

import re

import pytest

from natoiraq.extractor.linking import _AliasStarts
from natoiraq.text import literal_alternation

PHRASES = ["NATO", "NATO Mission Iraq", "the region", "the regional office", "Nato", "re", "r"]
TEXTS = [
    "NATO Mission Iraq and NATO's mission; the regional office, the region, the regions.",
    "nato mission iraq NATO-led THE REGION re-run r rr",
    "NATO Mission Ira",
]


def _plain(phrases: list[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p) for p in ordered) + ")"


def _spans(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("after", ["", r"(?![\w-])", r"\s"])
def test_trie_matches_as_the_alternation(text: str, after: str) -> None:
    trie = r"(?<![\w-])" + literal_alternation(PHRASES) + after
    plain = r"(?<![\w-])" + _plain(PHRASES) + after
    assert _spans(trie, text) == _spans(plain, text)


@pytest.mark.parametrize("text", TEXTS)
def test_trie_ignoring_case(text: str) -> None:
    folded = [p.casefold() for p in PHRASES]
    trie = literal_alternation(folded, ignore_case=True) + r"(?![\w-])"
    assert _spans(trie, text, re.I) == _spans(_plain(folded) + r"(?![\w-])", text, re.I)
    assert _spans(trie, text, re.I)  # the case test can fail: something matches


def test_non_ascii_phrases_ignoring_case_stay_a_plain_alternation() -> None:
    assert literal_alternation(["straße", "kö"], ignore_case=True) == "(?:straße|kö)"


MIXED = [
    "communiqué", "Communiqué officiel", "the communique", "the", "then", "them", "kö", "köln",
    "sk", "sko", "straße", "str", "thé", "i", "is",
]  # fmt: skip
MIXED_TEXTS = [
    "THE COMMUNIQUÉ, the communiqué officiel and the communique; then them, thé.",
    "Köln, KÖ, ſk, \u212a, ſko, STRASSE, straße, Str. is İs ıs",
    "thenthem the-communique communiquéS",
]


@pytest.mark.parametrize("text", MIXED_TEXTS)
@pytest.mark.parametrize("after", ["", r"(?![\w-])", r"\s", r"\b"])
def test_non_ascii_phrases_ignoring_case_between_tries(text: str, after: str) -> None:
    folded = [p.casefold() for p in MIXED]
    pattern = literal_alternation(folded, ignore_case=True)
    # The ASCII phrases are tries (not a plain alternation of all of them).
    assert pattern != _plain(folded)
    assert _spans(pattern + after, text, re.I) == _spans(_plain(folded) + after, text, re.I)
    assert _spans(pattern + after, text, re.I)


def test_no_phrases_match_nothing() -> None:
    assert re.search(literal_alternation([]), "anything") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Only the shortest alias checks the word end (the pattern's long-standing reading).
        ("the regional office", "the regional office"),
        ("the regionally", "the region"),
        ("The region", "The region"),
        ("rr", None),
        ("r.", "r"),
    ],
)
def test_alias_at_reads_as_before(text: str, expected: str | None) -> None:
    aliases = ("the region", "the regional office", "r")
    stop = _AliasStarts(aliases).match(text, 0, len(text))
    old = re.compile(
        "|".join(
            f"[{a[0].lower()}{a[0].upper()}]" + re.escape(a[1:])
            for a in sorted(aliases, key=len, reverse=True)
        )
        + r"(?![\w-])"
    ).match(text)
    assert (text[:stop] if stop else None) == expected == (old.group() if old else None)
