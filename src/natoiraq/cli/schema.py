"""`natoiraq schema`: write (or check) the JSON Schemas generated from the models."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from natoiraq.cli import CONTEXT, EXIT_CLEAN, EXIT_FINDINGS, cli
from natoiraq.io.files import write_output
from natoiraq.report.schemas import schema_files
from natoiraq.text import visible


@cli.command(context_settings=CONTEXT)
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=Path("schema"),
              show_default=True, help="Folder to write <name>.schema.json into.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a file is missing or stale.")
def schema(out: Path, check: bool) -> None:
    """Write the JSON Schemas of the corpus files and the JSON reports, generated from the models.

    Corpus files name theirs in their first line
    (`# yaml-language-server: $schema=../../schema/article.schema.json`), so an editor's
    YAML plugin completes and checks them while you type. Each JSON report (reconcile, check,
    eval, eval --check, validate) has one too, <command>-report.schema.json (Draft 2020-12);
    docs/reports.md describes them field by field.

    \b
    Examples:
      natoiraq schema
      natoiraq schema --check
    """
    if str(out) == "-":
        raise click.UsageError("--out names a folder: schema writes one file per schema.")
    stale = []
    for name, text in schema_files().items():
        path = out / name
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        stale.append(path)
        if not check:
            with write_output(path) as handle:
                handle.write(text)
            click.echo(f"wrote {visible(str(path))}", err=True)
    if check and stale:
        for path in stale:
            click.echo(f"{visible(str(path))}: stale or missing; run `natoiraq schema`.", err=True)
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)
