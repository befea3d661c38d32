"""Independent origins: which articles of a corpus are one source (issue 14).

Agreement between articles counts as corroboration only between independent origins. Articles
share an origin when their prose overlaps (compare/overlap.py: a reprint, a pasted release, a
lightly edited wire story), when they tell one story's names and numbers in one order (a spun
rewrite, a literal translation), when one records that it reprints or translates another corpus
article, or when both record the same agency, issuer or transcript as the origin of their text
and tell one story.
Groups are what those links connect; each says why, with the figures an editor can check.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from natoiraq.compare.overlap import (
    SAME_ORDER,
    SAME_ORIGIN_CONTAINMENT,
    Joined,
    TextPrint,
    candidate_pairs,
    credit_pairs,
    fingerprints,
    order_pairs,
    overlap,
    read_prints,
    same_origin,
    story_match,
    story_sequence,
    text_print,
)
from natoiraq.corpus import ArticleRecord, Corpus
from natoiraq.corpus.keys import origins_digest, origins_part
from natoiraq.extractor.origins import source_keys
from natoiraq.models import Origin

LinkBasis = Literal["measured", "stated", "inferred"]
#: The characters of a shared passage the reports quote: enough to recognise the copy.
PASSAGE_CHARS = 100
#: Full text prints kept while candidate pairs are measured: candidates come in index order,
#: so an article's print is usually asked for again soon after it was made.
RECENT_PRINTS = 64


@dataclass(frozen=True)
class OriginLink:
    """Why two articles are one origin."""

    a: str
    b: str
    basis: LinkBasis
    #: In words: "61% of 002's prose is in 004 (longest shared passage 48 words)", or the
    #: recorded origin both name.
    why: str
    containment: float | None = None
    #: The longest shared passage in each article, as code-point spans of their seeds.
    passage_a: tuple[int, int] | None = None
    passage_b: tuple[int, int] | None = None
    passage_words: int = 0
    #: The passage's text as `a` has it, on one line, cut at PASSAGE_CHARS ("" when not
    #: measured).
    passage: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "a": self.a,
            "b": self.b,
            "basis": self.basis,
            "why": self.why,
            "containment": None if self.containment is None else round(self.containment, 3),
            "passage_a": list(self.passage_a) if self.passage_a else None,
            "passage_b": list(self.passage_b) if self.passage_b else None,
            "passage_words": self.passage_words,
            "passage": self.passage,
        }


@dataclass(frozen=True)
class OriginGroup:
    """Articles with one origin: `id` is its first article's id; `sources` what they record."""

    id: str
    articles: tuple[str, ...]
    links: tuple[OriginLink, ...]
    sources: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "articles": list(self.articles),
            "sources": list(self.sources),
            "links": [link.as_dict() for link in self.links],
        }


@dataclass(frozen=True)
class Membership:
    """Which origin group each article is in: what check needs of the groups (it names a
    source's group and counts the groups behind a claim, and shows no links)."""

    of: dict[str, str] = field(default_factory=dict)

    def count(self, articles: Sequence[str]) -> int:
        """How many independent origins stand behind these articles."""
        return len({self.of.get(article, article) for article in articles})


@dataclass(frozen=True)
class Origins(Membership):
    """Every article's origin group; single articles are groups of one."""

    groups: tuple[OriginGroup, ...] = ()

    def shared(self) -> tuple[OriginGroup, ...]:
        """The groups of more than one article (echoes), in order."""
        return tuple(group for group in self.groups if len(group.articles) > 1)


