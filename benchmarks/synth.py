"""Benchmark corpora: N synthetic articles made from the real corpus by perturbation (issue 6).

Each synthetic article is one of the five real articles with its seed TEXT edited and every
annotation moved to match: an explicit day date shifted by a day ("Jan. 2" -> "Jan. 3", value
too), a count's digits changed (point, low and high recomputed from the hedge table), one word of a
quote swapped for a synonym (in the seed and in the claim), a name respelled with one of its
registry `spellings`. Offsets of every span after an edit move by the edit's length; a span that
holds an edit grows or shrinks with it; an edit that would cut a span's boundary is not made. So
the synthetic corpus validates clean, and reconciliation has agreements (untouched copies),
conflicts (shifted dates, changed counts), and variants (reworded quotes, respelled names).

    python benchmarks/synth.py 1000 synth-1000          # writes seeds/ and corpus/ there

Deterministic: the same N and seed give byte-identical files.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import hashlib
import random
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from natoiraq.hedges import HEDGES, hedge_range
from natoiraq.io.yamlread import load_yaml

ROOT = Path(__file__).resolve().parent.parent

#: How often each perturbation is tried on a copy. About a third of the copies keep each fact as
#: the original says it, so every topic has agreements as well as conflicts and variants.
P_DATE, P_COUNT, P_QUOTE, P_NAME = 0.3, 0.3, 0.4, 0.5
#: Only the first few swappable words of a quote are candidates: a wire archive repeats a quote
#: in a handful of wordings, not in a new one per article (this keeps distinct quote texts, and
#: so the reconciler's quote blocks, realistic).
QUOTE_SWAP_CHOICES = 2

#: Word swaps for rewording quotes (both directions are used). Chosen from the corpus's quotes.
_SWAPS = {
    "important": "crucial",
    "support": "backing",
    "training": "instruction",
    "suspend": "halt",
    "suspended": "halted",
    "resume": "restart",
    "ready": "prepared",
    "safety": "security",
    "paramount": "essential",
    "strongly": "firmly",
    "committed": "dedicated",
    "concern": "worry",
    "violence": "bloodshed",
    "provocations": "provocation",
    "conflict": "war",
    "allies": "members",
    "increase": "raise",
    "capacity": "capability",
    "aim": "goal",
    "consultation": "dialogue",
    "expanding": "enlarging",
    "horrendous": "horrific",
    "never": "not ever",
    "close": "careful",
    "activity": "work",
    "threat": "danger",
    "welcome": "wanted",
    "step": "move",
}
SWAPS = {**_SWAPS, **{v: k for k, v in _SWAPS.items() if " " not in v}}
WORD_RE = re.compile(r"[^\W\d_]+")
DAY_RE = re.compile(r"\b(\d{1,2})(st|nd|rd|th)?\b")
NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


@dataclass(frozen=True)
class Edit:
    """Replace seed text start..end by `new`."""

    start: int
    end: int
    new: str


@dataclass
class Base:
    """One real article: its YAML data, its seed text and the name forms it can respell."""

    data: dict[str, Any]
    text: str


def _spans(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every offset-carrying mapping of an article: evidence, attribution, boilerplate."""
    yield from data.get("boilerplate") or []
    for claim in data.get("claims") or []:
        yield claim["evidence"]
        if claim.get("attribution"):
            yield claim["attribution"]


def _fits(edit: Edit, data: dict[str, Any], taken: list[Edit]) -> bool:
    """An edit lies wholly before, after or inside every span, and apart from other edits."""
    if any(edit.start < t.end and t.start < edit.end for t in taken):
        return False
    for span in _spans(data):
        a, b = span["start"], span["end"]
        before_or_after = edit.end <= a or edit.start >= b
        inside = a <= edit.start and edit.end <= b
        if not (before_or_after or inside):
            return False
    return True


