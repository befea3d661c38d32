"""A draft that names none of the corpus's stories gets no supported, contested or
contradicted verdict (issue 11): its look-alike numbers, dates and stock phrases are the
corpus's by chance. A draft that names the story is judged as before."""

from __future__ import annotations

from tests.checker.test_check import QUOTES, SAID, STRIKE_A, STRIKE_B, check

PORT = (
    "# Dockers walk out at Marlow port\n\nBy A. Reporter, Jan. 6, 2020\n\n"
    "Dock workers at Marlow began a strike on Jan. 3, said union leader Jens Solberg. "
    f"“{SAID}” Solberg told reporters. About 500 members joined the walkout.\n"
)


def test_a_draft_of_another_story_gets_no_verdict_but_unsupported() -> None:
    report = check(PORT, STRIKE_A, STRIKE_B, QUOTES)
    assert report.claims
    assert {c.verdict for c in report.claims} == {"unsupported"}
    quote = next(c for c in report.claims if c.kind == "quote")
    # The very words of a corpus speaker, in a story that is not the corpus's: set aside.
    assert quote.quote_status == "not-found"
    assert "other-story" in quote.reasons or "no-source" in quote.reasons


def test_a_draft_that_names_the_story_is_judged() -> None:
    report = check(f"“{SAID}” Jens Stoltenberg said after the strike on Jan. 3.", STRIKE_A,
                   STRIKE_B, QUOTES)  # fmt: skip
    assert "supported" in {c.verdict for c in report.claims}
    assert not any("other-story" in c.reasons for c in report.claims)


def test_an_office_title_names_no_story() -> None:
    from natoiraq.extractor.linking import Linker
    from tests.checker.test_check import registry

    draft = (
        "# Federation suspends league\n\nBy A. Reporter, Feb. 14, 2020\n\n"
        "The federation suspended its league on Thursday evening, after the players' strike on "
        "Jan. 3, said the League's Secretary General, Tom Ardley.\n"
    )
    linker = Linker(registry())
    # The title reads as the NATO office's alias, but a title is every body's: no story.
    assert "nato-secretary-general" in linker.named(draft)
    assert linker.stories_named(draft) == frozenset()
    report = check(draft, STRIKE_A, STRIKE_B)
    assert report.claims and {c.verdict for c in report.claims} == {"unsupported"}
