"""The actor knowledge base: countries, sector words, titles, organisations and people.

Built once per process from ``data/countries.csv`` and ``data/actors.yaml``; a user's own actors
file (``--actors FILE``, ``Settings.actors``) adds to it or overrides it (:func:`merge_user_kb`).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from eventwire.errors import UsageError
from eventwire.resources import data_csv, data_yaml


@dataclass(frozen=True, slots=True)
class Term:
    """One surface form the matcher looks for, and what it stands for."""

    text: str
    role: str  # country | adjective | national | capital | seat | organization | person
    code: str | None
    country: str | None
    sector: str | None
    name: str
    kind: str  # country | organization | group | person
    evidence: str
    valid_from: date | None = None
    valid_to: date | None = None  # the first day out of office
    office: str | None = None  # people.csv role: head_of_state, foreign_minister, group_leader, ...

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return self.valid_to is None  # without a date, only people still in office
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day >= self.valid_to)


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: cached matchers key on it
class KnowledgeBase:
    terms: tuple[Term, ...]
    sector_nouns: dict[str, str]  # lemma or phrase (lower case) -> sector
    sector_modifiers: dict[str, str]
    materiel: frozenset[str]
    titles: dict[str, str]  # lower-case title phrase -> sector
    group_references: dict[str, str]
    role_heads: frozenset[str]  # heads whose sector a modifier overrides ("rebel leader")
    place_heads: frozenset[str] = frozenset()  # "X village": X is a place, not a person
    non_actor_heads: frozenset[str] = frozenset()  # "air strike": a modifier's sector makes no actor
    modified_heads: frozenset[str] = frozenset()  # "rebel enclave": a modifier's sector alone makes an actor
    generic_heads: frozenset[str] = frozenset()  # "unit", "officer": armed unless a noun before names another trade
    anaphors: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "the group" -> kinds it refers to
    title_countries: dict[str, str] = field(default_factory=dict)  # "pope" -> VAT: a title of one state
    title_states: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "sen." -> (USA, PHL, NGA)
    institution_nouns: dict[str, str] = field(default_factory=dict)  # "church" -> REL when capitalised, qualified
    medium_modifiers: frozenset[str] = frozenset()  # "air": a modifier that makes no actor of a bare noun
    unit_nouns: frozenset[str] = frozenset()  # "battalion": a unit, or a newspaper's name when alone and capitalised
    led_bodies: dict[str, str] = field(default_factory=dict)  # "company" -> BUS: a body a leader heads
    body_leaders: frozenset[str] = frozenset()  # "president", "chairman": words that lead a body
    diplomats: frozenset[str] = frozenset()  # "ambassador", "embassy": serve abroad, for the state that sends them

    def terms_for(self, text: str) -> list[Term]:
        return _index(self).get(text, [])

    def surface_forms(self) -> list[str]:
        return sorted(_index(self))


@lru_cache(maxsize=8)
def _index(kb: KnowledgeBase) -> dict[str, list[Term]]:
    out: dict[str, list[Term]] = {}
    for term in kb.terms:
        out.setdefault(term.text, []).append(term)
        if term.text.startswith("the "):  # "The Kremlin" at the start of a sentence
            out.setdefault("T" + term.text[1:], []).append(term)
    return out


def _split(cell: str) -> list[str]:
    return [v for v in (cell or "").split("|") if v]


def _date(value) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _country_terms() -> list[Term]:
    terms: list[Term] = []
    for row in data_csv("countries.csv"):
        iso3, name = row["iso3"], row["name"]
        ev = f"countries.csv:{iso3}"
        for text in [name, *_split(row["aliases"])]:
            terms.append(Term(text, "country", iso3, iso3, None, name, "country", ev))
            if not text.startswith("the "):
                terms.append(Term(f"the {text}", "country", iso3, iso3, None, name, "country", ev))
        for text in _split(row["adjectives"]):
            terms.append(Term(text, "adjective", iso3, iso3, None, name, "country", ev))
            if _lower_case_form(text):  # "tunisian rioters": the tagger takes it before a sector noun only
                terms.append(Term(text.lower(), "adjective", iso3, iso3, None, name, "country", ev))
        for text in _split(row["nationals"]):
            terms.append(Term(text, "national", f"{iso3}CVL", iso3, "CVL", name, "group", ev))
        for text in _split(row["capitals"]) + _split(row["seats"]):
            role = "capital" if text in _split(row["capitals"]) else "seat"
            terms.append(Term(text, role, f"{iso3}GOV", iso3, "GOV", name, "country", ev))
    return terms


def _lower_case_form(adjective: str) -> bool:
    """Whether a country adjective is also matched in lower case: one capitalised word of letters
    ("Tunisian"), not an acronym ("US") nor a short word that is another word in lower case ("Lao")."""
    return adjective.isalpha() and adjective.istitle() and len(adjective) >= 4


def _home_people_terms(table: dict[str, list[str]]) -> list[Term]:
    """Peoples that live mostly in one state but are not named after it ("Chechen rebels", "Karen
    guerrillas", "Basque separatists"): ``home_peoples`` in actors.yaml, ISO3 -> adjectives and
    plural nouns. They code like a country's adjective and nationals ("Chechen rebels" -> RUSREB,
    "Chechens" -> RUSCVL); a plural is a word ending in "s" or listed after a "/" ("Ingush/Ingush")."""
    names = {row["iso3"]: row["name"] for row in data_csv("countries.csv")}
    terms: list[Term] = []
    for iso3, words in (table or {}).items():
        ev = f"actors.yaml:home_peoples/{iso3}"
        for entry in words:
            adjective, _, plural = str(entry).partition("/")
            plural = plural or f"{adjective}s"
            terms.append(Term(adjective, "adjective", iso3, iso3, None, names[iso3], "country", ev))
            terms.append(Term(plural, "national", f"{iso3}CVL", iso3, "CVL", names[iso3], "group", ev))
    return terms


def _org_terms() -> list[Term]:
    """Organisations, armed groups and parties from ``data/organizations.yaml`` (a list of entries:
    code, name, sector, country, kind, names, from/to); checked by scripts/check_organizations.py."""
    terms: list[Term] = []
    for org in data_yaml("organizations.yaml"):
        ev = f"organizations.yaml:{org['code']}"
        start, end = _date(org.get("from")), _date(org.get("to"))
        for text in dict.fromkeys(v for name in org["names"] for v in _apostrophe_variants(name)):
            terms.append(Term(text, "organization", org["code"], org.get("country"), org.get("sector"),
                              org["name"], org.get("kind", "organization"), ev, start, end))
    return terms


# Plural-looking words that names write as a singular possessive more often than not.
SINGULAR_POSSESSIVES = {"Peoples", "Lords"}


def _apostrophe_variants(name: str) -> list[str]:
    """A plural word inside a name is written with or without its apostrophe ("Kurdistan Workers Party",
    "Kurdistan Workers' Party", "Kurdistan Workers’ Party"), or as a singular possessive ("New Peoples
    Army", "New People's Army"; "Lords Resistance Army", "Lord's Resistance Army"); a possessive "'s"
    with either apostrophe."""
    words = name.split(" ")
    variants = [name]

    def plural(k: int, w: str) -> bool:
        return (k < len(words) - 1 and len(w) > 3 and w.endswith("s") and w[:1].isupper()
                and not w.endswith(("ss", "us", "is")))

    for mark in ("'", "’"):
        variants.append(" ".join(w + mark if plural(k, w) else w for k, w in enumerate(words)))
        variants.append(" ".join(w[:-1] + mark + "s" if plural(k, w) and w in SINGULAR_POSSESSIVES else w
                                 for k, w in enumerate(words)))
    for a, b in (("'s ", "’s "), ("’s ", "'s ")):
        if a in name:
            variants.append(name.replace(a, b))
    return variants


def _people_terms() -> list[Term]:
    """One term per name and alias of each row of ``people.csv`` (a row is one term in office)."""
    terms: list[Term] = []
    for row in data_csv("people.csv"):
        country = row["country"] or None
        sector = row["sector"] or None
        code = row["code"] or (f"{country}{sector or ''}" if country else None)
        ev = f"people.csv:{row['name']}"
        start, end = _date(row["from"]), _date(row["to"])
        for text in dict.fromkeys([row["name"], *_split(row["aliases"])]):
            terms.append(Term(text, "person", code, country, sector, row["name"], "person", ev,
                              start, end, row["role"]))
    return terms


def _flatten(table: dict[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for sector, words in table.items():
        for word in words:
            out.setdefault(str(word).lower(), sector)
    return out


def load_kb(user_file: str | Path | None = None) -> KnowledgeBase:
    """Our knowledge base, or ours merged with the user's actors file at ``user_file`` (YAML; see
    :func:`merge_user_kb`). Built once per process, and once per user file path."""
    return _user_kb(str(user_file)) if user_file else _builtin_kb()


@lru_cache(maxsize=1)
def _builtin_kb() -> KnowledgeBase:
    raw = data_yaml("actors.yaml")
    terms = _country_terms() + _home_people_terms(raw.get("home_peoples")) + _org_terms() + _people_terms()
    return KnowledgeBase(
        terms=tuple(terms),
        sector_nouns=_flatten(raw["sector_nouns"]),
        sector_modifiers={k.lower(): v for k, v in raw["sector_modifiers"].items()},
        materiel=frozenset(w.lower() for w in raw["materiel_nouns"]),
        titles=_flatten(raw["titles"]),
        group_references=dict(raw["group_references"]),
        role_heads=frozenset({"leader", "official", "spokesman", "spokeswoman", "spokesperson", "commander",
                              "chief", "member", "head", "representative", "source", "fighter", "adviser",
                              "advisor"}),
        place_heads=frozenset(w.lower() for w in raw.get("place_heads", [])),
        non_actor_heads=frozenset(w.lower() for w in raw.get("non_actor_heads", [])),
        modified_heads=frozenset(str(w).lower() for w in raw.get("modified_heads") or []),
        generic_heads=frozenset(str(w).lower() for w in raw.get("generic_heads") or []),
        anaphors={k.lower(): tuple(v) for k, v in (raw.get("anaphors") or {}).items()},
        title_countries={str(w).lower(): iso3 for iso3, words in (raw.get("title_countries") or {}).items()
                         for w in words},
        title_states={str(w).lower(): tuple(v) for w, v in (raw.get("title_states") or {}).items()},
        institution_nouns=_flatten(raw.get("institution_nouns") or {}),
        unit_nouns=frozenset(str(w).lower() for w in raw.get("unit_nouns") or []),
        medium_modifiers=frozenset(str(w).lower() for w in raw.get("medium_modifiers") or []),
        led_bodies=_flatten(raw.get("led_bodies") or {}),
        body_leaders=frozenset(str(w).lower() for w in raw.get("body_leaders") or []),
        diplomats=frozenset(str(w).lower() for w in raw.get("diplomats") or []),
    )


# The user's own actors file ------------------------------------------------------------------------

class ActorFileError(UsageError):
    """A user actors file that cannot be used; ``source`` is the file, ``reason`` names the entry."""


USER_SECTIONS = ("organizations", "people", "remove")
ORG_KEYS = ("code", "name", "names", "sector", "country", "kind", "from", "to")
PERSON_KEYS = ("name", "aliases", "country", "sector", "code", "from", "to")
ORG_KINDS = ("organization", "group")
KEY_MIXUPS = {"organizations": {"alias": "names", "aliases": "names"},
              "people": {"alias": "aliases", "names": "aliases"}}
FORMAT_HINT = "see 'Your own actors' in the README for the format"
_CODE = re.compile(r"[A-Z][A-Z0-9]{2,}")  # CAMEO actor codes: NATO, SOMREB, UNOOCHA
_SECTOR = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True, slots=True)
class UserActors:
    """A parsed actors file: the terms it defines, and built-in surface forms it removes."""

    terms: tuple[Term, ...]
    remove: tuple[str, ...]


@lru_cache(maxsize=8)
def _user_kb(path: str) -> KnowledgeBase:
    return merge_user_kb(_builtin_kb(), read_user_kb(path), source=path)


def read_user_kb(path: str | Path) -> dict:
    """The YAML mapping in the user's actors file (``{}`` for an empty file)."""
    import yaml

    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = getattr(err, "strerror", None) or err
        raise ActorFileError(f"cannot read the actors file ({reason})", source=source) from err
    try:
        raw = yaml.load(text, Loader=_text_loader())  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as err:
        raise ActorFileError(f"not valid YAML ({err})", source=source) from err
    return {} if raw is None else raw


