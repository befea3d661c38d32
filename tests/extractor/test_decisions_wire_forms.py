"""Stage 3d: decisions as news outlets write them, on names no registry lists.

A probe set of invented sentences in the forms wire copy, business and court reporting use:
"X said on Monday it would ...", "..., the company said in a statement", a descriptor before
a name ("Shipping group X", "the ferry operator X", "Chief executive Y"), passives with and
without "by", light verbs ("announced plans to", "voted to", "moved to", "is set to"),
denials ("refused to", "declined to", "no plans to", "will not"), coordinated verbs,
headline present tense, central banks, courts, sport bodies, unions, governments; and forms
that must give no decision (indirect questions, advice, abilities, hypotheticals, nouns).

The registry knows only a country, a town and one rail company (`pellham-rail`), so most
actors are proposed from their noun phrase and most objects are slugs of theirs
(docs/annotation.md, "Decisions"). Each row: the text and every decision expected, as
(actor, action, object, negated, modality); an empty list is "no decision"; "*" in a row is
any value (a penalty's object, which the guide names only by a registry item). A row whose
text is in GAPS states what the guide wants and the extractor does not do yet (xfail,
strict: the day it passes, it leaves GAPS).
"""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.extractor import extract_claims
from natoiraq.models import DecisionClaim, Registry

REGISTRY = Registry.model_validate(
    {
        "version": 2,
        "entities": [
            {"id": "marvania", "type": "country", "name": "Marvania",
             "aliases": ["Marvanian"]},
            {"id": "tolvik", "type": "place", "name": "Tolvik"},
            {"id": "pellham-rail", "type": "organisation", "name": "Pellham Rail"},
        ],
        "topics": [],
        "events": [],
    }
)  # fmt: skip
PUBLISHED = dt.date(2025, 3, 4)

Row = tuple[str, str, str, bool, str]


def decided(text: str) -> list[Row]:
    result = extract_claims(text, REGISTRY, PUBLISHED)
    return [
        (c.value.actor, c.value.action, c.value.object, c.value.negated, c.value.modality)
        for c in result.claims
        if isinstance(c, DecisionClaim)
    ]


WIRE = [
    # ORG said (DAY) it would VERB OBJ: the pronoun is the subject of "said".
    (
        "Halvorsen Shipping said on Monday it would suspend all night crossings.",
        [("halvorsen-shipping", "suspend", "night-crossings", False, "planned")],
    ),
    (
        "Brenna Foods reported a loss. The company said it would close two depots.",
        [("brenna-foods", "close", "depots", False, "planned")],
    ),
    (
        "Corvane Energy said it would cut 600 jobs by the end of the year.",
        [("corvane-energy", "cut", "jobs", False, "planned")],
    ),
    (
        "Talvik Air said it will launch flights to Tolvik in May.",
        [("talvik-air", "start", "flights", False, "planned")],
    ),
    (
        "Halvorsen Shipping told staff it would close the Tolvik office.",
        [("halvorsen-shipping", "close", "tolvik-office", False, "planned")],
    ),
    (
        "In a statement, Brenna Foods said it would resume production on Monday.",
        [("brenna-foods", "resume", "production", False, "planned")],
    ),
    (
        "Ostra Mills said on Wednesday that it had postponed the launch until next year.",
        [("ostra-mills", "suspend", "launch", False, "done")],
    ),
    (
        "Halvorsen Shipping posted a loss on Tuesday. It said it would suspend night crossings.",
        [("halvorsen-shipping", "suspend", "night-crossings", False, "planned")],
    ),
    (
        "Kestrel Airways said it had cancelled 40 flights because of the strike.",
        [("kestrel-airways", "suspend", "flights", False, "done")],
    ),
    (
        "Pellham Rail said it would not reopen the coast line this year.",
        [("pellham-rail", "open", "coast-line", True, "planned")],
    ),
    # "..., the company said in a statement": the reporting clause after the decision.
    (
        "Ostra Mills will close its plant in Tolvik, the company said in a statement.",
        [("ostra-mills", "close", "plant", False, "planned")],
    ),
    (
        "Brenna Foods reported a loss. It will close two depots, the company said.",
        [("brenna-foods", "close", "depots", False, "planned")],
    ),
    # A subject relative closed by a comma leaves the subject to its antecedent.
    (
        "Lindqvist Bank, which lost money last year, agreed to close its insurance arm.",
        [("lindqvist-bank", "close", "insurance-arm", False, "done")],
    ),
    (
        "Corvane Energy, which employs 4,000 people, will cut its workforce by a tenth.",
        [("corvane-energy", "cut", "workforce", False, "planned")],
    ),
    (
        "Mayor Ilse Brand said on Friday she would resign.",
        [("ilse-brand", "resign", "office", False, "planned")],
    ),
]

