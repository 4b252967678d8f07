"""The eventwire command: a thin layer over the library (parse arguments, call, print)."""
from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from eventwire.errors import EventwireError, UsageError
from eventwire.model import Failure, Record
from eventwire.settings import DEFAULT_MODEL, Settings

DESCRIPTION = """\
eventwire turns news articles into event data: who did what to whom (CAMEO/PLOVER), where, when,
how many, and who says so, every field with its character span in the article.

Inputs: .txt (title on the first line), .html, .json/.jsonl records ({id, title, text, published,
url, outlet}), folders of them, or - for standard input.
Exit status: 0 all articles processed, 1 some failed (each reported on stderr as 'PATH: reason'),
2 bad usage.
"""

EPILOG = """\
examples:
  eventwire demo                                  ingest the bundled sample articles and show the events
  eventwire extract article.txt --published 2020-02-28
  eventwire extract news/ --format csv > events.csv
  eventwire ingest news/ --db events.duckdb
  eventwire actors --unknown news/                the most frequent names that got no actor code
  eventwire events --db events.duckdb --country SYR --root 19 --since 2020-01-01
  eventwire events --db events.duckdb --format geojson -o events.geojson
  eventwire sql --db events.duckdb "SELECT cameo_root, count(*) FROM events GROUP BY 1"
  eventwire clusters --db events.duckdb --min-reports 2   happenings reported by two articles or more
  eventwire losses --db events.duckdb --by side           killed, wounded, destroyed ... per side
"""


def _date_arg(value: str) -> str:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None
    return value


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n <= 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return n


