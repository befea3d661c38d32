"""Render the extractor's evaluation: a text table with every miss and false claim, or JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from natoiraq.evaluation import (
    EVAL_VERSION,
    EXPECTED_OUTCOMES,
    MISSING,
    CheckScore,
    Evaluation,
    Item,
)
from natoiraq.text import visible

FORMATS = ("text", "json")


def evaluation_dict(result: Evaluation) -> dict[str, Any]:
    """The JSON shape (schema/eval-report.schema.json, docs/reports.md): {"version", "kinds":
    {kind: {precision, recall, f1, topic, tp, fp, fn, spotted, near_fields}}, misses, false,
    topics}."""

    def item(i: Item) -> dict[str, Any]:
        data: dict[str, Any] = {
            "article": i.article, "kind": i.kind, "claim": i.claim, "exact": i.exact,
            "start": i.start, "end": i.end, "value": i.value,
        }  # fmt: skip
        if i.nearest is not None:
            data["nearest"] = i.nearest
        if i.found_topic is not None:
            data["found_topic"] = i.found_topic
        return data

    return {
        "version": EVAL_VERSION,
        "kinds": {kind: score.as_dict() for kind, score in result.kinds.items()},
        "misses": [item(i) for i in result.misses],
        "false": [item(i) for i in result.false],
        "topics": [item(i) for i in result.topics],
    }


def evaluation_json(result: Evaluation) -> str:
    return json.dumps(evaluation_dict(result), indent=2, ensure_ascii=False) + "\n"


def evaluation_text(result: Evaluation) -> str:
    """A table of scores, then every miss and every false claim with its text."""
    head = f"{'kind':<10}{'precision':>10}{'recall':>8}{'f1':>8}{'topic':>8}"
    lines = [head + f"{'tp':>5}{'fp':>5}{'fn':>5}"]
    for kind, s in result.kinds.items():
        lines.append(
            f"{kind:<10}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.topic_accuracy:>8.3f}"
            f"{s.tp:>5}{s.fp:>5}{s.fn:>5}"
        )
    lines.append("(topic: the share of matched claims filed under the gold claim's topic)")
    lines.append("")
    lines.append("Spotted (gold claims with an extracted claim over their span, any value), and")
    lines.append("which value fields the near misses got wrong:")
    for kind, s in result.kinds.items():
        wrong = ", ".join(f"{name} {n}" for name, n in sorted(s.fields.items(), key=_by_count))
        lines.append(f"  {kind:<10}{s.spotted:>6.3f}  {s.near:>3} near misses" +
                     (f": {wrong}" if wrong else ""))
    topics = [replace(i, value=f"{i.value}, extractor: {i.found_topic}") for i in result.topics]
    for title, items in (("Missed", result.misses), ("False", result.false),
                         ("Wrong topic", topics)):  # fmt: skip
        lines.append("")
        lines.append(f"{title} ({len(items)}):")
        for i in items:
            near = f"  [extractor: {i.nearest}]" if i.nearest else ""
            # Article text and registry names: controls shown, one item a line (issue 12, 11).
            lines.append(visible(
                f"  {i.article} {i.kind} {i.claim} {i.start}-{i.end} {i.exact!r}: {i.value}{near}"
            ))
    return "\n".join(lines) + "\n"


def _by_count(entry: tuple[str, int]) -> tuple[int, str]:
    return (-entry[1], entry[0])


def render_evaluation(result: Evaluation, fmt: str) -> str:
    """The scores in `fmt` (text or json)."""
    return evaluation_json(result) if fmt == "json" else evaluation_text(result)


def check_score_dict(score: CheckScore) -> dict[str, Any]:
    """The check benchmark as JSON (schema/eval-check-report.schema.json): accuracy, per
    expected verdict, confusion and every miss."""
    return {
        "version": EVAL_VERSION,
        "claims": score.total,
        "accuracy": round(score.accuracy, 4),
        "supported_when_false": score.supported_when_false,
        "quote_status": {"right": score.quote_status_ok, "of": score.quote_status_total},
        "per_verdict": {v: {"right": r, "of": n} for v, (r, n) in score.per_verdict().items()},
        "confusion": [
            {"expected": e, "found": f, "claims": n}
            for (e, f), n in sorted(score.confusion.items())
        ],
        "wrong": [
            {"draft": d, "exact": x, "expected": e, "found": f, "why": w}
            for d, x, e, f, w in score.wrong
        ],
    }


def check_score_text(score: CheckScore) -> str:
    """Accuracy per expected verdict, the confusion table and every claim the check got wrong."""
    found_cols = [*EXPECTED_OUTCOMES, MISSING]
    lines = [
        f"check benchmark: {score.correct} of {score.total} claims right "
        f"(accuracy {score.accuracy:.3f}); supported when false: {score.supported_when_false}; "
        f"quote status right: {score.quote_status_ok} of {score.quote_status_total}",
        "",
        f"{'expected':<14}{'right':>7}{'of':>5}   " + "".join(f"{c:>14}" for c in found_cols),
    ]
    for expected, (right, of) in score.per_verdict().items():
        row = "".join(f"{score.confusion.get((expected, c), 0):>14}" for c in found_cols)
        lines.append(f"{expected:<14}{right:>7}{of:>5}   {row}")
    lines += ["", f"Wrong ({len(score.wrong)}):"]
    for draft, exact, expected, found, _why in score.wrong:
        lines.append(visible(f"  {draft} {exact[:60]!r}: expected {expected}, check says {found}"))
    return "\n".join(lines) + "\n"


def render_check_score(score: CheckScore, fmt: str) -> str:
    """The check benchmark in `fmt` (text or json)."""
    if fmt == "json":
        return json.dumps(check_score_dict(score), indent=2, ensure_ascii=False) + "\n"
    return check_score_text(score)
