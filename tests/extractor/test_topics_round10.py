"""Stage 3e, round 10 of topic linking (src/natoiraq/extractor/topics.py): a date with no event
named around it goes, as a guess, to the one event of the text's story that the registry dates
on that day. Each rule has an example it fixes, a second one it also fixes, and examples it must
not touch. Sentences and registry are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.extractor import extract_claims
from natoiraq.models import Entity, Event, Registry

PUBLISHED = dt.date(2031, 3, 14)
HEAD = "Nurses to strike\n\nBy A. Writer\n\n"


def _registry() -> Registry:
    return Registry(
        entities=[
            Entity(id="tarn-union", type="organisation", name="Tarn Nurses Union"),
            Entity(id="tarn-trust", type="organisation", name="Tarn Health Trust"),
            Entity(id="orvik-club", type="organisation", name="Orvik Rowing Club"),
        ],
        events=[
            Event(id="tarn-strike-1", name="First strike", triggers=["walkout"],
                  participants=["tarn-union"], start=dt.date(2031, 3, 20),
                  end=dt.date(2031, 3, 21)),
            Event(id="tarn-talks", name="Talks with the trust", triggers=["talks"],
                  participants=["tarn-union", "tarn-trust"], start=dt.date(2031, 3, 17),
                  end=dt.date(2031, 3, 17)),
            Event(id="tarn-board", name="Trust board meeting", triggers=["board meeting"],
                  participants=["tarn-trust"], start=dt.date(2031, 3, 17),
                  end=dt.date(2031, 3, 17)),
            Event(id="orvik-regatta", name="Orvik regatta", triggers=["regatta"],
                  participants=["orvik-club"], start=dt.date(2031, 3, 20),
                  end=dt.date(2031, 3, 20)),
        ],
    )  # fmt: skip


def _date_topic(body: str, exact: str) -> tuple[str, bool]:
    found = extract_claims(HEAD + body, _registry(), PUBLISHED)
    [claim] = [c for c in found.claims if c.kind == "date" and c.evidence.exact == exact]
    confident = claim.id not in found.guessed and "guess" not in (claim.doubt or "")
    return claim.topic, confident and "the only event" not in (claim.doubt or "")


@pytest.mark.parametrize(
    ("body", "exact", "topic"),
    [
        # Fix: nothing around "March 20" names the strike, but it is the only event of the
        # union's story that the registry dates on that day.
        ("The Tarn Nurses Union said its members would stay away from wards on March 20.\n",
         "March 20", "tarn-strike-1"),
        # Also fix: a day inside a two-day event.
        ("Members of the Tarn Nurses Union will not work on March 21, organisers said.\n",
         "March 21", "tarn-strike-1"),
        # Must not touch: two events of the story on March 17 (talks and a board meeting).
        ("The Tarn Nurses Union will meet the Tarn Health Trust again on March 17.\n",
         "March 17", "unassigned"),
        # Must not touch: a month is not held by a one- or two-day event.
        ("The Tarn Nurses Union has warned of trouble since January 2031.\n",
         "January 2031", "unassigned"),
        # Must not touch: the text names no story, so the regatta's day is nobody's here.
        ("Shops in the town will close early on March 20.\n", "March 20", "unassigned"),
    ],
)  # fmt: skip
def test_a_bare_date_goes_to_the_only_event_of_the_story_on_that_day(
    body: str, exact: str, topic: str
) -> None:
    linked, confident = _date_topic(body, exact)
    assert linked == topic
    assert not confident or topic == "unassigned"


def test_a_long_event_is_not_the_days_happening() -> None:
    # Must not touch: the union's spring campaign holds March 25 and March 2031, but an event
    # of three months is no evidence of what happened on one day, or in one month.
    registry = Registry(
        entities=[Entity(id="tarn-union", type="organisation", name="Tarn Nurses Union")],
        events=[Event(id="tarn-campaign", name="The union's spring campaign",
                      triggers=["campaign"], participants=["tarn-union"],
                      start=dt.date(2031, 3, 1), end=dt.date(2031, 5, 31))],
    )  # fmt: skip
    found = extract_claims(
        HEAD + "The Tarn Nurses Union will march through the city on March 25.\n\n"
        "The Tarn Nurses Union has held rallies every week since March 2031.\n",
        registry, PUBLISHED,
    )  # fmt: skip
    topics = {c.evidence.exact: c.topic for c in found.claims if c.kind == "date"}
    assert topics == {"March 25": "unassigned", "March 2031": "unassigned"}


def test_the_only_event_is_a_guess_that_says_why() -> None:
    found = extract_claims(
        HEAD + "The Tarn Nurses Union said its members would stay away on March 20.\n",
        _registry(), PUBLISHED,
    )  # fmt: skip
    [claim] = [c for c in found.claims if c.kind == "date"]
    assert claim.id in found.guessed
    assert claim.doubt is not None and "the only event of the text's story" in claim.doubt


# ---------------------------------------------------------------- the text's main topic


def _story_registry() -> Registry:
    from natoiraq.models import Topic

    return Registry(
        entities=[
            Entity(id="tarn-union", type="organisation", name="Tarn Nurses Union"),
            Entity(id="tarn-trust", type="organisation", name="Tarn Health Trust"),
            Entity(id="ula-brandt", type="person", name="Ula Brandt"),
        ],
        topics=[
            Topic(id="tarn-pay-dispute", name="The nurses' pay dispute",
                  triggers=["pay", "strike", "dispute"],
                  participants=["tarn-union", "tarn-trust"]),
            Topic(id="tarn-parking", name="Hospital parking charges",
                  triggers=["parking"], participants=["tarn-trust"]),
        ],
    )  # fmt: skip


def _topics(body: str, kind: str) -> list[tuple[str, bool]]:
    found = extract_claims(HEAD + body, _story_registry(), PUBLISHED)
    return [(c.topic, "by a guess" in (c.doubt or "")) for c in found.claims if c.kind == kind]


MOSTLY_PAY = (
    "The Tarn Nurses Union called a strike over pay on Monday, its first dispute with the Tarn "
    "Health Trust in a decade. The trust said the pay offer was final.\n\n"
)


def test_a_quote_nothing_places_goes_to_the_texts_main_topic_as_a_guess() -> None:
    # Fix: the speaker is in no topic and her words name none; the text is about the pay
    # dispute (strike, pay, dispute, the union and the trust), far more than about parking.
    text = MOSTLY_PAY + '"We have waited long enough," said Ula Brandt, a ward sister.\n'
    assert _topics(text, "quote") == [("tarn-pay-dispute", True)]


def test_a_decision_nothing_places_goes_to_the_texts_main_topic_as_a_guess() -> None:
    # Also fix: a decision whose clause names no topic.
    text = MOSTLY_PAY + "Ula Brandt said she would resign.\n"
    assert ("tarn-pay-dispute", True) in _topics(text, "decision")


def test_no_main_topic_when_two_topics_are_level() -> None:
    # Must not touch: parking and pay are named as often: the text has no main topic.
    text = ("The Tarn Health Trust raised parking charges and froze pay on Monday.\n\n"
            '"We have waited long enough," said Ula Brandt, a ward sister.\n')  # fmt: skip
    assert _topics(text, "quote") == [("unassigned", False)]


def test_no_main_topic_in_a_text_of_another_story() -> None:
    # Must not touch: a text that names nothing of the registry's stories.
    text = ("Shops on the high street will open late on Sundays from next month.\n\n"
            '"We have waited long enough," said Ula Brandt, a shop owner.\n')  # fmt: skip
    assert _topics(text, "quote") == [("unassigned", False)]
