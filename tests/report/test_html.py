"""The reconcile report's HTML page (issue 11, item 7): a table of contents whose links resolve,
filters by verdict and kind that work in a browser and leave everything shown without JavaScript,
a badge on what the reference contradicts, the counts at the end."""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

from natoiraq.reconciler import FINDING_KINDS, VERDICTS, Report, reconcile
from natoiraq.report import render
from natoiraq.report._common import section_of
from tests.report.test_reading_order import editor_corpus
from tests.report.test_report import mixed_corpus


@pytest.fixture(scope="module")
def report() -> Report:
    return reconcile(editor_corpus())


class _Page(HTMLParser):
    """Ids, links, the TOC's entries, form controls and the attributes of findings."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.toc: list[str] = []
        self.inputs: list[dict[str, str | None]] = []
        self.findings: list[dict[str, str | None]] = []
        self.forms: list[dict[str, str | None]] = []
        self.badges: list[str] = []
        self._in_toc = False
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        if tag == "nav":
            self._in_toc = True
        if tag == "li" and self._in_toc:
            self._text = ""
        if tag == "input":
            self.inputs.append(found)
        if tag == "form":
            self.forms.append(found)
        if tag == "section" and "finding" in (found.get("class") or "").split():
            self.findings.append(found)
        if tag == "span" and found.get("class") == "badge-ref-inconsistent":
            # The summary comes before every finding; findings do not nest.
            self.badges.append(str(self.findings[-1]["id"]) if self.findings else "summary")

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            self._in_toc = False
        if tag == "li" and self._in_toc:
            self.toc.append(" ".join(self._text.split()))

    def handle_data(self, data: str) -> None:
        self._text += data


def page(report: Report) -> _Page:
    parsed = _Page()
    parsed.feed(render(report, "html"))
    return parsed


def test_html_has_a_table_of_contents_whose_links_resolve(report: Report) -> None:
    parsed = page(report)
    assert parsed.toc == ["Act on these first (4)", "Conflicts (1)", "Likely errors (1)",
                          "Variants (2)", "Single source (1)", "Agree (1)", "Articles (7)",
                          "Counts"]  # fmt: skip
    assert parsed.links
    assert len(parsed.ids) == len(set(parsed.ids))
    for link in parsed.links:
        assert link.startswith("#"), link
        assert unquote(link[1:]) in parsed.ids, link
    # Every finding is linked from the summary or reachable from its section in the TOC.
    assert {f"#{f.id}" for f in report.findings if section_of(f) == "variant"} <= set(
        parsed.links)


def test_html_ends_with_the_counts(report: Report) -> None:
    out = render(report, "html")
    assert out.index('id="section-agree"') < out.index('id="articles"') < out.index('id="counts"')
    assert out.index('id="counts"') > out.rindex('<section class="finding')


def test_html_filters_by_verdict_and_kind(report: Report) -> None:
    parsed = page(report)
    # The form is hidden until its script shows it: without JavaScript everything shows and no
    # control is there that does nothing.
    assert [f.get("id") for f in parsed.forms] == ["filters"]
    assert "hidden" in parsed.forms[0]
    boxes = [(i.get("name"), i.get("value")) for i in parsed.inputs if i.get("type") == "checkbox"]
    assert boxes == [("verdict", v) for v in VERDICTS] + [("kind", k) for k in FINDING_KINDS]
    assert all("checked" in i for i in parsed.inputs)
    assert not [f for f in parsed.findings if "hidden" in f]
    assert [(f["id"], f["data-verdict"], f["data-kind"]) for f in parsed.findings] == [
        (f.id, f.verdict, f.kind)
        for key in ("conflict", "likely-error", "variant", "single-source", "agree")
        for f in report.findings if section_of(f) == key
    ]  # fmt: skip
    out = render(report, "html")
    assert 'form.addEventListener("change", apply);' in out
    assert "form.hidden = false;" in out


def test_html_badges_what_the_reference_contradicts(report: Report) -> None:
    parsed = page(report)
    # Once in the summary, once on the finding; no other finding has it.
    assert parsed.badges == ["summary", "count:nato-member-count"]
    out = render(report, "html")
    head = '<section class="finding v-single-source ref-inconsistent" id="count:nato-member-count"'
    assert head in out
    assert out.count('<div class="claim ref-inconsistent">') == 1
    clean = render(reconcile(mixed_corpus()), "html")
    assert 'class="badge-ref-inconsistent"' not in clean


def test_html_is_deterministic(report: Report) -> None:
    assert render(reconcile(editor_corpus()), "html") == render(report, "html")


# --------------------------------------------------------------------------- browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

#: Appended to the page: untick a verdict and a kind as a reader would, then record what shows.
PROBE = """<script>
(function () {
  var form = document.getElementById("filters");
  form.querySelector('input[value="variant"]').checked = false;
  form.querySelector('input[value="count"]').checked = false;
  form.dispatchEvent(new Event("change"));
  var shown = [];
  document.querySelectorAll("section.finding").forEach(function (s) {
    if (!s.hidden) { shown.push(s.id); }
  });
  document.body.setAttribute("data-probe", JSON.stringify({
    form: form.hidden, status: document.getElementById("shown").textContent, shown: shown}));
}());
</script>
</body>"""


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed (apt-get install chromium)")
def test_the_filters_work_in_a_browser(report: Report, tmp_path: Path) -> None:
    page_file = tmp_path / "report.html"
    page_file.write_text(render(report, "html").replace("</body>", PROBE), encoding="utf-8")
    assert CHROMIUM is not None
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
         page_file.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    parser = _Probe()
    parser.feed(dom)
    # The form shows; variants and counts (the likely error among them) are hidden.
    assert parser.probe == {
        "form": False,
        "status": "2 of 6 findings shown",
        "shown": ["date:soleimani-strike", "decision:nato:suspend:nmi"],
    }


class _Probe(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.probe: object = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.probe = json.loads(dict(attrs).get("data-probe") or "null")
