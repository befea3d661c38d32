"""An event of several days (the reference gives its span): a source naming one of its days does
not exclude a draft naming another; outside the span the draft is still excluded."""

from __future__ import annotations

import datetime as dt

from tests.checker.test_check import check, claim_of
from tests.reconciler.test_reconcile import article, date

OPENED = article(
    "m", "The two-day meeting of NATO defence ministers opened in Brussels on Feb. 12.",
    date("d", "defence-ministerial-2020-02", "Feb. 12", "2020-02-12"), published="2020-02-12",
)  # fmt: skip
SPAN = {
    "id": "ministerial-days", "kind": "date", "topic": "defence-ministerial-2020-02",
    "date": {"earliest": "2020-02-12", "latest": "2020-02-13", "granularity": "day",
             "basis": "explicit"},
    "timezone": "Europe/Brussels", "source": "https://www.nato.int/",
}  # fmt: skip


def verdict(day: str) -> str:
    report = check(f"NATO defence ministers met in Brussels for their meeting on {day}.", OPENED,
                   facts=(SPAN,), published=dt.date(2020, 2, 14))  # fmt: skip
    return claim_of(report, "date").verdict


def test_another_day_of_the_event_is_supported() -> None:
    assert verdict("Feb. 13") == "supported"
    assert verdict("Feb. 12") == "supported"


def test_a_day_outside_the_event_is_still_excluded() -> None:
    assert verdict("Feb. 14") in ("contradicted", "contested")
