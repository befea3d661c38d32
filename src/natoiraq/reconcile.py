"""Stage 6: compare claims across articles and turn each group into a finding with a verdict."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import zoneinfo
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from rapidfuzz import fuzz, process

from natoiraq.corpus import ArticleRecord, Corpus
from natoiraq.models import (
    Article,
    CountClaim,
    CountValue,
    DateClaim,
    DateValue,
    DecisionClaim,
    Event,
    QuoteClaim,
    ReferenceFact,
    Registry,
)
from natoiraq.text import Words as _Words
from natoiraq.text import words as _words

REPORT_VERSION = 1

Verdict = Literal["agree", "compatible", "conflict", "variant", "single-source"]
#: The order in which an editor reads findings: what needs a decision first.
VERDICTS: tuple[Verdict, ...] = ("conflict", "variant", "single-source", "compatible", "agree")
#: `name` findings come from the registry's spellings, not from claims.
FindingKind = Literal["date", "count", "quote", "decision", "name"]
FINDING_KINDS: tuple[FindingKind, ...] = ("date", "count", "quote", "decision", "name")

#: Every reason code a finding can carry (DESIGN.md "Reconciliation"); `modality` marks a `done`
#: against a `planned`/`expected` report of the same decision.
REASONS: tuple[str, ...] = (
    "date-mismatch",
    "modality",
    "name",
    "negation",
    "number-mismatch",
    "precision",
    "reference-consistent",
    "reference-inconsistent",
    "spelling",
    "translation",
    "tz-plausible",
    "wording",
)

#: Characters of seed text shown on each side of an evidence span. 80 gives about one line of
#: context in an 100-column terminal; enough to see "last Friday" is about the strike.
CONTEXT_CHARS = 80

#: A claim in a conflict lists at most this many claims it is compatible with (first by article
#: id): an editor reads a handful; at 10 000 articles a full list would be quadratic (issue 6).
COMPATIBLE_WITH_MAX = 12

#: Two quotes of one speaker are the same statement when the mean of rapidfuzz's partial_ratio
#: (the shorter quote inside the longer one) and token_set_ratio (shared words, order-free) on
#: their content words (QUOTE_STOPWORDS removed) reaches this. Calibrated on the corpus's
#: Stoltenberg quotes across articles: the six true pairs (incl. the Spanish-to-English
#: translations of article 000 and "Daesh"/"ISIS") score 79.5..100; the closest unrelated pair
#: ("It is extremely important to convey a clear message to Taliban" vs "It is extremely important
#: for us that ISIS never returns") 70. Function words are dropped because Stoltenberg's stock
#: phrases ("it is extremely important that") made unrelated quotes score 70 on whole text while
#: a translated pair scored 67. token_set_ratio never decides alone: it scores "will not withdraw"
#: 100 against "will withdraw" (so does this rule: such a pair groups, as a `negation` variant,
#: never as `agree`). Guarded by tests/test_reconcile.py::test_quote_matching_thresholds.
QUOTE_MATCH_SCORE = 75.0
#: Cut-off handed to rapidfuzz for each of the two scores: below it a pair cannot reach the mean.
QUOTE_SCORE_CUTOFF = 2 * QUOTE_MATCH_SCORE - 100
#: A quote shorter than this (in words) only groups with the same words after folding: short
#: fragments ("for Iraq and for NATO", "with attacks on the coalition") sit inside many longer
#: quotes and partial_ratio/token_set_ratio score them 85-100 against unrelated statements.
QUOTE_MIN_WORDS = 6
#: Function words left out of the fuzzy comparison (they are kept in the diff and the folding).
#: (One string split, not a list literal: 80 short words read better this way.)
_STOPWORD_TEXT = (
    "a an the of to in on at by for from into with and or but so as than then that this these "
    "those it its is are was were be been being am do does did have has had will would shall "
    "should can could may might must we our us you your they them their he him his she her i me "
    "my there here which who whom what when where not no also all"
)
QUOTE_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
#: Quotes are blocked by speaker, then by shared words; a word said in more quotes than this (in
#: one speaker's block) is too common to propose candidates ("the", "NATO"). 50 keeps every word
#: of a 5-article corpus and bounds the candidate lists at 10 000 articles (issue 6).
QUOTE_BLOCK_MAX_DF = 50
#: A candidate pair shares at least this many of those words. Every true pair in the corpus shares
#: 3 or more; a pair sharing one word cannot reach QUOTE_MATCH_SCORE on token_set_ratio, and
#: requiring two drops most chance pairs before rapidfuzz runs (issue 6's 10 000 articles).
QUOTE_MIN_SHARED_WORDS = 2

#: Words that turn a statement around. "no"/"not"/"never" and "n't" forms; counted, not paired,
#: because translations move them ("does not interest anyone" / "in no one's interest").
NEGATIONS = frozenset(
    {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without"}
)
NUMBER_WORDS: Mapping[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
    "fifty": 50, "hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12,
}  # fmt: skip

WHITESPACE_RE = re.compile(r"\s+")


# --------------------------------------------------------------------------- report types


@dataclass(frozen=True)
class DiffOp:
    """One step of a word-level diff from the base quote (`a`) to another (`b`)."""

    op: Literal["equal", "insert", "delete", "replace"]
    a: str
    b: str

    def as_dict(self) -> dict[str, object]:
        return {"op": self.op, "a": self.a, "b": self.b}


@dataclass(frozen=True)
class ClaimRef:
    """A claim (or a name occurrence) behind a finding, as it stands in its article."""

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

    @property
    def key(self) -> str:
        return f"{self.article}/{self.claim}"

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
        }


def filter_report(
    report: Report,
    verdicts: Iterable[str] = (),
    kinds: Iterable[str] = (),
    topics: Iterable[str] = (),
) -> Report:
    """Keep the findings that match every given filter (an empty filter keeps everything)."""
    want_v, want_k, want_t = set(verdicts), set(kinds), set(topics)
    kept = tuple(
        f
        for f in report.findings
        if (not want_v or f.verdict in want_v)
        and (not want_k or f.kind in want_k)
        and (not want_t or want_t & ({f.topic} | set(f.topics)))
    )
    return replace(report, findings=kept)


# --------------------------------------------------------------------------- entry point


@dataclass
class _Context:
    """What every comparison needs to see: articles by id and the reference facts by topic."""

    corpus: Corpus
    records: dict[str, ArticleRecord] = field(default_factory=dict)
    facts: dict[str, list[ReferenceFact]] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)

    @classmethod
    def of(cls, corpus: Corpus) -> _Context:
        ctx = cls(corpus)
        ctx.records = {r.article.id: r for r in corpus.articles}
        for fact in corpus.reference.facts:
            ctx.facts.setdefault(fact.topic, []).append(fact)
        ctx.events = {e.id: e for e in corpus.registry.events}
        return ctx


def reconcile(corpus: Corpus) -> Report:
    """Compare every claim across articles; return the findings in reading order.

    Why: claims are grouped into blocks first (dates and counts by topic, decisions by actor,
    action and object, quotes by speaker) and only compared inside a block, so the work grows
    with the corpus, not with its square (issue 6).
    """
    ctx = _Context.of(corpus)
    records = sorted(corpus.articles, key=lambda r: r.article.id)
    findings: list[ReconFinding] = []
    findings += _date_findings(ctx, records)
    findings += _count_findings(ctx, records)
    findings += _quote_findings(ctx, records)
    findings += _decision_findings(ctx, records)
    findings += _name_findings(corpus.registry, records)
    rank = {v: i for i, v in enumerate(VERDICTS)}
    kind_rank = {k: i for i, k in enumerate(FINDING_KINDS)}
    findings.sort(key=lambda f: (rank[f.verdict], kind_rank[f.kind], f.topic, f.id))
    articles = tuple(
        ArticleSummary(
            id=r.article.id,
            seed=r.article.seed,
            outlet=r.article.outlet.name,
            published=(
                r.article.published.date.isoformat() if r.article.published.date else None
            ),
            timezone=r.article.timezone,
            translated_from=r.article.translated_from,
        )
        for r in records
    )
    return Report(articles=articles, findings=tuple(findings))


# --------------------------------------------------------------------------- shared helpers


def _ref(
    record: ArticleRecord,
    claim_id: str,
    exact: str,
    start: int,
    end: int,
    value: Mapping[str, object],
) -> ClaimRef:
    text = record.text
    lo = max(0, start - CONTEXT_CHARS)
    hi = min(len(text), end + CONTEXT_CHARS)
    before = WHITESPACE_RE.sub(" ", text[lo:start]).lstrip()
    after = WHITESPACE_RE.sub(" ", text[end:hi]).rstrip()
    return ClaimRef(
        article=record.article.id,
        seed=record.article.seed,
        claim=claim_id,
        exact=exact,
        start=start,
        end=end,
        value=value,
        before=("…" if lo > 0 else "") + before,
        after=after + ("…" if hi < len(text) else ""),
    )


def _claim_ref(
    record: ArticleRecord,
    claim: DateClaim | CountClaim | QuoteClaim | DecisionClaim,
) -> ClaimRef:
    ev = claim.evidence
    return _ref(record, claim.id, ev.exact, ev.start, ev.end, claim.value.model_dump(mode="json"))


def _who(article: Article) -> str:
    return f"{article.id} ({article.outlet.name})"


#: An explanation lists at most this many items (articles, readings), then counts the rest: it
#: is one sentence for an editor, also when thousands of articles say the same (issue 6; the
#: claims behind a finding are all in its evidence).
EXPLAIN_ITEMS_MAX = 6


def _join(items: Sequence[str]) -> str:
    """ "a, b and c": each distinct item once, in order; past EXPLAIN_ITEMS_MAX, "and N more"."""
    unique = list(dict.fromkeys(items))
    if len(unique) > EXPLAIN_ITEMS_MAX:
        shown = unique[: EXPLAIN_ITEMS_MAX - 1]
        unique = [*shown, f"{len(unique) - len(shown)} more"]
    if len(unique) <= 1:
        return "".join(unique)
    return ", ".join(unique[:-1]) + " and " + unique[-1]


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _fmt_date(value: DateValue) -> str:
    lo, hi = value.earliest, value.latest
    if lo is None or hi is None:
        return "an unresolved date"
    if lo == hi:
        return _day(lo)
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year:
        return str(lo.year)
    if (
        lo.day == 1
        and (hi + dt.timedelta(days=1)).day == 1
        and (lo.year, lo.month)
        == (
            hi.year,
            hi.month,
        )
    ):
        return f"{lo:%B %Y}"
    if lo.year == hi.year and lo.month == hi.month:
        return f"{lo.day}-{hi.day} {lo:%B %Y}"
    return f"{_day(lo)} to {_day(hi)}"


def _fmt_count(value: CountValue) -> str:
    if value.high is None:
        return f"{value.low} or more {value.unit}"
    if value.low == value.high:
        return f"{value.low} {value.unit}"
    return f"{value.low}-{value.high} {value.unit}"


Interval = tuple[float, float]


@dataclass(frozen=True)
class _Spread:
    """How a block of intervals relates: the distinct narrowest ones ("sides"), who fits where."""

    verdict: Literal["agree", "compatible", "conflict"]
    #: Per member (same order as given): keys of the side members it overlaps (conflicts only).
    compatible_with: tuple[tuple[str, ...], ...]
    sides: tuple[Interval, ...]


def _spread(keys: Sequence[str], intervals: Sequence[Interval | None]) -> _Spread:
    """Agree (one interval), compatible (all overlap) or conflict (two are disjoint).

    Why: in one dimension, intervals overlap pairwise iff the largest start is not after the
    smallest end, so the verdict costs one pass; sides are computed on distinct intervals only.
    """
    known = [iv for iv in intervals if iv is not None]
    distinct = sorted(set(known))
    empty: tuple[tuple[str, ...], ...] = tuple(() for _ in keys)
    if len(distinct) <= 1:
        return _Spread("agree", empty, tuple(distinct))
    if max(lo for lo, _ in distinct) <= min(hi for _, hi in distinct):
        return _Spread("compatible", empty, tuple(distinct))
    # A side is an interval that contains no other distinct interval: what the precise sources say.
    sides = [
        iv
        for iv in distinct
        if not any(o != iv and iv[0] <= o[0] and o[1] <= iv[1] for o in distinct)
    ]
    by_side: dict[Interval, list[str]] = defaultdict(list)
    for key, iv in zip(keys, intervals, strict=True):
        if iv in sides:
            by_side[iv].append(key)
    compat: list[tuple[str, ...]] = []
    for key, iv in zip(keys, intervals, strict=True):
        if iv is None:
            compat.append(())
            continue
        fits: list[str] = []
        for side in sides:
            if side[0] <= iv[1] and iv[0] <= side[1]:
                # At most COMPATIBLE_WITH_MAX + 1 looked at per side: the list stays short at scale.
                fits += [k for k in by_side[side][: COMPATIBLE_WITH_MAX + 1] if k != key]
        compat.append(tuple(fits[:COMPATIBLE_WITH_MAX]))
    return _Spread("conflict", tuple(compat), tuple(sides))


def _date_interval(value: DateValue) -> Interval | None:
    if value.earliest is None or value.latest is None:
        return None
    return (float(value.earliest.toordinal()), float(value.latest.toordinal()))


def _count_interval(value: CountValue) -> Interval:
    return (float(value.low), float("inf") if value.high is None else float(value.high))


def _verdict(spread: _Spread, articles: set[str]) -> Verdict:
    if len(articles) == 1 and spread.verdict != "conflict":
        return "single-source"
    return spread.verdict


def _zone(name: str | None) -> zoneinfo.ZoneInfo | None:
    if name is None:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        # validate.py reports an unknown zone; here the article simply has no usable zone.
        return None


# --------------------------------------------------------------------------- dates


def _date_findings(ctx: _Context, records: Sequence[ArticleRecord]) -> Iterator[ReconFinding]:
    blocks: dict[str, list[tuple[ArticleRecord, DateClaim]]] = defaultdict(list)
    for record in records:
        for claim in record.article.claims:
            if isinstance(claim, DateClaim):
                blocks[claim.topic].append((record, claim))
    for topic in sorted(blocks):
        yield _date_finding(ctx, topic, blocks[topic])


def _date_finding(
    ctx: _Context,
    topic: str,
    members: list[tuple[ArticleRecord, DateClaim]],
) -> ReconFinding:
    refs = [_claim_ref(r, c) for r, c in members]
    keys = [ref.key for ref in refs]
    spread = _spread(keys, [_date_interval(c.value) for _, c in members])
    articles = {r.article.id for r, _ in members}
    verdict = _verdict(spread, articles)
    reasons: set[str] = set()
    notes: list[list[str]] = [[] for _ in members]
    if spread.verdict == "conflict":
        reasons.add("date-mismatch")
    elif spread.verdict == "compatible":
        reasons.add("precision")

    facts = ctx.facts.get(topic, [])
    tz_sentence = ""
    for fact in facts:
        if fact.kind == "instant" and fact.instant is not None:
            ok, tz_sentence = _check_instant(ctx, topic, fact, members, spread, notes)
            if tz_sentence:
                reasons.add("tz-plausible")
            if not ok:
                reasons.add("reference-inconsistent")
            elif spread.verdict != "conflict":
                reasons.add("reference-consistent")
    date_facts = [f for f in facts if f.kind == "date" and f.date is not None]
    if date_facts:
        # Several date facts of one topic are the event's day in several zones (3 January in
        # Baghdad, 2 January in Washington): a claim is consistent when it meets any of them.
        ok = _check_date_facts(date_facts, members, notes)
        if not ok:
            reasons.add("reference-inconsistent")
        elif "tz-plausible" not in reasons:
            reasons.add("reference-consistent")
    if "reference-inconsistent" in reasons:
        reasons.discard("reference-consistent")

    for i, (_, claim) in enumerate(members):
        if claim.value.basis == "unresolved":
            notes[i].append("the date could not be resolved, so it is not compared")
    final = tuple(
        replace(ref, note="; ".join(n), compatible_with=cw)
        for ref, n, cw in zip(refs, notes, spread.compatible_with, strict=True)
    )
    explanation = _date_explanation(verdict, topic, members, spread, tz_sentence)
    return ReconFinding(
        id=f"date:{topic}",
        kind="date",
        topic=topic,
        verdict=verdict,
        reasons=tuple(sorted(reasons)),
        explanation=explanation,
        claims=final,
        topics=(topic,),
        references=tuple(sorted(f.id for f in facts if f.kind in ("instant", "date"))),
    )


def _local_dates(
    ctx: _Context,
    topic: str,
    fact: ReferenceFact,
) -> tuple[str, dt.date, dt.datetime]:
    """The event's zone name, the calendar date of the instant there, and the local time."""
    assert fact.instant is not None  # callers check the kind
    event = ctx.events.get(topic)
    zone_name = fact.timezone or (event.timezone if event else None)
    zone = _zone(zone_name)
    if zone is None or zone_name is None:
        offset = fact.instant.utcoffset()
        return (
            f"UTC{fact.instant:%z}" if offset is not None else "UTC",
            fact.instant.date(),
            fact.instant,
        )
    local = fact.instant.astimezone(zone)
    return zone_name, local.date(), local


