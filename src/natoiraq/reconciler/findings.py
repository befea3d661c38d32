"""Reconcile's report types and the helpers every kind's findings share."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from natoiraq.compare.quotes import DiffOp
from natoiraq.compare.references import RefStatus
from natoiraq.compare.verdicts import FINDING_REASONS, FINDING_VERDICTS, FindingVerdict
from natoiraq.corpus import ArticleRecord
from natoiraq.models import (
    Article,
    CountClaim,
    CountValue,
    DateClaim,
    DateValue,
    DecisionClaim,
    DecisionValue,
    QuoteClaim,
    QuoteValue,
)
from natoiraq.reconciler.origins import OriginGroup, Origins
from natoiraq.text import line_column

REPORT_VERSION = 1

Verdict = FindingVerdict
VERDICTS = FINDING_VERDICTS
REASONS = FINDING_REASONS
#: `name` findings come from the registry's spellings, not from claims.
FindingKind = Literal["date", "count", "quote", "decision", "name"]
FINDING_KINDS: tuple[FindingKind, ...] = ("date", "count", "quote", "decision", "name")
FORMATS = ("text", "json", "markdown", "html")

#: Characters of seed text shown on each side of an evidence span. 80 gives about one line of
#: context in an 100-column terminal; enough to see "last Friday" is about the strike.
CONTEXT_CHARS = 80
#: An explanation lists at most this many items (articles, readings), then counts the rest: it
#: is one sentence for an editor, also when thousands of articles say the same (issue 6; the
#: claims behind a finding are all in its evidence).
EXPLAIN_ITEMS_MAX = 6

AnyClaim = DateClaim | CountClaim | QuoteClaim | DecisionClaim
ClaimValue = DateValue | CountValue | QuoteValue | DecisionValue


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """A claim (or a name occurrence) behind a finding, as it stands in its article.

    Why slots: a report of 10 000 articles holds 220 000 of them; without a `__dict__` each is
    half the size (issue 15).
    """

    article: str
    seed: str
    claim: str
    exact: str
    start: int
    end: int
    value: Mapping[str, object]
    #: Seed text around the span, whitespace collapsed (display copy; offsets refer to the seed).
    before: str = ""
    after: str = ""
    #: A per-claim remark: which side of a conflict it fits, its time zone, its reference check.
    note: str = ""
    #: Keys (`article/claim`) of the claims this one is compatible with, in a conflict.
    compatible_with: tuple[str, ...] = ()
    #: For quote variants: the words that differ from the finding's base quote.
    diff: tuple[DiffOp, ...] = ()
    #: The claim's review status: `draft` claims count only with --include-drafts, and say so.
    status: str = "reviewed"
    #: Where the span starts in the seed: 1-based line and column in code points (0: unknown).
    line: int = 0
    column: int = 0
    #: The claim against corpus/reference.yaml: `consistent`, `inconsistent` (likely an error)
    #: or `none` (no fact covers it, or its kind is never checked).
    reference: RefStatus = "none"
    #: The id of the claim's article's origin group (reconciler/origins.py): claims whose
    #: articles share it are one source however many files hold them (issue 14).
    origin: str = ""

    @property
    def key(self) -> str:
        return f"{self.article}/{self.claim}"

    def with_origin(self, origin: str) -> ClaimRef:
        """This evidence with its origin group set (with_origins). Each field is passed on by
        hand: dataclasses.replace looks the fields up for every call, and reconcile makes one
        of these per claim (4.7 of 31.6 s at 10 000 articles, issue 15)."""
        return ClaimRef(
            self.article, self.seed, self.claim, self.exact, self.start, self.end, self.value,
            self.before, self.after, self.note, self.compatible_with, self.diff, self.status,
            self.line, self.column, self.reference, origin,
        )  # fmt: skip

    def as_dict(self) -> dict[str, object]:
        return {
            "article": self.article,
            "seed": self.seed,
            "claim": self.claim,
            "exact": self.exact,
            "start": self.start,
            "end": self.end,
            "value": dict(self.value),
            "context": {"before": self.before, "after": self.after},
            "note": self.note,
            "compatible_with": list(self.compatible_with),
            "diff": [op.as_dict() for op in self.diff],
            "status": self.status,
            "line": self.line,
            "column": self.column,
            "reference": self.reference,
            "origin": self.origin,
        }


@dataclass(frozen=True)
class ReconFinding:
    """One group of claims across articles, with its verdict, reasons and explanation."""

    id: str
    kind: FindingKind
    topic: str
    verdict: Verdict
    reasons: tuple[str, ...]
    explanation: str
    claims: tuple[ClaimRef, ...]
    #: Every topic of the claims behind it (quotes of one statement may carry several).
    topics: tuple[str, ...] = ()
    #: Quote variants: the key of the claim the others are diffed against, and the first diff.
    base: str = ""
    diff: tuple[DiffOp, ...] = ()
    #: Ids of the reference facts the claims were checked against.
    references: tuple[str, ...] = ()
    #: What the finding is about as an editor knows it: the registry's name of the event,
    #: quantity or person, or a decision or quote in those names (the ids stay in `topic`, `id`).
    subject: str = ""
    #: How many independent origins stand behind its claims (0: not counted).
    origins: int = 0

    @property
    def articles(self) -> tuple[str, ...]:
        """The articles of its claims, each once, in order."""
        return tuple(dict.fromkeys(claim.article for claim in self.claims))

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "topic": self.topic,
            "verdict": self.verdict,
            "reasons": list(self.reasons),
            "explanation": self.explanation,
            "claims": [c.as_dict() for c in self.claims],
            "topics": list(self.topics),
            "base": self.base,
            "diff": [op.as_dict() for op in self.diff],
            "references": list(self.references),
            "subject": self.subject,
            "origins": self.origins,
        }


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    seed: str
    outlet: str
    published: str | None
    timezone: str | None = None
    translated_from: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "seed": self.seed,
            "outlet": self.outlet,
            "published": self.published,
            "timezone": self.timezone,
            "translated_from": self.translated_from,
        }


@dataclass(frozen=True)
class Report:
    """The reconciliation of a corpus: findings in reading order (conflicts first)."""

    articles: tuple[ArticleSummary, ...]
    findings: tuple[ReconFinding, ...]
    version: int = REPORT_VERSION
    #: True when unreviewed (draft) claims were counted as sources (`--include-drafts`).
    include_drafts: bool = False
    #: The corpus's origin groups (single articles are groups of one), in order.
    origins: tuple[OriginGroup, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        """Findings per verdict, every verdict present (zero included), in DESIGN.md order."""
        counts = {v: 0 for v in ("agree", "compatible", "conflict", "variant", "single-source")}
        for finding in self.findings:
            counts[finding.verdict] += 1
        return counts

    def as_dict(self) -> dict[str, object]:
        """The report JSON, version 1 (DESIGN.md); extra keys beyond the contract are additive."""
        return {
            "version": self.version,
            "articles": [a.as_dict() for a in self.articles],
            "findings": [f.as_dict() for f in self.findings],
            "counts": self.counts,
            "include_drafts": self.include_drafts,
            "origins": [group.as_dict() for group in self.origins],
        }

    def shared_origins(self) -> tuple[OriginGroup, ...]:
        """The origin groups of more than one article: the echoes a report shows."""
        return tuple(group for group in self.origins if len(group.articles) > 1)


class Ordered(Protocol):
    """What a report's order and filters read of a finding (ReconFinding and KeptFinding)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> FindingKind: ...
    @property
    def topic(self) -> str: ...
    @property
    def verdict(self) -> Verdict: ...
    @property
    def topics(self) -> tuple[str, ...]: ...


