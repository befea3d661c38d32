"""Benchmark corpora: N synthetic articles made from the real corpus by perturbation, in one story
or an archive of K (issues 6, 15).

Each synthetic article is one of the five real articles with its seed TEXT edited and every
annotation moved to match: an explicit day date shifted by a day ("Jan. 2" -> "Jan. 3", value
too), a count's digits changed (point, low and high recomputed from the hedge table), one word of a
quote swapped for a synonym (in the seed and in the claim), a name respelled with one of its
registry `spellings`. Offsets of every span after an edit move by the edit's length; a span that
holds an edit grows or shrinks with it; an edit that would cut a span's boundary is not made. So
the synthetic corpus validates clean, and reconciliation has agreements (untouched copies),
conflicts (shifted dates, changed counts), and variants (reworded quotes, respelled names).

Two shapes (issue 15). The default, one story (`--stories 1`), is the real corpus copied N times:
every copy tells the same five outlets' story with the same registry ids, so every comparison
block (dates by topic, counts by quantity, quotes by speaker, decisions by actor, action and
object) holds claims of a fifth or more of all N articles, and a draft's claim has thousands of
sources. That stresses the comparisons, but it is no archive: a newsroom archive of 10,000
articles grows by stories, and a block holds the tens of articles that cover one story.

An archive-shaped corpus (`--stories K`, K > 1) has K stories. Story 0 is the real one, with the
real registry ids and names, so a draft extracted against the real registry (a draft about the
NATO mission in Iraq) links to story 0 alone. Story k > 0 tells the same five articles' facts
about a clone of every registry item: id `<id>--s<k>`, name, aliases and spellings suffixed
" [story k]" (words no seed holds, so no text links to a clone), every id an item names
(participants, decides_for, holders) pointing at its story's clones; its articles' claims
(topics, speakers, occasions, actors, objects) use those ids, and corpus/reference.yaml's facts
are cloned per story, id and topic suffixed alike. Every block then holds one story's articles,
about N/K of them. The registry grows to K times the real one.

Different stories quote different words. check looks a draft's quote up among all speakers' words
(the right words from the wrong speaker are an altered quote), so with every story quoting the
real words a draft's quote found sources in every story and check read the whole archive. In
story k > 0 each content word of a quote is replaced by a word of a neutral vocabulary
(VOCABULARY), the same word for the same real word throughout the story (StoryWords): reprints
and outlets repeat a story's quotes word for word, as the real ones do, while two stories share
three content words in a row about once in 36 million draws. Function words, negations, number
words and digits stay, and so do a date's or count's words inside a quote ("October 2019": its
value is read from them); a decision's evidence inside a quote is rewritten with it. The quotes
are rewritten after the perturbations, through the same edits: a synonym swap or a respelled
name in a copy then becomes a one-word variant in the story's words, as in story 0, where
rewriting first would leave the synonym table nothing to swap (no vocabulary word is in it).

Article n belongs to story n % K and copies real article (n // K) % 5: every story cycles
through all five outlets (a contiguous split would do that too), and an article's story and base
do not depend on N, so a build of N articles is the first N of a larger one with the same K and
seed, as with one story. Each story's first copy of each real article is left unedited. With one
story this is exactly the single-story build (the same bytes).

The registry is one file, and the YAML reader caps a file at 1 MiB and 50,000 values
(io/yamlread.py): today's registry is about 1,340 values a story, so about 37 stories fit. A
build with more stories is written all the same (the benchmark can time it with the limits
raised) and the command line warns that validate will refuse the registry (E101).

    python benchmarks/synth.py 1000 synth-1000              # writes seeds/ and corpus/ there
    python benchmarks/synth.py 10000 archive --stories 100  # 100 stories of 100 articles

Deterministic: the same N, seed and K give byte-identical files.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import hashlib
import itertools
import random
import re
import shutil
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from natoiraq.compare.quotes import NEGATIONS, NUMBER_WORDS, QUOTE_STOPWORDS
from natoiraq.hedges import HEDGES, hedge_range
from natoiraq.io.yamlread import YamlIssue, load_yaml
from natoiraq.text import fold_quote

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
    base: Base,
    number: int,
    rng: random.Random,
    names: NameForms,
    *,
    edit: bool = True,
    words: StoryWords | None = None,
    tally: Counter[str] | None = None,
) -> tuple[dict[str, Any], str]:
    """Article `number` made from `base`: (its YAML data, its seed text); with `words`, its
    quotes in that story's words, after the perturbations (the module docstring says why)."""
    data = copy.deepcopy(base.data)
    edits: list[Edit] = []
    if edit:
        _date_edits(rng, data, edits)
        _count_edits(rng, data, edits)
        _quote_edits(rng, data, edits)
        _name_edits(rng, base.text, data, edits, names)
    text = apply_edits(base.text, data, edits)
    if words is not None:
        text = rewrite_quotes(text, data, words, Counter() if tally is None else tally)
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

