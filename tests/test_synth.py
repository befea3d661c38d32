"""The benchmark generator (benchmarks/synth.py): synthetic corpora validate clean and reconcile
with real work (issue 6)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from natoiraq.reconciler import reconcile
from natoiraq.validator import load_corpus

ROOT = Path(__file__).resolve().parent.parent


def _synth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synth", ROOT / "benchmarks" / "synth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _synth().build(20, tmp_path_factory.mktemp("synth") / "repo")


def test_synthetic_corpus_validates_clean(synthetic: Path) -> None:
    loaded = load_corpus(synthetic / "corpus", synthetic)
    assert [f.format() for f in loaded.findings] == []
    assert loaded.corpus is not None
    assert len(loaded.corpus.articles) == 20


def test_synthetic_corpus_gives_conflicts_variants_and_agreements(synthetic: Path) -> None:
    corpus = load_corpus(synthetic / "corpus", synthetic).corpus
    assert corpus is not None
    counts = reconcile(corpus).counts
    assert counts["conflict"] > 0
    assert counts["variant"] > 0
    assert counts["agree"] > 0


def test_seeds_are_edited_not_copied(synthetic: Path) -> None:
    texts = {p.read_text(encoding="utf-8") for p in (synthetic / "seeds").glob("*.txt")}
    # 20 articles from 5 seeds: perturbation makes (almost) every copy a text of its own.
    assert len(texts) > 10


def test_generation_is_deterministic(synthetic: Path, tmp_path: Path) -> None:
    again = _synth().build(20, tmp_path / "again")
    for path in sorted((synthetic / "corpus" / "articles").glob("*.yaml")):
        assert (again / "corpus" / "articles" / path.name).read_bytes() == path.read_bytes()


def test_an_edit_inside_a_span_moves_its_end_and_later_spans() -> None:
    synth = _synth()
    data = {
        "boilerplate": [],
        "claims": [
            {"evidence": {"exact": "January 3", "start": 4, "end": 13}},
            {"evidence": {"exact": "later", "start": 14, "end": 19}},
        ],
    }
    text = synth.apply_edits("The January 3 later", data, [synth.Edit(12, 13, "14")])
    assert text == "The January 14 later"
    assert [c["evidence"] for c in data["claims"]] == [
        {"exact": "January 14", "start": 4, "end": 14},
        {"exact": "later", "start": 15, "end": 20},
    ]
