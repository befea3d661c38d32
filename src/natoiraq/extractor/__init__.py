"""Stage 3: text -> draft claims (dates, counts, quotes, decisions), each with its span.

The stages are pure functions: `clean_article` (stage 2) splits body from boilerplate, then one
extractor per claim kind reads only the body, and `extract_claims` assembles `status: draft`
claims with registry-linked ids and a topic guess (each guess says so in `doubt`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from natoiraq.clean import Cleaned, clean_article
from natoiraq.errors import NatoiraqError
from natoiraq.extractor.counts import extract_counts
from natoiraq.extractor.dates import extract_dates
from natoiraq.extractor.decisions import extract_decisions
from natoiraq.extractor.linking import Linker, Mention
from natoiraq.extractor.origins import stated_credits
from natoiraq.extractor.quotes import extract_quotes
from natoiraq.extractor.topics import Link, TopicLinker, topic_linker
from natoiraq.io.seeds import SeedError, load_seed
from natoiraq.models import (
    UNASSIGNED_TOPIC,
    Article,
    Claim,
    CountClaim,
    DateClaim,
    DecisionClaim,
    DecisionValue,
    Entity,
    Event,
    Outlet,
    Published,
    Quantity,
    QuoteClaim,
    QuoteValue,
    Registry,
    Span,
)
from natoiraq.text import lazy_compile, sentences


class ExtractError(NatoiraqError):
    """Input the extractor cannot turn into an article file (the user can fix it)."""


#: The topic of a claim the extractor cannot place; the reviewer replaces it.
UNASSIGNED = UNASSIGNED_TOPIC
@dataclass(frozen=True)
class Extraction:
    """Draft claims, the cleaned text they came from, and registry entries they would need."""

    cleaned: Cleaned
    claims: list[Claim]
    proposed: list[Entity]
    #: Ids of dates and counts whose topic is a guess (evidence for more than one item) or
    #: whose value is ("Friday" with no tense; any date relative to the publication date):
    #: check never calls such a claim `contradicted` (docs/verdicts.md).
    guessed: frozenset[str] = frozenset()
    #: Events and quantities the registry lacks, proposed for claims left `unassigned`.
    proposed_topics: list[Event | Quantity] = field(default_factory=list)
    #: The registry's stories the text names (linking.Linker.stories_named); empty when it
    #: names none, i.e. it is about another story; None when not read.
    stories: frozenset[str] | None = None


#: Linking reads at most this many characters on each side of a claim, however long its
#: sentence: a clause is far shorter, and a run-on "sentence" of hostile text (6,000 times "NATO
#: will suspend the mission and") must not make every claim read all of it (issue 12: extraction
#: is linear in the text's length).
LINK_REACH = 300


def _sentence_of(
    spans: list[tuple[int, int]], starts: list[int], start: int, end: int
) -> tuple[int, int]:
    """The sentence holding start..end, cut to LINK_REACH characters on each side of it."""
    n = bisect_right(starts, start) - 1
    if n < 0 or not spans[n][0] <= start < spans[n][1]:
        return start, end
    a, b = spans[n]
    return max(a, start - LINK_REACH), min(max(b, end), end + LINK_REACH)


def _span(text: str, start: int, end: int) -> Span:
    """The evidence for start..end of `text`: its exact words and offsets."""
    return Span(exact=text[start:end], start=start, end=end)


def _doubt(*parts: str | None) -> str | None:
    text = "; ".join(p for p in parts if p)
    return text or None


def extract_claims(
    text: str,
    registry: Registry,
    published: dt.date | None = None,
    *,
    translated: bool = False,
    cleaned: Cleaned | None = None,
) -> Extraction:
    """Run every stage on `text`; relative dates resolve against `published` (None: unresolved).

    Offsets are code points into `text` as given. Nothing in a boilerplate span becomes a claim.
    """
    cleaned = cleaned if cleaned is not None else clean_article(text)
    linker = Linker(registry)
    topics = topic_linker(registry)
    body = list(cleaned.body)
    sents = [s for a, b in body for s in sentences(text, a, b)]
    sent_starts = [a for a, _ in sents]
    mentions = [m for a, b in body for m in linker.mentions(text, a, b)]
    topics.read(mentions, text)
    claims: list[Claim] = []
    guessed: set[str] = set()
    #: Dates whose value is a doubt (relative to the publication day, or read with a doubt).
    unsure_values: set[str] = set()
    proposals: dict[str, Event | Quantity] = {}

    mentions.sort(key=lambda m: (m.start, m.end))
    starts = [m.start for m in mentions]

    def mentions_in(span: tuple[int, int]) -> list[Mention]:
        # Bisected, not scanned: a claim per sentence over every mention was quadratic.
        lo, hi = bisect_left(starts, span[0]), bisect_left(starts, span[1])
        return [m for m in mentions[lo:hi] if m.end <= span[1]]

    def linked(cid: str, link: Link) -> str:
        if not link.confident:
            guessed.add(cid)
        if link.proposal is not None:
            proposals.setdefault(link.proposal.id, link.proposal)
        return link.topic

    for n, hit in enumerate(extract_dates(text, sents, published), start=1):
        sentence = _sentence_of(sents, sent_starts, hit.start, hit.end)
        link = topics.date(
            text, (hit.start, hit.end), sentence, mentions_in(sentence), value=hit.value
        )
        item = linked(f"date-{n}", link)
        # A relative date is only as right as the publication date is the day of writing
        # (wire copy reprinted days later: "on Friday" in a 16 February reprint of a 12
        # February story): its value is never certain enough to contradict the sources.
        if hit.doubt or hit.value.basis == "relative-to-publication":
            guessed.add(f"date-{n}")
            unsure_values.add(f"date-{n}")
        claims.append(
            DateClaim(
                id=f"date-{n}", kind="date", topic=item, status="draft",
                evidence=_span(text, hit.start, hit.end),
                value=hit.value, doubt=_doubt(hit.doubt, link.doubt),
            )
        )  # fmt: skip
    for n, count in enumerate(extract_counts(text, sents), start=1):
        sentence = _sentence_of(sents, sent_starts, count.start, count.end)
        link = topics.count(
            text, (count.start, count.end), count.value.unit, sentence, mentions_in(sentence)
        )
        item = linked(f"count-{n}", link)
        if count.doubt:
            guessed.add(f"count-{n}")
        claims.append(
            CountClaim(
                id=f"count-{n}", kind="count", topic=item, status="draft",
                evidence=_span(text, count.start, count.end),
                value=count.value, doubt=_doubt(count.doubt, link.doubt),
            )
        )  # fmt: skip
    quotes = extract_quotes(text, body, cleaned.paragraph_starts, linker, sents, published)
    for n, quote in enumerate(quotes, start=1):
        sentence = _sentence_of(sents, sent_starts, quote.start, quote.end)
        around = (
            max(min(sentence[0], quote.start), quote.start - LINK_REACH),
            min(max(sentence[1], quote.end), quote.end + LINK_REACH),
        )
        link = topics.subject(
            text, (quote.start, quote.end), around, mentions_in(around), speaker=quote.speaker
        )
        if not link.confident:
            guessed.add(f"quote-{n}")
        attribution = (
            _span(text, *quote.attribution)
            if quote.attribution else None
        )  # fmt: skip
        claims.append(
            QuoteClaim(
                id=f"quote-{n}", kind="quote", topic=link.topic, status="draft",
                evidence=_span(text, quote.start, quote.end),
                value=QuoteValue(speaker=quote.speaker, text=quote.text,
                                 verbatim=not translated, partial=quote.partial),
                attribution=attribution, doubt=_doubt(quote.doubt, link.doubt),
            )
        )  # fmt: skip
    quote_spans = [(q.start, q.end) for q in quotes]
    for n, decision in enumerate(
        extract_decisions(text, sents, mentions, quote_spans, linker, triggers=linker.triggers),
        start=1,
    ):
        sentence = _sentence_of(sents, sent_starts, decision.start, decision.end)
        kind = linker.kinds.get(decision.object)
        named = {m.id for m in mentions_in(sentence)}
        if kind in ("topic", "event") and decision.object in named:
            # The object is an event or topic the sentence names: that is the evidence. An
            # object matched only by its head noun ("the agreement") is not (issue 10).
            item, why = decision.object, "topic: the decision's object, named in its sentence"
        else:
            link = topics.decision(
                text, (decision.start, decision.end), sentence, mentions_in(sentence),
                decision.actor, decision.action, decision.object,
            )  # fmt: skip
            item, why = link.topic, link.doubt
            if not link.confident:
                guessed.add(f"decision-{n}")
        claims.append(
            DecisionClaim(
                id=f"decision-{n}", kind="decision", topic=item, status="draft",
                evidence=_span(text, decision.start, decision.end),
                value=DecisionValue(actor=decision.actor, action=decision.action,
                                    object=decision.object, modality=decision.modality,
                                    negated=decision.negated),
                doubt=_doubt(decision.doubt, why),
            )
        )  # fmt: skip
    claims = _dates_of_decisions(claims, topics, guessed, unsure_values)
    claims.sort(key=lambda c: (c.evidence.start, c.evidence.end, c.kind))
    return Extraction(cleaned=cleaned, claims=claims, proposed=linker.proposed(),
                      guessed=frozenset(guessed),
                      proposed_topics=[proposals[k] for k in sorted(proposals)],
                      stories=linker.stories_named(text))  # fmt: skip


def _dates_of_decisions(
    claims: list[Claim], topics: TopicLinker, guessed: set[str], unsure_values: set[str]
) -> list[Claim]:
    """A date inside a decision's words dates that decision ("Iraqi lawmakers at the weekend
    demanded that all foreign forces leave"): where its own link was a guess or nothing, it goes
    to the one event of the registry whose participants include the decision's actor and whose
    days the date can fall in. Its value's doubt (a relative date) stays a doubt."""
    decisions = [c for c in claims if isinstance(c, DecisionClaim)]
    if not decisions:
        return claims
    # The decisions that hold a date start at most `longest` characters before it: only those
    # are read, by bisection (a scan of every decision for every date was quadratic on run-on
    # text: issue 12, item 9), and kept in their order (the first names the actor).
    by_start = sorted(range(len(decisions)), key=lambda i: decisions[i].evidence.start)
    starts = [decisions[i].evidence.start for i in by_start]
    longest = max(d.evidence.end - d.evidence.start for d in decisions)
    out: list[Claim] = []
    for claim in claims:
        if isinstance(claim, DateClaim) and (
            claim.id in guessed or claim.topic == UNASSIGNED_TOPIC
        ):
            start, end = claim.evidence.start, claim.evidence.end
            near = by_start[bisect_left(starts, start - longest) : bisect_right(starts, start)]
            around = [decisions[i] for i in sorted(near) if end <= decisions[i].evidence.end]
            events = {e for d in around if (e := topics.event_of(d.value.actor, claim.value))}
            if len(events) == 1:
                event = events.pop()
                actor = around[0].value.actor
                if event != claim.topic or claim.id in guessed:
                    claim = claim.model_copy(update={
                        "topic": event,
                        "doubt": _doubt(
                            f"topic by evidence: inside a decision of {actor!r}, a participant "
                            "of the event", claim.doubt if claim.id in unsure_values else None,
                        ),
                    })  # fmt: skip
                    if claim.id not in unsure_values:
                        guessed.discard(claim.id)
        out.append(claim)
    return out


