"""The check report: each draft claim with its verdict, reasons, explanation and sources."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from natoiraq.compare.quotes import DiffOp
from natoiraq.compare.verdicts import (
    REASONS,
    CheckVerdict,
    QuoteStatus,
)
from natoiraq.reconciler.findings import ClaimRef

CHECK_VERSION = 1
FORMATS = ("text", "json", "markdown", "html")
#: Every reason code a checked claim can carry (compare/verdicts.py REASONS but `spelling`,
#: which only spelling findings carry).
CHECK_REASONS: tuple[str, ...] = tuple(r for r in REASONS if r != "spelling")

#: What the JSON `published.basis` can be: from `--published`, from the draft, or not known.
PublishedBasis = Literal["given", "stated", "unknown"]


@dataclass(frozen=True)
class CheckedClaim:
    """One claim of the draft with its verdict, reasons, explanation and the sources behind it."""

    id: str
    kind: str
    topic: str
    exact: str
    start: int
    end: int
    #: 1-based line and column (code points) of `start` in the draft, for an editor's cursor.
    line: int
    col: int
    value: dict[str, object]
    verdict: CheckVerdict
    reasons: tuple[str, ...]
    explanation: str
    sources: tuple[ClaimRef, ...] = ()
    quote_status: QuoteStatus | None = None
    #: Quotes that are altered or translated: the words from the closest source to the draft.
    diff: tuple[DiffOp, ...] = ()
    #: The reconcile finding about the same thing, where there is one (for the whole picture).
    finding: str = ""

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.id,
            "kind": self.kind,
            "topic": self.topic,
            "exact": self.exact,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "col": self.col,
            "value": self.value,
            "verdict": self.verdict,
        }
        if self.quote_status is not None:
            out["quote_status"] = self.quote_status
        out |= {
            "reasons": list(self.reasons),
            "explanation": self.explanation,
            "sources": [_source_dict(s) for s in self.sources],
            "diff": [op.as_dict() for op in self.diff],
            "finding": self.finding,
        }
        return out


def _source_dict(ref: ClaimRef) -> dict[str, object]:
    return {
        "article": ref.article,
        "seed": ref.seed,
        "claim": ref.claim,
        "exact": ref.exact,
        "start": ref.start,
        "end": ref.end,
        "value": dict(ref.value),
        "note": ref.note,
        "context": {"before": ref.before, "after": ref.after},
        "status": ref.status,
    }


@dataclass(frozen=True)
class CheckReport:
    """A draft story checked against the corpus: its claims in the order the draft gives them."""

    story: str
    published: str | None
    published_basis: PublishedBasis
    published_why: str
    claims: tuple[CheckedClaim, ...]
    #: Remarks about the whole check (no publication date, nothing extracted).
    notes: tuple[str, ...] = ()
    version: int = CHECK_VERSION
    #: True when unreviewed (draft) corpus claims were counted as sources (`--include-drafts`).
    include_drafts: bool = False

    @property
    def counts(self) -> dict[str, int]:
        """Claims per verdict, every verdict present (zero included)."""
        counts = {v: 0 for v in ("supported", "contested", "contradicted", "unsupported")}
        for claim in self.claims:
            counts[claim.verdict] += 1
        return counts

    @property
    def quote_counts(self) -> dict[str, int]:
        """Quotes per status, every status present."""
        counts = {s: 0 for s in ("verbatim", "altered", "translated", "not-found")}
        for claim in self.claims:
            if claim.quote_status is not None:
                counts[claim.quote_status] += 1
        return counts

    def as_dict(self) -> dict[str, object]:
        """The check JSON, version 1 (issue 5); keys beyond the issue's list are additive."""
        return {
            "version": self.version,
            "story": self.story,
            "published": {
                "date": self.published,
                "basis": self.published_basis,
                "why": self.published_why,
            },
            "notes": list(self.notes),
            "claims": [c.as_dict() for c in self.claims],
            "counts": self.counts,
            "quote_counts": self.quote_counts,
            "include_drafts": self.include_drafts,
        }


def filter_check(
    report: CheckReport, verdicts: tuple[str, ...] | list[str] | set[str] = ()
) -> CheckReport:
    """Keep the claims with one of `verdicts` (empty keeps every claim)."""
    if not verdicts:
        return report
    return replace(report, claims=tuple(c for c in report.claims if c.verdict in verdicts))
