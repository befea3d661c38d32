"""Files: read only regular files within a limit; write atomically, locked, compared, undoable.

Reading: a FIFO blocks forever and /dev/zero never ends, and their size in the file system is 0,
so what is not a regular file is refused from its type before it is opened (issue 12, item 3),
and at most limit + 1 bytes are read.

Writing: each file goes to a temporary file in a private folder beside its target, is flushed,
synced and verified, then renamed over the target under an advisory lock on the target's folder,
after checking that the target still holds what the writer read (compare-before-replace: a
concurrent writer's update is never lost, the later writer is refused, issue 12, item 7).
Symlinks are followed, never replaced. A Transaction undoes its earlier replacements when a
later one fails or a signal arrives, so a several-file edit is all or nothing (item 6).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import signal
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Final, TextIO

from natoiraq.errors import NatoiraqError


class FileRefused(NatoiraqError):
    """A file natoiraq will not read or write; `reason` follows the path in a message."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path} {reason}")
        self.path = Path(path)
        self.reason = reason


class NotRegularFile(FileRefused):
    """A FIFO, device, socket (or, for a write, anything but a regular file or a new one)."""

    def __init__(self, path: Path | str, kind: str) -> None:
        super().__init__(path, f"is {kind}, not a regular file.")
        self.kind = kind


class TooLarge(FileRefused):
    """More bytes than the reader's limit; `size` is at least limit + 1."""

    def __init__(self, path: Path | str, limit: int, size: int) -> None:
        super().__init__(path, f"is larger than {limit:,} bytes.")
        self.limit = limit
        self.size = size


class OutsideRoot(FileRefused):
    """A path whose symlinks lead outside the folder it must stay in (the repository)."""

    def __init__(self, path: Path | str, target: Path) -> None:
        super().__init__(path, f"is a link to {target}, outside the repository.")
        self.target = target


class Changed(FileRefused):
    """A file another process wrote between this writer's read and its write."""


# --------------------------------------------------------------------------- reading


def file_kind(mode: int) -> str:
    """What a file is, for messages ("a FIFO (named pipe)", "a character device", ...)."""
    kinds = (
        (stat.S_ISREG, "a regular file"),
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISLNK, "a symbolic link"),
    )
    return next((name for test, name in kinds if test(mode)), "a special file")


def _require_regular(info: os.stat_result, path: Path) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFile(path, file_kind(info.st_mode))


