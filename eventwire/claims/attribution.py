"""Who says so: attribution of reported speech and claims.

A claim is a speaker (an actor) and the stretch of text attributed to them:
- ``X said/told reporters/tweeted/announced ...``: the verb's clausal complement;
- ``"...," said X`` / ``"...," X told reporters``: the quotation, also when it spans sentences;
- ``according to X``: the sentence;
- ``X blamed Z on Y`` / ``Z X blamed on Y`` / ``X accused Y of Z``: the blamed event Z;
- ``X denied ...``: the complement, and events in it are negated.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from eventwire.actors.tagger import ActorTags
from eventwire.model import Actor, Span
from eventwire.parse.nlp import text_of
from eventwire.resources import data_yaml


@dataclass(frozen=True, slots=True)
class Claim:
    speaker: Actor
    start: int  # character range of the attributed text
    end: int
    cue: str  # the verb or phrase that marks the attribution
    cue_start: int
    denial: bool = False

    def covers(self, offset: int) -> bool:
        return self.start <= offset < self.end


def _words() -> dict:
    return data_yaml("claims.yaml")


def speaker_of(verb, tags: ActorTags) -> tuple[Actor, ...]:
    """The actor(s) a speech verb's subject refers to (searching inside the subject phrase); a
    subject that is no known actor ("witnesses", "a community leader") is kept with its text."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "ROOT" and subjects and any(t.text == "," for t in subjects[0].subtree if t.i < verb.i):
        # "..., most of them women and children, police and residents said": the parser made one
        # subject of two phrases; the one just before the verb speaks
        trailing = _trailing_speaker(verb, tags)
        if trailing:
            return trailing
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            found = actors_in(child, tags)
            plain = phrase_speaker(child)
            if found and plain is not None and not any(a.span.start <= child.idx < a.span.end for a in found):
                # "the military's media wing", "a spokesman for the Taliban": the whole phrase speaks
                # for the actor inside it
                owner = found[0]
                return (replace(owner, span=plain.span, head=plain.head,
                                evidence=f"claims:speaker-phrase+{owner.evidence}"),)
            if found:
                return found
            if plain is not None:
                return (plain,)
    return _trailing_speaker(verb, tags)


NP_POS = {"NOUN", "PROPN", "DET", "ADJ", "CCONJ", "NUM", "PART"}


