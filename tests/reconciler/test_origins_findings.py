"""Findings count independent origins: agreement between reprints of one story is an echo."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from natoiraq.checker import judge_claims
from natoiraq.corpus import ArticleRecord, Corpus
from natoiraq.models import CountClaim, Origin
from natoiraq.reconciler import Report, reconcile
from natoiraq.report import render
from natoiraq.validator import load_corpus
from tests.reconciler.test_reconcile import article, corpus, count, quote

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "schema" / "reconcile-report.schema.json"

WIRE = "NATO said 500 troops stay. Stoltenberg said: We stay in Iraq."
REPRINT = "A paper wrote that 500 troops stay. Stoltenberg said: We stay in Iraq."
OTHER = "Officials counted 500 troops. Stoltenberg said: We stay in Iraq."


def reprint_of(record: ArticleRecord, of: str) -> ArticleRecord:
    """The record, stating that its text reprints corpus article `of` (forces the group)."""
    origin = Origin(kind="article", source=f"Outlet {of}", article=of, basis="stated",
                    evidence="(Reuters) credit line")  # fmt: skip
    return replace(record, article=record.article.model_copy(update={"origins": [origin]}))


def wire() -> ArticleRecord:
    return article("a-wire", WIRE, count("c", "nmi-personnel", "500 troops", 500, 500),
                   quote("q", "We stay in Iraq."))  # fmt: skip


def reprint() -> ArticleRecord:
    record = article("b-reprint", REPRINT, count("c", "nmi-personnel", "500 troops", 500, 500),
                     quote("q", "We stay in Iraq."))  # fmt: skip
    return reprint_of(record, "a-wire")


def other() -> ArticleRecord:
    return article("c-other", OTHER, count("c", "nmi-personnel", "500 troops", 500, 500),
                   quote("q", "We stay in Iraq."))  # fmt: skip


def finding(report: Report, kind: str):  # type: ignore[no-untyped-def]
    return next(f for f in report.findings if f.kind == kind)


@pytest.mark.parametrize("kind", ["count", "quote"])
def test_agreement_of_one_origin_is_an_echo(kind: str) -> None:
    report = reconcile(corpus(wire(), reprint()))
    found = finding(report, kind)
    assert found.verdict == "agree"
    assert "single-origin" in found.reasons
    assert found.origins == 1
    assert found.explanation.endswith("2 articles, 1 origin: an echo, not corroboration.")
    assert {c.origin for c in found.claims} == {"a-wire"}
    text = render(report, "text")
    assert "agree: 2 articles, 1 origin" in text
    assert "== Origins (1) ==" in text
    assert "b-reprint records a-wire as the origin of its text (article)" in text


@pytest.mark.parametrize("kind", ["count", "quote"])
def test_an_independent_article_makes_it_corroboration(kind: str) -> None:
    report = reconcile(corpus(wire(), reprint(), other()))
    found = finding(report, kind)
    assert found.verdict == "agree"
    assert "single-origin" not in found.reasons
    assert found.origins == 2
    assert "echo" not in found.explanation
    assert {c.article: c.origin for c in found.claims} == {
        "a-wire": "a-wire", "b-reprint": "a-wire", "c-other": "c-other"}  # fmt: skip
    for fmt in ("text", "markdown", "html"):
        assert "agree: 3 articles, 2 origins" in render(report, fmt)


def test_independent_articles_show_no_origin_counts() -> None:
    """Only the counts say how many origins ("2 articles (2 independent origins)"): no finding of
    independent articles carries an origin count or single-origin, and there is no Origins
    section."""
    report = reconcile(corpus(wire(), other()))
    assert all(f.origins == 2 and "single-origin" not in f.reasons for f in report.findings)
    for fmt in ("text", "markdown", "html"):
        rendered = render(report, fmt)
        assert "2 articles (2 independent origins)" in rendered
        assert rendered.lower().count("origin") == rendered.count("2 independent origins")


@pytest.mark.parametrize("articles", [[wire, reprint], [wire, reprint, other], [wire, other]])
def test_the_json_validates_against_the_schema(articles: list) -> None:  # type: ignore[type-arg]
    report = reconcile(corpus(*(make() for make in articles)))
    data = json.loads(render(report, "json"))
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert [g["id"] for g in data["origins"]] == sorted({g["id"] for g in data["origins"]})
    assert all(c["origin"] for f in data["findings"] for c in f["claims"])


def test_check_names_the_origins_of_a_supported_claim() -> None:
    draft = article("draft", "It has 500 troops.", count("c", "nmi-personnel", "500 troops", 500,
                                                         500))  # fmt: skip
    claim = draft.article.claims[0]
    assert isinstance(claim, CountClaim)
    echo = judge_claims("It has 500 troops.", [claim], corpus(wire(), reprint()))[0]
    assert echo.verdict == "supported"
    assert "single-origin" in echo.reasons
    assert "Supported by 2 articles, 1 origin: one origin, an echo" in echo.explanation
    assert [s.origin for s in echo.sources] == ["a-wire", "a-wire"]
    assert echo.as_dict()["origins"] == 1
    both = judge_claims("It has 500 troops.", [claim], corpus(wire(), reprint(), other()))[0]
    assert both.verdict == "supported"
    assert "single-origin" not in both.reasons
    assert "Supported by 3 articles, 2 origins." in both.explanation
    assert both.as_dict()["origins"] == 2


@pytest.fixture(scope="module")
def bundled() -> Corpus:
    loaded = load_corpus(ROOT / "corpus", ROOT)
    assert loaded.corpus is not None
    return loaded.corpus


def test_the_bundled_corpus_counts_every_article_as_its_own_origin(bundled: Corpus) -> None:
    report = reconcile(bundled)
    assert report.shared_origins() == ()
    for found in report.findings:
        assert found.origins == len(found.articles)
        assert "single-origin" not in found.reasons
        assert all(c.origin == c.article for c in found.claims)
    for fmt in ("text", "markdown", "html"):
        assert "Origins" not in render(report, fmt)
