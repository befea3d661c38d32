"""A text that names none of the registry's stories is about another story: its descriptions ("the
regulator", "the airline") and the head nouns of its objects ("jobs", "the mine") are none of the
registry's items, which belong to stories the text never names (issue 10). Registry and sentences
are invented for these tests."""

from __future__ import annotations

import datetime as dt

from natoiraq.extractor import extract_claims
from natoiraq.models import Entity, Registry, Topic

HEAD = "Headline\n\nBy A. Writer\n\n"


def _registry() -> Registry:
    return Registry(
        entities=[
            Entity(id="velm-air-authority", type="organisation", name="Velm Air Authority",
                   aliases=["the regulator", "the authority"]),
            Entity(id="skyline-air", type="organisation", name="Skyline Air",
                   aliases=["the airline"]),
        ],
        topics=[
            Topic(id="skyline-grounding", name="Grounding of Skyline Air's jets",
                  triggers=["grounded", "jets"],
                  participants=["velm-air-authority", "skyline-air"]),
            Topic(id="skyline-jobs", name="Jobs at Skyline Air", triggers=["jobs"],
                  participants=["skyline-air"]),
        ],
    )  # fmt: skip


def _decisions(body: str) -> list[tuple[str, str, str]]:
    found = extract_claims(HEAD + body + "\n", _registry(), dt.date(2031, 3, 5))
    return [(c.value.actor, c.value.action, c.value.object)
            for c in found.claims if c.kind == "decision"]  # fmt: skip


def test_a_description_in_a_text_of_another_story_is_not_the_registrys() -> None:
    # Fix: a health story's regulator is not the aviation regulator; it is proposed.
    body = ("The regulator has approved a new vaccine for children under five, the health "
            "ministry said on Tuesday, after a trial of two years.")  # fmt: skip
    assert [actor for actor, _, _ in _decisions(body)] == ["regulator"]


def test_an_object_in_a_text_of_another_story_is_not_the_registrys() -> None:
    # Also fix: "jobs" in a mining story is not the airline's jobs topic.
    body = ("Ostra Mining said on Monday that it would cut about 600 jobs over the next two "
            "years as ore grades fall.")  # fmt: skip
    assert _decisions(body) == [("ostra-mining", "cut", "jobs")]


def test_a_description_in_a_text_of_the_story_is_read() -> None:
    # Must not touch: the text names the story (Skyline Air), so "the regulator" is its.
    body = ("Skyline Air grounded four jets on Monday after an engine fault. The regulator "
            "has ordered an inspection of the whole fleet, the airline said.")  # fmt: skip
    assert ("velm-air-authority", "order", "inspection") in _decisions(body)


def test_a_definite_noun_is_the_body_named_before_that_it_heads() -> None:
    # Holds with the story rule above: "the council" after "Harbourside council" is that
    # council, though the registry knows neither (a description of the registry's own council
    # is not read in a text that names none of its stories).
    body = ("Harbourside council adopted its budget on Wednesday. The council did not approve "
            "a proposal to close two leisure centres.")  # fmt: skip
    assert ("harbourside-council", "approve", "proposal") in _decisions(body)
    # Also: another body and noun.
    body = ("Ostra Mining Company cut 600 jobs on Monday. The company will close its oldest "
            "mine next year.")  # fmt: skip
    assert [actor for actor, _, _ in _decisions(body)] == ["ostra-mining-company"] * 2


def test_a_definite_noun_the_body_named_before_does_not_head_is_not_it() -> None:
    # Must not touch: "the council" after a company is not the company.
    body = ("Ostra Mining Company cut 600 jobs on Monday. The council did not approve its plan "
            "to close the mine.")  # fmt: skip
    assert ("ostra-mining-company", "approve", "plan") not in _decisions(body)
