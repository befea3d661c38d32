"""Stage 3 (output): a draft article as corpus YAML (ruamel round-trip) or as JSON text.

The YAML matches a hand-written corpus file: the schema comment first, keys in the models'
order with `id` and `kind` first in each claim, dates as plain `2020-01-06`, no anchors.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from natoiraq.models import Article, Entity

SCHEMA_COMMENT = "# yaml-language-server: $schema=../../schema/article.schema.json\n"
#: Keys shown first in each claim, the rest follow in the model's order.
CLAIM_KEY_ORDER = ("id", "kind", "topic", "status", "evidence", "value", "attribution")


def _plain(value: Any) -> Any:
    """Round-trip containers for ruamel; dates stay date objects so they print unquoted."""
    if isinstance(value, dict):
        mapping = CommentedMap()
        first = [k for k in CLAIM_KEY_ORDER if k in value] if "kind" in value else []
        for key in [*first, *(k for k in value if k not in first)]:
            mapping[key] = _plain(value[key])
        return mapping
    if isinstance(value, list):
        return CommentedSeq(_plain(v) for v in value)
    return value


def _data(article: Article) -> dict[str, Any]:
    return article.model_dump(mode="python", exclude_none=True)


def article_yaml(article: Article, proposed: list[Entity] | None = None) -> str:
    """The article as a corpus YAML file (with the proposed registry entries as a comment)."""
    yaml = YAML(typ="rt", pure=True)
    yaml.representer.ignore_aliases = lambda *_: True
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    yaml.dump(_plain(_data(article)), buffer)
    text = SCHEMA_COMMENT + buffer.getvalue()
    if proposed:
        lines = ["", "# Proposed registry entries (names the registry lacks; add or fix them):"]
        for entity in proposed:
            lines.append(f"#   - {{id: {entity.id}, type: {entity.type}, name: {entity.name}}}")
        text += "\n".join(lines) + "\n"
    return text


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def article_json(article: Article) -> str:
    """The same structure as the YAML file, as indented JSON."""
    return json.dumps(_data(article), indent=2, ensure_ascii=False, default=_json_default) + "\n"
