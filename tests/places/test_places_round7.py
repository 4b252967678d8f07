"""eventwire/places (gazetteer + tagger + resolver on parsed text), round 7: towns of 500 people
(cities500), people named like villages, dash pairs and "-area", divisions before their word and
unknown counties, Irish counties, press-release and county datelines, a town's name in a person's
"of" phrase or in a firm's name. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.places.conftest import by_text, near, places_of


# -- the gazetteer holds towns of 500 people ------------------------------------------------------


def test_gazetteer_holds_towns_of_five_hundred_people(gaz):
    town = [c for c in gaz.lookup("Falls Village") if c.exact and c.country == "USA"]
    assert town and town[0].admin1 == "Connecticut" and town[0].population < 1000
    assert gaz.meta["cities"] == "cities500.json"


def test_places_small_town_dateline_in_capitals(nlp):
    text = "FALLS VILLAGE — A barn fire drew crews from three towns on Sunday, Connecticut police said."
    place = by_text(nlp, text)["FALLS VILLAGE"]
    assert (place.name, place.country, place.feature) == ("Falls Village", "USA", "city")
    assert near(place, 41.96, -73.36)


def test_places_small_town_with_its_province(nlp):
    text = "Moose wandered into Cranberry Portage, Manitoba, on Tuesday, residents said."
    place = by_text(nlp, text)["Cranberry Portage"]
    assert (place.country, place.feature) == ("CAN", "city")
    assert near(place, 54.59, -101.38)


# -- people named like villages ----------------------------------------------------------------


def test_places_person_named_like_a_village_after_a_preposition(nlp):
    # Gail, Texas has a few hundred people; here Gail is the lawyer named in full before
    text = ("Lawyers for Marion Gail met prosecutors in Houston. There is no link between Gail "
            "and the company, they said.")
    found = by_text(nlp, text)
    assert "Gail" not in found
    assert found["Houston"].country == "USA"


def test_places_village_named_like_people_listed_with_people(nlp):
    text = ("The fire killed five members of one family: Gail, Walter, Agnes, Doris and Henry "
            "Pruitt.")
    assert "Gail" not in by_text(nlp, text)


# -- dash pairs and "-area" ------------------------------------------------------------------------


def test_places_dash_pair_of_cities(nlp):
    found = by_text(nlp, "Delays hit the Toronto-Ottawa rail corridor again on Monday.")
    assert found["Toronto"].country == "CAN" and found["Ottawa"].country == "CAN"
    assert near(found["Ottawa"], 45.41, -75.70)


def test_places_dash_pair_of_country_and_union(nlp):
    found = by_text(nlp, "Farmers protested against the Peru-EU trade accord in Lima.")
    assert found["Peru"].feature == "country" and found["Peru"].country == "PER"
    assert "EU" not in found


def test_places_dash_pair_inside_an_organisation(nlp):
    found = by_text(nlp, "The Norway-Chile Business Council met in Oslo.")
    assert found["Norway"].country == "NOR" and found["Chile"].country == "CHL"
    assert "The Norway" not in found


@pytest.mark.parametrize("text", [
    "The Franco-German plan was shelved.",
    "Workers at the Mercedes-Benz plant walked out.",
    "Forecasters expect the El Niño-Southern Oscillation to weaken.",
])
def test_places_dash_pairs_that_name_no_place(nlp, text):
    assert places_of(nlp, text) == []


def test_places_area_compound(nlp):
    place = by_text(nlp, "Several Vancouver-area mayors asked for more money.")["Vancouver"]
    assert (place.country, place.feature) == ("CAN", "city")


# -- divisions before their word, unknown counties, Irish counties -----------------------------


def test_places_first_level_region_before_district(nlp):
    # "Karak District" is also an alternate name of a district of Pakistan
    place = by_text(nlp, "Gunmen attacked a checkpoint in the Karak district on Monday.")["Karak"]
    assert (place.country, place.feature) == ("JOR", "admin1")


def test_places_village_in_region_named_before_district_after_a_line_break(nlp):
    text = "Firefighters reached the village of Umm Zuwaytina in\nthe Karak district, police said."
    place = by_text(nlp, text)["Umm Zuwaytina"]
    assert (place.country, place.feature) == ("JOR", "admin1")
    assert place.evidence.startswith("in-region:")


def test_places_unknown_county_in_known_province(nlp):
    text = "Mudslides buried 30 homes in Tazang county in Sichuan province, state media said."
    place = by_text(nlp, text)["Tazang"]
    assert (place.name, place.country, place.feature) == ("Sichuan", "CHN", "admin1")
    assert place.evidence.startswith("in-region:")


def test_places_unknown_village_in_unknown_county_in_known_province(nlp):
    text = "Rescuers reached Shuimo village in Tazang county in Sichuan province on Sunday."
    found = by_text(nlp, text)
    for name in ("Shuimo", "Tazang"):
        assert (found[name].name, found[name].feature) == ("Sichuan", "admin1")
        assert found[name].evidence.startswith("in-region:")


def test_gazetteer_irish_counties(gaz):
    cork = [c for c in gaz.lookup("County Cork") if c.feature == "admin2"]
    assert cork and cork[0].country == "IRL" and cork[0].admin1 == "Munster"
    assert [c.id for c in gaz.lookup("Co. Cork")] == [cork[0].id]
    assert all(c.feature == "city" for c in gaz.lookup("Cork"))  # bare, the city


def test_places_irish_county(nlp):
    place = by_text(nlp, "Flooding closed roads in Co. Tipperary on Friday.")["Co. Tipperary"]
    assert (place.country, place.feature) == ("IRL", "admin2")
    assert near(place, 52.6, -7.9, tolerance=0.5)


# -- datelines -------------------------------------------------------------------------------------


def test_places_press_release_dateline_with_glued_dashes(nlp):
    text = ("LEXINGTON, KY--(Marketwire - March 3, 2011) - Acme Holdings said on Thursday it had "
            "bought a rival.")
    found = by_text(nlp, text)
    assert (found["LEXINGTON"].name, found["LEXINGTON"].country) == ("Lexington", "USA")
    assert near(found["LEXINGTON"], 38.05, -84.46)
    assert (found["KY"].name, found["KY"].feature) == ("Kentucky", "admin1")


def test_places_press_release_dateline_with_dotted_state(nlp):
    text = "FRESNO, Calif.--(BUSINESS WIRE)--Acme Holdings said its sales grew."
    found = by_text(nlp, text)
    assert near(found["FRESNO"], 36.75, -119.77)
    assert found["Calif."].name == "California"


def test_places_dateline_run_on_after_a_byline(nlp):
    text = ("By Jane Roe, The Associated Press. BOSTON (AP) — A long effort to repair the bridge "
            "stalled on Monday.")
    place = by_text(nlp, text)["BOSTON"]
    assert (place.name, place.country) == ("Boston", "USA")
    assert near(place, 42.36, -71.06)


def test_places_county_abbreviation_in_a_dateline(nlp):
    text = "DUTCHESS CO. — A barn burned on Tuesday, New York state police said."
    place = by_text(nlp, text)["DUTCHESS CO."]
    assert (place.name, place.country, place.feature) == ("Dutchess County", "USA", "admin2")


def test_places_firm_abbreviation_in_a_sentence_is_no_county(nlp):
    assert "Harris Co" not in {p.name for p in places_of(
        nlp, "Shares of Harris Co. rose 4 percent in New York.")}


# -- a town inside a person's "of" phrase or a firm's name -------------------------------------


def test_places_town_and_state_after_a_relatives_name(nlp):
    text = ("He is survived by a son, Carl of Lawton, Oklahoma; and a sister, June Moss of "
            "Tulsa.")
    found = by_text(nlp, text)
    assert (found["Lawton"].country, found["Lawton"].admin1) == ("USA", "Oklahoma")
    assert found["Oklahoma"].feature == "admin1"


def test_places_university_of_a_state_before_more_words(nlp):
    text = "The director of the University of Oregon Institute for Data Science spoke."
    place = by_text(nlp, text)["Oregon"]
    assert (place.country, place.feature) == ("USA", "admin1")


def test_places_town_in_a_firms_name_after_the_town_is_placed(nlp):
    text = ("Maria owns the Old Mill Athens Bakery in Athens, Georgia, where she bakes rye bread. "
            "The Athens Police Department said nothing was taken.")
    found = places_of(nlp, text)
    athens = [p for p in found if p.span.text == "Athens"]
    assert len(athens) == 3
    assert all(p.country == "USA" and near(p, 33.96, -83.38) for p in athens)
