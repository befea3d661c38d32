"""Render the extractor's evaluation: a text table with every miss and false claim, or JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from natoiraq.evaluation import Evaluation, Item

FORMATS = ("text", "json")


def evaluation_dict(result: Evaluation) -> dict[str, Any]:
    """The JSON shape: {"kinds": {kind: {precision, recall, f1, tp, fp, fn}}, misses, false}."""

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
        "version": 1,
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
    topics = [replace(i, value=f"{i.value}, extractor: {i.found_topic}") for i in result.topics]
    for title, items in (("Missed", result.misses), ("False", result.false),
                         ("Wrong topic", topics)):  # fmt: skip
        lines.append("")
        lines.append(f"{title} ({len(items)}):")
        for i in items:
            near = f"  [extractor: {i.nearest}]" if i.nearest else ""
            lines.append(
                f"  {i.article} {i.kind} {i.claim} {i.start}-{i.end} {i.exact!r}: {i.value}{near}"
            )
    return "\n".join(lines) + "\n"


def render_evaluation(result: Evaluation, fmt: str) -> str:
    """The scores in `fmt` (text or json)."""
    return evaluation_json(result) if fmt == "json" else evaluation_text(result)
