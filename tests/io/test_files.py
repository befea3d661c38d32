"""natoiraq.io.files: reading only regular files, within a limit; writing atomically, through
symlinks, compared with what was read, and all or nothing (issue 12, items 3, 5, 6, 7, 12)."""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from natoiraq.io import files
from natoiraq.io.files import (
    Changed,
    NotRegularFile,
    OutsideRoot,
    TooLarge,
    Transaction,
    atomic_write,
    confined,
    read_regular,
)


def _returns_in_time(func: Callable[[], object], fifo: Path | None = None) -> BaseException | None:
    """Run `func` in a thread; fail if it blocks (a FIFO's reader is then let go)."""
    caught: list[BaseException] = []

    def run() -> None:
        try:
            func()
        except BaseException as exc:  # handed to the test to assert on
            caught.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive():
        if fifo is not None:  # open the writing end, so the blocked reader sees the end
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(5)
        pytest.fail("blocked: a special file was opened and read")
    return caught[0] if caught else None


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "article.yaml"
    os.mkfifo(fifo)
    refused = _returns_in_time(lambda: read_regular(fifo, 100), fifo)
    assert isinstance(refused, NotRegularFile)
    assert str(refused) == f"{fifo} is a FIFO (named pipe), not a regular file."


def test_a_link_to_an_endless_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.yaml"
    link.symlink_to("/dev/zero")
    with pytest.raises(NotRegularFile, match="is a character device, not a regular file"):
        read_regular(link, 100)


def test_a_folder_is_a_directory_error(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        read_regular(tmp_path, 100)


def test_at_most_limit_plus_one_bytes_are_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 11)
    with pytest.raises(TooLarge) as info:
        read_regular(path, 10)
    assert (info.value.limit, info.value.size) == (10, 11)
    path.write_bytes(b"x" * 10)
    assert read_regular(path, 10) == b"x" * 10


def test_confined_follows_links_only_within_the_root(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "corpus").mkdir(parents=True)
    (root / "real.yaml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "secret.yaml").write_text("key: hunter2\n", encoding="utf-8")
    inside = root / "corpus" / "inside.yaml"
    inside.symlink_to("../real.yaml")
    outside = root / "corpus" / "outside.yaml"
    outside.symlink_to(tmp_path / "secret.yaml")
    assert confined(inside, root) == (root / "real.yaml").resolve()
    with pytest.raises(OutsideRoot) as info:
        confined(outside, root)
    assert info.value.target == (tmp_path / "secret.yaml").resolve()


# --------------------------------------------------------------------------- writing


def test_a_symlink_is_followed_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to("real.txt")
    with atomic_write(link) as handle:
        handle.write("new\n")
    assert link.is_symlink()
    assert link.readlink() == Path("real.txt")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "real.txt"]


def test_a_symlink_out_of_the_folder_it_must_stay_in_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text("theirs\n", encoding="utf-8")
    link = root / "link.txt"
    link.symlink_to(outside)
    with pytest.raises(OutsideRoot), atomic_write(link, within=root) as handle:
        handle.write("ours\n")
    assert outside.read_text(encoding="utf-8") == "theirs\n"
    assert link.is_symlink()


def test_atomic_write_refuses_to_rename_over_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFile, match="is a FIFO"), atomic_write(fifo) as handle:
        handle.write("x")
    assert fifo.is_fifo()


def test_a_file_changed_since_it_was_read_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("read: 1\n", encoding="utf-8")
    with pytest.raises(Changed) as info, atomic_write(path, expect="read: 1\n") as handle:
        handle.write("ours: 1\n")
        path.write_text("theirs: 1\n", encoding="utf-8")  # another writer, meanwhile
    assert str(info.value) == (
        f"{path} was changed by another process while natoiraq worked on it; nothing written: "
        "run the command again."
    )
    assert path.read_text(encoding="utf-8") == "theirs: 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


def test_a_new_file_is_not_written_over_one_created_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    created = pytest.raises(Changed, match="was created by another process")
    with created, atomic_write(path, expect=None) as handle:
        handle.write("ours\n")
        path.write_text("theirs\n", encoding="utf-8")
    assert path.read_text(encoding="utf-8") == "theirs\n"
    dangling = tmp_path / "dangling.yaml"
    dangling.symlink_to(tmp_path / "nowhere.yaml")
    with pytest.raises(Changed), atomic_write(dangling, expect=None) as handle:
        handle.write("ours\n")
    assert not (tmp_path / "nowhere.yaml").exists()


def test_an_io_error_names_the_target_not_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("old\n", encoding="utf-8")

    def read_only(self: Path, target: Path) -> Path:
        # As rename(2) fails on a read-only file system: naming the temporary source.
        raise OSError(errno.EROFS, "Read-only file system", str(self), str(target))

    monkeypatch.setattr(Path, "replace", read_only)
    with pytest.raises(OSError) as info, atomic_write(path) as handle:
        handle.write("new\n")
    assert (info.value.filename, info.value.strerror) == (str(path), "Read-only file system")
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


def test_a_transaction_puts_back_every_file_when_a_later_one_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "registry.yaml"
    kept.write_text("old registry\n", encoding="utf-8")
    kept.chmod(0o640)
    new = tmp_path / "article.yaml"
    last = tmp_path / "SHA256SUMS"
    last.write_text("old sums\n", encoding="utf-8")
    real_fsync, synced = os.fsync, []

    def disk_full_on_the_third(fd: int) -> None:
        synced.append(fd)
        if len(synced) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", disk_full_on_the_third)
    with pytest.raises(OSError) as info, Transaction() as transaction:
        with transaction.write(kept, expect="old registry\n") as handle:
            handle.write("new registry\n")
        with transaction.write(new, expect=None) as handle:
            handle.write("article\n")
        with transaction.write(last, expect="old sums\n") as handle:
            handle.write("new sums\n")
    assert (info.value.filename, info.value.errno) == (str(last), errno.ENOSPC)
    assert kept.read_text(encoding="utf-8") == "old registry\n"
    assert kept.stat().st_mode & 0o777 == 0o640
    assert not new.exists()
    assert last.read_text(encoding="utf-8") == "old sums\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["SHA256SUMS", "registry.yaml"]


def test_a_transaction_that_ends_well_keeps_everything(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("a\n", encoding="utf-8")
    with Transaction() as transaction:
        for path in (first, second):
            with transaction.write(path) as handle:
                handle.write(f"new {path.name}\n")
    assert first.read_text(encoding="utf-8") == "new a.txt\n"
    assert second.read_text(encoding="utf-8") == "new b.txt\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
