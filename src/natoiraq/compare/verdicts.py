"""THE verdict rules, as decision tables that reconcile and check both read (docs/verdicts.md).

Each table is data: a tuple of rows, read top to bottom, the first matching row wins.
docs/verdicts.md shows the same rows (`natoiraq.compare.verdicts.markdown()` writes them; a test
fails when the page and the code differ), and tests/compare/test_verdicts.py checks every row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from natoiraq.compare.intervals import Relation
from natoiraq.compare.references import RefStatus

FindingVerdict = Literal["agree", "compatible", "conflict", "variant", "single-source"]
#: The order in which an editor reads findings: what needs a decision first.
FINDING_VERDICTS: tuple[FindingVerdict, ...] = (
    "conflict",
    "variant",
    "single-source",
    "compatible",
    "agree",
)
CheckVerdict = Literal["supported", "contested", "contradicted", "unsupported"]
#: Reading order of a check: what must change before the story runs comes first.
CHECK_VERDICTS: tuple[CheckVerdict, ...] = ("contradicted", "contested", "unsupported", "supported")
QuoteStatus = Literal["verbatim", "altered", "translated", "not-found"]
QUOTE_STATUSES: tuple[QuoteStatus, ...] = ("altered", "not-found", "translated", "verbatim")

#: What the sources that speak to a draft claim say of it. A source is one article; it `fits`
#: when one of its most precise statements on the topic allows the claim, `clashes` when none
#: does (docs/verdicts.md, "precise statements decide").
Sources = Literal["none", "fit", "split", "clash"]

#: Every reason code, with what it means. Findings and checked claims carry these and no others.
REASONS: Mapping[str, str] = {
    "date-mismatch": "dates that cannot both be true",
    "modality": "done against planned, expected or conditional",
    "name": "a name differs between two forms of a quote",
    "negation": "a negation differs (or an opposite action is reported)",
    "number-mismatch": "numbers that cannot both be true",
    "precision": "overlapping values of different precision",
    "reference-consistent": "a reference fact agrees",
    "reference-inconsistent": "a reference fact excludes it",
    "spelling": "one name written in different ways",
    "translation": "a translation, not the speaker's own words",
    "tz-plausible": "a one-day difference that the time zones explain",
    "wording": "the same statement in different words",
    "draft-claims": "unreviewed (draft) claims are among the sources (--include-drafts)",
    "single-origin": "every article behind it is one origin (a reprint, a copy): an echo",
    # Only a checked claim carries these:
    "no-source": "no corpus claim speaks to it",
    "no-topic": "the extractor placed it under no registry topic",
    "in-quote": "a decision inside a quote, judged with the quote",
    "other-actor": "the sources report it of another actor, which does not support it",
    "other-story": "the draft names none of the corpus's stories, so nothing is compared",
    "partial": "a quote that is part of a longer statement in the source",
    "sources-disagree": "the corpus's own claims conflict: the draft must attribute",
    "speaker": "the words are in the corpus, said by someone else",
    "uncertain-link": "the claim's topic is a guess, so the sources may be about something else",
    "unresolved-date": "a relative date with no publication date to resolve it against",
}


#: The reason codes a reconcile finding can carry (the rest are check's own).
FINDING_REASONS: tuple[str, ...] = tuple(REASONS)[: tuple(REASONS).index("no-source")]


@dataclass(frozen=True)
class ClaimRow:
    """One row of the check table: when it applies, the verdict and the reasons it adds."""

    sources: Sources
    #: The reference's status, or "any".
    reference: RefStatus | Literal["any"]
    #: Whether the claim is linked to its topic on evidence (None: either).
    confident: bool | None
    verdict: CheckVerdict
    reasons: tuple[str, ...]
    why: str

    def matches(self, sources: Sources, reference: RefStatus, confident: bool) -> bool:
        return (
            self.sources == sources
            and self.reference in ("any", reference)
            and self.confident in (None, confident)
        )


#: The check table for dates, counts and decisions (quotes have their own, below). Principles
#: (../shared/DESIGN.md "Verdict rules"): a claim the reference or a fitting source supports is
#: never contradicted; sources that support what the reference excludes are likely wrong, so the
#: claim is contested, never supported; contradicted needs a confident link and every source
#: that speaks (and the reference, where one exists) excluding the claim.
CLAIM_TABLE: tuple[ClaimRow, ...] = (
    ClaimRow("none", "consistent", None, "unsupported", ("no-source", "reference-consistent"),
             "only the reference speaks to it: a reference is not a news source"),
    ClaimRow("none", "inconsistent", True, "contradicted", ("no-source", "reference-inconsistent"),
             "no source, and the reference excludes it"),
    ClaimRow("none", "inconsistent", False, "unsupported",
             ("no-source", "reference-inconsistent", "uncertain-link"),
             "the reference of a guessed topic excludes it: check the link first"),
    ClaimRow("none", "none", None, "unsupported", ("no-source",),
             "nothing in the corpus speaks to it"),
    ClaimRow("fit", "inconsistent", None, "contested", ("reference-inconsistent",),
             "the sources say it but the reference excludes it: the sources are likely wrong"),
    ClaimRow("fit", "consistent", None, "supported", ("reference-consistent",),
             "every source that speaks to it and the reference allow it"),
    ClaimRow("fit", "none", None, "supported", (),
             "every source that speaks to it allows it"),
    ClaimRow("split", "any", None, "contested", ("sources-disagree",),
             "some sources allow it and others exclude it: attribute it"),
    ClaimRow("clash", "consistent", None, "contested", ("reference-consistent",),
             "every source excludes it but the reference allows it: the sources are likely wrong"),
    ClaimRow("clash", "inconsistent", True, "contradicted", ("reference-inconsistent",),
             "every source and the reference exclude it"),
    ClaimRow("clash", "none", True, "contradicted", (),
             "every source that speaks to it excludes it"),
    ClaimRow("clash", "any", False, "unsupported", ("uncertain-link",),
             "the sources of a guessed topic exclude it: they may be about something else"),
)  # fmt: skip


@dataclass(frozen=True)
class Ruling:
    """A verdict with the reasons the table adds and the row's one-line why."""

    verdict: CheckVerdict
    reasons: frozenset[str]
    why: str


