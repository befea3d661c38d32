"""The verdict tables: every row, written out by hand from DESIGN.md's principles, and the docs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from natoiraq.compare.verdicts import (
    CLAIM_TABLE,
    FINDING_TABLE,
    QUOTE_TABLE,
    claim_verdict,
    finding_verdict,
    markdown,
    quote_verdict,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "verdicts.md"
COUNTS = {"none": (0, 0), "fit": (2, 0), "split": (1, 1), "clash": (0, 2)}

# (sources, reference, confident link) -> verdict, the row that decides it. Written by hand from
# ../shared/DESIGN.md "Verdict rules", not from the table, so a changed row fails here.
EXPECTED = [
    ("none", "consistent", True, "unsupported", "C1"),
    ("none", "consistent", False, "unsupported", "C1"),
    ("none", "inconsistent", True, "contradicted", "C2"),
    ("none", "inconsistent", False, "unsupported", "C3"),
    ("none", "none", True, "unsupported", "C4"),
    ("none", "none", False, "unsupported", "C4"),
    # A source supports it but the reference excludes it: contested, never supported.
    ("fit", "inconsistent", True, "contested", "C5"),
    ("fit", "inconsistent", False, "contested", "C5"),
    ("fit", "consistent", True, "supported", "C6"),
    ("fit", "consistent", False, "supported", "C6"),
    ("fit", "none", True, "supported", "C7"),
    ("fit", "none", False, "supported", "C7"),
    # The sources disagree: contested whatever the reference says.
    ("split", "consistent", True, "contested", "C8"),
    ("split", "inconsistent", True, "contested", "C8"),
    ("split", "none", True, "contested", "C8"),
    ("split", "none", False, "contested", "C8"),
    # The reference supports it: never contradicted.
    ("clash", "consistent", True, "contested", "C9"),
    ("clash", "consistent", False, "contested", "C9"),
    ("clash", "inconsistent", True, "contradicted", "C10"),
    ("clash", "none", True, "contradicted", "C11"),
    # A guessed link is never contradicted.
    ("clash", "inconsistent", False, "unsupported", "C12"),
    ("clash", "none", False, "unsupported", "C12"),
]


def _row_id(row: str) -> int:
    return int(row[1:]) - 1


@pytest.mark.parametrize(("sources", "reference", "confident", "verdict", "row"), EXPECTED,
                         ids=[f"{e[4]}-{e[0]}-{e[1]}-{'sure' if e[2] else 'guess'}"
                              for e in EXPECTED])  # fmt: skip
def test_claim_table_row(sources: str, reference: str, confident: bool, verdict: str,
                         row: str) -> None:  # fmt: skip
    fits, clashes = COUNTS[sources]
    ruling = claim_verdict(fits, clashes, reference, confident=confident)  # type: ignore[arg-type]
    expected_row = CLAIM_TABLE[_row_id(row)]
    assert ruling.verdict == verdict
    assert ruling.why == expected_row.why
    assert set(expected_row.reasons) <= ruling.reasons


def test_every_claim_row_is_reached() -> None:
    assert {e[4] for e in EXPECTED} == {f"C{n}" for n in range(1, len(CLAIM_TABLE) + 1)}


@pytest.mark.parametrize(("relation", "articles", "verdict"), [
    ("conflict", 1, "conflict"),  # F1: one article contradicting itself is still a conflict
    ("conflict", 3, "conflict"),
    ("agree", 1, "single-source"),  # F2
    ("compatible", 1, "single-source"),
    ("agree", 2, "agree"),  # F3
    ("compatible", 2, "compatible"),  # F4
])  # fmt: skip
def test_finding_table_row(relation: str, articles: int, verdict: str) -> None:
    assert finding_verdict(relation, articles) == verdict  # type: ignore[arg-type]
    assert len(FINDING_TABLE) == 4


@pytest.mark.parametrize(("status", "verdict", "reason"), [
    ("verbatim", "supported", None),
    ("translated", "supported", "translation"),
    ("altered", "contradicted", None),
    ("not-found", "unsupported", "no-source"),
])  # fmt: skip
def test_quote_table_row(status: str, verdict: str, reason: str | None) -> None:
    ruling = quote_verdict(status)  # type: ignore[arg-type]
    assert ruling.verdict == verdict
    assert reason is None or reason in ruling.reasons
    assert len(QUOTE_TABLE) == 4


def test_docs_show_the_tables_of_the_code() -> None:
    text = DOCS.read_text(encoding="utf-8")
    found = re.search(r"<!-- generated: [^>]*-->\n(.*)<!-- end generated -->", text, re.S)
    assert found is not None, "docs/verdicts.md lost its generated-table markers"
    assert found.group(1) == markdown(), (
        "docs/verdicts.md is stale: paste natoiraq.compare.verdicts.markdown() between its markers"
    )
