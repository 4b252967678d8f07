"""Choose the gazetteer row each place mention refers to, using the whole article as context.

Each candidate gets a score, the sum of:

- a prior by kind and size: a country beats a city of the same name (``Georgia``, ``Kuwait``),
  a bigger city beats a smaller one (``Paris`` is in France), a first-level region counts as a
  tenth of its people so that a city beats the region named after it (``Damascus``);
- the cue words found by the tagger: ``Idlib province`` wants an admin1 row, ``the town of`` a
  populated place, ``the Libyan capital`` a national capital;
- a country named next to the mention (``Syria’s Idlib``, ``Tripoli, Lebanon``);
- the article's other places: the share of its mentions (and demonyms) in the candidate's
  country, and whether another mention lies in the candidate's region (``Atlanta`` puts
  ``Georgia`` in the United States);
- the same name with a cue elsewhere in the article (``Idlib province`` … ``Idlib``).

Context comes from a first pass that resolves each mention on its own; the second pass decides.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from eventwire.model import Place, Span
from eventwire.places.gazetteer import Candidate
from eventwire.places.tagger import Mention


@dataclass(frozen=True, slots=True)
class Weights:
    country: float = 10.0  # above any city with every bonus but a cue (Mexico, Missouri)
    continent: float = 9.5
    named_area: float = 8.0  # our table: regions, seas, straits, rivers
    admin1_discount: float = 1.0  # admin1 prior = log10(people) minus this
    exact_name: float = 1.0  # the canonical name, not an alternate spelling
    cue_match: float = 4.0
    cue_mismatch: float = -2.0
    capital: float = 3.0
    attached_country: float = 4.0
    sentence_feature: float = 1.0
    article_country: float = 1.5  # times the share of the article's other mentions
    same_region: float = 3.5  # an admin1 in which another mention lies (Georgia, Atlanta), or a
    # city in it; halved for a row found by an alternate spelling ("Missouri" for Bozeman)
    same_name_with_cue: float = 2.0
    demonym_weight: float = 0.5  # a demonym counts as half a place mention


WEIGHTS = Weights()
_NAMED_AREAS = frozenset({"region", "sea", "water", "river"})


def prior(candidate: Candidate, weights: Weights = WEIGHTS) -> float:
    """Score of a candidate before any context."""
    if candidate.feature == "country":
        return weights.country
    if candidate.feature == "continent":
        return weights.continent
    if candidate.feature in _NAMED_AREAS:
        return weights.named_area
    size = math.log10(max(candidate.population, 0) + 10)
    if candidate.feature == "admin1":
        return size - weights.admin1_discount
    return size


@dataclass
class _Context:
    countries: Counter  # ISO3 -> first-pass votes of all mentions (and demonyms)
    regions: Counter  # admin1 code -> votes
    by_name: dict[str, tuple[Counter, Counter]]  # lookup key -> that name's own votes
    cued_choice: dict[str, set[int]]  # lookup key -> rows chosen where a cue was present


def score(candidate: Candidate, mention: Mention, context: _Context | None = None,
          weights: Weights = WEIGHTS) -> float:
    """Score of ``candidate`` for ``mention``. The article context leaves out the votes of every
    mention of the same name, so that three ``Tripoli`` do not outvote one ``Lebanon``."""
    value = prior(candidate, weights)
    if candidate.exact:
        value += weights.exact_name
    if mention.features:
        value += weights.cue_match if candidate.feature in mention.features \
            else weights.cue_mismatch
    if mention.capital and candidate.capital:
        value += weights.capital
    if mention.country and candidate.country == mention.country:
        value += weights.attached_country
    if candidate.feature in mention.sentence_features:
        value += weights.sentence_feature
    if context is None:
        return value
    own_countries, own_regions = context.by_name.get(mention.key, (Counter(), Counter()))
    countries = context.countries - own_countries
    regions = context.regions - own_regions
    total = sum(v for v in countries.values() if v > 0)
    if total > 0 and candidate.country and countries[candidate.country] > 0:
        value += weights.article_country * countries[candidate.country] / total
    if any(regions[code] > 0 for code in _regions_of(candidate)):
        value += weights.same_region if candidate.exact else weights.same_region / 2
    if candidate.id in context.cued_choice.get(mention.key, ()) and not mention.features:
        value += weights.same_name_with_cue
    return value


def _regions_of(candidate: Candidate) -> tuple[str, ...]:
    return (candidate.admin1_code,) if candidate.admin1_code else ()


def _best(mention: Mention, context: _Context | None, weights: Weights) -> Candidate:
    return max(mention.candidates,
               key=lambda c: (score(c, mention, context, weights), c.population, -c.id))


def resolve_mentions(mentions: list[Mention], text: str, *, demonyms: list[str] = (),
                     weights: Weights = WEIGHTS) -> list[Place]:
    """One :class:`Place` per mention, in document order; spans index into ``text``."""
    if not mentions:
        return []
    first = [_best(m, None, weights) for m in mentions]
    countries: Counter = Counter()
    regions: Counter = Counter()
    by_name: dict[str, tuple[Counter, Counter]] = defaultdict(lambda: (Counter(), Counter()))
    cued: dict[str, set[int]] = defaultdict(set)
    for mention, choice in zip(mentions, first):
        own_countries, own_regions = by_name[mention.key]
        if choice.country:
            countries[choice.country] += 1
            own_countries[choice.country] += 1
        for code in _regions_of(choice):
            regions[code] += 1
            own_regions[code] += 1
        if mention.features or mention.country or mention.capital:
            cued[mention.key].add(choice.id)
    for iso3 in demonyms:
        countries[iso3] += weights.demonym_weight
    context = _Context(countries, regions, dict(by_name), cued)
    places = []
    for mention in mentions:
        chosen = _best(mention, context, weights)
        places.append(to_place(chosen, text, mention.start, mention.end))
    return places


def to_place(candidate: Candidate, text: str, start: int, end: int) -> Place:
    """A :class:`Place` for a gazetteer row and a span of ``text``."""
    return Place(span=Span.of(text, start, end), name=candidate.name, country=candidate.country,
                 admin1=candidate.admin1, lat=candidate.lat, lon=candidate.lon,
                 geonameid=candidate.geonameid, feature=candidate.feature,
                 evidence=candidate.evidence)
