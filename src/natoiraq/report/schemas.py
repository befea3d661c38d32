"""The report JSON contract: a pydantic model of every JSON report, generated into schema/.

The renderers write their JSON themselves (reconcile's is streamed: hundreds of MB at 10 000
articles, issue 6); these models say what that JSON is, `natoiraq schema` writes them as JSON
Schemas (schema/*-report.schema.json), and the tests validate real output against both the
schemas and the models, so a renderer cannot drift from the contract unseen. docs/reports.md
shows the same fields (`markdown()` writes its tables) and the promise that goes with
`version`.

Why here and not in natoiraq.models: the closed sets (verdicts, reasons, kinds, rule codes)
belong to the checker, reconciler, evaluation and rules; the report layer is the lowest that
may import all of them, and the models take them from there rather than repeat them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import UnionType
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    Generic,
    Literal,
    TypeVar,
    Union,
    get_args,
    get_origin,
    get_type_hints,
)

import annotated_types
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StrictBool,
)
from pydantic.json_schema import JsonSchemaValue, SkipJsonSchema
from pydantic_core import core_schema

from natoiraq.checker.report import CHECK_REASONS, SHOWABLE, PublishedBasis
from natoiraq.checker.unchecked import NOT_CHECKED_REASONS
from natoiraq.compare.quotes import DiffOp
from natoiraq.compare.references import RefStatus
from natoiraq.compare.verdicts import (
    CHECK_VERDICTS,
    FINDING_REASONS,
    FINDING_VERDICTS,
    QUOTE_STATUSES,
    CheckVerdict,
    FindingVerdict,
    QuoteStatus,
)
from natoiraq.errors import Severity
from natoiraq.evaluation import EXPECTED_OUTCOMES, MISSING
from natoiraq.models import (
    CLAIM_KINDS,
    BoilerplateReason,
    ClaimKind,
    CountValue,
    DateValue,
    DecisionValue,
    QuoteValue,
    Slug,
    Status,
    Whole,
)
from natoiraq.models.schema import SCHEMAS, build_2020_12, json_text, schema_id, schema_text
from natoiraq.rules import RULES

# The closed sets, from the code that emits them. mypy sees plain strings; pydantic (and so the
# schema) sees the Literal of each set, built from the code's own tuple.
if TYPE_CHECKING:
    DiffOpKind = str
    FindingReason = str
    CheckReason = str
    NotCheckedReason = str
    Showable = str
    Outcome = str
    Found = str
    RuleCode = str
else:
    DiffOpKind = get_type_hints(DiffOp)["op"]
    FindingReason = Literal[FINDING_REASONS]
    CheckReason = Literal[CHECK_REASONS]
    NotCheckedReason = Literal[tuple(NOT_CHECKED_REASONS)]
    Showable = Literal[SHOWABLE]
    Outcome = Literal[EXPECTED_OUTCOMES]
    Found = Literal[(*EXPECTED_OUTCOMES, MISSING)]
    RuleCode = Literal[tuple(RULES)]

SEVERITIES: tuple[str, ...] = get_args(Severity)

#: 1-based line or column (code points).
Position = Annotated[int, Field(ge=1)]
#: A share: 0 to 1.
Share = Annotated[float, Field(ge=0, le=1)]


@dataclass(frozen=True)
class EveryKey:
    """Annotated metadata of a dict: it holds each of `keys` (zero counts too), in the model
    and in the schema (`required`)."""

    keys: tuple[str, ...]

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(self._check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        out = handler(schema)
        out["required"] = list(self.keys)
        return out

    def _check(self, value: dict[str, Any]) -> dict[str, Any]:
        missing = [k for k in self.keys if k not in value]
        if missing:
            raise ValueError(f"every key is present, zero included; missing: {', '.join(missing)}")
        return value


def _not_null(value: object) -> object:
    if value is None:
        raise ValueError("left out when there is none, never null")
    return value


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


#: A string that is left out when there is none (never null).
OmittedStr = Annotated[
    str | SkipJsonSchema[None], BeforeValidator(_not_null), Field(json_schema_extra=_no_default)
]


class ReportModel(BaseModel):
    """Base of every report model: unknown keys are errors, types are strict, and each field's
    docstring is its description in the schema."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, use_attribute_docstrings=True
    )


