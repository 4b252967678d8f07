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
    errors = sorted(line.split(": ", 1)[0].rsplit("/", 1)[-1] for line in result.stderr.splitlines() if ": " in line)
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
