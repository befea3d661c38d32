"""Finding ids come from content: adding or removing an article leaves the others' ids alone."""

from __future__ import annotations

from natoiraq.reconciler import reconcile
from tests.reconciler.test_reconcile import article, corpus, date, quote

SAID = "In everything that we do in Iraq, the safety of our personnel is paramount."
OTHER = "We will continue to fight international terrorism in every way we can."
A = article(
    "a",
    f"“{SAID}” he said. It was on January 3.",
    quote("q", SAID),
    date("d", "soleimani-strike", "January 3", "2020-01-03"),
)
B = article("b", f"“{OTHER}” he said.", quote("q", OTHER))
C = article("c", f"“{SAID}” he said.", quote("q", SAID))
EARLY = article(
    "0",
    "“Training is suspended for now, while we review the situation,” he said.",
    quote("q", "Training is suspended for now, while we review the situation,"),
)


def _ids(*records: object) -> set[str]:
    return {f.id for f in reconcile(corpus(*records)).findings}  # type: ignore[arg-type]


def test_adding_an_article_keeps_the_ids_of_findings_it_is_not_part_of() -> None:
    before = _ids(A, B)
    after = _ids(EARLY, A, B)
    assert before <= after
    assert after - before == {"quote:jens-stoltenberg:0:q"}


def test_removing_an_article_keeps_the_other_ids() -> None:
    assert _ids(A, B) - {"quote:jens-stoltenberg:c:q"} <= _ids(A, B, C)
    assert "quote:jens-stoltenberg:a:q" in _ids(A, C)
    assert _ids(B) == {"quote:jens-stoltenberg:b:q"}
