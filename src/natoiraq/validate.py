"""Stage 5: load the corpus and check it (schema, seeds, spans, ids), finding by finding."""

from __future__ import annotations

import functools
import itertools
import re
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from rapidfuzz import fuzz, process, utils

from natoiraq.corpus import ArticleRecord, Corpus, LoadResult, registry_index
from natoiraq.errors import Finding
from natoiraq.hedges import HEDGES, hedge_range
from natoiraq.io.seeds import SeedError, load_seed
from natoiraq.io.yamlread import Loaded, Mark, Path_, YamlIssue, load_yaml
from natoiraq.models import (
    UNASSIGNED_TOPIC,
    Article,
    CountClaim,
    CountValue,
    DecisionClaim,
    Entity,
    Event,
    Quantity,
    QuoteClaim,
    Reference,
    Registry,
    Span,
    Topic,
)
from natoiraq.rules import RULES

REGISTRY_FILE = "registry.yaml"
REFERENCE_FILE = "reference.yaml"
ARTICLES_DIR = "articles"

#: "Did you mean" hints for unknown keys and ids: a suggestion scoring below this (rapidfuzz
#: ratio, 0-100) is more often wrong than helpful. Chosen on typos such as `exatc`, `granularty`
#: and `jens-stoltenber` (all score >= 80) against unrelated keys (< 60); tests/test_validate.py.
SUGGEST_CUTOFF = 75.0
#: Longest text quoted back in a message before it is cut with an ellipsis.
MAX_QUOTED = 60

M = TypeVar("M", bound=BaseModel)

#: pydantic error types -> rule codes (see natoiraq.rules); anything else is a wrong type.
_TYPE_CODES = {
    "missing": "E201",
    "union_tag_not_found": "E201",
    "extra_forbidden": "E202",
    "literal_error": "E204",
    "string_pattern_mismatch": "E204",
    "union_tag_invalid": "E204",
    "greater_than_equal": "E205",
    "string_too_short": "E205",
    "string_too_long": "E205",
    "too_short": "E205",
    "timezone": "E206",
    "date_order": "E501",
    "count_order": "E502",
    "span_order": "E503",
    "reference_value": "E504",
    "date_unresolved": "E505",
    "published_basis": "E505",
}


def _quoted(text: str) -> str:
    short = text if len(text) <= MAX_QUOTED else text[: MAX_QUOTED - 1] + "…"
    return '"' + short.replace("\n", "\\n") + '"'


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working folder where it is inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass
class _File:
    """One file being checked: where findings go and how paths inside it map to positions."""

    shown: str
    loaded: Loaded
    findings: list[Finding]

    def add(
        self,
        code: str,
        message: str,
        path: Path_ = (),
        *,
        key: bool = False,
        hint: str = "",
    ) -> None:
        mark = self.loaded.mark(path, key=key)
        self.findings.append(
            Finding(
                path=self.shown,
                line=mark.line,
                col=mark.col,
                code=code,
                severity=RULES[code].severity,
                message=message,
                where=breadcrumb(self.loaded.data, path),
                hint=hint,
            )
        )


def breadcrumb(data: Any, path: Path_) -> str:
    """Name an item by its path and ids: `claims[2] (id=strike-date).evidence.exact`."""
    out = ""
    node = data
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                out += f" (id={node['id']})"
        else:
            out += f".{part}" if out else part
            node = node.get(part) if isinstance(node, dict) else None
    return out


# --------------------------------------------------------------------------- schema errors


