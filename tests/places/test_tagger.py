"""eventwire/places/tagger.py: which spans are place mentions, and the cues around them.

Docs are built by hand (words, parts of speech, entities), so these tests do not depend on the
statistical model's guesses.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.places.gazetteer import get_gazetteer
from eventwire.places.tagger import demonym_countries, tag_places

NO_SPACE_BEFORE = {".", ",", "’s", "'s"}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def make_doc(vocab, tokens: str, ents: dict[str, str] = (), propn: set[str] = ()) -> Doc:
    """``tokens`` split on spaces; ``ents`` maps a token span ("Idlib" or "Eastern Ghouta") to a
    label; ``propn`` lists the tokens tagged PROPN (entity tokens are PROPN too)."""
    words = tokens.split()
    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE
              for i in range(len(words))]
    labels = ["O"] * len(words)
    for phrase, label in dict(ents).items():
        parts = phrase.split()
        for i in range(len(words) - len(parts) + 1):
            if words[i:i + len(parts)] == parts:
                labels[i] = f"B-{label}"
                for j in range(i + 1, i + len(parts)):
                    labels[j] = f"I-{label}"
                break
    pos = ["PROPN" if labels[i] != "O" or w in propn else
           "PUNCT" if not w[0].isalnum() else "NOUN" for i, w in enumerate(words)]
    return Doc(vocab, words=words, spaces=spaces, ents=labels, pos=pos)


def mentions(vocab, gaz, tokens, ents=(), propn=()):
    doc = make_doc(vocab, tokens, ents, propn)
    return doc, tag_places(doc, gazetteer=gaz)


def texts(doc, found):
    return [doc.text[m.start:m.end] for m in found]


def test_tagger_province_cue_joins_span(vocab, gaz):
    doc, found = mentions(vocab, gaz, "soldiers died in Syria ’s Idlib province on Thursday",
                          {"Syria": "GPE"}, {"Idlib"})
    assert texts(doc, found) == ["Syria", "Idlib province"]
    assert (found[1].name, found[1].features, found[1].country) == ("Idlib", ("admin1",), "SYR")


def test_tagger_town_of_cue_takes_org_span(vocab, gaz):
    doc, found = mentions(vocab, gaz, "an attack on the important town of Saraqeb .",
                          {"Saraqeb": "ORG"})
    assert [(doc.text[m.start:m.end], m.cue, m.features) for m in found] == \
        [("Saraqeb", "before:town of", ("city",))]


def test_tagger_resort_of_cue(vocab, gaz):
    doc, found = mentions(vocab, gaz, "talks in the Black Sea resort of Sochi",
                          {"Black Sea": "LOC", "Sochi": "GPE"})
    assert [(doc.text[m.start:m.end], m.cue) for m in found] == \
        [("Black Sea", "prep:in"), ("Sochi", "before:resort of")]


def test_tagger_org_without_cue_is_not_a_place(vocab, gaz):
    doc, found = mentions(vocab, gaz, "Saraqeb said the talks failed", {"Saraqeb": "ORG"})
    assert found == []


@pytest.mark.parametrize("tokens,propn,expected", [
    ("fighting raged in Saraqeb .", {"Saraqeb"}, ["Saraqeb"]),
    ("Saraqeb fell .", {"Saraqeb"}, []),
    ("fighting raged near Deir ez - Zor .", {"Deir", "Zor"}, ["Deir ez-Zor"]),
])
def test_tagger_untagged_proper_nouns_need_cue(vocab, gaz, tokens, propn, expected):
    doc = make_doc(vocab, tokens, {}, propn)
    doc = Doc(vocab, words=[t.text for t in doc], pos=[t.pos_ for t in doc],
              spaces=[bool(t.whitespace_) and t.text not in ("ez", "-") for t in doc])
    assert texts(doc, tag_places(doc, gazetteer=gaz)) == expected


def test_tagger_weak_cue_rejects_modifier(vocab, gaz):
    doc, found = mentions(vocab, gaz, "a blockage in the Eta disarmament process",
                          {"Eta": "ORG"})
    assert found == []


def test_tagger_located_cue(vocab, gaz):
    doc, found = mentions(vocab, gaz, "rebels shelled Saraqeb in northwest Syria .",
                          {"Saraqeb": "ORG", "Syria": "GPE"})
    assert [(doc.text[m.start:m.end], m.cue, m.country) for m in found] == \
        [("Saraqeb", "located", "SYR"), ("Syria", None, None)]


@pytest.mark.parametrize("tokens,ents,country", [
    ("clashes in Tripoli , Lebanon", {"Tripoli": "GPE", "Lebanon": "GPE"}, "LBN"),
    ("the Libyan capital Tripoli", {"Libyan": "NORP", "Tripoli": "GPE"}, "LBY"),
    ("Lebanon ’s Tripoli", {"Lebanon": "GPE", "Tripoli": "GPE"}, "LBN"),
])
def test_tagger_attached_country(vocab, gaz, tokens, ents, country):
    doc, found = mentions(vocab, gaz, tokens, ents)
    (tripoli,) = [m for m in found if m.name == "Tripoli"]
    assert tripoli.country == country


def test_tagger_capital_cue(vocab, gaz):
    doc, found = mentions(vocab, gaz, "the Libyan capital Tripoli",
                          {"Libyan": "NORP", "Tripoli": "GPE"})
    assert (found[0].capital, found[0].cue) == (True, "before:capital")


def test_tagger_state_media_is_no_cue(vocab, gaz):
    doc, found = mentions(vocab, gaz, "Syria state media said", {"Syria": "GPE"})
    assert [(doc.text[m.start:m.end], m.features) for m in found] == [("Syria", ())]


@pytest.mark.parametrize("tokens,ents,expected", [
    ("in northern Syria", {"northern Syria": "LOC"}, ["Syria"]),
    ("in North Korea", {"North Korea": "GPE"}, ["North Korea"]),
    ("across the West Bank", {"the West Bank": "LOC"}, ["West Bank"]),
])
def test_tagger_trims_articles_and_directions(vocab, gaz, tokens, ents, expected):
    doc, found = mentions(vocab, gaz, tokens, ents)
    assert texts(doc, found) == expected


def test_tagger_repeat_finds_name_tagged_as_person(vocab, gaz):
    words = make_doc(vocab, "Ankara ’s assault came . Ankara says it struck .")
    doc = Doc(vocab, words=[t.text for t in words], spaces=[bool(t.whitespace_) for t in words],
              ents=["B-GPE", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O"])
    found = tag_places(doc, gazetteer=gaz)
    assert [(m.start, m.label, m.cue) for m in found] == \
        [(0, "GPE", None), (23, "PERSON", "repeat")]


def test_tagger_demonyms_are_not_places(vocab, gaz):
    doc, found = mentions(vocab, gaz, "Turkish and Syrian forces clashed",
                          {"Turkish": "NORP", "Syrian": "NORP"})
    assert found == []


def test_tagger_demonym_countries(vocab, gaz):
    doc = make_doc(vocab, "Turkish , Russian-backed and Syrian forces",
                   {"Turkish": "NORP", "Russian-backed": "NORP", "Syrian": "NORP"})
    assert demonym_countries(doc, gazetteer=gaz) == ["TUR", "RUS", "SYR"]


def test_tagger_unknown_gpe_is_dropped(vocab, gaz):
    doc, found = mentions(vocab, gaz, "in Zzyzxland today", {"Zzyzxland": "GPE"})
    assert found == []


def test_tagger_upper_case_dateline_city(nlp):
    from eventwire.places import find_places

    doc = nlp("ISLAMABAD —\n\nThe cabinet met on Monday.")
    (place,) = find_places(doc)
    assert (place.span.text, place.name, place.country) == ("ISLAMABAD", "Islamabad", "PAK")
