"""Command line: a click group; each command parses, calls one library function, renders, exits.

Exit codes (every command): 0 clean; 1 findings (validation errors; conflicts only where
--fail-on asks); 2 usage, configuration or I/O error; 3 internal error (a bug in natoiraq).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from natoiraq import __version__
from natoiraq.diagnostics import FORMATS as FINDING_FORMATS
from natoiraq.diagnostics import render_findings
from natoiraq.errors import InternalError, NatoiraqError
from natoiraq.rules import RULES
from natoiraq.schema import SCHEMAS, schema_text
from natoiraq.validate import validate_paths
from natoiraq.yamlio import atomic_write

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
DEFAULT_CORPUS = Path("corpus")
ISSUES_HINT = "This is a bug in natoiraq: please report it with the command you ran."

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Cli(click.Group):
    """Maps exceptions to exit codes: user errors 2, bugs 3 (short message, no traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except NatoiraqError as exc:
            click.echo(f"natoiraq: error: {exc}", err=True)
            ctx.exit(EXIT_USAGE)
        except Exception as exc:  # the one place that turns any bug into exit 3
            if os.environ.get("NATOIRAQ_DEBUG"):
                raise
            kind = "internal error" if not isinstance(exc, InternalError) else "error"
            click.echo(f"natoiraq: {kind}: {type(exc).__name__}: {exc}", err=True)
            click.echo(f"{ISSUES_HINT} Set NATOIRAQ_DEBUG=1 to see the traceback.", err=True)
            ctx.exit(EXIT_INTERNAL)


@click.group(cls=_Cli, context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="natoiraq")
def cli() -> None:
    """Check news stories about NATO's Iraq mission (Jan-Feb 2020) against their sources.

    Run from the repository root, commands use ./corpus and ./seeds.

    \b
    Exit codes:
      0  clean
      1  findings (validation errors; conflicts only where --fail-on asks)
      2  usage, configuration or I/O error
      3  internal error (a bug in natoiraq)
    """


def _summary(findings_count: int, warnings: int, files: str) -> str:
    parts = []
    if findings_count:
        parts.append(f"{findings_count} error{'s' if findings_count != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return f"{', '.join(parts) or 'no findings'} in {files}."


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FINDING_FORMATS), default="text",
              show_default=True, help="How to print findings.")
@click.option("--root", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Repository root that seed paths are relative to [default: the folder "
              "holding the corpus folder].")
@click.option("--strict", is_flag=True, help="Warnings count as findings (exit 1).")
def validate(paths: tuple[Path, ...], fmt: str, root: Path | None, strict: bool) -> None:
    """Check corpus files: YAML, schema, seeds, spans and registry ids.

    With no PATH, checks ./corpus against ./seeds. A PATH is a corpus folder or a single
    registry, reference or article file. Every finding is printed as
    file:line:col: severity CODE where: message; `natoiraq rules` explains each code.

    \b
    Examples:
      natoiraq validate
      natoiraq validate corpus/articles/001-dod-news.yaml
      natoiraq validate --format github
    """
    targets = list(paths) or [DEFAULT_CORPUS]
    missing = [str(p) for p in targets if not p.exists()]
    if missing:
        hint = " Run it from the repository root or name a corpus folder." if not paths else ""
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}.{hint}")
    result = validate_paths(targets, root)
    click.echo(render_findings(result.findings, fmt), nl=False)
    errors = len(result.errors)
    warnings = len(result.findings) - errors
    checked = ", ".join(str(p) for p in targets)
    click.echo(_summary(errors, warnings, checked), err=True)
    failed = errors or (strict and warnings)
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


@cli.command(context_settings=CONTEXT)
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=Path("schema"),
              show_default=True, help="Folder to write <name>.schema.json into.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a file is missing or stale.")
def schema(out: Path, check: bool) -> None:
    """Write the JSON Schemas of the corpus files, generated from the models.

    Corpus files name them in their first line
    (`# yaml-language-server: $schema=../../schema/article.schema.json`), so an editor's
    YAML plugin completes and checks them while you type.

    \b
    Examples:
      natoiraq schema
      natoiraq schema --check
    """
    stale = []
    for stem in SCHEMAS:
        path = out / f"{stem}.schema.json"
        text = schema_text(stem)
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        stale.append(path)
        if not check:
            with atomic_write(path) as handle:
                handle.write(text)
            click.echo(f"wrote {path}", err=True)
    if check and stale:
        for path in stale:
            click.echo(f"{path}: stale or missing; run `natoiraq schema`.", err=True)
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)


@cli.command(context_settings=CONTEXT)
@click.argument("codes", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text",
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
    for rule in chosen:
        if fmt == "markdown":
            click.echo(f"- **{rule.code}** ({rule.severity}) {rule.title}: {rule.explanation}")
        else:
            click.echo(f"{rule.code}  {rule.severity:<7}  {rule.title}\n    {rule.explanation}\n")
    sys.exit(EXIT_CLEAN)


# Commands of the later stages are added below this line.


def main() -> None:
    """Console entry point (`natoiraq`)."""
    cli(prog_name="natoiraq")
