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
import json
import os
import sqlite3
import stat
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

#: Where the cache lives, under the repository root (git-ignored).
CACHE_DIR = ".natoiraq"
CACHE_FILE = "cache.sqlite3"
#: The tables' layout; a store with another user_version is dropped and made again.
SCHEMA_VERSION = 6
#: How long a command waits for another process's write before it goes without the cache: a
#: write of 10,000 rows takes ~0.6 s, so two commands started together rarely wait at all.
BUSY_SECONDS = 2.0
#: Rows looked up by key in one statement (SQLite before 3.32 takes at most 999 parameters).
LOOKUP_BATCH = 900
#: Memos kept (the newest): enough for a corpus and a copy with or without one change.
MEMOS_KEPT = 4

#: A file whose status changed this recently (ctime) is hashed on every read, its status never
#: trusted: a write within the file system's clock tick of our read could leave size, times
#: and inode as they were (git's "racily clean" files).
RACY_NS = 2_000_000_000

_COLUMNS = (
    "path", "sha256", "stat", "registry_sha256", "code", "seed", "seed_sha256", "seed_stat",
    "article_id", "origins", "summary", "keys", "digests", "quotes", "claims", "prints",
    "article", "findings",
)  # fmt: skip
_CREATE = (
    "CREATE TABLE articles (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, stat TEXT NOT NULL, "
    "registry_sha256 TEXT NOT NULL, code TEXT NOT NULL, seed TEXT NOT NULL, "
    "seed_sha256 TEXT NOT NULL, seed_stat TEXT NOT NULL, article_id TEXT NOT NULL, "
    "origins TEXT NOT NULL, summary TEXT NOT NULL, keys TEXT NOT NULL, digests TEXT NOT NULL, "
    "quotes TEXT NOT NULL, claims TEXT NOT NULL, prints TEXT NOT NULL, article TEXT NOT NULL, "
    "findings TEXT NOT NULL)"
)
#: The claim index is columns of each article's row, before its model and findings (a
#: row is read up to its last column wanted): the blocks it has claims in and the digest of its
#: part of each, each list joined by LIST_SEP, and its quotes' (speaker, folded text) as JSON
#: (natoiraq.corpus.keys). So check reads only the articles of its draft's blocks, and reconcile
#: compares again only the blocks that changed. They were two tables of one row a key or quote
#: until schema 5: reading 190,000 rows back into lists took a fifth of a second of every
#: command at 10,000 articles, against a few hundredths for the columns (issue 15).
#: `claims` holds the article's header and each block's claims in the claim index's own form
#: (corpus/keys.py index_part), joined by LIST_SEP: check builds its sources from it, not from
#: the model, and parses only the blocks it wants. `prints` holds its text's fingerprints and
#: story sequence (compare/overlap.py prints_part), what the origin groups are found from.
LIST_SEP = "\x1e"
#: Results worked out from the whole corpus (its origin groups), keyed by a digest of what they
#: depend on; `code` as for articles.
_MEMO_COLUMNS = ("key", "code", "value")
_CREATE_MEMOS = "CREATE TABLE memos (key TEXT PRIMARY KEY, code TEXT NOT NULL, value TEXT NOT NULL)"
#: Reconcile's findings, a block at a time, keyed by a digest of the block's members (issue 15;
#: reconciler/kept.py). `used` is the run that last read or wrote the row: each run is one more,
#: and rows no run of the last MEMOS_KEPT used are dropped.
_BLOCK_COLUMNS = ("key", "code", "used", "value")
_CREATE_BLOCKS = (
    "CREATE TABLE blocks (key TEXT PRIMARY KEY, code TEXT NOT NULL, used INTEGER NOT NULL, "
    "value BLOB NOT NULL)"
)
#: SQLite result codes that mean "this file is not a (sound) cache": it is made again.
_BROKEN = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


