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
from natoiraq.extractor.counts import extract_counts
from natoiraq.extractor.dates import extract_dates
from natoiraq.extractor.decisions import extract_decisions
from natoiraq.extractor.linking import Linker, Mention
from natoiraq.extractor.quotes import extract_quotes
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
from natoiraq.units import singular, unit_family


class ExtractError(NatoiraqError):
    """Input the extractor cannot turn into an article file (the user can fix it)."""


#: The topic of a claim the extractor cannot place; the reviewer replaces it.
UNASSIGNED = UNASSIGNED_TOPIC
#: A date links to an event named at most this many words away (and to no other event that
#: close): "the strike on Jan. 3", "Jan. 3's strike", "talks that began on Monday in Geneva".
#: Six words spans a verb phrase between the two; in the seeds, dates further from their event
#: sit in sentences that name a second event (issue 9: "The January 3 strike ... and a vote by
#: the Iraqi parliament" had linked the strike's date to the vote). Guarded by
#: tests/extractor/test_linking.py.
LINK_WINDOW_WORDS = 6
#: The same window in characters (about six words), for the words-around-the-date rule.
LINK_WINDOW_CHARS = 40
#: Words of one event's name, aliases or description that must stand within the window for
#: shared words to count as evidence: one word ("strike", "meeting") names many events; two
#: ("drone strike ... killed") rarely fit another. Guarded by tests/extractor/test_linking.py.
NEAR_WORDS_MIN = 2
WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@dataclass(frozen=True)
class Extraction:
    """Draft claims, the cleaned text they came from, and registry entries they would need."""

    cleaned: Cleaned
    claims: list[Claim]
    proposed: list[Entity]
    #: Ids of dates and counts whose topic is a guess (no evidence around the claim) or whose
    #: value is ("Friday" with no tense; any date relative to the publication date): check
    #: never calls such a claim `contradicted` (docs/verdicts.md).
    guessed: frozenset[str] = frozenset()


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

    def for_date(
        self, text: str, span: tuple[int, int], sentence: tuple[int, int], mentions: list[Mention]
    ) -> tuple[str | None, bool]:
        """The date's event and whether that is a guess (True) or evidence.

        Evidence is an event named around the date: the date inside the event's mention ("a
        call in January by ..."), or the only event mentioned within LINK_WINDOW_WORDS of it.
        Any other event of the sentence (the nearest first), or shared words, is a guess.
        """
        events = [m for m in mentions if m.kind == "event"]
        inside = [m for m in events if m.start <= span[0] and span[1] <= m.end]
        if inside:
            return inside[0].id, False

        def gap(m: Mention) -> int:
            lo, hi = (m.end, span[0]) if m.end <= span[0] else (span[1], m.start)
            return len(WORD_RE.findall(text, lo, hi)) if hi > lo else 0

        near = sorted(events, key=lambda m: (gap(m), m.start))
        close = {m.id for m in near if gap(m) <= LINK_WINDOW_WORDS}
        if len(close) == 1:
            return near[0].id, False
        if near:
            return near[0].id, True
        # No event named: the words right around the date may still name one ("the drone strike
        # on Jan. 5 that killed ..."): evidence when at least NEAR_WORDS_MIN of them belong to
        # one event's name, aliases or description and to no other event as many.
        lo = max(sentence[0], span[0] - LINK_WINDOW_CHARS)
        hi = min(sentence[1], span[1] + LINK_WINDOW_CHARS)
        around = content_words(_window(text, lo, span, hi))
        scored = sorted(((len(around & bag), item) for item, bag in self.events), reverse=True)
        if scored and scored[0][0] >= NEAR_WORDS_MIN and (
            len(scored) == 1 or scored[1][0] < scored[0][0]
        ):
            return scored[0][1], False
        return self.best(content_words(text[slice(*sentence)]), self.events), True

    def for_count(
        self, unit: str, text: str, span: tuple[int, int], sentence: tuple[int, int]
    ) -> tuple[str | None, bool]:
        """The count's quantity and whether that is a guess.

        Evidence is the registry counting one quantity in the unit's family ("29-member" ->
        the member count), or one quantity of the family standing out around the count: a
        point for each of its words (bar unit words) within LINK_WINDOW_CHARS, and one for
        the same unit word; NEAR_WORDS_MIN points and no tie ("the mission has 5,000
        personnel" -> the mission's personnel; "a training mission in Iraq involving around
        500 troops" ties the mission's personnel with U.S. troops in Iraq: a guess).
        """
        family = unit_family(unit)
        fitting = [(i, u, b) for i, u, b in self.quantities if unit_family(u) == family]
        if len(fitting) == 1:
            return fitting[0][0], False
        lo = max(sentence[0], span[0] - LINK_WINDOW_CHARS)
        hi = min(sentence[1], span[1] + LINK_WINDOW_CHARS)
        around = content_words(_window(text, lo, span, hi))
        units = {singular(u) for _, u, _ in fitting} | {singular(unit)}
        scored = sorted(
            (
                len({w for w in around & bag if singular(w) not in units})
                + (singular(u) == singular(unit)),
                -n,
                item,
            )
            for n, (item, u, bag) in enumerate(fitting)
        )[::-1]
        if scored and scored[0][0] >= NEAR_WORDS_MIN and (
            len(scored) == 1 or scored[1][0] < scored[0][0]
        ):
            return scored[0][2], False
        context = content_words(text[slice(*sentence)])
        return self.best(context, [(i, b) for i, _, b in fitting]) or (
            fitting[0][0] if fitting else None
        ), True

    def for_text(self, context: str) -> str | None:
        return self.best(content_words(context), self.topics + self.entities + self.events)


