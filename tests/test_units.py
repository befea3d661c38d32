"""Unit families: which counts of one quantity speak to each other."""

from __future__ import annotations

import pytest

from natoiraq.units import same_family, singular, unit_family


@pytest.mark.parametrize(("a", "b"), [
    ("troops", "soldiers"), ("trainers", "personnel"), ("Troops", "service members"),
    ("members", "countries"), ("allies", "nations"), ("bases", "sites"), ("barrels", "barrel"),
])  # fmt: skip
def test_same_family(a: str, b: str) -> None:
    assert same_family(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("troops", "days"), ("troops", "people"), ("members", "troops"), ("barrels", "tonnes"),
    ("people", "cases"),
])  # fmt: skip
def test_different_families(a: str, b: str) -> None:
    assert not same_family(a, b)


def test_singular_forms() -> None:
    assert [singular(u) for u in ("countries", "bases", "personnel", "staff", "houses")] == [
        "country", "base", "personnel", "staff", "house",
    ]  # fmt: skip
    assert unit_family("advisers") == "personnel"