def _recorded_links(
    records: Sequence[ArticleRecord], tokens: Sequence[frozenset[str]]
) -> list[OriginLink]:
    """Links from the origins articles record: one names the other as its source, or both
    name one agency, issuer or transcript and tell one story (a credit alone is not enough:
    an agency files many stories)."""
    ids = {record.article.id for record in records}
    links: list[OriginLink] = []
    keys: list[frozenset[str]] = []
    for record in records:
        named: set[str] = set()
        for origin in record.article.origins:
            if origin.article is not None and origin.article in ids:
                a, b = sorted((record.article.id, origin.article))
                links.append(
                    OriginLink(
                        a,
                        b,
                        origin.basis,
                        f"{record.article.id} records {origin.article} as the origin "
                        f"of its text ({origin.kind}): {origin.evidence}",
                    )
                )
            elif origin.article is None:
                named.update(source_keys(origin.source))
        keys.append(frozenset(named))
    for i, j in credit_pairs(keys, tokens):
        first, second = records[i].article, records[j].article
        shared = sorted(keys[i] & keys[j], key=len)[-1]
        basis: LinkBasis = (
            "stated"
            if all(o.basis == "stated" for o in (*first.origins, *second.origins))
            else "inferred"
        )
        links.append(
            OriginLink(
                first.id,
                second.id,
                basis,
                f"both record {shared} as the origin of their text, and tell one story "
                f"({_percent(story_match(tokens[i], tokens[j]))} of the names and "
                f"numbers of the shorter in the other)",
            )
        )
    return links


def _order_links(
    records: Sequence[ArticleRecord], sequences: Sequence[tuple[str, ...]], joined: Joined
) -> list[OriginLink]:
    """Rewrites and literal translations: the same names and numbers in the same order."""
    return [
        OriginLink(
            records[i].article.id,
            records[j].article.id,
            "inferred",
            f"the same names and numbers in the same order ({_percent(share)} of the shorter "
            f"text's {min(len(sequences[i]), len(sequences[j]))} in one common sequence; "
            f"threshold {_percent(SAME_ORDER)}): a reworded or translated copy",
        )
        for i, j, share in order_pairs(sequences, joined)
    ]


def _quoted(text: str, span: tuple[int, int] | None) -> str:
    """A shared passage on one line, cut at PASSAGE_CHARS: enough to recognise the copy."""
    if span is None:
        return ""
    passage = " ".join(text[span[0] : span[1]].split())
    if len(passage) > PASSAGE_CHARS:
        passage = passage[: PASSAGE_CHARS - 1].rstrip() + "…"
    return passage


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


def _print(record: ArticleRecord, cache: dict[str, int]) -> TextPrint:
    return text_print(record.text, [(b.start, b.end) for b in record.article.boilerplate], cache)


def measured_links(
    records: Sequence[ArticleRecord],
    joined: Joined | None = None,
    kept: Sequence[frozenset[int] | None] = (),
) -> list[OriginLink]:
    """Pairs of articles whose prose overlaps enough to be one origin (compare/overlap.py).
    `kept`: each record's fingerprints where they were kept (None, or none given: made here).

    Candidates are measured in order, and a pair already joined through earlier links is not
    measured again: each group's links are a spanning tree of evidence, and a story reprinted
    by a thousand outlets costs a thousand measurements, not half a million.
    """
    cache: dict[str, int] = {}
    # Only the fingerprints of every article are kept (about a quarter of its shingles); a
    # candidate pair's full prints are made again when it is measured, the last few kept. Why:
    # every article's prints at once doubled reconcile's memory at 1 000 articles.
    marks = [
        made if n < len(kept) and (made := kept[n]) is not None
        else fingerprints(record.text, [(b.start, b.end) for b in record.article.boilerplate],
                          cache)
        for n, record in enumerate(records)
    ]  # fmt: skip
    recent: OrderedDict[int, TextPrint] = OrderedDict()

    def full(n: int) -> TextPrint:
        if n in recent:
            recent.move_to_end(n)
            return recent[n]
        made = recent[n] = _print(records[n], cache)
        if len(recent) > RECENT_PRINTS:
            recent.popitem(last=False)
        return made

    joined = Joined(len(records)) if joined is None else joined
    links: list[OriginLink] = []
    for i, j in candidate_pairs(marks):
        if joined.same(i, j):
            continue
        first, second = full(i), full(j)
        found = overlap(first, second)
        if not same_origin(found, first, second):
            continue
        joined.join(i, j)
        a, b = records[i].article.id, records[j].article.id
        shorter = a if len(first.shingles) <= len(second.shingles) else b
        other = b if shorter == a else a
        links.append(
            OriginLink(
                a,
                b,
                "measured",
                f"{_percent(found.containment)} of {shorter}'s prose outside quotations is in "
                f"{other} (longest shared passage {found.passage_words} words; threshold "
                f"{_percent(SAME_ORIGIN_CONTAINMENT)})",
                containment=found.containment,
                passage_a=found.passage_a,
                passage_b=found.passage_b,
                passage_words=found.passage_words,
                passage=_quoted(records[i].text, found.passage_a),
            )
        )
    return links