def read_limited(stream: BinaryIO, limit: int, name: Path | str) -> bytes:
    """At most `limit` bytes of `stream`; TooLarge (after reading limit + 1) when there is more."""
    # One byte past the limit tells "exactly at the limit" from "more": the size in the file
    # system is not trusted (a pipe or a device says 0; a file can grow while it is read).
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(name, limit, len(data))
    return data


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path` (symlinks followed), at most `limit` of them.

    Raises NotRegularFile (a FIFO, device or socket: refused from its type, never opened, since
    opening a FIFO blocks and a device can act), IsADirectoryError, TooLarge, or the OSError of
    a file that cannot be read.
    """
    _require_regular(path.stat(), path)
    # O_NONBLOCK: should a FIFO be swapped in after the check, opening it does not block; the
    # descriptor's own type is checked again below.
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    with os.fdopen(os.open(path, flags), "rb") as handle:
        info = os.fstat(handle.fileno())
        _require_regular(info, path)
        try:
            return read_limited(handle, limit, path)
        except TooLarge:
            raise TooLarge(path, limit, max(info.st_size, limit + 1)) from None


def confined(path: Path, root: Path) -> Path:
    """`path` with every symlink resolved; OutsideRoot when that leaves `root` (resolved too)."""
    target = Path(os.path.realpath(path))
    if not target.is_relative_to(Path(os.path.realpath(root))):
        raise OutsideRoot(path, target)
    return target


# --------------------------------------------------------------------------- writing

#: Signals that end a command: held back while a file is renamed into place or put back, so an
#: interrupt lands before or after the rename, never inside an undo or a clean-up (item 8).
DEFERRED_SIGNALS: Final = frozenset(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP back for the block; they arrive when it ends."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, DEFERRED_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """An exclusive advisory lock (flock) on `folder` itself, held for the block.

    Why the folder: a lock on the file would be on the inode the rename replaces, and a lock file
    would be left in the corpus. Every natoiraq writer takes it around its compare-and-rename;
    other programs do not, and for them compare-before-replace narrows the window to a rename.
    """
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:
            # A file system that cannot lock a folder (some network ones refuse EBADF or ENOLCK):
            # compare-before-replace alone guards there (docs/files.md says so).
            if exc.errno not in (errno.EBADF, errno.ENOLCK, errno.EINVAL, errno.EOPNOTSUPP):
                raise
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


class _Anything:
    """`expect=ANY`: replace whatever the target holds (a report, not a read-modify-write)."""

    def __repr__(self) -> str:
        return "ANY"


ANY: Final = _Anything()
#: What a writer read: the text (the target must still hold exactly it), None (the target must
#: not exist, not even as a dangling symlink) or ANY.
Expected = str | None | _Anything


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _write_target(path: Path, within: Path | None) -> Path:
    """The file a write to `path` replaces: symlinks followed (and confined to `within`)."""
    target = confined(path, within) if within is not None else Path(os.path.realpath(path))
    with contextlib.suppress(FileNotFoundError):
        info = target.stat()
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(path, file_kind(info.st_mode))
    return target


def _compare(path: Path, target: Path, expect: Expected) -> None:
    """Refuse (Changed) when `target` no longer holds what the writer read."""
    if isinstance(expect, _Anything):
        return
    if expect is None:
        if os.path.lexists(path) or os.path.lexists(target):
            raise Changed(path, "was created by another process meanwhile; nothing written.")
        return
    try:
        with target.open("rb") as handle:
            current = handle.read()
    except FileNotFoundError:
        raise Changed(path, "was removed by another process meanwhile; nothing written.") from None
    if current != expect.encode("utf-8"):
        raise Changed(
            path,
            "was changed by another process while natoiraq worked on it; nothing written: "
            "run the command again.",
        )


def _named(exc: OSError, path: Path, private: Path) -> OSError:
    """`exc` naming `path` where it named one of our temporary files, or nothing (item 12)."""
    if exc.filename is not None and not str(exc.filename).startswith(str(private)):
        return exc
    named = OSError(exc.errno, exc.strerror or str(exc), str(path))
    named.__traceback__ = exc.__traceback__
    return named


@dataclass
class _Replaced:
    """A file a transaction put in place: its old content kept (None: it is new) to undo it."""

    path: Path
    target: Path
    backup: Path | None
    inode: tuple[int, int]


class Transaction:
    """Files replaced one by one, all kept or all put back.

    Use as a context manager; `write` each file. If the block raises (an error, a refused
    comparison, KeyboardInterrupt or a signal turned into an exception), every file already
    replaced gets its old content back and every new one is removed; the temporary folders go
    in any case. With `undo=False` (one file), no old copy is kept.
    """

    def __init__(self, *, undo: bool = True) -> None:
        self._undo = undo
        self._private: list[Path] = []
        self._done: list[_Replaced] = []

    def __enter__(self) -> Transaction:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        with signals_deferred():
            try:
                left = self._roll_back() if exc_type is not None else []
            finally:
                for folder in self._private:
                    shutil.rmtree(folder, ignore_errors=True)
        if left:
            what = f"could not put back {'; '.join(left)}: check those files."
            if isinstance(exc, Exception):
                raise NatoiraqError(f"{exc} Then {what}") from exc
            if exc is not None:
                exc.add_note(what)

    @contextlib.contextmanager
    def write(
        self,
        path: Path,
        verify: Callable[[Path], None] | None = None,
        *,
        expect: Expected = ANY,
        within: Path | None = None,
    ) -> Iterator[TextIO]:
        """Write a text file (UTF-8, newlines as given) that replaces `path` when the block ends.

        `verify` gets the finished temporary file, under `path`'s name, and raises to refuse it.
        `expect` is compared with the target under its folder's lock (Changed when it differs).
        `within`: symlinks must not lead outside it (OutsideRoot).
        """
        target = _write_target(path, within)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            private = Path(
                tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            )
        except OSError as exc:
            raise _named(exc, path, target.parent / f".{target.name}.") from None
        self._private.append(private)
        tmp = private / target.name
        try:
            with tmp.open("w", encoding="utf-8", newline="") as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            if verify is not None:
                verify(tmp)
            self._replace(path, target, tmp, private, expect)
        except OSError as exc:
            raise _named(exc, path, private) from None

    def _replace(
        self, path: Path, target: Path, tmp: Path, private: Path, expect: Expected
    ) -> None:
        with folder_lock(target.parent), signals_deferred():
            _compare(path, target, expect)
            try:
                old = target.stat()
            except FileNotFoundError:
                old = None
            # mkdtemp's folder is private; give the file the mode the old one has, or a new one
            # gets.
            tmp.chmod(stat.S_IMODE(old.st_mode) if old is not None else 0o666 & ~_umask())
            backup = None
            if old is not None and self._undo:
                backup = private / ".old"
                try:
                    os.link(target, backup)  # the old inode, kept without copying its bytes
                except OSError:
                    shutil.copy2(target, backup)
            tmp.replace(target)
            new = target.stat()
            self._done.append(_Replaced(path, target, backup, (new.st_dev, new.st_ino)))

    def _roll_back(self) -> list[str]:
        """Put back what was replaced; what could not be is returned, as `path (reason)`."""
        problems: list[str] = []
        for done in reversed(self._done):
            try:
                with folder_lock(done.target.parent):
                    current = done.target.stat()
                    if (current.st_dev, current.st_ino) != done.inode:
                        continue  # another process replaced it since: theirs stands
                    if done.backup is not None:
                        done.backup.replace(done.target)
                    else:
                        done.target.unlink()
            except OSError as exc:
                problems.append(f"{done.path} ({exc.strerror or exc})")
        self._done.clear()
        return problems


@contextlib.contextmanager
def atomic_write(
    path: Path,
    verify: Callable[[Path], None] | None = None,
    *,
    expect: Expected = ANY,
    within: Path | None = None,
) -> Iterator[TextIO]:
    """Write one text file through a temporary file in the same folder, renamed into place.

    Nothing is written to `path` unless the block finishes, `verify` (see Transaction.write)
    returns, and the file still holds `expect`: an error or an interrupt at any point leaves
    the old file (or no file) as it was, and no temporary file behind. A symlink is followed
    (its target is replaced, the link stays); a FIFO or device is refused (NotRegularFile).
    """
    with (
        Transaction(undo=False) as transaction,
        transaction.write(path, verify, expect=expect, within=within) as handle,
    ):
        yield handle


@contextlib.contextmanager
def write_output(path: Path) -> Iterator[TextIO]:
    """Write a report to `path` (`--out`): what a user who names a file there means.

    A regular file (or a new one) is replaced atomically; a symlink's target is written, the
    link stays; a FIFO, a terminal or a device (/dev/null, /dev/stdout) is opened and written
    directly, never renamed over. `-` (standard output) is the caller's to handle.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    if info is None or stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode):
        with atomic_write(path) as handle:
            yield handle
        return
    if stat.S_ISSOCK(info.st_mode):
        raise NotRegularFile(path, file_kind(info.st_mode))
    try:
        # A FIFO's open waits for its reader, as a shell's `>` does.
        with path.open("w", encoding="utf-8", newline="") as handle:
            yield handle
    except OSError as exc:
        raise _named(exc, path, path) from None


__all__ = [
    "ANY",
    "Changed",
    "Expected",
    "FileRefused",
    "NotRegularFile",
    "OutsideRoot",
    "TooLarge",
    "Transaction",
    "atomic_write",
    "confined",
    "file_kind",
    "folder_lock",
    "read_limited",
    "read_regular",
    "signals_deferred",
    "write_output",
]
