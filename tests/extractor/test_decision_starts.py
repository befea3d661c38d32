"""Stage 3d: DECISION_STARTS holds the first three characters of every decision form (a
look-ahead that only saves time must never hide a verb)."""

from __future__ import annotations

import re
from pathlib import Path
from re import _constants as sre  # the parse tree's opcodes (tests only)
from re import _parser
from typing import Any

import pytest

from natoiraq.extractor.decisions import (
    ACT_FORMS,
    DECISION_FORMS,
    DECISION_FORMS_PATTERN,
    DECISION_RE,
    DECISION_STARTS,
)

ROOT = Path(__file__).resolve().parents[2]
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _starts(items: list[Any], n: int) -> set[str] | None:
    """Every string of at most `n` characters that a match of `items` can open with (shorter
    only where the match ends sooner); None when some opening is any character."""
    if not items or n == 0:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op in ZERO_WIDTH:
        return _starts(rest, n)
    if op is sre.SUBPATTERN:
        return _starts([*av[3].data, *rest], n)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            more = _starts([*branch.data, *rest], n)
            if more is None:
                return None
            found |= more
        return found
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = av
        found = set()
        for copies in range(low, min(high, max(low, n)) + 1):
            more = _starts([*(sub.data * copies), *rest], n)
            if more is None:
                return None
            found |= more
        return found
    if op is sre.LITERAL:
        heads = {chr(av)}
    elif op is sre.IN:
        heads = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                heads.add(chr(value))
            elif kind is sre.RANGE:
                heads |= {chr(c) for c in range(value[0], value[1] + 1)}
            else:
                return None
    else:
        return None
    tails = _starts(rest, n - 1)
    if tails is None:
        return None
    return {h + t for h in heads for t in tails}


FORMS = [*DECISION_FORMS.values(), ACT_FORMS]


@pytest.mark.parametrize("form", FORMS, ids=[*DECISION_FORMS, "act"])
def test_every_form_opens_with_a_listed_start(form: str) -> None:
    starts = _starts(list(_parser.parse(form).data), 3)
    assert starts is not None, "a form opening with any character: DECISION_STARTS cannot gate it"
    assert starts <= set(DECISION_STARTS)


UNGATED_RE = re.compile(r"\b" + DECISION_FORMS_PATTERN)


def test_the_look_ahead_changes_no_match() -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        gated = [(m.span(), m.lastgroup) for m in DECISION_RE.finditer(text)]
        assert gated == [(m.span(), m.lastgroup) for m in UNGATED_RE.finditer(text)]
        assert gated
