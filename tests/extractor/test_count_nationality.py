"""A country named between a number and a noun of deployed people says whose they are
("several thousand Iraqi instructors" trained by the mission are not the mission's
personnel); a quantity fits only if it lists that place or says it in its own words. Of
things, a place says where they are, and changes nothing."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from natoiraq.extractor import extract_claims
from natoiraq.models import Registry
from natoiraq.validator import load_corpus

REPO = Path(__file__).resolve().parents[2]


@cache
def registry() -> Registry:
    loaded = load_corpus(REPO / "corpus", REPO)
    assert loaded.corpus is not None
    return loaded.corpus.registry


def count_topic(body: str, exact: str) -> str:
    text = f"# NATO in Iraq\n\nBy A. Writer, Feb. 14, 2020\n\n{body}\n"
    extraction = extract_claims(text, registry(), dt.date(2020, 2, 14))
    found = [c.topic for c in extraction.claims if c.kind == "count" and exact in c.evidence.exact]
    assert len(found) == 1, [(c.kind, c.evidence.exact) for c in extraction.claims]
    return found[0]


@pytest.mark.parametrize(
    ("body", "exact"),
    [
        ("NATO Mission Iraq has trained several thousand Iraqi instructors since 2018.",
         "several thousand"),
        ("Over two years the NATO mission trained 5,000 Iraqi officers and 300 Iraqi trainers.",
         "300"),
    ],
)  # fmt: skip
def test_the_mission_s_trainees_are_not_its_personnel(body: str, exact: str) -> None:
    assert count_topic(body, exact) != "nmi-personnel"


def test_the_mission_s_own_trainers_are_still_its_personnel() -> None:
    body = "NATO Mission Iraq, which has about 500 trainers, paused its work."
    assert count_topic(body, "500") == "nmi-personnel"


def test_a_nationality_the_quantity_lists_still_fits() -> None:
    body = "The United States has about 5,200 U.S. troops stationed in Iraq."
    assert count_topic(body, "5,200") == "us-troops-in-iraq"


def test_a_participant_alone_links_only_a_noun_the_quantity_lists() -> None:
    # "Washington" names the United States, a participant of U.S. troops, but the centre's
    # staff are no troops: the quantity lists troops, soldiers, forces, not staff.
    body = "CTSS is an independent research centre with 23 staff in Brussels and Washington."
    assert count_topic(body, "23") != "us-troops-in-iraq"
    # The quantity's own noun with its participant still links.
    assert count_topic("The United States has 5,200 troops in Iraq.", "5,200") == (
        "us-troops-in-iraq"
    )


def test_people_from_a_named_group_are_its_part_a_guess() -> None:
    text = ("# NATO in Iraq\n\nBy A. Writer, Feb. 14, 2020\n\nSgt. Okafor is one of 40 soldiers "
            "from the 338th Engineer Company attached to NATO Mission Iraq.\n")  # fmt: skip
    extraction = extract_claims(text, registry(), dt.date(2020, 2, 14))
    # "is one of 40 soldiers" says what Okafor is: no count of one.
    counts = [c for c in extraction.claims if c.kind == "count"]
    assert [c.evidence.exact for c in counts] == ["40 soldiers"]
    assert counts[0].topic == "unassigned" or counts[0].id in extraction.guessed
    assert "338th Engineer Company" in (counts[0].doubt or "")


@pytest.mark.parametrize("body", ["The 30-nation alliance met.", "The 28-country alliance met."])
def test_a_count_compound_s_head_names_its_owner(body: str) -> None:
    # "the alliance" is NATO in a text that names NATO: its nations are NATO's members.
    assert count_topic(f"NATO ministers met in Brussels. {body}", "alliance") == "nato-member-count"


def test_a_compound_head_the_text_does_not_name_is_no_owner() -> None:
    assert count_topic("NATO ministers met. A 12-member panel met too.", "panel") == "unassigned"
