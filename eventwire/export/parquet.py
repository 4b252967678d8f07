"""Apache Parquet through pyarrow: typed columns (see ``rows.ROW_TYPES``), written in batches."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.export.rows import ROW_TYPES

_ARROW_TYPES = {"str": pa.string(), "int": pa.int64(), "float": pa.float64()}


def write_parquet(rows: Iterable[dict[str, Any]], where: str | BinaryIO, *, columns: Sequence[str],
                  batch_size: int = 10_000) -> int:
    """Write the rows to ``where`` (a file path or a binary file object); returns the row count.

    Known columns get their declared type, so an all-null column is still ``string``/``double``;
    any other column takes the type pyarrow infers from the first batch (``string`` when all null).
    """
    rows = iter(rows)
    batch = list(islice(rows, batch_size))
    schema = pa.schema([pa.field(name, _arrow_type(name, batch)) for name in columns])
    n = 0
    with pq.ParquetWriter(where, schema) as writer:
        if not batch:
            writer.write_table(schema.empty_table())
        while batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
            batch = list(islice(rows, batch_size))
    return n


def _arrow_type(name: str, sample: list[dict[str, Any]]) -> pa.DataType:
    if name in ROW_TYPES:
        return _ARROW_TYPES[ROW_TYPES[name]]
    inferred = pa.array([row.get(name) for row in sample]).type
    return pa.string() if pa.types.is_null(inferred) else inferred
