"""The public library API, used the way README shows it: only names from `natoiraq`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import natoiraq

REPO = Path(__file__).resolve().parents[1]


def test_the_readme_example() -> None:
    corpus = natoiraq.load_corpus(REPO / "corpus")
    report = natoiraq.reconcile(corpus)
    strike = next(f for f in report.findings if f.id == "date:soleimani-strike")
    assert strike.verdict == "conflict"
    assert "tz-plausible" in strike.reasons

    text = (
        "NATO suspended its training in Iraq after the U.S. strike on Jan. 5 that killed Soleimani."
    )
    checked = natoiraq.check(text, corpus, published=dt.date(2020, 1, 6))
    verdicts = {c.exact: c.verdict for c in checked.claims}
    assert verdicts["Jan. 5"] == "contradicted"

    drafts = natoiraq.extract(text, corpus.registry, published=dt.date(2020, 1, 6))
    assert [c.kind for c in drafts.claims].count("date") == 1


def test_validate_returns_findings_and_load_corpus_refuses_a_broken_corpus(tmp_path: Path) -> None:
    assert [f for f in natoiraq.validate([REPO / "corpus"]) if f.severity == "error"] == []
    (tmp_path / "corpus").mkdir()
    with pytest.raises(natoiraq.CorpusError, match="registry"):
        natoiraq.load_corpus(tmp_path / "corpus")


def test_the_api_is_what_all_says() -> None:
    assert sorted(natoiraq.__all__) == [
        "CorpusError", "__version__", "check", "extract", "load_corpus", "reconcile", "validate",
    ]  # fmt: skip


def test_the_readme_library_example_runs_as_written(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("```python\n") + len("```python\n")
    code = readme[start : readme.index("```", start)]
    monkeypatch.chdir(REPO)
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    shown = [line.split("# ", 1)[1].strip() for line in code.splitlines() if "print(" in line]
    assert printed == shown
