"""Choose the gazetteer row each place mention refers to, using the whole article as context.

Each candidate gets a score, the sum of:

- a prior by kind and size: a country beats a city of the same name (``Georgia``, ``Kuwait``),
  a bigger city beats a smaller one (``Paris`` is in France), a national capital gets a little
  more; a first-level region counts as a tenth of its people, and a region named after its
  city loses to the city when the city holds a good share of its people (``Damascus``,
  ``New York``; but ``Quebec`` is the province); a row found by its own name beats one found
  by an alternate spelling, the more so when both are towns of one country (``Southold`` is
  not South Bend) unless the alternate is a big city's (``Cologne``);
- the cue words found by the tagger: ``Idlib province`` wants an admin1 row, ``the town of`` a
  populated place, ``the Libyan capital`` a national capital;
- a country or region named next to the mention (``Syria’s Idlib``, ``Tripoli, Lebanon``,
  ``Paris, Texas``, ``Edmonton, Ky.``); the region so named is the region, not a city in it
  (``Brooklyn, New York``);
- the article's other places: the share of its mentions (and demonyms) in the candidate's
  country, a place of the same kind and country listed next to it (``New South Wales, Western
  Australia and Queensland``), and whether another mention lies in the candidate's region
  (``Atlanta`` puts ``Georgia`` in the United States);
- the same name with a cue elsewhere in the article (``Idlib province`` … ``Idlib``); a name
  the article calls a town elsewhere (``the town of Jordan``, ``Lebanon, Pennsylvania``) is no
  country, unless the town is in that country (``the city of Djibouti``);
- a country named in the article (``Canada`` pulls ``London`` to Ontario when the United
  Kingdom is never named; a smaller town too when no other row of its name lies in a country
  of the article: ``Halifax`` of Yorkshire in a story naming Britain, never Canada);
- a town found by an alternate name in a country foreign to the article loses to a town
  bearing the name as its own in one of the article's countries (``Twickenham`` in London, not
  Huntsville, Alabama);
- nearness: a town or county close to a town or county another name of the article may be
  (``Edmonton`` and ``Enfield`` are neighbours in north London, not in Alberta and Nova Scotia;
  ``London`` near ``Laurel County``).

Context comes from a first pass that resolves each mention on its own; later passes decide with
the choices of the pass before. Last, a small town left in a country foreign to the article, or
in a state none of the article's other places is in while they lie in other states, is a
namesake the gazetteer holds, not the place meant: another row of the name where the article
is, else none (``far_namesakes``, ``far_region_namesakes``). A name placed at a town after a
town it does not hold is the province of that town's region that bears it (``Catbalogan,
Samar``: ``divisions_after_towns``), and a part of a two-part country's name the article names
lies in that country (``Antigua`` of ``Antigua and Barbuda``: ``parts_of_named_countries``).
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from eventwire.model import Place, Span
from eventwire.places.gazetteer import Candidate, normalize_name
from eventwire.places.tagger import Mention


@dataclass(frozen=True, slots=True)
class Weights:
    country: float = 10.0  # above any city with every bonus but a cue (Mexico, Missouri)
    continent: float = 9.5
    named_area: float = 8.0  # our table: regions, seas, straits, rivers, airports, landmarks
    admin1_discount: float = 1.0  # admin1 prior = log10(people) minus this
    admin2_discount: float = 1.0  # admin2 (a county) prior = log10(people of its towns) minus this
    national_capital: float = 1.0  # a capital is named more often than its size says
    city_share: float = 0.25  # a city with this share of its same-named region's people is
    # what the name means (Aleppo, New York); the region then scores as the city minus:
    region_after_city: float = 1.0
    region_over_namesake: float = 0.5  # a first-level region by its own name, against a
    # smaller town of that name elsewhere that is no national capital ("ranchers in Wyoming":
    # the state, not Wyoming, Michigan)
    exact_name: float = 1.0  # the canonical name, not an alternate spelling
    alternate_name: float = 1.0  # a town found by an alternate name loses this more when the
    # name is the own name of another town of its country ("Southold" is the town on Long
    # Island, not South Bend, which GeoNames also calls so), unless the alternate is a short
    # form of its own name ("Bacolod" for Bacolod City) or it is a big city, whose English
    # name news use ("Cologne" for Köln):
    alternate_full_population: int = 1_000_000
    cue_match: float = 4.0
    cue_mismatch: float = -2.0
    capital: float = 3.0
    attached_country: float = 4.0
    attached_region: float = 4.0  # "Paris, Texas", "Edmonton, Ky."
    sentence_feature: float = 1.0
    article_country: float = 2.5  # times the share of the article's other mentions
    listed_with: float = 2.0  # a place of the same kind and country listed next to it
    # ("New South Wales, Western Australia and Queensland")
    holds_other: float = 3.5  # an admin1 in which another mention lies (Georgia, Atlanta)
    same_region: float = 1.5  # a place in the admin1 of another mention (Paris, and Texas)
    county_region: float = 3.5  # a county in the admin1 of another mention: counties share
    # names across states far more than towns do (Dallas County, and Iowa)
    # both halved for a row found by an alternate spelling ("Missouri" for Bozeman)
    same_name_with_cue: float = 2.0
    town_elsewhere: float = 4.0  # taken from a country row whose name the article's own words
    # make a town of another country elsewhere ("returns to Jordan" ... "the city of Jordan",
    # "Jordan, Minnesota"): one name, one place, and a town is what the cue says
    named_country: float = 1.5  # the candidate's country is named in the article by other
    # mentions (country mentions, not towns chosen there), at least named_country_times times
    named_country_times: int = 2
    named_country_min_population: int = 100_000  # only for a sizeable city (London, Ontario):
    # small towns share the names of famous places everywhere (Atlantic, Iowa; London, Ohio)
    named_country_alone_population: int = 50_000  # a smaller town too, when no row of the name
    # lies in another country the article speaks of ("Halifax" of Yorkshire in a story that
    # names Britain again and again and never Canada)
    near_other: float = 1.5  # a town or county within near_km of a town or county that another
    # name of the article may be (pairs looked for among every candidate, before any choice)
    near_km: float = 80.0
    near_max_pairs: int = 3  # two names with more close pairs than this tell nothing (common
    # names: Springfield and Franklin meet in many states)
    near_alone_km: float = 300.0  # nor do two names that also meet, a little farther apart,
    # elsewhere (Manchester and Colchester: in Connecticut, and in England)
    near_phrase: float = 4.0  # a row within near_km of the place its own phrase says it is near
    # ("Paris, near Lexington", "X valley near Damascus"): as strong as a region named after it
    demonym_weight: float = 0.5  # a demonym counts as half a place mention
    namesake_max_population: int = 50_000  # a town this small in a country no other place or
    # demonym of the article is in, with nothing of its own phrase to place it ("Marwahin
    # village" of a story about Lebanon found only as a namesake in Estonia), is a namesake the
    # gazetteer holds, not the place meant: another row of the name in the article's countries
    # is taken, else the mention is left out; when the article's other places and demonyms
    namesake_min_votes: float = 2.0  # count this much at least (one place says little)
    # The same within a country: a town this small in a first-level region (a state) that no
    # other place of the article is in or is, while the article's places of that country lie in
    # other regions namesake_min_votes times at least ("a tractor stolen near Stuart" in a
    # story about Wichita and Kansas is no town in Florida), gives way to a row of the name in
    # those regions, else is left out (see far_region_namesakes)
    passes: int = 2  # context passes after the first, context-free one


WEIGHTS = Weights()
_NAMED_AREAS = frozenset({"region", "sea", "water", "river", "site"})
_DIVISIONS = frozenset({"admin1", "admin2"})
_ATTACHING = frozenset({",", "in"})  # "Paris, Texas", "Saraqeb in Idlib"


def _attaching(between: str) -> bool:
    """The words between a place and the region that holds it: a comma, ``in``, or ``in``
    with direction words (``in northeast``, ``in the west of``)."""
    words = between.strip().casefold().split()
    if len(words) <= 1:
        return " ".join(words) in _ATTACHING
    from eventwire.places.tagger import load_cues

    return words[0] in ("in", ",") and all(w in load_cues().directions for w in words[1:])


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
    if candidate.feature == "admin2":
        return size - weights.admin2_discount
    if candidate.capital and candidate.exact:  # by its own name: "Man" (a town in Côte
        # d'Ivoire) is also a spelling of Amman, which does not make Amman what it means
        return size + weights.national_capital
    return size


@dataclass
class _Context:
    countries: Counter  # ISO3 -> votes of all mentions (and demonyms) in the previous pass
    regions: Counter  # admin1 code -> votes
    by_name: dict[str, tuple[Counter, Counter]]  # lookup key -> that name's own votes
    cued_choice: dict[str, set[int]]  # lookup key -> rows chosen where a cue was present
    listed: dict[int, list[Candidate]] = field(default_factory=dict)  # mention index -> the
    # choices of the mentions listed next to it
    named_countries: dict[str, Counter] = field(default_factory=dict)  # ISO3 of a country the
    # article names -> how often each lookup key names it
    towns_named: dict[str, set[str]] = field(default_factory=dict)  # lookup key -> ISO3 of the
    # towns chosen where the mention's own phrase says it is a town (see ``town_cued``)


@dataclass(frozen=True, slots=True)
class _Local:
    """What a mention's own phrase says, worked out once per mention."""

    index: int = -1  # the mention's place in the article
    regions: frozenset[str] = frozenset()  # admin1 codes named next to it ("Paris, Texas")
    named_after_city: dict[int, float] = field(default_factory=dict)  # admin1 row id -> the
    # prior of the city it is named after
    city_names: frozenset[int] = frozenset()  # rows of such cities: they count as exact
    near: frozenset[int] = frozenset()  # rows close to a row another name of the article may be
    holds: bool = False  # named right after a place it holds: the region ("Brooklyn, New York")
    near_anchor: frozenset[int] = frozenset()  # rows close to the place named after "near"
    # in its own phrase ("Paris, near Lexington")
    alternates: frozenset[int] = frozenset()  # towns found by an alternate name that another
    # town of their country bears as its own (see ``Weights.alternate_name``)
    over_namesakes: frozenset[int] = frozenset()  # regions that outweigh smaller namesake
    # towns elsewhere (see ``Weights.region_over_namesake``)
    country_sizes: dict[str, int] = field(default_factory=dict)  # ISO3 -> people of the
    # biggest row of the name below country level there (see ``named_country_bonus``)
    own_name_countries: frozenset[str] = frozenset()  # ISO3 of the towns that bear the name
    # as their own (see ``foreign_alternate``)


