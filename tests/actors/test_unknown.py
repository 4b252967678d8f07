"""The actors a corpus mentions that the knowledge base cannot code (eventwire actors --unknown)."""
import pytest

from eventwire.actors.unknown import UnknownActor, actors_file_hint, sentence_around, unknown_actors
from eventwire.core import extract_many
from eventwire.model import Actor, Article, Cameo, Event, Mentions, Record, Span

FIGHT = Cameo("190", "19", "Use conventional military force", -10.0, 4)


def _actor(text, phrase, code=None, kind="organization", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Actor(Span.of(text, start, start + len(phrase)), code, kind=kind)


def _event(text, sentence, source, target=None):
    start = text.index(sentence)
    return Event(id="e", sentence=Span.of(text, start, start + len(sentence)), sentence_index=0,
                 trigger=source.span, source=source, target=target, cameo=FIGHT)


def _record(id, text, actors=(), claimants=(), events=()):
    return Record(article=Article(id=id, title=None, text=text, source=f"{id}.txt"), events=tuple(events),
                  mentions=Mentions(actors=tuple(actors), claimants=tuple(claimants)))


def _rows(rows):
    return [(r.text, r.kind, r.mentions, r.events, r.articles, r.source, r.example) for r in rows]


def test_unknown_counts_mentions_events_and_articles():
    one = "Kenyan troops pushed north.\nThe Jubba Valley Front attacked Kismayo. Jubba Valley Front fighters withdrew."
    two = "Aden Hersi said the Jubba Valley Front was retreating."
    front = _actor(one, "The Jubba Valley Front")
    kenyans = _actor(one, "Kenyan troops", code="KENMIL", kind="group")
    records = [
        _record("one", one, actors=[kenyans, front, _actor(one, "Jubba Valley Front", nth=1)],
                events=[_event(one, "The Jubba Valley Front attacked Kismayo.", front, kenyans)]),
        _record("two", two, actors=[_actor(two, "Aden Hersi", kind="person"), _actor(two, "Jubba Valley Front")]),
    ]
    assert _rows(unknown_actors(records)) == [
        ("Jubba Valley Front", "organization", 3, 1, 2, "one.txt", "The Jubba Valley Front attacked Kismayo."),
        ("Aden Hersi", "person", 1, 0, 1, "two.txt", two),
    ]


def test_unknown_counts_uncoded_event_arguments_and_named_claimants_only():
    text = "Witnesses said the border guards fired on traders, according to the Tana Relief Network."
    guards = Actor(_actor(text, "the border guards").span, None, kind=None)
    records = [_record("r", text, claimants=[_actor(text, "Witnesses", kind=None),
                                             _actor(text, "the Tana Relief Network")],
                       events=[_event(text, text, guards)])]
    assert [(r.text, r.kind, r.events) for r in unknown_actors(records)] == [
        ("border guards", None, 1), ("Tana Relief Network", "organization", 0)]


def test_unknown_top_keeps_the_most_frequent():
    text = "Amina Odhiambo met Aden Hersi. Aden Hersi met Lul Warsame. Lul Warsame met Aden Hersi."
    people = [_actor(text, name, kind="person", nth=n) for name, count in
              [("Amina Odhiambo", 1), ("Aden Hersi", 3), ("Lul Warsame", 2)] for n in range(count)]
    records = [_record("r", text, actors=people)]
    assert [(r.text, r.mentions) for r in unknown_actors(records, top=2)] == [("Aden Hersi", 3), ("Lul Warsame", 2)]
    assert [r.text for r in unknown_actors(records, top=None)] == ["Aden Hersi", "Lul Warsame", "Amina Odhiambo"]
    with pytest.raises(ValueError, match="top must be 1 or more"):
        unknown_actors(records, top=0)


def test_unknown_finds_uncoded_people_and_organisations_in_extracted_articles():
    articles = [
        {"id": "a1", "published": "2024-03-05",
         "text": "Amina Odhiambo, a lawyer, said the Jubba Valley Front had attacked a police post near "
                 "Kismayo. Odhiambo called for an inquiry."},
        {"id": "a2", "published": "2024-03-06",
         "text": "The Jubba Valley Front denied the report. Amina Odhiambo said she had evidence."},
    ]
    rows = unknown_actors(extract_many(articles))
    assert [(r.text, r.kind, r.mentions, r.articles) for r in rows] == [
        ("Amina Odhiambo", "person", 2, 2), ("Jubba Valley Front", "organization", 2, 2), ("Odhiambo", "person", 1, 1)]
    assert rows[0].example == ("Amina Odhiambo, a lawyer, said the Jubba Valley Front had attacked a police post "
                               "near Kismayo.")


@pytest.mark.parametrize("text,phrase,sentence", [
    ("First one. The Jubba Front said “no.” Then more.", "Jubba", "The Jubba Front said “no.”"),
    ("A heading\n\nAden Hersi spoke", "Aden", "Aden Hersi spoke"),
    ("Did the Front agree? Yes!", "Front", "Did the Front agree?"),
    ("Aden Hersi,\n  an elder, said so. Next.", "Aden", "Aden Hersi, an elder, said so."),
])
def test_unknown_sentence_around(text, phrase, sentence):
    start = text.index(phrase)
    assert sentence_around(text, start, start + len(phrase)) == sentence


def test_unknown_hint_names_the_top_person_and_organisation():
    rows = [UnknownActor("Jubba Valley Front", "organization", 3, 1, 2, "a.txt", "..."),
            UnknownActor("Aden Hersi", "person", 1, 0, 1, "b.txt", "...")]
    assert actors_file_hint(rows) == (
        'hint: to code them, list them in a YAML file and pass it with --actors FILE, e.g. '
        'people: [{name: "Aden Hersi", country: <ISO3>, sector: GOV}] and '
        'organizations: [{code: <CODE>, name: "Jubba Valley Front", country: <ISO3>, sector: REB}] '
        "(see 'Your own actors' in the README)")


def test_unknown_lists_a_named_organisation_coded_from_its_context_only():
    text = "The Umma party rallied in Algiers."
    party = Actor(_actor(text, "Umma party").span, "DZAPTY", "DZA", "PTY", kind="organization",
                  evidence="ner:ORG+country:sentence-place")
    assert [(r.text, r.kind) for r in unknown_actors([_record("r", text, actors=[party])])] == [
        ("Umma party", "organization")]
