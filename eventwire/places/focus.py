"""The article's focus place: where the story happens when a sentence does not say.

The most mentioned place below country level among the places used as places ("in Nampula") and
the dateline, given at the coarser level of its first-level region ("Nampula" the province rather
than the city), so that an event placed by the article's focus is not passed off as pinpointed.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from eventwire.model import Place

LOCAL_FEATURES = {"city", "admin1", "admin2", "region"}
LOCATIVE = {"in", "at", "near", "across", "outside", "inside", "around", "throughout", "from", "along", "on"}


def used_as_place(doc, place: Place) -> bool:
    """A place used as a place ("in Kirkuk", "the town of Mir Ali"), not as a participant ("asking Iran")."""
    span = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    for _ in range(6):
        if node.dep_ in ("compound", "poss", "appos", "conj") and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
            node = node.head.head
        else:
            break
    return node.dep_ == "pobj" and node.head.lower_ in LOCATIVE


def focus_place(doc, places: list[Place], gazetteer=None) -> Place | None:
    """The article's focus as a coarse place (its admin1 region where known), or None."""
    first_line = doc.text.split("\n", 1)[0]
    counted: Counter = Counter()
    first: dict[tuple, Place] = {}
    for place in places:
        if place.feature not in LOCAL_FEATURES or not place.country:
            continue
        dateline = place.span.end <= len(first_line) and first_line.rstrip().endswith(("—", "–", "-", ":"))
        if not (dateline or used_as_place(doc, place)):
            continue
        key = (place.admin1 or place.name, place.country)
        counted[key] += 2 if dateline else 1
        first.setdefault(key, place)
    if not counted:
        return None
    (key, n), *rest = counted.most_common(2) + [((None, None), 0)]
    if n <= rest[0][1] or n < 2:
        return None  # no clear focus: better none than a guess
    place = first[key]
    coarse = _admin1_of(place, gazetteer)
    return replace(coarse or place, span=place.span,
                   evidence=f"article-focus:{(coarse or place).evidence}")


def _admin1_of(place: Place, gazetteer) -> Place | None:
    if place.feature == "admin1" or not place.admin1:
        return None
    if gazetteer is None:
        from eventwire.places.gazetteer import get_gazetteer

        gazetteer = get_gazetteer()
    rows = [c for c in gazetteer.lookup(place.admin1)
            if c.feature == "admin1" and c.country == place.country]
    if not rows:
        return None
    # the region the place's row names, by its own name before an alias ("Moscow" the city's
    # region, not Moscow Oblast, which lists "Moscow" as an alias), then the nearest of
    # namesakes ("Sofia" the capital's region, not Sofia Province)
    cand = max(rows, key=lambda c: (c.name == place.admin1, c.exact,
                                    -_degrees_apart(c, place)))
    return Place(place.span, cand.name, cand.country, cand.admin1 or cand.name, cand.lat, cand.lon,
                 cand.geonameid, "admin1", cand.evidence)


def _degrees_apart(row, place: Place) -> float:
    if row.lat is None or place.lat is None:
        return 0.0
    return abs(row.lat - place.lat) + abs(row.lon - place.lon)
