"""Who did what to whom: CAMEO events from the dependency parse.

For every trigger word (data/triggers.yaml) the coder finds the source and target from the
parse: the subject and object of a verb (with passives, control, relative clauses and
coordination), the possessor, modifier, ``by``-agent or light verb of a noun ("Baku's offensive",
"carry out an attack"), and the prepositional target ("assaults on X", "talks with X"). A trigger
inside a threat, promise, appeal or demand ("threatens to launch raids") becomes that 13x/03x/02x/10x
event; the outcome verb of a noun event ("an airstrike ... that killed 21 soldiers") adds its target
and counts to that event. Places, dates, counts and claims found by their own stages are then
attached to each event.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from eventwire.actors.kb import load_kb
from eventwire.actors.tagger import ActorTags, stance_prefix
from eventwire.claims.attribution import Claim, actors_in, claim_for
from eventwire.events.arguments import (OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS, nearest_subject, object_pronoun,
                                        resolve_pronoun, with_conjuncts)
from eventwire.events.attach import event_scope, focus_location, pick_counts, pick_date, pick_location
from eventwire.events.cameo import cameo, plover
from eventwire.events.instruments import (ATTACK_WORDS, EXPLOSION_NOUNS, VEHICLES, WEAPON_SUBJECTS, accident_doer,
                                          industrial_blast, weapon_launch_host, weapon_launcher, weapon_subject)
from eventwire.events.modality import CONDITION_MARKS, modality_of, obliged
from eventwire.events.scene import scene_dates
from eventwire.events.triggers import Trigger, TriggerTable, load_triggers
from eventwire.events.unnamed import (crowd_looting, struck_mine, unnamed_attacker, unnamed_protesters,
                                      unnamed_rioters)
from eventwire.model import Actor, Count, DateRef, Event, Place, Span
from eventwire.parse.nlp import text_of
from eventwire.resources import data_csv

FIGURATIVE_VERBS = {"fight", "kill", "battle", "combat"}  # "fought the project in court" (not "opened fire")
NO_EVENT = "none"  # an object or refinement that makes the trigger no event ("released figures")
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07"}
POLICE_CODES = {"154": "153", "152": "151"}  # the armed forces' code -> the police's, when police are the force
PROMISE_VERBS = {"promise", "pledge", "vow", "swear", "commit"}  # what one promises to give up is no threat
INTENT_ROOTS = {"04", "05", "06", "07", "08"}  # a planned act of these is coded as the intent (03x)
REFUSAL_VERBS = {"refuse", "decline"}
# an act under these is no threat: a condition, "for X to", or what is not yet done ("until they gain control")
CONDITION_WORDS = CONDITION_MARKS | {"for", "until", "till", "before"}
REJECT_CODE = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
VIOLENT_ROOTS = {"18", "19", "20"}
HARM_ROOTS = VIOLENT_ROOTS | {"17"}  # violence and the destruction or seizure of property ("destroyed by a missile")
GIVING_ROOTS = {"03", "07"}  # the direct object is the thing given, the recipient is the target
PLACE_TARGET_ROOTS = {"08", "14", "16", "17", "18", "19", "20"}  # with no named target, the place's people
PLACE_TARGET_CODES = {"018"}  # "expressed sorrow for the shootings in Texas": the place's people
VISIT_CODES = {"042", "036"}  # "arrived in Amman on a visit": the place's country hosts it
CIVILIAN_SECTORS = {"CVL", "LAB", "OPP", "EDU", "BUS", "HLH", "MED", "REF", "AGR"}
ATTEMPT_NOUNS = {"attempt", "bid"}  # "an attempt to kill X": the act was tried, an event of its own
GENERIC_ASK = {"020": "appeal", "100": "demand", "130": "threat"}  # an asking noun's code before its content is known
DEFIANCE_NOUNS = {"defiance", "protest", "opposition"}  # "in defiance of the authorities"
HELP_VERBS = {"help", "assist", "aid", "support", "rebuild", "feed", "supply"}
PUSH_VERBS = {"push", "lobby", "press", "campaign", "agitate"}  # "pushing for X to ..."
ACCUSING_VERBS = {"accuse", "blame", "charge", "suspect", "convict", "indict", "fault", "criticize", "criticise",
                  "condemn", "denounce", "sentence", "arrest", "detain", "jail", "punish", "sanction"}
BLAME_VERBS = {"blame", "accuse", "hold", "fault"}  # "blamed X for the attack": X is its source
STATE_VERBS = {"remain", "stay", "be", "keep", "put", "place", "go"}  # "put troops on alert"
CONSENT_VERBS = {"agree", "offer", "consent", "volunteer", "commit"}  # they never make a threat
THREAT_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}  # an announced act of these is a threat (13x)
def agentless_passive(code: str) -> bool:
    """Acts worth an event even with no one named as doing them: "was put under investigation", "was
    accused", "aid was suspended", "were detained", "were killed"; not "are allowed to leave freely"."""
    return code[:2] in ("09", "11") or code[:2] >= "16" or (code[:2] == "08" and code != "080")


ROUTINE_CODES = {"150"}
INSTRUMENT_VERBS = {"use", "employ"}  # their object is the means, the target follows "against"/"on"
RENOUNCED_ROOTS = {"15", "17", "18", "19", "20"}  # force one promises not to use  # "soldiers will patrol the border": a planned patrol or exercise, no threat
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis"}


@dataclass
class Frame:
    """An event being built for one trigger."""

    trigger: object  # spaCy Token
    entry: Trigger
    code: str
    sources: tuple[Actor, ...] = ()
    targets: tuple[Actor, ...] = ()
    tokens: set[int] = field(default_factory=set)  # trigger, merged outcome verbs, light verb, wrapper
    how: dict[str, str] = field(default_factory=dict)
    wrapper: object = None  # the threat/appeal verb, when wrapped
    wrap_kind: str | None = None
    victims: tuple[Actor, ...] = ()  # those an absorbed outcome verb names ("..., killing six soldiers")
    acted_root: str | None = None  # the root of a threatened, promised or asked-for act (before wrapping)
    acted_code: str | None = None  # and its full code


# ---------------------------------------------------------------------------------------------
# triggers


MODAL_DEMAND = {"must", "should"}
FIRST_PERSON = {"i", "we"}
HELD_ROOTS = {"03", "05", "06", "07", "16"}  # what one "has" (agreements, ties, aid, sanctions) is a state, not an act
STATEMENT_NOUNS = {"reminder", "statement", "message", "declaration", "warning", "note"}
STATEMENT_VERBS = {"say", "declare", "state", "insist", "tell", "reiterate", "stress", "write", "argue",
                   "conclude", "warn", "add", "announce", "maintain", "tweet", "post"}


def modal_demand(verb) -> object:
    """The clause of "X said China must drop barriers" (or of "a reminder to Iraq that it must
    cooperate"): a demand by the speaker of its subject."""
    lemma = verb.lemma_.lower()
    if not ((verb.pos_ in ("VERB", "AUX") and lemma in STATEMENT_VERBS)
            or (verb.pos_ == "NOUN" and lemma in STATEMENT_NOUNS)):
        return None
    for child in verb.children:
        if child.dep_ in ("ccomp", "acl") and any(a.dep_ == "aux" and a.lower_ in MODAL_DEMAND for a in child.children) \
                and not any(a.dep_ in ("nsubj", "nsubjpass") and a.lower_ in FIRST_PERSON for a in child.children):
            return child  # not "'We must know who directed the killer,' Putin said": one's own duty
    return None


def asks_a_question(verb) -> bool:
    """"asked whether talks would resume", '"What about Aleppo?" he asked': a question put, nothing asked for
    (not "asked Kenya for help", "asked that the talks resume")."""
    if any(c.dep_ in ("dobj", "dative", "xcomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if not clauses:  # the question quoted before "he asked", in its sentence or just before it
        return any(t.text == "?" for t in verb.doc[max(verb.sent.start - 3, 0):verb.i])
    return any(t.text == "?" or (t.i == c.left_edge.i and (t.tag_ in ("WDT", "WP", "WRB") or t.lower_ in ("whether", "if")))
               for c in clauses for t in c.subtree)


def trigger_entry(token, table: TriggerTable) -> tuple[Trigger | None, str | None]:
    """The trigger entry for ``token`` and the code it gives here (None when it does not fire)."""
    lemma = token.lemma_.lower()
    if modal_demand(token) is not None and "demand" in table.verbs:
        return table.verbs["demand"], "100"
    if token.pos_ == "VERB" and token.dep_ == "amod" and token.tag_ == "VBN":
        return None, None  # "the occupied West Bank", "a besieged city": a state, not an act told
    if token.pos_ == "VERB" or (token.pos_ == "AUX" and lemma in table.verbs):
        entry = table.verbs.get(lemma)
        if entry is None:
            return None, None
        particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep")}
        for prep, code in entry.preps.items():
            if prep in particles:
                return entry, code
        if entry.code is None and entry.objects:  # fires only with a listed object: "send troops", "open fire"
            code = refine_code(token, entry, None)
            return (entry, code) if code else (None, None)
        if entry.code is None or (entry.preps and entry.lemma in ("call", "crack", "gun")):
            return None, None
        return entry, entry.code
    if token.pos_ in ("NOUN", "PROPN"):
        if is_month(token):
            return None, None  # "since the war started in March 2011"
        if token.text[:1].isupper() and not token.is_sent_start and token.ent_type_ in NAME_ENTITIES:
            return None, None  # a name: "the Armenian Genocide" memorial, "the Six-Day War"
        for left in token.lefts:
            two = f"{left.lower_} {lemma}"
            if left.dep_ in ("compound", "amod") and two in table.nouns:
                return table.nouns[two], table.nouns[two].code
        entry = table.nouns.get(lemma) or table.nouns.get(token.lower_) or hyphenated_noun(token, table)
        if entry is None:
            return None, None
        siblings = list(token.head.children) if token.dep_ == "dobj" else []  # "opened a hearing into X"
        if entry.needs and not any(w.lower_ in entry.needs for w in [*token.subtree, token.head, *siblings]):
            return None, None
        return entry, entry.code
    return None, None


def hyphenated_noun(token, table: TriggerTable):
    """"staged a sit-in", "held a die-in": the tokenizer splits the word at its hyphen, its last part the head."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 2].whitespace_ or doc[token.i - 1].whitespace_:
        return None
    return table.nouns.get(f"{doc[token.i - 2].lower_}-{token.lower_}")


NAME_ENTITIES = {"EVENT", "WORK_OF_ART", "LAW", "FAC", "ORG", "PRODUCT"}
MONTH_PREPS = {"in", "since", "on", "until", "till", "by", "from", "through", "early", "late", "mid", "last", "next",
               "this", "of", "before", "after", "during"}


def is_month(token) -> bool:
    """"March" the month: capitalised, not first in its sentence, beside a number or after a word of time."""
    if token.lower_ != "march" or not token.text[:1].isupper() or token.is_sent_start:
        return False
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    return (after is not None and after.like_num) or (before is not None and (before.like_num or before.lower_ in MONTH_PREPS))


WHERE_PREPS = {"in", "at", "near", "inside", "outside", "around", "across", "throughout"}


def refine_code(token, entry: Trigger, code: str | None, place_tokens: frozenset[int] = frozenset()) -> str | None:
    """The code of a trigger word refined by its words ("refine") and its objects; a place taken by a verb of
    seizing (one of ``place_tokens``, the tokens of place mentions) is territory."""
    words = {t.lemma_.lower() for t in token.subtree} | {t.lower_ for t in token.subtree}
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj":
        words.add(f"{token.head.lemma_.lower()}:")  # the verb of a noun event: "lodged a protest" -> "lodge:"
    subtree = list(token.subtree)
    phrase = text_of(token.doc)[subtree[0].idx:subtree[-1].idx + len(subtree[-1])].lower()
    for word, refined in entry.refine.items():
        if word in words or (("-" in word or " " in word) and f" {word} " in f" {phrase} "):  # "an open-ended strike"
            return refined
    table = entry.objects
    for child in token.children:  # "called off the strike": the particle's own objects
        if child.dep_ in ("prt", "prep") and child.lower_ in entry.particle_objects:
            table = entry.particle_objects[child.lower_]
    objects = [c for c in token.children if c.dep_ in ("dobj", "attr", "nsubjpass")
               or (c.dep_ == "xcomp" and c.tag_ == "VBG")]  # "stop bombing populated areas"
    if token.dep_ == "relcl" and any(o.lower_ in RELATIVE_PRONOUNS for o in objects):
        objects.append(token.head)  # "a helicopter that was captured": the helicopter
    if token.dep_ == "acl" and token.tag_ == "VBN":
        objects.append(token.head)  # "Iranian envoys expelled by Canada": the envoys
    direct = any(c.dep_ == "dobj" for c in token.children)
    objects += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ in ("pobj", "dobj")
                and not (direct and c.lower_ in WHERE_PREPS)]  # "seized drugs in a village": where, not what
    objects += [d for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
                for d in g.children if d.dep_ == "dobj"]  # "warns of freezing drizzle": a parse of "freezing" as a verb
    objects += [c for o in list(objects) for c in o.conjuncts]
    objects += [g for o in list(objects) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]  # "3.2 million euros of aid"
    for obj in objects:
        modifiers = [c for c in obj.children if c.dep_ in ("amod", "compound", "nmod")]
        modifiers += [c for m in modifiers if m.dep_ == "nmod" for c in m.conjuncts]  # "drizzle or ice pellets"
        keys = [f"{m.lower_} {obj.lemma_.lower()}" for m in modifiers]  # "martial law"
        keys += [obj.lower_, obj.lemma_.lower()]  # the word as written first: "positions" is not a "position"
        keys += [m.lemma_.lower() for m in modifiers if m.dep_ in ("compound", "nmod", "conj")]  # "ended mediation efforts"
        for key in keys:
            if key in table:
                return table[key]
    if code is not None and "territory" in table and place_tokens:
        taken = [o for c in token.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
        taken += [g for o in list(taken) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
        if any(o.i in place_tokens for o in taken):
            return table["territory"]  # "seized Goma", "seized parts of Iraq", "much of northern Mali": ground taken
    return code


# ---------------------------------------------------------------------------------------------
# arguments


STANCE_PASSIVES = {"oppose": "to", "ally": "with", "align": "with", "engage": "against"}  # "were engaged in cleansing"  # "is opposed to X": X is opposed


# "looking to X to act", "counting on X to act": relying on someone for an act is asking it of them
RELIANCE_VERBS = {"look": "to", "count": "on", "rely": "on", "depend": "on", "turn": "to", "bank": "on"}
OBJECTION_ROOTS = {"11", "12", "14"}  # disapproval, rejection, protest: aimed at whoever did the act


# Actors that fight in the street or in the field; a clash with none of them on either side is a quarrel.
STREET_SECTORS = {"MIL", "REB", "INS", "UAF", "COP", "CRM", "OPP", "CVL", "SPY", "RAD", "REF", "LAB", "AGR"}
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
# Nouns the actor tables make civilians because people live there ("an attack on a village"): taking
# one is taking a place, not people.
PEOPLED_PLACES = {"village", "hamlet", "town", "camp", "market", "hospital", "clinic", "school", "mosque", "church",
                  "monastery", "temple", "neighborhood", "neighbourhood", "settlement", "shelter"}


BUILDINGS = {"station", "post", "outpost", "base", "headquarters", "office", "building", "checkpoint", "compound",
             "barracks", "airport", "port", "bridge", "road", "position", "positions", "palace", "embassy", "prison",
             "stronghold", "bastion", "hideout", "enclave", "territory", "area", "zone", "region", "district", "city",
             "hill", "depot", "warehouse", "plant", "factory", "airfield", "airbase", "garrison", "fort", "redoubt"}


SECURITY_ACTS = {"crackdown", "clampdown", "raid", "sweep", "operation", "search", "roundup", "swoop"}
PEOPLE_WORDS = {"employee", "operative", "worker", "tourist", "national", "citizen", "engineer", "missionary",
                "contractor", "journalist", "reporter", "hostage", "crew", "sailor", "fisherman", "passenger", "pilot",
                "driver", "man", "woman", "child", "people", "person", "member", "suspect", "fighter", "soldier"}


TAKEN_PLACES = {"island", "town", "village", "city", "hill", "hilltop", "peninsula", "province", "capital", "region",
                "district", "area", "territory", "airport", "base", "port", "bridge", "border", "crossing", "outpost",
                "camp", "stronghold", "locality", "checkpoint", "garrison", "barracks", "highway"}


def control_of_things(tok) -> bool:
    """Control taken of something that is no place ("control over the properties", "of the company"); control
    of a town, a base or a named place is territory."""
    for control in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "control"):
        for held in (g for p in (*control.children, *tok.children) if p.dep_ == "prep" and p.lower_ in ("of", "over")
                     for g in p.children if g.dep_ == "pobj"):
            return held.pos_ != "PROPN" and held.lemma_.lower() not in TAKEN_PLACES | PEOPLED_PLACES | BUILDINGS
    return False


def taken_place(tok) -> bool:
    """The object of a capture is a place by its word, however its name was tagged ("the island of X")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TAKEN_PLACES for c in tok.children)


def taken_people(tok) -> bool:
    """The object of a capture is people, named by a word for people even when no actor is found there
    ("captured three employees of Northrop Grumman")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PEOPLE_WORDS for c in tok.children)


def _is_people(actor: Actor) -> bool:
    """People, not a place or a building that a group's word names ("a police station", "the town")."""
    noun = (actor.evidence or "").partition("sector_nouns/")[2].split("+")[0]
    last = actor.span.text.split()[-1].lower() if actor.span.text.split() else ""
    return actor.kind == "person" or (actor.kind == "group" and bool(actor.sector) and noun not in PEOPLED_PLACES
                                      and last not in BUILDINGS and last.rstrip("s") not in BUILDINGS)


MEDIA_WORDS = {"news", "tv", "television", "radio", "times", "post", "press", "agency", "daily", "herald", "journal",
               "gazette", "tribune", "channel", "network", "reporters", "journalists"}
NO_COMMENT_VERBS = {"comment", "elaborate", "say", "discuss", "confirm", "disclose", "reveal", "answer", "speak",
                    "talk", "specify", "detail", "identify", "name"}  # "declined to comment": 011, no rejection
ANONYMITY_VERBS = {"name", "identify", "quote", "cite"}  # "asked not to be named": a source's condition
COGNITION_VERBS = {"understand", "learn", "know", "see", "realize", "realise", "recognize", "recognise", "appreciate",
                   "figure", "grasp", "feel", "decide", "choose", "find", "navigate", "cope", "prepare", "plan"}


def everyday_use(frame, tok, sources, targets, table: TriggerTable, trigger_tokens) -> str | None:
    """Why an event word here is an everyday happening, not an event between actors, or None:
    an unauthored death or ruin from an accident or a disaster ("was killed when his car crashed"),
    a talk with the press ("speaking to reporters"), help to understand ("help the public understand"),
    and safety advice to the public ("warned residents to stay indoors")."""
    root = frame.code[:2]
    if root in VIOLENT_ROOTS and any(c.lower_ == "back" for c in tok.children) and tok.i + 2 < len(tok.doc) \
            and any(t.text in (":", '"', "“", "``", "'") for t in tok.doc[tok.i + 1:tok.i + 4]):
        return "a retort ('shot back: ...')"
    doer = accident_doer(tok, table) if root in VIOLENT_ROOTS else None
    if doer is not None:  # "victims killed by the Air X flight crash": the airline is no attacker
        return f"an accident or a disaster: killed by the {doer.text}"
    site = industrial_blast(tok, table) if root in VIOLENT_ROOTS else None
    if site is not None:  # "a tank at the depot blew up", "blasts caused by fertiliser kept in a shed"
        return f"an accident or a disaster: {site}"
    if root in VIOLENT_ROOTS and not any(a.code for a in sources):  # "an earthquake on Java killed eight"
        governor = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass", "dobj") else tok
        words = {t.lemma_.lower() for t in governor.subtree} | {t.lemma_.lower() for t in tok.subtree}
        others = {i for i in trigger_tokens if tok.sent.start <= i < tok.sent.end} - {tok.i}
        weapons = words & (WEAPON_SUBJECTS - VEHICLES)  # "a car bomb", not "a car crash"
        if words & table.accident_words and not others and not weapons:
            return "an accident or a disaster: " + ", ".join(sorted(words & table.accident_words))
        causes = table.accident_subjects | table.accident_words
        joined = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")] \
            if tok.dep_ in ("advcl", "conj") else []  # "earthquakes struck Lombok, killing two"
        subjects = [t for t in (*governor.subtree, *tok.subtree, *joined) if t.dep_ in ("nsubj", "nsubjpass")
                    and t.lemma_.lower() in causes]
        attacked = any(t.lemma_.lower() in ATTACK_WORDS and t.pos_ in ("NOUN", "PROPN") for t in tok.sent)
        if subjects and not attacked:  # "a chemical plant exploded", "hurt when a boiler at the factory exploded"
            return f"an accident or a disaster: the {subjects[0].text} itself"
        kinds = [t for t in (*governor.subtree, *tok.subtree) if t.dep_ in ("compound", "amod")
                 and t.lemma_.lower() in table.accident_modifiers and t.head.lemma_.lower() in EXPLOSION_NOUNS]
        if kinds and not weapons:
            return f"an accident: a {kinds[0].text} {kinds[0].head.text}"
    if root == "04" and targets and all(a.sector == "MED" or (a.span.text.split() or [""])[-1].lower() in MEDIA_WORDS
                                        for a in targets):
        return "a talk with the press"  # "speaking to reporters", "told ARA News"
    if root == "02" and any(c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY_VERBS and any(
            a.dep_ == "auxpass" for a in c.children) for c in tok.children):
        return "a source asking not to be named"  # "a diplomat who asked not to be identified said ..."
    if root == "07" and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in COGNITION_VERBS for c in tok.children):
        return "help to understand"
    if root == "13" and targets and all(a.sector in CIVILIAN_SECTORS for a in targets) and any(
            c.dep_ == "xcomp" and trigger_entry(c, table)[0] is None for c in tok.children):
        return "safety advice to the public"
    quiet = {word for word, code in frame.entry.objects.items() if code == "none"}
    if root == "13" and not targets and frame.wrapper is None and any(t.lemma_.lower() in quiet for t in tok.sent):
        return "a warning of the weather"  # "heavy snow is expected to hit Ottawa, forecasters warn"
    return None


