import io
import json
from pathlib import Path

import pytest

from eventwire.export import write_events, write_records
from eventwire.export.rows import iter_rows
from eventwire.export.table import clip, column_widths, display_width, fit_widths

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def records():
    with open(FIXTURES / "records.jsonl", encoding="utf-8") as fp:
        return [json.loads(line) for line in fp]


def table(rows, width, columns=None):
    out = io.StringIO()
    write_events(rows, "table", out, width=width, columns=columns)
    return out.getvalue().split("\n")


def test_table_header_and_rows(records):
    lines = table(iter_rows(records), 80, ["event_id", "cameo_code", "source_code", "location_name"])
    assert lines == [
        "event_id             cameo_code  source_code  location_name",
        "-------------------  ----------  -----------  -------------",
        "idlib-strike:e1      195         TURMIL       Idlib",
        "idlib-strike:e2      036         RUSGOV",
        "saraqib-shelling:e1  194         SYRREB       Saraqib",
        "saraqib-shelling:e2  111         TURGOV       Ankara",
        "",
    ]


def test_table_default_columns(records):
    header = table(iter_rows(records), 400)[0]
    assert header.split() == ["article_id", "event_id", "date_value", "cameo_code", "cameo_name", "source_code",
                              "target_code", "location_name", "counts", "claimed_by_code"]


def test_table_numbers_align_right(records):
    lines = table(iter_rows(records), 80, ["event_id", "goldstein"])
    assert lines[2:5] == ["idlib-strike:e1          -10.0", "idlib-strike:e2            4.0",
                          "saraqib-shelling:e1      -10.0"]


@pytest.mark.parametrize("width", [60, 80, 100, 120])
def test_table_fits_the_width(records, width):
    assert max(display_width(line) for line in table(iter_rows(records), width)) <= width


def test_table_cut_cell_ends_with_ellipsis(records):
    lines = table(iter_rows(records), 40, ["event_id", "sentence"])
    assert lines[2] == "idlib-strike:e1      Turkish warplanes…"


def test_table_records_format_shows_one_line_per_event(records):
    out = io.StringIO()
    write_records(records, "table", out, width=200)
    assert len(out.getvalue().splitlines()) == 6  # header, rule, 4 events


@pytest.mark.parametrize("text,width,clipped", [
    ("Idlib", 5, "Idlib"),
    ("Saraqib", 5, "Sara…"),
    ("东京都庁", 5, "东京…"),
    ("東京", 3, "東…"),
])
def test_table_clip(text, width, clipped):
    assert clip(text, width) == clipped


@pytest.mark.parametrize("text,width", [("abc", 3), ("東京", 4), ("e\u0301", 1), ("", 0)])
def test_table_display_width(text, width):
    assert display_width(text) == width


@pytest.mark.parametrize("natural,budget,widths", [
    ([5, 10, 3], 30, [5, 10, 3]),
    ([5, 30, 20], 30, [5, 13, 12]),
    ([40, 40], 21, [11, 10]),
    ([10, 10, 10], 6, [4, 4, 4]),
])
def test_table_fit_widths(natural, budget, widths):
    assert fit_widths(natural, budget, floor=4) == widths


@pytest.mark.parametrize("header,content,budget,widths", [
    ([10, 5], [3, 5], 20, [10, 5]),
    ([10, 5], [3, 5], 11, [6, 5]),
    ([10, 30], [3, 30], 20, [4, 16]),
])
def test_table_column_widths_cut_names_first(header, content, budget, widths):
    assert column_widths(header, content, budget) == widths
