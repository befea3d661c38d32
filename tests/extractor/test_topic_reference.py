"""Which event a date dates when its sentence names two: a reference-point phrase ("a day
after the strike") and a verb of saying ("officials said on Tuesday") (src/natoiraq/extractor/
topics.py, REFERENCE_RE and SPEECH_BEFORE_RE). Each rule has an example it must fix, a second
it should also fix, and one it must not touch. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractor.test_confidence import _link


@pytest.mark.parametrize(
    ("text", "exact", "topic", "confident"),
    [
        # Fix: the halt is Jan. 4's, and the strike only its reference point, so the link to
        # the halt is sure (it was a guess between the two).
        ("NATO halted its training on Jan. 4, a day after the U.S. drone strike that killed "
         "Qasem Soleimani.", "Jan. 4", "nmi-suspension-2020-01", True),
        # Also fix: "following" marks the reference point the same way.
        ("NATO paused its instruction of Iraqi cadets on Jan. 4, following the U.S. strike on "
         "Qasem Soleimani.", "Jan. 4", "nmi-suspension-2020-01", True),
        # Must not touch: a date inside the phrase dates the phrase's event.
        ("NATO suspended its training after the U.S. drone strike on Jan. 3 that killed Qasem "
         "Soleimani.", "Jan. 3", "soleimani-strike", True),
        # Must not touch: "since" dates the state the clause describes, not a reference point.
        ("NATO has kept its training in Iraq suspended since Jan. 4.", "Jan. 4",
         "nmi-suspension-2020-01", True),
    ],
)  # fmt: skip
def test_reference_phrases(text: str, exact: str, topic: str, confident: bool) -> None:
    assert _link(text, exact) == (topic, confident)


@pytest.mark.parametrize(
    ("text", "exact", "topic"),
    [
        # Fix: the date dates the saying, not the halt the secretary general spoke of.
        ("NATO halted its training in Iraq, Jens Stoltenberg said on Jan. 5.", "Jan. 5",
         "unassigned"),
        # Also fix: nor the strike the officials talked about.
        ("The U.S. strike killed Qasem Soleimani near the airport, Iraqi officials said on "
         "Jan. 4.", "Jan. 4", "unassigned"),
        # Must not touch: a date on the decision's own verb keeps its event.
        ("Officials said NATO suspended its training on Jan. 4.", "Jan. 4",
         "nmi-suspension-2020-01"),
        # Must not touch: an announcement dates what it makes public.
        ("NATO announced on Jan. 4 that it had suspended its training in Iraq.", "Jan. 4",
         "nmi-suspension-2020-01"),
    ],
)  # fmt: skip
def test_dates_of_saying(text: str, exact: str, topic: str) -> None:
    assert _link(text, exact)[0] == topic
