"""Stage 4 (write side): canonical corpus YAML, and round-trip edits that keep comments.

Dumping models and plain data in the one canonical style (ruamel.yaml), `fmt`'s reformatting and
claim merging: pure text -> text functions; writing the result is natoiraq.io.files's job (atomic,
re-read, verified).
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.resolver import VersionedResolver, implicit_resolvers
from ruamel.yaml.tag import Tag

from natoiraq.errors import NatoiraqError
from natoiraq.io.yamlread import Loaded, Path_, YamlIssue, comments, parse_yaml, plain_type

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


#: ruamel's own pattern for what it reads as a timestamp.
_TIMESTAMP_RE = next(
    regex for _, tag, regex, _ in implicit_resolvers if tag == "tag:yaml.org,2002:timestamp"
)
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_TAGS = {kind: Tag(suffix=f"tag:yaml.org,2002:{kind}")
         for kind in ("null", "bool", "int", "float", "str")}


class _PlainTimestamp(str):
    """Text that looks like a timestamp and was written plain: written plain again (a string
    that looks so is quoted, as ruamel always did: `instant: '2020-01-03T01:00:00+03:00'`)."""


class _CorpusRepresenter(RoundTripRepresenter):
    """Round-trip representer that writes None as an explicit `null` (clearer than `high:`)."""

    def represent_none(self, data: Any) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:null", "null")

    def ignore_aliases(self, data: Any) -> bool:
        # Corpus files never use anchors: a value written twice is written out twice.
        return True


_CorpusRepresenter.add_representer(type(None), _CorpusRepresenter.represent_none)
_CorpusRepresenter.add_representer(
    _PlainTimestamp, lambda self, data: self.represent_scalar(_TIMESTAMP_TAG, str(data))
)


class _TextTimestamps(RoundTripConstructor):
    """Round-trip constructor that keeps a plain timestamp as text (see _LoaderTypes)."""

    def construct_plain_timestamp(self, node: Any) -> _PlainTimestamp:
        return _PlainTimestamp(self.construct_scalar(node))


_TextTimestamps.add_constructor(_TIMESTAMP_TAG, _TextTimestamps.construct_plain_timestamp)


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


class _LoaderTypes(VersionedResolver):
    """Types plain scalars exactly as the safe loader does (natoiraq.io.yamlread.plain_type):
    YAML 1.2 core, timestamps stay text, whatever `%YAML` directive the file carries.

    Why: ruamel's own resolver read `2020-02-30`, month 13 or `25:00` as timestamps and failed
    to build them, and `0b_` as a number, where validate reports a finding (issue 12, items 1
    and 2); what fmt writes back must be what the loader read.
    """

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode and implicit[0]:
            found = plain_type(value)
            if found == "str" and _TIMESTAMP_RE.match(value):
                return Tag(suffix=_TIMESTAMP_TAG)
            return _TAGS[found]
        return super().resolve(kind, value, implicit)

    @property
    def processing_version(self) -> Any:
        return (1, 2)


def line_ending(text: str) -> str:
    """The file's line ending: CRLF where its first line ends so, else LF."""
    first = text.find("\n")
    return "\r\n" if first > 0 and text[first - 1] == "\r" else "\n"


def format_yaml(text: str) -> str:
    """The canonical form of a corpus file: comments kept, style and key order normalised,
    line endings those of the first line.

    Raises YamlIssue for a file the safe loader refuses (so ruamel's constructor never sees
    aliases, tags or other hostile input), for a document that is not a mapping (E107: an
    empty or comment-only file would come back as `null`), and with E108 where the rewrite
    cannot read the file or would lose a comment or change a value: such a file is left as
    it is.
    """
    loaded = parse_yaml(text)
    if not isinstance(loaded.data, dict):
        what = {type(None): "empty", list: "a list"}.get(type(loaded.data), "a single value")
        start = loaded.mark(())
        raise YamlIssue(
            "E107", f"the document is {what}; it must be a mapping of keys to values.",
            start.line, start.col,
        )  # fmt: skip
    newline = line_ending(text)
    # Read with LF only: ruamel keeps a comment's CR, and the file came back with mixed
    # endings (issue 12, item 12). Every LF ruamel writes is a line break, so the file's own
    # ending can be put back.
    source = text.replace("\r\n", "\n")
    yaml = new_dumper()
    yaml.Resolver = _LoaderTypes
    yaml.Constructor = _TextTimestamps
    try:
        data = yaml.load(source)
    except YAMLError as exc:
        raise _unreadable(exc, source) from None
    _canonical(data)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    formatted = buffer.getvalue()
    _check_kept(source, formatted, loaded)
    return formatted.replace("\n", newline) if newline != "\n" else formatted


