"""Stage 8 reports: a checked draft as text, JSON, Markdown or HTML (problems first)."""

from __future__ import annotations

import json

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
from natoiraq.report._common import diff_words, one_line, where
from natoiraq.report.markdown import code
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


def more_sources(claim: CheckedClaim, option: str = "`--sources all`") -> str:
    """The line under a claim's sources when `cap_sources` left some out ("" when none): how
    many, from how many origins in all, and the option (as the format marks code) that shows
    them all. Only numbers and `option` go in, so it needs no escaping."""
    n = claim.sources_left_out
    if not n:
        return ""
    origins = claim.origins_total
    return (
        f"… and {n:,} more source{'s' if n != 1 else ''} ({origins:,} independent "
        f"origin{'s' if origins != 1 else ''} in all); {option} lists every one."
    )


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
    if claim.sentence and one_line(claim.sentence) != one_line(claim.exact):
        printer.line(f"in the draft: {_marked(claim)}", "italic", indent=2)
    printer.line(claim.explanation, indent=2)
    if claim.diff:
        printer.line(word_diff("source -> draft: ", claim.diff), indent=2)
    if claim.finding:
        printer.line(f"see `natoiraq reconcile`: {claim.finding}", "dim", indent=2)
    for ref in claim.sources:
        source(printer, ref, ref.article)
    if more := more_sources(claim):
        printer.line(more, "dim", indent=2)


def _marked(claim: CheckedClaim) -> str:
    """The draft's sentence with the claim's words between »«, on one line."""
    a = claim.start - claim.sentence_start
    b = claim.end - claim.sentence_start
    text = claim.sentence
    if not 0 <= a <= b <= len(text):
        return one_line(text)
    return one_line(f"{text[:a]}»{text[a:b]}«{text[b:]}")


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
    note = f" ({item.note.strip()})" if item.note and item.note.strip() else ""
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
    reasons = ", ".join(code(r) for r in claim.reasons) or "none"
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
        lines += [f"Reconcile finding: {code(claim.finding)}", ""]
    if claim.sources:
        lines += ["| Article | Where | Evidence | Note |", "|---|---|---|---|"]
        for ref in claim.sources:
            evidence = (
                f"{md_escape(ref.before)}**{md_escape(ref.exact).strip()}**"
                f"{md_escape(ref.after)}"
            )
            lines.append(
                f"| {md_escape(ref.article)} | {code(where(ref))} | {evidence} | "
                f"{md_escape(ref.note)} |"
            )
        lines.append("")
    if more := more_sources(claim):
        lines += [more, ""]
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


def render_html(report: CheckReport) -> str:
    """The check report as one HTML page: the draft with its claims highlighted, the evidence
    beside it (report/check_html.py)."""
    from natoiraq.report.check_html import render_html as page  # it imports this module

    return page(report)
