"""check's sources read from the claim index (validator/view.py index_of, validator/cached.py
from_index): the same articles and claims as their models give, and the models wherever the
index cannot be trusted (issue 15)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from natoiraq.corpus import ArticleRecord
from natoiraq.corpus.keys import FIELD_SEP, ROW_SEP, index_part
from natoiraq.corpus.loaded import DeferredRecord
from natoiraq.models.base import trusted
from natoiraq.models.claims import Span
from natoiraq.validator import load_corpus
from natoiraq.validator.cached import open_cache
from natoiraq.validator.view import CorpusChanged, CorpusView, load_view
from tests.conftest import REPO, RunCli


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    for name in ("corpus", "seeds"):
        shutil.copytree(REPO / name, tmp_path / name)
    return tmp_path


def warm_view(root: Path) -> CorpusView:
    load_view(root / "corpus", root, open_cache(root))  # cold: every article kept
    view = load_view(root / "corpus", root, open_cache(root), digests=False)
    assert view is not None
    return view


def fresh_view(root: Path) -> CorpusView:
    """A new view of a warm cache, as the next command makes it."""
    view = load_view(root / "corpus", root, open_cache(root), digests=False)
    assert view is not None
    return view


def every_key(view: CorpusView) -> list[str]:
    return sorted({k for entry in view.entries.values() for k in entry.keys})


def same_records(got: list[ArticleRecord], expected: list[ArticleRecord]) -> None:
    """Article for article and claim for claim, in order, with the same seed text."""
    assert [r.path for r in got] == [r.path for r in expected]
    for a, b in zip(got, expected, strict=True):
        assert a.article == b.article
        assert a.article.model_dump_json() == b.article.model_dump_json()
        assert [c.model_dump_json() for c in a.article.claims] == [
            c.model_dump_json() for c in b.article.claims
        ]
        assert a.text == b.text


def test_the_index_gives_the_models_articles_claim_for_claim(repo: Path) -> None:
    view = warm_view(repo)
    keys = every_key(view)
    for wanted in ([keys[0]], keys[::3], keys):
        got = view.index_of(wanted).articles
        assert all(isinstance(r, DeferredRecord) for r in got)
        same_records(got, view.corpus_of(wanted).articles)
    # With every key, each article is the one the full read gives.
    corpus = load_corpus(repo / "corpus", repo).corpus
    assert corpus is not None
    full = {r.article.id: r for r in corpus.articles}
    got = view.index_of(keys).articles
    same_records(got, [full[r.article.id] for r in got])


def test_a_seed_is_read_only_when_its_text_is_asked_for(repo: Path) -> None:
    view = warm_view(repo)
    record = view.index_of(every_key(view)).articles[0]
    assert isinstance(record, DeferredRecord)
    assert "_text" not in record.__dict__
    text = record.text
    assert text and record.__dict__["_text"] is text and record.text is text


def test_a_seed_changed_after_the_view_was_made_stops_the_command(repo: Path) -> None:
    view = warm_view(repo)
    record = view.index_of(every_key(view)).articles[0]
    seed = repo / record.article.seed
    seed.write_text(seed.read_text() + " more")
    with pytest.raises(CorpusChanged, match=r"seed of .* changed while it was read"):
        _ = record.text


#: A claim row (index_part) is: place, kind, id, topic, start, end, exact, status, doubt,
#: note, value (and a quote's attribution); each damage puts something else at one place.
BAD_FIELDS = {
    "bad offset": (4, "-3"),
    "unknown kind": (1, "rumour"),
    "bad value": (10, '{"low": "many"}'),
    "bad status": (7, "+maybe"),
    "bad note": (9, "a note without its mark"),
}


@pytest.mark.parametrize(
    "damage",
    [
        "garbage",
        "fewer blocks",
        "short row",
        "bad offset",
        "unknown kind",
        "bad value",
        "bad status",
        "bad note",
        "bad header",
        "claims in header",
    ],
)
def test_an_index_entry_in_another_shape_is_read_from_the_model(repo: Path, damage: str) -> None:
    """Whatever the cache gives back that this code would not have kept is never built into
    claims: those articles are read from their models, and nothing else changes."""
    view = warm_view(repo)
    keys = every_key(view)
    expected = view.corpus_of(keys).articles
    db = view.cache._open()
    assert db is not None
    for path, claims, model in db.execute("SELECT path, claims, article FROM articles").fetchall():
        parts = claims.split("\x1e")
        header, first = parts[0], parts[1].split(ROW_SEP)[0].split(FIELD_SEP)
        if damage == "garbage":
            parts = ["not", "an", "index"]
        elif damage == "fewer blocks":
            parts = parts[:-1]
        elif damage == "short row":
            parts[1] = FIELD_SEP.join(first[:-1])
        elif damage in BAD_FIELDS:
            at, bad = BAD_FIELDS[damage]
            first[at] = bad
            parts[1] = FIELD_SEP.join(first)
        elif damage == "bad header":
            parts[0] = header.replace('"id":', '"identifier":', 1)
        else:
            parts[0] = model  # the whole model, claims and all, as the header
        db.execute("UPDATE articles SET claims = ? WHERE path = ?", ("\x1e".join(parts), path))
    got = view.index_of(keys).articles
    assert not any(isinstance(r, DeferredRecord) for r in got)
    same_records(got, expected)


def test_a_claim_whose_text_holds_a_separator_leaves_its_article_to_its_model(
    repo: Path,
) -> None:
    corpus = load_corpus(repo / "corpus", repo).corpus
    assert corpus is not None
    article = corpus.articles[0].article
    assert len(index_part(article)) > 1
    claim = article.claims[0]
    odd = claim.model_copy(
        update={"evidence": claim.evidence.model_copy(update={"exact": "a\x1fb"})}
    )
    assert index_part(article.model_copy(update={"claims": [odd, *article.claims[1:]]})) == ()


def test_a_row_rewritten_since_the_fetch_is_read_from_the_model(repo: Path) -> None:
    view = warm_view(repo)
    keys = every_key(view)
    expected = view.corpus_of(keys).articles
    db = view.cache._open()
    assert db is not None
    gone = sorted(view.entries)[0]
    db.execute("UPDATE articles SET sha256 = 'elsewhere' WHERE path LIKE ?", (f"%{gone.name}",))
    assert gone not in view.cache.claims(view.entries)
    got = view.index_of(keys).articles
    assert [isinstance(r, DeferredRecord) for r in got].count(False) == 1
    # Its row went: the file is checked again (and is as it was), the rest from the index.
    same_records(got, expected)


def test_a_trusted_model_is_the_validated_one() -> None:
    data = {"start": 3, "end": 9, "exact": "Jan. 3"}
    made, validated = trusted(Span, dict(data)), Span.model_validate(data)
    assert made == validated
    assert made.model_dump_json() == validated.model_dump_json()
    assert made.model_fields_set == validated.model_fields_set
    assert made.model_copy(update={"end": 10}).end == 10


def test_rows_are_looked_up_a_batch_of_keys_at_a_time(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from natoiraq.io import cache as store

    view = warm_view(repo)
    keys = every_key(view)
    expected = view.corpus_of(keys).articles
    monkeypatch.setattr(store, "LOOKUP_BATCH", 2)  # 5 articles: three statements
    assert set(view.cache.claims(view.entries)) == set(view.entries)
    assert set(view.cache.body(view.entries)) == set(view.entries)
    got = view.index_of(keys).articles
    assert all(isinstance(r, DeferredRecord) for r in got)
    same_records(got, expected)


def test_the_bare_corpus_comes_from_the_headers_alone(repo: Path) -> None:
    view = warm_view(repo)
    got = view.bare().articles
    assert all(isinstance(r, DeferredRecord) and not r.article.claims for r in got)
    expected = view._records(list(view.entries), ())
    same_records(got, expected)
    # A header in another shape: that article is read from its model.
    db = view.cache._open()
    assert db is not None
    db.execute("UPDATE articles SET claims = 'not a header' WHERE path LIKE '%001-dod-news%'")
    again = fresh_view(repo).bare().articles  # (a view reads a file's header once)
    assert [isinstance(r, DeferredRecord) for r in again].count(False) == 1
    same_records(again, expected)


def synth_repo(tmp_path: Path, size: int) -> Path:
    """A story told `size` times (benchmarks/synth.py): copies of the five articles, most of
    their claims at the same places, so their index rows repeat."""
    spec = importlib.util.spec_from_file_location("synth", REPO / "benchmarks" / "synth.py")
    assert spec is not None and spec.loader is not None
    synth = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = synth
    spec.loader.exec_module(synth)
    root: Path = synth.build(size, tmp_path / "repo")
    return root


def test_a_row_repeated_by_other_articles_is_one_claim_in_each(tmp_path: Path) -> None:
    """Reprints repeat their rows: each distinct row is built once and the articles share it
    (claims are frozen); each record holds its own claims, in its own order, as its model."""
    root = synth_repo(tmp_path, 12)
    view = warm_view(root)
    keys = every_key(view)
    got = view.index_of(keys).articles
    same_records(got, view.corpus_of(keys).articles)
    made = [c for r in got for c in r.article.claims]
    db = view.cache._open()
    assert db is not None
    rows = {
        row
        for (claims,) in db.execute("SELECT claims FROM articles")
        for block in claims.split("\x1e")[1:]
        for row in block.split(ROW_SEP)
    }
    assert len(made) > len(rows) == len({id(c) for c in made})
    for record in got:  # never one claim twice in one article
        assert len({id(c) for c in record.article.claims}) == len(record.article.claims)
    # A row in another shape is never kept for the articles read after it: the same bad row
    # in every copy sends each of them to its model.
    for path, claims in db.execute("SELECT path, claims FROM articles").fetchall():
        parts = claims.split("\x1e")
        first, *rest = parts[1].split(ROW_SEP)
        fields = first.split(FIELD_SEP)
        fields[4] = "-3"
        parts[1] = ROW_SEP.join([FIELD_SEP.join(fields), *rest])
        db.execute("UPDATE articles SET claims = ? WHERE path = ?", ("\x1e".join(parts), path))
    again = view.index_of(keys).articles
    assert not any(isinstance(r, DeferredRecord) for r in again)
    same_records(again, view.corpus_of(keys).articles)


def test_check_on_reprints_is_the_same_from_the_index_and_without_the_cache(
    tmp_path: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """check's finding ids and sources tell shared claims apart by their records."""
    root = synth_repo(tmp_path, 15)
    monkeypatch.chdir(root)
    monkeypatch.delenv("NATOIRAQ_NO_CACHE", raising=False)
    args = ["check", str(REPO / "examples" / "draft-story.md"), "--format", "json"]
    with monkeypatch.context() as m:
        m.setenv("NATOIRAQ_NO_CACHE", "1")
        expected = run_cli(args)
    cold, warm = run_cli(args), run_cli(args)
    assert expected.stdout and '"sources_total"' in expected.stdout
    assert (cold.exit_code, cold.stdout) == (warm.exit_code, warm.stdout)
    assert (warm.exit_code, warm.stdout) == (expected.exit_code, expected.stdout)


