"""JSON and JSON Lines inputs: fields, default ids, per-record failures."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.jsonl import read_json, read_jsonl, record_to_article
from eventwire.model import Failure, RawArticle
from eventwire.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
SETTINGS = Settings(published="2020-02-28")


def _jsonl_items():
    data = (FIXTURES / "records.jsonl").read_bytes()
    return list(read_jsonl(data, source="records.jsonl", stem="records", settings=SETTINGS))


def test_jsonl_reads_every_record_with_failures_in_place():
    assert [(type(x).__name__, x.source) for x in _jsonl_items()] == [
        ("RawArticle", "records.jsonl:1"),
        ("RawArticle", "records.jsonl:2"),
        ("Failure", "records.jsonl:3"),
        ("Failure", "records.jsonl:5"),
        ("RawArticle", "records.jsonl:6"),
    ]


def test_jsonl_copies_fields():
    assert _jsonl_items()[0] == RawArticle(
        source="records.jsonl:1", id="wire-7", body="Negotiators met again on Monday.",
        title="Talks Resume", published="2022-05-02", url="https://wire.example.org/7", outlet="Example Wire",
    )


@pytest.mark.parametrize("index,id_", [(1, "records-2"), (4, "records-5")])
def test_jsonl_missing_id_is_stem_and_record_number(index, id_):
    assert _jsonl_items()[index].id == id_


def test_jsonl_missing_published_comes_from_settings():
    assert _jsonl_items()[1].published == "2020-02-28"


@pytest.mark.parametrize("index,source,reason", [
    (2, "records.jsonl:3", "not valid JSON (Expecting ',' delimiter at column 56)"),
    (3, "records.jsonl:5", 'record has no "text" field'),
])
def test_jsonl_bad_record_reason(index, source, reason):
    assert _jsonl_items()[index] == Failure(source, reason)


def test_jsonl_without_records_is_refused():
    with pytest.raises(IngestError) as err:
        list(read_jsonl(b"\n  \n", source="e.jsonl", stem="e", settings=SETTINGS))
    assert err.value.reason == "no records in the JSON Lines file"


@pytest.mark.parametrize("record,reason", [
    (["text"], "record is an array, not an object"),
    ({"text": None}, 'record has no "text" field'),
    ({"text": 5}, '"text" must be a string, not a number'),
    ({"text": "  \n "}, "no article text"),
    ({"text": "Body.", "title": ["a"]}, '"title" must be a string, not an array'),
    ({"text": "Body.", "id": 1.5}, '"id" must be a string or an integer, not a number'),
    ({"text": "Body.", "id": True}, '"id" must be a string or an integer, not a boolean'),
])
def test_jsonl_record_refused(record, reason):
    with pytest.raises(IngestError) as err:
        record_to_article(record, source="s", default_id="s-1", settings=SETTINGS)
    assert err.value.reason == reason


@pytest.mark.parametrize("record,id_", [
    ({"text": "Body.", "id": 12}, "12"),
    ({"text": "Body.", "id": ""}, "s-1"),
    ({"text": "Body."}, "s-1"),
])
def test_jsonl_record_id(record, id_):
    assert record_to_article(record, source="s", default_id="s-1", settings=SETTINGS).id == id_


def test_jsonl_json_list():
    data = (FIXTURES / "records.json").read_bytes()
    items = list(read_json(data, source="records.json", stem="records", settings=SETTINGS))
    assert [(x.source, getattr(x, "id", None), getattr(x, "reason", None)) for x in items] == [
        ("records.json#1", "41", None),
        ("records.json#2", "records-2", None),
        ("records.json#3", None, "record is a string, not an object"),
    ]


def test_jsonl_json_single_object_id_is_stem():
    (raw,) = read_json(b'{"text": "Body."}', source="one.json", stem="one", settings=SETTINGS)
    assert (raw.source, raw.id) == ("one.json", "one")


@pytest.mark.parametrize("data,reason", [
    (b'{"text": "a"}\n{"text": "b"}',
     "not valid JSON (Extra data at line 2, column 1); for one object per line, name the file .jsonl"),
    (b'{"text": ', "not valid JSON (Expecting value at line 1, column 10)"),
    (b'"just a string"', "JSON holds a string; expected an object or a list of objects"),
    (b"[]", "no records in the JSON list"),
])
def test_jsonl_json_file_refused(data, reason):
    with pytest.raises(IngestError) as err:
        list(read_json(data, source="a.json", stem="a", settings=SETTINGS))
    assert err.value.reason == reason
