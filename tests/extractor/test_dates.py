"""Stage 3a: date expressions -> intervals, relative to the publication date and the tense."""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.extractor.dates import extract_dates
from natoiraq.text import sentences

D = dt.date
MON_6_JAN = D(2020, 1, 6)
WED_12_FEB = D(2020, 2, 12)


def dates(
    text: str, published: dt.date | None = MON_6_JAN
) -> list[tuple[str, object, object, str]]:
    hits = extract_dates(text, sentences(text, 0, len(text)), published)
    return [
        (text[h.start : h.end], h.value.earliest, h.value.latest, h.value.granularity) for h in hits
    ]


@pytest.mark.parametrize(
    ("text", "exact", "first", "last", "granularity"),
    [
        (
            "A U.S. airstrike killed him at the airport Jan. 2.",
            "Jan. 2",
            D(2020, 1, 2),
            D(2020, 1, 2),
            "day",
        ),
        ("The January 3 strike sparked outrage.", "January 3", D(2020, 1, 3), D(2020, 1, 3), "day"),
        (
            "By a reporter - Feb 12,2020 - updated.",
            "Feb 12,2020",
            D(2020, 2, 12),
            D(2020, 2, 12),
            "day",
        ),
        (
            "On February 13th, members will decide.",
            "February 13th",
            D(2020, 2, 13),
            D(2020, 2, 13),
            "day",
        ),
        (
            "They will meet on 12 February in Brussels.",
            "12 February",
            D(2020, 2, 12),
            D(2020, 2, 12),
            "day",
        ),
        ("The mission began in 2018 in Baghdad.", "2018", D(2018, 1, 1), D(2018, 12, 31), "year"),
        ("He spoke in Brussels today.", "today", MON_6_JAN, MON_6_JAN, "day"),
        (
            "He has confirmed this Monday the suspension.",
            "this Monday",
            MON_6_JAN,
            MON_6_JAN,
            "day",
        ),
        ("The bombing last Friday killed him.", "last Friday", D(2020, 1, 3), D(2020, 1, 3), "day"),
        ("The ministers met on Wednesday.", "Wednesday", D(2020, 1, 1), D(2020, 1, 1), "day"),
        ("The ministers will meet on Monday.", "Monday", MON_6_JAN, MON_6_JAN, "day"),
        ("The ministers will meet on Thursday.", "Thursday", D(2020, 1, 9), D(2020, 1, 9), "day"),
        ("The talks collapsed last week.", "last week", D(2019, 12, 30), D(2020, 1, 5), "week"),
        (
            "Iran fired missiles the day before.",
            "the day before",
            D(2020, 1, 5),
            D(2020, 1, 5),
            "day",
        ),
        (
            "Protests erupted since October 2019.",
            "October 2019",
            D(2019, 10, 1),
            D(2019, 10, 31),
            "month",
        ),
    ],
)
def test_forms(text: str, exact: str, first: dt.date, last: dt.date, granularity: str) -> None:
    assert (exact, first, last, granularity) in dates(text)


@pytest.mark.parametrize(
    ("text", "exact", "first", "last", "granularity"),
    [
        (
            "It followed an attack early January.",
            "early January",
            D(2020, 1, 1),
            D(2020, 1, 10),
            "part-of-month",
        ),
        (
            "Fighting resumed in mid-January.",
            "mid-January",
            D(2020, 1, 11),
            D(2020, 1, 20),
            "part-of-month",
        ),
        (
            "It was announced late January.",
            "late January",
            D(2020, 1, 21),
            D(2020, 1, 31),
            "part-of-month",
        ),
        (
            "Operations were suspended in January.",
            "January",
            D(2020, 1, 1),
            D(2020, 1, 31),
            "month",
        ),
        (
            "A second step, possibly over the summer, would follow.",
            "the summer",
            D(2020, 6, 1),
            D(2020, 8, 31),
            "season",
        ),
        ("Ministers met on Wednesday, he said.", "Wednesday", WED_12_FEB, WED_12_FEB, "day"),
    ],
)
def test_forms_in_february(
    text: str, exact: str, first: dt.date, last: dt.date, granularity: str
) -> None:
    assert (exact, first, last, granularity) in dates(text, WED_12_FEB)


@pytest.mark.parametrize(
    "text",
    [
        "Iran may retaliate, officials said.",
        "The ministers may decide to march on.",
        "It may be some time before training resumes.",
        "Around 500 troops are deployed.",
    ],
)
def test_may_the_verb_is_not_a_date(text: str) -> None:
    assert dates(text) == []


def test_without_publication_date_relative_forms_stay_unresolved() -> None:
    text = "The bombing last Friday killed him; he spoke today. The strike on Jan. 3, 2020 hit."
    hits = extract_dates(text, sentences(text, 0, len(text)), None)
    by_text = {text[h.start : h.end]: h.value for h in hits}
    assert by_text["last Friday"].basis == "unresolved"
    assert by_text["last Friday"].earliest is None
    assert by_text["today"].basis == "unresolved"
    assert by_text["Jan. 3, 2020"].earliest == D(2020, 1, 3)


def test_past_tense_puts_a_day_without_year_before_publication() -> None:
    assert dates("They met on 12 February in Brussels.")[0][1] == D(2019, 2, 12)


def test_offsets_are_code_points() -> None:
    text = "“Émigrés” said last Friday."
    [(exact, *_)] = dates(text)
    assert exact == "last Friday"
