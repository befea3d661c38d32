"""Stage 3 linking: what a Linker derives from its registry, kept by identity and by content."""

from __future__ import annotations

import pytest

from natoiraq.extractor.linking import Linker
from natoiraq.models import Entity, Registry


def _registry(name: str = "Velm Relief Mission") -> Registry:
    return Registry(
        entities=[
            Entity(id="relief-mission", type="mission", name=name, aliases=["the mission"]),
            Entity(id="ana-ortiz", type="person", name="Ana Ortiz"),
        ]
    )


def test_a_registry_read_again_shares_the_tables_not_the_fuzzy_matches() -> None:
    first, again = Linker(_registry()), Linker(_registry())
    # Built once for the content: the alias tables are the same objects.
    assert again._alias_scans is first._alias_scans
    assert again.names is first.names
    # What one registry object learnt (fuzzy matches) is its own.
    assert first.resolve("Anna Ortiz") == again.resolve("Anna Ortiz")
    assert again._fuzzy is not first._fuzzy


def test_a_registry_of_other_content_gets_its_own_tables() -> None:
    other = Linker(_registry("Velm Aid Mission"))
    assert other.names["relief-mission"] == "Velm Aid Mission"
    assert Linker(_registry()).names["relief-mission"] == "Velm Relief Mission"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A description after a word start is a mention ("The" and its modifier).
        ("The Velm mission reopened the clinic.", True),
        ("Aid came; the Velm mission reopened the clinic.", True),
        # Must not touch: "the" inside a word ("bathe") opens no description.
        ("They bathe Velm mission dogs.", False),
        ("Soothe-Velm mission staff left.", False),
    ],
)
def test_a_modified_description_starts_at_a_word_start(text: str, found: bool) -> None:
    mentions = Linker(_registry()).mentions(text, 0, len(text))
    assert any(m.id == "relief-mission" and m.text.lower().startswith("the") for m in mentions) == (
        found
    )
