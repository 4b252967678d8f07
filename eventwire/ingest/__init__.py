"""The ingest stage: files, folders, standard input or bytes -> :class:`RawArticle` drafts.

Nothing here raises for one bad item: :func:`iter_inputs` and :func:`read_bytes` yield a
:class:`Failure` (source, one-line reason) and go on with the next item.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from eventwire.errors import IngestError, UsageError
from eventwire.ingest.html import read_html
from eventwire.ingest.jsonl import read_json, read_jsonl
from eventwire.ingest.sniff import (
    KINDS,
    SUFFIX_KINDS,
    check_size,
    kind_of_suffix,
    sniff_kind,
    too_large_reason,
)
from eventwire.ingest.text import read_text
from eventwire.model import Failure, RawArticle
from eventwire.settings import Settings

__all__ = ["iter_inputs", "read_bytes", "read_path", "STDIN_SOURCE"]

Item = RawArticle | Failure
STDIN_SOURCE = "<stdin>"
STDIN_STEM = "stdin"
SUFFIXES = tuple(SUFFIX_KINDS)
_KIND_ALIASES = {"txt": "text", "htm": "html", "auto": "auto", **{k: k for k in KINDS}}


def _one(reader: Callable[..., RawArticle]) -> Callable[..., Iterator[RawArticle]]:
    """Give a reader of one article (text, HTML) the interface of the many-record readers."""

    def read(data: bytes, **kwargs) -> Iterator[RawArticle]:
        yield reader(data, **kwargs)

    return read


_READERS: dict[str, Callable[..., Iterable[Item]]] = {
    "text": _one(read_text),
    "html": _one(read_html),
    "json": read_json,
    "jsonl": read_jsonl,
}


def _parse(data: bytes, *, source: str, stem: str, kind: str, settings: Settings) -> Iterator[Item]:
    """Parse bytes of a known kind (or ``"auto"``: sniffed); turn an :class:`IngestError` into a Failure."""
    try:
        if kind == "auto":
            kind = sniff_kind(data)
        yield from _READERS[kind](data, source=source, stem=stem, settings=settings)
    except IngestError as err:
        yield Failure(source, err.reason)


def _kind(kind: str) -> str:
    try:
        return _KIND_ALIASES[kind.lower().lstrip(".")]
    except KeyError:
        raise UsageError(f"unknown input kind {kind!r}; use text, html, json, jsonl or auto") from None


def read_bytes(data: bytes, *, name: str, kind: str, settings: Settings | None = None) -> list[Item]:
    """Read in-memory input (Python API, REST API).

    ``name`` is the source reported in failures; the article id is its stem (``"a.txt"`` -> ``"a"``).
    ``kind`` is ``text`` (or ``txt``), ``html`` (``htm``), ``json``, ``jsonl`` or ``auto`` (sniffed
    from the first characters). An unknown kind raises :class:`UsageError`.
    """
    settings = settings or Settings()
    kind = _kind(kind)
    if len(data) > settings.max_bytes:
        return [Failure(name, too_large_reason(len(data), settings.max_bytes, what="input"))]
    return list(_parse(data, source=name, stem=Path(name).stem or name, kind=kind, settings=settings))


def _os_reason(err: OSError) -> str:
    """A one-line reason for an OS error: "no such file or folder", "permission denied", ..."""
    if isinstance(err, FileNotFoundError):
        return "no such file or folder"
    reason = err.strerror or str(err)
    return reason[:1].lower() + reason[1:]


def _read_file(path: Path, size: int, settings: Settings) -> Iterator[Item]:
    """Read one file after checking its size (known from ``stat``) against the limit."""
    source = str(path)
    try:
        check_size(size, settings.max_bytes)
        with path.open("rb") as handle:
            data = handle.read(settings.max_bytes + 1)  # the file may have grown since stat
        check_size(len(data), settings.max_bytes)
    except IngestError as err:
        yield Failure(source, err.reason)
        return
    except OSError as err:
        yield Failure(source, _os_reason(err))
        return
    kind = kind_of_suffix(path.suffix) or "auto"
    yield from _parse(data, source=source, stem=path.stem, kind=kind, settings=settings)


def _walk(folder: Path) -> list[Path | Failure]:
    """Article files under ``folder``, sorted by path (hidden files and folders skipped).

    A sub-folder that cannot be listed becomes a :class:`Failure` in its place in the order.
    """
    errors: list[OSError] = []
    found: list[Path | Failure] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root, f) for f in files if not f.startswith(".") and kind_of_suffix(Path(f).suffix)]
    found += [Failure(str(e.filename or folder), _os_reason(e)) for e in errors]
    return sorted(found, key=_walk_key)


def _walk_key(item: Path | Failure) -> tuple[str, ...]:
    return Path(item.source).parts if isinstance(item, Failure) else item.parts


def _read_folder(folder: Path, settings: Settings) -> Iterator[Item]:
    found = False
    for entry in _walk(folder):
        if isinstance(entry, Failure):
            yield entry
            continue
        found = True
        yield from read_path(entry, settings=settings)
    if not found:
        yield Failure(str(folder), f"no {', '.join(SUFFIXES[:-1])} or {SUFFIXES[-1]} files in this folder")


def read_path(path: str | Path, *, settings: Settings) -> Iterator[Item]:
    """Read one file or folder (recursively). A file with another suffix is sniffed like stdin."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as err:
        yield Failure(str(path), _os_reason(err))
        return
    if path.is_dir():
        yield from _read_folder(path, settings)
    else:
        yield from _read_file(path, stat.st_size, settings)


def _read_stdin(stdin: BinaryIO, settings: Settings) -> Iterator[Item]:
    data = getattr(stdin, "buffer", stdin).read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        yield Failure(STDIN_SOURCE, too_large_reason(None, settings.max_bytes, what="input"))
        return
    yield from _parse(data, source=STDIN_SOURCE, stem=STDIN_STEM, kind="auto", settings=settings)


def iter_inputs(paths: list[str], *, settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Yield a :class:`RawArticle` or a :class:`Failure` for every article in ``paths``.

    Items are files, folders (walked recursively in sorted order, taking ``.txt .html .htm .json
    .jsonl``) or ``-`` for standard input (``stdin``, default ``sys.stdin``), whose kind is sniffed.
    """
    for item in paths:
        if item == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, settings)
        else:
            yield from read_path(item, settings=settings)
