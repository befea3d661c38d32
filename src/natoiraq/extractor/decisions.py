"""Stage 3d: decisions. Who suspends, resumes, expands ... what, and how certain it is.

Why: the story's spine is a chain of decisions (suspend, resume, expand, recommit); each claim
names an actor and an object from the registry and a modality read from tense and modals: done
("suspended", "agreed"), planned ("will resume"), expected ("are expected to", "could"),
conditional ("when the situation permits", "if").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from natoiraq.extractor.linking import Linker, Mention
from natoiraq.models import Action, Modality

#: Verb and noun forms of each decision, general English. "agree" is kept only when no other
#: decision verb follows it in the clause ("agreed to enhance" is an enhance decision).
DECISION_FORMS: dict[Action, str] = {
    "suspend": r"suspend(?:s|ed|ing)?|suspension",
    "resume": r"resum(?:e|es|ed|ing)|resumption|restart(?:s|ed|ing)?",
    "continue": r"continu(?:e|es|ed|ing)|carry on",
    "expand": (
        r"expand(?:s|ed|ing)?|expansion|scal(?:e|es|ed|ing) up"
        r"|tak(?:e|es|ing|en) (?:on|over)"
    ),
    "enhance": r"enhanc(?:e|es|ed|ing)",
    "agree": r"agree(?:s|d|ing)?",
    "recommit": r"re-?commit(?:s|ted|ting)?",
    "step-up": r"step(?:s|ped|ping)? up",
    "withdraw": r"withdr(?:aw|aws|ew|awn|awing)|withdrawal|pull(?:s|ed|ing)? out|oust(?:s|ed|ing)?"
    r"|leave",
    "start": r"start(?:s|ed|ing)?|launch(?:es|ed|ing)?|beg(?:in|ins|an|un)",
    # "remain" only with a place ("remain in the country"): "remain committed" is a state.
    "stay": r"(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?)(?=\s+in\b)",
    "add": r"add(?:s|ed|ing)?(?= to)|be added",
    "consult": (
        r"consult(?:s|ed|ing)?|consultation"
        r"|(?:be|stay|remain|keep) in (?:close )?contact with"
    ),
}
DECISION_RE = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<{a.replace('-', '_')}>{f})" for a, f in DECISION_FORMS.items())
    + r")\b"
)
CLAUSE_BREAK_RE = re.compile(r"[;:.!?]|,\s+(?:but|and|while|although|which|who)\b|\s[—–]\s")
CONDITIONAL_RE = re.compile(
    r"\b(?:if|unless|whenever|when the situation|as long as|once|provided|depending)\b", re.I
)
EXPECTED_RE = re.compile(
    r"\b(?:expect(?:s|ed)?|likely|could|might|may|would|should|possibly|plan(?:s|ned)? to"
    r"|eyes|eyeing|aims?|hopes?|ready to|prepared to|in principle)\b",
    re.I,
)
PLANNED_RE = re.compile(r"\b(?:will|'ll|shall|going to|is to|are to|set to|to be)\b", re.I)
DONE_RE = re.compile(r"\b(?:has|have|had|was|were|did)\b|\b\w+ed\b", re.I)
NEGATION_RE = re.compile(r"\b(?:not|never|no longer|n't|refus\w+)\b", re.I)
#: How far right of the verb to look for its object (characters); a decision's object sits in
#: the same clause ("suspended our training on the ground"; "re-commit to the training mission").
OBJECT_WINDOW = 90
#: Which registry kinds can act and which can be acted on.
#: People and offices announce decisions; the body they speak for takes them (so a person is
#: never the actor: the article's main organisation is).
ACTOR_KINDS = frozenset({"organisation", "group", "country"})
#: Actions whose object is a place (the country left, stayed in or supported).
PLACE_ACTIONS = frozenset({"withdraw", "stay", "step-up"})
#: "agree to enhance", "continue to consult": the substantive verb that follows is the decision.
LIGHT_ACTIONS = frozenset({"agree", "continue"})
LIGHT_FOLLOW_RE = re.compile(r"\s+(?:in principle\s+|on the principle of\s+[\"“”]?)?(?:to\s+)?")
#: A name after a preposition is not a subject ("consulted with the government and ...").
PREPOSITION_BEFORE_RE = re.compile(r"\b(?:with|to|of|by|from|for|in|on|at|about)\s+$")
#: Prepositions that never introduce the one who decides ("of"/"by" may: "a vote by the
#: parliament to oust", "the request of the parliament to leave").
NON_AGENT_BEFORE_RE = re.compile(r"\b(?:with|to|from|for|in|on|at|about)\s+$")
COORDINATION_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*")
NOMINAL_ENDINGS = ("sion", "tion", "wal")
#: "the start of the meetings" is a noun, not a decision to start something.
NOUN_USE_RE = re.compile(r"\b(?:the|a|an)\s+$")
VERB_ONLY = frozenset({"start", "stay", "add", "continue"})
#: "we", "our" inside a quote stand for the speaker's organisation (the most named one).
FIRST_PERSON_RE = re.compile(r"\b(?:we|We|our|Our|us)\b")
#: Object words when the registry has no alias for them (training, operations, mission, support).
GENERIC_OBJECT_RE = re.compile(
    r"\b(?:training(?: mission)?|mission|operations?|activit(?:y|ies)|support|presence|troops"
    r"|forces|cooperation|engagement)\b"
)


@dataclass(frozen=True)
class DecisionHit:
    start: int
    end: int
    actor: str
    action: Action
    object: str
    modality: Modality
    negated: bool
    doubt: str | None = None


def _modality(clause: str) -> Modality:
    if CONDITIONAL_RE.search(clause):
        return "conditional"
    if EXPECTED_RE.search(clause):
        return "expected"
    if PLANNED_RE.search(clause):
        return "planned"
    return "done"


def _coordinated(text: str, actors: list[Mention]) -> list[str]:
    """Actors joined to the last one by commas or "and" ("Germany, France and Australia")."""
    joined: list[str] = []
    # Two names joined by "and" are as often two clauses ("consulted with the government and
    # the alliance would remain") as two actors; a comma list is a list.
    if len(actors) < 2:
        return joined
    for before, after in zip(reversed(actors[:-1]), reversed(actors[1:]), strict=True):
        if not COORDINATION_RE.fullmatch(text, before.end, after.start):
            break
        joined.append(before.id)
    if joined:
        first = actors[-1 - len(joined)]
        if PREPOSITION_BEFORE_RE.search(text, max(0, first.start - 12), first.start):
            return []
    return list(reversed(joined))


def _mission_id(mentions: list[Mention]) -> str | None:
    """The mission the article is about: the most mentioned registry mission."""
    counts = Counter(m.id for m in mentions if m.kind == "mission")
    return counts.most_common(1)[0][0] if counts else None


def _object(
    action: Action,
    text: str,
    begin: int,
    stop: int,
    mentions: list[Mention],
    mission: str | None,
    country: str | None,
) -> tuple[str, int] | None:
    """The object of `action` in text[begin:stop]: a country, a partner or the mission."""
    inside = [m for m in mentions if begin <= m.start and m.end <= stop]
    if action in PLACE_ACTIONS:
        places = [m for m in inside if m.kind in ("country", "place")]
        if places:
            return places[0].id, places[0].end
        # "step up support to the Iraqi government", "oust all foreign troops": the country the
        # story is about (docs/annotation.md normalises such objects to the country).
        return (country, stop) if country is not None else None
    if action == "consult":
        partners = [m for m in inside if m.kind in ("organisation", "group", "country")]
        return (partners[0].id, partners[0].end) if partners else None
    missions = [m for m in inside if m.kind == "mission"]
    generic = GENERIC_OBJECT_RE.search(text, begin, stop)
    if missions and (generic is None or missions[0].start <= generic.start()):
        return missions[0].id, missions[0].end
    if generic is not None and mission is not None:
        return mission, generic.end()
    return None


def extract_decisions(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Mention],
    quotes: list[tuple[int, int]],
    linker: Linker,
) -> list[DecisionHit]:
    """Every decision verb with an object in the given sentences, in text order."""
    org_counts = Counter(m.id for m in mentions if m.kind == "organisation")
    main_org = org_counts.most_common(1)[0][0] if org_counts else None
    mission = _mission_id(mentions)
    countries = Counter(m.id for m in mentions if m.kind == "country")
    country = countries.most_common(1)[0][0] if countries else None
    hits: list[DecisionHit] = []
    for s_start, s_end in sentences:
        for match in DECISION_RE.finditer(text, s_start, s_end):
            action = next(k for k, v in match.groupdict().items() if v is not None)
            action_id: Action = action.replace("_", "-")  # type: ignore[assignment]
            if NOUN_USE_RE.search(text, max(s_start, match.start() - 5), match.start()) and (
                action_id in VERB_ONLY
            ):
                continue
            left = s_start
            for brk in CLAUSE_BREAK_RE.finditer(text, s_start, match.start()):
                left = brk.end()
            right_break = CLAUSE_BREAK_RE.search(text, match.end(), s_end)
            right = right_break.start() if right_break else s_end
            window_end = min(right, match.end() + OBJECT_WINDOW)
            if action_id in LIGHT_ACTIONS and LIGHT_FOLLOW_RE.match(text, match.end()):
                following = DECISION_RE.match(text, LIGHT_FOLLOW_RE.match(text, match.end()).end())  # type: ignore[union-attr]
                if following is not None:
                    continue
            subject = [m for m in mentions if left <= m.start and m.end <= match.start()]
            doubt = None
            found = _object(action_id, text, match.end(), window_end, mentions, mission, country)
            if subject and subject[-1].kind == "mission" and found is None:
                # "the mission began", "the operations were suspended": the mission is the object.
                found = (subject[-1].id, match.end())
                subject = subject[:-1]
            if found is None:
                continue
            obj, obj_end = found
            # An actor right before a comma belongs to another clause ("in contact with the
            # Iraqi government, to resume the mission"); a nominalisation ("the suspension of")
            # names no actor; "we" after the last named actor is the speaker's organisation.
            actors = [
                m for m in subject
                if m.kind in ACTOR_KINDS
                and not NON_AGENT_BEFORE_RE.search(text, max(0, m.start - 12), m.start)
            ]  # fmt: skip
            if actors and text.startswith(",", actors[-1].end):
                actors = []
            persons = list(FIRST_PERSON_RE.finditer(text, left, match.start()))
            first_person = persons[-1] if persons else None
            if first_person and actors and actors[-1].end <= first_person.start():
                actors = []
            if match.group().lower().endswith(NOMINAL_ENDINGS):
                actors = []
            coordinated = _coordinated(text, actors)
            if actors:
                actor, actor_start = actors[-1].id, actors[-1].start
            elif main_org is not None:
                actor = main_org
                first_person = FIRST_PERSON_RE.search(text, left, match.start())
                actor_start = first_person.start() if first_person else match.start()
                if first_person is None:
                    doubt = "actor not named in the clause: read as the main organisation"
            else:
                continue
            start = max(actor_start, left)
            if any(h.action == action_id and h.start < obj_end and start < h.end for h in hits):
                continue
            for other in coordinated:
                hits.append(
                    DecisionHit(
                        start=start, end=obj_end, actor=other, action=action_id, object=obj,
                        modality=_modality(text[left:right]),
                        negated=NEGATION_RE.search(text, left, match.start()) is not None,
                        doubt="one of several coordinated actors",
                    )
                )  # fmt: skip
            hits.append(
                DecisionHit(
                    start=start,
                    end=obj_end,
                    actor=actor,
                    action=action_id,
                    object=obj,
                    modality=_modality(text[left:right]),
                    negated=NEGATION_RE.search(text, left, match.start()) is not None,
                    doubt=doubt,
                )
            )
    return hits
