"""check asks whether a date block's finding is `tz-plausible` without building the finding
(reconciler/dates.py tz_plausible, issue 15): the answer is the finding's."""

from __future__ import annotations

from natoiraq.reconciler import Index
from natoiraq.reconciler.dates import date_finding, tz_plausible
from natoiraq.validator import load_corpus
from tests.conftest import REPO


def test_tz_plausible_is_the_findings_reason_for_every_topic() -> None:
    corpus = load_corpus(REPO / "corpus", REPO).corpus
    assert corpus is not None
    for include_drafts in (False, True):
        index = Index.of(corpus, include_drafts=include_drafts)
        answers = {
            topic: tz_plausible(index, topic, members) for topic, members in index.dates.items()
        }
        expected = {
            topic: "tz-plausible" in date_finding(index, topic, members).reasons
            for topic, members in index.dates.items()
        }
        assert answers == expected
        assert any(answers.values())  # the corpus has a one-day conflict time zones explain
