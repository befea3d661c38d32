"""Corpus edit: add new draft claims to a reviewed article (`extract --merge`), verified.

Which drafts are new and what the merged file must hold are pure functions; merge_drafts reads
and writes through natoiraq.io, and writes nothing unless the result is a pure addition that
validates.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from natoiraq.corpus import repository_root
from natoiraq.errors import NatoiraqError
from natoiraq.extractor import extract_claims
from natoiraq.io.files import atomic_write
from natoiraq.io.seeds import SeedError, load_seed
from natoiraq.io.yamlread import YamlIssue, parse_yaml, read_yaml_text
from natoiraq.io.yamlwrite import append_claims, claim_data, dump_data
from natoiraq.models import Article, Claim, Registry
from natoiraq.validator import load_registry, validate_files


class MergeError(NatoiraqError):
    """A merge that would change what is already in the file."""


def _overlaps(a: Claim, b: Claim) -> bool:
    return a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end


def new_claims(existing: Article, drafts: Sequence[Claim]) -> list[Claim]:
    """Drafts that no claim of the article already covers, with ids unique in the article.

    A draft is already covered when a claim of the same kind overlaps its evidence, whatever
    its status: a reviewer who deleted or reshaped a claim has decided, and a merge must not
    bring the extractor's version back. Drafts inside the article's boilerplate are dropped
    too: the reviewed boilerplate spans are authoritative.
    """
    taken = {claim.id for claim in existing.claims}
    fresh: list[Claim] = []
    for draft in drafts:
        if any(c.kind == draft.kind and _overlaps(c, draft) for c in existing.claims):
            continue
        if any(
            b.start < draft.evidence.end and draft.evidence.start < b.end
            for b in existing.boilerplate
        ):
            continue
        claim_id = draft.id
        if claim_id in taken:
            claim_id = next(
                f"{draft.id}-{n}" for n in itertools.count(2) if f"{draft.id}-{n}" not in taken
            )
        taken.add(claim_id)
        fresh.append(draft.model_copy(update={"id": claim_id}))
    return fresh


def pure_addition(original: str, added: Sequence[Claim]) -> Callable[[Path], None]:
    """A check for `atomic_write`: the written file is the original plus `added`, nothing else."""
    before: dict[str, Any] = parse_yaml(original).data
    expected = {**before, "claims": [*before.get("claims", []), *map(_plain, added)]}

    def verify(written: Path) -> None:
        after = parse_yaml(written.read_text(encoding="utf-8")).data
        if after != expected:
            raise MergeError(
                f"merging into {written.name} would change existing content; nothing written."
            )

    return verify


def _plain(claim: Claim) -> Any:
    """A claim as the YAML loader gives it back (dates as ISO text)."""
    return parse_yaml(dump_data(claim_data(claim))).data


def plan_merge(
    article_text: str, seed_text: str, seed_sha256: str, registry: Registry
) -> tuple[list[Claim], str]:
    """The draft claims new to the article in `article_text`, and the file text with them added.

    The seed must be the article's own (same sha256); the article must be a valid file.
    """
    try:
        article = Article.model_validate(parse_yaml(article_text).data)
    except ValidationError:
        raise MergeError(
            "the article file is not valid; run `natoiraq validate` on it and fix it first."
        ) from None
    if article.sha256 != seed_sha256:
        raise MergeError(
            f"the text is not this article's seed (its sha256 differs from "
            f"the article's {article.sha256[:12]}…)."
        )
    extraction = extract_claims(
        seed_text, registry, article.published.date, translated=article.translated_from is not None
    )
    added = new_claims(article, extraction.claims)
    return added, append_claims(article_text, [claim_data(c) for c in added])


@dataclass(frozen=True)
class Merge:
    """A merge planned (and written unless it was a dry run or added nothing)."""

    original: str
    merged: str
    added: list[Claim]
    written: bool


def merge_drafts(seed_path: Path, article_path: Path, registry_path: Path, *,
                 dry_run: bool) -> Merge:
    """Add the seed's new drafts to a reviewed file, verified before it is replaced."""
    try:
        seed = load_seed(seed_path)
        original = read_yaml_text(article_path)
        added, merged = plan_merge(original, seed.text, seed.sha256,
                                   load_registry(registry_path))
    except (SeedError, YamlIssue) as exc:
        where = f":{exc.line}:{exc.col}" if exc.line > 1 or exc.col > 1 else ""
        path = seed_path if isinstance(exc, SeedError) else article_path
        raise NatoiraqError(f"{path}{where}: {exc.message}") from None
    except MergeError as exc:
        raise NatoiraqError(f"{article_path}: {exc}") from None
    if dry_run or not added:
        return Merge(original, merged, added, written=False)
    check_addition = pure_addition(original, added)

    def verify(written: Path) -> None:
        check_addition(written)
        errors = validate_files(registry_path, None, [written], Path.cwd()).errors
        if errors:
            raise NatoiraqError(f"the merged {article_path} would not validate "
                                f"({errors[0].message}); nothing written.")

    # Compared with what was read, under the folder's lock: a concurrent fmt or merge that
    # wrote the file meanwhile makes this one refuse (exit 2), not lose its work (issue 12, 7).
    with atomic_write(article_path, verify, expect=original,
                      within=repository_root(article_path)) as handle:
        handle.write(merged)
    return Merge(original, merged, added, written=True)
