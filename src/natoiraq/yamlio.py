"""Stage 4: safe YAML loading with every key's and value's position, and atomic writing.

Why: pydantic needs plain data, and every finding needs a line and column. We let ruamel.yaml's
pure-Python parser compose the node tree (it keeps marks), refuse what a corpus file never needs
(anchors, aliases, merge keys, explicit tags: the doors to alias bombs and surprises), and turn the
nodes into plain Python ourselves, recording where each key and value stands. Scalars keep
YAML 1.2's core types, except timestamps, which stay strings so that pydantic alone decides them.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.representer import RoundTripRepresenter

from natoiraq.seeds import SeedError, decode_exact

#: A corpus file is a few hundred claims (the largest seed's file is under 100 KB); 1 MiB leaves
#: room for long articles while keeping a hostile file from tying up CI.
MAX_YAML_BYTES = 1024 * 1024
#: The deepest real structure is article > claims > claim > value > date > field (6 levels);
#: 32 is generous and keeps the composer's recursion far from Python's limit.
MAX_DEPTH = 32

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Mark:
    """A 1-based line and column (columns in code points)."""

    line: int
    col: int


@dataclass
class Loaded:
    """Plain data and where each part of it stands in the file."""

    data: Any
    #: Position of each value (mapping value, sequence item), by its path from the root.
    values: dict[Path_, Mark] = field(default_factory=dict)
    #: Position of each mapping key, by the path of its value.
    keys: dict[Path_, Mark] = field(default_factory=dict)

    def mark(self, path: Path_, *, key: bool = False) -> Mark:
        """Where `path` stands; the nearest existing ancestor when the path itself does not."""
        table = self.keys if key else self.values
        probe = tuple(path)
        while probe:
            found = table.get(probe) or self.values.get(probe)
            if found is not None:
                return found
            probe = probe[:-1]
        return self.values.get((), Mark(1, 1))


class YamlIssue(Exception):
    """A file that cannot be loaded safely; `code` is a rule code from natoiraq.rules."""

    def __init__(self, code: str, message: str, line: int = 1, col: int = 1, hint: str = ""):
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.col = col
        self.hint = hint


def _mark(node_or_event: Any) -> Mark:
    start = node_or_event.start_mark
    return Mark(start.line + 1, start.column + 1)


class _StrictComposer(Composer):
    """Refuses aliases, anchors and explicit tags before ruamel composes a node."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        where = _mark(event)
        if isinstance(event, AliasEvent):
            raise YamlIssue(
                "E104",
                f"alias *{event.anchor} is not allowed.",
                where.line,
                where.col,
                "write the value out in full; corpus files use no anchors or aliases.",
            )
        if getattr(event, "anchor", None) is not None:
            raise YamlIssue(
                "E104",
                f"anchor &{event.anchor} is not allowed.",
                where.line,
                where.col,
                "remove the anchor; corpus files use no anchors or aliases.",
            )
        tag = getattr(event, "ctag", None)
        if tag is not None and str(tag) != "!":
            raise YamlIssue(
                "E104",
                f"tag {_short_tag(tag)} is not allowed.",
                where.line,
                where.col,
                "remove the tag; quote the value if it must be a string.",
            )
        if self.depth + 1 > MAX_DEPTH:
            raise YamlIssue(
                "E106",
                f"nesting is deeper than {MAX_DEPTH} levels.",
                where.line,
                where.col,
            )
        return super().compose_node(parent, index)


def _short_tag(tag: object) -> str:
    """Show a tag as it is written in YAML (`!!str`, not `tag:yaml.org,2002:str`)."""
    text = str(tag)
    prefix = "tag:yaml.org,2002:"
    return "!!" + text[len(prefix) :] if text.startswith(prefix) else text


def _new_yaml() -> YAML:
    yaml = YAML(typ="safe", pure=True)
    yaml.Composer = _StrictComposer
    return yaml


_SCALAR_TAGS = {
    "tag:yaml.org,2002:str": "str",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:null": "null",
    # Timestamps stay text: pydantic decides whether a field takes a date.
    "tag:yaml.org,2002:timestamp": "str",
}


def _scalar(node: ScalarNode) -> Any:
    kind = _SCALAR_TAGS.get(str(node.tag))
    value: str = node.value
    if kind == "str":
        return value
    if kind == "null":
        return None
    if kind == "bool":
        return value.lower() == "true"
    if kind == "int":
        digits = value.replace("_", "")
        sign = -1 if digits.startswith("-") else 1
        body = digits.lstrip("+-")
        for prefix, base in (("0x", 16), ("0o", 8), ("0b", 2)):
            if body.startswith(prefix):
                return sign * int(body[2:], base)
        return sign * int(body, 10)
    if kind == "float":
        lowered = value.lower().replace("_", "")
        if lowered.endswith(".nan"):
            return float("nan")
        if lowered.endswith(".inf"):
            return float("-inf") if lowered.startswith("-") else float("inf")
        return float(lowered)
    where = _mark(node)
    raise YamlIssue("E104", f"tag {_short_tag(node.tag)} is not allowed.", where.line, where.col)


