"""eventwire/places (tagger + resolver on parsed text), round 4: a town's own name before another
town's alternate name, streets the gazetteer holds as populated places, and place names inside
the names of bands and firms. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.places import find_places
from eventwire.places.resolve import alternate_rows
from eventwire.places.tagger import Mention


def places_of(nlp, text):
    return {p.span.text: p for p in find_places(nlp(text))}


# -- own names before alternate names ----------------------------------------------------------

@pytest.mark.parametrize("text,name,country,admin1", [
    # GeoNames lists "Southold" among South Bend's alternate names: the town of that name wins
    ("Firefighters in Southold saved two barns on Sunday.", "Southold", "USA", "New York"),
    # and "Riverdale" among Glendale's (California)
    ("The Riverdale police chief resigned on Monday.", "Riverdale", "USA", None),
])
def test_places_own_name_beats_an_alternate_of_the_same_country(nlp, text, name, country, admin1):
    place = places_of(nlp, text)[name]
    assert (place.name, place.country) == (name, country)
    if admin1:
        assert place.admin1 == admin1


@pytest.mark.parametrize("text,name,country", [
    # a big city's English name is an alternate one: it still wins over the small namesakes
    ("Fans gathered in Cologne on Sunday.", "Köln", "DEU"),
    # another country's namesake takes nothing from a town's common spelling
    ("Israeli troops raided Jenin in the West Bank overnight.", "Janīn", "PSE"),
    # a short form of the row's own name counts as its name
    ("Flood waters rose in Bacolod on Friday.", "Bacolod City", "PHL"),
])
def test_places_alternate_names_that_still_count(nlp, text, name, country):
    place = next(iter(places_of(nlp, text).values()))
    assert (place.name, place.country) == (name, country)


def test_places_alternate_rows_rule(gaz):
    southold = Mention(start=0, end=8, name="Southold", candidates=tuple(gaz.lookup("Southold")))
    assert {c.name for c in southold.candidates if c.id in alternate_rows(southold)} == \
        {"South Bend"}
    cologne = Mention(start=0, end=7, name="Cologne", candidates=tuple(gaz.lookup("Cologne")))
    assert alternate_rows(cologne) == frozenset()  # Köln: a big city, and in another country


def test_places_county_follows_the_town_it_holds(nlp):
    found = places_of(nlp, "Suffolk County detectives searched a house in the town of Southold.")
    assert found["Suffolk County"].admin1 == "New York"
    assert found["Southold"].admin1 == "New York"


# -- streets -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,street", [
    ("Traffic was diverted from Harrow Road after the crash.", "Harrow Road"),
    ("The parade moved down Fifth Street on Saturday.", "Fifth Street"),
])
def test_places_street_is_no_town(nlp, text, street):
    assert street not in places_of(nlp, text)


@pytest.mark.parametrize("text,street,town", [
    ("A fire broke out on Church Street in Boston.", "Church Street", "Boston"),
    ("He lives on Park Avenue in Manhattan.", "Park Avenue", "Manhattan"),
])
def test_places_street_in_a_town_is_placed_at_the_town_not_a_namesake(nlp, text, street, town):
    found = places_of(nlp, text)
    assert found[street].geonameid == found[town].geonameid


def test_places_street_does_not_pull_the_city_abroad(nlp):
    found = places_of(nlp, "A fire broke out on Church Street in Boston.")
    assert (found["Boston"].country, found["Boston"].admin1) == ("USA", "Massachusetts")


@pytest.mark.parametrize("text", [
    "The town of Pike Road approved a budget on Monday.",
    "Residents of Pike Road, Alabama, met on Tuesday.",
])
def test_places_street_word_town_with_a_cue(nlp, text):
    place = places_of(nlp, text)["Pike Road"]
    assert (place.country, place.admin1) == ("USA", "Alabama")


def test_places_street_word_inside_a_hyphenated_town(nlp):
    place = places_of(nlp, "Police in Chester-le-Street said the bridge was closed.")
    assert place["Chester-le-Street"].country == "GBR"


# -- bands and firms ---------------------------------------------------------------------------

def test_places_band_names_in_a_list(nlp):
    found = places_of(nlp, "The county fair hosts Drive-By Truckers, Savannah & the Wild Hearts "
                           "and Kentucky Headhunters.")
    assert found == {}


@pytest.mark.parametrize("text,not_place", [
    ("Shares of Marks & Spencer rose in London on Monday.", "Spencer"),
    ("The singer joined Hamilton & the Drifters for one night.", "Hamilton"),
])
def test_places_name_joined_by_ampersand_to_a_non_place(nlp, text, not_place):
    assert not_place not in places_of(nlp, text)


@pytest.mark.parametrize("text", [
    "The festival bill features Blue Canyon Surprise, Savannah & the Wild Hearts and "
    "Kentucky Headhunters.",
])
def test_places_bands_listed_together_hold_no_place(nlp, text):
    assert places_of(nlp, text) == {}


def test_places_small_town_closing_an_organisation_name_is_no_town(nlp):
    assert "Surprise" not in places_of(nlp, "Fans of Rainbow Kitten Surprise lined up early.")


@pytest.mark.parametrize("text,city", [
    ("He edits Baseball Toronto, a website about the team.", "Toronto"),
    ("The shelter's director told CTV Winnipeg the dogs were safe.", "Winnipeg"),
])
def test_places_big_city_closing_an_organisation_name_stays(nlp, text, city):
    assert city in places_of(nlp, text)


@pytest.mark.parametrize("text,kept", [
    # each organisation holds a place: no list of nameless names
    ("Tickets for Chicago Symphony Orchestra and Detroit Youth Choir sold out.",
     {"Chicago", "Detroit"}),
    # an opening phrase before the comma is no list item
    ("Before Christmas Eve, Lagos Archbishop Alfred Martins called on worshippers to give.",
     {"Lagos"}),
    ("Police in Dallas, Houston and Austin made arrests.", {"Dallas", "Houston", "Austin"}),
])
def test_places_names_in_organisations_outside_band_lists_stay(nlp, text, kept):
    assert set(places_of(nlp, text)) == kept


def test_places_country_closing_an_organisation_name_stays(nlp):
    found = places_of(nlp, "Statistics Canada said prices rose in March.")
    assert found["Canada"].country == "CAN"
