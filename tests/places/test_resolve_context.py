"""eventwire/places/resolve.py: names decided by the words next to them and by the article."""
from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.places.resolve import attached_regions, listed_together, resolve_mentions
from eventwire.places.tagger import Mention
from tests.places.conftest import mentions_in, resolved


@pytest.mark.parametrize("text,names,country", [
    ("Clashes shook Tripoli overnight. Lebanon sent troops to the north.",
     ("Tripoli", "Lebanon"), "LBN"),
    ("Clashes shook Tripoli overnight. Libya's rival governments traded blame.",
     ("Tripoli", "Libya"), "LBY"),
    ("Clashes shook Tripoli overnight.", ("Tripoli",), "LBY"),
])
def test_resolve_context_tripoli_by_article(gaz, text, names, country):
    assert resolved(gaz, text, *names)[0].country == country


@pytest.mark.parametrize("text,names,country,feature", [
    ("Georgia held elections; voters in Tbilisi queued for hours.", ("Georgia", "Tbilisi"),
     "GEO", "country"),
    ("Georgia held elections; voters in Atlanta queued for hours.", ("Georgia", "Atlanta"),
     "USA", "admin1"),
    ("Georgia held elections on Sunday.", ("Georgia",), "GEO", "country"),
])
def test_resolve_context_georgia_by_article(gaz, text, names, country, feature):
    georgia = resolved(gaz, text, *names)[0]
    assert (georgia.country, georgia.feature) == (country, feature)


@pytest.mark.parametrize("text,names,admin1", [
    ("She grew up in Paris, Texas, and moved away at 18.", ("Paris", "Texas"), "Texas"),
    ("EDMONTON, Ky. — A barn burned down on Sunday.", ("EDMONTON", "Ky."), "Kentucky"),
    ("The mayor of London, Ontario, opened the fair.", ("London", "Ontario"), "Ontario"),
])
def test_resolve_context_region_named_after_the_place(gaz, text, names, admin1):
    place, region = resolved(gaz, text, *names)
    assert (place.feature, place.admin1, region.feature, region.name) == \
        ("city", admin1, "admin1", admin1)


def test_resolve_context_attached_regions_need_a_comma_or_in(gaz):
    text = "Paris and Texas"
    assert attached_regions(mentions_in(gaz, text, "Paris", "Texas"), text) == \
        [frozenset(), frozenset()]


@pytest.mark.parametrize("name,feature,geonameid", [
    ("New York", "city", 5128581),  # the city holds a good share of its state's people
    ("Aleppo", "city", 170063),
    ("Quebec", "admin1", 6115047),  # Quebec City is a small part of its province
])
def test_resolve_context_region_named_after_its_city(gaz, name, feature, geonameid):
    (place,) = resolved(gaz, f"News from {name} today.", name)
    assert (place.feature, place.geonameid) == (feature, geonameid)


def test_resolve_context_cue_still_picks_the_region(gaz):
    text = "Snow fell across New York state."
    mention = mentions_in(gaz, text, "New York")[0]
    mention = Mention(start=mention.start, end=mention.end, name=mention.name,
                      candidates=mention.candidates, features=("admin1",))
    (place,) = resolve_mentions([mention], text)
    assert (place.feature, place.geonameid) == ("admin1", 5128638)


def test_resolve_context_listed_regions_share_a_country(gaz):
    text = ("Quebec envies the export agencies that Victoria, South Australia and "
            "Tasmania run in Europe.")
    places = resolved(gaz, text, "Quebec", "Victoria", "South Australia", "Tasmania")
    assert [(p.country, p.feature) for p in places] == [("CAN", "admin1")] + [("AUS", "admin1")] * 3


def test_resolve_context_listed_together(gaz):
    text = "Kentucky, Tennessee and Ohio; later Texas"
    found = listed_together(mentions_in(gaz, text, "Kentucky", "Tennessee", "Ohio", "Texas"), text)
    assert found == {0: [1], 1: [0, 2], 2: [1]}


def test_resolve_context_national_capital_over_namesake(gaz):
    text = "Officials in London and Washington discussed the sanctions."
    london, washington = resolved(gaz, text, "London", "Washington")
    assert (london.country, washington.country, washington.admin1) == \
        ("GBR", "USA", "District of Columbia")