DESCRIPTORS = [
    # A descriptor before a name: the name is the actor, the descriptor only says what it is.
    (
        "The ferry operator Nordhavn Lines suspended night crossings on Tuesday.",
        [("nordhavn-lines", "suspend", "night-crossings", False, "done")],
    ),
    (
        "Shipping group Maren Line will cut 300 jobs.",
        [("maren-line", "cut", "jobs", False, "planned")],
    ),
    (
        "Chief executive Sanna Holt will step down in June.",
        [("sanna-holt", "resign", "office", False, "planned")],
    ),
    (
        "Budget carrier Flyvo has grounded its fleet.",
        [("flyvo", "suspend", "fleet", False, "done")],
    ),
    (
        "Retailer Denholt Stores said it would close 30 shops.",
        [("denholt-stores", "close", "shops", False, "planned")],
    ),
    (
        "The mining company Orvik Resources suspended its dividend.",
        [("orvik-resources", "suspend", "dividend", False, "done")],
    ),
    (
        "Train operator Pellham Rail will cut weekend services.",
        [("pellham-rail", "cut", "weekend-services", False, "planned")],
    ),
    # An organisation named by a common noun phrase: the whole phrase, not its head alone.
    (
        "The transport ministry has ordered an investigation.",
        [("transport-ministry", "order", "investigation", False, "done")],
    ),
    (
        "The central bank raised its main interest rate to 4.5 per cent.",
        [("central-bank", "expand", "main-interest-rate", False, "done")],
    ),
    (
        "The Marvanian government will lift the ban on Monday.",
        [("marvanian-government", "lift", "ban", False, "planned")],
    ),
]

PASSIVES = [
    (
        "The night crossings were suspended by Halvorsen Shipping on Monday.",
        [("halvorsen-shipping", "suspend", "night-crossings", False, "done")],
    ),
    (
        "The festival has been cancelled by the Tolvik Arts Trust.",
        [("tolvik-arts-trust", "suspend", "festival", False, "done")],
    ),
    (
        "Brenna Foods reported a loss. Two depots will be closed, the company said.",
        [("brenna-foods", "close", "depots", False, "planned")],
    ),
    (
        "The coast line was reopened by Pellham Rail on Sunday.",
        [("pellham-rail", "open", "coast-line", False, "done")],
    ),
    (
        "The offer was rejected by the Coastal Nurses Union.",
        [("coastal-nurses-union", "reject", "offer", False, "done")],
    ),
]

LIGHT_VERBS = [
    (
        "Corvane Energy announced plans to close its refinery in Tolvik.",
        [("corvane-energy", "close", "refinery", False, "planned")],
    ),
    (
        "Pellham Rail has decided to scale back its timetable.",
        [],
    ),
    (
        "Pellham Rail has decided to close the Tolvik depot.",
        [("pellham-rail", "close", "tolvik-depot", False, "done")],
    ),
    (
        "The Harlow Dockers Union voted to accept the revised offer.",
        [("harlow-dockers-union", "approve", "revised-offer", False, "done")],
    ),
    (
        "The Tolvik Harbour Board voted unanimously to approve the expansion.",
        [("tolvik-harbour-board", "approve", "expansion", False, "done")],
    ),
    (
        "Health regulator Velda moved to ban disposable vapes.",
        [("velda", "impose", "disposable-vapes", False, "done")],
    ),
    (
        "Corvane Energy is set to cut 200 jobs.",
        [("corvane-energy", "cut", "jobs", False, "planned")],
    ),
    (
        "Corvane Energy plans to close two plants.",
        [("corvane-energy", "close", "plants", False, "planned")],
    ),
    (
        "Corvane Energy is expected to cut 200 jobs.",
        [("corvane-energy", "cut", "jobs", False, "expected")],
    ),
    (
        "The Marvanian parliament voted on Tuesday to ratify the treaty.",
        [("marvanian-parliament", "ratify", "treaty", False, "done")],
    ),
    (
        "Pellham Rail and Ostra Mills agreed to extend their contract.",
        [
            # One claim each, in the order they are named.
            ("pellham-rail", "expand", "contract", False, "done"),
            ("ostra-mills", "expand", "contract", False, "done"),
        ],
    ),
]

