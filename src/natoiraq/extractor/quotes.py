"""Stage 3c: quotes. Quoted words, their speaker (linked to the registry) and whether partial.

Why: scraped copy mixes straight and curly marks and mismatches them (a closing ” used to open, a
quote opened with ” and closed with "), so double marks are paired by position, not by shape:
within a paragraph the first double mark opens and the next one closes. Single marks (UK and
tabloid style) are apostrophes too, so one opens only at a word start and closes only at a word
end. A quote left open at the end of a paragraph continues when the next paragraph opens with a
mark (the English multi-paragraph convention). A transcript's speaker turns ("MINISTER ROJAS:
...") are quotes without marks.

The speaker comes, in this order, from an attribution next to the quote ("X said", "said union
leader X", "he added", "the minister said", "a spokesman said"), from the speech verb of the
quote's sentence ("X said the move was 'temporary'"), from the quote before it in the paragraph,
and for a quote that stands alone from the speaker of the paragraph before. Pronouns and definite
roles ("the minister") refer back to the nearest fitting person named earlier; indefinite roles
("a spokesman") introduce somebody new. Every lookup is bounded or bisected over mentions
collected once, so the stage stays linear in the text's length (issue 12).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from natoiraq.extractor.linking import NAME_LEADERS, TITLE_RE, Linker
from natoiraq.text import (
    NAME_RE,
    QUOTE_MARKS,
    SPEECH_VERBS,
    WHITESPACE_RE,
    first_letter_groups,
    is_blank,
    lazy_compile,
    sentences,
    strip_span,
    word_trie,
)

#: Double quote marks of every shape; they pair by position (see the module docstring).
DOUBLE_MARK = '"“”„«»'
DOUBLE_MARK_RE = lazy_compile(f"[{DOUBLE_MARK}]")
#: A single mark that opens a quote: at a line start or after a space or opening punctuation,
#: before a letter ("'We keep", "‘harsh"). Never before a digit: "the '90s" is an elision.
SINGLE_OPEN_RE = lazy_compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=[^\W\d_])", re.MULTILINE)
#: A single mark that closes one: after a letter, digit or punctuation, before a space,
#: punctuation or the line end ("mugs.'", "calm',"). "don't" and "Iraq's" have a letter on both
#: sides, so they are neither.
SINGLE_CLOSE_RE = lazy_compile(r"(?<=[\w.,!?…;:])['’](?=[\s.,;:!?)\]—–-]|$)", re.MULTILINE)
#: The three kinds in one scan, in text order: they never share a position (an opening single
#: mark follows a space or a line start, a closing one a letter or punctuation). The look-ahead
#: restates the mark characters so that re skips other positions at once: six times faster than
#: three scans and a sort.
MARK_RE = lazy_compile(
    rf"(?=[{DOUBLE_MARK}'‘’])(?:(?P<d>{DOUBLE_MARK_RE.pattern})|(?P<o>{SINGLE_OPEN_RE.pattern})"
    rf"|(?P<c>{SINGLE_CLOSE_RE.pattern}))",
    re.MULTILINE,
)
#: Words a single-marked stretch must hold to be a quote: "rock 'n' roll" pairs "n".
SINGLE_MIN_LETTERS = 2
#: How far (in characters) an attribution may stand from the quote it belongs to.
ATTRIBUTION_WINDOW = 160
#: How far back a pronoun or a definite role looks for the person it refers to: a few
#: paragraphs of news copy. Bounds the lookup (linear time) and keeps "he" from reaching a
#: person of another section.
REFERENCE_WINDOW = 2000
#: At most this many people named (and as many speakers heard) are weighed for one pronoun or
#: role: more than a few paragraphs hold, and a constant bound keeps the lookup linear.
MAX_CANDIDATES = 12

#: Verbs that attribute quoted words: text.SPEECH_VERBS (shared with the cleaner) and the ones
#: only a quote's attribution needs: messages of any medium (posted, tweeted, texted, messaged),
#: oaths and claims (swore, claimed), "went on", "put it", and the opinion verbs machine
#: translations use for "said" (considers, believes). As a trie (text.word_trie): a tenth of the
#: stage's time went into trying the verbs one by one at every word.
QUOTE_VERB_LIST = (
    rf"(?:{SPEECH_VERBS}|posted|posts|tweeted|tweets|texted|texts|messaged|messages|emailed"
    r"|swore|swears|claimed|claims|went\s+on|goes\s+on|put\s+it|puts\s+it|considers|considered"
    r"|believes|believed|thinks|admitted|admits|pledged|pledges|promised|promises|urged|urges"
    r"|answered|answers|responded|responds|conceded|concedes|observed|observes|boasted|joked"
    r"|predicted|predicts|cautioned|cautions|countered|counters|repeated|repeats|reiterated"
    r"|complained|complains|recounted|recounts|described|describes|called|calls|named|names"
    r"|communicated|communicates|spoke|speaks|spoken|read|reads|revealed|reveals|fumed|fumes|raged|rages"
    r"|blasted|blasts|slammed|slams|gushed|gushes|beamed|quipped|quips|sobbed|laughed|sighed"
    r"|shouted|yelled|screamed|whispered|muttered|snapped|hit\s+out|hits\s+out)"
)
QUOTE_VERBS = word_trie(QUOTE_VERB_LIST)
#: Verbs that attribute a quote only right after it, where nothing else can be meant: the
#: calques of a machine translation from French, Italian or Spanish ("a précisé" -> "has
#: precised", "estime" -> "estimates", "a indiqué" -> "has indicated"). In running text they
#: are too often nouns or plain verbs ("the estimates", "the map indicated") to name a speaker.
TRANSLATED_VERB_LIST = (
    r"(?:specified|specifies|precised|precises|estimated|estimates|indicated|indicates"
    r"|affirmed|affirms|assured|assures|judged|judges|deemed|deems|esteemed|esteems"
    r"|regretted|regrets|deplored|deplores|hammered|hammers|launched|launches|reckoned"
    r"|reckons|detailed|details|retorted|retorts|nuanced|nuances|summed\s+up"
    r"|sums\s+up|let\s+know|lets\s+know|made\s+know|makes\s+know)"
)
AFTER_VERB_LIST = QUOTE_VERB_LIST[:-1] + "|" + TRANSLATED_VERB_LIST[len("(?:") :]
AFTER_VERBS = word_trie(AFTER_VERB_LIST)
#: Participles that hang a quote on the subject of the sentence's main verb ("X told the
#: paper the mood was 'grim', adding that plans had been 'dusted off'").
PARTICIPLE_LIST = (
    r"(?:saying|adding|claiming|insisting|warning|declaring|telling|writing|noting|arguing"
    r"|stressing|vowing|calling|describing|explaining|suggesting|pledging|promising)"
)
PARTICIPLES = word_trie(PARTICIPLE_LIST)
#: Words between a subject and its verb ("has said", "also told", "later wrote").
AUXILIARY = (
    r"(?:(?:has|had|have|also|then|later|again|earlier|previously|once|would|just|now|already)"
    r"\s+)*"
)
#: The perfect of a translation ("the ministers ...", has declared X": the French passé
#: composé "a déclaré") and of news copy ("has said X"), before a verb that follows the quote.
PERFECT = r"(?:(?:has|had|have)[ \t]+(?:(?:also|again|then|just)[ \t]+)?)?"

#: Titles and honorifics written in front of a name ("Capt. Luca Orso", "Dr Nwosu").
HONORIFIC = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lady|Lord|Prof|Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Adm|Sen"
    r"|Rep|Gov|Rev|Fr|Sr|Sra|Hon|Mister|Madam|Madame|Mme|Monsieur|Mlle)\.?\s+)"
)
#: A personal name: capitalised words on one line, with the particles of many languages.
PERSON = (
    rf"{HONORIFIC}?[A-Z][\w'’-]*(?:[ \t]+(?:al-|el-|bin[ \t]+|ibn[ \t]+|van[ \t]+(?:der[ \t]+)?"
    r"|von[ \t]+|de[ \t]+(?:la[ \t]+)?|da[ \t]+|di[ \t]+|du[ \t]+|le[ \t]+|dos[ \t]+)?"
    r"[A-Z][\w'’-]*){0,4}"
)
#: Nouns that name a speaker by role: a linguist's closed-ish class of agent nouns of news copy
#: (office holders, officials, witnesses, kin). The head of "a company spokeswoman", "the
#: forum's secretary general", "one Iraqi colonel". Grouped by first letter
#: (text.first_letter_groups): the subject search tries them after every word.
ROLE_NOUN_LIST = (
    r"(?i:spokes(?:man|woman|person|people)|secretary[- ]general|director[- ]general"
    r"|secretary|treasurer|director|minister|premier|chancellor|president|vice[- ]president"
    r"|official|officer"
    r"|diplomat|source|leader|chief|chair(?:man|woman|person)?|head|commander|general|colonel"
    r"|captain|major|lieutenant|sergeant|admiral|mayor|governor|senator|lawmaker|legislator|MP"
    r"|congress(?:man|woman)|councill?or|analyst|expert|researcher|economist|professor"
    r"|academic|scholar|lawyer|attorney|prosecutor|judge|witness|resident|neighbou?r|friend"
    r"|survivor|victim|driver|worker|member|adviser|advisor|aide|ambassador|envoy"
    r"|representative|negotiator|organi[sz]er|activist|campaigner|candidate|owner|manager"
    r"|executive|CEO|founder|doctor|nurse|teacher|student|farmer|villager|father|mother|son"
    r"|daughter|wife|husband|sister|brother|volunteer|firefighter|soldier|police(?:man|woman)"
    r"|deputy|business(?:man|woman)|king|queen|prince|princess|cleric|imam|bishop|priest"
    r"|rabbi|clerk|inspector|investigator|coordinator|administrator|planner|strategist"
    r"|correspondent|editor|observer|monitor|official|insider|mediator|veteran|protester"
    r"|demonstrator|shopkeeper|trader|fisherman|miner|engineer|pilot|passenger|parent"
    r"|guard|rescuer|paramedic|medic|physician|surgeon|scientist|specialist|consultant"
    r"|banker|investor|broker|dealer|striker|picket|steward|delegate|chief[- ]executive"
    # Kin, sport and trade words of the tabloid "false title" ("Mum-of-two Tilda Crane",
    # "Sprinter Nadia Quell", "coach Fintan Rooke"): an agent noun with no article before a
    # name is that person's description, never a first name.
    r"|mum-of-[a-z]+|dad-of-[a-z]+|mother-of-[a-z]+|father-of-[a-z]+|grandad|grandma|granny"
    r"|gran|nan|mum|dad|pensioner"
    r"|widow|widower|grandson|granddaughter|sprinter|runner|boxer|swimmer|cyclist|golfer"
    r"|athlete|player|coach|midfielder|defender|goalkeeper|jockey|referee|singer|actor"
    r"|actress|mechanic|builder|landlord|landlady|tenant|pupil|carer|cleaner|chef|agent"
    r"|trainer|partner|colleague|boss)"
)
ROLE_NOUNS = first_letter_groups(ROLE_NOUN_LIST)
#: Organisations that speak as such ("the ministry said", "a company statement said").
ORG_NOUN_LIST = (
    r"(?i:agency|ministry|department|company|firm|union|council|government|committee|court"
    r"|police|army|military|office|embassy|authority|authorities|forum|group|party|campaign"
    r"|association|federation|organi[sz]ation|institute|commission|board|bank|university"
    r"|statement|spokesmen|administration|regime|junta|cabinet|palace|secretariat|panel"
    r"|tribunal|jury|inquiry|service|club|league|trust|charity|parliament"
    r"|assembly|senate|congress|regulator|watchdog|prosecutors|airline|operator)"
)
ORG_NOUNS = first_letter_groups(ORG_NOUN_LIST)
#: What opens a role description: an article, a possessive ("the forum's", "Iran's") or a
#: demonstrative.
DETERMINER = (
    r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Oo]ur|[Mm]y|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat"
    r"|[A-Z][\w-]*['’]s?)"
)
#: "a NATO spokesman", "the forum's secretary general" (a noun in the possessive is the owner,
#: not the head: "the trust's chair" is a chair), "A spokesman of the Ministry of
#: Defence", "a spokeswoman for the Brussels-based Energy Consumers' Council".
ROLE = (
    rf"{DETERMINER}[ \t]+(?:[\w'’.-]+[ \t]+){{0,4}}?(?:{ROLE_NOUNS}|{ORG_NOUNS})\b(?!['’]s\b)"
    r"(?:[ \t]+(?:of|for|at|from|with|in|to)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’.-]*|[a-z]+-based)"
    r"(?:[ \t]+(?:of|for|and|the|[A-Z][\w'’.-]*)){0,5})?"
)
#: Documents that speak for whoever issued them ("the tribunal's written decision said", "a
#: statement from the ministry said", "the report says"): the issuer is the speaker.
DOC_NOUN_LIST = (
    r"(?i:statement|report|ruling|decision|judgment|judgement|verdict|letter|notice|filing"
    r"|memo|memorandum|findings|review|assessment|communiqu[eé]|document|submission|bulletin"
    r"|minutes|audit|announcement|release|guidance|advisory|circular|order)"
)
DOC_NOUNS = first_letter_groups(DOC_NOUN_LIST)
#: A document as a subject, with its issuer as a possessor ("The tribunal's written decision"),
#: a modifier ("a ministry statement") or a phrase after it ("a letter from the ministry").
DOCUMENT = (
    rf"{DETERMINER}[ \t]+(?:[\w'’.-]+[ \t]+){{0,3}}?{DOC_NOUNS}\b(?!['’]s\b)"
    r"(?:[ \t]+(?:from|of|by|issued[ \t]+by)[ \t]+(?:the[ \t]+)?"
    rf"(?:(?:[\w'’.-]+[ \t]+){{0,2}}?{ORG_NOUNS}\b|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,4}}))?"
)
#: Role words right before a name: "union leader Ada Rusk", "Council member Pia Ramos".
ROLE_PREFIX = r"(?:[\w'’-]+[ \t]+){0,4}?"
PRONOUN = r"(?:he|she|He|She|they|They|it|It)"
#: Who speaks: a pronoun, a role, or a name with its role words.
SUBJECT = rf"(?P<subj>{PRONOUN}|{DOCUMENT}|{ROLE}|{ROLE_PREFIX}{PERSON})"
#: Who the subject is, between commas: ", Karel Hodd," after a role; ", a senior diplomat,",
#: ", who led the talks,", ", 41," or ", 41, a driver," after a name; or a relative clause or
#: an aside without commas ("A friend who works there (no names) messaged").
APPOSITION = (
    r"(?:(?:,[ \t]+\d{1,3}(?=,))?,[ \t]+(?P<app>[^,;“”\"\n]{1,90}?),"
    r"|[ \t]+(?:who|whose|which|that)[ \t]+[^,;.“”\"\n]{1,80}?"
    r"|[ \t]*\([^()\n]{1,60}\))?"
)

#: After a quote, verb first: `," said Capt. Luca Orso, a spokesman`, `," added the
#: secretary-general`, `," said union leader Ada Rusk`, `," according to X`.
AFTER_VERB_RE = lazy_compile(
    rf"[ \t]*[,.;:—–-]?[ \t]*(?:{PERFECT}{AFTER_VERBS}|according[ \t]+to)[ \t]+"
    rf"(?P<subj>{DOCUMENT}|{ROLE}|{ROLE_PREFIX}{PERSON}|{PRONOUN})"
    r"(?:,[ \t]+(?P<app>[A-Z][^,;“”\"\n]{1,60}?)(?=[,.;]))?"
)
#: After a quote, subject first: `," he said`, `," the forum's secretary general, Karel
#: Hodd, told`, `," Council member Pia Ramos told`.
AFTER_SUBJECT_RE = lazy_compile(
    rf"[ \t]*[,.;:—–-]?[ \t]*{SUBJECT}{APPOSITION}[ \t]+{AUXILIARY}{AFTER_VERBS}\b"
)
#: A narrative attribution with the verb first, after a comma: "..., said local fire chief
#: Ana Lind."
INVERTED_RE = lazy_compile(
    rf"(?:{QUOTE_VERBS})[ \t]+(?P<subj>{ROLE}|{ROLE_PREFIX}{PERSON})(?=[ \t]*[,.;]|[ \t]*$)",
    re.MULTILINE,
)
#: A source cited for the words after it: "the paper quoted the operator as saying", "cited
#: Ada Rusk as telling" (the object of "quoted" speaks, not its subject), "according to X,".
QUOTED_AS_RE = lazy_compile(
    # The look-ahead lets re skip to the first letters at once (a scan of every sentence).
    r"(?=[qcAa])(?<![\w-])(?:quoted|quotes|cited|cites)[ \t]+"
    rf"(?P<subj>{ROLE}|{ROLE_PREFIX}{PERSON})[ \t]+"
    r"as[ \t]+(?:saying|telling|writing|stating|describing|calling|warning)\b"
    # A source cited before the quote in its sentence: "according to X, ... 'the words'".
    rf"|(?<![\w-])[Aa]ccording[ \t]+to[ \t]+(?P<source>{ROLE}|{ROLE_PREFIX}{PERSON})(?=[ \t]*,)"
)
#: A document phrase as a whole (DOCUMENT), and its issuer: a possessor ("The tribunal's
#: written decision"), a phrase after it ("a statement from the ministry") or a name or an
#: organisation noun that modifies it ("a ministry statement", "a Velmar report").
DOCUMENT_RE = lazy_compile(DOCUMENT)
DOC_OWNER_RE = lazy_compile(
    rf"(?P<owner>.+?)['’]s?[ \t]+(?:[\w-]+[ \t]+){{0,3}}?{DOC_NOUNS}"
    rf"|.*?{DOC_NOUNS}[ \t]+(?:from|of|by|issued[ \t]+by)[ \t]+(?P<source>.+)"
    rf"|[\w'’-]+[ \t]+(?P<modifier>{ORG_NOUNS}|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}})"
    rf"[ \t]+{DOC_NOUNS}"
)
#: A speech verb or participle in running text (the sentence-level attribution).
#: Every verb and participle is lower case: the look-ahead lets re skip other positions.
VERB_RE = lazy_compile(rf"(?=[a-z])\b(?:(?P<finite>{QUOTE_VERBS})|(?P<part>{PARTICIPLES}))\b")
#: The subject right before a finite speech verb (searched in a bounded window ending there).
BEFORE_VERB_RE = lazy_compile(rf"(?:^|(?<=[\s(—–-])){SUBJECT}{APPOSITION}[ \t]+{AUXILIARY}$")

#: A person's name followed by the body they belong to ("Dan Koper of the Residents'
#: Association", "Ada Rusk, of the union"): the person speaks, not the body the prepositional
#: phrase names.
MEMBER_OF_RE = lazy_compile(
    rf"(?P<name>{HONORIFIC}?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{1,3}}),?[ \t]+"
    r"(?:of|from|at|with)[ \t]+(?:the[ \t]+)?[A-Za-z]"
)
#: A transcript's speaker label at a paragraph start: "MINISTER ROJAS:", "STOLTENBERG:",
#: "Q (Hanna Berg, Nordisk Radio):".
LABEL_RE = lazy_compile(
    r"(?P<label>[A-Z](?:[A-Z .'’-]{0,40}[A-Z.])?)(?:[ \t]*\([^)\n]{0,80}\))?"
    r"(?P<direction>(?:[ \t]+[A-Z][A-Z/-]{0,10}){0,3}):[ \t]+"
)
#: A broadcast script's recorded clip with its speaker's role after a comma: "SOT - ANA RUIZ,
#: MOTHER OF SOLDIER:" (the label is the name; the role is what the caption says).
CLIP_LABEL_RE = lazy_compile(
    r"(?:CLIP|SOUNDBITE|SOT|AUDIO|VIDEO|ACTUALITY)[ \t]*[-–—:][ \t]*"
    r"(?P<label>[A-Z](?:[A-Z .'’-]{0,40}[A-Z.])?),[ \t]*[A-Z][A-Z0-9 .,'’/&()-]{0,80}?:[ \t]+"
)
#: The directions of a television or radio script after its label ("ANCHOR VO:", "ANCHOR ON
#: CAM:", "REPORTER (NAME) VO:", "REPORTER STANDUP:"): voice-over, on camera, stand-up, package.
#: Such a turn is the outlet's own narration, like a newsreader's (NON_SPEAKER_LABELS), while
#: quotes inside it are read as in any narrative.
BROADCAST_DIRECTIONS = frozenset(
    {"VO", "V/O", "OC", "O/C", "ON", "CAM", "OFF", "STANDUP", "STAND-UP", "LIVE", "PKG", "TAG",
     "INTRO", "OUTRO", "TEASE", "TRACK", "VOICEOVER", "VOICE-OVER", "SIG", "DOUBLE", "BOX"}
)  # fmt: skip
#: Where a writer's comment starts inside a sentence that reports speech: a non-restrictive
#: relative clause ("X said they agreed 'in principle' — which is speak for 'later'"). A
#: speech verb before it does not attribute a quote after it.
GLOSS_RE = lazy_compile(r"(?:[—–]|,|\s-)\s*which\b")
#: Labels of a transcript that are not quoted speakers: reporters' questions and the chair's
#: turn-taking (evalsets/dev/README.md "Conventions": questions are not quote claims).
NON_SPEAKER_LABELS = frozenset(
    {"Q", "QUESTION", "A", "ANSWER", "MODERATOR", "REPORTER", "INTERVIEWER", "CHAIR", "HOST",
     "ANNOUNCER", "PRESENTER", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "UPDATE", "NEWSREADER",
     "ANCHOR", "NEWSCASTER", "CORRESPONDENT", "NARRATOR"}
)  # fmt: skip
#: The outlet's own people, introduced as such ("our Brussels correspondent Tom Reyes", "our
#: environment editor, Callum Reid"): their turns in a broadcast or an interview are the
#: outlet's narrative, not quotes (evalsets/dev/README.md, "Conventions").
STAFF_RE = lazy_compile(
    r"(?<![\w-])[Oo]ur[ \t]+(?:[\w-]+[ \t]+){0,3}(?:correspondent|reporter|editor|presenter|host"
    r"|anchor|producer|columnist)[ \t]*,?[ \t]*(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
)
#: The last word of a full name (two or more capitalised words): a surname a transcript may
#: label turns with.
SURNAME_RE = lazy_compile(r"(?<![\w'’-])[A-Z][\w'’-]+[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?([A-Z][\w'’-]+)")
#: A broadcast transcript's recorded clip names its speaker after a tag ("CLIP - JENS
#: STOLTENBERG:", "SOUNDBITE: ..."): the speaker is the name after it.
CLIP_TAG_RE = lazy_compile(r"^(?:CLIP|SOUNDBITE|SOT|AUDIO|VIDEO|ACTUALITY)[ \t]*[-–—:][ \t]*")
#: A speaker whose turns are questions (more than this share of two or more turns end with "?")
#: asks, and is the interviewer: "Quay Times: Is the quay safe?" (the outlet itself).
QUESTION_SHARE = 0.5
#: A text is a transcript when at least this many paragraphs open with a speaker label: one
#: capitalised "BRUSSELS:" is a dateline, two or more turns are a conversation.
TRANSCRIPT_MIN_LABELS = 2
#: A committee's or a court's transcript labels turns with names as written ("Ana Lind:",
#: "Q43 Dev Anand:"): a numbered "Q41" turn is a member's question (not a quote claim, like a
#: reporter's). A label of one word ("Chair:") counts only when it recurs: "Witnesses:" or
#: "Update:" once is a heading, not a turn.
NAME_LABEL_RE = lazy_compile(
    r"(?P<question>Q\d{1,4}[ \t]+)?(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
    r"(?:[ \t]*\([^)\n]{0,80}\))?:[ \t]+"
)

#: Registry names for "nobody named" (docs/annotation.md: scare quotes, quotes with no source).
UNATTRIBUTED_NAMES = ("unattributed", "Unattributed source", "unknown source")

#: A quote is partial when words of the narrative run straight into it on the same line
#: ("vowed that “everything ...", "it is good “for Iraq"); not after a colon or at a line start.
PARTIAL_LEAD_RE = lazy_compile(r"[\w,]\s*$")
#: How much of the line before a quote's mark that test reads (a bound: linear time).
LEAD_CHARS = 40
#: A defined short name: a quote mark right after an opening bracket ("(“Velm”"), or after
#: a defined name and "or"/"and" inside one ("(“Velm” or “the Company”)"), optionally after
#: "the"/"together, the" ("(together, the “Group”)").
DEFINITION_RE = lazy_compile(
    r"\((?:[ \t]*(?:together|hereinafter|collectively)?,?[ \t]*(?:the[ \t]+)?"
    r"|[ \t]*[\"“”'‘’][^\n()\"“”]{1,40}[\"“”'‘’],?[ \t]+(?:or|and)[ \t]+(?:the[ \t]+)?)$"
)
DEFINITION_REACH = 60
#: A defined name is a few words, and the bracket goes on with another one or closes.
DEFINED_MAX_WORDS = 4
DEFINITION_END_RE = lazy_compile(r"[ \t]*(?:\)|,|or\b|and\b)")
#: A name or title in quote marks, not anybody's words: "a report titled “...”", "the exercise,
#: dubbed “...”", "a book called “...”", "known as “...”". Unless a speaker names it so
#: (SPEAKER_NAMING_RE: "what she called “reckless spending”", "Trump called it “a disgrace”"),
#: which is that speaker's words (docs/annotation.md, "Quotes").
NAMING_RE = lazy_compile(
    r"(?<![\w-])(?:titled|entitled|dubbed|nicknamed|code-?named|known\s+as|branded|labell?ed"
    r"|called|named)(?:\s+(?:it|them|this|that|him|her))?[ \t]*,?[ \t]*$"
)
SPEAKER_NAMING_RE = lazy_compile(
    r"(?:(?<![\w-])(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|[Ww]ho)|[A-Z][\w.'’-]*)[ \t]+"
    r"(?:(?:has|had|have|once|also|then|later)[ \t]+)?"
    r"(?:called|dubbed|named|branded|labell?ed|nicknamed)(?:[ \t]+(?:it|them|this|that|him|her))?"
    r"[ \t]*,?[ \t]*$"
)

#: Gender a pronoun needs, from words next to a name: honorifics and gendered role nouns.
FEMALE_RE = lazy_compile(
    r"\b(?:Mrs|Ms|Miss|Dame|Lady|Madam|Madame|Mme|Mlle|she|her|woman|spokeswoman|chairwoman|businesswoman"
    r"|congresswoman|policewoman|mother|daughter|wife|sister|queen|princess|grandmother"
    r"|aunt|niece)\b",
    re.IGNORECASE,
)
MALE_RE = lazy_compile(
    r"\b(?:Mr|Mister|Monsieur|Sir|Lord|he|his|him|man|spokesman|chairman|businessman|congressman|policeman"
    r"|father|son|husband|brother|king|prince|grandfather|uncle|nephew)\b",
    re.IGNORECASE,
)
ROLE_NOUN_RE = lazy_compile(rf"\b{ROLE_NOUNS}\b")
#: One word of a role ("Minister", "Secretary-General", "DIRECTOR"), for names with titles.
ROLE_WORD_RE = lazy_compile(rf"(?:{ROLE_NOUNS}|general|secretary)")
#: What "he" or "she" can stand for: a person, or the holder of an office named by role ("A
#: spokesman said: ... He added: ...").
PRONOUN_KINDS = frozenset({"person", "office"})
#: What "it" can stand for when it speaks: an organisation or a group ("It says production has
#: been suspended").
IT_KINDS = frozenset({"organisation", "group", "mission"})
#: Words of a role description that are not the role: articles and possessives.
ROLE_STOP = frozenset({"a", "an", "the", "one", "our", "my", "its", "their", "his", "her"})
ORG_NOUN_RE = lazy_compile(rf"\b{ORG_NOUNS}\b")
INDEFINITE_RE = lazy_compile(r"^(?:an?|one|some)\b", re.IGNORECASE)
#: A name's context that says it is a person's: an honorific or role word before it, or an
#: apposition, age or relative clause after it.
#: What may stand before a sentence's subject: an opening phrase closed by a comma ("Speaking
#: outside her office, "), then a few role words ("Local businesswoman ").
#: The longest opening phrase and role words SUBJECT_LEAD_RE reads before a subject.
LEAD_MAX = 200
SUBJECT_LEAD_RE = lazy_compile(r"\s*(?:[^,;:]{0,150},\s+)?(?P<words>(?:[\w'’.-]+\s+){0,4})")
#: Words that put the name after them in another role than the subject: prepositions and
#: conjunctions ("a call by Trump", "the killing of Soleimani", "that Allawi").
LEAD_STOP = frozenset(
    {"by", "of", "to", "for", "with", "from", "on", "at", "in", "about", "against", "after",
     "before", "between", "into", "over", "under", "that", "than", "as", "and", "or", "but",
     "there", "is", "was", "are", "were", "be"}
)  # fmt: skip
#: Phrases that cite a source: the person after them is who the reported words come from.
#: A sentence opened by "For X," cites X as well (the French "Pour X, ...", which translations
#: keep: "For Ada Rusk, researcher at ..., the decision is political").
SOURCE_RE = lazy_compile(
    r"(?i:\b(?:according\s+to|in\s+the\s+(?:opinion|view|words)\s+of)\b)|^\s*For\s+$"
)
#: The look-ahead only restates that a name opens with a capital (so does every honorific), but
#: it lets `re` skip every other position at once: the scan ran four times faster. It stands
#: before the look-behind, which most places (lower-case letters) then never reach (a quarter
#: faster again).
PERSON_RE = lazy_compile(rf"(?=[A-Z])(?<![\w'’-]){PERSON}")
#: A name followed by a speech verb is a person's ("Marta Sousa texted").
SPEECH_AFTER_RE = lazy_compile(rf",?[ \t]+{AUXILIARY}{QUOTE_VERBS}\b")
#: After a name, an apposition that says who the person is: an article, a relative pronoun, an
#: age, or a bare role noun ("Ada Rusk, researcher at the institute", ", chief executive of").
PERSON_AFTER_RE = lazy_compile(
    r",[ \t]+(?:a|an|the|who|whose|\d{1,3}\b|his|her|its"
    rf"|(?:[\w-]+[ \t]+){{0,2}}?{ROLE_NOUNS})\b"
)
#: The patterns above as whole-phrase tests, compiled once (re's own cache of 512 patterns let
#: these long ones be compiled again and again: a twentieth of the stage's time).
PRONOUN_RE = lazy_compile(PRONOUN)
ROLE_RE = lazy_compile(ROLE)
HONORIFIC_RE = lazy_compile(HONORIFIC)
HONORIFIC_START_RE = lazy_compile(rf"^{HONORIFIC}")
PERSON_END_RE = lazy_compile(rf"{PERSON}$")
#: A sentence that opens with a personal or possessive pronoun of one gender (_pronoun_genders).
PRONOUN_OPEN_RE = lazy_compile(r"(?P<pronoun>She|Her|He|His)\b")
#: A possessive determiner before a noun ("Her lawyer, X", "his wife"): the gender of the
#: possessor, who is somebody else; the noun after it still says who the person is ("wife").
POSSESSIVE_DET_RE = lazy_compile(r"\b(?:[Hh]is|[Hh]er)\s+(?=[\w-])")
#: What ends the clause before a named person (_context).
CLAUSE_END_RE = lazy_compile(r"[.;:!?\"“”]")


@dataclass(frozen=True)
class QuoteHit:
    start: int
    end: int
    text: str
    speaker: str
    partial: bool
    attribution: tuple[int, int] | None
    doubt: str | None = None


@dataclass
class _Segment:
    start: int
    end: int
    paragraph: int
    #: The mark that opened it ended a previous paragraph's open quote (a continuation).
    continued: bool = False
    #: A transcript turn: (label start, label end) of its speaker, no marks.
    label: tuple[int, int] | None = None


@dataclass(frozen=True)
class _Person:
    """A person named in the narrative (outside quotes), for pronouns and roles to refer to."""

    start: int
    end: int
    name: str
    #: Registry id, or None for a name the registry lacks (proposed only if it speaks).
    id: str | None
    #: Words around the name that say who the person is ("union leader", "a spokesman").
    role: str
    gender: str | None
    #: The first person named in its sentence (its likely subject).
    salient: bool = False


# --------------------------------------------------------------------------- segments


def _paragraphs(body: list[tuple[int, int]], starts: frozenset[int]) -> list[list[tuple[int, int]]]:
    found: list[list[tuple[int, int]]] = []
    for index, span in enumerate(body):
        if index in starts or not found:
            found.append([])
        found[-1].append(span)
    return found


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Quote marks in text[start:end] with their role: "d" double, "o"/"c" single open/close."""
    # Every match sets exactly one of the three groups.
    return [(m.start(), m.lastgroup or "") for m in MARK_RE.finditer(text, start, end)]


