"""Stage 7: the reconciliation as W3C Web Annotations (JSON-LD), for annotation tools.

One annotation per claim behind the report's findings (a claim in several findings is one
annotation that names each), anchored in its seed by a TextQuoteSelector and a
TextPositionSelector in code points, in an AnnotationCollection whose one page lists them in
article and offset order. docs/exports.md says what each body is for.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from natoiraq.corpus import Corpus
from natoiraq.reconciler import REPORT_VERSION, ClaimRef, ReconFinding, Report
from natoiraq.report.exports import (
    AGENT_NAME,
    TEXT_LANGUAGE,
    Lookup,
    compact,
    corpus_digest,
    corpus_words,
    fragment,
    reading,
    seed_iri,
    version_words,
)

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: The namespace of natoiraq's own terms: an IRI of ours, as the schemas' `urn:natoiraq:` ids.
NATOIRAQ_NS = "urn:natoiraq:vocab:"
#: The extension context after the annotation one (the model puts extensions after it).
#: `natoiraq:value` is a JSON literal (JSON-LD 1.1 `@json`): a claim's value exactly as the
#: report JSON gives it, whatever its kind's keys.
CONTEXT: list[object] = [
    ANNO_CONTEXT,
    {"@version": 1.1, "natoiraq": NATOIRAQ_NS, "natoiraq:value": {"@type": "@json"}},
]
#: Code points of seed text in a TextQuoteSelector's prefix and suffix: Hypothesis's length,
#: enough to tell apart repeated words ("Jan. 2") in a news article.
QUOTE_CONTEXT_CHARS = 32
#: Every annotation assesses its claim: its body carries the reconciliation's verdict(s) on it.
#: Bodies say what each part is for with `purpose` (commenting, tagging).
MOTIVATION = "assessing"
COLLECTION_ID = fragment("natoiraq-annotations")
PAGE_ID = fragment("natoiraq-annotations", "page-1")
AGENT_ID = fragment("natoiraq")
KIND_WORDS = {"date": "Date", "count": "Count", "quote": "Quote", "decision": "Decision",
              "name": "Name"}  # fmt: skip


@dataclass
class Entry:
    """A claim as the annotation shows it: its evidence, and each finding it belongs to (with
    the claim as that finding lists it: its note and reference check are per finding)."""

    ref: ClaimRef
    findings: list[tuple[ReconFinding, ClaimRef]]


def entries(report: Report) -> list[Entry]:
    """Every claim of the report's findings once, in article then offset order."""
    by_key: dict[tuple[str, str], Entry] = {}
    for finding in report.findings:
        for ref in finding.claims:
            entry = by_key.get((ref.article, ref.claim))
            if entry is None:
                by_key[(ref.article, ref.claim)] = Entry(ref, [(finding, ref)])
            else:
                entry.findings.append((finding, ref))
    rank = {a.id: i for i, a in enumerate(report.articles)}
    return sorted(by_key.values(), key=lambda e: (rank.get(e.ref.article, len(rank)),
                                                  e.ref.start, e.ref.end, e.ref.claim))  # fmt: skip


def selectors(text: str, ref: ClaimRef) -> list[dict[str, object]]:
    """The two selectors, alternatives for one span: quote (with up to QUOTE_CONTEXT_CHARS on
    each side) and position, both in code points of the seed as stored."""
    quote: dict[str, object] = {"type": "TextQuoteSelector", "exact": ref.exact}
    prefix = text[max(0, ref.start - QUOTE_CONTEXT_CHARS) : ref.start]
    suffix = text[ref.end : ref.end + QUOTE_CONTEXT_CHARS]
    if prefix:
        quote["prefix"] = prefix
    if suffix:
        quote["suffix"] = suffix
    return [quote, {"type": "TextPositionSelector", "start": ref.start, "end": ref.end}]


def comment(entry: Entry, lookup: Lookup) -> str:
    """The claim and each verdict on it in sentences, for a tool that shows one note."""
    ref, (first, _) = entry.ref, entry.findings[0]
    kind = KIND_WORDS.get(first.kind, first.kind.capitalize())
    draft = " (draft, not reviewed)" if ref.status == "draft" else ""
    said = reading(ref, lookup)
    if first.kind in ("date", "count"):
        text = f"{kind} claim{draft} about {first.subject or lookup.name(first.topic)}: {said}."
    elif first.kind == "name":
        text = f"Name{draft} {said}, a spelling of {first.subject or lookup.name(first.topic)}."
    else:
        text = f"{kind} claim{draft}: {said}."
    for finding, _ in entry.findings:
        reasons = f" ({', '.join(finding.reasons)})" if finding.reasons else ""
        text += f" Finding {finding.id}, {finding.verdict}{reasons}: {finding.explanation}"
    return text


