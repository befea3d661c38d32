"""What the renderers share: labels, the summary line and the display form of evidence."""

from __future__ import annotations

import re

from natoiraq.compare.quotes import DiffOp
from natoiraq.reconciler import ClaimRef, Report

WHITESPACE_RE = re.compile(r"\s+")

#: Section titles in the order findings come (reconcile.VERDICTS).
VERDICT_TITLES = {
    "conflict": "Conflicts",
    "variant": "Variants",
    "single-source": "Single source",
    "compatible": "Compatible",
    "agree": "Agree",
}


def one_line(text: str) -> str:
    """Collapse line breaks and runs of spaces (display only; offsets refer to the seed)."""
    return WHITESPACE_RE.sub(" ", text)


def outlets(report: Report) -> dict[str, str]:
    return {a.id: a.outlet for a in report.articles}


def summary(report: Report) -> str:
    counts = report.counts
    parts = ", ".join(f"{counts[v]} {v}" for v in VERDICT_TITLES)
    n = len(report.findings)
    text = (
        f"{len(report.articles)} article{'s' if len(report.articles) != 1 else ''}, "
        f"{n} finding{'s' if n != 1 else ''}: {parts}."
    )
    if report.include_drafts:
        text += " Unreviewed (draft) claims count as sources and are marked DRAFT."
    return text


def where(claim: ClaimRef) -> str:
    """`seed:start-end`, with DRAFT after a claim no one has reviewed (--include-drafts)."""
    draft = " DRAFT (unreviewed)" if claim.status == "draft" else ""
    return f"{claim.seed}:{claim.start}-{claim.end}{draft}"


def diff_words(ops: tuple[DiffOp, ...]) -> list[tuple[str, str]]:
    """The diff as (op, words) runs from base to this quote: equal, delete, insert."""
    runs: list[tuple[str, str]] = []
    for op in ops:
        if op.op == "equal":
            runs.append(("equal", op.b))
        if op.op in ("delete", "replace"):
            runs.append(("delete", op.a))
        if op.op in ("insert", "replace"):
            runs.append(("insert", op.b))
    return runs
