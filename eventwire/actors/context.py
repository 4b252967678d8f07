"""Give sector-only actors ("police", "protesters") a country from their context.

An actor with a sector and no country takes the country of a place in the same sentence, else the
article's focus country (the country most of its places are in), else the one country of the
government, police or court actors of its sentence. The evidence says so, and an
actor from an organisation or with a country already is left alone.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache

from eventwire.actors.kb import load_kb
from eventwire.actors.tagger import ActorTags, after_locative_words, host_tokens, is_diplomat
from eventwire.model import Place
from eventwire.places.focus import used_as_place
from eventwire.resources import data_yaml

DOMESTIC_SECTORS = {"COP", "GOV", "MIL", "OPP", "CVL", "REB", "JUD", "MED", "BUS", "LEG", "SPY", "CRM", "UAF", "REF",
                    "RAD", "REL", "LAB", "HLH", "EDU", "PTY"}


def _inferable(actor) -> bool:
    """An actor with a sector and no country that its context may place: a group, a person, or an
    organisation the knowledge base does not know ("the Umma party", PTY), but not a transnational
    group with a code of its own."""
    unknown_body = actor.kind == "organization" and (actor.evidence or "").startswith("ner:ORG")
    own_code = actor.code and not actor.code.startswith("---")  # "Islamic State militants": IMGMUSISI stays
    return not actor.country and not own_code and actor.sector in DOMESTIC_SECTORS and (
        actor.kind in ("group", "person", None) or unknown_body)


def focus_country(places: list[Place], doc=None) -> str | None:
    """The country most of the article's places are in, counting places used as places ("in
    Kirkuk", not "asking Iran"); the first place (usually the dateline) counts too and breaks ties."""
    real = [p for p in places if p.country and p.feature not in ("sea", "water")]
    if not real:
        return None
    counts = Counter(p.country for p in real if doc is None or used_as_place(doc, p))
    first = real[0]
    line = (doc.text.split("\n", 1)[0] if doc is not None else "").rstrip()
    dateline = None
    if doc is None or (len(line) < 80 and first.span.end <= len(line) and line.endswith(("—", "–", "-", ":"))):
        dateline = first.country  # "ISLAMABAD, Pakistan —", on its own line after cleaning
        counts[dateline] += 2
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    if n > rest[0][1]:
        return top
    return dateline if dateline is not None and counts[dateline] == n else None  # a tie: the dateline's


def _phrase_actor_country(doc, actor, tags) -> str | None:
    """Another actor inside this one's phrase: "ministers from the Georgian government", "the Bush
    administration"."""
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    for tok in span:  # "the Bush administration", "Putin's government": a person's country
        if tok.i < head.i and tok.dep_ in ("compound", "poss"):
            for other in tags.at(tok.i):
                if other is not actor and other.country and other.kind == "person":
                    return other.country
    host = host_tokens(_with_appositions(head), load_kb())  # "the embassy in Cairo": where it serves, not whose
    for tok in head.subtree:
        if tok.i <= head.i or tok.dep_ != "pobj" or tok.head.lower_ not in ("from", "of", "for", "in", "inside"):
            continue
        if tok.i in host:
            continue
        for other in tags.at(tok.i):
            # "forces in east Bosnia": a country named where they are; "officials of the Kurdish group"
            if other is not actor and other.country and (tok.head.lower_ not in ("in", "inside") or other.kind == "country"):
                return other.country
    return None


def _own_place_country(doc, actor, places: list[Place]) -> str | None:
    """A place inside the actor's own phrase: "militant hideouts inside Afghanistan"."""
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    host = host_tokens(_with_appositions(head), load_kb())  # "the ambassador to Egypt": the host is not the sender
    inside = {t.idx for t in head.subtree if t.i >= head.i and t.i not in host}
    # a place that qualifies the phrase's own words: "Kano governor Abdullahi Ganduje", "Gaza militants"
    inside |= {t.idx for t in span if t.i < head.i and t.dep_ in ("compound", "nmod", "poss") and t.head in span}
    for place in places:
        if place.country and place.span.start in inside and place.feature not in ("sea", "water"):
            return place.country
    return None


ARMED_SECTORS = {"REB", "MIL", "INS", "UAF", "SPY", "CRM"}
HOME_SECTORS = {"GOV", "COP", "JUD", "LEG"}  # they act at home: "the Sudanese government accused rebels"


