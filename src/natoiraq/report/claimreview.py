"""Stage 7: the reconciliation as schema.org ClaimReview JSON-LD, for fact-check sites.

One ClaimReview per finding that rates a claim, in the report's order, after one Dataset node
that says what the export is (docs/exports.md has the rating scale and the mapping from our
verdicts). Streamed a review per line, like report/json.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from natoiraq.corpus import Corpus
from natoiraq.reconciler import REPORT_VERSION, ClaimRef, ReconFinding, Report
from natoiraq.report._common import section_of
from natoiraq.report.exports import (
    AGENT_NAME,
    TEXT_LANGUAGE,
    Lookup,
    compact,
    corpus_digest,
    corpus_words,
    fragment,
    position_iri,
    readings,
    seed_iri,
    version_words,
)

SCHEMA_CONTEXT = "https://schema.org"
#: The rating scale: how well the corpus supports the claim, WORST_RATING to BEST_RATING.
WORST_RATING = 1
BEST_RATING = 5
#: Rating value and textual rating (Rating.alternateName, the only part Google's fact-check
#: snippets showed) for each kind of finding that rates a claim. The keys are the report's
#: sections (report._common.section_of): a finding's verdict, except that an agreement, a
#: compatible pair or a single source the reference excludes is a likely error, so it is never
#: shown as "agree"; a single source is rated only where a reference fact confirms it.
RATINGS: dict[str, tuple[int, str]] = {
    # Every source gives the same value.
    "agree": (5, "agree"),
    # The sources overlap and differ only in precision ("January 3" and "early January").
    "compatible": (4, "compatible"),
    # One article says it and a reference fact (reference.yaml, with its source URL) agrees.
    "single-source": (4, "single-source"),
    # One statement (a quote) in different words: the gist is attested, the wording is not.
    "variant": (3, "variant"),
    # The sources give values that cannot all be true.
    "conflict": (2, "conflict"),
    # A reference fact excludes what the sources say.
    "likely-error": (1, "likely-error"),
}
#: The reason a single source needs to be rated: checked against the reference and found to fit.
REFERENCE_CONSISTENT = "reference-consistent"
#: The id of the node that describes the export (every review points at it with isPartOf).
EXPORT_ID = fragment("natoiraq-claimreview")


def rating(finding: ReconFinding) -> tuple[int, str] | None:
    """(ratingValue, alternateName) of a finding, or None when it rates no claim: a name's
    spellings are not a claim, and a single source nothing confirmed or excluded is unrated
    (one article says it and nothing checks it: an editor's task, not a rating)."""
    if finding.kind == "name":
        return None
    section = section_of(finding)
    if section == "single-source" and REFERENCE_CONSISTENT not in finding.reasons:
        return None
    return RATINGS[section]


def author(report: Report, corpus: Corpus) -> dict[str, object]:
    """Who reviewed: natoiraq's automatic reconciliation of a named corpus, said plainly."""
    return {
        "@type": "Organization",
        "name": AGENT_NAME,
        "description": (
            f"natoiraq compared the claims annotated in {corpus_words(report, corpus)} with "
            "each other and with the corpus's reference facts. Each rating says how those "
            "articles agree; no person checked the claims against the world."
        ),
    }


def export_node(report: Report, corpus: Corpus, agent: dict[str, object]) -> dict[str, object]:
    """The Dataset node first in the graph: what the export is, its version and scale."""
    scale = "; ".join(f"{value} {label}" for value, label in RATINGS.values())
    return {
        "@type": "Dataset",
        "@id": EXPORT_ID,
        "name": "natoiraq reconciliation as ClaimReview",
        "description": (
            f"One ClaimReview per finding that rates a claim ({version_words(report)}). "
            f"ratingValue from {WORST_RATING} (worst) to {BEST_RATING} (best): {scale}. "
            "Unchecked single sources and name spellings are not rated."
        ),
        "version": REPORT_VERSION,
        "inLanguage": TEXT_LANGUAGE,
        "creator": agent,
        "isBasedOn": {
            "@type": "Dataset",
            "name": corpus_words(report, corpus),
            "identifier": corpus_digest(report, corpus),
        },
    }


def _excerpt(ref: ClaimRef) -> dict[str, object]:
    """The exact words of a claim in its seed, with an IRI that points at them."""
    part: dict[str, object] = {
        "@type": "CreativeWork",
        "identifier": ref.claim,
        "text": ref.exact,
        "url": position_iri(ref.seed, ref.start, ref.end),
    }
    if ref.status == "draft":
        part["creativeWorkStatus"] = "draft (unreviewed annotation)"
    return part


def _appearance(finding: ReconFinding, refs: list[ClaimRef], lookup: Lookup) -> dict[str, object]:
    """An article the claim appears in, as a NewsArticle with the claim's excerpts."""
    article = lookup.records[refs[0].article].article
    node: dict[str, object] = {
        "@type": "NewsArticle",
        "@id": fragment("finding", finding.id, "article", article.id),
        "identifier": article.id,
    }
    if article.headline:
        node["headline"] = article.headline
    if article.published.date is not None:
        node["datePublished"] = article.published.date.isoformat()
    node["inLanguage"] = article.language
    publisher: dict[str, object] = {"@type": "Organization", "name": article.outlet.name}
    if article.outlet.url:
        publisher["url"] = article.outlet.url
    node["publisher"] = publisher
    if article.url:
        node["url"] = article.url
    node["archivedAt"] = seed_iri(article.seed)
    if article.translated_from:
        node["translationOfWork"] = {"@type": "CreativeWork", "inLanguage": article.translated_from}
    node["hasPart"] = [_excerpt(r) for r in refs]
    return node


def _claim(finding: ReconFinding, lookup: Lookup) -> dict[str, object]:
    """The Claim reviewed: every article it appears in, and the first where dates tell."""
    by_article: dict[str, list[ClaimRef]] = {}
    for ref in finding.claims:
        by_article.setdefault(ref.article, []).append(ref)
    appearances = [_appearance(finding, refs, lookup) for refs in by_article.values()]
    node: dict[str, object] = {"@type": "Claim", "appearance": appearances}
    dates = [lookup.records[a].article.published.date for a in by_article]
    known = [d for d in dates if d is not None]
    # An article of unknown date may be the first: no first appearance, no claim date then.
    if known and len(known) == len(dates):
        first = min(known)
        node["datePublished"] = first.isoformat()
        if dates.count(first) == 1:
            node["firstAppearance"] = {"@id": appearances[dates.index(first)]["@id"]}
    return node


def claim_reviewed(finding: ReconFinding, lookup: Lookup) -> str:
    """The claim in words: what it is about (registry names) and what the articles say.

    Quotes and decisions carry their subject in the reading ("Jens Stoltenberg said ...");
    dates and counts are about the finding's event or quantity. A variant is read from its base
    quote, against which the others were compared.
    """
    refs = list(finding.claims)
    if finding.kind == "quote":
        base = [r for r in refs if r.key == finding.base]
        return readings(base or refs[:1], lookup)[0]
    joiner = " or " if finding.verdict == "conflict" else "; "
    said = joiner.join(readings(refs, lookup))
    if finding.kind == "decision":
        return said
    return f"{finding.subject or lookup.name(finding.topic)}: {said}"


def claim_review(finding: ReconFinding, rated: tuple[int, str], lookup: Lookup,
                 agent: dict[str, object]) -> dict[str, object]:  # fmt: skip
    """One finding as a ClaimReview (the @id and identifier come from the finding's id)."""
    value, label = rated
    review_rating: dict[str, object] = {
        "@type": "Rating",
        "ratingValue": value,
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": label,
        "ratingExplanation": finding.explanation,
    }
    if finding.reasons:
        review_rating["reviewAspect"] = list(finding.reasons)
    return {
        "@type": "ClaimReview",
        "@id": fragment("finding", finding.id),
        "identifier": finding.id,
        "isPartOf": {"@id": EXPORT_ID},
        "inLanguage": TEXT_LANGUAGE,
        "claimReviewed": claim_reviewed(finding, lookup),
        "reviewRating": review_rating,
        "itemReviewed": _claim(finding, lookup),
        "author": agent,
    }


def iter_claimreview(report: Report, corpus: Corpus) -> Iterator[str]:
    """The JSON-LD document in pieces: the frame, then the export node and one ClaimReview per
    line (as iter_json: memory stays that of the report, whatever its size)."""
    lookup = Lookup.of(corpus)
    agent = author(report, corpus)
    yield f'{{"@context": {compact(SCHEMA_CONTEXT)},\n "@graph": ['
    yield "\n  " + compact(export_node(report, corpus, agent))
    for finding in report.findings:
        rated = rating(finding)
        if rated is not None:
            yield ",\n  " + compact(claim_review(finding, rated, lookup, agent))
    yield "\n ]}\n"


def render_claimreview(report: Report, corpus: Corpus) -> str:
    """The whole ClaimReview document as one string (see iter_claimreview)."""
    return "".join(iter_claimreview(report, corpus))