def _add_extraction_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD",
                   help="publication date for articles whose input gives none (resolves 'on Thursday')")
    p.add_argument("--model", default=DEFAULT_MODEL, metavar="NAME",
                   help=f"spaCy pipeline to parse with (default {DEFAULT_MODEL}; e.g. en_core_web_md where installed)")
    p.add_argument("--max-bytes", type=_positive_int, default=Settings().max_bytes, metavar="N",
                   help="refuse input files larger than N bytes (default 10 MB)")
    p.add_argument("--batch-size", type=_positive_int, default=Settings().batch_size, metavar="N",
                   help="articles parsed together by spaCy's nlp.pipe (default 16)")
    p.add_argument("--processes", type=_positive_int, default=1, metavar="N",
                   help="parse with N processes (default 1; 2 or more pays off on hundreds of articles)")
    p.add_argument("--no-progress", action="store_true", help="do not show a progress bar on stderr")
    p.add_argument("--patterns", metavar="FILE",
                   help="your trigger patterns (YAML, the format of eventwire/data/triggers.yaml) "
                        "merged over the built-in ones; see the README")
    p.add_argument("--actors", metavar="FILE",
                   help="your own organisations and people (YAML) added to or overriding the built-in "
                        "actor knowledge base; see 'Your own actors' in the README")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventwire", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"eventwire {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="print the events of articles (JSON Lines by default)",
                       description="Extract events from articles and print one record per article.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for standard input")
    p.add_argument("--format", default="jsonl", choices=["jsonl", "json", "csv", "table"],
                   help="jsonl: one record per line (default); json: an array; csv/table: one row per event")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    _add_extraction_options(p)

    p = sub.add_parser("ingest", help="extract articles and store them in a DuckDB file",
                       description="Extract events and store articles, events, actors and mentions in DuckDB. "
                                   "One transaction per article; an article already stored (same cleaned text) "
                                   "is skipped.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for standard input")
    p.add_argument("--db", required=True, metavar="FILE", help="DuckDB file (created if missing)")
    _add_extraction_options(p)

    p = sub.add_parser("events", help="list stored events, filtered",
                       description="Read events back from the store, newest first.")
    p.add_argument("--db", required=True, metavar="FILE", help="DuckDB file written by 'eventwire ingest'")
    p.add_argument("--country", metavar="ISO3", help="events whose source or target is of this country (e.g. SYR)")
    p.add_argument("--root", metavar="NN", help="CAMEO root code, e.g. 19 (fight) or 04 (consult)")
    p.add_argument("--since", type=_date_arg, metavar="YYYY-MM-DD",
                   help="events dated on or after this day (the event's date, else the article's)")
    p.add_argument("--until", type=_date_arg, metavar="YYYY-MM-DD", help="events dated on or before this day")
    p.add_argument("--limit", type=_positive_int, metavar="N", help="at most N events")
    p.add_argument("--format", default="table", choices=["table", "csv", "jsonl", "json", "parquet", "geojson"],
                   help="output format (default table); parquet needs -o FILE")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")

    p = sub.add_parser("sql", help="run a read-only SQL query on the store",
                       description="Run one read-only SQL query (SELECT, WITH, DESCRIBE, SHOW ...) on the store. "
                                   "Tables: articles, events, event_counts, mentions, actors.")
    p.add_argument("query", help='e.g. "SELECT cameo_root, count(*) FROM events GROUP BY 1"')
    p.add_argument("--db", required=True, metavar="FILE", help="DuckDB file written by 'eventwire ingest'")
    p.add_argument("--format", default="table", choices=["table", "csv", "jsonl"], help="output format (default table)")

    p = sub.add_parser("explain", help="show how a sentence or article is coded, and why",
                       description="Show the parse, the actors, places and dates found, every trigger "
                                   "pattern that fired, how each source and target was chosen, and why a "
                                   "trigger made no event.")
    p.add_argument("text", nargs="?", metavar="SENTENCE", help="a sentence or short text to explain")
    p.add_argument("--article", metavar="FILE", help="explain a whole article file instead")
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD", help="publication date for relative dates")
    p.add_argument("--patterns", metavar="FILE", help="your trigger patterns merged over the built-in ones")
    p.add_argument("--actors", metavar="FILE", help="your own organisations and people merged over the built-in ones")
    p.add_argument("--model", default=DEFAULT_MODEL, metavar="NAME", help="spaCy pipeline to parse with")
    p.add_argument("--format", default="text", choices=["text", "json"], help="text (default) or json")
    p.add_argument("--no-parse", action="store_true", help="leave the token-by-token parse out of the text output")

    p = sub.add_parser("actors", help="list the most frequent actor names that got no code",
                       description="Extract articles as 'extract' does and list the actors mentioned without "
                                   "a code (people and organisations the knowledge base does not know, "
                                   "uncoded event sources and targets), most frequent first, with one "
                                   "example sentence each: the names to add to an --actors file.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for standard input")
    p.add_argument("--unknown", action="store_true", required=True,
                   help="list the actors that got no code (the only listing so far; required)")
    p.add_argument("--top", type=_positive_int, default=50, metavar="N", help="the N most frequent (default 50)")
    p.add_argument("--format", default="table", choices=["table", "csv", "jsonl"], help="output format (default table)")
    _add_extraction_options(p)

    p = sub.add_parser("clusters", help="list the happenings reported across articles (event clusters)",
                       description="List the event clusters of the store: events from different articles that "
                                   "report the same happening (same CAMEO root and dyad, dates within a day, same "
                                   "or nearby place), with the number of reports, the outlets, and the differing "
                                   "claims side by side. Near-duplicate articles count as reports of one story.")
    p.add_argument("--db", required=True, metavar="FILE", help="DuckDB file written by 'eventwire ingest'")
    p.add_argument("--min-reports", type=_positive_int, default=1, metavar="N",
                   help="only clusters reported by at least N articles (default 1)")
    p.add_argument("--format", default="table", choices=["table", "csv", "jsonl"],
                   help="output format (default table); jsonl keeps the claims as a list")

    p = sub.add_parser("losses", help="an equipment-and-casualty ledger from the stored counts",
                       description="Add up killed, wounded, captured, destroyed ... from the counts of asserted "
                                   "events, each cluster once per group however many articles repeat it; rival "
                                   "claims about one happening give a low-high range, never a sum.")
    p.add_argument("--db", required=True, metavar="FILE", help="DuckDB file written by 'eventwire ingest'")
    p.add_argument("--by", default="claimant", choices=["claimant", "side", "type", "day"],
                   help="group by who claims it (default), whose losses (side), what was counted (type), or day")
    p.add_argument("--format", default="table", choices=["table", "csv", "jsonl"], help="output format (default table)")

    p = sub.add_parser("demo", help="ingest the bundled sample articles into a DuckDB file and show the events",
                       description="Ingest the sample articles that ship with eventwire and print their events.")
    p.add_argument("--db", default="eventwire-demo.duckdb", metavar="FILE",
                   help="DuckDB file to write (default eventwire-demo.duckdb)")
    _add_extraction_options(p)
    return parser