def sources_state(fits: int, clashes: int) -> Sources:
    """How the sources that speak to a claim split: none, all fit, some each, all clash."""
    if fits and clashes:
        return "split"
    if fits:
        return "fit"
    return "clash" if clashes else "none"


def claim_verdict(
    fits: int, clashes: int, reference: RefStatus = "none", *, confident: bool = True
) -> Ruling:
    """The check verdict of a date, count or decision (CLAIM_TABLE, first matching row)."""
    state = sources_state(fits, clashes)
    for row in CLAIM_TABLE:
        if row.matches(state, reference, confident):
            reasons = set(row.reasons)
            if state == "split" and reference != "none":
                reasons.add(f"reference-{reference}")
            return Ruling(row.verdict, frozenset(reasons), row.why)
    raise AssertionError(f"no row of CLAIM_TABLE for {state}, {reference}, {confident}")


@dataclass(frozen=True)
class QuoteRow:
    status: QuoteStatus
    verdict: CheckVerdict
    reasons: tuple[str, ...]
    why: str


#: The check table for quotes: what the draft's words are, given the corpus's quotes. A wrong
#: speaker or a changed name, negation or number makes a quote `altered`; the flags (compare/
#: quotes.py FLAGS) say which.
QUOTE_TABLE: tuple[QuoteRow, ...] = (
    QuoteRow("verbatim", "supported", (), "the same words, from the same speaker, in a source"),
    QuoteRow("translated", "supported", ("translation",),
             "found only in translations: not the speaker's own words, say so"),
    QuoteRow("altered", "contradicted", (),
             "close to a source's quote but not the same words, or not the same speaker"),
    QuoteRow("not-found", "unsupported", ("no-source",), "no source has these words or close ones"),
)  # fmt: skip


def quote_verdict(status: QuoteStatus) -> Ruling:
    """The check verdict of a quote with that status (QUOTE_TABLE)."""
    row = next(r for r in QUOTE_TABLE if r.status == status)
    return Ruling(row.verdict, frozenset(row.reasons), row.why)


