"""Stage 3b: every match of a count pattern holds its gate (the gates only save time)."""

from __future__ import annotations

import pytest

from natoiraq.extractor.counts import (
    COMPOUND_RE,
    QUANTITY_GATE_RE,
    QUANTITY_RE,
    _has_hyphen,
    extract_counts,
)

QUANTITIES = [
    "40 people", "5,200 soldiers", "1,2 million tonnes", "1.5 billion", "Around 400",
    "Tens of thousands of", "hundreds of thousands", "Several Hundred", "a few thousand",
    "a couple of million", "Dozens of", "a dozen", "A Hundred", "twenty-one", "Forty-Two",
    "about seventeen", "nineteen", "ninety", "seventy", "sixty", "eighty", "thirteen",
    "fifteen", "between two and three", "up to Eleven", "twelve",
]  # fmt: skip
COMPOUNDS = ["a 30-day truce", "the five-member board", "a 2,000‐strong force", "a 43-year lease"]


@pytest.mark.parametrize("example", QUANTITIES)
def test_every_quantity_holds_the_gate(example: str) -> None:
    matches = list(QUANTITY_RE.finditer(example))
    assert matches
    for match in matches:
        assert QUANTITY_GATE_RE.search(example, match.start(), match.end()) is not None


@pytest.mark.parametrize("example", COMPOUNDS)
def test_every_compound_holds_a_hyphen(example: str) -> None:
    matches = list(COMPOUND_RE.finditer(example))
    assert matches
    for match in matches:
        assert _has_hyphen(example, match.start(), match.end())


def test_a_sentence_without_the_gate_has_no_count() -> None:
    text = "Officials often attend, and the content was calm."
    assert QUANTITY_GATE_RE.search(text) is None
    assert extract_counts(text, [(0, len(text))]) == []
