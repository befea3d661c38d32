"""Reconcile a block at a time, comparing again only the blocks that changed (issue 15).

A block's findings depend on the claims in it, on what findings say of their articles (summary,
seed, page furniture; corpus/keys.py block_digests) and on the origin groups of those
articles, and on nothing else of the corpus: no block looks at another (docs/scale.md). The
claim index holds a digest of each article's part of each block, so the digest of a whole block
is worked out without loading an article. A block whose digest is kept in the cache has its
findings read back as the JSON lines the report writes; only the others are compared, from
their articles' claims in those blocks alone. The names in the texts are one more "block",
whose members are every article (their seeds, furniture and summaries).

What comes out is the report a reconcile from scratch makes, byte for byte
(tests/reconciler/test_incremental.py); the origin groups come from their own memo, and where
that misses, every article is read once to find them.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Protocol

from natoiraq.corpus import Corpus
from natoiraq.corpus.keys import claim_key
from natoiraq.reconciler import block_findings
from natoiraq.reconciler.findings import ArticleSummary, ReconFinding, with_origins
from natoiraq.reconciler.index import Index
from natoiraq.reconciler.kept import KeptFinding, KeptReport, dump_block, load_block, reading_order
from natoiraq.reconciler.names import name_findings
from natoiraq.reconciler.origins import Memo, Origins, find_origins, kept_origins
from natoiraq.validator.view import CorpusView

#: Prefixes of the block store's keys: a block of claims, and the names of every text.
BLOCK = "block:"
NAMES = "names:"
#: The blocks compared at once hold at most this many (article, block) parts, unless one block
#: alone holds more: their articles' claims in them, and what comparing them makes, are what is
#: in memory. 10,000 articles of one story are 116,000 parts in 34 blocks, the largest (one
#: speaker quoted in every article) 10,000: a cold reconcile peaked at 1,037 MB with batches of
#: 60,000 parts and at 774 MB with 12,000, that block alone in its batch.
BATCH_PARTS = 12_000


class BlockStore(Memo, Protocol):
    """Where blocks' findings are kept between commands (natoiraq.io.cache.ArticleCache)."""

    def recall_blocks(self, keys: Iterable[str]) -> Iterator[tuple[str, bytes]]: ...

    def keep_blocks(self, values: Iterable[tuple[str, bytes]]) -> None: ...

    @property
    def off(self) -> bool: ...


