"""Report evidence built cheaply (issue 15) says what the plain way said: context, copies with
an origin, shared values, the boilerplate test of name occurrences, shared quote work and
reference checks."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right

import pytest
from hypothesis import given
from hypothesis import strategies as st

from natoiraq.compare.intervals import count_interval, date_interval
from natoiraq.compare.quotes import DiffOp, compare_words
from natoiraq.models import DateValue, DecisionValue, Offsets
from natoiraq.reconciler import counts, dates
from natoiraq.reconciler.findings import ClaimRef, Shared, collapse_space, context
from natoiraq.reconciler.index import Index
from natoiraq.reconciler.names import covered
from natoiraq.reconciler.quotes import SpeakerMemo
from natoiraq.text import words
from natoiraq.validator import load_corpus
from tests.conftest import REPO

#: What the evidence context was made with before split and join (findings.context).
OLD_WHITESPACE_RE = re.compile(r"\s+")
#: Text with every kind of whitespace str.isspace knows, ASCII and Unicode (NBSP, ideographic
#: space, line and paragraph separators, the information separators \x1c-\x1f).
TEXT = st.text(alphabet=st.sampled_from(list("ab…\"' \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2028\u3000")))


@given(TEXT)
def test_collapse_space_is_the_regex_it_replaces(text: str) -> None:
    assert collapse_space(text) == OLD_WHITESPACE_RE.sub(" ", text)


@given(TEXT, st.integers(0, 200), st.integers(0, 20))
def test_context_is_the_one_made_with_the_regex(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(start + length, len(text))
    lo, hi = max(0, start - 80), min(len(text), end + 80)
    before = OLD_WHITESPACE_RE.sub(" ", text[lo:start]).lstrip()
    after = OLD_WHITESPACE_RE.sub(" ", text[end:hi]).rstrip()
    expected = (("…" if lo > 0 else "") + before, after + ("…" if hi < len(text) else ""))
    assert context(text, start, end) == expected


def test_with_origin_copies_every_field() -> None:
    # Every field differs from its default, so a field passed on in the wrong place shows.
    ref = ClaimRef("a", "seeds/a.txt", "c", "Jan. 2", 3, 9, {"v": 1}, "before", "after", "note",
                   ("b/c",), (DiffOp("replace", "x", "y"),), "draft", 4, 5, "consistent", "old")
    assert ref.with_origin("group-1") == dataclasses.replace(ref, origin="group-1")
    assert [f.name for f in dataclasses.fields(ClaimRef)][-1] == "origin"


def test_shared_values_are_one_dict_equal_to_the_dump() -> None:
    shared = Shared()
    day = {"earliest": "2020-01-03", "latest": "2020-01-03", "granularity": "day",
           "basis": "explicit"}  # fmt: skip
    first, second = DateValue.model_validate(day), DateValue.model_validate(day)
    assert first is not second
    assert shared.value(first) is shared.value(second)
    assert shared.value(first) == first.model_dump(mode="json")
    decision = {"actor": "nato", "action": "suspend", "object": "nmi", "modality": "done"}
    dated = DecisionValue.model_validate(decision | {"date": day})
    undated = DecisionValue.model_validate(decision)
    assert shared.value(dated) == dated.model_dump(mode="json")
    assert shared.value(undated) == undated.model_dump(mode="json")
    assert shared.value(dated) is not shared.value(undated)


def test_shared_strings_are_one_object() -> None:
    shared = Shared()
    text = "".join(["a", "b"])
    assert shared.string(text) is text
    assert shared.string("".join(["a", "b"])) is text


SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=6)


@given(SPANS, st.integers(0, 90))
def test_covered_runs_hold_an_offset_when_a_span_does(spans: list[tuple[int, int]],
                                                      offset: int) -> None:  # fmt: skip
    starts, ends = covered([Offsets(start=lo, end=lo + n) for lo, n in spans])
    # Disjoint and in order, each run non-empty: what the bisection in name_findings needs.
    assert all(s < e for s, e in zip(starts, ends, strict=True))
    assert all(e < s for e, s in zip(ends, starts[1:], strict=False))
    run = bisect_right(starts, offset) - 1
    inside = run >= 0 and offset < ends[run]
    assert inside == any(lo <= offset < lo + n for lo, n in spans)


@pytest.mark.parametrize(
    ("base", "other"),
    [
        ("We will not withdraw from Iraq.", "We will withdraw from Iraq."),
        ("NATO trains 500 troops.", "NATO trains 200 troops in Baghdad."),
    ],
)
def test_speaker_memo_gives_what_it_stands_for(base: str, other: str) -> None:
    memo = SpeakerMemo()
    assert memo.words(base) == words(base)
    assert memo.words(base) is memo.words(base)
    assert memo.compare(base, other) == compare_words(words(base), words(other))
    assert memo.compare(base, other) is memo.compare(base, other)


@pytest.fixture(scope="module")
def index() -> Index:
    loaded = load_corpus(REPO / "corpus", REPO)
    assert loaded.corpus is not None
    return Index.of(loaded.corpus, include_drafts=True)


def test_date_checks_made_once_per_date_and_zone_are_each_claims_own(index: Index) -> None:
    refs = index.references
    statuses = set()
    for topic, members in index.dates.items():
        own = [refs.date(topic, date_interval(c.value), r.article.timezone) for r, c in members]
        assert dates.reference_checks(refs, topic, members) == own, topic
        statuses |= {check.status for check in own}
    assert statuses == {"consistent", "inconsistent", "none"}


def test_count_checks_made_once_per_count_unit_and_day_are_each_claims_own(index: Index) -> None:
    refs = index.references
    statuses = set()
    for (topic, _), members in index.counts.items():
        own = [refs.count(topic, count_interval(c.value), c.value.unit, r.article.published.date)
               for r, c in members]  # fmt: skip
        assert counts.reference_checks(refs, topic, members) == own, topic
        statuses |= {check.status for check in own}
    assert statuses == {"consistent", "none"}  # the corpus's counts fit the reference
