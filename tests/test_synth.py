"""The benchmark generator (benchmarks/synth.py): synthetic corpora validate clean and reconcile
with real work (issue 6); archive-shaped ones keep every comparison block within one story
(issue 15)."""

from __future__ import annotations

import difflib
import importlib.util
import itertools
import random
import re
import shutil
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from natoiraq.compare.quotes import content_words
from natoiraq.corpus import ArticleRecord, Corpus
from natoiraq.hedges import HEDGES
from natoiraq.io.yamlread import load_yaml
from natoiraq.reconciler import reconcile
from natoiraq.reconciler.index import Index
from natoiraq.text import fold_quote
from natoiraq.validator import load_corpus

ROOT = Path(__file__).resolve().parent.parent


def _synth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synth", ROOT / "benchmarks" / "synth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built: Path = _synth().build(20, tmp_path_factory.mktemp("synth") / "repo")
    return built


def test_synthetic_corpus_validates_clean(synthetic: Path) -> None:
    loaded = load_corpus(synthetic / "corpus", synthetic)
    assert [f.format() for f in loaded.findings] == []
    assert loaded.corpus is not None
    assert len(loaded.corpus.articles) == 20


def test_synthetic_corpus_gives_conflicts_variants_and_agreements(synthetic: Path) -> None:
    corpus = load_corpus(synthetic / "corpus", synthetic).corpus
    assert corpus is not None
    counts = reconcile(corpus).counts
    assert counts["conflict"] > 0
    assert counts["variant"] > 0
    assert counts["agree"] > 0


def test_seeds_are_edited_not_copied(synthetic: Path) -> None:
    texts = {p.read_text(encoding="utf-8") for p in (synthetic / "seeds").glob("*.txt")}
    # 20 articles from 5 seeds: perturbation makes (almost) every copy a text of its own.
    assert len(texts) > 10


def test_generation_is_deterministic(synthetic: Path, tmp_path: Path) -> None:
    again = _synth().build(20, tmp_path / "again")
    for path in sorted((synthetic / "corpus" / "articles").glob("*.yaml")):
        assert (again / "corpus" / "articles" / path.name).read_bytes() == path.read_bytes()


def test_an_edit_inside_a_span_moves_its_end_and_later_spans() -> None:
    synth = _synth()
    data = {
        "boilerplate": [],
        "claims": [
            {"evidence": {"exact": "January 3", "start": 4, "end": 13}},
            {"evidence": {"exact": "later", "start": 14, "end": 19}},
        ],
    }
    text = synth.apply_edits("The January 3 later", data, [synth.Edit(12, 13, "14")])
    assert text == "The January 14 later"
    assert [c["evidence"] for c in data["claims"]] == [
        {"exact": "January 14", "start": 4, "end": 14},
        {"exact": "later", "start": 15, "end": 20},
    ]


# --------------------------------------------------------------------------- archive shape


def _old_build(synth: ModuleType, size: int, out: Path) -> Path:
    """The single-story build as it was before stories (issue 15), step for step, on the
    module's own helpers: `stories=1` must keep writing these bytes (benchmark corpora and
    timings made before depend on them)."""
    bases = synth.load_bases(ROOT)
    registry = load_yaml(ROOT / "corpus" / "registry.yaml").data
    names = synth.NameForms.of(registry)
    rng = random.Random(6)
    (out / "seeds").mkdir(parents=True)
    (out / "corpus" / "articles").mkdir(parents=True)
    (out / "schema").mkdir()
    for name in ("registry.yaml", "reference.yaml"):
        shutil.copyfile(ROOT / "corpus" / name, out / "corpus" / name)
    for schema in (ROOT / "schema").glob("*.json"):
        shutil.copyfile(schema, out / "schema" / schema.name)
    for number in range(size):
        base = bases[number % len(bases)]
        data, text = synth.perturb(base, number, rng, names, edit=number >= len(bases))
        (out / data["seed"]).write_bytes(text.encode("utf-8"))
        body = yaml.dump(
            data, Dumper=synth._DUMPER, sort_keys=False, allow_unicode=True, width=10_000
        )
        (out / "corpus" / "articles" / f"{data['id']}.yaml").write_text(
            synth.HEADER + body, encoding="utf-8"
        )
    return out


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_one_story_is_the_build_as_it_was(tmp_path: Path) -> None:
    synth = _synth()
    old = _tree(_old_build(synth, 12, tmp_path / "old"))
    assert _tree(synth.build(12, tmp_path / "new", stories=1)) == old
    assert _tree(synth.build(12, tmp_path / "default")) == old


STORIES = 4


def _story(article_id: str) -> int:
    """An archive article's story: its number (s00012-...) modulo the number of stories."""
    return int(article_id[1:6]) % STORIES


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Two rounds of each real article per story: originals and edited copies in every story.
    built: Path = _synth().build(40, tmp_path_factory.mktemp("archive") / "repo", stories=STORIES)
    return built


@pytest.fixture(scope="module")
def archive_corpus(archive: Path) -> Corpus:
    loaded = load_corpus(archive / "corpus", archive)
    assert [f.format() for f in loaded.findings] == []
    assert loaded.corpus is not None
    return loaded.corpus


