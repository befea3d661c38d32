"""Stated origins (extractor/origins.py): what a text says about where it comes from."""

from __future__ import annotations

import pytest

from natoiraq.extractor.origins import source_keys, stated_credits

BODY = (
    "The council voted on Tuesday to close the old harbour road to lorries from next spring, "
    "after a year of complaints from residents about noise and cracked walls along the quay."
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.origin.kind, c.origin.source) for c in stated_credits(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(f"Road shut\n\nPORTHAVEN, May 2 (Harbour Wire) - {BODY}\n",
                     [("wire", "Harbour Wire")], id="wire-dateline"),
        pytest.param(f"Road shut\n\nValdecruz, 2 jul (AIN).- {BODY}\n",
                     [("wire", "AIN")], id="spanish-dateline"),
        pytest.param(f"Road shut\n\nRivière-aux-Cèdres (Québec), 5 mai 2024 (APH) - {BODY}\n",
                     [("wire", "APH")], id="place-in-parentheses-is-no-credit"),
        pytest.param(f"Road shut\n\nHaldenau (npa) - {BODY}\n", [("wire", "npa")],
                     id="lower-case-agency"),
        pytest.param(f"Road shut\n\n{BODY}\n\n- Harbour Wire\n", [("wire", "Harbour Wire")],
                     id="sign-off"),
        pytest.param(f"Road shut\n\n{BODY}\n\nnpa kb/mr\n", [("wire", "npa")],
                     id="initials-sign-off"),
        pytest.param(f"Road shut\n\n{BODY}\n\nContinental Press contributed to this report.\n",
                     [("wire", "Continental Press")], id="contributed"),
        pytest.param(f"Road shut\n\n{BODY}\n\nSource: Porthaven City Council\n",
                     [("press-release", "Porthaven City Council")], id="source-line"),
        pytest.param(
            f"Road shut\n\n{BODY}\n\nInformation provided by the council, Porthaven City "
            "Council.\n", [("press-release", "Porthaven City Council")],
            id="role-then-name"),
        pytest.param(
            f"Road shut\n\n{BODY}\n\nTranslated from French. Original report: Agence Presse "
            "Horizon (APH), 5 May 2024.\n",
            [("translation", "Agence Presse Horizon (APH)")], id="translation-with-credit"),
        pytest.param(f"Road shut\n\n{BODY}\n\nThis story was automatically translated from the "
                     "German.\n", [("translation", "a text in German")], id="translation-only"),
        pytest.param(f"Road shut\n\n{BODY}\n", [], id="nothing-stated"),
        pytest.param(f"Road shut\n\n{BODY} The source: a resident who asked not to be named.\n",
                     [], id="source-in-prose-is-not-a-credit-line"),
        pytest.param(f"Road shut\n\n(VIDEO) - {BODY}\n", [], id="a-label-is-no-credit"),
        pytest.param(f"Road shut\n\n(VIDEO) - watch it here\n\nPORTHAVEN, May 2 (Harbour Wire) - "
                     f"{BODY}\n", [("wire", "Harbour Wire")], id="the-dateline-after-a-label"),
        pytest.param(f"Road shut\n\n{BODY}\n\n- Read more\n", [], id="read-more-is-no-sign-off"),
        pytest.param(f"Road shut\n\n{BODY}\n\n- Share This Story\n", [],
                     id="a-prompt-is-no-sign-off"),
    ],
)  # fmt: skip
def test_stated_credits(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_evidence_quotes_the_line() -> None:
    [credit] = stated_credits(f"Road shut\n\n{BODY}\n\n- Harbour Wire\n")
    assert credit.origin.basis == "stated"
    assert credit.origin.evidence == "the text says: - Harbour Wire"


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("Agence Presse Horizon (APH), 5 May 2024", {"agence presse horizon", "aph"}),
        ("The Harbour Wire", {"harbour wire", "hw"}),
        ("CP", {"cp"}),
        ("Continental Press", {"continental press", "cp"}),
    ],
)
def test_a_source_is_known_by_its_name_abbreviation_and_initials(
    name: str, keys: set[str]
) -> None:
    assert source_keys(name) == keys