def _version() -> str:
    from eventwire import __version__

    return __version__


def _settings(args) -> Settings:
    return Settings(model=args.model, max_bytes=args.max_bytes, batch_size=args.batch_size,
                    published=args.published, patterns=args.patterns, processes=args.processes,
                    actors=args.actors)


def _input_items(paths: list[str], settings: Settings):
    from eventwire.ingest import iter_inputs

    return iter_inputs(paths, settings=settings, stdin=sys.stdin.buffer)


def _progress(results: Iterable, args, total: int | None, what: str) -> Iterator:
    if args.no_progress or not sys.stderr.isatty():
        yield from results
        return
    from tqdm import tqdm

    with tqdm(total=total, unit=" articles", desc=what, file=sys.stderr, leave=False) as bar:
        for result in results:
            bar.update(1)
            yield result


def _count_files(paths: list[str]) -> int | None:
    total = 0
    for p in paths:
        path = Path(p)
        if p == "-" or path.suffix.lower() in (".json", ".jsonl"):
            return None
        if path.is_dir():
            total += sum(1 for f in path.rglob("*") if f.suffix.lower() in (".txt", ".html", ".htm")
                         and f.is_file())
            if any(f.suffix.lower() in (".json", ".jsonl") for f in path.rglob("*")):
                return None
        else:
            total += 1
    return total


def _run(args, settings: Settings) -> Iterator[Record | Failure]:
    from eventwire.core import extract_many
    from eventwire.parse.nlp import load_pipeline

    nlp = load_pipeline(settings.model)
    results = extract_many(_input_items(args.paths, settings), settings=settings, nlp=nlp)
    return _progress(results, args, _count_files(args.paths), "extracting")


def _records(args, settings: Settings, failed: list):
    """The records of the run; each failure is printed as ``PATH: reason`` and kept in ``failed``."""
    for result in _run(args, settings):
        if isinstance(result, Failure):
            failed.append(result)
            print(str(result), file=sys.stderr)
        else:
            yield result


def cmd_extract(args) -> int:
    from eventwire.export import write_records

    failed: list = []
    out = args.output or sys.stdout
    write_records((r.to_dict() for r in _records(args, _settings(args), failed)), args.format, out)
    return 1 if failed else 0


def _ingest(args, settings: Settings, db: str) -> tuple[int, int, int]:
    from eventwire.store import Store

    added = skipped = failures = 0
    failed: list = []
    with Store.open(db) as store:
        for result in _records(args, settings, failed):
            try:
                if store.add(result.to_dict()):
                    added += 1
                else:
                    skipped += 1
            except EventwireError as err:
                failures += 1
                print(f"{result.article.source or result.article.id}: {err.reason}", file=sys.stderr)
    return added, skipped, failures + len(failed)


def cmd_ingest(args) -> int:
    added, skipped, failures = _ingest(args, _settings(args), args.db)
    print(f"{args.db}: {added} articles added, {skipped} already stored, {failures} failed", file=sys.stderr)
    return 1 if failures else 0


def cmd_events(args) -> int:
    from eventwire.export import write_events
    from eventwire.store import Store

    if args.format == "parquet" and not args.output:
        raise UsageError("Parquet output needs a file", hint="add -o events.parquet")
    if not Path(args.db).exists():
        raise UsageError(f"no database at {args.db}", hint="create one with 'eventwire ingest PATH --db FILE'")
    with Store.open(args.db, read_only=True) as store:
        rows = store.events(country=args.country, root=args.root, since=args.since, until=args.until,
                            limit=args.limit)
    write_events(rows, args.format, args.output or sys.stdout)
    return 0


def cmd_sql(args) -> int:
    from eventwire.export import write_events
    from eventwire.store import Store

    if not Path(args.db).exists():
        raise UsageError(f"no database at {args.db}", hint="create one with 'eventwire ingest PATH --db FILE'")
    with Store.open(args.db, read_only=True) as store:
        columns, rows = store.sql(args.query)
    write_events((dict(zip(columns, row)) for row in rows), args.format, sys.stdout, columns=columns)
    return 0


def _open_existing(db: str):
    from eventwire.store import Store

    if not Path(db).exists():
        raise UsageError(f"no database at {db}", hint="create one with 'eventwire ingest PATH --db FILE'")
    return Store.open(db, read_only=True)


