"""The hedge table: stated-bounds hedges ("between 200 and 300") and the check that guards them."""

from __future__ import annotations

import pytest

from natoiraq.hedges import HEDGES, hedge_range
from natoiraq.models import CountValue
from natoiraq.validator.checks import _hedge_problem


def test_between_keeps_both_stated_bounds_and_no_point() -> None:
    assert hedge_range("between", 200, 300) == (200, 300, None)
    assert hedge_range("between", 40, 40) == (40, 40, None)


@pytest.mark.parametrize("upper", [None, 199])
def test_between_needs_an_upper_bound_not_below_the_lower(upper: int | None) -> None:
    with pytest.raises(ValueError, match="needs an upper bound"):
        hedge_range("between", 200, upper)


def test_only_between_states_its_bounds() -> None:
    assert [h for h, rule in HEDGES.items() if rule.stated_bounds] == ["between"]


def test_a_between_count_follows_the_table() -> None:
    value = CountValue(low=500_000, high=800_000, point=None, hedge="between", unit="barrels")
    assert _hedge_problem(value) is None


@pytest.mark.parametrize(
    ("high", "point"),
    [(None, None), (300, 200)],
    ids=["open-range", "with-point"],
)
def test_a_between_count_without_its_upper_bound_or_with_a_point_is_flagged(
    high: int | None, point: int | None
) -> None:
    value = CountValue(low=200, high=high, point=point, hedge="between", unit="soldiers")
    problem = _hedge_problem(value)
    assert problem is not None
    assert problem[0] == (
        f"hedge 'between' states two bounds, but the value is 200..{high or 'open'} with point "
        f"{point}."
    )
