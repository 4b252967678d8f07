"""The command line, run as a user runs it (a real process, real files, a real DuckDB file)."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = ("Clashes in Kassala\n\nSudanese troops shelled Eritrean positions near Kassala on Tuesday, "
           "the army said. Eritrean forces fired back.\n")


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "eventwire.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "kassala.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    (folder / "latin1.txt").write_bytes("Caf\xe9 attack\n\nGunmen attacked a caf\xe9.".encode("latin-1"))
    (folder / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_cli_extract_reports_each_bad_file_and_prints_the_rest(corpus):
    result = run("extract", str(corpus), "--published", "2023-03-10")
    assert result.returncode == 1
    errors = sorted(line.split(": ", 1)[0].rsplit("/", 1)[-1] for line in result.stderr.splitlines()
                    if ": " in line and not line.startswith("eventwire: "))  # not a one-time notice
    assert errors == ["blob.txt", "empty.txt", "latin1.txt", "menu.html"]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["id"] for r in records] == ["kassala"]
    assert any(e["cameo"]["root"] == "19" for e in records[0]["events"])


@pytest.mark.slow
def test_cli_extract_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "Troops shelled the town. " * 200, encoding="utf-8")
    result = run("extract", str(big), "--max-bytes", "1000")
    assert result.returncode == 1
    assert result.stderr.startswith(f"{big}: ")
    assert "limit" in result.stderr


@pytest.mark.slow
def test_cli_extract_stdin_csv(tmp_path):
    result = run("extract", "-", "--format", "csv", "--published", "2023-03-10", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert any(r["cameo_code"] == "194" and r["source_code"] == "SDNMIL" for r in rows)


@pytest.mark.slow
def test_cli_ingest_is_idempotent_and_queries_read_back(corpus, tmp_path):
    db = tmp_path / "events.duckdb"
    first = run("ingest", str(corpus / "kassala.txt"), "--db", str(db), "--published", "2023-03-10")
    assert first.returncode == 0, first.stderr
    assert "1 articles added" in first.stderr
    again = run("ingest", str(corpus / "kassala.txt"), "--db", str(db), "--published", "2023-03-10")
    assert "0 articles added, 1 already stored" in again.stderr
    rows = json.loads(run("sql", "--db", str(db), "--format", "jsonl",
                          "SELECT count(*) AS n FROM articles").stdout.splitlines()[0])
    assert rows["n"] == 1
    listed = run("events", "--db", str(db), "--country", "SDN", "--root", "19", "--format", "jsonl")
    assert listed.returncode == 0, listed.stderr
    events = [json.loads(line) for line in listed.stdout.splitlines()]
    assert events and all("SDN" in (e["source_country"], e["target_country"]) for e in events)


def test_cli_bad_usage_exits_2():
    assert run("extract").returncode == 2
    assert run("events", "--db", "x.duckdb", "--since", "last tuesday").returncode == 2


def test_cli_sql_refuses_writes(tmp_path):
    db = tmp_path / "e.duckdb"
    from eventwire.store import Store

    Store.open(db).close()
    result = run("sql", "--db", str(db), "DELETE FROM articles")
    assert result.returncode != 0
    assert "read-only" in result.stderr


@pytest.mark.slow
def test_cli_explain_prints_patterns_and_events():
    result = run("explain", "Kenyan troops shelled Somali militias near the border.", "--no-parse")
    assert result.returncode == 0, result.stderr
    assert "trigger 'shelled' (verb 'shell', triggers.yaml:verbs/shell) -> CAMEO 194" in result.stdout
    assert "EVENT 194" in result.stdout
    assert run("explain").returncode == 2


@pytest.mark.slow
def test_cli_bad_pattern_file_is_usage_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text('verbs:\n  pound: "999"\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("extract", str(article), "--patterns", str(bad))
    assert result.returncode == 2
    assert str(bad) in result.stderr and "not a CAMEO code" in result.stderr


JUBBA = ("Front denies attack\n\nAmina Odhiambo, a lawyer, said the Jubba Valley Front had attacked a police post "
         "near Kismayo. Odhiambo called for an inquiry.\n")
JUBBA_2 = "Front denies report\n\nThe Jubba Valley Front denied the report. Amina Odhiambo said she had evidence.\n"
JUBBA_ACTORS = "organizations:\n  - {code: SOMREB, name: Jubba Valley Front, country: SOM, sector: REB, kind: group}\n"


@pytest.fixture
def jubba(tmp_path):
    folder = tmp_path / "jubba"
    folder.mkdir()
    (folder / "one.txt").write_text(JUBBA, encoding="utf-8")
    (folder / "two.txt").write_text(JUBBA_2, encoding="utf-8")
    return folder


@pytest.mark.slow
def test_cli_actors_unknown_lists_uncoded_names_most_frequent_first(jubba):
    result = run("actors", "--unknown", str(jubba), "--format", "jsonl", "--top", "2", "--published", "2024-03-05")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["kind"], r["mentions"], r["articles"]) for r in rows] == [
        ("Amina Odhiambo", "person", 2, 2), ("Jubba Valley Front", "organization", 2, 2)]
    assert rows[0]["source"] == str(jubba / "one.txt")
    assert 'people: [{name: "Amina Odhiambo", country: <ISO3>, sector: GOV}]' in result.stderr
    assert "--actors FILE" in result.stderr


@pytest.mark.slow
def test_cli_actors_unknown_csv_leaves_out_names_of_the_actors_file(jubba, tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text(JUBBA_ACTORS, encoding="utf-8")
    result = run("actors", "--unknown", str(jubba), "--format", "csv", "--actors", str(mine))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["text", "kind", "mentions", "events", "articles", "source", "example"]
    assert [(r["text"], r["mentions"]) for r in rows] == [("Amina Odhiambo", "2"), ("Odhiambo", "1")]


@pytest.mark.slow
def test_cli_extract_with_actors_file_codes_the_new_names(jubba, tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text(JUBBA_ACTORS, encoding="utf-8")
    result = run("extract", str(jubba / "one.txt"), "--format", "csv", "--actors", str(mine),
                 "--published", "2024-03-05")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (rows[0]["trigger"], rows[0]["cameo_code"], rows[0]["source_code"]) == ("attacked", "190", "SOMREB")


@pytest.mark.slow
def test_cli_bad_actors_file_is_usage_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("organizations:\n  - {name: Jubba Valley Front}\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(JUBBA, encoding="utf-8")
    for command in (["extract", str(article)], ["actors", "--unknown", str(article)],
                    ["explain", "Rebels shelled the town."]):
        result = run(*command, "--actors", str(bad))
        assert result.returncode == 2, command
        assert result.stderr.strip() == (f"{bad}: organizations entry 1 (Jubba Valley Front): no 'code' "
                                         "(add code: a CAMEO actor code such as SOMREB)")


def test_cli_actors_needs_unknown():
    result = run("actors", "news/")
    assert result.returncode == 2
    assert "--unknown" in result.stderr


# -- across articles: clusters and losses ---------------------------------------------------------

KISMAYO_WIRE = ("Kenyan jets bombed Shabaab camps near Kismayo on Monday, killing nine militants, the Kenyan "
                "military said. The raids lasted for two hours and hit three camps, residents told reporters "
                "by telephone.")
WIRE_ARTICLES = {
    "nation": {"title": "Kenyan jets bomb Shabaab camps near Kismayo", "text": KISMAYO_WIRE,
               "outlet": "Daily Nation"},
    "star": {"title": "Kenya bombs Shabaab near Kismayo",
             "text": KISMAYO_WIRE.replace("said.", "said on Tuesday.").replace("telephone", "phone"),
             "url": "https://www.the-star.example/news/kismayo"},
    "baidoa": {"title": "Strike near Baidoa", "outlet": "Daily Nation",
               "text": "Kenyan jets bombed Shabaab camps near Baidoa on Monday, killing five militants, the "
                       "Kenyan military said."},
}


@pytest.fixture(scope="module")
def wire_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wire")
    for name, fields in WIRE_ARTICLES.items():
        (folder / f"{name}.json").write_text(json.dumps({"id": name, "published": "2023-05-09", **fields}),
                                             encoding="utf-8")
    db = folder / "events.duckdb"
    result = run("ingest", str(folder), "--db", str(db), "--no-progress")
    assert result.returncode == 0, result.stderr
    return db


@pytest.mark.slow
def test_cli_clusters_jsonl_links_the_two_outlets_of_one_story(wire_db):
    result = run("clusters", "--db", str(wire_db), "--format", "jsonl", "--min-reports", "2")
    assert result.returncode == 0, result.stderr
    (cluster,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert {k: cluster[k] for k in ("source", "target", "place", "date_first", "reports", "independent_reports",
                                    "outlets", "articles")} == {
        "source": "KEN", "target": "SOM", "place": "Kismayo", "date_first": "2023-05-08", "reports": 2,
        "independent_reports": 1, "outlets": ["Daily Nation", "the-star.example"], "articles": ["nation", "star"]}
    assert [(c["claimant_code"], c["counts"], c["reports"]) for c in cluster["claims"]] == [
        ("KENMIL", "killed militant=9", 2)]


@pytest.mark.slow
def test_cli_clusters_csv_one_row_per_cluster(wire_db):
    result = run("clusters", "--db", str(wire_db), "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["cluster_id", "cameo_root", "cameo_code", "cameo_name", "source", "target",
                             "date_first", "date_last", "place", "place_country", "geonameid", "lat", "lon",
                             "reports", "independent_reports", "events", "outlets", "articles", "claims"]
    assert sorted((r["place"], r["reports"], r["outlets"], r["claims"]) for r in rows) == [
        ("Baidoa", "1", "Daily Nation", "Kenya (KENMIL): killed militant=5 (1 report)"),
        ("Kismayo", "2", "Daily Nation; the-star.example", "Kenya (KENMIL): killed militant=9 (2 reports)"),
    ]


@pytest.mark.slow
def test_cli_clusters_table(wire_db):
    import os

    # the table fits the terminal (COLUMNS here): wide enough, nothing is cut
    result = subprocess.run([sys.executable, "-m", "eventwire.cli", "clusters", "--db", str(wire_db), "--min-reports",
                             "2"], capture_output=True, text=True, timeout=300, env={**os.environ, "COLUMNS": "160"})
    assert result.returncode == 0, result.stderr
    header, rule, line = result.stdout.splitlines()
    assert header.split() == ["id", "date", "code", "dyad", "place", "reports", "claimant", "counts", "outlets"]
    cells = line.split()
    del cells[2]  # the CAMEO code: the coder's business, not this command's
    assert cells == ["2", "2023-05-08", "KEN->SOM", "Kismayo", "2", "Kenya", "(KENMIL)", "killed", "militant=9",
                     "Daily", "Nation;", "the-star.example"]


@pytest.mark.slow
def test_cli_losses_count_the_duplicate_story_once(wire_db):
    result = run("losses", "--db", str(wire_db), "--by", "side", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ("side,kind,what,category,low,high,clusters,reports\n"
                             "SOM,killed,militant,people,14,14,2,3\n")


FIGURES = {"low": 14, "high": 14, "clusters": 2, "reports": 3}


@pytest.mark.slow
@pytest.mark.parametrize("by,row", [
    ("claimant", {"claimant": "Kenya (KENMIL)", "side": "SOM", "kind": "killed", "what": "militant",
                  "category": "people", **FIGURES}),
    ("type", {"what": "militant", "category": "people", "kind": "killed", **FIGURES}),
    ("day", {"day": "2023-05-08", "side": "SOM", "kind": "killed", "what": "militant", "category": "people",
             **FIGURES}),
])
def test_cli_losses_jsonl_by(wire_db, by, row):
    result = run("losses", "--db", str(wire_db), "--by", by, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert result.stdout == json.dumps(row) + "\n"


@pytest.mark.parametrize("command", ["clusters", "losses"])
def test_cli_clusters_and_losses_need_an_existing_db(tmp_path, command):
    missing = tmp_path / "none.duckdb"
    result = run(command, "--db", str(missing))
    assert result.returncode == 2
    assert result.stderr == (f"eventwire {command}: no database at {missing} "
                             "(create one with 'eventwire ingest PATH --db FILE')\n")
    assert not missing.exists()


def test_cli_losses_bad_grouping_is_usage_error(tmp_path):
    result = run("losses", "--db", str(tmp_path / "e.duckdb"), "--by", "outlet")
    assert result.returncode == 2
    assert "invalid choice: 'outlet'" in result.stderr


def test_cli_clusters_of_an_empty_store(tmp_path):
    from eventwire.store import Store

    db = tmp_path / "e.duckdb"
    Store.open(db).close()
    result = run("clusters", "--db", str(db), "--format", "jsonl")
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr == f"{db}: no clusters with 1 reports or more\n"
