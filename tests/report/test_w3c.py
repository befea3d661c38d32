"""`reconcile --format w3c`: W3C Web Annotations, one per claim, that re-anchor in their seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

import natoiraq
from natoiraq.corpus import Corpus
from natoiraq.io.seeds import load_seed
from natoiraq.reconciler import Report, filter_report, reconcile
from natoiraq.report import EXPORTS, render_chunks
from natoiraq.report.w3c import ANNO_CONTEXT, NATOIRAQ_NS, QUOTE_CONTEXT_CHARS, render_w3c
from tests.conftest import REPO, RunCli

# --------------------------------------------------------------------------- our schema
# Written by us from the Web Annotation Data Model (https://www.w3.org/TR/annotation-model/):
# what every annotation must have (id, type, target), the two text selectors' keys and types,
# the motivations the model defines, and the collection and page it is served in.

MOTIVATIONS = ["assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
               "highlighting", "identifying", "linking", "moderating", "questioning",
               "replying", "tagging"]  # fmt: skip
_STRING = {"type": "string", "minLength": 1}
QUOTE_SELECTOR = {
    "type": "object",
    "required": ["type", "exact"],
    "additionalProperties": False,
    "properties": {
        "type": {"const": "TextQuoteSelector"},
        "exact": _STRING,
        "prefix": {"type": "string", "minLength": 1, "maxLength": QUOTE_CONTEXT_CHARS},
        "suffix": {"type": "string", "minLength": 1, "maxLength": QUOTE_CONTEXT_CHARS},
    },
}
POSITION_SELECTOR = {
    "type": "object",
    "required": ["type", "start", "end"],
    "additionalProperties": False,
    "properties": {
        "type": {"const": "TextPositionSelector"},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 1},
    },
}
TEXTUAL_BODY = {
    "type": "object",
    "required": ["type", "purpose", "value"],
    "additionalProperties": False,
    "properties": {
        "type": {"const": "TextualBody"},
        "purpose": {"enum": ["commenting", "tagging"]},
        "value": _STRING,
        "format": {"const": "text/plain"},
        "language": {"const": "en"},
    },
}
RECORD_BODY = {
    "type": "object",
    "required": ["type", "natoiraq:article", "natoiraq:claim", "natoiraq:kind",
                 "natoiraq:topic", "natoiraq:status", "natoiraq:value", "natoiraq:findings"],
    "additionalProperties": False,
    "properties": {
        "type": {"const": "natoiraq:Claim"},
        "natoiraq:article": _STRING,
        "natoiraq:claim": _STRING,
        "natoiraq:kind": {"enum": ["date", "count", "quote", "decision", "name"]},
        "natoiraq:topic": _STRING,
        "natoiraq:status": {"enum": ["reviewed", "draft"]},
        "natoiraq:value": {"type": "object"},
        "natoiraq:findings": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["natoiraq:finding", "natoiraq:verdict", "natoiraq:reasons",
                             "natoiraq:reference"],
                "additionalProperties": False,
                "properties": {
                    "natoiraq:finding": _STRING,
                    "natoiraq:verdict": {"enum": ["agree", "compatible", "conflict", "variant",
                                                  "single-source"]},
                    "natoiraq:reasons": {"type": "array", "items": _STRING},
                    "natoiraq:reference": {"enum": ["consistent", "inconsistent", "none"]},
                    "natoiraq:note": _STRING,
                },
            },
        },
    },
}  # fmt: skip
ANNOTATION = {
    "type": "object",
    "required": ["id", "type", "motivation", "body", "target"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": "^#claim/"},
        "type": {"const": "Annotation"},
        "motivation": {"enum": MOTIVATIONS},
        "creator": _STRING,
        "body": {
            "type": "array",
            "minItems": 3,
            "items": {"oneOf": [TEXTUAL_BODY, RECORD_BODY]},
        },
        "target": {
            "type": "object",
            "required": ["type", "source", "selector"],
            "additionalProperties": False,
            "properties": {
                "type": {"const": "SpecificResource"},
                "source": _STRING,
                "scope": _STRING,
                "selector": {
                    "type": "array",
                    "prefixItems": [QUOTE_SELECTOR, POSITION_SELECTOR],
                    "minItems": 2,
                    "maxItems": 2,
                },
            },
        },
    },
}
COLLECTION = {
    "type": "object",
    "required": ["@context", "id", "type", "label", "total", "first", "natoiraq:version"],
    "properties": {
        # The model: the annotation context, and an extension only after it.
        "@context": {"type": "array", "prefixItems": [{"const": ANNO_CONTEXT}],
                     "minItems": 2},
        "type": {"const": "AnnotationCollection"},
        "label": _STRING,
        "total": {"type": "integer", "minimum": 0},
        "natoiraq:version": {"const": 1},
        "natoiraq:includeDrafts": {"type": "boolean"},
        "first": {
            "type": "object",
            "required": ["id", "type", "partOf", "startIndex", "items"],
            "additionalProperties": False,
            "properties": {
                "id": _STRING,
                "type": {"const": "AnnotationPage"},
                "partOf": _STRING,
                "startIndex": {"const": 0},
                "items": {"type": "array", "items": ANNOTATION},
            },
        },
    },
}  # fmt: skip


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def real() -> Corpus:
    return natoiraq.load_corpus(REPO / "corpus")


@pytest.fixture(scope="module")
def real_report(real: Corpus) -> Report:
    return reconcile(real)


@pytest.fixture(scope="module")
def doc(real: Corpus, real_report: Report) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render_w3c(real_report, real))
    return data


def items(doc: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = doc["first"]["items"]
    return found


def bodies(annotation: dict[str, Any], purpose: str) -> list[str]:
    return [b["value"] for b in annotation["body"] if b.get("purpose") == purpose]


def record(annotation: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = next(b for b in annotation["body"] if b["type"] == "natoiraq:Claim")
    return found


# --------------------------------------------------------------------------- structure


def test_the_collection_and_every_annotation_fit_the_model(doc: dict[str, Any]) -> None:
    errors = sorted(Draft202012Validator(COLLECTION).iter_errors(doc), key=str)
    assert [f"{list(e.absolute_path)}: {e.message}" for e in errors] == []
    assert doc["total"] == len(items(doc)) > 0
    assert doc["first"]["partOf"] == doc["id"] == "#natoiraq-annotations"


def test_the_schema_rejects_what_the_model_forbids(doc: dict[str, Any]) -> None:
    """Our schema can fail: an annotation without a target, or with a made-up motivation."""
    annotation = dict(items(doc)[0])
    del annotation["target"]
    assert not Draft202012Validator(ANNOTATION).is_valid(annotation)
    assert not Draft202012Validator(ANNOTATION).is_valid(items(doc)[0] | {"motivation": "fixing"})


def test_one_annotation_per_claim_of_every_finding(doc: dict[str, Any],
                                                   real_report: Report) -> None:  # fmt: skip
    keys = {(c.article, c.claim) for f in real_report.findings for c in f.claims}
    ids = [a["id"] for a in items(doc)]
    assert len(ids) == len(set(ids)) == len(keys)
    found = {(record(a)["natoiraq:article"], record(a)["natoiraq:claim"]) for a in items(doc)}
    assert found == keys
    # Every reviewed claim of the corpus is behind a finding, so every one is annotated.
    assert {"#claim/000-spanish-wire/date-strike-last-friday",
            "#claim/001-dod-news/qasem-soleimani@966"} <= set(ids)  # fmt: skip


def test_annotations_come_in_article_then_offset_order(doc: dict[str, Any]) -> None:
    order = [(record(a)["natoiraq:article"], a["target"]["selector"][1]["start"])
             for a in items(doc)]  # fmt: skip
    assert order == sorted(order)


def test_body_carries_kind_topic_value_and_verdict(doc: dict[str, Any]) -> None:
    strike = next(a for a in items(doc) if a["id"] == "#claim/001-dod-news/date-strike-jan-2")
    assert strike["motivation"] == "assessing"
    assert bodies(strike, "tagging") == ["verdict:conflict", "kind:date",
                                         "topic:soleimani-strike"]  # fmt: skip
    [comment] = bodies(strike, "commenting")
    assert comment.startswith("Date claim about U.S. strike that killed Qasem Soleimani: "
                              "2 January 2020. Finding date:soleimani-strike, conflict "
                              "(date-mismatch, tz-plausible): The sources give different dates")
    assert record(strike) == {
        "type": "natoiraq:Claim", "natoiraq:article": "001-dod-news",
        "natoiraq:claim": "date-strike-jan-2", "natoiraq:kind": "date",
        "natoiraq:topic": "soleimani-strike", "natoiraq:status": "reviewed",
        "natoiraq:value": {"earliest": "2020-01-02", "latest": "2020-01-02",
                           "granularity": "day", "basis": "explicit"},
        "natoiraq:findings": [{
            "natoiraq:finding": "date:soleimani-strike", "natoiraq:verdict": "conflict",
            "natoiraq:reasons": ["date-mismatch", "tz-plausible"],
            "natoiraq:reference": "consistent",
            "natoiraq:note": "matches the instant in the article's zone America/New_York; "
                             "matches the reference date 2 January 2020 in America/New_York "
                             "[soleimani-strike-date-washington]",
        }],
    }  # fmt: skip
    assert strike["target"]["source"] == "seeds/001_7c7b5841e51291d7.txt"
    assert "scope" not in strike["target"]  # no article of ours has a URL


def test_a_claim_in_two_findings_is_one_annotation_naming_both(
        real: Corpus, real_report: Report) -> None:  # fmt: skip
    strike = next(f for f in real_report.findings if f.id == "date:soleimani-strike")
    twin = replace(strike, id="date:soleimani-strike:twin", verdict="compatible",
                   reasons=("precision",), explanation="A second reading.")  # fmt: skip
    doubled = replace(real_report, findings=(strike, twin))
    data = json.loads(render_w3c(doubled, real))
    assert data["total"] == len(strike.claims)
    first = items(data)[0]
    assert bodies(first, "tagging")[:2] == ["verdict:conflict", "verdict:compatible"]
    assert [f["natoiraq:finding"] for f in record(first)["natoiraq:findings"]] == [
        "date:soleimani-strike", "date:soleimani-strike:twin"]
    assert "Finding date:soleimani-strike:twin, compatible (precision): A second reading." in (
        bodies(first, "commenting")[0])


# --------------------------------------------------------------------------- anchoring


def check_anchors(data: dict[str, Any], texts: dict[str, str]) -> int:
    """Every selector re-anchors in its seed's text; returns how many were checked."""
    for annotation in items(data):
        target = annotation["target"]
        text = texts[target["source"]]
        quote, position = target["selector"]
        start, end = position["start"], position["end"]
        assert text[start:end] == quote["exact"], annotation["id"]
        prefix, suffix = quote.get("prefix", ""), quote.get("suffix", "")
        assert text[start - len(prefix) : start] == prefix, annotation["id"]
        assert text[end : end + len(suffix)] == suffix, annotation["id"]
        assert len(prefix) == min(QUOTE_CONTEXT_CHARS, start), annotation["id"]
        assert len(suffix) == min(QUOTE_CONTEXT_CHARS, len(text) - end), annotation["id"]
    return len(items(data))


