import json
from pathlib import Path

import pytest

from eventwire.export.rows import ROW_FIELDS, counts_summary, event_row, iter_rows, record_rows
from eventwire.model import check_spans

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "schema" / "article-events.schema.json"


@pytest.fixture
def records():
    with open(FIXTURES / "records.jsonl", encoding="utf-8") as fp:
        return [json.loads(line) for line in fp]


def test_rows_fixture_records_follow_the_contract(records):
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.exists():
        pytest.skip(f"shared schema not found at {SCHEMA}")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for record in records:
        jsonschema.validate(record, schema)


def test_rows_fixture_spans_match_the_text(records):
    assert [check_spans(r) for r in records] == [[], [], []]


def test_rows_event_row_values(records):
    idlib = records[0]
    assert event_row(idlib["article"], idlib["events"][0]) == {
        "article_id": "idlib-strike",
        "published": "2020-02-28",
        "event_id": "idlib-strike:e1",
        "sentence": "Turkish warplanes blasted Syrian army positions in Idlib on Thursday, killing 31 soldiers, "
                    "the Turkish Defence Ministry said.",
        "trigger": "blasted",
        "cameo_code": "195",
        "cameo_root": "19",
        "cameo_name": "Employ aerial weapons",
        "goldstein": -10.0,
        "quad_class": 4,
        "plover_type": "ASSAULT",
        "modality": "asserted",
        "source_text": "Turkish warplanes",
        "source_code": "TURMIL",
        "source_country": "TUR",
        "source_sector": "MIL",
        "target_text": "Syrian army",
        "target_code": "SYRMIL",
        "target_country": "SYR",
        "target_sector": "MIL",
        "location_name": "Idlib",
        "location_country": "SYR",
        "admin1": "Idlib",
        "lat": 35.93333,
        "lon": 36.63333,
        "geonameid": 169389,
        "date_value": "2020-02-27",
        "date_precision": "day",
        "counts": "killed soldier=31; destroyed tank=19",
        "claimed_by_text": "the Turkish Defence Ministry",
        "claimed_by_code": "TURGOV",
        "confidence": 0.9,
    }


def test_rows_event_row_keys_in_order(records):
    assert tuple(event_row(records[1]["article"], records[1]["events"][1])) == ROW_FIELDS


def test_rows_missing_parts_are_none(records):
    row = event_row(records[0]["article"], records[0]["events"][1])
    assert [row[k] for k in ("plover_type", "location_name", "lat", "date_value", "counts", "claimed_by_code")] == [
        None, None, None, None, None, None]


def test_rows_record_rows_one_per_event(records):
    assert [r["event_id"] for r in record_rows(records[1])] == ["saraqib-shelling:e1", "saraqib-shelling:e2"]


def test_rows_record_without_events_gives_no_rows(records):
    assert record_rows(records[2]) == []


def test_rows_iter_rows_chains_records(records):
    assert [r["event_id"] for r in iter_rows(records)] == [
        "idlib-strike:e1", "idlib-strike:e2", "saraqib-shelling:e1", "saraqib-shelling:e2"]


@pytest.mark.parametrize("counts,summary", [
    ([], None),
    ([{"kind": "killed", "n": 31, "n_max": None, "what": None}], "killed=31"),
    ([{"kind": "killed", "n": 31, "what": "soldier"}, {"kind": "destroyed", "n": 19, "what": "tank"}],
     "killed soldier=31; destroyed tank=19"),
    ([{"kind": "killed", "n": 12, "n_max": 15, "what": "soldier"}], "killed soldier=12-15"),
    ([{"kind": "wounded", "n": 4, "n_max": 4, "what": None}], "wounded=4"),
])
def test_rows_counts_summary(counts, summary):
    assert counts_summary(counts) == summary


@pytest.mark.parametrize("field,value", [("lat", "35.9"), ("geonameid", 1.5), ("quad_class", True)])
def test_rows_rejects_a_value_of_the_wrong_type(records, field, value):
    event = json.loads(json.dumps(records[0]["events"][0]))
    if field == "quad_class":
        event["cameo"][field] = value
    else:
        event["location"][field] = value
    with pytest.raises(ValueError):
        event_row(records[0]["article"], event)
