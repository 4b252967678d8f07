"""Unidentified attackers and protesters of a place (eventwire/events/unnamed.py), on sentences written for
these tests."""
import pytest

from eventwire.core import extract


def _attacker(text):
    record = extract({"id": "t", "text": text, "published": "2021-06-04"})
    return [(e.cameo.code[:2], e.source and (e.source.code, e.source.sector, e.source.span.text,
                                             text[e.source.span.start:e.source.span.end]),
             e.target.code if e.target else None) for e in record.events]


@pytest.mark.parametrize("text,source_code,evidence", [
    # a weapon as the subject, as the by-agent, the attack in which people died, an attack noun with its outcome
    ("A roadside bomb killed two Malian soldiers near Gao on Tuesday.", "MLIUAF", "roadside bomb"),
    ("Three Somali soldiers were killed by a homemade explosive device in Baidoa.", "SOMUAF",
     "homemade explosive device"),
    ("At least six Afghan civilians died in a suicide bombing at a mosque in Kunduz.", "AFGUAF", "suicide bombing"),
    ("A mortar attack killed dozens in Mogadishu.", "SOMUAF", "mortar attack"),
])
def test_unnamed_an_attack_with_no_author_is_the_unidentified_armed_forces_of_its_place(text, source_code, evidence):
    events = _attacker(text)
    assert events and events[0][0] in ("18", "19")
    code, sector, span_text, sliced = events[0][1]
    assert (code, sector, span_text) == (source_code, "UAF", evidence) and sliced == span_text


@pytest.mark.parametrize("text", [
    "Three Malian soldiers were killed in Gao on Tuesday.",  # no weapon or attack words: no author inferred
    "State television mentioned a lull in the shelling of Kidal.",  # an attack only referred to
    "The attack killed dozens, officials said.",  # no place in the sentence
])
def test_unnamed_no_attacker_without_a_weapon_and_a_place(text):
    assert all(source is None or source[1] != "UAF" for _root, source, _target in _attacker(text))


def test_unnamed_protesters_have_the_protest_word_as_span():
    text = "Rallies took place across Nigeria on Saturday."
    record = extract({"id": "t", "text": text, "published": "2021-06-04"})
    (event,) = record.events
    assert (event.source.span.text, event.source.sector) == ("Rallies", "OPP")
    assert text[event.source.span.start:event.source.span.end] == "Rallies"


def test_unnamed_a_protest_word_naming_something_else_has_no_protesters():
    record = extract({"id": "t", "text": "Riot police reinforcements were flown to Nampula from the capital, Maputo.",
                      "published": "2024-10-17"})
    assert [e.cameo.code for e in record.events if e.cameo.code.startswith("14")] == []


def _coded(text):
    record = extract({"id": "t", "text": text, "published": "2021-06-04"})
    return [(e.cameo.code, e.source.code if e.source else None, e.source.span.text if e.source else None)
            for e in record.events]


@pytest.mark.parametrize("text,expected", [
    # property looted, or many things burned, with no one named: a riot by the place's crowds
    ("Dozens of foreign-owned shops were looted in Pretoria on Monday night.", [("145", "ZAFOPP", "looted")]),
    ("Several shops were set alight in Soweto.", [("145", "ZAFOPP", "set")]),
    # looting by protesters is rioting too; by soldiers it stays property taken
    ("Protesters looted shops in Lagos.", [("145", "NGAOPP", "Protesters")]),
    ("Soldiers looted homes in Juba.", [("1711", "SSDMIL", "Soldiers")]),
    # one house burned may be one arsonist's: no crowd inferred
    ("A house was burned in Durban.", []),
])
def test_unnamed_rioters_loot_and_burn(text, expected):
    assert _coded(text) == expected


def test_unnamed_a_vehicle_that_hit_a_mine_is_the_victim():
    # the mine did the harm; its unnamed layer is the source, the truck's side the target
    assert _coded("An army truck hit a landmine near Gao, killing four Malian soldiers.") == \
        [("190", "MLIUAF", "landmine")]


@pytest.mark.parametrize("text,expected", [
    # a chemical weapon used with no one named: the unidentified armed forces of its place
    ("Chlorine munitions were dropped on a neighbourhood of Douma in April.", [("2041", "SYRUAF", "Chlorine munitions")]),
    # a chemical that is no weapon
    ("Chlorine is used to treat water in Aleppo.", []),
])
def test_unnamed_chemical_weapons(text, expected):
    assert _coded(text) == expected
