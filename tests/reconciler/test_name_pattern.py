"""The name pattern of name findings is a trie (issue 15: a registry of thousands of entities
made the alternation most of reconcile's time); it matches as the longest-first alternation."""

from __future__ import annotations

import re

from natoiraq.reconciler.names import name_pattern
from natoiraq.validator import load_corpus
from tests.conftest import REPO

CRAFTED = [
    "Jens Stoltenberg and Stoltenberg's aides met Jensen.",
    "Qassem Soleimani, Soleimani's and Soleimanis; Gen. Qasem Soleimani.",
    "The U.S. and U.S.-led forces, NATO-led and NATO's mission.",
    "",
]


def test_the_trie_finds_what_the_longest_first_alternation_finds() -> None:
    corpus = load_corpus(REPO / "corpus", REPO).corpus
    assert corpus is not None
    pattern, forms = name_pattern(corpus.registry)
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    alternation = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
    texts = [r.text for r in corpus.articles] + CRAFTED + [" ".join(ordered)]
    found = 0
    for text in texts:
        expected = [(m.start(), m.group()) for m in alternation.finditer(text)]
        assert [(m.start(), m.group()) for m in pattern.finditer(text)] == expected
        found += len(expected)
    assert found > 100
