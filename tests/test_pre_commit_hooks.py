"""natoiraq's pre-commit hooks (.pre-commit-hooks.yaml), run by pre-commit itself.

Offline: the hooks' definitions are read with pre-commit's own manifest schema, then run by
`pre-commit run` in a corpus repository made by `natoiraq init`, from a `repo: local` config
that copies each hook but with `language: system` (the natoiraq of this virtualenv, so nothing
is installed). The real thing, `pre-commit try-repo` (a fresh virtualenv, natoiraq and its
dependencies from the package registry), runs only with NATOIRAQ_NETWORK_TESTS=1.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pre_commit.clientlib import load_config, load_manifest
from ruamel.yaml import YAML

from natoiraq.edit.scaffold import init_corpus
from tests.conftest import REPO

MANIFEST = REPO / ".pre-commit-hooks.yaml"
#: What a `repo: local` hook copies from our manifest to run exactly as written.
COPIED = ("id", "name", "entry", "args", "files", "pass_filenames", "require_serial")

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def hooks() -> dict[str, dict[str, Any]]:
    return {hook["id"]: hook for hook in load_manifest(str(MANIFEST))}


def test_the_manifest_is_valid_for_pre_commit() -> None:
    found = hooks()
    assert sorted(found) == ["natoiraq-fmt", "natoiraq-validate"]
    validate, fmt = found["natoiraq-validate"], found["natoiraq-fmt"]
    assert (validate["entry"], validate["language"]) == ("natoiraq validate", "python")
    assert (fmt["entry"], fmt["language"]) == ("natoiraq fmt", "python")
    # validate checks the whole corpus once (an article is valid only against its registry);
    # fmt takes the files of the commit.
    assert (validate["pass_filenames"], validate["require_serial"]) == (False, True)
    assert fmt["pass_filenames"] is True


@pytest.mark.parametrize(
    ("path", "validate", "fmt"),
    [
        ("corpus/registry.yaml", True, True),
        ("corpus/reference.yaml", True, True),
        ("corpus/articles/northwire.yaml", True, True),
        ("seeds/northwire.txt", True, False),
        ("seeds/SHA256SUMS", True, False),
        ("README.md", False, False),
        (".github/workflows/natoiraq.yml", False, False),
        ("docs/corpus/notes.yaml", False, False),
        ("corpus/articles/README.md", False, False),
    ],
)
def test_the_hooks_run_on_the_corpus_files(path: str, validate: bool, fmt: bool) -> None:
    found = hooks()
    assert bool(re.search(found["natoiraq-validate"]["files"], path)) is validate
    assert bool(re.search(found["natoiraq-fmt"]["files"], path)) is fmt


def test_the_scaffold_s_config_is_valid_and_uses_both_hooks(tmp_path: Path) -> None:
    init_corpus(tmp_path, "Esk flood")
    config = load_config(str(tmp_path / ".pre-commit-config.yaml"))
    (repo,) = config["repos"]
    assert repo["repo"].endswith("/natoiraq")
    assert [hook["id"] for hook in repo["hooks"]] == sorted(hooks())[::-1]


def _local_config() -> str:
    """A `repo: local` config running our hooks as the manifest defines them, with the
    natoiraq of this virtualenv (language: system)."""
    local = [{key: hook[key] for key in COPIED} | {"language": "system"}
             for hook in hooks().values()]  # fmt: skip
    buffer = io.StringIO()
    YAML().dump({"repos": [{"repo": "local", "hooks": local}]}, buffer)
    return buffer.getvalue()


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def corpus_repo(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A git repository made by `natoiraq init`, every file staged, our hooks configured."""
    repo = tmp_path / "esk"
    init_corpus(repo, "Floods in the Esk valley, March 2024")
    (repo / ".pre-commit-config.yaml").write_text(_local_config(), encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    bin_dir = str(Path(sys.executable).parent)  # where this virtualenv's natoiraq is
    env = {
        "PATH": os.pathsep.join([bin_dir, os.environ.get("PATH", "")]),
        "HOME": str(tmp_path),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "LANG": "C.UTF-8",
    }
    return repo, env


def _pre_commit(repo: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pre_commit", "run", "--color", "never", *args]
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True,
                          timeout=120)  # fmt: skip


@needs_git
def test_the_hooks_pass_fail_and_rewrite_as_pre_commit_runs_them(
    corpus_repo: tuple[Path, dict[str, str]],
) -> None:
    repo, env = corpus_repo
    # A clean corpus: both hooks pass.
    clean = _pre_commit(repo, env, "--all-files")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert re.search(r"(?m)^natoiraq validate\.+Passed$", clean.stdout)
    assert re.search(r"(?m)^natoiraq fmt\.+Passed$", clean.stdout)

    # A broken article: validate fails and shows our finding.
    article = repo / "corpus" / "articles" / "broken.yaml"
    article.write_text("version: 1\nid: broken\nnot_a_key: 1\n", encoding="utf-8")
    _git(repo, "add", "-A")
    broken = _pre_commit(repo, env, "natoiraq-validate", "--all-files")
    assert broken.returncode == 1
    assert re.search(r"(?m)^natoiraq validate\.+Failed$", broken.stdout)
    assert re.search(r"(?m)^corpus/articles/broken\.yaml:\d+:\d+: error E\d+ ", broken.stdout)
    article.unlink()
    _git(repo, "add", "-A")

    # A badly formatted registry: fmt rewrites it, and pre-commit fails the hook for that.
    registry = repo / "corpus" / "registry.yaml"
    tidy = registry.read_text(encoding="utf-8")
    registry.write_text(tidy.replace("version: 2\n", "version:    2\n"), encoding="utf-8")
    _git(repo, "add", "-A")
    rewritten = _pre_commit(repo, env, "natoiraq-fmt", "--all-files")
    assert rewritten.returncode == 1
    assert re.search(r"(?m)^natoiraq fmt\.+Failed$", rewritten.stdout)
    assert "- files were modified by this hook" in rewritten.stdout
    assert "formatted corpus/registry.yaml" in rewritten.stdout
    assert registry.read_text(encoding="utf-8") == tidy


@needs_git
def test_validate_checks_the_whole_corpus_when_only_the_registry_changes(
    corpus_repo: tuple[Path, dict[str, str]],
) -> None:
    # Why pass_filenames is false: deleting a registry entry breaks the articles that use it,
    # though only the registry is in the commit.
    repo, env = corpus_repo
    article = repo / "corpus" / "articles" / "a.yaml"
    seed = repo / "seeds" / "a.txt"
    seed.write_text('"We expect the water to stay high," said Tomas Berg.\n', encoding="utf-8")
    result = subprocess.run([str(Path(sys.executable).parent / "natoiraq"), "add", "seeds/a.txt",
                             "--published", "2024-03-06"], cwd=repo, env=env,
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "speaker: tomas-berg\n" in article.read_text(encoding="utf-8")
    _git(repo, "add", "-A")
    assert _pre_commit(repo, env, "natoiraq-validate", "--all-files").returncode == 0
    registry = repo / "corpus" / "registry.yaml"
    text = registry.read_text(encoding="utf-8")
    assert "  - id: tomas-berg\n" in text
    registry.write_text(text.replace("  - id: tomas-berg\n", "  - id: someone-else\n"),
                        encoding="utf-8")  # fmt: skip
    _git(repo, "add", "corpus/registry.yaml")
    changed = _pre_commit(repo, env, "natoiraq-validate", "--files", "corpus/registry.yaml")
    assert changed.returncode == 1
    assert re.search(r"(?m)^corpus/articles/a\.yaml:\d+:\d+: error ", changed.stdout)


NETWORK = os.environ.get("NATOIRAQ_NETWORK_TESTS") == "1"


@needs_git
@pytest.mark.skipif(not NETWORK, reason="installs natoiraq and its dependencies into a fresh "
                    "virtualenv from the package registry (slow, networked): set "
                    "NATOIRAQ_NETWORK_TESTS=1 to run it")  # fmt: skip
@pytest.mark.parametrize("hook", ["natoiraq-validate", "natoiraq-fmt"])
def test_try_repo_installs_and_runs_the_hook(corpus_repo: tuple[Path, dict[str, str]],
                                             hook: str) -> None:  # fmt: skip
    # pre-commit as a corpus repository uses it: `language: python`, this repository installed
    # into its own virtualenv (uncommitted changes are taken from a shadow copy).
    repo, env = corpus_repo
    env = env | {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", env["HOME"])}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), hook, "--all-files",
               "--color", "never"]  # fmt: skip
    done = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True,
                          timeout=900)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(rf"(?m)^natoiraq {hook.split('-')[1]}\.+Passed$", done.stdout)
