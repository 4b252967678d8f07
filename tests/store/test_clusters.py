"""Across articles in the store: near-duplicate links, event clusters, the losses ledger.

The first tests build records by hand, so each clustering rule is pinned down exactly; the last ones
run the real pipeline over short articles we wrote and store them in a DuckDB file.
"""
import copy

import duckdb
import pytest

from eventwire.errors import StoreError, UsageError
from eventwire.store import Store, clusters

STORY = ("Kenyan jets bombed Shabaab camps near Kismayo on Monday, killing nine militants, the Kenyan military "
         "said. The raids lasted for two hours and hit three camps, residents told reporters by telephone.")
STORY_EDITED = ("Kenyan jets bombed Shabaab camps near Kismayo on Monday, killing nine militants, the Kenyan "
                "military said on Tuesday. The raids lasted for two hours and hit three camps, residents told "
                "reporters by phone.")
KISMAYO = {"name": "Kismayo", "country": "SOM", "admin1": "Lower Juba", "lat": -0.35817, "lon": 42.54536,
           "geonameid": 55671, "feature": "city"}
JAMAAME = {"name": "Jamaame", "country": "SOM", "admin1": "Lower Juba", "lat": 0.06968, "lon": 42.74497,
           "geonameid": 57060, "feature": "city"}  # 52 km from Kismayo
BAIDOA = {"name": "Baidoa", "country": "SOM", "admin1": "Bay", "lat": 3.11383, "lon": 43.6498,
          "geonameid": 64536, "feature": "city"}
KEN = {"code": "KENMIL", "country": "KEN", "name": "Kenya"}
SOM = {"code": "SOMREB", "country": "SOM", "name": "Somali rebels"}


def actor(fields):
    return None if fields is None else {"text": fields["code"], "start": 0, "end": 1, "sector": None,
                                        "kind": "country", **fields}


def event(n, *, code="195", source=KEN, target=SOM, place=None, day=None, counts=(), claimant=None,
          modality="asserted"):
    return {
        "id": f"e{n}", "sentence": {"text": "x", "start": 0, "end": 1, "index": 0},
        "trigger": {"text": "x", "start": 0, "end": 1}, "source": actor(source), "target": actor(target),
        "cameo": {"code": code, "root": code[:2], "name": f"CAMEO {code}", "goldstein": -10.0, "quad_class": 4},
        "plover": None, "modality": modality,
        "location": None if place is None else {"text": place["name"], "start": 0, "end": 1, **place},
        "date": None if day is None else {"text": "x", "start": 0, "end": 1, "value": day, "precision": "day"},
        "counts": [{"kind": kind, "n": n_, "n_max": n_max, "what": what,
                    "category": "equipment" if what == "vehicle" else "people", "side": side,
                    "text": "x", "start": 10 + i, "end": 11 + i}
                   for i, (kind, n_, n_max, what, side) in enumerate(counts)],
        "claimed_by": actor(claimant), "confidence": 0.9, "evidence": {},
    }


def record(article_id, *events, text=None, published="2023-05-09", outlet=None, url=None):
    return {"article": {"id": article_id, "title": article_id, "text": text or f"Report {article_id}.",
                        "published": published, "url": url, "outlet": outlet, "credits": [], "language": "en"},
            "events": list(events), "mentions": [], "warnings": []}


KILLED_9 = [("killed", 9, None, "militant", "SOM")]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "events.duckdb") as opened:
        yield opened


def clusters_of(store):
    """Each cluster as (sorted article ids, reports, independent reports)."""
    return sorted((tuple(sorted(c["articles"])), c["reports"], c["independent_reports"]) for c in store.clusters())


def test_clusters_near_duplicate_articles_are_linked(store):
    store.add(record("nation", text=STORY))
    store.add(record("star", text=STORY_EDITED))
    (link,) = store.links()
    assert (link["article_id"], link["duplicate_of_id"], link["similarity"]) == ("star", "nation", 0.7647)


