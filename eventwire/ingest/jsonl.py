"""JSON inputs: a ``.json`` file holds one article object or a list of them, a ``.jsonl`` file one
object per line.

Fields: ``text`` (required), ``id``, ``title``, ``published``, ``url``, ``outlet``, ``language``.
A record without ``id`` gets ``"{stem}-{n}"`` (``n`` counts records from 1); a lone object gets the
file stem. A bad record becomes a :class:`Failure` of its own; the other records are still read.
"""
from __future__ import annotations

import json
from typing import Any, Iterator

from eventwire.errors import IngestError
from eventwire.ingest.sniff import decode_utf8
from eventwire.model import Failure, RawArticle
from eventwire.settings import Settings

OPTIONAL_FIELDS = ("title", "published", "url", "outlet", "language")
_JSON_TYPES = {bool: "a boolean", int: "a number", float: "a number", str: "a string",
               list: "an array", dict: "an object", type(None): "null"}


def _json_type(value: Any) -> str:
    """The JSON name of a decoded value's type, with its article ("a string", "an array", ...)."""
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _optional_string(record: dict[str, Any], field: str) -> str | None:
    value = record.get(field)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise IngestError(f'"{field}" must be a string, not {_json_type(value)}')
    return value


def _record_id(record: dict[str, Any], default: str) -> str:
    value = record.get("id")
    if value is None or value == "":
        return default
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise IngestError(f'"id" must be a string or an integer, not {_json_type(value)}')
    return str(value)


def record_to_article(record: Any, *, source: str, default_id: str, settings: Settings) -> RawArticle:
    """Turn one decoded JSON record into a :class:`RawArticle`; raise :class:`IngestError` if unusable."""
    if not isinstance(record, dict):
        raise IngestError(f"record is {_json_type(record)}, not an object")
    if "text" not in record or record["text"] is None:
        raise IngestError('record has no "text" field')
    text = record["text"]
    if not isinstance(text, str):
        raise IngestError(f'"text" must be a string, not {_json_type(text)}')
    if not text.strip():
        raise IngestError("no article text")
    fields = {name: _optional_string(record, name) for name in OPTIONAL_FIELDS}
    fields["published"] = fields["published"] or settings.published
    return RawArticle(source=source, id=_record_id(record, default_id), body=text, **fields)


def _to_item(record: Any, *, source: str, default_id: str, settings: Settings) -> RawArticle | Failure:
    try:
        return record_to_article(record, source=source, default_id=default_id, settings=settings)
    except IngestError as err:
        return Failure(source, err.reason)


def _json_error(err: json.JSONDecodeError, *, with_line: bool) -> str:
    where = f"line {err.lineno}, column {err.colno}" if with_line else f"column {err.colno}"
    return f"not valid JSON ({err.msg} at {where})"


def read_json(data: bytes, *, source: str, stem: str, settings: Settings) -> Iterator[RawArticle | Failure]:
    """Read a ``.json`` file: one object (source ``path``) or a list (sources ``path#1``, ``path#2``...)."""
    text = decode_utf8(data)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        reason = _json_error(err, with_line=True)
        if err.msg == "Extra data":
            reason += "; for one object per line, name the file .jsonl"
        raise IngestError(reason) from err
    if isinstance(value, dict):
        yield _to_item(value, source=source, default_id=stem, settings=settings)
        return
    if not isinstance(value, list):
        raise IngestError(f"JSON holds {_json_type(value)}; expected an object or a list of objects")
    if not value:
        raise IngestError("no records in the JSON list")
    for n, record in enumerate(value, start=1):
        yield _to_item(record, source=f"{source}#{n}", default_id=f"{stem}-{n}", settings=settings)


def read_jsonl(data: bytes, *, source: str, stem: str, settings: Settings) -> Iterator[RawArticle | Failure]:
    """Read a ``.jsonl`` file, one record per non-blank line; sources are ``path:line``."""
    n = 0
    for line_no, line in enumerate(decode_utf8(data).split("\n"), start=1):
        if not line.strip():
            continue
        n += 1
        record_source = f"{source}:{line_no}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Failure(record_source, _json_error(err, with_line=False))
            continue
        yield _to_item(record, source=record_source, default_id=f"{stem}-{n}", settings=settings)
    if n == 0:
        raise IngestError("no records in the JSON Lines file")
