"""compare.quotes.shares_run: a kept opening of a real sentence ties a draft quote to it."""

from __future__ import annotations

import pytest

from natoiraq.compare.quotes import shares_run
from natoiraq.text import fold_quote


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("We suspend the activity now, but we will be ready to resume it",
         "We suspend the activity now, and we will not resume it until asked", True),
        # Five in a row, but only two content words: set phrases are everybody's.
        ("It is what we do in the end", "we do in the meantime what we can", False),
        ("the training mission in Iraq will go on", "our training mission in Iraq is over", False),
        ("short", "short", False),
        ("NATO will stay in Iraq as long as it is welcome",
         "As long as it is welcome, NATO will stay in Iraq", True),
    ],
)  # fmt: skip
def test_shares_run(a: str, b: str, expected: bool) -> None:
    assert shares_run(fold_quote(a), fold_quote(b)) is expected
    assert shares_run(fold_quote(b), fold_quote(a)) is expected