def _label(text: str, start: int, end: int) -> re.Match[str] | None:
    match = LABEL_RE.match(text, start, end) or CLIP_LABEL_RE.match(text, start, end)
    if match is None or any(c.islower() for c in match["label"]):
        return None
    return match


def _name_labels(text: str, paragraphs: list[list[tuple[int, int]]]) -> list[re.Match[str] | None]:
    """Turns labelled with names as written (NAME_LABEL_RE), when the text reads as such a
    transcript: at least TRANSCRIPT_MIN_LABELS turns, one speaker with two of them. A label of
    one word is a speaker only as the surname of a full name the text gives ("Lind:"
    after "Ana Lind") or a chair's or a host's role ("Chair:"): "Charge:", "Finding:"
    or "Update:" head a ruling's or an article's parts, they are nobody's turns."""
    found = [NAME_LABEL_RE.match(text, spans[0][0], spans[-1][1]) for spans in paragraphs]
    if sum(1 for m in found if m is not None) < TRANSCRIPT_MIN_LABELS:
        # Too few labels to keep, whatever the surnames: most texts are no transcript, and the
        # surname search reads the whole text.
        return [None] * len(found)
    surnames = {m.group(1) for m in SURNAME_RE.finditer(text)}
    kept = [
        m
        if m is not None
        and (
            m["question"]
            or " " in m["label"]
            or m["label"] in surnames
            or m["label"].upper() in NON_SPEAKER_LABELS
        )
        else None
        for m in found
    ]
    speakers = Counter(m["label"] for m in kept if m is not None and not m["question"])
    if sum(1 for m in kept if m is not None) < TRANSCRIPT_MIN_LABELS or not any(
        n > 1 for n in speakers.values()
    ):
        return [None] * len(found)
    return kept


