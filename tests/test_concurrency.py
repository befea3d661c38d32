"""Concurrent writers never lose an update: the later one is refused, exit 2, and can run again
(issue 12, item 7). Two real processes are held at a gate just before their first rename, after
both have read what they change, so they always overlap; the folder lock and the comparison
with what each read decide which one wins."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.edit.test_edits import _drop_claims

ARTICLE = Path("corpus/articles/002-jordan-times.yaml")
SEED = Path("seeds/002_c6088c52ef4f7cd4.txt")

#: Runs natoiraq with every process waiting, at its first rename into place, until all the
#: processes of the race have reached theirs (a file each in the gate folder).
GATED_NATOIRAQ = """
import os, sys, time
from pathlib import Path
from natoiraq.io import files

gate, parties = Path(sys.argv[1]), int(sys.argv[2])
replace = files.Transaction._replace

def gated(self, *args, **kwargs):
    if not getattr(gated, "passed", False):
        gated.passed = True
        (gate / str(os.getpid())).touch()
        deadline = time.monotonic() + 30
        while len(list(gate.iterdir())) < parties and time.monotonic() < deadline:
            time.sleep(0.01)
    return replace(self, *args, **kwargs)

files.Transaction._replace = gated
from natoiraq.cli import main
sys.argv = ["natoiraq", *sys.argv[3:]]
main()
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the real corpus and seeds."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    return tmp_path


def _race(repo: Path, *commands: list[str]) -> list[subprocess.CompletedProcess[str]]:
    """Run the commands at once, held at the gate; their results in the order given."""
    gate = repo / "gate"
    gate.mkdir()
    script = repo / "gated.py"
    script.write_text(GATED_NATOIRAQ, encoding="utf-8")
    running = [
        subprocess.Popen(
            [sys.executable, str(script), str(gate), str(len(commands)), *command],
            cwd=repo,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]
    results = []
    for process, command in zip(running, commands, strict=True):
        out, err = process.communicate(timeout=60)
        results.append(subprocess.CompletedProcess(command, process.returncode, out, err))
    shutil.rmtree(gate)
    script.unlink()
    return results


def _natoiraq(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "natoiraq", *args],
        cwd=repo, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def _hidden(repo: Path) -> list[str]:
    return sorted(p.name for folder in ("corpus", "corpus/articles", "seeds")
                  for p in (repo / folder).iterdir() if p.name.startswith("."))  # fmt: skip


def _changed(path: str) -> str:
    return (
        f"natoiraq: error: {path} was changed by another process while natoiraq worked on it; "
        "nothing written: run the command again.\n"
    )


def test_two_adds_at_once_one_wins_the_other_is_refused_and_nothing_is_lost(
    repo: Path,
) -> None:
    for name in ("a", "b"):
        (repo / f"{name}.txt").write_text(
            f"NATO to widen Iraq mission ({name})\n\nNATO defence ministers agreed on Wednesday "
            "to expand the training mission in Iraq, Secretary General Jens Stoltenberg said.\n",
            encoding="utf-8",
        )
    sums = repo / "seeds" / "SHA256SUMS"
    before = sums.read_text(encoding="utf-8")
    add_a, add_b = ["add", "a.txt", "--id", "005-a"], ["add", "b.txt", "--id", "006-b"]
    first, second = _race(repo, add_a, add_b)
    assert sorted([first.returncode, second.returncode]) == [0, 2]
    loser, name = (first, "a") if first.returncode == 2 else (second, "b")
    assert loser.stderr == _changed("seeds/SHA256SUMS")
    winner = "b" if name == "a" else "a"
    # The loser left nothing; the winner's seed is listed.
    assert not (repo / "seeds" / f"{name}.txt").exists()
    assert not list((repo / "corpus" / "articles").glob(f"*-{name}.yaml"))
    listed = sums.read_text(encoding="utf-8")
    assert listed.startswith(before)
    assert [line.split()[1] for line in listed[len(before):].splitlines()] == [f"{winner}.txt"]
    assert _hidden(repo) == []
    # Run again, the loser adds its article: both are there.
    again = _natoiraq(repo, *loser.args)
    assert again.returncode == 0, again.stderr
    names = [line.split()[1] for line in sums.read_text(encoding="utf-8").splitlines()]
    assert sorted(names[-2:]) == ["a.txt", "b.txt"]


def test_merge_and_fmt_on_one_file_one_wins_the_other_is_refused_and_nothing_is_lost(
    repo: Path,
) -> None:
    article = repo / ARTICLE
    _drop_claims(article, {"count-two-day-meetings"})
    # Something for fmt to do that merge keeps as it is.
    article.write_text(
        article.read_text(encoding="utf-8").replace("\nid: ", "\nid:    ", 1), encoding="utf-8"
    )
    claims = article.read_text(encoding="utf-8").count("\n  - id: ")
    merge = ["extract", str(SEED), "--merge", str(ARTICLE)]
    fmt = ["fmt", str(ARTICLE)]
    merged, formatted = _race(repo, merge, fmt)
    assert sorted([merged.returncode, formatted.returncode]) == [0, 2]
    loser = merged if merged.returncode == 2 else formatted
    assert loser.stderr == _changed(str(ARTICLE))
    text = article.read_text(encoding="utf-8")
    if loser is merged:  # formatted, no claim added
        assert "\nid: 002-jordan-times\n" in text and text.count("\n  - id: ") == claims
    else:  # claims added, not formatted
        assert "\nid:    002-jordan-times\n" in text and text.count("\n  - id: ") > claims
    assert _hidden(repo) == []
    # Run again, the loser does its part on what the winner wrote: both changes are there.
    again = _natoiraq(repo, *loser.args)
    assert again.returncode == 0, again.stderr
    text = article.read_text(encoding="utf-8")
    assert "\nid: 002-jordan-times\n" in text
    assert text.count("\n  - id: ") > claims
