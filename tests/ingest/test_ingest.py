"""iter_inputs / read_bytes / read_path: files, folders, stdin, and one Failure per bad item."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from eventwire.errors import UsageError
from eventwire.ingest import iter_inputs, read_bytes, read_path
from eventwire.model import Failure, RawArticle
from eventwire.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
SETTINGS = Settings(published="2020-02-28")


def _sources(items) -> list[str]:
    return [item.source for item in items]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder with articles at two levels, a hidden file, a hidden folder and a non-article file."""
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "one.txt").write_text("One\nFirst body.")
    (tmp_path / "b" / "two.HTM").write_text("<html><body></body></html>")
    (tmp_path / "a.jsonl").write_text('{"text": "Body."}\n')
    (tmp_path / "c.txt").write_text("Three\nThird body.")
    (tmp_path / "notes.md").write_text("Not an article\nskip me")
    (tmp_path / ".draft.txt").write_text("Hidden\nskip me")
    (tmp_path / ".git" / "x.txt").write_text("Hidden\nskip me")
    return tmp_path


def test_ingest_folder_walk_is_sorted_and_filtered(tree):
    items = list(iter_inputs([str(tree)], settings=SETTINGS))
    assert [Path(s).relative_to(tree).as_posix() for s in _sources(items)] == [
        "a.jsonl:1", "b/one.txt", "b/two.HTM", "c.txt",
    ]


def test_ingest_txt_file(tree):
    (raw,) = iter_inputs([str(tree / "c.txt")], settings=SETTINGS)
    assert raw == RawArticle(source=str(tree / "c.txt"), id="c", body="Third body.", title="Three",
                             published="2020-02-28")


def test_ingest_bad_item_does_not_stop_the_batch(tree):
    items = list(iter_inputs([str(tree / "missing.txt"), str(tree / "c.txt")], settings=SETTINGS))
    assert [type(x) for x in items] == [Failure, RawArticle]


@pytest.mark.parametrize("name,reason", [
    ("missing.txt", "no such file or folder"),
    ("missing-folder/", "no such file or folder"),
])
def test_ingest_missing_path(tmp_path, name, reason):
    (item,) = iter_inputs([str(tmp_path / name)], settings=SETTINGS)
    assert item == Failure(str(tmp_path / name), reason)


