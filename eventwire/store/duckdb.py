"""The embedded DuckDB store: one file, one transaction per article, keyed by a content hash.

``Store.open(path)`` creates the file and the schema (``schema.sql``) when they are new.
``add(record)`` writes an article, its events, their counts and its mentions in one transaction,
and in the same transaction links it to an earlier near-duplicate and puts its events in clusters
(``store/clusters.py``); any failure rolls all of it back. The tables are described in
``store/README.md``.
"""
from __future__ import annotations

import calendar
import hashlib
import json
import os
import re
import threading
from collections.abc import Iterator
from datetime import date, datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.errors import StoreError, UsageError
from eventwire.export.rows import ROW_FIELDS, as_float, as_int, counts_summary
from eventwire.store import clusters as _clusters

SCHEMA_VERSION = "2"
# Versions this eventwire upgrades when it opens a store for writing (version 2 added the
# near-duplicate links and the event clusters, filled in for the articles already stored).
_UPGRADES_FROM = ("1",)

_ARTICLE_COLUMNS = ("content_hash", "id", "title", "published", "url", "outlet", "credits",
                    "language", "text", "warnings", "ingested_at", "record")
_ACTOR_PARTS = ("text", "start", "end", "code", "country", "sector", "name", "kind")
_EVENT_COLUMNS = (
    "content_hash", "event_id", "idx",
    "sentence_text", "sentence_start", "sentence_end", "sentence_index",
    "trigger_text", "trigger_start", "trigger_end",
    "cameo_code", "cameo_root", "cameo_name", "goldstein", "quad_class",
    "plover_type", "plover_mode", "modality",
    *(f"source_{p}" for p in _ACTOR_PARTS), *(f"target_{p}" for p in _ACTOR_PARTS),
    "location_text", "location_start", "location_end", "location_name", "location_country",
    "admin1", "lat", "lon", "geonameid", "location_feature",
    "date_text", "date_start", "date_end", "date_value", "date_precision",
    "counts", *(f"claimed_by_{p}" for p in _ACTOR_PARTS), "confidence",
    "when_first", "when_last", "event",
)
_COUNT_COLUMNS = ("content_hash", "event_id", "idx", "kind", "n", "n_max", "what", "category",
                  "side", "text", "start_char", "end_char")
_MENTION_COLUMNS = ("content_hash", "idx", "kind", "text", "start_char", "end_char", "code",
                    "country", "sector", "name", "actor_kind", "admin1", "lat", "lon", "geonameid",
                    "feature", "value", "precision", "count_kind", "n", "n_max", "what", "category",
                    "side", "mention")
