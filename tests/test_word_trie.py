"""Quote-stage word lists as faster regexes (tries, first-letter groups): the same matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from natoiraq.extractor.quotes import (
    AFTER_VERB_LIST,
    DOUBLE_MARK_RE,
    ORG_NOUN_LIST,
    PARTICIPLE_LIST,
    PERSON,
    PERSON_RE,
    QUOTE_VERB_LIST,
    ROLE_NOUN_LIST,
    SINGLE_CLOSE_RE,
    SINGLE_OPEN_RE,
    VERB_RE,
    _marks,
)
from natoiraq.text import first_letter_groups, word_trie

ROOT = Path(__file__).resolve().parent.parent
LISTS = {
    "quote-verbs": QUOTE_VERB_LIST,
    "after-verbs": AFTER_VERB_LIST,
    "participles": PARTICIPLE_LIST,
}
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


GROUPED = {"role-nouns": ROLE_NOUN_LIST, "org-nouns": ORG_NOUN_LIST}


@pytest.mark.parametrize("name", GROUPED)
@pytest.mark.parametrize("after", [r"\b", r"(?:[ \t]+\w+)?[ \t]+said\b", ""])
def test_first_letter_groups_match_as_the_list(name: str, after: str) -> None:
    words = re.findall(r"[A-Za-z]+", GROUPED[name])
    made = " ".join(f"the {w} {w.upper()} x{w} {w}-general chief executive said" for w in words)
    texts = [made] + [path.read_text(encoding="utf-8") for path in TEXTS]
    grouped = re.compile(rf"(?<!\w){first_letter_groups(GROUPED[name])}{after}")
    plain = re.compile(rf"(?<!\w){GROUPED[name]}{after}")
    for text in texts:
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_first_letter_groups_keep_order_within_a_letter() -> None:
    assert first_letter_groups("(?i:chief|MP|chief[- ]executive|mayor)") == (
        "(?i:c(?:hief|hief[- ]executive)|m(?:P|ayor))"
    )
    with pytest.raises(ValueError, match="plain letter"):
        first_letter_groups("(?:a?b|c)")


def test_person_scan_matches_without_its_look_ahead() -> None:
    plain = re.compile(rf"(?<![\w'’-]){PERSON}")
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        assert [m.span() for m in PERSON_RE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


MARKED = (
    "'We keep' the '90s; “mugs.' 'n' ‘harsh’ rock 'n' roll, \"calm\", — 'Yes' (‘no’) "
    "Iraq's «oui»\n'x"
)


def _three_scans(text: str, start: int, end: int) -> list[tuple[int, str]]:
    found = [(m.start(), "d") for m in DOUBLE_MARK_RE.finditer(text, start, end)]
    found += [(m.start(), "o") for m in SINGLE_OPEN_RE.finditer(text, start, end)]
    found += [(m.start(), "c") for m in SINGLE_CLOSE_RE.finditer(text, start, end)]
    return sorted(found)


def test_one_mark_scan_finds_what_three_did() -> None:
    texts = [MARKED] + [path.read_text(encoding="utf-8") for path in TEXTS]
    for text in texts:
        for line in re.finditer(r"[^\n]+", text):
            assert _marks(text, *line.span()) == _three_scans(text, *line.span())
        assert _marks(text, 2, len(text) - 1) == _three_scans(text, 2, len(text) - 1)


def test_verb_scan_matches_without_its_look_ahead() -> None:
    ahead = "(?=[a-z])"
    assert VERB_RE.pattern.startswith(ahead)
    plain = re.compile(VERB_RE.pattern[len(ahead) :])
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        assert [(m.span(), m.lastgroup) for m in VERB_RE.finditer(text)] == [
            (m.span(), m.lastgroup) for m in plain.finditer(text)
        ]
