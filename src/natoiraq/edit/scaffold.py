"""Corpus edit: start a corpus repository for another story (`natoiraq init`), all or nothing.

The files come from templates/ (package data) with the story and natoiraq's version filled in,
plus the JSON Schemas generated from the models, so that the schema header every corpus file
opens with (`# yaml-language-server: $schema=../schema/...`) resolves inside the new repository.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path, PurePosixPath

from natoiraq import __version__
from natoiraq.corpus import ARTICLES_DIR, CORPUS_DIR, REFERENCE_FILE, REGISTRY_FILE, SUMS_FILE
from natoiraq.errors import NatoiraqError
from natoiraq.io.files import Transaction
from natoiraq.models.schema import SCHEMAS, schema_text
from natoiraq.text import CONTROL_RE

#: Where the JSON Schemas go: the headers of corpus/registry.yaml (`../schema/`) and of
#: corpus/articles/<id>.yaml (`../../schema/`) point there.
SCHEMA_DIR = PurePosixPath("schema")
#: The GitHub Actions workflow, where GitHub looks for workflows. docs/own-corpus.md shows it.
WORKFLOW = PurePosixPath(".github/workflows/natoiraq.yml")

#: Each template in templates/ and where init writes it, relative to the new repository's root.
#: Template names have no leading dot, so that package-data globs (`*`) include them.
TEMPLATES: dict[str, PurePosixPath] = {
    "registry.yaml": PurePosixPath(CORPUS_DIR.as_posix(), REGISTRY_FILE),
    "reference.yaml": PurePosixPath(CORPUS_DIR.as_posix(), REFERENCE_FILE),
    "articles-README.md": PurePosixPath(CORPUS_DIR.as_posix(), ARTICLES_DIR, "README.md"),
    "pre-commit-config.yaml": PurePosixPath(".pre-commit-config.yaml"),
    "natoiraq.yml": WORKFLOW,
    "gitignore": PurePosixPath(".gitignore"),
    "README.md": PurePosixPath("README.md"),
}
#: What templates say where the story and natoiraq's version go.
STORY_MARK, VERSION_MARK = "@STORY@", "@VERSION@"
#: The story is a title: the README's heading and a comment in the registry and the reference.
STORY_MAX = 120


@dataclass(frozen=True)
class Scaffold:
    """The new corpus repository: its root and the files written there (relative paths)."""

    root: Path
    files: tuple[PurePosixPath, ...]


def template_text(name: str) -> str:
    """The text of templates/`name` as it is stored (marks not filled in)."""
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def scaffold_files(story: str) -> dict[PurePosixPath, str]:
    """Every file a new corpus repository starts with: its path (from the root) -> its text."""
    check_story(story)
    files = {
        path: template_text(name).replace(STORY_MARK, story).replace(VERSION_MARK, __version__)
        for name, path in TEMPLATES.items()
    }
    files |= {SCHEMA_DIR / f"{stem}.schema.json": schema_text(stem) for stem in SCHEMAS}
    files[PurePosixPath(SUMS_FILE.as_posix())] = ""  # `sha256sum` lines, one a seed: none yet
    return files


def check_story(story: str) -> None:
    """Refuse a story that is not one short line of text (it goes into YAML comments)."""
    if not story.strip() or CONTROL_RE.search(story) or len(story) > STORY_MAX:
        raise NatoiraqError(f"--story {story!r}: give the story as one line of at most "
                            f"{STORY_MAX} characters, such as \"Floods in the Esk valley, "
                            "March 2024\".")  # fmt: skip


def init_corpus(target: Path, story: str | None = None) -> Scaffold:
    """Write a new corpus repository into `target` (a new or an existing folder).

    Refused (NatoiraqError, nothing written) when `target` already holds a corpus or any file
    this would write. All or nothing: the files are written in one Transaction, which removes
    every one already written if a later one fails or a signal arrives, and the folders made
    for them are removed too. `story` defaults to the folder's name.
    """
    if os.path.lexists(target) and not target.is_dir():
        raise NatoiraqError(f"{target} is not a folder; nothing written.")
    files = scaffold_files(story if story is not None else _name(target))
    if os.path.lexists(target / CORPUS_DIR):
        raise NatoiraqError(f"there is a corpus in {target} already ({target / CORPUS_DIR}); "
                            "nothing written. Run natoiraq there, or init another folder.")
    present = [str(path) for path in files if os.path.lexists(target / path)]
    if present:
        raise NatoiraqError(f"{target} already has {', '.join(present)}; nothing written: init "
                            "writes only new files, so move those aside or init another folder.")
    made = _missing_folders(target, files)
    try:
        with Transaction() as transaction:
            for path, text in files.items():
                # expect=None: a file another process creates meanwhile is never replaced.
                with transaction.write(target / path, expect=None, within=target) as handle:
                    handle.write(text)
    except BaseException:
        # The Transaction has removed its files; the folders it made for them go too.
        for folder in made:
            with contextlib.suppress(OSError):  # not empty: someone else's now
                folder.rmdir()
        raise
    return Scaffold(target, tuple(files))


def _name(folder: Path) -> str:
    """The folder's own name, `.` and `..` resolved (not symlinks): `init .` in esk-flood/ is
    esk-flood's corpus."""
    return Path(os.path.normpath(folder.absolute())).name


def _missing_folders(target: Path, files: dict[PurePosixPath, str]) -> list[Path]:
    """The folders writing `files` into `target` will make, deepest first."""
    root = target.absolute()
    folders = {root / parent for path in files for parent in path.parents} | {*root.parents}
    missing = [folder for folder in folders if not os.path.lexists(folder)]
    return sorted(missing, key=lambda folder: len(folder.parts), reverse=True)
