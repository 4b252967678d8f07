"""Find and code the actors of an article: countries, capitals, forces, officials, groups, people.

The rules work on the dependency parse. A *term* (a country name, demonym, capital, organisation or
known person, from the knowledge base) anchors a phrase; the phrase's head noun gives the sector
("Kenyan forces" -> KENMIL, "Somalia's military" -> SOMMIL, "Mogadishu forces" -> SOMMIL); a title
before a name codes the person ("Kenyan Defence Minister Peter Mwangi" -> KENGOV), and later
mentions of the same surname inherit it. Noun phrases with a sector word but no country
("rebels", "the police") are kept with the sector alone; "the two leaders" resolves to the last two
people mentioned.
"""
from __future__ import annotations

import unicodedata

from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from eventwire.actors.kb import KnowledgeBase, Term, load_kb
from eventwire.model import Actor, Span
from eventwire.parse.nlp import text_of

MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod"}
PHRASE_LEFT_DEPS = {"amod", "compound", "poss", "nmod", "det", "nummod", "npadvmod", "quantmod"}
BACKING_LEMMAS = {"back", "support", "sponsor", "ally", "arm", "fund", "train", "equip"}
STANCE_PREFIXES = {"pro", "anti"}  # "pro-Russian rebels", "anti-Syria politicians": a stance, not a country
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "into", "from"}
CROWD_WORDS = {"thousands", "hundreds", "dozens", "scores", "tens"}  # a crowd named by its size
UNKNOWN_COUNTRY = "---"  # CAMEO's country part for an actor whose country is not known
ROLE_PRIORITY = {"person": 0, "organization": 1, "country": 2, "seat": 3, "capital": 3, "national": 4, "adjective": 5}
NOUN_POS = {"NOUN", "PROPN"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "dative"}


@dataclass
class ActorTags:
    """The actors of one doc, and which actors each token belongs to."""

    actors: list[Actor] = field(default_factory=list)
    by_token: dict[int, tuple[Actor, ...]] = field(default_factory=dict)
    groups: dict[int, tuple[Actor, ...]] = field(default_factory=dict)  # token of a group phrase -> members
    # a country named only by an adjective on a non-actor noun ("Israeli changes"): used when that
    # noun is an event's argument and nothing better is there
    latent: dict[int, tuple[Actor, ...]] = field(default_factory=dict)

    def at(self, token_i: int) -> tuple[Actor, ...]:
        return self.groups.get(token_i) or self.by_token.get(token_i, ())

    def add(self, actor: Actor, tokens: range, members: tuple[Actor, ...] | None = None) -> None:
        self.actors.append(actor)
        for i in tokens:
            if members:
                self.groups[i] = members
            prior = self.by_token.get(i, ())
            # an inner, more specific mention keeps the token; coordinated members share it
            if not prior or prior[0].span.contains(actor.span) and prior[0].span != actor.span:
                self.by_token[i] = (actor,)
            elif prior[0].span == actor.span and actor not in prior:
                self.by_token[i] = prior + (actor,)


@lru_cache(maxsize=4)
def _matcher(vocab, kb: KnowledgeBase):
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(vocab, attr="ORTH")
    texts = kb.surface_forms()
    # make_doc tokenisation matches the pipeline's tokenizer
    from spacy.tokens import Doc

    patterns = [Doc(vocab, words=_words(text)) for text in texts]
    matcher.add("ACTOR_TERM", patterns)
    return matcher


def _words(text: str) -> list[str]:
    # A light tokenisation close to spaCy's for names: split on spaces, split off "-" between letters.
    out: list[str] = []
    for part in text.split():
        if len(part) > 2 and part[-1] in "'’" and part[-2] == "s":
            out += [part[:-1], part[-1]]  # "Workers'": spaCy splits the plural's apostrophe off
            continue
        if len(part) > 3 and part[-2] in "'’" and part[-1] in "sS" and part[-3].isalpha():
            out += [part[:-2], part[-2:]]  # "People's": and the possessive's "'s"
            continue
        pieces = part.split("-")
        for k, piece in enumerate(pieces):
            if k:
                out.append("-")
            if piece:
                out.append(piece)
    return out


INFORMATION_NOUNS = {"intelligence"}  # a service, or what it gathers: "shared intelligence with Israel"
GIVING_LEMMAS = {"provide", "share", "give", "supply", "pass", "exchange", "gather", "collect", "offer", "hand",
                 "receive", "obtain", "deliver", "sell", "feed", "leak", "swap", "trade"}


def _information_given(token) -> bool:
    """"intelligence" as the thing given or gathered (object of "provide", "share", ..., or a
    conjunct of that object), not the service that gathers it."""
    if token.lemma_.lower() not in INFORMATION_NOUNS or any(c.dep_ == "det" and c.lower_ in ("the", "its", "their")
                                                            for c in token.children):
        return False
    obj = token
    while obj.dep_ == "conj":
        obj = obj.head
    return obj.dep_ == "dobj" and obj.head.lemma_.lower() in GIVING_LEMMAS


def _materiel_given(token, kb: KnowledgeBase) -> bool:
    """Weapons as the thing sold or supplied ("agreed to sell artillery to Riyadh", "supplied drones
    and missiles"), or "the artillery" that refers back to weapons sold or supplied in this sentence
    or the three before: a thing, not the force that fires it."""
    lemma = token.lemma_.lower()
    if lemma not in kb.materiel and token.lower_ not in kb.materiel:
        return False
    if any(c.dep_ in ("poss", "amod", "compound", "nmod") and c.pos_ in ("PROPN", "PRON", "ADJ", "NOUN")
           and c.lower_ not in ("more", "new", "heavy", "modern", "advanced") for c in token.lefts):
        return False  # "Russian artillery", "its drones", "regime artillery": someone's force
    obj = token
    while obj.dep_ == "conj":
        obj = obj.head
    if obj.dep_ in ("dobj", "nsubjpass") and obj.head.lemma_.lower() in GIVING_LEMMAS:
        return True
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this") for c in token.children):
        return False
    doc = token.doc
    first = token.sent
    for _ in range(3):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    return any(t.lemma_.lower() == lemma and t.i != token.i and _materiel_given(t, kb)
               for t in doc[first.start:token.i])


HELD_MATERIEL = {"position", "target", "base", "camp", "checkpoint", "headquarters", "outpost", "depot", "convoy",
                 "hideout", "stronghold"}


def held_materiel_sector(token, kb: KnowledgeBase) -> str | None:
    """The sector of whoever holds a place or a column of an armed side named by a sector word before it, as an
    argument ("shelled rebel positions" REB, "attacked a military base" MIL, "raided opposition headquarters" OPP):
    the side struck. Not weapons ("Russian artillery" is a force, found with its country) nor things given."""
    if token.pos_ != "NOUN" or token.dep_ not in ARGUMENT_DEPS or token.lemma_.lower() not in HELD_MATERIEL:
        return None
    return modifier_sector(token, kb, medium=False)


def _people_noun(token, kb: KnowledgeBase) -> bool:
    """A capitalised word the sector nouns list as a community ("Kurd", "Tamils", "Hutu"): in a PERSON
    entity beside a country word ("Turkish Kurd"), the NER's mistake for a people."""
    return (token.text[:1].isupper() and not token.is_sent_start
            and kb.sector_nouns.get(token.text.lower()) == "CVL")


def _first_name_not_people(ent, kb: KnowledgeBase, anchors) -> bool:
    """A PERSON entity that is only a people's adjective from ``home_peoples`` ("Karen", also a first
    name), and stands alone rather than before a noun ("Karen guerrillas"): the person."""
    if any(not (a.start == ent.start and a.end == ent.end) for a in anchors
           if a.start < ent.end and ent.start < a.end):
        return False
    terms = kb.terms_for(ent.text)
    return (bool(terms) and all((t.evidence or "").startswith("actors.yaml:home_peoples/") for t in terms)
            and ent.root.dep_ not in MODIFIER_DEPS)


def _choose_term(terms: list[Term], span, published: date | None) -> Term | None:
    people = [t for t in terms if t.role == "person"]
    if people:
        return _choose_person(people, span, published)
    root = span.root
    adjectival = root.pos_ == "ADJ" or root.dep_ == "amod"
    ranked = sorted(terms, key=lambda t: ROLE_PRIORITY[t.role])
    if adjectival:
        adj = [t for t in ranked if t.role == "adjective"]
        if adj:
            return adj[0]
    non_adj = [t for t in ranked if t.role != "adjective"]
    return (non_adj or ranked)[0]


FORMER_WORDS = {"former", "ex", "ex-", "late", "ousted", "deposed", "exiled", "toppled", "onetime", "one-time"}
# Which office wins when people share a name on the same day (people.csv's role column).
OFFICE_RANK = {"head_of_state": 0, "head_of_government": 0, "igo_head": 1, "foreign_minister": 2,
               "defence_minister": 2, "military_chief": 3, "group_leader": 3, "other": 4}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "lord", "dame", "sheikh", "mullah", "jr", "sr"}


def _choose_person(people: list[Term], span, published: date | None) -> Term | None:
    """The office holder a known name stands for on ``published``.

    A term covering the date wins (heads of state and government before ministers); without a
    date, the most recent term counts as current. A name whose terms all end before the date (or
    start after it) is a former official: country and sector ``ELI`` ("USAELI"), CAMEO's code for
    former officials and elites. A name inside a longer PERSON name that is someone else's ("Hunter
    Biden", "Maher al-Assad") is not coded from the table.
    """
    if _someone_elses_name(span, people):
        return None
    if published is None:
        return max(people, key=lambda t: (t.valid_from or date.min, -OFFICE_RANK.get(t.office or "", 9)))
    current = [t for t in people if t.valid_on(published)]
    if current:
        return min(current, key=lambda t: OFFICE_RANK.get(t.office or "", 9))
    ended = [t for t in people if t.valid_to and t.valid_to <= published]
    term = (max(ended, key=lambda t: t.valid_to) if ended
            else min(people, key=lambda t: t.valid_from or date.min))
    own_code = term.code if term.country is None or term.code != f"{term.country}{term.sector or ''}" else None
    code = f"{own_code}ELI" if own_code else f"{term.country}ELI"
    return replace(term, code=code, sector="ELI", evidence=f"{term.evidence}+former")


