"""Event-location linking on Halterman's gold sentences (../shared/benchmarks/event_location/).

For each gold-test sentence, finds the event eventwire codes for the marked verb (the event whose
trigger is the verb, else the one nearest to it in the sentence) and checks its location against the
gold place names (or that it has none when the gold has none). Prints coverage (a share of sentences
with such an event) and accuracy among covered ones as its last line, as JSON.

    .venv/bin/python benchmarks/event_location.py [--all] [--limit N]

Measuring only: the sentences stay in ../shared and nothing from them goes into the package.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "event_location" / "event_location.jsonl"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--all", action="store_true", help="every record, not only gold_test")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"no {DATA}: the shared benchmarks are not beside the project", file=sys.stderr)
        return 2
    from eventwire.core import extract_many
    from eventwire.settings import Settings

    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if args.all or r.get("gold_test")]
    if args.limit:
        records = records[:args.limit]
    items = [{"id": r["id"], "text": r["text"]} for r in records]
    by_id = {r["id"]: r for r in records}
    covered = right = 0
    for rec in extract_many(items, settings=Settings()):
        if not hasattr(rec, "events"):
            continue
        gold = by_id[rec.article.id]
        verb = gold["verb"]
        if not rec.events:
            continue
        events = sorted(rec.events, key=lambda e: (not (e.trigger.start <= verb["start"] < e.trigger.end),
                                                   abs(e.trigger.start - verb["start"])))
        event = events[0]
        covered += 1
        loc = event.location
        golds = gold.get("locations") or []
        if not golds:
            right += loc is None or (event.evidence or {}).get("location") == "article-focus"
        elif loc is not None:
            right += any(loc.span.start < g["end"] and g["start"] < loc.span.end for g in golds)
    n = len(records)
    print(json.dumps({"records": n, "with_event": covered, "coverage": round(covered / n, 3) if n else None,
                      "location_accuracy": round(right / covered, 3) if covered else None}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