# A report model with a variant per claim kind (findings, their evidence, checked claims and
# their sources) is a generic; each variant is a named subclass, so the schema names it
# ("DateFinding") and tells the kinds apart by `kind`.
K = TypeVar("K", bound=str)
V = TypeVar("V", bound=BaseModel)
E = TypeVar("E", bound=BaseModel)
S = TypeVar("S", bound=BaseModel)


# --------------------------------------------------------------------------- reconcile


class ArticleEntry(ReportModel):
    """An article of the corpus, as the findings name it."""

    id: Slug
    """The article's id (corpus/articles/<id>.yaml)."""
    seed: str
    """Its seed file, relative to the repository root: the text every offset points into."""
    outlet: str
    """The outlet's name."""
    published: dt.date | None
    """Its publication date, or null when the article file gives none."""
    timezone: str | None
    """The IANA time zone the article dates events in, or null when not known."""
    translated_from: str | None
    """The language the article was translated from (ISO 639 code), or null for an original."""


class Context(ReportModel):
    """Seed text on each side of a span, whitespace collapsed; `…` where it was cut."""

    before: str
    """Up to 80 characters before the span."""
    after: str
    """Up to 80 characters after the span."""


class DiffStep(ReportModel):
    """One step of a word diff from a base quote (`a`) to another (`b`)."""

    op: DiffOpKind
    """equal, insert, delete or replace."""
    a: str
    """The base quote's words of this step ("" for an insert)."""
    b: str
    """The other quote's words of this step ("" for a delete)."""


class NameOccurrence(ReportModel):
    """The value of a `name` finding's claim: one spelling of a registry entity in an article."""

    entity: Slug
    """The registry entity's id."""
    form: str
    """The spelling found in the article."""
    canonical: StrictBool
    """True when it is the registry's own name for the entity."""


class Anchored(ReportModel, Generic[V]):
    """A corpus claim where it stands: its article, its words in the seed and its value."""

    article: Slug
    """The article's id."""
    seed: str
    """The article's seed file: `start` and `end` point into it."""
    claim: str
    """The claim's id in its article (`name` findings: `<entity>@<offset>`)."""
    exact: str
    """The claim's words: the seed's text from `start` to `end`."""
    start: Whole
    """Where the words start in the seed, in code points."""
    end: Whole
    """Where the words end in the seed (exclusive), in code points."""
    value: V
    """The claim's value, as in its article file (its shape depends on the claim's kind)."""


class Evidence(Anchored[V], Generic[V]):
    """A claim behind a finding (for `name` findings, an occurrence of a spelling), as it
    stands in its article."""

    context: Context
    """The seed text around the words."""
    note: str
    """A remark on this claim: which side of a conflict it fits, its time zone, its reference
    check ("" when none)."""
    compatible_with: list[str]
    """In a conflict, the claims (`article/claim`) this one is compatible with."""
    diff: list[DiffStep]
    """Quote variants: the word diff from the finding's base quote to this one."""
    status: Status
    """The claim's review status: `draft` claims count only with --include-drafts."""
    line: Whole
    """1-based line of `start` in the seed (0: not known)."""
    column: Whole
    """1-based column of `start` in the seed, in code points (0: not known)."""
    reference: RefStatus
    """The claim against corpus/reference.yaml: consistent, inconsistent (likely an error), or
    none (no fact covers it)."""
    origin: str
    """The id of its article's origin group (`origins`): claims of one origin are one source."""