PROPOSAL_NOUNS = {"demand", "offer", "proposal", "request", "call", "plan", "invitation", "appeal", "ultimatum",
                  "initiative", "bid", "overture", "suggestion", "proposition"}


ASKING_ROOTS = {"02", "10"}  # appeals and demands: the one asked may follow what is asked for


def asked_thing(owner, tok) -> bool:
    """Whether ``owner`` is what ``tok`` asks for: "demanded support", "asked for assistance"."""
    if owner.head.i == tok.i and owner.dep_ == "dobj":
        return True
    return owner.dep_ == "pobj" and owner.head.lower_ == "for" and owner.head.head.i == tok.i


def nested_from(tok, tags: ActorTags, root: str) -> tuple[Actor, ...]:
    """A target named deeper in the phrase after "from"/"by": a rejection of what someone proposed ("refused to
    answer a demand from the Kenyan president", "turned down a truce offer from the rebels"), a withdrawal
    from a country ("the withdrawal of some forces from Panama") and the one an appeal or a demand is made of
    ("asked for assistance from the United Nations", "demanded support from the assembly")."""
    for word in tok.subtree:
        if word.dep_ != "pobj" or word.head.lower_ not in ("from", "by") or word.i == tok.i:
            continue
        owner = word.head.head  # what the "from" phrase belongs to: "a demand from X", "an offer of talks from X"
        if owner.dep_ == "pobj" and owner.head.lower_ == "of":
            owner = owner.head.head
        if root == "12" and owner.lemma_.lower() not in PROPOSAL_NOUNS:
            continue
        if root in ASKING_ROOTS and not (word.head.lower_ == "from" and asked_thing(owner, tok)):
            continue
        found = tuple(a for a in with_conjuncts(word, tags) if a.code and (root != "08" or a.kind == "country"))
        if found:
            return found
    return ()


GENERIC_FIGHTING = {"190", "193", "180", "182"}  # fighting, clashes, assaults told with no weapon of their own


def street_code(code: str, source: Actor | None, target: Actor | None) -> str:
    """Fighting between protesters and the police or the army is a riot on the protesters' side (145) and
    violent repression on the state's (175), as CAMEO codes them ("rioters clashed with police", "police
    clashed with protesters"); killings and weapons keep their own codes."""
    if code not in GENERIC_FIGHTING or source is None or target is None:
        return code
    if source.sector == "OPP" and target.sector in ("COP", "MIL"):
        return "145"
    if source.sector in ("COP", "MIL") and target.sector == "OPP":
        return "175"
    return code


def dateline_credit(doc, actor: Actor) -> bool:
    """"LIMA, Peru (AP) Peru's Congress has approved ...": the agency credited in a dateline wrote the story,
    it takes no part in it (however the parser hangs it)."""
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    if doc[span.end].text == "(" and span.start == span.sent.start:
        return all(t.is_upper for t in span if t.is_alpha)  # the dateline's place: "NAIROBI (Reuters)"
    if span.start == 0 or doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    before = [t for t in doc[span.sent.start:span.start - 1] if t.is_alpha]
    return bool(before) and all(t.is_upper for t in before)


def city_attacked(actor: Actor, places: list[Place]) -> Actor:
    """A capital struck is the city, not the government it stands for elsewhere ("Russian missiles
    struck Kyiv": the target is Ukraine, the place Kyiv)."""
    if actor.kind == "country" and actor.sector == "GOV" and actor.country and any(
            p.span.start == actor.span.start and p.span.end == actor.span.end and p.feature != "country" for p in places):
        return replace(actor, code=actor.country, sector=None, evidence=f"{actor.evidence}+city-attacked")
    return actor


