"""Command line: a click group; each command parses, calls one library function, renders, exits.

Exit codes (every command): 0 clean; 1 findings (validation errors; conflicts only where
--fail-on asks); 2 usage, configuration or I/O error; 3 internal error (a bug in natoiraq);
130 Ctrl-C, 143 SIGTERM, 129 SIGHUP (docs/files.md).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import importlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from natoiraq import __version__
from natoiraq.errors import InternalError, NatoiraqError
from natoiraq.text import visible

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

    from natoiraq.corpus import Corpus
    from natoiraq.io.cache import ArticleCache
    from natoiraq.validator.view import CorpusView

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
#: A command function, as click's decorators take and give it back.
F = TypeVar("F", bound=Callable[..., Any])
#: Ctrl-C, as shells report a command that SIGINT ended (128 + 2); SIGTERM and SIGHUP likewise
#: end a command with 128 + their number (143, 129).
EXIT_INTERRUPTED = 130
DEFAULT_CORPUS = Path("corpus")
ISSUES_HINT = "This is a bug in natoiraq: please report it with the command you ran."

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: Signals that end a command the way Ctrl-C does: raised as Terminated in the main thread, so
#: that every `finally` runs (temporary files removed, a half-done `add` undone; issue 12, item 8).
TERMINATING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Terminated(BaseException):
    """SIGTERM or SIGHUP, raised where the program is, as KeyboardInterrupt is for SIGINT."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, frame: object) -> None:
    raise Terminated(signum)


#: Every command: its module under natoiraq.cli and the one line `natoiraq --help` shows
#: (tests/cli/test_help.py checks each line is its command's own short help). A command's
#: module, and the library it calls, is imported only when that command runs: `natoiraq
#: --help` took a second when it imported every command's library.
COMMANDS: dict[str, tuple[str, str]] = {
    "add": ("add", "Start a new article: copy its text into seeds/, write a scaffold with "
            "draft claims."),
    "check": ("check", "Check a draft story against the corpus, claim by claim, problems "
              "first."),
    "eval": ("eval", "Score the extractor against the reviewed corpus: precision, recall, F1 "
             "per kind."),
    "extract": ("extract", "Turn plain-text or Markdown articles into draft claims in the "
                "corpus format."),
    "fmt": ("fmt", "Rewrite corpus YAML in the one canonical style; comments are kept."),
    "init": ("init", "Start a corpus of your own for another story: registry, reference, "
             "seeds, CI and hooks."),
    "origins": ("origins", "List the groups of articles that share one origin, with the "
                "evidence."),
    "reconcile": ("reconcile", "Compare the articles' claims: agreements, conflicts, "
                  "variants, single sources."),
    "rules": ("rules", "List every rule code the validator uses, with its explanation."),
    "schema": ("schema", "Write the JSON Schemas of the corpus files and the JSON reports, "
               "generated from the models."),
    "validate": ("validate", "Check corpus files: YAML, schema, seeds, spans and registry ids."),
}  # fmt: skip


