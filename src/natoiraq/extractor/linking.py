"""Stage 3 (shared): link names in the text to registry ids (aliases first, then rapidfuzz).

Why: one person appears as "Qasem", "Qassem" and "Qassim" in different outlets. Exact aliases
catch the spellings the registry knows; rapidfuzz catches the ones it does not yet know, with an
explicit scorer, processor and cutoff. A capitalised name the registry cannot place becomes a
proposed entry (never a silent drop), so the reviewer can add it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from natoiraq.models import Entity, Registry
from natoiraq.text import NAME_RE

#: fuzz.ratio on default_process'd strings (lower case, punctuation stripped). 85 joins
#: "qassim soleimani" to "qasem soleimani" (87) and "qassem" to "qasem" (91) but keeps
#: "mohammed allawi" off "mohammed bin salman" and a first name off a different surname (< 60).
#: Guarded by tests/extractor/test_linking.py.
LINK_SCORER = fuzz.ratio
LINK_PROCESSOR = utils.default_process
LINK_CUTOFF = 85.0
#: Single words shorter than this are never fuzzy-matched ("Iran" vs "Iraq" scores 75 but two
#: letters decide a country); they must match an alias exactly.
FUZZY_MIN_CHARS = 6

#: Words that start a capitalised sequence without being part of a name.
NAME_LEADERS = frozenset(
    {"The", "A", "An", "In", "On", "At", "And", "But", "As", "For", "If", "When", "While", "After",
     "Although", "With", "Beyond", "Prior", "Especially", "This", "That", "Our", "We", "He",
     "She", "It", "They", "His", "Her", "Allied", "Other"}
)  # fmt: skip
#: Titles stripped in front of a name ("Gen. Qassem Soleimani", "President Donald Trump").
TITLE_RE = re.compile(
    r"^(?:(?:Gen|Lt|Col|Maj|Dr|Mr|Mrs|Ms|Sen|Rep|Adm|Capt)\.?\s+"
    r"|(?:General|President|Prime Minister|Minister|Secretary(?:[- ]General)?|Chancellor"
    r"|King|Prince|Ayatollah|Ambassador|Commander|Chief|Foreign Minister|Defence Minister"
    r"|Defense Secretary)\s+)+"
)


TITLE_WORDS = frozenset(
    {
        "Secretary",
        "General",
        "Secretary-General",
        "Minister",
        "Prime",
        "President",
        "Foreign",
        "Defence",
        "Defense",
        "Deputy",
        "Chief",
    }
)


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names a registry item (or a name the registry lacks)."""

    start: int
    end: int
    text: str
    #: Registry id, or the proposed id when `proposed` is True.
    id: str
    kind: str
    proposed: bool = False
    score: float = 100.0


