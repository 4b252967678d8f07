"""eventwire/places/__init__.py: find_places on parsed text, country_place."""
from __future__ import annotations

import pytest

from eventwire.model import Span
from eventwire.places import country_place, find_places


def places_of(nlp, text):
    return [(p.span.text, p.name, p.country, p.admin1, p.feature) for p in find_places(nlp(text))]


@pytest.mark.parametrize("text,expected", [
    ("Turkish forces pounded Syria’s military.",
     [("Syria", "Syria", "SYR", None, "country")]),
    ("An airstrike killed 33 Turkish soldiers in Syria’s Idlib province on Thursday.",
     [("Syria", "Syria", "SYR", None, "country"),
      ("Idlib", "Idlib", "SYR", "Idlib", "admin1")]),
    ("The deadly airstrike followed Turkish forces backing Syrian rebels in an attack to "
     "recapture the strategically important town of Saraqeb.",
     [("Saraqeb", "Saraqib", "SYR", "Idlib", "city")]),
    ("A de-escalation zone was agreed between Ankara and Moscow in 2018 in the Black Sea resort "
     "of Sochi.",
     [("Ankara", "Ankara", "TUR", "Ankara", "city"), ("Moscow", "Moscow", "RUS", "Moscow", "city"),
      ("Black Sea", "Black Sea", None, None, "sea"),
      ("Sochi", "Sochi", "RUS", "Krasnodar Krai", "city")]),
    ("Friday saw two of Russia’s warships pass through Istanbul en route to Syria.",
     [("Russia", "Russia", "RUS", None, "country"),
      ("Istanbul", "Istanbul", "TUR", "Istanbul", "city"),
      ("Syria", "Syria", "SYR", None, "country")]),
    ("Erdogan has issued an ultimatum for Damascus forces.",
     [("Damascus", "Damascus", "SYR", "Damascus", "city")]),
])
def test_places_seed_like_sentences(nlp, text, expected):
    assert places_of(nlp, text) == expected


def test_places_capital_used_as_government(nlp):
    text = ("Ankara’s assault came in retaliation for the airstrike. "
            "Ankara says it struck all known Syrian military targets.")
    assert [(p.span.start, p.name) for p in find_places(nlp(text))] == \
        [(0, "Ankara"), (56, "Ankara")]


@pytest.mark.parametrize("text", [
    "Turkish and Syrian forces clashed.",
    "Russian-backed Syrian forces advanced.",
])
def test_places_demonyms_are_not_places(nlp, text):
    assert find_places(nlp(text)) == []


@pytest.mark.parametrize("text,country", [
    ("Militias clashed in Tripoli on Monday, and the Libyan army said two fighters were killed "
     "south of the capital.", "LBY"),
    ("Lebanese troops deployed in Tripoli after clashes in the northern city, Lebanon's army "
     "said.", "LBN"),
])
def test_places_tripoli_by_article(nlp, text, country):
    (tripoli,) = [p for p in find_places(nlp(text)) if p.span.text == "Tripoli"]
    assert tripoli.country == country


@pytest.mark.parametrize("text,country,feature", [
    ("The governor of Georgia signed the bill in Atlanta on Tuesday.", "USA", "admin1"),
    ("Russian tanks rolled into Georgia in 2008 and shelled the outskirts of Tbilisi.", "GEO",
     "country"),
])
def test_places_georgia_by_article(nlp, text, country, feature):
    (georgia,) = [p for p in find_places(nlp(text)) if p.span.text == "Georgia"]
    assert (georgia.country, georgia.feature) == (country, feature)


def test_places_paris_defaults_to_france(nlp):
    text = "American officials met their counterparts in Paris on Monday."
    assert [(p.name, p.country) for p in find_places(nlp(text))] == [("Paris", "FRA")]


def test_places_spans_and_order(nlp):
    text = ("Rebels shelled Saraqeb in northwest Syria. Fighting raged near Deir ez-Zor and in "
            "Eastern Ghouta, and a ship passed the Bosporus.")
    places = find_places(nlp(text))
    assert [(p.span.start, p.span.end, p.span.text) for p in places] == \
        [(15, 22, "Saraqeb"), (36, 41, "Syria"), (63, 74, "Deir ez-Zor"),
         (82, 96, "Eastern Ghouta"), (120, 128, "Bosporus")]
    assert all(text[p.span.start:p.span.end] == p.span.text for p in places)


def test_places_evidence_names_the_row(nlp):
    text = "Troops entered Idlib province and sailed the Black Sea."
    assert [p.evidence for p in find_places(nlp(text))] == \
        ["gazetteer:geonames:169387", "gazetteer:places_extra:black_sea"]


def test_places_country_place():
    span = Span.of("Syrian forces", 0, 6)
    place = country_place("SYR", span=span)
    assert (place.span, place.name, place.country, place.admin1, place.lat, place.lon,
            place.geonameid, place.feature, place.evidence) == \
        (span, "Syria", "SYR", None, 35.0, 38.0, 163843, "country", "gazetteer:geonames:163843")


def test_places_country_place_unknown():
    assert country_place("XXX", span=Span.of("x", 0, 1)) is None
