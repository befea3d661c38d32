"""load_registry reads and checks a registry once per bytes and place (issue 15: extract calls
it for every file), and an edit or an error is never hidden by that."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from natoiraq.validator import InvalidRegistry, load_registry
from tests.conftest import REPO


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    path = tmp_path / "corpus" / "registry.yaml"
    path.parent.mkdir()
    shutil.copy(REPO / "corpus" / "registry.yaml", path)
    return path


def test_the_same_bytes_give_the_same_model_and_an_edit_a_new_one(registry: Path) -> None:
    first = load_registry(registry)
    assert load_registry(registry) is first
    registry.write_text(registry.read_text().replace("name: Jens Stoltenberg", "name: J. S.", 1))
    edited = load_registry(registry)
    assert edited is not first
    assert any(e.name == "J. S." for e in edited.entities)


def test_an_invalid_registry_is_reported_every_time_naming_the_file_as_given(
    registry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry.write_text(registry.read_text() + "\nunknown_key: 1\n")
    monkeypatch.chdir(registry.parent.parent)
    said = r"the registry corpus/registry\.yaml is not valid"
    for _ in range(2):
        with pytest.raises(InvalidRegistry, match=said):
            load_registry(Path("corpus/registry.yaml"))
