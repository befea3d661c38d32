"""Stage 5: semantic checks of a registry, reference or article: ids, seeds, spans, hedges."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from pathlib import Path

from natoiraq.hedges import HEDGES, hedge_range
from natoiraq.io.files import OutsideRoot, confined
from natoiraq.io.seeds import SeedError, load_seed
from natoiraq.io.yamlread import Path_
from natoiraq.models import (
    UNASSIGNED_TOPIC,
    Article,
    CountClaim,
    CountValue,
    DecisionClaim,
    Entity,
    Event,
    Quantity,
    QuoteClaim,
    Reference,
    Registry,
    Span,
    Topic,
)
from natoiraq.validator.findings import CheckedFile, quoted, suggest


def check_registry(file: CheckedFile, registry: Registry) -> None:
    seen: dict[str, str] = {}
    sections: tuple[tuple[str, Sequence[Entity | Event | Quantity | Topic]], ...] = (
        ("entities", registry.entities),
        ("events", registry.events),
        ("quantities", registry.quantities),
        ("topics", registry.topics),
    )
    for section, items in sections:
        for i, item in enumerate(items):
            if item.id in seen:
                file.add(
                    "E401",
                    f"id '{item.id}' is already used in {seen[item.id]}.",
                    (section, i, "id"),
                )
            else:
                seen[item.id] = f"{section}[{i}]"
    entities = {e.id for e in registry.entities}
    events = {e.id for e in registry.events}
    for section, items in sections:
        for i, item in enumerate(items):
            if item.proposed:
                file.add(
                    "W607",
                    f"'{item.id}' was proposed by the extractor and is not yet accepted.",
                    (section, i, "proposed"),
                    hint="review it, then delete `proposed: true`.",
                )
            for j, who in enumerate(getattr(item, "participants", [])):
                if who not in entities | events:
                    file.add(
                        "E402",
                        f"participant '{who}' is not an entity or event of the registry.",
                        (section, i, "participants", j),
                        hint=suggest(who, entities | events),
                    )
    people = {e.id for e in registry.entities if e.type == "person"}
    for i, entity in enumerate(registry.entities):
        for j, holder in enumerate(entity.holders):
            if holder.person not in people:
                file.add(
                    "E402",
                    f"holders names '{holder.person}', which is not a person of the registry.",
                    ("entities", i, "holders", j, "person"),
                    hint=suggest(holder.person, people),
                )
        for j, other in enumerate(entity.decides_for):
            if other not in entities or other == entity.id:
                file.add(
                    "E402",
                    f"decides_for names '{other}', which is not another entity of the registry.",
                    ("entities", i, "decides_for", j),
                    hint=suggest(other, entities - {entity.id}),
                )


def check_reference(file: CheckedFile, reference: Reference, known: set[str]) -> None:
    seen: set[str] = set()
    for i, fact in enumerate(reference.facts):
        if fact.id in seen:
            file.add("E401", f"fact id '{fact.id}' is used twice.", ("facts", i, "id"))
        seen.add(fact.id)
        if fact.topic not in known:
            file.add(
                "E402",
                f"topic '{fact.topic}' is not in the registry.",
                ("facts", i, "topic"),
                hint=suggest(fact.topic, known),
            )


def _resolve_seed(file: CheckedFile, article: Article, repo_root: Path) -> str | None:
    """The seed's text, or None after reporting why it cannot be had."""
    if "\0" in article.seed:
        # No file system takes a NUL in a path (os calls raise ValueError; issue 12, item 1).
        file.add(
            "E301",
            f"seed {quoted(article.seed)} is not a path: it holds a NUL character.",
            ("seed",),
            hint="use a repository-relative path such as seeds/<file>.txt.",
        )
        return None
    seed = Path(article.seed)
    root = repo_root.resolve()
    if seed.is_absolute() or ".." in seed.parts:
        file.add(
            "E301",
            f"seed {quoted(article.seed)} is not a path inside the repository.",
            ("seed",),
            hint="use a repository-relative path such as seeds/<file>.txt.",
        )
        return None
    try:
        target = confined(root / seed, root)
    except OutsideRoot:
        file.add("E301", f"seed {quoted(article.seed)} leads outside the repository.", ("seed",))
        return None
    try:
        loaded = load_seed(target)
    except SeedError as exc:
        code = "E303" if "UTF-8" in exc.message or "byte-order" in exc.message else "E302"
        file.add(code, f"seed {quoted(article.seed)} {exc.message}", ("seed",))
        return None
    if loaded.sha256 != article.sha256:
        file.add(
            "E304",
            f"seed {quoted(article.seed)} has sha256 {loaded.sha256[:12]}…, "
            f"the article records {article.sha256[:12]}….",
            ("sha256",),
            hint="seeds are immutable: restore the seed (see seeds/SHA256SUMS).",
        )
    return loaded.text


