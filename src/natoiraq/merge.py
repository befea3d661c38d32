"""Stage 3b: which draft claims are new to a reviewed article, and what the merged file must hold.

Pure functions: the CLI reads and writes (atomically, verified) through natoiraq.io.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from natoiraq.errors import NatoiraqError
from natoiraq.io.yamlread import parse_yaml
from natoiraq.io.yamlwrite import append_claims, claim_data, dump_data
from natoiraq.models import Article, Claim, Registry


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
    from pydantic import ValidationError

    from natoiraq.extract import extract_claims

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
