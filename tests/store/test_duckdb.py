import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.errors import StoreError, UsageError
from eventwire.export.rows import record_rows
from eventwire.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TABLES = ("articles", "events", "event_counts", "mentions", "article_lsh", "article_links", "event_clusters",
          "cluster_members")
IDLIB, SARAQIB, MARKETS = "idlib-strike", "saraqib-shelling", "markets-calm"


@pytest.fixture
def records():
    with open(FIXTURES / "records.jsonl", encoding="utf-8") as fp:
        return {r["article"]["id"]: r for r in map(json.loads, fp)}


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "events.duckdb") as opened:
        yield opened


@pytest.fixture
def full_store(store, records):
    for record in records.values():
        store.add(record)
    return store


def snapshot(store):
    """Every row of every table, in a fixed order."""
    return {t: store.sql(f"SELECT * EXCLUDE (ingested_at) FROM {t} ORDER BY ALL")[1]
            if t == "articles" else store.sql(f"SELECT * FROM {t} ORDER BY ALL")[1] for t in TABLES}


def test_duckdb_open_creates_tables(store):
    _, rows = store.sql("SELECT table_name FROM information_schema.tables ORDER BY table_name")
    assert [r[0] for r in rows] == ["actors", "article_links", "article_lsh", "articles", "cluster_members",
                                    "event_clusters", "event_counts", "events", "eventwire_meta", "mentions"]


@pytest.mark.parametrize("content", [b"not a database\n", b""])
def test_duckdb_open_refuses_a_file_that_is_not_duckdb(tmp_path, content):
    path = tmp_path / "notes.duckdb"
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert caught.value.reason == ("this file is not a DuckDB database "
                                   "(give a new file name, or an existing eventwire store)")


def test_duckdb_open_refuses_a_locked_file(tmp_path):
    path = tmp_path / "events.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('open', flush=True); "
         "sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "open\n"
        with pytest.raises(StoreError) as caught:
            Store.open(path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert caught.value.reason.startswith("the store is locked by ")


def test_duckdb_open_names_a_missing_folder(tmp_path):
    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path / "missing" / "events.duckdb")
    assert caught.value.reason == "the folder for the store does not exist (create the folder first)"


def test_duckdb_reopen_keeps_what_was_added(tmp_path, records):
    with Store.open(tmp_path / "events.duckdb") as store:
        store.add(records[IDLIB])
    with Store.open(tmp_path / "events.duckdb") as store:
        assert store.counts() == {"articles": 1, "events": 2, "actors": 5, "mentions": 9}


def test_duckdb_read_only_refuses_add(tmp_path, records):
    Store.open(tmp_path / "events.duckdb").close()
    with Store.open(tmp_path / "events.duckdb", read_only=True) as store:
        with pytest.raises(StoreError):
            store.add(records[IDLIB])


def test_duckdb_read_only_lists_events(tmp_path, records):
    with Store.open(tmp_path / "events.duckdb") as store:
        store.add(records[IDLIB])
    with Store.open(tmp_path / "events.duckdb", read_only=True) as store:
        assert [r["event_id"] for r in store.events()] == ["idlib-strike:e2", "idlib-strike:e1"]


def test_duckdb_read_only_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path / "events.duckdb", read_only=True)
    assert caught.value.reason == "no store to open read-only (create it first by adding articles to it)"


def test_duckdb_closed_store_refuses_queries(store):
    store.close()
    with pytest.raises(StoreError) as caught:
        store.counts()
    assert caught.value.reason == "the store is closed (open it again with Store.open)"


def test_duckdb_add_returns_true_for_a_new_article(store, records):
    assert store.add(records[IDLIB]) is True


def test_duckdb_add_same_record_again_returns_false(store, records):
    store.add(records[IDLIB])
    assert store.add(records[IDLIB]) is False


def test_duckdb_add_same_record_again_keeps_counts(store, records):
    store.add(records[IDLIB])
    store.add(records[IDLIB])
    assert store.counts() == {"articles": 1, "events": 2, "actors": 5, "mentions": 9}


def test_duckdb_add_same_text_under_another_id_returns_false(store, records):
    store.add(records[IDLIB])
    renamed = copy.deepcopy(records[IDLIB])
    renamed["article"]["id"] = "another-id"
    assert store.add(renamed) is False


def test_duckdb_add_two_records_stores_both(store, records):
    store.add(records[IDLIB])
    store.add(records[SARAQIB])
    assert store.counts() == {"articles": 2, "events": 4, "actors": 7, "mentions": 17}


def test_duckdb_add_article_without_events(store, records):
    store.add(records[MARKETS])
    assert store.counts() == {"articles": 1, "events": 0, "actors": 0, "mentions": 0}


