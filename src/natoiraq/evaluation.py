"""Evaluation: run the extractor on every seed and score it against the reviewed corpus.

A found claim matches a gold claim of the same kind when their spans overlap and their
normalised values are equal (quotes: the same words, case, marks and spacing folded, and the
same speaker). Scores are per kind: precision, recall and F1, with every miss and every false
claim listed so the gap is visible.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from natoiraq.corpus import Corpus
from natoiraq.errors import Finding, NatoiraqError
from natoiraq.extractor import extract_claims
from natoiraq.io.files import FileRefused, read_regular
from natoiraq.models import (
    CLAIM_KINDS,
    Claim,
    ClaimKind,
    CountClaim,
    DateClaim,
    DecisionClaim,
    QuoteClaim,
)
from natoiraq.text import fold_quote
from natoiraq.validator import load_corpus

#: The version of the JSON `eval` and `eval --check` print (docs/reports.md, "Stability").
EVAL_VERSION = 1


@dataclass
class KindScore:
    """True positives, false positives and false negatives of one claim kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    #: Of the true positives, how many carry the gold claim's topic (`unassigned` never does).
    topic_ok: int = 0
    #: Misses where the extractor did find a claim of the kind over the gold span, but with
    #: another value: the gold claim was spotted, its reading was wrong.
    near: int = 0
    #: Of those near misses, how often each value field differed (a miss may count several).
    fields: dict[str, int] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def topic_accuracy(self) -> float:
        """Share of matched claims filed under the gold topic (1.0 when nothing matched)."""
        return self.topic_ok / self.tp if self.tp else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def spotted(self) -> float:
        """Share of gold claims with an extracted claim of the kind over their span, whatever
        its value: how much recall a perfect reading of the spans found would reach."""
        gold = self.tp + self.fn
        return (self.tp + self.near) / gold if gold else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "topic": round(self.topic_accuracy, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "spotted": round(self.spotted, 4),
            "near_fields": dict(sorted(self.fields.items())),
        }


@dataclass(frozen=True)
class Item:
    """A missed gold claim or a false extracted claim, with what stood nearby."""

    article: str
    kind: ClaimKind
    claim: str
    exact: str
    start: int
    end: int
    value: str
    #: For a miss: the value the extractor gave an overlapping claim, if any.
    nearest: str | None = None
    #: For a wrong topic: the topic the extractor gave.
    found_topic: str | None = None


@dataclass
class Evaluation:
    kinds: dict[ClaimKind, KindScore] = field(
        default_factory=lambda: {kind: KindScore() for kind in CLAIM_KINDS}
    )
    misses: list[Item] = field(default_factory=list)
    false: list[Item] = field(default_factory=list)
    #: Matched claims filed under another topic than the gold one.
    topics: list[Item] = field(default_factory=list)


def _unit(unit: str) -> str:
    unit = unit.casefold().strip()
    return unit[:-1] if unit.endswith("s") and not unit.endswith("ss") else unit


def value_key(claim: Claim) -> tuple[object, ...]:
    """The normalised value two claims must share to match."""
    if isinstance(claim, DateClaim):
        return (claim.value.earliest, claim.value.latest)
    if isinstance(claim, CountClaim):
        return (claim.value.low, claim.value.high, _unit(claim.value.unit))
    if isinstance(claim, QuoteClaim):
        return (claim.value.speaker, fold_quote(claim.value.text))
    if isinstance(claim, DecisionClaim):
        v = claim.value
        return (v.actor, v.action, v.object, v.negated)
    raise TypeError(type(claim).__name__)


def _show(claim: Claim) -> str:
    return ", ".join(f"{k}={v}" for k, v in zip(_FIELDS[claim.kind], value_key(claim), strict=True))


_FIELDS: dict[str, tuple[str, ...]] = {
    "date": ("earliest", "latest"),
    "count": ("low", "high", "unit"),
    "quote": ("speaker", "text"),
    "decision": ("actor", "action", "object", "negated"),
}


def _overlap(a: Claim, b: Claim) -> bool:
    return a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end


def _nearest(gold: Claim, found: list[Claim]) -> Claim | None:
    """The unmatched found claim over `gold`'s span that agrees with it on the most value
    fields (the first such in text order), or None when none overlaps."""
    key = value_key(gold)
    best: Claim | None = None
    best_same = -1
    for claim in found:
        if not _overlap(gold, claim):
            continue
        same = sum(a == b for a, b in zip(key, value_key(claim), strict=True))
        if same > best_same:
            best, best_same = claim, same
    return best


