"""Stage 4 (read side): safe YAML loading with every key's and value's position.

Why: pydantic needs plain data, and every finding needs a line and column. We read libyaml's
event stream (through PyYAML's C binding: some 40 times faster than a pure-Python parser, which
matters at thousands of articles, issue 6) and build plain Python ourselves, recording where each
key and value stands. What a corpus file never needs is refused as it streams past: anchors,
aliases, merge keys and explicit tags (the doors to alias bombs and surprises), duplicate keys, and
nesting deeper than MAX_DEPTH. Plain scalars follow YAML 1.2's core schema, except that
timestamps stay strings, so that pydantic alone decides what is a date. Writing (comment-keeping
round trips) is natoiraq.io.yamlwrite's job.

A text in the plain block style corpus files are written in is first read line by line
(`_quick`: about 0.6 ms a corpus file, where the event stream and our building from it take
0.95 ms); whatever that reader does not know for sure (and every text with an error) goes to
libyaml as above, so errors and their positions are libyaml's and ours as they always were.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

import yaml as pyyaml

from natoiraq.io.files import FileRefused, TooLarge, read_regular
from natoiraq.io.seeds import SeedError, decode_exact

#: A corpus file is a few hundred claims (the largest seed's file is under 100 KB); 1 MiB leaves
#: room for long articles while keeping a hostile file from tying up CI.
MAX_YAML_BYTES = 1024 * 1024
#: The deepest real structure is article > claims > claim > value > date > field (6 levels);
#: 32 is generous, and a limit keeps hostile nesting from costing anything.
MAX_DEPTH = 32
#: Values (keys, items, scalars, mappings, lists) in one file. The largest real file is
#: registry.yaml at 1,338; an article of 55 claims holds about 1,000, so a few hundred claims
#: are about 5,000. 50,000 leaves tenfold room and caps the cost of `fmt`, whose pure-Python
#: round trip (ruamel) takes 0.1-0.2 ms a value: a 1 MB flow list `x: [1,1,...]` (524,000
#: values) took it 46 s and 670 MB (issue 12, item 10); now it is refused here, by libyaml,
#: in a fraction of a second. Guarded by tests/edit/test_fmt_hostile.py.
MAX_NODES = 50_000
#: Characters in a plain number. Corpus numbers are offsets and counts (a dozen digits at most);
#: Python refuses to convert integers of over 4,300 digits to or from text (CVE-2020-10735), and
#: 1,000 hex digits are about 1,205 decimal ones (issue 12, item 1).
MAX_NUMBER_LENGTH = 1000

#: libyaml through PyYAML's C extension; PyYAML's pure-Python parser reads the same events
#: (slower) where the extension is not built.
_EVENT_LOADER: Any = getattr(pyyaml, "CSafeLoader", pyyaml.SafeLoader)

Path_ = tuple[str | int, ...]


class Mark(NamedTuple):
    """A 1-based line and column (columns in code points)."""

    line: int
    col: int


class Loaded:
    """Plain data and where each part of it stands in the file.

    Why lazy: positions are only needed to report a finding, and recording one for every key
    and value costs as much as the parse itself; a clean file (the usual case at thousands of
    articles, issue 6) never pays for them. The first look at `values`, `keys` or `mark()`
    parses the text again, recording positions.
    """

    def __init__(self, data: Any, text: str = "") -> None:
        self.data = data
        self._text = text
        self._values: dict[Path_, Mark] | None = None
        self._keys: dict[Path_, Mark] | None = None

    def _positions(self) -> tuple[dict[Path_, Mark], dict[Path_, Mark]]:
        if self._values is None or self._keys is None:
            positioned = Loaded(None)
            positioned._values, positioned._keys = {}, {}
            _build(pyyaml.parse(self._text, Loader=_EVENT_LOADER), positioned, positions=True)
            self._values, self._keys = positioned._values, positioned._keys
        return self._values, self._keys

    @property
    def values(self) -> dict[Path_, Mark]:
        """Position of each value (mapping value, sequence item), by its path from the root."""
        return self._positions()[0]

    @property
    def keys(self) -> dict[Path_, Mark]:
        """Position of each mapping key, by the path of its value."""
        return self._positions()[1]

    def mark(self, path: Path_, *, key: bool = False) -> Mark:
        """Where `path` stands; the nearest existing ancestor when the path itself does not."""
        values, keys = self._positions()
        table = keys if key else values
        probe = tuple(path)
        while probe:
            found = table.get(probe) or values.get(probe)
            if found is not None:
                return found
            probe = probe[:-1]
        return values.get((), Mark(1, 1))


class YamlIssue(Exception):
    """A file that cannot be loaded safely; `code` is a rule code from natoiraq.rules."""

    def __init__(self, code: str, message: str, line: int = 1, col: int = 1, hint: str = ""):
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.col = col
        self.hint = hint


def _mark(event: Any) -> Mark:
    start = event.start_mark
    return Mark(start.line + 1, start.column + 1)


def _short_tag(tag: object) -> str:
    """Show a tag as it is written in YAML (`!!str`, not `tag:yaml.org,2002:str`)."""
    text = str(tag)
    prefix = "tag:yaml.org,2002:"
    return "!!" + text[len(prefix) :] if text.startswith(prefix) else text


# YAML 1.2 core schema for plain scalars (https://yaml.org/spec/1.2.2/#1032-tag-resolution),
# with `_` digit separators as YAML 1.1 and ruamel allow them. Anything else is a string.
NULL_RE = re.compile(r"^(?:~|null|Null|NULL|)$")
BOOL_RE = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
# A number has at least one digit: `0b_`, `0x_`, `0o_` and `._` are text (they crashed the
# conversion, issue 12, item 1).
INT_RE = re.compile(
    r"^[-+]?(?:0o_*[0-7][0-7_]*|0x_*[0-9a-fA-F][0-9a-fA-F_]*|0b_*[01][01_]*|[0-9][0-9_]*)$"
)
FLOAT_RE = re.compile(
    r"^[-+]?(?:\._*[0-9][0-9_]*|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$"
    r"|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$"
)

PlainType = Literal["null", "bool", "int", "float", "str"]


#: First characters a plain scalar that is not text can start with (null, bool, number).
_NON_TEXT_START = frozenset("~nNtTfF-+.0123456789")


def plain_type(value: str) -> PlainType:
    """What a plain (unquoted, untagged) scalar is: the one decision both the loader and
    `fmt`'s round trip (natoiraq.io.yamlwrite) follow."""
    if value and value[0] not in _NON_TEXT_START:
        return "str"
    if NULL_RE.match(value):
        return "null"
    if BOOL_RE.match(value):
        return "bool"
    if INT_RE.match(value):
        return "int"
    if FLOAT_RE.match(value):
        return "float"
    return "str"


