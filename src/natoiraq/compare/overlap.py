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

import base64
import binascii
import bisect
import functools
import hashlib
import itertools
import re
import sys
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import LCSseq

#: Words per shingle. Five is long enough that two independent reports rarely share one outside a
#: quotation ("said on Tuesday that the") and short enough that a light edit (a word changed every
#: sentence or two) leaves most shingles of a sentence intact. Calibrated with the grouping
#: benchmark (benchmarks/bench_origins.py) on evalsets/origins/dev.
SHINGLE_WORDS = 5
#: Winnowing window, in shingles: any shared run of SHINGLE_WORDS + WINNOW_WINDOW - 1 words (here
#: 8) is certain to share a fingerprint, so a reprint is a candidate even when only a paragraph
#: of it survives.
WINNOW_WINDOW = 4
#: A fingerprint held by more texts than this proposes each holder with the next one only, not
#: every pair: it is a widely reprinted story (whose copies are joined through the chain, since
#: groups are transitive) or furniture shared across an outlet's pages ("Sign up for our
#: newsletter to get the"), whose holders the containment check then keeps apart. Every
#: posting proposes at most MAX_POSTING^2 / 2 pairs, so candidate generation stays linear.
MAX_POSTING = 50
#: Two articles are candidates when they share at least this many fingerprints: one shared
#: 8-word run is a coincidence a stock phrase can make; two are worth measuring.
MIN_SHARED_FINGERPRINTS = 2
#: Same origin when this share of the shorter article's shingles is in the other one. Chosen on
#: evalsets/origins/dev (benchmarks/bench_origins.py prints the sweep): reprints and light edits
#: sit far above it, independent reports of one event far below.
SAME_ORIGIN_CONTAINMENT = 0.35
#: Two texts that name one source (an agency's credit, a release's issuer) are one origin only
#: when they also tell one story: at least this share of the smaller text's story tokens (numbers
#: and capitalised words outside quotations, which survive translation) in the other. On
#: evalsets/origins/dev pairs that credit one agency for one story score 0.45-1.00 (the lowest
#: are translations), pairs that credit one agency for different stories at most 0.18.
STORY_MATCH = 0.3
#: A rewrite that swaps every word for a synonym (a "spun" copy) or a literal translation keeps
#: no shingle but keeps the story's names and numbers in the same order; independent reports of
#: one event name the same things in their own order. Same origin when the longest common
#: subsequence of the two texts' story tokens (outside quotations) covers this share of the
#: shorter sequence, and that sequence has at least ORDER_MIN_TOKENS tokens. On
#: evalsets/origins/dev spun rewrites and a machine translation score 0.73-0.81 (at 29-43
#: tokens), independent reports of one story at most 0.48 (at 25 or more tokens); shorter
#: sequences (a brief) decide nothing.
SAME_ORDER = 0.7
ORDER_MIN_TOKENS = 25
#: An article with fewer shingles than this is too short to say anything about its origin (a
#: two-line brief): it is never grouped by overlap.
MIN_SHINGLES = 12

WORD_RE = re.compile(r"\w+")
#: A number, or a capitalised word of four letters or more (names, places, and in German nouns).
STORY_TOKEN_RE = re.compile(
    r"\d+(?:[,.\s]\d{3})*(?:[.,]\d+)?|\b[^\W\d_a-z][^\W\d_]{3,}"
)
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
    #: (start, end) code points of each word the shingles were built from, in text order, with
    #: the shingle hash that starts at each word (for passage evidence).
    words: tuple[tuple[int, int], ...]
    hashes: tuple[int, ...]
    #: The shingles that start a run (after a quotation or a skipped span): a shared passage
    #: never runs across one.
    breaks: frozenset[int] = frozenset()

    @functools.cached_property
    def fingerprints(self) -> frozenset[int]:
        """The winnowed shingles (`fingerprints`), worked out when asked for: measuring a pair
        needs the shingles only."""
        return frozenset(_winnow(self.hashes))


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


@functools.lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """A word as prints and story sequences compare it (kept: a corpus repeats its names and
    words thousands of times, and each fold is a normalisation and a few substitutions)."""
    word = unicodedata.normalize("NFKC", word).casefold()
    for pattern, replacement in SPELLING_FOLDS:
        word = pattern.sub(replacement, word)
    return word


#: The type of a regex match, whose methods `map` calls in C.
_MATCH = re.Match


