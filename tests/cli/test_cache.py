"""The corpus cache seen from the command line: only a cache (issue 15).

Every command that reads the corpus gives the same bytes cold, warm and with the cache off;
an edit is seen; a broken cache costs one note, never an error.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from natoiraq.io.cache import CACHE_DIR, CACHE_FILE
from tests.conftest import REPO, RunCli

COMMANDS = {
    "reconcile": ["reconcile", "--format", "json"],
    "check": ["check", "examples/draft-story.md", "--format", "json"],
}


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled corpus repository, as the working folder, without a cache."""
    for name in ("corpus", "seeds", "examples"):
        shutil.copytree(REPO / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NATOIRAQ_NO_CACHE", raising=False)
    return tmp_path


def cache_path(root: Path) -> Path:
    return root / CACHE_DIR / CACHE_FILE


def cached_paths(root: Path) -> list[str]:
    with sqlite3.connect(cache_path(root)) as db:
        return sorted(row[0] for row in db.execute("SELECT path FROM articles"))


def no_cache(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> tuple[int, str, str]:
    with monkeypatch.context() as m:
        m.setenv("NATOIRAQ_NO_CACHE", "1")
        result = run_cli(args)
    return result.exit_code, result.stdout, result.stderr


def run(run_cli: RunCli, args: list[str]) -> tuple[int, str, str]:
    result = run_cli(args)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_cold_warm_and_off_give_the_same_bytes(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    args = COMMANDS[command]
    off = no_cache(run_cli, monkeypatch, args)
    assert not (repo / CACHE_DIR).exists()
    cold = run(run_cli, args)
    assert cache_path(repo).is_file()
    assert len(cached_paths(repo)) == 5
    warm = run(run_cli, args)
    assert off == cold == warm
    assert off[0] == 0 and off[2] == ""


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_the_bundled_corpus_is_the_same_with_and_without_its_cache(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    # The repository's own corpus where it is: its cache (git-ignored) may be cold or warm.
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("NATOIRAQ_NO_CACHE", raising=False)
    args = COMMANDS[command]
    off = no_cache(run_cli, monkeypatch, args)
    first, second = run(run_cli, args), run(run_cli, args)
    assert cache_path(REPO).is_file()
    assert off == first == second


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_edited_claim_is_read_again(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    args = COMMANDS[command]
    before = run(run_cli, args)
    article = repo / "corpus/articles/002-jordan-times.yaml"
    text = article.read_text(encoding="utf-8")
    assert "      low: 450\n      high: 550\n" in text
    article.write_text(
        text.replace("      low: 450\n      high: 550\n", "      low: 400\n      high: 600\n"),
        encoding="utf-8",
    )
    warm = run(run_cli, args)
    assert warm != before
    assert '"low": 400' in warm[1]
    assert warm == no_cache(run_cli, monkeypatch, args)


@pytest.mark.parametrize(
    ("path", "old", "new"),
    [
        ("corpus/articles/001-dod-news.yaml", "      start: 188\n", "      start: 189\n"),
        ("seeds/001_7c7b5841e51291d7.txt", "safety of our personnel", "safety of our people"),
        ("corpus/registry.yaml", "id: jens-stoltenberg", "id: jens-stoltenberg-x"),
    ],
    ids=["article", "seed", "registry"],
)
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_file_that_now_has_errors_is_reported_as_without_a_cache(
    repo: Path,
    run_cli: RunCli,
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    old: str,
    new: str,
    command: str,
) -> None:
    args = COMMANDS[command]
    assert run(run_cli, args)[0] == 0  # warm
    file = repo / path
    data = file.read_bytes()
    assert old.encode() in data
    file.write_bytes(data.replace(old.encode(), new.encode(), 1))
    warm = run(run_cli, args)
    assert warm[0] == 2
    assert "error" in warm[2]
    assert warm == no_cache(run_cli, monkeypatch, args)
    # The file with errors has no entry left.
    assert "corpus/articles/001-dod-news.yaml" not in cached_paths(repo)


def test_the_cache_never_holds_a_file_with_errors(repo: Path, run_cli: RunCli) -> None:
    # One span off by one: the article still loads into a model (with an error), and one
    # whose id is no id does not load at all; neither may be kept.
    span = repo / "corpus/articles/001-dod-news.yaml"
    span.write_text(
        span.read_text(encoding="utf-8").replace("start: 188\n", "start: 189\n", 1),
        encoding="utf-8",
    )
    schema = repo / "corpus/articles/003-sputnik.yaml"
    schema.write_text(
        schema.read_text(encoding="utf-8").replace("id: ", "id: BAD ", 1), encoding="utf-8"
    )
    assert run(run_cli, COMMANDS["reconcile"])[0] == 2
    assert cached_paths(repo) == [
        "corpus/articles/000-spanish-wire.yaml",
        "corpus/articles/002-jordan-times.yaml",
        "corpus/articles/004-southfront.yaml",
    ]


def garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database\n" * 200)


def truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


def wrong_columns(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE articles (path TEXT, other TEXT)")
        db.execute("PRAGMA user_version=1")
    db.close()


@pytest.mark.parametrize("damage", [garbage, truncated, wrong_columns])
def test_a_damaged_cache_is_made_again_with_one_note(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    args = COMMANDS["reconcile"]
    expected = no_cache(run_cli, monkeypatch, args)
    assert run(run_cli, args) == expected
    damage(cache_path(repo))  # type: ignore[operator]
    code, stdout, stderr = run(run_cli, args)
    assert (code, stdout) == expected[:2]
    assert "Traceback" not in stderr
    assert len(stderr.splitlines()) <= 1
    assert all(
        line.startswith("natoiraq: note: the cache .natoiraq/cache.sqlite3 ")
        for line in stderr.splitlines()
    )
    # Made again: the next command reads it without a note.
    assert run(run_cli, args) == expected
    assert len(cached_paths(repo)) == 5


def test_garbage_gives_exactly_one_note(repo: Path, run_cli: RunCli) -> None:
    (repo / CACHE_DIR).mkdir()
    garbage(cache_path(repo))
    code, _, stderr = run(run_cli, COMMANDS["reconcile"])
    assert code == 0
    assert stderr.startswith("natoiraq: note: the cache .natoiraq/cache.sqlite3 could not be read")
    assert len(stderr.splitlines()) == 1


def folder_is_a_file(root: Path) -> None:
    (root / CACHE_DIR).write_text("not a folder\n", encoding="utf-8")


def cache_is_a_folder(root: Path) -> None:
    cache_path(root).mkdir(parents=True)


def read_only_folder(root: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into a read-only folder")
    (root / CACHE_DIR).mkdir()
    (root / CACHE_DIR).chmod(0o555)


@pytest.mark.parametrize("block", [folder_is_a_file, cache_is_a_folder, read_only_folder])
def test_an_unwritable_cache_is_left_out_with_one_note(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, block: object
) -> None:
    args = COMMANDS["reconcile"]
    expected = no_cache(run_cli, monkeypatch, args)
    block(repo)  # type: ignore[operator]
    try:
        code, stdout, stderr = run(run_cli, args)
    finally:
        if (repo / CACHE_DIR).is_dir():
            (repo / CACHE_DIR).chmod(0o755)
    assert (code, stdout) == expected[:2]
    assert len(stderr.splitlines()) == 1
    assert stderr.startswith("natoiraq: note: the cache .natoiraq/cache.sqlite3 ")
    assert "Traceback" not in stderr


@pytest.mark.parametrize(
    "pair", [("reconcile", "reconcile"), ("check", "reconcile"), ("check", "check")]
)
def test_two_commands_at_once_on_a_cold_cache(repo: Path, pair: tuple[str, str]) -> None:
    env = {k: v for k, v in os.environ.items() if k != "NATOIRAQ_NO_CACHE"}
    commands = [[sys.executable, "-m", "natoiraq", *COMMANDS[name]] for name in pair]
    procs = [
        subprocess.Popen(command, cwd=repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for command in commands
    ]
    outs = [proc.communicate(timeout=120) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0]
    assert b"Traceback" not in outs[0][1] + outs[1][1]
    with sqlite3.connect(cache_path(repo)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert len(cached_paths(repo)) == 5
    # Each gave what it gives alone, warm and with no cache at all.
    for command, (stdout, _) in zip(commands, outs, strict=True):
        again = subprocess.run(command, cwd=repo, env=env, capture_output=True, check=True)
        assert again.stdout == stdout
        assert again.stderr == b""
        off = subprocess.run(
            command, cwd=repo, env=env | {"NATOIRAQ_NO_CACHE": "1"}, capture_output=True,
            check=True,
        )  # fmt: skip
        assert off.stdout == stdout


def test_validate_reads_everything_and_keeps_no_cache(repo: Path, run_cli: RunCli) -> None:
    assert run_cli(["validate"]).exit_code == 0
    assert not (repo / CACHE_DIR).exists()
