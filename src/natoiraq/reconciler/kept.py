"""Findings as the cache keeps them: each one's JSON line, with what sorting and filtering need.

A reconcile of a block at a time (reconciler/incremental.py) keeps every block's findings as
the lines the JSON report writes, so that a report of an unchanged block is copied, not made
again (issue 15). The other formats read the lines back into findings (`finding_from_dict`):
the round trip gives equal objects, so every format says the same as a reconcile from scratch.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from natoiraq.compare.quotes import DiffOp
from natoiraq.reconciler.findings import (
    FINDING_KINDS,
    REPORT_VERSION,
    VERDICTS,
    ArticleSummary,
    ClaimRef,
    FindingKind,
    Ordered,
    ReconFinding,
    Report,
    Verdict,
)
from natoiraq.reconciler.origins import OriginGroup

VERDICT_RANK = {v: i for i, v in enumerate(VERDICTS)}
KIND_RANK = {k: i for i, k in enumerate(FINDING_KINDS)}


def reading_order(finding: Ordered) -> tuple[int, int, str, str]:
    """Where a finding stands in a report: conflicts first, then by kind, topic and id."""
    return VERDICT_RANK[finding.verdict], KIND_RANK[finding.kind], finding.topic, finding.id


#: The encoder json.dumps(value, ensure_ascii=False, separators=(", ", ": ")) would build, built
#: once: dumps makes a new one per call, and a report encodes each of its claims apart.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
#: A finding's claims are encoded and handed on this many at a time (see finding_json).
CLAIMS_PER_CHUNK = 1000
#: A finding's JSON with no claims holds this once, as a key (in a JSON string every quote mark
#: is escaped, so no value can hold it).
_NO_CLAIMS = '"claims": []'


def compact(value: object) -> str:
    """JSON on one line, as the report writes each article and finding."""
    # No indent: json's C encoder only runs without one (10x faster at 10 000 articles).
    return _ENCODER.encode(value)


def finding_json(finding: ReconFinding, lead: str = "") -> Iterator[str]:
    """The finding's JSON, the text compact(finding.as_dict()) gives, in pieces after `lead`:
    its fields around the claims, then its claims CLAIMS_PER_CHUNK at a time.

    Why: one finding of 10 000 articles holds up to 100 000 claims; encoded whole, the dicts
    of every claim lived at once beside the finished line (50 MB of reconcile's peak), long
    enough for the garbage collector to walk them over and over (issue 15).
    """
    frame = compact(replace(finding, claims=()).as_dict())
    head, key, tail = frame.partition(_NO_CLAIMS)
    if not key:
        raise ValueError(f"no claims key in the JSON of {finding.id}")
    claims = finding.claims
    yield lead + head + '"claims": ['
    for lo in range(0, len(claims), CLAIMS_PER_CHUNK):
        # A list's JSON without its brackets: its items joined by the item separator, each as
        # compact gives it, at one encoder call a chunk, not one a claim (a call costs as much
        # as encoding a claim: 2 of the 10 s reconcile took to compare a story's blocks).
        part = compact([c.as_dict() for c in claims[lo : lo + CLAIMS_PER_CHUNK]])[1:-1]
        yield (", " if lo else "") + part
    yield "]" + tail


def _ops(items: Iterable[Mapping[str, Any]]) -> tuple[DiffOp, ...]:
    return tuple(DiffOp(op=o["op"], a=o["a"], b=o["b"]) for o in items)


def claim_from_dict(data: Mapping[str, Any]) -> ClaimRef:
    """The ClaimRef whose as_dict() is `data`."""
    return ClaimRef(
        article=data["article"],
        seed=data["seed"],
        claim=data["claim"],
        exact=data["exact"],
        start=data["start"],
        end=data["end"],
        value=data["value"],
        before=data["context"]["before"],
        after=data["context"]["after"],
        note=data["note"],
        compatible_with=tuple(data["compatible_with"]),
        diff=_ops(data["diff"]),
        status=data["status"],
        line=data["line"],
        column=data["column"],
        reference=data["reference"],
        origin=data["origin"],
    )


def finding_from_dict(data: Mapping[str, Any]) -> ReconFinding:
    """The ReconFinding whose as_dict() is `data`."""
    return ReconFinding(
        id=data["id"],
        kind=data["kind"],
        topic=data["topic"],
        verdict=data["verdict"],
        reasons=tuple(data["reasons"]),
        explanation=data["explanation"],
        claims=tuple(claim_from_dict(c) for c in data["claims"]),
        topics=tuple(data["topics"]),
        base=data["base"],
        diff=_ops(data["diff"]),
        references=tuple(data["references"]),
        subject=data["subject"],
        origins=data["origins"],
    )


@dataclass(frozen=True)
class KeptFinding:
    """A finding as kept: what orders and filters it, and its line of the JSON report (UTF-8:
    an evidence's context holds "…", and a str with one character past Latin-1 takes two bytes
    a character; a corpus's lines are as large as its report)."""

    id: str
    kind: FindingKind
    topic: str
    verdict: Verdict
    topics: tuple[str, ...]
    line: bytes
    #: Its reasons: with the verdict, what section a report shows it in.
    reasons: tuple[str, ...] = ()

    @classmethod
    def of(cls, finding: ReconFinding) -> KeptFinding:
        return cls(finding.id, finding.kind, finding.topic, finding.verdict, finding.topics,
                   "".join(finding_json(finding)).encode(), finding.reasons)  # fmt: skip

    def finding(self) -> ReconFinding:
        return finding_from_dict(json.loads(self.line))


def dump_block(findings: Sequence[KeptFinding]) -> bytes:
    """A block's findings as the cache keeps them: per finding, a line of what orders it,
    then its JSON line (neither holds a raw newline: json escapes them)."""
    return b"".join(
        json.dumps([f.id, f.kind, f.topic, f.verdict, list(f.topics), list(f.reasons)]).encode()
        + b"\n" + f.line + b"\n"
        for f in findings
    )


def load_block(data: bytes) -> list[KeptFinding]:
    """The findings dump_block kept (ValueError where the data is not such a dump)."""
    if not isinstance(data, bytes):
        raise ValueError("not a block of kept findings")
    lines = data.split(b"\n")
    if lines[-1] != b"" or len(lines) % 2 != 1:
        raise ValueError("not a block of kept findings")
    out = []
    for head, line in zip(lines[0:-1:2], lines[1:-1:2], strict=True):
        fid, kind, topic, verdict, topics, reasons = json.loads(head)
        if kind not in KIND_RANK or verdict not in VERDICT_RANK:
            raise ValueError("not a block of kept findings")
        out.append(KeptFinding(fid, cast(FindingKind, kind), topic, cast(Verdict, verdict),
                               tuple(topics), line, tuple(reasons)))  # fmt: skip
    return out


@dataclass(frozen=True)
class KeptReport:
    """A report whose findings are kept lines (Report's fields; `report()` reads them back)."""

    articles: tuple[ArticleSummary, ...]
    findings: tuple[KeptFinding, ...]
    include_drafts: bool = False
    origins: tuple[OriginGroup, ...] = ()
    version: int = REPORT_VERSION

    def report(self) -> Report:
        """The report with every finding read back (for the formats that render objects)."""
        return Report(
            articles=self.articles,
            findings=tuple(f.finding() for f in self.findings),
            version=self.version,
            include_drafts=self.include_drafts,
            origins=self.origins,
        )

    def shared_origins(self) -> tuple[OriginGroup, ...]:
        """The origin groups of more than one article, as Report.shared_origins."""
        return Report(self.articles, (), origins=self.origins).shared_origins()

    @property
    def counts(self) -> dict[str, int]:
        """Findings per verdict, as Report.counts."""
        return Report(self.articles, ()).counts | Counter(f.verdict for f in self.findings)
