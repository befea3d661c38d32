"""Stage 3a: date forms of round 5 (a fresh batch written by others): "by the end of" as a
deadline, a day with its year named from publication, a reporting period named by its end, the
rest of a span, a season's parts, a day told by an apposition, and a full stop that is no part
of a month's name. Each rule: a case it fixes, a second case, a case it must not touch.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extractor import DateRow, dates_in

WED_14_MAY = dt.date(2025, 5, 14)
MON_14_OCT = dt.date(2024, 10, 14)
SAT_26_APR = dt.date(2025, 4, 26)

Found = list[tuple[str, str, str]]


def dates(text: str, published: dt.date = WED_14_MAY) -> list[DateRow]:
    return dates_in(text, published)


CASES: list[tuple[str, dt.date, Found]] = [
    # "by the end of X" is a deadline: publication day to X's last day; "by" is not the date's.
    (
        "The ferry company will finish the refit by the end of June.",
        WED_14_MAY,
        [("the end of June", "2025-05-14", "2025-06-30")],
    ),
    (
        "The contractor said the bridge would be painted by the end of next week.",
        WED_14_MAY,
        [("the end of next week", "2025-05-14", "2025-05-25")],
    ),
    (
        "The mill aims to cut its water use by the end of 2027.",
        WED_14_MAY,
        [("the end of 2027", "2025-05-14", "2027-12-31")],
    ),
    # ... not "at the end of", which is the part itself, and a negated "before" stays the part.
    (
        "The harbour wall will be repaired at the end of June.",
        WED_14_MAY,
        [("the end of June", "2025-06-21", "2025-06-30")],
    ),
    (
        "The bakery will not reopen before the end of June.",
        WED_14_MAY,
        [("the end of June", "2025-06-21", "2025-06-30")],
    ),
    # A season as the span of a part, and a deadline on it.
    (
        "The cafe will close by the end of the summer.",
        WED_14_MAY,
        [("the end of the summer", "2025-05-14", "2025-08-31")],
    ),
    (
        "Half of the fine is suspended until the end of the season.",
        WED_14_MAY,
        [("the end of the season", "2025-05-21", "2025-05-31")],
    ),
    # A part of a span whose day is named next: the day is the date.
    (
        "Cases since the start of the season on 1 July reached 900.",
        WED_14_MAY,
        [("1 July", "2024-07-01", "2024-07-01")],
    ),
    # "the rest of X": from publication to X's end.
    (
        "The bank expects to hold rates for the rest of the spring.",
        WED_14_MAY,
        [("the rest of the spring", "2025-05-14", "2025-05-31")],
    ),
    (
        "The lido stays shut for the rest of the year.",
        WED_14_MAY,
        [("the rest of the year", "2025-05-14", "2025-12-31")],
    ),
    # A day or a month with its year named from publication: one date.
    (
        "The barn burned down on June 3 last year.",
        WED_14_MAY,
        [("June 3 last year", "2024-06-03", "2024-06-03")],
    ),
    (
        "The lease runs until 12 March next year.",
        WED_14_MAY,
        [("12 March next year", "2026-03-12", "2026-03-12")],
    ),
    (
        "Ticket sales doubled in May this year.",
        WED_14_MAY,
        [("May this year", "2025-05-01", "2025-05-31")],
    ),
    # ... "May" alone is the verb; "last year's" a possessive.
    ("May this year bring calmer seas.", WED_14_MAY, [("this year", "2025-01-01", "2025-12-31")]),
    (
        "June 3 last year's winner returned.",
        WED_14_MAY,
        [("June 3", "2024-06-03", "2024-06-03"), ("last year", "2024-01-01", "2024-12-31")],
    ),
    # A reporting period named by its end: the whole period.
    (
        "The group shipped 4,000 boats in the three months to 30 June 2025.",
        WED_14_MAY,
        [("the three months to 30 June 2025", "2025-04-01", "2025-06-30")],
    ),
    (
        "Profit rose in the six months to March, the brewer said.",
        WED_14_MAY,
        [("the six months to March", "2024-10-01", "2025-03-31")],
    ),
    (
        "Output in the nine months ended September 30 was flat.",
        WED_14_MAY,
        [("the nine months ended September 30", "2024-01-01", "2024-09-30")],
    ),
    (
        "Sales in the three months to 15 June 2025 fell.",
        WED_14_MAY,
        [("the three months to 15 June 2025", "2025-03-16", "2025-06-15")],
    ),
    # ... "to" a month with no period before it is no period.
    (
        "The talks moved to March 2026.",
        WED_14_MAY,
        [("March 2026", "2026-03-01", "2026-03-31")],
    ),
    # A day told by an apposition takes the apposition's tense.
    (
        "The ban runs from January 19, the day the league first suspended him.",
        MON_14_OCT,
        [("January 19", "2024-01-19", "2024-01-19")],
    ),
    (
        "The closure lasts until March 2, the date when the inquiry ends.",
        MON_14_OCT,
        [("March 2", "2025-03-02", "2025-03-02")],
    ),
    # "plans" right before a date is the noun; before an object it stays the verb.
    (
        "In our story on the harbour plans (April 19), we said the board had voted.",
        SAT_26_APR,
        [("April 19", "2025-04-19", "2025-04-19")],
    ),
    ("The union plans a strike on Monday.", SAT_26_APR, [("Monday", "2025-04-28", "2025-04-28")]),
    # A month's full name never takes the full stop; an abbreviation keeps its own.
    (
        "The pier will reopen at the end of September.",
        WED_14_MAY,
        [("the end of September", "2025-09-21", "2025-09-30")],
    ),
    ("The market returned in September.", WED_14_MAY, [("September", "2024-09-01", "2024-09-30")]),
    ("The fair opens on Sept. 12 again.", WED_14_MAY, [("Sept. 12", "2025-09-12", "2025-09-12")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_round5_date_forms(text: str, published: dt.date, expected: Found) -> None:
    assert dates(text, published) == expected