class _NumberTooLong(Exception):
    """A plain number longer than MAX_NUMBER_LENGTH (_build adds the position)."""


def _plain_scalar(value: str) -> Any:
    if value and value[0] not in _NON_TEXT_START:
        return value  # most corpus scalars: text, decided without a regex
    if len(value) > MAX_NUMBER_LENGTH and plain_type(value) in ("int", "float"):
        raise _NumberTooLong
    if value.isascii() and value.isdigit():
        return int(value)  # offsets, counts: the next most common
    if NULL_RE.match(value):
        return None
    if BOOL_RE.match(value):
        return value.lower() == "true"
    if INT_RE.match(value):
        digits = value.replace("_", "")
        sign = -1 if digits.startswith("-") else 1
        body = digits.lstrip("+-")
        for prefix, base in (("0x", 16), ("0o", 8), ("0b", 2)):
            if body.startswith(prefix):
                return sign * int(body[2:], base)
        return sign * int(body, 10)
    if FLOAT_RE.match(value):
        lowered = value.lower().replace("_", "")
        if lowered.endswith(".nan"):
            return float("nan")
        if lowered.endswith(".inf"):
            return float("-inf") if lowered.startswith("-") else float("inf")
        return float(lowered)
    return value


@dataclass
class _Frame:
    """An open mapping or sequence while events stream past."""

    container: dict[str, Any] | list[Any]
    path: Path_
    #: For a mapping: the key waiting for its value (None when the next scalar is a key).
    key: str | None = None


