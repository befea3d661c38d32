"""How values read in a sentence an editor sees: dates, day spans and counts."""

from __future__ import annotations

import datetime as dt

from natoiraq.models import CountValue, DateValue


def day_text(day: dt.date) -> str:
    """ "3 January 2020"."""
    return f"{day.day} {day:%B %Y}"


def format_date(value: DateValue) -> str:
    """A date value as an editor reads it ("3 January 2020", "1-10 January 2020", "2018")."""
    lo, hi = value.earliest, value.latest
    if lo is None or hi is None:
        return "an unresolved date"
    if lo == hi:
        return day_text(lo)
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year:
        return str(lo.year)
    one_month = (lo.year, lo.month) == (hi.year, hi.month)
    if one_month and lo.day == 1 and (hi + dt.timedelta(days=1)).day == 1:
        return f"{lo:%B %Y}"
    if one_month:
        return f"{lo.day}-{hi.day} {lo:%B %Y}"
    return f"{day_text(lo)} to {day_text(hi)}"


def format_count(value: CountValue) -> str:
    """A count value as an editor reads it ("450-550 troops", "29 members")."""
    if value.high is None:
        return f"{value.low} or more {value.unit}"
    if value.low == value.high:
        return f"{value.low} {value.unit}"
    return f"{value.low}-{value.high} {value.unit}"
