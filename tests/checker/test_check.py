"""Draft checking on small corpora built in code: every verdict, every quote status, the CLI."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from natoiraq.checker import CHECK_VERDICTS, CheckedClaim, CheckReport, check_story
from natoiraq.corpus import ArticleRecord, Corpus
from natoiraq.models import Reference, Registry
from natoiraq.report.check import render_check
from natoiraq.validator import load_corpus
from tests.conftest import REPO, RunCli
from tests.reconciler.test_reconcile import article, count, date, decision, quote


@cache
def registry() -> Registry:
    """The real registry: the extractor links names and guesses topics with it."""
    loaded = load_corpus(REPO / "corpus", REPO)
    assert loaded.corpus is not None
    return loaded.corpus.registry


def corpus(*records: ArticleRecord, facts: tuple[dict[str, Any], ...] = ()) -> Corpus:
    reference = Reference.model_validate({"facts": list(facts)})
    return Corpus(registry=registry(), reference=reference, articles=list(records))


def mission(cid: str, exact: str, **kw: Any) -> dict[str, Any]:
    """A decision about NATO Mission Iraq with the real registry's ids."""
    claim = decision(cid, exact, **kw)
    claim["value"]["object"] = "nato-mission-iraq"
    claim["topic"] = "nato-mission-iraq"
    return claim


STRIKE_A = article("a", "A U.S. airstrike killed Soleimani on Jan. 2.",
                   date("d", "soleimani-strike", "Jan. 2", "2020-01-02"))  # fmt: skip
STRIKE_B = article("b", "The January 3 strike killed Soleimani.",
                   date("d", "soleimani-strike", "January 3", "2020-01-03"))  # fmt: skip
STRIKE_C = article("c", "The strike of January 3 killed Soleimani.",
                   date("d", "soleimani-strike", "January 3", "2020-01-03"))  # fmt: skip
SAID = ("In everything that we do in Iraq, the safety of our personnel is paramount, "
        "and we will not withdraw.")  # fmt: skip
QUOTES = article(
    "q", f"“{SAID}” Stoltenberg said.",
    quote("q1", SAID, topic="personnel-safety"),
)  # fmt: skip
TRANSLATED = article(
    "t", "“The best weapon we have to fight terrorism is to train local forces,” he said.",
    quote("q1", "The best weapon we have to fight terrorism is to train local forces,",
          topic="nmi-resumption", verbatim=False),
    translated_from="es",
)  # fmt: skip


STRIKE_ON = ("The pause followed the U.S. drone strike on {} that killed Iranian General Qasem "
             "Soleimani at Baghdad International Airport.")
SUSPENDED = "NATO Mission Iraq trains Iraqi forces. NATO suspended its training on the ground."


def check(text: str, *records: ArticleRecord, **kw: Any) -> CheckReport:
    """Check `text` as a draft; a one-line draft gets a headline so it reads as a story body."""
    if not text.startswith(("#", "By ")):
        text = f"# NATO and Iraq\n\n{text}\n"
    kw.setdefault("published", dt.date(2020, 1, 6))
    built = corpus(*records, facts=kw.pop("facts", ()))
    if "registry" in kw:
        built = Corpus(kw.pop("registry"), built.reference, built.articles)
    return check_story(text, built, story="draft.md", **kw)


def claim_of(report: CheckReport, kind: str, exact: str | None = None) -> CheckedClaim:
    found = [c for c in report.claims if c.kind == kind and (exact is None or exact in c.exact)]
    assert len(found) == 1, [(c.kind, c.exact) for c in report.claims]
    return found[0]


# --------------------------------------------------------------------------- dates and counts


@pytest.mark.parametrize(
    ("draft", "records", "verdict", "reasons"),
    [
        (STRIKE_ON.format("Jan. 3"), (STRIKE_B, STRIKE_C), "supported", ()),
        (STRIKE_ON.format("Jan. 3"), (STRIKE_A, STRIKE_B), "contested",
         ("date-mismatch", "sources-disagree")),
        (STRIKE_ON.format("Jan. 5"), (STRIKE_A, STRIKE_B), "contradicted",
         ("date-mismatch", "sources-disagree")),
        (STRIKE_ON.format("Jan. 2"), (STRIKE_B, STRIKE_C), "contradicted",
         ("date-mismatch",)),
        (STRIKE_ON.format("Jan. 3"), (), "unsupported", ("no-source",)),
    ],
    ids=["agree", "sources-split", "against-both-sides", "against-all", "no-source"],
)  # fmt: skip
def test_date_verdicts(draft: str, records: tuple[ArticleRecord, ...], verdict: str,
                       reasons: tuple[str, ...]) -> None:  # fmt: skip
    claim = claim_of(check(draft, *records), "date")
    assert (claim.topic, claim.verdict, claim.reasons) == ("soleimani-strike", verdict, reasons)
    assert [s.article for s in claim.sources] == sorted(r.article.id for r in records)


