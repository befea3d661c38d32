"""Stage 3a: date forms of round 4 (a weather warning, a press release, a panel ruling, council
minutes, an "In brief" column, a trading update, a report, a daily update, a profile, an
explainer): clauses whose verb does not say which side of publication a date falls on, verbs
that put off or call off, forecasts, a season named in itself, routines, a weekday with its
date, holidays, decades and years before a noun, "this week" gone by. Each rule: a case it
fixes, a second case, a case it must not touch. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extractor import DateRow, dates_in

WED_15_MAY = dt.date(2024, 5, 15)
WED_15_JAN = dt.date(2025, 1, 15)
TUE_10_JUN = dt.date(2025, 6, 10)
THU_24_OCT = dt.date(2024, 10, 24)
FRI_20_SEP = dt.date(2024, 9, 20)

Found = list[tuple[str, str, str]]


def dates(text: str, published: dt.date = WED_15_MAY) -> list[DateRow]:
    return dates_in(text, published)


CASES: list[tuple[str, dt.date, Found]] = [
    # An infinitive under a past verb: its weekday is the nearest one ...
    (
        "The board decided to shut the library on Friday.",
        WED_15_MAY,
        [("Friday", "2024-05-17", "2024-05-17")],
    ),
    (
        "The union voted to stage a walkout on Monday.",
        WED_15_MAY,
        [("Monday", "2024-05-13", "2024-05-13")],
    ),
    # ... not a past verb's own weekday, nor a possessive (its noun's event).
    ("The board shut the library on Friday.", WED_15_MAY, [("Friday", "2024-05-10", "2024-05-10")]),
    (
        "Markets continued to slide after Monday's crash.",
        WED_15_MAY,
        [("Monday", "2024-05-13", "2024-05-13")],
    ),
    # A verb that calls an event off: the possessive weekday is the coming one ...
    (
        "The club had postponed Saturday's match because of the frozen pitch.",
        WED_15_MAY,
        [("Saturday", "2024-05-18", "2024-05-18")],
    ),
    (
        "Organisers have called off Sunday's parade.",
        WED_15_MAY,
        [("Sunday", "2024-05-19", "2024-05-19")],
    ),
    # ... any other verb leaves it to the tense.
    (
        "Police said Saturday's march passed off peacefully.",
        WED_15_MAY,
        [("Saturday", "2024-05-11", "2024-05-11")],
    ),
    # "is/are forecast" points forward ...
    (
        "Heavy rain is forecast for the coast on Sunday.",
        WED_15_MAY,
        [("Sunday", "2024-05-19", "2024-05-19")],
    ),
    (
        "Temperatures are predicted to drop on Monday.",
        WED_15_MAY,
        [("Monday", "2024-05-20", "2024-05-20")],
    ),
    # ... "was forecast" stays past.
    (
        "Snow was forecast for Monday but never came.",
        WED_15_MAY,
        [("Monday", "2024-05-13", "2024-05-13")],
    ),
    # A counterfactual "would have" says nothing of the side: the nearest ...
    (
        "The bonus, which would have been paid in March, is cancelled.",
        WED_15_JAN,
        [("March", "2025-03-01", "2025-03-31")],
    ),
    (
        "The ferry could have sailed on Friday.",
        WED_15_JAN,
        [("Friday", "2025-01-17", "2025-01-17")],
    ),
    # ... a plain past stays past.
    ("The bonus was paid in March.", WED_15_JAN, [("March", "2024-03-01", "2024-03-31")]),
    # A verb of putting off sets an "until" that lies ahead ...
    ("The vote was postponed until July.", TUE_10_JUN, [("July", "2025-07-01", "2025-07-31")]),
    (
        "The council has extended the curfew until 5 July.",
        TUE_10_JUN,
        [("5 July", "2025-07-05", "2025-07-05")],
    ),
    # ... a plain "until" after a past verb stays past.
    ("The road stayed shut until July.", TUE_10_JUN, [("July", "2024-07-01", "2024-07-31")]),
    # A timetabled verb's participle is the date's own verb, untensed: the nearest ...
    (
        "Ministers presented the plan for the season starting July 1.",
        TUE_10_JUN,
        [("July 1", "2025-07-01", "2025-07-01")],
    ),
    (
        "The council approved the timetable beginning on 2 July.",
        TUE_10_JUN,
        [("2 July", "2025-07-02", "2025-07-02")],
    ),
    # ... a noun ("the opening") is no such verb.
    ("The opening on 2 July was a success.", TUE_10_JUN, [("2 July", "2024-07-02", "2024-07-02")]),
    # "next"/"last" season named inside that season: the one after / before it ...
    ("Planting resumes next spring.", WED_15_MAY, [("next spring", "2025-03-01", "2025-05-31")]),
    ("Numbers fell last spring.", WED_15_MAY, [("last spring", "2023-03-01", "2023-05-31")]),
    # ... outside it, the coming one.
    ("Planting resumes next spring.", THU_24_OCT, [("next spring", "2025-03-01", "2025-05-31")]),
    # A weekday with a plural part of the day, or before a service's noun, is a routine ...
    ("The market closes the square on Sunday mornings.", WED_15_MAY, []),
    ("He would restore the Thursday bus to the coast.", WED_15_MAY, []),
    # ... a singular part of the day is one day.
    (
        "The market closed the square on Sunday morning.",
        WED_15_MAY,
        [("Sunday morning", "2024-05-12", "2024-05-12")],
    ),
    # A weekday before a date is one claim with it ...
    (
        "The final is on Saturday, June 1.",
        WED_15_MAY,
        [("Saturday, June 1", "2024-06-01", "2024-06-01")],
    ),
    ("Voting ended on Monday 13 May.", WED_15_MAY, [("Monday 13 May", "2024-05-13", "2024-05-13")]),
    # ... a weekday and a date apart are two.
    (
        "Talks resumed on Monday, and on June 1 the deal was signed.",
        WED_15_MAY,
        [("Monday", "2024-05-13", "2024-05-13"), ("June 1", "2023-06-01", "2023-06-01")],
    ),
    # Fixed holidays, and a week or a fortnight next to one ...
    (
        "Sales picked up in the final fortnight before Christmas.",
        WED_15_JAN,
        [("the final fortnight before Christmas", "2024-12-11", "2024-12-24")],
    ),
    (
        "The council approved the Fourth of July parade.",
        TUE_10_JUN,
        [("Fourth of July", "2025-07-04", "2025-07-04")],
    ),
    # ... a bare "Christmas" is a season of trade, no date.
    ("Sales in the Christmas period fell.", WED_15_JAN, []),
    # A decade without "the", a year after a preposition before a singular noun ...
    ("They drive a 1970s van.", WED_15_MAY, [("1970s", "1970-01-01", "1979-12-31")]),
    (
        "He promised a modern stadium with 2030 money.",
        WED_15_MAY,
        [("2030", "2030-01-01", "2030-12-31")],
    ),
    # ... a number before a plural it counts, an age, stay no date.
    ("The charity fed 2000 families with 2000 volunteers in her 80s.", WED_15_MAY, []),
    # "this week" in a past clause: Monday to the publication day ...
    ("Germany moved its staff this week.", FRI_20_SEP, [("this week", "2024-09-16", "2024-09-20")]),
    ("Prices dropped sharply this week.", FRI_20_SEP, [("this week", "2024-09-16", "2024-09-20")]),
    # ... in a future one the whole week.
    ("The court will rule this week.", FRI_20_SEP, [("this week", "2024-09-16", "2024-09-22")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_round4_forms(text: str, published: dt.date, expected: Found) -> None:
    assert dates(text, published) == expected
