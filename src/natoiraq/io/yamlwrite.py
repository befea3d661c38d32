"""Stage 4 (write side): canonical corpus YAML, and round-trip edits that keep comments.

Dumping models and plain data in the one canonical style (ruamel.yaml), `fmt`'s reformatting and
claim merging: pure text -> text functions; writing the result is natoiraq.io.files's job (atomic,
re-read, verified).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter

from natoiraq.errors import NatoiraqError
from natoiraq.io.yamlread import Path_, parse_yaml

#: First line of every article file: editors' YAML plugins read the schema from it.
ARTICLE_SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/article.schema.json"

#: Keys written first (in this order) and last; any other key keeps its place in between.
#: Claims read id, kind, topic, evidence, value, attribution, status, doubt, note; spans
#: read exact, start, end.
LEADING_KEYS = ("version", "id", "kind", "topic", "exact")
TRAILING_KEYS = ("status", "doubt", "note", "claims")


def key_rank(key: str) -> int:
    """Sort key for canonical order (a stable sort keeps unlisted keys as they are)."""
    if key in LEADING_KEYS:
        return LEADING_KEYS.index(key) - len(LEADING_KEYS)
    if key in TRAILING_KEYS:
        return 1 + TRAILING_KEYS.index(key)
    return 0


#: Long quotes stay on one line: folded scalars make reviews and `git diff` harder to read.
_WIDTH = 4096


def _ordered(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: _ordered(data[key]) for key in sorted(data, key=key_rank)}
    if isinstance(data, list):
        return [_ordered(item) for item in data]
    return data


class _CorpusRepresenter(RoundTripRepresenter):
    """Round-trip representer that writes None as an explicit `null` (clearer than `high:`)."""

    def represent_none(self, data: Any) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:null", "null")

    def ignore_aliases(self, data: Any) -> bool:
        # Corpus files never use anchors: a value written twice is written out twice.
        return True


_CorpusRepresenter.add_representer(type(None), _CorpusRepresenter.represent_none)


def new_dumper() -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = _WIDTH
    yaml.default_flow_style = False
    yaml.Representer = _CorpusRepresenter
    return yaml


def dump_data(data: Any, first_line: str = "") -> str:
    """Plain data (dicts, lists, scalars, dates) as canonical corpus YAML text."""
    buffer = io.StringIO()
    new_dumper().dump(_ordered(data), buffer)
    head = first_line + "\n" if first_line else ""
    return head + buffer.getvalue()


def article_data(article: BaseModel, mode: str = "python") -> dict[str, Any]:
    """What an article file holds, in canonical key order.

    Values equal to their defaults are left out (but `version`), so a file says only what the
    annotator or the extractor decided; a required null (a count's open `high`) stays.
    """
    data = article.model_dump(mode=mode, exclude_defaults=True)
    ordered: dict[str, Any] = _ordered({"version": article.model_dump()["version"], **data})
    return ordered


def claim_data(claim: BaseModel) -> dict[str, Any]:
    """One claim as an article file holds it (canonical order, defaults left out)."""
    data: dict[str, Any] = _ordered(claim.model_dump(mode="python", exclude_defaults=True))
    return data


def dump_article(article: BaseModel) -> str:
    """An article model as the canonical text of corpus/articles/<id>.yaml."""
    return dump_data(article_data(article), ARTICLE_SCHEMA_LINE)


# --------------------------------------------------------------------------- round-trip edits


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
    return append_items(text, "claims", claims)


def append_items(
    text: str, key: str, items_data: Sequence[dict[str, Any]], *, create: bool = False
) -> str:
    """Add items at the end of the top-level list `key` (see append_claims); with `create`,
    a missing key is added at the end of the file."""
    if not items_data:
        return text
    loaded = parse_yaml(text)  # raises YamlIssue on anything the safe loader refuses
    if not isinstance(loaded.data, dict):
        raise EditError("the file is not a mapping.")
    items = dump_data({key: list(items_data)}).splitlines(keepends=True)[1:]
    if key not in loaded.data:
        if not create:
            raise EditError(f"the file has no top-level `{key}:` list.")
        ending = "" if not text or text.endswith("\n") else "\n"
        return f"{text}{ending}{key}:\n" + "".join(items)
    existing = loaded.data[key]
    if existing is not None and not isinstance(existing, list):
        raise EditError(f"`{key}` is not a list.")
    lines = text.splitlines(keepends=True)
    if not existing:
        # `claims: []` (or an empty value): rewrite that one line as a block list.
        key_line = loaded.keys[(key,)].line - 1
        lines[key_line] = f"{key}:\n"
        return "".join(lines[: key_line + 1] + items + lines[key_line + 1 :])
    first: Path_ = (key, 0)
    item_col = loaded.values[first].col - 1  # where the first item's content starts
    dash_col = lines[loaded.values[first].line - 1].rfind("-", 0, item_col)
    shift = dash_col - 2  # dump_data puts dashes at column 2
    items = [(" " * shift + line if shift >= 0 else line[-shift:]) if line.strip() else line
             for line in items]
    end = _end_of_block(lines, loaded.keys[(key,)].line - 1)
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
