"""Stage 3b: counts. A number (or a quantifier) with its hedge and the noun it counts, any noun.

Why: "around 500 troops" is 450..550, "several hundred trainers" 300..900; a tool that reads the
first as exactly 500 and the second as nothing loses the very thing an editor compares. The
extractor is open-world (issue 10): what is counted is read from the noun phrase after the
number, not from a list of nouns, in four steps:

1. a quantity: an optional hedge ("more than", "some"), then digits ("5,200", "1.2", the decimal
   comma of a translation "1,2 million"), number words ("Forty", "twenty-five", "a dozen") with
   an optional scale ("million"), a scale hedge ("several hundred") or a plural quantifier
   ("tens of thousands of"); or two numbers joined into a range ("between 200 and 300",
   "200-300"), a change ("from 40 to 43": two counts) or a vote ("passed 1,842 to 391",
   "voting 7-2": two counts of votes);
2. the head: the first plural noun among the next few words, skipping adjectives and noun
   modifiers ("1,146 confirmed cases", "23 member countries"), stopping at a function word;
   "N head of cattle" counts the cattle; goods take a rate ("barrels per day");
3. the filters, each a class of numbers that are not counts (docs/annotation.md and the dev set's
   conventions): money, percentages, ages, magnitudes, labels ("Flight 370"), years, times of day,
   distances (a distance of road, "40 miles of street", is an amount and counts), spans of time
   between events ("within 12 months", "for 22 years"), and definite back-references that
   repeat a count already made ("three provinces ... the three provinces");
4. an elided noun: "killing 40 people and injuring more than 200", "Diplomats spoke of several
   hundred", "Forty of the 52 districts" take the noun of the count they lean on.

The hedge maps through `natoiraq.hedges.hedge_range` (the one table). Every step scans a bounded
window after one number, so the time is linear in the text's length.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace

from natoiraq.extractor.quotes import DOUBLE_MARK
from natoiraq.hedges import hedge_range
from natoiraq.models import CountValue, Hedge
from natoiraq.text import lazy_compile, word_trie
from natoiraq.units import singular, unit_family

# ----------------------------------------------------------------------------------- numbers

_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
NUMBER_WORDS: dict[str, int] = {
    **{w: i for i, w in enumerate(_UNITS_WORDS, start=1)},
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    **{w: 10 * i for i, w in enumerate(_TENS_WORDS, start=2)},
    "dozen": 12, "a dozen": 12, "a hundred": 100, "a thousand": 1000,
}  # fmt: skip
#: Scale words after a number ("1.2 million tonnes", "200 thousand barrels").
SCALES: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
}  # fmt: skip
_SCALE = "|".join(SCALES)
#: A scale written as a letter or two against the number: "3.4m units", "2.9m", "20bn", "12k
#: runners" (money stays money: "£3.4bn" has its symbol before it). "m" and "k" are also metres
#: and a race's kilometres ("the 400m hurdles", "a 5k run"): _single keeps them only with a
#: decimal point or a plural noun after them that is no event of a race.
SCALE_ABBREVIATIONS: dict[str, int] = {"bn": 1_000_000_000, "mn": 1_000_000, "m": 1_000_000,
                                       "k": 1000}  # fmt: skip
LENGTH_ABBREVIATIONS = frozenset({"m", "k"})
RACE_EVENTS = frozenset(
    {"hurdles", "freestyle", "medley", "backstroke", "breaststroke", "relays", "heats", "finals",
     "runs", "races", "sprints", "walks"}
)  # fmt: skip
#: "one" is left out on purpose: as a word it is mostly a pronoun or an article ("one of the",
#: "one day", "at least one case"), and the dev set's annotator never marked it as a count.
_WORD_NUMBERS = sorted((w for w in NUMBER_WORDS if w != "one"), key=len, reverse=True)
_TEENS_WORDS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip
#: The part after "hundred and": "fifty", "twenty-five", "seven", "twelve".
_BELOW_HUNDRED = (
    rf"(?:(?:{'|'.join(_TENS_WORDS)})(?:[-‐](?:{'|'.join(_UNITS_WORDS)}))?"
    rf"|{'|'.join(_TEENS_WORDS)}|{'|'.join(_UNITS_WORDS)})"
)
#: Hundreds written in words, with what follows "and": "two hundred and fifty", "one hundred
#: and twenty", "a hundred and ten" (a scale may follow: "three hundred thousand").
HUNDREDS_WORDS = (
    rf"(?:{'|'.join(_UNITS_WORDS)}|a)\s+hundred(?:\s+and\s+{_BELOW_HUNDRED}(?![\w-]))?"
)
NUMBER = (
    rf"(?:{HUNDREDS_WORDS}"
    rf"|(?:{'|'.join(_TENS_WORDS)})[-‐](?:{'|'.join(_UNITS_WORDS)})"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    # A decimal comma (machine translation): "1,2 million" is 1.2 million. Only one digit after
    # the comma and a scale word after it, so "1,200" and lists such as "1,2,3" stay as they are.
    rf"|\d{{1,3}},\d(?=\s+(?:{_SCALE})\b)"
    # At most twelve digits: a longer run is an identifier, not a count (and never overflows).
    r"|\d{1,12}(?:\.\d{1,6})?"
    # Half of a scale: "Half a million sandbags" is 500,000 (a fraction of a number, not a share).
    rf"|half\s+an?\s+(?:{_SCALE})"
    # As a trie (text.word_trie): the same match as the longest-first list, fewer comparisons.
    rf"|{word_trie('(?:' + '|'.join(_WORD_NUMBERS) + ')')})"
)

#: Hedge words in front of a number -> the hedge table's key.
HEDGE_WORDS: dict[str, Hedge] = {
    "around": "around", "about": "around", "roughly": "around", "some": "around",
    "approximately": "around", "an estimated": "around", "estimated": "around",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "more than": "more-than", "over": "more-than", "upwards of": "more-than",
    "well over": "more-than", "just over": "more-than", "a little over": "more-than",
    "a little more than": "more-than",
    "at least": "at-least", "a minimum of": "at-least",
    "up to": "up-to", "as many as": "up-to",
    # The table has no strict upper bound: "fewer than 40" is read as "up to 40" (0..40), as
    # the dev set's conventions say (evalsets/dev/README.md, "Hedges missing from the table").
    "fewer than": "up-to", "less than": "up-to", "no more than": "up-to",
    "not more than": "up-to", "at most": "up-to", "a maximum of": "up-to",
    # A negated "fewer/less than" is a floor: "no fewer than 12 candidates" is at least 12
    # (without these the search found "fewer than" inside it and read a ceiling).
    "no fewer than": "at-least", "not fewer than": "at-least", "no less than": "at-least",
    "not less than": "at-least",
}  # fmt: skip
#: Range openers: "between 200 and 300" (a range), "from 40 to 43" (see CHANGE_VERB_RE).
RANGE_OPENERS = ("between", "from")
#: Scale hedges: "several hundred", "a few thousand".
SCALE_HEDGES: dict[str, Hedge] = {"several": "several", "a few": "a-few", "a couple of": "a-few"}
#: A hedge after the number: "150 or so households" (about), "three or more bidders" (at least),
#: "ten or fewer seats" (up to). Checked before the head, which then starts after the hedge.
POST_HEDGE_RE = lazy_compile(r"\s+or\s+(?P<w>so|more|fewer|less)\b", re.IGNORECASE)
POST_HEDGES: dict[str, Hedge] = {
    "so": "around",
    "more": "at-least",
    "fewer": "up-to",
    "less": "up-to",
}
#: Plural quantifiers before "of": (hedge, scale). "tens of thousands" is `several` x 10,000
#: (30,000..90,000, evalsets/dev/README.md); the larger plurals read like "hundreds of" on their
#: own scale, which the claim's doubt says.
PLURAL_QUANTIFIERS: dict[str, tuple[Hedge, int]] = {
    "dozens": ("dozens-of", 12), "hundreds": ("hundreds-of", 100),
    "thousands": ("hundreds-of", 1000), "tens of thousands": ("several", 10_000),
    "hundreds of thousands": ("hundreds-of", 100_000), "millions": ("hundreds-of", 1_000_000),
}  # fmt: skip
_PLURAL_DOUBT = frozenset({"thousands", "hundreds of thousands", "millions"})


def _words(text: str) -> frozenset[str]:
    """A word list written as one string (the lists below read better as prose)."""
    return frozenset(text.split())


def _alternation(words: Iterable[str]) -> str:
    """A regex that matches as the alternation of the phrases, longest first, would, any
    spacing between their words.

    Why: written as a trie (text.word_trie), so the hedge words are not tried one by one at
    every word of the text (QUANTITY_RE spent most of its time there). Of the phrases that
    match at one place, one is a prefix of the other, and the trie takes the longer first too.
    """
    ordered = sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True)
    return word_trie("(?:" + "|".join(ordered) + ")")


#: One quantity. Not inside a word, a number, money or a label ("$5", "A-4", "3/4", "#5"); the
#: hedge and quantifier words match in any case ("Around 400", "Tens of thousands of").
QUANTITY_RE = lazy_compile(
    rf"(?<![\w$€£¥₹₩₺₪₽₦₱฿₫₴₸.,:/#+\-–‐])"
    rf"(?:(?P<hedge>{_alternation([*HEDGE_WORDS, *RANGE_OPENERS])})\s+)?"
    rf"(?:(?P<shedge>{_alternation(SCALE_HEDGES)})\s+(?P<sscale>{_SCALE})\b"
    rf"|(?P<plural>{_alternation(PLURAL_QUANTIFIERS)})\s+of\b"
    rf"|(?P<num>{NUMBER})(?:\s+(?P<scale>{_SCALE})\b|(?P<abbr>bn|mn|m|k)(?![\w-]))?)"
    # Not the start of an ordinal or a compound ("1st", "20bn", "two-day", "two-fifths"), nor a
    # time of day ("7:40"), nor a share ("35%"), nor the first digits of a grouped number that
    # failed ("5" of "5,000-strong").
    r"(?!\w|[-‐][^\W\d_]|:\d|\s?%|,\d|\s+per\s?cent\b)",
    re.IGNORECASE,
)
#: A second number after the first: "... and 300", "... to 43", "-300" / "–300".
SECOND_RE = lazy_compile(
    rf"(?P<join>\s+and\s+|\s+to\s+|\s+or\s+|\s*[-–]\s*)(?P<num>{NUMBER})(?:\s+(?P<scale>{_SCALE})\b)?"
    r"(?!\w|[-‐][^\W\d_]|:\d|\s?%)",
    re.IGNORECASE,
)

# ------------------------------------------------------------------------------------- heads

#: Words the head-noun search reads after a quantity. Four covers a hedge-free noun phrase with
#: two modifiers and a compound ("two paid sick days", "5,200 United States soldiers"); longer
#: runs in the dev set were always a second phrase, not the same noun phrase.
HEAD_WINDOW_WORDS = 4
WORD_RE = lazy_compile(r"[ \t]*\n?[ \t]*(?P<w>(?:[A-Z]\.){2,}|[^\W\d_](?:[\w'’.-]*[^\W_])?['’]?)")
#: Function words: the noun phrase ends before them ("40 people in", "six people who died").
STOP_WORDS = _words(
    """
    of in on at to for from by with without into onto under across after before since during
    per than as about around between against near inside outside through within toward towards
    off up down out over via amid among like
    the a an this that these those its their our his her my your each every all both any some
    and or but nor so yet while when where who whom whose which if because though although
    i you he she it we they them us me him
    is are was were be been being have has had do does did will would shall should can could
    may might must
    ago later earlier now still also already just only then there here too very apiece each
    said says say told
    others
    """
)
#: Prepositions that are adjectives right after a number and before a plural noun: "two outside
#: suppliers", "three inside men", "four near misses" (a preposition would need its object: "40
#: outside the gates" has a determiner, "300 outside Kyiv" a name, so both still end the phrase).
ADJECTIVE_PREPOSITIONS = _words("outside inside near")
#: Plurals that do not end in -s, and nouns counted without a plural form.
IRREGULAR_PLURALS = _words(
    "people persons police personnel staff cattle livestock sheep children men women aircraft "
    "deer fish poultry infantry militia clergy crew teeth geese mice species series"
)
#: A compound keeps its last word's irregular plural: "seven grandchildren", "three gunmen",
#: "two policewomen". Nouns in -men that are singular are listed apart ("a specimen").
IRREGULAR_PLURAL_ENDINGS = ("children", "men", "people", "teeth", "geese", "mice")
SINGULAR_IN_MEN = _words(
    "specimen abdomen omen regimen stamen acumen bitumen albumen hymen lumen dolmen ramen yemen"
)
#: Words ending in -s that are not plural nouns.
NOT_PLURAL = _words(
    "news means headquarters politics economics physics bus gas lens its this "
    "his has was is as us yes thus plus versus less unless status census virus bonus campus "
    "chorus focus crisis basis analysis thesis"
)
#: Compounds that are one word in a dictionary: the unit keeps the modifier ("35 police
#: officers", "two paid sick days"); other noun modifiers drop ("23 member countries" counts
#: countries), as docs/annotation.md keeps `unit` to the counted noun.
LEXICAL_COMPOUNDS = frozenset(
    {
        "police officers", "service members", "sick days", "staff members", "staff officers",
        "aid workers", "health workers", "crew members", "polling stations", "care homes",
    }
    # Facilities named by what they are for, each a dictionary entry (Collins, Oxford): "two
    # rest centres" counts rest centres, "two police stations" police stations ("three fever
    # clinics" is no entry and counts clinics: evalsets/dev/README.md, "Added with 047-056").
    | {
        f"{kind} {place}"
        for kind in ("rest", "evacuation", "reception", "detention", "community", "health",
                     "leisure", "day", "call", "data", "visitor", "job", "garden", "shopping")
        for place in ("centres", "centers")
    }
    | {"police stations", "fire stations", "power stations", "petrol stations", "bus stops",
       "fire engines", "field hospitals"}
)  # fmt: skip
#: An -ing word before the head is a gerund that names a kind ("118 nursing staff", "1,312 polling
#: stations", "two training camps": a station for polling), kept in the unit like a dictionary
#: compound. These -ing words are participles instead (soldiers that remain, banks that lead):
#: they drop like any adjective. The -ing prepositions end the noun phrase ("40, including").
PARTICIPLE_ADJECTIVES = _words(
    """
    remaining existing leading following ruling striking missing working serving visiting
    coming increasing growing outstanding competing participating neighbouring neighboring
    surrounding opposing governing warring fighting sitting standing retiring outgoing incoming
    continuing ongoing waiting suffering dying living starving rising falling
    """
)
ING_PREPOSITIONS = _words("including excluding involving following concerning regarding according")
#: Heads whose kind is named by the noun before them: a warning is a flood warning or a heat
#: alert (the hazard is part of the notice's name: "Six flood warnings", "three heat alerts"),
#: so the one-word noun modifier stays in the unit; a hyphenated modifier is an adjective
#: ("23 lower-level alerts" counts alerts).
NAMED_KIND_HEADS = _words("warnings alerts watches advisories")
#: Nouns that modify another in their plural form ("25 fisheries experts", "40 customs officers",
#: "two arms dealers"): the head is the noun after them. Any other plural ends the phrase,
#: whatever follows ("the budget of the three departments remains suspended").
PLURAL_MODIFIERS = _words(
    "fisheries sports arms customs savings goods sales operations communications systems "
    "services rights weapons drugs"
)
HAZARDS = _words(
    "flood storm wind gale heat snow ice frost fog rain fire tornado hurricane cyclone tsunami "
    "drought avalanche thunderstorm weather"
)
#: "points" is a share's or an index's change ("up 3 points") unless it states a gap in a
#: standing ("two points clear of", "nine points adrift", "three points behind"): a count.
STANDING_AFTER_RE = lazy_compile(
    r"\s+(?:clear|adrift|ahead|behind|short|off|above|below|from\s+safety)\b", re.IGNORECASE
)
#: A superlative after the number makes a definite description, not a count: "the country's two
#: busiest ports", "the three largest banks" pick out which ones (the dev set does not mark them).
SUPERLATIVES = _words("most least best worst top")
#: Words ending in -est that are not superlatives.
NOT_SUPERLATIVE = _words(
    "west east interest forest request protest guest test rest chest nest quest arrest contest "
    "harvest conquest honest modest manifest suggest digest"
)
#: "N head of cattle": a classifier noun; the count is of the noun after "of".
CLASSIFIERS = frozenset({"head"})
#: A rate after goods: "barrels per day", "barrels a day", the translation's "barrels in day".
RATE_RE = lazy_compile(
    r"\s+(?:per|a|an|each|every|in)\s+(?P<period>second|minute|hour|day|week|month|year)\b",
    re.IGNORECASE,
)
OF_NOUN_RE = lazy_compile(r"\s+of\s+(?P<w>[^\W\d_][\w'’-]*)")

#: Heads that make a number money, a share or a score, never a count (docs/annotation.md).
NOT_COUNTED = _words(
    "percent pc points degrees times bitcoins "
    # Fractions written in words are shares ("Two thirds of the staff"), as "two-thirds" is.
    "halves thirds quarters fifths sixths sevenths eighths ninths tenths "
    # Money: every currency's name, singular too ("2 billion euro"), and its code after the
    # number ("40 million SEK"); "pounds" is apart (OF_ONLY_UNITS), "won" too (WON_AFTER_SCALE).
    "dollars dollar euros euro yen yuan renminbi rupees rupee pesos peso francs franc rubles "
    "ruble roubles rouble cents pence shekels shekel dinars dinar riyals riyal rials rial "
    "dirhams dirham rand kronor kroner krona krone crowns korunas koruna zloty zlotys forint "
    "forints lira lire liras reais rupiah ringgit baht dong naira cedis shillings kwacha "
    "hryvnias hryvnia lei leu leva tenge lari manat taka birr kuna "
    "usd eur gbp chf sek nok dkk pln czk huf inr jpy cny rmb krw brl mxn zar ils aed sar aud "
    "cad nzd hkd sgd"
)
#: "2 billion won" is Korean money, but "won" alone is mostly the verb ("the 12 won"): money
#: only after a scale.
SCALE_BEFORE_CHARS = 12
WON_AFTER_SCALE_RE = lazy_compile(r"(?:million|billion|trillion|bn|mn|m|k)\s*$", re.IGNORECASE)
#: Units of time: durations between events are not counts (dev README, "Counts").
TIME_UNITS = _words(
    "seconds minutes hours days nights weeks months years decades centuries "
    # Seasons measure time too: "after just three summers" of a study is how long it ran.
    "summers winters autumns"
)
#: The dev set's convention (evalsets/dev/README.md, "Added with 023-034"): the length of a thing
#: decided or of an event is a count, how long an activity went on and the time between two
#: events are not. Read from the clause before the number, three cases:
#: 1. a decision's length, any unit: a penalty, an order, a closure, a term ("jailed for nine
#:    years", "suspended for 18 months", "declared ... for 60 days", "ordered to do 200 hours",
#:    "closed the shop for three days", "agreed to postpone for 180 days"), or a clause that
#:    looks forward ("will stay in force for 14 days", "would keep its name for at least three
#:    years", "will be reviewed after 30 days": what is planned is a thing decided);
#: 2. an event's length, short units only: a meeting's verb ("met for more than two hours"),
#:    or "lasting";
#: 3. time missed, any unit: "would miss at least three weeks" (an injury's or a ban's length).
#: Anything else is an activity or an offset ("the better side for 45 minutes", "took the lead
#: after 14 minutes", "worked there for 22 years"). Guarded by tests/extractor/test_count_forms.py.
EVENT_TIME_UNITS = frozenset({"minutes", "hours", "days"})
#: How far back the clause is read for these verbs: a clause of wire copy ("has declared a state
#: of emergency in three provinces for 60 days" puts the verb 52 characters before the number;
#: an order extended "in the four eastern districts, where cases are still rising, for a further
#: 15 days" needs about 100). It stops at ", where / which / who": a relative clause is not the
#: verb's.
CLAUSE_WINDOW_CHARS = 100
CLAUSE_BREAK_RE = lazy_compile(r"[.;!?\n](?=[^.;!?\n]*$)")
#: An additive word between "for" and the number keeps the length: "extended ... for a further
#: 15 days", "for another six months".
ADDITIVE = r"(?:(?:a\s+further|another|an\s+additional|an\s+extra)\s+)?"
DURATION_BEFORE_RE = lazy_compile(rf"\b(?:for|after)\s+{ADDITIVE}$", re.IGNORECASE)
LASTING_BEFORE_RE = lazy_compile(r"\b(?:lasting|lasted|lasts|last)\s+$", re.IGNORECASE)
#: A term is a length set by whoever decided it, whatever the verb: "declared ... for a term of
#: ninety (90) days", "a prison term of 12 years" ("over a period of six years" is an activity).
#: So is a sentence's, a ban's or a suspension's: "a suspended sentence of 18 months".
TERM_OF_BEFORE_RE = lazy_compile(
    r"\b(?:terms?|sentences?|bans?|suspensions?)\s+of\s+$", re.IGNORECASE
)
#: After "for", a time unit is a length even when "before" or "after" follows: "deliberated
#: for five hours before clearing him" (without "for", "three days after talks broke down" is
#: the time between two events).
FOR_BEFORE_RE = lazy_compile(rf"\bfor\s+{ADDITIVE}$", re.IGNORECASE)
#: "after N years with the Group", "after 12 years as chief executive": a tenure, how long
#: someone served (an activity), even in a clause that looks forward ("will step down in June
#: after seven years with the firm").
AFTER_BEFORE_RE = lazy_compile(r"\bafter\s+$", re.IGNORECASE)
TENURE_AFTER_RE = lazy_compile(
    r"\s+(?:with|at|as|in\s+(?:office|post|charge|power|the\s+job|the\s+role))\b", re.I
)
#: A request or a proposal is no decision: after a modal, "would ask the council to review the
#: policy after two years" plans the asking, not the length (evalsets/dev/README.md: "the NGO's
#: recommendations with 'should'", "a director's 'recommended closing' is advice").
REQUEST_VERB_RE = lazy_compile(
    r"\b(?:ask(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed)?\s+on|press(?:es|ed)?|request(?:s|ed)?"
    r"|propos(?:e|es|ed)|recommend(?:s|ed)?|demand(?:s|ed)?|petition(?:s|ed)?|lobby)\b",
    re.IGNORECASE,
)
MISSED_BEFORE_RE = lazy_compile(r"\bmiss(?:es|ed|ing)?\s+$", re.IGNORECASE)
#: A comma and a relative word open a clause of their own: the verbs before it do not reach the
#: number ("lifted a housing order in three districts, where no case has been found for 30
#: days": how long no case was found, an activity). The last one before the number counts.
RELATIVE_BREAK_RE = lazy_compile(
    r",\s+(?:where|which|who|whom|whose)\b(?!.*,\s+(?:where|which|who|whom|whose)\b)",
    re.IGNORECASE | re.DOTALL,
)
#: A verb (or verbal noun) of a decision that sets a length, as whole words.
DECIDED_VERB_RE = lazy_compile(
    r"\b(?:jail(?:s|ed|ing)?|imprison\w*|sentenc\w*|bann?(?:ed|ing|s)?|barred|barring"
    r"|suspend\w*|suspension|disqualif\w*|exclu(?:ded|sion)|extend\w*|extension|renew\w*"
    r"|prolong\w*|declar\w*|impos\w*|order(?:s|ed|ing)?|grant(?:s|ed|ing)?|remand\w*"
    r"|ground(?:ed|ing)|appointed|elected|clos(?:e|es|ed|ing|ure)|postpon\w*|defer\w*)\b",
    re.IGNORECASE,
)
#: A verb after which an object's length is a thing decided ("ordered to do 200 hours").
DECIDED_OBJECT_BEFORE_RE = lazy_compile(r"\b(?:do|perform|complete|serve)\s+$", re.IGNORECASE)
#: A modal before a subordinate clause does not look forward for it: "will not lift it until the
#: reservoirs have been recovering for at least four weeks" (an activity, no count).
SUBORDINATOR_RE = lazy_compile(
    r"\b(?:until|unless|when|while|because|once|if|since|although)\b"
    r"(?!.*\b(?:until|unless|when|while|because|once|if|since|although)\b)",
    re.IGNORECASE | re.DOTALL,
)
MODAL_RE = lazy_compile(
    r"\b(?:will|would|shall|must|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to)\b", re.I
)
MEETING_VERB_RE = lazy_compile(
    r"\b(?:met|meet|meets|talked|debated|negotiated|sat|convened|deliberated)\b", re.I
)
#: What a time unit is followed by when it offsets one event from another ("three days after
#: talks broke down", "five weeks later") or gives an age ("43 years old").
OFFSET_AFTER_RE = lazy_compile(
    r"\s+(?:after|before|ago|later|earlier|since|old|of\s+age)\b", re.IGNORECASE
)
#: Units of length: a distance between places is not a count; a length of something ("40 miles
#: of street", "200 km of pipeline") is an amount and is (dev README, "Counts").
DISTANCE_UNITS = _words(
    "miles kilometres kilometers km metres meters feet yards inches centimetres"
)
#: "pounds" is money unless an amount of something follows ("500 pounds of explosives").
OF_ONLY_UNITS = DISTANCE_UNITS | {"pounds"}
#: Mass and volume after a verb of measuring are a property of one thing, not an amount of
#: goods: "the phone weighs 310 grams", "the tank measures 40 litres"; "processed 300 thousand
#: tonnes" and "40 kilograms of pills" are amounts and count (evalsets/dev/README.md, "Counts").
MEASURE_UNITS = _words(
    "grams grammes kilograms kilogrammes kilos tonnes tons ounces pounds litres liters gallons "
    "millilitres milliliters pints"
)
#: "weighed in at " is 17 characters; the hedge sits between ("weighs about 300 grams").
MEASURE_VERB_CHARS = 24
MEASURE_VERB_BEFORE_RE = lazy_compile(
    r"\b(?:weigh(?:s|ed|ing)?(?:\s+in\s+at)?|measur(?:es|ed|ing)|scales\s+at)\s+$", re.I
)
#: Area and volume: "square" or "cubic" before a unit of length makes it an amount of land or
#: of goods ("30 square miles", "80 million cubic metres a day"), a count.
AREA_MODIFIERS = frozenset({"square", "cubic"})

# ------------------------------------------------------------------------------ the filters

#: Words just before a number that make it not a count: ages, magnitudes, labels and ranks.
NOT_A_COUNT_BEFORE = _words(
    "aged age magnitude number no. nos. article resolution flight route highway room chapter "
    "section page level category grade class phase gate terminal platform line channel "
    # A currency's code or letters before the amount ("CHF 40 million", "Rs 500", "kr 90").
    "usd eur gbp us$ chf sek nok dkk pln czk huf inr jpy cny rmb krw brl mxn zar ils aed aud "
    "cad nzd hkd sgd rs rs. kr kr. zł a$ c$ hk$ nz$ s$ r$"
)
#: Months and weekdays, so "May 31", "Nov. 1", "Tuesday 9" are dates.
MONTHS = _words(
    "january february march april may june july august september october november december "
    "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct "
    "oct. nov nov. dec dec. monday tuesday wednesday thursday friday saturday sunday"
)
PREV_WORD_RE = lazy_compile(r"(?P<w>[^\W\d_][\w.'’$-]*)\s*$")
#: A bare four-digit number in this range is a year ("In 2018", "the 2020 elections"), unless a
#: hedge or a plural quantifier says it is an amount ("about 1900 people").
YEAR_LOW, YEAR_HIGH = 1800, 2100
#: A definite article before a count that repeats an earlier count of the same thing: a
#: back-reference ("... in three provinces. Schools in the three provinces will stay shut"),
#: which the dev set never marks twice, in the same unit or its family ("a 12-member forum ...
#: across the 12 states"), nor after "all" ("five plants ... keep all five plants open").
#: Possessives ("the brigade's 1,100 soldiers") and a first "all 29 allies" are first mentions.
DEFINITE_BEFORE_RE = lazy_compile(r"\b(?:the|these|those|all)\s+$", re.IGNORECASE)
#: An antecedent must name its noun: a count whose noun was inferred (a vote "7-2", a score, an
#: elided noun) is not what a later count repeats; "The two no votes came from" is the first to
#: say what the 2 of "voting 7-2" counted, and is annotated.
#: A definite count of a noun the text has already used refers back to things named before,
#: one by one ("the ports of A and B ... outside the two ports", "the departments of A, B and C
#: ... the three departments", "her party ... the Liberals ... the three parties"): no count.
#: "all" is left out ("all 29 allies" opens a story), and so is a count that a relative clause
#: defines ("the six people who died": the clause, not the earlier text, says which ones) and
#: the whole of a partitive (PARTITIVE_BEFORE_RE).
ANAPHOR_BEFORE_RE = lazy_compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
#: "78 percent of these " before a number: the part and its "of" are read in this many characters.
ANAPHOR_BEFORE_CHARS = 32
#: How far back the noun is looked for: a wire story's first mention is rarely further than its
#: fourth paragraph (818 characters in dev 044, the longest); the window keeps the scan bounded.
ANAPHOR_WINDOW_CHARS = 1500
#: A relative clause, with its pronoun or with its subject right after the noun ("the 1.4 million
#: people we serve").
RELATIVE_AFTER_RE = lazy_compile(
    r"\s+(?:who|whom|whose|that|which|i|we|you|he|she|they)\b(?!['’])", re.IGNORECASE
)
#: The whole of a partitive is a first mention: "37 of the 81 seats", "78 percent of the
#: roughly 2,900 eligible members" (the article marks the part, not an earlier mention).
PARTITIVE_BEFORE_RE = lazy_compile(
    rf"(?:(?<![\w.,]){NUMBER}|%|\bper\s?cent|\b(?:most|some|all|none|many|few|half|each|any"
    rf"|several|majority|minority|rest))\s+of\s+(?:the|these|those)\s+$",
    re.IGNORECASE,
)
#: A count inside quote marks is its speaker's claim: a repeat of the narrator's count ("killed
#: six people ... 'The families of the six people who died deserve ...'") is annotated (dev README,
#: "Counts": a number in a quote is a claim too). Double marks only: a single mark is too often
#: an apostrophe to tell where a quote opens.
QUOTE_MARK_RE = lazy_compile(f"[{DOUBLE_MARK}]")
PARAGRAPH_BREAK_RE = lazy_compile(r"\n")

# ------------------------------------------------------------------------------ elided nouns

#: Verbs of harm: a number after them counts people ("killing 40 and injuring more than 200").
HARM_VERB_RE = lazy_compile(
    r"\b(?:kill(?:ed|ing|s)?|injur(?:ed|ing|es|e)|wound(?:ed|ing|s)?|hurt(?:ing)?|"
    r"rescu(?:ed|ing)|evacuat(?:ed|ing)|displac(?:ed|ing)|arrest(?:ed|ing)|"
    r"detain(?:ed|ing)|toll)\s+(?:(?:rose|stood|reached|climbed|rising|from|at|to)\s+)*$",
    re.IGNORECASE,
)
#: Verbs of change: "raised the toll from 40 to 43" is two counts, not a range.
CHANGE_VERB_RE = lazy_compile(
    r"\b(?:rais\w*|rose|rise[sn]?|rising|increas\w*|climb\w*|jump\w*|grew|grow\w*|fell|fall\w*|"
    r"drop\w*|cut\w*|reduc\w*|lower\w*|revis\w*|went|go\w*|toll)\b[^.;:!?]{0,40}$",
    re.IGNORECASE,
)
#: Vote words just before "1,842 to 391" or "7-2", or a vote noun just after "a 7-2 vote".
VOTE_BEFORE_RE = lazy_compile(
    r"\b(?:vot\w+|passed|pass(?:es|ing)?|approved|rejected|adopted|carried|defeated|ruled|"
    r"ballot\w*|tally|margin|split)\b[^.;:!?\d]{0,25}$",
    re.IGNORECASE,
)
VOTE_AFTER_RE = lazy_compile(r"\s+(?:vote|votes|ruling|decision|verdict|majority)\b", re.I)
#: How far back an elided noun may lean on a count or a "how many X" question: one paragraph,
#: and at most this many characters (three sentences of wire copy) to keep the scan bounded.
ELLIPSIS_WINDOW_CHARS = 400
HOW_MANY_RE = lazy_compile(
    r"\bhow\s+many\s+(?:(?:more|additional|extra|new|other)\s+)?(?P<w>[^\W\d_][\w-]*)", re.I
)
#: After a number whose noun is elided: a partitive "of the 52 districts", "from each country"
#: (the noun of the whole), or "more" ("about 250 more were injured").
#: The whole may carry a possessive or a modifier before its number ("two of the company's five
#: largest customers", "five of their previous six games"): at most PARTITIVE_WORDS words.
PARTITIVE_WORDS = 2
PARTITIVE_RE = lazy_compile(
    rf"\s+of\s+(?:(?:the|its|their|our|his|her|my|your|these|those|all)\s+)?"
    rf"(?:[^\W\d_][\w'’-]*\s+){{0,{PARTITIVE_WORDS}}}?"
    rf"(?P<whole>{NUMBER})(?:\s+(?P<scale>{_SCALE}))?\b(?![-‐][^\W\d_]|\s?%)",
    re.IGNORECASE,
)
#: "one" counts only in a partitive whose whole is counted ("won only one of their last eight
#: matches", "close one of its three plants"); after a preposition it picks out which one ("a
#: warning from one of its two engines" names the engine; evalsets/dev/README.md, "Counts").
ONE_OF_RE = lazy_compile(r"(?<![\w-])one(?=\s+of\s)", re.IGNORECASE)
ONE_NAMES_AFTER = _words(
    "from in on at to with by for into onto under over through about against near of"
)
#: After a copula "one of" says what its subject is ("Okafor is one of 40 soldiers from the
#: company", "it was one of three options"): a member of a group, no count of one.
ONE_DESCRIBES_AFTER = _words("is are was were be been being becomes became remains remained")
EACH_RE = lazy_compile(
    r"\s+(?:from|in|for)\s+each\b|\s+of\s+(?:them|whom|which)\b|\s+others\b", re.I
)
#: A part of a group named by a definite noun: "two of the suspects", "Three of its members".
PART_OF_RE = lazy_compile(r"\s+of\s+(?:the|its|their|our|these|those)(?=\s+[^\W\d_])", re.I)
#: A ratio, not a count: "one in five children", "Nine in 10 voters".
RATIO_BEFORE_RE = lazy_compile(rf"\b(?:one|{NUMBER})\s+(?:in|out\s+of)\s+$", re.I)
#: The partitive's whole follows within a few words ("Forty of the 52 districts", "40 of its
#: 120 inmates"): " of the " plus a hedge is under 25 characters.
PARTITIVE_GAP_CHARS = 25
MORE_RE = lazy_compile(r"\s+more\b", re.IGNORECASE)
#: A hedged number whose noun is elided ends its phrase: "injuring more than 200 and destroying",
#: "Diplomats spoke of several hundred." Anything else after it ("rose by about 30 in March")
#: is not leaning on a noun.
#: A subject whose noun is elided is followed by its verb's auxiliary: "Forty-one of the victims
#: were residents ... and at least seven had died".
LEAN_END_RE = lazy_compile(
    r"\s*(?:[.,;:!?)\"”’]|$)|\s+(?:and|or|but|had|have|has|were|are|was|is|will|would|could"
    r"|may|might|must|should|did|do|remain|remained)\b",
    re.IGNORECASE,
)
#: A time adjunct between a hedged number and its phrase's end does not stop it leaning on a
#: noun: "built for 600 people, held more than 1,400 in January", "40 protesters on Friday and
#: more than 300 on Saturday". After "by" the number is a change's size ("rose by about 30 in
#: March"), not a count.
_TIME_WORDS = (
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday week month year weekend winter "
    "summer spring autumn morning afternoon evening night"
)
TIME_ADJUNCT_RE = lazy_compile(
    rf"\s+(?:(?:in|on|during|over|at|by)\s+(?:the\s+)?|last\s+|this\s+|next\s+)"
    rf"(?:{_alternation(_words(_TIME_WORDS))}|\d{{4}})\b",
    re.IGNORECASE,
)
CHANGE_BY_BEFORE_RE = lazy_compile(r"\bby\s+$", re.IGNORECASE)
#: A toll takes the noun of the harm counted before it in its sentence ("Two deaths were
#: recorded ... taking the season's toll to 23": deaths), else people.
HARM_UNITS = _words("deaths dead fatalities casualties victims injuries people")
#: A part whose whole opens its clause: "Of the new cases, 212 were confirmed" counts cases,
#: "Of the 300 applicants, 45 were shortlisted" applicants. The window holds "Of the" and three
#: words of the whole.
FRONTED_OF_CHARS = 60
FRONTED_OF_RE = lazy_compile(
    r"(?:^|(?<=[.;:!?\n])|(?<=[.;:!?\n][ \t]))\s*(?:out\s+)?of\s+"
    r"(?:the|these|those|its|their|all)\s+"
    r"(?:[\w,'’-]+\s+){0,3}?(?P<w>[^\W\d_][\w-]*),\s*$",
    re.IGNORECASE,
)
#: A number whose noun the clause names before it, in a relative or a fronted partitive:
#: "12,000 members, of whom 9,800 voted", "Of those, 1,903 backed the strike", "Of the 14
#: economists polled last week, nine had expected a rise": it takes the earlier count's noun.
OF_WHOM_BEFORE_RE = lazy_compile(r"\bof\s+(?:whom|which|them|those|these)\s+$", re.IGNORECASE)
FRONTED_CLAUSE_CHARS = 120
FRONTED_CLAUSE_RE = lazy_compile(
    r"(?:^|(?<=[.;:!?\n])|(?<=[.;:!?\n][ \t]))[ \t]*(?:[Oo]ut\s+)?[Oo]f\s+"
    r"(?:those|these|them|(?:the|its|their|all)\s+[^.;:!?\n,]{1,100}),\s*$"
)
#: A bare number joined by "and" to a bare number of its sentence, each a subject before its
#: verb: "1,903 backed the strike and 281 voted against" (the noun the first one leans on).
AND_BEFORE_RE = lazy_compile(r"\band\s+$", re.IGNORECASE)
SUBJECT_VERB_AFTER_RE = lazy_compile(r"\s+(?:[a-z]+ed|were|had|have|are|did|said)\b")
#: "the seven", a definite bare number: the same number counted shortly before ("The
#: seven-member committee ... Five of the seven"), whose noun it repeats.
REPEAT_WINDOW_CHARS = 1500

#: A table written as sentences: rows "Northern Province: 604 new; 10,917 in total." under a
#: header "Cases by province (new suspected cases; total)" count the header's first plural noun
#: (evalsets/dev/README.md, "Added with 047-056"). A row is a label of at most 40 characters,
#: no digits, then a colon and a number; the header is the line above the rows, with no final
#: full stop (a sentence there is prose, not a header). How far up the rows are read: a dozen
#: rows of 50 characters.
TABLE_WINDOW_CHARS = 600
TABLE_ROW_RE = lazy_compile(r"[ \t]*[^\W\d_][^:\n\d]{0,40}:[ \t]+\d")
#: The row up to a number: its label, its colon and the cells before ("604 new; ").
TABLE_CELL_BEFORE_RE = lazy_compile(r"[ \t]*[^\W\d_][^:\n\d]{0,40}:[ \t]+(?:[^\n:]*[;,][ \t]+)?\Z")

#: A bare number in a comparison says its noun once for both numbers: "lost 118 nursing staff
#: last year, against 74 the year before", "22 seats, down nine", "slumped to seven from 15",
#: "bring its membership to 14" (after "two new members"). It takes the noun of the count
#: before it in the same sentence; with none, the subject of a change verb ("Overdose deaths
#: ... rose to 61"). A number that is compared with nothing stays unclaimed ("closed at 4,512").
COMPARE_BEFORE_RE = lazy_compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|(?:up|down)(?:\s+from)?|from|to"
    r"|including)\s+$",
    re.IGNORECASE,
)
#: A verb of change or level whose subject names what a bare number after "to" counts.
LEVEL_VERB_RE = lazy_compile(
    r"\b(?:rose|rise[sn]?|fell|falls?|climbed|climbs?|dropped|drops?|increased|decreased"
    r"|jumped|grew|declined|slumped|soared|reached|totalled|totaled)\s+(?:to\s+|from\s+)?$",
    re.IGNORECASE,
)
#: How far back the subject of that verb is looked for ("Overdose deaths in Monroe County rose
#: to 61": 41 characters from the subject's head to the number).
SUBJECT_WINDOW_CHARS = 60
#: A collective noun before "of N" with no noun after: "A crowd of 11,482" counts spectators
#: (the people an attendance is made of; docs/annotation.md, "Counts").
CROWD_BEFORE_RE = lazy_compile(r"\b(?:crowd|attendance|audience|gate)\s+of\s+$", re.IGNORECASE)
#: Other bodies "of N" with no noun after count their members: "a jury of 12" (jurors), "a
#: panel of five", "a squad of 23" (members).
BODY_BEFORE_RE = lazy_compile(
    r"\b(?:(?P<jury>jury)|panel|committee|board|council|team|squad|delegation|crew)\s+of\s+$",
    re.IGNORECASE,
)
#: A parent "of N" with no noun after counts children: "a father of two", "a mother of three
#: young sons" names its noun and is read as usual (evalsets/dev/README.md, "Added with 035-046").
PARENT_BEFORE_RE = lazy_compile(
    r"\b(?P<grand>grand|great-grand)?(?:father|mother|parent|dad|mum|mom)\s+of\s+$", re.I
)
#: A number restated in brackets, as legal and official text writes it: "ninety (90) days",
#: "30 (thirty) days". One count; its noun comes after the brackets.
RESTATED_RE = lazy_compile(rf"\s*\(\s*(?P<num>{NUMBER})\s*\)", re.IGNORECASE)
#: A frequency of an event counts the events per period when a verb in its clause names the
#: event: "will meet at least twice a year" is 2 or more meetings per year (dev 019's
#: annotation), "inspectors visit each farm four times a year" 4 visits per year. With no such
#: verb ("prices rose twice a year", "buses run six times a day") nothing is counted.
FREQUENCY_RE = lazy_compile(
    rf"(?<![\w-])(?:(?P<hedge>{_alternation(HEDGE_WORDS)})\s+)?"
    rf"(?:(?P<word>once|twice|thrice)|(?P<num>{NUMBER})\s+times)"
    r"\s+(?:a|an|per|each|every)\s+(?P<period>day|week|month|year)\b",
    re.IGNORECASE,
)
FREQUENCY_WORDS = {"once": 1, "twice": 2, "thrice": 3}
#: What every FREQUENCY_RE match holds, as a lower-case substring (the cheap gate).
FREQUENCY_GATE = ("once", "twice", "thrice", "times")
#: Event verbs and the noun of their event, read in the clause before the frequency.
FREQUENCY_VERB_RE = lazy_compile(
    r"\b(?:(?P<meetings>meet|meets|met|convene[sd]?|convening)|(?P<sittings>sit|sits|sat)"
    r"|(?P<inspections>inspect(?:s|ed)?)|(?P<visits>visit(?:s|ed)?)"
    r"|(?P<reports>report(?:s|ed)?)|(?P<reviews>review(?:s|ed)?)|(?P<votes>vote[sd]?))\b",
    re.IGNORECASE,
)
#: A list item "- 29: allies around the table": the noun comes after the colon (dev README).
LIST_ITEM_BEFORE_RE = lazy_compile(r"(?:^|\n)[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+$")
LIST_COLON_RE = lazy_compile(r":[ \t]+")
#: "between a few dozen and a few hundred": the outer ends of two scale hedges (24..500).
SCALE_RANGE_RE = lazy_compile(
    rf"\s+and\s+(?P<shedge>{_alternation(SCALE_HEDGES)})\s+(?P<sscale>{_SCALE})\b",
    re.IGNORECASE,
)
#: A score "3-1" is one count per number (dev README), when a result word is next to it.
SCORE_BEFORE_RE = lazy_compile(
    r"\b(?:won|win|wins|winning|beat|beats|beating|lost|lose|losing|drew|draw|led|leading"
    r"|trailed|trailing|thrashed|edged)\b[^.;:!?\d]{0,25}$",
    re.IGNORECASE,
)
SCORE_AFTER_RE = lazy_compile(
    r"\s+(?:(?:home|away)\s+)?(?:win|wins|victory|defeat|loss|draw|lead|scoreline|thrashing)\b",
    re.IGNORECASE,
)
#: What a score counts, named near it ("Two goals ... gave Ostby a 3-1 win"); goals when none
#: is named, with a doubt. Scores above this are not read (no game's side scores more).
SCORE_NOUN_RE = lazy_compile(r"\b(?P<w>goals|points|runs|sets|tries|frames|games)\b", re.I)
SCORE_MAX = 200
#: With no scoring noun named, the sport named nearest the score says what it counts ("the
#: Northern Basketball League ... won 88-84": points); goals, with a doubt, when no sport is
#: named either. Read in the same window as SCORE_NOUN_RE.
SPORT_SCORING_NOUNS: dict[str, str] = {
    "basketball": "points", "rugby": "points", "netball": "goals", "football": "goals",
    "soccer": "goals", "hockey": "goals", "handball": "goals", "futsal": "goals",
    "lacrosse": "goals", "cricket": "runs", "baseball": "runs", "softball": "runs",
    "volleyball": "sets", "snooker": "frames",
}  # fmt: skip
SPORT_RE = lazy_compile(rf"\b(?P<w>{_alternation(SPORT_SCORING_NOUNS)})\b", re.IGNORECASE)
#: A count inside a place adjunct ("at 96 secondary schools", "in 34 countries") is not what an
#: elided noun goes back to while the clause's own count is near ("12,418 pupils ... at 96
#: schools ... for a subgroup of about 2,300" counts pupils).
LOCATIVES = _words("at in across throughout inside among")
#: How many earlier counts an elided noun looks at to get past place adjuncts.
LEAN_CANDIDATES = 3

#: "several hundred trainers, advisers and support staff": a coordinated list of people nouns is
#: kept whole and counted as personnel (docs/annotation.md).
COORDINATED_RE = lazy_compile(
    r"(?:,\s*[a-z]+(?:\s+[a-z]+)?)*,?\s+and\s+(?:[a-z]+\s+)?"
    r"(?:staff|personnel|police|[a-z]+ers|[a-z]+ors|officials|troops|soldiers)\b"
)
#: The same for buildings: "140 homes and outbuildings", "60 houses, barns and sheds" count
#: buildings (every noun of the list must name one, so "12 homes and businesses" stays homes).
BUILDING_UNITS = _words(
    "buildings homes houses outbuildings barns sheds garages cabins cottages structures "
    "dwellings bungalows farmhouses apartments flats chalets warehouses"
)
BUILDING_LIST_RE = lazy_compile(
    rf"(?:,\s*(?:{'|'.join(sorted(BUILDING_UNITS))}))*,?\s+and\s+"
    rf"(?:{'|'.join(sorted(BUILDING_UNITS))})\b"
)
PEOPLE_UNITS = _words(
    "troops soldiers trainers advisers advisors instructors personnel staff officers experts "
    "contractors"
)
#: Jobs: a coordinated list of them is staff, counted as personnel like a list after a people
#: noun ("25 more interpreters and lawyers", "40 doctors, nurses and paramedics"). Every noun of
#: the list must name a job, so "300 passengers and crew" and "12 doctors and their families"
#: keep their first noun (docs/annotation.md, "Counts").
JOB_UNITS = _words(
    """
    interpreters translators lawyers solicitors barristers doctors nurses medics paramedics
    midwives surgeons dentists pharmacists teachers lecturers engineers technicians mechanics
    electricians plumbers builders drivers pilots guards firefighters inspectors investigators
    analysts scientists researchers caseworkers counsellors counselors psychologists therapists
    cleaners cooks chefs carers clerks judges prosecutors accountants auditors consultants
    specialists volunteers medics coordinators managers administrators
    """
)
_STAFF = "|".join(sorted(JOB_UNITS | PEOPLE_UNITS))
JOB_LIST_RE = lazy_compile(
    rf"(?:,\s*(?:{_STAFF}))*,?\s+and\s+(?:(?:[a-z]+\s+)?(?:staff|personnel|workers)|{_STAFF})\b"
)
#: Compound adjectives: "29-member alliance", "two-day meetings", "5,000-strong mission". The
#: measure noun is the unit ("strong" counts personnel); "-year-old" is an age.
#: "a one-match ban" and "a two-game suspension" are lengths of a penalty (dev README).
COMPOUND_UNITS = (
    "day|week|month|year|hour|member|nation|country|man|person|strong|minute|seat|match|game"
)
#: A compound of time before one of these nouns is how old something is or how long since it
#: last happened, never a length decided: "the club's 121-year history", "a 40-year high"
#: (evalsets/dev/README.md: "a club's years of history and lifespans are not counts").
PAST_SPAN_NOUNS = _words(
    "old history tradition heritage existence lifespan lifetime career high low"
)
COMPOUND_TIME_UNITS = _words("day week month year hour minute")
#: "one" is a number in a compound ("a one-match ban", "a one-year deal") but not in an idiom
#: that counts nobody ("a one-man show").
ONE_IDIOM_UNITS = frozenset({"man", "person", "nation", "country"})
COMPOUND_RE = lazy_compile(
    rf"(?<![\w$€£¥₹₩₺₪₽₦₱฿₫₴₸.,-])(?P<x>(?P<num>one|{NUMBER})[-‐](?P<cunit>{COMPOUND_UNITS})(?![\w-])"
    rf"(?:\s+(?P<noun>[a-z][a-z-]+|[A-Z][a-z]+))?)",
    re.IGNORECASE,
)

#: A measure compound in digits between a number and its noun ("two 48-hour strikes", "three
#: 90-minute sessions"): a modifier, the number counts the noun; the compound is its own count.
MEASURE_MODIFIER_RE = lazy_compile(
    rf"[ \t]*\d{{1,4}}(?:\.\d{{1,2}})?[-‐](?:{COMPOUND_UNITS})(?![\w-])", re.IGNORECASE
)
#: Adjectives used as nouns for people, counted as written ("left 30,000 homeless", "the 12
#: injured were flown out"), when the noun phrase ends on them.
NOMINAL_ADJECTIVES = _words(
    "homeless injured wounded dead missing displaced unemployed jobless elderly disabled sick "
    "hospitalised hospitalized infected evacuated undecided"
)

#: What every QUANTITY_RE match holds: a digit, or a number or scale word (its tens, its
#: quantifier plural, its scale after "several") at a word start. A span without one holds no
#: quantity, so the slower pattern is not run there (it read 4.5 MB/s, an eighth of the
#: time the whole extraction may take). Guarded by tests/extractor/test_count_gates.py.
GATE_WORDS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fifteen", "twenty", "thirty", "forty", "fifty", "dozen", "hundred", "thousand",
    "million", "billion",
)  # fmt: skip
QUANTITY_GATE_RE = lazy_compile(r"\d|(?<!\w)(?:" + "|".join(GATE_WORDS) + ")", re.IGNORECASE)
#: QUANTITY_GATE_RE's first branch alone: a digit is found at C speed (re skips to the digits,
#: while the whole gate is tried at every position), and most spans that hold a count hold one.
#: A span of ASCII text without a digit opens the gate only if its lower-case form holds one of
#: GATE_WORDS (substring tests, no re); the gate then decides (re.I folds no other character of
#: ASCII text to those letters). The gate read at 25 MB/s, a sixth of the count stage.
QUANTITY_DIGIT_RE = lazy_compile(r"\d")


def _may_hold_quantity(text: str, start: int, end: int) -> bool:
    """QUANTITY_GATE_RE found in text[start:end], the cheap tests first."""
    if QUANTITY_DIGIT_RE.search(text, start, end) is not None:
        return True
    span = text[start:end]
    if span.isascii():
        lowered = span.lower()
        if not any(word in lowered for word in GATE_WORDS):
            return False
    return QUANTITY_GATE_RE.search(text, start, end) is not None


#: Every COMPOUND_RE match has one of these hyphens ("a 30-day", "five-member").
COMPOUND_HYPHENS = "-‐"


def _has_hyphen(text: str, start: int, end: int) -> bool:
    return any(text.find(h, start, end) >= 0 for h in COMPOUND_HYPHENS)


@dataclass(frozen=True)
class CountHit:
    start: int
    end: int
    value: CountValue
    doubt: str | None = None


@dataclass
class _Draft:
    """A count being built: its span, its numbers and hedge, and its unit once known."""

    start: int
    end: int
    hedge: Hedge
    low: int
    high: int | None
    point: int | None
    unit: str | None = None
    doubt: str | None = None
    #: How an elided noun is to be found: "partitive" (from the next count), "back" (from an
    #: earlier count or question), "asked" (from a question only), "compared" (from an earlier
    #: count of the same sentence, else `subject`), or None (the unit is known).
    lean: str | None = None
    definite: bool = False
    #: The count sits in a place adjunct ("at 96 schools"), see LOCATIVES.
    adjunct: bool = False
    #: Where the count's sentence starts (a "compared" count looks no further back).
    floor: int = 0
    #: The subject of a change verb before a "compared" count, its noun if nothing else is.
    subject: str | None = None
    #: The unit is a noun written after the number (not inferred), so a later count may repeat it.
    named: bool = False
    #: A definite count's head noun: no count if the text used the noun before (see ANAPHOR_*).
    anaphor: str | None = None
    #: The head was read past a measure compound ("two 48-hour strikes"), itself a count.
    measured: bool = False


def _number(token: str, scale: str | None = None) -> int | None:
    """The value of a number token with its optional scale; None when it is not a whole count."""
    token = " ".join(token.lower().split()).replace("‐", "-")
    value: float
    if " hundred" in token:
        # "two hundred and fifty": the hundreds, and what follows "and".
        left, _, right = token.partition(" hundred")
        rest = right.removeprefix(" and ").strip()
        below = (_number(rest) or 0) if rest else 0
        value = (1 if left == "a" else NUMBER_WORDS[left]) * 100 + below
    elif token in NUMBER_WORDS:
        value = NUMBER_WORDS[token]
    elif token.startswith("half"):
        value = SCALES[token.rsplit(" ", 1)[1]] / 2
    elif "-" in token:
        tens, _, unit = token.partition("-")
        value = NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    elif re.fullmatch(r"\d{1,3},\d", token):  # the decimal comma, only ever before a scale
        value = float(token.replace(",", "."))
    else:
        value = float(token.replace(",", ""))
    if scale:
        value *= SCALES.get(scale.lower()) or SCALE_ABBREVIATIONS[scale.lower()]
    rounded = round(value)
    return rounded if abs(value - rounded) < 1e-6 else None


#: An acronym with a plural -s: "MPs", "UAVs".
ACRONYM_PLURAL_RE = lazy_compile(r"[A-Z]{2,}s")


def _is_plural(word: str, raw: str = "") -> bool:
    if word in IRREGULAR_PLURALS or ACRONYM_PLURAL_RE.fullmatch(raw):
        return True
    if word.endswith(IRREGULAR_PLURAL_ENDINGS) and word not in SINGULAR_IN_MEN:
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        # "-ous" ends adjectives, never a plural noun ("five of their previous six games").
        and not word.endswith(("ss", "'s", "’s", "ous"))
        and word not in NOT_PLURAL
    )


def _is_superlative(word: str) -> bool:
    """A superlative, also as the first part of a compound ("the two worst-hit provinces")."""
    first = word.partition("-")[0]
    return first in SUPERLATIVES or (first.endswith("est") and first not in NOT_SUPERLATIVE)


@dataclass(frozen=True)
class _Head:
    unit: str
    end: int
    #: The head's own word, lower case (before compounds or rates are added).
    word: str
    #: A measure compound stood between the number and its noun ("two 48-hour strikes").
    measured: bool = False


def _head(text: str, pos: int, end: int, *, superlatives: bool = False) -> _Head | bool | None:
    """The counted noun after `pos`: a head, None when there is none, False when not a count.

    `superlatives` reads through a superlative ("five largest customers" -> customers): the
    whole of a partitive may be a rank ("two of its five largest customers"), a count never.
    """
    # A number in quote marks before its noun: 'trained "several thousand" Iraqi instructors'.
    if pos < end and text[pos] in "\"”’'":
        pos += 1
    previous = ""
    measured = False
    for _ in range(HEAD_WINDOW_WORDS):
        if previous == "" and not measured and (mod := MEASURE_MODIFIER_RE.match(text, pos, end)):
            # "two 48-hour strikes": the measure modifies the noun the number counts.
            pos, measured = mod.end(), True
            continue
        match = WORD_RE.match(text, pos, end)
        if match is None:
            return None
        raw = match["w"].rstrip("'’")
        word = raw.lower()
        if word in STOP_WORDS and not _acronym(text, raw, match.end(), end):
            if not (previous == "" and word in ADJECTIVE_PREPOSITIONS):
                return None
            follow = WORD_RE.match(text, match.end(), end)
            noun = follow["w"].rstrip("'’") if follow is not None else ""
            if not noun.islower() or noun in STOP_WORDS or not _is_plural(noun):
                return None
        if word in CLASSIFIERS:
            of = OF_NOUN_RE.match(text, match.end(), end)
            if of is not None:
                return _Head(of["w"].lower(), of.end(), of["w"].lower())
        if word == "points" and STANDING_AFTER_RE.match(text, match.end(), end):
            return _Head(word, match.end(), word)  # a gap in a standing: "two points clear"
        if word in NOT_COUNTED or (
            word == "won"
            and previous == ""
            and WON_AFTER_SCALE_RE.search(
                text, max(0, match.start() - SCALE_BEFORE_CHARS), match.start()
            )
        ):
            return False
        if previous == "" and word in NOMINAL_ADJECTIVES and _ends_phrase(text, match.end(), end):
            return _Head(word, match.end(), word)  # "left 30,000 homeless", "the 12 injured"
        if _is_plural(word, raw) and raw[0].isupper() and _continues(text, match.end(), end):
            pass  # a capitalised modifier: "5,200 United States soldiers"
        elif _is_plural(word, raw):
            head = _plural_head(text, match, word, previous, end)
            return replace(head, measured=True) if measured and isinstance(head, _Head) else head
        elif (
            word.endswith("ing")
            and not raw[0].isupper()
            and word not in PARTICIPLE_ADJECTIVES
            and "-" not in word  # "eight loss-making outlets": a compound adjective
        ):
            # A gerund names the kind ("118 nursing staff"); else a participle or a preposition
            # ends the phrase ("members casting ballots", "40, including").
            follow = WORD_RE.match(text, match.end(), end)
            if word in ING_PREPOSITIONS or follow is None:
                return None
            noun = follow["w"].rstrip("'’")
            if not _is_plural(noun.lower(), noun) or noun.lower() in STOP_WORDS:
                return None
            return _Head(f"{word} {noun.lower()}", follow.end(), noun.lower())
        if not superlatives and _is_superlative(word):
            return False  # "the two busiest ports" names which ones; it counts nothing
        previous = word
        pos = match.end()
    return None


def _plural_head(
    text: str, match: re.Match[str], word: str, previous: str, end: int
) -> _Head | bool:
    """The head once its first plural noun is found: compounds, noun modifiers and rates."""
    stop = match.end()
    follow = WORD_RE.match(text, stop, end)
    if follow is not None:
        after = follow["w"].rstrip("'’")
        if f"{word} {after.lower()}" in LEXICAL_COMPOUNDS:
            previous, word, stop = word, after.lower(), follow.end()  # "police officers"
        elif word in PLURAL_MODIFIERS and after.islower() and _is_plural(after):
            previous, word, stop = word, after, follow.end()  # "25 fisheries experts"
    unit = word
    if f"{previous} {word}" in LEXICAL_COMPOUNDS or previous in AREA_MODIFIERS:
        # "two paid sick days" counts sick days, not days; "square miles" is an area.
        unit = word = f"{previous} {word}"
    elif word in NAMED_KIND_HEADS and previous in HAZARDS:
        unit = f"{previous} {word}"  # "Six flood warnings"
    elif word in OF_ONLY_UNITS and OF_NOUN_RE.match(text, stop, end) is None:
        return False
    if word not in TIME_UNITS:
        rate = RATE_RE.match(text, stop, end)
        if rate is not None:
            unit, stop = f"{unit} per {rate['period'].lower()}", rate.end()
    return _Head(unit, stop, word)


def _ends_phrase(text: str, pos: int, end: int) -> bool:
    """True when no noun follows `pos` in the phrase: punctuation, the span's end, a function
    word or a verb's auxiliary ("12 injured were", "30,000 homeless.")."""
    follow = WORD_RE.match(text, pos, end)
    return follow is None or follow["w"].lower() in STOP_WORDS