def test_clusters_different_articles_are_not_linked(store):
    store.add(record("nation", text=STORY))
    store.add(record("other", text="Finance ministers met in Nairobi to discuss a common currency for the region."))
    assert store.links() == []


def test_clusters_a_copy_of_a_copy_points_to_the_first_article(store):
    store.add(record("nation", text=STORY))
    store.add(record("star", text=STORY_EDITED))
    store.add(record("standard", text=STORY_EDITED.replace("by phone", "by satellite phone")))
    assert [(k["article_id"], k["duplicate_of_id"]) for k in store.links()] == [("star", "nation"),
                                                                                ("standard", "nation")]


def test_clusters_duplicate_events_join_the_original_clusters(store):
    store.add(record("nation", event(1, place=KISMAYO, day="2023-05-08", counts=KILLED_9, claimant=KEN), text=STORY))
    # the copy's event has no date: it still joins the original's cluster, as a duplicate
    store.add(record("star", event(1, place=KISMAYO, counts=KILLED_9, claimant=KEN), text=STORY_EDITED,
                     published=None))
    _, rows = store.sql("SELECT a.id, m.cluster_id, m.how FROM cluster_members m JOIN articles a USING "
                        "(content_hash) ORDER BY a.seq")
    assert rows == [("nation", 1, "new"), ("star", 1, "duplicate")]
    assert clusters_of(store) == [(("nation", "star"), 2, 1)]


@pytest.mark.parametrize("second,together", [
    (event(1, place=KISMAYO, day="2023-05-08"), True),
    (event(1, place=KISMAYO, day="2023-05-09"), True),  # within a day
    (event(1, place=KISMAYO, day="2023-05-10"), False),
    (event(1, place=JAMAAME, day="2023-05-08"), False),  # 52 km away
    (event(1, place=BAIDOA, day="2023-05-08"), False),
    (event(1, day="2023-05-08"), True),  # no place
    (event(1, place=KISMAYO, day="2023-05-08", code="190"), True),  # same root
    (event(1, place=KISMAYO, day="2023-05-08", code="173"), False),
    (event(1, place=KISMAYO, day="2023-05-08", source=None), False),
    (event(1, place=KISMAYO, day="2023-05-08", source={"code": "KENGOV", "country": "KEN", "name": "Kenya"}), True),
    (event(1, place=KISMAYO, day="2023-05-08", source=SOM, target=KEN), False),
])
def test_clusters_same_happening_rules(store, second, together):
    store.add(record("nation", event(1, place=KISMAYO, day="2023-05-08")))
    store.add(record("radio", second))
    assert clusters_of(store) == ([(("nation", "radio"), 2, 2)] if together
                                  else [(("nation",), 1, 1), (("radio",), 1, 1)])


@pytest.mark.parametrize("published,together", [("2023-05-09", True), ("2023-05-10", True), ("2023-05-11", False),
                                                (None, False)])
def test_clusters_undated_events_compare_publication_dates(store, published, together):
    store.add(record("nation", event(1, place=KISMAYO), published="2023-05-09"))
    store.add(record("radio", event(1, place=KISMAYO), published=published))
    assert len(store.clusters()) == (1 if together else 2)


def test_clusters_events_of_one_article_share_a_cluster(store):
    store.add(record("nation", event(1, place=KISMAYO, day="2023-05-08"),
                     event(2, code="190", day="2023-05-08", counts=KILLED_9, claimant=KEN),
                     event(3, place=BAIDOA, day="2023-05-08")))
    assert [(c["place"], c["events"]) for c in store.clusters()] == [("Kismayo", 2), ("Baidoa", 1)]


def test_clusters_are_incremental(store):
    store.add(record("nation", event(1, place=KISMAYO, day="2023-05-08")))
    (before,) = store.clusters()
    store.add(record("radio", event(1, place=KISMAYO, day="2023-05-08")))
    store.add(record("tv", event(1, place=BAIDOA, day="2023-05-08")))
    after = store.clusters()
    assert [(c["cluster_id"], c["reports"]) for c in after] == [(before["cluster_id"], 2), (2, 1)]


