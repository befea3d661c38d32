"""Stage 3d: who resigns or stays, from what, and who "I" is in a quote; questions decide nothing.

Each rule has the sentence it was written for, a second it must also fix and one it must leave
alone. The registry and the sentences are invented here (a country's fisheries office and a
town's mayor), so no test leans on the corpus or on the development set.
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
            {"id": "tom-reyes", "type": "person", "name": "Tom Reyes", "aliases": ["Reyes"]},
            {"id": "lina-berg", "type": "person", "name": "Lina Berg", "aliases": ["Berg"]},
            {"id": "fisheries-minister", "type": "office",
             "name": "Fisheries minister of Osterland"},
            {"id": "osterholm-mayor", "type": "office", "name": "Mayor of Osterholm"},
            {"id": "town-board", "type": "office", "name": "Member of the town board"},
            {"id": "osterholm-council", "type": "organisation", "name": "Osterholm Town Council",
             "aliases": ["the town council"]},
            {"id": "osterland", "type": "country", "name": "Osterland"},
        ],
    }
)  # fmt: skip


def decided(text: str) -> list[tuple[str, str, str, bool]]:
    return decisions_in(text, REGISTRY, dt.date(2024, 5, 6))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The office is the one the person's title names.
        ("Fisheries Minister Tom Reyes will resign on Friday.",
         ("tom-reyes", "resign", "fisheries-minister", False)),
        # Also when the title came earlier and the resignation names only the person.
        ("Mayor Lina Berg faced the press on Monday. Berg, 58, quit on Tuesday.",
         ("lina-berg", "resign", "osterholm-mayor", False)),
        # A person with no title still resigns an unnamed office.
        ("Lina Berg resigned on Tuesday.", ("lina-berg", "resign", "office", False)),
    ],
    ids=["title-same-clause", "title-earlier-sentence", "no-title"],
)  # fmt: skip
def test_resignation_object_is_the_titled_office(
    text: str, expected: tuple[str, str, str, bool]
) -> None:
    assert expected in decided(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "I" inside a quote is the speaker named before it; "cannot" denies.
        ('Mayor Lina Berg spoke on Monday.\n\n"I cannot stay in this job," she said.',
         ("lina-berg", "stay", "osterholm-mayor", True)),
        # The speaker named right after the quote; "until" keeps the post.
        ('"I will stay until the budget is passed," Fisheries Minister Tom Reyes said.',
         ("tom-reyes", "stay", "fisheries-minister", False)),
        # "remain a member of ..." names what is kept: not the title's office.
        ("Mayor Lina Berg said on Monday. She will remain a member of the town board.",
         ("lina-berg", "stay", "town-board", False)),
    ],
    ids=["i-speaker-before", "i-speaker-after", "post-named"],
)  # fmt: skip
def test_first_person_singular_is_the_speaker(
    text: str, expected: tuple[str, str, str, bool]
) -> None:
    assert expected in decided(text)


def test_next_paragraph_subject_is_not_the_speaker() -> None:
    text = (
        'Mayor Lina Berg spoke on Monday.\n\n"I will stay until the vote," she said.\n\n'
        "Fisheries Minister Tom Reyes thanked her."
    )
    actors = {d[0] for d in decided(text) if d[1] == "stay"}
    assert actors == {"lina-berg"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A direct question ends in "?".
        ("Will Osterland withdraw its boats from the bay?", []),
        # An indirect one hangs on "whether".
        ("Asked whether Osterland would withdraw from the bay, Reyes smiled.", []),
    ],
    ids=["direct", "indirect"],
)  # fmt: skip
def test_questions_are_not_decisions(text: str, expected: list[object]) -> None:
    assert decided(text) == expected


def test_statement_with_same_verb_is_a_decision() -> None:
    found = decided("Osterland will withdraw its boats from the bay.")
    assert [(a, act, neg) for a, act, _, neg in found] == [("osterland", "withdraw", False)]
