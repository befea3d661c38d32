"""Stage 8 reports: a checked draft as text, JSON, Markdown or HTML (problems first)."""

from __future__ import annotations

import json
from html import escape as html_escape

from natoiraq.checker import (
    CHECK_VERDICTS,
    QUOTE_STATUSES,
    CheckedClaim,
    CheckReport,
    SkippedSpan,
    problem_rank,
    problems_first,
)
from natoiraq.checker.unchecked import NotChecked
from natoiraq.compare.quotes import DiffOp
from natoiraq.reconciler import ClaimRef
from natoiraq.report._common import diff_words, one_line, where
from natoiraq.report.markdown import escape as md_escape
from natoiraq.report.terminal import Printer, Segment
from natoiraq.report.text import source, word_diff

FORMATS = ("text", "json", "markdown", "html")

VERDICT_STYLES = {
    "contradicted": "bold red",
    "contested": "bold magenta",
    "unsupported": "bold yellow",
    "supported": "bold green",
}


def render_check(report: CheckReport, fmt: str, *, color: bool = False) -> str:
    """The check report in `fmt`; `color` only affects text (ANSI styles, off by default)."""
    if fmt == "text":
        return render_text(report, color=color)
    if fmt == "json":
        return json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return render_markdown(report)
    if fmt == "html":
        return render_html(report)
    raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")


def summary(report: CheckReport) -> str:
    """One line: the publication date used and the claims per verdict and quote status."""
    counts, quotes = report.counts, report.quote_counts
    n = len(report.claims)
    date = (
        f"published {report.published} ({report.published_why})"
        if report.published
        else "no publication date"
    )
    text = (
        f"{report.story}: {date}; {n} claim{'s' if n != 1 else ''}: "
        + ", ".join(f"{counts[v]} {v}" for v in CHECK_VERDICTS)
        + "."
    )
    if sum(quotes.values()):
        text += " Quotes: " + ", ".join(f"{quotes[s]} {s}" for s in QUOTE_STATUSES) + "."
    if report.not_checked:
        text += f" Not checked: {len(report.not_checked)}."
    if report.shown:
        text += (
            f" Showing only {', '.join(report.shown)} ({n} of {report.total_claims} claims; "
            "--verdict)."
        )
    return text


def _label(claim: CheckedClaim) -> str:
    status = f" / {claim.quote_status}" if claim.quote_status else ""
    return f"{claim.verdict}{status}"


def _diff_runs(ops: tuple[DiffOp, ...]) -> list[tuple[str, str]]:
    return diff_words(ops)


# --------------------------------------------------------------------------- text


def _claim_text(printer: Printer, claim: CheckedClaim) -> None:
    title: list[Segment] = [
        (_label(claim).upper(), VERDICT_STYLES[claim.verdict]),
        (f"  {claim.kind}  line {claim.line}:{claim.col}  ", ""),
        (f"»{one_line(claim.exact)}«", "bold"),
    ]
    if claim.reasons:
        title.append((f"  ({', '.join(claim.reasons)})", "dim"))
    printer.line(title)
    printer.line(claim.explanation, indent=2)
    if claim.diff:
        printer.line(word_diff("source -> draft: ", claim.diff), indent=2)
    if claim.finding:
        printer.line(f"see `natoiraq reconcile`: {claim.finding}", "dim", indent=2)
    for ref in claim.sources:
        source(printer, ref, ref.article)


#: The report's sections in the editor's order (checker.problem_rank): title per rank.
SECTION_TITLES = ("Contradicted", "Altered quotes", "Contested", "Unsupported", "Supported")


def sections(report: CheckReport) -> list[tuple[str, tuple[CheckedClaim, ...]]]:
    """(title, claims) in the editor's order, problems first; empty sections left out."""
    ordered = problems_first(report.claims)
    out = []
    for rank, title in enumerate(SECTION_TITLES):
        claims = tuple(c for c in ordered if problem_rank(c) == rank)
        if claims:
            out.append((title, claims))
    return out


def _not_checked_line(item: NotChecked) -> str:
    return f"line {item.line}:{item.col}  {item.kind}  »{one_line(item.exact)}«: {item.why}"