#: The registry's sections, each a list of items with an `id`.
SECTIONS = ("entities", "events", "quantities", "topics")
#: Registry item keys that hold other items' ids (models/registry.py): a clone points at its
#: own story's clones. Holders name theirs in `person` (CLONED_HOLDER_KEY).
ID_LIST_KEYS = ("participants", "decides_for")
CLONED_HOLDER_KEY = "person"
#: Registry item keys that hold written forms of the name: a clone's are suffixed so that no seed
#: text names it (the extractor links only story 0).
NAME_LIST_KEYS = ("aliases", "spellings")
#: The registry ids a claim's value holds, by kind (the fields validator/checks.py value_ids
#: checks; the topic is every claim's).
VALUE_ID_KEYS = {"quote": ("speaker", "occasion"), "decision": ("actor", "object")}


def story_id(item_id: str, story: int) -> str:
    """A registry id in `story`: the real id in story 0, `<id>--s<k>` in story k."""
    return item_id if story == 0 else f"{item_id}--s{story}"


def _story_name(name: str, story: int) -> str:
    return f"{name} [story {story}]"


def clone_item(item: dict[str, Any], story: int) -> dict[str, Any]:
    """A registry item of story k > 0: suffixed id and names, ids it names in the same story."""
    clone = copy.deepcopy(item)
    clone["id"] = story_id(item["id"], story)
    clone["name"] = _story_name(item["name"], story)
    for key in NAME_LIST_KEYS:
        if key in clone:
            clone[key] = [_story_name(form, story) for form in clone[key]]
    for key in ID_LIST_KEYS:
        if key in clone:
            clone[key] = [story_id(other, story) for other in clone[key]]
    for holder in clone.get("holders") or []:
        holder[CLONED_HOLDER_KEY] = story_id(holder[CLONED_HOLDER_KEY], story)
    return clone


def story_registry(registry: dict[str, Any], stories: int) -> dict[str, Any]:
    """The registry of a `stories`-story corpus: the real items, then each story's clones."""
    return {
        key: (
            [
                item if story == 0 else clone_item(item, story)
                for story in range(stories)
                for item in value or []
            ]
            if key in SECTIONS
            else value
        )
        for key, value in registry.items()
    }


def story_reference(reference: dict[str, Any], stories: int) -> dict[str, Any]:
    """The reference facts per story: each fact's id and topic suffixed as the registry's."""
    facts = []
    for story in range(stories):
        for fact in reference.get("facts") or []:
            clone = copy.deepcopy(fact)
            clone["id"] = story_id(fact["id"], story)
            clone["topic"] = story_id(fact["topic"], story)
            facts.append(clone)
    return {**reference, "facts": facts}


