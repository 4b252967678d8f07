"""The trigger table (data/triggers.yaml): which words express which CAMEO action."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from pathlib import Path

from eventwire.errors import UsageError
from eventwire.events.cameo import known
from eventwire.resources import data_yaml

class PatternError(UsageError):
    """A user pattern file that cannot be used."""


DEFAULT_VERB_TARGETS = ("with", "on", "against", "at", "to", "toward", "towards", "into")
DEFAULT_NOUN_TARGETS = ("on", "against", "at", "with", "for", "toward", "towards")


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str  # verb | noun
    code: str | None  # None: fires only through a listed preposition ("crack down")
    preps: dict[str, str] = field(default_factory=dict)
    targets: tuple[str, ...] = ()
    refine: dict[str, str] = field(default_factory=dict)
    objects: dict[str, str] = field(default_factory=dict)
    needs: tuple[str, ...] = ()  # words one of which must modify the noun ("phone call")
    of_is: str = "target"  # for nouns: what "N of X" makes X
    military: str | None = None  # code when the source is a military actor (violence: 18x vs 19x)
    civilian: str | None = None  # code when every source is a civilian group ("teachers went on strike": 143)
    particle_objects: dict[str, dict[str, str]] = field(default_factory=dict)  # "call off" + strike: 080
    needs_object: bool = False  # an event only with an object or a complement ("declined the offer")
    intransitive: bool = False  # no event when the verb has a direct object ("demonstrated prowess")
    agentless: bool = False  # an event even with no one named as its source ("a roadside bomb exploded")
    one_way: bool = False  # one side's act even where its code is mutual ("ratified a treaty with X")
    mutual: bool = False  # both sides do it whatever its code ("clashed with police", "exchanged fire")
    verbal: str | None = None  # code when no armed or street actor is on either side ("clashed with his boss": 110)
    joint: str | None = None  # code when the sources are of two or more countries ("French and Egyptian warships ... war games")
    sources: tuple[str, ...] = ()  # the event needs a source of one of these sectors ("arrive": GOV)
    reverse: tuple[str, ...] = ()  # objects that turn the roles round: "received weapons from X" (X gives)
    passive_agent: tuple[str, ...] = ()  # in the passive, these prepositions name the source ("summoned to X")
    people: dict[str, str] = field(default_factory=dict)  # code when people are taken: {state: 173, armed: 181}

    @property
    def evidence(self) -> str:
        return f"triggers.yaml:{self.pos}s/{self.lemma}"


@dataclass(frozen=True, slots=True, eq=False)
class TriggerTable:
    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]  # keyed by lemma; two-word nouns by "modifier head"
    light_verbs: frozenset[str]
    threat_verbs: frozenset[str]
    intent_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    appeal_verbs: frozenset[str]
    demand_verbs: frozenset[str]
    outcome_verbs: frozenset[str]
    stop_verbs: frozenset[str]
    threat_code: dict[str, str]
    intent_code: dict[str, str]
    appeal_code: dict[str, str]
    demand_code: dict[str, str]
    abstract_foes: frozenset[str] = frozenset()  # "the battle against poverty": no violence
    mutual_codes: frozenset[str] = frozenset()  # acts both sides do: written in each direction
    accident_words: frozenset[str] = frozenset()  # an unauthored death in a crash or a flood is no attack
    accident_modifiers: frozenset[str] = frozenset()  # "a gas explosion", "a boiler blast": no attack either
    accident_subjects: frozenset[str] = frozenset()  # "a chemical plant exploded", "the boiler blew up"
    converse_codes: dict[str, str] = field(default_factory=dict)  # a host (043) is visited (042)

    def wrapped_code(self, kind: str, inner: str) -> str:
        """The code of a threat, intent, appeal or demand of the act ``inner`` (a code or its root): the
        most specific entry of its table ("release prisoners" 0841 -> appeal 0253, a root 08 -> 025)."""
        table = {"threat": self.threat_code, "intent": self.intent_code,
                 "appeal": self.appeal_code, "demand": self.demand_code}[kind]
        for key in (inner, inner[:3], inner[:2]):
            if key in table:
                return table[key]
        return table["default"]

    def is_mutual(self, code: str) -> bool:
        """An act both sides do together ("held talks with"): the full code, its first three digits or
        its root is listed in ``mutual_codes``."""
        return any(key in self.mutual_codes for key in (code, code[:3], code[:2]))


OF_IS_SOURCE = {"deployment", "meeting", "summit", "withdrawal", "pullout", "retreat"}


def _word(value) -> str:
    """YAML 1.1 reads a bare ``on`` as True: give prepositions back their spelling."""
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


ENTRY_KEYS = frozenset({"code", "prep", "target", "refine", "object", "needs", "military", "civilian", "joint",
                        "one_way", "mutual", "verbal", "agentless", "intransitive", "needs_object", "particle_object",
                        "sources", "reverse", "passive_agent", "people"})


def _entry(lemma: str, pos: str, value, default_targets) -> Trigger:
    if isinstance(value, str):
        value = {"code": value}
    unknown = set(value) - ENTRY_KEYS
    if unknown:  # a misspelt key would be ignored without a word: "particle_objects"
        raise ValueError(f"{pos} '{lemma}': unknown key(s) {', '.join(sorted(map(str, unknown)))}"
                         f" (known: {', '.join(sorted(ENTRY_KEYS))})")
    entry = Trigger(
        lemma=lemma, pos=pos, code=value.get("code"),
        preps={_word(k): str(v) for k, v in (value.get("prep") or {}).items()},
        targets=tuple(_word(w) for w in value["target"]) if "target" in value else default_targets,
        refine={k: str(v) for k, v in (value.get("refine") or {}).items()},
        objects={k: str(v) for k, v in (value.get("object") or {}).items()},
        needs=tuple(value.get("needs") or ()),
        of_is="source" if lemma in OF_IS_SOURCE else "target",
        military=str(value["military"]) if value.get("military") else None,
        civilian=str(value["civilian"]) if value.get("civilian") else None,
        joint=str(value["joint"]) if value.get("joint") else None,
        one_way=bool(value.get("one_way")),
        mutual=bool(value.get("mutual")),
        verbal=str(value["verbal"]) if value.get("verbal") else None,
        agentless=bool(value.get("agentless")),
        intransitive=bool(value.get("intransitive")),
        needs_object=bool(value.get("needs_object")),
        particle_objects={_word(p): {k: str(v) for k, v in objs.items()}
                          for p, objs in (value.get("particle_object") or {}).items()},
        sources=tuple(value.get("sources") or ()),
        reverse=tuple(value.get("reverse") or ()),
        passive_agent=tuple(_word(w) for w in value.get("passive_agent") or ()),
        people={str(k): str(v) for k, v in (value.get("people") or {}).items()},
    )
    for code in [entry.code, entry.military, entry.civilian, entry.joint, entry.verbal, *entry.preps.values(), *entry.refine.values(), *entry.objects.values(),
                 *entry.people.values(),
                 *(c for objs in entry.particle_objects.values() for c in objs.values())]:
        if code is not None and code != "none" and not known(code):
            raise ValueError(f"triggers.yaml: {lemma!r} uses {code!r}, which is not a CAMEO code in cameo.csv")
    return entry


LIST_KEYS = ("light_verbs", "threat_verbs", "intent_verbs", "intent_adjectives", "appeal_verbs",
             "demand_verbs", "outcome_verbs", "stop_verbs", "abstract_foes", "mutual_codes", "accident_words",
             "accident_modifiers", "accident_subjects")
MAP_KEYS = ("verbs", "nouns", "threat_code", "intent_code", "appeal_code", "demand_code", "converse_codes")


def merge_patterns(base: dict, extra: dict, *, source: str) -> dict:
    """Our table updated with a user's: entries of ``verbs``/``nouns`` (and the wrapper code maps)
    replace ours lemma by lemma, a lemma mapped to ``null`` removes ours, and list keys
    (``light_verbs``, ``threat_verbs`` ...) are extended."""
    if not isinstance(extra, dict):
        raise PatternError("a pattern file must be a mapping with keys such as 'verbs' and 'nouns'", source=source)
    unknown = set(extra) - set(LIST_KEYS) - set(MAP_KEYS)
    if unknown:
        raise PatternError(f"unknown key(s) {', '.join(sorted(map(str, unknown)))}",
                           source=source, hint=f"use {', '.join(MAP_KEYS + LIST_KEYS)}")
    merged = {k: (dict(v) if isinstance(v, dict) else list(v)) for k, v in base.items()}
    for key in MAP_KEYS:
        for lemma, value in (extra.get(key) or {}).items():
            if value is None:
                merged[key].pop(str(lemma), None)
            else:
                merged[key][str(lemma)] = value
    for key in LIST_KEYS:
        merged[key] = list(dict.fromkeys(list(merged[key]) + [str(w) for w in extra.get(key) or []]))
    return merged


def _build(raw: dict, *, source: str) -> TriggerTable:
    try:
        verbs = {str(k): _entry(str(k), "verb", v, DEFAULT_VERB_TARGETS) for k, v in raw["verbs"].items()}
        nouns = {str(k): _entry(str(k), "noun", v, DEFAULT_NOUN_TARGETS) for k, v in raw["nouns"].items()}
    except (ValueError, AttributeError, TypeError) as err:
        raise PatternError(str(err).replace("triggers.yaml: ", ""), source=source,
                           hint="see 'Trigger patterns' in the README for the format") from err
    for key in ("threat_code", "intent_code", "appeal_code", "demand_code", "converse_codes"):
        for inner, code in (raw.get(key) or {}).items():
            if not known(str(code)):
                raise PatternError(f"{key}: {inner!r} maps to {code!r}, which is not a CAMEO code in cameo.csv",
                                   source=source, hint="see 'Trigger patterns' in the README for the format")
    for code in raw.get("mutual_codes") or ():
        if not known(str(code)):
            raise PatternError(f"mutual_codes: {code!r} is not a CAMEO code in cameo.csv", source=source,
                               hint="see 'Trigger patterns' in the README for the format")
    return TriggerTable(
        verbs=verbs, nouns=nouns,
        light_verbs=frozenset(raw["light_verbs"]), threat_verbs=frozenset(raw["threat_verbs"]),
        intent_verbs=frozenset(raw["intent_verbs"]), intent_adjectives=frozenset(raw["intent_adjectives"]),
        appeal_verbs=frozenset(raw["appeal_verbs"]), demand_verbs=frozenset(raw["demand_verbs"]),
        outcome_verbs=frozenset(raw["outcome_verbs"]), stop_verbs=frozenset(raw["stop_verbs"]),
        abstract_foes=frozenset(raw.get("abstract_foes") or ()),
        mutual_codes=frozenset(str(c) for c in raw.get("mutual_codes") or ()),
        accident_words=frozenset(str(w) for w in raw.get("accident_words") or ()),
        accident_modifiers=frozenset(str(w) for w in raw.get("accident_modifiers") or ()),
        accident_subjects=frozenset(str(w) for w in raw.get("accident_subjects") or ()),
        converse_codes={str(k): str(v) for k, v in (raw.get("converse_codes") or {}).items()},
        threat_code={str(k): str(v) for k, v in raw["threat_code"].items()},
        intent_code={str(k): str(v) for k, v in raw["intent_code"].items()},
        appeal_code={str(k): str(v) for k, v in raw["appeal_code"].items()},
        demand_code={str(k): str(v) for k, v in raw["demand_code"].items()},
    )


@lru_cache(maxsize=8)
def load_triggers(patterns: str | None = None) -> TriggerTable:
    """Our trigger table, or ours merged with the user's pattern file at ``patterns`` (YAML)."""
    raw = data_yaml("triggers.yaml")
    if not patterns:
        return _build(raw, source="triggers.yaml")
    import yaml

    try:
        text = Path(patterns).read_text(encoding="utf-8")
    except OSError as err:
        raise PatternError(f"cannot read the pattern file ({err.strerror or err})", source=patterns) from err
    try:
        extra = yaml.safe_load(text) or {}
    except yaml.YAMLError as err:
        raise PatternError(f"not valid YAML ({err})", source=patterns) from err
    return _build(merge_patterns(raw, extra, source=patterns), source=patterns)
