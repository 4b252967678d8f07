"""Across articles in the store: near-duplicate links, event clusters, and the losses ledger.

:func:`index_article` runs inside :meth:`Store.add`'s transaction, after the article's rows are
written: it links the article to an earlier near-duplicate (``article_links``), adds it to the LSH
index (``article_lsh``), and puts each of its events into a cluster (``event_clusters``,
``cluster_members``), an existing one or a new one. The matching rules are in
``events/dedup.py``; an event of a near-duplicate article joins the cluster of the matching event
of the article it copies, so the story is one report more, not a second happening.

:func:`read_clusters` and :func:`losses` read them back (``Store.clusters``, ``Store.losses``).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import duckdb

from eventwire.errors import UsageError
from eventwire.events import dedup
from eventwire.events.dedup import EventFacts
from eventwire.export.rows import counts_summary

# Count kinds that are losses (eventwire/data/count_kinds.yaml kinds, less released, displaced,
# deployed and protesters).
LOSS_KINDS = ("killed", "wounded", "casualties", "missing", "captured", "abducted", "arrested",
              "destroyed", "damaged")
LEDGER_BY = ("claimant", "side", "type", "day")
# The columns of a ledger row for each --by, before the figures.
LEDGER_KEYS = {
    "claimant": ("claimant", "side", "kind", "what", "category"),
    "side": ("side", "kind", "what", "category"),
    "type": ("what", "category", "kind"),
    "day": ("day", "side", "kind", "what", "category"),
}
LEDGER_FIGURES = ("low", "high", "clusters", "reports")
CLUSTER_COLUMNS = ("cluster_id", "cameo_root", "cameo_code", "cameo_name", "source", "target", "date_first",
                   "date_last", "place", "place_country", "geonameid", "lat", "lon", "reports",
                   "independent_reports", "events", "outlets", "articles", "claims")
# The text table has one line per claim; a cluster's own cells are on its first line only.
CLUSTER_TABLE_COLUMNS = ("id", "date", "code", "dyad", "place", "reports", "claimant", "counts", "outlets")

_FACTS = ("e.content_hash, e.event_id, e.cameo_root, e.cameo_code, e.source_country, e.source_code, "
          "e.target_country, e.target_code, e.when_first, e.when_last, e.date_value IS NOT NULL, e.geonameid, "
          "e.lat, e.lon, e.location_name, e.location_country, e.admin1, e.location_feature")


# Provisional ids of the clusters opened by the article being added: above every real one, so that
# "the oldest cluster on a tie" still holds; numbered from clusters_seq when written.
_FRESH = 1 << 62


# -- writing (inside Store.add's transaction) ----------------------------------------------------

def index_article(con: duckdb.DuckDBPyConnection, content_hash: str, text: str) -> None:
    """Link the article stored under ``content_hash`` to an earlier near-duplicate, index its text,
    and put each of its events in a cluster. The caller holds the transaction."""
    original = link_article(con, content_hash, text)
    cluster_events(con, content_hash, original)


def link_article(con: duckdb.DuckDBPyConnection, content_hash: str, text: str) -> str | None:
    """Record (``article_links``) and return the first stored article of the story this text
    near-duplicates, or None; then add the text to the LSH index."""
    shingles = dedup.shingles(text)
    if not shingles:
        return None
    bands, buckets = zip(*dedup.lsh_buckets(dedup.signature(shingles)))
    keys = set(zip(bands, buckets))
    found = {h for h, band, bucket in _execute(
        con, "SELECT content_hash, band, bucket FROM article_lsh WHERE bucket IN (SELECT unnest(?::BIGINT[]))",
        [list(buckets)]).fetchall() if (band, bucket) in keys}
    rows = _execute(
        con, "SELECT a.content_hash, coalesce(k.duplicate_of, a.content_hash) AS story, a.seq, a.text "
             "FROM articles a LEFT JOIN article_links k ON k.content_hash = a.content_hash "
             "WHERE a.content_hash IN (SELECT unnest(?::VARCHAR[]))", [sorted(found)]).fetchall() if found else []
    best: dict[str, tuple[float, int]] = {}  # story -> (similarity, seq of the story's first article)
    for _, story, seq, other in rows:
        similarity = dedup.jaccard(shingles, dedup.shingles(other))
        if similarity >= dedup.DUPLICATE_THRESHOLD and similarity > best.get(story, (-1.0, 0))[0]:
            best[story] = (similarity, seq)
    original = None
    if best:
        original, (similarity, _) = max(best.items(), key=lambda item: (item[1][0], -item[1][1]))
        _execute(con, "INSERT INTO article_links (content_hash, duplicate_of, similarity) VALUES (?, ?, ?)",
                 [content_hash, original, round(similarity, 4)])
    _execute(con, "INSERT INTO article_lsh (content_hash, band, bucket) "
                  "SELECT ?, unnest(?::SMALLINT[]), unnest(?::BIGINT[])", [content_hash, list(bands), list(buckets)])
    return original


@dataclass(slots=True)
class _Cluster:
    """A cluster's row while an article is being added."""

    id: int
    root: str | None
    code: str | None
    source: str | None
    target: str | None
    first: date | None = None
    last: date | None = None
    dated: bool = False
    place: EventFacts | None = None
    opened_by: str | None = None  # set when the cluster is new in this article
    changed: bool = False

    def take(self, member: EventFacts) -> None:
        """Fold a new member into the summary: its own date wins over publication dates, and the
        first precise place over a missing or a coarse one."""
        if member.first is not None and (member.dated or not self.dated or self.first is None):
            if self.first is None or member.dated != self.dated:
                self.first, self.last = member.first, member.last
            else:
                self.first, self.last = min(self.first, member.first), max(self.last, member.last)
            self.dated = member.dated
            self.changed = True
        if _precision(member) > _precision(self.place):
            self.place = member
            self.changed = True


