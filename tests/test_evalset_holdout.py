"""The held-out evaluation sets (evalsets/holdout, evalsets/holdout2): each validates with no
findings, every seed matches its SHA256SUMS line, and every article is reviewed. No F1 baseline is
kept for them (their READMEs: never tune against them)."""

from __future__ import annotations

import hashlib

import pytest

from natoiraq import validate
from natoiraq.validator import load_corpus
from tests.conftest import REPO

SETS = ("holdout", "holdout2")


def _sums(name: str) -> dict[str, str]:
    sums = {}
    seeds = REPO / "evalsets" / name / "seeds"
    for line in (seeds / "SHA256SUMS").read_text(encoding="ascii").splitlines():
        digest, seed = line.split(maxsplit=1)
        sums[seed.lstrip("*")] = digest
    return sums


@pytest.mark.parametrize("name", SETS)
def test_holdout_corpus_validates_without_findings(name: str) -> None:
    root = REPO / "evalsets" / name
    findings = validate([root / "corpus"], root=root)
    assert [f.format() for f in findings] == []


@pytest.mark.parametrize("name", SETS)
def test_holdout_corpus_loads_and_every_claim_is_reviewed(name: str) -> None:
    root = REPO / "evalsets" / name
    loaded = load_corpus(root / "corpus", root)
    assert loaded.corpus is not None and not loaded.errors
    articles = loaded.corpus.articles
    assert len(articles) == 10
    assert all(c.status == "reviewed" for a in articles for c in a.article.claims)


@pytest.mark.parametrize("name", SETS)
def test_every_seed_is_listed_and_every_listed_seed_exists(name: str) -> None:
    seeds = REPO / "evalsets" / name / "seeds"
    assert {p.name for p in seeds.glob("*.txt")} == set(_sums(name))
    assert len(_sums(name)) == 10


@pytest.mark.parametrize(
    ("name", "seed"), [(name, seed) for name in SETS for seed in sorted(_sums(name))]
)
def test_holdout_seed_matches_its_sha256(name: str, seed: str) -> None:
    data = (REPO / "evalsets" / name / "seeds" / seed).read_bytes()
    assert hashlib.sha256(data).hexdigest() == _sums(name)[seed]
    assert b"\r" not in data
    data.decode("utf-8")
