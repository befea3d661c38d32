"""Date findings: one per topic; a one-day conflict that time zones explain is `tz-plausible`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from natoiraq.compare.intervals import Interval, Spread, date_interval, overlap, spread
from natoiraq.compare.references import ReferenceCheck, References, combine, zone
from natoiraq.compare.values import day_text, format_date
from natoiraq.compare.verdicts import finding_verdict
from natoiraq.corpus import ArticleRecord
from natoiraq.models import DateClaim, DateValue
from natoiraq.reconciler.findings import (
    ReconFinding,
    Shared,
    Verdict,
    claim_key,
    claim_ref,
    draft_reasons,
    join_words,
    reference_sentence,
    who,
)
from natoiraq.reconciler.index import Index

Members = Sequence[tuple[ArticleRecord, DateClaim]]

#: The evidence note of a date the extractor or annotator could not place on the calendar.
UNRESOLVED_NOTE = "the date could not be resolved, so it is not compared"


def date_findings(index: Index) -> Iterator[ReconFinding]:
    """One finding per topic that any article dates."""
    for topic in sorted(index.dates):
        yield date_finding(index, topic, index.dates[topic])


def reference_checks(references: References, topic: str, members: Members) -> list[ReferenceCheck]:
    """Each member held against the topic's reference, in its article's zone.

    A check depends on the date and the zone alone, and a topic's thousands of claims give a
    few of each: each pair is checked once and its (frozen) check shared (issue 15).
    """
    checked: dict[tuple[Interval | None, str | None], ReferenceCheck] = {}
    out = []
    for record, claim in members:
        key = (date_interval(claim.value), record.article.timezone)
        if key not in checked:
            checked[key] = references.date(topic, *key)
        out.append(checked[key])
    return out


def tz_plausible(index: Index, topic: str, members: Members) -> bool:
    """Whether the topic's finding has the reason `tz-plausible` (date_finding), worked out
    without building the finding's evidence: check asks it of blocks of thousands of claims."""
    keys = [claim_key(r, c) for r, c in members]
    spreading = spread(keys, [date_interval(c.value) for _, c in members])
    checks = reference_checks(index.references, topic, members)
    return bool(tz_explanation(index, topic, members, checks, spreading))


def date_finding(index: Index, topic: str, members: Members) -> ReconFinding:
    """The finding for one topic's dates."""
    keys = [claim_key(r, c) for r, c in members]
    spreading = spread(keys, [date_interval(c.value) for _, c in members])
    verdict = finding_verdict(spreading.relation, len({r.article.id for r, _ in members}))
    reasons: set[str] = draft_reasons(c for _, c in members)
    if spreading.relation == "conflict":
        reasons.add("date-mismatch")
    elif spreading.relation == "compatible":
        reasons.add("precision")
    checks = reference_checks(index.references, topic, members)
    tz_sentence = tz_explanation(index, topic, members, checks, spreading)
    status = combine(checks)
    if tz_sentence:
        reasons.add("tz-plausible")
    if status == "inconsistent":
        reasons.add("reference-inconsistent")
    elif status == "consistent" and not tz_sentence:
        reasons.add("reference-consistent")
    # A few distinct notes among thousands of claims: each joined once, the string shared.
    joined = {notes: "; ".join(notes) for notes in {check.notes for check in checks}}
    shared = Shared()
    final = tuple(
        claim_ref(r, c, compatible_with=cw, reference=check.status, shared=shared,
                  note=UNRESOLVED_NOTE if c.value.basis == "unresolved" else joined[check.notes])
        for (r, c), cw, check in zip(members, spreading.compatible_with, checks, strict=True)
    )  # fmt: skip
    name = index.name(topic)
    misses = [
        (c.evidence.exact, r.article.id, check.notes)
        for (r, c), check in zip(members, checks, strict=True)
        if check.status == "inconsistent"
    ]
    return ReconFinding(
        id=f"date:{topic}",
        kind="date",
        topic=topic,
        verdict=verdict,
        reasons=tuple(sorted(reasons)),
        explanation=_explanation(verdict, name, members, spreading, tz_sentence)
        + reference_sentence(misses),
        claims=final,
        topics=(topic,),
        references=tuple(sorted({f for check in checks for f in check.facts})),
        subject=name,
    )


def tz_explanation(
    index: Index,
    topic: str,
    members: Members,
    checks: Sequence[ReferenceCheck],
    spreading: Spread,
) -> str:
    """The sentence that explains a one-day conflict by time zones, or "".

    It holds when the conflict has exactly two day-exact sides one day apart, every claim fits
    the reference, and each side's day is the instant's calendar day in a different zone (the
    event's and an article's).
    """
    if spreading.relation != "conflict" or any(c.status == "inconsistent" for c in checks):
        return ""
    instants = [
        f for f in index.references.facts(topic) if f.kind == "instant" and f.instant is not None
    ]
    if not instants:
        return ""
    fact = instants[0]
    event = index.references.in_event_zone(topic, fact)
    explained: dict[dt.date, tuple[str, str]] = {}  # day -> (zone, article id) that explains it
    for (record, _), check in zip(members, checks, strict=True):
        if check.explained is not None and fact.id in check.fitting:
            zone_name, day = check.explained
            explained.setdefault(day, (zone_name, record.article.id))
    side_days = {dt.date.fromordinal(int(lo)) for lo, hi in spreading.sides if lo == hi}
    if len(side_days) != 2 or len(spreading.sides) != 2 or not side_days <= set(explained):
        return ""
    early, late = sorted(side_days)
    if (late - early).days != 1 or len({explained[early][0], explained[late][0]}) < 2:
        return ""
    other_zone, other_article = (
        explained[early] if explained[early][0] != event.zone else explained[late]
    )
    assert fact.instant is not None
    other_local = fact.instant.astimezone(zone(other_zone) or dt.UTC)
    return (
        f"the reference instant ({fact.id}) is {event.local:%H:%M} on {day_text(event.day)} in "
        f"{event.zone}, when it was {other_local:%H:%M} on {day_text(other_local.date())} in "
        f"{other_zone}, the zone {other_article} dates events in"
    )


def _explanation(
    verdict: Verdict, name: str, members: Members, spreading: Spread, tz_sentence: str
) -> str:
    """The explanation, naming the topic by its registry `name`."""
    if verdict == "conflict":
        # Each claim's interval once, each side's articles in one pass (a block is thousands).
        intervals = [date_interval(c.value) for _, c in members]
        on_side: dict[Interval, set[str]] = {side: set() for side in spreading.sides}
        for (r, _), iv in zip(members, intervals, strict=True):
            if iv is not None and iv in on_side:
                on_side[iv].add(r.article.id)
        sides = []
        for lo, hi in spreading.sides:
            ids = sorted(on_side[lo, hi])
            day = format_date(
                DateValue(
                    earliest=dt.date.fromordinal(int(lo)),
                    latest=dt.date.fromordinal(int(hi)),
                    granularity="day",
                    basis="explicit",
                )
            )
            sides.append(f"{join_words(ids)}: {day}")
        vaguer = []
        for (r, c), iv in zip(members, intervals, strict=True):
            if iv is None or iv in spreading.sides:
                continue
            fits = [s for s in spreading.sides if overlap(s, iv)]
            side = "both sides" if len(fits) == len(spreading.sides) == 2 else "a side"
            if len(fits) == 1:
                side = day_text(dt.date.fromordinal(int(fits[0][0])))
            vaguer.append(f'"{c.evidence.exact}" ({r.article.id}) fits {side}')
        text = f"The sources give different dates for {name} ({'; '.join(sides)})"
        if tz_sentence:
            text += f", a difference time zones explain: {tz_sentence}"
        if vaguer:
            text += f"; the vaguer {join_words(vaguer)}"
        return text + "."
    if verdict == "single-source":
        record, claim = members[0]
        return f"Only {who(record.article)} dates {name}: {format_date(claim.value)}."
    said = [
        f'{who(r.article)} says {format_date(c.value)} ("{c.evidence.exact}")' for r, c in members
    ]
    if verdict == "agree":
        day = format_date(members[0][1].value)
        return f"Every source gives {day} for {name}: {join_words(said)}."
    return f"The dates of {name} overlap but differ in precision: {join_words(said)}."
