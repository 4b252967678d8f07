"""eventwire/places/resolve.py, round 7: namesakes decided by the countries and states the article
is about (a country named again and again, a state none of the other places is in, a town found
by an alternate name abroad)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.places.resolve import choose
from tests.places.conftest import mentions_in, resolved


# A mid-size town in a country the article names again and again, against a bigger namesake in
# a country the article never speaks of; the other countries of the story make the share of
# that country too small to decide alone.
_TEACHER = ("A teacher from Halifax has won an award for the reading scheme she brought back "
            "from Japan, France, Germany, Italy and Spain. She has taught in Britain for twenty "
            "years")
_ABROAD = ("Halifax", "Japan", "France", "Germany", "Italy", "Spain", "Britain")


def test_round7_named_country_pulls_a_midsize_town(gaz):
    text = _TEACHER + " and says every school in Britain should copy it."
    halifax, *_ = resolved(gaz, text, *_ABROAD, "Britain")
    assert (halifax.country, halifax.admin1) == ("GBR", "England")
    assert halifax.lat == pytest.approx(53.72, abs=0.1)
    assert halifax.lon == pytest.approx(-1.86, abs=0.1)


def test_round7_named_country_needs_the_country_named_twice(gaz):
    halifax, *_ = resolved(gaz, _TEACHER + ".", *_ABROAD)
    assert (halifax.country, halifax.admin1) == ("CAN", "Nova Scotia")


def test_round7_named_country_not_alone_when_the_rival_country_is_in_the_article(gaz):
    # Canada is in the story too: the small English town gets no pull of its own
    text = _TEACHER + " and says every school in Britain and Canada should copy it."
    halifax, *_ = resolved(gaz, text, *_ABROAD, "Britain", "Canada")
    assert halifax.country == "CAN"


def test_round7_named_country_moves_the_country_not_the_row(gaz):
    # every row of the named country gains, so the state named in the article still decides
    # among them (the small Massachusetts town, not the bigger one in Connecticut)
    text = ("Families in the United States gathered on Thursday. In Milford, the oldest "
            "church held a dinner, and Massachusetts officials said the United States "
            "holiday drew visitors.")
    found = mentions_in(gaz, text, "United States", "Milford", "Massachusetts", "United States")
    milford = choose(found, text)[1]
    assert (milford.country, milford.admin1) == ("USA", "Massachusetts")


# A small town in a state none of the article's other places is in.
def test_round7_far_state_namesake_is_left_out(gaz):
    text = ("Deputies in Wichita said a tractor stolen near Stuart was found in Hutchinson. "
            "The Kansas Bureau of Investigation and the Reno County sheriff joined the search.")
    found = mentions_in(gaz, text, "Wichita", "Stuart", "Hutchinson", "Kansas", "Reno County")
    chosen = choose(found, text)
    assert chosen[1] is None
    assert [c.admin1 for n, c in enumerate(chosen) if n != 1] == ["Kansas"] * 4


def test_round7_far_state_namesake_takes_the_row_in_the_article_state(gaz):
    text = ("Deputies in Des Moines said a tractor stolen near Stuart was found in Ames, "
            "and the Iowa State Patrol joined the search.")
    found = mentions_in(gaz, text, "Des Moines", "Stuart", "Ames", "Iowa")
    stuart = choose(found, text)[1]
    assert (stuart.country, stuart.admin1) == ("USA", "Iowa")
    assert stuart.lat == pytest.approx(41.50, abs=0.1)


def test_round7_far_state_namesake_keeps_a_name_one_town_bears(gaz):
    # only one town bears the name: it is that town, whatever the other places
    text = ("Deputies in Wichita said a tractor stolen near Ogallala was found in Hutchinson. "
            "The Kansas Bureau of Investigation and the Reno County sheriff joined the search.")
    found = mentions_in(gaz, text, "Wichita", "Ogallala", "Hutchinson", "Kansas", "Reno County")
    assert choose(found, text)[1].admin1 == "Nebraska"


def test_round7_far_state_namesake_keeps_a_town_its_phrase_places(gaz):
    text = ("Deputies in Wichita said a tractor stolen near Stuart, Florida, was found in "
            "Hutchinson. The Kansas Bureau of Investigation joined the search.")
    found = mentions_in(gaz, text, "Wichita", "Stuart", "Florida", "Hutchinson", "Kansas")
    assert choose(found, text)[1].admin1 == "Florida"


def test_round7_far_state_namesake_needs_two_places_elsewhere(gaz):
    text = "A tractor stolen near Stuart was found in Wichita."
    found = mentions_in(gaz, text, "Stuart", "Wichita")
    assert choose(found, text)[0] is not None


# A town found by an alternate name in a country the article is not about.
def test_round7_alternate_name_abroad_loses_to_the_town_of_that_name(gaz):
    candidates = {c.country: c for c in gaz.lookup("Twickenham")}
    assert not candidates["USA"].exact and candidates["GBR"].exact  # the premise
    text = ("Residents of Twickenham were told to boil water. Britain's water regulator said "
            "Britain had seen no outbreak like it.")
    twickenham, *_ = resolved(gaz, text, "Twickenham", "Britain", "Britain")
    assert (twickenham.country, twickenham.admin1) == ("GBR", "England")
    assert twickenham.lat == pytest.approx(51.45, abs=0.1)


def test_round7_far_state_namesake_takes_what_it_holds_along(gaz):
    text = ("Deputies in Wichita said the fire at Stuart's Riverside Hall was set on purpose. "
            "The Kansas Bureau of Investigation and the Reno County sheriff joined the search.")
    found = mentions_in(gaz, text, "Wichita", "Stuart", "Riverside Hall", "Kansas",
                        "Reno County")
    stuart = found[1]
    found[2] = replace(found[2], candidates=tuple(gaz.lookup("Riverside")),
                       within=(stuart.start, stuart.end))
    chosen = choose(found, text)
    assert chosen[1] is None and chosen[2] is None
    assert chosen[3].admin1 == "Kansas"


# A town named before a state that holds no town of its name: a town the gazetteer lacks.
def test_round7_town_outside_its_named_state_is_placed_in_the_state(gaz):
    assert not any(c.admin1 == "Texas" for c in gaz.lookup("Springfield"))  # the premise
    text = "He is survived by a brother, Tom, of Springfield, Texas."
    town, state = resolved(gaz, text, "Springfield", "Texas")
    assert (town.feature, town.name, town.country) == ("admin1", "Texas", "USA")
    assert town.evidence.startswith("in-region:")
    assert (town.lat, town.lon) == (state.lat, state.lon)


def test_round7_town_before_a_listed_state_keeps_its_row(gaz):
    text = "Stores closed in Springfield, Texas and Ohio."
    town, *_ = resolved(gaz, text, "Springfield", "Texas", "Ohio")
    assert town.feature == "city"


def test_round7_far_state_namesake_takes_no_alternate_name_in_the_article_state(gaz):
    # a town of the article's state that GeoNames also calls so is not taken for the name
    text = "He grew up in Marion and later lived in Atlanta and Macon, Georgia."
    found = mentions_in(gaz, text, "Marion", "Atlanta", "Macon", "Georgia")
    assert any(c.admin1 == "Georgia" and not c.exact for c in found[0].candidates)  # premise
    assert not any(c.admin1 == "Georgia" and c.exact for c in found[0].candidates)
    assert choose(found, text)[0] is None