# Nouns for people who belong to a group: "members of X", "extremists of the Islamic State", "a
# spokesman for Hamas", "fighters from al-Shabaab" take X's code. Not its victims or opponents.
MEMBER_NOUNS = {"leader", "member", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "official",
                "representative", "delegation", "delegate", "envoy", "commander", "fighter", "militant", "supporter",
                "extremist", "jihadist", "insurgent", "rebel", "guerrilla", "militiaman", "gunman", "operative",
                "loyalist", "terrorist", "cadre", "recruit", "affiliate", "activist", "follower", "unit", "cell",
                "wing", "faction", "branch", "officer", "negotiator", "emissary", "founder", "chairman", "president",
                "executive", "director", "secretary", "boss", "troop", "soldier"}


def _member_of(doc, actor, tags: ActorTags):
    """"Leaders of the opposition coalition", "a spokesman for Hamas": the group they belong to."""
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in MEMBER_NOUNS:
        return None
    for prep in span.root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "from"):
            for obj in prep.children:
                for other in tags.at(obj.i):
                    if other is not actor and other.code and other.kind in ("group", "organization"):
                        return other
    return None


def _appositive_body(doc, actor, tags: ActorTags):
    """A person named beside "a member of X" / "the head of X" (either order): X, when it is a coded group."""
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    others = [root.head] if root.dep_ == "appos" else []
    others += [c for c in root.children if c.dep_ == "appos"]
    for noun in others:
        if noun.lemma_.lower() not in MEMBER_NOUNS:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                for obj in prep.children:
                    for other in tags.at(obj.i):
                        if other is not actor and other.code and other.kind in ("group", "organization"):
                            return other
    return None


def _sentence_actor_countries(doc, tags: ActorTags) -> dict[int, str]:
    """Per sentence, the one country of its government, police, court or parliament actors (when
    they all share one): an unplaced group in the same sentence is most likely of that country."""
    found: dict[int, set[str]] = {}
    for actor in tags.actors:
        if actor.country and actor.sector in HOME_SECTORS and actor.kind in ("group", "person", "country"):
            tok = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
            if tok is not None:
                found.setdefault(tok.sent.start_char, set()).add(actor.country)
    for actor in tags.actors:  # another country in the sentence makes it a foreign affair: no guess
        tok = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
        if actor.country and tok is not None and tok.sent.start_char in found:
            found[tok.sent.start_char].add(actor.country)
    return {start: next(iter(c)) for start, c in found.items() if len(c) == 1}


def _sentence_countries(doc, tags: ActorTags) -> dict[int, str]:
    """Per sentence, the one country all its coded actors share: a parliament, court or police force
    named without a country in such a sentence is that country's."""
    found: dict[int, set[str]] = {}
    latent = [a for group in tags.latent.values() for a in group]  # "Algerian landowners"
    for actor in [*tags.actors, *latent]:
        if actor.kind == "country" and "+modifier-of:" not in (actor.evidence or ""):
            continue  # "thanked China for its help": a country named as a partner says nothing of who thanks
        if actor.sector in ARMED_SECTORS:
            continue  # "Somali militants attacked a police post": armed groups act abroad
        tok = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
        if actor.country and tok is not None:
            found.setdefault(tok.sent.start_char, set()).add(actor.country)
    return {start: next(iter(c)) for start, c in found.items() if len(c) == 1}


def _possessor_country(doc, actor, tags: ActorTags, known: dict | None = None) -> tuple[str | None, str]:
    """The country "its troops" / "their forces" belong to, and how it was found.

    Inside the reported clause of a speech verb ("Kenya said al-Shabaab fighters attacked its
    troops"), the speaker, when it is a country or a body of one country and agrees in number with
    the pronoun ("its": singular; "their": plural or collective), unless the clause's own subject is
    a country that agrees too and does not act on the phrase ("Russia said Ukraine had moved its
    troops"). Otherwise the country of the nearest actor before it, in this sentence or the one
    before. ``known`` maps actors to their already inferred versions ("the army said its ...")."""
    tok = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if tok is None:
        return None, ""
    speaker = _reporting_speaker(doc, tok, tags, known or {})
    if speaker is not None:
        return speaker.country, "speaker"
    sent = tok.sent
    window = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    before = [a for a in tags.actors if window <= a.span.start < actor.span.start and a.country and a is not actor]
    if not before:
        return None, ""
    return max(before, key=lambda a: a.span.start).country, "possessor"


