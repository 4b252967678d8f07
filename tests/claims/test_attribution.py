import pytest

from eventwire.actors import find_actors
from eventwire.claims import claim_for, find_claims


def _claims(nlp, text):
    doc = nlp(text)
    return doc, find_claims(doc, find_actors(doc))


@pytest.mark.parametrize("text,inside,speaker", [
    ("Police arrested 40 people, Kenyan Interior Minister John Otieno told reporters.", "arrested", "Kenyan Interior Minister John Otieno"),
    ("“Our troops shelled the depot,” said Colonel Ivan Petrov.", "shelled", "Colonel Ivan Petrov"),
    ("Russia said its forces struck a depot.", "struck", "Russia"),
    ("Rebels attacked the convoy, according to the Malian army.", "attacked", "the Malian army"),
])
def test_attribution_finds_speaker_of_claim(nlp, text, inside, speaker):
    doc, claims = _claims(nlp, text)
    claim = claim_for(text.index(inside), claims)
    assert claim is not None
    assert claim.speaker.span.text == speaker
    assert text[claim.speaker.span.start:claim.speaker.span.end] == speaker


def test_attribution_quote_over_two_sentences(nlp):
    text = "“Our forces destroyed three tanks. They also hit a depot,” Ukrainian Defense Minister Oleh Marchenko said."
    doc, claims = _claims(nlp, text)
    assert claim_for(text.index("destroyed"), claims).speaker.code == "UKRGOV"
    assert claim_for(text.index("hit"), claims).speaker.code == "UKRGOV"


def test_attribution_blame_covers_the_blamed_event(nlp):
    text = "The bombing that Pakistan blamed on Afghan militants killed nine people."
    doc, claims = _claims(nlp, text)
    assert claim_for(text.index("bombing"), claims).speaker.code == "PAK"


def test_attribution_denial_is_marked(nlp):
    text = "Russia denied that its jets bombed the hospital."
    doc, claims = _claims(nlp, text)
    claim = claim_for(text.index("bombed"), claims)
    assert claim.denial is True
    assert claim.speaker.code == "RUS"


def test_attribution_no_speaker_no_claim(nlp):
    doc, claims = _claims(nlp, "Troops crossed the river at dawn.")
    assert claims == []


@pytest.mark.parametrize("text,inside,speaker,code", [
    ("Police fired tear gas at the crowd, witnesses said.", "fired", "witnesses", None),
    ("Gunmen killed nine villagers, according to a community leader.", "killed", "a community leader", "---CVL"),
    ("Twelve Kenyan soldiers were killed, the army's media wing said.", "killed", "the army's media wing", "---MIL"),
])
def test_attribution_speaker_that_is_no_known_actor(nlp, text, inside, speaker, code):
    doc, claims = _claims(nlp, text)
    claim = claim_for(text.index(inside), claims)
    assert claim.speaker.span.text == speaker
    assert claim.speaker.code == code


def test_attribution_speaker_after_the_report_that_the_parser_hung_elsewhere(nlp):
    text = ("A drone strike on a market in Kidal killed at least nine traders, among them two women, "
            "and wounded 14 others, residents and a local rights group said Friday.")
    doc, claims = _claims(nlp, text)
    claim = claim_for(text.index("killed"), claims)
    assert claim is not None and claim.speaker.span.text == "residents and a local rights group"


def test_attribution_speaker_is_the_phrase_just_before_the_verb(nlp):
    text = ("Gunmen stormed a village in Katsina on Monday, abducting at least 30 people, most of them "
            "women and children, police and residents said.")
    doc, claims = _claims(nlp, text)
    claim = claim_for(text.index("abducting"), claims)
    assert claim is not None and claim.speaker.span.text == "police and residents"


def _speaker_at(nlp, text, inside, *, exclude_cue=None):
    doc, claims = _claims(nlp, text)
    claim = claim_for(text.index(inside), claims, exclude_cue=exclude_cue)
    return claim.speaker if claim is not None else None


