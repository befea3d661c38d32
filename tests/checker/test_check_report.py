"""The check report an editor reads (issue 11): problems first, nothing dropped without a word
(page furniture skipped and claim-like spans not checked are listed, with why, in every format),
the draft's own sentence around each claim, `--verdict`, `--out` and `check -`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from natoiraq.checker import CheckReport, filter_check, problems_first
from natoiraq.report.check import render_check, sections
from tests.checker.test_check import QUOTES, SAID, STRIKE_A, STRIKE_B, check
from tests.conftest import REPO, RunCli

DRAFT = (
    "# Alliance keeps its trainers in Iraq\n\n"
    "By A. Reporter, Jan. 6, 2020\n\n"
    "Share this story\n\n"
    "The strike on Jan. 3 killed Soleimani. Turnout fell to 41 percent four days after it.\n\n"
    f"“{SAID}” Jens Stoltenberg said. “We all know that this is a very hard time for everyone,” "
    "an aide added later.\n\n"
    "Ministers voted.\n"
)


@pytest.fixture(scope="module")
def report() -> CheckReport:
    return check(DRAFT, STRIKE_A, STRIKE_B, QUOTES)


def test_problems_come_first_each_verdict_in_draft_order(report: CheckReport) -> None:
    order = [c.verdict for c in problems_first(report.claims)]
    ranks = {"contradicted": 0, "contested": 2, "unsupported": 3, "supported": 4}
    assert order == sorted(order, key=ranks.__getitem__)
    text = render_check(report, "text")
    titles = [title for title, _ in sections(report)]
    assert titles == sorted(titles, key=["Contradicted", "Altered quotes", "Contested",
                                         "Unsupported", "Supported"].index)  # fmt: skip
    positions = [text.index(f"== {title} (") for title in titles]
    assert positions == sorted(positions)
    assert text.index("== Not checked") > positions[-1]


def test_claim_like_spans_without_a_claim_are_listed_with_why(report: CheckReport) -> None:
    listed = {(n.exact, n.reason) for n in report.not_checked}
    assert ("41 percent", "share") in listed
    assert ("four days after", "unplaced-date") in listed
    assert ("voted", "unread-decision") in listed
    # A quotation is not listed when a quote claim covers it; text inside a claim is not either.
    assert not any(n.exact.startswith("“In everything") for n in report.not_checked)
    assert not any("Jan. 3" in n.exact for n in report.not_checked)
    for item in report.not_checked:
        assert DRAFT.count("\n", 0, item.start) + 1 == item.line
        assert DRAFT[item.start : item.end] == item.exact and item.why


def test_a_quotation_no_claim_covers_is_listed() -> None:
    # The extractor makes a quote claim of almost every quotation (an unattributed one at
    # worst); the scanner is what lists one it did not, so it is tested on its own.
    from natoiraq.checker.unchecked import not_checked
    from natoiraq.clean import clean_article

    text = "# Leaflet\n\nThe leaflet read: “We will look at every option on the table.” No more.\n"
    listed = not_checked(text, clean_article(text), [])
    assert [(n.kind, n.reason) for n in listed] == [("quote", "unattributed-quote")]
    assert listed[0].exact == "“We will look at every option on the table.”"


def test_page_furniture_is_listed_with_its_reason_and_the_headline_is_checked(
    report: CheckReport,
) -> None:
    skipped = {(s.reason, s.exact) for s in report.skipped}
    assert ("byline", "By A. Reporter, Jan. 6, 2020") in skipped
    assert ("social-prompt", "Share this story") in skipped or any(
        s.exact == "Share this story" for s in report.skipped
    )
    # A draft's headline is published with it: checked, not skipped.
    assert not any(s.reason == "headline" for s in report.skipped)


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_skipped_and_not_checked_reach_every_format(report: CheckReport, fmt: str) -> None:
    out = render_check(report, fmt)
    assert "Share this story" in out
    assert "41 percent" in out
    if fmt == "json":
        data = json.loads(out)
        assert {s["reason"] for s in data["skipped"]} >= {"byline"}
        assert {n["reason"] for n in data["not_checked"]} >= {"share", "unplaced-date"}
        assert all(c["sentence"]["text"] for c in data["claims"])


def test_each_claim_carries_its_sentence_from_the_draft(report: CheckReport) -> None:
    strike = next(c for c in report.claims if c.exact == "Jan. 3")
    assert strike.sentence == "The strike on Jan. 3 killed Soleimani."
    assert DRAFT[strike.sentence_start : strike.sentence_end] == strike.sentence


def test_verdict_filter_keeps_the_totals_in_the_summary(report: CheckReport) -> None:
    shown = filter_check(report, ("contested",))
    assert {c.verdict for c in shown.claims} == {"contested"}
    assert shown.not_checked == () and shown.skipped == ()
    assert f"of {len(report.claims)} claims; --verdict" in render_check(shown, "text")
    only_unchecked = filter_check(report, ("not-checked",))
    assert only_unchecked.claims == () and only_unchecked.not_checked == report.not_checked


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)


def test_cli_reads_standard_input_and_writes_out(run_cli: RunCli, in_repo: None,
                                                 tmp_path: Path) -> None:  # fmt: skip
    result = run_cli(["check", "-", "--format", "json"], input=DRAFT)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["story"] == "standard input" and data["published"]["date"] == "2020-01-06"
    out = tmp_path / "report.html"
    written = run_cli(["check", "-", "--format", "html", "--out", str(out)], input=DRAFT)
    assert written.exit_code == 0 and written.stdout == ""
    assert f"wrote {out}" in written.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary left


def test_cli_verdict_filter_and_any_file_name(run_cli: RunCli, in_repo: None,
                                              tmp_path: Path) -> None:  # fmt: skip
    story = tmp_path / "story.draft"
    story.write_bytes(DRAFT.encode("utf-16"))
    result = run_cli(["check", str(story), "--verdict", "not-checked", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["claims"] == [] and data["not_checked"] and data["shown"] == ["not-checked"]
    bad = run_cli(["check", str(story), "--verdict", "maybe"])
    assert bad.exit_code == 2 and "unknown verdict maybe" in bad.stderr