def test_a_contested_claim_names_both_sides() -> None:
    claim = claim_of(check(STRIKE_ON.format("Jan. 3"), STRIKE_A, STRIKE_B),
                     "date")  # fmt: skip
    assert claim.explanation == (
        "The sources disagree on U.S. strike that killed Qasem Soleimani: the draft's 3 January "
        '2020 ("Jan. 3") follows b, while a gives 2 January 2020; attribute it (say who reports '
        "which)."
    )
    assert [s.note for s in claim.sources] == [
        "2 January 2020: conflicts with the draft", "3 January 2020: fits the draft"]


def test_a_relative_date_without_publication_date_stays_unresolved() -> None:
    report = check(STRIKE_ON.format("last Friday"), STRIKE_B, published=None)
    claim = claim_of(report, "date")
    assert (claim.verdict, claim.reasons) == ("unsupported", ("unresolved-date",))
    assert report.published is None and report.published_basis == "unknown"
    assert "stay unresolved" in report.notes[0]


# A relative date is never certain enough to contradict (docs/verdicts.md, "Confidence"): read
# against the wrong publication day it is flagged, not called false.
@pytest.mark.parametrize(("published", "verdict"), [("2020-01-06", "supported"),
                                                    ("2020-01-13", "unsupported")])
def test_published_resolves_relative_dates(published: str, verdict: str) -> None:
    report = check(STRIKE_ON.format("last Friday"), STRIKE_B,
                   published=dt.date.fromisoformat(published))  # fmt: skip
    assert claim_of(report, "date").verdict == verdict
    assert (report.published, report.published_basis) == (published, "given")


def test_a_date_in_the_byline_is_the_publication_date_and_published_overrides_it() -> None:
    text = "# Headline about NATO\n\nBy A. Reporter, Jan. 6, 2020\n\nThe strike last Friday.\n"
    assert check(text).published == "2020-01-06"
    assert check(text, published=dt.date(2020, 1, 9)).published == "2020-01-09"


def test_a_date_with_no_registry_topic_is_unsupported() -> None:
    bare = Registry.model_validate({"entities": [{"id": "nato", "type": "organisation",
                                                  "name": "NATO"}]})  # fmt: skip
    claim = claim_of(check("The weather turned cold in Brussels on Jan. 20, and again later.",
                           registry=bare), "date")  # fmt: skip
    assert (claim.topic, claim.verdict, claim.reasons) == ("unassigned", "unsupported",
                                                           ("no-topic",))  # fmt: skip
    assert "No registry topic fits" in claim.explanation


def test_counts_by_topic_and_the_reference() -> None:
    src = article("s", "NATO Mission Iraq has around 500 personnel.",
                  count("c", "nmi-personnel", "around 500 personnel", 450, 550, "around",
                        "personnel", point=500))  # fmt: skip
    report = check("The NATO mission in Iraq has about 500 personnel. The mission has 5,000 "
                   "personnel in the country.", src)  # fmt: skip
    assert claim_of(report, "count", "500").verdict == "supported"
    wrong = claim_of(report, "count", "5,000")
    assert (wrong.verdict, wrong.reasons) == ("contradicted", ("number-mismatch",))
    assert "s gives 450-550 personnel" in wrong.explanation


def test_an_unsupported_count_is_checked_against_the_reference() -> None:
    facts = ({"id": "members-29", "topic": "nato-member-count", "kind": "count",
              "count": {"low": 29, "high": 29, "point": 29, "hedge": "exact", "unit": "members"},
              "valid": {"start": "2017-06-05", "end": "2020-03-26"},
              "source": "https://example.org/members"},)  # fmt: skip
    report = check("Troops come from all of NATO's 30 members.", facts=facts,
                   published=dt.date(2020, 2, 14))  # fmt: skip
    claim = claim_of(report, "count")
    # Row C2: no news source, but the reference excludes a confidently linked count.
    assert (claim.topic, claim.verdict) == ("nato-member-count", "contradicted")
    assert claim.reasons == ("no-source", "reference-inconsistent")
    assert "the reference gives 29 members on 2020-02-14 [members-29]" in claim.explanation


# --------------------------------------------------------------------------- decisions