# How a row of store.events() is read: export/rows.py names, from events (e) and articles (a).
_ROW_SELECT = {
    "article_id": "a.id", "published": "a.published", "event_id": "e.event_id",
    "sentence": "e.sentence_text", "trigger": "e.trigger_text",
}
# Arrow types of the columns written by add(); every other column is a string (JSON columns too).
_ARROW_TYPES = {
    **{name: pa.int32() for name in (
        "idx", "sentence_start", "sentence_end", "sentence_index", "trigger_start", "trigger_end", "quad_class",
        "source_start", "source_end", "target_start", "target_end", "location_start", "location_end",
        "date_start", "date_end", "claimed_by_start", "claimed_by_end", "start_char", "end_char")},
    **{name: pa.int64() for name in ("geonameid", "n", "n_max")},
    **{name: pa.float64() for name in ("goldstein", "lat", "lon", "confidence")},
    **{name: pa.date32() for name in ("when_first", "when_last")},
    "credits": pa.list_(pa.string()),
    "warnings": pa.list_(pa.string()),
    "ingested_at": pa.timestamp("us"),
}
_READ_ONLY_TYPES = {duckdb.StatementType.SELECT}
_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class Store:
    """An eventwire store in one DuckDB file. Not for concurrent writers: DuckDB lets one process
    open a file for writing; within the process, calls are serialised by a lock."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool = False):
        self._con: duckdb.DuckDBPyConnection | None = con
        self._lock = threading.RLock()
        self.path = path
        self.read_only = read_only

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> "Store":
        """Open the store at ``path`` (``":memory:"`` for a throwaway one), creating the file and
        the tables when new. ``read_only=True`` needs an existing store and never writes."""
        where = str(path) if str(path) == ":memory:" else os.fspath(Path(path).expanduser())
        if read_only and (where == ":memory:" or not Path(where).exists()):
            raise StoreError("no store to open read-only", source=where,
                             hint="create it first by adding articles to it")
        if where != ":memory:" and Path(where).is_dir():
            raise StoreError("this is a folder, not a store file", source=where,
                             hint="give a file path such as events.duckdb")
        try:
            con = duckdb.connect(where, read_only=read_only)
        except duckdb.Error as err:
            raise StoreError(_open_reason(err), source=where, hint=_open_hint(err)) from err
        store = cls(con, where, read_only=read_only)
        try:
            store._prepare()
        except BaseException:
            con.close()
            raise
        return store

    def _prepare(self) -> None:
        con = self._connection()
        meta = con.execute("SELECT count(*) FROM information_schema.tables "
                           "WHERE table_name = 'eventwire_meta'").fetchone()[0]
        upgrade = False
        if meta:
            found = con.execute("SELECT value FROM eventwire_meta WHERE key = 'schema_version'").fetchone()
            version = found[0] if found else None
            if version in _UPGRADES_FROM and self.read_only:
                raise StoreError(f"store schema version {version} has no near-duplicate links or event clusters",
                                 source=self.path, hint="open it once for writing to upgrade it in place, "
                                 "e.g. 'eventwire ingest PATH --db FILE' or Store.open(path)")
            if version in _UPGRADES_FROM:
                upgrade = True
            elif version != SCHEMA_VERSION:
                raise StoreError(f"store schema version {version or 'unknown'} is not "
                                 f"the version {SCHEMA_VERSION} this eventwire reads", source=self.path,
                                 hint="use the eventwire version that wrote it, or a new store file")
        elif self.read_only:
            raise StoreError("this DuckDB database is not an eventwire store", source=self.path,
                             hint="open it without read_only to add the eventwire tables")
        if self.read_only:
            return
        schema = resources.files("eventwire.store").joinpath("schema.sql").read_text(encoding="utf-8")
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute(schema)
            if upgrade:
                self._upgrade()
            con.execute("COMMIT")
        except Exception as err:
            _rollback(con)
            raise StoreError(f"cannot {'upgrade' if upgrade else 'create'} the store tables: {err}",
                             source=self.path) from err

    def _upgrade(self) -> None:
        """Fill the version-2 tables in for the articles stored before them, in the order they were
        added, as if each had been added now; then mark the store as version 2."""
        con = self._connection()
        for content_hash, text in con.execute("SELECT content_hash, text FROM articles ORDER BY seq").fetchall():
            _clusters.index_article(con, content_hash, text)
        con.execute("UPDATE eventwire_meta SET value = ? WHERE key = 'schema_version'", [SCHEMA_VERSION])

    def close(self) -> None:
        """Close the file; closing twice is harmless."""
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError("the store is closed", source=self.path, hint="open it again with Store.open")
        return self._con

    # -- writing -------------------------------------------------------------------------------

    def add(self, record: dict[str, Any]) -> bool:
        """Store one record (``Record.to_dict()``) in one transaction, which also links it to an
        earlier near-duplicate and puts its events in clusters (``store/clusters.py``).

        Returns False, adding nothing, when an article with the same text (the same sha256) is
        already stored. Any failure rolls the whole article back and raises StoreError.
        """
        if hasattr(record, "to_dict"):
            record = record.to_dict()
        article = record.get("article") if isinstance(record, dict) else None
        if not isinstance(article, dict) or not isinstance(article.get("text"), str):
            raise StoreError("the record has no article.text", hint="pass a Record.to_dict() value")
        source = str(article.get("id"))
        if self.read_only:
            raise StoreError("the store was opened read-only", source=self.path)
        content_hash = hashlib.sha256(article["text"].encode("utf-8")).hexdigest()
        with self._lock:
            con = self._connection()
            con.execute("BEGIN TRANSACTION")
            try:
                if con.execute("SELECT 1 FROM articles WHERE content_hash = ?", [content_hash]).fetchone():
                    con.execute("ROLLBACK")
                    return False
                self._insert_article(content_hash, record)
                self._insert_events(content_hash, record)
                self._insert_counts(content_hash, record)
                self._insert_mentions(content_hash, record)
                self._index_clusters(content_hash, record)
                con.execute("COMMIT")
            except BaseException as err:
                _rollback(con)
                # KeyboardInterrupt and the like go on as they are, once rolled back
                if isinstance(err, StoreError) or not isinstance(err, Exception):
                    raise
                raise StoreError(f"cannot store the article, nothing was written: "
                                 f"{type(err).__name__}: {err}", source=source) from err
        return True

    def _insert_article(self, content_hash: str, record: dict[str, Any]) -> None:
        a = record["article"]
        values = (content_hash, a.get("id"), a.get("title"), a.get("published"), a.get("url"),
                  a.get("outlet"), list(a.get("credits") or []), a.get("language"), a["text"],
                  list(record.get("warnings") or []),
                  datetime.now(timezone.utc).replace(tzinfo=None), _json(record))
        self._insert("articles", _ARTICLE_COLUMNS, [values])

    def _insert_events(self, content_hash: str, record: dict[str, Any]) -> None:
        published = record["article"].get("published")
        self._insert("events", _EVENT_COLUMNS,
                     [_event_values(content_hash, i, e, published) for i, e in enumerate(record.get("events") or [])])

    def _insert_counts(self, content_hash: str, record: dict[str, Any]) -> None:
        values = []
        for event in record.get("events") or []:
            for i, c in enumerate(event.get("counts") or []):
                values.append((content_hash, event["id"], i, c["kind"], as_int(c["n"]), as_int(c.get("n_max")),
                               c.get("what"), c.get("category"), c.get("side"), c.get("text"),
                               as_int(c.get("start")), as_int(c.get("end"))))
        self._insert("event_counts", _COUNT_COLUMNS, values)

    def _insert_mentions(self, content_hash: str, record: dict[str, Any]) -> None:
        values = []
        for i, m in enumerate(record.get("mentions") or []):
            values.append((content_hash, i, m["kind"], m.get("text"), as_int(m.get("start")), as_int(m.get("end")),
                           m.get("code"), m.get("country"), m.get("sector"), m.get("name"), m.get("actor_kind"),
                           m.get("admin1"), as_float(m.get("lat")), as_float(m.get("lon")),
                           as_int(m.get("geonameid")), m.get("feature"), m.get("value"), m.get("precision"),
                           m.get("count_kind"), as_int(m.get("n")), as_int(m.get("n_max")), m.get("what"),
                           m.get("category"), m.get("side"), _json(m)))
        self._insert("mentions", _MENTION_COLUMNS, values)

    def _index_clusters(self, content_hash: str, record: dict[str, Any]) -> None:
        _clusters.index_article(self._connection(), content_hash, record["article"]["text"])

    def _insert(self, table: str, columns: tuple[str, ...], values: list[tuple[Any, ...]]) -> None:
        # One Arrow batch per table: much faster than executemany, which converts value by value.
        if not values:
            return
        batch = pa.Table.from_arrays(
            [pa.array(list(column), type=_ARROW_TYPES.get(name, pa.string()))
             for name, column in zip(columns, zip(*values))],
            names=list(columns))
        names = ", ".join(columns)
        con = self._connection()
        con.register("eventwire_batch", batch)
        try:
            con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM eventwire_batch")
        finally:
            con.unregister("eventwire_batch")

    # -- reading -------------------------------------------------------------------------------

    def events(self, *, country: str | None = None, root: str | int | None = None,
               since: str | date | None = None, until: str | date | None = None,
               limit: int | None = None, article: str | None = None) -> list[dict[str, Any]]:
        """Flat event rows (``export.rows.ROW_FIELDS`` plus ``content_hash``), newest first.

        ``country`` (ISO3) matches the source or the target country; ``root`` the CAMEO root
        ("19" or 19); ``since``/``until`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, inclusive)
        compare against the event's date when it has a value, else the article's published date,
        and keep an event whose period overlaps the range (``2020-03`` is kept by since
        ``2020-03-15``); events with neither date are left out by these two filters. ``article``
        is an article id or content hash. Newest first means by that date (unknown last), then the
        latest added article, then the order within the article.
        """
        where, params = [], []
        if country is not None:
            code = str(country).upper()
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise UsageError(f"country must be an ISO 3166-1 alpha-3 code such as TUR, got {country!r}")
            where.append("(e.source_country = ? OR e.target_country = ?)")
            params += [code, code]
        if root is not None:
            where.append("e.cameo_root = ?")
            params.append(_cameo_root(root))
        if since is not None:
            where.append("e.when_last >= ?")
            params.append(_bound(since, "since", last=False))
        if until is not None:
            where.append("e.when_first <= ?")
            params.append(_bound(until, "until", last=True))
        if article is not None:
            where.append("(a.id = ? OR a.content_hash = ?)")
            params += [str(article), str(article)]
        fields = [f"{_ROW_SELECT.get(name, 'e.' + name)} AS {name}" for name in ROW_FIELDS]
        query = (f"SELECT {', '.join(fields)}, e.content_hash AS content_hash "
                 "FROM events e JOIN articles a USING (content_hash)"
                 + (f" WHERE {' AND '.join(where)}" if where else "")
                 + " ORDER BY e.when_first DESC NULLS LAST, a.seq DESC, e.idx")
        if limit is not None:
            if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
                raise UsageError(f"limit must be a whole number of events, 0 or more, got {limit!r}")
            query += " LIMIT ?"
            params.append(limit)
        columns, rows = self._query(query, params)
        return [dict(zip(columns, row)) for row in rows]

    def articles(self) -> list[dict[str, Any]]:
        """One dict per stored article (without its text): id, content_hash, title, published, url,
        outlet, credits, language, warnings, ingested_at (ISO 8601, UTC) and its number of events.
        Latest published first (unknown last), then the latest added."""
        columns, rows = self._query(
            "SELECT a.id, a.content_hash, a.title, a.published, a.url, a.outlet, a.credits, a.language, "
            "a.warnings, strftime(a.ingested_at, '%Y-%m-%dT%H:%M:%S.%fZ') AS ingested_at, "
            "(SELECT count(*) FROM events e WHERE e.content_hash = a.content_hash) AS events "
            "FROM articles a ORDER BY a.published DESC NULLS LAST, a.seq DESC")
        return [dict(zip(columns, row)) for row in rows]

    def records(self) -> Iterator[dict[str, Any]]:
        """The stored records, exactly as they were added, in the order they were added."""
        _, rows = self._query("SELECT record FROM articles ORDER BY seq")
        for (text,) in rows:
            yield json.loads(text)

    def clusters(self, *, min_reports: int = 1) -> list[dict[str, Any]]:
        """The event clusters reported by at least ``min_reports`` articles, newest first: id,
        CAMEO root/code/name, dyad (``source``, ``target``), dates, place, ``reports``,
        ``independent_reports``, ``events``, ``outlets``, ``articles`` and the differing ``claims``
        side by side (see ``store/clusters.py``, :func:`read_clusters`)."""
        return _clusters.read_clusters(self._query, min_reports=min_reports)

    def losses(self, *, by: str = "claimant") -> list[dict[str, Any]]:
        """The equipment-and-casualty ledger from the counts of asserted events, ``by`` claimant,
        side, type or day; each cluster counts once per group, however many articles repeat it
        (see :func:`eventwire.store.clusters.losses`)."""
        return _clusters.losses(self._query, by=by)

    def links(self) -> list[dict[str, Any]]:
        """The near-duplicate articles: ``article_id``, ``content_hash``, ``duplicate_of_id``,
        ``duplicate_of`` (content hash of the story's first stored article) and ``similarity``,
        in the order they were added."""
        columns, rows = self._query(
            "SELECT a.id AS article_id, k.content_hash, o.id AS duplicate_of_id, k.duplicate_of, k.similarity "
            "FROM article_links k JOIN articles a ON a.content_hash = k.content_hash "
            "JOIN articles o ON o.content_hash = k.duplicate_of ORDER BY a.seq")
        return [dict(zip(columns, row)) for row in rows]

    def counts(self) -> dict[str, int]:
        """How many articles, events, distinct coded actors and mentions the store holds."""
        _, rows = self._query(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
            "(SELECT count(*) FROM actors), (SELECT count(*) FROM mentions)")
        return dict(zip(("articles", "events", "actors", "mentions"), rows[0]))

    def sql(self, query: str, params: list[Any] | dict[str, Any] | None = None) -> tuple[list[str], list[tuple]]:
        """Run one read-only statement (a SELECT, which includes WITH ..., FROM ..., DESCRIBE, SHOW)
        and return ``(columns, rows)``. Anything that could change the store is refused with a
        StoreError, and the statement runs inside a transaction that is always rolled back."""
        with self._lock:
            con = self._connection()
            try:
                statements = con.extract_statements(query)
            except duckdb.Error as err:
                raise StoreError(f"cannot read the query: {err}") from err
            if len(statements) != 1:
                raise StoreError(f"store.sql runs one statement at a time, got {len(statements)}")
            kind = statements[0].type
            if kind not in _READ_ONLY_TYPES:
                raise StoreError(f"store.sql runs read-only statements only: {kind.name} is refused",
                                 hint="use a SELECT; add articles with store.add")
            return self._query(query, params)

    def _query(self, query: str, params: Any = None) -> tuple[list[str], list[tuple]]:
        with self._lock:
            con = self._connection()
            con.execute("BEGIN TRANSACTION")
            try:
                cursor = con.execute(query, params) if params is not None else con.execute(query)
                columns = [d[0] for d in cursor.description or []]
                return columns, cursor.fetchall()
            except duckdb.Error as err:
                raise StoreError(f"query failed: {err}") from err
            finally:
                con.execute("ROLLBACK")


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back after a failure; a transaction DuckDB already ended (a failed COMMIT) is fine."""
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException:
        pass


def _event_values(content_hash: str, idx: int, e: dict[str, Any], published: str | None) -> tuple[Any, ...]:
    sentence = e.get("sentence") or {}
    trigger = e.get("trigger") or {}
    cameo = e.get("cameo") or {}
    plover = e.get("plover") or {}
    place = e.get("location") or {}
    when = e.get("date") or {}
    first, last = _period(when.get("value")) if when.get("value") else _period(published)
    return (
        content_hash, e["id"], idx,
        sentence.get("text"), as_int(sentence.get("start")), as_int(sentence.get("end")), as_int(sentence.get("index")),
        trigger.get("text"), as_int(trigger.get("start")), as_int(trigger.get("end")),
        cameo.get("code"), cameo.get("root"), cameo.get("name"), as_float(cameo.get("goldstein")),
        as_int(cameo.get("quad_class")),
        plover.get("type"), plover.get("mode"), e.get("modality"),
        *_actor_values(e.get("source")), *_actor_values(e.get("target")),
        place.get("text"), as_int(place.get("start")), as_int(place.get("end")), place.get("name"),
        place.get("country"), place.get("admin1"), as_float(place.get("lat")), as_float(place.get("lon")),
        as_int(place.get("geonameid")), place.get("feature"),
        when.get("text"), as_int(when.get("start")), as_int(when.get("end")), when.get("value"), when.get("precision"),
        counts_summary(e.get("counts") or []), *_actor_values(e.get("claimed_by")), as_float(e.get("confidence")),
        first, last, _json(e),
    )


def _actor_values(actor: dict[str, Any] | None) -> tuple[Any, ...]:
    actor = actor or {}
    return tuple(as_int(actor.get(p)) if p in ("start", "end") else actor.get(p) for p in _ACTOR_PARTS)


def _period(value: str | None) -> tuple[date | None, date | None]:
    """The first and last day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a datetime's date part);
    ``(None, None)`` when the value is missing or not a date."""
    match = _PERIOD.match(value or "")
    if not match:
        return None, None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            return date(year, month, day), date(year, month, day)
        if month is not None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None, None


def _bound(value: str | date, name: str, *, last: bool) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    first, end = _period(text) if _PERIOD.fullmatch(text) else (None, None)
    if first is None:
        raise UsageError(f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return end if last else first


def _cameo_root(root: str | int) -> str:
    text = f"{root:02d}" if isinstance(root, int) and not isinstance(root, bool) else str(root).strip()
    if not re.fullmatch(r"0[1-9]|1[0-9]|20", text):
        raise UsageError(f"root must be a CAMEO root code from 01 to 20, got {root!r}")
    return text


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _open_reason(err: Exception) -> str:
    message = str(err)
    if "not a valid DuckDB database" in message:
        return "this file is not a DuckDB database"
    if "Could not set lock" in message or "Conflicting lock" in message:
        holder = re.search(r"Conflicting lock is held in (.+?) \(PID (\d+)\)", message)
        by = f" by {holder.group(1)} (PID {holder.group(2)})" if holder else ""
        return f"the store is locked{by}"
    if "No such file or directory" in message:
        return "the folder for the store does not exist"
    return f"cannot open the store: {message}"


def _open_hint(err: Exception) -> str | None:
    message = str(err)
    if "not a valid DuckDB database" in message:
        return "give a new file name, or an existing eventwire store"
    if "Could not set lock" in message or "Conflicting lock" in message:
        return "DuckDB lets one process write a store at a time: stop the other one or use another file"
    if "No such file or directory" in message:
        return "create the folder first"
    return None
