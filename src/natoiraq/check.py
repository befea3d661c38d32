"""Stage 8: judge a draft story's claims against the corpus (supported, contested, ...).

The draft goes through the same extractor as the articles; each of its claims is then compared
with the corpus claims that speak to it, by the reconciler's rules: dates and counts by topic
(interval overlap), decisions by actor, action and object, quotes by their words and speaker.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from natoiraq.corpus import ArticleRecord, Corpus
from natoiraq.models import (
    UNASSIGNED_TOPIC,
    Claim,
    CountClaim,
    CountValue,
    DateClaim,
    DateValue,
    DecisionClaim,
    QuoteClaim,
    ReferenceFact,
)
from natoiraq.reconcile import (
    REASONS,
    ClaimRef,
    DiffOp,
    Interval,
    ReconFinding,
    claim_ref,
    compare_quotes,
    count_interval,
    date_interval,
    fact_valid_on,
    format_count,
    format_date,
    intervals_conflict,
    is_translation,
    join_words,
    quote_similarity,
    quotes_match,
    reconcile,
)
from natoiraq.text import fold_quote

CHECK_VERSION = 1

CheckVerdict = Literal["supported", "contested", "contradicted", "unsupported"]
#: Reading order of the summary: what must change before the story runs comes first.
CHECK_VERDICTS: tuple[CheckVerdict, ...] = ("contradicted", "contested", "unsupported", "supported")
QuoteStatus = Literal["verbatim", "altered", "translated", "not-found"]
QUOTE_STATUSES: tuple[QuoteStatus, ...] = ("altered", "not-found", "translated", "verbatim")

#: Every reason code a checked claim can carry: reconcile's own (but `spelling`, which only
#: spelling findings carry), then the checker's.
CHECK_REASONS: tuple[str, ...] = (
    *(reason for reason in REASONS if reason != "spelling"),
    # Only the checker gives these:
    "no-source",  # no corpus claim speaks to it
    "no-topic",  # the extractor placed it under no registry topic (`unassigned`)
    "other-actor",  # a decision the sources report of another actor (NATO vs its ministers)
    "partial",  # a quote that is part of a longer statement in the source
    "sources-disagree",  # the corpus's own claims conflict: the draft must attribute
    "unresolved-date",  # a relative date with no publication date to resolve it against
    "wrong-speaker",  # the words are in the corpus, said by someone else
)

#: What the JSON `published.basis` can be: from `--published`, from the draft, or not known.
PublishedBasis = Literal["given", "stated", "unknown"]


# --------------------------------------------------------------------------- report types


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
        }


# --------------------------------------------------------------------------- entry point


@dataclass
class _Sources:
    """The corpus claims blocked the way the checker looks them up, plus reconcile's findings."""

    corpus: Corpus
    dates: dict[str, list[tuple[ArticleRecord, DateClaim]]] = field(default_factory=dict)
    counts: dict[str, list[tuple[ArticleRecord, CountClaim]]] = field(default_factory=dict)
    decisions: dict[tuple[str, str, str], list[tuple[ArticleRecord, DecisionClaim]]] = field(
        default_factory=dict
    )
    quotes: list[tuple[ArticleRecord, QuoteClaim, str]] = field(default_factory=list)
    facts: dict[str, list[ReferenceFact]] = field(default_factory=dict)
    #: Reconcile finding ids by (kind, topic), by decision key and by quote claim key.
    findings: dict[object, ReconFinding] = field(default_factory=dict)

    @classmethod
    def of(cls, corpus: Corpus) -> _Sources:
        dates: dict[str, list[tuple[ArticleRecord, DateClaim]]] = defaultdict(list)
        counts: dict[str, list[tuple[ArticleRecord, CountClaim]]] = defaultdict(list)
        decisions: dict[tuple[str, str, str], list[tuple[ArticleRecord, DecisionClaim]]]
        decisions = defaultdict(list)
        quotes: list[tuple[ArticleRecord, QuoteClaim, str]] = []
        for record in sorted(corpus.articles, key=lambda r: r.article.id):
            for claim in sorted(record.article.claims, key=lambda c: (c.evidence.start, c.id)):
                if isinstance(claim, DateClaim):
                    dates[claim.topic].append((record, claim))
                elif isinstance(claim, CountClaim):
                    counts[claim.topic].append((record, claim))
                elif isinstance(claim, DecisionClaim):
                    v = claim.value
                    decisions[(v.actor, v.action, v.object)].append((record, claim))
                else:
                    quotes.append((record, claim, fold_quote(claim.value.text)))
        facts: dict[str, list[ReferenceFact]] = defaultdict(list)
        for fact in corpus.reference.facts:
            facts[fact.topic].append(fact)
        findings: dict[object, ReconFinding] = {}
        for finding in reconcile(corpus).findings:
            if finding.kind in ("date", "count"):
                findings.setdefault((finding.kind, finding.topic), finding)
            for ref in finding.claims:
                findings.setdefault(ref.key, finding)
        return cls(corpus, dict(dates), dict(counts), dict(decisions), quotes, dict(facts),
                   findings)  # fmt: skip


