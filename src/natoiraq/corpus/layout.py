"""Corpus layout: where the registry, reference, articles and seeds live, and finding the files."""

from __future__ import annotations

from pathlib import Path

from natoiraq.errors import NatoiraqError

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


def article_files(corpus_dir: Path) -> list[Path]:
    """The article files of a corpus folder, in path order."""
    folder = corpus_dir / ARTICLES_DIR
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def yaml_files(paths: tuple[Path, ...]) -> list[Path]:
    """The YAML files named, or found in the folders named (default: ./corpus)."""
    found: list[Path] = []
    for path in paths or (CORPUS_DIR,):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.yaml") if not p.name.startswith(".")))
        elif path.is_file():
            found.append(path)
        else:
            raise NoSuchPath(path)
    return found
