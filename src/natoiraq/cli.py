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


def _corpus_files(paths: tuple[Path, ...]) -> list[Path]:
    """The YAML files named, or found in the folders named (default: ./corpus)."""
    found: list[Path] = []
    for path in paths or (DEFAULT_CORPUS,):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.yaml") if not p.name.startswith(".")))
        elif path.is_file():
            found.append(path)
        else:
            raise click.UsageError(f"no such file or folder: {path}.")
    return found


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a file is not formatted.")
@click.option("--diff", "show_diff", is_flag=True, help="With --check: print what would change.")
def fmt(paths: tuple[Path, ...], check: bool, show_diff: bool) -> None:
    """Rewrite corpus YAML in the one canonical style; comments are kept.

    Canonical: block style, two-space indentation, keys in the corpus order, explicit null,
    no line folding. The data never changes (each rewrite is re-read and compared before it
    replaces the file). With no PATH, formats every YAML file under ./corpus.

    \b
    Examples:
      natoiraq fmt
      natoiraq fmt --check --diff
      natoiraq fmt corpus/articles/001-dod-news.yaml
    """
    from natoiraq.yamledit import format_yaml, same_data
    from natoiraq.yamlio import YamlIssue, read_yaml_text

    changed = broken = 0
    for path in _corpus_files(paths):
        try:
            text = read_yaml_text(path)
            formatted = format_yaml(text)
        except YamlIssue as issue:
            click.echo(f"{path}:{issue.line}:{issue.col}: error {issue.code} {issue.message}",
                       err=True)
            broken += 1
            continue
        if formatted == text:
            continue
        changed += 1
        if check:
            click.echo(f"{path}: not formatted; run `natoiraq fmt`.", err=True)
            if show_diff:
                click.echo(unified_diff(text, formatted, str(path)), nl=False)
            continue
        with atomic_write(path, verify=same_data(text)) as handle:
            handle.write(formatted)
        click.echo(f"formatted {path}", err=True)
    if broken:
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_FINDINGS if check and changed else EXIT_CLEAN)


def unified_diff(old: str, new: str, name: str) -> str:
    """A unified diff of two texts, as `git diff` would show the change of `name`."""
    import difflib

    return "".join(difflib.unified_diff(old.splitlines(keepends=True),
                                        new.splitlines(keepends=True),
                                        fromfile=f"a/{name}", tofile=f"b/{name}"))


# Commands of the later stages are added below this line.

# Choices of `reconcile` (kept literal here so `--help` does not import the reconciler).
RECONCILE_FORMATS = ("text", "json", "markdown", "html")
RECONCILE_VERDICTS = ("conflict", "variant", "single-source", "compatible", "agree")
RECONCILE_KINDS = ("date", "count", "quote", "decision", "name")


@cli.command("reconcile", context_settings=CONTEXT)
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path, file_okay=False),
              default=DEFAULT_CORPUS, show_default=True, help="Corpus folder to read.")
@click.option("--root", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Repository root that seed paths are relative to [default: the folder "
              "holding the corpus folder].")
@click.option("--format", "fmt", type=click.Choice(RECONCILE_FORMATS), default="text",
              show_default=True, help="Report format.")
@click.option("--verdict", "verdicts", multiple=True, type=click.Choice(RECONCILE_VERDICTS),
              help="Show only findings with this verdict (repeatable).")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(RECONCILE_KINDS),
              help="Show only findings of this kind (repeatable).")
@click.option("--topic", "topics", multiple=True, metavar="ID",
              help="Show only findings about this registry id (repeatable).")
@click.option("--fail-on", multiple=True, type=click.Choice(RECONCILE_VERDICTS[:3]),
              help="Exit 1 when a shown finding has this verdict (repeatable; for CI).")
@click.option("--color/--no-color", default=None,
              help="Colour the text report [default: when stdout is a terminal].")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Write the report to FILE (atomically) instead of stdout.")
