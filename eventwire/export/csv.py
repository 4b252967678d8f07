"""Comma-separated values: a header line, then one line per row; None is written as an empty cell."""
from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import Any, TextIO


def write_csv(rows: Iterable[dict[str, Any]], fp: TextIO, *, columns: Sequence[str]) -> int:
    """Write ``columns`` as the header and each row's values under them; returns the row count.

    Lines end with ``\\n``; UTF-8 without a byte-order mark when the caller opens a file.
    A row with a key outside ``columns`` raises ValueError (nothing is dropped silently).
    """
    writer = csv.DictWriter(fp, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n
