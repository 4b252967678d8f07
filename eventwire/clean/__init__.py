"""The clean stage: raw article body -> cleaned text, credits, and an offset map back to the raw body.

The rules run in this order (each one a small function returning :class:`Edit` lists):

1. ``mojibake``: ftfy repairs mis-decoded text, curly quotes kept;
2. ``whitespace``: no-break/zero-width characters, runs of spaces, blank lines;
3. ``title``: a first line repeating the title is dropped;
4. ``boilerplate``: "leave a reply:", "Share this:", "Related:" tails at the end of the body;
5. ``quotes``: ``”Kenyan`` used as an opening quote -> ``“Kenyan``;
6. ``headings``: ``Regional backing?Nairobi`` -> ``Regional backing?\\n\\nNairobi``;
6b. ``datelines``: ``KABUL — The council`` -> ``KABUL —\\n\\nThe council`` (the dateline on its own line);
7. ``sentence_spaces``: ``river.Nairobi’s`` -> ``river. Nairobi’s``;
8. ``credits``: "BBC’s Anna Marsh contributed to this report." moves to ``Article.credits``;
9. ``strip``: whitespace at both ends.
"""
from __future__ import annotations

import hashlib
from functools import partial
from typing import Callable

from eventwire.clean.boilerplate import drop_trailing_boilerplate, extract_credits
from eventwire.clean.normalize import (
    clean_title,
    drop_repeated_title,
    fix_opening_quotes,
    normalize_whitespace,
    repair_mojibake,
    restore_sentence_spaces,
    split_glued_headings,
    split_datelines,
    strip_edges,
)
from eventwire.clean.offsets import Edit, OffsetMap, apply_edits
from eventwire.model import Article, RawArticle

__all__ = ["clean", "clean_text", "content_hash", "apply_edits", "Edit", "OffsetMap"]

Rule = Callable[[str], list[Edit]]


def _rules(title: str | None) -> list[tuple[str, Rule]]:
    """The rules before the credits step, in order."""
    return [
        ("mojibake", repair_mojibake),
        ("whitespace", normalize_whitespace),
        ("title", partial(drop_repeated_title, title=title)),
        ("boilerplate", drop_trailing_boilerplate),
        ("quotes", fix_opening_quotes),
        ("headings", split_glued_headings),
        ("datelines", split_datelines),
        ("sentence_spaces", restore_sentence_spaces),
    ]


def _step(text: str, offsets: OffsetMap, edits: list[Edit]) -> tuple[str, OffsetMap]:
    if not edits:
        return text, offsets
    new_text, step = apply_edits(text, edits)
    return new_text, offsets.then(step)


def clean_text(body: str, *, title: str | None = None) -> tuple[str, tuple[str, ...], OffsetMap]:
    """Clean an article body; return the text, the credit lines removed, and the map to ``body``."""
    text, offsets = body, OffsetMap.identity(len(body))
    for _name, rule in _rules(title):
        text, offsets = _step(text, offsets, rule(text))
    credit_edits, credits = extract_credits(text)
    text, offsets = _step(text, offsets, credit_edits)
    text, offsets = _step(text, offsets, strip_edges(text))
    return text, tuple(credits), offsets


def content_hash(text: str) -> str:
    """sha256 hex digest of the cleaned text (UTF-8): the article's identity in the store."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean(raw: RawArticle) -> tuple[Article, OffsetMap]:
    """Clean a raw article; the map leads from ``Article.text`` back to ``raw.body``."""
    title = clean_title(raw.title)
    text, credits, offsets = clean_text(raw.body, title=title)
    article = Article(
        id=raw.id,
        title=title,
        text=text,
        published=raw.published,
        url=raw.url,
        outlet=raw.outlet,
        credits=credits,
        language=raw.language or "en",
        source=raw.source,
        content_hash=content_hash(text),
    )
    return article, offsets