def test_a_view_reads_each_header_and_seed_once_across_its_reads(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """reconcile reads the blocks in batches, an article in each batch with claims of it: its
    header is validated, and its seed read and hashed, once a command (up to KEPT_ARTICLES)."""
    from natoiraq.models import Article
    from natoiraq.validator import cached
    from natoiraq.validator import view as views

    view = warm_view(repo)
    keys = every_key(view)
    expected = view.corpus_of(keys).articles
    batches = (keys[::2], keys[1::2], keys)
    texts = [[r.text for r in view.corpus_of(batch).articles] for batch in batches]
    seeds: list[str] = []
    headers: list[str] = []
    read_seed = cached.seed_text
    validate = Article.model_validate_json

    def counted_seed(entry, root):  # type: ignore[no-untyped-def]
        seeds.append(entry.seed)
        return read_seed(entry, root)

    def counted_header(data, **kwargs):  # type: ignore[no-untyped-def]
        headers.append(data)
        return validate(data, **kwargs)

    monkeypatch.setattr(cached, "seed_text", counted_seed)
    monkeypatch.setattr(Article, "model_validate_json", counted_header)
    for batch, batch_texts in zip(batches, texts, strict=True):
        assert [r.text for r in view.index_of(batch).articles] == batch_texts
    assert sorted(seeds) == sorted(r.article.seed for r in expected)
    same_records(view.index_of(keys).articles, expected)
    assert len(headers) == len(expected)
    # Past the cap, files are read again each time, with the same outcome.
    monkeypatch.setattr(views, "KEPT_ARTICLES", 0)
    seeds.clear()
    other = fresh_view(repo)
    for _ in range(2):
        assert [r.text for r in other.index_of(keys).articles] == texts[-1]
    assert len(seeds) == 2 * len(expected)
