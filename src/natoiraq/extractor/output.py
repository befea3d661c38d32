"""Stage 3 (output): a draft article as corpus YAML (canonical style) or as JSON text."""

from __future__ import annotations

import json

from natoiraq.io.yamlwrite import article_data, dump_article
from natoiraq.models import Article, Entity

#: What `natoiraq extract --format` can print.
FORMATS = ("yaml", "json")


def article_yaml(article: Article, proposed: list[Entity] | None = None) -> str:
    """The article as a corpus YAML file (with the proposed registry entries as a comment).

    The YAML is natoiraq.io.yamlwrite's canonical style, so `natoiraq fmt --check` passes on it
    as written.
    """
    text = dump_article(article)
    if proposed:
        lines = ["", "# Proposed registry entries (names the registry lacks; add or fix them):"]
        for entity in proposed:
            lines.append(f"#   - {{id: {entity.id}, type: {entity.type}, name: {entity.name}}}")
        text += "\n".join(lines) + "\n"
    return text


def article_json(article: Article) -> str:
    """The same structure as the YAML file, as indented JSON."""
    return json.dumps(article_data(article, mode="json"), indent=2, ensure_ascii=False) + "\n"