class Finding(ReportModel, Generic[K, E]):
    """A group of claims across articles about one thing, with a verdict and why."""

    id: str
    """Made from the content (kind, topic or speaker, base claim), never from a position:
    adding an article does not renumber findings."""
    kind: K
    """What the claims are: date, count, quote, decision or name (spellings)."""
    topic: Slug
    """The registry id the finding is about (event, quantity, speaker or entity)."""
    verdict: FindingVerdict
    """conflict, variant, single-source, compatible or agree (docs/verdicts.md)."""
    reasons: list[FindingReason]
    """Reason codes, each explained in docs/verdicts.md."""
    explanation: str
    """One sentence for an editor."""
    claims: list[E]
    """The claims behind the finding."""
    topics: list[Slug]
    """Every topic of the claims behind it (quotes of one statement may carry several)."""
    base: str
    """Quote variants: the claim (`article/claim`) the others are diffed against ("" else)."""
    diff: list[DiffStep]
    """Quote variants: the first variant's word diff from the base."""
    references: list[Slug]
    """Ids of the reference facts the claims were checked against."""
    subject: str
    """What the finding is about, in the registry's names."""
    origins: Whole
    """How many independent origins stand behind its claims (fewer than its articles when some
    are reprints of one another: reason `single-origin` when one origin gives an agreement)."""


class DateEvidence(Evidence[DateValue]):
    """A date claim behind a finding."""


class CountEvidence(Evidence[CountValue]):
    """A count claim behind a finding."""


class QuoteEvidence(Evidence[QuoteValue]):
    """A quote claim behind a finding."""


class DecisionEvidence(Evidence[DecisionValue]):
    """A decision claim behind a finding."""


class NameEvidence(Evidence[NameOccurrence]):
    """An occurrence of one spelling of a name, behind a `name` finding."""


class DateFinding(Finding[Literal["date"], DateEvidence]):
    """Dates of one event across articles."""


class CountFinding(Finding[Literal["count"], CountEvidence]):
    """Counts of one quantity (in one unit family) across articles."""


class QuoteFinding(Finding[Literal["quote"], QuoteEvidence]):
    """Quotes of one statement by one speaker across articles."""


class DecisionFinding(Finding[Literal["decision"], DecisionEvidence]):
    """Reports of one decision (actor, action, object) across articles."""


class NameFinding(Finding[Literal["name"], NameEvidence]):
    """The spellings of one registry entity's name across articles."""


AnyFinding = Annotated[
    DateFinding | CountFinding | QuoteFinding | DecisionFinding | NameFinding,
    Field(discriminator="kind"),
]


class OriginLinkEntry(ReportModel):
    """Why two articles are one origin."""

    a: Slug
    """One article's id."""
    b: Slug
    """The other's."""
    basis: Literal["measured", "stated", "inferred"]
    """measured (text overlap), stated (an article records it) or inferred."""
    why: str
    """The evidence in words: the overlap figure, or the origin the articles record."""
    containment: Share | None
    """Measured links: the share of the shorter article's prose found in the other (else null)."""
    passage_a: list[Whole] | None
    """Measured links: the longest shared passage in `a`'s seed, [start, end) (else null)."""
    passage_b: list[Whole] | None
    """The same passage in `b`'s seed (else null)."""
    passage_words: Whole
    """How many words the longest shared passage has (0 when not measured)."""
    passage: str
    """The passage's text as `a` has it, cut short ("" when not measured)."""


class OriginGroupEntry(ReportModel):
    """Articles with one origin; single articles are groups of one."""

    id: Slug
    """The group's id: its first article's id."""
    articles: list[Slug]
    """Its articles."""
    sources: list[str]
    """The origins its articles record (wire copy, press release, ...)."""
    links: list[OriginLinkEntry]
    """Why its articles are one origin."""


class OriginCounts(ReportModel):
    """How many articles, independent origins and shared groups the corpus has."""

    articles: Whole
    """The corpus's articles."""
    origins: Whole
    """Independent origins: groups, single articles included."""
    shared: Whole
    """Groups of two or more articles (echoes)."""