def _segments(text: str, body: list[tuple[int, int]], starts: frozenset[int]) -> list[_Segment]:
    """Pair quote marks by position inside body spans; carry open quotes over paragraphs."""
    paragraphs = _paragraphs(body, starts)
    labels = [_label(text, spans[0][0], spans[-1][1]) for spans in paragraphs]
    named = Counter(m["label"].strip() for m in labels if m is not None)
    # A conversation repeats a speaker or has a questioner; a digest's items headed "PLACE:"
    # are all different and nobody's turns.
    transcript = sum(named.values()) >= TRANSCRIPT_MIN_LABELS and (
        any(n > 1 for n in named.values())
        or any(k in NON_SPEAKER_LABELS for k in named)
        or any(_narration(m) for m in labels if m is not None)
    )
    if not transcript:
        labels = _name_labels(text, paragraphs)
        transcript = any(m is not None for m in labels)
    found: list[_Segment] = []
    open_at: int | None = None
    mode = ""
    carried = False
    turn: tuple[int, int] | None = None
    askers = _askers(text, paragraphs, labels) if transcript else frozenset()
    for number, spans in enumerate(paragraphs):
        first = spans[0][0]
        if transcript:
            label = labels[number]
            if label is not None:
                name = label["label"].strip()
                question = "question" in label.re.groupindex and label["question"]
                narration = _narration(label)
                asks = (
                    question
                    or narration
                    or name.upper() in NON_SPEAKER_LABELS
                    or _key(name) in askers
                )
                turn = None if asks else label.span("label")
                if turn is not None:
                    found.append(_Segment(*_unmarked(text, label.end(), spans[-1][1]), number,
                                          False, turn))  # fmt: skip
                if not narration:
                    continue
            if turn is not None and text[first] not in "[(":
                # A turn goes on over the paragraphs that follow it without a label.
                found.append(_Segment(first, spans[-1][1], number, False, turn))
                continue
        if open_at is not None:
            # Left open at the end of the previous paragraph: a continuation when this one opens
            # with a mark of the same kind; otherwise the quote ends there (a double mark) or was
            # an apostrophe after all (a single one).
            opens = text[first] in DOUBLE_MARK if mode == "d" else text[first] in "'‘"
            if mode == "d" or opens:
                found.append(_Segment(open_at, paragraphs[number - 1][-1][1], number - 1, carried))
            carried = opens
            open_at = None
        for start, end in spans:
            for at, kind in _marks(text, start, end):
                if open_at is None:
                    if kind in "do":
                        open_at, mode = at + 1, kind
                elif (mode == "d" and kind == "d") or (mode == "o" and kind == "c"):
                    if mode == "d" or _enough_words(text, open_at, at):
                        found.append(_Segment(open_at, at, number, carried))
                    open_at, carried = None, False
        if open_at is None:
            carried = False
    if open_at is not None and body and mode == "d":
        found.append(_Segment(open_at, body[-1][1], len(paragraphs) - 1, carried))
    return found


