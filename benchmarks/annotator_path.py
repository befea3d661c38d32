"""The annotator's whole path, measured (issue 10): add articles nobody has reviewed yet, reconcile
with their draft claims, and count how many of the conflicts an editor then reads are real.

For each development article on this story (evalsets/dev, the NATO/Iraq ones), in a scratch copy
of the repository:
1. `natoiraq add` it (draft claims; speakers, actors, events and quantities the registry lacks
   are proposed), then `reconcile --include-drafts`: the conflicts an editor would read;
2. in a second scratch copy, the same articles with their hand annotations (reviewed, and the dev
   registry's entries merged into the registry), then `reconcile`: the conflicts that are real.
A conflict of the first run is real when the second run has a conflict with the same finding id
(ids come from content: kind, topic or decider/action/object). The script prints each conflict
with its verdict and the share that is real; the goal is >= 80%.

    python benchmarks/annotator_path.py [--json FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ruamel.yaml import YAML

REPO = Path(__file__).resolve().parents[1]
DEV = REPO / "evalsets" / "dev"


@contextlib.contextmanager
def _scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="natoiraq-path-") as tmp:
        root = Path(tmp)
        shutil.copytree(REPO / "corpus", root / "corpus")
        shutil.copytree(REPO / "seeds", root / "seeds")
        shutil.copytree(REPO / "schema", root / "schema")
        old = Path.cwd()
        os.chdir(root)
        try:
            yield root
        finally:
            os.chdir(old)


def _dev_articles() -> list[Path]:
    """Dev articles on this story: their annotations use topics of the main corpus's registry
    (the others are about other stories and would only add single sources)."""
    yaml = YAML(typ="safe")
    registry = yaml.load((REPO / "corpus" / "registry.yaml").read_text(encoding="utf-8"))
    ours = {
        item["id"]
        for section in ("entities", "events", "quantities", "topics")
        for item in registry.get(section) or []
    }
    found = []
    for path in sorted((DEV / "corpus" / "articles").glob("*.yaml")):
        article = yaml.load(path.read_text(encoding="utf-8"))
        if {c.get("topic") for c in article.get("claims") or []} & ours:
            found.append(path)
    return found


def _conflicts(root: Path, include_drafts: bool) -> dict[str, str]:
    from natoiraq import load_corpus, reconcile

    report = reconcile(load_corpus(root / "corpus"), include_drafts=include_drafts)
    return {f.id: f.explanation for f in report.findings if f.verdict == "conflict"}


def drafted() -> dict[str, str]:
    """Conflicts after adding the dev articles as drafts (what the annotator first sees)."""
    from natoiraq.edit.add import add_article

    with _scratch() as root:
        for article in _dev_articles():
            data = YAML(typ="safe").load(article.read_text(encoding="utf-8"))
            seed = DEV / data["seed"]
            add_article(seed, data["id"], None, data.get("translated_from"))
        return _conflicts(root, include_drafts=True)


def gold() -> dict[str, str]:
    """Conflicts with the same articles reviewed by hand (the truth the drafts are held to)."""
    yaml = YAML()
    yaml.preserve_quotes = True
    with _scratch() as root:
        registry_path = root / "corpus" / "registry.yaml"
        registry = yaml.load(registry_path.read_text(encoding="utf-8"))
        dev_registry = yaml.load((DEV / "corpus" / "registry.yaml").read_text(encoding="utf-8"))
        for section in ("entities", "events", "quantities", "topics"):
            have = {item["id"] for item in registry[section]}
            registry[section] += [i for i in dev_registry[section] if i["id"] not in have]
        with registry_path.open("w", encoding="utf-8") as handle:
            yaml.dump(registry, handle)
        sums = (root / "seeds" / "SHA256SUMS").open("a", encoding="utf-8")
        for article in _dev_articles():
            data = YAML(typ="safe").load(article.read_text(encoding="utf-8"))
            seed = DEV / data["seed"]
            shutil.copy(seed, root / "seeds" / seed.name)
            sums.write(f"{data['sha256']}  {seed.name}\n")
            text = article.read_text(encoding="utf-8").replace(
                f"seed: {data['seed']}", f"seed: seeds/{seed.name}"
            )
            (root / "corpus" / "articles" / article.name).write_text(text, encoding="utf-8")
        sums.close()
        return _conflicts(root, include_drafts=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    drafts, truth = drafted(), gold()
    real = sorted(set(drafts) & set(truth))
    noise = sorted(set(drafts) - set(truth))
    print(f"{len(_dev_articles())} development articles on this story added as drafts")
    print(f"conflicts with draft claims: {len(drafts)}; real (also in the reviewed run): "
          f"{len(real)}; extraction noise: {len(noise)}")  # fmt: skip
    share = len(real) / len(drafts) if drafts else 1.0
    print(f"share of conflicts that are real: {share:.2f} (goal >= 0.80)")
    print(f"conflicts of the reviewed run the drafts found: {len(real)} of {len(truth)}")
    for fid in real:
        print(f"  REAL   {fid}")
    for fid in noise:
        print(f"  NOISE  {fid}: {drafts[fid]}")
    if args.json is not None:
        figures = {"version": 1, "drafted": len(drafts), "real": len(real), "gold": len(truth),
                   "share_real": round(share, 4), "noise": noise}  # fmt: skip
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
