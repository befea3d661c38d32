"""Reading one corpus file into a model: safe YAML (with positions) -> pydantic, no rules applied.

What goes wrong is raised with what the validator needs to report it: the YamlIssue itself, or
the parsed file with pydantic's ValidationError, whose locations the validator maps to lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from natoiraq.errors import NatoiraqError
from natoiraq.io.yamlread import Loaded, load_yaml

M = TypeVar("M", bound=BaseModel)


class NotAMapping(NatoiraqError):
    """A YAML file whose document is not a mapping of keys to values."""

    def __init__(self, path: Path, loaded: Loaded) -> None:
        super().__init__(f"{path}: the document is not a mapping of keys to values.")
        self.loaded = loaded


class InvalidModel(NatoiraqError):
    """A YAML file that does not fit its model; `error` is pydantic's, `loaded` has positions."""

    def __init__(self, path: Path, loaded: Loaded, error: ValidationError) -> None:
        super().__init__(f"{path}: {error.error_count()} schema error(s).")
        self.loaded = loaded
        self.error = error


def read_model(path: Path, model: type[M]) -> tuple[Loaded, M]:
    """The file's data (with positions) and its model.

    Raises YamlIssue (unreadable or unsafe YAML), NotAMapping or InvalidModel.
    """
    loaded = load_yaml(path)
    if not isinstance(loaded.data, dict):
        raise NotAMapping(path, loaded)
    try:
        return loaded, model.model_validate(loaded.data)
    except ValidationError as exc:
        raise InvalidModel(path, loaded, exc) from None
