from eventwire.places import find_places
from eventwire.places.focus import focus_place


def test_focus_is_the_region_of_the_most_mentioned_place(nlp):
    text = ("NAMPULA, Mozambique —\n\nRioters burned shops in Nampula on Wednesday. "
            "Police said calm returned to Nampula by night. Officials in Maputo met on Thursday.")
    doc = nlp(text)
    focus = focus_place(doc, find_places(doc))
    assert (focus.country, focus.feature) == ("MOZ", "admin1")
    assert "Nampula" in focus.name
    assert text[focus.span.start:focus.span.end] == focus.span.text


def test_focus_none_without_a_clear_place(nlp):
    doc = nlp("Talks in Doha ended. Delegates flew to Oslo.")
    assert focus_place(doc, find_places(doc)) is None
