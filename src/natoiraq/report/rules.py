"""Render the rule catalogue (`natoiraq rules`) as text or a Markdown list."""

from __future__ import annotations

from collections.abc import Iterable

from natoiraq.rules import Rule

FORMATS = ("text", "markdown")


def render_rules(rules: Iterable[Rule], fmt: str) -> str:
    """Each rule with its severity, title and explanation."""
    out = []
    for rule in rules:
        if fmt == "markdown":
            out.append(f"- **{rule.code}** ({rule.severity}) {rule.title}: {rule.explanation}\n")
        else:
            out.append(f"{rule.code}  {rule.severity:<7}  {rule.title}\n    {rule.explanation}\n\n")
    return "".join(out)
