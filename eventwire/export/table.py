"""A plain fixed-width text table for a terminal: a header, a rule, one line per row.

Columns keep their natural width when the table fits in ``width`` characters; otherwise column names
longer than their values are cut first, then the widest columns (to no less than :data:`MIN_WIDTH`);
a cut cell ends with ``…``.
Widths are counted in terminal cells: East Asian wide characters take two, combining marks none.
"""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

# The columns shown by default: enough to read what happened, who to whom, where and when.
TABLE_COLUMNS: tuple[str, ...] = (
    "article_id", "event_id", "date_value", "cameo_code", "cameo_name", "source_code",
    "target_code", "location_name", "counts", "claimed_by_code",
)
MIN_WIDTH = 4
GAP = "  "
ELLIPSIS = "…"


def write_table(rows: Iterable[dict[str, Any]], fp: TextIO, *, columns: Sequence[str], width: int) -> int:
    """Write the rows as a table at most ``width`` cells wide; returns the row count.

    When even :data:`MIN_WIDTH` per column does not fit, every column gets that width and the
    lines run longer than ``width`` rather than dropping columns.
    """
    if width < 1:
        raise ValueError(f"table width must be a positive number of characters, got {width}")
    columns = list(columns)
    rows = list(rows)
    cells = [[_text(row.get(name)) for name in columns] for row in rows]
    content = [max((display_width(line[i]) for line in cells), default=0) for i in range(len(columns))]
    widths = column_widths([display_width(name) for name in columns], content,
                           width - len(GAP) * (len(columns) - 1))
    right = [_is_numeric_column(rows, name) for name in columns]

    def line(values: list[str]) -> str:
        parts = [_pad(clip(v, w), w, r) for v, w, r in zip(values, widths, right)]
        return GAP.join(parts).rstrip() + "\n"

    fp.write(line(columns))
    fp.write(line(["-" * w for w in widths]))
    for values in cells:
        fp.write(line(values))
    return len(rows)


def column_widths(header: list[int], content: list[int], budget: int) -> list[int]:
    """Widths for columns whose names take ``header`` cells and whose widest value ``content``:
    names longer than their values are cut first, then the widest columns."""
    natural = [max(h, c) for h, c in zip(header, content)]
    if sum(natural) <= budget:
        return natural
    compact = [max(c, min(h, MIN_WIDTH)) for h, c in zip(header, content)]
    if sum(compact) <= budget:
        excess = [n - c for n, c in zip(natural, compact)]
        extra = fit_widths(excess, budget - sum(compact), floor=0)
        return [c + e for c, e in zip(compact, extra)]
    return fit_widths(compact, budget, floor=MIN_WIDTH)


def fit_widths(natural: list[int], budget: int, *, floor: int) -> list[int]:
    """Column widths summing to at most ``budget``: the natural ones when they fit, else every
    column capped at the largest common width that fits, the spare cells going left to right."""
    if sum(natural) <= budget:
        return list(natural)
    floors = [min(w, floor) for w in natural]
    if sum(floors) >= budget:
        return floors
    lo, hi = floor, max(natural)  # total(lo) < budget < total(hi)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if sum(min(w, mid) for w in natural) <= budget:
            lo = mid
        else:
            hi = mid
    widths = [min(w, lo) for w in natural]
    spare = budget - sum(widths)
    for i, w in enumerate(natural):
        if spare and w > lo:
            widths[i] += 1
            spare -= 1
    return widths


def display_width(text: str) -> int:
    """How many terminal cells ``text`` takes."""
    return sum(_char_width(ch) for ch in text)


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, ending with ``…`` when something was cut."""
    if display_width(text) <= width:
        return text
    kept, used = [], 0
    for ch in text:
        w = _char_width(ch)
        if used + w > width - 1:
            break
        kept.append(ch)
        used += w
    return "".join(kept).rstrip() + ELLIPSIS


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * (width - display_width(text))
    return fill + text if right else text + fill


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False)
    # one line per row: whitespace becomes a space, other invisible characters go
    return "".join(" " if ch.isspace() else ch for ch in str(value) if ch.isprintable() or ch.isspace())


def _is_numeric_column(rows: list[dict[str, Any]], name: str) -> bool:
    values = [row.get(name) for row in rows if row.get(name) is not None]
    return bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
