"""`natoiraq extract`: turn plain-text articles into draft claims (or merge them into a file)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any

import click

from natoiraq.cli import (
    CONTEXT,
    DEFAULT_CORPUS,
    EXIT_CLEAN,
    EXTRACT_SUFFIXES,
    JOBS_OPTION,
    cli,
    jobs_count,
    progress_bar,
    require_corpus,
)
from natoiraq.edit.merge import merge_drafts
from natoiraq.errors import NatoiraqError
from natoiraq.extractor import extract_file
from natoiraq.extractor.output import FORMATS as EXTRACT_FORMATS
from natoiraq.io.files import atomic_write
from natoiraq.parallel import ordered_map
from natoiraq.report.diff import unified_diff
from natoiraq.text import visible
from natoiraq.validator import load_registry

DEFAULT_REGISTRY = DEFAULT_CORPUS / "registry.yaml"


@cli.command("extract", context_settings=CONTEXT)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Publication date YYYY-MM-DD [default: the date the text states].")
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="yaml",
              show_default=True, help="Output format (json: the same structure, on stdout).")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Write <id>.yaml into DIR (atomically) instead of printing.")
@click.option("--registry", "registry_path", type=click.Path(path_type=Path, dir_okay=False),
              default=DEFAULT_REGISTRY, show_default=True,
              help="Registry that names are linked to.")
@JOBS_OPTION
@click.option("--merge", "merge_into", type=click.Path(path_type=Path, dir_okay=False),
              default=None, help="Add the new draft claims to this reviewed article file; "
              "nothing already in it changes.")
@click.option("--dry-run", is_flag=True, help="With --merge: print the diff, write nothing.")
def extract_command(files: tuple[Path, ...], published: Any, fmt: str, out: Path | None,
                    registry_path: Path, jobs: int | None, merge_into: Path | None,
                    dry_run: bool) -> None:
    """Turn plain-text or Markdown articles into draft claims in the corpus format.

    Every claim has `status: draft`; names the registry lacks are listed as proposed entries.
    The publication date comes from a dateline or byline in the text; --published overrides it.
    --out never replaces an existing file: use --merge to add new drafts to a reviewed one
    (a pure addition: reviewed claims, comments and formatting stay byte for byte).

    \b
    Examples:
      natoiraq extract new-article.txt --published 2020-01-07
      natoiraq extract a.txt b.md --out corpus/articles
      natoiraq extract seeds/001_7c7b5841e51291d7.txt --format json --published 2020-01-06
      natoiraq extract seeds/003_86bb72d104763da4.txt --merge corpus/articles/003-sputnik.yaml
      natoiraq extract drafts/*.txt --out drafts --jobs 2
    """
    if registry_path == DEFAULT_REGISTRY:
        require_corpus()  # a --registry named elsewhere gets the extractor's own message
    if merge_into is not None:
        if len(files) != 1 or out is not None or fmt != "yaml":
            raise click.UsageError("--merge takes exactly one seed file, and no --out or --format.")
        _merge(files[0], merge_into, registry_path, dry_run)
        return
    if dry_run:
        raise click.UsageError("--dry-run goes with --merge.")
    if out is not None and str(out) == "-":
        raise click.UsageError("--out names a folder; without --out, extract prints to stdout.")

    for path in files:
        if path.suffix.lower() not in EXTRACT_SUFFIXES:
            raise click.UsageError(f"{visible(str(path))}: only plain text or Markdown "
                                   f"({', '.join(EXTRACT_SUFFIXES)}) can be extracted.")
    date = published.date() if published is not None else None
    work = functools.partial(extract_file, registry_path=registry_path, published=date, fmt=fmt,
                             load_registry=load_registry)
    # Files are extracted in worker processes; results come back (and are printed or written
    # here) in the order given, so the output does not depend on --jobs.
    with progress_bar("extract") as progress:
        done = ordered_map(work, files, jobs_count(jobs), progress)
        for path, result in zip(files, done, strict=True):
            _emit_extraction(path, result, fmt, out)
    sys.exit(EXIT_CLEAN)


def _emit_extraction(path: Path, result: Any, fmt: str, out: Path | None) -> None:
    """Print or write one file's extraction (`natoiraq extract`)."""
    for entity in result.proposed:
        # The name is repr'd: its controls print as escapes, as visible() shows the path's.
        click.echo(f"{visible(str(path))}: proposed registry entry {entity.id} ({entity.name!r}).",
                   err=True)
    if out is None:
        click.echo(result.text, nl=False)
        return
    target = out / f"{result.article.id}.{'yaml' if fmt == 'yaml' else 'json'}"
    if target.is_symlink() or target.exists():
        raise NatoiraqError(f"{target} exists; nothing written. Use --merge {target} to "
                            "add new draft claims to it.")
    with atomic_write(target, expect=None) as handle:  # another extract may write it meanwhile
        handle.write(result.text)
    claims = len(result.article.claims)
    click.echo(f"wrote {visible(str(target))} ({claims} draft claims)", err=True)


def _merge(seed_path: Path, article_path: Path, registry_path: Path, dry_run: bool) -> None:
    """`extract --merge`: add new drafts to a reviewed file, verified before it is replaced."""
    merge = merge_drafts(seed_path, article_path, registry_path, dry_run=dry_run)
    added = merge.added
    if not merge.written:
        click.echo(unified_diff(merge.original, merge.merged, str(article_path)), nl=False)
        click.echo(f"{len(added)} new draft claim(s) for {visible(str(article_path))}"
                   + (" (dry run: nothing written)." if added else "."), err=True)
        sys.exit(EXIT_CLEAN)
    click.echo(f"added {len(added)} draft claim(s) to {visible(str(article_path))}", err=True)
    sys.exit(EXIT_CLEAN)
