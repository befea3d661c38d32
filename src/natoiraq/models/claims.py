"""Corpus data model: claim values (dates, counts, quotes, decisions), spans and the claims."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StrictBool, model_validator

from natoiraq.hedges import Hedge
from natoiraq.models.base import Model, NonEmpty, Offset, Slug, Whole, order_error

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
                raise order_error(
                    "date_unresolved", "an unresolved date has no earliest or latest", "basis"
                )
            return self
        if self.earliest is None or self.latest is None:
            raise order_error(
                "date_unresolved",
                "a date with basis '{basis}' needs both earliest and latest",
                "latest" if self.earliest is not None else "earliest",
                basis=self.basis,
            )
        if self.earliest > self.latest:
            raise order_error(
                "date_order",
                "earliest {earliest} is after latest {latest}",
                "latest",
                earliest=str(self.earliest),
                latest=str(self.latest),
            )
        return self


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
            raise order_error(
                "count_order", "low {low} is above high {high}", "low", low=self.low, high=self.high
            )
        # "more than 500" states 500 but excludes it (low 501): its point lies below the range.
        low_bound = self.low - 1 if self.hedge == "more-than" else self.low
        if self.point is not None and not (
            low_bound <= self.point and (self.high is None or self.point <= self.high)
        ):
            raise order_error(
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


#: What a decision does (docs/annotation.md, "Decisions", lists each action's verb forms). The
#: first thirteen came from the NATO story; the rest (issue 10) are general news actions. A verb
#: that means the same as an action maps to it (adopt, accept -> approve; halt, pause -> suspend;
#: quit, step down -> resign), so that two outlets' words for one decision group together.
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
    "approve",
    "reject",
    "ratify",
    "sign",
    "declare",
    "impose",
    "lift",
    "cut",
    "resign",
    "vote",
    "hold",
    "order",
    "close",
    "open",
    "appoint",
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
            raise order_error(
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
#: How a draft claim's doubt note opens when the extractor guessed its topic (more than one item
#: fits, or the evidence lies outside the claim's clause): reconcile does not let such a draft
#: claim make a conflict, and check never contradicts it.
GUESSED_TOPIC = "topic by a guess"


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
