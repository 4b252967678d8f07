"""eventwire/places/__init__.py: find_places on parsed text, country_place."""
from __future__ import annotations

import pytest

from eventwire.model import Span
from eventwire.places import country_place, find_places


def places_of(nlp, text):
    return [(p.span.text, p.name, p.country, p.admin1, p.feature) for p in find_places(nlp(text))]


@pytest.mark.parametrize("text,expected", [
    ("Israeli jets struck Lebanon’s border posts.",
     [("Lebanon", "Lebanon", "LBN", None, "country")]),
    ("A car bomb killed 12 Iraqi policemen in Iraq’s Anbar province on Monday.",
     [("Iraq", "Iraq", "IRQ", None, "country"),
      ("Anbar", "Anbar", "IRQ", "Anbar", "admin1")]),
    ("Government troops fought to retake the strategic town of Maaret al-Numan.",
     [("Maaret al-Numan", "Ma‘arrat an Nu‘mān", "SYR", "Idlib", "city")]),
    ("Envoys from Athens and Cairo met in 2019 in the Red Sea resort of Hurghada.",
     [("Athens", "Athens", "GRC", "Attikí", "city"), ("Cairo", "Cairo", "EGY", "Cairo", "city"),
      ("Red Sea", "Red Sea", None, None, "sea"),
      ("Hurghada", "Hurghada", "EGY", "Al Baḩr al Aḩmar", "city")]),
    ("On Tuesday three of Iran’s frigates sailed past Aden on their way to Sudan.",
     [("Iran", "Iran", "IRN", None, "country"),
      ("Aden", "Aden", "YEM", "Aden", "city"),
      ("Sudan", "Sudan", "SDN", None, "country")]),
    ("Haftar set a deadline for Tripoli forces to leave the airport.",
     [("Tripoli", "Tripoli", "LBY", "Tripoli", "city")]),
])
def test_places_war_report_sentences(nlp, text, expected):
    assert places_of(nlp, text) == expected


def test_places_capital_used_as_government(nlp):
    text = ("Moscow’s offensive began after the ambush. "
            "Moscow says it hit every known Ukrainian command post.")
    assert [(p.span.start, p.name) for p in find_places(nlp(text))] == \
        [(0, "Moscow"), (43, "Moscow")]


@pytest.mark.parametrize("text", [
    "Turkish and Syrian forces clashed.",
    "Iranian-backed Iraqi militias advanced.",
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