def _trailing_speaker(verb, tags: ActorTags) -> tuple[Actor, ...]:
    """"..., residents and a local aid group said Thursday.": the parser may attach the speaker
    elsewhere; the noun phrase between the last comma and the verb speaks."""
    doc = verb.doc
    i = verb.i - 1
    while i > verb.sent.start and doc[i].pos_ in NP_POS:
        i -= 1
    if doc[i].text not in (",", "—", "–") or i + 1 >= verb.i or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return ()
    start, end = i + 1, verb.i
    found = [a for j in range(start, end) for a in tags.at(j) if a.code and not a.code.startswith("---")]
    text = text_of(doc)
    span = Span.of(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    if found and found[0].span == span:
        return (found[0],)
    if found:  # "residents and a local aid group": the whole phrase speaks, coded as its first actor
        return (replace(found[0], span=span, head=doc[end - 1].idx, evidence=f"claims:speaker-phrase+{found[0].evidence}"),)
    return (Actor(span, None, None, None, span.text, None, "claims:speaker-phrase", doc[end - 1].idx),)


def phrase_speaker(token) -> Actor | None:
    """An uncoded claimant from a noun phrase: "witnesses", "the military's media wing"."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lower_ in ("it", "they", "he", "she", "who", "which"):
        return None
    words = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct")
             and not any(a.dep_ in ("relcl", "acl", "appos") for a in t.ancestors if a.i in
                         {x.i for x in token.subtree} and a.i != token.i)]
    words = [t for t in words if token.left_edge.i <= t.i <= token.i or t.head.i == token.i and t.dep_ in ("prep", "pobj", "compound")]
    if not words:
        return None
    start, end = min(t.i for t in words), max(t.i for t in words) + 1
    doc = token.doc
    text = text_of(doc)
    span = Span.of(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    return Actor(span, None, None, None, span.text, None, "claims:speaker-phrase", token.idx)


def actors_in(token, tags: ActorTags, max_depth: int = 4) -> tuple[Actor, ...]:
    """Actors of ``token`` or, failing that, the nearest actor inside its phrase (breadth first):
    first through its modifiers ("an Islamic State target"), then through its prepositional phrases
    ("two of Russia's warships"); never into clauses or "southwest of Baghdad"-style adverbials."""
    skip = {"relcl", "acl", "advcl", "ccomp", "punct", "advmod", "npadvmod"}
    for allowed in (skip | {"prep"}, skip):
        frontier = [token]
        for _ in range(max_depth):
            found: list[Actor] = []
            nxt = []
            for tok in frontier:
                for actor in tags.at(tok.i):
                    if (actor.code is not None or actor.kind in ("person", "organization")) and actor not in found:
                        found.append(actor)
                nxt += [c for c in tok.children if c.dep_ not in allowed]
            if found:
                return tuple(found)
            frontier = nxt
            if not frontier:
                break
    return tags.latent.get(token.i, ())


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside matching quotation marks (curly or straight), across sentences."""
    spans = []
    open_at = None
    for i, ch in enumerate(text):
        if ch == "“" or (ch == '"' and open_at is None):
            open_at = i + 1
        elif (ch == "”" or ch == '"') and open_at is not None:
            spans.append((open_at, i))
            open_at = None
    return spans


def find_claims(doc, tags: ActorTags) -> list[Claim]:
    words = _words()
    speech = set(words["speech_verbs"])
    denial = set(words["denial_verbs"])
    blame = set(words["blame_verbs"])
    claims: list[Claim] = []
    text = text_of(doc)
    quotes = _quote_spans(text)
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("VERB", "AUX") and not (token.lower_ == "according"):
            continue
        if token.lower_ == "according":
            pobj = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            for obj in pobj:
                plain = phrase_speaker(obj)
                for actor in actors_in(obj, tags) or ((plain,) if plain else ()):
                    sent = token.sent
                    claims.append(Claim(actor, sent.start_char, sent.end_char, "according to", token.idx))
            continue
        if lemma in speech or lemma in denial:
            speakers = speaker_of(token, tags)
            if not speakers:
                continue
            ranges = []
            for child in token.children:
                if child.dep_ in ("ccomp", "xcomp", "dobj") and child.i != token.i:
                    sub = list(child.subtree)
                    ranges.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
            if not ranges:
                tail = _reported_before(token)
                if tail is not None:  # "..., residents and a local aid group said Thursday."
                    ranges.append(tail)
            # the quotation that ends just before, or starts just after, the speech verb
            for qs, qe in quotes:
                before = text[qe:token.idx]
                after = text[token.idx + len(token.text):qs]
                if qe <= token.idx and len(before) <= 60 and "“" not in before and "\n\n" not in before:
                    ranges.append((qs, qe))
                elif qs > token.idx and len(after) <= 40 and ":" in after or (qs > token.idx and after.strip() in (",", ":")):
                    ranges.append((qs, qe))
            for start, end in ranges:
                for actor in speakers:
                    claims.append(Claim(actor, start, end, token.text, token.idx, denial=lemma in denial))
        elif lemma in blame:
            speakers = speaker_of(token, tags)
            if not speakers:
                continue
            # "an airstrike Turkey blamed on X": the blamed event is the noun the clause modifies
            targets = []
            if token.dep_ in ("acl", "relcl"):
                targets.append(token.head)
            targets += [c for c in token.children if c.dep_ == "dobj"]
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
                targets += [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
            for tgt in targets:
                sub = list(tgt.subtree)
                for actor in speakers:
                    claims.append(Claim(actor, sub[0].idx, sub[-1].idx + len(sub[-1].text), token.text, token.idx))
    return claims


def _reported_before(verb) -> tuple[int, int] | None:
    """The report before ", SPEAKER said" at the end of a sentence, when the parser did not hang it
    on the verb as a clause: from the sentence start to the comma before the speaker."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not subjects or verb.dep_ != "ROOT":
        return None
    first = min(subjects[0].left_edge.i, verb.i)
    comma = verb.doc[first - 1] if first > verb.sent.start else None
    if comma is None or comma.text not in (",", "—", "–") or first - 1 - verb.sent.start < 4:
        return None
    sent = verb.sent
    return sent.start_char, comma.idx


def claim_for(offset: int, claims: list[Claim], *, exclude_cue: int | None = None) -> Claim | None:
    """The innermost claim covering ``offset`` (a trigger's position)."""
    covering = [c for c in claims if c.covers(offset) and c.cue_start != exclude_cue]
    if not covering:
        return None
    return min(covering, key=lambda c: c.end - c.start)
