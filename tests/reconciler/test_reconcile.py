"""Reconciliation on small corpora built in code: every verdict and every reason code."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from natoiraq.compare.quotes import quotes_match
from natoiraq.corpus import ArticleRecord, Corpus
from natoiraq.models import Article, Origin, Reference, Registry
from natoiraq.reconciler import (
    REASONS,
    ReconFinding,
    Report,
    filter_report,
    reconcile,
)
from natoiraq.text import fold_quote

SHA = "0" * 64

# --------------------------------------------------------------------------- builders
# A claim is given by the exact text it quotes from the article; `article()` finds its offsets.


def date(cid: str, topic: str, exact: str, earliest: str | None, latest: str | None = None,
         granularity: str = "day", basis: str = "explicit") -> dict[str, Any]:  # fmt: skip
    value: dict[str, Any] = {"granularity": granularity, "basis": basis}
    if earliest is not None:
        value |= {"earliest": earliest, "latest": latest or earliest}
    return {"id": cid, "kind": "date", "topic": topic, "exact": exact, "value": value}


def count(cid: str, topic: str, exact: str, low: int, high: int | None, hedge: str = "exact",
          unit: str = "troops", point: int | None = None) -> dict[str, Any]:  # fmt: skip
    value = {"low": low, "high": high, "point": point, "hedge": hedge, "unit": unit}
    return {"id": cid, "kind": "count", "topic": topic, "exact": exact, "value": value}


def quote(cid: str, text: str, speaker: str = "jens-stoltenberg", topic: str = "nmi",
          verbatim: bool = True) -> dict[str, Any]:  # fmt: skip
    value = {"speaker": speaker, "text": text, "verbatim": verbatim}
    return {"id": cid, "kind": "quote", "topic": topic, "exact": text, "value": value}


def decision(cid: str, exact: str, action: str = "suspend", modality: str = "done",
             negated: bool = False, when: dict[str, Any] | None = None,
             topic: str = "nmi") -> dict[str, Any]:  # fmt: skip
    value: dict[str, Any] = {"actor": "nato", "action": action, "object": "nmi",
                             "modality": modality, "negated": negated}  # fmt: skip
    if when is not None:
        value["date"] = when
    return {"id": cid, "kind": "decision", "topic": topic, "exact": exact, "value": value}


def article(aid: str, text: str, *claims: dict[str, Any], published: str = "2020-01-06",
            timezone: str | None = None, translated_from: str | None = None,
            boilerplate: tuple[tuple[str, str], ...] = ()) -> ArticleRecord:  # fmt: skip
    built = []
    for claim in claims:
        exact = claim.pop("exact")
        start = text.index(exact)
        built.append(claim | {"status": "reviewed",
                              "evidence": {"exact": exact, "start": start,
                                           "end": start + len(exact)}})  # fmt: skip
    spans = []
    for exact, reason in boilerplate:
        start = text.index(exact)
        spans.append({"start": start, "end": start + len(exact), "reason": reason})
    model = Article.model_validate({
        "id": aid, "seed": f"seeds/{aid}.txt", "sha256": SHA,
        "outlet": {"name": f"Outlet {aid}", "basis": "stated"},
        "published": {"date": published, "basis": "stated", "why": "dateline"},
        "timezone": timezone, "language": "en", "translated_from": translated_from,
        "boilerplate": spans, "claims": built,
    })  # fmt: skip
    return ArticleRecord(path=f"corpus/articles/{aid}.yaml", article=model, text=text)


REGISTRY = Registry.model_validate({
    "entities": [
        {"id": "qasem-soleimani", "type": "person", "name": "Qasem Soleimani",
         "aliases": ["Soleimani"], "spellings": ["Qassem Soleimani"]},
        {"id": "mohammed-allawi", "type": "person", "name": "Mohammed Allawi",
         "spellings": ["Mohammed Alawi"]},
        {"id": "jens-stoltenberg", "type": "person", "name": "Jens Stoltenberg"},
        {"id": "nato", "type": "organisation", "name": "NATO"},
    ],
    "events": [{"id": "soleimani-strike", "name": "The strike", "start": "2020-01-03",
                "timezone": "Asia/Baghdad"}],
    "quantities": [{"id": "nato-member-count", "name": "NATO members", "unit": "members"},
                   {"id": "nmi-personnel", "name": "NMI personnel", "unit": "troops"}],
    "topics": [{"id": "nmi", "name": "NATO Mission Iraq"}],
})  # fmt: skip

STRIKE = {"id": "strike-instant", "topic": "soleimani-strike", "kind": "instant",
          "instant": "2020-01-03T01:00:00+03:00", "timezone": "Asia/Baghdad",
          "source": "https://example.org/strike"}  # fmt: skip
MEMBERS = {"id": "members-29", "topic": "nato-member-count", "kind": "count",
           "count": {"low": 29, "high": 29, "point": 29, "hedge": "exact", "unit": "members"},
           "valid": {"start": "2017-06-05", "end": "2020-03-26"},
           "source": "https://example.org/members"}  # fmt: skip


def corpus(*records: ArticleRecord, facts: tuple[dict[str, Any], ...] = ()) -> Corpus:
    reference = Reference.model_validate({"facts": list(facts)})
    return Corpus(registry=REGISTRY, reference=reference, articles=list(records))


def one_quote(report: Report) -> ReconFinding:
    found = [f for f in report.findings if f.kind == "quote"]
    assert len(found) == 1, [f.id for f in found]
    assert found[0].id.startswith("quote:jens-stoltenberg:")
    return found[0]


def only(report: Report, fid: str) -> ReconFinding:
    found = [f for f in report.findings if f.id == fid]
    assert len(found) == 1, [f.id for f in report.findings]
    return found[0]


# --------------------------------------------------------------------------- dates


def test_day_exact_dates_that_match_agree() -> None:
    report = reconcile(corpus(
        article("a", "It happened on Jan. 3.",
                date("d", "soleimani-strike", "Jan. 3", "2020-01-03")),
        article("b", "It happened on January 3.",
                date("d", "soleimani-strike", "January 3", "2020-01-03")),
    ))  # fmt: skip
    finding = only(report, "date:soleimani-strike")
    assert (finding.verdict, finding.reasons) == ("agree", ())
    assert [c.key for c in finding.claims] == ["a/d", "b/d"]


def test_overlapping_dates_of_different_precision_are_compatible() -> None:
    report = reconcile(corpus(
        article("a", "On Jan. 3 it happened.",
                date("d", "soleimani-strike", "Jan. 3", "2020-01-03")),
        article("b", "In early January.", date("d", "soleimani-strike", "early January",
                                               "2020-01-01", "2020-01-10", "part-of-month")),
    ))  # fmt: skip
    finding = only(report, "date:soleimani-strike")
    assert (finding.verdict, finding.reasons) == ("compatible", ("precision",))
    assert "differ in precision" in finding.explanation


def strike_corpus(tz_a: str | None = "America/New_York") -> Corpus:
    return corpus(
        article("a", "A U.S. airstrike killed him Jan. 2.",
                date("d", "soleimani-strike", "Jan. 2", "2020-01-02"), timezone=tz_a),
        article("b", "The January 3 strike, in early January.",
                date("d", "soleimani-strike", "January 3", "2020-01-03"),
                date("e", "soleimani-strike", "early January", "2020-01-01", "2020-01-10",
                     "part-of-month"), timezone="Asia/Baghdad"),
        article("c", "The bombing last Friday in Baghdad.",
                date("d", "soleimani-strike", "last Friday", "2020-01-03",
                     basis="relative-to-publication")),
        facts=(STRIKE,),
    )  # fmt: skip


def test_one_day_apart_is_a_conflict_that_time_zones_explain() -> None:
    finding = only(reconcile(strike_corpus()), "date:soleimani-strike")
    assert finding.verdict == "conflict"
    assert finding.reasons == ("date-mismatch", "tz-plausible")
    assert finding.explanation == (
        "The sources give different dates for The strike (a: 2 January 2020; b and c: "
        "3 January 2020), a difference time zones explain: the reference instant "
        "(strike-instant) is 01:00 on 3 January 2020 in Asia/Baghdad, when it was 17:00 on "
        "2 January 2020 in America/New_York, the zone a dates events in; the vaguer "
        '"early January" (b) fits both sides.'
    )
    by_key = {c.key: c for c in finding.claims}
    # The vaguer and the relative claims say which side they fit.
    assert by_key["b/e"].compatible_with == ("a/d", "b/d", "c/d")
    assert by_key["c/d"].compatible_with == ("b/d",)
    assert by_key["a/d"].compatible_with == ()
    assert "gives no time zone" in by_key["c/d"].note
    assert "America/New_York" in by_key["a/d"].note


def test_conflict_without_a_zone_that_explains_it_is_not_tz_plausible() -> None:
    finding = only(reconcile(strike_corpus(tz_a=None)), "date:soleimani-strike")
    assert finding.verdict == "conflict"
    # 2 January is neither the Baghdad date nor any zone article a gives: the claim misses.
    assert finding.reasons == ("date-mismatch", "reference-inconsistent")


def test_dates_two_days_apart_are_not_tz_plausible() -> None:
    report = reconcile(corpus(
        article("a", "On Jan. 1.", date("d", "soleimani-strike", "Jan. 1", "2020-01-01"),
                timezone="America/New_York"),
        article("b", "On Jan. 3.", date("d", "soleimani-strike", "Jan. 3", "2020-01-03")),
        facts=(STRIKE,),
    ))  # fmt: skip
    finding = only(report, "date:soleimani-strike")
    assert finding.reasons == ("date-mismatch", "reference-inconsistent")


def test_single_source_date_is_checked_against_a_date_fact() -> None:
    fact = {"id": "nac", "topic": "nac-meeting", "kind": "date",
            "date": {"earliest": "2020-01-06", "latest": "2020-01-06", "granularity": "day",
                     "basis": "explicit"}, "source": "https://example.org/nac"}  # fmt: skip
    good = reconcile(corpus(article("a", "On Monday.", date("d", "nac-meeting", "Monday",
                                                            "2020-01-06")), facts=(fact,)))
    bad = reconcile(corpus(article("a", "On Tuesday.", date("d", "nac-meeting", "Tuesday",
                                                            "2020-01-07")), facts=(fact,)))
    assert only(good, "date:nac-meeting").verdict == "single-source"
    assert only(good, "date:nac-meeting").reasons == ("reference-consistent",)
    assert only(bad, "date:nac-meeting").reasons == ("reference-inconsistent",)
    assert only(good, "date:nac-meeting").references == ("nac",)


def test_an_unresolved_date_is_listed_but_not_compared() -> None:
    report = reconcile(corpus(
        article("a", "On Jan. 3.", date("d", "soleimani-strike", "Jan. 3", "2020-01-03")),
        article("b", "Recently.", date("d", "soleimani-strike", "Recently", None,
                                       granularity="day", basis="unresolved")),
    ))  # fmt: skip
    finding = only(report, "date:soleimani-strike")
    assert finding.verdict == "agree"
    assert "not compared" in finding.claims[1].note


# --------------------------------------------------------------------------- counts


def test_single_source_count_consistent_with_the_reference() -> None:
    report = reconcile(corpus(
        article("a", "the 29-member alliance", count("m", "nato-member-count", "29-member",
                                                     29, 29, unit="members", point=29),
                published="2020-02-16"),
        facts=(MEMBERS,),
    ))  # fmt: skip
    finding = only(report, "count:nato-member-count")
    assert (finding.verdict, finding.reasons) == ("single-source", ("reference-consistent",))
    assert finding.explanation == (
        "Only a (Outlet a) gives NATO members: 29 members, consistent with the reference: "
        "29 members on 2020-02-16 [members-29]."
    )


def test_count_outside_the_validity_of_a_fact_is_not_checked() -> None:
    report = reconcile(corpus(
        article("a", "the 30-member alliance", count("m", "nato-member-count", "30-member",
                                                     30, 30, unit="members"),
                published="2020-04-01"),
        facts=(MEMBERS,),
    ))  # fmt: skip
    finding = only(report, "count:nato-member-count")
    assert finding.reasons == ()
    assert finding.explanation.endswith("no reference fact covers it.")


def test_count_inconsistent_with_the_reference_even_when_two_sources_agree() -> None:
    report = reconcile(corpus(
        article("a", "the 28-member alliance", count("m", "nato-member-count", "28-member",
                                                     28, 28, unit="members")),
        article("b", "its 28 members", count("m", "nato-member-count", "28", 28, 28,
                                             unit="members")),
        facts=(MEMBERS,),
    ))  # fmt: skip
    finding = only(report, "count:nato-member-count")
    assert (finding.verdict, finding.reasons) == ("agree", ("reference-inconsistent",))


@pytest.mark.parametrize(
    ("b_low", "b_high", "verdict", "reasons"),
    [
        pytest.param(500, 500, "agree", (), id="same"),
        pytest.param(300, 900, "compatible", ("precision",), id="several-hundred"),
        pytest.param(5200, 5200, "conflict", ("number-mismatch",), id="disjoint"),
        pytest.param(501, None, "conflict", ("number-mismatch",), id="more-than-above"),
    ],
)
def test_count_ranges(b_low: int, b_high: int | None, verdict: str,
                      reasons: tuple[str, ...]) -> None:  # fmt: skip
    report = reconcile(corpus(
        article("a", "500 troops", count("c", "nmi-personnel", "500 troops", 500, 500)),
        article("b", "some troops", count("c", "nmi-personnel", "some troops", b_low, b_high)),
    ))  # fmt: skip
    finding = only(report, "count:nmi-personnel")
    assert (finding.verdict, finding.reasons) == (verdict, reasons)


def test_counts_in_different_units_are_different_findings() -> None:
    report = reconcile(corpus(
        article("a", "500 troops", count("c", "nmi-personnel", "500 troops", 500, 500)),
        article("b", "3 bases", count("c", "nmi-personnel", "3 bases", 3, 3, unit="bases")),
    ))  # fmt: skip
    ids = [f.id for f in report.findings]
    # The quantity's own unit family keeps the plain id; another family gets its own finding.
    assert ids == ["count:nmi-personnel", "count:nmi-personnel:base"]


# --------------------------------------------------------------------------- quotes

VERBATIM = "In everything that we do, the safety of our personnel is paramount"
TRANSLATED = "In everything we do, personnel security is paramount, so we suspend training"


def test_the_same_words_after_folding_agree() -> None:
    report = reconcile(corpus(
        article("a", "“Everything we do will be in close consultation.”",
                quote("q", "Everything we do will be in close consultation.")),
        article("b", "that “everything we do will be in close  consultation”",
                quote("q", "everything we do will be in close  consultation")),
    ))  # fmt: skip
    finding = one_quote(report)
    assert (finding.verdict, finding.reasons) == ("agree", ())


def test_a_translated_quote_is_a_variant_with_a_word_diff() -> None:
    report = reconcile(corpus(
        article("a", f"“{TRANSLATED},” he said.", quote("q", TRANSLATED, verbatim=False),
                translated_from="es"),
        article("b", f"”{VERBATIM},” Stoltenberg said.", quote("q", VERBATIM)),
    ))  # fmt: skip
    finding = one_quote(report)
    assert (finding.verdict, finding.reasons) == ("variant", ("translation",))
    assert finding.base == "b/q"
    ops = [(op.op, op.a, op.b) for op in finding.diff]
    assert ops[:3] == [("equal", "In everything", "In everything"), ("delete", "that", ""),
                       ("equal", "we do", "we do")]  # fmt: skip
    assert ops[3:6] == [("delete", "the safety of our", ""), ("equal", "personnel", "personnel"),
                        ("insert", "", "security")]  # fmt: skip
    assert ops[-1] == ("insert", "", "so we suspend training")
    assert finding.claims[0].note == "translated"
    assert finding.claims[1].note == "base quote"


def test_quote_variant_flags_negation_number_and_name() -> None:
    report = reconcile(corpus(
        article("a", "“It is extremely important that Daesh will never return with 500 men”",
                quote("q", "It is extremely important that Daesh will never return with 500 men")),
        article("b", "“It is extremely important that ISIS will return with 600 men”",
                quote("q", "It is extremely important that ISIS will return with 600 men")),
    ))  # fmt: skip
    finding = one_quote(report)
    assert finding.verdict == "variant"
    assert finding.reasons == ("name", "negation", "number-mismatch", "wording")
    assert "a negation, a number and a name differs" in finding.explanation


def test_sentence_initial_capitals_are_not_names() -> None:
    report = reconcile(corpus(
        article("a", "“So Iran must refrain from further violence and provocations.”",
                quote("q", "So Iran must refrain from further violence and provocations.")),
        article("b", "“Thus Iran must refrain from further violence and provocations.”",
                quote("q", "Thus Iran must refrain from further violence and provocations.")),
    ))  # fmt: skip
    assert one_quote(report).reasons == ("wording",)


def test_unrelated_quotes_and_other_speakers_are_separate_findings() -> None:
    report = reconcile(corpus(
        article("a", "“We are there at the invitation of the authorities.” “NATO is ready.”",
                quote("q1", "We are there at the invitation of the authorities."),
                quote("q2", "NATO is ready.", speaker="mark-esper")),
        article("b", "“Our aim is to increase the capacity of the Iraqi armed forces.”",
                quote("q", "Our aim is to increase the capacity of the Iraqi armed forces.")),
    ))  # fmt: skip
    quotes = [(f.id, f.verdict) for f in report.findings if f.kind == "quote"]
    assert quotes == [("quote:jens-stoltenberg:a:q1", "single-source"),
                      ("quote:jens-stoltenberg:b:q", "single-source"),
                      ("quote:mark-esper:a:q2", "single-source")]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param(VERBATIM, TRANSLATED, True, id="translation"),
        pytest.param("A new conflict does not interest anyone, so Iran must stop violence",
                     "A new conflict would be in no one's interest", True, id="fragment"),
        pytest.param("is extremely important that Daesh is never able to return",
                     "It is extremely important for us that ISIS never returns", True, id="daesh"),
        pytest.param("We are there at the invitation of the authorities",
                     "We are in Iraq upon the invitation by the Iraqi government and we will only "
                     "stay in Iraq as long as we are welcome by the Iraqi government", False,
                     id="two-press-conferences"),
        pytest.param("NATO is committed to our training mission there",
                     "NATO is prepared to continue our training and capacity building when the "
                     "situation permits", False, id="shared-words-only"),
    ],
)
def test_quote_matching_thresholds(a: str, b: str, same: bool) -> None:
    assert quotes_match(fold_quote(a), fold_quote(b)) is same


def test_a_negated_quote_still_groups_but_never_agrees() -> None:
    report = reconcile(corpus(
        article("a", "“We will withdraw all our troops from Iraq”",
                quote("q", "We will withdraw all our troops from Iraq")),
        article("b", "“We will not withdraw all our troops from Iraq”",
                quote("q", "We will not withdraw all our troops from Iraq")),
    ))  # fmt: skip
    finding = one_quote(report)
    assert finding.verdict == "variant"
    assert "negation" in finding.reasons


# --------------------------------------------------------------------------- decisions


def test_decisions_done_against_planned_are_noted() -> None:
    report = reconcile(corpus(
        article("a", "NATO suspended training.", decision("s", "suspended training")),
        article("b", "NATO will suspend training.", decision("s", "will suspend training",
                                                             modality="planned")),
    ))  # fmt: skip
    finding = only(report, "decision:nato:suspend:nmi")
    assert (finding.verdict, finding.reasons) == ("compatible", ("modality",))
    assert finding.explanation == (
        'The sources differ on how settled NATO\'s "suspend" decision on NATO Mission Iraq is '
        "(done, planned, expected or conditional): suspend (done) in a; suspend (planned) in b."
    )


@pytest.mark.parametrize(
    ("b", "verdict", "reasons"),
    [
        pytest.param(decision("s", "suspended"), "agree", (), id="same"),
        pytest.param(decision("s", "suspended", negated=True), "conflict", ("negation",),
                     id="negated"),
        pytest.param(decision("s", "suspended", when={"earliest": "2020-01-05",
                                                      "latest": "2020-01-05",
                                                      "granularity": "day", "basis": "explicit"}),
                     "conflict", ("date-mismatch",), id="other-day"),
        pytest.param(decision("s", "suspended"), "agree", (), id="undated-both"),
    ],
)
def test_decision_verdicts(b: dict[str, Any], verdict: str, reasons: tuple[str, ...]) -> None:
    when = {"earliest": "2020-01-06", "latest": "2020-01-06", "granularity": "day",
            "basis": "explicit"} if b["value"].get("date") else None  # fmt: skip
    report = reconcile(corpus(
        article("a", "NATO suspended training.", decision("s", "suspended", when=when)),
        article("b", "NATO suspended training.", b),
    ))  # fmt: skip
    finding = only(report, "decision:nato:suspend:nmi")
    assert (finding.verdict, finding.reasons) == (verdict, reasons)


def test_a_single_decision_is_single_source() -> None:
    report = reconcile(corpus(article("a", "Ministers agreed to enhance the mission.",
                                      decision("e", "agreed to enhance", action="enhance"))))
    assert only(report, "decision:nato:enhance:nmi").verdict == "single-source"


# --------------------------------------------------------------------------- names


def test_spellings_across_and_within_articles_are_a_variant() -> None:
    report = reconcile(corpus(
        article("a", "Gen. Qassem Soleimani, head of the Quds Force. Soleimani died.", ),
        article("b", "Qasem Soleimani\n\nthe Iranian general Qasem Soleimani died.",
                boilerplate=(("Qasem Soleimani\n", "headline"),)),
        article("c", "Mohammed Alawi, or Mohammed Allawi, Jens Stoltenberg said."),
    ))  # fmt: skip
    soleimani = only(report, "name:qasem-soleimani")
    assert (soleimani.verdict, soleimani.reasons) == ("variant", ("spelling",))
    # The headline is boilerplate, the bare alias "Soleimani" is not a spelling.
    assert [(c.article, c.exact, c.start) for c in soleimani.claims] == [
        ("a", "Qassem Soleimani", 5), ("b", "Qasem Soleimani", 37)]  # fmt: skip
    allawi = only(report, "name:mohammed-allawi")
    assert "more than one spelling within c" in allawi.explanation
    assert not [f for f in report.findings if f.id == "name:jens-stoltenberg"]


# --------------------------------------------------------------------------- report


def test_counts_cover_every_verdict_and_findings_come_conflicts_first() -> None:
    report = reconcile(strike_corpus())
    assert report.counts == {"agree": 0, "compatible": 0, "conflict": 1, "variant": 0,
                             "single-source": 0}  # fmt: skip
    empty = reconcile(corpus())
    assert empty.counts == dict.fromkeys(
        ("agree", "compatible", "conflict", "variant", "single-source"), 0)
    assert empty.as_dict() == {"version": 1, "articles": [], "findings": [], "counts":
                               empty.counts, "include_drafts": False,
                               "origins": []}  # fmt: skip


def test_filters() -> None:
    report = reconcile(corpus(
        article("a", "On Jan. 3, 500 troops.",
                date("d", "soleimani-strike", "Jan. 3", "2020-01-03"),
                count("c", "nmi-personnel", "500 troops", 500, 500)),
    ))  # fmt: skip
    assert [f.id for f in filter_report(report, kinds=["count"]).findings] == [
        "count:nmi-personnel"]
    assert [f.id for f in filter_report(report, topics=["soleimani-strike"]).findings] == [
        "date:soleimani-strike"]
    assert filter_report(report, verdicts=["conflict"]).findings == ()
    assert filter_report(report, verdicts=["single-source"]).counts["single-source"] == 2


def test_single_origin_marks_agreement_between_reprints() -> None:
    # More in test_origins_findings.py: b records that it reprints a, so they are one origin.
    text = "500 troops."
    b = article("b", text, count("c", "nmi-personnel", "500 troops", 500, 500))
    origin = Origin(kind="article", source="Outlet a", article="a", basis="stated",
                    evidence="credit line")  # fmt: skip
    b = ArticleRecord(b.path, b.article.model_copy(update={"origins": [origin]}), b.text)
    report = reconcile(corpus(article("a", text, count("c", "nmi-personnel", "500 troops",
                                                       500, 500)), b))  # fmt: skip
    (found,) = report.findings
    assert (found.verdict, found.reasons, found.origins) == ("agree", ("single-origin",), 1)


def test_every_reason_code_is_exercised_by_this_file() -> None:
    # A reason added to REASONS must get a test here (the list below is the tested set).
    tested = {"date-mismatch", "modality", "name", "negation", "number-mismatch", "precision",
              "reference-consistent", "reference-inconsistent", "spelling", "translation",
              "tz-plausible", "wording", "draft-claims", "single-origin"}  # fmt: skip
    assert set(REASONS) == tested


def test_reconcile_is_deterministic() -> None:
    first = reconcile(strike_corpus()).as_dict()
    assert reconcile(strike_corpus()).as_dict() == first
    assert dt.date.fromisoformat(first["articles"][0]["published"]) == dt.date(2020, 1, 6)


def test_draft_claims_count_only_when_asked_and_are_marked() -> None:
    reviewed = article("a", "On Jan. 3.", date("d", "soleimani-strike", "Jan. 3", "2020-01-03"))
    draft = article("b", "On Jan. 4.", date("d", "soleimani-strike", "Jan. 4", "2020-01-04"))
    draft = ArticleRecord(draft.path, draft.article.model_copy(update={"claims": [
        draft.article.claims[0].model_copy(update={"status": "draft"})]}), draft.text)
    assert only(reconcile(corpus(reviewed, draft)), "date:soleimani-strike").verdict == (
        "single-source")
    report = reconcile(corpus(reviewed, draft), include_drafts=True)
    finding = only(report, "date:soleimani-strike")
    assert (finding.verdict, finding.reasons) == ("conflict", ("date-mismatch", "draft-claims"))
    assert [c.status for c in finding.claims] == ["reviewed", "draft"]
    assert report.as_dict()["include_drafts"] is True
    from natoiraq.report import render

    for fmt in ("text", "markdown", "html"):
        shown = " ".join(render(report, fmt).split())
        assert "DRAFT (unreviewed)" in shown, fmt
        assert "Unreviewed (draft) claims count as sources" in shown, fmt


def test_claims_without_a_topic_are_never_compared() -> None:
    # `unassigned` dates and counts (drafts the extractor could not place) are about nothing
    # in particular: two of them are not a conflict.
    a = article("a", "On Jan. 3, 40 people.", date("d", "unassigned", "Jan. 3", "2020-01-03"),
                count("c", "unassigned", "40 people", 40, 40, unit="people"))  # fmt: skip
    b = article("b", "On Jan. 9, 90 people.", date("d", "unassigned", "Jan. 9", "2020-01-09"),
                count("c", "unassigned", "90 people", 90, 90, unit="people"))  # fmt: skip
    report = reconcile(corpus(a, b))
    assert [f.id for f in report.findings if f.kind in ("date", "count")] == []
