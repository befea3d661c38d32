"""Stage 3d: what a decision acts on when the words name it only indirectly.

Objects named by a registry item's trigger word, the target or purpose of people sent, a
proposal's content, a postmodifier, "the decision" just reported, and never an item of a story
the article does not tell. Each rule has the invented sentence it was written for, a second it
must also fix and one it must leave alone; the registry (a flood in an invented country, a dock
dispute in an invented port, a fishing accord of a third country) is invented here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.extractor.decisions import extract_decisions
from natoiraq.extractor.linking import Linker
from natoiraq.models import Registry
from natoiraq.text import sentences
from tests.extractor import decisions_in

REGISTRY = Registry.model_validate(
    {
        "version": 2,
        "entities": [
            {"id": "lenmark", "type": "country", "name": "Lenmark", "aliases": ["Lenmarkish"]},
            {"id": "lenmark-government", "type": "organisation", "name": "Government of Lenmark",
             "aliases": ["the Lenmark government"]},
            {"id": "north-coast", "type": "place", "name": "North Coast"},
            {"id": "harbour-board", "type": "organisation", "name": "Quayton Harbour Board",
             "aliases": ["the harbour board"]},
            {"id": "dock-union", "type": "organisation", "name": "Quayton Dockers Union"},
            {"id": "ostria-government", "type": "organisation", "name": "Government of Ostria",
             "aliases": ["the Ostrian government"]},
        ],
        "topics": [
            {"id": "flood-relief", "name": "Relief work after the floods",
             "triggers": ["relief", "rescue", "search", "searching"],
             "participants": ["lenmark-government"]},
            {"id": "dock-pay-deal", "name": "The dockers' pay deal",
             "triggers": ["deal", "agreement", "pay"],
             "participants": ["dock-union", "harbour-board"]},
            {"id": "pier-reopening", "name": "Reopening of the ferry pier",
             "triggers": ["reopen"], "participants": ["harbour-board"]},
            {"id": "fishing-accord", "name": "Agreement on fishing quotas",
             "participants": ["ostria-government"]},
        ],
    }
)  # fmt: skip
TRIGGERS = {t.id: t.triggers for t in REGISTRY.topics}


def decided(text: str) -> list[tuple[str, str, str, bool]]:
    return decisions_in(text, REGISTRY, dt.date(2024, 5, 6))


def decided_with_triggers(text: str) -> list[tuple[str, str, str, bool]]:
    """extract_decisions given the registry's triggers (what extract_claims is asked to pass)."""
    linker = Linker(REGISTRY)
    mentions = linker.mentions(text, 0, len(text))
    found = extract_decisions(
        text, sentences(text, 0, len(text)), mentions, [], linker, triggers=TRIGGERS
    )
    return [(h.actor, h.action, h.object, h.negated) for h in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another story's item ("Agreement on fishing quotas") is never the object: its name's
        # word is no evidence here; the article's own story's item, by its trigger, is.
        ("The Quayton Harbour Board approved the agreement on Friday.",
         [("harbour-board", "approve", "dock-pay-deal", False)]),
        ("The Quayton Dockers Union rejected the agreement.",
         [("dock-union", "reject", "dock-pay-deal", False)]),
        # Left alone: the story the article tells.
        ("The Ostrian government approved the agreement on Friday.",
         [("ostria-government", "approve", "fishing-accord", False)]),
    ],
)  # fmt: skip
def test_an_object_is_of_the_articles_story(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A trigger word of an item of the article's story names it.
        ("The Lenmark government said it would not stop searching.",
         [("lenmark-government", "suspend", "flood-relief", True)]),
        ("The Quayton Harbour Board approved the agreement on Friday.",
         [("harbour-board", "approve", "dock-pay-deal", False)]),
        # Left alone: a trigger of another story's item names nothing here.
        ("The Quayton Harbour Board said it would not stop searching.",
         [("harbour-board", "suspend", "searching", True)]),
    ],
)  # fmt: skip
def test_a_trigger_word_names_an_item_of_the_story(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided_with_triggers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People sent are not the object: the "to" phrase's purpose is.
        ("The Lenmark government will send 300 soldiers to help with relief work.",
         [("lenmark-government", "add", "flood-relief", False)]),
        # ... or the counted noun's modifier, or a place after "to".
        ("The Lenmark government offered to send relief teams.",
         [("lenmark-government", "add", "flood-relief", False)]),
        ("The Lenmark government deployed 300 soldiers to the North Coast.",
         [("lenmark-government", "add", "north-coast", False)]),
        # Left alone: nothing says what they are sent to.
        ("The Lenmark government will send 300 soldiers.",
         [("lenmark-government", "add", "soldiers", False)]),
    ],
)  # fmt: skip
def test_people_sent_are_added_to_what_the_to_phrase_names(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A proposal is named by its content, a process noun by its postmodifier.
        ("The Quayton Harbour Board rejected a request from ferry operators to reopen the pier.",
         [("harbour-board", "reject", "pier-reopening", False)]),
        ("The Lenmark government approved the funding of relief work.",
         [("lenmark-government", "approve", "flood-relief", False)]),
        # Left alone: a proposal whose content is not said, a postmodifier naming nothing.
        ("The harbour board rejected a request from the union.",
         [("harbour-board", "reject", "request", False)]),
        ("The harbour board approved the budget of the port.",
         [("harbour-board", "approve", "budget", False)]),
    ],
)  # fmt: skip
def test_a_proposal_or_process_noun_is_named_by_what_follows(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The decision" is the decision just reported: its object is this one's.
        ("The harbour board approved the pay deal. The decision was endorsed by the Quayton "
         "Dockers Union.",
         [("harbour-board", "approve", "dock-pay-deal", False),
          ("dock-union", "approve", "dock-pay-deal", False)]),
        ("The harbour board suspended the pay deal. That move was approved by the Quayton "
         "Dockers Union.",
         [("harbour-board", "suspend", "dock-pay-deal", False),
          ("dock-union", "approve", "dock-pay-deal", False)]),
        # Left alone: "a decision" is no reference to one reported.
        ("The harbour board suspended the pay deal. A decision was approved by the Quayton "
         "Dockers Union.",
         [("harbour-board", "suspend", "dock-pay-deal", False),
          ("dock-union", "approve", "decision", False)]),
    ],
)  # fmt: skip
def test_the_decision_is_the_one_just_reported(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A passive's "by the ..." phrase names its actor, article or not.
        ("The pay deal was approved by the Quayton Dockers Union.",
         [("dock-union", "approve", "dock-pay-deal", False)]),
        ("The pay deal was rejected by the Quayton Harbour Board.",
         [("harbour-board", "reject", "dock-pay-deal", False)]),
        # Left alone: a "by" phrase that names no one who decides.
        ("The Quayton Dockers Union said the pay deal was approved by the deadline.",
         [("dock-union", "approve", "dock-pay-deal", False)]),
    ],
)  # fmt: skip
def test_a_passive_by_phrase_with_an_article_names_the_actor(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert decided(text) == expected
