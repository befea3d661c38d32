"""Terminal and log injection (issue 12, item 11): hostile text in a seed, an outlet's name, a
registry name, a note, a draft, a YAML key or a file name reaches no terminal, log or page raw;
each control character and bidi control is shown as an escape, and JSON stays exact."""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
from pathlib import Path

import pytest

from natoiraq.checker import CheckReport
from natoiraq.errors import Finding
from natoiraq.evaluation import Evaluation, Item
from natoiraq.report._common import one_line
from natoiraq.report.check import render_check
from natoiraq.report.diagnostics import render_findings
from natoiraq.report.diff import unified_diff
from natoiraq.report.evaluation import evaluation_text
from natoiraq.report.terminal import Printer
from natoiraq.text import visible
from tests.checker.test_check import QUOTES, STRIKE_B, STRIKE_C, STRIKE_ON, check
from tests.conftest import DATA, RunCli
from tests.report.test_check_html import Tree

# --------------------------------------------------------------------------- hostile strings

CLEAR_SCREEN = "\x1b[2J"
SET_TITLE = "\x1b]0;pwned\x07"
#: An OSC 8 hyperlink: a terminal shows "click" and opens the hidden address.
HIDDEN_LINK = "\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\"
#: A carriage return overwrites the line; 0x9b is the one-byte (C1) CSI.
OVERWRITE = "\rOK "
C1_CSI = "\x9b2J"
#: U+202E shows what follows right to left: a quote could read as what it does not say.
RIGHT_TO_LEFT = "\u202edetaler"
NUL = "\x00"
#: Everything at once (a draft cannot hold a NUL: check refuses it as a binary file).
HOSTILE = CLEAR_SCREEN + SET_TITLE + HIDDEN_LINK + OVERWRITE + C1_CSI + RIGHT_TO_LEFT
HOSTILE_NUL = HOSTILE + NUL

#: Each hostile piece as the outputs must show it.
SHOWN = (
    "\\x1b[2J",
    "\\x1b]0;pwned\\x07",
    "\\x1b]8;;http://evil.example/\\x1b\\click",
    "\\rOK",
    "\\x9b2J",
    "\\u202edetaler",
)

#: Every control character and bidi control but the line feed that ends an output's lines.
RAW_RE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: The styles the text printer itself writes with --color (report/terminal.py).
OWN_SGR_RE = re.compile(r"\x1b\[[0-9;]*m")


def raw_controls(output: str) -> list[str]:
    return RAW_RE.findall(output)


def as_read(output: str, fmt: str) -> str:
    """The output as its reader sees it: Markdown's backslash escapes undone, HTML's entities."""
    if fmt == "markdown":
        return re.sub(r"\\([\\`*_\[\]<>|~])", r"\1", output)
    if fmt == "html":
        return html.unescape(output)
    return output


# --------------------------------------------------------------------------- the one escaping


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("a\x1b[2Jb", "a\\x1b[2Jb", id="esc"),
        pytest.param("a\rb", "a\\rb", id="cr"),
        pytest.param("a\nb\tc", "a\\nb\\tc", id="lf-tab"),
        pytest.param("a\x00b\x7fc", "a\\x00b\\x7fc", id="nul-del"),
        pytest.param("a\x9bb\x85c", "a\\x9bb\\x85c", id="c1"),
        pytest.param("a\u202eb\u2066c\u200fd\u061ce", "a\\u202eb\\u2066c\\u200fd\\u061ce",
                     id="bidi"),
        pytest.param("Tom & [Jerry] “é” 5\xa0000", "Tom & [Jerry] “é” 5\xa0000", id="plain"),
    ],
)
def test_visible_shows_each_control_as_an_escape(text: str, shown: str) -> None:
    assert visible(text) == shown


def test_visible_keeps_what_it_is_told_to() -> None:
    assert visible("one\ntwo\x1b\n", keep="\n") == "one\ntwo\\x1b\n"


def test_one_line_folds_layout_and_shows_every_other_control() -> None:
    # A line break (LF or CRLF) is the seed's layout: one space; a lone CR overwrites a line.
    assert one_line("said:\r\n\r\n  “We  will\tstay”") == "said: “We will stay”"
    assert one_line("We will\rnot stay") == "We will\\rnot stay"
    assert one_line("a\x0cb\x1cc\x85d\u202ee") == "a\\x0cb\\x1cc\\x85d\\u202ee"


