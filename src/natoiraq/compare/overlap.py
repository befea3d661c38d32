"""Measured text overlap: which articles share prose (one origin), found without all pairs.

Two reports of one press conference share its quotes and its numbers; a reprint of a wire story
shares its sentences. So overlap is measured on the prose outside quotation marks, as word
shingles (runs of SHINGLE_WORDS words), and two articles share an origin when most of the shorter
one's shingles are in the longer one (containment). Candidate pairs come from an inverted index of
winnowed fingerprints (Schleimer, Wilkerson and Aiken, "Winnowing: local algorithms for document
fingerprinting", SIGMOD 2003): each article is touched once per fingerprint, never compared with
every other article.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: Words per shingle. Five is long enough that two independent reports rarely share one outside a
#: quotation ("said on Tuesday that the") and short enough that a light edit (a word changed every
#: sentence or two) leaves most shingles of a sentence intact. Calibrated with the grouping
#: benchmark (benchmarks/bench_origins.py) on evalsets/origins/dev.
SHINGLE_WORDS = 5
#: Winnowing window, in shingles: any shared run of SHINGLE_WORDS + WINNOW_WINDOW - 1 words (here
#: 8) is certain to share a fingerprint, so a reprint is a candidate even when only a paragraph
#: of it survives.
WINNOW_WINDOW = 4
#: A fingerprint held by more articles than this is furniture shared across an outlet's pages
#: ("Sign up for our newsletter to get the") or a stock phrase, not evidence of one origin: it
#: proposes no pairs. It also bounds the pairs one fingerprint can propose (MAX_POSTING^2 / 2),
#: which keeps candidate generation linear in the archive.
MAX_POSTING = 50
#: Two articles are candidates when they share at least this many fingerprints: one shared
#: 8-word run is a coincidence a stock phrase can make; two are worth measuring.
MIN_SHARED_FINGERPRINTS = 2
#: Same origin when this share of the shorter article's shingles is in the other one. Chosen on
#: evalsets/origins/dev (benchmarks/bench_origins.py prints the sweep): reprints and light edits
#: sit far above it, independent reports of one event far below.
SAME_ORIGIN_CONTAINMENT = 0.35
#: An article with fewer shingles than this is too short to say anything about its origin (a
#: two-line brief): it is never grouped by overlap.
MIN_SHINGLES = 12

WORD_RE = re.compile(r"\w+")
#: Quoted passages: text between a pair of double quotation marks on one line (straight, curly,
#: low-9 and guillemets). Shared quotes are what independent reports of one statement have in
#: common, so they are left out of the shingles.
QUOTED_RE = re.compile(r"[\"“”„«»][^\"“”„«»\n]{1,800}[\"“”«»]")
#: Spelling that outlets localise (colour/color, organise/organize, centre/center): folded so a
#: reprint that only localised its spelling keeps its shingles.
SPELLING_FOLDS = (
    (re.compile(r"(?<=\w\w)our(?=s?$)"), "or"),
    (re.compile(r"(?<=\w\w)is(?=(?:e|es|ed|ing|ation|ations)$)"), "iz"),
    (re.compile(r"(?<=\w\w)tre(?=s?$)"), "ter"),
)


@dataclass(frozen=True)
class TextPrint:
    """One text's shingles (as hashes), its fingerprints and where each shingle starts."""

    shingles: frozenset[int]
    fingerprints: frozenset[int]
    #: (start, end) code points of each word the shingles were built from, in text order, with
    #: the shingle hash that starts at each word (for passage evidence).
    words: tuple[tuple[int, int], ...]
    hashes: tuple[int, ...]


@dataclass(frozen=True)
class Overlap:
    """How much prose two texts share, with the longest shared passage in each."""

    containment: float
    jaccard: float
    shared_shingles: int
    #: The longest run of shared shingles: (start, end) in the first and in the second text.
    passage_a: tuple[int, int] | None
    passage_b: tuple[int, int] | None
    passage_words: int


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKC", word).casefold()
    for pattern, replacement in SPELLING_FOLDS:
        word = pattern.sub(replacement, word)
    return word


def _word_id(word: str, cache: dict[str, int]) -> int:
    found = cache.get(word)
    if found is None:
        # A keyed hash would differ between processes (PYTHONHASHSEED); fingerprints must not.
        found = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "big")
        cache[word] = found
    return found


_MASK = (1 << 64) - 1
_MULTIPLIER = 0x9E3779B97F4A7C15


