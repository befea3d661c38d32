"""The check report's HTML page without a browser (issue 11, item 4): the draft itself with every
claim highlighted and its text intact, overlapping claims, counts that link to their lists,
escaping, determinism, contrast, and nothing loaded from anywhere."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest

from natoiraq.checker import CheckedClaim, CheckReport
from natoiraq.report.check import render_check, render_html, sections
from natoiraq.report.check_html import BODY_INK, LOOKS, SKIPPED_INK, Look, claim_anchors
from tests.checker.test_check import QUOTES, SAID, STRIKE_B, STRIKE_C, STRIKE_ON, check

#: A draft with a contradicted date (Jan. 2 against two sources' January 3), a supported quote
#: holding a decision, and text that must be escaped: a script, quotes, ampersands, a tag.
DRAFT = (
    "# NATO & Iraq: \"a <script>alert('x')</script> test\"\n\n"
    + STRIKE_ON.format("Jan. 2")
    + " Tom & Jerry's <b>bold</b> claim &amp; more.\n\n"
    + f"“{SAID}” Jens Stoltenberg said.\n"
)

#: Page furniture (a byline) and a span that looks like a claim but is none (a share).
FURNITURE_DRAFT = (
    "# Alliance keeps its trainers in Iraq\n\nBy A. Reporter, Jan. 6, 2020\n\n"
    "The strike on Jan. 2 killed Soleimani. Turnout fell to 41 percent after it.\n"
)


@pytest.fixture(scope="module")
def report() -> CheckReport:
    return check(DRAFT, STRIKE_B, STRIKE_C, QUOTES)


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def walk(self) -> list[Node]:
        out = [self]
        for child in self.children:
            if isinstance(child, Node):
                out += child.walk()
        return out

    def text(self, skip_class: str = "") -> str:
        return "".join(
            c if isinstance(c, str) else c.text(skip_class)
            for c in self.children
            if isinstance(c, str) or skip_class not in c.classes
        )


VOID = {"meta", "br", "link", "img", "input", "hr"}


class Tree(HTMLParser):
    """The page as a tree; fails on a closing tag that does not match (broken nesting)."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]
        self.feed(page)
        self.close()
        assert self.stack == [self.root], [n.tag for n in self.stack]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, (tag, [n.tag for n in self.stack])
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def by_id(self, ident: str) -> Node:
        found = [n for n in self.root.walk() if n.attrs.get("id") == ident]
        assert len(found) == 1, ident
        return found[0]


@pytest.fixture(scope="module")
def page(report: CheckReport) -> str:
    return render_check(report, "html")


@pytest.fixture(scope="module")
def tree(page: str) -> Tree:
    return Tree(page)


def test_the_draft_is_shown_whole_and_unchanged(report: CheckReport, tree: Tree) -> None:
    # The labels after each claim are additions; everything else is the draft, character for
    # character (line breaks kept: the pane is pre-wrap).
    assert tree.by_id("draft").text(skip_class="tag") == report.text == DRAFT


def test_every_claim_is_highlighted_in_its_sections_colour(report: CheckReport,
                                                           tree: Tree) -> None:  # fmt: skip
    draft = tree.by_id("draft").walk()
    keys = {"contradicted", "supported", "unsupported"}
    assert {c.verdict for c in report.claims} == keys  # the fixture holds what it should
    for claim, anchor in zip(report.claims, claim_anchors(report.claims), strict=True):
        links = [n for n in draft if n.attrs.get("data-show") == f"claim-{anchor}"]
        pieces = [n for n in links if "cl" in n.classes]
        labels = [n for n in links if "tag" in n.classes]
        assert pieces and len(labels) == 1, claim.id
        key = "contradicted" if claim.verdict == "contradicted" else claim.verdict
        assert all(f"c-{key}" in n.classes for n in pieces + labels)
        # A text label, not colour alone.
        assert claim.verdict in labels[0].text()
        assert [n.attrs.get("tabindex") for n in links].count(None) == 1  # one tab stop
        assert tree.by_id(f"draft-{anchor}") in links
        # Its words are its pieces and those of the claims inside it, in draft order.
        inside = {f"claim-{a}" for c, a in zip(report.claims, claim_anchors(report.claims),
                                               strict=True)
                  if claim.start <= c.start and c.end <= claim.end}  # fmt: skip
        words = [n.text() for n in draft if "cl" in n.classes and n.attrs["data-show"] in inside]
        assert "".join(words) == claim.exact


