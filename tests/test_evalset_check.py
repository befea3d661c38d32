"""Every check benchmark (evalsets/check, evalsets/check-holdout, ...) is well formed: each
sidecar names its draft, and each expected claim's text occurs in it, with a known kind and
verdict (evalsets/check/README.md). A claim whose text is not in the draft would count as a miss
without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from natoiraq.evaluation import EXPECTED_OUTCOMES, _span_of
from natoiraq.io.yamlread import load_yaml

ROOT = Path(__file__).resolve().parents[1]
SIDECARS = sorted((ROOT / "evalsets").glob("*/*.expected.yaml"))
KINDS = {"date", "count", "quote", "decision"}
QUOTE_STATUSES = {"verbatim", "altered", "translated", "not-found"}
FLAGS = {"wording", "name", "negation", "number", "speaker"}


def test_there_are_check_benchmarks() -> None:
    assert {p.parent.name for p in SIDECARS} >= {"check"}


@pytest.mark.parametrize("sidecar", SIDECARS, ids=[f"{p.parent.name}/{p.stem}" for p in SIDECARS])
def test_sidecar_is_well_formed(sidecar: Path) -> None:
    data = load_yaml(sidecar).data
    assert isinstance(data, dict) and isinstance(data.get("claims"), list) and data["claims"]
    draft = sidecar.parent / str(data["draft"])
    assert draft.is_file(), f"{sidecar.name}: no draft {draft.name}"
    assert data.get("story") in ("nato-iraq", "other")
    text = draft.read_text(encoding="utf-8")
    for n, item in enumerate(data["claims"], 1):
        where = f"{sidecar.name} claim {n} ({item.get('exact')!r})"
        assert item["kind"] in KINDS, where
        assert item["expected"] in EXPECTED_OUTCOMES, where
        assert _span_of(text, str(item["exact"]), int(item.get("occurrence", 1))), where
        if data["story"] == "other":
            assert item["expected"] in ("unsupported", "not-checked"), where
        if item["expected"] == "not-checked":
            assert item.get("reason"), where
        if item["kind"] == "quote" and item["expected"] != "not-checked":
            assert item.get("quote_status") in QUOTE_STATUSES, where
            assert set(item.get("flags", [])) <= FLAGS, where
