"""Who did it when the text names no one: an attack by bomb, mine or shooting is coded as the unidentified
armed forces (UAF) of the country it happened in, a protest held by no one named as the protesters of its
place (OPP, strikes LAB), as human coders (CAMEO, ACLED) code them. The weapon or protest words are the
actor's evidence. Pure helpers of ``coder.py``."""
from __future__ import annotations

from eventwire.model import Actor, Place, Span
from eventwire.parse.nlp import text_of


# the arms of attacks whose authors go unnamed (bombs, mines, shootings), not a state's ordnance ("shelling in
# Kharkiv", "an airstrike in Idlib", "missiles hit Kyiv"), which is often fired from across a border
HIDDEN_WEAPONS = {"bomb", "device", "ied", "mine", "landmine", "grenade", "explosive"}
ATTACK_NOUNS = {"attack", "bombing", "blast", "explosion", "shooting", "ambush"}
INSTRUMENT_DEPS = ("nsubj", "nsubjpass", "agent")  # "a bomb killed", "killed by an explosive device"
INSTRUMENT_PREPS = {"in", "by"}  # "killed in a suicide bombing"
INSTRUMENT_TRIM = {"det", "predet", "nummod", "quantmod", "punct", "poss"}


CHEMICAL_AGENTS = {"chlorine", "sarin", "mustard", "phosgene", "vx", "chemical"}  # "chlorine munitions were dropped"
CHEMICAL_ARMS = {"weapon", "munition", "bomb", "shell", "rocket", "attack", "barrel"}  # what makes a chemical an arm


def _is_instrument(token) -> bool:
    """A weapon ("roadside bomb", "chlorine munitions") or an attack word ("car bombing", "explosion") that did the
    harm; not the harm itself ("the killing of 21 policemen")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    chemical = token.lemma_.lower() in CHEMICAL_AGENTS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in CHEMICAL_AGENTS for c in token.children)
    return token.lemma_.lower() in HIDDEN_WEAPONS | ATTACK_NOUNS or chemical


STRUCK_VERBS = {"hit", "strike", "step", "run", "drive", "tread"}  # "hit a landmine", "stepped on a mine"


def struck_mine(verb):
    """The hidden weapon a subject ran into ("an army truck hit a landmine", "stepped on a mine"), or None: the
    subject is then the victim, not the attacker."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in STRUCK_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "into")
                for g in c.children if g.dep_ == "pobj"]
    return next((o for o in objects if o.lemma_.lower() in HIDDEN_WEAPONS), None)


def attack_instrument(frame: "Frame"):
    """What did the harm in an attack told with no author: the subject or by-agent weapon ("a roadside
    bomb killed", "killed by an improvised explosive device"), the attack in which people died ("killed
    in a suicide bombing") or an attack noun with its outcome ("a gas attack killed dozens"); not an attack
    only referred to ("a pause in the bombing")."""
    tok = frame.trigger
    mine = struck_mine(tok)
    if mine is not None:  # "a truck hit a landmine": the mine did the harm
        return mine
    for child in tok.children:
        node = child
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in INSTRUMENT_PREPS):
            node = next((g for g in child.children if g.dep_ == "pobj"), None)
        elif child.dep_ not in INSTRUMENT_DEPS:
            continue
        if node is not None and _is_instrument(node):
            return node
    outcome = any(tok.doc[i].pos_ == "VERB" for i in frame.tokens if i != tok.i)
    return tok if outcome and _is_instrument(tok) else None


def unnamed_attacker(doc, frame: "Frame", location: Place | None, sent, targets: tuple[Actor, ...]) -> Actor | None:
    """CAMEO's unidentified armed forces (UAF) of the country an attack with no named author happened in
    ("a car bomb killed three policemen in Mosul" -> IRQUAF), as human coders code such attacks; the
    weapon or attack words are its evidence. Only for a place of the same sentence: an attack placed by
    the article's focus alone says too little of where it was, and a place struck ("missiles hit Kyiv") may
    be struck from anywhere."""
    if location is None or not location.country or location.feature in ("sea", "water") \
            or not sent.start_char <= location.span.start < sent.end_char \
            or any(a.span.overlaps(location.span) for a in targets):
        return None
    node = attack_instrument(frame)
    if node is None:
        return None
    if node.lemma_.lower() not in HIDDEN_WEAPONS | ATTACK_NOUNS and not any(
            t.lemma_.lower() in CHEMICAL_ARMS for t in node.sent):
        return None  # "chlorine is used to treat water": a chemical, but no weapon named
    start = min((left.left_edge for left in node.lefts if left.dep_ not in INSTRUMENT_TRIM),
                key=lambda t: t.i, default=node)
    text = text_of(doc)
    return Actor(Span.of(text, start.idx, node.idx + len(node.text)), f"{location.country}UAF", location.country,
                 "UAF", "unidentified attackers", "group", f"unnamed-attacker:{location.evidence}")


