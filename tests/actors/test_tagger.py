from datetime import date

import pytest

from eventwire.actors import find_actors


def _actors(nlp, text, published=date(2021, 6, 1)):
    return find_actors(nlp(text), published=published).actors


@pytest.mark.parametrize("text,phrase,code", [
    ("Kenyan troops shelled the camp.", "Kenyan troops", "KENMIL"),
    ("Ethiopia’s army crossed the river.", "Ethiopia’s army", "ETHMIL"),
    ("Nairobi said the talks would resume.", "Nairobi", "KENGOV"),
    ("The Kremlin rejected the report.", "The Kremlin", "RUSGOV"),
    ("Khartoum forces entered the town.", "Khartoum forces", "SDNMIL"),
    ("Iranian police detained the students.", "Iranian police", "IRNCOP"),
    ("Malian rebels seized two bases.", "Malian rebels", "MLIREB"),
    ("Indian warplanes crossed the border.", "Indian warplanes", "INDMIL"),
    ("NATO held an emergency session.", "NATO", "NATO"),
    ("The European Union imposed new sanctions.", "European Union", "EUR"),
    ("Chile protested the decision.", "Chile", "CHL"),
    # a country that leads a force codes it (a backer does not)
    ("Saudi-led coalition warplanes bombed the port.", "Saudi-led coalition warplanes", "SAUMIL"),
    ("US-led forces entered the town.", "US-led forces", "USAMIL"),
    # a people qualified by the country it lives in
    ("Bosnian Serbs demanded a truce.", "Bosnian Serbs", "BIHCVL"),
    # historical names of today's countries
    ("Soviet troops crossed the river.", "Soviet troops", "RUSMIL"),
    ("Zaire closed its border.", "Zaire", "COD"),
    ("Kampuchean guerrillas attacked the post.", "Kampuchean guerrillas", "KHMREB"),
])
def test_tagger_codes_country_and_sector(nlp, text, phrase, code):
    found = {a.span.text: a.code for a in _actors(nlp, text)}
    assert found.get(phrase) == code


def test_tagger_codes_backed_forces_by_their_own_country(nlp):
    (actor,) = [a for a in _actors(nlp, "Gunfire hit Iranian-backed Iraqi militias overnight.") if a.country]
    assert actor.code == "IRQREB"


def test_tagger_codes_titled_person_and_inherits_surname(nlp):
    text = "Kenyan Foreign Minister Amina Wekesa arrived on Monday. Later, Wekesa met reporters."
    actors = [a for a in _actors(nlp, text) if a.kind == "person"]
    assert [(a.span.text, a.code) for a in actors] == [
        ("Kenyan Foreign Minister Amina Wekesa", "KENGOV"), ("Wekesa", "KENGOV")]


def test_tagger_person_from_knowledge_base_depends_on_date(nlp):
    text = "Merkel spoke in Berlin."
    in_office = [a.code for a in _actors(nlp, text, date(2019, 1, 1)) if a.kind == "person"]
    after = [a.code for a in _actors(nlp, text, date(2023, 1, 1)) if a.kind == "person"]
    assert in_office == ["DEUGOV"]
    assert after == ["DEUELI"]  # a former office holder: CAMEO's elite sector


def test_tagger_demonym_on_non_actor_noun_is_no_actor(nlp):
    assert [a.span.text for a in _actors(nlp, "The Libyan civil war entered its tenth year.") if a.country] == []


def test_tagger_resolves_the_two_leaders(nlp):
    text = "Biden called Macron on Tuesday. The two leaders discussed trade."
    tags = find_actors(nlp(text), published=date(2022, 3, 1))
    doc = nlp(text)
    leaders_i = [t.i for t in doc if t.text == "leaders"][0]
    assert [a.code for a in tags.at(leaders_i)] == ["USAGOV", "FRAGOV"]
    assert {a.span.text for a in tags.at(leaders_i)} == {"The two leaders"}


def test_tagger_spans_equal_text(nlp):
    text = "Somalia’s army and Kenyan forces clashed near the frontier, Kenyan Defence Minister Peter Mwangi said."
    for actor in _actors(nlp, text):
        assert text[actor.span.start:actor.span.end] == actor.span.text


def test_tagger_subject_of_support_is_an_actor(nlp):
    assert [(a.span.text, a.code) for a in _actors(nlp, "Portugal will support Turkey.")] == [
        ("Portugal", "PRT"), ("Turkey", "TUR")]


def test_tagger_unknown_organisation_kept_without_code(nlp):
    text = "The Baltic Fishing Federation protested the new quotas."
    orgs = [a for a in _actors(nlp, text) if a.kind == "organization"]
    assert [(a.span.text, a.code) for a in orgs] == [("Baltic Fishing Federation", None)]


def test_tagger_named_group_before_a_noun_keeps_its_code(nlp):
    actors = {a.span.text: a.code for a in find_actors(nlp("Hezbollah fighters fired rockets at the border town.")).actors}
    assert actors["Hezbollah fighters"] == "LBNREBHEZ"


@pytest.mark.parametrize("text,code", [
    ("Former President Obama spoke in Chicago.", "USAELI"),
    ("Ousted Malian president Ibrahim Keita died in Bamako.", "MLIELI"),
])
def test_tagger_former_title_codes_an_elite_not_the_government(nlp, text, code):
    people = [a.code for a in _actors(nlp, text, date(2022, 1, 1)) if a.kind == "person"]
    assert people == [code]