def test_every_selector_reanchors_in_its_seed_as_read_from_disk(doc: dict[str, Any]) -> None:
    sources = {a["target"]["source"] for a in items(doc)}
    texts = {s: load_seed(REPO / s).text for s in sources}
    assert len(texts) == 5
    assert check_anchors(doc, texts) == doc["total"]


def test_anchoring_counts_code_points_not_utf16_units_or_bytes(real: Corpus) -> None:
    """A claim after characters outside the BMP and multi-byte ones (an emoji, "é") keeps its
    offsets: the selectors are in code points as the corpus stores them."""
    from tests.reconciler.test_reconcile import article, corpus, date

    text = "Le 🎉 café: it happened on Jan. 3. 𝒳 It happened on Jan. 3 again, said the café."
    a = article("a", text, date("d", "soleimani-strike", "Jan. 3 again", "2020-01-03"))
    b = article("b", "It was January 3.", date("d", "soleimani-strike", "January 3", "2020-01-03"))
    small = corpus(a, b)
    data = json.loads(render_w3c(reconcile(small), small))
    assert check_anchors(data, {"seeds/a.txt": text, "seeds/b.txt": "It was January 3."}) == 2
    position = items(data)[0]["target"]["selector"][1]
    assert position == {"type": "TextPositionSelector", "start": text.index("Jan. 3 again"),
                        "end": text.index("Jan. 3 again") + len("Jan. 3 again")}  # fmt: skip


