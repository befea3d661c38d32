"""natoiraq: a news corpus on NATO's Iraq mission (2020) and a fact-reconciliation toolkit.

The library is the product; the `natoiraq` command is a thin wrapper around these five calls::

    import natoiraq

    corpus = natoiraq.load_corpus("corpus")            # validated; CorpusError if it is not
    report = natoiraq.reconcile(corpus)                # findings across the articles
    for finding in report.findings:
        print(finding.verdict, finding.id, finding.explanation)
    checked = natoiraq.check(open("draft.md").read(), corpus)   # a draft, claim by claim
    drafts = natoiraq.extract(text, corpus.registry)     # draft claims of any text
    problems = natoiraq.validate(["corpus"])           # findings with file, line and column

Everything else is reachable through the subpackages (see docs/verdicts.md for the rules);
these names are the stable surface. Imports happen inside the calls, so `import natoiraq`
stays cheap for the command line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from natoiraq.errors import NatoiraqError

if TYPE_CHECKING:
    from natoiraq.checker import CheckReport
    from natoiraq.corpus import Corpus
    from natoiraq.errors import Finding
    from natoiraq.extractor import Extraction
    from natoiraq.models import Registry
    from natoiraq.reconciler import Report

__version__ = "0.1.0"
__all__ = [
    "CorpusError",
    "__version__",
    "check",
    "extract",
    "load_corpus",
    "reconcile",
    "validate",
]


class CorpusError(NatoiraqError):
    """The corpus could not be loaded: its validation errors, one `file:line:col:` line each."""

    def __init__(self, message: str, findings: tuple[Finding, ...] = ()) -> None:
        super().__init__(message)
        self.findings = findings


def load_corpus(path: str | Path = "corpus", *, root: str | Path | None = None) -> Corpus:
    """Read and validate a corpus folder (registry.yaml, reference.yaml, articles/).

    Seed paths resolve against `root` (default: the folder holding the corpus folder). Raises
    CorpusError, listing every error, when the corpus is not valid.
    """
    from natoiraq.validator import load_corpus as _load

    corpus_dir = Path(path)
    loaded = _load(corpus_dir, Path(root) if root is not None else None)
    if loaded.corpus is None or loaded.errors:
        lines = "\n".join(f.format() for f in loaded.errors)
        raise CorpusError(
            f"{corpus_dir} is not a valid corpus (no readable registry or reference, or "
            f"validation errors):\n{lines}",
            tuple(loaded.errors),
        )
    return loaded.corpus


def validate(paths: Iterable[str | Path], *, root: str | Path | None = None) -> list[Finding]:
    """Every finding (errors and warnings) for corpus folders or single corpus files."""
    from natoiraq.validator import validate_paths

    result = validate_paths([Path(p) for p in paths], Path(root) if root is not None else None)
    return list(result.findings)


def extract(text: str, registry: Registry, published: dt.date | None = None) -> Extraction:
    """Draft claims of `text` (dates, counts, quotes, decisions), anchored to its characters.

    Relative dates resolve against `published`, else against a date the text states, else stay
    unresolved.
    """
    from natoiraq.clean import clean_article
    from natoiraq.extractor import extract_claims

    cleaned = clean_article(text)
    if published is None and cleaned.published is not None:
        published = cleaned.published.date
    return extract_claims(text, registry, published, cleaned=cleaned)


def reconcile(corpus: Corpus, *, include_drafts: bool = False) -> Report:
    """Compare the corpus's claims across articles: a Report whose `.findings` come in reading
    order (conflicts first). Only reviewed claims count unless `include_drafts`."""
    from natoiraq.reconciler import reconcile as _reconcile

    return _reconcile(corpus, include_drafts=include_drafts)


def check(
    text: str,
    corpus: Corpus,
    published: dt.date | None = None,
    *,
    story: str = "draft",
    include_drafts: bool = False,
) -> CheckReport:
    """Judge a draft's claims against the corpus: a CheckReport whose `.claims` each carry a
    verdict (supported, contested, contradicted, unsupported), reasons and sources."""
    from natoiraq.checker import check_story

    return check_story(
        text, corpus, story=story, published=published, include_drafts=include_drafts
    )