def _text_loader():
    """A SafeLoader that reads every plain scalar but null as text: the names NO (Norway) and 1920, and
    the dates, stay as written (dates are checked entry by entry, with the entry named)."""
    import yaml

    class TextLoader(yaml.SafeLoader):
        pass

    dropped = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
               "tag:yaml.org,2002:timestamp"}
    TextLoader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in dropped]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    return TextLoader


def merge_user_kb(kb: KnowledgeBase, extra: dict, *, source: str) -> KnowledgeBase:
    """``kb`` with a user's actors file (``extra``, the parsed YAML) merged over it.

    A surface form the user defines replaces every built-in term for that form (and for its "the"
    form: overriding "Congo" also drops our "the Congo"); the forms listed under ``remove`` (and
    their "the" forms) are dropped; the user's terms are added. Raises :class:`ActorFileError`.
    """
    user = parse_user_kb(extra, source=source)
    ours = {t.text for t in kb.terms}
    for form in user.remove:
        if form not in ours and f"the {form}" not in ours:
            close = _suggest(form, ours)
            raise ActorFileError(f"remove: {form!r} is not a name in the built-in knowledge base",
                                 source=source, hint=f"did you mean {close!r}?" if close
                                 else "list names exactly as written, capitals included")
    dropped = set(user.remove) | {t.text for t in user.terms}
    dropped |= {f"the {form}" for form in dropped if not form.startswith("the ")}
    kept = tuple(t for t in kb.terms if t.text not in dropped)
    return replace(kb, terms=kept + user.terms)


