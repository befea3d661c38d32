"""NO_COLOR (https://no-color.org; issue 12, item 12): where a text report is coloured by default
on a terminal, NO_COLOR set and not empty turns the colour off; --color still turns it on."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from natoiraq.report.terminal import wants_color
from tests.conftest import DATA

#: A draft the mini corpus has sources for (tests/data/validate).
DRAFT = "The alliance has suspended its training mission, Ana Lind said on Monday.\n"
#: Colour starts with an SGR code; the text report's first line is bold.
SGR = b"\x1b["


@pytest.mark.parametrize(
    ("flag", "terminal", "environ", "coloured"),
    [
        pytest.param(None, True, {}, True, id="terminal"),
        pytest.param(None, False, {}, False, id="pipe"),
        pytest.param(None, True, {"NO_COLOR": "1"}, False, id="no-color"),
        pytest.param(None, True, {"NO_COLOR": "0"}, False, id="no-color-any-value"),
        pytest.param(None, True, {"NO_COLOR": ""}, True, id="no-color-empty"),
        pytest.param(True, False, {"NO_COLOR": "1"}, True, id="color-flag-wins"),
        pytest.param(False, True, {}, False, id="no-color-flag"),
    ],
)
def test_wants_color(flag: bool | None, terminal: bool, environ: dict[str, str],
                     coloured: bool) -> None:  # fmt: skip
    assert wants_color(flag, terminal=terminal, environ=environ) is coloured


def on_a_terminal(args: list[str], cwd: Path, no_color: str | None) -> bytes:
    """Run natoiraq with stdout on a pseudo-terminal (as a user at a terminal does); its output."""
    import pty  # POSIX only

    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    if no_color is not None:
        env["NO_COLOR"] = no_color
    master, slave = pty.openpty()
    with subprocess.Popen([sys.executable, "-m", "natoiraq", *args], cwd=cwd, env=env,
                          stdin=subprocess.DEVNULL, stdout=slave,
                          stderr=subprocess.PIPE) as proc:  # fmt: skip
        os.close(slave)
        out = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError as exc:  # EIO: the command closed the terminal
                assert exc.errno == errno.EIO
                break
            if not chunk:
                break
            out += chunk
        os.close(master)
        assert proc.wait(timeout=60) in (0, 1), proc.stderr.read() if proc.stderr else ""
    return out


@pytest.fixture(scope="module")
def mini_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mini")
    shutil.copytree(DATA / "validate" / "corpus", root / "corpus")
    shutil.copytree(DATA / "validate" / "seeds", root / "seeds")
    (root / "draft.md").write_text(DRAFT, encoding="utf-8")
    return root


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize("command", [["reconcile"], ["check", "draft.md"]],
                         ids=["reconcile", "check"])  # fmt: skip
@pytest.mark.parametrize(
    ("no_color", "flags", "coloured"),
    [
        pytest.param(None, [], True, id="terminal"),
        pytest.param("1", [], False, id="NO_COLOR"),
        pytest.param("1", ["--color"], True, id="NO_COLOR-and-color"),
    ],
)
def test_no_color_on_a_terminal(mini_repo: Path, command: list[str], no_color: str | None,
                                flags: list[str], coloured: bool) -> None:  # fmt: skip
    out = on_a_terminal([*command, *flags], mini_repo, no_color)
    assert b"natoiraq" in out  # the report was printed
    assert (SGR in out) is coloured
