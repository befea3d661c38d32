"""Comparison rules: dates and counts as closed intervals, and how a set of them relates."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from natoiraq.models import CountValue, DateValue

#: A closed interval on the number line: days as ordinals, counts as numbers (inf: no bound).
Interval = tuple[float, float]

#: A claim in a conflict lists at most this many claims it is compatible with (first by article
#: id): an editor reads a handful; at 10 000 articles a full list would be quadratic (issue 6).
COMPATIBLE_WITH_MAX = 12

Relation = Literal["agree", "compatible", "conflict"]


def date_interval(value: DateValue) -> Interval | None:
    """The days a date allows, as ordinals (None when unresolved): what dates are compared on."""
    if value.earliest is None or value.latest is None:
        return None
    return (float(value.earliest.toordinal()), float(value.latest.toordinal()))


def count_interval(value: CountValue) -> Interval:
    """A count's range as floats (no upper bound: infinity): what counts are compared on."""
    return (float(value.low), float("inf") if value.high is None else float(value.high))


def overlap(a: Interval, b: Interval) -> bool:
    """True when the two closed intervals share a point: both can be true at once."""
    return a[0] <= b[1] and b[0] <= a[1]


def narrowest(intervals: Sequence[Interval | None]) -> list[Interval]:
    """The distinct intervals that contain no other one: what the precise statements say.

    Why: an article that says "early January" and "January 3" of one event has told us the 3rd;
    its vaguer phrase must not rescue a claim ("Jan. 5") that its precise one excludes
    (docs/verdicts.md, "precise statements decide").
    """
    distinct = sorted({iv for iv in intervals if iv is not None})
    return [
        iv
        for iv in distinct
        if not any(o != iv and iv[0] <= o[0] and o[1] <= iv[1] for o in distinct)
    ]


@dataclass(frozen=True)
class Spread:
    """How a block of intervals relates: the distinct narrowest ones ("sides"), who fits where."""

    relation: Relation
    #: Per member (same order as given): keys of the side members it overlaps (conflicts only).
    compatible_with: tuple[tuple[str, ...], ...]
    sides: tuple[Interval, ...]


def spread(keys: Sequence[str], intervals: Sequence[Interval | None]) -> Spread:
    """Agree (one interval), compatible (all overlap) or conflict (two are disjoint).

    Why: in one dimension, intervals overlap pairwise iff the largest start is not after the
    smallest end, so the relation costs one pass; sides are computed on distinct intervals only.
    Unresolved members (None) take no part.
    """
    known = [iv for iv in intervals if iv is not None]
    distinct = sorted(set(known))
    empty: tuple[tuple[str, ...], ...] = tuple(() for _ in keys)
    if len(distinct) <= 1:
        return Spread("agree", empty, tuple(distinct))
    if max(lo for lo, _ in distinct) <= min(hi for _, hi in distinct):
        return Spread("compatible", empty, tuple(distinct))
    sides = narrowest(distinct)
    by_side: dict[Interval, list[str]] = defaultdict(list)
    for key, iv in zip(keys, intervals, strict=True):
        if iv in sides:
            by_side[iv].append(key)
    compat: list[tuple[str, ...]] = []
    for key, iv in zip(keys, intervals, strict=True):
        if iv is None:
            compat.append(())
            continue
        fits: list[str] = []
        for side in sides:
            if overlap(side, iv):
                # At most COMPATIBLE_WITH_MAX + 1 looked at per side: the list stays short at scale.
                fits += [k for k in by_side[side][: COMPATIBLE_WITH_MAX + 1] if k != key]
        compat.append(tuple(fits[:COMPATIBLE_WITH_MAX]))
    return Spread("conflict", tuple(compat), tuple(sides))


def conflicting(intervals: Sequence[Interval | None]) -> bool:
    """True when two of the intervals are disjoint (None is skipped)."""
    known = [iv for iv in intervals if iv is not None]
    return bool(known) and max(lo for lo, _ in known) > min(hi for _, hi in known)


Fit = Literal["fits", "clashes", "unknown"]


def source_fit(claim: Interval, statements: Sequence[Interval | None]) -> Fit:
    """Whether one source (all its statements on the topic) allows `claim`.

    The source's narrowest statements decide: it fits when one of them overlaps the claim and
    clashes when none does; a source whose every statement is unresolved is `unknown`.
    """
    precise = narrowest(statements)
    if not precise:
        return "unknown"
    return "fits" if any(overlap(claim, iv) for iv in precise) else "clashes"
