"""`natoiraq rules`: the rule catalogue, every code with its explanation."""

from __future__ import annotations

import sys

import click

from natoiraq.cli import CONTEXT, EXIT_CLEAN, cli
from natoiraq.report.rules import FORMATS as RULE_FORMATS
from natoiraq.report.rules import render_rules
from natoiraq.rules import RULES


@cli.command(context_settings=CONTEXT)
@click.argument("codes", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(RULE_FORMATS), default="text",
              show_default=True)
def rules(codes: tuple[str, ...], fmt: str) -> None:
    """List every rule code the validator uses, with its explanation.

    \b
    Examples:
      natoiraq rules
      natoiraq rules E310 W601
    """
    unknown = [c for c in codes if c.upper() not in RULES]
    if unknown:
        raise click.UsageError(f"unknown rule code: {', '.join(unknown)}.")
    chosen = [RULES[c.upper()] for c in codes] if codes else list(RULES.values())
    click.echo(render_rules(chosen, fmt), nl=False)
    sys.exit(EXIT_CLEAN)
