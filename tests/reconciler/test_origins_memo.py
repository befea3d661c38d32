"""Origin groups kept between commands (find_origins with a memo; issue 15)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import natoiraq
from natoiraq.corpus import Corpus
from natoiraq.reconciler import origins as origins_module
from natoiraq.reconciler.origins import find_origins, origins_key
from tests.conftest import REPO, RunCli


class DictMemo:
    def __init__(self) -> None:
        self.kept: dict[str, str] = {}

    def recall(self, key: str) -> str | None:
        return self.kept.get(key)

    def keep(self, key: str, value: str) -> None:
        self.kept[key] = value


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return natoiraq.load_corpus(REPO / "corpus")


def test_a_kept_result_is_the_found_one(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    memo = DictMemo()
    found = find_origins(corpus, memo)
    key = origins_key(corpus)
    assert list(memo.kept) == [key, "membership:" + key.removeprefix("origins:")]

    def refuse(corpus: Corpus) -> None:
        raise AssertionError("found again although kept")

    monkeypatch.setattr(origins_module, "_find_origins", refuse)
    assert find_origins(corpus, memo) == found


def test_an_unreadable_memo_is_found_again(corpus: Corpus) -> None:
    memo = DictMemo()
    memo.kept[origins_key(corpus)] = '{"not": "groups"}'
    assert find_origins(corpus, memo) == find_origins(corpus)
    json.loads(memo.kept[origins_key(corpus)])  # replaced by a readable one


def test_the_key_follows_seeds_furniture_and_recorded_origins(corpus: Corpus) -> None:
    """What the groups depend on changes the key; a claim does not."""
    record = corpus.articles[0]
    article = record.article

    def with_article(**changes: object) -> Corpus:
        changed = article.model_copy(update=changes)
        records = [type(record)(record.path, changed, record.text), *corpus.articles[1:]]
        return Corpus(corpus.registry, corpus.reference, records)

    key = origins_key(corpus)
    assert origins_key(with_article(claims=article.claims[1:])) == key
    assert origins_key(with_article(sha256="0" * 64)) != key
    assert origins_key(with_article(boilerplate=article.boilerplate[1:])) != key
    assert origins_key(with_article(origins=[])) != key


def test_the_command_line_keeps_the_groups_in_the_cache(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NATOIRAQ_NO_CACHE", raising=False)
    cold = run_cli(["reconcile", "--format", "json"])
    assert cold.exit_code == 0

    def refuse(corpus: Corpus) -> None:
        raise AssertionError("found again although kept")

    monkeypatch.setattr(origins_module, "_find_origins", refuse)
    for args in (["reconcile", "--format", "json"], ["origins", "--format", "json"]):
        warm = run_cli(args)
        assert (warm.exit_code, warm.stderr) == (0, ""), warm.stderr
    assert run_cli(["reconcile", "--format", "json"]).stdout == cold.stdout


def test_the_membership_check_reads_is_that_of_the_kept_groups(corpus: Corpus) -> None:
    """check reads only which group each article is in (kept_membership), not the links."""
    from natoiraq.reconciler.origins import (
        OriginGroup,
        OriginLink,
        Origins,
        _membership_json,
        _to_json,
        kept_membership,
        kept_origins,
    )

    memo = DictMemo()
    found = find_origins(corpus, memo)
    key = origins_key(corpus)
    assert sorted(memo.kept) == sorted([key, "membership:" + key.removeprefix("origins:")])
    ids = [r.article.id for r in corpus.articles]
    for kept_memo in (memo, DictMemo()):
        if not kept_memo.kept:  # the groups alone: the membership is read from them
            kept_memo.kept[key] = memo.kept[key]
        membership = kept_membership(key, kept_memo)
        assert membership is not None
        assert [membership.of.get(a, a) for a in ids] == [found.of.get(a, a) for a in ids]
        assert membership.count(ids) == found.count(ids)
    # A corpus with an echo: two articles in one group count once.
    link = OriginLink("a", "b", "measured", "shared prose")
    groups = (OriginGroup("origin:a", ("a", "b"), (link,)), OriginGroup("c", ("c",), ()))
    echo = Origins(groups=groups, of={"a": "origin:a", "b": "origin:a", "c": "c"})
    memo.keep("origins:echo", _to_json(echo))
    kept = kept_origins("origins:echo", memo)
    assert kept is not None and kept.of == echo.of
    read = kept_membership("origins:echo", memo)
    assert read is not None and read.of == echo.of and read.count(["a", "b", "c"]) == 2
    memo.keep("membership:echo", _membership_json(echo))
    read = kept_membership("origins:echo", memo)
    assert read is not None and read.of == {"a": "origin:a", "b": "origin:a"}
    assert read.count(["a", "b", "c"]) == 2
    for unreadable in ("[]", '{"a": ["origin:a"]}', "not json"):
        memo.keep("membership:echo", unreadable)  # the groups are read instead
        read = kept_membership("origins:echo", memo)
        assert read is not None and read.of == echo.of
    memo.keep("origins:broken", '{"not": "groups"}')
    assert kept_membership("origins:broken", memo) is None
    assert kept_membership("origins:none", memo) is None


def test_groups_found_from_kept_prints_are_those_found_from_the_texts(corpus: Corpus) -> None:
    """The fingerprints and story sequences kept with each article (made by the worker that
    checks it) give the groups the texts give; a kept part in another shape is made again."""
    from natoiraq.compare.overlap import prints_part

    expected = find_origins(corpus)
    prints = {
        r.article.id: prints_part(r.text, [(b.start, b.end) for b in r.article.boilerplate])
        for r in corpus.articles
    }
    assert find_origins(corpus, prints=prints) == expected
    first = sorted(prints)[0]
    assert find_origins(corpus, prints={**prints, first: "not prints"}) == expected


def test_the_command_line_keeps_each_articles_prints(repo_copy: Path, run_cli: RunCli) -> None:
    from natoiraq.compare.overlap import read_prints
    from natoiraq.validator.cached import open_cache
    from natoiraq.validator.view import load_view

    assert run_cli(["reconcile", "--format", "json"]).exit_code == 0
    view = load_view(repo_copy / "corpus", repo_copy, open_cache(repo_copy))
    assert view is not None
    kept = view.kept_prints()
    assert sorted(kept) == sorted(e.article_id for e in view.entries.values())
    assert all(read_prints(part) is not None for part in kept.values())