def test_tagger_the_group_refers_to_the_last_named_group(nlp):
    text = "Boko Haram fighters attacked a village on Monday. The group said it burned the market."
    codes = {a.span.text: a.code for a in _actors(nlp, text)}
    assert codes["The group"] == "NGAINSBKH"


def test_tagger_the_group_without_a_named_group_before_is_no_actor(nlp):
    codes = {a.span.text for a in _actors(nlp, "The group said it burned the market.")}
    assert "The group" not in codes


def test_tagger_a_crowd_named_by_its_size_is_a_civilian_group(nlp):
    actors = {a.span.text: a.code for a in _actors(nlp, "Thousands marched in Nairobi on Sunday.")}
    assert actors["Thousands"] == "---CVL"  # the place's country comes later, from context
    assert "Hundreds of soldiers" not in {a.span.text for a in _actors(nlp, "Hundreds of soldiers crossed the border.")
                                          if a.code == "---CVL"}


def test_tagger_country_word_inside_a_longer_place_is_no_actor(nlp):
    from eventwire.places import find_places

    doc = nlp("Police raided a house in Northern Ireland on Monday.")
    codes = [a.code for a in find_actors(doc, places=find_places(doc)).actors]
    assert "IRL" not in codes


@pytest.mark.parametrize("text,word", [
    ("Pro-Russian rebels shelled the town.", "Russia"),  # a stance, not a country
    ("Anti-American protesters marched on Friday.", "United States"),
    ("Thousands protested in Nairobi on Monday.", "Kenya"),  # a capital as a place, not its government
])
def test_tagger_stances_and_locative_capitals_are_no_country_actor(nlp, text, word):
    assert all(a.name != word for a in _actors(nlp, text))


@pytest.mark.parametrize("text,phrase,code", [
    # an organisation in a title codes the person, whatever country the sentence names
    ("NATO Secretary General Jens Stoltenberg arrived in Ankara.", "NATO Secretary General Jens Stoltenberg", "NATO"),
    ("Hamas leader Ismail Haniyeh met Egyptian officials in Cairo.", "Hamas leader Ismail Haniyeh", "PSEREBHMS"),
])
def test_tagger_an_organisation_in_a_title_codes_the_person(nlp, text, phrase, code):
    found = {a.span.text: a.code for a in _actors(nlp, text, published=date(2015, 3, 1))}
    assert found.get(phrase) == code


def test_tagger_an_event_noun_with_a_military_modifier_is_no_actor(nlp):
    assert not [a for a in _actors(nlp, "NATO tightened the naval blockade of Libya.") if "blockade" in a.span.text]


def test_tagger_a_capital_modifying_an_event_is_a_place_not_its_government(nlp):
    assert not [a for a in _actors(nlp, "Organizers of a London rally thanked the volunteers.") if a.code == "GBRGOV"]


def _found(nlp, text, published=date(2021, 6, 1)):
    """phrase -> (code, start, end) for each actor of ``text``."""
    return {a.span.text: (a.code, a.span.start, a.span.end) for a in _actors(nlp, text, published)}


@pytest.mark.parametrize("text,phrase,code", [
    # a people that lives mostly in one state codes as that state's adjective and nationals do
    ("Chechen rebels ambushed a convoy near Grozny.", "Chechen rebels", "RUSREB"),
    ("Basque separatists claimed the bombing.", "Basque separatists", "ESPREB"),
    ("Hundreds of Tibetans marched on Sunday.", "Tibetans", "CHNCVL"),
    # "guerrilla" as a modifier gives the rebel sector ("a guerrilla stronghold")
    ("Government troops shelled a Kachin guerrilla stronghold.", "a Kachin guerrilla stronghold", "MMRREB"),
])
def test_tagger_codes_peoples_by_their_home_state(nlp, text, phrase, code):
    start = text.index(phrase)
    assert _found(nlp, text)[phrase] == (code, start, start + len(phrase))


def test_tagger_a_peoples_name_used_as_a_first_name_is_the_person(nlp):
    text = "Karen told reporters she was leaving."
    (karen,) = [a for a in _actors(nlp, text) if a.span.text == "Karen"]
    assert (karen.code, karen.kind, karen.span.start, karen.span.end) == (None, "person", 0, 5)


def test_tagger_a_person_entity_of_country_and_people_words_is_a_people(nlp):
    from spacy.tokens import Span as SpacySpan

    text = "Some 500 Turkish Kurd refugees crossed the border on Friday."
    doc = nlp(text)
    doc.ents = [SpacySpan(doc, 2, 4, label="PERSON")]  # the NER's mistake: "Turkish Kurd" as a name
    found = {a.span.text: (a.code, a.span.start, a.span.end) for a in find_actors(doc).actors}
    assert found == {"Turkish Kurd refugees": ("TURREF", 9, 30)}


