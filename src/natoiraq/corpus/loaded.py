"""The loaded corpus: registry, reference facts and articles with their seed text (stages 4-5)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from natoiraq.errors import Finding
from natoiraq.models import Article, Entity, Event, Quantity, Reference, Registry, Topic


@dataclass(frozen=True)
class ArticleRecord:
    """One article as loaded: its file (repo-relative), the model, and its seed's text."""

    path: str
    article: Article
    text: str


class DeferredRecord(ArticleRecord):
    """An article whose seed's text is read on first use (`load`, which checks it is the text
    the article was checked against).

    Why: check builds its sources from the claim index (validator/cached.py from_index), and a
    report shows the seed's text around a few of them; reading and hashing every seed of a
    story told 10,000 times took half a second of every check (issue 15).
    """

    _load: Callable[[], str]

    def __init__(self, path: str, article: Article, load: Callable[[], str]) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "article", article)
        object.__setattr__(self, "_load", load)

    @property
    def text(self) -> str:
        text: str | None = self.__dict__.get("_text")
        if text is None:
            text = self._load()
            object.__setattr__(self, "_text", text)
        return text


@dataclass(frozen=True)
class Corpus:
    """Everything the reconciler and the evaluator read."""

    registry: Registry
    reference: Reference
    articles: list[ArticleRecord]

    def registry_index(self) -> dict[str, Entity | Event | Quantity | Topic]:
        """Every registry item by id."""
        return registry_index(self.registry)


@dataclass
class LoadResult:
    """A corpus (None when the registry or reference could not be read) and every finding."""

    corpus: Corpus | None
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


def registry_index(registry: Registry) -> dict[str, Entity | Event | Quantity | Topic]:
    """Map each registry id to its item (ids are unique across the four sections)."""
    index: dict[str, Entity | Event | Quantity | Topic] = {}
    for section in (registry.entities, registry.events, registry.quantities, registry.topics):
        for item in section:
            index.setdefault(item.id, item)
    return index
