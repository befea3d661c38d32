"""`natoiraq init` and a corpus of one's own: the walkthrough of docs/own-corpus.md, end to end,
and what every command says outside a corpus."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path, PurePosixPath

import click
import pytest
from ruamel.yaml import YAML

from natoiraq.cli import cli
from natoiraq.edit.scaffold import WORKFLOW, scaffold_files
from tests.conftest import REPO, RunCli
from tests.edit.test_scaffold import tree

STORY = "Floods in the Esk valley, March 2024"

#: Two wire-style reports of one invented story, written for this test: they agree on the day
#: and on a quote, and give different evacuee counts (a conflict for reconcile).
NORTHWIRE = """\
Floodwaters cut off villages in the Esk valley

By Mara Lindqvist

PORT ESKEL, March 6 (Northwire) - Floodwaters from the Esk river cut off five villages in the \
Esk valley on Tuesday, and about 200 people were moved to emergency shelters, the regional \
emergency service said on Wednesday.

"We expect the water to stay high until the weekend," said Tomas Berg, head of the regional \
emergency service.

The regional government said it would send 40 soldiers to help with the evacuation.
"""
VALLEY_TIMES = """\
Esk valley evacuates as river bursts its banks

PORT ESKEL, March 7 (Valley Times) - About 350 people have left their homes in the Esk valley \
since the river burst its banks on Tuesday, officials said on Thursday.

"We expect the water to stay high until the weekend," Tomas Berg, the head of the regional \
emergency service, told reporters.

Roads into the valley stayed closed on Thursday.
"""
#: A draft for `check`: a wrong day, a count no source gives, the quote word for word.
DRAFT = """\
Esk valley braces for more rain

The Esk river burst its banks on Monday, and about 900 people have been moved out of their \
homes in the Esk valley.

"We expect the water to stay high until the weekend," said Tomas Berg, head of the regional \
emergency service.
"""
#: The registry as a reviewer leaves it after the first article: the proposals accepted or
#: replaced by an event and a quantity with the triggers and participants that link claims.
REVIEWED_REGISTRY = """\
version: 2
entities:
  - id: tomas-berg
    type: person
    name: Tomas Berg
    aliases:
      - Berg
    description: Head of the regional emergency service.
  - id: esk-valley
    type: place
    name: Esk valley
events:
  - id: esk-flood
    name: Esk river flood
    triggers:
      - flood
      - floodwaters
      - burst its banks
      - cut off
    participants:
      - esk-valley
    start: 2024-03-05
    end: null
quantities:
  - id: esk-evacuees
    name: People moved out of their homes by the Esk flood
    unit: people
    units:
      - residents
      - villagers
    participants:
      - esk-flood
      - esk-valley
topics: []
"""
QUOTE = "We expect the water to stay high until the weekend,"


def review(article: Path, topics: dict[str, str]) -> None:
    """What a reviewer does to an article: keep the claims worth tracking (by their exact text),
    each under its topic, `status: reviewed`, doubts settled; delete the rest."""
    yaml = YAML()
    data = yaml.load(article.read_text(encoding="utf-8"))
    data["claims"] = [c for c in data["claims"] if c["evidence"]["exact"] in topics]
    for claim in data["claims"]:
        claim["topic"] = topics[claim["evidence"]["exact"]]
        claim["status"] = "reviewed"
        claim.pop("doubt", None)
    with article.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)


def review_registry(registry: Path) -> None:
    """The reviewed registry below the template's header comments (which stay)."""
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text[: text.index("version: 2\n")] + REVIEWED_REGISTRY, encoding="utf-8")


