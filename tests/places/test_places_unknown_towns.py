"""eventwire/places (tagger + resolver on parsed text): towns the gazetteer lacks or holds only as
far namesakes, names listed with a place, regions after a comma, and names that are no places by
where they stand. Sentences written for these tests."""
from __future__ import annotations

import pytest

from eventwire.places import find_places


def places_of(nlp, text):
    return [(p.span.text, p.name, p.country, p.feature, p.geonameid) for p in find_places(nlp(text))]


@pytest.mark.parametrize("text,town,row", [
    # a town word before or after the name, and the region that holds it
    ("Soldiers raided the village of Kafr Sousa near Aleppo, residents said.", "Kafr Sousa",
     ("Aleppo", "SYR", "city", 170063)),
    ("Gunmen killed two men in the village of Sabha al-Gharbi in the Hama province on Monday.",
     "Sabha al-Gharbi", ("Hama", "SYR", "admin1", 170015)),
    ("Artillery shells landed near Marwahin village in south Lebanon on Friday.", "Marwahin",
     ("Lebanon", "LBN", "country", 272103)),
    # a dateline: no Holloway in Missouri, so the state, not the town in England
    ("HOLLOWAY, Mo. (AP) — A tornado damaged 40 homes.", "HOLLOWAY",
     ("Missouri", "USA", "admin1", 4398678)),
])
def test_places_unknown_town_takes_its_holders_row(nlp, text, town, row):
    places = find_places(nlp(text))
    (place,) = [p for p in places if p.span.text == town]
    assert (place.name, place.country, place.feature, place.geonameid) == row
    assert place.evidence.startswith("in-region:gazetteer:geonames:")
    assert text[place.span.start:place.span.end] == town


def test_places_stand_in_reads_the_holder_as_its_own_mention(nlp):
    # "New York" alone is the city; the restaurant in it is placed there too, not at the state
    text = "She cooked at Chez Maroun in New York before moving to Paris."
    places = {p.span.text: (p.name, p.geonameid) for p in find_places(nlp(text))}
    assert places["New York"] == ("New York City", 5128581)
    assert places.get("Chez Maroun", places["New York"]) == ("New York City", 5128581)


@pytest.mark.parametrize("text", [
    "The convoy reached Kafr Sousa, north of Aleppo, on Sunday.",  # a bearing, not a holder
    "The siege of Homs, Saraqib and Hama continued.",  # a list, not a town and its region
])
def test_places_no_stand_in_without_a_holder(nlp, text):
    assert not any(p.evidence.startswith("in-region:") for p in find_places(nlp(text)))


def test_places_far_small_namesake_is_left_out(nlp):
    # Mór (Hungary, 14,000 people) is the only row of "Mor"; the article is about Chad
    text = ("Rebels attacked the northern town of Mor on Tuesday, killing four soldiers in Chad. "
            "The army sent reinforcements from N'Djamena, and Chad closed the border.")
    assert [p.span.text for p in find_places(nlp(text))] == ["Chad", "N'Djamena", "Chad"]


def test_places_alternate_spelling_of_a_capital_loses_to_a_town_of_that_name(nlp):
    (place,) = find_places(nlp("Rebels seized the town of Man in the west on Tuesday."))
    assert (place.span.text, place.name, place.country, place.geonameid) == \
        ("Man", "Man", "CIV", 2284647)


def test_places_untagged_name_listed_with_a_tagged_place(nlp):
    text = "He drove from Cairns to Ingham or Townsville every week."
    assert ("Ingham", "Ingham", "AUS", "city", 2162737) in places_of(nlp, text)


@pytest.mark.parametrize("text,expected", [
    ("Flood warnings were issued for Harwich, Essex on Sunday.",
     [("Harwich", "Harwich", "GBR", "city", 2647383),
      ("Essex", "Essex", "GBR", "admin2", 2649889)]),
    ("Firefighters from the town of Elkins, West Virginia, put out the blaze.",
     [("Elkins", "Elkins", "USA", "city", 4805033),
      ("West Virginia", "West Virginia", "USA", "admin1", 4826850)]),
])
def test_places_region_after_a_comma(nlp, text, expected):
    assert places_of(nlp, text) == expected


@pytest.mark.parametrize("text,not_places", [
    ("John Smith, M.D., said the patient would recover.", {"M.D."}),  # a degree
    ("Jane Roe, M.D., Ph.D., joined the clinic in Baltimore.", {"M.D.", "Ph.D."}),
    ("Two people died in the fire, according to Yonhap.", {"Yonhap"}),  # a source
    ("He is survived by his wife, Lorna, and daughters Ella and Troy.", {"Lorna", "Troy"}),
    ("The Olympic team arrived in Tokyo on Monday.", {"Olympic"}),
    ("The MoD confirmed the death.", {"MoD"}),
])
def test_places_names_that_are_no_places_by_position(nlp, text, not_places):
    assert not {p.span.text for p in find_places(nlp(text))} & not_places