def check_story(
    text: str, corpus: Corpus, *, story: str, published: dt.date | None = None
) -> CheckReport:
    """Extract the draft's claims and judge each against the corpus.

    `published` overrides a date the draft states (a byline or dateline); with neither,
    relative dates ("last Friday") stay unresolved and are reported as such, never read against
    today's clock. `story` is how the report names the draft (its path).
    """
    # Imported here: the extractor pulls in the cleaner and the linker, which the rest of this
    # module does not need (and `natoiraq check --help` should stay fast).
    from natoiraq.clean import clean_article
    from natoiraq.extract import extract_claims

    cleaned = clean_article(text)
    basis: PublishedBasis
    if published is not None:
        basis, why = "given", "given with --published"
    elif cleaned.published is not None and cleaned.published.date is not None:
        published, basis, why = cleaned.published.date, "stated", cleaned.published.why
    else:
        basis, why = "unknown", "the draft states no date and none was given with --published"
    extraction = extract_claims(text, corpus.registry, published, cleaned=cleaned)
    sources = _Sources.of(corpus)
    judge = _Judge(sources, published)
    checked = tuple(
        _place(text, claim, judge.claim(claim))
        for claim in sorted(extraction.claims, key=lambda c: (c.evidence.start, c.evidence.end))
    )
    notes: list[str] = []
    if published is None:
        notes.append(
            "The draft states no publication date (no dateline or byline date) and none was "
            "given with --published, so relative dates such as \"last Friday\" stay unresolved."
        )
    if not checked:
        notes.append("The extractor found no dates, counts, quotes or decisions in the draft.")
    return CheckReport(
        story=story,
        published=published.isoformat() if published is not None else None,
        published_basis=basis,
        published_why=why,
        claims=checked,
        notes=tuple(notes),
    )


def filter_check(report: CheckReport, verdicts: Sequence[str] = ()) -> CheckReport:
    """Keep the claims with one of `verdicts` (empty keeps every claim)."""
    if not verdicts:
        return report
    return replace(report, claims=tuple(c for c in report.claims if c.verdict in verdicts))


# --------------------------------------------------------------------------- judging


@dataclass(frozen=True)
class _Judgement:
    verdict: CheckVerdict
    reasons: frozenset[str]
    explanation: str
    sources: tuple[ClaimRef, ...] = ()
    quote_status: QuoteStatus | None = None
    diff: tuple[DiffOp, ...] = ()
    finding: str = ""


def _place(text: str, claim: Claim, judgement: _Judgement) -> CheckedClaim:
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


def _who(record: ArticleRecord) -> str:
    return record.article.id


def _articles(members: Sequence[tuple[ArticleRecord, object]]) -> str:
    return join_words(sorted({_who(r) for r, _ in members}))


@dataclass
class _Side:
    """Corpus claims sorted by whether they fit the draft's value."""

    fits: list[int] = field(default_factory=list)
    clashes: list[int] = field(default_factory=list)
    #: Sources whose value cannot be compared (an unresolved date).
    unknown: list[int] = field(default_factory=list)


