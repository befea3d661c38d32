"""Render validation findings as a SARIF 2.1.0 log, for GitHub code scanning and other tools.

The format is OASIS's Static Analysis Results Interchange Format 2.1.0 (with Errata 01):
https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html. What is emitted, and why:
- one run; its driver lists the whole rule catalogue (natoiraq.rules), in the order `natoiraq
  rules` prints it, so `ruleIndex` means the same whatever was found;
- a result per finding, in the order given (the validator sorts them as the text format prints
  them), with the finding's rule, level, message and file:line:col;
- columns are code points, as in every other format (STYLE.md): `columnKind` says so rather
  than converting to SARIF's default UTF-16 units, which would need the line's text (a finding
  carries only its line and column) and would make the same finding's column differ between
  formats. The two differ only after a character beyond U+FFFF on the same line;
- paths become URI references: relative ones (the usual case, relative to the folder validate
  ran in: the repository root in CI) under the base id %SRCROOT%, which GitHub resolves against
  the checkout, percent-encoded from the file name's bytes; an absolute path is a file: URI
  with no base id (a base id is allowed only on a relative reference, §3.4.4);
- the output is ASCII (`\\uXXXX` escapes): it cannot depend on the encoding of stdout, and a
  file name that is not UTF-8 cannot make the log unreadable. Same findings, same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from natoiraq import __version__
from natoiraq.errors import Finding, InternalError, Severity
from natoiraq.report.diagnostics import message_text
from natoiraq.rules import RULES, Rule

SARIF_VERSION = "2.1.0"
#: The OASIS schema of SARIF 2.1.0 with Errata 01 (its own `id`).
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
#: The tool's home in the log (`tool.driver.informationUri`). The project states no home page
#: of its own yet (pyproject has no [project.urls]): this is where `pip install natoiraq`
#: describes the package. Change it here when the project gets one.
INFORMATION_URI = "https://pypi.org/project/natoiraq/"
#: The base id of relative paths: the folder `natoiraq validate` ran in (CodeQL's name for a
#: checkout's root; GitHub reads relative paths as relative to the repository root).
SRCROOT = "%SRCROOT%"
#: Our severities -> SARIF levels (result.level, §3.27.10: error, warning, note, none). The
#: one table: rules' default levels and results' levels both come from it.
LEVELS: Mapping[Severity, str] = {"error": "error", "warning": "warning"}


def sarif_level(severity: Severity) -> str:
    """The SARIF level of one of our severities."""
    return LEVELS[severity]


def rule_name(rule: Rule) -> str:
    """The rule's title as one Pascal-case word ("file cannot be read" -> "FileCannotBeRead"):
    a reportingDescriptor's `name` is the friendly name beside the opaque id (§3.49.7), one
    Pascal-case word as SARIF's own validator recommends (sarif-sdk rule SARIF2012); GitHub
    filters alerts by it."""
    words = "".join(ch if ch.isalnum() else " " for ch in rule.title).split()
    return "".join(word[:1].upper() + word[1:] for word in words)


def artifact_location(path: str) -> dict[str, str]:
    """A finding's path as a SARIF artifactLocation: a percent-encoded URI reference (forward
    slashes; the bytes of a name that is not UTF-8 encoded as they are on disk)."""
    if PurePath(path).is_absolute():  # a file outside the folder validate ran in
        return {"uri": PurePath(path).as_uri()}
    # Everything but letters, digits, -._~ and / escaped: a ':' in the first segment would
    # read as a scheme, '#' and '?' as a fragment and a query.
    return {"uri": quote(path, safe="/", errors="surrogateescape"), "uriBaseId": SRCROOT}


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule_name(rule),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.explanation},
        "help": {"text": rule.explanation},
        "defaultConfiguration": {"level": sarif_level(rule.severity)},
    }


def _region(finding: Finding) -> dict[str, int]:
    # Every finding the validator makes has a line (a file it cannot read is 1:1); one without
    # (0) points at the whole file: SARIF has no line 0.
    if finding.line < 1:
        return {}
    region = {"startLine": finding.line}
    if finding.col >= 1:
        region["startColumn"] = finding.col
    return region


def _result(finding: Finding, index: Mapping[str, int]) -> dict[str, Any]:
    rule_index = index.get(finding.code)
    if rule_index is None:
        raise InternalError(f"finding code {finding.code} is not in the rule catalogue")
    physical: dict[str, Any] = {"artifactLocation": artifact_location(finding.path)}
    region = _region(finding)
    if region:
        physical["region"] = region
    return {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": sarif_level(finding.severity),
        "message": {"text": message_text(finding)},
        "locations": [{"physicalLocation": physical}],
    }


def sarif_log(findings: Sequence[Finding]) -> dict[str, Any]:
    """The SARIF log of `findings` as a JSON-ready dict."""
    rules = list(RULES.values())
    index = {rule.code: i for i, rule in enumerate(rules)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "natoiraq",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(rule) for rule in rules],
                    }
                },
                "originalUriBaseIds": {
                    # No `uri`: the absolute folder differs per machine and the log must not
                    # (§3.14.14 allows a base id whose root the producer does not state).
                    SRCROOT: {"description": {"text": "The folder natoiraq validate ran in "
                                              "(the repository root)."}},
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, index) for f in findings],
            }
        ],
    }


def render_sarif(findings: Sequence[Finding]) -> str:
    """The SARIF log as JSON text, ASCII only, one final newline."""
    return json.dumps(sarif_log(findings), indent=2, ensure_ascii=True) + "\n"
