"""What check did not judge: spans of a draft's body that look like claims but became none.

An editor must be able to trust that a sentence with no verdict was looked at. The extractor
makes claims only of what it can read whole (a number with what it counts, a date it can place,
a quote with its speaker, a decision with its actor and object); everything else that looks like
a claim is listed here with why it was not checked, so that nothing is dropped without a word.

The shapes are deliberately plain (numbers, percentages, date words, quotations, decision verbs
in a finite or planned form) and the list is per span, in draft order: it is a reading list for
the editor, not a verdict.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from natoiraq.models import Claim
from natoiraq.text import MONTH, WEEKDAY, line_column

if TYPE_CHECKING:
    from natoiraq.clean import Cleaned

#: Why a span was not checked: code -> the sentence the report prints.
NOT_CHECKED_REASONS: dict[str, str] = {
    "share": "a percentage or share: the corpus compares counts, not shares",
    "time-of-day": "a time of day: the corpus compares days",
    "no-counted-noun": "a number the extractor could not tie to what it counts",
    "unplaced-date": (
        "a date the extractor could not place on the calendar (relative to another event, "
        "undated, or too vague) or tie to an event"
    ),
    "unattributed-quote": "a quotation the extractor could not attribute to a speaker",
    "unread-decision": "a decision whose actor or object the extractor could not read",
}

SHARE_RE = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:%|per\s?cent\b|percent\b|percentage points?\b)", re.I
)
TIME_RE = re.compile(
    r"(?<![\w:])(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|hours\b)"
    r"|(?<![\w:])(?:[01]?\d|2[0-3]):[0-5]\d\b",
    re.I,
)
#: Month names but the ambiguous "May"/"March" alone (a verb as often as a month): those count
#: next to a day or year number only.
AMBIGUOUS_MONTH_RE = re.compile(r"\b(?:May|March)\b(?=\s+\d)|(?<=\d\s)(?:May|March)\b")
DATE_WORD_RE = re.compile(
    rf"\b(?:(?:early|mid|late)[-\s])?(?!May\b|March\b){MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"|\b{WEEKDAY}\b"
    r"|\b(?:today|yesterday|tomorrow|tonight)\b"
    r"|\b(?:last|next|this|earlier\s+this|later\s+this)\s+"
    r"(?:week|weekend|month|year|spring|summer|autumn|fall|winter|morning|evening)\b"
    r"|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:ago|after|before|later|earlier)\b"
    r"|\b(?:(?:in|since|by|until|of)\s+)(?:19|20)\d{2}\b"
)
#: A quotation: an opening mark, at least four words, a closing mark, within one paragraph.
QUOTATION_RE = re.compile(r"[“\"«](?P<words>[^“”\"«»\n]+?)[”\"»]")
QUOTATION_MIN_WORDS = 4
#: A decision verb counts when it says that something was decided ("agreed", "voted",
#: "approved") or when a modal or "to" plans it ("will withdraw", "plans to expand"); other verbs
#: of the decision list ("opened on Feb. 12", "increase", "hold") describe as often as decide.
DECIDING_VERB_RE = re.compile(
    r"^(?:agree|decide|vote|approve|resolve|ratif|adopt|declare|order|announce)", re.I
)
PLANNED_BEFORE_RE = re.compile(r"\b(?:will|would|shall|to|may|might|could)\s+(?:\w+\s+)?$", re.I)


@dataclass(frozen=True)
class NotChecked:
    """A span of the draft that looks like a claim of `kind` but was not judged, and why."""

    kind: str
    start: int
    end: int
    line: int
    col: int
    exact: str
    reason: str

    @property
    def why(self) -> str:
        return NOT_CHECKED_REASONS[self.reason]

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "exact": self.exact,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "col": self.col,
            "reason": self.reason,
            "why": self.why,
        }


def not_checked(text: str, cleaned: Cleaned, claims: Iterable[Claim]) -> tuple[NotChecked, ...]:
    """The body spans of `text` that look like claims and that no claim covers, in text order."""
    # Imported here: the extractor's patterns are compiled on import, and the report types of
    # this package are imported by `natoiraq check --help`, which should stay fast.
    from natoiraq.extractor.counts import QUANTITY_RE
    from natoiraq.extractor.decisions import DECISION_RE

    covered = sorted((c.evidence.start, c.evidence.end) for c in claims)
    ends = _running_max([end for _, end in covered])
    starts = [start for start, _ in covered]
    found: dict[tuple[int, int], NotChecked] = {}
    # The characters of the spans found so far, marked: one look at a candidate's own characters
    # says whether it meets one of them (a scan of every span found, for every candidate, was
    # quadratic: issue 12, item 9). Every shape below matches at least one character.
    taken = bytearray(len(text))

    def add(kind: str, start: int, end: int, reason: str) -> None:
        if not cleaned.in_body(start, end) or _overlaps(starts, ends, start, end):
            return
        if taken.find(1, start, end) >= 0:
            return  # one entry per span: the first (most specific) shape wins
        taken[start:end] = b"\x01" * (end - start)
        line, col = line_column(text, start)
        found[start, end] = NotChecked(kind, start, end, line, col, text[start:end], reason)

    for match in QUOTATION_RE.finditer(text):
        if len(match["words"].split()) >= QUOTATION_MIN_WORDS:
            add("quote", match.start(), match.end(), "unattributed-quote")
    for match in SHARE_RE.finditer(text):
        add("count", *match.span(), "share")
    for match in TIME_RE.finditer(text):
        add("date", *match.span(), "time-of-day")
    for pattern in (DATE_WORD_RE, AMBIGUOUS_MONTH_RE):
        for match in pattern.finditer(text):
            add("date", *match.span(), "unplaced-date")
    for match in QUANTITY_RE.finditer(text):
        if match["num"] is not None and match["num"].lower() in ("one", "a", "an"):
            continue  # "one of the", "a" : articles and pronouns far more often than counts
        add("count", *match.span(), "no-counted-noun")
    for match in DECISION_RE.finditer(text):
        word = match.group(0)
        before = text[max(0, match.start() - 40) : match.start()]
        if DECIDING_VERB_RE.search(word) or PLANNED_BEFORE_RE.search(before):
            add("decision", *match.span(), "unread-decision")
    return tuple(found[key] for key in sorted(found))


def _running_max(values: list[int]) -> list[int]:
    out, best = [], -1
    for value in values:
        best = max(best, value)
        out.append(best)
    return out


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """True when a covered span (sorted by start, `ends` their running maximum) meets start..end."""
    n = bisect_right(starts, end - 1)
    return n > 0 and ends[n - 1] > start
