"""eventwire/places (tagger + resolver on parsed text), round 6: names opening with a hyphenated
lower-case particle, a date right after a name. Sentences written for these tests."""
from __future__ import annotations

from eventwire.places import find_places


def places_of(nlp, text):
    found = find_places(nlp(text))
    for place in found:
        assert text[place.span.start:place.span.end] == place.span.text
    return {p.span.text: p for p in found}


def test_places_particle_opens_a_stand_in(nlp):
    # "al-Qusour", unknown to the gazetteer, is a neighbourhood of Homs
    found = places_of(nlp, "Two boys were wounded in al-Qusour neighbourhood in central Homs.")
    place = found["al-Qusour"]
    assert (place.name, place.country, place.feature) == ("Homs", "SYR", "city")
    assert place.evidence.startswith("in-region:")


def test_places_date_after_a_name_ends_its_phrase(nlp):
    # "in Corsica Thursday" (wire style): the date does not make the name a modifier
    place = places_of(nlp, "Farmers rallied in Corsica Thursday.")["Corsica"]
    assert (place.country, place.feature) == ("FRA", "admin1")


def test_places_name_before_a_noun_stays_a_modifier(nlp):
    assert "Corsica" not in places_of(nlp, "Police arrested two men in Corsica restaurants.")