def alternate_rows(mention: Mention, weights: Weights = WEIGHTS) -> frozenset[int]:
    """The towns of ``mention`` found by an alternate name when a town of the same country bears
    that name as its own: ``Southold`` is the town of that name before South Bend, which GeoNames
    also calls so. Left out: a big city (``weights.alternate_full_population``), whose English
    name is often an alternate one (``Cologne``), and a short form of the row's own name
    (``Bacolod`` for Bacolod City, ``Stoke`` for Stoke-on-Trent)."""
    own = {c.country for c in mention.candidates if c.exact and c.feature == "city"}
    if not own:
        return frozenset()
    words = set(mention.key.split())
    return frozenset(
        c.id for c in mention.candidates
        if not c.exact and c.feature == "city" and c.country in own and
        c.population < weights.alternate_full_population and
        not words <= set(normalize_name(c.name).split()))


def _local(mention: Mention, neighbours: frozenset[str], weights: Weights,
           index: int = -1, near: frozenset[int] = frozenset(), holds: bool = False,
           near_anchor: frozenset[int] = frozenset()) -> _Local:
    named: dict[int, float] = {}
    cities: set[int] = set()
    for region in mention.candidates:
        if region.feature not in _DIVISIONS or not region.exact or not region.admin1_code:
            continue
        inside = [c for c in mention.candidates
                  if c.feature == "city" and c.admin1_code == region.admin1_code]
        if not inside:
            continue
        city = max(inside, key=lambda c: (c.population, -c.id))
        if city.population >= weights.city_share * region.population:
            named[region.id] = prior(city, weights) - weights.region_after_city
            cities.add(city.id)
    return _Local(index=index, regions=neighbours, named_after_city=named,
                  city_names=frozenset(cities), near=near, holds=holds, near_anchor=near_anchor,
                  alternates=alternate_rows(mention, weights) - cities,
                  over_namesakes=namesake_regions(mention, named),
                  country_sizes=country_sizes(mention),
                  own_name_countries=frozenset(c.country for c in mention.candidates
                                               if c.exact and c.feature == "city"))


