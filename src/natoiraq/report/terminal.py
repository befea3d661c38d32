"""Styled, wrapped terminal text: the text reports' printer (ANSI styles only when asked).

Why not rich, as the rest of the house does: the text reports print every claim behind every
finding, and at 10 000 articles rich's per-line rendering took 25 s per 1 000 articles (issue 6,
benchmarks/run.py) where this greedy wrapper takes well under one. Article text is never parsed for
markup here (there is none), so brackets such as "[the minister]" print as they are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from natoiraq.text import CONTROL_RE, visible

#: Fixed so output is byte-identical whatever terminal runs it (and fits a 100-column review).
WIDTH = 100

#: Style words -> ANSI SGR codes (the subset the reports use).
_SGR = {
    "bold": "1",
    "dim": "2",
    "italic": "3",
    "reverse": "7",
    "strike": "9",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "magenta": "35",
    "cyan": "36",
}
_RESET = "\x1b[0m"
#: White space that prints as one space each: the printer makes its own rows. A CR alone is
#: not here: it would return the cursor and overwrite the row (issue 12, item 11).
_BLANKS_RE = re.compile(r"\r\n|[\n\t]")

Segment = tuple[str, str]  # (text, style: space-separated words from _SGR, or "")


def printable(text: str) -> str:
    """`text` as a row prints it: a line break (LF, CRLF) or a tab a space, every other control
    character and bidi control a visible escape (text.visible), so nothing in a report's text
    can move the cursor, clear the screen, set a title, hide a link or reorder a line."""
    if CONTROL_RE.search(text) is None:  # the usual case: one scan (issue 6's speed)
        return text
    return visible(_BLANKS_RE.sub(" ", text))


def wants_color(
    flag: bool | None, *, terminal: bool, environ: Mapping[str, str], stdout: bool = True
) -> bool:
    """Whether a text report is coloured, first rule that applies (docs/terminal.md):

    1. `--color`/`--no-color` as given (`flag`): what the user typed beats the environment;
    2. NO_COLOR set and not empty: no colour (https://no-color.org; issue 12, item 12);
    3. FORCE_COLOR set and not empty, whatever its value, "0" too: colour on standard output
       even off a `terminal` (https://force-color.org);
    4. otherwise colour only on a `terminal`.

    Why NO_COLOR beats FORCE_COLOR: plain text is always readable while escape codes are
    noise in a log, so when both are set the opt-out is the safe reading; CPython, pytest and
    rich read the pair the same way, so one environment means the same to all of them.
    FORCE_COLOR="0" forces colour as force-color.org says (CPython and pytest agree); to turn
    colour off, NO_COLOR and --no-color are there. A report written to a file (`stdout`
    False) is coloured only by --color: an environment set for a CI log must not put escape
    codes into the files it writes.
    """
    if flag is not None:
        return flag
    if environ.get("NO_COLOR"):
        return False
    if stdout and environ.get("FORCE_COLOR"):
        return True
    return terminal


_NOT_SPACE_RE = re.compile("[^ ]")


def _skip_spaces(text: str, index: int) -> int:
    """The first index from `index` on that holds no space (len(text) where none does)."""
    found = _NOT_SPACE_RE.search(text, index)
    return found.start() if found is not None else len(text)


def _sgr(style: str) -> str:
    codes = [_SGR[word] for word in style.split() if word in _SGR]
    return f"\x1b[{';'.join(codes)}m" if codes else ""


class Printer:
    """Collects lines: each a list of styled segments, wrapped at WIDTH under an indent."""

    def __init__(self, *, color: bool = False, width: int = WIDTH) -> None:
        self.color = color
        self.width = width
        self._out: list[str] = []

    def blank(self) -> None:
        self._out.append("")

    def line(
        self, segments: list[Segment] | str, style: str = "", indent: int = 0, hang: int = 0
    ) -> None:
        """Print one logical line, wrapped greedily at spaces under `indent` (rows after the
        first `hang` columns further in, so a list item's text lines up under its first word).

        Breaks fall only on spaces, so text running across segments with no space between
        ("“" + "»is") is one word; a word longer than the room is cut. Spaces between words
        print as given (a newline or tab as a space; other controls as escapes, `printable`),
        none at the start or end of a row.
        """
        if isinstance(segments, str):
            segments = [(segments, style)]
        plain = "".join(text for text, _ in segments)
        if CONTROL_RE.search(plain) is not None:  # one scan for the usual line (issue 6)
            segments = [(printable(text), how) for text, how in segments]
            plain = "".join(text for text, _ in segments)
        room = max(1, self.width - indent)
        pad = " " * indent
        size = len(plain)
        start = _skip_spaces(plain, 0)
        if start >= size:
            self._out.append(pad)
            return
        if size - start <= room and not self.color:
            # The whole line fits in one row (most of a report's lines): no search for a break.
            self._out.append(pad + plain[start:].rstrip(" "))
            return
        # One rfind a row, not a step a word: the reports print every claim (issue 6).
        rows_room, rows_pad = max(1, self.width - indent - hang), " " * (indent + hang)
        while start < size:
            limit = start + room
            if limit >= size:
                end = size
            else:
                space = plain.rfind(" ", start, limit + 1)
                end = space if space > start else limit
            stop = end
            while plain[stop - 1] == " ":
                stop -= 1
            row = plain[start:stop] if not self.color else self._paint(segments, start, stop)
            self._out.append(pad + row)
            start = _skip_spaces(plain, end) if end < size and plain[end] == " " else end
            room, pad = rows_room, rows_pad

    def _paint(self, segments: list[Segment], start: int, stop: int) -> str:
        """Characters start..stop of the segments' text, each style run wrapped in SGR codes."""
        out: list[str] = []
        offset = 0
        for text, style in segments:
            end = offset + len(text)
            if end > start and offset < stop:
                piece = text[max(start, offset) - offset : min(stop, end) - offset]
                code = _sgr(style)
                out.append(f"{code}{piece}{_RESET}" if code and piece else piece)
            offset = end
        return "".join(out)

    def text(self) -> str:
        """Everything printed, one final newline."""
        return "\n".join(self._out) + "\n"

    def take(self) -> str:
        """What was printed since the last take (each line with its newline), then forget it."""
        chunk = "".join(line + "\n" for line in self._out)
        self._out.clear()
        return chunk
