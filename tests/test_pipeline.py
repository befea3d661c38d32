"""The stages together: an extracted draft is a valid, canonically formatted corpus file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from natoiraq.extractor import extract_file
from natoiraq.io.yamlwrite import format_yaml
from natoiraq.validator import load_registry, validate_paths

from .conftest import REPO, RunCli

SEEDS = sorted((REPO / "seeds").glob("*.txt"))


@pytest.fixture
def repo_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The registry, reference and seeds of the real corpus, with no articles yet."""
    (tmp_path / "corpus" / "articles").mkdir(parents=True)
    for name in ("registry.yaml", "reference.yaml"):
        shutil.copy(REPO / "corpus" / name, tmp_path / "corpus" / name)
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_extracted_draft_validates_and_is_formatted(seed: Path, repo_copy: Path) -> None:
    result = extract_file(Path("seeds") / seed.name, Path("corpus/registry.yaml"),
                          published=None, fmt="yaml", load_registry=load_registry)
    target = repo_copy / "corpus" / "articles" / f"{result.article.id}.yaml"
    target.write_text(result.text, encoding="utf-8")
    findings = validate_paths([Path("corpus")]).findings
    assert [f.format() for f in findings if f.severity == "error"] == []
    assert {f.code for f in findings} <= {"W604", "W605", "W606"}
    assert ("W606" in {f.code for f in findings}) == (result.article.published.date is None)
    assert format_yaml(result.text) == result.text


def test_extract_cli_writes_a_file_that_validates(run_cli: RunCli, repo_copy: Path) -> None:
    seed = next(p for p in SEEDS if p.name.startswith("002"))
    out = run_cli(["extract", f"seeds/{seed.name}", "--out", "corpus/articles"])
    assert out.exit_code == 0, out.stderr
    assert run_cli(["validate"]).exit_code == 0
    assert run_cli(["fmt", "--check"]).exit_code == 0
