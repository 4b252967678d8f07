"""The organisations table (data/organizations.yaml): its check script, and the codes it gives."""
import importlib.util
from datetime import date
from pathlib import Path

import pytest

from eventwire.actors import find_actors
from eventwire.actors.kb import load_kb

ROOT = Path(__file__).resolve().parents[2]


def _check_module():
    spec = importlib.util.spec_from_file_location("check_organizations", ROOT / "scripts" / "check_organizations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _check_module().check
GOOD = {"code": "KENREBJVF", "name": "Jubba Valley Front", "sector": "REB", "country": "KEN", "kind": "group",
        "names": ["Jubba Valley Front", "JVF"]}


def test_organizations_table_has_no_problems(nlp):
    assert check(nlp=nlp) == []


@pytest.mark.parametrize("changes,problem", [
    ({"country": "KNY"}, "country 'KNY' is not an ISO3 code of countries.csv"),
    ({"sector": "RBL"}, "sector 'RBL' is not one of"),
    ({"code": "SOMREBJVF"}, "code SOMREBJVF does not start with country+sector KENREB"),
    ({"kind": "militia"}, "kind 'militia' is not one of group, organization"),
    ({"names": ["Labour"]}, "name 'Labour' is a common English word"),
    ({"names": ["the alliance front"]}, "name 'the alliance front' is a common English word"),
    ({"names": ["Kenyans"]}, "name 'Kenyans' is a name of the country KEN"),
    ({"names": ["Jubba Front (JF)"]}, "name 'Jubba Front (JF)' is tokenised"),
    ({"from": "2020-05-01", "to": "2019-01-01"}, "from 2020-05-01 is not before to 2019-01-01"),
    ({"alias": ["JVF"]}, "unknown key(s) alias"),
])
def test_organizations_table_check_names_the_problem(nlp, changes, problem):
    (line,) = check([{**GOOD, **changes}], nlp=nlp)
    assert line.startswith(f"organizations.yaml: {changes.get('code', GOOD['code'])} (Jubba Valley Front): {problem}")


def test_organizations_table_check_finds_a_name_and_a_code_used_twice(nlp):
    other = {**GOOD, "name": "Jubba Valley Front Council", "names": ["JVF", "the Jubba Council"]}
    also = {**GOOD, "code": "KENREBJVC", "name": "Jubba Council", "names": ["The Jubba Council"]}
    assert check([GOOD, other, also], nlp=nlp) == [
        "organizations.yaml: KENREBJVF (Jubba Valley Front Council): code KENREBJVF is also entry 1's",
        "organizations.yaml: KENREBJVF (Jubba Valley Front Council): name 'JVF' is also a name of KENREBJVF",
        "organizations.yaml: KENREBJVC (Jubba Council): name 'The Jubba Council' is also a name of KENREBJVF",
    ]


def test_organizations_table_dates_and_evidence_reach_the_terms():
    (term,) = load_kb().terms_for("MINUSMA")
    assert (term.code, term.sector, term.country, term.kind) == ("UNOPKOMLI", "IGO", None, "organization")
    assert (term.valid_from, term.valid_to, term.evidence) == (None, date(2024, 1, 1), "organizations.yaml:UNOPKOMLI")


@pytest.mark.parametrize("form", ["Labour", "Congress", "Amnesty", "Conservatives", "APC"])
def test_organizations_table_leaves_ordinary_words_alone(form):
    assert [t for t in load_kb().terms_for(form) if t.role == "organization"] == []


@pytest.mark.parametrize("text,phrase,code", [
    ("Fighters of the Kachin Independence Army attacked a base.", "Kachin Independence Army", "MMRREBKIA"),
    ("Interpol issued a notice for the two suspects.", "Interpol", "IGOCOPITP"),
    ("The BJP won the vote.", "BJP", "INDPTYBJP"),
    ("The Congress party walked out of the chamber.", "Congress party", "INDPTYINC"),
    ("The Taliban detained two reporters.", "The Taliban", "AFGINSTAL"),
    ("ISWAP claimed the ambush on the convoy.", "ISWAP", "NGAINSISW"),
    ("MONUSCO peacekeepers evacuated the wounded.", "MONUSCO peacekeepers", "UNOPKOCOD"),
    ("The U.N. Security Council met behind closed doors.", "U.N. Security Council", "UNOSEC"),
    ("The Syrian Observatory for Human Rights counted the dead.", "Syrian Observatory for Human Rights", "SYRHRISOH"),
    ("The Muslim Brotherhood denied the charges.", "Muslim Brotherhood", "EGYPTYMBR"),
    ("The European Commission proposed a tariff.", "European Commission", "EURCOM"),
    ("Save the Children suspended its work in the district.", "Save the Children", "NGOSCF"),
])
def test_organizations_table_codes_the_group(nlp, text, phrase, code):
    found = {a.span.text: a.code for a in find_actors(nlp(text), published=date(2024, 5, 1)).actors}
    assert found.get(phrase) == code


@pytest.mark.parametrize("text,phrase,code", [
    # news agencies and broadcasters are the media of their country
    ("The BBC said its correspondent was expelled.", "BBC", "GBRMEDBBC"),
    ("Voice of America said the station was closed.", "Voice of America", "USAMEDVOA"),
    ("Agence France-Presse counted 12 bodies in the square.", "Agence France-Presse", "FRAMEDAFP"),
    ("The army detained an Al Jazeera reporter in the town.", "an Al Jazeera reporter", "QATMEDAJZ"),
    ("Xinhua quoted a ministry official on the talks.", "Xinhua", "CHNMEDXIN"),
    ("TASS quoted a Kremlin aide on the talks.", "TASS", "RUSMEDTAS"),
    ("Police raided the offices of the Washington Post.", "the Washington Post", "USAMEDWPO"),
])
def test_organizations_table_codes_news_media(nlp, text, phrase, code):
    found = {a.span.text: a.code for a in find_actors(nlp(text), published=date(2024, 5, 1)).actors}
    assert found.get(phrase) == code


@pytest.mark.parametrize("form", ["Fars", "Sputnik", "CCTV", "ABC", "Bloomberg"])
def test_organizations_table_leaves_media_forms_with_other_senses_alone(form):
    assert [t for t in load_kb().terms_for(form) if t.sector == "MED"] == []
