import io
import json
from pathlib import Path

import pytest

from eventwire.export import ExportResult, write_events
from eventwire.export.rows import iter_rows

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def rows():
    with open(FIXTURES / "records.jsonl", encoding="utf-8") as fp:
        return list(iter_rows(json.loads(line) for line in fp))


@pytest.fixture
def collection(rows):
    out = io.StringIO()
    write_events(rows, "geojson", out)
    return json.loads(out.getvalue())


def test_geojson_is_a_feature_collection(collection):
    assert collection["type"] == "FeatureCollection"


def test_geojson_skips_events_without_coordinates(collection):
    assert [f["properties"]["event_id"] for f in collection["features"]] == [
        "idlib-strike:e1", "saraqib-shelling:e1", "saraqib-shelling:e2"]


def test_geojson_counts_the_skipped_events(rows):
    assert write_events(rows, "geojson", io.StringIO()) == ExportResult(written=3, skipped=1)


def test_geojson_skipped_count_in_the_collection(collection):
    assert collection["skipped_without_coordinates"] == 1


def test_geojson_coordinates_are_lon_lat(collection):
    assert collection["features"][2]["geometry"] == {"type": "Point", "coordinates": [32.85427, 39.91987]}


def test_geojson_properties_hold_the_event_row(collection, rows):
    assert collection["features"][0]["properties"] == rows[0]


def test_geojson_of_nothing_is_an_empty_collection():
    out = io.StringIO()
    write_events([], "geojson", out)
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": [],
                                          "skipped_without_coordinates": 0}