@pytest.mark.parametrize("text,speaker,code", [
    ("Troops shelled the border post, according to reports in Pakistani media.", "Pakistani media", "PAKMED"),
    ("Pakistani media reported that troops shelled the border post.", "Pakistani media", "PAKMED"),
    ("State media said troops shelled the border post.", "State media", "---MED"),
    ("Iranian state television reported that troops shelled the border post.", "Iranian state television", "IRNMED"),
    ("Troops shelled the border post, Russian state television reported.", "Russian state television", "RUSMED"),
])
def test_attribution_media_speak_as_media(nlp, text, speaker, code):
    found = _speaker_at(nlp, text, "shelled")
    assert (found.span.text, found.code) == (speaker, code)
    assert text[found.span.start:found.span.end] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Rebels shelled the town, according to a statement from the army.", "the army"),
    ("Rebels shelled the town, according to the army's statement.", "the army"),
    ("A statement from the army said rebels had shelled the town.", "the army"),
    ("The navy said in a statement that its ships had sunk two boats. Rebels shelled the town, according to the statement.",
     "The navy"),
])
def test_attribution_report_speaks_for_its_author(nlp, text, speaker):
    assert _speaker_at(nlp, text, "shelled").span.text == speaker


def test_attribution_responsibility_claim_covers_claiming_and_claimed_event(nlp):
    text = "Hamas claimed responsibility for Sunday's rocket attack on the kibbutz."
    claimed = text.index("claimed")
    assert _speaker_at(nlp, text, "attack").code == "PSEREBHMS"
    # the coder asks for the claim around the trigger "claimed" without the claim cued by it
    assert _speaker_at(nlp, text, "claimed", exclude_cue=claimed).code == "PSEREBHMS"


@pytest.mark.parametrize("text", [
    "No group has claimed responsibility for the bombing.",
    "The ministry did not say who carried out the airstrike.",
])
def test_attribution_nobody_and_not_saying_make_no_claim(nlp, text):
    doc, claims = _claims(nlp, text)
    assert claims == []


@pytest.mark.parametrize("text,inside,speaker", [
    ("The president tweeted that his forces had captured the town.", "captured", "The president"),
    ("The Interior Ministry wrote on Telegram that police arrested 14 protesters.", "arrested", "The Interior Ministry"),
    ("The Wagner chief posted on Telegram: “We have captured the town.”", "captured", "The Wagner chief"),
])
def test_attribution_posts_on_social_media(nlp, text, inside, speaker):
    assert _speaker_at(nlp, text, inside).span.text == speaker


@pytest.mark.parametrize("text", [
    "“Our artillery destroyed two bridges.\n\n“We also shot down a drone over the river,” the defence minister said.",
    '"Our artillery destroyed two bridges.\n\n"We also shot down a drone over the river," the defence minister said.',
    "The defence minister said:\n\n“Our artillery destroyed two bridges.\n\n“We also shot down a drone over the river.”",
    "“Our artillery destroyed two bridges,” the defence minister said. “We also shot down a drone over the river.”",
])
def test_attribution_quote_over_paragraphs_or_after_the_attribution(nlp, text):
    assert _speaker_at(nlp, text, "destroyed").span.text.lower() == "the defence minister"
    assert _speaker_at(nlp, text, "shot").span.text.lower() == "the defence minister"


@pytest.mark.parametrize("text,inside", [
    ("“Our artillery destroyed two bridges,” the defence minister said. Rebels shelled the town later that day.",
     "shelled"),
    ("The defence minister said: “Our artillery destroyed two bridges.\n\nRebels shelled the town later that day.",
     "shelled"),
    ("“Our artillery destroyed two bridges.” The army said troops withdrew from the town.", "destroyed"),
    ("The minister said talks would resume next week. Troops shelled the town on Monday.", "shelled"),
])
def test_attribution_claim_does_not_swallow_the_next_sentence(nlp, text, inside):
    assert _speaker_at(nlp, text, inside) is None


def test_attribution_next_quote_with_its_own_speaker(nlp):
    text = "“Our artillery destroyed two bridges,” the defence minister said. “Rebels shelled the town,” a local official said."
    assert _speaker_at(nlp, text, "Rebels").span.text == "a local official"


