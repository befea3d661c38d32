"""Stage 2 on document forms nobody here wrote: newsletters, press releases, sectioned stories.

Each rule has a text it fixes, a second one it also fixes, and one it must not touch. The texts
are made up for these tests; none is taken from a seed or an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from natoiraq.clean import clean_article
from tests.clean_helpers import body_text, dropped

# --------------------------------------------------------------------------- unrelated-story
# A section heading inside an article is no new story, and a paragraph that names what the story
# names is the story's. Only a headline-shaped title over a paragraph that shares neither the
# story's vocabulary nor a name is another story's teaser.

DEPOT = (
    "Tram depot to close in June\n\n"
    "The city transport board voted on Tuesday to close the Elm Street tram depot in June and "
    "move its 140 workers to the new yard at Fenwick Cross, board members said.\n\n"
    "The depot, built in 1911, needs repairs the board put at 18 million euros. Moving the "
    "trams to Fenwick Cross will cost a third of that, according to the board's figures.\n\n"
    "Union leader Marta Okafor said the workers would accept the move if the board kept the "
    "night shift allowance, which it agreed to review in May.\n\n"
    "The board will publish a timetable for the move next month.\n\n"
    "{section}\n"
)


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        # A short section heading over an outside voice with its own vocabulary.
        (
            "What we're reading",
            '"Cities keep their oldest sheds long after the rolling stock has outgrown them," '
            "writes historian Ines Valcourt in a short essay, calling such buildings museums "
            "waiting for a curator.",
        ),
        # A numbered section heading, long enough to read like a headline.
        (
            "4. Why the old sheds outlived their purpose",
            "Engineers say brick halls of that age cannot take modern low-floor vehicles, whose "
            "batteries need charging bays along every siding.",
        ),
        # An unnumbered headline-length title over a paragraph with its own vocabulary, but the
        # paragraph names the story's union leader.
        (
            "Longtime organiser looks back on early years",
            "A welder by trade, Okafor learned her craft in the shipyards of Gdansk before "
            "emigrating with three children in 1998 to join a cousin in Lyon.",
        ),
    ],
)
def test_section_heading_is_no_new_story(heading: str, paragraph: str) -> None:
    text = DEPOT.format(section=f"{heading}\n{paragraph}")
    assert "unrelated-story" not in dropped(text).values()
    assert paragraph in body_text(text)


def test_teaser_of_another_story_is_still_dropped() -> None:
    teaser = (
        "Volcano ash grounds flights across the north\n"
        "Airlines cancelled hundreds of departures after a plume drifted over the coast, and "
        "passengers slept in terminals awaiting news from aviation authorities."
    )
    text = DEPOT.format(section=teaser)
    reasons = dropped(text)
    assert reasons["Volcano ash grounds flights across the north"] == "unrelated-story"
    assert "plume" not in body_text(text)
    assert "night shift allowance" in body_text(text)


# --------------------------------------------------------------------------- release datelines


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        ("DENVER and AUSTIN, Texas, March 4, 2025 /Wirepoint/ -- ", dt.date(2025, 3, 4)),
        ("LONDON, United Kingdom, Nov. 2, 2023 /Market Newswire/ - ", dt.date(2023, 11, 2)),
    ],
)
def test_press_release_dateline(opening: str, published: dt.date) -> None:
    text = (
        "Kestrel Rail to buy Arden Coaches\n\n"
        f"{opening}Kestrel Rail plc today announced that it has agreed to acquire Arden Coaches "
        "Ltd for 310 million pounds in cash.\n\n"
        "The deal is expected to close in the second half of the year.\n"
    )
    cleaned = clean_article(text)
    assert dropped(text).get(opening.rstrip()) == "dateline"
    assert body_text(text).startswith("Kestrel Rail plc today announced")
    assert cleaned.published is not None
    assert cleaned.published.date == published


def test_lead_with_names_and_a_dash_keeps_its_words() -> None:
    lead = (
        "NATO and Iraqi officials met in Baghdad on Aug. 19 -- a day after the vote -- to review "
        "the mission's future, diplomats said."
    )
    text = f"Officials review the mission\n\n{lead}\n\nNo decision was announced.\n"
    assert "dateline" not in dropped(text).values()
    assert lead in body_text(text)


# --------------------------------------------------------------------------- release labels


@pytest.mark.parametrize("label", ["FOR IMMEDIATE RELEASE", "News release"])
def test_document_label_is_no_headline(label: str) -> None:
    text = (
        f"{label}\n\nHarbour authority orders two pilot boats\n\n"
        "The harbour authority has ordered two new pilot boats for 6 million euros, its "
        "director said on Monday.\n"
    )
    cleaned = clean_article(text)
    assert dropped(text)[label] == "navigation"
    assert cleaned.headline == "Harbour authority orders two pilot boats"


def test_headline_about_a_press_release_stays_the_headline() -> None:
    headline = "Press release on hospital closures sparks row"
    text = (
        f"{headline}\n\nA health board statement on Monday listing three clinics to close has "
        "angered councillors, who said they had not been consulted.\n"
    )
    assert clean_article(text).headline == headline


# --------------------------------------------------------------------------- issuer sections

RELEASE = (
    "Kestrel Rail to buy Arden Coaches\n\n"
    "Kestrel Rail plc today announced that it has agreed to acquire Arden Coaches Ltd for 310 "
    "million pounds in cash, adding 900 buses to its fleet.\n\n"
    '"Arden gives us the last mile," said chief executive Lena Marsh.\n\n'
    "{tail}\n"
)


@pytest.mark.parametrize(
    ("tail", "furniture"),
    [
        (
            "About Kestrel Rail\nKestrel Rail runs regional trains in 14 counties and employs "
            "6,000 people.\n\nInvestor contact: ir@kestrel.example",
            ["About Kestrel Rail", "Kestrel Rail runs regional trains", "Investor contact"],
        ),
        (
            "Safe Harbor Statement\nThis announcement contains statements about future events "
            "that involve risks. Results may differ.",
            ["Safe Harbor Statement", "This announcement contains statements"],
        ),
    ],
)
def test_issuer_sections_close_a_release(tail: str, furniture: list[str]) -> None:
    text = RELEASE.format(tail=tail)
    reasons = dropped(text)
    for start in furniture:
        assert [r for t, r in reasons.items() if t.startswith(start)] == ["footer"]
    assert "Arden gives us the last mile" in body_text(text)
    assert "900 buses" in body_text(text)


@pytest.mark.parametrize(
    "line",
    [
        "About 300 drivers will move to Kestrel Rail, the company said.",
        "About Kestrel's plans for the depots, Ms Marsh said little on Monday.",
        "About the deal",  # a story's own section heading: no name after "About"
    ],
)
def test_lines_opening_with_about_stay(line: str) -> None:
    text = RELEASE.format(tail=f"{line}\nThe unions have asked for talks before the deal closes.")
    assert line in body_text(text)
    assert "asked for talks" in body_text(text)


# --------------------------------------------------------------------------- newsletters

LETTER = (
    "The Harbour Weekly\n\n"
    "The ferry company said on Friday that it would add two evening crossings from June, after "
    "months of complaints from island residents.\n\n"
    "{line}\n"
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("That's all for today. See you next week.", "newsletter-prompt"),
        ("Thanks for reading! Forward this email to a friend who'd enjoy it.", "newsletter-prompt"),
        (
            "You are receiving this because you signed up at harbourweekly.example.",
            "newsletter-prompt",
        ),
        ("Unsubscribe | Manage preferences", "footer"),
        ("View in browser · Unsubscribe", "footer"),
    ],
)
def test_newsletter_sign_offs_are_furniture(line: str, reason: str) -> None:
    text = LETTER.format(line=line)
    assert dropped(text).get(line) == reason
    assert "two evening crossings" in body_text(text)


@pytest.mark.parametrize(
    "line",
    [
        '"That\'s it for this season," the coach said after the defeat.',
        "That's it for this week's repairs, the ferry company said in a statement.",
        "Unsubscribe requests rose 40% after the price change, the company said.",
    ],
)
def test_body_lines_like_sign_offs_stay(line: str) -> None:
    assert line in body_text(LETTER.format(line=line))


# --------------------------------------------------------------------------- list items up top
# A bulleted line above the lead is a list item of the story (a live page's key points), never a
# standfirst or a second title line.


@pytest.mark.parametrize(
    ("header", "items"),
    [
        (
            "LIVE: Storm floods Harwick seafront\n\nLive reporting by Ada Brenn | 3 March 2025\n\n"
            "Key points\n{items}",
            ["- About 300 homes are without power", "- The coast road is shut in both directions"],
        ),
        (
            "Storm floods Harwick seafront\n\n{items}",
            ["• Two lifeboats were launched overnight", "• Schools in the old town stay shut"],
        ),
    ],
)
def test_bulleted_key_points_above_the_lead_stay(header: str, items: list[str]) -> None:
    text = (
        header.format(items="\n".join(items))
        + "\n\nThe storm pushed sea water over the Harwick promenade on Monday night, the "
        "coastguard said, flooding shops and cutting power to much of the seafront.\n"
    )
    body = body_text(text)
    for item in items:
        assert item in body
    assert "flooding shops" in body


def test_unbulleted_standfirst_is_still_header() -> None:
    standfirst = "Residents count the cost as the sea breaks through for the second time in a year"
    text = (
        f"Storm floods Harwick seafront\n\n{standfirst}\n\n"
        "The storm pushed sea water over the Harwick promenade on Monday night, the coastguard "
        "said, flooding shops and cutting power to much of the seafront.\n"
    )
    assert dropped(text).get(standfirst) == "headline"


def test_no_paragraph_of_the_story_is_dropped_as_another_story() -> None:
    # Every paragraph the cleaner calls another story's, in every annotated article of ours, is
    # one the annotators marked as boilerplate too: a dropped paragraph loses its claims
    # silently (a digest's items, "In brief", are all the article's: DIGEST_MIN_ITEMS).
    from natoiraq import load_corpus
    from natoiraq.clean import clean_article
    from tests.conftest import REPO

    wrong = []
    for root in (REPO / "corpus", REPO / "evalsets" / "dev" / "corpus"):
        corpus = load_corpus(root)
        for record in corpus.articles:
            gold = [(b.start, b.end) for b in record.article.boilerplate]
            for span in clean_article(record.text).boilerplate:
                if span.reason == "unrelated-story" and not any(
                    a <= span.start and span.end <= b for a, b in gold
                ):
                    wrong.append((record.article.id, span.start, span.end))
    assert wrong == []
