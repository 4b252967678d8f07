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
