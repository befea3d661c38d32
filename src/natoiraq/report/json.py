"""Report JSON, version 1: what other tools read (schema/reconcile-report.schema.json,
docs/reports.md; the model is natoiraq.report.schemas.ReconcileReport)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

from natoiraq.reconciler import ReconFinding, Report

#: The encoder json.dumps(value, ensure_ascii=False, separators=(", ", ": ")) would build, built
#: once: dumps makes a new one per call, and a report encodes each of its claims apart.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
#: A finding's claims are encoded and handed on this many at a time (see _finding_json).
CLAIMS_PER_CHUNK = 1000
#: A finding's JSON with no claims holds this once, as a key (in a JSON string every quote mark
#: is escaped, so no value can hold it).
_NO_CLAIMS = '"claims": []'


def _compact(value: object) -> str:
    # No indent: json's C encoder only runs without one (10x faster at 10 000 articles).
    return _ENCODER.encode(value)


def _finding_json(finding: ReconFinding, lead: str = "") -> Iterator[str]:
    """The finding's JSON, the text _compact(finding.as_dict()) gives, in pieces after `lead`:
    its fields around the claims, then its claims CLAIMS_PER_CHUNK at a time.

    Why: one finding of 10 000 articles holds up to 100 000 claims; encoded whole, the dicts
    of every claim lived at once beside the finished line (50 MB of reconcile's peak), long
    enough for the garbage collector to walk them over and over (issue 15).
    """
    frame = _compact(replace(finding, claims=()).as_dict())
    head, key, tail = frame.partition(_NO_CLAIMS)
    assert key, f"no claims key in the JSON of {finding.id}"
    claims = finding.claims
    yield lead + head + '"claims": ['
    for lo in range(0, len(claims), CLAIMS_PER_CHUNK):
        part = ", ".join(_compact(c.as_dict()) for c in claims[lo : lo + CLAIMS_PER_CHUNK])
        yield (", " if lo else "") + part
    yield "]" + tail


def iter_json(report: Report) -> Iterator[str]:
    """The report in pieces: the frame on its own lines, one article or finding per line.

    Why: at 10 000 articles the report is hundreds of MB; built whole (dicts, then one string)
    it needs several times that in memory, and indented it goes through json's pure-Python
    encoder. A line per finding is also what a `git diff` or `grep` of two reports wants.
    """
    yield f'{{"version": {report.version},\n "articles": ['
    for n, article in enumerate(report.articles):
        yield ("\n  " if n == 0 else ",\n  ") + _compact(article.as_dict())
    yield ("\n ]" if report.articles else "]") + ',\n "findings": ['
    for n, finding in enumerate(report.findings):
        yield from _finding_json(finding, "\n  " if n == 0 else ",\n  ")
    yield ("\n ]" if report.findings else "]") + f',\n "counts": {_compact(report.counts)},'
    yield f'\n "include_drafts": {_compact(report.include_drafts)},\n "origins": ['
    for n, group in enumerate(report.origins):
        yield ("\n  " if n == 0 else ",\n  ") + _compact(group.as_dict())
    yield ("\n ]" if report.origins else "]") + "}\n"


def render_json(report: Report) -> str:
    """The whole report JSON as one string (see iter_json)."""
    return "".join(iter_json(report))