def _runs(text: str, skip: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Word spans of `text`, cut into runs at skipped spans and quotations."""
    cuts = sorted([*skip, *((m.start(), m.end()) for m in QUOTED_RE.finditer(text))])
    runs: list[list[tuple[int, int]]] = [[]]
    position = 0
    for start, end in [*cuts, (len(text), len(text))]:
        if start > position:
            runs[-1].extend(m.span() for m in WORD_RE.finditer(text, position, start))
        if runs[-1]:
            runs.append([])
        position = max(position, end)
    return [run for run in runs if run]


def text_print(
    text: str, skip: Sequence[tuple[int, int]] = (), cache: dict[str, int] | None = None
) -> TextPrint:
    """The shingles and fingerprints of `text`, leaving out `skip` spans (page furniture) and
    quotations; no shingle spans a cut."""
    cache = {} if cache is None else cache
    words: list[tuple[int, int]] = []
    hashes: list[int] = []
    for run in _runs(text, skip):
        ids = [_word_id(_fold(text[a:b]), cache) for a, b in run]
        for i in range(len(ids) - SHINGLE_WORDS + 1):
            value = 0
            for word in ids[i : i + SHINGLE_WORDS]:
                value = ((value ^ word) * _MULTIPLIER) & _MASK
            words.append((run[i][0], run[i + SHINGLE_WORDS - 1][1]))
            hashes.append(value)
    return TextPrint(frozenset(hashes), frozenset(_winnow(hashes)), tuple(words), tuple(hashes))


def _winnow(hashes: Sequence[int]) -> set[int]:
    """The smallest hash of every window of WINNOW_WINDOW shingles (all of them if fewer)."""
    if len(hashes) <= WINNOW_WINDOW:
        return set(hashes)
    return {min(hashes[i : i + WINNOW_WINDOW]) for i in range(len(hashes) - WINNOW_WINDOW + 1)}


def candidate_pairs(prints: Sequence[TextPrint]) -> list[tuple[int, int]]:
    """Pairs of indexes into `prints` sharing MIN_SHARED_FINGERPRINTS fingerprints, in order.

    Linear in the fingerprints: a fingerprint held by more than MAX_POSTING texts proposes
    nothing, so no fingerprint proposes more than MAX_POSTING^2 / 2 pairs.
    """
    postings: dict[int, list[int]] = defaultdict(list)
    for index, found in enumerate(prints):
        for mark in found.fingerprints:
            postings[mark].append(index)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in postings.values():
        if len(holders) < 2 or len(holders) > MAX_POSTING:
            continue
        for i, a in enumerate(holders):
            for b in holders[i + 1 :]:
                shared[(a, b)] += 1
    return sorted(pair for pair, n in shared.items() if n >= MIN_SHARED_FINGERPRINTS)


def overlap(a: TextPrint, b: TextPrint) -> Overlap:
    """How much of the shorter text's prose the other holds, and the longest shared passage."""
    common = a.shingles & b.shingles
    smaller = min(len(a.shingles), len(b.shingles))
    union = len(a.shingles | b.shingles)
    passage_a, run_words = _longest_run(a, common)
    passage_b, _ = _longest_run(b, common)
    return Overlap(
        containment=len(common) / smaller if smaller else 0.0,
        jaccard=len(common) / union if union else 0.0,
        shared_shingles=len(common),
        passage_a=passage_a,
        passage_b=passage_b,
        passage_words=run_words,
    )


def _longest_run(found: TextPrint, common: frozenset[int]) -> tuple[tuple[int, int] | None, int]:
    """The longest stretch of consecutive shared shingles in `found`, as a code-point span."""
    best: tuple[int, int] | None = None
    best_len = 0
    run_start = -1
    for i, value in enumerate([*found.hashes, None]):
        if value is not None and value in common:
            if run_start < 0:
                run_start = i
            continue
        if run_start >= 0:
            # Consecutive shingles must also be adjacent words (a cut ends a run).
            length = i - run_start
            if length > best_len:
                best_len = length
                best = (found.words[run_start][0], found.words[i - 1][1])
            run_start = -1
    return best, best_len + SHINGLE_WORDS - 1 if best is not None else 0


def same_origin(found: Overlap, a: TextPrint, b: TextPrint) -> bool:
    """Whether an overlap is enough to say two texts share one origin."""
    if min(len(a.shingles), len(b.shingles)) < MIN_SHINGLES:
        return False
    return found.containment >= SAME_ORIGIN_CONTAINMENT


def groups(count: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components of `count` items joined by `edges`, each sorted, in order of their
    first item; single items included."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(count):
        members[root(i)].append(i)
    return sorted(members.values())
