"""Error types: findings a user can act on, user errors (exit 1/2) and internal bugs (exit 3)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Finding:
    """One problem at one place: `path:line:col: severity CODE where: message (hint)`.

    `line` and `col` are 1-based; columns count code points. `path` is as the user should see it
    (repository-relative where the file is inside the repository).
    """

    path: str
    line: int
    col: int
    code: str
    severity: Severity
    message: str
    #: Breadcrumb that names the item by id, e.g. "claims[2] (id=strike-date).evidence".
    where: str = ""
    hint: str = ""

    def format(self) -> str:
        """The gcc-style one-line form used by the text reporter and the tests."""
        where = f"{self.where}: " if self.where else ""
        hint = f" Hint: {self.hint}" if self.hint else ""
        return (
            f"{self.path}:{self.line}:{self.col}: {self.severity} {self.code} "
            f"{where}{self.message}{hint}"
        )


class NatoiraqError(Exception):
    """A problem the user can fix (bad arguments, a missing file): exit code 2."""

    exit_code = 2


class InternalError(Exception):
    """A bug in natoiraq itself: exit code 3."""

    exit_code = 3
