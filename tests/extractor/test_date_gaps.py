"""Stage 3a: the date gaps of issue 10 (parts of a day, "N days ago", parts of a year, "the end
of", vague coming spans, future passives). Each rule: a case, a second case, a case it must not
touch. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.extractor.dates import extract_dates

#: A Wednesday.
PUBLISHED = dt.date(2024, 5, 15)


def dates(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str, str]]:
    hits = extract_dates(text, [(0, len(text))], published)
    return [(text[h.start : h.end], str(h.value.earliest), str(h.value.latest)) for h in hits]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sank three days ago off the cape.",
         [("three days ago", "2024-05-12", "2024-05-12")]),
        ("Talks collapsed 2 weeks ago in the capital.",
         [("2 weeks ago", "2024-05-01", "2024-05-01")]),
        ("The mayor spoke this morning outside the hall.",
         [("this morning", "2024-05-15", "2024-05-15")]),
        ("Crews worked through last night to clear the road.",
         [("last night", "2024-05-14", "2024-05-14")]),
        ("The curfew starts at midnight tonight in the old town.",
         [("midnight tonight", "2024-05-15", "2024-05-16")]),
        ("Residents met on Monday morning at the school.",
         [("Monday morning", "2024-05-13", "2024-05-13")]),
        ("The plant closed late last year after a fire.",
         [("late last year", "2023-09-01", "2023-12-31")]),
        ("Prices rose early this year in most markets.",
         [("early this year", "2024-01-01", "2024-04-30")]),
        ("The quota ran out at the end of March, traders said.",
         [("the end of March", "2024-03-21", "2024-03-31")]),
        # "by the end of" is a deadline, from publication (round 5, docs/annotation.md).
        ("The bridge will reopen by the end of the month.",
         [("the end of the month", "2024-05-15", "2024-05-31")]),
        ("Dockers will strike until the end of next week.",
         [("the end of next week", "2024-05-24", "2024-05-26")]),
        ("Officials will decide in the coming weeks.",
         [("the coming weeks", "2024-05-15", "2024-06-26")]),
        ("A ruling is due in the coming months.",
         [("the coming months", "2024-05-15", "2024-08-31")]),
        ("The dry spell of the summer of 2021 emptied the dam.",
         [("the summer of 2021", "2021-06-01", "2021-08-31")]),
    ],
)  # fmt: skip
def test_gaps(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The dam is three days from completion, engineers say.",
        "Every morning the ferry leaves before dawn.",
        "The match ended late, and the fans went home.",
        "Nobody expects the end of the war soon.",
    ],
)
def test_gaps_leave_alone(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A future passive: "will be held" is future although "held" alone is past.
        ("The referendum will be held on Oct 14, the commission said.", "2025-10-14"),
        ("The final will be hosted on Oct 14 in the new stadium.", "2025-10-14"),
        # ... and the past stays past.
        ("The referendum was held on Oct 14 in every province.", "2024-10-14"),
    ],
)
def test_future_passive(text: str, expected: str) -> None:
    (hit,) = dates(text, dt.date(2024, 11, 1))
    assert hit[1] == expected
