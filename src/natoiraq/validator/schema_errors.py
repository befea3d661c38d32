"""Stage 5: pydantic's schema errors -> findings with a rule code, a line and a hint."""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from natoiraq.io.yamlread import Path_
from natoiraq.validator.findings import CheckedFile, quoted, shown_value, suggest

#: pydantic error types -> rule codes (see natoiraq.rules); anything else is a wrong type.
_TYPE_CODES = {
    "missing": "E201",
    "union_tag_not_found": "E201",
    "extra_forbidden": "E202",
    "literal_error": "E204",
    "string_pattern_mismatch": "E204",
    "union_tag_invalid": "E204",
    "greater_than_equal": "E205",
    "string_too_short": "E205",
    "string_too_long": "E205",
    "too_short": "E205",
    "timezone": "E206",
    "date_order": "E501",
    "count_order": "E502",
    "span_order": "E503",
    "reference_value": "E504",
    "date_unresolved": "E505",
    "published_basis": "E505",
}


def _normalise_loc(data: Any, loc: Sequence[str | int]) -> Path_:
    """Drop the union tags pydantic puts in a location (`claims.0.date.value` -> claims.0.value)."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str) and part not in node:
            if node.get("kind") == part:
                continue
            path.append(part)
            node = None
            continue
        path.append(part)
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            node = None
    return tuple(path)


def _unwrap(annotation: Any) -> list[Any]:
    """The model classes an annotation can hold (through Optional, list, Annotated, unions)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (list, typing.Union, types.UnionType):
        found: list[Any] = []
        for arg in typing.get_args(annotation):
            found.extend(_unwrap(arg))
        return found
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def _pick(candidates: list[Any], node: Any) -> type[BaseModel] | None:
    """The candidate model for `node`: the only one, or the one whose `kind` tag it carries."""
    if len(candidates) == 1:
        return candidates[0]  # type: ignore[no-any-return]
    for candidate in candidates:
        kind_field = candidate.model_fields.get("kind")
        if (
            kind_field is not None
            and isinstance(node, dict)
            and node.get("kind") in typing.get_args(kind_field.annotation)
        ):
            return candidate  # type: ignore[no-any-return]
    return None


def _model_at(root: type[BaseModel], data: Any, path: Path_) -> type[BaseModel] | None:
    """The model class that validates the mapping at `path` (for "did you mean" hints)."""
    candidates: list[Any] = [root]
    node = data
    for part in path:
        if isinstance(part, int):
            node = node[part] if isinstance(node, list) and part < len(node) else None
            continue
        model = _pick(candidates, node)
        if model is None or part not in model.model_fields:
            return None
        candidates = _unwrap(model.model_fields[part].annotation)
        node = node.get(part) if isinstance(node, dict) else None
    return _pick(candidates, node)


#: pydantic type errors -> what the value should have been, in an annotator's words.
_EXPECTED = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "string_type": "text",
    "dict_type": "a mapping (key: value lines)",
    "model_type": "a mapping (key: value lines)",
    "model_attributes_type": "a mapping (key: value lines)",
    "list_type": "a list",
    "date_type": "a date such as 2020-01-06",
    "date_parsing": "a date such as 2020-01-06",
    "date_from_datetime_parsing": "a date such as 2020-01-06",
    "date_from_datetime_inexact": "a date such as 2020-01-06",
    "datetime_type": "a time with its UTC offset, such as 2020-01-03T01:00:00+03:00",
    "datetime_parsing": "a time with its UTC offset, such as 2020-01-03T01:00:00+03:00",
    "datetime_from_date_parsing": "a time with its UTC offset, such as 2020-01-03T01:00:00+03:00",
}

CLAIM_KIND_LIST = "date, count, quote, decision"


def schema_findings(file: CheckedFile, root: type[BaseModel], exc: ValidationError) -> None:
    data = file.loaded.data
    for error in exc.errors(include_url=False):
        kind = error["type"]
        code = _TYPE_CODES.get(kind, "E203")
        path = _normalise_loc(data, error["loc"])
        field = str(path[-1]) if path else "document"
        value = error.get("input")
        ctx = error.get("ctx", {})
        if kind == "missing":
            file.add(code, f"missing required key '{field}'.", path[:-1])
        elif kind == "union_tag_not_found":
            file.add(code, "missing required key 'kind'.", path, hint=f"one of: {CLAIM_KIND_LIST}.")
        elif kind == "extra_forbidden":
            model = _model_at(root, data, path[:-1])
            hint = suggest(field, model.model_fields) if model else ""
            file.add(code, f"unknown key '{field}'.", path, key=True, hint=hint)
        elif kind in ("union_tag_invalid", "literal_error"):
            got = str(ctx.get("tag", value))
            raw = str(ctx.get("expected_tags", ctx.get("expected", "")))
            allowed = [e.strip(" '") for e in raw.replace(" or ", ", ").split(",")]
            at = (*path, "kind") if kind == "union_tag_invalid" else path
            choice = suggest(got, allowed)
            file.add(
                code,
                f"{at[-1]} {quoted(got)} is not allowed.",
                at,
                hint=f"{choice + ' ' if choice else ''}Allowed: {', '.join(allowed)}.",
            )
        elif kind == "string_pattern_mismatch":
            file.add(
                code,
                f"{quoted(str(value))} does not have the required form.",
                path,
                hint=_pattern_hint(field),
            )
        elif kind == "greater_than_equal":
            file.add(code, f"must be at least {ctx.get('ge')}, got {shown_value(value)}.", path)
        elif kind in ("string_too_short", "too_short"):
            file.add(code, f"must not be empty, got {shown_value(value)}.", path)
        elif code.startswith("E5") or code == "E206":
            at = (*path, ctx["at"]) if "at" in ctx and isinstance(data, dict) else path
            file.add(code, error["msg"].rstrip(".") + ".", at)
        elif kind in _EXPECTED:
            hint = ""
            if kind == "string_type" and isinstance(value, int | float | bool):
                hint = "quote it ('...') if it is meant as text."
            expected = f"expected {_EXPECTED[kind]}, got {shown_value(value)}."
            file.add(code, expected, path, hint=hint)
        else:
            file.add(code, f"{error['msg'].rstrip('.')}, got {shown_value(value)}.", path)


def _pattern_hint(field: str) -> str:
    if field == "sha256":
        return "64 lowercase hex digits, as `sha256sum` prints them."
    if field in ("language", "translated_from"):
        return "an ISO 639 code such as en, es, ar."
    if field == "source":
        return "an http(s) URL."
    return "ids are lowercase slugs: letters, digits and hyphens, e.g. strike-date."


