"""`natoiraq check --sources N|all` (issue 15): the sources shown per claim are capped, the JSON
counts them all, the text report says how many were left out, and a bad value is a usage error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, RunCli

STORY = str(REPO / "examples" / "draft-story.md")


def _claims(run_cli: RunCli, *args: str) -> list[dict[str, Any]]:
    result = run_cli(["check", STORY, "--format", "json", *args])
    assert result.exit_code == 0, result.stderr
    claims: list[dict[str, Any]] = json.loads(result.stdout)["claims"]
    return claims


def test_one_source_per_claim_and_the_totals_of_all(run_cli: RunCli, repo_copy: Path) -> None:
    every = _claims(run_cli, "--sources", "all")
    capped = _claims(run_cli, "--sources", "1")
    assert [c["id"] for c in capped] == [c["id"] for c in every]
    assert all(len(c["sources"]) <= 1 for c in capped)
    assert [(c["sources_total"], c["origins"]) for c in capped] == [
        (len(c["sources"]), c["origins"]) for c in every
    ]
    assert any(c["sources_total"] > 1 for c in capped)  # the cap did leave some out
    assert all(c["sources_total"] == len(c["sources"]) for c in every)


def test_zero_is_all(run_cli: RunCli, repo_copy: Path) -> None:
    assert _claims(run_cli, "--sources", "0") == _claims(run_cli, "--sources", "all")


def test_the_text_report_says_how_many_more(run_cli: RunCli, repo_copy: Path) -> None:
    result = run_cli(["check", STORY, "--sources", "1", "--no-color"])
    assert result.exit_code == 0, result.stderr
    more = [line.strip() for line in result.stdout.splitlines() if "more source" in line]
    assert more
    assert all(
        line.startswith("… and ") and line.endswith("; `--sources all` lists every one.")
        for line in more
    )
    assert "more source" not in run_cli(["check", STORY, "--no-color"]).stdout


@pytest.mark.parametrize("value", ["-3", "x", "1.5", "", "²"])
def test_a_bad_value_is_a_usage_error(run_cli: RunCli, repo_copy: Path, value: str) -> None:
    result = run_cli(["check", STORY, "--sources", value])
    assert result.exit_code == 2
    assert (
        f"Invalid value for '--sources': '{value}' is neither a number of sources (0 or more) "
        "nor `all`."
    ) in result.stderr
    assert result.stdout == ""