def _precision(place: EventFacts | None) -> int:
    if place is None or not place.has_place:
        return 0
    return 1 if place.feature in dedup.COARSE_FEATURES else 2


def cluster_events(con: duckdb.DuckDBPyConnection, content_hash: str, original: str | None) -> None:
    """Put each event of the article in a cluster, in the article's order.

    First the clusters that already hold an event of the same story (this article, or the article
    it near-duplicates and that article's other copies), compared with those events only
    (``how`` = ``article`` or ``duplicate``); then the clusters with the same root and dyad dated
    within a day, compared with every dated member (``match``); else a new cluster (``new``).
    A handful of queries per article, whatever its number of events.
    """
    story = [content_hash]
    if original is not None:
        story += [original] + [h for (h,) in _execute(
            con, "SELECT content_hash FROM article_links WHERE duplicate_of = ? AND content_hash <> ? ORDER BY ALL",
            [original, content_hash]).fetchall()]
    events = [_fact(row) for row in _execute(
        con, f"SELECT {_FACTS} FROM events e WHERE e.content_hash = ? ORDER BY e.idx", [content_hash]).fetchall()]
    if not events:
        return
    # the story's events already in clusters (none yet when the article is a story of its own), and
    # per event the dated members of its tier-2 candidates
    told: dict[int, list[EventFacts]] = defaultdict(list)
    for cluster_id, *row in _execute(
            con, f"SELECT cm.cluster_id, {_FACTS} FROM cluster_members cm "
                 "JOIN events e ON e.content_hash = cm.content_hash AND e.event_id = cm.event_id "
                 "JOIN articles a ON a.content_hash = cm.content_hash "
                 "WHERE cm.content_hash IN (SELECT unnest(?::VARCHAR[])) ORDER BY a.seq, e.idx",
            [story[1:]]).fetchall() if original is not None else ():
        told[cluster_id].append(_fact(row))
    nearby = _candidates(con, events)
    state = _load(con, set(told) | {cid for by_cluster in nearby.values() for cid in by_cluster})
    members: list[tuple[int, EventFacts, str, float | None]] = []
    fresh = iter(range(_FRESH, _FRESH + len(events)))  # ids of the clusters opened now, until numbered
    for i, event in enumerate(events):
        chosen = dedup.best_cluster(event, told, same_story=story)
        if chosen is not None:
            others = {m.content_hash for m in told[chosen[0]]} - {content_hash}
            how = "duplicate" if others else "article"
        else:
            chosen = dedup.best_cluster(event, nearby.get(i, {}), same_story=story)
            how = "match"
        if chosen is None:
            cluster = _Cluster(next(fresh), event.root, event.code, event.source, event.target, opened_by=content_hash)
            state[cluster.id] = cluster
            chosen, how = (cluster.id, None), "new"
        state[chosen[0]].take(event)
        told[chosen[0]].append(event)
        members.append((chosen[0], event, how, chosen[1]))
    _write(con, state, members)