def _refuse_node_extras(event: Any, where: Mark) -> None:
    if isinstance(event, pyyaml.AliasEvent):
        raise YamlIssue(
            "E104",
            f"alias *{event.anchor} is not allowed.",
            where.line,
            where.col,
            "write the value out in full; corpus files use no anchors or aliases.",
        )
    if event.anchor is not None:
        raise YamlIssue(
            "E104",
            f"anchor &{event.anchor} is not allowed.",
            where.line,
            where.col,
            "remove the anchor; corpus files use no anchors or aliases.",
        )
    if event.tag is not None and event.tag != "!":
        raise YamlIssue(
            "E104",
            f"tag {_short_tag(event.tag)} is not allowed.",
            where.line,
            where.col,
            "remove the tag; quote the value if it must be text.",
        )


_SCALAR = pyyaml.ScalarEvent
_MAPPING_START = pyyaml.MappingStartEvent
_SEQUENCE_START = pyyaml.SequenceStartEvent
_ALIAS = pyyaml.AliasEvent
_ENDS = (pyyaml.MappingEndEvent, pyyaml.SequenceEndEvent)


def _build(events: Iterator[Any], loaded: Loaded, *, positions: bool) -> Any:
    """Plain data from an event stream; refuses what corpus files never use.

    With `positions`, records every key's and value's mark in `loaded` (paths are built only
    then: they cost as much as the data).
    """
    values = loaded._values if positions else None
    keys = loaded._keys if positions else None
    stack: list[_Frame] = []
    root: Any = None
    documents = 0
    nodes = 0
    for event in events:
        kind = type(event)
        if kind in _ENDS:
            stack.pop()
            continue
        if kind is not _SCALAR and kind is not _MAPPING_START and kind is not _SEQUENCE_START:
            if kind is _ALIAS:
                _refuse_node_extras(event, _mark(event))
            elif kind is pyyaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    where = _mark(event)
                    raise YamlIssue(
                        "E103",
                        "YAML syntax error: a second document starts here; a corpus file "
                        "holds one.",
                        where.line,
                        where.col,
                        "remove the `---` line and what follows.",
                    )
            continue
        nodes += 1
        if nodes > MAX_NODES:
            where = _mark(event)
            raise YamlIssue(
                "E101",
                f"file holds more than {MAX_NODES} values (keys, items and scalars).",
                where.line,
                where.col,
                "split the article or remove what does not belong in it.",
            )
        if event.anchor is not None or (event.tag is not None and event.tag != "!"):
            _refuse_node_extras(event, _mark(event))
        top = stack[-1] if stack else None
        if top is not None and top.key is None and type(top.container) is dict:
            # This node is a mapping key.
            if kind is not _SCALAR:
                where = _mark(event)
                raise YamlIssue("E107", "a mapping key must be plain text.", where.line, where.col)
            key = event.value
            if key == "<<" and event.implicit[0]:
                where = _mark(event)
                raise YamlIssue(
                    "E104",
                    "merge key << is not allowed.",
                    where.line,
                    where.col,
                    "write the merged keys out in full.",
                )
            if key in top.container:
                where = _mark(event)
                first = keys.get((*top.path, key)) if keys is not None else None
                at = f" (first at line {first.line}, column {first.col})" if first else ""
                raise YamlIssue(
                    "E105", f"duplicate key '{key}'{at}.", where.line, where.col,
                    "keep one of them.",
                )  # fmt: skip
            if keys is not None:
                keys[(*top.path, key)] = _mark(event)
            top.key = key
            continue
        if len(stack) >= MAX_DEPTH:
            where = _mark(event)
            raise YamlIssue(
                "E106",
                f"nesting is deeper than {MAX_DEPTH} levels.",
                where.line,
                where.col,
                "corpus files need no more than a few levels.",
            )
        value: Any
        if kind is _SCALAR:
            plain = event.implicit[0] and event.tag is None
            try:
                value = _plain_scalar(event.value) if plain else event.value
            except _NumberTooLong:
                where = _mark(event)
                raise YamlIssue(
                    "E205",
                    f"a number of {len(event.value)} characters is out of range; the limit is "
                    f"{MAX_NUMBER_LENGTH}.",
                    where.line,
                    where.col,
                    "quote it ('...') if it is meant as text.",
                ) from None
        elif kind is _MAPPING_START:
            value = {}
        else:
            value = []
        path: Path_ = ()
        if top is None:
            root = value
        elif type(top.container) is list:
            if values is not None:
                path = (*top.path, len(top.container))
            top.container.append(value)
        else:
            if values is not None:
                path = (*top.path, top.key)  # type: ignore[arg-type]
            top.container[top.key] = value  # type: ignore[index, call-overload]
            top.key = None
        if values is not None:
            values[path] = _mark(event)
        if kind is not _SCALAR:
            stack.append(_Frame(value, path))
    return root


