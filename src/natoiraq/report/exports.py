"""Stage 7: what the ClaimReview and W3C exports share: corpus look-ups, values in words, IRIs.

Both exports are JSON-LD for other tools (docs/exports.md). They need more than the report holds
(headlines, languages, the seed text around each span, the registry's names), so they read the
corpus too; everything they say about a finding comes from the report.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import quote

from natoiraq.compare.values import format_count, format_date
from natoiraq.corpus import ArticleRecord, Corpus
from natoiraq.models import CountClaim, CountValue, DateClaim, DecisionValue, QuoteClaim
from natoiraq.reconciler import REPORT_VERSION, ClaimRef, Report
from natoiraq.reconciler.findings import AnyClaim

#: The language of everything the exports write in words (explanations, claimReviewed, comments).
TEXT_LANGUAGE = "en"
#: Characters an IRI fragment keeps as they are (RFC 3986 pchar less the sub-delimiters that
#: JSON-LD tools and fragment parsers treat specially); anything else is percent-encoded.
FRAGMENT_SAFE = ":@-._~/"
#: Characters a seed path keeps as they are in an IRI: its folders' slashes and the unreserved.
PATH_SAFE = "/-._~"
#: Text made only of those characters needs no encoding: checked first, since nearly every id
#: and seed path is such text and `quote` was the exports' hottest call (2 000 articles).
FRAGMENT_PLAIN_RE = re.compile(r"[A-Za-z0-9:@\-._~/]*")
PATH_PLAIN_RE = re.compile(r"[A-Za-z0-9/\-._~]*")
#: At most this many distinct readings are listed in a claim in words, then "and N more": a
#: date thousands of articles give in a dozen forms is still one line (as EXPLAIN_ITEMS_MAX).
READINGS_MAX = 6
#: Who made the reviews and annotations: said plainly, since a fact-check site shows it as the
#: author, and nothing here is a person's judgement.
AGENT_NAME = "natoiraq (automatic reconciliation, not a human fact-check)"


def compact(value: object) -> str:
    """One JSON value on one line, as report/json.py writes (the C encoder: no indent)."""
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def fragment(*parts: str) -> str:
    """`#a/b`: a relative IRI in this document, from ids (percent-encoded where needed).

    Why relative: ids such as `date:soleimani-strike` are unique in one corpus, not in the
    world; resolved against the export's own URL they name things in that export.
    """
    return "#" + "/".join(p if FRAGMENT_PLAIN_RE.fullmatch(p) else quote(p, safe=FRAGMENT_SAFE)
                           for p in parts)  # fmt: skip


def seed_iri(seed: str) -> str:
    """A seed's repository-relative path as a relative IRI reference."""
    return seed if PATH_PLAIN_RE.fullmatch(seed) else quote(seed, safe=PATH_SAFE)


def position_iri(seed: str, start: int, end: int) -> str:
    """The seed's span as one IRI: the W3C Selectors and States note's fragment form of a
    TextPositionSelector (https://www.w3.org/TR/selectors-states/), offsets in code points."""
    return f"{seed_iri(seed)}#selector(type=TextPositionSelector,start={start},end={end})"


def corpus_digest(report: Report, corpus: Corpus) -> str:
    """`sha256:...` over each reported article's id and its seed's sha256: names the corpus
    an export came from without a path of the machine it ran on."""
    sums = {r.article.id: r.article.sha256 for r in corpus.articles}
    digest = hashlib.sha256()
    for article in sorted(report.articles, key=lambda a: a.id):
        digest.update(f"{article.id} {sums.get(article.id, '')}\n".encode())
    return f"sha256:{digest.hexdigest()}"


def corpus_words(report: Report, corpus: Corpus) -> str:
    """ "a natoiraq corpus of 5 articles (seeds sha256:...)", for the exports' descriptions."""
    n = len(report.articles)
    return (f"a natoiraq corpus of {n} article{'' if n == 1 else 's'} "
            f"(seeds {corpus_digest(report, corpus)})")  # fmt: skip


def version_words(report: Report) -> str:
    """What the exports say about their format: natoiraq's report version and the drafts."""
    drafts = ("; unreviewed (draft) claims count as sources and are marked" if
              report.include_drafts else "; reviewed claims only")  # fmt: skip
    return f"natoiraq report version {REPORT_VERSION}{drafts}"


@dataclass(frozen=True)
class Lookup:
    """The corpus as the exports look things up: articles by id, claims by (article, claim),
    registry names by id. Built once, in one pass (linear in the corpus)."""

    records: Mapping[str, ArticleRecord]
    claims: Mapping[tuple[str, str], AnyClaim]
    names: Mapping[str, str]

    @classmethod
    def of(cls, corpus: Corpus) -> Lookup:
        records = {r.article.id: r for r in corpus.articles}
        claims = {(r.article.id, c.id): c for r in corpus.articles for c in r.article.claims}
        names = {key: item.name for key, item in corpus.registry_index().items()}
        return cls(records, claims, names)

    def name(self, item: str) -> str:
        """The registry's name for an id (the id itself where the registry lacks it)."""
        return self.names.get(item, item)

    def claim(self, ref: ClaimRef) -> AnyClaim | None:
        """The corpus claim behind a report claim; None for a name occurrence (`name` findings
        list the registry's spellings found in the text, which are not claims)."""
        return self.claims.get((ref.article, ref.claim))

    def topic(self, ref: ClaimRef, fallback: str) -> str:
        """A claim's own topic (a name occurrence's: its entity, the finding's topic)."""
        claim = self.claim(ref)
        return claim.topic if claim is not None else fallback


def count_words(value: CountValue) -> str:
    """ "around 500 troops (450-550 troops)", "29 members", "several (3-9 troops)"."""
    hedge = value.hedge.replace("-", " ")
    if value.point is None:
        return f"{hedge} ({format_count(value)})"
    if value.hedge == "exact":
        return f"{value.point} {value.unit}"
    return f"{hedge} {value.point} {value.unit} ({format_count(value)})"


def decision_words(value: DecisionValue, lookup: Lookup) -> str:
    """ "North Atlantic Treaty Organization: suspend NATO Mission Iraq (done, 3 January 2020)"."""
    when = f", {format_date(value.date)}" if value.date is not None else ""
    act = f"not {value.action}" if value.negated else value.action
    return f"{lookup.name(value.actor)}: {act} {lookup.name(value.object)} ({value.modality}{when})"


def reading(ref: ClaimRef, lookup: Lookup) -> str:
    """What one claim says, in words and the registry's names (not ids)."""
    claim = lookup.claim(ref)
    if claim is None:  # a name occurrence: its spelling
        return f'"{ref.value.get("form", ref.exact)}"'
    if isinstance(claim, DateClaim):
        return format_date(claim.value)
    if isinstance(claim, CountClaim):
        return count_words(claim.value)
    if isinstance(claim, QuoteClaim):
        return f'{lookup.name(claim.value.speaker)} said "{claim.value.text}"'
    return decision_words(claim.value, lookup)


def readings(refs: Iterable[ClaimRef], lookup: Lookup) -> list[str]:
    """Each distinct reading once, in order; past READINGS_MAX, "N more"."""
    distinct = list(dict.fromkeys(reading(r, lookup) for r in refs))
    if len(distinct) > READINGS_MAX:
        rest = len(distinct) - (READINGS_MAX - 1)
        distinct = [*distinct[: READINGS_MAX - 1], f"{rest} more"]
    return distinct
