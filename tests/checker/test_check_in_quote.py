"""Issue 11's quote rules: a decision inside a quote is judged with the quote; a real sentence
whose opening is kept and whose rest is changed is `altered`; near words given to a person the
corpus does not know are not called a misquote; sentences name people, not ids."""

from __future__ import annotations

from tests.checker.test_check import check, claim_of, mission
from tests.reconciler.test_reconcile import article, decision, quote

REAL = "We suspend the activity now, but we will be ready to resume the activity whenever possible,"
SUSPENSION = article(
    "s", f"“{REAL}” Jens Stoltenberg said. NATO suspended its training mission in Iraq.",
    quote("q1", REAL, topic="nato-mission-iraq"),
    mission("d1", "NATO suspended its training mission in Iraq"),
)  # fmt: skip


def test_a_kept_opening_with_an_invented_rest_is_altered_and_so_is_its_decision() -> None:
    report = check("“We suspend the activity now, and we will not resume it until the Iraqi "
                   "parliament asks us,” Jens Stoltenberg said.", SUSPENSION)  # fmt: skip
    said = claim_of(report, "quote")
    assert (said.verdict, said.quote_status) == ("contradicted", "altered")
    assert "negation" in said.reasons
    # The suspension on its own is what the source reports, but it is inside an altered quote.
    for claim in report.claims:
        if claim.kind == "decision":
            assert claim.verdict == "contradicted"
            assert "in-quote" in claim.reasons
            assert claim.explanation.startswith("The decision is inside a quote")


def test_a_decision_inside_a_verbatim_quote_is_supported_with_it() -> None:
    report = check(f"“{REAL}” Jens Stoltenberg said.", SUSPENSION)
    assert claim_of(report, "quote").quote_status == "verbatim"
    decisions = [c for c in report.claims if c.kind == "decision"]
    assert decisions and all(c.verdict == "supported" for c in decisions)


def test_a_decision_outside_the_quote_keeps_its_own_verdict() -> None:
    report = check("“We suspend the activity now, and we will never come back,” Jens Stoltenberg "
                   "said. NATO suspended its training mission in Iraq.", SUSPENSION)  # fmt: skip
    outside = claim_of(report, "decision", "NATO suspended its training mission")
    assert outside.verdict == "supported" and "in-quote" not in outside.reasons


def test_a_shared_run_of_function_words_is_not_a_quote_of_the_speaker() -> None:
    # "that we do in" and the like are everybody's words: five in a row but one content word.
    report = check("“It is what we do in the end that the public will judge,” Jens Stoltenberg "
                   "said.", SUSPENSION)  # fmt: skip
    assert claim_of(report, "quote").quote_status == "not-found"


def test_near_words_given_to_a_person_the_corpus_does_not_know_are_not_a_misquote() -> None:
    said = "In everything that we do in Iraq, the safety of our personnel is paramount"
    stoltenberg = article("q", f"“{said}.” Stoltenberg said.", quote("q1", said + "."))
    report = check("“In everything we do, the safety of our staff is paramount, and that includes "
                   "their pay,” said Laura Brandt, chief executive of Corvane Systems.",
                   stoltenberg)  # fmt: skip
    claim = claim_of(report, "quote")
    assert (claim.verdict, claim.quote_status) == ("unsupported", "not-found")
    assert "Laura Brandt, whom the corpus does not know" in claim.explanation
    assert "laura-brandt" not in claim.explanation
    # The very words from the wrong speaker are still a misattribution.
    exact = check(f"“{said},” said Laura Brandt, chief executive of Corvane Systems.", stoltenberg)
    wrong = claim_of(exact, "quote")
    assert (wrong.quote_status, "speaker" in wrong.reasons) == ("altered", True)


def test_decision_notes_name_the_actor() -> None:
    report = check("NATO suspended its training mission in Iraq.", SUSPENSION)
    claim = claim_of(report, "decision")
    assert claim.verdict == "supported"
    assert all("nato " not in ref.note for ref in claim.sources)
    assert any("North Atlantic Treaty Organization suspend" in ref.note for ref in claim.sources)


STAY = "We will only stay in Iraq as long as we are welcome by the Iraqi government"

def _stay(cid: str, exact: str) -> dict[str, object]:
    claim = decision(cid, exact, action="stay", modality="conditional", topic="nato-mission-iraq")
    claim["value"]["object"] = "iraq"
    return claim


STAYS = article(
    "w", f"“{STAY}.” NATO will stay in Iraq as long as it is welcome.",
    _stay("s1", "NATO will stay in Iraq as long as it is welcome"),
)  # fmt: skip


def test_a_negation_against_a_condition_is_its_other_half_not_a_contradiction() -> None:
    report = check("NATO will not remain in Iraq against the will of Baghdad, Stoltenberg said.",
                   STAYS)  # fmt: skip
    claim = claim_of(report, "decision")
    assert claim.verdict != "contradicted"
    assert "check it by hand" in claim.explanation


def test_a_part_moved_is_no_opposite_of_the_whole_staying() -> None:
    report = check("NATO withdrew some of its trainers from Iraq.", STAYS)
    claim = claim_of(report, "decision")
    assert claim.verdict != "contradicted"
    assert any("a part only" in ref.note for ref in claim.sources)


def test_the_whole_withdrawing_still_contradicts_staying() -> None:
    report = check("NATO withdrew all its trainers from Iraq.", STAYS)
    assert claim_of(report, "decision").verdict == "contradicted"