def apply_edits(text: str, data: dict[str, Any], edits: list[Edit]) -> str:
    """The edited text; every span of `data` is moved (and its `exact` re-read) in place."""
    edits = sorted(edits, key=lambda e: e.start)
    parts, last = [], 0
    for edit in edits:
        parts.append(text[last : edit.start])
        parts.append(edit.new)
        last = edit.end
    parts.append(text[last:])
    new_text = "".join(parts)

    def moved(pos: int) -> int:
        # Edits are never empty and never cut a span (_fits): one that ends at or before a
        # position lies wholly before it, so the position moves by its change in length.
        return pos + sum(len(e.new) - (e.end - e.start) for e in edits if e.end <= pos)

    for span in _spans(data):
        span["start"] = moved(span["start"])
        span["end"] = moved(span["end"])
        if "exact" in span:
            span["exact"] = new_text[span["start"] : span["end"]]
    return new_text


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _date_edits(rng: random.Random, data: dict[str, Any], taken: list[Edit]) -> None:
    """Shift explicit one-day dates by a day, in the text and in the value."""
    for claim in data["claims"]:
        value = claim["value"]
        if claim["kind"] != "date" or value["granularity"] != "day" or value["basis"] != "explicit":
            continue
        if rng.random() >= P_DATE:
            continue
        evidence = claim["evidence"]
        match = DAY_RE.search(evidence["exact"])
        if match is None:
            continue
        day = dt.date.fromisoformat(value["earliest"])
        shifted = day + dt.timedelta(days=rng.choice((-1, 1)))
        if shifted.month != day.month:
            continue
        digits = str(shifted.day) + (_ordinal(shifted.day) if match.group(2) else "")
        edit = Edit(evidence["start"] + match.start(), evidence["start"] + match.end(), digits)
        if _fits(edit, data, taken):
            taken.append(edit)
            value["earliest"] = value["latest"] = shifted.isoformat()


def _count_edits(rng: random.Random, data: dict[str, Any], taken: list[Edit]) -> None:
    """Change a stated count's digits; low and high follow the hedge table."""
    for claim in data["claims"]:
        value = claim["value"]
        if claim["kind"] != "count" or value.get("point") is None:
            continue
        if not HEDGES[value["hedge"]].keeps_point or rng.random() >= P_COUNT:
            continue
        evidence = claim["evidence"]
        match = next(
            (
                m
                for m in NUMBER_RE.finditer(evidence["exact"])
                if int(m.group().replace(",", "")) == value["point"]
            ),
            None,
        )
        if match is None:
            continue
        point = value["point"]
        step = max(1, round(point * 0.1)) if point >= 10 else 1
        new_point = max(1, point + step * rng.choice((-2, -1, 1, 2)))
        written = f"{new_point:,}" if "," in match.group() else str(new_point)
        edit = Edit(evidence["start"] + match.start(), evidence["start"] + match.end(), written)
        if _fits(edit, data, taken):
            taken.append(edit)
            low, high, _ = hedge_range(value["hedge"], new_point)
            value.update(point=new_point, low=low, high=high)


def _quote_edits(rng: random.Random, data: dict[str, Any], taken: list[Edit]) -> None:
    """Swap one word of a quote for a synonym (claim text follows: see _sync_quotes)."""
    for claim in data["claims"]:
        if claim["kind"] != "quote" or rng.random() >= P_QUOTE:
            continue
        evidence = claim["evidence"]
        words = [m for m in WORD_RE.finditer(evidence["exact"]) if m.group() in SWAPS]
        if not words:
            continue
        match = rng.choice(words[:QUOTE_SWAP_CHOICES])
        start = evidence["start"] + match.start()
        edit = Edit(start, start + len(match.group()), SWAPS[match.group()])
        if _fits(edit, data, taken):
            taken.append(edit)


def _name_edits(
    rng: random.Random, text: str, data: dict[str, Any], taken: list[Edit], names: NameForms
) -> None:
    """Respell registry names that have other spellings (Qasem/Qassem Soleimani)."""
    for match in names.pattern.finditer(text):
        if rng.random() >= P_NAME:
            continue
        others = [f for f in names.forms[names.entity[match.group()]] if f != match.group()]
        edit = Edit(match.start(), match.end(), rng.choice(others))
        if _fits(edit, data, taken):
            taken.append(edit)


