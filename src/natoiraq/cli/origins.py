"""`natoiraq origins`: which articles of the corpus are one source (a wire story, its reprints)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from natoiraq.cli import (
    CONTEXT,
    EXIT_CLEAN,
    ROOT_OPTION,
    cli,
    corpus_memo,
    corpus_option,
    valid_corpus,
)
from natoiraq.reconciler.origins import find_origins
from natoiraq.report.origins import ORIGIN_FORMATS, render_origins


@cli.command("origins", context_settings=CONTEXT)
@corpus_option("Corpus folder to read.")
@ROOT_OPTION
@click.option("--format", "fmt", type=click.Choice(ORIGIN_FORMATS), default="text",
              show_default=True, help="Report format.")
def origins(corpus_dir: Path, root: Path | None, fmt: str) -> None:
    """List the groups of articles that share one origin, with the evidence.

    Articles share an origin when their prose overlaps (a reprint, a pasted press release, a
    lightly edited wire story: shared passages outside quotations, measured), or when their
    files record it (`origins:` naming the same agency or another corpus article). Agreement
    inside a group is an echo, not corroboration; reconcile counts origins, not articles.

    \b
    Examples:
      natoiraq origins
      natoiraq origins --format json
    """
    corpus = valid_corpus(corpus_dir, root)
    click.echo(render_origins(find_origins(corpus, corpus_memo()), corpus, fmt), nl=False)
    sys.exit(EXIT_CLEAN)
