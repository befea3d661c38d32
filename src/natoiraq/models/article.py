"""Corpus data model: an article file (metadata, boilerplate spans and claims)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from natoiraq.models.base import Model, NonEmpty, Slug, TimeZone, order_error
from natoiraq.models.claims import Claim, Offsets

Basis = Literal["stated", "inferred"]


class Published(Model):
    """When the article was published, and how we know (`unknown`: date null, say why)."""

    date: dt.date | None
    basis: Literal["stated", "inferred", "unknown"]
    why: NonEmpty

    @model_validator(mode="after")
    def _date_for_basis(self) -> Published:
        if (self.date is None) != (self.basis == "unknown"):
            raise order_error(
                "published_basis",
                "basis '{basis}' goes with "
                + ("a null date" if self.basis == "unknown" else "a date"),
                "date",
                basis=self.basis,
            )
        return self


class Outlet(Model):
    name: NonEmpty
    basis: Basis
    why: str | None = None
    url: str | None = None


BoilerplateReason = Literal[
    "headline",
    "byline",
    "dateline",
    "navigation",
    "caption",
    "photo-credit",
    "repeated-headline",
    "vote-counter",
    "donation-widget",
    "newsletter-prompt",
    "social-prompt",
    "related-links",
    "discussion-prompt",
    "unrelated-story",
    "fragment",
    "footer",
]


class Boilerplate(Offsets):
    """A span of the seed that is not article body; nothing in it becomes a claim."""

    reason: BoilerplateReason
    note: str | None = None


class Article(Model):
    """One seed article, its metadata and its claims."""

    version: Literal[1] = 1
    id: Slug
    seed: NonEmpty
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    outlet: Outlet
    #: None where the seed carries no headline (the text starts with the body).
    headline: str | None = None
    byline: str | None = None
    published: Published
    timezone: TimeZone | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
    translated_from: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")] | None = None
    url: str | None = None
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
