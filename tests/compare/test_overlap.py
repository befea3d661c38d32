"""Measured text overlap (compare/overlap.py): reprints share prose, independent reports share
only quotes and facts; candidates come from fingerprints, never all pairs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from natoiraq.compare import overlap as ov

WIRE = (
    "HALDEN BAY, March 4 (Northline) - Dock workers at the port of Halden Bay walked off the job "
    "on Tuesday after talks with the terminal operator over new cranes broke down late on "
    "Monday, leaving at least 14 container ships waiting at anchor outside the harbour. "
    "The union said the operator had refused to put in writing a promise that no jobs would "
    "be lost when the automated cranes arrive next year. \"We will stay out until we have it "
    "on paper,\" union secretary Mara Lind told reporters at the gate. The operator said it "
    "regretted the walkout and that its offer of retraining for every crane driver remained "
    "on the table. Shipping lines began diverting cargo to ports further up the coast, and "
    "freight forwarders warned that supermarket shelves could feel the delay within a week "
    "if the stoppage dragged on into the weekend."
)
#: The same story reprinted with a new first sentence, the dateline dropped, a word changed.
REPRINT = (
    "Strike action has hit Halden Bay. Dock workers at the port of Halden Bay walked off the "
    "job on Tuesday after talks with the terminal operator over new cranes broke down late on "
    "Monday, leaving at least 14 container ships waiting at anchor outside the harbour. "
    "The union said the operator had refused to put in writing a promise that no jobs would "
    "be lost when the automated cranes arrive next year. \"We will stay out until we have it "
    "on paper,\" union secretary Mara Lind told reporters at the gate. The company said it "
    "regretted the walkout and that its offer of retraining for every crane driver remained "
    "on the table."
)
#: Own reporting of the same event: the same quote and numbers, its own prose.
INDEPENDENT = (
    "Fourteen container ships sat idle off Halden Bay on Tuesday as the port's dockers began "
    "an open-ended stoppage. At the heart of the dispute are the automated cranes due next "
    "year, which the workforce fears will cost jobs. \"We will stay out until we have it on "
    "paper,\" union secretary Mara Lind told reporters at the gate. Management, for its part, "
    "points to its pledge to retrain all crane drivers, and local hauliers say they have "
    "already begun sending lorries north to other terminals while the talks remain frozen."
)


def test_a_reprint_is_one_origin() -> None:
    wire, reprint = ov.text_print(WIRE), ov.text_print(REPRINT)
    found = ov.overlap(wire, reprint)
    assert found.containment > 0.8
    assert ov.same_origin(found, wire, reprint)
    assert found.passage_words >= 40
    assert found.passage_a is not None
    start, end = found.passage_a
    assert WIRE[start:end].startswith("Dock workers at the port")


def test_independent_reports_sharing_a_quote_are_not() -> None:
    wire, own = ov.text_print(WIRE), ov.text_print(INDEPENDENT)
    found = ov.overlap(wire, own)
    assert not ov.same_origin(found, wire, own)
    assert found.containment < 0.1


def test_quotations_are_left_out_of_the_shingles() -> None:
    quote = '"We will stay out until we have it on paper, and we mean every word of it"'
    assert ov.text_print(f"Lind said {quote} at the gate.").shingles == frozenset()
    assert ov.text_print(f"Lind said {quote.strip(chr(34))} at the gate.").shingles


def test_skipped_spans_are_left_out() -> None:
    text = "Sign up for our newsletter to get the news first. " + WIRE
    skip = [(0, len("Sign up for our newsletter to get the news first."))]
    assert ov.text_print(text, skip).shingles == ov.text_print(WIRE).shingles


def test_localised_spelling_keeps_the_shingles() -> None:
    us = "the organization said the color of the harbor center was changed by the neighbors"
    uk = "the organisation said the colour of the harbour centre was changed by the neighbours"
    assert ov.text_print(us).shingles == ov.text_print(uk).shingles


def test_short_texts_are_never_grouped() -> None:
    brief = ov.text_print("Dock workers at the port of Halden Bay walked off the job on Tuesday.")
    wire = ov.text_print(WIRE)
    assert not ov.same_origin(ov.overlap(brief, wire), brief, wire)


def test_candidates_come_from_shared_fingerprints() -> None:
    """The reprint is a candidate; a text with no 8-word run in common with any is none."""
    other = ov.text_print(
        "A ferry ran aground off the northern cape on Sunday and its forty passengers were "
        "brought ashore by lifeboat crews from two villages, the coastguard said on Monday."
    )
    prints = [ov.text_print(t) for t in (WIRE, INDEPENDENT, REPRINT)] + [other]
    pairs = ov.candidate_pairs([p.fingerprints for p in prints])
    assert (0, 2) in pairs
    assert not any(3 in pair for pair in pairs)


@pytest.mark.parametrize("copies", [ov.MAX_POSTING, ov.MAX_POSTING + 1, 4 * ov.MAX_POSTING])
def test_a_widely_reprinted_story_is_one_group_in_linear_pairs(copies: int) -> None:
    """A story reprinted by more outlets than MAX_POSTING is compared along a chain, not all
    pairs, and still forms one group; an independent report stays apart."""
    prints = [ov.text_print(WIRE) for _ in range(copies)] + [ov.text_print(INDEPENDENT)]
    pairs = ov.candidate_pairs([p.fingerprints for p in prints])
    if copies > ov.MAX_POSTING:
        assert len(pairs) <= copies  # a chain, not all pairs
    edges = [(a, b) for a, b in pairs if ov.same_origin(ov.overlap(prints[a], prints[b]),
                                                        prints[a], prints[b])]  # fmt: skip
    assert ov.groups(len(prints), edges) == [list(range(copies)), [copies]]


@pytest.mark.parametrize(
    ("edges", "expected"),
    [
        ([], [[0], [1], [2], [3]]),
        ([(0, 2), (2, 3)], [[0, 2, 3], [1]]),
        ([(3, 1)], [[0], [1, 3], [2]]),
    ],
)
def test_groups_are_connected_components(
    edges: list[tuple[int, int]], expected: list[list[int]]
) -> None:
    assert ov.groups(4, edges) == expected


def test_fingerprints_do_not_depend_on_the_process() -> None:
    """A keyed hash (Python's hash of a str) would change with PYTHONHASHSEED, and so would the
    fingerprints winnowing picks, and the groups."""
    code = (
        "from natoiraq.compare.overlap import text_print; import sys; "
        "p = text_print(sys.stdin.read()); print(sorted(p.fingerprints))"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code], input=WIRE, capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(seen) == 1


def test_a_shared_passage_never_runs_across_a_quotation() -> None:
    """Two shared stretches either side of a quotation are two passages, not one."""
    before = "the harbour board met on a wet Tuesday morning to discuss the cranes"
    after = "and then the members voted by nine to four to delay the new contract"
    text = f'{before} "we will not accept this, not now and not ever" {after}'
    other = f"{before} and {after}"
    found = ov.overlap(ov.text_print(text), ov.text_print(other))
    assert found.passage_a is not None
    assert '"' not in text[found.passage_a[0] : found.passage_a[1]]


def test_fingerprints_alone_are_those_of_the_whole_print() -> None:
    """`fingerprints` (what candidate pairs are proposed from) skips the rest of the print and
    gives the same set, with furniture and quotations cut as text_print cuts them."""
    from pathlib import Path

    texts = [WIRE, REPRINT, INDEPENDENT, "", "one two", '"a quoted run of words" and more']
    folder = Path(__file__).resolve().parents[2] / "evalsets" / "origins" / "dev"
    texts += [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
    cache: dict[str, int] = {}
    for text in texts:
        for skip in ((), ((0, len(text) // 3),), ((5, 40), (len(text) // 2, len(text) // 2 + 80))):
            whole = ov.text_print(text, skip, {})
            assert ov.fingerprints(text, skip, cache) == whole.fingerprints
            assert whole.fingerprints <= whole.shingles


def _longest_run_one_by_one(
    found: ov.TextPrint, common: frozenset[int]
) -> tuple[tuple[int, int] | None, int]:
    """The longest shared stretch, found a shingle at a time (what _longest_run must give)."""
    best: tuple[int, int] | None = None
    best_len = 0
    run_start = -1
    for i, value in enumerate([*found.hashes, None]):
        shared = value is not None and value in common
        if run_start >= 0 and (not shared or i in found.breaks):
            if i - run_start > best_len:
                best_len = i - run_start
                best = (found.words[run_start][0], found.words[i - 1][1])
            run_start = -1
        if shared and run_start < 0:
            run_start = i
    return best, best_len + ov.SHINGLE_WORDS - 1 if best is not None else 0


def test_the_longest_shared_run_is_found_by_runs_as_by_single_shingles() -> None:
    import random

    rng = random.Random(15)
    quoted = WIRE.replace("Shipping lines", '"Shipping lines') + '" he said.'
    texts = [WIRE, REPRINT, INDEPENDENT, quoted, "", "a b c d e"]
    for text in texts:
        for skip in ((), ((40, 120),), ((0, 30), (200, 260))):
            found = ov.text_print(text, skip)
            hashes = list(found.hashes)
            for share in (0.0, 0.3, 0.7, 0.95, 1.0):
                for _ in range(20):
                    common = frozenset(h for h in hashes if rng.random() < share)
                    assert ov._longest_run(found, common) == _longest_run_one_by_one(found, common)
    wire, reprint = ov.text_print(WIRE), ov.text_print(REPRINT)
    common = wire.shingles & reprint.shingles
    assert ov._longest_run(wire, common) == _longest_run_one_by_one(wire, common)
    assert ov._longest_run(wire, common)[1] > 40


def test_kept_prints_read_back_as_made() -> None:
    """What the corpus cache keeps of a text for its origin groups (prints_part) reads back as
    the fingerprints and story sequence made from the text."""
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "evalsets" / "origins" / "dev"
    texts = [WIRE, REPRINT, INDEPENDENT, "", "one two", "NATO 1,200 Baghdad"]
    texts += [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
    for text in texts:
        for skip in ((), ((0, len(text) // 3),), ((5, 40), (len(text) // 2, len(text) // 2 + 80))):
            kept = ov.prints_part(text, skip)
            assert kept
            assert ov.read_prints(kept) == (
                ov.fingerprints(text, skip), ov.story_sequence(text, skip)
            )


@pytest.mark.parametrize(
    "kept", ["", "no newline", "!!!\nab", "AAAAAAAAAA==\nab", "AAAAAA==\n"]
)
def test_kept_prints_in_another_shape_are_not_read(kept: str) -> None:
    """Not base64, or not whole 8-byte numbers: made again from the text by the caller."""
    assert ov.read_prints(kept) is None
