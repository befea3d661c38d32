"""Stage 3b: count forms of round 6, found by probing sentences of our own: a negated comparative
("no fewer than", "not more than") and "at most" / "a maximum of" as hedges, and fractions in
words ("two thirds of the staff") as shares, not counts. Each rule: a case it fixes, a second
case, a case it must not touch. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extractor import counts_in

Row = tuple[str, int, int | None, str, str]

CASES: list[tuple[str, list[Row]]] = [
    # A negated "fewer/less than" is a floor (it was read as a ceiling: 0..12).
    ("No fewer than 12 candidates are standing.",
     [("No fewer than 12 candidates", 12, None, "at-least", "candidates")]),
    ("Not less than 40 ships were waiting.",
     [("Not less than 40 ships", 40, None, "at-least", "ships")]),
    # A negated "more than", "at most" and "a maximum of" are a ceiling ("not more than" was
    # read as more than 30; "at most" was dropped, an exact 30).
    ("Not more than 30 people may attend.",
     [("Not more than 30 people", 0, 30, "up-to", "people")]),
    ("At most 30 people and a maximum of 200 fans will be admitted.",
     [("At most 30 people", 0, 30, "up-to", "people"),
      ("a maximum of 200 fans", 0, 200, "up-to", "fans")]),
    # Must not touch: the plain comparatives.
    ("Fewer than 40 people came.", [("Fewer than 40 people", 0, 40, "up-to", "people")]),
    ("More than 30 people stayed.", [("More than 30 people", 31, None, "more-than", "people")]),
    # A fraction in words is a share, as "two-thirds" is: no count ("Two thirds" was 2 thirds).
    ("Two thirds of the 900 staff backed the deal.",
     [("900 staff", 900, 900, "exact", "staff")]),
    ("Three quarters of the seats and two fifths of the votes went to the coalition.", []),
    # Must not touch: a count of people before "of".
    ("Two of the 900 staff backed the deal.",
     [("Two", 2, 2, "exact", "staff"), ("900 staff", 900, 900, "exact", "staff")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_count_forms_round6(text: str, expected: list[Row]) -> None:
    assert counts_in(text) == expected


HUNDREDS: list[tuple[str, list[Row]]] = [
    # Hundreds in words with "and" are one number (the part after "and" was read alone).
    ("Two hundred and fifty people attended.",
     [("Two hundred and fifty people", 250, 250, "exact", "people")]),
    ("A hundred and ten runners started.",
     [("A hundred and ten runners", 110, 110, "exact", "runners")]),
    # ... and take a scale after them (was 300).
    ("Three hundred thousand people marched.",
     [("Three hundred thousand people", 300000, 300000, "exact", "people")]),
    # Must not touch: hundreds alone, and "and" joining two counts.
    ("Nine hundred residents left.", [("Nine hundred residents", 900, 900, "exact", "residents")]),
    ("The 1,200 staff and 210 contractors left.",
     [("1,200 staff", 1200, 1200, "exact", "staff"),
      ("210 contractors", 210, 210, "exact", "contractors")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HUNDREDS)
def test_hundreds_in_words(text: str, expected: list[Row]) -> None:
    assert counts_in(text) == expected
