"""Stage 4: safe YAML loading (hostile input is refused fast) and atomic writing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from natoiraq.io.files import atomic_write
from natoiraq.io.yamlread import MAX_DEPTH, YamlIssue, load_yaml, parse_yaml

#: Generous: each case takes milliseconds; a second means something went quadratic or exploded.
HOSTILE_SECONDS = 1.0

BILLION_LAUGHS = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (BILLION_LAUGHS, "E104"),
        ("[" * 100_000 + "]" * 100_000, "E106"),
        ("{a: " * 100_000 + "1" + "}" * 100_000, "E106"),
        ("".join("  " * i + f"k{i}:\n" for i in range(2_000)), "E106"),
        ("- " * 50_000 + "x", "E106"),
    ],
    ids=["billion-laughs", "deep-flow-sequence", "deep-flow-mapping", "deep-block", "deep-dash"],
)
def test_hostile_yaml_is_refused_quickly(text: str, code: str) -> None:
    started = time.perf_counter()
    with pytest.raises(YamlIssue) as info:
        parse_yaml(text)
    assert info.value.code == code
    assert time.perf_counter() - started < HOSTILE_SECONDS


def test_depth_limit_allows_real_nesting() -> None:
    text = "a:\n" + "".join("  " * i + "b:\n" for i in range(1, MAX_DEPTH - 2)) + "  " * 30 + "c"
    assert parse_yaml(text).data is not None


def test_timestamps_stay_text_and_core_types_are_kept() -> None:
    loaded = parse_yaml("d: 2020-01-06\nt: 2020-01-06T01:00:00+03:00\nn: 1_000\nf: 1.5\nb: true\n"
                        "z: null\nq: '12'\nh: 0x1f\n")
    assert loaded.data == {"d": "2020-01-06", "t": "2020-01-06T01:00:00+03:00", "n": 1000,
                           "f": 1.5, "b": True, "z": None, "q": "12", "h": 31}


def test_positions_of_keys_and_values_are_one_based_code_points() -> None:
    loaded = parse_yaml("“x”: 1\nlist:\n  - {k: v}\n")
    assert (loaded.values[("list", 0, "k")].line, loaded.values[("list", 0, "k")].col) == (3, 9)
    assert (loaded.keys[("list",)].line, loaded.keys[("list",)].col) == (2, 1)
    assert loaded.values[("“x”",)].col == 6  # curly quotes count as one column each


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * (1024 * 1024) + "\n", encoding="utf-8")
    with pytest.raises(YamlIssue) as info:
        load_yaml(path)
    assert info.value.code == "E101"
    assert info.value.message == f"file is {path.stat().st_size} bytes; the limit is 1048576."


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old\n", encoding="utf-8")
    with atomic_write(path) as handle:
        handle.write("new\n")
    assert path.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_write_failing_half_way_leaves_the_old_bytes(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_bytes(b"old bytes\n")
    with pytest.raises(RuntimeError, match="disk full"), atomic_write(path) as handle:
        handle.write("half of the new")
        raise RuntimeError("disk full")
    assert path.read_bytes() == b"old bytes\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_dumped_article_reloads_to_the_same_model() -> None:
    from natoiraq.io.yamlwrite import ARTICLE_SCHEMA_LINE, dump_article
    from natoiraq.models import Article, CountClaim
    from natoiraq.validator import load_corpus
    from tests.conftest import DATA

    record = load_corpus(DATA / "validate" / "corpus").corpus.articles[0]  # type: ignore[union-attr]
    open_ended = CountClaim.model_validate(
        {"id": "more", "kind": "count", "topic": "mission-personnel", "status": "draft",
         "evidence": {"exact": "x", "start": 0, "end": 1},
         "value": {"low": 501, "high": None, "point": 500, "hedge": "more-than", "unit": "troops"}}
    )
    article = record.article.model_copy(update={"claims": [*record.article.claims, open_ended]})
    text = dump_article(article)
    assert text.startswith(ARTICLE_SCHEMA_LINE + "\nversion: 1\nid: mini\n")
    assert Article.model_validate(parse_yaml(text).data) == article
    assert "      high: null\n" in text


def test_atomic_write_verify_failure_leaves_the_old_bytes(tmp_path: Path) -> None:
    path = tmp_path / "out.yaml"
    path.write_bytes(b"old: 1\n")
    seen: list[str] = []

    def verify(written: Path) -> None:
        seen.append(written.name)
        assert written.read_text(encoding="utf-8") == "new: [\n"
        raise ValueError("does not parse")

    with pytest.raises(ValueError, match="does not parse"), atomic_write(path, verify) as handle:
        handle.write("new: [\n")
    assert seen == ["out.yaml"]  # the temporary file carries the target's name
    assert path.read_bytes() == b"old: 1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_atomic_write_keeps_the_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o640)
    with atomic_write(path) as handle:
        handle.write("new\n")
    assert path.stat().st_mode & 0o777 == 0o640


def test_unicode_digits_stay_text() -> None:
    assert parse_yaml("a: ²\nb: ٣\nc: 12\n").data == {"a": "²", "b": "٣", "c": 12}
