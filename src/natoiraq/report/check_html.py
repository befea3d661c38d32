"""Stage 8 report: a checked draft as one HTML page an editor reads (issue 11, item 4).

The draft itself on the left, every claim highlighted in its verdict's colour with a text label;
the evidence of the claim clicked on the right (verdict, explanation, the draft's sentence beside
its sources); the lists by verdict below, problems first and the supported ones folded away.
Plain inline CSS and a small inline script, no assets and no network; without the script every
claim is a link to its evidence block in the lists, so the page still reads.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise

from natoiraq.checker import CheckedClaim, CheckReport, SkippedSpan, problem_rank
from natoiraq.checker.unchecked import NotChecked
from natoiraq.reconciler import ClaimRef
from natoiraq.report._common import diff_words, one_line, where
from natoiraq.report._common import html_text as _e
from natoiraq.report.check import SECTION_TITLES, more_sources, sections, summary
from natoiraq.text import CONTROL_RE, VISIBLE_ESCAPES


@dataclass(frozen=True)
class Look:
    """How one section of the report (checker.problem_rank) looks: its key in ids and classes,
    its label and sign (never colour alone), and its colours: `ink` for text and borders on
    `tint`, the highlight behind the draft's words."""

    key: str
    label: str
    sign: str
    ink: str
    tint: str


#: One look per section of report/check.SECTION_TITLES, in the same order. The colours were
#: picked for WCAG AA: each ink is at least 4.5:1 on its tint and on white, and the body text is
#: too on every tint (test_check_html.py computes the ratios).
LOOKS: tuple[Look, ...] = (
    Look("contradicted", "contradicted", "✗", "#a3120f", "#fddcdc"),
    Look("altered", "altered quote", "≠", "#8a3a00", "#fde3cc"),
    Look("contested", "contested", "±", "#6a1b8a", "#eedff6"),
    Look("unsupported", "unsupported", "?", "#654b00", "#fbeeb2"),
    Look("supported", "supported", "✓", "#1d6a2a", "#dcf0dd"),
)
assert len(LOOKS) == len(SECTION_TITLES)
BODY_INK = "#1d1d1f"
#: Page furniture is greyed: still 4.5:1 on white.
SKIPPED_INK = "#666666"

#: Characters an id attribute and a fragment take without escaping; others become "-".
ANCHOR_RE = re.compile(r"[^A-Za-z0-9_.-]")


def look(claim: CheckedClaim) -> Look:
    """The look of the section a claim is listed in."""
    return LOOKS[problem_rank(claim)]


#: Characters of the draft the pane shows as they are: it is `pre-wrap`, so they are its layout.
DRAFT_LAYOUT = frozenset("\n\t")


def draft_html(text: str) -> str:
    """A piece of the draft for its pane: HTML-escaped, line breaks and tabs kept, and every
    other control character and bidi control a visible escape in a span of its own (class `ctl`,
    its code point and name in the title).

    Why a span per character and not one_line: the pane is cut at the claims' offsets into the
    draft; escaping a piece where it is cut keeps each claim over exactly its own characters,
    while a U+202E in a quote can no longer show the words after it right to left, nor an ESC
    reach a terminal that prints the page (issue 12, item 11).
    """
    out: list[str] = []
    last = 0
    for m in CONTROL_RE.finditer(text):
        char = m[0]
        if char in DRAFT_LAYOUT:
            continue
        name = unicodedata.name(char, "control character")
        out.append(escape(text[last : m.start()], quote=True))
        out.append(
            f'<span class="ctl" title="U+{ord(char):04X} {_e(name.lower())}">'
            f"{_e(VISIBLE_ESCAPES[char])}</span>"
        )
        last = m.end()
    out.append(escape(text[last:], quote=True))
    return "".join(out)


def claim_anchors(claims: Sequence[CheckedClaim]) -> tuple[str, ...]:
    """Each claim's anchor, from its id (made safe for an id attribute, then made unique in
    draft order): `claim-<anchor>` is its evidence block, `draft-<anchor>` its words."""
    out: list[str] = []
    taken: set[str] = set()
    for claim in claims:
        base = ANCHOR_RE.sub("-", claim.id) or "claim"
        anchor, n = base, 1
        while anchor in taken:
            n += 1
            anchor = f"{base}-{n}"
        taken.add(anchor)
        out.append(anchor)
    return tuple(out)


