"""Output is byte-identical across processes, whatever PYTHONHASHSEED (sets and dicts of str)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Every format of reconcile and check, rendered in one process; the digests are compared
# across processes started with different hash seeds.
SCRIPT = """
import hashlib
from natoiraq import check, load_corpus, reconcile
from natoiraq.report import render
from natoiraq.report.check import render_check

corpus = load_corpus("corpus")
story = open("examples/draft-story.md", encoding="utf-8").read()
report = reconcile(corpus)
checked = check(story, corpus, story="examples/draft-story.md")
for fmt in ("text", "json", "markdown", "html"):
    print("reconcile", fmt, hashlib.sha256(render(report, fmt).encode()).hexdigest())
    print("check", fmt, hashlib.sha256(render_check(checked, fmt).encode()).hexdigest())
"""


def _digests(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, env=env, check=True,
                          capture_output=True, text=True)  # fmt: skip
    return done.stdout


def test_every_format_is_byte_identical_across_hash_seeds() -> None:
    first = _digests("1")
    assert first.count("\n") == 8
    assert _digests("2") == first
    assert _digests("31337") == first


# Extraction of every text of ours with the development set's registry (many stories, many
# triggers: where a set's order would show first).
EXTRACT = """
import datetime as dt, hashlib, json
from pathlib import Path
from natoiraq.extractor import extract_claims
from natoiraq.validator import load_registry

registry = load_registry(Path("evalsets/dev/corpus/registry.yaml"))
texts = sorted(Path("seeds").glob("*.txt")) + sorted(Path("evalsets/dev/seeds").glob("*.txt"))
digest = hashlib.sha256()
for path in texts:
    found = extract_claims(path.read_text(encoding="utf-8"), registry, dt.date(2020, 2, 12))
    digest.update(json.dumps([c.model_dump(mode="json") for c in found.claims]).encode())
    digest.update(json.dumps([e.model_dump(mode="json") for e in found.proposed]).encode())
print(digest.hexdigest())
"""


def test_extraction_is_byte_identical_across_hash_seeds() -> None:
    def run(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        return subprocess.run([sys.executable, "-c", EXTRACT], cwd=REPO, env=env, check=True,
                              capture_output=True, text=True).stdout  # fmt: skip

    assert run("1") == run("77")
