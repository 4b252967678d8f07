"""Byte-level checks: emptiness, binary content, encoding, size messages, kind sniffing."""
from __future__ import annotations

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.sniff import (
    decode_html,
    decode_utf8,
    declared_charset,
    human_size,
    kind_of_suffix,
    looks_binary,
    sniff_kind,
    too_large_reason,
)


def test_sniff_decodes_utf8():
    assert decode_utf8("Syria’s army".encode("utf-8")) == "Syria’s army"


def test_sniff_strips_utf8_bom():
    assert decode_utf8(b"\xef\xbb\xbfTitle\nBody") == "Title\nBody"


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"abc\x00def", "binary file, not text"),
    (b"\x01\x02\x03\x04 text", "binary file, not text"),
    (b"caf\xe9 au lait", "not valid UTF-8 (first bad byte at offset 3); save the file as UTF-8"),
    (b"\xef\xbb\xbfcaf\xe9", "not valid UTF-8 (first bad byte at offset 6); save the file as UTF-8"),
    (b"\xff\xfeT\x00i\x00", "not valid UTF-8 (the file is UTF-16); save the file as UTF-8"),
])
def test_sniff_refuses_bad_bytes(data, reason):
    with pytest.raises(IngestError) as err:
        decode_utf8(data)
    assert err.value.reason == reason


@pytest.mark.parametrize("data,binary", [
    (b"plain text\twith tabs\r\nand lines\x0c", False),
    (b"a" * 95 + b"\x01" * 5, False),
    (b"a" * 85 + b"\x01" * 15, True),
    (b"\x00", True),
])
def test_sniff_looks_binary(data, binary):
    assert looks_binary(data) is binary


@pytest.mark.parametrize("n,text", [
    (500, "500 bytes"),
    (2048, "2.0 KB"),
    (int(12.3 * 1024 * 1024), "12.3 MB"),
])
def test_sniff_human_size(n, text):
    assert human_size(n) == text


@pytest.mark.parametrize("size,limit,what,reason", [
    (int(12.3 * 1024 * 1024), 10 * 1024 * 1024, "file",
     "file is 12.3 MB, over the 10.0 MB limit; raise it with --max-bytes"),
    (10 * 1024 * 1024 + 10, 10 * 1024 * 1024, "file",
     "file is 10,485,770 bytes, over the 10,485,760 bytes limit; raise it with --max-bytes"),
    (None, 1024, "input", "input is over the 1.0 KB limit; raise it with --max-bytes"),
])
def test_sniff_too_large_reason(size, limit, what, reason):
    assert too_large_reason(size, limit, what=what) == reason


@pytest.mark.parametrize("data,kind", [
    (b'{"text": "a"}', "json"),
    (b'  [{"text": "a"}, {"text": "b"}]', "json"),
    (b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
    (b"\xef\xbb\xbf<html><body></body></html>", "html"),
    (b"<!DOCTYPE html>", "html"),
    (b"Title line\nBody", "text"),
])
def test_sniff_kind(data, kind):
    assert sniff_kind(data) == kind


@pytest.mark.parametrize("suffix,kind", [
    (".txt", "text"), (".HTML", "html"), (".htm", "html"), (".json", "json"), (".jsonl", "jsonl"),
    (".md", None),
])
def test_sniff_kind_of_suffix(suffix, kind):
    assert kind_of_suffix(suffix) == kind


@pytest.mark.parametrize("data,charset", [
    (b'<html><head><meta charset="ISO-8859-1"></head>', "iso8859-1"),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "cp1252"),
    (b'<meta charset="no-such-charset">', None),
    (b"<html><body>no meta</body></html>", None),
])
def test_sniff_declared_charset(data, charset):
    assert declared_charset(data) == charset


def test_sniff_decode_html_uses_declared_charset():
    page = b'<html><head><meta charset="iso-8859-1"></head><body>caf\xe9</body></html>'
    assert decode_html(page).endswith("<body>café</body></html>")


def test_sniff_decode_html_refuses_undeclared_bad_utf8():
    with pytest.raises(IngestError) as err:
        decode_html(b"<html><body>caf\xe9</body></html>")
    assert err.value.reason == "not valid UTF-8 (first bad byte at offset 15); save the file as UTF-8"
