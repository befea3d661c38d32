"""Quote findings: one speaker's quotes grouped into statements; same words agree, other forms
are variants with a word diff and the flags of compare/quotes.py."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from natoiraq.compare.quotes import (
    FLAGS,
    QUOTE_MIN_WORDS,
    DiffOp,
    QuoteComparison,
    compare_words,
    content_words,
    quotes_match,
    similarity,
)
from natoiraq.compare.verdicts import FindingVerdict
from natoiraq.corpus import ArticleRecord
from natoiraq.models import QuoteClaim
from natoiraq.reconciler.findings import (
    ReconFinding,
    Shared,
    claim_key,
    claim_ref,
    draft_reasons,
    join_words,
    who,
)
from natoiraq.reconciler.index import Index
from natoiraq.text import Words, words

Members = Sequence[tuple[ArticleRecord, QuoteClaim]]

#: Quotes are blocked by speaker, then by shared words; a word said in more quotes than this (in
#: one speaker's block) is too common to propose candidates ("the", "NATO"). 50 keeps every word
#: of a 5-article corpus and bounds the candidate lists at 10 000 articles (issue 6).
QUOTE_BLOCK_MAX_DF = 50
#: A candidate pair shares at least this many of those words. Every true pair in the corpus shares
#: 3 or more; a pair sharing one word cannot reach QUOTE_MATCH_SCORE on token_set_ratio, and
#: requiring two drops most chance pairs before rapidfuzz runs (issue 6's 10 000 articles).
QUOTE_MIN_SHARED_WORDS = 2


def quote_findings(index: Index) -> Iterator[ReconFinding]:
    """Every speaker's statements, speakers in id order."""
    for speaker in sorted(index.quotes):
        yield from speaker_findings(speaker, index.quotes[speaker], index.name(speaker))


def is_translation(record: ArticleRecord, claim: QuoteClaim) -> bool:
    """True when a quote is not the speaker's own words (a translation, or `verbatim: false`)."""
    return record.article.translated_from is not None or not claim.value.verbatim


