"""Grouping articles by origin: precision and recall on evalsets/origins, and how it scales.

    python benchmarks/bench_origins.py                 # dev: figures and the threshold sweep
    python benchmarks/bench_origins.py --set holdout   # the held-out set: report, never tune
    python benchmarks/bench_origins.py --scale 500,1000,2000,4000

Pairs are scored as evalsets/origins/README.md says: a pair of texts should be grouped exactly
when their truth groups are equal; recall per relation counts a derived text as found when it is
grouped with its source. Texts are cleaned as `natoiraq add` cleans them (page furniture left
out) and grouped by the rules reconcile uses (compare/overlap.py): shared prose, one story's
names and numbers in one order, and two texts crediting one source for one story (credits read
by extractor/origins.py, as `natoiraq add` proposes them); --measured-only uses shared prose
alone.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

from natoiraq.clean import clean_article
from natoiraq.compare import overlap as ov
from natoiraq.extractor.origins import stated_credits

SETS = Path(__file__).resolve().parent.parent / "evalsets" / "origins"
SWEEP = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)


def load(name: str) -> tuple[list[dict[str, str]], list[str]]:
    folder = SETS / name
    truth = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))
    articles = [a for story in truth["stories"] for a in story["articles"]]
    texts = [(folder / a["file"]).read_text(encoding="utf-8") for a in articles]
    return articles, texts


class Texts:
    """Each text's prose fingerprint, story tokens and credit keys."""

    def __init__(self, texts: list[str]) -> None:
        cache: dict[str, int] = {}
        self.prints, self.tokens, self.keys, self.sequences = [], [], [], []
        for text in texts:
            cleaned = clean_article(text)
            skip = [(b.start, b.end) for b in cleaned.boilerplate]
            self.prints.append(ov.text_print(text, skip, cache))
            self.sequences.append(ov.story_sequence(text, skip))
            self.tokens.append(frozenset(self.sequences[-1]))
            credits = stated_credits(text, cleaned)
            self.keys.append(frozenset().union(*(c.keys for c in credits)))


def grouped(found: Texts, threshold: float, *, stated: bool = True) -> list[int]:
    """Each text's group number under `threshold` (and the stated credits, unless told not)."""
    prints = found.prints
    edges = []
    if stated:  # every rule reconcile uses, not the shingles alone
        edges += ov.credit_pairs(found.keys, found.tokens)
        edges += [(a, b) for a, b, _ in ov.order_pairs(found.sequences)]
    for i, j in ov.candidate_pairs([p.fingerprints for p in prints]):
        found = ov.overlap(prints[i], prints[j])
        long_enough = min(len(prints[i].shingles), len(prints[j].shingles)) >= ov.MIN_SHINGLES
        if long_enough and found.containment >= threshold:
            edges.append((i, j))
    group_of = [0] * len(prints)
    for n, members in enumerate(ov.groups(len(prints), edges)):
        for i in members:
            group_of[i] = n
    return group_of


def score(articles: list[dict[str, str]], group_of: list[int]) -> tuple[float, float, int, int]:
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(articles)), 2):
        same = articles[i]["group"] == articles[j]["group"]
        said = group_of[i] == group_of[j]
        tp += same and said
        fp += said and not same
        fn += same and not said
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, fp, fn


def per_relation(articles: list[dict[str, str]], group_of: list[int]) -> dict[str, str]:
    index = {a["file"]: n for n, a in enumerate(articles)}
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for n, article in enumerate(articles):
        if article["source"] is None:
            continue
        total[article["relation"]] += 1
        found[article["relation"]] += group_of[n] == group_of[index[article["source"]]]
    return {rel: f"{found[rel]}/{total[rel]}" for rel in sorted(total)}


def scale(sizes: list[int]) -> None:
    """Candidate generation and grouping time on synthetic archives made of the dev texts:
    each copy has every tenth word replaced, so copies of one text overlap as light edits do."""
    _, texts = load("dev")
    rng = random.Random(14)
    for size in sizes:
        made = []
        for n in range(size):
            words = texts[n % len(texts)].split(" ")
            for k in range(rng.randrange(10), len(words), 10):
                words[k] = f"w{rng.randrange(10**6)}"
            made.append(" ".join(words))
        start = time.perf_counter()
        found = Texts(made)
        printed = time.perf_counter() - start
        pairs = ov.candidate_pairs([p.fingerprints for p in found.prints])
        for i, j in pairs:
            ov.overlap(found.prints[i], found.prints[j])
        ov.credit_pairs(found.keys, found.tokens)
        ov.order_pairs(found.sequences)
        total = time.perf_counter() - start
        print(f"{size:6d} texts: cleaning and prints {printed:6.2f} s, {len(pairs):7d} candidate "
              f"pairs, all rules {total:6.2f} s ({1000 * total / size:.2f} ms a text)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="dev", choices=["dev", "holdout"])
    parser.add_argument("--scale", default=None, help="comma-separated archive sizes")
    parser.add_argument("--measured-only", action="store_true",
                        help="group by shared prose alone (no credits, no story order)")
    args = parser.parse_args(argv)
    if args.scale:
        scale([int(n) for n in args.scale.split(",")])
        return 0
    articles, texts = load(args.set)
    found = Texts(texts)
    prints = found.prints
    stated = not args.measured_only
    pairs = sum(1 for i, j in itertools.combinations(range(len(articles)), 2)
                if articles[i]["group"] == articles[j]["group"])
    print(f"{args.set}: {len(articles)} texts, {pairs} same-origin pairs, "
          f"{len(ov.candidate_pairs([p.fingerprints for p in prints]))} candidate pairs "
          "measured; grouped by "
          f"{'shared prose, story order and stated credits' if stated else 'shared prose alone'}")
    for threshold in SWEEP:
        group_of = grouped(found, threshold, stated=stated)
        precision, recall, fp, fn = score(articles, group_of)
        mark = "  <- SAME_ORIGIN_CONTAINMENT" if threshold == ov.SAME_ORIGIN_CONTAINMENT else ""
        print(f"  containment >= {threshold:.2f}: pair precision {precision:.3f}, recall "
              f"{recall:.3f} ({fp} false pairs, {fn} missed){mark}")
    group_of = grouped(found, ov.SAME_ORIGIN_CONTAINMENT, stated=stated)
    print("  derived texts grouped with their source, by relation:")
    for relation, figure in per_relation(articles, group_of).items():
        print(f"    {relation:20s} {figure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