def span_anchor(prefix: str, start: int, end: int) -> str:
    """The anchor of a span that has no id (not checked, skipped): its offsets in the draft."""
    return f"{prefix}-{start}-{end}"


# --------------------------------------------------------------------------- the draft


@dataclass(frozen=True)
class _Span:
    """A span highlighted in the draft: a claim (`index` into report.claims), a span not
    checked or a skipped one."""

    what: str
    index: int
    start: int
    end: int

    @property
    def size(self) -> tuple[int, int, int]:
        # Innermost first: the shortest span, then the later start, then draft order.
        return (self.end - self.start, -self.start, self.index)


def _spans(report: CheckReport) -> list[_Span]:
    n = len(report.text)
    groups: tuple[tuple[str, Sequence[CheckedClaim | NotChecked | SkippedSpan]], ...] = (
        ("claim", report.claims),
        ("nc", report.not_checked),
        ("skip", report.skipped),
    )
    return [
        _Span(what, i, item.start, item.end)
        for what, items in groups
        for i, item in enumerate(items)
        if 0 <= item.start < item.end <= n
    ]


def _pieces(text: str, spans: list[_Span]) -> list[tuple[int, int, tuple[_Span, ...]]]:
    """The text cut at every span boundary: (start, end, spans covering it, innermost first)."""
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    starting: dict[int, list[_Span]] = {}
    for span in spans:
        starting.setdefault(span.start, []).append(span)
    active: list[_Span] = []
    out = []
    for a, b in pairwise(cuts):
        active = [s for s in active if s.end > a] + starting.get(a, [])
        out.append((a, b, tuple(sorted(active, key=lambda s: s.size))))
    return out


def _tag(lk: Look, *, short: bool = False) -> str:
    """A verdict's sign and label; `short` keeps the sign only for supported claims (the draft
    holds many), with the word still there for screen readers."""
    if short and lk.key == "supported":
        return f'{lk.sign}<span class="sr"> {_e(lk.label)}</span>'
    return f"{lk.sign} {_e(lk.label)}"


def render_draft(report: CheckReport, anchors: Sequence[str]) -> str:
    """The draft's text, escaped, line breaks kept (the pane is `pre-wrap`; other controls shown,
    draft_html), with each claim a link in its section's colour, a label after it, spans not
    checked underlined dotted and skipped page furniture greyed, each with why in its title.

    Why: claims overlap (a date inside a decision, a decision inside a quote) and links cannot
    nest, so the text is cut at every boundary and each piece links to the innermost claim
    covering it; a piece inside another claim is framed, every claim gets its own label, and each
    claim's panel names the claims it overlaps. Only a claim's first piece is a tab stop.
    """
    text, claims = report.text, report.claims
    spans = _spans(report)
    pieces = _pieces(text, spans)
    # The claims that are the innermost somewhere: their first piece is their tab stop.
    owned = {
        next(s.index for s in cover if s.what == "claim")
        for _, _, cover in pieces
        if any(s.what == "claim" for s in cover)
    }
    ends: dict[int, list[_Span]] = {}
    for span in sorted((s for s in spans if s.what == "claim"), key=lambda s: s.size):
        ends.setdefault(span.end, []).append(span)
    seen: set[tuple[str, int]] = set()
    out: list[str] = []
    for a, b, cover in pieces:
        html = draft_html(text[a:b])
        claim_spans = [s for s in cover if s.what == "claim"]
        nc = next((s for s in cover if s.what == "nc"), None)
        skip = next((s for s in cover if s.what == "skip"), None)
        if nc is not None:
            item = report.not_checked[nc.index]
            target = span_anchor("nc", item.start, item.end)
            title = _e(f"not checked ({item.kind}): {item.why}")
            if claim_spans:
                html = f'<span class="nc" title="{title}">{html}</span>'
            else:
                first = ("nc", nc.index) not in seen
                seen.add(("nc", nc.index))
                attrs = f' id="draft-{target}"' if first else ' tabindex="-1"'
                html = (
                    f'<a class="nc" href="#{target}" data-show="{target}"{attrs} '
                    f'title="{title}">{html}</a>'
                )
        if claim_spans:
            inner = claim_spans[0]
            claim, anchor = claims[inner.index], anchors[inner.index]
            lk = look(claim)
            first = ("claim", inner.index) not in seen
            seen.add(("claim", inner.index))
            attrs = f' id="draft-{anchor}"' if first else ' tabindex="-1"'
            nested = " in" if len(claim_spans) > 1 else ""
            title = f"{lk.label}: {claim.kind}, line {claim.line}:{claim.col}"
            if len(claim_spans) > 1:
                outer = claims[claim_spans[1].index]
                title += f"; inside a {outer.kind} ({look(outer).label})"
            html = (
                f'<a class="cl c-{lk.key}{nested}" href="#claim-{anchor}" '
                f'data-show="claim-{anchor}"{attrs} title="{_e(title)}">{html}</a>'
            )
        if skip is not None:
            item_s = report.skipped[skip.index]
            note = f" ({item_s.note.strip()})" if item_s.note and item_s.note.strip() else ""
            title = _e(f"skipped as page furniture: {item_s.reason}{note}")
            html = f'<span class="skip" title="{title}">{html}</span>'
        out.append(html)
        for span in ends.get(b, []):
            claim, anchor = claims[span.index], anchors[span.index]
            lk = look(claim)
            # A claim that other claims cover whole has no piece of its own: its label is
            # then its link and tab stop.
            attrs = f' id="draft-{anchor}"' if span.index not in owned else ' tabindex="-1"'
            out.append(
                f'<a class="tag c-{lk.key}" href="#claim-{anchor}" data-show="claim-{anchor}"'
                f'{attrs} title="{_e(lk.label)}: {_e(claim.kind)}">{_tag(lk, short=True)}</a>'
            )
    return "".join(out)


