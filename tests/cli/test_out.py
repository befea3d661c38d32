"""`--out`: standard output for `-`; a symlink's target written, never the link replaced; a FIFO,
terminal or device written directly, never renamed over (issue 12, item 5)."""

from __future__ import annotations

import os
import shutil
import stat
import threading
from pathlib import Path

import pytest

from tests.conftest import DATA, RunCli


@pytest.fixture
def mini_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the validator's small test repository, as the working folder."""
    shutil.copytree(DATA / "validate" / "corpus", tmp_path / "corpus")
    shutil.copytree(DATA / "validate" / "seeds", tmp_path / "seeds")
    (tmp_path / "draft.txt").write_text(
        "NATO suspended its training mission in Iraq on Jan. 4, 2020.\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def report(run_cli: RunCli, mini_repo: Path) -> str:
    """What `reconcile --format markdown` prints without --out."""
    result = run_cli(["reconcile", "--format", "markdown"])
    assert result.exit_code == 0
    assert result.stdout
    return result.stdout


@pytest.mark.parametrize(
    "args",
    [["reconcile", "--format", "markdown"], ["check", "draft.txt", "--format", "markdown"]],
    ids=["reconcile", "check"],
)
def test_dash_is_standard_output(run_cli: RunCli, mini_repo: Path, args: list[str]) -> None:
    printed = run_cli(args)
    result = run_cli([*args, "--out", "-"])
    assert (result.exit_code, result.stdout) == (printed.exit_code, printed.stdout)
    assert "wrote" not in result.stderr
    assert not (mini_repo / "-").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["schema", "--out", "-"], "--out names a folder: schema writes one file per schema."),
        (
            ["extract", "draft.txt", "--out", "-"],
            "--out names a folder; without --out, extract prints to stdout.",
        ),
    ],
    ids=["schema", "extract"],
)
def test_a_folder_out_is_never_dash(
    run_cli: RunCli, mini_repo: Path, args: list[str], message: str
) -> None:
    result = run_cli(args)
    assert result.exit_code == 2
    assert result.stderr.endswith(f"Error: {message}\n")
    assert not (mini_repo / "-").exists()


def test_a_symlink_is_followed_and_stays_a_symlink(
    run_cli: RunCli, mini_repo: Path, report: str
) -> None:
    (mini_repo / "site").mkdir()
    target = mini_repo / "site" / "report.md"
    target.write_text("old\n", encoding="utf-8")
    (mini_repo / "report.md").symlink_to("site/report.md")
    result = run_cli(["reconcile", "--format", "markdown", "--out", "report.md"])
    assert result.exit_code == 0
    assert (mini_repo / "report.md").is_symlink()
    assert target.read_text(encoding="utf-8") == report
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.md"]


def _reader(path: Path, got: list[bytes]) -> threading.Thread:
    def read() -> None:
        with path.open("rb") as handle:
            got.append(handle.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def test_a_fifo_is_written_to_its_reader(run_cli: RunCli, mini_repo: Path, report: str) -> None:
    fifo = mini_repo / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _reader(fifo, got)
    result = run_cli(["reconcile", "--format", "markdown", "--out", str(fifo)])
    reader.join(10)
    assert result.exit_code == 0
    assert got == [report.encode()]
    assert fifo.is_fifo()


def test_a_terminal_device_is_written_directly(
    run_cli: RunCli, mini_repo: Path, report: str
) -> None:
    main, side = os.openpty()
    device = Path(os.ttyname(side))
    got: list[bytes] = []

    def drain() -> None:  # a terminal's buffer is small: read as it is written
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                return
            if not chunk:
                return
            got.append(chunk)

    thread = threading.Thread(target=drain, daemon=True)
    thread.start()
    try:
        result = run_cli(["reconcile", "--format", "markdown", "--out", str(device)])
        still_a_device = stat.S_ISCHR(device.stat().st_mode)
    finally:
        os.close(side)
    thread.join(10)
    os.close(main)
    assert result.exit_code == 0, result.stderr
    assert still_a_device
    # The terminal turns each \n into \r\n.
    assert b"".join(got).replace(b"\r\n", b"\n") == report.encode()


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_full_device_is_an_io_error_and_stays_a_device(
    run_cli: RunCli, mini_repo: Path
) -> None:
    # As /dev/full (1, 7), made here: `--out /dev/full` run as root replaced the device node.
    full = mini_repo / "full"
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    result = run_cli(["reconcile", "--out", str(full)])
    assert result.exit_code == 2
    assert result.stderr == f"natoiraq: error: I/O error {full}: No space left on device\n"
    assert stat.S_ISCHR(full.stat().st_mode)
