"""The origin-grouping sets (evalsets/origins, issue 14): every text is listed once in its
truth.yaml, every field holds an allowed value, every origin group has exactly one root, every
stated credit is in its text, and every text is UTF-8 with LF line ends and matches SHA256SUMS."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.conftest import REPO

ORIGINS = REPO / "evalsets" / "origins"
SETS = ("dev", "holdout")

RELATIONS = frozenset(
    {
        "original",
        "verbatim-repost",
        "light-edit",
        "heavy-edit",
        "reordered",
        "excerpt",
        "translation",
        "rewrite-spun",
        "press-release-paste",
        "independent",
    }
)
# The text a group grows from: `original` when others copy it, `independent` when nothing does.
ROOTS = frozenset({"original", "independent"})
LANGUAGES = frozenset({"en", "de", "es", "fr"})
ORIGIN_SHOWN = frozenset({"self", "stated", "overlap"})
FIELDS = (
    "file",
    "outlet",
    "style",
    "language",
    "group",
    "relation",
    "source",
    "origin",
    "credits",
    "translated_from",
    "note",
)


def _articles(truth: dict[str, Any]) -> list[dict[str, Any]]:
    return [article for story in truth["stories"] for article in story["articles"]]


def _text_problems(root: Path, name: str) -> list[str]:
    data = (root / name).read_bytes()
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return [f"{name}: not UTF-8"]
    if b"\r" in data:
        problems.append(f"{name}: CR line ends")
    if not text.endswith("\n") or text.endswith("\n\n"):
        problems.append(f"{name}: must end with exactly one newline")
    if any(line != line.rstrip() for line in text.split("\n")):
        problems.append(f"{name}: trailing whitespace")
    return problems


def _article_problems(
    root: Path, story: str, article: dict[str, Any], by_file: dict[str, dict[str, Any]]
) -> list[str]:
    name = article["file"]
    problems = []
    if tuple(article) != FIELDS:
        problems.append(f"{name}: fields must be {', '.join(FIELDS)} in that order")
        return problems
    if not name.startswith(f"{story}/") or not article["group"].startswith(f"{story}/"):
        problems.append(f"{name}: file and group must sit under story {story}")
    if article["relation"] not in RELATIONS:
        problems.append(f"{name}: unknown relation {article['relation']!r}")
    if article["language"] not in LANGUAGES:
        problems.append(f"{name}: unknown language {article['language']!r}")
    if article["origin"] not in ORIGIN_SHOWN:
        problems.append(f"{name}: unknown origin {article['origin']!r}")
    is_root = article["relation"] in ROOTS
    if is_root != (article["source"] is None) or is_root != (article["origin"] == "self"):
        problems.append(f"{name}: only a root has no source and origin self")
    if article["origin"] == "stated" and not article["credits"]:
        problems.append(f"{name}: origin stated but no credit given")
    source = by_file.get(article["source"]) if article["source"] else None
    if article["source"] and source is None:
        problems.append(f"{name}: source {article['source']} is not listed")
    if source is not None and source["group"] != article["group"]:
        problems.append(f"{name}: source {article['source']} is in another group")
    translated_from = article["translated_from"]
    if article["relation"] == "translation" and translated_from is None:
        problems.append(f"{name}: a translation needs translated_from")
    if translated_from is not None and (
        source is None
        or translated_from != source["language"]
        or translated_from == article["language"]
    ):
        problems.append(f"{name}: translated_from must be its source's language and not its own")
    path = root / name
    if path.is_file():
        text = path.read_text(encoding="utf-8")
        missing = [c for c in article["credits"] if c not in text]
        problems += [f"{name}: credit {c!r} not in the text" for c in missing]
    return problems


def truth_problems(root: Path) -> list[str]:
    """Every way the set at `root` breaks the truth format of evalsets/origins/README.md."""
    truth = YAML(typ="safe").load((root / "truth.yaml").read_text(encoding="utf-8"))
    articles = _articles(truth)
    listed = [article["file"] for article in articles]
    on_disk = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.txt"))
    twice = sorted({name for name in listed if listed.count(name) > 1})
    problems = [f"{name}: listed twice" for name in twice]
    problems += [f"{name}: not listed in truth.yaml" for name in on_disk if name not in listed]
    problems += [f"{name}: listed but missing" for name in listed if name not in on_disk]
    by_file = {article["file"]: article for article in articles}
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for story in truth["stories"]:
        for article in story["articles"]:
            problems += _article_problems(root, story["story"], article, by_file)
            groups[article["group"]].append(article)
    for group, members in sorted(groups.items()):
        roots = [m["relation"] for m in members if m["relation"] in ROOTS]
        if len(roots) != 1:
            problems.append(f"group {group}: {len(roots)} roots, expected exactly one")
        elif (roots[0] == "independent") != (len(members) == 1):
            problems.append(f"group {group}: 'independent' is the root of a group of one, only")
    problems += [p for name in on_disk for p in _text_problems(root, name)]
    return problems


def _sums(root: Path) -> dict[str, str]:
    sums = {}
    for line in (root / "SHA256SUMS").read_text(encoding="ascii").splitlines():
        digest, name = line.split(maxsplit=1)
        sums[name] = digest
    return sums


@pytest.mark.parametrize("name", SETS)
def test_origins_truth_lists_every_text_once_with_allowed_values(name: str) -> None:
    assert truth_problems(ORIGINS / name) == []


@pytest.mark.parametrize("name", SETS)
def test_origins_texts_match_their_sha256sums(name: str) -> None:
    root = ORIGINS / name
    sums = _sums(root)
    assert sorted(sums) == sorted(p.relative_to(root).as_posix() for p in root.rglob("*.txt"))
    for text, digest in sums.items():
        assert hashlib.sha256((root / text).read_bytes()).hexdigest() == digest, text


def test_truth_problems_names_each_broken_rule(tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "01-a.txt").write_bytes(b"Headline\r\n\r\nBody (Wire) - text. \n")
    (tmp_path / "s" / "02-b.txt").write_text("Headline\n\nBody.\n", encoding="utf-8")
    (tmp_path / "s" / "03-c.txt").write_text("Unlisted.\n", encoding="utf-8")
    row = dict.fromkeys(FIELDS)
    rows = [
        {**row, "file": "s/01-a.txt", "language": "en", "group": "s/a", "relation": "original",
         "origin": "self", "credits": ["(Wire)"]},
        {**row, "file": "s/02-b.txt", "language": "xx", "group": "s/a", "relation": "translation",
         "source": "s/01-a.txt", "origin": "stated", "credits": ["Translated from Wire"],
         "translated_from": "de"},
        {**row, "file": "s/09-z.txt", "language": "en", "group": "s/z", "relation": "copied",
         "origin": "self", "credits": []},
    ]  # fmt: skip
    truth = {"version": 1, "set": "t", "stories": [{"story": "s", "summary": "", "articles": rows}]}
    with (tmp_path / "truth.yaml").open("w", encoding="utf-8") as stream:
        YAML().dump(truth, stream)
    assert truth_problems(tmp_path) == [
        "s/03-c.txt: not listed in truth.yaml",
        "s/09-z.txt: listed but missing",
        "s/02-b.txt: unknown language 'xx'",
        "s/02-b.txt: translated_from must be its source's language and not its own",
        "s/02-b.txt: credit 'Translated from Wire' not in the text",
        "s/09-z.txt: unknown relation 'copied'",
        "s/09-z.txt: only a root has no source and origin self",
        "group s/z: 0 roots, expected exactly one",
        "s/01-a.txt: CR line ends",
        "s/01-a.txt: trailing whitespace",
    ]