def _check_instant(
    ctx: _Context,
    topic: str,
    fact: ReferenceFact,
    members: list[tuple[ArticleRecord, DateClaim]],
    spread: _Spread,
    notes: list[list[str]],
) -> tuple[bool, str]:
    """Check each claim against the instant in its article's zone and in the event's zone.

    Returns (every claim fits, the tz-plausible sentence or "").
    """
    assert fact.instant is not None
    event_zone, event_day, event_local = _local_dates(ctx, topic, fact)
    all_fit = True
    explained: dict[dt.date, tuple[str, str]] = {}  # day -> (zone, article id) that explains it
    for i, (record, claim) in enumerate(members):
        interval = _date_interval(claim.value)
        if interval is None:
            continue
        zone_name = record.article.timezone
        zone = _zone(zone_name)
        candidates: list[tuple[str, dt.date]] = [(event_zone, event_day)]
        if zone is not None and zone_name is not None:
            article_day = fact.instant.astimezone(zone).date()
            candidates.append((zone_name, article_day))
        elif zone_name is None:
            notes[i].append(f"article {record.article.id} gives no time zone")
        else:
            notes[i].append(f"article {record.article.id} has an unknown time zone {zone_name!r}")
        fits = [(z, d) for z, d in candidates if interval[0] <= d.toordinal() <= interval[1]]
        if not fits:
            all_fit = False
            shown = ", ".join(f"{_day(d)} in {z}" for z, d in dict.fromkeys(candidates))
            notes[i].append(f"does not match the reference instant ({shown}) [{fact.id}]")
            continue
        if claim.value.earliest == claim.value.latest and claim.value.earliest is not None:
            # Prefer the article's own zone as the explanation of a day-exact date.
            zone_fit, day_fit = fits[-1]
            explained.setdefault(day_fit, (zone_fit, record.article.id))
            if zone_fit != event_zone:
                notes[i].append(f"matches the instant in the article's zone {zone_fit}")
    if spread.verdict != "conflict" or not all_fit:
        return all_fit, ""
    side_days = {dt.date.fromordinal(int(lo)) for lo, hi in spread.sides if lo == hi}
    if len(side_days) != 2 or len(spread.sides) != 2 or not side_days <= set(explained):
        return all_fit, ""
    early, late = sorted(side_days)
    if (late - early).days != 1:
        return all_fit, ""
    zones = {explained[early][0], explained[late][0]}
    if len(zones) < 2:
        return all_fit, ""
    other_zone, other_article = (
        explained[early] if explained[early][0] != event_zone else (explained[late])
    )
    other_local = fact.instant.astimezone(_zone(other_zone) or dt.UTC)
    sentence = (
        f"the reference instant ({fact.id}) is {event_local:%H:%M} on {_day(event_day)} in "
        f"{event_zone}, when it was {other_local:%H:%M} on {_day(other_local.date())} in "
        f"{other_zone}, the zone {other_article} dates events in"
    )
    return all_fit, sentence


