"""Stage 3a: date forms of round 3 (a live blog, an interview, an obituary, a column, sport,
business, a court, a translated statement, a bulletin): the clause a date belongs to, spans said
from publication, decades and spans of years, a year before a singular noun, and dates that are
no claim (a supposition, a habit, any such day). Each rule: a case it fixes, a second case, a case
it must not touch. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extractor import DateRow, dates_in

WED_15_MAY = dt.date(2024, 5, 15)
MON_4_NOV = dt.date(2024, 11, 4)
SUN_10_MAR = dt.date(2024, 3, 10)
THU_24_OCT = dt.date(2024, 10, 24)
FRI_20_SEP = dt.date(2024, 9, 20)

Found = list[tuple[str, str, str]]


def dates(text: str, published: dt.date = WED_15_MAY) -> list[DateRow]:
    return dates_in(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A date that ends the subject of the verb after it takes that verb's tense ...
        ("Officials said the vote on Thursday would be close.",
         [("Thursday", "2024-05-16", "2024-05-16")]),
        ("Police said the march on Saturday will go ahead.",
         [("Saturday", "2024-05-18", "2024-05-18")]),
        # ... a date after the verb's own object stays the verb's.
        ("He told the committee on Tuesday that the plant would close.",
         [("Tuesday", "2024-05-14", "2024-05-14")]),
    ],
)  # fmt: skip
def test_date_that_ends_a_subject(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "is on Friday": the present of "be" timetables an event, so its future.
        ("The final hearing is on Friday.", [("Friday", "2024-05-17", "2024-05-17")]),
        ("The deadline is Monday.", [("Monday", "2024-05-20", "2024-05-20")]),
        # The past of "be" stays past.
        ("The final hearing was on Friday.", [("Friday", "2024-05-10", "2024-05-10")]),
    ],
)  # fmt: skip
def test_timetabled_be(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "the coming weekend" is the next weekend to begin: in the week, this week's ...
        ("Engineers will test the line during the coming weekend.", WED_15_MAY,
         [("the coming weekend", "2024-05-18", "2024-05-19")]),
        ("Two concerts are planned for the coming weekend.", FRI_20_SEP,
         [("the coming weekend", "2024-09-21", "2024-09-22")]),
        # ... on a Sunday next week's; "next weekend" is still next week's.
        ("Two concerts are planned for the coming weekend.", SUN_10_MAR,
         [("the coming weekend", "2024-03-16", "2024-03-17")]),
        ("The fair returns next weekend.", WED_15_MAY,
         [("next weekend", "2024-05-25", "2024-05-26")]),
    ],
)  # fmt: skip
def test_the_coming_weekend(text: str, published: dt.date, expected: Found) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "over the weekend", "at the weekend": the coming one in a future clause ...
        ("Talks will continue over the weekend.", WED_15_MAY,
         [("over the weekend", "2024-05-18", "2024-05-19")]),
        # ... the one just gone in a past one.
        ("Two shops were burgled at the weekend.", MON_4_NOV,
         [("at the weekend", "2024-11-02", "2024-11-03")]),
        # Not a date: weekends in general, the weekend as a noun's modifier.
        ("The library now opens at weekends.", WED_15_MAY, []),
        ("The weekend rota changes.", WED_15_MAY, []),
    ],
)  # fmt: skip
def test_over_the_weekend(text: str, published: dt.date, expected: Found) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The part of this month, week or year before publication, or after it.
        ("Prices rose earlier this month.", [("earlier this month", "2024-05-01", "2024-05-15")]),
        ("The report will be published later this year.",
         [("later this year", "2024-05-15", "2024-12-31")]),
        ("A verdict is expected later this week.",
         [("later this week", "2024-05-15", "2024-05-19")]),
        # "this month" alone stays the whole month.
        ("Sales rose this month.", [("this month", "2024-05-01", "2024-05-31")]),
    ],
)  # fmt: skip
def test_earlier_and_later_this(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A negated deadline is the earliest time: the part itself, without "before".
        ("The bridge will not reopen before the end of June.",
         [("the end of June", "2024-06-21", "2024-06-30")]),
        ("Results are not expected before the end of the month.",
         [("the end of the month", "2024-05-21", "2024-05-31")]),
        # A deadline stays one.
        ("The bridge will reopen before the end of June.",
         [("before the end of June", "2024-05-15", "2024-06-30")]),
    ],
)  # fmt: skip
def test_negated_deadline(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A decade is one date over its ten years; its parts are thirds.
        ("Rents have not risen so fast since the 1970s.",
         [("the 1970s", "1970-01-01", "1979-12-31")]),
        ("The mill closed in the late 1990s.", [("the late 1990s", "1997-01-01", "1999-12-31")]),
        # An age or a temperature is no decade.
        ("She is in her 80s.", []),
        ("Temperatures reached the 40s.", []),
    ],
)  # fmt: skip
def test_decade(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A span given by two years is one date from the first to the last.
        ("He sat on the board between 1971 and 1989.",
         [("between 1971 and 1989", "1971-01-01", "1989-12-31")]),
        ("The 1998-99 survey found no decline.", [("1998-99", "1998-01-01", "1999-12-31")]),
        ("Rationing lasted from 1940 to 1954, the archive shows.",
         [("from 1940 to 1954", "1940-01-01", "1954-12-31")]),
        ("Her letters from 1939-1945 survive.", [("1939-1945", "1939-01-01", "1945-12-31")]),
        # Years joined by a clause stay a date each; a range before a plural noun counts it.
        ("She taught from 1979 until she retired in 1997.",
         [("1979", "1979-01-01", "1979-12-31"), ("1997", "1997-01-01", "1997-12-31")]),
        ("Between 2000 and 2500 runners took part.", []),
        ("Output rose to 2019-20 levels.", []),
    ],
)  # fmt: skip
def test_span_of_years(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # That many months at one end of a span.
        ("Sales doubled in the first six months of 2023.",
         [("the first six months of 2023", "2023-01-01", "2023-06-30")]),
        ("Fares will rise in the last two months of the year.",
         [("the last two months of the year", "2024-11-01", "2024-12-31")]),
        # No span named: no date.
        ("Sales doubled in the past three months of fighting.", []),
    ],
)  # fmt: skip
def test_months_at_an_end_of_a_span(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A deal between companies is business: its quarter is a calendar quarter.
        ("The two groups hope to close the merger in the fourth quarter.",
         [("the fourth quarter", "2024-10-01", "2024-12-31")]),
        ("Shareholders will vote on the takeover in the first quarter.",
         [("the first quarter", "2025-01-01", "2025-03-31")]),
        # A game's quarter is still none.
        ("The Hawks led by nine points in the third quarter.", []),
    ],
)  # fmt: skip
def test_quarter_of_a_deal(text: str, expected: Found) -> None:
    assert dates(text, THU_24_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A month opening a sentence as its subject, its year by the verb.
        ("August was the wettest on record.", [("August", "2024-08-01", "2024-08-31")]),
        ("October brought the first frosts.", [("October", "2023-10-01", "2023-10-31")]),
        # Not "May" (a name, a verb), nor a name followed by a name, nor a month mid-sentence.
        ("May was the warmest month.", []),
        ("August Rhodes was born here.", []),
        ("Rain fell as August was ending.", []),
    ],
)  # fmt: skip
def test_month_opening_a_sentence(text: str, expected: Found) -> None:
    assert dates(text, FRI_20_SEP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year before a singular noun, adjectives between or not, is a date ...
        ("They rewrote the 2011 charter.", [("2011", "2011-01-01", "2011-12-31")]),
        ("Its 1998 squad won nothing.", [("1998", "1998-01-01", "1998-12-31")]),
        ("The 2012 municipal charter lapsed.", [("2012", "2012-01-01", "2012-12-31")]),
        # ... a number before a plural noun (after an adjective or not) or a unit counts.
        ("The 2000 new homes will be built.", []),
        ("The 2000 people who came were fed.", []),
        ("He won the 2000 metre race.", []),
    ],
)  # fmt: skip
def test_year_before_a_singular_noun(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A supposition's relative dates time a hypothetical: no date ...
        ("Suppose the bank raised rates tomorrow.", []),
        ("Imagine, just once, that the trains ran on time on Monday.", []),
        # ... a stated year in it is kept; "I imagine" is a belief, not a supposition.
        ("Imagine the 2019 plan had passed.", [("2019", "2019-01-01", "2019-12-31")]),
        ("I imagine the talks will end on Friday.", [("Friday", "2024-05-17", "2024-05-17")]),
    ],
)  # fmt: skip
def test_supposition(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weekday after "a", "every", "one" is any such day.
        ("It happened on a Sunday afternoon.", []),
        ("Every Tuesday the market fills the square.", []),
        # "on Sunday" is one.
        ("It happened on Sunday afternoon.", [("Sunday afternoon", "2024-05-12", "2024-05-12")]),
    ],
)  # fmt: skip
def test_any_such_weekday(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "would" with the generic "you" before a weekday: a habit, no day.
        ("A good editor would return your copy on Friday.", []),
        ("He would ring you on Sunday and forget it on Monday.", []),
        # A promise to someone, a "would" of reported speech: days.
        ("She said she would call the minister on Friday.",
         [("Friday", "2024-05-17", "2024-05-17")]),
        ("We will see you on Monday, she said.", [("Monday", "2024-05-20", "2024-05-20")]),
    ],
)  # fmt: skip
def test_habit_with_generic_you(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The long forms of a translated date are one date each.
        ("The decree takes effect on the 1 of August of 2024.",
         [("1 of August of 2024", "2024-08-01", "2024-08-01")]),
        ("Rain has been scarce since the month of April of the previous year.",
         [("the month of April of the previous year", "2023-04-01", "2023-04-30")]),
        ("The law was signed on the 3 of February of the present year.",
         [("the 3 of February of the present year", "2024-02-03", "2024-02-03")]),
        # "the past year" alone stays a year.
        ("Rain has been scarce over the past year.",
         [("the past year", "2023-01-01", "2023-12-31")]),
    ],
)  # fmt: skip
def test_translated_long_forms(text: str, expected: Found) -> None:
    assert dates(text) == expected
