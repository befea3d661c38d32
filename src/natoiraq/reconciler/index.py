"""The corpus indexed by comparison block: what reconcile groups and what check looks up.

One index, built once, serves both: reconcile turns every block into a finding; check finds the
block a draft claim belongs to and compares the claim with that block only (issue 9).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from natoiraq.compare.references import References
from natoiraq.corpus import ArticleRecord, Corpus
from natoiraq.models import (
    GUESSED_TOPIC,
    UNASSIGNED_TOPIC,
    Claim,
    CountClaim,
    DateClaim,
    DecisionClaim,
    QuoteClaim,
    Registry,
)
from natoiraq.units import unit_family

DecisionKey = tuple[str, str, str]


def quantity_units(registry: Registry) -> dict[str, str]:
    """Each registry quantity's own unit family (what its counts are counted in)."""
    return {q.id: unit_family(q.unit) for q in registry.quantities}


@dataclass(frozen=True)
class Blocks:
    """The blocks a restricted index holds (issue 15: check reads only what its draft needs):
    date topics, count blocks and decisions by (action, object), whatever their decider. Every
    quote is kept: a draft's quote is looked for in every speaker's words."""

    dates: frozenset[str] = frozenset()
    counts: frozenset[tuple[str, str]] = frozenset()
    decisions: frozenset[tuple[str, str]] = frozenset()

    def wants(self, claim: Claim, quantity_units: dict[str, str]) -> bool:
        """Whether a corpus claim belongs to one of these blocks."""
        if isinstance(claim, DateClaim):
            return claim.topic in self.dates
        if isinstance(claim, CountClaim):
            return count_block(claim.topic, claim.value.unit, quantity_units) in self.counts
        if isinstance(claim, DecisionClaim):
            return (claim.value.action, claim.value.object) in self.decisions
        return True


def count_block(topic: str, unit: str, quantity_units: dict[str, str]) -> tuple[str, str]:
    """The block of a count: its quantity and its unit's family (counts of one quantity in
    units of another family, such as days against troops, are never compared)."""
    family = unit_family(unit)
    return topic, family if family != quantity_units.get(topic) else ""


def count_finding_id(block: tuple[str, str]) -> str:
    """`count:QUANTITY` for the quantity's own unit family, `count:QUANTITY:FAMILY` otherwise:
    an id that no other article can change (issue 9)."""
    topic, family = block
    return f"count:{topic}:{family}" if family else f"count:{topic}"


@dataclass
class Index:
    """Corpus claims by block, in article-id then offset order, with the reference facts."""

    corpus: Corpus
    include_drafts: bool
    references: References
    records: dict[str, ArticleRecord] = field(default_factory=dict)
    dates: dict[str, list[tuple[ArticleRecord, DateClaim]]] = field(default_factory=dict)
    counts: dict[tuple[str, str], list[tuple[ArticleRecord, CountClaim]]] = field(
        default_factory=dict
    )
    quotes: dict[str, list[tuple[ArticleRecord, QuoteClaim]]] = field(default_factory=dict)
    decisions: dict[DecisionKey, list[tuple[ArticleRecord, DecisionClaim]]] = field(
        default_factory=dict
    )
    quantity_units: dict[str, str] = field(default_factory=dict)
    #: The body each registry entity decides for (`decides_for`: defence ministers -> NATO).
    deciders: dict[str, str] = field(default_factory=dict)
    #: Registry display names by id (explanations name things as an editor knows them).
    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(
        cls, corpus: Corpus, *, include_drafts: bool = False, only: Blocks | None = None
    ) -> Index:
        """Index every claim (reviewed only, unless `include_drafts`); with `only`, just the
        claims of those blocks (each block whole, in the same order as in the full index)."""
        registry = corpus.registry
        index = cls(corpus, include_drafts, References(corpus.reference, registry))
        index.quantity_units = quantity_units(registry)
        index.deciders = {
            e.id: sorted(e.decides_for)[0] for e in registry.entities if e.decides_for
        }
        for section in (registry.entities, registry.events, registry.quantities, registry.topics):
            for item in section:
                index.names.setdefault(item.id, item.name)
        dates: dict[str, list[tuple[ArticleRecord, DateClaim]]] = defaultdict(list)
        counts: dict[tuple[str, str], list[tuple[ArticleRecord, CountClaim]]] = defaultdict(list)
        quotes: dict[str, list[tuple[ArticleRecord, QuoteClaim]]] = defaultdict(list)
        decisions: dict[DecisionKey, list[tuple[ArticleRecord, DecisionClaim]]] = defaultdict(list)
        for record in sorted(corpus.articles, key=lambda r: r.article.id):
            index.records[record.article.id] = record
            claims = record.article.claims
            if only is not None:
                # Filtered before the sort: the sort is most of the work at 10 000 articles.
                claims = [c for c in claims if only.wants(c, index.quantity_units)]
            claims = sorted(claims, key=lambda c: (c.evidence.start, c.id))
            for claim in claims:
                if claim.status == "draft" and not include_drafts:
                    continue
                # `unassigned` is no topic: two dates nobody placed are not about one thing. Nor
                # is a topic the extractor guessed, until a reviewer confirms it.
                if isinstance(claim, DateClaim | CountClaim) and (
                    claim.topic == UNASSIGNED_TOPIC
                    or (claim.status == "draft" and GUESSED_TOPIC in (claim.doubt or ""))
                ):
                    continue
                if isinstance(claim, DateClaim):
                    dates[claim.topic].append((record, claim))
                elif isinstance(claim, CountClaim):
                    block = count_block(claim.topic, claim.value.unit, index.quantity_units)
                    counts[block].append((record, claim))
                elif isinstance(claim, QuoteClaim):
                    quotes[claim.value.speaker].append((record, claim))
                else:
                    decisions[index.decision_key(claim)].append((record, claim))
        index.dates, index.counts = dict(dates), dict(counts)
        index.quotes, index.decisions = dict(quotes), dict(decisions)
        return index

    def decider(self, actor: str) -> str:
        """Who a decision of `actor` is taken by: the body it decides for, else itself."""
        return self.deciders.get(actor, actor)

    def decision_key(self, claim: DecisionClaim) -> DecisionKey:
        """The block of a decision: its decider, action and object (docs/verdicts.md)."""
        v = claim.value
        return self.decider(v.actor), v.action, v.object

    def name(self, item: str) -> str:
        """The registry's name for an id (the id itself when the registry lacks it)."""
        return self.names.get(item, item)
