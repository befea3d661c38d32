"""Stage 3d: the decision rules for actors and objects, each on invented sentences.

Every rule has the sentence it was written for, a second sentence it must also fix and one it
must leave alone. The registry is invented here (a river-observer organisation and a country
nobody reports on), so no test leans on the corpus or on the development set's words.
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
            {"id": "rivo", "type": "organisation", "name": "River Observers Organisation",
             "aliases": ["RIVO"]},
            {"id": "rivo-director", "type": "office", "name": "RIVO Director General",
             "aliases": ["the Director General"]},
            {"id": "rivo-mission-vantoria", "type": "mission", "name": "RIVO Mission Vantoria"},
            {"id": "vantoria", "type": "country", "name": "Vantoria", "aliases": ["Vantorian"]},
            {"id": "vantoria-government", "type": "organisation",
             "name": "Government of Vantoria", "aliases": ["the Vantorian government"]},
            {"id": "vantoria-parliament", "type": "organisation",
             "name": "National Assembly of Vantoria", "aliases": ["the Vantorian parliament"]},
            {"id": "ana-dunn", "type": "person", "name": "Ana Dunn", "aliases": ["Dunn"]},
            {"id": "luis-perez", "type": "person", "name": "Luis Perez", "aliases": ["Perez"]},
        ],
        "events": [
            {"id": "water-treaty-signing", "name": "Signing of the Vantoria Water Treaty"},
        ],
        "topics": [
            {"id": "vantoria-water-treaty", "name": "Vantoria Water Treaty"},
            {"id": "dunn-resignation", "name": "Ana Dunn's resignation"},
            {"id": "perez-resignation", "name": "Luis Perez's resignation"},
        ],
    }
)  # fmt: skip


def decided(text: str) -> list[tuple[str, str, str, bool]]:
    return decisions_in(text, REGISTRY, dt.date(2024, 5, 6))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The object is the item the phrase names, not an event whose name holds more words.
        ("RIVO signed the Vantoria Water Treaty on Monday.",
         ("rivo", "sign", "vantoria-water-treaty", False)),
        ("The Vantorian government will ratify the Vantoria Water Treaty next year.",
         ("vantoria-government", "ratify", "vantoria-water-treaty", False)),
        # Left alone: a phrase that names no registry item stays a proposed slug.
        ("RIVO signed a fishing accord on Monday.", ("rivo", "sign", "fishing-accord", False)),
    ],
)  # fmt: skip
def test_object_prefers_the_item_named_most_closely(
    text: str, expected: tuple[str, str, str, bool]
) -> None:
    assert decided(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the resignation" is the resignation of the person the article names.
        ("Ana Dunn told staff she was leaving. The Vantorian government accepted the "
         "resignation on Friday.", "dunn-resignation"),
        ("Luis Perez wrote to the cabinet. The Vantorian government accepted the resignation "
         "within hours.", "perez-resignation"),
        # Left alone: with neither person named, no resignation is chosen for it.
        ("The Vantorian government accepted the resignation on Friday.", "resignation"),
    ],
)  # fmt: skip
def test_object_ties_broken_by_the_article(text: str, expected: str) -> None:
    assert [d[2] for d in decided(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The article names both RIVO and Vantoria: "its training" is RIVO's mission there.
        ("RIVO has halted its training of Vantorian police after the riots.",
         ("rivo", "suspend", "rivo-mission-vantoria", False)),
        ("RIVO said in Vantoria on Monday that the training was on hold.",
         ("rivo", "suspend", "rivo-mission-vantoria", False)),
        # Left alone: without Vantoria the training is not that mission's.
        ("RIVO has halted its training of river wardens after the floods.",
         ("rivo", "suspend", "training", False)),
    ],
)  # fmt: skip
def test_mission_named_by_its_entities(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert decided(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "we" of an office holder is the office's organisation, though the partner is named
        # more often.
        ("The Director General met the Vantorian government. He praised the Vantorian "
         "government. \"We will stay in Vantoria as long as we are welcome,\" he said.", "rivo"),
        ("The Director General spoke after talks with the Vantorian government in the capital. "
         "\"We will suspend the patrols on the river,\" the Director General said.", "rivo"),
        # Left alone: with no office named, "we" is the organisation named as an agent.
        ("The Vantorian government met donors on Monday. \"We will suspend the levy,\" a "
         "spokesman said.", "vantoria-government"),
    ],
)  # fmt: skip
def test_we_speaks_for_the_office_holders_organisation(text: str, expected: str) -> None:
    assert [d[0] for d in decided(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A demand's complement: the demander decides (docs/annotation.md, "planned").
        ("The Vantorian parliament voted on Monday to ask the government to expel all foreign "
         "troops from Vantoria.", ("vantoria-parliament", "withdraw", "vantoria", False)),
        ("Vantorian lawmakers approved a resolution calling for all foreign troops to leave "
         "the country.", ("vantoria-parliament", "withdraw", "vantoria", False)),
        # Left alone: the demand is in another sentence, so the government decides.
        ("The Vantorian parliament asked about the plan. The Vantorian government will expel "
         "all foreign troops from Vantoria.", ("vantoria-government", "withdraw", "vantoria",
                                              False)),
    ],
)  # fmt: skip
def test_demand_complement_is_the_demanders(
    text: str, expected: tuple[str, str, str, bool]
) -> None:
    assert decided(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country adjective modifies the collective noun that acts.
        ("Vantorian lawmakers rejected the water budget on Tuesday.", "vantoria-parliament"),
        ("Vantorian officials rejected the water budget on Tuesday.", "vantorian-officials"),
        # Left alone: the country itself acts.
        ("Vantoria rejected the water budget on Tuesday.", "vantoria"),
    ],
)
def test_country_adjective_with_a_collective_noun(text: str, expected: str) -> None:
    assert [d[0] for d in decided(text)] == [expected]


def test_vote_without_what_was_voted_is_not_a_decision() -> None:
    assert decided("The Vantorian parliament voted on Monday after a long debate.") == []
    assert decided("The Vantorian parliament voted on the water budget.") != []
