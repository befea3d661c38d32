"""JSON Schemas of the corpus files, generated from the models (for editors and other tools)."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from natoiraq.models import SCHEMA_VERSION, Article, Reference, Registry

#: file stem -> (model, title). Files are written to schema/<stem>.schema.json.
SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "article": (Article, "natoiraq article: one seed's metadata, boilerplate and claims"),
    "registry": (Registry, "natoiraq registry: entities, events, quantities and topics"),
    "reference": (Reference, "natoiraq reference facts, each with its source"),
}

DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def build_schema(stem: str) -> dict[str, Any]:
    """A draft-07 schema: pydantic's output with `$defs` moved to draft-07's `definitions`."""
    model, title = SCHEMAS[stem]
    generated = model.model_json_schema(ref_template="#/definitions/{model}")
    schema: dict[str, Any] = {
        "$schema": DRAFT_07,
        "$id": f"urn:natoiraq:schema:{stem}:{SCHEMA_VERSION}",
        "title": title,
    }
    definitions = generated.pop("$defs", {})
    generated.pop("title", None)
    schema.update(generated)
    if definitions:
        schema["definitions"] = definitions
    return schema


def schema_text(stem: str) -> str:
    """The schema file's exact text (stable key order, trailing newline)."""
    return json.dumps(build_schema(stem), indent=2, ensure_ascii=False) + "\n"