class _Cli(click.Group):
    """Maps exceptions to exit codes: user errors 2, bugs 3 (short message, no traceback).

    Commands load lazily (COMMANDS): a command's module registers it on first use.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS and cmd_name not in self.commands:
            importlib.import_module(f"natoiraq.cli.{COMMANDS[cmd_name][0]}")
        return super().get_command(ctx, cmd_name)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[CompletionItem]:
        """Command names and their lines from COMMANDS, then the group's options: click's own
        version imports every command to ask its help (0.9 s a Tab press; 0.3 s this way)."""
        from click.shell_completion import CompletionItem

        names = [
            CompletionItem(name, help=COMMANDS[name][1])
            for name in self.list_commands(ctx)
            if name.startswith(incomplete)
        ]
        return names + click.Command.shell_complete(self, ctx, incomplete)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

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
        except KeyboardInterrupt:  # click would say "Aborted!" and exit 1, the findings code
            click.echo("natoiraq: interrupted; no file was left half-written.", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except Terminated as exc:
            name = signal.Signals(exc.signum).name
            click.echo(f"natoiraq: stopped by {name}; no file was left half-written.", err=True)
            ctx.exit(128 + exc.signum)
        except NatoiraqError as exc:
            # Messages echo file names, ids and keys: escaped, one line per line they mean.
            click.echo(f"natoiraq: error: {visible(str(exc), keep=chr(10))}", err=True)
            ctx.exit(EXIT_USAGE)
        except BrokenPipeError:  # `natoiraq reconcile | head`: the reader has seen enough
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout
            ctx.exit(EXIT_CLEAN)
        except OSError as exc:  # a disk full or a permission refused: the user's to fix
            where = f" {visible(str(exc.filename))}" if exc.filename else ""
            click.echo(f"natoiraq: error: I/O error{where}: {exc.strerror or exc}", err=True)
            ctx.exit(EXIT_USAGE)
        except Exception as exc:  # the one place that turns any bug into exit 3
            if os.environ.get("NATOIRAQ_DEBUG"):
                raise
            kind = "internal error" if not isinstance(exc, InternalError) else "error"
            click.echo(f"natoiraq: {kind}: {type(exc).__name__}: {visible(str(exc))}", err=True)
            click.echo(f"{ISSUES_HINT} Set NATOIRAQ_DEBUG=1 to see the traceback.", err=True)
            ctx.exit(EXIT_INTERNAL)
        finally:
            if gc_was_enabled:
                gc.enable()


@click.group(cls=_Cli, context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="natoiraq")
def cli() -> None:
    """Check news stories against their sources: a corpus of articles, compared claim by claim.

    Run from a corpus repository's root (the folder holding corpus/ and seeds/), commands use
    ./corpus and ./seeds. natoiraq's own repository holds a corpus of five articles about
    NATO's training mission in Iraq (Jan-Feb 2020); `natoiraq init DIR` starts one for
    another story.

    \b
    Examples:
      natoiraq reconcile                  what the articles agree and disagree on
      natoiraq check draft.md             a draft story's claims against the corpus
      natoiraq validate --strict          every corpus file, as CI checks them
      natoiraq init flood-2024 --story "Floods in the Esk valley, March 2024"

    \b
    Exit codes:
      0    clean
      1    findings (validation errors; conflicts only where --fail-on asks)
      2    usage, configuration or I/O error
      3    internal error (a bug in natoiraq)
      130  interrupted by Ctrl-C (SIGTERM 143, SIGHUP 129); no file is left half-written
    """


JOBS_OPTION = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None,
    help="Files checked at once, in worker processes [default: all cores]. Output is the same "
    "for every value.")


ROOT_OPTION = click.option(
    "--root", type=click.Path(path_type=Path, file_okay=False), default=None,
    help="Repository root that seed paths are relative to [default: the folder holding the "
    "corpus folder].")


def corpus_option(what: str) -> Callable[[F], F]:
    """`--corpus DIR` (default ./corpus), `what` saying what the command does with it."""
    return click.option("--corpus", "corpus_dir", default=DEFAULT_CORPUS, show_default=True,
                        type=click.Path(path_type=Path, file_okay=False), help=what)


def jobs_count(jobs: int | None) -> int:
    """--jobs as given, or all cores."""
    from natoiraq.parallel import default_jobs

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
def progress_bar(label: str) -> Iterator[_Bar | None]:
    """A progress bar on stderr when stderr is a terminal; None (silent) otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        yield _Bar(progress, progress.add_task(label, total=0))


class NoCorpus(NatoiraqError):
    """A command that needs a corpus, run where there is none: the message says how to start
    one (issue 13, item 4). Every command says it in these words, through require_corpus."""

    def __init__(self, corpus_dir: Path) -> None:
        super().__init__(
            f"no corpus folder {corpus_dir}: run natoiraq from a corpus repository's root (the "
            "folder holding corpus/ and seeds/), or start one with `natoiraq init DIR`."
        )
        self.corpus_dir = corpus_dir


def require_corpus(corpus_dir: Path = DEFAULT_CORPUS) -> None:
    """NoCorpus (exit 2, one line on stderr) unless `corpus_dir` is a folder."""
    if not corpus_dir.is_dir():
        raise NoCorpus(corpus_dir)


#: Set to 1 to read the corpus without its cache (.natoiraq/cache.sqlite3; docs/files.md).
NO_CACHE_ENV = "NATOIRAQ_NO_CACHE"

#: Plain text or Markdown: what extract, add and check read.
EXTRACT_SUFFIXES = (".txt", ".text", ".md", ".markdown")


#: Where valid_corpus leaves the command's corpus cache (click's per-command `meta`).
CACHE_KEY = "natoiraq.cache"


