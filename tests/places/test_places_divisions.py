"""eventwire/places: second-level divisions named with a division word ("Abra province") or
placed by the sentence's demonyms ("Philippine troops ... in Abra"), and demonyms from the
actors' country table. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.places import find_places

ABRA = 1732380  # Abra, a province of the Philippines (GeoNames ADM2)
IFUGAO = 1711331


def places_of(nlp, text):
    found = find_places(nlp(text))
    for place in found:
        assert text[place.span.start:place.span.end] == place.span.text
    return {p.span.text: p for p in found}


@pytest.mark.parametrize("text,span,geonameid,lat,lon", [
    ("Philippine troops captured two rebel camps in Abra province.", "Abra", ABRA, 17.5, 120.7),
    ("Government soldiers overran a guerrilla base in Abra Province.", "Abra Province", ABRA,
     17.5, 120.7),
    ("Soldiers clashed with rebels in Ifugao province on Monday.", "Ifugao", IFUGAO, 16.8, 121.2),
])
def test_places_division_word_finds_the_division(nlp, text, span, geonameid, lat, lon):
    place = places_of(nlp, text)[span]
    assert (place.country, place.feature, place.geonameid) == ("PHL", "admin2", geonameid)
    assert (round(place.lat, 1), round(place.lon, 1)) == (lat, lon)


def test_places_division_known_only_so_is_found_tagged(nlp):
    # "Ifugao": no town bears the name; tagged as a place, it is the province
    place = places_of(nlp, "Soldiers clashed with rebels in Ifugao.")["Ifugao"]
    assert (place.country, place.feature, place.geonameid) == ("PHL", "admin2", IFUGAO)


def test_places_demonym_places_a_far_namesake_in_its_division(nlp):
    # "Abra" is also a spelling of Ibra, Oman; the Philippine troops place it in the province
    place = places_of(nlp, "Philippine troops captured two NPA camps in Abra.")["Abra"]
    assert (place.country, place.feature, place.geonameid) == ("PHL", "admin2", ABRA)


def test_places_demonyms_include_the_actors_adjectives(gaz):
    # countryinfo says "Filipino"; the actors' countries.csv also says "Philippine"
    assert (gaz.demonym("Philippine"), gaz.demonym("Filipino")) == ("PHL", "PHL")


@pytest.mark.parametrize("name", ["Abra", "West Coast region", "West Coast district"])
def test_gazetteer_division_needs_its_word_and_a_proper_name(gaz, name):
    # a division is no lookup name bare, nor by a name of ordinary words ("West Coast")
    assert [c for c in gaz.lookup(name) if c.feature == "admin2"] == []


@pytest.mark.parametrize("word,iso3", [("Turks", "TUR"), ("Kenyans", "KEN")])
def test_gazetteer_nationals_are_demonyms(gaz, word, iso3):
    assert gaz.demonym(word) == iso3


@pytest.mark.parametrize("name", ["New Zealand", "Myanmar"])
def test_gazetteer_country_name_is_no_demonym(gaz, name):
    # the actors' table lists "New Zealand" as an adjective: it stays a place's name
    assert gaz.demonym(name) is None


@pytest.mark.parametrize("name,geonameid,feature", [
    ("Bosnia", 3277605, "country"),
    ("Newfoundland", 6354959, "admin1"),
])
def test_gazetteer_first_part_of_a_joined_name(gaz, name, geonameid, feature):
    (row,) = gaz.lookup(name)
    assert (row.geonameid, row.feature, row.exact) == (geonameid, feature, False)


@pytest.mark.parametrize("name", ["Turks", "Trinidad"])
def test_gazetteer_first_part_not_a_demonym_nor_a_town(gaz, name):
    # "Turks" names people; "Trinidad" is the name of towns in Bolivia, Cuba ...
    assert not any(c.name == "Turks and Caicos Islands" or c.name == "Trinidad and Tobago"
                   for c in gaz.lookup(name))


def test_places_first_part_of_a_joined_name_in_a_list(nlp):
    text = "Fishing regions like Nova Scotia, New Brunswick and Newfoundland saw catches fall."
    place = places_of(nlp, text)["Newfoundland"]
    assert (place.country, place.feature, place.geonameid) == ("CAN", "admin1", 6354959)


def test_places_type_word_finds_a_county_no_town_bears(nlp):
    # no town is called "Miami-Dade": the county, by its own name "Miami-Dade County"
    text = "Flooding closed schools across Miami-Dade county on Monday."
    place = places_of(nlp, text)["Miami-Dade"]
    assert (place.country, place.feature, place.geonameid) == ("USA", "admin2", 4164238)

