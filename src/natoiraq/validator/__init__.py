"""Stage 5: load the corpus and check it (schema, seeds, spans, ids), finding by finding.

Per-file orchestration: each file is read into its model (natoiraq.corpus), its schema errors
mapped (schema_errors.py) and its content checked (checks.py); findings are collected across
every file before anything is reported.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from natoiraq.corpus import (
    ARTICLES_DIR,
    REFERENCE_FILE,
    REGISTRY_FILE,
    ArticleRecord,
    Corpus,
    InvalidModel,
    LoadResult,
    NotAMapping,
    article_files,
    read_model,
    registry_index,
)
from natoiraq.errors import Finding, NatoiraqError
from natoiraq.io.cache import ArticleCache, CachedArticle
from natoiraq.io.yamlread import Mark, YamlIssue, load_yaml
from natoiraq.models import Article, Reference, Registry
from natoiraq.models.base import share_fields
from natoiraq.rules import RULES
from natoiraq.text import visible
from natoiraq.validator.checks import check_article, check_reference, check_registry, value_ids
from natoiraq.validator.findings import CheckedFile, display_path, shown_value
from natoiraq.validator.schema_errors import schema_findings

M = TypeVar("M", bound=BaseModel)


def _load_model(
    path: Path,
    model: type[M],
    findings: list[Finding],
    salvage: Callable[[CheckedFile, ValidationError], M | None] | None = None,
) -> tuple[CheckedFile, M] | None:
    """The file read into `model`, or None after adding the findings that say why not.

    With `salvage`, a file with schema errors may still be checked: what it returns is
    checked as the file's model (its CheckedFile says which items it kept)."""
    where = display_path(path)
    try:
        loaded, value = read_model(path, model)
    except YamlIssue as issue:
        findings.append(
            Finding(
                where, issue.line, issue.col, issue.code, "error", issue.message, hint=issue.hint
            )
        )
        return None
    except NotAMapping as exc:
        data = exc.loaded.data
        what = "empty" if data is None else shown_value(data)
        start = exc.loaded.mark(())
        findings.append(
            Finding(
                where,
                start.line,
                start.col,
                "E107",
                "error",
                f"the document is {what}; it must be a mapping of keys to values.",
            )
        )
        return None
    except InvalidModel as exc:
        file = CheckedFile(where, exc.loaded, findings)
        schema_findings(file, model, exc.error)
        partial = salvage(file, exc.error) if salvage is not None else None
        return (file, partial) if partial is not None else None
    return CheckedFile(where, loaded, findings), value


#: An article's lists whose items are checked one by one; an item that fails the schema is
#: left out and the others are still checked.
_ITEM_LISTS = ("claims", "boilerplate")


def _article_without_bad_items(file: CheckedFile, error: ValidationError) -> Article | None:
    """The article without the claims and boilerplate spans that failed the schema, or None
    where an error lies elsewhere (the article's own keys, a list that is no list).

    Why: one schema error hid the file's other findings, which came one fix at a time (E204
    alone, then E310 and E402; issue 12, item 12). Claims are independent of each other, so
    the valid ones are checked against the seed and the registry all the same.
    """
    data = file.loaded.data
    bad: dict[str, set[int]] = {name: set() for name in _ITEM_LISTS}
    for detail in error.errors(include_url=False):
        loc = detail["loc"]
        if len(loc) < 2 or loc[0] not in bad or not isinstance(loc[1], int):
            return None
        bad[str(loc[0])].add(loc[1])
    partial = dict(data)
    for name, failed in bad.items():
        if failed:
            file.kept[name] = [i for i in range(len(data[name])) if i not in failed]
            partial[name] = [data[name][i] for i in file.kept[name]]
    try:
        return Article.model_validate(partial)
    except ValidationError:
        return None


# --------------------------------------------------------------------------- entry points


@dataclass(frozen=True)
class ArticleCheck:
    """One article file checked on its own: its findings, and what the cross-file checks need."""

    shown: str
    findings: list[Finding]
    #: None when the file could not be read as an article (its findings say why).
    article_id: str | None = None
    record: ArticleRecord | None = None
    path: Path | None = None
    #: Its corpus cache entry, where it was made with the check (validator/cached.py
    #: with_entry: in the worker process that checked it, not in the command's own).
    entry: CachedArticle | None = None


def check_article_file(
    path: Path, *, known: frozenset[str] | None, repo_root: Path, keep_record: bool = True
) -> ArticleCheck:
    """Load and check one article file against the registry ids `known` (None: no registry).

    A module-level function of picklable arguments, so a process pool can run it (issue 6).
    """
    findings: list[Finding] = []
    loaded_article = _load_model(path, Article, findings, salvage=_article_without_bad_items)
    if loaded_article is None:
        return ArticleCheck(display_path(path), findings)
    file, article = loaded_article
    if file.kept:
        keep_record = False  # a partly valid article is checked, never used
    # Ids cannot be checked without a registry; the registry's own findings say why.
    known_ids = (
        known if known is not None else {c.topic for c in article.claims} | value_ids(article)
    )
    text = check_article(file, article, path, set(known_ids), repo_root)
    record = ArticleRecord(file.shown, article, text) if text is not None and keep_record else None
    if record is not None:
        share_fields(article)  # a corpus holds thousands: half their memory (models/base.py)
    return ArticleCheck(file.shown, findings, article.id, record, path)