def measured_origins(
    text: str, skip: Sequence[tuple[int, int]], others: Sequence[tuple[str, str]]
) -> list[Origin]:
    """Origins to propose for a new text: each of `others` (article id, seed text) whose prose
    it shares (SAME_ORIGIN_CONTAINMENT), as `kind: article, basis: measured`, best first.

    One text against the others: linear in the corpus, each other text printed once.
    """
    cache: dict[str, int] = {}
    new = text_print(text, skip, cache)
    found: list[tuple[float, Origin]] = []
    for article_id, other_text in others:
        if new.fingerprints.isdisjoint(fingerprints(other_text, (), cache)):
            continue  # printed whole only where the fingerprints meet
        other = text_print(other_text, (), cache)
        shared = overlap(new, other)
        if not same_origin(shared, new, other):
            continue
        why = (f"{_percent(shared.containment)} of the shorter text's prose outside quotations "
               f"is in {article_id} (longest shared passage {shared.passage_words} words: "
               f"\"{_quoted(text, shared.passage_a)}\")")  # fmt: skip
        found.append((shared.containment, Origin(kind="article", source=article_id,
                                                 article=article_id, basis="measured",
                                                 evidence=why)))  # fmt: skip
    return [origin for _, origin in sorted(found, key=lambda item: (-item[0], item[1].source))]


class Memo(Protocol):
    """Where a corpus's origin groups may be kept between commands (natoiraq.io.cache)."""

    def recall(self, key: str) -> str | None: ...

    def keep(self, key: str, value: str) -> None: ...


def origins_key(corpus: Corpus) -> str:
    """A digest of everything the origin groups depend on: each article's id, seed (its
    sha256), page furniture and recorded origins (corpus/keys.py origins_part). Claims are not
    among them."""
    parts = sorted((r.article.id, origins_part(r.article)) for r in corpus.articles)
    return origins_digest(part for _, part in parts)


def _to_json(origins: Origins) -> str:
    return json.dumps([dataclasses.asdict(group) for group in origins.groups])


def _from_json(text: str) -> Origins:
    groups = []
    for group in json.loads(text):
        links = tuple(
            OriginLink(**{
                **link,
                "passage_a": tuple(link["passage_a"]) if link["passage_a"] else None,
                "passage_b": tuple(link["passage_b"]) if link["passage_b"] else None,
            })
            for link in group["links"]
        )  # fmt: skip
        groups.append(OriginGroup(group["id"], tuple(group["articles"]), links,
                                  tuple(group["sources"])))  # fmt: skip
    return Origins(groups=tuple(groups), of={a: g.id for g in groups for a in g.articles})


def kept_membership(key: str, memo: Memo) -> Membership | None:
    """Which group each article is in, by the origin groups kept in `memo` under `key`
    (origins_key), or None. Read from the membership kept beside them where it is there (the
    groups' links and evidence are most of their JSON), else from the groups, whose links are
    not built: at 10,000 articles building them was a tenth of a second of every check (issue
    15). An article in a group of its own may be left out of `of`: it is its own origin."""
    members = memo.recall(_membership_key(key))
    if members is not None:
        with contextlib.suppress(ValueError):
            found = json.loads(members)
            if isinstance(found, dict) and all(isinstance(g, str) for g in found.values()):
                return Membership(found)
    kept = memo.recall(key)
    if kept is None:
        return None
    try:
        return Membership({a: str(g["id"]) for g in json.loads(kept) for a in g["articles"]})
    except (ValueError, KeyError, TypeError):
        return None  # a memo this code cannot read is found again, and replaced