def _fail_in_mentions(store, monkeypatch, record):
    def boom(content_hash, record):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_insert_mentions", boom)
    return record


def _duplicate_event_id(store, monkeypatch, record):
    record = copy.deepcopy(record)
    record["events"][1]["id"] = record["events"][0]["id"]
    return record


def _bad_count(store, monkeypatch, record):
    record = copy.deepcopy(record)
    record["events"][0]["counts"][0]["n"] = "a dozen"
    return record


FAILURES = [_fail_in_mentions, _duplicate_event_id, _bad_count]


@pytest.mark.parametrize("make_failure", FAILURES)
def test_duckdb_add_failure_raises_store_error(store, records, monkeypatch, make_failure):
    broken = make_failure(store, monkeypatch, records[SARAQIB])
    with pytest.raises(StoreError) as caught:
        store.add(broken)
    assert caught.value.reason.startswith("cannot store the article, nothing was written: ")


@pytest.mark.parametrize("make_failure", FAILURES)
def test_duckdb_add_failure_leaves_tables_as_they_were(store, records, monkeypatch, make_failure):
    store.add(records[IDLIB])
    before = snapshot(store)
    broken = make_failure(store, monkeypatch, records[SARAQIB])
    with pytest.raises(StoreError):
        store.add(broken)
    assert snapshot(store) == before


@pytest.mark.parametrize("make_failure", FAILURES)
def test_duckdb_add_after_failure_stores_the_good_record(store, records, monkeypatch, make_failure):
    broken = make_failure(store, monkeypatch, records[SARAQIB])
    with pytest.raises(StoreError):
        store.add(broken)
    monkeypatch.undo()
    assert store.add(records[SARAQIB]) is True
    assert store.counts() == {"articles": 1, "events": 2, "actors": 4, "mentions": 8}


def test_duckdb_add_interrupted_rolls_back_and_lets_the_interrupt_through(store, records, monkeypatch):
    def interrupt(content_hash, record):
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "_insert_counts", interrupt)
    with pytest.raises(KeyboardInterrupt):
        store.add(records[IDLIB])
    assert store.counts() == {"articles": 0, "events": 0, "actors": 0, "mentions": 0}


def test_duckdb_add_refuses_a_record_without_text(store):
    with pytest.raises(StoreError) as caught:
        store.add({"article": {"id": "x"}, "events": []})
    assert caught.value.reason == "the record has no article.text (pass a Record.to_dict() value)"


def test_duckdb_events_are_the_export_rows_plus_content_hash(store, records):
    store.add(records[SARAQIB])
    _, ((content_hash,),) = store.sql("SELECT content_hash FROM articles")
    expected = [{**row, "content_hash": content_hash} for row in record_rows(records[SARAQIB])]
    assert sorted(store.events(), key=lambda r: r["event_id"]) == expected


def test_duckdb_events_newest_first(full_store):
    assert [r["event_id"] for r in full_store.events()] == [
        "saraqib-shelling:e2",  # no date: published 2020-03-05
        "saraqib-shelling:e1",  # 2020-03 (from 2020-03-01)
        "idlib-strike:e2",  # no date: published 2020-02-28
        "idlib-strike:e1",  # 2020-02-27
    ]


@pytest.mark.parametrize("filters,event_ids", [
    ({"country": "TUR"}, ["saraqib-shelling:e2", "idlib-strike:e2", "idlib-strike:e1"]),
    ({"country": "rus"}, ["idlib-strike:e2"]),
    ({"root": "19"}, ["saraqib-shelling:e1", "idlib-strike:e1"]),
    ({"root": 3}, ["idlib-strike:e2"]),
    ({"since": "2020-03-15"}, ["saraqib-shelling:e1"]),
    ({"since": "2020-02-28"}, ["saraqib-shelling:e2", "saraqib-shelling:e1", "idlib-strike:e2"]),
    ({"until": "2020-02-27"}, ["idlib-strike:e1"]),
    ({"until": "2020-02"}, ["idlib-strike:e2", "idlib-strike:e1"]),
    ({"since": "2020", "until": "2020"}, ["saraqib-shelling:e2", "saraqib-shelling:e1", "idlib-strike:e2",
                                          "idlib-strike:e1"]),
    ({"country": "SYR", "root": "19", "since": "2020-03"}, ["saraqib-shelling:e1"]),
    ({"limit": 1}, ["saraqib-shelling:e2"]),
    ({"article": "idlib-strike"}, ["idlib-strike:e2", "idlib-strike:e1"]),
])
def test_duckdb_events_filters(full_store, filters, event_ids):
    assert [r["event_id"] for r in full_store.events(**filters)] == event_ids


