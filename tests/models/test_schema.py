"""The committed JSON Schemas are the models' current schemas (corpus files' and reports'); the
corpus files' are draft-07 shaped."""

from __future__ import annotations

import json

import pytest

from natoiraq.models.schema import DRAFT_07, SCHEMAS, build_schema, schema_text
from natoiraq.report.schemas import schema_files
from tests.conftest import REPO

#: Every schema file `natoiraq schema` writes: name -> text.
FILES = schema_files()


@pytest.mark.parametrize("name", sorted(FILES))
def test_committed_schema_is_not_stale(name: str) -> None:
    committed = (REPO / "schema" / name).read_text(encoding="utf-8")
    assert committed == FILES[name], "schema is stale: run `natoiraq schema` and commit"


def test_every_schema_file_is_written_by_natoiraq_schema() -> None:
    committed = sorted(p.name for p in (REPO / "schema").glob("*.schema.json"))
    assert committed == sorted(FILES)


@pytest.mark.parametrize("stem", sorted(SCHEMAS))
def test_corpus_schemas_are_written_as_schema_text_gives_them(stem: str) -> None:
    assert FILES[f"{stem}.schema.json"] == schema_text(stem)


@pytest.mark.parametrize("stem", sorted(SCHEMAS))
def test_schema_has_draft07_header_and_no_2020_defs(stem: str) -> None:
    schema = build_schema(stem)
    assert schema["$schema"] == DRAFT_07
    assert schema["$id"] == f"urn:natoiraq:schema:{stem}:1"
    assert schema["title"]
    assert "$defs" not in json.dumps(schema)
    assert schema["additionalProperties"] is False


def test_every_corpus_file_names_its_schema_on_the_first_line() -> None:
    corpus = REPO / "corpus"
    files = [corpus / "registry.yaml", corpus / "reference.yaml",
             *sorted((corpus / "articles").glob("*.yaml"))]
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        stem = path.stem if path.parent == corpus else "article"
        depth = "../" * (len(path.relative_to(REPO).parts) - 1)
        assert first == f"# yaml-language-server: $schema={depth}schema/{stem}.schema.json", path
