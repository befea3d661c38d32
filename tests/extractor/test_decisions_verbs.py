"""Stage 3d: round 3 of decision rules for text nobody here wrote (verb vocabulary, generic
head nouns, courts, light verbs, amounts, events).

Each rule has an invented sentence it was written for, a second one it also fixes and one it
must leave alone. The registry is invented (a rowing club, a regional assembly, a court, a
water board) so no test leans on the seeds or on the development set's words.
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
            {"id": "quill-rc", "type": "organisation", "name": "Quillon Rowing Club"},
            {"id": "marlo-ac", "type": "organisation", "name": "Marlo Athletic AC (invented)",
             "aliases": ["Marlo Athletic"]},
            {"id": "fen-assembly", "type": "organisation", "name": "Fenmoor Regional Assembly"},
            {"id": "fen-water", "type": "organisation", "name": "Fenmoor Water Board"},
            {"id": "tolby-court", "type": "organisation", "name": "Tolby Magistrates Court"},
            {"id": "pell-judge", "type": "person", "name": "Ravi Pell",
             "aliases": ["Judge Ravi Pell"]},
            {"id": "corvia", "type": "country", "name": "Corvia"},
            {"id": "dunhaven", "type": "country", "name": "Dunhaven"},
            {"id": "orsk", "type": "country", "name": "Orsk"},
            {"id": "fen-water-regulator", "type": "organisation", "name": "Fenmoor Regulator"},
        ],
        "topics": [
            {"id": "quill-boathouse-fee", "name": "The boathouse fee",
             "triggers": ["fee"], "participants": ["quill-rc"]},
            {"id": "hosepipe-ban", "name": "Fenmoor ban on hosepipes",
             "triggers": ["ban", "hosepipes"], "participants": ["fen-water"]},
            {"id": "dog-ban", "name": "Ban on dogs on Fenmoor beaches", "triggers": ["ban"],
             "participants": ["fen-water"]},
            {"id": "leak-fine", "name": "Fine on the water board over leaks",
             "triggers": ["fined", "fine"], "participants": ["fen-water"]},
            {"id": "grey-sentence", "name": "Ann Grey's sentence",
             "triggers": ["jailed", "sentence"],
             "participants": ["tolby-court", "pell-judge"]},
            {"id": "mill-takeover", "name": "Fenmoor Water's acquisition of Mill Pumps",
             "triggers": ["acquire", "acquisition", "takeover"], "participants": ["fen-water"]},
            {"id": "reservoir-fund", "name": "Reservoir repair fund",
             "triggers": ["fund", "pledged"],
             "participants": ["fen-water"]},
            {"id": "cancelled-sailings", "name": "Cancelled ferry sailings",
             "triggers": ["sailings"], "participants": ["quill-rc"]},
            {"id": "corvia-presence", "name": "Foreign troops in Corvia",
             "participants": ["corvia"]},
        ],
        "events": [
            {"id": "quill-regatta-2024", "name": "Quillon regatta 2024",
             "triggers": ["regatta"],
             "participants": ["quill-rc", "fen-water"]},
            {"id": "assembly-session", "name": "Special session of the Fenmoor assembly",
             "triggers": ["session", "meet", "meeting"],
             "participants": ["fen-assembly"]},
            {"id": "ferry-storm-2024", "name": "The storm that stopped the ferry sailings",
             "participants": ["quill-rc"]},
        ],
    }
)  # fmt: skip
PUBLISHED = dt.date(2024, 9, 2)


def decided(text: str) -> list[tuple[str, str, str, bool]]:
    return decisions_in(text, REGISTRY, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A penalty is imposed; the verb's noun names the item (the ban, the fine).
        ("Fenmoor Water Board voted on Monday to ban hosepipes for the summer.",
         [("fen-water", "impose", "hosepipe-ban", False)]),
        ("Fenmoor Water Board was fined £40,000 by the Fenmoor Regulator in May.",
         [("fen-water-regulator", "impose", "leak-fine", False)]),
        # Left alone: a ban named by a compound modifier is a noun, not a verb.
        ("Fenmoor Water Board said the two-week ban would end soon.", []),
    ],
)  # fmt: skip
def test_penalties_are_imposed(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Acts no action names are `agree`, their object the act the verb triggers.
        ("Fenmoor Water Board said it would acquire Mill Pumps next year.",
         [("fen-water", "agree", "mill-takeover", False)]),
        ("Fenmoor Water Board has agreed to acquire Mill Pumps.",
         [("fen-water", "agree", "mill-takeover", False)]),
        # Left alone: "in charge of" and "released a statement" are no acts.
        ("Fenmoor Water Board released a statement and stays in charge of the pumps.", []),
    ],
)  # fmt: skip
def test_acts_without_an_action_are_agreed(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A penalty in the passive is the court's, the nearest court named.
        ("Ann Grey, 41, has been jailed for six years at Tolby Magistrates Court.",
         [("tolby-court", "impose", "grey-sentence", False)]),
        ("Ann Grey was jailed on Friday. Judge Ravi Pell called the theft cruel.",
         [("pell-judge", "impose", "grey-sentence", False)]),
        # Left alone: no court or judge named, no one to read as the actor.
        ("Ann Grey, 41, has been jailed for six years.", []),
    ],
)  # fmt: skip
def test_the_court_passes_a_sentence(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A generic head noun is the organisation named before that the noun heads.
        ("Quillon Rowing Club lost again. Its captain said the club would cut the boathouse "
         "fee.", [("quill-rc", "cut", "quill-boathouse-fee", False)]),
        # ... an acronym's last letter stands for it ("AC": athletic club).
        ("Marlo Athletic drew. Its coach said the club would cut the boathouse fee.",
         [("marlo-ac", "cut", "boathouse-fee", False)]),
        # Left alone: no earlier name that "the club" heads; the noun is proposed.
        ("Fenmoor Water Board met. A rower said the club would cut the boathouse fee.",
         [("club", "cut", "quill-boathouse-fee", False)]),
    ],
)  # fmt: skip
def test_generic_head_noun_is_the_organisation_named_before(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "agreed to meet" holds the meeting the verb triggers.
        ("Fenmoor Regional Assembly agreed to meet again in October.",
         [("fen-assembly", "hold", "assembly-session", False)]),
        ("Fenmoor Regional Assembly decided on Friday to meet in October.",
         [("fen-assembly", "hold", "assembly-session", False)]),
        # Left alone: "meet" with no light verb before it reports, it decides nothing.
        ("Fenmoor Regional Assembly will meet in October.", []),
    ],
)  # fmt: skip
def test_agreed_to_meet_is_hold(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ending a presence or removing forces is a withdrawal from the story's country.
        ("Fenmoor Regional Assembly voted to ask the government to end the presence of foreign "
         "troops in Corvia.", [("fen-assembly", "withdraw", "corvia", False)]),
        ("Fenmoor Regional Assembly voted to ask the government to remove all foreign forces "
         "from Corvia.", [("fen-assembly", "withdraw", "corvia", False)]),
        # Left alone: a thing that would end it is no actor.
        ("A bill in Corvia that would, if passed, end the presence of Orsk troops.", []),
    ],
)  # fmt: skip
def test_ending_a_presence_is_withdrawal(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Coordinated subjects each decide; an amount's "in" phrase, else the verb, names it.
        ("Dunhaven and Orsk pledged a further $10 million to the Fenmoor Water Board.",
         [("dunhaven", "add", "reservoir-fund", False),
          ("orsk", "add", "reservoir-fund", False)]),
        ("Fenmoor Water Board has withheld £2 million in repair fund payments.",
         [("fen-water", "suspend", "reservoir-fund", False)]),
        # Left alone: "pledged to" is a light verb with nothing decided after it.
        ("Dunhaven pledged to be patient.", []),
    ],
)  # fmt: skip
def test_amounts_name_no_object(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb coordinated with a decision shares its subject.
        ("Fenmoor Water Board imposed a ban on dogs and ordered a review of the regatta.",
         [("fen-water", "impose", "dog-ban", False),
          ("fen-water", "order", "quill-regatta-2024", False)]),
        # An event is the object only of holding or calling it off.
        ("Quillon Rowing Club cancelled the regatta.",
         [("quill-rc", "suspend", "quill-regatta-2024", False)]),
        # Left alone: an event named after the object phrase is a circumstance.
        ("Quillon Rowing Club cancelled 11 sailings after the storm that stopped the ferry "
         "sailings.", [("quill-rc", "suspend", "cancelled-sailings", False)]),
    ],
)  # fmt: skip
def test_coordination_and_event_objects(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A denial of what others say is no decision; neither are adjectives.
        ("Fenmoor Water Board rejected criticism of the hosepipe ban.", []),
        ("Fenmoor Water Board's closing share price fell; lower-level alerts stayed.", []),
        ("Fenmoor Water Board added that it would review the ban.", []),
    ],
)  # fmt: skip
def test_no_decision(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected
