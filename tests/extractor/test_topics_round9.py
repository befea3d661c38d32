"""Stage 3e, round 9 of topic linking (src/natoiraq/extractor/topics.py): a quote's occasion is
not its topic, a speaker's only topic beats a guess read around the quote, and a count's owner
read from a relative clause, a possessive "its", or a definite noun that names the owner; a
quantity's own word next to a number in a text of its story. Each rule has an example it
fixes, a second one it also fixes, and one it must not touch. Sentences and registry are
invented for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.extractor import extract_claims
from natoiraq.models import Entity, Event, Quantity, Registry, Topic

PUBLISHED = dt.date(2031, 5, 14)


def _registry() -> Registry:
    return Registry(
        entities=[
            Entity(id="ana-velt", type="person", name="Ana Velt"),
            Entity(id="tomas-brin", type="person", name="Tomas Brin"),
            Entity(id="orla-dane", type="person", name="Orla Dane"),
            Entity(id="corvin-league", type="organisation", name="Corvin League",
                   aliases=["the league"]),
            Entity(id="corvin-members", type="group", name="Corvin League members",
                   aliases=["the members", "members"]),
            Entity(id="corvin-relief", type="mission", name="Corvin League Relief Mission",
                   aliases=["the relief mission"]),
            Entity(id="hallam-mills", type="organisation", name="Hallam Mills"),
            Entity(id="ostrava-port", type="place", name="Ostrava"),
            Entity(id="drena", type="place", name="Drena"),
            Entity(id="drena-council", type="organisation", name="Drena council",
                   aliases=["the council"]),
        ],
        events=[
            Event(id="velt-briefing", name="Ana Velt's briefing",
                  triggers=["news conference", "told reporters"], participants=["ana-velt"],
                  start=dt.date(2031, 5, 13), end=dt.date(2031, 5, 13)),
            Event(id="league-summit", name="Corvin League summit",
                  triggers=["summit", "meeting"], participants=["corvin-league"],
                  start=dt.date(2031, 5, 12), end=dt.date(2031, 5, 13)),
            Event(id="drena-flood", name="Drena flood", triggers=["flood", "floods"],
                  participants=["drena", "drena-council"], start=dt.date(2031, 5, 10)),
            Event(id="bridge-vote", name="Drena bridge vote", triggers=["voted", "vote"],
                  participants=["drena-council"], start=dt.date(2031, 5, 12)),
        ],
        topics=[
            Topic(id="league-budget", name="The league's budget",
                  triggers=["budget", "spending"], participants=["corvin-league", "ana-velt"]),
            Topic(id="flood-families", name="Families hit by the flood",
                  triggers=["families", "family"], participants=["drena", "orla-dane"]),
            Topic(id="flood-defences", name="Drena's flood defences",
                  triggers=["defences", "barrier"], participants=["drena", "tomas-brin"]),
        ],
        quantities=[
            Quantity(id="league-staff", name="Staff of the league's secretariat", unit="staff",
                     units=["staff", "personnel"], participants=["corvin-league"]),
            Quantity(id="relief-staff", name="Staff of the relief mission", unit="staff",
                     units=["staff", "personnel", "medics"], participants=["corvin-relief"]),
            Quantity(id="league-size", name="Members of the Corvin League", unit="members",
                     units=["members", "countries"],
                     participants=["corvin-league", "corvin-members"]),
            Quantity(id="mills-ostrava-workers", name="Hallam Mills' workers in Ostrava",
                     unit="workers", units=["workers", "employees"],
                     participants=["hallam-mills", "ostrava-port"],
                     triggers=["employs", "employ"]),
            Quantity(id="mills-workforce", name="Hallam Mills' workforce", unit="workers",
                     units=["workers", "employees"], participants=["hallam-mills"],
                     triggers=["employs", "employ"]),
            Quantity(id="flood-evacuated", name="People evacuated in the flood",
                     unit="residents", units=["residents", "households"],
                     participants=["drena-flood"], triggers=["evacuated", "moved out"]),
            Quantity(id="flood-rescued", name="People rescued in the flood", unit="residents",
                     units=["residents", "households"], participants=["drena-flood"],
                     triggers=["rescued"]),
            Quantity(id="bridge-votes-for", name="Council votes for the bridge", unit="votes",
                     units=["votes", "councillors"], participants=["drena-council"],
                     triggers=["voted", "for"]),
            Quantity(id="bridge-votes-against", name="Council votes against the bridge",
                     unit="votes", units=["votes", "councillors"],
                     participants=["drena-council"], triggers=["against"]),
        ],
    )  # fmt: skip


def _claim(text: str, kind: str, exact: str | None = None) -> tuple[str, bool]:
    """(topic, confident) of the one claim of `kind` (whose evidence is `exact`, if given)."""
    found = extract_claims(text, _registry(), PUBLISHED)
    [claim] = [
        c for c in found.claims
        if c.kind == kind and (exact is None or c.evidence.exact == exact)
    ]  # fmt: skip
    confident = claim.id not in found.guessed and "guess" not in (claim.doubt or "")
    return claim.topic, confident


# ---------------------------------------------------------------- a quote's occasion


@pytest.mark.parametrize(
    ("text", "topic", "confident"),
    [
        # Fix: the news conference is where the words were said, not what they are about; the
        # quote falls back to the speaker's only topic, as a guess.
        ('"We will be ready by winter," Ana Velt told a news conference.\n', "league-budget",
         False),
        # Also fix: the same with "told reporters".
        ('"Nobody will be left waiting," Ana Velt told reporters.\n', "league-budget", False),
        # Must not touch: the quote's own words speak of the spending.
        ('"The spending has to stop," Ana Velt told a news conference.\n', "league-budget",
         True),
    ],
)  # fmt: skip
def test_a_quotes_occasion_is_not_its_topic(text: str, topic: str, confident: bool) -> None:
    assert _claim(text, "quote") == (topic, confident)


def test_an_event_named_in_the_quoted_words_is_still_read() -> None:
    # Must not touch: the quote itself speaks of the summit (with a participant).
    text = '"The Corvin League summit went well," Ana Velt said.\n'
    assert _claim(text, "quote")[0] == "league-summit"


# ---------------------------------------------------------------- the speaker's only topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # Fix: the paragraph's "flood defences" was a guess; the speaker speaks for the
        # families (her only topic).
        ("Orla Dane lives behind the new flood barrier in Drena. \"We sleep in our clothes "
         "now,\" she said.\n", "flood-families"),
        # Also fix: the other way round, for the engineer.
        ("Tomas Brin has met the families of Drena twice. \"The water came in at three in "
         "the morning,\" he said.\n", "flood-defences"),
        # Must not touch: the quote's own words give the topic (evidence, no guess).
        ("Orla Dane lives in Drena. \"The flood barrier held this time,\" she said.\n",
         "flood-defences"),
    ],
)  # fmt: skip
def test_the_speakers_only_topic_beats_a_guess(text: str, topic: str) -> None:
    assert _claim(text, "quote")[0] == topic


# ---------------------------------------------------------------- whose a count is


@pytest.mark.parametrize(
    ("text", "exact", "topic", "confident"),
    [
        # Fix: a relative clause says whose the count is (the clause names two owners, and
        # the first in the registry's order is not it).
        ("The Corvin League praised the Corvin League Relief Mission, which currently has "
         "about 80 staff.", "about 80 staff", "relief-staff", True),
        # Also fix: another verb of having.
        ("The Corvin League thanked the Corvin League Relief Mission, which employs some 90 "
         "staff.", "some 90 staff", "relief-staff", True),
        # Must not touch: the relative clause is of a place, which owns nothing.
        ("The convoy reached Ostrava, which has 40 staff.", "40 staff", "unassigned", False),
    ],
)  # fmt: skip
def test_a_relative_clause_names_the_owner(
    text: str, exact: str, topic: str, confident: bool
) -> None:
    assert _claim(text, "count", exact) == (topic, confident)


@pytest.mark.parametrize(
    ("text", "exact", "topic", "confident"),
    [
        # Fix: "its" stands for the body named before it, in another clause (a guess).
        ("The Corvin League Relief Mission left the valley on Sunday; it moved some of its "
         "roughly 80 staff to the coast.", "roughly 80 staff", "relief-staff", False),
        # Also fix: "their", after a dash.
        ("The Corvin League Relief Mission stayed -- their 60 staff were safe.", "60 staff",
         "relief-staff", False),
        # Must not touch: "its" after a person only (no body named before it).
        ("Ana Velt said its 60 staff were safe.", "60 staff", "unassigned", False),
    ],
)  # fmt: skip
def test_a_possessive_pronoun_names_the_owner(
    text: str, exact: str, topic: str, confident: bool
) -> None:
    assert _claim(text, "count", exact) == (topic, confident)


@pytest.mark.parametrize(
    ("text", "exact", "topic"),
    [
        # Fix: "the 14 members" are the members the text has named.
        ("The Corvin League met on Monday. Ana Velt said the 14 members had agreed.",
         "14 members", "league-size"),
        # Also fix: "all".
        ("The Corvin League met on Monday. Ana Velt said all 14 members had agreed.",
         "14 members", "league-size"),
        # Must not touch: indefinite ("14 members" of what?).
        ("The Corvin League met on Monday. Ana Velt said 14 members had agreed.",
         "14 members", "unassigned"),
    ],
)  # fmt: skip
def test_a_definite_noun_names_the_owner(text: str, exact: str, topic: str) -> None:
    assert _claim(text, "count", exact)[0] == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # Fix: Hallam Mills employs 900 workers in all, not its Ostrava workers (the first
        # quantity of the registry's order).
        ("Hallam Mills, which employs some 900 workers, reported a loss.", "mills-workforce"),
        # Also fix: with a verb of having.
        ("Hallam Mills has 900 workers on its books.", "mills-workforce"),
        # Must not touch: where the sentence names the place, that quantity is as good and
        # the registry's order decides, as before.
        ("Hallam Mills employs some 300 workers in Ostrava.", "mills-ostrava-workers"),
    ],
)
def test_the_owners_quantity_of_an_unnamed_place_ranks_after(text: str, topic: str) -> None:
    assert _claim(text, "count")[0] == topic


# ---------------------------------------------------------------- the quantity's own word
# (a rule of this round; the next test restricts it)


@pytest.mark.parametrize(
    ("text", "exact", "topic", "confident"),
    [
        # Fix: the quantity's word next to the number in a text about its story (the flood),
        # whose participant is an event named by its trigger only: a guess.
        ("The Drena council opened shelters on Sunday.\n\nAbout 300 households were "
         "evacuated overnight.", "About 300 households", "flood-evacuated", False),
        # Also fix: another quantity's word picks that one.
        ("The Drena council opened shelters on Sunday.\n\nFirefighters said 40 residents "
         "were rescued from roofs.", "40 residents", "flood-rescued", False),
        # Must not touch: a text of no story of the registry.
        ("The river rose on Sunday.\n\nAbout 300 households were evacuated overnight.",
         "About 300 households", "unassigned", False),
    ],
)  # fmt: skip
def test_a_quantitys_word_in_a_text_of_its_story(
    text: str, exact: str, topic: str, confident: bool
) -> None:
    assert _claim(text, "count", exact) == (topic, confident)


@pytest.mark.parametrize(
    ("text", "exact", "topic"),
    [
        # Fix: the second number of a tally is never a quantity of ayes (the ayes' word
        # "voted" is next to it, and the noes' quantity has no word of its own there).
        ("The Drena council met on Tuesday.\n\nCouncillors voted 9 to 4 to build the "
         "bridge.", "4", "unassigned"),
        # Also fix: with a dash.
        ("The Drena council met on Tuesday.\n\nCouncillors voted 9-4 to build the "
         "bridge.", "4", "unassigned"),
        # Must not touch: the first number is the ayes'.
        ("The Drena council met on Tuesday.\n\nCouncillors voted 9 to 4 to build the "
         "bridge.", "9", "bridge-votes-for"),
    ],
)  # fmt: skip
def test_the_noes_of_a_tally(text: str, exact: str, topic: str) -> None:
    assert _claim(text, "count", exact)[0] == topic


@pytest.mark.parametrize(
    ("text", "exact", "topic"),
    [
        # Fix: the clause names another body, whose count it is (not the flood's).
        ("The Drena council opened shelters on Sunday.\n\nThe Corvin League said it had "
         "evacuated 300 households from its camp.", "300 households", "unassigned"),
        # Also fix: another body.
        ("The Drena council opened shelters on Sunday.\n\nHallam Mills said 40 households were "
         "evacuated from its staff flats.", "40 households", "unassigned"),
        # Must not touch: a person is no body ("the mayor said" is the flood's count).
        ("The Drena council opened shelters on Sunday.\n\nAna Velt said 300 households were "
         "evacuated.", "300 households", "flood-evacuated"),
    ],
)  # fmt: skip
def test_another_body_in_the_clause_owns_the_count(text: str, exact: str, topic: str) -> None:
    assert _claim(text, "count", exact)[0] == topic