def wanted(
    finding: Ordered, verdicts: Iterable[str], kinds: Iterable[str], topics: Iterable[str]
) -> bool:
    """Whether a finding matches every given filter (an empty filter matches everything)."""
    want_v, want_k, want_t = set(verdicts), set(kinds), set(topics)
    return (
        (not want_v or finding.verdict in want_v)
        and (not want_k or finding.kind in want_k)
        and (not want_t or bool(want_t & {finding.topic, *finding.topics}))
    )


def filter_report(
    report: Report,
    verdicts: Iterable[str] = (),
    kinds: Iterable[str] = (),
    topics: Iterable[str] = (),
) -> Report:
    """Keep the findings that match every given filter (an empty filter keeps everything)."""
    kept = tuple(f for f in report.findings if wanted(f, verdicts, kinds, topics))
    return replace(report, findings=kept)


def collapse_space(text: str) -> str:
    """`text` with each run of whitespace made one space (a leading or trailing run included).

    Why not the regex it replaces (whitespace runs to one space): str.split takes the same
    characters for whitespace (str.isspace, as the pattern's Unicode class does) and split and
    join cost a third as much; reconcile collapses two context strings per claim (issue 15).
    """
    inner = " ".join(text.split())
    if not inner:
        return " " if text else ""
    head = " " if text[0].isspace() else ""
    tail = " " if text[-1].isspace() else ""
    return head + inner + tail


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """The seed text before and after a span, CONTEXT_CHARS each, whitespace collapsed, with
    "…" where it is cut short."""
    lo = max(0, start - CONTEXT_CHARS)
    hi = min(len(text), end + CONTEXT_CHARS)
    before = collapse_space(text[lo:start]).lstrip()
    after = collapse_space(text[end:hi]).rstrip()
    return ("…" if lo > 0 else "") + before, after + ("…" if hi < len(text) else "")


