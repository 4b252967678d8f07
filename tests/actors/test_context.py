import pytest

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

    from eventwire.places import find_places

    doc = nlp(text)
    places = find_places(doc)
    tags = infer_countries(doc, find_actors(doc, places=places), places)
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


@pytest.mark.parametrize("text,phrase,code", [
    # "the ministry": the country of the ministry named before, not of any government
    ("Kenya's defence ministry announced new patrols. The ministry said the border was calm.", "The ministry", "KENGOV"),
    ("Taiwan's Defence Ministry said Chinese officials had met. The ministry said the patrols ended.",
     "The ministry", "TWNGOV"),
    # a leader's administration is of the leader's country
    ("The Obama administration imposed new sanctions.", "The Obama administration", "USAGOV"),
    # members of a group take its code
    ("A spokesman for Hamas rejected the plan.", "A spokesman", "PSEREBHMS"),
    ("A member of the Jordanian parliament, Ahmed Khalil, walked out of the session.", "Ahmed Khalil", "JORLEG"),
    # a parliament named alone is of the country of its sentence's actors (not armed ones)
    ("Moroccan farmers staged a sit-in outside Parliament.", "Parliament", "MARLEG"),
    ("Kenyan troops killed the militants.", "the militants", "---REB"),
    # a group named by an ethnicity is of the country it is in
    ("Ethnic Albanian rebels attacked a police station in Macedonia.", "Ethnic Albanian rebels", "MKDREB"),
    # a country named as a partner gives no country to the government
    ("The government welcomed Japan's support for the project.", "The government", "---GOV"),
    # a place for people is of their country
    ("A camp for Somali refugees came under fire overnight.", "A camp", "SOMCVL"),
])
def test_context_codes_from_the_phrase_and_the_sentence(nlp, text, phrase, code):
    assert _codes(nlp, text)[phrase] == code


@pytest.mark.parametrize("text,phrase,code", [
    # radicals, clergy and unions are domestic actors: they take the country of their sentence's government
    ("Fundamentalists staged a sit-in to demand that the Moroccan government free the prisoners.",
     "Fundamentalists", "MARRAD"),
    # an actor placed by its own phrase counts as its sentence's government
    ("The governor of Balochistan province told police to seal the border.", "police", "PAKCOP"),
])
def test_context_domestic_actors_take_the_sentence_government(nlp, text, phrase, code):
    assert _codes(nlp, text)[phrase] == code


def test_context_a_country_named_where_a_group_is_gives_its_country(nlp):
    from eventwire.actors.context import infer_countries
    from eventwire.actors.tagger import find_actors

    text = "Talks with militias in Somalia stalled on Monday."
    doc = nlp(text)
    tags = infer_countries(doc, find_actors(doc), [])  # no places: the country actor inside the phrase
    found = {a.span.text: (a.code, a.span.start, a.span.end) for a in tags.actors}
    assert found["militias"] == ("SOMREB", 11, 19)


@pytest.mark.parametrize("text,phrase,code", [
    # inside a speaker's reported clause, "its"/"their" is the speaker's when the speaker is a country
    # or a body of one country and agrees in number
    ("Kenya said al-Shabaab fighters attacked its troops in Lamu.", "its troops", "KENMIL"),
    ("Al-Shabaab fighters attacked its troops in Lamu, Kenya said.", "its troops", "KENMIL"),
    ("Kenya said on Monday that al-Shabaab attacked its troops.", "its troops", "KENMIL"),
    ("The Kenyan army told reporters that rebels had ambushed its soldiers.", "its soldiers", "KENMIL"),
    ("Kenyan officials said al-Shabaab fighters attacked their troops.", "their troops", "KENMIL"),
    ("Ethiopia claimed that Eritrean soldiers had attacked its forces.", "its forces", "ETHMIL"),
    # the reported clause's own subject owns what it moves, not what it attacks
    ("Russia said Ukraine had moved its troops to the border.", "its troops", "UKRMIL"),
    ("Russia said Ukraine had attacked its troops near the border.", "its troops", "RUSMIL"),
    # outside reported speech, and when the speaker owns it anyway: the nearest actor before
    ("Russia withdrew its troops from the border.", "its troops", "RUSMIL"),
    ("Nigeria's army said its troops killed 20 militants.", "its troops", "NGAMIL"),
])
def test_context_possessive_in_reported_speech_is_the_speakers(nlp, text, phrase, code):
    assert _codes(nlp, text)[phrase] == code


