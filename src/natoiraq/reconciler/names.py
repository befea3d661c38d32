"""Name findings: entities whose name is spelled more than one way across the articles."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from natoiraq.corpus import ArticleRecord
from natoiraq.models import Offsets, Registry
from natoiraq.reconciler.findings import ReconFinding, Shared, join_words, ref
from natoiraq.text import trie_pattern


def name_pattern(registry: Registry) -> tuple[re.Pattern[str], dict[str, str]]:
    """One whole-word, case-sensitive regex for every entity's name and spellings.

    Returns the pattern and a map from each written form to its entity id. Aliases (titles,
    acronyms) are other names, not spellings, so they are left out. Longer forms come first so
    "Qassem Soleimani" wins over a shorter form inside it.
    """
    forms: dict[str, str] = {}
    for entity in registry.entities:
        for form in (entity.name, *entity.spellings):
            forms.setdefault(form, entity.id)
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    if not ordered:
        return re.compile(r"(?!x)x"), forms
    # A trie, not an alternation: `re` tries every branch of an alternation at every position,
    # so a registry of 2,500 entities made this one pattern 15 of reconcile's 25 s at 3,000
    # articles (issue 15). The trie matches as the longest-first alternation does.
    trie = trie_pattern([[re.escape(c) for c in form] for form in ordered])
    return re.compile(rf"(?<!\w)(?:{trie})(?!\w)"), forms


def covered(spans: Iterable[Offsets]) -> tuple[list[int], list[int]]:
    """Spans (boilerplate) merged into disjoint runs: their starts and ends, in order, so
    whether an offset lies in one is a bisection, not a pass over every span (for each of the
    265 000 name matches at 10 000 articles, issue 15)."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted((s.start, s.end) for s in spans):
        if start >= end:
            continue  # empty: covers nothing
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def name_findings(registry: Registry, records: Sequence[ArticleRecord]) -> Iterator[ReconFinding]:
    """A `variant` for every entity written in more than one way across the articles."""
    pattern, forms = name_pattern(registry)
    canonical = {e.id: e.name for e in registry.entities}
    # Occurrences are kept as (record, start, form) until an entity proves to have two spellings:
    # most have one, and building every ClaimRef cost 4 of 12 s at 10 000 articles (issue 6).
    seen: dict[str, list[tuple[ArticleRecord, int, str]]] = defaultdict(list)
    for record in records:
        starts, ends = covered(record.article.boilerplate)
        for m in pattern.finditer(record.text):
            start = m.start()
            run = bisect_right(starts, start) - 1
            if run >= 0 and start < ends[run]:
                continue
            form = m.group()
            seen[forms[form]].append((record, start, form))
    for entity in sorted(seen):
        written = sorted({form for _, _, form in seen[entity]})
        if len(written) < 2:
            continue
        # One value per written form, shared by its occurrences.
        values = {
            form: {"entity": entity, "form": form, "canonical": form == canonical[entity]}
            for form in written
        }
        shared = Shared()
        occurrences = [
            ref(record, f"{entity}@{start}", form, start, start + len(form), values[form],
                shared=shared)
            for record, start, form in seen[entity]
        ]  # fmt: skip
        per_article: dict[str, set[str]] = defaultdict(set)
        for o in occurrences:
            per_article[o.article].add(o.exact)
        within = sorted(a for a, f in per_article.items() if len(f) > 1)
        forms_said = "; ".join(
            f'"{form}" in {join_words(sorted({o.article for o in occurrences if o.exact == form}))}'
            for form in written
        )
        text = f"{canonical[entity]} is spelled {len(written)} ways: {forms_said}"
        if within:
            text += f" (more than one spelling within {join_words(within)})"
        yield ReconFinding(
            id=f"name:{entity}",
            kind="name",
            topic=entity,
            verdict="variant",
            reasons=("spelling",),
            explanation=text + ".",
            claims=tuple(occurrences),
            topics=(entity,),
            subject=canonical[entity],
        )
