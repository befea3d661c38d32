"""Stage 3 linking: aliases, spellings and rapidfuzz with an explicit cutoff."""

from __future__ import annotations

import pytest

from natoiraq.extractor.linking import Linker
from natoiraq.validator import load_registry
from tests.conftest import DATA

REGISTRY = load_registry(DATA / "extract" / "registry.yaml")


@pytest.mark.parametrize(
    "name",
    [
        "Qasem Soleimani",
        "Qassem Soleimani",
        "Qassim Soleimani",
        "Gen. Qassem Soleimani",
        "Soleimani",
    ],
)
def test_spellings_are_one_person(name: str) -> None:
    assert Linker(REGISTRY).resolve(name) is not None
    assert Linker(REGISTRY).resolve(name)[0] == "qasem-soleimani"  # type: ignore[index]


@pytest.mark.parametrize("name", ["Mohammed Allawi", "Iran", "Qasim Jones", "Jens Olsen"])
def test_no_false_links(name: str) -> None:
    found = Linker(REGISTRY).resolve(name)
    assert found is None or (found[0] == "iran" and name == "Iran")


def test_titles_and_leading_words_are_dropped() -> None:
    linker = Linker(REGISTRY)
    assert linker.resolve("NATO Secretary General Jens Stoltenberg") == ("jens-stoltenberg", 100.0)


def test_mentions_in_text_use_longest_alias() -> None:
    text = "Allies back NATO Mission Iraq."
    ids = [m.id for m in Linker(REGISTRY).mentions(text, 0, len(text))]
    assert ids == ["nato-mission-iraq"]


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Ana Ruiz", None),  # another surname: never the registry's Ana Ortiz
        ("Anna Ortiz", "ana-ortiz"),  # a spelling of the same name
        ("Ortiz", "ana-ortiz"),  # the surname alone, the only Ortiz in the registry
        ("Dr Ortiz", "ana-ortiz"),
    ],
)
def test_fuzzy_links_need_every_word_close(name: str, found: str | None) -> None:
    from natoiraq.models import Entity, Registry

    registry = Registry(entities=[Entity(id="ana-ortiz", type="person", name="Ana Ortiz")])
    resolved = Linker(registry).resolve(name)
    assert (resolved[0] if resolved else None) == found


def _mission_registry():  # type: ignore[no-untyped-def]
    from natoiraq.models import Entity, Registry

    return Registry(
        entities=[
            Entity(id="harbour-authority", type="organisation", name="Port Authority of Velm",
                   aliases=["the authority", "the port authority of Velm"]),
            Entity(id="relief-mission", type="mission", name="Velm Relief Mission",
                   aliases=["the mission"]),
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Fix: modifiers between the article and a description's head.
        (
            "Port Authority of Velm staff met. The state-run authority raised fees.",
            "harbour-authority",
        ),
        # Also fix: a capitalised modifier that is one of the entity's own names.
        ("The Velm mission reopened the clinic.", "relief-mission"),
        # Must not touch: a capitalised modifier naming something else is another mission.
        ("The Danish mission reopened the clinic.", None),
        # Must not touch: words that point at another one of the kind.
        ("The other mission reopened the clinic.", None),
    ],
)
def test_description_with_modifiers(text: str, found: str | None) -> None:
    linker = Linker(_mission_registry())
    ids = {m.id for m in linker.mentions(text, 0, len(text))}
    assert (found in ids) if found else not ids & {"harbour-authority", "relief-mission"}


def test_longer_alias_wins_over_a_modified_description() -> None:
    text = "The port authority of Velm raised fees."
    [mention] = Linker(_mission_registry()).mentions(text, 0, len(text))
    assert (mention.text, mention.id) == ("The port authority of Velm", "harbour-authority")


def _legislature_registry():  # type: ignore[no-untyped-def]
    from natoiraq.models import Entity, Registry

    return Registry(
        entities=[
            Entity(id="velmark", type="country", name="Velmark", aliases=["Velmarkian"]),
            Entity(id="velmark-parliament", type="organisation", name="Velmark Assembly",
                   aliases=["the Velmarkian parliament"]),
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Fix: the members of a legislature stand for it when a vote is reported.
        ("Velmarkian lawmakers voted on Tuesday to lower the voting age.", "velmark-parliament"),
        # Also fix: another word for the members.
        ("Velmarkian MPs rejected the budget.", "velmark-parliament"),
        # Must not touch: another country's members, with no legislature in the registry.
        ("Danish lawmakers voted on Tuesday to lower the voting age.", None),
        # Must not touch: the adjective alone stays its country's mention.
        ("Velmarkian farmers blocked the roads.", None),
    ],
)
def test_lawmakers_stand_for_their_legislature(text: str, found: str | None) -> None:
    ids = {m.id for m in Linker(_legislature_registry()).mentions(text, 0, len(text))}
    assert ("velmark-parliament" in ids) == (found is not None)


