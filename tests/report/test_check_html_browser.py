"""The check report's HTML page in a real browser (issue 11, item 5): headless Chromium through
selenium opens the page at a laptop's size, a click (and Enter) on a contradicted claim shows its
evidence, and a summary count takes the reader to its list.

Debian's `chromium` and `chromium-driver` (.ci/run installs them with apt); nothing is downloaded.
Without them the tests are skipped with a message, except in CI (`CI` set), where they fail.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from natoiraq.checker import CheckReport
from natoiraq.report.check import render_check
from natoiraq.report.check_html import claim_anchors
from tests.report.test_check_html import report  # noqa: F401  (the fixture)

#: A laptop screen (issue 11: "usable on a laptop screen").
WINDOW = (1366, 768)
#: Seconds to wait for the page's script to answer a click (it answers at once; this is slack
#: for a loaded CI machine).
WAIT = 10
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def _program(names: tuple[str, ...], debian: str) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return debian if Path(debian).is_file() else None


def _unavailable(why: str) -> NoReturn:
    message = (
        f"no headless browser for the HTML report test: {why}; install Debian's chromium and "
        "chromium-driver (apt-get install chromium chromium-driver) and the test extra "
        "(pip install -e '.[test]')"
    )
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set: the browser test may not be skipped)")
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as error:
        _unavailable(f"selenium is not installed ({error})")
    chromium = _program(("chromium", "chromium-browser"), "/usr/bin/chromium")
    driver_path = _program(("chromedriver",), "/usr/bin/chromedriver")
    if chromium is None or driver_path is None:
        _unavailable(f"chromium: {chromium or 'missing'}, chromedriver: {driver_path or 'missing'}")
    assert chromium is not None and driver_path is not None
    with tempfile.TemporaryDirectory(prefix="natoiraq-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                     f"--window-size={WINDOW[0]},{WINDOW[1]}"):  # fmt: skip
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        # Both paths given: selenium does not look for (or download) a driver of its own.
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
        try:
            yield driver
        finally:
            driver.quit()


@pytest.fixture
def page(browser: Any, report: CheckReport, tmp_path: Path) -> Any:  # noqa: F811
    path = tmp_path / "report.html"
    path.write_text(render_check(report, "html"), encoding="utf-8")
    browser.get(path.as_uri())
    return browser


def _contradicted(report: CheckReport) -> tuple[str, list[str]]:  # noqa: F811
    """The contradicted claim's anchor and its sources' matched words."""
    anchors = claim_anchors(report.claims)
    found = [(a, c) for a, c in zip(anchors, report.claims, strict=True)
             if c.verdict == "contradicted"]  # fmt: skip
    assert len(found) == 1
    anchor, claim = found[0]
    assert claim.exact == "Jan. 2" and claim.sources
    return anchor, [s.exact for s in claim.sources]


def _wait(browser: Any, condition: Any) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, WAIT).until(condition)


def _panel(browser: Any) -> Any:
    from selenium.webdriver.common.by import By

    return browser.find_element(By.ID, "shown")


def test_clicking_a_contradicted_claim_shows_its_evidence(
    page: Any,
    report: CheckReport,  # noqa: F811
) -> None:
    from selenium.webdriver.common.by import By

    anchor, excerpts = _contradicted(report)
    assert not _panel(page).is_displayed()
    claim = page.find_element(By.ID, f"draft-{anchor}")
    assert claim.text == "Jan. 2" and claim.is_displayed()
    claim.click()
    _wait(page, lambda b: _panel(b).is_displayed())
    panel = _panel(page)
    assert "CONTRADICTED" in panel.text and "✗ contradicted" in panel.text
    sources = panel.find_elements(By.CSS_SELECTOR, ".source mark")
    assert [m.text for m in sources] == excerpts == ["January 3", "January 3"]
    assert all(m.is_displayed() for m in sources)
    drafted = panel.find_element(By.CSS_SELECTOR, ".side mark")
    assert drafted.text == "Jan. 2" and drafted.is_displayed()
    # The page did not jump to the lists: the draft and the evidence stay side by side.
    assert page.execute_script("return window.scrollY") == 0
    draft_pane = page.find_element(By.ID, "draft-pane").rect
    panel_pane = page.find_element(By.ID, "panel").rect
    assert draft_pane["x"] + draft_pane["width"] <= panel_pane["x"] + 1
    assert "sel" in claim.get_attribute("class").split()


def test_the_keyboard_reaches_a_claims_evidence(page: Any, report: CheckReport) -> None:  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    anchor, excerpts = _contradicted(report)
    claim = page.find_element(By.ID, f"draft-{anchor}")
    page.execute_script("arguments[0].focus()", claim)
    assert page.switch_to.active_element == claim
    claim.send_keys(Keys.ENTER)
    _wait(page, lambda b: _panel(b).is_displayed())
    assert excerpts[0] in _panel(page).text
    page.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    _wait(page, lambda b: b.find_element(By.ID, "overview").is_displayed())


@pytest.mark.parametrize("target", ["list-contradicted", "list-supported"])
def test_a_summary_count_takes_the_reader_to_its_list(page: Any, target: str) -> None:
    from selenium.webdriver.common.by import By

    page.find_element(By.CSS_SELECTOR, f'header a.count[href="#{target}"]').click()
    _wait(page, lambda b: b.execute_script("return location.hash") == f"#{target}")
    listed = page.find_element(By.ID, target)
    assert page.execute_script("return document.querySelector(':target').id") == target
    top = page.execute_script("return arguments[0].getBoundingClientRect().top", listed)
    # In view (at the top, give or take a subpixel, or lower when the page ends before).
    assert -1 <= top < page.execute_script("return window.innerHeight") - 40
    # The supported list is folded by default; its count opens it.
    first = listed.find_element(By.CSS_SELECTOR, "article.claim")
    assert first.is_displayed()


def test_the_page_logs_no_errors(page: Any) -> None:
    assert [e for e in page.get_log("browser") if e["level"] == "SEVERE"] == []


@pytest.mark.parametrize(
    ("ci", "outcome"), [("true", pytest.fail.Exception), ("", pytest.skip.Exception)]
)
def test_no_browser_skips_with_a_message_but_fails_in_ci(
    monkeypatch: pytest.MonkeyPatch, ci: str, outcome: type[BaseException]
) -> None:
    if ci:
        monkeypatch.setenv("CI", ci)
    else:
        monkeypatch.delenv("CI", raising=False)
    with pytest.raises(outcome, match="apt-get install chromium chromium-driver"):
        _unavailable("chromium: missing")
