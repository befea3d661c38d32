"""Benchmark every command on synthetic corpora of N articles: wall time, peak memory, scaling.

    .venv/bin/python benchmarks/run.py --sizes 100,1000,10000 [--json FILE] [--jobs N]
                                       [--stories K]

Reconcile and check run cold (the corpus cache .natoiraq/ deleted first), warm (the median of
`--repeat` runs, 3 by default), and after one article changed, and the run ends with issue 15's
targets, each marked met or not.

Each size's corpus is generated once (benchmarks/synth.py; cached under the temp folder by size)
and each command runs in a fresh interpreter (`python -m natoiraq ...`, cwd = the synthetic
repository); its peak memory is the largest sum of resident memory over the child and its worker
processes, sampled every 10 ms (or the child's own maximum, os.wait4, where larger). The scaling
exponent between two sizes is log(t2/t1) / log(n2/n1): 1 is linear, 2 all-pairs.

Side by side, on the same files: `check-jsonschema` with our exported schema (a benchmark-only
dependency, `pip install '.[bench]'`; installed here if missing), and reconcile's blocked quote
matching against a naive all-pairs rapidfuzz comparison of the same quotes.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # the generator sits next to this file (sys.path above)

#: All-pairs comparisons actually run for the naive baseline; beyond this it is extrapolated
#: from the measured rate (10 000 articles hold ~37 000 quotes: ~700 million pairs).
ALL_PAIRS_CAP = 1_000_000


@dataclass
class Run:
    size: int
    command: str
    wall_s: float
    peak_mb: float
    exit: int = 0


def _cache(size: int, stories: int = 1) -> Path:
    name = f"n{size}" if stories == 1 else f"n{size}-s{stories}"
    out = Path(tempfile.gettempdir()) / "natoiraq-bench" / name
    stamp = out / ".complete"
    if not stamp.exists():
        print(f"generating {size} articles ({stories} stories) in {out} ...", file=sys.stderr)
        synth.build(size, out, stories=stories)
        stamp.write_text("ok\n")
    return out


#: How often the memory of a command's process tree is summed (seconds).
SAMPLE_SECONDS = 0.01
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _tree(pid: int) -> list[int]:
    """A process and its descendants (Linux /proc; just the process where that is missing)."""
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text(encoding="ascii")
                todo.extend(int(child) for child in children.split())
        except OSError:
            continue
    return out


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text(encoding="ascii").split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


class TreePeak(threading.Thread):
    """The largest sum of resident memory over a process and its workers, sampled.

    Why: wait4's ru_maxrss is the largest single process, and issue 15 asks for the memory of
    a command with its worker processes included. Sampling may miss a peak shorter than
    SAMPLE_SECONDS; the figure reported is the larger of this and ru_maxrss."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak = max(self.peak, sum(_rss(p) for p in _tree(self.pid)))
            self.done.wait(SAMPLE_SECONDS)


