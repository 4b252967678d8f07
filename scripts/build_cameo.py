#!/usr/bin/env python3
"""Build eventwire/data/cameo.csv: every CAMEO code with name, root, Goldstein score, quad class
and a PLOVER type/mode.

Only facts are kept (code, short name, numeric scores, the CAMEO->PLOVER correspondence); no
definitions, usage notes or examples. Inputs are the reference tables in
``../shared/benchmarks/cameo/`` (see that folder's README for their provenance):

    python scripts/build_cameo.py [--shared ../shared] [--check]

``--check`` rebuilds in memory and exits 1 if the committed file differs.
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
OUT = ROOT / "eventwire" / "data" / "cameo.csv"
COLUMNS = ["code", "root", "name", "goldstein", "quad_class", "plover_type", "plover_mode"]
# PLOVER leaves out statements (01); appeals (02) are requests in PLOVER's sense.
PLOVER_FOR_UNMAPPED_ROOT = {"01": "", "02": "REQUEST"}
# Where the manual's correspondence table and its own type definitions disagree, the definitions win:
# CONCEDE names "removing curfews" and easing "legal restrictions" (the table: RETREAT); SANCTION's
# `discontinue` mode names international sanctions (the table: COERCE); CAMEO 19 is ASSAULT throughout
# (the table puts occupying territory under COERCE `seize`, which the definitions keep for searches,
# confiscation and raids); RETREAT "also covers resignations of government officials", which CAMEO writes
# as 0831 (the table: CONCEDE).
PLOVER_BY_DEFINITION = {
    "0813": ("CONCEDE", ""),
    "0814": ("CONCEDE", ""),
    "163": ("SANCTION", "discontinue"),
    "192": ("ASSAULT", ""),
    "0831": ("RETREAT", "resign"),  # a change in leadership conceded is a resignation: RETREAT names "resignations"
}


def quad_class(root: str) -> int:
    """ICEWS/Phoenix grouping: 01-05 verbal coop., 06-08 material coop., 09-13 verbal conflict, 14-20 material conflict."""
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def build(shared: Path) -> str:
    cameo_dir = shared / "benchmarks" / "cameo"
    with open(cameo_dir / "cameo_codes.csv", encoding="utf-8", newline="") as fh:
        codes = list(csv.DictReader(fh))
    with open(cameo_dir / "cameo_to_plover.csv", encoding="utf-8", newline="") as fh:
        mapping_rows = list(csv.DictReader(fh))
    mapping: dict[str, tuple[str, str]] = {}
    for row in mapping_rows:
        code = row["cameo_code"]
        if row["is_root_header"] == "True":
            mapping.setdefault(code, (row["plover_event_type"], ""))
        else:  # first row wins where a code is listed twice
            mapping.setdefault(code, (row["plover_event_type"], row["plover_mode"]))

    def plover_for(code: str) -> tuple[str, str]:
        if code in PLOVER_BY_DEFINITION:
            return PLOVER_BY_DEFINITION[code]
        for key in (code, code[:3], code[:2]):
            if key in mapping:
                return mapping[key]
        return (PLOVER_FOR_UNMAPPED_ROOT.get(code[:2], ""), "")

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in codes:
        code = row["code"]
        root = row["root"]
        goldstein = row["goldstein"] or row["goldstein_icews"]
        name = row["name"].strip()
        ptype, pmode = plover_for(code)
        writer.writerow([code, root, name, goldstein, quad_class(root), ptype, pmode])
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    args = ap.parse_args(argv)
    text = build(args.shared)
    return write_or_check(OUT, text, check=args.check, unit="codes")


if __name__ == "__main__":
    sys.exit(main())
