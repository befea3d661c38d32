"""Read a draft story for `natoiraq check`: any text file or standard input, in any common encoding.

A draft is not a seed: nothing is anchored to its bytes, so a byte-order mark is dropped, UTF-16
and UTF-32 with a mark are decoded, and line ends are made `\\n`. What cannot be read as text is
a DraftError that names the place (line and column) and, where the bytes say it, the encoding
the file is probably in, with the command that converts it.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import BinaryIO

from natoiraq.errors import NatoiraqError
from natoiraq.io.files import NotRegularFile, TooLarge, read_limited, read_regular

#: A draft is a news story; anything this large is not one (the same limit as a seed's).
MAX_DRAFT_BYTES = 2 * 1024 * 1024

#: Byte-order marks and the codec each announces, longest first (UTF-32 LE starts like UTF-16 LE).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Bytes 0x80-0x9f that Windows-1252 leaves undefined: text with one of them is not in it.
CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


class DraftError(NatoiraqError):
    """A draft that cannot be read as text; `line`/`col` locate the problem (1-based)."""

    def __init__(self, name: str, message: str, line: int = 1, col: int = 1) -> None:
        super().__init__(message)
        self.name = name
        self.message = message
        self.line = line
        self.col = col

    def __str__(self) -> str:
        return f"{self.name}:{self.line}:{self.col}: error: {self.message}"


def read_draft(path: Path) -> str:
    """The text of the draft at `path` (a regular file; `-` is not handled here)."""
    name = path.as_posix()
    try:
        data = read_regular(path, MAX_DRAFT_BYTES)
    except FileNotFoundError:
        raise DraftError(name, "does not exist.") from None
    except IsADirectoryError:
        raise DraftError(name, "is a folder; give the draft's file.") from None
    except NotRegularFile:
        # A FIFO would block and /dev/zero never ends: only a regular file is a draft.
        raise DraftError(
            name, "is not a regular file; save the draft to a file, or pipe it in with `-`."
        ) from None
    except TooLarge:
        raise DraftError(name, _too_large()) from None
    except OSError as exc:
        raise DraftError(name, f"cannot be read: {exc.strerror}.") from None
    return decode_draft(data, name)


def read_draft_stream(stream: BinaryIO, name: str = "-") -> str:
    """The text of a draft read from a binary stream (standard input for `check -`)."""
    try:
        data = read_limited(stream, MAX_DRAFT_BYTES, name)
    except TooLarge:
        raise DraftError(name, _too_large()) from None
    except OSError as exc:
        raise DraftError(name, f"cannot be read: {exc.strerror or exc}.") from None
    return decode_draft(data, name)


def _too_large() -> str:
    return (
        f"is larger than {MAX_DRAFT_BYTES:,} bytes; a draft is one story: split it, or check "
        "the story's text without the rest of the page."
    )


def decode_draft(data: bytes, name: str) -> str:
    """Decode a draft's bytes: a byte-order mark decides the codec, else UTF-8 (strict)."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as exc:
                line, col = _place(body[: exc.start].decode(codec, errors="replace"))
                label = codec.upper().replace("-LE", " LE").replace("-BE", " BE")
                raise DraftError(
                    name,
                    f"starts with a {label} byte-order mark but byte offset "
                    f"{exc.start + len(bom)} is not {label}; save the draft again as UTF-8.",
                    line,
                    col,
                ) from None
            return _checked(_newlines(text), name, None)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _place(data[: exc.start].decode("utf-8", errors="replace"))
        guess = _guess_encoding(data)
        hint = (
            f" It looks like {guess[0]}: convert it with `iconv -f {guess[1]} -t UTF-8 "
            f"{name} > draft-utf8.txt` and check that file."
            if guess is not None
            else " Save the draft as UTF-8 text and check it again."
        )
        raise DraftError(
            name,
            f"is not UTF-8 text: byte 0x{data[exc.start]:02x} at byte offset {exc.start} "
            f"cannot be decoded.{hint}",
            line,
            col,
        ) from None
    return _checked(_newlines(text), name, data)


def _guess_encoding(data: bytes) -> tuple[str, str] | None:
    """(what the bytes look like, iconv's name for it), or None when nothing fits."""
    sample = data[:4096]
    if len(sample) >= 4:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        half = len(sample) // 2
        if odd_nuls > half * 0.3 and even_nuls < odd_nuls / 4:
            return "UTF-16 (little-endian) without a byte-order mark", "UTF-16LE"
        if even_nuls > half * 0.3 and odd_nuls < even_nuls / 4:
            return "UTF-16 (big-endian) without a byte-order mark", "UTF-16BE"
    if 0 in data:
        return None
    if not CP1252_UNDEFINED.intersection(data):
        return "Windows-1252 (or Latin-1)", "WINDOWS-1252"
    return "Latin-1 (ISO-8859-1)", "ISO-8859-1"


def _checked(text: str, name: str, data: bytes | None) -> str:
    """`text`, unless it holds a NUL: then UTF-16 without a mark (named), or a binary file."""
    nul = text.find("\0")
    if nul >= 0:
        line, col = _place(text[:nul])
        guess = _guess_encoding(data) if data is not None else None
        if guess is not None and guess[1].startswith("UTF-16"):
            raise DraftError(
                name,
                f"holds NUL characters: it looks like {guess[0]}. Convert it with "
                f"`iconv -f {guess[1]} -t UTF-8 {name} > draft-utf8.txt` and check that file.",
                line,
                col,
            )
        raise DraftError(
            name, "holds a NUL character: this is a binary file, not a text draft.", line, col
        )
    return text


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _place(before: str) -> tuple[int, int]:
    line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    last = max(before.rfind("\n"), before.rfind("\r"))
    return line, len(before) - (last + 1) + 1


__all__ = [
    "MAX_DRAFT_BYTES",
    "DraftError",
    "decode_draft",
    "read_draft",
    "read_draft_stream",
]
