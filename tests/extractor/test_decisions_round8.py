"""Stage 3d: decision rules of round 8: an event or topic named after the act itself (the
closure, the cancelled crossings) is the decision's outcome, not the thing acted on.

Each rule has an invented sentence it was written for, a second it must also fix and one it
must leave alone. The registry is invented (a lake district, its council, a ferry firm), so no
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
            {"id": "fenlow-council", "type": "organisation", "name": "Fenlow District Council"},
            {"id": "marlin-ferries", "type": "organisation", "name": "Marlin Ferries"},
            {"id": "fenlow-libraries", "type": "place",
             "name": "Fenlow District Council's village libraries",
             "aliases": ["the village libraries"]},
        ],
        "topics": [
            {"id": "marlin-crossings", "name": "Marlin Ferries' island crossings",
             "triggers": ["crossings"]},
            {"id": "marlin-bonus", "name": "Marlin Ferries' staff bonus", "triggers": ["bonus"]},
        ],
        "events": [
            {"id": "fenlow-library-closure", "name": "Fenlow libraries closed for the flood",
             "triggers": ["close", "libraries"], "participants": ["fenlow-council"],
             "start": "2024-04-04", "end": "2024-04-04", "timezone": "Europe/London"},
            {"id": "marlin-crossings-cancelled", "name": "Marlin Ferries' cancelled crossings",
             "triggers": ["crossings", "cancelled"], "participants": ["marlin-ferries"],
             "start": "2024-04-04", "end": "2024-04-04", "timezone": "Europe/London"},
            {"id": "marlin-bonus-suspended", "name": "Marlin Ferries' suspended April bonus",
             "triggers": ["bonus"], "participants": ["marlin-ferries"],
             "start": "2024-04-01", "end": "2024-04-30", "timezone": "Europe/London"},
            {"id": "marlin-regatta", "name": "Marlin island regatta", "triggers": ["regatta"],
             "participants": ["marlin-ferries"],
             "start": "2024-05-01", "end": "2024-05-01", "timezone": "Europe/London"},
        ],
    }
)  # fmt: skip
PUBLISHED = dt.date(2024, 4, 3)


def decided(text: str) -> list[tuple[str, str, str, bool]]:
    return decisions_in(text, REGISTRY, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Closing takes the place the phrase names, not the closure event named after it.
        (
            "Fenlow District Council has decided to close the village libraries on Thursday.",
            [("fenlow-council", "close", "fenlow-libraries", False)],
        ),
        # Cancelling (suspend) takes the crossings, not the event of their cancelling; and
        # suspending a bonus takes the bonus, not the event named "suspended ... bonus".
        (
            "Marlin Ferries said it had cancelled the island crossings.",
            [("marlin-ferries", "suspend", "marlin-crossings", False)],
        ),
        (
            "Marlin Ferries will suspend the staff bonus.",
            [("marlin-ferries", "suspend", "marlin-bonus", False)],
        ),
        # Untouched: an event not named after the act is still what is suspended.
        (
            "Marlin Ferries has suspended the island regatta.",
            [("marlin-ferries", "suspend", "marlin-regatta", False)],
        ),
    ],
)
def test_event_named_after_the_act_is_not_the_object(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected
