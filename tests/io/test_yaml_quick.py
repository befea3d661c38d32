"""The YAML reader's quick path (io/yamlread.py _quick) gives libyaml's data or steps aside.

Whatever text it is given, _quick either refuses it (libyaml then reads it, and reports what is
wrong with it) or gives exactly the data the event stream gives: the same keys in the same
order, the same values of the same types. Held on every corpus file, on generated texts of
the block style corpus files use (with the near misses that style invites), and on random
edits of both.
"""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Any

import pytest
import yaml as pyyaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from natoiraq.io import yamlread
from natoiraq.io.yamlread import YamlIssue, _build, _NotQuick, _quick, parse_yaml
from tests.conftest import REPO


def slow(text: str) -> Any:
    """What libyaml's events give (YamlIssue or a YAMLError where the text is refused)."""
    return _build(pyyaml.parse(text, Loader=yamlread._EVENT_LOADER), yamlread.Loaded(None),
                  positions=False)  # fmt: skip


def same(a: Any, b: Any) -> bool:
    """Equal data of equal types (True is not 1, 1.0 is not 1), in the same key order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def agrees(text: str) -> bool:
    """The property: _quick refuses `text`, or gives what libyaml gives (and libyaml takes
    it). True where _quick read it."""
    try:
        quick = _quick(text)
    except _NotQuick:
        return False
    expected = slow(text)  # raises (and fails the test) where libyaml refuses what _quick read
    assert same(quick, expected), (text, quick, expected)
    return True


def corpus_files() -> list[Path]:
    found = [*(REPO / "corpus").rglob("*.yaml"), *(REPO / "evalsets").rglob("*.yaml")]
    return sorted(p for p in found if "holdout" not in str(p.relative_to(REPO)))


def test_every_corpus_file_is_read_quickly_and_the_same() -> None:
    files = corpus_files()
    assert len(files) > 20
    for path in files:
        read = agrees(path.read_text(encoding="utf-8"))
        # The corpus (as `fmt` writes it) is in the quick style; other files may be refused
        # (an eval file's long quoted text runs over lines).
        assert read or path.is_relative_to(REPO / "evalsets"), path


def test_parse_yaml_gives_the_same_loaded_data_and_positions_either_way() -> None:
    text = (REPO / "corpus" / "articles").glob("*.yaml").__next__().read_text(encoding="utf-8")
    loaded = parse_yaml(text)
    assert same(loaded.data, slow(text))
    assert loaded.mark(("claims", 0, "evidence", "start")).line > 1


READ = {
    "mapping": "a: 1\nb: text\n",
    "nested": "a:\n  b:\n    c: x\n",
    "sequence under key": "a:\n  - 1\n  - two\n",
    "sequence at key's indent": "a:\n- 1\n- 2\nb: 3\n",
    "item mappings": "claims:\n  - id: x\n    kind: date\n  - id: y\n",
    "wide dash": "a:\n  -   id: x\n      kind: date\n",
    "empty item": "a:\n  -\n  - 2\n",
    "empty item with block": "a:\n  -\n    b: 1\n",
    "quoted": "a: 'it''s'\nb: \"say: no # really\"\nc: ''\nd: \"\"\n",
    "empty flows": "a: []\nb: {}\n",
    "null forms": "a:\nb: ~\nc: null\nd: Null\n",
    "numbers and bools": "a: 0x1F\nb: 1_000\nc: .5\nd: +.inf\ne: true\nf: False\ng: 1e3\n",
    "dates stay text": "a: 2020-01-03\nb: 2020-01-03T10:00:00Z\n",
    "comments and blanks": "# head\n\na: 1 # not a comment? no: refused\n",
    "unicode text": "a: Stoltenberg’s “containment”\nb: 1…\n",
    "colon in text": "a: 10:30 at https://example.org/x\n",
    "hash in text": "a: C#\nb: issue#5\n",
}


@pytest.mark.parametrize("name", sorted(READ))
def test_the_block_style_is_read_as_libyaml_reads_it(name: str) -> None:
    text = READ[name]
    read = agrees(text)
    assert read == (name != "comments and blanks")


REFUSED = {
    "tab": "a:\n\tb: 1\n",
    "tab in text": "a: x\ty\n",
    "crlf": "a: 1\r\nb: 2\r\n",
    "bom": "\ufeffa: 1\n",
    "nel": "a: x\x85y\n",
    "line separator": "a: x\u2028y\n",
    "control": "a: x\x07y\n",
    "document start": "---\na: 1\n",
    "second document": "a: 1\n---\nb: 2\n",
    "document end": "a: 1\n...\n",
    "directive": "%YAML 1.2\n---\na: 1\n",
    "anchor": "a: &x 1\nb: *x\n",
    "alias": "a: *x\n",
    "tag": "a: !!str 1\n",
    "local tag": "a: !x 1\n",
    "merge key": "a: 1\n<<: {b: 2}\n",
    "flow sequence": "a: [1, 2]\n",
    "flow mapping": "a: {b: 1}\n",
    "block literal": "a: |\n  text\n",
    "block folded": "a: >\n  text\n",
    "quoted key": '"a": 1\n',
    "complex key": "? a\n: 1\n",
    "key without space": "a:1\n",
    "space before colon": "a : 1\n",
    "value with colon space": "a: b: c\n",
    "value ending in colon": "a: b:\n",
    "comment after value": "a: b # c\n",
    "comment after key": "a: # c\n  b: 1\n",
    "escape": 'a: "x\\ny"\n',
    "quote inside double quotes": 'a: "x"y"\n',
    "two double-quoted": 'a: "x" "y"\n',
    "two single-quoted": "a: 'x' 'y'\n",
    "lone quote inside single quotes": "a: 'x'y'\n",
    "open double quote": 'a: "x\n  y"\n',
    "open single quote": "a: 'x\n  y'\n",
    "plain continued": "a: x\n  y\n",
    "item continued": "- x\n  y\n",
    "negative number": "a: -3\n",
    "dash text": "a: -x\n",
    "duplicate key": "a: 1\na: 2\n",
    "nested dash": "- - 1\n",
    "scalar document": "just text\n",
    "empty": "",
    "comments only": "# a\n# b\n",
    "bad indent": "a:\n  b: 1\n c: 2\n",
    "deeper after key": "a: 1\n  b: 2\n",
    "long number": "a: " + "9" * 1001 + "\n",
    "deep": "".join(" " * i + f"k{i}:\n" for i in range(40)) + " " * 40 + "x: 1\n",
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_what_corpus_files_do_not_use_is_left_to_libyaml(name: str) -> None:
    text = REFUSED[name]
    with pytest.raises(_NotQuick):
        _quick(text)


def test_too_many_values_are_left_to_libyaml_and_refused_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(yamlread, "MAX_NODES", 10)
    text = "".join(f"k{i}: {i}\n" for i in range(20))
    with pytest.raises(_NotQuick):
        _quick(text)
    with pytest.raises(YamlIssue, match="more than 10 values"):
        parse_yaml(text)


#: Scalars as they may stand after a key or dash: plain ones of every type, quoted ones, and
#: the near misses (indicators, ": ", " #", escapes, quotes inside) the quick path must refuse.
SCALARS = [
    "1", "0", "007", "1_000", "0x1F", "0o17", "0b101", "1.5", ".5", "1e3", "-1", "+1", "-.inf",
    ".nan", "true", "False", "TRUE", "yes", "no", "on", "null", "~", "Null", "2020-01-03",
    "text", "two words", "a  b", "C#", "x #y", "x#y", "a: b", "a:b", "a:", "10:30", "-x", "- x",
    "?x", ":x", ",x", "[x]", "[]", "{}", "{x}", "#x", "&x", "*x", "!x", "|", ">", "%x", "@x",
    "`x", "'q'", "'it''s'", "'a'b'", "'a' 'b'", "''", '"q"', '""', '"a\\"b"', '"a"b"',
    '"a" "b"', '"a\\nb"', '"a#b"', '"a: b"',
    "“curly”", "naïve", "東京", "x\\y", "'", '"', "a'b", 'a"b', "x ", "1 ", "'x' ", "...", "---",
]  # fmt: skip
KEYS = ["a", "id", "kind", "b_c", "d-e", "x1", "true", "null", "1", "<<", '"q"', "a b", "-k"]


def render(rng: random.Random, depth: int = 0) -> str:
    """A random document in the corpus files' block style, with its near misses."""
    return "".join(_block(rng, rng.choice([0, 0, 1, 2]), depth))