def _check_span(file: CheckedFile, text: str, span: Span, path: Path_) -> None:
    """Check that one span is anchored: `exact` is the seed's text at start..end."""
    if span.end > len(text):
        file.add(
            "E311",
            f"span {span.start}-{span.end} ends beyond the seed text ({len(text)} code points).",
            (*path, "end"),
        )
        return
    actual = text[span.start : span.end]
    if actual == span.exact:
        return
    hits = [m.start() for m in re.finditer(re.escape(span.exact), text)]
    if len(hits) == 1:
        hint = f"that text occurs once, at {hits[0]}-{hits[0] + len(span.exact)}."
    elif hits:
        hint = f"that text occurs {len(hits)} times, first at {hits[0]}."
    else:
        hint = "that text does not occur in the seed."
    file.add(
        "E310",
        f"text at {span.start}-{span.end} is {quoted(actual)}, "
        f"annotation says {quoted(span.exact)}.",
        (*path, "exact"),
        hint=hint,
    )


def _fold_quote(text: str) -> str:
    return " ".join(re.sub(r"[\"“”„‟«»]", " ", text).split())


#: Scales a scale hedge can apply to ("several" = 3..9 units, "several hundred", "dozens").
HEDGE_SCALES = (1, 10, 12, 100, 1000, 10_000, 100_000, 1_000_000)


def _bound(high: int | None) -> str:
    return "open" if high is None else str(high)


def _hedge_problem(value: CountValue) -> tuple[str, str] | None:
    """(message, hint) when low/high/point do not follow the hedge table, else None."""
    rule = HEDGES[value.hedge]
    shown = f"{value.low}..{_bound(value.high)}"
    if rule.stated_bounds:
        # "between 200 and 300": low and high are the stated numbers (the model keeps them in
        # order); there is no single stated number.
        if value.high is None or value.point is not None:
            return (
                f"hedge '{value.hedge}' states two bounds, but the value is {shown} with point "
                f"{value.point}.",
                f"give both stated numbers as low and high, and point: null ({rule.why}).",
            )
        return None
    if rule.keeps_point:
        if value.point is None:
            return (
                f"hedge '{value.hedge}' qualifies a stated number, but point is null.",
                "give the stated number as point.",
            )
        low, high, _ = hedge_range(value.hedge, value.point)
        if (value.low, value.high) == (low, high):
            return None
        return (
            f"{shown} does not follow the hedge table for '{value.hedge}' {value.point}.",
            f"expected {low}..{_bound(high)} ({rule.why}).",
        )
    if value.point is not None:
        return (
            f"hedge '{value.hedge}' states no number, but point is {value.point}.",
            "set point: null; the scale goes into low..high.",
        )
    if any((value.low, value.high) == hedge_range(value.hedge, s)[:2] for s in HEDGE_SCALES):
        return None
    low, high, _ = hedge_range(value.hedge, 100)
    return (
        f"{shown} does not follow the hedge table for '{value.hedge}'.",
        f"{rule.why}; with 'hundred': {low}..{_bound(high)}.",
    )