def _acronym(text: str, raw: str, pos: int, end: int) -> bool:
    """True for a stop word in capitals before a word that is not: "US troops" is no "us"."""
    if len(raw) < 2 or not raw.isupper():
        return False
    follow = WORD_RE.match(text, pos, end)
    return follow is not None and not follow["w"].isupper()


def _continues(text: str, pos: int, end: int) -> bool:
    """True when the noun phrase goes on with a noun after `pos` ("United States soldiers")."""
    match = WORD_RE.match(text, pos, end)
    if match is None:
        return False
    raw = match["w"].rstrip("'’")
    return raw[0].isupper() or _is_plural(raw.lower(), raw)


def _plural(unit: str) -> str:
    unit = unit.lower()
    if unit.endswith(("s", "personnel", "staff", "people", "police", "aircraft")):
        return unit
    if unit.endswith("y") and unit[-2:] not in ("ay", "ey", "oy"):
        return unit[:-1] + "ies"
    if unit.endswith(("ch", "sh", "x", "z")):
        return unit + "es"  # "a one-match ban" counts matches
    return unit + "s"


def _prev_word(text: str, pos: int, floor: int) -> str:
    match = PREV_WORD_RE.search(text, max(floor, pos - 24), pos)
    return match["w"] if match is not None else ""


