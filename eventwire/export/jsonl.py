"""JSON Lines (one object per line) and indented JSON arrays, written as they stream in."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO


def write_lines(items: Iterable[dict[str, Any]], fp: TextIO) -> int:
    """One compact JSON object per line, non-ASCII kept as is; returns how many were written."""
    n = 0
    for item in items:
        fp.write(json.dumps(item, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_array(items: Iterable[dict[str, Any]], fp: TextIO, *, indent: int = 2) -> int:
    """A JSON array of the items, indented; streamed item by item. Returns how many were written."""
    n = 0
    pad = " " * indent
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=indent)
        # JSON escapes newlines inside strings, so every "\n" here is between tokens.
        fp.write(("[\n" if n == 0 else ",\n") + pad + text.replace("\n", "\n" + pad))
        n += 1
    fp.write("[]\n" if n == 0 else "\n]\n")
    return n


def read_lines(fp: TextIO) -> Iterator[dict[str, Any]]:
    """The objects of a JSON Lines stream; blank lines are skipped, a bad line raises ValueError
    naming its line number."""
    for number, line in enumerate(fp, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(f"line {number}: not JSON ({err.msg})") from None
        if not isinstance(item, dict):
            raise ValueError(f"line {number}: expected a JSON object, got {type(item).__name__}")
        yield item