def test_resolve_context_country_at_geonames_point(gaz):
    (usa,) = resolved(gaz, "Talks with the United States resumed.", "United States")
    assert (usa.feature, usa.geonameid, usa.lat, usa.lon) == ("country", 6252001, 39.76, -98.5)


@pytest.mark.parametrize("text,names,admin1", [
    ("Deputies searched farms in Dallas County after thefts across Iowa.",
     ("Dallas County", "Iowa"), "Iowa"),
    ("Deputies searched farms in Dallas County.", ("Dallas County",), "Texas"),
    ("The crash closed a road in Monroe County, near Columbia, Missouri.",
     ("Monroe County", "Columbia", "Missouri"), "Missouri"),
])
def test_resolve_context_county_by_state_of_article(gaz, text, names, admin1):
    county = resolved(gaz, text, *names)[0]
    assert (county.name, county.feature, county.admin1) == (names[0], "admin2", admin1)


def test_resolve_context_county_listed_with_county_of_one_state(gaz):
    text = "Tractors went missing in Winneshiek County, Polk County and Marion County."
    places = resolved(gaz, text, "Winneshiek County", "Polk County", "Marion County")
    assert [(p.name, p.admin1) for p in places] == [
        ("Winneshiek County", "Iowa"), ("Polk County", "Iowa"), ("Marion County", "Iowa")]


@pytest.mark.parametrize("text,name,lat,lon", [
    ("Wildfires spread across Alberta this week.", "Alberta", 52.28, -117.47),
    ("Snow fell across Ontario.", "Ontario", 49.25, -84.50),
])
def test_resolve_context_large_province_at_geonames_point(gaz, text, name, lat, lon):
    (place,) = resolved(gaz, text, name)
    assert (place.feature, place.country) == ("admin1", "CAN")
    assert place.lat == pytest.approx(lat, abs=0.05) and place.lon == pytest.approx(lon, abs=0.05)


@pytest.mark.parametrize("text,place,admin1", [
    ("A fire broke out in Brooklyn, New York, on Sunday.", "Brooklyn", "New York"),
    ("She was raised in Spokane, Washington, by her aunt.", "Spokane", "Washington"),
])
def test_resolve_context_region_after_a_town_it_holds_is_the_region(gaz, text, place, admin1):
    town, region = resolved(gaz, text, place, admin1)
    assert (town.feature, town.admin1, region.feature, region.name) == \
        ("city", admin1, "admin1", admin1)


def test_resolve_context_three_names_in_a_row_are_a_list(gaz):
    text = "On a tour of Washington, New York and Chicago, the minister met investors."
    places = resolved(gaz, text, "Washington", "New York", "Chicago")
    assert [(p.name, p.admin1) for p in places] == [
        ("Washington", "District of Columbia"), ("New York City", "New York"),
        ("Chicago", "Illinois")]


@pytest.mark.parametrize("name,admin1", [("Washington", "Washington"), ("New York", "New York")])
def test_resolve_context_region_cue_picks_the_state_over_its_namesake_city(gaz, name, admin1):
    text = f"{name} Gov. Mary Smith signed the bill."
    (mention,) = mentions_in(gaz, text, name)
    (place,) = resolve_mentions([replace(mention, features=("admin1",))], text)
    assert (place.feature, place.name) == ("admin1", admin1)


def test_resolve_context_far_small_namesake_needs_enough_context(gaz):
    # one other place says too little: Mór (Hungary) is kept
    text = "Shells fell on Mor and on Abeche."
    assert [p.name for p in resolved(gaz, text, "Mor", "Abeche")] == ["Mór", "Abéché"]
    # three places in Chad: Mór is a namesake, left unresolved
    text = "Shells fell on Mor. Chad said Abeche and Chad's east were calm."
    assert [p.name for p in resolved(gaz, text, "Mor", "Chad", "Abeche", "Chad")] == \
        ["Chad", "Abéché", "Chad"]


@pytest.mark.parametrize("text,expected", [
    # "Congo" alone: the article decides between the two Congos, the DRC by default
    ("Rebels attacked villages in eastern Congo near Goma.", "COD"),
    ("Fighting broke out in Brazzaville, the capital of Congo.", "COG"),
])
def test_resolve_context_the_two_congos(text, expected):
    from eventwire.core import extract
    record = extract({"id": "t", "text": text, "published": "2021-06-04"})
    congo = [p for p in record.mentions.places if p.span.text == "Congo"]
    assert [m.country for m in congo] == [expected]
