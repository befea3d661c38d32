"""Stage 3d: decision rules of round 12 (precision): frames in which a decision verb's form
reports no decision taken (a retracted report, a habit, a state, an everyday act, an aim, a
request, a participle or a gerund that names no act taken, an idiom, a measure added, goods
sent, a denied claim, speech after a quote).

Each rule has an invented sentence it was written for, a second it must also fix and one it
must leave alone. The registry is invented (a town, its council, a food firm, a dockers'
union, a safety agency, a parliament), so no test leans on the seeds or on the development
sets' words. Each text is a body under a headline and a byline: a single line alone is read
as a headline. CONTEXT names an organisation first, as a story does, so that a verb with no
subject of its own would fall back on it: the rules must stop that.
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
            {"id": "tolvard-council", "type": "organisation",
             "name": "Tolvard Borough Council", "aliases": ["the council"]},
            {"id": "brenmoor-foods", "type": "organisation", "name": "Brenmoor Foods"},
            {"id": "kesta", "type": "country", "name": "Kesta"},
            {"id": "kestan-parliament", "type": "organisation", "name": "Kestan parliament"},
            {"id": "orla-union", "type": "organisation", "name": "Orla Dockers Union"},
            {"id": "ferra-agency", "type": "organisation", "name": "Ferra Safety Agency"},
            {"id": "tolvard", "type": "place", "name": "Tolvard"},
        ],
        "topics": [
            {"id": "tolvard-pool", "name": "Tolvard pool"},
            {"id": "brenmoor-jam", "name": "Brenmoor jam"},
            {"id": "depot-repairs", "name": "Tolvard depot repairs"},
        ],
        "events": [],
    }
)  # fmt: skip
PUBLISHED = dt.date(2025, 3, 4)
CONTEXT = "Brenmoor Foods met Tolvard Borough Council on Monday. "
Row = tuple[str, str, str, bool]


def decided(body: str) -> list[Row]:
    return decisions_in(f"Town news\n\nBy Ina Vole\n\n{body}", REGISTRY, PUBLISHED)


def check(body: str, expected: list[Row]) -> None:
    assert decided(body) == expected


CLOSE_POOL = [("tolvard-council", "close", "tolvard-pool", False)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A report the outlet retracts in its next sentence, on a corrections page.
        ("In our report on the pool (May 2), we said Tolvard Borough Council had voted to "
         "close the pool. That was wrong.", []),
        # ... or with "wrongly" on its verb of saying.
        ("We wrongly reported that Tolvard Borough Council had voted to close the pool.", []),
        # Untouched: a report not retracted.
        ("We said Tolvard Borough Council had voted to close the pool. The council will vote "
         "again in June.", CLOSE_POOL),
    ],
)  # fmt: skip
def test_a_retracted_report_is_no_decision(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A generic present: a bare plural object and a "when" clause.
        ("Ferra Safety Agency issues flood alerts when a river rises above its banks.", []),
        # An adverbial of frequency or routine, with no modal.
        ("Each year Tolvard Borough Council closes the pool for repairs.", []),
        (CONTEXT + "The verges were cut as usual.", []),
        # Untouched: a planned decision with a yearly rate; a single act.
        ("Brenmoor Foods will cut the dividend by 2% every year until 2030.",
         [("brenmoor-foods", "cut", "dividend", False)]),
        ("Ferra Safety Agency issued a flood alert on Monday.",
         [("ferra-agency", "declare", "flood-alert", False)]),
    ],
)  # fmt: skip
def test_a_habit_is_no_decision(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A present passive with no agent, of a thing the registry does not know: a state.
        (CONTEXT + "Two of the matches are suspended for a year.", []),
        (CONTEXT + "The games are suspended.", []),
        # Untouched: the agent named.
        ("The Tolvard pool is suspended by Ferra Safety Agency.",
         [("ferra-agency", "suspend", "tolvard-pool", False)]),
    ],
)  # fmt: skip
def test_a_present_passive_with_no_agent_is_a_state(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # First aid, a fire, an engine: what a private person starts.
        (CONTEXT + "Two passers-by had started CPR.", []),
        (CONTEXT + "Staff had started a fire in the yard.", []),
        # Untouched: a review an organisation starts.
        ("Brenmoor Foods started a review of its prices.",
         [("brenmoor-foods", "start", "review", False)]),
    ],
)  # fmt: skip
def test_an_everyday_act_is_no_decision(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An aim: "try to", "want to".
        ("Brenmoor Foods cut its dividend as it tries to halt a slide in its shares.",
         [("brenmoor-foods", "cut", "dividend", False)]),
        (CONTEXT + "The dissenters wanted to leave the rate at 5%.", []),
        # Untouched: a decision taken.
        ("Brenmoor Foods has decided to close the Tolvard pool.",
         [("brenmoor-foods", "close", "tolvard-pool", False)]),
    ],
)  # fmt: skip
def test_an_aim_is_no_decision(body: str, expected: list[Row]) -> None:
    check(body, expected)


WITHDRAW_NOTICES = [("orla-union", "withdraw", "notices", False)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A request: neither the one asked nor the one asking has decided.
        ("Orla Dockers Union wrote to Brenmoor Foods asking it to withdraw the notices.", []),
        ("Orla Dockers Union had urged members to reject the offer.", []),
        # Signing a petition joins a request.
        ("Thousands of people have signed a petition asking Brenmoor Foods to keep the "
         "depot.", []),
        # Untouched: a legislature's vote carries it; a demand; a contract signed.
        ("The Kestan parliament voted to ask the government to withdraw the notices.",
         [("kestan-parliament", "withdraw", "notices", False)]),
        ("Orla Dockers Union demanded that Brenmoor Foods withdraw the notices.",
         WITHDRAW_NOTICES),
        ("Orla Dockers Union signed the new contract.",
         [("orla-union", "sign", "new-contract", False)]),
    ],
)  # fmt: skip
def test_a_request_is_no_decision(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A past participle between a preposition and a noun is an adjective.
        ("Ferra Safety Agency warned about food in closed shops.", []),
        (CONTEXT + "Lorries queued at delayed crossings.", []),
        (CONTEXT + "Lorries waited outside closed yards for hours.", []),
        # Untouched: the verb, with its object.
        ("Brenmoor Foods closed the yard in March.",
         [("brenmoor-foods", "close", "yard", False)]),
    ],
)  # fmt: skip
def test_a_participle_after_a_preposition_is_an_adjective(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A gerund after a verb of advising or proposing: the advice's content.
        (CONTEXT + "Ms Vole recommended closing the Tolvard pool until the roof is repaired.",
         []),
        (CONTEXT + "Ms Vole suggested suspending the night shift.", []),
        # A gerund phrase that is the next verb's subject.
        (CONTEXT + "Ms Vole said reopening the Tolvard pool would cost millions.", []),
        (CONTEXT + 'Ms Vole said reopening the Tolvard pool "would cost millions".', []),
        # A gerund after a noun of condition or possibility.
        (CONTEXT + "The union would make higher pay a condition of joining any coalition.", []),
        ("Brenmoor Foods faces the prospect of closing the depot.", []),
        # Untouched: a board recommending an offer approves it; joining a coalition.
        ("Brenmoor Foods recommended the offer to shareholders.",
         [("brenmoor-foods", "approve", "offer", False)]),
        ("Brenmoor Foods will join the coalition.",
         [("brenmoor-foods", "agree", "coalition", False)]),
    ],
)  # fmt: skip
def test_a_gerund_that_names_no_act_taken(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "cut its way": a path idiom.
        ("Brenmoor Foods said it would cut its way back to profit.", []),
        ("Analysts said Brenmoor Foods was cutting its way to a smaller company.", []),
        # A measure added to something is arithmetic.
        (CONTEXT + "It added eleven months to the programme.", []),
        (CONTEXT + "The rest is the concrete problem, which added eleven months to the "
         "programme.", []),
        # Untouched: a cut with an object; people added.
        ("Brenmoor Foods cut its workforce.",
         [("brenmoor-foods", "cut", "workforce", False)]),
        ("Ferra Safety Agency added six inspectors to the team.",
         [("ferra-agency", "add", "six-inspectors", False)]),
    ],
)  # fmt: skip
def test_an_idiom_or_a_measure_is_no_decision(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A passive of sending whose subject names goods, not people.
        (CONTEXT + "The jam had been sent to shops since 2 May.", []),
        (CONTEXT + "The jars were dispatched to stores on 3 June.", []),
        # Untouched: people sent.
        ("Brenmoor Foods sent 40 engineers to help with the depot repairs.",
         [("brenmoor-foods", "add", "depot-repairs", False)]),
    ],
)  # fmt: skip
def test_goods_sent_are_no_decision(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The content of a claim someone denies.
        ("Ms Vole rejected criticism that Brenmoor Foods had delayed the new depot.", []),
        ("Brenmoor Foods denied reports that it would close the depot.", []),
        # Untouched: a decision amid reports of another (reported plans stay, as the gold
        # keeps them); "amid" ends the object phrase.
        ("Brenmoor Foods closed the yard amid reports that it would cut jobs.",
         [("brenmoor-foods", "close", "yard", False),
          ("brenmoor-foods", "cut", "jobs", False)]),
    ],
)  # fmt: skip
def test_a_denied_claim_is_no_decision(body: str, expected: list[Row]) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A verb of declaring right after a quote is speech (a translation's inversion).
        (CONTEXT + '"We will do more for the town", has declared the mayor of Tolvard.', []),
        (CONTEXT + '"It is over", proclaimed Ms Vole.', []),
        # Untouched: declaring a state of emergency.
        ("Tolvard Borough Council has declared a state of emergency.",
         [("tolvard-council", "declare", "state-of-emergency", False)]),
    ],
)  # fmt: skip
def test_a_verb_of_saying_after_a_quote_is_speech(body: str, expected: list[Row]) -> None:
    check(body, expected)