def authors_objected_to(doc, targets: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """"criticized the arrest of journalists by Turkish police": an objection to an act is aimed at
    its author (after "by"), not at those it was done to."""
    authors = []
    for actor in targets:
        span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is not None and root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.pos_ == "NOUN":
            authors.append(actor)
    return tuple(authors) or targets


ACT_NOUN_ENDINGS = ("ion", "ment", "al", "ure", "ance", "ence", "ing", "ism")  # suppression, treatment, refusal ...


def author_of_object(tok, tags: ActorTags) -> tuple[Actor, ...]:
    """The possessor of the act objected to, whichever way the parser hangs it ("denounced as a crime Serbia's
    suppression of the protests": Serbia), not of a thing ("refused ..., on Greece's northern border")."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for obj in objects:
        if obj.pos_ != "NOUN" or tags.at(obj.i) or not obj.lemma_.lower().endswith(ACT_NOUN_ENDINGS):
            continue
        for owner in obj.children:
            if owner.dep_ == "poss":
                found = tuple(a for a in with_conjuncts(owner, tags) if a.code)
                if found:
                    return found
    return ()


FIGURATIVE_ROOTS = {"02", "03", "05", "06", "07", "08"}  # acts a thing may be said to do: "appeal", "ease", "allow"
ABSTRACT_SUBJECTS = {"pledge", "promise", "move", "plan", "offer", "deal", "policy", "step", "measure", "law", "bill",
                     "vote", "victory", "defeat", "news", "report", "crisis", "war", "conflict"}


def hits_something(tok) -> bool:
    """"striking her arm", "struck the convoy": a blow at an object, never a labour strike (which strikes
    nothing: "teachers are striking")."""
    return tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children)


def abstract_subject(verb, tags: ActorTags) -> bool:
    """The verb's subject is an act or a thing whose actors are only named inside it ("the collapse of the EU's
    loan deal seems to help Rome's bid", "the mayor's housing promise appealed to them"): the thing, not those
    actors, eases or appeals."""
    node = verb
    while node.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in node.children):
        node = node.head  # "seems to ease": the subject of "seems"
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    if not subjects or any(tags.at(c.i) or c.pos_ != "NOUN" for c in subjects):
        return False
    lemma = subjects[0].lemma_.lower()
    return lemma in ABSTRACT_SUBJECTS or lemma.endswith(("ion", "ment", "ance", "ence", "sal"))


def pronoun_pobj(token, preps, tags: ActorTags, claims, sources: tuple[Actor, ...]) -> tuple[tuple[Actor, ...], str]:
    """A pronoun after a target preposition, or owning the object: "Israel said a rocket was fired at
    it", "... at its territory", "rebels attacked its positions" - the speaker of the claim around it, else the actor it stands for
    before it; never the event's own source."""
    for child in token.children:
        if child.dep_ == "dobj":  # "rebels attacked its positions"
            objects, how = [child], "dobj-pronoun"
        elif child.dep_ == "prep" and child.lower_ in preps:
            objects, how = [o for o in child.children if o.dep_ == "pobj"], f"prep:{child.lower_}-pronoun"
        else:
            continue
        for obj in objects:
            pronoun = obj if obj.lower_ in ("it", "them", "us") and how != "dobj-pronoun" else next(
                (g for g in obj.children if g.dep_ == "poss" and g.lower_ in POSSESSIVE_PRONOUNS), None)
            if pronoun is None:
                continue
            found = tuple(a for a in resolve_pronoun(pronoun, tags, claims) if a not in sources
                          and a.code not in {s.code for s in sources})
            if found:
                return found, how
    return (), ""


PERMISSION_NOUNS = {"permission", "authorization", "authorisation", "approval", "clearance", "go-ahead", "mandate",
                    "license", "licence", "right"}


def permitted_actors(verb, tags: ActorTags) -> tuple[Actor, ...]:
    """Whom a permission is given to, for the act it permits: "gave permission to Russia to send troops",
    "granted Turkey the right to patrol", "permission for Turkey to patrol"."""
    if verb.dep_ not in ("advcl", "xcomp", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return ()
    holder = verb.head
    nouns = [holder] if holder.lemma_.lower() in PERMISSION_NOUNS else [
        c for c in holder.children if c.dep_ == "dobj" and c.lemma_.lower() in PERMISSION_NOUNS]
    if not nouns:
        return ()
    found, _how = pobj_actors(nouns[0], {"for", "to"}, tags)
    if not found and holder.pos_ in ("VERB", "AUX"):
        found, _how = pobj_actors(holder, {"to"}, tags)
        for child in (c for c in holder.children if c.dep_ == "dative" and not found):
            given = next((g for g in child.children if g.dep_ == "pobj"), None) if child.pos_ == "ADP" else child
            found = with_conjuncts(given, tags) if given is not None else ()
    return found


def subject_actors(verb, tags: ActorTags, claims) -> tuple[tuple[Actor, ...], str]:
    """The actors of a verb's subject, climbing control, coordination and relative clauses."""
    if verb.pos_ in ("NOUN", "PROPN"):  # a noun wrapper: "its demand that ...", "their demands for ..."
        for child in verb.children:
            if child.dep_ == "poss":
                found = resolve_pronoun(child, tags, claims) if child.pos_ == "PRON" else with_conjuncts(child, tags)
                return found, "poss"
        found, how = pobj_actors(verb, {"by", "from"}, tags)  # "rejected a call by the AU for ..."
        if found:
            return found, f"noun-{how}"
        if verb.dep_ in ("dobj", "nsubjpass") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "issued a demand that ...": the issuer
        else:
            return (), ""
    seen = 0
    climbed = False
    while verb is not None and seen < 6:
        seen += 1
        for child in verb.children:
            # "Obama is scheduled to attend": the raised subject of a passive head
            inverted = (child.dep_ in ("attr", "dobj") and child.i > verb.i and verb.lemma_.lower() in STATEMENT_VERBS
                        and any(a.kind == "person" for a in tags.at(child.i)))  # "..., tweeted Mwangi"
            engaged = child.dep_ == "nsubjpass" and verb.lemma_.lower() in ("engage", "involve")  # "were engaged in"
            if child.dep_ == "nsubj" or (climbed and child.dep_ == "nsubjpass") or inverted or engaged:
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return with_conjuncts(verb.head, tags), "relative-antecedent"
                if child.pos_ == "PRON":
                    return resolve_pronoun(child, tags, claims), "pronoun"
                return with_conjuncts(nearest_subject(child, tags), tags), "nsubj"
        permitted = permitted_actors(verb, tags)
        if permitted:  # "gave permission to Russia to send troops": Russia would send them
            return permitted, "permitted"
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            climbed = verb.dep_ == "xcomp"
            verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX", "ADJ") \
                and verb.head.lower_ in ("to", "of", "in", "by", "after", "upon", "while", "without"):
            accused = [c for c in verb.head.head.children if c.dep_ == "dobj"]
            if accused and verb.head.lower_ == "of":  # "accusing Kabul of sheltering TTP fighters": Kabul
                return with_conjuncts(accused[0], tags), "accused-of"
            verb = verb.head.head  # "resorted to throwing stones", "are guilty of breaking the truce",
            # "will push on to Raqqa after seizing the village of Tabqa"
            if verb.pos_ == "ADJ" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
            continue
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in ATTEMPT_NOUNS:
            attempt = verb.head  # "an attempt by gunmen to kill", "the rebels' attempt to retake"
            for child in attempt.children:
                if child.dep_ == "poss":
                    return with_conjuncts(child, tags), "attempt-poss"
            found, how = pobj_actors(attempt, {"by"}, tags)
            if found:
                return found, f"attempt-{how}"
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and tags.at(verb.head.i):
            return with_conjuncts(verb.head, tags), f"{verb.dep_}-head"
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in ("dobj", "attr") \
                and verb.head.head.pos_ in ("VERB", "AUX") and (verb.head.head.pos_ == "AUX" or verb.head.head.lemma_.lower()
                                                                in AUTHOR_VERBS | load_triggers().light_verbs):
            verb = verb.head.head  # "the PKK issued a declaration demanding that ..." (not "an ultimatum to leave")
            continue
        break
    return (), ""


def has_partner_object(token, table: TriggerTable, entry: Trigger | None = None) -> bool:
    """An object that could be the other party. "signed a ceasefire agreement", "upgraded their
    ties" and "agreed to step up ..." leave the subjects as each other's partners; "backing rival
    sides" does not."""
    for child in token.children:
        if child.dep_ in ("dobj", "dative", "attr"):
            if entry is not None and child.lemma_.lower() in entry.objects:
                continue
            child_entry, _ = trigger_entry(child, table)
            if child_entry is None:
                return True
        if child.dep_ == "ccomp":
            return True
    return False


def coordinated(doc, actors: tuple[Actor, ...]) -> bool:
    """Actors named as partners ("Kenya and Somalia", "the US, Russia and Switzerland", "the two leaders"),
    not a possessor and its head in one phrase ("the victim's sister, Ann Moore")."""
    spans = []
    for actor in actors:
        span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
        if span is None:
            return True
        spans.append(span)
    roots = [span.root for span in spans]
    if len({r.i for r in roots}) < len(roots):
        return True  # one phrase for two actors: "the two ministers", "Japan's and Korea's foreign ministers"
    group, todo = set(), list(spans[0])  # from every word of the first name: "Barack Obama and Vladimir Putin"
    if roots[0].dep_ in ("nsubj", "nsubjpass"):  # "Japan, Vietnam and Taiwan met": a list split into two subjects
        todo += [c for c in roots[0].head.children if c.dep_ == roots[0].dep_]
    while todo:  # conjuncts and listed appositions, both ways: "The US, Russia, and Switzerland"
        tok = todo.pop()
        if tok.i in group:
            continue
        group.add(tok.i)
        todo += [c for c in tok.children if c.dep_ in ("conj", "appos")]
        if tok.dep_ in ("conj", "appos"):
            todo.append(tok.head)
    return all(any(t.i in group for t in span) for span in spans[1:])


def mirrored(frame, pairs, table: TriggerTable, cooperative: bool) -> list[tuple]:
    """The same happening told from the other side, as CAMEO event data counts it: a mutual act in
    the other direction ("Kenya and Somalia met", "held talks with Sudan": each side met the other) and
    the converse of a host's act (X hosted Y: Y visited X). Each new pair names why it was added."""
    if frame.entry.one_way:
        return []
    reciprocal = (cooperative or frame.entry.mutual) and "reciprocal" in (frame.how.get("source"), frame.how.get("target"))
    have = {(s.code, t.code, code) for s, t, code, _why in pairs if s is not None and t is not None}
    out = []
    for s, t, code, _why in pairs:
        if s is None or t is None or s.code == t.code:
            continue
        partner = str(frame.how.get("target", "")).endswith("with")  # "clashed with police", not "engaged X in a firefight"
        addressed = str(frame.how.get("target", "")).endswith(":to")  # "spoke to the elders": one side speaks
        if reciprocal or (table.is_mutual(code) and not addressed) or (
                frame.entry.mutual and code[:2] in VIOLENT_ROOTS and partner):
            new, why = (t, s, code), "mutual act"
        elif code in table.converse_codes:
            new, why = (t, s, table.converse_codes[code]), f"converse of {code}"
        else:
            continue
        if (new[0].code, new[1].code, new[2]) not in have:
            have.add((new[0].code, new[1].code, new[2]))
            out.append((*new, why))
    return out


def relative_antecedent(verb):
    """The noun a relative clause is about ("the enclave which X vows to retake" -> enclave)."""
    node = verb
    for _ in range(4):
        if node.dep_ == "relcl":
            return node.head
        if node.dep_ in ("xcomp", "conj", "ccomp") and node.head.i != node.i:
            node = node.head
            continue
        return None
    return None


MEANS_NOUNS = {"mediation", "help", "support", "backing", "assistance", "facilitation", "aid", "participation"}


def pobj_actors(token, preps, tags: ActorTags) -> tuple[tuple[Actor, ...], str]:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if child.lower_ == "with" and obj.lemma_.lower() in MEANS_NOUNS:
                    continue  # "talks with US mediation": the mediator is no partner
                if obj.dep_ in ("pobj", "pcomp"):
                    found = with_conjuncts(obj, tags)
                    if found:
                        return found, f"prep:{child.lower_}"
    return (), ""


def _weapon_doer(verb, frame: Frame, tags: ActorTags) -> None:
    """A weapon as the doer of a violent verb ("was blown up by a missile fired by rebels", "a rocket fired by
    Hamas hit a house"): the one who fired it is the source."""
    if frame.code[:2] not in HARM_ROOTS or any(a.code for a in frame.sources):
        return
    doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doers += [c for c in verb.children if c.dep_ == "nsubj"]
    for doer in (d for d in doers if d.lemma_.lower() in WEAPON_SUBJECTS - VEHICLES):
        found = weapon_launcher(doer, tags)
        if found:
            frame.sources, frame.how["source"] = found, f"{doer.text}-fired-by"
            return


def verb_frame(frame: Frame, tags: ActorTags, claims) -> None:
    verb = frame.trigger
    # the object of "scrambled jets" is deployed, and of "withdrew its troops" withdrawn, not targeted
    deploys = frame.code.startswith("15") or (frame.code.startswith(("08", "16")) and any(
        c.dep_ == "dobj" and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children) for c in verb.children))
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    stance = STANCE_PASSIVES.get(verb.lemma_.lower())
    if passive and stance and not any(c.dep_ == "agent" for c in verb.children):
        # "Egypt is opposed to Turkish mediation": a stance held by the subject, not done to it
        frame.sources = with_conjuncts(next(c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), tags) \
            if any(c.dep_ in ("nsubjpass", "nsubj") for c in verb.children) else ()
        frame.how["source"] = "stance-subject"
        frame.targets, how = pobj_actors(verb, {stance}, tags)
        frame.how["target"] = how
        return
    if passive:
        for child in verb.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        frame.sources, frame.how["source"] = with_conjuncts(obj, tags), "by-agent"
            if child.dep_ == "nsubjpass":
                frame.targets, frame.how["target"] = with_conjuncts(child, tags), "passive-subject"
        if not frame.sources and frame.code.startswith("15") and frame.targets:
            # "500 Kenyan troops were deployed to Haiti": the force deployed shows it, toward the destination
            frame.sources, frame.how["source"] = frame.targets, "deployed-force"
            frame.targets, how = deployment_target(verb, tags)
            frame.how["target"] = how
        if not frame.sources and frame.code[:2] in VIOLENT_ROOTS:
            # "two rockets were fired from Lebanon into Israel": fired from a country, by its side
            origin, how = pobj_actors(verb, {"from"}, tags)
            for aim in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "into") and not origin):
                for obj in (o for o in aim.children if o.dep_ == "pobj"):  # "fired at its territory from Lebanon"
                    origin, how = pobj_actors(obj, {"from"}, tags)
            origin = tuple(a for a in origin if a.kind == "country")
            if origin:
                frame.sources, frame.how["source"] = origin, f"origin-{how}"
        if not frame.sources and frame.entry.passive_agent:  # "was summoned to the foreign ministry"
            frame.sources, how = pobj_actors(verb, set(frame.entry.passive_agent), tags)
            if how:
                frame.how["source"] = f"passive-{how}"
    elif verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "officials accused of ...", "rebels backed by Iran": the noun is the one acted on
        frame.targets, frame.how["target"] = with_conjuncts(verb.head, tags), "participle-head"
        frame.sources, how = pobj_actors(verb, {"by"}, tags)
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not frame.sources and agents:  # "Iranian envoys expelled by Canada": the parser's agent
            frame.sources, how = with_conjuncts(agents[0], tags), "agent"
        frame.how["source"] = "by-agent" if how else ""
        if not frame.targets and verb.head.lemma_.lower() in WEAPON_SUBJECTS:
            # "rockets fired into Israel from Lebanon": where they were aimed, and whose side they came from
            frame.targets, how = pobj_actors(verb, set(frame.entry.targets) | set(frame.entry.preps), tags)
            frame.how["target"] = f"participle-{how}" if how else "participle-head"
            if not frame.sources:
                origin, how = pobj_actors(verb, {"from"}, tags)
                frame.sources = tuple(a for a in origin if a.kind == "country")
                frame.how["source"] = f"origin-{how}" if frame.sources else ""
        return
    else:
        frame.sources, frame.how["source"] = subject_actors(verb, tags, claims)
        if frame.sources and frame.code[:2] in FIGURATIVE_ROOTS and abstract_subject(verb, tags):
            frame.sources, frame.how["source"] = (), "abstract-subject"
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and not frame.targets and not deploys \
                    and not (verb.lemma_.lower() in INSTRUMENT_VERBS and child.dep_ == "dobj") \
                    and not (frame.entry.mutual and child.lemma_.lower() in frame.entry.objects):
                # "used force": the means; "exchanged prisoners": what the two sides exchange, not a party
                if child.lower_ in RELATIVE_PRONOUNS:
                    antecedent = relative_antecedent(verb)
                    if antecedent is not None:
                        frame.targets = with_conjuncts(antecedent, tags)
                        frame.how["target"] = "relative-object"
                        continue
                frame.targets = with_conjuncts(child, tags)
                frame.how["target"] = child.dep_
                if not frame.targets and child.lower_ in OBJECT_PRONOUNS:  # "to help him oust the rebels"
                    frame.targets = object_pronoun(child, tags, claims, frame.sources)
                    frame.how["target"] = "object-pronoun"
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    if objects & set(frame.entry.reverse):  # "received weapons from the government": the giver is the source
        giver, how = pobj_actors(verb, {"from"}, tags)
        if giver:
            frame.sources, frame.targets = giver, frame.sources
            frame.how["source"], frame.how["target"] = f"giver-{how}", "receiver"
            return
    if frame.code[:2] in GIVING_ROOTS and frame.how.get("target") == "dobj":
        recipient, how = pobj_actors(verb, {"to", "for"}, tags)  # "offered its troops to Lebanon"
        if recipient:
            frame.targets, frame.how["target"] = recipient, f"recipient-{how}"
    if not frame.targets:
        preps = set(frame.entry.targets) | set(frame.entry.preps)
        frame.targets, how = pobj_actors(verb, preps, tags)
        frame.targets = tuple(a for a in frame.targets if a not in frame.sources)
        if frame.targets:
            frame.how["target"] = how
    if not frame.targets:  # "imposed restrictions against German goods": the coding object's target
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in frame.entry.objects):
            frame.targets, how = pobj_actors(obj, set(frame.entry.targets) | {"on", "against", "to", "with"}, tags)
            if how:
                frame.how["target"] = f"object-{how}"
    if frame.code[:2] == "11":  # "complained to the UN over two Israeli air raids": whom it is about
        about, how = pobj_actors(verb, {"over", "about", "against"}, tags)
        if about and frame.how.get("target") in (None, "", "prep:to"):
            frame.targets, frame.how["target"] = about, f"about-{how}"
    if not frame.targets and frame.code[:2] in ("03", "07", "08"):
        # "ready to ship equipment to help protect Jordan": those the aid is for; "opened the
        # bridge to allow the delivery of grain to Afghanistan": where what it allows goes
        for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            for tok in clause.subtree:
                if (tok.dep_ == "dobj" and tok.head.lemma_.lower() in HELP_VERBS | {"defend", "protect", "support"}) or (
                        tok.dep_ == "pobj" and tok.head.lower_ == "to" and clause.lemma_.lower() == "allow"):
                    frame.targets = tuple(a for a in with_conjuncts(tok, tags) if a.country)
                    if frame.targets:
                        frame.how["target"] = f"purpose:{tok.head.lemma_.lower()}"
                        break
            if frame.targets:
                break
    if not frame.targets and frame.code[:2] in ("06", "07", "16"):
        # "froze part of an arms package for Georgia": the one the object was for
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for tok in obj.subtree:
                if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to", "with") and \
                        not any(a.dep_ in CLAUSE_DEPS for a in tok.ancestors if a.i > obj.i and a.i < tok.i):
                    found = tuple(a for a in with_conjuncts(tok, tags) if a.country)
                    if found:
                        frame.targets, frame.how["target"] = found, f"object-{tok.head.lower_}"
                        break
            if frame.targets:
                break
    if not frame.targets and frame.code[:2] in ("02", "08", "10", "11", "12"):
        for child in verb.children:  # "demanded that the government resign": whom it is asked of
            if child.dep_ == "ccomp":
                for subj in child.children:
                    if subj.dep_ in ("nsubj", "nsubjpass"):
                        frame.targets = with_conjuncts(subj, tags)
                        if frame.targets:
                            frame.how["target"] = "clause-subject"
    if not frame.targets:  # "to help him oust the rebels": an object pronoun the parser made a clause subject
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
            for subj in clause.children:
                if subj.dep_ == "nsubj" and subj.lower_ in OBJECT_PRONOUNS:
                    frame.targets = object_pronoun(subj, tags, claims, frame.sources)
                    if frame.targets:
                        frame.how["target"] = "object-pronoun"
    if not frame.targets and frame.code[:2] in VIOLENT_ROOTS and not any(c.dep_ == "dobj" for c in verb.children):
        # "shot and wounded a Kenyan guard": the object both verbs share
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
            for obj in (g for g in conj.children if g.dep_ == "dobj"):
                frame.targets = with_conjuncts(obj, tags)
                if frame.targets:
                    frame.how["target"] = "shared-object"
                    break
            if frame.targets:
                break
    if not frame.targets and frame.code[:2] == "13":  # "warned of retaliation against Lithuania": whom it is aimed at
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about")):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                found, how = pobj_actors(obj, {"against", "on", "at", "toward", "towards"}, tags)
                if found:
                    frame.targets, frame.how["target"] = found, f"threatened-{how}"
    if not frame.targets and not deploys:  # "fired at it", "attacked its positions": whom the pronoun means
        frame.targets, how = pronoun_pobj(verb, set(frame.entry.targets) | set(frame.entry.preps), tags, claims,
                                          frame.sources)
        if how:
            frame.how["target"] = how
    if not frame.targets and deploys:
        frame.targets, how = deployment_target(verb, tags)
        if how:
            frame.how["target"] = how
    if frame.code[:2] == "12" and not any(a.code for a in frame.targets):
        for obj in (c for c in verb.children if c.dep_ == "dobj"):  # "rejected a fresh offer from Kabul"
            found = next((tags.at(c.i) for c in obj.children if c.dep_ == "poss" and tags.at(c.i)), ())
            if not found:
                found, _how = pobj_actors(obj, {"from", "by"}, tags)
            found = found or tags.latent.get(obj.i, ())  # "an Indian proposal"
            if found:
                frame.targets, frame.how["target"] = found, "proposer"
    if not frame.targets and frame.code[:2] == "14":  # "blocked streets in defiance of Chinese authorities"
        for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "in"
                     and not any(a.dep_ in CLAUSE_DEPS for a in t.ancestors if verb.is_ancestor(a))):
            for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in DEFIANCE_NOUNS):
                frame.targets, how = pobj_actors(noun, {"of", "to"}, tags)
                if how:
                    frame.how["target"] = f"in-{noun.lemma_.lower()}-{how}"
    if frame.victims and not any(a.code for a in frame.targets):  # "ambushed a column, killing six soldiers"
        frame.targets, frame.how["target"] = frame.victims, "outcome-victims"
    if not frame.targets and frame.code[:2] >= "14":  # "used water cannon to push demonstrators back"
        for child in [c for v in (verb, *verb.conjuncts) for c in v.children]:
            if child.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        frame.targets = with_conjuncts(obj, tags)
                        frame.how["target"] = f"purpose:{child.lemma_.lower()}"

    if not frame.targets and frame.code[:2] >= "14" and any(c.dep_ == "dobj" and c.pos_ == "NUM" for c in verb.children):
        frame.targets = counted_of(verb, tags)  # "opened fire to disperse protesters, ... arresting 12"
        if frame.targets:
            frame.how["target"] = "counted-of-earlier-object"