def country_sizes(mention: Mention) -> dict[str, int]:
    """ISO3 -> the people of the biggest row of ``mention`` below country level in that
    country (the rows it may be, country by country)."""
    sizes: dict[str, int] = {}
    for c in mention.candidates:
        if c.country and c.feature not in ("country", "continent"):
            sizes[c.country] = max(sizes.get(c.country, 0), c.population)
    return sizes


def namesake_regions(mention: Mention, named_after_city: dict[int, float]) -> frozenset[int]:
    """The first-level regions of ``mention`` found by their own name that are not named after
    a city they hold, when the name's biggest town lies elsewhere, is smaller than the region
    and is no national capital: ``Wyoming`` the state before Wyoming, Michigan (``Washington``
    stays the capital)."""
    towns = [c for c in mention.candidates if c.feature == "city" and c.exact]
    if not towns:
        return frozenset()
    town = max(towns, key=lambda c: (c.population, -c.id))
    return frozenset(
        c.id for c in mention.candidates
        if c.feature == "admin1" and c.exact and c.id not in named_after_city and
        not town.capital and town.admin1_code != c.admin1_code and
        town.population < c.population)


def score(candidate: Candidate, mention: Mention, context: _Context | None = None,
          weights: Weights = WEIGHTS, local: _Local | None = None) -> float:
    """Score of ``candidate`` for ``mention``. The article context leaves out the votes of every
    mention of the same name, so that three ``Tripoli`` do not outvote one ``Lebanon``."""
    local = local if local is not None else _local(mention, frozenset(), weights)
    value = local.named_after_city.get(candidate.id, prior(candidate, weights))
    exact = candidate.exact or candidate.id in local.city_names
    if exact:
        value += weights.exact_name
    if candidate.id in local.over_namesakes:
        value += weights.region_over_namesake
    elif candidate.id in local.alternates:
        value -= weights.alternate_name
    if mention.features:
        value += weights.cue_match if candidate.feature in mention.features \
            else weights.cue_mismatch
    if mention.capital and candidate.capital:
        value += weights.capital
    if mention.country and candidate.country == mention.country:
        value += weights.attached_country
    if candidate.admin1_code and candidate.admin1_code in local.regions and \
            not (local.holds and candidate.feature != "admin1"):
        value += weights.attached_region  # the region after "Brooklyn, ": not a city in it
    if candidate.feature in mention.sentence_features:
        value += weights.sentence_feature
    if candidate.id in local.near:
        value += weights.near_other if exact else weights.near_other / 2
    if candidate.id in local.near_anchor:
        value += weights.near_phrase
    if context is None:
        return value
    own_countries, own_regions = context.by_name.get(mention.key, (Counter(), Counter()))
    countries = context.countries - own_countries
    regions = context.regions - own_regions
    total = sum(v for v in countries.values() if v > 0)
    if total > 0 and candidate.country and countries[candidate.country] > 0:
        value += weights.article_country * countries[candidate.country] / total
    if any(c.feature == candidate.feature and c.country == candidate.country and
           (candidate.feature != "admin2" or c.admin1_code == candidate.admin1_code)
           for c in context.listed.get(local.index, ())):
        value += weights.listed_with  # counties: listed with one of the same state
    if any(regions[code] > 0 for code in _regions_of(candidate)):
        if candidate.feature == "admin1" and candidate.id not in local.named_after_city:
            bonus = weights.holds_other
        elif candidate.feature == "admin2":
            bonus = weights.county_region
        else:
            bonus = weights.same_region
        value += bonus if exact else bonus / 2
    if candidate.id in context.cued_choice.get(mention.key, ()) and not mention.features:
        value += weights.same_name_with_cue
    if candidate.feature == "country" and not mention.features and \
            context.towns_named.get(mention.key, set()) - {candidate.country}:
        value -= weights.town_elsewhere  # "the city of Jordan" elsewhere: not the kingdom
    if foreign_alternate(candidate, countries, weights, local):
        value -= weights.alternate_name
    return value + named_country_bonus(candidate, mention, context, countries, weights, local)


