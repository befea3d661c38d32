"""Benchmark: wall time of `natoiraq reconcile` from a cold start, and how reconcile() scales.

Run from the repository root:

    .venv/bin/python benchmarks/bench_reconcile.py              # 7 cold runs per format
    .venv/bin/python benchmarks/bench_reconcile.py --runs 15 --scale 1,10,100,1000

Cold start: each run is a fresh interpreter (`python -m natoiraq reconcile`), so the figure
includes imports, YAML loading, validation, reconciliation and rendering: what an editor waits
for. Scale (issue 6): the real corpus's articles are cloned under new ids N times and only
`reconcile()` is timed in-process; near-linear growth means the blocking works.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cold_runs(fmt: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "natoiraq", "reconcile", "--format", fmt],
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"reconcile --format {fmt} exited {done.returncode}:\n{done.stderr.decode()}")
    return times


def scale_runs(factors: list[int]) -> list[tuple[int, int, float]]:
    from natoiraq.corpus import Corpus
    from natoiraq.reconciler import reconcile
    from natoiraq.validator import load_corpus

    loaded = load_corpus(ROOT / "corpus", ROOT)
    if loaded.corpus is None or loaded.errors:
        sys.exit("the corpus is not valid; run `natoiraq validate` first")
    base = loaded.corpus
    out = []
    for factor in factors:
        articles = [
            replace(rec, article=rec.article.model_copy(update={"id": f"{rec.article.id}-{n}"}))
            for n in range(factor)
            for rec in base.articles
        ]
        big = Corpus(registry=base.registry, reference=base.reference, articles=articles)
        start = time.perf_counter()
        report = reconcile(big)
        out.append((len(articles), len(report.findings), time.perf_counter() - start))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="cold runs per format")
    parser.add_argument("--formats", default="text,json", help="comma-separated formats")
    parser.add_argument("--scale", default="1,10,100", help="clone factors for the scale run")
    args = parser.parse_args()

    print(f"python {sys.version.split()[0]}, {args.runs} cold runs each, repo {ROOT}")
    for fmt in args.formats.split(","):
        times = cold_runs(fmt, args.runs)
        print(
            f"natoiraq reconcile --format {fmt:<8} min {min(times):.3f}s  "
            f"median {statistics.median(times):.3f}s  max {max(times):.3f}s"
        )
    if args.scale:
        print("reconcile() in-process, corpus cloned:")
        for n_articles, n_findings, seconds in scale_runs([int(f) for f in args.scale.split(",")]):
            per = seconds / n_articles * 1000
            print(f"  {n_articles:>6} articles  {n_findings:>6} findings  {seconds:8.3f}s"
                  f"  ({per:.2f} ms/article)")  # fmt: skip


if __name__ == "__main__":
    main()
