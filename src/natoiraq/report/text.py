"""Terminal report through rich, markup off: conflicts first, evidence with its span marked."""

from __future__ import annotations

from io import StringIO

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from natoiraq.reconcile import ClaimRef, ReconFinding, Report
from natoiraq.report._common import VERDICT_TITLES, diff_words, one_line, outlets, summary, where

#: Fixed so output is byte-identical whatever terminal runs it (and fits a 100-column review).
WIDTH = 100
#: Marks around the evidence span, so it stands out without colour too.
OPEN, CLOSE = "»", "«"

VERDICT_STYLES = {
    "conflict": "bold red",
    "variant": "bold magenta",
    "single-source": "bold yellow",
    "compatible": "bold cyan",
    "agree": "bold green",
}


def _console(buffer: StringIO, color: bool) -> Console:
    return Console(
        file=buffer,
        width=WIDTH,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        markup=False,
        highlight=False,
        emoji=False,
        soft_wrap=False,
        legacy_windows=False,
        _environ={},  # no COLUMNS/TERM/NO_COLOR from the caller's environment
    )


def _evidence(claim: ClaimRef) -> Text:
    text = Text()
    text.append(one_line(claim.before), style="dim")
    text.append(OPEN + one_line(claim.exact) + CLOSE, style="bold reverse")
    text.append(one_line(claim.after), style="dim")
    return text


def _claim(claim: ClaimRef, outlet: str) -> list[Text]:
    """The claim's head line, then its evidence, note, compatibility and diff (indented more)."""
    head = Text()
    head.append(f"{claim.article} ({outlet})", style="bold")
    head.append(f"  {where(claim)}  claim {claim.claim}")
    lines = [head, _evidence(claim)]
    if claim.note:
        lines.append(Text(f"note: {claim.note}", style="italic"))
    if claim.compatible_with:
        lines.append(Text(f"compatible with: {', '.join(claim.compatible_with)}"))
    if claim.diff:
        line = Text("from the base: ")
        for op, words in diff_words(claim.diff):
            if op == "equal":
                line.append(words + " ")
            elif op == "delete":
                line.append(f"[-{words}-]", style="red strike").append(" ")
            else:
                line.append(f"{{+{words}+}}", style="green").append(" ")
        line.rstrip()
        lines.append(line)
    return lines


def _finding(finding: ReconFinding, names: dict[str, str]) -> list[Padding | Text]:
    title = Text()
    title.append(finding.verdict.upper(), style=VERDICT_STYLES[finding.verdict])
    title.append(f"  {finding.id}")
    if finding.reasons:
        title.append(f"  ({', '.join(finding.reasons)})", style="dim")
    out: list[Padding | Text] = [title, _indent(Text(finding.explanation), 2)]
    for claim in finding.claims:
        for n, line in enumerate(_claim(claim, names.get(claim.article, "?"))):
            out.append(_indent(line, 2 if n == 0 else 4))
    return out


def _indent(text: Text, left: int) -> Padding:
    return Padding(text, (0, 0, 0, left), expand=False)


def render_text(report: Report, *, color: bool = False) -> str:
    """The report for a terminal, `WIDTH` columns, ANSI styles only when `color`."""
    buffer = StringIO()
    console = _console(buffer, color)
    console.print(Text("natoiraq reconcile", style="bold"))
    console.print(Text(summary(report)))
    names = outlets(report)
    current = ""
    for finding in report.findings:
        if finding.verdict != current:
            current = finding.verdict
            console.print()
            heading = f"== {VERDICT_TITLES[current]} ({report.counts[current]}) =="
            console.print(Text(heading, style=VERDICT_STYLES[current]))
        console.print()
        for part in _finding(finding, names):
            console.print(part)
    # rich pads wrapped lines with spaces; trailing blanks only make diffs noisy.
    return "\n".join(line.rstrip(" ") for line in buffer.getvalue().split("\n"))
