"""The report contract (natoiraq.report.schemas): the schema files' shape, closed sets taken from
the code, drifted output rejected by schema and model alike, and docs/reports.md in step."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError

from natoiraq.checker import CHECK_REASONS, CHECK_VERSION, check_story
from natoiraq.compare.verdicts import CHECK_VERDICTS, FINDING_REASONS, FINDING_VERDICTS
from natoiraq.errors import Finding as Diagnostic
from natoiraq.evaluation import EVAL_VERSION, CheckScore, Evaluation, Item
from natoiraq.io.drafts import read_draft
from natoiraq.models import CLAIM_KINDS
from natoiraq.models.schema import DRAFT_2020_12
from natoiraq.reconciler import FINDING_KINDS
from natoiraq.reconciler.findings import REPORT_VERSION
from natoiraq.report.check import render_check
from natoiraq.report.diagnostics import render_findings
from natoiraq.report.evaluation import check_score_dict, evaluation_json
from natoiraq.report.schemas import REPORT_SCHEMAS, build_report_schema, markdown
from natoiraq.rules import RULES
from natoiraq.validator import load_corpus
from tests.conftest import REPO
from tests.report.test_report_json_schema import assert_valid, cli_json, schema_errors

DOCS = REPO / "docs" / "reports.md"
STEMS = sorted(REPORT_SCHEMAS)


def _schema(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((REPO / "schema" / f"{stem}.schema.json").read_text("utf-8"))
    return data


def _objects(node: Any) -> list[dict[str, Any]]:
    """Every object schema (one with `properties`) in a schema, at any depth."""
    found = []
    if isinstance(node, dict):
        if "properties" in node:
            found.append(node)
        for value in node.values():
            found += _objects(value)
    elif isinstance(node, list):
        for value in node:
            found += _objects(value)
    return found


# --------------------------------------------------------------------------- the schema files


@pytest.mark.parametrize("stem", STEMS)
def test_report_schema_is_draft_2020_12_with_its_header(stem: str) -> None:
    schema = _schema(stem)
    # The check report is at version 2 (issue 15: `sources` became the shown ones), the others 1.
    version = CHECK_VERSION if stem == "check-report" else 1
    assert schema["$schema"] == DRAFT_2020_12
    assert schema["$id"] == f"urn:natoiraq:schema:{stem}:{version}"
    assert schema["title"].startswith("natoiraq report: ")
    assert schema["description"]
    assert schema["properties"]["version"] == {
        "const": version, "description": schema["properties"]["version"]["description"],
        "title": "Version", "type": "integer",
    }  # fmt: skip
    assert "version" in schema["required"]


@pytest.mark.parametrize("stem", STEMS)
def test_every_object_in_a_report_schema_forbids_unknown_keys(stem: str) -> None:
    objects = _objects(_schema(stem))
    assert objects
    assert [o.get("title") for o in objects if o.get("additionalProperties") is not False] == []


@pytest.mark.parametrize(("model", "version"), [
    ("reconcile-report", REPORT_VERSION),
    ("check-report", CHECK_VERSION),
    ("eval-report", EVAL_VERSION),
    ("eval-check-report", EVAL_VERSION),
    ("validate-report", 1),  # report/diagnostics.py writes the literal
])  # fmt: skip
def test_schema_version_is_the_code_s(model: str, version: int) -> None:
    assert REPORT_SCHEMAS[model].version == version


def _enum(schema: dict[str, Any], *path: str) -> set[str]:
    node: Any = schema
    for key in path:
        node = node[key]
    return set(node["enum"])


def test_closed_sets_are_the_code_s() -> None:
    recon, check = _schema("reconcile-report"), _schema("check-report")
    finding = recon["$defs"]["DateFinding"]["properties"]
    assert _enum(finding, "verdict") == set(FINDING_VERDICTS)
    assert _enum(finding, "reasons", "items") == set(FINDING_REASONS)
    mapping = recon["properties"]["findings"]["items"]["discriminator"]["mapping"]
    assert set(mapping) == set(FINDING_KINDS)
    assert recon["properties"]["counts"]["required"] == list(FINDING_VERDICTS)
    claim = check["$defs"]["CheckedDate"]["properties"]
    assert _enum(claim, "verdict") == set(CHECK_VERDICTS)
    assert _enum(claim, "reasons", "items") == set(CHECK_REASONS)
    assert set(check["properties"]["claims"]["items"]["discriminator"]["mapping"]) == set(
        CLAIM_KINDS
    )
    code = _schema("validate-report")["$defs"]["Diagnostic"]["properties"]["code"]
    assert set(code["enum"]) == set(RULES)


def test_build_report_schema_is_what_the_file_holds() -> None:
    assert build_report_schema("check-report") == _schema("check-report")


# --------------------------------------------------------------------------- drift is rejected


@pytest.fixture(scope="module")
def outputs() -> dict[str, dict[str, Any]]:
    """A real output of every report, parsed (the drift cases change a copy)."""
    loaded = load_corpus(REPO / "corpus", REPO)
    assert loaded.corpus is not None
    draft = REPO / "examples" / "draft-story.md"
    evaluation = Evaluation()
    evaluation.misses.append(Item("a", "date", "d1", "Jan. 2", 0, 6, "earliest=2020-01-02",
                                  nearest="earliest=2020-01-03"))  # fmt: skip
    score = CheckScore(
        confusion={("supported", "supported"): 2, ("contested", "missing"): 1},
        wrong=[("c01.md", "Jan. 2", "contested", "missing", "two dates")],
    )
    texts = {
        "reconcile-report": cli_json(["reconcile", "--format", "json"]),
        "check-report": render_check(check_story(read_draft(draft), loaded.corpus,
                                                 story="draft-story.md"), "json"),
        "eval-report": evaluation_json(evaluation),
        "eval-check-report": json.dumps(check_score_dict(score)),
        "validate-report": render_findings(
            [Diagnostic("corpus/x.yaml", 3, 5, "E301", "error", "bad.", "claims[0]")], "json"
        ),
    }  # fmt: skip
    return {stem: assert_valid(stem, text) for stem, text in texts.items()}


def _first(items: list[dict[str, Any]], **match: Any) -> dict[str, Any]:
    return next(i for i in items if all(i.get(k) == v for k, v in match.items()))


Drift = Callable[[dict[str, Any]], None]

#: (report, what drifts): each must be rejected by the schema file and by the model.
DRIFTS: list[tuple[str, str, Drift]] = [
    ("reconcile-report", "an extra top-level key", lambda d: d.update(generated="now")),
    ("reconcile-report", "version 2", lambda d: d.update(version=2)),
    ("reconcile-report", "no version", lambda d: d.pop("version")),
    ("reconcile-report", "an extra key in a finding", lambda d: d["findings"][0].update(score=1)),
    ("reconcile-report", "a wrong verdict",
     lambda d: d["findings"][0].update(verdict="conflicted")),
    ("reconcile-report", "an unknown reason", lambda d: d["findings"][0]["reasons"].append("vibe")),
    ("reconcile-report", "a check-only reason",
     lambda d: d["findings"][0]["reasons"].append("no-source")),
    ("reconcile-report", "an unknown kind", lambda d: d["findings"][0].update(kind="rumour")),
    ("reconcile-report", "a count value under a date finding",
     lambda d: _first(d["findings"], kind="date")["claims"][0].update(
         value={"low": 1, "high": 1, "hedge": "exact", "unit": "troops"})),
    ("reconcile-report", "a count missing from counts", lambda d: d["counts"].pop("agree")),
    ("reconcile-report", "a count of an unknown verdict",
     lambda d: d["counts"].update(refuted=0)),
    ("reconcile-report", "a string offset",
     lambda d: d["findings"][0]["claims"][0].update(start="12")),
    ("reconcile-report", "a negative offset",
     lambda d: d["findings"][0]["claims"][0].update(start=-1)),
    ("reconcile-report", "null for a string",
     lambda d: d["findings"][0].update(explanation=None)),
    ("reconcile-report", "a date not in ISO form",
     lambda d: d["articles"][0].update(published="06/01/2020")),
    ("reconcile-report", "a string for a boolean", lambda d: d.update(include_drafts="no")),
    ("check-report", "a wrong verdict", lambda d: d["claims"][0].update(verdict="refuted")),
    ("check-report", "a quote without its quote status",
     lambda d: _first(d["claims"], kind="quote").pop("quote_status")),
    ("check-report", "a date with a quote status",
     lambda d: _first(d["claims"], kind="date").update(quote_status="verbatim")),
    ("check-report", "an unknown quote status",
     lambda d: _first(d["claims"], kind="quote").update(quote_status="paraphrased")),
    ("check-report", "an extra key in a source",
     lambda d: _first(d["claims"], kind="date")["sources"][0].update(weight=1)),
    ("check-report", "a line 0", lambda d: d["claims"][0].update(line=0)),
    ("check-report", "shown neither a list nor all", lambda d: d.update(shown="some")),
    ("check-report", "an unknown published basis",
     lambda d: d["published"].update(basis="guessed")),
    ("check-report", "an unknown not-checked reason",
     lambda d: d["not_checked"][0].update(reason="boring")),
    ("eval-report", "null where a key is left out",
     lambda d: d["misses"][0].update(nearest=None)),
    ("eval-report", "a kind missing from kinds", lambda d: d["kinds"].pop("quote")),
    ("eval-report", "a share above 1", lambda d: d["kinds"]["date"].update(f1=1.5)),
    ("eval-check-report", "an unknown outcome",
     lambda d: d["confusion"][0].update(found="maybe")),
    ("eval-check-report", "an expected verdict missing",
     lambda d: d["per_verdict"].pop("not-checked")),
    ("validate-report", "an unknown rule code", lambda d: d["findings"][0].update(code="E999")),
    ("validate-report", "an unknown severity",
     lambda d: d["findings"][0].update(severity="info")),
    ("validate-report", "a severity missing from counts", lambda d: d["counts"].pop("warning")),
]  # fmt: skip


@pytest.mark.parametrize(("stem", "drift"), [(s, d) for s, _, d in DRIFTS],
                         ids=[f"{s}: {what}" for s, what, _ in DRIFTS])  # fmt: skip
def test_drifted_output_is_rejected_by_schema_and_model(
    stem: str, drift: Drift, outputs: dict[str, dict[str, Any]]
) -> None:
    data = copy.deepcopy(outputs[stem])
    drift(data)
    text = json.dumps(data, ensure_ascii=False)
    assert schema_errors(stem, text), "the schema file accepts drifted output"
    with pytest.raises(ValidationError):
        REPORT_SCHEMAS[stem].model.model_validate_json(text)


# --------------------------------------------------------------------------- docs/reports.md


GENERATED_RE = re.compile(r"<!-- generated: [^>]*-->\n(.*)<!-- end generated -->", re.S)


def test_docs_show_the_fields_of_the_models(update_golden: bool) -> None:
    text = DOCS.read_text(encoding="utf-8")
    found = GENERATED_RE.search(text)
    assert found is not None, "docs/reports.md lost its generated-section markers"
    if update_golden:
        text = text[: found.start(1)] + markdown() + text[found.end(1) :]
        DOCS.write_text(text, encoding="utf-8")
        found = GENERATED_RE.search(text)
        assert found is not None
    assert found.group(1) == markdown(), (
        "docs/reports.md is stale: run `pytest tests/report/test_report_schemas.py "
        "--update-golden` and read the diff"
    )


@pytest.mark.parametrize("stem", STEMS)
def test_docs_name_every_top_level_field_and_the_schema_file(stem: str) -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert f"schema/{stem}.schema.json" in text
    fields = REPORT_SCHEMAS[stem].model.model_fields
    assert [name for name in fields if f"`{name}`" not in text] == []
