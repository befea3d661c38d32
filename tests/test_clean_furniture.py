"""Stage 2, round 2: the furniture of live pages, corrected copy, transcripts and statements.

Each rule has a text it fixes, a second one it also fixes, and one it must not touch. The texts
are made up for these tests; none is taken from a seed or an evaluation set.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from natoiraq.clean import clean_article
from tests.clean_helpers import body_text, dropped

LEAD = (
    "Storm floods Harwick seafront\n\n"
    "By Ada Brenn | 3 March 2025\n\n"
    "The storm pushed sea water over the Harwick promenade on Monday night, the coastguard said, "
    "flooding shops and cutting power to much of the seafront.\n\n"
)

# --------------------------------------------------------------------------- live pages
# An entry's timestamp and the page's "Updated" line are datelines (dev README, 035-046).


@pytest.mark.parametrize(
    "stamps",
    [
        ["09:45 BST", "11:02 BST"],
        ["Updated 20 minutes ago", "2.15pm", "Last updated: 4 March 2025, 16:40 GMT"],
    ],
)
def test_live_page_stamps_are_datelines(stamps: list[str]) -> None:
    entries = "".join(
        f"{stamp}\nCrews from {n + 2} stations are pumping water out of the arcade on the "
        "promenade, the fire service says.\n\n"
        for n, stamp in enumerate(stamps)
    )
    text = LEAD + entries
    reasons = dropped(text)
    for stamp in stamps:
        assert reasons.get(stamp) == "dateline"
    assert "Crews from 2 stations" in body_text(text)
    # The byline's date is the publication date, not the update stamp.
    published = clean_article(text).published
    assert published is not None
    assert published.date == dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("14:10 GMT - Coastguard says two people were rescued from a car.", "14:10 GMT -"),
        ("10:42: Police have closed the coast road in both directions.", "10:42:"),
    ],
)
def test_stamp_opening_an_entry_is_dropped(line: str, stamp: str) -> None:
    text = LEAD + line + "\n"
    assert dropped(text).get(stamp) == "dateline"
    assert line[len(stamp) :].strip() in body_text(text)


@pytest.mark.parametrize(
    "line",
    [
        '"At 15:20 we heard a bang and the windows shook," said one resident, Tom Ashby.',
        "The last ferry left at 21:40 GMT, the port said.",
        "Updated figures released on Tuesday show 300 homes without power",
        "15.20",
    ],
)
def test_times_in_sentences_stay(line: str) -> None:
    text = LEAD + line + "\n\nThe council has opened a rest centre at the Harwick leisure centre.\n"
    assert dropped(text).get(line) != "dateline"
    if line != "15.20":
        assert line in body_text(text)


# --------------------------------------------------------------------------- corrections
# The outlet's note on its own corrected copy is footer: the body carries the corrected fact.


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article gave the wrong year for the opening of "
        "the pier. It opened in 1911.",
        "This story was amended on 4 March 2025 to correct the name of the harbour master.",
        "Clarification (March 5): An earlier version of this report said the arcade had closed. "
        "It is closed for repairs until April.",
    ],
)
def test_correction_note_is_footer(note: str) -> None:
    text = LEAD + note + "\n"
    assert dropped(text).get(note) == "footer"
    assert "flooding shops" in body_text(text)


@pytest.mark.parametrize(
    "line",
    [
        "Correction officers said the inmate was moved to Harwick prison on Tuesday.",
        "The council issued a correction: an earlier version of its statement put the number of "
        "flooded homes at 300.",
        "Update: the coastguard said it had stood down the lifeboat crews by midnight.",
        '"An earlier version of this report was leaked to us in January," the mayor said.',
    ],
)
def test_lines_like_correction_notes_stay(line: str) -> None:
    text = LEAD + line + "\n"
    assert line in body_text(text)


# --------------------------------------------------------------------------- transcript notes
# An interview's "edited for length" sentence and a transcript's note at the top are footer.


@pytest.mark.parametrize(
    "note",
    [
        "The interview has been edited for length.",
        "This conversation has been condensed and edited for clarity.",
    ],
)
def test_editors_note_on_an_interview_is_footer(note: str) -> None:
    intro = (
        "A week after the flood, the harbour master, Ines Kowal, talked to us about pumps, "
        "sandbags and the sea wall."
    )
    text = f"Storm floods Harwick seafront\n\n{intro} {note}\n\nQ: How bad is it?\n"
    assert dropped(text).get(note) == "footer"
    assert intro in body_text(text)


def test_sentence_about_edited_text_stays() -> None:
    line = "The report has been edited for length, the ministry said, and omits two annexes."
    text = LEAD + line + "\n"
    assert line in body_text(text)


@pytest.mark.parametrize(
    "note",
    [
        "Transcript of the evening bulletin's first item. Clips may be shortened.",
        "Edited transcript of the harbour master's news conference:",
    ],
)
def test_transcript_note_under_the_header_is_footer(note: str) -> None:
    text = (
        "HARWICK FM - EVENING NEWS - Tuesday 4 March 2025 - 18:00 GMT\n"
        f"{note}\n\n"
        "NEWSREADER: Good evening. The coast road at Harwick is open again after Monday's "
        "flood, and the council says the promenade will reopen on Friday.\n"
    )
    assert dropped(text).get(note) == "footer"
    assert "The coast road at Harwick is open again" in body_text(text)


@pytest.mark.parametrize(
    "text",
    [
        # A lead that opens with "Transcript of": it has a verb, it is the story's.
        "Harbour master was warned twice\n\n"
        "Transcript of the call shows the harbour master was warned.\n",
        # Below the top, a note-shaped line is the story's too.
        LEAD + "Lifeboat crews were stood down at midnight.\n\n"
        "Transcript of the coastguard radio log.\n",
    ],
)
def test_transcript_sentences_in_the_story_stay(text: str) -> None:
    assert "footer" not in dropped(text).values()


# --------------------------------------------------------------------------- statements
# A statement closes with a place-and-date line (dateline) and who signs it (byline).

STATEMENT = (
    "PORT AUTHORITY OF HARWICK\n\n"
    "The Port Authority informs the public that the outer harbour will stay closed to "
    "pleasure craft until the sea wall has been inspected, which it expects by the end of "
    "the month.\n\n"
    "{closing}\n"
)


@pytest.mark.parametrize(
    ("closing", "date_line", "signature"),
    [
        (
            "Harwick, 4 March 2025\n\nPress Office\nPort Authority of Harwick",
            "Harwick, 4 March 2025",
            ["Press Office", "Port Authority of Harwick"],
        ),
        (
            "Puerto Bravo, at the 5 days of the month of March of 2025.\nDirectorate of "
            "Communications",
            "Puerto Bravo, at the 5 days of the month of March of 2025.",
            ["Directorate of Communications"],
        ),
    ],
)
def test_closing_place_and_date_and_signature(
    closing: str, date_line: str, signature: list[str]
) -> None:
    text = STATEMENT.format(closing=closing)
    reasons = dropped(text)
    assert reasons.get(date_line) == "dateline"
    for line in signature:
        assert reasons.get(line) == "byline"
    assert "pleasure craft" in body_text(text)


@pytest.mark.parametrize(
    "closing",
    [
        "In Harwick, on 4 March 2025, the authority reopened the inner harbour.",
        "Harwick, 4 March 2025, was the first day without a flood warning since January.",
    ],
)
def test_sentences_with_a_place_and_a_date_stay(closing: str) -> None:
    text = STATEMENT.format(closing=closing)
    assert closing in body_text(text)


def test_signature_stops_at_a_paragraph() -> None:
    paragraph = (
        "The Port Authority will publish the inspection report on its website when it is complete."
    )
    text = STATEMENT.format(closing=f"Harwick, 4 March 2025\nPress Office\n\n{paragraph}")
    assert dropped(text).get("Press Office") == "byline"
    assert paragraph in body_text(text)


def test_byline_with_a_date_stays_a_byline() -> None:
    text = STATEMENT.format(closing="By Staff Reporter, March 3, 2025")
    assert dropped(text).get("By Staff Reporter, March 3, 2025") != "dateline"
    text = LEAD.replace("By Ada Brenn | 3 March 2025", "By Staff Reporter, March 3, 2025")
    assert clean_article(text).byline == "By Staff Reporter, March 3, 2025"


# --------------------------------------------------------------------------- section headings
# A short heading standing alone between a story's paragraphs is `headline` (dev 034's gold).

SECTIONED = (
    "Harwick counts the cost\n\n"
    "Good morning. It was a long week on the seafront, so here is what happened and what "
    "comes next.\n\n"
    "{section}\n"
)
AFTER = (
    "The council says the promenade will reopen on Friday once the last shops have been "
    "pumped dry by the fire service.\n"
)


@pytest.mark.parametrize(
    ("heading", "under"),
    [
        ("1. The sea wall gives way", "\n" + AFTER),
        ("2. What happens next", AFTER),
        ("The numbers", "- 300: homes without power on Monday night\n- 2: lifeboats launched\n"),
    ],
)
def test_section_headings_between_paragraphs(heading: str, under: str) -> None:
    text = SECTIONED.format(section=f"{heading}\n{under}")
    assert dropped(text).get(heading) == "headline"
    assert under.strip().splitlines()[0] in body_text(text)


@pytest.mark.parametrize(
    "section",
    [
        # A numbered list of demands: its last item sits above a paragraph, but after an item.
        "Residents set out three demands for the council this week, in a letter to the mayor:\n\n"
        "1. Raise the sea wall\n\n2. Pay for the pumps\n\n3. Reopen the coast road\n\n" + AFTER,
        # A list's opener ends with a colon: what follows is its content.
        "Residents have one demand for the council this week, set out in a letter to the mayor:"
        "\n\nRaise the sea wall\n" + AFTER,
        # A bulleted item with a figure is the story's.
        "The fire service gave its figures for the week at a briefing on Friday afternoon.\n\n"
        "- About 5,200: sandbags filled\n" + AFTER,
        # A one-line paragraph that lost its full stop, longer than a heading.
        "The council met in emergency session on Tuesday evening at the town hall.\n\n"
        "The mayor will not seek a second term next year\n" + AFTER,
        # A speaker's label over the answer.
        "The harbour master took questions from reporters after the briefing on Friday.\n\n"
        "Ines Kowal\n" + AFTER,
        # A one-line paragraph with a past-tense verb.
        "The council met in emergency session on Tuesday evening at the town hall.\n\n"
        "Councillors voted unanimously\n" + AFTER,
    ],
    ids=["numbered-list", "colon-opener", "bullet", "long-line", "speaker", "past-verb"],
)
def test_lines_like_section_headings_stay(section: str) -> None:
    text = SECTIONED.format(section=section)
    assert "headline" not in [
        reason for line, reason in dropped(text).items() if line != "Harwick counts the cost"
    ]


# --------------------------------------------------------------------------- speed


@pytest.mark.parametrize(
    "hostile",
    [
        "Correction: " + "an earlier version of the " * 4000 + "\n",
        "15:20 GMT - " * 4000 + "\n",
        "Harwick, " * 4000 + "4 March 2025\n",
        ("Harwick, 4 March 2025\n" + "Press Office\n" * 3 + "\n") * 2000,
        (
            "Long paragraph of the story that ends with a full stop right here.\n\n"
            "The numbers\n- 3: pumps\n\n"
        )
        * 2000,
        "Transcript of the " * 4000 + "\n",
        "The interview has been edited for length and " * 4000 + "\n",
    ],
    ids=["correction", "stamps", "place", "signatures", "headings", "transcript", "edited"],
)
def test_new_rules_take_linear_time(hostile: str) -> None:
    # A quadratic step would take minutes on these 40,000-odd characters; linear takes well
    # under a second.
    began = time.perf_counter()
    clean_article(hostile)
    assert time.perf_counter() - began < 3.0
