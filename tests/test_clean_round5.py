"""Stage 2, round 5: a page's "Published" line states the publication date (an "Updated" line
only when nothing else does), and a wire dateline's credit names the outlet. Each rule: a text
it fixes, a second one, one it must not touch. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.clean import clean_article

BODY = (
    "The harbour board voted on Tuesday to close the old ferry slip, its chair said.\n\n"
    "Work on the new pontoon will start next month.\n"
)


def _page(stamp: str) -> str:
    return f"Ferry slip to close\n\nBy A Writer\n{stamp}\n\n{BODY}"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Published 13 February 2020", dt.date(2020, 2, 13)),
        ("Published: 13 Feb 2020 14:05", dt.date(2020, 2, 13)),
        ("First published on 13 February 2020", dt.date(2020, 2, 13)),
        # An update line gives the date only when nothing else does; a "Published" line wins.
        ("Updated 14 February 2020", dt.date(2020, 2, 14)),
        ("Updated 14 February 2020\nPublished 13 February 2020", dt.date(2020, 2, 13)),
        # A live page's age says no date.
        ("Updated 3 hours ago", None),
    ],
)
def test_publication_line_states_the_date(stamp: str, expected: dt.date | None) -> None:
    text = _page(stamp)
    cleaned = clean_article(text)
    assert (cleaned.published.date if cleaned.published else None) == expected
    dropped = {text[b.start : b.end]: b.reason for b in cleaned.boilerplate}
    for line in stamp.splitlines():
        assert dropped[line] == "dateline"  # furniture, never body


def test_a_byline_date_beats_an_update_line() -> None:
    text = f"Ferry slip to close\n\nBy A Writer - Feb 12, 2020\nUpdated 14 February 2020\n\n{BODY}"
    published = clean_article(text).published
    assert published is not None and published.date == dt.date(2020, 2, 12)


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("HALDEN, March 4 (Coastline News) - ", "Coastline News"),
        ("KESTOR (Ridge Wire) -- ", "Ridge Wire"),
        ("(WKVL) - ", "WKVL"),
        # A date in the brackets, or no credit at all: no outlet.
        ("HALDEN (Feb. 14) - ", None),
        ("", None),
    ],
)
def test_dateline_credit_names_the_outlet(opening: str, outlet: str | None) -> None:
    text = f"Ferry slip to close\n\nBy A Writer\n\n{opening}{BODY}"
    assert clean_article(text).outlet == outlet
