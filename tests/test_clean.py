"""Stage 2: body vs boilerplate, on the real seeds (must drop / must keep) and short texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from natoiraq.clean import clean_article
from natoiraq.io.seeds import load_seed

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(prefix: str) -> str:
    return load_seed(next(SEEDS.glob(f"{prefix}_*.txt"))).text


def dropped(text: str) -> dict[str, str]:
    cleaned = clean_article(text)
    return {text[b.start : b.end]: b.reason for b in cleaned.boilerplate}


def body_text(text: str) -> str:
    return "\n".join(text[a:b] for a, b in clean_article(text).body)


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
