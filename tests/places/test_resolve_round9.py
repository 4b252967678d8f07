"""eventwire/places/resolve.py, round 9: one name, one place. A name the article calls a town
elsewhere is no country of another land; a name right after a town may be the province that
holds it; a part of a two-part country's name the article names is in that country."""
from __future__ import annotations

import pytest

from eventwire.places.resolve import divisions_after_towns, parts_of_named_countries
from tests.places.conftest import near, places_of, resolved


def _all_named(nlp, text, name):
    found = [p for p in places_of(nlp, text) if p.span.text == name]
    assert found, f"no {name!r} in {text!r}"
    return found


# A town cue elsewhere ("the town of X", "X, <state>") makes a bare X that town, not a country.
def test_round9_town_cue_elsewhere_is_no_country(nlp):
    text = ("Snowplows cleared the roads into Jordan before dawn. The town of Jordan, in Scott "
            "County, Minnesota, expects another ten inches of snow.")
    jordans = _all_named(nlp, text, "Jordan")
    assert len(jordans) == 2
    for jordan in jordans:
        assert (jordan.country, jordan.admin1, jordan.feature) == ("USA", "Minnesota", "city")
        assert near(jordan, 44.67, -93.63)


def test_round9_state_after_the_name_elsewhere_is_no_country(nlp):
    text = ("Snow closed the schools in Cuba on Monday, and officials in Cuba, New York, said "
            "the plows could not keep up.")
    for cuba in _all_named(nlp, text, "Cuba"):
        assert (cuba.country, cuba.admin1, cuba.feature) == ("USA", "New York", "city")
        assert near(cuba, 42.22, -78.28)


def test_round9_small_town_named_with_its_state_beats_the_country(nlp):
    text = ("Voters in Mexico went to the polls on Tuesday. Turnout in Mexico, Maine, was the "
            "highest in years.")
    for mexico in _all_named(nlp, text, "Mexico"):
        assert (mexico.country, mexico.admin1) == ("USA", "Maine")


def test_round9_town_cue_in_the_same_country_keeps_the_country(nlp):
    # the city of Djibouti lies in Djibouti: the bare name may still be the country
    text = ("Aid flights landed in Djibouti on Monday, and dockers in the city of Djibouti "
            "unloaded grain.")
    first, second = _all_named(nlp, text, "Djibouti")
    assert (first.country, first.feature) == ("DJI", "country")
    assert (second.country, second.feature) == ("DJI", "city")


def test_round9_country_without_a_town_cue_stays_the_country(nlp):
    text = "Soldiers crossed from Syria into Jordan on Monday, and aid reached Amman."
    jordan, = _all_named(nlp, text, "Jordan")
    assert (jordan.country, jordan.feature) == ("JOR", "country")


# A province named right after a town it holds.
def test_round9_province_after_its_town(nlp):
    text = "Floodwaters cut power to Catbalogan, Samar, and rescuers moved families to schools."
    samar, = _all_named(nlp, text, "Samar")
    assert (samar.country, samar.admin1, samar.feature) == ("PHL", "Eastern Visayas", "admin2")
    assert near(samar, 11.76, 124.66)


def test_round9_province_after_its_town_beats_a_city_of_the_name(nlp):
    # Cotabato City lies in another region; the province holds Kidapawan
    text = "Farmers in Kidapawan, Cotabato blocked the highway on Tuesday."
    cotabato, = _all_named(nlp, text, "Cotabato")
    assert (cotabato.country, cotabato.admin1, cotabato.feature) == \
        ("PHL", "Soccsksargen", "admin2")


def test_round9_region_after_a_town_is_kept(nlp):
    places = {p.span.text: p for p in places_of(nlp, "Police in Dover, Kent arrested two men.")}
    assert (places["Kent"].country, places["Kent"].admin1) == ("GBR", "England")
    places = {p.span.text: p for p in places_of(nlp, "Lawmakers met in Salem, Oregon, on Monday.")}
    assert (places["Oregon"].feature, places["Oregon"].admin1) == ("admin1", "Oregon")


def test_round9_divisions_after_towns_leaves_regions_and_far_text(nlp):
    # nothing to move without a comma or "in" between the two names
    text = "Farmers from Kidapawan and traders from Cotabato met on Tuesday."
    cotabato, = _all_named(nlp, text, "Cotabato")
    assert cotabato.feature == "city"
    assert divisions_after_towns([], [], "") == []


# A part of a two-part country's name.
def test_round9_part_of_a_named_country(nlp):
    text = ("Tourism in Antigua and Barbuda rose last year, the minister said, and hotels in "
            "Antigua were full through March.")
    antigua, = _all_named(nlp, text, "Antigua")
    assert antigua.country == "ATG"
    assert antigua.lat == pytest.approx(17.05, abs=0.5)


def test_round9_part_of_a_country_takes_its_own_row_there(gaz):
    # the island's own row in that country, not the country's, nor a town of Spain
    text = ("Sao Tome and Principe held a vote on Sunday, and turnout on Principe was low, "
            "officials in Spain said.")
    _, principe, _ = resolved(gaz, text, "Sao Tome and Principe", "Principe", "Spain")
    assert (principe.country, principe.feature) == ("STP", "admin1")


def test_round9_part_alone_is_not_the_country(nlp):
    antigua, = _all_named(nlp, "Hotels in Antigua were full through March.", "Antigua")
    assert antigua.country != "ATG"
    assert parts_of_named_countries([], []) == []