def _skipped_line(item: SkippedSpan) -> str:
    note = f" ({item.note})" if item.note else ""
    return f"line {item.line}:{item.col}  {item.reason}{note}: »{_clip(one_line(item.exact))}«"


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_text(report: CheckReport, *, color: bool = False) -> str:
    """The report for a terminal: a summary, the claims with problems first (each verdict's in
    draft order, with its sources), what was not checked and what was skipped."""
    printer = Printer(color=color)
    printer.line("natoiraq check", "bold")
    printer.line(summary(report))
    for note in report.notes:
        printer.line(f"note: {note}", "italic")
    for title, claims in sections(report):
        printer.blank()
        printer.line(f"== {title} ({len(claims)}) ==", "bold")
        for claim in claims:
            printer.blank()
            _claim_text(printer, claim)
    if report.not_checked:
        printer.blank()
        printer.line(f"== Not checked ({len(report.not_checked)}) ==", "bold")
        printer.line("Spans that look like claims but were not judged, and why:", "dim")
        for item in report.not_checked:
            printer.line(_not_checked_line(item), indent=2)
    if report.skipped:
        printer.blank()
        printer.line(f"== Skipped as page furniture ({len(report.skipped)}) ==", "bold")
        for skipped in report.skipped:
            printer.line(_skipped_line(skipped), indent=2)
    return printer.text()


# --------------------------------------------------------------------------- markdown


def _md_diff(ops: tuple[DiffOp, ...]) -> str:
    runs = []
    for op, words in _diff_runs(ops):
        if op == "equal":
            runs.append(md_escape(words))
        elif op == "delete":
            runs.append(f"~~{md_escape(words)}~~")
        else:
            runs.append(f"**+{md_escape(words)}**")
    return " ".join(runs)


def _md_claim(claim: CheckedClaim) -> list[str]:
    reasons = ", ".join(f"`{r}`" for r in claim.reasons) or "none"
    lines = [
        f"### {_label(claim)}: {claim.kind} at line {claim.line}:{claim.col}",
        "",
        f"> {md_escape(one_line(claim.exact))}",
        "",
    ]
    if claim.sentence and claim.sentence != claim.exact:
        lines += [f"In the draft: {md_escape(one_line(claim.sentence))}", ""]
    lines += [f"Reasons: {reasons}", "", md_escape(claim.explanation), ""]
    if claim.diff:
        lines += [f"Source -> draft: {_md_diff(claim.diff)}", ""]
    if claim.finding:
        lines += [f"Reconcile finding: `{claim.finding}`", ""]
    if claim.sources:
        lines += ["| Article | Where | Evidence | Note |", "|---|---|---|---|"]
        for ref in claim.sources:
            evidence = (
                f"{md_escape(ref.before)}**{md_escape(ref.exact).strip()}**"
                f"{md_escape(ref.after)}"
            )
            lines.append(
                f"| {md_escape(ref.article)} | `{where(ref)}` | {evidence} | "
                f"{md_escape(ref.note)} |"
            )
        lines.append("")
    return lines


