"""Stage 4: the corpus as files (layout, reading a file into a model) and as loaded models."""

from __future__ import annotations

from natoiraq.corpus.layout import (
    ARTICLES_DIR,
    CORPUS_DIR,
    REFERENCE_FILE,
    REGISTRY_FILE,
    SEEDS_DIR,
    SUMS_FILE,
    NoSuchPath,
    article_files,
    repository_root,
    yaml_files,
)
from natoiraq.corpus.loaded import ArticleRecord, Corpus, LoadResult, registry_index
from natoiraq.corpus.read import InvalidModel, NotAMapping, read_model

__all__ = [
    "ARTICLES_DIR",
    "CORPUS_DIR",
    "REFERENCE_FILE",
    "REGISTRY_FILE",
    "SEEDS_DIR",
    "SUMS_FILE",
    "ArticleRecord",
    "Corpus",
    "InvalidModel",
    "LoadResult",
    "NoSuchPath",
    "NotAMapping",
    "article_files",
    "read_model",
    "registry_index",
    "repository_root",
    "yaml_files",
]