# --------------------------------------------------------------------------- evidence blocks


def _overlapping(claims: Sequence[CheckedClaim]) -> list[list[int]]:
    """For each claim, the claims whose spans share text with it, in draft order."""
    order = sorted(range(len(claims)), key=lambda i: (claims[i].start, claims[i].end, i))
    out: list[list[int]] = [[] for _ in claims]
    for pos, i in enumerate(order):
        # By index, not a slice: a copy of the rest of the list per claim was quadratic.
        for k in range(pos + 1, len(order)):
            j = order[k]
            if claims[j].start >= claims[i].end:
                break
            if claims[j].end > claims[j].start and claims[i].end > claims[i].start:
                out[i].append(j)
                out[j].append(i)
    return [sorted(found, key=lambda k: (claims[k].start, claims[k].end, k)) for found in out]


def _source(ref: ClaimRef) -> str:
    note = f'<p class="note">{_e(ref.note)}</p>' if ref.note else ""
    reference = (
        ' <span class="warn">the reference excludes it</span>'
        if ref.reference == "inconsistent"
        else ""
    )
    return (
        f'<div class="source"><div class="src"><strong>{_e(ref.article)}</strong> '
        f"<code>{_e(where(ref))}</code> claim <code>{_e(ref.claim)}</code>{reference}</div>"
        f"<blockquote>{_e(one_line(ref.before))}<mark>{_e(one_line(ref.exact))}</mark>"
        f"{_e(one_line(ref.after))}</blockquote>{note}</div>"
    )


def _draft_sentence(report: CheckReport, claim: CheckedClaim) -> str:
    """The draft's sentence with the claim's words marked (offsets into report.text)."""
    text = report.text
    s, e = claim.sentence_start, claim.sentence_end
    if 0 <= s <= claim.start < claim.end <= e <= len(text):
        before, after = text[s : claim.start], text[claim.end : e]
        return (
            f"{_e(one_line(before))}<mark>{_e(one_line(claim.exact))}</mark>"
            f"{_e(one_line(after))}"
        )
    if claim.sentence and claim.sentence != claim.exact:
        return f"{_e(one_line(claim.sentence))}<br><mark>{_e(one_line(claim.exact))}</mark>"
    return f"<mark>{_e(one_line(claim.exact))}</mark>"


def _diff(claim: CheckedClaim) -> str:
    runs = []
    for op, words in diff_words(claim.diff):
        if op == "delete":
            runs.append(f'<del title="only in the source">{_e(words)}</del>')
        elif op == "insert":
            runs.append(f'<ins title="only in the draft">{_e(words)}</ins>')
        else:
            runs.append(_e(words))
    return (
        '<p class="diff"><strong>Source &rarr; draft:</strong> '
        f"{' '.join(runs)} <span class=\"hint\">(struck: only in the source; underlined: "
        "only in the draft)</span></p>"
    )