@pytest.mark.parametrize("text,absent,kept", [
    # intelligence that is given or shared is information, not an intelligence service
    ("Britain shared intelligence with its allies.", "intelligence", None),
    ("The embassy provided maps and other intelligence to the investigators.", "other intelligence", None),
    ("Military intelligence detained two officers.", None, ("Military intelligence", "---SPY", 0, 21)),
])
def test_tagger_intelligence_given_is_no_actor(nlp, text, absent, kept):
    found = _found(nlp, text)
    if absent:
        assert absent not in found
    if kept:
        assert found[kept[0]] == kept[1:]


@pytest.mark.parametrize("text,phrase,code", [
    # names written with a singular possessive ("People's", "Lord's") match the table's plain form
    ("Fighters of the Lord's Resistance Army raided a village.", "Lord's Resistance Army", "UGAREBLRA"),
    ("The New People's Army ambushed a patrol on Mindanao.", "New People's Army", "PHLREBNPA"),
    # armed groups and movements of the wars of 1980-2010
    ("The Armed Islamic Group claimed the massacre.", "Armed Islamic Group", "DZAINSGIA"),
    ("Khmer Rouge guerrillas shelled the town.", "Khmer Rouge guerrillas", "KHMREBKRG"),
    ("The Revolutionary United Front freed the hostages.", "Revolutionary United Front", "SLEREBRUF"),
    ("The National Union for the Total Independence of Angola rejected the deal.",
     "National Union for the Total Independence of Angola", "AGOPTYUNT"),
])
def test_tagger_codes_named_groups(nlp, text, phrase, code):
    start = text.index(phrase)
    assert _found(nlp, text)[phrase] == (code, start, start + len(phrase))


def test_tagger_a_frequent_misspelling_of_a_leader_codes_the_leader(nlp):
    text = "President Francois Mitterand received the king in Paris."
    found = _found(nlp, text, published=date(1990, 6, 1))
    assert found["President Francois Mitterand"] == ("FRAGOV", 0, 28)


def _coded(nlp, text):
    from eventwire.actors.context import infer_countries
    from eventwire.places import find_places

    doc = nlp(text)
    places = find_places(doc)
    tags = infer_countries(doc, find_actors(doc, published=date(2021, 6, 1), places=places), places)
    return {a.span.text: a.code for a in tags.actors}


@pytest.mark.parametrize("text,phrase,code", [
    # an office named whole keeps its sector: "security" alone would make it police
    ("Iraq's national security adviser received the envoys.", "Iraq's national security adviser", "IRQGOV"),
    ("Iraq's national security advisor received the envoys.", "Iraq's national security advisor", "IRQGOV"),
    ("Iraqi National Security Adviser Qassim al-Araji met the delegation.",
     "Iraqi National Security Adviser Qassim al-Araji", "IRQGOV"),
    ("Russian military advisers trained the unit.", "Russian military advisers", "RUSMIL"),
    ("Kenya's special envoy arrived in Juba.", "Kenya's special envoy", "KENGOV"),
    ("French Ambassador Jean Dupont was summoned.", "French Ambassador Jean Dupont", "FRAGOV"),
    ("Turkey's presidential spokesman criticised the plan.", "Turkey's presidential spokesman", "TURGOV"),
    ("Nigeria's interior minister visited Abuja.", "Nigeria's interior minister", "NGAGOV"),
    ("Ukraine's deputy prime minister visited Lviv.", "Ukraine's deputy prime minister", "UKRGOV"),
    # an office with an "of" phrase is one actor, with the office's sector
    ("Kenya's chief of staff resigned.", "Kenya's chief of staff", "KENGOV"),
    ("Nigeria's chief of army staff visited the troops.", "Nigeria's chief of army staff", "NGAMIL"),
    # legal offices are the judiciary, not the army ("general") or nobody ("justice")
    ("Kenya's attorney general filed charges.", "Kenya's attorney general", "KENJUD"),
    ("Kenya's chief justice ruled on the petition.", "Kenya's chief justice", "KENJUD"),
    ("Pakistan's army chief met the prime minister.", "Pakistan's army chief", "PAKMIL"),
    ("Kenya's police chief ordered the arrests.", "Kenya's police chief", "KENCOP"),
    ("Pakistan's intelligence chief met the delegation.", "Pakistan's intelligence chief", "PAKSPY"),
    ("Belarus's opposition leader met the delegation.", "Belarus's opposition leader", "BLROPP"),
])
def test_tagger_codes_titles_and_offices(nlp, text, phrase, code):
    assert _coded(nlp, text).get(phrase) == code


@pytest.mark.parametrize("text,phrase,code", [
    # a title of one state only codes that state (the Holy See), with its sector
    ("The Pope met refugees on Monday.", "The Pope", "VATREL"),
    ("Pope Francis met refugees on Monday.", "Pope Francis", "VATREL"),
    ("The Holy See criticised the law.", "The Holy See", "VAT"),
])
def test_tagger_codes_the_pope_as_the_holy_see(nlp, text, phrase, code):
    assert _coded(nlp, text).get(phrase) == code


def test_tagger_a_qualified_pope_is_not_the_holy_see(nlp):
    assert _coded(nlp, "The Coptic Pope Tawadros II condemned the attack.")["Coptic Pope Tawadros II"] is None


