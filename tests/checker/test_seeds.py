"""Invariant on the real corpus: each seed, checked as a draft, contradicts nothing of its own
corpus, and every claim the extractor finds in it is judged (or listed as not checked)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import natoiraq
from natoiraq.checker import DRAFT_BODY_REASONS, draft_view
from natoiraq.clean import clean_article
from natoiraq.corpus import Corpus
from natoiraq.extractor import extract_claims

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return natoiraq.load_corpus(REPO / "corpus")


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_a_seed_checked_as_a_draft_contradicts_nothing(seed: Path, corpus: Corpus) -> None:
    text = seed.read_text(encoding="utf-8")
    report = natoiraq.check(text, corpus, story=seed.name)
    assert [(c.exact, c.explanation) for c in report.claims if c.verdict == "contradicted"] == []
    published = dt.date.fromisoformat(report.published) if report.published else None
    # check reads a draft's headline and any paragraph the cleaner takes for another story's
    # too (an editor publishes them): the extractor's claims plus those of these lines, no more.
    drafts = natoiraq.extract(text, corpus.registry, published=published)
    cleaned = clean_article(text)
    moved = [(b.start, b.end) for b in cleaned.boilerplate if b.reason in DRAFT_BODY_REASONS]
    in_moved = [c for c in report.claims if any(a <= c.start < b for a, b in moved)]
    assert len(report.claims) == len(drafts.claims) + len(in_moved)
    as_draft = extract_claims(text, corpus.registry, published, cleaned=draft_view(cleaned))
    assert len(report.claims) == len(as_draft.claims)
    assert all(c.explanation and c.reasons is not None for c in report.claims)