def _label_before(text: str, pos: int, floor: int) -> bool:
    """True when the word before `pos` makes the number a label, a date, an age or a magnitude."""
    match = PREV_WORD_RE.search(text, max(floor, pos - 24), pos)
    if match is None:
        return False
    word = match["w"]
    if word.lower() in NOT_A_COUNT_BEFORE or word.lower() in MONTHS:
        return True
    # A capitalised word inside a sentence names something the number labels ("Local 418",
    # "Resolution 2334"); at the sentence's start it is just capitalised ("Around 400").
    starts_sentence = not text[max(floor, match.start() - 2) : match.start()].strip(" \t\"“'‘(")
    return (
        word[0].isupper()
        and not starts_sentence
        and not word.endswith(("'s", "’s"))
        and word.lower() not in HEDGE_WORDS
    )


def _is_year(token: str, hedge: str | None) -> bool:
    if hedge is not None or not token.isdigit() or len(token) != 4:
        return False
    return YEAR_LOW <= int(token) <= YEAR_HIGH


def _quantities(text: str, start: int, end: int) -> list[_Draft]:
    """Steps 1-3 for one span: every count found, some still without their unit."""
    drafts: list[_Draft] = []
    resume = start
    if not _may_hold_quantity(text, start, end):
        return drafts
    matched = False
    for match in QUANTITY_RE.finditer(text, start, end):
        matched = True
        if match.start() < resume:
            continue
        hedge_word = " ".join(match["hedge"].lower().split()) if match["hedge"] else None
        if match["num"] and (
            _label_before(text, match.start(), start) or _is_year(match["num"], hedge_word)
        ):
            # A label's or a year's second number is not a count either ("aged 13 to 17").
            second = SECOND_RE.match(text, match.end(), end)
            resume = second.end() if second is not None else resume
            continue
        if RATIO_BEFORE_RE.search(text, max(start, match.start() - 20), match.start()):
            continue
        after = match.end()
        if hedge_word == "between" and match["shedge"]:
            ranged = _scale_range(text, match, start, end)
            if ranged is not None:
                drafts.append(ranged)
                resume = ranged.end
            continue
        if hedge_word in RANGE_OPENERS:
            found = _pair(text, match, hedge_word, start, end)
            if found:
                drafts.extend(found)
                resume = found[-1].end
            elif match["num"] is not None:
                # "from 2 soldiers" is not a range; read the number on its own.
                drafts.extend(_single(text, match, None, match.start("num"), after, start, end))
            continue
        second = SECOND_RE.match(text, after, end) if match["num"] and not match["abbr"] else None
        if second is not None:
            found = _pair(text, match, hedge_word, start, end)
            if found is not None:
                drafts.extend(found)
                resume = found[-1].end if found else second.end()
                continue
        single = _single(text, match, hedge_word, match.start(), after, start, end)
        drafts.extend(single)
        resume = max([resume, *(d.end for d in single)])  # not the "90" of "ninety (90) days"
    # "one of its three plants": the whole's number is a quantity, so a span without one is done.
    for one in ONE_OF_RE.finditer(text, start, end) if matched else ():
        if _prev_word(text, one.start(), start).lower() in ONE_NAMES_AFTER:
            continue  # "a warning from one of its two engines" names the engine
        if _prev_word(text, one.start(), start).lower() in ONE_DESCRIBES_AFTER:
            continue  # "Okafor is one of 40 soldiers" says what Okafor is
        if text[max(start, one.start() - 2) : one.start()].strip() == ",":
            continue  # an apposition describes: "joined in 1961, one of only two women"
        unit = _partitive_unit(text, one.end(), end)
        if unit is not None:
            drafts.append(_Draft(one.start(), one.end(), "exact", 1, 1, 1, unit=unit))
    return drafts


def _single(
    text: str, match: re.Match[str], hedge_word: str | None, x_start: int, after: int,
    start: int, end: int,
) -> list[_Draft]:  # fmt: skip
    """One quantity and its head."""
    doubt = None
    if match["shedge"]:
        hedge = SCALE_HEDGES[" ".join(match["shedge"].lower().split())]
        low, high, point = hedge_range(hedge, SCALES[match["sscale"].lower()])
        lean_ok = True
    elif match["plural"]:
        plural = " ".join(match["plural"].lower().split())
        hedge, scale = PLURAL_QUANTIFIERS[plural]
        low, high, point = hedge_range(hedge, scale)
        if plural in _PLURAL_DOUBT:
            doubt = f"'{plural} of' read with the '{hedge}' rule on a scale of {scale:,}"
        lean_ok = False
    else:
        abbr = (match["abbr"] or "").lower()
        if abbr in LENGTH_ABBREVIATIONS and "." not in match["num"]:
            head = _head(text, after, end)
            if not isinstance(head, _Head) or head.word in RACE_EVENTS:
                return []  # "ran the 400m hurdles", "a 5k": a length, not a scale
        number = _number(match["num"], match["scale"] or abbr)
        if number is None or number < 1:
            return []
        hedge = HEDGE_WORDS[hedge_word] if hedge_word else "exact"
        lean_ok = hedge_word is not None or bool(match["scale"] or abbr)
        restated = RESTATED_RE.match(text, after, end)
        if restated is not None and _number(restated["num"]) == number:
            after = restated.end()  # "ninety (90) days": one count, its noun after the brackets
        post = POST_HEDGE_RE.match(text, after, end) if hedge_word is None else None
        if post is not None:
            hedge, after, lean_ok = POST_HEDGES[post["w"].lower()], post.end(), True
        low, high, point = hedge_range(hedge, number)
        if hedge_word == "over":
            doubt = "'over' read as 'more than'"
    draft = _Draft(x_start, after, hedge, low, high, point, doubt=doubt, floor=start)
    draft.adjunct = _prev_word(text, x_start, start).lower() in LOCATIVES
    colon = LIST_COLON_RE.match(text, after, end)
    if colon is not None and LIST_ITEM_BEFORE_RE.search(text, max(0, x_start - 8), x_start):
        # "- 29: allies around the table": a list item counts the noun after its colon, a
        # length of time too ("- 2: days of ministerial meetings").
        head = _head(text, colon.end(), end)
        if isinstance(head, _Head):
            draft.unit = head.unit
        return [draft] if draft.unit is not None else []
    _finish(text, draft, after, start, end, lean_ok)
    return [draft] if draft.unit is not None or draft.lean is not None else []


