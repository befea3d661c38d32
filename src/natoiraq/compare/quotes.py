"""Comparison rules for quotes: one fold, one word diff, one flag table, one match test."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from natoiraq.text import Words, words

__all__ = [
    "FLAGS",
    "QUOTE_MATCH_SCORE",
    "DiffOp",
    "QuoteComparison",
    "QuotePool",
    "compare_quotes",
    "content_words",
    "quotes_match",
    "similarity",
]

#: Two quotes of one speaker are the same statement when the mean of rapidfuzz's partial_ratio
#: (the shorter quote inside the longer one) and token_set_ratio (shared words, order-free) on
#: their content words (QUOTE_STOPWORDS removed) reaches this. Calibrated on the corpus's
#: Stoltenberg quotes across articles: the six true pairs (incl. the Spanish-to-English
#: translations of article 000 and "Daesh"/"ISIS") score 79.5..100; the closest unrelated pair
#: ("It is extremely important to convey a clear message to Taliban" vs "It is extremely important
#: for us that ISIS never returns") 70. Function words are dropped because Stoltenberg's stock
#: phrases ("it is extremely important that") made unrelated quotes score 70 on whole text while
#: a translated pair scored 67. token_set_ratio never decides alone: it scores "will not withdraw"
#: 100 against "will withdraw" (so does this rule: such a pair groups, flagged `negation`, and is
#: never read as the same words). Guarded by tests/compare/test_quotes.py.
QUOTE_MATCH_SCORE = 75.0
#: Cut-off handed to rapidfuzz for each of the two scores: below it a pair cannot reach the mean.
QUOTE_SCORE_CUTOFF = 2 * QUOTE_MATCH_SCORE - 100
#: A quote shorter than this (in words) only matches the same words after folding: short
#: fragments ("for Iraq and for NATO", "with attacks on the coalition") sit inside many longer
#: quotes and partial_ratio/token_set_ratio score them 85-100 against unrelated statements.
QUOTE_MIN_WORDS = 6
#: Function words left out of the fuzzy comparison (they are kept in the diff and the folding).
#: (One string split, not a list literal: 80 short words read better this way.)
_STOPWORD_TEXT = (
    "a an the of to in on at by for from into with and or but so as than then that this these "
    "those it its is are was were be been being am do does did have has had will would shall "
    "should can could may might must we our us you your they them their he him his she her i me "
    "my there here which who whom what when where not no also all"
)
QUOTE_STOPWORDS = frozenset(_STOPWORD_TEXT.split())

#: Words that turn a statement around. "no"/"not"/"never" and "n't" forms; counted, not paired,
#: because translations move them ("does not interest anyone" / "in no one's interest").
NEGATIONS = frozenset(
    {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without"}
)
NUMBER_WORDS: Mapping[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
    "fifty": 50, "hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12,
}  # fmt: skip

Flag = Literal["wording", "name", "negation", "number", "translation", "speaker"]

#: THE flag table: what can differ between a quote and its source, the reason code a report
#: carries for it, and how an explanation names it. Reconcile's variants and check's altered
#: quotes both read it (docs/verdicts.md, "Quotes").
FLAGS: Mapping[Flag, tuple[str, str]] = {
    "wording": ("wording", "the wording"),
    "name": ("name", "a name"),
    "negation": ("negation", "a negation"),
    "number": ("number-mismatch", "a number"),
    "translation": ("translation", "a translation"),
    "speaker": ("speaker", "the speaker"),
}


@dataclass(frozen=True)
class DiffOp:
    """One step of a word-level diff from the base quote (`a`) to another (`b`)."""

    op: Literal["equal", "insert", "delete", "replace"]
    a: str
    b: str

    def as_dict(self) -> dict[str, object]:
        return {"op": self.op, "a": self.a, "b": self.b}


@dataclass(frozen=True)
class QuoteComparison:
    """A word diff from one quote to another and what changed inside the stretch both quote."""

    ops: tuple[DiffOp, ...]
    negation: bool
    numbers: bool
    names: bool

    @property
    def same_words(self) -> bool:
        """True when no word differs (after folding marks, case and spacing)."""
        return all(op.op == "equal" for op in self.ops)

    def flags(self) -> tuple[Flag, ...]:
        """The content flags this comparison raises, in FLAGS order."""
        raised: dict[Flag, bool] = {
            "name": self.names,
            "negation": self.negation,
            "number": self.numbers,
        }
        return tuple(flag for flag in FLAGS if raised.get(flag, False))


def content_words(folded: str) -> list[str]:
    """The folded quote's words without function words (what fuzzy matching compares)."""
    return [w for w in folded.split() if w not in QUOTE_STOPWORDS]


