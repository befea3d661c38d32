"""What a checked article leaves in the corpus cache, and how it comes back (issue 15).

An entry is made only for an article that checked without an error; it holds the validated
model, the seed it was checked against and its warnings. It is used again only while the
article's bytes, the registry's bytes, the seed's bytes and the code are all the same (the
store, natoiraq.io.cache, compares the first three by sha256; the seed is compared here).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import json
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from natoiraq.corpus import ArticleRecord
from natoiraq.corpus.keys import (
    FIELD_SEP,
    ROW_SEP,
    block_digests,
    claim_keys,
    index_part,
    origins_part,
    quote_texts,
    raw_claim_key,
    summary_part,
)
from natoiraq.corpus.loaded import DeferredRecord
from natoiraq.errors import Finding
from natoiraq.io.cache import ArticleCache, CachedArticle, file_sha256, source_digest
from natoiraq.io.files import OutsideRoot, confined
from natoiraq.io.seeds import SeedError, load_seed
from natoiraq.models import (
    Article,
    CountClaim,
    DateClaim,
    DecisionClaim,
    QuoteClaim,
    Reference,
    Registry,
)
from natoiraq.models.base import Model, share_fields, trusted
from natoiraq.models.claims import Span
from natoiraq.validator import ArticleCheck
from natoiraq.validator.findings import display_path

#: Bump when what an entry means changes without a source change: this and the digest of the
#: package's sources (natoiraq/__init__.py, and so __version__, among them) make up the code
#: version every entry is keyed by.
CACHE_VERSION = 1
#: The natoiraq package folder, whose sources the code version digests.
_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@functools.cache
def code_version() -> str:
    """The version entries are made for: it changes whenever a check could (once a process)."""
    digest = source_digest(_PACKAGE_DIR)
    return hashlib.sha256(f"{CACHE_VERSION}/{digest}".encode()).hexdigest()


def open_cache(root: Path) -> ArticleCache:
    """The cache of the repository at `root` (opened on first use; problems become notes)."""
    return ArticleCache(root, code_version())


@contextlib.contextmanager
def few_collections() -> Iterator[None]:
    """No cyclic garbage collection while many models are built at once.

    Why: rebuilding 3,000 articles from JSON took 2.6 s with the collector on and 0.47 s
    with it off (it kept walking the young objects); the models hold no cycles to collect.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


#: What makes a text's kept fingerprints and story sequence from its text and page furniture
#: (compare/overlap.py prints_part, which this layer cannot import: the command passes it).
Printer = Callable[[str, Sequence[tuple[int, int]]], str]


def entry(result: ArticleCheck, prints: Printer | None = None) -> CachedArticle | None:
    """The cache entry of a checked article, or None where it must not be cached (it had an
    error, or it was not kept); with `prints`, its text's fingerprints and story sequence."""
    record = result.record
    if record is None or any(f.severity == "error" for f in result.findings):
        return None
    if result.entry is not None:
        return result.entry
    article = record.article
    findings = [dataclasses.asdict(f) | {"path": None} for f in result.findings]
    model = article.model_dump_json()
    return CachedArticle(
        article.seed, article.sha256, model, json.dumps(findings), article.id,
        origins_part(article), claim_keys(article), quote_texts(article),
        block_digests(article), json.dumps(summary_part(article)), index_part(article),
        prints(record.text, [(b.start, b.end) for b in article.boilerplate]) if prints else "",
    )  # fmt: skip


def with_entry(
    check: Callable[[Path], ArticleCheck],
    path: Path,
    *,
    records: bool = True,
    prints: Printer | None = None,
) -> ArticleCheck:
    """`check(path)` with its cache entry made (with `prints`, see entry): in the worker
    process that checked it; with `records=False`, the entry alone is sent back, not the model.

    Why: an entry serialises the model and digests its claims (about 0.8 ms an article); made
    in the command's own process after the workers, it was 8 s of a cold reconcile at 10,000
    articles, on one core.
    """
    result = check(path)
    made = entry(result, prints)
    return dataclasses.replace(result, entry=made, record=result.record if records else None)


