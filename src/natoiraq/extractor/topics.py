"""Stage 3e: topics. Link a claim to a registry event, quantity or topic only on evidence.

Why: the first extractor filed a claim under whichever registry item shared a word with its
sentence, so an election date in a story about something else landed on the start of a NATO
mission, and check then judged it against the wrong sources (issue 10). A link now needs
evidence around the claim, recorded in the claim's doubt note:
- a date -> an event named in its clause (one of the event's names or aliases), or one of the
  event's trigger words in the clause with one of its participants named there too;
- a count -> a quantity whose unit family is the counted noun's, with one of its participants
  named in the clause, or a specific counted noun that no other quantity counts ("aftershocks";
  never "people", "members" or "votes": GENERIC_UNITS);
- a quote or a decision -> a topic (or event) whose trigger words and participants it names
  (a quote is read whole, and its resolved speaker is one of the participants).
A participant named only by a description ("the mission", "members") counts where the text
also names it by a proper name: a reader resolves a description to something named before.
An event's trigger (or a quantity's word) next to a date (or count) whose participant the text
names elsewhere, outside the clause, is a guess; so is a quote's topic read in its paragraph,
or carried from the same speaker's quote just before. Without evidence the topic is
`unassigned` and the extractor proposes an event (dates) or a quantity (counts) for the
reviewer. Where several items have evidence the nearest wins and the claim is marked a guess
(`Link.confident` False): check never calls a guess `contradicted`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from natoiraq.extractor.linking import (
    Mention,
    RegistryCache,
    descriptions_of,
    is_description,
    name_forms,
    slugify,
)
from natoiraq.models import (
    GUESSED_TOPIC,
    STORY_HUBS,
    UNASSIGNED_TOPIC,
    DateValue,
    Event,
    Quantity,
    Registry,
)
from natoiraq.places import COUNTRY_NAMES
from natoiraq.text import lazy_compile, literal_alternation
from natoiraq.units import PERSONNEL_FAMILY, singular, unit_family

#: Evidence weights. An alias names the item outright; a trigger says what kind of thing
#: happened; a participant says who was involved. A link needs LINK_MIN_SCORE: an alias, or a
#: trigger with a participant (one trigger alone, "strike", fits a port strike as well).
ALIAS_SCORE = 3
TRIGGER_SCORE = 2
PARTICIPANT_SCORE = 1
LINK_MIN_SCORE = 3
#: A preposition right before a country's name makes it a place ("in Iraq", "to Kuwait"), not the
#: owner of a count.
PLACE_BEFORE_RE = lazy_compile(r"(?:\b(?:in|to|from|at|into|across|inside|of|for|near)\s+)$", re.I)
#: A count written as a compound before its head noun ("30-nation alliance", "27-member bloc",
#: "thirty-nation alliance"): the head is what has them.
COMPOUND_HEAD_RE = lazy_compile(r"[\w.,]+[-‐][a-z]+\s+(?P<head>[a-z][a-z-]*)$")
#: People "from" a named group after their count are that group's part of a whole ("40
#: soldiers from the 338th Engineer Company", "120 trainers from Denmark").
FROM_GROUP_RE = lazy_compile(
    r"\s+from\s+(?:the\s+)?(?P<group>[A-Z0-9][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*)*)"
)
#: How far back PLACE_BEFORE_RE reads: the longest preposition and its space ("across ").
PLACE_REACH = 8
#: The capitalised words that open a clause (its subject, when they are a country's name).
COUNTRY_OPENING_RE = lazy_compile(r"\s*(?:The\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\b")
#: A quote this many characters or fewer after the same speaker's last linked quote, with no
#: evidence of its own, is a guess at the same topic (a speaker goes on about one thing for a
#: paragraph or two; two paragraphs of wire copy run to about 600 characters).
CONTINUATION_CHARS = 600
#: A quote with no evidence around it reads its paragraph, at most this many characters on each
#: side of the quote: the longest paragraph of our texts (seeds, evalsets, drafts) is 624
#: characters, so no real paragraph is cut, while a paragraph of hostile text (23,000 times
#: 'Jens Stoltenberg said "' on one line) no longer makes every quote read all of it and all
#: its names (issue 12, item 9: extraction is linear in the text's length).
PARAGRAPH_REACH = 1000
#: Evidence this many words or fewer from the claim counts as "next to it": where two items
#: have evidence, the one next to the claim is a confident link, the other none. Six words span
#: a verb phrase ("the strike that killed the general on Jan. 3"); calibrated on the seeds'
#: two-event sentences ("The January 3 strike ... and a vote by the Iraqi parliament").
NEAR_WORDS = 6
#: A quantity's trigger belongs to a count only this close to it ("at least 40 people killed",
#: "killing 40 people"; "the injured numbered 200" is two words off).
CUE_WORDS = 3
#: Counted nouns too general to name a quantity on their own: a count of people, members,
#: votes or days can be of anything, in any story ("29 members" of a union is not NATO's).
#: A count in one of these needs an owner named in its sentence; a specific noun ("aftershocks",
#: "vessels") that only one quantity of the registry counts needs no more.
GENERIC_UNITS = frozenset(
    (
        "people", "person", "member", "country", "nation", "state", "ally", "troop", "soldier",
        "personnel", "force", "staff", "worker", "employee", "resident", "official", "vote", "day",
        "week", "month", "year", "hour", "minute", "time", "case", "death", "family", "home",
        "house", "building", "unit", "site", "base", "report",
    )
)  # fmt: skip
#: Subordinators that open an introductory adverbial clause, which ends at the first comma.
INTRODUCTORY_RE = lazy_compile(
    r"\s*[\"“‘']?(?:After|Before|Following|Since|Until|When|While|Once|Amid|Despite|Days after|"
    r"Hours after|Weeks after)\b"
)
#: A date this many days or more away from every day the registry gives an event is about
#: another occurrence of that kind of event ("the next vote in early March" is not the vote
#: of 5 January). Editors' slips are off by days ("Jan. 5" for the strike of Jan. 3), which
#: stay linked and are judged; months away is another event.
EVENT_SLACK_DAYS = 31
#: A clause ends at these (a sentence's other clauses speak of other things): semicolons,
#: dashes, and a comma before a conjunction that starts a new clause.
#: Written to open with the class of its first characters, which lets `re` skip to them (the
#: plain alternation "; or a space or a comma" was tried at every place): each branch then
#: checks the character it took with a look-behind. The same matches (a fifth faster).
CLAUSE_BREAK_RE = lazy_compile(
    r"[\s;,](?:(?<=;)|(?<=\s)(?:[—–]|--)\s"
    r"|(?<=,)\s+(?:but|while|whereas|although|though|yet|meanwhile)\b)"
)
WORD_RE = lazy_compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
#: A reference-point phrase: "a day after the drone strike", "following the vote", "ahead of
#: the summit", up to the next comma. What it names is the point the clause is timed against,
#: not what the clause's date dates: in "NATO halted its training on Saturday, a day after the
#: strike", Saturday is the halt's. A date inside the phrase dates the phrase's event ("after
#: the strike on Jan. 3"). "since" and "until" are left out: "since 2014" dates the state the
#: main clause describes. The look-ahead for the phrases' first letters (in any case, as re.I
#: reads it) fails at once where the look-behind cost more: a third faster.
REFERENCE_RE = lazy_compile(
    r"(?=[abfi])(?<![\w-])(?:after|before|following|ahead of|in the wake of|in response to"
    r"|in retaliation for|amid)\s+(?=\S)",
    re.I,
)
#: A date attached to a verb of saying dates the saying: "the agency said on Tuesday",
#: "officials said this evening", "told reporters on Monday", "Speaking in Brussels this
#: morning". Such a date belongs to an event only where one of its words of communication
#: (COMMUNICATION_TRIGGERS) or its name stands next to it; the other events of the clause (the
#: quake the agency reported) are not what it dates. Announcing and confirming are left out: an
#: announcement makes a decision public that day ("announced Friday that it is sending troops"
#: dates the sending's decision). Its look-ahead names the first letters of its words (see
#: REFERENCE_RE).
SPEECH_BEFORE_RE = lazy_compile(
    r"(?=[satrwpSW])(?<![\w-])(?:said|says|told(?:\s+[\w-]+){1,2}|added|stated|reported"
    r"|wrote|posted"
    r"|tweeted|(?:[Ss]peaking|[Ww]riting)\s+(?:in|at|to|from|on)"
    r"(?:\s+[A-Z][\w.-]*){1,3})"
    r"\s+(?:(?:on|late|early|in|at)\s+)?$"
)
#: How far back from a date SPEECH_BEFORE_RE looks (a verb, two words and a preposition).
SPEECH_REACH = 48
COMMUNICATION_TRIGGERS = frozenset(
    (
        "said", "say", "says", "statement", "statements", "remarks", "told", "announced",
        "announce", "announcement", "press conference", "news conference", "briefing",
        "speech", "spoke", "speaking", "interview", "address", "addressed", "posted", "wrote",
    )
)  # fmt: skip
#: Words of a quote's occasion: a trigger made only of these, outside the quoted words, names
#: where and how the words were said ("told a news conference", "said in an interview"), which
#: is the quote's occasion, never its topic (docs/annotation.md, "Topics and ids").
OCCASION_WORDS = COMMUNICATION_TRIGGERS | frozenset(
    (
        "a", "the", "his", "her", "their", "to", "at", "in", "on", "tell", "tells", "telling",
        "reporters", "journalists", "me", "us", "interviewer", "interviewed", "conference",
        "conferences", "briefing", "briefings", "briefed", "press", "news", "meeting", "remark",
        "comments", "commented", "told", "speaks", "spoke", "statements", "release",
    )
)  # fmt: skip
#: A noun phrase that may name what a date dates, for a proposed event: "the election", "the
#: quake", "a two-day summit" (the last word is its head). The look-ahead for the determiners'
#: first letters fails at once at most places, before the word-boundary test: a quarter faster.
EVENT_NP_RE = lazy_compile(
    r"(?=[TtAaIiLlNn])\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Ll]ast|[Nn]ext)\s+"
    r"((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)\b"
)
#: Words that end a noun phrase: auxiliaries, verbs of saying, prepositions.
NP_STOP = frozenset(
    [
        "will",
        "would",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "said",
        "says",
        "to",
        "on",
        "in",
        "at",
        "of",
        "for",
        "by",
        "from",
        "with",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "when",
        "after",
        "before",
        "since",
        "until",
    ]
)
#: Words that head a noun phrase but never name an event.
NOT_EVENT_HEADS = frozenset(
    [
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "time",
        "morning",
        "afternoon",
        "evening",
        "night",
        "government",
        "minister",
        "ministers",
        "country",
        "city",
        "people",
        "statement",
        "report",
        "reports",
        "number",
    ]
)


@dataclass(frozen=True)
class Link:
    """A claim's topic, how sure the link is, and the evidence for it (for the doubt note)."""

    topic: str
    confident: bool
    evidence: str
    #: For `unassigned`: an event or quantity the reviewer may add (None when nothing fits).
    proposal: Event | Quantity | None = None

    @property
    def doubt(self) -> str:
        """The doubt note that tells the reviewer why the claim sits under this topic."""
        if self.topic == UNASSIGNED_TOPIC:
            return f"no registry topic fits ({self.evidence}): pick one or accept the proposal"
        if self.confident:
            return f"topic by evidence: {self.evidence}"
        return f"{GUESSED_TOPIC}: {self.evidence}"


