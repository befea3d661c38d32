"""The corpus scaffold of `natoiraq init`: its files, its templates' comments, all or nothing."""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML

from natoiraq import __version__
from natoiraq.edit import scaffold
from natoiraq.edit.scaffold import (
    STORY_MAX,
    TEMPLATES,
    WORKFLOW,
    check_story,
    init_corpus,
    scaffold_files,
    template_text,
)
from natoiraq.errors import NatoiraqError
from natoiraq.io.files import Transaction
from natoiraq.models.schema import schema_text
from natoiraq.validator import validate_files

STORY = "Floods in the Esk valley, March 2024"
HEADER_RE = re.compile(r"\A# yaml-language-server: \$schema=(\S+)\n")


def tree(root: Path) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) under `root`: what a refusal must not change."""
    found: dict[str, bytes | None] = {}
    for top, dirs, files in os.walk(root):
        for name in dirs:
            found[os.path.relpath(Path(top, name), root)] = None
        for name in files:
            found[os.path.relpath(Path(top, name), root)] = Path(top, name).read_bytes()
    return found


def test_the_scaffold_is_every_template_the_schemas_and_an_empty_sha256sums() -> None:
    files = scaffold_files(STORY)
    assert sorted(map(str, files)) == [
        ".github/workflows/natoiraq.yml",
        ".gitignore",
        ".pre-commit-config.yaml",
        "README.md",
        "corpus/articles/README.md",
        "corpus/reference.yaml",
        "corpus/registry.yaml",
        "schema/article.schema.json",
        "schema/reference.schema.json",
        "schema/registry.schema.json",
        "seeds/SHA256SUMS",
    ]
    assert files[PurePosixPath("seeds/SHA256SUMS")] == ""
    for stem in ("article", "registry", "reference"):
        assert files[PurePosixPath(f"schema/{stem}.schema.json")] == schema_text(stem)


def test_every_template_is_package_data_and_every_mark_is_filled_in() -> None:
    stored = sorted(p.name for p in resources.files("natoiraq.edit").joinpath("templates")
                    .iterdir())  # fmt: skip
    assert stored == sorted(TEMPLATES)
    assert any("@STORY@" in template_text(name) for name in TEMPLATES)
    assert any("@VERSION@" in template_text(name) for name in TEMPLATES)
    for path, text in scaffold_files(STORY).items():
        assert "@STORY@" not in text and "@VERSION@" not in text, path
    readme = scaffold_files(STORY)[PurePosixPath("README.md")]
    assert readme.startswith(f"# {STORY}\n")
    assert f"natoiraq=={__version__}" in scaffold_files(STORY)[WORKFLOW]


@pytest.mark.parametrize("path", ["corpus/registry.yaml", "corpus/reference.yaml"])
def test_corpus_files_name_a_schema_that_the_scaffold_writes(path: str) -> None:
    # The header is resolved from the file's folder, as an editor's YAML plugin resolves it.
    files = scaffold_files(STORY)
    header = HEADER_RE.match(files[PurePosixPath(path)])
    assert header is not None
    target = os.path.normpath(PurePosixPath(path).parent / header.group(1))
    assert PurePosixPath(target) in files
    assert target == f"schema/{Path(path).stem}.schema.json"


def _uncommented(text: str) -> str:
    """The template with the example entries above each empty list written into it."""
    lines, out, example = text.splitlines(), [], []
    for line in lines:
        if line.startswith("#   "):
            example.append("  " + line[4:])
            continue
        if re.fullmatch(r"[a-z]+: \[\]", line) and example:
            out += [line[:-3], *example]
        else:
            out.append(line)
        if not line.startswith("#"):
            example = []
    return "\n".join(out) + "\n"


def test_the_examples_in_the_comments_are_valid_entries(tmp_path: Path) -> None:
    # The comments show a reviewer what to write: written in, they must validate clean.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "registry.yaml").write_text(_uncommented(template_text("registry.yaml")))
    (corpus / "reference.yaml").write_text(_uncommented(template_text("reference.yaml")))
    registry = YAML(typ="safe").load((corpus / "registry.yaml").read_text())
    sections = ("entities", "events", "quantities", "topics")
    assert [len(registry[k]) for k in sections] == [2, 1, 1, 1]
    assert len(YAML(typ="safe").load((corpus / "reference.yaml").read_text())["facts"]) == 2
    result = validate_files(corpus / "registry.yaml", corpus / "reference.yaml", [], tmp_path)
    assert [f.format() for f in result.findings] == []


@pytest.mark.parametrize("story", ["", "   ", "two\nlines", "bell\x07", "x" * (STORY_MAX + 1)])
def test_a_story_that_is_not_one_short_line_is_refused(story: str) -> None:
    with pytest.raises(NatoiraqError, match="give the story as one line"):
        check_story(story)


def test_init_writes_the_scaffold_into_a_new_folder(tmp_path: Path) -> None:
    made = init_corpus(tmp_path / "new" / "esk", STORY)
    root = tmp_path / "new" / "esk"
    assert made.root == root
    assert {root / p for p in made.files} == {p for p in root.rglob("*") if p.is_file()}
    for path, text in scaffold_files(STORY).items():
        assert (root / path).read_text(encoding="utf-8") == text


def test_init_fills_an_existing_folder_and_keeps_what_is_there(tmp_path: Path) -> None:
    (tmp_path / "LICENSE").write_text("mine\n")
    init_corpus(tmp_path, STORY)
    assert (tmp_path / "LICENSE").read_text() == "mine\n"
    assert (tmp_path / "corpus" / "registry.yaml").is_file()


def test_the_story_defaults_to_the_folder_s_name(tmp_path: Path) -> None:
    init_corpus(tmp_path / "port-strike")
    assert (tmp_path / "port-strike" / "README.md").read_text().startswith("# port-strike\n")


@pytest.mark.parametrize(
    ("existing", "message"),
    [
        ("corpus/", "there is a corpus in {root} already ({root}/corpus); nothing written. "
                    "Run natoiraq there, or init another folder."),
        ("README.md", "{root} already has README.md; nothing written: init writes only new "
                      "files, so move those aside or init another folder."),
        (".github/workflows/natoiraq.yml",
         "{root} already has .github/workflows/natoiraq.yml; nothing written: init writes only "
         "new files, so move those aside or init another folder."),
        ("schema/article.schema.json",
         "{root} already has schema/article.schema.json; nothing written: init writes only new "
         "files, so move those aside or init another folder."),
    ],
)
def test_init_refuses_a_corpus_or_a_file_it_would_write(tmp_path: Path, existing: str,
                                                        message: str) -> None:  # fmt: skip
    root = tmp_path / "repo"
    (root / existing).parent.mkdir(parents=True, exist_ok=True)
    if existing.endswith("/"):
        (root / existing).mkdir()
    else:
        (root / existing).write_text("theirs\n")
    before = tree(tmp_path)
    with pytest.raises(NatoiraqError) as raised:
        init_corpus(root, STORY)
    assert str(raised.value) == message.format(root=root)
    assert tree(tmp_path) == before


def test_init_refuses_a_file_as_its_folder(tmp_path: Path) -> None:
    (tmp_path / "esk").write_text("a file\n")
    with pytest.raises(NatoiraqError, match=r"esk is not a folder; nothing written\.$"):
        init_corpus(tmp_path / "esk", STORY)


def test_a_dangling_symlink_counts_as_a_file_that_is_there(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").symlink_to(tmp_path / "nowhere")
    with pytest.raises(NatoiraqError, match=r"already has \.gitignore;"):
        init_corpus(tmp_path, STORY)
    assert not (tmp_path / "nowhere").exists()


def test_a_failed_write_takes_back_every_file_and_folder(tmp_path: Path) -> None:
    # .github is a file: the workflow cannot be written after the corpus files were.
    (tmp_path / ".github").write_text("not a folder\n")
    before = tree(tmp_path)
    with pytest.raises(OSError):
        init_corpus(tmp_path, STORY)
    assert tree(tmp_path) == before


class _Interrupted(Transaction):
    """A Transaction that is interrupted (Ctrl-C) at its fourth file, three already written."""

    writes = 0

    @contextlib.contextmanager
    def write(self, path: Path, *args: Any, **kwargs: Any) -> Iterator[Any]:
        _Interrupted.writes += 1
        if _Interrupted.writes == 4:
            raise KeyboardInterrupt
        with super().write(path, *args, **kwargs) as handle:
            yield handle


def test_an_interrupt_takes_back_the_new_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scaffold, "Transaction", _Interrupted)
    monkeypatch.setattr(_Interrupted, "writes", 0)
    with pytest.raises(KeyboardInterrupt):
        init_corpus(tmp_path / "a" / "esk", STORY)
    assert _Interrupted.writes == 4
    assert tree(tmp_path) == {}


def test_the_workflow_is_a_valid_github_workflow() -> None:
    # check-jsonschema's copy of SchemaStore's GitHub workflow schema, read where it is installed.
    vendor = resources.files("check_jsonschema.builtin_schemas.vendor")
    schema = json.loads(vendor.joinpath("github-workflows.json").read_text(encoding="utf-8"))
    # YAML 1.2, as GitHub reads it: `on` is a key, not the boolean true of YAML 1.1.
    workflow = YAML(typ="safe").load(scaffold_files(STORY)[WORKFLOW])
    validator = jsonschema.validators.validator_for(schema)
    validator(schema, format_checker=validator.FORMAT_CHECKER).validate(workflow)
    assert set(workflow["on"]) == {"push", "pull_request"}


def test_a_broken_workflow_fails_that_schema() -> None:
    # The schema check above can fail: a job without runs-on or steps is refused.
    vendor = resources.files("check_jsonschema.builtin_schemas.vendor")
    schema = json.loads(vendor.joinpath("github-workflows.json").read_text(encoding="utf-8"))
    workflow = YAML(typ="safe").load(scaffold_files(STORY)[WORKFLOW])
    del workflow["jobs"]["corpus"]["runs-on"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validators.validator_for(schema)(schema).validate(workflow)


def test_the_workflow_runs_the_checks_a_corpus_repository_needs() -> None:
    workflow = YAML(typ="safe").load(scaffold_files(STORY)[WORKFLOW])
    job = workflow["jobs"]["corpus"]
    assert job["permissions"] == {"contents": "read", "security-events": "write"}
    steps = {step.get("name", step.get("uses")): step for step in job["steps"]}
    assert steps["actions/checkout@v4"] and steps["actions/setup-python@v5"]
    assert float(steps["actions/setup-python@v5"]["with"]["python-version"]) >= 3.11
    assert workflow["env"]["NATOIRAQ_REQUIREMENT"] == f"natoiraq=={__version__}"
    assert steps["Install natoiraq"]["run"] == 'python -m pip install "$NATOIRAQ_REQUIREMENT"'
    runs = [step["run"] for step in job["steps"] if "run" in step]
    assert runs[1:] == [
        "natoiraq validate --strict --format github",
        "natoiraq validate --format sarif > natoiraq.sarif || [ $? -eq 1 ]",
        "natoiraq fmt --check --diff",
        'natoiraq reconcile --format markdown >> "$GITHUB_STEP_SUMMARY"',
    ]
    upload = steps["Upload SARIF"]
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert upload["with"]["sarif_file"] == "natoiraq.sarif"
    assert upload["if"].startswith("always()")
