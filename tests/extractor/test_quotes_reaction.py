"""A quote standing alone after a sentence that opens with a person, in the same paragraph, is
that person's ("Karin Dahl was unconvinced. 'These numbers are a fantasy.'"), not the speaker of
an earlier paragraph. Names, registry and sentences are invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.extractor import extract_claims
from natoiraq.models import Entity, Registry

HEAD = "Budget row\n\nBy A. Writer\n\n"
BEFORE = 'Peter Olsen said the budget was balanced.\n\n"We have done our homework," he said.\n\n'


def _registry() -> Registry:
    return Registry(entities=[Entity(id="velm", type="place", name="Velm Harbour")])


def _speakers(body: str) -> list[tuple[str, str]]:
    found = extract_claims(HEAD + body, _registry(), dt.date(2031, 3, 5))
    return [(c.evidence.exact, c.value.speaker) for c in found.claims if c.kind == "quote"]


@pytest.mark.parametrize(
    ("body", "last"),
    [
        # Fix: the reaction sentence names the speaker of the quote after it.
        (BEFORE + 'Karin Dahl, who leads the opposition, was unconvinced. "These numbers are a '
         'fantasy."\n', ("These numbers are a fantasy.", "karin-dahl")),
        # Also fix: after a connective.
        (BEFORE + 'But Ola Berg disagreed. "Nothing adds up."\n', ("Nothing adds up.", "ola-berg")),
        # Must not touch: the sentence before opens with no person: the speaker heard before.
        (BEFORE + 'The opposition was unconvinced. "Nothing adds up."\n',
         ("Nothing adds up.", "peter-olsen")),
        # Must not touch: a place that opens the sentence is no speaker.
        (BEFORE + 'Velm Harbour stayed quiet. "Nothing adds up."\n',
         ("Nothing adds up.", "peter-olsen")),
    ],
)  # fmt: skip
def test_a_quote_after_a_sentence_that_opens_with_a_person(
    body: str, last: tuple[str, str]
) -> None:
    assert _speakers(body)[-1] == last