COLLECTIVE_HEADS = {"government", "administration", "army", "military", "police", "ministry", "navy", "force",
                    "cabinet", "regime", "authority", "coalition", "alliance", "group", "movement", "presidency",
                    "embassy", "parliament", "council", "command", "junta", "leadership", "team"}


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    return frozenset(data_yaml("claims.yaml")["speech_verbs"])


@lru_cache(maxsize=1)
def _hostile_lemmas() -> frozenset[str]:
    return frozenset(data_yaml("actors.yaml").get("hostile_verbs") or ())


def _agrees(pronoun: str, token, actor) -> bool:
    """"its" with a singular speaker, "their" with a plural or a collective one ("the government")."""
    plural = token.tag_ in ("NNS", "NNPS")
    if pronoun == "its":
        return not plural
    return plural or actor.kind in ("country", "organization") or token.lemma_.lower() in COLLECTIVE_HEADS


def _country_actor_at(token, tags: ActorTags, known: dict):
    """The actor of a country, government or one country's body at ``token`` (no person)."""
    for other in tags.at(token.i):
        other = known.get(id(other), other)
        if other.country and other.kind in ("country", "group", "organization"):
            return other
    return None


def _reporting_speaker(doc, tok, tags: ActorTags, known: dict):
    """The speaker whose country owns the possessive phrase ``tok`` ("its troops"), when the phrase
    is inside a speech verb's reported clause and the speaker fits (see :func:`_possessor_country`)."""
    pronoun = tok[0].lower_
    if pronoun not in ("its", "their"):
        return None
    head = tok.root
    clause_verb = None
    node = head
    while node.head is not node:
        parent = node.head
        if node.dep_ in ("ccomp", "parataxis") and parent.lemma_.lower() in _speech_lemmas():
            clause_verb = node
            break
        if node.dep_ == "ROOT":
            break
        node = parent
    speech = clause_verb.head if clause_verb is not None else None
    if speech is None:  # "..., its troops ..., Kenya said" parsed with the report as the root
        root = head.sent.root
        speech = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i > head.i
                       and c.lemma_.lower() in _speech_lemmas()), None)
        clause_verb = root if speech is not None else None
    if speech is None:
        return None
    subjects = [c for c in speech.children if c.dep_ == "nsubj" and not (c.i <= head.i <= c.right_edge.i)]
    if not subjects:
        return None
    speaker = _country_actor_at(subjects[0], tags, known)
    if speaker is None or not _agrees(pronoun, subjects[0], speaker):
        return None
    # the reported clause's own subject, when it agrees and does not act on the phrase, owns it:
    # "Russia said Ukraine had moved its troops", "Kenya said the militants left their camps"
    own = [c for c in clause_verb.children if c.dep_ == "nsubj" and c.i < head.i]
    if own and head.head == clause_verb and clause_verb.lemma_.lower() not in _hostile_lemmas():
        rivals = [a for a in tags.at(own[0].i) if a.kind != "person"]
        if rivals and _agrees(pronoun, own[0], rivals[0]):
            return None
    return speaker


def _antecedent_country(doc, actor, tags: ActorTags) -> str | None:
    """"the ministry", "the army": the country of the last actor of the same sector named in this
    sentence or the three before ("Kenya's defence ministry ... the ministry said")."""
    if not actor.span.text.lower().startswith(("the ", "this ")) or len(actor.span.text.split()) != 2:
        return None
    tok = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if tok is None:
        return None
    first = tok.sent
    for _ in range(3):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    head = actor.span.text.split()[-1].lower()  # "the ministry" refers to a "... Ministry", not any government
    same = [a for a in tags.actors if first.start_char <= a.span.start < actor.span.start
            and a.sector == actor.sector and a.country and head in a.span.text.lower()]
    return max(same, key=lambda a: a.span.start).country if same else None


def _is_national_group(doc, actor) -> bool:
    """A people named by its nationality or ethnicity ("Albanians", "ethnic Turks"), or a group named by
    an ethnicity ("ethnic Albanian guerrillas"): coded with the country of its name unless the phrase
    says where it lives."""
    evidence = actor.evidence or ""
    if actor.kind != "group" or not actor.country:
        return False
    if actor.sector == "CVL" and evidence in (f"countries.csv:{actor.country}", f"actors.yaml:home_peoples/{actor.country}"):
        return True
    return evidence.startswith(f"countries.csv:{actor.country}+sector:") and (_ethnic(doc, actor)
                                                                            or _resident_people(doc, actor))


