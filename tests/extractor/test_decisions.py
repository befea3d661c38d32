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
