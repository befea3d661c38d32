"""Patterns whose word-start check stands after their first letter (for re's fast scan) match
as the forms with the check in front did."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from natoiraq.extractor.linking import OWNED_RE
from natoiraq.text import NAME_RE

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("evalsets/dev/seeds/*.txt"))
EDGES = "aNATO's Boss Man -NATO's mission _Abe Bob Lee. Éric Bob. Abe Bob's old training mission"
OLD_NAME = (
    r"\b[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?(?:\s+(?:al-|bin\s+|van\s+|de\s+)?"
    r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?){1,3}\b"
)
OLD_OWNED = r"(?<![\w-])(?P<owner>[A-Z][\w.-]*)['’]s\s+(?P<mods>(?:[a-z][a-z-]+\s+){0,2})"
CASES = {"name": (NAME_RE.pattern, OLD_NAME), "owned": (OWNED_RE, OLD_OWNED)}
# Windows from every 7th place of the text: the check must look before `pos`, as `\b` did.
STEP = 7
WINDOW = 200


@pytest.mark.parametrize("name", CASES)
def test_same_matches_from_any_start(name: str) -> None:
    new, old = (re.compile(p) for p in CASES[name])
    text = EDGES + "\n" + "\n".join(p.read_text(encoding="utf-8") for p in TEXTS)
    for pos in range(0, len(text), STEP):
        end = pos + WINDOW
        got = [(m.span(), m.groupdict()) for m in new.finditer(text, pos, end)]
        assert got == [(m.span(), m.groupdict()) for m in old.finditer(text, pos, end)], pos
