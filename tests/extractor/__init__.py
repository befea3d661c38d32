"""Helpers the extractor tests share."""

from __future__ import annotations

import datetime as dt

from natoiraq.extractor import extract_claims
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
