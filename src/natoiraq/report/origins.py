"""The `natoiraq origins` report: which articles of a corpus are one source, and why."""

from __future__ import annotations

import json

from natoiraq.corpus import Corpus
from natoiraq.reconciler.origins import OriginGroup, OriginLink, Origins
from natoiraq.text import visible

ORIGIN_FORMATS = ("text", "json", "markdown")
#: Origins report JSON version (docs/reports.md).
ORIGINS_VERSION = 1


def render_origins(origins: Origins, corpus: Corpus, fmt: str) -> str:
    """The origin groups of a corpus in `fmt` (text, json or markdown)."""
    if fmt == "json":
        return _json(origins)
    outlets = {record.article.id: record.article.outlet.name for record in corpus.articles}
    shared = origins.shared()
    lines = _opening(origins, len(corpus.articles))
    markdown = fmt == "markdown"
    if markdown:
        lines = ["# Origins", "", *lines]
    for group in shared:
        lines.append("")
        lines += _group(group, outlets, markdown=markdown)
    recorded = [record for record in corpus.articles if record.article.origins]
    if recorded:
        lines += ["", "## Recorded origins" if markdown else "== Recorded origins"]
    for record in sorted(recorded, key=lambda r: r.article.id):
        for origin in record.article.origins:
            lines.append(f"{'- ' if markdown else '  '}{record.article.id}: {origin.kind} of "
                         f"{visible(origin.source)} ({origin.basis}): "
                         f"{visible(origin.evidence)}")
    return "\n".join(lines) + "\n"


def _opening(origins: Origins, articles: int) -> list[str]:
    shared = origins.shared()
    echoes = sum(len(group.articles) for group in shared)
    head = (f"{articles} article{'s' if articles != 1 else ''}, "
            f"{len(origins.groups)} independent origin{'s' if len(origins.groups) != 1 else ''}.")
    if not shared:
        return [head + " No two articles share an origin: each is its own source."]
    return [head + f" {echoes} articles fall in {len(shared)} group"
            f"{'s' if len(shared) != 1 else ''} of one origin (below); the others are each "
            "their own source."]


def _group(group: OriginGroup, outlets: dict[str, str], *,
           markdown: bool) -> list[str]:
    names = ", ".join(f"{a} ({visible(outlets.get(a, '?'))})" for a in group.articles)
    title = f"One origin: {names}"
    lines = [f"## {title}" if markdown else f"== {title}"]
    if group.sources:
        lines.append(f"{'- ' if markdown else '  '}recorded origin: "
                     + "; ".join(visible(s) for s in group.sources))
    for link in group.links:
        lines += _link(link, markdown=markdown)
    return lines


def _link(link: OriginLink, *, markdown: bool) -> list[str]:
    bullet = "- " if markdown else "  "
    lines = [f"{bullet}{link.a} ~ {link.b} ({link.basis}): {visible(link.why)}"]
    if link.passage and link.passage_a is not None:
        start, end = link.passage_a
        shown = f"`{visible(link.passage)}`" if markdown else f'"{visible(link.passage)}"'
        lines.append(f"{'  ' if markdown else '    '}shared passage ({link.a} {start}-{end}): "
                     f"{shown}")
    return lines


def _json(origins: Origins) -> str:
    data = {
        "version": ORIGINS_VERSION,
        "groups": [group.as_dict() for group in origins.groups],
        "counts": {
            "articles": len(origins.of),
            "origins": len(origins.groups),
            "shared": len(origins.shared()),
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
