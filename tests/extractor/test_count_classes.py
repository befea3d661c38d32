"""Stage 3b: count classes checked on evalsets/dev 035-046 (round 3), rule by rule.

Each rule: a sentence it was written for, a second one it also fixes, and one it must not
touch. All sentences are written for these tests (none is a dev or seed sentence).
"""

from __future__ import annotations

import pytest

from natoiraq.extractor.counts import extract_counts

Row = tuple[str, int, int | None, str, str]


def counts(text: str) -> list[Row]:
    return [
        (text[h.start : h.end], h.value.low, h.value.high, h.value.hedge, h.value.unit)
        for h in extract_counts(text, [(0, len(text))])
    ]


def units(text: str) -> list[tuple[str, str]]:
    return [(exact, unit) for exact, _, _, _, unit in counts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A compound keeps its last word's irregular plural.
        ("He leaves a wife and five grandchildren.", [("five grandchildren", "grandchildren")]),
        ("Two gunmen fired on the convoy.", [("Two gunmen", "gunmen")]),
        # A singular noun in -men is no plural: the head is the plural after it.
        ("The lab sent two specimen boxes.", [("two specimen boxes", "boxes")]),
    ],
)
def test_compounds_keep_an_irregular_plural(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A preposition right after the number and before a plural noun is an adjective.
        (
            "The council hired three outside auditors.",
            [("three outside auditors", "auditors")],
        ),
        ("Pilots reported four near misses.", [("four near misses", "misses")]),
        # With its object it is a preposition and ends the phrase.
        ("Police held 200 outside the stadium.", []),
    ],
)
def test_a_preposition_before_a_plural_is_an_adjective(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a verb of measuring, a weight or a volume is a property of one thing.
        ("The new racket weighs 285 grams.", []),
        ("The parcel weighed about 2 kilograms.", []),
        # An amount of goods counts.
        ("Customs seized 12 kilograms of heroin.", [("12 kilograms", "kilograms")]),
        ("The mill ships 90,000 tonnes a year.", [("90,000 tonnes a year", "tonnes per year")]),
    ],
)
def test_a_measured_weight_is_not_a_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # How old something is, or how long since a level was last seen: no count.
        ("It was the worst defeat in the club's 98-year history.", []),
        ("The pound fell to a 37-year low.", []),
        # The length of a thing decided stays a count.
        ("He signed a four-year contract.", [("four-year contract", "years")]),
    ],
)
def test_an_age_of_something_is_not_a_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms Okafor, a mother of three, was named on Friday.", [("three", "children")]),
        ("The driver, a grandfather of six, was unhurt.", [("six", "grandchildren")]),
        # A parent whose children are named: the noun after the number.
        ("He is the father of two teenage daughters.", [("two teenage daughters", "daughters")]),
    ],
)
def test_a_parent_of_n_counts_children(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number restated in brackets is one count; a term is a length decided.
        (
            "The ministry extended the permit for a term of sixty (60) days.",
            [("sixty (60) days", 60, 60, "exact", "days")],
        ),
        (
            "The board shall appoint five (5) directors.",
            [("five (5) directors", 5, 5, "exact", "directors")],
        ),
        # Different numbers in brackets are two readings, not a restatement.
        ("Tenants got twelve (14) notices.", []),
        # "over a period of" is how long an activity went on.
        ("She taught there over a period of nine years.", []),
    ],
)
def test_a_number_restated_in_brackets_is_one_count(text: str, expected: list[Row]) -> None:
    assert counts(text) == expected
