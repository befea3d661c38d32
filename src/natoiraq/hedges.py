"""The one table that maps a hedge word on a count to a numeric range (shared by all stages)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

#: The hedge words a count can carry (models.CountValue.hedge); HEDGES gives each its range.
Hedge = Literal[
    "exact",
    "around",
    "nearly",
    "more-than",
    "at-least",
    "up-to",
    "several",
    "a-few",
    "hundreds-of",
    "dozens-of",
    "between",
]


@dataclass(frozen=True)
class HedgeRule:
    """How a hedge turns a stated number (or a scale such as "hundred") into low..high."""

    #: Multipliers applied to the stated number; None for high means no upper bound.
    low: float
    high: float | None
    #: True when the hedge keeps the stated number as the claim's `point`.
    keeps_point: bool
    why: str
    #: True when the text states both bounds ("between 200 and 300"): low and high are the two
    #: stated numbers, taken as they are, and there is no point.
    stated_bounds: bool = False


#: Every hedge the corpus knows. For "several"/"a-few"/"hundreds-of"/"dozens-of" the number is
#: the scale word's value ("several hundred": n = 100; "several": n = 1; "dozens of": n = 12).
HEDGES: dict[Hedge, HedgeRule] = {
    "exact": HedgeRule(1.0, 1.0, True, "a bare number is taken at its word"),
    # News copy rounds "around/about/roughly/some N" to a round figure; +-10% covers the usual
    # rounding to one or two significant digits ("around 500" -> 450..550, DESIGN.md's example).
    "around": HedgeRule(0.9, 1.1, True, "approximate: +-10% of the stated number"),
    # "nearly/almost N" is below N but close to it.
    "nearly": HedgeRule(0.9, 1.0, True, "just under the stated number (90%..100%)"),
    # "more than/over N": above N; the text gives no ceiling.
    "more-than": HedgeRule(1.0, None, True, "above the stated number, no ceiling stated"),
    "at-least": HedgeRule(1.0, None, True, "the stated number or more, no ceiling stated"),
    "up-to": HedgeRule(0.0, 1.0, True, "anything up to the stated number"),
    # "several" is read as 3..9 of the scale: more than "a couple", fewer than ten.
    "several": HedgeRule(3.0, 9.0, False, "3..9 times the scale ('several hundred' = 300..900)"),
    # "a few" is read as 2..5 of the scale: "a few hundred" = 200..500.
    "a-few": HedgeRule(2.0, 5.0, False, "2..5 times the scale ('a few hundred' = 200..500)"),
    # "hundreds of": at least two hundred, fewer than a thousand.
    "hundreds-of": HedgeRule(2.0, 9.99, False, "200..999 ('hundreds of' = 2..9.99 hundreds)"),
    # "dozens of": at least two dozen, fewer than a hundred.
    "dozens-of": HedgeRule(2.0, 99 / 12, False, "24..99 ('dozens of' = 2 dozen up to 99)"),
    # "between 200 and 300", "200 to 300", "200-300": the writer gives both ends, so they are the
    # range as stated; no single number is claimed, so there is no point (issue 10: the dev set
    # had to write these as `at-least` with a `high`, which the table could not check).
    "between": HedgeRule(1.0, 1.0, False, "the two stated bounds, low..high", stated_bounds=True),
}


def hedge_range(
    hedge: Hedge, number: int, upper: int | None = None
) -> tuple[int, int | None, int | None]:
    """Return (low, high, point) for `number` under `hedge` (number = the scale for scale hedges).

    A hedge with stated bounds takes the lower bound as `number` and the upper as `upper`.

    >>> hedge_range("around", 500)
    (450, 550, 500)
    >>> hedge_range("several", 100)
    (300, 900, None)
    >>> hedge_range("between", 200, 300)
    (200, 300, None)
    """
    rule = HEDGES[hedge]
    if rule.stated_bounds:
        if upper is None or upper < number:
            raise ValueError(f"hedge {hedge!r} needs an upper bound >= {number}, got {upper}")
        return number, upper, None
    low = math.ceil(number * rule.low)
    high = None if rule.high is None else math.floor(number * rule.high)
    if hedge == "more-than":
        low = number + 1
    point = number if rule.keeps_point else None
    return low, high, point
