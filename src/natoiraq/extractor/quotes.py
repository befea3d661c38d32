"""Stage 3c: quotes. Quoted words, their speaker (linked to the registry) and whether partial.

Why: scraped copy mixes straight and curly marks and mismatches them (a closing ” used to open, a
quote opened with ” and closed with "), so marks are paired by position, not by shape: within a
paragraph the first double mark opens and the next one closes. A quote left open at the end of a
paragraph continues when the next paragraph opens with a mark (the English multi-paragraph
convention). The speaker comes from an attribution next to the quote ("X said", "said X", "he
added", "the secretary general said"); a pronoun resolves to the latest named speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from natoiraq.extractor.linking import Linker, Mention
from natoiraq.text import NAME_RE, SPEECH_VERBS, WHITESPACE_RE, strip_span

#: Double quote marks of every shape; single marks are apostrophes too often to pair.
QUOTE_MARK_RE = re.compile(r"[\"“”„«»]")
#: How far (in characters) an attribution may stand from the quote it belongs to.
ATTRIBUTION_WINDOW = 160

SUBJECT = (
    r"(?P<subj>(?:he|she|they|He|She|They|[Tt]he\s+[\w-]+(?:\s+[\w-]+){0,3}"
    r"|(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]+))"
)
#: Who a named speaker is, between commas: "Maria Lopez, a senior diplomat, said".
APPOSITION = r"(?:,\s+(?:a|an|the|its|his|her)\s+[^,“”\"\n]{1,60},)?"
#: After a quote: `, he said`, `, Jens Stoltenberg underlined`, `said Stoltenberg`,
#: `explained the Secretary General`, `, Maria Lopez, a senior diplomat, said`.
AFTER_RE = re.compile(
    rf"^[\s,.;:—–-]*(?:{SUBJECT}{APPOSITION}\s+(?:has\s+|had\s+)?{SPEECH_VERBS}\b"
    rf"|(?P<verb2>{SPEECH_VERBS})\s+"
    rf"(?P<obj>(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,5}}"
    rf"|the\s+[a-z]+(?:\s+[a-z]+){{0,2}}))"
)
#: Before a quote: `Stoltenberg vowed that `, `X said: `, `he said, `.
BEFORE_RE = re.compile(rf"{SUBJECT}\s+(?:has\s+|had\s+|also\s+)?{SPEECH_VERBS}(?:\s+that)?[\s,:]*$")
#: A named speaker anywhere in the narrative: "Stoltenberg said", "Stoltenberg spoke to
#: reporters" (whom a later "he said" means). "spoke" is not a SPEECH_VERB: a photo caption
#: ("X speaks at a news conference") reports no words.
NAMED_SPEECH_RE = re.compile(
    rf"(?P<name>(?:[A-Z][\w.'’-]*\s+){{0,4}}[A-Z][\w'’-]+)\s+(?:has\s+|had\s+)?"
    rf"(?:{SPEECH_VERBS}|spoke|speaks)\b"
)


#: Registry names for "nobody named" (docs/annotation.md: scare quotes, quotes with no source).
UNATTRIBUTED_NAMES = ("unattributed", "Unattributed source", "unknown source")
SENTENCE_STOP_RE = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“”])")
PRONOUN_SPEECH_RE = re.compile(
    rf"\b(?P<name>he|she|He|She)\s+(?:has\s+|had\s+|also\s+)?{SPEECH_VERBS}\b"
)

#: A quote is partial when words of the narrative run straight into it on the same line
#: ("vowed that “everything ...", "it is good “for Iraq"); not after a colon or at a line start.
PARTIAL_LEAD_RE = re.compile(r"[\w,]\s*$")


@dataclass(frozen=True)
class QuoteHit:
    start: int
    end: int
    text: str
    speaker: str
    partial: bool
    attribution: tuple[int, int] | None
    doubt: str | None = None


@dataclass
class _Segment:
    start: int
    end: int
    paragraph: int
    #: The mark that opened it ended a previous paragraph's open quote (a continuation).
    continued: bool = False


def _segments(text: str, body: list[tuple[int, int]], starts: frozenset[int]) -> list[_Segment]:
    """Pair quote marks by position inside body spans; carry open quotes over paragraphs."""
    found: list[_Segment] = []
    paragraph = -1
    open_at: int | None = None
    carried = False
    for index, (start, end) in enumerate(body):
        if index in starts:
            paragraph += 1
            if open_at is not None:
                # Left open at the end of the previous paragraph: close it there when this one
                # opens with a mark (continuation), otherwise close it there and doubt it.
                prev_end = body[index - 1][1]
                found.append(_Segment(open_at, prev_end, paragraph - 1, carried))
                carried = QUOTE_MARK_RE.match(text, start) is not None
                open_at = None
        for mark in QUOTE_MARK_RE.finditer(text, start, end):
            if open_at is None:
                open_at = mark.end()
            else:
                found.append(_Segment(open_at, mark.start(), paragraph, carried))
                open_at, carried = None, False
        if open_at is None:
            carried = False
    if open_at is not None and body:
        found.append(_Segment(open_at, body[-1][1], paragraph, carried))
    return found


class _Speakers:
    """Resolve a subject phrase to a speaker id; remember the latest named speaker."""

    def __init__(self, linker: Linker) -> None:
        self.linker = linker
        self.latest: str | None = None

    def resolve(self, phrase: str, start: int, end: int) -> tuple[str | None, str | None]:
        phrase = phrase.strip()
        if phrase.lower() in ("he", "she", "they"):
            if self.latest is None:
                return None, "pronoun with no named speaker before it"
            return self.latest, None
        resolved = self.linker.resolve(phrase)
        if resolved is None and phrase[:4].lower() == "the ":
            # A definite description ("the secretary general", "the NATO chief"): the registry
            # may know it as an alias; otherwise it refers back to the latest named speaker.
            resolved = self.linker.resolve(phrase[4:])
            if resolved is None:
                if self.latest is None:
                    return None, f"{phrase!r} is not in the registry"
                return self.latest, f"{phrase!r} read as the latest named speaker"
        if resolved is None:
            if NAME_RE.search(phrase) is None:
                return None, f"{phrase!r} is not a name"
            mention = self.linker.propose(phrase, start, end)
            self.latest = mention.id
            return mention.id, f"{phrase!r} is not in the registry: proposed as {mention.id}"
        if self.linker.kinds.get(resolved[0]) == "office" and self.latest is not None:
            # "the Secretary General said": the office speaks through its holder, the person
            # named last (docs/annotation.md: speakers are persons or groups).
            return self.latest, f"{phrase!r} read as the latest named speaker"
        if self.linker.kinds.get(resolved[0], "person") == "person":
            self.latest = resolved[0]
        return resolved[0], None

    def note(self, mentions: list[Mention]) -> None:
        for mention in mentions:
            if mention.kind == "person":
                self.latest = mention.id


def _from_sentence(
    text: str, body: list[tuple[int, int]], at: int, speakers: _Speakers, linker: Linker
) -> tuple[str | None, str | None]:
    """A quote with no attribution next to it: who speaks in the sentence around it?"""
    span = next(((a, b) for a, b in body if a <= at < b), (at, at))
    begin = span[0]
    for stop in SENTENCE_STOP_RE.finditer(text, span[0], at):
        begin = stop.end()
    lead = text[begin:at]
    speech = NAMED_SPEECH_RE.search(lead) or PRONOUN_SPEECH_RE.search(lead)
    if speech is not None:
        who, doubt = speakers.resolve(
            speech["name"], begin + speech.start("name"), begin + speech.end("name")
        )
        if who is not None:
            return who, doubt or "speaker from the speech verb earlier in the sentence"
    people = [m for m in linker.mentions(text, begin, at) if m.kind == "person"]
    if people:
        # Not remembered as the latest speaker: a person named in the narrative around a
        # fragment is not who "he said" refers to next.
        return people[-1].id, "speaker from the person named earlier in the sentence"
    for name in UNATTRIBUTED_NAMES:
        found = linker.resolve(name)
        if found is not None:
            return found[0], "no speaker named: unattributed"
    return speakers.latest, "no speaker named: read as the latest speaker"


def extract_quotes(
    text: str, body: list[tuple[int, int]], starts: frozenset[int], linker: Linker
) -> list[QuoteHit]:
    """Every quoted segment in the body with its speaker, in text order."""
    segments = _segments(text, body, starts)
    speakers = _Speakers(linker)
    hits: list[QuoteHit] = []
    cursor = 0
    previous: QuoteHit | None = None
    previous_paragraph = -1
    #: Paragraphs of a quote that continues, waiting for its speaker (named at its end).
    waiting: list[QuoteHit] = []
    for number, segment in enumerate(segments):
        start, end = strip_span(text, segment.start, segment.end)
        if start >= end:
            continue
        # Speakers named in the narrative between the last quote and this one.
        for match in NAMED_SPEECH_RE.finditer(text, cursor, max(cursor, segment.start - 1)):
            resolved = linker.resolve(match["name"])
            if resolved is not None and linker.kinds.get(resolved[0], "person") == "person":
                speakers.latest = resolved[0]
            elif resolved is None and NAME_RE.search(match["name"]):
                speakers.latest = linker.propose(match["name"], *match.span("name")).id
        close = min(len(text), segment.end + 1)
        line_end = text.find("\n", close)
        line_end = len(text) if line_end < 0 else line_end
        after = AFTER_RE.match(text[close : min(line_end, close + ATTRIBUTION_WINDOW)])
        before_text = text[
            max(0, segment.start - 1 - ATTRIBUTION_WINDOW) : max(0, segment.start - 1)
        ]
        before = BEFORE_RE.search(before_text)
        speaker: str | None = None
        doubt: str | None = None
        attribution: tuple[int, int] | None = None
        if after is not None:
            group = "subj" if after["subj"] else "obj"
            a, b = close + after.start(group), close + after.end(group)
            a, b = strip_span(text, a, b)
            speaker, doubt = speakers.resolve(text[a:b], a, b)
            attribution = (a, b)
        elif before is not None:
            offset = max(0, segment.start - 1 - ATTRIBUTION_WINDOW)
            a, b = strip_span(text, offset + before.start("subj"), offset + before.end("subj"))
            speaker, doubt = speakers.resolve(text[a:b], a, b)
            attribution = (a, b)
        elif previous is not None and (
            segment.continued or segment.paragraph == previous_paragraph
        ):
            speaker = previous.speaker
            doubt = None if segment.continued else "speaker carried from the quote before"
        if speaker is None:
            speaker, doubt = _from_sentence(text, body, segment.start, speakers, linker)
        cut = max(0, segment.start - 1)
        line_start = text.rfind("\n", 0, cut) + 1
        partial = (
            PARTIAL_LEAD_RE.search(text, line_start, cut) is not None and not segment.continued
        )
        # The corpus convention (docs/annotation.md, rule W602): the words as quoted, trailing
        # comma included, whitespace collapsed.
        words = WHITESPACE_RE.sub(" ", text[start:end])
        if speaker is None:
            if number + 1 < len(segments) and segments[number + 1].continued:
                # A paragraph of a quote that goes on in the next one: news style names the
                # speaker at the end ("...,” he said.), so it waits for the next paragraph's.
                waiting.append(QuoteHit(start, end, words, "", partial, None, None))
            else:
                waiting.clear()
            continue
        for early in waiting:
            hits.append(replace(early, speaker=speaker, doubt=doubt))
        waiting.clear()
        hit = QuoteHit(start, end, words, speaker, partial, attribution, doubt)
        hits.append(hit)
        previous, previous_paragraph = hit, segment.paragraph
        cursor = min(len(text), segment.end + 1)
    return hits
