"""Who says so: attribution of reported speech and claims.

A claim is a speaker (an actor) and the stretch of text attributed to them:
- ``X said/told reporters/tweeted/wrote on Telegram/announced ...``: the verb's clausal complement,
  or the report before ``, X said`` at the end of a sentence;
- ``"...," said X`` / ``"...," X told reporters`` / ``X said: "..."``: the quotation, also when it
  spans sentences or paragraphs (a paragraph that goes on quoting opens with a new quotation mark),
  and a quotation that directly follows in the same paragraph (``"...," X said. "..."``);
- ``according to X``, ``according to reports in X``, ``according to a statement from X``: the sentence;
- ``X blamed Z on Y`` / ``Z X blamed on Y`` / ``X accused Y of Z``: the blamed event Z;
- ``X claimed responsibility for Y``: the claiming and Y;
- ``X denied ...``: the complement, and events in it are negated.

The speaker is the verb's subject, the agent of a passive (``it was reported by X``), the noun a
relative clause hangs on (``X, who said ...``), the name beside a role (``a police spokesman,
Inspector X,``), the author of a report (``a statement from X``, ``the statement`` after ``X said in
a statement``), or for ``he``/``she``/``it``/``they`` the fitting speaker of a sentence just before.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

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


PRONOUN_KIND = {"he": "person", "she": "person", "it": "thing", "they": "plural"}
RELATIVE = {"who", "that", "which"}
NOBODY = {"nobody", "none", "noone"}  # "no one" is "no" + "one": caught by the determiner
NEGATIVE_DETS = {"no", "neither"}
QUOTE_CHARS = {"“", "”", '"'}
DEFINITE = {"the", "this", "that"}


@dataclass
class _Context:
    """What one doc's attribution needs beyond a token: the speeches found so far (for pronouns and
    "the statement") and the quotations (a verb outside a quotation has no subject inside it)."""

    doc: object
    tags: ActorTags
    quotes: list[tuple[int, int]] = field(default_factory=list)
    said: list[tuple[int, tuple[Actor, ...]]] = field(default_factory=list)  # verb token, speakers
    sent_index: dict[int, int] = field(default_factory=dict)  # sentence start token -> index
    starts: list[int] = field(default_factory=list)  # token char offsets, for char -> token
    sents: list = field(default_factory=list)

    @classmethod
    def of(cls, doc, tags: ActorTags, quotes) -> "_Context":
        sents = list(doc.sents)
        return cls(doc, tags, list(quotes), [], {s.start: n for n, s in enumerate(sents)},
                   [t.idx for t in doc], sents)

    def sent_of(self, token) -> int:
        return self.sent_index[token.sent.start]

    def token_at(self, char: int):
        return self.doc[max(bisect.bisect_right(self.starts, char) - 1, 0)]

    def in_other_quote(self, token, verb) -> bool:
        """``token`` inside a quotation that ``verb`` is outside of."""
        return any(qs <= token.idx < qe and not qs <= verb.idx < qe for qs, qe in self.quotes)


def speaker_of(verb, tags: ActorTags, ctx: _Context | None = None) -> tuple[Actor, ...]:
    """The actor(s) a speech verb's subject refers to (searching inside the subject phrase); a
    subject that is no known actor ("witnesses", "a community leader") is kept with its text."""
    ctx = ctx or _Context.of(verb.doc, tags, ())
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not ctx.in_other_quote(c, verb)]
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "the ministry condemned the decision and said ...": the first verb's subject speaks
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and not ctx.in_other_quote(c, verb)]
    if any(_says_nobody(s) for s in subjects):
        return ()  # "No group has claimed responsibility."
    words = _words()
    lemma = verb.lemma_.lower()
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents and (not subjects or subjects[0].dep_ == "nsubjpass") and lemma not in words["blame_verbs"]:
        # "it was reported by state media that ...": the agent speaks ("held by insurgents" does not)
        found = claimant(agents[0], tags, ctx)
        if found:
            return found
    if subjects and subjects[0].lower_ in RELATIVE and verb.dep_ == "relcl":
        if subjects[0].dep_ != "nsubj" or lemma == "hold":
            return ()  # "Porter, who was accused of ...", "the ticket, which holds ...": no speaker
        return claimant(verb.head, tags, ctx)  # "Ahmed Musa, who said ...": the noun the clause describes
    if not subjects and verb.dep_ == "acl" and verb.head.i == verb.i - 1 and _opens_quote_after(verb, ctx):
        # "The Wagner chief posted on Telegram: “...”": parsed as a participle on the noun
        found = claimant(verb.head, tags, ctx)
        if found and any(a.code is not None or a.kind in ("person", "organization") for a in found):
            return found
    if verb.dep_ == "ROOT" and subjects and any(t.text == "," for t in subjects[0].subtree if t.i < verb.i):
        # "..., most of them women and children, police and residents said": the parser made one
        # subject of two phrases; the one just before the verb speaks
        trailing = _trailing_speaker(verb, tags)
        if trailing:
            return trailing
    for child in subjects:
        if child.pos_ == "PRON" and child.lower_ in PRONOUN_KIND:
            if child.dep_ == "nsubjpass" and child.lower_ == "it":
                continue  # "it was reported that ...": nobody in particular
            found = actors_in(child, tags) or _antecedent(child, ctx)
            if found:
                return found
            continue
        found = claimant(child, tags, ctx)
        if found:
            return found
    return _trailing_speaker(verb, tags)


def _says_nobody(subject) -> bool:
    return subject.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ in NEGATIVE_DETS for c in subject.children)


def _opens_quote_after(verb, ctx: _Context) -> bool:
    text = text_of(verb.doc)
    end = verb.idx + len(verb.text)
    return any(qs > end and len(text[end:qs - 1]) <= 40 and text[end:qs - 1].rstrip().endswith(":")
               for qs, _ in ctx.quotes)


def claimant(token, tags: ActorTags, ctx: _Context | None = None) -> tuple[Actor, ...]:
    """Who a noun phrase that speaks stands for: the author of a report noun ("a statement from the
    army"), a name beside a role ("a police spokesman, Inspector X"), the phrase with the code of
    the actor inside it ("the military's media wing"), else the phrase itself."""
    words = _words()
    if token.lemma_.lower() in words["report_nouns"] and token.pos_ in ("NOUN", "PROPN"):
        author = _report_author(token, tags, ctx)
        if author:
            return author
    found = actors_in(token, tags)
    named = _apposed_name(token, found, tags)
    if named is not None:
        return (named,)
    plain = phrase_speaker(token)
    if found and plain is not None and not any(a.span.start <= token.idx < a.span.end for a in found):
        # "the military's media wing", "a spokesman for the Taliban": the whole phrase speaks
        # for the actor inside it
        owner = found[0]
        return (_as_outlet(owner, plain, token) or replace(
            owner, span=plain.span, head=plain.head, evidence=f"claims:speaker-phrase+{owner.evidence}"),)
    if found:
        return found
    if plain is not None:
        return (_as_outlet(None, plain, token) or plain,)
    return ()


def _is_outlet(token) -> bool:
    words = _words()
    return token.lemma_.lower() in words["media_nouns"] or token.lower_ in words["media_nouns"] or any(
        c.dep_ == "compound" and c.lower_ in words["media_compounds"] for c in token.children)


def _as_outlet(owner: Actor | None, plain: Actor, token) -> Actor | None:
    """"Iranian state television", "the state news agency": a news outlet speaks as media (MED), of
    the country named in its phrase."""
    if not _is_outlet(token):
        return None
    if owner is None:
        return replace(plain, code="---MED", sector="MED", kind="group", evidence="claims.yaml:media_nouns")
    if owner.kind != "country" or not owner.country:
        return None
    return replace(owner, span=plain.span, head=plain.head, code=f"{owner.country}MED", sector="MED",
                   kind="group", evidence=f"{owner.evidence}+claims.yaml:media_nouns")


def _report_author(token, tags: ActorTags, ctx: _Context | None) -> tuple[Actor, ...]:
    """The author of "a statement from X", "a report by X", "reports in X media", "X's statement";
    for "the statement" with none named, the last earlier speaker whose sentence has a statement."""
    words = _words()
    for child in token.children:
        if child.dep_ == "poss":
            if child.pos_ == "PRON":
                found = actors_in(child, tags)
                if not found and ctx is not None and child.lower_ in ("its", "their", "his", "her"):
                    found = _antecedent(child, ctx, kind={"its": "thing", "their": "plural"}.get(child.lower_, "person"))
            else:
                found = claimant(child, tags, ctx)
            if found:
                return found
        if child.dep_ != "prep":
            continue
        for obj in (g for g in child.children if g.dep_ == "pobj"):
            if child.lower_ in words["report_author_preps"]:
                found = claimant(obj, tags, ctx)
            elif child.lower_ in words["report_outlet_preps"] and (actors_in(obj, tags) or _is_outlet(obj)):
                found = claimant(obj, tags, ctx)  # "reports in Pakistani media", not "a statement in Arabic"
            else:
                continue
            if found:
                return found
    # "Pakistani media reports", "a police statement": the actor named before the noun
    before = [a for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i
              for a in tags.at(c.i) if a.code is not None and a.sector is not None]
    if before:
        return (before[0],)
    if ctx is not None and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        lemma = token.lemma_.lower()
        here = ctx.sent_of(token)
        for verb_i, speakers in reversed(ctx.said):
            verb = ctx.doc[verb_i]
            if verb_i < token.i and ctx.sent_of(verb) < here and any(t.lemma_.lower() == lemma for t in verb.sent):
                return speakers  # "..., the presidency said in a statement. ..., according to the statement."
    return ()


def _is_person(token, tags: ActorTags) -> bool:
    return token.ent_type_ == "PERSON" or any(a.kind == "person" for a in tags.at(token.i))


def _names_someone(role, name, tags: ActorTags) -> bool:
    """"a police spokesman, Superintendent X": a proper name in apposition to a person's role, when
    neither the tagger nor the NER make it anything else."""
    return (role.lemma_.lower() in _words()["person_nouns"] and role.tag_ == "NN"
            and not any(a.kind != "person" for a in tags.at(name.i))
            and name.ent_type_ in ("", "PERSON") and all(t.pos_ == "PROPN" or t.is_punct for t in name.subtree))


def _phrase_span(token) -> Span:
    words = [t for t in token.subtree if not t.is_punct]
    doc = token.doc
    start, end = min(t.i for t in words), max(t.i for t in words)
    return Span.of(text_of(doc), doc[start].idx, doc[end].idx + len(doc[end].text))


def _apposed_name(token, found: tuple[Actor, ...], tags: ActorTags) -> Actor | None:
    """"A police spokesman in Nampula, Inspector X, said" / "X, a police spokesman, said": the named
    person speaks, with the role's code when the person has none of their own."""
    for ap in (c for c in token.children if c.dep_ == "appos"):
        if ap.pos_ == "PROPN" and not _is_person(token, tags) and (_is_person(ap, tags) or _names_someone(token, ap, tags)):
            person = next((a for a in tags.at(ap.i) if a.kind == "person"), None)
            if person is not None and person.code is not None:
                return person
            role = next((a for a in found if a.code is not None), None)
            if role is None:
                return person
            span = person.span if person is not None else _phrase_span(ap)
            return replace(role, span=span, head=ap.idx, name=(person.name if person else None) or span.text,
                           kind="person", evidence=f"claims:speaker-appos+{role.evidence}")
        if _is_person(token, tags) and ap.pos_ in ("NOUN", "PROPN"):
            person = next((a for a in tags.at(token.i) if a.kind == "person"), None)
            if person is not None and person.code is not None:
                return person
            role = next((a for a in actors_in(ap, tags) if a.code is not None), None)
            if role is None:
                return person
            span = person.span if person is not None else _phrase_span(token)
            return replace(role, span=span, head=token.idx, name=(person.name if person else None) or span.text,
                           kind="person", evidence=f"claims:speaker-appos+{role.evidence}")
    return None


def _antecedent(pronoun, ctx: _Context, *, kind: str | None = None) -> tuple[Actor, ...]:
    """"He said ..." after "Colonel X said ...": the fitting speaker of this or one of the two
    sentences before, unless a sentence in between names another fitting subject."""
    kind = kind or PRONOUN_KIND.get(pronoun.lower_)
    if kind is None:
        return ()
    here = ctx.sent_of(pronoun)
    for verb_i, speakers in reversed(ctx.said):
        if verb_i >= pronoun.i:
            continue
        verb = ctx.doc[verb_i]
        distance = here - ctx.sent_of(verb)
        if distance > 2:
            break
        fitting = [a for a in speakers if _fits(a, kind, ctx)]
        if not fitting:
            continue
        between = ctx.sents[ctx.sent_of(verb) + 1:here]
        if any(_fits(a, kind, ctx) for s in between for t in s if t.dep_ in ("nsubj", "nsubjpass")
               for a in ctx.tags.at(t.i)):
            return ()  # "X said ... . The general arrived. He said ...": he is not X
        return (fitting[0],)
    return ()


def _fits(actor: Actor, kind: str, ctx: _Context) -> bool:
    head = ctx.token_at(actor.head if actor.head is not None else actor.span.start)
    plural = head.tag_ in ("NNS", "NNPS") or " and " in actor.span.text
    person = actor.kind == "person" or head.ent_type_ == "PERSON" or (
        head.lemma_.lower() in _words()["person_nouns"] and head.tag_ in ("NN", "NNP"))
    if kind == "person":
        return person and not plural
    if kind == "thing":
        return not person and not plural
    return not (person and not plural)


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
    """An uncoded claimant from a noun phrase: "witnesses", "the military's media wing", "a
    spokesman for the group" (its prepositional phrases, not its clauses, appositions or where it
    spoke: "at a news conference")."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lower_ in ("it", "they", "he", "she", "who", "which"):
        return None
    cut = {"relcl", "acl", "appos", "punct", "advcl"}
    inside = {x.i for x in token.subtree}
    words = [t for t in token.subtree if t.dep_ not in cut
             and not any(a.dep_ in cut for a in t.ancestors if a.i in inside and a.i != token.i)]
    settings = set(_words()["setting_nouns"])
    preps = [c for c in token.children if c.dep_ == "prep" and c.i > token.i
             and not any(g.lemma_.lower() in settings for g in c.children if g.dep_ == "pobj")]
    kept = {token.i} | {t.i for p in preps for t in p.subtree} | {
        c.i for c in token.children if c.dep_ == "compound"}
    words = [t for t in words if token.left_edge.i <= t.i <= token.i or t.i in kept]
    if not words:
        return None
    start, end = min(t.i for t in words), max(t.i for t in words) + 1
    doc = token.doc
    while end - 1 > token.i and doc[end - 1].is_punct:
        end -= 1
    text = text_of(doc)
    span = Span.of(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    return Actor(span, None, None, None, span.text, None, "claims:speaker-phrase", token.idx)


PLACE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout"}


def actors_in(token, tags: ActorTags, max_depth: int = 4) -> tuple[Actor, ...]:
    """Actors of ``token`` or, failing that, the nearest actor inside its phrase (breadth first):
    first through its modifiers ("an Islamic State target"), then through its prepositional phrases
    ("three of Iran's frigates"); never into clauses or "southwest of Baghdad"-style adverbials."""
    skip = {"relcl", "acl", "advcl", "ccomp", "punct", "advmod", "npadvmod"}
    placed: set[int] = set()
    for allowed in (skip | {"prep"}, skip):
        frontier = [token]
        for _ in range(max_depth):
            found: list[Actor] = []
            nxt = []
            for tok in frontier:
                for actor in tags.at(tok.i):
                    if (actor.code is not None or actor.kind in ("person", "organization")) and actor not in found:
                        if actor.kind == "country" and tok is not token and tok.dep_ == "pobj" \
                                and tok.head.lower_ in PLACE_PREPS:
                            placed.add(id(actor))  # "blocked streets in Hong Kong": where the streets are, not whose
                        if id(actor) not in placed:
                            found.append(actor)
                nxt += [c for c in tok.children if c.dep_ not in allowed]
            if found:
                return tuple(found)
            frontier = nxt
            if not frontier:
                break
    return tags.latent.get(token.i, ())


_PARAGRAPH_BREAK = re.compile(r"\n\s*")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside matching quotation marks (curly or straight), across sentences, and
    across paragraphs when each paragraph that goes on quoting opens with a quotation mark (news
    style: no closing mark at the end of a quoted paragraph). A quotation still open at a paragraph
    that does not open with a mark, or never closed, is no quotation."""
    spans = []
    open_at = None
    for i, ch in enumerate(text):
        if ch not in QUOTE_CHARS:
            continue
        prev = text[i - 1] if i else " "
        if ch == "“":
            opening = True
        elif ch == "”":
            opening = False
        else:  # a straight mark opens after a space, a bracket or a dash, and closes after a word
            opening = prev.isspace() or prev in "([{—–-:/" or (open_at is None and not prev.isalnum()
                                                                  and prev not in ".,;!?")
        if opening:
            line_start = text.rfind("\n", 0, i)
            at_paragraph_start = open_at is not None and line_start >= open_at and not text[line_start:i].strip()
            if not at_paragraph_start:
                open_at = i + 1  # a new quotation (an unclosed one before it is dropped)
        elif open_at is not None:
            if _continues_over_paragraphs(text, open_at, i):
                spans.append((open_at, i))
            open_at = None
    return spans


def _continues_over_paragraphs(text: str, start: int, end: int) -> bool:
    for m in _PARAGRAPH_BREAK.finditer(text, start, end):
        if m.end() < end and text[m.end()] not in ("“", '"'):
            return False
    return True


def find_claims(doc, tags: ActorTags) -> list[Claim]:
    words = _words()
    speech = set(words["speech_verbs"])
    denial = set(words["denial_verbs"])
    blame = set(words["blame_verbs"])
    responsibility = set(words["responsibility_nouns"])
    claims: list[Claim] = []
    text = text_of(doc)
    quotes = _quote_spans(text)
    ctx = _Context.of(doc, tags, quotes)
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("VERB", "AUX") and not (token.lower_ == "according"):
            continue
        if token.lower_ == "according":
            pobj = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            for obj in pobj:
                speakers = claimant(obj, tags, ctx)
                if speakers:
                    ctx.said.append((token.i, speakers))
                for actor in speakers:
                    sent = token.sent
                    claims.append(Claim(actor, sent.start_char, sent.end_char, "according to", token.idx))
            continue
        if lemma in speech or lemma in denial:
            if any(c.dep_ == "neg" for c in token.children):
                continue  # "it did not say who carried out the raid": nothing is attributed
            speakers = speaker_of(token, tags, ctx)
            if not speakers:
                continue
            if token.dep_ == "ROOT":  # a pronoun later may stand for a main clause's speaker only
                ctx.said.append((token.i, speakers))
            ranges = []
            for child in token.children:
                if child.dep_ in ("ccomp", "xcomp", "dobj") and child.i != token.i:
                    sub = list(child.subtree)
                    ranges.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
                elif child.dep_ == "nsubjpass" and child.lower_ != "it" and any(c.dep_ == "agent" for c in token.children):
                    sub = list(child.subtree)  # "Reports that troops shelled X were denied by Y"
                    ranges.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
            if not ranges:
                tail = _reported_before(token)
                if tail is not None:  # "..., residents and a local aid group said Thursday."
                    ranges.append(tail)
            quoted = _quotes_of(token, ctx)
            ranges += quoted
            if quoted:
                ranges += _quotes_following(token, quoted, ctx)
            for start, end in ranges:
                for actor in speakers:
                    claims.append(Claim(actor, start, end, token.text, token.idx, denial=lemma in denial))
            if lemma == "claim":
                for obj in (c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in responsibility):
                    # "X claimed responsibility for the bombing": the claiming and the bombing are X's claim
                    sub = list(obj.subtree)
                    for actor in speakers:
                        claims.append(Claim(actor, token.idx, sub[-1].idx + len(sub[-1].text), obj.text, obj.idx))
        elif lemma in blame:
            speakers = speaker_of(token, tags, ctx)
            if not speakers:
                continue
            if token.dep_ == "ROOT":
                ctx.said.append((token.i, speakers))
            # "a bombing Kenya blamed on X": the blamed event is the noun the clause modifies
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


def _quotes_of(verb, ctx: _Context) -> list[tuple[int, int]]:
    """The quotation that ends just before the speech verb, in its sentence ("“...,” X said"), or
    starts just after it ("X said: “...”", also after a paragraph break)."""
    text = text_of(verb.doc)
    end = verb.idx + len(verb.text)
    found = []
    for qs, qe in ctx.quotes:
        if qe < verb.idx:
            # a quotation closed by a full stop is a sentence of its own ("“We won.” The army said ...")
            before = text[qe + 1:verb.idx]
            if len(before) <= 60 and text[qe - 1:qe] != "." and not QUOTE_CHARS & set(before) \
                    and "\n\n" not in before and not re.search(r"[.!?]\s", before):
                found.append((qs, qe))
        elif qs > end:
            after = text[end:qs - 1]
            if QUOTE_CHARS & set(after) or len(after) > 40:
                continue
            if after.rstrip().endswith(":") or after.strip() == "," or (not after.strip() and "\n" not in after):
                found.append((qs, qe))
    return found


def _quotes_following(verb, quoted: list[tuple[int, int]], ctx: _Context) -> list[tuple[int, int]]:
    """"“...,” the minister said. “...”": quotations that follow the attribution in the same
    paragraph, with nothing but spaces between, go on quoting the same speaker; one that ends with
    a comma ("“...,” Y said") has its own."""
    text = text_of(verb.doc)
    last = max(verb.sent.end_char, *(qe + 1 for _, qe in quoted))
    found = []
    for qs, qe in ctx.quotes:
        if qs - 1 < last:
            continue
        gap = text[last:qs - 1]
        if gap.strip() or "\n" in gap or text[qe - 1:qe] == "," or text[qe + 1:qe + 2] not in ("", " ", "\n", "\t"):
            break
        found.append((qs, qe))
        last = qe + 1
    return found


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
