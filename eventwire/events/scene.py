"""Dates carried along a scene: news tells one happening over several sentences, and only the first
names the day ("Rioters set fire to the town hall on Wednesday. Riot police used tear gas on them.").

An undated event told in the simple or past perfect past tense, in a sentence with no date expression of its
own, that comes in the same sentence as, or the sentence right after, an event dated to the day, is part of
that scene and takes its date (evidence ``"date": "scene:<trigger>"``); the chain goes on while each
sentence keeps telling the scene that way. Only acts done on the ground are carried (protests, force
postures, coercion, assaults, fighting, mass violence: CAMEO roots of ``SCENE_ROOTS``); statements,
appeals, accusations and talks are often made on other days than what they speak of ("Tajikistan
blamed Kyrgyz troops for the clash"). Not carried either: into quotations, into present or present
perfect sentences ("Gangs have killed thousands"), into plans and claims (only asserted events), nor
across a sentence that has no event (the scene may have changed).
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.model import DateRef, Event

QUOTES = "\"“”"
SCENE_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
PRESENT_AUX = frozenset({"has", "have", "'ve", "will", "would", "'ll", "can", "may", "might", "should", "must"})
PAST_AUX = frozenset({"had", "was", "were", "'d"})


def _clause_verb(token):
    """The verb of the clause a trigger stands in: the trigger itself, or the verb a noun or a
    participle hangs from ("a gunfight with ..." under "rescued")."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def told_in_past(doc, event: Event) -> bool:
    """Whether the event's clause tells it in the simple past ("fired"), the past passive ("were
    detained") or the past perfect ("had blocked"), or in a participle under such a verb ("...,
    firing into the air"), outside quotation marks."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    before = doc.text[event.sentence.start:event.trigger.start]
    if sum(before.count(q) for q in QUOTES) % 2:
        return False  # inside a quotation
    verb = _clause_verb(span.root)
    if verb is None:
        return False
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj", "acl"):
        verb = verb.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & PRESENT_AUX:
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and bool(auxes & PAST_AUX)


def scene_dates(doc, events: list[Event], dates: list[DateRef]) -> list[Event]:
    """Each undated, asserted event told in the past right after (or beside) an event dated to
    the day takes that date; see the module's docstring. ``events`` are in document order."""
    first_token = {sent.start: n for n, sent in enumerate(doc.sents)}
    with_dates = set()
    for ref in dates:
        span = doc.char_span(ref.span.start, ref.span.end, alignment_mode="expand")
        if span is not None:
            with_dates.add(first_token[span[0].sent.start])
    with_events = {e.sentence_index for e in events}
    out: list[Event] = []
    carry: tuple[DateRef, int, str] | None = None  # the date, the sentence it reached, the trigger
    for event in events:
        index = event.sentence_index
        if carry is not None and (index - carry[1] > 1 or any(
                k not in with_events for k in range(carry[1] + 1, index))):
            carry = None
        if event.date is not None:
            if event.modality == "asserted" and event.date.precision == "day":
                carry = (event.date, index, event.trigger.text)
            out.append(event)
            continue
        if carry is not None and event.modality == "asserted" and index not in with_dates and \
                event.cameo.code[:2] in SCENE_ROOTS and told_in_past(doc, event):
            out.append(replace(event, date=carry[0],
                               evidence={**event.evidence, "date": f"scene:{carry[2]}"}))
            carry = (carry[0], index, carry[2])
            continue
        out.append(event)
    return out

