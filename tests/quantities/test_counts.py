"""Tests for eventwire.quantities.counts: counted phrases, their kind, noun and governor."""
from __future__ import annotations

from importlib import resources

import pytest
import yaml

from eventwire.model import Count, Span
from eventwire.quantities import count_governor, find_counts
from eventwire.quantities.counts import _plurals

LIST_SENTENCE = (
    "Rebel fighters destroyed four government helicopters, 12 tanks, seven armored vehicles, "
    "15 howitzers, three ammunition trucks \u2014 as well as two ammunition depots, one equipment "
    "depot, a headquarters, and 210 government troops."
)


def _rows(counts: list[Count]):
    return [(c.span.text, c.span.start, c.span.end, c.kind, c.n, c.n_max, c.what, c.category) for c in counts]


def _data(name: str) -> dict:
    return yaml.safe_load(resources.files("eventwire.data").joinpath(name).read_text("utf-8"))


def test_counts_object_list_shares_its_verb(nlp):
    assert _rows(find_counts(nlp(LIST_SENTENCE))) == [
        ("four government helicopters", 25, 52, "destroyed", 4, None, "helicopter", "equipment"),
        ("12 tanks", 54, 62, "destroyed", 12, None, "tank", "equipment"),
        ("seven armored vehicles", 64, 86, "destroyed", 7, None, "armored vehicle", "equipment"),
        ("15 howitzers", 88, 100, "destroyed", 15, None, "howitzer", "equipment"),
        ("three ammunition trucks", 102, 125, "destroyed", 3, None, "ammunition truck", "equipment"),
        ("two ammunition depots", 139, 160, "destroyed", 2, None, "ammunition depot", "facility"),
        ("one equipment depot", 162, 181, "destroyed", 1, None, "equipment depot", "facility"),
        ("a headquarters", 183, 197, "destroyed", 1, None, "headquarters", "facility"),
        ("210 government troops", 203, 224, "killed", 210, None, "soldier", "people"),
    ]


def test_counts_people_among_things_destroyed_are_killed(nlp):
    counts = find_counts(nlp(LIST_SENTENCE))
    assert [(c.what, c.kind) for c in counts if c.category == "people"] == [("soldier", "killed")]


@pytest.mark.parametrize("text,expected", [
    # relative clause
    ("The convoy was hit by a drone strike that killed 17 Iraqi soldiers near the border.",
     ("17 Iraqi soldiers", 49, 66, "killed", 17, None, "soldier", "people")),
    # nominalisation
    ("Riots followed the killing of 21 Kenyan police officers.",
     ("21 Kenyan police officers", 30, 55, "killed", 21, None, "police officer", "people")),
    # passive
    ("At least 12 people were wounded in the explosion.",
     ("At least 12 people", 0, 18, "wounded", 12, None, "person", "people")),
    ("Eight people were reported killed.",
     ("Eight people", 0, 12, "killed", 8, None, "person", "people")),
    ("Two Canadians were kidnapped.",
     ("Two Canadians", 0, 13, "abducted", 2, None, "canadian", "people")),
    # predicate
    ("The shelling left at least nine dead.",
     ("at least nine dead", 18, 36, "killed", 9, None, None, "people")),
    ("Two sailors remain missing.",
     ("Two sailors", 0, 11, "missing", 2, None, "sailor", "people")),
    ("The death toll rose to 40 on Sunday.",
     ("40", 23, 25, "killed", 40, None, None, "people")),
    # subject of an intransitive verb
    ("Residents watched three of Iran\u2019s frigates pass through the strait.",
     ("three of Iran\u2019s frigates", 18, 42, "deployed", 3, None, "warship", "equipment")),
    ("Twenty-three soldiers died.",
     ("Twenty-three soldiers", 0, 21, "killed", 23, None, "soldier", "people")),
    ("Hundreds of thousands of people fled the city.",
     ("Hundreds of thousands of people", 0, 31, "displaced", 200000, None, "person", "people")),
    ("Thousands marched through the capital.",
     ("Thousands", 0, 9, "protesters", 2000, None, None, "people")),
    # object of a verb
    ("Navy gunners shot down two drones.",
     ("two drones", 23, 33, "destroyed", 2, None, "drone", "equipment")),
    ("The army sent 3,000 troops to the border.",
     ("3,000 troops", 14, 26, "deployed", 3000, None, "soldier", "people")),
    ("Police detained dozens of students.",
     ("dozens of students", 16, 34, "arrested", 24, None, "student", "people")),
    ("Police arrested more than 30 protesters.",
     ("more than 30 protesters", 16, 39, "arrested", 31, None, "protester", "people")),
    ("Militias captured between 10 and 15 soldiers.",
     ("between 10 and 15 soldiers", 18, 44, "captured", 10, 15, "soldier", "people")),
    ("Up to 40 civilians died in the attack.",
     ("Up to 40 civilians", 0, 18, "killed", 0, 40, "civilian", "people")),
    # governed by "of" after a noun of protest
    ("A rally of 2,000 people blocked the road.",
     ("2,000 people", 11, 23, "protesters", 2000, None, "person", "people")),
    # modifier on the noun
    ("Five wounded soldiers were taken to hospital.",
     ("Five wounded soldiers", 0, 21, "wounded", 5, None, "soldier", "people")),
])
def test_counts_kind_from_governor(nlp, text, expected):
    assert _rows(find_counts(nlp(text))) == [expected]
    assert text[expected[1]:expected[2]] == expected[0]