@dataclass(frozen=True)
class CachedArticle:
    """What a checked article left in the cache: its seed (path and sha256 as checked), the
    validated model as JSON and its findings (warnings) as JSON; for the claim index, its id,
    its part of the origins digest, its block keys (with the digest of its part of each block,
    corpus/keys.py block_digests), its quotes as (speaker, folded text) and what a report says
    of it (`summary`, JSON).

    `article` and `findings` are empty in an entry fetched without its body (`bodies=False`),
    and `quotes` in every fetched entry (`quotes` reads them where they are wanted).
    """

    seed: str
    seed_sha256: str
    article: str
    findings: str
    article_id: str = ""
    origins: str = ""
    keys: tuple[str, ...] = ()
    quotes: tuple[tuple[str, str], ...] = ()
    digests: tuple[str, ...] = ()
    summary: str = ""
    #: The header and each block's claims as the claim index keeps them (corpus/keys.py
    #: index_part); empty in a fetched entry (`claims` reads them where they are wanted).
    claims: tuple[str, ...] = ()
    #: The text's fingerprints and story sequence (compare/overlap.py prints_part), "" where
    #: not made; empty in a fetched entry (`prints` reads them).
    prints: str = ""


def _split(joined: str) -> tuple[str, ...]:
    """A list of the claim index, as kept (LIST_SEP)."""
    return tuple(joined.split(LIST_SEP)) if joined else ()


def pairs(value: object) -> bool:
    """Whether a value read back is a list of (str, str) pairs, as quotes are kept."""
    return isinstance(value, list) and all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)
        for pair in value
    )


def stat_key(path: Path | str, *, now_ns: int | None = None) -> str:
    """A file's size, times, inode and device as one string; "" where it cannot be read, is
    a link or no regular file, or where its status changed too recently to stand for its
    bytes (RACY_NS)."""
    try:
        st = os.lstat(path)
    except OSError:
        return ""
    if not stat.S_ISREG(st.st_mode):
        return ""
    now = time.time_ns() if now_ns is None else now_ns
    if st.st_ctime_ns > now - RACY_NS or st.st_mtime_ns > now - RACY_NS:
        return ""
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}"