OTHER_NAME_LABELS = {"GPE", "LOC", "FAC", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP"}
MIN_SENTENCES_FOR_FOCUS = 5  # an article long enough for its countries to say whom a surname means


def _not_the_known_person(span, people: list[Term], kb: KnowledgeBase, anchors, named_countries: set) -> bool:
    """Whether a known person's name or alias here names someone or something else:
    inside a longer name of a place, building or body ("San Marcos", "the Obama Foundation"; a title
    or sector word in the name keeps it: "the Trump administration"); a surname alone after someone
    else with that surname ("Lisa Johnson ... Johnson said"); or a surname alone in an article that
    names neither the person in full nor any place or actor of the person's country ("Johnson said"
    in a story about Kentucky schools)."""
    doc = span.doc
    for ent in doc.ents:
        if ent.label_ in OTHER_NAME_LABELS and ent.start <= span.start and span.end <= ent.end and len(ent) > len(span):
            extra = [t for t in ent if not span.start <= t.i < span.end and not t.is_punct
                     and t.dep_ not in ("det", "case")]
            if extra and not any(_actor_word(t, kb) for t in extra):
                return True
    if len(span) != 1:
        return False
    for ent in doc.ents:  # a person named before with this surname and another first name
        if ent.label_ == "PERSON" and ent.end <= span.start and len(ent) > 1 and ent[-1].text == span.text \
                and _someone_elses_name(ent[-1:], people):
            return True
    if len(list(doc.sents)) < MIN_SENTENCES_FOR_FOCUS:
        return False
    names = {t.name for t in people}
    full = any(len(a) > 1 and any(t.role == "person" and t.name in names for t in kb.terms_for(a.text)) for a in anchors)
    return not full and not any(t.country in named_countries for t in people if t.country)


def _someone_elses_name(span, people: list[Term]) -> bool:
    """Whether ``span`` lies in a PERSON entity with a further name word that fits none of the
    people's names: "Hunter Biden" (not Joe), but "Sergey Lavrov" for "Sergei Lavrov" (the first
    three letters agree) and "President Obama" (a title) stay the known person."""
    doc = span.doc
    ent = next((e for e in doc.ents if e.label_ == "PERSON" and e.start <= span.start and span.end <= e.end
                and len(e) > len(span)), None)
    if ent is None:
        return False
    kb = load_kb()
    known = {_name_stem(w) for t in people for w in t.name.replace("-", " ").split()}
    for token in ent:
        if span.start <= token.i < span.end or not token.is_alpha or not token.text[0].isupper():
            continue
        word = token.lower_
        if word in kb.titles or word in HONORIFICS or kb.terms_for(token.text):
            continue
        if _name_stem(token.text) not in known:
            return True
    return False


def _name_stem(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    return plain[:3]


def _lower_phrase(tokens) -> str:
    return " ".join(t.lemma_.lower() if t.pos_ == "NOUN" else t.text.lower() for t in tokens)


def _of_phrase(head) -> tuple[str, int] | None:
    """"chief of staff", "chief of army staff", "head of state": the head with an "of" phrase that
    names its office (lower case, without determiners), and the index just after that phrase."""
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != head.i + 1:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                words = [t.lower_ for t in obj.lefts if t.dep_ in ("compound", "amod")] + [obj.lower_]
                if all(t.dep_ in ("compound", "amod", "det") for t in obj.lefts):
                    return f"{head.lemma_.lower()} of {' '.join(words)}", obj.i + 1
    return None


def office_end(head, kb: KnowledgeBase) -> int:
    """The end (exclusive token index) of the actor phrase headed by ``head``: after an "of" phrase
    that names the office ("Nigeria's chief of army staff"), else just after the head."""
    found = _of_phrase(head)
    return found[1] if found and _office_sector(head, found[0], kb) else head.i + 1


def _office_sector(head, phrase: str, kb: KnowledgeBase) -> str | None:
    """The sector of "chief of staff" and the like, with a compound before it ("army chief of staff")."""
    for c in head.lefts:
        if c.dep_ in ("compound", "amod") and f"{c.lower_} {phrase}" in kb.sector_nouns:
            return kb.sector_nouns[f"{c.lower_} {phrase}"]
    return kb.sector_nouns.get(phrase)


def head_sector(head, kb: KnowledgeBase) -> tuple[str | None, str]:
    """Sector from a head noun (with a preceding compound word: "security forces", "prime minister",
    or an "of" phrase naming an office: "chief of staff"). A phrase found whole ("attorney
    general", "security adviser") says how: "phrase", and a modifier does not change its sector."""
    of_phrase = _of_phrase(head)
    if of_phrase:
        sector = _office_sector(head, of_phrase[0], kb)
        if sector:
            return sector, "phrase"
    compounds = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.pos_ in NOUN_POS | {"ADJ", "VERB"}]
    for c in compounds:
        phrase = f"{c.text.lower()} {head.lemma_.lower()}"
        phrase_plain = f"{c.text.lower()} {head.text.lower()}"
        for p in (phrase, phrase_plain):
            if p in kb.non_actor_heads:
                return None, ""  # "a gas tank", "a think tank": not the weapon or force the head word names
            if p in kb.sector_nouns:
                return kb.sector_nouns[p], "phrase"
            if p in kb.materiel:
                return "MIL", "materiel"
    generic = generic_head_sector(head, kb)
    if generic is not None:
        return generic or None, "phrase" if generic else ""
    institution = _institution_sector(head, kb)
    if institution:
        return institution, "phrase"  # "the Catholic Church": the institution, not a church where people are
    for key in (head.lemma_.lower(), head.text.lower()):
        if key in kb.sector_nouns:
            return kb.sector_nouns[key], "head"
        if key in kb.materiel:
            return "MIL", "materiel"
    return None, ""


def generic_head_sector(head, kb: KnowledgeBase) -> str | None:
    """The sector of a unit, rank or agent word (``generic_heads``: "unit", "officer", "patrol") from
    the common noun before it: a sector noun's ("a police patrol" COP, "an intelligence unit" SPY),
    "" when that noun names another trade ("the intensive care unit", "a marketing officer"), None
    when no such noun qualifies it ("the unit", "Israeli officers", "FBI agents")."""
    if head.lemma_.lower() not in kb.generic_heads and head.lower_ not in kb.generic_heads:
        return None
    nouns = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ in NOUN_POS and not kb.terms_for(c.text)]
    return _noun_sector(nouns[-1], kb) if nouns else None


def _noun_sector(noun, kb: KnowledgeBase) -> str:
    """The sector a noun names on its own or with its compound ("police", "border patrol", "resistance"),
    or ""."""
    keys = [f"{c.lower_} {noun.lower_}" for c in noun.lefts if c.dep_ == "compound"]
    for key in keys + [noun.lemma_.lower(), noun.lower_]:
        if key in kb.sector_nouns:
            return kb.sector_nouns[key]
        if key in kb.materiel:
            return "MIL"
    return kb.sector_modifiers.get(noun.lower_, "")


def _institution_sector(head, kb: KnowledgeBase) -> str | None:
    """"the Catholic Church", "the Russian Orthodox Church": a capitalised institution noun inside a
    sentence, with a qualifier and no owner ("St Mary's Church" is a building), names the institution
    (``institution_nouns`` in actors.yaml)."""
    sector = kb.institution_nouns.get(head.lemma_.lower()) or kb.institution_nouns.get(head.lower_)
    if not sector or not head.text[:1].isupper() or head.is_sent_start:
        return None
    lefts = list(head.lefts)
    if any(c.dep_ == "poss" for c in lefts):
        return None
    qualified = any(c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper() for c in lefts) or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in head.rights)
    return sector if qualified else None


# Office words whose "of" phrase names a portfolio ("Minister of Business", "Ministry of Police",
# "Secretary of State"): the portfolio word is no actor of its own.
PORTFOLIO_HEADS = {"minister", "ministry", "secretary", "department", "secretariat", "commissioner", "directorate",
                   "portfolio"}


def _portfolio_word(token) -> bool:
    """The portfolio in "Minister of Business", "the Ministry of Police": part of the office's name."""
    prep = token.head
    while token.dep_ == "conj":  # "Minister of Trade and Industry"
        token = token.head
        prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in PORTFOLIO_HEADS
            and prep.head.i < token.i)


MEDIA_VERBS = {"report", "publish", "write", "print", "cite", "quote"}


def _unit_named_medium(token, kb: KnowledgeBase) -> bool:
    """"The Battalion, the student newspaper, reported ...": a capitalised unit word alone (only a
    determiner before it) that is a newspaper's name, told by an apposition with a media noun or by
    being the subject of "reported"/"published" as a named organisation."""
    if token.lemma_.lower() not in kb.unit_nouns and token.lower_ not in kb.unit_nouns:
        return False
    if not token.text[:1].isupper() or token.is_sent_start or any(c.dep_ != "det" for c in token.lefts):
        return False
    nouns = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
    if any(kb.sector_nouns.get(n.lemma_.lower()) == "MED" for n in nouns):
        return True
    return (token.dep_ == "nsubj" and token.head.lemma_.lower() in MEDIA_VERBS
            and token.ent_type_ in ("ORG", "WORK_OF_ART"))


