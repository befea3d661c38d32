"""Stage 3a: the date gates, spelled out as tries, find what their plain patterns find, and
ANY_GATE finds a sentence exactly when one of the gates does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from natoiraq.extractor import dates
from natoiraq.io.seeds import load_seed
from natoiraq.text import sentences

ROOT = Path(__file__).resolve().parents[2]
#: Each gate as it was written before it was spelled out.
PLAIN = {
    "MONTH_GATE": re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"),
    "SPAN_PART_GATE": re.compile(
        "he (?:end|start|beginning|middle|rest|first|second|third|fourth|last|final) "
    ),
    "YEAR_WORD_GATE": re.compile("year"),
    "PART_YEAR_GATE": re.compile(r"year|(?:19|20)\d\d"),
    "YEAR_GATE": re.compile(r"(?:19|20)\d\d"),
    "DAY_GATE": re.compile("day"),
    "WEEKEND_GATE": re.compile("weekend"),
    "DECADE_GATE": re.compile(r"(?:19|20)\d0s"),
    "PART_OF_DAY_GATE": re.compile("morning|afternoon|evening|night"),
    "AGO_GATE": re.compile("ago", re.I),
    "COMING_GATE": re.compile("days|weeks|months"),
    "TODAY_GATE": re.compile("oday|esterday|omorrow|onight"),
    "PERIOD_GATE": re.compile("week|month|year"),
    "SEASON_WORD_GATE": re.compile("season"),
    "QUARTER_GATE": re.compile("quarter"),
    "MIDNIGHT_GATE": re.compile("midnight"),
    "OVERNIGHT_GATE": re.compile("vernight"),
    "SEASON_GATE": re.compile("summer|autumn|fall|winter|spring"),
    "HOLIDAY_GATE": re.compile("of July|Christmas|Boxing|New Year|Halloween|Valentine"),
    "PERIOD_TO_GATE": re.compile("months|year|quarter|half"),
}
ODD = (
    "In 19٢٠ (Arabic-Indic digits), AGO, aGo, The End of it, the end of Mayday, yesterday. "
    "Janight Mayear todays overnight midnight Sundays the first of days."
)


def _texts() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "evalsets" / "dev" / "seeds").glob("*.txt"))
    return [ODD, *(load_seed(p).text for p in paths)]


TEXTS = _texts()


def test_every_gate_of_the_rules_is_listed() -> None:
    gates = {gate for _, _, gate in dates.RULES} | {dates.OVERNIGHT_GATE, dates.YEAR_WORD_GATE}
    assert gates == {getattr(dates, name) for name in PLAIN}


@pytest.mark.parametrize("name", PLAIN)
def test_gate_finds_what_its_plain_pattern_finds(name: str) -> None:
    gate, plain = getattr(dates, name), PLAIN[name]
    for text in TEXTS:
        for a, b in sentences(text, 0, len(text)):
            found = gate.search(text, a, b)
            expected = plain.search(text, a, b)
            assert (found and found.span()) == (expected and expected.span()), text[a:b]


def test_any_gate_is_the_union_of_the_gates() -> None:
    opened = 0
    for text in TEXTS:
        for a, b in sentences(text, 0, len(text)):
            any_ = dates.ANY_GATE.search(text, a, b) is not None
            assert any_ == any(p.search(text, a, b) is not None for p in PLAIN.values())
            opened += any_
    assert opened


def test_open_gates_are_the_gates_each_search_finds() -> None:
    for text in TEXTS:
        for sentence in sentences(text, 0, len(text)):
            expected = {g for g in dates.GATES if g.search(text, *sentence) is not None}
            assert dates._open_gates(text, sentence) == expected, text[slice(*sentence)]