class OriginsReport(ReportModel):
    """`natoiraq origins --format json`: every article's origin group, with the evidence."""

    version: Literal[1]
    """The report format's version (docs/reports.md, "Stability")."""
    groups: list[OriginGroupEntry]
    """Every origin group, single articles included, in order of their first article."""
    counts: OriginCounts
    """The totals."""


class ReconcileReport(ReportModel):
    """`natoiraq reconcile --format json`: the corpus's findings, conflicts first."""

    version: Literal[1]
    """The report format's version (docs/reports.md, "Stability")."""
    articles: list[ArticleEntry]
    """Every article of the corpus."""
    findings: list[AnyFinding]
    """The findings shown (after --verdict, --kind and --topic), in reading order."""
    counts: Annotated[dict[FindingVerdict, Whole], EveryKey(FINDING_VERDICTS)]
    """Findings shown per verdict, every verdict present."""
    include_drafts: StrictBool
    """True when unreviewed (draft) claims were counted as sources (--include-drafts)."""
    origins: list[OriginGroupEntry]
    """Every article's origin group (reconciler/origins.py), in order."""


# --------------------------------------------------------------------------- check


class PublishedDate(ReportModel):
    """The publication date the draft's relative dates were resolved against."""

    date: dt.date | None
    """The date, or null when neither --published nor the draft gives one."""
    basis: PublishedBasis
    """given (--published), stated (by the draft) or unknown."""
    why: str
    """Where the date comes from, in words."""


class Source(Anchored[V], Generic[V]):
    """A corpus claim that speaks to a draft claim."""

    note: str
    """How this source bears on the draft's claim ("fits the draft", "closest source" ...)."""
    context: Context
    """The seed text around the words."""
    status: Status
    """The claim's review status (`draft` only with --include-drafts)."""
    origin: str
    """The id of its article's origin group: sources of one origin are one source."""


class Sentence(ReportModel):
    """The draft's sentence around a claim (cut at SENTENCE_REACH characters past the claim)."""

    start: Whole
    """Where it starts in the draft, in code points."""
    end: Whole
    """Where it ends in the draft (exclusive)."""
    text: str
    """Its text."""


class CheckedClaim(ReportModel, Generic[K, V, S]):
    """A claim of the draft with its verdict, reasons, explanation and sources."""

    id: Slug
    """The claim's id, as the extractor made it."""
    kind: K
    """date, count, quote or decision."""
    topic: Slug
    """The registry topic it was linked to (`unassigned`: none)."""
    exact: str
    """The claim's words in the draft."""
    start: Whole
    """Where they start in the draft (line ends read as \\n), in code points."""
    end: Whole
    """Where they end (exclusive)."""
    line: Position
    """1-based line of `start` in the draft."""
    col: Position
    """1-based column of `start`, in code points."""
    value: V
    """What the extractor read: the corpus's value shape for the kind."""
    verdict: CheckVerdict
    """supported, contested, contradicted or unsupported (docs/verdicts.md)."""
    reasons: list[CheckReason]
    """Reason codes, each explained in docs/verdicts.md."""
    explanation: str
    """Why, in a few sentences for an editor."""
    sources: list[S]
    """The corpus claims that speak to it: all of them, or those `--sources N` keeps (one per
    note and origin first, in their order)."""
    sources_total: Whole
    """How many corpus claims speak to it, listed or not (more than `sources` when
    `--sources` left some out)."""
    origins: Whole
    """How many independent origins all its sources come from, listed or not (fewer than their
    articles when some are reprints of one another)."""
    diff: list[DiffStep]
    """Altered or translated quotes: the word diff from the closest source to the draft."""
    finding: str
    """The id of the reconcile finding about the same thing ("" when none)."""
    sentence: Sentence
    """The draft's sentence around the claim."""


class DateSource(Source[DateValue]):
    """A corpus date claim that speaks to a draft's date."""


class CountSource(Source[CountValue]):
    """A corpus count claim that speaks to a draft's count."""


class QuoteSource(Source[QuoteValue]):
    """A corpus quote that speaks to a draft's quote."""


class DecisionSource(Source[DecisionValue]):
    """A corpus decision claim that speaks to a draft's decision."""


class CheckedDate(CheckedClaim[Literal["date"], DateValue, DateSource]):
    """A date of the draft, checked."""


class CheckedCount(CheckedClaim[Literal["count"], CountValue, CountSource]):
    """A count of the draft, checked."""


class CheckedQuote(CheckedClaim[Literal["quote"], QuoteValue, QuoteSource]):
    """A quote of the draft, checked: with its quote status."""

    quote_status: QuoteStatus
    """verbatim, altered, translated or not-found."""


class CheckedDecision(CheckedClaim[Literal["decision"], DecisionValue, DecisionSource]):
    """A decision of the draft, checked."""


AnyChecked = Annotated[
    CheckedDate | CheckedCount | CheckedQuote | CheckedDecision, Field(discriminator="kind")
]


class Skipped(ReportModel):
    """A span of the draft skipped as page furniture."""

    exact: str
    """Its text."""
    start: Whole
    """Where it starts in the draft, in code points."""
    end: Whole
    """Where it ends (exclusive)."""
    line: Position
    """1-based line of `start`."""
    col: Position
    """1-based column of `start`, in code points."""
    reason: BoilerplateReason
    """What it is (headline, byline, caption ...), as in an article file's boilerplate."""
    note: str | None
    """A remark from the cleaner, or null."""


class NotChecked(ReportModel):
    """A span of the draft's body that looks like a claim but was not judged, and why."""

    kind: ClaimKind
    """The kind of claim it looks like."""
    exact: str
    """Its text."""
    start: Whole
    """Where it starts in the draft, in code points."""
    end: Whole
    """Where it ends (exclusive)."""
    line: Position
    """1-based line of `start`."""
    col: Position
    """1-based column of `start`, in code points."""
    reason: NotCheckedReason
    """Why it was not checked, as a code."""
    why: str
    """The same in words."""


class CheckReport(ReportModel):
    """`natoiraq check --format json`: a draft's claims, each with its verdict."""

    version: Literal[2]
    """The report format's version (docs/reports.md, "Stability")."""
    story: str
    """The draft as named on the command line (`standard input` for `-`)."""
    published: PublishedDate
    """The publication date used."""
    notes: list[str]
    """Remarks about the whole check (no publication date, nothing extracted ...)."""
    claims: list[AnyChecked]
    """The draft's claims shown (after --verdict), in draft order."""
    counts: Annotated[dict[CheckVerdict, Whole], EveryKey(CHECK_VERDICTS)]
    """Claims shown per verdict, every verdict present."""
    quote_counts: Annotated[dict[QuoteStatus, Whole], EveryKey(QUOTE_STATUSES)]
    """Quotes shown per quote status, every status present."""
    include_drafts: StrictBool
    """True when unreviewed (draft) corpus claims were counted as sources (--include-drafts)."""
    shown: list[Showable] | Literal["all"]
    """What --verdict kept, or `all`."""
    sources_limit: Whole | None
    """At most how many sources each claim lists (--sources), or null for all of them."""
    skipped: list[Skipped]
    """Page furniture skipped (only when everything is shown)."""
    not_checked: list[NotChecked]
    """Spans that look like claims but were not judged (with --verdict: only when it names
    not-checked)."""


# --------------------------------------------------------------------------- eval


class KindScore(ReportModel):
    """The extractor's score on one claim kind."""

    precision: Share
    """Of the claims extracted, the share that match a reviewed claim (rounded to 4 places)."""
    recall: Share
    """Of the reviewed claims, the share matched."""
    f1: Share
    """The harmonic mean of precision and recall."""
    topic: Share
    """Of the matches, the share filed under the reviewed claim's topic."""
    tp: Whole
    """Matches."""
    fp: Whole
    """Extracted claims that match no reviewed claim."""
    fn: Whole
    """Reviewed claims that no extracted claim matches."""
    spotted: Share
    """Share of reviewed claims with an extracted claim of the kind over their span, whatever
    its value."""
    near_fields: dict[str, Whole]
    """Of the near misses, how often each value field differed."""


