"""Stage 3a: which way a date without a year or a week points (the clause's verbs), "last week",
the parts of a span ("the first days of", "the end of the first quarter of", "before the end
of"), and the bare forms a news sentence dates with ("the party's September congress", "the
floods of 2019"). Each rule: a case it fixes, a second case, a case it must not touch. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.extractor.dates import extract_dates

#: A Wednesday.
WED_15_MAY = dt.date(2024, 5, 15)
SUN_19_MAY = dt.date(2024, 5, 19)
MON_20_MAY = dt.date(2024, 5, 20)
SAT_15_JUN = dt.date(2024, 6, 15)
FRI_20_SEP = dt.date(2024, 9, 20)


def dates(text: str, published: dt.date = WED_15_MAY) -> list[tuple[str, str, str]]:
    hits = extract_dates(text, [(0, len(text))], published)
    return [(text[h.start : h.end], str(h.value.earliest), str(h.value.latest)) for h in hits]


def day(text: str, published: dt.date = WED_15_MAY) -> str:
    (hit,) = dates(text, published)
    assert hit[1] == hit[2], hit
    return hit[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle after "stay"/"remain" is an adjective: the modal before it decides.
        ("Ferries will stay docked until Friday, the port said.", "2024-05-17"),
        ("The pass is set to remain blocked until Saturday.", "2024-05-18"),
        # ... and a past copula stays past.
        ("Ferries stayed docked until Friday.", "2024-05-10"),
    ],
)  # fmt: skip
def test_copula_participle(text: str, expected: str) -> None:
    assert day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A modifier of another noun ("the coming season", "its last session") gives way to the
        # clause's verb.
        ("The league approved the rules for the coming season on Monday night.", "2024-05-13"),
        ("The senate will hold its last session on Thursday.", "2024-05-16"),
        # A future word after a determiner is a noun: "the plan", not "plan to".
        ("Officials unveiled the plan on Tuesday.", "2024-05-14"),
        # ... and decides where no verb does.
        ("The next hearing is on Thursday.", "2024-05-16"),
    ],
)  # fmt: skip
def test_modifier_gives_way_to_verb(text: str, expected: str) -> None:
    assert day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The simple present of a timetabled event is its future, on either side of the date.
        ("The book fair opens on Saturday in the old market.", "2024-05-18"),
        ("On Sunday starts the cycling tour, organisers said.", "2024-05-19"),
        # ... but not its past, an infinitive or a negated bare form.
        ("The book fair opened on Saturday in the old market.", "2024-05-11"),
        # (an infinitive under a past verb: the nearest Monday, not the coming one)
        ("The organisers decided to open on Monday.", "2024-05-13"),
        ("The stalls did not open on Saturday.", "2024-05-11"),
    ],
)  # fmt: skip
def test_scheduled_present(text: str, expected: str) -> None:
    assert day(text) == expected


def test_scheduled_present_two_dates() -> None:
    text = "Registrations open Monday and close on May 31, officials said."
    assert dates(text) == [
        ("Monday", "2024-05-20", "2024-05-20"),
        ("May 31", "2024-05-31", "2024-05-31"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "until" with no verb tense points forward ...
        ("The coastal road is shut until Friday.", "2024-05-17"),
        ("Fishing banned until Sunday after the spill.", "2024-05-12"),
        ("The coastal road was shut until Friday.", "2024-05-10"),
    ],
)  # fmt: skip
def test_until_without_a_verb(text: str, expected: str) -> None:
    # ... but a verb on either side decides ("banned" is a past participle: past).
    assert day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A month-day ahead of publication in a future or timetabled clause: this year.
        ("Entries close on October 2, the jury said.", "2024-10-02"),
        ("The exhibition ends October 2 with a concert.", "2024-10-02"),
        # A past clause about a later month-day: the year before.
        ("Entries closed on October 2 last time.", "2023-10-02"),
    ],
)  # fmt: skip
def test_month_day_year_from_the_clause(text: str, expected: str) -> None:
    assert day(text, FRI_20_SEP) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A verb right before a month named alone gives its year ...
        ("The union will hold its annual congress in February.", SAT_15_JUN,
         ("February", "2025-02-01", "2025-02-28")),
        ("The smelter closed in November after the strike.", SAT_15_JUN,
         ("November", "2023-11-01", "2023-11-30")),
        # "has until" is the present verb, not a perfect; "Ahmed" is a name, not a past verb.
        ("The envoy, Ahmed Hamed, has until early March to report.", dt.date(2024, 2, 16),
         ("early March", "2024-03-01", "2024-03-10")),
        # ... a modal a clause away does not: the nearest January.
        ("Ministers will look at what the agency could do about the drought after a report in "
         "January by the auditors.", SAT_15_JUN, ("January", "2024-01-01", "2024-01-31")),
    ],
)  # fmt: skip
def test_month_alone_takes_a_near_verb(
    text: str, published: dt.date, expected: tuple[str, str, str]
) -> None:
    assert dates(text, published) == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "last week" is the seven days before publication: on a Sunday, the week just ending ...
        ("The ferry strike ended last week.", SUN_19_MAY,
         ("last week", "2024-05-12", "2024-05-18")),
        # ... on a Monday, the previous calendar week.
        ("The ferry strike ended last week.", MON_20_MAY,
         ("last week", "2024-05-13", "2024-05-19")),
        # "next week" is still the calendar week after the publication week.
        ("The ferry strike ends next week.", SUN_19_MAY,
         ("next week", "2024-05-20", "2024-05-26")),
    ],
)  # fmt: skip
def test_last_week(text: str, published: dt.date, expected: tuple[str, str, str]) -> None:
    assert dates(text, published) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Snow blocked the passes in the first days of February.",
         [("the first days of February", "2024-02-01", "2024-02-10")]),
        ("Most visitors come in the last days of August.",
         [("the last days of August", "2024-08-21", "2024-08-31")]),
        ("The levy applies until the end of the third quarter of next year.",
         [("the end of the third quarter of next year", "2025-09-21", "2025-09-30")]),
        ("Sales fell in the first quarter of 2023.",
         [("the first quarter of 2023", "2023-01-01", "2023-03-31")]),
        ("The plant will reopen in the second half of the year.",
         [("the second half of the year", "2024-07-01", "2024-12-31")]),
        ("The new line should run before the end of the year.",
         [("before the end of the year", "2024-05-15", "2024-12-31")]),
        ("Talks resume at the start of next month.",
         [("the start of next month", "2024-06-01", "2024-06-10")]),
        ("Rates will peak in the middle of next year.",
         [("the middle of next year", "2025-05-01", "2025-08-31")]),
        ("Rain is due at the end of the week.",
         [("the end of the week", "2024-05-17", "2024-05-19")]),
    ],
)  # fmt: skip
def test_span_parts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nobody saw the end of the war coming.",
        "They scored twice in the first half of the match.",
        "He led after the first quarter of the game.",
        "The second half of the season was poor.",
        "A crowd of 2000 people gathered.",
        "The council backed its Vision 2030 plan.",
        "The March rally drew thousands.",
        "The library will cut Sunday hours to save money.",
        "Friday prayers were held in the square.",
    ],
)
def test_left_alone(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A month as a noun's modifier after a determiner or a possessive.
        ("Delegates at the party's September congress backed him.",
         ("September", "2023-09-01", "2023-09-30")),
        ("The board rejected the plan at its April meeting.",
         ("April", "2024-04-01", "2024-04-30")),
        # A year after "of" with no word after it.
        ("In the floods of 2019, the river rose six metres.",
         ("2019", "2019-01-01", "2019-12-31")),
        # A bare weekday that is a day, not a routine, is still read.
        ("The library closed Sunday after a flood.", ("Sunday", "2024-05-12", "2024-05-12")),
    ],
)  # fmt: skip
def test_bare_forms(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]
