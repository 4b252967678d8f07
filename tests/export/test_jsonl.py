import io
import json
from pathlib import Path

import pytest

from eventwire.export import write_events, write_records
from eventwire.export.jsonl import read_lines
from eventwire.export.rows import iter_rows

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def records():
    with open(FIXTURES / "records.jsonl", encoding="utf-8") as fp:
        return [json.loads(line) for line in fp]


def test_jsonl_records_round_trip(records):
    out = io.StringIO()
    write_records(records, "jsonl", out)
    assert list(read_lines(io.StringIO(out.getvalue()))) == records


def test_jsonl_records_one_per_line(records):
    out = io.StringIO()
    write_records(records, "jsonl", out)
    assert out.getvalue().count("\n") == 3


def test_jsonl_keeps_non_ascii_text(records):
    out = io.StringIO()
    write_records(records[1:2], "jsonl", out)
    assert "Sarāqib" in out.getvalue()


def test_jsonl_event_rows_round_trip(records):
    rows = list(iter_rows(records))
    out = io.StringIO()
    write_events(rows, "jsonl", out)
    assert list(read_lines(io.StringIO(out.getvalue()))) == rows


def test_jsonl_json_array_of_records_round_trips(records):
    out = io.StringIO()
    write_records(records, "json", out)
    assert json.loads(out.getvalue()) == records


def test_jsonl_json_array_is_indented(records):
    out = io.StringIO()
    write_records(records[2:], "json", out)
    assert out.getvalue().splitlines()[:3] == ["[", "  {", '    "article": {']


def test_jsonl_json_array_of_nothing():
    out = io.StringIO()
    write_records([], "json", out)
    assert out.getvalue() == "[]\n"


@pytest.mark.parametrize("text,message", [
    ('{"a": 1}\nnot json\n', "line 2: not JSON (Expecting value)"),
    ('[1, 2]\n', "line 1: expected a JSON object, got list"),
])
def test_jsonl_read_lines_names_the_bad_line(text, message):
    with pytest.raises(ValueError) as caught:
        list(read_lines(io.StringIO(text)))
    assert str(caught.value) == message
