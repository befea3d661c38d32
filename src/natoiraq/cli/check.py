"""`natoiraq check`: judge a draft story's claims against the corpus."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from natoiraq.checker import CHECK_VERDICTS, SHOWABLE, check_story, filter_check
from natoiraq.cli import (
    CONTEXT,
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_USAGE,
    cli,
    corpus_memo,
    corpus_option,
    valid_view,
)
from natoiraq.extractor import HTML_RE
from natoiraq.io.drafts import DraftError, read_draft, read_draft_stream
from natoiraq.io.files import write_output
from natoiraq.report.check import FORMATS as CHECK_FORMATS
from natoiraq.report.check import render_check
from natoiraq.report.terminal import wants_color
from natoiraq.text import visible


def _choices(value: tuple[str, ...], allowed: tuple[str, ...]) -> set[str]:
    chosen = {v.strip() for item in value for v in item.split(",") if v.strip()}
    unknown = sorted(chosen - set(allowed))
    if unknown:
        raise click.BadParameter(
            f"unknown verdict {visible(', '.join(unknown))}; choose from {', '.join(allowed)}."
        )
    return chosen


def _verdict_list(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> set[str]:
    """`--fail-on a,b --fail-on c` -> {a, b, c}; an unknown verdict is a usage error."""
    return _choices(value, CHECK_VERDICTS)


def _shown_list(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> set[str]:
    """`--verdict`: verdicts, or `not-checked` for the spans that were not checked."""
    return _choices(value, SHOWABLE)


#: Sources shown per claim unless --sources says otherwise: enough for every side and several
#: origins of an ordinary claim (the 5-article corpus never has more than 10), while the example
#: draft against 10,000 synthetic articles lists 300 sources instead of 69,994 (issue 15).
SOURCES_SHOWN = 20


def _sources_limit(ctx: click.Context, param: click.Parameter, value: str) -> int | None:
    """`--sources N|all` -> N, or None for all (0 is all too); anything else is a usage error."""
    text = value.strip().lower()
    if text == "all":
        return None
    if not text.isascii() or not text.isdigit():
        raise click.BadParameter(
            f"'{visible(value)}' is neither a number of sources (0 or more) nor `all`."
        )
    return int(text) or None


@cli.command("check", context_settings=CONTEXT)
@click.argument("story", type=click.Path(path_type=Path, allow_dash=True))
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Publication date YYYY-MM-DD [default: the date the draft states].")
@corpus_option("Corpus folder to check against.")
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default="text",
              show_default=True, help="Report format.")
@click.option("--fail-on", multiple=True, callback=_verdict_list, metavar="VERDICT[,...]",
              help="Exit 1 when a claim has one of these verdicts (comma list or repeated).")
@click.option("--verdict", "shown", multiple=True, callback=_shown_list,
              metavar="VERDICT[,...]",
              help="Show only claims with these verdicts (comma list or repeated; "
                   "`not-checked` lists what was not checked).")
@click.option("--sources", "sources_shown", default=str(SOURCES_SHOWN), show_default=True,
              callback=_sources_limit, metavar="N|all",
              help="Sources shown per claim: one per side of a conflict and per origin first, "
                   "then the rest in order; the report counts all of them (`all` or 0: every "
                   "one).")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
              default=None, help="Write the report to FILE instead of stdout (`-`: stdout); "
              "docs/files.md says how.")
@click.option("--color/--no-color", default=None,
              help="Colour the text report [default: on a terminal; NO_COLOR turns it off, "
              "FORCE_COLOR on; docs/terminal.md].")
@click.option("--include-drafts", is_flag=True,
              help="Count unreviewed (draft) corpus claims as sources; the report marks them.")
def check_command(story: Path, published: Any, corpus_dir: Path, fmt: str, fail_on: set[str],
                  shown: set[str], sources_shown: int | None, out: Path | None,
                  color: bool | None, include_drafts: bool) -> None:
    """Check a draft story against the corpus, claim by claim, problems first.

    The draft is a text or Markdown file of any name, or `-` for standard input.

    Problems come first: contradicted, altered quotes, contested, unsupported, then supported
    (cite the sources), then what looks like a claim but was not checked, and the page furniture
    skipped, each with why. Quotes are verbatim, altered (word diff; wrong speaker, negation,
    number, name), translated or not-found. The rules are docs/verdicts.md's. Only reviewed
    corpus claims are sources unless --include-drafts. Each claim lists at most --sources of
    its sources (one per side and origin first) and counts them all. UTF-8, or UTF-16/32 with a
    byte-order mark. Exit 1 when a claim has a verdict named by --fail-on; 2 on unreadable input
    or an invalid corpus.

    \b
    Examples:
      natoiraq check examples/draft-story.md
      natoiraq check draft.txt --published 2020-01-07 --format json
      natoiraq check draft.md --fail-on contradicted,contested
      natoiraq check draft.md --format html --out check.html
      natoiraq check draft.md --format json --sources all
      pbpaste | natoiraq check - --verdict contradicted,contested
    """

    name = "-" if str(story) == "-" else story.as_posix()
    try:
        text = read_draft_stream(sys.stdin.buffer) if name == "-" else read_draft(story)
    except DraftError as exc:
        click.echo(visible(str(exc)), err=True)
        sys.exit(EXIT_USAGE)
    if HTML_RE.match(text):
        raise click.UsageError(f"{visible(name)}: looks like HTML; save the draft as plain text "
                               "first.")
    corpus = valid_view(corpus_dir, None, digests=False)
    date = published.date() if published is not None else None
    report = check_story(text, corpus, story="standard input" if name == "-" else name,
                         published=date, include_drafts=include_drafts,
                         memo=corpus_memo(), sources_limit=sources_shown)  # fmt: skip
    failed = any(c.verdict in fail_on for c in report.claims)
    report = filter_check(report, tuple(v for v in SHOWABLE if v in shown))
    to_stdout = out is None or str(out) == "-"
    use_color = wants_color(color, terminal=to_stdout and sys.stdout.isatty(), environ=os.environ,
                            stdout=to_stdout)  # fmt: skip
    rendered = render_check(report, fmt, color=use_color and fmt == "text")
    if out is None or to_stdout:
        click.echo(rendered, nl=False, color=use_color)  # click would strip ANSI codes off a pipe
    else:
        with write_output(out) as handle:
            handle.write(rendered)
        click.echo(f"wrote {visible(str(out))}", err=True)
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)