class EvalItem(ReportModel):
    """A claim the evaluation lists: a false extracted claim (and the base of the others)."""

    article: Slug
    """The article's id."""
    kind: ClaimKind
    """The claim's kind."""
    claim: str
    """The claim's id (the reviewed one's for misses and wrong topics)."""
    exact: str
    """The claim's words in the seed."""
    start: Whole
    """Where they start in the seed, in code points."""
    end: Whole
    """Where they end (exclusive)."""
    value: str
    """The value compared, as `field=value, ...` (wrong topics: the reviewed topic)."""


class Miss(EvalItem):
    """A reviewed claim the extractor did not match."""

    nearest: OmittedStr = None
    """The value of the extracted claim over the same span that came closest; left out when
    none overlaps."""


class WrongTopic(EvalItem):
    """A match filed under another topic than the reviewed claim's."""

    found_topic: str
    """The topic the extractor gave."""


class EvalReport(ReportModel):
    """`natoiraq eval --format json`: the extractor scored against the reviewed corpus."""

    version: Literal[1]
    """The report format's version (docs/reports.md, "Stability")."""
    kinds: Annotated[dict[ClaimKind, KindScore], EveryKey(CLAIM_KINDS)]
    """The score of each claim kind, every kind present."""
    misses: list[Miss]
    """Every reviewed claim the extractor missed."""
    false: list[EvalItem]
    """Every extracted claim that matches no reviewed claim."""
    topics: list[WrongTopic]
    """Every match filed under another topic."""


class RightOf(ReportModel):
    """How many were right, of how many."""

    right: Whole
    """Right."""
    of: Whole
    """Of this many."""


class ConfusionCell(ReportModel):
    """How many claims expected to be one thing the check called another."""

    expected: Outcome
    """The verdict the benchmark expects (or not-checked)."""
    found: Found
    """What the check said (`missing`: it found no claim there)."""
    claims: Annotated[int, Field(ge=1)]
    """How many claims."""


class WrongClaim(ReportModel):
    """A claim of the benchmark the check got wrong."""

    draft: str
    """The draft's file name."""
    exact: str
    """The claim's words."""
    expected: Outcome
    """The verdict the benchmark expects."""
    found: Found
    """What the check said."""
    why: str
    """The benchmark's reason for its expectation."""


class EvalCheckReport(ReportModel):
    """`natoiraq eval --check --format json`: check's verdicts held against a benchmark's."""

    version: Literal[1]
    """The report format's version (docs/reports.md, "Stability")."""
    claims: Whole
    """Claims the benchmark lists."""
    accuracy: Share
    """Share of them the check got right."""
    supported_when_false: Whole
    """Claims the check calls supported that are contested, contradicted or unsupported."""
    quote_status: RightOf
    """Quotes whose status matched the expected one, of those with one."""
    per_verdict: Annotated[dict[Outcome, RightOf], EveryKey(EXPECTED_OUTCOMES)]
    """Per expected verdict, every one present."""
    confusion: list[ConfusionCell]
    """The confusion table's non-empty cells, sorted."""
    wrong: list[WrongClaim]
    """Every claim the check got wrong."""


# --------------------------------------------------------------------------- validate


class Diagnostic(ReportModel):
    """One problem at one place in a corpus file."""

    path: str
    """The file, repository-relative where it is inside the repository."""
    line: Whole
    """1-based line."""
    col: Whole
    """1-based column, in code points."""
    severity: Severity
    """error or warning."""
    code: RuleCode
    """The rule code (`natoiraq rules CODE` explains it)."""
    where: str
    """A breadcrumb naming the item by id ("" for the whole file)."""
    message: str
    """What is wrong, ending with a full stop."""
    hint: str
    """How to fix it ("" when there is no hint)."""


