"""Stage 3b: counts. Numbers of people and things with their hedge, as ranges from one table.

Why: "around 500 troops" is 450..550, "several hundred trainers" 300..900; a tool that reads the
first as exactly 500 and the second as nothing loses the very thing an editor compares. The
number may be digits with separators or words ("three more bases", "two-day"); the hedge maps
through `natoiraq.hedges.hedge_range` (the one table); the unit is the counted noun. Money,
percentages and bare years are not counts: they never have a counted noun after them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from natoiraq.hedges import hedge_range
from natoiraq.models import CountValue, Hedge

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a dozen": 12, "dozen": 12,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

#: Hedge words in front of a number -> the hedge table's key.
HEDGE_WORDS: dict[str, Hedge] = {
    "around": "around", "about": "around", "roughly": "around", "some": "around",
    "approximately": "around", "an estimated": "around", "nearly": "nearly", "almost": "nearly",
    "close to": "nearly", "more than": "more-than", "over": "more-than", "upwards of": "more-than",
    "at least": "at-least", "up to": "up-to", "as many as": "up-to",
}  # fmt: skip
#: Scale hedges: "several hundred", "a few thousand", "hundreds of", "dozens of".
SCALE_HEDGES: dict[str, Hedge] = {"several": "several", "a few": "a-few", "a couple of": "a-few"}

#: The counted nouns: people and the things a military-mission story counts. General English,
#: plural and singular. Time units only count inside a compound ("two-day meetings").
UNITS = (
    "troops|troop|soldiers|soldier|trainers|trainer|advisers|adviser|advisors|advisor"
    "|instructors|instructor|personnel|staff|members|member|ministers|minister|officials"
    "|official|people|persons|civilians|civilian|forces|bases|base|countries|country|nations"
    "|nation|allies|ally|states|partners|missiles|missile|rockets|rocket|drones|militants"
    "|fighters|diplomats|contractors|officers|experts|marines|sailors|airmen|servicemen"
    "|service members|deaths|casualties|victims|protesters|protestors|lawmakers|delegates"
    "|ambassadors|leaders|governments|missions|operations|units|battalions|brigades|aircraft"
    "|jets|ships|vehicles|tanks|sites|facilities|camps|embassies|meetings|attacks|strikes"
)
COMPOUND_UNITS = "day|week|month|year|hour|member|nation|country|man|person|strong|minute"
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:a\s+)?dozen|"
    + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
    + r")"
)
HEDGE = "|".join(sorted(HEDGE_WORDS, key=len, reverse=True))
#: Words allowed between the number and the counted noun: "three more bases", "5,200 United
#: States soldiers", "500 US-led coalition troops". Capitalised words (names, nationalities) and a
#: small list of adjectives.
MODIFIER = (
    r"(?:more|additional|extra|new|other|foreign|military|civilian|international|local|allied"
    r"|coalition|combat|support|active|armed|special|elite|regular|non-combat|NATO|[A-Z][\w.'-]*"
    r"(?:-led)?)"
)

COUNT_RE = re.compile(
    rf"(?<![\w$€£.,-])(?P<x>(?:(?P<hedge>{HEDGE})\s+)?"
    rf"(?:(?P<shedge>several|a few|a couple of)\s+(?P<sscale>hundred|thousand|million)"
    rf"|(?P<plural>hundreds|thousands|dozens|tens of thousands)\s+of"
    rf"|(?P<num>{NUMBER})(?:\s+(?P<scale>hundred|thousand|million))?)"
    rf"(?:\s+{MODIFIER}){{0,3}}?\s+(?P<unit>{UNITS}))\b",
)
COMPOUND_RE = re.compile(
    rf"(?<![\w$€£.,-])(?P<x>(?P<num>{NUMBER})-(?P<cunit>{COMPOUND_UNITS})"
    rf"(?:\s+(?P<noun>[a-z][a-z-]+|[A-Z][a-z]+))?)\b"
)
#: What follows a number that makes it money or a share, never a count of people.
#: "several hundred trainers, advisers and support staff": a coordinated list of people nouns is
#: kept whole and counted as personnel (docs/annotation.md).
COORDINATED_RE = re.compile(
    r"(?:,\s*[a-z]+(?:\s+[a-z]+)?)*,?\s+and\s+(?:[a-z]+\s+)?(?:staff|personnel|[a-z]+ers|[a-z]+ors|officials|troops|soldiers)\b"
)
PEOPLE_UNITS = frozenset(
    {
        "troops",
        "soldiers",
        "trainers",
        "advisers",
        "advisors",
        "instructors",
        "personnel",
        "staff",
        "officers",
        "experts",
        "contractors",
    }
)
NOT_A_COUNT_RE = re.compile(r"^\s*(?:%|percent|per cent|\$|€|£|dollars?|euros?|pounds?)", re.I)
MONEY_BEFORE_RE = re.compile(r"[$€£]\s*$")


@dataclass(frozen=True)
class CountHit:
    start: int
    end: int
    value: CountValue
    doubt: str | None = None


def _number(token: str) -> int | None:
    token = token.lower().strip()
    if token in NUMBER_WORDS:
        return NUMBER_WORDS[token]
    if token.startswith("a ") and token[2:] in NUMBER_WORDS:
        return NUMBER_WORDS[token[2:]]
    digits = token.replace(",", "")
    if re.fullmatch(r"\d+", digits):
        return int(digits)
    return None


def _plural(unit: str) -> str:
    unit = unit.lower()
    if unit.endswith(("s", "personnel", "staff", "people", "police", "aircraft")):
        return unit
    if unit.endswith("y") and unit[-2:] not in ("ay", "ey", "oy"):
        return unit[:-1] + "ies"
    return unit + "s"


def _value(match: re.Match[str]) -> tuple[CountValue, str | None] | None:
    unit = _plural(match["unit"])
    doubt = None
    if match["shedge"]:
        hedge = SCALE_HEDGES[match["shedge"].lower()]
        low, high, point = hedge_range(
            hedge, {"hundred": 100, "thousand": 1000, "million": 1_000_000}[match["sscale"]]
        )
    elif match["plural"]:
        plural = match["plural"].lower()
        scale = {"hundreds": 100, "thousands": 1000, "dozens": 12,
                 "tens of thousands": 10000}[plural]  # fmt: skip
        hedge = "dozens-of" if plural == "dozens" else "hundreds-of"
        if plural not in ("hundreds", "dozens"):
            doubt = f"'{plural} of' read with the 'hundreds-of' rule scaled to {scale}"
        low, high, point = hedge_range(hedge, scale)
    else:
        number = _number(match["num"])
        if number is None:
            return None
        if match["scale"]:
            number *= SCALES[match["scale"].lower()]
        hedge = HEDGE_WORDS[match["hedge"].lower()] if match["hedge"] else "exact"
        low, high, point = hedge_range(hedge, number)
        if match["hedge"] and match["hedge"].lower() == "over":
            doubt = "'over' read as 'more than'"
    return CountValue(low=low, high=high, point=point, hedge=hedge, unit=unit), doubt


def extract_counts(text: str, spans: list[tuple[int, int]]) -> list[CountHit]:
    """Every count of a counted noun inside the given spans, in text order."""
    hits: list[CountHit] = []
    for start, end in spans:
        taken: list[tuple[int, int]] = []
        for match in COUNT_RE.finditer(text, start, end):
            if MONEY_BEFORE_RE.search(text, max(start, match.start() - 2), match.start("x")):
                continue
            if match["num"] and NOT_A_COUNT_RE.match(text, match.end("num")):
                continue
            result = _value(match)
            if result is None:
                continue
            value, doubt = result
            x_start, x_end = match.span("x")
            listed = COORDINATED_RE.match(text, x_end, end)
            if listed is not None and value.unit in PEOPLE_UNITS:
                x_end = listed.end()
                value = value.model_copy(update={"unit": "personnel"})
            taken.append((x_start, x_end))
            hits.append(CountHit(x_start, x_end, value, doubt))
        for match in COMPOUND_RE.finditer(text, start, end):
            if any(match.start() < b and a < match.end() for a, b in taken):
                continue
            number = _number(match["num"])
            if number is None:
                continue
            value = CountValue(
                low=number, high=number, point=number, hedge="exact", unit=_plural(match["cunit"])
            )
            hits.append(CountHit(*match.span("x"), value))
    hits.sort(key=lambda h: (h.start, h.end))
    return hits
