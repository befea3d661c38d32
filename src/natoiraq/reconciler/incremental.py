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
from collections.abc import Iterable, Iterator
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


class BlockStore(Memo, Protocol):
    """Where blocks' findings are kept between commands (natoiraq.io.cache.ArticleCache)."""

    def recall_blocks(self, keys: Iterable[str]) -> Iterator[tuple[str, str]]: ...

    def keep_blocks(self, values: Iterable[tuple[str, str]]) -> None: ...


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
    loaded: Corpus | None = None
    origins = kept_origins(view.origins_key(), store)
    if origins is None:
        loaded = view.whole()
        origins = find_origins(loaded, store)
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
    if missing:
        part = loaded if loaded is not None else view.corpus_of(missing)
        found = _by_block(part, include_drafts, set(missing), origins)
        new.update((stored, found.get(key, [])) for key, stored in missing.items())
    if names not in blocks:
        texts = loaded if loaded is not None else view.bare()
        records = sorted(texts.articles, key=lambda r: r.article.id)
        new[names] = [
            KeptFinding.of(with_origins(f, origins)) for f in name_findings(view.registry, records)
        ]
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
