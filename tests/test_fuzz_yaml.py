"""Fuzzing the YAML loader, the validator and fmt with mutated real corpus files (issue 12).

Every mutation of a real file (bytes flipped, lines deleted or repeated, hostile scalars put in)
must give findings with a file, a line, a column and a known rule, or format without losing
data or comments: never an exception (exit 3), never a hang. Deterministic (derandomized, no
example database) and bounded: both tests together take a few seconds.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from natoiraq.edit.fmt import format_files
from natoiraq.io.yamlread import comments, parse_yaml
from natoiraq.io.yamlwrite import same_value
from natoiraq.rules import RULES
from natoiraq.validator import validate_files
from tests.conftest import REPO

REGISTRY = Path("corpus/registry.yaml")
REFERENCE = Path("corpus/reference.yaml")
FILES = sorted(p.relative_to(REPO) for p in (REPO / "corpus").rglob("*.yaml"))

#: A case that takes longer than this hangs: the slowest real file validates in 50 ms and
#: formats in 170 ms.
HANG_SECONDS = 5

#: Values that broke the loader, the validator or fmt, or could: number prefixes without
#: digits, numbers too long to convert, NULs, impossible dates, tabs, YAML's own syntax.
HOSTILE = [
    "0b_", "0x_", "0o_", "._", "-._", "+0x_", "0b__1", "1_", "._5", "1e999", "-0", ".NaN",
    "-.inf", "~", "null", "TRUE", "1" * 5000, "0x" + "f" * 5000, "9" * 4301 + ".5",
    '"\\0"', '"seeds/\\0x.txt"', '"\\x1b[2J"', "2020-02-30", "2020-13-01",
    "2020-01-06 25:00:00", "0000-01-06", "2020-1-6", "2020-01-06T01:00:00+03:00", "\t",
    "x\t# c", "&a x", "*a", "!!python/object/apply:os.system ['id']", "!!str 1", "<<", "=",
    "[" * 40, "{a: 1, a: 2}", "'open", '"open', "[1, # c\n 2]", "{b: 1, # c\n c: 2}", "|",
    ">-", "? k", "- x", ": v", "# c", "%YAML 1.1", "---", "...", "[]", "{}", "''", "\u2028",
    "\x85", "“x”", "-1", "99999999999999999999",
]  # fmt: skip

#: Whole lines put in at a random place (their own indentation decides what they break).
LINES = ["---", "...", "# comment", "claims: []", "claims:", "- id: x", "  - id: x",
         "x: &a [1]", "y: *a", "<<: {a: 1}", "\t- x", "key: {", "]", "? complex"]  # fmt: skip


@contextlib.contextmanager
def _no_hang(seconds: int = HANG_SECONDS) -> Iterator[None]:
    """Fail a case that runs too long (a blocking read is interrupted too)."""

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"hung for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _value(line: bytes, hostile: str) -> bytes:
    """The line with its value (after the first `: ` or `- `) replaced by `hostile`."""
    for sep in (b": ", b"- "):
        at = line.find(sep)
        if at != -1:
            return line[: at + 2] + hostile.encode() + (b"\n" if line.endswith(b"\n") else b"")
    return line


# One mutation: (kind, where, what); `where` and `what` are taken modulo what they index.
MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 1 << 20), st.integers(0, 255)),
    st.tuples(st.just("delete"), st.integers(0, 1 << 20), st.just(0)),
    st.tuples(st.just("repeat"), st.integers(0, 1 << 20), st.just(0)),
    st.tuples(st.just("value"), st.integers(0, 1 << 20), st.integers(0, len(HOSTILE) - 1)),
    st.tuples(st.just("line"), st.integers(0, 1 << 20), st.integers(0, len(LINES) - 1)),
)


def _mutate(data: bytes, mutations: list[tuple[str, int, int]]) -> bytes:
    for kind, where, what in mutations:
        if kind == "flip":
            if data:
                at = where % len(data)
                data = data[:at] + bytes([what]) + data[at + 1 :]
            continue
        lines = data.splitlines(keepends=True) or [b""]
        at = where % len(lines)
        if kind == "delete":
            del lines[at]
        elif kind == "repeat":
            lines.insert(at, lines[at])
        elif kind == "value":
            lines[at] = _value(lines[at], HOSTILE[what])
        else:
            indent = lines[at][: len(lines[at]) - len(lines[at].lstrip(b" "))]
            lines.insert(at, indent + LINES[what].encode() + b"\n")
        data = b"".join(lines)
    return data


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(REPO / "corpus", root / "corpus")
    shutil.copytree(REPO / "seeds", root / "seeds")
    return root


@settings(max_examples=250, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(target=st.sampled_from(FILES), mutations=st.lists(MUTATION, min_size=1, max_size=3))
def test_validate_reports_every_mutation_as_findings(
    repo: Path, target: Path, mutations: list[tuple[str, int, int]]
) -> None:
    original = (REPO / target).read_bytes()
    mutated = _mutate(original, mutations)
    (repo / target).write_bytes(mutated)
    articles = [target] if target.parent.name == "articles" else []
    try:
        with contextlib.chdir(repo), _no_hang():
            result = validate_files(REGISTRY, REFERENCE, articles, repo)
    finally:
        (repo / target).write_bytes(original)
    lines = {str(target): mutated.count(b"\n") + 1}
    for finding in result.findings:
        assert finding.code in RULES, finding
        assert finding.severity == RULES[finding.code].severity, finding
        assert finding.path in (str(target), str(REGISTRY), str(REFERENCE)), finding
        assert 1 <= finding.line <= lines.get(finding.path, 10**6), finding
        assert finding.col >= 1, finding
        assert finding.message.endswith("."), finding


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(
    target=st.sampled_from(FILES),
    keep=st.integers(4, 60),
    mutations=st.lists(MUTATION, min_size=1, max_size=3),
)
def test_fmt_check_reports_or_formats_every_mutation_without_loss(
    repo: Path, target: Path, keep: int, mutations: list[tuple[str, int, int]]
) -> None:
    # The head of a real file (ruamel's round trip costs 0.1 ms a value: whole files would
    # make this test slow), mutated.
    head = b"".join((REPO / target).read_bytes().splitlines(keepends=True)[:keep])
    mutated = _mutate(head, mutations)
    path = repo / "corpus" / "articles" / "fuzzed.yaml"
    path.write_bytes(mutated)
    with _no_hang():
        [done] = list(format_files((path,), check=True))
    assert path.read_bytes() == mutated  # --check writes nothing
    if done.issue is not None:
        assert done.status == "broken"
        assert done.issue.code in RULES, done.issue.code
        assert done.issue.line >= 1
        assert done.issue.col >= 1
        assert done.issue.message.endswith("."), done.issue.message
        return
    source, formatted = done.text.replace("\r\n", "\n"), done.formatted.replace("\r\n", "\n")
    assert same_value(parse_yaml(formatted).data, parse_yaml(source).data)
    kept = Counter(text for text, _ in comments(formatted))
    assert not Counter(text for text, _ in comments(source)) - kept