def foreign_alternate(candidate: Candidate, countries: Counter, weights: Weights,
                      local: _Local) -> bool:
    """Whether ``candidate`` is a town found by an alternate name in a country none of the
    article's other places or demonyms are in (``countries``), while a town bearing the name as
    its own lies in one they are in: "Twickenham" among Richmond and Hounslow is the town in
    London, not Huntsville, Alabama, which GeoNames also calls so. Big cities, whose English
    names are often alternates (``weights.alternate_full_population``), are left out."""
    return not candidate.exact and candidate.feature == "city" and \
        candidate.population < weights.alternate_full_population and \
        countries[candidate.country] <= 0 and \
        any(countries[iso3] > 0 for iso3 in local.own_name_countries)


def named_country_bonus(candidate: Candidate, mention: Mention, context: _Context,
                        countries: Counter, weights: Weights, local: _Local) -> float:
    """``weights.named_country`` for a row below country level whose country other mentions
    name at least ``named_country_times`` times, when the name's biggest row in that country
    has ``named_country_min_population`` people (``London`` in a story naming Canada again and
    again), or ``named_country_alone_population`` when no row of the name lies in another
    country the article's places or demonyms are in (``countries``: ``Halifax`` of Yorkshire
    in a story naming Britain again and again, never Canada). Every row of the name in that
    country gains it, so that the country is chosen, not the row within it."""
    if candidate.feature in ("country", "continent") or \
            candidate.country not in context.named_countries:
        return 0.0
    times = context.named_countries[candidate.country]
    if sum(times.values()) - times[mention.key] < weights.named_country_times:
        return 0.0
    size = local.country_sizes.get(candidate.country, 0)
    if size >= weights.named_country_min_population:
        return weights.named_country
    alone = not any(countries[iso3] > 0 for iso3 in local.country_sizes
                    if iso3 != candidate.country)
    return weights.named_country if alone and \
        size >= weights.named_country_alone_population else 0.0


def _regions_of(candidate: Candidate) -> tuple[str, ...]:
    return (candidate.admin1_code,) if candidate.admin1_code else ()


def _best(mention: Mention, context: _Context | None, weights: Weights,
          local: _Local | None = None) -> Candidate:
    return max(mention.candidates,
               key=lambda c: (score(c, mention, context, weights, local), c.population, -c.id))


def attached_regions(mentions: list[Mention], text: str) -> list[frozenset[str]]:
    """For each mention, the admin1 codes of a region named right after it (``Paris, Texas``,
    ``EDMONTON, Ky.``, ``Saraqeb in Idlib``, ``Monroe County in northeast Missouri``) or of a
    place it is named right after (the region ``Texas`` of ``Paris, Texas`` is the Texas that
    holds a Paris)."""
    return _attachments(mentions, text)[0]


def holding_regions(mentions: list[Mention], text: str) -> list[bool]:
    """For each mention, whether it is named right after a place that one of its first-level
    regions holds: ``New York`` of ``Brooklyn, New York`` is the state, not the city."""
    return _attachments(mentions, text)[1]


def _attachments(mentions: list[Mention], text: str) -> tuple[list[frozenset[str]], list[bool]]:
    found: list[set[str]] = [set() for _ in mentions]
    holds = [False] * len(mentions)
    for i in range(len(mentions) - 1):
        place, region = mentions[i], mentions[i + 1]
        if not _attaching(text[place.end:region.start]):
            continue
        following = mentions[i + 2] if i + 2 < len(mentions) else None
        if following is not None and text[place.end:region.start].strip() == "," and " ".join(
                text[region.end:following.start].split()).casefold() in _LISTING:
            continue  # "stops in Washington, New York and Boston": a list, not a town's state
        codes = {c.admin1_code for c in region.candidates
                 if c.feature == "admin1" and c.admin1_code}
        inside = {c.admin1_code for c in place.candidates
                  if c.feature != "admin1" and c.admin1_code in codes}
        if inside:
            found[i] |= inside
            found[i + 1] |= inside
            holds[i + 1] = True
    return [frozenset(codes) for codes in found], holds


_LOCAL_KINDS = frozenset({"city", "admin2"})


