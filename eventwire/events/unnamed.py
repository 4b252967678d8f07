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


def _is_instrument(token) -> bool:
    """A weapon ("roadside bomb") or an attack word ("car bombing", "explosion") that did the harm; not
    the harm itself ("the killing of 33 soldiers")."""
    return token.lemma_.lower() in HIDDEN_WEAPONS | ATTACK_NOUNS and token.pos_ in ("NOUN", "PROPN")


def attack_instrument(frame: "Frame"):
    """What did the harm in an attack told with no author: the subject or by-agent weapon ("a roadside
    bomb killed", "killed by an improvised explosive device"), the attack in which people died ("killed
    in a suicide bombing") or an attack noun with its outcome ("a gas attack killed dozens"); not an attack
    only referred to ("a pause in the bombing")."""
    tok = frame.trigger
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