DENIALS = [
    (
        "Talvik Air refused to lift the ban on pets in cabins.",
        [("talvik-air", "lift", "ban", True, "done")],
    ),
    (
        "Ostra Mills declined to raise its offer for Kelda Paper.",
        [("ostra-mills", "expand", "offer", True, "done")],
    ),
    (
        "Ostra Mills has no plans to close the Tolvik plant.",
        [("ostra-mills", "close", "tolvik-plant", True, "planned")],
    ),
    (
        "Pellham Rail will not reopen the coast line this year.",
        [("pellham-rail", "open", "coast-line", True, "planned")],
    ),
    (
        "Kestrel Airways said it would not cut jobs.",
        [("kestrel-airways", "cut", "jobs", True, "planned")],
    ),
    (
        "Pellham Rail did not approve the new timetable.",
        [("pellham-rail", "approve", "new-timetable", True, "done")],
    ),
]

COORDINATED = [
    (
        "Corvane Energy cut 300 jobs and closed two plants.",
        [
            ("corvane-energy", "cut", "jobs", False, "done"),
            ("corvane-energy", "close", "plants", False, "done"),
        ],
    ),
    (
        "Ardent Homewares suspended its dividend and froze hiring.",
        [
            ("ardent-homewares", "suspend", "dividend", False, "done"),
            ("ardent-homewares", "suspend", "hiring", False, "done"),
        ],
    ),
]

HEADLINES = [
    (
        "Kestrel Airways cuts 500 jobs",
        [("kestrel-airways", "cut", "jobs", False, "done")],
    ),
    (
        "Pellham Rail halts services on coast line",
        [("pellham-rail", "suspend", "services", False, "done")],
    ),
    (
        "Marvania declares state of emergency after floods",
        [("marvania", "declare", "state-of-emergency", False, "done")],
    ),
]

CENTRAL_BANKS = [
    (
        "The Marvanian central bank cut interest rates by a quarter point on Thursday.",
        [("marvanian-central-bank", "cut", "interest-rates", False, "done")],
    ),
    (
        "The Bank of Ostland raised interest rates to 5 per cent.",
        [("bank-of-ostland", "expand", "interest-rates", False, "done")],
    ),
    (
        "The Bank of Ostland is expected to cut rates next month.",
        [("bank-of-ostland", "cut", "rates", False, "expected")],
    ),
    (
        "The Bank of Ostland kept interest rates unchanged at 5 per cent.",
        [("bank-of-ostland", "continue", "interest-rates", False, "done")],
    ),
]

COURTS = [
    (
        "Judge Mara Lind fined Brenna Foods 40,000 crowns.",
        [("mara-lind", "impose", "*", False, "done")],
    ),
    (
        "The High Court dismissed the appeal on Friday.",
        [("high-court", "reject", "appeal", False, "done")],
    ),
    (
        "Tolvik District Court jailed Erik Sand for six years.",
        [("tolvik-district-court", "impose", "*", False, "done")],
    ),
    (
        "The Supreme Court ordered a retrial.",
        [("supreme-court", "order", "retrial", False, "done")],
    ),
]

SPORT = [
    (
        "The Marvanian Athletics Federation banned sprinter Ola Berg for four years.",
        [("marvanian-athletics-federation", "impose", "*", False, "done")],
    ),
    (
        "The Northern League fined Tolvik Rovers 50,000 crowns for crowd trouble.",
        [("northern-league", "impose", "*", False, "done")],
    ),
    (
        "Tolvik Rovers have appointed Jon Varga as head coach.",
        [("tolvik-rovers", "appoint", "*", False, "done")],
    ),
]

UNIONS = [
    (
        "The Coastal Nurses Union rejected a 3 per cent pay offer.",
        [("coastal-nurses-union", "reject", "pay-offer", False, "done")],
    ),
    (
        "The Harlow Dockers Union accepted the offer on Friday.",
        [("harlow-dockers-union", "approve", "offer", False, "done")],
    ),
]

GOVERNMENTS = [
    (
        "Marvania declared a state of emergency in three provinces.",
        [("marvania", "declare", "state-of-emergency", False, "done")],
    ),
    (
        "Marvania lifted its ban on fishing in the bay.",
        [("marvania", "lift", "ban", False, "done")],
    ),
    (
        "Marvania will impose a curfew in Tolvik from Friday.",
        [("marvania", "impose", "curfew", False, "planned")],
    ),
    (
        "The Marvanian government has suspended all flights to Tolvik.",
        [("marvanian-government", "suspend", "flights", False, "done")],
    ),
]

