"""A registry name that ends in a parenthesis (a note such as "(invented)", or an abbreviation
such as "(AfD)") is found in text without it: no outlet writes the note after the name. Names
and registry are invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.extractor import extract_claims
from natoiraq.extractor.linking import name_forms
from natoiraq.models import Entity, Registry, Topic

HEAD = "Dockers vote\n\nBy A. Writer\n\n"


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        # Fix: a note after the name.
        ("Harlow Dockers Union (invented)", ("Harlow Dockers Union (invented)",
                                             "Harlow Dockers Union")),
        # Also fix: an abbreviation in the parenthesis is a name of its own.
        ("Velm Dockers Union (VDU)", ("Velm Dockers Union (VDU)", "Velm Dockers Union", "VDU")),
        ("Party of the Coast (PdC)", ("Party of the Coast (PdC)", "Party of the Coast", "PdC")),
        # Must not touch: no parenthesis, or one inside the name.
        ("Harlow Dockers Union", ("Harlow Dockers Union",)),
        ("Union (Harlow) Dockers", ("Union (Harlow) Dockers",)),
        # Must not touch: a one-capital word in the parenthesis is a note, not an abbreviation.
        ("Harlow Port (Harlow)", ("Harlow Port (Harlow)", "Harlow Port")),
    ],
)  # fmt: skip
def test_name_forms(name: str, forms: tuple[str, ...]) -> None:
    assert name_forms(name) == forms


def _registry() -> Registry:
    return Registry(
        entities=[
            Entity(id="harlow-dockers", type="organisation",
                   name="Harlow Dockers Union (invented)"),
            Entity(id="velm-port", type="organisation", name="Velm Port Authority (VPA)"),
        ],
        topics=[
            Topic(id="harlow-pay", name="Dockers' pay", triggers=["pay"],
                  participants=["harlow-dockers", "velm-port"]),
        ],
    )  # fmt: skip


def test_a_name_with_a_note_is_linked_in_text() -> None:
    found = extract_claims(
        HEAD + "The Harlow Dockers Union voted on Monday to reject the pay offer.\n\n"
        "The VPA said it would not improve the offer.\n",
        _registry(), dt.date(2031, 3, 14),
    )  # fmt: skip
    actors = [c.value.actor for c in found.claims if c.kind == "decision"]
    assert actors[0] == "harlow-dockers"
    assert not any(e.id.startswith("harlow") for e in found.proposed)