def render_claim(
    report: CheckReport, index: int, anchors: Sequence[str], related: Sequence[int]
) -> str:
    """One claim's evidence block: verdict, reasons, explanation, an altered quote's word diff,
    then the draft's sentence beside its sources (the matched words marked) and the claims it
    overlaps."""
    claim, anchor = report.claims[index], anchors[index]
    lk = look(claim)
    status = f" / {claim.quote_status}" if claim.quote_status else ""
    reasons = "".join(f'<span class="reason">{_e(r)}</span>' for r in claim.reasons)
    parts = [
        f'<article class="claim c-{lk.key}" id="claim-{anchor}">',
        f'<h3><span class="tag c-{lk.key}">{_tag(lk)}</span> '
        f'<span class="verdict">{_e(claim.verdict)}{_e(status)}</span> {_e(claim.kind)} '
        f'<a class="where" href="#draft-{anchor}" data-show="claim-{anchor}">line '
        f"{claim.line}:{claim.col}</a> {reasons}</h3>",
        f'<p class="explanation">{_e(claim.explanation)}</p>',
    ]
    if claim.diff:
        parts.append(_diff(claim))
    parts += [
        '<div class="evidence">',
        f'<div class="side"><h4>In the draft</h4><blockquote>{_draft_sentence(report, claim)}'
        "</blockquote></div>",
    ]
    if claim.sources:
        n = len(claim.sources)
        sources = "".join(_source(ref) for ref in claim.sources)
        heading = f"{n} source{'s' if n != 1 else ''}"
        if more := more_sources(claim, "<code>--sources all</code>"):
            heading = f"{n:,} of {claim.sources_total:,} sources"
            sources += f'<p class="note">{more}</p>'
        parts.append(f'<div class="side"><h4>{heading}</h4>{sources}</div>')
    else:
        parts.append('<div class="side"><h4>Sources</h4><p class="note">none in the corpus'
                     "</p></div>")  # fmt: skip
    parts.append("</div>")
    if related:
        links = ", ".join(
            f'<a href="#claim-{anchors[j]}" data-show="claim-{anchors[j]}">'
            f"{_e(report.claims[j].kind)} &raquo;{_e(_clip(report.claims[j].exact, 40))}"
            f"&laquo; ({_e(look(report.claims[j]).label)})</a>"
            for j in related
        )
        parts.append(f'<p class="related">Overlaps: {links}</p>')
    if claim.finding:
        parts.append(
            f'<p class="note">See <code>natoiraq reconcile</code>: <code>{_e(claim.finding)}'
            "</code></p>"
        )
    parts.append("</article>")
    return "\n".join(parts)


def _clip(text: str, limit: int) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _not_checked_item(item: NotChecked) -> str:
    anchor = span_anchor("nc", item.start, item.end)
    return (
        f'<div class="item nc-item" id="{anchor}"><h3>Not checked: {_e(item.kind)} '
        f'<a class="where" href="#draft-{anchor}" data-show="{anchor}">line {item.line}:'
        f"{item.col}</a></h3><p><mark>{_e(one_line(item.exact))}</mark>: {_e(item.why)} "
        f'<span class="reason">{_e(item.reason)}</span></p></div>'
    )


def _skipped_item(item: SkippedSpan) -> str:
    anchor = span_anchor("skipped", item.start, item.end)
    note = f" ({_e(item.note.strip())})" if item.note and item.note.strip() else ""
    return (
        f'<div class="item" id="{anchor}">line {item.line}:{item.col} '
        f'<span class="reason">{_e(item.reason)}</span>{note}: '
        f'<span class="skip">{_e(_clip(item.exact, 120))}</span></div>'
    )


# --------------------------------------------------------------------------- the page


def _counts(report: CheckReport) -> str:
    """A link per list with its size (a count with no list is plain text)."""
    sizes = {title: len(claims) for title, claims in sections(report)}
    out = []
    for title, lk in zip(SECTION_TITLES, LOOKS, strict=True):
        n = sizes.get(title, 0)
        inner = f"<b>{n}</b> {_e(title.lower())}"
        if n:
            out.append(f'<a class="count c-{lk.key}" href="#list-{lk.key}">{inner}</a>')
        else:
            out.append(f'<span class="count zero">{inner}</span>')
    for key, title, items in (
        ("not-checked", "not checked", report.not_checked),
        ("skipped", "skipped", report.skipped),
    ):
        inner = f"<b>{len(items)}</b> {title}"
        if items:
            out.append(f'<a class="count c-{key}" href="#list-{key}">{inner}</a>')
        else:
            out.append(f'<span class="count zero">{inner}</span>')
    return f'<nav class="counts" aria-label="Claims per list">{"".join(out)}</nav>'