def test_the_anchor_check_can_fail(doc: dict[str, Any]) -> None:
    texts = {s: load_seed(REPO / s).text for s in {a["target"]["source"] for a in items(doc)}}
    shifted = json.loads(json.dumps(doc))
    shifted["first"]["items"][0]["target"]["selector"][1]["start"] += 1
    with pytest.raises(AssertionError):
        check_anchors(shifted, texts)


# --------------------------------------------------------------------------- drafts, filters


def with_draft(real: Corpus) -> Corpus:
    """The real corpus with one claim (Sputnik's "January 3") turned back into a draft."""
    records = []
    for rec in real.articles:
        if rec.article.id == "003-sputnik":
            claims = [
                c.model_copy(update={"status": "draft"}) if c.id == "date-strike-january-3" else c
                for c in rec.article.claims
            ]
            rec = replace(rec, article=rec.article.model_copy(update={"claims": claims}))
        records.append(rec)
    return replace(real, articles=records)


def test_drafts_are_left_out_unless_asked_for_and_then_marked(real: Corpus) -> None:
    drafted = with_draft(real)
    key = "#claim/003-sputnik/date-strike-january-3"
    plain = json.loads(render_w3c(reconcile(drafted), drafted))
    assert key not in {a["id"] for a in items(plain)}
    assert plain["natoiraq:includeDrafts"] is False
    asked = json.loads(render_w3c(reconcile(drafted, include_drafts=True), drafted))
    assert asked["natoiraq:includeDrafts"] is True
    draft = next(a for a in items(asked) if a["id"] == key)
    assert "status:draft" in bodies(draft, "tagging")
    assert record(draft)["natoiraq:status"] == "draft"
    assert bodies(draft, "commenting")[0].startswith("Date claim (draft, not reviewed) about ")
    assert all("status:draft" not in bodies(a, "tagging") for a in items(asked) if a is not draft)


