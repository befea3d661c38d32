"""The real corpus, file by file: clean under the validator, complete, and reviewed."""

from __future__ import annotations

from pathlib import Path

import pytest

from natoiraq.corpus import Corpus
from natoiraq.models import CLAIM_KINDS, QuoteClaim
from natoiraq.validator import load_corpus, validate_paths
from tests.conftest import REPO

CORPUS = REPO / "corpus"
FILES = [CORPUS / "registry.yaml", CORPUS / "reference.yaml",
         *sorted((CORPUS / "articles").glob("*.yaml"))]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    result = load_corpus(CORPUS, REPO)
    assert result.corpus is not None
    return result.corpus


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_corpus_file_has_no_findings(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    findings = validate_paths([path.relative_to(REPO)], REPO).findings
    assert [f.format() for f in findings] == []


def test_every_seed_has_exactly_one_article(corpus: Corpus) -> None:
    seeds = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "seeds").glob("*.txt"))
    assert sorted(r.article.seed for r in corpus.articles) == seeds


def test_every_claim_is_reviewed_and_every_kind_is_annotated(corpus: Corpus) -> None:
    kinds = set()
    for record in corpus.articles:
        for claim in record.article.claims:
            assert claim.status == "reviewed", f"{record.path}: {claim.id}"
            kinds.add(claim.kind)
    assert kinds == set(CLAIM_KINDS)


def test_translated_article_has_no_verbatim_quote(corpus: Corpus) -> None:
    translated = [r for r in corpus.articles if r.article.translated_from]
    assert translated, "seed 000 is a translation from Spanish"
    for record in translated:
        quotes = [c for c in record.article.claims if isinstance(c, QuoteClaim)]
        assert quotes
        assert not any(q.value.verbatim for q in quotes)


def test_article_files_are_the_folders_yaml_files_in_path_order(tmp_path: Path) -> None:
    from natoiraq.corpus import article_files

    folder = tmp_path / "corpus" / "articles"
    folder.mkdir(parents=True)
    for name in ("b.yaml", "a-2.yaml", "a.yaml", "A.yaml", ".hidden.yaml", "notes.txt", "c.YAML"):
        (folder / name).write_text("")
    (folder / ".tmp").mkdir()
    found = article_files(tmp_path / "corpus")
    assert found == sorted(p for p in folder.glob("*.yaml") if not p.name.startswith("."))
    assert [p.name for p in found] == ["A.yaml", "a-2.yaml", "a.yaml", "b.yaml"]
    assert article_files(tmp_path / "elsewhere") == []
    (tmp_path / "flat").mkdir()
    (tmp_path / "flat" / "articles").write_text("not a folder")
    assert article_files(tmp_path / "flat") == []