def _show_notes(cache: ArticleCache) -> None:
    """The cache's notes not shown yet, one line each on stderr."""
    for note in cache.untold():
        click.echo(f"natoiraq: note: {visible(note)}", err=True)


def _close_cache(cache: ArticleCache) -> None:
    """At the command's end: the cache closed, and any note since the load shown."""
    cache.close()
    _show_notes(cache)


def corpus_memo() -> ArticleCache | None:
    """The cache valid_corpus opened for this command, to keep what is worked out from the
    whole corpus (its origin groups) between commands; None without one (NATOIRAQ_NO_CACHE)."""
    from natoiraq.io.cache import ArticleCache

    context = click.get_current_context(silent=True)
    found = context.meta.get(CACHE_KEY) if context is not None else None
    return found if isinstance(found, ArticleCache) else None


def valid_view(
    corpus_dir: Path, root: Path | None, *, digests: bool = True
) -> Corpus | CorpusView:
    """For check: a view of the corpus in the cache, whose articles are read as the draft needs
    them (validator/view.py); the corpus read in full (valid_corpus) where there is no cache or
    no view can stand for it (an error to report, a duplicate id)."""
    require_corpus(corpus_dir)
    if os.environ.get(NO_CACHE_ENV, "") not in ("", "0"):
        return valid_corpus(corpus_dir, root)
    from natoiraq.compare.overlap import prints_part
    from natoiraq.parallel import default_jobs, mapper
    from natoiraq.validator.cached import open_cache
    from natoiraq.validator.view import load_view

    top = root if root is not None else corpus_dir.resolve().parent
    cache = open_cache(top)
    view = load_view(
        corpus_dir, top, cache, mapper(default_jobs()), digests=digests, prints=prints_part
    )
    _show_notes(cache)
    if view is None:
        cache.close()
        # A cache given up (its note is shown) is not tried again: one note, not two.
        return valid_corpus(corpus_dir, root, cached=not cache.off)
    context = click.get_current_context(silent=True)
    if context is not None:
        context.meta[CACHE_KEY] = cache
        context.call_on_close(functools.partial(_close_cache, cache))
    return view


def valid_corpus(corpus_dir: Path, root: Path | None, *, cached: bool = True) -> Corpus:
    """The corpus, read in worker processes; an invalid one ends the command (exit 2).
    `cached=False` reads it without the cache, as NATOIRAQ_NO_CACHE does."""
    require_corpus(corpus_dir)
    from natoiraq import validator
    from natoiraq.parallel import default_jobs, mapper
    from natoiraq.report.diagnostics import render_findings

    # Reading is most of a command's time at thousands of articles: all cores (issue 6), and
    # only the files changed since the last command (the cache, issue 15; docs/files.md).
    cache = None
    if cached and os.environ.get(NO_CACHE_ENV, "") in ("", "0"):
        from natoiraq.validator.cached import open_cache

        cache = open_cache(root if root is not None else corpus_dir.resolve().parent)
    loaded = validator.load_corpus(corpus_dir, root, mapper=mapper(default_jobs()), cache=cache)
    if cache is not None:
        cache.close()
        _show_notes(cache)
        # Kept for what the command works out from the whole corpus later (corpus_memo).
        context = click.get_current_context(silent=True)
        if context is not None:
            context.meta[CACHE_KEY] = cache
            context.call_on_close(functools.partial(_close_cache, cache))
    if loaded.corpus is None or loaded.errors:
        click.echo(render_findings(loaded.errors, "text"), err=True, nl=False)
        click.echo(f"natoiraq: error: {visible(str(corpus_dir))} is not valid; run "
                   "`natoiraq validate`.", err=True)  # fmt: skip
        sys.exit(EXIT_USAGE)
    return loaded.corpus


def main() -> None:
    """Console entry point (`natoiraq`): SIGTERM and SIGHUP end a command as Ctrl-C does."""
    for signum in TERMINATING_SIGNALS:
        signal.signal(signum, _terminate)
    try:
        cli(prog_name="natoiraq")
    finally:
        # The command is done (its output written, files closed): what it built is freed as
        # the process ends without being searched for reference cycles first. At 10,000
        # articles the interpreter's last collections took a tenth of a second of a one-second
        # check (issue 15). Finalisation (flushing, atexit handlers) is as before.
        gc.freeze()
