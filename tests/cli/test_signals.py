"""Ctrl-C, SIGTERM and SIGHUP in the middle of a write: a short message, exit 128 + the signal,
no traceback, the file as it was and no temporary folder left (issue 12, items 8 and 12)."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, RunCli

ARTICLE = Path("corpus/articles/002-jordan-times.yaml")
SEED = Path("seeds/002_c6088c52ef4f7cd4.txt")

#: Runs natoiraq, sending itself `signal` as its `at`th file is being synced to disk (mid-write).
#: Ctrl-C is handled as an interactive shell starts a program: a job a script starts in the
#: background inherits SIGINT ignored (POSIX), and the test suite may run as one.
SIGNALLED_NATOIRAQ = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
signum, at = getattr(signal, sys.argv[1]), int(sys.argv[2])
fsync, synced = os.fsync, []

def signalled(fd):
    synced.append(fd)
    if len(synced) == at:
        os.kill(os.getpid(), signum)
    fsync(fd)

os.fsync = signalled
from natoiraq.cli import main
sys.argv = ["natoiraq", *sys.argv[3:]]
main()
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the real corpus and seeds, with an article to format and to merge into."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    article = tmp_path / ARTICLE
    text = article.read_text(encoding="utf-8")
    start = text.index("\n  - id: ")  # drop the first claim, so that a merge adds it back
    end = text.index("\n  - id: ", start + 1)
    article.write_text(text[:start] + text[end:], encoding="utf-8")
    (tmp_path / "signalled.py").write_text(SIGNALLED_NATOIRAQ, encoding="utf-8")
    return tmp_path


def _tree(repo: Path) -> dict[str, bytes]:
    """Every file with its bytes, and every hidden folder (an interrupted write's)."""
    return {
        p.relative_to(repo).as_posix(): p.read_bytes() if p.is_file() else b""
        for p in sorted(repo.rglob("*"))
        if p.is_file() or p.name.startswith(".")
    }


@pytest.mark.parametrize(
    ("name", "code", "message"),
    [
        ("SIGTERM", 143, "natoiraq: stopped by SIGTERM; no file was left half-written.\n"),
        ("SIGHUP", 129, "natoiraq: stopped by SIGHUP; no file was left half-written.\n"),
        ("SIGINT", 130, "natoiraq: interrupted; no file was left half-written.\n"),
    ],
    ids=["SIGTERM", "SIGHUP", "SIGINT"],
)
@pytest.mark.parametrize(
    ("command", "at"),
    [
        (["fmt", str(ARTICLE)], 1),
        (["extract", str(SEED), "--merge", str(ARTICLE)], 1),
        # add writes the seed, the article, then SHA256SUMS: stopped at the last, the first
        # two are undone.
        (["add", "story.txt", "--id", "005-story"], 3),
    ],
    ids=["fmt", "merge", "add"],
)
def test_a_signal_mid_write_leaves_everything_as_it_was(
    repo: Path, command: list[str], at: int, name: str, code: int, message: str
) -> None:
    if not hasattr(signal, name):
        pytest.skip(f"no {name} here")
    (repo / "story.txt").write_text(
        "NATO to widen Iraq mission\n\nNATO defence ministers agreed on Wednesday to expand the "
        "training mission in Iraq, Secretary General Jens Stoltenberg said.\n",
        encoding="utf-8",
    )
    # Unformatted, for fmt to have something to write.
    article = repo / ARTICLE
    article.write_text(
        article.read_text(encoding="utf-8").replace("\nid: ", "\nid:    ", 1), encoding="utf-8"
    )
    before = _tree(repo)
    result = subprocess.run(
        [sys.executable, "signalled.py", name, str(at), *command],
        cwd=repo, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (code, message)
    assert _tree(repo) == before  # no file changed, no hidden folder left


def test_ctrl_c_exits_130_with_a_message_not_1(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("natoiraq.cli.rules.rules.callback", interrupted)
    result = run_cli(["rules"])
    assert result.exit_code == 130
    assert result.stderr == "natoiraq: interrupted; no file was left half-written.\n"


def test_help_lists_the_interrupt_exit_codes(run_cli: RunCli) -> None:
    assert (
        "    130  interrupted by Ctrl-C (SIGTERM 143, SIGHUP 129); no file is left half-written\n"
        in run_cli(["--help"]).stdout
    )
