"""Arguments of an event from the parse: the actors of a word and the words joined to it, and the actors
pronouns stand for ("they" after two speakers, "it" going on with the subject of a joined clause). Pure
helpers of ``coder.py``."""
from __future__ import annotations

from eventwire.actors.tagger import ActorTags
from eventwire.claims.attribution import Claim, actors_in
from eventwire.model import Actor


POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she", "our": "we"}


def with_conjuncts(token, tags: ActorTags) -> tuple[Actor, ...]:
    """Actors of ``token`` and of the words coordinated with it ("Ruto and Museveni"), including a
    list the parser hung on an apposition ("The US, Russia, and Switzerland")."""
    found: list[Actor] = []
    members = [token, *token.conjuncts]
    for child in token.children:
        if child.dep_ == "appos" and any(c.dep_ == "cc" for c in child.children):
            members += [child, *child.conjuncts]
    if token.dep_ == "nsubj" and token.i < token.head.i and any(w.lower_ == "," for w in token.doc[token.i:token.head.i]):
        # "Japan, Vietnam and Taiwan met": a list the parser split into two subjects of one verb
        for other in token.head.children:
            if other.dep_ == "nsubj" and other.i > token.i and other not in members:
                members += [other, *other.conjuncts]
    doc = token.doc
    for actor in tags.at(token.i):  # a conjunct hung on another word of the name ("Barack Obama and ...")
        span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
        for word in span if span is not None else ():
            members += [c for c in word.conjuncts if c not in members]
    for tok in members:
        for actor in actors_in(tok, tags):
            if actor not in found:
                found.append(actor)
    return tuple(found)


def resolve_pronoun(token, tags: ActorTags, claims: list[Claim]) -> tuple[Actor, ...]:
    """"it"/"they"/"he" as a subject: the speaker of the claim around it, else the nearest fitting actor before."""
    word = POSSESSIVE_PRONOUNS.get(token.lower_, token.lower_)  # "its demand" is the demand of "it"
    if word not in ("it", "they", "he", "she", "we"):
        return ()
    for claim in claims:
        if not (claim.covers(token.idx) and claim.cue_start < token.idx):
            continue
        if not (claim.speaker.kind == "person" and word in ("it", "they")):
            return (claim.speaker,)  # not "their homes" for one activist who said so
        speaker = token.doc.char_span(claim.speaker.span.start, claim.speaker.span.end, alignment_mode="expand")
        joined = with_conjuncts(speaker.root, tags) if speaker is not None and word == "they" else ()
        if len(joined) > 1:
            return joined  # "Kenya and Uganda said they will send troops": both speakers
    kinds = {"he": {"person"}, "she": {"person"}, "it": {"country", "organization", "group"}}.get(word)
    sent_start = max(0, token.sent.start - 1)
    window_start = token.doc[sent_start].sent.start_char if sent_start else 0
    candidates = [a for a in sorted(tags.actors, key=lambda a: a.span.start, reverse=True)
                  if window_start <= a.span.start < token.idx and a.code and (not kinds or a.kind in kinds)]
    parallel = parallel_subject(token, tags) or previous_subject(token, tags)
    if parallel and (not kinds or parallel[0].kind in kinds) and parallel[0] in candidates \
            and (word != "they" or len(parallel) > 1 or _plural(parallel[0], token.doc)):
        return parallel  # "Kenya did not attack Somalia, nor did it threaten ...", "... after it lost 21 soldiers"
    if word == "they":  # "a delegation of U.S. lawmakers ... they met": a plural group first
        doc = token.doc
        plural = [a for a in candidates if a.head is not None
                  and (span := doc.char_span(a.span.start, a.span.end, alignment_mode="expand")) is not None
                  and span.root.tag_ in ("NNS", "NNPS")]
        candidates = plural or candidates
    return (candidates[0],) if candidates else ()


def _plural(actor: Actor, doc) -> bool:
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in ("NNS", "NNPS")


def previous_subject(token, tags: ActorTags) -> tuple[Actor, ...]:
    """The subject of the sentence before, for the subject pronoun that opens a sentence's main clause
    ("Ten governments announced the recall of their envoys. They thus joined the protest":
    the governments, not the envoys)."""
    if token.dep_ != "nsubj" or token.head.dep_ != "ROOT" or token.sent.start == 0:
        return ()
    before = token.doc[token.sent.start - 1].sent
    for child in before.root.children:
        if child.dep_ == "nsubj" and tags.at(child.i):
            found = with_conjuncts(child, tags)
            others = {a.code for t in token.head.subtree if t.i != token.i for a in tags.at(t.i)}
            return () if any(a.code in others for a in found) else found  # not "They threw stones at the police"
    return ()


def parallel_subject(token, tags: ActorTags) -> tuple[Actor, ...]:
    """The subject of the clause a subject pronoun's clause is joined to ("Kenya did not attack Somalia, nor
    did it threaten Ethiopia", "Turkey shelled ... after it lost 21 soldiers"): it goes on with that subject,
    not with the nearest actor. Not for reported or described clauses ("a reminder to Uganda that it must")."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return ()
    verb = token.head
    while verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i:
        verb = verb.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i and tags.at(child.i):
                return tags.at(child.i)
    return ()


OBJECT_PRONOUNS = {"him", "her", "them"}


def object_pronoun(token, tags: ActorTags, claims, sources: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """"him", "her", "them" as an object: the nearest fitting actor before it that is not the subject."""
    sent_start = max(0, token.sent.start - 1)
    window_start = token.doc[sent_start].sent.start_char if sent_start else 0
    codes = {a.code for a in sources}
    spans = {a.span.start for a in sources}
    ordered = sorted(tags.actors, key=lambda a: a.span.start, reverse=True)
    before = [a for a in ordered if window_start <= a.span.start < token.idx and a.code and a.code not in codes]
    if token.lower_ in ("him", "her"):
        # a person first, named or coded ("stabbed him": the man just named), else a singular group
        people = [a for a in ordered if window_start <= a.span.start < token.idx and a.kind == "person"
                  and a.span.start not in spans and (a.code is None or a.code not in codes)]
        before = people or [a for a in before if a.kind == "group"]
    return (before[0],) if before else ()


def nearest_subject(first, tags: ActorTags):
    """Of two subjects the parser gave one verb with nothing between them ("Sudan's paramilitary Rapid
    Support Forces shelled": "paramilitary" and "Forces"), the one next to the verb heads the phrase
    when the first is no actor's word of its own; with a comma or a conjunction between them they are a
    list ("Japan, Vietnam and Taiwan met")."""
    later = [c for c in first.head.children if c.dep_ == "nsubj" and c.i > first.i and tags.at(c.i)]
    if not later or first.dep_ != "nsubj" or tags.at(first.i):
        return first
    between = first.doc[first.i + 1:later[-1].i]
    return first if any(t.dep_ == "cc" or t.text == "," for t in between) else later[-1]
