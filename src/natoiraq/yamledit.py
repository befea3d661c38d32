"""Round-trip edits of corpus YAML that keep comments and hand work: `fmt` and claim merging.

Pure text -> text functions; writing the result is yamlio's job (atomic, re-read, validated).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from natoiraq.errors import NatoiraqError
from natoiraq.yamlio import Path_, dump_data, key_rank, new_dumper, parse_yaml


class EditError(NatoiraqError):
    """A file that cannot be edited safely (no claims list; a rewrite that changes data)."""


def _canonical(node: Any) -> None:
    """Block style everywhere (but empty collections) and keys in the canonical order."""
    if isinstance(node, CommentedMap):
        for key in sorted(node, key=key_rank):
            node.move_to_end(key)
        if len(node):
            node.fa.set_block_style()
        for value in node.values():
            _canonical(value)
    elif isinstance(node, CommentedSeq):
        if len(node):
            node.fa.set_block_style()
        for item in node:
            _canonical(item)


def format_yaml(text: str) -> str:
    """The canonical form of a corpus file: comments kept, style and key order normalised.

    Raises YamlIssue for a file the safe loader refuses, so ruamel's constructor never sees
    aliases, tags or other hostile input.
    """
    parse_yaml(text)
    yaml = new_dumper()
    data = yaml.load(text)
    _canonical(data)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    return buffer.getvalue()


def append_claims(text: str, claims: Sequence[dict[str, Any]]) -> str:
    """Add claims (plain data) at the end of the file's `claims:` list; nothing else changes.

    Why: a merge must be a pure addition in `git diff`, so reviewed claims, comments, quoting
    and line widths survive byte for byte. The new items are dumped in canonical style and
    indented like the list's existing items.
    """
    if not claims:
        return text
    loaded = parse_yaml(text)  # raises YamlIssue on anything the safe loader refuses
    if not isinstance(loaded.data, dict) or "claims" not in loaded.data:
        raise EditError("the file has no top-level `claims:` list.")
    existing = loaded.data["claims"]
    if not isinstance(existing, list):
        raise EditError("`claims` is not a list.")
    lines = text.splitlines(keepends=True)
    items = dump_data({"claims": list(claims)}).splitlines(keepends=True)[1:]
    if not existing:
        # `claims: []` (or an empty value): rewrite that one line as a block list.
        key_line = loaded.keys[("claims",)].line - 1
        lines[key_line] = "claims:\n"
        return "".join(lines[: key_line + 1] + items + lines[key_line + 1 :])
    first: Path_ = ("claims", 0)
    item_col = loaded.values[first].col - 1  # where the first item's content starts
    dash_col = lines[loaded.values[first].line - 1].rfind("-", 0, item_col)
    shift = dash_col - 2  # dump_data puts dashes at column 2
    items = [(" " * shift + line if shift >= 0 else line[-shift:]) if line.strip() else line
             for line in items]
    end = _end_of_block(lines, loaded.keys[("claims",)].line - 1)
    if end > 0 and not lines[end - 1].endswith("\n"):
        lines[end - 1] += "\n"
    return "".join(lines[:end] + items + lines[end:])


def _end_of_block(lines: list[str], key_line: int) -> int:
    """Index of the line after the last content line of the top-level block at `key_line`."""
    last = key_line
    for index in range(key_line + 1, len(lines)):
        line = lines[index]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace() and not line.startswith("-"):
            break  # the next top-level key
        last = index
    return last + 1


def same_data(original: str) -> Callable[[Path], None]:
    """A check for `atomic_write`: the written file must hold exactly the original's data."""
    expected = parse_yaml(original).data

    def verify(written: Path) -> None:
        got = parse_yaml(written.read_text(encoding="utf-8")).data
        if got != expected:
            raise EditError(f"rewriting {written.name} would change its data; nothing written.")

    return verify
