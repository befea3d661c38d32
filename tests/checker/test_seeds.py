"""Invariant on the real corpus: each seed, checked as a draft, contradicts nothing of its own
corpus, and every claim the extractor finds in it is judged (or listed as not checked)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import natoiraq
from natoiraq.corpus import Corpus

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
    drafts = natoiraq.extract(text, corpus.registry, published=published)
    assert len(report.claims) == len(drafts.claims)
    assert all(c.explanation and c.reasons is not None for c in report.claims)
