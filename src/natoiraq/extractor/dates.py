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
import functools
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
    AnyPattern,
    day_number,
    lazy_compile,
    month_number,
    trie_pattern,
)

Tense = str  # "past" | "future" | "nearest" | ""
#: A clause whose verb does not say which side of publication its date falls on (an infinitive
#: under a past verb, a participle clause, a counterfactual "would have"): the nearest such day.
NEAREST: Tense = "nearest"

#: How far (in words) to look left of a date for a verb that gives its tense; a clause in news
#: copy rarely puts more than a dozen words between the verb and its date adjunct
#: ("He said more would be known once he meets with top officials ... in Munich on Friday").
TENSE_WINDOW_LEFT = 20
TENSE_WINDOW_RIGHT = 6
#: "be" before a participle: the participle's own form says nothing of the tense.
PASSIVE_BE = frozenset({"be", "been"})
#: A copula before a participle makes it an adjective ("will stay closed until Monday",
#: "remains shut"): the copula, or the word before it, carries the tense.
COPULAS = PASSIVE_BE | {"stay", "stays", "remain", "remains", "being"}
#: Words that time a noun or a phrase, not the clause ("for the coming fiscal year on Tuesday
#: night", "at its next meeting", "until Monday", "since Friday"): they decide only where no verb
#: in either window does. A verb's tense is the clause's tense; a modifier may belong to
#: another phrase of the sentence.
WEAK_FUTURE_WORDS = frozenset({"next", "coming", "upcoming", "until", "till"})
WEAK_PAST_WORDS = frozenset({"last", "since"})
#: The simple present of a timetabled event is its future ("the meeting ends on Thursday",
#: "nominations open on Monday", "on Friday begins the conference"): English schedules with it.
#: Third-person forms always count; a bare form ("open", "close") only as a finite verb, not after
#: a determiner, "to" or a negation ("the close on Friday", "decided to open", "did not open").
SCHEDULED_VERBS = frozenset(
    {
        "begins", "starts", "ends", "opens", "closes", "meets", "resumes", "reopens", "expires",
        "convenes", "kicks", "takes", "runs", "begin", "start", "end", "open", "close", "meet",
        "resume", "reopen", "expire", "convene",
    }
)  # fmt: skip
#: "has"/"have" mark a past (a perfect) only before a participle: "has said", "have been",
#: "has taken", "has shown"; alone they are the present verb ("has until March to decide").
PERFECT_AUX = frozenset({"has", "have"})
#: A participle after a preposition (with an adverb between or not) is an adjective, not a past
#: verb: "expected to fall on already saturated ground before Wednesday morning", "in flooded
#: streets", "with damaged roofs". The prepositions a noun phrase follows in news copy.
PREPOSITIONS = frozenset(
    {"on", "in", "at", "with", "from", "into", "onto", "over", "under", "across", "of", "for",
     "through", "among", "near", "along", "around", "without", "like"}
)  # fmt: skip
#: Adverbs that stand between such a preposition and its participle, besides those in "-ly".
PARTICIPLE_ADVERBS = frozenset({"already", "still", "just", "well", "once", "long", "half"})
#: "likely to", "about to", "poised to": a future, also backshifted in reported speech ("the
#: river was likely to peak late on Tuesday" is the coming Tuesday), before "to" only ("was
#: likely caused" is no future).
FUTURE_BEFORE_TO = frozenset({"likely", "unlikely", "about", "poised", "bound"})
#: "is forecast", "are predicted": a forecast is of what is to come ("Snow is forecast for higher
#: ground on Saturday", "Showers are predicted on Monday"); in the past ("was forecast") it stays
#: past, a forecast that may have been wrong.
#: "plans" right before a date is the noun ("the library plans (April 19)"); the verb takes an
#: object or "to" between ("plans a vote on Monday", "plans to vote on Monday").
PLAN_NOUNS = frozenset({"plans"})
FORECAST_WORDS = frozenset({"forecast", "forecasted", "predicted", "projected", "tipped"})
PRESENT_BE = frozenset({"is", "are", "'s", "am"})
#: "would have been paid in March", "could have reopened on Friday": a counterfactual names what
#: was due to happen, on either side of publication; "will have finished by March" is future.
COUNTERFACTUAL_MODALS = frozenset({"would", "could", "should", "might", "may", "must"})
FUTURE_PERFECT_MODALS = frozenset({"will", "shall", "'ll"})
#: A participle of a timetabled verb right before a date (or before "on"/"from" and the date) is
#: the verb of its own non-finite clause ("the fiscal year starting July 1", "the week beginning
#: 3 March"): it has no tense, and the verb of the main clause times something else; the nearest.
NONFINITE_SCHEDULE = frozenset(
    {"starting", "beginning", "ending", "commencing", "expiring", "opening", "closing"}
)
NONFINITE_LINKS = frozenset({"on", "from", "in"})
#: Verbs that put something off or stretch it ("tabled until July", "has extended the alert
#: until 6 September", "adjourned the hearing until Monday"): the "until" date they set lies
#: after the act, so a recent act's "until" date is the coming one, whatever the verb's tense.
DEFERRAL_VERBS = frozenset(
    {"postponed", "postpone", "postpones", "deferred", "defer", "defers", "adjourned", "adjourn",
     "adjourns", "tabled", "extended", "extend", "extends", "delayed", "delay", "delays",
     "prolonged", "suspended", "suspend", "suspends"}
)  # fmt: skip
UNTIL_BEFORE_X = lazy_compile(r"\b(?:[Uu]ntil|[Tt]ill)\s+(?:on\s+)?\Z")
#: Verbs that call an event off, so only an event still to come: a weekday's possessive they
#: govern names that event ("had cancelled Thursday's sailings", "called off Sunday's parade" in
#: a Tuesday article): the coming such day, whatever the verb's tense.
CALL_OFF_VERBS = frozenset(
    {"cancel", "cancels", "cancelled", "canceled", "postpone", "postpones", "postponed", "scrap",
     "scraps", "scrapped", "axe", "axes", "axed", "scrub", "scrubbed", "off", "suspend",
     "suspended", "delay", "delayed", "reschedule", "rescheduled"}
)  # fmt: skip
POSSESSIVE_AFTER_X = lazy_compile(r"['’]s\b")
#: After "to", a noun of a fixed phrase, not an infinitive ("went to work", "back to school").
NOT_INFINITIVES = frozenset(
    {"work", "school", "court", "hospital", "power", "office", "bed", "church", "sea", "war",
     "date", "trial", "prison", "jail", "market", "town"}
)  # fmt: skip
#: "until at least Tuesday": the earliest end of a state still in force, so never a past day,
#: whatever the verb that started the state ("cancelled all services until at least Tuesday").
UNTIL_AT_LEAST_X = lazy_compile(r"\b(?:[Uu]ntil|[Tt]ill)\s+at\s+least\s+(?:on\s+)?\Z")
#: Characters read before a date for UNTIL_AT_LEAST_X ("until at least on " is 18).
UNTIL_REACH = 24
PARTICIPLE_ENDINGS = ("ed", "en", "wn", "been")
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
BARE_VERB_BLOCKERS = DETERMINERS | {"to", "not", "did", "didn't", "never", "no"}
#: How far (in words) a verb may stand before a month named alone and still give its year: a
#: verb phrase and its object ("will hold its annual convention in"), not a clause away.
MONTH_TENSE_WINDOW = 6
#: Parts of a month: "early" = days 1-10, "mid" = 11-20, "late" = 21-end (thirds, the usual
#: editorial reading; DESIGN.md's "January 3 vs early January" example is compatible).
PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
                 "winter": (12, 2)}  # fmt: skip

#: Most patterns below open with a look-ahead for the characters their matches can start with:
#: it says nothing new, but lets re skip other positions at once (as text.py's full dates do);
#: it halved the scan of most of them. Keep it in step with the pattern's first alternatives.
MDY_X = lazy_compile(
    rf"\b(?P<x>(?P<month>{MONTH})\s*(?P<day>{DAY})(?:\s*,\s*|\s+)(?P<year>{YEAR}))\b"
)
#: "12 February 2020", "12th of February, 2020", and the long form translated from Spanish,
#: Portuguese or Italian, "the 1 of August of 2024" (one date, not a day and a year apart; dev 044).
DMY_X = lazy_compile(
    rf"\b(?P<x>(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})(?:\s+of\s+|\s*,?\s*)"
    rf"(?P<year>{YEAR}))\b"
)
#: The year of a month or a day named by its relation to publication, the long form translated
#: from Spanish, Portuguese or Italian ("el mes de octubre del año pasado", "el 19 de enero del
#: presente año"): "the month of April of the previous year", "the 3 of February of the present
#: year" (dev 044). One date: "the past year" is not a date of its own there.
MONTH_OF_REL_YEAR_X = lazy_compile(
    rf"(?=[TtJFMASOND])\b(?P<x>(?:[Tt]he\s+(?:month\s+of\s+|(?P<day>{DAY})\s+of\s+))?"
    rf"(?P<month>{MONTH})\s+of\s+"
    r"(?:the\s+)?(?P<rel>past|previous|last|present|current|this|next|coming|following)\s+year)\b"
)
#: A day or a month with its year named from publication: "June 3 last year", "3 June last
#: year", "March 12 next year", "in May this year": one date, its year from the phrase (not a
#: day whose year the tense guesses and a year apart). "May" and "March" alone need a
#: preposition before them (the handler checks); "last year's" is a possessive, never matched.
DATE_REL_YEAR_X = lazy_compile(
    rf"(?=[\dJFMASOND])\b(?P<x>(?:(?P<month>{MONTH})\s*(?P<day>{DAY})(?![\d:])"
    rf"|(?P<day2>{DAY})\s+(?:of\s+)?(?P<month2>{MONTH})|(?P<month3>{MONTH}))"
    r",?\s+(?P<rel>last|next|this)\s+year)\b(?![-‐'’])"
)
MONTH_PREPOSITION_BEFORE_X = lazy_compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|of|[Bb]efore|[Aa]fter)\s+\Z"
)
REL_YEAR_STEP = {"past": -1, "previous": -1, "last": -1, "present": 0, "current": 0, "this": 0,
                 "next": 1, "coming": 1, "following": 1}  # fmt: skip