def _digest(parts: Iterable[str]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def reconcile_view(
    view: CorpusView, store: BlockStore, *, include_drafts: bool = False
) -> KeptReport:
    """The reconciliation of the view's corpus (as natoiraq.reconciler.reconcile makes it),
    from the blocks kept in `store` and those compared now (which are kept there)."""
    entries = [entry for _, entry in view.all_entries()]
    # Every text, without claims, for what is found from all of them (origins, names).
    texts: Corpus | None = None
    origins = kept_origins(view.origins_key(), store)
    if origins is None:
        texts = view.bare()
        origins = find_origins(texts, store, view.kept_prints())
    of = origins.of
    # What every finding depends on besides its block: the code (the store keys by it), the
    # registry, the reference facts and whether draft claims count.
    common = [
        json.dumps(include_drafts),
        view.cache.registry_sha or _digest([view.registry.model_dump_json()]),
        _digest([view.reference.model_dump_json()]),
    ]
    members: dict[str, list[str]] = defaultdict(list)
    readers: dict[str, list[int]] = defaultdict(list)  # each block's articles (by position)
    first: dict[str, str] = {}  # each block's first article (by id)
    for n, entry in enumerate(entries):
        origin = of.get(entry.article_id, entry.article_id)
        for key, digest in zip(entry.keys, entry.digests, strict=True):
            members[key].append(f"{digest}:{origin}")
            readers[key].append(n)
            first[key] = min(first.get(key, entry.article_id), entry.article_id)
    wanted = {
        BLOCK + _digest([*common, key, *sorted(parts)]): key for key, parts in members.items()
    }
    names = NAMES + _digest(
        [*common, *sorted(f"{e.origins}\0{e.summary}\0{of.get(e.article_id, e.article_id)}"
                          for e in entries)]
    )  # fmt: skip
    blocks: dict[str, list[KeptFinding] | None] = {}
    for stored, value in store.recall_blocks([*wanted, names]):
        try:
            blocks[stored] = load_block(value)
        except (ValueError, TypeError):
            continue  # a value this code cannot read: the block is compared again
    if names not in blocks:
        _done(store, {names: _names(texts if texts is not None else view.bare(), origins)}, blocks)
    del texts  # the claims of the blocks to compare are read next, without the texts held
    todo = [stored for stored in wanted if stored not in blocks]
    _compare(view, store, todo, wanted, readers, first, origins, include_drafts, blocks)
    # The blocks compared now were kept and let go, a batch at a time (a whole corpus's lines
    # are as large as its report): read back, as a warm run reads them.
    for stored, value in store.recall_blocks([s for s, found in blocks.items() if found is None]):
        with contextlib.suppress(ValueError, TypeError):
            blocks[stored] = load_block(value)
    lost = [stored for stored, found in blocks.items() if found is None]
    if lost:  # the cache was given up, or made again by another command, meanwhile
        if names in lost:
            blocks[names] = _names(view.bare(), origins)
        todo = [stored for stored in lost if stored != names]
        _compare(view, None, todo, wanted, readers, first, origins, include_drafts, blocks)
    complete = {stored: found for stored, found in blocks.items() if found is not None}
    findings = sorted((f for found in complete.values() for f in found), key=reading_order)
    summaries = sorted((json.loads(e.summary) for e in entries), key=lambda s: str(s["id"]))
    return KeptReport(
        articles=tuple(ArticleSummary(**s) for s in summaries),
        findings=tuple(findings),
        include_drafts=include_drafts,
        origins=origins.groups,
    )


def _done(
    store: BlockStore | None,
    found: dict[str, list[KeptFinding]],
    blocks: dict[str, list[KeptFinding] | None],
) -> None:
    """Blocks just compared: kept in `store` and marked to be read back (None), or held in
    `blocks` where there is no store or it is not in use."""
    if store is not None:
        store.keep_blocks((stored, dump_block(findings)) for stored, findings in found.items())
    blocks.update(found if store is None or store.off else dict.fromkeys(found))


def _compare(
    view: CorpusView,
    store: BlockStore | None,
    todo: list[str],
    wanted: Mapping[str, str],
    readers: Mapping[str, Sequence[int]],
    first: Mapping[str, str],
    origins: Origins,
    include_drafts: bool,
    blocks: dict[str, list[KeptFinding] | None],
) -> None:
    """Compare the blocks stored under `todo` (`wanted` gives their keys) a batch at a time,
    each batch done (_done) before the next is read. `readers` gives each block's articles:
    batches are packed by the articles their blocks share (_batches), so that an article is
    read for few batches."""
    keys = {wanted[stored]: stored for stored in todo}
    for batch in _batches(sorted(keys, key=lambda k: (first[k], k)), readers):
        found = _by_block(view.index_of(batch), include_drafts, set(batch), origins)
        _done(store, {keys[key]: found.get(key, []) for key in batch}, blocks)


def _batches(keys: Sequence[str], readers: Mapping[str, Sequence[int]]) -> Iterator[list[str]]:
    """The keys in batches of at most BATCH_PARTS (article, block) parts (a larger block alone),
    each batch packed with the blocks that share the most articles with it.

    A batch starts with the first block left (in the order given: by first article) and takes,
    while it has room, the block left with the most articles already in it (the first in order
    among equals). Once no block left shares an article with it, a batch at least half full is
    done. Why: each batch reads its articles afresh, and blocks taken in order of first article
    alone mixed an archive's stories, whose blocks begin at different articles: 25,000 reads
    of 10,000 articles (issue 15).
    """
    order = {k: n for n, k in enumerate(keys)}
    blocks_of: dict[int, list[str]] = defaultdict(list)  # article -> its blocks
    for k in keys:
        for article in readers[k]:
            blocks_of[article].append(k)
    left = dict.fromkeys(keys)  # in order; a block leaves when it is batched
    while left:
        start = next(iter(left))
        batch: list[str] = []
        parts = 0
        seen: set[int] = set()
        shared: dict[str, int] = defaultdict(int)  # block left -> its articles in the batch
        queue: list[tuple[int, int, str]] = []  # (-shared, order, key), entries may be stale
        key: str | None = start
        while key is not None:
            del left[key]
            batch.append(key)
            parts += len(readers[key])
            for article in readers[key]:
                if article not in seen:
                    seen.add(article)
                    for other in blocks_of[article]:
                        if other in left:
                            shared[other] += 1
                            heapq.heappush(queue, (-shared[other], order[other], other))
            key = None
            skipped = []
            while queue:
                count, _, candidate = heapq.heappop(queue)
                if candidate not in left or -count != shared[candidate]:
                    continue  # batched already, or counted again since
                if parts + len(readers[candidate]) <= BATCH_PARTS:
                    key = candidate
                    break
                skipped.append((count, order[candidate], candidate))  # no room: a later batch
            for item in skipped:
                heapq.heappush(queue, item)
            if key is None and left and 2 * parts < BATCH_PARTS:
                # Nothing shared: the next block in order that fits, if any.
                key = next((k for k in left if parts + len(readers[k]) <= BATCH_PARTS), None)
        yield batch


def _names(texts: Corpus, origins: Origins) -> list[KeptFinding]:
    """The name findings of every text."""
    records = sorted(texts.articles, key=lambda r: r.article.id)
    return [
        KeptFinding.of(with_origins(f, origins)) for f in name_findings(texts.registry, records)
    ]


def _by_block(
    corpus: Corpus, include_drafts: bool, keys: set[str], origins: Origins
) -> dict[str, list[KeptFinding]]:
    """The findings of the blocks under these keys, by key (a block with none is absent)."""
    block_of = {
        (record.article.id, claim.id): key
        for record in corpus.articles
        for claim in record.article.claims
        if (key := claim_key(claim)) in keys
    }
    out: dict[str, list[KeptFinding]] = defaultdict(list)
    for finding in block_findings(Index.of(corpus, include_drafts=include_drafts)):
        block = _key_of(finding, block_of)
        if block is not None:
            out[block].append(KeptFinding.of(with_origins(finding, origins)))
    return out


def _key_of(finding: ReconFinding, block_of: dict[tuple[str, str], str]) -> str | None:
    """The block key of a finding: that of its claims (every claim of a finding is in one
    block); None for a block not asked for (a whole corpus holds them all)."""
    first = finding.claims[0] if finding.claims else None
    return None if first is None else block_of.get((first.article, first.claim))