def _word_id(word: str, cache: dict[str, int]) -> int:
    """A word's 64-bit id after folding; `cache` maps the word as written (a corpus has a few
    thousand distinct words in millions of places, so each is folded and hashed once)."""
    found = cache.get(word)
    if found is None:
        # A keyed hash would differ between processes (PYTHONHASHSEED); fingerprints must not.
        folded = _fold(word).encode()
        found = int.from_bytes(hashlib.blake2b(folded, digest_size=8).digest(), "big")
        cache[word] = found
    return found


def _stretches(text: str, skip: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The stretches of `text` between skipped spans and quotations, in order: no shingle spans
    two of them."""
    cuts = sorted([*skip, *((m.start(), m.end()) for m in QUOTED_RE.finditer(text))])
    position = 0
    for start, end in [*cuts, (len(text), len(text))]:
        if start > position:
            yield position, start
        position = max(position, end)


def _runs(text: str, skip: Sequence[tuple[int, int]]) -> list[list[re.Match[str]]]:
    """The words of each stretch that has any (WORD_RE matches)."""
    return [run for a, b in _stretches(text, skip) if (run := list(WORD_RE.finditer(text, a, b)))]


def _word_runs(text: str, skip: Sequence[tuple[int, int]]) -> list[list[str]]:
    """The words of `_runs` as strings (no match objects made)."""
    return [run for a, b in _stretches(text, skip) if (run := WORD_RE.findall(text, a, b))]


def _shingles(tokens: list[str], cache: dict[str, int]) -> Iterator[int]:
    """The shingle hashes of one run of words."""
    # Per word, a lookup in C (map); only words not seen before are folded and hashed.
    for token in set(tokens).difference(cache):
        _word_id(token, cache)
    ids = list(map(cache.__getitem__, tokens))
    # A tuple of ints hashes the same in every process (only str and bytes hashes are salted),
    # and in C: five times faster than folding the ids in Python.
    return map(hash, zip(*(ids[k:] for k in range(SHINGLE_WORDS)), strict=False))


def fingerprints(
    text: str, skip: Sequence[tuple[int, int]] = (), cache: dict[str, int] | None = None
) -> frozenset[int]:
    """`text_print(text, skip, cache).fingerprints`, without the rest of the print: what
    candidate pairs are proposed from (a corpus's texts are printed whole only for the pairs
    measured)."""
    cache = {} if cache is None else cache
    hashes: list[int] = []
    for run in _word_runs(text, skip):
        hashes.extend(_shingles(run, cache))
    return frozenset(_winnow(hashes))


def text_print(
    text: str, skip: Sequence[tuple[int, int]] = (), cache: dict[str, int] | None = None
) -> TextPrint:
    """The shingles and fingerprints of `text`, leaving out `skip` spans (page furniture) and
    quotations; no shingle spans a cut."""
    cache = {} if cache is None else cache
    words: list[tuple[int, int]] = []
    hashes: list[int] = []
    breaks: list[int] = []
    for run in _runs(text, skip):
        breaks.append(len(hashes))
        hashes.extend(_shingles(list(map(_MATCH.group, run)), cache))
        # Each shingle spans its first word's start to its last word's end (in C, via map).
        last = SHINGLE_WORDS - 1
        if len(run) < SHINGLE_WORDS:
            continue
        words.extend(zip(map(_MATCH.start, run[: len(run) - last]),
                         map(_MATCH.end, run[last:]), strict=True))  # fmt: skip
    return TextPrint(frozenset(hashes), tuple(words), tuple(hashes), frozenset(breaks))


def _winnow(hashes: Sequence[int]) -> set[int]:
    """The smallest hash of every window of WINNOW_WINDOW shingles (all of them if fewer)."""
    if len(hashes) <= WINNOW_WINDOW:
        return set(hashes)
    # The windows as tuples of WINNOW_WINDOW hashes, each window's minimum taken in C.
    return set(map(min, zip(*(hashes[k:] for k in range(WINNOW_WINDOW)), strict=False)))


def candidate_pairs(fingerprints: Sequence[frozenset[int]]) -> list[tuple[int, int]]:
    """Pairs of indexes into `fingerprints` (each text's, TextPrint.fingerprints) sharing
    MIN_SHARED_FINGERPRINTS of them, in order.

    Linear in the fingerprints: a fingerprint held by more than MAX_POSTING texts proposes
    each holder with the next only, so none proposes more than MAX_POSTING^2 / 2 pairs.
    """
    postings: dict[int, list[int]] = defaultdict(list)
    for index, marks in enumerate(fingerprints):
        for mark in marks:
            postings[mark].append(index)
    shared = _posting_pairs(postings.values())
    return sorted(pair for pair, n in shared.items() if n >= MIN_SHARED_FINGERPRINTS)


def _posting_pairs(postings: Iterable[list[int]]) -> Counter[tuple[int, int]]:
    """How many postings propose each pair: all pairs of a posting of at most MAX_POSTING
    holders (in index order), each holder with the next in a longer one."""
    shared: Counter[tuple[int, int]] = Counter()
    for holders in postings:
        if len(holders) < 2:
            continue
        if len(holders) <= MAX_POSTING:
            shared.update(itertools.combinations(holders, 2))
        else:
            shared.update(itertools.pairwise(holders))
    return shared


def overlap(a: TextPrint, b: TextPrint) -> Overlap:
    """How much of the shorter text's prose the other holds, and (when that reaches
    SAME_ORIGIN_CONTAINMENT) the longest shared passage."""
    common = a.shingles & b.shingles
    smaller = min(len(a.shingles), len(b.shingles))
    union = len(a.shingles | b.shingles)
    containment = len(common) / smaller if smaller else 0.0
    # The passage is evidence for a same-origin link only: not looked for below the threshold.
    passage_a: tuple[int, int] | None = None
    passage_b: tuple[int, int] | None = None
    run_words = 0
    if containment >= SAME_ORIGIN_CONTAINMENT:
        passage_a, run_words = _longest_run(a, common)
        passage_b, _ = _longest_run(b, common)
    return Overlap(
        containment=containment,
        jaccard=len(common) / union if union else 0.0,
        shared_shingles=len(common),
        passage_a=passage_a,
        passage_b=passage_b,
        passage_words=run_words,
    )


def _longest_run(found: TextPrint, common: frozenset[int]) -> tuple[tuple[int, int] | None, int]:
    """The longest stretch of consecutive shared shingles in `found`, as a code-point span (the
    first of the longest; no stretch runs across a break)."""
    breaks = sorted(found.breaks)
    best: tuple[int, int] | None = None
    best_len = 0
    position = 0
    # Runs of shared and of unshared shingles, each measured in C (groupby, len of a list).
    for shared, group in itertools.groupby(map(common.__contains__, found.hashes)):
        length = len(list(group))
        end = position + length
        if shared:
            # A break inside the run starts a new stretch there.
            cuts = breaks[bisect.bisect_right(breaks, position) : bisect.bisect_left(breaks, end)]
            start = position
            for stop in [*cuts, end]:
                if stop - start > best_len:
                    best_len = stop - start
                    best = (found.words[start][0], found.words[stop - 1][1])
                start = stop
        position = end
    return best, best_len + SHINGLE_WORDS - 1 if best is not None else 0


def same_origin(found: Overlap, a: TextPrint, b: TextPrint) -> bool:
    """Whether an overlap is enough to say two texts share one origin."""
    if min(len(a.shingles), len(b.shingles)) < MIN_SHINGLES:
        return False
    return found.containment >= SAME_ORIGIN_CONTAINMENT


def story_sequence(text: str, skip: Sequence[tuple[int, int]] = ()) -> tuple[str, ...]:
    """What names a story in any language, in text order: its numbers (separators dropped:
    "1,200", "1.200" and "1200" are one) and its capitalised words of four letters or more,
    folded; quotations and `skip` spans left out."""
    kept = QUOTED_RE.sub(" ", _without(text, skip))
    return tuple(map(_story_token, STORY_TOKEN_RE.findall(kept)))


#: Word ids of the texts printed by one process for the cache (prints_part): emptied past
#: this many words, so that a worker's memory stays bounded whatever it reads.
_PRINTED_WORDS_MAX = 200_000
_printed_words: dict[str, int] = {}


def prints_part(text: str, skip: Sequence[tuple[int, int]] = ()) -> str:
    """A text's fingerprints and story sequence as the corpus cache keeps them (read_prints):
    the fingerprints as little-endian signed 64-bit integers in base64, a newline, then the
    sequence's tokens joined by \x1f; "" where a token holds either separator.

    Why: the origin groups are found from every text's fingerprints and sequence; made by the
    worker that checks the article and kept with it, they are not made again, in one process,
    by every command that finds the groups (the first after an article is added or removed
    spent a third of its time on them; issue 15)."""
    if len(_printed_words) > _PRINTED_WORDS_MAX:
        _printed_words.clear()
    marks = array("q", sorted(fingerprints(text, skip, _printed_words)))
    if sys.byteorder != "little":
        marks.byteswap()
    sequence = story_sequence(text, skip)
    if any("\x1f" in token or "\n" in token for token in sequence):
        return ""
    return base64.b64encode(marks.tobytes()).decode("ascii") + "\n" + "\x1f".join(sequence)


def read_prints(part: str) -> tuple[frozenset[int], tuple[str, ...]] | None:
    """The fingerprints and story sequence prints_part kept, or None where `part` is not in
    its shape (the caller makes them from the text)."""
    encoded, newline, sequence = part.partition("\n")
    if not newline:
        return None
    try:
        raw = base64.b64decode(encoded, validate=True)
    except (ValueError, binascii.Error):
        return None
    if len(raw) % 8:
        return None
    marks = array("q")
    marks.frombytes(raw)
    if sys.byteorder != "little":
        marks.byteswap()
    return frozenset(marks), tuple(sequence.split("\x1f")) if sequence else ()


#: What a number's digits are written apart with ("1,200", "1.200", "1 200").
NUMBER_SEPARATORS_RE = re.compile(r"[,.\s]")


@functools.lru_cache(maxsize=1 << 16)
def _story_token(token: str) -> str:
    """A story token as sequences compare it (kept: names and numbers recur in every text)."""
    return NUMBER_SEPARATORS_RE.sub("", token) if token[0].isdigit() else _fold(token)


def same_order(a: Sequence[str], b: Sequence[str]) -> float:
    """The share of the shorter story sequence that the longest common subsequence covers."""
    shorter = min(len(a), len(b))
    return LCSseq.similarity(a, b) / shorter if shorter else 0.0


def order_pairs(
    sequences: Sequence[tuple[str, ...]], joined: Joined | None = None
) -> list[tuple[int, int, float]]:
    """Pairs telling one story's names and numbers in one order (SAME_ORDER), with the share;
    with `joined`, pairs it has already joined are not measured, and those found are joined.

    Candidates share a story token (each holder with the next where more than MAX_POSTING
    texts hold it); never all pairs.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for index, sequence in enumerate(sequences):
        if len(sequence) >= ORDER_MIN_TOKENS:
            for token in set(sequence):
                postings[token].append(index)
    candidates = _posting_pairs(postings.values())
    found = []
    for a, b in sorted(candidates):
        if joined is not None and joined.same(a, b):
            continue
        share = same_order(sequences[a], sequences[b])
        if share >= SAME_ORDER:
            found.append((a, b, share))
            if joined is not None:
                joined.join(a, b)
    return found


def _without(text: str, skip: Sequence[tuple[int, int]]) -> str:
    parts, position = [], 0
    for start, end in sorted(skip):
        parts.append(text[position:start])
        position = max(position, end)
    parts.append(text[position:])
    return " ".join(parts)


def story_match(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the smaller text's story tokens the other has (0 when either has none)."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def credit_pairs(
    keys: Sequence[frozenset[str]], tokens: Sequence[frozenset[str]]
) -> list[tuple[int, int]]:
    """Pairs of texts that name one source (share a key) and tell one story (STORY_MATCH).

    Candidates come from (key, story token) postings (each holder with the next where more than
    MAX_POSTING texts hold one): an agency with thousands of stories is never compared
    all-pairs, only where stories meet.
    """
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, (names, told) in enumerate(zip(keys, tokens, strict=True)):
        for key in names:
            for token in told:
                postings[(key, token)].append(index)
    candidates = _posting_pairs(postings.values())
    return sorted(
        (a, b) for a, b in candidates if story_match(tokens[a], tokens[b]) >= STORY_MATCH
    )


class Joined:
    """Items joined into groups as links are found (union-find): a pair already joined need
    not be measured again, so a story reprinted a thousand times costs a thousand
    measurements, not half a million."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))

    def root(self, item: int) -> int:
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def same(self, a: int, b: int) -> bool:
        return self.root(a) == self.root(b)

    def join(self, a: int, b: int) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        """Every group, sorted, in order of its first item; single items included."""
        members: dict[int, list[int]] = defaultdict(list)
        for item in range(len(self.parent)):
            members[self.root(item)].append(item)
        return sorted(members.values())


def groups(count: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components of `count` items joined by `edges`, each sorted, in order of their
    first item; single items included."""
    joined = Joined(count)
    for a, b in edges:
        joined.join(a, b)
    return joined.groups()