def extract_article(
    text: str,
    registry: Registry,
    *,
    article_id: str,
    seed: str,
    sha256: str,
    published: Published | None = None,
    language: str = "en",
    translated_from: str | None = None,
) -> tuple[Article, Extraction]:
    """A draft article file for `text`: metadata from the cleaner, `status: draft` claims.

    `published` overrides the date the text states; with neither, the publication date is
    recorded as unknown and relative dates stay unresolved (never read against today's clock).
    """
    cleaned = clean_article(text)
    stated = published or cleaned.published or Published(
        date=None,
        basis="unknown",
        why="the text states no date (no dateline or byline date): fill it in, or pass "
        "--published; relative dates stay unresolved until then",
    )
    extraction = extract_claims(
        text, registry, stated.date, translated=translated_from is not None, cleaned=cleaned
    )
    article = Article(
        id=article_id,
        seed=seed,
        sha256=sha256,
        outlet=(
            Outlet(
                name=cleaned.outlet,
                basis="stated",
                why=f"named in the dateline's credit ({cleaned.outlet}); a news agency there "
                "may only have supplied the copy: check",
            )
            if cleaned.outlet is not None
            else Outlet(name="unknown", basis="inferred", why="not stated in the text: fill in")
        ),
        headline=cleaned.headline,
        byline=cleaned.byline,
        published=stated,
        language=language,
        translated_from=translated_from,
        # What the text says about where it comes from, for the reviewer to keep (issue 14).
        origins=[credit.origin for credit in stated_credits(text, cleaned)],
        boilerplate=list(cleaned.boilerplate),
        claims=extraction.claims,
    )
    return article, extraction


#: Markup that says the input is a web page, not the plain text or Markdown we read.
HTML_RE = lazy_compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b)", re.IGNORECASE)


@dataclass(frozen=True)
class FileExtraction:
    """What `natoiraq extract` prints or writes for one input file."""

    article: Article
    proposed: list[Entity]
    text: str


def article_id_for(path: Path) -> str:
    """A corpus id from a file name ("001_7C7b.txt" -> "001-7c7b")."""
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:80] or "article"


def seed_path_for(path: Path) -> str:
    """The input's path as the article records it: repository-relative where possible."""
    resolved = path.resolve()
    cwd = Path.cwd().resolve()
    return resolved.relative_to(cwd).as_posix() if resolved.is_relative_to(cwd) else path.as_posix()


#: Reads and checks a registry file; the command line passes natoiraq.validator.load_registry
#: (the validator sits above the extractor, so it is handed in, not imported).
RegistryLoader = Callable[[Path], Registry]


def extract_file(
    path: Path,
    registry_path: Path,
    published: dt.date | None,
    fmt: str,
    *,
    load_registry: RegistryLoader,
) -> FileExtraction:
    """Read one plain-text or Markdown file and render its draft article as YAML or JSON.

    `load_registry` must pickle (a module-level function) when files are extracted in workers.
    """
    from natoiraq.extractor.output import article_json, article_yaml

    try:
        seed = load_seed(path)
    except SeedError as exc:
        raise ExtractError(f"{path}: {exc.message}") from None
    if HTML_RE.match(seed.text):
        raise ExtractError(f"{path}: looks like HTML; save the article as plain text first.")
    if not seed.text.strip():
        raise ExtractError(f"{path}: is empty.")
    if not registry_path.is_file():
        raise ExtractError(
            f"no registry at {registry_path}: run from the repository root or pass --registry."
        )
    registry = load_registry(registry_path)
    given = (
        Published(date=published, basis="stated", why="given with --published")
        if published is not None
        else None
    )
    try:
        article, extraction = extract_article(
            seed.text, registry, article_id=article_id_for(path), seed=seed_path_for(path),
            sha256=seed.sha256, published=given,
        )  # fmt: skip
    except ExtractError as exc:
        raise ExtractError(f"{path}: {exc}") from None
    text = article_yaml(article, extraction.proposed) if fmt == "yaml" else article_json(article)
    return FileExtraction(article, extraction.proposed, text)


__all__ = [
    "ExtractError",
    "Extraction",
    "RegistryLoader",
    "extract_article",
    "extract_claims",
    "extract_file",
]