def _overview(report: CheckReport, anchors: Sequence[str]) -> str:
    """The panel before a claim is chosen: the problems to look at, each a link to its evidence."""
    index = {id(c): i for i, c in enumerate(report.claims)}
    problems = [
        (lk, report.claims[index[id(c)]], anchors[index[id(c)]])
        for (title, claims), lk in _section_looks(report)
        if lk.key != "supported"
        for c in claims
    ]
    items = "".join(
        f'<li><a href="#claim-{anchor}" data-show="claim-{anchor}"><span class="tag c-{lk.key}">'
        f"{_tag(lk)}</span> {_e(claim.kind)}, line {claim.line}: "
        f"&raquo;{_e(_clip(claim.exact, 70))}&laquo;</a></li>"
        for lk, claim, anchor in problems
    )
    head = (
        f"<h2>{len(problems)} problem{'s' if len(problems) != 1 else ''} to look at</h2>"
        if problems
        else "<h2>No problems found</h2>"
    )
    supported = report.counts["supported"]
    rest = []
    if supported:
        rest.append(
            f'<a href="#list-supported">{supported} supported</a> (green in the draft, their '
            "list folded below)"
        )
    if report.not_checked:
        rest.append(
            f'<a href="#list-not-checked">{len(report.not_checked)} not checked</a> (dotted '
            "underline)"
        )
    if report.skipped:
        rest.append(f'<a href="#list-skipped">{len(report.skipped)} skipped</a> (grey)')
    return (
        f'<div id="overview">{head}'
        '<p class="hint">Click a highlighted claim in the draft (or Tab to it and press Enter) '
        "to see its evidence here; Esc comes back to this list.</p>"
        f'<ol class="todo">{items}</ol>'
        + (f'<p class="hint">Also: {"; ".join(rest)}.</p>' if rest else "")
        + "</div>"
    )


def _section_looks(
    report: CheckReport,
) -> Iterable[tuple[tuple[str, tuple[CheckedClaim, ...]], Look]]:
    by_title = dict(zip(SECTION_TITLES, LOOKS, strict=True))
    return ((section, by_title[section[0]]) for section in sections(report))


def _lists(report: CheckReport, anchors: Sequence[str]) -> list[str]:
    related = _overlapping(report.claims)
    index = {id(c): i for i, c in enumerate(report.claims)}
    out = ['<div id="lists">']
    for (title, claims), lk in _section_looks(report):
        blocks = "\n".join(
            render_claim(report, index[id(c)], anchors, related[index[id(c)]]) for c in claims
        )
        heading = f'<h2><span class="tag c-{lk.key}">{lk.sign}</span> {_e(title)} ({len(claims)})'
        if lk.key == "supported":
            # Folded: an editor should not scroll past screens of claims that are fine.
            out.append(
                f'<details class="list" id="list-{lk.key}"><summary>{heading} '
                '<span class="hint fold">(folded; click to open)</span></h2></summary>\n'
                f"{blocks}\n</details>"
            )
        else:
            out.append(f'<section class="list" id="list-{lk.key}">{heading}</h2>\n{blocks}\n'
                       "</section>")  # fmt: skip
    if report.not_checked:
        items = "\n".join(_not_checked_item(n) for n in report.not_checked)
        out.append(
            f'<section class="list" id="list-not-checked"><h2>Not checked '
            f"({len(report.not_checked)})</h2>"
            '<p class="hint">Spans that look like claims but were not judged, and why.</p>'
            f"\n{items}\n</section>"
        )
    if report.skipped:
        items = "\n".join(_skipped_item(k) for k in report.skipped)
        out.append(
            f'<section class="list" id="list-skipped"><h2>Skipped as page furniture '
            f"({len(report.skipped)})</h2>\n{items}\n</section>"
        )
    out.append("</div>")
    return out


def _palette() -> str:
    rules = [f".c-{lk.key}{{--ink:{lk.ink};--tint:{lk.tint}}}" for lk in LOOKS]
    rules.append(".c-not-checked,.c-skipped{--ink:#444444;--tint:#eeeeee}")
    return "\n".join(rules)