def kept_origins(key: str, memo: Memo) -> Origins | None:
    """The origin groups kept in `memo` under `key` (origins_key), or None."""
    kept = memo.recall(key)
    if kept is None:
        return None
    try:
        return _from_json(kept)
    except (ValueError, KeyError, TypeError):
        return None  # a memo this code cannot read is found again, and replaced


def find_origins(
    corpus: Corpus, memo: Memo | None = None, prints: Mapping[str, str] | None = None
) -> Origins:
    """The origin groups of a corpus: measured overlap and recorded origins, joined.

    With `memo`, groups found for the same seeds, furniture and recorded origins by the same
    code are read back instead of found again (a warm `check` at thousands of articles spent
    most of its time here; issue 15); what is found is kept there. `prints` may hold, by
    article id, the fingerprints and story sequences kept with the articles
    (compare/overlap.py prints_part): those are read, not made again.
    """
    key = origins_key(corpus) if memo is not None else ""
    if memo is not None and (kept := kept_origins(key, memo)) is not None:
        return kept
    found = _find_origins(corpus, prints or {})
    if memo is not None:
        memo.keep(key, _to_json(found))
        memo.keep(_membership_key(key), _membership_json(found))
    return found


def _membership_key(key: str) -> str:
    """Where the membership of the groups kept under `key` (origins_key) is kept."""
    return f"membership:{key.removeprefix('origins:')}"


def _membership_json(origins: Origins) -> str:
    """The group of each article in a group of several (another is its own group, named by
    its id): what check reads, a small part of the groups' JSON."""
    return json.dumps({a: g for a, g in sorted(origins.of.items()) if a != g})


def _find_origins(corpus: Corpus, prints: Mapping[str, str]) -> Origins:
    records = sorted(corpus.articles, key=lambda record: record.article.id)
    index = {record.article.id: n for n, record in enumerate(records)}
    kept = [
        read_prints(part) if (part := prints.get(record.article.id)) is not None else None
        for record in records
    ]
    sequences = [
        made[1] if made is not None
        else story_sequence(record.text, [(b.start, b.end) for b in record.article.boilerplate])
        for record, made in zip(records, kept, strict=True)
    ]  # fmt: skip
    tokens = [frozenset(sequence) for sequence in sequences]
    # The strongest evidence first: shared prose, then what the articles record, then the order
    # of names and numbers, which is measured only between articles not yet joined.
    joined = Joined(len(records))
    links = measured_links(records, joined, [None if k is None else k[0] for k in kept])
    # A recorded overlap (`natoiraq add` proposes one) repeats what was just measured.
    recorded = [
        link for link in _recorded_links(records, tokens)
        if not (link.basis == "measured" and joined.same(index[link.a], index[link.b]))
    ]  # fmt: skip
    for link in recorded:
        joined.join(index[link.a], index[link.b])
    links += recorded + _order_links(records, sequences, joined)
    by_group: dict[int, list[OriginLink]] = {}
    for link in sorted(links, key=lambda link: (link.a, link.b, link.basis)):
        by_group.setdefault(joined.root(index[link.a]), []).append(link)
    found: list[OriginGroup] = []
    of: dict[str, str] = {}
    for members in joined.groups():
        ids = tuple(records[n].article.id for n in members)
        sources = sorted({origin.source for n in members for origin in records[n].article.origins})
        group = OriginGroup(
            id=ids[0],
            articles=ids,
            links=tuple(by_group.get(joined.root(members[0]), ())),
            sources=tuple(sources),
        )
        found.append(group)
        for article in ids:
            of[article] = group.id
    return Origins(groups=tuple(found), of=of)
