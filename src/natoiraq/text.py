"""Lowest text layer: sentences, words, quote folds and patterns shared by clean and extract.

Everything here is general English news style; nothing names a seed, a person or an article.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import sys
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

#: Month names and their usual news abbreviations. Capitalised only: "may" and "march" the
#: verbs are never months (the issue's complaint about dateparser).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip

#: A full name never takes the full stop after it ("the end of September." ends a sentence);
#: an abbreviation keeps its own ("Sept. 12").
MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
    r"(?![a-z])"
)
#: "Jan" is a month but "May" needs a number or a preposition next to it (see dates.py).
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"

#: Each of the three full-date patterns opens with a look-ahead for its first character (a
#: month's capital, a digit): it says nothing new, but lets re skip other positions at once
#: (the cleaner searches every header line and byline for a date: a third faster).
#: "Feb 12,2020", "February 12, 2020", "Jan. 2 2020".
MDY_RE = re.compile(
    rf"(?=[ADFJMNOS])\b(?P<month>{MONTH})\s*(?P<day>{DAY})(?:\s*,\s*|\s+)(?P<year>{YEAR})\b"
)
#: "12 February 2020", "12th of February, 2020".
DMY_RE = re.compile(
    rf"(?=\d)\b(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})\s*,?\s*(?P<year>{YEAR})\b"
)
#: A day stated as a whole line or after a byline separator: "February 16, 2020", "2020-02-16".
ISO_DATE_RE = re.compile(
    r"(?=[12])\b(?P<year>(?:19|20)\d{2})-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b"
)

#: Sentence ends: a full stop, question or exclamation mark (optionally inside a closing quote)
#: followed by white space and a capital letter, digit or opening quote. The mark is part of
#: the match (not a look-behind), so that re skips to the next mark in one scan: a pattern that
#: opens with a character class is searched for that class first.
SENTENCE_END_RE = re.compile(r"[.!?][\"'”’]?\s+(?=[\"“”A-Z0-9])")

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
WHITESPACE_RE = re.compile(r"\s+")

#: A person's or organisation's name as news copy writes it: two to four capitalised words
#: ("Mohammed Allawi", "Jens Stoltenberg"), possibly with a hyphen or an apostrophe.
#: The word-start check (a `\b` before the capital) stands after the first letter: a pattern
#: that opens with a letter class lets re skip to the capitals of the text at once (the
#: linker's scan took half the time).
NAME_RE = re.compile(
    r"[A-Z](?<!\w[A-Z])[a-z]+(?:['’-][A-Z]?[a-z]+)?(?:\s+(?:al-|bin\s+|van\s+|de\s+)?"
    r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?){1,3}\b"
)

#: Verbs that attribute speech; lemma -> every form we accept.
SPEECH_VERBS = (
    r"(?:said|says|say|told|tells|explained|explains|added|adds|stressed|stresses|underlined"
    r"|underlines|vowed|vows|noted|notes|stated|states|insisted|insists|warned|warns|declared"
    r"|declares|emphasi[sz]ed|emphasi[sz]es|announced|announces|asserted|highlighted|remarked"
    r"|continued|argued|argues|wrote|writes|confirmed|confirms|acknowledged|replied|recalled)"
)

PRONOUNS = frozenset({"he", "she", "they", "i", "we"})

#: Words that put the nearest event in the future ("will ... on Monday"), and in the past.
FUTURE_WORDS = frozenset(
    {
        "will", "would", "'ll", "shall", "going", "expected", "expects", "plan", "plans",
        "planned", "once", "next", "upcoming", "coming", "later", "scheduled", "due", "should",
        "could", "might", "may", "intends", "aims", "set",
    }
)  # fmt: skip
#: Double quote marks (straight, curly, guillemets): a line or sentence that holds one quotes
#: someone.
QUOTE_MARKS = ('"', "“", "”", "«", "»")
PAST_WORDS = frozenset(
    {
        "said", "told", "was", "were", "had", "did", "ago", "last", "held", "met", "took", "gave",
        "began", "came", "went", "made", "spoke", "killed", "fired", "has", "have", "earlier",
    }
)  # fmt: skip

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "although",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "even",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "last",
        "less",
        "like",
        "made",
        "make",
        "many",
        "may",
        "more",
        "most",
        "much",
        "must",
        "my",
        "near",
        "new",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "past",
        "per",
        "said",
        "same",
        "say",
        "says",
        "she",
        "should",
        "since",
        "so",
        "some",
        "still",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "three",
        "through",
        "to",
        "told",
        "too",
        "two",
        "under",
        "until",
        "up",
        "upon",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "year",
        "years",
        "you",
        "your",
        "yet",
        "according",
        "another",
        "around",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "time",
        "first",
        "second",
        "including",
        "include",
        "includes",
        "well",
        "back",
        "already",
    ]
)


def month_number(token: str) -> int:
    """The month (1-12) a matched month token names ("Jan." -> 1)."""
    return MONTHS[token.rstrip(".").lower()]


def day_number(token: str) -> int:
    """The day of month a matched day token names ("13th" -> 13)."""
    return int(token.rstrip("stndrh"))


def full_date(month: str, day: str, year: str) -> dt.date | None:
    """A calendar date from matched tokens; None when the day does not exist (Feb 30)."""
    try:
        return dt.date(int(year), month_number(month), day_number(day))
    except ValueError:
        return None


def find_full_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first complete date (day, month and year) in `text`, with its span."""
    best: tuple[dt.date, int, int] | None = None
    for regex in (MDY_RE, DMY_RE):
        match = regex.search(text)
        if match is None:
            continue
        found = full_date(match["month"], match["day"], match["year"])
        if found is not None and (best is None or match.start() < best[1]):
            best = (found, match.start(), match.end())
    iso = ISO_DATE_RE.search(text)
    if iso is not None and (best is None or iso.start() < best[1]):
        # "2020-13-45" looks like a date but is none: it is no publication date either.
        with contextlib.suppress(ValueError):
            best = (dt.date(int(iso["year"]), int(iso["month"]), int(iso["day"])), *iso.span())
    return best


