"""Stage 8 reports: a checked draft as text, JSON, Markdown or HTML (claims in draft order)."""

from __future__ import annotations

import json
from html import escape as html_escape

from natoiraq.checker import CHECK_VERDICTS, QUOTE_STATUSES, CheckedClaim, CheckReport
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


def render_text(report: CheckReport, *, color: bool = False) -> str:
    """The report for a terminal: a summary, then every claim in draft order with its sources."""
    printer = Printer(color=color)
    printer.line("natoiraq check", "bold")
    printer.line(summary(report))
    for note in report.notes:
        printer.line(f"note: {note}", "italic")
    for claim in report.claims:
        printer.blank()
        _claim_text(printer, claim)
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


def render_markdown(report: CheckReport) -> str:
    """GitHub-flavoured Markdown: a verdict table, then one section per claim, text escaped."""
    lines = ["# Draft check", "", md_escape(summary(report)), ""]
    lines += [f"> {md_escape(n)}" for n in report.notes]
    if report.notes:
        lines.append("")
    lines += ["| Verdict | Claims |", "|---|---|"]
    lines += [f"| {v} | {report.counts[v]} |" for v in CHECK_VERDICTS]
    lines.append("")
    for claim in report.claims:
        reasons = ", ".join(f"`{r}`" for r in claim.reasons) or "none"
        lines += [
            f"## {_label(claim)}: {claim.kind} at line {claim.line}:{claim.col}",
            "",
            f"> {md_escape(claim.exact)}",
            "",
            f"Reasons: {reasons}",
            "",
            md_escape(claim.explanation),
            "",
        ]
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
        *(_html_claim(c) for c in report.claims),
        "</body>",
        "</html>",
    ]
    return "\n".join(body) + "\n"