def _unreadable(exc: YAMLError, text: str) -> YamlIssue:
    """ruamel's parser is stricter than libyaml's in places (a tab after `key:`)."""
    mark = exc.problem_mark if isinstance(exc, MarkedYAMLError) else None
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = (exc.problem if isinstance(exc, MarkedYAMLError) else None) or str(exc)
    at = text.splitlines()[line - 1 : line]
    hint = ("replace the tab with a space." if at and "\t" in at[0] else "")
    return YamlIssue(
        "E108",
        f"fmt cannot read this: {problem.rstrip('.')}; the file is left as it is.",
        line,
        col,
        hint,
    )


def _check_kept(source: str, formatted: str, loaded: Loaded) -> None:
    """Raise E108 where the rewrite would change a value or lose a comment."""
    changed = _difference(loaded.data, parse_yaml(formatted).data, ())
    if changed is not None:
        where = loaded.mark(changed)
        raise YamlIssue(
            "E108", "fmt would change this value; the file is left as it is.",
            where.line, where.col,
        )  # fmt: skip
    kept = Counter(comment for comment, _ in comments(formatted))
    for comment, where in comments(source):
        if kept[comment] > 0:
            kept[comment] -= 1
            continue
        raise YamlIssue(
            "E108",
            "fmt would lose this comment; the file is left as it is.",
            where.line,
            where.col,
            "move it beside a key or item of the document (not inside {...}, before `---` or "
            "after `...`).",
        )


def _difference(a: Any, b: Any, path: Path_) -> Path_ | None:
    """The path of the first place where `b` differs from `a` (see same_value), or None."""
    if isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys():
        return next(
            (found for key in a
             if (found := _difference(a[key], b[key], (*path, key))) is not None),
            None,
        )
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return next(
            (found for i, (x, y) in enumerate(zip(a, b, strict=True))
             if (found := _difference(x, y, (*path, i))) is not None),
            None,
        )  # fmt: skip
    return None if same_value(a, b) else path


def same_value(a: Any, b: Any) -> bool:
    """Loaded data equal in value and type (`1` is not `true`, NaN equals NaN; key order
    does not count: fmt reorders keys)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same_value(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(same_value, a, b))
    if isinstance(a, float) and a != a:
        return b != b  # type: ignore[no-any-return]
    return a == b  # type: ignore[no-any-return]


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
    # New lines end as the file's first line does: a CRLF file came back from merge with
    # mixed endings (issue 12, item 12).
    newline = line_ending(text)
    items = [line.replace("\n", newline)
             for line in dump_data({key: list(items_data)}).splitlines(keepends=True)[1:]]
    if key not in loaded.data:
        if not create:
            raise EditError(f"the file has no top-level `{key}:` list.")
        ending = "" if not text or text.endswith("\n") else newline
        return f"{text}{ending}{key}:{newline}" + "".join(items)
    existing = loaded.data[key]
    if existing is not None and not isinstance(existing, list):
        raise EditError(f"`{key}` is not a list.")
    lines = text.splitlines(keepends=True)
    if not existing:
        # `claims: []` (or an empty value): rewrite that one line as a block list.
        key_line = loaded.keys[(key,)].line - 1
        lines[key_line] = f"{key}:{newline}"
        return "".join(lines[: key_line + 1] + items + lines[key_line + 1 :])
    first: Path_ = (key, 0)
    item_col = loaded.values[first].col - 1  # where the first item's content starts
    dash_col = lines[loaded.values[first].line - 1].rfind("-", 0, item_col)
    shift = dash_col - 2  # dump_data puts dashes at column 2
    items = [(" " * shift + line if shift >= 0 else line[-shift:]) if line.strip() else line
             for line in items]
    end = _end_of_block(lines, loaded.keys[(key,)].line - 1)
    if end > 0 and not lines[end - 1].endswith("\n"):
        lines[end - 1] += newline
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
        if not same_value(got, expected):
            raise EditError(f"rewriting {written.name} would change its data; nothing written.")

    return verify
