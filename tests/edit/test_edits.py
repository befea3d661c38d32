"""Safe corpus updates: `fmt`, `extract --merge`, `add`; every write atomic and verified."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from natoiraq.io.yamlwrite import append_claims, format_yaml
from tests.conftest import RunCli

ARTICLE = Path("corpus/articles/002-jordan-times.yaml")
SEED = Path("seeds/002_c6088c52ef4f7cd4.txt")


@pytest.fixture
def repo(repo_copy: Path) -> Path:
    """A copy of the real corpus and seeds, as the working folder."""
    return repo_copy


def _drop_claims(path: Path, ids: set[str]) -> None:
    """Delete whole claim items (as a reviewer would) so a merge has something to add."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    out: list[str] = []
    skipping = False
    for line in lines:
        if line.startswith("  - id: "):
            skipping = line.removeprefix("  - id: ").strip() in ids
        elif not line.startswith("    "):
            skipping = False
        if not skipping:
            out.append(line)
    path.write_text("".join(out), encoding="utf-8")


def _removed_lines(old: str, new: str) -> list[str]:
    diff = difflib.ndiff(old.splitlines(keepends=True), new.splitlines(keepends=True))
    return [line for line in diff if line.startswith("- ")]


# --------------------------------------------------------------------------- fmt


def test_fmt_keeps_comments_and_data_and_is_idempotent() -> None:
    text = (
        "# yaml-language-server: $schema=../../schema/article.schema.json\n"
        "# Why this file exists.\n"
        "id: x  # the id\n"
        "version: 1\n"
        "outlet: {name: W, basis: stated}\n"
        "claims:\n"
        "# the first claim\n"
        "- id: c\n"
        "  status: reviewed   # checked twice\n"
        "  kind: date\n"
        "- {id: d, kind: count}\n"
    )
    formatted = format_yaml(text)
    assert formatted == (
        "# yaml-language-server: $schema=../../schema/article.schema.json\n"
        "# Why this file exists.\n"
        "version: 1\n"
        "id: x  # the id\n"
        "outlet:\n"
        "  name: W\n"
        "  basis: stated\n"
        "claims:\n"
        "# the first claim\n"
        "  - id: c\n"
        "    kind: date\n"
        "    status: reviewed # checked twice\n"
        "  - id: d\n"
        "    kind: count\n"
    )
    assert format_yaml(formatted) == formatted


def test_fmt_check_and_diff(run_cli: RunCli, repo: Path) -> None:
    assert run_cli(["fmt", "--check"]).exit_code == 0
    path = repo / ARTICLE
    path.write_text(path.read_text(encoding="utf-8").replace("id: 002-jordan-times",
                                                              "id: '002-jordan-times'"), "utf-8")
    result = run_cli(["fmt", "--check", "--diff"])
    assert result.exit_code == 1
    assert "-id: '002-jordan-times'\n+id: 002-jordan-times\n" in result.stdout
    assert "not formatted; run `natoiraq fmt`." in result.stderr
    assert run_cli(["fmt"]).exit_code == 0
    assert run_cli(["fmt", "--check"]).exit_code == 0


def test_fmt_refuses_bad_input_without_touching_it(run_cli: RunCli, repo: Path) -> None:
    bad = repo / "corpus" / "articles" / "bad.yaml"
    bad.write_bytes(b"id: x\nnote: caf\xe9\n")
    aliased = repo / "corpus" / "articles" / "alias.yaml"
    aliased.write_text("a: &x 1\nb: *x\n", encoding="utf-8")
    result = run_cli(["fmt"])
    assert result.exit_code == 1
    assert "bad.yaml:2:10: error E102 is not valid UTF-8" in result.stderr
    assert "alias.yaml:1:4: error E104 anchor &x is not allowed." in result.stderr
    assert bad.read_bytes() == b"id: x\nnote: caf\xe9\n"
    assert aliased.read_text(encoding="utf-8") == "a: &x 1\nb: *x\n"


# --------------------------------------------------------------------------- merge


