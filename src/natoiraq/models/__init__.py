"""Corpus data model: the registry, reference facts, articles and their claims (pydantic v2).

One module per file kind; every public name is re-exported here, so `from natoiraq.models
import X` is the one way to name a model.
"""

from __future__ import annotations

from natoiraq.hedges import Hedge
from natoiraq.models.article import (
    Article,
    Basis,
    Boilerplate,
    BoilerplateReason,
    Outlet,
    Published,
)
from natoiraq.models.base import (
    ID_PATTERN,
    ID_RE,
    SCHEMA_VERSION,
    Model,
    NonEmpty,
    Offset,
    Slug,
    TimeZone,
    Whole,
    order_error,
)
from natoiraq.models.claims import (
    CLAIM_KINDS,
    GUESSED_TOPIC,
    UNASSIGNED_TOPIC,
    Action,
    Claim,
    ClaimBase,
    ClaimKind,
    CountClaim,
    CountValue,
    DateBasis,
    DateClaim,
    DateValue,
    DecisionClaim,
    DecisionValue,
    Granularity,
    Modality,
    Offsets,
    QuoteClaim,
    QuoteValue,
    Span,
    Status,
)
from natoiraq.models.reference import Reference, ReferenceFact, Validity
from natoiraq.models.registry import Entity, EntityType, Event, Quantity, Registry, Topic

__all__ = [
    "CLAIM_KINDS",
    "GUESSED_TOPIC",
    "ID_PATTERN",
    "ID_RE",
    "SCHEMA_VERSION",
    "UNASSIGNED_TOPIC",
    "Action",
    "Article",
    "Basis",
    "Boilerplate",
    "BoilerplateReason",
    "Claim",
    "ClaimBase",
    "ClaimKind",
    "CountClaim",
    "CountValue",
    "DateBasis",
    "DateClaim",
    "DateValue",
    "DecisionClaim",
    "DecisionValue",
    "Entity",
    "EntityType",
    "Event",
    "Granularity",
    "Hedge",
    "Modality",
    "Model",
    "NonEmpty",
    "Offset",
    "Offsets",
    "Outlet",
    "Published",
    "Quantity",
    "QuoteClaim",
    "QuoteValue",
    "Reference",
    "ReferenceFact",
    "Registry",
    "Slug",
    "Span",
    "Status",
    "TimeZone",
    "Topic",
    "Validity",
    "Whole",
    "order_error",
]