def _check_date_facts(
    facts: list[ReferenceFact],
    members: list[tuple[ArticleRecord, DateClaim]],
    notes: list[list[str]],
) -> bool:
    def shown(fact: ReferenceFact) -> str:
        assert fact.date is not None
        zone = f" in {fact.timezone}" if fact.timezone else ""
        return f"{_fmt_date(fact.date)}{zone} [{fact.id}]"

    all_fit = True
    for i, (_, claim) in enumerate(members):
        iv = _date_interval(claim.value)
        if iv is None:
            continue
        fits = [
            f
            for f in facts
            if f.date is not None
            and (ref := _date_interval(f.date)) is not None
            and iv[0] <= ref[1]
            and ref[0] <= iv[1]
        ]
        if fits:
            notes[i].append("matches the reference date " + ", ".join(shown(f) for f in fits))
        else:
            all_fit = False
            notes[i].append("no reference date matches: " + ", ".join(shown(f) for f in facts))
    return all_fit


def _date_explanation(
    verdict: Verdict,
    topic: str,
    members: list[tuple[ArticleRecord, DateClaim]],
    spread: _Spread,
    tz_sentence: str,
) -> str:
    said = [
        f'{_who(r.article)} says {_fmt_date(c.value)} ("{c.evidence.exact}")' for r, c in members
    ]
    if verdict == "conflict":
        sides = []
        for lo, hi in spread.sides:
            who = sorted({r.article.id for r, c in members if _date_interval(c.value) == (lo, hi)})
            day = _fmt_date(
                DateValue(
                    earliest=dt.date.fromordinal(int(lo)),
                    latest=dt.date.fromordinal(int(hi)),
                    granularity="day",
                    basis="explicit",
                )
            )
            sides.append(f"{_join(who)}: {day}")
        vaguer = []
        for r, c in members:
            iv = _date_interval(c.value)
            if iv is None or iv in spread.sides:
                continue
            fits = [s for s in spread.sides if s[0] <= iv[1] and iv[0] <= s[1]]
            side = "both sides" if len(fits) == len(spread.sides) == 2 else "a side"
            if len(fits) == 1:
                side = _day(dt.date.fromordinal(int(fits[0][0])))
            vaguer.append(f'"{c.evidence.exact}" ({r.article.id}) fits {side}')
        text = f"The sources give different dates for {topic} ({'; '.join(sides)})"
        if tz_sentence:
            text += f", a difference time zones explain: {tz_sentence}"
        if vaguer:
            text += f"; the vaguer {_join(vaguer)}"
        return text + "."
    if verdict == "single-source":
        return (
            f"Only {_who(members[0][0].article)} dates {topic}: {_fmt_date(members[0][1].value)}."
        )
    if verdict == "agree":
        return f"Every source dates {topic} {_fmt_date(members[0][1].value)}: {_join(said)}."
    return f"The dates of {topic} overlap but differ in precision: {_join(said)}."