def counted_of(verb, tags: ActorTags) -> tuple[Actor, ...]:
    """Whom a bare number stands for in an act that follows another: the object of the act it hangs on, or of
    that act's purpose ("police opened fire to disperse protesters, killing one and arresting 12": 12 of the
    protesters)."""
    node = verb
    while node.dep_ in ("conj", "advcl") and node.head.i != node.i:
        node = node.head
        clauses = [node] + [c for c in node.children if c.dep_ in ("advcl", "xcomp") and c.i < verb.i]
        for clause in clauses:
            for obj in (c for c in clause.children if c.dep_ == "dobj" and c.i < verb.i):
                found = tuple(a for a in with_conjuncts(obj, tags) if a.code)
                if found:
                    return found
    return ()


DESTINATION_PREPS = {"to", "into", "toward", "towards", "near", "around", "off"}


def deployment_target(verb, tags: ActorTags) -> tuple[tuple[Actor, ...], str]:
    """Whom a show of force is aimed at: a destination ("frigates sail ... en route to Libya to
    bolster ...") or the object of a later purpose clause ("scrambled jets ... to monitor the
    Chinese forces"), searched in the trigger's clause and the clauses it hangs on."""
    sent = verb.sent
    heads = [verb]
    node = verb
    while node.dep_ in ("advcl", "xcomp", "conj", "ccomp", "relcl") and node.head.i != node.i:
        node = node.head
        heads.append(node)
    for head in heads:
        for tok in head.subtree:
            if tok.dep_ == "pobj" and tok.head.lower_ in DESTINATION_PREPS:
                found = tuple(a for a in tags.at(tok.i) if a.country)
                if found:
                    return found, f"destination:{tok.head.lower_}"
    for tok in verb.subtree:  # "called up reserves for a possible war against Iran": whom the purpose is against
        if tok.dep_ == "pobj" and tok.head.lower_ == "against" and tok.head.head.dep_ == "pobj" \
                and tok.head.head.head.lower_ == "for":
            found = with_conjuncts(tok, tags)
            if found:
                return found, "purpose-against"
    for tok in sent:
        if tok.i > verb.i and tok.dep_ in ("advcl", "xcomp") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            for obj in tok.children:
                if obj.dep_ == "dobj":
                    found = with_conjuncts(obj, tags)
                    if found:
                        return found, f"purpose:{tok.lemma_.lower()}"
    return (), ""


EFFORT_NOUNS = {"effort", "mission", "initiative", "process", "campaign", "operation", "bid", "drive", "round"}


DURATION_NOUNS = {"year", "decade", "month", "week", "century"}
EXISTING_PREPS = {"since", "under", "despite", "after", "following", "per", "of"}  # "since the 2001 accord"
ACCORD_NOUNS = {"ceasefire", "truce", "agreement", "accord", "deal", "treaty", "armistice"}
MEASURE_NOUNS = {"day", "week", "month", "round", "series", "wave", "string", "spate", "volley", "barrage", "hour"}


def light_verb_of(noun, table: TriggerTable):
    """The verb that makes a noun event its own: "launch assaults", "issued an ultimatum",
    "launched a mediation effort"."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in EFFORT_NOUNS:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MEASURE_NOUNS:
        noun = noun.head.head  # "held three weeks of war games", "a series of raids"
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in table.light_verbs:
        return head
    if noun.dep_ == "pobj" and head.lower_ in ("in", "into", "to") and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in table.light_verbs:
        return head.head  # "engaged them in a firefight"; not "imposed a curfew after clashes"
    return None


def noun_frame(frame: Frame, tags: ActorTags, claims, table: TriggerTable) -> None:
    noun = frame.trigger
    modifiers = [*noun.lefts, *(g for c in noun.lefts if c.dep_ == "compound" for g in c.lefts
                                 if g.dep_ in ("compound", "nmod", "amod"))]  # "US Predator attacks"
    for child in modifiers:  # "Baku's offensive", "Turkish airstrike", "NATO strikes", "their demands"
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            found = tags.at(child.i) or tags.latent.get(child.i, ())
            if not found and child.dep_ == "poss" and child.pos_ == "PRON":
                found = resolve_pronoun(child, tags, claims)
            if found and any(a.code for a in found):
                frame.sources, frame.how["source"] = found, child.dep_
    if not frame.sources and noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        # "the Saudis' bombing campaign": the campaign's owner runs the bombing
        for child in (c for c in noun.head.children if c.dep_ == "poss"):
            found = tags.at(child.i) or (resolve_pronoun(child, tags, claims) if child.pos_ == "PRON" else ())
            if any(a.code for a in found):
                frame.sources, frame.how["source"] = found, "owner-of-head"
    if not frame.sources and tags.latent.get(noun.i):  # "Israeli tank shelling": the adjective's country
        frame.sources, frame.how["source"] = tags.latent[noun.i], "modifier-country"
    if not frame.sources:
        frame.sources, how = pobj_actors(noun, {"by"}, tags)
        if how:
            frame.how["source"] = "by-agent"
    if not frame.sources:  # "attacks on their villages in Darfur by armed men": the parser hangs "by" on a later noun
        frame.sources = nested_by_agent(noun, tags)
        if frame.sources:
            frame.how["source"] = "by-agent:nested"
    if not frame.sources and frame.code[:2] in VIOLENT_ROOTS:  # "the explosion of a mine planted by rebels"
        for weapon in (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj" and g.lemma_.lower() in WEAPON_SUBJECTS - VEHICLES):
            frame.sources = weapon_launcher(weapon, tags)
            if frame.sources:
                frame.how["source"] = f"{weapon.text}-planted-by"
    if not frame.sources:  # "a bombing Kenya blamed on Somali militants"
        for child in noun.children:
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in ("blame", "attribute"):
                frame.sources, how = pobj_actors(child, {"on", "to"}, tags)
                if how:
                    frame.how["source"] = f"blamed-{how}"
                    frame.tokens.add(child.i)
    attached = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of") else None
    if attached is not None and attached.dep_ == "dobj" and attached.head.lemma_.lower() in BLAME_VERBS:
        attached = attached.head  # "accused Somali militants of the attack": the parser hung "of" on the object
    if not frame.sources and attached is not None and attached.lemma_.lower() in BLAME_VERBS:
        blamer = attached  # "blamed Kyrgyz troops for the clash": the blamed did it
        blamed = [c for c in blamer.children if c.dep_ == "dobj"]
        if blamed:
            frame.sources = with_conjuncts(blamed[0], tags)
            if frame.sources:
                frame.how["source"] = f"blamed-{blamer.lemma_.lower()}"
    light = light_verb_of(noun, table)
    if light is not None:
        frame.tokens.add(light.i)
        if not frame.sources and noun.dep_ == "nsubjpass":  # "sanctions were imposed by the EU"
            agents = [g for c in light.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents:
                frame.sources = with_conjuncts(agents[0], tags)
                frame.how["source"] = f"light-verb:{light.lemma_.lower()}:by-agent"
        if not frame.sources:
            frame.sources, how = subject_actors(light, tags, claims)
            frame.how["source"] = f"light-verb:{light.lemma_.lower()}:{how}"
    if not frame.sources and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
            and noun.head.head.lemma_.lower() in ("responsibility", "credit"):
        # "Boko Haram claimed responsibility for a deadly raid": the claimer did it (and claims it)
        owner = noun.head.head
        if owner.dep_ == "dobj" and owner.head.pos_ in ("VERB", "AUX"):
            frame.sources, how = subject_actors(owner.head, tags, claims)
            frame.how["source"] = f"claimed-responsibility:{how}"
    if not frame.sources and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "claim" and frame.code[:2] in VIOLENT_ROOTS:
        # "Houthi rebels claimed an attack on a ship": the claimer did it (and claims it)
        frame.sources, how = subject_actors(noun.head, tags, claims)
        frame.how["source"] = f"claimed-responsibility:{how}"
    if not frame.sources:  # "a police raid", "a rebel attack": the sector word is the agent
        sector_words = load_kb().sector_modifiers
        if noun.lemma_.lower() in SECURITY_ACTS:  # "a security crackdown": security forces act
            sector_words = {**sector_words, "security": "COP"}
        for child in noun.lefts:
            if child.dep_ in ("amod", "compound") and child.lower_ in sector_words and stance_prefix(child) is None:
                sector = sector_words[child.lower_]
                text = text_of(noun.doc)
                frame.sources = (Actor(Span.of(text, child.idx, child.idx + len(child.text)), f"---{sector}", None, sector,
                                       None, "group", f"actors.yaml:sector_modifiers/{child.lower_}+country:article-focus",
                                       child.idx),)
                frame.how["source"] = "sector-modifier"
    if not frame.targets and frame.code[:2] in ("02", "10", "13"):
        for child in noun.children:  # "its demand that Rwanda ease ...": the one asked is the target
            if child.dep_ in ("acl", "ccomp"):
                subjects = [g for g in child.children if g.dep_ == "nsubj"]
                if subjects and subjects[0].pos_ != "PRON":
                    frame.targets = with_conjuncts(subjects[0], tags)
                    if frame.targets:
                        frame.how["target"] = "asked-clause-subject"
                        break
    preps = set(frame.entry.targets)
    of_source = frame.entry.of_is == "source" and not frame.sources
    if of_source:
        frame.sources, how = pobj_actors(noun, {"of"}, tags)
        if how:
            frame.how["source"] = "of"
        preps.discard("of")
    if not frame.targets:
        frame.targets, how = pobj_actors(noun, preps, tags)
        if how:
            frame.how["target"] = how
    if light is not None and not frame.targets:
        frame.targets, how = pobj_actors(light, preps | {"against", "on", "at", "for"}, tags)
        if how:
            frame.how["target"] = f"light-verb-{how}"
    if not frame.targets and frame.code[:2] in VIOLENT_ROOTS | {"16", "17"}:  # "an attack targeting Christians"
        aim, frame.targets = aimed_at(noun, tags)
        if frame.targets:
            frame.how["target"] = f"{aim.lemma_.lower()}-dobj"
            frame.tokens.add(aim.i)
    received = receiving_verb(noun)
    if received is not None and frame.code[:2] in RECEIVED_ROOTS:
        givers, how = pobj_actors(noun, {"from", "by"}, tags)
        if not givers:  # "came under attack by tanks": the parser may hang the agent on the verb
            givers, how = pobj_actors(received, {"from", "by"}, tags)
        if givers:  # "faced criticism from the UN", "came under attack by Chadian tanks": the UN, the tanks did it
            frame.sources, frame.how["source"] = givers, f"received-{how}"
            frame.targets, how = subject_actors(received, tags, claims)
            frame.how["target"] = f"receiver:{how}"
            frame.tokens.add(received.i)
    if light is not None and not frame.targets:  # "engaged Malian soldiers in a gunfight"
        for child in light.children:
            if child.dep_ == "dobj" and child.i != noun.i:
                frame.targets = with_conjuncts(child, tags)
                if frame.targets:
                    frame.how["target"] = "light-verb-dobj"
    if not frame.sources and not of_source:
        # not its own victims: "Seven civilians died in an airstrike"
        frame.sources = tuple(a for a in nearest_clause_actor(noun, tags, frame.code[:2]) if a not in frame.targets)
        if frame.sources:
            frame.how["source"] = "clause-neighbour"


HOSTILE_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}


SELF_CLAIM_VERBS = {"say", "admit", "acknowledge", "announce", "confirm"}  # "said it had carried out the raid"


def claimed_act_code(verb, tags: ActorTags, table: TriggerTable) -> str | None:
    """"claimed that ..." with a hostile act in the clause: the speaker's own act is a claim of responsibility
    (015: "the Taliban claimed they had killed ten soldiers"), another's an accusation (112: "the US claimed
    that ISIL had attacked Iraq"). An armed group that is no state saying, admitting or announcing that it did a
    violent act ("the militants said they had carried out the raid") claims it too (015); a state telling its own
    strikes is no claim. None otherwise."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        return None
    clause = clauses[0]
    acts = [clause, *clause.conjuncts]
    acts += [o for a in list(acts) for o in a.children if o.dep_ == "dobj"]  # "had carried out the raid"
    roots = {(trigger_entry(a, table)[1] or "")[:2] for a in acts}
    claiming = verb.lemma_.lower() == "claim"
    if not roots & (HOSTILE_ROOTS if claiming else VIOLENT_ROOTS):
        return None
    speaker = [c for c in verb.children if c.dep_ == "nsubj"]
    doer = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not speaker or not doer or doer[0].dep_ == "nsubjpass":
        return None
    if not claiming and not any(a.code and a.sector not in STATE_SECTORS | {None} for a in actors_in(speaker[0], tags)):
        return None  # "the army said it struck ...": a state telling its acts
    if doer[0].pos_ == "PRON" and doer[0].lower_ in ("they", "we", "it"):
        return "015"  # "claimed they had attacked": its own act
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doer[0].children):
        return "015"  # "claimed that its navy had seized ..."
    own = {a.code for a in tags.at(speaker[0].i) if a.code}
    others = {a.code for a in tags.at(doer[0].i) if a.code}
    if own and others:  # a body of the speaker's own state is the speaker's ("Iran" and "IRNMIL")
        same = any(o.startswith(s) or s.startswith(o) for o in others for s in own)
        return "015" if same else ("112" if claiming else None)
    return None


def claimed_act_targets(verb, tags: ActorTags) -> tuple[Actor, ...]:
    """Whom the act one claims responsibility for was aimed at ("claimed responsibility for an attack on the
    army", "... for an attack targeting Christians"): the claim is about them too."""
    acts = [g for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit")
            for p in c.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    acts += [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() not in ("responsibility", "credit")]
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):  # "claimed they had attacked Iraq"
        found = tuple(a for o in clause.children if o.dep_ == "dobj" for a in with_conjuncts(o, tags))
        if found:
            return found
        acts += [o for o in clause.children if o.dep_ == "dobj"]  # "said it had carried out the raid on X"
    for act in acts:
        found, _how = pobj_actors(act, {"on", "against", "at"}, tags)
        found = found or aimed_at(act, tags)[1]
        if found:
            return found
    return ()


RECEIVING_VERBS = {"face", "draw", "receive", "attract", "earn", "incur", "endure", "weather", "meet", "come", "fall"}
RECEIVED_ROOTS = {"02", "10", "11", "12", "13", "17", "18", "19", "20"}  # what one can receive from someone


def receiving_verb(noun):
    """The verb by which a noun event is received ("faced criticism", "came under pressure", "met with
    condemnation"), or None."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in RECEIVING_VERBS - {"come", "fall", "meet"}:
        return head
    if noun.dep_ == "pobj" and head.lower_ in ("under", "with") and head.head.lemma_.lower() in RECEIVING_VERBS:
        return head.head
    return None


CONTEXT_COUNTRIES = ("sentence-place", "sentence-government", "article-focus")  # a country given by context alone
RESPONSE_VERBS = {"respond", "retaliate", "react", "reply", "hit"}  # "would respond with countermeasures"


def _lemma_of(frame: Frame) -> str:
    return frame.trigger.lemma_.lower()


def nested_by_agent(noun, tags: ActorTags) -> tuple[Actor, ...]:
    """The actors of a "by" phrase hung on a noun inside an event noun's own phrase, through nouns and
    prepositions only ("attacks on villages in Darfur by armed men"); not one of a verb inside it ("an attack
    on a convoy escorted by UN troops")."""
    for prep in (t for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.i > noun.i):
        node, ok = prep.head, True
        while node.i != noun.i:
            if node.pos_ not in ("NOUN", "PROPN", "ADP") or node.head.i == node.i:
                ok = False
                break
            node = node.head
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if ok and objs:
            found = with_conjuncts(objs[0], tags)
            if any(a.code for a in found):
                return found
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        # "describe attacks on their villages by armed men": an active verb has no "by" agent; it is the noun's
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i):
            found = tuple(a for g in prep.children if g.dep_ == "pobj" for a in with_conjuncts(g, tags))
            if any(a.code for a in found):
                return found
    return ()


AIMING_VERBS = {"target", "hit", "strike", "kill"}  # "an attack targeting Christians", "a blast killing six"


def aimed_at(noun, tags: ActorTags):
    """The participle an act is aimed with and the actors of its object ("an attack targeting Christians"), or
    (None, ())."""
    for child in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in AIMING_VERBS):
        found = tuple(a for o in child.children if o.dep_ == "dobj" for a in with_conjuncts(o, tags))
        if found:
            return child, found
    return None, ()


