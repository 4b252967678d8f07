"""Demonyms: a people's word is an actor's, unless it stands before a word for land."""
import pytest

from tests.places.conftest import by_text


@pytest.mark.parametrize("text,word,country", [
    ("Mortar rounds landed near the Malian border overnight.", "Malian", "MLI"),
    ("Life slowly returned to the Sudanese capital after the truce.", "Sudanese", "SDN"),
    ("Fishing boats were turned back from Norwegian waters.", "Norwegian", "NOR"),
    ("Drones entered Polish airspace twice this month.", "Polish", "POL"),
    ("Ferry links to the Greek islands were cut.", "Greek", "GRC"),
    ("The storm hit several South African towns.", "South African", "ZAF"),
])
def test_places_demonym_before_a_land_word_is_a_demonym_place(nlp, text, word, country):
    place = by_text(nlp, text)[word]
    assert (place.country, place.feature, place.demonym) == (country, "country", True)


def test_places_both_demonyms_of_a_shared_border_are_places(nlp):
    found = by_text(nlp, "Shells fell on farms along the Kenyan-Somali border.")
    assert (found["Kenyan"].country, found["Somali"].country) == ("KEN", "SOM")


def test_places_continent_adjective_before_a_land_word_is_the_continent(nlp):
    place = by_text(nlp, "Rents rose in most European cities last year.")["European"]
    assert (place.name, place.feature, place.demonym) == ("Europe", "continent", True)


@pytest.mark.parametrize("text", [
    "Malian soldiers patrolled the market.",
    "Malian border guards detained two smugglers.",
    "The Malian state has lost control of the north.",
    "Malian officials met European diplomats.",
])
def test_places_demonym_of_people_or_institutions_is_no_place(nlp, text):
    assert not by_text(nlp, text)
