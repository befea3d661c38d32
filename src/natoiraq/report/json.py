"""Report JSON, version 1 (DESIGN.md): what other tools and the tests read."""

from __future__ import annotations

import json

from natoiraq.reconcile import Report


def render_json(report: Report) -> str:
    """Indented, key order as in DESIGN.md, UTF-8 text kept as is, one final newline."""
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n"
