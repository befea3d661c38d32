"""Stage 2: the cleaner's substring gates (clean._may_hold) only save time: every match of the
gated patterns holds one of the gate's words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from natoiraq.clean import (
    CAPTION_RE,
    CAPTION_WORDS,
    SOCIAL_RE,
    SOCIAL_WORDS,
    _lines,
    _may_hold,
)

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted(
    [*(ROOT / "seeds").glob("*.txt"), *(ROOT / "evalsets").glob("*/seeds/*.txt"),
     *(ROOT / "evalsets" / "check").glob("*.md")]
)  # fmt: skip
MADE_UP = [
    "Follow us on Twitter for updates.", "SHARE THIS ARTICLE", "Like our feed to find out more!",
    "(Photo: Reuters)", "Click to enlarge", "IMAGE courtesy of the council", "Picture by J. Lind",
    # Outside ASCII re.I folds more than str.lower: the long s is an "s", the Kelvin sign a "k".
    "ſhare this story", "Li\u212ae this article", "“Follow us on Telegram”",
]  # fmt: skip
GATES = [(SOCIAL_RE, SOCIAL_WORDS), (CAPTION_RE, CAPTION_WORDS)]


@pytest.mark.parametrize(("pattern", "words"), GATES)
def test_every_match_opens_the_gate(pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    lines = MADE_UP + [line.text for path in TEXTS for line in _lines(path.read_text("utf-8"))]
    assert any(pattern.search(line) for line in MADE_UP)
    for line in lines:
        if pattern.search(line):
            assert _may_hold(line, words), line


def test_the_gate_rejects_ascii_lines_without_the_words() -> None:
    assert not _may_hold("The council met on Monday.", SOCIAL_WORDS)
    assert _may_hold("The council met on Monday, said the “chair”.", SOCIAL_WORDS)
