"""check's view of a cached corpus (validator/view.py): the same report as the corpus read in
full, and no view wherever the full read has something to say (issue 15)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from natoiraq.checker import check_story
from natoiraq.io import cache as store
from natoiraq.io.cache import ArticleCache
from natoiraq.report.check import render_check
from natoiraq.validator import load_corpus
from natoiraq.validator.cached import open_cache
from natoiraq.validator.view import CorpusView, load_view
from tests.conftest import REPO

DRAFTS = sorted(
    [REPO / "examples" / "draft-story.md", *(REPO / "evalsets" / "check").glob("c*.md")]
)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    for name in ("corpus", "seeds"):
        shutil.copytree(REPO / name, tmp_path / name)
    return tmp_path


def view_of(root: Path) -> tuple[CorpusView | None, ArticleCache]:
    cache = open_cache(root)
    return load_view(root / "corpus", root, cache), cache


def full_report(root: Path, draft: Path) -> str:
    corpus = load_corpus(root / "corpus", root).corpus
    assert corpus is not None
    return render_check(check_story(draft.read_text(), corpus, story=draft.name), "json")


def test_every_check_draft_gets_the_same_report_from_the_view(repo: Path) -> None:
    first, _ = view_of(repo)  # cold: every article checked now and kept
    warm, cache = view_of(repo)
    assert first is not None and warm is not None
    assert len(first.entries) == len(warm.entries) == 5
    assert first.entries == warm.entries  # those checked now are read from the cache too
    corpus = load_corpus(repo / "corpus", repo).corpus
    assert corpus is not None
    for draft in DRAFTS:
        text = draft.read_text()
        expected = render_check(check_story(text, corpus, story=draft.name), "json")
        for view in (first, warm):
            got = check_story(text, view, story=draft.name, memo=cache)
            assert render_check(got, "json") == expected, draft.name


def test_the_view_reads_only_the_articles_of_a_block(repo: Path) -> None:
    view_of(repo)
    view, _ = view_of(repo)
    assert view is not None
    keys = sorted({k for entry in view.entries.values() for k in entry.keys})
    # Some block that not every article has a claim in.
    key = next(k for k in keys if sum(k in e.keys for e in view.entries.values()) < 5)
    readers = {path.name for path, entry in view.entries.items() if key in entry.keys}
    corpus = view.corpus_of([key])
    assert {Path(r.path).name for r in corpus.articles} == readers
    assert corpus.registry == view.registry


def test_an_edited_article_is_read_again(repo: Path) -> None:
    before, _ = view_of(repo)
    path = repo / "corpus" / "articles" / "001-dod-news.yaml"
    path.write_text(path.read_text().replace("status: reviewed", "status: draft", 1))
    view, _ = view_of(repo)
    assert view is not None and before is not None
    changed = [p.name for p, e in view.entries.items() if e != before.entries[p]]
    assert changed == ["001-dod-news.yaml"]
    draft = REPO / "examples" / "draft-story.md"
    got = render_check(check_story(draft.read_text(), view, story=draft.name), "json")
    assert got == full_report(repo, draft)


def test_a_rewrite_that_keeps_size_and_times_is_still_seen(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Trust every file's status at once (no racy window), so only the status can tell.
    monkeypatch.setattr(store, "RACY_NS", 0)
    view_of(repo)
    path = repo / "corpus" / "articles" / "001-dod-news.yaml"
    before = path.stat()
    text = path.read_text()
    changed = text.replace("status: reviewed", "status: xxxxxxxx", 1)
    assert len(changed) == len(text)
    path.write_text(changed)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    # The inode's change time moved (no program can set it back): the file is hashed again,
    # found changed, checked, and has an error now: no view, the full read reports it.
    view, _ = view_of(repo)
    assert view is None


def test_a_just_written_file_is_hashed_however_its_status_looks(repo: Path) -> None:
    view_of(repo)
    cache = open_cache(repo)
    cache.fetch(
        sorted((repo / "corpus" / "articles").glob("*.yaml")), repo / "corpus" / "registry.yaml"
    )
    # Written a moment ago: its status is not kept as proof of its bytes.
    assert set(cache._stat.values()) == {""}


@pytest.mark.parametrize("damage", ["error", "duplicate-id", "seed", "registry"])
def test_no_view_where_the_full_read_has_an_error_to_report(repo: Path, damage: str) -> None:
    view_of(repo)
    articles = repo / "corpus" / "articles"
    if damage == "error":
        path = articles / "002-jordan-times.yaml"
        path.write_text(path.read_text().replace("status: reviewed", "status: nonsense", 1))
    elif damage == "duplicate-id":
        shutil.copy(articles / "002-jordan-times.yaml", articles / "009-copy.yaml")
    elif damage == "seed":
        seed = next((repo / "seeds").glob("*.txt"))
        seed.write_text(seed.read_text() + "\nOne more line.\n")
    else:
        registry = repo / "corpus" / "registry.yaml"
        registry.write_text(registry.read_text() + "\nnot: [valid\n")
    view, _ = view_of(repo)
    assert view is None
    assert load_corpus(repo / "corpus", repo).errors


def test_the_origins_key_is_the_full_corpus_key(repo: Path) -> None:
    from natoiraq.reconciler.origins import origins_key

    view_of(repo)
    view, _ = view_of(repo)
    corpus = load_corpus(repo / "corpus", repo).corpus
    assert view is not None and corpus is not None
    assert view.origins_key() == origins_key(corpus)
    assert sorted(r.article.id for r in view.whole().articles) == sorted(
        r.article.id for r in corpus.articles
    )


def test_the_registry_and_reference_come_back_from_the_cache_as_checked(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import natoiraq.validator as validator

    corpus = repo / "corpus"
    # A warning in the registry (an entry the extractor proposed): it comes back with the models.
    registry = corpus / "registry.yaml"
    text = registry.read_text()
    first = text.index("  - id: ")
    end = text.index("\n", first)
    registry.write_text(text[: end + 1] + "    proposed: true\n" + text[end + 1 :])
    off = validator.load_corpus(corpus, repo)
    assert [f.code for f in off.findings] == ["W607"]
    cold = validator.load_corpus(corpus, repo, cache=open_cache(repo))

    def unread(*args: object) -> None:
        raise AssertionError("the registry was read again")

    monkeypatch.setattr(validator, "_checked_head", unread)
    warm = validator.load_corpus(corpus, repo, cache=open_cache(repo))
    assert off.findings == cold.findings == warm.findings
    assert off.corpus is not None and warm.corpus is not None
    assert warm.corpus.registry == off.corpus.registry
    assert warm.corpus.reference == off.corpus.reference
    # Another registry is read and checked again.
    registry.write_text(registry.read_text() + "# one more comment\n")
    with pytest.raises(AssertionError, match="read again"):
        validator.load_corpus(corpus, repo, cache=open_cache(repo))


def test_an_article_broken_while_the_view_reads_it_stops_the_command(repo: Path) -> None:
    from natoiraq.corpus.keys import date_key
    from natoiraq.validator.view import CorpusChanged

    view_of(repo)
    view, _ = view_of(repo)
    assert view is not None
    # Between the view's making and its reading, an article gets an error (and its entry goes).
    path = next(iter(sorted(view.entries)))
    path.write_text(path.read_text().replace("status: reviewed", "status: nonsense", 1))
    view.cache.store([], [path])
    keys = {k for e in view.entries.values() for k in e.keys if k.startswith(date_key(""))}
    with pytest.raises(CorpusChanged, match="changed while it was read"):
        view.corpus_of(keys)


@pytest.mark.parametrize("note_only", [True, False])
def test_an_article_edited_while_the_view_reads_it_is_read_as_it_now_is_or_stops(
    repo: Path, note_only: bool
) -> None:
    """Still clean, it is read again; where its claims are not those the view was made from
    (reconcile keeps findings under their digests), the command stops rather than mix them."""
    from natoiraq.validator.view import CorpusChanged

    view_of(repo)
    view, _ = view_of(repo)
    assert view is not None
    path = next(iter(sorted(view.entries)))
    old, new = ("\n  why: ", "\n  why: (edited) ") if note_only else (
        "status: reviewed", "status: draft")  # fmt: skip
    path.write_text(path.read_text().replace(old, new, 1))
    view.cache.store([], [path])  # its entry goes, as when another command rewrote the cache
    keys = set(view.entries[path].keys)
    if note_only:
        assert path.name in {Path(r.path).name for r in view.corpus_of(keys).articles}
    else:
        with pytest.raises(CorpusChanged, match="changed while it was read"):
            view.corpus_of(keys)


def test_checks_view_goes_without_digests_and_stops_on_any_edit_mid_read(repo: Path) -> None:
    """check's view (digests=False) reads no block digests; an article edited between the
    view's making and its reading, even in a note only, stops the command: the view cannot
    tell whether the claims it chose the article by are still its claims."""
    from natoiraq.validator.view import CorpusChanged

    view_of(repo)
    cache = open_cache(repo)
    view = load_view(repo / "corpus", repo, cache, digests=False)
    assert view is not None and not view.digested
    assert all(e.keys and not e.digests for e in view.entries.values())
    corpus = load_corpus(repo / "corpus", repo).corpus
    assert corpus is not None
    draft = DRAFTS[0]
    expected = render_check(check_story(draft.read_text(), corpus, story=draft.name), "json")
    got = check_story(draft.read_text(), view, story=draft.name, memo=cache)
    assert render_check(got, "json") == expected
    path = next(iter(view.entries))
    path.write_text(path.read_text().replace("\n  why: ", "\n  why: (edited) ", 1))
    view.cache.store([], [path])  # its entry goes, as when another command rewrote the cache
    with pytest.raises(CorpusChanged, match="changed while it was read"):
        view.corpus_of(set(view.entries[path].keys))


def test_a_registry_edited_while_it_was_checked_is_not_kept(repo: Path) -> None:
    from natoiraq.validator import cached

    registry, reference = repo / "corpus" / "registry.yaml", repo / "corpus" / "reference.yaml"
    before = cached.head_key(registry, reference)
    corpus = load_corpus(repo / "corpus", repo).corpus
    assert corpus is not None
    registry.write_text(registry.read_text() + "# edited\n")
    cache = open_cache(repo)
    cached.keep_head(cache, before, registry, reference, corpus.registry, corpus.reference, [])
    # Neither the old bytes' key nor the new one's holds the model read before the edit.
    assert cache.recall(before or "") is None
    after = cached.head_key(registry, reference)
    assert cached.recall_head(cache, after, registry, reference) is None


def corpus_quote_texts(root: Path) -> frozenset[tuple[str, str]]:
    """Every (speaker, folded text) of the corpus read in full: what quote_texts must give."""
    from natoiraq.corpus.keys import quote_texts

    corpus = load_corpus(root / "corpus", root).corpus
    assert corpus is not None
    return frozenset(q for r in corpus.articles for q in quote_texts(r.article))


def test_the_quote_texts_are_the_corpus_quotes_and_kept_for_the_next_check(repo: Path) -> None:
    view_of(repo)
    view, cache = view_of(repo)
    assert view is not None
    expected = corpus_quote_texts(repo)
    assert expected and view.quote_texts() == expected
    digest = cache.digest(view.entries)
    assert digest is not None and cache.recall(f"quotes:{digest}") is not None
    again, cache = view_of(repo)
    assert again is not None and cache.digest(again.entries) == digest
    assert again.quote_texts() == expected


def test_the_quote_texts_of_a_file_whose_row_went_are_read_from_the_file(repo: Path) -> None:
    """Another command rewrote the cache after the view was made: the quotes are not lost."""
    view_of(repo)
    view, cache = view_of(repo)
    assert view is not None
    gone = next(iter(view.entries))
    db = cache._open()  # another command's rewrite, as seen from this one
    assert db is not None
    db.execute("UPDATE articles SET quotes = '[]', sha256 = 'elsewhere' WHERE path LIKE ?",
               (f"%{gone.name}",))  # fmt: skip
    expected = corpus_quote_texts(repo)
    assert view._quote_texts() == expected


def test_an_edit_changes_the_digest_the_quote_texts_are_kept_under(repo: Path) -> None:
    view_of(repo)
    view, cache = view_of(repo)
    assert view is not None
    before = cache.digest(view.entries)
    path = repo / "corpus" / "articles" / "001-dod-news.yaml"
    path.write_text(path.read_text() + "\n# a comment\n")
    after, cache = view_of(repo)
    assert after is not None
    assert before is not None and cache.digest(after.entries) not in (None, before)


@pytest.mark.parametrize("kept", ['{"not": "pairs"}', '["ab", "cd"]', "[[1, 2]]", "not json"])
def test_quote_texts_kept_in_another_shape_are_gathered_again(repo: Path, kept: str) -> None:
    """What the cache gives back that is not what this code keeps (a memo or a row's quotes)
    is never read as quotes: they are gathered again, from the rows or the files."""
    view_of(repo)
    view, cache = view_of(repo)
    assert view is not None
    expected = corpus_quote_texts(repo)
    digest = cache.digest(view.entries)
    cache.keep(f"quotes:{digest}", kept)
    db = cache._open()
    assert db is not None
    db.execute("UPDATE articles SET quotes = ?", (kept,))
    assert view.quote_texts() == expected
