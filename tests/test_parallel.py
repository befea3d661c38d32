"""--jobs: per-file work in worker processes gives the output of one process (issue 6)."""

from __future__ import annotations

import functools
import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from natoiraq import parallel
from natoiraq.cli import cli

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def broken_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 20-article synthetic corpus with a wrong offset, a duplicate id and a YAML error."""
    spec = importlib.util.spec_from_file_location("synth", ROOT / "benchmarks" / "synth.py")
    assert spec is not None and spec.loader is not None
    synth = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = synth
    spec.loader.exec_module(synth)
    repo: Path = synth.build(20, tmp_path_factory.mktemp("par") / "repo")
    articles = repo / "corpus" / "articles"
    first, second, third = sorted(articles.glob("*.yaml"))[:3]
    shutil.copyfile(first, articles / "s99999-copy.yaml")
    text = second.read_text(encoding="utf-8")
    second.write_text(text.replace("start: 60\n", "start: 61\n", 1), encoding="utf-8")
    third.write_text(third.read_text(encoding="utf-8") + "id: again\n", encoding="utf-8")
    return repo


@pytest.fixture(autouse=True)
def _small_pools(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_ITEMS_FOR_POOL", 2)


def _run(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_validate_jobs_output_is_identical(
    broken_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _run(["validate", "--jobs", "1"], broken_repo, monkeypatch)
    two = _run(["validate", "--jobs", "2"], broken_repo, monkeypatch)
    assert one == two
    assert one[0] == 1
    codes = {line.split()[2] for line in one[1].splitlines()}
    assert {"E105", "E401", "E403"} <= codes


def test_extract_jobs_output_is_identical(
    broken_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = [str(p.relative_to(broken_repo)) for p in sorted(broken_repo.glob("seeds/*.txt"))[:4]]
    args = ["extract", "--published", "2020-01-06", "--format", "json", *seeds]
    one = _run([*args, "--jobs", "1"], broken_repo, monkeypatch)
    two = _run([*args, "--jobs", "2"], broken_repo, monkeypatch)
    assert one == two
    assert one[0] == 0
    assert one[1].count('"claims"') == 4


def _square(x: int) -> int:
    if x == 13:
        raise ValueError("thirteen")
    return x * x


class _Count:
    def __init__(self) -> None:
        self.total = self.done = 0

    def add(self, total: int) -> None:
        self.total += total

    def advance(self) -> None:
        self.done += 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_ordered_map_keeps_order_and_reports_progress(jobs: int) -> None:
    count = _Count()
    assert list(parallel.ordered_map(_square, range(13), jobs, count)) == [x * x for x in range(13)]
    assert (count.total, count.done) == (13, 13)


@pytest.mark.parametrize("jobs", [1, 2])
def test_ordered_map_raises_a_workers_error_in_turn(jobs: int) -> None:
    seen = []
    with pytest.raises(ValueError, match="thirteen"):
        for value in parallel.ordered_map(functools.partial(_square), range(20), jobs):
            seen.append(value)
    assert seen == [x * x for x in range(13)]


def test_jobs_must_be_positive(monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = _run(["validate", "--jobs", "0"], ROOT, monkeypatch)
    assert code == 2
    assert "--jobs" in err