def _narration(label: re.Match[str]) -> bool:
    """Whether a label is a broadcast script's narration: a newsreader's or a reporter's label
    with directions (BROADCAST_DIRECTIONS: "ANCHOR VO", "REPORTER (NAME) STANDUP"). Its quotes
    are read as in any narrative."""
    words = [*label["label"].split(), *(label.groupdict().get("direction") or "").split()]
    if len(words) < 2 or words[0] not in NON_SPEAKER_LABELS:
        return False
    return all(w in BROADCAST_DIRECTIONS for w in words[1:])


def _unmarked(text: str, start: int, end: int) -> tuple[int, int]:
    """A turn's words without the quote marks that enclose all of them (a script's clip:
    'SOT - NAME, ROLE: "..."'): the marks are not the speaker's words."""
    a, b = strip_span(text, start, end)
    if (
        b - a > 1
        and text[a] in DOUBLE_MARK
        and text[b - 1] in DOUBLE_MARK
        and DOUBLE_MARK_RE.search(text, a + 1, b - 1) is None
    ):
        return a + 1, b - 1
    return start, end


def _key(label: str) -> str:
    """A label as compared: case-folded, without a clip tag."""
    return " ".join(CLIP_TAG_RE.sub("", label).casefold().split())


def _askers(
    text: str, paragraphs: list[list[tuple[int, int]]], labels: list[re.Match[str] | None]
) -> frozenset[str]:
    """Labels whose turns are not quotes: the outlet's own staff (STAFF_RE: a label that is the
    staff member's name or surname) and the interviewer (QUESTION_SHARE)."""
    staff = {" ".join(m["name"].casefold().split()) for m in STAFF_RE.finditer(text)}
    turns: dict[str, list[bool]] = {}
    for spans, label in zip(paragraphs, labels, strict=True):
        if label is not None:
            asked = text[label.end() : spans[-1][1]].rstrip().endswith("?")
            turns.setdefault(_key(label["label"]), []).append(asked)
    askers = {
        key for key, asked in turns.items()
        if len(asked) >= 2 and sum(asked) / len(asked) > QUESTION_SHARE
    }  # fmt: skip
    for key in turns:
        if any(key == name or key == name.split()[-1] for name in staff):
            askers.add(key)
    return frozenset(askers)


