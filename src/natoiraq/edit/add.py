"""Corpus edit: start a new article (`natoiraq add`): copy its seed, record its sha256, scaffold.

One transaction: nothing is written unless all of it can be; a failure, a signal or a concurrent
writer puts back every file already written (the registry, the seed, the article, SHA256SUMS).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from natoiraq.corpus import (
    ARTICLES_DIR,
    CORPUS_DIR,
    REGISTRY_FILE,
    SEEDS_DIR,
    SUMS_FILE,
    article_files,
)
from natoiraq.edit.proposals import needed_entries, with_proposals
from natoiraq.errors import NatoiraqError
from natoiraq.extractor import article_id_for, extract_article
from natoiraq.io.files import FileRefused, Transaction, confined, read_regular
from natoiraq.io.seeds import SeedError, load_seed
from natoiraq.io.yamlread import MAX_YAML_BYTES, read_yaml_text
from natoiraq.io.yamlwrite import dump_article
from natoiraq.models import Article, Entity, Event, Published, Quantity, Slug, Topic
from natoiraq.reconciler.origins import measured_origins
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
    """Copy `file` into seeds/, add its sha256 to SHA256SUMS, write its draft article file.

    All or nothing (issue 12, item 6): the registry, the seed, the article and SHA256SUMS are
    replaced one by one in a Transaction that puts every one back if a later one fails (a full
    disk, a signal) or if another process changed one of them meanwhile (item 7: the later
    `add` is refused, exit 2, and nothing it did stays).
    """
    _check_options(article_id, translated_from)
    try:
        seed = load_seed(file)
    except SeedError as exc:
        raise NatoiraqError(f"{file}:{exc.line}:{exc.col}: {exc.message}") from None
    _check_seed_name(file.name)
    target = SEEDS_DIR / file.name
    article_path = CORPUS_DIR / ARTICLES_DIR / f"{article_id or article_id_for(file)}.yaml"
    if article_path.is_symlink() or article_path.exists():
        raise NatoiraqError(f"{article_path} exists; use `natoiraq extract {target} --merge "
                            f"{article_path}` to add draft claims to it.")
    new_seed = not target.exists()
    if not new_seed and load_seed(target).sha256 != seed.sha256:
        raise NatoiraqError(f"{target} exists with other content; seeds never change: "
                            "rename the new file.")
    sums = _read_sums()
    _refuse_same_text(file, seed.sha256, target, sums or "")
    registry_path = CORPUS_DIR / REGISTRY_FILE
    given = (Published(date=published, basis="stated", why="given with --published")
             if published is not None else None)
    registry = load_registry(registry_path)
    article, extraction = extract_article(
        seed.text, registry, article_id=article_path.stem,
        seed=target.as_posix(), sha256=seed.sha256, published=given,
        translated_from=translated_from,
    )  # fmt: skip
    # A corpus article whose prose it shares is proposed as its origin (issue 14), first.
    measured = measured_origins(seed.text, [(b.start, b.end) for b in article.boilerplate],
                                list(_corpus_texts()))  # fmt: skip
    if measured:
        article = article.model_copy(update={"origins": [*measured, *article.origins]})
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

    # Each write compares the file with what was read above, under its folder's lock; the
    # registry and the seed go first, as the article's check reads them.
    root = Path.cwd()
    with Transaction() as transaction:
        if new_registry != registry_text:
            with transaction.write(registry_path, expect=registry_text, within=root) as handle:
                handle.write(new_registry)
        if new_seed:
            with transaction.write(target, verify_seed, expect=None, within=root) as handle:
                handle.write(seed.text)
        with transaction.write(article_path, verify_article, expect=None, within=root) as handle:
            handle.write(dump_article(article))
        if target.name not in _listed(sums or ""):
            with transaction.write(SUMS_FILE, expect=sums, within=root) as handle:
                handle.write(f"{sums or ''}{seed.sha256}  {target.name}\n")
    return Added(target, article_path, article, proposals)


#: The `id:` and `seed:` lines of an article file, read without parsing the whole file.
ARTICLE_ID_RE = re.compile(r"^id:\s*(?P<id>\S+)\s*$", re.MULTILINE)
ARTICLE_SEED_RE = re.compile(r"^seed:\s*(?P<seed>\S+)\s*$", re.MULTILINE)


def _corpus_texts() -> Iterator[tuple[str, str]]:
    """(article id, seed text) of every corpus article whose seed reads: what a new text's
    prose is compared with. A file that does not read is skipped here; validate reports it."""
    for path in article_files(CORPUS_DIR):
        try:
            head = read_regular(path, MAX_YAML_BYTES).decode("utf-8", "replace")
        except (OSError, FileRefused):
            continue
        found_id, found_seed = ARTICLE_ID_RE.search(head), ARTICLE_SEED_RE.search(head)
        if found_id is None or found_seed is None:
            continue
        try:
            seed_path = confined(Path(found_seed["seed"]), Path.cwd())
            yield found_id["id"], load_seed(seed_path).text
        except (OSError, SeedError, FileRefused):
            continue


def _check_options(article_id: str | None, translated_from: str | None) -> None:
    """Refuse an id or language the article model would refuse, before any path is made of it.

    `--id ../evil` wrote corpus/evil.yaml, and `--id "Has Space"` or `--translated-from
    klingon` failed inside the model as internal errors (issue 12, item 6).
    """
    if article_id is not None and not _fits(Slug, article_id):
        raise NatoiraqError(f"{article_id!r} is not an article id: use lower-case letters, "
                            "digits and inner hyphens, at most 80 (such as 005-afp).")
    language = Article.model_fields["translated_from"].annotation
    if translated_from is not None and not _fits(language, translated_from):
        raise NatoiraqError(f"{translated_from!r} is not an ISO 639 language code: use two or "
                            "three lower-case letters (such as fr or ara).")


def _fits(kind: Any, value: str) -> bool:
    try:
        TypeAdapter(kind).validate_python(value)
    except ValidationError:
        return False
    return True


#: Characters SHA256SUMS cannot list as they are (sha256sum escapes them; a newline would add a
#: line of its own).
UNLISTABLE_RE = re.compile(r"[\x00-\x1f\x7f\\]")


def _check_seed_name(name: str) -> None:
    if UNLISTABLE_RE.search(name):
        raise NatoiraqError(f"{name!r}: a seed's file name cannot hold control characters or "
                            "backslashes (SHA256SUMS lists it); rename the file.")


def _listed(sums: str) -> dict[str, str]:
    """SHA256SUMS as {file name: sha256} (`sha256sum` lines: digest, two spaces or ` *`, name)."""
    listed: dict[str, str] = {}
    for line in sums.splitlines():
        digest, _, name = line.partition(" ")
        listed[name[1:] if name[:1] in " *" else name] = digest
    return listed


def _refuse_same_text(file: Path, sha256: str, target: Path, sums: str) -> None:
    """Refuse a text the corpus already has, under any name (one hash listed twice, and an
    article that "agrees" with itself in reconcile; issue 12, item 6)."""
    others = sorted(name for name, digest in _listed(sums).items() if digest == sha256)
    if not others:
        return
    owner = next((path for path in article_files(CORPUS_DIR) if _records(path, sha256)), None)
    if owner is not None:
        raise NatoiraqError(f"{file}: the same text is already {SEEDS_DIR / others[0]}, the "
                            f"seed of {owner}; nothing written.")
    if target.name not in others:
        raise NatoiraqError(f"{file}: the same text is already {SEEDS_DIR / others[0]}; add that "
                            f"file (`natoiraq add {SEEDS_DIR / others[0]}`); nothing written.")


def _records(article_path: Path, sha256: str) -> bool:
    """Whether the article file records this sha256 (a file that cannot be read does not)."""
    try:
        data = read_regular(article_path, MAX_YAML_BYTES)
    except (FileRefused, OSError):
        return False
    return f"\nsha256: {sha256}\n".encode() in data


#: SHA256SUMS lists one seed a line (about 80 bytes): room for 200,000 seeds.
MAX_SUMS_BYTES = 16 * 1024 * 1024


def _read_sums() -> str | None:
    """seeds/SHA256SUMS as text, or None when there is none yet."""
    try:
        return read_regular(SUMS_FILE, MAX_SUMS_BYTES).decode("utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise NatoiraqError(f"{SUMS_FILE} is not UTF-8 text; restore it from git.") from None