def cmd_clusters(args) -> int:
    from eventwire.export import write_events
    from eventwire.store.clusters import CLUSTER_COLUMNS, CLUSTER_TABLE_COLUMNS, flat_cluster, table_rows

    with _open_existing(args.db) as store:
        clusters = store.clusters(min_reports=args.min_reports)
    if args.format == "jsonl":
        write_events(clusters, "jsonl", sys.stdout)
    elif args.format == "csv":
        write_events((flat_cluster(c) for c in clusters), "csv", sys.stdout, columns=CLUSTER_COLUMNS)
    else:
        write_events(table_rows(clusters), "table", sys.stdout, columns=CLUSTER_TABLE_COLUMNS)
    if not clusters:
        print(f"{args.db}: no clusters with {args.min_reports} reports or more", file=sys.stderr)
    return 0


def cmd_losses(args) -> int:
    from eventwire.export import write_events
    from eventwire.store.clusters import LEDGER_FIGURES, LEDGER_KEYS

    with _open_existing(args.db) as store:
        rows = store.losses(by=args.by)
    write_events(rows, args.format, sys.stdout, columns=[*LEDGER_KEYS[args.by], *LEDGER_FIGURES])
    if not rows:
        print(f"{args.db}: no counted losses (killed, wounded, destroyed ...) in asserted events", file=sys.stderr)
    return 0


def samples_dir() -> Path:
    return Path(str(resources.files("eventwire") / "samples"))


def cmd_demo(args) -> int:
    from eventwire.export import write_events
    from eventwire.store import Store

    args.paths = [str(samples_dir())]
    added, skipped, failures = _ingest(args, _settings(args), args.db)
    with Store.open(args.db, read_only=True) as store:
        rows = store.events()
        stats = store.counts()
    write_events(rows, "table", sys.stdout)
    print(f"\n{args.db}: {stats.get('articles', 0)} articles, {stats.get('events', 0)} events "
          f"({added} added now, {skipped} already stored, {failures} failed). "
          f"Try: eventwire events --db {args.db} --format geojson -o events.geojson", file=sys.stderr)
    return 1 if failures else 0


def cmd_explain(args) -> int:
    import json

    from eventwire.events.explain import explain, render

    if bool(args.text) == bool(args.article):
        raise UsageError("give either a SENTENCE or --article FILE", hint='e.g. eventwire explain "Rebels shelled the town."')
    settings = Settings(model=args.model, published=args.published, patterns=args.patterns, actors=args.actors)
    item = args.article if args.article else {"id": "sentence", "text": args.text, "published": args.published}
    if args.article and not Path(args.article).exists():
        raise UsageError(f"no such file: {args.article}")
    result = explain(item, settings=settings)
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(render(result, show_parse=not args.no_parse))
    return 0


def cmd_actors(args) -> int:
    from eventwire.actors.unknown import COLUMNS, actors_file_hint, unknown_actors
    from eventwire.export import write_events

    failed: list = []
    rows = unknown_actors(_records(args, _settings(args), failed), top=args.top)
    write_events((row.to_dict() for row in rows), args.format, sys.stdout, columns=COLUMNS)
    print(actors_file_hint(rows) if rows else "no uncoded actors found", file=sys.stderr)
    return 1 if failed else 0


COMMANDS = {"explain": cmd_explain, "extract": cmd_extract, "ingest": cmd_ingest, "events": cmd_events, "sql": cmd_sql,
            "demo": cmd_demo, "actors": cmd_actors, "clusters": cmd_clusters, "losses": cmd_losses}


def _check_user_files(args) -> None:
    """Read the user's pattern and actor files first, so a mistake in them is reported at once, before
    the model and the place index load."""
    if getattr(args, "patterns", None):
        from eventwire.events.triggers import load_triggers

        load_triggers(args.patterns)
    if getattr(args, "actors", None):
        from eventwire.actors.kb import load_kb

        load_kb(args.actors)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    try:
        _check_user_files(args)
        return COMMANDS[args.command](args)
    except UsageError as err:
        where = f"{err.source}: " if err.source else f"eventwire {args.command}: "
        print(f"{where}{err.reason}", file=sys.stderr)
        return 2
    except EventwireError as err:
        where = f"{err.source}: " if err.source else f"eventwire {args.command}: "
        print(f"{where}{err.reason}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
