"""Speech-verb lists as tries (text.word_trie): the same matches as the lists they replace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from natoiraq.extractor.quotes import PARTICIPLE_LIST, QUOTE_VERB_LIST
from natoiraq.text import word_trie

ROOT = Path(__file__).resolve().parent.parent
LISTS = {"quote-verbs": QUOTE_VERB_LIST, "participles": PARTICIPLE_LIST}
TEXTS = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("evalsets/dev/seeds/*.txt"))


def _phrases(alternation: str) -> list[str]:
    """Every phrase the readable list matches, white space written as one space."""
    found: list[str] = []
    for alternative in alternation.replace("(?:", "").replace(")", "").split("|"):
        expanded = [""]
        for part in re.split(r"(\[[a-z]+\])", alternative.replace(r"\s+", " ")):
            choices = list(part[1:-1]) if part.startswith("[") else [part]
            expanded = [e + c for e in expanded for c in choices]
        found += expanded
    return found


@pytest.mark.parametrize("name", LISTS)
def test_no_phrase_is_another_before_a_boundary(name: str) -> None:
    # The condition under which the trie's longest match is the alternation's first one.
    phrases = _phrases(LISTS[name])
    clashes = [
        (p, q)
        for p in phrases
        for q in phrases
        if q != p and q.startswith(p) and not q[len(p)].isalnum()
    ]
    assert clashes == []


@pytest.mark.parametrize("name", LISTS)
@pytest.mark.parametrize("after", [r"\b", r"[ \t]+"])
def test_trie_matches_as_the_list(name: str, after: str) -> None:
    phrases = _phrases(LISTS[name])
    # Every phrase, its plural-looking and cut-short neighbours, and the real texts.
    made = " ".join(f"{p} {p}s {p[:-1]} {p.replace(' ', '  ')}, x{p}" for p in phrases)
    texts = [made] + [path.read_text(encoding="utf-8") for path in TEXTS]
    trie = re.compile(rf"\b{word_trie(LISTS[name])}{after}")
    plain = re.compile(rf"\b{LISTS[name]}{after}")
    for text in texts:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_word_trie_expands_classes_and_space() -> None:
    pattern = re.compile(word_trie(r"(?:emphasi[sz]ed|went\s+on|went\s+out|says|say)") + r"\b")
    assert [m.group() for m in pattern.finditer("emphasized, emphasised; went  on; says say")] == [
        "emphasized",
        "emphasised",
        "went  on",
        "says",
        "say",
    ]
