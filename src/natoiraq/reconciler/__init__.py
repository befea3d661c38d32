"""Stage 6: compare claims across articles and turn each block into a finding with a verdict.

Claims are indexed once (reconciler/index.py: dates by topic, counts by quantity and unit
family, quotes by speaker, decisions by actor, action and object) and compared only inside a
block, so the work grows with the corpus, not with its square (issue 6). Every verdict comes
from the tables in compare/verdicts.py, which check reads too.
"""

from __future__ import annotations

from collections.abc import Iterator

from natoiraq.corpus import Corpus
from natoiraq.corpus.keys import summary_part
from natoiraq.reconciler.counts import count_findings
from natoiraq.reconciler.dates import date_findings
from natoiraq.reconciler.decisions import decision_findings
from natoiraq.reconciler.findings import (
    FINDING_KINDS,
    FORMATS,
    REASONS,
    REPORT_VERSION,
    VERDICTS,
    ArticleSummary,
    ClaimRef,
    FindingKind,
    ReconFinding,
    Report,
    Verdict,
    filter_report,
    origins_phrase,
    with_origins,
)
from natoiraq.reconciler.index import Index
from natoiraq.reconciler.kept import reading_order
from natoiraq.reconciler.names import name_findings
from natoiraq.reconciler.origins import Memo, find_origins
from natoiraq.reconciler.quotes import quote_findings

__all__ = [
    "FINDING_KINDS",
    "FORMATS",
    "REASONS",
    "REPORT_VERSION",
    "VERDICTS",
    "ArticleSummary",
    "ClaimRef",
    "FindingKind",
    "Index",
    "ReconFinding",
    "Report",
    "Verdict",
    "filter_report",
    "origins_phrase",
    "reconcile",
]


def block_findings(index: Index) -> Iterator[ReconFinding]:
    """The findings of every block of the index (dates, counts, quotes, decisions), as they
    are made, before their origins are counted; names are found from the texts
    (name_findings)."""
    yield from date_findings(index)
    yield from count_findings(index)
    yield from quote_findings(index)
    yield from decision_findings(index)


def reconcile(
    corpus: Corpus, *, include_drafts: bool = False, memo: Memo | None = None
) -> Report:
    """Compare every claim across articles; return the findings in reading order.

    Only reviewed claims are sources unless `include_drafts`; findings with draft claims then
    carry the reason `draft-claims` and each such claim says `status: draft`. `memo` may
    hold the corpus's origin groups (origins.py find_origins; the command line's cache).
    """
    index = Index.of(corpus, include_drafts=include_drafts)
    # Once per corpus: every finding counts the independent origins behind its claims.
    origins = find_origins(corpus, memo)
    findings = [
        *block_findings(index),
        *name_findings(corpus.registry, list(index.records.values())),
    ]
    findings = [with_origins(finding, origins) for finding in findings]
    findings.sort(key=reading_order)
    articles = tuple(
        ArticleSummary(**summary_part(r.article)) for r in index.records.values()
    )
    return Report(
        articles=articles,
        findings=tuple(findings),
        include_drafts=include_drafts,
        origins=origins.groups,
    )
