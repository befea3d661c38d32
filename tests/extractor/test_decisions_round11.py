"""Stage 3d: decision rules of round 11: the object noun phrase (where it ends, what its
proposed slug keeps), and forms of decisions the earlier rounds missed.

Each rule has an invented sentence it was written for, a second it must also fix and one it
must leave alone. The registry is invented (a harbour town, its harbour board, a dairy firm,
a crown court), so no test leans on the seeds or on the development sets' words. Each text
is a body under a headline and a byline: a single line alone is read as a headline.
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
            {"id": "caldmere-harbour-board", "type": "organisation",
             "name": "Caldmere Harbour Board", "aliases": ["the harbour board"]},
            {"id": "velt-dairies", "type": "organisation", "name": "Velt Dairies"},
            {"id": "caldmere", "type": "place", "name": "Caldmere"},
            {"id": "brisa", "type": "country", "name": "Brisa", "aliases": ["Brisan"]},
            {"id": "orrow-court", "type": "organisation", "name": "Orrow Crown Court"},
        ],
        "topics": [{"id": "caldmere-ferry", "name": "Caldmere ferry"}],
        "events": [],
    }
)  # fmt: skip
PUBLISHED = dt.date(2025, 3, 4)
Row = tuple[str, str, str, bool]


def decided(body: str) -> list[Row]:
    return decisions_in(f"Harbour news\n\nBy Ina Vole\n\n{body}", REGISTRY, PUBLISHED)


def check(body: str, expected: list[Row]) -> None:
    assert decided(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A determiner once the phrase has begun opens another phrase (a time phrase here).
        ("Velt Dairies halted night deliveries the same week.",
         [("velt-dairies", "suspend", "night-deliveries", False)]),
        ("Velt Dairies cut the dividend a second time.",
         [("velt-dairies", "cut", "dividend", False)]),
        # Untouched: a modifier before the head.
        ("Velt Dairies cut the quarterly dividend.",
         [("velt-dairies", "cut", "quarterly-dividend", False)]),
    ],
)  # fmt: skip
def test_a_determiner_ends_the_object(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An adverb after the head is no part of the object.
        ("Velt Dairies said it would stop the payments altogether.",
         [("velt-dairies", "suspend", "payments", False)]),
        ("Velt Dairies cut the dividend sharply.",
         [("velt-dairies", "cut", "dividend", False)]),
        # Untouched: a word in -ly that modifies the noun after it.
        ("Velt Dairies will close the assembly rooms.",
         [("velt-dairies", "close", "assembly-rooms", False)]),
    ],
)  # fmt: skip
def test_an_adverb_ends_the_object(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A gerund with an object of its own: the decision is about that object.
        ("Velt Dairies has stopped using that supplier.",
         [("velt-dairies", "suspend", "supplier", False)]),
        ("Velt Dairies will stop selling the older cheeses in May.",
         [("velt-dairies", "suspend", "older-cheeses", False)]),
        # Untouched: a gerund with no object is the thing stopped.
        ("Velt Dairies cut its dividend and froze hiring.",
         [("velt-dairies", "cut", "dividend", False),
          ("velt-dairies", "suspend", "hiring", False)]),
        # A light verb's gerund says nothing decided.
        ("Velt Dairies stopped doing the basics.", []),
    ],
)  # fmt: skip
def test_a_gerund_gives_way_to_its_object(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A number's measure words say how much, not what.
        ("The harbour board rejected a 4 per cent pay offer.",
         [("caldmere-harbour-board", "reject", "pay-offer", False)]),
        ("The harbour board approved a US$85 million study of the quays.",
         [("caldmere-harbour-board", "approve", "study", False)]),
        # Untouched: a compound of a number and a noun stays whole.
        ("The harbour board rejected a four-year contract.",
         [("caldmere-harbour-board", "reject", "four-year-contract", False)]),
    ],
)  # fmt: skip
def test_measure_words_leave_the_slug(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A head whose "of" phrase is part of the thing's name.
        ("Brisa declared a state of emergency in three provinces.",
         [("brisa", "declare", "state-of-emergency", False)]),
        ("Velt Dairies adopted a code of conduct for its drivers.",
         [("velt-dairies", "approve", "code-of-conduct", False)]),
        # Untouched: any other "of" ends the phrase.
        ("Velt Dairies rejected the terms of the deal.",
         [("velt-dairies", "reject", "terms", False)]),
    ],
)  # fmt: skip
def test_an_of_compound_is_one_object(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A time noun opening the phrase stays in the slug; a number does not.
        ("The harbour board lifted the night curfew.",
         [("caldmere-harbour-board", "lift", "night-curfew", False)]),
        ("The evening sailings were suspended by the harbour board.",
         [("caldmere-harbour-board", "suspend", "evening-sailings", False)]),
        ("The harbour board turned down two offers.",
         [("caldmere-harbour-board", "reject", "offers", False)]),
    ],
)  # fmt: skip
def test_a_time_noun_modifies_the_object(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A participle clause after the head ends the phrase.
        # (Round 12: signing a petition joins a request, no decision; a deal is signed.)
        ("The harbour board signed the deal, citing the price.",
         [("caldmere-harbour-board", "sign", "deal", False)]),
        ("Velt Dairies rejected the offer, citing the price.",
         [("velt-dairies", "reject", "offer", False)]),
        # Untouched: an -ing modifier before the head.
        ("Velt Dairies suspended its milking rota.",
         [("velt-dairies", "suspend", "milking-rota", False)]),
    ],
)  # fmt: skip
def test_a_participle_clause_ends_the_object(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A vote's tally is no object: what was voted for follows it.
        ("The harbour board voted 5-2 for the increase.",
         [("caldmere-harbour-board", "vote", "increase", False)]),
        ("The harbour board voted by 12 to 4 against the new levy.",
         [("caldmere-harbour-board", "vote", "new-levy", False)]),
        # Untouched: a tally before an infinitive, whose verb is the decision.
        ("The harbour board voted 5-2 to close the slipway.",
         [("caldmere-harbour-board", "close", "slipway", False)]),
    ],
)  # fmt: skip
def test_a_vote_tally_is_no_object(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A restrictive relative inside a passive's subject: the antecedent is the subject.
        ("Velt Dairies said the milk round that serves the islands is on hold.",
         [("velt-dairies", "suspend", "milk-round", False)]),
        ("Velt Dairies said the delivery service that links Caldmere to the islands is on hold.",
         [("velt-dairies", "suspend", "delivery-service", False)]),
        # Untouched: a relative closed by commas (round 9's rule).
        ("Velt Dairies said the milk round, which it runs at night, is on hold.",
         [("velt-dairies", "suspend", "milk-round", False)]),
    ],
)  # fmt: skip
def test_a_restrictive_relative_in_the_subject(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Recalling goods, or withdrawing a thing or from a venture: the thing is the object.
        ("Velt Dairies is recalling two batches of its soft cheese.",
         [("velt-dairies", "withdraw", "batches", False)]),
        ("Velt Dairies has withdrawn its yoghurt from sale.",
         [("velt-dairies", "withdraw", "yoghurt", False)]),
        ("Velt Dairies has withdrawn from its joint venture in Brisa.",
         [("velt-dairies", "withdraw", "joint-venture", False)]),
        # Untouched: recalling a memory; forces withdrawn leave the country.
        ("She recalled how the harbour board met every week.", []),
        ("Velt Dairies will withdraw its staff from Brisa.",
         [("velt-dairies", "withdraw", "brisa", False)]),
    ],
)  # fmt: skip
def test_recalling_or_withdrawing_a_thing(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Overturning or quashing a decision lifts it.
        ("Orrow Crown Court quashed the fines.", [("orrow-court", "lift", "fines", False)]),
        ("Orrow Crown Court overturned the harbour board's decision.",
         [("orrow-court", "lift", "decision", False)]),
        # Untouched: overturning a lorry.
        ("Velt Dairies overturned a lorry on the bypass.", []),
    ],
)  # fmt: skip
def test_overturning_a_decision_lifts_it(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Keeping a level as it is continues it.
        ("The harbour board kept harbour dues unchanged.",
         [("caldmere-harbour-board", "continue", "harbour-dues", False)]),
        ("Velt Dairies said it would keep prices steady for the rest of the year.",
         [("velt-dairies", "continue", "prices", False)]),
        # Untouched: keeping a promise.
        ("Velt Dairies kept its promise.", []),
    ],
)  # fmt: skip
def test_keeping_a_level_continues_it(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A plan of the subject's own is a planned decision; planning a strike calls it.
        ("Velt Dairies announced plans to close its creamery in Caldmere.",
         [("velt-dairies", "close", "creamery", False)]),
        ("Velt Dairies plans to close two depots.", [("velt-dairies", "close", "depots", False)]),
        ("The dockers' union plans two 24-hour strikes.",
         [("union", "hold", "24-hour-strikes", False)]),
        # Untouched: a plan's content, when the plan is rejected (the object is what it names).
        ("The harbour board rejected a plan to close the slipway.",
         [("caldmere-harbour-board", "reject", "slipway", False)]),
    ],
)  # fmt: skip
def test_a_plan_of_ones_own(body: str, expected: list[Row]) -> None:
    check(body, expected)


def test_a_plan_is_planned() -> None:
    result = decisions_modalities("The dockers' union plans two 24-hour strikes.")
    assert result == ["planned"]


def decisions_modalities(body: str) -> list[str]:
    from natoiraq.extractor import extract_claims
    from natoiraq.models import DecisionClaim

    text = f"Harbour news\n\nBy Ina Vole\n\n{body}"
    claims = extract_claims(text, REGISTRY, PUBLISHED).claims
    return [c.value.modality for c in claims if isinstance(c, DecisionClaim)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Two names joined by "and": one claim each, the registry's and a proposed one.
        ("Velt Dairies and Ostra Mills agreed to extend their contract.",
         [("velt-dairies", "expand", "contract", False),
          ("ostra-mills", "expand", "contract", False)]),
        # A possessor's decision: the possessor acts.
        ("The harbour board confirmed its decision to close the slipway.",
         [("caldmere-harbour-board", "close", "slipway", False)]),
        ("Caldmere Harbour Board met in May. Orrow Crown Court quashed the board's vote to"
         " close the slipway.",
         [("orrow-court", "lift", "vote", False),
          ("caldmere-harbour-board", "close", "slipway", False)]),
        # Untouched: names that decline to comment decide nothing.
        ("Velt Dairies and Ostra Mills declined to comment.", []),
    ],
)  # fmt: skip
def test_who_owns_the_decision(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A firm's work resuming is its decision (the organisation named before).
        ("Velt Dairies halted production at Caldmere in May. Production resumed on 23 June.",
         [("velt-dairies", "suspend", "production", False),
          ("velt-dairies", "resume", "production", False)]),
        # An order: its object is what the complement names; the complement decides nothing.
        ("The judge ordered the harbour board to run a fresh consultation.",
         [("judge", "order", "fresh-consultation", False)]),
        ("The judge ordered Velt Dairies to pay the legal costs.",
         [("judge", "order", "legal-costs", False)]),
        # Untouched: an order with a plain object; prices rising decide nothing.
        ("The harbour board ordered a review of the quays.",
         [("caldmere-harbour-board", "order", "review", False)]),
        ("Velt Dairies halted production at Caldmere in May. Prices rose on 23 June.",
         [("velt-dairies", "suspend", "production", False)]),
    ],
)  # fmt: skip
def test_work_resumed_and_orders(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Calling a thing off suspends it.
        ("The harbour board will call off the strikes if pay rises.",
         [("caldmere-harbour-board", "suspend", "strikes", False)]),
        ("The harbour board called off the regatta.",
         [("caldmere-harbour-board", "suspend", "regatta", False)]),
        # Untouched: calling on someone.
        ("The harbour board called on Velt Dairies to pay.", []),
    ],
)  # fmt: skip
def test_calling_off(body: str, expected: list[Row]) -> None:
    check(body, expected)
