"""Corpus data model: the registry, reference facts, articles and their claims (pydantic v2)."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

SCHEMA_VERSION = 1

#: Ids are lowercase slugs so they read well in breadcrumbs, file names and URLs.
ID_PATTERN = r"^[a-z0-9][a-z0-9-]*[a-z0-9]$|^[a-z0-9]$"
ID_RE = re.compile(ID_PATTERN)

Slug = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80)]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]
Offset = Annotated[StrictInt, Field(ge=0)]
#: A count: a whole number (500.0 or "500" is a mistake, not a count).
Whole = Annotated[StrictInt, Field(ge=0)]


def _known_zone(name: str) -> str:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise PydanticCustomError(
            "timezone",
            "unknown time zone '{name}'; use an IANA name such as Europe/Brussels",
            {"name": name},
        ) from None
    return name


#: An IANA time-zone name, checked against the zone database.
TimeZone = Annotated[str, AfterValidator(_known_zone)]


def _order_error(error_type: str, message: str, at: str, **context: object) -> PydanticCustomError:
    """A model-level error: the validator maps `error_type` to a rule code and points at `at`."""
    return PydanticCustomError(error_type, message, {"at": at, **context})


class Model(BaseModel):
    """Base of every corpus model: unknown keys are errors.

    Numbers and booleans are strict (`verbatim: "off"` or `start: "155"` is an error, not a
    coercion); dates are parsed from their ISO text, since YAML gives them to us as text.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)


# --------------------------------------------------------------------------- registry

EntityType = Literal["person", "organisation", "group", "place", "country", "office", "mission"]


class Entity(Model):
    """A person, organisation or place, with every name and spelling the articles use."""

    id: Slug
    type: EntityType
    name: NonEmpty
    aliases: list[NonEmpty] = Field(default_factory=list)
    #: Spellings that are not the canonical one (Qassem for Qasem): a variant with `spelling`.
    spellings: list[NonEmpty] = Field(default_factory=list)
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
            raise _order_error(
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


# --------------------------------------------------------------------------- values

Granularity = Literal["day", "week", "part-of-month", "month", "season", "year"]
DateBasis = Literal["explicit", "relative-to-publication", "inferred", "unresolved"]


class DateValue(Model):
    """A calendar interval: the claim says the thing happened some day in earliest..latest."""

    earliest: dt.date | None = None
    latest: dt.date | None = None
    granularity: Granularity
    basis: DateBasis

    @model_validator(mode="after")
    def _interval(self) -> DateValue:
        if self.basis == "unresolved":
            if self.earliest is not None or self.latest is not None:
                raise _order_error(
                    "date_unresolved", "an unresolved date has no earliest or latest", "basis"
                )
            return self
        if self.earliest is None or self.latest is None:
            raise _order_error(
                "date_unresolved",
                "a date with basis '{basis}' needs both earliest and latest",
                "latest" if self.earliest is not None else "earliest",
                basis=self.basis,
            )
        if self.earliest > self.latest:
            raise _order_error(
                "date_order",
                "earliest {earliest} is after latest {latest}",
                "latest",
                earliest=str(self.earliest),
                latest=str(self.latest),
            )
        return self


Hedge = Literal[
    "exact",
    "around",
    "nearly",
    "more-than",
    "at-least",
    "up-to",
    "several",
    "a-few",
    "hundreds-of",
    "dozens-of",
]


class CountValue(Model):
    """A count as a range: `low`..`high` (high None = no upper bound stated)."""

    low: Whole
    high: Whole | None
    point: Whole | None = None
    hedge: Hedge
    unit: NonEmpty

    @model_validator(mode="after")
    def _range(self) -> CountValue:
        if self.high is not None and self.low > self.high:
            raise _order_error(
                "count_order", "low {low} is above high {high}", "low", low=self.low, high=self.high
            )
        # "more than 500" states 500 but excludes it (low 501): its point lies below the range.
        low_bound = self.low - 1 if self.hedge == "more-than" else self.low
        if self.point is not None and not (
            low_bound <= self.point and (self.high is None or self.point <= self.high)
        ):
            raise _order_error(
                "count_order",
                "point {point} is outside {low}..{high}",
                "point",
                point=self.point,
                low=self.low,
                high=self.high,
            )
        return self


class QuoteValue(Model):
    """Words put in quote marks and attributed to a speaker."""

    speaker: Slug
    text: NonEmpty
    #: False where the article is a translation (or says it paraphrases): not the speaker's words.
    verbatim: StrictBool
    #: True for a fragment quoted inside indirect speech.
    partial: StrictBool = False
    occasion: Slug | None = None


Action = Literal[
    "suspend",
    "resume",
    "continue",
    "expand",
    "enhance",
    "agree",
    "recommit",
    "step-up",
    "withdraw",
    "start",
    "stay",
    "add",
    "consult",
]
Modality = Literal["done", "planned", "expected", "conditional"]


class DecisionValue(Model):
    """Someone decides (or is expected to decide) to do something to something."""

    actor: Slug
    action: Action
    object: Slug
    modality: Modality
    negated: StrictBool = False
    date: DateValue | None = None


# --------------------------------------------------------------------------- claims


class Offsets(Model):
    """A stretch of the seed: code points start..end of the text as stored (end exclusive)."""

    start: Offset
    end: Offset

    @model_validator(mode="after")
    def _ordered(self) -> Offsets:
        if self.end <= self.start:
            raise _order_error(
                "span_order",
                "end {end} is not after start {start}",
                "end",
                end=self.end,
                start=self.start,
            )
        return self


class Span(Offsets):
    """`exact` is `seed[start:end]`, offsets in code points of the seed as stored."""

    exact: NonEmpty


Status = Literal["draft", "reviewed"]

#: The topic of a draft claim the extractor could not place; a reviewer replaces it (rule W605).
UNASSIGNED_TOPIC = "unassigned"


class ClaimBase(Model):
    id: Slug
    topic: Slug
    evidence: Span
    status: Status
    #: Set by the extractor (or an annotator) when unsure: says why, so a reviewer looks.
    doubt: str | None = None
    note: str | None = None


class DateClaim(ClaimBase):
    kind: Literal["date"]
    value: DateValue


class CountClaim(ClaimBase):
    kind: Literal["count"]
    value: CountValue


class QuoteClaim(ClaimBase):
    kind: Literal["quote"]
    value: QuoteValue
    #: Where the article names the speaker for this quote ("Stoltenberg said").
    attribution: Span | None = None


class DecisionClaim(ClaimBase):
    kind: Literal["decision"]
    value: DecisionValue


Claim = Annotated[
    DateClaim | CountClaim | QuoteClaim | DecisionClaim,
    Field(discriminator="kind"),
]
ClaimKind = Literal["date", "count", "quote", "decision"]
CLAIM_KINDS: tuple[ClaimKind, ...] = ("date", "count", "quote", "decision")


# --------------------------------------------------------------------------- article

Basis = Literal["stated", "inferred"]


class Published(Model):
    """When the article was published, and how we know (`unknown`: date null, say why)."""

    date: dt.date | None
    basis: Literal["stated", "inferred", "unknown"]
    why: NonEmpty

    @model_validator(mode="after")
    def _date_for_basis(self) -> Published:
        if (self.date is None) != (self.basis == "unknown"):
            raise _order_error(
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


# --------------------------------------------------------------------------- reference


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
            raise _order_error(
                "reference_value",
                "a reference fact of kind '{kind}' gives exactly the key '{kind}' (found: {found})",
                next(iter(sorted(given - {self.kind})), "kind"),
                kind=self.kind,
                found=", ".join(sorted(given)) or "none",
            )
        if self.instant is not None and self.instant.utcoffset() is None:
            raise _order_error(
                "reference_value", "an instant needs its UTC offset (e.g. +03:00)", "instant"
            )
        return self


class Reference(Model):
    version: Literal[1] = 1
    facts: list[ReferenceFact] = Field(default_factory=list)