def _id_mark(path: Path | None) -> Mark:
    """Where a file's `id` value stands (read again: only a duplicate id needs it)."""
    return load_yaml(path).mark(("id",)) if path is not None else Mark(1, 1)


#: Maps a per-article check over article paths, results in path order (builtin `map`, or a
#: process pool: natoiraq.parallel).
ArticleMapper = Callable[[Callable[[Path], ArticleCheck], Sequence[Path]], Iterable[ArticleCheck]]


def validate_files(
    registry_path: Path,
    reference_path: Path | None,
    article_paths: Sequence[Path],
    repo_root: Path,
    *,
    mapper: ArticleMapper | None = None,
    keep_records: bool = True,
    cache: ArticleCache | None = None,
) -> LoadResult:
    """Check the given files; articles are checked against `registry_path`'s ids.

    `mapper` runs the per-article checks (default: one after the other); `keep_records=False`
    drops the loaded articles (the corpus then has none) when only the findings are wanted.
    With `cache`, an article checked before (same file, seed, registry and code) is taken from
    it instead of being checked again, and the articles checked now are kept in it.
    """
    findings: list[Finding] = []
    registry: Registry | None
    head = None
    if cache is not None and keep_records:
        from natoiraq.validator import cached  # it builds on ArticleCheck, defined above

        key = cached.head_key(registry_path, reference_path)  # before the files are read
        head = cached.recall_head(cache, key, registry_path, reference_path)
    if head is not None:
        registry, reference, found = head
        findings.extend(found)
    else:
        registry, reference = _checked_head(registry_path, reference_path, findings)
        if cache is not None and keep_records and registry is not None:
            cached.keep_head(
                cache, key, registry_path, reference_path, registry, reference, findings
            )
    known = set(registry_index(registry)) if registry else set()

    records: list[ArticleRecord] = []
    article_ids: dict[str, str] = {}
    # Each article is checked on its own (in worker processes where `mapper` says so, issue 6);
    # only the duplicate-id check looks across files, here.
    check = functools.partial(
        check_article_file,
        known=frozenset(known) if registry is not None else None,
        repo_root=repo_root,
        keep_record=keep_records,
    )
    results = _checked(
        check,
        article_paths,
        mapper,
        cache if registry is not None and keep_records else None,
        registry_path,
        repo_root,
    )
    for result in results:
        findings.extend(result.findings)
        if result.record is not None:
            records.append(result.record)
        if result.article_id is not None:
            article_ids.setdefault(result.article_id, result.shown)
    # The file named after the id owns it (else the first in path order); the others are told.
    for result in results:
        if result.path is not None and result.path.stem == result.article_id:
            article_ids[result.article_id] = result.shown
    for result in results:
        owner = article_ids.get(result.article_id or "")
        if owner is not None and owner != result.shown:
            findings.append(
                Finding(
                    result.shown,
                    *_id_mark(result.path),
                    "E401",
                    RULES["E401"].severity,
                    f"article id '{result.article_id}' is also used by {owner}.",
                    where="id",
                )
            )
    findings.sort(key=lambda f: (f.path, f.line, f.col, f.code))
    corpus = Corpus(registry, reference, records) if registry is not None else None
    return LoadResult(corpus=corpus, findings=findings)


def _checked_head(
    registry_path: Path, reference_path: Path | None, findings: list[Finding]
) -> tuple[Registry | None, Reference]:
    """The registry (None where it cannot be read) and reference, checked; findings added."""
    registry: Registry | None = None
    loaded_registry = _load_model(registry_path, Registry, findings)
    if loaded_registry is not None:
        reg_file, registry = loaded_registry
        check_registry(reg_file, registry)
    known = set(registry_index(registry)) if registry else set()
    reference = Reference()
    if reference_path is not None:
        loaded_reference = _load_model(reference_path, Reference, findings)
        if loaded_reference is not None:
            ref_file, reference = loaded_reference
            if registry is not None:
                check_reference(ref_file, reference, known)
    return registry, reference


