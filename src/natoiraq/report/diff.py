"""Render a change to a file as a unified diff (`fmt --diff`, `extract --merge --dry-run`)."""

from __future__ import annotations

import difflib

from natoiraq.text import visible

#: What may stay as it is inside a diff line (its end, LF or CRLF, stays too).
DIFF_LAYOUT = "\t"


def unified_diff(old: str, new: str, name: str) -> str:
    """A unified diff of two texts, as `git diff` would show the change of `name`; in each line
    every control character and bidi control but a tab and the line's end is shown as an escape
    (text.visible): YAML takes a U+202E as it is, and a terminal must not reorder the diff."""
    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                 fromfile=f"a/{name}", tofile=f"b/{name}")  # fmt: skip
    return "".join(_shown(line) for line in lines)


def _shown(line: str) -> str:
    """A diff line with its end (LF or CRLF) as it is; a lone CR or any other control in it,
    even one that splitlines() took for a line's end, shown as an escape."""
    end = "\r\n" if line.endswith("\r\n") else "\n" if line.endswith("\n") else ""
    return visible(line[: len(line) - len(end)], keep=DIFF_LAYOUT) + end