def _negations(ws: Words) -> int:
    return sum(1 for w in ws.folded if w in NEGATIONS or w.endswith("n't"))


def _numbers(ws: Words) -> list[int]:
    out: list[int] = []
    for w in ws.folded:
        if w[0].isdigit():
            out.append(int(re.sub(r"[.,]", "", w)))
        elif w in NUMBER_WORDS:
            out.append(NUMBER_WORDS[w])
    return sorted(out)


def _is_name(ws: Words, i: int) -> bool:
    word = ws.raw[i]
    return word[0].isupper() and not ws.initial[i] and word != "I"


def _subset(ws: Words, keep: Sequence[int]) -> Words:
    return Words(
        tuple(ws.raw[i] for i in keep),
        tuple(ws.folded[i] for i in keep),
        tuple(ws.initial[i] for i in keep),
    )


def compare_words(a: Words, b: Words) -> QuoteComparison:
    """Diff `a` -> `b`; flag negations, numbers and names that differ between the shared words.

    Why: words one outlet quotes beyond the other's first or last shared word are a question of
    how much was quoted (a fragment, a statement split in two), not of what was said; only the
    changes between the first and the last equal run count for the flags. Names are capitalised
    words not at a sentence start, compared with a possessive "'s" dropped.
    """
    matcher = difflib.SequenceMatcher(a=a.folded, b=b.folded, autojunk=False)
    codes = matcher.get_opcodes()
    ops = tuple(DiffOp(tag, " ".join(a.raw[i1:i2]), " ".join(b.raw[j1:j2]))
                for tag, i1, i2, j1, j2 in codes)  # fmt: skip
    equal = [n for n, c in enumerate(codes) if c[0] == "equal"]
    in_a: list[int] = []
    in_b: list[int] = []
    if equal:
        for _tag, i1, i2, j1, j2 in codes[equal[0] + 1 : equal[-1]]:
            in_a += range(i1, i2)
            in_b += range(j1, j2)
    part_a, part_b = _subset(a, in_a), _subset(b, in_b)
    names_a = {w.removesuffix("'s") for n, w in enumerate(part_a.folded) if _is_name(part_a, n)}
    names_b = {w.removesuffix("'s") for n, w in enumerate(part_b.folded) if _is_name(part_b, n)}
    return QuoteComparison(
        ops=ops,
        negation=_negations(part_a) != _negations(part_b),
        numbers=_numbers(part_a) != _numbers(part_b),
        names=names_a != names_b,
    )


def compare_quotes(base: str, other: str) -> QuoteComparison:
    """Word diff from `base` to `other` with the negation, number and name flags."""
    return compare_words(words(base), words(other))


def similarity(a: str, b: str) -> float:
    """0-100: how alike two folded quotes are (picks the counterpart a quote is diffed with)."""
    return fuzz.token_set_ratio(" ".join(content_words(a)), " ".join(content_words(b)),
                                processor=None, score_cutoff=0)  # fmt: skip


