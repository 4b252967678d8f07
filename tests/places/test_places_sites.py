"""Named sites (hospitals, parks, streets) placed in the town their phrase or article gives them."""
from eventwire import extract
from tests.places.conftest import by_text


def test_places_site_lies_in_the_town_the_article_keeps_naming(nlp):
    text = ("A fire destroyed a bakery in Moncton on Friday. Moncton fire crews fought it for hours. "
            "Two workers were taken to Riverview Memorial Hospital.")
    site = by_text(nlp, text)["Riverview Memorial Hospital"]
    assert (site.name, site.country) == ("Moncton", "CAN")
    assert site.evidence.startswith("in-region:gazetteer:")  # placed at its town, not its own row


def test_places_site_lies_in_the_place_named_after_it(nlp):
    text = "Police said the march ended at Riverside Park in Saskatoon on Sunday."
    assert by_text(nlp, text)["Riverside Park"].name == "Saskatoon"


def test_places_site_lies_in_the_datelines_town(nlp):
    text = "WINNIPEG — Police closed Portage Avenue for three hours on Monday after a crash."
    assert by_text(nlp, text)["Portage Avenue"].name == "Winnipeg"


def test_places_site_in_an_article_naming_its_town_once_is_no_place(nlp):
    text = "Officials in Moncton met on Friday. Later the crowd moved to Riverview Memorial Hospital."
    assert "Riverview Memorial Hospital" not in by_text(nlp, text)


def test_places_university_takes_no_town_from_the_article(nlp):
    text = ("The new doctor at the clinic in Moncton trained at Dalhousie University. "
            "She moved to Moncton last year.")
    assert "Dalhousie University" not in by_text(nlp, text)


def test_places_site_before_a_town_does_not_move_the_town(nlp):
    text = ("A nurse from Edmonton, north London, won the award. Jo Bloggs of Bury Street, "
            "Edmonton, will collect it in Leeds.")
    found = [p for p in extract(text, published="2024-03-01").mentions.places
             if p.span.text in ("Edmonton", "Bury Street")]
    assert [(p.span.text, p.country) for p in found] == \
        [("Edmonton", "GBR"), ("Bury Street", "GBR"), ("Edmonton", "GBR")]


def test_places_site_and_its_town_are_no_list(gaz):
    from dataclasses import replace

    from eventwire.places.resolve import listed_together
    from tests.places.conftest import mentions_in
    text = "She lives on Bury Street, Edmonton, Leeds and York."
    site, town, leeds, york = mentions_in(gaz, text, "Bury Street", "Edmonton", "Leeds", "York")
    site = replace(site, cue="town-site", within=(town.start, town.end))
    assert listed_together([site, town, leeds, york], text) == {1: [2], 2: [1, 3], 3: [2]}


def test_places_site_named_like_a_far_small_town_lies_in_the_articles_town(nlp):
    text = ("A vigil for flood victims was held in Halifax on Sunday. About 300 people gathered in "
            "Hyde Park, and churches in Halifax collected donations.")
    site = by_text(nlp, text)["Hyde Park"]
    assert (site.name, site.country) == ("Halifax", "CAN")


def test_places_site_named_like_a_big_town_stays_that_town(nlp):
    text = ("Moncton police made two arrests. Moncton officers said the men came from West Palm "
            "Beach last week.")
    assert by_text(nlp, text)["West Palm Beach"].admin1 == "Florida"


def test_places_site_name_leaves_out_a_word_opening_the_sentence(nlp):
    text = ("Two men were hurt in a crash in Moncton on Friday. A Moncton fire crew freed them. "
            "At Riverview Memorial Hospital, both were treated.")
    assert "Riverview Memorial Hospital" in by_text(nlp, text)


def test_places_site_named_after_a_person_or_people_is_a_site(nlp):
    found = by_text(nlp, "Traffic was stopped on the Nelson Mandela Bridge in Johannesburg.")
    assert found["Nelson Mandela Bridge"].name == "Johannesburg"


def test_places_person_whose_surname_is_a_site_word_is_no_site(nlp):
    text = "Officials in Leeds met on Monday. Leeds police agreed. Jane Park said the plan works."
    assert "Jane Park" not in by_text(nlp, text)