def _scale_range(text: str, match: re.Match[str], start: int, end: int) -> _Draft | None:
    """ "between a few dozen and a few hundred": low of the first hedge..high of the second."""
    second = SCALE_RANGE_RE.match(text, match.end(), end)
    if second is None:
        return None
    first_hedge = SCALE_HEDGES[" ".join(match["shedge"].lower().split())]
    last_hedge = SCALE_HEDGES[" ".join(second["shedge"].lower().split())]
    low = hedge_range(first_hedge, SCALES[match["sscale"].lower()])[0]
    high = hedge_range(last_hedge, SCALES[second["sscale"].lower()])[1]
    if high is None or high < low:
        return None
    low, high, _ = hedge_range("between", low, high)
    draft = _Draft(match.start(), second.end(), "between", low, high, None, floor=start)
    _finish(text, draft, second.end(), start, end, lean_ok=True)
    return draft if draft.unit is not None or draft.lean is not None else None


def _partitive_unit(text: str, after: int, end: int) -> str | None:
    """The unit of a part whose whole is counted after it ("two of its five largest customers")."""
    part = PARTITIVE_RE.match(text, after, end)
    if part is None:
        return None
    whole = _head(text, part.end(), end, superlatives=True)
    if isinstance(whole, _Head) and whole.word not in TIME_UNITS:
        return whole.unit
    return None


