"""`natoiraq validate`: check corpus files and print every finding."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from natoiraq.cli import (
    CONTEXT,
    DEFAULT_CORPUS,
    EXIT_CLEAN,
    EXIT_FINDINGS,
    JOBS_OPTION,
    ROOT_OPTION,
    cli,
    jobs_count,
    progress_bar,
    require_corpus,
)
from natoiraq.parallel import mapper
from natoiraq.report.diagnostics import FORMATS as FINDING_FORMATS
from natoiraq.report.diagnostics import render_findings
from natoiraq.text import visible
from natoiraq.validator import validate_paths


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FINDING_FORMATS), default="text",
              show_default=True, help="How to print findings.")
@ROOT_OPTION
@click.option("--strict", is_flag=True, help="Warnings count as findings (exit 1).")
@JOBS_OPTION
def validate(paths: tuple[Path, ...], fmt: str, root: Path | None, strict: bool,
             jobs: int | None) -> None:
    """Check corpus files: YAML, schema, seeds, spans and registry ids.

    With no PATH, checks ./corpus against ./seeds. A PATH is a corpus folder or a single
    registry, reference or article file. Every finding is printed as
    file:line:col: severity CODE where: message; `natoiraq rules` explains each code.

    \b
    Examples:
      natoiraq validate
      natoiraq validate corpus/articles/001-dod-news.yaml
      natoiraq validate --format github
      natoiraq validate --format sarif > natoiraq.sarif
      natoiraq validate --jobs 1
    """
    if not paths:
        require_corpus()
    targets = list(paths) or [DEFAULT_CORPUS]
    missing = [visible(str(p)) for p in targets if not p.exists()]
    if missing:
        raise click.UsageError(f"no such file or folder: {visible(', '.join(missing))}.")
    with progress_bar("validate") as progress:
        result = validate_paths(targets, root, mapper=mapper(jobs_count(jobs), progress),
                                keep_records=False)
    click.echo(render_findings(result.findings, fmt), nl=False)
    errors = len(result.errors)
    warnings = len(result.findings) - errors
    checked = visible(", ".join(str(p) for p in targets))
    click.echo(_summary(errors, warnings, checked), err=True)
    failed = errors or (strict and warnings)
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


def _summary(findings_count: int, warnings: int, files: str) -> str:
    parts = []
    if findings_count:
        parts.append(f"{findings_count} error{'s' if findings_count != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return f"{', '.join(parts) or 'no findings'} in {files}."