def test_context_possessive_needs_a_speaker_that_agrees_in_number(nlp):
    # "its" cannot be the plural "Kenyan officials": the nearest actor before, as without a speaker
    codes = _codes(nlp, "Kenyan officials said al-Shabaab fighters attacked its troops.")
    assert codes["its troops"] == "SOMMIL"


def test_context_possessive_from_the_speaker_says_so_in_its_evidence(nlp):
    from eventwire.actors.context import infer_countries
    from eventwire.actors.tagger import find_actors

    text = "Kenya said al-Shabaab fighters attacked its troops."
    doc = nlp(text)
    tags = infer_countries(doc, find_actors(doc), [])
    (troops,) = [a for a in tags.actors if a.span.text == "its troops"]
    assert (troops.evidence, troops.span.start, troops.span.end) == (
        "actors.yaml:sector_nouns/troop+country:speaker", 40, 50)


@pytest.mark.parametrize("text,phrase,code", [
    # a place in a person's title gives the country
    ("Kano governor Abdullahi Ganduje banned the march.", "Kano governor Abdullahi Ganduje", "NGAGOV"),
])
def test_context_a_place_in_a_title_gives_the_country(nlp, text, phrase, code):
    assert _codes(nlp, text)[phrase] == code


@pytest.mark.parametrize("text,phrase,code", [
    # a people named by nationality moves to another country only on an explicit cue
    ("Hungarians angry over Romania's language law protested on Sunday.", "Hungarians", "HUNCVL"),
    ("Armenians angry over Turkey's stance rallied in Paris.", "Armenians", "ARMCVL"),
    ("Albanians living in Italy protested in Rome.", "Albanians", "ITACVL"),
    ("The Hungarian minority in Romania demanded new schools.", "The Hungarian minority", "ROUCVL"),
    ("The Hungarian minority rallied in Cluj.", "The Hungarian minority", "ROUCVL"),
])
def test_context_a_people_moves_to_another_country_only_on_a_cue(nlp, text, phrase, code):
    assert _codes(nlp, text)[phrase] == code


@pytest.mark.parametrize("text,phrase,code", [
    # where a diplomat serves is not whose he is, and his place says nothing of his country
    ("The ambassador to Peru left Lima on Monday.", "The ambassador", "---GOV"),
    ("Protesters burned tyres outside the embassy in Minsk.", "the embassy", "---GOV"),
    ("Kenya summoned the ambassador on Monday.", "the ambassador", "---GOV"),
    ("Nikos Papas, the ambassador to Egypt, was shot in Cairo.", "Nikos Papas", None),
    # the embassy named before ("the embassy said") keeps its country
    ("Protesters gathered outside the Swedish embassy in Minsk. The embassy said it was closed.",
     "The embassy", "SWEGOV"),
])
def test_context_a_diplomat_takes_no_country_from_where_he_serves(nlp, text, phrase, code):
    assert _codes(nlp, text)[phrase] == code


@pytest.mark.parametrize("text,phrase", [
    # an armed group that strikes a government is not that government's force
    ("Drones struck Kyiv on Monday.", "Drones"),
    ("Chinese-made drones struck Kyiv on Monday.", "Chinese-made drones"),
])
def test_context_the_attacker_of_a_government_is_not_its_force(nlp, text, phrase):
    codes = _codes(nlp, text)
    assert codes[phrase] == "---MIL"
    assert "CHN" not in {c[:3] for c in codes.values() if c}


@pytest.mark.parametrize("text,phrase,code", [
    # members of a group, named by what they do, take its code
    ("Extremists of the Islamic State attacked the village.", "Extremists", "IMGMUSISI"),
    ("Gunmen from al-Shabaab stormed the hotel.", "Gunmen", "SOMINSSHB"),
])
def test_context_members_of_a_group_take_its_code(nlp, text, phrase, code):
    assert _codes(nlp, text)[phrase] == code


