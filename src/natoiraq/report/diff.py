"""Render a change to a file as a unified diff (`fmt --diff`, `extract --merge --dry-run`)."""

from __future__ import annotations

import difflib


def unified_diff(old: str, new: str, name: str) -> str:
    """A unified diff of two texts, as `git diff` would show the change of `name`."""
    return "".join(difflib.unified_diff(old.splitlines(keepends=True),
                                        new.splitlines(keepends=True),
                                        fromfile=f"a/{name}", tofile=f"b/{name}"))
