"""Writing files safely: a temporary file in the same folder, verified, renamed into place."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@contextlib.contextmanager
def atomic_write(path: Path, verify: Callable[[Path], None] | None = None) -> Iterator[Any]:
    """Write a text file through a temporary file in the same folder, renamed into place.

    Nothing is written to `path` unless the block finishes and `verify` (given the finished
    temporary file, under the same name as `path`, so checks that look at the name work)
    returns without raising: an error or an interrupt at any point leaves the old file (or no
    file) as it was, and no temporary file behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    tmp = folder / path.name
    # mkdtemp's folder is private; give the file the mode the old one has, or a new one gets.
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
    try:
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if verify is not None:
            verify(tmp)
        tmp.chmod(mode)
        tmp.replace(path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
