"""`reconcile --format claimreview`: schema.org ClaimReview JSON-LD, one per rated finding."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from natoiraq.corpus import Corpus
from natoiraq.io.seeds import load_seed
from natoiraq.models import CountValue
from natoiraq.reconciler import ReconFinding, Report, filter_report, reconcile
from natoiraq.report import render_chunks
from natoiraq.report.claimreview import RATINGS, rating, render_claimreview
from natoiraq.report.exports import count_words
from tests.conftest import REPO, RunCli
from tests.report.test_w3c import expand_all_terms, real, real_report, with_draft  # noqa: F401

# --------------------------------------------------------------------------- our schema
# Written by us from schema.org's type definitions (https://schema.org/ClaimReview, /Rating,
# /Claim, /NewsArticle) and Google's fact-check guidance: every property we write is one the
# type has (JSON-LD would map a made-up one to a schema.org IRI that does not exist, silently),
# and the properties Google requires (claimReviewed, reviewRating with alternateName) are there.

_STRING = {"type": "string", "minLength": 1}
_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_LOCAL_ID = {"type": "string", "pattern": "^#"}


def node(type_: str, required: list[str], **properties: object) -> dict[str, object]:
    return {"type": "object", "required": ["@type", *required], "additionalProperties": False,
            "properties": {"@type": {"const": type_}, **properties}}  # fmt: skip


ORGANIZATION = node("Organization", ["name"], name=_STRING, description=_STRING, url=_STRING)
EXCERPT = node("CreativeWork", ["identifier", "text", "url"], identifier=_STRING, text=_STRING,
               url={"type": "string", "pattern": r"#selector\(type=TextPositionSelector,"
                                                 r"start=\d+,end=\d+\)$"},
               creativeWorkStatus=_STRING)  # fmt: skip
NEWS_ARTICLE = node(
    "NewsArticle", ["@id", "identifier", "inLanguage", "publisher", "archivedAt", "hasPart"],
    **{"@id": _LOCAL_ID}, identifier=_STRING, headline=_STRING, datePublished=_DATE,
    inLanguage=_STRING, publisher=ORGANIZATION, url=_STRING, archivedAt=_STRING,
    translationOfWork=node("CreativeWork", ["inLanguage"], inLanguage=_STRING),
    hasPart={"type": "array", "minItems": 1, "items": EXCERPT},
)  # fmt: skip
CLAIM = node("Claim", ["appearance"],
             appearance={"type": "array", "minItems": 1, "items": NEWS_ARTICLE},
             firstAppearance={"type": "object", "required": ["@id"],
                              "additionalProperties": False, "properties": {"@id": _LOCAL_ID}},
             datePublished=_DATE)  # fmt: skip
RATING = node(
    "Rating", ["ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation"],
    ratingValue={"type": "integer", "minimum": 1, "maximum": 5}, bestRating={"const": 5},
    worstRating={"const": 1}, alternateName={"enum": [label for _, label in RATINGS.values()]},
    ratingExplanation=_STRING, reviewAspect={"type": "array", "minItems": 1, "items": _STRING},
)  # fmt: skip
CLAIM_REVIEW = node(
    "ClaimReview",
    ["@id", "identifier", "claimReviewed", "reviewRating", "itemReviewed", "author"],
    **{"@id": _LOCAL_ID}, identifier=_STRING, isPartOf={"const": {"@id": "#natoiraq-claimreview"}},
    inLanguage={"const": "en"}, claimReviewed=_STRING, reviewRating=RATING, itemReviewed=CLAIM,
    author=ORGANIZATION,
)  # fmt: skip
DATASET = node(
    "Dataset", ["@id", "name", "description", "version", "creator", "isBasedOn"],
    **{"@id": {"const": "#natoiraq-claimreview"}}, name=_STRING, description=_STRING,
    version={"const": 1}, inLanguage={"const": "en"}, creator=ORGANIZATION,
    isBasedOn=node("Dataset", ["name", "identifier"], name=_STRING,
                   identifier={"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"}),
)  # fmt: skip
DOCUMENT = {
    "type": "object",
    "required": ["@context", "@graph"],
    "additionalProperties": False,
    "properties": {
        "@context": {"const": "https://schema.org"},  # Google reads this context alone
        "@graph": {"type": "array", "prefixItems": [DATASET], "items": CLAIM_REVIEW},
    },
}


@pytest.fixture(scope="module")
def doc(real: Corpus, real_report: Report) -> dict[str, Any]:  # noqa: F811
    data: dict[str, Any] = json.loads(render_claimreview(real_report, real))
    return data


def reviews(doc: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = doc["@graph"][1:]
    return found


def by_id(doc: dict[str, Any], fid: str) -> dict[str, Any]:
    return next(r for r in reviews(doc) if r["identifier"] == fid)


# --------------------------------------------------------------------------- structure


def test_the_document_fits_schema_org_and_google_required_properties(doc: dict[str, Any]) -> None:
    errors = sorted(Draft202012Validator(DOCUMENT).iter_errors(doc), key=str)
    assert [f"{list(e.absolute_path)}: {e.message}" for e in errors] == []
    assert len(reviews(doc)) == 24


def test_the_schema_rejects_a_made_up_property(doc: dict[str, Any]) -> None:
    bad = json.loads(json.dumps(doc))
    bad["@graph"][1]["reviewRating"]["verdict"] = "conflict"
    assert not Draft202012Validator(DOCUMENT).is_valid(bad)


RATED = [
    pytest.param("date:soleimani-strike", 2, "conflict", id="conflict"),
    pytest.param("quote:jens-stoltenberg:001-dod-news:quote-new-conflict", 3, "variant",
                 id="variant"),
    pytest.param("date:munich-security-conference-2020", 4, "single-source",
                 id="single-source-reference-consistent"),
    pytest.param("date:nmi-enhancement-2020-02", 1, "likely-error",
                 id="single-source-reference-inconsistent"),
    pytest.param("count:nmi-personnel", 4, "compatible", id="compatible"),
    pytest.param("date:nac-meeting-2020-01-06", 5, "agree", id="agree"),
]  # fmt: skip


@pytest.mark.parametrize(("fid", "value", "label"), RATED)
def test_each_kind_of_finding_gets_its_row_of_the_scale(
        doc: dict[str, Any], fid: str, value: int, label: str) -> None:  # fmt: skip
    got = by_id(doc, fid)["reviewRating"]
    assert (got["ratingValue"], got["alternateName"]) == (value, label)
    assert (got["bestRating"], got["worstRating"]) == (5, 1)


UNRATED = [
    pytest.param("name:qasem-soleimani", id="name-spelling"),
    pytest.param("date:iraqi-protests-2019", id="single-source-unchecked"),
    pytest.param("quote:jens-stoltenberg:003-sputnik:quote-horrendous-violence",
                 id="single-source-quote"),
]  # fmt: skip


@pytest.mark.parametrize("fid", UNRATED)
def test_findings_that_rate_no_claim_get_no_review(doc: dict[str, Any], fid: str,
                                                   real_report: Report) -> None:  # noqa: F811
    assert fid in {f.id for f in real_report.findings}
    assert fid not in {r["identifier"] for r in reviews(doc)}


def test_a_reference_the_sources_agree_against_makes_a_likely_error(real_report: Report) -> None:  # noqa: F811
    agree = next(f for f in real_report.findings if f.verdict == "agree")
    excluded = replace(agree, reasons=("reference-inconsistent",))
    assert rating(agree) == (5, "agree")
    assert rating(excluded) == (1, "likely-error")


def test_reviews_follow_the_report_order_with_ids_from_finding_ids(doc: dict[str, Any],
                                                                   real_report: Report) -> None:  # noqa: F811
    rated = [f.id for f in real_report.findings if rating(f) is not None]
    assert [r["identifier"] for r in reviews(doc)] == rated
    assert [r["@id"] for r in reviews(doc)] == [f"#finding/{fid}" for fid in rated]


def test_claim_reviewed_is_in_registry_names_and_values(doc: dict[str, Any],
                                                        real_report: Report) -> None:  # noqa: F811
    texts = {r["identifier"]: r["claimReviewed"] for r in reviews(doc)}
    assert texts["date:soleimani-strike"] == (
        "U.S. strike that killed Qasem Soleimani: 3 January 2020 or 2 January 2020 or "
        "1-10 January 2020")
    assert texts["count:nato-member-count"] == "Number of NATO member states: 29 members"
    assert texts["quote:jens-stoltenberg:001-dod-news:quote-new-conflict"] == (
        'Jens Stoltenberg said "A new conflict would be in no one’s interest,"')
    assert texts["decision:nato:stay:iraq"] == (
        "North Atlantic Treaty Organization: stay Iraq (conditional)")
    topics = {f.id: f.topic for f in real_report.findings}
    assert [fid for fid, text in texts.items() if topics[fid] in text] == []


@pytest.mark.parametrize(("value", "words"), [
    pytest.param({"low": 450, "high": 550, "point": 500, "hedge": "around"},
                 "around 500 troops (450-550 troops)", id="around"),
    pytest.param({"low": 29, "high": 29, "point": 29, "hedge": "exact"}, "29 troops", id="exact"),
    pytest.param({"low": 300, "high": 900, "point": None, "hedge": "several"},
                 "several (300-900 troops)", id="no-point"),
    pytest.param({"low": 501, "high": None, "point": 500, "hedge": "more-than"},
                 "more than 500 troops (501 or more troops)", id="open"),
])  # fmt: skip
def test_counts_in_words(value: dict[str, Any], words: str) -> None:
    assert count_words(CountValue.model_validate(value | {"unit": "troops"})) == words


def test_appearances_name_each_article_and_point_at_the_exact_words(doc: dict[str, Any]) -> None:
    strike = by_id(doc, "date:soleimani-strike")["itemReviewed"]
    assert [a["identifier"] for a in strike["appearance"]] == ["000-spanish-wire",
                                                                "001-dod-news", "003-sputnik"]
    first = strike["appearance"][0]
    assert first["publisher"] == {"@type": "Organization", "name": (
        "Unknown website (English translation of Spanish-language wire copy)")}
    assert first["translationOfWork"] == {"@type": "CreativeWork", "inLanguage": "es"}
    assert first["archivedAt"] == "seeds/000_928c17c2318db461.txt"
    assert first["hasPart"] == [{
        "@type": "CreativeWork", "identifier": "date-strike-last-friday", "text": "last Friday",
        "url": "seeds/000_928c17c2318db461.txt"
               "#selector(type=TextPositionSelector,start=2922,end=2933)"}]  # fmt: skip
    assert "headline" not in strike["appearance"][1]  # DoD News's seed has none
    assert all("url" not in a for a in strike["appearance"])  # no article URL is known


POINTER_RE = re.compile(r"^(?P<seed>[^#]+)#selector\(type=TextPositionSelector,"
                        r"start=(?P<start>\d+),end=(?P<end>\d+)\)$")  # fmt: skip


def test_every_text_pointer_reanchors_in_its_seed(doc: dict[str, Any]) -> None:
    texts: dict[str, str] = {}
    checked = 0
    for review in reviews(doc):
        for appearance in review["itemReviewed"]["appearance"]:
            for part in appearance["hasPart"]:
                found = POINTER_RE.match(part["url"])
                assert found, part["url"]
                seed = found["seed"]
                assert seed == appearance["archivedAt"]
                if seed not in texts:
                    texts[seed] = load_seed(REPO / seed).text
                assert texts[seed][int(found["start"]) : int(found["end"])] == part["text"]
                checked += 1
    assert checked > 24


def test_first_appearance_only_where_the_dates_tell(doc: dict[str, Any]) -> None:
    for review in reviews(doc):
        claim = review["itemReviewed"]
        dates = [a.get("datePublished") for a in claim["appearance"]]
        if "firstAppearance" not in claim:
            assert None in dates or sorted(dates).count(min(dates)) > 1 or len(dates) == 0, (
                review["identifier"])
            continue
        first = next(a for a in claim["appearance"] if a["@id"] == claim["firstAppearance"]["@id"])
        assert all(first["datePublished"] < d for d in dates if d != first["datePublished"])
        assert dates.count(first["datePublished"]) == 1
        assert claim["datePublished"] == first["datePublished"]
    # The strike: DoD News and the Spanish wire both published on 6 January, so no first.
    assert "firstAppearance" not in by_id(doc, "date:soleimani-strike")["itemReviewed"]
    ministerial = by_id(doc, "date:defence-ministerial-2020-02")["itemReviewed"]
    assert ministerial["firstAppearance"] == {
        "@id": "#finding/date:defence-ministerial-2020-02/article/002-jordan-times"}


def test_the_author_says_it_is_automatic_and_nothing_is_dated_today(doc: dict[str, Any]) -> None:
    author = reviews(doc)[0]["author"]
    assert author["name"] == "natoiraq (automatic reconciliation, not a human fact-check)"
    assert "no person checked the claims" in author["description"]
    assert all("datePublished" not in r for r in reviews(doc))
    assert dt.date.today().isoformat() not in json.dumps(doc)


# --------------------------------------------------------------------------- drafts, filters


def test_draft_excerpts_are_marked(real: Corpus) -> None:  # noqa: F811
    drafted = with_draft(real)
    data = json.loads(render_claimreview(reconcile(drafted, include_drafts=True), drafted))
    strike = by_id(data, "date:soleimani-strike")
    assert "draft-claims" in strike["reviewRating"]["reviewAspect"]
    parts = [p for a in strike["itemReviewed"]["appearance"] for p in a["hasPart"]]
    marked = [p["identifier"] for p in parts if "creativeWorkStatus" in p]
    assert marked == ["date-strike-january-3"]
    assert "unreviewed (draft) claims count" in data["@graph"][0]["description"]


def test_filters_apply_as_to_json(real: Corpus, real_report: Report) -> None:  # noqa: F811
    shown = filter_report(real_report, verdicts=["conflict"])
    data = json.loads(render_claimreview(shown, real))
    assert [r["identifier"] for r in reviews(data)] == ["date:soleimani-strike"]
    names = json.loads(render_claimreview(filter_report(real_report, kinds=["name"]), real))
    assert [n["@type"] for n in names["@graph"]] == ["Dataset"]


# --------------------------------------------------------------------------- JSON-LD, output

#: A schema.org context of ours for the offline expansion: the vocabulary, and the URL-valued
#: properties this export writes as IRIs (schema.org's context types `url` so).
LOCAL_SCHEMA_CONTEXT = {"@vocab": "http://schema.org/", "url": {"@type": "@id"},
                        "archivedAt": {"@type": "@id"}}  # fmt: skip


def test_the_document_expands_as_json_ld(doc: dict[str, Any]) -> None:
    expanded = json.dumps(expand_all_terms(doc, {"https://schema.org": LOCAL_SCHEMA_CONTEXT}))
    assert ('"@id": "https://newsroom.example/corpus/seeds/000_928c17c2318db461.txt'
            '#selector(type=TextPositionSelector,start=2922,end=2933)"') in expanded
    assert '"@id": "https://newsroom.example/corpus/#finding/date:soleimani-strike"' in expanded


def test_cli_claimreview_matches_the_renderer_and_is_deterministic(
        run_cli: RunCli, tmp_path: Path, real: Corpus,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(REPO)
    out = tmp_path / "reviews.jsonld"
    result = run_cli(["reconcile", "--format", "claimreview", "--out", str(out)])
    assert (result.exit_code, result.stdout) == (0, "")
    written = out.read_text(encoding="utf-8")
    assert written == render_claimreview(reconcile(real), real)
    assert written == "".join(render_chunks(reconcile(real), "claimreview", corpus=real))
    again = run_cli(["reconcile", "--format", "claimreview"])
    assert again.stdout == written
    assert written.endswith("\n ]}\n")


def test_rating_is_none_only_for_names_and_unchecked_single_sources(
        real_report: Report) -> None:  # noqa: F811  # fmt: skip
    def expected(f: ReconFinding) -> bool:
        return f.kind != "name" and (f.verdict != "single-source"
                                     or bool({"reference-consistent", "reference-inconsistent"}
                                             & set(f.reasons)))  # fmt: skip

    assert [f.id for f in real_report.findings if (rating(f) is not None) != expected(f)] == []
