#!/usr/bin/env python3
"""Check eventwire/data/organizations.yaml, the table of organisations, armed groups and parties.

Each entry has the known keys, a unique code of capitals and digits that starts with its country and
sector when it has a country (and with no country code when it has none), a country from
countries.csv, a known CAMEO sector and kind, dates that parse with ``from`` before ``to``, and names
that are texts. No name is listed by two entries, none is a common English word ("Labour",
"Amnesty") or a country, capital or demonym of countries.csv, and every name splits into the same
tokens for the actor matcher as for the spaCy tokenizer (else it could never be found: "Workers'
Party", "MS-13"). Prints one line per problem and exits 1 if there is any.

    python scripts/check_organizations.py [PATH]
"""
from __future__ import annotations

import csv
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "eventwire" / "data"
TABLE = DATA / "organizations.yaml"
KEYS = {"code", "name", "sector", "country", "kind", "names", "from", "to"}
KINDS = {"organization", "group"}
# CAMEO sector (role) codes an organisation can carry.
SECTORS = {"AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO",
           "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MOD", "NGO", "OPP", "PTY", "RAD", "REB", "REF",
           "REL", "SEP", "SPY", "UAF"}
FUNCTION_WORDS = {"the", "of", "and", "for", "in", "a", "an", "to", "on"}
# Names that the word list (WordNet, through the spaCy model's lemmatizer) holds only because it
# lists the body itself: they are names, not ordinary words, and stay.
NAMES_NOT_WORDS = {"europol", "fatah", "greenpeace", "hamas", "hezbollah", "hizballah", "hizbollah", "hizbullah",
                   "interahamwe", "interpol", "kuomintang", "mossad", "nato", "peshmerga", "taliban", "unesco", "unicef",
                   "wagner"}
# Forms kept on purpose although a check would refuse them; the reason is the review.
ALLOWED = {
    "the alliance": "NATO in most news that says it; an --actors file can drop it (remove:)",
    "Brussels": "the EU in news (a metonym), chosen over the Belgian capital on purpose",
    "international community": "the states acting together, a party to appeals and demands in news",
    "the international community": "the same, with its article",
}


def _iso3() -> dict[str, set[str]]:
    """ISO3 -> every surface form countries.csv gives the country (names, demonyms, capitals)."""
    out: dict[str, set[str]] = {}
    with (DATA / "countries.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            forms = out.setdefault(row["iso3"], set())
            for column in ("name", "aliases", "adjectives", "nationals", "capitals", "seats"):
                for form in (v for v in row[column].split("|") if v):
                    forms.update({form, f"the {form}"})
    return out


def _day(value) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _english_words(nlp) -> set[str]:
    """Lower-case English words: the lemmatizer's word index (nouns, verbs, adjectives, adverbs)."""
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, [])}


def _common_word(tokens: list[str], words: set[str]) -> bool:
    """Whether a form reads as ordinary English where it could be matched: one word written in lower
    case or with only its first letter capital (a sentence start), or all lower-case common words."""
    if len(tokens) == 1:
        word = tokens[0]
        return (word in (word.lower(), word.capitalize()) and word.lower() in words
                and word.lower() not in NAMES_NOT_WORDS)
    content = [t for t in tokens if t not in FUNCTION_WORDS]
    return bool(content) and all(t.islower() and t in words for t in content)


def check(entries: list | None = None, *, nlp=None, path: Path = TABLE) -> list[str]:
    """The problems of the table (``entries``, else the file at ``path``), one line each."""
    import yaml

    from eventwire.actors.tagger import _words

    if nlp is None:
        from eventwire.parse.nlp import load_pipeline

        nlp = load_pipeline()
    if entries is None:
        entries = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    name = Path(path).name
    if not isinstance(entries, list):
        return [f"{name}: the file must be a list of entries"]
    countries = _iso3()
    country_forms = {form: iso3 for iso3, forms in countries.items() for form in forms}
    words = _english_words(nlp)
    problems: list[str] = []
    codes: dict[str, int] = {}
    owners: dict[str, str] = {}  # surface form (and its "The" form) -> code of its entry
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            problems.append(f"{name}: entry {n} is not a mapping")
            continue
        code, country, sector = entry.get("code"), entry.get("country"), entry.get("sector")
        where = f"{name}: {code or f'entry {n}'} ({entry.get('name')})"
        unknown = sorted(set(entry) - KEYS)
        if unknown:
            problems.append(f"{where}: unknown key(s) {', '.join(map(str, unknown))}")
        if not isinstance(code, str) or not code.isalnum() or code.upper() != code or len(code) < 3:
            problems.append(f"{where}: code {code!r} is not capitals and digits")
            code = str(code)
        elif code in codes:
            problems.append(f"{where}: code {code} is also entry {codes[code]}'s")
        codes.setdefault(code, n)
        if not isinstance(entry.get("name"), str) or not entry["name"].strip():
            problems.append(f"{where}: no name")
        if sector not in SECTORS:
            problems.append(f"{where}: sector {sector!r} is not one of {', '.join(sorted(SECTORS))}")
        if entry.get("kind", "organization") not in KINDS:
            problems.append(f"{where}: kind {entry.get('kind')!r} is not one of {', '.join(sorted(KINDS))}")
        if country is not None and country not in countries:
            problems.append(f"{where}: country {country!r} is not an ISO3 code of countries.csv")
        elif country and sector in SECTORS and not code.startswith(f"{country}{sector}"):
            problems.append(f"{where}: code {code} does not start with country+sector {country}{sector}")
        elif country is None and code[:3] in countries:
            problems.append(f"{where}: code {code} starts with the country code {code[:3]} but the entry "
                            "has no country")
        try:
            start, end = _day(entry.get("from")), _day(entry.get("to"))
        except ValueError as err:
            problems.append(f"{where}: a date is not YYYY-MM-DD ({err})")
        else:
            if start and end and not start < end:
                problems.append(f"{where}: from {start} is not before to {end}")
        forms = entry.get("names")
        if not isinstance(forms, list) or not forms:
            problems.append(f"{where}: names must be a non-empty list")
            continue
        for form in forms:
            if not isinstance(form, str) or not form.strip() or form != " ".join(form.split()):
                problems.append(f"{where}: name {form!r} is not a text with single spaces")
                continue
            keys = {form, "T" + form[1:]} if form.startswith("the ") else {form}
            for key in keys:
                if key in owners:
                    problems.append(f"{where}: name {form!r} is also a name of {owners[key]}")
                owners.setdefault(key, code)
            tokens = _words(form)
            parsed = [t.text for t in nlp.tokenizer(form)]
            if tokens != parsed:
                problems.append(f"{where}: name {form!r} is tokenised {parsed}, the matcher looks for {tokens}: "
                                "it is never found")
            if form in ALLOWED:
                continue
            if _common_word(tokens, words):
                problems.append(f"{where}: name {form!r} is a common English word")
            if form in country_forms:
                problems.append(f"{where}: name {form!r} is a name of the country {country_forms[form]}")
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else TABLE
    problems = check(path=path)
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
