"""Stage 7: every renderer; here the reconciliation report as text, JSON, Markdown or HTML."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from natoiraq.reconciler import Report

Format = Literal["text", "json", "markdown", "html"]
FORMATS: tuple[Format, ...] = ("text", "json", "markdown", "html")


def render_chunks(report: Report, fmt: str, *, color: bool = False) -> Iterator[str]:
    """The report in `fmt`, piece by piece (text and JSON a finding at a time, so a report of
    thousands of articles is written as it is made)."""
    if fmt == "json":
        from natoiraq.report.json import iter_json

        yield from iter_json(report)
    elif fmt == "text":
        from natoiraq.report.text import iter_text

        yield from iter_text(report, color=color)
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
