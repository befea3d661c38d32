"""A date inside a decision's words dates that decision: where its own link is a guess or
nothing, it goes to the one event whose participants include the decision's actor and whose
days it can fall in."""

from __future__ import annotations

import datetime as dt

from natoiraq.extractor import extract_claims
from tests.extractor.test_count_nationality import registry


def dates(body: str, published: dt.date) -> list[tuple[str, str, bool]]:
    text = f"# Iraq\n\nBy A. Writer, {published:%b. %d, %Y}\n\n{body}\n"
    extraction = extract_claims(text, registry(), published)
    return [(c.evidence.exact, c.topic, c.id in extraction.guessed)
            for c in extraction.claims if c.kind == "date"]  # fmt: skip


def test_a_date_inside_the_parliament_s_decision_dates_its_vote() -> None:
    found = dates("NATO paused its training mission. The Iraqi parliament on Jan. 5 demanded "
                  "that all foreign forces leave the country.", dt.date(2020, 1, 7))  # fmt: skip
    assert ("Jan. 5", "iraqi-parliament-vote-2020-01-05", False) in found


def test_a_date_the_event_cannot_hold_stays_as_it_was() -> None:
    # The vote was on 5 January: a decision of the parliament dated in March is not that vote.
    found = dates("NATO paused its training mission. The Iraqi parliament on March 3 demanded "
                  "that all foreign forces leave the country.", dt.date(2020, 3, 5))  # fmt: skip
    assert all(topic != "iraqi-parliament-vote-2020-01-05" for _, topic, _ in found)
