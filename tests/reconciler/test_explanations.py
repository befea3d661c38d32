"""Explanations an editor reads name things by the registry's names, never by ids (issue 11); ids
stay in the fields tools read; claims the reference excludes are called likely errors."""

from __future__ import annotations

import re

import pytest

from natoiraq.reconciler import ReconFinding, Report, reconcile
from tests.reconciler.test_reconcile import (
    MEMBERS,
    REGISTRY,
    STRIKE,
    TRANSLATED,
    VERBATIM,
    article,
    corpus,
    count,
    date,
    decision,
    only,
    quote,
)

#: Every registry id of the test registry, with its name (all differ from the ids).
NAMES = {
    item.id: item.name
    for section in (REGISTRY.entities, REGISTRY.events, REGISTRY.quantities, REGISTRY.topics)
    for item in section
}


def every_kind() -> Report:
    """A finding of every kind, with a conflict, variants, single sources and an agreement."""
    return reconcile(corpus(
        article("a", "On Jan. 2, 500 troops. NATO suspended training. Qassem Soleimani.",
                date("d", "soleimani-strike", "Jan. 2", "2020-01-02"),
                count("c", "nmi-personnel", "500 troops", 500, 500),
                decision("s", "suspended training"), timezone="Asia/Baghdad"),
        article("b", f"On Jan. 3, 5,200 troops. NATO suspended training. Qasem Soleimani. "
                     f"“{VERBATIM}”", date("d", "soleimani-strike", "Jan. 3", "2020-01-03"),
                count("c", "nmi-personnel", "5,200 troops", 5200, 5200),
                decision("s", "suspended training"), quote("q", VERBATIM)),
        article("c", f"“{TRANSLATED}” The 30-member alliance.", quote("q", TRANSLATED,
                                                                      verbatim=False),
                count("m", "nato-member-count", "30-member", 30, 30, unit="members"),
                translated_from="es"),
        facts=(STRIKE, MEMBERS),
    ))  # fmt: skip


REPORT = every_kind()


def registry_ids(finding: ReconFinding) -> set[str]:
    """The registry ids a finding is about: its topics, and a decision's actor and object."""
    ids = {finding.topic, *finding.topics}
    if finding.kind == "decision":
        ids |= set(finding.id.split(":")[1::2])
    if finding.kind == "quote":
        ids.add(finding.id.split(":")[1])
    return ids & set(NAMES)


@pytest.mark.parametrize("finding", REPORT.findings, ids=[f.id for f in REPORT.findings])
def test_explanations_name_registry_items_not_ids(finding: ReconFinding) -> None:
    about = registry_ids(finding)
    assert about, finding.id
    for item in about:
        assert not re.search(rf"(?<![\w-]){re.escape(item)}(?![\w-])", finding.explanation), item
    speaker_or_topic = {"quote": "jens-stoltenberg", "decision": "nato"}.get(finding.kind)
    assert NAMES[speaker_or_topic or finding.topic] in finding.explanation
    assert finding.subject.startswith(NAMES[speaker_or_topic or finding.topic])


def test_the_ids_stay_in_the_fields_tools_read() -> None:
    assert [(f.id, f.topic) for f in REPORT.findings if f.kind in ("date", "count")] == [
        ("date:soleimani-strike", "soleimani-strike"),
        ("count:nmi-personnel", "nmi-personnel"),
        ("count:nato-member-count", "nato-member-count"),
    ]
    as_json = only(REPORT, "date:soleimani-strike").as_dict()
    assert (as_json["topic"], as_json["subject"]) == ("soleimani-strike", "The strike")


