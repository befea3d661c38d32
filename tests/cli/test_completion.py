"""Shell completion (issue 13, item 6; docs/terminal.md): click's `_NATOIRAQ_COMPLETE` protocol
on the installed `natoiraq` script, each call a fresh process, as a shell makes it.

The group loads a command's module only when that command is asked for (cli.COMMANDS), so
these run the real entry point: command names come from COMMANDS, options and choices from the
command's module, imported on the way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from natoiraq.cli import COMMANDS

#: The console script pip installed beside this Python (bin/ on POSIX, Scripts\ on Windows).
SCRIPT = Path(sys.executable).with_name("natoiraq.exe" if os.name == "nt" else "natoiraq")


def run(env: dict[str, str], args: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    assert SCRIPT.exists(), f"{SCRIPT} is missing: install natoiraq (pip install -e '.[test]')"
    base = {k: v for k, v in os.environ.items() if not k.startswith(("COMP_", "_NATOIRAQ"))}
    return subprocess.run([str(SCRIPT), *args], env={**base, **env}, capture_output=True,
                          text=True, timeout=60, check=False)  # fmt: skip


def complete(shell: str, words: str, cword: str) -> list[str]:
    """What the script answers a `shell` completing `words` at word `cword` (bash and zsh: an
    index; fish: the word itself), one line each."""
    done = run({"_NATOIRAQ_COMPLETE": f"{shell}_complete", "COMP_WORDS": words,
                "COMP_CWORD": cword})  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    return done.stdout.splitlines()


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_each_shell_gets_its_script(shell: str) -> None:
    done = run({"_NATOIRAQ_COMPLETE": f"{shell}_source"})
    assert (done.returncode, done.stderr) == (0, "")
    assert "_natoiraq_completion" in done.stdout
    assert f"_NATOIRAQ_COMPLETE={shell}_complete" in done.stdout


@pytest.mark.parametrize(
    ("words", "cword", "expected"),
    [
        pytest.param("natoiraq ", "1", [f"plain,{name}" for name in sorted(COMMANDS)],
                     id="every-command"),
        pytest.param("natoiraq rec", "1", ["plain,reconcile"], id="one-command"),
        pytest.param("natoiraq validate --form", "2", ["plain,--format"], id="an-option"),
        pytest.param("natoiraq validate --format ", "3",
                     ["plain,text", "plain,json", "plain,github", "plain,sarif"], id="formats"),
        pytest.param("natoiraq reconcile --verdict co", "3",
                     ["plain,conflict", "plain,compatible"], id="a-verdict"),
        pytest.param("natoiraq validate ", "2", ["file,"], id="paths-left-to-the-shell"),
    ],
)
def test_bash(words: str, cword: str, expected: list[str]) -> None:
    assert complete("bash", words, cword) == expected


def test_zsh_shows_each_command_with_its_line() -> None:
    # zsh_complete answers three lines a candidate: type, value, help (cut at 45 characters).
    kind, value, help_text = complete("zsh", "natoiraq ch", "1")
    assert (kind, value) == ("plain", "check")
    assert COMMANDS["check"][1].startswith(help_text.removesuffix("..."))


def test_fish_completes_by_the_word_itself() -> None:
    (line,) = complete("fish", "natoiraq va", "va")
    value, help_text = line.split("\t")
    assert value == "plain,validate"
    assert COMMANDS["validate"][1].startswith(help_text.removesuffix("..."))


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_the_bash_script_completes_in_bash() -> None:
    """The lines docs/terminal.md gives, run by bash itself: COMPREPLY gets the command."""
    script = (
        'eval "$(_NATOIRAQ_COMPLETE=bash_source natoiraq)"\n'
        "COMP_WORDS=(natoiraq reco); COMP_CWORD=1\n"
        "_natoiraq_completion natoiraq\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    env = {**os.environ, "PATH": f"{SCRIPT.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(["bash", "--norc", "--noprofile", "-c", script], env=env,
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert (done.returncode, done.stderr, done.stdout) == (0, "", "reconcile\n")