def test_context_victims_of_a_group_are_not_its_members(nlp):
    assert _codes(nlp, "Victims of Boko Haram fled to the camps.")["Victims"] != "NGAINSBKH"


@pytest.mark.parametrize("text,phrase,code", [
    ("Some 30 Afghans and five US soldiers were killed in Kandahar.", "Afghans", "AFGCVL"),
    ("Five US soldiers and 30 Afghans were killed on Monday.", "Afghans", "AFGCVL"),
])
def test_context_demonym_noun_keeps_its_country_beside_another(nlp, text, phrase, code):
    assert _codes(nlp, text)[phrase] == code


def test_context_company_officer_takes_the_country_of_the_place(nlp):
    text = "Zentrix Motors President Alan Reyes said the plant in Detroit, Michigan, would close."
    assert _codes(nlp, text)["Zentrix Motors President Alan Reyes"] == "USABUS"


SYRIA = "DAMASCUS, Syria —\nGovernment forces shelled Aleppo, Homs and Idlib on Monday.\n"


@pytest.mark.parametrize("sentence,phrase,code", [
    # a demonym in the phrase wins over the article's focus
    ("A British soldier was wounded near Raqqa.", "A British soldier", "GBRMIL"),
    # a defence body speaking of one country's forces is that country's
    ("Two British soldiers were wounded near Raqqa, the Ministry of Defence said.", "the Ministry", "GBRGOV"),
    # a title used in a few states only: not the country of the article's focus
    ("Sen. Ruth Ames criticised the shelling.", "Sen. Ruth Ames", "USALEG"),
    ("A congressman criticised the shelling.", "A congressman", "USALEG"),
    # a known person keeps the person's country
    ("Secretary John Kerry condemned the shelling.", "Secretary John Kerry", "USAGOV"),
])
def test_context_article_focus_does_not_override_the_phrase(nlp, sentence, phrase, code):
    assert _codes(nlp, SYRIA + sentence)[phrase] == code


def test_context_legislative_title_keeps_a_country_that_uses_it(nlp):
    text = "MANILA, Philippines —\nFloods hit Manila and Cebu on Monday.\nSen. Ruth Ames criticised the response."
    assert _codes(nlp, text)["Sen. Ruth Ames"] == "PHLLEG"


@pytest.mark.parametrize("text,phrase,code", [
    # the state whose act a spokesman reports, rather than the place it acted on
    ("Israel reimposed a closure on the West Bank, a military spokesman said.", "a military spokesman", "ISRMIL"),
    ("Kenya has reopened its border with Somalia, a government spokesman said.", "a government spokesman", "KENGOV"),
])
def test_context_spokesman_reporting_a_states_act_is_that_states(nlp, text, phrase, code):
    assert _codes(nlp, text)[phrase] == code


def test_context_spokesman_reporting_a_hostile_act_is_not_the_attackers(nlp):
    codes = _codes(nlp, "Ethiopia shelled the town of Badme, a military spokesman said.")
    assert codes["a military spokesman"] != "ETHMIL"


def test_context_unknown_party_takes_its_sentences_country(nlp):
    codes = _codes(nlp, "The Umma (Nation) party held a rally in Algiers.")
    assert codes["Umma (Nation) party"] == "DZAPTY"


@pytest.mark.parametrize("text,phrase,code", [
    # a people's population is coded where its own clause places it
    ("Gangs launched attacks in Bosnia against the Croat population.", "the Croat population",
     "BIHCVL"),
    # a place of the reporting clause says nothing of where the people lives
    ("The Iraqi population suffered under sanctions, officials in Washington said.", "The Iraqi population",
     "IRQCVL"),
    ("The Iraqi population suffered under sanctions.", "The Iraqi population", "IRQCVL"),
])
def test_context_a_population_lives_where_its_clause_places_it(nlp, text, phrase, code):
    assert _codes(nlp, text)[phrase] == code


def test_context_keeps_a_transnational_groups_own_code(nlp):
    codes = _codes(nlp, "Islamic State militants attacked a checkpoint near Mosul.")
    assert codes["Islamic State militants"] == "IMGMUSISI"
