"""Error messages echo what the user gave (file names, ids, keys): control characters in them
are shown as escapes, never sent to the terminal raw (issue 12, item 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO, RunCli

HOSTILE = "b\x1b]0;pwned\x07\r\x9bname"


def test_a_hostile_baseline_name_is_escaped(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:  # fmt: skip
    monkeypatch.chdir(REPO)
    result = run_cli(["eval", "--baseline", str(tmp_path / f"{HOSTILE}.json")])
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "\r" not in result.stderr and "\x9b" not in result.stderr
    assert "\\x1b]0;pwned\\x07" in result.stderr


def test_a_hostile_corpus_folder_name_is_escaped(run_cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / HOSTILE
    (bad / "articles").mkdir(parents=True)
    (bad / "registry.yaml").write_text("version: 1\nentities: [\n", encoding="utf-8")
    story = tmp_path / "draft.md"
    story.write_text("Nothing.\n", encoding="utf-8")
    result = run_cli(["check", str(story), "--corpus", str(bad)])
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
