"""Stated origins: what a text says about where it comes from (issue 14).

Outlets say it in a handful of conventional places, which an editor reads first: the credit in a
wire dateline ("HALLMOUTH, June 12 (Harbour Wire) -", "Valdecruz, 2 jul (AIN).-"), a sign-off
line ("- Harbour Wire", the initials under an agency story: "npa kb/mr"), and a credit line
("Source: ...", "Original reporting: ...", "with files from ...", "Materials provided by ...",
"... contributed to this report", "Translated from German"). Each becomes a proposed origin with
the line it rests on; a reviewer keeps or drops it. A credit alone does not make two texts one
origin (an agency files many stories a day): compare/overlap.py's `story_match` must agree.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from natoiraq.clean import Cleaned, clean_article, dateline_credit
from natoiraq.models import Origin, OriginKind
from natoiraq.text import lazy_compile

#: A dateline credit in any language's dateline: a place and date, then the agency in
#: parentheses and a dash ("Valdecruz, 2 jul (AIN).-", "Rivière-aux-Cèdres (Québec), 5 novembre
#: 2024 (APH) -"). The place in parentheses is no credit: only a credit is followed by the dash.
ANY_DATELINE_RE = lazy_compile(
    r"^[^\n()]{0,80}?(?:\([^)\n]{1,30}\)[^\n()]{0,40}?)?"
    r"\((?P<credit>[A-Z][A-Za-z&.' -]{0,38}[A-Za-z.]|[a-z]{2,5})\)\s*\.?\s*[-–—]{1,2}\s"
)
#: A credit line, in the words outlets use for it; `name` is who the text comes from.
CREDIT_LINE_RE = lazy_compile(
    r"^(?:(?:this (?:article|story|report) was )?(?:auto-|machine-)?translated from \w+"
    r"(?: with [^.\n]{1,60})?\.\s*)?"
    r"(?:original(?: (?:reporting|report|story|article|text))?|(?:story )?source"
    r"|materials provided by"
    r"|information provided by|with (?:files|reporting|material) from|courtesy of"
    r"|(?:[\w ]*,\s*)?with files from)\s*:?\s+(?P<name>[^\n]{2,120})$",
    re.IGNORECASE,
)
CONTRIBUTED_RE = lazy_compile(
    r"^(?P<name>[A-Z][\w&.' -]{1,40}?)(?: (?:writer|correspondent|reporter)s?\b[^\n]{0,80}?)?"
    r" contributed to this (?:report|story)\.?$"
)
#: "- Harbour Wire" under a story; "npa kb/mr": an agency's sign-off with the editors' initials.
SIGN_OFF_RE = lazy_compile(r"^[-–—]\s*(?P<name>[A-Z][\w&.' -]{1,40})$")
INITIALS_SIGN_OFF_RE = lazy_compile(r"^(?P<name>[a-z]{2,5})\s+[a-z]{1,3}(?:/[a-z]{1,3})+$")
TRANSLATED_RE = lazy_compile(
    r"\b(?:translated|auto-translated|machine-translated) from (?:the )?"
    r"(?P<language>(?-i:[A-Z][a-z]+))"
    r"|\((?:auto|machine)-translated\)",
    re.IGNORECASE,
)
#: A credit line naming an issuer's own material ("Source: ...", "Information provided by ...").
PRESS_RELEASE_RE = lazy_compile(r"\b(?:provided by|source)\b", re.IGNORECASE)
#: "Agence Presse Horizon (APH), 5 November 2024": the name, its abbreviation, nothing after.
NAME_RE = lazy_compile(
    r"(?P<name>[^,(;]{2,60}?)\s*(?:\((?P<short>[^)]{1,12})\))?\s*\.?\s*(?:[,;](?P<rest>.*))?$"
)
#: "the manufacturer, Hearthstone Appliances, Inc.": a role in lower case, then the name.
ROLE_RE = lazy_compile(r"^(?:the |a |an )?[a-z][a-z -]{1,40}$")
#: Words that end a credit's name but are not part of it ("Star staff, with files from APH").
LEADING_ARTICLE_RE = lazy_compile(r"^(?:the|by)\s+", re.IGNORECASE)
#: How many lines from the top a dateline may sit on (under a headline, a byline, chrome), and
#: how many from the bottom a sign-off or credit line may (under it: a footer, a tag line).
HEAD_LINES = 12
TAIL_LINES = 8
#: Labels pages put in a credit's places that name no source: "(VIDEO) - ...", "- Read more".
NOT_A_SOURCE = frozenset({
    "video", "videos", "photo", "photos", "gallery", "watch", "live", "update", "updated",
    "opinion", "analysis", "exclusive", "breaking", "explainer", "factbox", "podcast",
    "advertisement", "sponsored", "read more", "share", "comments", "more",
})  # fmt: skip
#: A page's prompts start with a verb ("- Share This Story", "- Read More", "Follow Us"): a name
#: that starts with one of these is a prompt, not a source.
PROMPT_VERBS = frozenset({"share", "read", "watch", "follow", "subscribe", "sign", "click",
                          "listen", "download", "see", "view", "join", "get", "like"})  # fmt: skip
#: Page furniture the cleaner marks: a credit-shaped line inside it is a menu or a prompt.
FURNITURE = frozenset({
    "navigation", "social-prompt", "related-links", "newsletter-prompt", "discussion-prompt",
    "donation-widget", "vote-counter", "unrelated-story",
})  # fmt: skip
#: Words a source's name may hold in lower case ("Agencia Ibérica de Noticias").
NAME_CONNECTORS = frozenset({"of", "de", "del", "des", "du", "la", "le", "der", "die", "für",
                             "and", "y", "e", "et", "the", "for", "&"})  # fmt: skip


@dataclass(frozen=True)
class Credit:
    """One statement of origin in a text: the origin it proposes and the keys that name it."""

    origin: Origin
    keys: frozenset[str]


def _named(name: str) -> re.Match[str] | None:
    """The name part of a credit: after a role in lower case ("the manufacturer, X"), X."""
    match = NAME_RE.match(name.strip())
    if match is not None and ROLE_RE.match(match["name"].strip()) and match["rest"]:
        return _named(match["rest"])
    return match


def source_keys(name: str) -> frozenset[str]:
    """Lower-case keys a source is named by: its name, its abbreviation, the name's initials."""
    match = _named(name)
    if match is None:
        return frozenset()
    base = LEADING_ARTICLE_RE.sub("", match["name"].strip().rstrip(".")).strip()
    keys = {" ".join(base.casefold().split())} if base else set()
    if match["short"]:
        keys.add(match["short"].strip().casefold())
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", base) if w[0].isupper()]
    if len(words) >= 2:
        keys.add("".join(w[0] for w in words).casefold())
    return frozenset(k for k in keys if len(k) >= 2)


