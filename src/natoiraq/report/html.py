"""One self-contained HTML page: no external assets, every value escaped, evidence side by side; a
summary to act on, a table of contents, filters by verdict and kind, the counts at the end."""

from __future__ import annotations

from urllib.parse import quote

from natoiraq.reconciler import FINDING_KINDS, ClaimRef, ReconFinding, Report
from natoiraq.report._common import (
    ACT_ON,
    ORIGINS_BLURB,
    REFERENCE_INCONSISTENT,
    SECTION_BLURBS,
    SECTIONS,
    VERDICT_TITLES,
    act_on_parts,
    diff_words,
    line_of,
    one_line,
    opening,
    origin_entries,
    origins_count,
    outlets,
    sections,
    summary,
    where,
)
from natoiraq.report._common import html_text as _e

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:80rem;
padding:0 1rem;color:#1d1d1f;background:#fff}
[hidden]{display:none!important}
h1{font-size:1.5rem}h2{margin-top:2.5rem;border-bottom:2px solid #ddd}
table.counts td,table.counts th{padding:.2rem .8rem;text-align:left}
nav.toc{background:#f6f6f6;border-radius:4px;padding:.4rem 1rem;display:inline-block}
nav.toc h2{margin:.3rem 0;border:0;font-size:1.05rem}nav.toc ol{margin:.2rem 0;padding-left:1.4rem}
form.filters{position:sticky;top:0;z-index:1;background:#fff;border-bottom:1px solid #ddd;
padding:.4rem 0;margin-top:1rem}
form.filters fieldset{display:inline-block;border:1px solid #ddd;border-radius:4px;
margin:0 .5rem .3rem 0;padding:.1rem .6rem}
form.filters label{margin-right:.7rem;white-space:nowrap}
.shown{font-size:.9em;color:#555;margin-left:.5rem}
ul.act-on li{margin:.3rem 0}
section.finding{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;margin:1rem 0;
padding:.6rem 1rem}
.v-conflict{border-left-color:#c62828!important}.v-variant{border-left-color:#8e24aa!important}
.v-single-source{border-left-color:#f9a825!important}.v-compatible{border-left-color:#00838f!important}
.v-agree{border-left-color:#2e7d32!important}
section.finding.ref-inconsistent{outline:2px dashed #b71c1c;outline-offset:2px}
.verdict{font-weight:700;text-transform:uppercase;margin-right:.5rem}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
.reason{display:inline-block;background:#eee;border-radius:3px;padding:0 .4rem;margin:0 .2rem;
font-size:.85em}
.badge-ref-inconsistent{display:inline-block;background:#b71c1c;color:#fff;border-radius:3px;
padding:0 .45rem;margin:0 .3rem;font-size:.8em;font-weight:700;letter-spacing:.02em}
.evidence{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.8rem;
margin-top:.6rem}
.claim{background:#fafafa;border:1px solid #e5e5e5;border-radius:4px;padding:.5rem .7rem}
.claim.ref-inconsistent{border:2px solid #b71c1c;background:#fff5f5}
.claim .src{font-size:.85em;color:#555}
.claim blockquote{margin:.4rem 0;color:#333}
mark{background:#ffe082;padding:0 .1rem}
.note{font-size:.9em;font-style:italic;color:#444}
del{color:#b71c1c}ins{color:#1b5e20;text-decoration:none;font-weight:600}
"""

#: The filters: every element with data-verdict and data-kind (findings and summary lines) shows
#: only while both its boxes are ticked. The form is `hidden` in the markup and shown by this
#: script, so without JavaScript the page shows everything and no control that does nothing.
SCRIPT = """
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form || !document.querySelectorAll) { return; }
  var boxes = form.querySelectorAll("input[type=checkbox]");
  var items = document.querySelectorAll("[data-verdict]");
  var groups = document.querySelectorAll("section.group");
  var shown = document.getElementById("shown");
  function apply() {
    var on = {verdict: {}, kind: {}};
    var i, n = 0, total = 0;
    for (i = 0; i < boxes.length; i++) { on[boxes[i].name][boxes[i].value] = boxes[i].checked; }
    for (i = 0; i < items.length; i++) {
      var item = items[i];
      item.hidden = !(on.verdict[item.getAttribute("data-verdict")] &&
                      on.kind[item.getAttribute("data-kind")]);
      if (item.classList.contains("finding")) { total++; if (!item.hidden) { n++; } }
    }
    for (i = 0; i < groups.length; i++) {
      var left = groups[i].querySelectorAll("section.finding:not([hidden])").length;
      groups[i].querySelector(".none-shown").hidden = left > 0;
    }
    shown.textContent = n + " of " + total + " findings shown";
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
}());
"""

#: Nothing may load from elsewhere: no request leaves the page, whatever a corpus text holds.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"

BADGE = (
    '<span class="badge-ref-inconsistent" title="A claim here does not fit corpus/reference.yaml:'
    ' likely an error">contradicts the reference</span>'
)


def anchor(finding_id: str) -> str:
    """The link to a finding's section (its id is the anchor; a fragment keeps ':' and '@')."""
    return "#" + quote(finding_id, safe=":@-._~")


def _section_id(key: str) -> str:
    return f"section-{key}"


def _claim(claim: ClaimRef, outlet: str) -> str:
    missed = claim.reference == "inconsistent"
    parts = [
        f'<div class="claim{" ref-inconsistent" if missed else ""}">',
        f'<div class="src"><strong>{_e(claim.article)}</strong> ({_e(outlet)})<br>'
        f"<code>{_e(where(claim))}</code> {_e(line_of(claim))} claim <code>{_e(claim.claim)}</code>"
        "</div>",
        f"<blockquote>{_e(one_line(claim.before))}<mark>{_e(one_line(claim.exact))}</mark>"
        f"{_e(one_line(claim.after))}</blockquote>",
    ]
    if missed:
        parts.append('<div class="note"><strong>does not fit the reference</strong></div>')
    if claim.note:
        parts.append(f'<div class="note">{_e(claim.note)}</div>')
    if claim.compatible_with:
        keys = ", ".join(f"<code>{_e(k)}</code>" for k in claim.compatible_with)
        parts.append(f'<div class="note">compatible with {keys}</div>')
    if claim.diff:
        runs = []
        for op, words in diff_words(claim.diff):
            tag = {"equal": "", "delete": "del", "insert": "ins"}[op]
            runs.append(f"<{tag}>{_e(words)}</{tag}>" if tag else _e(words))
        parts.append(f'<div class="diff">from the base: {" ".join(runs)}</div>')
    parts.append("</div>")
    return "\n".join(parts)


def _data(finding: ReconFinding) -> str:
    """The attributes the filters read."""
    return f'data-verdict="{_e(finding.verdict)}" data-kind="{_e(finding.kind)}"'


def _finding(finding: ReconFinding, names: dict[str, str]) -> str:
    inconsistent = REFERENCE_INCONSISTENT in finding.reasons
    reasons = "".join(f'<span class="reason">{_e(r)}</span>' for r in finding.reasons)
    claims = "\n".join(_claim(c, names.get(c.article, "?")) for c in finding.claims)
    classes = f"finding v-{_e(finding.verdict)}" + (" ref-inconsistent" if inconsistent else "")
    return (
        f'<section class="{classes}" id="{_e(finding.id)}" {_data(finding)}>\n'
        f'<h3><span class="verdict">{_e(finding.verdict)}</span><code>{_e(finding.id)}</code>'
        f"{BADGE if inconsistent else ''}{reasons}</h3>\n<p>{_e(finding.explanation)}</p>\n"
        f"{_origins_count(finding)}"
        f'<div class="evidence">\n{claims}\n</div>\n</section>'
    )


def _origins_count(finding: ReconFinding) -> str:
    counted = origins_count(finding)
    return f'<p class="origins"><strong>{_e(counted)}</strong></p>\n' if counted else ""


def _origins(report: Report) -> list[str]:
    """The Origins section: each shared group, why its articles are one, the shared passage."""
    entries = origin_entries(report)
    if not entries:
        return []
    out = ['<section id="origins">', f"<h2>Origins ({len(entries)})</h2>",
           f"<p>Shared origins: {_e(ORIGINS_BLURB)}.</p>"]  # fmt: skip
    for entry in entries:
        out.append(f"<h3>{_e(entry.title)}</h3>")
        out.append("<ul>")
        for why, passage in entry.links:
            quoted = f" <q>{_e(passage)}</q>" if passage else ""
            out.append(f"<li>{_e(why)}{quoted}</li>")
        out.append("</ul>")
    out.append("</section>")
    return out


def _act_on(groups: list[tuple[str, list[ReconFinding]]]) -> list[str]:
    """The summary to act on: a list per section in ACT_ON, a line per finding, linked."""
    out = ['<section id="act-on">', "<h2>Act on these first</h2>"]
    for key, found in groups:
        if key not in ACT_ON:
            continue
        out.append(f"<h3>{_e(SECTIONS[key])}: {_e(SECTION_BLURBS[key])}</h3>")
        out.append('<ul class="act-on">')
        for f in found:
            badge = BADGE if REFERENCE_INCONSISTENT in f.reasons else ""
            subject, rest = act_on_parts(f)
            out.append(
                f'<li {_data(f)}><span class="verdict">{_e(f.verdict)}</span>{badge}'
                f"<strong>{_e(subject)}</strong> {_e(rest)} "
                f'<a href="{_e(anchor(f.id))}"><code>{_e(f.id)}</code></a></li>'
            )
        out.append("</ul>")
    out.append("</section>")
    return out


def _filters(report: Report) -> str:
    """The filter form: a box per verdict and per kind, all ticked, with their counts."""
    kinds = {k: 0 for k in FINDING_KINDS}
    for finding in report.findings:
        kinds[finding.kind] += 1
    verdict_boxes = "".join(
        f'<label><input type="checkbox" name="verdict" value="{_e(v)}" checked> {_e(v)} '
        f"({report.counts[v]})</label>"
        for v in VERDICT_TITLES
    )
    kind_boxes = "".join(
        f'<label><input type="checkbox" name="kind" value="{_e(k)}" checked> {_e(k)} ({n})</label>'
        for k, n in kinds.items()
    )
    return (
        '<form id="filters" class="filters" hidden>'
        f"<fieldset><legend>Verdict</legend>{verdict_boxes}</fieldset>"
        f"<fieldset><legend>Kind</legend>{kind_boxes}</fieldset>"
        '<button type="reset">Show all</button><span class="shown" id="shown"></span></form>'
    )


def _toc(report: Report, groups: list[tuple[str, list[ReconFinding]]]) -> str:
    """The table of contents: every section shown, with its count, linked to its anchor."""
    items = []
    acting = sum(len(found) for key, found in groups if key in ACT_ON)
    if acting:
        items.append(f'<li><a href="#act-on">Act on these first</a> ({acting})</li>')
    items += [
        f'<li><a href="#{_section_id(key)}">{_e(SECTIONS[key])}</a> ({len(found)})</li>'
        for key, found in groups
    ]
    if shared := report.shared_origins():
        items.append(f'<li><a href="#origins">Origins</a> ({len(shared)})</li>')
    items.append(f'<li><a href="#articles">Articles</a> ({len(report.articles)})</li>')
    items.append('<li><a href="#counts">Counts</a></li>')
    listed = "".join(items)
    return f'<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>{listed}</ol></nav>'


def render_html(report: Report) -> str:
    """A complete HTML document (inline CSS and script, no links out), escaped throughout."""
    names = outlets(report)
    groups = sections(report)
    rows = "".join(
        f"<tr><th>{_e(v)}</th><td>{report.counts[v]}</td></tr>" for v in VERDICT_TITLES
    )
    articles = "".join(
        f"<tr><td><code>{_e(a.id)}</code></td><td>{_e(a.outlet)}</td><td>{_e(a.published)}</td>"
        f"<td><code>{_e(a.seed)}</code></td></tr>"
        for a in report.articles
    )
    body = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>natoiraq reconciliation report</title>",
        f"<style>{STYLE}</style></head>",
        "<body>",
        "<h1>Reconciliation report</h1>",
        f"<p>{_e(opening(report, groups))}</p>",
        _toc(report, groups),
        _filters(report),
    ]
    if any(key in ACT_ON for key, _ in groups):
        body += _act_on(groups)
    for key, found in groups:
        body.append(f'<section class="group" id="{_section_id(key)}">')
        body.append(f"<h2>{_e(SECTIONS[key])} ({len(found)})</h2>")
        body.append('<p class="none-shown" hidden>No finding here matches the filters.</p>')
        body += [_finding(finding, names) for finding in found]
        body.append("</section>")
    body += _origins(report)
    body += [
        '<section id="articles"><h2>Articles</h2>',
        f'<table class="counts"><tr><th>id</th><th>outlet</th><th>published</th><th>seed</th></tr>'
        f"{articles}</table></section>",
        '<section id="counts"><h2>Counts</h2>',
        f"<p>{_e(summary(report))}</p>",
        f'<table class="counts">{rows}</table></section>',
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(body) + "\n"
