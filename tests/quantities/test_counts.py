"""Tests for eventwire.quantities.counts: counted phrases, their kind, noun and governor."""
from __future__ import annotations

from importlib import resources

import pytest
import yaml

from eventwire.model import Count, Span
from eventwire.quantities import count_governor, find_counts
from eventwire.quantities.counts import _plurals

LIST_SENTENCE = (
    "Government gunships destroyed eight rebel pickup trucks, 11 artillery pieces, two radar stations, "
    "four rocket launchers, six ammo trucks \u2014 as well as three arms caches, one supply depot, "
    "a command post, and 95 rebel fighters."
)


def _rows(counts: list[Count]):
    return [(c.span.text, c.span.start, c.span.end, c.kind, c.n, c.n_max, c.what, c.category) for c in counts]


def _data(name: str) -> dict:
    return yaml.safe_load(resources.files("eventwire.data").joinpath(name).read_text("utf-8"))


def test_counts_object_list_shares_its_verb(nlp):
    assert _rows(find_counts(nlp(LIST_SENTENCE))) == [
        ("eight rebel pickup trucks", 30, 55, "destroyed", 8, None, "military vehicle", "equipment"),
        ("11 artillery pieces", 57, 76, "destroyed", 11, None, "artillery piece", "equipment"),
        ("two radar stations", 78, 96, "destroyed", 2, None, "radar", "equipment"),
        ("four rocket launchers", 98, 119, "destroyed", 4, None, "rocket launcher", "equipment"),
        ("six ammo trucks", 121, 136, "destroyed", 6, None, "ammunition truck", "equipment"),
        ("three arms caches", 150, 167, "destroyed", 3, None, "ammunition depot", "facility"),
        ("one supply depot", 169, 185, "destroyed", 1, None, "equipment depot", "facility"),
        ("a command post", 187, 201, "destroyed", 1, None, "headquarters", "facility"),
        ("95 rebel fighters", 207, 224, "killed", 95, None, "rebel", "people"),
    ]


def test_counts_people_among_things_destroyed_are_killed(nlp):
    counts = find_counts(nlp(LIST_SENTENCE))
    assert [(c.what, c.kind) for c in counts if c.category == "people"] == [("rebel", "killed")]


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
    ("Residents watched three of Iran\u2019s frigates sail into the harbour.",
     ("three of Iran\u2019s frigates", 18, 42, "deployed", 3, None, "frigate", "equipment")),
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
     ("more than 30 protesters", 16, 39, "arrested", 30, None, "protester", "people")),
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
    ("A car-ramming left two dead and 14 injured.", [
        ("two", 19, 22, "killed", 2, None, None, "people"),
        ("14", 32, 34, "wounded", 14, None, None, "people"),
    ]),
    ("A cyclone battered Mozambique, leaving at least 95 people dead and more than 1,100 injured.", [
        ("at least 95 people", 39, 57, "killed", 95, None, "person", "people"),
        ("more than 1,100", 67, 82, "wounded", 1100, None, None, "people"),
    ]),
])
def test_counts_object_with_predicate(nlp, text, expected):
    assert _rows(find_counts(nlp(text))) == expected


def test_counts_number_with_participle_and_no_noun(nlp):
    text = "Six miners were killed and about two dozen injured when the shaft collapsed."
    assert _rows(find_counts(nlp(text))) == [
        ("Six miners", 0, 10, "killed", 6, None, "miner", "people"),
        ("about two dozen", 27, 42, "wounded", 24, None, None, "people"),
    ]


def test_counts_span_does_not_start_on_whitespace(nlp):
    text = "Three women were among  nine people killed in the shelling."
    assert _rows(find_counts(nlp(text))) == [
        ("Three women", 0, 11, "killed", 3, None, "woman", "people"),
        ("nine people", 24, 35, "killed", 9, None, "person", "people"),
    ]


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
    ("Residents watched three of Iran\u2019s frigates sail into the harbour.", [("sail", 7)]),
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
    ("The gunmen killed a soldier and burned the market.", [("the market", "destroyed", 1, "market")]),
])
def test_counts_one_thing_destroyed(nlp, text, expected):
    assert [(c.span.text, c.kind, c.n, c.what) for c in find_counts(nlp(text))] == expected


# --- constructions of casualty reports ------------------------------------------------------------

def _kinds(counts: list[Count]):
    return [(c.span.text, c.kind, c.n, c.n_max, c.what) for c in counts]


