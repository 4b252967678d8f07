"""Where, when and how many: the place, date and counts attached to an event being coded.

A place or date belongs to the event whose words it hangs on in the parse ("struck ... in Idlib on
Thursday"); a trailing phrase goes to the nearest event word before it; what is only where or when
something was said ("told reporters close to the border", "said on Friday") is left out. A count
belongs to the event whose phrase holds it, unless another event word stands between them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.events.triggers import load_triggers
from eventwire.model import Count, DateRef, Place, Span

if TYPE_CHECKING:
    from eventwire.events.coder import Frame

LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "through",
                  "on", "into", "from", "along", "within", "off", "over"}
FEATURE_RANK = {"city": 0, "populated": 0, "place": 0, "admin2": 1, "admin1": 2, "region": 3,
                "water": 4, "sea": 4, "country": 5}


def _place_root(doc, place: Place):
    span = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
    return span.root if span is not None else None


def locative(doc, place: Place, verbs=None):
    """The word a place is attached to as a location: the preposition of "in Syria's Idlib province",
    or the verb of "recapture the town of Saraqeb" (a place as the object of an action)."""
    root = _place_root(doc, place)
    if root is None:
        return None
    node = root
    modifier = False  # reached through a compound ("a U.S. request"): not the object's place
    for _ in range(5):
        head = node.head
        if node.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
            return head
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
            node = head.head  # "the Black Sea resort of Sochi", "the town of Saraqeb"
            continue
        if node.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and not modifier \
                and place.feature != "country" \
                and head.lemma_.lower() in (verbs if verbs is not None else load_triggers().verbs):
            # a country as the object is a participant ("help Iran"), a town a place ("retake Saraqeb")
            return head  # "recapture the town of Saraqeb", "Ramadi was retaken"
        if node.dep_ in ("compound", "nmod", "appos", "conj") and head.i != node.i:
            modifier = modifier or node.dep_ in ("compound", "nmod")
            node = head
            continue
        break
    return None


def in_speech_setting(prep, speech_cues: set[int]) -> bool:
    """A place that is only where something was said ("told reporters close to the border")."""
    node = prep.head
    for _ in range(4):
        if node.i in speech_cues:
            return True
        if node.dep_ in ("ccomp",) or node.head.i == node.i:
            return False
        node = node.head
    return False


def event_scope(doc, frame: Frame) -> set[int]:
    scope = set()
    for i in frame.tokens | {frame.trigger.i}:
        scope.update(t.i for t in doc[i].subtree)
    return scope


def owner(doc, attach, frames: list[Frame], scopes: dict[int, set[int]]) -> Frame | None:
    """Which event of the sentence a place or date attached at ``attach`` belongs to.

    The parser often hangs a trailing "in 2018 in Sochi" on an earlier verb; like a reader, give it
    to the nearest event word before it when that word hangs on the same head, else to the
    innermost event whose phrase contains it."""
    before = [(max(t for t in f.tokens if t < attach.i), f) for f in frames if any(t < attach.i for t in f.tokens)]
    if before:
        _, nearest = max(before, key=lambda p: p[0])
        near_tok = doc[max(t for t in nearest.tokens if t < attach.i)]
        if attach.i in scopes[id(nearest)] or attach.head.i in (near_tok.i, near_tok.head.i) \
                or attach.i == near_tok.head.i:
            return nearest
    containing = [f for f in frames if attach.i in scopes[id(f)]]
    return min(containing, key=lambda f: len(scopes[id(f)])) if containing else None


def circumstance_of(inner, frame: Frame) -> bool:
    """A nested event that is a circumstance of this one: "backing rebels in an attack on X"."""
    prep = inner.head
    own = frame.tokens | {c.i for c in frame.trigger.conjuncts}  # "were captured and 16 killed in the battle"
    return inner.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i in own


def pick_location(doc, frame: Frame, sent, places: list[Place], speech_cues: set[int],
                  actor_spans: list[Span], frames: list[Frame], scopes, verbs=None) -> Place | None:
    """The place attached to the event, else a place of the sentence that no other event holds."""
    attached, sentence_level = [], []
    for place in places:
        if not (sent.start_char <= place.span.start < sent.end_char):
            continue
        prep = locative(doc, place, verbs)
        if prep is None or in_speech_setting(prep, speech_cues):
            continue
        if any(s.start <= place.span.start and place.span.end <= s.end and s != place.span for s in actor_spans):
            continue
        holder = owner(doc, prep, frames, scopes)
        if holder is frame or (holder is not None and (circumstance_of(holder.trigger, frame)
                                                       or frame.trigger.i in scopes[id(holder)])):
            attached.append(place)  # its own, a nested circumstance's, or the enclosing event's place
        elif holder is None:
            sentence_level.append(place)
    pool = attached or sentence_level
    if not pool:
        return None
    return min(pool, key=lambda p: (FEATURE_RANK.get(p.feature or "", 3), p.span.start))



def focus_location(frame: Frame, focus: Place | None) -> Place | None:
    """The article's focus region, for an event of its country with no place of its own."""
    if focus is not None and focus.country in {a.country for a in (*frame.sources, *frame.targets) if a is not None}:
        frame.how["location"] = "article-focus"
        return focus
    return None

