"""The check report: each draft claim with its verdict, reasons, explanation and sources."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from natoiraq.checker.unchecked import NotChecked
from natoiraq.compare.quotes import DiffOp
from natoiraq.compare.verdicts import (
    REASONS,
    CheckVerdict,
    QuoteStatus,
)
from natoiraq.reconciler.findings import ClaimRef

#: 2 (issue 15): `sources` lists at most `sources_limit` of a claim's sources (all before), and
#: `sources_total` counts them all.
CHECK_VERSION = 2
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
    #: The draft's own sentence around the claim (offsets into the draft; the claim's own span
    #: when no sentence holds it), so an editor reads the claim in its words.
    sentence_start: int = -1
    sentence_end: int = -1
    sentence: str = ""
    #: How many source claims stand behind the verdict, and their independent origins (reprints
    #: of one story count once), before `cap_sources` kept only some in `sources`. Left at -1
    #: they are counted from `sources` when the claim is made, so they always hold real numbers.
    sources_total: int = -1
    origins_total: int = -1

    def __post_init__(self) -> None:
        # Frozen: the counts are filled in once, here, so every reader sees real numbers.
        if self.sources_total < 0:
            object.__setattr__(self, "sources_total", len(self.sources))
        if self.origins_total < 0:
            object.__setattr__(self, "origins_total", origin_count(self.sources))

    @property
    def sources_left_out(self) -> int:
        """How many of its sources `cap_sources` left out of `sources` (0: all are there)."""
        return max(self.sources_total - len(self.sources), 0)

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
            "sources_total": self.sources_total,
            # Independent origins behind all its sources, shown or not (reprints count once).
            "origins": self.origins_total,
            "diff": [op.as_dict() for op in self.diff],
            "finding": self.finding,
            "sentence": {
                "start": self.sentence_start,
                "end": self.sentence_end,
                "text": self.sentence,
            },
        }
        return out


def origin_count(sources: Iterable[ClaimRef]) -> int:
    """How many independent origins `sources` come from: an article without an origin group is
    its own origin."""
    return len({s.origin or s.article for s in sources})


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
        "origin": ref.origin,
    }


@dataclass(frozen=True)
class SkippedSpan:
    """A span of the draft the cleaner skipped as page furniture (headline, byline, caption ...)."""

    start: int
    end: int
    line: int
    col: int
    exact: str
    reason: str
    note: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "exact": self.exact,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "col": self.col,
            "reason": self.reason,
            "note": self.note,
        }


#: The order an editor reads verdicts in: problems first (issue 11).
PROBLEM_ORDER: dict[str, int] = {
    "contradicted": 0,
    "contested": 2,
    "unsupported": 3,
    "supported": 4,
}


def problem_rank(claim: CheckedClaim) -> int:
    """Where a claim comes in the editor's order: contradicted, altered quotes (whatever their
    verdict), contested, unsupported, supported."""
    if claim.verdict != "contradicted" and claim.quote_status == "altered":
        return 1
    return PROBLEM_ORDER[claim.verdict]


def problems_first(claims: tuple[CheckedClaim, ...]) -> tuple[CheckedClaim, ...]:
    """The claims in the editor's order, each verdict's in draft order."""
    return tuple(sorted(claims, key=lambda c: (problem_rank(c), c.start, c.end, c.kind)))


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
    #: Spans the cleaner skipped (page furniture), each with its reason: nothing is dropped
    #: without a word.
    skipped: tuple[SkippedSpan, ...] = ()
    #: Body spans that look like claims but were not judged, each with why (checker/unchecked).
    not_checked: tuple[NotChecked, ...] = ()
    #: What `--verdict` kept (empty: everything), and how many claims there were before.
    shown: tuple[str, ...] = ()
    total_claims: int = -1
    #: At most how many sources each claim lists (cap_sources; `--sources`), None for all.
    sources_limit: int | None = None
    #: The draft's text as read (line ends made "\n"): every offset above points into it. Not
    #: in the JSON (the caller has the draft); the HTML report shows the draft with it.
    text: str = ""

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
        """The check JSON, version 2 (schema/check-report.schema.json, docs/reports.md; the
        model is natoiraq.report.schemas.CheckReport); new keys are additive."""
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
            "shown": list(self.shown) or "all",
            "sources_limit": self.sources_limit,
            "skipped": [s.as_dict() for s in self.skipped],
            "not_checked": [n.as_dict() for n in self.not_checked],
        }


#: What `--verdict` can name: a verdict, or the spans that were not checked.
SHOWABLE = ("contradicted", "contested", "unsupported", "supported", "not-checked")


def filter_check(
    report: CheckReport, verdicts: tuple[str, ...] | list[str] | set[str] = ()
) -> CheckReport:
    """Keep the claims with one of `verdicts` ("not-checked" keeps the spans not checked; empty
    keeps everything). The skipped page furniture is shown only with everything."""
    if not verdicts:
        return report
    return replace(
        report,
        claims=tuple(c for c in report.claims if c.verdict in verdicts),
        not_checked=report.not_checked if "not-checked" in verdicts else (),
        skipped=(),
        shown=tuple(v for v in SHOWABLE if v in verdicts),
        total_claims=len(report.claims),
    )


def cap_sources(report: CheckReport, limit: int | None) -> CheckReport:
    """The report with at most `limit` sources shown per claim (`None` or 0: all of them); each
    claim keeps its counts of all sources and origins, and its explanation.

    Which ones: first one source per distinct note (each side of a conflict, each reading, the
    closest quote), then one per (note, origin) pair (each independent origin on each side),
    then the rest, each round in the existing order and stopping at `limit`; the kept sources
    stay in their original order.

    Why: on 10,000 synthetic articles the 19 claims of examples/draft-story.md listed 69,994
    sources, a 62 MB JSON report (issue 15); an editor needs the sources that decide the verdict
    and the totals, not thousands per claim. Notes come before origins so that a cap smaller than
    the number of origins still shows every side of a conflict.
    """
    if not limit:
        return replace(report, sources_limit=None)
    claims = tuple(_capped(claim, limit) for claim in report.claims)
    return replace(report, claims=claims, sources_limit=limit)


def pick_sources(keys: Sequence[tuple[str, str]], limit: int) -> list[int]:
    """Which of a claim's sources cap_sources shows, in order, from each source's (note,
    origin group) (module docstring of cap_sources); all of them within the limit."""
    if len(keys) <= limit:
        return list(range(len(keys)))
    kept: set[int] = set()
    # Round by round, the first source of each key not yet shown; the last key is the position,
    # so the last round fills up in order.
    rounds: tuple[Callable[[int, tuple[str, str]], Hashable], ...] = (
        lambda _, k: k[0],
        lambda _, k: k,
        lambda i, _: i,
    )
    for key in rounds:
        seen = {key(i, keys[i]) for i in kept}
        for i, item in enumerate(keys):
            if len(kept) == limit:
                break
            k = key(i, item)
            if k not in seen:
                seen.add(k)
                kept.add(i)
    return sorted(kept)


def _capped(claim: CheckedClaim, limit: int) -> CheckedClaim:
    sources = claim.sources
    if len(sources) <= limit:
        return claim
    kept = pick_sources([(s.note, s.origin or s.article) for s in sources], limit)
    return replace(
        claim,
        sources=tuple(sources[i] for i in kept),
        sources_total=claim.sources_total,
        origins_total=claim.origins_total,
    )