def test_archive_validates_clean_with_a_registry_per_story(archive_corpus: Corpus) -> None:
    real = load_yaml(ROOT / "corpus" / "registry.yaml").data
    real_ids = [i["id"] for s in ("entities", "events", "quantities", "topics") for i in real[s]]
    registry = archive_corpus.registry
    ids = [
        i.id
        for s in (registry.entities, registry.events, registry.quantities, registry.topics)
        for i in s
    ]
    assert len(ids) == STORIES * len(real_ids)
    assert set(ids) == {f"{i}--s{k}" if k else i for i in real_ids for k in range(STORIES)}
    assert len(archive_corpus.articles) == 40
    # Story 0 is the real story: a draft linked against the real registry finds its blocks.
    story0 = [r.article for r in archive_corpus.articles if _story(r.article.id) == 0]
    assert {c.topic for a in story0 for c in a.claims} <= set(real_ids)
    assert archive_corpus.reference is not None
    topics = {f.topic for f in archive_corpus.reference.facts}
    real_topics = {f["topic"] for f in load_yaml(ROOT / "corpus" / "reference.yaml").data["facts"]}
    assert topics == {f"{t}--s{k}" if k else t for t in real_topics for k in range(STORIES)}


def _strings(value: object) -> Iterator[str]:
    """Every string in a YAML value but triggers (words such as "taliban", an id's twin)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "triggers":
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_a_clone_names_only_its_own_story(archive: Path) -> None:
    """No id in a story-k item or claim is another story's, and no clone's name is in a seed:
    nothing in the real text links to a clone, nothing in a clone leads back to story 0."""
    real = load_yaml(ROOT / "corpus" / "registry.yaml").data
    real_ids = {i["id"] for s in ("entities", "events", "quantities", "topics") for i in real[s]}
    story_id = re.compile(r"^(.*)--s(\d+)$")

    def stories_named(value: object) -> set[int]:
        found = set()
        for text in _strings(value):
            match = story_id.match(text)
            if match and match[1] in real_ids:
                found.add(int(match[2]))
            elif text in real_ids:
                found.add(0)
        return found

    registry = load_yaml(archive / "corpus" / "registry.yaml").data
    seeds = [p.read_text(encoding="utf-8").casefold() for p in (ROOT / "seeds").glob("*.txt")]
    for section in ("entities", "events", "quantities", "topics"):
        for item in registry[section]:
            match = story_id.match(item["id"])
            story = int(match[2]) if match else 0
            assert stories_named(item) == {story}, item["id"]
            if story:
                for form in [item["name"], *item.get("aliases", []), *item.get("spellings", [])]:
                    assert not any(form.casefold() in seed for seed in seeds), form
    for path in (archive / "corpus" / "articles").glob("*.yaml"):
        claims = load_yaml(path).data["claims"]
        assert stories_named(claims) == {_story(path.stem)}, path.name


def test_archive_blocks_hold_one_story_each(archive_corpus: Corpus) -> None:
    index = Index.of(archive_corpus)
    blocks: list[Sequence[tuple[ArticleRecord, object]]] = [
        *index.dates.values(),
        *index.counts.values(),
        *index.quotes.values(),
        *index.decisions.values(),
    ]
    assert len(blocks) > STORIES
    for members in blocks:
        assert len({_story(record.article.id) for record, _ in members}) == 1
    # Every story has blocks of about N/K articles: all five real articles, twice over.
    per_story = Counter(_story(record.article.id) for record, _ in index.dates["soleimani-strike"])
    assert per_story == {0: len(index.dates["soleimani-strike"])}
    sizes = {
        len({r.article.id for r, _ in index.quotes[f"jens-stoltenberg{s}"]})
        for s in ("", "--s1", "--s2", "--s3")
    }
    assert sizes == {len({r.article.id for r, _ in index.quotes["jens-stoltenberg"]})}


def test_archive_generation_is_deterministic(archive: Path, tmp_path: Path) -> None:
    assert _tree(_synth().build(40, tmp_path / "again", stories=STORIES)) == _tree(archive)


# --------------------------------------------------------------------------- story quotes


def _quotes(archive: Path) -> dict[str, dict[str, str]]:
    """Each archive article's quote texts, folded, by claim id."""
    return {
        path.stem: {
            c["id"]: fold_quote(c["value"]["text"])
            for c in load_yaml(path).data["claims"]
            if c["kind"] == "quote"
        }
        for path in sorted((archive / "corpus" / "articles").glob("*.yaml"))
    }


def _base(article_id: str) -> str:
    """The real article an archive article copies: s00012-dod-news -> 001-dod-news."""
    return REAL_IDS[article_id.split("-", 1)[1]]


REAL_IDS = {
    path.stem.split("-", 1)[1]: path.stem for path in (ROOT / "corpus" / "articles").glob("*.yaml")
}