COMPANIES = [
    (
        "Corvane Energy raised its prices by 8 per cent.",
        [("corvane-energy", "expand", "prices", False, "done")],
    ),
    (
        "Brenna Foods suspended its dividend.",
        [("brenna-foods", "suspend", "dividend", False, "done")],
    ),
    (
        "Ostra Mills will close two plants and cut 900 jobs.",
        [
            ("ostra-mills", "close", "plants", False, "planned"),
            ("ostra-mills", "cut", "jobs", False, "planned"),
        ],
    ),
    (
        "Kestrel Airways is to cut 500 jobs.",
        [("kestrel-airways", "cut", "jobs", False, "planned")],
    ),
    (
        "Kelda Paper's board rejected the bid.",
        [("kelda-paper-board", "reject", "bid", False, "done")],
    ),
]

NON_DECISIONS = [
    # An indirect question asks about a decision; it takes none.
    ("He did not say how many troops would be added to the roughly 500 personnel.", []),
    ("It is unclear whether Brenna Foods will close the plant.", []),
    ("Unions asked when Pellham Rail would reopen the coast line.", []),
    ("It is not clear how many jobs will be cut.", []),
    ("Pellham Rail declined to say whether it would cut services.", []),
    ("Nobody knows why the coast line was closed.", []),
    # Advice, duty, ability, hypothesis.
    ("Analysts said the central bank should cut rates.", []),
    ("Critics say Pellham Rail must reverse the decision.", []),
    ("Brenna Foods can cut costs by moving production.", []),
    ("If Pellham Rail closed the line, commuters would have no train.", []),
    ("We need to cut emissions, the minister said.", []),
    # Nouns, adjectives, things that act.
    ("The cut angered workers.", []),
    ("A ban on smoking in bars came into force in 2010.", []),
    ("The closing price fell 3 per cent.", []),
    ("The strike halted production at the plant.", []),
    ("Heavy snow closed the airport.", []),
    ("Prices continue to climb.", []),
    ("The opening ceremony was held on Friday.", []),
    # A physical act.
    ("She opened the door and left.", []),
]


ALL = (
    WIRE + DESCRIPTORS + PASSIVES + LIGHT_VERBS + DENIALS + COORDINATED + HEADLINES
    + CENTRAL_BANKS + COURTS + SPORT + UNIONS + GOVERNMENTS + COMPANIES + NON_DECISIONS
)  # fmt: skip


def _matches(got: list[Row], expected: list[Row]) -> bool:
    if len(got) != len(expected):
        return False
    return all(
        all(e == "*" or e == g for g, e in zip(got_row, want, strict=True))
        for got_row, want in zip(got, expected, strict=True)
    )


#: What the extractor does not do yet, and why (each row still says what the guide wants).
GAPS: dict[str, str] = {
    "Corvane Energy raised its prices by 8 per cent.": (
        "raising prices waits for the annotators (as fees: one more false claim held out)"
    ),
    "Corvane Energy, which employs 4,000 people, will cut its workforce by a tenth.": (
        "a relative clause holding a number"
    ),
    "The coast line was reopened by Pellham Rail on Sunday.": ("a passive of reopening"),
    "Health regulator Velda moved to ban disposable vapes.": ("'moved to' as a light verb"),
    "Kestrel Airways cuts 500 jobs": (
        "a headline with no full stop is not body text (clean stage)"
    ),
    "Pellham Rail halts services on coast line": (
        "a headline with no full stop is not body text (clean stage)"
    ),
    "Marvania declares state of emergency after floods": (
        "a headline with no full stop is not body text (clean stage)"
    ),
    "The Marvanian central bank cut interest rates by a quarter point on Thursday.": (
        "a country adjective before modifiers of an institution noun"
    ),
    "The Marvanian Athletics Federation banned sprinter Ola Berg for four years.": (
        "a registry country inside a longer name"
    ),
}


def _rows() -> list[object]:
    return [
        pytest.param(text, expected, marks=pytest.mark.xfail(reason=GAPS[text], strict=True))
        if text in GAPS
        else pytest.param(text, expected)
        for text, expected in ALL
    ]


@pytest.mark.parametrize(("text", "expected"), _rows())
def test_wire_form(text: str, expected: list[Row]) -> None:
    got = decided(text)
    assert _matches(got, expected), got
