"""Stage 3b: counts with hedges mapped through the one hedge table."""

from __future__ import annotations

import time

import pytest

from natoiraq.extractor.counts import extract_counts
from natoiraq.hedges import hedge_range


def counts(text: str) -> list[tuple[str, int, int | None, str, str]]:
    return [
        (text[h.start : h.end], h.value.low, h.value.high, h.value.hedge, h.value.unit)
        for h in extract_counts(text, [(0, len(text))])
    ]


@pytest.mark.parametrize(
    ("text", "exact", "hedge", "number", "unit"),
    [
        (
            "a mission involving around 500 troops to help",
            "around 500 troops",
            "around",
            500,
            "troops",
        ),
        ("about 300 soldiers left", "about 300 soldiers", "around", 300, "soldiers"),
        ("roughly 40 ministers met", "roughly 40 ministers", "around", 40, "ministers"),
        ("some 250 trainers arrived", "some 250 trainers", "around", 250, "trainers"),
        ("nearly 5,000 troops remain", "nearly 5,000 troops", "nearly", 5000, "troops"),
        ("at least 20 soldiers were hurt", "at least 20 soldiers", "at-least", 20, "soldiers"),
        ("up to 1,000 trainers could go", "up to 1,000 trainers", "up-to", 1000, "trainers"),
        (
            "including 5,200 United States soldiers",
            "5,200 United States soldiers",
            "exact",
            5200,
            "soldiers",
        ),
        ("expand the training to three more bases in", "three more bases", "exact", 3, "bases"),
        ("the 29-member alliance agreed", "29-member alliance", "exact", 29, "members"),
        ("at the start of the two-day meetings", "two-day meetings", "exact", 2, "days"),
    ],
)
def test_numbers_and_hedges(text: str, exact: str, hedge: str, number: int, unit: str) -> None:
    low, high, _ = hedge_range(hedge, number)  # type: ignore[arg-type]
    assert counts(text) == [(exact, low, high, hedge, unit)]


@pytest.mark.parametrize(
    ("text", "exact", "hedge", "low", "high", "unit"),
    [
        (
            "made up of several hundred trainers, advisers and support staff from",
            "several hundred trainers, advisers and support staff",
            "several",
            300,
            900,
            "personnel",
        ),
        (
            "a few hundred soldiers could be added",
            "a few hundred soldiers",
            "a-few",
            200,
            500,
            "soldiers",
        ),
        ("hundreds of troops left", "hundreds of troops", "hundreds-of", 200, 999, "troops"),
        ("dozens of officials met", "dozens of officials", "dozens-of", 24, 99, "officials"),
    ],
)
def test_scale_hedges(text: str, exact: str, hedge: str, low: int, high: int, unit: str) -> None:
    assert counts(text) == [(exact, low, high, hedge, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Total volume of daily travelers is down 80% from past year.",
        "They pledged $500 million to the mission.",
        "5,000 $",
        "France announces 1st death in Europe.",
        "In 2018, NATO agreed to start a mission.",
        "The price rose 30 percent.",
    ],
)
def test_not_counts(text: str) -> None:
    assert counts(text) == []


def test_a_count_outside_the_body_spans_is_not_read() -> None:
    # A site widget ("70 users have voted") is boilerplate: the cleaner leaves it out of the
    # spans, and nothing outside the spans is ever a claim (docs/annotation.md, "Boilerplate").
    text = "NATO agreed to send 500 trainers.\n70 users have voted, including you."
    body = (0, text.index("\n"))
    assert [text[h.start : h.end] for h in extract_counts(text, [body])] == ["500 trainers"]


# ------------------------------------------------------------------ open world (issue 10)
# Each rule: an example it was written for, a second one it should also fix, and one it must
# not touch. All sentences are written for these tests.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Any counted noun: the head is the first plural noun after the number.
        (
            "The ministry has recorded 2,310 suspected cases so far.",
            ("2,310 suspected cases", 2310, 2310, "exact", "cases"),
        ),
        ("Floods swept away 870 homes overnight.", ("870 homes", 870, 870, "exact", "homes")),
        ("The talks took nine rounds of bargaining.", ("nine rounds", 9, 9, "exact", "rounds")),
        # Noun modifiers drop; a dictionary compound keeps its first noun.
        ("The bloc's 14 member states signed.", ("14 member states", 14, 14, "exact", "states")),
        (
            "The plan adds 60 police officers next year.",
            ("60 police officers", 60, 60, "exact", "police officers"),
        ),
        ("Staff gain three paid sick days.", ("three paid sick days", 3, 3, "exact", "sick days")),
        # An acronym plural and a hyphenated number word.
        ("Then twenty-two MPs rebelled.", ("twenty-two MPs", 22, 22, "exact", "mps")),
        # A capitalised modifier before the head is not the head.
        (
            "It keeps 900 United States marines there.",
            ("900 United States marines", 900, 900, "exact", "marines"),
        ),
    ],
)
def test_any_counted_noun(text: str, expected: tuple[str, int, int, str, str]) -> None:
    assert counts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hedges in any case, at the start of a sentence.
        (
            "Around 700 riot police stood by.",
            ("Around 700 riot police", 630, 770, "around", "police"),
        ),
        (
            "An estimated 12,000 fans attended.",
            ("An estimated 12,000 fans", 10800, 13200, "around", "fans"),
        ),
        ("As many as 30 crew were aboard.", ("As many as 30 crew", 0, 30, "up-to", "crew")),
        # Scales, number words and the decimal comma of a machine translation.
        (
            "Nearly 4 million voters are registered.",
            ("Nearly 4 million voters", 3600000, 4000000, "nearly", "voters"),
        ),
        (
            "The port moved 3.5 million tonnes of ore.",
            ("3.5 million tonnes", 3500000, 3500000, "exact", "tonnes"),
        ),
        (
            "The mill processed 300 thousand tonnes.",
            ("300 thousand tonnes", 300000, 300000, "exact", "tonnes"),
        ),
        (
            "The plant exported 2,5 million litres of oil.",
            ("2,5 million litres", 2500000, 2500000, "exact", "litres"),
        ),
        ("Fifteen lawmakers abstained.", ("Fifteen lawmakers", 15, 15, "exact", "lawmakers")),
        # Plural quantifiers.
        (
            "Tens of thousands of pilgrims arrived.",
            ("Tens of thousands of pilgrims", 30000, 90000, "several", "pilgrims"),
        ),
        (
            "Dozens of villages were cut off.",
            ("Dozens of villages", 24, 99, "dozens-of", "villages"),
        ),
    ],
)
def test_hedges_scales_and_words(
    text: str, expected: tuple[str, int, int | None, str, str]
) -> None:
    assert counts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between 60 and 80 families were moved.",
            [("Between 60 and 80 families", 60, 80, "between", "families")],
        ),
        (
            "Analysts expect 300,000 to 400,000 barrels a day.",
            [("300,000 to 400,000 barrels a day", 300000, 400000, "between", "barrels per day")],
        ),
        ("Crews restored 150-200 pylons.", [("150-200 pylons", 150, 200, "between", "pylons")]),
        # A change from one number to another is two counts, not a range.
        (
            "Officials raised the toll from 12 to 15 on Friday.",
            [("12", 12, 12, "exact", "people"), ("15", 15, 15, "exact", "people")],
        ),
        (
            "The fleet grew from 40 to 55 ships.",
            [("40", 40, 40, "exact", "ships"), ("55 ships", 55, 55, "exact", "ships")],
        ),
        # A vote is two counts of votes.
        (
            "The motion passed 214 to 97 on Monday.",
            [("214", 214, 214, "exact", "votes"), ("97", 97, 97, "exact", "votes")],
        ),
        (
            "The board backed the plan, voting 5-4.",
            [("5", 5, 5, "exact", "votes"), ("4", 4, 4, "exact", "votes")],
        ),
        (
            "The judges handed down a 6-3 ruling.",
            [("6", 6, 6, "exact", "votes"), ("3", 3, 3, "exact", "votes")],
        ),
    ],
)
def test_ranges_changes_and_votes(
    text: str, expected: list[tuple[str, int, int | None, str, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire held from 2019 to 2021.",  # years
        "Prices rose 5 to 10 percent.",  # shares
    ],
)
def test_joined_numbers_that_are_not_counts(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X of the Y": two counts, the part taking the whole's noun.
        (
            "Thirty of the 45 wards voted no.",
            [("Thirty", 30, 30, "exact", "wards"), ("45 wards", 45, 45, "exact", "wards")],
        ),
        (
            "Some 12 of its 80 branches will close.",
            [
                ("Some 12", 11, 13, "around", "branches"),
                ("80 branches", 80, 80, "exact", "branches"),
            ],
        ),
        # Harm verbs count people when the noun is left out.
        (
            "The blast killed 9 and injured 31.",
            [("9", 9, 9, "exact", "people"), ("31", 31, 31, "exact", "people")],
        ),
        (
            "The storm killed 4 people, injuring more than 60.",
            [
                ("4 people", 4, 4, "exact", "people"),
                ("more than 60", 61, None, "more-than", "people"),
            ],
        ),
        # The elided noun of the count just before, or of a "how many" question.
        (
            "About 90 flats burned and several hundred more were damaged.",
            [
                ("About 90 flats", 81, 99, "around", "flats"),
                ("several hundred", 300, 900, "several", "flats"),
            ],
        ),
        (
            "How many more nurses will come? The union says a few hundred.",
            [("a few hundred", 200, 500, "a-few", "nurses")],
        ),
        (
            "The panel has ten judges, five from each side.",
            [("ten judges", 10, 10, "exact", "judges"), ("five", 5, 5, "exact", "judges")],
        ),
    ],
)
def test_elided_nouns(text: str, expected: list[tuple[str, int, int | None, str, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose by about 30 in March.",  # a hedged number that leans on nothing
        "The index closed at 4,512.",
        "Room 12 was searched.",
    ],
)
def test_bare_numbers_that_lean_on_nothing(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Goods take a rate; "in day" is a machine translation's "per day".
        (
            "The field pumps 450,000 barrels per day.",
            ("450,000 barrels per day", 450000, 450000, "exact", "barrels per day"),
        ),
        (
            "The pipeline carries 80 million cubic metres a day.",
            ("80 million cubic metres a day", 80000000, 80000000, "exact", "cubic metres per day"),
        ),
        (
            "Output fell by 300 thousand barrels in day.",
            ("300 thousand barrels in day", 300000, 300000, "exact", "barrels per day"),
        ),
        # A classifier: "head of cattle" counts the cattle.
        (
            "The drought killed 2,000 head of sheep.",
            ("2,000 head of sheep", 2000, 2000, "exact", "sheep"),
        ),
        # A length of something is an amount; a distance between places is not.
        ("Crews will resurface 25 miles of road.", ("25 miles", 25, 25, "exact", "miles")),
        ("The town lies 25 miles north of the border.", None),
        (
            "The fire burned 30 square miles of forest.",
            ("30 square miles", 30, 30, "exact", "square miles"),
        ),
    ],
)
def test_rates_classifiers_and_lengths(
    text: str, expected: tuple[str, int, int, str, str] | None
) -> None:
    assert counts(text) == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # How long an event lasts (minutes, hours, days after "for" / "after", or a rate).
        (
            "Negotiators met for more than six hours.",
            ("more than six hours", 7, None, "more-than", "hours"),
        ),
        ("The curfew will stay in force for 14 days.", ("14 days", 14, 14, "exact", "days")),
        ("The order will be reviewed after 90 days.", ("90 days", 90, 90, "exact", "days")),
        ("The deal caps shifts at 48 hours a week.", ("48 hours", 48, 48, "exact", "hours")),
        ("They agreed a three-year deal.", ("three-year deal", 3, 3, "exact", "years")),
        # Spans between events, careers and waits are not counts.
        ("The plant must close within 18 months.", None),
        ("He has taught there for 30 years.", None),
        ("The strike began two days after talks collapsed.", None),
        ("It was the worst flood in 50 years.", None),
        ("A 71-year-old woman was rescued.", None),
    ],
)
def test_lengths_of_time(text: str, expected: tuple[str, int, int | None, str, str] | None) -> None:
    assert counts(text) == ([expected] if expected else [])