# --------------------------------------------------------------------------- counts


def _count_findings(ctx: _Context, records: Sequence[ArticleRecord]) -> Iterator[ReconFinding]:
    blocks: dict[tuple[str, str], list[tuple[ArticleRecord, CountClaim]]] = defaultdict(list)
    for record in records:
        for claim in record.article.claims:
            if isinstance(claim, CountClaim):
                blocks[(claim.topic, claim.value.unit)].append((record, claim))
    units: dict[str, int] = defaultdict(int)
    for topic, _ in blocks:
        units[topic] += 1
    for topic, unit in sorted(blocks):
        fid = f"count:{topic}" if units[topic] == 1 else f"count:{topic}:{unit}"
        yield _count_finding(ctx, fid, topic, blocks[(topic, unit)])


def _count_finding(
    ctx: _Context, fid: str, topic: str, members: list[tuple[ArticleRecord, CountClaim]]
) -> ReconFinding:
    refs = [_claim_ref(r, c) for r, c in members]
    spread = _spread([r.key for r in refs], [_count_interval(c.value) for _, c in members])
    verdict = _verdict(spread, {r.article.id for r, _ in members})
    reasons: set[str] = set()
    if spread.verdict == "conflict":
        reasons.add("number-mismatch")
    elif spread.verdict == "compatible":
        reasons.add("precision")
    notes: list[list[str]] = [[] for _ in members]
    used: set[str] = set()
    for i, (record, claim) in enumerate(members):
        on = record.article.published.date
        if on is None:
            notes[i].append("publication date unknown: no reference fact can be dated")
            continue
        for fact in ctx.facts.get(topic, []):
            if fact.kind != "count" or fact.count is None or not _valid_on(fact, on):
                continue
            used.add(fact.id)
            a, b = _count_interval(claim.value), _count_interval(fact.count)
            if a[0] <= b[1] and b[0] <= a[1]:
                reasons.add("reference-consistent")
                notes[i].append(
                    f"consistent with the reference: {_fmt_count(fact.count)} on {on} [{fact.id}]"
                )
            else:
                reasons.add("reference-inconsistent")
                notes[i].append(f"the reference gives {_fmt_count(fact.count)} on {on} [{fact.id}]")
    if "reference-inconsistent" in reasons:
        reasons.discard("reference-consistent")
    final = tuple(
        replace(ref, note="; ".join(n), compatible_with=cw)
        for ref, n, cw in zip(refs, notes, spread.compatible_with, strict=True)
    )
    said = [
        f'{_who(r.article)} says {_fmt_count(c.value)} ("{c.evidence.exact}")' for r, c in members
    ]
    if verdict == "conflict":
        text = f"The sources give counts of {topic} that cannot all be true: {_join(said)}."
    elif verdict == "single-source":
        text = (
            f"Only {_who(members[0][0].article)} gives {topic}: {_fmt_count(members[0][1].value)}"
        )
        ref_notes = [n for ns in notes for n in ns]
        text += f", {ref_notes[0]}." if ref_notes else "; no reference fact covers it."
    elif verdict == "agree":
        text = f"Every source gives {topic} as {_fmt_count(members[0][1].value)}: {_join(said)}."
    else:
        text = f"The counts of {topic} overlap but differ in precision: {_join(said)}."
    return ReconFinding(
        id=fid,
        kind="count",
        topic=topic,
        verdict=verdict,
        reasons=tuple(sorted(reasons)),
        explanation=text,
        claims=final,
        topics=(topic,),
        references=tuple(sorted(used)),
    )


