"""Shared by the place tests: the cached gazetteer, and hand-made mentions for the resolver."""
from __future__ import annotations

import pytest

from eventwire.places import find_places
from eventwire.places.gazetteer import get_gazetteer
from eventwire.places.resolve import resolve_mentions
from eventwire.places.tagger import Mention


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def mentions_in(gaz, text, *names):
    """One hand-made mention per name, at its next occurrence in ``text``."""
    found, at = [], 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        found.append(Mention(start=start, end=at, name=name, candidates=tuple(gaz.lookup(name))))
    return found


def resolved(gaz, text, *names):
    return resolve_mentions(mentions_in(gaz, text, *names), text)


def places_of(nlp, text):
    """The places found in ``text``, each checked to carry its own text as span."""
    found = find_places(nlp(text))
    for place in found:
        assert text[place.span.start:place.span.end] == place.span.text
    return found


def by_text(nlp, text):
    return {p.span.text: p for p in places_of(nlp, text)}


def near(place, lat, lon, tolerance=0.3):
    return abs(place.lat - lat) <= tolerance and abs(place.lon - lon) <= tolerance
