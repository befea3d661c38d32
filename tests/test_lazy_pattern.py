"""text.LazyPattern: a module's regex compiled on first use finds what re.compile's finds, and
every lazy pattern of the package compiles (an error would no longer show at import)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import natoiraq
from natoiraq.text import LazyPattern, lazy_compile

TEXT = "NATO said on Jan. 3 that 500 trainers stay; the alliance's mission, NATO's mission."
PATTERNS = [(r"(?P<who>NATO)(?:'s)?", 0), (r"\bthe\s+(\w+)", re.I), (r"(?!)", 0), (r"\d+", 0)]
BOUNDS = [(0, len(TEXT)), (5, 40), (30, 30), (-3, 1000), (50, 10)]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
@pytest.mark.parametrize(("pos", "endpos"), BOUNDS)
def test_lazy_finds_what_compiled_finds(pattern: str, flags: int, pos: int, endpos: int) -> None:
    lazy, compiled = lazy_compile(pattern, flags), re.compile(pattern, flags)

    def spans(found: re.Match[str] | None) -> tuple[tuple[int, int], dict[str, str | None]] | None:
        return (found.span(), found.groupdict()) if found is not None else None

    assert spans(lazy.search(TEXT, pos, endpos)) == spans(compiled.search(TEXT, pos, endpos))
    assert spans(lazy.match(TEXT, pos, endpos)) == spans(compiled.match(TEXT, pos, endpos))
    assert spans(lazy.fullmatch(TEXT, pos, endpos)) == spans(compiled.fullmatch(TEXT, pos, endpos))
    assert [m.span() for m in lazy.finditer(TEXT, pos, endpos)] == [
        m.span() for m in compiled.finditer(TEXT, pos, endpos)
    ]
    assert lazy.findall(TEXT, pos, endpos) == compiled.findall(TEXT, pos, endpos)
    assert lazy.sub("X", TEXT) == compiled.sub("X", TEXT)
    assert lazy.split(TEXT, 2) == compiled.split(TEXT, 2)
    assert lazy.groupindex == compiled.groupindex


@pytest.mark.parametrize("method", ["search", "match", "fullmatch", "finditer", "findall"])
def test_each_method_compiles_on_first_use(method: str) -> None:
    lazy = LazyPattern(r"NATO")
    assert lazy.pattern == "NATO"
    assert "_compiled" not in vars(lazy)  # its text is there before it compiles
    getattr(lazy, method)(TEXT)
    # From now on the compiled pattern's own method answers, with no call in between.
    assert getattr(lazy, method).__self__ is lazy.compiled()


def _lazy_patterns() -> list[tuple[str, LazyPattern]]:
    found = []
    for module in pkgutil.walk_packages(natoiraq.__path__, "natoiraq."):
        loaded = importlib.import_module(module.name)
        found += [
            (f"{module.name}.{name}", value)
            for name, value in vars(loaded).items()
            if isinstance(value, LazyPattern)
        ]
    return found


def test_every_lazy_pattern_compiles() -> None:
    patterns = _lazy_patterns()
    assert len(patterns) > 300  # the extractor's
    for name, pattern in patterns:
        assert isinstance(pattern.compiled(), re.Pattern), name
