"""`reconcile --topic ID`: an id the registry lacks is a usage error that names it and the ids
closest to it (issue 12, item 12: it printed an empty report with exit 0)."""

from __future__ import annotations

import json

import click
import pytest

from natoiraq.cli.reconcile import check_topics
from tests.conftest import REPO, RunCli

#: What click prints before a usage error (CliRunner calls the program "cli").
USAGE = "Usage: cli reconcile [OPTIONS]\nTry 'cli reconcile --help' for help.\n\n"


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)


@pytest.mark.parametrize(
    ("topics", "message"),
    [
        pytest.param(["no-such-id"],
                     'no registry id "no-such-id"; the ids are in corpus/registry.yaml.',
                     id="nothing-close"),
        pytest.param(["nmi-personel"],
                     'no registry id "nmi-personel"; did you mean "nmi-personnel", '
                     '"nmi-additional-personnel" or "nmi-resumption"?', id="misspelt"),
        pytest.param(["nmi-personnel", "soleimani"],
                     'no registry id "soleimani"; did you mean "qasem-soleimani" or '
                     '"soleimani-strike"?', id="one-of-two"),
        pytest.param(["no\x1b[2Jid"],
                     'no registry id "no\\x1b[2Jid"; the ids are in corpus/registry.yaml.',
                     id="escaped"),
    ],
)  # fmt: skip
def test_an_unknown_topic_is_a_usage_error(run_cli: RunCli, in_repo: None, topics: list[str],
                                           message: str) -> None:  # fmt: skip
    result = run_cli(["reconcile", *(arg for t in topics for arg in ("--topic", t))])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"{USAGE}Error: Invalid value for '--topic': {message}\n"


def test_a_registry_id_still_filters(run_cli: RunCli, in_repo: None) -> None:
    result = run_cli(["reconcile", "--format", "json", "--topic", "nmi-personnel"])
    assert result.exit_code == 0
    findings = json.loads(result.stdout)["findings"]
    assert findings and all("nmi-personnel" in [f["topic"], *f["topics"]] for f in findings)


def test_close_ids_come_from_the_known_ones() -> None:
    known = {"soleimani-strike", "nato", "iraq"}
    check_topics(("nato", "iraq"), known, REPO / "corpus" / "registry.yaml")  # no error
    with pytest.raises(click.BadParameter, match='did you mean "soleimani-strike"'):
        check_topics(("soleimani-strik",), known, REPO / "corpus" / "registry.yaml")