def _value(rng: random.Random, indent: int, depth: int, compact: bool) -> list[str]:
    """Lines after a key or dash ending its line (empty list: a null)."""
    roll = rng.random()
    if depth > 3 or roll < 0.15:
        return []
    step = rng.choice([1, 2, 2, 2, 4])
    if compact and roll < 0.3:
        return _sequence(rng, indent, depth + 1)  # at the key's own indent
    return _block(rng, indent + step, depth + 1)


def _block(rng: random.Random, indent: int, depth: int) -> list[str]:
    if rng.random() < 0.4:
        return _sequence(rng, indent, depth)
    return _mapping(rng, indent, depth)


def _line(rng: random.Random, indent: int, body: str) -> str:
    tail = rng.choice(["", "", "", " ", "  ", " # note"])
    extra = rng.choice(["", "", "", "", "\n", "\n# comment\n", "\n   \n"])
    return " " * indent + body + tail + "\n" + extra


def _mapping(rng: random.Random, indent: int, depth: int, first: str = "") -> list[str]:
    out: list[str] = []
    keys = rng.sample(KEYS if rng.random() < 0.1 else KEYS[:6], k=rng.randint(1, 4))
    if rng.random() < 0.05:
        keys.append(keys[0])  # a duplicate key
    for n, key in enumerate(keys):
        lead = first if n == 0 and first else " " * indent
        sep = rng.choice([": ", ": ", ":  ", ":"])
        if rng.random() < 0.5:
            out.append(lead + _line(rng, 0, f"{key}{sep}{rng.choice(SCALARS)}"))
        else:
            out.append(lead + _line(rng, 0, f"{key}:"))
            out += _value(rng, indent, depth, compact=True)
    return out


