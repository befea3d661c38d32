"""Markdown report for a ticket or a story memo: a summary to act on, sections by importance,
evidence in tables, the counts at the end."""

from __future__ import annotations

import re

from natoiraq.reconciler import ClaimRef, ReconFinding, Report
from natoiraq.report._common import (
    ACT_ON,
    ORIGINS_BLURB,
    REFERENCE_INCONSISTENT,
    SECTION_BLURBS,
    SECTIONS,
    VERDICT_TITLES,
    act_on_line,
    diff_words,
    line_of,
    one_line,
    opening,
    origin_entries,
    origins_count,
    outlets,
    sections,
    summary,
    where,
)
from natoiraq.text import visible

#: Characters Markdown (GitHub's included) would read as syntax inside a line or a table cell.
#: Parentheses, "!" and "#" are left alone: with "[" and "]" escaped no link can form, and the
#: text never starts a line (it follows a cell bar or the start of a paragraph of prose).
MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_\[\]<>|~])")


def escape(text: str) -> str:
    """Article text as literal Markdown on one line (one_line: controls shown as escapes),
    syntax characters backslashed, & as &amp;."""
    return MARKDOWN_SPECIAL_RE.sub(r"\\\1", one_line(text).replace("&", "&amp;"))


def code(text: str) -> str:
    """An id or a place as a code span, its controls shown as escapes (text.visible)."""
    return f"`{visible(text)}`"


def _evidence(claim: ClaimRef) -> str:
    exact = escape(claim.exact).strip()
    return f"{escape(claim.before)}**{exact}**{escape(claim.after)}"


def _details(claim: ClaimRef) -> str:
    parts = []
    if claim.note:
        parts.append(escape(claim.note))
    if claim.compatible_with:
        parts.append("compatible with " + ", ".join(code(k) for k in claim.compatible_with))
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
    reasons = ", ".join(code(r) for r in finding.reasons) or "none"
    if REFERENCE_INCONSISTENT in finding.reasons:
        reasons += " (**likely error**: the reference contradicts a claim)"
    lines = [
        f"### {code(finding.id)}: {finding.verdict}",
        "",
        f"Reasons: {reasons}",
        "",
        escape(finding.explanation),
        "",
    ]
    if counted := origins_count(finding):
        lines += [f"**{escape(counted)}**", ""]
    lines += [
        "| Article | Where | Evidence | Notes |",
        "|---|---|---|---|",
    ]
    for claim in finding.claims:
        article = f"{escape(claim.article)} ({escape(names.get(claim.article, '?'))})"
        at = f"{code(where(claim))} {line_of(claim)}"
        lines.append(f"| {article} | {at} | {_evidence(claim)} | {_details(claim)} |")
    lines.append("")
    return lines


def render_markdown(report: Report) -> str:
    """The report as GitHub-flavoured Markdown, every piece of corpus text escaped: what to act
    on first, then every section in order of importance, the counts last."""
    names = outlets(report)
    groups = sections(report)
    lines = ["# Reconciliation report", "", opening(report, groups), ""]
    acting = [(key, found) for key, found in groups if key in ACT_ON]
    if acting:
        lines += ["## Act on these first", ""]
    for key, found in acting:
        lines += [f"**{SECTIONS[key]}**: {SECTION_BLURBS[key]}", ""]
        lines += [f"- {escape(act_on_line(f))} → {code(f.id)}" for f in found]
        lines.append("")
    for key, found in groups:
        lines += [f"## {SECTIONS[key]} ({len(found)})", ""]
        for finding in found:
            lines += _finding(finding, names)
    if entries := origin_entries(report):
        lines += [f"## Origins ({len(entries)})", "", f"Shared origins: {ORIGINS_BLURB}.", ""]
        for entry in entries:
            lines += [f"**{escape(entry.title)}**", ""]
            for why, passage in entry.links:
                lines.append(f"- {escape(why)}" + (f': "{escape(passage)}"' if passage else ""))
            lines.append("")
    lines += ["## Counts", "", escape(summary(report)), ""]
    lines += ["| Verdict | Findings |", "|---|---|"]
    lines += [f"| {v} | {report.counts[v]} |" for v in VERDICT_TITLES]
    return "\n".join(lines).rstrip("\n") + "\n"
