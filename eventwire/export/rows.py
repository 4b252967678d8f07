"""Flatten a record dict (``Record.to_dict()``) into one flat row per event.

A row is a plain ``dict`` whose keys are :data:`ROW_FIELDS`, in that order, holding only ``str``,
``int``, ``float`` or ``None``: the shape every exporter (CSV, Parquet, GeoJSON, table, JSON Lines)
writes and the shape :meth:`eventwire.store.Store.events` returns (plus ``content_hash``).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

# name -> value type ("str", "int" or "float"); the order is the column order of every export.
ROW_TYPES: dict[str, str] = {
    "article_id": "str",
    "published": "str",
    "event_id": "str",
    "sentence": "str",
    "trigger": "str",
    "cameo_code": "str",
    "cameo_root": "str",
    "cameo_name": "str",
    "goldstein": "float",
    "quad_class": "int",
    "plover_type": "str",
    "modality": "str",
    "source_text": "str",
    "source_code": "str",
    "source_country": "str",
    "source_sector": "str",
    "target_text": "str",
    "target_code": "str",
    "target_country": "str",
    "target_sector": "str",
    "location_name": "str",
    "location_country": "str",
    "admin1": "str",
    "lat": "float",
    "lon": "float",
    "geonameid": "int",
    "date_value": "str",
    "date_precision": "str",
    "counts": "str",
    "claimed_by_text": "str",
    "claimed_by_code": "str",
    "confidence": "float",
    # Only in rows that come from the store: the article's key there (sha256 of article.text).
    "content_hash": "str",
}
ROW_FIELDS: tuple[str, ...] = tuple(name for name in ROW_TYPES if name != "content_hash")


def event_row(article: dict[str, Any], event: dict[str, Any]) -> dict[str, Any]:
    """One event of one article as a flat row (keys :data:`ROW_FIELDS`)."""
    cameo = event.get("cameo") or {}
    plover = event.get("plover") or {}
    source = event.get("source") or {}
    target = event.get("target") or {}
    place = event.get("location") or {}
    when = event.get("date") or {}
    claimant = event.get("claimed_by") or {}
    return {
        "article_id": article.get("id"),
        "published": article.get("published"),
        "event_id": event.get("id"),
        "sentence": (event.get("sentence") or {}).get("text"),
        "trigger": (event.get("trigger") or {}).get("text"),
        "cameo_code": cameo.get("code"),
        "cameo_root": cameo.get("root"),
        "cameo_name": cameo.get("name"),
        "goldstein": as_float(cameo.get("goldstein")),
        "quad_class": as_int(cameo.get("quad_class")),
        "plover_type": plover.get("type"),
        "modality": event.get("modality"),
        "source_text": source.get("text"),
        "source_code": source.get("code"),
        "source_country": source.get("country"),
        "source_sector": source.get("sector"),
        "target_text": target.get("text"),
        "target_code": target.get("code"),
        "target_country": target.get("country"),
        "target_sector": target.get("sector"),
        "location_name": place.get("name"),
        "location_country": place.get("country"),
        "admin1": place.get("admin1"),
        "lat": as_float(place.get("lat")),
        "lon": as_float(place.get("lon")),
        "geonameid": as_int(place.get("geonameid")),
        "date_value": when.get("value"),
        "date_precision": when.get("precision"),
        "counts": counts_summary(event.get("counts") or []),
        "claimed_by_text": claimant.get("text"),
        "claimed_by_code": claimant.get("code"),
        "confidence": as_float(event.get("confidence")),
    }


def record_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """All events of one record as rows, in the record's order (an article without events gives [])."""
    article = record.get("article") or {}
    return [event_row(article, event) for event in record.get("events") or []]


def iter_rows(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The rows of many records, one after the other."""
    for record in records:
        yield from record_rows(record)


def counts_summary(counts: list[dict[str, Any]]) -> str | None:
    """``"killed soldier=31; destroyed tank=19"``; a range reads ``12-15``; None when there is none."""
    parts = []
    for count in counts:
        label = " ".join(str(p) for p in (count.get("kind"), count.get("what")) if p)
        number = str(count.get("n"))
        if count.get("n_max") is not None and count.get("n_max") != count.get("n"):
            number += f"-{count['n_max']}"
        parts.append(f"{label}={number}")
    return "; ".join(parts) or None


def as_float(value: Any) -> float | None:
    """A number as float (None stays None); anything else raises ValueError naming the value."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"expected a number, got {value!r}")
    return float(value)


def as_int(value: Any) -> int | None:
    """A whole number as int (None stays None); anything else raises ValueError naming the value."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value:
        raise ValueError(f"expected a whole number, got {value!r}")
    return int(value)