def stance_prefix(token) -> str | None:
    """"pro" or "anti" when ``token`` is the object of a stance ("anti-government", "pro-regime",
    tokenised as "anti", "-", "government" or as one word), else None."""
    prefix, dash, _rest = token.lower_.partition("-")
    if dash and prefix in STANCE_PREFIXES:
        return prefix
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in STANCE_PREFIXES:
        return doc[token.i - 2].lower_
    return None


# What a stance against a sector makes of its holders: those against the government are its
# opposition ("anti-government protesters" OPP, "anti-regime forces" REB); against any other
# sector ("anti-police riots", "anti-war marchers") the phrase is not that sector.
AGAINST_SECTOR = {"GOV": "OPP"}


def modifier_sector(head, kb: KnowledgeBase, *, medium: bool = True) -> str | None:
    """The sector a modifier of ``head`` gives ("rebel enclave" REB, "government positions" GOV);
    without ``medium``, a word that names only where a force acts ("air") gives none."""
    for child in head.lefts:
        word = child.text.lower()
        prefix = stance_prefix(child)
        if prefix:
            word = word.partition("-")[2] or word
        if not medium and word in kb.medium_modifiers:
            continue  # "the air bags", "air travellers": no force
        if child.dep_ in ("amod", "compound", "nmod") and word in kb.sector_modifiers:
            if child.pos_ == "PROPN" and child.ent_type_ in ("ORG", "PRODUCT", "FAC", "WORK_OF_ART") \
                    and word not in kb.sector_nouns:
                continue  # "Air France", "Air India": a word of a company's name, not the air force
            if prefix == "anti":
                return AGAINST_SECTOR.get(kb.sector_modifiers[word])
            if prefix:
                continue  # "pro-military groups": not the military
            return kb.sector_modifiers[word]
    return None


RELATION_HEADS = {"ally", "partner", "proxy", "backer", "sponsor", "patron"}  # "Israel's militia ally": not Israel's
STATE_BODY_MODIFIERS = {"central"}  # "the governor of the central bank": an organ of the state


def _body_sector(noun, kb: KnowledgeBase) -> str | None:
    """The sector of a body that is not a state ("the San Marino chapter" NGO, "the Senate" LEG,
    "a state oil company" BUS), from ``led_bodies`` in actors.yaml."""
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    if any(m.lower_ in STATE_BODY_MODIFIERS for m in mods):
        return None
    for key in [f"{m.lower_} {noun.lemma_.lower()}" for m in mods] + [noun.lemma_.lower(), noun.lower_]:
        if key in kb.led_bodies:
            return kb.led_bodies[key]
    return None


# Words of an organisation's name that say it is a movement or front of unknown kind (armed or
# political): its leader's sector is not guessed from the name.
MOVEMENT_WORDS = {"movement", "front", "liberation", "alliance", "coalition", "brigades", "resistance",
                  "revolutionary", "islamic", "national"}
# Words of a body's name that make it an organ of a state ("State Department", "Federal Bureau of
# Investigation", "Election Commission"): its officers keep the title's own sector.
STATE_BODY_WORDS = {"department", "agency", "bureau", "commission", "office", "directorate", "committee", "council",
                    "service", "federal", "state", "ministry", "secretariat", "inspectorate", "commissioner",
                    "administration", "authority", "house", "republic", "kingdom", "government"}
# Portfolios of a state's offices: the word before "Secretary"/"Minister" is no company's name.
PORTFOLIOS = {"defence", "defense", "foreign", "home", "interior", "finance", "health", "education", "trade", "justice",
              "energy", "transport", "treasury", "state", "agriculture", "labour", "labor", "environment", "culture",
              "commerce", "economy", "security", "information", "communications", "housing", "immigration",
              "veterans", "homeland", "war", "navy", "development", "industry", "business", "tourism", "sports",
              "exterior", "planning", "water", "mines", "petroleum", "oil"}
NAME_BODY_LABELS = {"ORG", "PRODUCT", "FAC", ""}  # entity types of a body's name ("Cadillac", "DeltaTrak")


def named_body_sector(token, kb: KnowledgeBase) -> str | None:
    """The sector of an organisation named by a proper noun the knowledge base does not know
    ("president and CEO of DeltaTrak", "Cadillac President ...", "the Alberta Liquor Store
    Association"): a body word in its name gives it ("Association" NGO, "University" EDU, "Ministry"
    GOV, "Police" COP), else a company (BUS). None for a country, a capital, a known organisation or
    person, and for a name that reads as a movement or front."""
    if token.pos_ != "PROPN" or token.is_sent_start and not token.ent_type_:
        return None
    doc = token.doc
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    if ent is not None and ent.label_ == "PERSON":
        # "Cadillac President Johan de Nysschen" taken whole for a name: the word before the title
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is None or after.i >= ent.end or (after.lower_ not in kb.titles and after.lower_ not in kb.body_leaders):
            return None
        ent = None
    elif token.ent_type_ not in NAME_BODY_LABELS:
        return None
    words = [t for t in (ent if ent is not None else [token]) if not t.is_punct and t.dep_ != "det"]
    if not words or any(kb.terms_for(t.text) for t in words) or (ent is not None and kb.terms_for(ent.text)):
        return None
    if any(t.lower_ in kb.titles or t.lower_ in kb.body_leaders for t in words):
        return None  # "President Ruto": a title and a name, not a body
    for t in reversed(words):
        for key in (t.lower_, t.lemma_.lower()):
            if key in kb.led_bodies:
                return kb.led_bodies[key]
            if key in kb.sector_nouns:
                return kb.sector_nouns[key]
    if any(t.lower_ in MOVEMENT_WORDS or t.lower_ in STATE_BODY_WORDS for t in words):
        return None
    return "BUS"


def led_body_sector(head, kb: KnowledgeBase) -> str | None:
    """"the president of the chapter", "the company chairman", "a union official", "the president of
    the Senate", "the university's vice president", "president of DeltaTrak": a leader of a body
    that is not a state takes the body's sector, not GOV."""
    if head.lemma_.lower() not in kb.body_leaders and head.lower_ not in kb.body_leaders:
        return None
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found = _body_sector(obj, kb) or named_body_sector(obj, kb)
                    if found:
                        return found
    for c in head.lefts:
        if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "NOUN":
            found = _body_sector(c, kb)
            if found:
                return found
    return None


# Sectors of titles that name a rank of their own ("Army chief", "police chief", "intelligence chief"):
# the body a leader word points to does not override them.
RANK_SECTORS = {"MIL", "COP", "JUD", "SPY", "REL", "REB", "OPP", "INS", "ELI"}


def _title_body_sector(tokens, kb: KnowledgeBase) -> str | None:
    """The body a title before or after a name leads, when it is not a state: "Cadillac President",
    "the company's chairman", "president of the Manitoba Dairy Farmers Association" (see
    :func:`led_body_sector` and :func:`named_body_sector`)."""
    leaders = [t for t in tokens if t.lemma_.lower() in kb.body_leaders or t.lower_ in kb.body_leaders]
    if not leaders:
        return None
    for leader in reversed(leaders):  # "president and chief executive of Nortrak": the "of" hangs on the first
        found = led_body_sector(leader, kb)
        if found:
            return found
    ids = {t.i for t in tokens}
    i = leaders[0].i - 1
    while i in ids and (tokens[0].doc[i].is_punct or tokens[0].doc[i].dep_ == "case"
                        or tokens[0].doc[i].lower_ in ("vice", "deputy", "executive", "senior")):
        i -= 1
    if i not in ids:
        return None
    body = tokens[0].doc[i]
    if body.lower_ in PORTFOLIOS:
        return None  # "Defence Secretary Ben Wallace", "Foreign Minister X": a state's office
    return _body_sector(body, kb) if body.pos_ == "NOUN" else named_body_sector(body, kb)


def phrase_sector(head, kb: KnowledgeBase) -> str | None:
    led = led_body_sector(head, kb)
    if led:
        return led
    sector, how = head_sector(head, kb)
    mod = modifier_sector(head, kb)
    if sector is None:
        return None if head.lemma_.lower() in RELATION_HEADS else mod
    if how == "materiel":
        return "MIL"
    if how == "phrase":
        return sector  # "national security adviser": GOV, though "security" alone is COP
    if mod and head.lemma_.lower() in kb.role_heads:
        return mod
    if sector == "MIL" and mod in ARMED_NON_STATE:
        return "REB"  # "rebel forces", "opposition fighters' units", "militia forces": not a state's army
    return sector


ARMED_NON_STATE = {"REB", "OPP"}


def phrase_start(head, *, numbers: bool = False) -> int:
    """Index of the first token of the noun phrase headed by ``head`` (pre-modifiers only). The
    count is left out ("at least 14 civilians" -> "civilians") unless ``numbers`` ("The two leaders")."""
    start = head.i
    counted = [c for c in head.lefts if c.dep_ in ("nummod", "quantmod") and not numbers]
    if counted:
        start_after = max(t.i for c in counted for t in c.subtree) + 1
        modifiers = [c for c in head.lefts if c.i >= start_after and c.dep_ in PHRASE_LEFT_DEPS]
        return min([head.i] + [c.left_edge.i for c in modifiers])
    for child in head.lefts:
        if child.lower_ in LOCATIVE_PREPS:
            continue  # "protested outside parliament": a preposition the parser took for an adjective
        if child.tag_ == "VBG" and child.lemma_.lower() in BACKING_LEMMAS:
            continue  # "accused Chad of backing rebels": a verb taking the phrase as object
        if child.dep_ in PHRASE_LEFT_DEPS or child.dep_ in ("case", "punct") and child.i > start - 2:
            start = min(start, child.left_edge.i)
    # drop leading punctuation/adverbs ("even more raids")
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].pos_ in ("ADV", "CCONJ")):
        start += 1
    return start