@pytest.mark.parametrize("text,expected", [
    # a toll as object of "bring", or the number "of dead"
    ("Three more migrants died overnight, bringing the death toll to 57.",
     [("Three more migrants", "killed", 3, None, "refugee"), ("57", "killed", 57, None, None)]),
    ("The number of dead rose to 18 overnight.", [("18", "killed", 18, None, None)]),
    ("The number of displaced people has reached 1.5 million.", [("1.5 million", "displaced", 1500000, None, None)]),
    # a casualty toll that names its dead and wounded
    ("The casualty toll stood at 38 dead and 112 wounded.",
     [("38 dead", "killed", 38, None, None), ("112", "wounded", 112, None, None)]),
    # a bare number and the state after it, however it was parsed
    ("The ministry reported 4 dead and 9 injured.", [("4", "killed", 4, None, None), ("9", "wounded", 9, None, None)]),
    ("The ambush left 8 soldiers dead and 3 missing.",
     [("8 soldiers", "killed", 8, None, "soldier"), ("3 missing", "missing", 3, None, None)]),
])
def test_counts_tolls_and_states(nlp, text, expected):
    assert _kinds(find_counts(nlp(text))) == expected


@pytest.mark.parametrize("text,expected", [
    ("Rebel units lost 12 tanks and 20 armoured vehicles in the battle.",
     [("12 tanks", "destroyed", 12, None, "tank"), ("20 armoured vehicles", "destroyed", 20, None, "armored vehicle")]),
    ("The militia lost 40 fighters in the assault.", [("40 fighters", "killed", 40, None, "rebel")]),
    ("Thirty-one people lost their lives in the attack.", [("Thirty-one people", "killed", 31, None, "person")]),
    ("The unrest has claimed at least 80 lives.", [("at least 80 lives", "killed", 80, None, "person")]),
    ("At least 25 migrants drowned off the coast.", [("At least 25 migrants", "killed", 25, None, "refugee")]),
    ("Five people were hospitalised after the blast.", [("Five people", "wounded", 5, None, "person")]),
    ("Rescuers pulled 27 bodies from the rubble.", [("27 bodies", "killed", 27, None, None)]),
    ("The two sides exchanged 100 prisoners.", [("100 prisoners", "released", 100, None, "prisoner")]),
])
def test_counts_loss_and_death_verbs(nlp, text, expected):
    assert _kinds(find_counts(nlp(text))) == expected


@pytest.mark.parametrize("text", [
    "The army lost control of 5 villages.",  # ground changing hands, not a loss counted
    "The party lost 12 seats in the election.",
    "The company lost 300 jobs last year.",
    "The group released 3 videos of the attack.",  # only people are released
    "The country has 12 provinces in the north.",  # only forces are kept somewhere
    "Two of the bodies were later returned to the families.",  # part of a group counted before
])
def test_counts_loss_verbs_not_a_count(nlp, text):
    assert find_counts(nlp(text)) == []


@pytest.mark.parametrize("text,expected", [
    ("Fifteen soldiers and four civilians were among the dead.",
     [("Fifteen soldiers", "killed", 15, None, "soldier"), ("four civilians", "killed", 4, None, "civilian")]),
    ("Four children were among those killed.", [("Four children", "killed", 4, None, "child")]),
])
def test_counts_among_the_dead(nlp, text, expected):
    assert _kinds(find_counts(nlp(text))) == expected


@pytest.mark.parametrize("text,expected", [
    # the part told beside its group is in the group's figure: not counted again
    ("The attack wounded 8 people, three of them seriously.", [("8 people", "wounded", 8, None, "person")]),
    ("Six people were killed, two of them children.", [("Six people", "killed", 6, None, "person")]),
    # a part with a clause of its own keeps its own kind; a pronoun has no noun
    ("Police detained 14 people, 9 of whom were later released.",
     [("14 people", "arrested", 14, None, "person"), ("9 of whom", "released", 9, None, None)]),
])
def test_counts_part_of_a_group_is_not_counted_twice(nlp, text, expected):
    assert _kinds(find_counts(nlp(text))) == expected


@pytest.mark.parametrize("text,expected", [
    # "including" hung by the parser on the subject: the kind of the count before it
    ("A drone strike killed 14 civilians in the north of the province, including five children.",
     [("14 civilians", "killed", 14, None, "civilian"), ("five children", "killed", 5, None, "child")]),
    ("The raid killed at least 11 villagers, among them three women, and wounded 20 others.",
     [("at least 11 villagers", "killed", 11, None, "civilian"), ("three women", "killed", 3, None, "woman"),
      ("20 others", "wounded", 20, None, None)]),
])
def test_counts_named_part_takes_the_kind_of_the_count_before(nlp, text, expected):
    assert _kinds(find_counts(nlp(text))) == expected


def test_counts_including_something_unknown_is_not_a_part(nlp):
    text = "Nine civilians were killed in three raids, including one raid on a market."
    assert _kinds(find_counts(nlp(text))) == [("Nine civilians", "killed", 9, None, "civilian")]