def test_the_printer_shows_controls_and_paints_only_its_own_styles() -> None:
    printer = Printer(width=200, color=True)
    printer.line([("quote: ", ""), (HOSTILE_NUL, "bold")])
    out = printer.text()
    assert raw_controls(OWN_SGR_RE.sub("", out)) == []
    assert out.startswith("quote: \x1b[1m\\x1b[2J") and out.endswith("\\x00\x1b[0m\n")


def test_validate_text_and_github_show_a_finding_a_line() -> None:
    forged = "corpus/articles/a.yaml:1:1: error E999 forged"
    finding = Finding("corpus/articles/a\x1b]0;t\x07.yaml", 3, 1, "E202", "error",
                      f"unknown key 'x\n{forged}{HOSTILE_NUL}'.", where=f"x\n{forged}")  # fmt: skip
    for fmt in ("text", "github"):
        out = render_findings([finding], fmt)
        assert out.count("\n") == 1, fmt
        assert raw_controls(out) == [], fmt
        assert f"x\\n{forged}" in out
    assert json.loads(render_findings([finding], "json"))["findings"][0]["where"] == finding.where


def test_a_diff_keeps_its_lines_and_shows_a_bidi_control() -> None:
    out = unified_diff("a: 1\r\nb: x\n", f"a: 2\r\nb: x{RIGHT_TO_LEFT}\x1b[2J\n", "f.yaml")
    assert "+a: 2\r\n" in out  # a CRLF file's line ends are its own
    assert "+b: x\\u202edetaler\\x1b[2J\n" in out
    assert raw_controls(out.replace("\r\n", "\n")) == []


def test_eval_text_lists_a_miss_on_one_line() -> None:
    miss = Item("a", "quote", "q1", 1, 9, f"we\nwill{HOSTILE}", f"speaker Ana{RIGHT_TO_LEFT}")
    result = Evaluation(kinds={}, misses=[miss], false=[], topics=[])
    out = evaluation_text(result)
    assert raw_controls(out) == []
    assert "speaker Ana\\u202edetaler" in out
    assert len([line for line in out.splitlines() if line.startswith("  a quote")]) == 1


# --------------------------------------------------------------------------- the commands


def _shift(match: re.Match[str], by: int) -> str:
    return f"{{start: {int(match[1]) + by}, end: {int(match[2]) + by}, reason: newsletter-prompt}}"


