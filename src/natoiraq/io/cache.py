"""The corpus cache on disk: one SQLite row per checked article under `.natoiraq/` (issue 15).

A cache, never the truth: every failure here (a corrupt, foreign, busy or unwritable store)
ends in a note and a command that reads the corpus from its files as if there were no cache.
Nothing here raises to the caller and nothing prints; the notes are for the command line.

Why SQLite: stdlib, readers and one writer in separate processes at once (WAL), and on 10,000
rows of ~11 KB it wrote in 0.6 s and answered 10,000 point lookups in 0.18 s where DuckDB took
37 s and 4.7 s (a throwaway measurement on issue 15; DuckDB also locks a file to one process).
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

#: Where the cache lives, under the repository root (git-ignored).
CACHE_DIR = ".natoiraq"
CACHE_FILE = "cache.sqlite3"
#: The table's layout; a store with another user_version is dropped and made again.
SCHEMA_VERSION = 2
#: How long a command waits for another process's write before it goes without the cache: a
#: write of 10,000 rows takes ~0.6 s, so two commands started together rarely wait at all.
BUSY_SECONDS = 2.0
#: Memos kept (the newest): enough for a corpus and a copy with or without one change.
MEMOS_KEPT = 4

_COLUMNS = (
    "path", "sha256", "registry_sha256", "code", "seed", "seed_sha256", "article", "findings"
)  # fmt: skip
_CREATE = (
    "CREATE TABLE articles (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, "
    "registry_sha256 TEXT NOT NULL, code TEXT NOT NULL, seed TEXT NOT NULL, "
    "seed_sha256 TEXT NOT NULL, article TEXT NOT NULL, findings TEXT NOT NULL)"
)
#: Results worked out from the whole corpus (its origin groups), keyed by a digest of what they
#: depend on; `code` as for articles.
_MEMO_COLUMNS = ("key", "code", "value")
_CREATE_MEMOS = "CREATE TABLE memos (key TEXT PRIMARY KEY, code TEXT NOT NULL, value TEXT NOT NULL)"
#: SQLite result codes that mean "this file is not a (sound) cache": it is made again.
_BROKEN = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


@dataclass(frozen=True)
class CachedArticle:
    """What a checked article left in the cache: its seed (path and sha256 as checked), the
    validated model as JSON and its findings (warnings) as JSON."""

    seed: str
    seed_sha256: str
    article: str
    findings: str


def file_sha256(path: Path) -> str | None:
    """The sha256 of a file's bytes, or None where it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def source_digest(package_dir: Path) -> str:
    """The sha256 of every Python source under `package_dir` (paths and bytes, in path order).

    Why the whole package: a check may call into any lower layer (text, rules, io), so a digest
    of models/ and validator/ alone would keep an entry a changed rule should have dropped.
    Hashing ~100 files takes ~4 ms, once a process.
    """
    digest = hashlib.sha256()
    for source in sorted(package_dir.rglob("*.py")):
        digest.update(source.relative_to(package_dir).as_posix().encode())
        digest.update(b"\0")
        with contextlib.suppress(OSError):
            digest.update(source.read_bytes())
    return digest.hexdigest()


