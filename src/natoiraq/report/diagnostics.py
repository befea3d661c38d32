"""Render validation findings: gcc-style text, JSON, GitHub workflow annotations or SARIF."""

from __future__ import annotations

import json
from collections.abc import Sequence

from natoiraq.errors import Finding
from natoiraq.text import visible

FORMATS = ("text", "json", "github", "sarif")


def _github_escape(text: str, *, prop: bool = False) -> str:
    # Controls shown as the text format shows them (issue 12, item 11): ESC cannot colour or
    # hide the log, and a YAML key's newline is `\n` in both formats, not a second line in the
    # annotation. Workflow commands need %, CR and LF escaped (visible() leaves no CR or LF;
    # the rule stays with the format); properties also , and :.
    text = visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(",", "%2C").replace(":", "%3A")
    return text


def message_text(finding: Finding) -> str:
    """What a finding says, without its place: `where: message Hint: hint` (as the text line
    ends). The annotation and SARIF formats show it beside their own location fields."""
    where = f"{finding.where}: " if finding.where else ""
    hint = f" Hint: {finding.hint}" if finding.hint else ""
    return f"{where}{finding.message}{hint}"


def render_findings(findings: Sequence[Finding], fmt: str) -> str:
    """All findings in one format; "" for text when there are none. Text and GitHub show
    control characters as escapes (text.visible); JSON and SARIF keep every string exact."""
    if fmt == "sarif":
        # Imported here: sarif.py builds on this module (message_text).
        from natoiraq.report.sarif import render_sarif

        return render_sarif(findings)
    if fmt == "json":
        payload = {
            "version": 1,
            "findings": [
                {
                    "path": f.path,
                    "line": f.line,
                    "col": f.col,
                    "severity": f.severity,
                    "code": f.code,
                    "where": f.where,
                    "message": f.message,
                    "hint": f.hint,
                }
                for f in findings
            ],
            "counts": {
                "error": sum(f.severity == "error" for f in findings),
                "warning": sum(f.severity == "warning" for f in findings),
            },
        }
        return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    if fmt == "github":
        lines = []
        for f in findings:
            props = ",".join(
                f"{key}={_github_escape(str(value), prop=True)}"
                for key, value in (
                    ("file", f.path), ("line", f.line), ("col", f.col), ("title", f.code)
                )
            )
            lines.append(f"::{f.severity} {props}::{_github_escape(message_text(f))}")
        return "".join(line + "\n" for line in lines)
    # One finding a line, whatever its file name, YAML key or value holds: a key with a newline
    # would otherwise print a second, forged finding line (issue 12, item 11).
    return "".join(visible(f.format()) + "\n" for f in findings)
