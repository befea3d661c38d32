"""Stage 8: judge a draft story's claims against the corpus (supported, contested, ...).

The draft goes through the same extractor as the articles; each of its claims is then looked up
in the reconciler's index (the same blocks reconcile compares) and judged by the tables of
compare/verdicts.py, so check and reconcile can never disagree about what fits what.
"""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import accumulate
from typing import TYPE_CHECKING

from natoiraq.checker.judge import Judge, Judgement, block_keys, needed_blocks
from natoiraq.checker.report import (
    CHECK_REASONS,
    CHECK_VERSION,
    FORMATS,
    SHOWABLE,
    CheckedClaim,
    CheckReport,
    PublishedBasis,
    SkippedSpan,
    cap_sources,
    filter_check,
    problem_rank,
    problems_first,
)
from natoiraq.compare.verdicts import CHECK_VERDICTS, QUOTE_STATUSES, CheckVerdict, QuoteStatus
from natoiraq.corpus import Corpus
from natoiraq.models import Boilerplate, Claim, DecisionClaim, QuoteClaim
from natoiraq.reconciler.index import Index
from natoiraq.reconciler.origins import Membership, Memo, find_origins, kept_membership
from natoiraq.text import WHITESPACE_RE, line_column, sentences
from natoiraq.validator.view import CorpusView

if TYPE_CHECKING:
    from natoiraq.clean import Cleaned

__all__ = [
    "CHECK_REASONS",
    "CHECK_VERDICTS",
    "CHECK_VERSION",
    "DRAFT_BODY_REASONS",
    "FORMATS",
    "QUOTE_STATUSES",
    "SHOWABLE",
    "CheckReport",
    "CheckVerdict",
    "CheckedClaim",
    "QuoteStatus",
    "SkippedSpan",
    "cap_sources",
    "check_story",
    "draft_view",
    "filter_check",
    "judge_claims",
    "problem_rank",
    "problems_first",
]


def judge_claims(
    text: str,
    claims: Iterable[Claim],
    corpus: Corpus | Index,
    *,
    published: dt.date | None = None,
    guessed: Iterable[str] = (),
    body: Sequence[tuple[int, int]] = (),
    proposed: Mapping[str, str] | None = None,
    other_story: bool = False,
    memo: Memo | None = None,
    origins: Callable[[], Membership] | None = None,
    sources_limit: int | None = None,
) -> tuple[CheckedClaim, ...]:
    """Judge claims of `text` (a draft's, anchored in it) against a corpus or its index.

    `guessed` names the claims whose topic is a guess (no evidence in their clause): they are
    never `contradicted` (docs/verdicts.md, rows C3 and C12). `body` (the cleaner's body spans,
    in order) bounds the sentence shown around each claim; without it, the whole text is one.
    `proposed` names the draft's people and bodies the registry lacks (id -> name).
    `other_story`: the draft names none of the registry's stories, so no claim of it is
    supported, contested or contradicted (issue 11). `memo` may hold the corpus's origin
    groups (reconciler/origins.py find_origins); `origins` finds them where `corpus` is an index
    of part of the corpus only. `sources_limit`: at most that many sources per claim, chosen as
    cap_sources chooses (None or 0: all); each claim still counts them all.
    """
    body = tuple(body) or ((0, len(text)),)
    index = corpus if isinstance(corpus, Index) else Index.of(corpus)
    judge = Judge(index, published, frozenset(guessed), proposed, memo, origins)
    ordered = sorted(claims, key=lambda c: (c.evidence.start, c.evidence.end, c.kind))
    judged = [judge.claim(claim) for claim in ordered]
    judged = _with_their_quotes(ordered, judged)
    if other_story:
        judged = [_of_another_story(j) for j in judged]
    around = _Sentences(text, body)
    return tuple(
        _place(text, claim, judgement, around.of(claim), sources_limit)
        for claim, judgement in zip(ordered, judged, strict=True)
    )


def _of_another_story(judgement: Judgement) -> Judgement:
    """A claim of a draft about another story: never supported, contested or contradicted. Its
    look-alikes (a 500, a 12 February, a stock phrase) are the corpus's by chance."""
    if judgement.verdict == "unsupported":
        return judgement
    return replace(
        judgement,
        verdict="unsupported",
        reasons=frozenset({"other-story"}),
        explanation=(
            "The draft names none of the corpus's stories (no person, body or event of them by "
            "name), so this is not compared with the corpus; what the sources say of something "
            f"like it is shown for reference only. Set aside: {judgement.explanation}"
        ),
        quote_status="not-found" if judgement.quote_status is not None else None,
        diff=(),
    )