def _normalise_loc(data: Any, loc: Sequence[str | int]) -> Path_:
    """Drop the union tags pydantic puts in a location (`claims.0.date.value` -> claims.0.value)."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str) and part not in node:
            if node.get("kind") == part:
                continue
            path.append(part)
            node = None
            continue
        path.append(part)
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            node = None
    return tuple(path)


def _unwrap(annotation: Any) -> list[Any]:
    """The model classes an annotation can hold (through Optional, list, Annotated, unions)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (list, typing.Union, types.UnionType):
        found: list[Any] = []
        for arg in typing.get_args(annotation):
            found.extend(_unwrap(arg))
        return found
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def _pick(candidates: list[Any], node: Any) -> type[BaseModel] | None:
    """The candidate model for `node`: the only one, or the one whose `kind` tag it carries."""
    if len(candidates) == 1:
        return candidates[0]  # type: ignore[no-any-return]
    for candidate in candidates:
        kind_field = candidate.model_fields.get("kind")
        if (
            kind_field is not None
            and isinstance(node, dict)
            and node.get("kind") in typing.get_args(kind_field.annotation)
        ):
            return candidate  # type: ignore[no-any-return]
    return None


def _model_at(root: type[BaseModel], data: Any, path: Path_) -> type[BaseModel] | None:
    """The model class that validates the mapping at `path` (for "did you mean" hints)."""
    candidates: list[Any] = [root]
    node = data
    for part in path:
        if isinstance(part, int):
            node = node[part] if isinstance(node, list) and part < len(node) else None
            continue
        model = _pick(candidates, node)
        if model is None or part not in model.model_fields:
            return None
        candidates = _unwrap(model.model_fields[part].annotation)
        node = node.get(part) if isinstance(node, dict) else None
    return _pick(candidates, node)


def suggest(word: str, choices: Iterable[str]) -> str:
    """`did you mean 'x'?` for the nearest choice, or "" when nothing is near enough."""
    match = process.extractOne(
        word,
        list(choices),
        scorer=fuzz.ratio,
        processor=utils.default_process,
        score_cutoff=SUGGEST_CUTOFF,
    )
    return f"did you mean '{match[0]}'?" if match else ""


#: pydantic type errors -> what the value should have been, in an annotator's words.
_EXPECTED = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "string_type": "text",
    "dict_type": "a mapping (key: value lines)",
    "model_type": "a mapping (key: value lines)",
    "model_attributes_type": "a mapping (key: value lines)",
    "list_type": "a list",
    "date_type": "a date such as 2020-01-06",
    "date_parsing": "a date such as 2020-01-06",
    "date_from_datetime_parsing": "a date such as 2020-01-06",
    "date_from_datetime_inexact": "a date such as 2020-01-06",
    "datetime_type": "a time with its UTC offset, such as 2020-01-03T01:00:00+03:00",
    "datetime_parsing": "a time with its UTC offset, such as 2020-01-03T01:00:00+03:00",
    "datetime_from_date_parsing": "a time with its UTC offset, such as 2020-01-03T01:00:00+03:00",
}

CLAIM_KIND_LIST = "date, count, quote, decision"


