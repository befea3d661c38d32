"""Command line: a click group; each command parses, calls one library function, renders, exits.

Exit codes (every command): 0 clean; 1 findings (validation errors; conflicts only where
--fail-on asks); 2 usage, configuration or I/O error; 3 internal error (a bug in natoiraq).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from natoiraq import __version__
from natoiraq.errors import InternalError, NatoiraqError
from natoiraq.io.files import atomic_write
from natoiraq.models.schema import SCHEMAS, schema_text
from natoiraq.parallel import default_jobs, mapper, ordered_map
from natoiraq.report.diagnostics import FORMATS as FINDING_FORMATS
from natoiraq.report.diagnostics import render_findings
from natoiraq.report.diff import unified_diff
from natoiraq.report.evaluation import FORMATS as EVAL_FORMATS
from natoiraq.report.rules import FORMATS as RULE_FORMATS
from natoiraq.report.rules import render_rules
from natoiraq.rules import RULES
from natoiraq.validator import validate_paths

if TYPE_CHECKING:
    from natoiraq.corpus import Corpus

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
DEFAULT_CORPUS = Path("corpus")
ISSUES_HINT = "This is a bug in natoiraq: please report it with the command you ran."

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Cli(click.Group):
    """Maps exceptions to exit codes: user errors 2, bugs 3 (short message, no traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        # A command is one batch: it loads the corpus (millions of small objects that live until
        # it ends) and exits. The cyclic collector would re-scan them again and again for cycles
        # they do not form: at 10 000 articles it cost `reconcile` 10 s of 40 (load 17.4 -> 11.8 s,
        # compare 16.8 -> 12.1 s; benchmarks/run.py). Reference counting still frees memory.
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except NatoiraqError as exc:
            click.echo(f"natoiraq: error: {exc}", err=True)
            ctx.exit(EXIT_USAGE)
        except BrokenPipeError:  # `natoiraq reconcile | head`: the reader has seen enough
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout
            ctx.exit(EXIT_CLEAN)
        except OSError as exc:  # a disk full or a permission refused: the user's to fix
            where = f" {exc.filename}" if exc.filename else ""
            click.echo(f"natoiraq: error: I/O error{where}: {exc.strerror or exc}", err=True)
            ctx.exit(EXIT_USAGE)
        except Exception as exc:  # the one place that turns any bug into exit 3
            if os.environ.get("NATOIRAQ_DEBUG"):
                raise
            kind = "internal error" if not isinstance(exc, InternalError) else "error"
            click.echo(f"natoiraq: {kind}: {type(exc).__name__}: {exc}", err=True)
            click.echo(f"{ISSUES_HINT} Set NATOIRAQ_DEBUG=1 to see the traceback.", err=True)
            ctx.exit(EXIT_INTERNAL)
        finally:
            if gc_was_enabled:
                gc.enable()


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


JOBS_OPTION = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None,
    help="Files checked at once, in worker processes [default: all cores]. Output is the same "
    "for every value.")


def _jobs(jobs: int | None) -> int:
    return jobs if jobs is not None else default_jobs()


class _Bar:
    """A rich progress bar on stderr, fed by natoiraq.parallel (total grows as work is added)."""

    def __init__(self, progress: Any, task: Any) -> None:
        self.progress, self.task = progress, task

    def add(self, total: int) -> None:
        self.progress.update(self.task, total=(self.progress.tasks[0].total or 0) + total)

    def advance(self) -> None:
        self.progress.advance(self.task)


