"""The reconcile report reads the way an editor acts (issue 11, item 7): a summary to act on
(conflicts, likely errors, variants), sections by importance, agreements last, counts at the end
(text and Markdown; the HTML page is tested in test_html.py); the JSON only gains keys."""

from __future__ import annotations

import json

import pytest

from natoiraq.corpus import Corpus
from natoiraq.reconciler import Report, reconcile
from natoiraq.report import render
from natoiraq.report._common import act_on_line, section_of
from tests.reconciler.test_reconcile import MEMBERS, STRIKE, article, corpus, count, decision
from tests.report.test_report import mixed_corpus


def editor_corpus() -> Corpus:
    """Every section: a conflict, a likely error (30 members where the reference has 29), two
    variants, a single source and an agreement."""
    return corpus(
        *mixed_corpus().articles,
        article("z", "NATO, the 30-member alliance, suspended training.",
                count("m", "nato-member-count", "30-member", 30, 30, unit="members"),
                decision("s", "suspended training")),
        article("w", "NATO suspended training.", decision("s", "suspended training")),
        facts=(STRIKE, MEMBERS),
    )  # fmt: skip


@pytest.fixture(scope="module")
def report() -> Report:
    return reconcile(editor_corpus())


def flat(text: str) -> str:
    """Text with its wrapping undone (every run of white space one space)."""
    return " ".join(text.split())


def test_the_corpus_has_every_section(report: Report) -> None:
    assert [(f.id, section_of(f)) for f in report.findings] == [
        ("date:soleimani-strike", "conflict"),
        ("quote:jens-stoltenberg:y:q", "variant"),
        ("name:qasem-soleimani", "variant"),
        ("count:nato-member-count", "likely-error"),
        ("count:nmi-personnel", "single-source"),
        ("decision:nato:suspend:nmi", "agree"),
    ]


# --------------------------------------------------------------------------- text


def test_text_opens_with_what_to_act_on_and_ends_with_the_counts(report: Report) -> None:
    lines = render(report, "text").splitlines()
    assert lines[:5] == [
        "natoiraq reconcile",
        "7 articles (7 independent origins), 6 findings. Act on these first: 1 conflict, 1 likely "
        "error, 2",
        "variants.",
        "",
        "Conflicts: the sources cannot all be right",
    ]
    headings = [line for line in lines if line and not line.startswith(" ")
                and line.endswith(("right", "contradicts", "forms", "=="))]  # fmt: skip
    assert headings == [
        "Conflicts: the sources cannot all be right",
        "Likely errors: claims the reference contradicts",
        "Variants: one statement or name in different forms",
        "== Conflicts (1) ==",
        "== Likely errors (1) ==",
        "== Variants (2) ==",
        "== Single source (1) ==",
        "== Agree (1) ==",
    ]
    # Agreements come last, then the counts: the report does not end on the least important.
    last = len(lines) - lines[::-1].index("")  # the counts: the paragraph after the last blank
    assert flat("\n".join(lines[last:])) == (
        "7 articles (7 independent origins), 6 findings: 1 conflict, 2 variant, 2 single-source, "
        "0 compatible, 1 agree; 1 likely error (a finding the reference contradicts)."
    )
    assert len(lines) - last <= 3
    assert lines.index("== Agree (1) ==") > lines.index("== Single source (1) ==")


def test_the_summary_names_what_where_and_why(report: Report) -> None:
    out = flat(render(report, "text"))
    summary = out[: out.index("== Conflicts")]
    assert (
        '- The strike (date; date-mismatch, tz-plausible): "Jan. 2" (a, line 1:29); "January 3" '
        '(b, line 1:5); "early January" (b, line 1:26); "last Friday" (c, line 1:13) → '
        "date:soleimani-strike"
    ) in summary
    # A likely error: the claim the reference excludes, where it is, and what the reference says.
    assert (
        '- NATO members (count; reference-inconsistent): "30-member" (z, line 1:11); the reference '
        "gives 29 members on 2020-01-06 [members-29] → count:nato-member-count"
    ) in summary
    assert (
        '- Qasem Soleimani (name; spelling): "Qassem Soleimani" (x, line 1:1); "Qasem Soleimani" '
        "(y, line 1:1) → name:qasem-soleimani"
    ) in summary
    # Single sources that fit (or lack) a reference and agreements are not in the summary.
    assert "count:nmi-personnel" not in summary
    assert "decision:nato:suspend:nmi" not in summary
    assert summary.index("Conflicts:") < summary.index("Likely errors:") < summary.index(
        "Variants:")


def test_a_corpus_with_nothing_to_act_on_says_so() -> None:
    report = reconcile(corpus(
        article("a", "NATO suspended training.", decision("s", "suspended training")),
        article("b", "NATO suspended training.", decision("s", "suspended training")),
    ))  # fmt: skip
    out = render(report, "text")
    assert flat(out[: out.index("== Agree")]) == (
        "natoiraq reconcile 2 articles (2 independent origins), 1 finding. Nothing to act on: no "
        "conflicts, no claims the reference contradicts, no variants."
    )


def test_a_long_summary_line_counts_the_places_it_leaves_out() -> None:
    records = [article(f"a{n}", f"Qassem Soleimani or Qasem Soleimani ({n}).") for n in range(4)]
    finding = reconcile(corpus(*records)).findings[0]
    assert len(finding.claims) == 8
    line = act_on_line(finding)
    assert line.count("line 1:") == 5
    assert line.endswith('"Qassem Soleimani" (a2, line 1:1); 3 more')


def test_the_source_head_gives_the_line_and_column(report: Report) -> None:
    assert "z (Outlet z)  seeds/z.txt:10-19 line 1:11  claim m" in render(report, "text")


# --------------------------------------------------------------------------- markdown


def test_markdown_follows_the_same_order_and_ends_with_the_counts(report: Report) -> None:
    out = render(report, "markdown")
    order = ["## Act on these first", "**Conflicts**", "**Likely errors**", "**Variants**",
             "## Conflicts (1)", "## Likely errors (1)", "## Variants (2)", "## Single source (1)",
             "## Agree (1)", "## Counts"]  # fmt: skip
    positions = [out.index(heading) for heading in order]
    assert positions == sorted(positions)
    assert out.splitlines()[-7:] == [
        "| Verdict | Findings |", "|---|---|", "| conflict | 1 |", "| variant | 2 |",
        "| single-source | 2 |", "| compatible | 0 |", "| agree | 1 |",
    ]  # fmt: skip
    assert (
        '- NATO members (count; reference-inconsistent): "30-member" (z, line 1:11); the reference '
        "gives 29 members on 2020-01-06 \\[members-29\\] → `count:nato-member-count`"
    ) in out
    assert "Reasons: `reference-inconsistent` (**likely error**" in out


def test_the_json_only_gains_keys(report: Report) -> None:
    data = json.loads(render(report, "json"))
    finding = next(f for f in data["findings"] if f["id"] == "count:nato-member-count")
    assert list(finding) == ["id", "kind", "topic", "verdict", "reasons", "explanation", "claims",
                             "topics", "base", "diff", "references", "subject",
                             "origins"]  # fmt: skip
    assert (finding["topic"], finding["subject"]) == ("nato-member-count", "NATO members")
    claim = finding["claims"][0]
    assert list(claim)[-4:] == ["line", "column", "reference", "origin"]
    assert (claim["line"], claim["column"], claim["reference"]) == (1, 11, "inconsistent")