@pytest.mark.parametrize(
    ("sources", "verdict", "reasons"),
    [
        ((mission("m", "NATO suspended its training"),), "supported", ()),
        ((mission("m", "NATO suspended its training", negated=True),), "contradicted",
         ("negation",)),
        ((mission("m", "NATO suspended its training"),), "supported", ()),
    ],
    ids=["same", "negated", "same-again"],
)  # fmt: skip
def test_decision_verdicts(sources: tuple[dict[str, Any], ...], verdict: str,
                           reasons: tuple[str, ...]) -> None:  # fmt: skip
    src = article("s", "NATO suspended its training in Iraq.", *sources)
    claim = claim_of(check(SUSPENDED, src), "decision")
    assert (claim.verdict, claim.reasons) == (verdict, reasons)


def test_decision_sources_that_disagree_make_it_contested() -> None:
    yes = article("s", "NATO suspended its training in Iraq.",
                  mission("m", "NATO suspended its training"))  # fmt: skip
    no = article("t", "NATO has not suspended its training in Iraq.",
                 mission("m", "NATO has not suspended its training", negated=True))  # fmt: skip
    claim = claim_of(check(SUSPENDED, yes, no), "decision")
    assert (claim.verdict, claim.reasons) == ("contested", ("negation", "sources-disagree"))


def test_a_decision_nobody_reports_is_unsupported() -> None:
    claim = claim_of(check(SUSPENDED), "decision")
    assert (claim.verdict, claim.reasons) == ("unsupported", ("no-source",))


# --------------------------------------------------------------------------- quotes


@pytest.mark.parametrize(
    ("draft", "status", "verdict", "reasons"),
    [
        (f"“{SAID}” Jens Stoltenberg said.", "verbatim", "supported", ()),
        ("“In everything that we do in Iraq, the safety of our personnel is paramount,” Jens "
         "Stoltenberg said.", "verbatim", "supported", ("partial",)),
        ("“In everything that we do in Iraq, the safety of our personnel is paramount, and we "
         "will withdraw,” Jens Stoltenberg said.", "altered", "contradicted",
         ("negation", "wording")),
        ("“In everything that we do in Iraq, the safety of our 500 personnel is paramount, and "
         "we will not withdraw,” Jens Stoltenberg said.", "altered", "contradicted",
         ("number-mismatch", "wording")),
        ("“In everything that we do in Syria, the safety of our personnel is paramount, and we "
         "will not withdraw,” Jens Stoltenberg said.", "altered", "contradicted",
         ("name", "wording")),
        (f"“{SAID}” Donald Trump said.", "altered", "contradicted", ("speaker",)),
        ("“The best weapon we have to fight terrorism is to train local forces,” Jens "
         "Stoltenberg said.", "translated", "supported", ("translation",)),
        ("“Iraq will decide its own future without any outside help at all,” Jens "
         "Stoltenberg said.", "not-found", "unsupported", ("no-source",)),
    ],
    ids=["verbatim", "partial", "negation", "number", "name", "speaker", "translated",
         "not-found"],
)  # fmt: skip
def test_quote_statuses(draft: str, status: str, verdict: str, reasons: tuple[str, ...]) -> None:
    claim = claim_of(check(draft, QUOTES, TRANSLATED), "quote")
    assert (claim.quote_status, claim.verdict, claim.reasons) == (status, verdict, reasons)


def test_an_altered_quote_carries_the_word_diff_from_the_source() -> None:
    draft = ("“In everything that we do in Iraq, the safety of our personnel is paramount, and "
             "we will withdraw,” Jens Stoltenberg said.")  # fmt: skip
    claim = claim_of(check(draft, QUOTES), "quote")
    changed = [(op.op, op.a, op.b) for op in claim.diff if op.op != "equal"]
    assert changed == [("delete", "not", "")]
    assert "a negation differs" in claim.explanation
    assert [s.key for s in claim.sources] == ["q/q1"]


def test_a_fuzzy_quote_from_another_speaker_is_wrong_speaker_and_wording() -> None:
    draft = ("“In everything that we do in Iraq, the safety of all our personnel is paramount, "
             "and we will not withdraw,” Donald Trump said.")  # fmt: skip
    claim = claim_of(check(draft, QUOTES), "quote")
    assert (claim.quote_status, claim.reasons) == ("altered", ("speaker", "wording"))


# --------------------------------------------------------------------------- report and CLI

MIXED = ("By A. Reporter, Jan. 6, 2020\n\nThe strike on Jan. 3 killed Soleimani [the general]. "
         f"“{SAID}” Jens Stoltenberg said. NATO suspended its training mission in Iraq.\n")


