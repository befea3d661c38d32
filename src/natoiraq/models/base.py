"""Corpus data model (base): the shared model class, ids, offsets and time zones (pydantic v2)."""

from __future__ import annotations

import functools
import re
import zoneinfo
from typing import Annotated, Any, TypeVar, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt, StringConstraints
from pydantic_core import PydanticCustomError

SCHEMA_VERSION = 1

M = TypeVar("M", bound=BaseModel)

#: Ids are lowercase slugs so they read well in breadcrumbs, file names and URLs.
ID_PATTERN = r"^[a-z0-9][a-z0-9-]*[a-z0-9]$|^[a-z0-9]$"
ID_RE = re.compile(ID_PATTERN)

Slug = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80)]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]
Offset = Annotated[StrictInt, Field(ge=0)]
#: A count: a whole number (500.0 or "500" is a mistake, not a count).
Whole = Annotated[StrictInt, Field(ge=0)]


def _known_zone(name: str) -> str:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise PydanticCustomError(
            "timezone",
            "unknown time zone '{name}'; use an IANA name such as Europe/Brussels",
            {"name": name},
        ) from None
    return name


#: An IANA time-zone name, checked against the zone database.
TimeZone = Annotated[str, AfterValidator(_known_zone)]


def order_error(error_type: str, message: str, at: str, **context: object) -> PydanticCustomError:
    """A model-level error: the validator maps `error_type` to a rule code and points at `at`."""
    return PydanticCustomError(error_type, message, {"at": at, **context})


class Model(BaseModel):
    """Base of every corpus model: unknown keys are errors.

    Numbers and booleans are strict (`verbatim: "off"` or `start: "155"` is an error, not a
    coercion); dates are parsed from their ISO text, since YAML gives them to us as text.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)


def trusted(cls: type[M], fields: dict[str, Any]) -> M:
    """An instance of `cls` holding `fields` as they are, unvalidated: for data this code
    validated before and kept (the corpus cache's claim index, issue 15), every field given.

    Why not `model_construct`: it looks up defaults and aliases field by field, 2.4 us a model;
    check builds 144,000 claims of a story told 10,000 times, and this takes a third of that.
    """
    model = _new(cls)
    _set(model, "__dict__", fields)
    _set(model, "__pydantic_fields_set__", _field_names(cls))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


_new = object.__new__
_set = object.__setattr__


@functools.cache
def _field_names(cls: type[BaseModel]) -> set[str]:
    """Every field of a model class: the set its `trusted` instances share (never changed:
    the models are frozen, and model_copy copies it first)."""
    return set(cls.model_fields)


#: Per model class, the distinct sets of field names its instances were given: see
#: share_fields.
_SHARED_FIELDS: dict[type[BaseModel], list[set[str]]] = {}


def share_fields(model: BaseModel) -> None:
    """Let a frozen model and every model in it share their sets of set field names.

    Why: pydantic gives each instance its own set of the field names it was given (about
    700 bytes for a claim's eight names); an article of 20 claims holds about a hundred models,
    so these sets were half of the 750 MB that 10,000 loaded articles took (issue 15). A frozen
    model never changes its set (model_copy copies it first), so instances with the same names
    can share one. Models sent from a worker process keep sharing: pickle writes an object
    shared within one batch once.
    """
    stack = [model]
    while stack:
        current = stack.pop()
        cls = type(current)
        if cls.model_config.get("frozen"):
            names = current.__pydantic_fields_set__
            # A class's instances are given a few distinct sets of names (optional fields
            # left out or not): found by comparing with each, not by hashing a copy.
            known = _SHARED_FIELDS.setdefault(cls, [])
            for shared in known:
                if shared == names:
                    if shared is not names:
                        object.__setattr__(current, "__pydantic_fields_set__", shared)
                    break
            else:
                known.append(names)
        fields = current.__dict__
        # Only the fields whose type can hold a model are looked into: a claim's text, ids
        # and offsets never do, and testing each was most of this walk (issue 15).
        for name in _model_fields(cls):
            value = fields.get(name)
            if isinstance(value, BaseModel):
                stack.append(value)
            elif isinstance(value, list | tuple):
                stack.extend(item for item in value if isinstance(item, BaseModel))


@functools.cache
def _model_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model class whose annotation can hold a model (in a list or tuple too)."""
    return tuple(
        name for name, info in cls.model_fields.items() if _may_hold_model(info.annotation)
    )


def _may_hold_model(annotation: object) -> bool:
    if annotation is Any or annotation is object:
        return True  # anything, a model included
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_may_hold_model(arg) for arg in get_args(annotation))
