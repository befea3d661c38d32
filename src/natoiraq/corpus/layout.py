"""Corpus layout: where the registry, reference, articles and seeds live, and finding the files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from natoiraq.errors import NatoiraqError
from natoiraq.io.files import NotRegularFile, confined, file_kind

REGISTRY_FILE = "registry.yaml"
REFERENCE_FILE = "reference.yaml"
ARTICLES_DIR = "articles"

#: Run from the repository root, commands use ./corpus and ./seeds.
CORPUS_DIR = Path("corpus")
SEEDS_DIR = Path("seeds")
#: `sha256sum` lines of every seed, kept next to them.
SUMS_FILE = SEEDS_DIR / "SHA256SUMS"


class NoSuchPath(NatoiraqError):
    """A file or folder named on the command line that does not exist."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"no such file or folder: {path}.")
        self.path = path


def repository_root(path: Path) -> Path:
    """The repository a corpus file belongs to: the folder holding its corpus folder.

    corpus/articles/x.yaml and corpus/registry.yaml are both in the folder holding corpus/. The
    corpus folder is resolved, as the validator resolves it for seed paths by default: a
    repository whose corpus/ is a symlink is where that link leads.
    """
    folder = path.absolute().parent
    corpus_dir = folder.parent if folder.name == ARTICLES_DIR else folder
    return Path(os.path.realpath(corpus_dir)).parent


def article_files(corpus_dir: Path) -> list[Path]:
    """The article files of a corpus folder, in path order (hidden files left out)."""
    folder = corpus_dir / ARTICLES_DIR
    try:
        # Names sorted as text: in one folder that is path order, without 10,000 Paths
        # compared part by part (a twentieth of a second of every command).
        with os.scandir(folder) as entries:
            names = sorted(
                e.name for e in entries if e.name.endswith(".yaml") and not e.name.startswith(".")
            )
    except OSError:
        return []  # no folder (or none to read), as a glob of it finds nothing
    return [folder / name for name in names]


def yaml_files(paths: tuple[Path, ...]) -> list[Path]:
    """The YAML files named, or found in the folders named (default: ./corpus).

    Hidden files and folders are never walked into: an interrupted write's `.<name>.*.tmp/`
    folder is not a corpus file (issue 12, item 8). Every file must be a regular file inside
    its repository (symlinks followed): a FIFO would block the reader, a link out of the
    repository would show another file's content; both are refused (NotRegularFile,
    OutsideRoot) before anything is done.
    """
    found: list[Path] = []
    for path in paths or (CORPUS_DIR,):
        if path.is_dir():
            found.extend(_walk_yaml(path))
        elif os.path.lexists(path):
            found.append(path)
        else:
            raise NoSuchPath(path)
    for path in found:
        _require_corpus_file(path)
    return found


def _walk_yaml(folder: Path) -> list[Path]:
    found: list[Path] = []
    for top, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(top) / f for f in files if f.endswith(".yaml") and f[0] != ".")
    return sorted(found)


def _require_corpus_file(path: Path) -> None:
    """Refuse a corpus file that is not a regular file inside its repository."""
    target = confined(path, repository_root(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        raise NoSuchPath(path) from None
    if not stat.S_ISREG(mode):
        raise NotRegularFile(path, file_kind(mode))