def _confined_seed(repo_root: Path, seed: Path) -> Path:
    """`confined(root / seed, root)` with the seed's folder resolved once for all its seeds
    (resolving 10,000 seeds one by one took 0.7 s); a seed that is a link is resolved whole."""
    path = repo_root / seed
    if path.is_symlink():
        root = repo_root.resolve()
        return confined(path, root)
    _folder_inside(str(repo_root), str(path.parent))
    return path


@functools.lru_cache(maxsize=64)
def _folder_inside(root: str, folder: str) -> None:
    """Raise OutsideRoot where `folder`, links followed, is not inside `root`."""
    resolved = Path(root).resolve()
    confined(Path(folder), resolved)


def from_entry(
    path: Path, value: CachedArticle, repo_root: Path, keys: Collection[str] | None = None
) -> ArticleCheck | None:
    """The check result an entry stands for, or None where its seed is not what was checked.

    With `keys`, the article keeps only its claims under those block keys (corpus/keys.py):
    what check's view asks for, in a tenth of the time and memory of the whole article."""
    text = seed_text(value, repo_root)
    if text is None:
        return None
    try:
        if keys is None:
            article = Article.model_validate_json(value.article)
        else:
            # Filtered as JSON data, then validated: every claim validated from the JSON text
            # and the others left out was a little faster for check (its blocks hold most of
            # an article's claims), but the claims made and let go fragmented the memory of a
            # reconcile: 130 MB more at 10,000 articles.
            data = json.loads(value.article)
            if not isinstance(data["claims"], list):
                raise TypeError("claims")
            # No keys: the text and header alone (`CorpusView.bare`), for 10,000 articles at
            # once; no claim is looked at (the entry's claims were a valid article's).
            data["claims"] = [
                c for c in data["claims"] if (key := raw_claim_key(c)) in keys or not key
            ] if keys else []  # fmt: skip
            article = Article.model_validate(data)
        found = json.loads(value.findings)
    except (ValidationError, ValueError, TypeError, KeyError):
        return None
    shown = display_path(path)
    findings = [Finding(**(item | {"path": shown})) for item in found]
    share_fields(article)
    record = ArticleRecord(shown, article, text)
    return ArticleCheck(shown, findings, article.id, record, path)


@dataclass(frozen=True)
class _Layout:
    """How index_part lays out a claim of one kind: its class, its value's class and its
    fields in order, and how many separated parts a row of it has (place, kind and evidence's
    three included)."""

    claim: type[Model]
    value: type[Model]
    fields: tuple[str, ...]
    parts: int


#: The fields every claim class has, in the order they come first in each (ClaimBase's, then
#: kind and value): read by position; a class's other fields follow, read one by one.
_COMMON = ("id", "topic", "evidence", "status", "doubt", "note", "kind", "value")


def _layout(claim: type[Model]) -> _Layout:
    value = claim.model_fields["value"].annotation
    if not (isinstance(value, type) and issubclass(value, Model)):
        raise TypeError(f"{claim.__name__}.value is not a model")
    if tuple(Span.model_fields) != ("start", "end", "exact"):
        raise TypeError("Span's fields are not those index_part keeps")
    fields = tuple(claim.model_fields)
    if fields[: len(_COMMON)] != _COMMON:
        # Read by position (_claim): a class whose fields start otherwise needs its own reader.
        raise TypeError(f"{claim.__name__}'s fields do not open with {_COMMON}")
    return _Layout(claim, value, fields, 1 + len(fields) + 2)


@functools.cache
def _adapter(claim: type[Model], name: str) -> TypeAdapter[Any]:
    """The validator of a claim field kept as JSON (made when one is first read)."""
    annotation = claim.model_fields[name].annotation
    if annotation is None:
        raise TypeError(f"{claim.__name__}.{name} has no type")
    return TypeAdapter(annotation)


