from eventwire.actors.context import focus_country
from eventwire.model import Place, Span

TEXT = "KABUL, Afghanistan —\n\nTalks in Doha and Kabul continued, officials in Islamabad said."


def _place(name, country, feature="city"):
    start = TEXT.index(name)
    return Place(Span.of(TEXT, start, start + len(name)), name, country, feature=feature)


def test_context_focus_without_places_is_none(nlp):
    assert focus_country([], nlp(TEXT)) is None


def test_context_focus_with_only_non_locative_places_is_none(nlp):
    text = "Congress is asking the president to help Iran."
    start = text.index("Iran")
    iran = Place(Span.of(text, start, start + 4), "Iran", "IRN", feature="country")
    assert focus_country([iran], nlp(text)) is None


def test_context_dateline_country_wins(nlp):
    places = [_place("KABUL", "AFG"), _place("Doha", "QAT"), _place("Islamabad", "PAK")]
    assert focus_country(places, nlp(TEXT)) == "AFG"


def _codes(nlp, text):
    from eventwire.actors.context import infer_countries
    from eventwire.actors.tagger import find_actors

    doc = nlp(text)
    tags = infer_countries(doc, find_actors(doc), [])
    return {a.span.text: a.code for a in tags.actors}


def test_context_unplaced_group_takes_the_country_of_its_sentences_government(nlp):
    codes = _codes(nlp, "The Kenyan government rejected demands from the rebels on Monday.")
    assert codes["the rebels"] == "KENREB"


def test_context_no_guess_from_a_military_or_a_second_country(nlp):
    assert _codes(nlp, "Kenyan troops killed the militants.")["the militants"] == "---REB"
    codes = _codes(nlp, "The Kenyan government and Uganda condemned the rebels.")
    assert codes["the rebels"] == "---REB"


def test_context_a_people_named_by_nationality_takes_the_country_it_lives_in(nlp):
    from eventwire.actors.context import infer_countries
    from eventwire.actors.tagger import find_actors
    from eventwire.places import find_places

    for text, expected in [("Ethnic Uzbeks in southern Kyrgyzstan held a rally.", "KGZCVL"),
                           ("Uzbeks held a rally on Monday.", "UZBCVL"),
                           # an ethnic minority is of the country the sentence places it in
                           ("Ethnic Uzbeks held a rally in Osh on Monday.", "KGZCVL"),
                           ("Uzbeks held a rally in Osh on Monday.", "UZBCVL")]:
        doc = nlp(text)
        tags = infer_countries(doc, find_actors(doc), find_places(doc))
        assert [a.code for a in tags.actors if a.span.text == "Uzbeks"] == [expected]


def test_context_the_ministry_takes_the_country_of_the_ministry_named_before(nlp):
    codes = _codes(nlp, "Kenya's defence ministry announced new patrols. The ministry said the border was calm.")
    assert codes["The ministry"] == "KENGOV"


def test_context_a_leaders_administration_is_of_the_leaders_country(nlp):
    codes = _codes(nlp, "The Obama administration imposed new sanctions.")
    assert codes["The Obama administration"] == "USAGOV"


def test_context_the_ministry_needs_a_ministry_before_not_any_government(nlp):
    codes = _codes(nlp, "Taiwan's Defence Ministry said Chinese officials had met. The ministry said the patrols ended.")
    assert codes["The ministry"] == "TWNGOV"


def test_context_leaders_of_a_group_take_its_code(nlp):
    codes = _codes(nlp, "A spokesman for Hamas rejected the plan.")
    assert codes["A spokesman"] == "PSEREBHMS"


def test_context_a_parliament_named_alone_is_of_the_country_of_the_sentences_actors(nlp):
    codes = _codes(nlp, "Algerian landowners began a hunger strike outside Parliament.")
    assert codes["Parliament"] == "DZALEG"
    assert _codes(nlp, "Kenyan troops killed the militants.")["the militants"] == "---REB"  # not a state body


def test_context_a_country_named_as_a_partner_gives_no_country_to_the_government(nlp):
    assert _codes(nlp, "The government expressed appreciation for China's assistance.")["The government"] == "---GOV"


def test_context_a_person_beside_a_member_of_a_body_takes_its_code(nlp):
    codes = _codes(nlp, "A member of the Syrian parliament, Mohammed Mamoun, started a hunger strike.")
    assert codes["Mohammed Mamoun"] == "SYRLEG"


def test_context_a_place_for_people_is_of_their_country(nlp):
    codes = _codes(nlp, "A camp for Congolese refugees was attacked on Monday.")
    assert codes["A camp"] == "CODCVL"