def _candidates(con: duckdb.DuckDBPyConnection, events: list[EventFacts]) -> dict[int, dict[int, list[EventFacts]]]:
    """For each dated event (by position), the clusters of its root and dyad dated within a day, each
    with its dated members' distinct (code, dates, place), which are all they are compared on."""
    slack = timedelta(days=dedup.DATE_SLACK_DAYS)
    wanted = [(i, e) for i, e in enumerate(events) if e.first is not None]
    if not wanted:
        return {}
    values = ", ".join("(?::INTEGER, ?::VARCHAR, ?::VARCHAR, ?::VARCHAR, ?::DATE, ?::DATE)" for _ in wanted)
    params = [v for i, e in wanted for v in (i, e.root or "", e.source or "", e.target or "",
                                               e.first - slack, e.last + slack)]
    rows = _execute(
        con,
        f"WITH q(i, root, source, target, lo, hi) AS (VALUES {values}) "
        f"SELECT DISTINCT q.i, c.cluster_id, '', '', {_FACTS.replace('e.content_hash, e.event_id, ', '')} "
        "FROM q JOIN event_clusters c ON coalesce(c.cameo_root, '') = q.root "
        "AND coalesce(c.source_key, '') = q.source AND coalesce(c.target_key, '') = q.target "
        "AND c.date_first <= q.hi AND c.date_last >= q.lo "
        "JOIN cluster_members cm ON cm.cluster_id = c.cluster_id "
        "JOIN events e ON e.content_hash = cm.content_hash AND e.event_id = cm.event_id "
        "WHERE e.when_first IS NOT NULL", params).fetchall()
    out: dict[int, dict[int, list[EventFacts]]] = defaultdict(lambda: defaultdict(list))
    for i, cluster_id, *row in rows:
        out[i][cluster_id].append(_fact(row))
    return out


def _load(con: duckdb.DuckDBPyConnection, ids: set[int]) -> dict[int, _Cluster]:
    if not ids:
        return {}
    rows = _execute(
        con,
        "SELECT cluster_id, cameo_root, cameo_code, source_key, target_key, date_first, date_last, dated, "
        "geonameid, lat, lon, location_name, location_country, admin1, location_feature FROM event_clusters "
        "WHERE cluster_id IN (SELECT unnest(?::BIGINT[]))", [sorted(ids)]).fetchall()
    out = {}
    for (cluster_id, root, code, source, target, first, last, dated, geonameid, lat, lon, name, country, admin1,
         feature) in rows:
        place = EventFacts("", "", root, code, source, target, first, last, dated, geonameid, lat, lon, name,
                           country, admin1, feature)
        out[cluster_id] = _Cluster(cluster_id, root, code, source, target, first, last, dated,
                                   place if place.has_place else None)
    return out


