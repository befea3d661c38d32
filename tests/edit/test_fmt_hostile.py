"""`fmt` on hostile and odd input: reported or formatted, never lost (issue 12, items 2, 10, 12)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from natoiraq.io.yamlread import MAX_NODES, YamlIssue, comments, parse_yaml
from natoiraq.io.yamlwrite import format_yaml
from tests.conftest import REPO, RunCli

ARTICLE = Path("corpus/articles/002-jordan-times.yaml")
SEED = Path("seeds/002_c6088c52ef4f7cd4.txt")

#: Refusing a file over the value limit is one libyaml pass (0.3 s for the 1 MB list below);
#: ruamel's round trip of it took 46 s before the limit.
REFUSE_SECONDS = 2.0


@pytest.fixture
def repo(repo_copy: Path) -> Path:
    """A copy of the real corpus and seeds, as the working folder."""
    return repo_copy


def _write(repo: Path, name: str, data: bytes) -> Path:
    path = repo / "corpus" / "articles" / name
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- item 2: dates


@pytest.mark.parametrize(
    "value",
    ["2020-02-30", "2020-13-01", "2020-01-06 25:00:00", "0000-01-06", "2020-01-06T25:00:00Z"],
)
def test_fmt_keeps_an_impossible_date_as_the_text_it_is(value: str) -> None:
    # ruamel read these as timestamps and failed to build them (exit 3); the loader keeps
    # timestamps as text, and so does fmt now: validate reports the date, fmt keeps it.
    text = f"published:\n  date: {value}\n  why: x\n"
    assert format_yaml(text) == text


def test_fmt_still_writes_plain_and_quoted_timestamps_as_they_were() -> None:
    text = "a: 2020-01-06\nb: '2020-01-06'\nc: '2020-01-03T01:00:00+03:00'\nd: 2020-01-03 01:00\n"
    assert format_yaml(text) == text


def test_fmt_reports_an_impossible_date_nowhere_and_validate_does(
    run_cli: RunCli, repo: Path
) -> None:
    path = repo / ARTICLE
    text = path.read_text(encoding="utf-8").replace("  date: 2020-02-12", "  date: 2020-02-30")
    path.write_text(text, encoding="utf-8")
    result = run_cli(["fmt", str(ARTICLE)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert path.read_text(encoding="utf-8") == text
    assert "E203 published.date: expected a date" in run_cli(["validate", str(ARTICLE)]).stdout


# --------------------------------------------------------------------------- item 2: tabs


@pytest.mark.parametrize(
    ("text", "col"), [("id: x\nnote:\tcalm\n", 6), ("id: x\nnote: calm\t# why\n", 11)]
)
def test_fmt_reports_a_tab_its_parser_refuses_and_leaves_the_file(
    text: str, col: int, run_cli: RunCli, repo: Path
) -> None:
    path = _write(repo, "tab.yaml", text.encode())
    result = run_cli(["fmt", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{path}:2:{col}: error E108 fmt cannot read this: ")
    assert result.stderr.endswith(
        "; the file is left as it is. Hint: replace the tab with a space.\n"
    )
    assert path.read_bytes() == text.encode()


# --------------------------------------------------------------------------- item 2: no mapping


@pytest.mark.parametrize(
    ("text", "what"),
    [("# notes\n", "empty"), ("", "empty"), ("# a list\n- 1\n", "a list"),
     ("just text # why\n", "a single value")],
)
def test_fmt_refuses_a_document_that_is_no_mapping_and_keeps_its_comments(
    text: str, what: str, run_cli: RunCli, repo: Path
) -> None:
    # `# notes` came back as `null\n...\n`: the comment lost, exit 0.
    path = _write(repo, "notes.yaml", text.encode())
    for args in (["fmt", str(path)], ["fmt", "--check", str(path)]):
        result = run_cli(args)
        assert result.exit_code == 1
        assert result.stderr.endswith(
            f"error E107 the document is {what}; it must be a mapping of keys to values.\n"
        )
    assert path.read_bytes() == text.encode()


@pytest.mark.parametrize(
    ("text", "line", "col"),
    [
        ("a: {b: 1, # why\n  c: 2}\n", 1, 11),
        ("a: 1\n...\n# after the end\n", 3, 1),
        ("%YAML 1.2\n# before the start\n---\na: 1\n", 2, 1),
    ],
    ids=["in-flow-mapping", "after-document-end", "before-document-start"],
)
def test_fmt_never_drops_a_comment(
    text: str, line: int, col: int, run_cli: RunCli, repo: Path
) -> None:
    path = _write(repo, "comments.yaml", text.encode())
    result = run_cli(["fmt", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"{path}:{line}:{col}: error E108 fmt would lose this comment; the file is left as it is."
    )
    assert path.read_bytes() == text.encode()


def test_comments_are_found_outside_scalars_only() -> None:
    text = "a: |\n  x # text\n# one\nb: \"# text\" # two\nc: [1, # three\n  2]\nd: e#f\n"
    assert comments(text) == [("# one", (3, 1)), ("# two", (4, 13)), ("# three", (5, 8))]


# --------------------------------------------------------------------------- item 10: size


def test_fmt_refuses_a_huge_flow_list_before_ruamel_reads_it(
    run_cli: RunCli, repo: Path
) -> None:
    # 1 MB of `x: [1,1,...]` (524,000 values) took fmt 53 s and 667 MB.
    text = "x: [" + ",".join(["1"] * ((1024 * 1024 - 10) // 2)) + "]\n"
    path = _write(repo, "flow.yaml", text.encode())
    started = time.perf_counter()
    result = run_cli(["fmt", str(path)])
    assert time.perf_counter() - started < REFUSE_SECONDS
    assert result.exit_code == 1
    assert f"error E101 file holds more than {MAX_NODES} values" in result.stderr
    assert path.read_bytes() == text.encode()


def test_the_value_limit_counts_keys_items_and_collections() -> None:
    at_limit = "x:\n" + "- 1\n" * (MAX_NODES - 3)  # the root, x, its list and the items
    assert len(parse_yaml(at_limit).data["x"]) == MAX_NODES - 3  # (ruamel would take 5 s)
    with pytest.raises(YamlIssue) as info:
        format_yaml(at_limit + "- 1\n")
    assert (info.value.code, info.value.line, info.value.col) == ("E101", MAX_NODES - 1, 3)


# --------------------------------------------------------------------------- item 12: CRLF


def _endings(data: bytes) -> tuple[int, int]:
    """(CRLF line ends, bare LF line ends)."""
    return data.count(b"\r\n"), data.count(b"\n") - data.count(b"\r\n")


def test_fmt_keeps_a_crlf_file_crlf(run_cli: RunCli, repo: Path) -> None:
    path = repo / ARTICLE
    text = path.read_text(encoding="utf-8").replace("version: 1\n", "version:  1\n")
    path.write_bytes(text.replace("\n", "\r\n").encode())
    assert run_cli(["fmt", str(ARTICLE)]).exit_code == 0
    data = path.read_bytes()
    assert _endings(data) == (text.count("\n"), 0)
    assert data.decode().replace("\r\n", "\n") == (REPO / ARTICLE).read_text(encoding="utf-8")


def test_format_yaml_takes_the_line_ending_of_the_first_line() -> None:
    formatted = format_yaml("# c\r\nb: [1, 2]\na: 1 # d\r\n")
    assert formatted == "# c\r\nb:\r\n  - 1\r\n  - 2\r\na: 1 # d\r\n"


def test_merge_into_a_crlf_file_adds_crlf_lines(run_cli: RunCli, repo: Path) -> None:
    path = repo / ARTICLE
    text = path.read_text(encoding="utf-8")
    kept = text[: text.rindex("\n  - id: ") + 1]  # the last claim removed: merge adds it back
    path.write_bytes(kept.replace("\n", "\r\n").encode())
    result = run_cli(["extract", str(SEED), "--merge", str(ARTICLE)])
    assert result.exit_code == 0, result.stderr
    data = path.read_bytes()
    crlf, lf = _endings(data)
    assert (crlf > kept.count("\n"), lf) == (True, 0)
    assert data.startswith(kept.replace("\n", "\r\n").encode())