def test_merge_is_a_pure_addition_that_keeps_comments(run_cli: RunCli, repo: Path) -> None:
    path = repo / ARTICLE
    _drop_claims(path, {"count-two-day-meetings"})
    path.write_text(path.read_text(encoding="utf-8").replace(
        "claims:\n", "claims:  # reviewed by the desk\n"), encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    result = run_cli(["extract", str(SEED), "--merge", str(ARTICLE)])
    assert result.exit_code == 0, result.stderr
    after = path.read_text(encoding="utf-8")
    assert _removed_lines(before, after) == []
    assert after.startswith(before)
    added = after[len(before):]
    assert "  - id: count-1\n    kind: count\n" in added
    assert "      exact: two-day meetings\n" in added
    assert "    status: draft\n" in added
    assert "claims:  # reviewed by the desk\n" in after
    assert result.stderr == f"added 1 draft claim(s) to {ARTICLE}\n"
    assert run_cli(["validate"]).exit_code == 0
    again = run_cli(["extract", str(SEED), "--merge", str(ARTICLE)])
    assert again.exit_code == 0
    assert again.stderr == f"0 new draft claim(s) for {ARTICLE}.\n"
    assert path.read_text(encoding="utf-8") == after


def test_merge_dry_run_prints_the_diff_and_writes_nothing(run_cli: RunCli, repo: Path) -> None:
    path = repo / ARTICLE
    _drop_claims(path, {"count-two-day-meetings"})
    before = path.read_bytes()
    result = run_cli(["extract", str(SEED), "--merge", str(ARTICLE), "--dry-run"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"--- a/{ARTICLE}\n+++ b/{ARTICLE}\n")
    assert "+      exact: two-day meetings\n" in result.stdout
    assert path.read_bytes() == before


def test_merge_refuses_another_articles_seed(run_cli: RunCli, repo: Path) -> None:
    other = next(p for p in (repo / "seeds").glob("001_*.txt"))
    result = run_cli(["extract", f"seeds/{other.name}", "--merge", str(ARTICLE)])
    assert result.exit_code == 2
    assert "the text is not this article's seed" in result.stderr


def test_extract_out_never_replaces_a_file(run_cli: RunCli, repo: Path) -> None:
    first = run_cli(["extract", str(SEED), "--out", "drafts"])
    assert first.exit_code == 0
    written = next((repo / "drafts").iterdir())
    written.write_text("# hand edits\n", encoding="utf-8")
    second = run_cli(["extract", str(SEED), "--out", "drafts"])
    assert second.exit_code == 2
    assert "exists; nothing written. Use --merge" in second.stderr
    assert written.read_text(encoding="utf-8") == "# hand edits\n"


def test_a_write_failing_half_way_leaves_the_original_bytes(
    run_cli: RunCli, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = repo / ARTICLE
    _drop_claims(path, {"count-two-day-meetings"})
    before = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    result = run_cli(["extract", str(SEED), "--merge", str(ARTICLE)])
    assert result.exit_code == 2
    # The file the user named, not the temporary one it was written to (issue 12, item 12).
    assert result.stderr == f"natoiraq: error: I/O error {ARTICLE}: No space left on device\n"
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []


def test_append_claims_to_an_empty_flow_list() -> None:
    text = "id: x\nclaims: []  # none yet\nnote: end\n"
    out = append_claims(text, [{"id": "c", "kind": "date"}])
    assert out == "id: x\nclaims:\n  - id: c\n    kind: date\nnote: end\n"


# --------------------------------------------------------------------------- add


def _story(tmp_path: Path) -> Path:
    story = tmp_path / "incoming" / "wire-2020-02-13.txt"
    story.parent.mkdir()
    story.write_text(
        "NATO to widen Iraq mission\n\n"
        "NATO defence ministers agreed on Wednesday to expand the training mission in Iraq, "
        'Secretary General Jens Stoltenberg said. "We will do more," Stoltenberg said.\n',
        encoding="utf-8",
    )
    return story


def test_add_copies_the_seed_and_writes_a_valid_scaffold(run_cli: RunCli, repo: Path) -> None:
    story = _story(repo)
    result = run_cli(["add", str(story), "--id", "005-wire", "--published", "2020-02-13"])
    assert result.exit_code == 0, result.stderr
    seed = repo / "seeds" / story.name
    assert seed.read_bytes() == story.read_bytes()
    assert (repo / "seeds" / "SHA256SUMS").read_text(encoding="utf-8").endswith(
        f"  {story.name}\n")
    article = (repo / "corpus" / "articles" / "005-wire.yaml").read_text(encoding="utf-8")
    assert f"seed: seeds/{story.name}\n" in article
    assert "  date: 2020-02-13\n  basis: stated\n" in article
    validated = run_cli(["validate"])
    assert validated.exit_code == 0
    assert "error" not in validated.stdout
    again = run_cli(["add", str(story), "--id", "005-wire"])
    assert again.exit_code == 2
    assert "exists; use `natoiraq extract" in again.stderr


def test_add_refuses_a_different_seed_of_the_same_name(run_cli: RunCli, repo: Path) -> None:
    story = _story(repo)
    (repo / "seeds" / story.name).write_text("other text\n", encoding="utf-8")
    result = run_cli(["add", str(story)])
    assert result.exit_code == 2
    assert "exists with other content; seeds never change" in result.stderr
    assert (repo / "seeds" / story.name).read_text(encoding="utf-8") == "other text\n"


def test_add_failing_leaves_no_seed_behind(
    run_cli: RunCli, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = _story(repo)

    def broken(*args: object) -> str:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr("natoiraq.edit.add.dump_article", broken)
    result = run_cli(["add", str(story), "--id", "005-wire"])
    assert result.exit_code == 2
    assert not (repo / "seeds" / story.name).exists()
    assert not (repo / "corpus" / "articles" / "005-wire.yaml").exists()
    assert "wire-2020" not in (repo / "seeds" / "SHA256SUMS").read_text(encoding="utf-8")


def _new_people_story(tmp_path: Path) -> Path:
    story = tmp_path / "incoming" / "esper-2020-01-07.txt"
    story.parent.mkdir(exist_ok=True)
    story.write_text(
        "Pentagon weighs Iraq drawdown\n\n"
        "By Staff Reporter, Jan. 7, 2020\n\n"
        '"We are not leaving Iraq," Defense Secretary Mark Esper told reporters on Monday. '
        "The union said its 300 members would vote on Friday.\n",
        encoding="utf-8",
    )
    return story


def test_add_proposes_what_the_registry_lacks_instead_of_refusing(
    run_cli: RunCli, repo: Path
) -> None:
    registry = repo / "corpus" / "registry.yaml"
    before = registry.read_text(encoding="utf-8")
    result = run_cli(["add", str(_new_people_story(repo)), "--id", "006-pentagon"])
    assert result.exit_code == 0, result.stderr
    assert "proposed registry entry mark-esper ('Mark Esper')" in result.stderr
    after = registry.read_text(encoding="utf-8")
    # A pure addition: every line of the registry is still there, in order.
    ops = difflib.SequenceMatcher(a=before.splitlines(), b=after.splitlines()).get_opcodes()
    assert {op[0] for op in ops} <= {"equal", "insert"}
    assert "  - id: mark-esper\n" in after and "    proposed: true\n" in after
    validated = run_cli(["validate"])
    assert validated.exit_code == 0, validated.stdout  # warnings only
    assert "W607" in validated.stdout and " error " not in validated.stdout
    assert run_cli(["validate", "--strict"]).exit_code == 1  # until a reviewer accepts them


def test_add_failing_restores_the_registry(
    run_cli: RunCli, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = repo / "corpus" / "registry.yaml"
    before = registry.read_bytes()

    def broken(*args: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("natoiraq.edit.add.dump_article", broken)
    result = run_cli(["add", str(_new_people_story(repo)), "--id", "006-pentagon"])
    assert result.exit_code == 2
    assert registry.read_bytes() == before
    assert not (repo / "corpus" / "articles" / "006-pentagon.yaml").exists()