def restory(data: dict[str, Any], story: int, ids: frozenset[str]) -> None:
    """Point an article's claims at `story`'s registry items (ids outside `ids`, such as the
    draft topic `unassigned`, stay as they are)."""

    def moved(item_id: str) -> str:
        return story_id(item_id, story) if item_id in ids else item_id

    for claim in data.get("claims") or []:
        claim["topic"] = moved(claim["topic"])
        value = claim["value"]
        for key in VALUE_ID_KEYS.get(claim["kind"], ()):
            if value.get(key) is not None:
                value[key] = moved(value[key])


# --------------------------------------------------------------------------- story quotes

#: The words story k > 0 quotes instead of the real quotes' content words: neutral newsroom
#: words, none a registry name, alias, spelling or trigger, a hedge or a synonym the quote
#: perturbation swaps (a test says so), nor a date or unit word, so a rewritten quote links to
#: nothing and reads as no fact. About 330 of them: a run of three content words of one story
#: recurs in another only when three draws coincide (one in 36 million), so a 30-story archive
#: shares a handful at most (3 in `10000 --stories 30`). A one-word quote ("invitation") is one
#: draw: a few of those coincide between stories there (8), as one word would in an archive.
_VOCABULARY_TEXT = """
council harbour budget schedule review plans library bridge district river market garden museum
station school college hospital clinic survey chart project design framework proposal option
archive office committee board panel agenda notice letter memo summary outline approach method
priority standard quality balance funding grant tender contract licence permit policy guidance
network service transport traffic parking housing tenant landlord neighbour resident community
village county borough suburb avenue street square corner pavement railway tunnel ferry pier quay
dock warehouse factory workshop studio gallery theatre stadium pitch festival fair exhibit concert
weather forecast rainfall flood drought harvest orchard farm meadow forest trail coast beach
island lake valley hill ridge canal reservoir pipeline utility turbine battery charger sensor
software database website portal broadband cable antenna printer ledger invoice receipt audit
account deposit pension salary wage tariff levy subsidy rebate discount voucher ticket fare
timetable junction roundabout crossing lane bicycle tram lorry tractor engine repair upgrade
renovation foundation roof window door floor stair kitchen canteen menu recipe bakery grocer
pharmacy bookshop newsletter bulletin editorial photograph caption layout margin catalogue
inventory supply parcel courier postal depot cargo freight shipment crane allotment fountain
statue monument chapel hall pavilion playground footpath towpath lighthouse marina orchestra choir
recital lecture seminar tutorial textbook syllabus classroom campus dormitory laboratory
microscope telescope almanac atlas compass lantern ladder bucket shovel wheelbarrow greenhouse
seedling compost mulch fertiliser irrigation sprinkler drain gutter sewer pothole kerb bollard
signpost noticeboard approve adopt publish prepare organise improve maintain renovate repaint
widen resurface inspect consider discuss finance plant prune sweep paint deliver collect recycle
calculate compare allocate install replace rebuild connect register submit clarify simplify
streamline tidy polish varnish sketch print bind label sort stack local modest steady
practical useful public municipal green quiet busy narrow bright fresh clean simple detailed
thorough reliable affordable efficient flexible gradual rural urban coastal central popular
familiar visible accurate timely formal informal voluntary optional final initial revised updated
shared joint separate temporary permanent minor major sturdy spacious wooden brick leafy sunny
windy damp level sloping cosy
"""
VOCABULARY = tuple(_VOCABULARY_TEXT.split())
#: Quote words a story keeps as written: function words (quote comparison drops them, so a
#: story's quotes score against each other as the real ones do; rewritten, "the" or "we" would be
#: a content word every quote of a story shares), negations and number words (the comparison
#: flags them, so a story's reworded quotes keep the real ones' flags).
KEPT_WORDS = QUOTE_STOPWORDS | NEGATIONS | frozenset(NUMBER_WORDS)
#: A quote word as the quote fold tokenises it (natoiraq.text.TOKEN_RE: letters joined by
#: apostrophes or dashes), digits apart: one word in, one word out, so a rewritten quote has the
#: real one's word count and punctuation. Digits stay: they are no story's words.
QUOTE_WORD_RE = re.compile(
    r"[^\W\d_]+(?:['\u2019\u02bc\u2018\-\u2010\u2011\u2013\u2014][^\W\d_]+)*"
)
#: Claims whose value is read from their words ("October 2019", "300"): inside a quote they stay
#: as written; a rewrite would leave the value without its text.
VALUE_TEXT_KINDS = ("date", "count")