STYLE = f"""
*{{box-sizing:border-box}}
html,body{{margin:0;padding:0}}
body{{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:{BODY_INK};
background:#fff}}
[hidden]{{display:none!important}}
.sr{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}
.screen{{display:flex;flex-direction:column;height:100vh}}
header{{padding:.4rem 1rem;border-bottom:1px solid #ccc;background:#f7f7f7}}
header h1{{font-size:1.1rem;margin:0 0 .15rem}}
header p{{margin:.1rem 0;font-size:.85rem}}
.counts{{display:flex;flex-wrap:wrap;gap:.35rem;margin:.3rem 0 .1rem}}
.count{{border:1px solid var(--ink,#999);background:var(--tint,#fff);color:var(--ink,#555);
border-radius:3px;padding:0 .5rem;font-size:.9rem;text-decoration:none}}
a.count:hover,a.count:focus-visible{{text-decoration:underline}}
.count.zero{{border-color:#bbb;color:#555;background:#fff}}
.panes{{flex:1;min-height:0;display:grid;grid-template-columns:minmax(0,1.15fr) minmax(0,1fr)}}
.pane{{overflow:auto;padding:.6rem 1.2rem 2rem}}
#draft-pane{{border-right:1px solid #ccc}}
#draft{{white-space:pre-wrap;overflow-wrap:break-word;font:16px/1.75 Georgia,"Times New Roman",
serif;max-width:48rem;margin:0}}
.pane h2{{font-size:1rem;margin:.2rem 0 .5rem}}
{_palette()}
a.cl{{color:inherit;text-decoration:none;background:var(--tint);border-bottom:2px solid var(--ink);
border-radius:2px;cursor:pointer}}
a.cl.in{{box-shadow:0 0 0 1px var(--ink)}}
a.cl:hover{{filter:brightness(.95)}}
.sel{{outline:3px solid #111;outline-offset:1px}}
a:focus-visible{{outline:3px solid #1a56db;outline-offset:2px}}
.tag{{display:inline-block;font:600 11px/1.3 system-ui,sans-serif;color:var(--ink);
background:var(--tint);border:1px solid var(--ink);border-radius:3px;padding:0 3px;margin:0 2px;
vertical-align:2px;text-decoration:none;white-space:nowrap}}
a.nc{{color:inherit;text-decoration:underline dotted #444 2px;text-underline-offset:4px}}
span.nc{{text-decoration:underline dotted #444 2px;text-underline-offset:4px}}
.skip{{color:{SKIPPED_INK};font-style:italic}}
.ctl{{font:12px/1 ui-monospace,Menlo,Consolas,monospace;color:#a3120f;background:#fff;
border:1px solid #a3120f;border-radius:2px;padding:0 1px;unicode-bidi:isolate}}
.hint{{color:#555;font-size:.85rem}}
ol.todo{{padding-left:1.4rem;margin:.3rem 0}}ol.todo li{{margin:.25rem 0}}
ol.todo a{{color:{BODY_INK};text-decoration:none}}ol.todo a:hover{{text-decoration:underline}}
button.back{{font:inherit;font-size:.85rem;margin-bottom:.4rem;cursor:pointer}}
article.claim,.item{{border:1px solid #ddd;border-left:6px solid var(--ink,#999);
border-radius:4px;margin:.6rem 0;padding:.5rem .8rem}}
article.claim h3,.item h3{{font-size:.95rem;margin:0 0 .3rem}}
.verdict{{font-weight:700;text-transform:uppercase;margin:0 .3rem}}
.where{{font-weight:400;font-size:.85rem}}
.reason{{display:inline-block;background:#eee;border-radius:3px;padding:0 .4rem;margin:0 .15rem;
font-size:.8rem;font-weight:400}}
.evidence{{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.3fr);gap:.7rem}}
.evidence h4{{margin:.2rem 0;font-size:.8rem;text-transform:uppercase;color:#555}}
.evidence blockquote{{margin:.2rem 0;padding:.3rem .5rem;background:#fafafa;border-radius:3px}}
.source{{border:1px solid #e3e3e3;border-radius:4px;padding:.3rem .5rem;margin-bottom:.4rem}}
.source .src{{font-size:.8rem;color:#444}}.source blockquote{{background:none;padding:0}}
mark{{background:#ffe27a;color:{BODY_INK};padding:0 .1rem}}
.note{{font-size:.85rem;font-style:italic;color:#444;margin:.2rem 0}}
.warn{{color:#a3120f;font-weight:700}}
del{{color:#a3120f}}ins{{color:#1d6a2a;font-weight:600}}
.related{{font-size:.85rem}}
code{{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em}}
#lists{{padding:.5rem 1.2rem 3rem;max-width:90rem}}
#lists h2{{font-size:1.15rem;margin:1.2rem 0 .3rem;display:inline-block}}
.list{{display:block;border-top:2px solid #ddd;margin-top:1rem}}
details.list summary{{cursor:pointer}}details[open] .fold{{display:none}}
@media (max-width:800px){{.screen{{height:auto}}.panes{{display:block}}
#draft-pane{{border:0}}.evidence{{grid-template-columns:1fr}}}}
"""