def _enough_words(text: str, start: int, end: int) -> bool:
    return sum(1 for c in text[start:end] if c.isalpha()) >= SINGLE_MIN_LETTERS


# --------------------------------------------------------------------------- speakers


class _Speakers:
    """Who speaks: resolves subject phrases against the registry and the people named so far."""

    def __init__(
        self,
        text: str,
        linker: Linker,
        people: list[_Person],
        speech: _Speech,
        published: dt.date | None = None,
    ) -> None:
        self.text = text
        #: The article's publication day: an office's holder on it, when the text names none.
        self.published = published
        #: Speech verbs of the narrative, their subjects read when asked for.
        self.speech = speech
        self.linker = linker
        self.people = people
        self.starts = [p.start for p in people]
        #: Speakers resolved so far, in text order: (position, id, role words).
        self.said: list[tuple[int, str, str]] = []
        self.gender: dict[str, str] = {}
        #: People the registry lacks, by surname (folded), in text order: "Reed said" after
        #: "Tom Reed, chief executive of X" is Tom Reed, whose full name is proposed.
        self.by_surname: dict[str, list[_Person]] = {}
        for person in people:
            words = person.name.split()
            if person.id is None and len(words) >= 2:
                self.by_surname.setdefault(words[-1].casefold(), []).append(person)
        for person in people:
            if person.gender is not None:
                self.gender.setdefault(_person_key(person), person.gender)

    def _heard(self, at: int, item: str, role: str = "") -> None:
        self.said.append((at, item, role))

    def speech_before(self, at: int, lo: int) -> str | None:
        """The speaker of the nearest speech verb in the narrative between lo and at."""
        verbs = self.speech.verbs()
        index = bisect.bisect_left(verbs, at)
        while index > 0 and verbs[index - 1] >= lo:
            index -= 1
            subject = self.speech.subject(index)
            if subject is None:
                continue
            a, b = subject
            item, _, _ = self.resolve(self.text[a:b], a, b)
            if item is not None:
                return item
        return None

    def _full_name(self, name: str, at: int) -> _Person | None:
        """The person named in full before `at` whom a shorter name ("Reed", "Tom Reed" after
        "Dr Tom Reed") refers to: the latest one with that surname whose name ends with it."""
        words = name.split()
        for person in reversed(self.by_surname.get(words[-1].casefold(), [])):
            theirs = person.name.split()
            if person.start < at and len(theirs) > len(words) and theirs[-len(words) :] == words:
                return person
        return None

    def latest(self, at: int) -> str | None:
        """The speaker of the latest quote before `at`, within REFERENCE_WINDOW."""
        for position, item, _ in reversed(self.said):
            if position < at - REFERENCE_WINDOW:
                break
            if position < at:
                return item
        return None

    def _id(self, candidate: _Person) -> str:
        """A candidate's id; a name the registry lacks is proposed only once it is chosen."""
        if candidate.id is not None:
            return candidate.id
        return self.linker.propose(candidate.name, candidate.start, candidate.end).id

    def _earlier(self, at: int) -> list[_Person]:
        """People named, and speakers heard, before `at` within REFERENCE_WINDOW, nearest
        first; at most MAX_CANDIDATES of each (a bounded lookup: linear time overall)."""
        found: list[_Person] = []
        index = bisect.bisect_left(self.starts, at)
        floor = at - REFERENCE_WINDOW
        while index > 0 and self.people[index - 1].start >= floor and len(found) < MAX_CANDIDATES:
            index -= 1
            found.append(self.people[index])
        heard = 0
        for position, item, role in reversed(self.said):
            if position < floor or heard >= MAX_CANDIDATES:
                break
            if position < at:
                heard += 1
                found.append(_Person(position, position, item, item, role, None, salient=True))
        found.sort(key=lambda f: -f.start)
        return found

    def pronoun(self, word: str, at: int) -> tuple[str | None, str]:
        """Resolve "he" or "she": the nearest fitting person before, a sentence's subject or a
        speaker first (subjects are what later pronouns refer to: "X said ... the killing of
        Y. 'Z,' he said" is X), else anyone named."""
        if word.lower() == "it":
            return self._it(at)
        want = {"he": "m", "she": "f"}.get(word.lower())
        earlier = self._earlier(at)
        for pool in ([c for c in earlier if c.salient], earlier):
            for candidate in pool:
                if self.linker.kinds.get(candidate.id or "", "person") not in PRONOUN_KINDS:
                    continue
                gender = self.gender.get(_person_key(candidate), candidate.gender)
                if gender is None and candidate.id is not None:
                    gender = self.gender.get(candidate.id)
                if want is not None and gender is not None and gender != want:
                    continue
                item = self._id(candidate)
                if want is not None:
                    self.gender.setdefault(item, want)
                why = f"pronoun {word!r} resolved to the nearest person named before ({item})"
                return item, why
        return None, f"pronoun {word!r} with no person named before it"

    def _it(self, at: int) -> tuple[str | None, str]:
        """Resolve "it": the nearest organisation named before, within REFERENCE_WINDOW ("The
        company issued a statement. It says ..."); a pronoun is never a speaker of its own."""
        for m in reversed(self.linker.mentions(self.text, max(0, at - REFERENCE_WINDOW), at)):
            if self.linker.kinds.get(m.id) in IT_KINDS:
                why = f"pronoun 'it' resolved to the nearest organisation named before ({m.id})"
                return m.id, why
        return None, "pronoun 'it' with no organisation named before it"

    def role(self, phrase: str, at: int) -> tuple[str | None, str | None]:
        """A definite role ("the minister") refers back to the nearest person it fits."""
        head = _role_head(phrase)
        if head is None:
            return None, None
        for candidate in self._earlier(at):
            about = self.linker.about.get(candidate.id or "", "")
            fits = f"{candidate.role} {candidate.name} {about}".casefold().replace("-", " ")
            if head in fits and self.linker.kinds.get(candidate.id or "", "person") == "person":
                item = self._id(candidate)
                return item, f"{phrase!r} resolved to the nearest person named as {head!r} ({item})"
        return None, None

    def resolve(
        self, phrase: str, start: int, end: int
    ) -> tuple[str | None, str | None, tuple[int, int]]:
        """The speaker id of a subject phrase at text[start:end], a doubt note, and the span
        of the mention that decided it (the attribution: a name, else the role, else the
        pronoun; a registry alias may run past the phrase)."""
        phrase = phrase.strip()
        member = MEMBER_OF_RE.match(phrase)
        if member is not None and not ROLE_WORD_RE.fullmatch(member["name"].split()[-1]):
            phrase = member["name"]
            end = start + len(phrase)
        if DOCUMENT_RE.fullmatch(phrase):
            issued = self._issuer(phrase, start)
            if issued[0] is not None:
                return issued
        if PRONOUN_RE.fullmatch(phrase):
            item, why = self.pronoun(phrase, start)
            if item is not None:
                self._heard(start, item)
            return item, why, (start, end)
        name = _name_of(phrase)
        roleish = ROLE_RE.fullmatch(phrase) is not None and name is None
        if name is not None:
            bare = HONORIFIC_START_RE.sub("", name)
            a = start + phrase.rfind(name) + len(name) - len(bare)
            span = (a, a + len(bare))
            found = self.linker.alias_at(self.text, span[0] - (len(name) - len(bare)), span[1])
            resolved = (
                (found[0], 100.0) if found and found[1] >= span[1] else self.linker.resolve(name)
            )
            if resolved is not None and self.linker.kinds.get(resolved[0]) == "office":
                holder, held = self._holder(phrase, start, resolved[0])
                if holder is not None:
                    return holder, held, span
            if resolved is not None and self.linker.kinds.get(resolved[0], "person") in (
                "person",
                "group",
                "office",
            ):
                item = resolved[0]
                self._heard(start, item, phrase)
                doubt = None if resolved[1] >= 100 else f"{name!r} linked by spelling to {item}"
                return item, doubt, span
            full = self._full_name(bare, start) if resolved is None else None
            if full is not None:
                item = self._id(full)
                self._heard(start, item, phrase)
                return item, f"{bare!r} is {full.name!r}, named before: proposed as {item}", span
            if resolved is None:
                mention = self.linker.propose(name, *span)
                self._heard(start, mention.id, phrase)
                gender = _gender(phrase)
                if gender is not None:
                    self.gender.setdefault(mention.id, gender)
                why = f"{bare!r} is not in the registry: proposed as {mention.id}"
                return mention.id, why, span
        at = self.linker.alias_at(self.text, start, min(len(self.text), start + 200))
        if at is not None and self.linker.kinds.get(at[0]) not in ("event", "place", "country"):
            item, alias_end = at
            span = (start, alias_end)
            if self.linker.kinds.get(item) == "office":
                holder, held = self._holder(self.text[start:alias_end], start, item)
                if holder is not None:
                    return holder, held, span
            if alias_end >= end or self.linker.kinds.get(item) != "organisation":
                self._heard(start, item, phrase)
                return item, None, span
        if roleish:
            return self._role_speaker(phrase, start, end)
        return None, f"{phrase!r} is not a name", (start, end)

    def _issuer(self, phrase: str, start: int) -> tuple[str | None, str | None, tuple[int, int]]:
        """Who speaks through a document (DOCUMENT): the body or person that issued it, named
        in the phrase ("The tribunal's written decision", "a statement from the ministry"), else
        the nearest organisation named before ("The inspectorate published its findings. The
        report said ..."). None when there is none."""
        owner = DOC_OWNER_RE.fullmatch(phrase)
        if owner is not None:
            group = next(g for g in ("owner", "source", "modifier") if owner[g] is not None)
            a, b = owner.span(group)
            words = phrase[a:b]
            if group == "modifier" and not words[:1].isupper():
                words, a = "the " + words, a - 4
            item, doubt, span = self.resolve(words, start + a, start + b)
            if item is not None:
                return item, f"{phrase!r} speaks for its issuer: {doubt or item}", span
            return None, None, (start, start + len(phrase))
        item, why = self._it(start)
        if item is None:
            return None, None, (start, start + len(phrase))
        self._heard(start, item, phrase)
        return item, f"{phrase!r} speaks for its issuer, {why}", (start, start + len(phrase))

    def _holder(self, phrase: str, start: int, office: str) -> tuple[str | None, str | None]:
        """The holder of an office ("the Secretary General said"): the person last named with
        that role, else the registry's holder on the publication day (docs/annotation.md:
        speakers are persons). An indefinite description ("a spokesman") introduces somebody
        new instead."""
        if INDEFINITE_RE.match(phrase.strip()):
            return None, None
        holder, why = self.role(phrase, start)
        if holder is None:
            holder, why = self.registry_holder(phrase, office)
        if holder is not None:
            self._heard(start, holder, phrase)
        return holder, why

    def registry_holder(self, phrase: str, office: str) -> tuple[str | None, str | None]:
        """The person the registry says held `office` on the publication day."""
        if self.published is None:
            return None, None
        holder = self.linker.holder(office, self.published)
        if holder is None:
            return None, None
        return holder, (
            f"{phrase.strip()!r}: the office's holder on {self.published.isoformat()} by the "
            f"registry ({holder}); the text names no holder"
        )

    def _role_speaker(
        self, phrase: str, start: int, end: int
    ) -> tuple[str | None, str | None, tuple[int, int]]:
        if not INDEFINITE_RE.match(phrase):
            item, why = self.role(phrase, start)
            if item is not None:
                self._heard(start, item, phrase)
                return item, why, (start, end)
        kind: Literal["person", "organisation"] = (
            "organisation" if ROLE_NOUN_RE.search(phrase) is None else "person"
        )
        mention = self.linker.propose_role(phrase, start, end, kind)
        self._heard(start, mention.id, phrase)
        gender = _gender(phrase)
        if gender is not None:
            self.gender.setdefault(mention.id, gender)
        why = f"{phrase!r} is named only by role: proposed as {mention.id}"
        return mention.id, why, (start, end)


def _role_head(phrase: str) -> str | None:
    """The role a description names, with the lower-case words that narrow it ("Iran's
    supreme leader" -> "supreme leader", "the Minister of Defence" -> "minister")."""
    found = list(ROLE_NOUN_RE.finditer(phrase))
    if not found:
        return None
    head = found[-1]
    words: list[str] = []
    for word in reversed(phrase[: head.start()].split()[-2:]):
        if not word.islower() or word in ROLE_STOP or word.endswith(("'s", "’s")):
            break
        words.insert(0, word)
    return " ".join([*words, head.group()]).casefold().replace("-", " ")


def _gender(context: str) -> str | None:
    context = POSSESSIVE_DET_RE.sub("", context)
    female, male = FEMALE_RE.search(context), MALE_RE.search(context)
    if female is not None and male is None:
        return "f"
    if male is not None and female is None:
        return "m"
    return None


def _name_of(phrase: str) -> str | None:
    """The personal name at the end of a subject phrase ("union leader Ada Rusk" -> "Ada
    Rusk", "Capt. Luca Orso" -> "Capt. Luca Orso", "Interior Minister Sara Lind" -> "Sara
    Lind")."""
    match = PERSON_END_RE.search(phrase)
    if match is None or all(ROLE_WORD_RE.fullmatch(w.strip(".")) for w in match.group().split()):
        # "the Secretary General": capitalised, but a role, not a name.
        return None
    if phrase[: match.start()].split()[-1:] in (["of"], ["for"], ["at"], ["from"], ["in"]):
        # "the Minister of Defence", "a spokesman for Harbour Police": what the role is of.
        return None
    return _without_role(_without_leaders(match.group()))


def _without_role(name: str) -> str:
    """A capitalised name without the role words in front of it: everything up to the last
    role noun among all but its last word ("Mayor Lina Brand" -> "Lina Brand", "DIRECTOR
    HALE" -> "HALE"). An honorific stays: it belongs to how the name is written."""
    words = name.split()
    cut = 0
    for n, word in enumerate(words[:-1]):
        if ROLE_WORD_RE.fullmatch(word.rstrip(".")):
            cut = n + 1
    return " ".join(words[cut:]) if cut else name


def _without_leaders(name: str) -> str:
    """A name without the function words a sentence start capitalises in front of it ("As
    Kit Vane put it", "But Ada Rusk said"): they open the clause, not the name."""
    words = name.split()
    cut = 0
    while cut < len(words) - 2 and words[cut] in NAME_LEADERS:
        cut += 1
    return " ".join(words[cut:]) if cut else name


def _people(
    text: str,
    body: list[tuple[int, int]],
    linker: Linker,
    quoted: list[tuple[int, int]],
    sent_starts: list[int],
) -> list[_Person]:
    """People named in the narrative, once per article, in text order (quotes left out)."""
    ends = [b for _, b in quoted]

    def inside(at: int) -> bool:
        index = bisect.bisect_right(ends, at)
        return index < len(quoted) and quoted[index][0] <= at

    found: dict[int, _Person] = {}
    openers: list[_Person] = []
    resolved_of: dict[str, tuple[str, float] | None] = {}
    for a, b in body:
        taken: list[tuple[int, int]] = []
        for mention in linker.mentions(text, a, b):
            if mention.kind != "person" or inside(mention.start):
                continue
            role = _context(text, mention.start, mention.end, a, b)
            found[mention.start] = _Person(
                mention.start, mention.end, mention.text, mention.id, role, _gender(role)
            )
            taken.append((mention.start, mention.end))
        taken_starts = [x for x, _ in taken]
        for match in PERSON_RE.finditer(text, a, b):
            start, end = match.span()
            name = match.group()
            if name.endswith(("'s", "’s")):
                # A possessive ("Vid Hallam's depot") names a person, never the subject.
                name, end = name[:-2], end - 2
            # The cheapest test first: most capitalised words stand alone (sentence starts).
            if len(name.split()) < 2:
                continue
            index = bisect.bisect_right(taken_starts, start) - 1
            if inside(start) or (index >= 0 and start < taken[index][1]):
                continue
            if ORG_NOUN_RE.search(name):
                continue
            before = text[max(a, start - 40) : start]
            personal = (
                HONORIFIC_RE.match(name) is not None
                or TITLE_RE.match(name) is not None
                or _without_role(name) != name
                or ROLE_NOUN_RE.search(" ".join(before.split()[-2:])) is not None
                or (before.rstrip().endswith(",") and ROLE_NOUN_RE.search(before) is not None)
                or PERSON_AFTER_RE.match(text, end) is not None
                or SPEECH_AFTER_RE.match(text, end) is not None
            )
            if not personal:
                if not before.strip() or before.rstrip().endswith((".", "!", "?")):
                    # A name that opens its sentence may be a person's: a sentence after it
                    # that goes on with "She" or "He" says so (_pronoun_genders).
                    openers.append(_Person(start, end, name, None, "", None, salient=True))
                continue
            # Names recur through an article; nothing is proposed meanwhile, so the answer holds.
            if name not in resolved_of:
                resolved_of[name] = linker.resolve(name)
            resolved = resolved_of[name]
            if resolved is not None and linker.kinds.get(resolved[0], "person") != "person":
                continue
            role = _context(text, start, end, a, b)
            bare = _without_role(_without_leaders(name))
            found[start] = _Person(
                start + name.rfind(bare), end, bare, resolved[0] if resolved else None,
                f"{role} {name}", _gender(f"{role} {name}"),
            )  # fmt: skip
    people = [found[k] for k in sorted(found)]
    for n, person in enumerate(people):
        sentence = bisect.bisect_right(sent_starts, person.start) - 1
        begin = sent_starts[sentence] if sentence >= 0 else 0
        # A subject stands near its sentence's start: the lead is read only that far (linear;
        # the lead was cut out of the text first, its whole run-on sentence per person).
        if person.start - begin <= LEAD_MAX and _subject_position(text[begin : person.start]):
            people[n] = replace(person, salient=True)
    return _pronoun_genders(text, people, openers, sent_starts, inside)