def test_places_storm_name_is_no_place_anywhere_in_the_article(nlp):
    text = "Hurricane Irma hit Florida on Sunday. Irma weakened as it moved north."
    assert [p.span.text for p in find_places(nlp(text))] == ["Florida"]


def test_places_big_place_as_a_source_stays_a_place(nlp):
    (place,) = find_places(nlp("Ankara said it would retaliate."))
    assert (place.name, place.country) == ("Ankara", "TUR")


def test_places_stand_in_at_a_far_town_is_left_out(nlp):
    # Kani is a city in Japan; the article is about Myanmar
    text = ("Army jets bombed the village of Nyaung Pin in Kani on Tuesday. Myanmar's army said "
            "troops in Sagaing and Mandalay were safe.")
    assert not any(p.span.text == "Nyaung Pin" for p in find_places(nlp(text)))


def test_places_country_name_before_another_countrys_state_is_a_town_there(nlp):
    (place,) = [p for p in find_places(nlp("He was born in Canada, Kentucky, in 1950."))
                if p.span.text == "Canada"]
    assert (place.name, place.country, place.feature) == ("Kentucky", "USA", "admin1")
    assert place.evidence.startswith("in-region:")


def test_places_country_name_before_a_state_holding_a_town_so_named_is_that_town(nlp):
    (place,) = [p for p in find_places(nlp("The rodeo returns to Peru, Nebraska this weekend."))
                if p.span.text == "Peru"]
    assert (place.country, place.admin1, place.feature) == ("USA", "Nebraska", "city")


@pytest.mark.parametrize("text,name,country", [
    ("Refugees left Syria, Iraq's neighbour, in large numbers.", "Syria", "SYR"),
    ("Grozny lies in Russia, Chechnya's capital being its largest city.", "Russia", "RUS"),
])
def test_places_country_before_a_comma_stays_the_country(nlp, text, name, country):
    (place,) = [p for p in find_places(nlp(text)) if p.span.text == name]
    assert (place.country, place.feature) == (country, "country")


def test_places_unknown_village_lies_near_the_place_its_sentence_names(nlp):
    text = "In Idlib province's southern countryside, rebels overran the village of Umm Qarnayn."
    (place,) = [p for p in find_places(nlp(text)) if p.span.text == "Umm Qarnayn"]
    assert (place.name, place.country, place.feature) == ("Idlib", "SYR", "admin1")


def test_places_unknown_village_in_a_sentence_naming_no_place_is_none(nlp):
    text = "Rebels overran the village of Umm Qarnayn at dawn."
    assert not [p for p in find_places(nlp(text)) if p.span.text == "Umm Qarnayn"]


def test_places_unknown_town_at_a_bearing_from_a_known_place_is_placed_there(nlp):
    text = "Rebels attacked Umm Qarnayn, some 40 km (25 miles) south of Aleppo, on Monday."
    (place,) = [p for p in find_places(nlp(text)) if p.span.text == "Umm Qarnayn"]
    assert (place.name, place.country) == ("Aleppo", "SYR")
    assert place.evidence.startswith("in-region:")


def test_places_unknown_town_far_from_the_place_it_is_set_from_is_none(nlp):
    text = "Rebels attacked Umm Qarnayn, 300 km south of Aleppo, on Monday."
    assert not [p for p in find_places(nlp(text)) if p.span.text == "Umm Qarnayn"]


def test_places_known_town_at_a_bearing_is_found_near_the_place(nlp):
    text = "Aid trucks reached Gbarnga, some 150 km north of Buchanan, late on Friday."
    (place,) = [p for p in find_places(nlp(text)) if p.span.text == "Gbarnga"]
    assert (place.name, place.country, place.feature) == ("Gbarnga", "LBR", "city")


@pytest.mark.parametrize("text,name,holder", [
    ("Gunmen opened fire on a bakery in the Mosul neighbourhood of Hay al-Zuhur late on Tuesday.",
     "Hay al-Zuhur", "Mosul"),
    ("Shells hit the quarter of Bab al-Tabbaneh near Tripoli, Lebanon, on Monday.", "Bab al-Tabbaneh",
     "Tripoli"),
])
def test_places_neighbourhood_the_gazetteer_lacks_is_placed_at_its_town(nlp, text, name, holder):
    (place,) = [p for p in find_places(nlp(text)) if p.span.text == name]
    assert place.name == holder