def _two_story_registry():  # type: ignore[no-untyped-def]
    from natoiraq.models import Entity, Event, Registry

    return Registry(
        entities=[
            Entity(id="velmark", type="country", name="Velmark"),
            Entity(id="norland", type="country", name="Norland"),
            Entity(id="velmark-government", type="organisation",
                   name="Government of Velmark", aliases=["the government"]),
            Entity(id="norland-government", type="organisation",
                   name="Government of Norland", aliases=["the government"]),
            Entity(id="fishers-union", type="organisation", name="Norland Fishers' Union",
                   aliases=["the union", "members"]),
            Entity(id="water-agency", type="organisation", name="Velmark Water Agency",
                   aliases=["the agency"]),
        ],
        events=[
            Event(id="fishing-strike", name="Norland fishing strike",
                  participants=["fishers-union", "norland-government"]),
            Event(id="velmark-drought", name="Velmark drought",
                  participants=["water-agency", "velmark-government"]),
        ],
    )  # fmt: skip


def _ids(text: str) -> list[str]:
    return [m.id for m in Linker(_two_story_registry()).mentions(text, 0, len(text))]


def test_a_shared_alias_is_the_one_the_article_names() -> None:
    # Fix: "the government" of the country the story names (its name is in the entity's).
    assert "norland-government" in _ids("Norland braced for a strike. The government said "
                                        "it would talk to the fishers.")  # fmt: skip
    # Also fix: the one named outright.
    assert "velmark-government" in _ids("The Government of Velmark met. Later the government "
                                        "rationed water.")  # fmt: skip
    # Must not touch: no country named, so "the government" is nobody's.
    assert _ids("The government said it would talk to the fishers.") == []


def test_a_description_needs_its_story() -> None:
    # Fix: in a drought story, "members" is not the fishers' union of another story.
    text = "The Velmark Water Agency cut supplies. Members of the public queued for water."
    assert "fishers-union" not in _ids(text)
    # Also fix: "the agency" in a fishing story is not the water agency.
    assert "water-agency" not in _ids(
        "The Norland Fishers' Union walked out. The agency said nothing."
    )
    # Must not touch: a description of something of the story the article names.
    text = "The Norland fishing strike went on. The union said members would stay out."
    assert _ids(text).count("fishers-union") == 2
    # An article that names none of the registry's stories is about another story: "the
    # agency" there is none of theirs (it was the water agency).
    assert _ids("The agency said nothing.") == []


def test_descriptions_are_never_fuzzy_matched() -> None:
    linker = Linker(_two_story_registry())
    assert linker.resolve("the governments") is None
    assert linker.resolve("Goverment of Velmark")[0] == "velmark-government"  # type: ignore[index]


def test_the_country_after_its_own_institution_is_named() -> None:
    from natoiraq.models import Entity, Registry

    registry = Registry(
        entities=[
            Entity(id="velmark", type="country", name="Velmark", aliases=["the country"]),
            Entity(id="velmark-assembly", type="organisation", name="Velmark Assembly",
                   aliases=["the Velmark Assembly"]),
            Entity(id="ferry-union", type="organisation", name="Norland Ferry Union",
                   aliases=["the union"]),
        ]
    )  # fmt: skip
    # Fix: the institution's name holds the country's, so "the country" is that country.
    text = "The Velmark Assembly voted to expel all foreign trawlers from the country."
    assert "velmark" in {m.id for m in Linker(registry).mentions(text, 0, len(text))}
    # Must not touch: an unrelated organisation's story says nothing of the country.
    text = "The Norland Ferry Union said the country would regret it."
    assert "velmark" not in {m.id for m in Linker(registry).mentions(text, 0, len(text))}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Fix: a description owned by one of the entity's own names.
        ("Velm's mission reopened the clinic on Monday.", True),
        ("Velm's relief mission reopened the clinic on Monday.", True),
        # Must not touch: another owner's mission, or a common noun's.
        ("Norland's relief mission reopened the clinic on Monday.", False),
        ("The charity's mission reopened the clinic on Monday.", False),
    ],
)
def test_a_description_owned_by_its_own_name(text: str, found: bool) -> None:
    ids = {m.id for m in Linker(_mission_registry()).mentions(text, 0, len(text))}
    assert ("relief-mission" in ids) == found