def _person_key(person: _Person) -> str:
    """Who a mention is, for what is learnt about her: the registry id, else the surname."""
    return person.id or "name:" + person.name.split()[-1].casefold()


def _pronoun_genders(
    text: str,
    people: list[_Person],
    openers: list[_Person],
    sent_starts: list[int],
    inside: Callable[[int], bool],
) -> list[_Person]:
    """Genders the narrative's pronouns give: a sentence that opens with "She" or "Her" ("She
    thanked her team.", "Her lawyer, X, said") goes on about the one person the sentence before
    names (the centre of attention carries over: a linguist's centering), so that person is a
    woman; likewise "He"/"His". Every mention of the person takes it, unless the evidence
    disagrees. A sentence inside quote marks is the speaker's and is not read. A name that opens
    the sentence before and is nobody else's (`openers`, with no sign of a person of its own:
    "Ines Varro won the race. She ...") is a person's by the same token."""
    starts = [p.start for p in people]
    opener_starts = [p.start for p in openers]
    added: list[_Person] = []
    learnt: dict[str, str | None] = {}
    for n in range(1, len(sent_starts)):
        at = sent_starts[n]
        opener = PRONOUN_OPEN_RE.match(text, at)
        if opener is None or inside(at):
            continue
        lo = bisect.bisect_left(starts, sent_starts[n - 1])
        hi = bisect.bisect_left(starts, at)
        keys = {_person_key(p) for p in people[lo:hi]}
        gender = "f" if opener["pronoun"] in ("She", "Her") else "m"
        if not keys:
            first = bisect.bisect_left(opener_starts, sent_starts[n - 1])
            if first < len(openers) and openers[first].start < at:
                named = openers[first]
                added.append(replace(named, name=_without_leaders(named.name), gender=gender))
            continue
        if len(keys) != 1:
            continue
        key = keys.pop()
        learnt[key] = gender if learnt.get(key, gender) == gender else None
    if added:
        people = sorted([*people, *added], key=lambda p: p.start)
    if not learnt:
        return people
    return [
        replace(p, gender=learnt[_person_key(p)])
        if p.gender is None and learnt.get(_person_key(p)) is not None
        else p
        for p in people
    ]


def _subject_position(lead: str) -> bool:
    """Whether a name after `lead` (its sentence up to the name) is the sentence's subject or
    the source it cites: what a later "he said" refers to. A name after a preposition ("the
    killing of Y", "a call by Y") is not."""
    if SOURCE_RE.search(lead):
        return True
    match = SUBJECT_LEAD_RE.fullmatch(lead)
    if match is None:
        return False
    return not any(w.lower() in LEAD_STOP for w in match["words"].split())


