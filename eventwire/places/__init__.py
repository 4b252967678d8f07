"""Places stage: find place mentions in a parsed article and resolve them with an offline gazetteer.

``find_places(doc)`` returns one :class:`~eventwire.model.Place` per mention, in document order;
``country_place(iso3, span=...)`` gives a country-level place for a coarse location fallback.
"""
from __future__ import annotations

from eventwire.model import Place, Span
from eventwire.places.gazetteer import Candidate, Gazetteer, get_gazetteer, normalize_name
from eventwire.places.resolve import resolve_mentions
from eventwire.places.tagger import Mention, demonym_countries, tag_places

__all__ = ["find_places", "country_place", "get_gazetteer", "Gazetteer", "Candidate", "Mention",
           "tag_places", "resolve_mentions", "normalize_name"]


def find_places(doc, *, gazetteer: Gazetteer | None = None) -> list[Place]:
    """Every place mention of a parsed spaCy ``Doc``, resolved, in document order.

    Each ``Place.span`` indexes into ``doc.text``; ``evidence`` names the gazetteer row
    (``"gazetteer:geonames:169389"``, ``"gazetteer:places_extra:black_sea"``).
    """
    gaz = gazetteer if gazetteer is not None else get_gazetteer()
    mentions = tag_places(doc, gazetteer=gaz)
    return resolve_mentions(mentions, doc.text, demonyms=demonym_countries(doc, gazetteer=gaz))


def country_place(iso3: str, *, span: Span, gazetteer: Gazetteer | None = None) -> Place | None:
    """A country-level :class:`Place` for ``iso3`` (``"SYR"``) on ``span``, or None if unknown.

    For a coarse event location when only the country is known; ``span`` is the text that
    names or implies the country (e.g. an actor's span).
    """
    gaz = gazetteer if gazetteer is not None else get_gazetteer()
    row = gaz.country(iso3)
    if row is None:
        return None
    return Place(span=span, name=row.name, country=row.country, admin1=None, lat=row.lat,
                 lon=row.lon, geonameid=row.geonameid, feature="country", evidence=row.evidence)
