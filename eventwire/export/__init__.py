"""Write records and event rows as JSON Lines, JSON, CSV, Parquet, GeoJSON or a text table.

``write_records`` takes record dicts (``Record.to_dict()``); ``write_events`` takes flat event rows
(``rows.event_row`` or ``Store.events()``). ``out`` is a text stream, a binary stream, or a path
(``str``/``os.PathLike``, written as UTF-8). Parquet is binary: it needs a path or a binary stream.
"""
from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from typing import Any, BinaryIO, TextIO, Union

from eventwire.errors import UsageError
from eventwire.export.rows import ROW_FIELDS, ROW_TYPES, counts_summary, event_row, iter_rows, record_rows

__all__ = [
    "write_events", "write_records", "ExportResult", "EVENT_FORMATS", "RECORD_FORMATS",
    "ROW_FIELDS", "ROW_TYPES", "event_row", "record_rows", "iter_rows", "counts_summary",
]

Output = Union[TextIO, BinaryIO, str, "os.PathLike[str]"]

EVENT_FORMATS = ("jsonl", "json", "csv", "parquet", "geojson", "table")
# jsonl and json keep whole records; the others write one row per event.
RECORD_FORMATS = EVENT_FORMATS


@dataclass(frozen=True, slots=True)
class ExportResult:
    written: int  # records (jsonl/json of records) or event rows written
    skipped: int = 0  # geojson: events without coordinates


def write_events(rows: Iterable[dict[str, Any]], fmt: str, out: Output, *,
                 columns: Sequence[str] | None = None, width: int | None = None) -> ExportResult:
    """Write flat event rows in ``fmt`` (one of :data:`EVENT_FORMATS`) to ``out``.

    ``columns`` picks and orders the columns of csv/parquet/table output; by default csv and parquet
    write every key of the first row (``ROW_FIELDS`` when there is no row) and the table shows
    ``table.TABLE_COLUMNS``. ``width`` is the table's width (default: the terminal's).
    """
    fmt = _check_format(fmt, EVENT_FORMATS)
    rows = iter(rows)
    first = next(rows, None)
    if first is not None:
        rows = chain([first], rows)
    if columns is None:
        columns = _default_columns(first, fmt)
    else:  # an explicit choice of columns leaves the others out on purpose
        columns = list(columns)
        rows = ({name: row.get(name) for name in columns} for row in rows)
    if fmt == "parquet":
        from eventwire.export.parquet import write_parquet  # pyarrow loads only when asked for

        if _is_text_stream(out):
            raise UsageError("Parquet is a binary format and cannot be written to a text stream",
                             hint="give an output file path such as events.parquet")
        target = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
        return ExportResult(write_parquet(rows, target, columns=columns))
    with _text_output(out) as fp:
        if fmt == "jsonl":
            from eventwire.export.jsonl import write_lines

            return ExportResult(write_lines(rows, fp))
        if fmt == "json":
            from eventwire.export.jsonl import write_array

            return ExportResult(write_array(rows, fp))
        if fmt == "csv":
            from eventwire.export.csv import write_csv

            return ExportResult(write_csv(rows, fp, columns=columns))
        if fmt == "geojson":
            from eventwire.export.geojson import write_geojson

            return ExportResult(*write_geojson(rows, fp))
        from eventwire.export.table import write_table

        if width is None:
            width = shutil.get_terminal_size((120, 24)).columns
        return ExportResult(write_table(rows, fp, columns=columns, width=width))


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: Output, *,
                  columns: Sequence[str] | None = None, width: int | None = None) -> ExportResult:
    """Write record dicts: ``jsonl`` one record per line, ``json`` an indented array of records;
    every other format writes one row per event, as :func:`write_events` does."""
    fmt = _check_format(fmt, RECORD_FORMATS)
    if fmt in ("jsonl", "json"):
        from eventwire.export.jsonl import write_array, write_lines

        with _text_output(out) as fp:
            return ExportResult((write_lines if fmt == "jsonl" else write_array)(records, fp))
    return write_events(iter_rows(records), fmt, out, columns=columns, width=width)


def _check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    name = str(fmt).lower()
    if name not in allowed:
        raise UsageError(f"unknown output format {fmt!r}", hint=f"use one of: {', '.join(allowed)}")
    return name


def _default_columns(first: dict[str, Any] | None, fmt: str) -> list[str]:
    keys = list(first) if first is not None else list(ROW_FIELDS)
    if fmt == "table":
        from eventwire.export.table import TABLE_COLUMNS

        shown = [name for name in TABLE_COLUMNS if name in keys]
        return shown or keys
    return keys


def _is_text_stream(out: Any) -> bool:
    if isinstance(out, io.TextIOBase):
        return True
    if isinstance(out, (io.RawIOBase, io.BufferedIOBase, str, os.PathLike)):
        return False
    return "b" not in getattr(out, "mode", "")


@contextmanager
def _text_output(out: Output) -> Iterator[TextIO]:
    """A text stream over ``out``: the stream itself, a UTF-8 view of a binary stream (left open),
    or a UTF-8 file opened at a path and closed afterwards."""
    if isinstance(out, (str, os.PathLike)):
        with open(out, "w", encoding="utf-8", newline="") as fp:
            yield fp
    elif _is_text_stream(out):
        yield out
    else:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        try:
            yield wrapper
            wrapper.flush()
        finally:
            wrapper.detach()