MINORITY_WORDS = {"ethnic", "minority", "minorities"}  # "ethnic Albanians", "the Uzbek minority"
# a people's community where it lives: "the Croat population of the region", "the Turkish community"
RESIDENT_HEADS = {"population", "community", "diaspora"}


def _ethnic(doc, actor, words=MINORITY_WORDS) -> bool:
    """"ethnic Albanians", "ethnic Serb fighters", "the Uzbek minority": named by ethnicity, not by
    citizenship."""
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None:
        return False
    found = [t.lower_ for t in span] + ([doc[span.start - 1].lower_] if span.start > 0 else [])
    return any(w in words for w in found)


def _resident_people(doc, actor) -> bool:
    """"the Albanian population", "the Turkish community": a people where it lives, which its phrase
    or its sentence's place may name (never the article's focus alone: "the Iraqi population" in a
    story from Washington is Iraq's)."""
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    return span is not None and actor.sector == "CVL" and span.root.lemma_.lower() in RESIDENT_HEADS


def _clause_verb(token):
    """The nearest verb above ``token`` (itself when it is one)."""
    while token.pos_ not in ("VERB", "AUX") and token.head is not token:
        token = token.head
    return token


def _clause_place_country(doc, actor, places: list[Place]) -> str | None:
    """The one country of the places in the actor's own clause ("attacks in Montenegro against the
    Albanian population"), not of a reporting clause ("..., officials in Washington said")."""
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None:
        return None
    verb = _clause_verb(span.root)
    found = set()
    for place in places:
        pspan = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
        if place.country and pspan is not None and pspan.sent == span.sent and place.feature not in ("sea", "water") \
                and _clause_verb(pspan.root) == verb:
            found.add(place.country)
    return found.pop() if len(found) == 1 else None


LIVES_IN_PREPS = {"in", "inside", "of"}  # "Uzbeks in Kyrgyzstan", "the Serbs of Kosovo"
LIVING_LEMMAS = {"live", "reside", "settle", "base", "stay", "remain", "dwell"}  # "Turks living in Germany"


def _lives_in_country(doc, actor, tags: ActorTags, places: list[Place]) -> str | None:
    """The country a people's own phrase says it lives in: a place or country after "in" or "of" on
    the people's noun ("Uzbeks in southern Kyrgyzstan", "the Hungarian minority in Romania", "the
    Serbs of Kosovo"), or after a living verb ("Turks living in Germany"). Other words of the phrase
    ("Serbs angry over NATO's strikes") say nothing of where they live."""
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    preps = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in LIVES_IN_PREPS]
    for verb in head.rights:
        if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in LIVING_LEMMAS:
            preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")]
    inside = {t.i for p in preps for t in p.subtree}
    for place in places:
        pspan = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
        if place.country and pspan is not None and pspan.start in inside and place.feature not in ("sea", "water"):
            return place.country
    for i in sorted(inside):
        for other in tags.at(i):
            if other is not actor and other.country and other.kind == "country":
                return other.country
    return None


def _own_phrase_placed(doc, actor, tags: ActorTags, places: list[Place]):
    """``actor`` with the country its own phrase gives it, if it has none and one is there."""
    if not _inferable(actor):
        return actor
    own = _own_place_country(doc, actor, places) or _phrase_actor_country(doc, actor, tags)
    return replace(actor, country=own, code=f"{own}{actor.sector}") if own else actor


def _with_appositions(head) -> list:
    """``head`` and the nouns in apposition with it ("Nikos Papas, the ambassador to Egypt")."""
    return [head, *(c for c in head.children if c.dep_ == "appos"), *([head.head] if head.dep_ == "appos" else [])]


def _is_diplomat_actor(doc, actor) -> bool:
    """An ambassador, envoy, consul or embassy ("the ambassador", "Ambassador Nikos Papas", "Nikos
    Papas, the ambassador to Egypt"): serves abroad."""
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    kb = load_kb()
    return span is not None and any(is_diplomat(t, kb) for t in [*span, *_with_appositions(span.root)])