def _pairs(texts: Sequence[str], sources: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """Candidate pairs among one speaker's distinct folded quotes: enough shared uncommon words.

    Pairs whose quotes all come from one article are left out: an article that quotes a speaker
    twice reports two statements, and chaining through them glued unrelated quotes together.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        if len(text.split()) >= QUOTE_MIN_WORDS:
            for word in sorted(set(content_words(text))):
                postings[word].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in postings.values():
        if len(ids) > QUOTE_BLOCK_MAX_DF:
            continue
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                shared[(ids[x], ids[y])] += 1
    return sorted(
        (x, y)
        for (x, y), n in shared.items()
        if n >= QUOTE_MIN_SHARED_WORDS and len(sources[x] | sources[y]) > 1
    )


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def statements(members: Members, said: Sequence[Words] | None = None) -> list[list[int]]:
    """One speaker's quotes (in article then offset order) grouped into statements: lists of
    member positions, in the order of each statement's first quote. `said` are the members'
    words when the caller has them (tokenising is most of the work at 10 000 articles)."""
    folded = (
        [w.text for w in said]
        if said is not None
        else [words(c.value.text).text for _, c in members]
    )
    distinct = sorted(set(folded))
    index = {t: i for i, t in enumerate(distinct)}
    sources: list[set[str]] = [set() for _ in distinct]
    for (record, _), text in zip(members, folded, strict=True):
        sources[index[text]].add(record.article.id)
    uf = _UnionFind(len(distinct))
    for x, y in _pairs(distinct, [frozenset(s) for s in sources]):
        if uf.find(x) != uf.find(y) and quotes_match(distinct[x], distinct[y]):
            uf.union(x, y)
    clusters: dict[int, list[int]] = defaultdict(list)
    for m, text in enumerate(folded):
        clusters[uf.find(index[text])].append(m)
    return sorted(clusters.values(), key=lambda ms: ms[0])


def base_of(members: Members) -> int:
    """The quote the others are diffed against: the first in the speaker's own words."""
    return next((i for i, (r, c) in enumerate(members) if not is_translation(r, c)), 0)


def quote_finding_id(speaker: str, members: Members) -> str:
    """`quote:SPEAKER:ARTICLE:CLAIM` of the statement's base quote: content, not a position, so
    adding an article changes only the ids of the statements it quotes (issue 9)."""
    record, claim = members[base_of(members)]
    return f"quote:{speaker}:{record.article.id}:{claim.id}"


class SpeakerMemo:
    """What one speaker's findings work out from quote texts alone, each distinct text (or
    pair of texts) once: reprints repeat a quote word for word, and at 10 000 articles its
    words and diffs were recomputed 74 000 and 30 000 times (issue 15). Scoped to one speaker
    (speaker_findings); the Words and comparisons it hands out are shared, and so are the
    parts of evidence its statements repeat (`shared`)."""

    def __init__(self) -> None:
        self._words: dict[str, Words] = {}
        self._diffs: dict[tuple[str, str], QuoteComparison] = {}
        self.shared = Shared()

    def words(self, text: str) -> Words:
        """text.words of a quote text."""
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = words(text)
        return found

    def compare(self, base: str, other: str) -> QuoteComparison:
        """compare_words from quote text `base` to `other`."""
        found = self._diffs.get((base, other))
        if found is None:
            found = self._diffs[base, other] = compare_words(self.words(base), self.words(other))
        return found


def speaker_findings(speaker: str, members: Members, name: str) -> Iterator[ReconFinding]:
    """The findings of one speaker's statements; `name` is the speaker's registry name."""
    memo = SpeakerMemo()
    said = [memo.words(c.value.text) for _, c in members]
    for cluster in statements(members, said):
        yield quote_finding(speaker, [members[m] for m in cluster], [said[m] for m in cluster],
                            name, memo=memo)  # fmt: skip


def quote_finding(
    speaker: str, members: Members, said: list[Words], name: str, *, memo: SpeakerMemo | None = None
) -> ReconFinding:
    """The finding for one statement: agree, variant (with diffs and flags) or single-source;
    explanations name the speaker by `name`, the registry's. `said` are the members' words;
    `memo` shares the work on repeated texts with the speaker's other statements."""
    memo = memo if memo is not None else SpeakerMemo()
    keys = [claim_key(r, c) for r, c in members]
    folded = [w.text for w in said]
    articles = {r.article.id for r, _ in members}
    base_i = base_of(members)
    texts = set(folded)
    reasons: set[str] = draft_reasons(c for _, c in members)
    diffs: list[tuple[DiffOp, ...]] = []
    notes: list[str] = []
    for i, ((record, claim), text) in enumerate(zip(members, folded, strict=True)):
        if i == base_i or text == folded[base_i]:
            diffs.append(())
            notes.append("base quote" if i == base_i and len(texts) > 1 else "")
            continue
        other = base_i
        if record.article.id == members[base_i][0].article.id:
            others = [j for j, (r, _) in enumerate(members) if r.article.id != record.article.id]
            if others:
                # Scored once per distinct text; ties go to the first, as max() on (score, -j).
                scores = {folded[j]: 0.0 for j in others}
                for t in scores:
                    scores[t] = similarity(text, t)
                other = max(others, key=lambda j: (scores[folded[j]], -j))
        cmp = memo.compare(members[other][1].value.text, claim.value.text)
        diffs.append(cmp.ops)
        flags: list[str] = []
        if other != base_i:
            flags.append(f"compared with {keys[other]}")
        if is_translation(record, claim) or is_translation(*members[other]):
            reasons.add(FLAGS["translation"][0])
            flags.append("translated")
        elif members[other][0].article.id != record.article.id:
            reasons.add(FLAGS["wording"][0])
        for flag in cmp.flags():
            code, label = FLAGS[flag]
            reasons.add(code)
            flags.append(f"{label} differs")
        notes.append("; ".join(flags))
    if len(texts) > 1 and not reasons & {"translation", "wording"}:
        reasons.add("wording")
    verdict: FindingVerdict
    if len(texts) > 1:
        verdict = "variant"
    elif len(articles) > 1:
        verdict = "agree"
    else:
        verdict = "single-source"
    final = tuple(
        claim_ref(r, c, note=note, diff=diff, shared=memo.shared)
        for (r, c), note, diff in zip(members, notes, diffs, strict=True)
    )
    topics = tuple(sorted({c.topic for _, c in members}))
    first = members[base_i][1]
    short = first.value.text if len(first.value.text) <= 60 else first.value.text[:57] + "..."
    by = join_words([who(r.article) for r in {r.article.id: r for r, _ in members}.values()])
    if verdict == "variant":
        kinds = [r for r in ("translation", "wording") if r in reasons]
        flagged = [
            FLAGS[flag][1] for flag in ("negation", "number", "name") if FLAGS[flag][0] in reasons
        ]
        text = (
            f'{name} is quoted in {len(texts)} different forms of "{short}" by {by}'
            f" ({' and '.join(kinds)})"
        )
        if flagged:
            text += f"; {join_words(flagged)} differs between them"
        text += "."
    elif verdict == "agree":
        text = f'{by} quote {name} in the same words: "{short}".'
    else:
        text = f'Only {by} quotes {name}: "{short}".'
    return ReconFinding(
        id=quote_finding_id(speaker, members),
        kind="quote",
        topic=first.topic,
        verdict=verdict,
        reasons=tuple(sorted(reasons)),
        explanation=text,
        claims=final,
        topics=topics,
        base=keys[base_i] if verdict == "variant" else "",
        diff=next((d for d in diffs if d), ()),
        subject=f'{name}: "{short}"',
    )