MD_X = lazy_compile(rf"\b(?P<x>(?P<month>{MONTH})\s*(?P<day>{DAY}))(?![\d:])")
#: Holidays on a fixed day of the year are dates: "the Fourth of July", "Christmas Eve", "New
#: Year's Day"; and a stretch counted from one, "the final fortnight before Christmas", "the week
#: after Christmas" (a week is 7 days, a fortnight 14, next to the holiday, which it leaves out).
#: A bare "Christmas" names a season of shopping and parties more than 25 December: no date alone.
HOLIDAY_DAYS = {
    "fourth of july": (7, 4), "christmas day": (12, 25), "christmas eve": (12, 24),
    "christmas": (12, 25), "boxing day": (12, 26), "new year's day": (1, 1),
    "new year's eve": (12, 31), "halloween": (10, 31), "valentine's day": (2, 14),
}  # fmt: skip
#: Single spaces, as written: every match then holds a HOLIDAY_WORDS string (its gate).
HOLIDAY_NAME = (
    r"Fourth of July|Christmas (?:Day|Eve)|Boxing Day|New Year['’]s (?:Day|Eve)|Halloween"
    r"|Valentine['’]s Day"
)
HOLIDAY_X = lazy_compile(
    r"(?=[TtFCBNHV])\b(?P<x>[Tt]he\s+(?:(?:final|last|first)\s+)?(?P<unit>week|fortnight)\s+"
    rf"(?P<dir>before|after)\s+(?P<anchor>{HOLIDAY_NAME}|Christmas)|(?P<name>{HOLIDAY_NAME}))\b"
)
HOLIDAY_SPAN_DAYS = {"week": 7, "fortnight": 14}
#: A weekday before a date is one claim with it, not two: "Sunday, September 28", "on Tuesday 14
#: November", "Friday, January 10, 2020": the weekday says which day the date is, the date's year
#: is read as the date's alone would be.
WEEKDAY_DATE_X = lazy_compile(
    rf"(?=[MTWFS])\b(?P<x>{WEEKDAY},?\s+(?:(?P<month>{MONTH})\s*(?P<day>{DAY})"
    rf"|(?P<day2>{DAY})\s+(?:of\s+)?(?P<month2>{MONTH}))(?:(?:\s*,\s*|\s+)(?P<year>{YEAR}))?)"
    r"(?![\d:])\b"
)
DM_X = lazy_compile(rf"\b(?P<x>(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH}))")
#: A run of days in one month, one claim: "12 to 15 June", "12-15 June 2025", "June 12-15",
#: "June 12 to 15, 2025" ("from" stays out of the text, as "on" does). Not before a lower-case
#: word or another month ("June 12 to 15 euros", "June 12 to 15 July" are something else).
DAY_RANGE_DM_X = lazy_compile(
    rf"(?=\d)\b(?P<x>(?P<d1>{DAY})\s*(?:[-–]|to|until|till)\s*(?P<d2>{DAY})\s+(?:of\s+)?"
    rf"(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?)\b"
)
DAY_RANGE_MD_X = lazy_compile(
    rf"(?=[ADFJMNOS])\b(?P<x>(?P<month>{MONTH})\s*(?P<d1>{DAY})\s*(?:[-–]|to|until|till|through)"
    rf"\s*(?P<d2>{DAY})(?:,?\s+(?P<year>{YEAR}))?)(?![\d:])(?!\s*(?:[a-z%]|(?:{MONTH})\b))"
)
#: A day written as an ordinal word: "the first of March", "the twenty-first of June 2024"
#: (numerals are DM_X's: "the 1st of March").
ORDINAL_DAYS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
    "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
    "twenty-ninth", "thirtieth", "thirty-first",
]  # fmt: skip
ORDINAL_DM_X = lazy_compile(
    rf"(?=[Tt])\b(?P<x>[Tt]he\s+(?P<ord>{'|'.join(sorted(ORDINAL_DAYS, key=len, reverse=True))})"
    rf"\s+of\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?)\b"
)
#: A month joined to a month date before it ("in January and February", "in May, June and
#: July"): a date of its own, in the same year or the next (CoordinatedMonths).
COORDINATED_MONTH_X = lazy_compile(
    rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<month>{MONTH})\b(?![ \t]*\d)"
)
MONTH_YEAR_X = lazy_compile(
    rf"(?=[EeMmLlJFASOND])\b(?P<x>(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR}))\b"
)
PART_MONTH_X = lazy_compile(
    rf"(?=[EeMmLl])\b(?P<x>(?P<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|\s+)(?:in\s+)?(?P<month>{MONTH}))"
)
PREP_MONTH_X = lazy_compile(
    r"(?=[IiSsUuBbDdFfTtoAaLlNn])\b(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|of|[Bb]efore|[Aa]fter"
    rf"|(?:[Uu]ntil|[Tt]ill)\s+at\s+least)\s+"
    rf"(?P<x>(?P<month>{MONTH}))|(?P<y>(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<month2>{MONTH})))\b"
)
#: A month as a noun's modifier, after a determiner or a possessive: "the union's February
#: convention", "its October meeting", "the January strike". Full names only, and never "May" or
#: "March" (the verb, the walk: "the march ended", "they may ..."), as elsewhere in this module. Or
#: a month opening a sentence as its subject, before one of a few verbs: "August was the wettest on
#: record", "September brought the first frost" (dev 036) (a person called June is followed by a
#: surname, or is rare in news copy); the handler checks the sentence's start. One scan for both.
FULL_MONTH = r"January|February|April|June|July|August|September|October|November|December"
ATTRIBUTIVE_MONTH_X = lazy_compile(
    # The look-ahead for the first character lets re skip other positions at once (text.py).
    rf"(?=[tihoJFAOSND'’])(?:(?:\b(?:the|its|their|his|her|our|this)|['’]s)\s+"
    rf"(?P<x>(?P<month>{FULL_MONTH}))\s+(?=[a-z])"
    rf"|\b(?P<y>(?P<month2>{FULL_MONTH}))\s+(?=(?P<verb>was|is|has|had|will|saw|brought|began"
    r"|ended|marked|became|proved)\b))"
)
#: "the drought of 2020", "the elections of 2019,": a year after "of", where no word follows it
#: ("a crowd of 2000 people" is a count, "Vision 2020" a name, never matched).
YEAR_OF_X = lazy_compile(rf"(?=o)\bof\s+(?P<x>(?P<year>{YEAR}))\b(?![-–]\d|,\d|\.\d|\s+[a-z])")
YEAR_X = lazy_compile(
    rf"(?=[IiSsBbUuDdFfTt])\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Tt]hrough|[Bb]efore)"
    rf"\s+(?P<x>(?P<year>{YEAR}))\b(?![-–]\d)"
)
#: A weekday with its part of the day: "late on Tuesday", "early Friday", "Wednesday morning"
#: (the modifiers stay in the date's text, docs/annotation.md).
WEEKDAY_X = lazy_compile(
    r"(?=[LlEeTtNnOoPpCcMWFS])\b(?:(?P<part>[Ll]ate|[Ee]arly)\s+(?:on\s+)?)?"
    rf"(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Pp]ast|[Cc]oming)\s+)?(?P<wd>{WEEKDAY})(?!s)\b"
    r"(?:\s+(?:morning|afternoon|evening|night)\b)?"
)
#: A weekday that names a weekly routine, not a day: "cut Sunday hours", "Friday prayers",
#: "Saturday classes". Read only after a bare weekday (no "on", "last", "this"); the nouns are
#: the ones a weekday commonly modifies in news copy.
ROUTINE_NOUN_X = lazy_compile(
    r"\s+(?:hours|opening|services|service|shifts|classes|prayers|trading|markets?|school|papers"
    r"|editions|schedules?|buses|bus|market-day)\b"
)
#: A weekday with a plural part of the day is a weekly routine, also after "on": "closes the
#: street on Saturday mornings", "works Sunday nights".
ROUTINE_PART_X = lazy_compile(r"\s+(?:mornings|afternoons|evenings|nights)\b")
TODAY_X = lazy_compile(r"\b(?P<x>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b")
#: With "earlier this month", "later this year" (_earlier_later): one scan for both.
PERIOD_X = lazy_compile(
    r"(?=[LlTtNnEe])\b(?P<x>(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he past|[Tt]he previous"
    r"|[Tt]he coming|[Tt]he following|(?P<dir>[Ee]arlier|[Ll]ater)\s+this)"
    r"\s+(?P<unit>week|weekend|month|year))\b"
)
#: "last week", "the past week": the seven days before publication.
LAST_WEEK_DAYS = 7
DAY_BEFORE_X = lazy_compile(
    r"(?=t)\b(?P<x>the (?P<dir>day before|previous day|day after|following day|next day))\b"
)
#: A part of the publication day ("this morning", "last night", "midnight tonight").
PART_OF_DAY_X = lazy_compile(
    r"(?=[MmTtLl])\b(?P<x>(?:(?P<mid>[Mm]idnight)\s+)?(?P<rel>[Tt]his|[Ll]ast)\s+(?P<part>morning|afternoon"
    r"|evening|night)|[Mm]idnight\s+tonight)\b"
)
#: "three days ago", "two weeks ago": counted back from publication.
#: Numbers spelled out, to ninety-nine ("Twenty-two years ago", "eleven months ago").
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
                "eighteen": 18, "nineteen": 19}  # fmt: skip
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
              "eighty": 80, "ninety": 90}  # fmt: skip
UNIT_WORD = r"one|two|three|four|five|six|seven|eight|nine"
NUMBER_WORD = (
    rf"(?:{'|'.join(TENS_WORDS)})(?:[-\s](?:{UNIT_WORD}))?"
    rf"|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|ten|{UNIT_WORD}"
)
#: "three days ago", "two weeks ago", "eleven months ago", "Twenty-two years ago": counted back
#: from publication, to the day (days, weeks), the month (months) or the year (years): "N years
#: ago" names a year, not the day N years before publication.
AGO_X = lazy_compile(
    rf"\b(?P<x>(?P<n>\d{{1,3}}|an?|a few|{NUMBER_WORD})\s+"
    r"(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+ago)\b",
    re.I,
)
#: "late last year", "early this year": a part of a year. Thirds of the year, as the parts of a
#: month are thirds: early = January-April, mid = May-August, late = September-December (the
#: dev set's convention, evalsets/dev/README.md). No granularity fits a part of a year, so it is
#: stored as a season, with a doubt.
PART_YEAR_X = lazy_compile(
    rf"(?=[EeMmLl])\b(?P<x>(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+(?:(?P<rel>last|this|next)\s+year"
    rf"|(?P<year>{YEAR})(?![-–]\d)))\b"
)
PART_YEAR_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
#: A part of a span: "the end of March", "the end of next week", "the first days of January",
#: "the middle of the month", "the second half of the year", "the first quarter of 2025", "the end
#: of the first quarter of the next year", "before the end of the year". Parts are read as the
#: parts of a month are (PART_DAYS): the start and the first days of a span are days 1-10 of its
#: first month, its end and last days days 21-end of its last month (as "late March"); the
#: middle of a month days 11-20, of a longer span its middle third of months (a year: May-Aug,
#: as "mid this year"). A week's end is Friday-Sunday, its start Monday-Wednesday, its middle
#: Tuesday-Thursday. "before the end of" is a deadline: publication day to the span's last day.
#: The dev set's "the end of March" (21-31) and "the end of the first quarter" (21-31 March)
#: calibrated the month parts; a quarter or a half is stored as a season (no granularity fits).
SPAN_REL = r"this|next|last|following|previous|coming|past"
#: "the first three months", "the last 6 months": a count of months at one end of a span.
MONTHS_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
SPAN_HEAD = (
    rf"(?:end|start|beginning|middle|rest|(?:first|last|final)\s+days|(?:first|second)\s+half"
    rf"|(?:first|last|final)\s+{MONTHS_COUNT}\s+months"
    r"|(?:first|second|third|fourth|last|final)\s+quarter)"
)
#: A season as the span: "the end of the summer", "by the end of summer", "the start of next
#: winter" (meteorological seasons, SEASON_MONTHS), and a sport's or a school's "the season" /
#: "this season" (August to May, SEASON_SPAN_MONTHS).
SPAN_SEASON = r"summer|spring|autumn|fall|winter|season"
SPAN_TAIL = (
    rf"(?:{MONTH}(?:,?\s+{YEAR})?|{YEAR}|(?:the\s+)?(?:{SPAN_REL})\s+(?:week|month|year)"
    rf"|the\s+(?:week|month|year)|(?:the\s+|this\s+|next\s+|last\s+)?(?:{SPAN_SEASON}))"
)
#: "before the end of" and "by the end of" are deadlines (docs/annotation.md): publication day
#: to the span's last day. "by" is left out of the date's text, "before" kept (the dev set's
#: annotation of each).
SPAN_PART_X = lazy_compile(
    rf"(?=[BbTt])\b(?P<x>(?:(?:[Bb]efore|[Bb]y)\s+(?=the\s+end\b))?[Tt]he\s+{SPAN_HEAD}\s+of\s+"
    rf"(?:the\s+{SPAN_HEAD}\s+of\s+)?{SPAN_TAIL})(?![\w-])"
)
#: Reading a SPAN_PART_X match: its heads, outermost first, then its tail.
SPAN_HEAD_RE = lazy_compile(
    rf"(?P<before>(?:[Bb]efore|(?P<by>[Bb]y))\s+)?[Tt]he\s+(?P<head>{SPAN_HEAD})\s+of\s+"
)
SPAN_TAIL_RE = lazy_compile(
    rf"(?P<month>{MONTH})(?:,?\s+(?P<myear>{YEAR}))?|(?P<year>{YEAR})"
    rf"|(?:the\s+|(?P<srel>this|next|last)\s+)?(?P<season>{SPAN_SEASON})"
    rf"|(?:the\s+)?(?P<rel>{SPAN_REL})?\s*(?P<unit>week|month|year)"
)
#: A part of a span whose day is named right after it ("the start of the season on 1 July"):
#: the day is the claim, the part no date of its own.
DATE_NAMED_AFTER_X = lazy_compile(rf"\s+on\s+(?:{DAY}\s+{MONTH}|{MONTH}\s*{DAY})")
SPAN_STEP = {"next": 1, "following": 1, "coming": 1, "last": -1, "previous": -1, "past": -1}
QUARTER_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
END_DAYS_MONTH = 21
START_DAYS_MONTH = 10
END_DAYS_WEEK = 3
#: A reporting period named by its end, as business reporting writes it: "the three months to 30
#: June 2025", "the six months to March", "the year to March 2024", "the nine months ended
#: September 30", "the quarter to the end of June". The whole period: from the first day of the
#: month the count reaches back to (the end a month's last day) or the day after the same day
#: that many months before, to the end. Without a year, the end is read as a day is (the
#: clause's tense; a past report's period is the last one).
PERIOD_TO_MAX_MONTHS = 36
PERIOD_TO_UNIT_MONTHS = {"year": 12, "quarter": 3, "half": 6, "half-year": 6}
PERIOD_TO_X = lazy_compile(
    rf"(?=[Tt])\b(?P<x>[Tt]he\s+(?:(?P<n>{MONTHS_COUNT}|twelve|eighteen)\s+months"
    r"|(?:(?:financial|fiscal|trading|business)\s+)?(?P<unit>year|quarter|half-year|half))"
    rf"\s+(?:to|ended|ending)\s+(?:(?P<day>{DAY})\s+(?P<month>{MONTH})"
    rf"|(?P<month2>{MONTH})\s*(?P<day2>{DAY})(?![\d:])|(?:the\s+end\s+of\s+)?(?P<month3>{MONTH}))"
    rf"(?:,?\s+(?P<year>{YEAR}))?)\b"
)
#: "the coming weeks", "the next few days", "the coming months": from publication to the end
#: of the span: a week for "few days", six weeks for "weeks", to the end of the third month
#: after publication for "months" (docs/annotation.md; the dev set's convention).
COMING_X = lazy_compile(
    r"(?=[Tt])\b(?P<x>[Tt]he\s+(?:coming|next|following)\s+(?:few\s+)?(?P<unit>days|weeks|months))\b"
)
COMING_SPAN_DAYS = {"days": 6, "weeks": 42}
COMING_MONTHS = 3
SEASON_X = lazy_compile(
    r"(?=[odibuftslnTLN])\b(?:(?P<prep>over|during|in|through|by|until|for|since)\s+)?"
    r"(?P<x>(?:(?P<rel>the|this|last|next|[Tt]his|[Ll]ast|[Nn]ext)\s+)(?P<season>summer|autumn"
    r"|fall|winter|spring)(?:\s+of\s+(?P<year>(?:19|20)\d{2}))?)\b"
)

