"""Intervals: overlap, spread (agree / compatible / conflict) and precise statements."""

from __future__ import annotations

import pytest

from natoiraq.compare.intervals import conflicting, narrowest, source_fit, spread


@pytest.mark.parametrize(("intervals", "relation"), [
    ([(3, 3), (3, 3)], "agree"),
    ([(3, 3), (1, 10)], "compatible"),
    ([(2, 2), (3, 3)], "conflict"),
    ([(2, 2), (3, 3), (1, 10)], "conflict"),
    ([(2, 2), None], "agree"),
])  # fmt: skip
def test_spread(intervals: list[tuple[float, float] | None], relation: str) -> None:
    keys = [str(i) for i in range(len(intervals))]
    assert spread(keys, intervals).relation == relation
    assert conflicting(intervals) == (relation == "conflict")


def test_a_vaguer_member_of_a_conflict_is_compatible_with_both_sides() -> None:
    result = spread(["a", "b", "c"], [(2, 2), (3, 3), (1, 10)])
    assert result.sides == ((2, 2), (3, 3))
    # Only the precise sides are listed as what a claim is compatible with.
    assert result.compatible_with == ((), (), ("a", "b"))


def test_precise_statements_decide() -> None:
    # "early January" (1..10) and "January 3" from one article: the 3rd is what it says.
    assert narrowest([(1, 10), (3, 3)]) == [(3, 3)]
    assert source_fit((5, 5), [(1, 10), (3, 3)]) == "clashes"
    assert source_fit((3, 3), [(1, 10), (3, 3)]) == "fits"
    assert source_fit((5, 5), [(1, 10)]) == "fits"
    assert source_fit((5, 5), [None]) == "unknown"
