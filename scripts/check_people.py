#!/usr/bin/env python3
"""Check eventwire/data/people.csv, the table of office holders with their dates in office.

Each row is one person's one term: the country exists in countries.csv, the sector and role are
known, the dates parse and ``from`` comes before ``to``, one person's terms do not overlap, no alias
names two people whose terms overlap, and no alias is an English word or a country/organisation
name that would shadow another term. Prints one line per problem and exits 1 if there is any.

    python scripts/check_people.py [PATH]
"""
from __future__ import annotations

import csv
import sys
from datetime import date
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "eventwire" / "data"
PEOPLE = DATA / "people.csv"
COLUMNS = ["name", "aliases", "country", "sector", "code", "role", "from", "to"]
SECTORS = {"GOV", "MIL", "IGO", "REB", "INS", "OPP", "JUD", "COP", "LEG", "ELI", "SPY", "BUS", "REL", "CRM"}
ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "igo_head",
         "military_chief", "group_leader", "other"}
# English words that are also surnames: as aliases they would code ordinary text ("Rice", "May").
STOP_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "is", "it", "he", "she", "said",
              "says", "new", "will", "can", "may", "march", "april", "june", "august", "brown", "rice", "gates",
              "ban", "fox", "hague", "straw", "struck", "cleverly", "wade", "pace", "king",
              "president", "minister", "general", "chief", "leader", "head", "prime", "turk", "park", "moon",
              "long", "young", "white", "black", "green", "hunt", "lee", "kim", "khan", "ali", "singh",
              "mohammed", "muhammad", "ahmed", "hassan", "hussein", "abdullah", "salman", "sharif"}


def _day(value: str, column: str, where: str, problems: list[str]) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        problems.append(f"{where}: {column} {value!r} is not a date (YYYY-MM-DD)")
        return None


def _overlap(a: tuple[date, date | None], b: tuple[date, date | None]) -> bool:
    """Whether two terms share a day; ``to`` is the first day out of office, None still in office."""
    far = date.max
    return a[0] < (b[1] or far) and b[0] < (a[1] or far)


def _organizations() -> list[dict]:
    import yaml

    path = DATA / "organizations.yaml"
    if path.exists():
        return yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return yaml.safe_load((DATA / "actors.yaml").read_text(encoding="utf-8")).get("organizations", [])


def _reserved_names(orgs: list[dict]) -> set[str]:
    """Country names, adjectives, capitals and organisation names: an alias must not shadow them."""
    out: set[str] = set()
    with (DATA / "countries.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for column in ("name", "aliases", "adjectives", "nationals", "capitals", "seats"):
                out.update(v for v in row[column].split("|") if v)
    for org in orgs:
        out.update(org["names"])
    return out


def check(path: Path = PEOPLE) -> list[str]:
    """The problems of the table at ``path``, one line each ("people.csv:12: Name: reason")."""
    problems: list[str] = []
    with (DATA / "countries.csv").open(encoding="utf-8") as f:
        iso3 = {row["iso3"] for row in csv.DictReader(f)}
    orgs = _organizations()
    org_codes = {org["code"] for org in orgs}
    reserved = _reserved_names(orgs)
    with Path(path).open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            return [f"{path.name}: columns are {reader.fieldnames}, expected {COLUMNS}"]
        rows = list(enumerate(reader, start=2))
    terms: list[tuple[str, str, tuple[date, date | None], list[str]]] = []  # where, name, dates, forms
    for line, row in rows:
        name = row["name"].strip()
        where = f"{path.name}:{line}: {name or '(no name)'}"
        if not name or name != row["name"]:
            problems.append(f"{where}: the name is empty or has spaces around it")
        if None in row or any(v is None for v in row.values()):
            problems.append(f"{where}: {len(COLUMNS)} cells expected")
            continue
        country, sector, code = row["country"], row["sector"], row["code"]
        if country and country not in iso3:
            problems.append(f"{where}: country {country!r} is not an ISO3 code of countries.csv")
        if not country and not code:
            problems.append(f"{where}: no country and no code")
        if code and code not in org_codes:
            problems.append(f"{where}: code {code!r} is no organisation's code")
        if country and code == f"{country}{sector}":
            problems.append(f"{where}: code {code!r} repeats country+sector (leave it empty)")
        if sector not in SECTORS:
            problems.append(f"{where}: sector {sector!r} is not one of {', '.join(sorted(SECTORS))}")
        if row["role"] not in ROLES:
            problems.append(f"{where}: role {row['role']!r} is not one of {', '.join(sorted(ROLES))}")
        start = _day(row["from"], "from", where, problems)
        end = _day(row["to"], "to", where, problems) if row["to"] else None
        if start and end and not start < end:
            problems.append(f"{where}: from {start} is not before to {end}")
        aliases = row["aliases"].split("|") if row["aliases"] else []
        for alias in aliases:
            if not alias or alias != alias.strip() or "  " in alias:
                problems.append(f"{where}: alias {alias!r} is empty or has stray spaces")
            elif alias.lower() in STOP_WORDS:
                problems.append(f"{where}: alias {alias!r} is a common word or a name shared by many")
            elif alias in reserved:
                problems.append(f"{where}: alias {alias!r} is a country or organisation name")
            elif not alias[:1].isupper() and not alias.startswith(("al-", "el-", "bin ", "dos ", "de ", "von ", "zu ")):
                problems.append(f"{where}: alias {alias!r} does not start with a capital")
        if len(set(aliases)) != len(aliases) or name in aliases:
            problems.append(f"{where}: an alias is listed twice or repeats the name")
        if start:
            terms.append((where, name, (start, end), [name, *aliases]))
    for (w1, n1, d1, f1), (w2, n2, d2, f2) in combinations(terms, 2):
        if not _overlap(d1, d2):
            continue
        if n1 == n2:
            problems.append(f"{w2}: term {d2[0]}..{d2[1] or ''} overlaps the term on line {w1.split(':')[1]}")
            continue
        for form in sorted(set(f1) & set(f2)):
            problems.append(f"{w2}: {form!r} also names {n1} (line {w1.split(':')[1]}) in the same years")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else PEOPLE
    problems = check(path)
    for problem in problems:
        print(problem)
    with path.open(encoding="utf-8") as f:
        count = sum(1 for _ in f) - 1
    print(f"{path.name}: {count} rows, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