#: "this season", "next season", "last season": a season of a sport, a theatre or a school, which
#: runs across the new year; read as August to May (the European football, rugby and basketball
#: calendars, and a school year; dev 023's annotation), with a doubt. In the break between two
#: (June, July) "this season" and "next season" are the one about to start, "last season" the
#: one just ended. "the last season of the show" (after "the") is no date.
SEASON_SPAN_MONTHS = (8, 5)
OFF_SEASON_MONTHS = (6, 7)
SPORT_SEASON_X = lazy_compile(
    r"(?<![Tt]he )\b(?P<x>(?P<rel>[Tt]his|[Nn]ext|[Ll]ast)\s+season)\b(?!\s+of\b)"
    rf"|\b(?P<y>(?:the\s+)?(?P<first>{YEAR})[-–/](?P<second>\d\d)\s+season)\b"
)
SEASON_STEP = {"last": -1, "this": 0, "next": 1}
#: A quarter of a year without "of": "the fourth quarter", "third-quarter revenue", "next
#: quarter". Calendar quarters (a company's fiscal quarters may differ: said in the doubt), and
#: only in a sentence that speaks of business (QUARTER_CUE_X): "trailed by nine points in the
#: fourth quarter" is a game's quarter. "for the second quarter running" counts quarters.
QUARTER_ORD = r"first|second|third|fourth|final"
QUARTER_X = lazy_compile(
    rf"\b(?P<x>(?:[Tt]he\s+(?P<ord>{QUARTER_ORD})\s+quarter|(?P<ord2>{QUARTER_ORD})-quarter"
    r"|(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+quarter)(?:\s+(?P<year>(?:19|20)\d\d))?)\b"
    r"(?![-–]|\s+(?:of|running|in\s+a\s+row|straight)\b)"
)
QUARTER_CUE_X = lazy_compile(
    r"[$£€¥%]|\b(?:[Rr]evenues?|[Ss]ales|[Pp]rofits?|[Ee]arnings|[Rr]esults|[Ll]oss(?:es)?"
    r"|[Gg]rowth|GDP|[Ee]conomy|[Oo]utput|[Qq]uarterly|[Ff]iscal|[Ff]orecasts?|[Gg]uidance"
    r"|[Dd]ividends?|[Ss]hares|[Mm]argins?|[Mm]illion|[Bb]illion|bn|per\s+cent|percent"
    # A deal between companies is business too ("hope to close the merger in the fourth
    # quarter"; dev 045): the words of a takeover, a merger and its owners.
    r"|[Dd]eals?|[Tt]akeovers?|[Mm]ergers?|[Aa]cquisitions?|[Ss]hareholders?|[Ii]nvestors?"
    r"|[Cc]ompany|[Cc]ompanies)\b"
)
#: Midnight without a day: in a past clause the midnight that began the publication day ("told
#: supporters shortly after midnight" in a morning's election report), in a future one the
#: midnight that ends it (as "midnight tonight"). "after" is the day after that midnight,
#: "before" the day before it, "at" both days.
MIDNIGHT_X = lazy_compile(
    r"\b(?P<x>(?:(?:[Ss]hortly|[Jj]ust|[Ss]oon|[Rr]ight|[Ww]ell)\s+)?(?P<rel>[Aa]fter|[Bb]efore"
    r"|[Aa]t|[Aa]round|[Pp]ast)\s+midnight)\b(?!\s+(?:on|tonight|last|this|yesterday|today"
    rf"|tomorrow|{WEEKDAY})\b)"
)
#: "overnight on Tuesday", "overnight into Wednesday": a night is its two days. A bare
#: "overnight" is a time of day, placed by the day its sentence names: after that day's mention
#: the night after it ("ordered the evacuation on Sunday, and shelters were housing 212 people
#: overnight"), before it the night before ("put up in hotels overnight and flown on on
#: Wednesday morning"). With no day named it is a habit or a length ("kept their phones within
#: reach overnight"), no date. Not the adjective ("an overnight curfew", "overnight rain") nor
#: "suddenly" ("will not change overnight").
OVERNIGHT_DAY_X = lazy_compile(
    rf"\b(?P<x>[Oo]vernight\s+(?:(?P<link>on|into|to)\s+)?(?P<wd>{WEEKDAY}))\b"
)
OVERNIGHT_X = lazy_compile(r"\b(?P<x>[Oo]vernight)\b")
#: The word after an adverb "overnight": a function word or punctuation ("housing 212 people
#: overnight.", "in hotels overnight and flown on"); any other word makes it an adjective.
NEXT_WORD_X = lazy_compile(r"\s+(?P<word>[a-z]+)\b")
OVERNIGHT_NEXT_WORDS = frozenset(
    {"and", "or", "but", "to", "in", "on", "at", "as", "before", "after", "while", "when", "with",
     "from", "for", "until", "into", "near", "by", "because", "amid", "so", "the", "a"}
)  # fmt: skip
#: A negation this many words before "overnight" makes it "suddenly" ("is not rebuilt
#: overnight", "did not happen overnight"): a clause's verb phrase.
OVERNIGHT_NEGATION_WINDOW = 4
NEGATIONS = frozenset({"not", "never", "no", "isn't", "won't", "don't", "didn't", "can't"})
#: A negation this many words before "before the end of" makes it no deadline but the earliest
#: time ("the bridge will not reopen before the end of June"; "not before" itself; dev 044): the
#: verb phrase before the preposition.
NEGATED_DEADLINE_WINDOW = 4
OVERNIGHT_BEFORE_BLOCKERS = DETERMINERS | frozenset(
    {"an", "happen", "happens", "happened", "change", "changes", "changed", "disappear", "vanish",
     "transform", "become", "became", "success", "sensation", "fixed", "solved"}
)  # fmt: skip
#: "the year before", "the previous year", "the following year", "the year after": the year
#: before or after the last year the text named in this or the sentences just before ("We lost
#: 118 nurses last year, against 74 the year before": the year before last year); with none
#: named, counted from publication, with a doubt. "the year before the war", "the year after
#: Christmas", "the year before last" name their own anchor: left alone.
ANCHORED_YEAR_X = lazy_compile(
    r"\b(?P<x>[Tt]he\s+(?:(?P<dir>previous|following)\s+year|year\s+(?P<dir2>before|after)"
    r"(?!\s+(?:last|that|this|these|those|the|an?|its|his|her|their|our|it|we|they|he|she|you"
    r"|I\b|[A-Z0-9]))))\b"
)
#: Characters back from "the year before" in which the year it counts from is looked for: two
#: sentences of news copy; further back, the year is no longer the one the reader has in mind.
ANCHOR_REACH = 400
#: The dates found last that are read for that year: bounded, so a run-on text of dates stays
#: linear; two sentences of news copy hold far fewer.
ANCHOR_CANDIDATES = 32
#: A year as a noun's modifier, after a determiner or a possessive: "the 2015 floods", "its 2019
#: election", "Tuesday's 2024 budget", "the 2011 charter", "its 1998 squad", "the 2012 municipal
#: charter" (dev 038, 040, 045, 046). A number before a plural noun counts it ("the 2000 runners",
#: "the 2000 new homes", "the 2000 people"); a year modifies a noun of any number. So: a year before
#: a singular noun (adjectives between or not), or before a plural noun of an event or a document
#: (EVENT_NOUNS: "the 2015 floods", "its 2019 accounts"), never before a unit ("the 2000 metre").
EVENT_NOUNS = (
    r"(?:(?:general|local|presidential|parliamentary|regional|municipal|national|federal|state)"
    r"\s+)?(?:elections?|floods?|flooding|earthquake|quake|census|referendum|budget|summit"
    r"|war|crisis|campaign|attacks?|strikes?|protests?|riots?|tournament|season|games|olympics"
    r"|report|review|survey|study|law|act|treaty|agreement|deal|merger|accounts|figures"
    r"|results|contest|race|vote|championships?|final|drought|fires?|wildfires?|storm"
    r"|pandemic|outbreak|recession|invasion|uprising|coup|ceasefire|accords?|plan)"
)
ATTRIBUTIVE_YEAR_X = lazy_compile(rf"\b(?P<x>(?P<year>{YEAR}))\s+(?=[a-z])")
EVENT_NOUN_X = lazy_compile(rf"{EVENT_NOUNS}\b")
#: A word of the noun phrase after a year (or a span of years): lowercase, hyphenated or not.
NOUN_WORD_X = lazy_compile(r"\s*(?P<word>[a-z]+(?:-[a-z]+)*)\b(?!['’-])")
#: Words that end the noun phrase before its noun ("the 2000 who finished", "the 2000 or so").
NOT_NOUNS = frozenset(
    {"of", "to", "in", "on", "at", "for", "and", "or", "but", "that", "which", "who", "whom",
     "with", "by", "from", "as", "the", "a", "an", "was", "were", "is", "are", "had", "has",
     "have", "will", "would", "could", "should", "may", "might", "can", "so", "than", "more",
     "plus", "odd", "strong"}
)  # fmt: skip
#: Units and marks a number measures ("the 2000 metre race", "passed the 2000 mark").
MEASURE_WORDS = frozenset(
    {"metre", "meter", "kilometre", "mile", "yard", "foot", "pound", "ton", "tonne", "litre",
     "gram", "kilogram", "acre", "hectare", "mark", "barrier", "threshold"}
)  # fmt: skip
#: Plurals without an "s" that a number counts ("the 2000 people", "the 2000 extra staff").
IRREGULAR_PLURALS = frozenset(
    {"people", "men", "women", "children", "police", "staff", "personnel", "cattle", "sheep",
     "fish", "feet", "teeth", "geese", "mice", "folk"}
)  # fmt: skip
#: Words that modify the plural noun a number counts ("the 2000 new homes", "the 2000 local
#: residents"): the endings of English adjectives, and the quantity adjectives without one.
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "ish", "ian", "ese", "ern", "ary",
                     "ory", "able", "ible", "ed", "ing", "ar")  # fmt: skip
