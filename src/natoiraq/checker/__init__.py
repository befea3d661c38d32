"""Stage 8: judge a draft story's claims against the corpus (supported, contested, ...).

The draft goes through the same extractor as the articles; each of its claims is then looked up
in the reconciler's index (the same blocks reconcile compares) and judged by the tables of
compare/verdicts.py, so check and reconcile can never disagree about what fits what.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from natoiraq.checker.judge import Judge, Judgement
from natoiraq.checker.report import (
    CHECK_REASONS,
    CHECK_VERSION,
    FORMATS,
    CheckedClaim,
    CheckReport,
    PublishedBasis,
    filter_check,
)
from natoiraq.compare.verdicts import CHECK_VERDICTS, QUOTE_STATUSES, CheckVerdict, QuoteStatus
from natoiraq.corpus import Corpus
from natoiraq.models import Claim
from natoiraq.reconciler.index import Index

__all__ = [
    "CHECK_REASONS",
    "CHECK_VERDICTS",
    "CHECK_VERSION",
    "FORMATS",
    "QUOTE_STATUSES",
    "CheckReport",
    "CheckVerdict",
    "CheckedClaim",
    "QuoteStatus",
    "check_story",
    "filter_check",
    "judge_claims",
]


def judge_claims(
    text: str,
    claims: Iterable[Claim],
    corpus: Corpus | Index,
    *,
    published: dt.date | None = None,
    guessed: Iterable[str] = (),
) -> tuple[CheckedClaim, ...]:
    """Judge claims of `text` (a draft's, anchored in it) against a corpus or its index.

    `guessed` names the claims whose topic is a guess (no evidence in their clause): they are
    never `contradicted` (docs/verdicts.md, rows C3 and C12).
    """
    index = corpus if isinstance(corpus, Index) else Index.of(corpus)
    judge = Judge(index, published, frozenset(guessed))
    ordered = sorted(claims, key=lambda c: (c.evidence.start, c.evidence.end, c.kind))
    return tuple(_place(text, claim, judge.claim(claim)) for claim in ordered)


def check_story(
    text: str,
    corpus: Corpus,
    *,
    story: str,
    published: dt.date | None = None,
    include_drafts: bool = False,
) -> CheckReport:
    """Extract the draft's claims and judge each against the corpus.

    `published` overrides a date the draft states (a byline or dateline); with neither,
    relative dates ("last Friday") stay unresolved and are reported as such, never read against
    today's clock. `story` is how the report names the draft (its path). Unreviewed corpus
    claims are sources only with `include_drafts`.
    """
    # Imported here: the extractor pulls in the cleaner and the linker, which the rest of this
    # package does not need (and `natoiraq check --help` should stay fast).
    from natoiraq.clean import clean_article
    from natoiraq.extractor import extract_claims

    cleaned = clean_article(text)
    basis: PublishedBasis
    if published is not None:
        basis, why = "given", "given with --published"
    elif cleaned.published is not None and cleaned.published.date is not None:
        published, basis, why = cleaned.published.date, "stated", cleaned.published.why
    else:
        basis, why = "unknown", "the draft states no date and none was given with --published"
    extraction = extract_claims(text, corpus.registry, published, cleaned=cleaned)
    index = Index.of(corpus, include_drafts=include_drafts)
    checked = judge_claims(
        text, extraction.claims, index, published=published, guessed=extraction.guessed
    )
    notes: list[str] = []
    if published is None:
        notes.append(
            "The draft states no publication date (no dateline or byline date) and none was "
            'given with --published, so relative dates such as "last Friday" stay unresolved.'
        )
    if not checked:
        notes.append("The extractor found no dates, counts, quotes or decisions in the draft.")
    if include_drafts:
        notes.append(
            "Unreviewed (draft) corpus claims count as sources (--include-drafts); sources "
            "marked `draft` may be extraction mistakes."
        )
    return CheckReport(
        story=story,
        published=published.isoformat() if published is not None else None,
        published_basis=basis,
        published_why=why,
        claims=checked,
        notes=tuple(notes),
        include_drafts=include_drafts,
    )


def _place(text: str, claim: Claim, judgement: Judgement) -> CheckedClaim:
    start = claim.evidence.start
    line = text.count("\n", 0, start) + 1
    col = start - (text.rfind("\n", 0, start) + 1) + 1
    return CheckedClaim(
        id=claim.id,
        kind=claim.kind,
        topic=claim.topic,
        exact=claim.evidence.exact,
        start=start,
        end=claim.evidence.end,
        line=line,
        col=col,
        value=claim.value.model_dump(mode="json"),
        verdict=judgement.verdict,
        reasons=tuple(sorted(judgement.reasons)),
        explanation=judgement.explanation,
        sources=judgement.sources,
        quote_status=judgement.quote_status,
        diff=judgement.diff,
        finding=judgement.finding,
    )
