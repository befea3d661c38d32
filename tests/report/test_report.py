"""Report renderers (text, JSON, Markdown, HTML) and the `natoiraq reconcile` command."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from natoiraq import validator
from natoiraq.cli import cli
from natoiraq.corpus import Corpus, LoadResult
from natoiraq.errors import Finding
from natoiraq.reconciler import Report, reconcile
from natoiraq.report import FORMATS, render
from tests.reconciler.test_reconcile import (
    STRIKE,
    TRANSLATED,
    VERBATIM,
    article,
    corpus,
    count,
    date,
    quote,
    strike_corpus,
)

NASTY = "<script>alert('x')</script> & [the minister] [bold]not bold[/bold] *star* | pipe"


def mixed_corpus() -> Corpus:
    """A conflict, a translated quote variant, a spelling variant and text that looks like code."""
    base = strike_corpus()
    return corpus(
        *base.articles,
        article("x", f"Qassem Soleimani. “{TRANSLATED},” [he] said. {NASTY}",
                quote("q", TRANSLATED, verbatim=False), translated_from="es"),
        article("y", f"Qasem Soleimani. ”{VERBATIM},” Stoltenberg said. {NASTY} 500 troops",
                quote("q", VERBATIM), count("c", "nmi-personnel", "500 troops", 500, 500)),
        facts=(STRIKE,),
    )  # fmt: skip


@pytest.fixture(scope="module")
def report() -> Report:
    return reconcile(mixed_corpus())


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_deterministic(fmt: str) -> None:
    assert render(reconcile(mixed_corpus()), fmt) == render(reconcile(mixed_corpus()), fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_ends_with_one_newline_and_names_every_finding(report: Report,
                                                                    fmt: str) -> None:  # fmt: skip
    out = render(report, fmt)
    assert out.endswith("\n")
    assert not out.endswith("\n\n")
    for finding in report.findings:
        assert finding.id in out


def test_unknown_format_is_an_error(report: Report) -> None:
    with pytest.raises(ValueError, match="unknown report format 'yaml'"):
        render(report, "yaml")


def test_json_is_report_version_1(report: Report) -> None:
    data = json.loads(render(report, "json"))
    assert list(data) == ["version", "articles", "findings", "counts", "include_drafts",
                          "origins"]  # fmt: skip
    assert data["version"] == 1
    assert data["counts"] == {"agree": 0, "compatible": 0, "conflict": 1, "variant": 2,
                              "single-source": 1}  # fmt: skip
    assert list(data["articles"][0])[:4] == ["id", "seed", "outlet", "published"]
    finding = data["findings"][0]
    assert list(finding)[:7] == ["id", "kind", "topic", "verdict", "reasons", "explanation",
                                 "claims"]  # fmt: skip
    assert finding["id"] == "date:soleimani-strike"
    assert finding["reasons"] == ["date-mismatch", "tz-plausible"]
    claim = finding["claims"][0]
    assert list(claim)[:7] == ["article", "seed", "claim", "exact", "start", "end", "value"]
    assert claim == claim | {"article": "a", "seed": "seeds/a.txt", "claim": "d",
                             "exact": "Jan. 2", "start": 28, "end": 34}  # fmt: skip
    assert claim["value"] == {"earliest": "2020-01-02", "latest": "2020-01-02",
                              "granularity": "day", "basis": "explicit"}  # fmt: skip
    variant = next(f for f in data["findings"] if f["kind"] == "quote")
    assert variant["diff"][1] == {"op": "delete", "a": "that", "b": ""}


def test_text_prints_brackets_and_tags_as_they_are(report: Report) -> None:
    out = render(report, "text")
    assert "training«,” [he] said. <script>alert('x')</script> & [the minister]" in out
    assert "[bold]not bold[/bold]" in out
    assert "\x1b[" not in out
    assert not [line for line in out.splitlines() if line != line.rstrip()]
    assert max(len(line) for line in out.splitlines()) <= 100


def test_text_puts_conflicts_first_and_shows_the_diff(report: Report) -> None:
    out = render(report, "text")
    assert out.splitlines()[:6] == [
        "natoiraq reconcile",
        "5 articles (5 independent origins), 4 findings. Act on these first: 1 conflict, 2 "
        "variants.",
        "",
        "Conflicts: the sources cannot all be right",
        '  - The strike (date; date-mismatch, tz-plausible): "Jan. 2" (a, line 1:29); '
        '"January 3" (b, line',
        '    1:5); "early January" (b, line 1:26); "last Friday" (c, line 1:13) → '
        "date:soleimani-strike",
    ]
    assert "from the base: In everything [-that-] we do [-the safety of our-] personnel" in out
    assert out.index("== Conflicts") < out.index("== Variants") < out.index("== Single source")
    assert " ".join(out.splitlines()[-2:]) == (
        "5 articles (5 independent origins), 4 findings: 1 conflict, 2 variant, 1 single-source, "
        "0 compatible, 0 agree."
    )


def test_text_in_colour_uses_ansi_styles(report: Report) -> None:
    assert "\x1b[" in render(report, "text", color=True)


def test_markdown_escapes_article_text(report: Report) -> None:
    out = render(report, "markdown")
    assert r"\<script\>alert('x')\</script\> &amp; \[the minister\]" in out
    assert r"\*star\* \| pipe" in out
    assert "<script>" not in out
    assert "| Verdict | Findings |" in out
    assert "### `date:soleimani-strike`: conflict" in out
    # Every table row has exactly four cells: no pipe from article text broke one.
    rows = [line for line in out.splitlines() if line.startswith("| ") and "`seeds/" in line]
    assert rows
    assert all(len(re.findall(r"(?<!\\)\|", row)) == 5 for row in rows)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.links += [v or "" for k, v in attrs if k in ("href", "src")]


def test_html_is_self_contained_and_escaped(report: Report) -> None:
    out = render(report, "html")
    parser = _Tags()
    parser.feed(out)
    # One script, the page's own filters, inline; the article text's <script> is escaped.
    assert parser.tags.count("script") == 1
    assert out.count("<script>") == 1
    assert all(link.startswith("#") for link in parser.links)
    assert {"link", "img", "iframe"}.isdisjoint(parser.tags)
    assert "default-src 'none'" in out
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; [the minister]" in out
    assert out.startswith("<!DOCTYPE html>\n")
    assert out.count('<div class="evidence">') == len(report.findings)
    assert "<mark>Jan. 2</mark>" in out
    assert "<del>that</del>" in out


# --------------------------------------------------------------------------- command


def run(args: list[str]) -> Result:
    return CliRunner().invoke(cli, args, catch_exceptions=False)


@pytest.fixture
def loaded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """`load_corpus` returns the mixed corpus; the command sees an existing corpus folder."""
    monkeypatch.setattr(validator, "load_corpus",
                        lambda corpus_dir, root=None, **_: LoadResult(mixed_corpus()))  # fmt: skip
    (tmp_path / "corpus").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_cli_reconcile_prints_text_by_default(loaded: Path) -> None:
    result = run(["reconcile"])
    assert result.exit_code == 0
    assert result.stdout == render(reconcile(mixed_corpus()), "text")
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "code"),
    [
        pytest.param(["--fail-on", "conflict"], 1, id="conflict"),
        pytest.param(["--fail-on", "variant"], 1, id="variant"),
        pytest.param(["--fail-on", "single-source"], 1, id="single-source"),
        pytest.param(["--fail-on", "conflict", "--kind", "quote"], 0, id="filtered-out"),
        pytest.param([], 0, id="no-fail-on"),
    ],
)
def test_cli_fail_on(loaded: Path, args: list[str], code: int) -> None:
    assert run(["reconcile", "--format", "json", *args]).exit_code == code


def test_cli_filters(loaded: Path) -> None:
    result = run(["reconcile", "--format", "json", "--verdict", "variant", "--kind", "name"])
    data = json.loads(result.stdout)
    assert [f["id"] for f in data["findings"]] == ["name:qasem-soleimani"]
    assert data["counts"]["variant"] == 1
    topic = json.loads(run(["reconcile", "--format", "json", "--topic", "nmi-personnel"]).stdout)
    assert [f["id"] for f in topic["findings"]] == ["count:nmi-personnel"]


def test_cli_writes_html_to_a_file(loaded: Path) -> None:
    result = run(["reconcile", "--format", "html", "--out", "out/report.html"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "wrote out/report.html\n"
    written = (loaded / "out" / "report.html").read_text(encoding="utf-8")
    assert written == render(reconcile(mixed_corpus()), "html")
    assert [p.name for p in (loaded / "out").iterdir()] == ["report.html"]


def test_cli_invalid_corpus_exits_2_with_findings_on_stderr(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:  # fmt: skip
    bad = Finding("corpus/articles/a.yaml", 3, 5, "E103", "error", "text differs.")
    result = LoadResult(mixed_corpus(), [bad])
    monkeypatch.setattr(validator, "load_corpus", lambda corpus_dir, root=None, **_: result)
    (tmp_path / "corpus").mkdir()
    monkeypatch.chdir(tmp_path)
    ran = run(["reconcile"])
    assert ran.exit_code == 2
    assert ran.stdout == ""
    assert ran.stderr == (
        "corpus/articles/a.yaml:3:5: error E103 text differs.\n"
        "natoiraq: error: corpus is not valid; run `natoiraq validate`.\n"
    )


def test_cli_missing_corpus_is_a_usage_error(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    result = run(["reconcile"])
    assert result.exit_code == 2
    assert "no corpus folder corpus" in result.stderr


def test_cli_bad_option_is_a_usage_error(loaded: Path) -> None:
    result = run(["reconcile", "--verdict", "maybe"])
    assert result.exit_code == 2
    assert "Invalid value for '--verdict'" in result.stderr


def test_cli_internal_error_exits_3(loaded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_corpus: Corpus, **_kw: object) -> Report:
        raise RuntimeError("boom")

    monkeypatch.setattr("natoiraq.cli.reconcile.reconcile", broken)
    monkeypatch.delenv("NATOIRAQ_DEBUG", raising=False)
    result = run(["reconcile"])
    assert result.exit_code == 3
    assert "internal error: RuntimeError: boom" in result.stderr


def test_date_claim_builder_still_used() -> None:
    # The real corpus has dates without a reference in every article; the builder covers it.
    assert date("d", "t", "x", "2020-01-01")["value"]["latest"] == "2020-01-01"


def test_terminal_printer_wraps_without_splitting_glued_words_and_paints_runs() -> None:
    from natoiraq.report.terminal import Printer

    printer = Printer(width=20)
    printer.line([("one two three “", ""), ("»four«", "bold"), (" five   six", "")], indent=2)
    printer.line("averyveryveryverylongword", indent=2)
    assert printer.text() == (
        "  one two three\n  “»four« five   six\n  averyveryveryveryl\n  ongword\n"
    )
    hanging = Printer(width=20)
    hanging.line("- one two three four five", indent=2, hang=2)
    assert hanging.text() == "  - one two three\n    four five\n"
    colored = Printer(width=40, color=True)
    colored.line([("a b", "bold"), (" [c]", "")])
    assert colored.text() == "\x1b[1ma b\x1b[0m [c]\n"
