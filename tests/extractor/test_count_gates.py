"""Stage 3b: every match of a count pattern holds its gate (the gates only save time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from natoiraq.extractor.counts import (
    COMPOUND_RE,
    QUANTITY_GATE_RE,
    QUANTITY_RE,
    _has_hyphen,
    _may_hold_quantity,
    extract_counts,
)
from natoiraq.io.seeds import load_seed

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


ROOT = Path(__file__).resolve().parents[2]
OUR_TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "evalsets" / "dev" / "seeds").glob("*.txt")
)


@pytest.mark.parametrize(
    "text",
    [
        *QUANTITIES,
        "Officials often attend, and the content was calm.",
        "No count here at all.",
        "Café owners said TWENTY.",  # not ASCII: the gate itself decides
        "ſix ſeven",  # re.I folds the long s to s: the gate itself decides
        "Kelvin: \u212aelvin",
    ],
)
def test_the_cheap_gate_agrees_with_the_gate(text: str) -> None:
    expected = QUANTITY_GATE_RE.search(text) is not None
    assert _may_hold_quantity(text, 0, len(text)) == expected


@pytest.mark.parametrize("path", OUR_TEXTS, ids=lambda p: p.name)
def test_the_cheap_gate_agrees_with_the_gate_on_every_line(path: Path) -> None:
    text = load_seed(path).text
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        assert _may_hold_quantity(text, start, end) == (
            QUANTITY_GATE_RE.search(text, start, end) is not None
        ), line
        start = end + 1
