"""The report JSON written a piece at a time (issue 15) is the text one json.dumps per line
gave: same bytes, whatever the chunk size, for findings with no claims or many."""

from __future__ import annotations

import dataclasses
import json

import pytest

from natoiraq.reconciler import Report, kept, reconcile
from natoiraq.report.json import iter_json
from natoiraq.validator import load_corpus
from tests.conftest import REPO


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def whole_lines(report: Report) -> str:
    """The report as it was written before claims were encoded apart: a dumps per line."""
    parts = [f'{{"version": {report.version},\n "articles": [']
    for n, article in enumerate(report.articles):
        parts.append(("\n  " if n == 0 else ",\n  ") + dumps(article.as_dict()))
    parts.append(("\n ]" if report.articles else "]") + ',\n "findings": [')
    for n, finding in enumerate(report.findings):
        parts.append(("\n  " if n == 0 else ",\n  ") + dumps(finding.as_dict()))
    parts.append(("\n ]" if report.findings else "]") + f',\n "counts": {dumps(report.counts)},')
    parts.append(f'\n "include_drafts": {dumps(report.include_drafts)},\n "origins": [')
    for n, group in enumerate(report.origins):
        parts.append(("\n  " if n == 0 else ",\n  ") + dumps(group.as_dict()))
    parts.append(("\n ]" if report.origins else "]") + "}\n")
    return "".join(parts)


@pytest.fixture(scope="module")
def report() -> Report:
    loaded = load_corpus(REPO / "corpus", REPO)
    assert loaded.corpus is not None
    return reconcile(loaded.corpus, include_drafts=True)


@pytest.mark.parametrize("per_chunk", [1, 2, 1000])
def test_the_corpus_report_is_the_same_text(
    report: Report, per_chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kept, "CLAIMS_PER_CHUNK", per_chunk)
    assert max(len(f.claims) for f in report.findings) > 2  # several chunks in one finding
    assert "".join(iter_json(report)) == whole_lines(report)


def test_a_finding_that_quotes_the_claims_key_and_has_no_claims(report: Report) -> None:
    # The claims key is found in the finding's JSON; a value that spells it must not fool that.
    odd = dataclasses.replace(report.findings[0], claims=(),
                              explanation='It says "claims": [] and {"claims": []}.')  # fmt: skip
    tricky = dataclasses.replace(report, findings=(odd, *report.findings[1:3]))
    text = "".join(iter_json(tricky))
    assert text == whole_lines(tricky)
    assert json.loads(text)["findings"][0]["explanation"] == odd.explanation