#: Clicking a claim (a link with data-show) copies its evidence block into the panel instead of
#: jumping to it, and marks its words in the draft; a link to a folded list opens it.
SCRIPT = """
(function () {
  "use strict";
  var overview = document.getElementById("overview");
  var shown = document.getElementById("shown");
  var marked = [];
  function home() {
    marked.forEach(function (el) { el.classList.remove("sel"); });
    marked = [];
    shown.hidden = true;
    shown.replaceChildren();
    overview.hidden = false;
  }
  function show(target, scroll) {
    var block = document.getElementById(target);
    if (!block) { return false; }
    var copy = block.cloneNode(true);
    copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    var back = document.createElement("button");
    back.type = "button";
    back.className = "back";
    back.textContent = "\\u2190 all problems";
    back.addEventListener("click", home);
    home();
    shown.replaceChildren(back, copy);
    overview.hidden = true;
    shown.hidden = false;
    document.getElementById("panel").scrollTop = 0;
    var sel = '#draft [data-show="' + CSS.escape(target) + '"]';
    marked = Array.prototype.slice.call(document.querySelectorAll(sel));
    marked.forEach(function (el) { el.classList.add("sel"); });
    if (scroll && marked.length) { marked[0].scrollIntoView({block: "center"}); }
    return true;
  }
  function unfold(hash) {
    var el = hash && document.getElementById(decodeURIComponent(hash.slice(1)));
    var folded = el && el.closest("details");
    if (folded) { folded.open = true; }
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-show]");
    if (link) {
      if (show(link.getAttribute("data-show"), !link.closest("#draft"))) {
        event.preventDefault();
      }
      return;
    }
    link = event.target.closest('a[href^="#"]');
    if (link) { unfold(link.getAttribute("href")); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { home(); }
  });
  window.addEventListener("hashchange", function () { unfold(location.hash); });
  if (location.hash.indexOf("#claim-") === 0) { show(location.hash.slice(1), true); }
  else { unfold(location.hash); }
})();
"""


def render_html(report: CheckReport) -> str:
    """The check report as one self-contained HTML page, escaped throughout, byte-identical for
    the same report (no dates, no random ids: anchors come from claim ids and offsets)."""
    anchors = claim_anchors(report.claims)
    if report.text:
        draft = f'<div id="draft">{render_draft(report, anchors)}</div>'
    else:
        draft = (
            '<p class="hint">The draft\'s text is not part of this report; its claims are '
            'listed below.</p><div id="draft"></div>'
        )
    notes = "".join(f'<p class="note">{_e(n)}</p>' for n in report.notes)
    page = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light">',
        f"<title>natoiraq check: {_e(report.story)}</title>",
        f"<style>{STYLE}</style></head>",
        "<body>",
        '<div class="screen">',
        f"<header><h1>Draft check: {_e(report.story)}</h1>",
        f"<p>{_e(summary(report))}</p>{notes}",
        _counts(report),
        "</header>",
        '<main class="panes">',
        '<section class="pane" id="draft-pane" aria-label="The draft">',
        '<h2>The draft <span class="hint">(claims highlighted by verdict; click one for its '
        "evidence)</span></h2>",
        draft,
        "</section>",
        '<aside class="pane" id="panel" aria-label="Evidence" aria-live="polite">',
        _overview(report, anchors),
        '<div id="shown" hidden></div>',
        "</aside>",
        "</main>",
        "</div>",
        *_lists(report, anchors),
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(page) + "\n"
