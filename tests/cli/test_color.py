"""Colour of the text reports (docs/terminal.md): on a terminal by default; NO_COLOR set and not
empty turns it off (https://no-color.org; issue 12, item 12); FORCE_COLOR set and not empty turns
it on off a terminal (https://force-color.org; issue 13, item 6); NO_COLOR beats FORCE_COLOR, and
--color/--no-color beat both."""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from natoiraq.cli import cli
from natoiraq.report.terminal import wants_color
from tests.conftest import DATA

#: A draft the mini corpus has sources for (tests/data/validate).
DRAFT = "The alliance has suspended its training mission, Ana Lind said on Monday.\n"
#: Colour starts with an SGR code; the text report's first line is bold.
SGR = b"\x1b["
#: The variables that decide colour: each test sets its own, none leaks in from the shell.
COLOR_VARS = ("NO_COLOR", "FORCE_COLOR")
#: The commands whose text report is coloured (wants_color in src/natoiraq/cli).
COMMANDS = [
    pytest.param(["reconcile"], id="reconcile"),
    pytest.param(["check", "draft.md"], id="check"),
]


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
        pytest.param(None, False, {"FORCE_COLOR": "1"}, True, id="force-color"),
        pytest.param(None, False, {"FORCE_COLOR": "0"}, True, id="force-color-any-value"),
        pytest.param(None, False, {"FORCE_COLOR": ""}, False, id="force-color-empty"),
        pytest.param(None, True, {"FORCE_COLOR": ""}, True, id="force-color-empty-terminal"),
        pytest.param(None, False, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False,
                     id="no-color-beats-force-color"),
        pytest.param(None, True, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False,
                     id="no-color-beats-force-color-on-a-terminal"),
        pytest.param(False, False, {"FORCE_COLOR": "1"}, False, id="no-color-flag-beats-force"),
        pytest.param(True, False, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, True,
                     id="color-flag-beats-both"),
    ],
)
def test_wants_color(flag: bool | None, terminal: bool, environ: dict[str, str],
                     coloured: bool) -> None:  # fmt: skip
    assert wants_color(flag, terminal=terminal, environ=environ) is coloured


@pytest.mark.parametrize(
    ("flag", "environ", "coloured"),
    [
        pytest.param(None, {"FORCE_COLOR": "1"}, False, id="force-color"),
        pytest.param(True, {}, True, id="color-flag"),
        pytest.param(None, {}, False, id="plain"),
    ],
)
def test_a_report_written_to_a_file_is_coloured_only_by_the_flag(
    flag: bool | None, environ: dict[str, str], coloured: bool
) -> None:
    assert wants_color(flag, terminal=False, environ=environ, stdout=False) is coloured


def piped(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch,
          environ: dict[str, str]) -> bytes:  # fmt: skip
    """Run natoiraq in-process with stdout captured (not a terminal); its output."""
    monkeypatch.chdir(cwd)
    env: dict[str, str | None] = {name: None for name in COLOR_VARS}
    env.update(environ)
    result = CliRunner().invoke(cli, args, env=env, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.stderr
    assert b"natoiraq" in result.stdout_bytes  # the report was printed
    return result.stdout_bytes


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("environ", "flags", "coloured"),
    [
        pytest.param({}, [], False, id="pipe"),
        pytest.param({"FORCE_COLOR": "1"}, [], True, id="FORCE_COLOR"),
        pytest.param({"FORCE_COLOR": "0"}, [], True, id="FORCE_COLOR-0"),
        pytest.param({"FORCE_COLOR": ""}, [], False, id="FORCE_COLOR-empty"),
        pytest.param({"FORCE_COLOR": "1", "NO_COLOR": "1"}, [], False, id="both"),
        pytest.param({"FORCE_COLOR": "1"}, ["--no-color"], False, id="FORCE_COLOR-no-color"),
        pytest.param({"NO_COLOR": "1"}, ["--color"], True, id="NO_COLOR-color"),
    ],
)
def test_color_through_a_pipe(mini_repo: Path, monkeypatch: pytest.MonkeyPatch,
                              command: list[str], environ: dict[str, str], flags: list[str],
                              coloured: bool) -> None:  # fmt: skip
    out = piped([*command, *flags], mini_repo, monkeypatch, environ)
    assert (SGR in out) is coloured


@pytest.mark.parametrize("command", COMMANDS)
def test_forced_colour_is_the_terminal_report(mini_repo: Path, monkeypatch: pytest.MonkeyPatch,
                                             command: list[str]) -> None:  # fmt: skip
    """FORCE_COLOR changes only the escape codes: without them it is the plain report."""
    forced = piped(command, mini_repo, monkeypatch, {"FORCE_COLOR": "1"})
    plain = piped(command, mini_repo, monkeypatch, {})
    assert SGR in forced
    assert re.sub(rb"\x1b\[[0-9;]*m", b"", forced) == plain


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("flags", "coloured"),
    [pytest.param([], False, id="FORCE_COLOR"), pytest.param(["--color"], True, id="--color")],
)
def test_forced_colour_stays_out_of_files(mini_repo: Path, monkeypatch: pytest.MonkeyPatch,
                                          command: list[str], flags: list[str],
                                          coloured: bool) -> None:  # fmt: skip
    """A CI log's FORCE_COLOR does not put escape codes into the report files it writes."""
    monkeypatch.chdir(mini_repo)
    target = mini_repo / "report.txt"
    args = [*command, *flags, "--out", str(target)]
    result = CliRunner().invoke(cli, args, env={"FORCE_COLOR": "1", "NO_COLOR": None},
                                catch_exceptions=False)  # fmt: skip
    assert result.exit_code in (0, 1), result.stderr
    assert (SGR in target.read_bytes()) is coloured


def on_a_terminal(args: list[str], cwd: Path, no_color: str | None) -> bytes:
    """Run natoiraq with stdout on a pseudo-terminal (as a user at a terminal does); its output."""
    import pty  # POSIX only

    env = {k: v for k, v in os.environ.items() if k not in COLOR_VARS}
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
@pytest.mark.parametrize("command", COMMANDS)
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