QUANTITY_ADJECTIVES = frozenset(
    {"new", "more", "extra", "other", "young", "old", "further", "many", "few", "most", "such",
     "full-time", "part-time"}
)  # fmt: skip
#: What stands before such a year (read on a short slice: the pattern opens with the year's
#: digits, which the scan finds fast, not with a word that may start anywhere).
DETERMINER_BEFORE_X = lazy_compile(r"(?:\b(?i:the|its|their|his|her|our|this|that)|['’]s)\s+\Z")
#: A year before a noun after a preposition (one that YEAR_X does not read): "with 2025 money",
#: "for 2024 turnover"; the noun must be one a number does not count (a singular), as above.
PREPOSITION_BEFORE_X = lazy_compile(r"\b(?:with|for|at|on|into|against|to|of)\s+\Z")
DETERMINER_REACH = 8
#: "earlier this month", "later this year" (read by PERIOD_X): the part of the span before or
#: after publication (evalsets/dev/README.md: "earlier this month" is the first of the month to
#: the publication day, "later this year" the publication day to 31 December), with a doubt.
EARLIER_LATER_GRANULARITY: dict[str, Granularity] = {
    "week": "week", "month": "part-of-month", "year": "year"
}  # fmt: skip
#: "over the weekend", "at the weekend", "during the weekend": the weekend the clause's tense
#: points to, the coming one (future) or the one just gone (past); "weekends" is a habit.
WEEKEND_X = lazy_compile(r"\b(?P<x>(?:[Oo]ver|[Dd]uring|[Aa]t|[Tt]hroughout)\s+the\s+weekend)\b")
SATURDAY = 5
#: A decade: "the 1980s", "since the 1990s", "the late 1970s": one date over its ten years
#: (granularity year; evalsets/dev/README.md). Four digits only: "in her 80s" is an age, "the
#: 40s" a temperature. Its parts as a year's are thirds: early 0-3, mid 4-6, late 7-9.
DECADE_X = lazy_compile(
    r"(?=[Tt12])\b(?P<x>(?:[Tt]he\s+(?:(?P<part>early|mid|late)[\s-]+)?)?(?P<decade>(?:19|20)\d)0s)\b"
)
DECADE_PART_YEARS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
#: A span given by two years: "between 1971 and 1989", "from 2001 to 2005", "the 1998-99
#: survey", "in 1914-1918": one date from the first year to the last (evalsets/dev/README.md).
#: Years joined by a clause ("from 1985 until he retired in 2001") stay a date each. A hyphened
#: pair only after a determiner or a preposition ("2019-20 figures" may be a ratio, a score); a
#: pair before a plural noun is a count, as a single year is ("between 2000 and 2500 runners").
YEAR_SPAN_X = lazy_compile(
    rf"(?=[BbFf12])\b(?P<x>(?:[Bb]etween\s+{YEAR}\s+and|[Ff]rom\s+{YEAR}\s+(?:to|until|till|through))"
    rf"\s+(?P<last>{YEAR})|(?P<pair>{YEAR})[-–](?P<tail>\d\d(?:\d\d)?))\b(?![-–.,/:]\d)"
)
FIRST_YEAR_X = lazy_compile(YEAR)
SEASON_AFTER_X = lazy_compile(r"\s+season\b")
SPAN_BEFORE_X = lazy_compile(
    r"(?:\b(?i:the|its|their|his|her|our|this|that|in|since|during|from|of|by|for|until)|['’]s)"
    r"\s+\Z"
)
#: The tense each verb after a month opening a sentence gives it (ATTRIBUTIVE_MONTH_X; "is": the
#: nearest such month).
SENTENCE_MONTH_TENSES: dict[str, Tense] = {
    "was": "past", "has": "past", "had": "past", "saw": "past", "brought": "past",
    "began": "past", "ended": "past", "marked": "past", "became": "past", "proved": "past",
    "will": "future", "is": "",
}  # fmt: skip
#: What may stand before such a month at the sentence's start: an opening quote.
SENTENCE_OPENING_X = lazy_compile(r"[\s\"'“‘]*\Z")
#: A sentence that asks the reader to suppose ("Suppose the bank raised rates tomorrow", "Imagine
#: the trains ran on time on Monday", "What if ..."; dev 039): its relative dates time a
#: hypothetical, not an event (evalsets/dev/README.md: hypotheticals are not claims). A stated year
#: or month in it still names a real one ("Imagine the 2019 plan had passed"): kept.
HYPOTHETICAL_X = lazy_compile(
    r"[\s\"'“‘]*(?:(?:[Jj]ust|[Nn]ow)\s*,?\s+)?(?:[Ii]magine|[Ss]uppose|[Pp]icture|[Ww]hat\s+if)\b"
)
#: A weekday after an indefinite article or a quantifier names any such day, not one: "on a Sunday
#: afternoon", "every Monday", "one Friday in May" (dev 043). Read on a short slice before it.
INDEFINITE_BEFORE_X = lazy_compile(r"\b(?:[Aa]n?|[Ee]very|[Ee]ach|[Aa]ny|[Oo]ne)\s+\Z")
INDEFINITE_REACH = 7
#: "would" with the generic "you" between it and a weekday is a habit or a hypothetical, not a
#: day: "A good editor would return your copy on Friday" (dev 037); "will ...
#: you on Monday" (a promise to someone) stays a date.
HABIT_MODALS = frozenset({"would"})
GENERIC_YOU = frozenset({"you", "your"})
YOU_X = lazy_compile(r"\b[Yy]our?\b")
#: "The final hearing is on Friday", "the deadline is Monday" (dev 039): an event's timetable in the
#: present of "be" is its future, as the simple present of SCHEDULED_VERBS. Only "is"/"are" right
#: before the date ("on" between or not): "was on Thursday" stays past.
TIMETABLE_BE_X = lazy_compile(r"\b(?:is|are)\s+(?:on\s+)?\Z")
TIMETABLE_REACH = 8
#: An auxiliary right after a date opens the verb phrase of a subject that ends with the date ("said
#: the vote on Thursday would be close", "said the march on Saturday was calm"; dev 035): that verb
#: gives the tense, not the one before the subject.
#: A date followed by an apposition that tells what happened on it: "from January 19, the day
#: the board suspended her", "on 3 May, the date when the ban began". The apposition's own
#: verb (read up to the next comma or full stop) gives the date's tense.
DAY_APPOSITION_X = lazy_compile(
    r",\s+the\s+(?:day|date|night|morning|week|month)\s+(?:that\s+|when\s+|on\s+which\s+)?"
)
CLAUSE_END_X = lazy_compile(r"[,.;:!?]")
SUBJECT_AUX_X = lazy_compile(
    r"\s+(?:will|would|shall|is|are|was|were|has|have|had|could|should|might|must|can)\b"
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
    """The last TENSE_WINDOW_LEFT words of the sentence before `start`, as written."""
    lo = max(ctx.sentence[0], start - TENSE_REACH_LEFT)
    found = [m for m in WORD_RE.finditer(ctx.text, lo, start)]
    if lo > ctx.sentence[0] and found and found[0].start() == lo:
        found = found[1:]  # the window may start inside a word: that word is not whole
    if len(found) < TENSE_WINDOW_LEFT and lo > ctx.sentence[0]:
        found = list(WORD_RE.finditer(ctx.text, ctx.sentence[0], start))
    return [m.group() for m in found[-TENSE_WINDOW_LEFT:]]


def _word_tense(words: list[str], n: int) -> tuple[Tense, bool]:
    """The tense words[n] gives and whether it is a verb's (strong) or a modifier's (weak)."""
    word = words[n].lower()
    before = words[n - 1].lower() if n > 0 else ""
    if word in WEAK_FUTURE_WORDS:
        return "future", False
    if word in WEAK_PAST_WORDS:
        return "past", False
    if before in DETERMINERS:
        # A noun or an adjective, not a verb: "the plan", "its set menu", "the expected vote".
        return "", False
    if word in PLAN_NOUNS and n == len(words) - 1:
        return "", False  # a noun right before the date: "our report on the plans (April 19)"
    if word in FUTURE_WORDS:
        return "future", True
    after = words[n + 1].lower() if n + 1 < len(words) else ""
    if word in FUTURE_BEFORE_TO and after == "to":
        return "future", True
    if word in FORECAST_WORDS and before in PRESENT_BE:
        return "future", True  # "Snow is forecast for Saturday"
    # A participle after "be" takes the tense of the modal before it ("the election will be
    # held on Oct 14" is future; "held" alone is past); after "stay"/"remain" it is an adjective.
    if before in COPULAS:
        return "", False
    if word in SCHEDULED_VERBS and (word.endswith("s") or before not in BARE_VERB_BLOCKERS):
        return "future", True
    if word in PERFECT_AUX and not _participle(after):
        # "has until early March", "they have no plans": "has" the verb, present, not the
        # auxiliary of a perfect ("has said", "have been").
        return "", False
    # "-ed" marks a past verb, not a name mid-sentence ("Mohammed", "Reed").
    if word in PAST_WORDS or (word.endswith("ed") and len(word) > 4 and words[n][0].islower()):
        if before == "to":
            return "", False  # an infinitive: "agreed to proceed", "to embed"
        adverb = (before.endswith("ly") or before in PARTICIPLE_ADVERBS) and n > 1
        if before in PREPOSITIONS or (adverb and words[n - 2].lower() in PREPOSITIONS):
            return "", False  # an adjective: "on already saturated ground", "in flooded streets"
        return "past", True
    return "", False


def _infinitive(words: list[str], n: int) -> bool:
    """Whether words[n] is the "to" of an infinitive ("voted to ban", not "went to Kuwait")."""
    if words[n].lower() != "to" or n + 1 >= len(words):
        return False
    verb = words[n + 1]
    return verb.islower() and verb not in DETERMINERS and verb not in NOT_INFINITIVES


def _participle(word: str) -> bool:
    return word in PAST_WORDS or word.endswith(PARTICIPLE_ENDINGS)


def _first_tense(words: list[str], order: range) -> tuple[Tense, Tense]:
    """The first strong and the first weak tense met in `order` ('' where none)."""
    weak: Tense = ""
    for n in order:
        tense, strong = _word_tense(words, n)
        if tense and strong:
            return tense, weak
        if tense and not weak:
            weak = tense
    return "", weak


def _left_verb(words: list[str]) -> tuple[Tense, Tense, bool, int]:
    """The strong and weak tense of the words left of a date, nearest first, whether an
    infinitive closed the date's clause (then no word right of the date is read), and the index
    of the word that gave the strong tense (-1 if none).

    Why: a date after an infinitive times the infinitive's event, which comes after the verb
    that governs it: "voted last month to ban phones from September" is no past September. A
    future governor keeps the future ("is due to open in September"); a past one says nothing
    of which side of publication the event falls, so the nearest such day or month is read.
    """
    weak: Tense = ""
    infinitive = False
    if _nonfinite_schedule(words):
        return "", weak, True, len(words) - 1  # "the fiscal year starting July 1"
    for n in range(len(words) - 1, -1, -1):
        tense, strong = _word_tense(words, n)
        if tense and strong:
            if infinitive and tense == "past":
                return "", weak, True, n
            modal = _perfect_modal(words, n)
            if modal in FUTURE_PERFECT_MODALS:
                return "future", weak, False, n  # "will have finished by March"
            if modal in COUNTERFACTUAL_MODALS:
                return "", weak, True, n  # "would have been paid in March": either side
            return tense, weak, False, n
        if tense and not weak:
            weak = tense
        infinitive = infinitive or _infinitive(words, n)
    return "", weak, infinitive, -1


def _perfect_modal(words: list[str], n: int) -> str:
    """The modal before the "have" of a perfect whose verb is words[n] ("could have sailed",
    "would have been paid": the verb found is "have" there), '' if none."""
    have = n if words[n].lower() in PERFECT_AUX else n - 1
    if have < 1 or words[have].lower() not in PERFECT_AUX:
        return ""
    return words[have - 1].lower()


def _nonfinite_schedule(words: list[str]) -> bool:
    """Whether the words before a date end with a timetabled verb's participle, the date's own
    verb ("starting July 1", "beginning on Monday"), not a noun ("the opening on Monday")."""
    tail = [word.lower() for word in words[-3:]]
    if tail and tail[-1] in NONFINITE_LINKS:
        tail = tail[:-1]
    return (
        len(tail) > 0
        and tail[-1] in NONFINITE_SCHEDULE
        and (len(tail) < 2 or tail[-2] not in DETERMINERS)
    )


def _deferred_until(ctx: _Context, start: int, words: list[str], verb: int) -> bool:
    """Whether the date ends an "until" that a verb of putting off sets ("tabled until July")."""
    return (
        verb >= 0
        and words[verb].lower() in DEFERRAL_VERBS
        and _before(UNTIL_BEFORE_X, ctx, start, UNTIL_REACH)
    )


def _until_at_least(ctx: _Context, start: int) -> bool:
    lo = max(ctx.sentence[0], start - UNTIL_REACH)
    return UNTIL_AT_LEAST_X.search(ctx.text, lo, start) is not None


def _tense(ctx: _Context, start: int, end: int) -> Tense:
    """'past' or 'future' from the tense-bearing words around the date ('' if none).

    Why: the nearest verb on the left decides, then the first verb on the right ("On Friday
    begins the conference"); a modifier ("the coming fiscal year", "until") only where no verb
    in either window does.
    """
    if _until_at_least(ctx, start) or _before(TIMETABLE_BE_X, ctx, start, TIMETABLE_REACH):
        return "future"
    hi = min(ctx.sentence[1], end + TENSE_REACH_RIGHT)
    if (named := DAY_APPOSITION_X.match(ctx.text, end, hi)) is not None:
        # "runs from January 19, the day the federation suspended her": the apposition's
        # verb says when that day was, whatever the main clause's verb says of the state.
        stop = CLAUSE_END_X.search(ctx.text, named.end(), ctx.sentence[1])
        words = [
            m.group() for m in WORD_RE.finditer(ctx.text, named.end(), stop.start() if stop else hi)
        ][:TENSE_WINDOW_RIGHT]
        told, _ = _first_tense(words, range(len(words)))
        if told:
            return told
    left = _words_before(ctx, start)
    strong, weak_left, closed, verb = _left_verb(left)
    if _deferred_until(ctx, start, left, verb):
        return "future"
    if (
        strong
        and SUBJECT_AUX_X.match(ctx.text, end, hi)
        and DETERMINERS.intersection(word.lower() for word in left[verb + 1 :])
    ):
        # The date ends the subject of the verb after it: "said the vote on Thursday would be
        # close" is that verb's Thursday, not the saying's.
        right = [m.group() for m in WORD_RE.finditer(ctx.text, end, hi)][:TENSE_WINDOW_RIGHT]
        subject_tense, _ = _first_tense(right, range(len(right)))
        return subject_tense or strong
    if strong or closed:
        return strong or weak_left or (NEAREST if closed else "")
    right = [m.group() for m in WORD_RE.finditer(ctx.text, end, hi)]
    if hi < ctx.sentence[1] and len(right) <= TENSE_WINDOW_RIGHT:
        right = [m.group() for m in WORD_RE.finditer(ctx.text, end, ctx.sentence[1])]
    right = right[:TENSE_WINDOW_RIGHT]
    strong, weak_right = _first_tense(right, range(len(right)))
    return strong or weak_left or weak_right


def _before(pattern: AnyPattern, ctx: _Context, start: int, reach: int) -> bool:
    """Whether `pattern` (anchored at its end) matches the `reach` characters before `start`."""
    return pattern.search(ctx.text, max(ctx.sentence[0], start - reach), start) is not None


def _near_tense(ctx: _Context, start: int, end: int) -> Tense:
    """The tense of a verb among the MONTH_TENSE_WINDOW words before `start`, else after `end`
    ("at the union's February congress, delegates backed ...") ('' if none)."""
    if _until_at_least(ctx, start):
        return "future"
    left = _words_before(ctx, start)[-MONTH_TENSE_WINDOW:]
    strong, _, closed, verb = _left_verb(left)
    if _deferred_until(ctx, start, left, verb):
        return "future"
    if strong or closed:
        return strong
    hi = min(ctx.sentence[1], end + TENSE_REACH_RIGHT)
    right = [m.group() for m in WORD_RE.finditer(ctx.text, end, hi)][:MONTH_TENSE_WINDOW]
    strong, _ = _first_tense(right, range(len(right)))
    return strong


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


def _day_range(match: re.Match[str], ctx: _Context) -> DateHit | None:
    """ "12 to 15 June": the days from the first to the last, one claim."""
    month, first, last = month_number(match["month"]), day_number(match["d1"]), day_number(
        match["d2"]
    )
    if not first < last <= 31:
        return None
    if match["year"] is not None:
        year = int(match["year"])
    elif ctx.published is None:
        return DateHit(*match.span("x"), _unresolved("day"), "no year and no publication date")
    else:
        year = _year_for(month, first, ctx.published, _tense(ctx, *match.span("x")))
    try:
        return DateHit(
            *match.span("x"),
            _interval(dt.date(year, month, first), dt.date(year, month, last), "day", "explicit"),
        )
    except ValueError:
        return None


def _ordinal_day(match: re.Match[str], ctx: _Context) -> DateHit | None:
    """ "the first of March": that day, its year as a day's (or as written)."""
    month, day = month_number(match["month"]), ORDINAL_DAYS.index(match["ord"].lower()) + 1
    if match["year"] is not None:
        year = int(match["year"])
    elif ctx.published is None:
        return DateHit(*match.span("x"), _unresolved("day"), "no year and no publication date")
    else:
        year = _year_for(month, day, ctx.published, _tense(ctx, *match.span("x")))
    try:
        return DateHit(*match.span("x"), _day(dt.date(year, month, day)))
    except ValueError:
        return None


def _coordinated_months(ctx: _Context, hit: DateHit) -> list[DateHit]:
    """The months joined to a month date ("in January and February", "in May, June and
    July"): each the whole month, in the year of the one before it or the next (a later month
    of the list never comes before it: "in November and January" is the January after)."""
    found: list[DateHit] = []
    last = hit
    while True:
        match = COORDINATED_MONTH_X.match(ctx.text, last.end, ctx.sentence[1])
        if match is None or last.value.earliest is None:
            return found
        month = month_number(match["month"])
        before = last.value.earliest
        year = before.year if month >= before.month else before.year + 1
        first, end, granularity = _month_span(year, month, None)
        last = DateHit(*match.span("month"), _interval(first, end, granularity, "explicit"))
        found.append(last)


def _holiday(match: re.Match[str], ctx: _Context) -> DateHit | None:
    name = match["anchor"] or match["name"]
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    month, day = HOLIDAY_DAYS[key]
    if ctx.published is None:
        return DateHit(*match.span("x"), _unresolved("day"), "no year and no publication date")
    if _before(DETERMINER_BEFORE_X, ctx, match.start(), DETERMINER_REACH) and NOUN_WORD_X.match(
        ctx.text, match.end("x"), ctx.sentence[1]
    ):
        tense: Tense = NEAREST  # "the Fourth of July fireworks": the noun's event, not the verb's
    else:
        tense = _tense(ctx, *match.span("x"))
    holiday = dt.date(_year_for(month, day, ctx.published, tense), month, day)
    if match["unit"] is None:
        return DateHit(*match.span("x"), _day(holiday))
    length = dt.timedelta(days=HOLIDAY_SPAN_DAYS[match["unit"]])
    one = dt.timedelta(days=1)
    first, last = (
        (holiday - length, holiday - one)
        if match["dir"] == "before"
        else (holiday + one, holiday + length)
    )
    return DateHit(
        *match.span("x"), _interval(first, last, "day", "inferred"),
        f"counted from {name}: {first.isoformat()} to {last.isoformat()}",
    )  # fmt: skip


def _weekday_date_form(match: re.Match[str], ctx: _Context) -> DateHit | None:
    """ "Sunday, September 28": the date's day, the weekday in the same claim."""
    month = month_number(match["month"] or match["month2"])
    day = day_number(match["day"] or match["day2"])
    if match["year"] is not None:
        try:
            return DateHit(*match.span("x"), _day(dt.date(int(match["year"]), month, day)))
        except ValueError:
            return None
    if day > 31:
        return None
    if ctx.published is None:
        return DateHit(*match.span("x"), _unresolved("day"), "no year and no publication date")
    year = _year_for(month, day, ctx.published, _tense(ctx, *match.span("x")))
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
    elif match.groupdict().get("verb"):
        tense = SENTENCE_MONTH_TENSES[match["verb"]]  # "July was", "October brought"
    else:
        # A month named without a year is the nearest one, unless a verb next to it gives the
        # tense ("will hold its convention in February", "closed in November"): the tense of a
        # long news sentence is a poor guide ("ministers will look into ... a call in January
        # by ..."), so only MONTH_TENSE_WINDOW words are read.
        tense = _near_tense(ctx, *span)
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


def _attributive_year(match: re.Match[str], ctx: _Context) -> DateHit | None:
    doubt = None
    if not _before(DETERMINER_BEFORE_X, ctx, match.start(), DETERMINER_REACH):
        if not _before(PREPOSITION_BEFORE_X, ctx, match.start(), DETERMINER_REACH):
            return None  # "2000 runners", "Vision 2030 plan"
        doubt = "a year before a noun, after a preposition: may be a figure"
    if not _modifies_a_noun(ctx, match.end("x")):
        return None  # "the 2000 runners", "the 2000 new homes": a count
    hit = _year(match, ctx)
    return hit if hit is None or doubt is None else DateHit(hit.start, hit.end, hit.value, doubt)


def _plural(word: str) -> bool:
    return word in IRREGULAR_PLURALS or (
        word.endswith("s") and not word.endswith(("ss", "us", "is"))
    )


def _modifies_a_noun(ctx: _Context, end: int) -> bool:
    """Whether the number ending at `end` modifies a noun as a year does: a singular noun, after
    an adjective or not, or a plural noun of an event; not a plural it counts (EVENT_NOUNS)."""
    first = NOUN_WORD_X.match(ctx.text, end, ctx.sentence[1])
    if first is None:
        return False
    word = first["word"]
    if word in NOT_NOUNS or word in MEASURE_WORDS:
        return False
    if EVENT_NOUN_X.match(ctx.text, first.start("word"), ctx.sentence[1]):
        return True
    if _plural(word):
        return False
    second = NOUN_WORD_X.match(ctx.text, first.end(), ctx.sentence[1])
    adjective = word in QUANTITY_ADJECTIVES or word.endswith(ADJECTIVE_ENDINGS)
    return not (adjective and second is not None and _plural(second["word"]))


def _counted_after(ctx: _Context, end: int) -> bool:
    """Whether a plural noun (not an event's) follows `end`: the numbers before it count it."""
    after = NOUN_WORD_X.match(ctx.text, end, ctx.sentence[1])
    if after is None or after["word"] in NOT_NOUNS:
        return False
    return (
        _plural(after["word"])
        and EVENT_NOUN_X.match(ctx.text, after.start("word"), ctx.sentence[1]) is None
    )


def _year_span(match: re.Match[str], ctx: _Context) -> DateHit | None:
    if match["pair"] is not None:
        first = int(match["pair"])
        tail = match["tail"]
        last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
        if len(tail) == 2 and last <= first:
            last += 100  # "1999-00"
        if not _before(SPAN_BEFORE_X, ctx, match.start(), DETERMINER_REACH):
            return None  # "2019-20 figures": no determiner or preposition to make it a span
        if SEASON_AFTER_X.match(ctx.text, match.end("x")):
            return None  # a season's pair is SPORT_SEASON_X's ("the 2022-25 season" is none)
    else:
        found = FIRST_YEAR_X.search(match["x"])
        if found is None:
            return None
        first, last = int(found.group()), int(match["last"])
    if last <= first or _counted_after(ctx, match.end("x")):
        return None  # "between 2000 and 2500 runners" counts
    return DateHit(
        *match.span("x"),
        _interval(dt.date(first, 1, 1), dt.date(last, 12, 31), "year", "explicit"),
    )


def _decade(match: re.Match[str], ctx: _Context) -> DateHit | None:
    start = int(match["decade"]) * 10
    low, high = DECADE_PART_YEARS[match["part"]] if match["part"] else (0, 9)
    doubt = (
        "a part of a decade: read as thirds (early 0-3, mid 4-6, late 7-9)"
        if match["part"]
        else None
    )
    return DateHit(
        *match.span("x"),
        _interval(dt.date(start + low, 1, 1), dt.date(start + high, 12, 31), "year", "explicit"),
        doubt,
    )


def _attributive_month(match: re.Match[str], ctx: _Context) -> DateHit | None:
    if match["verb"] is not None and not SENTENCE_OPENING_X.match(
        ctx.text, ctx.sentence[0], match.start()
    ):
        return None  # a month opening a sentence only: "as August was ending" is left
    return _month_only(match, ctx)


def _month_of_rel_year(match: re.Match[str], ctx: _Context) -> DateHit | None:
    granularity: Granularity = "day" if match["day"] is not None else "month"
    if ctx.published is None:
        return DateHit(
            *match.span("x"), _unresolved(granularity), "relative date, no publication date"
        )
    year = ctx.published.year + REL_YEAR_STEP[match["rel"]]
    month = month_number(match["month"])
    if match["day"] is None:
        first, last, _ = _month_span(year, month, None)
        return DateHit(*match.span("x"), _interval(first, last, "month", "relative-to-publication"))
    try:
        day = dt.date(year, month, day_number(match["day"]))
    except ValueError:
        return None
    return DateHit(*match.span("x"), _day(day, "relative-to-publication"))


def _period_to(match: re.Match[str], ctx: _Context) -> DateHit | None:
    """ "the three months to 30 June 2025": the whole period that ends on that day."""
    month = month_number(match["month"] or match["month2"] or match["month3"])
    day_token = match["day"] or match["day2"]
    if match["n"] is None:
        count = PERIOD_TO_UNIT_MONTHS[match["unit"].lower()]
    else:
        count = _number(match["n"])
        if not 0 < count <= PERIOD_TO_MAX_MONTHS:
            return None
    if match["year"] is not None:
        year = int(match["year"])
        basis = "explicit"
    elif ctx.published is None:
        return DateHit(*match.span("x"), _unresolved("season"), "no year and no publication date")
    else:
        tense = _tense(ctx, *match.span("x"))
        day = day_number(day_token) if day_token else calendar.monthrange(2001, month)[1]
        year = _year_for(month, day, ctx.published, tense)
        basis = "relative-to-publication"
    month_end = calendar.monthrange(year, month)[1]
    try:
        last = dt.date(year, month, day_number(day_token) if day_token else month_end)
    except ValueError:
        return None
    index = year * 12 + month - 1 - count
    if last.day == month_end:
        first = dt.date((index + 1) // 12, (index + 1) % 12 + 1, 1)
    else:
        first_year, first_month = index // 12, index % 12 + 1
        back = min(last.day, calendar.monthrange(first_year, first_month)[1])
        first = dt.date(first_year, first_month, back) + dt.timedelta(days=1)
    return DateHit(
        *match.span("x"), _interval(first, last, "season", basis),
        f"a period named by its end: {first.isoformat()} to {last.isoformat()}",
    )  # fmt: skip


def _date_rel_year(match: re.Match[str], ctx: _Context) -> DateHit | None:
    """ "June 3 last year", "in May this year": the day or the month in the year named."""
    token = match["month"] or match["month2"] or match["month3"]
    day_token = match["day"] or match["day2"]
    if (
        day_token is None
        and month_number(token) in (3, 5)
        and not _before(MONTH_PREPOSITION_BEFORE_X, ctx, match.start(), DETERMINER_REACH)
    ):
        return None  # "May this year bring ...": the verb
    granularity: Granularity = "day" if day_token is not None else "month"
    if ctx.published is None:
        return DateHit(
            *match.span("x"), _unresolved(granularity), "relative date, no publication date"
        )
    year = ctx.published.year + REL_YEAR_STEP[match["rel"]]
    month = month_number(token)
    if day_token is None:
        first, last, _ = _month_span(year, month, None)
        return DateHit(*match.span("x"), _interval(first, last, "month", "relative-to-publication"))
    try:
        day = dt.date(year, month, day_number(day_token))
    except ValueError:
        return None
    return DateHit(*match.span("x"), _day(day, "relative-to-publication"))


def _earlier_later(match: re.Match[str], ctx: _Context) -> DateHit | None:
    unit = match["unit"]
    granularity = EARLIER_LATER_GRANULARITY[unit]
    if ctx.published is None:
        return DateHit(
            *match.span("x"), _unresolved(granularity), "relative date, no publication date"
        )
    pub = ctx.published
    if unit == "week":
        first = pub - dt.timedelta(days=pub.weekday())
        last = first + dt.timedelta(days=6)
    elif unit == "month":
        first, last, _ = _month_span(pub.year, pub.month, None)
    else:
        first, last = dt.date(pub.year, 1, 1), dt.date(pub.year, 12, 31)
    if match["dir"].lower() == "earlier":
        last = pub
    else:
        first = pub
    return DateHit(
        *match.span("x"),
        _interval(first, last, granularity, "relative-to-publication"),
        f"'{match['x']}' read as {first.isoformat()} to {last.isoformat()}",
    )


def _weekend(match: re.Match[str], ctx: _Context) -> DateHit | None:
    if ctx.published is None:
        return DateHit(*match.span("x"), _unresolved("day"), "relative date, no publication date")
    pub = ctx.published
    tense = _tense(ctx, *match.span("x"))
    # The Saturday of the weekend that holds publication or comes next, and of the one before.
    coming = pub + dt.timedelta(days=(SATURDAY - pub.weekday()) % 7)
    if pub.weekday() == SATURDAY + 1:
        coming = pub - dt.timedelta(days=1)  # a Sunday: the weekend in progress
    gone = coming if coming < pub else coming - dt.timedelta(days=7)
    saturday = coming if tense == "future" else gone
    doubt = None if tense else "no tense next to the weekend: read as the one just gone"
    return DateHit(
        *match.span("x"),
        _interval(saturday, saturday + dt.timedelta(days=1), "day", "relative-to-publication"),
        doubt,
    )


def _weekday(match: re.Match[str], ctx: _Context) -> DateHit | None:
    rel = (match["rel"] or "").lower()
    start = match.start("wd") if rel in ("on", "") and match["part"] is None else match.start()
    end = match.end()
    if not rel and ROUTINE_NOUN_X.match(ctx.text, end) is not None:
        return None
    if rel in ("on", "") and ROUTINE_PART_X.match(ctx.text, end) is not None:
        return None  # "on Saturday mornings": every Saturday
    if not rel and _before(INDEFINITE_BEFORE_X, ctx, match.start(), INDEFINITE_REACH):
        return None  # "on a Sunday afternoon", "every Monday": any such day
    if rel in ("on", "") and _habit(ctx, start):
        return None
    if ctx.published is None:
        return DateHit(start, end, _unresolved("day"), "relative date, no publication date")
    if not rel and _called_off(ctx, match.start(), end):
        rel = "possessive"  # "had cancelled Thursday's sailings": the coming Thursday
    day, doubt = _weekday_date(ctx, ctx.published, WEEKDAYS[match["wd"].lower()], rel, (start, end))
    return DateHit(start, end, _day(day, "relative-to-publication"), doubt)


def _called_off(ctx: _Context, start: int, end: int) -> bool:
    """Whether a weekday's possessive is the object of a verb that calls an event off."""
    if POSSESSIVE_AFTER_X.match(ctx.text, end) is None:
        return False
    words = _words_before(ctx, start)
    return bool(words) and words[-1].lower() in CALL_OFF_VERBS


def _habit(ctx: _Context, start: int) -> bool:
    """Whether the verb that times a weekday is a "would" of habit or hypothesis with the
    generic "you" after it ("would return your copy on Friday")."""
    if YOU_X.search(ctx.text, max(ctx.sentence[0], start - TENSE_REACH_LEFT), start) is None:
        return False  # no "you" in reach: the verb's words are not read (most weekdays)
    words = _words_before(ctx, start)
    strong, _, _, verb = _left_verb(words)
    return (
        strong != ""
        and words[verb].lower() in HABIT_MODALS
        and not GENERIC_YOU.isdisjoint(word.lower() for word in words[verb + 1 :])
    )


def _weekday_date(
    ctx: _Context, pub: dt.date, target: int, rel: str, span: tuple[int, int]
) -> tuple[dt.date, str | None]:
    """The day a weekday names: by its modifier ("last", "next", "this"), else by the tense."""
    start, end = span
    back = (pub.weekday() - target) % 7
    ahead = (target - pub.weekday()) % 7
    doubt = None
    if rel in ("last", "past"):
        day = pub - dt.timedelta(days=back or 7)
    elif rel in ("next", "coming"):
        day = pub + dt.timedelta(days=ahead or 7)
    elif rel == "this":
        day = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=target)
    elif rel == "possessive":
        day = pub + dt.timedelta(days=ahead)
        doubt = "an event called off: the coming such day"
    else:
        tense = _tense(ctx, start, end)
        if tense == "future":
            day = pub + dt.timedelta(days=ahead)
        elif tense == NEAREST and POSSESSIVE_AFTER_X.match(ctx.text, end) is None:
            # A possessive ("after Thursday's strike") dates its noun's event, not the
            # infinitive's: only a weekday the infinitive's clause times is the nearest.
            day = pub + dt.timedelta(days=ahead) if ahead <= back else pub - dt.timedelta(days=back)
            doubt = "the verb does not say which side of publication: the nearest such day"
        else:
            day = pub - dt.timedelta(days=back)
            if not tense:
                doubt = "no tense next to the weekday: read as the latest past one"
    return day, doubt


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
    if match["dir"] is not None and unit != "weekend":
        return _earlier_later(match, ctx)
    rel = "this" if match["dir"] is not None else match["rel"].lower()
    if unit == "year" and rel in ("the previous", "the following"):
        return None  # counted from the year named before it (ANCHORED_YEAR_X)
    step = (
        -1
        if rel in ("last", "the past", "the previous")
        else 1
        if rel in ("next", "the coming", "the following")
        else 0
    )
    pub = ctx.published
    if unit == "week" and step == -1:
        # "last week" is the seven days before publication (docs/annotation.md, "Dates"): on a
        # Monday the previous calendar week, on a Sunday the week just ending, which a Sunday
        # reader calls last week.
        return DateHit(
            *match.span("x"),
            _interval(
                pub - dt.timedelta(days=LAST_WEEK_DAYS), pub - dt.timedelta(days=1), granularity,
                "relative-to-publication",
            ),
        )  # fmt: skip
    if unit == "weekend" and rel == "the coming":
        # The next weekend to begin: this week's from Monday to Friday, next week's on a
        # Saturday or a Sunday ("the coming weekend" is not next week's in a Tuesday article).
        first = pub + dt.timedelta(days=(SATURDAY - pub.weekday()) % 7 or 7)
        return DateHit(
            *match.span("x"),
            _interval(first, first + dt.timedelta(days=1), granularity, "relative-to-publication"),
        )
    if unit == "week" and rel == "this" and _tense(ctx, *match.span("x")) == "past":
        # "relocated troops this week": the days of the week gone by, Monday to publication.
        monday = pub - dt.timedelta(days=pub.weekday())
        return DateHit(
            *match.span("x"), _interval(monday, pub, granularity, "relative-to-publication"),
            "'this week' in a past clause: Monday to the publication day",
        )  # fmt: skip
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
    n = _number(raw)
    unit = match["unit"].lower()
    pub = ctx.published
    if unit.startswith("year"):
        year = pub.year - n
        return DateHit(
            *match.span("x"),
            _interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year",
                      "relative-to-publication"),
            "counted back in years: the year, not the day",
        )  # fmt: skip
    if unit.startswith("month"):
        index = pub.year * 12 + pub.month - 1 - n
        first, last, _ = _month_span(index // 12, index % 12 + 1, None)
        return DateHit(
            *match.span("x"),
            _interval(first, last, "month", "relative-to-publication"),
            "counted back in months: the month, not the day",
        )
    days = n * (14 if unit.startswith("fortnight") else 7 if unit.startswith("week") else 1)
    day = ctx.published - dt.timedelta(days=days)
    doubt = "counted in weeks: the day is approximate" if days >= 7 else None
    return DateHit(*match.span("x"), _day(day, "relative-to-publication"), doubt)


def _number(raw: str) -> int:
    """A number written in digits or in words ("22", "twenty-two", "eleven", "a")."""
    if raw.isdigit():
        return int(raw)
    tens, _, unit = raw.replace(" ", "-").partition("-")
    if tens in TENS_WORDS:
        return TENS_WORDS[tens] + (NUMBER_WORDS[unit] if unit else 0)
    return NUMBER_WORDS[raw]


def _part_year(match: re.Match[str], ctx: _Context) -> DateHit | None:
    basis = "explicit" if match["year"] is not None else "relative-to-publication"
    if match["year"] is not None:
        # "late 2027", "mid-2019": the year is stated.
        year = int(match["year"])
    elif ctx.published is None:
        return DateHit(
            *match.span("x"), _unresolved("season"), "relative date, no publication date"
        )
    else:
        year = ctx.published.year + {"last": -1, "this": 0, "next": 1}[match["rel"]]
    first, last = PART_YEAR_MONTHS[match["part"].lower()]
    return DateHit(
        *match.span("x"),
        _interval(
            dt.date(year, first, 1),
            dt.date(year, last, calendar.monthrange(year, last)[1]),
            "season",
            basis,
        ),
        "a part of a year: read as thirds (early Jan-Apr, mid May-Aug, late Sep-Dec)",
    )


#: What a span is: a week, a month, three months, six months, a year, or a part of a month or week.
SpanUnit = str


@dataclass(frozen=True)
class _Span:
    first: dt.date
    last: dt.date
    unit: SpanUnit  # "week" | "month" | "quarter" | "half" | "year" | "part" | "days"


SPAN_GRANULARITY: dict[SpanUnit, Granularity] = {
    "week": "week", "month": "month", "quarter": "season", "half": "season", "year": "year",
    "part": "part-of-month", "days": "day", "months": "season", "season": "season",
}  # fmt: skip


def _months(year: int, first_month: int, last_month: int, unit: SpanUnit) -> _Span:
    last_day = calendar.monthrange(year, last_month)[1]
    return _Span(dt.date(year, first_month, 1), dt.date(year, last_month, last_day), unit)


def _span_tail(tail: re.Match[str], pub: dt.date, tense: Tense) -> _Span:
    """The span a part phrase is a part of: a month, a year, a week."""
    if tail["month"] is not None:
        month = month_number(tail["month"])
        if tail["myear"] is not None:
            year = int(tail["myear"])
        else:
            year = pub.year if month == pub.month else _year_for(month, 15, pub, tense)
        return _months(year, month, month, "month")
    if tail["year"] is not None:
        return _months(int(tail["year"]), 1, 12, "year")
    if tail["season"] is not None:
        return _season_of(tail["season"], (tail["srel"] or "the").lower(), pub, tense)
    step = SPAN_STEP.get((tail["rel"] or "").lower(), 0)
    if tail["unit"] == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        return _Span(monday, monday + dt.timedelta(days=6), "week")
    if tail["unit"] == "month":
        index = pub.year * 12 + pub.month - 1 + step
        return _months(index // 12, index % 12 + 1, index % 12 + 1, "month")
    return _months(pub.year + step, 1, 12, "year")


def _season_of(season: str, rel: str, pub: dt.date, tense: Tense) -> _Span:
    """The season a part phrase is a part of: "the summer" (the next to end, or in a past
    clause the last to begin), "this"/"next"/"last" summer, "the season" of a sport or a school
    (the one in progress; in the break, the one about to start)."""
    if season == "season":
        first_month, last_month = SEASON_SPAN_MONTHS
        current = pub.year if pub.month >= first_month else pub.year - 1
        step = SEASON_STEP.get(rel, 0)
        if pub.month in OFF_SEASON_MONTHS:
            step = 1 if step >= 0 else 0
        year = current + step
        last = dt.date(year + 1, last_month, calendar.monthrange(year + 1, last_month)[1])
        return _Span(dt.date(year, first_month, 1), last, "season")
    first, last = _pick_season(season, rel, pub, tense)
    return _Span(first, last, "season")


def _span_head(head: str, span: _Span) -> _Span | None:
    """The part `head` names of `span` (None where the part makes no sense, as a quarter of a
    week)."""
    words = head.lower().split()
    kind = words[-1]
    if kind == "rest":
        return span  # "the rest of the spring": cut at publication by the caller
    first_month, last_month = span.first.month, span.last.month
    year = span.first.year
    if kind == "quarter":
        if span.unit != "year":
            return None
        q = QUARTER_NUMBER[words[0]]
        return _months(year, 3 * q - 2, 3 * q, "quarter")
    if kind == "months":
        # "the first six months of 2023": that many months at one end of the span.
        count = _number(words[1])
        months = span.last.month - span.first.month + 1
        if span.unit not in ("year", "half", "quarter") or not 0 < count < months:
            return None
        if words[0] == "first":
            return _months(year, first_month, first_month + count - 1, "months")
        return _months(year, last_month - count + 1, last_month, "months")
    if kind == "half":
        second = words[0] == "second"
        if span.unit == "year":
            return _months(year, 7, 12, "half") if second else _months(year, 1, 6, "half")
        if span.unit == "month":
            middle = span.first + dt.timedelta(days=15)
            return (
                _Span(middle, span.last, "part")
                if second
                else _Span(span.first, middle - dt.timedelta(days=1), "part")
            )
        return None
    end = kind == "end" or (kind == "days" and words[0] != "first")
    start = kind in ("start", "beginning") or (kind == "days" and words[0] == "first")
    if span.unit == "week":
        sunday = span.last
        if end:
            return _Span(sunday - dt.timedelta(days=END_DAYS_WEEK - 1), sunday, "days")
        if start:
            return _Span(span.first, span.first + dt.timedelta(days=END_DAYS_WEEK - 1), "days")
        return _Span(span.first + dt.timedelta(days=1), span.first + dt.timedelta(days=3), "days")
    if span.unit not in ("month", "quarter", "half", "year", "season"):
        return None
    if end:
        return _Span(dt.date(span.last.year, last_month, END_DAYS_MONTH), span.last, "part")
    if start:
        return _Span(span.first, dt.date(year, first_month, START_DAYS_MONTH), "part")
    if span.unit == "season":
        return None  # the middle of a season: no convention yet
    if span.unit == "month":
        low, high = PART_DAYS["mid"]
        return _Span(dt.date(year, first_month, low), dt.date(year, first_month, high), "part")
    count = last_month - first_month + 1
    low_month = first_month + count // 3
    high_month = first_month + 2 * count // 3 - 1
    return _months(year, low_month, high_month, "month" if low_month == high_month else "months")


def _span_part(match: re.Match[str], ctx: _Context) -> DateHit | None:
    if DATE_NAMED_AFTER_X.match(ctx.text, match.end("x"), ctx.sentence[1]):
        return None  # "since the start of the season on 1 July": the date says when
    phrase, start = match["x"], match.start("x")
    heads: list[str] = []
    before = False
    before_end = 0
    pos = 0
    by = False
    while (read := SPAN_HEAD_RE.match(phrase, pos)) is not None:
        if read["before"] is not None:
            before, before_end, by = True, read.end("before"), read["by"] is not None
        heads.append(read["head"])
        pos = read.end()
    tail = SPAN_TAIL_RE.fullmatch(phrase, pos)
    if tail is None:
        return None
    relative = (
        tail["unit"] is not None
        or tail["season"] is not None
        or (tail["month"] is not None and tail["myear"] is None)
    )
    basis = "relative-to-publication" if tail["unit"] or tail["season"] else "explicit"
    if ctx.published is None and relative:
        return DateHit(
            *match.span("x"), _unresolved("part-of-month"), "relative date, no publication date"
        )
    # A stated year needs no publication date; the stand-in is never read then.
    pub = ctx.published or dt.date(int(tail["year"] or tail["myear"]), 1, 1)
    tense = _tense(ctx, *match.span("x")) if tail["month"] or tail["season"] else ""
    # The spans from the tail outwards: "the end of the first quarter of next year" is next
    # year, its first quarter, that quarter's end.
    spans = [_span_tail(tail, pub, tense)]
    for head in reversed(heads):
        part = _span_head(head, spans[-1])
        if part is None:
            return None
        spans.append(part)
    span = spans[-1]
    if heads[0].lower() == "rest" and ctx.published is not None and span.first <= pub <= span.last:
        # "the rest of the spring": from publication to the span's end.
        return DateHit(
            start, match.end("x"),
            _interval(pub, span.last, SPAN_GRANULARITY[span.unit], "relative-to-publication"),
            f"'the rest of' read from publication: {pub.isoformat()} to {span.last.isoformat()}",
        )  # fmt: skip
    if by:
        start += before_end  # "by the end of June": the date's text starts at "the"
    elif before and NEGATIONS.intersection(
        word.lower() for word in _words_before(ctx, start)[-NEGATED_DEADLINE_WINDOW:]
    ):
        # "will not reopen before the end of June": no deadline but the earliest time,
        # the part itself, whose text starts after "before".
        start += before_end
        before = False
    if before:
        # A deadline: from publication (or the span's start, if the span is past) to its end.
        outer = spans[-2]
        first = pub if ctx.published is not None and pub <= outer.last else outer.first
        return DateHit(
            start, match.end("x"),
            _interval(first, outer.last, SPAN_GRANULARITY[outer.unit], "relative-to-publication"),
            f"'{'by' if by else 'before'} the end of' read as a deadline: {first.isoformat()} to "
            f"{outer.last.isoformat()}",
        )  # fmt: skip
    return DateHit(
        start, match.end("x"),
        _interval(span.first, span.last, SPAN_GRANULARITY[span.unit], basis),
        f"a part of a span: '{phrase}' read as {span.first.isoformat()} to "
        f"{span.last.isoformat()}",
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

    tense = "past" if rel == "last" else "future" if rel == "next" else _tense(ctx, *match.span())
    chosen = _pick_season(match["season"], rel, pub, tense)
    doubt = None if tense else "no tense next to the season: read as the next one"
    return DateHit(*match.span("x"), _interval(*chosen, "season", "relative-to-publication"), doubt)


def _pick_season(season: str, rel: str, pub: dt.date, tense: Tense) -> tuple[dt.date, dt.date]:
    """Which summer (autumn, ...) "the", "this", "next" or "last" one names, seen from `pub`."""
    first_month, last_month = SEASON_MONTHS[season]

    def bounds(year: int) -> tuple[dt.date, dt.date]:
        end_year = year + 1 if last_month < first_month else year
        return (
            dt.date(year, first_month, 1),
            dt.date(end_year, last_month, calendar.monthrange(end_year, last_month)[1]),
        )

    options = [bounds(year) for year in (pub.year - 1, pub.year, pub.year + 1)]
    if rel == "this":
        return next(b for b in options if b[1] >= pub)
    if rel == "next":
        # The next one to begin: "next spring" in a spring article is next year's.
        return next(b for b in options if b[0] > pub)
    if rel == "last":
        # The last one to end: "last winter" in a winter article is the one before.
        return [b for b in options if b[1] < pub][-1]
    if tense == "past":
        return [b for b in options if b[0] <= pub][-1]
    return next(b for b in options if b[1] >= pub)


def _sport_season(match: re.Match[str], ctx: _Context) -> DateHit | None:
    first_month, last_month = SEASON_SPAN_MONTHS
    doubt = "a season read as August to May (a sport's or a school's year)"
    if match["y"] is not None:
        # "the 2023-24 season": the two years are stated, and must follow each other.
        year = int(match["first"])
        if (year + 1) % 100 != int(match["second"]):
            return None
        span, basis = match.span("y"), "explicit"
    elif ctx.published is None:
        return DateHit(
            *match.span("x"), _unresolved("season"), "relative date, no publication date"
        )
    else:
        pub = ctx.published
        # The season in progress, or the one just ended in the break.
        current = pub.year if pub.month >= first_month else pub.year - 1
        step = SEASON_STEP[match["rel"].lower()]
        if pub.month in OFF_SEASON_MONTHS:
            step = 1 if step >= 0 else 0
        year = current + step
        span, basis = match.span("x"), "relative-to-publication"
    last_day = calendar.monthrange(year + 1, last_month)[1]
    return DateHit(
        *span,
        _interval(dt.date(year, first_month, 1), dt.date(year + 1, last_month, last_day),
                  "season", basis),
        doubt,
    )  # fmt: skip


def _quarter(match: re.Match[str], ctx: _Context) -> DateHit | None:
    if match["year"] is None and QUARTER_CUE_X.search(ctx.text, *ctx.sentence) is None:
        return None  # no business in the sentence: a game's quarter
    doubt = "calendar quarters assumed: a company's fiscal quarters may differ"
    ordinal = match["ord"] or match["ord2"]
    if match["year"] is not None:
        if ordinal is None:
            return None  # "next quarter 2024" says it twice
        first, last = _quarter_span(int(match["year"]), QUARTER_NUMBER[ordinal.lower()])
        return DateHit(*match.span("x"), _interval(first, last, "season", "explicit"), doubt)
    if ctx.published is None:
        return DateHit(
            *match.span("x"), _unresolved("season"), "relative date, no publication date"
        )
    pub = ctx.published
    if ordinal is None:
        index = pub.year * 4 + (pub.month - 1) // 3 + SEASON_STEP[match["rel"].lower()]
        year, quarter = index // 4, index % 4 + 1
    else:
        quarter = QUARTER_NUMBER[ordinal.lower()]
        # The nearest such quarter (the third quarter in October is the one just ended, the
        # first in November the coming one); a past clause never reads a quarter to come. A
        # future verb does not push it on: "will report fourth-quarter results" in January
        # reports the quarter just ended.
        year = min(
            (pub.year - 1, pub.year, pub.year + 1),
            key=lambda y: _distance(pub, *_quarter_span(y, quarter)),
        )
        if _quarter_span(year, quarter)[0] > pub and _tense(ctx, *match.span("x")) == "past":
            year -= 1
    first, last = _quarter_span(year, quarter)
    return DateHit(
        *match.span("x"), _interval(first, last, "season", "relative-to-publication"), doubt
    )


def _quarter_span(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    last_month = 3 * quarter
    last_day = calendar.monthrange(year, last_month)[1]
    return dt.date(year, last_month - 2, 1), dt.date(year, last_month, last_day)


def _distance(day: dt.date, first: dt.date, last: dt.date) -> int:
    """Days from `day` to the interval first..last (0 inside it)."""
    return max((first - day).days, (day - last).days, 0)


def _midnight(match: re.Match[str], ctx: _Context) -> DateHit | None:
    if ctx.published is None:
        return DateHit(*match.span("x"), _unresolved("day"), "relative date, no publication date")
    pub = ctx.published
    tense = _tense(ctx, *match.span("x"))
    # The midnight meant: the one that ends the publication day (future) or begins it.
    night = pub + dt.timedelta(days=1) if tense == "future" else pub
    rel = match["rel"].lower()
    if rel in ("after", "past"):
        first = last = night
    elif rel == "before":
        first = last = night - dt.timedelta(days=1)
    else:
        first, last = night - dt.timedelta(days=1), night
    doubt = None if tense else "no tense next to midnight: read as the one that began the day"
    return DateHit(
        *match.span("x"), _interval(first, last, "day", "relative-to-publication"), doubt
    )


def _overnight_day(match: re.Match[str], ctx: _Context) -> DateHit | None:
    start, end = match.span("x")
    if ctx.published is None:
        return DateHit(start, end, _unresolved("day"), "relative date, no publication date")
    target = WEEKDAYS[match["wd"].lower()]
    day, doubt = _weekday_date(ctx, ctx.published, target, "", (match.start("wd"), end))
    if match["link"] in ("into", "to"):
        first, last = day - dt.timedelta(days=1), day
    else:
        first, last = day, day + dt.timedelta(days=1)
    return DateHit(start, end, _interval(first, last, "day", "relative-to-publication"), doubt)


def _overnight(match: re.Match[str], ctx: _Context, days: list[DateHit]) -> DateHit | None:
    """A bare "overnight": the night next to the nearest day its sentence names (`days`)."""
    start, end = match.span("x")
    before = [word.lower() for word in _words_before(ctx, start)[-OVERNIGHT_NEGATION_WINDOW:]]
    if before and before[-1] in OVERNIGHT_BEFORE_BLOCKERS:
        return None  # "an overnight curfew", "it will not happen overnight"
    if NEGATIONS.intersection(before):
        return None  # "trust is not rebuilt overnight": suddenly, not a night
    after = NEXT_WORD_X.match(ctx.text, end)
    if after is not None and after["word"] not in OVERNIGHT_NEXT_WORDS:
        return None  # "overnight rain", "overnight stays": an adjective
    if not days:
        return None
    near = min(days, key=lambda h: min(abs(h.start - end), abs(start - h.end)))
    if near.value.earliest is None:
        return DateHit(start, end, _unresolved("day"), "relative date, no publication date")
    day = near.value.earliest
    first = day if near.end <= start else day - dt.timedelta(days=1)
    label = ctx.text[near.start : near.end]
    return DateHit(
        start, end,
        _interval(first, first + dt.timedelta(days=1), "day", near.value.basis),
        f"the night next to '{label}', the day the sentence names",
    )  # fmt: skip


def _anchored_year(match: re.Match[str], ctx: _Context, earlier: list[DateHit]) -> DateHit | None:
    """ "the year before" counted from the last year named in reach, else from publication."""
    start, end = match.span("x")
    step = -1 if (match["dir"] or match["dir2"]) in ("previous", "before") else 1
    anchor = next(
        (
            hit
            for hit in reversed(earlier)
            if hit.end <= start
            and hit.start >= start - ANCHOR_REACH
            and hit.value.granularity == "year"
            and hit.value.earliest is not None
        ),
        None,
    )
    if anchor is not None and anchor.value.earliest is not None:
        year = anchor.value.earliest.year + step
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        label = ctx.text[anchor.start : anchor.end]
        return DateHit(
            start, end, _interval(first, last, "year", "inferred"),
            f"counted from '{label}' ({anchor.value.earliest.year}), the last year named before it",
        )  # fmt: skip
    if ctx.published is None:
        return DateHit(start, end, _unresolved("year"), "relative date, no publication date")
    year = ctx.published.year + step
    return DateHit(
        start, end,
        _interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "relative-to-publication"),
        "no year named before it: counted from publication",
    )  # fmt: skip


def _words(*words: str) -> list[list[str]]:
    """Literal words as regex atoms, one a character (text.trie_pattern)."""
    return [[re.escape(c) for c in word] for word in words]


#: Each gate's strings as atoms, by gate (ANY_GATE is the trie of the gates' strings).
GATE_PHRASES: dict[re.Pattern[str], list[list[str]]] = {}


def _gate(*groups: list[list[str]]) -> re.Pattern[str]:
    phrases = [p for group in groups for p in group]
    gate = re.compile(trie_pattern(phrases))
    GATE_PHRASES[gate] = phrases
    return gate


#: Words every match of a rule contains (a month's first three letters, "day" of every weekday,
#: ...): a sentence without its gate cannot hold the rule's form, so the rule's slower pattern is
#: not run there. A gate is found anywhere inside the sentence, so skipping never changes a hit;
#: most sentences hold no date, and the gates cut the date stage by about four fifths. Each
#: gate's strings are spelled out, so that ANY_GATE can be their one trie.
MONTH_WORDS = _words(
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
)  # fmt: skip
#: Every SPAN_PART_X match holds "he " + a head word + a space ("the end ", "The first ").
SPAN_GATE_HEADS = (
    "end", "start", "beginning", "middle", "rest", "first", "second", "third", "fourth", "last",
    "final",
)  # fmt: skip
SPAN_PART_WORDS = _words(*(f"he {head} " for head in SPAN_GATE_HEADS))
YEAR_WORDS = _words("year")
#: "(?:19|20)\d\d": any decimal digit, as the year forms read it.
YEAR_DIGITS = [["1", "9", r"\d", r"\d"], ["2", "0", r"\d", r"\d"]]
DAY_WORDS = _words("day")
WEEKEND_WORDS = _words("weekend")
DECADE_DIGITS = [[*digits[:3], "0", "s"] for digits in YEAR_DIGITS]
PART_OF_DAY_WORDS = _words("morning", "afternoon", "evening", "night")
#: "ago" in any case ("Three Days Ago"): ASCII letters have no other cases.
AGO_WORDS = _words(*(a + g + o for a in "aA" for g in "gG" for o in "oO"))
COMING_WORDS = _words("days", "weeks", "months")
TODAY_WORDS = _words("oday", "esterday", "omorrow", "onight")
PERIOD_WORDS = _words("week", "month", "year")
SEASON_WORD_WORDS = _words("season")
QUARTER_WORDS = _words("quarter")
MIDNIGHT_WORDS = _words("midnight")
OVERNIGHT_WORDS = _words("vernight")
SEASON_WORDS = _words("summer", "autumn", "fall", "winter", "spring")
#: Every HOLIDAY_X match holds one of these ("of July" in "Fourth of July").
HOLIDAY_WORDS = _words("of July", "Christmas", "Boxing", "New Year", "Halloween", "Valentine")
MONTH_GATE = _gate(MONTH_WORDS)
SPAN_PART_GATE = _gate(SPAN_PART_WORDS)
YEAR_WORD_GATE = _gate(YEAR_WORDS)
PART_YEAR_GATE = _gate(YEAR_WORDS, YEAR_DIGITS)
YEAR_GATE = _gate(YEAR_DIGITS)
DAY_GATE = _gate(DAY_WORDS)
WEEKEND_GATE = _gate(WEEKEND_WORDS)
DECADE_GATE = _gate(DECADE_DIGITS)
PART_OF_DAY_GATE = _gate(PART_OF_DAY_WORDS)
AGO_GATE = _gate(AGO_WORDS)
COMING_GATE = _gate(COMING_WORDS)
TODAY_GATE = _gate(TODAY_WORDS)
PERIOD_GATE = _gate(PERIOD_WORDS)
SEASON_WORD_GATE = _gate(SEASON_WORD_WORDS)
QUARTER_GATE = _gate(QUARTER_WORDS)
MIDNIGHT_GATE = _gate(MIDNIGHT_WORDS)
OVERNIGHT_GATE = _gate(OVERNIGHT_WORDS)
SEASON_GATE = _gate(SEASON_WORDS)
HOLIDAY_GATE = _gate(HOLIDAY_WORDS)
#: Every PERIOD_TO_X match holds one of these.
PERIOD_TO_GATE = _gate(_words("months", "year", "quarter", "half"))

Handler = Callable[[re.Match[str], _Context], DateHit | None]
#: Longest and most specific forms first; a later form never overlaps an earlier hit. Each form
#: with its gate (see MONTH_GATE).
RULES: tuple[tuple[AnyPattern, Handler, re.Pattern[str]], ...] = (
    (MONTH_OF_REL_YEAR_X, _month_of_rel_year, YEAR_WORD_GATE),
    (DATE_REL_YEAR_X, _date_rel_year, YEAR_WORD_GATE),
    (PERIOD_TO_X, _period_to, PERIOD_TO_GATE),
    (SPAN_PART_X, _span_part, SPAN_PART_GATE),
    (SPORT_SEASON_X, _sport_season, SEASON_WORD_GATE),
    (QUARTER_X, _quarter, QUARTER_GATE),
    (YEAR_SPAN_X, _year_span, YEAR_GATE),
    (DECADE_X, _decade, DECADE_GATE),
    (HOLIDAY_X, _holiday, HOLIDAY_GATE),
    (WEEKDAY_DATE_X, _weekday_date_form, MONTH_GATE),
    (DAY_RANGE_DM_X, _day_range, MONTH_GATE),
    (DAY_RANGE_MD_X, _day_range, MONTH_GATE),
    (ORDINAL_DM_X, _ordinal_day, MONTH_GATE),
    (MDY_X, _full, MONTH_GATE),
    (DMY_X, _full, MONTH_GATE),
    (MONTH_YEAR_X, _month_year, MONTH_GATE),
    (PART_YEAR_X, _part_year, PART_YEAR_GATE),
    (MD_X, _day_month, MONTH_GATE),
    (DM_X, _day_month, MONTH_GATE),
    (PART_MONTH_X, _month_only, MONTH_GATE),
    (PREP_MONTH_X, _month_only, MONTH_GATE),
    (YEAR_X, _year, YEAR_GATE),
    (OVERNIGHT_DAY_X, _overnight_day, OVERNIGHT_GATE),
    (WEEKDAY_X, _weekday, DAY_GATE),
    (PART_OF_DAY_X, _part_of_day, PART_OF_DAY_GATE),
    (MIDNIGHT_X, _midnight, MIDNIGHT_GATE),
    (AGO_X, _ago, AGO_GATE),
    (COMING_X, _coming, COMING_GATE),
    (TODAY_X, _today, TODAY_GATE),
    (WEEKEND_X, _weekend, WEEKEND_GATE),
    (PERIOD_X, _period, PERIOD_GATE),
    (DAY_BEFORE_X, _day_before, DAY_GATE),
    (SEASON_X, _season, SEASON_GATE),
    (ATTRIBUTIVE_MONTH_X, _attributive_month, MONTH_GATE),
    (YEAR_OF_X, _year, YEAR_GATE),
    (ATTRIBUTIVE_YEAR_X, _attributive_year, YEAR_GATE),
)


#: Any gate: a sentence without one holds no date form, and is skipped with one search instead of
#: one per gate (most sentences of an article hold no date). One trie of every gate's strings:
#: the alternation of the gates tried each of them at every character (a quarter of the stage).
ANY_GATE = lazy_compile(
    trie_pattern(
        p
        for gate in dict.fromkeys([*(gate for _, _, gate in RULES), OVERNIGHT_GATE, YEAR_WORD_GATE])
        for p in GATE_PHRASES[gate]
    )
)


#: Every gate ANY_GATE stands for.
GATES = frozenset(gate for _, _, gate in RULES) | {OVERNIGHT_GATE, YEAR_WORD_GATE}


@functools.lru_cache(maxsize=1024)
def _gates_of(found: str) -> frozenset[re.Pattern[str]]:
    """The gates that match at the start of `found`, the longest gate string at a place."""
    return frozenset(gate for gate in GATES if gate.match(found))


def _open_gates(text: str, sentence: tuple[int, int]) -> frozenset[re.Pattern[str]]:
    """The gates found in the sentence: one search per place a gate's string starts (a gate
    string that starts at a place is a prefix of the longest one there, which ANY_GATE finds),
    not one search per gate. The same gates as each gate's own search (test_date_gate_trie)."""
    opened: frozenset[re.Pattern[str]] = frozenset()
    pos, end = sentence
    while opened != GATES and (found := ANY_GATE.search(text, pos, end)) is not None:
        opened |= _gates_of(found.group())
        pos = found.start() + 1
    return opened


def extract_dates(
    text: str, sentences: list[tuple[int, int]], published: dt.date | None
) -> list[DateHit]:
    """Every date expression inside the given sentence spans, in text order."""
    hits: list[DateHit] = []
    for sentence in sentences:
        gates = _open_gates(text, sentence)
        if not gates:
            continue
        ctx = _Context(text, published, sentence)
        # In a sentence that supposes ("Imagine the council scrapped it tomorrow"), a date read
        # from publication times the hypothetical; a stated one is kept. Read once, when the
        # sentence's first such date is found (None: not read yet).
        hypothetical: bool | None = None
        # Dates found in this sentence, disjoint, by start: an overlap test is one bisect, not a
        # scan of every earlier date (that made a run-on sentence of dates quadratic).
        starts: list[int] = []
        ends: list[int] = []
        for regex, handler, gate in RULES:
            if gate not in gates:
                continue
            for match in regex.finditer(text, *sentence):
                n = bisect_left(starts, match.end())
                if n > 0 and ends[n - 1] > match.start():
                    continue
                hit = handler(match, ctx)
                if hit is None:
                    continue
                if hit.value.basis != "explicit":
                    if hypothetical is None:
                        hypothetical = HYPOTHETICAL_X.match(text, *sentence) is not None
                    if hypothetical:
                        continue
                starts.insert(n, match.start())
                ends.insert(n, match.end())
                hits.append(hit)
        # A month joined to a month date by "and", "or" or a comma has no preposition of its
        # own ("in January and February"): read it from the date before it.
        if MONTH_GATE in gates:
            mine = hits[len(hits) - len(starts) :]
            for hit in [h for h in mine if h.value.granularity == "month"]:
                for more in _coordinated_months(ctx, hit):
                    n = bisect_left(starts, more.end)
                    if n > 0 and ends[n - 1] > more.start:
                        break
                    starts.insert(n, more.start)
                    ends.insert(n, more.end)
                    hits.append(more)
        # Last: the forms placed by another date, once this sentence's dates are known: a bare
        # "overnight" by the sentence's day, "the year before" by the last year named. `hits`
        # holds the earlier sentences' dates in text order, this one's by rule.
        if OVERNIGHT_GATE in gates:
            days = [
                h
                for h in hits[len(hits) - len(starts) :]
                if h.value.granularity == "day" and h.value.earliest == h.value.latest
            ]
            for match in OVERNIGHT_X.finditer(text, *sentence):
                n = bisect_left(starts, match.end())
                if n > 0 and ends[n - 1] > match.start():
                    continue
                hit = _overnight(match, ctx, days)
                if hit is not None:
                    starts.insert(n, match.start())
                    ends.insert(n, match.end())
                    hits.append(hit)
        if YEAR_WORD_GATE not in gates:
            continue
        for match in ANCHORED_YEAR_X.finditer(text, *sentence):
            n = bisect_left(starts, match.end())
            if n > 0 and ends[n - 1] > match.start():
                continue
            recent = hits[-ANCHOR_CANDIDATES:]
            earlier = sorted((h for h in recent if h.end <= match.start()), key=lambda h: h.start)
            hit = _anchored_year(match, ctx, earlier)
            if hit is not None:
                starts.insert(n, match.start())
                ends.insert(n, match.end())
                hits.append(hit)
    hits.sort(key=lambda h: (h.start, h.end))
    return hits