@pytest.fixture
def new_corpus(run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A corpus repository just made by `natoiraq init`, the current folder."""
    monkeypatch.chdir(tmp_path)
    result = run_cli(["init", "esk-flood", "--story", STORY])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == (
        "started a corpus in esk-flood (11 files). Next: cd esk-flood && natoiraq add "
        "ARTICLE.txt; its README.md says the rest, and where CI (.github/workflows/natoiraq.yml) "
        "and pre-commit install natoiraq from.\n"
    )
    monkeypatch.chdir(tmp_path / "esk-flood")
    return tmp_path / "esk-flood"


def test_a_new_corpus_validates_reconciles_and_is_formatted(run_cli: RunCli,
                                                            new_corpus: Path) -> None:  # fmt: skip
    validated = run_cli(["validate", "--strict"])
    assert (validated.exit_code, validated.stdout) == (0, "")
    assert validated.stderr == "no findings in corpus.\n"

    reconciled = run_cli(["reconcile", "--format", "json"])
    assert reconciled.exit_code == 0
    report = json.loads(reconciled.stdout)
    assert (report["articles"], report["findings"]) == ([], [])
    assert run_cli(["reconcile"]).stdout.splitlines()[1] == (
        "0 articles, 0 findings. Nothing to compare yet: add articles with `natoiraq add FILE`."
    )

    formatted = run_cli(["fmt", "--check"])
    assert (formatted.exit_code, formatted.stdout, formatted.stderr) == (0, "", "")


def test_init_refuses_a_folder_that_holds_a_corpus(run_cli: RunCli, new_corpus: Path) -> None:
    before = tree(new_corpus)
    result = run_cli(["init", "."])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == ("natoiraq: error: there is a corpus in . already (corpus); nothing "
                             "written. Run natoiraq there, or init another folder.\n")
    assert tree(new_corpus) == before


def test_walkthrough_init_add_review_validate_reconcile_check(
    run_cli: RunCli, new_corpus: Path
) -> None:
    (new_corpus.parent / "northwire-esk-flood.txt").write_text(NORTHWIRE, encoding="utf-8")
    (new_corpus.parent / "valley-times-evacuation.txt").write_text(VALLEY_TIMES, encoding="utf-8")
    (new_corpus.parent / "draft.txt").write_text(DRAFT, encoding="utf-8")
    articles = new_corpus / "corpus" / "articles"

    # 1. The first article: its claims are drafts, what the registry lacks is proposed.
    added = run_cli(["add", "../northwire-esk-flood.txt", "--published", "2024-03-06"])
    assert added.exit_code == 0, added.stderr
    assert "proposed registry entry tomas-berg ('Tomas Berg')" in added.stderr
    first = articles / "northwire-esk-flood.yaml"
    # The article's editor header resolves to the schema init wrote.
    header = first.read_text(encoding="utf-8").splitlines()[0]
    assert header == "# yaml-language-server: $schema=../../schema/article.schema.json"
    assert (articles / "../../schema/article.schema.json").resolve().is_file()
    assert run_cli(["validate"]).exit_code == 0  # warnings only
    strict = run_cli(["validate", "--strict"])
    assert strict.exit_code == 1
    assert "warning W604" in strict.stdout and "warning W607" in strict.stdout

    # 2. Review: the registry, then the article; fmt tidies what the editor left.
    review_registry(new_corpus / "corpus" / "registry.yaml")
    review(first, {"Tuesday": "esk-flood", "about 200 people": "esk-evacuees",
                   QUOTE: "esk-flood"})  # fmt: skip
    assert run_cli(["fmt"]).exit_code == 0
    assert run_cli(["validate", "--strict"]).exit_code == 0

    # 3. The second article: the reviewed registry links its claims' topics at once.
    added = run_cli(["add", "../valley-times-evacuation.txt", "--published", "2024-03-07"])
    assert added.exit_code == 0, added.stderr
    second = articles / "valley-times-evacuation.yaml"
    drafts = YAML(typ="safe").load(second.read_text(encoding="utf-8"))["claims"]
    linked = {c["evidence"]["exact"]: c["topic"] for c in drafts}
    assert linked["About 350 people"] == "esk-evacuees"
    assert linked["Tuesday"] == "esk-flood"
    review_registry(new_corpus / "corpus" / "registry.yaml")  # its proposals declined
    review(second, {"Tuesday": "esk-flood", "About 350 people": "esk-evacuees",
                    QUOTE: "esk-flood"})  # fmt: skip
    assert run_cli(["fmt"]).exit_code == 0
    validated = run_cli(["validate", "--strict"])
    assert (validated.exit_code, validated.stdout) == (0, "")

    # 4. Reconcile: the day and the quote agree, the evacuee counts conflict.
    reconciled = run_cli(["reconcile", "--format", "json"])
    assert reconciled.exit_code == 0
    report = json.loads(reconciled.stdout)
    assert [a["id"] for a in report["articles"]] == ["northwire-esk-flood",
                                                     "valley-times-evacuation"]  # fmt: skip
    verdicts = sorted((f["kind"], f["verdict"]) for f in report["findings"])
    assert verdicts == [("count", "conflict"), ("date", "agree"), ("quote", "agree")]
    conflict = next(f for f in report["findings"] if f["verdict"] == "conflict")
    assert conflict["topic"] == "esk-evacuees"
    assert sorted(c["exact"] for c in conflict["claims"]) == ["About 350 people",
                                                              "about 200 people"]  # fmt: skip
    assert run_cli(["reconcile", "--fail-on", "conflict"]).exit_code == 1

    # 5. Check a draft: the count no source gives is contradicted, the quote verbatim.
    checked = run_cli(["check", "../draft.txt", "--published", "2024-03-08", "--format", "json"])
    assert checked.exit_code == 0, checked.stderr
    verdict = {c["exact"]: c["verdict"] for c in json.loads(checked.stdout)["claims"]}
    assert verdict["about 900 people"] == "contradicted"
    assert verdict[QUOTE] == "supported"
    assert verdict["Monday"] != "supported"
    failed = run_cli(["check", "../draft.txt", "--published", "2024-03-08",
                      "--fail-on", "contradicted"])  # fmt: skip
    assert failed.exit_code == 1


#: The one line every command that needs a corpus says outside one (natoiraq.cli.NoCorpus).
NO_CORPUS = (
    "natoiraq: error: no corpus folder corpus: run natoiraq from a corpus repository's root (the "
    "folder holding corpus/ and seeds/), or start one with `natoiraq init DIR`.\n"
)


@pytest.mark.parametrize(
    "args",
    [
        ["reconcile"],
        ["reconcile", "--format", "json"],
        ["check", "draft.txt"],
        ["validate"],
        ["validate", "--strict"],
        ["eval"],
        ["eval", "--check"],
        ["add", "article.txt"],
        ["fmt"],
        ["fmt", "--check"],
        ["extract", "article.txt"],
        ["extract", "article.txt", "--out", "drafts"],
        ["extract", "article.txt", "--merge", "corpus/articles/article.yaml"],
    ],
    ids=" ".join,
)
def test_outside_a_corpus_every_command_says_how_to_start_one(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "article.txt").write_text(NORTHWIRE, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    before = tree(tmp_path)
    result = run_cli(args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", NO_CORPUS)
    assert tree(tmp_path) == before


def test_a_registry_named_elsewhere_keeps_extract_s_own_message(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_text(NORTHWIRE, encoding="utf-8")
    result = run_cli(["extract", "article.txt", "--registry", "mine.yaml"])
    assert result.exit_code == 2
    assert "no registry at mine.yaml" in result.stderr
    assert "natoiraq init" not in result.stderr


def _invocations(lines: list[str]) -> list[list[str]]:
    """The natoiraq command of each shell line (its words; redirections and `||` cut off)."""
    found = []
    for line in lines:
        match = re.search(r"(?:^|[\s$])natoiraq ([a-z].*)", line)
        if match is None:
            continue
        words = shlex.split(re.split(r" (?:\|\|?|>>?|&&) ", match.group(1))[0])
        if words[0] in cli.list_commands(click.Context(cli)):
            found.append(words)
    return found


def _markdown_commands(text: str) -> list[list[str]]:
    """The natoiraq commands of a Markdown text: in ```sh blocks, and in `code spans` that give
    more than a command's name (`natoiraq init` in a sentence names the command)."""
    spans = re.findall(r"`(natoiraq [^`\s]+ [^`]+)`", text)
    blocks = re.findall(r"(?ms)^```sh\n(.*?)^```", text)
    return _invocations(spans + [line for block in blocks for line in block.splitlines()])


def _workflow_commands(text: str) -> list[list[str]]:
    steps = YAML(typ="safe").load(text)["jobs"]["corpus"]["steps"]
    return _invocations([line for step in steps for line in step.get("run", "").splitlines()])


def _parses(words: list[str]) -> None:
    """Parse `natoiraq WORDS` as click does, without running it (UsageError if it would fail)."""
    group_ctx = cli.make_context("natoiraq", list(words), resilient_parsing=False)
    command = cli.get_command(group_ctx, words[0])
    assert command is not None, words
    command.make_context(words[0], list(words[1:]), parent=group_ctx)


@pytest.mark.parametrize("source", ["README.md", "corpus/articles/README.md"])
def test_every_command_the_scaffold_s_readmes_show_is_a_valid_invocation(source: str) -> None:
    invocations = _markdown_commands(scaffold_files(STORY)[PurePosixPath(source)])
    assert invocations
    for words in invocations:
        _parses(words)


def test_every_command_the_workflow_runs_is_a_valid_invocation() -> None:
    invocations = _workflow_commands(scaffold_files(STORY)[WORKFLOW])
    assert [words[:2] for words in invocations] == [
        ["validate", "--strict"], ["validate", "--format"], ["fmt", "--check"],
        ["reconcile", "--format"]]  # fmt: skip
    for words in invocations:
        _parses(words)


def test_docs_own_corpus_walks_through_this_test_s_texts() -> None:
    text = (REPO / "docs" / "own-corpus.md").read_text(encoding="utf-8")
    for shown in (NORTHWIRE, VALLEY_TIMES, DRAFT, REVIEWED_REGISTRY):
        assert f"\n{shown}```\n" in text


def test_every_command_docs_own_corpus_shows_is_a_valid_invocation() -> None:
    text = (REPO / "docs" / "own-corpus.md").read_text(encoding="utf-8")
    invocations = _markdown_commands(text)
    assert {words[0] for words in invocations} >= {"init", "add", "validate", "reconcile",
                                                   "check", "fmt"}  # fmt: skip
    for words in invocations:
        _parses(words)


def test_an_unknown_option_is_caught_by_that_parse() -> None:
    with pytest.raises(click.UsageError):
        _parses(["validate", "--format", "nonesuch"])


def test_the_init_command_refuses_a_bad_story(run_cli: RunCli, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    result = run_cli(["init", "esk", "--story", "two\nlines"])
    assert result.exit_code == 2
    assert result.stderr.startswith("natoiraq: error: --story 'two\\nlines': give the story as "
                                    "one line of at most 120 characters")  # fmt: skip
    assert list(tmp_path.iterdir()) == []
