"""Stage 2: body vs boilerplate, on the real seeds (must drop / must keep) and short texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from natoiraq.clean import clean_article
from natoiraq.io.seeds import load_seed
from tests.clean_helpers import body_text, dropped

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(prefix: str) -> str:
    return load_seed(next(SEEDS.glob(f"{prefix}_*.txt"))).text



@pytest.mark.parametrize(
    ("prefix", "line", "reason"),
    [
        ("002", "You are here", "navigation"),
        ("002", "70 users have voted, including you.", "vote-counter"),
        ("002", "Newsletter", "newsletter-prompt"),
        ("002", "BRUSSELS—", "dateline"),
        ("003", "Follow Sputnik's Feed to Find Out More!", "social-prompt"),
        ("003", "France announces 1st death in Europe of virus patient", "unrelated-story"),
        ("003", "Discuss This Article", "discussion-prompt"),
        ("003", "Clay Curtis", "byline"),
        ("004", "2,500 $", "donation-widget"),
        ("004", "Do you like this content? Consider helping us!", "donation-widget"),
        ("000", "Similar Posts", "related-links"),
        ("000", "Jens Stoltenberg – – / NATO / dpa", "photo-credit"),
    ],
)
def test_seed_boilerplate_is_dropped(prefix: str, line: str, reason: str) -> None:
    assert dropped(seed(prefix)).get(line) == reason


def test_unrelated_paragraph() -> None:
    text = seed("003")
    reasons = [r for t, r in dropped(text).items() if t.startswith("Total volume of daily")]
    assert reasons == ["unrelated-story"]
    assert "SARS" not in body_text(text)


@pytest.mark.parametrize(
    ("prefix", "kept"),
    [
        ("003", "The NATO chief stressed that alliance had consulted"),
        ("002", "“It is extremely important to convey a clear message to Taliban"),
        ("004", "This is also likely a result of the calls to reduce US presence"),
        ("001", "A U.S. airstrike killed Soleimani at Baghdad International Airport Jan. 2."),
        ("000", "When asked about his personal opinion about the bombing last Friday"),
    ],
)
def test_on_topic_paragraphs_stay_in_the_body(prefix: str, kept: str) -> None:
    assert kept in body_text(seed(prefix))


def test_published_from_byline_and_dateline() -> None:
    assert clean_article(seed("002")).published.date == dt.date(2020, 2, 12)  # type: ignore[union-attr]
    assert clean_article(seed("003")).published.date == dt.date(2020, 2, 16)  # type: ignore[union-attr]
    assert clean_article(seed("001")).published is None


def test_headline_and_repeats() -> None:
    text = "Allies agree to expand the mission\n\nAllies agree to expand the mission\n\n" + (
        "NATO ministers agreed on Wednesday to expand the training mission in Iraq, "
        "officials said.\n"
    )
    cleaned = clean_article(text)
    assert cleaned.headline == "Allies agree to expand the mission"
    assert [b.reason for b in cleaned.boilerplate] == ["headline", "repeated-headline"]


def test_short_text_widgets_and_caption() -> None:
    text = (
        "Home > World > Middle East\n"
        "Minister resigns over budget row\n"
        "By Jane Doe - March 3, 2021\n"
        "The minister speaks to reporters in the capital on Tuesday.\n"
        "The finance minister resigned on Tuesday after a long dispute over the budget, "
        "aides said.\n"
        "Share this article\n"
        "Sign up for our newsletter\n"
        "Related articles\n"
        "Another story entirely about football results and transfer news this weekend.\n"
    )
    reasons = dropped(text)
    assert reasons["Home > World > Middle East"] == "navigation"
    assert reasons["By Jane Doe - March 3, 2021"] == "byline"
    assert reasons["The minister speaks to reporters in the capital on Tuesday."] == "caption"
    assert reasons["Sign up for our newsletter"] == "newsletter-prompt"
    assert reasons["Related articles"] == "related-links"
    assert "football" not in body_text(text)
    assert "resigned on Tuesday" in body_text(text)
    assert clean_article(text).published.date == dt.date(2021, 3, 3)  # type: ignore[union-attr]


def test_offsets_point_into_the_raw_text() -> None:
    text = seed("002")
    for item in clean_article(text).boilerplate:
        assert text[item.start : item.end].strip() == text[item.start : item.end]


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        ("BRUSSELS, Feb. 14, 2020 — NATO ministers met.", dt.date(2020, 2, 14)),
        ("BRUSSELS, Feb 13,2020 - NATO ministers met.", dt.date(2020, 2, 13)),
        ("BAGHDAD, Jan 6 (Reuters) - NATO ministers met.", None),  # no year: not a date
        ("BRUSSELS— NATO ministers met.", None),
    ],
)
def test_dateline_in_the_first_paragraph(opening: str, published: dt.date | None) -> None:
    text = f"Ministers meet\n\n{opening} They agreed to expand the training mission, he said.\n"
    cleaned = clean_article(text)
    dateline = [b for b in cleaned.boilerplate if b.reason == "dateline"]
    assert len(dateline) == 1
    assert text[dateline[0].start : dateline[0].end].startswith(opening.split(" ")[0].rstrip("—"))
    assert (cleaned.published.date if cleaned.published else None) == published


# --------------------------------------------------------------------------- unrelated-story
# A paragraph is another story's only on strong evidence: off-topic AND under an off-topic title
# line of its own. Low overlap alone is not enough (issue 11: "only clear page furniture").

HARBOUR = (
    "Harbour board approves new ferry timetable\n\n"
    "The harbour board approved a new ferry timetable on Thursday, adding two evening crossings "
    "to the island from the first of June, officials said.\n\n"
    "The board had delayed the vote twice after complaints from island residents about the "
    "last crossing leaving before the late shift ends at the fish plant.\n\n"
    "{insert}\n\n"
    "Ferry operators said the new crossings would need two more crews, and the board agreed to "
    "pay for them from the harbour fund until the end of the year.\n\n"
    "Residents will be able to comment on the timetable at a meeting in the island hall.\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a short quote that shares almost no words with the story
        "Local councillor Maeve Doyle said: 'My neighbours work nights. Now they get home safe.'",
        # a short count paragraph with its own vocabulary
        "At least six skippers are expected to bid for the contract. One, Tomas Reyes, 52, "
        "has already signed up.",
    ],
)
def test_low_overlap_paragraph_stays_in_the_body(paragraph: str) -> None:
    text = HARBOUR.format(insert=paragraph)
    assert paragraph in body_text(text)
    assert "unrelated-story" not in dropped(text).values()


def test_teaser_under_its_own_title_is_dropped() -> None:
    teaser = (
        "Storm closes mountain pass for third day\n"
        "Snowploughs worked through the night near the summit tunnel, where drivers abandoned "
        "dozens of lorries on Tuesday, police reported."
    )
    text = HARBOUR.format(insert=teaser)
    reasons = dropped(text)
    assert reasons["Storm closes mountain pass for third day"] == "unrelated-story"
    assert "Snowploughs" not in body_text(text)
    assert "two more crews" in body_text(text)


# --------------------------------------------------------------------------- captions
# A caption's present-tense verb is its main verb; in a news lead a past-tense verb comes first
# and a word such as "talks" or "holds" is a noun.


@pytest.mark.parametrize(
    "lead",
    [
        "Dock workers at the northern terminal voted to accept a pay offer on Friday, ending "
        "weeks of tense talks and a threatened walkout.",
        "The city council approved the sale of the old depot on Monday after a buyer agreed to "
        "keep the building that still holds the tram museum.",
    ],
)
def test_lead_with_a_past_tense_verb_is_no_caption(lead: str) -> None:
    text = (
        f"Workers back the deal\n\nBy Ann Lee\n\n{lead}\n\n"
        "The deal runs for three years, a spokesman said.\n"
    )
    assert "caption" not in dropped(text).values()
    assert lead in body_text(text)


def test_present_tense_picture_description_is_still_a_caption() -> None:
    caption = "Union leader Ana Ruiz speaks to members outside the depot in Riverside on Sunday."
    text = (
        f"Workers back the deal\n\n{caption}\n\n"
        "Members of the transit union voted to accept a four-year contract on Sunday, union "
        "officials said.\n"
    )
    assert dropped(text).get(caption) == "caption"


# --------------------------------------------------------------------------- sign-offs


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "(Reporting by Ines Maro; additional reporting by Kai Berg; editing by Rob Hale)",
            "byline",
        ),
        ("(Editing by Ruth Amsel)", "byline"),
        ("Stay with Channel 9 for the latest on this developing story.", "footer"),
        ("We will keep updating this page as news comes in.", "footer"),
        ("Media enquiries: press@agency.example", "footer"),
        ("For more information: press office, tel. +00 12 34 56", "footer"),
        ("Read also: Bread prices hold steady in the capital", "related-links"),
        ("More on the topic", "related-links"),
        ("Have your say: should the bridge be rebuilt? Write to us.", "discussion-prompt"),
        (
            "If you enjoyed this, pass it on. If not, let me know why in the comments.",
            "discussion-prompt",
        ),
    ],
)
def test_sign_off_lines_are_dropped(line: str, reason: str) -> None:
    text = (
        "Bridge to reopen in May\n\n"
        "The river bridge will reopen to traffic in May after repairs costing 4 million euros, "
        "the transport office said on Tuesday.\n\n"
        f"{line}\n"
    )
    assert dropped(text).get(line) == reason
    assert "reopen to traffic" in body_text(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporting by the regional paper had first revealed the cracks in the bridge, she said.",
        '"We will stay with the families until the last one is rehoused," the mayor said.',
        "Contact with the contractor was lost for two days during the flood, the office said.",
    ],
)
def test_prose_with_sign_off_words_stays(sentence: str) -> None:
    text = (
        "Bridge to reopen in May\n\n"
        "The river bridge will reopen to traffic in May after repairs costing 4 million euros, "
        "the transport office said on Tuesday.\n\n"
        f"{sentence}\n"
    )
    assert sentence in body_text(text)


@pytest.mark.parametrize(
    "marker", ["ENDS", "-30-", "###", "[END OF TRANSCRIPT]", "Notes to editors"]
)
def test_end_marker_closes_the_story(marker: str) -> None:
    text = (
        "Agency opens new clinic\n\n"
        "The health agency opened a new clinic in the eastern district on Monday, its director "
        "said, adding that it would treat 200 patients a day.\n\n"
        f"{marker}\n"
        "The agency was founded in 1998 and employs 3,000 staff across the country.\n"
    )
    reasons = dropped(text)
    assert reasons[marker] == "footer"
    assert reasons[
        "The agency was founded in 1998 and employs 3,000 staff across the country."
    ] == ("footer")
    assert "200 patients" in body_text(text)


# --------------------------------------------------------------------------- header: standfirsts
# A byline or date line near the top closes the header; a line between the headline and it is a
# standfirst, and a second title line without a final stop above the body is a title too.

LEAD = (
    "The regional rail operator will cut 40 evening services from Monday, its chief executive "
    "said on Friday, blaming a shortage of drivers.\n\n"
    "Unions said the cuts would hit shift workers hardest.\n"
)


@pytest.mark.parametrize(
    ("header", "standfirst"),
    [
        (
            "Fewer trains after dark\n\n{s}\n\nBy Lena Ortiz | The Morning Post\nFriday 7 May 2021",
            "Drivers are scarce, and passengers will feel it. Who decided, and why now?",
        ),
        (
            "Rail cuts: evening services axed\n\n{s}\n\nBy Lena Ortiz, Transport Correspondent",
            'The operator says it "has no other choice" until new drivers qualify',
        ),
        (
            "Regional Rail Ltd\nPress release\n7 May 2021\n\n{s}",
            "Evening timetable to change from Monday",
        ),
    ],
)
def test_standfirst_is_header(header: str, standfirst: str) -> None:
    text = header.format(s=standfirst) + "\n\n" + LEAD
    assert dropped(text).get(standfirst) == "headline"
    assert "cut 40 evening services" in body_text(text)
    assert "Unions said" in body_text(text)


def test_foot_byline_of_a_brief_does_not_make_its_paragraphs_header() -> None:
    text = (
        "Rail cuts\n\n"
        "The regional rail operator will cut 40 evening services from Monday, its chief executive "
        "said on Friday.\n\n"
        "Unions said the cuts, which affect 12 lines, would hit shift workers hardest.\n\n"
        "By Lena Ortiz\n"
    )
    body = body_text(text)
    assert "cut 40 evening services" in body
    assert "affect 12 lines" in body


def test_short_opening_sentence_after_the_byline_stays() -> None:
    opener = "THE trains are going quiet."
    text = f"Rail cuts bite\n\nBy LENA ORTIZ | Friday, 7 May 2021\n\n{opener}\n\n" + LEAD
    assert opener in body_text(text)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Morning Post | 07.05.2021, 10:15 | translated automatically from the Polish", "dateline"),
        (
            "Warsaw, 7 May 2021 — unofficial English version provided by the press office",
            "dateline",
        ),
    ],
)
def test_masthead_date_lines(line: str, reason: str) -> None:
    text = f"Rail cuts\n\n{line}\n\n" + LEAD
    assert dropped(text).get(line) == reason
    assert "cut 40 evening services" in body_text(text)


def test_agency_tag_opens_the_lead() -> None:
    text = "Rail cuts\n\n(KTVR) — " + LEAD
    assert dropped(text).get("(KTVR) —") == "dateline"
    assert body_text(text).startswith("The regional rail operator")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # A short sentence with a full date is the story, not a dateline.
        ("NATO's allies agreed on February 12, 2020, to enhance the mission.", True),
        ("The council met on March 3, 2024 and adopted the budget.", True),
        # A date line is still furniture (must not touch).
        ("Published Feb. 12, 2020.", False),
    ],
)
def test_a_one_line_draft_with_a_date_keeps_its_sentence(text: str, body: bool) -> None:
    assert bool(clean_article(text).body) is body
