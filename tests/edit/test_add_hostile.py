"""`natoiraq add` against hostile or careless input: paths out of articles/, bad ids and
languages, the same text twice, a full disk half-way (issue 12, item 6)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from natoiraq.io import files
from tests.conftest import REPO, RunCli

STORY = (
    "NATO to widen Iraq mission\n\n"
    "NATO defence ministers agreed on Wednesday to expand the training mission in Iraq, "
    'Secretary General Jens Stoltenberg said. "We will do more," Stoltenberg said.\n'
)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the real corpus and seeds, as the working folder, and a story to add."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    (tmp_path / "incoming").mkdir()
    (tmp_path / "incoming" / "wire.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _tree(repo: Path) -> dict[str, bytes]:
    """Every file of the repository copy, by path, with its bytes."""
    return {
        p.relative_to(repo).as_posix(): p.read_bytes()
        for p in sorted(repo.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["--id", "../evil"],
            "'../evil' is not an article id: use lower-case letters, digits and inner hyphens, "
            "at most 80 (such as 005-afp).",
        ),
        (
            ["--id", "Has Space"],
            "'Has Space' is not an article id: use lower-case letters, digits and inner "
            "hyphens, at most 80 (such as 005-afp).",
        ),
        (
            ["--translated-from", "klingon"],
            "'klingon' is not an ISO 639 language code: use two or three lower-case letters "
            "(such as fr or ara).",
        ),
    ],
    ids=["path-out-of-articles", "space", "language"],
)
def test_a_bad_option_is_a_usage_error_and_writes_nothing(
    run_cli: RunCli, repo: Path, options: list[str], message: str
) -> None:
    before = _tree(repo)
    result = run_cli(["add", "incoming/wire.txt", *options])
    assert result.exit_code == 2
    assert result.stderr == f"natoiraq: error: {message}\n"
    assert _tree(repo) == before


def test_the_same_text_under_another_name_is_refused_naming_its_article(
    run_cli: RunCli, repo: Path
) -> None:
    assert run_cli(["add", "incoming/wire.txt", "--id", "005-wire"]).exit_code == 0
    shutil.copy(repo / "incoming" / "wire.txt", repo / "incoming" / "copy.txt")
    before = _tree(repo)
    result = run_cli(["add", "incoming/copy.txt", "--id", "006-copy"])
    assert result.exit_code == 2
    assert result.stderr == (
        "natoiraq: error: incoming/copy.txt: the same text is already seeds/wire.txt, the seed "
        "of corpus/articles/005-wire.yaml; nothing written.\n"
    )
    assert _tree(repo) == before
    again = run_cli(["add", "incoming/wire.txt", "--id", "007-again"])
    assert again.exit_code == 2
    assert "the same text is already seeds/wire.txt, the seed of" in again.stderr


def test_a_seed_listed_under_another_name_is_named(run_cli: RunCli, repo: Path) -> None:
    # The seeds of the corpus are listed in SHA256SUMS; a copy of one is not a new text.
    seed = next((repo / "seeds").glob("001_*.txt"))
    copy = repo / "incoming" / "dod.txt"
    shutil.copy(seed, copy)
    result = run_cli(["add", "incoming/dod.txt", "--id", "008-dod"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"natoiraq: error: incoming/dod.txt: the same text is already seeds/{seed.name}, the "
        "seed of corpus/articles/001-dod-news.yaml; nothing written.\n"
    )


def test_a_seed_name_sha256sums_cannot_list_is_refused(run_cli: RunCli, repo: Path) -> None:
    forged = repo / "incoming" / f"x.txt\n{'0' * 64}  other.txt"
    forged.write_text(STORY, encoding="utf-8")
    before = _tree(repo)
    result = run_cli(["add", str(forged.relative_to(repo)), "--id", "009-x"])
    assert result.exit_code == 2
    assert "cannot hold control characters or backslashes" in result.stderr
    assert _tree(repo) == before


def test_a_fifo_to_add_is_refused_without_blocking(repo: Path) -> None:
    os.mkfifo(repo / "incoming" / "pipe.txt")
    # A subprocess, bounded in time: the reader used to block on the FIFO for ever.
    result = subprocess.run(
        [sys.executable, "-m", "natoiraq", "add", "incoming/pipe.txt"],
        cwd=repo, capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr == (
        "natoiraq: error: incoming/pipe.txt:1:1: is a FIFO (named pipe), not a regular file.\n"
    )


@pytest.mark.parametrize("failing", [1, 2, 3, 4], ids=["registry", "seed", "article", "sums"])
def test_a_full_disk_at_any_write_leaves_nothing_and_a_rerun_works(
    run_cli: RunCli, repo: Path, monkeypatch: pytest.MonkeyPatch, failing: int
) -> None:
    # The story names a person the registry lacks, so add writes four files: the registry (its
    # proposal), the seed, the article and SHA256SUMS. The disk fills at the `failing`th.
    story = repo / "incoming" / "wire.txt"
    story.write_text(
        STORY + '"We are not leaving Iraq," Defense Secretary Mark Esper told reporters.\n',
        encoding="utf-8",
    )
    before = _tree(repo)
    real_fsync, synced = os.fsync, []

    def disk_full(fd: int) -> None:
        synced.append(fd)
        if len(synced) == failing:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", disk_full)
    result = run_cli(["add", "incoming/wire.txt", "--id", "005-wire"])
    written = ["corpus/registry.yaml", "seeds/wire.txt", "corpus/articles/005-wire.yaml",
               "seeds/SHA256SUMS"][failing - 1]  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr.endswith(f"error: I/O error {written}: No space left on device\n")
    assert _tree(repo) == before
    monkeypatch.setattr(files.os, "fsync", real_fsync)
    rerun = run_cli(["add", "incoming/wire.txt", "--id", "005-wire"])
    assert rerun.exit_code == 0, rerun.stderr
    assert set(_tree(repo)) - set(before) == {"corpus/articles/005-wire.yaml", "seeds/wire.txt"}
    assert "mark-esper" in (repo / "corpus/registry.yaml").read_text(encoding="utf-8")
