"""write_events / write_records: formats, outputs, and store rows through every exporter."""
import csv
import io
import json
from pathlib import Path

import pytest

from eventwire.errors import UsageError
from eventwire.export import ExportResult, write_events, write_records
from eventwire.export.jsonl import read_lines
from eventwire.export.rows import ROW_TYPES, iter_rows
from eventwire.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def records():
    with open(FIXTURES / "records.jsonl", encoding="utf-8") as fp:
        return [json.loads(line) for line in fp]


@pytest.fixture
def store_rows(tmp_path, records):
    with Store.open(tmp_path / "events.duckdb") as store:
        for record in records:
            store.add(record)
        return store.events()


def _from_csv(text):
    """CSV cells back to typed values: empty is None, numbers by their column type."""
    convert = {"str": str, "int": int, "float": float}
    return [{k: (None if v == "" else convert[ROW_TYPES[k]](v)) for k, v in row.items()}
            for row in csv.DictReader(io.StringIO(text))]


def _round_trip(fmt, rows, tmp_path):
    path = tmp_path / f"events.{fmt}"
    write_events(rows, fmt, path)
    if fmt == "jsonl":
        with open(path, encoding="utf-8") as fp:
            return list(read_lines(fp))
    if fmt == "json":
        return json.loads(path.read_text(encoding="utf-8"))
    if fmt == "csv":
        return _from_csv(path.read_text(encoding="utf-8"))
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    if fmt == "geojson":
        return [f["properties"] for f in json.loads(path.read_text(encoding="utf-8"))["features"]]
    raise AssertionError(fmt)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "parquet"])
def test_export_store_events_round_trip(tmp_path, store_rows, fmt):
    assert _round_trip(fmt, store_rows, tmp_path) == store_rows


def test_export_store_events_round_trip_geojson(tmp_path, store_rows):
    located = [row for row in store_rows if row["lat"] is not None]
    assert _round_trip("geojson", store_rows, tmp_path) == located


def test_export_store_events_in_a_table(store_rows):
    out = io.StringIO()
    write_events(store_rows, "table", out, width=120, columns=["event_id", "content_hash"])
    assert out.getvalue().splitlines()[2].startswith("saraqib-shelling:e2  588ff4b36ae6bb93")


def test_export_returns_how_many_were_written(records):
    assert write_records(records, "jsonl", io.StringIO()) == ExportResult(written=3, skipped=0)


def test_export_rows_are_counted_per_event(records):
    assert write_records(records, "csv", io.StringIO()) == ExportResult(written=4, skipped=0)


def test_export_to_a_binary_stream_is_utf8(records):
    out = io.BytesIO()
    write_records(records[1:2], "jsonl", out)
    assert json.loads(out.getvalue().decode("utf-8")) == records[1]


def test_export_to_a_binary_stream_leaves_it_open(records):
    out = io.BytesIO()
    write_records(records, "csv", out)
    assert out.closed is False


def test_export_to_a_path_is_utf8(tmp_path, records):
    write_records(records[1:2], "jsonl", tmp_path / "out.jsonl")
    assert json.loads((tmp_path / "out.jsonl").read_bytes().decode("utf-8")) == records[1]


@pytest.mark.parametrize("fmt", ["xml", "", "parquet2"])
def test_export_unknown_format_is_a_usage_error(records, fmt):
    with pytest.raises(UsageError) as caught:
        write_records(records, fmt, io.StringIO())
    assert caught.value.reason == (f"unknown output format {fmt!r} "
                                   "(use one of: jsonl, json, csv, parquet, geojson, table)")


def test_export_format_name_ignores_case(records):
    out = io.StringIO()
    write_records(records[2:], "JSONL", out)
    assert json.loads(out.getvalue()) == records[2]


def test_export_events_from_records(records):
    out = io.StringIO()
    write_events(iter_rows(records), "jsonl", out)
    assert [json.loads(line)["event_id"] for line in out.getvalue().splitlines()] == [
        "idlib-strike:e1", "idlib-strike:e2", "saraqib-shelling:e1", "saraqib-shelling:e2"]
