"""The corpus as `check` needs it: known valid, and read only where its draft looks (issue 15).

A warm `check` used to rebuild every article of the corpus from the cache before it looked at
one claim of its draft: 7 s at 10,000 articles. The view below knows, from the cache's claim
index alone, that every article file is as it was when it checked clean (files unchanged since
they were hashed are not read again; io/cache.py) and which articles have claims in which
blocks; it reads the articles of the draft's blocks and nothing else.

It stands in for the full load only where the answer is the same: any article that is not in
the cache is checked now, and where one has an error, two articles share an id, the registry or
reference has an error, or the cache cannot be used, there is no view (`load_view` gives None)
and the command reads the corpus in full, as without a cache, so its errors are reported as
they always are.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from natoiraq.corpus import ArticleRecord, Corpus, article_files, registry_index
from natoiraq.corpus.keys import origins_digest, quote_texts
from natoiraq.corpus.layout import REFERENCE_FILE, REGISTRY_FILE
from natoiraq.errors import NatoiraqError
from natoiraq.io.cache import ArticleCache, CachedArticle, pairs
from natoiraq.models import Article, Reference, Registry
from natoiraq.validator import ArticleMapper, check_article_file, validate_files
from natoiraq.validator import cached as cached_entries
from natoiraq.validator.findings import display_path

#: How many articles' headers, shown paths and seed texts a view keeps for the reads that
#: come back to them: reconcile compares the blocks in batches, and an article with claims in
#: many blocks is read by many batches (a story told 10,000 times: each article by 7 batches
#: of 11, its seed read and hashed 7 times). At about 8 KB an article (header and text), the
#: cap keeps about 200 MB; past it, articles are read again each time, as before.
KEPT_ARTICLES = 25_000

#: Entries of articles checked by a command are kept this many at a time (one transaction each;
#: a write of 10,000 rows takes about 0.6 s).
STORE_BATCH = 1000


class CorpusChanged(NatoiraqError):
    """An article file that checked clean when the view was made has errors when it is read."""


@dataclass
class CorpusView:
    """A valid corpus of which only the registry and reference are loaded; articles are read
    by block key (corpus/keys.py) as they are asked for."""

    registry: Registry
    reference: Reference
    root: Path
    cache: ArticleCache
    #: Every article's cache entry (model and findings left out), by file, in path order:
    #: each article is in the cache, checked clean (those checked by this command were kept
    #: there first).
    entries: dict[Path, CachedArticle]
    #: Whether the entries hold their block digests (reconcile's; check's view goes without).
    digested: bool = True
    #: What the view's reads keep for the reads after them (KEPT_ARTICLES): headers and shown
    #: paths (validator/cached.py Interned) and seed texts, by file.
    _headers: dict[Path, Article] = field(default_factory=dict, repr=False, compare=False)
    _shown: dict[Path, str] = field(default_factory=dict, repr=False, compare=False)
    _texts: dict[Path, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def size(self) -> int:
        """How many articles the corpus holds."""
        return len(self.entries)

    def all_entries(self) -> Iterable[tuple[Path, CachedArticle]]:
        """Every article's entry, by file."""
        return self.entries.items()

    def quote_texts(self) -> frozenset[tuple[str, str]]:
        """Each distinct (speaker, folded text) of the corpus's quotes (every status); kept in
        the cache, keyed by the bytes of every file (a few thousand distinct texts, read back
        in a few milliseconds, against a tenth of a second to gather them from every row)."""
        digest = self.cache.digest(self.entries)
        memo = f"quotes:{digest}" if digest is not None else None
        kept_texts = self.cache.recall(memo) if memo is not None else None
        if kept_texts is not None:
            with contextlib.suppress(ValueError):
                found = json.loads(kept_texts)
                if pairs(found):
                    return frozenset((s, q) for s, q in found)
            # not what this code keeps: gathered again below, and kept again
        texts = self._quote_texts()
        if memo is not None:
            self.cache.keep(memo, json.dumps(sorted(texts), ensure_ascii=False))
        return texts

    def _quote_texts(self) -> frozenset[tuple[str, str]]:
        kept = self.cache.quotes(self.entries)
        texts = {(speaker, said) for quotes in kept.values() for speaker, said in quotes}
        # Files whose row went since the view was made are read again, whole (a rare case).
        missing = [path for path in self.entries if path not in kept]
        for record in self._records(missing) if missing else ():
            texts.update(quote_texts(record.article))
        return frozenset(texts)

    def kept_prints(self) -> dict[str, str]:
        """The fingerprints and story sequences kept with the articles (compare/overlap.py
        prints_part), by article id; an article without them is left out."""
        kept = self.cache.prints(self.entries)
        return {self.entries[path].article_id: prints for path, prints in kept.items()}

    def origins_key(self) -> str:
        """The key the corpus's origin groups are kept under (reconciler/origins.py
        origins_key), worked out without loading an article."""
        parts = sorted((e.article_id, e.origins) for _, e in self.all_entries())
        return origins_digest(part for _, part in parts)

    def corpus_of(self, keys: Collection[str]) -> Corpus:
        """The corpus of the articles with a claim under any of these block keys."""
        wanted = set(keys)
        paths = [p for p, e in self.entries.items() if not wanted.isdisjoint(e.keys)]
        return Corpus(self.registry, self.reference, self._records(paths, wanted))

    def index_of(self, keys: Collection[str]) -> Corpus:
        """`corpus_of(keys)`, claim for claim, built from the claim index (validator/cached.py
        from_index): no article's model is validated and no seed is read, but those whose
        text a report shows, as it shows them. What check reads (issue 15): a story told
        10,000 times took 3.6 s to read as models, 1.4 s as the index."""
        wanted = set(keys)
        paths = [p for p, e in self.entries.items() if not wanted.isdisjoint(e.keys)]
        return Corpus(self.registry, self.reference, self._indexed(paths, wanted))

    def _indexed(self, paths: list[Path], wanted: Collection[str]) -> list[ArticleRecord]:
        """The articles of these files, with their claims under `wanted` (none: their headers
        alone), from the claim index where it has them, else from their models."""
        kept = self.cache.claims(paths, header=not wanted)
        interned = cached_entries.Interned(
            headers=self._headers, shown=self._shown, keep=KEPT_ARTICLES
        )
        found: dict[Path, ArticleRecord] = {}
        with cached_entries.few_collections():
            for path, row in kept.items():
                load = functools.partial(self._seed_text, path)
                keys = self.entries[path].keys if wanted else ()
                record = cached_entries.from_index(path, row, keys, wanted, load, interned)
                if record is not None:
                    found[path] = record
        # Rows that went or are not in this code's shape: read from their models, as before.
        missing = [path for path in paths if path not in found]
        found.update(zip(missing, self._records(missing, wanted), strict=True))
        return [found[path] for path in paths]

    def _seed_text(self, path: Path) -> str:
        """The text of a file's seed, read and hashed once a view (up to KEPT_ARTICLES)."""
        text = self._texts.get(path)
        if text is not None:
            return text
        text = cached_entries.seed_text(self.entries[path], self.root)
        if text is None:
            raise CorpusChanged(
                f"The seed of {display_path(path)} changed while it was read; run the "
                "command again."
            )
        if len(self._texts) < KEPT_ARTICLES:
            self._texts[path] = text
        return text

    def whole(self) -> Corpus:
        """Every article."""
        return Corpus(self.registry, self.reference, self._records(list(self.entries)))

    def bare(self) -> Corpus:
        """Every article without its claims: what the origin groups and the names in every
        text are found from, in a fraction of the memory of the whole corpus (from the claim
        index's headers: no article's model is read)."""
        return Corpus(self.registry, self.reference, self._indexed(list(self.entries), ()))

    def _records(
        self, paths: list[Path], keys: Collection[str] | None = None
    ) -> list[ArticleRecord]:
        """The articles of these files, with only their claims under `keys` where given."""
        bodies = self.cache.body(paths)
        records = []
        with cached_entries.few_collections():
            for path in paths:
                records.append(self._record(path, bodies.get(path), keys))
        return records

    def _record(
        self, path: Path, body: tuple[str, str] | None, keys: Collection[str] | None
    ) -> ArticleRecord:
        entry = self.entries[path]
        if body is not None:
            value = CachedArticle(entry.seed, entry.seed_sha256, *body)
            hit = cached_entries.from_entry(path, value, self.root, keys)
            if hit is not None and hit.record is not None:
                return hit.record
        # The entry went (another command rewrote the cache) or its seed changed since the
        # view was made: the file is checked again, as the full load would.
        known = frozenset(self._known)
        result = cached_entries.with_entry(
            functools.partial(check_article_file, known=known, repo_root=self.root), path
        )
        if result.record is None or result.entry is None:
            # It was clean a moment ago: an edit while the command ran. Leaving it out would
            # check the draft against a corpus that never was.
            raise CorpusChanged(
                f"{result.shown} changed while it was read and now has errors; run "
                "`natoiraq validate`, then the command again."
            )
        if (
            result.entry.digests != entry.digests
            if self.digested
            else not self.cache.unchanged(path)
        ):
            # Its claims are not those the view was made from (reconcile keeps what it finds
            # under the digests of those; check read its blocks from them): the command must
            # start again from the files.
            raise CorpusChanged(
                f"{result.shown} changed while it was read; run the command again."
            )
        return result.record

    @functools.cached_property
    def _known(self) -> set[str]:
        return set(registry_index(self.registry))


