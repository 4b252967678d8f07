import io
import json
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from eventwire.errors import UsageError  # noqa: E402
from eventwire.export import write_events, write_records  # noqa: E402
from eventwire.export.rows import ROW_FIELDS, iter_rows  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def rows():
    with open(FIXTURES / "records.jsonl", encoding="utf-8") as fp:
        return list(iter_rows(json.loads(line) for line in fp))


def test_parquet_read_back_equals_the_rows(tmp_path, rows):
    write_events(rows, "parquet", tmp_path / "events.parquet")
    assert pq.read_table(tmp_path / "events.parquet").to_pylist() == rows


def test_parquet_to_a_binary_stream(rows):
    out = io.BytesIO()
    write_events(rows, "parquet", out)
    assert pq.read_table(io.BytesIO(out.getvalue())).to_pylist() == rows


@pytest.mark.parametrize("name,arrow_type", [
    ("event_id", "string"), ("goldstein", "double"), ("quad_class", "int64"), ("geonameid", "int64"),
    ("lat", "double"), ("confidence", "double"),
])
def test_parquet_column_types(tmp_path, rows, name, arrow_type):
    write_events(rows, "parquet", tmp_path / "events.parquet")
    assert str(pq.read_schema(tmp_path / "events.parquet").field(name).type) == arrow_type


def test_parquet_of_nothing_keeps_the_columns(tmp_path):
    write_events([], "parquet", tmp_path / "events.parquet")
    assert pq.read_schema(tmp_path / "events.parquet").names == list(ROW_FIELDS)


def test_parquet_records_write_event_rows(tmp_path, rows):
    with open(FIXTURES / "records.jsonl", encoding="utf-8") as fp:
        write_records(map(json.loads, fp), "parquet", tmp_path / "events.parquet")
    assert pq.read_table(tmp_path / "events.parquet").num_rows == 4


def test_parquet_refuses_a_text_stream(rows):
    with pytest.raises(UsageError) as caught:
        write_events(rows, "parquet", io.StringIO())
    assert caught.value.reason == ("Parquet is a binary format and cannot be written to a text stream "
                                   "(give an output file path such as events.parquet)")
