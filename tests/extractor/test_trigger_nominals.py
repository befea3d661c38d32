"""A one-word past-form trigger also finds its -ment noun: a draft names the happening its
sources tell as a verb ("agreed" -> "the agreement of February 12")."""

from __future__ import annotations

import pytest

from natoiraq.extractor.topics import _nominal


@pytest.mark.parametrize(
    ("trigger", "nouns"),
    [
        ("agreed", ("agreement",)),
        ("deployed", ("deployment",)),
        ("announced", ("announcement",)),
        ("engaged", ("engagement",)),
        ("agreed in principle", ()),  # phrases stay as written
        ("agree", ()),  # only past forms
        ("fed", ()),  # too short to be a verb's past form worth a noun
    ],
)
def test_nominal(trigger: str, nouns: tuple[str, ...]) -> None:
    assert _nominal(trigger) == nouns


def test_the_noun_links_a_date_to_the_event() -> None:
    import datetime as dt

    from natoiraq.extractor import extract_claims
    from tests.extractor.test_count_nationality import registry

    text = (
        "# NATO\n\nBy A. Writer, Feb. 18, 2020\n\nNATO defence ministers met in Brussels and "
        "agreed to enhance the mission. Their agreement of February 12 was hedged.\n"
    )
    extraction = extract_claims(text, registry(), dt.date(2020, 2, 18))
    dates = [c for c in extraction.claims if c.kind == "date"]
    assert [c.topic for c in dates] == ["nmi-enhancement-2020-02"]
