"""JSON Schemas generated from models: the corpus files' (for editors) and the builder the
report schemas use (natoiraq.report.schemas lists those)."""

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
#: The report schemas' dialect: what pydantic writes (`$defs`), and what jsonschema's
#: Draft202012Validator checks. The corpus schemas stay draft-07 for YAML editor plugins.
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"


def schema_id(stem: str, version: int) -> str:
    """The `$id` of a schema file: a URN naming the file and the version it describes."""
    return f"urn:natoiraq:schema:{stem}:{version}"


def build_schema(stem: str) -> dict[str, Any]:
    """A draft-07 schema: pydantic's output with `$defs` moved to draft-07's `definitions`."""
    model, title = SCHEMAS[stem]
    generated = model.model_json_schema(ref_template="#/definitions/{model}")
    schema: dict[str, Any] = {
        "$schema": DRAFT_07,
        "$id": schema_id(stem, SCHEMA_VERSION),
        "title": title,
    }
    definitions = generated.pop("$defs", {})
    generated.pop("title", None)
    schema.update(generated)
    if definitions:
        schema["definitions"] = definitions
    return schema


def build_2020_12(stem: str, model: type[BaseModel], title: str, version: int) -> dict[str, Any]:
    """A Draft 2020-12 schema of `model`: its header, then pydantic's output as it is."""
    generated = model.model_json_schema(mode="validation")
    generated.pop("title", None)
    header = {"$schema": DRAFT_2020_12, "$id": schema_id(stem, version), "title": title}
    return header | generated


def json_text(schema: dict[str, Any]) -> str:
    """A schema file's exact text (stable key order, trailing newline)."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def schema_text(stem: str) -> str:
    """The corpus schema file's exact text."""
    return json_text(build_schema(stem))
