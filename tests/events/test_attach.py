"""Where and when: the place and date attached to an event (eventwire/events/attach.py), on sentences
written for these tests (one construction each)."""
import pytest

from eventwire.core import extract
from eventwire.model import check_spans

PUBLISHED = "2021-06-04"  # a Friday


def _event(text, trigger, published=PUBLISHED):
    record = extract({"id": "t", "text": text, "published": published})
    assert check_spans(record.to_dict()) == []
    events = [e for e in record.events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}: {[e.trigger.text for e in record.events]}"
    return events[0]


def _place(text, trigger):
    event = _event(text, trigger)
    if event.location is None or event.evidence.get("location") == "article-focus":
        return None
    assert text[event.location.span.start:event.location.span.end] == event.location.span.text
    return event.location.span.text


@pytest.mark.parametrize("text,trigger,place", [
    # a place modifying a site the event is done to
    ("Government troops patrolled Kandahar's main bazaar.", "patrolled", "Kandahar"),
    ("Al-Shabaab fighters shelled the Mogadishu headquarters of the police.", "shelled", "Mogadishu"),
    # the object of an action is a part of the place
    ("The insurgents captured half of Helmand.", "captured", "Helmand"),
])
def test_attach_place_of_a_site_the_event_is_done_to(text, trigger, place):
    assert _place(text, trigger) == place


@pytest.mark.parametrize("text,trigger,place", [
    ("Ethiopian troops invaded Somalia in 2006.", "invaded", "Somalia"),  # an army goes into the country
    ("The United States helped Somalia.", "helped", None),  # the country is only a participant
])
def test_attach_country_as_object_only_for_acts_of_force(text, trigger, place):
    assert _place(text, trigger) == place


def test_attach_protest_goes_to_its_destination():
    assert _place("Thousands of farmers marched to Delhi on Tuesday.", "marched") == "Delhi"


@pytest.mark.parametrize("text,trigger,place", [
    # another event word of the same subject: "shot and killed ... in X"
    ("Gunmen shot and killed a shopkeeper outside his home in Karachi.", "shot", "Karachi"),
    # an outcome verb joined to the act
    ("Gunmen shot dead a guard and wounded five people in Peshawar.", "shot", "Peshawar"),
    # an event told in a "when" clause
    ("Five soldiers were killed when rebels attacked a checkpoint in Goma.", "killed", "Goma"),
    # a participle clause
    ("Two militiamen were killed fighting in the town of Bentiu.", "killed", "Bentiu"),
])
def test_attach_place_of_the_same_happening(text, trigger, place):
    assert _place(text, trigger) == place


@pytest.mark.parametrize("text,trigger", [
    # another act of the subject that is no event
    ("French police arrested the suspect and later returned to their base in Lyon.", "arrested"),
    # a relative clause on the one who acts
    ("The frontier was patrolled by soldiers whose barracks are in Jordan.", "patrolled"),
    # a clause of another time
    ("Police have arrested dozens of suspects since they lived in Istanbul.", "arrested"),
    # where the actors come from
    ("Militants from Chechnya attacked a police post.", "attacked"),
    # the event's own agent, named by its country
    ("The commander was killed in a U.S. airstrike.", "airstrike"),
])
def test_attach_no_place_from_elsewhere(text, trigger):
    assert _place(text, trigger) is None


@pytest.mark.parametrize("text,trigger", [
    ("Police detained six protesters, the minister said at a news conference in Kampala.", "detained"),
    ("Troops shelled rebel positions, according to a statement from the army in Juba.", "shelled"),
    ("Speaking in Ankara, the minister said troops shelled militant positions.", "shelled"),
])
def test_attach_speech_setting_is_not_the_place(text, trigger):
    assert _place(text, trigger) is None


def test_attach_speech_act_keeps_its_place():
    text = "In Beijing, the foreign ministry accused Washington of meddling and lodged a formal protest."
    assert _place(text, "accused") == "Beijing"