class _NotQuick(Exception):
    """A text outside what _quick reads: libyaml reads it (and reports what is wrong with it)."""


#: Characters outside YAML's printable set, and those it reads as line breaks or a byte-order
#: mark (U+0085, U+2028, U+2029, U+FEFF), with tab and CR: a text holding one is left to
#: libyaml, whose rules for them _quick does not repeat.
_QUICK_UNSAFE = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
    "\U00010000-\U0010ffff]"
)
#: A block mapping's key as corpus files write it (a plain word), and what follows its colon.
_QUICK_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?")
#: First characters of a plain scalar that _quick leaves to libyaml: indicators (sequences,
#: mappings, flows, comments, anchors, aliases, tags, block scalars, directives, reserved) and
#: a minus sign (a negative number, or a sequence entry).
_QUICK_PLAIN_START = frozenset("-?:,[]{}#&*!|>%@`'\"")
#: Deeper than this, _quick leaves the text to libyaml (and _build's MAX_DEPTH check).
_QUICK_DEPTH = 16


def _quick(text: str) -> Any:
    """The data `_build` makes of `text`, for the block-style subset of YAML that corpus files
    are written in; _NotQuick for anything else, which libyaml then reads.

    Why: libyaml's events cost about a microsecond each through PyYAML, and an article of 55
    claims is some 900 of them: 0.95 of the 2.6 ms it takes to check an article file. This
    reads the same article's 400 lines in half that.

    What it reads: block mappings whose keys are plain words, block sequences (indented or
    not under their key, an item's mapping starting on its line), and scalars on one line:
    plain (resolved by _plain_scalar, as _build does), single-quoted, double-quoted without
    escapes, and the empty flows [] and {}; blank and comment lines. Everything else is
    refused, never guessed at: tabs, CRs and other special characters, document markers,
    flows, block scalars, anchors, aliases, tags, quoted or complex keys, a plain scalar with
    ": " or " #" or starting with an indicator, a scalar continued on another line, duplicate
    keys, deep nesting, more than MAX_NODES values, a number out of range. So every error and
    refusal is libyaml's and _build's, with their positions (tests/io/test_yaml_quick.py
    holds the two readers to the same data on generated and mutated texts).
    """
    if _QUICK_UNSAFE.search(text) or text.startswith(("---", "...")):
        raise _NotQuick
    if "\n---" in text or "\n..." in text:
        raise _NotQuick
    lines: list[tuple[int, str]] = []
    for raw in text.split("\n"):
        content = raw.lstrip(" ")
        if content and content[0] != "#":
            lines.append((len(raw) - len(content), content.rstrip(" ")))
    if not lines:
        raise _NotQuick
    reader = _QuickReader(lines)
    try:
        data = reader.node(lines[0][0], 0)
    except _NumberTooLong:
        raise _NotQuick from None
    if reader.at != len(lines) or reader.nodes > MAX_NODES:
        raise _NotQuick
    return data


def _quick_scalar(rest: str) -> Any:
    """A scalar on one line (after its key or dash), trailing blanks cut."""
    first = rest[0]
    if first == '"':
        inner = rest[1:-1]
        if len(rest) < 2 or rest[-1] != '"' or '"' in inner or "\\" in inner:
            raise _NotQuick
        return inner
    if first == "'":
        inner = rest[1:-1]
        if len(rest) < 2 or rest[-1] != "'" or "'" in inner.replace("''", ""):
            raise _NotQuick
        return inner.replace("''", "'")
    if rest == "[]":
        return []
    if rest == "{}":
        return {}
    if first in _QUICK_PLAIN_START or ": " in rest or " #" in rest or rest[-1] == ":":
        raise _NotQuick
    return _plain_scalar(rest)


