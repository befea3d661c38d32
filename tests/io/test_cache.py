"""The cache store (natoiraq.io.cache): keyed by content, and never an error (issue 15)."""

from __future__ import annotations

import gc
import hashlib
import os
import sqlite3
import time
from pathlib import Path

import pytest

from natoiraq.io import cache as store
from natoiraq.io.cache import ArticleCache, CachedArticle, source_digest
from natoiraq.validator.cached import few_collections

SEED_TEXT = b"A seed.\n"
VALUE = CachedArticle("seeds/a.txt", hashlib.sha256(SEED_TEXT).hexdigest(), '{"id": "a"}', "[]")


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    article = tmp_path / "corpus" / "articles" / "a.yaml"
    article.parent.mkdir(parents=True)
    article.write_text("id: a\n", encoding="utf-8")
    registry = tmp_path / "corpus" / "registry.yaml"
    registry.write_text("entities: []\n", encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_bytes(SEED_TEXT)
    return article, registry


def stored(root: Path, files: tuple[Path, Path], code: str = "v1") -> ArticleCache:
    article, registry = files
    cache = ArticleCache(root, code)
    assert cache.fetch([article], registry) == {}
    cache.store([(article, VALUE)])
    cache.close()
    return cache


def test_an_entry_comes_back_while_nothing_changed(
    tmp_path: Path, files: tuple[Path, Path]
) -> None:
    article, registry = files
    assert stored(tmp_path, files).notes == []
    again = ArticleCache(tmp_path, "v1")
    assert again.fetch([article], registry) == {article: VALUE}
    assert again.notes == []
    with sqlite3.connect(tmp_path / ".natoiraq" / "cache.sqlite3") as db:
        assert db.execute("SELECT path FROM articles").fetchall() == [("corpus/articles/a.yaml",)]


@pytest.mark.parametrize("change", ["article", "registry", "code"])
def test_an_entry_is_not_used_once_its_key_changed(
    tmp_path: Path, files: tuple[Path, Path], change: str
) -> None:
    article, registry = files
    stored(tmp_path, files)
    code = "v1"
    if change == "article":
        article.write_text("id: b\n", encoding="utf-8")
    elif change == "registry":
        registry.write_text("entities: [x]\n", encoding="utf-8")
    else:
        code = "v2"
    assert ArticleCache(tmp_path, code).fetch([article], registry) == {}


def test_a_dropped_file_is_forgotten(tmp_path: Path, files: tuple[Path, Path]) -> None:
    article, registry = files
    stored(tmp_path, files)
    cache = ArticleCache(tmp_path, "v1")
    assert cache.fetch([article], registry) == {article: VALUE}
    cache.store([], [article])
    assert ArticleCache(tmp_path, "v1").fetch([article], registry) == {}


def test_a_busy_cache_is_left_out_not_waited_for(
    tmp_path: Path, files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    article, registry = files
    stored(tmp_path, files)
    monkeypatch.setattr(store, "BUSY_SECONDS", 0.05)
    holder = sqlite3.connect(tmp_path / ".natoiraq" / "cache.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        cache = ArticleCache(tmp_path, "v1")
        started = time.monotonic()
        found = cache.fetch([article], registry)
        cache.store([(article, VALUE)])
        elapsed = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    # WAL: a reader still reads while another process writes; only the write is left out.
    assert found == {article: VALUE}
    assert elapsed < 1.0
    assert len(cache.notes) == 1
    assert cache.notes[0].startswith("the cache .natoiraq/cache.sqlite3 is not used this time")


def test_the_code_digest_follows_the_sources(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("X = 1\n", encoding="utf-8")
    first = source_digest(tmp_path)
    assert source_digest(tmp_path) == first
    (tmp_path / "a.py").write_text("X = 2\n", encoding="utf-8")
    assert source_digest(tmp_path) != first


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_restored(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with few_collections():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_fifo_is_not_read_for_its_hash(tmp_path: Path) -> None:
    fifo = tmp_path / "a.yaml"
    os.mkfifo(fifo)
    # Reading it would block until a writer came; it is no file the cache knows.
    assert store.file_sha256(fifo) is None


def test_each_kind_of_memo_keeps_its_own_newest(tmp_path: Path) -> None:
    cache = ArticleCache(tmp_path, "v1")
    cache.keep("head:1", "registry")
    for n in range(store.MEMOS_KEPT + 3):
        cache.keep(f"origins:{n}", str(n))
    # The origin groups of many corpora pushed out their own older ones only.
    assert cache.recall("head:1") == "registry"
    assert cache.recall("origins:0") is None
    assert cache.recall(f"origins:{store.MEMOS_KEPT + 2}") == str(store.MEMOS_KEPT + 2)


def test_a_seed_that_changed_since_its_check_is_not_vouched_for_by_its_status(
    tmp_path: Path, files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "RACY_NS", 0)  # every status would be trusted at once
    article, registry = files
    cache = ArticleCache(tmp_path, "v1")
    cache.fetch([article], registry)
    # The entry was checked against other bytes than the seed holds now (an edit meanwhile).
    stale = CachedArticle("seeds/a.txt", "1" * 64, '{"id": "a"}', "[]")
    good = VALUE
    for value, trusted in ((stale, False), (good, True)):
        cache.store([(article, value)])
        with sqlite3.connect(tmp_path / ".natoiraq" / "cache.sqlite3") as db:
            (seed_stat,) = db.execute("SELECT seed_stat FROM articles").fetchone()
        assert bool(seed_stat) is trusted
    cache.close()


def test_blocks_no_recent_run_used_are_dropped(tmp_path: Path) -> None:
    """Each command is a run: a block read or written by one of the last MEMOS_KEPT runs stays,
    an older one goes; another code version's blocks are not read."""

    def command(keep: list[str], read: list[str], code: str = "v1") -> dict[str, str]:
        cache = ArticleCache(tmp_path, code)
        found = dict(cache.recall_blocks(read))
        cache.keep_blocks((key, f"value of {key}".encode()) for key in keep)
        cache.close()
        return found

    command(["old", "used"], [])
    for _ in range(store.MEMOS_KEPT):
        assert command([], ["used"]) == {"used": b"value of used"}
    assert command([], ["old", "used"]) == {"used": b"value of used"}
    assert command([], ["used"], code="v2") == {}
    with sqlite3.connect(tmp_path / store.CACHE_DIR / store.CACHE_FILE) as db:
        assert [row[0] for row in db.execute("SELECT key FROM blocks")] == ["used"]