def test_a_claim_inside_another_is_its_own_link(report: CheckReport, tree: Tree) -> None:
    decision = next(c for c in report.claims if c.kind == "decision")
    anchor = claim_anchors(report.claims)[report.claims.index(decision)]
    piece = tree.by_id(f"draft-{anchor}")
    assert piece.text() == decision.exact == "we will not withdraw"
    assert "in" in piece.classes  # framed: it sits inside the quote
    assert "inside a quote (supported)" in piece.attrs["title"]
    quote = " ".join(tree.by_id("claim-quote-2").text().split())
    assert "Overlaps: decision »we will not withdraw« (supported)" in quote


def _claim(cid: str, start: int, end: int, text: str, verdict: str = "supported") -> CheckedClaim:
    return CheckedClaim(
        id=cid, kind="date", topic="t", exact=text[start:end], start=start, end=end, line=1,
        col=start + 1, value={}, verdict=verdict, reasons=(), explanation=f"{cid} explained",
    )  # type: ignore[arg-type]  # fmt: skip


def test_nested_crossing_and_identical_spans_keep_the_text() -> None:
    text = "The council agreed on Jan. 3 to end the mission in Iraq.\n\nA second paragraph."
    outer = _claim("outer", 4, 55, text)
    inner = _claim("inner", 22, 28, text, "contradicted")
    twin = _claim("inner twin", 22, 28, text, "unsupported")  # no piece of its own
    crossing = _claim("crossing", 40, 70, text, "contested")
    report = CheckReport("s", None, "unknown", "", (outer, inner, twin, crossing), text=text)
    tree = Tree(render_html(report))
    draft = tree.by_id("draft")
    assert draft.text(skip_class="tag") == text
    assert claim_anchors(report.claims) == ("outer", "inner", "inner-twin", "crossing")
    assert tree.by_id("draft-inner").text() == "Jan. 3"
    assert "c-contradicted" in tree.by_id("draft-inner").classes  # innermost wins
    # The twin has no words of its own: its label is its link and its tab stop.
    assert "tag" in tree.by_id("draft-inner-twin").classes
    # The crossing claim is innermost where it overlaps the outer one (it is shorter).
    assert tree.by_id("draft-crossing").text() == "mission in Iraq"
    crossing_words = [n.text() for n in draft.walk() if "cl" in n.classes
                      and n.attrs["data-show"] == "claim-crossing"]  # fmt: skip
    assert "".join(crossing_words) == crossing.exact
    outer_words = [n.text() for n in draft.walk() if "cl" in n.classes
                   and n.attrs["data-show"] == "claim-outer"]  # fmt: skip
    assert outer_words == ["council agreed on ", " to end the "]
    stops = [n for n in draft.walk() if "data-show" in n.attrs and "tabindex" not in n.attrs]
    assert [n.attrs["data-show"] for n in stops] == [
        "claim-outer", "claim-inner", "claim-inner-twin", "claim-crossing"]  # fmt: skip
    # Every claim has its evidence block below; the overlapping ones name each other.
    assert "Overlaps:" in tree.by_id("claim-crossing").text()


def test_every_link_and_panel_target_exists(tree: Tree) -> None:
    nodes = tree.root.walk()
    ids = [n.attrs["id"] for n in nodes if "id" in n.attrs]
    assert len(ids) == len(set(ids))
    for node in nodes:
        href = node.attrs.get("href", "")
        if node.tag == "a":
            assert href.startswith("#") and href[1:] in ids, href
        if "data-show" in node.attrs:
            assert node.attrs["data-show"] in ids


