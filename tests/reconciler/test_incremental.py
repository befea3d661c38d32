"""Reconcile a block at a time (issue 15): what is kept of each block is only a cache.

Every format says, byte for byte, what a reconcile without the cache says, cold, warm and after
an edit; an edit compares again only the blocks it touches; a kept value that cannot be read is
made again.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

import natoiraq
from natoiraq.corpus.keys import claim_key
from natoiraq.io.cache import CACHE_DIR, CACHE_FILE, ArticleCache
from natoiraq.reconciler import incremental, reconcile
from natoiraq.reconciler.incremental import reconcile_view
from natoiraq.reconciler.kept import KeptFinding, dump_block, load_block
from natoiraq.report.json import iter_json
from natoiraq.validator import check_article_file
from natoiraq.validator.cached import open_cache
from natoiraq.validator.view import load_view
from tests.conftest import REPO, RunCli

FORMATS = ["json", "text", "markdown", "html"]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled corpus repository, as the working folder, without a cache."""
    for name in ("corpus", "seeds"):
        shutil.copytree(REPO / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NATOIRAQ_NO_CACHE", raising=False)
    return tmp_path


@pytest.fixture
def compared(monkeypatch: pytest.MonkeyPatch) -> list[set[str]]:
    """The block keys each command compared (not read back from the cache), per call."""
    calls: list[set[str]] = []
    real = incremental._by_block

    def spy(corpus, include_drafts, keys, origins):  # type: ignore[no-untyped-def]
        calls.append(set(keys))
        return real(corpus, include_drafts, keys, origins)

    monkeypatch.setattr(incremental, "_by_block", spy)
    return calls


def run(run_cli: RunCli, args: list[str]) -> tuple[int, str]:
    result = run_cli(["reconcile", *args])
    assert result.stderr == ""
    return result.exit_code, result.stdout


def off(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> tuple[int, str]:
    with monkeypatch.context() as m:
        m.setenv("NATOIRAQ_NO_CACHE", "1")
        return run(run_cli, args)


def blocks(root: Path) -> int:
    with sqlite3.connect(root / CACHE_DIR / CACHE_FILE) as db:
        return int(db.execute("SELECT count(*) FROM blocks").fetchone()[0])


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_the_same_cold_warm_and_off(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, compared: list[set[str]],
    fmt: str,
) -> None:  # fmt: skip
    args = ["--format", fmt]
    expected = off(run_cli, monkeypatch, args)
    assert expected[0] == 0 and expected[1]
    assert run(run_cli, args) == expected  # cold: every block compared, and kept
    assert blocks(repo) > 0 and len(compared) == 1
    assert run(run_cli, args) == expected  # warm: every block read back
    assert len(compared) == 1


def first_finding(stdout: str) -> dict[str, object]:
    report = json.loads(stdout)
    finding: dict[str, object] = report["findings"][0]
    return finding


def test_filters_drafts_and_exit_codes_are_the_same(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = off(run_cli, monkeypatch, ["--format", "json"])
    topic = str(first_finding(full[1])["topic"])
    verdict = str(first_finding(full[1])["verdict"])
    for extra in (
        ["--verdict", verdict],
        ["--kind", "quote", "--kind", "name"],
        ["--topic", topic],
        ["--include-drafts"],
        ["--fail-on", verdict] if verdict in ("conflict", "variant", "single-source") else [],
    ):
        args = ["--format", "json", *extra]
        expected = off(run_cli, monkeypatch, args)
        assert run(run_cli, args) == expected, extra
        assert run(run_cli, args) == expected, extra


def first_claim(repo: Path) -> tuple[Path, str]:
    """The first article file and the block key of its first claim."""
    path = sorted((repo / "corpus" / "articles").glob("*.yaml"))[0]
    checked = check_article_file(path, known=None, repo_root=repo)
    assert checked.record is not None
    return path, claim_key(checked.record.article.claims[0])


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edited_claim_compares_its_block_alone_again(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, compared: list[set[str]]
) -> None:
    args = ["--format", "json"]
    before = run(run_cli, args)
    path, key = first_claim(repo)
    edit(path, "\n    status: reviewed", "\n    status: draft")  # its first claim's
    expected = off(run_cli, monkeypatch, args)
    assert expected != before  # the edit changes the report
    assert run(run_cli, args) == expected
    assert compared[-1] == {key}
    for extra in ([], ["--include-drafts"]):
        assert run(run_cli, [*args, *extra]) == off(run_cli, monkeypatch, [*args, *extra])


def test_a_note_on_the_header_compares_nothing_again(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, compared: list[set[str]]
) -> None:
    args = ["--format", "json"]
    before = run(run_cli, args)
    path, _ = first_claim(repo)
    edit(path, "\n  why: ", "\n  why: (edited) ")
    assert run(run_cli, args) == before == off(run_cli, monkeypatch, args)
    assert len(compared) == 1  # the cold run only


def test_what_findings_say_of_an_article_compares_its_blocks_again(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, compared: list[set[str]]
) -> None:
    args = ["--format", "json"]
    run(run_cli, args)
    path, _ = first_claim(repo)
    edit(path, "outlet:\n  name: ", "outlet:\n  name: Renamed ")
    expected = off(run_cli, monkeypatch, args)
    assert "Renamed " in expected[1]
    assert run(run_cli, args) == expected
    checked = check_article_file(path, known=None, repo_root=repo)
    assert checked.record is not None
    assert compared[-1] == {claim_key(c) for c in checked.record.article.claims}


def test_blocks_compared_a_few_at_a_time_give_the_same_report(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, compared: list[set[str]]
) -> None:
    args = ["--format", "json"]
    expected = off(run_cli, monkeypatch, args)
    monkeypatch.setattr(incremental, "BATCH_PARTS", 1)  # a block at a time
    assert run(run_cli, args) == expected
    assert len(compared) > 10 and all(len(keys) == 1 for keys in compared)


def test_a_kept_block_that_cannot_be_read_is_compared_again(
    repo: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, compared: list[set[str]]
) -> None:
    args = ["--format", "json"]
    expected = run(run_cli, args)
    with sqlite3.connect(repo / CACHE_DIR / CACHE_FILE) as db:
        db.execute("UPDATE blocks SET value = 'not a block' WHERE key LIKE 'block:%'")
    assert run(run_cli, args) == expected
    assert len(compared) == 2 and compared[1] == compared[0]
    assert run(run_cli, args) == expected
    assert len(compared) == 2


def test_kept_findings_read_back_as_they_were() -> None:
    corpus = natoiraq.load_corpus(REPO / "corpus")
    for include_drafts in (False, True):
        findings = reconcile(corpus, include_drafts=include_drafts).findings
        kept = load_block(dump_block([KeptFinding.of(f) for f in findings]))
        assert [k.finding() for k in kept] == list(findings)
        assert [(k.id, k.kind, k.topic, k.verdict, k.topics) for k in kept] == [
            (f.id, f.kind, f.topic, f.verdict, f.topics) for f in findings
        ]


@pytest.mark.parametrize(
    "data", [b"x", b"[1]\n", b'["a", "date", "t", "agree", []]\nline', '["a"]\n{}\n']
)
def test_a_value_that_is_not_a_block_is_refused(data: bytes) -> None:
    with pytest.raises(ValueError):
        load_block(data)


def test_an_archive_of_stories_is_the_same_after_edits(
    tmp_path: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, compared: list[set[str]]
) -> None:
    """Synthetic articles of three stories (benchmarks/synth.py): many blocks, echoes."""
    spec = importlib.util.spec_from_file_location("synth", REPO / "benchmarks" / "synth.py")
    assert spec is not None and spec.loader is not None
    synth = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = synth
    spec.loader.exec_module(synth)
    root: Path = synth.build(24, tmp_path / "repo", stories=3)
    monkeypatch.chdir(root)
    monkeypatch.delenv("NATOIRAQ_NO_CACHE", raising=False)
    args = ["--format", "json"]
    expected = off(run_cli, monkeypatch, args)
    assert run(run_cli, args) == expected
    assert run(run_cli, args) == expected
    path = sorted((root / "corpus" / "articles").glob("*.yaml"))[5]
    edit(path, "\n  status: reviewed", "\n  status: draft")  # synth writes claims unindented
    expected = off(run_cli, monkeypatch, args)
    assert run(run_cli, args) == expected
    assert len(compared[-1]) == 1
    path.unlink()  # an article gone: its blocks, its names and its origins change
    expected = off(run_cli, monkeypatch, args)
    assert run(run_cli, args) == expected


class Forgetful:
    """A block store that takes what it is given and keeps none of it (another command made
    the cache again in between), while saying it is in use."""

    def __init__(self, cache: ArticleCache) -> None:
        self.cache = cache
        self.off = False

    def recall(self, key: str) -> str | None:
        return self.cache.recall(key)

    def keep(self, key: str, value: str) -> None:
        self.cache.keep(key, value)

    def recall_blocks(self, keys: Iterable[str]) -> Iterator[tuple[str, bytes]]:
        return self.cache.recall_blocks(keys)

    def keep_blocks(self, values: Iterable[tuple[str, bytes]]) -> None:
        for _ in values:
            pass


@pytest.mark.parametrize("off", [False, True])
def test_blocks_lost_before_they_are_read_back_are_compared_again(
    repo: Path, compared: list[set[str]], off: bool
) -> None:
    cache = open_cache(repo)
    view = load_view(repo / "corpus", repo, cache)
    assert view is not None
    store = Forgetful(cache)
    store.off = off  # a store not in use: what is compared is held, never read back
    kept = reconcile_view(view, store)
    corpus = natoiraq.load_corpus(repo / "corpus")
    assert "".join(iter_json(kept)) == "".join(iter_json(reconcile(corpus)))
    assert len(compared) == (1 if off else 2)


def test_batches_pack_blocks_that_share_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two stories whose blocks interleave in order of first article: each story's blocks go
    in one batch (24 parts: more than half of one), so each article is read once; every block
    is batched once, and no batch holds more than BATCH_PARTS parts but a block larger than
    that, alone."""
    monkeypatch.setattr(incremental, "BATCH_PARTS", 40)
    stories = {0: list(range(0, 40, 2)), 1: list(range(1, 40, 2))}  # articles 0, 2, ... and 1, 3
    readers: dict[str, list[int]] = {}
    for n in range(6):
        story = stories[n % 2]
        readers[f"b{n}"] = story[n // 2 : n // 2 + 8]  # starts move along the story
    readers["big"] = list(range(50, 100))  # more than a batch holds
    readers["lone"] = [200]
    keys = sorted(readers, key=lambda k: (min(readers[k]), k))
    batches = list(incremental._batches(keys, readers))
    assert sorted(k for b in batches for k in b) == sorted(keys)
    for batch in batches:
        parts = sum(len(readers[k]) for k in batch)
        assert parts <= 40 or batch == ["big"]
    by_story = [{readers[k][0] % 2 for k in b if k.startswith("b") and k != "big"} for b in batches]
    assert all(len(found) <= 1 for found in by_story)  # no batch mixes the stories
    reads = sum(len({a for k in b for a in readers[k]}) for b in batches)
    assert reads == len({a for r in readers.values() for a in r})  # each article read once
    # In order of first article alone, the stories' blocks alternate and mix in one batch.
    assert [sorted(readers[k])[0] % 2 for k in keys if k.startswith("b") and k != "big"] == [
        0, 1, 0, 1, 0, 1
    ]
