"""eventwire/places/resolve.py: nearness of the article's places, the countries it names, and
regions named after ``in`` and a direction word."""
from __future__ import annotations

import pytest

from eventwire.places.resolve import attached_regions, near_rows, resolve_mentions
from tests.places.conftest import mentions_in, resolved


def test_resolve_nearby_neighbours_pull_each_other(gaz):
    text = "Pupils from an Edmonton school planted a garden for the people of Enfield."
    edmonton, enfield = resolved(gaz, text, "Edmonton", "Enfield")
    assert (edmonton.country, enfield.country) == ("GBR", "GBR")


def test_resolve_nearby_edmonton_alone_is_in_alberta(gaz):
    (edmonton,) = resolved(gaz, "Pupils from an Edmonton school planted a garden.", "Edmonton")
    assert (edmonton.country, edmonton.admin1) == ("CAN", "Alberta")


def test_resolve_nearby_town_in_the_county_of_the_article(gaz):
    text = "A man from London died in a crash in Laurel County on Thursday."
    london, county = resolved(gaz, text, "London", "Laurel County")
    assert (london.country, london.admin1, county.admin1) == ("USA", "Kentucky", "Kentucky")


def test_resolve_nearby_names_that_meet_in_two_parts_of_the_world_say_nothing(gaz):
    text = "Fans drove from Manchester to Colchester for the match."
    manchester, colchester = resolved(gaz, text, "Manchester", "Colchester")
    assert (manchester.country, colchester.country) == ("GBR", "GBR")


def test_resolve_nearby_region_name_is_not_pulled_to_a_town(gaz):
    text = "She left Brooklyn for Florida last year."
    _, florida = resolved(gaz, text, "Brooklyn", "Florida")
    assert (florida.feature, florida.name) == ("admin1", "Florida")


def test_resolve_nearby_one_name_inside_another_is_no_pair(gaz):
    text = "Plymouth deputies searched Plymouth County farms."
    near = near_rows(mentions_in(gaz, text, "Plymouth", "Plymouth County"))
    assert near == [frozenset(), frozenset()]


@pytest.mark.parametrize("text,times,country", [
    ("Canada backed the London rally for Syria. Canada and Canada's allies spoke.", 3, "CAN"),
    ("Canada backed the London rally for Syria.", 1, "GBR"),
])
def test_resolve_nearby_country_named_again_and_again(gaz, text, times, country):
    names = ["Canada", "London", "Syria"] + ["Canada"] * (times - 1)
    places = resolved(gaz, text, *names)
    assert places[1].country == country


def test_resolve_nearby_named_country_needs_a_sizeable_town(gaz):
    text = "The United States and the United States' allies crossed the Atlantic."
    *_, atlantic = resolved(gaz, text, "United States", "United States", "Atlantic")
    assert atlantic.feature == "sea"


@pytest.mark.parametrize("between", [" in northeast ", " in the north of "])
def test_resolve_nearby_region_after_in_and_a_direction(gaz, between):
    text = f"The family farms in Monroe County{between}Missouri."
    found = mentions_in(gaz, text, "Monroe County", "Missouri")
    assert attached_regions(found, text)[0] == frozenset({"US.MO"})
    county, _ = resolve_mentions(found, text)
    assert county.admin1 == "Missouri"