def _context(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """Who a named person is: the clause words before the name and the apposition after it."""
    before = text[max(lo, start - 60) : start]
    before = CLAUSE_END_RE.split(before)[-1]
    after = text[end : min(hi, end + 80)]
    after = after.split(",")[1] if after.startswith(",") and after.count(",") >= 2 else ""
    return f"{before} {after}".strip()


# --------------------------------------------------------------------------- attribution


@dataclass
class _State:
    """What the walk over the quotes remembers."""

    previous: QuoteHit | None = None
    previous_paragraph: int = -1


def _after(text: str, close: int) -> tuple[str, int, int] | None:
    """An attribution right after a quote's closing mark: (phrase, start, end)."""
    # The line's end is looked for in the window only: on a line of megabytes, a search to its
    # end for every quote was quadratic (issue 12, item 9).
    line_end = text.find("\n", close, close + ATTRIBUTION_WINDOW)
    limit = min(len(text), close + ATTRIBUTION_WINDOW) if line_end < 0 else line_end
    for regex in (AFTER_VERB_RE, AFTER_SUBJECT_RE):
        match = regex.match(text, close, limit)
        if match is None:
            continue
        start, end = match.span("subj")
        app = match.groupdict().get("app")
        subject = match["subj"]
        if app and ROLE_RE.fullmatch(subject.strip()) and NAME_RE.match(app.strip()):
            # "the forum's secretary general, Karel Hodd, told": the name is the speaker.
            start, end = match.span("app")
        return (*_phrase(text, start, end),)
    return None


def _phrase(text: str, start: int, end: int) -> tuple[str, int, int]:
    start, end = strip_span(text, start, end)
    return text[start:end], start, end


def _in_sentence(text: str, sentence_start: int, at: int) -> tuple[str, int, int] | None:
    """The subject of the last finite speech verb of the sentence before `at` (participles
    hang on the one before them): "X said the move was 'temporary'"."""
    lo = max(sentence_start, at - 2 * ATTRIBUTION_WINDOW)
    verbs = [m for m in VERB_RE.finditer(text, lo, at) if m["finite"]]
    cited = next(reversed(list(QUOTED_AS_RE.finditer(text, lo, at))), None)
    if cited is not None and (not verbs or verbs[-1].start() < cited.start()):
        return _phrase(text, *cited.span("subj" if cited["subj"] else "source"))
    for verb in reversed(verbs):
        found = _subject_before(text, max(lo, verb.start() - ATTRIBUTION_WINDOW), verb.start())
        if found is not None:
            return found
    return None


class _Speech:
    """Every finite speech verb of the narrative with its subject ("Ms Marsk said she had read
    the report", "..., said local fire chief Ana Lind."), in order.

    Read when a quote first asks for it, and a verb's subject when the walk back reaches that
    verb: only a quote that opens its sentence with nobody named asks (`speech_before`), and the
    subject search before each verb was a sixth of the quote stage. The verbs and subjects are
    the ones an eager read of every verb finds; a verb without a subject is passed over.
    """

    def __init__(
        self,
        text: str,
        body: list[tuple[int, int]],
        quoted: list[tuple[int, int]],
        sents: list[tuple[int, int]],
        sent_starts: list[int],
    ) -> None:
        self.text, self.body, self.quoted = text, body, quoted
        self.sents, self.sent_starts = sents, sent_starts
        self._verbs: list[int] | None = None
        #: Per verb: the start of the text its subject may take (its sentence's, inside its
        #: body span) and the end of its body span.
        self._bounds: list[tuple[int, int]] = []
        self._subjects: dict[int, tuple[int, int] | None] = {}

    def verbs(self) -> list[int]:
        """The verbs' starts, in text order."""
        if self._verbs is None:
            self._verbs = []
            ends = [b for _, b in self.quoted]
            for a, b in self.body:
                for verb in VERB_RE.finditer(self.text, a, b):
                    if not verb["finite"]:
                        continue
                    index = bisect.bisect_right(ends, verb.start())
                    if index < len(self.quoted) and self.quoted[index][0] <= verb.start():
                        continue
                    sentence = bisect.bisect_right(self.sent_starts, verb.start()) - 1
                    lo = max(a, self.sents[sentence][0] if sentence >= 0 else a)
                    self._verbs.append(verb.start())
                    self._bounds.append((lo, b))
        return self._verbs

    def subject(self, n: int) -> tuple[int, int] | None:
        """The span of the subject of verb `n` (None: the verb has none)."""
        if n not in self._subjects:
            text, at = self.text, self.verbs()[n]
            lo, b = self._bounds[n]
            subject = _subject_before(text, max(lo, at - ATTRIBUTION_WINDOW), at)
            if subject is None:
                inverted = INVERTED_RE.match(text, at, b)
                if inverted is not None:
                    subject = _phrase(text, *inverted.span("subj"))
            self._subjects[n] = subject[1:] if subject is not None else None
        return self._subjects[n]


def _subject_before(text: str, lo: int, verb: int) -> tuple[str, int, int] | None:
    """The subject phrase that ends right before the speech verb at `verb`."""
    match = BEFORE_VERB_RE.search(text, lo, verb)
    if match is None:
        return None
    start, end = match.span("subj")
    app = match["app"]
    if app and ROLE_RE.fullmatch(match["subj"].strip()) and NAME_RE.match(app.strip()):
        start, end = match.span("app")
    return _phrase(text, start, end)


def _transcript_speaker(
    text: str, label: tuple[int, int], speakers: _Speakers
) -> tuple[str | None, str | None]:
    raw = CLIP_TAG_RE.sub("", text[label[0] : label[1]])
    name = " ".join(w.capitalize() if len(w) > 2 else w for w in raw.split())
    resolved = speakers.linker.resolve(raw) or speakers.linker.resolve(name)
    if resolved is not None:
        item = resolved[0]
        if speakers.linker.kinds.get(item) == "office":
            holder, why = speakers.role(name, label[0])
            if holder is None:
                holder, why = speakers.registry_holder(raw, item)
            if holder is not None:
                return holder, why
            return item, f"transcript label {raw!r}: the office, no holder named in the text"
        return item, None
    mention = speakers.linker.propose(_without_role(name), *label)
    return mention.id, f"transcript label {raw!r} is not in the registry: proposed as {mention.id}"


def extract_quotes(
    text: str,
    body: list[tuple[int, int]],
    starts: frozenset[int],
    linker: Linker,
    sents: list[tuple[int, int]] | None = None,
    published: dt.date | None = None,
) -> list[QuoteHit]:
    """Every quoted segment in the body with its speaker, in text order.

    `sents` are the body's sentences when the caller has them (text.sentences over `body`);
    `published` is the publication day, for the holder of an office the text names no holder of.
    """
    segments = _segments(text, body, starts)
    quoted = [(s.start, s.end) for s in segments if s.label is None]
    if sents is None:
        sents = [s for a, b in body for s in sentences(text, a, b)]
    sent_starts = [a for a, _ in sents]
    people = _people(text, body, linker, quoted, sent_starts)
    speech = _Speech(text, body, quoted, sents, sent_starts)
    speakers = _Speakers(text, linker, people, speech, published)
    paragraph_of = _paragraph_index(body, starts)
    state = _State()
    hits: list[QuoteHit] = []
    #: Paragraphs of a quote that continues, waiting for its speaker (named at its end).
    waiting: list[QuoteHit] = []
    for number, segment in enumerate(segments):
        start, end = strip_span(text, segment.start, segment.end)
        if start >= end or (segment.label is None and _a_name(text, segment.start, segment.end)):
            continue
        speaker, doubt, attribution = _attribute(
            text, segment, speakers, state, sents, sent_starts, paragraph_of, linker
        )
        cut = max(0, segment.start - 1)
        # The line's start within LEAD_CHARS only (the test reads no further back).
        lead = max(0, cut - LEAD_CHARS)
        line_start = text.rfind("\n", lead, cut) + 1
        partial = (
            segment.label is None
            and not segment.continued
            and PARTIAL_LEAD_RE.search(text, max(line_start, lead), cut) is not None
        )
        # The corpus convention (docs/annotation.md, rule W602): the words as quoted, trailing
        # comma included, whitespace collapsed.
        words = WHITESPACE_RE.sub(" ", text[start:end])
        hit = QuoteHit(start, end, words, speaker or "", partial, attribution, doubt)
        goes_on = number + 1 < len(segments) and segments[number + 1].continued
        if attribution is None and goes_on and (not segment.continued or waiting):
            # A paragraph of a quote that goes on in the next one: news style names the
            # speaker at the end ("...,” he said.), so it waits for the next paragraph's.
            waiting.append(hit)
            continue
        if waiting and attribution is None:
            # Nobody named at the end either: the whole quote takes its first paragraph's
            # speaker.
            hit = replace(hit, speaker=waiting[0].speaker, doubt=waiting[0].doubt)
        for early in waiting:
            hits.append(replace(early, speaker=hit.speaker, doubt=hit.doubt))
        waiting.clear()
        if not hit.speaker:
            continue
        hits.append(hit)
        state.previous, state.previous_paragraph = hit, segment.paragraph
    hits.extend(h for h in waiting if h.speaker)
    return hits


def _a_name(text: str, opened: int, closed: int) -> bool:
    """True when the words between `opened` and `closed` (the marks' insides) are a name or a
    title the narrative gives (NAMING_RE), or a short name a document defines in brackets
    ("Velm Ferries plc (“Velm” or “the Company”)"), not a speaker's words."""
    mark = max(0, opened - 1)
    words = text[opened:closed].split()
    if (
        0 < len(words) <= DEFINED_MAX_WORDS
        and not any(c in text[opened:closed] for c in ".!?,;:")
        and DEFINITION_RE.search(text, max(0, mark - DEFINITION_REACH), mark)
        and DEFINITION_END_RE.match(text, min(len(text), closed + 1))
    ):
        return True
    lead = max(text.rfind("\n", max(0, mark - LEAD_CHARS), mark) + 1, mark - LEAD_CHARS)
    if NAMING_RE.search(text, lead, mark) is None:
        return False
    return SPEAKER_NAMING_RE.search(text, lead, mark) is None


def _paragraph_index(body: list[tuple[int, int]], starts: frozenset[int]) -> list[int]:
    """The start offset of each paragraph, to find a position's paragraph by bisection."""
    return [spans[0][0] for spans in _paragraphs(body, starts)]


def _attribute(
    text: str,
    segment: _Segment,
    speakers: _Speakers,
    state: _State,
    sents: list[tuple[int, int]],
    sent_starts: list[int],
    paragraph_of: list[int],
    linker: Linker,
) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The speaker of one segment, a doubt note, and the attribution span."""
    if segment.label is not None:
        item, doubt = _transcript_speaker(text, segment.label, speakers)
        return item, doubt, segment.label
    open_at = max(0, segment.start - 1)
    close = min(len(text), segment.end + 1)
    after = _after(text, close)
    if after is not None:
        phrase, a, b = after
        item, doubt, span = speakers.resolve(phrase, a, b)
        if item is not None:
            return item, doubt, span
    index = bisect.bisect_right(sent_starts, open_at) - 1
    sentence_start = sents[index][0] if index >= 0 else open_at
    if segment.continued:
        if state.previous is not None:
            return state.previous.speaker, None, None
        return None, None, None
    before = state.previous.end if state.previous is not None else -1
    if before > sentence_start and GLOSS_RE.search(text, before, open_at) is not None:
        # The writer's own comment on what was said: not the speaker's words.
        return _unattributed(linker, "a comment of the writer's on the quote before")
    found = _in_sentence(text, sentence_start, open_at)
    if found is not None:
        phrase, a, b = found
        item, doubt, span = speakers.resolve(phrase, a, b)
        if item is not None:
            return item, doubt or "speaker from the speech verb earlier in the sentence", span
    if state.previous is not None and segment.paragraph == state.previous_paragraph:
        return state.previous.speaker, "speaker carried from the quote before", None
    if _only_narrative_before(text, sentence_start, open_at):
        # A quote that opens its sentence with no attribution: the speaker of the speech
        # reported just before it, in this paragraph or the one before (a quote standing
        # alone after the paragraph that introduces its speaker), else the latest speaker.
        paragraph = bisect.bisect_right(paragraph_of, open_at) - 1
        lo = paragraph_of[max(0, paragraph - 1)] if paragraph >= 0 else 0
        opener = _reacting_person(text, sents, index, paragraph_of[paragraph] if paragraph >= 0
                                  else 0, linker)  # fmt: skip
        if opener is not None:
            # "Karin Dahl, who leads the opposition, was unconvinced. 'These numbers are a
            # fantasy.'": the sentence before, in the quote's paragraph, opens with the person
            # whose reaction the quote gives; not the speaker of an earlier paragraph.
            item, doubt, span = speakers.resolve(*opener)
            if item is not None:
                return item, doubt or "speaker: the person who opens the sentence before", span
        heard = speakers.speech_before(open_at, lo)
        if heard is not None:
            return heard, "speaker of the speech reported just before the quote", None
        latest = speakers.latest(open_at)
        if latest is not None:
            # Nothing ties the quote to the last speaker (003-sputnik, 004-southfront: a
            # quotation with no source near it): say who it might be, do not guess.
            return _unattributed(linker, f"no speaker named (the latest speaker was {latest})")
    people = speakers._earlier(open_at)
    in_sentence = [p for p in people if p.start >= sentence_start and p.end > p.start]
    if in_sentence:
        item = speakers._id(in_sentence[-1])
        return item, "speaker from the person named earlier in the sentence", None
    return _unattributed(linker, "no speaker named")


def _unattributed(
    linker: Linker, why: str
) -> tuple[str | None, str | None, tuple[int, int] | None]:
    for name in UNATTRIBUTED_NAMES:
        found_id = linker.resolve(name)
        if found_id is not None:
            return found_id[0], f"{why}: unattributed", None
    return "unattributed", f"{why}: unattributed (add it to the registry)", None


#: What may stand before the person who opens a sentence: a connective ("But", "However,").
OPENING_CONNECTIVE_RE = lazy_compile(r"[\s\"“‘']*(?:(?:But|And|However|Yet|Still),?\s+)?")


def _reacting_person(
    text: str, sents: list[tuple[int, int]], index: int, paragraph_start: int, linker: Linker
) -> tuple[str, int, int] | None:
    """The name (with its span) that opens the sentence before sentence `index`, when that
    sentence is in the same paragraph, holds no quote, and the name is no registry body or
    place: the person a quote standing alone after it belongs to."""
    if index < 1:
        return None
    a, b = sents[index - 1]
    if a < paragraph_start or any(mark in text[a:b] for mark in QUOTE_MARKS):
        return None
    lead = OPENING_CONNECTIVE_RE.match(text, a, b)
    start = lead.end() if lead is not None else a
    name = NAME_RE.match(text, start, b)
    if name is None or len(name.group().split()) < 2:
        return None
    resolved = linker.resolve(name.group())
    if resolved is not None and linker.kinds.get(resolved[0], "person") != "person":
        return None
    return name.group(), name.start(), name.end()


def _only_narrative_before(text: str, sentence_start: int, open_at: int) -> bool:
    """The quote opens its sentence (nothing but space before it)."""
    return is_blank(text, sentence_start, open_at)
