"""Count findings: one per quantity and unit family, checked against dated reference counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from natoiraq.compare.intervals import Interval, count_interval, spread
from natoiraq.compare.references import ReferenceCheck, References, combine
from natoiraq.compare.values import format_count
from natoiraq.compare.verdicts import finding_verdict
from natoiraq.corpus import ArticleRecord
from natoiraq.models import CountClaim
from natoiraq.reconciler.findings import (
    ReconFinding,
    Shared,
    claim_key,
    claim_ref,
    draft_reasons,
    join_words,
    reference_sentence,
    who,
)
from natoiraq.reconciler.index import Index, count_finding_id

Members = Sequence[tuple[ArticleRecord, CountClaim]]


def count_findings(index: Index) -> Iterator[ReconFinding]:
    """One finding per (quantity, unit family) block."""
    for block in sorted(index.counts):
        yield count_finding(index, block, index.counts[block])


def reference_checks(references: References, topic: str, members: Members) -> list[ReferenceCheck]:
    """Each member held against the topic's reference counts valid on its publication day.

    A check depends on the count, its unit and the day alone, which a block's thousands of
    claims repeat: each is checked once and its (frozen) check shared (issue 15).
    """
    checked: dict[tuple[Interval, str, dt.date | None], ReferenceCheck] = {}
    out = []
    for record, claim in members:
        key = (count_interval(claim.value), claim.value.unit, record.article.published.date)
        if key not in checked:
            checked[key] = references.count(topic, *key)
        out.append(checked[key])
    return out


def count_finding(index: Index, block: tuple[str, str], members: Members) -> ReconFinding:
    """The finding for one block of counts."""
    topic = block[0]
    keys = [claim_key(r, c) for r, c in members]
    spreading = spread(keys, [count_interval(c.value) for _, c in members])
    verdict = finding_verdict(spreading.relation, len({r.article.id for r, _ in members}))
    reasons: set[str] = draft_reasons(c for _, c in members)
    if spreading.relation == "conflict":
        reasons.add("number-mismatch")
    elif spreading.relation == "compatible":
        reasons.add("precision")
    checks = reference_checks(index.references, topic, members)
    status = combine(checks)
    if status != "none":
        reasons.add(f"reference-{status}")
    # A few distinct notes among thousands of claims: each joined once, the string shared.
    joined = {notes: "; ".join(notes) for notes in {check.notes for check in checks}}
    shared = Shared()
    final = tuple(
        claim_ref(r, c, note=joined[check.notes], compatible_with=cw, reference=check.status,
                  shared=shared)
        for (r, c), check, cw in zip(members, checks, spreading.compatible_with, strict=True)
    )  # fmt: skip
    said = [
        f'{who(r.article)} says {format_count(c.value)} ("{c.evidence.exact}")' for r, c in members
    ]
    name = index.name(topic)
    if block[1]:
        # Counted in another unit family than the quantity's own: another finding, say which.
        name += f" (counted in {block[1]})"
    misses = [
        (c.evidence.exact, r.article.id, check.notes)
        for (r, c), check in zip(members, checks, strict=True)
        if check.status == "inconsistent"
    ]
    if verdict == "conflict":
        text = f"The sources give counts of {name} that cannot all be true: {join_words(said)}."
    elif verdict == "single-source":
        first = members[0]
        text = f"Only {who(first[0].article)} gives {name}: {format_count(first[1].value)}"
        # One article may give the count twice: any claim that fits says what the reference has.
        fitting = [n for check in checks if check.status == "consistent" for n in check.notes]
        if fitting:
            text += f", {fitting[0]}."
        elif status == "none":
            text += "; no reference fact covers it."
        else:
            text += "."
    elif verdict == "agree":
        text = f"Every source gives {name} as {format_count(members[0][1].value)}: "
        text += f"{join_words(said)}."
    else:
        text = f"The counts of {name} overlap but differ in precision: {join_words(said)}."
    return ReconFinding(
        id=count_finding_id(block),
        kind="count",
        topic=topic,
        verdict=verdict,
        reasons=tuple(sorted(reasons)),
        explanation=text + reference_sentence(misses),
        claims=final,
        topics=(topic,),
        references=tuple(
            sorted({f for check in checks if check.status != "none" for f in check.facts})
        ),
        subject=name,
    )