def test_filters_keep_the_claims_of_the_findings_shown(real: Corpus,
                                                       real_report: Report) -> None:  # fmt: skip
    shown = filter_report(real_report, verdicts=["variant"], kinds=["name"])
    data = json.loads(render_w3c(shown, real))
    assert Counter(bodies(a, "tagging")[0] for a in items(data)) == {"verdict:variant": 6}
    assert {record(a)["natoiraq:kind"] for a in items(data)} == {"name"}
    empty = json.loads(render_w3c(filter_report(real_report, topics=["no-such-id"]), real))
    assert (empty["total"], empty["first"]["items"]) == (0, [])


# --------------------------------------------------------------------------- JSON-LD, output


def test_the_export_needs_the_corpus(real_report: Report) -> None:
    assert EXPORTS == ("claimreview", "w3c")
    with pytest.raises(ValueError, match="the w3c export needs the corpus"):
        "".join(render_chunks(real_report, "w3c"))


#: Our own mapping of the Web Annotation terms this export uses to their IRIs (as the model's
#: context defines them), so that expansion runs offline: no context is fetched.
OA, AS, DC, DCT = ("http://www.w3.org/ns/oa#", "http://www.w3.org/ns/activitystreams#",
                   "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/")  # fmt: skip
LOCAL_ANNO_CONTEXT: dict[str, Any] = {
    "id": "@id", "type": "@type",
    **{t: OA + t for t in ("Annotation", "TextualBody", "SpecificResource",
                           "TextQuoteSelector", "TextPositionSelector", "assessing",
                           "commenting", "tagging")},
    "Software": AS + "Application", "AnnotationCollection": AS + "OrderedCollection",
    "AnnotationPage": AS + "OrderedCollectionPage",
    **{t: {"@id": OA + iri, "@type": "@id"} for t, iri in (
        ("body", "hasBody"), ("target", "hasTarget"), ("source", "hasSource"),
        ("selector", "hasSelector"), ("scope", "hasScope"))},
    **{t: {"@id": AS + t, "@type": "@id"} for t in ("generator", "partOf", "first", "last")},
    "items": {"@id": AS + "items", "@type": "@id", "@container": "@list"},
    "creator": {"@id": DCT + "creator", "@type": "@id"},
    "motivation": {"@id": OA + "motivatedBy", "@type": "@vocab"},
    "purpose": {"@id": OA + "hasPurpose", "@type": "@vocab"},
    **{t: OA + t for t in ("exact", "prefix", "suffix", "start", "end")},
    "format": DC + "format", "language": DC + "language",
    "value": "http://www.w3.org/1999/02/22-rdf-syntax-ns#value",
    "name": "http://xmlns.com/foaf/0.1/name", "label": "http://www.w3.org/2000/01/rdf-schema#label",
    "total": AS + "totalItems", "startIndex": AS + "startIndex",
}  # fmt: skip


