"""eventwire/places/resolve.py: which gazetteer row a mention refers to, in its article."""
from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.places.gazetteer import get_gazetteer
from eventwire.places.resolve import prior, resolve_mentions
from eventwire.places.tagger import Mention
from tests.places.conftest import mentions_in


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def article(gaz, *parts, **cues):
    """Text made of ``parts`` joined by " and "; each part is one mention. ``cues`` maps a
    part's index (``m0``, ``m1``) to Mention fields (features, country, capital)."""
    text, mentions = "", []
    for n, part in enumerate(parts):
        if text:
            text += " and "
        start = len(text)
        text += part
        mentions.append(Mention(start=start, end=len(text), name=part,
                                candidates=tuple(gaz.lookup(part)), **cues.get(f"m{n}", {})))
    return text, mentions


def resolved(gaz, *parts, **cues):
    text, mentions = article(gaz, *parts, **cues)
    return resolve_mentions(mentions, text)


@pytest.mark.parametrize("name,kind", [
    ("Georgia", "country"), ("Kuwait", "country"), ("Damascus", "city"), ("Aleppo", "city"),
    ("Istanbul", "city"), ("Crimea", "region"),
])
def test_resolve_prior_picks_without_context(gaz, name, kind):
    (place,) = resolved(gaz, name)
    assert place.feature == kind


@pytest.mark.parametrize("name,country", [("Paris", "FRA"), ("Tripoli", "LBY"), ("Moscow", "RUS")])
def test_resolve_bigger_place_by_default(gaz, name, country):
    (place,) = resolved(gaz, name)
    assert place.country == country


@pytest.mark.parametrize("other,country", [("Libya", "LBY"), ("Lebanon", "LBN")])
def test_resolve_article_country_decides(gaz, other, country):
    tripoli, _ = resolved(gaz, "Tripoli", other)
    assert tripoli.country == country


def test_resolve_repeated_name_does_not_outvote_country(gaz):
    places = resolved(gaz, "Tripoli", "Tripoli", "Tripoli", "Lebanon")
    assert [p.country for p in places] == ["LBN", "LBN", "LBN", "LBN"]


def test_resolve_us_region_contains_city(gaz):
    georgia, atlanta = resolved(gaz, "Georgia", "Atlanta")
    assert (georgia.name, georgia.country, georgia.feature, atlanta.admin1) == \
        ("Georgia", "USA", "admin1", "Georgia")


def test_resolve_country_context_alone_keeps_paris_in_france(gaz):
    paris, _ = resolved(gaz, "Paris", "United States")
    assert paris.country == "FRA"


def test_resolve_region_mention_moves_paris_to_texas(gaz):
    paris, _ = resolved(gaz, "Paris", "Texas")
    assert (paris.country, paris.admin1) == ("USA", "Texas")


@pytest.mark.parametrize("features,kind,geonameid", [
    ((), "city", 169389),
    (("admin1",), "admin1", 169387),
])
def test_resolve_cue_feature(gaz, features, kind, geonameid):
    (idlib,) = resolved(gaz, "Idlib", m0={"features": features})
    assert (idlib.feature, idlib.geonameid) == (kind, geonameid)


def test_resolve_same_name_with_cue_elsewhere(gaz):
    places = resolved(gaz, "Idlib", "Idlib", m0={"features": ("admin1",)})
    assert [p.feature for p in places] == ["admin1", "admin1"]


def test_resolve_attached_country(gaz):
    (tripoli,) = resolved(gaz, "Tripoli", m0={"country": "LBN"})
    assert tripoli.country == "LBN"


def test_resolve_demonyms_count_as_context(gaz):
    text, mentions = article(gaz, "Tripoli")
    (tripoli,) = resolve_mentions(mentions, text, demonyms=["LBN", "LBN"])
    assert tripoli.country == "LBN"


def test_resolve_place_fields(gaz):
    (sochi,) = resolved(gaz, "Sochi")
    assert (sochi.span.text, sochi.name, sochi.country, sochi.admin1, sochi.lat, sochi.lon,
            sochi.geonameid, sochi.feature, sochi.evidence) == \
        ("Sochi", "Sochi", "RUS", "Krasnodar Krai", 43.59699, 39.72477, 491422, "city",
         "gazetteer:geonames:491422")


@pytest.mark.parametrize("name,feature,value", [
    ("Syria", "country", 10.0),
    ("Black Sea", "sea", 8.0),
])
def test_resolve_prior_of_named_kinds(gaz, name, feature, value):
    (row,) = [c for c in gaz.lookup(name) if c.feature == feature]
    assert prior(row) == value


def test_resolve_no_mentions(gaz):
    assert resolve_mentions([], "nothing here") == []


@pytest.mark.parametrize("text,names,expected", [
    # a site the gazetteer does not know: the place that holds it
    ("Delays grew at Toronto's Pearson Field.", ["Toronto", "Pearson Field"],
     [("Toronto", "CAN"), ("Toronto", "CAN")]),
    # a namesake far away: the holder's row, not Haram in Norway
    ("Bombs hit Giza's Haram district.", ["Giza", "Haram"], [("Giza", "EGY"), ("Giza", "EGY")]),
    # a row of the name near the holder: that row (north London, not Alberta)
    ("A fight in London's Edmonton.", ["London", "Edmonton"],
     [("London", "GBR"), ("Edmonton", "GBR")]),
    # our table's airport near its city; the repeat takes the same row
    ("Pilots are based at London's Heathrow. Strikes hit Heathrow.",
     ["London", "Heathrow", "Heathrow"],
     [("London", "GBR"), ("Heathrow Airport", "GBR"), ("Heathrow Airport", "GBR")]),
    # held by a country: resolved as any mention, not placed at the country
    ("Gunmen attacked a bus in Kenya's Mandera county.", ["Kenya", "Mandera"],
     [("Kenya", "KEN"), ("Mandera", "KEN")]),
])
def test_resolve_site_held_by_possessive(gaz, text, names, expected):
    found = mentions_in(gaz, text, *names)
    holder = (found[0].start, found[0].end)
    found = [found[0], replace(found[1], within=holder), *found[2:]]
    if names[1] == "Pearson Field":
        found[1] = replace(found[1], candidates=())
    places = resolve_mentions(found, text)
    assert [(p.name, p.country) for p in places] == expected
    assert [p.span.text for p in places] == names
