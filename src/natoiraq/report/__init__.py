"""Stage 7: every renderer; here the reconciliation report as text, JSON, Markdown or HTML, and
its exports for other tools (ClaimReview, W3C Web Annotation: docs/exports.md)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from natoiraq.corpus import Corpus
from natoiraq.reconciler import Report
from natoiraq.reconciler.kept import KeptReport

Format = Literal["text", "json", "markdown", "html"]
FORMATS: tuple[Format, ...] = ("text", "json", "markdown", "html")
#: JSON-LD exports of the report. They read the corpus as well (headlines, languages, the seed
#: text around each span), so they take it as an argument and are not in FORMATS.
Export = Literal["claimreview", "w3c"]
EXPORTS: tuple[Export, ...] = ("claimreview", "w3c")


def render_chunks(report: Report | KeptReport, fmt: str, *, color: bool = False,
                  corpus: Corpus | None = None) -> Iterator[str]:  # fmt: skip
    """The report in `fmt`, piece by piece (text, JSON and the exports a finding at a time, so
    a report of thousands of articles is written as it is made). The exports need `corpus`,
    the one the report was made from. A report of kept findings is written as kept in JSON,
    and read back for the other formats."""
    if fmt == "json":
        from natoiraq.report.json import iter_json

        yield from iter_json(report)
        return
    if fmt == "text":
        from natoiraq.report.text import iter_text

        yield from iter_text(report, color=color)  # kept findings read back one at a time
        return
    if isinstance(report, KeptReport):
        report = report.report()
    if fmt in EXPORTS:
        yield from render_export(report, fmt, corpus)
    else:
        yield render(report, fmt, color=color)


def render(report: Report, fmt: str, *, color: bool = False) -> str:
    """The report in `fmt`; `color` only affects text (ANSI styles, off by default)."""
    if fmt == "text":
        from natoiraq.report.text import render_text

        return render_text(report, color=color)
    if fmt == "json":
        from natoiraq.report.json import render_json

        return render_json(report)
    if fmt == "markdown":
        from natoiraq.report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from natoiraq.report.html import render_html

        return render_html(report)
    raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")


def render_export(report: Report, fmt: str, corpus: Corpus | None) -> Iterator[str]:
    """An export (EXPORTS) of the report, piece by piece; `corpus` is the reconciled one."""
    if corpus is None:
        raise ValueError(f"the {fmt} export needs the corpus the report was made from")
    if fmt == "claimreview":
        from natoiraq.report.claimreview import iter_claimreview

        return iter_claimreview(report, corpus)
    if fmt == "w3c":
        from natoiraq.report.w3c import iter_w3c

        return iter_w3c(report, corpus)
    raise ValueError(f"unknown export {fmt!r}; choose one of {', '.join(EXPORTS)}")
