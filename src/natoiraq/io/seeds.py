"""Stage 1: read seed text exactly as stored (UTF-8, no newline translation, no normalisation)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from natoiraq.errors import NatoiraqError
from natoiraq.io.files import NotRegularFile, TooLarge, read_regular

#: Seeds are news articles; anything this large is not one (and would be slow to anchor).
MAX_SEED_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Seed:
    """A seed's text (code points, as stored) and the sha256 of its bytes."""

    path: Path
    text: str
    sha256: str


class SeedError(NatoiraqError):
    """A seed that cannot be read as UTF-8 text; `line`/`col` locate the bad byte (1-based)."""

    def __init__(self, path: Path, message: str, line: int = 1, col: int = 1) -> None:
        super().__init__(message)
        self.path = path
        self.message = message
        self.line = line
        self.col = col


def decode_exact(data: bytes, path: Path) -> str:
    """Decode UTF-8 bytes without any newline translation; a BOM or bad byte is a SeedError."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise SeedError(path, "starts with a UTF-8 byte-order mark; save it without one.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode("utf-8", errors="replace")
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        raise SeedError(
            path,
            f"is not valid UTF-8: byte 0x{data[exc.start]:02x} at byte offset {exc.start}.",
            line,
            col,
        ) from None


def load_seed(path: Path) -> Seed:
    """Read a seed file exactly: code-point offsets into `Seed.text` are the corpus offsets."""
    try:
        data = read_regular(path, MAX_SEED_BYTES)
    except TooLarge as exc:
        message = f"is {exc.size} bytes; seeds are limited to {MAX_SEED_BYTES}."
        raise SeedError(path, message) from None
    except NotRegularFile as exc:
        # A FIFO would block and /dev/zero never ends (issue 12, item 3).
        raise SeedError(path, f"is {exc.kind}, not a regular file.") from None
    except FileNotFoundError:
        raise SeedError(path, "does not exist.") from None
    except IsADirectoryError:
        raise SeedError(path, "is a directory, not a seed file.") from None
    except OSError as exc:
        raise SeedError(path, f"cannot be read: {exc.strerror}.") from None
    return Seed(path=path, text=decode_exact(data, path), sha256=hashlib.sha256(data).hexdigest())