@pytest.mark.parametrize("filters", [
    {"country": "TR"}, {"root": "21"}, {"root": "9x"}, {"since": "28/02/2020"}, {"until": "2020-13"},
    {"limit": -1},
])
def test_duckdb_events_rejects_bad_filters(full_store, filters):
    with pytest.raises(UsageError):
        full_store.events(**filters)


def test_duckdb_event_counts_table(full_store):
    _, rows = full_store.sql("SELECT event_id, idx, kind, n, n_max, what, category, side, text, start_char, end_char "
                             "FROM event_counts ORDER BY event_id, idx")
    assert rows == [
        ("idlib-strike:e1", 0, "killed", 31, None, "soldier", "people", "SYR", "31 soldiers", 78, 89),
        ("idlib-strike:e1", 1, "destroyed", 19, None, "tank", "equipment", "SYR", "19 tanks", 134, 142),
        ("saraqib-shelling:e1", 0, "killed", 12, 15, "soldier", "people", "SYR", "between 12 and 15 soldiers",
         71, 97),
    ]


def test_duckdb_mentions_table(full_store):
    _, rows = full_store.sql("SELECT m.kind, m.text, start_char, end_char, code, name, actor_kind, lat, value, "
                             "count_kind, n FROM mentions m JOIN articles a USING (content_hash) "
                             "WHERE a.id = 'idlib-strike' AND m.idx < 4 ORDER BY m.idx")
    assert rows == [
        ("actor", "Turkish warplanes", 0, 17, "TURMIL", "Turkey", "country", None, None, None, None),
        ("actor", "Syrian army", 26, 37, "SYRMIL", "Syria", "country", None, None, None, None),
        ("place", "Idlib", 51, 56, None, "Idlib", None, 35.93333, None, None, None),
        ("date", "on Thursday", 57, 68, None, None, None, None, "2020-02-27", None, None),
    ]


def test_duckdb_actors_view(full_store):
    _, rows = full_store.sql("SELECT code, name, country, first_seen_article, articles FROM actors ORDER BY ALL")
    assert rows == [
        ("NGO", "Syrian Observatory for Human Rights", None, "saraqib-shelling", 1),
        ("RUSGOV", "Russia", "RUS", "idlib-strike", 1),
        ("SYRMIL", "Syria", "SYR", "idlib-strike", 2),
        ("SYRREB", "Syrian rebels", "SYR", "saraqib-shelling", 1),
        ("TURGOV", "Turkey", "TUR", "idlib-strike", 2),
        ("TURGOV", "Turkish Defence Ministry", "TUR", "idlib-strike", 1),
        ("TURMIL", "Turkey", "TUR", "idlib-strike", 1),
    ]


def test_duckdb_articles_lists_newest_published_first(full_store):
    assert [(a["id"], a["published"], a["events"]) for a in full_store.articles()] == [
        ("saraqib-shelling", "2020-03-05T09:30:00Z", 2),
        ("idlib-strike", "2020-02-28", 2),
        ("markets-calm", None, 0),
    ]


def test_duckdb_records_gives_back_what_was_added(full_store, records):
    assert list(full_store.records()) == list(records.values())


def test_duckdb_sql_returns_columns_and_rows(full_store):
    result = full_store.sql("SELECT cameo_root, count(*) AS n FROM events WHERE modality = ? GROUP BY 1 ORDER BY 1",
                            ["asserted"])
    assert result == (["cameo_root", "n"], [("11", 1), ("19", 2)])


@pytest.mark.parametrize("query,kind", [
    ("DELETE FROM articles", "DELETE"),
    ("INSERT INTO eventwire_meta VALUES ('a', 'b')", "INSERT"),
    ("UPDATE events SET confidence = 0", "UPDATE"),
    ("DROP TABLE mentions", "DROP"),
    ("ALTER TABLE events ADD COLUMN x INTEGER", "ALTER"),
    ("CREATE TABLE x AS SELECT 1", "CREATE"),
    ("ATTACH 'other.duckdb' AS other", "ATTACH"),
    ("COPY events TO 'events.csv'", "COPY"),
    ("CHECKPOINT", "CALL"),
    ("SET threads = 1", "SET"),
])
def test_duckdb_sql_refuses_statements_that_write(full_store, query, kind):
    with pytest.raises(StoreError) as caught:
        full_store.sql(query)
    assert caught.value.reason == (f"store.sql runs read-only statements only: {kind} is refused "
                                   "(use a SELECT; add articles with store.add)")


def test_duckdb_sql_refused_delete_leaves_rows(full_store):
    with pytest.raises(StoreError):
        full_store.sql("DELETE FROM events")
    assert full_store.counts()["events"] == 4


def test_duckdb_sql_refuses_two_statements(full_store):
    with pytest.raises(StoreError) as caught:
        full_store.sql("SELECT 1; DELETE FROM events")
    assert caught.value.reason == "store.sql runs one statement at a time, got 2"