def reconcile_command(corpus_dir: Path, root: Path | None, fmt: str, verdicts: tuple[str, ...],
                      kinds: tuple[str, ...], topics: tuple[str, ...], fail_on: tuple[str, ...],
                      color: bool | None, out: Path | None) -> None:
    """Compare the articles' claims: agreements, conflicts, variants, single sources.

    Conflicts come first; each finding gives its reasons, a one-sentence explanation and the
    evidence as it stands in each article. The JSON format is DESIGN.md's report version 1.
    Exit 1 only when --fail-on names a verdict that is shown; 2 when the corpus is invalid
    (its validation errors go to stderr).

    \b
    Examples:
      natoiraq reconcile
      natoiraq reconcile --verdict conflict --verdict variant
      natoiraq reconcile --format html --out report.html
      natoiraq reconcile --format json --fail-on conflict
    """
    from natoiraq.reconcile import filter_report, reconcile
    from natoiraq.report import render
    from natoiraq.validate import load_corpus

    if not corpus_dir.is_dir():
        raise click.UsageError(f"no corpus folder {corpus_dir}. Run it from the repository root.")
    loaded = load_corpus(corpus_dir, root)
    if loaded.corpus is None or loaded.errors:
        click.echo(render_findings(loaded.errors, "text"), err=True, nl=False)
        click.echo(f"natoiraq: error: {corpus_dir} is not valid; run `natoiraq validate`.",
                   err=True)
        sys.exit(EXIT_USAGE)
    report = filter_report(reconcile(loaded.corpus), verdicts, kinds, topics)
    use_color = (out is None and sys.stdout.isatty()) if color is None else color
    text = render(report, fmt, color=use_color and fmt == "text")
    if out is None:
        click.echo(text, nl=False)
    else:
        with atomic_write(out) as handle:
            handle.write(text)
        click.echo(f"wrote {out}", err=True)
    failed = any(f.verdict in fail_on for f in report.findings)
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


EXTRACT_SUFFIXES = (".txt", ".text", ".md", ".markdown")


@cli.command("extract", context_settings=CONTEXT)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Publication date YYYY-MM-DD [default: the date the text states].")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml",
              show_default=True, help="Output format (json: the same structure, on stdout).")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Write <id>.yaml into DIR (atomically) instead of printing.")
@click.option("--registry", "registry_path", type=click.Path(path_type=Path, dir_okay=False),
              default=DEFAULT_CORPUS / "registry.yaml", show_default=True,
              help="Registry that names are linked to.")
def extract_command(files: tuple[Path, ...], published: Any, fmt: str, out: Path | None,
                    registry_path: Path) -> None:
    """Turn plain-text or Markdown articles into draft claims in the corpus format.

    Every claim has `status: draft`; names the registry lacks are listed as proposed entries.
    The publication date comes from a dateline or byline in the text; --published overrides it.

    \b
    Examples:
      natoiraq extract new-article.txt --published 2020-01-07
      natoiraq extract a.txt b.md --out corpus/articles
      natoiraq extract seeds/001_7c7b5841e51291d7.txt --format json --published 2020-01-06
    """
    from natoiraq.extract import extract_file

    for path in files:
        if path.suffix.lower() not in EXTRACT_SUFFIXES:
            raise click.UsageError(f"{path}: only plain text or Markdown "
                                   f"({', '.join(EXTRACT_SUFFIXES)}) can be extracted.")
    for index, path in enumerate(files, start=1):
        if len(files) > 1:
            click.echo(f"[{index}/{len(files)}] {path}", err=True)
        date = published.date() if published is not None else None
        result = extract_file(path, registry_path, date, fmt)
        for entity in result.proposed:
            click.echo(f"{path}: proposed registry entry {entity.id} ({entity.name!r}).", err=True)
        if out is None:
            click.echo(result.text, nl=False)
            continue
        target = out / f"{result.article.id}.{'yaml' if fmt == 'yaml' else 'json'}"
        with atomic_write(target) as handle:
            handle.write(result.text)
        click.echo(f"wrote {target} ({len(result.article.claims)} draft claims)", err=True)
    sys.exit(EXIT_CLEAN)


@cli.command("eval", context_settings=CONTEXT)
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path, file_okay=False),
              default=DEFAULT_CORPUS, show_default=True, help="Reviewed corpus to compare with.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="How to print the scores.")
@click.option("--baseline", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Exit 1 when a kind's F1 falls below this committed baseline (JSON).")
def eval_command(corpus_dir: Path, fmt: str, baseline: Path | None) -> None:
    """Score the extractor against the reviewed corpus: precision, recall, F1 per kind.

    A match needs overlapping spans and the same normalised value (quotes: the same speaker
    too). Every miss and every false claim is listed with its text.

    \b
    Examples:
      natoiraq eval
      natoiraq eval --format json
      natoiraq eval --baseline tests/data/eval_baseline.json
    """
    from natoiraq.evaluate import evaluate_dir

    result = evaluate_dir(corpus_dir, fmt, baseline)
    if result.load_errors:
        click.echo(render_findings(result.load_errors, "text"), err=True, nl=False)
        click.echo(
            f"natoiraq: error: {corpus_dir} is not valid; run `natoiraq validate`.", err=True
        )
        sys.exit(EXIT_USAGE)
    click.echo(result.text, nl=False)
    for line in result.failures:
        click.echo(f"natoiraq: {line}.", err=True)
    sys.exit(EXIT_FINDINGS if result.failures else EXIT_CLEAN)


def main() -> None:
    """Console entry point (`natoiraq`)."""
    cli(prog_name="natoiraq")
