"""clean(): the whole stage on the seed article and on small made-up bodies."""
from __future__ import annotations

import hashlib

import pytest

from eventwire.clean import clean, clean_text
from eventwire.ingest.text import parse_text
from eventwire.model import RawArticle
from tests.conftest import SHARED

SEED = SHARED / "examples" / "seed.txt"


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip(f"shared seed article not found at {SEED}")
    raw = parse_text(SEED.read_text("utf-8"), source=str(SEED), id="seed")
    article, offsets = clean(raw)
    return raw, article, offsets


def test_clean_seed_title(seed):
    assert seed[1].title == "Turkish, Russian Leaders Talk as Fighting Continues in Syria"


def test_clean_seed_text_start(seed):
    assert seed[1].text.startswith("Fears of an escalating conflict in Syria grew Friday")


def test_clean_seed_text_end(seed):
    assert seed[1].text.endswith("to reinforce its Syrian military presence.")


@pytest.mark.parametrize("fragment", [
    "border. Ankara’s assault",
    "in 2018 in the Black Sea resort of Sochi. Erdogan and",
    "Friday. “The two leaders",
    "forces. “Turkish forces destroyed",
    "directorate.\n\nWestern support?\n\nAnkara is looking",
    "on Thursday. The deadly airstrike",
    "to retake. Ankara says",
])
def test_clean_seed_repaired(seed, fragment):
    assert fragment in seed[1].text


@pytest.mark.parametrize("fragment", ["leave a reply", "VOA’s Steve Herman", "\u00a0", "  ", "\n\n\n"])
def test_clean_seed_removed(seed, fragment):
    assert fragment not in seed[1].text


def test_clean_seed_credits(seed):
    assert seed[1].credits == ("VOA’s Steve Herman contributed to this report.",)


def test_clean_seed_kept_chars_map_to_raw(seed):
    raw, article, offsets = seed
    kept = [i for i in range(len(article.text)) if offsets.kept(i)]
    assert (len(kept), [i for i in kept if raw.body[offsets.to_raw(i)] != article.text[i]]) == (2592, [])


@pytest.mark.parametrize("word", [
    "Ankara’s assault", "Western support?", "Hulusi Akar", "military presence.",
])
def test_clean_seed_span_to_raw(seed, word):
    raw, article, offsets = seed
    start = article.text.index(word)
    assert raw.body[slice(*offsets.span_to_raw(start, start + len(word)))] == word


def test_clean_copies_fields_and_hashes_text():
    raw = RawArticle(source="in/a.json:3", id="a-3", body="  Body\u00a0text.  ", title="Title",
                     published="2020-02-28", url="https://example.org/a", outlet="Example")
    article, _ = clean(raw)
    assert (article.id, article.title, article.text, article.published, article.url, article.outlet,
            article.language, article.source, article.content_hash) == (
        "a-3", "Title", "Body text.", "2020-02-28", "https://example.org/a", "Example", "en",
        "in/a.json:3", hashlib.sha256(b"Body text.").hexdigest())


def test_clean_keeps_language_of_raw_article():
    article, _ = clean(RawArticle(source="s", id="s", body="Texte.", language="fr"))
    assert article.language == "fr"


def test_clean_text_drops_repeated_title():
    assert clean_text("Ferry Resumes\n\nBoats sailed.", title="Ferry Resumes")[0] == "Boats sailed."


def test_clean_text_mojibake_offsets():
    body = "Syriaâ€™s\u00a0 army.”We will\u00a0respond,” he said."
    text, _, offsets = clean_text(body)
    start = text.index("respond")
    assert (text, body[slice(*offsets.span_to_raw(start, start + 7))]) == (
        "Syria’s army. “We will respond,” he said.", "respond")


def test_clean_text_only_boilerplate_is_empty():
    assert clean_text("\nShare this:\nleave a reply:\n")[:2] == ("", ())
