"""A capital as the subject of a verb stands for its government ("Berlin says its soldiers will
stay"), where the registry lists the country; a capital as a place ("in Berlin") does not."""

from __future__ import annotations

import pytest

from natoiraq.extractor.linking import Linker
from tests.extractor.test_count_nationality import registry


def mentions(text: str) -> list[tuple[str, str]]:
    linker = Linker(registry())
    return [(m.text, m.id) for m in linker.mentions(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    ["Now Berlin says its soldiers will stay in Iraq.", "Paris has decided to keep its trainers."],
)
def test_a_capital_as_subject_is_its_country(text: str) -> None:
    capital = text.split()[0] if not text.startswith("Now") else "Berlin"
    country = {"Berlin": "germany", "Paris": "france"}[capital]
    assert (capital, country) in mentions(text)


@pytest.mark.parametrize(
    "text", ["Ministers met in Berlin on Monday.", "The envoy flew to Paris and said nothing."]
)
def test_a_capital_as_a_place_is_not(text: str) -> None:
    assert all(item not in ("germany", "france") for _, item in mentions(text))


def test_the_country_s_decision_gets_its_actor() -> None:
    import datetime as dt

    from natoiraq.extractor import extract_claims

    text = (
        "# NATO\n\nBy A. Writer, Feb. 18, 2020\n\nGermany had been reported to be heading for "
        "the exit. Now Berlin says its soldiers will stay in Iraq after all.\n"
    )
    extraction = extract_claims(text, registry(), dt.date(2020, 2, 18))
    stays = [c for c in extraction.claims if c.kind == "decision" and c.value.action == "stay"]
    assert stays and all(c.value.actor == "germany" for c in stays)
