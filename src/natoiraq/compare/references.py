"""Comparison rules against reference facts: instants in time zones, dates, dated counts."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from natoiraq.compare.intervals import Interval, count_interval, date_interval, overlap
from natoiraq.compare.values import day_text, format_count, format_date
from natoiraq.models import DateValue, Reference, ReferenceFact, Registry
from natoiraq.units import same_family

RefStatus = Literal["consistent", "inconsistent", "none"]


@dataclass(frozen=True)
class ReferenceCheck:
    """One claim held against the reference facts of its topic."""

    status: RefStatus
    #: Ids of the facts the claim was checked against (sorted).
    facts: tuple[str, ...] = ()
    #: Ids of the facts it fits.
    fitting: tuple[str, ...] = ()
    #: One remark per fact family for the evidence list ("matches the reference date ...").
    notes: tuple[str, ...] = ()
    #: A day-exact date that fits an instant: the zone whose calendar day it matches, that day.
    explained: tuple[str, dt.date] | None = None


def zone(name: str | None) -> zoneinfo.ZoneInfo | None:
    """The IANA zone of that name, or None (no name, or one the validator reports as unknown)."""
    if name is None:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def valid_on(fact: ReferenceFact, day: dt.date) -> bool:
    """True when a reference fact held on `day` (its `valid` days, open ends included)."""
    if fact.valid is None:
        return True
    if fact.valid.start is not None and day < fact.valid.start:
        return False
    return not (fact.valid.end is not None and day > fact.valid.end)


@dataclass(frozen=True)
class LocalInstant:
    """An instant fact read in one zone: the zone's name, its calendar day and local time."""

    zone: str
    day: dt.date
    local: dt.datetime


class References:
    """The reference facts by topic, with the registry's event zones: the one place claims are
    held against the reference, for reconcile and check alike (docs/verdicts.md)."""

    def __init__(self, reference: Reference, registry: Registry) -> None:
        self.by_topic: dict[str, list[ReferenceFact]] = defaultdict(list)
        for fact in reference.facts:
            self.by_topic[fact.topic].append(fact)
        self.event_zones = {e.id: e.timezone for e in registry.events}

    def facts(self, topic: str) -> list[ReferenceFact]:
        return self.by_topic.get(topic, [])

    def in_event_zone(self, topic: str, fact: ReferenceFact) -> LocalInstant:
        """An instant fact in the zone the event is dated in (the fact's, else the event's)."""
        assert fact.instant is not None  # callers pass instant facts only
        name = fact.timezone or self.event_zones.get(topic)
        found = zone(name)
        if found is None or name is None:
            offset = fact.instant.utcoffset()
            shown = f"UTC{fact.instant:%z}" if offset is not None else "UTC"
            return LocalInstant(shown, fact.instant.date(), fact.instant)
        local = fact.instant.astimezone(found)
        return LocalInstant(name, local.date(), local)

    def date(
        self,
        topic: str,
        claim: Interval | None,
        article_zone: str | None = None,
        *,
        whose: str = "the article",
    ) -> ReferenceCheck:
        """Hold a date against the topic's instants (in the event's and the article's zone) and
        reference dates (any zone's day fits: 3 January in Baghdad, 2 January in Washington)."""
        instants = [f for f in self.facts(topic) if f.kind == "instant" and f.instant is not None]
        dates = [f for f in self.facts(topic) if f.kind == "date" and f.date is not None]
        checked = tuple(sorted(f.id for f in (*instants, *dates)))
        if not checked:
            return ReferenceCheck("none")
        if claim is None:
            return ReferenceCheck("none", checked, ("the date is unresolved: not checked",))
        fitting: list[str] = []
        notes: list[str] = []
        explained: tuple[str, dt.date] | None = None
        for fact in instants:
            assert fact.instant is not None
            event = self.in_event_zone(topic, fact)
            candidates = [(event.zone, event.day)]
            own = zone(article_zone)
            if own is not None and article_zone is not None:
                candidates.append((article_zone, fact.instant.astimezone(own).date()))
            elif article_zone is None:
                notes.append(f"{whose} gives no time zone")
            fits = [(z, d) for z, d in candidates if claim[0] <= d.toordinal() <= claim[1]]
            if fits:
                fitting.append(fact.id)
                if claim[0] == claim[1]:
                    # The article's own zone is the better explanation of a day-exact date.
                    explained = fits[-1]
                    if fits[-1][0] != event.zone:
                        notes.append(f"matches the instant in the article's zone {fits[-1][0]}")
            else:
                shown = ", ".join(f"{day_text(d)} in {z}" for z, d in dict.fromkeys(candidates))
                notes.append(f"does not match the reference instant ({shown}) [{fact.id}]")
        matched = [f for f in dates if f.date is not None and _fits_date(claim, f.date)]
        fitting += [f.id for f in matched]
        if matched:
            notes.append("matches the reference date " + ", ".join(_shown(f) for f in matched))
        elif dates:
            notes.append("no reference date matches: " + ", ".join(_shown(f) for f in dates))
        status: RefStatus = "consistent" if fitting else "inconsistent"
        return ReferenceCheck(status, checked, tuple(sorted(fitting)), tuple(notes), explained)

    def count(self, topic: str, claim: Interval, unit: str, on: dt.date | None) -> ReferenceCheck:
        """Hold a count against the topic's counts (of the same unit family) valid on `on`.

        With no publication date every fact of the topic is used, and the note says so: a
        count that fits none of them is wrong whatever the day.
        """
        facts = [
            f
            for f in self.facts(topic)
            if f.kind == "count" and f.count is not None and same_family(f.count.unit, unit)
        ]
        if on is not None:
            facts = [f for f in facts if valid_on(f, on)]
        if not facts:
            return ReferenceCheck("none")
        when = f" on {on.isoformat()}" if on is not None else ""
        checked = tuple(sorted(f.id for f in facts))
        fitting = [
            f for f in facts if f.count is not None and overlap(claim, count_interval(f.count))
        ]
        shown = ", ".join(
            f"{format_count(f.count)}{when} [{f.id}]" for f in (fitting or facts) if f.count
        )
        notes = [
            f"consistent with the reference: {shown}" if fitting else f"the reference gives {shown}"
        ]
        if on is None:
            notes.append("publication date unknown: held against every dated fact of the topic")
        status: RefStatus = "consistent" if fitting else "inconsistent"
        return ReferenceCheck(status, checked, tuple(sorted(f.id for f in fitting)), tuple(notes))


def _fits_date(claim: Interval, value: DateValue) -> bool:
    ref = date_interval(value)
    return ref is not None and overlap(claim, ref)


def _shown(fact: ReferenceFact) -> str:
    assert fact.date is not None
    where = f" in {fact.timezone}" if fact.timezone else ""
    return f"{format_date(fact.date)}{where} [{fact.id}]"


def combine(checks: Sequence[ReferenceCheck]) -> RefStatus:
    """A group's status: inconsistent if any claim is, consistent if any was checked, else none."""
    statuses = {c.status for c in checks}
    if "inconsistent" in statuses:
        return "inconsistent"
    return "consistent" if "consistent" in statuses else "none"