def file_sha256(path: Path) -> str | None:
    """The sha256 of a regular file's bytes, or None where it is no regular file (a FIFO
    would block the read) or cannot be read."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None
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
        self._stat: dict[str, str] = {}
        self._registry_sha: str | None = None
        self._root_abs: str | None = None
        self._folders: dict[str, str | None] = {}
        #: Each file's row key, worked out once (`_key`), and each folder as written, made
        #: absolute.
        self._keys: dict[Path, str] = {}
        self._written: dict[str, str] = {}
        self._root_text = os.fspath(root)
        self._run: int | None = None

    # ----------------------------------------------------------------- opening

    @property
    def registry_sha(self) -> str | None:
        """The sha256 of the registry file the last fetch compared entries against."""
        return self._registry_sha

    @property
    def off(self) -> bool:
        """Whether the cache was given up for this command (a note says why)."""
        return self._off

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
            blocks = tuple(row[1] for row in db.execute("PRAGMA table_info(blocks)"))
            if (version, columns, memos, blocks) != (
                SCHEMA_VERSION, _COLUMNS, _MEMO_COLUMNS, _BLOCK_COLUMNS,
            ):  # fmt: skip
                if version != 0 or columns or memos or blocks:
                    self._note("had another layout; it was made again")
                with self._transaction(db):
                    for table in ("articles", "memos", "keys", "quotes", "blocks"):
                        db.execute(f"DROP TABLE IF EXISTS {table}")
                    db.execute(_CREATE)
                    db.execute(_CREATE_MEMOS)
                    db.execute(_CREATE_BLOCKS)
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
        """A file's row key: its path relative to the root (without resolving links where the
        path lies inside the root as written: resolving 10,000 paths took 0.3 s)."""
        key = self._keys.get(path)
        if key is None:
            key = self._keys[path] = self._row_key(path)
        return key

    def _row_key(self, path: Path) -> str:
        # abspath, not resolve: no system call a path (resolve reads every link on the way);
        # each folder, as written, is made absolute and relative once (10,000 files share one).
        written, _, name = os.fspath(path).rpartition(os.sep)
        if name in ("", ".", "..") or (not written and os.fspath(path).startswith(os.sep)):
            folder, name = os.path.split(os.path.abspath(path))  # noqa: PTH100
        else:
            folder = self._written.get(written, "")
            if not folder:
                folder = self._written[written] = os.path.abspath(written or os.curdir)  # noqa: PTH100
        if folder not in self._folders:
            if self._root_abs is None:
                self._root_abs = os.path.abspath(self.root)  # noqa: PTH100
            relative = os.path.relpath(folder, self._root_abs)
            inside = relative != ".." and not relative.startswith(f"..{os.sep}")
            self._folders[folder] = (
                "" if relative == "." else Path(relative).as_posix() + "/"
            ) if inside else None  # fmt: skip
        prefix = self._folders[folder]
        if prefix is not None and name:
            return prefix + name
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.resolve().as_posix()

    def fetch(
        self, paths: Sequence[Path], registry: Path, *, bodies: bool = True, digests: bool = True
    ) -> dict[Path, CachedArticle]:
        """The entries still valid for these article files against this registry file: same
        file bytes, same seed bytes, same registry bytes, same code. Without `bodies`, the
        entries leave out the model and findings (`body` reads them for the files wanted);
        without `digests`, their block digests (what only reconcile needs).

        A file (or seed) whose size, times and inode are as when it was last hashed, long enough
        ago (stat_key), is not read again; any other is hashed and compared by sha256."""
        db = self._open()
        registry_sha = self._registry_sha = file_sha256(registry)
        if db is None or registry_sha is None or not paths:
            return {}  # (no paths: the registry and reference alone are checked, as by views)
        wanted = "article, findings" if bodies else "'', ''"
        digested = "digests" if digests else "''"
        try:
            # One scan beats a lookup a file: the whole corpus is wanted (0.14 s vs 0.18 s).
            rows = {
                row[0]: row
                for row in db.execute(
                    "SELECT path, sha256, stat, seed, seed_sha256, seed_stat, article_id, "
                    f"origins, {wanted}, summary, keys, {digested} FROM articles "
                    "WHERE registry_sha256 = ? AND code = ?",
                    (registry_sha, self.code),
                )
            }
        except sqlite3.Error as exc:
            self._failed(exc)
            return {}
        now = time.time_ns()
        hits: dict[Path, CachedArticle] = {}
        restat: list[tuple[str, str, str]] = []
        for path in paths:
            key = self._key(path)
            row = rows.get(key)
            stat = stat_key(path, now_ns=now)
            self._stat[key] = stat
            if row is not None and stat and stat == row[2]:
                sha: str | None = row[1]
            else:
                sha = file_sha256(path)
            if sha is None:
                continue
            self._sha[key] = sha
            if row is None or row[1] != sha:
                continue
            seed_stat = self._seed_stat(row[3], row[4], row[5], now)
            if seed_stat is None:
                continue
            if stat != row[2] or seed_stat != row[5]:
                restat.append((stat, seed_stat, key))
            hits[path] = CachedArticle(
                row[3], row[4], row[8], row[9], row[6], row[7], _split(row[11]), (),
                _split(row[12]), row[10],
            )  # fmt: skip
        if restat:
            self._restat(db, restat)
        return hits

    def _seed_stat(self, seed: str, sha: str, stat: str, now: int) -> str | None:
        """The seed's status key where its bytes are still `sha` (None where they are not, or
        where the seed lies outside the root: that is for the full check to say)."""
        if seed.startswith("/") or ".." in seed.split("/"):
            return None
        path = f"{self._root_text}/{seed}"
        now_stat = stat_key(path, now_ns=now)
        if now_stat and now_stat == stat:
            return stat
        if Path(path).is_symlink():
            return None
        return now_stat if file_sha256(Path(path)) == sha else None

    def digest(self, paths: Iterable[Path]) -> str | None:
        """A digest of these files' bytes as the last fetch found them, with the registry's
        and the code's: a key for what is worked out from their entries alone. None where a
        file was not fetched (or the cache is not used)."""
        if self._off or self._registry_sha is None:
            return None
        digest = hashlib.sha256(f"{self.code}\n{self._registry_sha}\n".encode())
        for path in paths:
            key = self._key(path)
            sha = self._sha.get(key)
            if sha is None:
                return None
            digest.update(f"{key}\t{sha}\n".encode())
        return digest.hexdigest()

    def unchanged(self, path: Path) -> bool:
        """Whether a file's bytes are still those the last fetch found."""
        sha = self._sha.get(self._key(path))
        return sha is not None and file_sha256(path) == sha

    def quotes(self, paths: Iterable[Path]) -> dict[Path, list[list[str]]]:
        """The quotes, as (speaker, folded text), of these files' entries as the last fetch
        found them. A file whose row went or was rewritten since by another command is left
        out, as are all where the cache cannot be read: the caller reads those files."""
        db = self._open()
        if db is None or self._registry_sha is None:
            return {}
        wanted = {self._key(path): path for path in paths}
        out: dict[Path, list[list[str]]] = {}
        try:
            for key, sha, quotes in db.execute(
                "SELECT path, sha256, quotes FROM articles WHERE registry_sha256 = ? AND code = ?",
                (self._registry_sha, self.code),
            ):
                path = wanted.get(key)
                if path is not None and self._sha.get(key) == sha:
                    found = json.loads(quotes)
                    if pairs(found):  # else not what this code keeps: the file is read
                        out[path] = found
        except (sqlite3.Error, ValueError) as exc:
            if isinstance(exc, sqlite3.Error):
                self._failed(exc)
            return {}
        return out

    def _restat(self, db: sqlite3.Connection, rows: list[tuple[str, str, str]]) -> None:
        """Keep the status of files hashed again and found unchanged (the next read trusts it)."""
        try:
            with self._transaction(db):
                db.executemany("UPDATE articles SET stat = ?, seed_stat = ? WHERE path = ?", rows)
        except sqlite3.Error as exc:
            self._failed(exc)

    def body(self, paths: Iterable[Path]) -> dict[Path, tuple[str, str]]:
        """The model and findings (JSON) of these files' entries, as fetched before."""
        return {
            path: (article, findings)
            for path, (_, article, findings) in self._columns(paths, "article, findings").items()
        }

    def claims(self, paths: Iterable[Path], *, header: bool = False) -> dict[Path, list[str]]:
        """The claim index's form of these files' entries (CachedArticle.claims), or with
        `header` its first part alone, where their rows are still those the last fetch found.
        A file whose row went or was rewritten since is left out, as are all where the cache
        cannot be read: the caller reads those from their models or files."""
        # The header cut out by SQLite: the blocks of 10,000 articles are not copied out.
        sep = f"char({ord(LIST_SEP)})"
        column = f"substr(claims, 1, instr(claims || {sep}, {sep}) - 1)" if header else "claims"
        return {
            path: claims.split(LIST_SEP)
            for path, (sha, claims) in self._columns(paths, column).items()
            if self._sha.get(self._key(path)) == sha
        }

    def prints(self, paths: Iterable[Path]) -> dict[Path, str]:
        """The kept fingerprints and story sequences (CachedArticle.prints) of these files'
        entries, where their rows are still those the last fetch found and any were made."""
        return {
            path: prints
            for path, (sha, prints) in self._columns(paths, "prints").items()
            if prints and self._sha.get(self._key(path)) == sha
        }

    def _columns(self, paths: Iterable[Path], columns: str) -> dict[Path, tuple[str, ...]]:
        """The sha256 and these columns of the rows of these files (those there are)."""
        db = self._open()
        if db is None:
            return {}
        wanted = {self._key(path): path for path in paths}
        keys = list(wanted)
        out: dict[Path, tuple[str, ...]] = {}
        try:
            # Looked up by key, a few hundred at a time (no temporary table: filling one with
            # 10,000 keys took longer than the lookups; at most 999 parameters in old SQLite).
            for i in range(0, len(keys), LOOKUP_BATCH):
                part = keys[i : i + LOOKUP_BATCH]
                for key, *values in db.execute(
                    f"SELECT path, sha256, {columns} FROM articles WHERE path IN "
                    f"({', '.join('?' * len(part))}) AND registry_sha256 = ? AND code = ?",
                    (*part, self._registry_sha, self.code),
                ):
                    out[wanted[key]] = tuple(values)
        except sqlite3.Error as exc:
            self._failed(exc)
            return {}
        return out

    def store(
        self, entries: Iterable[tuple[Path, CachedArticle]], dropped: Iterable[Path] = ()
    ) -> None:
        """Keep these articles' entries (files hashed by the last fetch; others are skipped),
        and forget the `dropped` files' (checked now, not to be kept: they have errors)."""
        kept = [(key, value) for path, value in entries if (key := self._key(path)) in self._sha]
        rows = [
            (key, self._sha[key], self._stat.get(key, ""), self._registry_sha, self.code,
             value.seed, value.seed_sha256, self._seed_now(value), value.article_id,
             value.origins, value.summary, LIST_SEP.join(value.keys),
             LIST_SEP.join(value.digests), json.dumps(value.quotes, ensure_ascii=False),
             LIST_SEP.join(value.claims), value.prints, value.article, value.findings)
            for key, value in kept
        ]  # fmt: skip
        gone = [(self._key(path),) for path in dropped] + [(key,) for key, _ in kept]
        if not (rows or gone) or self._registry_sha is None:
            return
        db = self._open()
        if db is None:
            return
        try:
            with self._transaction(db):
                db.executemany("DELETE FROM articles WHERE path = ?", gone)
                db.executemany(
                    f"INSERT INTO articles VALUES ({', '.join('?' * len(_COLUMNS))})", rows
                )
        except sqlite3.Error as exc:
            self._failed(exc)

    def _seed_now(self, value: CachedArticle) -> str:
        """The seed's status key, where its bytes are still those the entry was checked
        against ("" otherwise: the seed changed since, and its status must not vouch for the
        checked bytes; the next read hashes it)."""
        relative = Path(value.seed)
        if relative.is_absolute() or ".." in relative.parts:
            return ""
        path = self.root / relative
        status = stat_key(path)  # before the bytes: a write after it changes the status
        return status if status and file_sha256(path) == value.seed_sha256 else ""

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
                # A corpus changes a file at a time: older digests are of no further use. Each
                # kind of memo (the key's part before the first colon) keeps its newest few.
                kind = key.split(":", 1)[0] + ":"
                db.execute(
                    "DELETE FROM memos WHERE substr(key, 1, ?) = ? AND key NOT IN "
                    "(SELECT key FROM memos WHERE substr(key, 1, ?) = ? "
                    "ORDER BY rowid DESC LIMIT ?)",
                    (len(kind), kind, len(kind), kind, MEMOS_KEPT),
                )
        except sqlite3.Error as exc:
            self._failed(exc)

    # ----------------------------------------------------------------- blocks

    def _this_run(self, db: sqlite3.Connection) -> int:
        """This command's run number: one more than the newest the blocks table holds."""
        if self._run is None:
            newest = db.execute("SELECT max(used) FROM blocks").fetchone()[0]
            self._run = (newest or 0) + 1
        return self._run

    def recall_blocks(self, keys: Iterable[str]) -> Iterator[tuple[str, bytes]]:
        """The (key, value) pairs kept under these keys by this code version, one at a time
        (the values of a corpus's blocks are as large as its report); the rows are marked
        used by this run first."""
        db = self._open()
        if db is None:
            return
        try:
            run = self._this_run(db)
            db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted_blocks (key TEXT PRIMARY KEY)")
            db.execute("DELETE FROM wanted_blocks")
            db.executemany("INSERT OR IGNORE INTO wanted_blocks VALUES (?)", [(k,) for k in keys])
            with self._transaction(db):
                db.execute(
                    "UPDATE blocks SET used = ? WHERE key IN (SELECT key FROM wanted_blocks)",
                    (run,),
                )
            rows = db.execute(
                "SELECT b.key, b.value FROM blocks b JOIN wanted_blocks w ON b.key = w.key "
                "WHERE b.code = ?",
                (self.code,),
            )
            yield from rows
        except sqlite3.Error as exc:
            self._failed(exc)

    def keep_blocks(self, values: Iterable[tuple[str, bytes]]) -> None:
        """Keep these (key, value) pairs as used by this run; drop the rows that no run of the
        last MEMOS_KEPT used (a corpus and a few copies or versions of it stay)."""
        db = self._open()
        if db is None:
            return
        try:
            run = self._this_run(db)
            with self._transaction(db):
                # A generator, not a list: the values of a whole corpus's blocks are as large
                # as its JSON report, and each is needed only until it is written.
                db.executemany(
                    "INSERT OR REPLACE INTO blocks VALUES (?, ?, ?, ?)",
                    ((key, self.code, run, value) for key, value in values),
                )
                db.execute("DELETE FROM blocks WHERE used <= ?", (run - MEMOS_KEPT,))
        except sqlite3.Error as exc:
            self._failed(exc)
