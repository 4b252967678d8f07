"""people.csv: the table passes its checks, and known people are coded by their dates in office."""
import importlib.util
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from eventwire.actors import find_actors
from eventwire.actors.kb import Term, load_kb

ROOT = Path(__file__).resolve().parents[2]
HEADER = "name,aliases,country,sector,code,role,from,to\n"


def _check_people():
    spec = importlib.util.spec_from_file_location("check_people", ROOT / "scripts" / "check_people.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _people(nlp, text, published, kb=None):
    tags = find_actors(nlp(text), published=published, kb=kb)
    return [(a.span.text, a.code) for a in tags.actors if a.kind == "person"]


def test_people_table_has_no_problems():
    assert _check_people().check() == []


def test_people_table_check_reports_each_problem(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(HEADER + "\n".join([
        "Amina Wekesa,Wekesa,KEN,GOV,,foreign_minister,2020-01-01,2024-01-01",
        "Amina Wekesa,Wekesa,KEN,GOV,,head_of_state,2023-06-01,",
        "Omar Wekesa,Wekesa,KEN,GOV,,other,2021-01-01,2022-01-01",
        "Ada Lim,May,XXX,GOV,,leader,2020-13-01,",
        "Lee Park,Kenyan,KEN,CIV,KENCIV,other,2020-01-01,2019-01-01",
    ]) + "\n", encoding="utf-8")
    assert _check_people().check(path) == [
        "people.csv:5: Ada Lim: country 'XXX' is not an ISO3 code of countries.csv",
        "people.csv:5: Ada Lim: role 'leader' is not one of defence_minister, foreign_minister, group_leader, "
        "head_of_government, head_of_state, igo_head, military_chief, other",
        "people.csv:5: Ada Lim: from '2020-13-01' is not a date (YYYY-MM-DD)",
        "people.csv:5: Ada Lim: alias 'May' is a common word or a name shared by many",
        "people.csv:6: Lee Park: code 'KENCIV' is no organisation's code",
        "people.csv:6: Lee Park: code 'KENCIV' repeats country+sector (leave it empty)",
        "people.csv:6: Lee Park: sector 'CIV' is not one of BUS, COP, CRM, ELI, GOV, IGO, INS, JUD, LEG, MIL, OPP, "
        "REB, REL, SPY",
        "people.csv:6: Lee Park: from 2020-01-01 is not before to 2019-01-01",
        "people.csv:6: Lee Park: alias 'Kenyan' is a country or organisation name",
        "people.csv:3: Amina Wekesa: term 2023-06-01.. overlaps the term on line 2",
        "people.csv:4: Omar Wekesa: 'Wekesa' also names Amina Wekesa (line 2) in the same years",
    ]


@pytest.mark.parametrize("published,obama", [
    (date(2010, 3, 1), ("USAGOV", "people.csv:Barack Obama")),
    (date(2019, 1, 1), ("USAELI", "people.csv:Barack Obama+former")),  # a former president: an elite
    (None, ("USAGOV", "people.csv:Barack Obama")),  # no date: the latest term counts as current
])
def test_people_table_codes_by_date_in_office(nlp, published, obama):
    tags = find_actors(nlp("Obama met Netanyahu in Jerusalem."), published=published)
    people = [(a.span.text, a.code, a.evidence) for a in tags.actors if a.kind == "person"]
    assert people == [("Obama", *obama), ("Netanyahu", "ISRGOV", "people.csv:Benjamin Netanyahu")]


def test_people_table_term_ends_the_day_the_successor_starts(nlp):
    assert _people(nlp, "Biden and Trump spoke by phone.", date(2021, 1, 20)) == [
        ("Biden", "USAGOV"), ("Trump", "USAELI")]


def test_people_table_future_office_holder_is_an_elite(nlp):
    assert _people(nlp, "Zelensky performed on stage.", date(2015, 6, 1)) == [("Zelensky", "UKRELI")]


@pytest.mark.parametrize("text,published,expected", [
    ("Lavrov and Cavusoglu met in Antalya.", date(2021, 6, 30), [("Lavrov", "RUSGOV"), ("Cavusoglu", "TURGOV")]),
    ("Davutoglu arrived in Baghdad.", date(2012, 4, 1), [("Davutoglu", "TURGOV")]),  # foreign minister
    ("Davutoglu arrived in Baghdad.", date(2015, 4, 1), [("Davutoglu", "TURGOV")]),  # prime minister
    ("Gerasimov inspected the troops.", date(2023, 2, 1), [("Gerasimov", "RUSMIL")]),  # military chief
])
def test_people_table_codes_ministers_and_commanders(nlp, text, published, expected):
    assert _people(nlp, text, published) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Guterres urged both sides to talk.", date(2024, 2, 1), [("Guterres", "UNO")]),
    ("Stoltenberg warned Moscow.", date(2020, 5, 1), [("Stoltenberg", "NATO")]),
    ("Ban Ki-moon visited Seoul.", date(2019, 5, 1), [("Ban Ki-moon", "UNOELI")]),  # a former head
    ("Nasrallah gave a speech.", date(2020, 5, 1), [("Nasrallah", "LBNREBHEZ")]),
    ("Nasrallah gave a speech.", date(2025, 5, 1), [("Nasrallah", "LBNREBHEZELI")]),
])
def test_people_table_codes_igo_heads_and_group_leaders(nlp, text, published, expected):
    assert _people(nlp, text, published) == expected


def test_people_table_prefers_the_head_of_government_on_a_shared_name(nlp):
    def sharif(name, code, sector, office, start, end):
        return Term("Sharif", "person", code, "PAK", sector, name, "person", f"people.csv:{name}", start, end, office)

    kb = replace(load_kb(), terms=load_kb().terms + (
        sharif("Raheel Sharif", "PAKMIL", "MIL", "military_chief", date(2013, 11, 29), date(2016, 11, 29)),
        sharif("Nawaz Sharif", "PAKGOV", "GOV", "head_of_government", date(2013, 6, 5), date(2017, 7, 28))))
    tags = find_actors(nlp("Sharif visited the troops."), published=date(2015, 1, 1), kb=kb)
    assert [(a.code, a.evidence) for a in tags.actors if a.kind == "person"] == [
        ("PAKGOV", "people.csv:Nawaz Sharif")]


@pytest.mark.parametrize("text,expected", [
    ("Hunter Biden met lawyers in Washington.", [("Hunter Biden", None)]),  # a relative, not the president
    ("Sergey Lavrov met reporters.", [("Sergey Lavrov", "RUSGOV")]),  # a spelling of the same first name
])
def test_people_table_name_inside_someone_elses_name(nlp, text, expected):
    assert _people(nlp, text, date(2022, 3, 1)) == expected
