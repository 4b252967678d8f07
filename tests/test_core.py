"""The library entry points: extract() and extract_many()."""
from eventwire import Failure, Record, Settings, extract, extract_many
from eventwire.model import check_spans

TEXT = ("Sudanese forces shelled rebel positions in Nyala on Tuesday, the army said.\n\n"
        "The two sides later agreed to a truce.")


def test_core_extract_returns_record_with_matching_spans():
    record = extract({"id": "a1", "text": TEXT, "published": "2023-05-05"})
    assert isinstance(record, Record)
    data = record.to_dict()
    assert data["article"]["id"] == "a1"
    assert data["article"]["published"] == "2023-05-05"
    assert check_spans(data) == []


def test_core_extract_from_plain_text_uses_published_keyword():
    record = extract("Kenyan police arrested 12 protesters in Nairobi on Monday.", published="2023-05-05")
    (event,) = [e for e in record.events if e.cameo.code == "173"]
    assert event.date.value == "2023-05-01"


def test_core_extract_from_a_long_one_line_text_is_text_not_a_file_name():
    sentence = "Kenyan police arrested 12 protesters in Nairobi on Monday after a long march. " * 5
    record = extract(sentence.strip(), published="2023-05-05")
    assert any(e.cameo.code == "173" for e in record.events)


def test_core_extract_many_keeps_order_and_reports_failures():
    items = [{"id": "one", "text": TEXT}, {"id": "empty", "text": ""}, {"id": "two", "text": TEXT}]
    results = list(extract_many(items, settings=Settings(batch_size=2)))
    assert [type(r).__name__ for r in results] == ["Record", "Failure", "Record"]
    assert [r.article.id for r in results if isinstance(r, Record)] == ["one", "two"]
    failure = results[1]
    assert isinstance(failure, Failure) and failure.source == "empty" and "no article text" in failure.reason


def test_core_warns_without_publication_date():
    record = extract({"id": "x", "text": "Turkish troops shelled Syrian positions on Thursday."})
    assert any("no publication date" in w for w in record.warnings)
    assert all(e.date is None or e.date.value is None for e in record.events)


def test_core_extract_many_with_two_processes_matches_one():
    items = [{"id": f"a{k}", "text": TEXT, "published": "2023-05-05"} for k in range(4)] + [{"id": "bad", "text": ""}]
    one = [r.to_dict() if isinstance(r, Record) else str(r) for r in extract_many(items, settings=Settings())]
    two = [r.to_dict() if isinstance(r, Record) else str(r)
           for r in extract_many(items, settings=Settings(processes=2, batch_size=2))]
    assert one == two
    assert one[-1] == "bad: no article text"


def test_core_demonym_place_is_a_mention_but_neither_event_place_nor_actor_country():
    record = extract("Gunmen shelled two farms near the Malian border on Monday.", published="2023-05-05")
    (place,) = [p for p in record.mentions.places]
    assert (place.span.text, place.country, place.demonym) == ("Malian", "MLI", True)
    data = [m for m in record.to_dict()["mentions"] if m["kind"] == "place"]
    assert data[0]["demonym"] is True
    (event,) = [e for e in record.events if e.cameo.code.startswith("19")]
    assert event.location is None
    assert not (event.source.code or "").startswith("MLI")