def _finish(text: str, draft: _Draft, after: int, start: int, end: int, lean_ok: bool) -> None:
    """Find the draft's head (step 2), apply the filters (step 3) or mark how to find its noun."""
    head = _head(text, after, end)
    if head is False:
        return
    if isinstance(head, _Head):
        if head.word in TIME_UNITS and not _event_length(text, draft, head, start, end):
            return
        if head.word in MEASURE_UNITS and MEASURE_VERB_BEFORE_RE.search(
            text, max(start, draft.start - MEASURE_VERB_CHARS), draft.start
        ):
            return  # "weighs 310 grams": a property of one thing
        draft.unit, draft.end, draft.named = head.unit, head.end, True
        draft.measured = head.measured
        if DEFINITE_BEFORE_RE.search(text, max(start, draft.start - 8), draft.start):
            draft.definite = True
            floor = max(start, draft.start - ANAPHOR_BEFORE_CHARS)
            if (
                ANAPHOR_BEFORE_RE.search(text, floor, draft.start)
                and not PARTITIVE_BEFORE_RE.search(text, floor, draft.start)
                and not RELATIVE_AFTER_RE.match(text, head.end, end)
            ):
                draft.anaphor = head.word
        listed = COORDINATED_RE.match(text, draft.end, end)
        if listed is not None and head.word in PEOPLE_UNITS:
            draft.end, draft.unit = listed.end(), "personnel"
        elif head.word in JOB_UNITS and (jobs := JOB_LIST_RE.match(text, draft.end, end)):
            draft.end, draft.unit = jobs.end(), "personnel"
        elif head.word in BUILDING_UNITS and (
            built := BUILDING_LIST_RE.match(text, draft.end, end)
        ):
            draft.end, draft.unit = built.end(), "buildings"
        return
    # No noun: an elided one, only where the text leans on another count.
    before = max(start, draft.start - 24)
    if (unit := _partitive_unit(text, after, end)) is not None:
        draft.unit = unit  # "Forty of the 52 districts", "five of their previous six games"
    elif PARTITIVE_RE.match(text, after, end):
        draft.lean = "partitive"
    elif (part := PART_OF_RE.match(text, after, end)) is not None:
        whole = _head(text, part.end(), end)
        if isinstance(whole, _Head) and whole.word not in TIME_UNITS:
            draft.unit, draft.end = whole.unit, whole.end
    elif EACH_RE.match(text, after, end) or MORE_RE.match(text, after, end):
        draft.lean = "back"
    elif (table := _table_unit(text, draft.start)) is not None:
        draft.unit = table  # "Northern Province: 604 new; 10,917 in total."
    elif (harm := HARM_VERB_RE.search(text, max(start, draft.start - 40), draft.start)) is not None:
        draft.unit = "people"
        if harm.group().lower().startswith("toll"):
            draft.lean = "toll"  # the harm counted before it in the sentence, if any
    elif fronted := _fronted_whole(text, max(start, draft.start - FRONTED_OF_CHARS), draft.start):
        draft.unit = fronted  # "Of the new cases, 212 were confirmed"
    elif OF_WHOM_BEFORE_RE.search(text, before, draft.start) or FRONTED_CLAUSE_RE.search(
        text, max(start, draft.start - FRONTED_CLAUSE_CHARS), draft.start
    ):
        draft.lean = "back"  # "members, of whom 9,800 voted", "Of those, 1,903 backed"
    elif (
        not lean_ok
        and AND_BEFORE_RE.search(text, before, draft.start)
        and SUBJECT_VERB_AFTER_RE.match(text, after, end)
    ):
        draft.lean = "joined"  # "1,903 backed the strike and 281 voted against"
    elif DEFINITE_BEFORE_RE.search(text, before, draft.start) and _ends_phrase(text, after, end):
        draft.lean, draft.definite = "repeat", True  # "Five of the seven"
    elif CROWD_BEFORE_RE.search(text, before, draft.start):
        draft.unit = "spectators"
    elif (body := BODY_BEFORE_RE.search(text, before, draft.start)) is not None:
        draft.unit = "jurors" if body["jury"] else "members"
    elif (parent := PARENT_BEFORE_RE.search(text, before, draft.start)) is not None:
        draft.unit = "grandchildren" if parent["grand"] else "children"
    elif COMPARE_BEFORE_RE.search(text, before, draft.start):
        draft.lean = "compared"
        if LEVEL_VERB_RE.search(text, before, draft.start):
            draft.subject = _subject(text, max(start, draft.start - SUBJECT_WINDOW_CHARS), draft)
    elif LEAN_END_RE.match(text, after, end) or (
        (adjunct := TIME_ADJUNCT_RE.match(text, after, end)) is not None
        and LEAN_END_RE.match(text, adjunct.end(), end)
        and not CHANGE_BY_BEFORE_RE.search(text, before, draft.start)
    ):
        draft.lean = "back" if lean_ok else "asked"