@pytest.mark.parametrize("text,expected", [
    ("A stabbing spree left two dead and 18 injured.", [
        ("two", 22, 25, "killed", 2, None, None, "people"),
        ("18", 35, 37, "wounded", 18, None, None, "people"),
    ]),
    ("The quake struck Iran, leaving at least 180 people dead and more than 1,300 injured.", [
        ("at least 180 people", 31, 50, "killed", 180, None, "person", "people"),
        ("more than 1,300", 60, 75, "wounded", 1301, None, None, "people"),
    ]),
])
def test_counts_object_with_predicate(nlp, text, expected):
    assert _rows(find_counts(nlp(text))) == expected


def test_counts_number_with_participle_and_no_noun(nlp):
    text = "Nine people were killed and more than a dozen injured in the blast."
    assert _rows(find_counts(nlp(text))) == [
        ("Nine people", 0, 11, "killed", 9, None, "person", "people"),
        ("more than a dozen", 28, 45, "wounded", 13, None, None, "people"),
    ]


def test_counts_span_does_not_start_on_whitespace(nlp):
    text = "Two children were among  six people killed in the raid."
    assert _rows(find_counts(nlp(text))) == [("six people", 25, 35, "killed", 6, None, "person", "people")]


def test_counts_verb_before_relative_clause(nlp):
    text = "Militants abducted 20 students who were walking home."
    assert _rows(find_counts(nlp(text))) == [("20 students", 19, 30, "abducted", 20, None, "student", "people")]


def test_counts_each_verb_of_a_coordination(nlp):
    text = "Gunmen killed 14 villagers and wounded 30 others."
    assert _rows(find_counts(nlp(text))) == [
        ("14 villagers", 14, 26, "killed", 14, None, "civilian", "people"),
        ("30 others", 39, 48, "wounded", 30, None, None, "people"),
    ]


def test_counts_including_takes_the_kind_of_the_total(nlp):
    text = "The blast killed 33, including five children."
    assert _rows(find_counts(nlp(text))) == [
        ("33", 17, 19, "killed", 33, None, None, "people"),
        ("five children", 31, 44, "killed", 5, None, "child", "people"),
    ]


def test_counts_article_counts_only_inside_a_counted_list(nlp):
    text = "The raid killed 9 fighters and destroyed three pickup trucks, a checkpoint and two tanks."
    assert _rows(find_counts(nlp(text))) == [
        ("9 fighters", 16, 26, "killed", 9, None, "rebel", "people"),
        ("three pickup trucks", 41, 60, "destroyed", 3, None, "military vehicle", "equipment"),
        ("a checkpoint", 62, 74, "destroyed", 1, None, "checkpoint", "facility"),
        ("two tanks", 79, 88, "destroyed", 2, None, "tank", "equipment"),
    ]


@pytest.mark.parametrize("text", [
    "Troops attacked a tank near the river.",  # "a" counts only for things destroyed
    "Bombers hit two bridges and a tunnel.",
])
def test_counts_article_alone_or_without_kind_is_not_counted(nlp, text):
    assert find_counts(nlp(text)) == []


@pytest.mark.parametrize("text", [
    "The treaty was signed in 2018 after years of talks.",
    "The council passed Resolution 2254 unanimously.",
    "The 33rd brigade moved north.",
    "A 12-year-old boy was killed.",
    "Prices rose 14 percent.",
    "The army spent $5 million on drones.",
    "One of the soldiers was wounded.",
    "The siege lasted three days.",
    "The two leaders met in Sochi.",
    "Call 555-1234 for details.",
    "The ceasefire began at 10:30 on Monday.",
    "No one was hurt in the blast.",
    "The war sent several million refugees into Turkey.",
    "She captured four medals at the championships.",
    "The strike destroyed 1.5 million doses of vaccine.",
])
def test_counts_not_a_count(nlp, text):
    assert find_counts(nlp(text)) == []