def test_ingest_folder_without_articles(tmp_path):
    (tmp_path / "readme.md").write_text("nothing")
    (item,) = iter_inputs([str(tmp_path)], settings=SETTINGS)
    assert item == Failure(str(tmp_path), "no .txt, .html, .htm, .json or .jsonl files in this folder")


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"),
    (b"Title\x00\x00\x00", "binary file, not text"),
    (b"Caf\xe9\nBody", "not valid UTF-8 (first bad byte at offset 3); save the file as UTF-8"),
    (b"Title only\n", "no article text after the title line (the first line is the title)"),
    (b" \n\t\n", "no article text"),
])
def test_ingest_bad_text_file(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert list(iter_inputs([str(path)], settings=SETTINGS)) == [Failure(str(path), reason)]


def test_ingest_bom_is_stripped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle\nBody.")
    (raw,) = iter_inputs([str(path)], settings=SETTINGS)
    assert (raw.title, raw.body) == ("Title", "Body.")


def test_ingest_size_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Title\n" + b"x" * 3000)

    def refuse_open(*args, **kwargs):
        raise AssertionError("the file was opened although stat shows it is too large")

    monkeypatch.setattr(Path, "open", refuse_open)
    (item,) = iter_inputs([str(path)], settings=Settings(max_bytes=2048))
    assert item == Failure(str(path), "file is 2.9 KB, over the 2.0 KB limit; raise it with --max-bytes")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions (not root)")
def test_ingest_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("Title\nBody.")
    path.chmod(0)
    try:
        assert list(iter_inputs([str(path)], settings=SETTINGS)) == [Failure(str(path), "permission denied")]
    finally:
        path.chmod(0o600)


def test_ingest_os_error_reason(tmp_path):
    (tmp_path / "c.txt").write_text("Title\nBody.")
    path = tmp_path / "c.txt" / "inner.txt"
    assert list(iter_inputs([str(path)], settings=SETTINGS)) == [Failure(str(path), "not a directory")]


def test_ingest_explicit_file_with_other_suffix_is_sniffed(tmp_path):
    path = tmp_path / "article"
    path.write_text('{"title": "T", "text": "Body."}')
    (raw,) = iter_inputs([str(path)], settings=SETTINGS)
    assert (raw.id, raw.title, raw.body) == ("article", "T", "Body.")


@pytest.mark.parametrize("data,ids", [
    (b"Title\nBody.", ["stdin"]),
    (b'{"text": "One."}\n{"text": "Two."}\n', ["stdin-1", "stdin-2"]),
    (b'[{"text": "One."}, {"id": "k", "text": "Two."}]', ["stdin-1", "k"]),
    ((FIXTURES / "page.html").read_bytes(), ["stdin"]),
])
def test_ingest_stdin_is_sniffed(data, ids):
    items = list(iter_inputs(["-"], settings=SETTINGS, stdin=io.BytesIO(data)))
    assert [item.id for item in items] == ids


def test_ingest_stdin_source():
    (raw,) = iter_inputs(["-"], settings=SETTINGS, stdin=io.BytesIO(b"Title\nBody."))
    assert raw.source == "<stdin>"


def test_ingest_stdin_over_limit():
    items = list(iter_inputs(["-"], settings=Settings(max_bytes=1024), stdin=io.BytesIO(b"x" * 2000)))
    assert items == [Failure("<stdin>", "input is over the 1.0 KB limit; raise it with --max-bytes")]


def test_ingest_read_path_fixture_folder():
    items = list(read_path(FIXTURES, settings=SETTINGS))
    assert [Path(s).name for s in _sources(items)] == [
        "article.txt", "nodate.html", "notext.html", "page.html",
        "records.json#1", "records.json#2", "records.json#3",
        "records.jsonl:1", "records.jsonl:2", "records.jsonl:3", "records.jsonl:5", "records.jsonl:6",
    ]


@pytest.mark.parametrize("kind,data,body", [
    ("txt", b"Title\nBody.", "Body."),
    ("text", b"Title\nBody.", "Body."),
    ("json", b'{"text": "Body."}', "Body."),
    ("jsonl", b'{"text": "Body."}', "Body."),
    ("auto", b'{"text": "Body."}', "Body."),
])
def test_ingest_read_bytes_kinds(kind, data, body):
    (raw,) = read_bytes(data, name="in.x", kind=kind, settings=SETTINGS)
    assert raw.body == body


@pytest.mark.parametrize("kind,data,source", [
    ("text", b"Title\nBody.", "in.x"),
    ("jsonl", b'{"text": "Body."}', "in.x:1"),
])
def test_ingest_read_bytes_source_is_name(kind, data, source):
    (raw,) = read_bytes(data, name="in.x", kind=kind, settings=SETTINGS)
    assert raw.source == source


def test_ingest_read_bytes_id_is_name_stem():
    (raw,) = read_bytes(b"Title\nBody.", name="uploads/story.txt", kind="text", settings=SETTINGS)
    assert raw.id == "story"


def test_ingest_read_bytes_unknown_kind():
    with pytest.raises(UsageError) as err:
        read_bytes(b"x", name="a", kind="pdf", settings=SETTINGS)
    assert err.value.reason == "unknown input kind 'pdf'; use text, html, json, jsonl or auto"


def test_ingest_read_bytes_over_limit():
    items = read_bytes(b"x" * 2048, name="a.txt", kind="text", settings=Settings(max_bytes=1024))
    assert items == [Failure("a.txt", "input is 2.0 KB, over the 1.0 KB limit; raise it with --max-bytes")]
