"""The loaded corpus: registry, reference facts and articles with their seed text (stages 4-5)."""

from __future__ import annotations

from dataclasses import dataclass, field

from natoiraq.errors import Finding
from natoiraq.models import Article, Entity, Event, Quantity, Reference, Registry, Topic


@dataclass(frozen=True)
class ArticleRecord:
    """One article as loaded: its file (repo-relative), the model, and its seed's text."""

    path: str
    article: Article
    text: str


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
