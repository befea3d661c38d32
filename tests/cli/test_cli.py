"""The command line: formats, and the exit codes 0/1/2/3."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from natoiraq.rules import RULES
from tests.conftest import DATA, REPO, RunCli

MINI = DATA / "validate"


@pytest.fixture
def mini_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the validator's small test repository, as the working folder."""
    shutil.copytree(MINI / "corpus", tmp_path / "corpus")
    shutil.copytree(MINI / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_validate_clean_corpus_exits_0_and_prints_nothing(run_cli: RunCli, mini_repo: Path) -> None:
    result = run_cli(["validate"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "no findings in corpus.\n"


def test_validate_reports_findings_and_exits_1(run_cli: RunCli, mini_repo: Path) -> None:
    article = mini_repo / "corpus/articles/mini.yaml"
    article.write_text(
        article.read_text(encoding="utf-8").replace("exact: Monday", "exact: Tuesday"),
        encoding="utf-8",
    )
    result = run_cli(["validate"])
    assert result.exit_code == 1
    assert result.stdout == (
        "corpus/articles/mini.yaml:26:23: error E310 claims[1] (id=suspension-date).evidence"
        '.exact: text at 146-152 is "Monday", annotation says "Tuesday". '
        "Hint: that text does not occur in the seed.\n"
    )
    assert result.stderr == "1 error in corpus.\n"


def test_validate_json_and_github_formats(run_cli: RunCli, mini_repo: Path) -> None:
    article = mini_repo / "corpus/articles/mini.yaml"
    article.write_text(
        article.read_text(encoding="utf-8").replace("status: reviewed", "status: draft", 1),
        encoding="utf-8",
    )
    result = run_cli(["validate", "--format", "json"])
    assert result.exit_code == 0  # a warning alone does not fail
    payload = json.loads(result.stdout)
    assert payload["counts"] == {"error": 0, "warning": 1}
    assert payload["findings"][0]["code"] == "W604"
    assert payload["findings"][0]["where"] == "claims[0] (id=suspension).status"
    github = run_cli(["validate", "--format", "github"])
    assert github.stdout.startswith(
        "::warning file=corpus/articles/mini.yaml,line=22,col=13,title=W604::"
        "claims[0] (id=suspension).status: the claim is a draft."
    )
    assert run_cli(["validate", "--strict"]).exit_code == 1


def test_validate_a_single_article_file(run_cli: RunCli, mini_repo: Path) -> None:
    result = run_cli(["validate", "corpus/articles/mini.yaml"])
    assert result.exit_code == 0, result.stdout


def test_validate_missing_path_is_a_usage_error(run_cli: RunCli, mini_repo: Path) -> None:
    result = run_cli(["validate", "nowhere"])
    assert result.exit_code == 2
    assert "no such file or folder: nowhere." in result.stderr
    assert result.stdout == ""


def test_validate_outside_a_repository_says_where_to_run(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli(["validate"])
    assert result.exit_code == 2
    assert "or start one with `natoiraq init DIR`." in result.stderr


def test_internal_error_exits_3_without_traceback(
    run_cli: RunCli, mini_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr("natoiraq.cli.validate.validate_paths", broken)
    monkeypatch.delenv("NATOIRAQ_DEBUG", raising=False)
    result = run_cli(["validate"])
    assert result.exit_code == 3
    assert "natoiraq: internal error: KeyError: 'boom'" in result.stderr
    assert "Traceback" not in result.stderr


def test_schema_check_is_clean_on_the_repository(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    assert run_cli(["schema", "--check"]).exit_code == 0


def test_schema_writes_files_and_check_finds_them_stale(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "schema"
    stale = run_cli(["schema", "--check", "--out", str(out)])
    assert stale.exit_code == 1
    assert "stale or missing; run `natoiraq schema`." in stale.stderr
    assert not out.exists()
    assert run_cli(["schema", "--out", str(out)]).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "article.schema.json",
        "check-report.schema.json",
        "eval-check-report.schema.json",
        "eval-report.schema.json",
        "origins-report.schema.json",
        "reconcile-report.schema.json",
        "reference.schema.json",
        "registry.schema.json",
        "validate-report.schema.json",
    ]
    assert run_cli(["schema", "--check", "--out", str(out)]).exit_code == 0


def test_rules_lists_every_code(run_cli: RunCli) -> None:
    result = run_cli(["rules"])
    assert result.exit_code == 0
    for code in RULES:
        assert f"\n{code}  " in "\n" + result.stdout


def test_rules_for_one_code_and_an_unknown_code(run_cli: RunCli) -> None:
    one = run_cli(["rules", "e310"])
    assert one.stdout.startswith("E310  error    text does not match the seed\n")
    bad = run_cli(["rules", "E999"])
    assert bad.exit_code == 2
    assert "unknown rule code: E999." in bad.stderr


def test_unknown_option_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli(["validate", "--colour"])
    assert result.exit_code == 2
    assert "No such option '--colour'" in result.stderr


def test_duplicate_article_id_across_files(run_cli: RunCli, mini_repo: Path) -> None:
    articles = mini_repo / "corpus" / "articles"
    shutil.copy(articles / "mini.yaml", articles / "mini-copy.yaml")
    result = run_cli(["validate", "--format", "text"])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "corpus/articles/mini-copy.yaml:3:5: error E401 id: article id 'mini' is also used by "
        "corpus/articles/mini.yaml.",
        "corpus/articles/mini-copy.yaml:3:5: error E403 id: the file is named 'mini-copy.yaml' "
        "but the article id is 'mini'. Hint: rename it to mini.yaml.",
    ]