def check_article(
    file: CheckedFile, article: Article, path: Path, known: set[str], repo_root: Path
) -> str | None:
    if path.stem != article.id:
        file.add(
            "E403",
            f"the file is named {path.name!r} but the article id is '{article.id}'.",
            ("id",),
            hint=f"rename it to {article.id}.yaml.",
        )
    if article.published.date is None:
        file.add(
            "W606",
            "the publication date is unknown; relative dates stay unresolved.",
            ("published", "date"),
            hint="find the date (a dateline, the page) and set it.",
        )
    text = _resolve_seed(file, article, repo_root)
    ids: set[str] = set()
    for i, claim in enumerate(article.claims):
        at: Path_ = ("claims", i)
        if claim.id in ids:
            file.add("E401", f"claim id '{claim.id}' is used twice in this article.", (*at, "id"))
        ids.add(claim.id)
        refs: list[tuple[Path_, str]] = [((*at, "topic"), claim.topic)]
        if isinstance(claim, QuoteClaim):
            refs.append(((*at, "value", "speaker"), claim.value.speaker))
            if claim.value.occasion:
                refs.append(((*at, "value", "occasion"), claim.value.occasion))
            if article.translated_from and claim.value.verbatim:
                file.add(
                    "W603",
                    f"the article is translated from {article.translated_from}, "
                    "so this quote is not verbatim.",
                    (*at, "value", "verbatim"),
                    hint="set verbatim: false.",
                )
            if _fold_quote(claim.value.text) != _fold_quote(claim.evidence.exact):
                file.add(
                    "W602",
                    f"text {quoted(claim.value.text)} is not the evidence "
                    f"{quoted(claim.evidence.exact)}.",
                    (*at, "value", "text"),
                )
        if isinstance(claim, DecisionClaim):
            refs.append(((*at, "value", "actor"), claim.value.actor))
            refs.append(((*at, "value", "object"), claim.value.object))
        if isinstance(claim, CountClaim):
            value = claim.value
            problem = _hedge_problem(value)
            if problem is not None:
                file.add("W601", problem[0], (*at, "value"), hint=problem[1])
        if claim.topic == UNASSIGNED_TOPIC and claim.status == "draft":
            refs = refs[1:]
            file.add(
                "W605",
                "the extractor could not place this claim under a topic.",
                (*at, "topic"),
                hint="pick the registry id it is about.",
            )
        for ref_path, ref in refs:
            if ref not in known:
                file.add(
                    "E402",
                    f"{ref_path[-1]} '{ref}' is not in the registry.",
                    ref_path,
                    hint=suggest(ref, known),
                )
        if claim.status == "draft":
            file.add(
                "W604",
                "the claim is a draft.",
                (*at, "status"),
                hint="review it and set status: reviewed.",
            )
    if text is None:
        return None
    bounds = sorted((b.start, b.end, i) for i, b in enumerate(article.boilerplate))
    for (s1, e1, i1), (s2, _e2, i2) in itertools.pairwise(bounds):
        if s2 < e1:
            first, second = file.index("boilerplate", i1), file.index("boilerplate", i2)
            file.add(
                "E313",
                f"boilerplate {s1}-{e1} (boilerplate[{first}]) overlaps "
                f"boilerplate[{second}] starting at {s2}.",
                ("boilerplate", i2, "start"),
            )
    for i, block in enumerate(article.boilerplate):
        if block.end > len(text):
            file.add(
                "E311",
                f"span {block.start}-{block.end} ends beyond the seed text "
                f"({len(text)} code points).",
                ("boilerplate", i, "end"),
            )
    for i, claim in enumerate(article.claims):
        at = ("claims", i)
        _check_span(file, text, claim.evidence, (*at, "evidence"))
        if isinstance(claim, QuoteClaim) and claim.attribution is not None:
            _check_span(file, text, claim.attribution, (*at, "attribution"))
        if claim.evidence.end > len(text):
            continue  # already reported (E311); where it would lie means nothing
        for start, end, j in bounds:
            if claim.evidence.start < end and start < claim.evidence.end:
                file.add(
                    "E312",
                    f"evidence {claim.evidence.start}-{claim.evidence.end} lies in "
                    f"boilerplate[{file.index('boilerplate', j)}] "
                    f"({article.boilerplate[j].reason}, {start}-{end}).",
                    (*at, "evidence", "start"),
                )
    return text


def value_ids(article: Article) -> set[str]:
    ids: set[str] = set()
    for claim in article.claims:
        if isinstance(claim, QuoteClaim):
            ids |= {claim.value.speaker, claim.value.occasion or claim.value.speaker}
        if isinstance(claim, DecisionClaim):
            ids |= {claim.value.actor, claim.value.object}
    return ids
