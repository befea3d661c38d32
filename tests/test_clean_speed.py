"""Cleaner and date patterns with look-aheads for their first character: the same matches."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from natoiraq.clean import (
    CAPTION_RE,
    EDITED_NOTE_RE,
    NEWSLETTER_SIGNOFF_RE,
    PROMO_RE,
    READER_PROMPT_RE,
    SOCIAL_RE,
)
from natoiraq.text import DMY_RE, ISO_DATE_RE, MDY_RE

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("evalsets/dev/seeds/*.txt"))
#: Each fast pattern and the look-ahead it opens with; without it, the pattern as it was.
LOOK_AHEADS = {
    "social": (SOCIAL_RE, "(?=[fls])"),
    "promo": (PROMO_RE, "(?=[swlkcft])"),
    "reader-prompt": (READER_PROMPT_RE, "(?=[itl])"),
    "caption": (CAPTION_RE, "(?=[(cpi])"),
    "newsletter-sign-off": (NEWSLETTER_SIGNOFF_RE, "(?=[tfswy])"),
    "edited-note": (EDITED_NOTE_RE, "(?=(?i:[tqarlsec]))"),
    "mdy": (MDY_RE, "(?=[ADFJMNOS])"),
    "dmy": (DMY_RE, r"(?=\d)"),
    "iso": (ISO_DATE_RE, "(?=[12])"),
}
MADE = (
    "Follow us on Twitter. ſhare this article! LIKE our feed. Feb 12,2020; 12th of February, "
    "2020; 2020-02-16; 31 Dec 1999; May 5 2021; x2020-01-01; Sept. 3, 2019. Stay tuned; WATCH "
    "our live coverage. This is a developing ſtory. If you liked this, tell us what you think "
    "in the comments. (Photo: AP) Click to enlarge. Image courtesy of NATO. picture by ſtaff. "
    "THAT’S ALL for today. ſee you next week; forward it to a friend. Thanks for reading! "
    "Were you forwarded this? You're receiving this because you subscribed. The interview has "
    "been edited for length. ſlightly condensed for clarity. Remarks have been edited for style."
)


@pytest.mark.parametrize("name", LOOK_AHEADS)
def test_look_ahead_changes_no_match(name: str) -> None:
    fast, ahead = LOOK_AHEADS[name]
    assert fast.pattern.startswith(ahead)
    plain = re.compile(fast.pattern[len(ahead) :], fast.flags)
    for text in [MADE] + [path.read_text(encoding="utf-8") for path in TEXTS]:
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ]


@pytest.mark.parametrize("first", ["fls", "swlkcft", "itl", "(cpi", "tfswy", "tqarlsec"])
def test_look_ahead_folds_case_as_the_words_do(first: str) -> None:
    # Under IGNORECASE the class must admit exactly the characters the words' first letters
    # match ("ſ" matches "s"): checked over every code point.
    ahead = re.compile(f"[{re.escape(first)}]", re.IGNORECASE)
    letters = [re.compile(re.escape(c), re.IGNORECASE) for c in first]
    chars = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert [c for c in chars if bool(ahead.match(c)) != any(x.match(c) for x in letters)] == []