def test_clusters_take_the_most_precise_place_and_the_own_dates(store):
    store.add(record("nation", event(1)))
    store.add(record("radio", event(1, place=KISMAYO, day="2023-05-08")))
    (cluster,) = store.clusters()
    assert (cluster["place"], cluster["geonameid"], cluster["date_first"], cluster["date_last"]) == (
        "Kismayo", 55671, "2023-05-08", "2023-05-08")


def test_clusters_list_outlets_and_differing_claims(store):
    store.add(record("nation", event(1, place=KISMAYO, day="2023-05-08", counts=KILLED_9, claimant=KEN),
                     text=STORY, outlet="Daily Nation"))
    store.add(record("star", event(1, place=KISMAYO, day="2023-05-08", counts=KILLED_9, claimant=KEN),
                     text=STORY_EDITED, url="https://www.the-star.example/kismayo"))
    store.add(record("radio", event(1, place=KISMAYO, day="2023-05-08", claimant=SOM, modality="negated",
                                    counts=[("killed", 2, 3, "civilian", "SOM")])))
    (cluster,) = store.clusters()
    assert cluster["outlets"] == ["Daily Nation", "the-star.example", "radio"]
    assert cluster["claims"] == [
        {"claimant": "Kenya", "claimant_code": "KENMIL", "modality": "asserted", "counts": "killed militant=9",
         "reports": 2, "outlets": ["Daily Nation", "the-star.example"]},
        {"claimant": "Somali rebels", "claimant_code": "SOMREB", "modality": "negated",
         "counts": "killed civilian=2-3", "reports": 1, "outlets": ["radio"]},
    ]
    assert (cluster["reports"], cluster["independent_reports"], cluster["events"]) == (3, 2, 3)


def test_clusters_min_reports(store):
    store.add(record("nation", event(1, place=KISMAYO, day="2023-05-08")))
    store.add(record("radio", event(1, place=KISMAYO, day="2023-05-08")))
    store.add(record("tv", event(1, place=BAIDOA, day="2023-05-08")))
    assert [c["place"] for c in store.clusters(min_reports=2)] == ["Kismayo"]
    assert store.clusters(min_reports=3) == []
    with pytest.raises(UsageError):
        store.clusters(min_reports=0)


def test_clusters_table_rows_one_line_per_claim(store):
    store.add(record("nation", event(1, place=KISMAYO, day="2023-05-08", counts=KILLED_9, claimant=KEN)))
    store.add(record("radio", event(1, place=KISMAYO, day="2023-05-09", claimant=SOM)))
    assert list(clusters.table_rows(store.clusters())) == [
        {"id": 1, "date": "2023-05-08..2023-05-09", "code": "195", "dyad": "KEN->SOM", "place": "Kismayo",
         "reports": 2, "claimant": "Kenya (KENMIL)", "counts": "killed militant=9", "outlets": "nation"},
        {"id": None, "date": None, "code": None, "dyad": None, "place": None, "reports": None,
         "claimant": "Somali rebels (SOMREB)", "counts": "-", "outlets": "radio"},
    ]


# -- losses ------------------------------------------------------------------------------------------

@pytest.fixture
def reported(store):
    """Kismayo: Kenya says 9 militants killed (two near-duplicate articles) and 2 vehicles destroyed,
    Somali rebels say 4 (a range 4-6 in one report). Baidoa: Kenya says 5. A denied killing counts nothing."""
    kenya = [("killed", 9, None, "militant", "SOM"), ("destroyed", 2, None, "vehicle", "SOM")]
    store.add(record("nation", event(1, place=KISMAYO, day="2023-05-08", counts=kenya, claimant=KEN), text=STORY))
    store.add(record("star", event(1, place=KISMAYO, day="2023-05-08", counts=kenya, claimant=KEN),
                     text=STORY_EDITED))
    store.add(record("radio", event(1, place=KISMAYO, day="2023-05-08", claimant=SOM,
                                    counts=[("killed", 4, 6, "militant", "SOM")])))
    store.add(record("tv", event(1, place=BAIDOA, day="2023-05-07", claimant=KEN,
                                 counts=[("killed", 5, None, "militant", "SOM")]),
                     event(2, place=BAIDOA, day="2023-05-07", claimant=KEN, modality="negated",
                           counts=[("killed", 7, None, "civilian", "SOM")])))
    return store