def _span(doc, start_i: int, end_i: int) -> Span:
    return Span.of(text_of(doc), doc[start_i].idx, doc[end_i - 1].idx + len(doc[end_i - 1].text))


def _noun_top(token):
    """Climb from a modifier to the noun it modifies, through compounds ("Libyan army choppers")."""
    head = token.head
    while head.dep_ == "compound" and head.head.pos_ in NOUN_POS and head.head.i > head.i:
        head = head.head
    return head


def _is_backer(token) -> bool:
    """The backer in "Iranian-backed Iraqi militias", not the subject of "Portugal will support"."""
    head = token.head
    return (head.pos_ == "VERB" and head.tag_ == "VBN" and head.lemma_.lower() in BACKING_LEMMAS
            and head.i > token.i and token.dep_ in ("npadvmod", "compound", "amod", "nmod", "advmod"))


def _stance(span) -> bool:
    """The country of "pro-Russian", "anti-Syria", "anti-American": what a group is for or against."""
    doc = span.doc
    first = span[0]
    if first.lower_.split("-", 1)[0] in STANCE_PREFIXES and "-" in first.text:
        return True
    return span.start >= 2 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ in STANCE_PREFIXES


# Words that place what follows ("near Kabul", "outside Beirut") and directions before "of" ("south
# of Ramallah", "20 km northwest of Baghdad"), read from the words themselves: the parser often
# hangs a fronted "Near Kabul," on the wrong word.
PLACING_WORDS = {"near", "outside", "around", "nearby", "beyond", "across", "throughout", "inside", "within"}
DIRECTION_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                   "north-east", "north-west", "south-east", "south-west", "outskirts", "edge", "suburbs",
                   "outside", "heart", "centre", "center"}