@pytest.fixture
def hostile_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The validator's small repository with hostile text in the seed (after the last claim, in
    its context), the outlet's name, a registry name and a claim's note; valid as a corpus."""
    shutil.copytree(DATA / "validate" / "corpus", tmp_path / "corpus")
    shutil.copytree(DATA / "validate" / "seeds", tmp_path / "seeds")
    seed = tmp_path / "seeds" / "mini.txt"
    text = seed.read_bytes().decode("utf-8")
    at = text.index(" [at the request")
    inserted = " " + HOSTILE_NUL
    seed.write_bytes((text[:at] + inserted + text[at:]).encode("utf-8"))
    article = tmp_path / "corpus" / "articles" / "mini.yaml"
    yaml = article.read_text(encoding="utf-8")
    yaml = re.sub(r"sha256: \w+", f"sha256: {hashlib.sha256(seed.read_bytes()).hexdigest()}",
                  yaml)  # fmt: skip
    yaml = re.sub(r"\{start: (\d+), end: (\d+), reason: newsletter-prompt\}",
                  lambda m: _shift(m, len(inserted)), yaml)  # fmt: skip
    yaml = yaml.replace("name: Test Wire", f"name: {json.dumps('Test Wire ' + HOSTILE_NUL)}")
    yaml = yaml.replace("    status: reviewed\n  - id: personnel\n",
                        f"    status: reviewed\n    note: {json.dumps('Note ' + HOSTILE_NUL)}\n"
                        "  - id: personnel\n")  # fmt: skip
    article.write_text(yaml, encoding="utf-8")
    registry = tmp_path / "corpus" / "registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "name: Ana Lind", f"name: {json.dumps('Ana ' + HOSTILE_NUL + ' Lind')}"),
        encoding="utf-8")  # fmt: skip
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_hostile_corpus_is_valid(run_cli: RunCli, hostile_repo: Path) -> None:
    result = run_cli(["validate"])
    assert (result.exit_code, result.stdout) == (0, "")


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_validate_a_yaml_key_with_a_newline_forges_no_finding(
    run_cli: RunCli, hostile_repo: Path, fmt: str
) -> None:
    forged = "corpus/articles/mini.yaml:1:1: error E999 forged"
    article = hostile_repo / "corpus" / "articles" / "mini.yaml"
    with article.open("a", encoding="utf-8") as handle:
        handle.write(f"{json.dumps('x' + chr(10) + forged + HOSTILE_NUL)}: 1\n")
    findings = json.loads(run_cli(["validate", "--format", "json"]).stdout)["findings"]
    assert findings and any(forged in f["where"] for f in findings)  # JSON: the key, exact
    result = run_cli(["validate", "--format", fmt])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == len(findings)
    assert raw_controls(result.stdout + result.stderr) == []
    assert f"x\\n{forged}" in result.stdout
    assert not any(line.startswith(forged) for line in result.stdout.splitlines())


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_reconcile_shows_hostile_text_escaped(run_cli: RunCli, hostile_repo: Path,
                                              fmt: str) -> None:  # fmt: skip
    result = run_cli(["reconcile", "--format", fmt])
    assert result.exit_code == 0, result.stderr
    assert raw_controls(result.stdout) == []
    for piece in SHOWN:  # the seed's context, the outlet's and the speaker's names, the note
        assert piece in as_read(result.stdout, fmt)


def test_reconcile_in_colour_writes_only_its_own_styles(run_cli: RunCli,
                                                        hostile_repo: Path) -> None:  # fmt: skip
    result = run_cli(["reconcile", "--color"])
    assert "\x1b[1m" in result.stdout  # coloured
    assert raw_controls(OWN_SGR_RE.sub("", result.stdout)) == []
    assert "\\x1b[2J" in result.stdout


def test_reconcile_json_keeps_the_text_exact(run_cli: RunCli, hostile_repo: Path) -> None:
    report = json.loads(run_cli(["reconcile", "--format", "json"]).stdout)
    assert report["articles"][0]["outlet"] == "Test Wire " + HOSTILE_NUL


#: A draft that repeats the seed's words with hostile text between them.
HOSTILE_DRAFT = (
    "# The alliance pauses its mission\n\n"
    f"The alliance has suspended its training mission{HOSTILE}, Secretary General Ana Lind said "
    f"on Monday. “In everything we do, the safety of our people comes first,” Lind said.\n"
    f"The mission of around 500 troops began in 2018. {RIGHT_TO_LEFT}\n"
)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_check_shows_hostile_text_escaped(run_cli: RunCli, hostile_repo: Path,
                                          fmt: str) -> None:  # fmt: skip
    draft = hostile_repo / f"draft{SET_TITLE}.md"
    draft.write_text(HOSTILE_DRAFT, encoding="utf-8")
    result = run_cli(["check", str(draft), "--format", fmt, "--published", "2020-01-06"])
    assert result.exit_code == 0, result.stderr
    assert raw_controls(result.stdout) == []
    shown = as_read(result.stdout, fmt)
    assert "\\x1b[2J" in shown  # the draft's own text, and the sources' context
    assert "draft\\x1b]0;pwned\\x07.md" in shown  # its name


def test_check_json_keeps_the_draft_exact(run_cli: RunCli, hostile_repo: Path) -> None:
    (hostile_repo / "draft.md").write_text(HOSTILE_DRAFT, encoding="utf-8")
    report = json.loads(run_cli(["check", "draft.md", "--format", "json"]).stdout)
    sentences = [c["sentence"]["text"] for c in report["claims"]]
    assert any(s.endswith(CLEAR_SCREEN + SET_TITLE + HIDDEN_LINK) for s in sentences)


def test_check_html_shows_each_control_of_the_draft_and_keeps_its_claims() -> None:
    # The draft pane is cut at the claims' offsets: a control is a span of its own there, so the
    # claims still cover their words, and a U+202E cannot reorder what the editor reads.
    draft = (f"# NATO{RIGHT_TO_LEFT} & Iraq{CLEAR_SCREEN}\n\n" + STRIKE_ON.format("Jan. 2")
             + f" {HIDDEN_LINK}{C1_CSI}\n")  # fmt: skip
    report: CheckReport = check(draft, STRIKE_B, STRIKE_C, QUOTES)
    page = render_check(report, "html")
    assert raw_controls(page) == []
    tree = Tree(page)
    pane = tree.by_id("draft")
    assert pane.text(skip_class="tag") == visible(report.text, keep="\n\t")
    controls = [n for n in pane.walk() if "ctl" in n.classes]
    assert [n.text() for n in controls][:2] == ["\\u202e", "\\x1b"]
    assert controls[0].attrs["title"] == "U+202E right-to-left override"
    contradicted = next(c for c in report.claims if c.verdict == "contradicted")
    assert contradicted.exact == "Jan. 2"
    links = [n for n in pane.walk() if n.attrs.get("data-show", "").endswith(contradicted.id)]
    assert "".join(n.text() for n in links if "cl" in n.classes) == "Jan. 2"


# --------------------------------------------------------------------------- messages


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        pytest.param(["validate", f"no{CLEAR_SCREEN}such"], "no\\x1b[2Jsuch", id="validate"),
        pytest.param(["check", f"no{SET_TITLE}such.md"], "no\\x1b]0;pwned\\x07such.md",
                     id="check"),
        pytest.param(["check", "x.md", "--verdict", f"maybe{RIGHT_TO_LEFT}"],
                     "maybe\\u202edetaler", id="check-verdict"),
        pytest.param(["extract", f"a{OVERWRITE}.pdf"], "a\\rOK .pdf", id="extract"),
        pytest.param(["eval", "--corpus", f"c{C1_CSI}"], "c\\x9b2J", id="eval"),
    ],
)
def test_error_messages_show_the_name_given_escaped(
    run_cli: RunCli, hostile_repo: Path, args: list[str], shown: str
) -> None:
    result = run_cli(args)
    assert result.exit_code == 2
    assert shown in result.stderr
    assert raw_controls(result.stdout + result.stderr) == []


def test_one_line_returns_text_it_would_not_change_as_it_is() -> None:
    """one_line's first scan (nothing to fold or show) agrees with its full rules on random
    texts of spaces, layout, controls and letters."""
    import random

    from natoiraq.report import _common
    from natoiraq.text import WHITESPACE_RE, visible

    def full(text: str) -> str:
        if _common._NOT_LAYOUT_RE.search(text) is None:
            return WHITESPACE_RE.sub(" ", text)
        return visible(_common.LAYOUT_RE.sub(" ", text))

    rng = random.Random(6)
    alphabet = ["a", "b", " ", " ", "\n", "\t", "\r", "\x1b", "\u00a0", "\u202e", "\x85", "é"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert one_line(text) == full(text), repr(text)


def test_a_line_prints_the_same_rows_with_and_without_colour() -> None:
    """The printer's short cut for a line that fits one row (taken without colour only) gives
    the rows the general wrapping gives, as the coloured rows show with their codes removed."""
    import random
    import re

    from natoiraq.report.terminal import Printer

    rng = random.Random(9)
    words = ["a", "word", "longerword", " ", "  ", "\n", "\x1b", "»x«"]
    for _ in range(2000):
        segments = [
            ("".join(rng.choice(words) for _ in range(rng.randint(0, 8))), rng.choice(["", "bold"]))
            for _ in range(rng.randint(1, 3))
        ]
        indent, hang, width = rng.randint(0, 6), rng.randint(0, 4), rng.randint(4, 30)
        plain, painted = Printer(width=width), Printer(color=True, width=width)
        plain.line(segments, indent=indent, hang=hang)
        painted.line(segments, indent=indent, hang=hang)
        assert plain.text() == re.sub(r"\x1b\[[0-9;]*m", "", painted.text()), segments
