"""What the renderers share: sections in order of importance, the summary an editor acts on, the
counts line and the display form of evidence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Protocol, TypeVar

from natoiraq.compare.quotes import DiffOp
from natoiraq.reconciler import ClaimRef, ReconFinding, origins_phrase
from natoiraq.reconciler.findings import ArticleSummary
from natoiraq.reconciler.origins import OriginGroup
from natoiraq.text import CONTROL_RE, WHITESPACE_RE, visible


class Sectioned(Protocol):
    """What puts a finding in its section (ReconFinding, and a kept one, reconciler/kept.py)."""

    @property
    def verdict(self) -> str: ...
    @property
    def reasons(self) -> tuple[str, ...]: ...


F = TypeVar("F", bound=Sectioned, covariant=True)


class Reported(Protocol[F]):
    """What the opening and counts lines read of a report (Report, and a report of kept
    findings, whose findings are read back one at a time as they are written)."""

    @property
    def articles(self) -> tuple[ArticleSummary, ...]: ...
    @property
    def findings(self) -> Sequence[F]: ...
    @property
    def origins(self) -> tuple[OriginGroup, ...]: ...
    @property
    def include_drafts(self) -> bool: ...
    @property
    def counts(self) -> dict[str, int]: ...
    def shared_origins(self) -> tuple[OriginGroup, ...]: ...


#: White space that is the text's layout, a run of which shows as one space: spaces, tabs and
#: line breaks (LF, CRLF, U+2028). Not a lone CR, VT, FF, the separators 0x1c-0x1f or NEL,
#: which `\s` also matches: those are controls a terminal acts on (a CR overwrites the line,
#: issue 12, item 11), and one_line shows them.
LAYOUT_RE = re.compile(r"(?:\r\n|[^\S\r\x0b\x0c\x1c-\x1f\x85])+")
#: Every control character and bidi control but LF and tab (text.CONTROL_RE less the layout):
#: text without one, nearly all, folds with the plain `\s+`; LAYOUT_RE's alternation took
#: one_line from a quarter to half of the Markdown report's time (2 000 synthetic articles).
_NOT_LAYOUT_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
#: What one_line changes at all: such a control, or white space other than single spaces.
_CHANGED_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[^\\S ]| {2}"
)

#: Section titles in the order findings come (reconcile.VERDICTS); the counts line's order.
VERDICT_TITLES = {
    "conflict": "Conflicts",
    "variant": "Variants",
    "single-source": "Single source",
    "compatible": "Compatible",
    "agree": "Agree",
}

#: The reason that marks a finding whose claims the reference excludes.
REFERENCE_INCONSISTENT = "reference-inconsistent"

#: The report's sections, most important first (issue 11): what cannot all be right, then claims
#: the reference contradicts (likely errors), then variants; agreements last. Keys are the
#: sections' anchors in HTML.
SECTIONS = {
    "conflict": "Conflicts",
    "likely-error": "Likely errors",
    "variant": "Variants",
    "single-source": "Single source",
    "compatible": "Compatible",
    "agree": "Agree",
}
#: What each section holds, in a few words (the summary's group headings).
SECTION_BLURBS = {
    "conflict": "the sources cannot all be right",
    "likely-error": "claims the reference contradicts",
    "variant": "one statement or name in different forms",
    "single-source": "only one article says it",
    "compatible": "overlapping values of different precision",
    "agree": "the same value everywhere",
}
#: The sections an editor acts on: the report opens with one line for each of their findings.
ACT_ON = ("conflict", "likely-error", "variant")

#: A summary line shows at most this many places, then counts the rest (a name spelled two ways
#: in hundreds of articles is still one line; every place is in the finding's section).
SUMMARY_PLACES_MAX = 6
#: Longer evidence (a quote, a decision's clause) is cut to this many characters in a summary
#: line: enough to find the words in the article, short enough for a line of a 100-column report.
SUMMARY_EXACT_CHARS = 40


def one_line(text: str) -> str:
    """Article, draft or registry text as the reports show it, on one line: each run of layout
    white space (LAYOUT_RE) one space, every other control character and bidi control a
    visible escape (text.visible: `\\x1b`, `\\r`, `\\u202e`). Display only: offsets refer to
    the seed.

    Why a line break is a space and not an escape: in a seed or a draft it is layout (a wrapped
    line, a paragraph's end), not part of what a claim says; a quote that runs across two lines
    reads as the one sentence it is. A lone CR is no line break in any text we read (a draft's
    line ends are made LF; a CRLF seed keeps its pairs), so it is shown as `\\r`.
    """
    if _CHANGED_RE.search(text) is None:
        return text  # the usual case, with one scan: a text report shows 760,000 of them
    if _NOT_LAYOUT_RE.search(text) is None:
        return WHITESPACE_RE.sub(" ", text)
    return visible(LAYOUT_RE.sub(" ", text))


def outlets(report: Reported[Sectioned]) -> dict[str, str]:
    return {a.id: a.outlet for a in report.articles}


def plural(n: int, word: str, words: str = "") -> str:
    """ "1 conflict", "2 conflicts" ("likely error" -> "likely errors")."""
    return f"{n} {word if n == 1 else words or word + 's'}"


def section_of(finding: Sectioned) -> str:
    """The section a finding is shown in: its verdict's, except that an agreement, a compatible
    pair or a single source that the reference contradicts is a likely error.

    Why also agreements: two outlets that agree on what the reference excludes (one copied the
    other) are as likely wrong as one outlet alone, and the editor should see them as early.
    """
    if finding.verdict in ("conflict", "variant"):
        return finding.verdict
    return "likely-error" if REFERENCE_INCONSISTENT in finding.reasons else finding.verdict


def sections(report: Reported[F]) -> list[tuple[str, list[F]]]:
    """The non-empty sections in SECTIONS order, each with its findings in report order."""
    grouped: dict[str, list[F]] = {key: [] for key in SECTIONS}
    for finding in report.findings:
        grouped[section_of(finding)].append(finding)
    return [(key, found) for key, found in grouped.items() if found]


def sizes(report: Reported[Sectioned]) -> str:
    """ "5 articles (5 independent origins), 68 findings": how many sources there really are
    is the first thing an editor reads agreement against (issue 14)."""
    articles = plural(len(report.articles), "article")
    if report.origins:
        articles += f" ({plural(len(report.origins), 'independent origin')})"
    return f"{articles}, {plural(len(report.findings), 'finding')}"


def summary(report: Reported[Sectioned]) -> str:
    """The counts line: articles, findings, findings per verdict, likely errors among them."""
    counts = report.counts
    parts = ", ".join(f"{counts[v]} {v}" for v in VERDICT_TITLES)
    text = f"{sizes(report)}: {parts}"
    errors = sum(section_of(f) == "likely-error" for f in report.findings)
    if errors:
        what = "a finding" if errors == 1 else "findings"
        text += f"; {plural(errors, 'likely error')} ({what} the reference contradicts)"
    text += "."
    if report.include_drafts:
        text += " Unreviewed (draft) claims count as sources and are marked DRAFT."
    return text


def opening(report: Reported[Sectioned], groups: Sequence[tuple[str, Sequence[Sectioned]]]) -> str:
    """The report's first line: its size and what to act on, or, for a corpus with no article
    yet (just made by `natoiraq init`), what to do next."""
    if not report.articles:
        return f"{sizes(report)}. Nothing to compare yet: add articles with `natoiraq add FILE`."
    return f"{sizes(report)}. {act_on_counts(groups)}"


def act_on_counts(groups: Sequence[tuple[str, Sequence[Sectioned]]]) -> str:
    """ "Act on these first: 1 conflict, 1 likely error, 6 variants." or that there is none."""
    found = {key: len(items) for key, items in groups if key in ACT_ON}
    if not found:
        return "Nothing to act on: no conflicts, no claims the reference contradicts, no variants."
    words = {"conflict": "conflict", "likely-error": "likely error", "variant": "variant"}
    return "Act on these first: " + ", ".join(plural(n, words[k]) for k, n in found.items()) + "."


def line_of(claim: ClaimRef) -> str:
    """`line 9:45` (1-based line and column in the seed), or `offset 1196` when unknown."""
    return f"line {claim.line}:{claim.column}" if claim.line else f"offset {claim.start}"


def short(text: str, limit: int = SUMMARY_EXACT_CHARS) -> str:
    """`text` on one line, cut at a word to at most `limit` characters and "..." added."""
    text = one_line(text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 3]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "..."


def places(claims: Sequence[ClaimRef]) -> str:
    """Where the claims stand: `"Jan. 2" (001-dod-news, line 9:45); ...`, at most
    SUMMARY_PLACES_MAX of them, then how many more."""
    shown = [f'"{short(c.exact)}" ({c.article}, {line_of(c)})' for c in claims]
    if len(shown) > SUMMARY_PLACES_MAX:
        rest = len(shown) - (SUMMARY_PLACES_MAX - 1)
        shown = [*shown[: SUMMARY_PLACES_MAX - 1], f"{rest} more"]
    return "; ".join(shown)


def act_on_parts(finding: ReconFinding) -> tuple[str, str]:
    """A line of the opening summary in two parts: what it is about (registry names), and its
    kind, reasons and where it stands.

    A likely error names the claims the reference excludes and what the reference says; the
    others name every claim (up to SUMMARY_PLACES_MAX).
    """
    reasons = f"; {', '.join(finding.reasons)}" if finding.reasons else ""
    rest = f"({finding.kind}{reasons}): "
    if section_of(finding) == "likely-error":
        misses = [c for c in finding.claims if c.reference == "inconsistent"]
        shown = misses or list(finding.claims)
        notes = list(dict.fromkeys(c.note for c in shown if c.note))
        rest += places(shown) + (f"; {'; '.join(notes)}" if notes else "")
    else:
        rest += places(finding.claims)
    return finding.subject or finding.topic, rest


def act_on_line(finding: ReconFinding) -> str:
    """One line of the opening summary (see act_on_parts)."""
    subject, rest = act_on_parts(finding)
    return f"{subject} {rest}"


def where(claim: ClaimRef) -> str:
    """`seed:start-end`, with DRAFT after a claim no one has reviewed (--include-drafts)."""
    draft = " DRAFT (unreviewed)" if claim.status == "draft" else ""
    return f"{claim.seed}:{claim.start}-{claim.end}{draft}"


def diff_words(ops: tuple[DiffOp, ...]) -> list[tuple[str, str]]:
    """The diff as (op, words) runs from base to this quote: equal, delete, insert."""
    runs: list[tuple[str, str]] = []
    for op in ops:
        if op.op == "equal":
            runs.append(("equal", op.b))
        if op.op in ("delete", "replace"):
            runs.append(("delete", op.a))
        if op.op in ("insert", "replace"):
            runs.append(("insert", op.b))
    return runs


def origins_count(finding: ReconFinding) -> str:
    """ "agree: 4 articles, 2 origins" when reprints make the origins fewer than the articles,
    else "" (every article its own origin: the explanation already counts them)."""
    articles = len(finding.articles)
    if not finding.origins or finding.origins >= articles:
        return ""
    return f"{finding.verdict}: {origins_phrase(articles, finding.origins)}"


@dataclass(frozen=True)
class OriginEntry:
    """A shared origin group as the reports list it: who, and why, with the overlap figures."""

    title: str
    #: Per link: its why (the overlap figure or the recorded origin) and the shared passage.
    links: tuple[tuple[str, str], ...]


def origin_entries(report: Reported[Sectioned]) -> list[OriginEntry]:
    """The report's origin groups of two or more articles (none: no Origins section)."""
    entries = []
    for group in report.shared_origins():
        members = ", ".join(group.articles)
        title = f"{group.id}: {len(group.articles)} articles, 1 origin ({members})"
        if group.sources:
            title += f"; recorded origin: {'; '.join(group.sources)}"
        links = tuple((link.why, link.passage) for link in group.links)
        entries.append(OriginEntry(title, links))
    return entries


ORIGINS_BLURB = (
    "articles that share prose or record one origin: their agreement is an echo, not "
    "corroboration"
)


def html_text(value: object) -> str:
    """A value as HTML text or an attribute, HTML-escaped; one with a control character or a
    bidi control is put on one line with each shown as an escape first (one_line), so a U+202E
    in a quote cannot reorder what the editor reads (issue 12, item 11)."""
    text = str(value)
    if CONTROL_RE.search(text) is not None:  # rare: the one scan is all most values cost
        text = one_line(text)
    return escape(text, quote=True)
