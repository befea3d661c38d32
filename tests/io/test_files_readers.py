"""The YAML reader and eval's baseline reader read through io.files.read_regular: a FIFO or an
endless device is refused at once, never read until it blocks or fills memory (issue 12, item
3: `extract --merge FIFO` and `eval --baseline FIFO` used to hang)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from natoiraq.errors import NatoiraqError
from natoiraq.io.yamlread import YamlIssue, read_yaml_text
from tests.io.test_files import _returns_in_time


def test_the_yaml_reader_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "article.yaml"
    os.mkfifo(fifo)
    caught = _returns_in_time(lambda: read_yaml_text(fifo), fifo)
    assert isinstance(caught, YamlIssue) and caught.code == "E100"
    assert "FIFO" in str(caught) or "fifo" in str(caught).lower()


def test_the_yaml_reader_refuses_an_endless_device(tmp_path: Path) -> None:
    link = tmp_path / "article.yaml"
    link.symlink_to("/dev/zero")
    caught = _returns_in_time(lambda: read_yaml_text(link))
    assert isinstance(caught, YamlIssue) and caught.code == "E100"


def test_a_baseline_that_is_a_fifo_is_an_error_not_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from natoiraq.evaluation import evaluate_dir

    repo = Path(__file__).resolve().parents[2]
    fifo = tmp_path / "baseline.json"
    os.mkfifo(fifo)
    monkeypatch.chdir(repo)
    caught = _returns_in_time(lambda: evaluate_dir(repo / "corpus", fifo), fifo)
    assert isinstance(caught, NatoiraqError)
    assert "cannot read the baseline" in str(caught)
