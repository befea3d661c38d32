"""Stage 3d: decision rules of round 6: objects named by a pronoun, a gerund's "of" phrase or
a phrase opened by a number or a time noun, and the people a body adds.

Each rule has an invented sentence it was written for, a second it must also fix and one it
must leave alone. The registry is invented (a river town, its council, a ferry firm), so no
test leans on the seeds or on the development set's words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.models import Registry
from tests.extractor import decisions_in

REGISTRY = Registry.model_validate(
    {
        "version": 2,
        "entities": [
            {"id": "velden-council", "type": "organisation", "name": "Velden Town Council"},
            {"id": "velden-police", "type": "organisation", "name": "Velden Police"},
            {"id": "corra-ferries", "type": "organisation", "name": "Corra Ferries"},
            {"id": "brisk-holdings", "type": "organisation", "name": "Brisk Holdings"},
        ],
        "topics": [
            {"id": "velden-curfew", "name": "Velden curfew", "triggers": ["curfew"]},
            {"id": "velden-ferry-levy", "name": "Velden ferry levy", "triggers": ["levy"]},
            {"id": "brisk-offers", "name": "Brisk Holdings offers for Corra Ferries"},
            {"id": "velden-patrol-unit", "name": "Velden police patrol unit"},
            {"id": "river-market", "name": "Velden river market"},
        ],
        "events": [
            {"id": "velden-curfew-imposed", "name": "Imposition of the Velden curfew",
             "triggers": ["imposed", "curfew"], "participants": ["velden-council"]},
            {"id": "velden-curfew-lifted", "name": "Lifting of the Velden curfew",
             "triggers": ["lifted", "curfew"], "participants": ["velden-council"]},
        ],
    }
)  # fmt: skip
PUBLISHED = dt.date(2024, 4, 3)


def decided(text: str) -> list[tuple[str, str, str, bool]]:
    return decisions_in(text, REGISTRY, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" as the subject of "imposed" is the measure the last decision was about, not
        # the day it began (an event).
        ("Velden Town Council lifted the Velden curfew on Monday, a month after it was "
         "imposed.",
         [("velden-council", "lift", "velden-curfew", False),
          ("velden-council", "impose", "velden-curfew", False)]),
        ("Velden Town Council has lifted the Velden ferry levy, a year after it was imposed.",
         [("velden-council", "lift", "velden-ferry-levy", False),
          ("velden-council", "impose", "velden-ferry-levy", False)]),
        # Left alone: "it" with no decision before it is nobody's object.
        ("The river rose on Monday, a week after it was imposed.", []),
    ],
)  # fmt: skip
def test_it_in_the_passive_is_the_last_decisions_object(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A gerund's "of" phrase names the measure, not the day of the act.
        ("Velden Town Council said the lifting of the curfew changed nothing.",
         [("velden-council", "lift", "velden-curfew", False)]),
        ("Velden Town Council welcomed the lifting of the curfew on the river.",
         [("velden-council", "lift", "velden-curfew", False)]),
        # Left alone: an -ing form after an article with no "of" phrase is an adjective.
        ("Corra Ferries made an opening offer for the river market.", []),
    ],
)  # fmt: skip
def test_a_gerunds_of_phrase_names_a_topic(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number or a time noun opening the object phrase modifies the noun after it.
        ("Corra Ferries turned down two offers from Brisk Holdings in May.",
         [("corra-ferries", "reject", "brisk-offers", False)]),
        ("Velden Town Council lifted the night curfew on Monday.",
         [("velden-council", "lift", "velden-curfew", False)]),
        # Left alone: after the head a time word still ends the phrase ("the levy" is the
        # object, "two weeks" is how long).
        ("Velden Town Council suspended the Velden ferry levy two weeks ago.",
         [("velden-council", "suspend", "velden-ferry-levy", False)]),
    ],
)  # fmt: skip
def test_a_number_or_time_noun_opening_the_object_modifies_it(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Detectives, nurses, firefighters added "to" a unit are people added to it.
        ("Velden Police said it would add two detectives to its patrol unit next month.",
         [("velden-police", "add", "velden-patrol-unit", False)]),
        ("Velden Police will add six firefighters to its patrol unit.",
         [("velden-police", "add", "velden-patrol-unit", False)]),
        # Left alone: a number of things is no people ("add two stalls to the market" names
        # the stalls, no unit).
        ("Velden Town Council will not send two letters to Corra Ferries.", []),
    ],
)  # fmt: skip
def test_people_added_to_a_unit(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A present-tense "is/are closed" with no agent names a state.
        ("Velden Town Council said two river schools are shut.", []),
        ("Velden Police said the river market is closed in both directions.", []),
        # Left alone: the agent named, the act is a decision.
        # (Round 12: "every winter" would make it a habit, no decision.)
        ("The river market is closed by Velden Town Council until March.",
         [("velden-council", "close", "river-market", False)]),
    ],
)  # fmt: skip
def test_a_present_closed_with_no_agent_is_a_state(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle right after a noun, before its clause's verb, is a reduced relative.
        ("Velden Town Council said the schools closed this morning had flooded.", []),
        ("Velden Police said the clinic shut on Monday was empty.", []),
        # Left alone: the participle is the clause's own verb.
        ("Velden Town Council closed the river market this morning.",
         [("velden-council", "close", "river-market", False)]),
    ],
)  # fmt: skip
def test_a_reduced_relative_participle_decides_nothing(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The outlet's own reporting in the first person is narration.
        ("Velden Town Council has closed the river market. We are going to pause our live "
         "coverage here.",
         [("velden-council", "close", "river-market", False)]),
        ("Corra Ferries has suspended the Velden ferry levy. We will stop our updates at 6pm.",
         [("corra-ferries", "suspend", "velden-ferry-levy", False)]),
        # Left alone: a body's own work in the first person in a quote.
        ('"We will suspend the Velden ferry levy," Corra Ferries said.',
         [("corra-ferries", "suspend", "velden-ferry-levy", False)]),
    ],
)  # fmt: skip
def test_the_outlets_narration_decides_nothing(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


def test_a_mention_inside_a_longer_one_is_not_the_subject() -> None:
    from natoiraq.models import Entity

    registry = Registry(
        entities=[
            Entity(id="velmark", type="country", name="Velmark", aliases=["Velmarkian"]),
            Entity(id="velmark-parliament", type="organisation", name="Velmark Assembly",
                   aliases=["the Velmarkian parliament"]),
        ]
    )  # fmt: skip
    day = dt.date(2024, 5, 6)
    # Fix: "Velmarkian MPs" is the legislature; "Velmarkian" inside it names only its country.
    assert [d[0] for d in decisions_in(
        "Velmarkian MPs voted on Tuesday to suspend the ferry levy.", registry, day)
    ] == ["velmark-parliament"]  # fmt: skip
    # Must not touch: the country as the actor.
    assert [d[0] for d in decisions_in(
        "Velmark suspended the ferry levy on Tuesday.", registry, day)
    ] == ["velmark"]  # fmt: skip
