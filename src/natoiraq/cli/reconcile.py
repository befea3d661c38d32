"""`natoiraq reconcile`: compare the articles' claims and report what agrees and what conflicts."""

from __future__ import annotations

import dataclasses
import difflib
import os
import sys
from collections.abc import Collection
from pathlib import Path

import click

from natoiraq.cli import (
    CONTEXT,
    EXIT_CLEAN,
    EXIT_FINDINGS,
    ROOT_OPTION,
    cli,
    corpus_memo,
    corpus_option,
    valid_view,
)
from natoiraq.corpus import registry_index
from natoiraq.io.files import write_output
from natoiraq.reconciler import FINDING_KINDS, VERDICTS, Report, filter_report, reconcile
from natoiraq.reconciler.findings import wanted
from natoiraq.reconciler.incremental import reconcile_view
from natoiraq.reconciler.kept import KeptReport
from natoiraq.report import EXPORTS, render_chunks
from natoiraq.report import FORMATS as REPORT_FORMATS
from natoiraq.report.terminal import wants_color
from natoiraq.text import visible
from natoiraq.validator.view import CorpusView

#: Registry ids suggested for a --topic the registry lacks: at most this many, each at least this
#: similar (difflib's ratio, at its own default: in our registry 'nmi-personel' finds
#: 'nmi-personnel' and 'soleimani' finds 'qasem-soleimani', and 'no-such-id' finds nothing;
#: tests/cli/test_topic_filter.py).
CLOSE_IDS = 3
CLOSE_ID_RATIO = 0.6


def check_topics(topics: tuple[str, ...], known: Collection[str], registry: Path) -> None:
    """A usage error (exit 2) for the first --topic that is not a registry id, naming it and the
    ids closest to it. Why: a misspelt id matched nothing and printed an empty report with exit
    0, as if the corpus had no finding about it (issue 12, item 12)."""
    for topic in topics:
        if topic in known:
            continue
        close = [f'"{c}"' for c in
                 difflib.get_close_matches(topic, sorted(known), CLOSE_IDS, CLOSE_ID_RATIO)]
        listed = " or ".join([", ".join(close[:-1]), close[-1]] if len(close) > 1 else close)
        hint = (f"did you mean {listed}?" if close else
                f"the ids are in {visible(str(registry))}.")  # fmt: skip
        raise click.BadParameter(f'no registry id "{visible(topic)}"; {hint}',
                                 param_hint="'--topic'")  # fmt: skip


@cli.command("reconcile", context_settings=CONTEXT)
@corpus_option("Corpus folder to read.")
@ROOT_OPTION
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS + EXPORTS), default="text",
              show_default=True, help="Report format, or an export for other tools: "
              "claimreview (schema.org JSON-LD), w3c (Web Annotation JSON-LD); docs/exports.md.")
@click.option("--verdict", "verdicts", multiple=True, type=click.Choice(VERDICTS),
              help="Show only findings with this verdict (repeatable).")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(FINDING_KINDS),
              help="Show only findings of this kind (repeatable).")
@click.option("--topic", "topics", multiple=True, metavar="ID",
              help="Show only findings about this registry id (repeatable).")
@click.option("--fail-on", multiple=True, type=click.Choice(VERDICTS[:3]),
              help="Exit 1 when a shown finding has this verdict (repeatable; for CI).")
@click.option("--color/--no-color", default=None,
              help="Colour the text report [default: on a terminal; NO_COLOR turns it off, "
              "FORCE_COLOR on; docs/terminal.md].")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
              default=None, help="Write the report to FILE instead of stdout (`-`: stdout); "
              "docs/files.md says how.")
@click.option("--include-drafts", is_flag=True,
              help="Count unreviewed (draft) claims as sources; findings with them say so.")
def reconcile_command(corpus_dir: Path, root: Path | None, fmt: str, verdicts: tuple[str, ...],
                      kinds: tuple[str, ...], topics: tuple[str, ...], fail_on: tuple[str, ...],
                      color: bool | None, out: Path | None, include_drafts: bool) -> None:
    """Compare the articles' claims: agreements, conflicts, variants, single sources.

    Conflicts come first; each finding gives its reasons, a one-sentence explanation and the
    evidence as it stands in each article. The JSON format is DESIGN.md's report version 1.
    Only reviewed claims are sources unless --include-drafts (findings with draft claims then
    carry the reason draft-claims). Exit 1 only when --fail-on names a verdict that is shown;
    2 when the corpus is invalid (its validation errors go to stderr) or a --topic is not a
    registry id.

    \b
    Examples:
      natoiraq reconcile
      natoiraq reconcile --verdict conflict --verdict variant
      natoiraq reconcile --format html --out report.html
      natoiraq reconcile --format json --fail-on conflict
      natoiraq reconcile --include-drafts --verdict conflict
      natoiraq reconcile --format w3c --out annotations.jsonld
    """
    out = None if out is not None and str(out) == "-" else out  # `-` is standard output
    source = valid_view(corpus_dir, root)
    check_topics(topics, registry_index(source.registry), corpus_dir / "registry.yaml")
    use_color = wants_color(color, terminal=out is None and sys.stdout.isatty(),
                            environ=os.environ, stdout=out is None)  # fmt: skip
    store = corpus_memo()
    report: Report | KeptReport
    if isinstance(source, CorpusView) and store is not None and fmt not in EXPORTS:
        # Only the blocks that changed since the last command are compared again (issue 15).
        kept = reconcile_view(source, store, include_drafts=include_drafts)
        shown = tuple(f for f in kept.findings if wanted(f, verdicts, kinds, topics))
        report = dataclasses.replace(kept, findings=shown)
        chunks = render_chunks(report, fmt, color=use_color and fmt == "text")
    else:
        corpus = source.whole() if isinstance(source, CorpusView) else source
        found = reconcile(corpus, include_drafts=include_drafts, memo=store)
        report = filter_report(found, verdicts, kinds, topics)
        chunks = render_chunks(report, fmt, color=use_color and fmt == "text", corpus=corpus)
    if out is None:
        for chunk in chunks:
            click.echo(chunk, nl=False, color=use_color)  # else stripped off a pipe
    else:
        with write_output(out) as handle:
            handle.writelines(chunks)
        click.echo(f"wrote {visible(str(out))}", err=True)
    failed = any(f.verdict in fail_on for f in report.findings)
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)