def _write(con: duckdb.DuckDBPyConnection, state: dict[int, _Cluster],
           members: list[tuple[int, EventFacts, str, float | None]]) -> None:
    """Number the new clusters, insert them and the members, update the clusters that changed."""
    opened = sorted((c for c in state.values() if c.opened_by), key=lambda c: c.id)
    numbers = {}
    if opened:
        ids = _execute(con, "SELECT nextval('clusters_seq') FROM range(?)", [len(opened)]).fetchall()
        numbers = {c.id: n for c, (n,) in zip(opened, ids)}
    rows = []
    for c in opened:
        p = c.place or EventFacts("", "", None, None, None, None, None, None)
        rows.append((numbers[c.id], c.root, c.code, c.source, c.target, c.first, c.last, c.dated, p.place_name,
                     p.place_country, p.admin1, p.lat, p.lon, p.geonameid, p.feature, c.opened_by))
    _insert_rows(con, "event_clusters (cluster_id, cameo_root, cameo_code, source_key, target_key, date_first, "
                      "date_last, dated, location_name, location_country, admin1, lat, lon, geonameid, "
                      "location_feature, opened_by)", rows)
    _insert_rows(con, "cluster_members (cluster_id, content_hash, event_id, how, score)",
                 [(numbers.get(cid, cid), e.content_hash, e.event_id, how, None if score is None else round(score, 4))
                  for cid, e, how, score in members])
    changed = [c for c in state.values() if c.changed and not c.opened_by]
    if changed:
        rows = []
        for c in changed:
            p = c.place or EventFacts("", "", None, None, None, None, None, None)
            rows.append((c.id, c.first, c.last, c.dated, p.place_name, p.place_country, p.admin1, p.lat, p.lon,
                         p.geonameid, p.feature))
        slots = "(?::BIGINT, ?::DATE, ?::DATE, ?::BOOLEAN, ?::VARCHAR, ?::VARCHAR, ?::VARCHAR, ?::DOUBLE, " \
                "?::DOUBLE, ?::BIGINT, ?::VARCHAR)"
        _execute(con, "UPDATE event_clusters SET date_first = v.first, date_last = v.last, dated = v.dated, "
                      "location_name = v.name, location_country = v.country, admin1 = v.admin1, lat = v.lat, "
                      "lon = v.lon, geonameid = v.geonameid, location_feature = v.feature "
                      f"FROM (VALUES {', '.join(slots for _ in rows)}) "
                      "AS v(id, first, last, dated, name, country, admin1, lat, lon, geonameid, feature) "
                      "WHERE event_clusters.cluster_id = v.id", [v for row in rows for v in row])


def _execute(con: duckdb.DuckDBPyConnection, query: str, params: Sequence[Any] = ()) -> duckdb.DuckDBPyConnection:
    """Run ``query`` with each ``?`` replaced by :func:`sql_literal` of the next parameter.

    The writing path runs a dozen small statements per article with a few hundred values in all;
    DuckDB's Python parameter binding costs about 0.1 ms a value (it looks for pandas each time),
    a literal nothing. No ``?`` may appear in the query but as a placeholder.
    """
    parts = query.split("?")
    if len(parts) != len(params) + 1:
        raise ValueError(f"{len(parts) - 1} placeholders for {len(params)} values")
    return con.execute("".join(part + (sql_literal(params[i]) if i < len(params) else "")
                               for i, part in enumerate(parts)))