DEADLINE_PREPS = {"by", "until", "before", "after", "since", "till"}


def pick_date(doc, frame: Frame, sent, dates: list[DateRef], frames: list[Frame], scopes,
              speech_cues: set[int] = frozenset()) -> DateRef | None:
    """The date attached to the event, else a date of the sentence that no other event holds.
    A deadline ("by Saturday") or a bound ("since 2011") is not when the event happened."""
    attached, sentence_level = [], []
    for d in dates:
        if not (sent.start_char <= d.span.start < sent.end_char and d.value):
            continue
        span = doc.char_span(d.span.start, d.span.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in DEADLINE_PREPS:
            continue
        attach = root.head if root.dep_ == "pobj" else root
        if attach.head.i in speech_cues or (attach is root and root.head.i in speech_cues):
            continue  # "..., the group said on Thursday": when it was said, not when it happened
        holder = owner(doc, attach, frames, scopes)
        if holder is frame or (holder is not None and frame.trigger.i in scopes[id(holder)]):
            attached.append(d)  # its own date or the enclosing event's ("stormed ... on Monday, killing nine")
        elif holder is None:
            sentence_level.append(d)
    pool = attached or sentence_level
    return pool[0] if pool else None


def pick_counts(doc, frame: Frame, counts: list[Count], governors: dict[int, int | None],
                other_triggers: set[int], actor_of_span) -> tuple[Count, ...]:
    scope = set()
    for i in frame.tokens | {frame.trigger.i}:
        scope.update(t.i for t in doc[i].subtree if t.i not in other_triggers or t.i in frame.tokens)
    ancestors = {a.i for a in frame.trigger.ancestors}
    out = []
    for k, count in enumerate(counts):
        gov = governors.get(k)
        if gov is not None and gov in other_triggers and gov not in frame.tokens:
            continue
        span = doc.char_span(count.span.start, count.span.end, alignment_mode="expand")
        root_i = span.root.i if span is not None else None
        if (gov is not None and (gov in frame.tokens or gov in ancestors)) or (root_i is not None and root_i in scope):
            if root_i is not None and root_i in scope and any(p in other_triggers and p not in frame.tokens
                                                              for p in _path_to(doc[root_i], frame.trigger)):
                continue
            side = actor_of_span(count.span)
            out.append(Count(count.span, count.kind, count.n, count.n_max, count.what, count.category,
                             side or count.side))
    return tuple(out)


def _path_to(token, top):
    node, path = token, []
    while node.i != top.i and node.head.i != node.i:
        node = node.head
        path.append(node.i)
    return path[:-1] if path and path[-1] == top.i else path