AUTHOR_VERBS = {"issue", "release", "publish", "send", "adopt", "pass", "write", "present", "put", "deliver",
                "make", "sign", "draft", "circulate", "table", "submit", "be"}  # "issued a declaration demanding"


MOTION_VERBS = {"arrive", "return", "travel", "go", "come", "head", "fly", "gather", "convene", "assemble", "leave"}


def nearest_clause_actor(noun, tags: ActorTags, code_root: str = "") -> tuple[Actor, ...]:
    """A noun event with no agent of its own: the nearest actor before it among its verb's arguments
    ("supporting Kurdish fighters in an offensive" -> the fighters)."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return ()
    with_partner = any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    state = noun.head.lower_ == "on" and noun.head.head.lemma_.lower() in STATE_VERBS  # "remained on alert"
    # "were converging for a rally", "negotiators returned to Geneva for talks": those who came
    gathering = noun.head.lower_ == "for" and (code_root == "14" or noun.head.head.lemma_.lower() in MOTION_VERBS)
    if noun.head.lower_ not in ("in", "during", "with") and not with_partner and not state and not gathering:
        # "supporting fighters in an offensive" and "rescued them after a gunfight with the kidnappers",
        # but not "imposed a curfew after clashes"
        return ()
    head = noun.head.head
    if head.pos_ not in ("VERB", "AUX"):
        return ()
    for _ in range(3):
        candidates = []
        for child in head.children:
            if child.dep_ in ("dobj", "nsubj") and child.i < noun.i:
                # an object is a candidate by its own words, not a partner inside it ("held talks with X during a
                # visit": the visitor is the subject)
                found = actors_in(child, tags) if child.dep_ == "nsubj" else tuple(
                    dict.fromkeys(a for t in (child, *child.conjuncts) for a in tags.at(t.i)))
                if found:
                    candidates.append((noun.i - child.i, found))
        if candidates:
            return min(candidates, key=lambda c: c[0])[1]
        if head.dep_ not in ("xcomp", "pcomp", "advcl") or head.head.i == head.i:
            break
        head = head.head if head.head.pos_ in ("VERB", "AUX") else head.head.head  # "resorted to throwing"
    return ()


VICTIM_SUBJECT_VERBS = {"die", "perish"}  # "seven died in the attack": the subject is the victim


def _absorb_outcome(frame: Frame, verb, tags: ActorTags, consumed: dict[int, str], victim_dep: str | None) -> None:
    """Make the outcome verb part of the event and take its victims (``victim_dep``) as targets."""
    consumed[verb.i] = f"outcome of the '{frame.trigger.text}' event"
    frame.tokens.add(verb.i)
    if victim_dep == "head" and not frame.targets:  # "Five soldiers killed in Mali ambush"
        frame.targets = with_conjuncts(verb.head, tags)
        frame.how["target"] = f"outcome:{verb.lemma_.lower()}"
    for child in verb.children:
        if victim_dep is None and child.dep_ == "dobj":
            frame.victims = with_conjuncts(child, tags)
        if victim_dep and child.dep_ == victim_dep and not frame.targets:
            frame.targets = with_conjuncts(child, tags)
            frame.how["target"] = f"outcome:{verb.lemma_.lower()}"
        # "an attack on a post, in which al-Shabaab fighters killed three officers"
        if child.dep_ == "nsubj" and child.lower_ not in RELATIVE_PRONOUNS and not frame.sources \
                and child.i != frame.trigger.i and verb.lemma_.lower() not in VICTIM_SUBJECT_VERBS and victim_dep != "nsubj":
            frame.sources = with_conjuncts(child, tags)
            if frame.sources:
                frame.how["source"] = f"outcome-subject:{verb.lemma_.lower()}"


def merge_outcomes(frame: Frame, tags: ActorTags, table: TriggerTable, consumed: dict[int, str]) -> None:
    """An outcome verb of a noun event adds its victims and counts to that event instead of making
    an event of its own: "an airstrike ... that killed 21 soldiers", "the airstrike killed 21
    soldiers", "two boys were killed in Syrian tank shelling"."""
    if frame.trigger.pos_ == "VERB" and frame.code[:2] in VIOLENT_ROOTS:
        # "ambushed an army column, killing six soldiers": the participle tells the attack's toll
        for child in frame.trigger.children:
            if child.dep_ in ("advcl", "xcomp") and child.tag_ == "VBG" and child.lemma_.lower() in table.outcome_verbs \
                    and child.i not in consumed:
                # the victims stay counts; the verb's own object is the target ("shelled Armenia's positions")
                _absorb_outcome(frame, child, tags, consumed, None)
            elif child.dep_ == "conj" and child.pos_ == "VERB" and child.lemma_.lower() in table.outcome_verbs \
                    and child.i not in consumed and not any(c.dep_ == "dobj" for c in frame.trigger.children) \
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
                # "shot and killed two policemen": one act, told by two verbs sharing their object
                _absorb_outcome(frame, child, tags, consumed, "dobj")
        return
    if frame.trigger.pos_ not in ("NOUN", "PROPN"):
        return
    for tok in frame.trigger.subtree:
        if tok.i != frame.trigger.i and tok.pos_ == "VERB" and tok.dep_ in ("relcl", "acl") \
                and tok.lemma_.lower() in table.outcome_verbs:
            _absorb_outcome(frame, tok, tags, consumed, "dobj")
    head = frame.trigger.head
    if frame.trigger.dep_ == "pobj" and head.lower_ in ("in", "by", "during") and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in table.outcome_verbs:
        verb = head.head
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        # a headline's passive: "Three guards reportedly killed in raid" (no "were", no object)
        reduced = not passive and verb.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("dobj", "aux") for c in verb.children) and any(c.dep_ == "nsubj" for c in verb.children)
        # "were killed in an airstrike" (the passive subject), "wounded two soldiers in a bomb attack" (the
        # object), "seven died in an attack" (the subject), "Five soldiers killed in Mali ambush" (the noun)
        victim = "head" if verb.dep_ == "acl" and verb.tag_ == "VBN" else \
            "nsubj" if verb.lemma_.lower() in VICTIM_SUBJECT_VERBS or reduced else "nsubjpass" if passive else "dobj"
        _absorb_outcome(frame, verb, tags, consumed, victim)
    if frame.trigger.dep_ == "nsubj" and head.lemma_.lower() in table.outcome_verbs:
        _absorb_outcome(frame, head, tags, consumed, "dobj")
        for child in head.children:  # "an airstrike hit the village, killing 14 civilians": the toll too
            if child.dep_ in ("advcl", "xcomp", "conj") and child.lemma_.lower() in table.outcome_verbs \
                    and child.pos_ == "VERB" and child.i not in consumed and not any(
                        g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
                _absorb_outcome(frame, child, tags, consumed, None)


def protest_purpose(token, by_token: dict) -> bool:
    """``token`` (an appeal or demand) gives the purpose of a protest: "rallied to demand",
    "blocked roads demanding", "staged rallies, saying he must resign"."""
    if token.dep_ not in ("xcomp", "advcl", "acl") or token.head.i == token.i:
        return False
    head = token.head
    candidates = [head, *(c for c in head.children if c.dep_ in ("dobj", "attr"))]
    return any(c.i in by_token and by_token[c.i].code[:2] == "14" for c in candidates)


def wrapper_of(token, table: TriggerTable):
    """A threat/promise/appeal/demand verb that governs this trigger, with its kind."""
    node = token
    light = light_verb_of(token, table) if token.pos_ in ("NOUN", "PROPN") else None
    if light is not None:
        node = light
    head = node.head
    lemma = head.lemma_.lower()
    if node.dep_ in ("ccomp", "acl") and getattr(modal_demand(head), "i", None) == node.i:
        return head, "demand"  # "Russia said Sudan must return the helicopter"
    if node.dep_ == "ccomp" and head.pos_ == "VERB" and lemma in table.intent_verbs and any(
            a.dep_ == "aux" and a.lower_ in ("should", "will", "would", "shall") for a in node.children):
        return head, "intent"  # "agreed that their countries should cooperate"
    if node.dep_ in ("ccomp", "xcomp") and head.pos_ == "VERB" and lemma in ("want", "wish", "expect") and any(
            c.dep_ == "nsubj" for c in node.children):
        return head, "appeal"  # "Obama wants Putin to attack": wanting of someone else is an appeal
    if node.dep_ == "ccomp" and head.pos_ == "VERB" and lemma in table.demand_verbs | table.appeal_verbs \
            and not asks_a_question(head):
        return head, "demand" if lemma in table.demand_verbs else "appeal"  # "demanded that Ankara release ..."
    if node.dep_ == "xcomp" and head.pos_ == "ADJ" and lemma in table.intent_adjectives \
            and head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
        return head.head, "intent"  # "Armenia is willing to pull back its forces"
    if node.dep_ in ("pcomp", "pobj") and head.lower_ == "to" and head.head.dep_ == "acomp" \
            and head.head.lemma_.lower() in set(table.intent_adjectives) | {"commit"} and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head, "intent"  # "is committed to reopening the border", "remains committed to a ceasefire"
    if node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
            and head.pos_ == "VERB" and lemma in table.appeal_verbs | table.demand_verbs \
            and any(c.dep_ == "dobj" and trigger_entry(c, table)[0] is None for c in head.children):
        # "urged the two neighbors on Sunday to show restraint": the parser's clause is what is asked
        # (not "called for the dispatch of troops to provide security": a purpose)
        return head, "demand" if lemma in table.demand_verbs else "appeal"
    if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in node.children) \
            and head.pos_ == "VERB" and lemma in table.appeal_verbs | PUSH_VERBS:
        return head, "appeal"  # "France is pressing hard for Germany (to) back its proposal"
    infinitive = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    if (infinitive or node.dep_ == "xcomp") and head.pos_ == "VERB" and lemma in RELIANCE_VERBS and any(
            c.dep_ == "prep" and c.lower_ == RELIANCE_VERBS[lemma] for c in head.children):
        return head, "appeal"  # "Kyiv is looking to its partners to arm its troops": asking them
    if infinitive and head.pos_ == "VERB" and lemma in table.threat_verbs | table.intent_verbs and not any(
            c.dep_ == "prep" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and trigger_entry(g, table)[0] is not None for g in c.children)
            for c in head.children):
        # "have sworn to fight": the parser may hang the infinitive on as a clause, not a complement
        # (but "agreed to a truce to allow the release of hostages": the truce agreed, the rest its purpose)
        return head, "threat" if lemma in table.threat_verbs else "intent"
    if node.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        if lemma in table.threat_verbs:
            return head, "threat"
        if lemma in table.intent_verbs:
            if any(c.dep_ == "dobj" for c in head.children):
                return head, "appeal"  # "Obama wants Putin to attack": an appeal to Putin, not an intent
            if any(c.dep_ == "prep" and c.lower_ == "to" and c.i < node.i and any(
                    g.dep_ == "pobj" and trigger_entry(g, table)[0] is not None for g in c.children) for c in head.children):
                return None, None  # "agreed to a truce to allow the release of hostages": a purpose
            return head, "intent"
        if lemma in table.appeal_verbs:
            return head, "appeal"
        if lemma in table.demand_verbs:
            return head, "demand"
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and head.lower_ == "to" \
            and head.head.lemma_.lower() in table.intent_verbs and head.head.pos_ == "VERB":
        return head.head, "intent"  # "agreed to a ceasefire", "consented to talks"
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and head.lower_ == "for":
        verb = head.head
        if verb.lemma_.lower() in table.appeal_verbs:
            return verb, "appeal"
        if verb.lemma_.lower() in table.demand_verbs:
            return verb, "demand"
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "dobj" and lemma in table.demand_verbs | {"urge", "request"}:
        return head, "demand" if lemma in table.demand_verbs else "appeal"
    return None, None


# ---------------------------------------------------------------------------------------------


DOMESTIC_ROOTS = {"14", "17"}
STATE_SECTORS = {None, "GOV", "COP", "MIL", "JUD", "LEG"}
# acts done at home, to one's own country, when no one else is named: a protest (by the country's
# people), imposing or easing a curfew, martial law or restrictions (by its state)
HOME_ACTS = {"14": CIVILIAN_SECTORS | {"REL", "RAD", "ETH", None}, "080": CIVILIAN_SECTORS, "172": STATE_SECTORS, "081": STATE_SECTORS,
             "082": STATE_SECTORS, "083": STATE_SECTORS}


def country_name(iso3: str) -> str | None:
    return next((r["name"] for r in data_csv("countries.csv") if r["iso3"] == iso3), None)


DEADLINE_WORDS = {"within", "by", "before", "deadline"}


def condition_subject(wrapper, inner, tags: ActorTags) -> tuple[Actor, ...]:
    """The subject of an "if"/"unless" clause on a threat or the threatened act."""
    for verb in (inner, wrapper):
        for clause in verb.subtree:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in clause.children):
                for subj in clause.children:
                    if subj.dep_ in ("nsubj", "nsubjpass"):
                        found = tuple(a for a in with_conjuncts(subj, tags) if a.code)
                        if found:
                            return found
    return ()


def has_deadline(verb) -> bool:
    """A threat's condition with a time limit: "unless X acts within 15 days", "unless ... by Saturday"."""
    conditions = [t for t in verb.subtree if t.dep_ == "advcl"
                  and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in t.children)]
    for clause in conditions:
        for tok in clause.subtree:
            if tok.lower_ in DEADLINE_WORDS and (tok.lower_ == "deadline" or any(
                    g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in ("day", "hour", "week", "month")
                    for g in tok.subtree if g.i != tok.i)):
                return True
    return False


def home_target(frame: Frame, sources: tuple[Actor, ...], tags: ActorTags, sent) -> Actor | None:
    """The source's own country as the target of an act done at home with no one else named
    ("Algerian farmers began a hunger strike", "the government lifted the curfew"), when every source
    is of that one country and no other country is named in the sentence. Its span is the source's."""
    code = frame.acted_code or frame.code  # "threatened to impose a curfew", "is prepared to lift"
    sectors = HOME_ACTS.get(code[:3], HOME_ACTS.get(code[:2]))
    countries = {a.country for a in sources}
    if sectors is None or len(countries) != 1 or None in countries or any(a.sector not in sectors for a in sources):
        return None
    (country,) = countries
    named = {a.country for a in tags.actors if sent.start_char <= a.span.start < sent.end_char and a.country}
    if named - {country}:
        return None
    first = sources[0]
    return Actor(first.span, country, country, None, country_name(country), "country",
                 f"home-country:{first.code}")


def _same_country(actors: tuple[Actor, ...], others: tuple[Actor, ...]) -> tuple[Actor, ...]:
    countries = {a.country for a in others if a.country}
    if len(countries) != 1:
        return actors
    (country,) = countries
    return tuple(replace(a, country=country, code=f"{country}{a.sector}",
                         evidence=f"{a.evidence}+country:same-as-other-side")
                 if _countryless_sector(a) else a for a in actors)


def _countryless_sector(actor: Actor) -> bool:
    """A sector-only actor ("---REB", "police") whose country may be filled in; not a named
    group of no single country ("IMGMUSISI")."""
    return actor.country is None and bool(actor.sector) and actor.kind == "group" and (
        actor.code is None or actor.code.startswith("---") or actor.code == actor.sector)


SECTOR_WORDS = {"military", "army", "police", "rebel", "government", "opposition", "security", "naval",
                "air", "militant", "insurgent", "jihadist", "regime"}


def _modifier_actor(actor: Actor, trigger, text: str) -> Actor | None:
    """An actor phrase that holds the trigger itself: "a military airstrike" keeps its modifier
    ("military", with the country found for it) as the source; "joint patrols" is no one's source."""
    if not (actor.span.start <= trigger.idx < actor.span.end):
        return actor
    words = text[actor.span.start:trigger.idx].split()
    if not words or not (actor.country or any(w.lower().strip("’'s") in SECTOR_WORDS for w in words)):
        return None
    lead = len(text[actor.span.start:trigger.idx]) - len(text[actor.span.start:trigger.idx].lstrip())
    start = actor.span.start + lead
    end = actor.span.start + len(text[actor.span.start:trigger.idx].rstrip())
    for article in ("a ", "an ", "the ", "A ", "An ", "The "):
        if text.startswith(article, start):
            start += len(article)
    if start >= end:
        return None
    return replace(actor, span=Span.of(text, start, end), evidence=f"{actor.evidence}+modifier-of-trigger")