class ValidateReport(ReportModel):
    """`natoiraq validate --format json`: every finding in every file."""

    version: Literal[1]
    """The report format's version (docs/reports.md, "Stability")."""
    findings: list[Diagnostic]
    """Every finding, in file and line order."""
    counts: Annotated[dict[Severity, Whole], EveryKey(SEVERITIES)]
    """Findings per severity, both present."""


# --------------------------------------------------------------------------- schema files


@dataclass(frozen=True)
class ReportSchema:
    """A report schema file: its model and the command whose JSON it describes."""

    model: type[ReportModel]
    command: str

    @property
    def version(self) -> int:
        version: int = get_args(self.model.model_fields["version"].annotation)[0]
        return version

    @property
    def title(self) -> str:
        return f"natoiraq report: {self.command}"


#: file stem -> schema. Files are written to schema/<stem>.schema.json.
REPORT_SCHEMAS: dict[str, ReportSchema] = {
    "reconcile-report": ReportSchema(ReconcileReport, "reconcile --format json"),
    "check-report": ReportSchema(CheckReport, "check --format json"),
    "eval-report": ReportSchema(EvalReport, "eval --format json"),
    "eval-check-report": ReportSchema(EvalCheckReport, "eval --check --format json"),
    "validate-report": ReportSchema(ValidateReport, "validate --format json"),
    "origins-report": ReportSchema(OriginsReport, "origins --format json"),
}


def build_report_schema(stem: str) -> dict[str, Any]:
    """The Draft 2020-12 schema of a report."""
    spec = REPORT_SCHEMAS[stem]
    return build_2020_12(stem, spec.model, spec.title, spec.version)


def schema_files() -> dict[str, str]:
    """Every schema file `natoiraq schema` writes (corpus files', then reports'): name -> text."""
    files = {f"{stem}.schema.json": schema_text(stem) for stem in SCHEMAS}
    for stem in REPORT_SCHEMAS:
        files[f"{stem}.schema.json"] = json_text(build_report_schema(stem))
    return files


# --------------------------------------------------------------------------- docs/reports.md


def _models_of(annotation: Any) -> Iterator[type[BaseModel]]:
    """The models an annotation names, in order."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
        return
    for arg in get_args(annotation):
        yield from _models_of(arg)


def _generic(model: type[BaseModel]) -> tuple[type[BaseModel], tuple[Any, ...]]:
    """The generic a kind's variant comes from and its parameters ((Finding, (Literal["date"],
    DateValue)) for DateFinding); the model itself and () for any other."""
    for cls in model.__mro__:
        meta = getattr(cls, "__pydantic_generic_metadata__", None)
        if meta and meta["origin"] is not None:
            return meta["origin"], meta["args"]
    return model, ()


def _reachable(root: type[BaseModel]) -> list[type[BaseModel]]:
    """The report models under a report: the root, then every report model its fields reach,
    in the order they are met; a kind's variants once, as their generic."""
    seen: list[type[BaseModel]] = []
    todo = [root]
    while todo:
        generic, params = _generic(todo.pop(0))
        todo.extend(m for p in params for m in _models_of(p))
        if generic in seen or not issubclass(generic, ReportModel):
            continue
        seen.append(generic)
        for field in generic.model_fields.values():
            todo.extend(_models_of(field.annotation))
    return seen