def test_a_definite_back_reference_is_not_counted_twice() -> None:
    text = "Troops were sent to four districts. Schools in the four districts stay shut."
    assert [c[0] for c in counts(text)] == ["four districts"]


@pytest.mark.parametrize(
    ("text", "exact"),
    [
        ("The union's 3,100 members voted.", "3,100 members"),  # a possessive is a first mention
        ("All 27 governments agreed.", "27 governments"),
        ("The 12 jurors retired.", "12 jurors"),  # "the" on a first mention still counts
    ],
)
def test_first_mentions_with_a_determiner_count(text: str, exact: str) -> None:
    assert [c[0] for c in counts(text)] == [exact]


@pytest.mark.parametrize(
    "text",
    [
        "Ships queued outside the region's two busiest harbours.",
        "The three largest banks agreed.",
    ],
)
def test_superlatives_name_rather_than_count(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The donors pledged $12 million on Friday.",
        "It will cost 40 million dollars.",
        "The fund raised €3bn last year.",
        "Turnout was 64 percent, up 3 points.",
        "A 6.1 magnitude quake struck at 4:15 a.m.",
        "The quake had a magnitude of 5.8.",
        "A 38-year-old driver was charged.",
        "The man, aged 52, was released.",
        "The vote is set for May 7, and results come on 9 June.",
        "It was the 3rd time in the 21st century.",
        "Call 0800 555 0199 for help.",
        "The accord dates from 1998.",
        "The bill goes to Committee 4 next.",
        "Temperatures hit 41 degrees.",
        "She visited three times.",
    ],
)
def test_numbers_that_are_not_counts(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    "hostile",
    [
        "5 " * 20_000,
        "about 5.\n" * 5_000,
        "from 5 to " * 5_000,
        "40 of the " * 5_000,
        "5 soldiers" + ", a" * 20_000,
        "1" * 50_000,
        "more than " * 10_000,
    ],
    ids=["numbers", "leaning", "changes", "partitives", "list", "digits", "hedges"],
)
def test_hostile_text_takes_linear_time(hostile: str) -> None:
    # A quadratic step would take minutes on 40,000 characters; linear takes well under a second.
    began = time.perf_counter()
    extract_counts(hostile, [(0, len(hostile))])
    assert time.perf_counter() - began < 5.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N others" leans on the count before it.
        (
            "At least 8 miners died and 20 others were hurt.",
            [
                ("At least 8 miners", 8, None, "at-least", "miners"),
                ("20", 20, 20, "exact", "miners"),
            ],
        ),
        # A part of a group named by a definite noun.
        (
            "Police said four of the suspects fled.",
            [("four of the suspects", 4, 4, "exact", "suspects")],
        ),
        ("Two of its reactors are offline.", [("Two of its reactors", 2, 2, "exact", "reactors")]),
        # A ratio is not a count.
        ("One in four adults smokes.", []),
        ("Seven in 10 nurses backed the deal.", []),
    ],
)
def test_others_parts_and_ratios(
    text: str, expected: list[tuple[str, int, int | None, str, str]]
) -> None:
    assert counts(text) == expected
