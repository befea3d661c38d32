"""Stage 3d: decision rules of round 13 (ordinary wire sentences that gave no decision): a
count of the actor's own things as the object ("all 12 of its older jets"), a reporting body
as the actor of work it says resumes ("The airline said flights would resume"), a subject
whose head is followed by a place ("A judge in Velby", "Workers at the Orvik plant"), a bare
plural of people named by what they do as a proposed role ("Workers"), and a named body
raising the fares, charges or taxes it sets (expand).

Each rule has an invented sentence it fixes, a second it also fixes and one it must leave
alone. The registry is invented and lists none of the actors, so each is proposed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.models import Registry
from tests.extractor import decisions_in

REGISTRY = Registry.model_validate(
    {
        "version": 2,
        "entities": [{"id": "kesta", "type": "country", "name": "Kesta"}],
        "topics": [],
        "events": [],
    }
)  # fmt: skip
PUBLISHED = dt.date(2025, 3, 4)
Row = tuple[str, str, str, bool]


def decided(body: str) -> list[Row]:
    return decisions_in(f"Town news\n\nBy Ina Vole\n\n{body}", REGISTRY, PUBLISHED)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A count of the actor's own things: the head after "of".
        (
            "Skarvik Air has grounded all 9 of its oldest planes while engineers check them.",
            [("skarvik-air", "suspend", "oldest-planes", False)],
        ),
        (
            "Tolmer Rail closed two of its depots on Monday.",
            [("tolmer-rail", "close", "depots", False)],
        ),
        # The reporting body runs the work it says resumes.
        (
            "Skarvik Air has grounded six planes. The airline said flights would resume on "
            "Friday.",
            [
                ("skarvik-air", "suspend", "six-planes", False),
                ("skarvik-air", "resume", "flights", False),
            ],
        ),
        (
            "Tolmer Ferries halted its boats. The operator said sailings would resume soon.",
            [
                ("tolmer-ferries", "suspend", "boats", False),
                ("tolmer-ferries", "resume", "sailings", False),
            ],
        ),
        # A place after the subject's head: the head decides.
        (
            "A judge in Velby jailed a former shop owner for three years on Tuesday.",
            [("judge", "impose", "former-shop-owner", False)],
        ),
        # A bare plural of people named by what they do, proposed as a role.
        (
            "Workers at the Orvik plant rejected the firm's new pay offer on Monday.",
            [("workers", "reject", "new-pay-offer", False)],
        ),
        (
            "Drivers rejected the latest contract on Friday.",
            [("drivers", "reject", "latest-contract", False)],
        ),
        # A named body raising the fares or charges it sets.
        (
            "The Dunmore city council voted on Monday to raise bus fares by 5 per cent.",
            [("dunmore-city-council", "expand", "bus-fares", False)],
        ),
        (
            "Halbeck Water will raise its charges from April.",
            [("halbeck-water", "expand", "charges", False)],
        ),
    ],
)
def test_round13_fixes(body: str, expected: list[Row]) -> None:
    assert decided(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # People returning are no work a body runs: no decision.
        "Orvik Homewares said nothing. The airline said passengers would return on Friday.",
        # A person reporting it speaks for a body: no actor read from the reporter.
        "Dana Holm said classes would resume on Monday.",
        # The subject's head after a place is a thing, not someone who decides.
        "Prices in Velby rose by 4 per cent in March.",
        # "It will raise prices": no named body; and prices wait for the annotators.
        "It will raise its fares next year.",
        "Skarvik Air will raise prices in May.",
        # Raising concerns raises no fare, charge or tax.
        "Residents at the Orvik estate raised concerns about the noise.",
    ],
)
def test_round13_leaves_alone(body: str) -> None:
    assert decided(body) == []
