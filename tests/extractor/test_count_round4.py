"""Stage 3b: count classes checked on evalsets/dev 047-056 (round 4), rule by rule.

Each rule: a sentence it was written for, a second one it also fixes, and one it must not
touch. All sentences are written for these tests (none is a dev or seed sentence).
"""

from __future__ import annotations

import time

import pytest

from natoiraq.extractor.counts import extract_counts
from natoiraq.text import sentences

Unit = tuple[str, str]


def units(text: str) -> list[Unit]:
    found = extract_counts(text, sentences(text, 0, len(text)))
    return [(text[h.start : h.end], h.value.unit) for h in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A table written as sentences counts its header's noun.
        (
            "Arrivals by port (this week)\nDover: 1,204 this week.\nHull: 310 this week.",
            [("1,204", "arrivals"), ("310", "arrivals")],
        ),
        (
            "Ballots by ward\nNorth: 4,120 for; 2,001 against.",
            [("4,120", "ballots"), ("2,001", "ballots")],
        ),
        # A line of prose above is no header.
        ("The club kept its books open all year.\nAttendance: 4,000 in total.", []),
    ],
)
def test_a_table_row_counts_its_headers_noun(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part whose whole opens the clause counts the whole's noun.
        ("Of the remaining ballots, 1,200 were spoiled.", [("1,200", "ballots")]),
        (
            "Officials checked the lorries. Of these lorries, 14 were overloaded.",
            [("14", "lorries")],
        ),
        # A whole with no plural noun says nothing.
        ("Of the money raised, 40 went to the shelter.", []),
    ],
)
def test_a_fronted_partitive_counts_its_whole(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A toll takes the harm counted before it in its sentence, else people.
        (
            "Three fatalities were confirmed overnight, bringing the toll to 17.",
            [("Three fatalities", "fatalities"), ("17", "fatalities")],
        ),
        (
            "Nine deaths were reported on Monday, and the toll rose to 40.",
            [("Nine deaths", "deaths"), ("40", "deaths")],
        ),
        # Rescued survivors are no harm: the toll still counts people.
        (
            "Crews pulled 12 survivors from the rubble, and the toll rose to 40.",
            [("12 survivors", "survivors"), ("40", "people")],
        ),
    ],
)
def test_a_toll_takes_the_harm_counted_before_it(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A score counts the scoring noun of the sport named near it.
        (
            "In the city's basketball derby on Saturday, the Hawks won 98-91.",
            [("98", "points"), ("91", "points")],
        ),
        ("The cricket club won 187-150 against Ashby.", [("187", "runs"), ("150", "runs")]),
        # With no sport and no scoring noun named: goals (with a doubt).
        ("Harlow won 3-1 at home.", [("3", "goals"), ("1", "goals")]),
    ],
)
def test_a_score_counts_its_sports_scoring_noun(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


def test_a_score_with_no_sport_keeps_its_doubt() -> None:
    text = "Harlow won 3-1 at home."
    assert {h.doubt for h in extract_counts(text, [(0, len(text))])} == {
        "a score whose scoring unit is not named, read as goals"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dictionary compound of a facility keeps its modifier.
        (
            "The council opened three evacuation centres overnight.",
            [("three evacuation centres", "evacuation centres")],
        ),
        ("The town has two police stations.", [("two police stations", "police stations")]),
        # No dictionary compound: the head alone.
        ("The ministry will open four fever clinics.", [("four fever clinics", "clinics")]),
    ],
)
def test_a_facility_compound_keeps_its_modifier(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A coordinated list of jobs is kept whole and counts personnel.
        (
            "The trust will recruit 40 doctors, nurses and paramedics.",
            [("40 doctors, nurses and paramedics", "personnel")],
        ),
        (
            "The court hired six more translators and clerks.",
            [("six more translators and clerks", "personnel")],
        ),
        # Not every noun a job: the first noun only.
        (
            "The ferry carried 300 passengers and drivers.",
            [("300 passengers", "passengers")],
        ),
    ],
)
def test_a_list_of_jobs_counts_personnel(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hedged bare number before a time adjunct takes the noun it leans on.
        (
            "The hall, built for 200 people, held nearly 500 last winter.",
            [("200 people", "people"), ("nearly 500", "people")],
        ),
        (
            "Police counted 40 protesters on Friday and more than 300 on Saturday.",
            [("40 protesters", "protesters"), ("more than 300", "protesters")],
        ),
        # After "by" the number is a change's size.
        ("The shop sold 80 bikes, and sales rose by about 30 in March.", [("80 bikes", "bikes")]),
    ],
)
def test_a_time_adjunct_keeps_an_elided_noun(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An additive between "for" and a decided length keeps it a length.
        ("The judge extended his bail for another 30 days.", [("30 days", "days")]),
        ("The ban was extended for an additional six months.", [("six months", "months")]),
        # An activity's length is still none.
        ("He worked at the mill for another 12 years.", []),
    ],
)
def test_an_additive_length_decided(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A tenure after "after" is how long someone served.
        ("She will retire in May after 15 years at the bank.", []),
        ("He is to leave after six years as chief executive.", []),
        # A season of a study is a length of time: how long it ran.
        ("The trial plots doubled their yield after only two winters.", []),
        # A request plans the asking, not the length.
        ("The landlords said they would ask the mayor to revisit the cap after three years.", []),
        # A review planned with no request is still a length decided.
        ("The scheme will be reviewed after six months.", [("six months", "months")]),
    ],
)
def test_tenures_seasons_and_requests_are_no_lengths(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A superlative inside a compound picks out which ones.
        ("Aid went first to the three hardest-hit counties.", []),
        ("Dealers cut prices on the two best-selling models.", []),
        # A compound that is no superlative is an adjective.
        ("The hotel has 40 west-facing rooms.", [("40 west-facing rooms", "rooms")]),
    ],
)
def test_a_superlative_compound_counts_nothing(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Weather service: warnings and rest places, a decided extension.
        (
            "Forecasters issued five wind warnings and the county opened two rest centres.",
            [("five wind warnings", "wind warnings"), ("two rest centres", "rest centres")],
        ),
        # Sports bulletin: a netball score.
        (
            "In the netball semi-final the Flyers won 61-48.",
            [("61", "goals"), ("48", "goals")],
        ),
        # Council minutes: a table of votes under its header.
        (
            "Votes cast\nNorth ward: 512 for; 140 against.",
            [("512", "votes"), ("140", "votes")],
        ),
        # Health bulletin: a fronted whole.
        (
            "Of the 90 patients, 12 were in intensive care.",
            [("90 patients", "patients"), ("12", "patients")],
        ),
        # Profile: years of a career are no count.
        ("The candidate, who stepped down after 11 years with the charity, is 52.", []),
        # Company news: staff hired, kept whole.
        (
            "The airline will hire 120 pilots and engineers next year.",
            [("120 pilots and engineers", "personnel")],
        ),
        # Environment: a survey's seasons, then a count of birds.
        (
            "After three summers the survey had ringed about 4,000 swallows.",
            [("about 4,000 swallows", "swallows")],
        ),
        # Courts: a suspension extended.
        (
            "The tribunal extended the suspension for a further 28 days.",
            [("28 days", "days")],
        ),
        # Disaster report: the worst-hit ones are a definite description.
        ("Rescuers reached the four worst-affected villages by boat.", []),
        # Refugee report: an elided noun before a month.
        (
            "The camp, built for 900 people, held about 2,000 in March.",
            [("900 people", "people"), ("about 2,000", "people")],
        ),
    ],
    ids=lambda value: value[:24] if isinstance(value, str) else "",
)
def test_other_styles_round_four(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    "hostile",
    [
        "Row: 12 new; 40 in total.\n",
        "Of the new cases, 212 were confirmed. ",
        "taking the toll to 23. ",
        "held more than 1,400 in January, ",
    ],
)
def test_round_four_forms_take_linear_time(hostile: str) -> None:
    # Each form reads a bounded window (a table's rows, a fronted whole, a toll's sentence):
    # four times the text takes about four times as long, where a scan back to the text's start
    # would take sixteen. Best of three runs, against the noise of a shared machine.
    def seconds(n: int) -> float:
        text = hostile * n
        runs = []
        for _ in range(3):
            began = time.perf_counter()
            extract_counts(text, [(0, len(text))])
            runs.append(time.perf_counter() - began)
        return min(runs)

    assert seconds(4000) < 8 * seconds(1000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative clause's length is not the decision's before it.
        (
            "The council lifted a fire ban in two valleys, where no fire was seen for 20 days.",
            [("two valleys", "valleys")],
        ),
        (
            "The agency closed four beaches, which had been monitored for six weeks.",
            [("four beaches", "beaches")],
        ),
        # A decided length in its own clause still counts.
        (
            "The council closed the road, which it will keep shut for 14 days.",
            [("14 days", "days")],
        ),
    ],
)
def test_a_relative_clause_keeps_its_own_lengths(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected
