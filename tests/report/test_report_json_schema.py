"""Every command's real JSON output is valid against its committed schema and its model.

Each output is checked twice, by jsonschema's Draft 2020-12 validator against the file in
schema/ and by the pydantic model (`model_validate_json`), so the two cannot disagree unseen.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner
from jsonschema import Draft7Validator, Draft202012Validator

from natoiraq.checker import check_story, filter_check
from natoiraq.cli import COMMANDS, cli
from natoiraq.corpus import Corpus
from natoiraq.io.drafts import read_draft
from natoiraq.models import Article
from natoiraq.report.check import render_check
from natoiraq.report.diagnostics import render_findings
from natoiraq.report.schemas import REPORT_SCHEMAS
from natoiraq.validator import load_corpus
from tests.conftest import DATA, REPO
from tests.validator.test_cases import validate_case


@cache
def validator(stem: str) -> Draft202012Validator:
    schema = json.loads((REPO / "schema" / f"{stem}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    # Formats checked too (`date`), as the models check them.
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(stem: str, text: str) -> list[str]:
    """What the committed schema finds wrong with `text`, one line per error."""
    errors = validator(stem).iter_errors(json.loads(text))
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors]


def assert_valid(stem: str, text: str) -> dict[str, Any]:
    """`text` is valid for the schema file and for the model; returns it parsed."""
    assert schema_errors(stem, text) == []
    REPORT_SCHEMAS[stem].model.model_validate_json(text)
    data: dict[str, Any] = json.loads(text)
    assert data["version"] == REPORT_SCHEMAS[stem].version
    return data


def cli_json(args: Sequence[str], cwd: Path = REPO, codes: tuple[int, ...] = (0,)) -> str:
    """Run a command in-process from `cwd`; its standard output."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(cwd)
        result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code in codes, result.stderr
    return result.stdout


# --------------------------------------------------------------------------- reconcile


@pytest.mark.parametrize("args", [
    [],
    ["--include-drafts"],
    ["--verdict", "conflict", "--verdict", "variant"],
    ["--kind", "quote", "--kind", "name"],
    ["--topic", "soleimani-strike"],
    ["--verdict", "conflict", "--kind", "name"],  # nothing left: empty findings
    ["--fail-on", "conflict"],
], ids=lambda a: " ".join(a) or "all")  # fmt: skip
def test_reconcile_json_on_the_corpus(args: list[str]) -> None:
    data = assert_valid("reconcile-report", cli_json(["reconcile", "--format", "json", *args],
                                                     codes=(0, 1)))  # fmt: skip
    assert len(data["articles"]) == 5


def test_reconcile_json_covers_every_kind() -> None:
    data = assert_valid("reconcile-report", cli_json(["reconcile", "--format", "json"]))
    assert {f["kind"] for f in data["findings"]} == {"date", "count", "quote", "decision", "name"}


@pytest.mark.parametrize("evalset", ["dev", "holdout", "holdout2"])
def test_reconcile_json_on_the_evaluation_sets(evalset: str) -> None:
    corpus = f"evalsets/{evalset}/corpus"
    assert_valid("reconcile-report", cli_json(["reconcile", "--corpus", corpus, "--format",
                                               "json", "--include-drafts"]))  # fmt: skip


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's corpus with two more articles of draft claims (extracted from
    seeds 000 and 003), so that --include-drafts has drafts to count."""
    root = tmp_path_factory.mktemp("drafted")
    for folder in ("corpus", "seeds", "schema"):
        shutil.copytree(REPO / folder, root / folder)
    cli_json(["extract", "seeds/003_86bb72d104763da4.txt", "seeds/000_928c17c2318db461.txt",
              "--out", "corpus/articles", "--registry", "corpus/registry.yaml"], cwd=root)
    return root


def test_reconcile_json_with_draft_claims(drafted: Path) -> None:
    text = cli_json(["reconcile", "--format", "json", "--include-drafts"], cwd=drafted)
    data = assert_valid("reconcile-report", text)
    assert data["include_drafts"] is True
    statuses = {c["status"] for f in data["findings"] for c in f["claims"]}
    assert statuses == {"draft", "reviewed"}
    assert any("draft-claims" in f["reasons"] for f in data["findings"])


# --------------------------------------------------------------------------- check


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    loaded = load_corpus(REPO / "corpus", REPO)
    assert loaded.corpus is not None
    return loaded.corpus


def _drafts() -> list[Path]:
    found = sorted(REPO.glob("evalsets/*/*.md")) + sorted(REPO.glob("examples/*.md"))
    return [p for p in found if p.name != "README.md"]


@pytest.mark.parametrize("draft", _drafts(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_check_json_on_every_draft(draft: Path, corpus: Corpus) -> None:
    report = check_story(read_draft(draft), corpus, story=draft.relative_to(REPO).as_posix())
    assert_valid("check-report", render_check(report, "json"))
    shown = filter_check(report, ("contradicted", "unsupported", "not-checked"))
    assert_valid("check-report", render_check(shown, "json"))


def test_check_json_covers_every_kind_and_quote_status(corpus: Corpus) -> None:
    kinds, statuses = set(), set()
    for draft in _drafts():
        report = check_story(read_draft(draft), corpus, story=draft.name)
        data = json.loads(render_check(report, "json"))
        kinds |= {c["kind"] for c in data["claims"]}
        statuses |= {c["quote_status"] for c in data["claims"] if c["kind"] == "quote"}
    assert kinds == {"date", "count", "quote", "decision"}
    assert statuses == {"verbatim", "altered", "translated", "not-found"}


@pytest.mark.parametrize("args", [
    ["examples/draft-story.md"],
    ["examples/draft-story.md", "--verdict", "contradicted,not-checked"],
    ["evalsets/check/c05-spanish-translated.md", "--published", "2020-01-07"],
], ids=["example", "filtered", "published"])  # fmt: skip
def test_check_json_from_the_command(args: list[str]) -> None:
    assert_valid("check-report", cli_json(["check", *args, "--format", "json"]))


def test_check_json_of_a_draft_with_no_date_and_no_claims(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("Nothing here says anything.\n", encoding="utf-8")
    data = assert_valid("check-report", cli_json(["check", str(tmp_path / "empty.txt"),
                                                  "--format", "json"]))  # fmt: skip
    assert data["claims"] == [] and data["published"]["date"] is None and data["notes"]


def test_check_json_with_draft_sources(drafted: Path) -> None:
    text = cli_json(["check", str(REPO / "examples/draft-story.md"), "--format", "json",
                     "--include-drafts"], cwd=drafted)  # fmt: skip
    data = assert_valid("check-report", text)
    assert "draft" in {s["status"] for c in data["claims"] for s in c["sources"]}


# --------------------------------------------------------------------------- eval


def test_eval_json() -> None:
    data = assert_valid("eval-report", cli_json(["eval", "--format", "json"]))
    assert data["misses"] and data["false"] and data["topics"]
    assert any("nearest" in miss for miss in data["misses"])


@pytest.mark.parametrize("args", [[], ["--set", "check-holdout"]], ids=["check", "holdout"])
def test_eval_check_json(args: list[str]) -> None:
    data = assert_valid("eval-check-report", cli_json(["eval", "--check", "--format", "json",
                                                       *args]))  # fmt: skip
    assert data["confusion"]


# --------------------------------------------------------------------------- validate


def test_origins_json_on_the_corpus() -> None:
    data = assert_valid("origins-report", cli_json(["origins", "--format", "json"]))
    assert data["counts"]["articles"] == len(data["groups"]) > 0


def test_origins_json_with_a_shared_group(tmp_path: Path) -> None:
    """A recorded article origin makes a group of two, links and all."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    path = tmp_path / "corpus" / "articles" / "004-southfront.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "\nboilerplate:", "\norigins:\n  - kind: article\n    source: The Jordan Times\n"
        "    article: 002-jordan-times\n    basis: inferred\n    evidence: a test\nboilerplate:",
        1), encoding="utf-8")  # fmt: skip
    data = assert_valid("origins-report", cli_json(["origins", "--format", "json"], cwd=tmp_path))
    assert data["counts"]["shared"] == 1


def test_validate_json_on_the_clean_corpus() -> None:
    data = assert_valid("validate-report", cli_json(["validate", "--format", "json"]))
    assert data["findings"] == []


def test_validate_json_with_warnings(drafted: Path) -> None:
    data = assert_valid("validate-report", cli_json(["validate", "--format", "json"],
                                                    cwd=drafted))  # fmt: skip
    assert data["counts"]["warning"] > 0


def test_validate_json_with_errors_from_the_command() -> None:
    root = DATA / "validate"
    text = cli_json(["validate", "invalid/several-findings.yaml", "--format", "json"], cwd=root,
                    codes=(1,))  # fmt: skip
    assert assert_valid("validate-report", text)["counts"]["error"] > 0


def _invalid_cases() -> list[Path]:
    return sorted((DATA / "validate" / "invalid").glob("*.yaml"))


@pytest.mark.parametrize("case", _invalid_cases(), ids=lambda p: p.stem)
def test_validate_json_on_every_invalid_case(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As tests/validator/test_cases.py runs them: from the cases' folder, against its corpus.
    root = DATA / "validate"
    monkeypatch.chdir(root)
    result = validate_case(case)
    data = assert_valid("validate-report", render_findings(result.findings, "json"))
    assert data["findings"]


# --------------------------------------------------------------------------- version everywhere


def test_extract_json_is_an_article_document_with_its_version() -> None:
    text = cli_json(["extract", "seeds/001_7c7b5841e51291d7.txt", "--format", "json",
                     "--published", "2020-01-06"])  # fmt: skip
    schema = json.loads((REPO / "schema" / "article.schema.json").read_text(encoding="utf-8"))
    assert list(Draft7Validator(schema).iter_errors(json.loads(text))) == []
    assert Article.model_validate_json(text).version == 1
    assert json.loads(text)["version"] == 1


#: Every command with a JSON format, and the test above that validates it.
JSON_COMMANDS = {"reconcile", "check", "eval", "validate", "extract", "origins"}


def _json_commands() -> Iterator[str]:
    ctx = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None
        for param in command.params:
            if isinstance(param.type, click.Choice) and "json" in param.type.choices:
                yield name


def test_every_json_format_is_one_these_tests_validate() -> None:
    assert set(_json_commands()) == JSON_COMMANDS
