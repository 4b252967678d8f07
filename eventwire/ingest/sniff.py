"""Checks on raw bytes before they are parsed: size, emptiness, binary content, encoding, kind.

Each check raises :class:`IngestError` with a one-line reason that says what to do where it can.
"""
from __future__ import annotations

import codecs
import json
import re

from eventwire.errors import IngestError

# Share of control bytes (other than tab, line breaks, form feed) above which data is not text.
MAX_CONTROL_SHARE = 0.10
# How many leading bytes the binary and charset checks look at.
SAMPLE_BYTES = 8192
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

KINDS = ("text", "html", "json", "jsonl")
# File suffixes taken from folders, and the kind of input each one holds.
SUFFIX_KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}


def kind_of_suffix(suffix: str) -> str | None:
    """Input kind for a file suffix (``".htm"`` -> ``"html"``), or None if it is not an article file."""
    return SUFFIX_KINDS.get(suffix.lower())


def human_size(n: int) -> str:
    """``12.3 MB``, ``2.0 KB`` or ``500 bytes`` (binary units, as ``--max-bytes`` counts bytes)."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def too_large_reason(size: int | None, limit: int, *, what: str = "file") -> str:
    """The reason given for an input over ``limit`` bytes (``size`` None when unknown)."""
    if size is None:
        return f"{what} is over the {human_size(limit)} limit; raise it with --max-bytes"
    size_text, limit_text = human_size(size), human_size(limit)
    if size_text == limit_text:  # 10.04 MB vs 10.0 MB: show exact byte counts instead
        size_text, limit_text = f"{size:,} bytes", f"{limit:,} bytes"
    return f"{what} is {size_text}, over the {limit_text} limit; raise it with --max-bytes"


def check_size(size: int, limit: int, *, what: str = "file") -> None:
    """Refuse an input larger than ``limit`` bytes."""
    if size > limit:
        raise IngestError(too_large_reason(size, limit, what=what))


def looks_binary(data: bytes) -> bool:
    """True for NUL bytes or a high share of control characters in the first bytes."""
    sample = data[:SAMPLE_BYTES]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return bool(sample) and controls / len(sample) > MAX_CONTROL_SHARE


def decode_utf8(data: bytes) -> str:
    """Decode UTF-8 bytes (a BOM is dropped); refuse empty, binary and mis-encoded data."""
    if not data:
        raise IngestError("empty file")
    if data.startswith(_UTF16_BOMS):
        raise IngestError("not valid UTF-8 (the file is UTF-16); save the file as UTF-8")
    if looks_binary(data):
        raise IngestError("binary file, not text")
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as err:
        raise IngestError(f"not valid UTF-8 (first bad byte at offset {skip + err.start}); "
                          "save the file as UTF-8") from err


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag, if Python knows it; else None."""
    m = _META_CHARSET.search(data[:SAMPLE_BYTES])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_html(data: bytes) -> str:
    """Decode an HTML page: UTF-8, or the charset its ``<meta>`` tag declares when UTF-8 fails."""
    try:
        return decode_utf8(data)
    except IngestError:
        charset = declared_charset(data)
        if charset in (None, "utf-8") or looks_binary(data) or data.startswith(_UTF16_BOMS):
            raise
        try:
            return data.decode(charset)
        except UnicodeDecodeError as err:
            raise IngestError(f"not valid {charset} as the page declares (first bad byte at offset "
                              f"{err.start}); save the file as UTF-8") from err


def sniff_kind(data: bytes) -> str:
    """Guess the kind of unnamed input (standard input) from its first characters.

    ``{``/``[`` -> ``"json"`` when the whole input is one JSON value, else ``"jsonl"``;
    ``<`` -> ``"html"``; anything else -> ``"text"``.
    """
    head = data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data
    head = head.lstrip()
    if head[:1] in (b"{", b"["):
        try:
            json.loads(head)
        except ValueError:
            return "jsonl"
        return "json"
    if head[:1] == b"<":
        return "html"
    return "text"
