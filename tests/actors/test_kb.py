import importlib.util
from pathlib import Path

from eventwire.actors.kb import load_kb

ROOT = Path(__file__).resolve().parents[2]


def _script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_kb_countries_csv_matches_a_fresh_build():
    build = _script("build_actors")
    assert (ROOT / "eventwire" / "data" / "countries.csv").read_text(encoding="utf-8") == build.build()


def test_kb_knows_demonyms_capitals_and_seats():
    kb = load_kb()
    def roles(text):
        return {(t.role, t.code) for t in kb.terms_for(text)}
    assert ("adjective", "TUR") in roles("Turkish")
    assert ("capital", "TURGOV") in roles("Ankara")
    assert ("seat", "USAGOV") in roles("White House")
    assert ("organization", "NATO") in roles("NATO")


def test_kb_every_person_has_a_start_date():
    assert all(t.valid_from is not None for t in load_kb().terms if t.role == "person")


def test_kb_a_plural_word_in_a_name_is_found_with_or_without_its_apostrophe():
    from eventwire.actors.kb import load_kb

    kb = load_kb()
    for text in ("Kurdistan Workers Party", "Kurdistan Workers' Party", "Kurdistan Workers’ Party"):
        assert [t.code for t in kb.terms_for(text)] == ["TURREBPKK"]


def test_kb_home_peoples_are_adjectives_and_nationals_of_their_state():
    kb = load_kb()
    assert {(t.role, t.code) for t in kb.terms_for("Chechen")} == {("adjective", "RUS")}
    assert {(t.role, t.code) for t in kb.terms_for("Chechens")} == {("national", "RUSCVL")}
    assert {(t.role, t.code) for t in kb.terms_for("Ingush")} == {("adjective", "RUS"), ("national", "RUSCVL")}


def test_kb_plural_words_in_names_get_their_possessive_forms():
    from eventwire.actors.kb import _apostrophe_variants

    assert "New People's Army" in _apostrophe_variants("New Peoples Army")
    assert "Kurdistan Workers' Party" in _apostrophe_variants("Kurdistan Workers Party")
    assert "Kurdistan Worker's Party" not in _apostrophe_variants("Kurdistan Workers Party")