@pytest.mark.parametrize("text,phrase,code", [
    # a non-state modifier makes a force of rebels, and a militia's leader is a rebel
    ("Rebel forces seized the town.", "Rebel forces", "---REB"),
    ("Militia forces seized the town.", "Militia forces", "---REB"),
    ("A militia leader said the fighters withdrew.", "A militia leader", "---REB"),
    ("Fighters from a local resistance unit ambushed a convoy.", "a local resistance unit", "---REB"),
    # bare "officers" are police when the last armed actor before them is
    ("Police fired tear gas at protesters who hurled stones at officers.", "officers", "---COP"),
    ("Gunmen ambushed a convoy, killing four soldiers and two officers.", "officers", "---MIL"),
])
def test_tagger_sector_from_modifier_and_context(nlp, text, phrase, code):
    assert {a.span.text: a.code for a in _actors(nlp, text)}.get(phrase) == code


@pytest.mark.parametrize("text,gone", [
    ("Riot police used water cannon on the crowd.", "Riot"),  # not a person named Riot
    ("The government warned of a security vacuum.", "a security vacuum"),
    ("Voters rejected the disputed presidential election.", "the disputed presidential election"),
    ("Iran's militia allies attacked the base.", "Iran's militia allies"),  # an ally is not Iran's own
])
def test_tagger_no_actor_from_these_phrases(nlp, text, gone):
    assert gone not in {a.span.text for a in _actors(nlp, text)}


def test_tagger_described_group_refers_to_the_named_group(nlp):
    text = "Al-Shabaab fighters killed three police officers. The militant group said it carried out the raid."
    assert {a.span.text: a.code for a in _actors(nlp, text)}["The militant group"] == "SOMINSSHB"


def test_tagger_the_group_is_no_country_and_sector_phrase(nlp):
    text = "Myanmar military jets hit the monastery. The bombing destroyed the hall, the group said."
    assert "the group" not in {a.span.text for a in _actors(nlp, text)}


@pytest.mark.parametrize("text,phrase", [
    ("Jihadists of the Islamic State of Iraq and al-Sham stormed the town.", "Islamic State of Iraq and al-Sham"),
    ("The Islamic State in Iraq and Syria released a video on Tuesday.", "Islamic State in Iraq and Syria"),
    ("Envoys of the Organization for Security and Co-operation in Europe left Kyiv.",
     "Organization for Security and Co-operation in Europe"),
])
def test_tagger_matches_an_organisation_name_with_and_whole(nlp, text, phrase):
    actors = _actors(nlp, text)
    (whole,) = [a for a in actors if a.span.text == phrase]
    assert whole.kind in ("group", "organization") and whole.code
    inside = [a.span.text for a in actors if whole.span.start <= a.span.start < whole.span.end and a != whole]
    assert inside == []  # no person "al-Sham", no country "Iraq" split off the name


@pytest.mark.parametrize("text,phrase,code", [
    ("Anti-government demonstrators blocked the road.", "Anti-government demonstrators", "---OPP"),
    ("Anti-regime forces shelled the airport.", "Anti-regime forces", "---REB"),
    ("Anti-junta activists were detained.", "Anti-junta activists", "---OPP"),
])
def test_tagger_anti_government_is_the_opposition(nlp, text, phrase, code):
    found = {a.span.text: a.code for a in _actors(nlp, text)}
    assert found.get(phrase) == code


@pytest.mark.parametrize("text", [
    "Anti-military protests spread to three cities.",
    "Anti-police riots broke out in the suburb.",
])
def test_tagger_anti_sector_is_a_stance_not_that_sector(nlp, text):
    assert [(a.span.text, a.sector) for a in _actors(nlp, text)] == []


@pytest.mark.parametrize("text", [
    "South of Beirut, hundreds of students marched against the government.",
    "Near Kabul, gunmen attacked a convoy.",
    "Outside Tehran, activists rallied on Friday.",
    "On the outskirts of Damascus, troops clashed with rebels.",
    "Around Kyiv, volunteers dug trenches.",
])
def test_tagger_capital_after_placing_words_is_a_place(nlp, text):
    assert [a.span.text for a in _actors(nlp, text) if a.sector == "GOV" and a.kind == "country"] == []


def test_tagger_capital_as_subject_is_still_its_government(nlp):
    assert [(a.span.text, a.code) for a in _actors(nlp, "Damascus sent troops to the border.")][0] == (
        "Damascus", "SYRGOV")


@pytest.mark.parametrize("text,phrase,code", [
    ("The president of the football club was arrested.", "The president", "---NGO"),
    ("The 61-year-old chairman of the Denver chapter praised the volunteers.", "The 61-year-old chairman", "---NGO"),
    ("The chairman of the bank resigned.", "The chairman", "---BUS"),
    ("A company spokesman declined to comment.", "A company spokesman", "---BUS"),
    ("The company president resigned on Tuesday.", "The company president", "---BUS"),
    ("The president of the Senate adjourned the debate.", "The president", "---LEG"),
    ("A Kenyan union leader called a strike.", "A Kenyan union leader", "KENLAB"),
    # a head of state stays one
    ("The president vowed to respond.", "The president", "---GOV"),
    ("The governor of the central bank met reporters.", "The governor", "---GOV"),
])
def test_tagger_leader_of_a_body_takes_the_body_sector(nlp, text, phrase, code):
    found = {a.span.text: a.code for a in _actors(nlp, text)}
    assert found.get(phrase) == code


