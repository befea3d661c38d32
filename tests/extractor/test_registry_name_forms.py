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


def _club_registry() -> Registry:
    return Registry(
        entities=[
            Entity(id="harlow-town", type="organisation", name="Harlow Town FC",
                   aliases=["Harlow Town", "Town"]),
            Entity(id="velm-council", type="organisation", name="Velm Borough Council",
                   aliases=["the council", "Council"]),
        ],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Fix: "Town" shortens "Harlow Town"; after another capitalised word it is another club.
        ("Fans said Ashby Town had won again.", [("Ashby", None)]),
        # Also fix: the same for another shortened name.
        ("Members of Ostra Council met.", []),
        # Must not touch: the short name alone, at the start of a sentence, after the rest of
        # its own name, and after a possessor or a determiner.
        ("Town won 3-1 on Saturday.", [("Town", "harlow-town")]),
        ("Fans of Harlow Town cheered, and Town won.", [("Harlow Town", "harlow-town"),
                                                         ("Town", "harlow-town")]),
        ("The Town fans sang.", [("Town", "harlow-town")]),
        ("Harlow's Town fans sang.", [("Town", "harlow-town")]),
    ],
)  # fmt: skip
def test_a_shortened_name_after_another_name_word_is_another_name(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    from natoiraq.extractor.linking import Linker

    mentions = Linker(_club_registry()).mentions(text, 0, len(text))
    assert [(m.text, m.id) for m in mentions if m.id in ("harlow-town", "velm-council")] == [
        (t, i) for t, i in found if i is not None
    ]