@pytest.mark.parametrize("text,inside", [
    ("Reports that troops had shelled the village were denied by the army.", "shelled"),
    ("The army denied that its jets had bombed the market.", "bombed"),
])
def test_attribution_denial_by_the_army(nlp, text, inside):
    doc, claims = _claims(nlp, text)
    claim = claim_for(text.index(inside), claims)
    assert (claim.speaker.span.text.lower(), claim.denial) == ("the army", True)


def test_attribution_relative_clause_speaker(nlp):
    text = "Rebel commander Ahmed Musa, who said his fighters shelled the depot, was arrested later."
    assert _speaker_at(nlp, text, "shelled").span.text == "Rebel commander Ahmed Musa"


@pytest.mark.parametrize("text,name", [
    ("A police spokesman in Nampula, Inspector Jorge Mabunda, told reporters that 12 people had been arrested.",
     "Inspector Jorge Mabunda"),
    ("Jorge Mabunda, a police spokesman, told reporters that 12 people had been arrested.", "Jorge Mabunda"),
])
def test_attribution_named_person_with_the_role_code(nlp, text, name):
    found = _speaker_at(nlp, text, "arrested")
    assert (found.span.text, found.code, found.kind) == (name, "---COP", "person")


def test_attribution_statement_fronted(nlp):
    text = "In a statement, the army said its troops had killed 12 militants."
    assert _speaker_at(nlp, text, "killed").span.text == "the army"


@pytest.mark.parametrize("text,inside,speaker", [
    ("Colonel Ivan Petrov said troops shelled the depot. He said they also captured two tanks.", "captured",
     "Colonel Ivan Petrov"),
    ("The army said troops killed 12 militants. It said two soldiers were wounded in the clash.", "wounded", "The army"),
])
def test_attribution_pronoun_speaker_is_the_speaker_before(nlp, text, inside, speaker):
    assert _speaker_at(nlp, text, inside).span.text == speaker


@pytest.mark.parametrize("text,inside", [
    ("The army said troops killed 12 militants. He said the operation was over.", "operation"),
    ("Colonel Ivan Petrov said troops shelled the depot. President Ali Hassan arrived in the city on Monday. "
     "He said the visit was a success.", "visit"),
    ("The army said troops shelled the depot. It was reported that rebels withdrew.", "withdrew"),
])
def test_attribution_pronoun_without_a_fitting_speaker(nlp, text, inside):
    assert _speaker_at(nlp, text, inside) is None


@pytest.mark.parametrize("text,speaker,code", [
    ("It was reported by state media that troops shelled the depot.", "state media", "---MED"),
    ("Troops shelled the depot, it was reported by Iranian state television.", "Iranian state television", "IRNMED"),
])
def test_attribution_passive_report_by_agent(nlp, text, speaker, code):
    found = _speaker_at(nlp, text, "shelled")
    assert (found.span.text, found.code) == (speaker, code)


@pytest.mark.parametrize("text,speaker", [
    ("“They took everything, the goats, the grain, the radios,” said a herder whose camp was raided.", "a herder"),
    ("“They burned everything, the shop, the car, the papers,” said a teacher whose school near the market was attacked.",
     "a teacher"),
])
def test_attribution_speaker_is_never_inside_the_quotation(nlp, text, speaker):
    assert _speaker_at(nlp, text, "They").span.text == speaker


@pytest.mark.parametrize("text,inside,speaker,code", [
    ("Rebels shelled the airport, Reuters reported.", "shelled", "Reuters", "GBRMEDRTR"),
    ("Xinhua said two ships collided near the port.", "collided", "Xinhua", "CHNMEDXIN"),
])
def test_attribution_a_news_agency_is_the_speaker(nlp, text, inside, speaker, code):
    doc, claims = _claims(nlp, text)
    claim = claim_for(text.index(inside), claims)
    assert (claim.speaker.span.text, claim.speaker.code) == (speaker, code)