def _relocated(actor: Actor, place: Place) -> Actor:
    """A group with no country, or only the article's focus country, takes the event's place's."""
    weak = _countryless_sector(actor) or (actor.country is not None
                                          and (actor.evidence or "").endswith("country:article-focus"))
    if not weak or actor.kind != "group" or not actor.sector or actor.country == place.country:
        return actor
    return replace(actor, country=place.country, code=f"{place.country}{actor.sector or ''}",
                   evidence=actor.evidence.replace("article-focus", "event-place"))


def _event_id(key: str, frame_key: str) -> str:
    return "ev-" + hashlib.sha1(f"{key}|{frame_key}".encode()).hexdigest()[:12]


LOSS_KINDS = {"killed", "wounded", "arrested", "abducted", "captured", "missing", "destroyed", "damaged", "detained"}
LOSS_ROOTS = {"17", "18", "19", "20"}  # acts whose unattributed losses are the target's
ANAPHORIC_DETERMINERS = {"the", "this", "that", "these", "those"}


CONDEMNED_ACTS = {"attack", "killing", "bombing", "airstrike", "strike", "shelling", "massacre", "raid", "assault",
                  "abduction", "kidnapping", "violence", "crackdown", "arrest"}


def condemned_author(verb, antecedents: list[dict], here: int) -> tuple[Actor, ...]:
    """Who did the act a criticism names with a definite noun and no author of its own ("The UN condemned the
    attack", "condemned the killings"): the source of the latest such event told in the three sentences
    before or in this one."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() not in CONDEMNED_ACTS or any(c.dep_ in ("poss", "compound", "amod") and c.pos_ != "ADJ"
                                                          for c in obj.children):
            continue
        if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in obj.children):
            continue
        earlier = [a for a in antecedents if 0 <= here - a["sentence"] <= 3 and a["sources"]]
        if earlier:
            return earlier[-1]["sources"]
    return ()


def event_antecedent(frame: Frame, antecedents: list[dict], sent_index: dict[int, int]) -> dict | None:
    """The earlier violent event a definite event noun with no agent of its own refers back to ("An
    airstrike hit the village on Tuesday ... The bombing destroyed the main hall"): the latest one in
    the three sentences before."""
    tok = frame.trigger
    if tok.pos_ not in ("NOUN", "PROPN") or frame.code[:2] not in VIOLENT_ROOTS:
        return None
    here = sent_index[tok.sent.start]
    earlier = [a for a in antecedents if 0 < here - a["sentence"] <= 3]
    if frame.sources:
        # "Baku's offensive came in response to ...": a possessor's attack with no target of its own is the
        # attack of that side told before
        countries = {a.country for a in frame.sources if a.country}
        if frame.how.get("source") != "poss" or frame.targets or not countries:
            return None
        earlier = [a for a in earlier if {s.country for s in a["sources"]} & countries]
    elif not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in tok.children):
        return None
    return earlier[-1] if earlier else None


def code_events(doc, *, tags: ActorTags, places: list[Place], dates: list[DateRef], counts: list[Count],
                count_governors: list[int | None], claims: list[Claim], article_key: str,
                table: TriggerTable | None = None, trace: list[dict] | None = None,
                focus: Place | None = None) -> list[Event]:
    """The events of a parsed doc. With ``trace`` (a list), one entry per trigger word is appended:
    the pattern that fired, the arguments and how they were found, and why an event was or was
    not made (what ``eventwire explain`` prints)."""
    table = table or load_triggers()
    text = text_of(doc)
    governors = dict(enumerate(count_governors))
    speech_cues = {doc.char_span(c.cue_start, c.cue_start + len(c.cue), alignment_mode="expand").root.i
                   for c in claims if doc.char_span(c.cue_start, c.cue_start + len(c.cue), alignment_mode="expand")}
    denial_cues = {i for c in claims if c.denial
                   for i in [doc.char_span(c.cue_start, c.cue_start + len(c.cue), alignment_mode="expand").root.i]}
    # places inside an actor phrase ("Damascus forces") are no locations, but a market or a village is
    actor_spans = [a.span for a in tags.actors if a.sector != "CVL"]
    place_tokens = frozenset(t.i for p in places if p.feature != "site"
                             for t in (doc.char_span(p.span.start, p.span.end, alignment_mode="expand") or ()))
    frames: list[Frame] = []
    consumed: dict[int, str] = {}  # trigger token -> why it makes no event of its own
    trigger_tokens: set[int] = set()

    def note(frame: Frame, outcome: str, reason: str = "", **extra) -> None:
        if trace is None:
            return
        trace.append({
            "trigger": frame.trigger.text, "start": frame.trigger.idx, "lemma": frame.trigger.lemma_.lower(),
            "pos": frame.trigger.pos_, "pattern": frame.entry.evidence, "code": frame.code,
            "sources": [(a.span.text, a.code) for a in frame.sources],
            "targets": [(a.span.text, a.code) for a in frame.targets],
            "how": dict(frame.how), "outcome": outcome, "reason": reason, **extra,
        })

    for token in doc:
        entry, code = trigger_entry(token, table)
        if code is None and token.pos_ == "VERB" and token.lemma_.lower() in SELF_CLAIM_VERBS | {"claim"} \
                and "claim" in table.verbs and token.head.i not in denial_cues:  # "denies US claims that ...": the act
            entry, code = table.verbs["claim"], claimed_act_code(token, tags, table)
            if code is None:
                entry = None
        if entry is None or code is None:
            continue
        if token.i in denial_cues and code[:2] in ("11", "12") and any(c.dep_ == "ccomp" for c in token.children):
            continue  # "denied that its jets bombed ...": the denied event is coded, negated
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "compound" and tags.at(token.head.i):
            continue  # "border patrol agents", "peace talks negotiator": a word of an actor's name
        trigger_tokens.add(token.i)
        refined = refine_code(token, entry, code, place_tokens)
        if refined == NO_EVENT or (entry.intransitive and any(c.dep_ == "dobj" for c in token.children)) or (
                entry.needs_object and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass")
                                               or (c.dep_ in ("prep", "prt") and c.lower_ in entry.preps)
                                               for c in token.children)):
            continue  # "released figures", "a news release", "demonstrated prowess", "speaks French"
        if refined == "192" and control_of_things(token):
            continue  # "regaining control over the properties", "took control of the company": no territory
        if refined and refined[:2] == "02" and asks_a_question(token):
            continue  # '"What about the hospitals?" the senator asked': a question, no appeal
        if refined and refined[:2] in HELD_ROOTS and token.pos_ == "NOUN" \
                and getattr(light_verb_of(token, table), "lemma_", "") == "have":
            continue  # "countries which have trade agreements", "has sanctions on Iran": a state, not an act
        if token.pos_ == "VERB" and token.lemma_.lower() in FIGURATIVE_VERBS and refined and refined[:2] in VIOLENT_ROOTS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in table.abstract_foes for c in token.children):
            continue  # "fought the project in court", "is trying to kill off its daylight saving time"
        if token.lemma_.lower() in AIMING_VERBS and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") \
                and token.head.lemma_.lower() not in ATTACK_WORDS and trigger_entry(token.head, table)[1] is not None \
                and trigger_entry(token.head, table)[1][:2] not in VIOLENT_ROOTS:
            continue  # "new measures targeting Russia", "sanctions targeting its banks": the measures' aim, no attack
        if token.lemma_.lower() == "ask" and token.tag_ == "VBN" and token.dep_ == "advcl" and token.i == token.sent.start:
            continue  # "Asked if the army will move in, he said ...": a reporter's question
        frames.append(Frame(token, entry, refined, tokens={token.i}))

    for frame in frames:
        merge_outcomes(frame, tags, table, consumed)
    by_token = {f.trigger.i: f for f in frames}
    for frame in frames:
        if frame.trigger.pos_ in ("NOUN", "PROPN"):
            light = light_verb_of(frame.trigger, table)
            if light is not None and light.i in trigger_tokens:
                verb_entry = by_token[light.i].entry
                if frame.trigger.lemma_.lower() in verb_entry.objects:
                    # "declared a ceasefire": the verb's own code (0871)
                    consumed[frame.trigger.i] = f"object of '{light.text}', which codes it"
                else:
                    consumed[light.i] = f"light verb of '{frame.trigger.text}'"  # "delivered food aid": coded by the noun
        # what an ultimatum, appeal or demand asks for is its content: "an ultimatum ... to hand back
        # the seized villages and withdraw" (the asked-for acts are not events of their own)
        if frame.trigger.pos_ in ("VERB", "AUX") and frame.trigger.tag_ == "VB":  # infinitives only
            node = frame.trigger
            while node.dep_ == "conj" and node.head.i != node.i:
                node = node.head
            if node.dep_ == "acl" and node.head.i in by_token and by_token[node.head.i].code[:2] in ("02", "10", "13") \
                    and wrapper_of(frame.trigger, table)[0] is None:  # "a reminder that it must" wraps it
                consumed[frame.trigger.i] = f"what the '{node.head.text}' asks for"
                asking = by_token[node.head.i]
                kind = GENERIC_ASK.get(asking.code)
                if kind is not None:  # "its demand that Rwanda ease restrictions": a demand to yield (105)
                    asking.code = table.wrapped_code(kind, frame.code)
        trig = frame.trigger
        if trig.pos_ in ("NOUN", "PROPN") and frame.code[:2] in VIOLENT_ROOTS and trig.dep_ == "pobj" \
                and trig.head.lower_ in ("in", "during"):
            host = trig.head.head
            while host.dep_ in ("advcl", "conj") and host.i not in by_token and host.head.i != host.i:
                host = host.head  # "shot dead two officers as they shopped ... in a daring attack"
            if host.i in by_token and host.i != trig.i and by_token[host.i].code[:2] in VIOLENT_ROOTS \
                    and host.pos_ == "VERB" and host.i not in consumed:  # not "killed in an ambush" (its outcome)
                # the attack the shooting happened in is the shooting itself: one event, with its place
                consumed.setdefault(trig.i, f"the same act as '{host.text}'")
                by_token[host.i].tokens.update(t.i for t in trig.subtree)
        if trig.pos_ == "VERB" and trig.dep_ == "acl" and trig.lemma_.lower() in AIMING_VERBS and trig.head.i in by_token \
                and by_token[trig.head.i].code[:2] in VIOLENT_ROOTS and frame.code[:2] in VIOLENT_ROOTS \
                and trig.tag_ == "VBG" and trig.head.i not in consumed:
            consumed.setdefault(trig.i, f"whom the '{trig.head.text}' was aimed at")  # "an attack targeting X"
        host, weapon = weapon_launch_host(trig)
        if host is not None and host.i in by_token and host.i != trig.i and host.i not in consumed \
                and frame.code[:2] in VIOLENT_ROOTS and by_token[host.i].code[:2] in HARM_ROOTS:
            # "blown up by a missile fired by rebels", "a rocket launched from Gaza hit a house": the firing is the
            # attack the weapon did; its firer is the attack's source
            consumed.setdefault(trig.i, f"the launch of the {weapon.text} that '{host.text}' tells")
        if trig.pos_ == "VERB" and trig.tag_ == "VB" and trig.dep_ == "advcl" and trig.head.i in by_token \
                and by_token[trig.head.i].code[:2] in ("02", "10", "13") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children) \
                and wrapper_of(trig, table)[0] is None:
            # "called for the dispatch of troops to provide security": the purpose of the appeal
            consumed.setdefault(trig.i, f"purpose of '{trig.head.text}'")
        governor = trig.head.head if trig.dep_ == "pobj" else trig.head
        if trig.pos_ in ("NOUN", "PROPN") and trig.lemma_.lower() in ACCORD_NOUNS and trig.dep_ in ("dobj", "pobj") \
                and governor.pos_ == "VERB" and governor.i not in by_token \
                and governor.lemma_.lower() not in table.light_verbs | set(table.verbs):
            # "peacekeepers deployed to oversee a ceasefire": an accord already in force, not a new one
            consumed.setdefault(trig.i, f"an existing accord, object of '{governor.text}'")
        if trig.pos_ == "VERB" and (trig.dep_ == "advcl" or (trig.dep_ == "xcomp" and trig.head.lemma_.lower() in table.intent_verbs)) \
                and frame.code[:2] == "08" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children) \
                and trig.head.i in by_token and wrapper_of(trig, table)[0] is None:
            # "resigned to allow elections", "opened the bridge to allow the delivery of grain": a purpose
            consumed.setdefault(trig.i, f"purpose of '{trig.head.text}'")
        if trig.pos_ == "VERB" and trig.dep_ == "pcomp" and trig.head.lower_ in ("of", "for") \
                and trig.head.head.lemma_.lower() in ACCUSING_VERBS:
            # "accusing Kabul of sheltering TTP fighters": what is alleged, coded as the accusation
            consumed.setdefault(trig.i, f"what '{trig.head.head.text}' alleges")
        if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.lower_ == "with" \
                and trig.head.head.i in by_token and by_token[trig.head.head.i].code[:2] == "13":
            # "threatened Belarus with new sanctions": what the threat is of, coded in it
            consumed.setdefault(trig.i, f"what '{trig.head.head.text}' threatens")
        clause = trig if trig.pos_ in ("VERB", "AUX") else (light_verb_of(trig, table) or trig.head)
        condition = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("unless", "if")), None)
        if condition is not None and clause.dep_ == "advcl":
            host = clause.head
            while host.i not in by_token and host.dep_ in ("xcomp", "ccomp", "conj") and host.head.i != host.i:
                host = host.head
            if host.i in by_token:
                # "threatened to launch an offensive unless Baghdad accepted its conditions", "would meet
                # the envoy if he dropped his demands": the condition of another event is none of its own
                consumed.setdefault(trig.i, f"condition of '{host.text}'")
        if trig.pos_ in ("NOUN", "PROPN") and frame.code[:2] in VIOLENT_ROOTS and any(
                c.dep_ == "prep" and c.lower_ in ("against", "on") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in table.abstract_foes for g in c.children)
                for c in trig.children):
            consumed.setdefault(trig.i, "a figure of speech ('the battle against poverty')")
        if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.lower_ == "of" \
                and trig.head.head.lemma_.lower() in DURATION_NOUNS and light_verb_of(trig, table) is None:
            consumed.setdefault(trig.i, f"a state lasting {trig.head.head.text} ('after fifteen years of occupation')")
        if trig.lemma_.lower() in ACCORD_NOUNS and trig.dep_ == "pobj" and trig.head.lower_ in EXISTING_PREPS:
            consumed.setdefault(trig.i, f"an existing accord ('{trig.head.text} the accord')")
        if trig.pos_ == "VERB" and trig.dep_ in ("advcl", "xcomp") and frame.code[:2] >= "14" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
            host = trig.head
            if host.i in by_token and host.i != trig.i and by_token[host.i].code[:2] >= "14" \
                    and wrapper_of(trig, table)[0] is None:
                # "police fired rubber bullets to break up the crowd": one act, told with its purpose
                consumed.setdefault(trig.i, f"purpose of '{host.text}'")
        if frame.code[:2] in ("02", "10") and protest_purpose(frame.trigger, by_token):
            # "students demonstrated to demand reforms": the demand is what the protest is for
            consumed[frame.trigger.i] = f"purpose of the protest '{frame.trigger.head.text}'"
        head = frame.trigger.head
        # an action being stopped, avoided or denied is no event: "urged the army to stop bombing"
        denial = claim_for(frame.trigger.idx, claims) if head.lemma_.lower() == "deny" else None
        denied = frame.trigger.pos_ == "VERB" and denial is not None and denial.denial
        if frame.trigger.dep_ in ("xcomp", "dobj", "pcomp", "pobj") and head.lemma_.lower() in table.stop_verbs \
                and head.i != frame.trigger.i and frame.code[:2] not in ("08",) and not denied:
            # ("X denied firing on the crowd" stays: the denied act, negated and claimed by X)
            consumed.setdefault(frame.trigger.i, f"what '{head.text}' stops or denies")
        if frame.trigger.dep_ == "xcomp" and head.lemma_.lower() in REFUSAL_VERBS and head.i in by_token \
                and frame.code[:2] in REJECT_CODE and wrapper_of(frame.trigger, table)[0] is None \
                and wrapper_of(head, table)[0] is None:  # "demanded that its partners refuse to ...": a demand
            # "refused to negotiate with Eta": one refusal, coded on what is refused (125), not also a bare 120
            consumed.setdefault(head.i, f"coded on what it refuses ('{frame.trigger.text}')")
        # the object that gave a verb its code is part of that verb's event ("lifted a curfew")
        head = frame.trigger.head
        if frame.trigger.pos_ in ("NOUN", "PROPN") and frame.trigger.dep_ in ("dobj", "nsubjpass") \
                and head.i in by_token and head.i != frame.trigger.i \
                and (frame.trigger.lemma_.lower() in by_token[head.i].entry.objects or any(
                    frame.trigger.lemma_.lower() in objs for objs in by_token[head.i].entry.particle_objects.values())) \
                and wrapper_of(frame.trigger, table)[0] is None \
                and by_token[head.i].code != "015":  # "demanded the withdrawal" stays a demand; a claimed attack happened
            consumed.setdefault(frame.trigger.i, f"object of '{head.text}', which codes it")
        # an infinitive on a noun is a purpose or plan, not a report: "the dispatch of troops to
        # provide security", "a bid to become a member"
        if frame.trigger.pos_ == "VERB" and frame.trigger.tag_ == "VB" and frame.trigger.dep_ == "acl" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in frame.trigger.children) \
                and frame.trigger.head.lemma_.lower() not in ATTEMPT_NOUNS:  # "an attempt to assassinate" was made
            consumed.setdefault(frame.trigger.i, f"purpose of '{frame.trigger.head.text}'")
        # the object of a rejection, condemnation, threat or demand is its content, not a new event
        if frame.trigger.pos_ in ("NOUN", "PROPN") and frame.trigger.dep_ in ("dobj", "pobj") and \
                head.i in by_token and by_token[head.i].code[:2] in ("11", "12", "16") and head.i != frame.trigger.i:
            consumed[frame.trigger.i] = f"content of '{head.text}'"
    wrappers = {}
    for frame in frames:
        wrapper, kind = wrapper_of(frame.trigger, table)
        if wrapper is not None and wrapper.i != frame.trigger.i:
            wrappers[frame.trigger.i] = (wrapper, kind)
    for inner, (wrapper, kind) in wrappers.items():  # the threat/appeal verb codes the wrapped event
        if consumed.get(wrapper.i, "").startswith("purpose of the protest"):
            consumed.setdefault(inner, consumed[wrapper.i])  # "rallied, saying he must resign"
        consumed.setdefault(wrapper.i, f"{kind} wrapping '{doc[inner].text}', coded there")
    demanded = [(inner, wrapper) for inner, (wrapper, kind) in wrappers.items() if kind in ("demand", "appeal")]
    demanded += [(clause.i, f.trigger) for f in frames if (clause := modal_demand(f.trigger)) is not None]
    for inner, asker in demanded:  # "said UN troops must keep the roads safe to let food in": what is asked is
        for frame in frames:  # one demand, no act inside it an event of its own (violence keeps its own)
            if frame.trigger.i not in (inner, asker.i) and frame.trigger.i not in wrappers \
                    and doc[inner].is_ancestor(frame.trigger) \
                    and frame.code[:2] not in VIOLENT_ROOTS:
                consumed.setdefault(frame.trigger.i, f"part of what '{asker.text}' asks for")

    events: list[Event] = []
    frame_sent = {id(f): f.trigger.sent.start for f in frames}  # Token.sent is costly: once per frame
    antecedents: list[dict] = []  # violent events already coded, for "the attack" later on
    eventless: set[int] = set()  # trigger words that made no event (no source named)
    sents = list(doc.sents)
    sent_index = {s.start: k for k, s in enumerate(sents)}
    for frame in frames:
        tok = frame.trigger
        if tok.i in consumed:
            note(frame, "no event", consumed[tok.i])
            continue
        if tok.pos_ in ("VERB", "AUX"):
            verb_frame(frame, tags, claims)
            _weapon_doer(tok, frame, tags)
            if struck_mine(tok) is not None and frame.sources:  # "an army truck hit a landmine": the truck was struck
                frame.targets, frame.sources = frame.sources, ()
                frame.how["target"], frame.how["source"] = "struck-a-mine", ""
            if frame.code.startswith("192") and (not frame.targets or all(a.sector == "CVL" for a in frame.targets)):
                taken_from, how = pobj_actors(tok, {"from"}, tags)  # "wrested control of a camp from a militia"
                for holder in (t for t in tok.subtree if t.dep_ == "pobj" and t.head.dep_ == "prep" and not taken_from):
                    if holder.head.lower_ == "from" and holder.head.head.dep_ in ("pobj", "dobj"):
                        taken_from, how = with_conjuncts(holder, tags), "prep:from"  # hung on the object by the parser
                if taken_from:
                    frame.targets, frame.how["target"] = taken_from, f"taken-{how}"
            if frame.code.startswith("015") and not frame.targets:
                frame.targets = claimed_act_targets(tok, tags)
                if frame.targets:
                    frame.how["target"] = "claimed-act-target"
        else:
            noun_frame(frame, tags, claims, table)
        if frame.code in POLICE_CODES and frame.sources and all(a.sector == "COP" for a in frame.sources):
            frame.code = POLICE_CODES[frame.code]  # "police reinforcements were flown in": police power (153)
        if frame.entry.civilian and frame.code == frame.entry.code and frame.sources and not hits_something(tok) \
                and all(a.sector in CIVILIAN_SECTORS for a in frame.sources):
            frame.code = frame.entry.civilian  # before any wrapping: "workers are preparing to strike" (133, not 138)
            frame.how["civilian"] = "source is a civilian group"
        antecedent = event_antecedent(frame, antecedents, sent_index)
        if antecedent is not None:  # "The bombing destroyed the monastery": the airstrike told before
            frame.sources = antecedent["sources"]
            frame.targets = frame.targets or antecedent["targets"]
            frame.how["source"] = f"same-event:{antecedent['trigger']}"
        wrapper, kind = wrappers.get(tok.i, (None, None))
        if wrapper is not None:
            inner_root = frame.code[:2]
            w_sources, how = subject_actors(wrapper, tags, claims)
            if kind == "threat" and (inner_root in COOPERATIVE_ROOTS | {"01", "02"} or (
                    inner_root == "08" and wrapper.lemma_.lower() in PROMISE_VERBS)):
                kind = "intent"  # "promised to release the prisoners": an intent to yield (0353), no threat
            elif kind == "intent" and inner_root in THREAT_ROOTS and not (
                    inner_root == "15" and wrapper.lemma_.lower() in CONSENT_VERBS):
                kind = "threat"  # "is prepared to close the border"; but "agreed to send troops" is an offer
            frame.acted_root, frame.acted_code = inner_root, frame.code
            frame.code = table.wrapped_code(kind, frame.code)
            if kind in ("intent", "threat") and inner_root in RENOUNCED_ROOTS and any(c.dep_ == "neg" for c in tok.children) \
                    and not any(c.dep_ == "dobj" for c in wrapper.children):  # not "warned the US not to deploy"
                # "agreed not to use force", "vowed not to attack": an intent to de-escalate
                kind, frame.code = "intent", "0356"
                frame.how["renounced"] = tok.text
            frame.wrapper, frame.wrap_kind = wrapper, kind
            frame.tokens.add(wrapper.i)
            inner_targets = frame.targets or (frame.sources if kind in ("appeal", "demand") else ())
            if kind in ("appeal", "demand") and frame.how.get("source") == "of":
                inner_targets = frame.sources  # "demanded the withdrawal of Ethiopian troops": the ones asked to act
            clause = (light_verb_of(tok, table) or tok) if tok.pos_ in ("NOUN", "PROPN") else tok
            if kind in ("appeal", "demand") and (clause.dep_ in ("ccomp", "acl") or (clause.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ == "for" for c in clause.children))) and frame.sources:
                inner_targets = frame.sources  # "demanded that Togo release ...": Togo is asked
            elif kind in ("appeal", "demand"):
                addressee, _how = pobj_actors(wrapper, {"on", "upon", RELIANCE_VERBS.get(wrapper.lemma_.lower(), "on")},
                                              tags)  # "called on federal authorities to ...", "looking to its allies to ..."
                for child in wrapper.children:  # "urged Syria to withdraw"
                    if child.dep_ == "dobj" and child.i != tok.i:
                        addressee = with_conjuncts(child, tags) or addressee
                if not addressee and inner_root in COOPERATIVE_ROOTS:  # "demanded support from the assembly"
                    addressee = pobj_actors(wrapper, {"from"}, tags)[0] or pobj_actors(tok, {"from"}, tags)[0]
                # "looking to its partners to ...": the ones relied on, named or not
                inner_targets = addressee if wrapper.lemma_.lower() in RELIANCE_VERBS else addressee or inner_targets
                if not inner_targets and wrapper.lemma_.lower() in RELIANCE_VERBS:
                    frame.how["target"] = "addressee-not-coded"  # "its partners": someone, not the place
            if kind == "threat":  # "warned the United States not to deploy missiles": the one warned
                warned = next((with_conjuncts(c, tags) for c in wrapper.children if c.dep_ == "dobj" and c.i != tok.i
                               and with_conjuncts(c, tags)), ())
                inner_targets = tuple(a for a in warned if a.code) or inner_targets
            if kind == "threat" and not any(a.code for a in inner_targets):
                # "threatened to stop the talks unless the United States ...": aimed at who must comply
                inner_targets = condition_subject(wrapper, tok, tags) or inner_targets
            frame.sources, frame.targets = w_sources, inner_targets
            frame.how["source"] = f"{kind}-verb:{wrapper.lemma_.lower()}:{how}"
        elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in table.threat_verbs and frame.code.startswith("13"):
            pass
        frame_modality = modality_of(tok, frame.wrapper, table)
        was_cooperative = frame.code[:2] in COOPERATIVE_ROOTS  # "failed to reach agreement" stays between the two
        failed = any(doc[i].dep_ == "xcomp" and doc[i].head.lemma_.lower() in ("fail", "refuse", "decline")
                     for i in frame.tokens)
        if frame_modality == "negated" and frame.code[:2] in REJECT_CODE and frame.wrapper is None and (
                failed or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo") for c in tok.children)):
            # "said it would not give aid to Serbia": a refusal (12x), asserted
            frame.code = REJECT_CODE[frame.code[:2]]
            frame.how["refusal"] = "negated future"
            frame_modality = "asserted"
        conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
                          for c in (frame.wrapper or tok).children)
        in_condition = any(c.dep_ == "mark" and c.lower_ in CONDITION_WORDS for c in tok.children) \
            or obliged(tok)  # "would have to suspend work": an obligation, no threat
        if frame.wrapper is None and not in_condition and frame.code not in ROUTINE_CODES and (conditional or (
                frame_modality in ("planned", "hypothetical") and frame.code[:2] in THREAT_ROOTS)):
            # "will impose martial law", "would blockade Paris", "will withdraw ... unless": a threat (13x)
            frame.acted_root, frame.acted_code = frame.code[:2], frame.code
            frame.code = table.wrapped_code("threat", frame.code)
            frame.how["threat"] = "conditional" if conditional else frame_modality
            frame_modality = "asserted"
        elif frame_modality == "planned" and frame.code[:2] in INTENT_ROOTS and frame.wrapper is None:
            frame.acted_root, frame.acted_code = frame.code[:2], frame.code
            frame.code = table.wrapped_code("intent", frame.code)
            frame.how["intent"] = "future"
            frame_modality = "asserted"
        claim = claim_for(tok.idx, claims, exclude_cue=tok.idx)
        if any(c.denial and c.covers(tok.idx) and c.cue_start != tok.idx for c in claims):
            # "Beijing denies British claims that China spied on lawmakers": denied, whoever claims it inside
            frame_modality = "negated"
        sent = tok.sent
        in_sent = [f for f in frames if frame_sent[id(f)] == sent.start and f.trigger.i not in consumed]
        scopes = {id(f): event_scope(doc, f) for f in in_sent}
        location = pick_location(doc, frame, sent, places, speech_cues, actor_spans, in_sent, scopes, table.verbs)
        if location is None:
            location = focus_location(frame, focus)
        date = pick_date(doc, frame, sent, dates, in_sent, scopes, speech_cues)
        if antecedent is not None:
            location = location if location is not None and frame.how.get("location") != "article-focus" \
                else antecedent["location"] or location
            date = date or antecedent["date"]
        sources = tuple(x for x in (_modifier_actor(a, tok, text) for a in frame.sources)
                        if x is not None and (x.code or x.kind in ("person", "organization"))
                        and not dateline_credit(doc, x))
        targets = tuple(a for a in frame.targets if (a.code or a.kind in ("person", "organization"))
                        and not (a.span.start <= tok.idx < a.span.end)
                        and not any(a.span == s.span for s in sources))  # no one is their own target by the same words
        if frame.code[:2] in OBJECTION_ROOTS and len(targets) > 1:
            targets = authors_objected_to(doc, targets)
        if frame.code[:2] in VIOLENT_ROOTS:
            targets = tuple(city_attacked(a, places) for a in targets)
        if not any(a.code for a in targets) and frame.code[:2] in {"08", "12"} | ASKING_ROOTS and frame.wrapper is None:
            targets = nested_from(tok, tags, frame.code[:2]) or targets
        if not any(a.code for a in targets) and frame.code[:2] in OBJECTION_ROOTS and frame.wrapper is None:
            targets = author_of_object(tok, tags) or targets
        if frame.entry.sources and not any(a.sector in frame.entry.sources for a in sources):
            note(frame, "no event", f"'{frame.entry.lemma}' needs a {'/'.join(frame.entry.sources)} source")
            eventless.add(tok.i)
            continue
        everyday = everyday_use(frame, tok, sources, targets, table, trigger_tokens)
        if everyday:
            note(frame, "no event", everyday)
            eventless.add(tok.i)
            continue
        participant = location is not None and any(a.span.overlaps(location.span) for a in (*targets, *sources))
        if location is not None and location.country and not participant:
            # an actor whose country was only the article's focus (or none) is where the event took place
            # (not when the "place" is a participant: "asking Obama to help Iran")
            targets = tuple(_relocated(a, location) for a in targets)
            sources = tuple(_relocated(a, location) for a in sources)
            abroad = location.country not in {a.country for a in sources}
            if not targets and sources and location.feature not in ("sea", "water") \
                    and frame.how.get("location") != "article-focus" \
                    and not (frame.entry.mutual and len(sources) >= 2) \
                    and frame.how.get("target") != "addressee-not-coded" \
                    and (abroad or (frame.acted_root or frame.code[:2]) != "16") and (
                    # relations are cut with another state: "suspended trade through its own border crossing" is no target
                    (frame.acted_root or frame.code[:2]) in PLACE_TARGET_ROOTS or frame.code[:3] in PLACE_TARGET_CODES
                    or ((frame.code[:2] in ("02", "07", "13", "15") or (frame.code in VISIT_CODES and len(sources) == 1))
                        and abroad)):  # "sought refuge in Germany", "threatened attacks in Israel"
                # also for a threatened or promised act: "threatened to impose a curfew in Algiers"
                # "Israel eased a night curfew in Hebron": the place's country is the target
                targets = (Actor(location.span, location.country, location.country, None, location.name,
                                 "country", f"location-as-target:{location.evidence}"),)
                frame.how["target"] = "location"
        if frame.code[:2] in DOMESTIC_ROOTS:
            # "Georgian police arrested dozens of protesters": repression and protest happen at home
            sources, targets = _same_country(sources, targets), _same_country(targets, sources)
        if frame.code in VISIT_CODES and targets:
            # "The foreign minister visited Kabul": a visitor is not of the place visited because the sentence names it
            hosts = {t.country for t in targets if t.country}
            sources = tuple(replace(a, country=None, code=f"---{a.sector}", evidence=f"{a.evidence}+visitor")
                            if a.country in hosts and a.sector and (a.evidence or "").endswith(CONTEXT_COUNTRIES)
                            else a for a in sources)
        if not targets and sources and frame.code[:2] == "11":
            author = condemned_author(tok, antecedents, sent_index[sent.start])
            if author:  # "The UN condemned the attack": whoever carried out the attack told before
                targets = author
                frame.how["target"] = "author-of-condemned-act"
        if not targets and sources and _lemma_of(frame) in RESPONSE_VERBS:
            # "condemned the EU's decision and said Minsk would respond": the response is to the EU
            countries = {a.country for a in sources if a.country}
            earlier = [e for e in events if e.sentence.start == sent.start_char and e.target is not None
                       and e.source is not None and e.source.country in countries]
            if earlier:
                targets = (earlier[-1].target,)
                frame.how["target"] = f"responded-to:{earlier[-1].trigger.text}"
        if not targets and sources:
            home = home_target(frame, sources, tags, sent)
            if home is not None:
                targets = (home,)
                frame.how["target"] = "home-country"
        if frame.entry.civilian and frame.wrapper is None and sources and frame.code == frame.entry.code \
                and not hits_something(tok) and all(a.sector in CIVILIAN_SECTORS for a in sources):
            frame.code = frame.entry.civilian  # "teachers went on strike": a labour strike
            frame.how["civilian"] = "source is a civilian group"
        if frame.code[:2] == "12" and not any(a.code for a in targets) and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT_VERBS for c in tok.children):
            frame.code, targets = "011", ()  # "the ministry declined to comment on the report": CAMEO's "decline comment"
            frame.how["no_comment"] = tok.text
        if frame.entry.verbal and frame.wrapper is None and sources and targets and frame.code == frame.entry.code \
                and not any(a.sector in STREET_SECTORS for a in (*sources, *targets)):
            frame.code = frame.entry.verbal  # "the senator has clashed with the governor's chief of staff": a quarrel, no fight
            frame.how["verbal"] = "no armed or street actor on either side"
        if frame.code in ("1712", "171") and sources and all(a.sector == "OPP" for a in sources):
            frame.code = "145"  # "rioters set fire to a police station": the riot
            frame.how["riot"] = "property destroyed by protesters"
        if frame.wrap_kind == "threat" and frame.code[:3] != "139" and has_deadline(frame.wrapper or tok):
            frame.code = "139"  # "threatened to strike ... unless the Taliban acts within 15 days": an ultimatum
            frame.how["ultimatum"] = "a condition with a deadline"
        if frame.code == "174" and targets and all(a.kind == "organization" for a in targets):
            frame.code = "166"  # "forced the UN refugee agency out of the country": an organisation expelled
            frame.how["expelled"] = "an organisation"
        if frame.code in ("186", "1823") and tok.dep_ == "acl" and tok.head.lemma_.lower() in ATTEMPT_NOUNS:
            frame.code = "185"  # "an attempt to assassinate the minister": the attempt is the event
            frame.how["attempt"] = tok.head.text
        if frame.entry.people and frame.wrapper is None and targets \
                and (frame.code == frame.entry.code or (frame.entry.code is None and frame.code in frame.entry.people.values())) \
                and (any(_is_people(a) and not any(p.span.overlaps(a.span) for p in places) for a in targets)
                     or taken_people(tok)) and not taken_place(tok):  # not "captured the island of Perejil"
            # "the army captured a man": an arrest; "gunmen captured two journalists": an abduction
            state = all(a.sector in STATE_SECTORS for a in sources)
            code = frame.entry.people["state" if state else "armed"]
            if code == "none" and frame.how.get("target") == "dobj":
                note(frame, "no event", f"'{tok.text}' people: not violence")  # "fired the defence minister"
                eventless.add(tok.i)
                continue
            if code != "none":
                frame.code = code
                frame.how["people"] = "taken by the state" if state else "taken by an armed group"
        if frame.entry.joint and frame.wrapper is None and frame.code == frame.entry.code \
                and len({a.country for a in sources if a.country}) >= 2:
            frame.code = frame.entry.joint  # "Indian and French warships began naval exercises": together
            frame.how["joint"] = "sources of two or more countries"
        if frame.entry.military and frame.wrapper is None and any(a.sector == "MIL" for a in sources):
            frame.code = frame.entry.military  # conventional military force (19x), not 18x violence
            frame.how["military"] = "source is military"
        cooperative = frame.code[:2] in COOPERATIVE_ROOTS
        pairs = []
        if not sources and len(targets) == 2 and (frame.how.get("target") == "prep:between" or (
                cooperative and table.is_mutual(frame.code))):  # not "a cease-fire to evacuate fighters and civilians"
            # "a truce agreed between Baku and Yerevan", "fighting between Azerbaijanis and Armenians"
            pairs = [(targets[0], targets[1])]
            frame.how["source"] = "reciprocal"
        elif not targets and len(sources) >= 2 and (cooperative or was_cooperative or frame.entry.mutual) \
                and not has_partner_object(tok, table, frame.entry) and coordinated(doc, sources):
            # "the two ministers will meet", "France, Egypt and Qatar met": each pair once
            pairs = [(a, b) for k, a in enumerate(sources) for b in sources[k + 1:] if a.code != b.code or a is not b]
            frame.how["target"] = "reciprocal"
        elif not sources and targets and not cooperative and (
                (frame.how.get("target") == "passive-subject" and agentless_passive(frame.code))  # not "were allowed to"
                or (frame.code[:2] in VIOLENT_ROOTS and str(frame.how.get("target", "")).startswith(
                    ("outcome", "participle")))
                or (frame.code[:2] in VIOLENT_ROOTS and tok.dep_ == "acl" and tok.head.lemma_.lower() in ATTEMPT_NOUNS)):
            # "an attempt to assassinate the deputy governor was thwarted": no agent named either
            # "12 soldiers were killed", "a roadside bombing killed a soldier": no agent named
            pairs = [(None, t) for t in targets]
        elif not sources and frame.entry.agentless and frame.wrapper is None and weapon_subject(tok):
            # "a roadside bomb exploded in a market, killing eight": an attack whose author is not named
            pairs = [(None, t) for t in targets] or [(None, None)]
            frame.how["source"] = "not named"
        elif not sources and frame.code[:2] == "14" and frame.wrapper is None \
                and unnamed_protesters(frame, location, sent, targets) is not None:
            pairs = [(None, t) for t in targets] or [(None, None)]  # "demonstrations are being held across Bangladesh"
        elif not sources and frame.code[:2] in VIOLENT_ROOTS and frame.wrapper is None \
                and unnamed_attacker(doc, frame, location, sent, targets) is not None:
            pairs = [(None, t) for t in targets] or [(None, None)]  # "a gas attack killed dozens in Douma"
        elif not sources and frame.code[:2] == "17" and frame.wrapper is None \
                and unnamed_rioters(frame, location, sent) is not None:
            pairs = [(None, t) for t in targets] or [(None, None)]  # "shops were looted in Pretoria"
        elif not sources or (cooperative and not targets and (frame.code[:2] != "03" or frame.acted_root == "04")):
            # "will host the forum": an intent to meet no one is no event either
            # a cooperative act needs someone it is done with or for
            note(frame, "no event", "no coded source actor" if not sources else "cooperation with no partner")
            eventless.add(tok.i)
            continue
        else:
            for s in sources:
                for t in targets or (None,):
                    if t is not None and frame.how.get("target") != "home-country" and (t is s or (t.code == s.code and (t.span == s.span or (
                            t.name is not None and t.name == s.name and t.kind == s.kind == "country")))):
                        t = None  # the same actor on both sides is a parsing slip more often than news
                    pairs.append((s, t))
        if frame.code[:2] in VIOLENT_ROOTS and pairs and all(s is None for s, _t in pairs):
            attacker = unnamed_attacker(doc, frame, location, sent, tuple(t for _s, t in pairs if t is not None))
            if attacker is not None:  # "a roadside bomb killed a soldier near Samarra": IRQUAF
                pairs = [(attacker, t) for _s, t in pairs]
                frame.how["source"] = "unnamed-attacker"
        if frame.code[:2] == "14" and pairs and all(s is None for s, _t in pairs):
            crowd = unnamed_protesters(frame, location, sent, tuple(t for _s, t in pairs if t is not None))
            if crowd is not None:  # "rallies were held across Pakistan": PAKOPP
                pairs = [(crowd, t) for _s, t in pairs]
                frame.how["source"] = "unnamed-protesters"
        if frame.code[:2] == "17" and frame.wrapper is None and crowd_looting(frame, sources):
            frame.code = "145"  # "protesters looted shops": a riot
        if frame.code[:2] == "17" and pairs and all(s is None for s, _t in pairs) and frame.wrapper is None:
            rioters = unnamed_rioters(frame, location, sent)
            if rioters is not None:  # "dozens of shops were looted in Pretoria": a riot by the place's crowds
                pairs = [(rioters, t) for _s, t in pairs]
                frame.code = "145"
                frame.how["source"] = "unnamed-rioters"
        unique_pairs, seen_codes = [], set()
        for pair in pairs:  # "four children and a man": one event for the same two codes
            key = tuple(a.code if a else None for a in pair)
            if key not in seen_codes:
                seen_codes.add(key)
                unique_pairs.append(pair)
        pairs = unique_pairs
        if frame.code[:2] in VIOLENT_ROOTS and pairs and all(
                s is not None and t is not None and not s.code and not t.code and s.kind == t.kind == "organization"
                for s, t in pairs):
            # "the Texas Rangers beat the Oakland Athletics": two teams or firms no table knows, a game
            note(frame, "no event", "violence between two unknown organisations")
            eventless.add(tok.i)
            continue
        if frame.code[:2] not in HARM_ROOTS:  # an arrest of someone named stays an event
            # "Dropbox is releasing a new feature", "FrontCounter BC offers permits": with no coded actor on
            # either side, a non-violent event word is everyday news, not an event between actors
            # a target that is only the place's country does not make the event one between actors
            coded = [p for p in pairs if any(a is not None and a.code and not (
                a is p[1] and frame.how.get("target") == "location") for a in p)]
            if not coded:
                note(frame, "no event", "no coded actor on either side")
                eventless.add(tok.i)
                continue
            pairs = coded
        pairs = [(s, t, frame.code, None) for s, t in pairs]
        pairs += mirrored(frame, pairs, table, cooperative or was_cooperative)
        pairs = [(s, t, street_code(code, s, t), why) for s, t, code, why in pairs]
        other = trigger_tokens - frame.tokens - eventless  # a word that made no event keeps no counts from it

        def actor_of_span(span: Span, _tags=tags) -> str | None:
            for actor in _tags.actors:
                if actor.span.overlaps(span) and actor.country:
                    return actor.country
            return None

        event_counts = pick_counts(doc, frame, counts, governors, other, actor_of_span)
        if antecedent is not None:
            # the same event told again: its new counts ("destroyed ... at least 30 homes") join it
            for k in antecedent["events"]:
                known = {(c.span.start, c.kind) for c in events[k].counts}
                extra = tuple(c for c in event_counts if (c.span.start, c.kind) not in known)
                if extra:
                    events[k] = replace(events[k], counts=events[k].counts + extra)
            note(frame, "no event", f"the '{antecedent['trigger']}' event told again")
            continue
        entry_cameo = cameo(frame.code)
        note(frame, "event", modality=frame_modality, pairs=[(s.code if s else None, t.code if t else None)
                                                           for s, t, _code, why in pairs if not why],
             location=location.name if location else None, date=date.value if date else None,
             claimed_by=claim.speaker.span.text if claim else None,
             mirrored=[(s.code, t.code, code) for s, t, code, why in pairs if why])
        # "X must act, tweeted Mwangi": the speaker's own words are the event, so the speaker claims it
        spoken = claim is None and ((tok.lemma_.lower() in STATEMENT_VERBS and frame.code[:2] in ("02", "10"))
                                    or (frame.code.startswith("015") and tok.pos_ == "VERB"))  # its own claim
        if frame.code[:2] in VIOLENT_ROOTS and any(s is not None for s, _t, _c, _w in pairs):
            antecedents.append({"sentence": sent_index[sent.start], "trigger": tok.text, "root": frame.code[:2],
                                "sources": tuple(s for s, _t, _c, _w in pairs if s is not None)[:1],
                                "targets": tuple(t for _s, t, _c, _w in pairs if t is not None)[:1],
                                "location": location, "date": date,
                                "events": list(range(len(events), len(events) + len(pairs)))})
        for source, target, code, mirror in pairs:
            confidence = 0.5 + (0.2 if frame.how.get("source") in ("nsubj", "poss", "by-agent") else 0.1)
            confidence += 0.2 if target is not None else 0.0
            confidence += 0.1 if source is not None and source.country and (target is None or target.country) else 0.0
            if source is None:
                confidence -= 0.2
            key = (f"{tok.idx}|{code}|{source.code if source else ''}|{source.span.start if source else ''}|"
                   f"{target.code if target else ''}|{target.span.start if target else ''}")
            trigger_tok = frame.wrapper if frame.wrapper is not None and frame.wrap_kind else tok
            trigger_span = Span.of(text, tok.idx, tok.idx + len(tok.text))
            evidence = {"trigger": frame.entry.evidence, "code": f"cameo.csv:{frame.code}", **frame.how,
                        "source_actor": source.evidence if source else None,
                        "target_actor": target.evidence if target else None}
            if frame.wrapper is not None:
                evidence["wrapper"] = f"{frame.wrap_kind}:{frame.wrapper.text}"
            if mirror:
                evidence["mirror"] = mirror
            events.append(Event(
                id=_event_id(article_key, key),
                sentence=Span.of(text, sent.start_char, sent.end_char),
                sentence_index=sent_index[sent.start],
                trigger=trigger_span if trigger_tok is tok else Span.of(text, trigger_tok.idx, trigger_tok.idx + len(trigger_tok.text)),
                source=source, target=target, cameo=entry_cameo if code == frame.code else cameo(code),
                plover=plover(code),
                modality=frame_modality, location=location, date=date,
                counts=() if mirror else tuple(
                    replace(c, side=target.country) if c.side is None and c.kind in LOSS_KINDS
                    and target is not None and target.country and frame.code[:2] in LOSS_ROOTS else c
                    for c in event_counts),  # "killed 12 Palestinians and arrested 25": the target's losses
                claimed_by=claim.speaker if claim else (source if spoken and source is not None else None),
                confidence=round(min(confidence, 1.0), 2),
                evidence=evidence,
            ))
    events.sort(key=lambda e: (e.sentence.start, e.trigger.start))
    return scene_dates(doc, same_event_dates(one_conversation(doc, without_repeated_passages(events))), dates)


def _sides(event: Event) -> tuple:
    return ((event.source.code if event.source else None), (event.target.code if event.target else None))


def _same_sides(one: tuple, other: tuple) -> bool:
    """Each side the same actor or one a body of the other ("KGZ" and "KGZCOP"); a side ``other`` leaves unnamed
    ("an airstrike killed nine civilians") fits any, so long as one side is named and fits."""
    pairs = [(a, b) for a, b in zip(one, other) if b is not None]
    return bool(pairs) and all(a is not None and (a.startswith(b) or b.startswith(a)) for a, b in pairs)


def same_event_dates(events: list[Event], window: int = 2) -> list[Event]:
    """An undated event told again, dated, within ``window`` sentences is the same happening and takes that date
    ("A military airstrike killed 14 civilians ... Myanmar military jets bombed the village on Tuesday"): the same
    code and the same actors on each side, or a body of them (either way round for acts both sides do). Not the
    publication date, and not another act between other actors of the same countries."""
    out = []
    for event in events:
        if event.date is not None or event.modality != "asserted" or _sides(event) == (None, None):
            out.append(event)
            continue
        sides = _sides(event)
        twins = [o for o in events if o is not event and o.date is not None and o.modality == "asserted"
                 and o.cameo.code[:3] == event.cameo.code[:3] and 0 < abs(o.sentence_index - event.sentence_index) <= window
                 and None not in _sides(o)
                 and (_same_sides(_sides(o), sides) or (event.evidence.get("mirror") or o.evidence.get("mirror")
                                                        or load_triggers().is_mutual(event.cameo.code))
                      and _same_sides(_sides(o), sides[::-1]))]
        if not twins:
            out.append(event)
            continue
        twin = min(twins, key=lambda o: abs(o.sentence_index - event.sentence_index))
        out.append(replace(event, date=twin.date, evidence={**event.evidence, "date": f"same-event:{twin.trigger.text}"}))
    return out


SPEAKING_VERBS = {"speak", "talk", "converse"}


def one_conversation(doc, events: list[Event]) -> list[Event]:
    """"Japan's and Korea's leaders spoke ... Kishida spoke with Yoon by phone": two leaders who "spoke"
    (040) in an article that tells their phone call (041) spoke in that call, one event; a meeting stays."""
    calls = {frozenset((e.source.code, e.target.code)) for e in events
             if e.cameo.code == "041" and e.source is not None and e.target is not None and e.modality == "asserted"}

    def spoken(event: Event) -> bool:
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        return span is not None and span.root.lemma_.lower() in SPEAKING_VERBS
    return [e for e in events if not (e.cameo.code == "040" and e.source is not None and e.target is not None
                                      and frozenset((e.source.code, e.target.code)) in calls and spoken(e))]


REPEAT_MIN_CHARS = 40  # a sentence this long told twice word for word is the page repeating itself


def without_repeated_passages(events: list[Event]) -> list[Event]:
    """Events of a sentence that repeats an earlier one word for word, with the same code and actors, are
    dropped: scraped pages often carry their text twice (a teaser, a print copy)."""
    seen, kept = set(), []
    for event in events:
        key = (event.sentence.text, event.trigger.start - event.sentence.start, event.cameo.code,
               event.source.code if event.source else None, event.target.code if event.target else None)
        if len(event.sentence.text) >= REPEAT_MIN_CHARS and key in seen:
            continue
        seen.add(key)
        kept.append(event)
    return kept
