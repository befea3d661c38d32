"""Stage 3a: date forms of news beyond politics (issue 10, round 2): a sport's season, a
business quarter, a part of a stated year, midnight and overnight, "N years ago" in words, "the
year before", a year as a noun's modifier, and the tense rules they needed (a participle after a
preposition, "likely to", "until at least", a date after an infinitive). Each rule: a case it
fixes, a second case, a case it must not touch. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.extractor.dates import extract_dates
from tests.extractor import DateRow, dates_in

#: A Wednesday.
WED_15_MAY = dt.date(2024, 5, 15)
SUN_10_MAR = dt.date(2024, 3, 10)
MON_4_NOV = dt.date(2024, 11, 4)
MON_22_JAN = dt.date(2024, 1, 22)
THU_24_OCT = dt.date(2024, 10, 24)
SAT_15_JUN = dt.date(2024, 6, 15)
FRI_20_SEP = dt.date(2024, 9, 20)
FRI_10_JAN_2025 = dt.date(2025, 1, 10)
MON_15_JUL = dt.date(2024, 7, 15)


def dates(text: str, published: dt.date = WED_15_MAY) -> list[DateRow]:
    return dates_in(text, published)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A season of a sport runs August to May ...
        ("The club has sold more shirts this season than ever.", SUN_10_MAR,
         [("this season", "2023-08-01", "2024-05-31")]),
        ("Ticket prices will rise by 5 per cent next season.", SUN_10_MAR,
         [("next season", "2024-08-01", "2025-05-31")]),
        # ... in the summer break "next season" is the one about to start, "last" the one ended.
        ("The striker scored 20 goals last season and will stay next season.", MON_15_JUL,
         [("last season", "2023-08-01", "2024-05-31"),
          ("next season", "2024-08-01", "2025-05-31")]),
        ("Crowds fell in the 2022-23 season.", SUN_10_MAR,
         [("the 2022-23 season", "2022-08-01", "2023-05-31")]),
        # Not a date: a series' season after "the", a season of the year without a modifier.
        ("Viewers loved the last season of the drama.", SUN_10_MAR, []),
        ("Farmers fear the rainy season.", SUN_10_MAR, []),
        ("The 2022-25 season pass costs more.", SUN_10_MAR, []),
    ],
)  # fmt: skip
def test_season_of_a_sport(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The nearest calendar quarter: in October, the third is the one just ended ...
        ("Profits rose in the third quarter, the bank said.", THU_24_OCT,
         [("the third quarter", "2024-07-01", "2024-09-30")]),
        ("Shares fell after weak third-quarter sales.", THU_24_OCT,
         [("third-quarter", "2024-07-01", "2024-09-30")]),
        # ... in January, fourth-quarter results are last year's, whatever the verb's tense.
        ("The airline will report fourth-quarter earnings in late January.", FRI_10_JAN_2025,
         [("fourth-quarter", "2024-10-01", "2024-12-31"),
          ("late January", "2025-01-21", "2025-01-31")]),
        # A past clause never reads a quarter to come: in October, last year's first quarter.
        ("Revenue had dropped 3% in the first quarter.", THU_24_OCT,
         [("the first quarter", "2024-01-01", "2024-03-31")]),
        ("Margins should improve next quarter.", THU_24_OCT,
         [("next quarter", "2025-01-01", "2025-03-31")]),
        # Not a date: a game's quarter, a count of quarters.
        ("The Hawks trailed by nine points in the fourth quarter.", THU_24_OCT, []),
        ("Sales fell for the second quarter running.", THU_24_OCT, []),
    ],
)  # fmt: skip
def test_quarter_of_a_year(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert dates(text, published) == expected


def test_quarter_doubt_names_the_calendar() -> None:
    text = "Profits rose in the third quarter, the bank said."
    (hit,) = extract_dates(text, [(0, len(text))], THU_24_OCT)
    assert hit.doubt == "calendar quarters assumed: a company's fiscal quarters may differ"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of a stated year: thirds, as "late last year".
        ("We expect the tunnel to open in late 2027.", [("late 2027", "2027-09-01", "2027-12-31")]),
        ("Prices peaked in mid-2019.", [("mid-2019", "2019-05-01", "2019-08-31")]),
        # The year alone stays the whole year.
        ("The tunnel opened in 2027.", [("2027", "2027-01-01", "2027-12-31")]),
    ],
)  # fmt: skip
def test_part_of_a_stated_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A past clause: the midnight that began the publication day ...
        ("The winner spoke to supporters shortly after midnight.",
         [("shortly after midnight", "2024-11-04", "2024-11-04")]),
        ("The last polls closed just before midnight.",
         [("just before midnight", "2024-11-03", "2024-11-03")]),
        # ... a future one: the midnight that ends it.
        ("The ceasefire will begin at midnight.", [("at midnight", "2024-11-04", "2024-11-05")]),
        # A named day keeps the date; midnight is left to it.
        ("The curfew starts at midnight on Friday.", [("Friday", "2024-11-08", "2024-11-08")]),
    ],
)  # fmt: skip
def test_midnight(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, MON_4_NOV) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare "overnight" is the night next to the day its sentence names: after it ...
        ("Police closed the street on Sunday and guarded it overnight.",
         [("Sunday", "2024-01-21", "2024-01-21"), ("overnight", "2024-01-21", "2024-01-22")]),
        # ... or before it.
        ("Crews worked overnight and reopened the road on Monday morning.",
         [("overnight", "2024-01-21", "2024-01-22"),
          ("Monday morning", "2024-01-22", "2024-01-22")]),
        # A night named by its weekday: the day and the next, or into it the day before.
        ("Heavy rain fell overnight into Saturday.",
         [("overnight into Saturday", "2024-01-19", "2024-01-20")]),
        # Not a date: a habit or a length with no day, the adjective, "suddenly".
        ("Most teenagers keep their phones by the bed overnight.", []),
        ("An overnight curfew was imposed on Sunday.", [("Sunday", "2024-01-21", "2024-01-21")]),
        ("Overnight rain flooded the cellars on Sunday.",
         [("Sunday", "2024-01-21", "2024-01-21")]),
        ("Trust is not rebuilt overnight, she said on Sunday.",
         [("Sunday", "2024-01-21", "2024-01-21")]),
    ],
)  # fmt: skip
def test_overnight(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, MON_22_JAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle after a preposition is an adjective: the future verb before it decides.
        ("Snow is expected to settle on already frozen roads before Thursday.",
         [("Thursday", "2024-05-16", "2024-05-16")]),
        ("Buses will run on flooded streets until Friday.",
         [("Friday", "2024-05-17", "2024-05-17")]),
        # ... a participle that is the verb stays past.
        ("The river flooded on Monday.", [("Monday", "2024-05-13", "2024-05-13")]),
    ],
)  # fmt: skip
def test_participle_after_a_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "likely to", "about to": a future, also backshifted in reported speech.
        ("Forecasters said the storm was likely to reach the coast late on Friday.",
         [("late on Friday", "2024-05-17", "2024-05-17")]),
        ("The envoy is about to leave for talks on Saturday.",
         [("Saturday", "2024-05-18", "2024-05-18")]),
        # Not before a participle.
        ("The fire was likely started on Sunday.", [("Sunday", "2024-05-12", "2024-05-12")]),
    ],
)  # fmt: skip
def test_likely_to(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "until at least": the earliest end of a state still in force, after a past verb too.
        ("The airline grounded its fleet until at least Thursday.", WED_15_MAY,
         [("Thursday", "2024-05-16", "2024-05-16")]),
        ("The bank suspended withdrawals until at least August.", FRI_20_SEP,
         [("August", "2025-08-01", "2025-08-31")]),
        # Plain "until" after a past verb stays past (docs/annotation.md).
        ("The airline grounded its fleet until Thursday.", WED_15_MAY,
         [("Thursday", "2024-05-09", "2024-05-09")]),
    ],
)  # fmt: skip
def test_until_at_least(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A month after an infinitive governed by a past verb: the nearest such month.
        ("Councillors agreed last week to close the pool from November.", SAT_15_JUN,
         [("last week", "2024-06-08", "2024-06-14"), ("November", "2024-11-01", "2024-11-30")]),
        ("The union decided to strike in January.", dt.date(2024, 11, 20),
         [("January", "2025-01-01", "2025-01-31")]),
        # A future governor keeps the future, though the nearest February is past.
        ("The plant is due to reopen in February.", SAT_15_JUN,
         [("February", "2025-02-01", "2025-02-28")]),
    ],
)  # fmt: skip
def test_month_after_an_infinitive(
    text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Numbers in words, and years and months counted back.
        ("Thirty-one years ago the bridge opened.", [("Thirty-one years ago", "1993-01-01",
                                                      "1993-12-31")]),
        ("The mill shut eleven months ago.", [("eleven months ago", "2023-06-01", "2023-06-30")]),
        ("The ferry sank four days ago.", [("four days ago", "2024-05-11", "2024-05-11")]),
        # Not a date.
        ("The shop opened a few years ago.", []),
        ("The dam is three years from completion.", []),
    ],
)  # fmt: skip
def test_counted_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The year before / after the last year named ...
        ("Exports rose 4% last year, against 2% the year before.",
         [("last year", "2023-01-01", "2023-12-31"),
          ("the year before", "2022-01-01", "2022-12-31")]),
        ("The club went up in 2019. The following year it went down again.",
         [("2019", "2019-01-01", "2019-12-31"),
          ("The following year", "2020-01-01", "2020-12-31")]),
        # ... with none named, counted from publication.
        ("Sales fell compared with the previous year.",
         [("the previous year", "2023-01-01", "2023-12-31")]),
        # Not a date: a year before an event the clause names.
        ("He moved to the coast in the year before the war.", []),
    ],
)  # fmt: skip
def test_year_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year as an event's or a document's modifier.
        ("Defences promised after the 2015 floods were never built.",
         [("2015", "2015-01-01", "2015-12-31")]),
        ("Its 2019 report found no fault.", [("2019", "2019-01-01", "2019-12-31")]),
        # A count is no year.
        ("The 2000 runners set off at dawn.", []),
    ],
)  # fmt: skip
def test_year_as_a_modifier(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected
