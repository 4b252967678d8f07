"""Plain-text articles: the first non-empty line is the title, the rest is the body."""
from __future__ import annotations

import re

from eventwire.errors import IngestError
from eventwire.ingest.sniff import decode_utf8
from eventwire.model import RawArticle
from eventwire.settings import Settings

_FIRST_LINE = re.compile(r"[^\r\n]*\S[^\r\n]*(?:\r\n|\r|\n|$)")


def parse_text(text: str, *, source: str, id: str, published: str | None = None) -> RawArticle:
    """Split a plain-text article into title and body.

    The body is everything after the title line, unchanged, so that the clean stage's offsets
    point into it. Raises :class:`IngestError` when there is no text, or none after the title.
    """
    m = _FIRST_LINE.search(text)
    if m is None:
        raise IngestError("no article text")
    body = text[m.end():]
    if not body.strip():
        raise IngestError("no article text after the title line (the first line is the title)")
    return RawArticle(source=source, id=id, body=body, title=m.group().strip(), published=published)


def read_text(data: bytes, *, source: str, stem: str, settings: Settings) -> RawArticle:
    """Decode and parse a ``.txt`` article; ``id`` is the file stem, ``published`` from the settings."""
    return parse_text(decode_utf8(data), source=source, id=stem, published=settings.published)
