"""Corpus edit: start a new article (`natoiraq add`): copy its seed, record its sha256, scaffold.

One transaction: nothing is written unless all of it can be, and a failure removes a seed copied
for it, so seeds/ stays as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from natoiraq.corpus import ARTICLES_DIR, CORPUS_DIR, REGISTRY_FILE, SEEDS_DIR, SUMS_FILE
from natoiraq.edit.proposals import needed_entries, with_proposals
from natoiraq.errors import NatoiraqError
from natoiraq.extractor import article_id_for, extract_article
from natoiraq.io.files import atomic_write
from natoiraq.io.seeds import SeedError, load_seed
from natoiraq.io.yamlread import read_yaml_text
from natoiraq.io.yamlwrite import dump_article
from natoiraq.models import Article, Entity, Event, Published, Quantity, Topic
from natoiraq.validator import load_registry, validate_files


@dataclass(frozen=True)
class Added:
    """The seed copied into seeds/, the scaffold written, and the registry entries proposed."""

    seed: Path
    article_path: Path
    article: Article
    #: Entries written to the registry with `proposed: true` for the reviewer.
    proposed: list[Entity | Event | Quantity | Topic]


def add_article(file: Path, article_id: str | None, published: dt.date | None,
                translated_from: str | None) -> Added:
    """Copy `file` into seeds/, add its sha256 to SHA256SUMS, write its draft article file."""
    try:
        seed = load_seed(file)
    except SeedError as exc:
        raise NatoiraqError(f"{file}:{exc.line}:{exc.col}: {exc.message}") from None
    target = SEEDS_DIR / file.name
    article_path = CORPUS_DIR / ARTICLES_DIR / f"{article_id or article_id_for(file)}.yaml"
    if article_path.exists():
        raise NatoiraqError(f"{article_path} exists; use `natoiraq extract {target} --merge "
                            f"{article_path}` to add draft claims to it.")
    new_seed = not target.exists()
    if not new_seed and load_seed(target).sha256 != seed.sha256:
        raise NatoiraqError(f"{target} exists with other content; seeds never change: "
                            "rename the new file.")
    registry_path = CORPUS_DIR / REGISTRY_FILE
    given = (Published(date=published, basis="stated", why="given with --published")
             if published is not None else None)
    registry = load_registry(registry_path)
    article, extraction = extract_article(
        seed.text, registry, article_id=article_path.stem,
        seed=target.as_posix(), sha256=seed.sha256, published=given,
        translated_from=translated_from,
    )  # fmt: skip
    # Every id the draft uses that the registry lacks is proposed there, never refused.
    proposals = needed_entries(
        registry, article.claims, [*extraction.proposed, *extraction.proposed_topics]
    )
    registry_text = read_yaml_text(registry_path)
    new_registry = with_proposals(registry_text, proposals)

    def verify_seed(written: Path) -> None:
        if load_seed(written).sha256 != seed.sha256:
            raise NatoiraqError(f"copying {file} to {target} changed its bytes; nothing written.")

    def verify_article(written: Path) -> None:
        errors = validate_files(registry_path, None, [written], Path.cwd()).errors
        if errors:
            raise NatoiraqError(f"the new {article_path} would not validate "
                                f"({errors[0].format()}); nothing written.")

    sums = SUMS_FILE.read_text(encoding="utf-8") if SUMS_FILE.exists() else ""
    try:
        if new_registry != registry_text:
            with atomic_write(registry_path) as handle:
                handle.write(new_registry)
        if new_seed:
            with atomic_write(target, verify=verify_seed) as handle:
                handle.write(seed.text)
        with atomic_write(article_path, verify=verify_article) as handle:
            handle.write(dump_article(article))
        if f"  {target.name}\n" not in sums:
            with atomic_write(SUMS_FILE) as handle:
                handle.write(f"{sums}{seed.sha256}  {target.name}\n")
    except BaseException:
        # Roll back: nothing of the addition stays behind.
        if new_seed:
            target.unlink(missing_ok=True)
        if new_registry != registry_text:
            with atomic_write(registry_path) as handle:
                handle.write(registry_text)
        raise
    return Added(target, article_path, article, proposals)