def score_article(article: str, gold: list[Claim], found: list[Claim], result: Evaluation) -> None:
    """Match found claims to gold claims one to one and add the outcome to `result`."""
    for kind in CLAIM_KINDS:
        golds = [c for c in gold if c.kind == kind]
        founds = [c for c in found if c.kind == kind]
        used: set[int] = set()
        score = result.kinds[kind]
        for g in golds:
            key = value_key(g)
            match = next(
                (i for i, f in enumerate(founds)
                 if i not in used and _overlap(g, f) and value_key(f) == key),
                None,
            )  # fmt: skip
            if match is not None:
                used.add(match)
                score.tp += 1
                if founds[match].topic == g.topic:
                    score.topic_ok += 1
                else:
                    result.topics.append(
                        Item(article, kind, g.id, g.evidence.exact, g.evidence.start,
                             g.evidence.end, g.topic, found_topic=founds[match].topic)
                    )  # fmt: skip
                continue
            score.fn += 1
            near = _nearest(g, [f for i, f in enumerate(founds) if i not in used])
            if near is not None:
                score.near += 1
                for name, want, got in zip(_FIELDS[kind], key, value_key(near), strict=True):
                    if want != got:
                        score.fields[name] = score.fields.get(name, 0) + 1
            result.misses.append(
                Item(article, kind, g.id, g.evidence.exact, g.evidence.start, g.evidence.end,
                     _show(g), _show(near) if near else None)
            )  # fmt: skip
        for i, f in enumerate(founds):
            if i in used:
                continue
            score.fp += 1
            result.false.append(
                Item(article, kind, f.id, f.evidence.exact, f.evidence.start, f.evidence.end,
                     _show(f))
            )  # fmt: skip


def evaluate(corpus: Corpus) -> Evaluation:
    """Run the extractor on every article's seed and score it against the reviewed claims.

    The extractor gets each article's recorded publication date (as `--published` would),
    so relative dates are scored, not the date finder for the article itself.
    """
    result = Evaluation()
    for record in sorted(corpus.articles, key=lambda r: r.article.id):
        article = record.article
        gold = [c for c in article.claims if c.status == "reviewed"]
        extraction = extract_claims(
            record.text,
            corpus.registry,
            article.published.date,
            translated=article.translated_from is not None,
        )
        score_article(article.id, gold, extraction.claims, result)
    return result


def below_baseline(result: Evaluation, baseline: dict[str, Any]) -> list[str]:
    """Kinds whose F1 fell below the committed baseline, as readable lines."""
    failures = []
    for kind, score in result.kinds.items():
        floor = float(baseline["kinds"][kind]["f1"])
        # The baseline is stored rounded to 4 decimals (as_dict), so allow that rounding.
        if round(score.f1, 4) < floor:
            failures.append(f"{kind}: F1 {score.f1:.4f} is below the baseline {floor:.4f}")
    return failures


@dataclass(frozen=True)
class EvalRun:
    """What `natoiraq eval` reports: the scores, baseline failures, or the corpus's load errors."""

    evaluation: Evaluation | None
    failures: list[str]
    load_errors: list[Finding]


#: A baseline is a small JSON file of floors; anything this large is not one.
MAX_BASELINE_BYTES = 1024 * 1024

#: Where `natoiraq eval --set NAME` finds a development set: its own corpus and seeds.
EVALSETS_DIR = Path("evalsets")


def evalset_corpus(name: str, root: Path = EVALSETS_DIR) -> Path:
    """The corpus folder of the evaluation set NAME (evalsets/NAME/corpus); a usage error names
    the sets there are when NAME is not one of them."""
    found = sorted(p.parent.parent.name for p in root.glob("*/corpus/registry.yaml"))
    if name not in found:
        known = ", ".join(found) or "none"
        raise NatoiraqError(f"no evaluation set {name!r} under {root}/ (sets: {known}).")
    return root / name / "corpus"


def evaluate_dir(corpus_dir: Path, baseline: Path | None = None) -> EvalRun:
    """Load the corpus in `corpus_dir`, evaluate, check the baseline (natoiraq.report renders)."""
    loaded = load_corpus(corpus_dir)
    if loaded.corpus is None or loaded.errors:
        return EvalRun(None, [], loaded.errors)
    result = evaluate(loaded.corpus)
    failures: list[str] = []
    if baseline is not None:
        try:
            floor = json.loads(read_regular(baseline, MAX_BASELINE_BYTES).decode("utf-8"))
        except (OSError, ValueError, FileRefused) as exc:
            raise NatoiraqError(f"cannot read the baseline {baseline}: {exc}") from None
        failures = below_baseline(result, floor)
    return EvalRun(result, failures, [])


# --------------------------------------------------------------------------- the check benchmark

