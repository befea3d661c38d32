"""The held-out evaluation set (evalsets/holdout): it validates with no findings, every seed matches
its SHA256SUMS line, and every article is reviewed. No F1 baseline is kept for it (its README:
never tune against it)."""

from __future__ import annotations

import hashlib

import pytest

from natoiraq import validate
from natoiraq.validator import load_corpus
from tests.conftest import REPO

HOLDOUT = REPO / "evalsets" / "holdout"
SEEDS = HOLDOUT / "seeds"


def _sums() -> dict[str, str]:
    sums = {}
    for line in (SEEDS / "SHA256SUMS").read_text(encoding="ascii").splitlines():
        digest, name = line.split(maxsplit=1)
        sums[name.lstrip("*")] = digest
    return sums


def test_holdout_corpus_validates_without_findings() -> None:
    findings = validate([HOLDOUT / "corpus"], root=HOLDOUT)
    assert [f.format() for f in findings] == []


def test_holdout_corpus_loads_and_every_claim_is_reviewed() -> None:
    loaded = load_corpus(HOLDOUT / "corpus", HOLDOUT)
    assert loaded.corpus is not None and not loaded.errors
    articles = loaded.corpus.articles
    assert len(articles) == 10
    assert all(c.status == "reviewed" for a in articles for c in a.article.claims)


def test_every_seed_is_listed_and_every_listed_seed_exists() -> None:
    assert {p.name for p in SEEDS.glob("*.txt")} == set(_sums())
    assert len(_sums()) == 10


@pytest.mark.parametrize("name", sorted(_sums()))
def test_holdout_seed_matches_its_sha256(name: str) -> None:
    data = (SEEDS / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == _sums()[name]
    assert b"\r" not in data
    data.decode("utf-8")
