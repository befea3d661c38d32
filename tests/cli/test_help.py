"""The command line: help on every command (with examples), -h, --version; one module a command."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

import click
import pytest

from natoiraq import __version__
from natoiraq.cli import COMMANDS as TABLE
from natoiraq.cli import cli
from tests.conftest import RunCli

COMMANDS = ["add", "check", "eval", "extract", "fmt", "init", "origins", "reconcile", "rules",
            "schema", "validate"]


def _command(name: str) -> click.Command:
    command = cli.get_command(click.Context(cli), name)
    assert command is not None
    return command


def test_every_command_is_registered_from_its_own_module() -> None:
    assert sorted(cli.list_commands(click.Context(cli))) == COMMANDS == sorted(TABLE)
    for name in COMMANDS:
        command = _command(name)
        assert command.callback is not None
        assert command.callback.__module__ == f"natoiraq.cli.{name}"


@pytest.mark.parametrize("name", COMMANDS)
def test_the_command_list_shows_each_command_s_own_short_help(name: str) -> None:
    # The first paragraph of the command's own help, as `natoiraq --help` lists it.
    help_text = _command(name).help or ""
    assert TABLE[name][1] == " ".join(help_text.split("\n\n", 1)[0].split())


def test_help_loads_no_command() -> None:
    # `natoiraq --help` lists commands without importing them (or the library behind them).
    code = (
        "import sys; from natoiraq.cli import main; sys.argv = ['natoiraq', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('natoiraq.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)  # fmt: skip
    loaded = done.stdout.strip().splitlines()[-1]
    assert "natoiraq.reconciler" not in loaded and "natoiraq.cli.check" not in loaded


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_examples(run_cli: RunCli, name: str) -> None:
    result = run_cli([name, "--help"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: cli {name}")
    command = _command(name)
    assert isinstance(command, click.Command)
    assert command.help and "Example" in command.help
    assert run_cli([name, "-h"]).stdout == result.stdout


def test_version(run_cli: RunCli) -> None:
    result = run_cli(["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"natoiraq, version {__version__}\n"


def _group_help(run_cli: RunCli) -> str:
    result = run_cli(["--help"])
    assert result.exit_code == 0
    return result.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_natoiraq_help_lists_each_command_with_its_line(run_cli: RunCli, name: str) -> None:
    commands = _group_help(run_cli).split("\nCommands:\n", 1)[1]
    # Each entry: the name, then its line (wrapped to the width of the help).
    entries = dict(re.findall(r"(?m)^  (\S+)\s+(.+(?:\n {4,}.+)*)", commands))
    assert " ".join(entries[name].split()) == TABLE[name][1]


def _examples(help_text: str) -> list[list[str]]:
    block = help_text.split("\n  Examples:\n", 1)[1].split("\n\n", 1)[0]
    # An example's command, then (after two spaces or more) what it shows.
    return [shlex.split(re.split(r"\s{2,}(?=[a-z])", line.strip())[0])
            for line in block.splitlines()]  # fmt: skip


def test_natoiraq_help_has_examples_that_parse(run_cli: RunCli) -> None:
    examples = _examples(_group_help(run_cli))
    assert [words[:2] for words in examples] == [
        ["natoiraq", "reconcile"], ["natoiraq", "check"], ["natoiraq", "validate"],
        ["natoiraq", "init"]]  # fmt: skip
    for words in examples:
        context = cli.make_context("natoiraq", words[1:])
        command = cli.get_command(context, words[1])
        assert command is not None
        command.make_context(words[1], words[2:], parent=context)  # raises if they do not parse


def test_natoiraq_help_says_what_it_is_for_any_corpus(run_cli: RunCli) -> None:
    text = " ".join(_group_help(run_cli).split())
    assert "Check news stories against their sources" in text
    assert "NATO's training mission in Iraq (Jan-Feb 2020)" in text  # the bundled corpus
    assert "`natoiraq init DIR` starts one for another story" in text