def _sequence(rng: random.Random, indent: int, depth: int) -> list[str]:
    out: list[str] = []
    for _ in range(rng.randint(1, 3)):
        dash = rng.choice(["- ", "- ", "-  ", "-"])
        roll = rng.random()
        if roll < 0.4 and dash != "-":
            out += _mapping(rng, indent + len(dash), depth + 1, first=" " * indent + dash)
        elif roll < 0.7 and dash != "-":
            out.append(_line(rng, indent, dash + rng.choice(SCALARS)))
        else:
            out.append(_line(rng, indent, "-"))
            out += _value(rng, indent, depth, compact=False)
    return out


def mutate(rng: random.Random, text: str) -> str:
    """One random edit: a character inserted, deleted or replaced, or a line re-indented."""
    if not text:
        return rng.choice(["a", ":", "-", " "])
    at = rng.randrange(len(text))
    roll = rng.random()
    if roll < 0.3:
        return text[:at] + rng.choice(" :-#'\"\n\t&*![]{}|>x1.") + text[at:]
    if roll < 0.6:
        return text[:at] + text[at + 1 :]
    if roll < 0.8:
        return text[:at] + rng.choice(" :-#'\"\nx") + text[at + 1 :]
    lines = text.split("\n")
    n = rng.randrange(len(lines))
    lines[n] = " " * rng.randint(0, 3) + lines[n].lstrip(" ")
    return "\n".join(lines)


def test_generated_documents_are_read_as_libyaml_reads_them() -> None:
    rng = random.Random(20201203)
    read = 0
    for _ in range(3000):
        text = render(rng)
        try:
            read += agrees(text)
        except (pyyaml.YAMLError, YamlIssue) as exc:
            pytest.fail(f"_quick read what libyaml refuses ({exc}):\n{text}")
    assert read > 250  # not all near misses (most are: each line may hold one)


def test_edited_texts_are_read_as_libyaml_reads_them_or_refused() -> None:
    rng = random.Random(7)
    bases = [p.read_text(encoding="utf-8") for p in corpus_files()[:12]]
    bases += [render(rng) for _ in range(200)]
    for _ in range(4000):
        text = rng.choice(bases)
        for _ in range(rng.randint(1, 3)):
            text = mutate(rng, text)
        try:
            agrees(text)
        except (pyyaml.YAMLError, YamlIssue) as exc:
            pytest.fail(f"_quick read what libyaml refuses ({exc}):\n{text}")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("ab:- #'\"\n\t1.&*[]{}|>~\\é…")), max_size=60))
def test_any_short_text_is_read_as_libyaml_reads_it_or_refused(text: str) -> None:
    try:
        agrees(text)
    except (pyyaml.YAMLError, YamlIssue) as exc:
        pytest.fail(f"_quick read what libyaml refuses ({exc}): {text!r}")
