"""Stage 3d: decision rules of round 5 (recall): verbs that decide without a listed form.

A measure kept or remaining in force continues; a decision still in force ("remains
suspended") is read like a passive; putting a thing back by a time delays it; starting it again
resumes it; bringing in a measure imposes it; raising a bid expands it; recommending an offer
approves it; remanding in custody and commissioning a study order them; taking on people hires
them (add). Each rule has the
invented sentence it was written for, a second it must also fix and one it must leave alone.
The registry is invented (a mountain town, its council and two ski firms), so no test leans on
the seeds or on the development set's words.
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
            {"id": "pell-council", "type": "organisation", "name": "Pellmoor Town Council"},
            {"id": "skyrun", "type": "organisation", "name": "Skyrun Lifts"},
            {"id": "orvel", "type": "organisation", "name": "Orvel Holdings"},
            {"id": "ostland", "type": "country", "name": "Ostland"},
            {"id": "pell-court", "type": "organisation", "name": "Pellmoor Magistrates Court"},
            {"id": "ida-marsh", "type": "person", "name": "Ida Marsh", "aliases": ["Marsh"]},
            {"id": "pell-square", "type": "place", "name": "Pellmoor's 14 town squares"},
        ],
        "topics": [
            {"id": "sledge-ban", "name": "Pellmoor sledge ban", "triggers": ["ban"],
             "participants": ["pell-council"]},
            {"id": "night-curfew", "name": "Pellmoor night curfew", "triggers": ["curfew"],
             "participants": ["pell-council"]},
            {"id": "cable-car", "name": "Pellmoor cable car scheme",
             "participants": ["pell-council"]},
            {"id": "skyrun-bid", "name": "Skyrun bid for Orvel", "triggers": ["bid"],
             "participants": ["skyrun"]},
            {"id": "orvel-offer", "name": "Skyrun offer for Orvel", "triggers": ["offer"],
             "participants": ["orvel"]},
            {"id": "marsh-remand", "name": "Ida Marsh's remand in custody",
             "triggers": ["remanded"], "participants": ["pell-court"]},
            {"id": "snow-survey", "name": "Pellmoor snow survey", "participants": ["pell-council"]},
            {"id": "square-stalls", "name": "Market stalls on the town squares",
             "triggers": ["squares"], "participants": ["pell-council"]},
            {"id": "ski-school", "name": "Pellmoor ski school", "participants": ["pell-council"]},
            {"id": "snow-crews", "name": "Pellmoor snow clearing crews",
             "participants": ["pell-council"]},
        ],
    }
)  # fmt: skip
PUBLISHED = dt.date(2024, 5, 6)


def decided(text: str) -> list[tuple[str, str, str, bool]]:
    return decisions_in(text, REGISTRY, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Keeping a measure continues it ("kept" is no light verb before the noun "ban").
        ("Pellmoor Town Council lifted the curfew on Monday but kept a ban on sledges.",
         [("pell-council", "lift", "night-curfew", False),
          ("pell-council", "continue", "sledge-ban", False)]),
        ("Pellmoor Town Council said the curfew would remain in force until March.",
         [("pell-council", "continue", "night-curfew", False)]),
        # Left alone: keeping something that is no measure, remaining in a place.
        ("Pellmoor Town Council kept its promise to the skiers.", []),
    ],
)  # fmt: skip
def test_a_measure_kept_or_in_force_continues(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A decision still in force: the state is read as the passive of the decision.
        ("The Pellmoor cable car scheme remains suspended, Pellmoor Town Council said.",
         [("pell-council", "suspend", "cable-car", False)]),
        ("Pellmoor Town Council said the night curfew remained lifted.",
         [("pell-council", "lift", "night-curfew", False)]),
        # Left alone: the state of a thing the registry does not know.
        ("Pellmoor Town Council said the old chairlift remains suspended.", []),
    ],
)  # fmt: skip
def test_a_decision_that_remains_in_force(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Putting a thing back by or to a time delays it; "it" is the decision just reported.
        ("Pellmoor Town Council approved the cable car scheme in May and then put it back by "
         "two years.",
         [("pell-council", "approve", "cable-car", False),
          ("pell-council", "suspend", "cable-car", False)]),
        ("Pellmoor Town Council has pushed back the cable car scheme to next spring.",
         [("pell-council", "suspend", "cable-car", False)]),
        # Left alone: putting a thing back in its place names no time.
        ("Pellmoor Town Council put the statue back on its plinth.", []),
    ],
)  # fmt: skip
def test_putting_back_by_a_time_delays(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pellmoor Town Council said it would start the ski school again in December.",
         [("pell-council", "resume", "ski-school", False)]),
        ("Pellmoor Town Council will begin the cable car scheme again next year.",
         [("pell-council", "resume", "cable-car", False)]),
        # Left alone: starting it for the first time.
        ("Pellmoor Town Council will start the ski school in December.",
         [("pell-council", "start", "ski-school", False)]),
    ],
)  # fmt: skip
def test_starting_again_resumes(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pellmoor Town Council brought in a sledge ban on the nursery slope.",
         [("pell-council", "impose", "sledge-ban", False)]),
        ("Pellmoor Town Council will bring in a curfew from Friday.",
         [("pell-council", "impose", "night-curfew", False)]),
        # Left alone: bringing in people or things is no measure.
        ("Pellmoor Town Council brought in extra snowploughs from Ostland.", []),
    ],
)  # fmt: skip
def test_bringing_in_a_measure_imposes_it(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Raising a bid expands it; "a US firm" modifies the firm, which "it" stands for.
        ("Skyrun Lifts, an Ostland ski operator, said on Friday it would not raise its bid.",
         [("skyrun", "expand", "skyrun-bid", True)]),
        ("Skyrun Lifts raised its bid for Orvel on Friday.",
         [("skyrun", "expand", "skyrun-bid", False)]),
        # Left alone: raising concerns or money names no amount decided.
        ("Skyrun Lifts raised concerns about the bid.", []),
    ],
)  # fmt: skip
def test_raising_an_amount_expands_it(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orvel Holdings said it would recommend the offer to its shareholders.",
         [("orvel", "approve", "orvel-offer", False)]),
        ("Orvel Holdings has unanimously recommended the Skyrun offer.",
         [("orvel", "approve", "orvel-offer", False)]),
        # Left alone: a recommendation that something be done is advice.
        ("Orvel Holdings recommended that skiers wear helmets.", []),
    ],
)  # fmt: skip
def test_recommending_an_offer_approves_it(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pellmoor Magistrates Court remanded Marsh in custody.",
         [("pell-court", "order", "marsh-remand", False)]),
        ("Pellmoor Town Council has commissioned a snow survey.",
         [("pell-council", "order", "snow-survey", False)]),
        # Left alone: a commission that is a body, not an act.
        ("Pellmoor Town Council thanked the commission for its snow survey.", []),
    ],
)  # fmt: skip
def test_remanding_and_commissioning_order(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "no plans to close any of": the quantifier opens the object; the phrase that is a
        # registry name wins over a topic sharing its head word.
        ("Pellmoor Town Council has no plans to close any of Pellmoor's 14 town squares.",
         [("pell-council", "close", "pell-square", True)]),
        ("Pellmoor Town Council will close some of Pellmoor's 14 town squares.",
         [("pell-council", "close", "pell-square", False)]),
        # Left alone: a lower-case phrase still links by its head word.
        ("Pellmoor Town Council will close the market stalls on the town squares.",
         [("pell-council", "close", "square-stalls", False)]),
    ],
)  # fmt: skip
def test_close_with_a_quantifier_and_an_exact_name(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taking on a number of people, or more of them, hires them.
        ("Pellmoor Town Council has taken on 40 extra snow clearing crews.",
         [("pell-council", "add", "snow-crews", False)]),
        ("Pellmoor Town Council took on more snow clearing crews after the storm.",
         [("pell-council", "add", "snow-crews", False)]),
        # Left alone: taking on a thing to run grows what one does.
        ("Pellmoor Town Council took on the ski school in March.",
         [("pell-council", "expand", "ski-school", False)]),
    ],
)  # fmt: skip
def test_taking_on_people_hires_them(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected
