"""Stage 3: text -> draft claims (dates, counts, quotes, decisions), each with its span.

The stages are pure functions: `clean_article` (stage 2) splits body from boilerplate, then one
extractor per claim kind reads only the body, and `extract_claims` assembles `status: draft`
claims with registry-linked ids and a topic guess (each guess says so in `doubt`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from natoiraq.clean import Cleaned, clean_article
from natoiraq.errors import NatoiraqError
from natoiraq.extract.counts import extract_counts
from natoiraq.extract.dates import extract_dates
from natoiraq.extract.decisions import extract_decisions
from natoiraq.extract.linking import Linker, Mention
from natoiraq.extract.quotes import extract_quotes
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
    Outlet,
    Published,
    QuoteClaim,
    QuoteValue,
    Registry,
    Span,
)
from natoiraq.text import content_words, sentences


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


class _Topics:
    """Guess a claim's topic from the registry by shared words (always flagged as a guess)."""

    def __init__(self, registry: Registry) -> None:
        def bag(*parts: str | None) -> set[str]:
            return content_words(" ".join(p for p in parts if p))

        self.events = [(e.id, bag(e.name, *e.aliases, e.description)) for e in registry.events]
        self.quantities = [
            (q.id, q.unit.lower(), bag(q.name, q.unit, q.description)) for q in registry.quantities
        ]
        self.topics = [(t.id, bag(t.name, t.description)) for t in registry.topics]
        self.entities = [
            (e.id, bag(e.name, *e.aliases, e.description))
            for e in registry.entities
            if e.type == "mission"
        ]

    @staticmethod
    def best(words: set[str], options: list[tuple[str, set[str]]]) -> str | None:
        scored = [(len(words & bag), -index, item) for index, (item, bag) in enumerate(options)]
        scored = [s for s in scored if s[0] > 0]
        return max(scored)[2] if scored else None

    def for_date(self, context: str, mentions: list[Mention]) -> str | None:
        events = [m.id for m in mentions if m.kind == "event"]
        return events[0] if events else self.best(content_words(context), self.events)

    def for_count(self, unit: str, context: str) -> str | None:
        words = content_words(context)
        fitting = [(i, b) for i, u, b in self.quantities if u.rstrip("s") == unit.rstrip("s")]
        return self.best(words, fitting) or (fitting[0][0] if fitting else None)

    def for_text(self, context: str) -> str | None:
        return self.best(content_words(context), self.topics + self.entities + self.events)


def _sentence_of(spans: list[tuple[int, int]], start: int) -> tuple[int, int]:
    for a, b in spans:
        if a <= start < b:
            return a, b
    return start, start


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
    topics = _Topics(registry)
    body = list(cleaned.body)
    sents = [s for a, b in body for s in sentences(text, a, b)]
    mentions = [m for a, b in body for m in linker.mentions(text, a, b)]
    claims: list[Claim] = []

    def mentions_in(span: tuple[int, int]) -> list[Mention]:
        return [m for m in mentions if span[0] <= m.start and m.end <= span[1]]

    def topic(found: str | None) -> tuple[str, str | None]:
        if found is None:
            return UNASSIGNED, "no registry topic fits: pick one"
        return found, "topic guessed from the registry"

    for n, hit in enumerate(extract_dates(text, sents, published), start=1):
        sentence = _sentence_of(sents, hit.start)
        item, why = topic(topics.for_date(text[slice(*sentence)], mentions_in(sentence)))
        claims.append(
            DateClaim(
                id=f"date-{n}", kind="date", topic=item, status="draft",
                evidence=_span(text, hit.start, hit.end),
                value=hit.value, doubt=_doubt(hit.doubt, why),
            )
        )  # fmt: skip
    for n, count in enumerate(extract_counts(text, sents), start=1):
        sentence = _sentence_of(sents, count.start)
        item, why = topic(topics.for_count(count.value.unit, text[slice(*sentence)]))
        claims.append(
            CountClaim(
                id=f"count-{n}", kind="count", topic=item, status="draft",
                evidence=_span(text, count.start, count.end),
                value=count.value, doubt=_doubt(count.doubt, why),
            )
        )  # fmt: skip
    quotes = extract_quotes(text, body, cleaned.paragraph_starts, linker)
    for n, quote in enumerate(quotes, start=1):
        sentence = _sentence_of(sents, quote.start)
        item, why = topic(topics.for_text(text[quote.start : quote.end]))
        attribution = (
            _span(text, *quote.attribution)
            if quote.attribution else None
        )  # fmt: skip
        claims.append(
            QuoteClaim(
                id=f"quote-{n}", kind="quote", topic=item, status="draft",
                evidence=_span(text, quote.start, quote.end),
                value=QuoteValue(speaker=quote.speaker, text=quote.text,
                                 verbatim=not translated, partial=quote.partial),
                attribution=attribution, doubt=_doubt(quote.doubt, why),
            )
        )  # fmt: skip
    quote_spans = [(q.start, q.end) for q in quotes]
    for n, decision in enumerate(
        extract_decisions(text, sents, mentions, quote_spans, linker), start=1
    ):
        sentence = _sentence_of(sents, decision.start)
        kind = linker.kinds.get(decision.object)
        found = decision.object if kind in ("topic", "mission", "event") else None
        item, why = topic(found or topics.for_text(text[slice(*sentence)]))
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
    claims.sort(key=lambda c: (c.evidence.start, c.evidence.end, c.kind))
    return Extraction(cleaned=cleaned, claims=claims, proposed=linker.proposed())


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
        outlet=Outlet(name="unknown", basis="inferred", why="not stated in the text: fill in"),
        headline=cleaned.headline,
        byline=cleaned.byline,
        published=stated,
        language=language,
        translated_from=translated_from,
        boilerplate=list(cleaned.boilerplate),
        claims=extraction.claims,
    )
    return article, extraction


#: Markup that says the input is a web page, not the plain text or Markdown we read.
HTML_RE = re.compile(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b)", re.IGNORECASE)


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
    from natoiraq.extract.output import article_json, article_yaml

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
