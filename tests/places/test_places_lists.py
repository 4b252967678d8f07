"""Places in lists: directions sharing one name, abbreviations listed with a region, and a
place the model tags as a date."""
from eventwire import extract
from tests.places.conftest import by_text


def test_places_directions_share_the_name_after_them(nlp):
    found = by_text(nlp, "Exports rose to Northern and Central Europe last year.")
    assert found["Northern"].name == "Northern Europe"
    assert found["Central Europe"].name == "Central Europe"


def test_places_directions_of_one_tagged_entity_are_split(nlp):
    found = by_text(nlp, "Talks between North and South Korea resumed.")
    assert (found["North"].country, found["South Korea"].country) == ("PRK", "KOR")


def test_places_a_country_named_with_and_stays_whole(nlp):
    found = by_text(nlp, "Storms hit Bosnia and Herzegovina.")
    assert found["Bosnia and Herzegovina"].country == "BIH"


def test_places_direction_alone_without_a_shared_name_is_no_place(nlp):
    assert "Eastern" not in by_text(nlp, "Eastern and Western leaders met in Geneva.")


def test_places_region_abbreviation_listed_with_a_region_of_its_country(nlp):
    found = by_text(nlp, "No deaths were recorded in Tasmania or the ACT this year.")
    assert (found["ACT"].name, found["ACT"].country) == ("Australian Capital Territory", "AUS")


def test_places_abbreviation_alone_is_no_region(nlp):
    assert "ACT" not in by_text(nlp, "The ACT scores were released on Monday.")


def test_places_place_tagged_as_a_date_in_a_list_is_a_place_and_no_date(nlp):
    text = "Lemons come from Egypt, followed by Limpopo and the Western Cape."
    assert by_text(nlp, text)["Limpopo"].country == "ZAF"
    record = extract(text, published="2024-03-01")
    assert not [d for d in record.mentions.dates if d.span.text == "Limpopo"]


def test_places_town_opening_an_events_name_is_where_it_is_held(nlp):
    found = by_text(nlp, "Her short film won a prize at the Locarno Film Festival in August.")
    assert (found["Locarno"].country, found["Locarno"].feature) == ("CHE", "city")


def test_places_town_opening_an_ordinary_name_is_still_no_place(nlp):
    assert "Niger" not in by_text(nlp, "The Niger Delta Commission met on Monday.")


def test_places_event_named_after_a_place_is_in_the_best_known_place_of_that_name(nlp):
    found = by_text(nlp, "The Hollywood studio's film won a prize at the Venice Film Festival.")
    assert (found["Hollywood"].admin1, found["Venice"].country) == ("California", "ITA")
