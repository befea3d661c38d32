"""Stage 3c: quotes with mismatched marks, multi-paragraph quotes, partials and speakers."""

from __future__ import annotations

import pytest

from natoiraq.clean import clean_article
from natoiraq.extractor import extract_claims
from natoiraq.extractor.linking import Linker
from natoiraq.extractor.quotes import extract_quotes
from natoiraq.io.seeds import load_seed
from natoiraq.models import QuoteClaim, Registry
from natoiraq.validator import load_registry
from tests.conftest import DATA, REPO

REGISTRY = load_registry(DATA / "extract" / "registry.yaml")


def quotes(text: str, registry: Registry = REGISTRY) -> list[tuple[str, str, bool]]:
    cleaned = clean_article(text)
    hits = extract_quotes(text, list(cleaned.body), cleaned.paragraph_starts, Linker(registry))
    return [(h.text, h.speaker, h.partial) for h in hits]


def test_straight_and_curly_marks_and_said_x() -> None:
    text = (
        "Jens Stoltenberg spoke in Brussels on Monday after a long meeting of the allies there.\n"
        '"We suspend training," said Stoltenberg. “We are ready,” he added.\n'
    )
    assert quotes(text) == [
        ("We suspend training,", "jens-stoltenberg", False),
        ("We are ready,", "jens-stoltenberg", False),
    ]


def test_closing_mark_used_to_open_and_mismatched_pair() -> None:
    text = (
        "The alliance suspended training, Stoltenberg said in Brussels on Monday afternoon.\n"
        "”In everything that we do, safety is paramount,” Stoltenberg told the media.\n"
        'Iran welcomed a call by Qasem Soleimani on the alliance to” do more in the region".\n'
    )
    found = quotes(text)
    assert ("In everything that we do, safety is paramount,", "jens-stoltenberg", False) in found
    assert ("do more in the region", "qasem-soleimani", True) in found


def test_quote_over_two_paragraphs() -> None:
    text = (
        "Stoltenberg spoke to reporters after the meeting of the allies in Brussels on Monday.\n\n"
        "“The first part of the statement runs to the end of this paragraph.\n\n"
        "“The second part closes here,” he said.\n"
    )
    found = quotes(text)
    assert [q[0] for q in found] == [
        "The first part of the statement runs to the end of this paragraph.",
        "The second part closes here,",
    ]
    assert {q[1] for q in found} == {"jens-stoltenberg"}


def test_partial_quote_inside_indirect_speech() -> None:
    text = (
        "Stoltenberg vowed that “everything we do will be in close consultation” with Iraq, "
        "according to remarks published by the alliance on its website this week.\n"
    )
    assert quotes(text) == [
        ("everything we do will be in close consultation", "jens-stoltenberg", True)
    ]


def test_unknown_speaker_is_proposed_not_dropped() -> None:
    text = (
        "The meeting ended late on Monday evening in Brussels after several hours of talks.\n"
        "“We will decide next month,” Maria Lopez, a senior diplomat, said.\n"
    )
    registry = Registry()
    result = extract_claims(text, registry)
    [quote] = [c for c in result.claims if isinstance(c, QuoteClaim)]
    assert quote.value.speaker == "maria-lopez"
    assert [e.id for e in result.proposed] == ["maria-lopez"]


@pytest.mark.parametrize(
    ("prefix", "words", "speaker"),
    [
        (
            "001",
            "NATO is prepared to continue our training and capacity building",
            "jens-stoltenberg",
        ),
        ("000", "The best weapon we have", "jens-stoltenberg"),
        ("002", "good and constructive dialogue", "jens-stoltenberg"),
        ("003", "It is extremely important for us that ISIS never returns", "jens-stoltenberg"),
        ("004", "Our aim is to increase the capacity", "jens-stoltenberg"),
    ],
)
def test_seed_quotes(prefix: str, words: str, speaker: str) -> None:
    text = load_seed(next((REPO / "seeds").glob(f"{prefix}_*.txt"))).text
    found = [q for q in quotes(text) if q[0].startswith(words)]
    assert [q[1] for q in found] == [speaker]


def test_no_quotes_from_boilerplate() -> None:
    text = load_seed(next((REPO / "seeds").glob("000_*.txt"))).text
    assert not any(q[0] == "containment" for q in quotes(text))
