"""QuotePool.matching is quotes_match for every text of the pool, taken at once (issue 15)."""

from __future__ import annotations

import random

import pytest

from natoiraq.compare.quotes import QuotePool, quotes_match
from natoiraq.models import QuoteClaim
from natoiraq.text import fold_quote
from natoiraq.validator import load_corpus
from tests.conftest import REPO


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Every folded quote of our corpus and development set, and altered copies of some of
    them (a word dropped, two swapped, a word replaced), so that near matches are many."""
    found: set[str] = set()
    for folder, root in ((REPO / "corpus", REPO), (REPO / "evalsets" / "dev" / "corpus",
                                                    REPO / "evalsets" / "dev")):  # fmt: skip
        corpus = load_corpus(folder, root).corpus
        assert corpus is not None
        for record in corpus.articles:
            found.update(
                fold_quote(c.value.text) for c in record.article.claims if isinstance(c, QuoteClaim)
            )
    rng = random.Random(15)
    base = sorted(found)
    altered = []
    for text in rng.sample(base, min(120, len(base))):
        words = text.split()
        i = rng.randrange(len(words))
        altered.append(" ".join([*words[:i], *words[i + 1 :]]))
        j = rng.randrange(len(words))
        swapped = list(words)
        swapped[i], swapped[j] = swapped[j], swapped[i]
        altered.append(" ".join(swapped))
        altered.append(" ".join([*words[:i], "tomorrow", *words[i + 1 :]]))
    return sorted(found | set(altered) | {""})


def test_matching_is_quotes_match_for_each_text(texts: list[str]) -> None:
    pool = QuotePool(texts)
    rng = random.Random(7)
    drafts = [*rng.sample(texts, 60), "", "nato", "we will stay in iraq as long as we are welcome"]
    matched = 0
    for draft in drafts:
        got = pool.matching(draft)
        assert got == [quotes_match(draft, text) for text in texts], draft
        matched += sum(got) - (draft in texts)
    assert matched > 20  # near matches, not only each draft itself


def test_an_empty_pool_and_short_quotes() -> None:
    assert QuotePool([]).matching("we will stay in iraq as long as we are welcome") == []
    pool = QuotePool(["for iraq", "for iraq and for nato", "for iraq"])
    assert pool.matching("for iraq") == [True, False, True]