def test_losses_by_claimant_count_duplicates_once(reported):
    assert reported.losses(by="claimant") == [
        {"claimant": "Kenya (KENMIL)", "side": "SOM", "kind": "destroyed", "what": "vehicle", "category": "equipment",
         "low": 2, "high": 2, "clusters": 1, "reports": 2},
        {"claimant": "Kenya (KENMIL)", "side": "SOM", "kind": "killed", "what": "militant", "category": "people",
         "low": 14, "high": 14, "clusters": 2, "reports": 3},
        {"claimant": "Somali rebels (SOMREB)", "side": "SOM", "kind": "killed", "what": "militant",
         "category": "people", "low": 4, "high": 6, "clusters": 1, "reports": 1},
    ]


@pytest.mark.parametrize("by,rows", [
    ("side", [("SOM", "destroyed", "vehicle", "equipment", 2, 2, 1, 2),
              ("SOM", "killed", "militant", "people", 9, 14, 2, 4)]),
    ("type", [("militant", "people", "killed", 9, 14, 2, 4),
              ("vehicle", "equipment", "destroyed", 2, 2, 1, 2)]),
    ("day", [("2023-05-08", "SOM", "destroyed", "vehicle", "equipment", 2, 2, 1, 2),
             ("2023-05-08", "SOM", "killed", "militant", "people", 4, 9, 1, 3),
             ("2023-05-07", "SOM", "killed", "militant", "people", 5, 5, 1, 1)]),
])
def test_losses_rival_claims_give_a_range_not_a_sum(reported, by, rows):
    # Kismayo: Kenya's 9 (twice, near-duplicates) against the rebels' 4-6 is 4 to 9; Baidoa adds 5
    assert [tuple(r.values()) for r in reported.losses(by=by)] == rows


def test_losses_unknown_grouping(store):
    with pytest.raises(UsageError) as caught:
        store.losses(by="outlet")
    assert caught.value.reason == "cannot group losses by 'outlet' (use one of: claimant, side, type, day)"


def test_losses_of_an_empty_store(store):
    assert store.losses() == []


# -- transactions, re-ingest and upgrade -------------------------------------------------------------

TABLES = ("article_lsh", "article_links", "event_clusters", "cluster_members")


def snapshot(store):
    return {t: store.sql(f"SELECT * FROM {t} ORDER BY ALL")[1] for t in TABLES}


def test_clusters_readding_an_article_adds_nothing(store):
    first = record("nation", event(1, place=KISMAYO, day="2023-05-08"), text=STORY)
    store.add(first)
    store.add(record("star", event(1, place=KISMAYO, day="2023-05-08"), text=STORY_EDITED))
    before = snapshot(store)
    assert store.add(copy.deepcopy(first)) is False
    assert snapshot(store) == before


def test_clusters_failure_leaves_the_store_as_it_was(store, monkeypatch):
    store.add(record("nation", event(1, place=KISMAYO, day="2023-05-08"), text=STORY))
    before = snapshot(store)
    real = clusters.cluster_events

    def crash(con, content_hash, original):
        real(con, content_hash, original)  # the link, the index and the cluster rows are written ...
        raise RuntimeError("power cut")  # ... and then the article fails

    monkeypatch.setattr(clusters, "cluster_events", crash)
    with pytest.raises(StoreError):
        store.add(record("star", event(1, place=KISMAYO, day="2023-05-08"), text=STORY_EDITED))
    assert snapshot(store) == before
    assert store.counts()["articles"] == 1


