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

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sized
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
#: alone holds more: their articles' claims in them are what is in memory (10,000 articles of
#: one story are 150,000 parts, compared in three batches; each batch reads its articles' JSON
#: again, about 0.5 s at that size, to hold a third of their claims' models at a time).
BATCH_PARTS = 60_000


class BlockStore(Memo, Protocol):
    """Where blocks' findings are kept between commands (natoiraq.io.cache.ArticleCache)."""

    def recall_blocks(self, keys: Iterable[str]) -> Iterator[tuple[str, bytes]]: ...

    def keep_blocks(self, values: Iterable[tuple[str, bytes]]) -> None: ...


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
        origins = find_origins(texts, store)
    of = origins.of
    # What every finding depends on besides its block: the code (the store keys by it), the
    # registry, the reference facts and whether draft claims count.
    common = [
        json.dumps(include_drafts),
        view.cache.registry_sha or _digest([view.registry.model_dump_json()]),
        _digest([view.reference.model_dump_json()]),
    ]
    members: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        origin = of.get(entry.article_id, entry.article_id)
        for key, digest in zip(entry.keys, entry.digests, strict=True):
            members[key].append(f"{digest}:{origin}")
    wanted = {
        BLOCK + _digest([*common, key, *sorted(parts)]): key for key, parts in members.items()
    }
    names = NAMES + _digest(
        [*common, *sorted(f"{e.origins}\0{e.summary}\0{of.get(e.article_id, e.article_id)}"
                          for e in entries)]
    )  # fmt: skip
    blocks: dict[str, list[KeptFinding]] = {}
    for stored, value in store.recall_blocks([*wanted, names]):
        try:
            blocks[stored] = load_block(value)
        except (ValueError, TypeError):
            continue  # a value this code cannot read: the block is compared again
    missing = {key: stored for stored, key in wanted.items() if stored not in blocks}
    new: dict[str, list[KeptFinding]] = {}
    if names not in blocks:
        new[names] = _names(texts if texts is not None else view.bare(), origins)
    del texts  # the claims of the blocks to compare are read next, without the texts held
    for batch in _batches(sorted(missing), members):
        found = _by_block(view.corpus_of(batch), include_drafts, set(batch), origins)
        new.update((missing[key], found.get(key, [])) for key in batch)
    if new:
        store.keep_blocks((stored, dump_block(found)) for stored, found in new.items())
        blocks.update(new)
    findings = sorted((f for found in blocks.values() for f in found), key=reading_order)
    summaries = sorted((json.loads(e.summary) for e in entries), key=lambda s: str(s["id"]))
    return KeptReport(
        articles=tuple(ArticleSummary(**s) for s in summaries),
        findings=tuple(findings),
        include_drafts=include_drafts,
        origins=origins.groups,
    )


def _batches(keys: Iterable[str], members: Mapping[str, Sized]) -> Iterator[list[str]]:
    """The keys in batches of at most BATCH_PARTS members (a larger block alone)."""
    batch: list[str] = []
    parts = 0
    for key in keys:
        if batch and parts + len(members[key]) > BATCH_PARTS:
            yield batch
            batch, parts = [], 0
        batch.append(key)
        parts += len(members[key])
    if batch:
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
