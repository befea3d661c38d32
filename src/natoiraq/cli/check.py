"""`natoiraq check`: judge a draft story's claims against the corpus."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from natoiraq.checker import CHECK_VERDICTS, check_story
from natoiraq.cli import (
    CONTEXT,
    DEFAULT_CORPUS,
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_USAGE,
    EXTRACT_SUFFIXES,
    cli,
    valid_corpus,
)
from natoiraq.extractor import HTML_RE
from natoiraq.io.seeds import SeedError, load_seed
from natoiraq.report.check import FORMATS as CHECK_FORMATS
from natoiraq.report.check import render_check


def _verdict_list(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> set[str]:
    """`--fail-on a,b --fail-on c` -> {a, b, c}; an unknown verdict is a usage error."""
    chosen = {v.strip() for item in value for v in item.split(",") if v.strip()}
    unknown = sorted(chosen - set(CHECK_VERDICTS))
    if unknown:
        raise click.BadParameter(
            f"unknown verdict {', '.join(unknown)}; choose from {', '.join(CHECK_VERDICTS)}."
        )
    return chosen


@cli.command("check", context_settings=CONTEXT)
@click.argument("story", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Publication date YYYY-MM-DD [default: the date the draft states].")
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path, file_okay=False),
              default=DEFAULT_CORPUS, show_default=True, help="Corpus folder to check against.")
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default="text",
              show_default=True, help="Report format.")
@click.option("--fail-on", multiple=True, callback=_verdict_list, metavar="VERDICT[,...]",
              help="Exit 1 when a claim has one of these verdicts (comma list or repeated).")
@click.option("--color/--no-color", default=None,
              help="Colour the text report [default: when stdout is a terminal].")
@click.option("--include-drafts", is_flag=True,
              help="Count unreviewed (draft) corpus claims as sources; the report marks them.")
def check_command(story: Path, published: Any, corpus_dir: Path, fmt: str, fail_on: set[str],
                  color: bool | None, include_drafts: bool) -> None:
    """Check a plain-text or Markdown draft against the corpus, claim by claim.

    Verdicts: supported (cite the sources), contested (the sources disagree: attribute),
    contradicted (the sources say otherwise), unsupported (no source says it). Quotes are
    verbatim, altered (word diff; wrong speaker, negation, number, name), translated or
    not-found. The rules are docs/verdicts.md's. Only reviewed corpus claims are sources unless
    --include-drafts. Exit 1 when a claim has a verdict named by --fail-on; 2 on unreadable
    input or an invalid corpus.

    \b
    Examples:
      natoiraq check examples/draft-story.md
      natoiraq check draft.txt --published 2020-01-07 --format json
      natoiraq check draft.md --fail-on contradicted,contested
    """

    if story.suffix.lower() not in EXTRACT_SUFFIXES:
        raise click.UsageError(f"{story}: only plain text or Markdown "
                               f"({', '.join(EXTRACT_SUFFIXES)}) can be checked.")
    try:
        text = load_seed(story).text
    except SeedError as exc:
        click.echo(f"{story}:{exc.line}:{exc.col}: error: {exc.message}", err=True)
        sys.exit(EXIT_USAGE)
    if HTML_RE.match(text):
        raise click.UsageError(f"{story}: looks like HTML; save the draft as plain text first.")
    corpus = valid_corpus(corpus_dir, None)
    date = published.date() if published is not None else None
    report = check_story(text, corpus, story=story.as_posix(), published=date,
                         include_drafts=include_drafts)
    use_color = sys.stdout.isatty() if color is None else color
    text = render_check(report, fmt, color=use_color and fmt == "text")
    click.echo(text, nl=False, color=use_color)  # click would strip ANSI codes off a pipe
    sys.exit(EXIT_FINDINGS if any(c.verdict in fail_on for c in report.claims) else EXIT_CLEAN)

