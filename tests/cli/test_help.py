"""The command line: help on every command (with examples), -h, --version; one module a command."""

from __future__ import annotations

import click
import pytest

from natoiraq import __version__
from natoiraq.cli import cli
from tests.conftest import RunCli

COMMANDS = ["add", "check", "eval", "extract", "fmt", "reconcile", "rules", "schema", "validate"]


def test_every_command_is_registered_from_its_own_module() -> None:
    assert sorted(cli.commands) == COMMANDS
    for name, command in cli.commands.items():
        assert command.callback is not None
        assert command.callback.__module__ == f"natoiraq.cli.{name}"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_examples(run_cli: RunCli, name: str) -> None:
    result = run_cli([name, "--help"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: cli {name}")
    command = cli.commands[name]
    assert isinstance(command, click.Command)
    assert command.help and "Example" in command.help
    assert run_cli([name, "-h"]).stdout == result.stdout


def test_version(run_cli: RunCli) -> None:
    result = run_cli(["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"natoiraq, version {__version__}\n"