def _attacks_country(doc, actor, tags: ActorTags, country: str) -> bool:
    """Whether an armed ``actor`` is the subject of a hostile verb ("struck", "attacked") whose object
    is an actor of ``country``: the sentence's government is then its target, not its master."""
    if actor.sector not in ARMED_SECTORS:
        return False
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj" or span.root.head.lemma_.lower() not in _hostile_lemmas():
        return False
    verb = span.root.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(other.country == country for o in objects for other in tags.at(o.i))


def _title_states(doc, actor) -> tuple[str, ...]:
    """The states that use the title of a titled person ("Sen. X", "Rep. X", "Congressman X"), from
    ``title_states`` in actors.yaml; empty for other actors and titles."""
    evidence = actor.evidence or ""
    if not (actor.kind == "person" and evidence.startswith("title:") or evidence.startswith("actors.yaml:sector_nouns/")):
        return ()  # "Sen. X", "a congressman"; not a person whose country is known
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    states = load_kb().title_states
    for tok in span if span is not None else ():
        if tok.lower_ in states:
            return states[tok.lower_]
    return ()


DEFENCE_WORDS = {"defence", "defense", "military", "army", "armed"}  # "the Ministry of Defence", "a military spokesman"


def _defence_body_country(doc, actor, tags: ActorTags) -> str | None:
    """A defence ministry or military spokesman with no country of its own that speaks of the
    forces of one country in its sentence ("Two British soldiers were wounded near Raqqa, the
    Ministry of Defence said"): that country's, rather than the country of the place or the article."""
    if actor.sector not in ("GOV", "MIL"):
        return None
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    words = {t.lower_ for t in head.subtree if t.i <= head.i + 3}
    if head.lemma_.lower() not in ("ministry", "minister", "spokesman", "spokeswoman", "spokesperson", "department",
                                   "secretary") or not words & DEFENCE_WORDS:
        return None
    sent = head.sent
    forces = {a.country for a in tags.actors if a is not actor and a.country and a.sector == "MIL"
              and sent.start_char <= a.span.start < sent.end_char}
    return forces.pop() if len(forces) == 1 else None


REPORTER_HEADS = {"spokesman", "spokeswoman", "spokesperson", "official", "source"}


def _reported_subject_country(doc, actor, tags: ActorTags) -> str | None:
    """A spokesman or official with no country of its own who reports what one state did ("Kenya has
    closed its border with Somalia, a government spokesman said"): that state's. Not for a hostile act
    ("Russia shelled the city, a military spokesman said"), which the victim's side reports as often."""
    if actor.sector not in ("GOV", "MIL", "COP"):
        return None
    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in REPORTER_HEADS or span.root.dep_ != "nsubj":
        return None
    speech = span.root.head
    clauses = [c for c in speech.children if c.dep_ in ("ccomp", "parataxis")]
    if speech.lemma_.lower() not in _speech_lemmas() or len(clauses) != 1 \
            or clauses[0].lemma_.lower() in _hostile_lemmas():
        return None
    subjects = [c for c in clauses[0].children if c.dep_ == "nsubj"]
    state = _country_actor_at(subjects[0], tags, {}) if subjects else None
    if state is None or not (state.kind == "country" or state.sector in ("GOV", "MIL", "COP")):
        return None
    return state.country


def _placed_by_words(doc, place: Place) -> bool:
    """"Near Kabul, ...", "South of Ramallah, ...": a place after placing words, however the parser hung it."""
    span = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
    return span is not None and after_locative_words(span)