def km_between(a: Candidate, b: Candidate) -> float:
    """Great-circle distance between two rows' points, in kilometres."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    a_ = math.sin((p2 - p1) / 2) ** 2 + \
        math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, a_)))


def near_rows(mentions: list[Mention], weights: Weights = WEIGHTS) -> list[frozenset[int]]:
    """For each mention, the rows (towns, counties) that lie within ``near_km`` of a town or
    county that a mention of another name may be: ``Edmonton`` and ``Enfield`` together are the
    neighbours in north London, ``London`` with ``Laurel County`` the town in Kentucky.

    Nearness says nothing when the two names meet in more than ``near_max_pairs`` close pairs
    (common names meet in many states), nor when they also meet within ``near_alone_km``
    elsewhere (``Manchester`` and ``Colchester``: in Connecticut, and in England), unless one
    of the close pair is what its name means before any context (its biggest row)."""
    local = [[c for c in m.candidates if c.feature in _LOCAL_KINDS and c.lat is not None]
             if not any(c.exact and c.feature not in _LOCAL_KINDS for c in m.candidates) else []
             for m in mentions]  # "Florida" is the state, not a town near New York
    first: dict[str, int] = {}
    for n, m in enumerate(mentions):
        first.setdefault(m.key, n)
    keys = sorted(first.items(), key=lambda kv: kv[1])
    top = {key: max(mentions[n].candidates, key=lambda c: (prior(c, weights), -c.id)).id
           for key, n in keys if mentions[n].candidates}
    found: dict[str, set[int]] = defaultdict(set)
    degrees = weights.near_alone_km / 111.0
    for i, (key_a, a) in enumerate(keys):
        for key_b, b in keys[i + 1:]:
            pairs, others = [], []
            for x in local[a]:
                for y in local[b]:
                    if abs(x.lat - y.lat) > degrees or x.id == y.id:
                        continue
                    far = km_between(x, y)
                    if far <= weights.near_km:
                        pairs.append((x, y))
                    elif far <= weights.near_alone_km:
                        others.append((x, y))
            if not pairs or len(pairs) > weights.near_max_pairs:
                continue
            if key_a.startswith(key_b) or key_b.startswith(key_a):
                continue  # "Plymouth" in "Plymouth County": one name, not two places
            a_top = [(x, y) for x, y in pairs if top.get(key_a) == x.id]
            b_top = [(x, y) for x, y in pairs if top.get(key_b) == y.id]
            if others and not (a_top or b_top):
                continue
            for x, y in pairs:
                if b_top == [] and a_top == [] or (x, y) in b_top:
                    found[key_a].add(x.id)  # pulled by its neighbour, not by its own size
                if b_top == [] and a_top == [] or (x, y) in a_top:
                    found[key_b].add(y.id)
    return [frozenset(found.get(m.key, ())) for m in mentions]


_LISTING = frozenset({",", "and", "or", ", and", ", or", "&"})

# The words between a place and the place its phrase says it is near: "Paris, near Lexington",
# "Kafr Nabl, a town near Maarat", "the X valley just outside Damascus", "X, close to the city of Y"
_NEAR_WORDS = frozenset({"a", "an", "the", "small", "little", "town", "village", "city",
                         "district", "suburb", "area", "valley", "region", "just", "located",
                         "lying", "situated", "which", "is", "lies", "very"})
_NEAR_LINK = re.compile(r"^,?\s*((?:[a-z]+\s+){0,3})(?:near|outside|close\s+to|not\s+far\s+from)"
                        r"(?:\s+the\s+(?:town|city|village|capital)\s+of)?$")


def near_phrase_rows(mentions: list[Mention], text: str, weights: Weights = WEIGHTS,
                     chosen: list[Candidate | None] | None = None) -> list[frozenset[int]]:
    """For each mention followed, in its own phrase, by ``near`` and another place (``Paris,
    near Lexington``, ``the X valley near Damascus``), its rows within ``near_km`` of the row
    that place is (``chosen``; before any choice, the row its name means alone): the phrase says
    where it is, more strongly than the article's other places."""
    found: list[frozenset[int]] = [frozenset() for _ in mentions]
    for i in range(len(mentions) - 1):
        place, anchor = mentions[i], mentions[i + 1]
        between = " ".join(text[place.end:anchor.start].split()).casefold()
        match = _NEAR_LINK.match(between)
        if match is None or place.key == anchor.key or \
                not set(match.group(1).split()) <= _NEAR_WORDS:
            continue
        if chosen is not None:
            row = chosen[i + 1]
        else:
            row = max(anchor.candidates, key=lambda c: (prior(c, weights), -c.id), default=None)
        if row is None or row.lat is None:
            continue
        found[i] = frozenset(
            c.id for c in place.candidates
            if c.lat is not None and c.feature in _LOCAL_KINDS and c.id != row.id and
            km_between(c, row) <= weights.near_km)
    return found


def listed_together(mentions: list[Mention], text: str) -> dict[int, list[int]]:
    """Mention index -> the indexes of the mentions listed right next to it, joined by a comma,
    ``and`` or ``or`` ("Kentucky, Tennessee and Ohio")."""
    listed: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions) - 1):
        between = " ".join(text[mentions[i].end:mentions[i + 1].start].split()).casefold()
        if "town-site" in (mentions[i].cue, mentions[i + 1].cue):
            continue  # "Elm Street, Riverton": a site and its town, no list
        if between in _LISTING and mentions[i].key != mentions[i + 1].key:
            listed[i].append(i + 1)
            listed[i + 1].append(i)
    return dict(listed)


def resolve_mentions(mentions: list[Mention], text: str, *, demonyms: list[str] = (),
                     weights: Weights = WEIGHTS) -> list[Place]:
    """One :class:`Place` per mention the gazetteer places, in document order; spans index into
    ``text``. A mention left unresolved (a far namesake, see :func:`choose`) gives none."""
    spans = {(m.start, m.end) for m in mentions}
    mentions = [m for m in mentions if m.candidates or m.within in spans]  # a site whose
    # holder was dropped is no place: nothing places it
    if not mentions:
        return []
    chosen = choose(mentions, text, demonyms=demonyms, weights=weights)
    lacking = towns_outside_their_region(mentions, chosen, text)
    for n in lacking:
        chosen[n] = chosen[n + 1]
    return [to_place(c, text, m.start, m.end, demonym=m.cue == "demonym-land",
                     stand_in=m.stand_in or n in lacking or (m.within is not None and
                                                             c not in m.candidates))
            for n, (m, c) in enumerate(zip(mentions, chosen)) if c is not None]


def towns_outside_their_region(mentions: list[Mention], chosen: list[Candidate | None],
                               text: str) -> set[int]:
    """Indexes of the towns named right before the first-level region that holds them (``X,
    Texas``, ``X in Texas``) when no row of their name lies in that region: the town is one the
    gazetteer lacks, better placed in its region (as a stand-in) than at a namesake elsewhere
    (a ``Paris, Ontario`` the gazetteer lacked is not Paris, France)."""
    found: set[int] = set()
    for n in range(len(mentions) - 1):
        place, region = chosen[n], chosen[n + 1]
        if place is None or region is None or region.feature != "admin1" or \
                place.feature not in _LOCAL_KINDS or mentions[n].stand_in or \
                not _attaching(text[mentions[n].end:mentions[n + 1].start]):
            continue
        following = mentions[n + 2] if n + 2 < len(mentions) else None
        if following is not None and " ".join(
                text[mentions[n + 1].end:following.start].split()).casefold() in _LISTING:
            continue  # "Paris, Texas and Ohio": a list
        if not any(c.admin1_code == region.admin1_code for c in mentions[n].candidates):
            found.add(n)
    return found


