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


OriginKind = Literal["wire", "press-release", "transcript", "article", "translation"]


class Origin(Model):
    """Where an article's text comes from (issue 14): an agency's wire copy, a press release or
    transcript it reproduces, another article it reprints, or the text it translates.

    Articles with one origin are one source: their agreement is an echo, not corroboration.
    """

    kind: OriginKind
    #: Who or what: an agency ("Reuters"), an issuer ("NATO press office"), or for an `article`
    #: or `translation` of a corpus article, that article's title or outlet.
    source: NonEmpty
    #: The corpus article this text reprints or translates, where the corpus holds it.
    article: Slug | None = None
    #: `stated`: the text says so (a credit line, a dateline such as "BRUSSELS (Reuters) -",
    #: "translated from"); `inferred`: a reviewer's judgement; `measured`: shared prose.
    basis: Literal["stated", "inferred", "measured"]
    #: The words or the figure it rests on: the credit line, or "62% of its prose in ...".
    evidence: NonEmpty


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
    #: Where the text comes from, where it says or a reviewer knows (issue 14); measured
    #: overlap between corpus articles is found by reconcile, not stored.
    origins: list[Origin] = Field(default_factory=list)
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