def ref(
    record: ArticleRecord,
    claim_id: str,
    exact: str,
    start: int,
    end: int,
    value: Mapping[str, object],
    status: str = "reviewed",
    *,
    note: str = "",
    origin: str = "",
    compatible_with: tuple[str, ...] = (),
    diff: tuple[DiffOp, ...] = (),
    reference: RefStatus = "none",
    shared: Shared | None = None,
) -> ClaimRef:
    """Evidence for a span of an article: its offsets, value and the seed text around it;
    `shared` keeps one copy of equal contexts (see Shared)."""
    text = record.text
    line, column = line_column(text, start)
    before, after = context(text, start, end)
    if shared is not None:
        before, after = shared.string(before), shared.string(after)
    return ClaimRef(
        article=record.article.id,
        seed=record.article.seed,
        claim=claim_id,
        exact=exact,
        start=start,
        end=end,
        value=value,
        before=before,
        after=after,
        status=status,
        line=line,
        column=column,
        note=note,
        origin=origin,
        compatible_with=compatible_with,
        diff=diff,
        reference=reference,
    )


class Shared:
    """The parts one finding's evidence repeats, each made once and shared: its claims give a
    few values thousands of times (the date of an event in 10 000 articles), and reprints give
    the same context word for word. At 10 000 articles the dumped values were 50 MB and the
    context strings 96 of the 162 MB a report holds (issue 15). Scoped to one finding (or one
    speaker's statements) by its caller; what it hands out is read-only, as evidence is."""

    def __init__(self) -> None:
        self._values: dict[object, Mapping[str, object]] = {}
        self._strings: dict[str, str] = {}

    def value(self, value: ClaimValue) -> Mapping[str, object]:
        """The claim value as evidence holds it (`model_dump(mode="json")`). Claim values are
        frozen models: equal fields, equal hash, equal dump."""
        found = self._values.get(value)
        if found is None:
            found = self._values[value] = value.model_dump(mode="json")
        return found

    def string(self, text: str) -> str:
        """`text`, or the equal string met before."""
        return self._strings.setdefault(text, text)


