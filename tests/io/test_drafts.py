"""Reading a draft for `natoiraq check`: encodings, line ends, special files and limits; every
bad input is a DraftError with its line and column (exit 2 in the CLI), never a traceback."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from natoiraq.io import drafts
from natoiraq.io.drafts import DraftError, decode_draft, read_draft, read_draft_stream

TEXT = "NATO suspended its training on Jan. 4.\nStoltenberg said so — “today”.\n"


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_byte_order_mark_decides_the_codec(codec: str) -> None:
    data = TEXT.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):  # these codecs write no mark of their own
        data = "\ufeff".encode(codec) + data
    assert decode_draft(data, "d.txt") == TEXT


def test_line_ends_are_made_newlines() -> None:
    assert decode_draft(b"one\r\ntwo\rthree\n", "d.txt") == "one\ntwo\nthree\n"


def test_windows_1252_is_named_with_the_command_that_converts_it() -> None:
    with pytest.raises(DraftError) as caught:
        decode_draft("Line one\nCafé Brussels".encode("cp1252"), "d.txt")
    error = caught.value
    assert (error.line, error.col) == (2, 4)
    assert "byte 0xe9" in error.message and "Windows-1252" in error.message
    assert "iconv -f WINDOWS-1252 -t UTF-8 d.txt" in error.message
    assert str(error).startswith("d.txt:2:4: error: is not UTF-8 text")


def test_utf16_without_a_mark_is_recognised() -> None:
    with pytest.raises(DraftError, match="UTF-16 \\(little-endian\\) without a byte-order mark"):
        decode_draft("Ministers agreed on Feb. 12 to expand.".encode("utf-16-le"), "d.txt")


def test_bytes_that_fit_no_encoding_are_not_guessed() -> None:
    with pytest.raises(DraftError, match="Save the draft as UTF-8 text"):
        decode_draft(b"\x00\x81\xff\x00\x01", "d.txt")


def test_a_broken_utf16_body_is_an_error_at_its_place() -> None:
    data = "\ufeffab\ncd".encode("utf-16-le") + b"\x00\xd8"  # a lone high surrogate
    with pytest.raises(DraftError, match="UTF-16 LE byte-order mark but byte offset 12") as caught:
        decode_draft(data, "d.txt")
    assert (caught.value.line, caught.value.col) == (2, 3)


def test_a_nul_character_is_a_binary_file() -> None:
    with pytest.raises(DraftError, match="holds a NUL character") as caught:
        decode_draft(b"abc\nde\x00f", "d.txt")
    assert (caught.value.line, caught.value.col) == (2, 3)


def test_read_draft_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match="does not exist"):
        read_draft(tmp_path / "missing.txt")
    with pytest.raises(DraftError, match="is a folder"):
        read_draft(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # A FIFO would block forever: refused from its file type, never opened.
    with pytest.raises(DraftError, match="is not a regular file"):
        read_draft(fifo)


def test_any_file_name_is_a_draft(tmp_path: Path) -> None:
    story = tmp_path / "story.draft"
    story.write_bytes(TEXT.encode("utf-16"))
    assert read_draft(story) == TEXT


def test_a_draft_over_the_limit_is_refused_without_reading_it_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(drafts, "MAX_DRAFT_BYTES", 10)

    class Endless(io.RawIOBase):
        """A stream that never ends (as /dev/zero), counting what is read of it."""

        read_bytes = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            size = len(buffer)
            buffer[:size] = b"a" * size
            Endless.read_bytes += size
            return size

    with pytest.raises(DraftError, match="is larger than 10 bytes"):
        read_draft_stream(io.BufferedReader(Endless(), buffer_size=4))
    assert Endless.read_bytes <= 16


def test_standard_input_is_read_as_a_stream() -> None:
    assert read_draft_stream(io.BytesIO(TEXT.encode("utf-16")), "-") == TEXT