@dataclass(frozen=True)
class FindingRow:
    relation: Relation | Literal["any"]
    #: How many articles give the values: "one" or "several".
    articles: Literal["one", "several", "any"]
    verdict: FindingVerdict
    why: str


#: The reconcile table for dates, counts and decisions: a group of claims on one topic (counts:
#: one quantity and unit family; decisions: one actor, action and object). Quotes group by
#: speaker and words: same words in several articles `agree`, different forms are a `variant`.
FINDING_TABLE: tuple[FindingRow, ...] = (
    FindingRow("conflict", "any", "conflict", "two values cannot both be true"),
    FindingRow("any", "one", "single-source", "only one article gives it"),
    FindingRow("agree", "several", "agree", "every article gives the same value"),
    FindingRow("compatible", "several", "compatible",
               "the values overlap but differ in precision"),
)  # fmt: skip


def finding_verdict(relation: Relation, articles: int) -> FindingVerdict:
    """The reconcile verdict of a group whose values relate so, from that many articles."""
    many: Literal["one", "several"] = "several" if articles > 1 else "one"
    for row in FINDING_TABLE:
        if row.relation in ("any", relation) and row.articles in ("any", many):
            return row.verdict
    raise AssertionError(f"no row of FINDING_TABLE for {relation}, {articles}")


#: Actions that cannot both hold of one actor and object at one time. withdraw/stay always
#: exclude each other; suspend/resume and suspend/continue only on overlapping dates (training
#: suspended on 4 January and resumed later are both true). approve/reject is one vote on one
#: proposal: undated reports already exclude each other. impose/lift, open/close and
#: expand/cut undo each other over time (restrictions imposed in May and lifted in June are
#: both true): only on overlapping dates.
OPPOSITE_ACTIONS: Mapping[str, tuple[str, bool]] = {
    # action: (its opposite, whether undated reports already exclude each other)
    "withdraw": ("stay", True),
    "stay": ("withdraw", True),
    "suspend": ("resume", False),
    "resume": ("suspend", False),
    "approve": ("reject", True),
    "reject": ("approve", True),
    "impose": ("lift", False),
    "lift": ("impose", False),
    "open": ("close", False),
    "close": ("open", False),
    "expand": ("cut", False),
    "cut": ("expand", False),
}


def _cell(value: object) -> str:
    if value is None:
        return "either"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def markdown() -> str:
    """The tables as docs/verdicts.md shows them (between its generated-table markers)."""
    lines = [
        "### Check: dates, counts, decisions",
        "",
        "| # | sources | reference | confident link | verdict | reasons added | why |",
        "|---|---|---|---|---|---|---|",
    ]
    for n, row in enumerate(CLAIM_TABLE, start=1):
        reasons = ", ".join(f"`{r}`" for r in row.reasons) or "-"
        lines.append(
            f"| C{n} | {row.sources} | {row.reference} | {_cell(row.confident)} | "
            f"**{row.verdict}** | {reasons} | {row.why} |"
        )
    lines += ["", "### Check: quotes", "", "| # | quote status | verdict | reasons added | why |",
              "|---|---|---|---|---|"]  # fmt: skip
    for n, qrow in enumerate(QUOTE_TABLE, start=1):
        reasons = ", ".join(f"`{r}`" for r in qrow.reasons) or "-"
        lines.append(f"| Q{n} | {qrow.status} | **{qrow.verdict}** | {reasons} | {qrow.why} |")
    lines += ["", "### Reconcile: dates, counts, decisions", "",
              "| # | values | articles | verdict | why |", "|---|---|---|---|---|"]  # fmt: skip
    for n, frow in enumerate(FINDING_TABLE, start=1):
        lines.append(
            f"| F{n} | {frow.relation} | {frow.articles} | **{frow.verdict}** | {frow.why} |"
        )
    lines += ["", "### Opposite actions", "", "| action | opposite | undated reports clash |",
              "|---|---|---|"]  # fmt: skip
    for action, (opposite, undated) in OPPOSITE_ACTIONS.items():
        lines.append(f"| {action} | {opposite} | {_cell(undated)} |")
    lines += ["", "### Reason codes", "", "| code | meaning |", "|---|---|"]
    lines += [f"| `{code}` | {meaning} |" for code, meaning in REASONS.items()]
    return "\n".join(lines) + "\n"
