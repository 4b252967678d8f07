"""eventwire/places (gazetteer + tagger + resolver on parsed text), round 8: literal place names
the tagger missed: rivers, lakes, mountain ranges, islands and regions of our table (England's
metropolitan and historic counties), a town placed by such a region after a comma, a building
held by a place's possessive, an alternate name after a preposition, and a place entity the
model ran on over ordinary words or over a second name. Sentences written for these tests."""
from __future__ import annotations

from eventwire.places.tagger import load_cues
from tests.places.conftest import by_text, near, places_of


# -- our table: rivers, islands, ranges, regions -------------------------------------------------


def test_gazetteer_holds_rivers_islands_ranges_and_english_counties(gaz):
    expected = {
        "Ohio River": ("river", "USA"), "River Thames": ("river", "GBR"),
        "Yangtze River": ("river", "CHN"), "Lake Superior": ("water", None),
        "Rockies": ("region", None), "Kauai": ("region", "USA"),
        "Vancouver Island": ("region", "CAN"), "West Yorkshire": ("region", "GBR"),
        "Northamptonshire": ("region", "GBR"), "Greater Manchester": ("region", "GBR"),
    }
    for name, (feature, country) in expected.items():
        rows = [c for c in gaz.lookup(name) if c.source == "places_extra"]
        assert rows and rows[0].feature == feature and rows[0].country == country, name


def test_places_river_named_after_a_state_is_the_river(nlp):
    text = "Barges carried grain down the Ohio River past Louisville on Tuesday."
    found = by_text(nlp, text)
    river = found["Ohio River"]
    assert (river.name, river.feature, river.country) == ("Ohio River", "river", "USA")
    assert near(river, 38.7, -85.2, 1.0)
    assert "Ohio" not in found  # not the state
    assert found["Louisville"].country == "USA"


def test_places_island_tagged_as_a_person(nlp):
    place = by_text(nlp, "The family flew from Honolulu to Kauai.")["Kauai"]
    assert (place.name, place.country, place.admin1) == ("Kauai", "USA", "Hawaii")
    assert near(place, 22.05, -159.5)


def test_places_mountain_range_tagged_as_a_people(nlp):
    place = by_text(nlp, "Hikers crossed the Pyrenees into Spain.")["Pyrenees"]
    assert place.name == "Pyrenees" and near(place, 42.7, 0.5, 1.0)


def test_places_metropolitan_county_of_england(nlp):
    place = by_text(nlp, "Flooding closed roads across West Yorkshire on Monday.")["West Yorkshire"]
    assert (place.name, place.country, place.admin1) == ("West Yorkshire", "GBR", "England")
    assert near(place, 53.75, -1.65)


def test_places_town_located_by_a_region_of_our_table(nlp):
    found = by_text(nlp, "The walkers set off from Haworth, Yorkshire, at dawn.")
    town = found["Haworth"]
    assert (town.name, town.country) == ("Haworth", "GBR")
    assert near(town, 53.83, -1.95)
    assert found["Yorkshire"].country == "GBR"  # not the hamlets of Virginia or New York


# -- a building held by a place's possessive ------------------------------------------------------


def test_places_building_after_a_possessive_is_held_by_the_place(nlp):
    text = "Fans queued outside Dublin's Abbey Theatre on Friday."
    found = by_text(nlp, text)
    site = found["Abbey Theatre"]
    assert (site.name, site.country) == ("Dublin", "IRL")
    assert site.geonameid == found["Dublin"].geonameid
    assert "theatre" in load_cues().building_words


def test_places_building_word_alone_makes_no_stand_in(nlp):
    # before "in X" a building word makes no stand-in (the name is as often an organisation's)
    found = by_text(nlp, "She spoke at the Aspen Policy Center in Denver on Friday.")
    assert "Aspen Policy Center" not in found
    assert found["Denver"].country == "USA"


# -- an alternate name after a preposition --------------------------------------------------------


def test_places_alternate_name_after_preposition_in_a_named_country(nlp):
    text = "Libyan officials said troops moved from Zawia to the coast."
    place = by_text(nlp, text)["Zawia"]
    assert (place.name, place.country) == ("Az Zāwīyah", "LBY")


def test_places_alternate_name_outside_the_article_countries_is_no_place(nlp):
    found = by_text(nlp, "The essay was sent from Zawia to a magazine in Chicago.")
    assert "Zawia" not in found
    assert found["Chicago"].country == "USA"


# -- a place entity the model ran on --------------------------------------------------------------


def test_places_place_entity_run_over_lower_case_words(nlp):
    place = by_text(nlp, "Fishing fleets worked the northern Pacific equatorial waters.")["Pacific"]
    assert (place.name, place.feature) == ("Pacific Ocean", "sea")


def test_places_two_countries_joined_by_a_missing_comma(nlp):
    text = "Exports fell in countries such as Portugal, France Germany or Austria."
    found = by_text(nlp, text)
    assert {name: found[name].country for name in ("Portugal", "France", "Germany", "Austria")} \
        == {"Portugal": "PRT", "France": "FRA", "Germany": "DEU", "Austria": "AUT"}


# -- a town's possessive before a site; a person's home town --------------------------------------


def test_places_possessive_before_a_site_name_makes_the_town_a_place(nlp):
    # "Leicester" is tagged as part of an organisation: the hospital after its possessive
    # makes it the town, and the hospital is held by it
    text = "A new ward opened at Leicester's Glenfield General Hospital."
    found = by_text(nlp, text)
    town = found["Leicester"]
    assert town.country == "GBR" and near(town, 52.63, -1.13)
    assert found["Glenfield General Hospital"].geonameid == town.geonameid


def test_places_possessive_without_a_site_still_needs_a_big_place(nlp):
    assert "Harvard" not in by_text(nlp, "Harvard's economists disagreed on Monday.")


def test_places_home_town_set_off_by_commas_after_a_person(nlp):
    text = ("Darren Price, 34, of Ruislip, was charged on Monday. Miss Okafor, of Wembley, was "
            "not the target.")
    found = by_text(nlp, text)
    assert (found["Ruislip"].name, found["Ruislip"].country) == ("Ruislip", "GBR")
    assert near(found["Ruislip"], 51.57, -0.42)
    assert (found["Wembley"].name, found["Wembley"].country) == ("Wembley", "GBR")
    assert near(found["Wembley"], 51.55, -0.3)


def test_places_home_town_cue_needs_a_sizeable_town_for_an_organisation(nlp):
    assert "Chase" not in by_text(nlp, "Jane Doe, of Chase, said rates would rise.")