def claim_ref(
    record: ArticleRecord,
    claim: AnyClaim,
    *,
    note: str = "",
    origin: str = "",
    compatible_with: tuple[str, ...] = (),
    diff: tuple[DiffOp, ...] = (),
    reference: RefStatus = "none",
    shared: Shared | None = None,
) -> ClaimRef:
    """A corpus claim as report evidence: article, seed, offsets, value and seed context;
    `shared` keeps one copy of equal values and contexts (see Shared)."""
    ev = claim.evidence
    value = shared.value(claim.value) if shared is not None else claim.value.model_dump(mode="json")
    return ref(record, claim.id, ev.exact, ev.start, ev.end, value, claim.status, note=note,
               origin=origin, compatible_with=compatible_with, diff=diff, reference=reference,
               shared=shared)  # fmt: skip


def claim_key(record: ArticleRecord, claim: AnyClaim) -> str:
    """The key (`article/claim`) its evidence will have (ClaimRef.key), before it is built."""
    return f"{record.article.id}/{claim.id}"


def who(article: Article) -> str:
    """An article as an explanation names it: "002-jordan-times (The Jordan Times)"."""
    return f"{article.id} ({article.outlet.name})"


def join_words(items: Sequence[str]) -> str:
    """ "a, b and c": each distinct item once, in order; past EXPLAIN_ITEMS_MAX, "and N more"."""
    unique = list(dict.fromkeys(items))
    if len(unique) > EXPLAIN_ITEMS_MAX:
        shown = unique[: EXPLAIN_ITEMS_MAX - 1]
        unique = [*shown, f"{len(unique) - len(shown)} more"]
    if len(unique) <= 1:
        return "".join(unique)
    return ", ".join(unique[:-1]) + " and " + unique[-1]


def draft_reasons(claims: Iterable[AnyClaim]) -> set[str]:
    """{"draft-claims"} when an unreviewed claim is among a finding's claims, else nothing."""
    return {"draft-claims"} if any(c.status == "draft" for c in claims) else set()


def reference_sentence(misses: Sequence[tuple[str, str, Sequence[str]]]) -> str:
    """' Likely an error: "Feb. 13" (a) does not fit the reference (NOTES).' for the claims the
    reference excludes, given as (exact, article id, notes); "" when there are none.

    Why: a claim the reference excludes is the editor's likeliest error, single source or not
    (issue 11), so every explanation with one says so and which claim it is.
    """
    if not misses:
        return ""
    labels = [f'"{exact}" ({article})' for exact, article, _ in misses]
    notes = list(dict.fromkeys(n for _, _, ns in misses for n in ns))
    errors, fits = ("Likely errors", "do") if len(set(labels)) > 1 else ("Likely an error", "does")
    text = f" {errors}: {join_words(labels)} {fits} not fit the reference"
    return text + (f" ({'; '.join(notes)})." if notes else ".")


#: The verdicts that read as corroboration, which one origin does not give.
CORROBORATING = ("agree", "compatible")


def with_origins(finding: ReconFinding, origins: Origins) -> ReconFinding:
    """The finding with its claims' origin groups and its count of independent origins.

    Why: agreement between articles of one origin (a wire story and its reprints) is an echo,
    not corroboration; the verdict stays (consumers read it as before) and the reason
    `single-origin` with a sentence says so (issue 14).
    """
    claims = tuple(c.with_origin(origins.of.get(c.article, c.article)) for c in finding.claims)
    articles = tuple(dict.fromkeys(c.article for c in claims))
    count = origins.count(articles)
    reasons, text = finding.reasons, finding.explanation
    if finding.verdict in CORROBORATING and len(articles) > 1 and count == 1:
        reasons = tuple(sorted({*reasons, "single-origin"}))
        text += f" {len(articles)} articles, 1 origin: an echo, not corroboration."
    return replace(finding, claims=claims, origins=count, reasons=reasons, explanation=text)


def origins_phrase(articles: int, origins: int) -> str:
    """ "4 articles, 2 origins": the counts of a finding or a supported claim."""
    noun = "article" if articles == 1 else "articles"
    return f"{articles} {noun}, {origins} origin{'' if origins == 1 else 's'}"
