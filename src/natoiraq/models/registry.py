"""Corpus data model: the registry of entities, events, quantities and topics claims refer to."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StrictBool, StringConstraints, model_validator

from natoiraq.models.base import Model, NonEmpty, Slug, TimeZone, order_error

EntityType = Literal["person", "organisation", "group", "place", "country", "office", "mission"]

#: Registry format version. 2 adds what linking needs to know when it does not know (issue 10):
#: events' and topics' `triggers` and `participants`, quantities' `units` and `participants`,
#: and `proposed` on any entry the extractor proposed and no reviewer has accepted yet. A
#: version 1 file is read as before (none of these keys).
REGISTRY_VERSION: Literal[2] = 2

#: A trigger: a word or phrase that names this kind of happening ("strike", "suspended").
Trigger = Annotated[str, StringConstraints(min_length=2, max_length=60, pattern=r"^[^\n]+$")]


class Entry(Model):
    """What every registry entry has: an id, a name, and whether it is only a proposal."""

    id: Slug
    name: NonEmpty
    #: Set by `natoiraq add` / `extract` on entries the extractor proposed; a reviewer who
    #: accepts the entry deletes the key (validate warns with W607 until then).
    proposed: StrictBool = False


def _check_days(start: dt.date | None, end: dt.date | None) -> None:
    """A span of days ends on or after its first day (rule E501 points at `end`)."""
    if start and end and end < start:
        raise order_error(
            "date_order", "end {end} is before start {start}", "end", end=str(end), start=str(start)
        )


class Holder(Model):
    """Who held an office, from when to when (either end open): "the Secretary General said"
    in an article of a given day names that day's holder when the text names none."""

    person: Slug
    #: The first and the last day in office (both included; either may be left open).
    start: dt.date | None = None
    end: dt.date | None = None
    #: Where the dates come from (an official page).
    source: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Holder:
        _check_days(self.start, self.end)
        return self


class Entity(Entry):
    """A person, organisation or place, with every name and spelling the articles use."""

    type: EntityType
    aliases: list[NonEmpty] = Field(default_factory=list)
    #: Spellings that are not the canonical one (Qassem for Qasem): a variant with `spelling`.
    spellings: list[NonEmpty] = Field(default_factory=list)
    #: Bodies this one decides for (defence ministers, the North Atlantic Council -> NATO): a
    #: decision reported of either is the same decision (docs/verdicts.md, "Decisions").
    decides_for: list[Slug] = Field(default_factory=list)
    #: An office's holders over time (issue 10): a quote by the office resolves to the person
    #: who held it on the article's publication day, with a doubt note.
    holders: list[Holder] = Field(default_factory=list)
    description: str | None = None

    def holder_on(self, day: dt.date) -> str | None:
        """The person who held this office on `day`, when the registry says."""
        for holder in self.holders:
            if (holder.start is None or holder.start <= day) and (
                holder.end is None or day <= holder.end
            ):
                return holder.person
        return None


class Event(Entry):
    """Something that happened (or was scheduled) on a known date."""

    aliases: list[NonEmpty] = Field(default_factory=list)
    #: Words that name this kind of happening ("strike", "killing"): with a participant named in
    #: the same sentence they are the evidence that links a date to the event (docs/verdicts.md).
    triggers: list[Trigger] = Field(default_factory=list)
    #: Registry entities (or other events) the event involves (who acted, who was hit, where).
    participants: list[Slug] = Field(default_factory=list)
    #: The first and last calendar day of the event in `timezone`.
    start: dt.date | None = None
    end: dt.date | None = None
    timezone: TimeZone | None = None
    description: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Event:
        _check_days(self.start, self.end)
        return self


class Quantity(Entry):
    """Something that is counted (the topic of a count claim)."""

    unit: NonEmpty
    #: Other counted nouns of this quantity ("soldiers", "trainers" for troops); a count links
    #: to the quantity only when its noun is of the same unit family as one of these.
    units: list[NonEmpty] = Field(default_factory=list)
    #: Registry entities (or events) whose quantity it is (the mission whose personnel are
    #: counted): one of them named in the count's sentence is the evidence for the link.
    participants: list[Slug] = Field(default_factory=list)
    #: Words that tell this quantity from another of the same unit family and owner
    #: ("additional", "could be added" for the personnel an enhancement would add).
    triggers: list[Trigger] = Field(default_factory=list)
    description: str | None = None


class Topic(Entry):
    """A subject that is neither an entity, an event nor a quantity (for quotes and decisions)."""

    #: Words that say a sentence is about this subject ("safety", "paramount").
    triggers: list[Trigger] = Field(default_factory=list)
    participants: list[Slug] = Field(default_factory=list)
    description: str | None = None


#: Entity types that many stories share (a country is in every story about it): they do not tie
#: two stories into one (`Registry.stories`).
STORY_HUBS = frozenset({"country", "place"})


class Registry(Model):
    """The controlled vocabulary every claim refers to."""

    version: Literal[1, 2] = REGISTRY_VERSION
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)

    def stories(self) -> dict[str, str]:
        """Each item's story, as one representative id: the items its participants, deciders
        and holders tie it to (a union-find over those ties; STORY_HUBS tie nothing). A
        registry that serves many stories keeps them apart: "ministers" of one story is
        nobody in an article about another."""
        parent: dict[str, str] = {}

        def root(item: str) -> str:
            parent.setdefault(item, item)
            while parent[item] != item:
                parent[item] = parent[parent[item]]
                item = parent[item]
            return item

        hubs = {e.id for e in self.entities if e.type in STORY_HUBS}
        ties: list[tuple[str, str]] = []
        for entity in self.entities:
            root(entity.id)
            ties += [(entity.id, other) for other in entity.decides_for]
            ties += [(entity.id, h.person) for h in entity.holders]
        for section in (self.events, self.quantities, self.topics):
            for item in section:
                root(item.id)
                ties += [(item.id, other) for other in item.participants]
        for a, b in ties:
            if a not in hubs and b not in hubs:
                parent[root(a)] = root(b)
        return {item: root(item) for item in parent}
