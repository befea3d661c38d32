"""`natoiraq add`: start a new article from a plain-text file (seed, sha256, draft scaffold)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from natoiraq.cli import CONTEXT, EXIT_CLEAN, EXTRACT_SUFFIXES, cli, require_corpus
from natoiraq.edit.add import add_article
from natoiraq.text import visible


@cli.command("add", context_settings=CONTEXT)
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--id", "article_id", default=None, help="Article id [default: from the file name].")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Publication date YYYY-MM-DD [default: the date the text states].")
@click.option("--translated-from", default=None, metavar="LANG",
              help="ISO 639 code of the original language when the text is a translation.")
def add_command(file: Path, article_id: str | None, published: Any,
                translated_from: str | None) -> None:
    """Start a new article: copy its text into seeds/, write a scaffold with draft claims.

    The text is copied byte for byte (an existing seed of the same name must be identical:
    seeds never change), its sha256 is added to seeds/SHA256SUMS, and
    corpus/articles/<id>.yaml is written with the metadata the text states and `status: draft`
    claims. Speakers, actors, events and quantities the registry lacks are added to
    corpus/registry.yaml marked `proposed: true` (validate warns, W607, until you accept them).
    Nothing is written unless all of it can be: an existing article file is refused (use
    `extract --merge`), and a failure leaves seeds/ and the registry as they were.

    \b
    Examples:
      natoiraq add ~/Downloads/reuters-2020-01-07.txt --published 2020-01-07
      natoiraq add afp.txt --id 005-afp --translated-from fr
    """
    if file.suffix.lower() not in EXTRACT_SUFFIXES:
        raise click.UsageError(f"{visible(str(file))}: only plain text or Markdown can be added.")
    require_corpus()
    date = published.date() if published is not None else None
    added = add_article(file, article_id, date, translated_from)
    for entry in added.proposed:
        said = f"{file}: proposed registry entry {entry.id} ({entry.name!r})."
        click.echo(visible(said), err=True)
    click.echo(f"added {added.seed} and {added.article_path} ({len(added.article.claims)} draft "
               "claims); review them, then `natoiraq validate`.", err=True)
    sys.exit(EXIT_CLEAN)
