"""Report JSON, version 1: what other tools read (schema/reconcile-report.schema.json,
docs/reports.md; the model is natoiraq.report.schemas.ReconcileReport)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from natoiraq.reconciler import ReconFinding, Report
from natoiraq.reconciler.kept import KeptFinding, KeptReport, compact, finding_json


def iter_json(report: Report | KeptReport) -> Iterator[str]:
    """The report in pieces: the frame on its own lines, one article or finding per line.

    Why: at 10 000 articles the report is hundreds of MB; built whole (dicts, then one string)
    it needs several times that in memory, and indented it goes through json's pure-Python
    encoder. A line per finding is also what a `git diff` or `grep` of two reports wants. A
    report of kept findings (reconciler/kept.py) writes their lines as they were kept.
    """
    yield f'{{"version": {report.version},\n "articles": ['
    for n, article in enumerate(report.articles):
        yield ("\n  " if n == 0 else ",\n  ") + compact(article.as_dict())
    yield ("\n ]" if report.articles else "]") + ',\n "findings": ['
    findings: Sequence[ReconFinding | KeptFinding] = report.findings
    for n, finding in enumerate(findings):
        lead = "\n  " if n == 0 else ",\n  "
        if isinstance(finding, KeptFinding):
            yield lead + finding.line.decode()
        else:
            yield from finding_json(finding, lead)
    yield ("\n ]" if report.findings else "]") + f',\n "counts": {compact(report.counts)},'
    yield f'\n "include_drafts": {compact(report.include_drafts)},\n "origins": ['
    for n, group in enumerate(report.origins):
        yield ("\n  " if n == 0 else ",\n  ") + compact(group.as_dict())
    yield ("\n ]" if report.origins else "]") + "}\n"


def render_json(report: Report) -> str:
    """The whole report JSON as one string (see iter_json)."""
    return "".join(iter_json(report))