def tags(entry: Entry, lookup: Lookup) -> list[str]:
    """Tags a tool can filter on: each verdict, the kind, the topic, and draft status."""
    first = entry.findings[0][0]
    verdicts = dict.fromkeys(f"verdict:{f.verdict}" for f, _ in entry.findings)
    found = [*verdicts, f"kind:{first.kind}", f"topic:{lookup.topic(entry.ref, first.topic)}"]
    if entry.ref.status == "draft":
        found.append("status:draft")
    return found


def record(entry: Entry, lookup: Lookup) -> dict[str, object]:
    """The claim as natoiraq records it, in natoiraq's terms, for programs."""
    ref, first = entry.ref, entry.findings[0][0]
    findings = []
    for finding, in_finding in entry.findings:
        item: dict[str, object] = {
            "natoiraq:finding": finding.id,
            "natoiraq:verdict": finding.verdict,
            "natoiraq:reasons": list(finding.reasons),
            "natoiraq:reference": in_finding.reference,
        }
        if in_finding.note:
            item["natoiraq:note"] = in_finding.note
        findings.append(item)
    return {
        "type": "natoiraq:Claim",
        "natoiraq:article": ref.article,
        "natoiraq:claim": ref.claim,
        "natoiraq:kind": first.kind,
        "natoiraq:topic": lookup.topic(ref, first.topic),
        "natoiraq:status": ref.status,
        "natoiraq:value": dict(ref.value),
        "natoiraq:findings": findings,
    }


def annotation(entry: Entry, lookup: Lookup) -> dict[str, object]:
    """One claim as a Web Annotation (its id from the article's and the claim's ids)."""
    ref = entry.ref
    record_ = lookup.records[ref.article]
    body: list[dict[str, object]] = [{
        "type": "TextualBody",
        "purpose": "commenting",
        "value": comment(entry, lookup),
        "format": "text/plain",
        "language": TEXT_LANGUAGE,
    }]  # fmt: skip
    body += [{"type": "TextualBody", "purpose": "tagging", "value": t}
             for t in tags(entry, lookup)]  # fmt: skip
    body.append(record(entry, lookup))
    target: dict[str, object] = {"type": "SpecificResource", "source": seed_iri(ref.seed)}
    if record_.article.url:
        target["scope"] = record_.article.url  # the page the seed's text was taken from
    target["selector"] = selectors(record_.text, ref)
    return {
        "id": fragment("claim", ref.article, ref.claim),
        "type": "Annotation",
        "motivation": MOTIVATION,
        "creator": AGENT_ID,
        "body": body,
        "target": target,
    }


def collection(report: Report, corpus: Corpus, total: int) -> dict[str, object]:
    """The AnnotationCollection's own properties (its one page follows as `first`)."""
    return {
        "@context": CONTEXT,
        "id": COLLECTION_ID,
        "type": "AnnotationCollection",
        "label": (f"natoiraq reconciliation of {corpus_words(report, corpus)}: one annotation "
                  f"per claim ({version_words(report)}); automatic, not a human review"),
        "total": total,
        "generator": {"id": AGENT_ID, "type": "Software", "name": AGENT_NAME},
        "natoiraq:version": REPORT_VERSION,
        "natoiraq:includeDrafts": report.include_drafts,
        "natoiraq:corpus": corpus_digest(report, corpus),
        "last": PAGE_ID,
    }  # fmt: skip


def iter_w3c(report: Report, corpus: Corpus) -> Iterator[str]:
    """The collection in pieces: its properties, then one annotation per line (as iter_json)."""
    lookup = Lookup.of(corpus)
    found: Sequence[Entry] = entries(report)
    head = compact(collection(report, corpus, len(found)))
    page = {"id": PAGE_ID, "type": "AnnotationPage", "partOf": COLLECTION_ID, "startIndex": 0}
    yield head[:-1] + ',\n "first": ' + compact(page)[:-1] + ', "items": ['
    for n, entry in enumerate(found):
        yield ("\n  " if n == 0 else ",\n  ") + compact(annotation(entry, lookup))
    yield ("\n ]" if found else "]") + "}}\n"


def render_w3c(report: Report, corpus: Corpus) -> str:
    """The whole annotation collection as one string (see iter_w3c)."""
    return "".join(iter_w3c(report, corpus))
