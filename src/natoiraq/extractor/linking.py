"""Stage 3 (shared): link names in the text to registry ids (aliases first, then rapidfuzz).

Why: one person appears as "Qasem", "Qassem" and "Qassim" in different outlets. Exact aliases
catch the spellings the registry knows; rapidfuzz catches the ones it does not yet know, with an
explicit scorer, processor and cutoff. A capitalised name the registry cannot place becomes a
proposed entry (never a silent drop), so the reviewer can add it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from abc import ABC, abstractmethod
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import Generic, Literal, TypeVar

from rapidfuzz import fuzz, process, utils

from natoiraq.models import STORY_HUBS, Entity, Registry
from natoiraq.places import CAPITALS
from natoiraq.text import NAME_RE, literal_alternation

#: After a capital, a verb that makes it the subject: the government speaking or deciding
#: ("Berlin says", "Washington has decided", "Paris will send"); "Berlin is a city" too, rarely
#: a claim's actor.
CAPITAL_SUBJECT_RE = (
    r"(?=\s+(?:now\s+|also\s+|later\s+)?(?:says|said|has|have|had|will|would|wants|wanted"
    r"|decided|decides|announced|announces|agreed|agrees|plans|planned|insists|insisted|denied"
    r"|denies|rejected|rejects|refused|refuses|warned|warns|confirmed|confirms|argues|argued"
    r"|accused|responded|hopes|hoped|intends|intended|ordered|orders)\b)"
)
#: fuzz.ratio on default_process'd strings (lower case, punctuation stripped). 85 joins
#: "qassim soleimani" to "qasem soleimani" (87) and "qassem" to "qasem" (91) but keeps
#: "mohammed allawi" off "mohammed bin salman" and a first name off a different surname (< 60).
#: Guarded by tests/extractor/test_linking.py.
LINK_SCORER = fuzz.ratio
LINK_PROCESSOR = utils.default_process
LINK_CUTOFF = 85.0
#: Single words shorter than this are never fuzzy-matched ("Iran" vs "Iraq" scores 75 but two
#: letters decide a country); they must match an alias exactly.
FUZZY_MIN_CHARS = 6
#: A fuzzy link between two names of several words also needs every word pair to score at
#: least this (fuzz.ratio): a transliteration changes letters inside each word ("qassim" /
#: "qasem" 73) but a different person has a different word ("ana ruiz" / "ana ortiz": "ruiz" /
#: "ortiz" 44). Guarded by tests/extractor/test_linking.py.
FUZZY_WORD_MIN = 60.0
#: ... and every word pair to keep its length within this ratio: a transliteration or a typo
#: changes letters but few of them ("qassim" / "qasem" 0.83, "stoltenburg" / "stoltenberg"
#: 1.0), while another person's surname sharing letters is shorter or longer by whole
#: syllables ("solberg" / "stoltenberg" 0.64, which fuzz.ratio scores 78).
FUZZY_WORD_LENGTH_MIN = 0.75
#: Fuzzy matches kept per registry: names recur across an archive's articles, and a match
#: against every alias is the linker's dearest step. Bounded so a long run's memory is too.
FUZZY_CACHE_SIZE = 50_000

#: Words that start a capitalised sequence without being part of a name.
NAME_LEADERS = frozenset(
    {"The", "A", "An", "In", "On", "At", "And", "But", "As", "For", "If", "When", "While", "After",
     "Although", "With", "Beyond", "Prior", "Especially", "This", "That", "Our", "We", "He",
     "She", "It", "They", "His", "Her", "Allied", "Other"}
)  # fmt: skip
#: Titles stripped in front of a name ("Gen. Qassem Soleimani", "President Donald Trump").
TITLE_RE = re.compile(
    r"^(?:(?:Gen|Lt|Col|Maj|Dr|Mr|Mrs|Ms|Miss|Mister|Madam|Madame|Mme|Monsieur|Sen|Rep|Adm"
    r"|Capt)\.?\s+"
    r"|(?:General|President|Prime Minister|Minister|Secretary(?:[- ]General)?|Chancellor"
    r"|King|Prince|Ayatollah|Ambassador|Commander|Chief|Foreign Minister|Defence Minister"
    r"|Defense Secretary)\s+)+"
)


TITLE_WORDS = frozenset(
    {
        "Secretary",
        "General",
        "Secretary-General",
        "Minister",
        "Prime",
        "President",
        "Foreign",
        "Defence",
        "Defense",
        "Deputy",
        "Chief",
    }
)


#: Articles dropped from a role description before it becomes a proposed id ("a company
#: spokeswoman" -> company-spokeswoman).
ROLE_ARTICLES = frozenset({"a", "an", "the", "one", "our", "my"})


@functools.lru_cache(maxsize=1 << 14)
def _holds(alias: str, name: str) -> bool:
    """True when `name` stands as whole words inside `alias` (cached: the same pairs recur
    across an archive's articles)."""
    return re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", alias) is not None


def _trigrams(processed: str) -> set[str]:
    """The three-letter runs of a processed name ("qasem" -> qas, ase, sem)."""
    return {processed[i : i + 3] for i in range(len(processed) - 2)}


class _Trigrams:
    """Every alias with its processed form (LINK_PROCESSOR), in the registry's order, and which
    of them hold a three-letter run: the candidates a fuzzy match is tried on.

    Why not a table of every run: built for 2,490 entities it took a tenth of a second, while a
    draft asks a few fuzzy questions of a few dozen runs. Each run's aliases are found when
    first asked, by searching all the processed forms joined by a line feed (which
    LINK_PROCESSOR never keeps, so no run spans two forms), and kept.
    """

    #: What separates the processed forms in the joined text.
    SEPARATOR = "\n"

    def __init__(self, aliases: Iterable[str]) -> None:
        self.aliases = list(aliases)
        self._processed: list[str] | None = None
        self._joined = ""
        #: Where each processed form starts in the joined text (and, last, the text's end).
        self._starts: list[int] = []
        self._holding: dict[str, list[int]] = {}

    @property
    def processed(self) -> list[str]:
        """The processed forms, in the aliases' order."""
        if self._processed is None:
            processed = [LINK_PROCESSOR(alias) for alias in self.aliases]
            if any(self.SEPARATOR in form for form in processed):
                raise ValueError("LINK_PROCESSOR kept a line feed")  # it replaces them all
            self._joined = self.SEPARATOR.join(processed)
            steps = (len(form) + len(self.SEPARATOR) for form in processed)
            self._starts = list(accumulate(steps, initial=0))
            self._processed = processed
        return self._processed

    def near(self, query: str) -> list[int]:
        """The places (in `aliases`) of the aliases whose processed form shares a three-letter
        run with the processed `query`, in order."""
        near: set[int] = set()
        for gram in _trigrams(query):
            near.update(self._with(gram))
        return sorted(near)

    def _with(self, gram: str) -> list[int]:
        """The places of the processed forms that hold `gram`, in order."""
        found = self._holding.get(gram)
        if found is None:
            self.processed  # noqa: B018 (joins the processed forms on first use)
            joined, starts = self._joined, self._starts
            found = []
            at = joined.find(gram)
            while at >= 0:
                n = bisect_right(starts, at) - 1
                found.append(n)
                at = joined.find(gram, starts[n + 1])  # on from the next form
            self._holding[gram] = found
        return found


def _same_words(name: str, alias: str) -> bool:
    """Every word of a multi-word name is close to its counterpart in the alias (see
    FUZZY_WORD_MIN); single words stand on the whole-name score."""
    left, right = LINK_PROCESSOR(name).split(), LINK_PROCESSOR(alias).split()
    if len(left) < 2 and len(right) < 2:
        return True
    if len(left) != len(right):
        return False
    return all(
        min(len(a), len(b)) >= FUZZY_WORD_LENGTH_MIN * max(len(a), len(b))
        and LINK_SCORER(a, b, processor=None, score_cutoff=FUZZY_WORD_MIN) > 0
        for a, b in zip(left, right, strict=True)
    )


class _AliasStarts:
    """The longest alias that starts at a place of a text, either case on its first letter:
    what one alternation of every alias, longest first, matches there (`Linker.alias_at`).

    Why a dictionary by length and not that alternation: compiling it for a registry of
    thousands of aliases took a tenth of a second per process (re's parser reads each
    character of the pattern), while a draft asks for it a few times. The index is built on
    the first question.

    The word-end check binds to the last (shortest) alias only, as it always has: the others
    match as prefixes ("the region" in "the regional"). Kept so that extraction's output does
    not change with this lookup's speed; the fix is a change of its own.
    """

    def __init__(self, aliases: tuple[str, ...]) -> None:
        if "" in aliases:
            raise ValueError("an alias is empty (the registry's models forbid it)")
        self.aliases = aliases
        #: Per length of alias, longest first: the aliases' text after their first character
        #: -> the characters that may stand for the first (either case).
        self._by_length: list[tuple[int, dict[str, frozenset[str]]]] | None = None
        #: The shortest alias (the last of the longest-first order) and its first characters.
        self._last = ""
        self._last_heads: frozenset[str] = frozenset()

    def _index(self) -> list[tuple[int, dict[str, frozenset[str]]]]:
        # Longest first, in the registry's order within a length (a stable sort): the last
        # is the alternation's last branch, the only one with the word-end check.
        ordered = sorted(self.aliases, key=len, reverse=True)
        by_length: dict[int, dict[str, frozenset[str]]] = {}
        for alias in ordered[:-1]:
            tails = by_length.setdefault(len(alias), {})
            tails[alias[1:]] = tails.get(alias[1:], frozenset()) | set(_either_case(alias[:1]))
        if ordered:
            self._last = ordered[-1]
            self._last_heads = frozenset(_either_case(self._last[:1]))
        return sorted(by_length.items(), reverse=True)

    def match(self, text: str, start: int, end: int) -> int | None:
        """Where the alias that starts at `start` ends (None: none does), reading no further
        than `end`; bounds as `re.Pattern.match` takes them."""
        if self._by_length is None:
            self._by_length = self._index()
        start, end = _clamped(text, start, end)
        if start >= end:
            return None
        head = text[start]
        for length, tails in self._by_length:
            stop = start + length
            if stop <= end:
                heads = tails.get(text[start + 1 : stop])
                if heads is not None and head in heads:
                    return stop
        last = self._last
        stop = start + len(last)
        if (
            last
            and stop <= end
            and head in self._last_heads
            and text.startswith(last[1:], start + 1)
            and (stop == end or WORDISH_RE.match(text, stop) is None)
        ):
            return stop
        return None


def _clamped(text: str, start: int, end: int) -> tuple[int, int]:
    """`start` and `end` inside `text`, as `re` reads a pattern's `pos` and `endpos`."""
    return min(max(start, 0), len(text)), min(max(end, 0), len(text))


#: A pattern that matches nothing (the leads of a registry with no phrases).
NOTHING_RE = re.compile("(?!)")
#: A character that a registry name cannot stand next to (the `[\w-]` of its word checks).
WORDISH_RE = re.compile(r"[\w-]")
#: From a place in a text: its first word with what stands before it (group 2), and the second
#: word with what separates them (group 1, with the first): the key of `_AliasScan`'s index.
TWO_WORDS_RE = re.compile(r"((\W*\w+)(?:\W+\w+)?)")


def _either_case(head: str) -> str:
    """The characters an alias's first atom matches."""
    if head.isalpha() and head.lower() != head.upper():
        return head.lower() + head.upper()
    return head


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names a registry item (or a name the registry lacks)."""

    start: int
    end: int
    text: str
    #: Registry id, or the proposed id when `proposed` is True.
    id: str
    kind: str
    proposed: bool = False
    score: float = 100.0


#: What a slug does not keep: everything but lower-case ASCII letters and digits.
NOT_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """A registry-style id for a name ("Mohammed Allawi" -> "mohammed-allawi", "Rémi Fauré" ->
    "remi-faure": accents folded, as registry ids are written, not dropped with their letter)."""
    folded = name.lower()
    if not folded.isascii():
        # ASCII text is its own NFKD form and holds no combining mark: only other text is
        # decomposed character by character (a third of the topic stage's proposals).
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
        )
    return NOT_SLUG_RE.sub("-", folded).strip("-") or "unnamed"


def _alternation(aliases: list[str]) -> re.Pattern[str] | None:
    if not aliases:
        return None
    # The look-ahead for the aliases' first characters only says what the alternation's first
    # character must be; tried first, it fails at once at most places of a text, where the
    # look-behind cost more (the scan about a tenth faster).
    firsts = {a[:1] for a in aliases}
    ahead = "" if "" in firsts else "(?=[" + "".join(map(re.escape, sorted(firsts))) + "])"
    return re.compile(ahead + r"(?<![\w-])" + literal_alternation(aliases) + r"(?![\w-])")


#: Characters of text a registry pattern (`_Lazy`) reads by its dictionary before it is
#: compiled: re scans a text with the compiled alternation of a registry's aliases five times
#: as fast as the dictionary's loop over word starts (0.08 against 0.45 us a character over
#: 1.3 MB of news text, 2,490 entities), but building and compiling it for those entities took
#: 0.1 s. Past about this much text the compiled pattern has paid for itself; a draft (a few
#: KB) never gets there, an `extract` or `eval` over many articles soon does, and a text longer
#: than this is read by the compiled pattern at once.
REGEX_AFTER_CHARS = 1 << 18

#: What a registry pattern finds, by offsets into the text: (start, end) of an alias, or
#: (start, end, head start, modifiers' start, owner's end) of a description (`_Heads`).
Found = TypeVar("Found")


class _Phrases:
    r"""Literal phrases by their first two words: the longest of them that stands at a place
    of a text as a whole word, what `(?:longest|...|shortest)(?![\w-])` matches there.

    A phrase that stands there as a whole word has the same first two words as the text there
    (with what stands before and between them): each word of it ends where the text's does (a
    non-word character follows it in the phrase, or the word check after the phrase's last).
    A phrase of one word is looked up by that word.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        two: dict[str, list[str]] = {}
        one: dict[str, list[str]] = {}
        #: False when a phrase has no word character (no key): the caller compiles instead.
        self.keyed = True
        for phrase in sorted(set(phrases), key=len, reverse=True):
            key = TWO_WORDS_RE.match(phrase)
            if key is None:
                self.keyed = False
            elif key.end(1) > key.end(2):
                two.setdefault(key.group(1), []).append(phrase)
            else:
                one.setdefault(key.group(2), []).append(phrase)
        self._two = {key: tuple(found) for key, found in two.items()}
        self._one = {key: tuple(found) for key, found in one.items()}

    def at(self, text: str, at: int, end: int, words: tuple[str, str] | None = None) -> int | None:
        """Where the longest phrase standing at `at` as a whole word ends, reading no further
        than `end`; `words`: the text's TWO_WORDS_RE groups there, where the caller has them."""
        if words is None:
            found = TWO_WORDS_RE.match(text, at, end)
            if found is None:
                return None
            both, first = found.group(1), found.group(2)
        else:
            both, first = words
        # A phrase of two words or more is longer than one of a word that also stands here (a
        # word character follows the first word of the one, none that of the other).
        if len(both) > len(first) and (longer := self._two.get(both)) is not None:
            stop = _first_whole(text, at, end, longer)
            if stop is not None:
                return stop
        shorter = self._one.get(first)
        return _first_whole(text, at, end, shorter) if shorter is not None else None


def _first_whole(text: str, at: int, end: int, phrases: tuple[str, ...]) -> int | None:
    """Where the first of `phrases` (longest first) that stands at `at` as a whole word ends
    (no word character or hyphen after it before `end`)."""
    for phrase in phrases:
        stop = at + len(phrase)
        if (
            stop <= end
            and text.startswith(phrase, at)
            and (stop == end or WORDISH_RE.match(text, stop) is None)
        ):
            return stop
    return None


class _Lazy(ABC, Generic[Found]):
    """A registry pattern read by a dictionary of its phrases (`_Phrases`) until
    REGEX_AFTER_CHARS characters have been read, then compiled: the same matches either way.

    Why: the registry's alternations of thousands of aliases cost a process a third of a
    second to build and compile (2,490 entities), and `check` reads one short draft with them.
    tests/extractor/test_registry_patterns.py holds the two ways to the same matches.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = list(phrases)
        self._regex: re.Pattern[str] | None = None
        self._index: _Phrases | None = None
        #: Characters read by the dictionary so far (see REGEX_AFTER_CHARS).
        self._read = 0

    def find(self, text: str, start: int, end: int) -> list[Found]:
        """What the pattern finds in text[start:end] (bounds as `re.Pattern.finditer` takes
        them), in text order."""
        if not self.phrases:
            return []
        start, end = _clamped(text, start, end)
        if self._regex is None and (
            self._read + end - start > REGEX_AFTER_CHARS or not self._keyed()
        ):
            self._regex = self._compile()
        if self._regex is not None:
            return self._by_regex(self._regex, text, start, end)
        assert self._index is not None
        self._read += max(0, end - start)
        return self._by_index(self._index, text, start, end)

    def _keyed(self) -> bool:
        if self._index is None:
            self._index = _Phrases(self.phrases)
        return self._index.keyed and self._may_index()

    def _may_index(self) -> bool:
        """False where the dictionary cannot read the phrases as the pattern does."""
        return True

    @abstractmethod
    def _compile(self) -> re.Pattern[str]:
        """The compiled pattern."""

    @abstractmethod
    def _by_regex(self, regex: re.Pattern[str], text: str, start: int, end: int) -> list[Found]:
        """What the compiled pattern finds."""

    @abstractmethod
    def _by_index(self, index: _Phrases, text: str, start: int, end: int) -> list[Found]:
        """What the dictionary finds: the same."""


class _AliasScan(_Lazy[tuple[int, int]]):
    """Where a registry's aliases stand in a text as whole words, longest first at each
    place: the spans of `_alternation(aliases).finditer`, in the same order."""

    def __init__(self, aliases: Iterable[str]) -> None:
        super().__init__(aliases)
        #: The dictionary's candidates: word starts (no word character or hyphen before them)
        #: with the first character of an alias, with their first two words.
        self._starts: re.Pattern[str] | None = None

    def _compile(self) -> re.Pattern[str]:
        regex = _alternation(self.phrases)
        assert regex is not None  # there are aliases (`find`)
        return regex

    def _by_regex(
        self, regex: re.Pattern[str], text: str, start: int, end: int
    ) -> list[tuple[int, int]]:
        return [m.span() for m in regex.finditer(text, start, end)]

    def _by_index(
        self, index: _Phrases, text: str, start: int, end: int
    ) -> list[tuple[int, int]]:
        if self._starts is None:
            firsts = "".join(map(re.escape, sorted({a[:1] for a in self.phrases})))
            self._starts = re.compile(
                r"(?<![\w-])(?=[" + firsts + "])(?=" + TWO_WORDS_RE.pattern + ")"
            )
        found: list[tuple[int, int]] = []
        after = start  # where the last match ended: matches do not overlap
        for candidate in self._starts.finditer(text, start, end):
            at = candidate.start()
            if at >= after:
                stop = index.at(text, at, end, (candidate.group(1), candidate.group(2)))
                if stop is not None:
                    found.append((at, stop))
                    after = stop
        return found


class _Heads(_Lazy[tuple[int, int, int, int, int]]):
    r"""A description's head among registry phrases, after words that a small pattern reads
    (its lead): the matches of `lead + (?P<head>alternation)(?![\w-])`, each as (start, end,
    head's start, modifiers' start, owner's end); the head ends where the match does.

    The leads (POSSESSOR, MODIFIED_RE, OWNED_RE) match one way at a place but for how many
    modifiers they take (a word runs to the white space after it, which runs to the next
    word): `candidates` finds each place a lead starts, with where its modifiers start (group
    `m`), where its owner ends (`o`) and where it may end with none, one or two modifiers
    (empty groups `e0`, `e1`, `e2`), tried most first as the lead's greedy repeat tries them.
    """

    def __init__(
        self, phrases: Iterable[str], lead: str, candidates: re.Pattern[str], gated: bool = False
    ) -> None:
        super().__init__(phrases)
        self.lead = lead
        self.candidates = candidates
        #: Compiled, search for a phrase anywhere first: a lead that opens with any word is
        #: tried at every word of every text (10 ms per 127 KB), and few texts hold a phrase.
        self.gated = gated
        self._gate: re.Pattern[str] | None = None
        self._ends = [g for g in ("e2", "e1", "e0") if g in candidates.groupindex]

    def _may_index(self) -> bool:
        # The lead's last white space is greedy: a head that opens with white space would take
        # some of it back, which the candidates' fixed ends do not.
        return not any(p[:1].isspace() for p in self.phrases)

    def _compile(self) -> re.Pattern[str]:
        alternation = literal_alternation(self.phrases)
        if self.gated:
            self._gate = re.compile(alternation)
        return re.compile(self.lead + r"(?P<head>" + alternation + r")(?![\w-])")

    def _by_regex(
        self, regex: re.Pattern[str], text: str, start: int, end: int
    ) -> list[tuple[int, int, int, int, int]]:
        if self._gate is not None and self._gate.search(text, start, end) is None:
            return []
        mods, owner = "mods" in regex.groupindex, "owner" in regex.groupindex
        return [
            (
                m.start(),
                m.end(),
                m.start("head"),
                m.start("mods") if mods else m.start("head"),
                m.end("owner") if owner else m.start(),
            )
            for m in regex.finditer(text, start, end)
        ]

    def _by_index(
        self, index: _Phrases, text: str, start: int, end: int
    ) -> list[tuple[int, int, int, int, int]]:
        found: list[tuple[int, int, int, int, int]] = []
        after = start  # where the last match ended: matches do not overlap
        mods, owner = "m" in self.candidates.groupindex, "o" in self.candidates.groupindex
        for candidate in self.candidates.finditer(text, start, end):
            at = candidate.start()
            if at < after:
                continue
            for group in self._ends:
                head = candidate.end(group)
                stop = index.at(text, head, end) if head >= 0 else None
                if stop is not None:
                    found.append(
                        (
                            at,
                            stop,
                            head,
                            candidate.end("m") if mods else head,
                            candidate.end("o") if owner else at,
                        )
                    )
                    after = stop
                    break
        return found


@dataclass
class _Tables:
    """What a Linker derives from its registry (alias patterns, folded names, surnames)."""

    kinds: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    _possessed: dict[str, str] = field(default_factory=dict)
    _possessed_heads: _Heads = field(default_factory=lambda: _Heads((), "", NOTHING_RE))
    _modified: dict[str, str] = field(default_factory=dict)
    _modified_heads: _Heads = field(default_factory=lambda: _Heads((), "", NOTHING_RE))
    _owned_heads: _Heads = field(default_factory=lambda: _Heads((), "", NOTHING_RE))
    _name_words: dict[str, frozenset[str]] = field(default_factory=dict)
    _legislatures: dict[str, str] = field(default_factory=dict)
    #: Capitals whose country the registry lists, as the subject of a verb (CAPITAL_SUBJECT_RE).
    _capitals: dict[str, str] = field(default_factory=dict)
    _capital_re: re.Pattern[str] | None = None
    #: Aliases (case-folded) that several items share ("the government" of two countries).
    ambiguous: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Aliases written lower-case: descriptions, not names.
    descriptions: frozenset[str] = frozenset()
    #: Every name and alias of each entity and event.
    known_as: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Offices' holders by office id (registry `holders`).
    holders: dict[str, Entity] = field(default_factory=dict)
    #: Trigger words of the registry's (accepted) events and topics, by id.
    triggers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Fuzzy matches already made against this registry, by name (FUZZY_CACHE_SIZE).
    fuzzy: dict[str, tuple[str, float] | None] = field(default_factory=dict)
    #: Each item's story: the items its participants, deciders and holders tie it to (STORY_HUBS
    #: do not tie stories together), as one representative id.
    story: dict[str, str] = field(default_factory=dict)
    #: The stories with more than one item (an item alone is tied to no story).
    tied: frozenset[str] = frozenset()
    _aliases: dict[str, str] = field(default_factory=dict)
    _folded: dict[str, str] = field(default_factory=dict)
    #: Every alias's processed form, and which hold each three-letter run (fuzzy matches).
    _trigrams: _Trigrams = field(default_factory=lambda: _Trigrams(()))
    #: The aliases of entities, and apart those of events (see `_find_mentions`).
    _alias_scans: tuple[_AliasScan, ...] = ()
    _surnames: dict[str, str] = field(default_factory=dict)
    about: dict[str, str] = field(default_factory=dict)
    #: One-word aliases that shorten a longer name of their (non-person) item, with the words
    #: that stand before them in those names: "Town" of "Harlow Town" -> {"Harlow"}.
    shortened: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Every alias that is not an event's, for `Linker.alias_at` (indexed on its first use).
    alias_starts: _AliasStarts = field(default_factory=lambda: _AliasStarts(()))


T = TypeVar("T")


class RegistryCache(Generic[T]):
    """What a stage derives from a registry, kept for the last few registries by identity (the
    registry is kept too, so its id is not reused while cached). Deriving it is a tenth of
    extracting a short article, and `extract` over many files or `check` reads one registry
    many times.

    With `share`, a registry read again from the same file (equal content, another object)
    gets `share(kept)` of the one kept for its content instead of a fresh build: a process that
    reloads its registry (a round of the benchmark, an evaluation per set) rebuilt the
    linker's alias tries each time, 8 ms for the main registry and 80 ms for the dev one.
    Content is the registry's JSON dump (0.1 ms for the main registry, 2.5 ms for the dev one).
    """

    SIZE = 4

    def __init__(
        self, build: Callable[[Registry], T], share: Callable[[T], T] | None = None
    ) -> None:
        self.build = build
        self.share = share
        self.kept: dict[int, tuple[Registry, T]] = {}
        self.by_content: dict[str, T] = {}

    def get(self, registry: Registry) -> T:
        cached = self.kept.get(id(registry))
        if cached is not None and cached[0] is registry:
            return cached[1]
        if len(self.kept) >= self.SIZE:
            self.kept.pop(next(iter(self.kept)))
        if self.share is None:
            built = self.build(registry)
        else:
            content = registry.model_dump_json()
            same = self.by_content.get(content)
            if same is None:
                if len(self.by_content) >= self.SIZE:
                    self.by_content.pop(next(iter(self.by_content)))
                same = self.by_content[content] = self.build(registry)
            built = self.share(same)
        self.kept[id(registry)] = (registry, built)
        return built


#: A registry name that ends in a parenthesis: "Harlow Dockers Union (invented)", "Alternative
#: for Germany (AfD)". The parenthesis is a note or an abbreviation, never written after the
#: name in running text.
NAME_NOTE_RE = re.compile(r"(?P<base>[^()]*?\S)\s*\((?P<note>[^()]*)\)")
#: A parenthesis that is an abbreviation of the name ("AfD", "NMU", "U.N."), not a note.
ABBREVIATION_RE = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&.'-]{1,11}")


def name_forms(name: str) -> tuple[str, ...]:
    """The forms a registry name takes in text: the name itself, and for a name that ends in a
    parenthesis the name without it, plus the parenthesis when it is an abbreviation."""
    match = NAME_NOTE_RE.fullmatch(name)
    if match is None:
        return (name,)
    note = match["note"].strip()
    return (name, match["base"], *((note,) if ABBREVIATION_RE.fullmatch(note) else ()))


def _build_tables(registry: Registry) -> _Tables:
    t = _Tables()
    aliases: dict[str, str] = {}
    for entity in registry.entities:
        t.kinds[entity.id] = entity.type
        t.names[entity.id] = entity.name
        for alias in (*name_forms(entity.name), *entity.aliases, *entity.spellings):
            aliases.setdefault(alias, entity.id)
    for event in registry.events:
        t.kinds[event.id] = "event"
        t.names[event.id] = event.name
        for alias in (*name_forms(event.name), *event.aliases):
            aliases.setdefault(alias, event.id)
    for quantity in registry.quantities:
        t.kinds[quantity.id] = "quantity"
        t.names[quantity.id] = quantity.name
    for topic in registry.topics:
        t.kinds[topic.id] = "topic"
        t.names[topic.id] = topic.name
    # "the X" aliases of several words, by X: matched after a possessive determiner too.
    t._possessed = {
        alias[4:]: item
        for alias, item in aliases.items()
        if alias.startswith("the ") and len(alias.split()) >= POSSESSED_MIN_WORDS
    }
    t._possessed_heads = _Heads(t._possessed, POSSESSOR, POSSESSOR_STARTS, gated=True)
    # "the X" descriptions of an entity by their head X, for "the U.S.-led coalition" and "the
    # NATO mission": the same description with modifiers between article and head
    # (MODIFIED_RE); a capitalised modifier must be a word of the entity's own names.
    heads: dict[str, set[str]] = {}
    for alias, item in aliases.items():
        if alias.startswith("the ") and t.kinds[item] != "event" and alias[4:5].islower():
            heads.setdefault(alias[4:], set()).add(item)
    t._modified = {head: next(iter(items)) for head, items in heads.items() if len(items) == 1}
    t._modified_heads = _Heads(t._modified, MODIFIED_RE, MODIFIED_STARTS)
    t._owned_heads = _Heads(t._modified, OWNED_RE, OWNED_STARTS)
    # A country's legislature by its adjective ("the Iraqi parliament" -> "iraqi"), for the
    # members who stand for it ("Iraqi lawmakers voted"): LEGISLATORS_RE.
    for alias, item in aliases.items():
        found = LEGISLATURE_ALIAS_RE.fullmatch(alias)
        if found is not None and t.kinds[item] != "event":
            t._legislatures.setdefault(found.group("adj").casefold(), item)
    # A capital for its government ("Berlin says ..."), where the registry lists the country
    # and not the capital itself.
    countries = {e.name: e.id for e in registry.entities if e.type == "country"}
    t._capitals = {
        capital: countries[country] for capital, country in CAPITALS.items()
        if country in countries and capital not in aliases
    }  # fmt: skip
    if t._capitals:
        t._capital_re = re.compile(
            r"(?<![\w-])(?<!\bin )(?<!\bto )(?<!\bat )(?<!\bof )(?<!\bfrom )(?<!\bnear )"
            r"(?<!\bvia )(?P<capital>" + literal_alternation(t._capitals) + r")"
            + CAPITAL_SUBJECT_RE
        )
    names: dict[str, set[str]] = {}
    for alias, item in aliases.items():
        names.setdefault(item, set()).update(w.casefold() for w in alias.split())
    t._name_words = {item: frozenset(words) for item, words in names.items()}
    # A description written lower-case in the registry ("the mission", "a meeting of the
    # Allies") opens a sentence capitalised: "The mission has 500 trainers."
    for alias, item in list(aliases.items()):
        if alias[:1].islower():
            aliases.setdefault(alias[:1].upper() + alias[1:], item)
    t._aliases = aliases
    t._folded = {alias.casefold(): item for alias, item in aliases.items()}
    # One alias of several items: every spelling and case of it, from every entry (an alias
    # listed for two items keeps only the first in `aliases`).
    # Entities and events are matched apart, so only two of one kind compete.
    sections: list[list[tuple[str, tuple[str, ...]]]] = [
        [(e.id, (e.name, *e.aliases, *e.spellings)) for e in registry.entities],
        [(e.id, (e.name, *e.aliases)) for e in registry.events],
    ]
    for section in sections:
        owners: dict[str, set[str]] = {}
        for item, called in section:
            t.known_as[item] = called
            for alias in called:
                owners.setdefault(alias.casefold(), set()).add(item)
        t.ambiguous.update(
            {alias: frozenset(items) for alias, items in owners.items() if len(items) > 1}
        )
    t.descriptions = descriptions_of(registry)
    t.story = registry.stories()
    sizes = Counter(t.story.values())
    t.tied = frozenset(root for root, n in sizes.items() if n > 1)
    t.holders = {e.id: e for e in registry.entities if e.holders}
    t.triggers = {e.id: tuple(e.triggers) for e in registry.events if not e.proposed}
    t.triggers.update({e.id: tuple(e.triggers) for e in registry.topics if not e.proposed})
    t._trigrams = _Trigrams(aliases)
    # Longest alias first so "NATO Mission Iraq" wins over "NATO". Events are matched apart:
    # an event alias can be a whole phrase ("a call in January by US President Donald
    # Trump") that must not hide the entities inside it.
    before: dict[str, set[str]] = {}
    for alias, item in aliases.items():
        words = alias.split()
        if len(words) >= 2 and t.kinds[item] not in ("person", "event"):
            last = words[-1]
            if aliases.get(last) == item:
                before.setdefault(last, set()).add(words[-2])
    t.shortened = {alias: frozenset(words) for alias, words in before.items()}
    not_event = [a for a, item in aliases.items() if t.kinds[item] != "event"]
    t.alias_starts = _AliasStarts(tuple(not_event))
    t._alias_scans = (
        _AliasScan(not_event),
        _AliasScan([a for a, item in aliases.items() if t.kinds[item] == "event"]),
    )
    #: A registry person's surname alone ("Nwosu" for "Amara Nwosu"), where only one
    #: person of the registry has it: news copy names people by surname after the first
    #: mention, and the registry cannot list every such alias.
    surnames: dict[str, set[str]] = {}
    for entity in registry.entities:
        if entity.type == "person":
            for full in (entity.name, *entity.spellings):
                words = full.split()
                if len(words) >= 2:
                    surnames.setdefault(words[-1].casefold(), set()).add(entity.id)
    t._surnames = {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1}
    #: What the registry says about each entity (name, aliases, description), folded: the
    #: roles a person holds ("NATO Secretary General 2014-2024"), for "the secretary
    #: general said".
    t.about = {
        e.id: " ".join((e.name, *e.aliases, e.description or "")).casefold()
        for e in registry.entities
    }
    return t


def _own_fuzzy(tables: _Tables) -> _Tables:
    """The tables of a registry equal to another's, with fuzzy matches of its own: what the
    linker learns from one registry object's articles stays with it (the benchmark's fresh
    registry per round measures that learning)."""
    return replace(tables, fuzzy={})


_TABLES = RegistryCache(_build_tables, share=_own_fuzzy)


#: A possessive determiner in place of "the": "its", "their", "the alliance's", "NATO's".
POSSESSOR = r"(?<![\w-])(?:[Ii]ts|[Tt]heir|(?:[Tt]he\s+)?[\w.-]+['’]s)\s+"
#: "The" and one or two modifiers before a description's head: a lower-case adjective or noun
#: ("the training mission"), a compound ("the U.S.-led coalition"), or a capitalised word
#: (kept only when it is one of the entity's own names: "the NATO mission", not "the UN
#: mission"). Words that point at another one of the kind are not modifiers (NOT_MODIFIERS).
#: The word-start check stands after the first letter: a pattern that opens with a letter class
#: lets re skip to the T's of the text at once (the scan took half the time).
MODIFIER = r"(?:[a-z][a-z-]+|[A-Z][\w.]*(?:-[a-z]+)?)\s+"
MODIFIED_RE = r"[Tt](?<![\w-][Tt])he\s+(?P<mods>(?:" + MODIFIER + "){1,2})"
#: A description owned by a name that is one of the entity's own names: "NATO's training
#: mission" is NATO Mission Iraq (the company's mission is anybody's: a name, not a noun, owns).
#: The word-start check stands after the first letter, as in MODIFIED_RE (half the scan time).
OWNED_MODIFIER = r"[a-z][a-z-]+\s+"
OWNED_RE = (
    r"(?P<owner>[A-Z](?<![\w-][A-Z])[\w.-]*)['’]s\s+(?P<mods>(?:" + OWNED_MODIFIER + "){0,2})"
)
#: Where each of those leads starts, and where it may end (`_Heads`): the same patterns with
#: their modifiers spelt out one by one, read ahead of the start so that no start is skipped.
POSSESSOR_STARTS = re.compile("(?=" + POSSESSOR + "(?P<e0>))")
MODIFIED_STARTS = re.compile(
    r"[Tt](?<![\w-][Tt])(?=he\s+(?P<m>)" + MODIFIER + "(?P<e1>)(?:" + MODIFIER + "(?P<e2>))?)"
)
OWNED_STARTS = re.compile(
    r"[A-Z](?<![\w-][A-Z])(?=[\w.-]*(?P<o>)['’]s\s+(?P<m>)(?P<e0>)(?:"
    + OWNED_MODIFIER + "(?P<e1>)(?:" + OWNED_MODIFIER + "(?P<e2>))?)?)"
)
NOT_MODIFIERS = frozenset(
    (
        "other", "another", "same", "next", "last", "previous", "former", "new", "second", "third",
        "rival", "separate", "own", "such", "first", "old", "earlier", "later", "future", "whole",
        "said", "each", "every", "any", "no", "which", "that", "this", "and", "or", "of",
        "following", "proposed", "planned", "possible", "potential", "expanded", "larger",
        "smaller", "bigger",
    )
)  # fmt: skip
#: A legislature named by its country's adjective: "the Iraqi parliament", "Iraqi Parliament",
#: "the Danish Folketing" is not (a proper name needs no help).
LEGISLATURE_ALIAS_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<adj>[A-Z][a-z]+)\s+(?:[Pp]arliament|[Ll]egislature|[Cc]ongress"
    r"|[Nn]ational [Aa]ssembly)"
)
#: Members of a legislature standing for it, the way news copy writes a vote: "Iraqi lawmakers
#: voted", "Danish MPs approved". Names the legislature whose alias has the same adjective.
LEGISLATORS = (
    r"(?:lawmakers|legislators|MPs|parliamentarians|members of parliament|deputies|senators"
    r"|congressmen|congresswomen)"
)
LEGISLATORS_RE = re.compile(r"(?<![\w-])(?P<adj>[A-Z][a-z]+)\s+" + LEGISLATORS + r"(?![\w-])")
#: Every LEGISLATORS_RE match holds one of its nouns: searched first, at the nouns' first letters
#: only (LEGISLATORS_RE itself is tried at every position: 8 ms per 127 KB).
LEGISLATORS_GATE_RE = re.compile(LEGISLATORS)
#: Only "the X" aliases of this many words or more take another determiner: "the mission"
#: after any possessive ("the company's mission") would be anybody's mission; "the training
#: mission in Iraq" is specific whoever's it is said to be.
POSSESSED_MIN_WORDS = 4


@functools.lru_cache(maxsize=1 << 14)
def generic(name: str) -> bool:
    """True for a description rather than a name: no capitalised word but an opening article
    ("members", "the mission", "The country"), so it may mean anything of its kind; "the NATO
    mission in Iraq" and "the Iraqi parliament" carry a name and are specific.

    Cached: the linker asks it of every mention and every name it resolves, and the same few
    hundred names recur (6,000 calls per pass over our texts)."""
    words = name.split()
    if words and words[0] in GENERIC_LEADS:
        words = words[1:]
    return not any(w[:1].isupper() for w in words)


#: A name in the possessive right before a mention ("Iraq's parliament"), within this many
#: characters (a name of a few words).
POSSESSOR_REACH = 40
POSSESSIVE_NAME_RE = re.compile(r"(?<![\w-])[A-Z][\w.-]*['’]s\s+$")
#: Words that open a description, not a name, even when capitalised at a sentence start.
GENERIC_LEADS = frozenset({"The", "A", "An", "Its", "Their", "This", "That", "These", "Those"})


def descriptions_of(registry: Registry) -> frozenset[str]:
    """The registry's descriptions, case-folded: aliases written lower-case with no name in
    them ("the mission", "members", "the alliance"; not "the Iraqi parliament")."""
    return frozenset(
        alias.casefold()
        for e in registry.entities
        for alias in e.aliases
        if alias[:1].islower() and generic(alias)
    )


def is_description(name: str, text: str, start: int, descriptions: frozenset[str]) -> bool:
    """A description (see `generic`), also when it opens a sentence: "Members voted" is the
    registry's lower-case alias "members" capitalised, not a name. A description after a
    possessive name is specific: "Iraq's parliament", "NATO's mission"."""
    if not (generic(name) or name.casefold() in descriptions):
        # "the Alliance" is the registry's description "the alliance" in house capitals: as
        # much a description as "the alliance" (a party called "the Alliance" is not NATO).
        return False
    return not POSSESSIVE_NAME_RE.search(text, max(0, start - POSSESSOR_REACH), start)


class _Spans:
    """Spans, asked whether any overlaps a range in O(log n) (a scan of every span per name
    made finding names quadratic in the text's length: issue 12).

    Held in runs: each run's spans in order of their starts, with the furthest end up to each.
    `add` extends the last run when the span starts after its spans (the matches of one
    `finditer` come in text order) and opens a new run otherwise, so a loop that adds what it
    finds never sorts again (building the spans anew per match was quadratic: "Iraqi lawmakers"
    repeated, issue 12, item 9)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.runs: list[tuple[list[int], list[int]]] = []
        for a, b in sorted(spans):
            self.add(a, b)

    def overlaps(self, a: int, b: int) -> bool:
        """True when a span starts before `b` and ends after `a`."""
        for starts, reach in self.runs:
            n = bisect_left(starts, b)
            if n > 0 and reach[n - 1] > a:
                return True
        return False

    def add(self, a: int, b: int) -> None:
        """Hold one more span."""
        if not self.runs or a < self.runs[-1][0][-1]:
            self.runs.append(([], []))
        starts, reach = self.runs[-1]
        starts.append(a)
        reach.append(max(reach[-1], b) if reach else b)


#: A capitalised word right before another, in the same sentence: "Ashby" of "Ashby Town".
NAME_WORD_BEFORE_RE = re.compile(r"(?<![.!?\n])(?<![.!?\n] )\b(?P<word>[A-Z][\w'’-]*) $")
#: Capitalised words before a name that do not make it another name.
NOT_NAME_WORDS = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Our", "His", "Her"})


def _in_another_name(text: str, start: int, before: frozenset[str]) -> bool:
    """True when a one-word alias that shortens a longer name ("Town" of "Harlow Town")
    stands after a capitalised word that is not the rest of that name: "Ashby Town" is
    another club, not Harlow Town. The word must not open the sentence ("The Town fans")."""
    match = NAME_WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    if match is None or match.start("word") == 0:
        return False
    return _another_name_word(match.group("word"), before)


def _another_name_word(word: str, before: frozenset[str]) -> bool:
    """True when a capitalised `word` before a shortened name makes another name of it: not
    the rest of the name, a determiner, a title, or a possessor ("Iraq's parliament": whose it
    is, the other rules say)."""
    return (
        word[:1].isupper()
        and word not in before
        and word not in NOT_NAME_WORDS
        and word not in TITLE_WORDS
        and not word.endswith(("'s", "’s"))
    )


class Linker:
    """Finds registry names in text and resolves free names to registry ids."""

    def __init__(self, registry: Registry) -> None:
        t = _TABLES.get(registry)
        self.kinds, self.names, self.about = t.kinds, t.names, t.about
        self._possessed, self._possessed_heads = t._possessed, t._possessed_heads
        self._modified, self._modified_heads = t._modified, t._modified_heads
        self._owned_heads = t._owned_heads
        self._name_words = t._name_words
        self._legislatures = t._legislatures
        self._capital_re, self._capitals = t._capital_re, t._capitals
        self.ambiguous, self.descriptions, self.known_as = t.ambiguous, t.descriptions, t.known_as
        self.story = t.story
        self._tied = t.tied
        self._holders = t.holders
        self.triggers = t.triggers
        self._fuzzy = t.fuzzy
        self._stories: frozenset[str] = frozenset()
        self._named_of: str | None = None
        self._whole_of: str | None = None
        self._whole_found: tuple[list[Mention], list[int]] = ([], [])
        self._named: frozenset[str] = frozenset()
        self._aliases, self._folded, self._trigrams = t._aliases, t._folded, t._trigrams
        self._alias_scans, self._surnames = t._alias_scans, t._surnames
        self._shortened = t.shortened
        self._alias_starts = t.alias_starts
        self._proposed: dict[str, Entity] = {}
        self._mentions_of: str | None = None
        self._mentions_seen: dict[tuple[int, int], list[Mention]] = {}
        #: Proposed entries by full name and by last word (a surname), first proposed first.
        self._proposed_names: dict[str, str] = {}
        #: Answers of `resolve` while nothing they depend on changes (the article read, the
        #: names it gives, the entries proposed): finding names asks for every capitalised
        #: run of words, and the same names recur (7,665 lookups over our texts, a third
        #: of them new).
        self._resolved: dict[str, tuple[str, float] | None] = {}
        #: Answers of `_of_named`, by item and the set of names asked with.
        self._of_named_seen: dict[tuple[str, frozenset[str]], bool] = {}

    def resolve(self, name: str) -> tuple[str, float] | None:
        """The registry id a name refers to, with the match score; None when nothing fits.

        Leading words are dropped one by one ("NATO Secretary General Jens Stoltenberg" ->
        "Jens Stoltenberg"), and names proposed earlier in the article count as known, by their
        full name and by their surname ("Reed" after "Tom Reed" was proposed).
        """
        if name in self._resolved:
            return self._resolved[name]
        words = name.split()
        found = None
        for first in range(len(words)):
            rest = " ".join(words[first:])
            if first and rest in self._shortened and _another_name_word(
                words[first - 1], self._shortened[rest]
            ):
                # "Ashby Town" is not "Town" of "Harlow Town": the word dropped before a
                # shortened name makes another name of it (`_in_another_name`).
                break
            found = self._resolve_one(rest)
            if found is not None:
                if first and self._other_first_name(words[first - 1], rest, found[0]):
                    # "Fiona Hale" is not the registry's Martin Hale: a first name before a
                    # surname makes another person of it.
                    found = None
                break
        self._resolved[name] = found
        return found

    def _other_first_name(self, before: str, rest: str, item: str) -> bool:
        """True when `rest` (one word) resolved to a registry person whose names never put
        `before` in front of it, and `before` reads as a first name: capitalised, no title,
        honorific or role word, no name of a body."""
        if " " in rest or self.kinds.get(item) != "person":
            return False
        if not before[:1].isupper() or before.isupper() or before.endswith((".", "'s", "’s")):
            return False
        if before in TITLE_WORDS or TITLE_RE.match(before + " ") or before in NAME_LEADERS:
            return False
        if before.casefold() in self._folded:
            return False  # a name of its own ("NATO", "Iraqi"), not a first name
        together = f"{before} {rest}".casefold()
        return not any(together in known.casefold() for known in self.known_as.get(item, ()))

    def _exact(self, name: str) -> str | None:
        """The item an alias names; an alias several items share names the one the current
        article names by a proper name (`_in_article`), else none."""
        folded = name.casefold()
        owners = self.ambiguous.get(folded)
        text = self._mentions_of
        if owners is None:
            item = self._folded.get(folded)
            if item is not None and text is not None and self._unnamed(item, name, text, 0):
                return None
            return item
        if text is None:
            return None
        return self._pick(owners, text)

    def _unnamed_description(self, m: Mention, text: str) -> bool:
        """A description ("the agency", "ministers") of something the article never names, nor
        anything it belongs to: in a story about a quake, "the agency" is not the health agency
        of another story that the registry also holds."""
        return m.kind != "event" and self._unnamed(m.id, m.text, text, m.start)

    def _unnamed(self, item: str, said: str, text: str, at: int) -> bool:
        """True when `said` is a description of `item` that this article cannot mean."""
        if self.kinds.get(item) == "event" or not is_description(said, text, at, self.descriptions):
            return False
        named = self.named(text)
        if item in named:
            return False
        if not self._stories:
            # An article that names none of the registry's stories is about another: "the
            # regulator" of a health story is not an aviation story's regulator (issue 10).
            # Only an item tied to no story may be meant.
            return self.story.get(item) in self._tied
        return self.story.get(item) not in self._stories and not self._of_named(item, named)

    def _pick(self, owners: frozenset[str], text: str) -> str | None:
        """Of several items one alias names, the one the article names by a proper name, else
        the one whose name holds a name the article gives ("the government" in a story that
        names Ecuador: the Government of Ecuador); None when that is not one item."""
        named = self.named(text)
        picked = owners & named
        if not picked:
            picked = frozenset(o for o in owners if self._of_named(o, named))
        return next(iter(picked)) if len(picked) == 1 else None

    def _of_named(self, item: str, named: frozenset[str]) -> bool:
        """True when one of the item's names contains a proper name of something the article
        names ("Government of Ecuador" and "Ecuador"), or, for a country or a place, when its
        name is inside the name of something the article names ("the country" after "the
        Iraqi parliament")."""
        # Asked again for every description the article holds, with the same names: the
        # answer depends on the item and the names alone (the registry's tables are fixed).
        key = (item, named)
        found = self._of_named_seen.get(key)
        if found is None:
            found = self._of_named_seen[key] = self._holds_named(item, named)
        return found

    def _holds_named(self, item: str, named: frozenset[str]) -> bool:
        mine = self.known_as.get(item, ())
        hub = self.kinds.get(item) in STORY_HUBS
        for other in named:
            if other == item:
                continue
            theirs = self.known_as.get(other, ())
            if any(_holds(alias, name) for name in theirs if name[:1].isupper() for alias in mine):
                return True
            if hub and any(
                _holds(alias, name) for name in mine if name[:1].isupper() for alias in theirs
            ):
                return True
        return False

    def _resolve_one(self, name: str) -> tuple[str, float] | None:
        # The registry may list the titled form itself ("Dr Nwosu"), so look it up first.
        if name.strip().casefold() in self._folded:
            exact = self._exact(name.strip())
            return (exact, 100.0) if exact is not None else None
        name = TITLE_RE.sub("", name.strip()).strip()
        if not name:
            return None
        if name.casefold() in self._folded:
            exact = self._exact(name)
            return (exact, 100.0) if exact is not None else None
        proposed = self._proposed_names.get(name)
        if proposed is not None:
            return proposed, 100.0
        if " " not in name and name.casefold() in self._surnames:
            return self._surnames[name.casefold()], 100.0
        if len(name) < FUZZY_MIN_CHARS or generic(name):
            # Fuzzy matching is for spellings of names, never for descriptions ("the ministers"
            # is not "the minister").
            return None
        if name in self._fuzzy:
            return self._fuzzy[name]
        query = LINK_PROCESSOR(name)
        # Only aliases that share a three-letter run with the name can score LINK_CUTOFF (an
        # edit every seven letters at most leaves runs of three): a registry of thousands of
        # names is not compared whole for every capitalised word of every article.
        # In the registry's order, as the whole list was: ties go to the same alias every run
        # (a set's order changes with Python's string hashing).
        # A list, not a dict of alias -> processed form: extractOne returns the same choice
        # and score from the same order, and its place gives the alias (the dict was a third
        # of a fuzzy match's time).
        order = self._trigrams.near(query)
        processed = self._trigrams.processed
        best = process.extractOne(
            query,
            [processed[n] for n in order],
            scorer=LINK_SCORER,
            processor=None,
            score_cutoff=LINK_CUTOFF,
        )
        found = None
        if best is not None and _same_words(name, best[0]):
            found = self._aliases[self._trigrams.aliases[order[best[2]]]], float(best[1])
        if len(self._fuzzy) < FUZZY_CACHE_SIZE:
            self._fuzzy[name] = found
        return found

    def alias_at(self, text: str, start: int, end: int) -> tuple[str, int] | None:
        """The longest registry alias (not an event's) that starts at `start`, with its end.

        The first letter may differ in case ("A NATO spokesman" at a sentence start, "a NATO
        spokesman" inside one): a description of a speaker ("a diplomat who attended the
        session") is often longer than the words a pattern would take for it.
        """
        stop = self._alias_starts.match(text, start, end)
        if stop is None:
            return None
        said = text[start:stop]
        if said.casefold() in self.ambiguous:
            item = self._exact(said)
        else:
            item = self._aliases.get(said) or self._folded.get(said.casefold())
        return (item, stop) if item is not None else None

    def mentions(self, text: str, start: int, end: int) -> list[Mention]:
        """Registry names (exact aliases or fuzzy-linked capitalised names) in text order.

        Remembered for the last text asked about: several stages read the same body spans.
        """
        if self._mentions_of is not text:
            self._mentions_of, self._mentions_seen = text, {}
            self._resolved.clear()
        key = (start, end)
        if key not in self._mentions_seen:
            # One read of the whole article, sliced: `named` needs it anyway.
            whole, starts = self._whole(text)
            lo, hi = bisect_left(starts, start), bisect_left(starts, end)
            self._mentions_seen[key] = self._in_article(
                text, [m for m in whole[lo:hi] if m.end <= end]
            )
        return list(self._mentions_seen[key])

    def holder(self, office: str, day: dt.date) -> str | None:
        """The person the registry says held `office` on `day` (None when it does not say)."""
        entry = self._holders.get(office)
        return entry.holder_on(day) if entry is not None else None

    def stories_named(self, text: str) -> frozenset[str]:
        """The registry's stories `text` names: those of the items (not places) it names by a
        proper name. Empty: the text is about another story."""
        self.named(text)
        return self._stories

    def named(self, text: str) -> frozenset[str]:
        """The items `text` names by a proper name somewhere ("NATO Mission Iraq",
        "Stoltenberg"), not only by a description ("the mission") or a shared alias."""
        if self._named_of is not text:
            # While the article is read, a shared alias names nothing (no recursion).
            self._named_of, self._named = text, frozenset()
            self._resolved.clear()
            self._named = frozenset(
                m.id
                for m in self._whole(text)[0]
                if m.text.casefold() not in self.ambiguous
                and not is_description(m.text, text, m.start, self.descriptions)
            )
            # An office's title ("Secretary General", "the minister") is every body's: it names
            # no story, as places name none.
            self._stories = frozenset(
                self.story[item]
                for item in self._named
                if item in self.story and self.kinds.get(item) not in STORY_HUBS
                and self.kinds.get(item) != "office"
            )
            self._resolved.clear()
        return self._named

    def _in_article(self, text: str, found: list[Mention]) -> list[Mention]:
        """Mentions as a reader of the whole article takes them: an alias several items share
        ("the government") is the one of them the article names by a proper name, and none
        when it names none or several of them."""
        kept = []
        for m in found:
            owners = self.ambiguous.get(m.text.casefold())
            if owners is None:
                if self._unnamed_description(m, text):
                    continue
                kept.append(m)
                continue
            item = self._pick(owners, text)
            if item is not None:
                kept.append(replace(m, id=item, kind=self.kinds[item]))
        return kept

    def _whole(self, text: str) -> tuple[list[Mention], list[int]]:
        """Every mention of the whole text, with their starts (for bisecting), read once."""
        if self._whole_of is not text:
            found = self._find_mentions(text, 0, len(text))
            self._whole_of, self._whole_found = text, (found, [m.start for m in found])
        return self._whole_found

    def _find_mentions(self, text: str, start: int, end: int) -> list[Mention]:
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        # "the training mission in Iraq" is also "the alliance's training mission in Iraq" and
        # "its training mission in Iraq": another determiner before the same noun. The
        # possessor may be a mention of its own ("the alliance"); names inside the noun phrase
        # ("Iraq") are not.
        for a, b, head, _, _ in self._possessed_heads.find(text, start, end):
            item = self._possessed[text[head:b]]
            found.append(Mention(a, b, text[a:b], item, self.kinds[item]))
            if self.kinds[item] != "event":
                taken.append((head, b))
        possessed = _Spans(taken)
        for scan in self._alias_scans:
            for a, b in scan.find(text, start, end):
                if possessed.overlaps(a, b):
                    continue
                said = text[a:b]
                if said in self._shortened and _in_another_name(text, a, self._shortened[said]):
                    continue
                item = self._aliases[said]
                found.append(Mention(a, b, said, item, self.kinds[item]))
                if self.kinds[item] != "event":
                    taken.append((a, b))
        # After the exact aliases, which win where they overlap the head ("the training
        # mission in Iraq" is an alias of its own); a name among the modifiers ("NATO") stays a
        # mention of its own.
        heads = _Spans(taken)
        for a, b, head, mods, _ in self._modified_heads.find(text, start, end):
            item = self._modified[text[head:b]]
            if heads.overlaps(head, b) or any(
                m.casefold() in NOT_MODIFIERS
                or (m[:1].isupper() and m.casefold() not in self._name_words.get(item, ()))
                for m in text[mods:head].split()
            ):
                continue
            found.append(Mention(a, b, text[a:b], item, self.kinds[item]))
            taken.append((head, b))
        heads = _Spans(taken)
        for a, b, head, mods, owner in self._owned_heads.find(text, start, end):
            item = self._modified[text[head:b]]
            if (
                heads.overlaps(head, b)
                or text[a:owner].casefold() not in self._name_words.get(item, ())
                or any(m in NOT_MODIFIERS for m in text[mods:head].split())
            ):
                continue
            found.append(Mention(mods, b, text[mods:b], item, self.kinds[item]))
            taken.append((head, b))
        held = _Spans(taken)
        if self._legislatures and LEGISLATORS_GATE_RE.search(text, start, end) is not None:
            for match in LEGISLATORS_RE.finditer(text, start, end):
                house = self._legislatures.get(match.group("adj").casefold())
                # The adjective stays a mention of its country ("Iraqi"); an alias that already
                # covers the members' noun wins.
                if house is not None and not held.overlaps(match.end("adj"), match.end()):
                    found.append(Mention(*match.span(), match.group(), house, self.kinds[house]))
                    taken.append(match.span())
                    held.add(*match.span())
        if self._capital_re is not None:
            for match in self._capital_re.finditer(text, start, end):
                if not held.overlaps(*match.span("capital")):
                    item = self._capitals[match.group("capital")]
                    found.append(
                        Mention(*match.span("capital"), match.group("capital"), item, "country")
                    )
                    taken.append(match.span("capital"))
                    held.add(*match.span("capital"))
        names = _Spans(taken)
        for match in NAME_RE.finditer(text, start, end):
            a, b = match.span()
            words = match.group().split()
            while words and words[0] in NAME_LEADERS:
                a += len(words[0]) + 1
                words = words[1:]
            if len(words) < 2 or names.overlaps(a, b):
                continue
            name = text[a:b]
            resolved = self.resolve(name)
            # Names the registry lacks are proposed only where a claim needs them (speakers).
            if resolved is not None:
                item, score = resolved
                found.append(
                    Mention(a, b, name, item, self.kinds.get(item, "person"), False, score)
                )
        found.sort(key=lambda m: (m.start, -m.end))
        return found

    def propose_role(
        self, phrase: str, start: int, end: int, kind: Literal["person", "organisation"] = "person"
    ) -> Mention:
        """A speaker described only by role ("a company spokeswoman"): a proposed entry for
        the role holder, its id the slug of the description without its article."""
        words = phrase.split()
        if words and words[0].casefold() in ROLE_ARTICLES:
            words = words[1:]
        clean = " ".join(words) or phrase
        item = slugify(clean)
        self._add_proposed(
            Entity(
                id=item,
                type=kind,
                name=clean[:1].upper() + clean[1:],
                description="proposed by natoiraq extract: a speaker named only by role "
                f"({phrase!r}); review the id and type",
            ),
        )
        return Mention(start, end, phrase, item, kind, proposed=True, score=0.0)

    def propose(self, name: str, start: int, end: int) -> Mention:
        """A mention of a name the registry lacks, recorded as a proposed person entry."""
        words = name.split()
        # Drop leading acronyms and titles: "NATO Secretary General Jane Doe" -> "Jane Doe".
        while len(words) > 2 and (
            words[0].isupper() or TITLE_RE.match(words[0] + " ") or words[0] in TITLE_WORDS
        ):
            words = words[1:]
        clean = TITLE_RE.sub("", " ".join(words)).strip() or name
        item = slugify(clean)
        self._add_proposed(
            Entity(
                id=item,
                type="person",
                name=clean,
                description="proposed by natoiraq extract: not in the registry; review the type",
            ),
        )
        return Mention(start, end, name, item, "person", proposed=True, score=0.0)

    def _add_proposed(self, entity: Entity) -> None:
        """Record a proposed entry (the first one of an id stays) and let it be resolved by
        its name and its last word from now on."""
        if entity.id in self._proposed:
            return
        self._proposed[entity.id] = entity
        self._proposed_names.setdefault(entity.name, entity.id)
        self._proposed_names.setdefault(entity.name.split()[-1], entity.id)
        self._resolved.clear()

    def proposed(self) -> list[Entity]:
        """Every proposed registry entry so far, by id."""
        return [self._proposed[key] for key in sorted(self._proposed)]