def _with_their_quotes(claims: list[Claim], judged: list[Judgement]) -> list[Judgement]:
    """A decision inside a quote is judged with the quote (docs/verdicts.md): it is what the
    speaker is quoted as saying, so it is as right as the quote. An altered quote makes the
    decision in it `contradicted`, a quote no source has makes it `unsupported`, a verbatim or
    translated one `supported`; the decision's own sources and notes stay as evidence."""
    quotes = [
        (c.evidence.start, c.evidence.end, j)
        for c, j in zip(claims, judged, strict=True)
        if isinstance(c, QuoteClaim)
    ]
    if not quotes:
        return judged
    # The first quote (in claim order) that holds a decision, found by bisection: of the quotes
    # that start at or before the decision, the first whose end reaches the decision's end is
    # where the running maximum of their ends first reaches it. A scan of every quote for every
    # claim was quadratic (issue 12, item 9).
    starts = [q[0] for q in quotes]
    reach = list(accumulate((q[1] for q in quotes), max))
    out = []
    for claim, judgement in zip(claims, judged, strict=True):
        quote = None
        if isinstance(claim, DecisionClaim):
            before = bisect_right(starts, claim.evidence.start)
            first = bisect_left(reach, claim.evidence.end, 0, before)
            quote = quotes[first][2] if first < before else None
        if quote is None:
            out.append(judgement)
            continue
        status = quote.quote_status or "not-found"
        verdict = "supported" if status in ("verbatim", "translated") else quote.verdict
        text = (
            f"The decision is inside a quote, so it is judged with the quote ({status}): "
            f"{quote.explanation} On its own: {judgement.explanation}"
        )
        reasons = {"in-quote"} | {r for r in quote.reasons if r != "partial"}
        out.append(replace(judgement, verdict=verdict, reasons=frozenset(reasons),
                           explanation=text))  # fmt: skip
    return out


#: The sentence shown around a claim reaches at most this many characters past either end of
#: the claim: the longest sentence of our check drafts is 286 characters, while one "sentence"
#: of hostile text (a 2 MiB run-on) shown whole with each of its claims made the report, and
#: its time, grow with the square of the text (issue 12, item 9). A cut sentence ends at a word.
SENTENCE_REACH = 500


