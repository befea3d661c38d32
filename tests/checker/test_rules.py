"""Check's rules end to end on small corpora: the rows of docs/verdicts.md that need a corpus."""

from __future__ import annotations

from natoiraq.checker import judge_claims
from natoiraq.models import Article
from tests.reconciler.test_reconcile import STRIKE, article, corpus, count, date, decision

STRIKE_DAY = "2020-01-03"


def _claims(text: str, *claims: dict[str, object]) -> tuple[str, Article]:
    record = article("draft", text, *claims)
    return record.text, record.article


def _judge(
    text: str,
    claims: tuple[dict[str, object], ...],
    *records: object,
    facts: tuple[dict[str, object], ...] = (),
    guessed: tuple[str, ...] = (),
):  # type: ignore[no-untyped-def]
    draft_text, draft = _claims(text, *claims)
    return judge_claims(
        draft_text,
        draft.claims,
        corpus(*records, facts=facts),  # type: ignore[arg-type]
        guessed=guessed,
    )


A_VAGUE_AND_PRECISE = article(
    "a",
    "The strike in early January, on January 3, killed him.",
    date(
        "d1",
        "soleimani-strike",
        "early January",
        "2020-01-01",
        "2020-01-10",
        granularity="part-of-month",
    ),
    date("d2", "soleimani-strike", "January 3", STRIKE_DAY),
)


def test_a_vague_statement_does_not_rescue_what_a_precise_one_excludes() -> None:
    [judged] = _judge(
        "It was on Jan. 5.",
        (date("x", "soleimani-strike", "Jan. 5", "2020-01-05"),),
        A_VAGUE_AND_PRECISE,
    )
    assert judged.verdict == "contradicted"
    assert "date-mismatch" in judged.reasons


def test_a_source_the_reference_excludes_makes_the_claim_contested_not_supported() -> None:
    wrong = article(
        "b",
        "The strike on January 5 killed him.",
        date("d", "soleimani-strike", "January 5", "2020-01-05"),
    )
    [judged] = _judge(
        "It was on Jan. 5.",
        (date("x", "soleimani-strike", "Jan. 5", "2020-01-05"),),
        wrong,
        facts=(STRIKE,),
    )
    assert judged.verdict == "contested"
    assert "reference-inconsistent" in judged.reasons
    assert "likely wrong" in judged.explanation


def test_the_reference_keeps_a_claim_every_source_excludes_from_contradicted() -> None:
    wrong = article(
        "b",
        "The strike on January 5 killed him.",
        date("d", "soleimani-strike", "January 5", "2020-01-05"),
    )
    [judged] = _judge(
        "It was on Jan. 3.",
        (date("x", "soleimani-strike", "Jan. 3", STRIKE_DAY),),
        wrong,
        facts=(STRIKE,),
    )
    assert judged.verdict == "contested"
    assert {"reference-consistent", "date-mismatch"} <= set(judged.reasons)


def test_a_guessed_topic_is_never_contradicted() -> None:
    [judged] = _judge(
        "It was on Jan. 9.",
        (date("x", "soleimani-strike", "Jan. 9", "2020-01-09"),),
        A_VAGUE_AND_PRECISE,
        guessed=("x",),
    )
    assert judged.verdict == "unsupported"
    assert "uncertain-link" in judged.reasons


def test_counts_of_another_unit_family_are_not_compared() -> None:
    days = article(
        "b", "The meeting lasted 2 days.", count("n", "nmi-personnel", "2 days", 2, 2, unit="days")
    )
    [judged] = _judge(
        "There are 500 trainers.",
        (count("x", "nmi-personnel", "500 trainers", 500, 500, unit="trainers"),),
        days,
    )
    assert judged.verdict == "unsupported"
    assert judged.reasons == ("no-source",)


def test_the_opposite_action_contradicts_a_decision() -> None:
    stays = article(
        "b",
        "NATO will stay in Iraq.",
        decision("s", "NATO will stay", action="stay", modality="planned"),
    )
    [judged] = _judge(
        "NATO will withdraw from Iraq.",
        (decision("x", "NATO will withdraw", action="withdraw", modality="planned"),),
        stays,
    )
    assert judged.verdict == "contradicted"
    assert "negation" in judged.reasons


def test_another_actor_does_not_support_a_decision() -> None:
    other = decision("s", "Iraq suspended", action="suspend")
    other["value"]["actor"] = "iraq"  # type: ignore[index]
    [judged] = _judge(
        "NATO suspended training.",
        (decision("x", "NATO suspended", action="suspend"),),
        article("b", "Iraq suspended training.", other),
    )
    assert judged.verdict == "unsupported"
    assert "other-actor" in judged.reasons


def test_a_documented_group_decides_for_its_body() -> None:
    from natoiraq.corpus import Corpus
    from natoiraq.models import Reference, Registry
    from tests.reconciler.test_reconcile import REGISTRY

    data = REGISTRY.model_dump(mode="json")
    data["entities"].append(
        {"id": "ministers", "type": "group", "name": "Ministers", "decides_for": ["nato"]}
    )
    registry = Registry.model_validate(data)
    said = decision("s", "Ministers agreed to expand", action="expand")
    said["value"]["actor"] = "ministers"  # type: ignore[index]
    source = article("b", "Ministers agreed to expand the mission.", said)
    draft = article("draft", "NATO agreed to expand the mission.",
                    decision("x", "NATO agreed to expand", action="expand"))  # fmt: skip
    built = Corpus(registry, Reference.model_validate({"facts": []}), [source])
    [judged] = judge_claims(draft.text, draft.article.claims, built)
    assert judged.verdict == "supported"
    assert judged.finding == "decision:nato:expand:nmi"
