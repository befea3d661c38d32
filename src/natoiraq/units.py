"""Counted nouns: their singular form and the families of units that count the same thing."""

from __future__ import annotations

import functools
from collections.abc import Mapping

#: Units that count the same kind of thing, so "5,200 soldiers" and "5,200 troops" of one
#: quantity are compared (issue 9: reconcile had split them into two single-source findings).
#: Counts are grouped by quantity first; a family only decides which counts of ONE quantity
#: speak to each other ("29 members" and "29 countries" do; "500 trainers" and "3 bases" never).
#: Each family is named by its first member. Words a wire editor uses interchangeably for
#: uniformed people deployed somewhere; "people" is left out on purpose: casualties, voters and
#: residents are people too, and a count of them is never a count of troops.
_FAMILIES: tuple[tuple[str, ...], ...] = (
    (
        "personnel", "troop", "soldier", "trainer", "adviser", "advisor", "instructor",
        "serviceman", "servicemen", "service member", "marine", "military personnel", "force",
        "staff", "member of staff",
    ),
    ("member", "country", "ally", "nation", "member state", "state"),
    ("base", "site", "facility", "camp"),
    ("day",),
)  # fmt: skip

#: Plural endings undone before the family lookup, longest first ("countries" -> "country").
_PLURALS: tuple[tuple[str, str], ...] = (("ies", "y"), ("ses", "se"), ("s", ""))

#: The family of uniformed people deployed somewhere (a nationality before its noun says whose
#: they are: "5,000 Iraqi soldiers").
PERSONNEL_FAMILY = _FAMILIES[0][0]

UNIT_FAMILIES: Mapping[str, str] = {unit: family[0] for family in _FAMILIES for unit in family}


def singular(unit: str) -> str:
    """A unit folded to its singular, lower-case form ("Troops" -> "troop", "allies" -> "ally")."""
    word = " ".join(unit.casefold().split())
    if word in UNIT_FAMILIES or word.endswith("ss"):
        return word
    for suffix, repl in _PLURALS:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)] + repl
    return word


@functools.lru_cache(maxsize=4096)
def unit_family(unit: str) -> str:
    """The family a unit belongs to (its first member), else the unit's own singular form
    (kept: an index of a story told 10,000 times asks it of a few units 24,000 times)."""
    word = singular(unit)
    return UNIT_FAMILIES.get(word, word)


def same_family(a: str, b: str) -> bool:
    """True when counts in unit `a` and unit `b` count the same kind of thing."""
    return unit_family(a) == unit_family(b)