def test_every_verdict_is_counted_and_json_has_the_issue_keys() -> None:
    report = check(MIXED, STRIKE_A, STRIKE_B, QUOTES)
    data = json.loads(render_check(report, "json"))
    assert data["version"] == 2 and data["story"] == "draft.md"
    # Version 2 (issue 15): each claim lists at most `sources_limit` sources; here, every one.
    assert data["sources_limit"] is None
    assert set(data["counts"]) == set(CHECK_VERDICTS)
    # Supported: the quote, and the decision inside it ("we will not withdraw"), judged with
    # the verbatim quote. Unsupported: NATO's suspension, which none of these sources reports.
    assert data["counts"] == {"supported": 2, "contested": 1, "contradicted": 0,
                              "unsupported": 1}  # fmt: skip
    for item in data["claims"]:
        assert {"kind", "exact", "start", "end", "verdict", "reasons", "explanation",
                "sources"} <= set(item)  # fmt: skip
        assert ("quote_status" in item) == (item["kind"] == "quote")
        assert MIXED[item["start"] : item["end"]] == item["exact"]
        for source in item["sources"]:
            assert {"article", "seed", "claim", "exact", "start", "end"} <= set(source)


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_every_format_is_deterministic_and_escapes_article_text(fmt: str) -> None:
    first = render_check(check(MIXED, STRIKE_A, STRIKE_B, QUOTES), fmt)
    assert first == render_check(check(MIXED, STRIKE_A, STRIKE_B, QUOTES), fmt)
    assert "CONTESTED" in first.upper() and "Jan. 3" in first
    if fmt == "html":
        # One script, the page's own (report/check_html.py): no article text comes unescaped.
        assert first.startswith("<!DOCTYPE html>") and first.count("<script") == 1
        assert "“In everything" not in first or "&" in first
    if fmt == "markdown":
        # The draft's own sentence is shown around each claim, escaped like every text.
        assert "In the draft: The strike on Jan. 3 killed Soleimani \\[the general\\]." in first
        assert "[the general]" not in first.replace("\\[the general\\]", "")
        assert "| Verdict | Claims |" in first


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)


def test_cli_check_and_fail_on(run_cli: RunCli, in_repo: None, tmp_path: Path) -> None:
    story = tmp_path / "draft.md"
    story.write_text("NATO Mission Iraq has 5,000 personnel in Iraq, officials said.\n",
                     encoding="utf-8")  # fmt: skip
    result = run_cli(["check", str(story), "--published", "2020-02-14"])
    assert result.exit_code == 0, result.output
    assert "CONTRADICTED  count" in result.stdout
    failed = run_cli(["check", str(story), "--fail-on", "contested,contradicted"])
    assert failed.exit_code == 1
    twice = run_cli(["check", str(story), "--fail-on", "unsupported", "--fail-on", "contested"])
    assert twice.exit_code == 0
    as_json = run_cli(["check", str(story), "--format", "json"])
    assert json.loads(as_json.stdout)["counts"]["contradicted"] == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("draft.html", b"<html><p>x</p></html>", "looks like HTML"),
        ("draft.md", b"<!DOCTYPE html><html></html>", "looks like HTML"),
        ("draft.md", b"NATO\nsaid \xff here", "draft.md:2:6: error: is not UTF-8 text"),
        ("draft.md", b"NATO\nsaid \xe9 here", "It looks like Windows-1252 (or Latin-1)"),
        ("draft.md", b"NATO\x00said", "draft.md:1:5: error: holds a NUL character"),
        ("missing.md", None, "missing.md:1:1: error: does not exist."),
    ],
    ids=["html-name", "html", "utf8", "cp1252", "nul", "missing"],
)  # fmt: skip
def test_cli_bad_input_exits_2(run_cli: RunCli, in_repo: None, tmp_path: Path, name: str,
                               content: bytes | None, message: str) -> None:  # fmt: skip
    story = tmp_path / name
    if content is not None:
        story.write_bytes(content)
    result = run_cli(["check", str(story)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_cli_unknown_fail_on_verdict_is_a_usage_error(run_cli: RunCli, in_repo: None,
                                                      tmp_path: Path) -> None:  # fmt: skip
    story = tmp_path / "draft.md"
    story.write_text("Nothing.\n", encoding="utf-8")
    result = run_cli(["check", str(story), "--fail-on", "wrong"])
    assert result.exit_code == 2
    assert "unknown verdict wrong" in result.stderr


def test_cli_invalid_corpus_exits_2(run_cli: RunCli, in_repo: None, tmp_path: Path) -> None:
    story = tmp_path / "draft.md"
    story.write_text("Nothing.\n", encoding="utf-8")
    bad = tmp_path / "corpus"
    (bad / "articles").mkdir(parents=True)
    (bad / "registry.yaml").write_text("version: 1\nentities: [\n", encoding="utf-8")
    result = run_cli(["check", str(story), "--corpus", str(bad)])
    assert result.exit_code == 2
    assert "is not valid; run `natoiraq validate`" in result.stderr
