"""Stage 1: the seeds are the shared articles byte for byte, and they are read exactly."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from natoiraq.io.seeds import SeedError, load_seed
from tests.conftest import REPO

SEEDS = REPO / "seeds"


def _sums() -> dict[str, str]:
    sums = {}
    for line in (SEEDS / "SHA256SUMS").read_text(encoding="ascii").splitlines():
        digest, name = line.split(maxsplit=1)
        sums[name.lstrip("*")] = digest
    return sums


def test_every_seed_is_listed_and_every_listed_seed_exists() -> None:
    on_disk = {p.name for p in SEEDS.glob("*.txt")}
    assert on_disk == set(_sums())
    assert len(on_disk) == 5


@pytest.mark.parametrize("name", sorted(_sums()))
def test_seed_matches_its_sha256(name: str) -> None:
    data = (SEEDS / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == _sums()[name]
    assert load_seed(SEEDS / name).sha256 == _sums()[name]


def test_seed_text_keeps_carriage_returns_and_counts_code_points(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("“Quoted” line\r\nnext\r\n".encode())
    text = load_seed(path).text
    assert text == "“Quoted” line\r\nnext\r\n"
    assert text.index("line") == 9  # code points, not bytes (the curly quotes are 3 bytes each)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xef\xbb\xbfhello", "starts with a UTF-8 byte-order mark; save it without one."),
        (b"ok\nbad \xe9 byte", "is not valid UTF-8: byte 0xe9 at byte offset 7."),
    ],
    ids=["bom", "latin1-byte"],
)
def test_undecodable_seed_is_a_seed_error(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(SeedError) as info:
        load_seed(path)
    assert info.value.message == message


def test_bad_byte_position_is_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"ok\nbad \xe9 byte")
    with pytest.raises(SeedError) as info:
        load_seed(path)
    assert (info.value.line, info.value.col) == (2, 5)


def test_missing_seed_is_a_seed_error(tmp_path: Path) -> None:
    with pytest.raises(SeedError, match="does not exist"):
        load_seed(tmp_path / "nope.txt")