class StoryWords:
    """Story k's quote words: every content word of the real quotes stands for one vocabulary
    word, drawn from a hash of (seed, story, the folded word).

    A word, not a quote, is the unit, so a story keeps the real quotes' relations: reprints
    repeat a quote word for word, two outlets quoting one statement quote the same words, a
    synonym swap or a respelled name in a copy is a one-word variant, a translation shares the
    words it shares. Another story draws other words."""

    def __init__(self, story: int, seed: int) -> None:
        self.story, self.seed = story, seed
        self._words: dict[str, str] = {}

    def word(self, written: str) -> str:
        folded = fold_quote(written)
        if folded in KEPT_WORDS:
            return written
        if folded not in self._words:
            digest = hashlib.sha256(f"{self.seed}:{self.story}:{folded}".encode()).digest()
            self._words[folded] = VOCABULARY[int.from_bytes(digest[:8], "big") % len(VOCABULARY)]
        new = self._words[folded]
        # A capital stays one: mid-sentence it marks a name (the quote comparison's name flag).
        return new.capitalize() if written[:1].isupper() else new

    def rewrite(self, text: str) -> str:
        return QUOTE_WORD_RE.sub(lambda m: self.word(m.group()), text)


def _quote_pieces(data: dict[str, Any]) -> list[tuple[int, int]]:
    """The quote text cut at every span boundary inside a quote, in order.

    Each piece lies wholly inside or outside every span (a decision or date the quote holds,
    another quote), so an edit of one moves and re-reads those spans (apply_edits) and never
    cuts one; a piece two quotes share is one piece, rewritten once."""
    cuts = sorted({p for span in _spans(data) for p in (span["start"], span["end"])})
    pieces: set[tuple[int, int]] = set()
    for claim in data["claims"]:
        if claim["kind"] == "quote":
            start, end = claim["evidence"]["start"], claim["evidence"]["end"]
            pieces.update(itertools.pairwise(p for p in cuts if start <= p <= end))
    return sorted(pieces)


def rewrite_quotes(text: str, data: dict[str, Any], words: StoryWords, tally: Counter[str]) -> str:
    """`text` with every quote in `words`' story words; spans move as for any edit.

    A decision claim's evidence that holds or lies in quote words (10 of the 37 real quotes: "we
    have for the time being suspended our training") is rewritten with them: left as written,
    it would carry the real words into every story. A date or count inside a quote (one:
    "October 2019") is kept. `tally` counts the pieces rewritten, kept, and left because an
    edit would cut a span (none can: pieces end at every boundary; the check is a guard)."""
    kept = [c["evidence"] for c in data["claims"] if c["kind"] in VALUE_TEXT_KINDS]
    edits: list[Edit] = []
    for start, end in _quote_pieces(data):
        if any(span["start"] <= start and end <= span["end"] for span in kept):
            tally["kept"] += 1
            continue
        new = words.rewrite(text[start:end])
        if new == text[start:end]:
            continue
        edit = Edit(start, end, new)
        if _fits(edit, data, edits):
            edits.append(edit)
            tally["rewritten"] += 1
        else:
            tally["left"] += 1
    return apply_edits(text, data, edits)


def _dump(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=10_000)