def _nominal(trigger: str) -> tuple[str, ...]:
    """The -ment noun of a one-word past-form trigger: what happened named as a thing ("agreed"
    -> "agreement", "deployed" -> "deployment", "announced" -> "announcement"). A registry lists
    the verb forms its sources use; a draft may name the same happening by its noun."""
    if " " in trigger or not trigger.endswith("ed") or len(trigger) < 6:
        return ()
    base = trigger[:-1] if trigger.endswith(("eed", "ced", "ged", "sed", "ved", "zed")) else (
        trigger[:-2]
    )  # fmt: skip
    return (f"{base}ment",)


def _compile(phrases: Sequence[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    return _compile_folded(frozenset(p.casefold() for p in phrases))


@functools.lru_cache(maxsize=8)
def _compile_folded(phrases: frozenset[str]) -> re.Pattern[str]:
    """The pattern of the case-folded trigger phrases; cached, because a registry read again
    (each round of the benchmark, each evaluation set) builds its TopicLinker again, and the
    trie was most of that (3 of 4.5 ms for the main registry)."""
    # A trie of the phrases, longest first as a plain alternation would be, whatever their
    # letters (text.literal_alternation bands phrases that are not ASCII by length: one
    # "communiqué" once made the dev registry's pattern a plain alternation of 1,029 phrases).
    alternation = literal_alternation(phrases, ignore_case=True)
    return re.compile(r"(?<![\w-])" + alternation + r"(?![\w-])", re.I)


#: A character that continues a word for the trigger pattern's closing look-ahead.
WORD_GOES_ON_RE = lazy_compile(r"[\w-]")


@dataclass(frozen=True)
class _Item:
    id: str
    #: Its trigger phrases, case-folded.
    triggers: frozenset[str]
    participants: frozenset[str]
    families: frozenset[str] = frozenset()
    #: A quantity's name and description (what it says it counts, in words).
    says: str = ""
    #: A quantity's own counted nouns (singular, case-folded).
    units: frozenset[str] = frozenset()


class _CountFit(NamedTuple):
    """A quantity that may count a count, with its sort key first (`TopicLinker.count`)."""

    needs_cue: bool
    no_cue: bool
    no_participant: bool
    near: int
    unnamed: int
    order: int
    id: str
    said: str
    elsewhere: bool


@dataclass(frozen=True)
class _Hit:
    """A trigger phrase found in the text."""

    start: int
    end: int
    phrase: str
    text: str

    def span(self) -> tuple[int, int]:
        return self.start, self.end


class _Items:
    """Items in their order of preference (a tie goes to the earlier), with the positions of
    the items each id and each trigger phrase names: a claim's clause names few of a
    registry's hundreds of items, and `_choose` visits only those."""

    def __init__(self, items: Sequence[_Item]) -> None:
        self.items = list(items)
        self.by_id: dict[str, list[int]] = {}
        self.by_phrase: dict[str, list[int]] = {}
        for n, item in enumerate(self.items):
            self.by_id.setdefault(item.id, []).append(n)
            for phrase in item.triggers:
                self.by_phrase.setdefault(phrase, []).append(n)

    def named_or_triggered(self, named: Iterable[str], phrases: Iterable[str]) -> list[int]:
        """Positions, in order, of the items with one of the ids or one of the phrases."""
        found = {n for i in named for n in self.by_id.get(i, ())}
        found.update(n for p in phrases for n in self.by_phrase.get(p, ()))
        return sorted(found)


def clause_of(text: str, sentence: tuple[int, int], start: int) -> tuple[int, int]:
    """The clause of the sentence that holds `start`.

    An introductory adverbial clause ("After the strike on January 3, the alliance halted its
    training") is a clause of its own: its date belongs to its event, not the main verb's.
    """
    lo, hi = sentence
    opener = INTRODUCTORY_RE.match(text, lo, hi)
    if opener is not None:
        comma = text.find(",", opener.end(), hi)
        if comma >= 0:
            if start < comma:
                hi = comma
            else:
                lo = comma + 1
    for match in CLAUSE_BREAK_RE.finditer(text, lo, hi):
        if match.end() <= start:
            lo = match.end()
        elif match.start() >= start:
            hi = match.start()
            break
    return lo, hi


def _gap(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    """Words between two spans (0 when they touch or overlap)."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return len(WORD_RE.findall(text, lo, hi)) if hi > lo else 0


def reference_spans(text: str, clause: tuple[int, int]) -> list[tuple[int, int]]:
    """The reference-point phrases of a clause (REFERENCE_RE), each to the next comma."""
    spans = []
    for match in REFERENCE_RE.finditer(text, *clause):
        comma = text.find(",", match.end(), clause[1])
        spans.append((match.start(), comma if comma >= 0 else clause[1]))
    return spans


def _side(spans: Sequence[tuple[int, int]], claim: tuple[int, int]) -> tuple[int, int] | None:
    """The reference phrase that holds the claim (None when the claim is outside them all)."""
    return next((s for s in spans if s[0] <= claim[0] and claim[1] <= s[1]), None)


def _inside(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _outside(hits: list[_Hit], spans: Sequence[tuple[int, int]]) -> list[_Hit]:
    """The hits that are not inside any of `spans`."""
    return [h for h in hits if not _inside(h.start, spans)] if spans else hits


def speech_attached(text: str, claim: tuple[int, int]) -> bool:
    """True when a verb of saying governs the date (SPEECH_BEFORE_RE)."""
    return SPEECH_BEFORE_RE.search(text, max(0, claim[0] - SPEECH_REACH), claim[0]) is not None


class TopicLinker:
    """Links claims to the registry on evidence (see the module docstring)."""

    def __init__(self, registry: Registry) -> None:
        def phrases(triggers: Sequence[str]) -> frozenset[str]:
            folded = {t.casefold() for t in triggers}
            return frozenset(folded | {n for t in folded for n in _nominal(t)})

        self.events = [
            _Item(e.id, phrases(e.triggers), frozenset(e.participants))
            for e in registry.events
            if not e.proposed
        ]
        self.topics = [
            _Item(t.id, phrases(t.triggers), frozenset(t.participants))
            for t in registry.topics
            if not t.proposed
        ]
        self.quantities = [
            _Item(
                q.id,
                phrases(q.triggers),
                frozenset(q.participants),
                frozenset(unit_family(u) for u in (q.unit, *q.units)),
                f"{q.name}\n{q.description or ''}",
                frozenset(singular(u).casefold() for u in (q.unit, *q.units)),
            )
            for q in registry.quantities
            if not q.proposed
        ]
        self.event_ids = {e.id for e in self.events}
        self.topics_of: dict[str, list[str]] = {}
        for t in self.topics:
            for who in t.participants:
                self.topics_of.setdefault(who, []).append(t.id)
        #: Quantities that count votes against (AGAINST_WORDS in their name or trigger words):
        #: the second number of a tally ("carried 5-1", "by 412 to 96").
        self.against = frozenset(
            q.id
            for q in registry.quantities
            if AGAINST_WORDS & ({w.casefold() for w in q.name.split()} | set(phrases(q.triggers)))
        )
        #: What a date can date (events), and what a quote or decision can be about.
        self.date_items = _Items(self.events)
        self.subject_items = _Items([*self.topics, *self.events])
        #: Positions in `subject_items` of the items each entity takes part in (`decision`).
        self.by_participant: dict[str, list[int]] = {}
        for n, item in enumerate(self.subject_items.items):
            for who in item.participants:
                self.by_participant.setdefault(who, []).append(n)
        #: Each entity's and event's names that are names (not lower-case descriptions), and
        #: the bodies each entity decides for: to tell whose a count is (`_owns`).
        named_as: list[tuple[str, tuple[str, ...]]] = [
            *((e.id, (*name_forms(e.name), *e.aliases)) for e in registry.entities),
            *((e.id, (*name_forms(e.name), *e.aliases)) for e in registry.events),
        ]
        self.proper_names = {
            item: tuple(n for n in names if n[:1].isupper()) for item, names in named_as
        }
        self.decides_for = {e.id: frozenset(e.decides_for) for e in registry.entities}
        #: Each entity's names and aliases, case-folded, and the entities they name.
        self.alias_owners: dict[str, set[str]] = {}
        for e in registry.entities:
            for name in (*name_forms(e.name), *e.aliases):
                self.alias_owners.setdefault(" ".join(name.casefold().split()), set()).add(e.id)
        self.hubs = frozenset(e.id for e in registry.entities if e.type in STORY_HUBS)
        #: Each item's story (`Registry.stories`), and the stories the current text names.
        self.story = registry.stories()
        self.stories: frozenset[str] = frozenset()
        #: Registry aliases written lower-case: descriptions, whatever case the text gives them.
        self.descriptions = descriptions_of(registry)
        #: Ids the current text names by a proper name somewhere (see `read`).
        self.named: frozenset[str] = frozenset()
        #: The current text's mentions, and each speaker's last linked quote (topic, end).
        self._mentions: list[Mention] = []
        #: Their starts, when they are in text order (None: they are not, and are scanned).
        self._mention_starts: list[int] | None = []
        self._text = ""
        #: The text's main topic (`main_topic`): False until read, then an id or None.
        self._main: str | bool | None = False
        self._last_quote: dict[str, tuple[str, int]] = {}
        self.event_triggers = {e.id: e.triggers for e in self.events}
        # Every trigger of the registry in one pattern, run once per sentence (a registry of
        # hundreds of entries must not cost a regex search per entry per claim).
        self.trigger_re = _compile(
            [t for item in (*self.events, *self.topics, *self.quantities) for t in item.triggers]
        )
        self._hits: dict[tuple[int, int], list[_Hit]] = {}
        #: Every trigger of the current text and their starts, once asked for (`_scan`).
        self._all_hits: tuple[list[_Hit], list[int]] | None = None
        #: The hits of a span that are of one set of triggers (an item's), by span and set.
        self._hits_of: dict[tuple[tuple[int, int], frozenset[str]], list[_Hit]] = {}
        self.all_triggers = frozenset(
            t for item in (*self.events, *self.topics, *self.quantities) for t in item.triggers
        )
        self.event_days = {e.id: (e.start, e.end) for e in registry.events}
        #: Counted nouns (singular) and the quantities that list them: a noun only one quantity
        #: counts, and that is not a generic noun (GENERIC_UNITS), names that quantity.
        self.unit_owners: dict[str, set[str]] = {}
        for q in registry.quantities:
            if not q.proposed:
                for u in (q.unit, *q.units):
                    self.unit_owners.setdefault(singular(u), set()).add(q.id)

    # ------------------------------------------------------------------ shared scoring

    def _participants(
        self,
        item: _Item,
        text: str,
        sentence: tuple[int, int],
        mentions: Sequence[Mention],
        extra: Sequence[str] = (),
        skip: Sequence[tuple[int, int]] = (),
    ) -> str | None:
        """How the sentence names one of the item's participants, or None: a registry name of
        an entity or event, one of a participant event's triggers ("the quake" for the quake),
        or a participant given by the caller (a quote's resolved speaker)."""
        for m in mentions:
            if (
                m.id in item.participants
                and sentence[0] <= m.start < sentence[1]
                and not _inside(m.start, skip)
                and (m.id in self.named or not self._generic(m.text, text, m.start))
            ):
                return repr(m.text)
        for who in extra:
            if who in item.participants:
                return f"{who} (the speaker)"
        for event in sorted(item.participants & self.event_ids):
            if self._of_another_story(event):
                # "deaths" names the quake's toll in a story about the quake, not the overdose
                # deaths of another story the registry also holds.
                continue
            found = _outside(
                self._triggers(text, sentence, self.event_triggers.get(event, frozenset())), skip
            )
            if found:
                return f"{found[0].text!r} ({event})"
        return None

    def _score(
        self,
        item: _Item,
        text: str,
        claim: tuple[int, int],
        clause: tuple[int, int],
        sentence: tuple[int, int],
        mentions: Sequence[Mention],
        extra: Sequence[str] = (),
        skip: Sequence[tuple[int, int]] = (),
        elsewhere: bool = False,
    ) -> tuple[int, int, int, str, bool, bool]:
        """(score, words from the claim to the nearest evidence, the longest trigger's length,
        what the evidence is, whether a word of communication or a name is next to the claim,
        whether a participant named `elsewhere` in the text stands in for one in the clause).
        Evidence inside the `skip` spans (reference phrases the claim is not in) is not read."""
        score, near, longest, said, spoken = 0, 10_000, 0, [], False
        named = [m for m in mentions if m.id == item.id and clause[0] <= m.start < clause[1]]
        if named:
            score += ALIAS_SCORE
            near = min(near, *(_gap(text, claim, (m.start, m.end)) for m in named))
            said.append(f"names it ({named[0].text!r})")
            spoken = near <= NEAR_WORDS
        if item.triggers:
            found = _outside(self._triggers(text, clause, item.triggers), skip)
            spoken = spoken or any(
                h.phrase in COMMUNICATION_TRIGGERS and _gap(text, claim, h.span()) <= NEAR_WORDS
                for h in found
            )
            if found:
                # Triggers never add up: "decision" and "vote" fit a board's vote on bus
                # routes as well as a parliament's (a participant must say whose).
                score += TRIGGER_SCORE
                near = min(near, *(_gap(text, claim, m.span()) for m in found))
                longest = max(len(m.phrase) for m in found)
                said.append(f"trigger {found[0].text!r}")
        who = self._participants(item, text, clause, mentions, extra, skip)
        if who is not None:
            score += PARTICIPANT_SCORE
            said.append(f"participant {who}")
        elif elsewhere and near <= NEAR_WORDS and item.participants & self.named:
            # The event's word next to the claim, its participant named elsewhere in the text
            # ("Lawmakers approved the resolution on Sunday" in a story that names the
            # parliament): evidence for a guess only (`_choose`).
            score += PARTICIPANT_SCORE
            said.append("a participant named elsewhere in the text")
            return score, near, longest, ", ".join(said), spoken, True
        return score, near, longest, ", ".join(said), spoken, False

    def _choose(
        self,
        items: _Items,
        text: str,
        claim: tuple[int, int],
        sentence: tuple[int, int],
        mentions: Sequence[Mention],
        extra: Sequence[str] = (),
        whole: bool = False,
        value: DateValue | None = None,
        spoken: bool = False,
    ) -> Link | None:
        clause = sentence if whole else clause_of(text, sentence, claim[0])
        skip: list[tuple[int, int]] = []
        if not whole:
            # A claim inside a reference phrase ("after the strike on Jan. 3") is read in that
            # phrase; one outside it does not read it (REFERENCE_RE).
            spans = reference_spans(text, clause)
            inside = _side(spans, claim)
            if inside is not None:
                clause = inside
            else:
                skip = [s for s in spans if not (s[0] <= claim[0] < s[1])]
        # Only items named or triggered in the clause can reach LINK_MIN_SCORE: score those.
        hits = _outside(self._triggers(text, clause, self.all_triggers), skip)
        phrases = {h.phrase for h in hits}
        named = {
            m.id
            for m in mentions
            if clause[0] <= m.start < clause[1] and not _inside(m.start, skip)
        }
        scored = []
        for n in items.named_or_triggered(named, phrases):
            item = items.items[n]
            score, near, longest, said, said_near, far = self._score(
                item,
                text,
                claim,
                clause,
                sentence,
                mentions,
                extra,
                skip,
                elsewhere=value is not None,
            )
            if spoken and not said_near:
                continue  # a date of saying dates a statement, not the clause's other events
            if whole and self._occasion_only(item, hits, claim, named):
                continue  # where the words were said, not what they are about
            if score >= LINK_MIN_SCORE:
                if value is not None and not self._could_be(item.id, value, EVENT_SLACK_DAYS):
                    continue  # another occurrence of that kind of event (EVENT_SLACK_DAYS)
                misfit = value is not None and not self._could_be(item.id, value)
                scored.append((far, near, -score, -longest, misfit, n, item.id, said))
        if not scored:
            return None
        # The evidence next to the claim wins ("The January 3 strike ... and a vote by the
        # parliament": the strike), then the stronger evidence, then the more specific trigger
        # ("next meeting" over "meeting").
        # Evidence in the clause goes before a participant named elsewhere.
        scored.sort()
        far, near, _, _, _, _, best, said = scored[0]
        rivals = scored[1:]
        confident = not far and (
            not rivals or (near <= NEAR_WORDS and all(r[1] > NEAR_WORDS for r in rivals))
        )
        return Link(best, confident, said)

    def _spoken_of(self, item: str, text: str, quote: tuple[int, int]) -> bool:
        """True when the quoted words themselves hold one of the item's trigger words."""
        return any(
            self._triggers(text, quote, self.subject_items.items[n].triggers)
            for n in self.subject_items.by_id.get(item, ())
        )

    def _occasion_only(
        self, item: _Item, hits: Sequence[_Hit], claim: tuple[int, int], named: set[str]
    ) -> bool:
        """True when a quote's only evidence for an event is a word of saying or meeting around
        the quoted words ("told a news conference", "said at a briefing"): that event is the
        quote's occasion, not what the quote is about."""
        if item.id not in self.event_ids or item.id in named:
            return False
        own = [h for h in hits if h.phrase in item.triggers]
        return bool(own) and all(
            not (claim[0] <= h.start < claim[1]) and OCCASION_WORDS.issuperset(h.phrase.split())
            for h in own
        )

    def _triggers(self, text: str, span: tuple[int, int], triggers: frozenset[str]) -> list[_Hit]:
        """The given trigger phrases found in text[span] (all triggers are found once a span)."""
        if not triggers or self.trigger_re is None:
            return []
        kept = self._hits_of.get((span, triggers))
        if kept is not None:
            return list(kept)
        hits = self._hits.get(span)
        if hits is None:
            hits = self._hits[span] = self._scan(text, span)
        kept = [h for h in hits if h.phrase in triggers]
        self._hits_of[(span, triggers)] = kept
        return list(kept)

    def _scan(self, text: str, span: tuple[int, int]) -> list[_Hit]:
        """The trigger pattern's matches in text[span], from one scan of the whole text.

        Why: claims ask for their clause, their reference phrase, their sentence and their
        quote, overlapping spans each scanned anew (a seventh of the topic stage). A scan of
        the span alone finds what the whole text's scan finds inside it unless a match of the
        whole text crosses an end of the span (the span's scan may then match inside it, or a
        shorter phrase up to the span's end), or the span ends inside a word (the closing
        look-ahead of a phrase that ends there passes at the span's end, not in the whole
        text): then the span itself is scanned, as it always was.
        """
        lo, hi = span
        pattern = self.trigger_re
        if pattern is None:
            return []
        if text is self._text and not WORD_GOES_ON_RE.match(text, hi):
            hits, starts = self._text_hits(pattern)
            first, last = bisect_left(starts, lo), bisect_left(starts, hi)
            if (first == 0 or hits[first - 1].end <= lo) and (
                last <= first or hits[last - 1].end <= hi
            ):
                return hits[first:last]
        return [
            _Hit(m.start(), m.end(), m.group().casefold(), m.group())
            for m in pattern.finditer(text, lo, hi)
        ]

    def _text_hits(self, pattern: re.Pattern[str]) -> tuple[list[_Hit], list[int]]:
        """Every trigger in the current text, with their starts; found once per text."""
        if self._all_hits is None:
            hits = [
                _Hit(m.start(), m.end(), m.group().casefold(), m.group())
                for m in pattern.finditer(self._text)
            ]
            self._all_hits = (hits, [h.start for h in hits])
        return self._all_hits

    def _generic(self, name: str, text: str, start: int) -> bool:
        return is_description(name, text, start, self.descriptions)

    def read(self, mentions: Sequence[Mention], text: str) -> None:
        """Note which registry items the whole text names by a proper name ("NATO Mission
        Iraq", "Stoltenberg"): a generic description of one ("the mission", "members", "the
        country") is evidence only where the text has named it, as a reader resolves a definite
        description to something named before; in a story about a union, "members" is nobody's
        NATO (issue 10: text about another story never gets this story's topics)."""
        self.named = frozenset(m.id for m in mentions if not self._generic(m.text, text, m.start))
        self.stories = frozenset(
            self.story[i] for i in self.named if i in self.story and i not in self.hubs
        )
        self._hits = {}
        self._hits_of = {}
        self._all_hits = None
        self._mentions = list(mentions)
        starts = [m.start for m in self._mentions]
        # Bisected when in text order (as extract_claims gives them); else scanned.
        self._mention_starts = starts if all(a <= b for a, b in pairwise(starts)) else None
        self._last_quote = {}
        self._text = text
        self._main = False

    def _mentions_from(self, lo: int, hi: int) -> list[Mention]:
        """The current text's mentions that start in lo..hi, in their order."""
        starts = self._mention_starts
        if starts is None:
            return [m for m in self._mentions if lo <= m.start < hi]
        return self._mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]

    def main_topic(self) -> str | None:
        """The topic the whole text is most about, among the topics of the story it names: the
        most trigger words and named participants over the text, when one topic leads by
        MAIN_TOPIC_LEAD; else None. Read once per text, when a quote first asks."""
        if self._main is not False:
            return self._main if isinstance(self._main, str) else None
        self._main = None
        mine = [t for t in self.topics if self._of_this_story(t.id)]
        if not mine or self.trigger_re is None:
            return None
        said: dict[str, int] = {}
        for hit in self._text_hits(self.trigger_re)[0]:
            said[hit.phrase] = said.get(hit.phrase, 0) + 1
        named: dict[str, int] = {}
        for m in self._mentions:
            named[m.id] = named.get(m.id, 0) + 1
        scores = sorted(
            ((sum(said.get(w, 0) for w in t.triggers)
              + sum(named.get(p, 0) for p in t.participants), t.id) for t in mine),
            reverse=True,
        )  # fmt: skip
        if scores[0][0] and (len(scores) == 1 or scores[0][0] >= scores[1][0] + MAIN_TOPIC_LEAD):
            self._main = scores[0][1]
        return self._main if isinstance(self._main, str) else None

    def _other_body(
        self, item: _Item, clause: tuple[int, int], mentions: Sequence[Mention]
    ) -> bool:
        """True when the clause names a body (not a person or a place) that is none of the
        item's participants: "the Pentagon said it is sending 3,500 more troops" counts the
        Pentagon's troops, whatever story the text is."""
        return any(
            clause[0] <= m.start < clause[1]
            and m.kind in BODY_KINDS
            and not any(self._owns(m.id, p) for p in item.participants)
            for m in mentions
        )

    def _of_this_story(self, item: str) -> bool:
        """True when the text names stories (`Registry.stories`) and one is the item's."""
        return bool(self.stories) and self.story.get(item, item) in self.stories

    def _of_another_story(self, item: str) -> bool:
        """True when the text names stories (`Registry.stories`) and none is the item's."""
        return bool(self.stories) and self.story.get(item, item) not in self.stories

    def _only_event_on(self, value: DateValue | None) -> str | None:
        """The one event of the story the text names whose registry days hold the whole date
        ("Feb. 11" in a text about a strike the registry dates 11 February), or None when the
        text names no story, the date is unresolved, or no event or several fit. A reader
        files a bare date under the day's happening; the registry's dates are the evidence,
        so it is a guess."""
        if not self.stories or value is None or value.earliest is None or value.latest is None:
            return None
        # A long event holds many days that are not its own ("Easter Monday" falls in a
        # football season): it is the day's happening only when it is not much longer than
        # the date (a week for a day).
        longest = max(ONLY_EVENT_MAX_DAYS, 2 * ((value.latest - value.earliest).days + 1))
        fits = [
            event for event, (start, end) in self.event_days.items()
            if start is not None and start <= value.earliest and value.latest <= (end or start)
            and ((end or start) - start).days + 1 <= longest
            and self._of_this_story(event)
        ]  # fmt: skip
        return fits[0] if len(fits) == 1 else None

    def event_of(self, actor: str, value: DateValue) -> str | None:
        """The one event whose participants include `actor` (or the body it decides for) and
        whose days `value` can fall in; None when there is none or more than one."""
        deciders = {actor, *self.decides_for.get(actor, ())}
        found = [
            e.id for e in self.events
            if deciders & e.participants and self._could_be(e.id, value)
            and not self._of_another_story(e.id)
        ]  # fmt: skip
        return found[0] if len(found) == 1 else None

    def _could_be(self, event: str, value: DateValue, slack: int = 0) -> bool:
        """False when the registry dates the event and the date's value cannot fall in it
        (within `slack` days)."""
        start, end = self.event_days.get(event, (None, None))
        if start is None or value.earliest is None or value.latest is None:
            return True
        margin = dt.timedelta(days=slack)
        return value.earliest <= (end or start) + margin and start - margin <= value.latest

    # ------------------------------------------------------------------ by kind

    def date(
        self,
        text: str,
        claim: tuple[int, int],
        sentence: tuple[int, int],
        mentions: Sequence[Mention],
        value: DateValue | None = None,
    ) -> Link:
        """The event a date dates, or `unassigned` with a proposed event.

        Between events with evidence equally near and strong, the one whose registry dates
        the date's value can fall in goes first (the 2016 quake for "April 2016"); such a tie
        is never a confident link.
        """
        spoken = speech_attached(text, claim)
        found = self._choose(
            self.date_items, text, claim, sentence, mentions, value=value, spoken=spoken
        )
        if found is not None:
            return found
        # A date of saying dates the statement, which the registry rarely lists: the day's
        # other happening is not it ("..., the minister said on Jan. 5" in a story whose vote
        # fell on Jan. 5).
        only = None if spoken else self._only_event_on(value)
        if only is not None:
            return Link(only, False, "no event named around the date; the only event of the "
                        "text's story that the registry dates on it")  # fmt: skip
        if spoken:
            return Link(UNASSIGNED_TOPIC, False, "the date is a verb of saying's, and no "
                        "statement of the registry is named next to it")  # fmt: skip
        return Link(UNASSIGNED_TOPIC, False, "no event named around the date",
                    _propose_event(text, claim, sentence))  # fmt: skip

    def count(
        self,
        text: str,
        claim: tuple[int, int],
        unit: str,
        sentence: tuple[int, int],
        mentions: Sequence[Mention],
    ) -> Link:
        """The quantity a count counts, or `unassigned` with a proposed quantity."""
        clause = clause_of(text, sentence, claim[0])
        family = unit_family(unit)
        fitting = [q for q in self.quantities if family in q.families]
        owner = _owner(text, claim, mentions) or self._compound_owner(text, claim)
        # "its roughly 500 personnel" (the body named before "its") and "the 29 allies" (the
        # counted noun is itself a name of the owner) say whose the count is less directly: a
        # guess.
        guessed_owner = False
        if owner is None and not any(
            q.participants and self._participants(q, text, clause, mentions) for q in fitting
        ):
            # Only where the clause names no participant of a fitting quantity: "all 30 NATO
            # members" names NATO, which says more than the noun does.
            owner = _pronoun_owner(text, claim, sentence, mentions)
            if owner is not None and owner.id not in self.named:
                owner = None  # a description of nothing the text names ("members")
            owner = owner or self._noun_owner(text, claim, unit)
            guessed_owner = owner is not None
            if owner is not None and not any(
                self._owns(owner.id, p) for q in fitting for p in q.participants
            ):
                owner, guessed_owner = None, False  # no quantity of it: read the clause
        hits: list[_CountFit] = []
        owner_named: set[str] = set()
        # A country or place named inside the count, between the number and its noun ("5,000
        # Iraqi soldiers", "several thousand Iraqi instructors", "500 U.S. troops"), says whose
        # the counted people are: a quantity fits only if it lists that place as a participant
        # or whose name or description says it in those words ("Iraqi" for trained Iraqi
        # instructors), not by a name inside a participant's ("Iraq" is in "NATO Mission
        # Iraq", whose trainers are not Iraqi).
        # Only for deployed people (the personnel family): of a thing, a place says where it
        # is ("six UK bases", "two neighbouring roads"), not whose.
        inner = [
            m for m in mentions
            if m.kind in ("place", "country") and claim[0] <= m.start and m.end <= claim[1]
        ] if family == PERSONNEL_FAMILY else []  # fmt: skip
        for n, q in enumerate(fitting):
            if inner and not all(self._of_quantity(m, q) for m in inner):
                continue
            if owner is not None:
                # Whose the count is, the text says ("NATO has 500 trainers", "the alliance's
                # 500 trainers"): only a quantity of that owner (or of what bears its name)
                # may count them, whoever else the clause names ("most of them American").
                if not any(self._owns(owner.id, p) for p in q.participants):
                    continue
                who: str | None = f"{owner.text!r} (whose they are)"
            elif singular(unit).casefold() not in q.units:
                # Named only by a participant in the clause, a quantity counts the nouns it
                # lists: its family says which counts compare, not what it counts ("a research
                # centre with 23 staff in Brussels and Washington" are no U.S. troops).
                who = None
            else:
                who = self._participants(q, text, clause, mentions) if q.participants else None
            cues = self._triggers(text, sentence, q.triggers)
            # A trigger counts next to the number only ("killing at least 40 people, injuring
            # more than 200": the second number is not the dead).
            cue = next((m for m in cues if _gap(text, claim, m.span()) <= CUE_WORDS), None)
            specific = singular(unit) not in GENERIC_UNITS and self.unit_owners.get(
                singular(unit)
            ) == {q.id}
            # The quantity's own word next to the number ("35 people were still unaccounted
            # for") with its owner named elsewhere in the text (the quake the story is about)
            # is a guess: the word says what is counted, the story whose.
            elsewhere = (
                who is None
                and cue is not None
                and not specific
                and (
                    any(p in self.named for p in q.participants)
                    or (self._of_this_story(q.id) and not self._other_body(q, clause, mentions))
                )
            )
            if elsewhere and any(p in self.named for p in q.participants):
                owner_named.add(q.id)
            if (
                who is None
                and not specific
                and not elsewhere
                and not (not q.participants and len(fitting) == 1)
            ):
                continue
            said = f"counted noun {unit!r}"
            if who is not None:
                said += f", participant {who}"
            elif specific:
                said += ", counted by no other quantity"
            elif elsewhere:
                said += ", its owner named elsewhere in the text"
            if cue is not None:
                said += f", trigger {cue.text!r}"
            near = _gap(text, claim, cue.span()) if cue is not None else CUE_WORDS + 1
            # A quantity that lists triggers is told apart by them: without one next to the
            # number it ranks below the owner's quantity that needs none.
            needs_cue = bool(q.triggers) and cue is None
            # Between quantities of one owner, one that is also of a place the sentence does
            # not name is the owner's count there ("the firm's staff in Velm"), not all of it.
            unnamed = (
                sum(1 for p in q.participants
                    if p in self.hubs and not any(m.id == p for m in mentions))
                if owner is not None else 0
            )  # fmt: skip
            hits.append(
                _CountFit(needs_cue, cue is None, who is None, near, unnamed, n, q.id, said,
                          elsewhere)
            )  # fmt: skip
        # Of the text's story only, a quantity's word next to the number says which one only
        # where it is the one word that does ("604 new" fits new cases and the province's
        # new cases alike: unassigned, rather than a coin toss).
        story_only = [h for h in hits if h.elsewhere and h.id not in owner_named]
        if len(story_only) > 1:
            hits = [h for h in hits if h not in story_only]
        tally = _tally_side(text, claim)
        if tally == "second" and any(q.id in self.against for q in fitting):
            # The noes of a tally are no quantity of ayes, whatever its word next to them.
            hits = [h for h in hits if h.id in self.against]
        if tally is not None and any(h.id in self.against for h in hits):
            # A vote's tally gives the ayes first and the noes second ("carried 5-1", "voted
            # by 412 to 96"): the noes' quantity for the second number only.
            side = [h for h in hits if (h.id in self.against) == (tally == "second")]
            hits = side or hits
        if hits:
            # The quantity whose own words stand next to the number ("could be added") first,
            # then one whose owner is named, then the nearest cue.
            hits.sort()
            best, rival = hits[0], hits[1] if len(hits) > 1 else None
            confident = (rival is None or rival[:3] > best[:3]) and not best.elsewhere
            confident = confident and not guessed_owner
            said = best.said
            share = self._national_share(text, clause, claim, mentions, best.id)
            origin = FROM_GROUP_RE.match(text, claim[1]) if family == PERSONNEL_FAMILY else None
            if share is None and origin is not None:
                # "40 soldiers from the 338th Engineer Company": a unit's part of the whole.
                share = f"the group {origin['group']!r}"
            if share is not None:
                # "Denmark will contribute up to 40 more trainers to the mission": Denmark's
                # share of the quantity, not the whole of it. A guess.
                confident, said = False, f"{said}; maybe only {share}'s share of it"
            return Link(best.id, confident, said)
        return Link(UNASSIGNED_TOPIC, False, f"no quantity of {unit!r} with its owner named",
                    _propose_quantity(unit))  # fmt: skip

    @staticmethod
    def _of_quantity(place: Mention, quantity: _Item) -> bool:
        """The quantity is of the place named in a count: a participant, or its name or
        description holds the words the text uses ("Iraqi", "U.S.")."""
        if place.id in quantity.participants:
            return True
        words = re.compile(r"(?<![\w-])" + re.escape(place.text) + r"(?![\w-])", re.I)
        return words.search(quantity.says) is not None

    def _compound_owner(self, text: str, claim: tuple[int, int]) -> Mention | None:
        """The owner a count compound's head names: "the 30-nation alliance" is the alliance
        (a description of NATO in a text that names NATO), "a 27-member bloc" the bloc. Only
        an item the text names, or whose name holds one it names."""
        match = COMPOUND_HEAD_RE.search(text, claim[0], claim[1])
        if match is None or match.end() != claim[1]:
            return None
        phrase = f"the {match['head'].casefold()}"
        for item in sorted(self.alias_owners.get(phrase, ())):
            if item not in self.hubs and self._resolvable(item):
                return Mention(claim[0], claim[1], text[claim[0] : claim[1]], item, "group",
                               False, 100.0)  # fmt: skip
        return None

    def _noun_owner(self, text: str, claim: tuple[int, int], unit: str) -> Mention | None:
        """The owner a definite count's noun names: "the 29 allies" are the allies (an alias
        of NATO's allies), "all 12 members" the members. Only with "the" or "all" before the
        number (a definite group), and only an item the text names or whose name holds a name
        the text gives ("NATO allies" in a text that names NATO)."""
        head = text[max(0, claim[0] - DEFINITE_REACH) : claim[1]].casefold()
        if DEFINITE_RE.search(head) is None:
            return None
        noun = " ".join(unit.casefold().split())
        for phrase in (f"the {noun}", f"all {noun}", noun):
            for item in sorted(self.alias_owners.get(phrase, ())):
                if item not in self.hubs and self._resolvable(item):
                    return Mention(claim[0], claim[1], text[claim[0] : claim[1]], item,
                                   "group", False, 100.0)  # fmt: skip
        return None

    def _resolvable(self, item: str) -> bool:
        """The text names the item, or an item (not a place) whose name the item's holds."""
        if item in self.named:
            return True
        return any(self._owns(other, item) for other in self.named if other not in self.hubs)

    def _owns(self, owner: str, participant: str) -> bool:
        """The owner is the participant, decides for it, or names it ("NATO" in "NATO Mission
        Iraq")."""
        if owner == participant or participant in self.decides_for.get(owner, ()):
            return True
        return any(
            re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", own)
            for name in self.proper_names.get(owner, ())
            for own in self.proper_names.get(participant, ())
        )

    def _national_share(
        self,
        text: str,
        clause: tuple[int, int],
        claim: tuple[int, int],
        mentions: Sequence[Mention],
        quantity: str,
    ) -> str | None:
        """The name of a country that owns the count, when the quantity is not the country's:
        a country named before the number in its clause, not after a preposition ("in Iraq"),
        and not one of the quantity's participants."""
        item = next(q for q in self.quantities if q.id == quantity)
        for m in mentions:
            if (
                m.kind == "country"
                and clause[0] <= m.start < claim[0]
                and m.id not in item.participants
                and not PLACE_BEFORE_RE.search(text, max(0, m.start - PLACE_REACH), m.start)
            ):
                return m.text
        # A country the registry does not list, by its name (natoiraq.places): the subject
        # that opens the clause ("Denmark is prepared to contribute up to 40 more").
        opening = COUNTRY_OPENING_RE.match(text, clause[0], claim[0])
        if opening is not None and opening["name"] in COUNTRY_NAMES:
            own = {n for p in item.participants for n in self.proper_names.get(p, ())}
            if not any(opening["name"] in n for n in own):
                return opening["name"]
        return None

    def decision(
        self,
        text: str,
        claim: tuple[int, int],
        sentence: tuple[int, int],
        mentions: Sequence[Mention],
        actor: str,
        action: str,
        obj: str,
    ) -> Link:
        """The topic (or event) a decision is about: an item its actor (or the body the actor
        decides for) or its object takes part in, named by the decision's own verb (one of the
        item's trigger words in the decision's words, or the action itself: "we will resume it
        when conditions allow" is the resumption the registry lists for the mission). Else
        what its clause names (`subject`)."""
        # Only parties the text names by a proper name count (a description such as "the
        # parliament" in a story about something else is nobody's), and no country or place:
        # every story about a country has it as a participant.
        parties = {
            p
            for p in (actor, obj, *self.decides_for.get(actor, ()))
            if p in self.named and p not in self.hubs
        }
        stem = action[:-1] if action.endswith("e") else action
        positions = sorted({n for who in parties for n in self.by_participant.get(who, ())})
        fits: list[tuple[int, int, int, str, str]] = []
        for n in positions:
            item = self.subject_items.items[n]
            found = self._triggers(text, claim, item.triggers)
            verb = sorted(t for t in item.triggers if " " not in t and t.startswith(stem))
            if not found and not verb:
                continue
            said = f"trigger {found[0].text!r}" if found else f"its word {verb[0]!r}"
            whose = "its object" if obj in item.participants else "its actor"
            why = f"the decision's {said}, and {whose} takes part in it"
            fits.append((0 if found else 1, 0 if obj in item.participants else 1, n, item.id, why))
        if fits:
            fits.sort()
            best, rival = fits[0], fits[1] if len(fits) > 1 else None
            return Link(best[3], rival is None or rival[:2] > best[:2], best[4])
        return self.subject(text, claim, sentence, mentions)

    def subject(
        self,
        text: str,
        claim: tuple[int, int],
        sentence: tuple[int, int],
        mentions: Sequence[Mention],
        speaker: str | None = None,
    ) -> Link:
        """The topic (or event) a quote or decision is about, or `unassigned`.

        A quote is read whole (its words are its subject), with its resolved speaker as one
        more participant; a decision is read in its clause.
        """
        items = self.subject_items
        found = self._choose(
            items, text, claim, sentence, mentions,
            extra=(speaker,) if speaker else (), whole=speaker is not None,
        )  # fmt: skip
        if speaker is None:
            if found is not None:
                return found
            main = self.main_topic()
            if main is not None:
                return Link(main, False, "nothing in the clause names a topic; the topic the "
                            "whole text is most about")  # fmt: skip
            return Link(UNASSIGNED_TOPIC, False, "no topic's triggers and participants around it")
        if found is None:
            # The quote's paragraph: the reporter's lead-in ("Asked whether NATO would pull
            # out, he said ...") often says what a quote is about. A guess.
            para = _paragraph_around(text, claim)
            if para[0] < sentence[0] or para[1] > sentence[1]:
                around = self._mentions_from(*para)
                wide = self._choose(items, text, claim, para, around, extra=(speaker,), whole=True)
                if wide is not None:
                    found = Link(wide.topic, False, f"{wide.evidence}, in the quote's paragraph")
        if found is None:
            # A speaker goes on about the same thing: the topic of their quote just before.
            last = self._last_quote.get(speaker)
            if last is not None and claim[0] - last[1] <= CONTINUATION_CHARS:
                found = Link(last[0], False, "the topic of the speaker's quote just before")
        own = self.topics_of.get(speaker, ())
        if (
            found is not None
            and not found.confident
            and len(own) == 1
            and found.topic != own[0]
            and not self._spoken_of(found.topic, text, claim)
        ):
            # A guess that is not the speaker's subject yields to it: the registry lists the
            # speaker in one topic only (a relative speaks of the families, a coach of the
            # team), and the guess read around the quote, in words that are not the
            # quote's, was another's. Still a guess.
            found = Link(own[0], False, f"the speaker's only topic (not {found.topic})")
        if found is None and len(own) == 1:
            # Nothing around the quote says what it is about, but the registry lists the
            # speaker in one topic only: people quoted in a story mostly speak to their part
            # in it. A guess, never evidence (reconcile leaves guesses out of conflicts).
            found = Link(own[0], False, "the speaker's only topic, nothing in the quote names one")
        if found is None:
            main = self.main_topic()
            if main is not None:
                # Nothing says what the quote is about, and the registry does not place the
                # speaker: people quoted in a story mostly speak to its main subject. A guess.
                found = Link(main, False, "nothing in or around the quote names a topic; the "
                             "topic the whole text is most about")  # fmt: skip
        if found is None:
            return Link(UNASSIGNED_TOPIC, False, "no topic's triggers and participants around it")
        self._last_quote[speaker] = (found.topic, claim[1])
        return found


def _paragraph_around(text: str, claim: tuple[int, int]) -> tuple[int, int]:
    """The paragraph (between line feeds) holding the claim, at most PARAGRAPH_REACH characters
    on each side of it. Both searches are bounded: an unbounded `rfind` on one long line reads
    back to its start for every quote."""
    reach = max(0, claim[0] - PARAGRAPH_REACH)
    lo = text.rfind("\n", reach, claim[0]) + 1 or reach
    hi = text.find("\n", claim[1], claim[1] + PARAGRAPH_REACH)
    return lo, (min(len(text), claim[1] + PARAGRAPH_REACH) if hi < 0 else hi)


#: The longest event (in days) a date of a day can be the only event of (`_only_event_on`): a
#: date of N days, events of up to twice that.
ONLY_EVENT_MAX_DAYS = 7

#: How many more trigger words and participant mentions than the next topic of its story the
#: text's main topic needs (`TopicLinker.main_topic`): a tie, or a lead of one word, says
#: nothing about what the text is mostly about.
MAIN_TOPIC_LEAD = 2

#: Topic linkers by registry: a large registry's trigger pattern is built once, not per text.
_LINKERS = RegistryCache(TopicLinker)


def topic_linker(registry: Registry) -> TopicLinker:
    """The TopicLinker of `registry` (call `read` with each text's mentions before use)."""
    return _LINKERS.get(registry)


#: What stands between an owner and its count: a possessive ("NATO's 500 trainers", "its 500
#: personnel") or a verb of having ("the alliance has 5,200 troops"), with at most a hedge
#: ("roughly", "some", "about") before the number; "has offered 40" is an auxiliary, no owner.
#: A verb of having between an owner and its count ("the alliance has 5,200 troops").
_HAVING = (
    r"(?:has|have|had|keeps?|kept|maintains?|maintained|deploys?|deployed|stations?|stationed"
    r"|employs?|employed|counts?|counted|numbers?|numbered)"
)
#: At most a hedge before the number ("roughly", "some", "about").
_HEDGE = (
    r"(?:(?:about|some|around|roughly|nearly|almost|only|just|over|under|approximately"
    r"|more than|fewer than|less than|at least|up to|an estimated|a total of|currently"
    r"|still|now|close to)\s+)?"
)
OWNER_GAP_RE = lazy_compile(r"(?:['’]s|\s+" + _HAVING + r")\s+" + _HEDGE + "$")
#: An owner and its count in a relative clause: "the mission, which currently has about 500
#: personnel", "Velm Foods, which employs some 900 people".
RELATIVE_OWNER_RE = lazy_compile(
    r",\s+(?:which|who|that)\s+(?:(?:currently|now|still|already|today)\s+)?"
    + _HAVING
    + r"\s+"
    + _HEDGE
    + "$"
)
#: Possessive determiners that stand for the nearest owner named before them ("its"), with at
#: most two words between it and the count ("its own 40", "their remaining 300").
OWNER_PRONOUN_RE = lazy_compile(r"(?<![\w-])(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}$")
#: How far back from a count OWNER_PRONOUN_RE looks: the pronoun and two words.
PRONOUN_REACH = 40
#: A definite count: "the" or "all" (or "all the") right before the number, or opening it.
DEFINITE_RE = lazy_compile(r"(?:^|\s)(?:the|all)\s+(?:the\s+)?\S*\d")
#: How far before a count DEFINITE_RE looks ("all the ").
DEFINITE_REACH = 8
#: Kinds of mention that are bodies: organisations, groups and missions own counts.
BODY_KINDS = frozenset(("organisation", "group", "mission"))
#: Kinds of mention a possessive "its" never stands for.
PRONOUN_NOT_OWNERS = frozenset(("place", "event", "person", "country", "office"))


def _owner(text: str, claim: tuple[int, int], mentions: Sequence[Mention]) -> Mention | None:
    """The mention that owns a count: right before it with a possessive or a verb of having
    between ("the alliance's roughly 500 trainers", "NATO has 5,200 troops"), or before a
    relative clause that has it ("the mission, which has about 500 personnel"); None when the
    text does not say. A place is never an owner ("Iraq's 5,000 troops" may be anyone's)."""
    before = [m for m in mentions if m.end <= claim[0] and m.kind not in ("place", "event")]
    if not before:
        return None
    last = max(before, key=lambda m: m.end)
    gap = text[last.end : claim[0]]
    if len(gap) <= 40 and OWNER_GAP_RE.match(gap) and "," not in gap:
        return last
    if len(gap) <= 60 and RELATIVE_OWNER_RE.match(gap):
        return last
    return None


def _pronoun_owner(
    text: str, claim: tuple[int, int], sentence: tuple[int, int], mentions: Sequence[Mention]
) -> Mention | None:
    """The body a possessive determiner before a count stands for: "The alliance ... moved some
    of its roughly 500 personnel" is the alliance's. The nearest organisation or group named
    before it in the sentence (never a person, a place or a country: "its" is a body's)."""
    pronoun = OWNER_PRONOUN_RE.search(text, max(sentence[0], claim[0] - PRONOUN_REACH), claim[0])
    if pronoun is None:
        return None
    before = [
        m
        for m in mentions
        if sentence[0] <= m.start and m.end <= pronoun.start() and m.kind not in PRONOUN_NOT_OWNERS
    ]
    return max(before, key=lambda m: m.end) if before else None


#: Words that name the votes against in a quantity's name or triggers.
AGAINST_WORDS = frozenset({"against", "no", "noes", "nays", "opposed"})
#: A tally of a vote: a verb or noun of voting before two numbers joined by a dash or "to".
TALLY_FIRST_RE = lazy_compile(r"\s*(?:-|–|to\s)\s*\d")
TALLY_SECOND_RE = lazy_compile(r"\d\s*(?:-|–|\bto)\s*$")
TALLY_CONTEXT_RE = lazy_compile(
    r"\b(?:vot\w*|carried|passed|approved|adopted|rejected|defeated|backed|ballot\w*)\b",
    re.I,
)
#: How far before a tally its verb may stand ("voted by 412 to 96", "carried 5-1").
TALLY_REACH = 40


def _tally_side(text: str, claim: tuple[int, int]) -> str | None:
    """ "first" or "second" when the count is one side of a vote's tally, else None."""
    second = TALLY_SECOND_RE.search(text, max(0, claim[0] - 12), claim[0])
    if TALLY_FIRST_RE.match(text, claim[1]):
        side, opening = "first", claim[0]
    elif second is not None:
        side, opening = "second", second.start()
        while opening > 0 and (text[opening - 1].isdigit() or text[opening - 1] in ",."):
            opening -= 1  # to the first number's start ("by 1,412 to 96")
    else:
        return None
    if TALLY_CONTEXT_RE.search(text, max(0, opening - TALLY_REACH), opening):
        return side
    return None


def _propose_event(text: str, claim: tuple[int, int], sentence: tuple[int, int]) -> Event | None:
    """An event named by the noun phrase nearest before the date in its clause, if any."""
    clause = clause_of(text, sentence, claim[0])
    phrases = []
    for m in EVENT_NP_RE.finditer(text, clause[0], claim[0]):
        words: list[str] = []
        for word in m.group(1).split():
            if word in NP_STOP:
                break
            words.append(word)
        if words and len(words[-1]) > 2 and words[-1] not in NOT_EVENT_HEADS:
            phrases.append(" ".join(words))
    if not phrases:
        return None
    name = phrases[-1]
    said = text[slice(*sentence)].strip()[:120]
    return Event(id=slugify(name), name=name, proposed=True,
                 description=f"proposed by natoiraq from {said!r}")  # fmt: skip


def _propose_quantity(unit: str) -> Quantity:
    """A quantity of that counted noun, for the reviewer to name and scope."""
    return Quantity(id=slugify(unit), name=f"Number of {unit}", unit=unit, proposed=True,
                    description="proposed by natoiraq: say whose and when")  # fmt: skip
