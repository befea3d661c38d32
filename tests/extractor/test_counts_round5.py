"""Stage 3b: count forms of round 5 (a fresh batch written by others): money in any currency,
scales written as letters, adjectives used as nouns, a measure compound between a number and
its noun, and bare numbers whose noun the text names before them. Each rule: a case it fixes, a
second case, a case it must not touch. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extractor import units_in

Units = list[tuple[str, str]]

CASES: list[tuple[str, Units]] = [
    # Every currency's name after the number is money, not a count.
    ("The bank will buy bonds worth 2 billion crowns a month.", []),
    ("The fund holds 40 million kronor and 3 million zloty in cash.", []),
    ("Seoul spent 2 billion won on 40 buses.", [("40 buses", "buses")]),
    ("The mill paid 500 rupees a day to 40 weavers.", [("40 weavers", "weavers")]),
    # ... and its symbol or code before it.
    ("The club paid ₹40 million and CHF 3 million for 12 players.", [("12 players", "players")]),
    # ... but "won" alone is the verb's, and a plain count stays.
    ("The 12 won by a length.", []),
    ("The 14 rowers each won a medal.", [("14 rowers", "rowers")]),
    # A scale written as letters: "m", "bn", "k".
    (
        "Shipments reached 3.4m units last year, up from 2.9m.",
        [("3.4m units", "units"), ("2.9m", "units")],
    ),
    (
        "About 12k runners took part and 5m people watched.",
        [("About 12k runners", "runners"), ("5m people", "people")],
    ),
    # ... money stays money, and a length is no scale.
    ("The group lost £3.4bn and cut 1,200 jobs.", [("1,200 jobs", "jobs")]),
    ("She won the 400m hurdles and the wall is 5m high.", []),
    # Adjectives used as nouns, counted as written.
    ("The storm left 30,000 homeless.", [("30,000 homeless", "homeless")]),
    ("The 12 injured were flown to the coast.", [("12 injured", "injured")]),
    # ... a noun after the adjective is the head.
    ("The blast left 12 injured miners in hospital.", [("12 injured miners", "miners")]),
    # A measure compound between the number and its noun: both are counts.
    (
        "The union plans two 48-hour strikes in March.",
        [("two 48-hour strikes", "strikes"), ("48-hour strikes", "hours")],
    ),
    (
        "The coach ran three 90-minute sessions.",
        [("three 90-minute sessions", "sessions"), ("90-minute sessions", "minutes")],
    ),
    # ... a compound alone still counts its measure ("a two-day meeting").
    ("The ministers held a two-day meeting.", [("two-day meeting", "days")]),
    # Bare numbers whose noun the text names before them.
    (
        "The club has 12,000 members, of whom 9,800 voted.",
        [("12,000 members", "members"), ("9,800", "members")],
    ),
    (
        "Of the 14 economists polled by the wire last week, nine had expected a rise.",
        [("14 economists", "economists"), ("nine", "economists")],
    ),
    (
        "Some 2,184 of its members voted. Of those, 1,903 backed the strike and 281 voted against.",
        [("Some 2,184 of its members", "members"), ("1,903", "members"), ("281", "members")],
    ),
    (
        'The seven-member board voted. "Five of the seven are still worried," he said.',
        [("seven-member board", "members"), ("Five", "members"), ("seven", "members")],
    ),
    # ... a number joined to a named count does not borrow its noun; a repeat in the
    # narrator's voice is a back-reference.
    ("He bought 3 cars and 12 were stolen.", [("3 cars", "cars")]),
    (
        "The seven-member board voted. Five of the seven were worried.",
        [("seven-member board", "members"), ("Five", "members")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round5_count_forms(text: str, expected: Units) -> None:
    assert units_in(text) == expected