def proper_name(name: str) -> bool:
    """Whether a bare credit (a dateline's or a sign-off's) reads as a source's name: every word
    capitalised but connectors, or one lower-case agency abbreviation ("npa")."""
    words = name.split()
    if len(words) == 1 and re.fullmatch(r"[a-z]{2,5}", words[0]):
        return True
    return all(w[0].isupper() or w[0].isdigit() or w in NAME_CONNECTORS for w in words)


def _kind(line: str) -> OriginKind:
    """What a credit line says the text is: a translation, a release's text, or wire copy."""
    if TRANSLATED_RE.search(line):
        return "translation"
    if PRESS_RELEASE_RE.search(line):
        return "press-release"
    return "wire"


def stated_credits(text: str, cleaned: Cleaned | None = None) -> list[Credit]:
    """Every statement of origin `text` makes, in text order, each as a proposed origin."""
    cleaned = clean_article(text) if cleaned is None else cleaned
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", text)]
    lines = [(start, line) for start, line in lines if line]
    # Lines inside menus and prompts are not credits (spans in text order, found by bisection).
    spans = sorted((b.start, b.end) for b in cleaned.boilerplate if b.reason in FURNITURE)
    starts = [a for a, _ in spans]

    def in_furniture(offset: int) -> bool:
        at = bisect_right(starts, offset) - 1
        return at >= 0 and offset < spans[at][1]

    lines = [(start, line) for start, line in lines if not in_furniture(start)]
    found: list[Credit] = []
    seen: set[str] = set()

    def add(kind: OriginKind, name: str, evidence: str, *, bare: bool = False) -> bool:
        """Propose `name` as an origin (unless it names none); whether it was proposed."""
        keys = source_keys(name)
        named = _named(name)
        label = " ".join(named["name"].casefold().split()) if named else ""
        if not keys or seen & keys or label in NOT_A_SOURCE:
            return False
        if label.split(" ", 1)[0] in PROMPT_VERBS:
            return False
        if bare and not proper_name(named["name"].strip() if named else name):
            return False
        seen.update(keys)
        source = _named(name)
        shown = source["name"].strip() if source else name.strip()
        if source and source["short"]:
            shown += f" ({source['short'].strip()})"
        found.append(Credit(Origin(kind=kind, source=shown, basis="stated",
                                   evidence=f"the text says: {evidence}"), keys))  # fmt: skip
        return True

    for _, line in lines[:HEAD_LINES]:
        credit = dateline_credit(line)
        match = ANY_DATELINE_RE.match(line)
        name = credit or (match["credit"] if match else None)
        if name is not None and add("wire", name, f"{line[:80]}...", bare=True):
            break
    # The statement that names the language, else any ("(auto-translated)" in a headline).
    stated = [line for _, line in lines if TRANSLATED_RE.search(line)]
    named = [line for line in stated if (hit := TRANSLATED_RE.search(line)) and hit["language"]]
    translated = (named or stated)[0] if stated else None
    for _, line in lines[-TAIL_LINES:]:
        for pattern in (CREDIT_LINE_RE, CONTRIBUTED_RE, SIGN_OFF_RE, INITIALS_SIGN_OFF_RE):
            match = pattern.match(line)
            if match is not None:
                bare = pattern in (SIGN_OFF_RE, INITIALS_SIGN_OFF_RE)
                add(_kind(line), match["name"], line, bare=bare)
                break
    for _, line in lines[:HEAD_LINES]:
        match = CREDIT_LINE_RE.match(line)
        if match is not None:
            add(_kind(line), match["name"], line)
    if translated is not None and not any(c.origin.kind == "translation" for c in found):
        language = TRANSLATED_RE.search(translated)
        what = language["language"] if language and language["language"] else "another language"
        origin = Origin(kind="translation", source=f"a text in {what}", basis="stated",
                        evidence=f"the text says: {translated}")  # fmt: skip
        found.append(Credit(origin, frozenset()))
    return found
