"""Tests for eventwire.events.modality: the status of a coded action."""
import pytest

from eventwire.events.modality import modality_of


def _token(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    ("Kenyan troops attacked the camp.", "attacked", "asserted"),
    ("Kenyan troops did not attack the camp.", "attack", "negated"),
    ("Kenyan troops will attack the camp.", "attack", "planned"),
    ("Kenyan troops could attack the camp.", "attack", "hypothetical"),
    ("Kenyan troops are to withdraw by Wednesday.", "withdraw", "planned"),
    ("The talks will resume on Monday.", "talks", "planned"),
    ("No binding targets were agreed on.", "agreed", "negated"),
    # an act done in place of another: the other did not happen
    ("Kenya's army held its positions instead of attacking the rebels.", "attacking", "negated"),
    ("The council chose talks rather than sanctions.", "sanctions", "negated"),
])
def test_modality_of(nlp, text, word, expected):
    assert modality_of(_token(nlp, text, word)) == expected


def test_modality_an_act_done_without_is_negated():
    from eventwire.core import extract
    record = extract({"id": "t", "text": "Kenyan troops left the town without firing on the rebels.", "published": "2021-06-04"})
    assert [(e.cameo.code, e.modality) for e in record.events if e.cameo.code.startswith("19")] == [("190", "negated")]


def test_modality_what_should_or_must_be_done_is_not_done():
    from eventwire.core import extract
    for text in ("Belarus should free every political prisoner it holds.", "Russia must withdraw its troops from Ukraine."):
        record = extract({"id": "t", "text": text, "published": "2021-06-04"})
        assert [e.modality for e in record.events] == ["hypothetical"]


def test_modality_not_engaged_in_a_campaign_owned_by_another():
    from eventwire.core import extract
    record = extract({"id": "t", "text": "Canada is not engaged in the Emiratis' bombing campaign against Libyan militias.",
                      "published": "2021-06-04"})
    assert [(e.cameo.code, e.source.country) for e in record.events] == [("183", "ARE")]
