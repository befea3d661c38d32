"""Loaded models share their sets of field names (models/base.py share_fields; issue 15)."""

from __future__ import annotations

import pickle

import natoiraq
from natoiraq.models import Article
from natoiraq.models.base import share_fields
from tests.conftest import REPO


def articles() -> list[Article]:
    corpus = natoiraq.load_corpus(REPO / "corpus")
    return [record.article for record in corpus.articles]


def test_claims_with_the_same_fields_share_one_set() -> None:
    first, second = articles()[:2]
    same = [
        (a, b)
        for a in first.claims
        for b in second.claims
        if type(a) is type(b) and a.model_fields_set == b.model_fields_set
    ]
    assert same
    for a, b in same:
        assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__


def test_sharing_changes_no_value_and_a_copy_gets_its_own() -> None:
    loaded = articles()
    dumps = [a.model_dump_json() for a in loaded]
    for article in loaded:
        share_fields(article)
    assert [a.model_dump_json() for a in loaded] == dumps
    claim = loaded[0].claims[0]
    before = set(claim.model_fields_set)
    copied = claim.model_copy(update={"note": "changed"})
    assert copied.model_fields_set == before | {"note"}
    assert claim.model_fields_set == before
    assert Article.model_validate_json(dumps[0]) == loaded[0]


def test_what_a_worker_sends_back_still_shares() -> None:
    """Results come back from worker processes pickled a batch at a time."""
    back = pickle.loads(pickle.dumps(articles()))
    sets = {id(c.__pydantic_fields_set__) for a in back for c in a.claims}
    assert len(sets) < sum(len(a.claims) for a in back) / 4


def test_models_inside_models_share_too() -> None:
    """Only the fields whose type can hold a model are walked (models/base.py
    _model_fields): evidence, values, outlets and dates inside are reached all the same."""
    loaded = articles()
    for article in loaded:
        share_fields(article)
    seen: dict[tuple[type, frozenset[str]], set[int]] = {}
    stack: list[object] = list(loaded)
    while stack:
        model = stack.pop()
        names = model.__pydantic_fields_set__  # type: ignore[attr-defined]
        seen.setdefault((type(model), frozenset(names)), set()).add(id(names))
        for value in model.__dict__.values():
            items = value if isinstance(value, list | tuple) else [value]
            stack.extend(item for item in items if hasattr(item, "__pydantic_fields_set__"))
    kinds = {cls.__name__ for cls, _ in seen}
    assert {"Article", "Span", "Outlet", "DateValue", "QuoteValue"} <= kinds
    assert all(len(ids) == 1 for ids in seen.values())  # one set per class and names