def _fronted_whole(text: str, floor: int, pos: int) -> str | None:
    """The plural whole of "Of the new cases, " opening the clause before `pos` (FRONTED_OF_RE)."""
    match = FRONTED_OF_RE.search(text, floor, pos)
    if match is None:
        return None
    word = match["w"].lower()
    return word if _is_plural(word, match["w"]) and word not in STOP_WORDS else None


def _table_unit(text: str, pos: int) -> str | None:
    """The header's noun for a number in a table row, see TABLE_ROW_RE; None when not in one."""
    floor = max(0, pos - TABLE_WINDOW_CHARS)
    newline = text.rfind("\n", floor, pos)
    if newline < 0:
        # The row starts before the window, so no header is this close (the loop below would
        # not run). Looked for in the window only: a search back to the row's start for every
        # number of a line of megabytes was quadratic (issue 12, item 9).
        return None
    line = newline + 1
    if TABLE_CELL_BEFORE_RE.match(text, line, pos) is None:
        return None
    stop = line - 1  # the newline before the number's row
    while stop > floor:
        newline = text.rfind("\n", floor, stop)
        if newline < 0 and floor > 0:
            return None  # the line above runs past the window: no table this close
        begin = newline + 1
        if TABLE_ROW_RE.match(text, begin, stop):
            stop = begin - 1
            continue
        header = text[begin:stop].rstrip()
        if not header or header.endswith((".", "!", "?")):
            return None
        for match in WORD_RE.finditer(text, begin, stop):
            raw = match["w"].rstrip("'’")
            if raw.lower() not in STOP_WORDS and _is_plural(raw.lower(), raw):
                return raw.lower()
        return None
    return None


def _subject(text: str, floor: int, draft: _Draft) -> str | None:
    """The first plural noun of the clause before a change verb ("Overdose deaths ... rose to")."""
    verb = LEVEL_VERB_RE.search(text, floor, draft.start)
    if verb is None:
        return None
    for match in WORD_RE.finditer(text, floor, verb.start()):
        raw = match["w"].rstrip("'’")
        if raw.islower() and _is_plural(raw) and raw not in STOP_WORDS:
            return raw
    return None


def _event_length(text: str, draft: _Draft, head: _Head, start: int, end: int) -> bool:
    """True when a count of time units is a length a reader would mark (see EVENT_TIME_UNITS)."""
    before = max(start, draft.start - 24)
    if OFFSET_AFTER_RE.match(text, head.end, end) and not FOR_BEFORE_RE.search(
        text, before, draft.start
    ):
        return False
    if AFTER_BEFORE_RE.search(text, before, draft.start) and TENURE_AFTER_RE.match(
        text, head.end, end
    ):
        return False  # "after seven years with the Group": a tenure
    if RATE_RE.match(text, head.end, end):
        return True  # "caps overtime at 10 hours a week"
    floor = max(start, draft.start - CLAUSE_WINDOW_CHARS)
    brk = CLAUSE_BREAK_RE.search(text, floor, draft.start)
    clause = text[brk.end() if brk is not None else floor : draft.start]
    if (relative := RELATIVE_BREAK_RE.search(clause)) is not None:
        clause = clause[relative.start() :]  # "lifted an order in three districts, where ..."
    if MISSED_BEFORE_RE.search(clause):
        return True  # "would miss at least three weeks"
    if TERM_OF_BEFORE_RE.search(clause):
        return True  # "for a term of ninety (90) days"
    if DECIDED_OBJECT_BEFORE_RE.search(clause) or DURATION_BEFORE_RE.search(clause):
        if DECIDED_VERB_RE.search(clause):
            return True  # "jailed for nine years", "ordered to do 200 hours of unpaid work"
        if not DURATION_BEFORE_RE.search(clause):
            return False
        sub = SUBORDINATOR_RE.search(clause)
        modal = MODAL_RE.search(clause, sub.end() if sub is not None else 0)
        if modal is not None and not REQUEST_VERB_RE.search(clause, modal.end()):
            return True  # planned, so decided: "would keep its head office for three years"
        return head.word in EVENT_TIME_UNITS and bool(MEETING_VERB_RE.search(clause))
    return head.word in EVENT_TIME_UNITS and bool(LASTING_BEFORE_RE.search(clause))