def choose(mentions: list[Mention], text: str, *, demonyms: list[str] = (),
           weights: Weights = WEIGHTS) -> list[Candidate | None]:
    """The chosen row of each mention, after the context passes; None for a small town that
    only a namesake in a country foreign to the article would place (:func:`far_namesakes`)."""
    near = near_rows(mentions, weights)
    anchored = near_phrase_rows(mentions, text, weights)
    regions, holds = _attachments(mentions, text)
    locals_ = [_local(m, regions[n], weights, n, near[n], holds[n], anchored[n])
               for n, m in enumerate(mentions)]
    listed = listed_together(mentions, text)
    holders = _holders(mentions)
    chosen = _choices(mentions, None, weights, locals_, holders)
    anchored = near_phrase_rows(mentions, text, weights, chosen)
    locals_ = [replace(loc, near_anchor=anchored[n]) for n, loc in enumerate(locals_)]
    cued = [bool(m.features or m.country or m.capital or loc.regions or loc.near_anchor)
            for m, loc in zip(mentions, locals_)]
    towns = [town_cued(m, loc) for m, loc in zip(mentions, locals_)]
    for _ in range(weights.passes):
        context = article_context(mentions, chosen, demonyms=demonyms, weights=weights,
                                  cued=cued, towns=towns)
        context.listed = {n: [chosen[k] for k in others] for n, others in listed.items()}
        chosen = _choices(mentions, context, weights, locals_, holders)
    held = {mentions[n].key: chosen[n] for n in holders
            if chosen[holders[n]].feature in _HOLDING}
    chosen = [held[m.key] if n not in holders and m.key in held and not cue else choice
              for n, (m, choice, cue) in enumerate(zip(mentions, chosen, cued))]
    chosen = far_namesakes(mentions, chosen, locals_, demonyms=demonyms, weights=weights,
                           listed=listed)
    chosen = far_region_namesakes(mentions, chosen, _placed(mentions, chosen, locals_, listed),
                                  weights)
    chosen = divisions_after_towns(mentions, chosen, text)
    chosen = parts_of_named_countries(mentions, chosen)
    for n, mention in enumerate(mentions):  # a stand-in reads its holder as the holder's own
        # mention does ("Le Bernardin in New York" at the city the "New York" mention is; "the
        # X Hospital in Rome" at Rome, Italy, not at a namesake in the article's other
        # countries; one left out as far stays out; a repeat has no holder after it)
        if mention.stand_in and mention.cue != "repeat" and chosen[n] is not None and \
                n + 1 < len(mentions) and \
                chosen[n + 1] is not None and \
                mentions[n + 1].start - mention.end <= _HOLDER_GAP and \
                any(_holds(c, chosen[n + 1]) for c in mention.candidates):
            chosen[n] = chosen[n + 1]
    return chosen


def town_cued(mention: Mention, local: _Local) -> bool:
    """Whether the mention's own phrase says it names a town: a cue word that allows no country
    (``the city of Jordan``, ``the village of Cuba``), or a first-level region named next to it
    that holds a town of the name (``Jordan, Minnesota``)."""
    if mention.features:
        return "country" not in mention.features and "city" in mention.features
    return bool(local.regions) and not local.holds


_HOLDER_GAP = 30  # characters between a stand-in and its holder's mention ("in the ... of")


def _holds(region: Candidate, place: Candidate) -> bool:
    """Whether ``place`` is ``region`` or lies in it (a country, a first-level region)."""
    if region.id == place.id:
        return True
    if region.feature == "country":
        return place.country == region.country
    return region.feature == "admin1" and place.admin1_code == region.admin1_code


def far_namesakes(mentions: list[Mention], chosen: list[Candidate], locals_: list[_Local], *,
                  demonyms: list[str] = (), weights: Weights = WEIGHTS,
                  listed: dict[int, list[int]] | None = None) -> list[Candidate | None]:
    """Small towns (and regions as small) placed in a country nothing else of the article is in.

    A town under ``namesake_max_population`` people whose own phrase does not place it (no
    country or region named next to it, no neighbour among the article's places, no capital
    cue, no holder, not listed with other places) must lie in a country of the article's other
    places or demonyms, when the article has some (``namesake_min_votes``): "shells fell near
    Tibnin" in a story about Lebanon is not a namesake the gazetteer holds in Estonia. Another
    row of the name in one of those countries is taken instead (the biggest), else the mention
    is left unresolved (None). A second-level division of the name in a country of the
    article's places or demonyms (``Philippine troops ... in Abra``: the province) is taken
    first, however few the votes. A stand-in placed at a town (``the village of X in Y``) must
    agree the same way, whatever the town's size."""
    out: list[Candidate | None] = list(chosen)
    placed = _placed(mentions, chosen, locals_, listed)
    for n, (mention, choice) in enumerate(zip(mentions, chosen)):
        if choice is None or mention.key in placed and not mention.stand_in:
            continue
        if mention.stand_in:  # a stand-in's holder is a town: it must agree too, whatever its
            if choice.feature != "city":  # size ("Kyaung Gon village in Kani" is not in Japan)
                continue
        elif choice.feature not in ("city", "admin1") or \
                choice.population >= weights.namesake_max_population:
            continue  # (a region as small: "West Coast" of New Zealand in a story about Canada)
        votes = Counter(c.country for m, c in zip(mentions, chosen)
                        if c is not None and c.country and m.key != mention.key and
                        not (mention.stand_in and c.id == choice.id))  # (nor the holder)
        for iso3 in demonyms:
            votes[iso3] += weights.demonym_weight
        wanted = set(votes)
        if choice.country in wanted:
            continue
        divisions = [c for c in mention.divisions if c.country in wanted]
        if divisions:  # "Philippine troops ... camps in Abra": the province, not Ibra, Oman
            out[n] = max(divisions, key=lambda c: (votes[c.country], c.population, -c.id))
            continue
        if sum(votes.values()) < weights.namesake_min_votes:
            continue
        others = [c for c in mention.candidates if c.country in wanted]
        out[n] = max(others, key=lambda c: (prior(c, weights), -c.id)) if others else None
    return out