def _overlap(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _verdict(side: _Side, disagree: bool) -> CheckVerdict:
    """The rule every kind shares (issue 5): all fit -> supported; the sources split and the
    draft sides with some -> contested; otherwise the draft is contradicted."""
    if not side.clashes:
        return "supported"
    if side.fits and disagree:
        return "contested"
    return "contradicted"


class _Judge:
    def __init__(self, sources: _Sources, published: dt.date | None) -> None:
        self.sources = sources
        self.published = published

    def claim(self, claim: Claim) -> _Judgement:
        if isinstance(claim, DateClaim):
            return self.date(claim)
        if isinstance(claim, CountClaim):
            return self.count(claim)
        if isinstance(claim, DecisionClaim):
            return self.decision(claim)
        return self.quote(claim)

    # ---------------------------------------------------------------- dates and counts

    def _no_topic(self, claim: DateClaim | CountClaim) -> _Judgement:
        what = "date" if isinstance(claim, DateClaim) else "count"
        return _Judgement(
            "unsupported",
            frozenset({"no-topic"}),
            f'No registry topic fits the {what} "{claim.evidence.exact}", so no source can be '
            "compared with it; check it by hand or add its topic to corpus/registry.yaml.",
        )

    def date(self, claim: DateClaim) -> _Judgement:
        if claim.topic == UNASSIGNED_TOPIC:
            return self._no_topic(claim)
        members = self.sources.dates.get(claim.topic, [])
        refs = [claim_ref(r, c) for r, c in members]
        finding = self.sources.findings.get(("date", claim.topic))
        draft = date_interval(claim.value)
        if draft is None:
            return _Judgement(
                "unsupported",
                frozenset({"unresolved-date"}),
                f'"{claim.evidence.exact}" is relative and the draft has no publication date, so '
                f"it cannot be compared with the {len(members)} source(s) that date "
                f"{claim.topic}; pass --published.",
                tuple(refs),
                finding=finding.id if finding else "",
            )
        shown = format_date(claim.value)
        intervals = [date_interval(c.value) for _, c in members]
        reasons, ref_text = self._date_reference(claim.topic, claim.value, draft)
        return self._intervals(
            claim, shown, draft, members, refs, intervals,
            [format_date(c.value) for _, c in members], "date-mismatch", reasons, ref_text,
            finding,
        )  # fmt: skip

    def count(self, claim: CountClaim) -> _Judgement:
        if claim.topic == UNASSIGNED_TOPIC:
            return self._no_topic(claim)
        # Every count of the topic, whatever its unit word: the registry quantity fixes what is
        # counted, and outlets call the same people "troops", "trainers" or "personnel".
        members = self.sources.counts.get(claim.topic, [])
        refs = [claim_ref(r, c) for r, c in members]
        draft = count_interval(claim.value)
        intervals: list[Interval | None] = [count_interval(c.value) for _, c in members]
        reasons, ref_text = self._count_reference(claim.topic, claim.value, draft)
        finding = self.sources.findings.get(("count", claim.topic))
        return self._intervals(
            claim, format_count(claim.value), draft, members, refs, intervals,
            [format_count(c.value) for _, c in members], "number-mismatch", reasons, ref_text,
            finding,
        )  # fmt: skip

    def _intervals(
        self,
        claim: DateClaim | CountClaim,
        shown: str,
        draft: Interval,
        members: Sequence[tuple[ArticleRecord, DateClaim | CountClaim]],
        refs: list[ClaimRef],
        intervals: Sequence[Interval | None],
        values: Sequence[str],
        mismatch: str,
        reasons: set[str],
        ref_text: str,
        finding: ReconFinding | None,
    ) -> _Judgement:
        said = f'the draft\'s {shown} ("{claim.evidence.exact}")'
        side = _Side()
        notes: list[str] = []
        for i, iv in enumerate(intervals):
            if iv is None:
                side.unknown.append(i)
                notes.append("its date is unresolved, so it is not compared")
            elif _overlap(iv, draft):
                side.fits.append(i)
                notes.append(f"{values[i]}: fits the draft")
            else:
                side.clashes.append(i)
                notes.append(f"{values[i]}: conflicts with the draft")
        sources = tuple(replace(ref, note=n) for ref, n in zip(refs, notes, strict=True))
        fid = finding.id if finding else ""
        if not side.fits and not side.clashes:
            reasons.add("no-source")
            text = f"No source gives {claim.topic}; {said} rests on the draft alone{ref_text}."
            if "reference-consistent" in reasons:
                text = text[:-1] + " (a reference, not a news source: attribute it or find one)."
            return _Judgement("unsupported", frozenset(reasons), text, sources, finding=fid)
        disagree = intervals_conflict(intervals)
        verdict = _verdict(side, disagree)
        if disagree:
            reasons.add("sources-disagree")
        if side.clashes:
            reasons.add(mismatch)
        if any(intervals[i] != draft for i in side.fits):
            reasons.add("precision")
        if finding is not None and "tz-plausible" in finding.reasons and disagree:
            reasons.add("tz-plausible")
        fit_who = _articles([members[i] for i in side.fits])
        clash_said = join_words([f"{_who(members[i][0])} gives {values[i]}" for i in side.clashes])
        # Reference facts are mentioned where the sources are silent or where they contradict
        # the draft; a supported claim needs no more words.
        quiet = verdict == "supported" and "reference-inconsistent" not in reasons
        ref_shown = "" if quiet else ref_text
        if verdict == "supported":
            one = len({_who(members[i][0]) for i in side.fits}) == 1
            text = f"{fit_who} {'agrees' if one else 'agree'} with {said} on {claim.topic}"
            if "precision" in reasons:
                text += ", some with less precision"
        elif verdict == "contested":
            text = (
                f"The sources disagree on {claim.topic}: {said} follows {fit_who}, while "
                f"{clash_said}; attribute it (say who reports which)"
            )
            if "tz-plausible" in reasons:
                text += f" and see {fid}, where time zones explain the difference"
        else:
            text = f"The sources contradict {said} on {claim.topic} ({clash_said})"
        return _Judgement(verdict, frozenset(reasons), text + ref_shown + ".", sources,
                          finding=fid)  # fmt: skip

    def _date_reference(
        self, topic: str, value: DateValue, draft: Interval
    ) -> tuple[set[str], str]:
        """Check the draft's date against the topic's reference dates (any zone's day fits)."""
        facts = [f for f in self.sources.facts.get(topic, []) if f.date is not None]
        if not facts:
            return set(), ""
        fits = [f for f in facts if f.date and _overlap(_ref_interval(f.date), draft)]
        if fits:
            shown = join_words([f"{format_date(f.date)} [{f.id}]" for f in fits if f.date])
            return {"reference-consistent"}, f"; the reference gives {shown}, as the draft does"
        shown = join_words([f"{format_date(f.date)} [{f.id}]" for f in facts if f.date])
        return {"reference-inconsistent"}, f"; the reference gives {shown}"

    def _count_reference(
        self, topic: str, value: CountValue, draft: Interval
    ) -> tuple[set[str], str]:
        """Check the draft's count against the reference counts valid on its publication day."""
        facts = [
            f
            for f in self.sources.facts.get(topic, [])
            if f.count is not None
            and (self.published is None or fact_valid_on(f, self.published))
        ]
        if not facts:
            return set(), ""
        on = f" on {self.published.isoformat()}" if self.published else ""
        fits = [f for f in facts if f.count and _overlap(count_interval(f.count), draft)]
        if fits:
            shown = join_words([f"{format_count(f.count)} [{f.id}]" for f in fits if f.count])
            return {"reference-consistent"}, f"; the reference gives {shown}{on}, as the draft does"
        shown = join_words([f"{format_count(f.count)} [{f.id}]" for f in facts if f.count])
        return {"reference-inconsistent"}, f"; the reference gives {shown}{on}"

    # ---------------------------------------------------------------- decisions

    def decision(self, claim: DecisionClaim) -> _Judgement:
        v = claim.value
        key = (v.actor, v.action, v.object)
        reasons: set[str] = set()
        members = list(self.sources.decisions.get(key, []))
        if not members:
            # NATO, its allies and its ministers are reported deciding the same thing: the same
            # action on the same object by another actor still speaks to the claim.
            for other in sorted(self.sources.decisions):
                if other[1:] == key[1:]:
                    members += self.sources.decisions[other]
            if members:
                reasons.add("other-actor")
        what = f"{'not ' if v.negated else ''}{v.actor} {v.action} {v.object}"
        said = f'the draft\'s "{claim.evidence.exact}" ({what}, {v.modality})'
        if not members:
            return _Judgement(
                "unsupported",
                frozenset({"no-source"}),
                f"No source reports that {v.actor} {v.action}s {v.object}; {said} rests on the "
                "draft alone.",
            )
        draft_iv = date_interval(v.date) if v.date is not None else None
        side = _Side()
        notes: list[str] = []
        for i, (_, c) in enumerate(members):
            sv = c.value
            label = f"{'not ' if sv.negated else ''}{sv.actor} {sv.action} ({sv.modality})"
            src_iv = date_interval(sv.date) if sv.date is not None else None
            if sv.negated != v.negated:
                side.clashes.append(i)
                reasons.add("negation")
                notes.append(f"{label}: the negation differs from the draft")
            elif draft_iv is not None and src_iv is not None and not _overlap(draft_iv, src_iv):
                side.clashes.append(i)
                reasons.add("date-mismatch")
                notes.append(f"{label}: dated differently from the draft")
            else:
                side.fits.append(i)
                notes.append(f"{label}: fits the draft")
        refs = tuple(
            replace(claim_ref(r, c), note=n) for (r, c), n in zip(members, notes, strict=True)
        )
        dated = [date_interval(c.value.date) if c.value.date else None for _, c in members]
        disagree = len({c.value.negated for _, c in members}) > 1 or intervals_conflict(dated)
        if disagree:
            reasons.add("sources-disagree")
        if v.modality == "done" and side.fits and all(
            members[i][1].value.modality != "done" for i in side.fits
        ):
            reasons.add("modality")
        verdict = _verdict(side, disagree)
        fit_who = _articles([members[i] for i in side.fits])
        clash_who = _articles([members[i] for i in side.clashes])
        if verdict == "supported":
            one = len({_who(members[i][0]) for i in side.fits}) == 1
            text = f"{fit_who} report{'s' if one else ''} it too: {said}"
            if "other-actor" in reasons:
                text += f", though of another actor ({_actors(members, side.fits)})"
            if "modality" in reasons:
                text += "; the draft reports as done what the sources report as planned or expected"
        elif verdict == "contested":
            text = (
                f"The sources disagree: {said} follows {fit_who}, while {clash_who} report "
                "otherwise; attribute it"
            )
        else:
            text = f"{clash_who} report otherwise than {said}"
        fid = ""
        for ref in refs:
            found = self.sources.findings.get(ref.key)
            if found is not None:
                fid = found.id
                break
        return _Judgement(verdict, frozenset(reasons), text + ".", refs, finding=fid)

    # ---------------------------------------------------------------- quotes

    def quote(self, claim: QuoteClaim) -> _Judgement:
        speaker = claim.value.speaker
        anyone = speaker == "unattributed"
        folded = fold_quote(claim.value.text)
        padded = f" {folded} "
        found = [(r, c, f) for r, c, f in self.sources.quotes if padded in f" {f} "]
        own = [q for q in found if anyone or q[1].value.speaker == speaker]
        verbatim = [q for q in own if not is_translation(q[0], q[1])]
        short = _short(claim.value.text)
        if verbatim:
            partial = any(f != folded for _, _, f in verbatim)
            return self._quote(
                "verbatim", {"partial"} if partial else set(),
                f'"{short}" is word for word what {_speakers(verbatim)} said in '
                f"{_articles([(r, c) for r, c, _ in verbatim])}"
                + (" (part of a longer quote)" if partial else "") + ".",
                verbatim,
            )  # fmt: skip
        if own:
            return self._quote(
                "translated", {"translation"},
                f'"{short}" appears only in the translated {_articles([(r, c) for r, c, _ in own])}'
                f", so it is a translation, not {_speakers(own)}'s own words; quote the original "
                "or say it is translated.",
                own,
            )  # fmt: skip
        if found:
            return self._quote(
                "altered", {"wrong-speaker"},
                f'The draft gives "{short}" to {speaker}, but {_speakers(found)} said it in '
                f"{_articles([(r, c) for r, c, _ in found])}.",
                found,
            )  # fmt: skip
        return self._fuzzy(claim, folded, short)

    def _fuzzy(self, claim: QuoteClaim, folded: str, short: str) -> _Judgement:
        speaker = claim.value.speaker
        anyone = speaker == "unattributed"
        close = [q for q in self.sources.quotes if quotes_match(folded, q[2])]
        own = [q for q in close if anyone or q[1].value.speaker == speaker]
        pool = own or close
        if not pool:
            return _Judgement(
                "unsupported",
                frozenset({"no-source"}),
                f'No source has "{short}" or anything close to it from {speaker}; it cannot be '
                "checked against the corpus.",
                quote_status="not-found",
            )
        # The counterpart: the most similar quote, the speaker's own words before translations.
        best = max(
            pool,
            key=lambda q: (not is_translation(q[0], q[1]), quote_similarity(folded, q[2])),
        )
        cmp = compare_quotes(best[1].value.text, claim.value.text)
        reasons = {"wording"}
        flagged = []
        for flag, code, label in (
            (cmp.negation, "negation", "a negation"),
            (cmp.numbers, "number-mismatch", "a number"),
            (cmp.names, "name", "a name"),
        ):
            if flag:
                reasons.add(code)
                flagged.append(label)
        wrong = not own
        translated = is_translation(best[0], best[1])
        said = _short(best[1].value.text)
        source = f'{best[0].article.id} has {_speakers([best])} saying "{said}"'
        if wrong:
            reasons.add("wrong-speaker")
            text = f'The draft gives "{short}" to {speaker}, but {source}'
        else:
            text = f'The draft\'s "{short}" is not word for word in any source: {source}'
        if translated:
            reasons.add("translation")
            text += " (a translation)"
        if flagged:
            text += f"; {join_words(flagged)} differs"
        status: QuoteStatus = "altered"
        if translated and not flagged and not wrong:
            # Two renderings of one statement differ in wording by nature: not an alteration.
            status = "translated"
            text += "; it is not the speaker's own words either way: quote the original"
        else:
            text += "; quote the source's words"
        refs = tuple(
            replace(claim_ref(r, c), note="closest source" if (r, c) == best[:2] else "")
            for r, c, _ in sorted(pool, key=lambda q: (q[0].article.id, q[1].evidence.start))
        )
        return _Judgement(
            "supported" if status == "translated" else "contradicted",
            frozenset(reasons),
            text + ".",
            refs,
            quote_status=status,
            diff=cmp.ops,
            finding=self._quote_finding(best),
        )

    def _quote(
        self,
        status: QuoteStatus,
        reasons: set[str],
        text: str,
        found: Sequence[tuple[ArticleRecord, QuoteClaim, str]],
    ) -> _Judgement:
        verdict: CheckVerdict = "contradicted" if status == "altered" else "supported"
        refs = tuple(claim_ref(r, c) for r, c, _ in found)
        return _Judgement(verdict, frozenset(reasons), text, refs, quote_status=status,
                          finding=self._quote_finding(found[0]))  # fmt: skip

    def _quote_finding(self, quote: tuple[ArticleRecord, QuoteClaim, str]) -> str:
        found = self.sources.findings.get(f"{quote[0].article.id}/{quote[1].id}")
        return found.id if found else ""


def _ref_interval(value: DateValue) -> Interval:
    # Reference dates are always resolved (the model requires earliest and latest).
    found = date_interval(value)
    return found if found is not None else (float("inf"), float("-inf"))


def _short(text: str) -> str:
    text = text.rstrip(" ,")
    return text if len(text) <= 70 else text[:67].rstrip() + "..."


def _speakers(quotes: Sequence[tuple[ArticleRecord, QuoteClaim, str]]) -> str:
    return join_words(sorted({c.value.speaker for _, c, _ in quotes}))


def _actors(members: Sequence[tuple[ArticleRecord, DecisionClaim]], which: list[int]) -> str:
    return join_words(sorted({members[i][1].value.actor for i in which}))
