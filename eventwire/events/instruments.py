"""Things as doers: weapons fired by someone, accidents and industrial blasts that kill with no one behind them.

A violent verb whose subject or agent is a weapon ("a roadside bomb exploded", "blown up by a missile fired by
rebels") is an attack, by whoever fired or planted it when the text names them; one whose doer is an accident or
disaster word ("killed in the crash", "a landslide buried the village") or a blast at an industrial site ("a tank
at the depot blew up") is no attack at all. The coder (``coder.py``) asks these questions of each trigger.
"""
from __future__ import annotations

from eventwire.actors.tagger import ActorTags
from eventwire.events.arguments import with_conjuncts
from eventwire.events.triggers import TriggerTable
from eventwire.events.unnamed import ATTACK_NOUNS
from eventwire.model import Actor

VEHICLES = {"car", "vehicle", "truck", "bus", "van", "motorcycle", "train", "lorry", "suv"}
WEAPON_SUBJECTS = {"bomb", "device", "ied", "mine", "landmine", "grenade", "shell", "rocket", "missile", "mortar",
                   "drone", "explosive", "artillery", "bullet", "projectile", "munition", "gun", "gunfire", "shot",
                   "car", "vehicle", "truck"}


def weapon_subject(verb) -> bool:
    """"a roadside bomb exploded", "missiles hit Kyiv": a weapon as the subject of an agentless trigger
    (not "a gas tank exploded" or "the storm hit the coast")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in WEAPON_SUBJECTS for c in verb.children)


EXPLOSION_NOUNS = {"explosion", "blast", "fire", "blaze", "leak"}  # what an accident modifier names the kind of
ATTACK_WORDS = (WEAPON_SUBJECTS - VEHICLES) | ATTACK_NOUNS | {"airstrike", "strike", "shelling", "raid", "bombardment",
                                                         "attacker", "gunman", "militant", "rebel", "bomber"}


def accident_doer(tok, table: TriggerTable):
    """The accident or disaster word that is the doer of a violent verb, whoever its modifiers name
    ("killed by the Air X flight crash", "a landslide buried the village"), or None; a weapon in its
    phrase keeps it an attack ("killed by a car bomb")."""
    doers = [c for c in tok.children if c.dep_ == "nsubj" and tok.pos_ == "VERB"]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for doer in doers:
        words = {t.lemma_.lower() for t in doer.subtree}
        if doer.lemma_.lower() in table.accident_words and not words & (WEAPON_SUBJECTS - VEHICLES):
            return doer
    return None


def industrial_blast(tok, table: TriggerTable) -> str | None:
    """An explosion of something at an industrial site or of stored material, told with no attack word: the
    subject's own phrase names a plant, a warehouse or the like ("a tank at the depot blew up": a storage tank,
    not an armoured one), or what caused the blast is no one ("explosions, caused by fertiliser stored in a
    warehouse"). Returns what shows it, or None."""
    if any(t.lemma_.lower() in ATTACK_WORDS - EXPLOSION_NOUNS - {"blast"} and t.pos_ in ("NOUN", "PROPN")
           for t in tok.sent):
        return None  # "a bomb planted at the factory exploded": an attack
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subject in subjects:
        sites = [t for t in subject.subtree if t.i != subject.i and t.lemma_.lower() in table.accident_subjects]
        if sites and tok.lemma_.lower() in ("explode", "blow", "burst", "detonate", "collapse", "catch"):
            return f"the {subject.text} at the {sites[0].text}"
    blasts = [tok] + subjects + ([tok.head] if tok.dep_ == "nsubj" else [])  # "explosions hit X, caused by ..."
    for blast in blasts:
        for cause in (c for c in blast.children if c.dep_ in ("acl", "advcl") and c.lemma_.lower() == "cause"):
            agents = [g for a in cause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            if agents and not any(t.lemma_.lower() in WEAPON_SUBJECTS for t in agents[0].subtree):
                return f"caused by {agents[0].text}"
    return None


def weapon_launch_host(trig):
    """For a participle on a weapon ("a missile fired by rebels", "a rocket believed to be launched by militants"), the
    verb that weapon is the doer of ("was blown up by a missile ...", "a rocket fired from Gaza hit a house") and
    the weapon; else (None, None)."""
    node = trig
    if node.dep_ == "xcomp" and node.head.dep_ == "acl":
        node = node.head  # "believed to be fired"
    weapon = node.head
    if node.dep_ != "acl" or node.tag_ != "VBN" or weapon.lemma_.lower() not in WEAPON_SUBJECTS - VEHICLES:
        return None, None
    if weapon.dep_ == "pobj" and weapon.head.dep_ == "agent":
        return weapon.head.head, weapon
    if weapon.dep_ == "nsubj" and weapon.head.pos_ == "VERB":
        return weapon.head, weapon
    return None, None


def weapon_launcher(weapon, tags: ActorTags) -> tuple[Actor, ...]:
    """Who fired, launched or planted a weapon, by the participle on it ("a missile fired by rebels", "a missile
    believed to be fired by rebels"); () when none is named."""
    for part in (c for c in weapon.children if (c.dep_ == "acl" and c.tag_ == "VBN") or c.dep_ == "relcl"):
        for verb in (part, *(c for c in part.children if c.dep_ == "xcomp")):
            for obj in (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"):
                found = with_conjuncts(obj, tags)
                if found:
                    return found
    return ()