def _shown(value: Any) -> str:
    """A value as the annotator wrote it (roughly): text quoted, containers named."""
    if isinstance(value, str):
        return _quoted(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return "a list" if isinstance(value, list) else "a mapping"


def _schema_findings(file: _File, root: type[BaseModel], exc: ValidationError) -> None:
    data = file.loaded.data
    for error in exc.errors(include_url=False):
        kind = error["type"]
        code = _TYPE_CODES.get(kind, "E203")
        path = _normalise_loc(data, error["loc"])
        field = str(path[-1]) if path else "document"
        value = error.get("input")
        ctx = error.get("ctx", {})
        if kind == "missing":
            file.add(code, f"missing required key '{field}'.", path[:-1])
        elif kind == "union_tag_not_found":
            file.add(code, "missing required key 'kind'.", path, hint=f"one of: {CLAIM_KIND_LIST}.")
        elif kind == "extra_forbidden":
            model = _model_at(root, data, path[:-1])
            hint = suggest(field, model.model_fields) if model else ""
            file.add(code, f"unknown key '{field}'.", path, key=True, hint=hint)
        elif kind in ("union_tag_invalid", "literal_error"):
            got = str(ctx.get("tag", value))
            raw = str(ctx.get("expected_tags", ctx.get("expected", "")))
            allowed = [e.strip(" '") for e in raw.replace(" or ", ", ").split(",")]
            at = (*path, "kind") if kind == "union_tag_invalid" else path
            choice = suggest(got, allowed)
            file.add(
                code,
                f"{at[-1]} {_quoted(got)} is not allowed.",
                at,
                hint=f"{choice + ' ' if choice else ''}Allowed: {', '.join(allowed)}.",
            )
        elif kind == "string_pattern_mismatch":
            file.add(
                code,
                f"{_quoted(str(value))} does not have the required form.",
                path,
                hint=_pattern_hint(field),
            )
        elif kind == "greater_than_equal":
            file.add(code, f"must be at least {ctx.get('ge')}, got {_shown(value)}.", path)
        elif kind in ("string_too_short", "too_short"):
            file.add(code, f"must not be empty, got {_shown(value)}.", path)
        elif code.startswith("E5") or code == "E206":
            at = (*path, ctx["at"]) if "at" in ctx and isinstance(data, dict) else path
            file.add(code, error["msg"].rstrip(".") + ".", at)
        elif kind in _EXPECTED:
            hint = ""
            if kind == "string_type" and isinstance(value, int | float | bool):
                hint = "quote it ('...') if it is meant as text."
            file.add(code, f"expected {_EXPECTED[kind]}, got {_shown(value)}.", path, hint=hint)
        else:
            file.add(code, f"{error['msg'].rstrip('.')}, got {_shown(value)}.", path)


def _pattern_hint(field: str) -> str:
    if field == "sha256":
        return "64 lowercase hex digits, as `sha256sum` prints them."
    if field in ("language", "translated_from"):
        return "an ISO 639 code such as en, es, ar."
    if field == "source":
        return "an http(s) URL."
    return "ids are lowercase slugs: letters, digits and hyphens, e.g. strike-date."


def _parse(shown: str, path: Path, findings: list[Finding]) -> Loaded | None:
    try:
        loaded = load_yaml(path)
    except YamlIssue as issue:
        findings.append(
            Finding(
                shown, issue.line, issue.col, issue.code, "error", issue.message, hint=issue.hint
            )
        )
        return None
    if not isinstance(loaded.data, dict):
        what = "empty" if loaded.data is None else _shown(loaded.data)
        start = loaded.mark(())
        findings.append(
            Finding(
                shown,
                start.line,
                start.col,
                "E107",
                "error",
                f"the document is {what}; it must be a mapping of keys to values.",
            )
        )
        return None
    return loaded


def _load_model(path: Path, model: type[M], findings: list[Finding]) -> tuple[_File, M] | None:
    shown = display_path(path)
    loaded = _parse(shown, path, findings)
    if loaded is None:
        return None
    file = _File(shown, loaded, findings)
    try:
        return file, model.model_validate(loaded.data)
    except ValidationError as exc:
        _schema_findings(file, model, exc)
        return None


# --------------------------------------------------------------------------- semantic checks


def _check_registry(file: _File, registry: Registry) -> None:
    seen: dict[str, str] = {}
    sections: tuple[tuple[str, Sequence[Entity | Event | Quantity | Topic]], ...] = (
        ("entities", registry.entities),
        ("events", registry.events),
        ("quantities", registry.quantities),
        ("topics", registry.topics),
    )
    for section, items in sections:
        for i, item in enumerate(items):
            if item.id in seen:
                file.add(
                    "E401",
                    f"id '{item.id}' is already used in {seen[item.id]}.",
                    (section, i, "id"),
                )
            else:
                seen[item.id] = f"{section}[{i}]"


def _check_reference(file: _File, reference: Reference, known: set[str]) -> None:
    seen: set[str] = set()
    for i, fact in enumerate(reference.facts):
        if fact.id in seen:
            file.add("E401", f"fact id '{fact.id}' is used twice.", ("facts", i, "id"))
        seen.add(fact.id)
        if fact.topic not in known:
            file.add(
                "E402",
                f"topic '{fact.topic}' is not in the registry.",
                ("facts", i, "topic"),
                hint=suggest(fact.topic, known),
            )


def _resolve_seed(file: _File, article: Article, repo_root: Path) -> str | None:
    """The seed's text, or None after reporting why it cannot be had."""
    seed = Path(article.seed)
    root = repo_root.resolve()
    if seed.is_absolute() or ".." in seed.parts:
        file.add(
            "E301",
            f"seed {_quoted(article.seed)} is not a path inside the repository.",
            ("seed",),
            hint="use a repository-relative path such as seeds/<file>.txt.",
        )
        return None
    target = (root / seed).resolve()
    if not target.is_relative_to(root):
        file.add("E301", f"seed {_quoted(article.seed)} leads outside the repository.", ("seed",))
        return None
    try:
        loaded = load_seed(target)
    except SeedError as exc:
        code = "E303" if "UTF-8" in exc.message or "byte-order" in exc.message else "E302"
        file.add(code, f"seed {_quoted(article.seed)} {exc.message}", ("seed",))
        return None
    if loaded.sha256 != article.sha256:
        file.add(
            "E304",
            f"seed {_quoted(article.seed)} has sha256 {loaded.sha256[:12]}…, "
            f"the article records {article.sha256[:12]}….",
            ("sha256",),
            hint="seeds are immutable: restore the seed (see seeds/SHA256SUMS).",
        )
    return loaded.text


def _check_span(file: _File, text: str, span: Span, path: Path_) -> None:
    """Check that one span is anchored: `exact` is the seed's text at start..end."""
    if span.end > len(text):
        file.add(
            "E311",
            f"span {span.start}-{span.end} ends beyond the seed text ({len(text)} code points).",
            (*path, "end"),
        )
        return
    actual = text[span.start : span.end]
    if actual == span.exact:
        return
    hits = [m.start() for m in re.finditer(re.escape(span.exact), text)]
    if len(hits) == 1:
        hint = f"that text occurs once, at {hits[0]}-{hits[0] + len(span.exact)}."
    elif hits:
        hint = f"that text occurs {len(hits)} times, first at {hits[0]}."
    else:
        hint = "that text does not occur in the seed."
    file.add(
        "E310",
        f"text at {span.start}-{span.end} is {_quoted(actual)}, "
        f"annotation says {_quoted(span.exact)}.",
        (*path, "exact"),
        hint=hint,
    )


def _fold_quote(text: str) -> str:
    return " ".join(re.sub(r"[\"“”„‟«»]", " ", text).split())


#: Scales a scale hedge can apply to ("several" = 3..9 units, "several hundred", "dozens").
HEDGE_SCALES = (1, 10, 12, 100, 1000, 10_000, 100_000, 1_000_000)


def _bound(high: int | None) -> str:
    return "open" if high is None else str(high)


def _hedge_problem(value: CountValue) -> tuple[str, str] | None:
    """(message, hint) when low/high/point do not follow the hedge table, else None."""
    rule = HEDGES[value.hedge]
    shown = f"{value.low}..{_bound(value.high)}"
    if rule.keeps_point:
        if value.point is None:
            return (
                f"hedge '{value.hedge}' qualifies a stated number, but point is null.",
                "give the stated number as point.",
            )
        low, high, _ = hedge_range(value.hedge, value.point)
        if (value.low, value.high) == (low, high):
            return None
        return (
            f"{shown} does not follow the hedge table for '{value.hedge}' {value.point}.",
            f"expected {low}..{_bound(high)} ({rule.why}).",
        )
    if value.point is not None:
        return (
            f"hedge '{value.hedge}' states no number, but point is {value.point}.",
            "set point: null; the scale goes into low..high.",
        )
    if any((value.low, value.high) == hedge_range(value.hedge, s)[:2] for s in HEDGE_SCALES):
        return None
    low, high, _ = hedge_range(value.hedge, 100)
    return (
        f"{shown} does not follow the hedge table for '{value.hedge}'.",
        f"{rule.why}; with 'hundred': {low}..{_bound(high)}.",
    )


def _check_article(
    file: _File, article: Article, path: Path, known: set[str], repo_root: Path
) -> str | None:
    if path.stem != article.id:
        file.add(
            "E403",
            f"the file is named {path.name!r} but the article id is '{article.id}'.",
            ("id",),
            hint=f"rename it to {article.id}.yaml.",
        )
    if article.published.date is None:
        file.add(
            "W606",
            "the publication date is unknown; relative dates stay unresolved.",
            ("published", "date"),
            hint="find the date (a dateline, the page) and set it.",
        )
    text = _resolve_seed(file, article, repo_root)
    ids: set[str] = set()
    for i, claim in enumerate(article.claims):
        at: Path_ = ("claims", i)
        if claim.id in ids:
            file.add("E401", f"claim id '{claim.id}' is used twice in this article.", (*at, "id"))
        ids.add(claim.id)
        refs: list[tuple[Path_, str]] = [((*at, "topic"), claim.topic)]
        if isinstance(claim, QuoteClaim):
            refs.append(((*at, "value", "speaker"), claim.value.speaker))
            if claim.value.occasion:
                refs.append(((*at, "value", "occasion"), claim.value.occasion))
            if article.translated_from and claim.value.verbatim:
                file.add(
                    "W603",
                    f"the article is translated from {article.translated_from}, "
                    "so this quote is not verbatim.",
                    (*at, "value", "verbatim"),
                    hint="set verbatim: false.",
                )
            if _fold_quote(claim.value.text) != _fold_quote(claim.evidence.exact):
                file.add(
                    "W602",
                    f"text {_quoted(claim.value.text)} is not the evidence "
                    f"{_quoted(claim.evidence.exact)}.",
                    (*at, "value", "text"),
                )
        if isinstance(claim, DecisionClaim):
            refs.append(((*at, "value", "actor"), claim.value.actor))
            refs.append(((*at, "value", "object"), claim.value.object))
        if isinstance(claim, CountClaim):
            value = claim.value
            problem = _hedge_problem(value)
            if problem is not None:
                file.add("W601", problem[0], (*at, "value"), hint=problem[1])
        if claim.topic == UNASSIGNED_TOPIC and claim.status == "draft":
            refs = refs[1:]
            file.add(
                "W605",
                "the extractor could not place this claim under a topic.",
                (*at, "topic"),
                hint="pick the registry id it is about.",
            )
        for ref_path, ref in refs:
            if ref not in known:
                file.add(
                    "E402",
                    f"{ref_path[-1]} '{ref}' is not in the registry.",
                    ref_path,
                    hint=suggest(ref, known),
                )
        if claim.status == "draft":
            file.add(
                "W604",
                "the claim is a draft.",
                (*at, "status"),
                hint="review it and set status: reviewed.",
            )
    if text is None:
        return None
    bounds = sorted((b.start, b.end, i) for i, b in enumerate(article.boilerplate))
    for (s1, e1, i1), (s2, _e2, i2) in itertools.pairwise(bounds):
        if s2 < e1:
            file.add(
                "E313",
                f"boilerplate {s1}-{e1} (boilerplate[{i1}]) overlaps "
                f"boilerplate[{i2}] starting at {s2}.",
                ("boilerplate", i2, "start"),
            )
    for i, block in enumerate(article.boilerplate):
        if block.end > len(text):
            file.add(
                "E311",
                f"span {block.start}-{block.end} ends beyond the seed text "
                f"({len(text)} code points).",
                ("boilerplate", i, "end"),
            )
    for i, claim in enumerate(article.claims):
        at = ("claims", i)
        _check_span(file, text, claim.evidence, (*at, "evidence"))
        if isinstance(claim, QuoteClaim) and claim.attribution is not None:
            _check_span(file, text, claim.attribution, (*at, "attribution"))
        if claim.evidence.end > len(text):
            continue  # already reported (E311); where it would lie means nothing
        for start, end, j in bounds:
            if claim.evidence.start < end and start < claim.evidence.end:
                file.add(
                    "E312",
                    f"evidence {claim.evidence.start}-{claim.evidence.end} lies in "
                    f"boilerplate[{j}] ({article.boilerplate[j].reason}, {start}-{end}).",
                    (*at, "evidence", "start"),
                )
    return text


# --------------------------------------------------------------------------- entry points


def _article_files(corpus_dir: Path) -> list[Path]:
    folder = corpus_dir / ARTICLES_DIR
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


@dataclass(frozen=True)
class ArticleCheck:
    """One article file checked on its own: its findings, and what the cross-file checks need."""

    shown: str
    findings: list[Finding]
    #: None when the file could not be read as an article (its findings say why).
    article_id: str | None = None
    record: ArticleRecord | None = None
    path: Path | None = None


def check_article_file(
    path: Path, *, known: frozenset[str] | None, repo_root: Path, keep_record: bool = True
) -> ArticleCheck:
    """Load and check one article file against the registry ids `known` (None: no registry).

    A module-level function of picklable arguments, so a process pool can run it (issue 6).
    """
    findings: list[Finding] = []
    loaded_article = _load_model(path, Article, findings)
    if loaded_article is None:
        return ArticleCheck(display_path(path), findings)
    file, article = loaded_article
    # Ids cannot be checked without a registry; the registry's own findings say why.
    known_ids = known if known is not None else {c.topic for c in article.claims} | _value_ids(
        article
    )
    text = _check_article(file, article, path, set(known_ids), repo_root)
    record = ArticleRecord(file.shown, article, text) if text is not None and keep_record else None
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
) -> LoadResult:
    """Check the given files; articles are checked against `registry_path`'s ids.

    `mapper` runs the per-article checks (default: one after the other); `keep_records=False`
    drops the loaded articles (the corpus then has none) when only the findings are wanted.
    """
    findings: list[Finding] = []
    registry: Registry | None = None
    loaded_registry = _load_model(registry_path, Registry, findings)
    if loaded_registry is not None:
        reg_file, registry = loaded_registry
        _check_registry(reg_file, registry)
    known = set(registry_index(registry)) if registry else set()

    reference = Reference()
    if reference_path is not None:
        loaded_reference = _load_model(reference_path, Reference, findings)
        if loaded_reference is not None:
            ref_file, reference = loaded_reference
            if registry is not None:
                _check_reference(ref_file, reference, known)

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
    results = list((mapper or map)(check, article_paths))
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


def _value_ids(article: Article) -> set[str]:
    ids: set[str] = set()
    for claim in article.claims:
        if isinstance(claim, QuoteClaim):
            ids |= {claim.value.speaker, claim.value.occasion or claim.value.speaker}
        if isinstance(claim, DecisionClaim):
            ids |= {claim.value.actor, claim.value.object}
    return ids


def load_corpus(
    corpus_dir: Path,
    repo_root: Path | None = None,
    *,
    mapper: ArticleMapper | None = None,
    keep_records: bool = True,
) -> LoadResult:
    """Load and check a whole corpus folder (registry, reference, articles/*.yaml).

    `repo_root` is where seed paths are resolved; by default the folder holding `corpus_dir`.
    `mapper` and `keep_records` are validate_files's.
    """
    root = repo_root if repo_root is not None else corpus_dir.resolve().parent
    reference = corpus_dir / REFERENCE_FILE
    return validate_files(
        corpus_dir / REGISTRY_FILE,
        reference if reference.exists() else None,
        _article_files(corpus_dir),
        root,
        mapper=mapper,
        keep_records=keep_records,
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
