"""Reading one corpus file into a model: safe YAML (with positions) -> pydantic, no rules applied.

What goes wrong is raised with what the validator needs to report it: the YamlIssue itself, or
the parsed file with pydantic's ValidationError, whose locations the validator maps to lines.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from natoiraq.corpus.layout import repository_root
from natoiraq.errors import NatoiraqError
from natoiraq.io.files import OutsideRoot, confined, file_kind
from natoiraq.io.yamlread import Loaded, YamlIssue, load_yaml

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

    Raises YamlIssue (unreadable or unsafe YAML, a file that is not regular or leads outside
    the repository), NotAMapping or InvalidModel.
    """
    refuse_unsafe_file(path)
    loaded = load_yaml(path)
    if not isinstance(loaded.data, dict):
        raise NotAMapping(path, loaded)
    try:
        return loaded, model.model_validate(loaded.data)
    except ValidationError as exc:
        raise InvalidModel(path, loaded, exc) from None


def refuse_unsafe_file(path: Path) -> None:
    """A YamlIssue (E100) for a corpus file that must not be read, before anything reads it.

    A FIFO blocks its reader forever and /dev/zero never ends (their size says 0), so only a
    regular file is read; a symlink may lead only within the file's repository (as a seed's
    path may), else another file's keys and values would show in the findings (issue 12,
    items 3 and 4). A missing or unreadable file is left to the reader to report.
    """
    try:
        target = confined(path, repository_root(path))
        mode = target.stat().st_mode
    except OutsideRoot:
        raise YamlIssue(
            "E100",
            "leads outside the repository through a symlink; corpus files must lie inside it.",
            hint="copy the file into the corpus instead of linking to it.",
        ) from None
    except OSError:
        return
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise YamlIssue("E100", f"is {file_kind(mode)}, not a regular file.")
