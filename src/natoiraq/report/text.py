"""Terminal report: a summary to act on, sections by importance, each finding with the evidence
as it stands (span marked), the counts at the end."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from natoiraq.compare.quotes import DiffOp
from natoiraq.reconciler import ClaimRef, ReconFinding, Report
from natoiraq.reconciler.kept import KeptFinding, KeptReport
from natoiraq.report._common import (
    ACT_ON,
    ORIGINS_BLURB,
    SECTION_BLURBS,
    SECTIONS,
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
SECTION_STYLES = VERDICT_STYLES | {"likely-error": "bold red"}


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


def source(printer: Printer, claim: ClaimRef, head: str, *, line: bool = False) -> None:
    """A source claim: its head line (`head` names the article; `line` adds the span's line and
    column in the seed), then its evidence and note."""
    at = f"{where(claim)} {line_of(claim)}" if line else where(claim)
    printer.line([(head, "bold"), (f"  {at}  claim {claim.claim}", "")], indent=2)
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
    if counted := origins_count(finding):
        printer.line(counted, "bold", indent=2)
    for claim in finding.claims:
        source(printer, claim, f"{claim.article} ({names.get(claim.article, '?')})", line=True)
        if claim.compatible_with:
            printer.line(f"compatible with: {', '.join(claim.compatible_with)}", indent=4)
        if claim.diff:
            printer.line(word_diff("from the base: ", claim.diff), indent=4)


def _act_on(
    printer: Printer, groups: Sequence[tuple[str, Sequence[ReconFinding | KeptFinding]]]
) -> None:
    """The opening summary: one line per finding to act on, conflicts first."""
    for key, found in groups:
        if key not in ACT_ON:
            continue
        printer.blank()
        printer.line(f"{SECTIONS[key]}: {SECTION_BLURBS[key]}", SECTION_STYLES[key])
        for finding in found:
            printer.line(f"- {act_on_line(_read(finding))} → {finding.id}", indent=2, hang=2)


def _sections(
    report: Report | KeptReport,
) -> Sequence[tuple[str, Sequence[ReconFinding | KeptFinding]]]:
    if isinstance(report, KeptReport):  # (apart, for the type checker: one kind of finding each)
        return sections(report)
    return sections(report)


def _read(finding: ReconFinding | KeptFinding) -> ReconFinding:
    """The finding, a kept one read back (each time: a report of kept findings holds their
    lines, not their objects)."""
    return finding if isinstance(finding, ReconFinding) else finding.finding()


def iter_text(report: Report | KeptReport, *, color: bool = False) -> Iterator[str]:
    """The report for a terminal, 100 columns, ANSI styles only when `color`: a finding a piece
    (at 10 000 articles the whole text is some 100 MB; it is written as it is made).

    It opens with what to act on (conflicts, likely errors, variants: a line each), then every
    section in that order of importance, agreements last, and ends with the counts. A report
    of kept findings (a warm reconcile's) has each read back as it is written, so that the
    findings of a whole corpus are never objects at once (issue 15).
    """
    printer = Printer(color=color)
    groups = _sections(report)
    printer.line("natoiraq reconcile", "bold")
    printer.line(opening(report, groups))
    _act_on(printer, groups)
    names = outlets(report)
    for key, found in groups:
        printer.blank()
        printer.line(f"== {SECTIONS[key]} ({len(found)}) ==", SECTION_STYLES[key])
        for finding in found:
            printer.blank()
            _finding(printer, _read(finding), names)
            yield printer.take()
    if entries := origin_entries(report):
        printer.blank()
        printer.line(f"== Origins ({len(entries)}) ==", "bold")
        printer.line(f"Shared origins: {ORIGINS_BLURB}.")
        for entry in entries:
            printer.blank()
            printer.line(entry.title, "bold")
            for why, passage in entry.links:
                printer.line(f"- {why}", indent=2, hang=2)
                if passage:
                    printer.line(f'"{one_line(passage)}"', "dim", indent=4)
    printer.blank()
    printer.line(summary(report), "bold")
    yield printer.take()


def render_text(report: Report | KeptReport, *, color: bool = False) -> str:
    """The whole text report as one string (see iter_text)."""
    return "".join(iter_text(report, color=color))
