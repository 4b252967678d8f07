"""eventwire/events/instruments.py: weapons, accidents and industrial blasts as doers."""
import pytest

from eventwire.actors import find_actors
from eventwire.events.instruments import (accident_doer, industrial_blast, weapon_launch_host, weapon_launcher,
                                          weapon_subject)
from eventwire.events.triggers import load_triggers


def token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,verb,expected", [
    ("A roadside bomb exploded near the market.", "exploded", True),
    ("Two rockets hit the port overnight.", "hit", True),
    ("A gas tank exploded in the kitchen.", "exploded", False),
    ("The storm hit the coast overnight.", "hit", False),
])
def test_instruments_weapon_subject(nlp, text, verb, expected):
    doc = nlp(text)
    assert weapon_subject(token(doc, verb)) is expected


@pytest.mark.parametrize("text,verb,doer", [
    ("A landslide buried the village.", "buried", "landslide"),
    ("Nine people were killed by the bus crash.", "killed", "crash"),
    ("Nine people were killed by a car bomb.", "killed", None),
])
def test_instruments_accident_doer(nlp, text, verb, doer):
    found = accident_doer(token(nlp(text), verb), load_triggers())
    assert (found.text if found is not None else None) == doer


def test_instruments_industrial_blast_at_a_plant_but_not_a_planted_bomb(nlp):
    table = load_triggers()
    assert industrial_blast(token(nlp("A tank at the chemical plant exploded."), "exploded"), table)
    assert industrial_blast(token(nlp("A bomb planted at the plant exploded."), "exploded"), table) is None


def test_instruments_weapon_fired_by_a_named_side(nlp):
    doc = nlp("The bridge was blown up by a missile fired by rebels.")
    host, weapon = weapon_launch_host(token(doc, "fired"))
    assert (host.text, weapon.text) == ("blown", "missile")
    tags = find_actors(doc)
    assert [a.span.text for a in weapon_launcher(weapon, tags)] == ["rebels"]
