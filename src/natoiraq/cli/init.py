"""`natoiraq init`: start a corpus repository for another story."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from natoiraq.cli import CONTEXT, EXIT_CLEAN, cli
from natoiraq.edit.scaffold import STORY_MAX, WORKFLOW, init_corpus
from natoiraq.text import visible


@cli.command("init", context_settings=CONTEXT)
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--story", default=None, metavar="TEXT",
              help=f"What the corpus is about, one line of at most {STORY_MAX} characters, for "
              "its README and comments [default: the folder's name].")
def init_command(directory: Path, story: str | None) -> None:
    """Start a corpus of your own for another story: registry, reference, seeds, CI and hooks.

    Writes into DIRECTORY (made if need be; an existing folder is fine) an empty registry and
    reference whose comments explain each section, corpus/articles/, seeds/SHA256SUMS, the JSON
    Schemas that the files' editor headers point at, a .pre-commit-config.yaml with natoiraq's
    hooks, a GitHub Actions workflow, a .gitignore and a README with the next steps. `validate`,
    `reconcile` and `fmt --check` accept it at once. Refused, with nothing written, when the
    folder already holds a corpus or any of these files.

    \b
    Examples:
      natoiraq init flood-2024 --story "Floods in the Esk valley, March 2024"
      natoiraq init .
    """
    made = init_corpus(directory, story)
    where = visible(str(directory))
    click.echo(f"started a corpus in {where} ({len(made.files)} files). Next: cd {where} && "
               "natoiraq add ARTICLE.txt; its README.md says the rest, and where CI "
               f"({WORKFLOW}) and pre-commit install natoiraq from.", err=True)  # fmt: skip
    sys.exit(EXIT_CLEAN)
