"""Event detection on the CASE 2021 Task 2 snippets (../shared/benchmarks/case2021_task2/).

Each snippet has one gold type: an ACLED sub-event type (armed clash, air strike, peaceful protest,
arrests ...) or one of five others (natural and man-made disasters, diplomacy ...). This script runs
eventwire on every snippet and counts, per type, the snippets with an asserted event of a CAMEO root
that type can be told with (``ROOTS`` below, our reading of the ACLED and CAMEO codebooks), and for the
disaster types the snippets with no violent, protest or repression event (an accident is no attack).
Organised crime, attribution and the ACLED types about groups and headquarters are left out: CAMEO
has no act for them. Prints a line per type, then the totals as JSON on the last line.

    .venv/bin/python benchmarks/event_types.py [--limit N] [--misses TYPE]

Measuring only: the snippets stay in ../shared and nothing from them goes into the package.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "case2021_task2" / \
    "case2021_task2_test.jsonl"

VIOLENCE = {"18", "19", "20"}
ROOTS: dict[str, set[str]] = {
    "ARMED_CLASH": VIOLENCE, "ATTACK": VIOLENCE, "AIR_STRIKE": VIOLENCE, "ART_MISS_ATTACK": VIOLENCE,
    "REM_EXPLOS": VIOLENCE, "SUIC_BOMB": VIOLENCE, "GRENADE": VIOLENCE, "CHEM_WEAP": VIOLENCE,
    "ABDUCT_DISSAP": {"18", "17"}, "SEX_VIOL": {"18"},
    "PEACE_PROTEST": {"14"}, "PROTEST_WITH_INTER": {"14", "17"}, "FORCE_AGAINST_PROTEST": {"14", "17", "18", "19"},
    "VIOL_DEMONSTR": {"14", "17", "18"}, "MOB_VIOL": {"14", "17", "18", "19"},
    "ARREST": {"17"}, "PROPERTY_DISTRUCT": {"14", "17", "18", "19"},
    "GOV_REGAINS_TERIT": {"19", "08"}, "NON_STATE_ACTOR_OVERTAKES_TER": {"19"},
    "AGREEMENT": {"03", "05", "06", "08"}, "DIPLO": {"01", "02", "03", "04", "05", "06", "10", "11", "12", "13", "16"},
    "NATURAL_DISASTER": set(), "MAN_MADE_DISASTER": set(),
}
HARM = {"14", "17", "18", "19", "20"}  # what a disaster story must not be coded as


def hit(kind: str, roots: set[str]) -> bool:
    return not roots & HARM if not ROOTS[kind] else bool(roots & ROOTS[kind])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--misses", metavar="TYPE", help="print the snippets of TYPE that were missed")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"no {DATA}: the shared benchmarks are not beside the project", file=sys.stderr)
        return 2
    from eventwire.core import extract_many
    from eventwire.settings import Settings

    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if r["labels"]["subtype"] in ROOTS]
    if args.limit:
        records = records[:args.limit]
    by_id = {r["id"]: r for r in records}
    items = [{"id": r["id"], "text": r["text"]} for r in records]
    found, total = Counter(), Counter()
    for rec in extract_many(items, settings=Settings()):
        if not hasattr(rec, "events"):
            continue
        kind = by_id[rec.article.id]["labels"]["subtype"]
        roots = {e.cameo.code[:2] for e in rec.events if e.modality == "asserted"}
        total[kind] += 1
        found[kind] += hit(kind, roots)
        if args.misses == kind and not hit(kind, roots):
            print(f"  miss {rec.article.id} {sorted(roots)} | {rec.article.text[:160]}")
    for kind in sorted(total):
        print(f"{kind:32s} {found[kind]:4d}/{total[kind]}")
    n = sum(total.values())
    print(json.dumps({"snippets": n, "detected": sum(found.values()),
                      "detection_rate": round(sum(found.values()) / n, 3) if n else None}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
