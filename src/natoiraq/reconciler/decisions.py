"""Decision findings: one per actor, action and object; negations and dates can conflict."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from natoiraq.compare.intervals import Relation, date_interval, spread
from natoiraq.compare.values import format_date
from natoiraq.compare.verdicts import finding_verdict
from natoiraq.corpus import ArticleRecord
from natoiraq.models import DecisionClaim
from natoiraq.reconciler.findings import (
    ReconFinding,
    Shared,
    claim_key,
    claim_ref,
    draft_reasons,
    join_words,
    who,
)
from natoiraq.reconciler.index import DecisionKey, Index


def decision_findings(index: Index) -> Iterator[ReconFinding]:
    """One finding per (actor, action, object)."""
    for key in sorted(index.decisions):
        yield decision_finding(index, key, index.decisions[key])


def _fmt_decision(claim: DecisionClaim) -> str:
    v = claim.value
    text = f"{'not ' if v.negated else ''}{v.action} ({v.modality})"
    if v.date is not None:
        text += f" on {format_date(v.date)}"
    return text


def _note(claim: DecisionClaim) -> str:
    """A claim's evidence note: its modality, and whether it is negated."""
    value = claim.value
    return f"{value.modality}, negated" if value.negated else value.modality


def _said(members: Sequence[tuple[ArticleRecord, DecisionClaim]]) -> str:
    """Each distinct reading of the decision once, with the articles that report it."""
    readings: dict[str, dict[str, None]] = {}
    for record, claim in members:
        readings.setdefault(_fmt_decision(claim), {})[record.article.id] = None
    return "; ".join(f"{reading} in {join_words(list(ids))}" for reading, ids in readings.items())


def decision_subject(index: Index, key: DecisionKey) -> str:
    """A decision in the registry's names: `Iraq's "withdraw" decision on NATO Mission Iraq`.

    Why not "decision to withdraw X": the object is a country for withdraw and stay ("withdraw
    Iraq" means from it) but the thing itself for a recall (docs/annotation.md), so no one
    preposition fits every action; "on" does.
    """
    actor, action, obj = key
    return f'{index.name(actor)}\'s "{action}" decision on {index.name(obj)}'


def decision_finding(
    index: Index, key: DecisionKey, members: Sequence[tuple[ArticleRecord, DecisionClaim]]
) -> ReconFinding:
    """The finding for one decision: a negation or disjoint dates conflict; a different modality
    or precision is compatible."""
    actor, action, obj = key
    keys = [claim_key(r, c) for r, c in members]
    articles = {r.article.id for r, _ in members}
    reasons: set[str] = draft_reasons(c for _, c in members)
    dated = [
        (i, date_interval(c.value.date))
        for i, (_, c) in enumerate(members)
        if c.value.date is not None
    ]
    spreading = spread([keys[i] for i, _ in dated], [iv for _, iv in dated])
    conflict = False
    if len({c.value.negated for _, c in members}) > 1:
        reasons.add("negation")
        conflict = True
    if spreading.relation == "conflict":
        reasons.add("date-mismatch")
        conflict = True
    precision = spreading.relation == "compatible" or (0 < len(dated) < len(members))
    if precision and not conflict:
        reasons.add("precision")
    modalities = {c.value.modality for _, c in members}
    if len(modalities) > 1:
        reasons.add("modality")
    compat = dict(zip((keys[i] for i, _ in dated), spreading.compatible_with, strict=True))
    shared = Shared()
    final = tuple(
        claim_ref(r, c, note=_note(c), compatible_with=compat.get(key, ()), shared=shared)
        for (r, c), key in zip(members, keys, strict=True)
    )
    relation: Relation = "agree"
    if conflict:
        relation = "conflict"
    elif reasons - {"draft-claims"}:
        relation = "compatible"
    verdict = finding_verdict(relation, len(articles))
    said = _said(members)
    what = decision_subject(index, key)
    if verdict == "conflict":
        text = f"The sources disagree on whether or when {what} was taken: {said}."
    elif verdict == "single-source":
        text = f"Only {who(members[0][0].article)} reports {what}: {said}."
    elif verdict == "agree":
        text = f"The sources agree on {what}: {said}."
    elif "modality" in reasons:
        text = f"The sources differ on how settled {what} is (done, planned, expected or "
        text += f"conditional): {said}."
    else:
        text = f"The sources agree on {what}, with different precision: {said}."
    topics = tuple(sorted({c.topic for _, c in members}))
    return ReconFinding(
        id=f"decision:{actor}:{action}:{obj}",
        kind="decision",
        topic=members[0][1].topic,
        verdict=verdict,
        reasons=tuple(sorted(reasons)),
        explanation=text,
        claims=final,
        topics=topics,
        subject=what,
    )
