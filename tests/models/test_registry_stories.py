"""Registry.stories: the registry's items grouped by the ties between them (participants,
decides_for, holders); a country or a place ties nothing (every story about it names it)."""

from __future__ import annotations

from natoiraq.models import Entity, Event, Holder, Registry, Topic


def test_ties_make_a_story_and_a_country_ties_nothing() -> None:
    registry = Registry(
        entities=[
            Entity(id="velmark", type="country", name="Velmark"),
            Entity(id="ana-lind", type="person", name="Ana Lind"),
            Entity(id="harbour-master", type="office", name="Harbour Master",
                   holders=[Holder(person="ana-lind")]),
            Entity(id="port-board", type="organisation", name="Port Board"),
            Entity(id="ferry-union", type="organisation", name="Ferry Union"),
        ],
        events=[
            Event(id="quay-closure", name="Quay closure",
                  participants=["port-board", "harbour-master", "velmark"]),
            Event(id="ferry-strike", name="Ferry strike", participants=["ferry-union", "velmark"]),
        ],
        topics=[Topic(id="strike-pay", name="Strike pay", participants=["ferry-strike"])],
    )  # fmt: skip
    story = registry.stories()
    assert story["ana-lind"] == story["harbour-master"] == story["port-board"] == story[
        "quay-closure"
    ]
    assert story["ferry-union"] == story["ferry-strike"] == story["strike-pay"]
    assert story["quay-closure"] != story["ferry-strike"]
    assert story["velmark"] not in {story["quay-closure"], story["ferry-strike"]}