#: The layout of each kind of claim, as the claim index names the kind.
_KINDS = {
    kind: _layout(claim)
    for kind, claim in (
        ("date", DateClaim), ("count", CountClaim), ("quote", QuoteClaim),
        ("decision", DecisionClaim),
    )
}  # fmt: skip


@dataclass
class Interned:
    """What from_index builds once per read and shares among articles: one claim a distinct
    row (with its place in its article), one model a distinct value.

    Why rows: reprints and copies of one report (wire copy run by many outlets) hold the same
    claims at the same places, and their rows are then the same text. A story told 10,000 times
    has 1,526 distinct rows among 210,000; each distinct row is split and built once. The
    claims are frozen models, so articles can share them; a claim is told apart by its record
    with it, never by itself. Rows that all differ cost one lookup each."""

    rows: dict[str, tuple[int, Model]] = field(default_factory=dict)
    values: dict[str, Model] = field(default_factory=dict)
    #: Headers (articles without their claims) by file, and how each file is shown: the
    #: caller's, kept across its reads (see validator/view.py KEPT_ARTICLES); a header is
    #: added while there are fewer than `keep` of them.
    headers: dict[Path, Article] = field(default_factory=dict)
    shown: dict[Path, str] = field(default_factory=dict)
    keep: int = 0


def from_index(
    path: Path,
    kept: Sequence[str],
    keys: Sequence[str],
    wanted: Collection[str],
    load_text: Callable[[], str],
    interned: Interned,
) -> ArticleRecord | None:
    """The article of a claim index entry (`kept`: corpus/keys.py index_part, of an article
    whose block keys are `keys`) with only its claims under the `wanted` keys, its seed's
    text read by `load_text` on first use; None where the entry is not in the shape this
    code keeps (the caller reads the article from its model).

    The claims are made without validation (models.base.trusted): the entry was made from a
    valid model by this code (the code's version keys every row). `interned` keeps one model
    a distinct row and one a distinct value, across the articles of one read, and the
    headers of the files read, across the reads of one view (a file's entry is fixed for a
    view's life: a row rewritten since is not fetched).
    """
    if len(kept) != len(keys) + 1:
        return None
    claims: list[tuple[int, Model]] = []
    rows = interned.rows
    try:
        article = interned.headers.get(path)
        if article is None:
            article = Article.model_validate_json(kept[0])
            if article.claims:
                return None
            if len(interned.headers) < interned.keep:
                interned.headers[path] = article
        for key, block in zip(keys, kept[1:], strict=True):
            if key not in wanted:
                continue
            for row in block.split(ROW_SEP):
                claim = rows.get(row)
                if claim is None:
                    parts = row.split(FIELD_SEP)
                    layout = _KINDS[parts[1]]
                    if len(parts) != layout.parts:
                        return None
                    claim = rows[row] = (int(parts[0]), _claim(layout, parts, interned.values))
                claims.append(claim)
    except (ValidationError, ValueError, KeyError):
        return None
    # In the model's order (claims are kept by block).
    claims.sort(key=lambda placed: placed[0])
    fields = dict(article.__dict__, claims=[claim for _, claim in claims])
    shown = interned.shown.get(path)
    if shown is None:
        shown = display_path(path)
        if len(interned.shown) < interned.keep:
            interned.shown[path] = shown
    return DeferredRecord(shown, trusted(Article, fields), load_text)


def _claim(layout: _Layout, parts: list[str], values: dict[str, Model]) -> Model:
    """One claim of the index (index_part's row, split); ValueError where it is not one."""
    _, kind, claim_id, topic, start, end, exact, status, doubt, note, said, *more = parts
    if status not in ("+reviewed", "+draft") or claim_id[:1] != "+" or topic[:1] != "+":
        raise ValueError("status, id or topic")
    value = values.get(said)
    if value is None:
        value = values[said] = layout.value.model_validate_json(said)
    # (The common case of no doubt and no note inline: this is check's innermost loop.)
    fields: dict[str, Any] = {
        "id": claim_id[1:], "topic": topic[1:], "evidence": _span(start, end, exact),
        "status": status[1:], "doubt": None if doubt == "-" else _field(layout, "doubt", doubt),
        "note": None if note == "-" else _field(layout, "note", note), "kind": kind,
        "value": value,
    }  # fmt: skip
    for name, part in zip(layout.fields[len(_COMMON) :], more, strict=True):
        fields[name] = _field(layout, name, part)
    return trusted(layout.claim, fields)


