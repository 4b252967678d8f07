"""HTML pages: trafilatura finds the article text and its metadata (title, date, URL, site name)."""
from __future__ import annotations

import trafilatura
from trafilatura.settings import Document
from lxml import etree

from eventwire.errors import IngestError
from eventwire.ingest.sniff import decode_html
from eventwire.model import RawArticle
from eventwire.settings import Settings

NO_TEXT = "no article text found in the HTML page"
# Fewer words than this is a menu, a link list or a stub, not an article.
MIN_ARTICLE_WORDS = 8


def _same_heading(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def extract_page(page: str) -> Document | None:
    """Run trafilatura on a page: main text without comments or tables, with metadata."""
    try:
        return trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=False,
        )
    except (etree.LxmlError, ValueError) as err:
        raise IngestError(f"cannot parse the HTML page ({err})") from err


def paragraphs_of(text: str, title: str | None) -> list[str]:
    """The page text as paragraphs (trafilatura puts one block per line), without a leading title."""
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if title and paragraphs and _same_heading(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    return paragraphs


def parse_html(page: str, *, source: str, id: str, published: str | None = None) -> RawArticle:
    """Extract the article from an HTML page; paragraphs are separated by a blank line in the body.

    ``published`` is used when the page has no date of its own.
    """
    doc = extract_page(page)
    if doc is None or not doc.text:
        raise IngestError(NO_TEXT)
    paragraphs = paragraphs_of(doc.text, doc.title)
    if not paragraphs:
        raise IngestError(NO_TEXT)
    words = sum(len(p.split()) for p in paragraphs)
    if words < MIN_ARTICLE_WORDS:
        raise IngestError(f"{NO_TEXT} (only {words} words of text: a menu or a stub?)")
    return RawArticle(
        source=source,
        id=id,
        body="\n\n".join(paragraphs),
        title=doc.title or None,
        published=doc.date or published,
        url=doc.url or None,
        outlet=doc.sitename or None,
    )


def read_html(data: bytes, *, source: str, stem: str, settings: Settings) -> RawArticle:
    """Decode and parse an ``.html``/``.htm`` page; ``id`` is the file stem."""
    return parse_html(decode_html(data), source=source, id=stem, published=settings.published)
