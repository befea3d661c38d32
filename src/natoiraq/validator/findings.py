"""Stage 5 (shared): where a file's findings go, breadcrumbs, quoting and "did you mean" hints."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process, utils

from natoiraq.errors import Finding
from natoiraq.io.yamlread import Loaded, Path_
from natoiraq.rules import RULES

#: "Did you mean" hints for unknown keys and ids: a suggestion scoring below this (rapidfuzz
#: ratio, 0-100) is more often wrong than helpful. Chosen on typos such as `exatc`, `granularty`
#: and `jens-stoltenber` (all score >= 80) against unrelated keys (< 60);
#: tests/validator/test_cases.py.
SUGGEST_CUTOFF = 75.0
#: Longest text quoted back in a message before it is cut with an ellipsis.
MAX_QUOTED = 60


def quoted(text: str) -> str:
    short = text if len(text) <= MAX_QUOTED else text[: MAX_QUOTED - 1] + "…"
    return '"' + short.replace("\n", "\\n") + '"'


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working folder where it is inside it."""
    if not path.is_symlink() and path.name not in ("", ".", ".."):
        # The folder resolved once for all its files: 10,000 articles in one folder took 1 s
        # to resolve one by one. A link is resolved itself, as resolve() does.
        # os.path, not pathlib: no system call (resolve reads every link on the way).
        absolute = os.path.abspath(path)  # noqa: PTH100
        folder = _shown_folder(os.path.dirname(absolute), os.getcwd())  # noqa: PTH109, PTH120
        if folder is not None:
            return f"{folder}/{path.name}" if folder else path.name
        return path.as_posix()
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


@functools.lru_cache(maxsize=64)
def _shown_folder(folder: str, cwd: str) -> str | None:
    """A resolved folder relative to the resolved working folder ("" for itself), or None
    where it lies outside it."""
    try:
        shown = Path(folder).resolve().relative_to(Path(cwd).resolve()).as_posix()
    except ValueError:
        return None
    return "" if shown == "." else shown


@dataclass
class CheckedFile:
    """One file being checked: where findings go and how paths inside it map to positions."""

    shown: str
    loaded: Loaded
    findings: list[Finding]
    #: For a partly valid file (see natoiraq.validator): the checked model's items of a list
    #: -> their indices in the file, e.g. {"claims": [0, 2]} where claims[1] failed the schema.
    kept: dict[str, Sequence[int]] = field(default_factory=dict)

    def index(self, key: str, i: int) -> int:
        """The file's index of item `i` of the checked model's list `key`."""
        kept = self.kept.get(key)
        return kept[i] if kept is not None else i

    def add(
        self,
        code: str,
        message: str,
        path: Path_ = (),
        *,
        key: bool = False,
        hint: str = "",
    ) -> None:
        if len(path) > 1 and isinstance(path[0], str) and isinstance(path[1], int):
            path = (path[0], self.index(path[0], path[1]), *path[2:])
        mark = self.loaded.mark(path, key=key)
        self.findings.append(
            Finding(
                path=self.shown,
                line=mark.line,
                col=mark.col,
                code=code,
                severity=RULES[code].severity,
                message=message,
                where=breadcrumb(self.loaded.data, path),
                hint=hint,
            )
        )


def breadcrumb(data: Any, path: Path_) -> str:
    """Name an item by its path and ids: `claims[2] (id=strike-date).evidence.exact`."""
    out = ""
    node = data
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                out += f" (id={node['id']})"
        else:
            out += f".{part}" if out else part
            node = node.get(part) if isinstance(node, dict) else None
    return out


def suggest(word: str, choices: Iterable[str]) -> str:
    """`did you mean 'x'?` for the nearest choice, or "" when nothing is near enough."""
    match = process.extractOne(
        word,
        list(choices),
        scorer=fuzz.ratio,
        processor=utils.default_process,
        score_cutoff=SUGGEST_CUTOFF,
    )
    return f"did you mean '{match[0]}'?" if match else ""


def shown_value(value: Any) -> str:
    """A value as the annotator wrote it (roughly): text quoted, containers named."""
    if isinstance(value, str):
        return quoted(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return "a list" if isinstance(value, list) else "a mapping"
