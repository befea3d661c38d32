"""Benchmark: the cleaner (stage 2) against the gold `boilerplate` spans of annotated articles.

For every article of the main corpus (the five seeds) and of the development set, compares
`clean_article`'s boilerplate with the annotator's and lists, per article:
- body dropped: text the cleaner marks as boilerplate that the annotator kept as body (the worse
  error: a claim there is lost without a word);
- furniture kept: gold boilerplate the cleaner leaves in the body.
Only non-space characters count. Run from the repository root:

    python benchmarks/bench_clean.py [--set dev|seeds|all] [--quiet]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ruamel.yaml import YAML

from natoiraq.clean import clean_article
from natoiraq.io.seeds import load_seed

REPO = Path(__file__).resolve().parents[1]
SETS = {"seeds": REPO, "dev": REPO / "evalsets" / "dev"}


def _segments(text: str, marks: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of marked offsets (joined over spaces, not over line breaks) as (start, end)."""
    runs: list[tuple[int, int]] = []
    for i in sorted(marks):
        if runs and text[runs[-1][1] : i] in ("", " "):
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _chars(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {i for a, b in spans for i in range(a, b) if not text[i].isspace()}


def compare(root: Path, quiet: bool) -> tuple[int, int, int]:
    """Print one line per article (and its errors); return (gold chars, dropped, kept)."""
    yaml = YAML(typ="safe", pure=True)
    total_gold = total_dropped = total_kept = 0
    for path in sorted((root / "corpus" / "articles").glob("*.yaml")):
        data = yaml.load(path.read_text("utf-8"))
        text = load_seed(root / data["seed"]).text
        gold = _chars(text, [(b["start"], b["end"]) for b in data.get("boilerplate") or []])
        cleaned = clean_article(text)
        reasons = {i: b.reason for b in cleaned.boilerplate for i in range(b.start, b.end)}
        ours = _chars(text, [(b.start, b.end) for b in cleaned.boilerplate])
        dropped, kept = ours - gold, gold - ours
        total_gold += len(gold)
        total_dropped += len(dropped)
        total_kept += len(kept)
        print(
            f"{data['id']:32} gold {len(gold):5}  body dropped {len(dropped):5}"
            f"  furniture kept {len(kept):5}"
        )
        if quiet:
            continue
        for a, b in _segments(text, dropped):
            print(f"    DROPPED {a}-{b} [{reasons.get(a)}] {text[a:b][:100]!r}")
        for a, b in _segments(text, kept):
            print(f"    KEPT    {a}-{b} {text[a:b][:100]!r}")
    return total_gold, total_dropped, total_kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["seeds", "dev", "all"], default="all")
    parser.add_argument("--quiet", action="store_true", help="per-article totals only")
    args = parser.parse_args()
    names = list(SETS) if args.set == "all" else [args.set]
    summary = []
    for name in names:
        print(f"== {name}")
        summary.append((name, *compare(SETS[name], args.quiet)))
    print("\nset      gold chars  body dropped  furniture kept")
    for name, gold, dropped, kept in summary:
        print(f"{name:8} {gold:10}  {dropped:12}  {kept:14}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
