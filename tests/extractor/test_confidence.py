"""Which draft dates and counts the extractor links on evidence, and which are guesses.

A guess is never `contradicted` by check (docs/verdicts.md, "Confidence"). Each rule has an
example it must fix, a second one it should also fix, and one it must not touch.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from natoiraq.extractor import extract_claims
from natoiraq.models import Registry
from natoiraq.validator import load_corpus
from tests.conftest import REPO

PUBLISHED = dt.date(2020, 1, 6)


@cache
def registry() -> Registry:
    loaded = load_corpus(REPO / "corpus", REPO)
    assert loaded.corpus is not None
    return loaded.corpus.registry


def _link(text: str, exact: str) -> tuple[str, bool]:
    """(topic, confident) of the claim whose evidence is `exact`."""
    found = extract_claims(text, registry(), PUBLISHED)
    [claim] = [c for c in found.claims if c.evidence.exact == exact]
    return claim.topic, claim.id not in found.guessed


@pytest.mark.parametrize(
    ("text", "exact", "topic", "confident"),
    [
        # The date inside the event's mention.
        ("Trump made a call in January to the alliance.", "January",
         "trump-nato-call-2020-01-08", True),
        # Two of the event's words around the date ("drone strike ... killed").
        ("The U.S. drone strike on Jan. 5 that killed Iranian General Qasem Soleimani shook "
         "the region.", "Jan. 5", "soleimani-strike", True),
        ("Officials said the drone strike on January 3 killed the general near the airport.",
         "January 3", "soleimani-strike", True),
        # A second event named in the sentence, far from the date: a guess, not the vote.
        ("The January 3 strike that killed Iranian General Qasem Soleimani sparked outrage in "
         "Baghdad and a vote by the Iraqi parliament to oust all foreign troops.", "January 3",
         None, False),
        # A date relative to publication is a doubt by nature.
        ("The strike that killed Soleimani last Friday shook the region.", "last Friday",
         "soleimani-strike", False),
    ],
)  # fmt: skip
def test_date_links(text: str, exact: str, topic: str | None, confident: bool) -> None:
    found_topic, found_confident = _link(text, exact)
    assert found_confident is confident
    if topic is not None:
        assert found_topic == topic


@pytest.mark.parametrize(
    ("text", "exact", "topic", "confident"),
    [
        # The only quantity of the unit family.
        ("Troops come from the 29-member alliance.", "29-member alliance", "nato-member-count",
         True),
        # One quantity of the family stands out by its words and its unit.
        ("The mission has 5,000 personnel in the country.", "5,000 personnel", "nmi-personnel",
         True),
        # Two quantities tie: the mission's size and U.S. troops in Iraq.
        ("In 2018, NATO agreed to start a training mission in Iraq involving around 500 troops.",
         "around 500 troops", None, False),
    ],
)  # fmt: skip
def test_count_links(text: str, exact: str, topic: str | None, confident: bool) -> None:
    found_topic, found_confident = _link(text, exact)
    assert found_confident is confident
    if topic is not None:
        assert found_topic == topic


@pytest.mark.parametrize(
    "text",
    ["Jan. 5", " Jan. 5 ", "On\n\nJan. 5", "x" * 50 + " Jan. 5 " + "y" * 50, "3 troops"],
)
def test_a_claim_at_the_edge_of_its_text_links_without_error(text: str) -> None:
    # A window cut at the start or end of the text, or mid-word (found by the dev set).
    found = extract_claims(text, registry(), PUBLISHED)
    assert all(c.evidence.start >= 0 for c in found.claims)