def _window(text: str, lo: int, span: tuple[int, int], hi: int) -> str:
    """The whole words of text[lo:hi] outside the claim's own span, joined by spaces."""
    pad = LINK_WINDOW_CHARS
    found = WORD_RE.finditer(text, max(0, lo - pad), min(len(text), hi + pad))
    return " ".join(
        m.group()
        for m in found
        if lo <= m.start() and m.end() <= hi and (m.end() <= span[0] or m.start() >= span[1])
    )


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

    guessed: set[str] = set()

    def topic(found: str | None, guess: bool = True) -> tuple[str, str | None]:
        if found is None:
            return UNASSIGNED, "no registry topic fits: pick one"
        if not guess:
            return found, "topic named in the sentence"
        return found, "topic guessed from the registry"

    for n, hit in enumerate(extract_dates(text, sents, published), start=1):
        sentence = _sentence_of(sents, hit.start)
        found, guess = topics.for_date(
            text, (hit.start, hit.end), sentence, mentions_in(sentence)
        )
        item, why = topic(found, guess)
        # A relative date is only as right as the publication date is the day of writing
        # (wire copy reprinted days later: "on Friday" in a 16 February reprint of a 12
        # February story): its value is never certain enough to contradict the sources.
        if guess or hit.doubt or hit.value.basis == "relative-to-publication":
            guessed.add(f"date-{n}")
        claims.append(
            DateClaim(
                id=f"date-{n}", kind="date", topic=item, status="draft",
                evidence=_span(text, hit.start, hit.end),
                value=hit.value, doubt=_doubt(hit.doubt, why),
            )
        )  # fmt: skip
    for n, count in enumerate(extract_counts(text, sents), start=1):
        sentence = _sentence_of(sents, count.start)
        found, guess = topics.for_count(count.value.unit, text, (count.start, count.end), sentence)
        item, why = topic(found, guess)
        if guess or count.doubt:
            guessed.add(f"count-{n}")
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
    return Extraction(cleaned=cleaned, claims=claims, proposed=linker.proposed(),
                      guessed=frozenset(guessed))  # fmt: skip


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