#: Abbreviations whose full stop does not end a sentence ("Jan. 2", "Gen. Qassem", "U.S.").
ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "gen",
        "lt",
        "col",
        "maj",
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "sen",
        "rep",
        "gov",
        "adm",
        "capt",
        "sgt",
        "prof",
        "no",
        "vs",
        "etc",
        "mt",
        "ft",
    ]
)
#: The word (or dotted initials) right before a full stop.
LAST_TOKEN_RE = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]+$")


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """start..end without the white space at either end (offsets stay in `text`)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


#: A character that is not white space (str.isspace and re's \s agree on what is).
NON_SPACE_RE = re.compile(r"\S")


def is_blank(text: str, start: int, end: int, chars: str | None = None) -> bool:
    """True when text[start:end] holds nothing but `chars` (white space by default): what
    `not text[start:end].strip(chars)` says, read only up to the first other character.

    Why: a clause's or a sentence's start can lie a whole run-on text before the word asked
    about; cutting that much out for each word was quadratic (issue 12, item 9).
    """
    start, end, _ = slice(start, end).indices(len(text))
    if chars is None:
        return NON_SPACE_RE.search(text, start, end) is None
    return all(text[i] in chars for i in range(start, end))


def last_visible(text: str, start: int, end: int) -> str:
    """The last character of text[start:end] that is not white space ("" if none): what
    `text[start:end].rstrip()[-1:]` says, read back only over the white space (see is_blank)."""
    start, end, _ = slice(start, end).indices(len(text))
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


#: The last text split into sentences, with its spans by the range asked for (`sentences`).
#: One tuple, replaced whole, so a reader never pairs one text with another's spans.
_LAST_SPLIT: tuple[str | None, dict[tuple[int, int], list[tuple[int, int]]]] = (None, {})


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] into sentence spans (offsets into `text`).

    Remembered for the last text (the same string object): the cleaner splits each body line
    and the extractor then splits its body spans, which are mostly those lines (half of the
    calls over our texts asked again).
    """
    global _LAST_SPLIT
    last, seen = _LAST_SPLIT
    if last is not text:
        seen = {}
        _LAST_SPLIT = (text, seen)
    found = seen.get((start, end))
    if found is None:
        found = seen[(start, end)] = _split(text, start, end)
    return list(found)


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    # A mark just before `start` still ends a sentence there (the white space after it is cut).
    first = start - 1 if start > 0 and text[start - 1] in ".!?" else start
    for match in SENTENCE_END_RE.finditer(text, first, end):
        stop = match.start() + 1  # the sentence keeps its mark
        if text[match.start()] == ".":
            token = LAST_TOKEN_RE.search(text, max(start, stop - 12), stop - 1)
            if token is not None and (
                token.group().lower() in ABBREVIATIONS
                or "." in token.group()
                or len(token.group()) == 1
            ):
                continue
        spans.append((cursor, stop))
        cursor = match.end()
    if cursor < end:
        spans.append((cursor, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def literal_alternation(phrases: Iterable[str], *, ignore_case: bool = False) -> str:
    """A group-free regex that matches as `(?:p1|p2|...)` over the escaped phrases, longest
    first, would: the same match at every position, whatever follows it in the pattern.

    Why: `re` tries every branch of an alternation at every position it reaches (no trie), so
    a registry's hundreds of aliases or triggers cost a comparison each per word of text: the
    trigger pattern of the dev registry read 0.6 MB/s. Phrases that both match at one
    position are prefixes of one another, so longest-first is deepest-first in a trie, which
    greedy optional branches give. With `ignore_case` (for a pattern compiled with re.I) the
    trie holds only ASCII phrases, whose lower-case letters never match one character of the
    text twice (re.I folds "ſ" to "s" and "K" to "k"); each other phrase ("communiqué") goes
    between the tries of the longer and of the shorter phrases, so the whole still tries the
    longest first (two phrases of one length that match at one place match the same text).
    One such phrase once made a registry's pattern a plain alternation of 1,029 phrases.
    """
    unique = sorted(set(phrases), key=len, reverse=True)
    if not unique:
        return "(?!)"
    if not ignore_case:
        return trie_pattern([list(map(_escaped, p)) for p in unique])
    rest = {p for p in unique if p.isascii()}
    if len(rest) == len(unique):
        return _folded_trie(rest)
    parts = []
    for other in sorted(set(unique) - rest, key=lambda p: (-len(p), p)):
        longer = {p for p in rest if len(p) > len(other)}
        if longer:
            parts.append(_folded_trie(longer))
            rest -= longer
        parts.append(re.escape(other))
    if rest:
        parts.append(_folded_trie(rest))
    return "(?:" + "|".join(parts) + ")"


def _folded_trie(phrases: Iterable[str]) -> str:
    """The trie of ASCII phrases for a pattern compiled with re.I (literal_alternation)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return trie_pattern([[_escaped(c.lower()) for c in p] for p in ordered])


@functools.cache
def _escaped(char: str) -> str:
    """`re.escape(char)` for one character (or a character's lower case), kept: escaping each
    character of a registry's thousands of aliases anew was half of building their trie. One
    entry per distinct character of the phrases given (a few hundred), so unbounded."""
    return re.escape(char)


class LazyPattern:
    """A module's regex, compiled on its first use rather than at import.

    Why: the extractor's modules hold some 400 patterns, a few of them alternations of
    hundreds of words, and compiling them all took a fifth of a second of every command that
    imports the extractor (re's parser is Python), while one draft uses half of them. Django
    compiles its module patterns the same way (`_lazy_re_compile`).

    `pattern` is there at once (patterns are built from others' text). On first use the
    compiled pattern's own methods take the place of this class's in the instance, so a
    pattern in a hot loop costs what a compiled one does.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = re.compile(self.pattern, self._flags)
            for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
                setattr(self, name, getattr(found, name))
            self._compiled = found
        return found

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled().groupindex

    def search(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> str:
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile`, compiled on first use (LazyPattern)."""
    return LazyPattern(pattern, flags)


#: A pattern compiled now or on first use.
AnyPattern = re.Pattern[str] | LazyPattern


#: A trie node: the atom after it -> the node it leads to; END marks a phrase that ends there.
_Trie = dict[str, "_Trie"]
END = ""


def trie_pattern(phrases: Iterable[Sequence[str]]) -> str:
    """A group-free regex over phrases given as regex atoms (an escaped character or a class);
    it matches as the alternation of the phrases, longest first, does (literal_alternation).

    The caller guarantees that two different atoms never match the same character.
    """
    root: _Trie = {}
    for phrase in phrases:
        node = root
        for atom in phrase:
            if atom:  # an empty atom matches nothing: the phrase is the one without it
                node = node.setdefault(atom, {})
        node[END] = {}
    return _trie_node(root) if root else "(?!)"


#: One atom of a word alternation: a character class, white space, or one literal character.
_WORD_ATOM_RE = re.compile(r"\[(?P<cls>[a-z]+)\]|\\s\+|.")


def word_trie(alternation: str) -> str:
    """A trie-shaped regex for an alternation of words and phrases written as a readable
    pattern (`(?:said|says|emphasi[sz]ed|went\\s+on)`; only `(?:`, `|`, `)`, classes of
    letters and `\\s+` are allowed).

    Why: `re` tries every branch at every position it reaches, so a list of 150 speech verbs
    costs 150 comparisons per word (the quote stage spent a tenth of its time there). The trie
    takes the longest phrase at a position where the alternation takes the first listed: the
    same match wherever a word boundary or a space must follow, as long as no phrase is
    another one followed by white space (tests/test_word_trie.py checks the lists).
    """
    phrases: list[list[str]] = []
    for alternative in alternation.replace("(?:", "").replace(")", "").split("|"):
        expanded: list[list[str]] = [[]]
        for atom in _WORD_ATOM_RE.finditer(alternative):
            if atom["cls"]:
                choices = list(atom["cls"])
            elif atom.group() == r"\s+":
                choices = [atom.group()]
            else:
                choices = [re.escape(atom.group())]
            expanded = [[*phrase, choice] for phrase in expanded for choice in choices]
        phrases += expanded
    return f"(?:{trie_pattern(phrases)})"


def first_letter_groups(alternation: str) -> str:
    """`alternation` (`(?:a|b)` or `(?i:a|b)`, each branch opening with a plain letter) with its
    branches grouped by first letter, in their order within each group:
    `(?i:spokesman|secretary|chief)` -> `(?i:s(?:pokesman|ecretary)|c(?:hief))`.

    Why: `re` tries every branch at every position it reaches; the quote stage's role nouns
    (150 branches, tried after each word of a subject) cost a quarter of its subject search.
    Branches that open with different letters never match at one position, and the order of
    those that do is kept, so the match is the same everywhere (under `(?i:` letters group
    case-folded, as the pattern compares them). Unlike word_trie, nested groups may stay.
    """
    flags = "(?i:" if alternation.startswith("(?i:") else "(?:"
    if not alternation.startswith(flags) or not alternation.endswith(")"):
        raise ValueError(f"not one group: {alternation[:40]!r}")
    branches, depth, current = [], 0, ""
    for char in alternation[len(flags) : -1]:
        depth += (char in "([") - (char in ")]")
        if char == "|" and depth == 0:
            branches.append(current)
            current = ""
        else:
            current += char
    branches.append(current)
    groups: dict[str, list[str]] = {}
    for branch in branches:
        if (
            not branch[:1].isascii()
            or not branch[:1].isalpha()
            or branch[1:2] in ("?", "*", "+", "{")
        ):
            raise ValueError(f"branch {branch!r} does not open with a plain letter")
        key = branch[0].lower() if flags == "(?i:" else branch[0]
        groups.setdefault(key, []).append(branch[1:])
    return flags + "|".join(f"{key}(?:{'|'.join(rest)})" for key, rest in groups.items()) + ")"


def _trie_node(node: _Trie) -> str:
    branches = [atom + _trie_node(node[atom]) for atom in sorted(node) if atom != END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if END not in node:
        return body
    # A phrase ends here too: try the longer ones first (greedy), then stop here.
    return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"


#: Distinct words whose content_words fold is remembered: far more than one article's
#: vocabulary (the 27 seed and dev texts hold 2,300), bounded for long-running processes.
CONTENT_WORD_CACHE = 1 << 16


def content_words(text: str) -> set[str]:
    """Lowercased content words with a crude plural fold ("ministers" -> "minister")."""
    # findall, no match objects, and each distinct word folded once: the cleaner calls this
    # on every line of every article, and news vocabulary repeats (a third of its time went
    # into lower/strip/stopword tests of words already folded).
    words = set(map(_content_word, WORD_RE.findall(text)))
    words.discard("")
    return words


@functools.lru_cache(maxsize=CONTENT_WORD_CACHE)
def _content_word(found: str) -> str:
    """One word as content_words keeps it, or "" for a stop word or a short one."""
    word = found.lower().strip("'’-")
    if len(word) < 4 or word in STOPWORDS:
        return ""
    if word[-1] == "s" and word[-2] != "s":
        word = word[:-1]
    return word


# --------------------------------------------------------------------------- quote folding

#: Tokens for quote comparison: numbers with separators ("5,200"), then words with inner
#: apostrophes or hyphens ("one's", "de-escalation").
TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['\-][^\W_]+)*")
#: Apostrophes, quote marks and dashes folded to one form before tokenising.
FOLD_TABLE = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
#: Any sentence-ending mark between two quote tokens (named apart from SENTENCE_END_RE above,
#: which splits running text into sentences).
SENTENCE_MARK_RE = re.compile(r"[.!?…]")


@dataclass(frozen=True)
class Words:
    """A quote as tokens: the original forms (for names) and the folded forms (for matching)."""

    raw: tuple[str, ...]
    folded: tuple[str, ...]
    #: True where the token starts a sentence (so a capital letter there is not a name).
    initial: tuple[bool, ...]

    @property
    def text(self) -> str:
        return " ".join(self.folded)


def words(text: str) -> Words:
    """`text` as quote tokens: NFKC, apostrophes and dashes folded, case folded apart."""
    norm = unicodedata.normalize("NFKC", text).translate(FOLD_TABLE)
    raw: list[str] = []
    initial: list[bool] = []
    last = 0
    for m in TOKEN_RE.finditer(norm):
        # A capital after a sentence end (or at the start) is grammar, not a name.
        initial.append(not raw or SENTENCE_MARK_RE.search(norm[last : m.start()]) is not None)
        raw.append(m.group())
        last = m.end()
    return Words(tuple(raw), tuple(w.casefold() for w in raw), tuple(initial))


def fold_quote(text: str) -> str:
    """Quote text with marks, case and spacing folded: equal folds mean the same words."""
    return words(text).text


#: Texts up to this many characters are counted from their start for each offset; a longer one
#: is indexed once (`_line_feeds`). A count from the start for every claim of a 2 MiB draft (a
#: line_column per claim, per skipped span, per span not checked) was quadratic (issue 12, item
#: 9), while most texts (a news story is a few KB) are too short for an index to pay.
LINE_INDEX_MIN = 64 * 1024
LINE_FEED_RE = re.compile("\n")


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in code points) of `offset` in `text`, as an editor's
    `file:line:col` counts them (a line ends at a line feed)."""
    if len(text) <= LINE_INDEX_MIN or offset < 0:
        line = text.count("\n", 0, offset) + 1
        return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
    feeds = _line_feeds(text)
    before = bisect_left(feeds, offset)  # the line feeds before `offset`
    return before + 1, offset - (feeds[before - 1] + 1 if before else 0) + 1


@functools.lru_cache(maxsize=4)
def _line_feeds(text: str) -> list[int]:
    """The offsets of the line feeds of `text` (a long one: LINE_INDEX_MIN), in order."""
    return [m.start() for m in LINE_FEED_RE.finditer(text)]


# --------------------------------------------------------------------------- display

#: What a terminal, a log viewer or a browser acts on instead of showing (issue 12, item 11):
#: the C0 controls, DEL and the C1 controls (Unicode's category Cc: ESC starts the sequences
#: that clear a screen, set a window title or hide a link; CR overwrites a line; 0x9b is a
#: one-byte CSI) and the bidi controls (Unicode's Bidi_Control: U+202E shows the words after
#: it right to left, so a quote can read as something it does not say).
CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: Each control as it is shown: the escapes a reader knows from C and Python, else \xNN or \uNNNN.
VISIBLE_ESCAPES: dict[str, str] = {
    ch: {"\t": "\\t", "\n": "\\n", "\r": "\\r"}.get(ch)
    or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
    for ch in map(chr, (*range(0x20), *range(0x7F, 0xA0), 0x61C, 0x200E, 0x200F,
                        *range(0x202A, 0x202F), *range(0x2066, 0x206A)))
}  # fmt: skip


def visible(text: str, *, keep: str = "") -> str:
    """`text` with every control character and bidi control (CONTROL_RE) shown as an escape,
    `\\x1b`, `\\r`, `\\n`, `\\u202e`, except the characters in `keep` (such as the "\\n" that
    ends an output's own lines). The one escaping of text bound for a terminal, a log or a page;
    never for data (JSON, YAML), which must stay exact.

    Why a backslash is not escaped too: it would change ordinary text to make the escapes
    reversible, and the shown form is for reading; the exact text is in the JSON and the seed.
    """
    if CONTROL_RE.search(text) is None:  # the usual case: one scan at C speed
        return text
    return CONTROL_RE.sub(lambda m: m[0] if m[0] in keep else VISIBLE_ESCAPES[m[0]], text)
