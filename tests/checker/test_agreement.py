"""Reconcile and check read one set of rules: for any pair of claims of one topic, what
reconcile finds of the pair and what check says of one claim against the other agree."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from natoiraq.checker import judge_claims
from natoiraq.models import CountClaim, DateClaim
from natoiraq.reconciler import reconcile
from tests.reconciler.test_reconcile import article, corpus, count, date

DAY0 = dt.date(2020, 1, 1)
EXPECTED = {"agree": "supported", "compatible": "supported", "conflict": "contradicted"}


def _days(lo: int, width: int) -> tuple[str, str]:
    return (DAY0 + dt.timedelta(days=lo)).isoformat(), (
        DAY0 + dt.timedelta(days=lo + width)
    ).isoformat()


spans = st.tuples(st.integers(0, 20), st.integers(0, 6))


@settings(max_examples=60, deadline=None)
@given(a=spans, b=spans)
def test_dates_of_one_topic(a: tuple[int, int], b: tuple[int, int]) -> None:
    (a_lo, a_hi), (b_lo, b_hi) = _days(*a), _days(*b)
    first = article(
        "a", "It happened on day A.", date("d", "soleimani-strike", "day A", a_lo, a_hi)
    )
    second = article(
        "b", "It happened on day B.", date("d", "soleimani-strike", "day B", b_lo, b_hi)
    )
    finding = next(f for f in reconcile(corpus(first, second)).findings if f.kind == "date")
    claim = first.article.claims[0]
    assert isinstance(claim, DateClaim)
    judged = judge_claims(first.text, [claim], corpus(second))[0]
    assert judged.verdict == EXPECTED[finding.verdict], (finding.verdict, judged.explanation)
    assert judged.finding == finding.id


@settings(max_examples=60, deadline=None)
@given(
    a=st.tuples(st.integers(1, 900), st.integers(0, 300)),
    b=st.tuples(st.integers(1, 900), st.integers(0, 300)),
    units=st.sampled_from(
        [("troops", "soldiers"), ("troops", "trainers"), ("personnel", "troops")]
    ),
)
def test_counts_of_one_quantity_in_one_unit_family(
    a: tuple[int, int], b: tuple[int, int], units: tuple[str, str]
) -> None:
    first = article(
        "a",
        "There are N1 of them.",
        count("c", "nmi-personnel", "N1", a[0], a[0] + a[1], unit=units[0]),
    )
    second = article(
        "b",
        "There are N2 of them.",
        count("c", "nmi-personnel", "N2", b[0], b[0] + b[1], unit=units[1]),
    )
    findings = [f for f in reconcile(corpus(first, second)).findings if f.kind == "count"]
    assert len(findings) == 1, "one quantity and unit family is one finding"
    claim = first.article.claims[0]
    assert isinstance(claim, CountClaim)
    judged = judge_claims(first.text, [claim], corpus(second))[0]
    assert judged.verdict == EXPECTED[findings[0].verdict]
    assert judged.finding == findings[0].id == "count:nmi-personnel"