def _downgrade(path):
    """Make the file look like a version-1 store: no cluster tables, version 1."""
    con = duckdb.connect(str(path))
    for table in ("cluster_members", "event_clusters", "article_links", "article_lsh"):
        con.execute(f"DROP TABLE {table}")
    con.execute("DROP SEQUENCE clusters_seq")
    con.execute("UPDATE eventwire_meta SET value = '1' WHERE key = 'schema_version'")
    con.close()


def test_clusters_a_version_1_store_is_upgraded_when_opened_for_writing(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store.open(path) as store:
        store.add(record("nation", event(1, place=KISMAYO, day="2023-05-08"), text=STORY))
        store.add(record("star", event(1, place=KISMAYO, day="2023-05-08"), text=STORY_EDITED))
        expected = (store.clusters(), store.links())
    _downgrade(path)
    with Store.open(path) as store:
        assert (store.clusters(), store.links()) == expected
        assert store.sql("SELECT value FROM eventwire_meta WHERE key = 'schema_version'")[1] == [("2",)]


def test_clusters_a_version_1_store_read_only_says_how_to_upgrade(tmp_path):
    path = tmp_path / "old.duckdb"
    Store.open(path).close()
    _downgrade(path)
    with pytest.raises(StoreError) as caught:
        Store.open(path, read_only=True)
    assert caught.value.reason == (
        "store schema version 1 has no near-duplicate links or event clusters (open it once for writing to "
        "upgrade it in place, e.g. 'eventwire ingest PATH --db FILE' or Store.open(path))")


# -- the real pipeline ---------------------------------------------------------------------------------

NATION = ("Kenyan jets bomb Shabaab camps near Kismayo\n\n" + STORY + "\n")
STAR = ("Kenya bombs Shabaab near Kismayo\n\n" + STORY_EDITED + "\n")
BAIDOA_STRIKE = ("Strike near Baidoa\n\nKenyan jets bombed Shabaab camps near Baidoa on Monday, killing five "
                 "militants, the Kenyan military said.\n")


@pytest.fixture(scope="module")
def pipeline_records(nlp):
    from eventwire import extract

    def run(article_id, text, outlet):
        title, body = text.split("\n\n", 1)
        return extract({"id": article_id, "title": title, "text": body, "published": "2023-05-09",
                        "outlet": outlet}, nlp=nlp).to_dict()

    return {"nation": run("nation", NATION, "Daily Nation"), "star": run("star", STAR, "The Star"),
            "baidoa": run("baidoa", BAIDOA_STRIKE, "Daily Nation")}


def test_clusters_pipeline_same_story_from_two_outlets_is_one_cluster(tmp_path, pipeline_records):
    with Store.open(tmp_path / "events.duckdb") as store:
        store.add(pipeline_records["nation"])
        store.add(pipeline_records["star"])
        assert [(k["article_id"], k["duplicate_of_id"]) for k in store.links()] == [("star", "nation")]
        (cluster,) = store.clusters()
        assert (cluster["reports"], cluster["independent_reports"], cluster["outlets"], cluster["place"],
                cluster["date_first"]) == (2, 1, ["Daily Nation", "The Star"], "Kismayo", "2023-05-08")


def test_clusters_pipeline_two_strikes_on_one_day_in_two_towns(tmp_path, pipeline_records):
    with Store.open(tmp_path / "events.duckdb") as store:
        store.add(pipeline_records["nation"])
        store.add(pipeline_records["baidoa"])
        assert store.links() == []
        assert sorted((c["place"], c["date_first"], c["reports"]) for c in store.clusters()) == [
            ("Baidoa", "2023-05-08", 1), ("Kismayo", "2023-05-08", 1)]


def test_clusters_pipeline_losses_do_not_double_count_duplicates(tmp_path, pipeline_records):
    with Store.open(tmp_path / "events.duckdb") as store:
        for name in ("nation", "star", "baidoa"):
            store.add(pipeline_records[name])
        assert [(r["side"], r["kind"], r["what"], r["low"], r["high"], r["clusters"], r["reports"])
                for r in store.losses(by="side")] == [("SOM", "killed", "militant", 14, 14, 2, 3)]
