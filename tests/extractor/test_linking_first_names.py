"""A first name before a registry person's surname makes another person of it: "Fiona Hale" is not
the registry's Martin Hale, though "Hale" alone is. Names and registry are invented for these
tests."""

from __future__ import annotations

import pytest

from natoiraq.extractor.linking import Linker
from natoiraq.models import Entity, Registry


def _registry() -> Registry:
    return Registry(
        entities=[
            Entity(id="martin-hale", type="person", name="Martin Hale"),
            Entity(id="velm-union", type="organisation", name="Velm Dockers Union",
                   aliases=["VDU"]),
        ],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "found"),
    [
        # Fix: another first name before the surname is another person.
        ("Fiona Hale", None),
        # Also fix: after a title too ("Dr Fiona Hale").
        ("Dr Fiona Hale", None),
        # Must not touch: the person's own names, a surname alone, titles, roles and a body's
        # name before the full name.
        ("Martin Hale", "martin-hale"),
        ("Hale", "martin-hale"),
        ("Mr Hale", "martin-hale"),
        ("President Martin Hale", "martin-hale"),
        ("VDU Hale", "martin-hale"),
    ],
)
def test_a_first_name_before_a_surname(name: str, found: str | None) -> None:
    resolved = Linker(_registry()).resolve(name)
    assert (resolved[0] if resolved else None) == found
