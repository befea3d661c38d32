"""Stage 3a: dates. Absolute and relative date expressions -> calendar intervals with a basis.

Why: news copy dates events relative to the day it is published ("last Friday", "on Wednesday",
"early January", "over the summer"). Each form is read as an interval with a granularity; the
year and the direction of a weekday come from the publication date and the tense around the
expression. Without a publication date such forms stay `unresolved` with their text: never
resolved against today's clock. "may" the verb is not May: month names are matched capitalised
only, and "May"/"March" need a day, a year or a preposition next to them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from natoiraq.models import DateValue, Granularity
from natoiraq.text import (
    DAY,
    FUTURE_WORDS,
    MONTH,
    PAST_WORDS,
    WEEKDAY,
    WEEKDAYS,
    WORD_RE,
    YEAR,
    day_number,
    month_number,
)

Tense = str  # "past" | "future" | ""

#: How far (in words) to look left of a date for a verb that gives its tense; a clause in news
#: copy rarely puts more than a dozen words between the verb and its date adjunct
#: ("He said more would be known once he meets with top officials ... in Munich on Friday").
TENSE_WINDOW_LEFT = 20
TENSE_WINDOW_RIGHT = 6
#: "be" before a participle: the participle's own form says nothing of the tense.
PASSIVE_BE = frozenset({"be", "been"})
#: Parts of a month: "early" = days 1-10, "mid" = 11-20, "late" = 21-end (thirds, the usual
#: editorial reading; DESIGN.md's "January 3 vs early January" example is compatible).
PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
                 "winter": (12, 2)}  # fmt: skip

MDY_X = re.compile(
    rf"\b(?P<x>(?P<month>{MONTH})\s*(?P<day>{DAY})(?:\s*,\s*|\s+)(?P<year>{YEAR}))\b"
)
DMY_X = re.compile(
    rf"\b(?P<x>(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})\s*,?\s*(?P<year>{YEAR}))\b"
)
MD_X = re.compile(rf"\b(?P<x>(?P<month>{MONTH})\s*(?P<day>{DAY}))(?![\d:])")
DM_X = re.compile(rf"\b(?P<x>(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH}))")
MONTH_YEAR_X = re.compile(
    rf"\b(?P<x>(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR}))\b"
)
PART_MONTH_X = re.compile(
    rf"\b(?P<x>(?P<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|\s+)(?:in\s+)?(?P<month>{MONTH}))"
)
PREP_MONTH_X = re.compile(
    rf"\b(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|of|[Bb]efore|[Aa]fter)\s+"
    rf"(?P<x>(?P<month>{MONTH}))|(?P<y>(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<month2>{MONTH})))\b"
)
YEAR_X = re.compile(
    rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Tt]hrough|[Bb]efore|[Ee]arly|[Ll]ate)"
    rf"\s+(?P<x>(?P<year>{YEAR}))\b(?![-–]\d)"
)
WEEKDAY_X = re.compile(
    rf"\b(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Pp]ast|[Cc]oming)\s+)?(?P<wd>{WEEKDAY})(?!s)\b"
    r"(?:\s+(?:morning|afternoon|evening|night)\b)?"
)
TODAY_X = re.compile(r"\b(?P<x>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b")
PERIOD_X = re.compile(
    r"\b(?P<x>(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he past|[Tt]he previous|[Tt]he coming"
    r"|[Tt]he following)\s+(?P<unit>week|weekend|month|year))\b"
)
DAY_BEFORE_X = re.compile(
    r"\b(?P<x>the (?P<dir>day before|previous day|day after|following day|next day))\b"
)
#: A part of the publication day ("this morning", "last night", "midnight tonight").
PART_OF_DAY_X = re.compile(
    r"\b(?P<x>(?:(?P<mid>[Mm]idnight)\s+)?(?P<rel>[Tt]his|[Ll]ast)\s+(?P<part>morning|afternoon"
    r"|evening|night)|[Mm]idnight\s+tonight)\b"
)
#: "three days ago", "two weeks ago": counted back from publication.
AGO_X = re.compile(
    r"\b(?P<x>(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few)\s+"
    r"(?P<unit>days?|weeks?)\s+ago)\b",
    re.I,
)
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
#: "late last year", "early this year": a part of a year. Thirds of the year, as the parts of a
#: month are thirds: early = January-April, mid = May-August, late = September-December (the
#: dev set's convention, evalsets/dev/README.md). No granularity fits a part of a year, so it is
#: stored as a season, with a doubt.
PART_YEAR_X = re.compile(
    r"\b(?P<x>(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+(?P<rel>last|this|next)\s+year)\b"
)
PART_YEAR_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
#: "the end of March", "the end of the month", "the end of next week": the last third of a
#: month (days 21-end, as "late March"), the last three days (Friday-Sunday) of a week.
END_OF_X = re.compile(
    rf"\b(?P<x>[Tt]he end of (?:(?P<month>{MONTH})|(?P<rel>the|this|next|last)\s+"
    r"(?P<unit>month|week)))\b"
)
END_DAYS_MONTH = 21
END_DAYS_WEEK = 3
#: "the coming weeks", "the next few days", "the coming months": from publication to the end
#: of the span: a week for "few days", six weeks for "weeks", to the end of the third month
#: after publication for "months" (docs/annotation.md; the dev set's convention).
COMING_X = re.compile(
    r"\b(?P<x>[Tt]he\s+(?:coming|next|following)\s+(?:few\s+)?(?P<unit>days|weeks|months))\b"
)
COMING_SPAN_DAYS = {"days": 6, "weeks": 42}
COMING_MONTHS = 3
SEASON_X = re.compile(
    r"\b(?:(?P<prep>over|during|in|through|by|until|for|since)\s+)?"
    r"(?P<x>(?:(?P<rel>the|this|last|next|[Tt]his|[Ll]ast|[Nn]ext)\s+)(?P<season>summer|autumn"
    r"|fall|winter|spring)(?:\s+of\s+(?P<year>(?:19|20)\d{2}))?)\b"
)


@dataclass(frozen=True)
class DateHit:
    """One date expression: its exact span, its interval and why the extractor is unsure."""

    start: int
    end: int
    value: DateValue
    doubt: str | None = None


@dataclass(frozen=True)
class _Context:
    text: str
    published: dt.date | None
    sentence: tuple[int, int]


#: Characters read for the tense words around a date: enough for TENSE_WINDOW_LEFT and
#: TENSE_WINDOW_RIGHT words of any length a sentence holds (a word longer than 30 characters
#: falls back to reading from the sentence start), never the whole of a run-on sentence.
TENSE_REACH_LEFT = 30 * (TENSE_WINDOW_LEFT + 1)
TENSE_REACH_RIGHT = 30 * (TENSE_WINDOW_RIGHT + 1)


def _words_before(ctx: _Context, start: int) -> list[str]:
    """The last TENSE_WINDOW_LEFT words of the sentence before `start`, lower-cased."""
    lo = max(ctx.sentence[0], start - TENSE_REACH_LEFT)
    found = [m for m in WORD_RE.finditer(ctx.text, lo, start)]
    if lo > ctx.sentence[0] and found and found[0].start() == lo:
        found = found[1:]  # the window may start inside a word: that word is not whole
    if len(found) < TENSE_WINDOW_LEFT and lo > ctx.sentence[0]:
        found = list(WORD_RE.finditer(ctx.text, ctx.sentence[0], start))
    return [m.group().lower() for m in found[-TENSE_WINDOW_LEFT:]]


def _tense(ctx: _Context, start: int, end: int) -> Tense:
    """'past' or 'future' from the nearest tense-bearing word in the sentence ('' if none)."""
    window = _words_before(ctx, start)
    for n in range(len(window) - 1, -1, -1):
        word = window[n]
        # A participle after "be" takes the tense of the modal before it ("the election will
        # be held on Oct 14" is future; "held" alone is past).
        if n > 0 and window[n - 1] in PASSIVE_BE and word not in FUTURE_WORDS:
            continue
        if word in FUTURE_WORDS:
            return "future"
        if word in PAST_WORDS or (word.endswith("ed") and len(word) > 4):
            return "past"
    hi = min(ctx.sentence[1], end + TENSE_REACH_RIGHT)
    right = [m.group().lower() for m in WORD_RE.finditer(ctx.text, end, hi)]
    if hi < ctx.sentence[1] and len(right) <= TENSE_WINDOW_RIGHT:
        right = [m.group().lower() for m in WORD_RE.finditer(ctx.text, end, ctx.sentence[1])]
    for word in right[:TENSE_WINDOW_RIGHT]:
        if word in FUTURE_WORDS:
            return "future"
        if word in PAST_WORDS or (word.endswith("ed") and len(word) > 4):
            return "past"
    return ""


def _day(day: dt.date, basis: str = "explicit") -> DateValue:
    return DateValue(earliest=day, latest=day, granularity="day", basis=basis)


def _interval(first: dt.date, last: dt.date, granularity: Granularity, basis: str) -> DateValue:
    return DateValue(earliest=first, latest=last, granularity=granularity, basis=basis)


def _unresolved(granularity: Granularity) -> DateValue:
    return DateValue(granularity=granularity, basis="unresolved")


def _month_span(year: int, month: int, part: str | None) -> tuple[dt.date, dt.date, Granularity]:
    last = calendar.monthrange(year, month)[1]
    if part:
        low, high = PART_DAYS[part.lower()]
        return dt.date(year, month, low), dt.date(year, month, min(high, last)), "part-of-month"
    return dt.date(year, month, 1), dt.date(year, month, last), "month"


def _year_for(month: int, day: int, published: dt.date, tense: Tense) -> int:
    """The year that puts month/day on the side of `published` the tense asks for."""
    candidates = [published.year - 1, published.year, published.year + 1]

    def distance(year: int) -> int:
        day_ = min(day, calendar.monthrange(year, month)[1])
        return (dt.date(year, month, day_) - published).days

    if tense == "past":
        fitting = [y for y in candidates if distance(y) <= 0]
        return max(fitting)
    if tense == "future":
        fitting = [y for y in candidates if distance(y) >= 0]
        return min(fitting)
    return min(candidates, key=lambda y: abs(distance(y)))


def _full(match: re.Match[str], ctx: _Context) -> DateHit | None:
    try:
        day = dt.date(int(match["year"]), month_number(match["month"]), day_number(match["day"]))
    except ValueError:
        return None
    return DateHit(*match.span("x"), _day(day))


def _month_ok(match: re.Match[str], group: str = "month") -> bool:
    """'May' and 'March' only with a preposition, a day or a year (the caller checks which)."""
    return match[group] is not None


def _day_month(match: re.Match[str], ctx: _Context) -> DateHit | None:
    month, day = month_number(match["month"]), day_number(match["day"])
    if day > 31:
        return None
    if ctx.published is None:
        return DateHit(*match.span("x"), _unresolved("day"), "no year and no publication date")
    tense = _tense(ctx, *match.span("x"))
    year = _year_for(month, day, ctx.published, tense)
    try:
        return DateHit(*match.span("x"), _day(dt.date(year, month, day)))
    except ValueError:
        return None


def _month_year(match: re.Match[str], ctx: _Context) -> DateHit | None:
    first, last, granularity = _month_span(
        int(match["year"]), month_number(match["month"]), match["part"]
    )
    return DateHit(*match.span("x"), _interval(first, last, granularity, "explicit"))


def _month_only(match: re.Match[str], ctx: _Context) -> DateHit | None:
    part = match.groupdict().get("part")
    rel = match.groupdict().get("rel")
    token = match["month"] if match["month"] is not None else match["month2"]
    span = match.span("x") if match["x"] is not None else match.span("y")
    month = month_number(token)
    granularity: Granularity = "part-of-month" if part else "month"
    if ctx.published is None:
        return DateHit(*span, _unresolved(granularity), "no year and no publication date")
    if rel and rel.lower() == "last":
        tense: Tense = "past"
    elif rel and rel.lower() == "next":
        tense = "future"
    else:
        # A month named without a year is the nearest one: the tense of a long news sentence
        # is a poor guide ("ministers will look into ... a call in January by ...").
        tense = ""
    year = _year_for(month, 15, ctx.published, tense)
    if month == ctx.published.month:
        year = ctx.published.year
    first, last, granularity = _month_span(year, month, part)
    return DateHit(*span, _interval(first, last, granularity, "explicit"))


def _year(match: re.Match[str], ctx: _Context) -> DateHit | None:
    year = int(match["year"])
    return DateHit(
        *match.span("x"), _interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "explicit")
    )


def _weekday(match: re.Match[str], ctx: _Context) -> DateHit | None:
    rel = (match["rel"] or "").lower()
    start = match.start("wd") if rel in ("on", "") else match.start()
    end = match.end()
    if ctx.published is None:
        return DateHit(start, end, _unresolved("day"), "relative date, no publication date")
    pub = ctx.published
    target = WEEKDAYS[match["wd"].lower()]
    back = (pub.weekday() - target) % 7
    ahead = (target - pub.weekday()) % 7
    doubt = None
    if rel in ("last", "past"):
        day = pub - dt.timedelta(days=back or 7)
    elif rel in ("next", "coming"):
        day = pub + dt.timedelta(days=ahead or 7)
    elif rel == "this":
        day = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=target)
    else:
        tense = _tense(ctx, start, end)
        if tense == "future":
            day = pub + dt.timedelta(days=ahead)
        else:
            day = pub - dt.timedelta(days=back)
            if not tense:
                doubt = "no tense next to the weekday: read as the latest past one"
    return DateHit(start, end, _day(day, "relative-to-publication"), doubt)


def _today(match: re.Match[str], ctx: _Context) -> DateHit | None:
    if ctx.published is None:
        return DateHit(*match.span("x"), _unresolved("day"), "relative date, no publication date")
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[match["x"].lower()]
    day = ctx.published + dt.timedelta(days=shift)
    return DateHit(*match.span("x"), _day(day, "relative-to-publication"))


def _period(match: re.Match[str], ctx: _Context) -> DateHit | None:
    unit = match["unit"]
    periods: dict[str, Granularity] = {"week": "week", "weekend": "day", "month": "month",
                                       "year": "year"}  # fmt: skip
    granularity = periods[unit]
    if ctx.published is None:
        return DateHit(
            *match.span("x"), _unresolved(granularity), "relative date, no publication date"
        )
    rel = match["rel"].lower()
    step = (
        -1
        if rel in ("last", "the past", "the previous")
        else 1
        if rel in ("next", "the coming", "the following")
        else 0
    )
    pub = ctx.published
    if unit in ("week", "weekend"):
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        if unit == "weekend":
            first, last = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        else:
            first, last = monday, monday + dt.timedelta(days=6)
    elif unit == "month":
        index = pub.year * 12 + pub.month - 1 + step
        first, last, _ = _month_span(index // 12, index % 12 + 1, None)
    else:
        first, last = dt.date(pub.year + step, 1, 1), dt.date(pub.year + step, 12, 31)
    return DateHit(*match.span("x"), _interval(first, last, granularity, "relative-to-publication"))


def _day_before(match: re.Match[str], ctx: _Context) -> DateHit | None:
    if ctx.published is None:
        return DateHit(*match.span("x"), _unresolved("day"), "relative date, no publication date")
    shift = -1 if match["dir"] in ("day before", "previous day") else 1
    day = ctx.published + dt.timedelta(days=shift)
    return DateHit(
        *match.span("x"),
        _day(day, "relative-to-publication"),
        "'the day before' may count from an event in the text, not from publication",
    )


def _part_of_day(match: re.Match[str], ctx: _Context) -> DateHit | None:
    if ctx.published is None:
        return DateHit(*match.span("x"), _unresolved("day"), "relative date, no publication date")
    pub = ctx.published
    if match["rel"] is None or match["mid"] is not None:
        # "midnight tonight" is the boundary between two days: keep both.
        return DateHit(
            *match.span("x"),
            _interval(pub, pub + dt.timedelta(days=1), "day", "relative-to-publication"),
        )
    day = pub - dt.timedelta(days=1) if match["rel"].lower() == "last" else pub
    return DateHit(*match.span("x"), _day(day, "relative-to-publication"))


def _ago(match: re.Match[str], ctx: _Context) -> DateHit | None:
    if ctx.published is None:
        return DateHit(*match.span("x"), _unresolved("day"), "relative date, no publication date")
    raw = match["n"].lower()
    if raw == "a few":
        return None
    n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    days = n * (7 if match["unit"].lower().startswith("week") else 1)
    day = ctx.published - dt.timedelta(days=days)
    doubt = "counted in weeks: the day is approximate" if days >= 7 else None
    return DateHit(*match.span("x"), _day(day, "relative-to-publication"), doubt)


def _part_year(match: re.Match[str], ctx: _Context) -> DateHit | None:
    if ctx.published is None:
        return DateHit(
            *match.span("x"), _unresolved("season"), "relative date, no publication date"
        )
    year = ctx.published.year + {"last": -1, "this": 0, "next": 1}[match["rel"]]
    first, last = PART_YEAR_MONTHS[match["part"].lower()]
    return DateHit(
        *match.span("x"),
        _interval(
            dt.date(year, first, 1),
            dt.date(year, last, calendar.monthrange(year, last)[1]),
            "season",
            "relative-to-publication",
        ),
        "a part of a year: read as thirds (early Jan-Apr, mid May-Aug, late Sep-Dec)",
    )


def _end_of(match: re.Match[str], ctx: _Context) -> DateHit | None:
    if ctx.published is None:
        return DateHit(
            *match.span("x"), _unresolved("part-of-month"), "relative date, no publication date"
        )
    pub = ctx.published
    doubt = "'the end of' read as the last third of the month"
    if match["month"] is not None:
        month = month_number(match["month"])
        year = (
            pub.year
            if month == pub.month
            else _year_for(month, 15, pub, _tense(ctx, *match.span("x")))
        )
        basis = "explicit"
    elif match["unit"] == "month":
        step = {"next": 1, "last": -1}.get(match["rel"], 0)
        index = pub.year * 12 + pub.month - 1 + step
        year, month = index // 12, index % 12 + 1
        basis = "relative-to-publication"
    else:
        step = {"next": 1, "last": -1}.get(match["rel"], 0)
        sunday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step, days=6)
        return DateHit(
            *match.span("x"),
            _interval(
                sunday - dt.timedelta(days=END_DAYS_WEEK - 1), sunday, "day",
                "relative-to-publication",
            ),
            "'the end of the week' read as Friday to Sunday",
        )  # fmt: skip
    last = calendar.monthrange(year, month)[1]
    return DateHit(
        *match.span("x"),
        _interval(dt.date(year, month, END_DAYS_MONTH), dt.date(year, month, last),
                  "part-of-month", basis),
        doubt,
    )  # fmt: skip


def _coming(match: re.Match[str], ctx: _Context) -> DateHit | None:
    unit = match["unit"]
    granularity: Granularity = "month" if unit == "months" else "day"
    if ctx.published is None:
        return DateHit(
            *match.span("x"), _unresolved(granularity), "relative date, no publication date"
        )
    pub = ctx.published
    if unit == "months":
        index = pub.year * 12 + pub.month - 1 + COMING_MONTHS
        year, month = index // 12, index % 12 + 1
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
    else:
        last = pub + dt.timedelta(days=COMING_SPAN_DAYS[unit])
    return DateHit(
        *match.span("x"),
        _interval(pub, last, granularity, "relative-to-publication"),
        f"'{match['x']}' is vague: read as publication day to {last.isoformat()}",
    )


def _season(match: re.Match[str], ctx: _Context) -> DateHit | None:
    if ctx.published is None:
        return DateHit(
            *match.span("x"), _unresolved("season"), "relative date, no publication date"
        )
    first_month, last_month = SEASON_MONTHS[match["season"]]
    rel = match["rel"].lower()
    pub = ctx.published
    if match["year"] is not None:
        # "the summer of 2021": the year is stated.
        year = int(match["year"])
        end_year = year + 1 if last_month < first_month else year
        last_day = calendar.monthrange(end_year, last_month)[1]
        return DateHit(
            *match.span("x"),
            _interval(dt.date(year, first_month, 1), dt.date(end_year, last_month, last_day),
                      "season", "explicit"),
        )  # fmt: skip

    def bounds(year: int) -> tuple[dt.date, dt.date]:
        end_year = year + 1 if last_month < first_month else year
        return (
            dt.date(year, first_month, 1),
            dt.date(end_year, last_month, calendar.monthrange(end_year, last_month)[1]),
        )

    tense = "past" if rel == "last" else "future" if rel == "next" else _tense(ctx, *match.span())
    options = [bounds(year) for year in (pub.year - 1, pub.year, pub.year + 1)]
    if rel == "this":
        chosen = next(b for b in options if b[1] >= pub)
    elif tense == "past":
        chosen = [b for b in options if b[0] <= pub][-1]
    else:
        chosen = next(b for b in options if b[1] >= pub)
    doubt = None if tense else "no tense next to the season: read as the next one"
    return DateHit(*match.span("x"), _interval(*chosen, "season", "relative-to-publication"), doubt)


#: Words every match of a rule contains (a month's first three letters, "day" of every weekday,
#: ...): a sentence without its gate cannot hold the rule's form, so the rule's slower pattern is
#: not run there. A gate is found anywhere inside the sentence, so skipping never changes a hit;
#: most sentences hold no date, and the gates cut the date stage by about four fifths.
MONTH_GATE = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
END_OF_GATE = re.compile("he end of ")
YEAR_WORD_GATE = re.compile("year")
YEAR_GATE = re.compile(r"(?:19|20)\d\d")
DAY_GATE = re.compile("day")
PART_OF_DAY_GATE = re.compile("morning|afternoon|evening|night")
AGO_GATE = re.compile("ago", re.I)
COMING_GATE = re.compile("days|weeks|months")
TODAY_GATE = re.compile("oday|esterday|omorrow|onight")
PERIOD_GATE = re.compile("week|month|year")
SEASON_GATE = re.compile("summer|autumn|fall|winter|spring")

Handler = Callable[[re.Match[str], _Context], DateHit | None]
#: Longest and most specific forms first; a later form never overlaps an earlier hit. Each form
#: with its gate (see MONTH_GATE).
RULES: tuple[tuple[re.Pattern[str], Handler, re.Pattern[str]], ...] = (
    (MDY_X, _full, MONTH_GATE),
    (DMY_X, _full, MONTH_GATE),
    (MONTH_YEAR_X, _month_year, MONTH_GATE),
    (END_OF_X, _end_of, END_OF_GATE),
    (PART_YEAR_X, _part_year, YEAR_WORD_GATE),
    (MD_X, _day_month, MONTH_GATE),
    (DM_X, _day_month, MONTH_GATE),
    (PART_MONTH_X, _month_only, MONTH_GATE),
    (PREP_MONTH_X, _month_only, MONTH_GATE),
    (YEAR_X, _year, YEAR_GATE),
    (WEEKDAY_X, _weekday, DAY_GATE),
    (PART_OF_DAY_X, _part_of_day, PART_OF_DAY_GATE),
    (AGO_X, _ago, AGO_GATE),
    (COMING_X, _coming, COMING_GATE),
    (TODAY_X, _today, TODAY_GATE),
    (PERIOD_X, _period, PERIOD_GATE),
    (DAY_BEFORE_X, _day_before, DAY_GATE),
    (SEASON_X, _season, SEASON_GATE),
)


def extract_dates(
    text: str, sentences: list[tuple[int, int]], published: dt.date | None
) -> list[DateHit]:
    """Every date expression inside the given sentence spans, in text order."""
    hits: list[DateHit] = []
    for sentence in sentences:
        ctx = _Context(text, published, sentence)
        # Dates found in this sentence, disjoint, by start: an overlap test is one bisect, not a
        # scan of every earlier date (that made a run-on sentence of dates quadratic).
        starts: list[int] = []
        ends: list[int] = []
        gates: dict[re.Pattern[str], bool] = {}
        for regex, handler, gate in RULES:
            open_ = gates.get(gate)
            if open_ is None:
                open_ = gates[gate] = gate.search(text, *sentence) is not None
            if not open_:
                continue
            for match in regex.finditer(text, *sentence):
                n = bisect_left(starts, match.end())
                if n > 0 and ends[n - 1] > match.start():
                    continue
                hit = handler(match, ctx)
                if hit is None:
                    continue
                starts.insert(n, match.start())
                ends.insert(n, match.end())
                hits.append(hit)
    hits.sort(key=lambda h: (h.start, h.end))
    return hits