@pytest.mark.parametrize("text,phrase,code", [
    ("Soldiers wounded an Iraqi at the checkpoint.", "an Iraqi", "IRQCVL"),
    ("A Syrian was arrested at the airport.", "A Syrian", "SYRCVL"),
    ("Gunmen shot dead a 23-year-old Egyptian on Monday.", "a 23-year-old Egyptian", "EGYCVL"),
    ("Two Israelis and a Palestinian were hurt.", "a Palestinian", "PSECVL"),
    ("Police detained an Australian and a Briton.", "an Australian", "AUSCVL"),
])
def test_tagger_singular_demonym_noun_is_one_of_its_people(nlp, text, phrase, code):
    found = {a.span.text: a.code for a in _actors(nlp, text)}
    assert found.get(phrase) == code


@pytest.mark.parametrize("text,phrase,code", [
    ("An Egyptian delegation arrived in Gaza.", "An Egyptian delegation", "EGYGOV"),
    ("A Jordanian official denied the report.", "A Jordanian official", "JORGOV"),
])
def test_tagger_singular_demonym_before_a_noun_stays_a_modifier(nlp, text, phrase, code):
    found = {a.span.text: a.code for a in _actors(nlp, text)}
    assert found.get(phrase) == code


def test_tagger_demonym_describing_a_named_place_is_no_actor(nlp):
    text = "Residents of Osaka and Kyoto, the two Japanese cities flooded last week, asked for aid."
    tags = find_actors(nlp(text), published=date(2021, 6, 1))
    assert [a.span.text for a in tags.actors] == ["Residents"]
    assert tags.latent == {}


def test_tagger_demonym_on_an_unnamed_place_still_gives_its_country(nlp):
    found = {a.span.text: a.code for a in _actors(nlp, "Greek jets bombed Turkish villages.")}
    assert found == {"Greek jets": "GRCMIL", "Turkish villages": "TURCVL"}


@pytest.mark.parametrize("text,word", [
    ("Paris agreed to supply missiles to Athens.", "missiles"),
    ("Washington will sell artillery to Oman. Officials said the artillery would reach Muscat in May.", "artillery"),
])
def test_tagger_weapons_sold_or_supplied_are_no_force(nlp, text, word):
    assert [a.span.text for a in _actors(nlp, text) if word in a.span.text] == []


@pytest.mark.parametrize("text,phrase,code", [
    ("The artillery pounded rebel positions overnight.", "The artillery", "---MIL"),
    ("Egyptian tanks rolled into the town.", "Egyptian tanks", "EGYMIL"),
])
def test_tagger_weapons_that_act_are_the_force(nlp, text, phrase, code):
    found = {a.span.text: a.code for a in _actors(nlp, text)}
    assert found.get(phrase) == code


@pytest.mark.parametrize("text,code", [
    # a capital that is one word of a longer name is a club, a car, a church or a person, not the government
    ("Fans greeted Real Madrid at the airport.", "ESPGOV"),
    ("A cyclist was hit by a Ford Crown Victoria on Main Street.", "SYCGOV"),
    ("Paris Saint-Germain signed a new goalkeeper.", "FRAGOV"),
    ("Victoria Beckham opened a shop in London.", "SYCGOV"),
    ("The Moscow Patriarchate condemned the exhibition.", "RUSGOV"),
])
def test_tagger_capital_inside_a_longer_name_is_no_government(nlp, text, code):
    assert code not in {a.code for a in _actors(nlp, text)}


@pytest.mark.parametrize("text,phrase,code", [
    # the capital alone, or with a title or a sector noun, still stands for the government
    ("Washington said it would respond.", "Washington", "USAGOV"),
    ("Moscow's forces shelled the town.", "Moscow's forces", "RUSMIL"),
    ("The Beijing government protested.", "The Beijing government", "CHNGOV"),
    ("Kremlin officials denied the report.", "Kremlin officials", "RUSGOV"),
])
def test_tagger_capital_with_a_sector_noun_is_still_the_government(nlp, text, phrase, code):
    assert {a.span.text: a.code for a in _actors(nlp, text)}.get(phrase) == code


@pytest.mark.parametrize("text,phrase,code", [
    # "X-era", "X-style", "X-made": a time, a style or a maker, not an actor
    ("Rebels used Soviet-era tanks in the battle.", "Soviet-era tanks", "---MIL"),
    ("Turkish-built drones struck the convoy.", "Turkish-built drones", "---MIL"),
])
def test_tagger_era_style_and_maker_words_give_no_country(nlp, text, phrase, code):
    assert {a.span.text: a.code for a in _actors(nlp, text)}.get(phrase) == code


@pytest.mark.parametrize("text", [
    "The Obama-era rule was repealed.",
    "Trump-era tariffs were lifted last year.",
    "Soviet-style planning failed.",
    "Cold War-era bunkers were opened to tourists.",
    "Chinese-made rockets landed overnight.",
])
def test_tagger_era_style_and_maker_words_are_no_actor(nlp, text):
    assert [(a.span.text, a.code) for a in _actors(nlp, text) if a.code] == []