def parse_user_kb(extra: dict, *, source: str) -> UserActors:
    """Check a user's actors file entry by entry and build its terms (see :func:`merge_user_kb`)."""
    if not isinstance(extra, dict):
        raise ActorFileError("an actors file must be a mapping with the sections "
                             f"{', '.join(USER_SECTIONS)}", source=source, hint=FORMAT_HINT)
    unknown = sorted(map(str, set(extra) - set(USER_SECTIONS)))
    if unknown:
        raise ActorFileError(f"unknown section(s) {', '.join(unknown)}", source=source,
                             hint=f"use {', '.join(USER_SECTIONS)}")
    evidence = Path(source).name
    terms: list[Term] = []
    for n, entry in enumerate(_section(extra, "organizations", source), 1):
        terms += _user_org_terms(_Entry(entry, "organizations", n, source, ORG_KEYS), evidence)
    for n, entry in enumerate(_section(extra, "people", source), 1):
        terms += _user_person_terms(_Entry(entry, "people", n, source, PERSON_KEYS), evidence)
    remove = tuple(_text(form, f"remove entry {n}", "name", source)
                   for n, form in enumerate(_section(extra, "remove", source), 1))
    return UserActors(terms=tuple(terms), remove=remove)


def _section(extra: dict, name: str, source: str) -> list:
    value = extra.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        example = "- {code: ..., name: ...}" if name != "remove" else "[a name, another name]"
        raise ActorFileError(f"'{name}' must be a list", source=source, hint=f"write its entries as {example}")
    return value


