"""`natoiraq eval`: score the extractor against the reviewed corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from natoiraq.cli import (
    CONTEXT,
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_USAGE,
    cli,
    corpus_option,
    require_corpus,
    valid_corpus,
)
from natoiraq.evaluation import check_set_dir, evalset_corpus, evaluate_check, evaluate_dir
from natoiraq.report.diagnostics import render_findings
from natoiraq.report.evaluation import FORMATS as EVAL_FORMATS
from natoiraq.report.evaluation import render_check_score, render_evaluation
from natoiraq.text import visible


@cli.command("eval", context_settings=CONTEXT)
@corpus_option("Reviewed corpus to compare with.")
@click.option("--format", "fmt", type=click.Choice(EVAL_FORMATS), default="text",
              show_default=True, help="How to print the scores.")
@click.option("--set", "evalset", default=None, metavar="NAME",
              help="Score on the evaluation set evalsets/NAME (e.g. dev) instead of --corpus; "
                   "with --check, the drafts of evalsets/NAME (e.g. check-holdout).")
@click.option("--check", "check_set", is_flag=True,
              help="Score `natoiraq check` on the drafts of evalsets/check (or --set) against "
                   "--corpus.")
@click.option("--baseline", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Exit 1 when a kind's F1 falls below this committed baseline (JSON).")
def eval_command(corpus_dir: Path, fmt: str, evalset: str | None, check_set: bool,
                 baseline: Path | None) -> None:
    """Score the extractor against the reviewed corpus: precision, recall, F1 per kind.

    A match needs overlapping spans and the same normalised value (quotes: the same speaker
    too); `topic` is the share of matches filed under the gold topic. Every miss, false claim
    and wrong topic is listed with its text. The seeds' corpus is the default; --set dev scores
    the development set of evalsets/dev (articles the extractor was not written on). --check
    runs `natoiraq check` on the drafts of evalsets/check and prints its accuracy per expected
    verdict, a confusion table, and how often it calls a false statement supported.

    \b
    Examples:
      natoiraq eval
      natoiraq eval --set dev
      natoiraq eval --check
      natoiraq eval --check --set check-holdout
      natoiraq eval --format json
      natoiraq eval --baseline tests/data/eval_baseline.json
    """
    if check_set:
        drafts = check_set_dir(evalset)
        corpus = valid_corpus(corpus_dir, None)
        click.echo(render_check_score(evaluate_check(corpus, drafts), fmt), nl=False)
        sys.exit(EXIT_CLEAN)
    if evalset is not None:
        corpus_dir = evalset_corpus(evalset)
    require_corpus(corpus_dir)
    result = evaluate_dir(corpus_dir, baseline)
    if result.evaluation is None or result.load_errors:
        click.echo(render_findings(result.load_errors, "text"), err=True, nl=False)
        click.echo(
            f"natoiraq: error: {visible(str(corpus_dir))} is not valid; run `natoiraq validate`.",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    click.echo(render_evaluation(result.evaluation, fmt), nl=False)
    for line in result.failures:
        click.echo(f"natoiraq: {line}.", err=True)
    sys.exit(EXIT_FINDINGS if result.failures else EXIT_CLEAN)
