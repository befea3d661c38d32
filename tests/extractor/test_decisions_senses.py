"""Stage 3d: decision rules of round 4 (precision): forms that are no decision in context.

A decision verb's form may be another part of speech ("a lower deck", "an opening offer",
"starting from June"), another sense ("opened the drawer"), an act not taken ("before
accepting", "should vote it down", an imperative) or a passive with no one who acts. Each rule
has the invented sentence it was written for, a second it must also fix and one it must leave
alone. The registry is invented (a harbour town, two food companies), so no test leans on the
seeds or on the development set's words.
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
            {"id": "tarnwick-council", "type": "organisation", "name": "Tarnwick Town Council",
             "aliases": ["Tarnwick Town Council"]},
            {"id": "harbour-board", "type": "organisation", "name": "Tarnwick Harbour Board"},
            {"id": "tarnwick-gazette", "type": "organisation", "name": "Tarnwick Gazette"},
            {"id": "tarnwick-police", "type": "organisation", "name": "Tarnwick Police"},
            {"id": "brellin", "type": "organisation", "name": "Brellin Foods"},
            {"id": "ostra", "type": "organisation", "name": "Ostra Mills"},
            {"id": "vantoria", "type": "country", "name": "Vantoria"},
            {"id": "ana-dunn", "type": "person", "name": "Ana Dunn", "aliases": ["Dunn"]},
        ],
        "topics": [
            {"id": "ferry-service", "name": "Tarnwick ferry service"},
            {"id": "tarnwick-curfew", "name": "Tarnwick curfew"},
            {"id": "harbour-fees", "name": "Tarnwick harbour fees"},
            {"id": "brellin-jobs", "name": "Brellin Foods jobs"},
            {"id": "ostra-jobs", "name": "Ostra Mills jobs"},
            {"id": "oat-bar", "name": "Brellin oat bar"},
            {"id": "theft-charge", "name": "Theft charge in Tarnwick", "triggers": ["charged"],
             "participants": ["tarnwick-police"]},
        ],
    }
)  # fmt: skip
PUBLISHED = dt.date(2024, 5, 6)


def decided(text: str) -> list[tuple[str, str, str, bool]]:
    return decisions_in(text, REGISTRY, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A form after a hyphen is part of a compound word, not a verb.
        ("Brellin Foods said pre-orders open today in six towns.", []),
        ("Tarnwick Town Council said re-orders open the season.", []),
        # Left alone: a prefix that belongs to the verb.
        ("Tarnwick Town Council re-opened the Tarnwick ferry service on Monday.",
         [("tarnwick-council", "open", "ferry-service", False)]),
    ],
)  # fmt: skip
def test_a_form_inside_a_compound_is_no_verb(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A particle that opens a time phrase is a preposition: nothing is taken over.
        ("Tarnwick Town Council said a decision on fees would be taken over the summer.", []),
        ("Brellin Foods said a ruling on fees would be taken over the summer.", []),
        # Left alone: the particle with its object.
        ("Tarnwick Town Council has taken over the Tarnwick ferry service.",
         [("tarnwick-council", "expand", "ferry-service", False)]),
    ],
)  # fmt: skip
def test_a_particle_before_a_time_phrase_is_a_preposition(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "starting from", "beginning on": prepositions, nothing started.
        ("Brellin Foods will sell the oat bar starting from June 1.", []),
        ("Ostra Mills will sell the Brellin oat bar starting on Monday.", []),
        # Left alone: the verb with its object.
        ("Tarnwick Town Council is starting a Tarnwick ferry service.",
         [("tarnwick-council", "start", "ferry-service", False)]),
    ],
)  # fmt: skip
def test_starting_before_a_time_phrase_is_a_preposition(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A comparative after a determiner or a number is an adjective.
        ("Brellin Foods found rust on a lower deck of the ferry.", []),
        ("Ostra Mills said two lower quotes had come from abroad.", []),
        # Left alone: the verb.
        ("The Tarnwick Harbour Board will lower Tarnwick harbour fees in June.",
         [("harbour-board", "cut", "harbour-fees", False)]),
    ],
)  # fmt: skip
def test_a_comparative_after_a_determiner_is_an_adjective(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An -ing form after an article is a noun or an adjective ...
        ("Brellin Foods made an opening offer of $5m for the mill.", []),
        ("Ostra Mills said the closing figure was lower than hoped.", []),
        # ... unless it names its object with "of": a nominalisation.
        ("Tarnwick Town Council ended the dispute with the lifting of the Tarnwick curfew.",
         [("tarnwick-council", "lift", "tarnwick-curfew", False)]),
    ],
)  # fmt: skip
def test_an_ing_form_after_an_article_decides_only_with_of(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An act after "before" or "without" is not taken.
        ("The Tarnwick Harbour Board wants a second survey before approving the fees.", []),
        ("Brellin Foods left the talks without signing the deal.", []),
        # Left alone: "after" reports an act taken.
        ("After approving the Tarnwick harbour fees, Tarnwick Town Council adjourned.",
         [("tarnwick-council", "approve", "harbour-fees", False)]),
    ],
)  # fmt: skip
def test_an_act_before_or_without_is_not_taken(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "should", "ought to": advice, no decision.
        ("Ostra Mills should suspend the Tarnwick ferry service, Dunn said.", []),
        ("Tarnwick Town Council ought to close the Tarnwick ferry service.", []),
        # "the answer is (not) to": the content of an answer, no decision.
        ("The answer is not to close the Tarnwick ferry service, Brellin Foods said.", []),
        # Left alone: what a body agreed another should do is the body's decision.
        ("Tarnwick Town Council agreed that the Tarnwick Harbour Board should cut the"
         " Tarnwick harbour fees.",
         [("tarnwick-council", "cut", "harbour-fees", False)]),
    ],
)  # fmt: skip
def test_advice_is_no_decision(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare verb opening its clause is an imperative: a demand, not a decision.
        ("Brellin Foods said the demand was plain: suspend the Tarnwick ferry service.", []),
        ("Brellin Foods has one request: cancel the Tarnwick ferry service.", []),
        # Left alone: a clause after a colon with its own subject.
        ("Brellin Foods said on Monday: Tarnwick Town Council has suspended the Tarnwick"
         " ferry service.",
         [("tarnwick-council", "suspend", "ferry-service", False)]),
    ],
)  # fmt: skip
def test_an_imperative_is_no_decision(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Opening or closing a door, a drawer, a gate is a physical act.
        ("Brellin Foods staff said Dunn opened the drawer and found the ledger.", []),
        ("Tarnwick Town Council said the gate closes at six on weekdays, unless it rains.", []),
        # Left alone: opening a service.
        ("Tarnwick Town Council will open the Tarnwick ferry service in June.",
         [("tarnwick-council", "open", "ferry-service", False)]),
    ],
)  # fmt: skip
def test_opening_a_container_is_a_physical_act(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural of a noun-verb homograph after a determiner is the noun.
        ("Brellin Foods won a third of the votes cast at the meeting.", []),
        ("The Tarnwick Harbour Board said the orders placed in May were late.", []),
        # Left alone: the verb.
        ("The Tarnwick Harbour Board orders a review of the Tarnwick harbour fees.",
         [("harbour-board", "order", "harbour-fees", False)]),
    ],
)  # fmt: skip
def test_a_plural_homograph_after_a_determiner_is_a_noun(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A subject relative: the noun phrase before the comma acts.
        ("Ostra Mills said Brellin Foods, which cut 200 jobs in May, was struggling.",
         [("brellin", "cut", "jobs", False)]),
        ("Brellin Foods praised Ostra Mills, which cut 300 jobs in March.",
         [("ostra", "cut", "jobs", False)]),
        # Left alone: a relative clause with a subject of its own says nothing of the main verb.
        ("Tarnwick Town Council, which Dunn chairs, will suspend the Tarnwick ferry service.",
         [("tarnwick-council", "suspend", "ferry-service", False)]),
    ],
)  # fmt: skip
def test_a_subject_relative_takes_its_antecedent(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name in apposition between commas is the subject.
        ("Brellin's larger rival, Ostra Mills, cut 300 jobs in March.",
         [("ostra", "cut", "ostra-jobs", False)]),
        ("Its old rival, Brellin Foods, suspended the Tarnwick ferry service.",
         [("brellin", "suspend", "ferry-service", False)]),
        # Left alone: an apposition after the name.
        ("Ostra Mills, a rival of Brellin, cut 300 jobs in March.",
         [("ostra", "cut", "ostra-jobs", False)]),
    ],
)  # fmt: skip
def test_a_name_in_apposition_is_the_subject(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" does not stand for a place named after "in".
        ("Brellin Foods sells well in Vantoria. It will not launch the Brellin oat bar.",
         [("brellin", "start", "oat-bar", True)]),
        ("Ostra Mills has a plant in Vantoria. It will suspend the Tarnwick ferry service.",
         [("ostra", "suspend", "ferry-service", False)]),
        # Left alone: a country as subject is an antecedent.
        ("Vantoria is dry this year. It will suspend the Tarnwick ferry service.",
         [("vantoria", "suspend", "ferry-service", False)]),
    ],
)  # fmt: skip
def test_a_pronoun_does_not_stand_for_a_place(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A penalty or a charge in the passive with no one named who acts: no decision.
        ("A Brellin Foods guard is charged with theft, a Tarnwick Police report shows.", []),
        ("A Brellin Foods driver was also charged with theft, Tarnwick Police records show.", []),
        # Left alone: the "by" phrase names who acts.
        ("A guard was charged with theft by Tarnwick Police.",
         [("tarnwick-police", "agree", "theft-charge", False)]),
    ],
)  # fmt: skip
def test_a_charge_with_no_actor_is_no_decision(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


INTERVIEW = (
    "Ana Dunn, chair of the Tarnwick Harbour Board, spoke to the Tarnwick Gazette.\n\n"
    "Tarnwick Gazette: Why the delay?\n\n"
    "Ana Dunn: {answer}\n\n"
    "Tarnwick Gazette: And the fees?\n\n"
    "Ana Dunn: Not yet.\n"
)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # A turn label names who asks: the answers' "we" is not the interviewer's paper.
        ("We have suspended the Tarnwick ferry service.",
         [("harbour-board", "suspend", "ferry-service", False)]),
        ("We will cut the Tarnwick harbour fees.",
         [("harbour-board", "cut", "harbour-fees", False)]),
    ],
)  # fmt: skip
def test_a_turn_label_is_no_agent(answer: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert decided(INTERVIEW.format(answer=answer)) == expected


def test_a_turn_label_leaves_a_named_subject_alone() -> None:
    text = INTERVIEW.format(
        answer="Tarnwick Town Council has suspended the Tarnwick ferry service."
    )
    assert decided(text) == [("tarnwick-council", "suspend", "ferry-service", False)]


def test_staying_in_touch_is_consulting() -> None:
    from natoiraq.validator import load_corpus
    from tests.conftest import REPO

    loaded = load_corpus(REPO / "corpus", REPO)
    assert loaded.corpus is not None
    reg = loaded.corpus.registry
    found = decisions_in(
        "NATO met on Monday. Jens Stoltenberg said the alliance would stay in close contact "
        "with the Iraqi government.", reg, dt.date(2020, 1, 6),
    )  # fmt: skip
    # Fix: keeping in touch with a partner is consulting it, not staying somewhere.
    assert found == [("nato", "consult", "iraqi-government", False)]
    # Also fix: "remain in regular contact".
    assert decisions_in(
        "NATO met on Monday. Jens Stoltenberg said the alliance would remain in regular "
        "contact with the Iraqi government.", reg, dt.date(2020, 1, 6),
    ) == [("nato", "consult", "iraqi-government", False)]  # fmt: skip
    # Must not touch: staying in a country.
    assert decisions_in(
        "NATO met on Monday. Jens Stoltenberg said the alliance would stay in Iraq.", reg,
        dt.date(2020, 1, 6),
    ) == [("nato", "stay", "iraq", False)]  # fmt: skip
