"""Stage 3d: decision rules for text nobody here wrote (agents, clause scope, light verbs).

Each rule has the invented sentence it was written for, a second one it must also fix and one
it must leave alone. The registry is invented (a river-observer organisation, a country nobody
reports on, a city council), so no test leans on the seeds or on the development set's words.
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
            {"id": "rivo-mission-vantoria", "type": "mission", "name": "RIVO Mission Vantoria"},
            {"id": "vantoria", "type": "country", "name": "Vantoria", "aliases": ["Vantorian"]},
            {"id": "osterland", "type": "country", "name": "Osterland",
             "aliases": ["Osterlandic"]},
            {"id": "vantoria-government", "type": "organisation",
             "name": "Government of Vantoria", "aliases": ["the Vantorian government"]},
            {"id": "kell-harbour", "type": "place", "name": "Kell Harbour"},
            {"id": "dock-union", "type": "organisation", "name": "Kell Dockers Union"},
        ],
        "topics": [
            {"id": "kell-ferry-service", "name": "Kell ferry service"},
        ],
    }
)  # fmt: skip
PUBLISHED = dt.date(2024, 5, 6)


def decided(text: str) -> list[tuple[str, str, str, bool]]:
    return decisions_in(text, REGISTRY, PUBLISHED)


def actions(text: str) -> list[str]:
    return [d[1] for d in decided(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "whether" governs its own clause only: the comma closes it.
        ("Asked whether RIVO would pull out of Vantoria, he said RIVO had not decided to leave.",
         [("rivo", "withdraw", "vantoria", True)]),
        ("Asked whether the ferries would run, RIVO said it had suspended the ferry service.",
         [("rivo", "suspend", "kell-ferry-service", False)]),
        # Left alone: the verb inside the "whether" clause is still a question.
        ("Reporters asked whether RIVO would suspend the ferry service.", []),
    ],
)  # fmt: skip
def test_whether_does_not_reach_past_its_clause(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Talking about a decision is not taking it.
        ("RIVO staff are in Vantoria. \"We are not discussing a withdrawal,\" the envoy said.",
         []),
        ("RIVO said the board would debate the suspension of the ferry service.", []),
        # Left alone: the decision itself.
        ("RIVO announced the suspension of the ferry service.",
         [("rivo", "suspend", "kell-ferry-service", False)]),
    ],
)  # fmt: skip
def test_deliberation_is_no_decision(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a copula or a verb of keeping, "open" names a state.
        ("RIVO said the ferry service would remain open.", []),
        ("RIVO said the markets of Kell Harbour are open again.", []),
        # Left alone: opening something is a decision.
        ("RIVO will open the ferry service on Monday.", ["open"]),
    ],
)
def test_open_after_a_copula_is_a_state(text: str, expected: list[str]) -> None:
    assert actions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "continue to" + a verb that decides nothing is aspect.
        ("Tensions between Vantoria and Osterland continue to climb.", []),
        ("RIVO continued to monitor the river levels.", []),
        # Left alone: continuing a thing, and "continue to" + a decision verb (light verb).
        ("RIVO will continue the ferry service.", ["continue"]),
    ],
)
def test_continue_to_a_non_decision_verb_is_aspect(text: str, expected: list[str]) -> None:
    assert actions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "no plans to X" denies X; it is not a plan of its own.
        ("RIVO observers are in Vantoria. RIVO has no plans to leave.",
         [("rivo", "withdraw", "vantoria", True)]),
        ("RIVO observers work in Vantoria. RIVO says it has no plans to withdraw.",
         [("rivo", "withdraw", "vantoria", True)]),
        # Left alone: a plan to do something is only proposed.
        ("RIVO observers are in Vantoria. A plan to leave was leaked.", []),
    ],
)  # fmt: skip
def test_no_plans_to_is_a_negated_decision(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A thing as the subject decides nothing, even with an organisation named earlier.
        ("RIVO said the new budget adds 30 river wardens.", []),
        ("RIVO insisted the storm had stopped the ferry service.", []),
        # Left alone: an agent noun or a registry organisation as the subject.
        ("RIVO said its observers had stopped the ferry service.", ["suspend"]),
        ("RIVO stopped the ferry service.", ["suspend"]),
    ],
)
def test_non_agent_subject_is_no_decision(text: str, expected: list[str]) -> None:
    assert actions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Intransitive, in the past or present: an event, not a decision.
        ("RIVO staff are in Vantoria. The flood started three days ago.", []),
        ("RIVO agreed the cut. The reduction begins on Monday.", []),
        # Left alone: announced, or an institution that starts only by decision.
        ("RIVO said a shelter will open at the stadium on Monday.", ["open"]),
        ("RIVO runs the RIVO Mission Vantoria. The mission began in 2019 with ten observers.",
         ["start"]),
    ],
)  # fmt: skip
def test_intransitive_theme_decides_only_when_announced(text: str, expected: list[str]) -> None:
    assert actions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place named right before the verb is not who decides.
        ("Dockers at the port of Kell Harbour stopped the ferry service on Monday.", []),
        ("Some workers of Kell Harbour stopped the ferry service.", []),
        # Left alone: an organisation's name.
        ("The Kell Dockers Union stopped the ferry service on Monday.",
         [("dock-union", "suspend", "kell-ferry-service", False)]),
    ],
)  # fmt: skip
def test_a_place_is_no_actor(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The country one stays in or leaves is the one named as a place, not the speaker's.
        ("Osterlandic officials said on Monday, after Osterland and Osterland's allies met, "
         "that Osterland had no plans to withdraw its observers from Vantoria. Osterland will "
         "stay.", "vantoria"),
        ("Osterland has troops in Vantoria. Osterland said on Monday that Osterland would "
         "leave soon.", "vantoria"),
        # Left alone: with no country named as a place, the most named one.
        ("Osterland said Osterland would leave soon. Vantoria agreed.", "osterland"),
    ],
)  # fmt: skip
def test_country_of_a_withdrawal_is_named_as_a_place(text: str, expected: str) -> None:
    assert {d[2] for d in decided(text) if d[1] in ("withdraw", "stay")} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An amount inside the object noun phrase modifies its head: the proposed slug keeps
        # the words that say what, not how much (docs/annotation.md, "Decisions").
        ("The Vantorian government adopted a $40 million ferry budget on Tuesday.",
         [("vantoria-government", "approve", "ferry-budget", False)]),
        ("The Vantorian government approved a €3 billion river plan.",
         [("vantoria-government", "approve", "river-plan", False)]),
        # Left alone: a plain noun phrase.
        ("The Vantorian government approved the river plan.",
         [("vantoria-government", "approve", "river-plan", False)]),
    ],
)  # fmt: skip
def test_amount_inside_the_object(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A passive subject with a name in a postmodifier: the head is before the preposition.
        ("RIVO said the ferry service for Kell Harbour would be suspended on Friday.",
         [("rivo", "suspend", "kell-ferry-service", False)]),
        ("RIVO said the ferry service of Kell Harbour was suspended.",
         [("rivo", "suspend", "kell-ferry-service", False)]),
        # Left alone: a name as the whole subject is no object.
        ("RIVO said Kell Harbour was suspended.", []),
    ],
)  # fmt: skip
def test_passive_subject_with_a_named_postmodifier(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "deepen the cut" (a verb, not a nominalisation) acts on the last cut's object.
        ("RIVO agreed to cut the ferry service on Monday. Observers said that if the river "
         "rises, RIVO could deepen the cut in June.",
         [("rivo", "cut", "kell-ferry-service", False)] * 2),
        ("RIVO cut the ferry service. A long paragraph about the weather and the river "
         "follows here. RIVO may deepen the reduction later.",
         [("rivo", "cut", "kell-ferry-service", False)] * 2),
        # Left alone: with no earlier cut, nothing says what is cut.
        ("RIVO may deepen the reduction later.", []),
    ],
)  # fmt: skip
def test_deepen_the_cut_refers_back(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "do more" and taking on or over work grow the actor's own mission.
        ("RIVO observers train wardens in Vantoria. RIVO agreed in principle to do more in "
         "Vantoria.", [("rivo", "expand", "rivo-mission-vantoria", False)]),
        ("RIVO observers train wardens in Vantoria. RIVO will take over part of the work the "
         "army does.", [("rivo", "expand", "rivo-mission-vantoria", False)]),
        # Left alone: a thing taken over that is not work.
        ("RIVO observers train wardens in Vantoria. RIVO will take over the ferry service.",
         [("rivo", "expand", "kell-ferry-service", False)]),
    ],
)  # fmt: skip
def test_doing_more_expands_the_mission(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who agreed or decided that another should act takes the decision.
        ("RIVO observers work in Vantoria. The Vantorian government agreed today that RIVO "
         "should stop the ferry service.", "vantoria-government"),
        ("The Kell Dockers Union decided on Monday that RIVO would suspend the ferry service.",
         "dock-union"),
        # Left alone: saying that another will act is no decision of the speaker's. (With
        # "should" it is advice, no one's decision: test_decisions_senses.py.)
        ("The Vantorian government said that RIVO will stop the ferry service.", "rivo"),
    ],
)  # fmt: skip
def test_agreed_that_another_should_act(text: str, expected: str) -> None:
    assert [d[0] for d in decided(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pronoun subject of an intransitive verb names no object.
        ("The Kell Dockers Union met. \"We will not go back to work for promises,\" a docker "
         "said.", []),
        ("RIVO wardens struck. \"They will go back to work on Monday,\" RIVO said.", []),
        # Left alone: a noun phrase subject names what resumes.
        ("RIVO said the ferry service will resume on Monday.",
         [("rivo", "resume", "kell-ferry-service", False)]),
    ],
)  # fmt: skip
def test_a_pronoun_is_never_the_object(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected
