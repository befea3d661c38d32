"""Corpus data model: reference facts, each with its source."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from natoiraq.models.base import Model, Slug, TimeZone, order_error
from natoiraq.models.claims import CountValue, DateValue


class Validity(Model):
    """The days on which a fact held (inclusive); None = open-ended."""

    start: dt.date | None = None
    end: dt.date | None = None


class ReferenceFact(Model):
    """A fact from a primary or reference source, with the URL it comes from."""

    id: Slug
    topic: Slug
    kind: Literal["count", "instant", "date"]
    #: kind count: the value held on the days in `valid`.
    count: CountValue | None = None
    #: kind instant: an ISO 8601 time with its UTC offset (when it happened).
    instant: dt.datetime | None = None
    #: kind date: the calendar days of the event, in `timezone`.
    date: DateValue | None = None
    timezone: TimeZone | None = None
    valid: Validity | None = None
    source: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    note: str | None = None

    @model_validator(mode="after")
    def _value_for_kind(self) -> ReferenceFact:
        given = {name for name in ("count", "instant", "date") if getattr(self, name) is not None}
        if given != {self.kind}:
            raise order_error(
                "reference_value",
                "a reference fact of kind '{kind}' gives exactly the key '{kind}' (found: {found})",
                next(iter(sorted(given - {self.kind})), "kind"),
                kind=self.kind,
                found=", ".join(sorted(given)) or "none",
            )
        if self.instant is not None and self.instant.utcoffset() is None:
            raise order_error(
                "reference_value", "an instant needs its UTC offset (e.g. +03:00)", "instant"
            )
        return self


class Reference(Model):
    version: Literal[1] = 1
    facts: list[ReferenceFact] = Field(default_factory=list)
