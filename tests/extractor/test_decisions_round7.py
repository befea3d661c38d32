"""Stage 3d: decision rules of round 7: two clauses joined by "and"/"but" with no comma, each
with its own finite verb, and reversing a decision or a measure (lift).

Each rule has an invented sentence it was written for, a second it must also fix and one it
must leave alone. The registry is invented (a harbour town, its council, a mill), so no test
leans on the seeds or on the development set's words.
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
            {"id": "brisa-council", "type": "organisation", "name": "Brisa Harbour Council"},
            {"id": "ostra-mills", "type": "organisation", "name": "Ostra Mills"},
        ],
        "topics": [
            {"id": "brisa-mooring-levy", "name": "Brisa mooring levy", "triggers": ["levy"]},
            {"id": "brisa-curfew", "name": "Brisa harbour curfew", "triggers": ["curfew"]},
            {"id": "ostra-wage-cut", "name": "Ostra Mills wage cut", "triggers": ["cut"]},
        ],
        "events": [
            {"id": "brisa-levy-hearing", "name": "Hearing on the Brisa mooring levy",
             "triggers": ["hearing"], "participants": ["brisa-council"]},
        ],
    }
)  # fmt: skip
PUBLISHED = dt.date(2024, 4, 3)


def decided(text: str) -> list[tuple[str, str, str, bool]]:
    return decisions_in(text, REGISTRY, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" + an auxiliary opens a clause of its own: the denial stays with the first verb,
        # and the second verb shares the first one's subject.
        (
            "Brisa Harbour Council did not vote on the mooring levy and will hold a hearing on "
            "the levy in May.",
            [
                ("brisa-council", "vote", "brisa-mooring-levy", True),
                ("brisa-council", "hold", "brisa-levy-hearing", False),
            ],
        ),
        # "but" + a modal likewise: only the curfew is denied; the levy's lifting is planned.
        (
            "Brisa Harbour Council has not lifted the harbour curfew but will lift the mooring "
            "levy.",
            [
                ("brisa-council", "lift", "brisa-curfew", True),
                ("brisa-council", "lift", "brisa-mooring-levy", False),
            ],
        ),
        # Must not touch: "and" joining two objects of one verb is no clause break.
        (
            "Brisa Harbour Council lifted the harbour curfew and the mooring levy.",
            [("brisa-council", "lift", "brisa-curfew", False)],
        ),
    ],
)
def test_and_or_but_before_an_auxiliary_splits_the_clause(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Reversing a measure or a decision lifts it (evalsets/dev README: reverse a cut).
        (
            "Ostra Mills said it would reverse the wage cut.",
            [("ostra-mills", "lift", "ostra-wage-cut", False)],
        ),
        (
            "Brisa Harbour Council reversed the harbour curfew on Monday.",
            [("brisa-council", "lift", "brisa-curfew", False)],
        ),
        # Must not touch: reversing a car, or a trend, names no decision.
        ("An Ostra Mills driver reversed the lorry into the harbour wall.", []),
    ],
)
def test_reversing_a_measure_lifts_it(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected
