"""Corpus edit: registry entries a new draft needs, written as proposals for the reviewer.

Why: `natoiraq add` refused real articles whose speakers or actors the registry lacked ("speaker
'mark-esper' is not in the registry ... nothing written", issue 10). Now every id the draft's
claims use and the registry lacks goes into the registry marked `proposed: true` (validate warns
with W607 until a reviewer accepts it), beside the events and quantities the extractor proposed
for claims it could not place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from natoiraq.io.yamlwrite import append_items
from natoiraq.models import (
    UNASSIGNED_TOPIC,
    Claim,
    DecisionClaim,
    Entity,
    Event,
    Quantity,
    QuoteClaim,
    Registry,
    Topic,
)

#: The registry section each kind of proposal goes to.
SECTIONS = {Entity: "entities", Event: "events", Quantity: "quantities", Topic: "topics"}


def _used_ids(claims: Iterable[Claim]) -> list[tuple[str, str]]:
    """(id, role) of every registry id the claims name, in claim order."""
    used: list[tuple[str, str]] = []
    for claim in claims:
        if claim.topic != UNASSIGNED_TOPIC:
            used.append((claim.topic, "topic"))
        if isinstance(claim, QuoteClaim):
            used.append((claim.value.speaker, "speaker"))
            if claim.value.occasion:
                used.append((claim.value.occasion, "occasion"))
        elif isinstance(claim, DecisionClaim):
            used += [(claim.value.actor, "actor"), (claim.value.object, "object")]
    return used


def needed_entries(
    registry: Registry,
    claims: Sequence[Claim],
    proposed: Sequence[Entity | Event | Quantity | Topic],
) -> list[Entity | Event | Quantity | Topic]:
    """The registry entries to propose: every id the claims use that the registry lacks (the
    extractor's proposal for it where there is one, else a topic to be named), then the events
    and quantities proposed for unplaced dates and counts (once each, never over an id the
    registry has)."""
    known = {
        item.id
        for section in (registry.entities, registry.events, registry.quantities, registry.topics)
        for item in section
    }
    offered = {p.id: p for p in proposed}
    out: dict[str, Entity | Event | Quantity | Topic] = {}
    for item, role in _used_ids(claims):
        if item in known or item in out:
            continue
        entry = offered.get(item)
        if entry is None:
            name = item.replace("-", " ")
            said = f"proposed by natoiraq as a claim's {role}: name it"
            entry = Topic(id=item, name=name, proposed=True, description=said)
        out[item] = entry.model_copy(update={"proposed": True})
    for entry in proposed:
        if isinstance(entry, Event | Quantity) and entry.id not in known and entry.id not in out:
            out[entry.id] = entry.model_copy(update={"proposed": True})
    return list(out.values())


def _plain(entry: Entity | Event | Quantity | Topic) -> dict[str, Any]:
    data = entry.model_dump(mode="json", exclude_defaults=True)
    data["proposed"] = True
    return data


def with_proposals(registry_text: str, entries: Sequence[Entity | Event | Quantity | Topic]) -> str:
    """The registry file's text with the entries appended to their sections (a pure addition:
    comments and reviewed entries stay byte for byte)."""
    text = registry_text
    for kind, section in SECTIONS.items():
        items = [_plain(e) for e in entries if type(e) is kind]
        text = append_items(text, section, items, create=True)
    return text