def divisions_after_towns(mentions: list[Mention], chosen: list[Candidate | None],
                          text: str) -> list[Candidate | None]:
    """Names right after a town (``Lucena, Quezon``, ``a clinic in Calamba, Laguna``) that
    a second-level division bears in the town's first-level region: the province that holds
    the town, as news name it, not a town of the name elsewhere (Quezon City, or a Laguna in
    California). Only a name placed at a town (or at none) gives way: a first-level region or a
    country named after a town is one (``Salem, Oregon``). Every mention of the name placed
    where that one was goes with it."""
    out: list[Candidate | None] = list(chosen)
    moved: dict[tuple[str, int | None], Candidate] = {}
    for n in range(1, len(mentions)):
        town, choice, mention = chosen[n - 1], chosen[n], mentions[n]
        if town is None or town.feature not in _LOCAL_KINDS or not town.admin1_code or \
                choice is not None and choice.feature != "city" or mention.stand_in or \
                not _attaching(text[mentions[n - 1].end:mention.start]):
            continue
        if choice is not None and choice.admin1_code == town.admin1_code:
            continue
        holding = [c for c in mention.divisions
                   if c.country == town.country and c.admin1_code == town.admin1_code]
        if holding:
            moved[(mention.key, choice.id if choice is not None else None)] = max(
                holding, key=lambda c: (c.population, -c.id))
    for n, (mention, choice) in enumerate(zip(mentions, chosen)):
        row = moved.get((mention.key, choice.id if choice is not None else None))
        if row is not None and not mention.stand_in:
            out[n] = row
    return out


def parts_of_named_countries(mentions: list[Mention],
                             chosen: list[Candidate | None]) -> list[Candidate | None]:
    """Names that are one part of a country's name the article names (``Antigua`` of
    ``Antigua and Barbuda``, ``Trinidad`` of ``Trinidad and Tobago``): the island of that
    country, not a namesake elsewhere. Its row in that country is taken (the biggest by
    prior), else the country's own row."""
    parts: dict[str, Candidate] = {}
    for mention, choice in zip(mentions, chosen):
        if choice is not None and choice.feature == "country":
            for part in normalize_name(choice.name).split(" and "):
                if part != normalize_name(choice.name):
                    parts.setdefault(part.strip(), choice)
    out: list[Candidate | None] = list(chosen)
    for n, (mention, choice) in enumerate(zip(mentions, chosen)):
        country = parts.get(mention.key)
        if country is None or mention.stand_in or \
                choice is not None and choice.country == country.country:
            continue
        inside = [c for c in mention.candidates if c.country == country.country]
        out[n] = max(inside, key=lambda c: (prior(c), -c.id)) if inside else country
    return out


def _placed(mentions: list[Mention], chosen: list[Candidate | None], locals_: list[_Local],
            listed: dict[int, list[int]] | None) -> set[str]:
    """The names that their own phrase places at least once: a country or region named next
    to them, a capital cue, a holder, a neighbour among the article's places, a place they are
    said to be near, or a list they are in ("trips to Saipan, Guam and Alaska" ... "a trip to
    Saipan")."""
    return {m.key for n, m in enumerate(mentions)
            if m.country and not m.stand_in or m.capital or locals_[n].regions or
            m.within is not None or n in (listed or {}) or chosen[n] is not None and
            (chosen[n].id in locals_[n].near or chosen[n].id in locals_[n].near_anchor)}


def _shared_name(mention: Mention) -> bool:
    """Whether towns of two first-level regions at least bear the name as their own: a name
    only one town bears (``Gordonvale``) is that town wherever the article's other places are."""
    return len({c.admin1_code or c.country for c in mention.candidates
                if c.exact and c.feature == "city"}) > 1


