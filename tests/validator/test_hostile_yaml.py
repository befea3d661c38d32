"""Bad YAML values are findings, never internal errors (issue 12, items 1 and 12)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from natoiraq.io.yamlread import MAX_NUMBER_LENGTH, parse_yaml
from tests.conftest import RunCli

ARTICLE = Path("corpus/articles/001-dod-news.yaml")


@pytest.fixture
def repo(repo_copy: Path) -> Path:
    """A copy of the real corpus and seeds, as the working folder."""
    return repo_copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("value", ["0b_", "0x_", "0o_", "._", "-0x_", "+._", "0b__", ".__"])
def test_a_number_prefix_without_digits_is_text(value: str) -> None:
    assert parse_yaml(f"v: {value}\n").data == {"v": value}


@pytest.mark.parametrize(
    ("value", "number"),
    [("0b_1", 1), ("0x_1f", 31), ("0o_17", 15), ("._5", 0.5), ("-0x_1", -1), ("1_000", 1000)],
)
def test_numbers_with_digit_separators_still_read(value: str, number: float) -> None:
    assert parse_yaml(f"v: {value}\n").data == {"v": number}


@pytest.mark.parametrize("value", ["0b_", "0x_", "0o_", "._"])
def test_validate_reports_a_number_prefix_version_as_a_finding(
    value: str, run_cli: RunCli, repo: Path
) -> None:
    _edit(repo / ARTICLE, "version: 1\n", f"version: {value}\n")
    result = run_cli(["validate", str(ARTICLE)])
    assert result.exit_code == 1
    assert result.stdout == (
        f"{ARTICLE}:3:10: error E204 version: version \"{value}\" is not allowed. "
        "Hint: Allowed: 1.\n"
    )


@pytest.mark.parametrize(
    ("old", "new", "line", "col"),
    [
        ("version: 1\n", "version: " + "1" * 5000 + "\n", 3, 10),
        ("version: 1\n", "version: 0x" + "f" * 5000 + "\n", 3, 10),
        ("      start: 60\n", "      start: " + "9" * 4301 + "\n", 27, 14),
        ("      start: 60\n", "      start: " + "1" * 5000 + ".5\n", 27, 14),
    ],
    ids=["decimal-version", "hex-version", "decimal-offset", "float-offset"],
)
def test_validate_reports_a_number_too_long_to_convert(
    old: str, new: str, line: int, col: int, run_cli: RunCli, repo: Path
) -> None:
    # Python refuses int <-> text conversions of over 4,300 digits: the value crashed the loader
    # (decimal) or the finding's message (hex).
    _edit(repo / ARTICLE, old, new)
    result = run_cli(["validate", str(ARTICLE)])
    assert result.exit_code == 1
    length = len(new.split(": ", 1)[1].strip())
    assert result.stdout == (
        f"{ARTICLE}:{line}:{col}: error E205 a number of {length} characters is out of range; "
        f"the limit is {MAX_NUMBER_LENGTH}. Hint: quote it ('...') if it is meant as text.\n"
    )


def test_the_longest_allowed_number_still_reads() -> None:
    assert parse_yaml("v: " + "1" * MAX_NUMBER_LENGTH).data == {"v": int("1" * MAX_NUMBER_LENGTH)}


def test_validate_reports_a_nul_in_the_seed_path(run_cli: RunCli, repo: Path) -> None:
    _edit(repo / ARTICLE, "seed: seeds/001_7c7b5841e51291d7.txt",
          'seed: "seeds/\\0001_7c7b5841e51291d7.txt"')
    result = run_cli(["validate", str(ARTICLE)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{ARTICLE}:5:7: error E301 seed: seed ")
    assert lines[0].endswith(
        "is not a path: it holds a NUL character. Hint: use a repository-relative path such as "
        "seeds/<file>.txt."
    )


def test_one_schema_error_does_not_hide_the_files_other_findings(
    run_cli: RunCli, repo: Path
) -> None:
    path = repo / ARTICLE
    _edit(path, "      granularity: day\n", "      granularity: dya\n")  # claims[1]: E204
    _edit(path, "exact: the alliance has suspended training",  # claims[0]: E310
          "exact: the alliance has suspended Training")
    _edit(path, "topic: personnel-safety", "topic: personnel-safty")  # claims[2]: E402
    result = run_cli(["validate", str(ARTICLE)])
    assert result.exit_code == 1
    found = [re.sub(r" claims\[\d\].*", "", line).split(" ", 1)
             for line in result.stdout.splitlines()]
    assert found == [
        [f"{ARTICLE}:26:14:", "error E310"],
        [f"{ARTICLE}:46:20:", "error E204"],
        [f"{ARTICLE}:51:12:", "error E402"],
    ]
    assert "claims[2] (id=quote-safety-paramount).topic: topic 'personnel-safty'" in result.stdout


def test_findings_of_a_partly_valid_file_name_the_files_own_items(
    run_cli: RunCli, repo: Path
) -> None:
    # claims[1] fails the schema and is left out of the checks: claims[2]'s finding must still
    # say claims[2], at its own line.
    path = repo / ARTICLE
    _edit(path, "      granularity: day\n", "      granularity: dya\n")
    _edit(path, "topic: personnel-safety", "topic: personnel-safty")
    result = run_cli(["validate", str(ARTICLE)])
    assert f"{ARTICLE}:51:12: error E402 claims[2] (id=quote-safety-paramount).topic:" in (
        result.stdout
    )


def test_an_error_in_the_articles_own_keys_still_stops_the_checks(
    run_cli: RunCli, repo: Path
) -> None:
    # Without a valid seed and sha256 nothing can be anchored: only the schema finding.
    path = repo / ARTICLE
    _edit(path, "sha256: 880d", "sha256: X80d")
    _edit(path, "topic: personnel-safety", "topic: personnel-safty")
    result = run_cli(["validate", str(ARTICLE)])
    assert result.exit_code == 1
    assert [line.split(" ")[2] for line in result.stdout.splitlines()] == ["E204"]