@pytest.mark.parametrize("text,expected", [
    ("Gunmen also set fire to the village's grain store.",
     [("the village's grain store", "destroyed", 1, None, "grain store")]),
    ("Rioters set fire to a district office and the local headquarters of the ruling party.",
     [("a district office", "destroyed", 1, None, "office"), ("the local headquarters", "destroyed", 1, None, "headquarters")]),
    ("The old bridge was destroyed in the strike.", [("The old bridge", "destroyed", 1, None, "bridge")]),
    ("The shelling destroyed the monastery's main hall.", [("the monastery's main hall", "destroyed", 1, None, "hall")]),
    ("At least 40 houses and a school were set on fire.",
     [("At least 40 houses", "destroyed", 40, None, "house"), ("a school", "destroyed", 1, None, "school")]),
    ("Soldiers burned 30 houses in the village.", [("30 houses", "destroyed", 30, None, "house")]),
    # a plural with "the" is no number; neither is a second name for the same thing
    ("Militias burned the houses of the village.", []),
    ("Gunners shot down a helicopter, the third aircraft downed this year.",
     [("a helicopter", "destroyed", 1, None, "helicopter")]),
])
def test_counts_one_thing_destroyed_named_with_the_or_a_possessor(nlp, text, expected):
    assert _kinds(find_counts(nlp(text))) == expected


@pytest.mark.parametrize("text,expected", [
    # the tagger may read a bare number as a date
    ("The storm damaged 300 homes and destroyed 40.",
     [("300 homes", "damaged", 300, None, "home"), ("40", "destroyed", 40, None, None)]),
])
def test_counts_bare_number_read_as_a_date(nlp, text, expected):
    assert _kinds(find_counts(nlp(text))) == expected


@pytest.mark.parametrize("text", [
    "Karim Haddad, 38, was shot dead outside his home.",
    "Her brother, now 21, was arrested in March.",
    "The victim (52) was killed in the robbery.",
    "A man aged 45 was killed in the crash.",
    "A 25-year-old man was killed in the shooting.",
    "The convoy was ambushed on Highway 6 near the town.",
    "Fighters armed with AK-47 rifles attacked the post.",
    "The F-16 jets struck targets near the border.",
    "The attack took place at 9:30 a.m. on Friday.",
])
def test_counts_ages_and_names_with_numbers_are_not_counts(nlp, text):
    assert find_counts(nlp(text)) == []


@pytest.mark.parametrize("text,expected", [
    ("France keeps about 1,500 soldiers in Chad.", [("about 1,500 soldiers", "deployed", 1500, None, "soldier")]),
    ("The United States maintains roughly 900 troops in Syria.",
     [("roughly 900 troops", "deployed", 900, None, "soldier")]),
])
def test_counts_forces_kept_in_a_place_are_deployed(nlp, text, expected):
    assert _kinds(find_counts(nlp(text))) == expected


@pytest.mark.parametrize("text,expected", [
    # a list member with "a" that is no count: the speaker, or a list with a bare plural in it
    ("The strike killed 14 civilians and wounded 22 others, residents and a local aid group said.",
     [("14 civilians", "killed", 14, None, "civilian"), ("22 others", "wounded", 22, None, None)]),
    ("Troops captured three members of the cell in the hills, a military spokesman said.",
     [("three members", "captured", 3, None, "member")]),
    ("The fire killed six people and an unknown number of animals.", [("six people", "killed", 6, None, "person")]),
])
def test_counts_article_member_that_is_no_count(nlp, text, expected):
    assert _kinds(find_counts(nlp(text))) == expected


@pytest.mark.parametrize("text,expected", [
    ("China sent 27 military aircraft and nine navy ships near the island.",
     [("27 military aircraft", "deployed", 27, None, "aircraft"), ("nine navy ships", "deployed", 9, None, "ship")]),
    ("Two destroyers sailed through the strait.", [("Two destroyers", "deployed", 2, None, "destroyer")]),
    ("Ukraine said it destroyed 8 artillery systems.", [("8 artillery systems", "destroyed", 8, None, "artillery piece")]),
])
def test_counts_materiel_names(nlp, text, expected):
    assert _kinds(find_counts(nlp(text))) == expected


@pytest.mark.parametrize("text,expected", [
    # vague quantities: the least figure they mean, an open lower bound (see numbers.py)
    ("Dozens were hurt when the roof collapsed.", [("Dozens", "wounded", 24, None, None)]),
    ("Scores of people were injured in the stampede.", [("Scores of people", "wounded", 40, None, "person")]),
    ("Hundreds of protesters were detained.", [("Hundreds of protesters", "arrested", 200, None, "protester")]),
    ("The shelling wounded several civilians.", [("several civilians", "wounded", 3, None, "civilian")]),
    ("Tens of thousands of people fled their homes.", [("Tens of thousands of people", "displaced", 20000, None, "person")]),
    # bounds keep the stated figure
    ("More than 4,000 residents were evacuated.", [("More than 4,000 residents", "displaced", 4000, None, "civilian")]),
    ("Fewer than 20 people were captured.", [("Fewer than 20 people", "captured", 0, 20, "person")]),
    ("The fighting has displaced 1.2 million people.", [("1.2 million people", "displaced", 1200000, None, "person")]),
])
def test_counts_vague_and_bounded_figures(nlp, text, expected):
    assert _kinds(find_counts(nlp(text))) == expected
