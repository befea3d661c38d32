"""What the claim index keeps of each article: its block keys and its digest parts (issue 15).

`check` reads from the corpus cache only the articles whose claims fall in the blocks its draft
needs. For that, each cached article lists the blocks it has claims in, keyed coarsely enough
that no registry is needed to work them out (the registry's bytes are part of every cache key
anyway): a date by its topic, a count by its quantity (the unit family splits a quantity's block
later, in the index), a decision by its action and object (whoever decides), and a quote by its
speaker, with the quote's folded text so that a draft's quote can be looked for among the distinct
texts alone. A key set that is too wide only costs reading an article more; one that is too
narrow would change a verdict, so every claim of every status is keyed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, TypedDict

import pydantic_core

from natoiraq.models import Article, Claim, CountClaim, DateClaim, DecisionClaim, QuoteClaim
from natoiraq.models.claims import Span
from natoiraq.text import fold_quote

#: Separates the parts of a key (no id or topic holds it).
SEP = "\x1f"


def date_key(topic: str) -> str:
    return f"date{SEP}{topic}"


def count_key(topic: str) -> str:
    return f"count{SEP}{topic}"


def decision_key(action: str, obj: str) -> str:
    return f"decision{SEP}{action}{SEP}{obj}"


def quote_key(speaker: str) -> str:
    return f"quote{SEP}{speaker}"


def raw_claim_key(claim: Mapping[str, Any]) -> str:
    """The block key of a claim as JSON data (the cache's model of an article), "" where the
    data is not a claim of a known kind: the caller then keeps it."""
    value = claim.get("value")
    kind = claim.get("kind")
    if not isinstance(value, Mapping):
        return ""
    if kind == "date":
        return date_key(str(claim.get("topic")))
    if kind == "count":
        return count_key(str(claim.get("topic")))
    if kind == "decision":
        return decision_key(str(value.get("action")), str(value.get("object")))
    if kind == "quote":
        return quote_key(str(value.get("speaker")))
    return ""


def claim_key(claim: Claim) -> str:
    """The block key of a claim."""
    if isinstance(claim, DateClaim):
        return date_key(claim.topic)
    if isinstance(claim, CountClaim):
        return count_key(claim.topic)
    if isinstance(claim, DecisionClaim):
        return decision_key(claim.value.action, claim.value.object)
    return quote_key(claim.value.speaker)


def claim_keys(article: Article) -> tuple[str, ...]:
    """The distinct block keys of an article's claims, sorted."""
    return tuple(sorted({claim_key(claim) for claim in article.claims}))


class Summary(TypedDict):
    """What a report says of an article (reconcile's ArticleSummary, as JSON data)."""

    id: str
    seed: str
    outlet: str
    published: str | None
    timezone: str | None
    translated_from: str | None


def summary_part(article: Article) -> Summary:
    """The article's Summary."""
    return {
        "id": article.id,
        "seed": article.seed,
        "outlet": article.outlet.name,
        "published": article.published.date.isoformat() if article.published.date else None,
        "timezone": article.timezone,
        "translated_from": article.translated_from,
    }


def block_digests(article: Article) -> tuple[str, ...]:
    """A digest of what each of an article's blocks (claim_keys, in that order) takes from it.

    Why: reconcile keeps each block's findings under a digest of its members' parts (issue
    15), so an article's part must change whenever a finding could: every field of every
    claim in the block (any status), and what findings say of the article besides its claims
    (its summary, its seed's sha256, its page furniture). The rest of its header (how its date
    or outlet is known, its notes) is left out: a reviewer's note on it changes no finding,
    and must not make every block it is in be compared again.
    """
    header = json.dumps(
        [summary_part(article), article.sha256, [(b.start, b.end) for b in article.boilerplate]]
    ).encode()
    digests: dict[str, Any] = {}
    for claim in article.claims:
        key = claim_key(claim)
        if (digest := digests.get(key)) is None:
            digest = digests[key] = hashlib.sha256(header)
        digest.update(b"\1" + claim.model_dump_json().encode())
    return tuple(digests[key].hexdigest() for key in sorted(digests))


def quote_texts(article: Article) -> tuple[tuple[str, str], ...]:
    """(speaker, folded text) of each distinct quote of an article, sorted."""
    return tuple(
        sorted(
            {
                (claim.value.speaker, fold_quote(claim.value.text))
                for claim in article.claims
                if isinstance(claim, QuoteClaim)
            }
        )
    )


def origins_part(article: Article) -> str:
    """What an article adds to the digest its corpus's origin groups are kept under: its id,
    seed (sha256), page furniture and recorded origins (claims are not among them)."""
    return "\0".join(
        [
            article.id,
            article.sha256,
            json.dumps([(b.start, b.end) for b in article.boilerplate]),
            json.dumps([origin.model_dump(mode="json") for origin in article.origins]),
        ]
    )


def origins_digest(parts: Iterable[str]) -> str:
    """The memo key of the origin groups of the articles whose origins_part are `parts`, in
    article-id order (the corpus cache works it out without loading the articles)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode())
        digest.update(b"\1")
    return f"origins:{digest.hexdigest()}"


#: How the claim index joins a block's claims (ROW_SEP) and a claim's fields (FIELD_SEP); with
#: SEP and the cache's LIST_SEP ("\x1e"), the four separators of ASCII, which JSON escapes.
ROW_SEP = "\x1d"
FIELD_SEP = "\x1f"
_SEPARATORS = re.compile("[\x1c-\x1f]")


def index_part(article: Article) -> tuple[str, ...]:
    """The article as the claim index keeps it for check and reconcile to read its claims
    from (validator/cached.py from_index): its
    header (the model without its claims, as JSON), then for each of its block keys
    (claim_keys, in that order) the block's claims. A claim is its place in the article, its
    kind, then each other field of its class in order: evidence as start, end and exact,
    value as JSON, and any other field as index_field keeps it.
    Empty where a text holds a separator (the reader then reads the model).

    Why not JSON rows: a value as JSON text inside JSON is escaped quote by quote, and
    decoding 210,000 such rows took 0.65 s of every check of a story told 10,000 times; split
    on separators, they take a fifth of that. Equal values are told apart by their text and
    built once."""
    blocks: dict[str, list[str]] = {}
    for i, c in enumerate(article.claims):
        fields = [str(i), c.kind]
        for name in type(c).model_fields:
            if name == "evidence":
                fields += [str(c.evidence.start), str(c.evidence.end), c.evidence.exact]
            elif name == "value":
                fields.append(c.value.model_dump_json())
            elif name != "kind":
                fields.append(index_field(getattr(c, name)))
        if any(_SEPARATORS.search(f) for f in fields):
            return ()
        blocks.setdefault(claim_key(c), []).append(FIELD_SEP.join(fields))
    header = article.model_dump_json(exclude={"claims"})
    return (header, *(ROW_SEP.join(blocks[key]) for key in sorted(blocks)))


def index_field(value: object) -> str:
    """A claim field other than its kind, evidence and value, as index_part keeps it: "-" for
    none, "+" and a text, "@" and a span's start, end and exact (commas between), else "="
    and its JSON."""
    if value is None:
        return "-"
    if isinstance(value, str):
        return "+" + value
    if isinstance(value, Span):
        # A span (a quote's attribution), as evidence is kept: one each quote, and validating
        # them from JSON was a third of the time check took to read a story's quotes.
        return f"@{value.start},{value.end},{value.exact}"
    return "=" + pydantic_core.to_json(value).decode()