def infer_countries(doc, tags: ActorTags, places: list[Place]) -> ActorTags:
    focus = focus_country(places, doc)
    sentence_country: dict[int, str] = {}
    for sent in doc.sents:
        inside = [p.country for p in places if sent.start_char <= p.span.start < sent.end_char and p.country
                  and p.feature not in ("sea", "water") and (used_as_place(doc, p) or _placed_by_words(doc, p))]
        if inside and len(set(inside)) == 1:
            sentence_country[sent.start_char] = inside[0]
    # an actor placed by its own phrase ("the government of Sindh province") counts for its sentence
    placed = ActorTags(actors=[_own_phrase_placed(doc, a, tags, places) for a in tags.actors], latent=tags.latent)
    home = _sentence_actor_countries(doc, placed)
    all_actors = _sentence_countries(doc, placed)  # "Algerian landowners ... outside Parliament": Algeria's
    replaced = {}
    for actor in tags.actors:
        if _is_national_group(doc, actor):  # "ethnic Albanians in south Serbia": where they live
            lives_in, how = _lives_in_country(doc, actor, tags, places), "lives-in"
            if not lives_in and (_ethnic(doc, actor) or _resident_people(doc, actor)):
                # "ethnic Russians rallied in Narva": a minority, of the country it is in, not of its name
                tok = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
                lives_in = sentence_country.get(tok.sent.start_char) if tok is not None else None
                if not _ethnic(doc, actor):  # "the Albanian population": a place of its own clause only
                    lives_in, how = _clause_place_country(doc, actor, places), "resident:clause-place"
                elif lives_in:
                    how = "ethnic:sentence-place"
                else:
                    lives_in, how = focus, "ethnic:article-focus"
            if lives_in and lives_in != actor.country:
                replaced[id(actor)] = replace(actor, country=lives_in, code=f"{lives_in}{actor.sector}",
                                              evidence=f"{actor.evidence}+country:{how}")
            continue
        if not actor.country and _member_of(doc, actor, tags) is not None:
            continue  # taken from the group below, once the group has its country
        if not _inferable(actor):
            continue  # a titled person with no country ("Prime Minister X") is inferred like a group
        if actor.span.text.split(" ", 1)[0].lower() in ("its", "their", "his", "her", "our"):
            # "Nigeria's army said its troops ...", "Kenya said al-Shabaab fighters attacked its troops"
            owner, how = _possessor_country(doc, actor, tags, replaced)
            if owner:
                replaced[id(actor)] = replace(actor, country=owner, code=f"{owner}{actor.sector}",
                                              evidence=f"{actor.evidence}+country:{how}")
            continue
        tok = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
        sent_start = tok.sent.start_char if tok is not None else None
        own = _own_place_country(doc, actor, places) or _phrase_actor_country(doc, actor, tags)
        earlier = None if own else _antecedent_country(doc, actor, tags)
        if not (own or earlier) and _is_diplomat_actor(doc, actor):
            continue  # "the ambassador to Egypt", "Ambassador X": abroad, the place says nothing of the sender
        state = all_actors.get(sent_start) if actor.sector in HOME_SECTORS else None
        guess = home.get(sent_start) or state
        if guess and _attacks_country(doc, actor, tags, guess):
            guess = None  # "drones struck Kyiv": the attacker of a government is not its own force
        forces = None if own or earlier else _defence_body_country(doc, actor, tags)
        reported = None if own or earlier or forces else _reported_subject_country(doc, actor, tags)
        country = own or earlier or forces or reported or sentence_country.get(sent_start) or focus or guess
        how = ("own-place" if own else "antecedent" if earlier else "defence-body" if forces
               else "reported-subject" if reported
               else "sentence-place" if sentence_country.get(sent_start)
               else "article-focus" if focus else "sentence-government" if home.get(sent_start) else "sentence-actors")
        states = _title_states(doc, actor)
        if states and country not in states and not (own or earlier):
            country, how = states[0], "title-state"  # "Sen. X" in a story about Syria: a US senator
        if not country:
            continue
        replaced[id(actor)] = replace(actor, country=country, code=f"{country}{actor.sector}",
                                      evidence=f"{actor.evidence}+country:{how}")
    for actor in tags.actors:  # "A member of the Jordanian parliament, Ahmed Khalil, ...": the body's code
        if actor.kind == "person" and not actor.code:
            body = _appositive_body(doc, actor, tags)
            if body is not None:
                body = replaced.get(id(body), body)
                replaced[id(actor)] = replace(actor, code=body.code, country=body.country, sector=body.sector,
                                              evidence=f"{actor.evidence}+appositive-member-of:{body.evidence}")
    for actor in tags.actors:
        group = None if actor.country else _member_of(doc, actor, tags)
        if group is not None:  # "Leaders of the Azadliq opposition coalition": the coalition's code
            group = replaced.get(id(group), group)
            replaced[id(actor)] = replace(actor, code=group.code, country=group.country, sector=group.sector,
                                          evidence=f"{actor.evidence}+member-of:{group.evidence}")
    if not replaced:
        return tags
    new = ActorTags()
    new.actors = [replaced.get(id(a), a) for a in tags.actors]
    new.by_token = {i: tuple(replaced.get(id(a), a) for a in v) for i, v in tags.by_token.items()}
    new.groups = {i: tuple(replaced.get(id(a), a) for a in v) for i, v in tags.groups.items()}
    new.latent = dict(tags.latent)
    return new