def slugify(name: str) -> str:
    """A registry-style id for a name ("Mohammed Allawi" -> "mohammed-allawi")."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "unnamed"


def _alternation(aliases: list[str]) -> re.Pattern[str] | None:
    if not aliases:
        return None
    ordered = sorted(aliases, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w-])")


class Linker:
    """Finds registry names in text and resolves free names to registry ids."""

    def __init__(self, registry: Registry) -> None:
        self.kinds: dict[str, str] = {}
        self.names: dict[str, str] = {}
        aliases: dict[str, str] = {}
        for entity in registry.entities:
            self.kinds[entity.id] = entity.type
            self.names[entity.id] = entity.name
            for alias in (entity.name, *entity.aliases, *entity.spellings):
                aliases.setdefault(alias, entity.id)
        for event in registry.events:
            self.kinds[event.id] = "event"
            self.names[event.id] = event.name
            for alias in (event.name, *event.aliases):
                aliases.setdefault(alias, event.id)
        for quantity in registry.quantities:
            self.kinds[quantity.id] = "quantity"
            self.names[quantity.id] = quantity.name
        for topic in registry.topics:
            self.kinds[topic.id] = "topic"
            self.names[topic.id] = topic.name
        self._aliases = aliases
        self._folded = {alias.casefold(): item for alias, item in aliases.items()}
        self._choices = {alias: LINK_PROCESSOR(alias) for alias in aliases}
        # Longest alias first so "NATO Mission Iraq" wins over "NATO". Events are matched apart:
        # an event alias can be a whole phrase ("a call in January by US President Donald
        # Trump") that must not hide the entities inside it.
        self._alias_res = [
            _alternation([a for a, item in aliases.items() if self.kinds[item] != "event"]),
            _alternation([a for a, item in aliases.items() if self.kinds[item] == "event"]),
        ]
        self._proposed: dict[str, Entity] = {}

    def resolve(self, name: str) -> tuple[str, float] | None:
        """The registry id a name refers to, with the match score; None when nothing fits.

        Leading words are dropped one by one ("NATO Secretary General Jens Stoltenberg" ->
        "Jens Stoltenberg"), and names proposed earlier in the article count as known.
        """
        words = name.split()
        for first in range(len(words)):
            found = self._resolve_one(" ".join(words[first:]))
            if found is not None:
                return found
        return None

    def _resolve_one(self, name: str) -> tuple[str, float] | None:
        name = TITLE_RE.sub("", name.strip()).strip()
        if not name:
            return None
        exact = self._folded.get(name.casefold())
        if exact is not None:
            return exact, 100.0
        for entity in self._proposed.values():
            if name in (entity.name, entity.name.split()[-1]):
                return entity.id, 100.0
        if len(name) < FUZZY_MIN_CHARS:
            return None
        best = process.extractOne(
            name,
            self._choices,
            scorer=LINK_SCORER,
            processor=LINK_PROCESSOR,
            score_cutoff=LINK_CUTOFF,
        )
        if best is None:
            return None
        return self._aliases[best[2]], float(best[1])

    def mentions(self, text: str, start: int, end: int) -> list[Mention]:
        """Registry names (exact aliases or fuzzy-linked capitalised names) in text order."""
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for regex in self._alias_res:
            if regex is None:
                continue
            for match in regex.finditer(text, start, end):
                item = self._aliases[match.group()]
                found.append(Mention(*match.span(), match.group(), item, self.kinds[item]))
                if self.kinds[item] != "event":
                    taken.append(match.span())
        for match in NAME_RE.finditer(text, start, end):
            a, b = match.span()
            words = match.group().split()
            while words and words[0] in NAME_LEADERS:
                a += len(words[0]) + 1
                words = words[1:]
            if len(words) < 2 or any(a < y and x < b for x, y in taken):
                continue
            name = text[a:b]
            resolved = self.resolve(name)
            # Names the registry lacks are proposed only where a claim needs them (speakers).
            if resolved is not None:
                item, score = resolved
                found.append(
                    Mention(a, b, name, item, self.kinds.get(item, "person"), False, score)
                )
        found.sort(key=lambda m: (m.start, -m.end))
        return found

    def propose(self, name: str, start: int, end: int) -> Mention:
        """A mention of a name the registry lacks, recorded as a proposed person entry."""
        words = name.split()
        # Drop leading acronyms and titles: "NATO Secretary General Jane Doe" -> "Jane Doe".
        while len(words) > 2 and (
            words[0].isupper() or TITLE_RE.match(words[0] + " ") or words[0] in TITLE_WORDS
        ):
            words = words[1:]
        clean = TITLE_RE.sub("", " ".join(words)).strip() or name
        item = slugify(clean)
        self._proposed.setdefault(
            item,
            Entity(
                id=item,
                type="person",
                name=clean,
                description="proposed by natoiraq extract: not in the registry; review the type",
            ),
        )
        return Mention(start, end, name, item, "person", proposed=True, score=0.0)

    def proposed(self) -> list[Entity]:
        """Every proposed registry entry so far, by id."""
        return [self._proposed[key] for key in sorted(self._proposed)]