def after_locative_words(span) -> bool:
    """Whether ``span`` follows a placing word ("near Kabul") or a direction and "of" ("south of
    Ramallah", "on the outskirts of Kabul"), with at most a "the" between."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0:
        return False
    if doc[i].lower_ in PLACING_WORDS:
        return True
    if doc[i].lower_ == "of" and i >= 1:
        before = doc[i - 1]
        word = before.lower_
        if word in DIRECTION_WORDS:
            return True
        if i >= 3 and word in ("east", "west") and doc[i - 2].text == "-":  # "north - west of" split by the tokenizer
            return True
    return False


# Entities whose name can hold a capital without being its government: "Atletico Madrid" (ORG),
# "Ford Crown Victoria" (PRODUCT), "Moscow Patriarchate", "Victoria Beckham" (PERSON).
NAME_LABELS = {"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "PERSON", "EVENT", "LAW"}
# Entity types of a neighbouring word that do not make a longer name ("Washington Monday").
NOT_NAME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "GPE", "LOC", "NORP"}


def _actor_word(token, kb: KnowledgeBase) -> bool:
    """A word that makes a phrase an actor or a place rather than a name: a title, a sector noun, a
    country or capital term ("the Beijing government", "Moscow Mayor ...")."""
    words = (token.lower_, token.lemma_.lower())
    return (any(w in kb.titles or w in kb.sector_nouns or w in kb.place_heads for w in words)
            or bool(kb.terms_for(token.text)))


def inside_longer_name(span, kb: KnowledgeBase) -> bool:
    """Whether a capital is one word of a longer proper name, which names a club, a car, a
    building or a person rather than the government: inside a longer ORG/PRODUCT/FAC/WORK_OF_ART/
    PERSON entity ("Ford Crown Victoria", "the Moscow Patriarchate"), or joined as a compound to a
    capitalised proper noun next to it that the NER left untyped ("Real Madrid", "Paris Saint-Germain").
    A title or sector noun in the name keeps it an actor ("the Beijing government", "Kremlin officials")."""
    doc = span.doc
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS or not (ent.start <= span.start and span.end <= ent.end) or len(ent) == len(span):
            continue
        extra = [t for t in ent if not span.start <= t.i < span.end and not t.is_punct and t.dep_ not in ("det", "case")]
        if extra and not any(_actor_word(t, kb) for t in extra):
            return True
    root = span[-1] if span[-1].head.i not in range(span.start, span.end) else span.root
    neighbours = []
    if span.start > 0:
        neighbours.append(doc[span.start - 1])
    if span.end < len(doc):
        neighbours.append(doc[span.end + 1] if doc[span.end].text == "-" and span.end + 1 < len(doc) else doc[span.end])
    for tok in neighbours:
        linked = (tok.head.i == root.i and tok.dep_ in ("compound", "flat")) or (
            root.head.i == tok.i and root.dep_ in ("compound", "flat")) or (
            tok.head.i == root.head.i and tok.dep_ == root.dep_ == "compound")
        if (linked and tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ not in NOT_NAME_LABELS
                and not _actor_word(tok, kb)):
            return True
    return False


# Words after a hyphen that make a country, capital or person a time, a style, a maker or a seat rather
# than an actor: "the Obama-era rule", "Soviet-style planning", "Russian-made drones" (the maker is
# not the one using them), "US-supplied rifles", "the London-based monitor" (where it sits).
NOT_ACTOR_AFTER_HYPHEN = {"era", "style", "made", "built", "designed", "manufactured", "produced", "supplied",
                          "type", "vintage", "born", "based"}


# Words after a hyphen that make a sector word the owner or backer of what follows: "state-run media",
# "a state-owned company", "government-sanctioned bodies", "a government-backed militia" (the phrase's
# head is the actor; "rebel-held areas" and "opposition-run areas" stay the rebels' and the opposition's).
OWNED_AFTER_HYPHEN = {"run", "owned", "backed", "sanctioned", "funded", "sponsored", "financed", "affiliated",
                      "linked", "aligned", "allied", "appointed", "operated", "approved", "supported"}


def hyphen_non_actor(span, words=NOT_ACTOR_AFTER_HYPHEN) -> bool:
    """Whether ``span`` is the first part of "X-era", "X-style", "X-made" and the like (of "X-run"
    and the like with ``words=OWNED_AFTER_HYPHEN``)."""
    doc = span.doc
    end = span.end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and not doc[end - 1].whitespace_:
        return doc[end + 1].lower_ in words
    last = doc[end - 1].lower_
    return "-" in last and last.rsplit("-", 1)[1] in words


def _led_noun(root):
    """"Saudi-led coalition": the noun a country leads (the country codes it, unlike a backer)."""
    head = root.head
    if head.lemma_.lower() == "lead" and head.tag_ == "VBN" and head.i > root.i and head.head.pos_ in NOUN_POS \
            and head.head.i > head.i and root.dep_ in ("npadvmod", "compound", "amod", "nmod", "advmod"):
        return _noun_top(head) if head.dep_ in MODIFIER_DEPS else head.head
    return None


PLACE_NOUNS = {"city", "town", "village", "capital", "port", "island", "region", "province", "state", "country",
               "nation", "district", "area", "municipality", "territory", "enclave", "outpost", "site"}


def _describes_place(head, kb: KnowledgeBase, place_tokens=frozenset()) -> bool:
    """A place noun in an apposition that describes a place named before it ("Osaka and Kobe, the two
    Japanese cities", "Mosul, the Iraqi city"): the demonym says where the place is, and belongs to no
    actor of the phrase."""
    if not _is_place_noun(head, kb):
        return False
    doc = head.doc
    start = phrase_start(head, numbers=True)
    if start == 0 or doc[start - 1].text not in (",", "(", "—", "–"):
        return head.dep_ == "appos" and _is_place_word(head.head, place_tokens)
    before = doc[start - 2] if start >= 2 else None
    return before is not None and _is_place_word(before, place_tokens)


def _is_place_noun(token, kb: KnowledgeBase) -> bool:
    return token.lemma_.lower() in PLACE_NOUNS or token.lemma_.lower() in kb.place_heads


def _is_place_word(token, place_tokens=frozenset()) -> bool:
    """A place name (found by the places stage, or a GPE/LOC entity), or a word coordinated with one
    ("Osaka and Kobe")."""
    return any(t.i in place_tokens or t.ent_type_ in ("GPE", "LOC", "FAC") for t in (token, *token.conjuncts))


SINGULAR_DETERMINERS = {"a", "an", "another", "one", "the", "each", "every"}


def _one_national(root) -> bool:
    """A country's adjective used as a singular noun for one of its people: "a Palestinian", "an
    Israeli was wounded", "the 17-year-old Palestinian" - the head of its phrase with a singular
    determiner (or an age), not a modifier of a noun after it ("a Palestinian official")."""
    if root.dep_ not in ARGUMENT_DEPS or root.tag_ not in ("NN", "NNP", "JJ"):
        return False  # "JJ": "wounded an Iraqi", the tagger's adjective in a noun's place
    doc = root.doc
    if any(t.i + 1 < len(doc) and doc[t.i + 1].pos_ in NOUN_POS for t in (root, *root.conjuncts)):
        return False  # "an Israeli soldier" misparsed: the noun after it is the head
    if any(c.dep_ == "amod" and c.text[:1].isupper() for t in root.conjuncts for c in t.lefts):
        return False  # "the Israeli and the Palestinian sides": both modify the last noun
    lefts = list(root.lefts)
    return any(c.dep_ in ("det", "nummod") and c.lower_ in SINGULAR_DETERMINERS for c in lefts) \
        or any(c.lower_.endswith("old") and c.dep_ == "amod" for c in lefts)


def _home_adjective(root, kb: KnowledgeBase, published) -> Term | None:
    """"Bosnian Serbs", "Turkish Kurds": a people qualified by the country it lives in."""
    for child in root.children:
        if child.dep_ in ("amod", "compound") and child.i < root.i:
            terms = kb.terms_for(child.text)
            term = _choose_term(terms, root.doc[child.i:child.i + 1], published) if terms else None
            if term is not None and term.role in ("adjective", "country") and term.country:
                return term
    return None


def find_actors(doc, *, published: date | None = None, kb: KnowledgeBase | None = None,
                places=()) -> ActorTags:
    """The actors of ``doc``. ``places`` (from the places stage) keep place names out of actor
    phrases: "Nigeria's Zamfara state" is a place, not Nigeria's government."""
    kb = kb or load_kb()
    tags = ActorTags()
    in_place: set[int] = set()
    place_tokens: set[int] = set()  # every token of a place the places stage found
    place_ranges: list[tuple[int, int]] = []
    for place in places:
        span = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
        if span is not None:
            place_tokens.update(range(span.start, span.end))
        if span is not None and len(span) > 1:  # multi-word place names ("Zamfara state", "Idlib province")
            in_place.update(range(span.start, span.end))
            place_ranges.append((span.start, span.end))
    matcher = _matcher(doc.vocab, kb)
    from spacy.util import filter_spans

    anchors = []
    for _, start, end in matcher(doc):
        span = doc[start:end]
        anchors.append(span)
    dateline = dateline_tokens(doc, kb)  # "KABUL, Afghanistan (AP) —": where and by whom a story was filed
    anchors = [a for a in filter_spans(anchors) if a.start not in dateline]
    person_ents = [_outside(e, dateline) for e in doc.ents if e.label_ == "PERSON" and e.end - 1 not in dateline]
    known_people: dict[str, Actor] = {}  # surname -> coded person seen earlier
    used: set[int] = set(dateline)

    # 1. people: KB names and PERSON entities, with titles
    people_spans = []
    named_countries = {t.country for a in anchors for t in kb.terms_for(a.text) if t.role != "person" and t.country}
    named_countries |= {p.country for p in places if p.country}
    for span in anchors:
        terms = kb.terms_for(span.text)
        if hyphen_non_actor(span):
            continue  # "the Obama-era rule": a time, not the person
        if any(t.role == "person" for t in terms):
            if _not_the_known_person(span, [t for t in terms if t.role == "person"], kb, anchors, named_countries):
                continue
            people_spans.append((span, _choose_term(terms, span, published)))
    covered = {i for s, _ in people_spans for i in range(s.start, s.end)} | dateline
    # a name after a title that the NER missed: "Kenyan President Ruto"
    for token in doc:
        if token.pos_ != "PROPN" or token.i in covered or token.dep_ == "compound":
            continue
        lefts = [c for c in token.lefts if c.dep_ == "compound"]
        titles = [c for c in lefts if c.lower_ in kb.titles]
        if not titles:
            continue
        first = max(titles, key=lambda c: c.i).i + 1
        title_ent = {e for t in titles for e in doc.ents if e.start <= t.i < e.end}  # "Manitoba Premier Brian X" as one ORG
        if first <= token.i and all(doc[i].pos_ == "PROPN" and (doc[i].ent_type_ in ("", "PERSON")
                                                                 or any(e.start <= i < e.end for e in title_ent))
                                    and not _actor_word(doc[i], kb) and not _common_noun_word(doc[i], kb)
                                    for i in range(first, token.i + 1)) \
                and not kb.terms_for(doc[first:token.i + 1].text):
            # not "the General Administration", "the General Elections": a title word in another name
            span = doc[first:token.i + 1]
            people_spans.append((span, None))
            covered.update(range(span.start, span.end))
    place_spans = {(p.span.start, p.span.end) for p in places}
    # a long organisation name with "and" in it ("Islamic State of Iraq and al-Sham") is matched whole:
    # the NER's PERSON for a part of it ("al-Sham") is no one
    in_org_name = {i for a in anchors if len(a) > 1 and any(t.role == "organization" for t in kb.terms_for(a.text))
                   for i in range(a.start, a.end)}
    for ent in person_ents:
        if all(i in in_org_name for i in range(ent.start, ent.end)) or hyphen_non_actor(ent):
            continue
        if ent.end < len(doc) and doc[ent.end].lower_ in kb.place_heads:
            continue  # "Kyaung Gon village": a place the NER took for a person
        if (ent.start_char, ent.end_char) in place_spans:
            continue  # the places stage found it a place by its cues ("captured Jaffna")
        if len(ent) == 1 and ent.root.dep_ == "compound" \
                and f"{ent.root.lower_} {ent.root.head.lemma_.lower()}" in kb.sector_nouns:
            continue  # "Riot police" at the start of a sentence: a sector phrase, not a person
        if not any(i in covered for i in range(ent.start, ent.end)):
            if _first_name_not_people(ent, kb, anchors):
                people_spans.append((ent, None))  # "Karen said": a first name, not the Karen people
                continue
            # a PERSON entity that is really a country/capital term ("Ankara" mis-tagged) is not a person
            if any(a.start == ent.start and a.end == ent.end and kb.terms_for(a.text) for a in anchors):
                continue
            if all(any(a.start <= i < a.end and kb.terms_for(a.text) for a in anchors) or _people_noun(doc[i], kb)
                   for i in range(ent.start, ent.end)):
                continue  # "Bosnian Serbs", "Turkish Kurd refugees": country and people words only, a people
            people_spans.append((ent, None))
    for span, term in sorted(people_spans, key=lambda p: p[0].start):
        actor, tokens = _person_actor(doc, span, term, kb, anchors, known_people, dateline)
        tags.add(actor, tokens)
        used.update(tokens)
        if actor.code:
            known_people[span[-1].text] = actor
        elif span[-1].text in known_people and not _same_first_name(span, known_people[span[-1].text]):
            del known_people[span[-1].text]  # two people share the surname: it names neither alone
    # later mentions of a coded person's surname that the NER missed ("Later, Wekesa met ...")
    for token in doc:
        actor = known_people.get(token.text)
        if (actor is None or token.i in used or token.pos_ != "PROPN" or token.idx <= actor.span.start
                or any(token.i in range(s.start, s.end) for s in anchors)):
            continue
        tags.add(replace(actor, span=_span(doc, token.i, token.i + 1), head=token.idx,
                         evidence=f"same-person:{actor.span.text}"), range(token.i, token.i + 1))
        used.add(token.i)

    # 2. country / organisation anchors and the phrases they head or modify
    for span in anchors:
        if any(i in used for i in range(span.start, span.end)):
            continue
        if any(a <= span.start and span.end <= b and (a, b) != (span.start, span.end) for a, b in place_ranges):
            continue  # "Ireland" inside the place "Northern Ireland" is no actor
        term = _choose_term(kb.terms_for(span.text), span, published)
        if term is None or term.role == "person" or _stance(span) or hyphen_non_actor(span):
            continue  # "Soviet-era tanks", "Russian-made drones": a time or a maker, not an actor
        if term.role == "capital" and inside_longer_name(span, kb):
            # "Real Madrid", "a Ford Crown Victoria": a club or a car, not the government (a seat such as
            # "the Kremlin press service" names the government's own bodies, and stays)
            continue
        root = span[-1] if span[-1].head.i not in range(span.start, span.end) else span.root
        if term.role in ("capital", "seat") and root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
            continue  # "protested in Beirut": a place, not the government it seats
        if term.role in ("capital", "seat") and after_locative_words(span):
            continue  # "South of Ramallah, ...", "Near Kabul, ...": a place, however the parser hung it
        if _is_backer(root):
            continue
        # "tunisian rioters": a demonym in lower case codes a sector phrase only (not "the international community")
        lower = term.role == "adjective" and span.text.islower()
        head = _noun_top(root) if root.dep_ in MODIFIER_DEPS and root.head.i != root.i else None
        head = _led_noun(root) or head  # "Saudi-led coalition warplanes"
        if head is not None and head.i in in_place:
            continue  # "northwest Nigeria's Zamfara state": a qualifier of a place name
        if head is not None and head.pos_ in NOUN_POS and head.i not in used:
            if term.role == "adjective" and _describes_place(head, kb, place_tokens):
                # "Osaka and Kobe, the two Japanese cities hit by ...": where they are, no actor of the phrase
                used.update(range(phrase_start(head, numbers=True), head.i + 1))
                continue
            sector = phrase_sector(head, kb)
            if not sector and term.role in ("capital", "seat") and root.dep_ in ("compound", "nmod"):
                continue  # "a London rally", "the Kabul bombing": a place, not the government it seats
            if not sector and term.role == "capital" and root.dep_ == "poss" and _is_place_noun(head, kb):
                continue  # "Kabul's airport", "Damascus's suburbs": a part of the city, not its government
            if sector:
                members = _coordinated_possessors(root, span, kb, published)
                start, end = phrase_start(head), office_end(head, kb)
                group = None if members or term.role == "organization" else _group_in_phrase(
                    anchors, span, start, head, kb, published)
                if group is not None:  # "Colombia's ELN rebels", "Palestinian Hamas gunmen": the group's code
                    term = group
                # "Somalia's president" is one person; "Syrian forces" a group
                singular_title = head.tag_ in ("NN", "NNP") and (head.lemma_.lower() in kb.titles or end > head.i + 1)
                for member_term in members or [term]:
                    country = member_term.country
                    code = f"{country}{sector}" if country else member_term.code
                    if member_term.role == "organization":  # "ISWAP fighters", "Hamas officials": the group's code
                        code = member_term.code
                    kind = "person" if singular_title else (
                        "group" if member_term.kind == "country" else member_term.kind)
                    actor = Actor(_span(doc, start, end), code, country, sector, member_term.name,
                                  kind, f"{member_term.evidence}+sector:{sector}", head.idx)
                    tags.add(actor, range(start, end))
                used.update(range(start, end))
                continue
            if term.role == "adjective" and not lower:  # "Syrian civil war": a demonym on a non-actor noun is no actor
                latent = Actor(_span(doc, span.start, span.end), term.code, term.country, None, term.name,
                               "country", f"{term.evidence}+modifier-of:{head.text}", root.idx)
                tags.latent[head.i] = tags.latent.get(head.i, ()) + (latent,)
                continue
        if lower:
            continue  # "french fries", "polish the boots": a lower-case word is no country of its own
        if term.role == "adjective" and _one_national(root) and term.country:
            # "soldiers shot a Palestinian", "an Israeli was wounded": one of its people, as "Palestinians" are
            start = phrase_start(root)
            actor = Actor(_span(doc, start, span.end), f"{term.country}CVL", term.country, "CVL", term.name,
                          "person", f"{term.evidence}+national", root.idx)
            tags.add(actor, range(start, span.end))
            used.update(range(start, span.end))
            continue
        if term.role == "adjective":
            if root.dep_ in ("amod",) or root.pos_ == "ADJ":
                continue
            if term.evidence.startswith("actors.yaml:home_peoples/"):
                continue  # "Karen" on its own: a people's adjective codes a phrase, not a name
        tokens = range(span.start, span.end)
        sector = term.sector
        actor = Actor(_span(doc, span.start, span.end), term.code, term.country, sector, term.name,
                      term.kind, term.evidence, root.idx)
        home = _home_adjective(root, kb, published) if term.role == "national" else None
        if home is not None and home.country != term.country:
            # "Bosnian Serbs": the people of the country they live in (the phrase takes the adjective)
            start = min(span.start, min(c.i for c in root.children if c.dep_ in ("amod", "compound") and c.i < root.i))
            tokens = range(start, span.end)
            actor = Actor(_span(doc, start, span.end), f"{home.country}{sector}", home.country, sector, home.name,
                          "group", f"{term.evidence}+lives-in:{home.evidence}", root.idx)
        tags.add(actor, tokens)
        used.update(tokens)

    # 3. sector nouns without a country ("rebels", "the police", "protesters"), and group references
    for token in doc:
        if token.i in used or token.pos_ not in NOUN_POS or token.i in in_place:
            continue
        if token.dep_ == "compound" and token.head.pos_ in NOUN_POS:
            continue
        if token.dep_ == "amod" and token.head.pos_ in NOUN_POS and token.head.i < token.i:
            continue  # "the director general": a word after the noun it describes, not a general
        antecedent = _anaphor(token, kb, tags)
        if antecedent is not None:
            start = phrase_start(token)
            actor = replace(antecedent, span=_span(doc, start, token.i + 1), head=token.idx,
                            evidence=f"anaphor:{antecedent.span.text}|{antecedent.evidence}")
            tags.add(actor, range(start, token.i + 1))
            used.update(range(start, token.i + 1))
            continue
        group = _group_reference(token, kb, tags)
        if group:
            start = phrase_start(token, numbers=True)
            span = _span(doc, start, token.i + 1)
            members = tuple(replace(m, span=span, head=token.idx, evidence=f"group-reference:{m.evidence}")
                            for m in group)
            tags.add(members[0], range(start, token.i + 1), members=members)
            for m in members[1:]:
                tags.actors.append(m)
            used.update(range(start, token.i + 1))
            continue
        if token.lower_ == "others" and token.dep_ in ARGUMENT_DEPS:
            # "killing nine people and abducting 40 others": the same kind of people as before
            earlier = [a for a in tags.actors if a.kind == "group" and a.sector
                       and token.sent.start_char <= a.span.start < token.idx]
            if earlier:
                like = earlier[-1]
                start = phrase_start(token)
                tags.add(replace(like, span=_span(doc, start, token.i + 1), head=token.idx,
                                 evidence=f"others-like:{like.span.text}"), range(start, token.i + 1))
                used.update(range(start, token.i + 1))
            continue
        if token.lower_ in CROWD_WORDS and token.dep_ in ("nsubj", "nsubjpass") \
                and not any(c.dep_ == "prep" and c.lower_ == "of" and not any(g.lower_ in CROWD_WORDS for g in c.children)
                            for c in token.children):  # not "hundreds of soldiers"; "tens of thousands" is a crowd
            # "Thousands marched in Nairobi": an unnamed crowd, civilians of the place (context fills it)
            start = phrase_start(token, numbers=True)
            tags.add(Actor(_span(doc, start, token.i + 1), f"{UNKNOWN_COUNTRY}CVL", None, "CVL", None, "group",
                           f"crowd:{token.lower_}", token.idx), range(start, token.i + 1))
            used.update(range(start, token.i + 1))
            continue
        if token.lower_ == "general" and token.head.lower_ == "in" and token.i == token.head.i + 1 and not list(token.children):
            continue  # "condemned violence in general": an idiom, no general
        if token.lemma_.lower() == "state" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue  # "a state of emergency", "a state of siege": a condition, not the state
        if _information_given(token):
            continue  # "providing photographs and other intelligence to Macedonia": what is given, not an agency
        if _materiel_given(token, kb):
            continue  # "agreed to sell artillery to Riyadh": weapons as goods, not the force that fires them
        if stance_prefix(token) == "anti":
            continue  # "anti-junta", "anti-police": what a phrase is against, not an actor
        if hyphen_non_actor(doc[token.i:token.i + 1], OWNED_AFTER_HYPHEN) \
                and kb.sector_nouns.get(token.lemma_.lower()) not in ARMED_NON_STATE:
            continue  # "state-run media": the owner of a thing ("opposition-run areas" stay the opposition's)
        if _portfolio_word(token):
            continue  # "Minister of Business": the ministry's portfolio, not a business
        if _unit_named_medium(token, kb):
            start = phrase_start(token)
            tags.add(Actor(_span(doc, start, token.i + 1), f"{UNKNOWN_COUNTRY}MED", None, "MED", None, "group",
                           f"actors.yaml:unit_nouns/{token.lower_}+media-name", token.idx), range(start, token.i + 1))
            used.update(range(start, token.i + 1))
            continue
        sector, _how = head_sector(token, kb)
        held = None
        if _how == "materiel":
            held = held_materiel_sector(token, kb)
            if held is None:
                continue
            sector = held  # "rebel positions", "a military base": what the rebels or the army hold
        sector = led_body_sector(token, kb) or sector  # "the president of the club": not a head of state
        if sector is None:
            # "the main rebel stronghold", "government employees": a sector modifier on an argument noun that
            # names people, a body, a place or a vehicle (not "a military withdrawal", "government control")
            if token.pos_ != "NOUN" or token.dep_ not in ARGUMENT_DEPS or not (
                    token.lemma_.lower() in kb.modified_heads or token.lower_ in kb.modified_heads):
                continue
            sector = modifier_sector(token, kb, medium=False)
            if sector is None:
                continue
        sector = held or phrase_sector(token, kb) or sector
        if token.lemma_.lower() in CONTEXT_SECTOR_NOUNS and not any(
                c.dep_ in ("compound", "amod", "nmod") for c in token.lefts):
            sector = _context_sector(token, tags, kb) or sector  # "police fired at ... stones at officers": COP
        start, end = phrase_start(token), office_end(token, kb)
        state = _title_country(doc[start:end], kb)
        if state:  # "the Pope": a title of one state (VATREL)
            actor = Actor(_span(doc, start, end), f"{state}{sector}", state, sector, None, "person",
                          f"actors.yaml:title_countries/{state}+sector:{sector}", token.idx)
            tags.add(actor, range(start, end))
            used.update(range(start, end))
            continue
        owners = _possessor_group(token, tags)
        if owners:  # "the two countries' security services": that sector of each country
            shared = tuple(Actor(_span(doc, start, end), f"{m.country}{sector}", m.country, sector, None, "group",
                                 f"actors.yaml:sector_nouns/{token.lemma_.lower()}+group-possessor:{m.code}", token.idx)
                           for m in owners)
            tags.add(shared[0], range(start, end), members=shared)
            tags.actors.extend(shared[1:])
            used.update(range(start, end))
            continue
        # CAMEO writes an actor of unknown country with "---" ("---REB"); context may fill it in later
        actor = Actor(_span(doc, start, end), f"{UNKNOWN_COUNTRY}{sector}", None, sector, None, "group",
                      f"actors.yaml:sector_nouns/{token.lemma_.lower()}", token.idx)
        tags.add(actor, range(start, end))
        used.update(range(start, end))

    # 4. organisations the knowledge base does not know: kept with their text and no code
    for ent in doc.ents:
        if ent.label_ != "ORG" or any(i in used for i in range(ent.start, ent.end)) or len(ent.text) < 2:
            continue
        start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
        if start >= ent.end:
            continue
        end = _named_body_end(ent)
        if any(i in used for i in range(ent.end, end)):
            end = ent.end
        named_body = end > ent.end or doc[end - 1].pos_ == "PROPN"  # "the Umma party", "the Umma Party"
        sector = kb.led_bodies.get(doc[end - 1].lemma_.lower()) if named_body else None
        # no code of its own: the context may give it a country ("the Umma party" in Algiers: DZAPTY)
        actor = Actor(_span(doc, start, end), None, None, sector, doc[start:end].text, "organization", "ner:ORG",
                      ent.root.idx)
        tags.add(actor, range(start, end))
        used.update(range(start, end))
    tags.actors.sort(key=lambda a: (a.span.start, a.span.end))
    return tags


def _outside(ent, tokens: set[int]):
    """``ent`` without the leading tokens in ``tokens`` ("WASHINGTON Barack Obama" -> "Barack Obama")."""
    start = ent.start
    while start in tokens:
        start += 1
    return ent if start == ent.start else ent.doc[start:ent.end]


DATELINE_ENDS = ("—", "–", "-")
DATELINE_MAX_CHARS = 60


def dateline_tokens(doc, kb: KnowledgeBase) -> set[int]:
    """Indices of the tokens of a wire dateline, which the clean stage puts on a line of its own
    ("KABUL, Afghanistan (AP) —", "NAIROBI (Reuters) -"), or a capital in capitals that opens the text
    without a dash ("WASHINGTON Barack Obama pardoned ..."): its place, region and agency say where
    and by whom the story was filed, and are no actors of it."""
    text = text_of(doc)
    out = {t.i for t in doc[:1] if t.is_upper and len(t) > 2
           and any(term.role == "capital" for term in kb.terms_for(t.text.title()))}
    start = 0
    for line in text.split("\n"):
        words = line.split()
        if words and len(line) <= DATELINE_MAX_CHARS and line.rstrip().endswith(DATELINE_ENDS) \
                and words[0].strip(",").isupper():
            span = doc.char_span(start, start + len(line.rstrip()), alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        start += len(line) + 1
    return out


def _named_body_end(ent) -> int:
    """The end of an organisation's name with the noun it names ("the Umma (Nation) party", "the
    Kifaya group"), when the name only modifies that noun right after it; else the entity's end."""
    head = ent.root.head
    gap = ent.doc[ent.end:head.i]
    if head.i >= ent.end and head.pos_ == "NOUN" and len(gap) <= 3 and all(t.is_punct for t in gap):
        return head.i + 1
    return ent.end


CONTEXT_SECTOR_NOUNS = {"officer"}  # police or military officers: the context says which


def _context_sector(token, tags: ActorTags, kb: KnowledgeBase) -> str | None:
    """"officers" on their own: COP when the last police or military actor or word before them in the
    article is police ("Kenyan police ... killed three officers", "the police shooting ... shot by
    officers"), else None."""
    for t in reversed(token.doc[:token.i]):
        actors = tags.by_token.get(t.i, ())
        sector = actors[0].sector if actors else kb.sector_modifiers.get(t.lower_)
        if sector in ("COP", "MIL"):
            return sector
    return None


def _group_in_phrase(anchors, span, start: int, head, kb: KnowledgeBase, published) -> Term | None:
    """A known armed group named by its short name as a modifier of the phrase's head, after a
    country word ("Colombia's ELN rebels", "Turkey's PKK militants", "Palestinian Hamas gunmen"):
    the group, which names the actor more exactly than the country does. Only armed groups (kind
    ``group``): "Britain's UN ambassador" stays the country's diplomat."""
    for other in anchors:
        if other == span or not (start <= other.start and other.end <= head.i):
            continue
        if not any(t.dep_ in MODIFIER_DEPS and t.head.i == head.i for t in other):
            continue
        term = _choose_term(kb.terms_for(other.text), other, published)
        if term is not None and term.role == "organization" and term.kind == "group" and term.code:
            return term
    return None


def _coordinated_possessors(root, span, kb, published) -> list[Term]:
    """"Japan's and Korea's foreign ministers", "Hungarian and Romanian officials": one term per coordinated country."""
    if root.dep_ not in ("poss", "amod", "compound", "nmod"):  # "US and British activists": nmod + conj
        return []
    conj_terms = []
    for conj in root.conjuncts:
        terms = kb.terms_for(conj.text)
        if terms:
            term = _choose_term(terms, conj.doc[conj.i:conj.i + 1], published)
            if term:
                conj_terms.append(term)
    if not conj_terms:
        return []
    first = _choose_term(kb.terms_for(span.text), span, published)
    return [first, *conj_terms] if first else conj_terms


def _title_tokens(doc, span):
    """Tokens before a name that belong to its title phrase: "Kenyan Defence Minister",
    "Lebanon's new President" (the name's own pre-modifiers, contiguous, up to a comma)."""
    inside = {t.i for t in span.root.subtree}
    tokens = []
    i = span.start - 1
    while i >= 0:
        tok = doc[i]
        if tok.i in inside and tok.dep_ in ("compound", "amod", "nmod", "poss", "case", "punct") \
                and tok.text not in (",", "(", "“", '"', "—", "–"):
            tokens.insert(0, tok)
            i -= 1
            continue
        break
    return tokens


CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"}


def _phrase_tokens(head) -> list:
    """The words of the noun phrase headed by ``head``, without the clauses hung on it: in "Charlie,
    the British boy whose parents fought the courts", "courts" says nothing of the boy's title."""
    out = []

    def walk(tok):
        out.append(tok)
        for child in tok.children:
            if child.dep_ not in CLAUSE_DEPS:
                walk(child)

    walk(head)
    return sorted(out, key=lambda t: t.i)


def _appositive_title(span):
    """Title tokens after a name: "Peter Mwangi, Kenya's defence minister"; "Amina Yusuf, presidential ... spokeswoman"."""
    root = span.root
    for child in root.rights:
        if child.dep_ == "appos":
            return _phrase_tokens(child)
    head = root.head
    if root.dep_ in ("nmod", "compound", "appos") and head.i > span.end - 1 and head.pos_ == "NOUN":
        return [t for t in _phrase_tokens(head) if t.i >= span.end]
    return []


HOST_PREPS = {"to", "in", "at"}  # "ambassador to Egypt", "the embassy in Cairo": where a diplomat serves


def is_diplomat(token, kb: KnowledgeBase) -> bool:
    return token.lemma_.lower() in kb.diplomats or token.lower_ in kb.diplomats


def host_tokens(tokens, kb: KnowledgeBase) -> set[int]:
    """Indices of the words naming where a diplomat among ``tokens`` serves ("Greece's ambassador to
    Egypt", "the embassy in Cairo"): the host, which is not the state the diplomat serves."""
    out: set[int] = set()
    for t in tokens:
        if is_diplomat(t, kb):
            for prep in t.rights:
                if prep.dep_ == "prep" and prep.lower_ in HOST_PREPS:
                    out.update(x.i for x in prep.subtree)
    return out


def _after_host_prep(tokens, kb: KnowledgeBase) -> bool:
    """Title tokens right after a diplomat's "to"/"in" ("Greek envoy to Egypt Nikos Papas", parsed with
    "Egypt" on the name): the host country, not the person's title."""
    if not tokens or tokens[0].i == 0:
        return False
    prev = tokens[0].doc[tokens[0].i - 1]
    return prev.lower_ in HOST_PREPS and is_diplomat(prev.head, kb)


def _head_title(span, kb: KnowledgeBase, anchors):
    """A name set after the title it holds ("Greece's ambassador to Egypt, Nikos Papas,", "Kenya's
    defence minister, Amina Wekesa,"): that title's words, without the host of a diplomat, when they
    name a country or an organisation (a bare "the ambassador to Egypt, X" gives no one's code)."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.i >= span.start or head.pos_ != "NOUN" or not (
            head.lemma_.lower() in kb.titles or head.lower_ in kb.titles or is_diplomat(head, kb)):
        return []  # "the Somali town, Kismayo": a place's description, no title
    inside = {t.i for t in root.subtree}
    host = host_tokens([head], kb)
    tokens = [t for t in head.subtree if t.i < span.start and t.i not in inside and t.i not in host
              and not t.is_punct]
    ids = {t.i for t in tokens}
    if any(a.start in ids and any(term.country or term.role == "organization" for term in kb.terms_for(a.text))
           for a in anchors):
        return tokens
    return []


NON_STATE_TITLE_MODIFIERS = {"rebel", "insurgent", "militant", "jihadist", "opposition"}


def _title_sector(tokens, kb: KnowledgeBase) -> str | None:
    for t in tokens:  # "Rebel spokesman Bassam Haj Mustafa": a rebel's spokesman, not the government's
        if t.text.lower() in NON_STATE_TITLE_MODIFIERS and t.text.lower() in kb.sector_modifiers:
            return kb.sector_modifiers[t.text.lower()]
    words = [t.text.lower() for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    best = None
    for n in (4, 3, 2, 1):
        for k in range(len(words) - n + 1):
            for seq in (words[k:k + n], lemmas[k:k + n]):
                phrase = " ".join(seq)
                if phrase in kb.titles and not (n == 1 and _modifies_other_noun(tokens[k], kb)):
                    return kb.titles[phrase]
                if best is None and phrase in kb.sector_nouns and n == 1 and not _modifies_other_noun(tokens[k], kb):
                    generic = generic_head_sector(tokens[k], kb)  # "Corrections Officer": no rank of a force
                    best = kb.sector_nouns[phrase] if generic is None else generic or None
    for t in tokens:
        if t.text.lower() in kb.sector_modifiers and best is None:
            best = kb.sector_modifiers[t.text.lower()]
    return best


def _common_noun_word(token, kb: KnowledgeBase) -> bool:
    """A capitalised word that the knowledge base knows as a common noun of bodies, offices or events
    ("Manager", "Elections", "Association"): not a name after a title."""
    for word in (token.lower_, token.lower_[:-1] if token.lower_.endswith("s") else token.lower_):
        if word in kb.body_leaders or word in kb.non_actor_heads or word in kb.led_bodies:
            return True
    return False


def _modifies_other_noun(token, kb: KnowledgeBase) -> bool:
    """A title word used as a modifier of a noun that is no title ("General Manager", "the General
    Elections", "General Administration"): part of another phrase, not the person's rank."""
    head = token.head
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text == "-":
        return False  # "President-elect", "Secretary-General": one hyphenated title
    if head.ent_type_ == "PERSON" or head.pos_ == "PROPN" and not (_common_noun_word(head, kb) or _actor_word(head, kb)):
        return False  # "Premier Brian Pallister": the title of the name after it
    return (token.dep_ in ("compound", "amod") and head.i > token.i and head.pos_ in NOUN_POS
            and head.lower_ not in kb.titles and head.lemma_.lower() not in kb.titles)


def _country_in(tokens, kb: KnowledgeBase, anchors) -> Term | None:
    ids = {t.i for t in tokens}
    for span in anchors:
        if span.start in ids:
            if inside_longer_name(span, kb) and any(t.role in ("capital", "seat") for t in kb.terms_for(span.text)):
                continue  # "a survivor of the shooting at Lincoln Park High School": a school's name
            for term in sorted(kb.terms_for(span.text), key=lambda t: ROLE_PRIORITY[t.role]):
                if term.role in ("country", "adjective", "capital", "seat") and term.country:
                    return term
    return None


def _organization_in(tokens, kb: KnowledgeBase, anchors) -> Term | None:
    """"U.N. Secretary-General", "NATO Secretary General", "Hamas leader": the organisation of a title."""
    ids = {t.i for t in tokens}
    for span in anchors:
        if span.start in ids:
            for term in kb.terms_for(span.text):
                if term.role == "organization" and term.code:
                    return term
    return None


def _person_actor(doc, span, term: Term | None, kb, anchors, known_people, dateline: set[int]):
    before = [t for t in _title_tokens(doc, span) if t.i not in dateline]  # not "WASHINGTON" before a name
    if _after_host_prep(before, kb):
        before = []  # "Greek envoy to Egypt Nikos Papas": "Egypt" is where the envoy serves
    if before and not (_title_sector(before, kb) or _title_body_sector(before, kb) or _country_in(before, kb, anchors)
                       or _organization_in(before, kb, anchors) or _title_country(before, kb)
                       or any(t.lower_ in FORMER_WORDS for t in before)
                       or all(t.pos_ == "PROPN" for t in before)):  # "Hunter Biden": a first name stays
        before = []  # "by a considerable margin - Rajapaksa": words before the name that hold no title
    after = _appositive_title(span)
    if not after:  # "Greece's ambassador to Egypt, Nikos Papas"; "The French commander in Mali, General X"
        after = _head_title(span, kb, anchors)
    host = host_tokens(after, kb)  # "Nikos Papas, the ambassador to Egypt": Egypt is no title country
    after_own = [t for t in after if t.i not in host]
    title_sector = _title_sector(before, kb) or _title_sector(after_own, kb)
    if title_sector not in RANK_SECTORS:  # "Cadillac President X", "X, president of DeltaTrak": the body's sector
        title_sector = _title_body_sector(before, kb) or _title_body_sector(after_own, kb) or title_sector
    country_term = _country_in(before, kb, anchors) or _country_in(after_own, kb, anchors)
    start = before[0].i if before else span.start
    while start < span.start and (doc[start].is_punct or doc[start].dep_ == "case"):
        start += 1
    name = span.text
    country = sector = code = None
    evidence = "ner:PERSON"
    if term is not None:
        country, sector, code, name, evidence = term.country, term.sector, term.code, term.name, term.evidence
    inherited = known_people.get(span[-1].text)
    if term is not None and not _titled_before(term, inherited):
        inherited = None  # a known name keeps the table's code unless the article gave it an office
    if inherited is not None and not _same_first_name(span, inherited):
        inherited = None  # "Chris Gard" after "Charlie Gard": a relative, not the same person
    if inherited is not None and not before and not after:
        country, sector, code, name = inherited.country, inherited.sector, inherited.code, inherited.name
        evidence = f"same-person:{inherited.span.text}"
    if title_sector and any(t.lower_ in FORMER_WORDS for t in before or after):
        title_sector = "ELI"  # "former President Obama", "ousted president Aristide": no longer in office
    org_term = None if country_term else (_organization_in(before, kb, anchors)
                                          or _organization_in(after_own, kb, anchors))
    if inherited is not None and (before or after) and not country_term and org_term is None:
        # "Ambassador Nikos Papas" after "Greece's ambassador to Egypt, Nikos Papas": a title without a
        # country keeps the person's country from the first mention
        sector = title_sector or inherited.sector
        country, name = inherited.country, inherited.name
        code = f"{country}{sector or ''}" if country else inherited.code
        evidence = f"title:{' '.join(t.text for t in before or after)}+same-person:{inherited.span.text}"
        actor = Actor(_span(doc, start, span.end), code, country, sector, name, "person", evidence, span.root.idx)
        return actor, range(start, span.end)
    if title_sector and org_term is not None:
        # "U.N. Secretary-General António Guterres": the organisation's code, not a country guessed from the sentence
        actor = Actor(_span(doc, start, span.end), org_term.code, org_term.country, org_term.sector, name, "person",
                      f"title:{' '.join(t.text for t in before or after)}+{org_term.evidence}", span.root.idx)
        return actor, range(start, span.end)
    if title_sector or country_term:
        country = country_term.country if country_term else (country or _title_country(before or after, kb))
        sector = title_sector or sector
        own_code = (term is not None and term.code and term.sector != "ELI" and not country_term
                    and term.code != f"{term.country or ''}{term.sector or ''}")
        if own_code:  # "Commander Hibatullah Akhundzada": a known person keeps the group's code of people.csv
            code, sector = term.code, term.sector
        elif country:
            code = f"{country}{sector or ''}"
        elif sector and code is None:
            code = None  # a title without a country does not make a code on its own
        evidence = f"title:{' '.join(t.text for t in before or after)}"
    actor = Actor(_span(doc, start, span.end), code, country, sector, name, "person", evidence, span.root.idx)
    return actor, range(start, span.end)


def _titled_before(term: Term, earlier: Actor | None) -> bool:
    """Whether a known person was named before in the article with a title ("French President
    Jacques Chirac ... Chirac said"): the later mention is the same office holder, whatever the table
    says of the article's date."""
    return earlier is not None and earlier.name == term.name and (earlier.evidence or "").startswith("title:")


def _same_first_name(span, inherited: Actor) -> bool:
    """Whether a name with the surname of a person named before can be that person: a surname alone,
    or with a title or a first name that fits ("Amina Wekesa" after "Amina Wekesa"), not with
    another first name ("Chris Gard" after "Charlie Gard")."""
    kb = load_kb()
    first = [t for t in span[:-1] if t.is_alpha and t.lower_ not in kb.titles and t.lower_ not in HONORIFICS]
    if not first:
        return True
    known = {_name_stem(w) for w in (inherited.name or inherited.span.text).replace("-", " ").split()}
    return all(_name_stem(t.text) in known for t in first)


def _title_country(tokens, kb: KnowledgeBase) -> str | None:
    """The one state of a title that exists in one state only ("Pope", "the pontiff": VAT), when
    nothing but the title is there ("the Coptic Pope" is another church's)."""
    words = [t for t in tokens if not t.is_punct and t.dep_ != "det"]
    found = {kb.title_countries.get(t.lemma_.lower()) or kb.title_countries.get(t.lower_) for t in words}
    return found.pop() if words and len(found) == 1 and None not in found else None


def _anaphor(token, kb: KnowledgeBase, tags: ActorTags) -> Actor | None:
    """"the group", "this movement": the last named actor of a fitting kind in this sentence or the
    three before, when the noun has no name or country of its own."""
    kinds = kb.anaphors.get(token.lower_)
    if not kinds or token.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children):
        return None
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    if any(c.lower_ not in kb.sector_modifiers or kb.terms_for(c.text) for c in modifiers):
        return None  # "Syria's opposition movement", "a new group": a phrase of its own
    sent = token.sent
    first = sent
    for _ in range(3):
        if first.start == 0:
            break
        first = token.doc[first.start - 1].sent
    # a named group or organisation ("Boko Haram", an organisation the NER found), not a phrase
    # made of a country and a sector word ("Myanmar military jets")
    named = [a for a in tags.actors if first.start_char <= a.span.start < token.idx and a.kind in kinds
             and not (a.evidence or "").startswith(UNNAMED_EVIDENCE)]
    if modifiers:  # "the militant group": a described group refers to a coded one only
        named = [a for a in named if a.code]
    latest = max(named, key=lambda a: a.span.start) if named else None
    return latest if latest is not None and (latest.code is None or not latest.code.startswith("---")) else None


# evidence of actors that are a country or sector word with a head noun, not a name
UNNAMED_EVIDENCE = ("countries.csv:", "actors.yaml:", "crowd:", "others-like:", "group-reference:")


def _possessor_group(token, tags: ActorTags) -> tuple[Actor, ...]:
    """The members of a group reference owning a sector noun ("the two countries' security services"), or ()."""
    for child in token.children:
        if child.dep_ == "poss":
            members = tags.groups.get(child.i, ())
            if len(members) > 1 and all((m.evidence or "").startswith("group-reference:") and m.country for m in members):
                return members
    return ()


def _group_reference(token, kb: KnowledgeBase, tags: ActorTags) -> tuple[Actor, ...] | None:
    lemma_plural = token.text.lower()
    if lemma_plural not in kb.group_references or token.tag_ not in ("NNS", "NNPS"):
        return None
    numbered = any(c.dep_ == "nummod" and c.text.lower() in ("two", "2") for c in token.children)
    both = any(c.text.lower() == "both" for c in token.children)
    if not (numbered or both):
        return None
    want = kb.group_references[lemma_plural]
    seen: list[Actor] = []
    sent_start = token.sent.start_char
    for actor in sorted(tags.actors, key=lambda a: a.span.start, reverse=True):
        # the referents come before the sentence ("Russia urged the two neighbors": not Russia)
        if actor.span.start >= sent_start or not actor.code:
            continue
        if want != "any" and actor.kind != want:
            continue
        if any(a.name == actor.name for a in seen):
            continue
        seen.append(actor)
        if len(seen) == 2:
            return tuple(reversed(seen))
    return None