def test_counts_link_to_their_lists(report: CheckReport, tree: Tree) -> None:
    counts = [n for n in tree.root.walk() if "count" in n.classes]
    linked = {n.attrs["href"][1:]: int(n.walk()[1].text()) for n in counts if n.tag == "a"}
    assert set(linked) == {"list-contradicted", "list-unsupported", "list-supported"}
    for ident, n in linked.items():
        listed = [c for c in tree.by_id(ident).walk() if c.tag == "article"]
        assert len(listed) == n
    assert sum(linked.values()) == len(report.claims)
    # A count with no list is plain text.
    assert {n.text() for n in counts if n.tag == "span"} == {
        "0 altered quotes", "0 contested", "0 not checked", "0 skipped"}  # fmt: skip
    assert [title for title, _ in sections(report)] == [
        "Contradicted", "Unsupported", "Supported"]  # fmt: skip


def test_problems_come_first_and_supported_are_folded(tree: Tree, page: str) -> None:
    assert tree.by_id("list-supported").tag == "details"
    assert "open" not in tree.by_id("list-supported").attrs
    assert page.index('id="list-contradicted"') < page.index('id="list-unsupported"')
    assert page.index('id="list-unsupported"') < page.index('id="list-supported"')
    overview = tree.by_id("overview").text()
    assert "2 problems to look at" in overview and "Jan. 2" in overview


def test_evidence_blocks_hold_the_sources_side_by_side(tree: Tree) -> None:
    block = tree.by_id("claim-date-1")
    sides = [n for n in block.walk() if "side" in n.classes]
    assert [s.walk()[1].text() for s in sides] == ["In the draft", "2 sources"]
    marks = [n.text() for n in sides[1].walk() if n.tag == "mark"]
    assert marks == ["January 3", "January 3"]
    assert "the U.S. drone strike on Jan. 2 that killed" in " ".join(sides[0].text().split())


def test_everything_is_escaped(page: str) -> None:
    assert page.count("<script") == 1 and page.count("</script>") == 1  # the page's own
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<b>bold" not in page and "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "Tom &amp; Jerry&#x27;s" in page and "claim &amp;amp; more" in page
    assert "# NATO &amp; Iraq: &quot;" in page


def test_the_page_is_deterministic(report: CheckReport, page: str) -> None:
    again = render_check(check(DRAFT, STRIKE_B, STRIKE_C, QUOTES), "html")
    assert again == page
    assert not re.search(r"\b20\d\d-\d\d-\d\dT|\brandom\b|Math\.random|Date\(", page)


def test_nothing_is_loaded_from_anywhere(page: str) -> None:
    assert not re.search(r"https?:|//[a-z]|url\(|@import|<link|<img|<iframe|\bsrc=|fetch\(", page)


def test_a_report_without_the_drafts_text_still_lists_its_claims() -> None:
    claim = _claim("only", 0, 4, "Jan. 3")
    tree = Tree(render_html(CheckReport("s", None, "unknown", "", (claim,))))
    assert tree.by_id("draft").children == []
    assert "only explained" in tree.by_id("claim-only").text()


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("look", LOOKS, ids=[lk.key for lk in LOOKS])
def test_colours_have_aa_contrast(look: Look) -> None:
    assert _contrast(look.ink, look.tint) >= 4.5
    assert _contrast(look.ink, "#ffffff") >= 4.5
    assert _contrast(BODY_INK, look.tint) >= 4.5


def test_page_furniture_is_greyed_and_unchecked_spans_underlined() -> None:
    report = check(FURNITURE_DRAFT, STRIKE_B, STRIKE_C)
    tree = Tree(render_html(report))
    draft = tree.by_id("draft")
    assert draft.text(skip_class="tag") == FURNITURE_DRAFT
    skipped = {n.text(): n.attrs["title"] for n in draft.walk() if "skip" in n.classes}
    assert skipped["By A. Reporter, Jan. 6, 2020"] == "skipped as page furniture: byline"
    unchecked = {n.text(): n for n in draft.walk() if "nc" in n.classes}
    share = unchecked["41 percent"]
    assert share.tag == "a" and share.attrs["title"].startswith("not checked (count): a percentage")
    assert "41 percent" in tree.by_id(share.attrs["data-show"]).text()
    assert {"list-not-checked", "list-skipped"} <= {
        n.attrs.get("href", "#")[1:] for n in tree.root.walk() if "count" in n.classes}  # fmt: skip
    assert _contrast(SKIPPED_INK, "#ffffff") >= 4.5
