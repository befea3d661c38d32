"""Corpus data model: the registry of entities, events, quantities and topics claims refer to."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from natoiraq.models.base import Model, NonEmpty, Slug, TimeZone, order_error

EntityType = Literal["person", "organisation", "group", "place", "country", "office", "mission"]


class Entity(Model):
    """A person, organisation or place, with every name and spelling the articles use."""

    id: Slug
    type: EntityType
    name: NonEmpty
    aliases: list[NonEmpty] = Field(default_factory=list)
    #: Spellings that are not the canonical one (Qassem for Qasem): a variant with `spelling`.
    spellings: list[NonEmpty] = Field(default_factory=list)
    #: Bodies this one decides for (defence ministers, the North Atlantic Council -> NATO): a
    #: decision reported of either is the same decision (docs/verdicts.md, "Decisions").
    decides_for: list[Slug] = Field(default_factory=list)
    description: str | None = None


class Event(Model):
    """Something that happened (or was scheduled) on a known date."""

    id: Slug
    name: NonEmpty
    aliases: list[NonEmpty] = Field(default_factory=list)
    #: The first and last calendar day of the event in `timezone`.
    start: dt.date | None = None
    end: dt.date | None = None
    timezone: TimeZone | None = None
    description: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Event:
        if self.start and self.end and self.end < self.start:
            raise order_error(
                "date_order",
                "end {end} is before start {start}",
                "end",
                end=str(self.end),
                start=str(self.start),
            )
        return self


class Quantity(Model):
    """Something that is counted (the topic of a count claim)."""

    id: Slug
    name: NonEmpty
    unit: NonEmpty
    description: str | None = None


class Topic(Model):
    """A subject that is neither an entity, an event nor a quantity (for quotes and decisions)."""

    id: Slug
    name: NonEmpty
    description: str | None = None


class Registry(Model):
    """The controlled vocabulary every claim refers to."""

    version: Literal[1] = 1
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