def _suggest(word: str, options) -> str | None:
    """The option ``word`` was probably meant to be: the same but for capitals, else a close spelling."""
    options = list(options)
    same = [o for o in options if o.casefold() == word.casefold()]
    close = same or difflib.get_close_matches(word, options, n=1)
    return close[0] if close else None


def _text(value, where: str, what: str, source: str) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise ActorFileError(f"{where}: {what} {value!r} is not a text", source=source,
                         hint="give one non-empty text here, not a list or a mapping")


class _Entry:
    """One entry of a user file, with the checks that name the file, the entry and the fix."""

    def __init__(self, raw, section: str, n: int, source: str, keys: tuple[str, ...]):
        self.source = source
        self.where = f"{section} entry {n}"
        if not isinstance(raw, dict):
            self.fail(f"is {raw!r}, not a mapping", "write it as {" + ", ".join(f"{k}: ..." for k in keys[:3]) + "}")
        self.raw = {str(k): v for k, v in raw.items()}
        if isinstance(self.raw.get("name"), str) and self.raw["name"].strip():
            self.where += f" ({self.raw['name'].strip()})"
        unknown = sorted(set(self.raw) - set(keys))
        if unknown:
            close = KEY_MIXUPS[section].get(unknown[0]) or _suggest(unknown[0], keys)
            self.fail(f"unknown key(s) {', '.join(unknown)}",
                      f"did you mean '{close}'? The keys are {', '.join(keys)}" if close
                      else f"the keys are {', '.join(keys)}")

    def fail(self, reason: str, hint: str):
        raise ActorFileError(f"{self.where}: {reason}", source=self.source, hint=hint)

    def text(self, key: str, *, required: bool = False) -> str | None:
        if self.raw.get(key) is None:
            if required:
                self.fail(f"no '{key}'", f"add {key}: ...")
            return None
        return _text(self.raw[key], self.where, key, self.source)

    def texts(self, key: str) -> list[str]:
        value = self.raw.get(key)
        if value is None:
            return []
        values = value if isinstance(value, list) else [value]
        return [_text(v, self.where, f"one of the {key}", self.source) for v in values]

    def code(self, key: str, example: str, *, required: bool = False) -> str | None:
        if self.raw.get(key) is None and required:
            self.fail(f"no '{key}'", f"add {key}: a CAMEO actor code such as {example}")
        value = self.text(key)
        if value is not None and not _CODE.fullmatch(value):
            self.fail(f"{key} {value!r} is not a CAMEO actor code",
                      f"use capital letters and digits, such as {example}")
        return value

    def sector(self) -> str | None:
        value = self.text("sector")
        if value is not None and not _SECTOR.fullmatch(value):
            self.fail(f"sector {value!r} is not a CAMEO sector code",
                      "use three capital letters, such as GOV, MIL, REB, OPP, IGO, NGO")
        return value

    def country(self) -> str | None:
        value = self.text("country")
        if value is not None and value not in _known_countries():
            close = [c for c in _known_countries() if c == value.upper()]
            self.fail(f"unknown country {value!r}",
                      f"did you mean {close[0]}?" if close
                      else "use an ISO 3166 alpha-3 code from eventwire/data/countries.csv, such as KEN")
        return value

    def dates(self) -> tuple[date | None, date | None]:
        start, end = self._date("from"), self._date("to")
        if start and end and start >= end:
            self.fail(f"'from' {start} is not before 'to' {end}", "swap them, or fix the years")
        return start, end

    def _date(self, key: str) -> date | None:
        value = self.raw.get(key)
        if value in (None, ""):
            return None
        if isinstance(value, datetime):  # from a caller's own YAML loader
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"'{key}' {value!r} is not a date", "write it as YYYY-MM-DD, e.g. 2019-05-20")