def sql_literal(value: Any) -> str:
    """A DuckDB SQL literal for None, a bool, an int, a float, a date, a str, or a list of them."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return f"({value})" if value < 0 else str(value)
    if isinstance(value, float):
        return f"'{value!r}'::DOUBLE"
    if isinstance(value, date) and not isinstance(value, datetime):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, str):
        quoted = "'" + value.replace("'", "''") + "'"
        if "\x00" in value:  # a literal cannot hold NUL: join the pieces around chr(0)
            return "(" + quoted.replace("\x00", "' || chr(0) || '") + ")"
        return quoted
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(sql_literal(v) for v in value) + "]"
    raise TypeError(f"no SQL literal for {type(value).__name__}")


def _insert_rows(con: duckdb.DuckDBPyConnection, into: str, rows: list[tuple]) -> None:
    """One INSERT ... VALUES statement for all the rows."""
    if rows:
        slots = "(" + ", ".join("?" for _ in rows[0]) + ")"
        _execute(con, f"INSERT INTO {into} VALUES {', '.join(slots for _ in rows)}", [v for row in rows for v in row])


def _fact(row: Sequence[Any]) -> EventFacts:
    (content_hash, event_id, root, code, s_country, s_code, t_country, t_code, first, last, dated, geonameid,
     lat, lon, name, country, admin1, feature) = row
    return EventFacts(content_hash, event_id, root, code, dedup.dyad_key(s_country, s_code),
                      dedup.dyad_key(t_country, t_code), first, last, bool(dated), geonameid, lat, lon, name,
                      country, admin1, feature)


# -- reading ---------------------------------------------------------------------------------------

Query = Callable[..., tuple[list[str], list[tuple]]]


def read_clusters(query: Query, *, min_reports: int = 1) -> list[dict[str, Any]]:
    """The clusters with at least ``min_reports`` reports, newest first (by date, unknown last),
    then the most reported; ``query(sql, params)`` runs a read-only query (``Store._query``).

    Each is a dict (keys :data:`CLUSTER_COLUMNS`): ``reports`` counts the articles that report it,
    ``independent_reports`` those that are not near-duplicates of another one of them; ``outlets``
    are the reporting articles' outlets (else their web site, else their id); ``claims`` puts the
    differing claims side by side: one entry per distinct (claimant, modality, counts), with the
    reports and outlets that carry it.
    """
    if isinstance(min_reports, bool) or not isinstance(min_reports, int) or min_reports < 1:
        raise UsageError(f"min_reports must be a whole number, 1 or more, got {min_reports!r}")
    picked = ("SELECT cluster_id FROM cluster_members GROUP BY cluster_id "
              "HAVING count(DISTINCT content_hash) >= ?")
    _, rows = query(
        "SELECT c.cluster_id, c.cameo_root, c.cameo_code, c.source_key, c.target_key, c.date_first, c.date_last, "
        "c.location_name, c.location_country, c.geonameid, c.lat, c.lon, "
        "cm.content_hash, cm.event_id, e.cameo_code, e.cameo_name, e.modality, e.claimed_by_code, "
        "e.claimed_by_name, e.claimed_by_text, a.id, a.outlet, a.url, k.duplicate_of "
        "FROM event_clusters c JOIN cluster_members cm ON cm.cluster_id = c.cluster_id "
        "JOIN events e ON e.content_hash = cm.content_hash AND e.event_id = cm.event_id "
        "JOIN articles a ON a.content_hash = cm.content_hash "
        "LEFT JOIN article_links k ON k.content_hash = cm.content_hash "
        f"WHERE c.cluster_id IN ({picked}) ORDER BY c.cluster_id, a.seq, e.idx", [min_reports])
    _, count_rows = query(
        "SELECT cm.cluster_id, ec.content_hash, ec.event_id, ec.kind, ec.n, ec.n_max, ec.what, ec.start_char, "
        "ec.end_char FROM event_counts ec JOIN cluster_members cm "
        "ON cm.content_hash = ec.content_hash AND cm.event_id = ec.event_id "
        f"WHERE cm.cluster_id IN ({picked}) ORDER BY ec.content_hash, ec.event_id, ec.idx", [min_reports])
    counts: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for _, content_hash, event_id, kind, n, n_max, what, start, end in count_rows:
        counts[(content_hash, event_id)].append({"kind": kind, "n": n, "n_max": n_max, "what": what,
                                                 "start": start, "end": end})
    grouped: dict[int, list[tuple]] = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(row)
    clusters = [_cluster(members, counts) for members in grouped.values()]
    clusters.sort(key=lambda c: (c["date_first"] is None, _neg_date(c["date_first"]), -c["reports"], c["cluster_id"]))
    return clusters


def _cluster(rows: list[tuple], counts: dict[tuple[str, str], list[dict[str, Any]]]) -> dict[str, Any]:
    (cluster_id, root, code, source, target, first, last, place, place_country, geonameid, lat, lon) = rows[0][:12]
    articles: dict[str, dict[str, Any]] = {}  # content_hash -> {id, outlet, story, claims}
    name = None
    for (*_, content_hash, event_id, e_code, e_name, modality, c_code, c_name, c_text, article_id, outlet, url,
         duplicate_of) in rows:
        if e_code == code and name is None:
            name = e_name
        report = articles.setdefault(content_hash, {
            "id": article_id, "outlet": outlet_of(outlet, url, article_id),
            "story": duplicate_of or content_hash, "claims": {}})
        claimant = c_name or c_text
        claim = report["claims"].setdefault((c_code, claimant), {"modality": [], "counts": {}})
        if modality not in claim["modality"]:
            claim["modality"].append(modality)
        for count in counts.get((content_hash, event_id), []):
            claim["counts"].setdefault((count["start"], count["end"], count["kind"], count["what"]), count)
    side_by_side: dict[tuple, dict[str, Any]] = {}
    for report in articles.values():
        claims = report["claims"]
        informative = {k: v for k, v in claims.items() if k != (None, None) or v["counts"]}
        for (c_code, claimant), claim in (informative or claims).items():
            summary = counts_summary(sorted(claim["counts"].values(), key=lambda c: (c["start"] is None, c["start"])))
            modality = "/".join(sorted(m for m in claim["modality"] if m)) or None
            entry = side_by_side.setdefault((c_code, claimant, modality, summary), {
                "claimant": claimant, "claimant_code": c_code, "modality": modality, "counts": summary,
                "reports": 0, "outlets": []})
            entry["reports"] += 1
            if report["outlet"] not in entry["outlets"]:
                entry["outlets"].append(report["outlet"])
    outlets: list[str] = []
    for report in articles.values():
        if report["outlet"] not in outlets:
            outlets.append(report["outlet"])
    return {
        "cluster_id": cluster_id, "cameo_root": root, "cameo_code": code, "cameo_name": name,
        "source": source, "target": target,
        "date_first": first.isoformat() if first else None, "date_last": last.isoformat() if last else None,
        "place": place, "place_country": place_country, "geonameid": geonameid, "lat": lat, "lon": lon,
        "reports": len(articles), "independent_reports": len({r["story"] for r in articles.values()}),
        "events": len(rows), "outlets": outlets, "articles": [r["id"] for r in articles.values()],
        "claims": list(side_by_side.values()),
    }


def outlet_of(outlet: str | None, url: str | None, article_id: str | None) -> str:
    """Who published an article: its outlet, else its web site (the URL's host), else its id."""
    if outlet:
        return outlet
    host = urlsplit(url).hostname if url else None
    if host:
        return host.removeprefix("www.")
    return str(article_id)


def flat_cluster(cluster: dict[str, Any]) -> dict[str, Any]:
    """A cluster as one flat CSV row: lists joined with ``; ``, the claims with `` | `` as
    ``claimant (CODE) [modality]: counts (N reports)``."""
    claims = [f"{_claimant(c)}: {c['counts'] or 'no counts'} ({c['reports']} report{'s' if c['reports'] != 1 else ''})"
              for c in cluster["claims"]]
    return {**cluster, "outlets": "; ".join(cluster["outlets"]), "articles": "; ".join(cluster["articles"]),
            "claims": " | ".join(claims)}


def table_rows(clusters: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Rows for a text table (:data:`CLUSTER_TABLE_COLUMNS`): one per claim, the cluster's cells
    (id, date or first..last, code, dyad SOURCE->TARGET, place, reports) on its first row only."""
    for cluster in clusters:
        first, last = cluster["date_first"], cluster["date_last"]
        head = {"id": cluster["cluster_id"], "date": first if first == last else f"{first}..{last}",
                "code": cluster["cameo_code"], "dyad": f"{cluster['source'] or '?'}->{cluster['target'] or '?'}",
                "place": cluster["place"], "reports": cluster["reports"]}
        for i, claim in enumerate(cluster["claims"]):
            yield {**(head if i == 0 else dict.fromkeys(head)), "claimant": _claimant(claim),
                   "counts": claim["counts"] or "-", "outlets": "; ".join(claim["outlets"])}


def _claimant(claim: dict[str, Any]) -> str:
    who = claim["claimant"] or "unattributed"
    if claim["claimant_code"]:
        who += f" ({claim['claimant_code']})"
    if claim["modality"] and claim["modality"] != "asserted":
        who += f" [{claim['modality']}]"
    return who


def losses(query: Query, *, by: str = "claimant") -> list[dict[str, Any]]:
    """The equipment-and-casualty ledger: the counts of asserted events of the :data:`LOSS_KINDS`,
    grouped ``by`` claimant, side (whose losses), type (the counted noun) or day (the cluster's
    first day), with the columns of :data:`LEDGER_KEYS` then ``low``, ``high``, ``clusters`` and
    ``reports``.

    A happening counts once per group, however many articles repeat it: in each cluster, a report
    (an article, and one claimant in it) gives a figure, the sum of its distinct counted phrases
    (a range "12 to 15" gives 12 and 15); ``low`` and ``high`` add up, cluster by cluster, the lowest
    and the highest figure among the reports that fall in the group. By claimant, that is among
    the claimant's own reports; otherwise among all claimants', so rival claims about one
    happening give a range, never a sum.
    """
    if by not in LEDGER_BY:
        raise UsageError(f"cannot group losses by {by!r}", hint=f"use one of: {', '.join(LEDGER_BY)}")
    kinds = ", ".join(f"'{k}'" for k in LOSS_KINDS)
    _, rows = query(
        "SELECT cm.cluster_id, c.date_first, ec.content_hash, ec.event_id, ec.idx, ec.kind, ec.what, ec.category, "
        "ec.side, ec.n, ec.n_max, ec.start_char, ec.end_char, e.claimed_by_code, e.claimed_by_name, "
        "e.claimed_by_text "
        "FROM event_counts ec JOIN events e ON e.content_hash = ec.content_hash AND e.event_id = ec.event_id "
        "JOIN cluster_members cm ON cm.content_hash = ec.content_hash AND cm.event_id = ec.event_id "
        "JOIN event_clusters c ON c.cluster_id = cm.cluster_id "
        f"WHERE coalesce(e.modality, 'asserted') = 'asserted' AND ec.kind IN ({kinds}) "
        "ORDER BY cm.cluster_id, ec.content_hash, e.idx, ec.idx")
    return ledger(rows, by=by)


def ledger(rows: Iterable[Sequence[Any]], *, by: str) -> list[dict[str, Any]]:
    """:func:`losses` from its query rows (cluster_id, date_first, content_hash, event_id, idx, kind,
    what, category, side, n, n_max, start_char, end_char, claimed_by code, name, text)."""
    keys = LEDGER_KEYS[by]
    seen: set[tuple] = set()
    # (cluster, group key, report) -> [low, high]; a report is an article and a claimant in it
    figures: dict[tuple, dict[tuple, list[int]]] = defaultdict(dict)
    for (cluster_id, first, content_hash, event_id, idx, kind, what, category, side, n, n_max, start, end,
         c_code, c_name, c_text) in rows:
        mention = (content_hash, kind, what, start, end) if start is not None else (content_hash, event_id, idx)
        if mention in seen:  # one counted phrase attached to two events is one figure
            continue
        seen.add(mention)
        claimant = c_name or c_text
        claimant = f"{claimant} ({c_code})" if claimant and c_code else (claimant or c_code or "unattributed")
        values = {"claimant": claimant, "side": side, "kind": kind, "what": what, "category": category,
                  "day": first.isoformat() if isinstance(first, date) else None}
        group = tuple(values[k] for k in keys)
        report = (content_hash, claimant)
        figure = figures[(cluster_id, group)].setdefault(report, [0, 0])
        figure[0] += n
        figure[1] += n_max if n_max is not None else n
    out: dict[tuple, dict[str, Any]] = {}
    for (_, group), reports in figures.items():
        row = out.setdefault(group, {**dict(zip(keys, group)), "low": 0, "high": 0, "clusters": 0, "reports": 0})
        row["low"] += min(low for low, _ in reports.values())
        row["high"] += max(high for _, high in reports.values())
        row["clusters"] += 1
        row["reports"] += len({content_hash for content_hash, _ in reports})
    return sorted(out.values(), key=lambda r: tuple(_sortable(r[k], k) for k in keys))


def _sortable(value: Any, key: str) -> tuple:
    """Unknown values last; days newest first."""
    if value is None:
        return (1, 0)
    return (0, _neg_date(value) if key == "day" else str(value))


def _neg_date(value: str | date | None) -> Any:
    if value is None:
        return 0
    day = value if isinstance(value, date) else date.fromisoformat(value)
    return -day.toordinal()