def unnamed_protesters(frame: "Frame", location: Place | None, sent, targets: tuple[Actor, ...]) -> Actor | None:
    """The protesters of the country a protest named by its noun with no one named as holding it took place in
    ("demonstrations are being held throughout Bangladesh" -> BGDOPP; a strike or a walkout: LAB), the protest
    word as the actor's span, as ACLED codes such crowds ("Protesters (Bangladesh)"). Only for a place of the
    same sentence, not for the place protested against, nor for a word naming something else ("riot police")."""
    tok = frame.trigger
    if tok.pos_ != "NOUN" or tok.dep_ == "compound" or location is None or not location.country \
            or location.feature in ("sea", "water") \
            or not sent.start_char <= location.span.start < sent.end_char \
            or any(a.span.overlaps(location.span) for a in targets):
        return None
    sector = "LAB" if frame.code == "143" else "OPP"
    text = text_of(tok.doc)
    return Actor(Span.of(text, tok.idx, tok.idx + len(tok.text)), f"{location.country}{sector}", location.country,
                 sector, "protesters" if sector == "OPP" else "strikers", "group", f"unnamed-protesters:{location.evidence}")


# Looting is done by crowds; burning counts as rioting only when many things burn ("shops were burned", not "a
# house was burned", which may be one arsonist's)
LOOTING_LEMMAS = {"loot", "looting", "ransack", "plunder", "pillage", "vandalize", "vandalise", "vandalism"}
BURNING_LEMMAS = {"burn", "burning", "torch", "set", "arson", "torching"}
PROPERTY_NOUNS = {"shop", "store", "property", "business", "vehicle", "car", "building", "home", "house", "office",
                  "warehouse", "supermarket", "mall", "market", "stall", "bank", "truck", "bus", "premise"}


def _property_object(tok):
    """The property a looting or burning word acts on: its passive subject or object ("shops were looted",
    "looted shops"), or what follows "of" after the noun ("the looting of shops")."""
    for child in tok.children:
        if child.dep_ in ("nsubjpass", "dobj"):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            found = next((g for g in child.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    if tok.dep_ == "amod" or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
        return tok.head  # "looted shops", "shops looted overnight"
    return None


def _counted(token):
    """The noun a quantity stands for: "dozens of shops" -> shops."""
    if token is not None and (token.pos_ == "NUM" or token.lemma_.lower() in QUANTITY_WORDS):
        return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), token)
    return token


QUANTITY_WORDS = {"dozen", "dozens", "hundreds", "thousands", "scores", "number", "lot", "lots", "several", "some",
                  "many", "most", "all"}


def unnamed_rioters(frame: "Frame", location: Place | None, sent) -> Actor | None:
    """The rioters of the country property was looted or burned in with no one named as doing it ("dozens of
    shops were looted in Pretoria" -> ZAFOPP, coded as a riot, 145), as ACLED codes looting by crowds; the
    looting word is the actor's span. Only with a place of the same sentence, and for burning only when many
    things burned."""
    tok = frame.trigger
    lemma = tok.lemma_.lower()
    if lemma not in LOOTING_LEMMAS | BURNING_LEMMAS or location is None or not location.country \
            or location.feature in ("sea", "water") or not sent.start_char <= location.span.start < sent.end_char:
        return None
    thing = _counted(_property_object(tok))
    if lemma not in LOOTING_LEMMAS:
        if thing is None or thing.lemma_.lower() not in PROPERTY_NOUNS or thing.tag_ not in ("NNS", "NNPS"):
            return None
    elif thing is not None and thing.lemma_.lower() not in PROPERTY_NOUNS and tok.pos_ == "VERB":
        return None
    text = text_of(tok.doc)
    return Actor(Span.of(text, tok.idx, tok.idx + len(tok.text)), f"{location.country}OPP", location.country,
                 "OPP", "rioters", "group", f"unnamed-rioters:{location.evidence}")


CROWD_SECTORS = {"OPP", "CVL", "LAB", "REF"}


def crowd_looting(frame: "Frame", sources: tuple[Actor, ...]) -> bool:
    """Looting by protesters or other crowds is rioting (145), not a state's confiscation (1711)."""
    return frame.trigger.lemma_.lower() in LOOTING_LEMMAS and bool(sources) \
        and all(a.sector in CROWD_SECTORS for a in sources)