@dataclass(frozen=True)
class NameForms:
    """Entities with spellings: a regex for every written form, and the forms of each entity."""

    pattern: re.Pattern[str]
    entity: dict[str, str]
    forms: dict[str, list[str]]

    @classmethod
    def of(cls, registry: dict[str, Any]) -> NameForms:
        entity: dict[str, str] = {}
        forms: dict[str, list[str]] = {}
        for item in registry.get("entities") or []:
            spellings = item.get("spellings") or []
            if spellings:
                forms[item["id"]] = [item["name"], *spellings]
                for form in forms[item["id"]]:
                    entity.setdefault(form, item["id"])
        ordered = sorted(entity, key=lambda f: (-len(f), f))
        alternation = "|".join(re.escape(f) for f in ordered) or r"(?!x)x"
        return cls(re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), entity, forms)


def _sync_quotes(data: dict[str, Any]) -> None:
    """A quote's text is its evidence (the corpus convention): follow the edited evidence."""
    for claim in data["claims"]:
        if claim["kind"] == "quote":
            claim["value"]["text"] = claim["evidence"]["exact"]


def perturb(
    base: Base, number: int, rng: random.Random, names: NameForms, *, edit: bool = True
) -> tuple[dict[str, Any], str]:
    """Article `number` made from `base`: (its YAML data, its seed text)."""
    data = copy.deepcopy(base.data)
    edits: list[Edit] = []
    if edit:
        _date_edits(rng, data, edits)
        _count_edits(rng, data, edits)
        _quote_edits(rng, data, edits)
        _name_edits(rng, base.text, data, edits, names)
    text = apply_edits(base.text, data, edits)
    _sync_quotes(data)
    article_id = f"s{number:05d}-{base.data['id'].split('-', 1)[1]}"
    data["id"] = article_id
    data["seed"] = f"seeds/{article_id}.txt"
    data["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return data, text


def load_bases(root: Path = ROOT) -> list[Base]:
    """The real corpus's articles with their seed text (read exactly, as the validator does)."""
    bases = []
    for path in sorted((root / "corpus" / "articles").glob("*.yaml")):
        data = load_yaml(path).data
        raw = (root / data["seed"]).read_bytes()
        bases.append(Base(data, raw.decode("utf-8")))
    return bases


#: libyaml's emitter where PyYAML has it (ten thousand files), the pure-Python one otherwise.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


HEADER = "# yaml-language-server: $schema=../../schema/article.schema.json\n"


def build(size: int, out: Path, *, seed: int = 6, root: Path = ROOT) -> Path:
    """Write a repository-shaped folder of `size` articles into `out`; returns `out`."""
    bases = load_bases(root)
    registry = load_yaml(root / "corpus" / "registry.yaml").data
    names = NameForms.of(registry)
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    (out / "seeds").mkdir(parents=True)
    (out / "corpus" / "articles").mkdir(parents=True)
    (out / "schema").mkdir()
    for name in ("registry.yaml", "reference.yaml"):
        shutil.copyfile(root / "corpus" / name, out / "corpus" / name)
    for schema in (root / "schema").glob("*.json"):
        shutil.copyfile(schema, out / "schema" / schema.name)
    for number in range(size):
        # The first copy of each real article is left as it is, so every size holds the originals.
        base = bases[number % len(bases)]
        data, text = perturb(base, number, rng, names, edit=number >= len(bases))
        (out / data["seed"]).write_bytes(text.encode("utf-8"))
        body = yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=10_000)
        (out / "corpus" / "articles" / f"{data['id']}.yaml").write_text(
            HEADER + body, encoding="utf-8"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="folder to write (replaced if it exists)")
    parser.add_argument("--seed", type=int, default=6, help="random seed [default: 6]")
    args = parser.parse_args(argv)
    build(args.size, args.out, seed=args.seed)
    print(f"wrote {args.size} articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