def render_markdown(report: CheckReport) -> str:
    """GitHub-flavoured Markdown: a verdict table, then the claims with problems first, what was
    not checked and what was skipped; text escaped."""
    lines = ["# Draft check", "", md_escape(summary(report)), ""]
    lines += [f"> {md_escape(n)}" for n in report.notes]
    if report.notes:
        lines.append("")
    lines += ["| Verdict | Claims |", "|---|---|"]
    lines += [f"| {v} | {report.counts[v]} |" for v in CHECK_VERDICTS]
    lines += [f"| not checked | {len(report.not_checked)} |", ""]
    for title, claims in sections(report):
        lines += [f"## {title} ({len(claims)})", ""]
        for claim in claims:
            lines += _md_claim(claim)
    if report.not_checked:
        lines += [f"## Not checked ({len(report.not_checked)})", ""]
        lines += ["| Where | Kind | Text | Why |", "|---|---|---|---|"]
        lines += [
            f"| line {n.line}:{n.col} | {n.kind} | {md_escape(one_line(n.exact))} | "
            f"{md_escape(n.why)} |"
            for n in report.not_checked
        ]
        lines.append("")
    if report.skipped:
        lines += [f"## Skipped as page furniture ({len(report.skipped)})", ""]
        lines += ["| Where | Reason | Text |", "|---|---|---|"]
        lines += [
            f"| line {k.line}:{k.col} | {k.reason}{f' ({md_escape(k.note)})' if k.note else ''} "
            f"| {md_escape(_clip(one_line(k.exact)))} |"
            for k in report.skipped
        ]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# --------------------------------------------------------------------------- html

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:80rem;
padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.5rem}table.counts td,table.counts th{padding:.2rem .8rem;text-align:left}
section.claim{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;margin:1rem 0;
padding:.6rem 1rem}
.v-contradicted{border-left-color:#c62828!important}.v-contested{border-left-color:#8e24aa!important}
.v-unsupported{border-left-color:#f9a825!important}.v-supported{border-left-color:#2e7d32!important}
.verdict{font-weight:700;text-transform:uppercase;margin-right:.5rem}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
.reason{display:inline-block;background:#eee;border-radius:3px;padding:0 .4rem;margin:0 .2rem;
font-size:.85em}
.sources{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.8rem}
.source{background:#fafafa;border:1px solid #e5e5e5;border-radius:4px;padding:.5rem .7rem}
.source .src{font-size:.85em;color:#555}.source blockquote{margin:.4rem 0;color:#333}
mark{background:#ffe082;padding:0 .1rem}.note{font-size:.9em;font-style:italic;color:#444}
del{color:#b71c1c}ins{color:#1b5e20;text-decoration:none;font-weight:600}
"""


def _e(value: object) -> str:
    return html_escape(str(value), quote=True)


def _html_source(ref: ClaimRef) -> str:
    note = f'<div class="note">{_e(ref.note)}</div>' if ref.note else ""
    return (
        f'<div class="source"><div class="src"><strong>{_e(ref.article)}</strong> '
        f"<code>{_e(where(ref))}</code> claim <code>{_e(ref.claim)}</code></div>"
        f"<blockquote>{_e(one_line(ref.before))}<mark>{_e(one_line(ref.exact))}</mark>"
        f"{_e(one_line(ref.after))}</blockquote>{note}</div>"
    )


def _html_claim(claim: CheckedClaim) -> str:
    reasons = "".join(f'<span class="reason">{_e(r)}</span>' for r in claim.reasons)
    parts = [
        f'<section class="claim v-{_e(claim.verdict)}" id="{_e(claim.id)}">',
        f'<h3><span class="verdict">{_e(_label(claim))}</span>{_e(claim.kind)} at line '
        f"{claim.line}:{claim.col}{reasons}</h3>",
        f"<blockquote><mark>{_e(one_line(claim.exact))}</mark></blockquote>",
        f"<p>{_e(claim.explanation)}</p>",
    ]
    if claim.diff:
        runs = []
        for op, words in _diff_runs(claim.diff):
            tag = {"equal": "", "delete": "del", "insert": "ins"}[op]
            runs.append(f"<{tag}>{_e(words)}</{tag}>" if tag else _e(words))
        parts.append(f'<p class="diff">source &rarr; draft: {" ".join(runs)}</p>')
    if claim.finding:
        parts.append(f'<p class="note">reconcile finding <code>{_e(claim.finding)}</code></p>')
    if claim.sources:
        sources = "\n".join(_html_source(ref) for ref in claim.sources)
        parts.append(f'<div class="sources">\n{sources}\n</div>')
    parts.append("</section>")
    return "\n".join(parts)


def _html_lists(report: CheckReport) -> list[str]:
    out = []
    if report.not_checked:
        items = "".join(
            f"<li>line {n.line}:{n.col} {_e(n.kind)} <mark>{_e(one_line(n.exact))}</mark>: "
            f"{_e(n.why)}</li>"
            for n in report.not_checked
        )
        out.append(f"<h2>Not checked ({len(report.not_checked)})</h2><ul>{items}</ul>")
    if report.skipped:
        items = "".join(
            f"<li>line {k.line}:{k.col} {_e(k.reason)}: {_e(_clip(one_line(k.exact)))}</li>"
            for k in report.skipped
        )
        out.append(f"<h2>Skipped as page furniture ({len(report.skipped)})</h2><ul>{items}</ul>")
    return out


def render_html(report: CheckReport) -> str:
    """A complete HTML document (inline CSS, no scripts, no links out), escaped throughout."""
    rows = "".join(
        f"<tr><th>{_e(v)}</th><td>{report.counts[v]}</td></tr>" for v in CHECK_VERDICTS
    )
    body = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>natoiraq check: {_e(report.story)}</title>",
        f"<style>{STYLE}</style></head>",
        "<body>",
        "<h1>Draft check</h1>",
        f"<p>{_e(summary(report))}</p>",
        *(f'<p class="note">{_e(n)}</p>' for n in report.notes),
        f'<table class="counts">{rows}</table>',
        *(
            f"<h2>{_e(title)} ({len(claims)})</h2>\n" + "\n".join(_html_claim(c) for c in claims)
            for title, claims in sections(report)
        ),
        *_html_lists(report),
        "</body>",
        "</html>",
    ]
    return "\n".join(body) + "\n"