def _valid_on(fact: ReferenceFact, day: dt.date) -> bool:
    if fact.valid is None:
        return True
    if fact.valid.start is not None and day < fact.valid.start:
        return False
    return not (fact.valid.end is not None and day > fact.valid.end)


# --------------------------------------------------------------------------- quotes


def _negations(words: _Words) -> int:
    return sum(1 for w in words.folded if w in NEGATIONS or w.endswith("n't"))


def _numbers(words: _Words) -> list[int]:
    out: list[int] = []
    for w in words.folded:
        if w[0].isdigit():
            out.append(int(re.sub(r"[.,]", "", w)))
        elif w in NUMBER_WORDS:
            out.append(NUMBER_WORDS[w])
    return sorted(out)


def _word_diff(a: _Words, b: _Words) -> tuple[DiffOp, ...]:
    ops: list[DiffOp] = []
    matcher = difflib.SequenceMatcher(a=a.folded, b=b.folded, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        op: Literal["equal", "insert", "delete", "replace"] = tag
        ops.append(DiffOp(op, " ".join(a.raw[i1:i2]), " ".join(b.raw[j1:j2])))
    return tuple(ops)


@dataclass(frozen=True)
class QuoteComparison:
    """A word diff from one quote to another and what changed inside the stretch both quote."""

    ops: tuple[DiffOp, ...]
    negation: bool
    numbers: bool
    names: bool


def _compare(a: _Words, b: _Words) -> QuoteComparison:
    """Diff `a` -> `b`; flag negations, numbers and names that differ between the shared words.

    Why: words one outlet quotes beyond the other's first or last shared word are a question of
    how much was quoted (a fragment, a statement split in two), not of what was said; only the
    changes between the first and the last equal run count for the flags. Names are capitalised
    words not at a sentence start, compared with a possessive "'s" dropped.
    """
    matcher = difflib.SequenceMatcher(a=a.folded, b=b.folded, autojunk=False)
    codes = matcher.get_opcodes()
    ops = tuple(DiffOp(tag, " ".join(a.raw[i1:i2]), " ".join(b.raw[j1:j2]))
                for tag, i1, i2, j1, j2 in codes)  # fmt: skip
    equal = [n for n, c in enumerate(codes) if c[0] == "equal"]
    in_a: list[int] = []
    in_b: list[int] = []
    if equal:
        for _tag, i1, i2, j1, j2 in codes[equal[0] + 1 : equal[-1]]:
            in_a += range(i1, i2)
            in_b += range(j1, j2)
    part_a, part_b = _subset(a, in_a), _subset(b, in_b)
    names_a = {w.removesuffix("'s") for n, w in enumerate(part_a.folded) if _is_name(part_a, n)}
    names_b = {w.removesuffix("'s") for n, w in enumerate(part_b.folded) if _is_name(part_b, n)}
    return QuoteComparison(
        ops=ops,
        negation=_negations(part_a) != _negations(part_b),
        numbers=_numbers(part_a) != _numbers(part_b),
        names=names_a != names_b,
    )


def _subset(words: _Words, keep: Sequence[int]) -> _Words:
    return _Words(
        tuple(words.raw[i] for i in keep),
        tuple(words.folded[i] for i in keep),
        tuple(words.initial[i] for i in keep),
    )


def _similarity(a: str, b: str) -> float:
    """How alike two folded quotes are (to pick the counterpart a quote is diffed against)."""
    return fuzz.token_set_ratio(" ".join(_content(a)), " ".join(_content(b)), processor=None,
                                score_cutoff=0)  # fmt: skip


def _is_name(words: _Words, i: int) -> bool:
    word = words.raw[i]
    return word[0].isupper() and not words.initial[i] and word != "I"


def _content(folded: str) -> list[str]:
    return [w for w in folded.split() if w not in QUOTE_STOPWORDS]


def _quote_pairs(texts: Sequence[str], sources: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """Candidate pairs among one speaker's distinct folded quotes: enough shared uncommon words.

    Pairs whose quotes all come from one article are left out: an article that quotes a speaker
    twice reports two statements, and chaining through them glued unrelated quotes together.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        if len(text.split()) >= QUOTE_MIN_WORDS:
            for word in sorted(set(_content(text))):
                postings[word].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in postings.values():
        if len(ids) > QUOTE_BLOCK_MAX_DF:
            continue
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                shared[(ids[x], ids[y])] += 1
    return sorted(
        (x, y)
        for (x, y), n in shared.items()
        if n >= QUOTE_MIN_SHARED_WORDS and len(sources[x] | sources[y]) > 1
    )


def quotes_match(a: str, b: str) -> bool:
    """True when two folded quotes read as one statement (see QUOTE_MATCH_SCORE)."""
    if a == b:
        return True
    if min(len(a.split()), len(b.split())) < QUOTE_MIN_WORDS:
        return False
    ca, cb = " ".join(_content(a)), " ".join(_content(b))
    partial = process.extractOne(
        ca, [cb], scorer=fuzz.partial_ratio, processor=None, score_cutoff=QUOTE_SCORE_CUTOFF
    )
    if partial is None:
        return False
    shared = process.extractOne(
        ca, [cb], scorer=fuzz.token_set_ratio, processor=None, score_cutoff=QUOTE_SCORE_CUTOFF
    )
    if shared is None:
        return False
    return (partial[1] + shared[1]) / 2 >= QUOTE_MATCH_SCORE


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def _quote_findings(ctx: _Context, records: Sequence[ArticleRecord]) -> Iterator[ReconFinding]:
    blocks: dict[str, list[tuple[ArticleRecord, QuoteClaim]]] = defaultdict(list)
    for record in records:
        for claim in sorted(
            (c for c in record.article.claims if isinstance(c, QuoteClaim)),
            key=lambda c: (c.evidence.start, c.id),
        ):
            blocks[claim.value.speaker].append((record, claim))
    for speaker in sorted(blocks):
        members = blocks[speaker]
        words = [_words(c.value.text) for _, c in members]
        distinct = sorted({w.text for w in words})
        index = {t: i for i, t in enumerate(distinct)}
        sources: list[set[str]] = [set() for _ in distinct]
        for (record, _), w in zip(members, words, strict=True):
            sources[index[w.text]].add(record.article.id)
        uf = _UnionFind(len(distinct))
        for x, y in _quote_pairs(distinct, [frozenset(s) for s in sources]):
            if uf.find(x) != uf.find(y) and quotes_match(distinct[x], distinct[y]):
                uf.union(x, y)
        clusters: dict[int, list[int]] = defaultdict(list)
        for m, w in enumerate(words):
            clusters[uf.find(index[w.text])].append(m)
        # Number clusters in the order their first quote appears (article id, then offset).
        ordered = sorted(clusters.values(), key=lambda ms: ms[0])
        for n, cluster in enumerate(ordered, start=1):
            yield _quote_finding(
                speaker, n, [members[m] for m in cluster], [words[m] for m in cluster]
            )


def _is_translation(record: ArticleRecord, claim: QuoteClaim) -> bool:
    return record.article.translated_from is not None or not claim.value.verbatim


def _quote_finding(
    speaker: str, n: int, members: list[tuple[ArticleRecord, QuoteClaim]], words: list[_Words]
) -> ReconFinding:
    refs = [_claim_ref(r, c) for r, c in members]
    articles = {r.article.id for r, _ in members}
    # The base is the first verbatim quote (else the first): the others are diffed against it,
    # or, for a quote from the base's own article, against the closest quote of another article.
    base_i = next((i for i, (r, c) in enumerate(members) if not _is_translation(r, c)), 0)
    base_w = words[base_i]
    texts = {w.text for w in words}
    reasons: set[str] = set()
    diffs: list[tuple[DiffOp, ...]] = []
    notes: list[str] = []
    for i, ((record, claim), w) in enumerate(zip(members, words, strict=True)):
        if i == base_i or w.text == base_w.text:
            diffs.append(())
            notes.append("base quote" if i == base_i and len(texts) > 1 else "")
            continue
        other = base_i
        if record.article.id == members[base_i][0].article.id:
            others = [j for j, (r, _) in enumerate(members) if r.article.id != record.article.id]
            if others:
                other = max(others, key=lambda j: (_similarity(w.text, words[j].text), -j))
        cmp = _compare(words[other], w)
        diffs.append(cmp.ops)
        flags: list[str] = []
        if other != base_i:
            flags.append(f"compared with {refs[other].key}")
        if _is_translation(record, claim) or _is_translation(*members[other]):
            reasons.add("translation")
            flags.append("translated")
        elif members[other][0].article.id != record.article.id:
            reasons.add("wording")
        if cmp.negation:
            reasons.add("negation")
            flags.append("negation differs")
        if cmp.numbers:
            reasons.add("number-mismatch")
            flags.append("numbers differ")
        if cmp.names:
            reasons.add("name")
            flags.append("a name differs")
        notes.append("; ".join(flags))
    if len(texts) > 1 and not reasons & {"translation", "wording"}:
        reasons.add("wording")
    verdict: Verdict
    if len(texts) > 1:
        verdict = "variant"
    elif len(articles) > 1:
        verdict = "agree"
    else:
        verdict = "single-source"
    final = tuple(
        replace(ref, note=note, diff=diff)
        for ref, note, diff in zip(refs, notes, diffs, strict=True)
    )
    topics = tuple(sorted({c.topic for _, c in members}))
    first = members[base_i][1]
    short = first.value.text if len(first.value.text) <= 60 else first.value.text[:57] + "..."
    who = _join([_who(r.article) for r in {r.article.id: r for r, _ in members}.values()])
    if verdict == "variant":
        kinds = [r for r in ("translation", "wording") if r in reasons]
        flagged = [
            label
            for code, label in (
                ("negation", "a negation"),
                ("number-mismatch", "a number"),
                ("name", "a name"),
            )
            if code in reasons
        ]
        text = (
            f'{speaker} is quoted in {len(texts)} different forms of "{short}" by {who}'
            f" ({' and '.join(kinds)})"
        )
        if flagged:
            text += f"; {_join(flagged)} differs between them"
        text += "."
    elif verdict == "agree":
        text = f'{who} quote {speaker} in the same words: "{short}".'
    else:
        text = f'Only {who} quotes {speaker}: "{short}".'
    other_diff = next((d for d in diffs if d), ())
    return ReconFinding(
        id=f"quote:{speaker}:{n}",
        kind="quote",
        topic=first.topic,
        verdict=verdict,
        reasons=tuple(sorted(reasons)),
        explanation=text,
        claims=final,
        topics=topics,
        base=refs[base_i].key if verdict == "variant" else "",
        diff=other_diff,
    )


# --------------------------------------------------------------------------- decisions


def _decision_findings(
    ctx: _Context,
    records: Sequence[ArticleRecord],
) -> Iterator[ReconFinding]:
    blocks: dict[tuple[str, str, str], list[tuple[ArticleRecord, DecisionClaim]]] = defaultdict(
        list
    )
    for record in records:
        for claim in record.article.claims:
            if isinstance(claim, DecisionClaim):
                v = claim.value
                blocks[(v.actor, v.action, v.object)].append((record, claim))
    for key in sorted(blocks):
        yield _decision_finding(key, blocks[key])


def _fmt_decision(claim: DecisionClaim) -> str:
    v = claim.value
    text = f"{'not ' if v.negated else ''}{v.action} ({v.modality})"
    if v.date is not None:
        text += f" on {_fmt_date(v.date)}"
    return text


def _said(members: Sequence[tuple[ArticleRecord, DecisionClaim]]) -> str:
    """Each distinct reading of the decision once, with the articles that report it."""
    readings: dict[str, dict[str, None]] = {}
    for record, claim in members:
        readings.setdefault(_fmt_decision(claim), {})[record.article.id] = None
    return "; ".join(f"{reading} in {_join(list(ids))}" for reading, ids in readings.items())


def _decision_finding(
    key: tuple[str, str, str], members: list[tuple[ArticleRecord, DecisionClaim]]
) -> ReconFinding:
    actor, action, obj = key
    refs = [_claim_ref(r, c) for r, c in members]
    articles = {r.article.id for r, _ in members}
    reasons: set[str] = set()
    dated = [
        (i, _date_interval(c.value.date))
        for i, (_, c) in enumerate(members)
        if c.value.date is not None
    ]
    spread = _spread([refs[i].key for i, _ in dated], [iv for _, iv in dated])
    conflict = False
    if len({c.value.negated for _, c in members}) > 1:
        reasons.add("negation")
        conflict = True
    if spread.verdict == "conflict":
        reasons.add("date-mismatch")
        conflict = True
    precision = spread.verdict == "compatible" or (0 < len(dated) < len(members))
    if precision and not conflict:
        reasons.add("precision")
    modalities = {c.value.modality for _, c in members}
    if len(modalities) > 1:
        reasons.add("modality")
    compat = dict(zip((refs[i].key for i, _ in dated), spread.compatible_with, strict=True))
    notes = [f"{c.value.modality}{', negated' if c.value.negated else ''}" for _, c in members]
    final = tuple(
        replace(ref, note=note, compatible_with=compat.get(ref.key, ()))
        for ref, note in zip(refs, notes, strict=True)
    )
    verdict: Verdict
    if conflict:
        verdict = "conflict"
    elif len(articles) == 1:
        verdict = "single-source"
    elif reasons:
        verdict = "compatible"
    else:
        verdict = "agree"
    said = [_said(members)]
    what = f"{actor} {action} {obj}"
    if verdict == "conflict":
        text = f"The sources disagree on whether or when {what}: {_join(said)}."
    elif verdict == "single-source":
        text = f"Only {_who(members[0][0].article)} reports that {what}: {_join(said)}."
    elif verdict == "agree":
        text = f"The sources agree that {what}: {_join(said)}."
    elif "modality" in reasons:
        text = f"The sources differ on how settled it is that {what} (done, planned, expected "
        text += f"or conditional): {_join(said)}."
    else:
        text = f"The sources agree that {what}, with different precision: {_join(said)}."
    topics = tuple(sorted({c.topic for _, c in members}))
    return ReconFinding(
        id=f"decision:{actor}:{action}:{obj}",
        kind="decision",
        topic=members[0][1].topic,
        verdict=verdict,
        reasons=tuple(sorted(reasons)),
        explanation=text,
        claims=final,
        topics=topics,
    )


# --------------------------------------------------------------------------- names


def name_pattern(registry: Registry) -> tuple[re.Pattern[str], dict[str, str]]:
    """One whole-word, case-sensitive regex for every entity's name and spellings.

    Returns the pattern and a map from each written form to its entity id. Aliases (titles,
    acronyms) are other names, not spellings, so they are left out. Longer forms come first so
    "Qassem Soleimani" wins over a shorter form inside it.
    """
    forms: dict[str, str] = {}
    for entity in registry.entities:
        for form in (entity.name, *entity.spellings):
            forms.setdefault(form, entity.id)
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    if not ordered:
        return re.compile(r"(?!x)x"), forms
    alternation = "|".join(re.escape(f) for f in ordered)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), forms


def _name_findings(
    registry: Registry,
    records: Sequence[ArticleRecord],
) -> Iterator[ReconFinding]:
    pattern, forms = name_pattern(registry)
    canonical = {e.id: e.name for e in registry.entities}
    # Occurrences are kept as (record, match) until an entity proves to have two spellings: most
    # have one, and building every ClaimRef cost 4 of 12 s at 10 000 articles (issue 6).
    seen: dict[str, list[tuple[ArticleRecord, re.Match[str]]]] = defaultdict(list)
    for record in records:
        spans = sorted((b.start, b.end) for b in record.article.boilerplate)
        for m in pattern.finditer(record.text):
            if any(lo <= m.start() < hi for lo, hi in spans):
                continue
            seen[forms[m.group()]].append((record, m))
    for entity in sorted(seen):
        written = sorted({m.group() for _, m in seen[entity]})
        if len(written) < 2:
            continue
        occurrences = [
            _ref(record, f"{entity}@{m.start()}", m.group(), m.start(), m.end(),
                 {"entity": entity, "form": m.group(), "canonical": m.group() == canonical[entity]})
            for record, m in seen[entity]
        ]  # fmt: skip
        per_article: dict[str, set[str]] = defaultdict(set)
        for o in occurrences:
            per_article[o.article].add(o.exact)
        within = sorted(a for a, f in per_article.items() if len(f) > 1)
        forms_said = "; ".join(
            f'"{form}" in {_join(sorted({o.article for o in occurrences if o.exact == form}))}'
            for form in written
        )
        text = f"{canonical[entity]} is spelled {len(written)} ways: {forms_said}"
        if within:
            text += f" (more than one spelling within {_join(within)})"
        yield ReconFinding(
            id=f"name:{entity}",
            kind="name",
            topic=entity,
            verdict="variant",
            reasons=("spelling",),
            explanation=text + ".",
            claims=tuple(occurrences),
            topics=(entity,),
        )


# --------------------------------------------------------------------------- for other stages
# The draft checker (check.py) judges a story's claims with the reconciler's own rules; these
# name the pieces it shares so there is one definition of "overlap", "conflict" and "the same
# words".


def date_interval(value: DateValue) -> Interval | None:
    """The days a date allows, as ordinals (None when unresolved): what dates are compared on."""
    return _date_interval(value)


def count_interval(value: CountValue) -> Interval:
    """A count's range as floats (no upper bound: infinity): what counts are compared on."""
    return _count_interval(value)


def intervals_conflict(intervals: Sequence[Interval | None]) -> bool:
    """True when two of the intervals are disjoint (reconcile's `conflict`; None is skipped)."""
    return _spread([str(i) for i in range(len(intervals))], intervals).verdict == "conflict"


def format_date(value: DateValue) -> str:
    """A date value as an editor reads it ("3 January 2020", "1-10 January 2020")."""
    return _fmt_date(value)


def format_count(value: CountValue) -> str:
    """A count value as an editor reads it ("450-550 troops", "29 members")."""
    return _fmt_count(value)


def join_words(items: Sequence[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return _join(items)


def claim_ref(
    record: ArticleRecord, claim: DateClaim | CountClaim | QuoteClaim | DecisionClaim
) -> ClaimRef:
    """A corpus claim as report evidence: article, seed, offsets, value and seed context."""
    return _claim_ref(record, claim)


def is_translation(record: ArticleRecord, claim: QuoteClaim) -> bool:
    """True when a quote is not the speaker's own words (a translation, or `verbatim: false`)."""
    return _is_translation(record, claim)


def compare_quotes(base: str, other: str) -> QuoteComparison:
    """Word diff from `base` to `other` with the negation, number and name flags of variants."""
    return _compare(_words(base), _words(other))


def quote_similarity(a: str, b: str) -> float:
    """0-100: how alike two folded quotes are (picks the counterpart a quote is diffed against)."""
    return _similarity(a, b)


def fact_valid_on(fact: ReferenceFact, day: dt.date) -> bool:
    """True when a reference fact held on `day` (its `valid` days, open ends included)."""
    return _valid_on(fact, day)
