"""Stage 3d: decision rules of round 9: hedged numbers in the object, people sent by their
trade, a capitalised common noun opening a passive, object relative clauses, a generic noun
for the article's main organisation.

Each rule has an invented sentence it was written for, a second it must also fix and one it
must leave alone. The registry is invented (a river town, its council, a bakery chain, a
health board), so no test leans on the seeds or on the development set's words.
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
            {"id": "orla-council", "type": "organisation", "name": "Orla Town Council"},
            {"id": "brindle-bakeries", "type": "organisation", "name": "Brindle Bakeries"},
            {"id": "orla-health-board", "type": "organisation", "name": "Orla Health Board",
             "aliases": ["the health board"]},
            {"id": "orla", "type": "place", "name": "Orla"},
            {"id": "kessa", "type": "place", "name": "Kessa"},
        ],
        "topics": [
            {"id": "brindle-jobs", "name": "Brindle Bakeries jobs"},
            {"id": "orla-ferry", "name": "Orla river ferry"},
            {"id": "orla-birth-unit", "name": "Orla birth unit"},
            {"id": "orla-night-bus", "name": "Orla night bus"},
            {"id": "orla-classes", "name": "Orla evening classes", "triggers": ["classes"]},
        ],
        "events": [],
    }
)  # fmt: skip
PUBLISHED = dt.date(2024, 6, 3)


def decided(text: str) -> list[tuple[str, str, str, bool]]:
    return decisions_in(text, REGISTRY, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hedge on the number opens the object phrase ("about" is no preposition here).
        (
            "Brindle Bakeries said it would cut about 300 jobs.",
            [("brindle-bakeries", "cut", "brindle-jobs", False)],
        ),
        (
            "Brindle Bakeries will cut more than 40 jobs in Orla.",
            [("brindle-bakeries", "cut", "brindle-jobs", False)],
        ),
    ],
)
def test_hedged_number_opens_the_object(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


def test_hedge_pair_needs_its_second_word() -> None:
    # "at 7am" is a time, not "at least": the bakery opening at a time names no object.
    assert decided("Brindle Bakeries will open at 7am in Kessa.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People sent by their trade: inspectors, investigators, observers.
        (
            "Orla Town Council said it would send two inspectors to Kessa.",
            [("orla-council", "add", "kessa", False)],
        ),
        (
            "Orla Town Council will send observers to Kessa.",
            [("orla-council", "add", "kessa", False)],
        ),
        # Untouched: sending letters adds no one.
        ("Orla Town Council will send letters to Kessa.", []),
    ],
)
def test_people_sent_by_their_trade(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A common noun opening the sentence is capitalised for its place, not a name.
        (
            "Orla Town Council met on Monday. Classes were suspended on Tuesday.",
            [("orla-council", "suspend", "orla-classes", False)],
        ),
        (
            "Orla Town Council met on Monday. Classes will be suspended in July.",
            [("orla-council", "suspend", "orla-classes", False)],
        ),
        # Untouched: a name opening the sentence is still no object ("Kessa was closed" names
        # a place nobody in the registry decides about here).
        ("Orla Town Council met on Monday. Kessa was mentioned again.", []),
    ],
)
def test_capitalised_common_noun_opens_a_passive(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An object relative clause: the verb's object is what "which" stands for.
        (
            "He wants to reopen the birth unit, which the health board closed in 2022.",
            [("orla-health-board", "close", "orla-birth-unit", False)],
        ),
        (
            "Riders still miss the night bus, which Orla Town Council cut in January.",
            [("orla-council", "cut", "orla-night-bus", False)],
        ),
        (
            "Nobody has forgotten the river ferry that Orla Town Council suspended in May.",
            [("orla-council", "suspend", "orla-ferry", False)],
        ),
        # Untouched: "that" opening a reported clause; the shop is nothing the registry knows.
        ("Residents said that Brindle Bakeries closed at noon.", []),
    ],
)
def test_object_relative_clause(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the council" in a story whose main organisation is a council named only once.
        (
            "Orla Town Council met on Monday. Later the council cut the river ferry.",
            [("orla-council", "cut", "orla-ferry", False)],
        ),
        (
            "Orla Town Council met on Monday. The council will suspend the evening classes.",
            [("orla-council", "suspend", "orla-classes", False)],
        ),
        # Untouched: "the board" heads no name of the main organisation (a council): proposed.
        (
            "Orla Town Council met on Monday. The board will suspend the evening classes.",
            [("board", "suspend", "orla-classes", False)],
        ),
    ],
)
def test_generic_noun_for_the_main_organisation(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


MOVES = Registry.model_validate(
    {
        "version": 2,
        "entities": [
            {"id": "varnia", "type": "country", "name": "Varnia"},
            {"id": "ostland", "type": "country", "name": "Ostland", "aliases": ["Ostlandic"]},
            {"id": "pella", "type": "country", "name": "Pella"},
            {"id": "weather-office", "type": "organisation", "name": "Varnia Weather Office"},
            {"id": "lune-party", "type": "organisation", "name": "Lune Party"},
            {"id": "ada-ferro", "type": "person", "name": "Ada Ferro"},
            {"id": "lune-leader", "type": "office", "name": "Leader of the Lune Party",
             "aliases": ["Lune leader"]},
        ],
        "topics": [
            {"id": "frost-warning", "name": "Varnia frost warning"},
            {"id": "varnia-tram", "name": "Varnia night tram"},
            {"id": "fare-plan", "name": "Varnia fare plan"},
            {"id": "varnia-tender", "name": "Varnia bridge tender"},
        ],
        "events": [],
    }
)  # fmt: skip


def moved(text: str) -> list[tuple[str, str, str, bool]]:
    return decisions_in(text, MOVES, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Issuing a warning declares it (evalsets/dev README: issue a warning -> declare).
        (
            "The Varnia Weather Office issued a frost warning on Monday.",
            [("weather-office", "declare", "frost-warning", False)],
        ),
        (
            "The Varnia Weather Office has issued the frost warning for the north.",
            [("weather-office", "declare", "frost-warning", False)],
        ),
        # Untouched: issuing a statement declares nothing.
        ("The Varnia Weather Office issued a statement on Monday.", []),
    ],
)
def test_issuing_a_warning_declares_it(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert moved(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Restoring a service resumes it; dropping a proposal rejects it; running a tender
        # holds it; hiring people adds them.
        (
            "The Lune Party would restore the night tram.",
            [("lune-party", "resume", "varnia-tram", False)],
        ),
        (
            "The Lune Party later dropped the fare plan.",
            [("lune-party", "reject", "fare-plan", False)],
        ),
        (
            "The Lune Party will run a new bridge tender in May.",
            [("lune-party", "hold", "varnia-tender", False)],
        ),
        (
            "The Lune Party will hire 12 more staff in Varnia.",
            [("lune-party", "add", "more-staff", False)],
        ),
        # Untouched: restoring order, a fall in sales, running a race, a hired car.
        ("The Lune Party wants to restore order in Varnia.", []),
        ("Sales dropped to a record low in Varnia.", []),
        ("The Lune Party ran a poster campaign in Varnia.", []),
        ("The Lune Party hired a car in Varnia.", []),
    ],
)
def test_restore_drop_run_hire(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert moved(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Announcing one's resignation resigns the office the title names.
        (
            "Lune leader Ada Ferro announced her resignation on Monday.",
            [("ada-ferro", "resign", "lune-leader", False)],
        ),
        (
            "Lune leader Ada Ferro handed in her resignation after the vote.",
            [("ada-ferro", "resign", "lune-leader", False)],
        ),
        # Untouched: a resignation only talked about.
        ("Lune leader Ada Ferro spoke about her resignation letter.", []),
    ],
)
def test_announced_resignation(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert moved(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Moving forces or staff relocates them out of the story's country; a place after
        # "to" is where they go, not what they leave.
        (
            "Troops are based in Varnia. Ostland said it would move some of its troops to Pella.",
            [("ostland", "withdraw", "varnia", False)],
        ),
        (
            "Troops are based in Varnia. Some Ostlandic staff were relocated to Pella on Monday.",
            [("ostland", "withdraw", "varnia", False)],
        ),
        (
            "Troops are based in Varnia. Ostland said some personnel would be moved to Pella.",
            [("ostland", "withdraw", "varnia", False)],
        ),
        # Untouched: moving house, or moving things, relocates no one decided on.
        ("Ada Ferro moved to Pella with her family in Varnia.", []),
        ("Troops are based in Varnia. The archive was moved to Pella.", []),
    ],
)
def test_moving_forces_withdraws_them(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert moved(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A subject relative clause closed by a comma: the main clause's subject (active or
        # passive) is the antecedent, not a name inside the relative clause.
        (
            "Ostland praised the Varnia Weather Office. The Lune Party, which runs the trams,"
            " has dropped the fare plan.",
            [("lune-party", "reject", "fare-plan", False)],
        ),
        (
            "Ostland praised the Varnia Weather Office. The Lune Party, which manages the"
            " roads, has already agreed to drop the fare plan.",
            [("lune-party", "reject", "fare-plan", False)],
        ),
        (
            "The Lune Party met in Varnia. The night tram, which runs to Pella, was restored"
            " by the Lune Party.",
            [("lune-party", "resume", "varnia-tram", False)],
        ),
        # Untouched: a relative clause with nothing after its verb but the decision itself
        # ("which dropped the fare plan") still takes the antecedent as subject.
        (
            "The Lune Party, which dropped the fare plan, met in Varnia.",
            [("lune-party", "reject", "fare-plan", False)],
        ),
    ],
)
def test_relative_clause_closed_by_a_comma(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert moved(text) == expected
