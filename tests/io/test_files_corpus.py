"""Hostile corpus files: FIFOs, endless devices, links out of the repository, temporary folders
(issue 12, items 3, 4 and 8). Each runs the real command in a subprocess, bounded in time and
memory, since the failures were a hang and a read until memory ran out."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, RunCli

ARTICLE = Path("corpus/articles/001-dod-news.yaml")
SEED = Path("seeds/001_7c7b5841e51291d7.txt")
#: Enough for any command on the real corpus; a read of /dev/zero hits it in a second.
MEMORY_LIMIT = 2 * 1024 * 1024 * 1024


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the real corpus and seeds."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    return tmp_path


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _natoiraq(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "natoiraq", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=30,
        preexec_fn=_limit_memory,
        check=False,
    )


def test_a_fifo_article_is_a_finding_not_a_hang(repo: Path) -> None:
    os.mkfifo(repo / "corpus/articles/zz-pipe.yaml")
    result = _natoiraq(repo, "validate", "--jobs", "1")
    assert result.returncode == 1
    assert result.stdout == (
        "corpus/articles/zz-pipe.yaml:1:1: error E100 is a FIFO (named pipe), not a regular "
        "file.\n"
    )


def test_an_article_linked_to_dev_zero_is_refused_before_reading(repo: Path) -> None:
    (repo / "corpus/articles/zz-zero.yaml").symlink_to("/dev/zero")
    result = _natoiraq(repo, "validate", "corpus/articles/zz-zero.yaml")
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("corpus/articles/zz-zero.yaml:1:1: error E100 ")
    assert "MemoryError" not in result.stderr


def test_a_fifo_seed_is_a_finding_not_a_hang(repo: Path) -> None:
    (repo / SEED).unlink()
    os.mkfifo(repo / SEED)
    result = _natoiraq(repo, "validate", str(ARTICLE))
    assert result.returncode == 1
    assert result.stdout == (
        f"{ARTICLE}:5:7: error E302 seed: seed \"{SEED}\" is a FIFO (named pipe), not a regular "
        "file.\n"
    )


def test_an_article_linked_out_of_the_repository_shows_nothing_of_that_file(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    secret = tmp_path_factory.mktemp("elsewhere") / "credentials.yaml"
    secret.write_text("aws_secret_access_key: hunter2\n", encoding="utf-8")
    (repo / "corpus/articles/zz-link.yaml").symlink_to(secret)
    result = _natoiraq(repo, "validate", "--jobs", "1")
    assert result.returncode == 1
    assert result.stdout == (
        "corpus/articles/zz-link.yaml:1:1: error E100 leads outside the repository through a "
        "symlink; corpus files must lie inside it. Hint: copy the file into the corpus instead "
        "of linking to it.\n"
    )
    assert "aws_secret" not in result.stdout + result.stderr
    assert "hunter2" not in result.stdout + result.stderr


def test_a_link_inside_the_repository_is_followed(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = repo / "shared"
    shared.mkdir()
    (repo / ARTICLE).rename(shared / ARTICLE.name)
    (repo / ARTICLE).symlink_to(Path("../../shared") / ARTICLE.name)
    monkeypatch.chdir(repo)
    result = run_cli(["validate", "--jobs", "1"])
    assert result.exit_code == 0, result.stdout


def test_a_corpus_folder_that_is_a_symlink_is_its_own_repository(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As for seed paths, the repository is the folder holding the corpus folder's target.
    store = repo / "store"
    store.mkdir()
    for folder in ("corpus", "seeds"):
        (repo / folder).rename(store / folder)
    work = repo / "work"
    work.mkdir()
    (work / "corpus").symlink_to(store / "corpus")
    monkeypatch.chdir(work)
    result = run_cli(["validate", "--jobs", "1"])
    assert result.exit_code == 0, result.stdout


def test_fmt_refuses_a_fifo_in_the_corpus_before_writing_anything(repo: Path) -> None:
    os.mkfifo(repo / "corpus/articles/zz-pipe.yaml")
    result = _natoiraq(repo, "fmt")
    assert result.returncode == 2
    assert result.stderr == (
        "natoiraq: error: corpus/articles/zz-pipe.yaml is a FIFO (named pipe), not a regular "
        "file.\n"
    )


def test_fmt_never_walks_into_hidden_folders(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What an interrupted write of an older natoiraq left: `.<name>.XXXX.tmp/<name>`.
    left = repo / "corpus/articles/.001-dod-news.yaml.k2j4x9.tmp"
    left.mkdir()
    (left / "001-dod-news.yaml").write_text("id:    unformatted\n", encoding="utf-8")
    (repo / "corpus/.hidden.yaml").write_text("id:    unformatted\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    result = run_cli(["fmt", "--check"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert run_cli(["fmt"]).exit_code == 0
    assert (left / "001-dod-news.yaml").read_text(encoding="utf-8") == "id:    unformatted\n"
