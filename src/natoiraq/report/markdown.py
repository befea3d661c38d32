"""Markdown report for a ticket or a story memo: one section per verdict, evidence in tables."""

from __future__ import annotations

import re

from natoiraq.reconciler import ClaimRef, ReconFinding, Report
from natoiraq.report._common import VERDICT_TITLES, diff_words, one_line, outlets, summary, where

#: Characters Markdown (GitHub's included) would read as syntax inside a line or a table cell.
#: Parentheses, "!" and "#" are left alone: with "[" and "]" escaped no link can form, and the
#: text never starts a line (it follows a cell bar or the start of a paragraph of prose).
MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_\[\]<>|~])")


def escape(text: str) -> str:
    """Article text as literal Markdown on one line: syntax characters backslashed, & as &amp;."""
    return MARKDOWN_SPECIAL_RE.sub(r"\\\1", one_line(text).replace("&", "&amp;"))


def _evidence(claim: ClaimRef) -> str:
    exact = escape(claim.exact).strip()
    return f"{escape(claim.before)}**{exact}**{escape(claim.after)}"


def _details(claim: ClaimRef) -> str:
    parts = []
    if claim.note:
        parts.append(escape(claim.note))
    if claim.compatible_with:
        parts.append("compatible with " + ", ".join(f"`{k}`" for k in claim.compatible_with))
    if claim.diff:
        runs = []
        for op, words in diff_words(claim.diff):
            if op == "equal":
                runs.append(escape(words))
            elif op == "delete":
                runs.append(f"~~{escape(words)}~~")
            else:
                runs.append(f"**+{escape(words)}**")
        parts.append("from the base: " + " ".join(runs))
    return "<br>".join(parts)


def _finding(finding: ReconFinding, names: dict[str, str]) -> list[str]:
    reasons = ", ".join(f"`{r}`" for r in finding.reasons) or "none"
    lines = [
        f"### `{finding.id}`: {finding.verdict}",
        "",
        f"Reasons: {reasons}",
        "",
        escape(finding.explanation),
        "",
        "| Article | Where | Evidence | Notes |",
        "|---|---|---|---|",
    ]
    for claim in finding.claims:
        article = f"{escape(claim.article)} ({escape(names.get(claim.article, '?'))})"
        lines.append(
            f"| {article} | `{where(claim)}` | {_evidence(claim)} | {_details(claim)} |"
        )
    lines.append("")
    return lines


def render_markdown(report: Report) -> str:
    """The report as GitHub-flavoured Markdown, every piece of corpus text escaped."""
    names = outlets(report)
    lines = ["# Reconciliation report", "", escape(summary(report)), ""]
    lines += ["| Verdict | Findings |", "|---|---|"]
    lines += [f"| {v} | {report.counts[v]} |" for v in VERDICT_TITLES]
    lines.append("")
    current = ""
    for finding in report.findings:
        if finding.verdict != current:
            current = finding.verdict
            lines += [f"## {VERDICT_TITLES[current]}", ""]
        lines += _finding(finding, names)
    return "\n".join(lines).rstrip("\n") + "\n"