def _md(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _type(annotation: Any, metadata: Iterable[Any] = ()) -> str:
    """A type in words, as a table cell (`metadata`: the constraints pydantic took off it)."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return _type(args[0], [*args[1:], *metadata])
    words = _plain_type(annotation, origin, args)
    low = next((m.ge for m in metadata if isinstance(m, annotated_types.Ge)), None)
    high = next((m.le for m in metadata if isinstance(m, annotated_types.Le)), None)
    if low is not None and high is not None:
        return f"{words} from {low} to {high}"
    return f"{words} ≥ {low}" if low is not None else words


#: How a table names a field that differs by kind (the variants' table follows).
TYPEVAR_WORDS = {
    "K": "the kind (see by kind, below)",
    "V": "the kind's value (see by kind, below)",
    "E": "[Evidence](#evidence) of the kind",
    "S": "[Source](#source) of the kind",
}


def _plain_type(annotation: Any, origin: Any, args: tuple[Any, ...]) -> str:
    if annotation is type(None):
        return "null"
    if isinstance(annotation, TypeVar):
        return TYPEVAR_WORDS[annotation.__name__]
    if origin is Literal:
        return " \\| ".join(f"`{a}`" for a in args)
    if origin in (Union, UnionType):
        shown = [_type(a) for a in args if not _skipped_in_schema(a)]
        return " or ".join(dict.fromkeys(shown))
    if origin is list:
        return f"list of {_type(args[0])}"
    if origin is dict:
        return f"object: {_type(args[0])} → {_type(args[1])}"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        model = _generic(annotation)[0]
        if issubclass(model, ReportModel):
            return f"[{model.__name__}](#{model.__name__.lower()})"
        return f"{model.__name__} (docs/annotation.md)"
    names = {str: "string", int: "integer", float: "number", bool: "boolean",
             dt.date: "date (YYYY-MM-DD)"}  # fmt: skip
    return names.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _skipped_in_schema(annotation: Any) -> bool:
    # SkipJsonSchema[None] is Annotated[None, SkipJsonSchema()]: a null the schema leaves out.
    return get_origin(annotation) is Annotated and get_args(annotation)[0] is type(None)


def _table(model: type[BaseModel]) -> list[str]:
    lines = [f"#### {model.__name__}", "", _md(model.__doc__ or ""), ""]
    lines += ["| field | type | meaning |", "|---|---|---|"]
    for name, field in model.model_fields.items():
        kind = _type(field.annotation, field.metadata)
        if not field.is_required():
            kind += " (left out when none)"
        lines.append(f"| `{name}` | {kind} | {_md(field.description or '')} |")
    return [*lines, ""]


#: Per report, the lists whose items differ by `kind` (a discriminated union).
BY_KIND: dict[str, Any] = {"reconcile-report": AnyFinding, "check-report": AnyChecked}


def _by_kind(union: Any) -> list[str]:
    variants = list(_models_of(get_args(union)[0]))
    generic = _generic(variants[0])[0]
    lines = [f"{generic.__name__} by `kind`: the claims' `value`, and fields only that kind has.",
             "", "| kind | schema name | value | own fields |", "|---|---|---|---|"]  # fmt: skip
    for variant in variants:
        fields = variant.model_fields
        holder = fields["value"] if "value" in fields else fields["claims"]
        value = _value_of(holder.annotation)
        own = [n for n in fields if n not in generic.model_fields]
        extra = ", ".join(f"`{n}`: {_type(fields[n].annotation)}" for n in own)
        lines.append(
            f"| {_type(fields['kind'].annotation)} | {variant.__name__} | {_type(value)} | "
            f"{extra or '-'} |"
        )
    return [*lines, ""]


def _value_of(annotation: Any) -> Any:
    """The value model of a variant's `value` field, or of its claims' (list of evidence)."""
    if get_origin(annotation) is list:
        return get_args(annotation)[0].model_fields["value"].annotation
    return annotation


def markdown() -> str:
    """The field tables of docs/reports.md (between its generated-table markers). A model two
    reports share is shown under the first."""
    lines: list[str] = []
    shown: set[type[BaseModel]] = set()
    for stem, spec in REPORT_SCHEMAS.items():
        lines += [f"### `natoiraq {spec.command}`", "",
                  f"Schema: `schema/{stem}.schema.json` (`$id` {schema_id(stem, spec.version)}).",
                  ""]  # fmt: skip
        for model in _reachable(spec.model):
            if model not in shown:
                shown.add(model)
                lines += _table(model)
        if stem in BY_KIND:
            lines += _by_kind(BY_KIND[stem])
    return "\n".join(lines).rstrip("\n") + "\n"