@lru_cache(maxsize=1)
def _known_countries() -> frozenset[str]:
    return frozenset(row["iso3"] for row in data_csv("countries.csv"))


def _user_org_terms(entry: _Entry, evidence: str) -> list[Term]:
    code = entry.code("code", "SOMREB", required=True)
    name = entry.text("name", required=True)
    sector, country = entry.sector(), entry.country()
    kind = entry.text("kind") or "organization"
    if kind not in ORG_KINDS:
        entry.fail(f"kind {kind!r} is not one of {', '.join(ORG_KINDS)}",
                   "use 'group' for armed groups and movements, else leave kind out")
    start, end = entry.dates()
    ev = f"{evidence}:organizations/{code}"
    return [Term(text, "organization", code, country, sector, name, kind, ev, start, end)
            for text in dict.fromkeys(entry.texts("names") or [name])]


def _user_person_terms(entry: _Entry, evidence: str) -> list[Term]:
    name = entry.text("name", required=True)
    country, sector = entry.country(), entry.sector()
    code = entry.code("code", "KENGOV")
    if code is None and country is None:
        entry.fail("no 'code' and no 'country'",
                   "add country: an ISO3 code (with sector: GOV, MIL ...) or code: KENGOV")
    start, end = entry.dates()
    code = code or f"{country}{sector or ''}"
    ev = f"{evidence}:people/{name}"
    return [Term(text, "person", code, country, sector, name, "person", ev, start, end)
            for text in dict.fromkeys([name, *entry.texts("aliases")])]