#: Where `natoiraq eval --check` finds its drafts and their expected verdicts.
CHECK_SET_DIR = EVALSETS_DIR / "check"


def check_set_dir(name: str | None, root: Path = EVALSETS_DIR) -> Path:
    """The folder of the check benchmark NAME (evalsets/NAME with `*.expected.yaml` sidecars;
    None: evalsets/check); a usage error names the check sets there are."""
    if name is None:
        return root / CHECK_SET_DIR.name
    found = sorted({p.parent.name for p in root.glob("*/*.expected.yaml")})
    if name not in found:
        known = ", ".join(found) or "none"
        raise NatoiraqError(f"no check benchmark {name!r} under {root}/ (check sets: {known}).")
    return root / name
#: What the tool can say of an expected claim besides a verdict: it did not find the claim.
MISSING = "missing"
#: Expected outcomes, in the order the confusion table shows them.
EXPECTED_OUTCOMES = ("supported", "contested", "contradicted", "unsupported", "not-checked")


@dataclass
class CheckScore:
    """The check benchmark: per draft claim, the expected verdict against the tool's."""

    #: (expected, found) -> how many claims.
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)
    #: Claims whose quote status matched the expected one, of those with one.
    quote_status_ok: int = 0
    quote_status_total: int = 0
    #: Every claim the tool got wrong: (draft, exact, expected, found, why).
    wrong: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.confusion.values())

    @property
    def correct(self) -> int:
        return sum(n for (e, f), n in self.confusion.items() if _agrees(e, f))

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def per_verdict(self) -> dict[str, tuple[int, int]]:
        """Expected verdict -> (right, of how many)."""
        out: dict[str, tuple[int, int]] = {}
        for expected in EXPECTED_OUTCOMES:
            cells = {f: n for (e, f), n in self.confusion.items() if e == expected}
            right = sum(n for f, n in cells.items() if _agrees(expected, f))
            out[expected] = (right, sum(cells.values()))
        return out

    @property
    def supported_when_false(self) -> int:
        """Claims the tool calls supported that are contested, contradicted or unsupported."""
        return sum(
            n
            for (e, f), n in self.confusion.items()
            if f == "supported" and e in ("contested", "contradicted", "unsupported")
        )


def _agrees(expected: str, found: str) -> bool:
    # A span that is not a claim is handled when the tool lists it as not checked, finds
    # nothing there, or calls it unsupported (no source says it: harmless, if less precise).
    if expected == "not-checked":
        return found in (MISSING, "not-checked", "unsupported")
    return expected == found


def _span_of(text: str, exact: str, occurrence: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(max(1, occurrence)):
        start = text.find(exact, start + 1)
        if start < 0:
            return None
    return start, start + len(exact)


def evaluate_check(corpus: Corpus, set_dir: Path = CHECK_SET_DIR) -> CheckScore:
    """Run `check` on every draft of the check benchmark and hold each claim's verdict against
    the one its sidecar expects (evalsets/check/README.md: same kind, overlapping span)."""
    import datetime as dt

    from natoiraq.checker import check_story
    from natoiraq.io.seeds import load_seed
    from natoiraq.io.yamlread import load_yaml

    score = CheckScore()
    for sidecar in sorted(set_dir.glob("*.expected.yaml")):
        data = load_yaml(sidecar).data
        if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
            raise NatoiraqError(f"{sidecar}: not a check benchmark sidecar (no `claims:` list).")
        draft_path = set_dir / str(data["draft"])
        text = load_seed(draft_path).text
        published = data.get("published")
        on = dt.date.fromisoformat(str(published)) if published else None
        report = check_story(text, corpus, story=draft_path.as_posix(), published=on)
        for item in data["claims"]:
            expected = str(item["expected"])
            span = _span_of(text, str(item["exact"]), int(item.get("occurrence", 1)))
            matches = [
                c for c in report.claims
                if span is not None and c.kind == item["kind"]
                and c.start < span[1] and span[0] < c.end
            ]  # fmt: skip
            unchecked = [
                n for n in report.not_checked
                if span is not None and n.kind == item["kind"]
                and n.start < span[1] and span[0] < n.end
            ]  # fmt: skip
            found = matches[0].verdict if matches else "not-checked" if unchecked else MISSING
            key = (expected, found)
            score.confusion[key] = score.confusion.get(key, 0) + 1
            if "quote_status" in item:
                score.quote_status_total += 1
                status = matches[0].quote_status if matches else None
                score.quote_status_ok += status == item["quote_status"]
            if not _agrees(expected, found):
                score.wrong.append(
                    (draft_path.name, str(item["exact"]), expected, found, str(item.get("why", "")))
                )
    return score