@contextlib.contextmanager
def _progress(label: str) -> Iterator[_Bar | None]:
    """A progress bar on stderr when stderr is a terminal; None (silent) otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        yield _Bar(progress, progress.add_task(label, total=0))


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
@JOBS_OPTION
def validate(paths: tuple[Path, ...], fmt: str, root: Path | None, strict: bool,
             jobs: int | None) -> None:
    """Check corpus files: YAML, schema, seeds, spans and registry ids.

    With no PATH, checks ./corpus against ./seeds. A PATH is a corpus folder or a single
    registry, reference or article file. Every finding is printed as
    file:line:col: severity CODE where: message; `natoiraq rules` explains each code.

    \b
    Examples:
      natoiraq validate
      natoiraq validate corpus/articles/001-dod-news.yaml
      natoiraq validate --format github
      natoiraq validate --jobs 1
    """
    targets = list(paths) or [DEFAULT_CORPUS]
    missing = [str(p) for p in targets if not p.exists()]
    if missing:
        hint = " Run it from the repository root or name a corpus folder." if not paths else ""
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}.{hint}")
    with _progress("validate") as progress:
        result = validate_paths(targets, root, mapper=mapper(_jobs(jobs), progress),
                                keep_records=False)
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
@click.option("--format", "fmt", type=click.Choice(RULE_FORMATS), default="text",
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
    click.echo(render_rules(chosen, fmt), nl=False)
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
    from natoiraq.io.yamlread import YamlIssue, read_yaml_text
    from natoiraq.io.yamlwrite import format_yaml, same_data

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


# Commands of the later stages are added below this line.

# Choices of `check` (literal so `--help` does not import the checker).
CHECK_FORMATS = ("text", "json", "markdown", "html")
CHECK_VERDICTS = ("contradicted", "contested", "unsupported", "supported")


def _verdict_list(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> set[str]:
    """`--fail-on a,b --fail-on c` -> {a, b, c}; an unknown verdict is a usage error."""
    chosen = {v.strip() for item in value for v in item.split(",") if v.strip()}
    unknown = sorted(chosen - set(CHECK_VERDICTS))
    if unknown:
        raise click.BadParameter(
            f"unknown verdict {', '.join(unknown)}; choose from {', '.join(CHECK_VERDICTS)}."
        )
    return chosen


def _valid_corpus(corpus_dir: Path, root: Path | None) -> Corpus:
    """The corpus, read in worker processes; an invalid one ends the command (exit 2)."""
    from natoiraq.validator import load_corpus

    if not corpus_dir.is_dir():
        raise click.UsageError(f"no corpus folder {corpus_dir}. Run it from the repository root.")
    # Reading is most of a command's time at thousands of articles: all cores (issue 6).
    loaded = load_corpus(corpus_dir, root, mapper=mapper(default_jobs()))
    if loaded.corpus is None or loaded.errors:
        click.echo(render_findings(loaded.errors, "text"), err=True, nl=False)
        click.echo(f"natoiraq: error: {corpus_dir} is not valid; run `natoiraq validate`.",
                   err=True)
        sys.exit(EXIT_USAGE)
    return loaded.corpus


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
def check_command(story: Path, published: Any, corpus_dir: Path, fmt: str, fail_on: set[str],
                  color: bool | None) -> None:
    """Check a plain-text or Markdown draft against the corpus, claim by claim.

    Verdicts: supported (cite the sources), contested (the sources disagree: attribute),
    contradicted (the sources say otherwise), unsupported (no source says it). Quotes are
    verbatim, altered (word diff; wrong speaker, negation, number, name), translated or
    not-found. Exit 1 when a claim has a verdict named by --fail-on; 2 on unreadable input or
    an invalid corpus.

    \b
    Examples:
      natoiraq check examples/draft-story.md
      natoiraq check draft.txt --published 2020-01-07 --format json
      natoiraq check draft.md --fail-on contradicted,contested
    """
    from natoiraq.check import check_story
    from natoiraq.extract import HTML_RE
    from natoiraq.io.seeds import SeedError, load_seed
    from natoiraq.report.check import render_check

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
    corpus = _valid_corpus(corpus_dir, None)
    date = published.date() if published is not None else None
    report = check_story(text, corpus, story=story.as_posix(), published=date)
    use_color = sys.stdout.isatty() if color is None else color
    text = render_check(report, fmt, color=use_color and fmt == "text")
    click.echo(text, nl=False, color=use_color)  # click would strip ANSI codes off a pipe
    sys.exit(EXIT_FINDINGS if any(c.verdict in fail_on for c in report.claims) else EXIT_CLEAN)

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
    from natoiraq.report import render_chunks

    report = filter_report(reconcile(_valid_corpus(corpus_dir, root)), verdicts, kinds, topics)
    use_color = (out is None and sys.stdout.isatty()) if color is None else color
    chunks = render_chunks(report, fmt, color=use_color and fmt == "text")
    if out is None:
        for chunk in chunks:
            click.echo(chunk, nl=False, color=use_color)  # else stripped off a pipe
    else:
        with atomic_write(out) as handle:
            handle.writelines(chunks)
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
    from natoiraq.extract import extract_file
    from natoiraq.validator import load_registry

    if merge_into is not None:
        if len(files) != 1 or out is not None or fmt != "yaml":
            raise click.UsageError("--merge takes exactly one seed file, and no --out or --format.")
        _merge(files[0], merge_into, registry_path, dry_run)
        return
    if dry_run:
        raise click.UsageError("--dry-run goes with --merge.")

    for path in files:
        if path.suffix.lower() not in EXTRACT_SUFFIXES:
            raise click.UsageError(f"{path}: only plain text or Markdown "
                                   f"({', '.join(EXTRACT_SUFFIXES)}) can be extracted.")
    date = published.date() if published is not None else None
    work = functools.partial(extract_file, registry_path=registry_path, published=date, fmt=fmt,
                             load_registry=load_registry)
    # Files are extracted in worker processes; results come back (and are printed or written
    # here) in the order given, so the output does not depend on --jobs.
    with _progress("extract") as progress:
        done = ordered_map(work, files, _jobs(jobs), progress)
        for path, result in zip(files, done, strict=True):
            _emit_extraction(path, result, fmt, out)
    sys.exit(EXIT_CLEAN)


def _emit_extraction(path: Path, result: Any, fmt: str, out: Path | None) -> None:
    """Print or write one file's extraction (`natoiraq extract`)."""
    for entity in result.proposed:
        click.echo(f"{path}: proposed registry entry {entity.id} ({entity.name!r}).", err=True)
    if out is None:
        click.echo(result.text, nl=False)
        return
    target = out / f"{result.article.id}.{'yaml' if fmt == 'yaml' else 'json'}"
    if target.exists():
        raise NatoiraqError(f"{target} exists; nothing written. Use --merge {target} to "
                            "add new draft claims to it.")
    with atomic_write(target) as handle:
        handle.write(result.text)
    click.echo(f"wrote {target} ({len(result.article.claims)} draft claims)", err=True)