class ArticleCache:
    """The store at `<root>/.natoiraq/cache.sqlite3`, for entries made by code version `code`.

    `notes` collects one line for each problem met (the caller shows them); after one, the
    cache is rebuilt (a corrupt or foreign file) or left alone for the rest of the command.
    """

    def __init__(self, root: Path, code: str) -> None:
        self.root = root
        self.path = root / CACHE_DIR / CACHE_FILE
        self.code = code
        self.notes: list[str] = []
        self._told = 0
        self._db: sqlite3.Connection | None = None
        self._off = False
        self._sha: dict[str, str] = {}
        self._registry_sha: str | None = None

    # ----------------------------------------------------------------- opening

    def untold(self) -> list[str]:
        """The notes not asked for yet (a command shows each once, as it comes)."""
        fresh, self._told = self.notes[self._told :], len(self.notes)
        return fresh

    def _note(self, what: str, error: BaseException | None = None) -> None:
        reason = f" ({error})" if error is not None else ""
        self.notes.append(f"the cache {CACHE_DIR}/{CACHE_FILE} {what}{reason}.")

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(exist_ok=True)
        db = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            # A lost last write costs a re-check, never a wrong answer: the rows are keyed by hash.
            db.execute("PRAGMA synchronous=NORMAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            columns = tuple(row[1] for row in db.execute("PRAGMA table_info(articles)"))
            memos = tuple(row[1] for row in db.execute("PRAGMA table_info(memos)"))
            if version != SCHEMA_VERSION or columns != _COLUMNS or memos != _MEMO_COLUMNS:
                if version != 0 or columns or memos:
                    self._note("had another layout; it was made again")
                with self._transaction(db):
                    db.execute("DROP TABLE IF EXISTS articles")
                    db.execute("DROP TABLE IF EXISTS memos")
                    db.execute(_CREATE)
                    db.execute(_CREATE_MEMOS)
                    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except BaseException:
            db.close()
            raise
        return db

    def _remove(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{self.path}{suffix}").unlink()

    def _open(self) -> sqlite3.Connection | None:
        if self._off:
            return None
        if self._db is not None:
            return self._db
        try:
            self._db = self._connect()
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) not in _BROKEN:
                self._give_up("is not used this time", exc)
                return None
            try:
                self._remove()
                self._db = self._connect()
            except (OSError, sqlite3.Error) as again:
                self._give_up("could not be read and not be made again; it is not used", again)
                return None
            self._note("could not be read; it was made again", exc)
        except OSError as exc:
            self._give_up("cannot be opened; it is not used", exc)
            return None
        return self._db

    def _give_up(self, what: str, error: BaseException) -> None:
        self._note(what, error)
        self._off = True
        self.close()

    def _failed(self, exc: sqlite3.Error) -> None:
        """A read or write that failed: a broken file is removed (the next command makes it
        again), anything else (busy, read-only) leaves it as it is."""
        if getattr(exc, "sqlite_errorcode", None) in _BROKEN:
            self.close()
            with contextlib.suppress(OSError):
                self._remove()
            self._note("could not be read; it will be made again", exc)
            self._off = True
        else:
            self._give_up("is not used this time", exc)

    @staticmethod
    @contextlib.contextmanager
    def _transaction(db: sqlite3.Connection) -> Iterator[None]:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def close(self) -> None:
        """Close the store (the cache stays usable: it opens again on the next call)."""
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    # ----------------------------------------------------------------- reading and writing

    def _key(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.resolve().as_posix()

    def fetch(self, paths: Sequence[Path], registry: Path) -> dict[Path, CachedArticle]:
        """The entries still valid for these article files against this registry file: same
        file bytes, same registry bytes, same code. A seed's bytes are for the caller to check
        (it reads the seed's text anyway)."""
        db = self._open()
        registry_sha = self._registry_sha = file_sha256(registry)
        if db is None or registry_sha is None:
            return {}
        hits: dict[Path, CachedArticle] = {}
        try:
            # One scan beats a lookup a file: the whole corpus is wanted (0.14 s vs 0.18 s).
            rows = {
                row[0]: row
                for row in db.execute(
                    "SELECT path, sha256, seed, seed_sha256, article, findings FROM articles "
                    "WHERE registry_sha256 = ? AND code = ?",
                    (registry_sha, self.code),
                )
            }
        except sqlite3.Error as exc:
            self._failed(exc)
            return {}
        for path in paths:
            key = self._key(path)
            sha = file_sha256(path)
            if sha is None:
                continue
            self._sha[key] = sha
            row = rows.get(key)
            if row is not None and row[1] == sha:
                hits[path] = CachedArticle(row[2], row[3], row[4], row[5])
        return hits

    def store(
        self, entries: Iterable[tuple[Path, CachedArticle]], dropped: Iterable[Path] = ()
    ) -> None:
        """Keep these articles' entries (files hashed by the last fetch; others are skipped),
        and forget the `dropped` files' (checked now, not to be kept: they have errors)."""
        rows = [
            (key, self._sha[key], self._registry_sha, self.code, *_values(value))
            for path, value in entries
            if (key := self._key(path)) in self._sha
        ]
        gone = [(self._key(path),) for path in dropped]
        if not (rows or gone) or self._registry_sha is None:
            return
        db = self._open()
        if db is None:
            return
        try:
            with self._transaction(db):
                db.executemany("DELETE FROM articles WHERE path = ?", gone)
                db.executemany(
                    f"INSERT OR REPLACE INTO articles VALUES ({', '.join('?' * len(_COLUMNS))})",
                    rows,
                )
        except sqlite3.Error as exc:
            self._failed(exc)


    # ----------------------------------------------------------------- memos

    def recall(self, key: str) -> str | None:
        """A result kept under `key` by this code version, or None."""
        db = self._open()
        if db is None:
            return None
        try:
            row = db.execute(
                "SELECT value FROM memos WHERE key = ? AND code = ?", (key, self.code)
            ).fetchone()
        except sqlite3.Error as exc:
            self._failed(exc)
            return None
        return None if row is None else str(row[0])

    def keep(self, key: str, value: str) -> None:
        """Keep a result under `key` (the last few only: each stands for a whole corpus)."""
        db = self._open()
        if db is None:
            return
        try:
            with self._transaction(db):
                db.execute("INSERT OR REPLACE INTO memos VALUES (?, ?, ?)", (key, self.code, value))
                # A corpus changes a file at a time: older digests are of no further use.
                db.execute(
                    "DELETE FROM memos WHERE key NOT IN "
                    "(SELECT key FROM memos ORDER BY rowid DESC LIMIT ?)", (MEMOS_KEPT,),
                )
        except sqlite3.Error as exc:
            self._failed(exc)


def _values(value: CachedArticle) -> tuple[str, str, str, str]:
    return value.seed, value.seed_sha256, value.article, value.findings
