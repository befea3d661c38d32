"""Fuzzing extract and check with random and adversarial text (issue 12, Deliver).

Any text must extract and check without an exception (exit 3 at the command line), every claim
anchored to its exact characters, every verdict one of the known ones, and the check report must
render in every format. The adversarial texts are built from what the stages look for: news
fragments of our seeds, registry names, dates, numbers, quote marks of every shape, transcript
labels, page furniture, and the control characters of issue 12, item 11. Deterministic
(derandomized, no example database) and bounded: the four tests take a few seconds together.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import signal
from collections.abc import Iterator
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import natoiraq
from natoiraq.checker import CHECK_REASONS, CHECK_VERDICTS, QUOTE_STATUSES, filter_check
from natoiraq.checker.unchecked import NOT_CHECKED_REASONS
from natoiraq.extractor import extract_article
from natoiraq.models import Published
from natoiraq.report.check import FORMATS, render_check
from natoiraq.text import line_column, sentences
from tests.conftest import REPO

#: Pieces of real news copy: the clauses of two seeds (cut at commas, so a piece may end a
#: sentence or not).
_SEEDS = [
    (REPO / "seeds" / name).read_text(encoding="utf-8")
    for name in ("001_7c7b5841e51291d7.txt", "003_86bb72d104763da4.txt")
]
NEWS = sorted(
    {
        piece.strip()
        for seed in _SEEDS
        for a, b in sentences(seed, 0, len(seed))
        for piece in re.split(r"(?<=,)\s", seed[a:b])
        if 3 <= len(piece.strip()) <= 160
    }
)
#: What the stages look for: names (registry people and bodies, pronouns, roles, transcript
#: labels), dates, numbers, marks, verbs of deciding and saying, controls (issue 12, item 11,
#: and line and paragraph separators, a BOM, a zero width space) and page furniture.
# fmt: off
NAMES = ["NATO", "Jens Stoltenberg", "Stoltenberg", "Mark Esper", "Iraq", "Iraqi parliament",
         "Baghdad", "NATO Mission Iraq", "Qassem Soleimani", "the alliance", "Berlin",
         "Dylan White", "Ms Marsk", "Secretary General", "a NATO spokesman", "he", "she", "it",
         "they", "MINISTER ROJAS:", "Q:", "STOLTENBERG:", "Our Brussels correspondent Tom Reyes"]
DATES = ["Jan. 3, 2020", "January 3", "3 January 2020", "2020-01-06", "last Friday", "on Monday",
         "yesterday", "this morning", "two days ago", "the end of March", "in 2019", "next week",
         "the day before yesterday", "Feb. 12-13", "12 to 15 June", "at 10:30 GMT", "Monday,"]
NUMBERS = ["500", "5,200", "about 500 trainers", "between 200 and 300 troops", "three",
           "30-nation", "1.5 million", "5%", "up 5 per cent", "Troops: 1, 2, 3;", "0", "-4",
           "tens of thousands", "99999999999999999999", "1e999", "½", "٣", "forty-two members"]
MARKS = ['"', "“", "”", "„", "«", "»", "‘", "’", "'", "(", ")", "[", "]", ":", ";", ",", ".",
         "?", "!", "—", "–", "-", "…", "*", "|", "#", "# ", "> ", "- "]
VERBS = ["said", "told reporters", "will suspend", "has suspended", "agreed to withdraw",
         "voted to expel", "would not leave", "announced", "resumed training", "added"]
CONTROLS = ["\x00", "\x1b[2J", "\x1b]0;title\x07", "\r", "\r\n", "\n", "\n\n", "\t", "\x0c",
            "\x85", "\u2028", "\u2029", "\u202e", "\u200b", "\ufeff", "\x9b"]
FURNITURE = ["BRUSSELS (Reuters) -", "Advertisement", "Read more:", "Share this article",
             "By Huw Gethin", "Updated: Jan. 7, 2020", "Photo: AP", "Related:", "(AP) —"]
# fmt: on

FRAGMENT = st.one_of(
    st.sampled_from(NEWS),
    st.sampled_from(NAMES),
    st.sampled_from(DATES),
    st.sampled_from(NUMBERS),
    st.sampled_from(MARKS),
    st.sampled_from(VERBS),
    st.sampled_from(CONTROLS),
    st.sampled_from(FURNITURE),
    st.text(max_size=6),
)
#: Fragments joined with nothing, a space or a line break between them.
ADVERSARIAL = st.lists(
    st.tuples(FRAGMENT, st.sampled_from(["", " ", " ", "\n", "\n\n"])), min_size=8, max_size=80
).map(lambda parts: "".join(f + sep for f, sep in parts))
#: Any text at all (every code point hypothesis draws but lone surrogates, which no file we
#: read can hold).
RANDOM = st.text(min_size=1, max_size=400)
#: A real draft with fragments put in at random places.
DRAFTS = sorted((REPO / "evalsets" / "check").glob("*.md"))
SPLICED = st.builds(
    lambda draft, inserts: _splice(draft.read_text(encoding="utf-8"), inserts),
    st.sampled_from(DRAFTS),
    st.lists(st.tuples(st.integers(0, 1 << 16), FRAGMENT), min_size=1, max_size=8),
)
PUBLISHED = st.one_of(st.none(), st.dates(dt.date(2019, 6, 1), dt.date(2020, 12, 31)))
FUZZ = settings(
    deadline=dt.timedelta(seconds=10),
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


#: A case that takes longer than this hangs (catastrophic backtracking, a loop that never ends):
#: the slowest case here takes about 0.1 s.
HANG_SECONDS = 10


@contextlib.contextmanager
def _no_hang() -> Iterator[None]:
    """Fail a case that runs too long, instead of waiting forever (hypothesis's deadline only
    judges a case that ends)."""

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"a case ran for more than {HANG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _splice(text: str, inserts: list[tuple[int, str]]) -> str:
    for at, fragment in inserts:
        at %= len(text) + 1
        text = text[:at] + fragment + text[at:]
    return text


@pytest.fixture(scope="module")
def corpus() -> Any:
    return natoiraq.load_corpus(REPO / "corpus")


def _assert_extraction(text: str, claims: list[Any]) -> None:
    ids = [c.id for c in claims]
    assert len(ids) == len(set(ids)), ids
    for claim in claims:
        span = claim.evidence
        assert 0 <= span.start <= span.end <= len(text), claim
        assert text[span.start : span.end] == span.exact, claim
        assert claim.kind in ("date", "count", "quote", "decision"), claim
        attribution = getattr(claim, "attribution", None)
        if attribution is not None:
            assert text[attribution.start : attribution.end] == attribution.exact, claim


def _assert_report(text: str, report: Any) -> None:
    for claim in report.claims:
        assert claim.verdict in CHECK_VERDICTS, claim
        assert claim.quote_status in (None, *QUOTE_STATUSES), claim
        assert set(claim.reasons) <= set(CHECK_REASONS), claim
        assert 0 <= claim.start <= claim.end <= len(text), claim
        assert text[claim.start : claim.end] == claim.exact, claim
        assert (claim.line, claim.col) == line_column(text, claim.start), claim
        assert claim.sentence_start <= claim.start and claim.end <= claim.sentence_end, claim
        assert text[claim.sentence_start : claim.sentence_end] == claim.sentence, claim
    for span in (*report.not_checked, *report.skipped):
        assert text[span.start : span.end] == span.exact, span
        assert (span.line, span.col) == line_column(text, span.start), span
    for span in report.not_checked:
        assert span.reason in NOT_CHECKED_REASONS, span
    for shown in ((), ("contradicted", "contested"), ("not-checked",)):
        part = filter_check(report, shown)
        for fmt in FORMATS:
            rendered = render_check(part, fmt)
            assert isinstance(rendered, str) and rendered, fmt
        assert len(json.loads(render_check(part, "json"))["claims"]) == len(part.claims)
    assert render_check(report, "text", color=True)


@settings(FUZZ, max_examples=300)
@given(text=st.one_of(RANDOM, ADVERSARIAL), published=PUBLISHED)
def test_extract_anchors_every_claim_in_any_text(
    text: str, published: dt.date | None, corpus: Any
) -> None:
    with _no_hang():
        extraction = natoiraq.extract(text, corpus.registry, published)
    _assert_extraction(text, extraction.claims)
    for span in extraction.cleaned.boilerplate:
        assert 0 <= span.start <= span.end <= len(text), span


@settings(FUZZ, max_examples=80)
@given(text=st.one_of(ADVERSARIAL, SPLICED), published=PUBLISHED)
def test_extract_article_makes_a_valid_article_of_any_text(
    text: str, published: dt.date | None, corpus: Any
) -> None:
    given_date = (
        Published(date=published, basis="stated", why="given with --published")
        if published is not None
        else None
    )
    with _no_hang():
        article, extraction = extract_article(
            text, corpus.registry, article_id="fuzz", seed="seeds/fuzz.txt", sha256="0" * 64,
            published=given_date,
        )  # fmt: skip
    _assert_extraction(text, article.claims)
    assert article.claims == extraction.claims


@settings(FUZZ, max_examples=120)
@given(text=st.one_of(ADVERSARIAL, SPLICED), published=PUBLISHED)
def test_check_judges_and_renders_any_text(
    text: str, published: dt.date | None, corpus: Any
) -> None:
    with _no_hang():
        report = natoiraq.check(text, corpus, published, story="fuzz.md")
        _assert_report(text, report)


@settings(FUZZ, max_examples=60)
@given(text=RANDOM)
def test_check_judges_and_renders_random_text(text: str, corpus: Any) -> None:
    with _no_hang():
        _assert_report(text, natoiraq.check(text, corpus, story="fuzz.md"))


def test_the_fragments_are_real_news() -> None:
    # The strategies must draw real copy and real drafts, or they fuzz little the stages read.
    assert len(NEWS) > 40
    assert len(DRAFTS) >= 10