SEEDS_DIR = Path("seeds")
SUMS_FILE = SEEDS_DIR / "SHA256SUMS"


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
    claims. Nothing is written unless all of it can be: an existing article file is refused
    (use `extract --merge`), and a failure leaves seeds/ as it was.

    \b
    Examples:
      natoiraq add ~/Downloads/reuters-2020-01-07.txt --published 2020-01-07
      natoiraq add afp.txt --id 005-afp --translated-from fr
    """
    from natoiraq.extract import article_id_for, extract_article
    from natoiraq.io.seeds import SeedError, load_seed
    from natoiraq.io.yamlwrite import dump_article
    from natoiraq.models import Published
    from natoiraq.validator import load_registry, validate_files

    if file.suffix.lower() not in EXTRACT_SUFFIXES:
        raise click.UsageError(f"{file}: only plain text or Markdown can be added.")
    try:
        seed = load_seed(file)
    except SeedError as exc:
        raise NatoiraqError(f"{file}:{exc.line}:{exc.col}: {exc.message}") from None
    target = SEEDS_DIR / file.name
    article_path = DEFAULT_CORPUS / "articles" / f"{article_id or article_id_for(file)}.yaml"
    if article_path.exists():
        raise NatoiraqError(f"{article_path} exists; use `natoiraq extract {target} --merge "
                            f"{article_path}` to add draft claims to it.")
    new_seed = not target.exists()
    if not new_seed and load_seed(target).sha256 != seed.sha256:
        raise NatoiraqError(f"{target} exists with other content; seeds never change: "
                            "rename the new file.")
    registry_path = DEFAULT_CORPUS / "registry.yaml"
    given = (Published(date=published.date(), basis="stated", why="given with --published")
             if published is not None else None)
    article, extraction = extract_article(
        seed.text, load_registry(registry_path), article_id=article_path.stem,
        seed=target.as_posix(), sha256=seed.sha256, published=given,
        translated_from=translated_from,
    )  # fmt: skip

    def verify_seed(written: Path) -> None:
        if load_seed(written).sha256 != seed.sha256:
            raise NatoiraqError(f"copying {file} to {target} changed its bytes; nothing written.")

    def verify_article(written: Path) -> None:
        errors = validate_files(registry_path, None, [written], Path.cwd()).errors
        if errors:
            raise NatoiraqError(f"the new {article_path} would not validate "
                                f"({errors[0].format()}); nothing written.")

    sums = SUMS_FILE.read_text(encoding="utf-8") if SUMS_FILE.exists() else ""
    try:
        if new_seed:
            with atomic_write(target, verify=verify_seed) as handle:
                handle.write(seed.text)
        with atomic_write(article_path, verify=verify_article) as handle:
            handle.write(dump_article(article))
        if f"  {target.name}\n" not in sums:
            with atomic_write(SUMS_FILE) as handle:
                handle.write(f"{sums}{seed.sha256}  {target.name}\n")
    except BaseException:
        if new_seed:  # roll back: nothing of the addition stays behind
            target.unlink(missing_ok=True)
        raise
    for entity in extraction.proposed:
        click.echo(f"{file}: proposed registry entry {entity.id} ({entity.name!r}).", err=True)
    click.echo(f"added {target} and {article_path} ({len(article.claims)} draft claims); "
               "review them, then `natoiraq validate`.", err=True)
    sys.exit(EXIT_CLEAN)


def _merge(seed_path: Path, article_path: Path, registry_path: Path, dry_run: bool) -> None:
    """`extract --merge`: add new drafts to a reviewed file, verified before it is replaced."""
    from natoiraq.io.seeds import SeedError, load_seed
    from natoiraq.io.yamlread import YamlIssue, read_yaml_text
    from natoiraq.merge import MergeError, plan_merge, pure_addition
    from natoiraq.validator import load_registry, validate_files

    try:
        seed = load_seed(seed_path)
        original = read_yaml_text(article_path)
        added, merged = plan_merge(original, seed.text, seed.sha256,
                                   load_registry(registry_path))
    except (SeedError, YamlIssue) as exc:
        where = f":{exc.line}:{exc.col}" if exc.line > 1 or exc.col > 1 else ""
        path = seed_path if isinstance(exc, SeedError) else article_path
        raise NatoiraqError(f"{path}{where}: {exc.message}") from None
    except MergeError as exc:
        raise NatoiraqError(f"{article_path}: {exc}") from None
    if dry_run or not added:
        click.echo(unified_diff(original, merged, str(article_path)), nl=False)
        click.echo(f"{len(added)} new draft claim(s) for {article_path}"
                   + (" (dry run: nothing written)." if added else "."), err=True)
        sys.exit(EXIT_CLEAN)
    check_addition = pure_addition(original, added)

    def verify(written: Path) -> None:
        check_addition(written)
        errors = validate_files(registry_path, None, [written], Path.cwd()).errors
        if errors:
            raise NatoiraqError(f"the merged {article_path} would not validate "
                                f"({errors[0].message}); nothing written.")

    with atomic_write(article_path, verify=verify) as handle:
        handle.write(merged)
    click.echo(f"added {len(added)} draft claim(s) to {article_path}", err=True)
    sys.exit(EXIT_CLEAN)


@cli.command("eval", context_settings=CONTEXT)
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path, file_okay=False),
              default=DEFAULT_CORPUS, show_default=True, help="Reviewed corpus to compare with.")
@click.option("--format", "fmt", type=click.Choice(EVAL_FORMATS), default="text",
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
    from natoiraq.evaluation import evaluate_dir
    from natoiraq.report.evaluation import render_evaluation

    result = evaluate_dir(corpus_dir, baseline)
    if result.evaluation is None or result.load_errors:
        click.echo(render_findings(result.load_errors, "text"), err=True, nl=False)
        click.echo(
            f"natoiraq: error: {corpus_dir} is not valid; run `natoiraq validate`.", err=True
        )
        sys.exit(EXIT_USAGE)
    click.echo(render_evaluation(result.evaluation, fmt), nl=False)
    for line in result.failures:
        click.echo(f"natoiraq: {line}.", err=True)
    sys.exit(EXIT_FINDINGS if result.failures else EXIT_CLEAN)


def main() -> None:
    """Console entry point (`natoiraq`)."""
    cli(prog_name="natoiraq")