def _is_item(content: str) -> bool:
    return content[:2] == "- " or content == "-"


class _QuickReader:
    """_quick's reader over the text's content lines (indent, content without its blanks).

    A line deeper than the mapping or sequence it follows is refused where that mapping or
    sequence reads its next line: after a scalar, it would continue the scalar."""

    def __init__(self, lines: list[tuple[int, str]]) -> None:
        self.lines = lines
        self.at = 0
        self.nodes = 0

    def node(self, indent: int, depth: int) -> Any:
        if depth > _QUICK_DEPTH:
            raise _NotQuick
        if _is_item(self.lines[self.at][1]):
            return self.sequence(indent, depth)
        return self.mapping(indent, depth)

    def block(self, indent: int, depth: int, *, compact: bool) -> Any:
        """The value of a key (`compact`: a sequence may stand at the key's own indent) or of
        a dash, whose line ends after its indicator: what the next lines hold, or null."""
        if self.at < len(self.lines):
            below, content = self.lines[self.at]
            if below > indent:
                return self.node(below, depth + 1)
            if compact and below == indent and _is_item(content):
                return self.sequence(indent, depth + 1)
        return None

    def mapping(self, indent: int, depth: int, first: str | None = None) -> dict[str, Any]:
        """A block mapping at `indent`; `first`: its first line's content, where it starts on
        a sequence item's line (that line is the reader's current one)."""
        out: dict[str, Any] = {}
        lines = self.lines
        while self.at < len(lines):
            if first is not None:
                content, first = first, None
            else:
                at_indent, content = lines[self.at]
                if at_indent != indent:
                    if at_indent > indent:
                        raise _NotQuick
                    break
            found = _QUICK_KEY.fullmatch(content)
            if found is None:
                if _is_item(content):
                    break  # the end of a sequence standing at its key's indent
                raise _NotQuick
            key, rest = found.group(1, 2)
            if key in out:
                raise _NotQuick
            self.nodes += 2
            self.at += 1
            if rest:
                out[key] = _quick_scalar(rest)
            else:
                out[key] = self.block(indent, depth, compact=True)
        return out

    def sequence(self, indent: int, depth: int) -> list[Any]:
        """A block sequence at `indent`."""
        out: list[Any] = []
        lines = self.lines
        while self.at < len(lines):
            at_indent, content = lines[self.at]
            if at_indent != indent:
                if at_indent > indent:
                    raise _NotQuick
                break
            if not _is_item(content):
                break
            self.nodes += 2
            item = content[1:].lstrip(" ")
            if not item:
                self.at += 1
                out.append(self.block(indent, depth, compact=False))
            elif _is_item(item):
                raise _NotQuick
            elif _QUICK_KEY.fullmatch(item):
                # A mapping starting on the item's line: its keys stand under its first key.
                out.append(self.mapping(indent + len(content) - len(item), depth + 1, item))
            else:
                self.at += 1
                out.append(_quick_scalar(item))
        return out


#: libyaml's wording -> what an annotator should do about it.
_SYNTAX_HINTS = (
    (
        "mapping values are not allowed",
        "a ':' inside a plain value needs quotes, or this line is indented wrongly.",
    ),
    ("did not find expected key", "check the indentation of this line against the one above."),
    ("did not find expected ',' or ']'", "a flow sequence [...] is not closed."),
    ("did not find expected ',' or '}'", "a flow mapping {...} is not closed."),
    ("found unexpected end of stream", "a quoted value is not closed."),
)


