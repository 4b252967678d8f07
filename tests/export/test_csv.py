import csv
import io
import json
from pathlib import Path

import pytest

from eventwire.export import write_events, write_records
from eventwire.export.rows import ROW_FIELDS, iter_rows

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def records():
    with open(FIXTURES / "records.jsonl", encoding="utf-8") as fp:
        return [json.loads(line) for line in fp]


@pytest.fixture
def lines(records):
    out = io.StringIO()
    write_events(iter_rows(records), "csv", out)
    return out.getvalue().split("\n")


def test_csv_header(lines):
    assert lines[0] == ",".join(ROW_FIELDS)


def test_csv_row_values(lines):
    (row,) = csv.reader([lines[3]])
    assert row == [
        "saraqib-shelling", "2020-03-05T09:30:00Z", "saraqib-shelling:e1",
        "Syrian rebels shelled government troops near Sarāqib in March, killing between 12 and 15 soldiers, "
        "according to the Syrian Observatory for Human Rights.",
        "shelled", "194", "19", "Fight with artillery and tanks", "-10.0", "4", "ASSAULT", "asserted",
        "Syrian rebels", "SYRREB", "SYR", "REB", "government troops", "SYRMIL", "SYR", "MIL",
        "Saraqib", "SYR", "Idlib", "35.86368", "36.80057", "", "2020-03", "month", "killed soldier=12-15",
        "the Syrian Observatory for Human Rights", "NGO", "0.8",
    ]


def test_csv_one_line_per_event(lines):
    assert len(lines) == 6 and lines[5] == ""  # header, 4 events, final newline


def test_csv_sentence_with_comma_is_quoted(lines):
    assert lines[1].count('"') == 2


def test_csv_chosen_columns(records):
    out = io.StringIO()
    write_records(records, "csv", out, columns=["event_id", "cameo_code", "lat"])
    assert out.getvalue() == ("event_id,cameo_code,lat\n"
                              "idlib-strike:e1,195,35.93333\n"
                              "idlib-strike:e2,036,\n"
                              "saraqib-shelling:e1,194,35.86368\n"
                              "saraqib-shelling:e2,111,39.91987\n")


def test_csv_no_rows_writes_the_header():
    out = io.StringIO()
    write_events([], "csv", out)
    assert out.getvalue() == ",".join(ROW_FIELDS) + "\n"