def test_tagger_security_as_a_topic_is_no_actor(nlp):
    for text in ("Security threats forced the closure of the border.", "Growing security concerns delayed the vote.",
                 "The security situation worsened in the north.", "A security crisis gripped the region."):
        assert [a.span.text for a in _actors(nlp, text)] == []


@pytest.mark.parametrize("text,phrase,code", [
    ("Security forces fired on protesters.", "Security forces", "---COP"),
    ("Security officials said the plot was foiled.", "Security officials", "---COP"),
    ("Kenyan security services arrested him.", "Kenyan security services", "KENCOP"),
    ("Security personnel detained three men.", "Security personnel", "---COP"),
])
def test_tagger_security_bodies_are_police(nlp, text, phrase, code):
    assert {a.span.text: a.code for a in _actors(nlp, text)}.get(phrase) == code


def test_tagger_security_modifier_is_no_source_of_an_event_noun(nlp):
    from eventwire import extract

    record = extract("Officials in Nairobi warned on Monday of security threats from the border.", nlp=nlp)
    assert [(e.source.code if e.source else None) for e in record.events if e.trigger.text == "threats"] in ([], [None])


@pytest.mark.parametrize("text,phrase,code", [
    # a diplomat is of the state that sends him, not of the one he serves in
    ("The Chilean ambassador to Peru left Lima.", "The Chilean ambassador", "CHLGOV"),
    ("Norway's envoy to Kenya met reporters.", "Norway's envoy", "NORGOV"),
    ("Protesters burned tyres outside the Swedish embassy in Minsk.", "the Swedish embassy", "SWEGOV"),
    ("The Greek consul in Istanbul was recalled.", "The Greek consul", "GRCGOV"),
])
def test_tagger_diplomat_is_of_the_sending_state(nlp, text, phrase, code):
    assert {a.span.text: a.code for a in _actors(nlp, text)}.get(phrase) == code


def test_tagger_diplomat_named_after_his_title_and_later_keeps_its_code(nlp):
    text = ("Norway's ambassador to Kenya, Lars Ekornes, was robbed in Nairobi. "
            "Police said Ambassador Lars Ekornes was unhurt. Later, Ekornes said he would stay.")
    people = [(a.span.text, a.code) for a in _actors(nlp, text) if a.kind == "person"]
    assert people == [("Norway's ambassador", "NORGOV"), ("Lars Ekornes", "NORGOV"),
                      ("Ambassador Lars Ekornes", "NORGOV"), ("Ekornes", "NORGOV")]


def test_tagger_host_country_after_an_envoy_is_no_title_country(nlp):
    text = "Greek envoy to Egypt Nikos Papas met officials."
    codes = {a.span.text: a.code for a in _actors(nlp, text)}
    assert (codes["Greek envoy"], codes["Nikos Papas"]) == ("GRCGOV", "GRCGOV")


def _people_codes(nlp, text, published=date(2021, 6, 1)):
    return {a.span.text: (a.code, a.sector) for a in _actors(nlp, text, published) if a.kind == "person"}


@pytest.mark.parametrize("text,phrase,sector", [
    # a company or other body before or after the title: its officer, not a head of state
    ("Zentrix Motors President Alan Reyes said the plant would close.",
     "Zentrix Motors President Alan Reyes", "BUS"),
    ("Maria Lopez, president and chief executive of Nortrak, said sales rose.", "Maria Lopez", "BUS"),
    ("Paul Green, president of the Riverside Growers Association, criticized the report.", "Paul Green", "NGO"),
    ("Tom Hale, the university's vice president, defended the decision.", "Tom Hale", "EDU"),
    # a state's own body keeps the title's sector
    ("State Department spokesman John Kirby criticized the vote.", "State Department spokesman John Kirby", "GOV"),
])
def test_tagger_officer_of_a_body_takes_its_sector(nlp, text, phrase, sector):
    assert _people_codes(nlp, text)[phrase][1] == sector


def test_tagger_title_word_inside_another_noun_is_no_rank(nlp):
    codes = _people_codes(nlp, "Sam Ortiz, General Manager of the firm, said the deal was good.")
    assert codes["Sam Ortiz"][1] != "MIL"


def test_tagger_title_word_before_a_body_word_is_no_name(nlp):
    text = "The permits are issued by the General Administration of Customs."
    assert _people_codes(nlp, text) == {}


def test_tagger_appositive_clause_gives_no_title(nlp):
    text = "The case recalls Tom Baker, the British boy whose parents fought the courts for months."
    assert _people_codes(nlp, text)["Tom Baker"] == ("GBRCVL", "CVL")  # the boy, not a court's


def test_tagger_surname_with_another_first_name_is_another_person(nlp):
    text = "Anna Kowal, the Polish foreign minister, arrived on Monday. Her brother, Piotr Kowal, protested."
    codes = _people_codes(nlp, text)
    assert codes["Anna Kowal"] == ("POLGOV", "GOV")
    assert codes["Piotr Kowal"] == (None, None)


def test_tagger_known_name_inside_a_place_name_is_no_person(nlp):
    text = "Protesters marched through San Marcos, Texas, on Sunday."
    assert [a for a in _actors(nlp, text, date(2023, 1, 1)) if a.kind == "person" and a.code] == []