def _as_fetched(entry: CachedArticle, digests: bool) -> CachedArticle:
    """An entry as `fetch` gives it back: without its model, findings, quotes and claims (read
    back where wanted: `corpus_of`, `quote_texts`, `index_of`), and without its digests where
    none are wanted."""
    return dataclasses.replace(
        entry,
        article="",
        findings="",
        quotes=(),
        claims=(),
        prints="",
        digests=entry.digests if digests else (),
    )


def load_view(
    corpus_dir: Path,
    root: Path,
    cache: ArticleCache,
    mapper: ArticleMapper | None = None,
    *,
    digests: bool = True,
    prints: cached_entries.Printer | None = None,
) -> CorpusView | None:
    """The view of a corpus whose every article is valid, or None where the corpus must be
    read in full (module docstring). `digests`: with each article's block digests (what
    reconcile keys its kept blocks by; check has no use for them). `prints`: what makes the
    fingerprints and story sequence kept with each article checked now (cached.entry)."""
    registry_path = corpus_dir / REGISTRY_FILE
    reference_path = corpus_dir / REFERENCE_FILE
    head = validate_files(
        registry_path, reference_path if reference_path.exists() else None, [], root, cache=cache
    )
    if head.corpus is None or head.errors:
        return None
    paths = article_files(corpus_dir)
    entries = cache.fetch(paths, registry_path, bodies=False, digests=digests)
    if cache.off:
        return None
    misses = [path for path in paths if path not in entries]
    if misses:
        # Checked where the workers run, and only their entries sent back: the view reads each
        # article from the cache as it is needed, as it reads the others (10,000 articles'
        # models sent back and held were 780 MB of a cold reconcile's memory; issue 15).
        check = functools.partial(
            check_article_file,
            known=frozenset(registry_index(head.corpus.registry)),
            repo_root=root,
        )
        entry_of = functools.partial(
            cached_entries.with_entry, check, records=False, prints=prints
        )
        made: list[tuple[Path, CachedArticle]] = []
        for path, result in zip(misses, (mapper or map)(entry_of, misses), strict=True):
            if result.entry is None:
                return None  # an error: the full load reports it
            made.append((path, result.entry))
            if len(made) == STORE_BATCH or len(entries) + len(made) == len(paths):
                # Kept as they come: only a batch of entries with their models' JSON is held.
                cache.store(made)
                if cache.off:
                    return None  # not kept: the full load reads the files
                entries.update((p, _as_fetched(e, digests)) for p, e in made)
                made = []
        entries = {path: entries[path] for path in paths}
    ids = [e.article_id for e in entries.values()]
    if len(set(ids)) != len(ids):
        return None
    return CorpusView(head.corpus.registry, head.corpus.reference, root, cache, entries, digests)
