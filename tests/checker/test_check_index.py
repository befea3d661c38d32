"""check indexes only the blocks its draft's claims can be judged against (issue 15), and says
exactly what it said with the whole index, for every draft we have."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from natoiraq.checker import check_story
from natoiraq.checker.judge import needed_blocks
from natoiraq.corpus import Corpus
from natoiraq.extractor import extract_claims
from natoiraq.io.seeds import load_seed
from natoiraq.io.yamlread import load_yaml
from natoiraq.reconciler.index import Blocks, Index
from natoiraq.report.check import render_check
from natoiraq.validator import load_corpus
from tests.conftest import REPO

SETS = ("evalsets/check", "evalsets/check-holdout", "evalsets/check-holdout2", "examples")


@cache
def corpus() -> Corpus:
    loaded = load_corpus(REPO / "corpus", REPO)
    assert loaded.corpus is not None and not loaded.errors
    return loaded.corpus


def drafts() -> list[tuple[str, dt.date | None]]:
    """Every draft of the check benchmarks and the example, with the date its sidecar gives."""
    found = []
    for folder in SETS:
        for path in sorted((REPO / folder).glob("*.md")):
            if path.name == "README.md":
                continue
            sidecar = path.with_name(f"{path.stem}.expected.yaml")
            data = load_yaml(sidecar).data if sidecar.exists() else {}
            published = data.get("published") if isinstance(data, dict) else None
            on = dt.date.fromisoformat(str(published)) if published else None
            found.append((path.relative_to(REPO).as_posix(), on))
    return found


def test_every_set_has_drafts() -> None:
    folders = {Path(name).parent.as_posix() for name, _ in drafts()}
    assert folders == set(SETS)
    assert len(drafts()) >= 30


@pytest.mark.parametrize("include_drafts", [False, True])
@pytest.mark.parametrize(("name", "published"), drafts())
def test_the_report_is_the_one_of_the_whole_index(
    name: str, published: dt.date | None, include_drafts: bool
) -> None:
    text = load_seed(REPO / name).text

    def report(whole: bool) -> str:
        checked = check_story(text, corpus(), story=name, published=published,
                              include_drafts=include_drafts, whole_index=whole)  # fmt: skip
        return render_check(checked, "json")

    assert report(whole=False) == report(whole=True)


def test_only_the_drafts_blocks_are_indexed() -> None:
    text = load_seed(REPO / "examples/draft-story.md").text
    claims = extract_claims(text, corpus().registry, dt.date(2020, 2, 14)).claims
    blocks = needed_blocks(claims, corpus().registry)
    whole = Index.of(corpus())
    part = Index.of(corpus(), only=blocks)
    assert set(part.dates) == set(whole.dates) & blocks.dates
    assert set(part.dates) < set(whole.dates)
    assert set(part.counts) < set(whole.counts)
    assert set(part.decisions) < set(whole.decisions)
    assert {k[1:] for k in part.decisions} <= blocks.decisions
    # A block that is kept is kept whole and in the same order; every quote is kept.
    for topic, members in part.dates.items():
        assert members == whole.dates[topic]
    for block, counted in part.counts.items():
        assert counted == whole.counts[block]
    for key, decided in part.decisions.items():
        assert decided == whole.decisions[key]
    assert part.quotes == whole.quotes
    assert part.records == whole.records


def test_a_decision_brings_its_opposite_and_every_decider() -> None:
    text = load_seed(REPO / "examples/draft-story.md").text
    claims = extract_claims(text, corpus().registry, dt.date(2020, 2, 14)).claims
    blocks = needed_blocks(claims, corpus().registry)
    assert ("suspend", "nato-mission-iraq") in blocks.decisions
    assert ("resume", "nato-mission-iraq") in blocks.decisions
    # Judge.decision names the other actors the sources give a decision to ("the sources
    # report it of France, Germany, ..."): every decider's block of it is indexed.
    whole = Index.of(corpus())
    part = Index.of(corpus(), only=blocks)
    withdrawals = {k for k in whole.decisions if k[1:] == ("withdraw", "iraq")}
    assert len(withdrawals) > 1
    assert withdrawals <= set(part.decisions)


def test_no_claims_no_blocks() -> None:
    part = Index.of(corpus(), only=Blocks())
    assert (part.dates, part.counts, part.decisions) == ({}, {}, {})
    assert part.quotes == Index.of(corpus()).quotes