def test_tagger_known_surname_after_someone_else_with_it_is_that_one(nlp):
    text = "Lisa Johnson, the district's finance officer, spoke on Monday. Johnson said the budget was cut."
    assert "GBRGOV" not in [a.code for a in _actors(nlp, text, date(2020, 1, 1))]


def test_tagger_known_surname_alone_in_an_article_without_its_country_is_no_one(nlp):
    text = ("The county school board met on Monday. Teachers asked for more money. The budget was cut by "
            "six percent. Parents were angry about the buses. Johnson said the cut was too deep. "
            "The board will meet again in May.")
    assert "GBRGOV" not in [a.code for a in _actors(nlp, text, date(2020, 1, 1))]


def test_tagger_known_surname_alone_with_its_country_named_is_the_person(nlp):
    text = ("Britain will leave the bloc. Talks ended on Monday. The pound fell. Markets were calm. "
            "Johnson said the deal was good. Critics disagreed.")
    codes = [a.code for a in _actors(nlp, text, date(2020, 1, 1)) if a.span.text == "Johnson"]
    assert codes == ["GBRGOV"]


def test_tagger_capital_inside_a_school_name_gives_no_country(nlp):
    text = "Lena Moss, a survivor of the fire at Douglas Memorial High School, spoke to reporters."
    assert _people_codes(nlp, text)["Lena Moss"][0] in (None, "---CVL")


def test_tagger_inherited_country_without_sector_makes_a_plain_code(nlp):
    text = "Jo Reed, an American citizen, spoke on Monday. Later, Ms. Reed left the hall."
    codes = [a.code for a in _actors(nlp, text)]
    assert not any(c and c.endswith("None") for c in codes)


@pytest.mark.parametrize("text", [
    "The defector was poisoned with a nerve agent.",
    "Air France cut its flights to the island.",
])
def test_tagger_thing_or_company_is_no_armed_actor(nlp, text):
    assert [a.code for a in _actors(nlp, text) if a.sector in ("SPY", "MIL")] == []


@pytest.mark.parametrize("text,phrase,sector", [
    ("Detective Sergeant Ann Cole said the man was charged.", "Detective Sergeant Ann Cole", "COP"),
    ("Gov. Dana Lee signed the bill.", "Gov. Dana Lee", "GOV"),
])
def test_tagger_police_ranks_and_abbreviated_titles(nlp, text, phrase, sector):
    assert _people_codes(nlp, text)[phrase][1] == sector


def test_tagger_words_before_a_name_without_a_title_stay_out_of_it(nlp):
    text = "Mahinda Rajapaksa won by a wide margin - Rajapaksa took most votes."
    assert "Rajapaksa" in _people_codes(nlp, text, date(2015, 6, 1))


@pytest.mark.parametrize("text,phrase,code", [
    # a known armed group's short name before a sector noun codes the group, over the country
    ("Colombia's ELN rebels blew up a pipeline.", "Colombia's ELN rebels", "COLREBELN"),
    ("Turkey's PKK militants ambushed a patrol.", "Turkey's PKK militants", "TURREBPKK"),
    ("Palestinian Hamas gunmen fired at a bus.", "Palestinian Hamas gunmen", "PSEREBHMS"),
    ("Hamas gunmen fired at a bus.", "Hamas gunmen", "PSEREBHMS"),
    ("PKK militants ambushed a patrol.", "PKK militants", "TURREBPKK"),
    # an organisation that is no armed group leaves the country's code ("UN ambassador")
    ("Kenya's UN ambassador criticised the vote.", "Kenya's UN ambassador", "KENGOV"),
])
def test_tagger_group_name_before_a_sector_noun_codes_the_group(nlp, text, phrase, code):
    assert {a.span.text: a.code for a in _actors(nlp, text)}.get(phrase) == code


@pytest.mark.parametrize("text,phrase,code", [
    ("The Anglican Church condemned the attack.", "The Anglican Church", "---REL"),
    ("Gunmen set fire to a church.", "a church", "---CVL"),
    ("The Battalion, the campus newspaper, reported that police detained two students.", "The Battalion", "---MED"),
    ("Senator Ruth Ames criticised the bill.", "Senator Ruth Ames", None),
])
def test_tagger_institutions_and_names_with_sector_words(nlp, text, phrase, code):
    assert {a.span.text: a.code for a in _actors(nlp, text)}.get(phrase) == code


@pytest.mark.parametrize("text", [
    "Regulators said the air bags failed to open.",
    "The Minister of Business said exports rose.",
])
def test_tagger_words_that_name_no_force_or_business(nlp, text):
    assert [a.code for a in _actors(nlp, text) if a.sector in ("MIL", "BUS")] == []


@pytest.mark.parametrize("text,phrase", [
    ("Sen. Ruth Ames criticised the bill.", "Sen. Ruth Ames"),
    ("Senator Ruth Ames criticised the bill.", "Senator Ruth Ames"),
    ("Rep. Ruth Ames criticised the bill.", "Rep. Ruth Ames"),
    ("Congressman Tom Ames criticised the bill.", "Congressman Tom Ames"),
])
def test_tagger_members_of_a_legislature_are_leg(nlp, text, phrase):
    assert {a.span.text: a.sector for a in _actors(nlp, text)}[phrase] == "LEG"