def offline_loader(contexts: dict[str, dict[str, Any]]) -> Any:
    """A pyld document loader that answers from `contexts` and refuses everything else."""

    def load(url: str, options: object = None) -> dict[str, Any]:
        if url not in contexts:
            raise AssertionError(f"would fetch {url}")
        return {"contextUrl": None, "documentUrl": url, "document": {"@context": contexts[url]}}

    return load


def leaves(node: Any) -> int:
    """Scalar values in a JSON-LD document (a JSON literal's counted as its own leaves)."""
    if isinstance(node, dict):
        if node.get("@type") == "@json":
            return leaves(node["@value"])
        return sum(leaves(v) for k, v in node.items() if k != "@context")
    if isinstance(node, list):
        return sum(leaves(v) for v in node)
    return 1


def expand_all_terms(data: dict[str, Any], contexts: dict[str, dict[str, Any]]) -> Any:
    """Expand offline and check no property was dropped (JSON-LD drops undefined terms)."""
    jsonld = pytest.importorskip("pyld.jsonld")
    expanded = jsonld.expand(data, {"documentLoader": offline_loader(contexts),
                                    "base": "https://newsroom.example/corpus/"})  # fmt: skip
    assert leaves(expanded) == leaves(data)
    return expanded


def test_the_document_expands_as_json_ld_with_every_term_defined(doc: dict[str, Any]) -> None:
    expanded = expand_all_terms(doc, {ANNO_CONTEXT: LOCAL_ANNO_CONTEXT})
    text = json.dumps(expanded)
    assert f'"{NATOIRAQ_NS}value": [{{"@type": "@json"' in text
    assert '"https://newsroom.example/corpus/seeds/000_928c17c2318db461.txt"' in text
    assert OA + "assessing" in text
    with pytest.raises(AssertionError):  # the check can fail: a term the context lacks
        expand_all_terms(doc | {"madeUp": "x"}, {ANNO_CONTEXT: LOCAL_ANNO_CONTEXT})


@pytest.mark.parametrize("fmt", EXPORTS)
def test_cli_writes_each_export_byte_identical_in_every_process(tmp_path: Path, fmt: str) -> None:
    """Both exports (ClaimReview too): sets and dicts of str order differently per hash seed."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"{fmt}-{seed}.jsonld"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "natoiraq", "reconcile", "--format", fmt,
                        "--out", str(out)], cwd=REPO, env=env, check=True,
                       capture_output=True)  # fmt: skip
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert json.loads(outs[0].decode("utf-8"))


def test_cli_w3c_on_stdout_and_to_a_file(run_cli: RunCli, tmp_path: Path, real: Corpus,
                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(REPO)
    shown = run_cli(["reconcile", "--format", "w3c", "--kind", "count"])
    assert shown.exit_code == 0
    assert shown.stderr == ""
    expected = render_w3c(filter_report(reconcile(real), kinds=["count"]), real)
    assert shown.stdout == expected
    written = run_cli(["reconcile", "--format", "w3c", "--kind", "count", "--out",
                       str(tmp_path / "a.jsonld")])  # fmt: skip
    assert (written.exit_code, written.stdout) == (0, "")
    assert (tmp_path / "a.jsonld").read_text(encoding="utf-8") == expected
