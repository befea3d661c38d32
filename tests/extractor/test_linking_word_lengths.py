"""A fuzzy name link keeps each word's length: a spelling changes letters, another person's
surname whole syllables ("Jens Solberg" is not Jens Stoltenberg; fuzz.ratio scores it 86)."""

from __future__ import annotations

import pytest

from natoiraq.extractor.linking import _same_words


@pytest.mark.parametrize(
    ("name", "alias", "same"),
    [
        ("Jens Solberg", "Jens Stoltenberg", False),
        ("Mohamad Allawi", "Mohammed Allawi", True),  # 7 of 8 letters: a spelling
        ("Jens Stoltenburg", "Jens Stoltenberg", True),
        ("Qassim Soleimani", "Qasem Soleimani", True),
        ("Mark Esperanza", "Mark Esper", False),
    ],
)
def test_same_words(name: str, alias: str, same: bool) -> None:
    assert _same_words(name, alias) is same
