"""Plain-text articles: title on the first non-empty line, the body after it."""
from __future__ import annotations

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.text import parse_text, read_text
from eventwire.settings import Settings


@pytest.mark.parametrize("text,title,body", [
    ("Title\nBody text.", "Title", "Body text."),
    ("\n\n  Title  \n\nBody text.\n", "Title", "\nBody text.\n"),
    ("Title\r\nBody text.", "Title", "Body text."),
    ("Title\rBody text.", "Title", "Body text."),
])
def test_text_splits_title_and_body(text, title, body):
    raw = parse_text(text, source="a.txt", id="a")
    assert (raw.title, raw.body) == (title, body)


@pytest.mark.parametrize("text,reason", [
    ("   \n\t\n", "no article text"),
    ("Only a title\n\n  \n", "no article text after the title line (the first line is the title)"),
])
def test_text_refuses_missing_body(text, reason):
    with pytest.raises(IngestError) as err:
        parse_text(text, source="a.txt", id="a")
    assert err.value.reason == reason


def test_text_reads_bytes_with_settings_date():
    raw = read_text(b"T\nBody.", source="x/a.txt", stem="a", settings=Settings(published="2020-02-28"))
    assert (raw.source, raw.id, raw.published) == ("x/a.txt", "a", "2020-02-28")