def test_counts_side_is_left_to_the_coder(nlp):
    assert {c.side for c in find_counts(nlp(LIST_SENTENCE))} == {None}


@pytest.mark.parametrize("text,governors", [
    (LIST_SENTENCE, [("destroyed", 2)] * 9),
    ("Riots followed the killing of 21 Kenyan police officers.", [("killing", 3)]),
    ("Residents watched three of Iran\u2019s frigates pass through the strait.", [("pass", 7)]),
    ("The death toll rose to 40 on Sunday.", [("toll", 2)]),
    ("The shelling left at least nine dead.", [("dead", 6)]),
])
def test_counts_governor_is_the_word_that_gave_the_kind(nlp, text, governors):
    doc = nlp(text)
    counts = find_counts(doc)
    assert [(count_governor(doc, c).text, count_governor(doc, c).i) for c in counts] == governors


def test_counts_governor_runs_find_counts_when_needed(nlp):
    doc = nlp("The convoy was hit by a drone strike that killed 17 Iraqi soldiers near the border.")
    (count,) = find_counts(nlp(doc.text))  # found on another parse of the same text
    assert count_governor(doc, count).text == "killed"


def test_counts_governor_survives_doc_serialisation(nlp):
    from spacy.tokens import Doc

    doc = nlp("Riots followed the killing of 21 Kenyan police officers.")
    (count,) = find_counts(doc)
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert (count_governor(restored, count).text, count_governor(restored, count).i) == ("killing", 3)


def test_counts_governor_of_unknown_count_is_none(nlp):
    doc = nlp("Twenty-three soldiers died.")
    (count,) = find_counts(doc)
    stranger = Count(span=Span.of(doc.text, 0, 6), kind="killed", n=23)
    assert count_governor(doc, stranger) is None


def test_counts_without_parse_is_empty():
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=["Gunmen", "killed", "14", "villagers", "."])
    assert find_counts(doc) == []


def test_counts_in_document_order(nlp):
    text = "Two sailors remain missing. Gunmen killed 14 villagers and wounded 30 others."
    assert [c.span.start for c in find_counts(nlp(text))] == [0, 42, 67]


# --- the data tables -----------------------------------------------------------------------------


def test_counts_materiel_forms_name_one_thing():
    seen: dict[str, str] = {}
    clashes = []
    for what, row in _data("materiel.yaml")["things"].items():
        for form in [what, *row["forms"]]:
            for surface in _plurals(str(form).lower()):
                if seen.setdefault(surface, what) != what:
                    clashes.append((surface, seen[surface], what))
    assert clashes == []


def test_counts_materiel_categories_are_known():
    categories = {row["category"] for row in _data("materiel.yaml")["things"].values()}
    assert categories == {"people", "equipment", "facility"}


def test_counts_every_kind_is_declared():
    table = _data("count_kinds.yaml")
    used = set()
    for section in ("verbs", "intransitive", "nouns", "counted", "adjectives"):
        used |= set(table[section].values())
    used |= set(table["for_people"]) | set(table["for_people"].values())
    assert used - set(table["kinds"]) == set()


@pytest.mark.parametrize("form,expected", [
    ("tank", {"tank", "tanks"}),
    ("ammunition depot", {"ammunition depot", "ammunition depots"}),
    ("bus", {"bus", "buses"}),
    ("militia", {"militia", "militias"}),
    ("family", {"family", "families"}),
])
def test_counts_plurals_of_table_forms(form, expected):
    assert _plurals(form) == expected


@pytest.mark.parametrize("text,expected", [
    ("Rioters set fire to a district office and a police station in Beira.",
     [("a district office", "destroyed", 1, "office"), ("a police station", "destroyed", 1, "police station")]),
    ("Ukrainian forces destroyed a Russian tank near Kupiansk.", [("a Russian tank", "destroyed", 1, "tank")]),
    # people are never counted from "a": "killed a soldier" is not a number in the text
    ("The gunmen killed a soldier and burned the market.", []),
])
def test_counts_one_thing_destroyed(nlp, text, expected):
    assert [(c.span.text, c.kind, c.n, c.what) for c in find_counts(nlp(text))] == expected
