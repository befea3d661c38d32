"""Helpers the extractor tests share."""

from __future__ import annotations

import datetime as dt

from natoiraq.extractor import extract_claims
from natoiraq.extractor.counts import extract_counts
from natoiraq.extractor.dates import extract_dates
from natoiraq.models import DecisionClaim, Registry


def decisions_in(
    text: str, registry: Registry, published: dt.date
) -> list[tuple[str, str, str, bool]]:
    """(actor, action, object, negated) of every decision the extractor finds in `text`."""
    result = extract_claims(text, registry, published)
    return [
        (c.value.actor, c.value.action, c.value.object, c.value.negated)
        for c in result.claims
        if isinstance(c, DecisionClaim)
    ]


#: A count as the count tests compare it: (exact text, low, high, hedge, unit).
CountRow = tuple[str, int, int | None, str, str]


def counts_in(text: str) -> list[CountRow]:
    """Every count the count stage finds in `text`, read as one span."""
    return [
        (text[h.start : h.end], h.value.low, h.value.high, h.value.hedge, h.value.unit)
        for h in extract_counts(text, [(0, len(text))])
    ]


def units_in(text: str) -> list[tuple[str, str]]:
    """(exact text, unit) of every count in `text`."""
    return [(exact, unit) for exact, _, _, _, unit in counts_in(text)]


#: A date as the date tests compare it: (exact text, earliest, latest).
DateRow = tuple[str, str, str]


def dates_in(text: str, published: dt.date) -> list[DateRow]:
    """Every date the date stage finds in `text`, read as one span, published on `published`."""
    hits = extract_dates(text, [(0, len(text))], published)
    return [(text[h.start : h.end], str(h.value.earliest), str(h.value.latest)) for h in hits]