def test_attach_landmark_gives_way_to_the_place():
    assert _place("Four soldiers were killed in Baqubah, north of Baghdad.", "killed") == "Baqubah"


def test_attach_landmark_alone_is_kept():
    assert _place("Four soldiers were killed in an ambush north of Baghdad.", "killed") == "Baghdad"


def test_attach_protesters_place():
    assert _place("Nairobi residents protested on Monday against the new tax.", "protested") == "Nairobi"


@pytest.mark.parametrize("text,trigger,value", [
    # another event word of the same subject
    ("Gunmen shot and killed a shopkeeper on Monday.", "shot", "2021-05-31"),
    # the event is told in a "when" clause of the dated verb
    ("The fighting broke out on Saturday when border guards opened fire on farmers.", "opened", "2021-05-29"),
    # the event is the saying itself
    ("On Thursday, the foreign ministry accused Washington of meddling.", "accused", "2021-06-03"),
])
def test_attach_date_of_the_same_happening(text, trigger, value):
    event = _event(text, trigger)
    assert event.date is not None and event.date.value == value
    assert text[event.date.span.start:event.date.span.end] == event.date.span.text


@pytest.mark.parametrize("text,trigger", [
    ("Troops shelled the town, the ministry said on Thursday.", "shelled"),  # when it was said
    ("Police have arrested 40 people since rebels attacked the town on Monday.", "arrested"),  # another time
    ("Troops shelled the town.", "shelled"),  # no date: not the publication date
])
def test_attach_no_date_from_elsewhere(text, trigger):
    assert _event(text, trigger).date is None


def _location(text, trigger):
    """The event's own location (not the article's focus), its spans checked against the text."""
    event = _event(text, trigger)
    place = event.location
    assert place is not None and event.evidence.get("location") != "article-focus"
    assert text[place.span.start:place.span.end] == place.span.text
    return place


@pytest.mark.parametrize("text,trigger,place,country,feature", [
    # a distance and a bearing from a landmark: the landmark places the event when nothing else does
    ("Gunmen ambushed a convoy 40 kilometers north of Kandahar on Monday.", "ambushed", "Kandahar", "AFG", "city"),
    ("Police detained three men on a highway south of Nairobi.", "detained", "Nairobi", "KEN", "city"),
    # "close to", "above": where, not where to
    ("Soldiers shot two smugglers in a field close to Peshawar.", "shot", "Peshawar", "PAK", "city"),
    ("Two helicopter gunships patrolled above Kandahar at dusk.", "patrolled", "Kandahar", "AFG", "city"),
])
def test_attach_place_by_nearness_or_bearing(text, trigger, place, country, feature):
    found = _location(text, trigger)
    assert (found.span.text, found.country, found.feature) == (place, country, feature)


@pytest.mark.parametrize("text,trigger,place,country,feature", [
    # a part of the place, by a noun or "much of"
    ("Rebel forces captured a quarter of Burundi.", "captured", "Burundi", "BDI", "country"),
    ("Rebel forces captured much of Somalia.", "captured", "Somalia", "SOM", "country"),
    # a stronghold is a site
    ("The army captured the rebel stronghold of Kismayo.", "captured", "Kismayo", "SOM", "city"),
    # troops patrol inside the country they patrol
    ("UN troops patrolled southern Lebanon.", "patrolled", "Lebanon", "LBN", "country"),
])
def test_attach_place_of_the_object_taken_or_patrolled(text, trigger, place, country, feature):
    found = _location(text, trigger)
    assert (found.span.text, found.country, found.feature) == (place, country, feature)


def test_attach_site_read_as_the_agent_stays_a_place():
    # the parser may hang the neighbourhood on the agent ("by a shell"): a site, not who acted
    text = "A teacher was killed by a shell in the Midan neighbourhood in southern Damascus on Monday."
    found = _location(text, "killed")
    assert (found.span.text, found.name, found.country) == ("Midan", "Damascus", "SYR")


def test_attach_where_people_are_from_is_not_the_place():
    assert _place("Police arrested two men who were from Garissa.", "arrested") is None
