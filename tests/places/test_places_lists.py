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
    found = by_text(nlp, "Firefighters from Victoria and the ACT flew to Queensland.")
    assert (found["ACT"].name, found["ACT"].country) == ("Australian Capital Territory", "AUS")


def test_places_abbreviation_alone_is_no_region(nlp):
    assert "ACT" not in by_text(nlp, "The ACT scores were released on Monday.")


def test_places_place_tagged_as_a_date_in_a_list_is_a_place(nlp, gaz):
    from spacy.tokens import Span

    from eventwire.places.tagger import tag_places
    doc = nlp("Growers in Egypt and Limpopo expect a good season.")
    doc.ents = [Span(doc, 2, 3, label="GPE"), Span(doc, 4, 5, label="DATE")]  # as the model may
    found = {doc.text[m.start:m.end]: m for m in tag_places(doc, gazetteer=gaz)}
    assert any(c.country == "ZAF" for c in found["Limpopo"].candidates)


def test_places_place_mention_is_no_date_mention():
    record = extract("Growers in Egypt and Limpopo expect a good season.", published="2024-03-01")
    assert not {d.span.text for d in record.mentions.dates} & {p.span.text for p in record.mentions.places}


def test_places_town_opening_an_events_name_is_where_it_is_held(nlp):
    found = by_text(nlp, "Her short film won a prize at the Locarno Film Festival in August.")
    assert (found["Locarno"].country, found["Locarno"].feature) == ("CHE", "city")


def test_places_town_opening_an_ordinary_name_is_still_no_place(nlp):
    assert "Niger" not in by_text(nlp, "The Niger Delta Commission met on Monday.")


def test_places_event_named_after_a_place_is_in_the_best_known_place_of_that_name(nlp):
    found = by_text(nlp, "The New Hampshire studio's film won a prize at the Berlin Film Festival.")
    assert (found["New Hampshire"].country, found["Berlin"].country) == ("USA", "DEU")
