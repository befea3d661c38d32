"""Data-driven validator cases: tests/data/validate/{valid,invalid}/<case>.yaml.

Each invalid case has <case>.expected holding the exact finding lines. Case files are articles
unless named registry--<case>.yaml or reference--<case>.yaml. They are checked against the small
corpus in tests/data/validate/corpus (seeds in tests/data/validate/seeds), from that folder, so
paths in the expected lines are relative to it. `pytest --update-golden` rewrites .expected files:
read the diff before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from natoiraq.corpus import LoadResult
from natoiraq.validator import validate_files
from tests.conftest import DATA

ROOT = DATA / "validate"
REGISTRY = Path("corpus/registry.yaml")


def _cases(kind: str) -> list[Path]:
    return sorted((ROOT / kind).glob("*.yaml"))


def validate_case(case: Path) -> LoadResult:
    """A case checked as its name says (registry--, reference-- or an article), against the
    cases' corpus, with paths relative to ROOT (run it from ROOT)."""
    rel = case.relative_to(ROOT)
    if case.name.startswith("registry--"):
        return validate_files(rel, None, [], Path())
    if case.name.startswith("reference--"):
        return validate_files(REGISTRY, rel, [], Path())
    return validate_files(REGISTRY, None, [rel], Path())


def _findings(case: Path) -> list[str]:
    return [finding.format() for finding in validate_case(case).findings]


@pytest.mark.parametrize("case", _cases("valid"), ids=lambda p: p.stem)
def test_valid_case_has_no_findings(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert _findings(case) == []


@pytest.mark.parametrize("case", _cases("invalid"), ids=lambda p: p.stem)
def test_invalid_case_gives_exactly_the_expected_findings(
    case: Path, monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    monkeypatch.chdir(ROOT)
    got = _findings(case)
    expected_file = case.with_suffix(".expected")
    if update_golden:
        expected_file.write_text("".join(line + "\n" for line in got), encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8").splitlines()
    assert got == expected
    assert got, "an invalid case must produce at least one finding"


def test_there_are_at_least_25_distinct_invalid_cases() -> None:
    codes = set()
    for expected in (ROOT / "invalid").glob("*.expected"):
        for line in expected.read_text(encoding="utf-8").splitlines():
            codes.add(line.split(" ")[2])
    assert len(_cases("invalid")) >= 25
    assert len(codes) >= 20, sorted(codes)