def _syntax_issue(exc: pyyaml.YAMLError, text: str) -> YamlIssue:
    if isinstance(exc, pyyaml.reader.ReaderError):
        before = text[: exc.position]
        line = before.count("\n") + 1
        col = exc.position - (before.rfind("\n") + 1) + 1
        return YamlIssue(
            "E103",
            f"YAML syntax error: control character U+{exc.character:04X} is not allowed.",
            line,
            col,
            "remove it, or write it as an escape inside double quotes.",
        )
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    parts = [str(p) for p in (getattr(exc, "context", None), getattr(exc, "problem", None)) if p]
    problem = ": ".join(parts) or str(exc)
    if "maximum nesting depth" in problem:  # libyaml's own limit (1000), far above ours
        return YamlIssue(
            "E106",
            f"nesting is deeper than {MAX_DEPTH} levels.",
            line,
            col,
            "corpus files need no more than a few levels.",
        )
    hint = next((h for needle, h in _SYNTAX_HINTS if needle in problem), "")
    if (
        not hint
        and mark is not None
        and text.splitlines()[mark.line : mark.line + 1]
        and "\t" in (text.splitlines()[mark.line])
    ):
        hint = "YAML indents with spaces: replace the tab."
    return YamlIssue("E103", f"YAML syntax error: {problem.rstrip('.')}.", line, col, hint)


def parse_yaml(text: str) -> Loaded:
    """Parse one YAML document from text; a YamlIssue carries the rule code and position.

    Positions are recorded later, on demand (see Loaded); a refused file is parsed again with
    them, so its YamlIssue names every place it can (a duplicate key's first occurrence).
    """
    with contextlib.suppress(_NotQuick):
        return Loaded(_quick(text), text)
    try:
        try:
            data = _build(pyyaml.parse(text, Loader=_EVENT_LOADER), Loaded(None), positions=False)
        except YamlIssue:
            Loaded(None, text).values  # noqa: B018 - raises the same issue, with positions
            raise
    except pyyaml.YAMLError as exc:
        raise _syntax_issue(exc, text) from None
    return Loaded(data, text)


def comments(text: str) -> list[tuple[str, Mark]]:
    """Every comment in a YAML text (from `#` to the end of its line, trailing blanks cut) and
    where it starts.

    Why tokens: a `#` inside a quoted or block scalar is text; what lies between two tokens
    is only blanks, line breaks and comments. `fmt` checks with this that its rewrite keeps
    every comment (issue 12, item 2). The text must scan (parse_yaml accepted it).
    """
    if "#" not in text:
        return []
    found: list[tuple[str, Mark]] = []
    gap_start = 0
    line, counted = 1, 0  # lines are counted as we go: one count per comment is quadratic
    for token in pyyaml.scan(text, Loader=_EVENT_LOADER):
        gap_end = token.start_mark.index
        hash_at = text.find("#", gap_start, gap_end)
        while hash_at != -1:
            line += text.count("\n", counted, hash_at)
            counted = hash_at
            line_end = text.find("\n", hash_at, gap_end)
            stop = gap_end if line_end == -1 else line_end
            col = hash_at - text.rfind("\n", 0, hash_at)
            found.append((text[hash_at:stop].rstrip(), Mark(line, col)))
            hash_at = text.find("#", stop, gap_end)
        gap_start = max(gap_start, token.end_mark.index)
    return found


def read_yaml_text(path: Path) -> str:
    """A corpus YAML file's text, refusing files too large, unreadable or not UTF-8."""
    try:
        # A regular file only, read to the limit + 1 byte at most: a FIFO would block, and
        # /dev/zero says it holds 0 bytes and never ends (io.files.read_regular).
        data = read_regular(path, MAX_YAML_BYTES)
    except TooLarge as exc:
        raise YamlIssue(
            "E101",
            f"file is {exc.size} bytes; the limit is {MAX_YAML_BYTES}.",
            hint="split the article or remove what does not belong in it.",
        ) from None
    except FileRefused as exc:
        raise YamlIssue("E100", exc.reason) from None
    except FileNotFoundError:
        raise YamlIssue("E100", "file does not exist.") from None
    except IsADirectoryError:
        raise YamlIssue("E100", "is a directory, not a YAML file.") from None
    except OSError as exc:
        raise YamlIssue("E100", f"cannot be read: {exc.strerror}.") from None
    try:
        return decode_exact(data, path)
    except SeedError as exc:
        raise YamlIssue("E102", exc.message, exc.line, exc.col) from None


def load_yaml(path: Path) -> Loaded:
    """Read and parse a corpus YAML file (see read_yaml_text and parse_yaml)."""
    return parse_yaml(read_yaml_text(path))
