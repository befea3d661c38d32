"""`cap_sources` (issue 15): at most N sources shown per checked claim, chosen so each side of a
conflict and each independent origin is there, in their order, with the totals of all of them."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from natoiraq.checker import CheckedClaim, CheckReport, cap_sources
from natoiraq.reconciler import ClaimRef
from natoiraq.report.check import render_check

FITS = "2020-01-03: fits the draft"
CLASHES = "2020-01-02: conflicts with the draft"


def _ref(article: str, note: str, origin: str = "") -> ClaimRef:
    return ClaimRef(
        article=article, seed=f"seeds/{article}.txt", claim="strike-date", exact="Jan. 3",
        start=10, end=16, value={"earliest": "2020-01-03"}, note=note, origin=origin,
    )  # fmt: skip


#: 20 sources that fit (the first 15 reprints of one wire story, then 5 of their own), then 5
#: that conflict (2 reprints of one story, 3 of their own): the first 20 alone would hide the
#: conflict. 10 independent origins in all.
FIT_REFS = tuple(_ref(f"a{i:02}", FITS, "wire" if i < 15 else "") for i in range(20))
CLASH_REFS = tuple(_ref(f"b{i}", CLASHES, "afp" if i < 2 else "") for i in range(5))
SOURCES = FIT_REFS + CLASH_REFS


def _claim(sources: tuple[ClaimRef, ...], cid: str = "date-1") -> CheckedClaim:
    return CheckedClaim(
        id=cid, kind="date", topic="strike", exact="Jan. 2", start=14, end=20, line=1, col=15,
        value={"earliest": "2020-01-02"}, verdict="contested", reasons=("sources-disagree",),
        explanation="Sources disagree: 20 articles say January 3, 5 say January 2.",
        sources=sources,
    )  # fmt: skip


def _report(*claims: CheckedClaim) -> CheckReport:
    text = "The strike on Jan. 2 killed him.\n"
    return CheckReport("draft.md", "2020-01-06", "given", "--published", claims, text=text)


def _articles(claim: CheckedClaim) -> list[str]:
    return [s.article for s in claim.sources]


def test_a_claim_counts_its_sources_and_origins_when_made() -> None:
    claim = _claim(SOURCES)
    assert (claim.sources_total, claim.origins_total, claim.sources_left_out) == (25, 10, 0)
    assert (_claim(()).sources_total, _claim(()).origins_total) == (0, 0)


def test_each_side_comes_first_then_each_origin_then_the_rest_in_order() -> None:
    capped = cap_sources(_report(_claim(SOURCES)), 3).claims[0]
    # One per side (a00, b0), then the first fitting origin not shown yet (a15, its own).
    assert _articles(capped) == ["a00", "a15", "b0"]
    capped = cap_sources(_report(_claim(SOURCES)), 8).claims[0]
    # Each side, then every (side, origin) pair that fits in 8: the 15 wire reprints count once.
    assert _articles(capped) == ["a00", "a15", "a16", "a17", "a18", "a19", "b0", "b2"]
    capped = cap_sources(_report(_claim(SOURCES)), 12).claims[0]
    # All 10 pairs (b3, b4 too), then the rest in order: a01 and a02.
    assert _articles(capped) == [
        "a00", "a01", "a02", "a15", "a16", "a17", "a18", "a19", "b0", "b2", "b3", "b4"]  # fmt: skip


def test_a_cap_of_one_keeps_the_first_source() -> None:
    assert _articles(cap_sources(_report(_claim(SOURCES)), 1).claims[0]) == ["a00"]


def test_the_totals_count_all_sources_and_the_rest_is_unchanged() -> None:
    claim = _claim(SOURCES)
    capped = cap_sources(_report(claim), 3).claims[0]
    assert (capped.sources_total, capped.origins_total, capped.sources_left_out) == (25, 10, 22)
    assert capped.explanation == claim.explanation
    assert replace(capped, sources=SOURCES) == claim
    # Capping again keeps the totals of all sources, not of the shown ones.
    again = cap_sources(cap_sources(_report(claim), 8), 3).claims[0]
    assert (again.sources_total, again.origins_total) == (25, 10)
    assert _articles(again) == _articles(capped)


@pytest.mark.parametrize("limit", [None, 0, 25, 100])
def test_no_limit_or_a_high_one_keeps_every_source(limit: int | None) -> None:
    report = _report(_claim(SOURCES), _claim(FIT_REFS[:2], "date-2"))
    capped = cap_sources(report, limit)
    assert capped.claims == report.claims
    # The report says what the cap was (JSON `sources_limit`), None for none.
    assert capped.sources_limit == (limit or None)


def test_only_claims_over_the_limit_change() -> None:
    small = _claim(CLASH_REFS[:2], "date-2")
    capped = cap_sources(_report(_claim(SOURCES), small), 2)
    assert capped.claims[1] is small
    assert _articles(capped.claims[0]) == ["a00", "b0"]


def test_the_json_keeps_shown_sources_and_counts_all() -> None:
    claim = json.loads(render_check(cap_sources(_report(_claim(SOURCES)), 3), "json"))["claims"][0]
    keys = list(claim)
    assert keys[keys.index("sources") + 1 : keys.index("sources") + 3] == [
        "sources_total", "origins"]  # fmt: skip
    assert [s["article"] for s in claim["sources"]] == ["a00", "a15", "b0"]
    assert (claim["sources_total"], claim["origins"]) == (25, 10)


def test_the_json_of_an_uncapped_claim_counts_its_sources() -> None:
    claim = json.loads(render_check(_report(_claim(SOURCES)), "json"))["claims"][0]
    assert (len(claim["sources"]), claim["sources_total"], claim["origins"]) == (25, 25, 10)


MORE = "… and 22 more sources (10 independent origins in all); `--sources all` lists every one."


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_text_and_markdown_say_how_many_more(fmt: str) -> None:
    lines = render_check(cap_sources(_report(_claim(SOURCES)), 3), fmt).splitlines()
    assert MORE in [line.strip() for line in lines]
    assert "more source" not in render_check(_report(_claim(SOURCES)), fmt)


def test_html_says_how_many_more() -> None:
    page = render_check(cap_sources(_report(_claim(SOURCES)), 3), "html")
    assert "<h4>3 of 25 sources</h4>" in page
    assert (
        '<p class="note">… and 22 more sources (10 independent origins in all); '
        "<code>--sources all</code> lists every one.</p>"
    ) in page
    uncapped = render_check(_report(_claim(SOURCES)), "html")
    assert "<h4>25 sources</h4>" in uncapped
    assert "more source" not in uncapped


def test_large_numbers_have_a_thousands_separator() -> None:
    many = tuple(_ref(f"x{i:04}", FITS) for i in range(4500))
    text = render_check(cap_sources(_report(_claim(many)), 20), "text")
    assert (
        "… and 4,480 more sources (4,500 independent origins in all); `--sources all` lists "
        "every one."
    ) in text


def test_one_more_source_and_one_origin_are_singular() -> None:
    text = render_check(cap_sources(_report(_claim(FIT_REFS[:2])), 1), "text")
    assert "… and 1 more source (1 independent origin in all);" in text


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_check_story_builds_only_the_sources_cap_sources_would_keep(limit: int) -> None:
    # check_story(sources_limit=N) never builds the others (issue 15); what it shows and counts
    # is what capping the full report shows and counts.
    from natoiraq.checker import check_story
    from natoiraq.report.check import render_check
    from natoiraq.validator import load_corpus
    from tests.conftest import REPO

    corpus = load_corpus(REPO / "corpus", REPO).corpus
    assert corpus is not None
    drafts = [REPO / "examples" / "draft-story.md", *(REPO / "evalsets" / "check").glob("c*.md")]
    capped_any = False
    for draft in sorted(drafts):
        text = draft.read_text(encoding="utf-8")
        full = check_story(text, corpus, story=draft.name)
        lazy = check_story(text, corpus, story=draft.name, sources_limit=limit)
        assert render_check(lazy, "json") == render_check(cap_sources(full, limit), "json")
        capped_any |= any(c.sources_left_out for c in lazy.claims)
    assert capped_any