def far_region_namesakes(mentions: list[Mention], chosen: list[Candidate | None],
                         placed: set[str], weights: Weights = WEIGHTS) -> list[Candidate | None]:
    """Small towns placed in a first-level region of their country that nothing else of the
    article is in, when the article's other places of that country lie in other regions.

    A town under ``namesake_max_population`` people, not placed by its own phrase (see
    :func:`_placed`), in a state where none of the article's other places lies (nor is that
    state), while those of its country lie in other states ``namesake_min_votes`` times at
    least: "a tractor stolen near Stuart" in a story about Wichita and Kansas is no town in
    Florida. Only for a name that towns of several regions bear as their own, or a town found
    by an alternate name: a name one town alone bears is that town. The biggest town or county
    bearing the name in one of those states is taken instead, else the mention is left
    unresolved (None): a namesake the gazetteer holds elsewhere is not the town meant, and what
    the mention holds ("X's Y") goes with it."""
    out: list[Candidate | None] = list(chosen)
    for n, (mention, choice) in enumerate(zip(mentions, chosen)):
        if choice is None or mention.key in placed or mention.stand_in or \
                choice.feature != "city" or not choice.admin1_code or \
                choice.population >= weights.namesake_max_population or \
                choice.exact and not _shared_name(mention):
            continue
        votes = Counter(c.admin1_code for m, c in zip(mentions, chosen)
                        if c is not None and m.key != mention.key and c.admin1_code and
                        c.country == choice.country and c.id != choice.id)  # (nor what it holds)
        if votes[choice.admin1_code] or sum(votes.values()) < weights.namesake_min_votes:
            continue
        others = [c for c in mention.candidates if c.admin1_code in votes and c.exact and
                  c.feature in _LOCAL_KINDS]  # (its own name: "Marion" is no alternate there)
        out[n] = max(others, key=lambda c: (prior(c, weights), -c.id)) if others else None
    for n, holder in _holders(mentions).items():  # what it holds goes with it ("X's Y")
        if out[holder] is None and chosen[holder] is not None and out[n] is not None and \
                out[n].id == chosen[holder].id:
            out[n] = None
    return out


_HOLDING = frozenset({"city", "admin2", "site"})  # places whose sites lie near their point


def _holders(mentions: list[Mention]) -> dict[int, int]:
    """Mention index -> index of the mention of the place that holds it (``within``)."""
    at = {(m.start, m.end): n for n, m in enumerate(mentions)}
    return {n: at[m.within] for n, m in enumerate(mentions)
            if m.within is not None and m.within in at and at[m.within] != n}


def _choices(mentions: list[Mention], context: _Context | None, weights: Weights,
             locals_: list[_Local], holders: dict[int, int]) -> list[Candidate]:
    """Each mention's best row; a site held by a place (``Cairo's Abbasiya``) takes its own
    row only within ``near_km`` of the place's, else the place's row (``Toronto's Pearson
    International Airport`` is placed at Toronto). A site held by a country or a region
    (``Kenya's Mandera county``) is resolved as any mention, with the country as context."""
    chosen: list[Candidate | None] = [None] * len(mentions)
    order = sorted(range(len(mentions)), key=lambda n: (n in holders, n))
    for n in order:
        mention, local = mentions[n], locals_[n]
        holder = chosen[holders[n]] if n in holders else None
        if holder is None or (holder.feature not in _HOLDING and mention.candidates):
            chosen[n] = _best(mention, context, weights, local)
            continue
        near = [c for c in mention.candidates if c.lat is not None and holder.lat is not None
                and km_between(c, holder) <= weights.near_km]
        chosen[n] = max(near, key=lambda c: (score(c, mention, context, weights, local),
                                             c.population, -c.id)) if near else holder
    return chosen


def article_context(mentions: list[Mention], chosen: list[Candidate], *,
                    demonyms: list[str] = (), weights: Weights = WEIGHTS,
                    cued: list[bool] | None = None,
                    towns: list[bool] | None = None) -> _Context:
    """The article's places as votes: each mention's chosen row counted by country and region.
    ``cued`` marks the mentions whose own phrase told what they are (default: a cue word, an
    attached country or a capital cue); ``towns`` those whose own phrase said they are towns
    (see :func:`town_cued`; default: none)."""
    if cued is None:
        cued = [bool(m.features or m.country or m.capital) for m in mentions]
    towns_named: dict[str, set[str]] = defaultdict(set)
    for mention, choice, town in zip(mentions, chosen, towns or [False] * len(mentions)):
        if town and choice.feature == "city" and choice.country:
            towns_named[mention.key].add(choice.country)
    countries: Counter = Counter()
    regions: Counter = Counter()
    by_name: dict[str, tuple[Counter, Counter]] = defaultdict(lambda: (Counter(), Counter()))
    cued_rows: dict[str, set[int]] = defaultdict(set)
    for mention, choice, with_cue in zip(mentions, chosen, cued):
        if mention.cue == "town-site":
            continue  # placed by the article's town: no vote of its own
        own_countries, own_regions = by_name[mention.key]
        if choice.country:
            countries[choice.country] += 1
            own_countries[choice.country] += 1
        for code in _regions_of(choice):
            regions[code] += 1
            own_regions[code] += 1
        if with_cue:
            cued_rows[mention.key].add(choice.id)
    for iso3 in demonyms:
        countries[iso3] += weights.demonym_weight
    named: dict[str, Counter] = defaultdict(Counter)
    for mention, choice in zip(mentions, chosen):
        if choice.feature == "country" and choice.country:
            named[choice.country][mention.key] += 1
    return _Context(countries, regions, dict(by_name), cued_rows, named_countries=dict(named),
                    towns_named=dict(towns_named))


def to_place(candidate: Candidate, text: str, start: int, end: int, *,
             stand_in: bool = False, demonym: bool = False) -> Place:
    """A :class:`Place` for a gazetteer row and a span of ``text``. ``stand_in``: the span
    names a place the gazetteer lacks, and the row is the region that holds it ("the village of
    X in Idlib"): the evidence says so (``"in-region:gazetteer:geonames:169387"``). ``demonym``:
    the span is a demonym naming land ("the Turkish border"): evidence ``"demonym:..."``."""
    evidence = f"in-region:{candidate.evidence}" if stand_in else candidate.evidence
    if demonym:
        evidence = f"demonym:{evidence}"
    return Place(span=Span.of(text, start, end), name=candidate.name, country=candidate.country,
                 admin1=candidate.admin1, lat=candidate.lat, lon=candidate.lon,
                 geonameid=candidate.geonameid, feature=candidate.feature,
                 evidence=evidence)
