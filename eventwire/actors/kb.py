"""The actor knowledge base: countries, sector words, titles, organisations and people.

Built once per process from ``data/countries.csv`` and ``data/actors.yaml``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

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
    valid_to: date | None = None

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
        for text in _split(row["nationals"]):
            terms.append(Term(text, "national", f"{iso3}CVL", iso3, "CVL", name, "group", ev))
        for text in _split(row["capitals"]) + _split(row["seats"]):
            role = "capital" if text in _split(row["capitals"]) else "seat"
            terms.append(Term(text, role, f"{iso3}GOV", iso3, "GOV", name, "country", ev))
    return terms


def _org_terms(raw: dict) -> list[Term]:
    terms: list[Term] = []
    for org in raw.get("organizations", []):
        ev = f"actors.yaml:organizations/{org['code']}"
        for text in org["names"]:
            terms.append(Term(text, "organization", org["code"], org.get("country"), org.get("sector"),
                              org["name"], org.get("kind", "organization"), ev))
    return terms


def _people_terms(raw: dict) -> list[Term]:
    terms: list[Term] = []
    for person in raw.get("people", []):
        country = person.get("country")
        sector = person.get("sector")
        code = person.get("code") or (f"{country}{sector or ''}" if country else None)
        ev = f"actors.yaml:people/{person['name']}"
        for text in [person["name"], *person.get("aliases", [])]:
            terms.append(Term(text, "person", code, country, sector, person["name"], "person", ev,
                              _date(person.get("from")), _date(person.get("to"))))
    return terms


def _flatten(table: dict[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for sector, words in table.items():
        for word in words:
            out.setdefault(str(word).lower(), sector)
    return out


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    raw = data_yaml("actors.yaml")
    terms = _country_terms() + _org_terms(raw) + _people_terms(raw)
    return KnowledgeBase(
        terms=tuple(terms),
        sector_nouns=_flatten(raw["sector_nouns"]),
        sector_modifiers={k.lower(): v for k, v in raw["sector_modifiers"].items()},
        materiel=frozenset(w.lower() for w in raw["materiel_nouns"]),
        titles=_flatten(raw["titles"]),
        group_references=dict(raw["group_references"]),
        role_heads=frozenset({"leader", "official", "spokesman", "spokeswoman", "spokesperson", "commander",
                              "chief", "member", "head", "representative", "source", "fighter"}),
        place_heads=frozenset(w.lower() for w in raw.get("place_heads", [])),
        non_actor_heads=frozenset(w.lower() for w in raw.get("non_actor_heads", [])),
    )
