"""Stage 3: the claims extract_claims builds without validation are valid models all the same."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import TypeAdapter, ValidationError

from natoiraq.extractor import _claim, _decision_value, _quote_value, _span, extract_claims
from natoiraq.io.seeds import load_seed
from natoiraq.models import Claim, DateClaim, DateValue
from natoiraq.validator import load_registry

ROOT = Path(__file__).resolve().parents[2]
TEXTS = (
    sorted((ROOT / "seeds").glob("*.txt"))
    + sorted((ROOT / "evalsets" / "dev" / "seeds").glob("*.txt"))[:8]
)
CLAIM = TypeAdapter(Claim)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_every_claim_validates_as_it_is(path: Path) -> None:
    registry = load_registry(ROOT / "corpus" / "registry.yaml")
    extraction = extract_claims(load_seed(path).text, registry, dt.date(2020, 1, 6))
    assert extraction.claims
    for claim in extraction.claims:
        again = CLAIM.validate_python(claim.model_dump())
        assert again == claim
        assert again.model_dump_json() == claim.model_dump_json()


def test_an_empty_span_still_fails_validation() -> None:
    with pytest.raises(ValidationError, match="string_too_short"):
        _span("some text", 4, 4)


@pytest.mark.parametrize("topic", ["Not A Slug", "x" * 81, "ok-topic\n"])
def test_a_bad_topic_still_fails_validation(topic: str) -> None:
    value = DateValue(granularity="year", basis="unresolved")
    with pytest.raises(ValidationError):
        _claim(
            DateClaim, id="date-1", kind="date", topic=topic, status="draft",
            evidence=_span("in 2020", 3, 7), value=value, doubt=None,
        )  # fmt: skip


def test_bad_values_still_fail_validation() -> None:
    with pytest.raises(ValidationError):
        _quote_value(speaker="Ana Ortiz", text="we stay", verbatim=True, partial=False)
    with pytest.raises(ValidationError):
        _quote_value(speaker="ana-ortiz", text="", verbatim=True, partial=False)
    with pytest.raises(ValidationError):
        _decision_value("nato", "dance", "mission", "done", False)  # type: ignore[arg-type]
