"""Stage 3a: date forms of round 6, found by probing sentences of our own: a run of days in one
month ("12 to 15 June", "June 12-15"), a day written as an ordinal word ("the first of March"),
months joined to a month date ("in January and February"), and "a fortnight ago". Each rule: a
case it fixes, a second case, a case it must not touch. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extractor import DateRow, dates_in

WED_5_MAR = dt.date(2025, 3, 5)

Found = list[tuple[str, str, str]]


def dates(text: str, published: dt.date = WED_5_MAR) -> list[DateRow]:
    return dates_in(text, published)


CASES: list[tuple[str, Found]] = [
    # A run of days in one month is one claim, first day to last ("15 June" alone before).
    ("The festival runs from 12 to 15 June.", [("12 to 15 June", "2025-06-12", "2025-06-15")]),
    ("The festival runs June 12-15, 2026.", [("June 12-15, 2026", "2026-06-12", "2026-06-15")]),
    # Must not touch: a number after "to" that counts something, and two months' days.
    ("Fares will rise on June 12 to 15 euros.", [("June 12", "2025-06-12", "2025-06-12")]),
    ("The show runs from 12 June to 15 July.",
     [("12 June", "2025-06-12", "2025-06-12"), ("15 July", "2025-07-15", "2025-07-15")]),
    # A day written as an ordinal word (the month alone before).
    ("The ban takes effect on the first of April.",
     [("the first of April", "2025-04-01", "2025-04-01")]),
    ("The vote is on the twenty-first of June 2026.",
     [("the twenty-first of June 2026", "2026-06-21", "2026-06-21")]),
    # Must not touch: an ordinal that is no day.
    ("It was the first of many visits in April.", [("April", "2025-04-01", "2025-04-30")]),
    # Months joined to a month date by "and", "or" or commas (only the first before).
    ("Sales fell in January and February.",
     [("January", "2025-01-01", "2025-01-31"), ("February", "2025-02-01", "2025-02-28")]),
    ("The works will run in November, December and January.",
     [("November", "2025-11-01", "2025-11-30"), ("December", "2025-12-01", "2025-12-31"),
      ("January", "2026-01-01", "2026-01-31")]),
    # Must not touch: a month that has its own day, and a month that is no date.
    ("Talks ran in January and February 3 was the deadline.",
     [("January", "2025-01-01", "2025-01-31"), ("February 3", "2025-02-03", "2025-02-03")]),
    ("Sales fell in January and staff left.", [("January", "2025-01-01", "2025-01-31")]),
    # "a fortnight ago" is 14 days back, as "two weeks ago".
    ("The bridge closed a fortnight ago.", [("a fortnight ago", "2025-02-19", "2025-02-19")]),
    ("The bridge closed two fortnights ago.",
     [("two fortnights ago", "2025-02-05", "2025-02-05")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_date_forms_round6(text: str, expected: Found) -> None:
    assert dates(text) == expected