def _pair(
    text: str, match: re.Match[str], hedge_word: str | None, start: int, end: int
) -> list[_Draft] | None:
    """Two joined numbers: a range, a change, a vote or a score (two counts each); else None."""
    if match["num"] is None:
        return None
    second = SECOND_RE.match(text, match.end(), end)
    if second is None:
        return None
    join = second["join"].strip().lower()
    first = _number(match["num"], match["scale"] or second["scale"])
    last = _number(second["num"], second["scale"])
    if first is None or last is None:
        return None
    n1 = (match.start("num"), match.end("scale") if match["scale"] else match.end("num"))
    n2 = (second.start("num"), second.end())
    before = text[max(start, match.start() - 40) : match.start()]
    if (
        join in ("-", "–")
        and hedge_word is None
        and max(first, last) <= SCORE_MAX
        and (SCORE_BEFORE_RE.search(before) or SCORE_AFTER_RE.match(text, second.end(), end))
    ):
        unit, doubt = _score_unit(text, match.start(), start, end)
        return [_Draft(*n1, "exact", first, first, first, unit=unit, doubt=doubt),
                _Draft(*n2, "exact", last, last, last, unit=unit, doubt=doubt)]  # fmt: skip
    if first < 1:
        return None
    head = _head(text, second.end(), end)
    counted = isinstance(head, _Head) and head.word != "votes"
    if (
        join in ("to", "-", "–")
        and hedge_word is None
        and not counted
        and (VOTE_BEFORE_RE.search(before) or VOTE_AFTER_RE.match(text, second.end(), end))
    ):
        return [_Draft(*n1, "exact", first, first, first, unit="votes"),
                _Draft(*n2, "exact", last, last, last, unit="votes")]  # fmt: skip
    if hedge_word == "from" and join == "to":
        # "raised the toll from 40 to 43": a change gives two counts, each of the same noun.
        if not CHANGE_VERB_RE.search(before):
            return None
        drafts = [_Draft(*n1, "exact", first, first, first), _Draft(*n2, "exact", last, last, last)]
        _finish(text, drafts[1], second.end(), start, end, lean_ok=True)
        if drafts[1].unit is None and HARM_VERB_RE.search(before + " "):
            drafts[1].unit = "people"
        drafts[0].unit, drafts[0].lean = drafts[1].unit, drafts[1].lean
        return drafts if drafts[1].unit or drafts[1].lean else []
    if (hedge_word == "between") != (join == "and") or hedge_word not in (None, "between"):
        return None
    if _is_year(match["num"], None) or last <= first:
        return None  # "2019-2020", a score "2-1"
    low, high, _ = hedge_range("between", first, last)
    draft = _Draft(match.start(), second.end(), "between", low, high, None, floor=start)
    _finish(text, draft, second.end(), start, end, lean_ok=True)
    if draft.unit is None and draft.lean is None:
        return []
    return [draft]


def _score_unit(text: str, pos: int, start: int, end: int) -> tuple[str, str | None]:
    """What a score counts: the scoring noun named nearest before it, else just after it."""
    floor = max(0, pos - ELLIPSIS_WINDOW_CHARS)
    named = [m["w"].lower() for m in SCORE_NOUN_RE.finditer(text, floor, pos)]
    if named:
        return named[-1], None
    after = SCORE_NOUN_RE.search(text, pos, min(end, pos + ELLIPSIS_WINDOW_CHARS))
    if after is not None:
        return after["w"].lower(), None
    sports = [m["w"].lower() for m in SPORT_RE.finditer(text, floor, pos)]
    if not sports and (sport := SPORT_RE.search(text, pos, min(end, pos + ELLIPSIS_WINDOW_CHARS))):
        sports = [sport["w"].lower()]
    if sports:
        return SPORT_SCORING_NOUNS[sports[-1]], None
    return "goals", "a score whose scoring unit is not named, read as goals"


def _lean(drafts: list[_Draft], text: str) -> None:
    """Step 4: give each count whose noun is elided the noun of the count it leans on."""
    for i, draft in enumerate(drafts):
        if draft.lean == "repeat":
            draft.unit = _repeated_unit(drafts, i)
    for i, draft in enumerate(drafts):
        if draft.lean == "joined":
            # Only after another bare number of its sentence, itself given a noun by the text
            # before it: "Of those, 1,903 backed the strike and 281 voted against".
            if i > 0 and drafts[i - 1].start >= draft.floor and not drafts[i - 1].named:
                draft.unit = drafts[i - 1].unit
            continue
        if draft.lean == "partitive":
            # "Forty of the 52 in the south": the whole is the next count, a few words on.
            if i + 1 < len(drafts) and drafts[i + 1].start - draft.end < PARTITIVE_GAP_CHARS:
                draft.unit = drafts[i + 1].unit
            continue
        if draft.lean == "toll":
            earlier = _earlier_unit(
                drafts, i, max(draft.floor, draft.start - ELLIPSIS_WINDOW_CHARS)
            )
            if earlier is not None and earlier[1] in HARM_UNITS:
                draft.unit = earlier[1]
            continue
        if draft.lean is None or draft.unit is not None:
            continue
        floor = max(0, draft.start - ELLIPSIS_WINDOW_CHARS)
        paragraph = text.rfind("\n\n", floor, draft.start)
        floor = max(floor, paragraph)
        if draft.lean == "compared":
            floor = max(floor, draft.floor)
        candidates: list[tuple[int, str]] = []
        if draft.lean != "asked":
            earlier = _earlier_unit(drafts, i, floor)
            if earlier is not None:
                candidates.append(earlier)
        if draft.lean == "compared":
            if not candidates and draft.subject is not None:
                draft.unit = draft.subject
            else:
                draft.unit = candidates[0][1] if candidates else None
            continue
        for asked in HOW_MANY_RE.finditer(text, floor, draft.start):
            if _is_plural(asked["w"].lower()):
                candidates.append((asked.end(), asked["w"].lower()))
        if candidates:
            draft.unit = max(candidates)[1]


def _repeated_unit(drafts: list[_Draft], i: int) -> str | None:
    """The noun of the nearest earlier count of the same number ("the seven" after "The
    seven-member committee"), within REPEAT_WINDOW_CHARS; None if there is none."""
    draft = drafts[i]
    for j in range(i - 1, -1, -1):
        earlier = drafts[j]
        if earlier.start < draft.start - REPEAT_WINDOW_CHARS:
            break
        if earlier.named and (earlier.low, earlier.high) == (draft.low, draft.high):
            return earlier.unit
    return None


def _earlier_unit(drafts: list[_Draft], i: int, floor: int) -> tuple[int, str] | None:
    """The nearest earlier count with a unit, past place adjuncts (see LOCATIVES)."""
    fallback: tuple[int, str] | None = None
    seen = 0
    for j in range(i - 1, -1, -1):  # sorted by start: stop at the window's floor
        earlier = drafts[j]
        if earlier.start < floor or seen == LEAN_CANDIDATES:
            break
        if not earlier.unit:
            continue
        seen += 1
        if not earlier.adjunct:
            return earlier.end, earlier.unit
        fallback = fallback or (earlier.end, earlier.unit)
    return fallback


def _used_before(text: str, word: str, voice: int, pos: int) -> bool:
    """True when the text used the noun `word` shortly before `pos` (see ANAPHOR_BEFORE_RE).

    The plural anywhere in the window; the singular only in the same paragraph, where it names
    one of a set counted next ("her party ... the Liberals ... the three parties"), not an event
    told before ("before the vote" ... "the two no votes"). Inside a quote (`voice`, its opening
    mark) only the quote's own words are read: the speaker's count is the speaker's claim.
    """
    floor = max(0, pos - ANAPHOR_WINDOW_CHARS, voice)
    paragraph = max(floor, text.rfind("\n", floor, pos) + 1)
    one = singular(word)
    return _has_word(text[floor:pos].lower(), word) or (
        one != word and _has_word(text[paragraph:pos].lower(), one)
    )


def _has_word(window: str, word: str) -> bool:
    """True when `word` is a whole word of `window` (both lower case)."""
    at = window.find(word)
    while at >= 0:
        stop = at + len(word)
        if (at == 0 or not window[at - 1].isalpha()) and (
            stop == len(window) or not window[stop].isalpha()
        ):
            return True
        at = window.find(word, at + 1)
    return False


class _Voices:
    """Who speaks at a position: the narrator (-1) or the quote opened at a mark (its offset).

    A double mark opens or closes a quote; a paragraph starts outside one (a continuation
    paragraph opens with its own mark). The marks and paragraph breaks are found once, on the
    first question, and each question is two bisects.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._marks: list[int] | None = None
        self._breaks: list[int] = []

    def of(self, pos: int) -> int:
        if self._marks is None:
            self._marks = [m.start() for m in QUOTE_MARK_RE.finditer(self._text)]
            self._breaks = [m.start() for m in PARAGRAPH_BREAK_RE.finditer(self._text)]
        n = bisect_left(self._breaks, pos)
        paragraph = self._breaks[n - 1] if n else -1
        first, last = bisect_left(self._marks, paragraph), bisect_left(self._marks, pos)
        return self._marks[last - 1] if (last - first) % 2 else -1


def _frequencies(text: str, start: int, end: int) -> list[_Draft]:
    """Counts of events per period ("will meet at least twice a year"), see FREQUENCY_RE."""
    lowered = text[start:end].lower()
    if not any(word in lowered for word in FREQUENCY_GATE):
        return []
    drafts = []
    for match in FREQUENCY_RE.finditer(text, start, end):
        floor = max(start, match.start() - CLAUSE_WINDOW_CHARS)
        brk = CLAUSE_BREAK_RE.search(text, floor, match.start())
        verbs = list(FREQUENCY_VERB_RE.finditer(text, brk.end() if brk else floor, match.start()))
        if not verbs:
            continue
        event = verbs[-1].lastgroup
        word = match["word"]
        number = FREQUENCY_WORDS[word.lower()] if word else _number(match["num"])
        if event is None or number is None or number < 1:
            continue
        hedge_word = " ".join(match["hedge"].lower().split()) if match["hedge"] else None
        hedge = HEDGE_WORDS[hedge_word] if hedge_word else "exact"
        low, high, point = hedge_range(hedge, number)
        unit = f"{event} per {match['period'].lower()}"
        drafts.append(_Draft(*match.span(), hedge, low, high, point, unit=unit, named=True))
    return drafts


def extract_counts(text: str, spans: list[tuple[int, int]]) -> list[CountHit]:
    """Every count of a counted noun inside the given spans, in text order."""
    drafts: list[_Draft] = []
    for start, end in spans:
        drafts += _frequencies(text, start, end)
        found = list(_quantities(text, start, end))
        drafts += found
        if not _has_hyphen(text, start, end):
            continue
        # The spans already counted, by start, with the furthest end so far: an overlap test is
        # one bisect, not a scan of every count of the sentence (quadratic on run-on text).
        taken = sorted((d.start, d.end) for d in found if not d.measured)
        starts = [a for a, _ in taken]
        reach = list(itertools.accumulate((b for _, b in taken), max))
        for match in COMPOUND_RE.finditer(text, start, end):
            n = bisect_left(starts, match.end())
            if n > 0 and reach[n - 1] > match.start():
                continue
            number = _number(match["num"])
            if number is None or number < 1:
                continue
            cunit = match["cunit"].lower()
            if cunit in COMPOUND_TIME_UNITS and (match["noun"] or "").lower() in PAST_SPAN_NOUNS:
                continue  # an age: "a 43-year-old", "a 121-year history", "a 40-year high"
            if number == 1 and cunit in ONE_IDIOM_UNITS:
                continue  # "a one-man show"
            unit = "personnel" if cunit == "strong" else _plural(cunit)
            drafts.append(
                _Draft(*match.span("x"), "exact", number, number, number, unit=unit, named=True)
            )
    drafts.sort(key=lambda d: (d.start, d.end))
    _lean(drafts, text)
    hits: list[CountHit] = []
    voices = _Voices(text)
    seen: set[tuple[int, int | None, str, int]] = set()
    for draft in drafts:
        if draft.unit is None:
            continue
        voice = voices.of(draft.start)
        if draft.anaphor is not None and _used_before(text, draft.anaphor, voice, draft.start):
            continue  # "the departments of A, B and C ... the three departments"
        key = (draft.low, draft.high, unit_family(draft.unit), voice)
        if draft.definite and key in seen:
            continue  # a back-reference: "the three provinces" after "three provinces"
        if draft.named:
            seen.add(key)
        value = CountValue(
            low=draft.low, high=draft.high, point=draft.point, hedge=draft.hedge, unit=draft.unit
        )
        hits.append(CountHit(draft.start, draft.end, value, draft.doubt))
    return hits
