"""One self-contained HTML page: no external assets, every value escaped, evidence side by side."""

from __future__ import annotations

from html import escape

from natoiraq.reconciler import ClaimRef, ReconFinding, Report
from natoiraq.report._common import VERDICT_TITLES, diff_words, one_line, outlets, summary, where

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:80rem;
padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.5rem}h2{margin-top:2.5rem;border-bottom:2px solid #ddd}
table.counts td,table.counts th{padding:.2rem .8rem;text-align:left}
section.finding{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;margin:1rem 0;
padding:.6rem 1rem}
.v-conflict{border-left-color:#c62828!important}.v-variant{border-left-color:#8e24aa!important}
.v-single-source{border-left-color:#f9a825!important}.v-compatible{border-left-color:#00838f!important}
.v-agree{border-left-color:#2e7d32!important}
.verdict{font-weight:700;text-transform:uppercase;margin-right:.5rem}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
.reason{display:inline-block;background:#eee;border-radius:3px;padding:0 .4rem;margin:0 .2rem;
font-size:.85em}
.evidence{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.8rem;
margin-top:.6rem}
.claim{background:#fafafa;border:1px solid #e5e5e5;border-radius:4px;padding:.5rem .7rem}
.claim .src{font-size:.85em;color:#555}
.claim blockquote{margin:.4rem 0;color:#333}
mark{background:#ffe082;padding:0 .1rem}
.note{font-size:.9em;font-style:italic;color:#444}
del{color:#b71c1c}ins{color:#1b5e20;text-decoration:none;font-weight:600}
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _claim(claim: ClaimRef, outlet: str) -> str:
    parts = [
        '<div class="claim">',
        f'<div class="src"><strong>{_e(claim.article)}</strong> ({_e(outlet)})<br>'
        f"<code>{_e(where(claim))}</code> claim <code>{_e(claim.claim)}</code></div>",
        f"<blockquote>{_e(one_line(claim.before))}<mark>{_e(one_line(claim.exact))}</mark>"
        f"{_e(one_line(claim.after))}</blockquote>",
    ]
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


def _finding(finding: ReconFinding, names: dict[str, str]) -> str:
    reasons = "".join(f'<span class="reason">{_e(r)}</span>' for r in finding.reasons)
    claims = "\n".join(_claim(c, names.get(c.article, "?")) for c in finding.claims)
    return (
        f'<section class="finding v-{_e(finding.verdict)}" id="{_e(finding.id)}">\n'
        f'<h3><span class="verdict">{_e(finding.verdict)}</span><code>{_e(finding.id)}</code>'
        f"{reasons}</h3>\n<p>{_e(finding.explanation)}</p>\n"
        f'<div class="evidence">\n{claims}\n</div>\n</section>'
    )


def render_html(report: Report) -> str:
    """A complete HTML document (inline CSS, no scripts, no links out), escaped throughout."""
    names = outlets(report)
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
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>natoiraq reconciliation report</title>",
        f"<style>{STYLE}</style></head>",
        "<body>",
        "<h1>Reconciliation report</h1>",
        f"<p>{_e(summary(report))}</p>",
        f'<table class="counts">{rows}</table>',
        "<h2>Articles</h2>",
        f'<table class="counts"><tr><th>id</th><th>outlet</th><th>published</th><th>seed</th></tr>'
        f"{articles}</table>",
    ]
    current = ""
    for finding in report.findings:
        if finding.verdict != current:
            current = finding.verdict
            body.append(f"<h2>{_e(VERDICT_TITLES[current])}</h2>")
        body.append(_finding(finding, names))
    body += ["</body>", "</html>"]
    return "\n".join(body) + "\n"