def _convert(root: Node, loaded: Loaded) -> Any:
    """Turn the node tree into plain data and record positions (the composer bounds the depth)."""

    def walk(node: Node, path: Path_) -> Any:
        loaded.values[path] = _mark(node)
        if isinstance(node, ScalarNode):
            return _scalar(node)
        if isinstance(node, SequenceNode):
            return [walk(item, (*path, i)) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                where = _mark(key_node)
                if str(key_node.tag) == "tag:yaml.org,2002:merge":
                    raise YamlIssue(
                        "E104",
                        "merge key << is not allowed.",
                        where.line,
                        where.col,
                        "write the merged keys out in full.",
                    )
                if not isinstance(key_node, ScalarNode):
                    raise YamlIssue(
                        "E107", "a mapping key must be plain text.", where.line, where.col
                    )
                key = key_node.value
                if key in out:
                    first = loaded.keys[(*path, key)]
                    raise YamlIssue(
                        "E105",
                        f"duplicate key {key!r} (first at line {first.line}, column {first.col}).",
                        where.line,
                        where.col,
                        "keep one of them.",
                    )
                loaded.keys[(*path, key)] = where
                out[key] = walk(value_node, (*path, key))
            return out
        where = _mark(node)
        raise YamlIssue("E107", "unexpected YAML node.", where.line, where.col)

    return walk(root, ())


def parse_yaml(text: str) -> Loaded:
    """Parse one YAML document from text; a YamlIssue carries the rule code and position."""
    loaded = Loaded(data=None)
    try:
        root = _new_yaml().compose(text)
    except YamlIssue:
        raise
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        problem = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        raise YamlIssue(
            "E103", f"YAML syntax error: {problem.strip().rstrip('.')}.", line, col
        ) from None
    except YAMLError as exc:
        raise YamlIssue("E103", f"YAML syntax error: {str(exc).strip().rstrip('.')}.") from None
    except RecursionError:
        raise YamlIssue("E106", "nesting is too deep to read.") from None
    if root is None:
        return loaded
    loaded.data = _convert(root, loaded)
    return loaded


def load_yaml(path: Path) -> Loaded:
    """Read and parse a corpus YAML file, refusing files too large or not UTF-8."""
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            raise YamlIssue(
                "E101",
                f"file is {size} bytes; the limit is {MAX_YAML_BYTES}.",
                hint="split the article or remove what does not belong in it.",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise YamlIssue("E100", "file does not exist.") from None
    except IsADirectoryError:
        raise YamlIssue("E100", "is a directory, not a YAML file.") from None
    except OSError as exc:
        raise YamlIssue("E100", f"cannot be read: {exc.strerror}.") from None
    try:
        text = decode_exact(data, path)
    except SeedError as exc:
        raise YamlIssue("E102", exc.message, exc.line, exc.col) from None
    return parse_yaml(text)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@contextlib.contextmanager
def atomic_write(path: Path) -> Iterator[Any]:
    """Write a text file through a temporary file in the same folder, renamed into place.

    Nothing is written to `path` unless the block finishes: an error or an interrupt leaves
    the old file (or no file) as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    # mkstemp makes the file private (0600); give it the mode the file has, or would get.
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(mode)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- writing corpus YAML

#: First line of every article file: editors' YAML plugins read the schema from it.
ARTICLE_SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/article.schema.json"

#: The order keys are written in (keys not listed follow in model order).
_KEY_ORDER = (
    "version", "id", "kind", "topic", "seed", "sha256", "outlet", "headline", "byline",
    "published", "timezone", "language", "translated_from", "url", "boilerplate",
    "evidence", "exact", "start", "end", "value", "attribution", "status", "doubt", "note",
    "claims",
)
#: Long quotes stay on one line: folded scalars make reviews and `git diff` harder to read.
_WIDTH = 4096


def _ordered(data: Any) -> Any:
    if isinstance(data, dict):
        rank = {key: i for i, key in enumerate(_KEY_ORDER)}
        keys = sorted(data, key=lambda k: (rank.get(k, len(rank)), list(data).index(k)))
        return {key: _ordered(data[key]) for key in keys}
    if isinstance(data, list):
        return [_ordered(item) for item in data]
    return data


class _CorpusRepresenter(RoundTripRepresenter):
    """Round-trip representer that writes None as an explicit `null` (clearer than `high:`)."""

    def represent_none(self, data: Any) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:null", "null")


_CorpusRepresenter.add_representer(type(None), _CorpusRepresenter.represent_none)


def _dumper() -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = _WIDTH
    yaml.default_flow_style = False
    yaml.Representer = _CorpusRepresenter
    return yaml


def dump_data(data: Any, first_line: str = "") -> str:
    """Plain data (dicts, lists, scalars, dates) as canonical corpus YAML text."""
    buffer = io.StringIO()
    _dumper().dump(_ordered(data), buffer)
    head = first_line + "\n" if first_line else ""
    return head + buffer.getvalue()


def dump_article(article: BaseModel) -> str:
    """An article model as the canonical text of corpus/articles/<id>.yaml.

    Values equal to their defaults are left out (but `version`), so a file says only what the
    annotator or the extractor decided; a required null (a count's open `high`) stays.
    """
    data = article.model_dump(mode="python", exclude_defaults=True)
    data = {"version": article.model_dump()["version"], **data}
    return dump_data(data, ARTICLE_SCHEMA_LINE)
