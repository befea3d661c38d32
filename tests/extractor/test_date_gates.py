"""Stage 3a: each date form's gate is in every text the form matches (a gate only saves time)."""

from __future__ import annotations

import pytest

from natoiraq.extractor.dates import RULES

EXAMPLES = [
    "on Jan. 3, 2020", "12th of February, 2020", "in late March 2019", "the end of next week",
    "late last year", "Sept 14", "3 Oct", "mid-June", "since May", "next Dec", "in 2018",
    "last Friday morning", "this morning", "midnight tonight", "Three Days Ago", "a few weeks ago",
    "the coming months", "Yesterday", "the past weekend", "the day before", "the summer of 2021",
    "over the winter", "the first days of January", "before the end of the year",
    "the end of the first quarter of next year", "at its April meeting", "the floods of 2019,",
    "this season", "the 2023-24 season", "third-quarter", "the fourth quarter", "next quarter",
    "late 2027", "mid-2019", "shortly after midnight", "overnight into Tuesday",
    "Twenty-two years ago", "eleven months ago", "the 2015 floods", "late on Tuesday",
    "until at least June", "the 30 of June of 2024", "the month of October of the past year",
    "between 1963 and 1997", "from 1940 to 1954", "1998-99", "the 1980s", "the late 1990s",
    "earlier this month", "later this year", "over the weekend", "the last three months of 2024",
    "July was", "the 2018 constitution",
]  # fmt: skip


@pytest.mark.parametrize("example", EXAMPLES)
def test_every_match_holds_its_gate(example: str) -> None:
    matched = 0
    for regex, _, gate in RULES:
        for match in regex.finditer(example):
            matched += 1
            assert gate.search(match.group()) is not None, (regex.pattern, match.group())
    assert matched  # every example is a date form