def _write_story_files(root: Path, out: Path, registry: dict[str, Any], stories: int) -> None:
    """corpus/registry.yaml and reference.yaml of a `stories`-story corpus."""
    note = (
        "# Made by benchmarks/synth.py: the real {} (story 0), then a clone per story k with\n"
        "# ids suffixed --s<k> (the module's docstring says why).\n"
    )
    for name, made in (
        ("registry", story_registry(registry, stories)),
        ("reference", story_reference(load_yaml(root / "corpus" / "reference.yaml").data, stories)),
    ):
        head = f"# yaml-language-server: $schema=../schema/{name}.schema.json\n"
        (out / "corpus" / f"{name}.yaml").write_text(
            head + note.format(name) + _dump(made), encoding="utf-8"
        )


def build(
    size: int,
    out: Path,
    *,
    seed: int = 6,
    root: Path = ROOT,
    stories: int = 1,
    tally: Counter[str] | None = None,
) -> Path:
    """Write a repository-shaped folder of `size` articles in `stories` stories into `out`;
    returns `out`. `tally` counts the quote pieces rewritten, kept and left (rewrite_quotes)."""
    if stories < 1:
        raise ValueError(f"stories must be at least 1, not {stories}")
    bases = load_bases(root)
    registry = load_yaml(root / "corpus" / "registry.yaml").data
    ids = frozenset(item["id"] for section in SECTIONS for item in registry.get(section) or [])
    names = NameForms.of(registry)
    rng = random.Random(seed)
    story_words: list[StoryWords | None] = [None]
    story_words += [StoryWords(story, seed) for story in range(1, stories)]
    if out.exists():
        shutil.rmtree(out)
    (out / "seeds").mkdir(parents=True)
    (out / "corpus" / "articles").mkdir(parents=True)
    (out / "schema").mkdir()
    if stories == 1:
        for name in ("registry.yaml", "reference.yaml"):
            shutil.copyfile(root / "corpus" / name, out / "corpus" / name)
    else:
        _write_story_files(root, out, registry, stories)
    for schema in (root / "schema").glob("*.json"):
        shutil.copyfile(schema, out / "schema" / schema.name)
    for number in range(size):
        story, turn = number % stories, number // stories
        # Each story's first copy of each real article is left as it is, so every story of
        # every size holds the originals.
        base = bases[turn % len(bases)]
        data, text = perturb(
            base,
            number,
            rng,
            names,
            edit=turn >= len(bases),
            words=story_words[story],
            tally=tally,
        )
        restory(data, story, ids)
        (out / data["seed"]).write_bytes(text.encode("utf-8"))
        (out / "corpus" / "articles" / f"{data['id']}.yaml").write_text(
            HEADER + _dump(data), encoding="utf-8"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="folder to write (replaced if it exists)")
    parser.add_argument("--seed", type=int, default=6, help="random seed [default: 6]")
    parser.add_argument(
        "--stories",
        type=int,
        default=1,
        metavar="K",
        help="archive shape: K stories, story 0 the real one and each other a clone of the "
        "registry with ids suffixed --s<k>, so a comparison block holds about N/K articles; "
        "1 copies the one real story N times [default: 1]",
    )
    args = parser.parse_args(argv)
    if args.stories < 1:
        parser.error("--stories must be at least 1")
    tally: Counter[str] = Counter()
    build(args.size, args.out, seed=args.seed, stories=args.stories, tally=tally)
    print(f"wrote {args.size} articles in {args.stories} stories to {args.out}", file=sys.stderr)
    if args.stories > 1:
        print(
            f"quote pieces in stories 1..{args.stories - 1}: {tally['rewritten']} rewritten, "
            f"{tally['kept']} kept (a date or count), {tally['left']} left (an edit would cut "
            "a span)",
            file=sys.stderr,
        )
    for name in ("registry.yaml", "reference.yaml") if args.stories > 1 else ():
        try:
            load_yaml(args.out / "corpus" / name)
        except YamlIssue as exc:
            print(
                f"warning: corpus/{name}: {exc.message} validate will report {exc.code}; "
                "fewer stories keep it within the YAML reader's limits",
                file=sys.stderr,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
