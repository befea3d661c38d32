"""The rule catalogue: every finding code the validator can emit, with an explanation."""

from __future__ import annotations

from dataclasses import dataclass

from natoiraq.errors import Severity


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    title: str
    explanation: str


_RULES = [
    # -- reading the file
    Rule(
        "E100",
        "error",
        "file cannot be read",
        "The file does not exist, is a directory, is not a regular file (a FIFO, device or "
        "socket, which would block or never end), is a symlink leading outside the "
        "repository, or the system refused to read it. docs/files.md has the rules.",
    ),
    Rule(
        "E101",
        "error",
        "file too large",
        "Corpus YAML files are limited to 1 MiB and 50,000 values (keys, items, scalars) so "
        "that a hostile or runaway file cannot tie up CI or `fmt`. A real article file is far "
        "smaller.",
    ),
    Rule(
        "E102",
        "error",
        "not UTF-8 text",
        "Corpus files and seeds are UTF-8 without a byte-order mark. The finding points at "
        "the first bad byte.",
    ),
    Rule(
        "E103",
        "error",
        "YAML syntax error",
        "The file is not well-formed YAML (or holds more than one document). The position is "
        "where the parser gave up; the mistake is often just before it.",
    ),
    Rule(
        "E104",
        "error",
        "anchor, alias, merge key or tag",
        "Anchors (&a), aliases (*a), merge keys (<<) and explicit tags (!!str, !python/...) "
        "are refused: the corpus never needs them and they open the door to alias bombs and "
        "to values whose type the schema does not decide.",
    ),
    Rule(
        "E105",
        "error",
        "duplicate key",
        "A mapping names the same key twice; YAML would silently keep only one of them.",
    ),
    Rule(
        "E106",
        "error",
        "nesting too deep",
        "Structures deeper than 32 levels are refused before they are built.",
    ),
    Rule(
        "E107",
        "error",
        "wrong document shape",
        "The document must be a mapping with plain-text keys (and not empty).",
    ),
    Rule(
        "E108",
        "error",
        "fmt cannot rewrite the file safely",
        "`natoiraq fmt` leaves a file as it is when its round-trip parser cannot read it (a "
        "tab after `key:`, which libyaml allows) or when the canonical form would lose a "
        "comment (one inside a {...} mapping, before `---` or after `...`) or change a value. "
        "Validate does not report this: the file is valid.",
    ),
    # -- the schema
    Rule(
        "E201",
        "error",
        "missing key",
        "A required key is absent. `natoiraq schema` writes the JSON Schema that lists them.",
    ),
    Rule(
        "E202",
        "error",
        "unknown key",
        "A key the schema does not know: often a typo (the hint names the nearest known key).",
    ),
    Rule(
        "E203",
        "error",
        "wrong type",
        "A value has the wrong type (text where a number is expected, a list for a mapping).",
    ),
    Rule(
        "E204",
        "error",
        "value not allowed",
        "A value is not one of the allowed choices (kind, granularity, hedge, action, ...) "
        "or does not have the required form (ids are lowercase slugs, sha256 is 64 hex digits).",
    ),
    Rule(
        "E205",
        "error",
        "value out of range",
        "A number below its minimum, an empty text, or another constraint of the schema; "
        "also a plain number of over 1,000 characters, refused as the file is read.",
    ),
    Rule(
        "E206",
        "error",
        "unknown time zone",
        "Time zones are IANA names such as Europe/Brussels or America/New_York.",
    ),
    # -- the seed and the anchoring of spans
    Rule(
        "E301",
        "error",
        "seed path outside the repository",
        "`seed` must be a repository-relative path inside the repository (seeds/<file>.txt).",
    ),
    Rule(
        "E302",
        "error",
        "seed missing",
        "The seed file named by `seed` does not exist, is not a regular file, is larger than "
        "2 MiB, or cannot be read.",
    ),
    Rule(
        "E303",
        "error",
        "seed is not UTF-8",
        "The seed file cannot be decoded as UTF-8 text without a byte-order mark.",
    ),
    Rule(
        "E304",
        "error",
        "seed changed",
        "The sha256 of the seed's bytes differs from the one the article records: the seed "
        "was edited (seeds are immutable) or the article points at the wrong file.",
    ),
    Rule(
        "E310",
        "error",
        "text does not match the seed",
        "`exact` differs from the seed's text at start..end. The hint gives the offsets where "
        "the text does occur when it occurs exactly once.",
    ),
    Rule(
        "E311", "error", "span out of range", "start or end lies beyond the end of the seed text."
    ),
    Rule(
        "E312",
        "error",
        "claim inside boilerplate",
        "A claim's evidence overlaps a span marked as boilerplate; nothing in boilerplate may "
        "become a claim.",
    ),
    Rule(
        "E313",
        "error",
        "boilerplate spans overlap",
        "Two boilerplate spans overlap; merge them or fix their offsets.",
    ),
    # -- ids and the registry
    Rule(
        "E401",
        "error",
        "duplicate id",
        "Claim ids are unique within their article; article ids, registry ids and reference "
        "fact ids are unique in the corpus.",
    ),
    Rule(
        "E402",
        "error",
        "unknown registry id",
        "A topic, speaker, actor, object or occasion names an id that corpus/registry.yaml "
        "does not define (or an entity's decides_for names no other entity, or an office's "
        "holders name no person). The hint names "
        "the nearest id when there is one.",
    ),
    Rule(
        "E403",
        "error",
        "file name does not match id",
        "An article file is named after its id: corpus/articles/<id>.yaml.",
    ),
    # -- values
    Rule(
        "E501",
        "error",
        "dates out of order",
        "A date interval whose earliest is after its latest, or an event that ends before it "
        "starts.",
    ),
    Rule(
        "E502",
        "error",
        "count range out of order",
        "A count whose low is above its high, or whose point lies outside low..high.",
    ),
    Rule("E503", "error", "span out of order", "A span whose end is not after its start."),
    Rule(
        "E504",
        "error",
        "reference value does not fit its kind",
        "A reference fact gives exactly the value key its kind names (count, instant or date); "
        "an instant carries its UTC offset.",
    ),
    Rule(
        "E505",
        "error",
        "date and basis disagree",
        "A date with basis `unresolved` has no earliest/latest; any other basis needs both. "
        "Likewise a publication date is null exactly when its basis is `unknown`.",
    ),
    # -- warnings
    Rule(
        "W601",
        "warning",
        "count range does not follow the hedge table",
        "low/high differ from what the hedge table (src/natoiraq/hedges.py) gives for the "
        "stated number and hedge. Use the table, or explain the exception in `note`.",
    ),
    Rule(
        "W602",
        "warning",
        "quote text differs from its evidence",
        "A quote's `text` should be its evidence with whitespace collapsed (and, for a quote "
        "that runs over paragraphs, the marks between them removed).",
    ),
    Rule(
        "W603",
        "warning",
        "verbatim quote in a translated article",
        "The article records `translated_from`, so its quotes are not the speaker's words: "
        "mark them `verbatim: false`.",
    ),
    Rule(
        "W604",
        "warning",
        "claim not yet reviewed",
        "A claim still has `status: draft`: a person has to check it before it counts as gold.",
    ),
    Rule(
        "W606",
        "warning",
        "publication date unknown",
        "The article states no publication date (basis: unknown), so its relative dates "
        "('last Friday') stay unresolved and reference facts cannot be dated. Find the date.",
    ),
    Rule(
        "W605",
        "warning",
        "draft claim without a topic",
        "The extractor found the claim but no registry topic it is about (topic: unassigned). "
        "A reviewed claim must name a registry id: there `unassigned` is E402.",
    ),
    Rule(
        "W607",
        "warning",
        "proposed registry entry not yet accepted",
        "The extractor proposed this entry (a speaker, actor, event or quantity the registry "
        "lacked) and marked it `proposed: true`. Check its id, name and type, merge it into an "
        "existing entry if it is one, then delete the `proposed` key to accept it.",
    ),
]

RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}
