"""eventwire/places (tagger + resolver on parsed text), round 5: stand-ins found again and in
lists, holders before a town phrase, sites in a town, names with a possessive, regions before
smaller namesake towns. Sentences written for these tests."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.places import find_places, tag_places
from eventwire.places.resolve import namesake_regions
from eventwire.places.tagger import Mention


def places_of(nlp, text):
    return {p.span.text: p for p in find_places(nlp(text))}


def check_spans(text, places):
    for place in places:
        assert text[place.span.start:place.span.end] == place.span.text


# -- stand-ins: lists after a town phrase, a region abbreviation, repeats ------------------------

def test_places_town_phrase_opens_a_list_of_stand_ins(nlp):
    text = "Artillery hit the villages of Qaryat Zorba and Ain Dahsha in Idlib on Monday."
    found = places_of(nlp, text)
    for name in ("Qaryat Zorba", "Ain Dahsha"):
        assert found[name].country == "SYR"
        assert found[name].admin1 == "Idlib"
        assert found[name].evidence.startswith("in-region:")
    check_spans(text, find_places(nlp(text)))


def test_places_stand_in_before_a_region_abbreviation_and_again(nlp):
    # a town the gazetteer lacks: placed in the province each time, not at the next place named
    text = ("The baby was born in Kettle Rapids, Man. last spring. Her father is a Kettle Rapids "
            "nurse. The plane flew from Kettle Rapids to Winnipeg.")
    found = [p for p in find_places(nlp(text)) if p.span.text == "Kettle Rapids"]
    assert {(p.name, p.country, p.feature) for p in found} == {("Manitoba", "CAN", "admin1")}
    assert [p.span.start for p in found] == [text.index("Kettle Rapids"),
                                             text.index("Kettle Rapids nurse"),
                                             text.index("Kettle Rapids to")]
    check_spans(text, find_places(nlp(text)))


# -- holders before the town phrase ------------------------------------------------------------

@pytest.mark.parametrize("text,name,holder,country", [
    ("The teenager, from the Cincinnati suburb of Maple Hollow, was charged on Friday.",
     "Maple Hollow", "Cincinnati", "USA"),
    # after a possessive and an adjective
    ("Families live in Beirut's crowded suburb of Zahrat al-Ward near the airport.",
     "Zahrat al-Ward", "Beirut", "LBN"),
])
def test_places_stand_in_at_the_place_before_its_town_phrase(nlp, text, name, holder, country):
    place = places_of(nlp, text)[name]
    assert (place.name, place.country, place.feature) == (holder, country, "city")
    assert place.evidence.startswith("in-region:")


def test_places_holder_before_town_phrase_keeps_own_row_inside(nlp):
    place = places_of(nlp, "Rebels seized the Idlib town of Saraqeb on Monday.")["Saraqeb"]
    assert (place.name, place.country, place.geonameid) == ("Saraqib", "SYR", 164816)


# -- sites named in a town ---------------------------------------------------------------------

def test_places_site_before_in_is_placed_at_the_town(nlp):
    text = "She was treated at Boone Memorial Hospital in Columbia, Missouri, on Tuesday."
    found = places_of(nlp, text)
    site = found["Boone Memorial Hospital"]
    assert (site.name, site.admin1, site.geonameid) == ("Columbia", "Missouri", 4381982)
    assert site.evidence == "in-region:gazetteer:geonames:4381982"
    assert found["Columbia"].geonameid == 4381982  # a region after a comma is no list item


def test_places_site_follows_its_holder_abroad(nlp):
    # the article's other places are British and American: Rome is still the one it names
    text = ("The family hoped to move him to the Gemelli Hospital in Rome. Britain refused, and "
            "the United States and the U.S. Congress offered help.")
    found = places_of(nlp, text)
    assert found["Gemelli Hospital"].geonameid == found["Rome"].geonameid == 3169070


def test_places_street_before_in_is_placed_in_that_town(nlp):
    found = places_of(nlp, "A fire broke out on Church Street in Boston.")
    assert (found["Church Street"].name, found["Church Street"].admin1) == ("Boston", "Massachusetts")


# -- lists: a repeat lists another name; a big town carries a list tagged whole ----------------

def test_places_repeat_carries_the_name_listed_with_it(nlp):
    text = "Crews at Heathrow worked late. Both Heathrow and Gatwick cancelled morning flights."
    found = places_of(nlp, text)
    assert (found["Gatwick"].name, found["Gatwick"].feature) == ("Gatwick Airport", "site")


def test_places_big_town_carries_a_list_tagged_whole(gaz):
    # "to Tully or Townsville" tagged as one organisation: Tully alone is too small for "to"
    words = ["He", "fled", "to", "Tully", "or", "Townsville", "on", "foot"]
    labels = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    pos = ["PRON", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "ADP", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, ents=labels, pos=pos)
    found = tag_places(doc, gazetteer=gaz)
    assert [(doc.text[m.start:m.end], m.cue) for m in found] == \
        [("Tully", "list:strong"), ("Townsville", "list:strong")]


# -- capitals, possessives, qualifiers ---------------------------------------------------------

def test_places_dateline_in_capitals_found_again_in_title_case(nlp):
    text = "MONTERREY -- Officials said Monterrey's water supply was restored."
    found = [p for p in find_places(nlp(text))]
    assert [(p.span.text, p.geonameid) for p in found] == [("MONTERREY", 3995465),
                                                           ("Monterrey", 3995465)]


@pytest.mark.parametrize("text,name,country,feature", [
    ("Shoppers complained that Toronto's transit fares rose again.", "Toronto", "CAN", "city"),
    ("Canada’s Department of Fisheries said the ban would stay.", "Canada", "CAN", "country"),
    ("The coach named six players to Team Ontario's roster on Monday.", "Ontario", "CAN",
     "admin1"),
])
def test_places_name_before_a_possessive(nlp, text, name, country, feature):
    place = places_of(nlp, text)[name]
    assert (place.country, place.feature) == (country, feature)


def test_places_possessive_of_a_small_town_or_a_firm_is_no_cue(nlp):
    assert places_of(nlp, "Apple's profits rose while Glenrock’s shops closed.") == {}


def test_places_capitalised_qualifier_before_a_village_is_no_place(nlp):
    assert places_of(nlp, "Staff in the West Wing were told to stay late.") == {}


def test_places_capitalised_qualifier_before_a_town_stays(nlp):
    assert places_of(nlp, "Fans gathered in Upper Edmonton.")["Upper Edmonton"].name == \
        "Edmonton"


def test_places_english_is_a_demonym(nlp):
    assert not {"English", "Welsh"} & set(places_of(nlp, "The lessons are taught in English and Welsh."))


def test_places_english_before_a_land_word_names_the_land_as_a_demonym(nlp):
    found = places_of(nlp, "Ferries left the English port of Dover late.")
    assert found["English"].country == "GBR" and found["English"].demonym
    assert found["Dover"].country == "GBR" and not found["Dover"].demonym


def test_places_the_republic_is_no_town(nlp):
    assert places_of(nlp, "Fans from the Republic travelled north for the match.") == {}


# -- regions before smaller namesake towns -----------------------------------------------------

@pytest.mark.parametrize("text,name,feature", [
    ("Ranchers in Wyoming sued the agency on Monday.", "Wyoming", "admin1"),
    ("Senators met in Washington on Monday.", "Washington", "city"),  # the national capital
])
def test_places_region_before_a_smaller_namesake_town(nlp, text, name, feature):
    place = places_of(nlp, text)[name]
    assert (place.country, place.feature) == ("USA", feature)


def test_places_namesake_regions_rule(gaz):
    wyoming = Mention(start=0, end=7, name="Wyoming", candidates=tuple(gaz.lookup("Wyoming")))
    (row,) = [c for c in wyoming.candidates if c.id in namesake_regions(wyoming, {})]
    assert (row.feature, row.geonameid) == ("admin1", 5843591)
    york = Mention(start=0, end=8, name="New York", candidates=tuple(gaz.lookup("New York")))
    assert namesake_regions(york, {}) == frozenset()  # the city lies in the state