def quotes_match(a: str, b: str) -> bool:
    """True when two folded quotes read as one statement (see QUOTE_MATCH_SCORE)."""
    if a == b:
        return True
    if min(len(a.split()), len(b.split())) < QUOTE_MIN_WORDS:
        return False
    ca, cb = " ".join(content_words(a)), " ".join(content_words(b))
    partial = process.extractOne(
        ca, [cb], scorer=fuzz.partial_ratio, processor=None, score_cutoff=QUOTE_SCORE_CUTOFF
    )
    if partial is None:
        return False
    shared = process.extractOne(
        ca, [cb], scorer=fuzz.token_set_ratio, processor=None, score_cutoff=QUOTE_SCORE_CUTOFF
    )
    if shared is None:
        return False
    return (partial[1] + shared[1]) / 2 >= QUOTE_MATCH_SCORE


class QuotePool:
    """Many folded quotes, ready to be matched against one at a time (`matching`).

    Why: check looks each draft quote up among every distinct quote of the corpus (thousands
    in an archive), and one `quotes_match` call a pair was most of that time (issue 15). Here
    each text's content words are taken once, and each score for all texts in one call of
    rapidfuzz's `process.extract`, with the same scorers and cut-off as `quotes_match`; the
    cheaper and more selective score (token set) first, the partial score only for the texts
    that pass it."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self._long = [i for i, t in enumerate(self.texts) if len(t.split()) >= QUOTE_MIN_WORDS]
        self._content = [" ".join(content_words(self.texts[i])) for i in self._long]

    def matching(self, a: str) -> list[bool]:
        """`quotes_match(a, text)` for each text of the pool, in order."""
        out = [a == b for b in self.texts]
        if len(a.split()) < QUOTE_MIN_WORDS or not self._long:
            return out
        ca = " ".join(content_words(a))
        shared = {
            n: score
            for _, score, n in process.extract(
                ca, self._content, scorer=fuzz.token_set_ratio, processor=None,
                score_cutoff=QUOTE_SCORE_CUTOFF, limit=None,
            )
        }  # fmt: skip
        passed = sorted(shared)
        partial = process.extract(
            ca, [self._content[n] for n in passed], scorer=fuzz.partial_ratio, processor=None,
            score_cutoff=QUOTE_SCORE_CUTOFF, limit=None,
        )  # fmt: skip
        for _, score, at in partial:
            n = passed[at]
            if (score + shared[n]) / 2 >= QUOTE_MATCH_SCORE:
                out[self._long[n]] = True
        return out


#: A draft quote that repeats this many words in a row of its speaker's quote, with at least
#: QUOTE_RUN_CONTENT_WORDS content words among them, is that quote, altered: a real sentence whose
#: opening is kept and whose rest is changed ("We suspend the activity now, but we will be ready
#: to resume" -> "We suspend the activity now, and we will not resume it until ..."). The two
#: scores above miss it when the changed rest is long. Only for the same speaker: other people
#: share set phrases ("the training mission in Iraq").
QUOTE_RUN_WORDS = 5
QUOTE_RUN_CONTENT_WORDS = 3


def shares_run(a: str, b: str) -> bool:
    """True when folded quotes `a` and `b` share QUOTE_RUN_WORDS words in a row, at least
    QUOTE_RUN_CONTENT_WORDS of them content words."""
    wa, wb = a.split(), b.split()
    if min(len(wa), len(wb)) < QUOTE_RUN_WORDS:
        return False
    # Longest common run ending at each pair of positions (quotes are a few dozen words).
    previous = [0] * (len(wb) + 1)
    for i in range(1, len(wa) + 1):
        current = [0] * (len(wb) + 1)
        for j in range(1, len(wb) + 1):
            if wa[i - 1] == wb[j - 1]:
                run = current[j] = previous[j - 1] + 1
                if run >= QUOTE_RUN_WORDS:
                    content = sum(1 for w in wa[i - run : i] if w not in QUOTE_STOPWORDS)
                    if content >= QUOTE_RUN_CONTENT_WORDS:
                        return True
        previous = current
    return False


def contains(longer: str, shorter: str) -> bool:
    """True when folded `shorter` is a whole-word run inside folded `longer` (or equal to it)."""
    return f" {shorter} " in f" {longer} "
