"""Which dates and counts the extractor links on evidence, which it guesses, which it leaves
`unassigned` (src/natoiraq/extractor/topics.py). A guess is never `contradicted` by check
(docs/verdicts.md, "Confidence"). Each rule has an example it must fix, a second one it should
also fix, and one it must not touch. Sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from natoiraq.extractor import extract_claims
from natoiraq.io.seeds import load_seed
from natoiraq.models import Registry
from natoiraq.validator import load_corpus
from tests.conftest import REPO

PUBLISHED = dt.date(2020, 1, 6)


@cache
def registry() -> Registry:
    loaded = load_corpus(REPO / "corpus", REPO)
    assert loaded.corpus is not None
    return loaded.corpus.registry


def _link(text: str, exact: str, reg: Registry | None = None) -> tuple[str, bool]:
    """(topic, confident) of the claim whose evidence is `exact`."""
    found = extract_claims(text, reg or registry(), PUBLISHED)
    [claim] = [c for c in found.claims if c.evidence.exact == exact]
    return claim.topic, claim.id not in found.guessed


@pytest.mark.parametrize(
    ("text", "exact", "topic", "confident"),
    [
        # A trigger of the event with a participant in the clause.
        ("Trump made a call in January to the alliance.", "January",
         "trump-nato-call-2020-01-08", True),
        ("The U.S. drone strike on Jan. 5 that killed Iranian General Qasem Soleimani shook "
         "the region.", "Jan. 5", "soleimani-strike", True),
        # A trigger alone is no evidence: a strike by whom? (must not touch)
        ("Officials said the drone strike on January 3 killed the general near the airport.",
         "January 3", "unassigned", False),
        ("Dockworkers said the port strike would begin on Jan. 7.", "Jan. 7", "unassigned",
         False),
        # Two events with evidence: the one next to the date wins, confidently.
        ("The January 3 strike that killed Iranian General Qasem Soleimani sparked outrage in "
         "Baghdad and a vote by the Iraqi parliament to oust all foreign troops.", "January 3",
         "soleimani-strike", True),
        # A date relative to publication is a doubt by nature.
        ("The strike that killed Soleimani last Friday shook the region.", "last Friday",
         "soleimani-strike", False),
    ],
)  # fmt: skip
def test_date_links(text: str, exact: str, topic: str, confident: bool) -> None:
    assert _link(text, exact) == (topic, confident)


@pytest.mark.parametrize(
    ("text", "exact", "topic", "confident"),
    [
        # The counted noun's family and the quantity's owner in the clause.
        ("Troops come from all of NATO's 30 members.", "30 members", "nato-member-count", True),
        ("NATO Mission Iraq has 5,000 personnel in the country.", "5,000 personnel",
         "nmi-personnel", True),
        # A description ("The mission") stands for what the text names elsewhere.
        ("NATO Mission Iraq trains officers. The mission has 500 trainers.", "500 trainers",
         "nmi-personnel", True),
        # ... and for nothing where the text names nothing (must not touch).
        ("The union said its 300 members would vote.", "300 members", "unassigned", False),
        ("The mission has 500 volunteers and 20 doctors.", "20 doctors", "unassigned", False),
        # No owner in the count's clause.
        ("In 2018, NATO agreed to start a training mission in Iraq involving around 500 troops.",
         "around 500 troops", "unassigned", False),
    ],
)  # fmt: skip
def test_count_links(text: str, exact: str, topic: str, confident: bool) -> None:
    assert _link(text, exact) == (topic, confident)


def _quake_registry() -> Registry:
    return Registry.model_validate({
        "version": 2,
        "entities": [{"id": "ecuador", "type": "country", "name": "Ecuador"}],
        "events": [{"id": "quake", "name": "The quake", "triggers": ["quake", "earthquake"],
                    "participants": ["ecuador"]}],
        "quantities": [
            {"id": "quake-deaths", "name": "Dead", "unit": "people",
             "participants": ["quake"], "triggers": ["killed", "dead", "died"]},
            {"id": "quake-injured", "name": "Injured", "unit": "people",
             "participants": ["quake"], "triggers": ["injured", "injuring", "hurt"]},
            {"id": "quake-aftershocks", "name": "Aftershocks", "unit": "aftershocks",
             "participants": ["quake"]},
        ],
    })  # fmt: skip


@pytest.mark.parametrize(
    ("text", "exact", "topic"),
    [
        # A participant event is named by its trigger; the quantity's trigger next to the
        # number tells the dead from the injured.
        ("The quake killed at least 40 people, injuring more than 200 people.",
         "at least 40 people", "quake-deaths"),
        ("The quake killed at least 40 people, injuring more than 200 people.",
         "more than 200 people", "quake-injured"),
        # A specific noun that only one quantity counts needs no owner named.
        ("Dozens of aftershocks followed through the night.", "Dozens of aftershocks",
         "quake-aftershocks"),
        # A generic noun does (must not touch).
        ("At least 40 people attended the vigil.", "At least 40 people", "unassigned"),
    ],
)  # fmt: skip
def test_quantities_of_one_owner(text: str, exact: str, topic: str) -> None:
    assert _link(text, exact, _quake_registry())[0] == topic


def test_unplaced_claims_come_with_proposals() -> None:
    found = extract_claims("The election will be held on Oct. 14, officials said. The union "
                           "said its 300 members would vote.", registry(), PUBLISHED)  # fmt: skip
    proposed = {p.id: p for p in found.proposed_topics}
    assert "election" in proposed and proposed["election"].proposed
    assert "members" in proposed and proposed["members"].unit == "members"


@pytest.mark.parametrize(
    "text",
    ["Jan. 5", " Jan. 5 ", "On\n\nJan. 5", "x" * 50 + " Jan. 5 " + "y" * 50, "3 troops"],
)
def test_a_claim_at_the_edge_of_its_text_links_without_error(text: str) -> None:
    found = extract_claims(text, registry(), PUBLISHED)
    assert all(c.evidence.start >= 0 for c in found.claims)


def _other_stories() -> list[Path]:
    """The development set's seeds whose reviewed claims are all about other stories: no topic
    of theirs is an id of this corpus's registry (read from the annotations, so an article
    added to the set on this story is not taken for another)."""
    from ruamel.yaml import YAML

    ours = set(_registry_ids())
    dev = REPO / "evalsets" / "dev"
    found = []
    for path in sorted((dev / "corpus" / "articles").glob("*.yaml")):
        article = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
        topics = {c.get("topic") for c in article.get("claims") or []}
        if not topics & ours:
            found.append(dev / article["seed"])
    return found


def _registry_ids() -> list[str]:
    reg = registry()
    return [i.id for part in (reg.entities, reg.events, reg.quantities, reg.topics) for i in part]


OTHER_STORIES = _other_stories()


@pytest.mark.parametrize("seed", OTHER_STORIES, ids=[p.stem for p in OTHER_STORIES])
def test_text_about_another_story_never_gets_this_story_s_topics(seed: Path) -> None:
    # The development set's articles on other stories (a quake, an oil cut, a union vote ...),
    # read with this corpus's registry: every claim is unassigned (issue 10).
    found = extract_claims(load_seed(seed).text, registry())
    assert [(c.evidence.exact, c.topic) for c in found.claims if c.topic != "unassigned"] == []


@pytest.mark.parametrize(
    ("text", "exact", "topic"),
    [
        # A description after a possessive name is specific ("Iraq's parliament").
        ("Iraq's parliament voted on Sunday to demand that foreign troops leave.", "Sunday",
         "iraqi-parliament-vote-2020-01-05"),
        ("NATO's allies agreed on Feb. 12, 2020 to enhance the mission.", "Feb. 12, 2020",
         "nmi-enhancement-2020-02"),
        # A bare description of something the text never names is not (must not touch).
        ("The parliament voted on Sunday to demand that foreign troops leave.", "Sunday",
         "unassigned"),
    ],
)  # fmt: skip
def test_a_possessive_name_makes_a_description_specific(text: str, exact: str, topic: str) -> None:
    assert _link(text, exact)[0] == topic


@pytest.mark.parametrize(
    ("text", "exact", "topic"),
    [
        # An introductory clause keeps its date: the strike's, not the main verb's.
        ("After the U.S. strike that killed Soleimani on Jan. 3, NATO suspended its training.",
         "Jan. 3", "soleimani-strike"),
        ("Following the strike on Qasem Soleimani on Jan. 3, the alliance halted training.",
         "Jan. 3", "soleimani-strike"),
        # Months from every day the registry gives the event: another vote (must not touch a
        # slip of days, which stays linked and is judged).
        ("Iraq's parliament will vote again in early March, officials said.", "early March",
         "unassigned"),
        ("Iraq's parliament voted on Jan. 6 to expel foreign troops.", "Jan. 6",
         "iraqi-parliament-vote-2020-01-05"),
    ],
)  # fmt: skip
def test_introductory_clauses_and_other_occurrences(text: str, exact: str, topic: str) -> None:
    assert _link(text, exact)[0] == topic


def _fire_registry() -> Registry:
    from natoiraq.models import Entity, Quantity

    return Registry(
        entities=[Entity(id="velm", type="place", name="Velm")],
        quantities=[
            Quantity(id="fire-deaths", name="Deaths in the Velm fire", unit="people",
                     units=["people", "dead"], participants=["velm"],
                     triggers=["killed", "died", "dead"]),
            Quantity(id="fire-injured", name="Injured in the Velm fire", unit="people",
                     units=["people", "injured"], participants=["velm"],
                     triggers=["injured", "hurt"]),
        ],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "exact", "topic", "confident"),
    [
        # Fix: the quantity's own word next to the number, its owner named elsewhere in the
        # text: a guess, never a confident link.
        ("A fire swept through a textile plant in Velm on Monday.\n\nAt least 12 people were "
         "killed, officials said.", "At least 12 people", "fire-deaths", False),
        # Also fix: another quantity's word picks that quantity.
        ("A fire swept through a textile plant in Velm on Monday.\n\nAnother 30 people were "
         "hurt, officials said.", "30 people", "fire-injured", False),
        # Must not touch: a story that never names the owner.
        ("A fire swept through a textile plant on Monday.\n\nAt least 12 people were killed, "
         "officials said.", "At least 12 people", "unassigned", False),
        # Must not touch: no word of the quantity next to the number.
        ("A fire swept through a textile plant in Velm on Monday.\n\nAbout 200 people work "
         "there, officials said.", "About 200 people", "unassigned", False),
    ],
)  # fmt: skip
def test_count_owner_named_elsewhere(text: str, exact: str, topic: str, confident: bool) -> None:
    assert _link(text, exact, _fire_registry()) == (topic, confident)


@pytest.mark.parametrize(
    ("text", "exact", "topic", "confident"),
    [
        # Fix: the event's word next to the date, its participant named in another paragraph.
        ("The Iraqi parliament met in Baghdad under heavy guard.\n\nLawmakers voted on Jan. 5 "
         "to expel foreign troops.", "Jan. 5", "iraqi-parliament-vote-2020-01-05", False),
        # Also fix: the same for the halt of the training.
        ("NATO has trained Iraqi officers since 2018.\n\nThe courses were halted on Jan. 4 for "
         "safety reasons.", "Jan. 4", "nmi-suspension-2020-01", False),
        # Must not touch: no participant named anywhere in the text.
        ("Lawmakers voted on Jan. 5 to close the airport.", "Jan. 5", "unassigned", False),
        # Must not touch: months from the event, it is another event of that kind.
        ("The Iraqi parliament met in Baghdad under heavy guard.\n\nLawmakers voted on May 20 "
         "to raise fuel prices.", "May 20", "unassigned", False),
    ],
)  # fmt: skip
def test_date_participant_named_elsewhere(text: str, exact: str, topic: str,
                                          confident: bool) -> None:  # fmt: skip
    assert _link(text, exact) == (topic, confident)


def _ferry_registry() -> Registry:
    from natoiraq.models import Entity, Topic

    return Registry(
        entities=[
            Entity(id="mara-lind", type="person", name="Mara Lind"),
            Entity(id="velm-ferries", type="organisation", name="Velm Ferries"),
        ],
        topics=[
            Topic(id="ferry-safety", name="Safety of the ferry fleet",
                  triggers=["safety", "inspection", "inspections"],
                  participants=["velm-ferries", "mara-lind"]),
        ],
    )  # fmt: skip


def _quote_topics(text: str) -> list[tuple[str, bool]]:
    found = extract_claims(text, _ferry_registry(), PUBLISHED)
    return [(c.topic, c.id not in found.guessed and "guess" not in (c.doubt or ""))
            for c in found.claims if c.kind == "quote"]  # fmt: skip


def test_a_quote_reads_its_paragraph_as_a_guess() -> None:
    # Fix: the lead-in sentence says what the quote is about.
    text = ('Asked about the safety of the Velm Ferries fleet, Mara Lind did not hesitate. '
            '"Every boat will be checked before the summer," she said.\n')  # fmt: skip
    assert _quote_topics(text) == [("ferry-safety", False)]


def test_a_speaker_goes_on_about_the_same_thing() -> None:
    # Also fix: the next quote of the same speaker, with no evidence of its own.
    text = ('"Safety comes first at Velm Ferries," Mara Lind said.\n\n'
            '"We owe that to every passenger," she added.\n')  # fmt: skip
    assert [t for t, _ in _quote_topics(text)] == ["ferry-safety", "ferry-safety"]


def test_another_paragraph_and_another_speaker_are_not_read() -> None:
    # Must not touch: the lead-in is in another paragraph, and the next quote is another's.
    # Neither quote takes the safety inspections of the paragraph before as evidence: Mara
    # Lind's gets her one registry topic, the passenger's (whom the registry does not list) the
    # topic the whole text is about, each only as a guess that says why.
    text = ('Velm Ferries ordered new safety inspections on Monday.\n\n'
            '"The weather was kind to us," Mara Lind said.\n\n'
            '"I just want to get home," said Tom Berg, a passenger.\n')  # fmt: skip
    assert _quote_topics(text) == [("ferry-safety", False), ("ferry-safety", False)]
    found = extract_claims(text, _ferry_registry(), PUBLISHED)
    doubts = [c.doubt or "" for c in found.claims if c.kind == "quote"]
    assert "the speaker's only topic" in doubts[0]
    assert "the topic the whole text is most about" in doubts[1]
    assert "paragraph" not in doubts[0] + doubts[1]


def test_the_speakers_only_topic_needs_a_speaker_listed_in_one_topic() -> None:
    # Must not touch: a speaker the registry lists in two topics gets no guess from them.
    from natoiraq.models import Topic

    registry = _ferry_registry()
    registry = registry.model_copy(update={"topics": [*registry.topics, Topic(
        id="ferry-fares", name="Fares of the ferry line", triggers=["fares"],
        participants=["mara-lind"])]})  # fmt: skip
    found = extract_claims('Talks went on.\n\n"The weather was kind to us," Mara Lind said.\n',
                           registry, PUBLISHED)  # fmt: skip
    assert [c.topic for c in found.claims if c.kind == "quote"] == ["unassigned"]


def _mission_registry() -> Registry:
    from natoiraq.models import Entity, Quantity

    return Registry(
        entities=[
            Entity(id="velmark", type="country", name="Velmark"),
            Entity(id="relief-mission", type="mission", name="Velm Relief Mission"),
        ],
        quantities=[
            Quantity(id="mission-extra-staff", name="Staff added to the Velm Relief Mission",
                     unit="medics", units=["medics", "staff"], participants=["relief-mission"],
                     triggers=["more", "additional"]),
        ],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "exact", "confident"),
    [
        # Fix: a country's contribution is its share of the quantity, not the whole: a guess.
        ("Velmark will send up to 40 more medics to the Velm Relief Mission.",
         "up to 40 more medics", False),
        # Also fix: the same with another verb.
        ("Velmark has offered 12 additional medics to the Velm Relief Mission.",
         "12 additional medics", False),
        # Must not touch: the country is a place here, not the owner of the count.
        ("In Velmark, the Velm Relief Mission will add 40 more medics.", "40 more medics",
         True),
        # Also fix: a country the registry does not list, known by its name.
        ("Norway is ready to send 40 more medics to the Velm Relief Mission.",
         "40 more medics", False),
        # Must not touch: a capitalised word that opens the clause is not a country by itself.
        ("Officials will send 40 more medics to the Velm Relief Mission.", "40 more medics",
         True),
        # Must not touch: no country in the clause.
        ("The Velm Relief Mission will add 40 more medics.", "40 more medics", True),
    ],
)  # fmt: skip
def test_a_countrys_share_is_a_guess(text: str, exact: str, confident: bool) -> None:
    assert _link(text, exact, _mission_registry()) == ("mission-extra-staff", confident)


def _owner_registry() -> Registry:
    from natoiraq.models import Entity, Quantity

    return Registry(
        entities=[
            Entity(id="norland", type="country", name="Norland", aliases=["Norlandic"]),
            Entity(id="velm-alliance", type="organisation", name="Velm Alliance",
                   aliases=["the alliance"]),
            Entity(id="relief-mission", type="mission", name="Velm Alliance Relief Mission"),
        ],
        quantities=[
            Quantity(id="mission-staff", name="Staff of the relief mission", unit="staff",
                     units=["staff", "troops", "trainers"], participants=["relief-mission"]),
            Quantity(id="norland-troops", name="Norland's troops abroad", unit="troops",
                     units=["troops", "soldiers"], participants=["norland"]),
        ],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "exact", "topic"),
    [
        # Fix: the subject of "has" owns the count, not the nationality the clause adds.
        ("The Velm Alliance has 800 troops in the region, most of them Norlandic.",
         "800 troops", "mission-staff"),
        # Also fix: a possessive owner (named before by its name).
        ("The Velm Alliance met on Monday.\n\nThe alliance's roughly 800 trainers stayed put.",
         "roughly 800 trainers", "mission-staff"),
        # Must not touch: the owner's own quantity.
        ("Norland has 800 troops in the region.", "800 troops", "norland-troops"),
        # Must not touch: no owner said, the participant in the clause decides.
        ("About 800 troops serve with the Velm Alliance Relief Mission.", "About 800 troops",
         "mission-staff"),
    ],
)  # fmt: skip
def test_the_owner_of_a_count(text: str, exact: str, topic: str) -> None:
    assert _link(text, exact, _owner_registry())[0] == topic


@pytest.mark.parametrize(
    ("text", "exact_start", "topic"),
    [
        # Fix: the decision's own verb names the event its actor takes part in, though the
        # clause names no trigger and participant of it together.
        ("NATO met on Monday.\n\nIt said it would restart the courses when conditions allow.",
         "it would restart", "nmi-resumption"),
        # Also fix: a suspension by the alliance, named by a pronoun.
        ("NATO met on Monday.\n\nIt said it had halted the courses for now.",
         "it had halted", "nmi-suspension-2020-01"),
        # Must not touch: a decision of an actor the registry ties to no such item.
        ("The Velm harbour board halted its dredging work for now.", "Velm harbour board",
         "unassigned"),
    ],
)  # fmt: skip
def test_a_decision_is_about_what_its_verb_and_parties_name(
    text: str, exact_start: str, topic: str
) -> None:
    found = extract_claims(text, registry(), PUBLISHED)
    [claim] = [c for c in found.claims
               if c.kind == "decision" and c.evidence.exact.startswith(exact_start)]  # fmt: skip
    assert claim.topic == topic


def test_a_description_in_capitals_is_still_a_description() -> None:
    # Fix: "the Alliance" of a local party is the registry's description "the alliance" in
    # capitals, not NATO named: its decisions get no NATO topic.
    text = ("The Green Farmers' Alliance launched its campaign in Velm on Monday. Its leader said "
            "the Alliance would expand its bus scheme to every village.")  # fmt: skip
    found = extract_claims(text, registry(), PUBLISHED)
    assert {c.topic for c in found.claims if c.kind == "decision"} <= {"unassigned"}
    # Must not touch: where NATO is named, "the Alliance" is NATO.
    text = "NATO met in Brussels on Monday. The Alliance suspended its training in Iraq."
    found = extract_claims(text, registry(), PUBLISHED)
    assert [c.topic for c in found.claims if c.kind == "decision"] == ["nmi-suspension-2020-01"]


def _two_tolls_registry() -> Registry:
    from natoiraq.models import Entity, Event, Quantity

    return Registry(
        entities=[
            Entity(id="velm-fire-service", type="organisation", name="Velm Fire Service"),
            Entity(id="norland-health", type="organisation", name="Norland Health Ministry"),
        ],
        events=[
            Event(id="velm-fire", name="Velm warehouse fire", triggers=["fire", "deaths"],
                  participants=["velm-fire-service"]),
            Event(id="norland-fever", name="Norland fever outbreak", triggers=["outbreak"],
                  participants=["norland-health"]),
        ],
        quantities=[
            Quantity(id="fire-deaths", name="Deaths in the Velm fire", unit="deaths",
                     units=["deaths", "people"], participants=["velm-fire"]),
        ],
    )  # fmt: skip


def test_an_event_of_another_story_is_no_participant() -> None:
    # Fix: "deaths" in a story about the fever outbreak is not the fire's toll.
    text = ("The Norland Health Ministry reported the fever outbreak's latest figures on Monday. "
            "Two deaths were recorded overnight.")  # fmt: skip
    found = extract_claims(text, _two_tolls_registry(), PUBLISHED)
    assert [c.topic for c in found.claims if c.kind == "count"] == ["unassigned"]
    # Must not touch: in the fire's story, its toll.
    text = ("The Velm Fire Service said the fire was out on Monday. "
            "Two deaths were recorded overnight.")  # fmt: skip
    found = extract_claims(text, _two_tolls_registry(), PUBLISHED)
    assert [c.topic for c in found.claims if c.kind == "count"] == ["fire-deaths"]


def _tally_registry() -> Registry:
    from natoiraq.models import Entity, Quantity

    return Registry(
        entities=[Entity(id="harbour-board", type="organisation", name="Velm Harbour Board")],
        quantities=[
            Quantity(id="quay-votes-for", name="Votes for closing the quay", unit="votes",
                     participants=["harbour-board"], triggers=["carried"]),
            Quantity(id="quay-votes-against", name="Votes against closing the quay",
                     unit="votes", participants=["harbour-board"], triggers=["against"]),
        ],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "exact", "topic"),
    [
        # Fix: a tally gives the ayes first and the noes second.
        ("The Velm Harbour Board voted by 7 to 2 to close the quay.", "7", "quay-votes-for"),
        ("The Velm Harbour Board voted by 7 to 2 to close the quay.", "2",
         "quay-votes-against"),
        # Also fix: a dash between the two.
        ("The motion of the Velm Harbour Board to close the quay was carried 6-3.", "3",
         "quay-votes-against"),
    ],
)  # fmt: skip
def test_a_tally_gives_ayes_then_noes(text: str, exact: str, topic: str) -> None:
    assert _link(text, exact, _tally_registry())[0] == topic
