"""`natoiraq origins`: the groups of articles with one origin, and why (issue 14)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import RunCli


@pytest.fixture
def repo(repo_copy: Path) -> Path:
    """A copy of the bundled corpus to change."""
    return repo_copy


def test_the_bundled_corpus_is_five_origins(run_cli: RunCli, repo: Path) -> None:
    result = run_cli(["origins"])
    assert result.exit_code == 0
    assert result.stdout.startswith(
        "5 articles, 5 independent origins. No two articles share an origin"
    )
    assert "000-spanish-wire: translation of Europa Press" in result.stdout
    data = json.loads(run_cli(["origins", "--format", "json"]).stdout)
    assert data["version"] == 1
    assert data["counts"] == {"articles": 5, "origins": 5, "shared": 0}


def test_a_reprint_added_to_the_corpus_is_grouped_with_its_source(
    run_cli: RunCli, repo: Path
) -> None:
    """A site reposts 002's body under its own headline and chrome: one origin, measured."""
    seed = next((repo / "seeds").glob("002_*.txt")).read_text(encoding="utf-8")
    paragraphs = [p for p in seed.split("\n\n") if len(p.split()) > 12]
    reprint = "\n\n".join(
        ["Iraq to get more NATO help, says alliance chief", "Posted by the desk", *paragraphs[:-1],
         "Share this story on social media."]
    )  # fmt: skip
    (repo / "reprint.txt").write_text(reprint + "\n", encoding="utf-8")
    added = run_cli(["add", "reprint.txt", "--id", "005-reprint", "--published", "2020-02-13"])
    assert added.exit_code == 0, added.stderr
    # add proposes the article whose prose it shares as its origin, for the reviewer.
    written = (repo / "corpus" / "articles" / "005-reprint.yaml").read_text(encoding="utf-8")
    assert "origins:\n  - kind: article\n    source: 002-jordan-times\n" in written
    assert "    article: 002-jordan-times\n    basis: measured\n" in written

    result = run_cli(["origins"])
    assert result.exit_code == 0
    assert "6 articles, 5 independent origins." in result.stdout
    assert "== One origin: 002-jordan-times (The Jordan Times), 005-reprint" in result.stdout
    assert re.search(r"002-jordan-times ~ 005-reprint \(measured\): \d+% of", result.stdout)
    assert "shared passage (002-jordan-times " in result.stdout
    data = json.loads(run_cli(["origins", "--format", "json"]).stdout)
    shared = [g for g in data["groups"] if len(g["articles"]) > 1]
    assert [g["articles"] for g in shared] == [["002-jordan-times", "005-reprint"]]
    measured = [link for link in shared[0]["links"] if link["basis"] == "measured"]
    assert measured[0]["containment"] >= 0.35


def test_a_recorded_origin_groups_without_overlap(run_cli: RunCli, repo: Path) -> None:
    """Two articles that record the same agency as their text's origin are one source."""
    for name in ("003-sputnik", "004-southfront"):
        path = repo / "corpus" / "articles" / f"{name}.yaml"
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.replace(
                "\nboilerplate:",
                "\norigins:\n  - kind: wire\n    source: Example Wire\n    basis: inferred\n"
                "    evidence: a reviewer's note for this test\nboilerplate:",
                1,
            ),
            encoding="utf-8",
        )
    assert run_cli(["validate"]).exit_code == 0
    result = run_cli(["origins", "--format", "markdown"])
    assert result.exit_code == 0
    assert "## One origin: 003-sputnik (Sputnik), 004-southfront (SouthFront)" in result.stdout
    assert "both record example wire as the origin of their text, and tell one story" in (
        result.stdout
    )


def test_outside_a_corpus_it_says_how_to_start_one(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli(["origins"])
    assert result.exit_code == 2
    assert "natoiraq init DIR" in result.stderr
