"""Terminal report: conflicts first, each finding with the evidence as it stands, span marked."""

from __future__ import annotations

from collections.abc import Iterator

from natoiraq.compare.quotes import DiffOp
from natoiraq.reconciler import ClaimRef, ReconFinding, Report
from natoiraq.report._common import VERDICT_TITLES, diff_words, one_line, outlets, summary, where
from natoiraq.report.terminal import Printer, Segment

#: Marks around the evidence span, so it stands out without colour too.
OPEN, CLOSE = "»", "«"

VERDICT_STYLES = {
    "conflict": "bold red",
    "variant": "bold magenta",
    "single-source": "bold yellow",
    "compatible": "bold cyan",
    "agree": "bold green",
}


def evidence(claim: ClaimRef) -> list[Segment]:
    """The claim's words in their context, the span between » and «."""
    return [
        (one_line(claim.before), "dim"),
        (OPEN + one_line(claim.exact) + CLOSE, "bold reverse"),
        (one_line(claim.after), "dim"),
    ]


def word_diff(label: str, ops: tuple[DiffOp, ...]) -> list[Segment]:
    """`label` and a word diff: [-dropped-] and {+added+} (wdiff's marks)."""
    line: list[Segment] = [(label, "")]
    for op, words in diff_words(ops):
        if op == "equal":
            line.append((words + " ", ""))
        elif op == "delete":
            line += [(f"[-{words}-]", "red strike"), (" ", "")]
        else:
            line += [(f"{{+{words}+}}", "green"), (" ", "")]
    return line


def source(printer: Printer, claim: ClaimRef, head: str) -> None:
    """A source claim: its head line (`head` names the article), then its evidence and note."""
    printer.line([(head, "bold"), (f"  {where(claim)}  claim {claim.claim}", "")], indent=2)
    printer.line(evidence(claim), indent=4)
    if claim.note:
        printer.line(f"note: {claim.note}", "italic", indent=4)


def _finding(printer: Printer, finding: ReconFinding, names: dict[str, str]) -> None:
    title: list[Segment] = [
        (finding.verdict.upper(), VERDICT_STYLES[finding.verdict]),
        (f"  {finding.id}", ""),
    ]
    if finding.reasons:
        title.append((f"  ({', '.join(finding.reasons)})", "dim"))
    printer.line(title)
    printer.line(finding.explanation, indent=2)
    for claim in finding.claims:
        source(printer, claim, f"{claim.article} ({names.get(claim.article, '?')})")
        if claim.compatible_with:
            printer.line(f"compatible with: {', '.join(claim.compatible_with)}", indent=4)
        if claim.diff:
            printer.line(word_diff("from the base: ", claim.diff), indent=4)


def iter_text(report: Report, *, color: bool = False) -> Iterator[str]:
    """The report for a terminal, 100 columns, ANSI styles only when `color`: a finding a piece
    (at 10 000 articles the whole text is some 100 MB; it is written as it is made)."""
    printer = Printer(color=color)
    printer.line("natoiraq reconcile", "bold")
    printer.line(summary(report))
    names = outlets(report)
    current = ""
    for finding in report.findings:
        if finding.verdict != current:
            current = finding.verdict
            printer.blank()
            heading = f"== {VERDICT_TITLES[current]} ({report.counts[current]}) =="
            printer.line(heading, VERDICT_STYLES[current])
        printer.blank()
        _finding(printer, finding, names)
        yield printer.take()
    yield printer.take()


def render_text(report: Report, *, color: bool = False) -> str:
    """The whole text report as one string (see iter_text)."""
    return "".join(iter_text(report, color=color))