def _checked(
    check: Callable[[Path], ArticleCheck],
    article_paths: Sequence[Path],
    mapper: ArticleMapper | None,
    cache: ArticleCache | None,
    registry_path: Path,
    repo_root: Path,
) -> list[ArticleCheck]:
    """Every article checked, in path order: from `cache` where it holds the article, else
    by `check` through `mapper` (and then kept in the cache where it checked clean)."""
    if cache is None:
        return list((mapper or map)(check, article_paths))
    from natoiraq.validator import cached  # it builds on ArticleCheck, defined above

    check = functools.partial(cached.with_entry, check)

    hits: dict[int, ArticleCheck] = {}
    with cached.few_collections():
        entries = cache.fetch(article_paths, registry_path)
        for i, path in enumerate(article_paths):
            value = entries.get(path)
            hit = cached.from_entry(path, value, repo_root) if value is not None else None
            if hit is not None:
                hits[i] = hit
    misses = [path for i, path in enumerate(article_paths) if i not in hits]
    fresh = iter(list((mapper or map)(check, misses)) if misses else [])
    results = [hits[i] if i in hits else next(fresh) for i in range(len(article_paths))]
    # A file checked now is kept where it checked clean, and forgotten where it did not: the
    # cache never holds an entry for a file with errors.
    kept: list[tuple[Path, CachedArticle]] = []
    dropped: list[Path] = []
    for i, path in enumerate(article_paths):
        if i not in hits:
            value = cached.entry(results[i])
            if value is None:
                dropped.append(path)
            else:
                kept.append((path, value))
    cache.store(kept, dropped)
    return results


def load_corpus(
    corpus_dir: Path,
    repo_root: Path | None = None,
    *,
    mapper: ArticleMapper | None = None,
    keep_records: bool = True,
    cache: ArticleCache | None = None,
) -> LoadResult:
    """Load and check a whole corpus folder (registry, reference, articles/*.yaml).

    `repo_root` is where seed paths are resolved; by default the folder holding `corpus_dir`.
    `mapper`, `keep_records` and `cache` are validate_files's.
    """
    root = repo_root if repo_root is not None else corpus_dir.resolve().parent
    reference = corpus_dir / REFERENCE_FILE
    return validate_files(
        corpus_dir / REGISTRY_FILE,
        reference if reference.exists() else None,
        article_files(corpus_dir),
        root,
        mapper=mapper,
        keep_records=keep_records,
        cache=cache,
    )


def validate_paths(
    paths: Sequence[Path],
    repo_root: Path | None = None,
    *,
    mapper: ArticleMapper | None = None,
    keep_records: bool = True,
) -> LoadResult:
    """Check corpus folders and single files, each against the registry of its corpus.

    A folder holding registry.yaml is a whole corpus; a file named registry.yaml or
    reference.yaml is checked as such; any other file is an article, checked against the
    registry of the corpus folder it sits in (corpus/articles/x.yaml -> corpus/registry.yaml).
    `mapper` and `keep_records` are validate_files's.
    """
    more: dict[str, Any] = {"mapper": mapper, "keep_records": keep_records}
    results: list[LoadResult] = []
    for path in paths:
        if path.is_dir():
            corpus_dir = path.parent if path.name == ARTICLES_DIR else path
            results.append(load_corpus(corpus_dir, repo_root, **more))
            continue
        corpus_dir = path.parent.parent if path.parent.name == ARTICLES_DIR else path.parent
        root = repo_root if repo_root is not None else corpus_dir.resolve().parent
        registry = corpus_dir / REGISTRY_FILE
        if path.name == REGISTRY_FILE:
            results.append(validate_files(path, None, [], root))
        elif path.name == REFERENCE_FILE:
            results.append(validate_files(registry, path, [], root))
        else:
            results.append(validate_files(registry, None, [path], root, **more))
    findings = sorted(
        {f for result in results for f in result.findings},
        key=lambda f: (f.path, f.line, f.col, f.code, f.message),
    )
    corpus = results[0].corpus if len(results) == 1 else None
    return LoadResult(corpus=corpus, findings=findings)


class InvalidRegistry(NatoiraqError):
    """A registry file that does not validate; the message lists its error findings."""


def load_registry(path: Path) -> Registry:
    """Read and check a registry file; its validation errors become one InvalidRegistry.

    The same bytes at the same place give the same (frozen) model, once a process: `extract`
    calls this for every file it extracts, and reading and checking a registry of a few thousand
    entries took longer than extracting an article (issue 15); one model also lets the
    extractor's tables, kept per registry, be built once.
    """
    try:
        data = path.read_bytes()
    except OSError:
        data = b""  # the check below says what is wrong with the file
    try:
        return _checked_registry(str(path.resolve()), hashlib.sha256(data).hexdigest())
    except InvalidRegistry:
        return _read_registry(path)  # raised again, naming the file as it was given


@functools.lru_cache(maxsize=4)
def _checked_registry(path: str, sha256: str) -> Registry:
    """The registry at `path` read and checked (a failure is raised, never kept)."""
    del sha256  # part of the cache key only: other bytes are read and checked again
    return _read_registry(Path(path))


def _read_registry(path: Path) -> Registry:
    result = validate_files(path, None, [], path.resolve().parent.parent)
    if result.corpus is None or result.errors:
        # One line a finding, each escaped: a key with a line break cannot forge another.
        lines = "\n".join(visible(f.format()) for f in result.errors) or f"{path}: cannot be read."
        raise InvalidRegistry(f"the registry {path} is not valid:\n{lines}")
    return result.corpus.registry
