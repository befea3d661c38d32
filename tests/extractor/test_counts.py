"""Stage 3b: counts with hedges mapped through the one hedge table."""

from __future__ import annotations

import pytest

from natoiraq.extractor.counts import extract_counts
from natoiraq.hedges import hedge_range


def counts(text: str) -> list[tuple[str, int, int | None, str, str]]:
    return [
        (text[h.start : h.end], h.value.low, h.value.high, h.value.hedge, h.value.unit)
        for h in extract_counts(text, [(0, len(text))])
    ]


@pytest.mark.parametrize(
    ("text", "exact", "hedge", "number", "unit"),
    [
        (
            "a mission involving around 500 troops to help",
            "around 500 troops",
            "around",
            500,
            "troops",
        ),
        ("about 300 soldiers left", "about 300 soldiers", "around", 300, "soldiers"),
        ("roughly 40 ministers met", "roughly 40 ministers", "around", 40, "ministers"),
        ("some 250 trainers arrived", "some 250 trainers", "around", 250, "trainers"),
        ("nearly 5,000 troops remain", "nearly 5,000 troops", "nearly", 5000, "troops"),
        ("at least 20 soldiers were hurt", "at least 20 soldiers", "at-least", 20, "soldiers"),
        ("up to 1,000 trainers could go", "up to 1,000 trainers", "up-to", 1000, "trainers"),
        (
            "including 5,200 United States soldiers",
            "5,200 United States soldiers",
            "exact",
            5200,
            "soldiers",
        ),
        ("expand the training to three more bases in", "three more bases", "exact", 3, "bases"),
        ("the 29-member alliance agreed", "29-member alliance", "exact", 29, "members"),
        ("at the start of the two-day meetings", "two-day meetings", "exact", 2, "days"),
    ],
)
def test_numbers_and_hedges(text: str, exact: str, hedge: str, number: int, unit: str) -> None:
    low, high, _ = hedge_range(hedge, number)  # type: ignore[arg-type]
    assert counts(text) == [(exact, low, high, hedge, unit)]


@pytest.mark.parametrize(
    ("text", "exact", "hedge", "low", "high", "unit"),
    [
        (
            "made up of several hundred trainers, advisers and support staff from",
            "several hundred trainers, advisers and support staff",
            "several",
            300,
            900,
            "personnel",
        ),
        (
            "a few hundred soldiers could be added",
            "a few hundred soldiers",
            "a-few",
            200,
            500,
            "soldiers",
        ),
        ("hundreds of troops left", "hundreds of troops", "hundreds-of", 200, 999, "troops"),
        ("dozens of officials met", "dozens of officials", "dozens-of", 24, 99, "officials"),
    ],
)
def test_scale_hedges(text: str, exact: str, hedge: str, low: int, high: int, unit: str) -> None:
    assert counts(text) == [(exact, low, high, hedge, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Total volume of daily travelers is down 80% from past year.",
        "They pledged $500 million to the mission.",
        "5,000 $",
        "70 users have voted, including you.",
        "France announces 1st death in Europe.",
        "In 2018, NATO agreed to start a mission.",
        "The price rose 30 percent.",
    ],
)
def test_not_counts(text: str) -> None:
    assert counts(text) == []
