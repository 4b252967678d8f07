"""eventwire/places (tagger + resolver on parsed text), round 3: a nearness cue in the same
phrase, names inside longer names (``Little Portugal``, saints' institutions), one-word town names
after ``the``, state bodies, ordinary-word aliases and the focus region of a city. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from eventwire.places import find_places
from eventwire.places.focus import focus_place
from eventwire.places.gazetteer import get_gazetteer


def places_of(nlp, text):
    return {p.span.text: p for p in find_places(nlp(text))}


@pytest.mark.parametrize("text,name", [
    # an area the gazetteer knows only as a far namesake (or not at all), near a known city
    ("Troops shelled farms in the Barada valley near Damascus on Tuesday.", "Barada"),
    ("Rebels still hold the Wadi Barada area outside Damascus, a monitor said.", "Wadi Barada"),
])
def test_places_area_near_a_city_is_placed_at_the_city(nlp, text, name):
    place = places_of(nlp, text)[name]
    assert (place.name, place.country, place.geonameid) == ("Damascus", "SYR", 170654)
    assert place.evidence.startswith("in-region:")


def test_places_near_in_the_same_phrase_picks_the_namesake(nlp):
    # "Paris" alone in a story is France's; "near Lexington" (Kentucky's) says which Paris
    place = places_of(nlp, "A barn burned in Paris, near Lexington, on Friday night.")["Paris"]
    assert (place.country, place.admin1) == ("USA", "Kentucky")


def test_places_longer_row_name_before_a_tagged_place(nlp):
    found = places_of(nlp, "The party was at the Little Portugal house she shares with her "
                           "aunt in Toronto.")
    assert "Portugal" not in found
    assert (found["Little Portugal"].country, found["Little Portugal"].feature) == ("CAN", "city")


def test_places_little_before_a_country_is_a_neighbourhood(nlp):
    found = places_of(nlp, "The bakery moved to Little Italy in Boston last spring.")
    assert "Italy" not in found
    assert found["Boston"].country == "USA"


def test_places_saints_institution_is_no_town(nlp):
    found = places_of(nlp, "She studied nursing at St. Anne's College before moving to Leeds.")
    assert not any(text.startswith("St") for text in found)


def test_places_possessive_that_is_part_of_the_name(nlp):
    place = places_of(nlp, "The ferry docked in St. John's on Monday after the storm.")["St. John's"]
    assert (place.name, place.country) == ("St. John's", "CAN")


@pytest.mark.parametrize("text,not_place", [
    ("Deputies sent a petition to the Duma urging a debate.", "Duma"),
    ("The Norbury comes with a walk-in closet.", "Norbury"),
])
def test_places_one_word_town_name_after_the_ending_its_phrase_is_no_town(nlp, text, not_place):
    assert not_place not in places_of(nlp, text)


@pytest.mark.parametrize("text,name", [
    ("Firefighters were called to the Bronx late on Sunday.", "Bronx"),
    ("Protesters gathered near the Aleppo citadel.", "Aleppo"),
    ("The Pittsburgh, Pennsylvania-based company cut jobs.", "Pittsburgh"),
])
def test_places_town_after_the_that_is_still_a_place(nlp, text, name):
    assert name in places_of(nlp, text)


def test_places_national_guard_is_a_us_states(nlp):
    text = "Soldiers of the Georgia National Guard were sent to help after the floods."
    place = places_of(nlp, text)["Georgia"]
    assert (place.country, place.feature) == ("USA", "admin1")


def test_gazetteer_ordinary_words_are_no_alias_of_another_region():
    rows = get_gazetteer().lookup("West Coast")
    assert all(c.name != "Western Australia" for c in rows)


def test_places_the_gulf_in_a_story_about_the_gulf_states(nlp):
    place = places_of(nlp, "Saudi Arabia and Qatar traded accusations over shipping in the "
                           "Gulf on Monday.").get("Gulf")
    assert place is None or place.name == "Persian Gulf"


def test_focus_region_of_a_city_is_its_own_region(nlp):
    # Moscow the city is its own region; Moscow Oblast only lists "Moscow" as an alias
    text = ("MOSCOW —\n\nPolice detained 20 protesters in Moscow on Sunday. "
            "More rallies were held in Moscow on Monday.")
    doc = nlp(text)
    focus = focus_place(doc, find_places(doc))
    assert (focus.name, focus.country, focus.feature) == ("Moscow", "RUS", "admin1")
