"""The linker's registry patterns read by dictionary (linking._Lazy, _AliasStarts, _Trigrams)
find what the compiled alternations they stand in for found, on every text of the repository
(seeds, examples, the dev and check sets, the origin dev set) and on random strings made of
the registries' aliases.

The oracles below are the patterns as the linker compiled them before (commit 8817abb), kept
here verbatim: the dictionaries must agree with them everywhere, or extraction would change.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from natoiraq.extractor import linking
from natoiraq.extractor.linking import (
    MODIFIED_RE,
    MODIFIED_STARTS,
    OWNED_RE,
    OWNED_STARTS,
    POSSESSOR,
    POSSESSOR_STARTS,
    Linker,
    _AliasScan,
    _AliasStarts,
    _alternation,
    _build_tables,
    _Heads,
    _Tables,
    _Trigrams,
    _trigrams,
)
from natoiraq.models import Registry
from natoiraq.text import literal_alternation, trie_pattern
from natoiraq.validator import load_registry

ROOT = Path(__file__).resolve().parents[2]
#: Every text of the repository but the held-out sets.
TEXT_FILES = [
    *sorted(ROOT.glob("seeds/*.txt")),
    *sorted(ROOT.glob("examples/*.md")),
    *sorted(ROOT.glob("evalsets/dev/seeds/*.txt")),
    *sorted(ROOT.glob("evalsets/check/*.md")),
    *sorted(ROOT.glob("evalsets/origins/dev/*/*.txt")),
]
REGISTRIES = {
    "main": ROOT / "corpus" / "registry.yaml",
    "dev": ROOT / "evalsets" / "dev" / "corpus" / "registry.yaml",
}
#: Random strings per registry, and the seed that makes them.
RANDOM_TEXTS = 200
SEED = 15
#: What stands between two aliases in a random string.
JOINS = [" ", "", "-", ", ", "\n", "(", ")", " the ", "'s ", ".", " its ", "’s ", "  ", " The "]
#: Characters around the search window a random window may leave out.
WINDOW_SLACK = 40


def test_the_texts_are_there() -> None:
    # Must not pass on an empty glob: the comparisons below need texts to compare on.
    assert len(TEXT_FILES) > 100


@functools.cache
def _registry(name: str) -> Registry:
    return load_registry(REGISTRIES[name])


@functools.cache
def _tables(name: str) -> _Tables:
    return _build_tables(_registry(name))


def _random_texts(tables: _Tables) -> list[str]:
    """Strings of the registry's aliases, cut, extended, recased and joined oddly: the places
    where a whole-word check or a longest-first choice decides."""
    rng = random.Random(SEED)
    pool = sorted(tables._aliases)
    texts = []
    for _ in range(RANDOM_TEXTS):
        parts = []
        for _ in range(rng.randint(1, 12)):
            alias = rng.choice(pool)
            roll = rng.random()
            if roll < 0.2:
                alias = alias[: rng.randint(0, len(alias))]
            elif roll < 0.35:
                alias += rng.choice(["s", "-", "'s", ".", "x", "ly", "’s", "-led"])
            elif roll < 0.45:
                alias = alias.upper() if rng.random() < 0.5 else alias.lower()
            elif roll < 0.55:
                alias = rng.choice(["the ", "The ", "its ", "NATO's ", "the U.S.-led "]) + alias
            parts += [alias, rng.choice(JOINS)]
        texts.append("".join(parts))
    return texts


@functools.cache
def _texts(name: str) -> tuple[str, ...]:
    files = tuple(p.read_text(encoding="utf-8") for p in TEXT_FILES)
    return files + tuple(_random_texts(_tables(name)))


def _windows(text: str, rng: random.Random) -> Iterator[tuple[int, int]]:
    """The whole text, then a few random windows (bounds past the text's ends too)."""
    yield 0, len(text)
    for _ in range(3):
        start = rng.randint(-WINDOW_SLACK, len(text) + WINDOW_SLACK)
        yield start, rng.randint(start - WINDOW_SLACK, len(text) + WINDOW_SLACK)


@pytest.fixture
def by_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dictionaries read every text (never the compiled pattern)."""
    monkeypatch.setattr(linking, "REGEX_AFTER_CHARS", 1 << 60)


# --------------------------------------------------------------------------- the oracles


def _old_alias_at_pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    """linking._alias_at_pattern at commit 8817abb."""
    ordered = sorted(aliases, key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!)")
    *rest, last = ordered
    firsts = {_first_atom(a[:1]): set(_either_case(a[:1])) for a in rest}
    if sum(len(chars) for chars in firsts.values()) == len(set().union(set(), *firsts.values())):
        atoms = [[_first_atom(a[:1]), *(re.escape(c) for c in a[1:])] for a in rest]
        return re.compile(
            "(?:" + trie_pattern(atoms) + ")|" + _first_letter_either_case(last) + r"(?![\w-])"
        )
    return re.compile("|".join(_first_letter_either_case(a) for a in ordered) + r"(?![\w-])")


def _either_case(head: str) -> str:
    if head.isalpha() and head.lower() != head.upper():
        return head.lower() + head.upper()
    return head


def _first_atom(head: str) -> str:
    if head.isalpha() and head.lower() != head.upper():
        return f"[{re.escape(head.lower())}{re.escape(head.upper())}]"
    return re.escape(head)


def _first_letter_either_case(alias: str) -> str:
    return _first_atom(alias[:1]) + re.escape(alias[1:])


def _old_heads(phrases: list[str], lead: str) -> re.Pattern[str]:
    """The possessed, modified and owned patterns at commit 8817abb (the possessed one's
    group `rest` is the others' `head`)."""
    return re.compile(lead + r"(?P<head>" + literal_alternation(phrases) + r")(?![\w-])")


def _old_head_matches(
    regex: re.Pattern[str], text: str, start: int, end: int
) -> list[tuple[int, int, int, int, int]]:
    groups = regex.groupindex
    return [
        (
            m.start(),
            m.end(),
            m.start("head"),
            m.start("mods") if "mods" in groups else m.start("head"),
            m.end("owner") if "owner" in groups else m.start(),
        )
        for m in regex.finditer(text, start, end)
    ]


def _old_grams(processed: list[str]) -> dict[str, list[int]]:
    """The trigram table _build_tables made at commit 8817abb."""
    grams: dict[str, list[int]] = {}
    for n, form in enumerate(processed):
        for gram in _trigrams(form):
            grams.setdefault(gram, []).append(n)
    return grams


# --------------------------------------------------------------------------- the comparisons


def _alias_lists(tables: _Tables) -> dict[str, list[str]]:
    aliases = tables._aliases
    return {
        "entities": [a for a, item in aliases.items() if tables.kinds[item] != "event"],
        "events": [a for a, item in aliases.items() if tables.kinds[item] == "event"],
    }


@pytest.mark.usefixtures("by_dictionary")
@pytest.mark.parametrize("which", ["entities", "events"])
@pytest.mark.parametrize("name", REGISTRIES)
def test_alias_scan_finds_what_the_alternation_found(name: str, which: str) -> None:
    aliases = _alias_lists(_tables(name))[which]
    old, scan = _alternation(aliases), _AliasScan(aliases)
    assert old is not None
    rng = random.Random(SEED)
    found = 0
    for text in _texts(name):
        for start, end in _windows(text, rng):
            spans = scan.find(text, start, end)
            assert spans == [m.span() for m in old.finditer(text, start, end)], (text, start, end)
            found += len(spans)
    assert scan._regex is None  # read by the dictionary throughout
    assert found > 100


@pytest.mark.parametrize("name", REGISTRIES)
def test_alias_starts_match_as_the_alternation_matched(name: str) -> None:
    aliases = tuple(_alias_lists(_tables(name))["entities"])
    old, starts = _old_alias_at_pattern(aliases), _AliasStarts(aliases)
    rng = random.Random(SEED)
    found = 0
    for text in _texts(name):
        places = [m.start() for m in re.finditer(r"(?<!\w)\w", text)]
        places += [rng.randint(-2, len(text) + 2) for _ in range(20)]
        for start in places:
            end = min(len(text), start + rng.choice([0, 3, 40, 200, 10_000]))
            match = old.match(text, start, end)
            stop = starts.match(text, start, end)
            assert stop == (match.end() if match else None), (text[start : start + 60], end)
            found += stop is not None
    assert found > 1000


#: Each description pattern: its old lead, its candidates, whose phrases, gated.
HEADS = {
    "possessed": (POSSESSOR, POSSESSOR_STARTS, "_possessed", True),
    "modified": (MODIFIED_RE, MODIFIED_STARTS, "_modified", False),
    "owned": (OWNED_RE, OWNED_STARTS, "_modified", False),
}


@pytest.mark.usefixtures("by_dictionary")
@pytest.mark.parametrize("kind", HEADS)
@pytest.mark.parametrize("name", REGISTRIES)
def test_heads_find_what_their_patterns_found(name: str, kind: str) -> None:
    lead, candidates, table, gated = HEADS[kind]
    phrases = list(getattr(_tables(name), table))
    old, heads = _old_heads(phrases, lead), _Heads(phrases, lead, candidates, gated)
    rng = random.Random(SEED)
    texts = [*_texts(name), *_head_texts(phrases, rng)]
    found = 0
    for text in texts:
        for start, end in _windows(text, rng):
            got = heads.find(text, start, end)
            assert got == _old_head_matches(old, text, start, end), (text, start, end)
            found += len(got)
    assert heads._regex is None
    assert found > 50


def _head_texts(phrases: list[str], rng: random.Random) -> list[str]:
    """Leads before phrases: determiners, possessors, one to three modifiers, capitalised
    ones, hyphens and doubled spaces."""
    leads = [
        "its ", "Its  ", "their ", "the alliance's ", "The U.S.'s ", "NATO’s ", "the the ",
        "The ", "the new ", "the U.S.-led ", "the NATO ", "the big new ", "The Big old red ",
        "Iraq's ", "Iraq's new ", "Iraq's own new ", "Bob's-", "x-the ", "bathe ", "the\n",
    ]  # fmt: skip
    texts = []
    for _ in range(RANDOM_TEXTS):
        parts = []
        for _ in range(rng.randint(1, 8)):
            phrase = rng.choice(phrases) if phrases else "mission"
            if rng.random() < 0.3:
                phrase = phrase.split(" ", 1)[-1]
            parts += [rng.choice(leads), phrase, rng.choice(JOINS)]
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("name", REGISTRIES)
def test_trigram_candidates_are_the_tables(name: str) -> None:
    tables = _tables(name)
    trigrams = _Trigrams(tables._aliases)
    old = _old_grams(trigrams.processed)
    queries = {g for form in trigrams.processed for g in _trigrams(form)}
    queries |= {"zzz", "qas", "   ", "a b"}
    for gram in sorted(queries):
        assert trigrams._with(gram) == old.get(gram, []), gram
    query = linking.LINK_PROCESSOR("Qassim Soleimany")
    near = set().union(*[old[g] for g in _trigrams(query) if g in old])
    assert trigrams.near(query) == sorted(near)
    assert near


@pytest.mark.parametrize("name", REGISTRIES)
def test_a_linker_finds_the_same_mentions_either_way(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole linker, every pattern by dictionary against every pattern compiled."""
    texts = [p.read_text(encoding="utf-8") for p in TEXT_FILES]

    def mentions(after: int) -> list[list[linking.Mention]]:
        monkeypatch.setattr(linking, "REGEX_AFTER_CHARS", after)
        # Tables of their own: none of their patterns read before in the other way.
        monkeypatch.setattr(linking, "_TABLES", linking.RegistryCache(_build_tables))
        found = []
        for text in texts:
            linker = Linker(_registry(name))
            found.append(linker.mentions(text, 0, len(text)))
        return found

    by_dictionary, compiled = mentions(1 << 60), mentions(0)
    assert by_dictionary == compiled
    assert sum(map(len, compiled)) > 1000


def test_a_scan_compiles_once_it_has_read_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linking, "REGEX_AFTER_CHARS", 100)
    scan = _AliasScan(["NATO", "NATO Mission Iraq"])
    text = "NATO Mission Iraq, and NATO. "
    assert scan.find(text, 0, len(text)) == [(0, 17), (23, 27)]
    assert scan._regex is None  # 29 characters read
    long = text * 4
    assert scan.find(long, 0, len(long)) == [(a + n * 29, b + n * 29) for n in range(4)
                                             for a, b in [(0, 17), (23, 27)]]  # fmt: skip
    assert scan._regex is not None  # past 100: compiled


def test_an_alias_with_no_word_character_is_read_by_the_compiled_pattern() -> None:
    scan = _AliasScan(["NATO", "&"])
    assert scan.find("NATO & co", 0, 9) == [(0, 4), (5, 6)]
    assert scan._regex is not None


def test_an_empty_alias_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        _AliasStarts(("NATO", ""))
