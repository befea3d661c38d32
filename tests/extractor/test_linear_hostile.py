"""Extract and check are linear in the text's length on hostile input (issue 12, item 9).

Counted, not timed, so the test is deterministic on a shared machine: each reproducer is read at
n and at 4n repeats, and three measures of the work done must grow about 4x, where a stage that
rescans its clause, its paragraph or the whole text for every claim grows about 16x:

- the lines of natoiraq's own Python it runs (sys.settrace, natoiraq frames only);
- the characters its text's own methods read (find, rfind, count, index and slices, on a str
  subclass that counts them): scans done in C, one line each, that no line count shows;
- the size of check's JSON report: a copy of the whole text per claim ("the sentence" of a
  run-on text) is cheap to count and quadratic to print.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import natoiraq
from natoiraq.checker import check_story
from natoiraq.clean import clean_article
from natoiraq.extractor import extract_claims
from natoiraq.report.check import FORMATS, render_check

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "001_7c7b5841e51291d7.txt").read_text(encoding="utf-8")
PUBLISHED = dt.date(2020, 1, 8)

#: The hostile units, each repeated into one text (mostly one line): what each made quadratic
#: before its fix is in the id's comment.
REPRODUCERS = {
    # The one-liner: decision matching rescanned the clause per match; check showed
    # each decision's whole run-on "sentence".
    "decisions": "NATO will suspend the mission and ",
    # Quote marks: the quote's paragraph was read whole, with all its names, per quote.
    "quote-marks": '"',
    "x-said-quote": 'X said "',
    "name-said-quote": 'Jens Stoltenberg said "',
    "quotes-left-open": '"We will stay, said Jens Stoltenberg ',
    # A real story with its line feeds removed: every stage at once.
    "story-on-one-line": " ".join(SEED.split()) + " ",
    # The same story as it is, repeated: long, but normal text.
    "story-repeated": SEED + "\n\n",
    # Dates inside decisions (every decision scanned per date) and a legislature's members (the
    # names' spans built anew per match).
    "dated-decisions": "Iraqi lawmakers at the weekend demanded that all foreign forces leave and ",
    # What check did not check: every listed span scanned per candidate; every body span per
    # candidate in short paragraphs.
    "shares-times-dates": "up 5% at 10:30 on Monday and ",
    "short-paragraphs": "Troops were up 5% on Monday.\n\n",
    # A decision in a quote (every quote scanned per claim) and many quotes with speakers.
    "decisions-in-quotes": '"NATO will suspend the mission," Stoltenberg said. ',
    # Numbers with no counted noun: the row of a table looked for back to the line's start.
    "table-cells": "Troops: 1, 2, 3; 4, 5, ",
    # A pronoun subject: its sentence up to the pronoun cut out of the text to see whether
    # anything stands before it.
    "pronoun-subjects": "and it will withdraw the troops ",
}
#: Each reproducer is read at n repeats, about this many characters, and at 4n.
SMALL_CHARS = 4000
#: A linear stage grows about 4x (3.9-4.5 over these reproducers: fixed costs per text and the
#: first repeats of a unit differ a little); a quadratic one up to 16x. On the code before the
#: fixes of issue 12, item 9, 20 of these 26 cases failed, their largest measure 6.2x to 15.9x.
LINEAR_BOUND = 5.5


class _Counted(str):
    """A text whose own methods count the characters they read (class-wide, `read`)."""

    read = 0

    def _range(self, start: int | None, end: int | None) -> tuple[int, int]:
        return slice(start, end).indices(len(self))[:2]

    def find(self, sub: Any, start: Any = None, end: Any = None) -> int:
        a, b = self._range(start, end)
        found = str.find(self, sub, a, b)
        _Counted.read += (found + len(sub) - a) if found >= 0 else max(0, b - a)
        return found

    def rfind(self, sub: Any, start: Any = None, end: Any = None) -> int:
        a, b = self._range(start, end)
        found = str.rfind(self, sub, a, b)
        _Counted.read += (b - found) if found >= 0 else max(0, b - a)
        return found

    def index(self, sub: Any, start: Any = None, end: Any = None) -> int:
        found = self.find(sub, start, end)
        if found < 0:
            raise ValueError("substring not found")
        return found

    def rindex(self, sub: Any, start: Any = None, end: Any = None) -> int:
        found = self.rfind(sub, start, end)
        if found < 0:
            raise ValueError("substring not found")
        return found

    def count(self, sub: Any, start: Any = None, end: Any = None) -> int:
        a, b = self._range(start, end)
        _Counted.read += max(0, b - a)
        return str.count(self, sub, a, b)

    def __getitem__(self, key: Any) -> str:
        part = str.__getitem__(self, key)
        _Counted.read += len(part)
        return part

    def __hash__(self) -> int:
        return str.__hash__(self)


@contextmanager
def _lines_run(where: str = "natoiraq") -> Iterator[list[int]]:
    """Count the lines run inside the block of code whose file path holds `where` (the total,
    in the list)."""
    total = [0]

    def local(frame: FrameType, event: str, arg: object) -> Callable[..., object]:
        total[0] += 1
        return local

    def calls(frame: FrameType, event: str, arg: object) -> Callable[..., object] | None:
        return local if where in frame.f_code.co_filename else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        yield total
    finally:
        sys.settrace(previous)


@pytest.fixture(scope="module")
def corpus() -> Any:
    return natoiraq.load_corpus(ROOT / "corpus")


def _texts(unit: str) -> tuple[_Counted, _Counted, _Counted]:
    """The reproducer at a quarter of n repeats (to warm caches and patterns), n and 4n."""
    n = max(4, SMALL_CHARS // len(unit))
    return _Counted(unit * (n // 4)), _Counted(unit * n), _Counted(unit * 4 * n)


@pytest.fixture(autouse=True)
def _line_index_always(monkeypatch: pytest.MonkeyPatch) -> None:
    # text.line_column counts line feeds from the text's start for texts up to LINE_INDEX_MIN
    # characters (a constant bound, cheaper than an index for a news story); these texts are
    # shorter, so the index is asked for always, as for the long texts it is there for.
    monkeypatch.setattr("natoiraq.text.LINE_INDEX_MIN", 0)


def _extract_work(text: _Counted, corpus: Any) -> tuple[int, int]:
    _Counted.read = 0
    with _lines_run() as lines:
        extract_claims(text, corpus.registry, PUBLISHED, cleaned=clean_article(text))
    return lines[0], _Counted.read


def _check_work(text: _Counted, corpus: Any) -> tuple[int, int, int]:
    _Counted.read = 0
    with _lines_run() as lines:
        report = check_story(text, corpus, story="hostile", published=PUBLISHED)
        rendered = {fmt: render_check(report, fmt) for fmt in FORMATS}
    return lines[0], _Counted.read, len(rendered["json"])


@pytest.mark.parametrize("unit", list(REPRODUCERS.values()), ids=list(REPRODUCERS))
def test_extract_is_linear(unit: str, corpus: Any) -> None:
    warm, small_text, large_text = _texts(unit)
    _extract_work(warm, corpus)
    small, large = _extract_work(small_text, corpus), _extract_work(large_text, corpus)
    ratios = {"lines run": large[0] / small[0], "characters read": large[1] / max(1, small[1])}
    assert all(r <= LINEAR_BOUND for r in ratios.values()), ratios


@pytest.mark.parametrize("unit", list(REPRODUCERS.values()), ids=list(REPRODUCERS))
def test_check_is_linear(unit: str, corpus: Any) -> None:
    warm, small_text, large_text = _texts(unit)
    _check_work(warm, corpus)
    small, large = _check_work(small_text, corpus), _check_work(large_text, corpus)
    ratios = {
        "lines run": large[0] / small[0],
        "characters read": large[1] / max(1, small[1]),
        "JSON report": large[2] / small[2],
    }
    assert all(r <= LINEAR_BOUND for r in ratios.values()), ratios


def _search_back_per_word(text: _Counted) -> None:
    for at in range(0, len(text), 5):
        text.rfind("\n", 0, at)


def _rescan_per_word(text: str) -> None:
    for at in range(0, len(text), 5):
        for c in text[:at:5]:
            if c == "\n":
                break


def _bounded_per_word(text: _Counted) -> None:
    for at in range(0, len(text), 5):
        text.rfind("\n", max(0, at - 100), at)
        for c in text[max(0, at - 100) : at : 5]:
            if c == "\n":
                break


def _work(do: Callable[[_Counted], None], text: _Counted) -> tuple[int, int]:
    _Counted.read = 0
    with _lines_run(where=Path(__file__).name) as lines:
        do(text)
    return lines[0], _Counted.read


@pytest.mark.parametrize(
    ("do", "lines", "characters"),
    [
        (_search_back_per_word, (3.5, 4.5), (14, 17)),
        (_rescan_per_word, (14, 17), (14, 17)),
        (_bounded_per_word, (3.5, 4.5), (3.5, 4.5)),
    ],
    ids=["search-back-in-c", "rescan-in-python", "bounded"],
)
def test_the_measures_tell_quadratic_from_linear(
    do: Callable[[_Counted], None], lines: tuple[float, float], characters: tuple[float, float]
) -> None:
    """The measures themselves: a search back to the text's start per word (in C) and a Python
    scan of everything before each word grow about 16x for 4x the text; bounded ones 4x."""
    small = _work(do, _Counted("word " * 400))
    large = _work(do, _Counted("word " * 1600))
    assert lines[0] <= large[0] / small[0] <= lines[1]
    assert characters[0] <= large[1] / small[1] <= characters[1]
