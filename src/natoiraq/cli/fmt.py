"""`natoiraq fmt`: rewrite corpus YAML in the canonical style, or check that it is."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from natoiraq.cli import CONTEXT, EXIT_CLEAN, EXIT_FINDINGS, cli, require_corpus
from natoiraq.corpus import NoSuchPath
from natoiraq.edit.fmt import format_files
from natoiraq.errors import Finding
from natoiraq.report.diagnostics import render_findings
from natoiraq.report.diff import unified_diff
from natoiraq.text import visible


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a file is not formatted.")
@click.option("--diff", "show_diff", is_flag=True, help="With --check: print what would change.")
def fmt(paths: tuple[Path, ...], check: bool, show_diff: bool) -> None:
    """Rewrite corpus YAML in the one canonical style; comments are kept.

    Canonical: block style, two-space indentation, keys in the corpus order, explicit null,
    no line folding, the line ending of the first line. The data never changes and no comment
    is lost (each rewrite is re-read and compared before it replaces the file); a file that
    cannot be rewritten so is reported (file:line:col) and left as it is. With no PATH,
    formats every YAML file under ./corpus.

    Exit codes: 0 done (or, with --check, every file formatted); 1 a file is not formatted
    (--check) or cannot be read or rewritten safely; 2 usage or I/O error; 3 internal error.

    \b
    Examples:
      natoiraq fmt
      natoiraq fmt --check --diff
      natoiraq fmt corpus/articles/001-dod-news.yaml
    """
    if not paths:
        require_corpus()
    try:
        outcomes = format_files(paths, check=check)
    except NoSuchPath as exc:
        raise click.UsageError(str(exc)) from None
    changed = broken = 0
    for done in outcomes:
        if done.issue is not None:
            issue = done.issue
            # As validate prints it (hint, control characters shown as escapes).
            finding = Finding(str(done.path), issue.line, issue.col, issue.code, "error",
                              issue.message, hint=issue.hint)
            click.echo(render_findings([finding], "text"), err=True, nl=False)
            broken += 1
            continue
        if done.status == "unchanged":
            continue
        changed += 1
        if done.status == "unformatted":
            click.echo(f"{visible(str(done.path))}: not formatted; run `natoiraq fmt`.", err=True)
            if show_diff:
                click.echo(unified_diff(done.text, done.formatted, str(done.path)), nl=False)
            continue
        click.echo(f"formatted {visible(str(done.path))}", err=True)
    if broken:
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_FINDINGS if check and changed else EXIT_CLEAN)
