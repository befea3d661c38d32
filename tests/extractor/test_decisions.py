"""Stage 3d: decisions with actor, object and modality, on short texts and the seeds."""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.extractor import extract_claims
from natoiraq.models import DecisionClaim
from natoiraq.validator import load_registry
from tests.conftest import DATA

REGISTRY = load_registry(DATA / "extract" / "registry.yaml")


def decisions(text: str) -> list[tuple[str, str, str, str]]:
    result = extract_claims(text, REGISTRY, dt.date(2020, 1, 6))
    return [
        (c.value.actor, c.value.action, c.value.object, c.value.modality)
        for c in result.claims
        if isinstance(c, DecisionClaim)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NATO has suspended its training mission in Iraq after the strike, officials said.",
            ("nato", "suspend", "nato-mission-iraq", "done"),
        ),
        (
            "NATO will resume the training mission in Iraq next month, the alliance announced.",
            ("nato", "resume", "nato-mission-iraq", "planned"),
        ),
        (
            "Defence ministers are expected to recommit to the training mission in Iraq this week.",
            ("nato-defence-ministers", "recommit", "nato-mission-iraq", "expected"),
        ),
        (
            "NATO will expand the training mission when the situation permits, officials said.",
            ("nato", "expand", "nato-mission-iraq", "conditional"),
        ),
        (
            "Defence ministers agreed to enhance the training mission in Iraq on Thursday "
            "in Brussels.",
            ("nato-defence-ministers", "enhance", "nato-mission-iraq", "done"),
        ),
        (
            "NATO will be in close contact with the Iraqi government, the alliance said.",
            ("nato", "consult", "iraqi-government", "planned"),
        ),
    ],
)
def test_short_texts(text: str, expected: tuple[str, str, str, str]) -> None:
    assert decisions(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "NATO remains strongly committed to the fight against terrorism, officials said today.",
        "The ministers spoke at the start of the two-day meetings in Brussels on Monday.",
        "The weather in Brussels was cold and grey throughout the long afternoon on Monday.",
    ],
)
def test_not_decisions(text: str) -> None:
    assert decisions(text) == []


def decided(text: str) -> list[tuple[str, str, str, str, bool]]:
    result = extract_claims(text, REGISTRY, dt.date(2020, 1, 6))
    return [
        (c.value.actor, c.value.action, c.value.object, c.value.modality, c.value.negated)
        for c in result.claims
        if isinstance(c, DecisionClaim)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Open world: a subject the registry lacks is proposed; the verb's lemma is the action;
        # an object the registry lacks is a slug of its noun phrase.
        ("The cartel agreed on Monday to cut oil output by a tenth.",
         ("cartel", "cut", "oil-output", "done", False)),
        ("The regional agency declared a health emergency in two districts.",
         ("regional-agency", "declare", "health-emergency", "done", False)),
        ("Jens Stoltenberg visited the base. He will resign next year, aides said.",
         ("jens-stoltenberg", "resign", "office", "planned", False)),
        # Negation: "did not", "refused to".
        ("The board did not approve the budget on Friday.",
         ("board", "approve", "budget", "done", True)),
        ("The union refused to sign the deal with the port operators.",
         ("union", "sign", "deal", "done", True)),
        # A verb meaning an existing action maps to it (halt -> suspend).
        ("NATO halted the training mission after the attack.",
         ("nato", "suspend", "nato-mission-iraq", "done", False)),
        # A passive: the object is the subject, the "by" phrase the actor.
        ("The training mission was suspended by NATO on Saturday.",
         ("nato", "suspend", "nato-mission-iraq", "done", False)),
        # The decision is the noun's verb, not what the proposal would have done.
        ("The council rejected a proposal to close the library.",
         ("council", "reject", "proposal", "done", False)),
    ],
)  # fmt: skip
def test_open_world(text: str, expected: tuple[str, str, str, str, bool]) -> None:
    assert decided(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The agency declared that the water was safe to drink.",  # speech, not a decision
        "He added that the talks had been useful.",  # "added" is speech
        "We agree Iran must never build the bomb, the minister said.",  # an opinion
        "Officials held a press conference on Monday.",  # not an event an authority calls
        "Rescuers say the region needs the will to reduce violence.",  # an aim
        "An increased presence was visible in the streets.",  # a participle used as adjective
    ],
)
def test_open_world_leaves_alone(text: str) -> None:
    assert decided(text) == []


def test_decision_matching_reads_bounded_windows() -> None:
    """Work per verb is bounded: twice the text gives twice the hits, each window the same."""
    from natoiraq.extractor.decisions import OBJECT_WINDOW, SUBJECT_WINDOW

    short = "NATO will suspend the mission and " * 50
    hits_short = decisions(short)
    hits_long = decisions(short * 2)
    assert len(hits_long) == 2 * len(hits_short)
    assert OBJECT_WINDOW + SUBJECT_WINDOW < 400
