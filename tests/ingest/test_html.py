"""HTML pages through trafilatura: body paragraphs, title, date, URL and site name."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.html import NO_TEXT, paragraphs_of, parse_html, read_html
from eventwire.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def _read(name: str, published: str | None = None):
    data = (FIXTURES / name).read_bytes()
    return read_html(data, source=name, stem=Path(name).stem, settings=Settings(published=published))


def test_html_body_is_paragraphs_without_title():
    raw = _read("page.html")
    assert raw.body == (
        "Ferries between the island and the mainland sailed again on Thursday, two days after a storm "
        "tore through the harbour and damaged three piers.\n\n"
        "The port authority said crews had worked through the night to clear debris from the shipping "
        "lane and inspect the remaining moorings.\n\n"
        "“We expect a full timetable by the weekend,” a spokeswoman told reporters at the terminal."
    )


@pytest.mark.parametrize("field,value", [
    ("id", "page"),
    ("title", "Ferry Service Resumes After Storm"),
    ("published", "2021-03-04"),
    ("url", "https://courier.example.org/2021/03/ferry-service-resumes"),
    ("outlet", "Harbour Courier"),
])
def test_html_metadata(field, value):
    assert getattr(_read("page.html", published="1999-01-01"), field) == value


def test_html_published_falls_back_to_settings():
    assert _read("nodate.html", published="2020-02-28").published == "2020-02-28"


def test_html_without_article_text_is_refused():
    with pytest.raises(IngestError) as err:
        _read("notext.html")
    assert err.value.reason == NO_TEXT == "no article text found in the HTML page"


@pytest.mark.parametrize("text,title,paragraphs", [
    ("Ferry Resumes\nFirst.\nSecond.", "Ferry Resumes", ["First.", "Second."]),
    ("ferry  resumes\nFirst.", "Ferry Resumes", ["First."]),
    ("First.\n\n  Second.  ", "Ferry Resumes", ["First.", "Second."]),
    ("First.", None, ["First."]),
])
def test_html_paragraphs_drop_leading_title(text, title, paragraphs):
    assert paragraphs_of(text, title) == paragraphs


def test_html_latin1_page_with_charset():
    page = ("<html><head><meta charset='iso-8859-1'><title>Caf\xe9 Closes</title></head><body><article>"
            "<p>The caf\xe9 on the main square closed on Friday after forty years of serving the town.</p>"
            "<p>Its owner said rising rents had made the business impossible to keep open.</p>"
            "</article></body></html>").encode("latin-1")
    raw = read_html(page, source="p.html", stem="p", settings=Settings())
    assert raw.body.startswith("The café on the main square")


def test_html_parse_from_string():
    page = ("<html><body><article><p>Workers repaired the dam wall on Saturday after cracks were found "
            "during an inspection earlier in the week.</p></article></body></html>")
    raw = parse_html(page, source="s", id="s", published="2020-02-28")
    assert (raw.body, raw.published) == (
        "Workers repaired the dam wall on Saturday after cracks were found during an inspection "
        "earlier in the week.", "2020-02-28")


def test_html_navigation_only_page_is_no_article():
    from eventwire.ingest.html import NO_TEXT, parse_html

    page = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
    with pytest.raises(IngestError) as err:
        parse_html(page, source="menu.html", id="menu")
    assert err.value.reason.startswith(NO_TEXT)
