"""eventwire/places/gazetteer.py: names, the built index and its partial rebuild."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.places.gazetteer import (
    BUILD_VERSION,
    Gazetteer,
    abbreviation_key,
    admin1_display_name,
    area_point,
    build_index,
    build_key,
    get_gazetteer,
    index_path,
    is_latin,
    loose_key,
    normalize_name,
)

ROOT = Path(__file__).resolve().parents[2]
RULES = {
    "strip_suffixes": ["Governorate", "Province", "State", "Region"],
    "keep_suffixes": {"Oblast": "Oblast", "Kray": "Krai"},
    "strip_prefixes": ["State of", "Free State of"],
    "adjectival": {"kray": "Krai", "oblast'": "Oblast"},
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize("name,key", [
    ("Sarâqeb", "saraqeb"),
    ("Deir ez-Zor", "deir ez zor"),
    ("U.S.", "us"),
    ("the Black Sea", "black sea"),
    ("Ma‘arrat an Nu‘mān", "maarrat an numan"),
    ("İstanbul", "istanbul"),
    ("Łódź", "lodz"),
])
def test_gazetteer_normalize_name(name, key):
    assert normalize_name(name) == key


@pytest.mark.parametrize("one,other", [
    ("maarat al numan", "maarrat an numan"),
    ("jisr al shughur", "jisr ash shughur"),
    ("saraqeb", "sarakeb"),
])
def test_gazetteer_loose_key_merges_spellings(one, other):
    assert loose_key(one) == loose_key(other)


@pytest.mark.parametrize("text,latin", [
    ("Saraqib", True), ("Sarâqeb", True), ("سراقب", False), ("Сочи", False), ("Tʻripʻoli", True),
])
def test_gazetteer_is_latin(text, latin):
    assert is_latin(text) is latin


@pytest.mark.parametrize("primary,aliases,cities,biggest,name", [
    ("Ḩalab", ["Aleppo", "Aleppo Governorate", "حلب"], [], None, "Aleppo"),
    ("Idlib", ["Idlib Governorate", "ادلب"], [], None, "Idlib"),
    ("Bayern", ["Bavaria", "Free State of Bavaria"], [], None, "Bavaria"),
    ("Donetska oblast", ["Donetsk", "Donetsk Oblast"], [], None, "Donetsk Oblast"),
    ("Rīf Dimashq", ["Damascus Countryside", "Rif-dimashq Governorate"], [], None, "Rif Dimashq"),
    ("Moskva", ["Moscow", "Мәскәү"], [], "Moscow", "Moscow"),
    ("Krasnodarskiy kray", ["Krasnodar diyarı"], ["Sochi", "Krasnodar"], "Krasnodar",
     "Krasnodar Krai"),
    ("Yucatán", ["Estado de Yucatán"], ["Mérida"], "Mérida", "Yucatán"),
])
def test_gazetteer_admin1_display_name(primary, aliases, cities, biggest, name):
    assert admin1_display_name(primary, aliases, cities, RULES, biggest_city=biggest) == name


@pytest.mark.parametrize("name,canonical,feature,country,admin1,geonameid", [
    ("Syria", "Syria", "country", "SYR", None, 163843),
    ("Idlib", "Idlib", "admin1", "SYR", "Idlib", 169387),
    ("Saraqeb", "Saraqib", "city", "SYR", "Idlib", 164816),
    ("Sochi", "Sochi", "city", "RUS", "Krasnodar Krai", 491422),
    ("Istanbul", "Istanbul", "city", "TUR", "Istanbul", 745044),
    ("Damascus", "Damascus", "city", "SYR", "Damascus", 170654),
    ("Black Sea", "Black Sea", "sea", None, None, None),
    ("Bosphorus", "Bosporus", "water", "TUR", "Istanbul", None),
    ("Georgia", "Georgia", "admin1", "USA", "Georgia", 4197000),
    ("Europe", "Europe", "continent", None, None, 6255148),
])
def test_gazetteer_lookup_finds(gaz, name, canonical, feature, country, admin1, geonameid):
    found = {(c.name, c.feature, c.country, c.admin1, c.geonameid) for c in gaz.lookup(name)}
    assert (canonical, feature, country, admin1, geonameid) in found


@pytest.mark.parametrize("name,exact", [("Saraqib", True), ("Saraqeb", False), ("Sarâqeb", False)])
def test_gazetteer_lookup_marks_canonical_name(gaz, name, exact):
    (saraqib,) = [c for c in gaz.lookup(name) if c.geonameid == 164816]
    assert saraqib.exact is exact


@pytest.mark.parametrize("name", ["سراقب", "Сочи", "AER"])
def test_gazetteer_lookup_drops_non_latin_names_and_codes(gaz, name):
    assert [c.name for c in gaz.lookup(name) if c.geonameid in (164816, 491422)] == []


def test_gazetteer_lookup_loose_spelling(gaz):
    assert [c.geonameid for c in gaz.lookup("Maarat al-Numan")] == [167611]


@pytest.mark.parametrize("name,evidence", [
    ("Idlib", "gazetteer:geonames:169387"),
    ("Black Sea", "gazetteer:places_extra:black_sea"),
])
def test_gazetteer_candidate_evidence(gaz, name, evidence):
    assert evidence in {c.evidence for c in gaz.lookup(name)}


def test_gazetteer_country_row(gaz):
    syria = gaz.country("SYR")
    assert (syria.name, syria.geonameid, syria.lat, syria.lon, syria.feature) == \
        ("Syria", 163843, 35.0, 38.0, "country")


def test_gazetteer_country_unknown_is_none(gaz):
    assert gaz.country("XXX") is None


@pytest.mark.parametrize("word,iso3", [
    ("Syrian", "SYR"), ("Turkish", "TUR"), ("Russian-backed", "RUS"), ("Lebanese", "LBN"),
    ("Paris", None),
])
def test_gazetteer_demonym(gaz, word, iso3):
    assert gaz.demonym(word) == iso3


@pytest.mark.parametrize("iso2,iso3", [("SY", "SYR"), ("LB", "LBN")])
def test_gazetteer_partial_rebuild_matches_index(gaz, iso2, iso3):
    """Rebuild two countries in memory: every row and name equals the cached full index."""
    small = Gazetteer.in_memory(countries=["SY", "LB"])
    def strip(rows):
        return [{k: v for k, v in row.items() if k != "id"} for row in rows]
    rebuilt = strip(small.rows(country=iso3))
    assert len(rebuilt) > 10
    assert rebuilt == strip(gaz.rows(country=iso3))


def test_gazetteer_index_path_in_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    assert index_path() == tmp_path / f"places-v{BUILD_VERSION}-{build_key()}.sqlite"


def test_gazetteer_load_missing_index_without_build_fails(tmp_path):
    with pytest.raises(EventwireError, match="no places index"):
        Gazetteer.load(tmp_path / "missing.sqlite", build=False)


def test_gazetteer_build_index_partial_file(tmp_path):
    path = build_index(tmp_path / "sy.sqlite", countries=["SY"])
    stats = Gazetteer.load(path, build=False).stats()
    assert (stats["country"], stats["admin1"]) == (1, 14)


def test_gazetteer_build_script_reports(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("build_places", ROOT / "scripts/build_places.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    out = tmp_path / "lb.sqlite"
    assert script.main(["--out", str(out), "--countries", "LB"]) == 0
    assert capsys.readouterr().out.startswith(f"{out}: 8 admin1, ")


def test_gazetteer_load_builds_missing_index_and_removes_stale(monkeypatch, tmp_path):
    import eventwire.places.gazetteer as module

    real_build = module.build_index
    monkeypatch.setattr(module, "build_index", lambda path: real_build(path, countries=["LB"]))
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    (tmp_path / "places-v0-stale.sqlite").write_bytes(b"old")
    gaz = Gazetteer.load()
    assert (gaz.country("LBN").name, sorted(p.name for p in tmp_path.iterdir())) == \
        ("Lebanon", [index_path().name])


@pytest.mark.parametrize("points,point", [
    ([(0, 0), (0, 10), (10, 0), (10, 10), (1, 1)], (5.0, 5.0)),  # the middle, not the median
    ([(0, 0), (0, 10), (10, 0), (10, 10), (5, 5), (80, 170)], (5.0, 5.0)),  # far outlier left out
    ([(60, 179), (62, -179), (61, 178)], (61.0, 179.5)),  # across the antimeridian
    ([(33.5, 36.3)], (33.5, 36.3)),
    ([], None),
])
def test_gazetteer_area_point(points, point):
    assert area_point(points) == point


def test_gazetteer_region_point_is_middle_of_its_places(gaz):
    kentucky = gaz.admin1("US.KY")
    assert (kentucky.name, kentucky.lat, kentucky.lon) == ("Kentucky", 37.80853, -85.66815)


def test_gazetteer_country_points_table_is_used(gaz):
    """Every row of data/country_points.csv names a country (or, with an admin1 code, a
    first-level region of that country) of the index and gives its point."""
    import csv
    from importlib import resources

    text = (resources.files("eventwire") / "data" / "country_points.csv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert (len(rows), sum(1 for r in rows if r["admin1_code"])) == (33, 19)
    for row in rows:
        place = gaz.admin1(row["admin1_code"]) if row["admin1_code"] else gaz.country(row["iso3"])
        assert (place.name, place.country, place.lat, place.lon) == \
            (row["name"], row["iso3"], float(row["lat"]), float(row["lon"]))


@pytest.mark.parametrize("code,lat,lon", [
    ("CA.01", 52.28333, -117.46667),  # Alberta: its towns lie in the south and middle
    ("CA.08", 49.25014, -84.49983),  # Ontario
    ("US.AK", 64.00028, -150.00028),  # Alaska
])
def test_gazetteer_large_region_takes_geonames_point(gaz, code, lat, lon):
    region = gaz.admin1(code)
    assert (region.lat, region.lon) == (lat, lon)


@pytest.mark.parametrize("name,admin1,lat,lon", [
    ("Metcalfe County", "Kentucky", 36.98, -85.62),
    ("Allamakee County", "Iowa", 43.22, -91.39),
])
def test_gazetteer_county_is_admin2_at_its_towns(gaz, name, admin1, lat, lon):
    (county,) = gaz.lookup(name)
    assert (county.name, county.feature, county.country, county.admin1, county.exact) == \
        (name, "admin2", "USA", admin1, True)
    assert county.lat == pytest.approx(lat, abs=0.05) and county.lon == pytest.approx(lon, abs=0.05)


def test_gazetteer_county_bare_name_is_no_lookup_key_in_the_us(gaz):
    assert "admin2" not in {c.feature for c in gaz.lookup("Metcalfe")}


def test_gazetteer_english_county_found_by_bare_name(gaz):
    found = [(c.name, c.feature, c.country) for c in gaz.lookup("Hampshire")
             if c.feature == "admin2"]
    assert found == [("Hampshire", "admin2", "GBR")]


@pytest.mark.parametrize("text,key", [
    ("Ky.", "ky."), ("B.C.", "bc."), ("W.Va.", "wva."), ("Ky", None), ("Kentucky", None),
    ("St. Louis", None),
])
def test_gazetteer_abbreviation_key(text, key):
    assert abbreviation_key(text) == key


@pytest.mark.parametrize("name,found", [
    ("Ky.", [("Kentucky", "admin1", "USA")]),
    ("Mo.", [("Missouri", "admin1", "USA")]),
    ("B.C.", [("British Columbia", "admin1", "CAN")]),
])
def test_gazetteer_lookup_region_abbreviation(gaz, name, found):
    assert [(c.name, c.feature, c.country) for c in gaz.lookup(name)] == found


def test_gazetteer_lookup_undotted_abbreviation_is_no_region(gaz):
    assert "Missouri" not in {c.name for c in gaz.lookup("Mo")}


@pytest.mark.parametrize("name,found", [
    ("EU", []),  # not the town of Eu in Normandy
    ("OAS", []),
    ("UAE", [("United Arab Emirates", "country")]),
    ("UK", [("United Kingdom", "country")]),
])
def test_gazetteer_lookup_acronym_takes_aliases_only(gaz, name, found):
    assert [(c.name, c.feature) for c in gaz.lookup(name)] == found


@pytest.mark.parametrize("name,expected", [
    ("LA", ["Los Angeles"]),  # a big city named by letters
    ("AI", []),  # no town is named by letters: not a village in Jordan
    ("MoD", []),
    ("UAE", ["United Arab Emirates"]),
])
def test_gazetteer_acronyms_name_countries_regions_and_big_cities(gaz, name, expected):
    assert [c.name for c in gaz.lookup(name)] == expected