def _span(start: str, end: str, exact: str) -> Span:
    """A span as the index keeps it; ValueError where it is not one."""
    begin, stop = int(start), int(end)
    if not 0 <= begin < stop or not exact:
        raise ValueError("span")
    return trusted(Span, {"start": begin, "end": stop, "exact": exact})


def _field(layout: _Layout, name: str, part: str) -> Any:
    """A field as index_field keeps it: none, a text or JSON (validated as the field)."""
    if part == "-":
        return None
    if part[:1] == "+":
        return part[1:]
    if part[:1] == "@":
        start, end, exact = part[1:].split(",", 2)
        return _span(start, end, exact)
    if part[:1] == "=":
        return _adapter(layout.claim, name).validate_json(part[1:])
    raise ValueError(name)


def seed_text(value: CachedArticle, repo_root: Path) -> str | None:
    """The text of an entry's seed, where its bytes are still those it was checked against."""
    seed = Path(value.seed)
    if seed.is_absolute() or ".." in seed.parts:
        return None
    try:
        loaded = load_seed(_confined_seed(repo_root, seed))
    except (SeedError, OutsideRoot, OSError):
        return None
    return loaded.text if loaded.sha256 == value.seed_sha256 else None


def head_key(registry: Path, reference: Path | None) -> str | None:
    """The memo key of a registry and reference: their bytes (None where one is unreadable)."""
    registry_sha = file_sha256(registry)
    reference_sha = file_sha256(reference) if reference is not None else "none"
    if registry_sha is None or reference_sha is None:
        return None
    return f"head:{registry_sha}:{reference_sha}"


def recall_head(
    cache: ArticleCache, key: str | None, registry: Path, reference: Path | None
) -> tuple[Registry, Reference, list[Finding]] | None:
    """The checked registry, reference and their findings (warnings) kept under `key`
    (head_key: their bytes).

    Why: a newsroom's registry grows with its stories; one of 8,000 items took seconds to read
    and check on every command, and its model comes back from JSON in a fraction of that."""
    kept = cache.recall(key) if key is not None else None
    if kept is None:
        return None
    try:
        data = json.loads(kept)
        shown = {"registry": display_path(registry)}
        if reference is not None:
            shown["reference"] = display_path(reference)
        found = [Finding(**(item | {"path": shown[item["path"]]})) for item in data["findings"]]
        return (
            Registry.model_validate_json(data["registry"]),
            Reference.model_validate_json(data["reference"]),
            found,
        )
    except (ValidationError, ValueError, KeyError, TypeError):
        return None


def keep_head(
    cache: ArticleCache,
    key: str | None,
    registry: Path,
    reference: Path | None,
    registry_model: Registry,
    reference_model: Reference,
    findings: list[Finding],
) -> None:
    """Keep a registry and reference that checked without an error (recall_head), under the
    `key` (head_key) taken before they were read: only where their bytes are still those, so
    a memo never pairs one version's bytes with another's model."""
    if key is None or any(f.severity == "error" for f in findings):
        return
    if head_key(registry, reference) != key:
        return
    names = {display_path(registry): "registry"}
    if reference is not None:
        names[display_path(reference)] = "reference"
    if any(f.path not in names for f in findings):
        return  # a finding about another file: not this memo's to keep
    value = {
        "registry": registry_model.model_dump_json(),
        "reference": reference_model.model_dump_json(),
        "findings": [dataclasses.asdict(f) | {"path": names[f.path]} for f in findings],
    }
    cache.keep(key, json.dumps(value))