class _Sentences:
    """The sentence (or sentences) around each claim of one text; each body span split once."""

    def __init__(self, text: str, body: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.body = body
        #: Per body span: its sentences, their starts and their ends (both ascending: the
        #: sentences of a span are in order and never overlap).
        self.split: dict[int, tuple[list[tuple[int, int]], list[int], list[int]]] = {}

    def of(self, claim: Claim) -> tuple[int, int]:
        """The sentences holding the claim, within its body span, cut to SENTENCE_REACH
        characters on each side of it; the claim's own span where no sentence holds it."""
        text, body = self.text, self.body
        start, end = claim.evidence.start, claim.evidence.end
        n = bisect_right(body, (start, len(text) + 1)) - 1
        if n < 0 or not body[n][0] <= start < body[n][1]:
            return start, end
        if n not in self.split:
            spans = sentences(text, *body[n])
            self.split[n] = (spans, [a for a, _ in spans], [b for _, b in spans])
        spans, starts, ends = self.split[n]
        # The sentences that meet the claim: those that end after its start and start before
        # its end (before its start + 1, for an empty claim).
        first = bisect_right(ends, start)
        last = bisect_left(starts, max(end, start + 1))
        if first >= last:
            return start, end
        lo, hi = min(spans[first][0], start), max(spans[last - 1][1], end)
        if lo < start - SENTENCE_REACH:
            lo = start - SENTENCE_REACH
            space = WHITESPACE_RE.search(text, lo, start)
            lo = space.end() if space is not None else lo
        if hi > end + SENTENCE_REACH:
            hi = end + SENTENCE_REACH
            spaces = [m.start() for m in WHITESPACE_RE.finditer(text, end, hi)]
            hi = spaces[-1] if spaces else hi
        return lo, hi


def check_story(
    text: str,
    corpus: Corpus | CorpusView,
    *,
    story: str,
    published: dt.date | None = None,
    include_drafts: bool = False,
    whole_index: bool = False,
    memo: Memo | None = None,
    sources_limit: int | None = None,
) -> CheckReport:
    """Extract the draft's claims and judge each against the corpus.

    `published` overrides a date the draft states (a byline or dateline); with neither,
    relative dates ("last Friday") stay unresolved and are reported as such, never read against
    today's clock. `story` is how the report names the draft (its path). Unreviewed corpus
    claims are sources only with `include_drafts`.
    Only the index blocks the draft's claims can be judged against are built (issue 15);
    `whole_index` builds every block, as reconcile does: the report is the same either way,
    which the tests hold it to. `memo` may hold the corpus's origin groups (the command
    line passes its cache; reconciler/origins.py find_origins). `corpus` may be a view of a
    valid corpus in the cache (validator/view.py): only the articles of the draft's blocks are
    then read from it, and the report is the same byte for byte. `sources_limit`: at most that
    many sources per claim (cap_sources; None or 0: all), the others never built.
    """
    # Imported here: the extractor pulls in the cleaner and the linker, which the rest of this
    # package does not need (and `natoiraq check --help` should stay fast).
    from natoiraq.checker.unchecked import not_checked
    from natoiraq.clean import clean_article
    from natoiraq.extractor import extract_claims

    cleaned = draft_view(clean_article(text))
    basis: PublishedBasis
    if published is not None:
        basis, why = "given", "given with --published"
    elif cleaned.published is not None and cleaned.published.date is not None:
        published, basis, why = cleaned.published.date, "stated", cleaned.published.why
    else:
        basis, why = "unknown", "the draft states no date and none was given with --published"
    extraction = extract_claims(text, corpus.registry, published, cleaned=cleaned)
    origins: Callable[[], Membership] | None = None
    if isinstance(corpus, CorpusView):
        view = corpus
        blocks = needed_blocks(extraction.claims, view.registry)
        keys = block_keys(blocks, extraction.claims, view.quote_texts())
        index = Index.of(view.index_of(keys), include_drafts=include_drafts, only=blocks)
        origins = functools.partial(_view_origins, view, memo)
        has_articles = view.size > 0
    else:
        only = None if whole_index else needed_blocks(extraction.claims, corpus.registry)
        index = Index.of(corpus, include_drafts=include_drafts, only=only)
        has_articles = bool(corpus.articles)
    checked = judge_claims(
        text,
        extraction.claims,
        index,
        published=published,
        guessed=extraction.guessed,
        body=cleaned.body,
        proposed={e.id: e.name for e in extraction.proposed},
        other_story=extraction.stories == frozenset() and has_articles,
        memo=memo,
        origins=origins,
        sources_limit=sources_limit,
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
    skipped = tuple(_skipped(text, b) for b in cleaned.boilerplate)
    return CheckReport(
        story=story,
        published=published.isoformat() if published is not None else None,
        published_basis=basis,
        published_why=why,
        claims=checked,
        notes=tuple(notes),
        include_drafts=include_drafts,
        skipped=skipped,
        not_checked=not_checked(text, cleaned, extraction.claims),
        text=text,
        sources_limit=sources_limit or None,
    )


def _view_origins(view: CorpusView, memo: Memo | None) -> Membership:
    """The origin groups of the corpus behind a view: kept ones where the memo has them (no
    article is read), else found from the whole corpus (and kept)."""
    if memo is not None and (kept := kept_membership(view.origins_key(), memo)) is not None:
        return kept
    return find_origins(view.bare(), memo, view.kept_prints())


#: What the cleaner drops from a scraped page but a draft's editor publishes and must check: its
#: headline, standfirst and subheadings, and a paragraph that reads like another story (a draft
#: holds no teasers of other stories; issue 11: only clear page furniture is skipped).
DRAFT_BODY_REASONS = frozenset({"headline", "unrelated-story"})


def draft_view(cleaned: Cleaned) -> Cleaned:
    """`cleaned` with the spans of DRAFT_BODY_REASONS read as body, each its own paragraph."""
    moved = [b for b in cleaned.boilerplate if b.reason in DRAFT_BODY_REASONS]
    if not moved:
        return cleaned
    starts = {cleaned.body[i][0] for i in cleaned.paragraph_starts} | {b.start for b in moved}
    body = sorted([*cleaned.body, *((b.start, b.end) for b in moved)])
    return replace(
        cleaned,
        body=tuple(body),
        boilerplate=tuple(b for b in cleaned.boilerplate if b.reason not in DRAFT_BODY_REASONS),
        paragraph_starts=frozenset(i for i, (a, _) in enumerate(body) if a in starts),
    )


def _skipped(text: str, span: Boilerplate) -> SkippedSpan:
    line, col = line_column(text, span.start)
    exact = text[span.start : span.end]
    return SkippedSpan(span.start, span.end, line, col, exact, span.reason, span.note)


def _place(
    text: str,
    claim: Claim,
    judgement: Judgement,
    sentence: tuple[int, int],
    sources_limit: int | None = None,
) -> CheckedClaim:
    start = claim.evidence.start
    line, col = line_column(text, start)
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
        sources=judgement.sources.refs(sources_limit),
        sources_total=len(judgement.sources),
        origins_total=judgement.sources.origin_count(),
        quote_status=judgement.quote_status,
        diff=judgement.diff,
        finding=judgement.finding,
        sentence_start=sentence[0],
        sentence_end=sentence[1],
        sentence=text[sentence[0] : sentence[1]],
    )