@pytest.mark.parametrize(
    ("fid", "explanation"),
    [
        pytest.param(
            "date:soleimani-strike",
            "The sources give different dates for The strike (a: 2 January 2020; b: 3 January "
            '2020). Likely an error: "Jan. 2" (a) does not fit the reference (does not match the '
            "reference instant (3 January 2020 in Asia/Baghdad) [strike-instant]).",
            id="date-conflict",
        ),
        pytest.param(
            "count:nmi-personnel",
            "The sources give counts of NMI personnel that cannot all be true: a (Outlet a) says "
            '500 troops ("500 troops") and b (Outlet b) says 5200 troops ("5,200 troops").',
            id="count-conflict",
        ),
        pytest.param(
            "count:nato-member-count",
            "Only c (Outlet c) gives NATO members: 30 members. Likely an error: \"30-member\" (c) "
            "does not fit the reference (the reference gives 29 members on 2020-01-06 "
            "[members-29]).",
            id="count-likely-error",
        ),
        pytest.param(
            "decision:nato:suspend:nmi",
            'The sources agree on NATO\'s "suspend" decision on NATO Mission Iraq: suspend (done) '
            "in a and b.",
            id="decision-agree",
        ),
        pytest.param(
            "name:qasem-soleimani",
            'Qasem Soleimani is spelled 2 ways: "Qasem Soleimani" in b; "Qassem Soleimani" in a.',
            id="name",
        ),
    ],
)
def test_whole_explanations(fid: str, explanation: str) -> None:
    assert only(REPORT, fid).explanation == explanation


def test_a_quote_names_its_speaker() -> None:
    finding = next(f for f in REPORT.findings if f.kind == "quote")
    assert finding.explanation.startswith(
        'Jens Stoltenberg is quoted in 2 different forms of "In everything that we do, the safety '
    )
    assert finding.subject == 'Jens Stoltenberg: "In everything that we do, the safety of our ' \
        'personnel is ..."'  # fmt: skip


def test_sources_that_agree_against_the_reference_are_likely_errors() -> None:
    report = reconcile(corpus(
        article("a", "the 28-member alliance", count("m", "nato-member-count", "28-member",
                                                     28, 28, unit="members")),
        article("b", "its 28 members", count("m", "nato-member-count", "28", 28, 28,
                                             unit="members")),
        facts=(MEMBERS,),
    ))  # fmt: skip
    assert only(report, "count:nato-member-count").explanation.endswith(
        'Likely errors: "28-member" (a) and "28" (b) do not fit the reference (the reference '
        "gives 29 members on 2020-01-06 [members-29])."
    )


def test_a_single_date_the_reference_excludes_is_a_likely_error() -> None:
    fact = {"id": "nac", "topic": "soleimani-strike", "kind": "date",
            "date": {"earliest": "2020-01-03", "latest": "2020-01-03", "granularity": "day",
                     "basis": "explicit"}, "source": "https://example.org/strike"}  # fmt: skip
    report = reconcile(corpus(article("a", "On Tuesday.", date("d", "soleimani-strike",
                                                               "Tuesday", "2020-01-07")),
                              facts=(fact,)))  # fmt: skip
    assert only(report, "date:soleimani-strike").explanation == (
        'Only a (Outlet a) dates The strike: 7 January 2020. Likely an error: "Tuesday" (a) does '
        "not fit the reference (no reference date matches: 3 January 2020 [nac])."
    )


def test_claims_carry_their_line_column_and_reference_status() -> None:
    finding = only(REPORT, "count:nato-member-count")
    (claim,) = finding.claims
    assert (claim.line, claim.column, claim.reference) == (1, len(f"“{TRANSLATED}” The ") + 1,
                                                          "inconsistent")  # fmt: skip
    report = reconcile(corpus(
        article("a", "Headline\r\n\r\nIn Baghdad.\nOn Jan. 3 it happened.",
                date("d", "soleimani-strike", "Jan. 3", "2020-01-03")),
        facts=(STRIKE,),
    ))  # fmt: skip
    (strike,) = only(report, "date:soleimani-strike").claims
    assert (strike.line, strike.column, strike.reference) == (4, 4, "consistent")
    assert strike.as_dict() | {"line": 4, "column": 4, "reference": "consistent"} == (
        strike.as_dict()
    )
    names = only(REPORT, "name:qasem-soleimani").claims
    assert [(c.line, c.reference) for c in names] == [(1, "none"), (1, "none")]