def timed(cmd: list[str], cwd: Path) -> tuple[float, float, int]:
    """(wall seconds, peak MB of the child with its workers, exit code); output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreePeak(proc.pid)
    sampler.start()
    assert proc.stderr is not None
    with proc.stderr:
        err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    sampler.done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    code = proc.returncode
    if code not in (0, 1):
        print(f"  {' '.join(cmd[:4])} exited {code}: {err.decode()[-400:]}", file=sys.stderr)
    # ru_maxrss is in KiB on Linux
    return wall, max(usage.ru_maxrss * 1024, sampler.peak) / 2**20, code


def natoiraq(*args: str) -> list[str]:
    return [sys.executable, "-m", "natoiraq", *args]


def compiled() -> None:
    """Compile natoiraq's modules to bytecode once, as an install does.

    Why: Python keeps each module's bytecode after its first import, except where the
    environment says not to (PYTHONDONTWRITEBYTECODE, as in some containers and CI images);
    there every command would compile natoiraq's sources again, about 0.13 s of each, which
    no installed user pays.
    """
    import natoiraq

    package = Path(natoiraq.__file__).resolve().parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=False)


def has_check() -> bool:
    done = subprocess.run(natoiraq("check", "--help"), capture_output=True, check=False)
    return done.returncode == 0


#: What each row does before its command runs (issue 15): `cold` deletes the corpus cache
#: (.natoiraq/), `change` edits one article (its first claim's note: edited) and puts it back after.
PREPARE = {
    "reconcile-cold": "cold", "reconcile-one-change": "change", "check-cold": "cold",
}  # fmt: skip


def needed(name: str, wanted: set[str]) -> bool:
    """Whether a row runs: every row without `--rows`, else the rows named and the cold row
    of any warm or changed row named (it fills the cache that row reads)."""
    if not wanted or name in wanted:
        return True
    family = name.removesuffix("-cold")
    return name.endswith("-cold") and any(w.startswith(f"{family}-") for w in wanted)


def commands(repo: Path, size: int, jobs: int, check: bool) -> dict[str, list[str]]:
    """The rows, in the order they run: each warm row right after its cold one."""
    seeds = sorted(str(p.relative_to(repo)) for p in (repo / "seeds").glob("*.txt"))
    reconcile = natoiraq("reconcile", "--format", "json", "--out", "report.json")
    out = {
        "validate": natoiraq("validate", "--jobs", str(jobs)),
        "extract": natoiraq(
            "extract", "--jobs", str(jobs), "--published", "2020-01-06", "--out", "drafts", *seeds
        ),
        "reconcile-cold": reconcile,
        "reconcile-warm": reconcile,
        "reconcile-one-change": reconcile,
        "reconcile-text": natoiraq("reconcile", "--out", "report.txt"),
    }
    draft = Path(__file__).resolve().parent.parent / "examples" / "draft-story.md"
    if check and draft.is_file():
        out["check-cold"] = out["check-warm"] = natoiraq("check", str(draft), "--format", "json")
    return out


#: Rows run `--repeat` times, their median time shown: they change nothing (the cache is
#: warm), so each run is the same work.
REPEATED = frozenset({"reconcile-warm", "check-warm"})

#: The line an edited claim's note becomes (a plain YAML scalar, whatever the note was).
EDITED_NOTE = "  note: edited for the benchmark"


def edited(repo: Path) -> tuple[Path, str] | None:
    """Edit one article file as an annotator would: its first claim's note. The claim's block
    is compared again (a note is part of the claim) though no finding changes. Its path and
    former text, to put back; None when no article has a claim with a note."""
    for path in sorted((repo / "corpus" / "articles").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        head, claims, rest = text.partition("\nclaims:\n")
        lines = rest.split("\n")
        # Claims as synth.py writes them: "- id: ..." then their fields indented by two.
        for n, line in enumerate(lines):
            if n and line.startswith("- "):
                break  # the first claim has no note
            if line.startswith("  note: "):
                lines[n] = EDITED_NOTE
                path.write_text(head + claims + "\n".join(lines), encoding="utf-8")
                return path, text
    return None


def check_jsonschema() -> str | None:
    """The check-jsonschema executable, installed into this venv if missing; None if it cannot."""
    exe = Path(sys.executable).with_name("check-jsonschema")
    if not exe.exists():
        print("installing check-jsonschema (benchmark only) ...", file=sys.stderr)
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "check-jsonschema"], check=False
        )
    return str(exe) if exe.exists() else None


def all_pairs(repo: Path) -> tuple[float, float, int, bool]:
    """(blocked s, naive all-pairs s, quotes, extrapolated): the same quotes, two ways."""
    from rapidfuzz import fuzz, process

    from natoiraq.parallel import default_jobs, mapper
    from natoiraq.reconciler import Index
    from natoiraq.reconciler.quotes import quote_findings
    from natoiraq.text import fold_quote
    from natoiraq.validator import load_corpus

    corpus = load_corpus(repo / "corpus", repo, mapper=mapper(default_jobs())).corpus
    assert corpus is not None
    records = sorted(corpus.articles, key=lambda r: r.article.id)
    start = time.perf_counter()
    list(quote_findings(Index.of(corpus)))
    blocked = time.perf_counter() - start
    quotes = [
        fold_quote(c.value.text) for r in records for c in r.article.claims if c.kind == "quote"
    ]
    total = len(quotes) * (len(quotes) - 1) // 2
    pairs = itertools.islice(itertools.combinations(range(len(quotes)), 2), ALL_PAIRS_CAP)
    start = time.perf_counter()
    done = 0
    for i, j in pairs:
        process.extractOne(
            quotes[i], [quotes[j]], scorer=fuzz.token_set_ratio, processor=None, score_cutoff=50
        )
        done += 1
    naive = (time.perf_counter() - start) * total / max(done, 1)
    return blocked, naive, len(quotes), done < total


def exponent(t1: float, t2: float, n1: int, n2: int) -> float:
    return math.log(max(t2, 1e-9) / max(t1, 1e-9)) / math.log(n2 / n1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="article counts, comma-separated")
    parser.add_argument("--json", type=Path, default=None, help="also write the runs here")
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="--jobs for validate and extract [default: all cores]",
    )
    parser.add_argument(
        "--stories",
        type=int,
        default=1,
        help="stories the corpus tells (benchmarks/synth.py --stories): 1, every article one of "
        "the five real ones [default]; more, an archive-shaped corpus of that many stories",
    )
    parser.add_argument(
        "--rows",
        default="",
        help="only these rows, comma-separated (e.g. reconcile-cold,check-warm; a row's cold "
        "row runs first where it needs it) and no side-by-side figures [default: every row]",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs of each warm row, of which the median time is shown (they change nothing "
        "and take about a second, where one run's time varies by a few per cent) [default: 3]",
    )
    parser.add_argument("--all-pairs", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.all_pairs is not None:  # the quote-matching comparison, in a child (see below)
        print(json.dumps(all_pairs(args.all_pairs)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    compiled()
    check = has_check()
    if not check:
        print("note: `natoiraq check` is not available; its rows are skipped.", file=sys.stderr)
    wanted = {r.strip() for r in args.rows.split(",") if r.strip()}
    jsonschema = check_jsonschema() if not wanted else None
    runs: list[Run] = []
    side: list[str] = []
    for size in sizes:
        repo = _cache(size, args.stories)
        for name, cmd in commands(repo, size, args.jobs, check).items():
            if not needed(name, wanted):
                continue
            shutil.rmtree(repo / "drafts", ignore_errors=True)
            (repo / "drafts").mkdir()
            if PREPARE.get(name) == "cold":
                shutil.rmtree(repo / ".natoiraq", ignore_errors=True)
            before = edited(repo) if PREPARE.get(name) == "change" else None
            try:
                wall, peak, code = timed(cmd, repo)
                if name in REPEATED and args.repeat > 1:
                    times = [wall, *(timed(cmd, repo)[0] for _ in range(args.repeat - 1))]
                    wall = statistics.median(times)
            finally:
                if before is not None:
                    before[0].write_text(before[1], encoding="utf-8")
            runs.append(Run(size, name, round(wall, 2), round(peak, 1), code))
            print(f"  {size:>6} {name:<15} {wall:8.2f} s {peak:8.1f} MB", file=sys.stderr)
        if wanted:
            continue  # the rows asked for only
        if jsonschema is None:
            side.append(f"{size:>6}  check-jsonschema: could not be installed, no figure")
        else:
            files = sorted(str(p.relative_to(repo)) for p in (repo / "corpus/articles").glob("*"))
            wall, peak, _ = timed(
                [jsonschema, "--schemafile", "schema/article.schema.json", *files], repo
            )
            runs.append(Run(size, "check-jsonschema", round(wall, 2), round(peak, 1)))
            ours = next(r.wall_s for r in runs if r.size == size and r.command == "validate")
            side.append(
                f"{size:>6}  check-jsonschema {wall:.2f} s vs validate {ours:.2f} s "
                f"(schema only vs schema + seeds + offsets): ratio {wall / ours:.1f}x"
            )
        # In a child of its own: a child's peak memory starts at this process's size when it is
        # forked (Linux keeps the high-water mark across exec), so this process stays small.
        done = subprocess.run(
            [sys.executable, __file__, "--all-pairs", str(repo)],
            capture_output=True,
            text=True,
            check=True,
        )
        blocked, naive, quotes, extrapolated = json.loads(done.stdout)
        side.append(
            f"{size:>6}  quote matching over {quotes} quotes: blocked {blocked:.2f} s, "
            f"naive all-pairs {naive:.1f} s{' (extrapolated)' if extrapolated else ''}"
            f": {naive / max(blocked, 1e-9):.0f}x"
        )
    print(table(runs, sizes))
    print("\n".join(side))
    print("\n".join(targets(runs, sizes)))
    if args.json is not None:
        args.json.write_text(json.dumps({"runs": [asdict(r) for r in runs]}, indent=1) + "\n")
    return 0


def targets(runs: list[Run], sizes: list[int]) -> list[str]:
    """Issue 15's targets, each with the figure measured and whether it is met."""
    by = {(r.size, r.command): r for r in runs}
    big, small = max(sizes), min(sizes)
    lines = [f"issue 15 targets (largest size {big:,}, smallest {small:,}):"]

    def line(what: str, figure: str, met: bool) -> None:
        lines.append(f"  {'met    ' if met else 'NOT MET'}  {what}: {figure}")

    warm, warm_small = by.get((big, "check-warm")), by.get((small, "check-warm"))
    if warm is not None and warm_small is not None:
        line("check warm <= 1 s", f"{warm.wall_s:.2f} s", warm.wall_s <= 1)
        ratio = warm.wall_s / max(warm_small.wall_s, 1e-9)
        line(f"check warm within 2x of {small:,} articles", f"{ratio:.1f}x", ratio <= 2)
    cold, change = by.get((big, "reconcile-cold")), by.get((big, "reconcile-one-change"))
    if cold is not None and change is not None:
        share = change.wall_s / max(cold.wall_s, 1e-9)
        line("reconcile after one change <= 25% of cold", f"{share:.0%}", share <= 0.25)
        line("cold reconcile <= 15 s", f"{cold.wall_s:.2f} s", cold.wall_s <= 15)
    ours = [r for r in runs if r.size == big and r.command != "check-jsonschema"]
    peak = max(ours, key=lambda r: r.peak_mb, default=None)
    if peak is not None:
        line("peak memory of every command <= 1 GB (with its workers)",
             f"{peak.peak_mb:.0f} MB ({peak.command})", peak.peak_mb <= 1024)  # fmt: skip
    return lines


def table(runs: list[Run], sizes: list[int]) -> str:
    names = list(dict.fromkeys(r.command for r in runs))
    by = {(r.size, r.command): r for r in runs}
    head = "| command | " + " | ".join(f"{n:,} articles" for n in sizes)
    pairs = list(itertools.pairwise(sizes))
    head += "".join(f" | exponent {a:,}->{b:,}" for a, b in pairs) + " |"
    lines = [head, "|" + "---|" * (1 + len(sizes) + len(pairs))]
    for name in names:
        cells = []
        for n in sizes:
            r = by.get((n, name))
            cells.append(f"{r.wall_s:.2f} s, {r.peak_mb:.0f} MB" if r else "-")
        for a, b in pairs:
            ra, rb = by.get((a, name)), by.get((b, name))
            cells.append(f"{exponent(ra.wall_s, rb.wall_s, a, b):.2f}" if ra and rb else "-")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