def test_tagger_known_person_keeps_the_group_code_under_a_rank(nlp):
    text = "Commander Mullah Omar ordered the attack."
    assert {a.span.text: a.code for a in _actors(nlp, text, date(2000, 1, 1))}["Commander Mullah Omar"] == "AFGINSTAL"


def test_tagger_a_portfolio_before_a_title_is_a_state_office():
    from eventwire.core import extract
    record = extract({"id": "t", "text": "Defence Secretary Ben Wallace said British troops would stay.",
                      "published": "2021-06-04"})
    assert [(a.span.text, a.code) for a in record.mentions.actors][0] == ("Defence Secretary Ben Wallace", "GBRGOV")


def test_tagger_opponents_of_a_leader_are_the_opposition():
    from eventwire.core import extract
    record = extract({"id": "t", "text": "Opponents of President Nicolas Maduro accused the government of rigging the vote.",
                      "published": "2017-07-31"})
    assert [(e.source.code, e.target.code) for e in record.events] == [("VENOPP", "VENGOV")]


@pytest.mark.parametrize("text,phrase,code", [
    # the single-l spelling of guerrillas, common in news copy
    ("Angolan guerillas ambushed a convoy.", "Angolan guerillas", "AGOREB"),
    ("The guerilla commander surrendered.", "The guerilla commander", "---REB"),
    # immigrants are coded like migrants and refugees, by the country they come from
    ("Haitian immigrants marched through the city.", "Haitian immigrants", "HTIREF"),
    # relief and aid staff work for charities and agencies, not a government
    ("Relief officials counted the dead.", "Relief officials", "---NGO"),
    ("Humanitarian agencies appealed for funds.", "Humanitarian agencies", "---NGO"),
    # the older spelling of Muslims
    ("Moslems prayed in the square.", "Moslems", "---CVL"),
])
def test_tagger_sector_word_families(nlp, text, phrase, code):
    found = {a.span.text: a.code for a in _actors(nlp, text)}
    assert found.get(phrase) == code


@pytest.mark.parametrize("text,phrase,code", [
    ("Chadian troops clashed with sudanese rioters.", "sudanese rioters", "SDNOPP"),
    ("The kenyan police arrested him.", "The kenyan police", "KENCOP"),
])
def test_tagger_lower_case_demonym_before_a_sector_noun(nlp, text, phrase, code):
    (actor,) = [a for a in _actors(nlp, text) if a.span.text == phrase]
    assert actor.code == code
    assert text[actor.span.start:actor.span.end] == phrase


@pytest.mark.parametrize("text", ["She ordered french fries at the stall.", "The cadets polish their boots daily."])
def test_tagger_lower_case_demonym_alone_is_no_actor(nlp, text):
    assert [a.span.text for a in _actors(nlp, text) if a.country] == []


def test_tagger_backing_verb_is_not_part_of_the_phrase(nlp):
    text = "Niger accused Mali of arming rebels."
    (rebels,) = [a for a in _actors(nlp, text) if a.sector == "REB"]
    assert (rebels.span.text, text[rebels.span.start:rebels.span.end]) == ("rebels", "rebels")


def test_tagger_later_mention_keeps_the_office_the_article_gave(nlp):
    # the table says Chirac left office in 2007; the article calls him president, so later mentions agree
    text = "French President Jacques Chirac opened the summit. Chirac later met the press."
    people = [(a.span.text, a.code) for a in _actors(nlp, text, date(2015, 1, 1)) if a.kind == "person"]
    assert people == [("French President Jacques Chirac", "FRAGOV"), ("Chirac", "FRAGOV")]


def test_tagger_later_mention_without_a_titled_first_one_follows_the_table(nlp):
    text = "Jacques Chirac opened the summit. Chirac later met the press."
    people = [a.code for a in _actors(nlp, text, date(2015, 1, 1)) if a.kind == "person"]
    assert people == ["FRAELI", "FRAELI"]


def test_tagger_unknown_party_takes_its_name_noun_and_sector(nlp):
    text = "The Umma (Nation) party called a boycott."
    (party,) = [a for a in _actors(nlp, text) if a.kind == "organization"]
    assert (party.span.text, party.sector, party.code) == ("Umma (Nation) party", "PTY", None)
    assert text[party.span.start:party.span.end] == party.span.text


def test_tagger_peshmerga_in_lower_case(nlp):
    text = "Kurdish peshmerga fighters held the ridge."
    (actor,) = [a for a in _actors(nlp, text) if a.code]
    assert (actor.span.text, actor.code) == ("Kurdish peshmerga fighters", "IRQMILPSH")


def test_tagger_lower_case_names_of_bodies_still_code(nlp):
    text = "Chad appealed to the international community for help."
    assert [a.code for a in _actors(nlp, text) if a.code == "IGOINT"] == ["IGOINT"]


def test_tagger_titled_name_set_after_a_title_phrase_takes_its_country(nlp):
    # "General" gives the rank, the phrase the name is set after gives the country (not the post's)
    text = "The British commander in Afghanistan, General Mark Hollis, visited the troops."
    assert _people_codes(nlp, text)["General Mark Hollis"] == ("GBRMIL", "MIL")


def test_tagger_in_general_is_no_general(nlp):
    assert [a.span.text for a in _actors(nlp, "The minister condemned violence in general.")] == ["The minister"]