def _nearly_equal(a: str, b: str) -> bool:
    """Equal, or a few words apart: a copy's synonym swap ("never" -> "not ever") and its
    respelled names (a quote can name Allawi twice)."""
    ops = difflib.SequenceMatcher(a=a.split(), b=b.split(), autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal") <= 4


def test_story_quotes_repeat_within_a_story(archive: Path) -> None:
    """Story 0 quotes the real words; every story's first copy of an article sets its quotes,
    and its other copies repeat them (but for a perturbation's variants)."""
    real = {
        path.stem: {
            c["id"]: fold_quote(c["value"]["text"])
            for c in load_yaml(path).data["claims"]
            if c["kind"] == "quote"
        }
        for path in (ROOT / "corpus" / "articles").glob("*.yaml")
    }
    quotes = _quotes(archive)
    first = {  # (story, real article) -> the quotes of the story's unedited copy
        (_story(a), _base(a)): q for a, q in quotes.items() if int(a[1:6]) < STORIES * len(real)
    }
    assert {base: q for (story, base), q in first.items() if story == 0} == real
    repeated = 0
    for article, said in quotes.items():
        reading = first[_story(article), _base(article)]
        assert said.keys() == reading.keys()
        for claim, text in said.items():
            assert _nearly_equal(reading[claim], text), (article, claim)
            repeated += text == reading[claim]
    assert repeated > sum(len(q) for q in quotes.values()) / 2


def _content_runs(text: str) -> set[tuple[str, ...]]:
    said = content_words(text)
    return {tuple(said[i : i + 3]) for i in range(len(said) - 2)}


def test_stories_quote_different_words(archive: Path) -> None:
    """No two stories share a quote, or three content words in a row (check looks a draft's
    quote up among all speakers: shared words would make every story a source)."""
    texts: dict[int, set[str]] = {story: set() for story in range(STORIES)}
    runs: dict[int, set[tuple[str, ...]]] = {story: set() for story in range(STORIES)}
    for article, said in _quotes(archive).items():
        texts[_story(article)].update(said.values())
        for text in said.values():
            runs[_story(article)] |= _content_runs(text)
    for one, other in itertools.combinations(range(STORIES), 2):
        assert not texts[one] & texts[other], (one, other)
        assert not runs[one] & runs[other], (one, other)


def test_a_decision_a_quote_holds_is_rewritten_with_it(archive: Path) -> None:
    """The evidence of a decision inside a quote ("we have for the time being suspended our
    training") reads as its story's quote does, so no real quote words stay in other stories;
    a date a quote holds ("October 2019") keeps its words, which its value is read from."""
    real = {
        p.stem: load_yaml(p).data["claims"] for p in (ROOT / "corpus" / "articles").glob("*.yaml")
    }
    inside: Counter[str] = Counter()
    for path in (archive / "corpus" / "articles").glob("*.yaml"):
        claims = load_yaml(path).data["claims"]
        quotes = [c["evidence"] for c in claims if c["kind"] == "quote"]
        for claim, was in zip(claims, real[_base(path.stem)], strict=True):
            held = any(
                q["start"] <= claim["evidence"]["start"] and claim["evidence"]["end"] <= q["end"]
                for q in quotes
            )
            if not held or claim["kind"] == "quote":
                continue
            inside[claim["kind"]] += 1
            if claim["kind"] == "decision" and _story(path.stem):
                assert claim["evidence"]["exact"] != was["evidence"]["exact"], path.name
            if claim["kind"] == "date":
                assert claim["evidence"]["exact"] == was["evidence"]["exact"]
    assert inside["decision"] > 0 and inside["date"] > 0


def test_story_words_avoid_every_word_with_a_meaning() -> None:
    """The vocabulary holds no word the comparisons, the hedges or the registry read, nor one
    the quote perturbation swaps: a rewritten quote names nothing and flags nothing the real one
    did not."""
    synth = _synth()
    registry = load_yaml(ROOT / "corpus" / "registry.yaml").data
    forms = {
        form.casefold()
        for section in ("entities", "events", "quantities", "topics")
        for item in registry[section]
        for key in ("name", "aliases", "spellings", "triggers")
        for form in ([item[key]] if isinstance(item.get(key), str) else item.get(key) or [])
    }
    hedges = {word for hedge in HEDGES for word in hedge.split("-")}
    vocabulary = synth.VOCABULARY
    assert len(set(vocabulary)) == len(vocabulary) > 300
    assert all(word.isalpha() and word.islower() for word in vocabulary)
    assert not set(vocabulary) & (synth.KEPT_WORDS | forms | hedges | set(synth.SWAPS))


def test_story_words_are_a_story_s_own() -> None:
    """One story reads a base's quotes the same in every copy; another story differently."""
    synth = _synth()
    base = synth.load_bases(ROOT)[1]
    names = synth.NameForms.of(load_yaml(ROOT / "corpus" / "registry.yaml").data)

    def quotes(number: int, story: int) -> list[str]:
        words = synth.StoryWords(story, 6)
        data, _ = synth.perturb(base, number, random.Random(0), names, edit=False, words=words)
        return [c["value"]["text"] for c in data["claims"] if c["kind"] == "quote"]

    assert quotes(5, 1) == quotes(9, 1)
    assert not set(quotes(5, 1)) & set(quotes(5, 2))
