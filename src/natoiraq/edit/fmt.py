"""Corpus edit: rewrite corpus YAML in the canonical style (`natoiraq fmt`); comments kept."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from natoiraq.corpus import repository_root, yaml_files
from natoiraq.io.files import atomic_write
from natoiraq.io.yamlread import YamlIssue, read_yaml_text
from natoiraq.io.yamlwrite import format_yaml, same_data

FormatStatus = Literal["broken", "formatted", "unformatted", "unchanged"]


@dataclass(frozen=True)
class FileFormat:
    """One file: `broken` (its YamlIssue), `unchanged`, `unformatted` (check: not written) or
    `formatted` (rewritten)."""

    path: Path
    status: FormatStatus
    text: str = ""
    formatted: str = ""
    issue: YamlIssue | None = None


def format_files(paths: tuple[Path, ...], *, check: bool) -> Iterator[FileFormat]:
    """Format the YAML files named or found in the folders named (default: ./corpus).

    Files are found first (a missing one raises NoSuchPath before anything is done), then each
    is formatted and reported as it is done. With `check`, nothing is written.
    """
    files = yaml_files(paths)
    return _format_each(files, check=check)


def _format_each(files: list[Path], *, check: bool) -> Iterator[FileFormat]:
    for path in files:
        try:
            text = read_yaml_text(path)
            formatted = format_yaml(text)
        except YamlIssue as issue:
            yield FileFormat(path, "broken", issue=issue)
            continue
        if formatted == text:
            yield FileFormat(path, "unchanged", text, formatted)
            continue
        if check:
            yield FileFormat(path, "unformatted", text, formatted)
            continue
        # Replaced only if it still holds `text` (issue 12, item 7): see merge_drafts.
        with atomic_write(path, same_data(text), expect=text,
                          within=repository_root(path)) as handle:
            handle.write(formatted)
        yield FileFormat(path, "formatted", text, formatted)
