"""Find counted phrases ("21 Kenyan soldiers", "two Iraqi army choppers") and what they count.

For each number phrase of a parsed ``Doc``, :func:`find_counts`

1. reads the number with :func:`~eventwire.quantities.numbers.parse_number`, taking in the words
   that bound it ("at least", "more than", "between ... and");
2. finds the noun it counts: the noun the number modifies ("21 Kenyan soldiers"), the noun after
   ``of`` ("three of Iran's frigates", "dozens of people"), or none ("killed 21");
3. finds the word that gives the count its kind (``count_kinds.yaml``), first from the words that
   govern the phrase:
   * the verb whose object it is, shared by every member of a list: "destroyed eight pickup trucks,
     11 artillery pieces ... and 95 fighters"; the verb of a passive subject: "12 people were wounded";
   * an intransitive verb of which it is the subject: "three of Iran's frigates sail into the harbour";
   * a predicate: "12 are dead", "three remain missing", "left two dead";
   * a nominalisation: "the killing of 21 policemen"; a toll: "the death toll rose to 40", "the
     number of dead rose to 18", "bringing the death toll to 42";
   * a group the subject is among: "15 soldiers were among the dead";
   * a verb of keeping forces somewhere: "Kenya has about 3,000 troops in Somalia" (deployed);
   then from the phrase itself: a participle or relative clause ("12 people killed", "12 people
   who died", "a dozen injured"), an adjective ("five wounded soldiers"), the noun
   ("at least 12 dead", "40 casualties", "27 bodies"), or the state word after a bare number
   ("reported 4 dead and 9 injured"); a part named after a count ("..., including five
   children", "among them four children") takes the kind of the count before it;
4. normalises the noun to a singular ``what`` and a ``category`` (``materiel.yaml``).

A number with no count-kind governor is not returned (a figure that no event word governs,
like "the two leaders", is not an event count). Nor are years, dates, times, ages ("Karim
Haddad, 38,", "aged 45"), percentages, money, measures, ordinals, "Resolution 2254" or "one of
the ...". A bare number that the tagger calls a date ("destroyed 40") is still read. Counted
people among things destroyed become ``killed``. ``a``/``an`` count as one only for a member of
a list in which another member has a number ("... one supply depot, a command post, and 95 fighters"),
no member is a bare plural ("22 others, residents and a local aid group said"), and the member
is not the speaker, a second name or "a number of"; one thing destroyed or damaged also counts
as one when it is named with "a", "the" or a possessor ("the village's grain store"), never a
person. A part of a group told beside it ("wounded 8 people, three of them seriously") is
already in the group's figure and is not returned again. Kinds listed under
``needs_known_noun`` (captured, destroyed, damaged, deployed) count only nouns named in
``materiel.yaml`` ("captured four medals" is sport), ``needs_people`` (released) only people,
``only_categories`` limits some verbs ("lost 12 tanks" but not "lost two villages"), and only
forces are ``deployed``.

``side`` is left ``None``: whose losses they are is for the event coder, which can ask
:func:`count_governor` for the token that gave each count its kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Token

from eventwire.model import Count, Span
from eventwire.quantities.numbers import is_number_word, parse_number

__all__ = ["count_governor", "find_counts"]

# doc.user_data key: {"start:end": token index}; plain keys, so Doc.to_bytes() can store them
_GOVERNORS = "eventwire.count_governors"
_NOT_COUNT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
_CONNECTORS = frozenset({"-", "\u2013", "and", "to", "or", "of"})
_AFTER_NOT_COUNT = frozenset({"%", "percent", "per", "pc", "a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc"})
_CURRENCY = frozenset("$\u20ac\u00a3\u00a5\u20ba\u20bd")
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON", "ADJ"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "oprd"})
_COMPLEMENT_DEPS = frozenset({"acomp", "oprd", "attr", "xcomp", "ccomp"})
_NOT_NUMERIC = re.compile(r"\d+[:/]\d+")  # clock times, fractions
_SPEECH_VERBS = frozenset({"say", "tell", "report", "add", "state", "confirm", "announce", "claim", "told"})
_PARTITIVE_PRONOUNS = frozenset({"them", "whom", "those", "these", "which"})
_ANAPHORS = frozenset({"others", "other", "more", "them", "those"})  # "killed 14 and wounded 30 others"
_MODIFIER_WINDOW = 4  # words a number phrase may reach back for: "no fewer than", "as many as"


@dataclass(frozen=True, slots=True)
class _Tables:
    things: dict[str, tuple[str, str]]  # surface form -> (what, category)
    not_counted: frozenset[str]
    kind_category: dict[str, str | None]
    for_people: dict[str, str]
    verbs: dict[str, str]
    intransitive: dict[str, str]
    nouns: dict[str, str]
    toll_verbs: frozenset[str]
    toll_object_verbs: frozenset[str]
    presence_verbs: frozenset[str]
    toll_counters: frozenset[str]
    counted: dict[str, str]
    adjectives: dict[str, str]
    needs_known_noun: frozenset[str]
    needs_people: frozenset[str]
    only_categories: dict[str, frozenset[str]]
    deployable_people: frozenset[str]


def _plurals(form: str) -> set[str]:
    """The form and its regular English plural (on the last word)."""
    head, _, last = form.rpartition(" ")
    prefix = f"{head} " if head else ""
    if re.search(r"[^aeiou]y$", last):
        plural = last[:-1] + "ies"
    elif re.search(r"(s|x|z|ch|sh)$", last):
        plural = last + "es"
    else:
        plural = last + "s"
    return {form, prefix + plural}


def _load(name: str) -> dict:
    return yaml.safe_load(resources.files("eventwire.data").joinpath(name).read_text("utf-8"))


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    materiel, kinds = _load("materiel.yaml"), _load("count_kinds.yaml")
    things: dict[str, tuple[str, str]] = {}
    for what, row in materiel["things"].items():
        for form in [what, *row["forms"]]:
            for surface in _plurals(str(form).lower()):
                things.setdefault(surface, (what, row["category"]))
    not_counted = frozenset(
        s for words in materiel["not_counted"].values() for w in words for s in _plurals(str(w).lower())
    )
    return _Tables(
        things=things,
        not_counted=not_counted,
        kind_category=dict(kinds["kinds"]),
        for_people=dict(kinds["for_people"]),
        verbs=dict(kinds["verbs"]),
        intransitive=dict(kinds["intransitive"]),
        nouns=dict(kinds["nouns"]),
        toll_verbs=frozenset(kinds["toll_verbs"]),
        toll_object_verbs=frozenset(kinds["toll_object_verbs"]),
        presence_verbs=frozenset(kinds["presence_verbs"]),
        toll_counters=frozenset(kinds["toll_counters"]),
        counted=dict(kinds["counted"]),
        adjectives=dict(kinds["adjectives"]),
        needs_known_noun=frozenset(kinds["needs_known_noun"]),
        needs_people=frozenset(kinds["needs_people"]),
        only_categories={k: frozenset(v) for k, v in kinds["only_categories"].items()},
        deployable_people=frozenset(kinds["deployable_people"]),
    )


# ---------------------------------------------------------------------------------------------
# number phrases


def _is_core(tok: Token) -> bool:
    return tok.like_num or is_number_word(tok.lower_)


def _chunks(doc: Doc) -> list[tuple[int, int]]:
    """Runs of number words joined by connectors: "hundreds of thousands", "10 and 15"."""
    out, i, n = [], 0, len(doc)
    while i < n:
        if not _is_core(doc[i]):
            i += 1
            continue
        j = i
        while True:
            if j + 1 < n and _is_core(doc[j + 1]) and not doc[j + 1].is_sent_start:
                j += 1
            elif j + 2 < n and doc[j + 1].lower_ in _CONNECTORS and _is_core(doc[j + 2]) and not doc[j + 2].is_sent_start:
                j += 2
            else:
                break
        out.append((i, j + 1))
        i = j + 1
    return out


def _read(doc: Doc, start: int, end: int) -> tuple[int, tuple[int, int | None]] | None:
    """Parse doc[start:end] with the modifiers before it; return (first token, (n, n_max))."""
    lowest = start  # reach back over modifiers, not into the sentence before
    while lowest > 0 and start - lowest < _MODIFIER_WINDOW and not doc[lowest].is_sent_start:
        lowest -= 1
    for k in range(lowest, start + 1):
        if doc[k].is_space or doc[k].is_punct:
            continue
        parsed = parse_number(doc[k:end].text)
        if parsed is not None:
            return k, parsed
    return None


def _number_phrases(doc: Doc):
    """Yield (first token, number tokens start, end, (n, n_max)) for each readable number phrase."""
    for start, end in _chunks(doc):
        got = _read(doc, start, end)
        if got is not None:
            yield got[0], start, end, got[1]
            continue
        for i in range(start, end):  # "5 and 10": read each number alone
            if _is_core(doc[i]) and (got := _read(doc, i, i + 1)) is not None:
                yield got[0], i, i + 1, got[1]


def _main_token(doc: Doc, start: int, end: int) -> Token:
    for i in range(start, end):
        if not start <= doc[i].head.i < end:
            return doc[i]
    return doc[end - 1]


_YEAR = re.compile(r"(1[5-9]|20)\d\d")
_BOUND_WORDS = frozenset({"at", "least", "more", "than", "over", "about", "around", "some", "nearly", "almost",
                          "up", "to", "and", "or", "-", "\u2013", "another", "just", "only",
                          "overnight", "today", "yesterday"})  # "rose to 18 overnight"


def _entity(doc: Doc, i: int) -> list[Token]:
    """The named-entity tokens around doc[i]."""
    lo, hi = i, i + 1
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    return list(doc[lo:hi])


def _bare_number_entity(doc: Doc, i: int) -> bool:
    """A DATE or TIME entity that is nothing but a figure and its bound ("destroyed 40", which the
    tagger may read as a date): no month, day, year, unit or clock in it."""
    if doc[i].ent_type_ not in ("DATE", "TIME"):
        return False
    for tok in _entity(doc, i):
        if _YEAR.fullmatch(tok.text) or re.search(r"\d(st|nd|rd|th|s)$", tok.lower_):
            return False
        if not (tok.like_num or is_number_word(tok.lower_) or tok.lower_ in _BOUND_WORDS):
            return False
    return True


def _age(doc: Doc, first: int, start: int, end: int) -> bool:
    """An age after a name: "Mario Ruiz, 52, was shot dead", "Omar Khadr, now 21,", "Jamie Bright (45)",
    "aged 38"."""
    if first != start or end - start != 1 or not doc[start].text.isdigit() or int(doc[start].text) > 120:
        return False
    k = start - 1
    if k >= 0 and doc[k].lower_ in ("aged", "age"):
        return True
    while k >= 0 and doc[k].lower_ in ("now", "then"):
        k -= 1
    if k < 1 or doc[k].text not in (",", "(") or doc[k - 1].pos_ not in ("PROPN", "NOUN"):
        return False
    return end == len(doc) or doc[end].text in (",", ")", ".", ";", "\u2014", "-")


def _is_measure(doc: Doc, first: int, start: int, end: int) -> bool:
    """Dates, times, percentages, money, ages, ordinals: figures that count nothing."""
    if _age(doc, first, start, end):
        return True
    if any(doc[i].ent_type_ in _NOT_COUNT_ENTS and not _bare_number_entity(doc, i) for i in range(start, end)):
        return True
    if any(_NOT_NUMERIC.fullmatch(doc[i].text) for i in range(start, end)):
        return True
    if first > 0 and (doc[first - 1].text in _CURRENCY or doc[first - 1].tag_ == "$"):
        return True
    before = doc[max(first - 2, 0):first]
    if any(tok.lower_ in ("no", "no-") for tok in before) and doc[start].lower_ == "one":
        return True  # "no one was hurt", "no-one"
    if end < len(doc):
        nxt = doc[end]
        if nxt.lower_ in _AFTER_NOT_COUNT:
            return True
        if nxt.text in ("-", "\u2013") and end + 1 < len(doc) and doc[end + 1].lemma_.lower() in _tables().not_counted:
            return True  # "5-year-old", "10-day"
    return False


# ---------------------------------------------------------------------------------------------
# the counted noun and its kind


def _counted_noun(main: Token) -> tuple[Token | None, Token] | None:
    """(noun, phrase head) for a number token; None when the number counts nothing."""
    head = main.head
    if main.dep_ in ("nummod", "quantmod", "compound", "amod") and head.i != main.i:
        if head.i < main.i:
            return None  # "Resolution 2254", "Brigade 33"
        if head.pos_ in ("NOUN", "PROPN", "ADJ"):
            return head, head
        t = _tables()
        if head.pos_ == "VERB" and (head.lower_ in t.counted or head.lower_ in t.adjectives):
            return head, head  # "left 8 soldiers dead and 3 missing": "missing" read as a verb
    for child in main.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            # the parser may hang both "Iran" and "frigates" of "three of Iran's frigates" on "of"
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
            objects.sort(key=lambda c: (c.pos_ == "NOUN", c.i))
            if objects:
                if main.lower_ == "one":
                    return None  # "one of the ..."
                return objects[-1], main
    return None, main


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("\u2019", "'")).strip()


def _what(doc: Doc, text: str, noun: Token, after: int) -> tuple[str, str] | None:
    """Look up the longest tail of doc[after:noun] in materiel.yaml, as written or lemmatised."""
    things = _tables().things
    for k in range(after, noun.i + 1):
        start = doc[k].idx
        written = _norm(text[start:noun.idx + len(noun.text)])
        lemma = _norm(text[start:noun.idx] + noun.lemma_)
        for key in (written, lemma):
            if key in things:
                return things[key]
    return None


def _key_variants(tok: Token) -> list[str]:
    lemma = tok.lemma_.lower()
    keys = []
    for child in tok.children:
        if child.dep_ == "compound" and child.i == tok.i - 1:
            keys += [f"{child.lower_} {lemma}", f"{child.lower_} {tok.lower_}"]
    return keys + [lemma, tok.lower_]


def _lookup(keys: list[str], table: dict[str, str]) -> str | None:
    return next((table[k] for k in keys if k in table), None)


def _verb_kind(verb: Token, table: dict[str, str]) -> str | None:
    """The kind of a verb, tried with the words that complete it first: "set on fire" (a prepositional
    phrase), "shoot down", "set ablaze", "lose lives" (a particle, complement or object), then alone."""
    lemma = verb.lemma_.lower()
    after = [c for c in verb.children
             if c.dep_ in ("prt", "prep", "oprd", "acomp", "advmod", "dobj") and c.i > verb.i]
    keys = [f"{lemma} {c.lower_} {g.lower_}" for c in after if c.dep_ == "prep"
            for g in c.children if g.dep_ == "pobj"]
    keys += [f"{lemma} {c.lower_}" for c in after]
    return _lookup(keys + [lemma, verb.lower_], table)


def _state_kind(word: Token, t) -> str | None:
    """The count kind an adjective or past participle states: "dead", "missing", "killed"."""
    kind = _lookup([word.lower_, word.lemma_.lower()], t.adjectives)
    if kind is None and word.tag_ == "VBN":
        kind = _verb_kind(word, t.verbs)
    return kind


def _complement(verb: Token) -> tuple[str, Token] | None:
    """A predicate of the verb: "12 are dead", "three remain missing", "12 were reported killed"."""
    t = _tables()
    for c in verb.children:
        if c.dep_ in _COMPLEMENT_DEPS:
            kind = _state_kind(c, t)
            if kind is not None:
                return kind, c
    return None


def _pobjs(token: Token, word: str) -> list[Token]:
    """The objects of ``token``'s preposition ``word`` ("the number *of* dead", "*among* the dead")."""
    return [g for prep in token.children if prep.dep_ == "prep" and prep.lower_ == word
            for g in prep.children if g.dep_ == "pobj"]


def _toll_kind(noun: Token) -> str | None:
    """The kind of a toll noun: "the death toll", "the casualty toll", "the number of dead",
    "the tally of those killed", "the number of people displaced"."""
    t = _tables()
    kind = _lookup(_key_variants(noun), t.nouns)
    if kind is not None or noun.lemma_.lower() not in t.toll_counters:
        return kind
    for g in _pobjs(noun, "of"):
        keys = [g.lower_, g.lemma_.lower()]
        kind = _lookup(keys, t.counted) or _lookup(keys, t.adjectives) or _lookup(keys, t.nouns)
        if kind is None and (clause := _own_clause(g) or _modifier_kind(g)) is not None:
            kind = clause[0]  # "the number of people killed", "the number of displaced people"
        return kind
    return None


def _toll(verb: Token) -> tuple[str, Token] | None:
    """A toll as subject: "the death toll rose to 40", "the toll stood at 12", "the toll is 40",
    "the number of dead rose to 18"; or as object: "bringing the death toll to 42"."""
    t = _tables()
    lemma = verb.lemma_.lower()
    deps = (("nsubj", "nsubjpass") if lemma in t.toll_verbs else ()) + \
        (("dobj",) if lemma in t.toll_object_verbs else ())
    for c in verb.children:
        if c.dep_ in deps:
            kind = _toll_kind(c)
            if kind is not None:
                return kind, c
    return None


def _own_clause(noun: Token) -> tuple[str, Token] | None:
    """A participle or relative clause on the noun: "12 people killed", "12 people who died"."""
    t = _tables()
    for c in noun.children:
        if c.i < noun.i:
            continue
        kind = None
        if c.dep_ == "acl":
            kind = _verb_kind(c, t.verbs) if c.tag_ == "VBN" else None
            kind = kind or _verb_kind(c, t.intransitive)  # "25 migrants drowned": a past tense read as a participle
        elif c.dep_ == "relcl":
            rel = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.tag_ in ("WP", "WDT")]
            if rel and rel[0].dep_ == "nsubjpass":
                kind = _verb_kind(c, t.verbs)
            elif rel:
                kind = _verb_kind(c, t.intransitive)
                if kind is None and (comp := _complement(c)) is not None:
                    return comp
        if kind is not None:
            return kind, c
    return None


def _among(verb: Token) -> tuple[str, Token] | None:
    """"15 soldiers were among the dead", "four children were among those killed": the subject is
    counted with the group the predicate names."""
    t = _tables()
    if verb.lemma_.lower() != "be":
        return None
    for g in _pobjs(verb, "among"):
        keys = [g.lower_, g.lemma_.lower()]
        if kind := _lookup(keys, t.counted) or _lookup(keys, t.adjectives):
            return kind, g
        return _own_clause(g)
    return None


def _modifier_kind(noun: Token) -> tuple[str, Token] | None:
    """An adjective before the noun: "five wounded soldiers", "three missing sailors"."""
    t = _tables()
    for c in noun.children:
        if c.dep_ == "amod" and c.i < noun.i:
            kind = _state_kind(c, t)
            if kind is not None:
                return kind, c
    return None


def _list_top(tok: Token) -> Token:
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i and tok.head.pos_ in _NOMINAL:
        tok = tok.head
    return tok


_PLACE_PREPS = frozenset({"in", "at", "on", "inside", "across", "near", "along", "throughout"})


def _presence(verb: Token, obj: Token) -> str | None:
    """"Kenya has about 3,000 troops in Somalia", "maintains 900 troops in Syria": forces someone
    keeps in a place are deployed there (``presence_verbs``; what fits is left to ``_fits``)."""
    if verb.lemma_.lower() not in _tables().presence_verbs:
        return None
    placed = any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for c in (*obj.children, *verb.children))
    return "deployed" if placed else None


def _relation(h: Token, inside: range, depth: int = 0) -> tuple[str, Token] | None:
    """The kind given by the word that governs the phrase headed by ``h``."""
    t = _tables()
    dep, g = h.dep_, h.head
    if dep in _OBJECT_DEPS or (dep == "prep" and h.i in inside):
        kind = _verb_kind(g, t.verbs) or _presence(g, h)
        # "the toll reached 40"; "left two dead", "left 12 people wounded"
        return (kind, g) if kind else _toll(g) or _complement(g)
    if dep == "nsubjpass":
        kind = _verb_kind(g, t.verbs)
        return (kind, g) if kind else _complement(g)
    if dep == "nsubj":
        if found := _among(g):
            return found
        if kind := _lookup([g.lower_, g.lemma_.lower()], t.adjectives):
            return kind, g  # "leaving 180 people dead": a small clause
        has_object = any(c.dep_ in ("dobj", "obj", "ccomp") for c in g.children)
        if g.tag_ in ("VBN", "VBD") and not has_object and (kind := _verb_kind(g, t.verbs)):
            return kind, g  # "21 soldiers killed in an airstrike": a passive without its auxiliary
        if kind := _verb_kind(g, t.intransitive):
            return kind, g
        return _complement(g)
    if dep == "attr":
        return _toll(g)
    if dep == "pobj":
        prep, gov = g, g.head
        if prep.i in inside:  # "between 10 and 15 soldiers": the preposition is part of the number
            return _relation(prep, inside, depth)
        word = prep.lower_
        if word == "of" and gov.pos_ in ("NOUN", "PROPN"):
            kind = _lookup(_key_variants(gov), t.nouns)
            return (kind, gov) if kind else None
        if word in ("to", "at", "of") and gov.pos_ in ("VERB", "AUX"):
            return _toll(gov)
        if word in ("including", "among") and depth == 0:
            if gov.pos_ == "VERB":
                kind = _verb_kind(gov, t.verbs)
                return (kind, gov) if kind else None
            return _relation(_list_top(gov), range(0), depth + 1)
    return None


def _kind(noun: Token | None, head: Token, inside: range) -> tuple[str, Token] | None:
    t = _tables()
    own = _lookup([noun.lower_, noun.lemma_.lower()], t.counted) if noun is not None else None
    if own is not None and head.i != noun.i and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        own = None  # "two of the bodies were strung up": part of a group counted before, no new dead
    if found := _relation(_list_top(head), inside):
        if found[0] == "casualties" and own is not None:
            return own, noun  # "the casualty toll stood at 38 dead": the noun says which casualties
        return found
    if found := _own_clause(noun if noun is not None else head):  # "12 people killed", "a dozen injured"
        return found
    if noun is not None:
        if found := _modifier_kind(noun):
            return found
        if own is not None:
            return own, noun
        return None
    return _state_after(head.doc, inside.stop)


def _state_after(doc: Doc, end: int) -> tuple[str, Token] | None:
    """A bare number followed by the state it counts, however the parser hung them: "reported 4 dead
    and 9 injured" (an adjective on the number, a participle on the verb)."""
    if end >= len(doc) or doc[end].pos_ not in ("ADJ", "VERB"):
        return None
    t = _tables()
    kind = _lookup([doc[end].lower_], t.adjectives) or _lookup([doc[end].lower_], t.counted)
    return (kind, doc[end]) if kind is not None else None


def _describe(doc: Doc, text: str, noun: Token | None, after: int, kind: str) -> tuple[str, str | None, str | None]:
    """(kind, what, category) with people among things destroyed counted as killed."""
    t = _tables()
    implied = t.kind_category.get(kind)
    if noun is None or noun.lower_ in _ANAPHORS or noun.pos_ == "PRON":  # "30 others", "9 of whom"
        return kind, None, implied
    if kind in t.needs_people:
        implied = None  # "released two videos": only people are released
    found = _what(doc, text, noun, after)
    if found is not None:
        what, category = found
    elif noun.lower_ in t.counted or noun.lemma_.lower() in t.counted:
        return kind, None, "people"  # "12 dead", "40 casualties"
    elif noun.pos_ == "PROPN":  # "two Americans": a nationality
        what = noun.lower_[:-1] if noun.tag_ == "NNPS" and noun.lower_.endswith("s") else noun.lower_
        category = "people" if noun.ent_type_ == "NORP" else implied or "other"
    else:
        what, category = noun.lemma_.lower(), implied or "other"
    if category == "people":
        kind = t.for_people.get(kind, kind)
    return kind, what, category


def _fits(kind: str, noun: Token | None, what: str | None, category: str | None, gov: Token) -> bool:
    """Whether the counted thing can have this kind (see needs_known_noun, needs_people,
    only_categories, deployable_people)."""
    t = _tables()
    allowed = t.only_categories.get(gov.lemma_.lower())
    if allowed is not None and category not in allowed:
        return False  # "lost two villages" is ground changing hands, not a loss counted here
    if noun is None or what is None:
        return True
    if kind in t.needs_known_noun and category == "other":
        return False
    if kind in t.needs_people and category != "people":
        return False
    return not (kind == "deployed" and category == "people" and what not in t.deployable_people)


def _part_of_previous(doc: Doc, head: Token, first: int, found: list[tuple[Count, int]]) -> tuple[str, Token] | None:
    """"killed 14 civilians in X's province, including five children", "killed at least 14
    civilians, among them four children": a part named after a count, which the parser hung
    elsewhere, has the kind of the last count before it in the sentence."""
    marked = (head.dep_ == "pobj" and head.head.lower_ in ("including", "among")) or any(
        c.dep_ == "prep" and c.lower_ == "among" and any(g.lower_ in _PARTITIVE_PRONOUNS for g in c.children)
        for c in head.children) or (first >= 2 and doc[first - 2].lower_ == "among"
                                    and doc[first - 1].lower_ in _PARTITIVE_PRONOUNS)
    if not marked or not _known_noun(head):
        return None
    sent_start = doc[first].sent.start_char
    before = [(c, gov) for c, gov in found if sent_start <= c.span.start and c.span.end <= doc[first].idx]
    if not before:
        return None
    count, gov = max(before, key=lambda item: item[0].span.end)
    return count.kind, doc[gov]


def _known_noun(tok: Token) -> bool:
    """A number, or a noun that materiel.yaml or the counted words name, or a nationality: "including
    five children", not "including one attack targeting a school"."""
    if tok.pos_ == "NUM" or tok.lower_ in _PARTITIVE_PRONOUNS:
        return True
    t = _tables()
    keys = {tok.lower_, tok.lemma_.lower()}
    return bool(keys & (set(t.things) | set(t.counted))) or (tok.pos_ == "PROPN" and tok.ent_type_ == "NORP")


def _subset(noun: Token | None, head: Token) -> bool:
    """"wounded 8 people, three of them seriously", "14 were hurt, two of whom ...": a part of a
    counted group told beside it is already in the group's figure (counted twice it would add up
    to more than the text says). A part with a clause of its own keeps its kind ("9 of whom were
    later released")."""
    return noun is not None and noun.lower_ in _PARTITIVE_PRONOUNS and head.dep_ in ("appos", "conj") \
        and head.head.pos_ in _NOMINAL


def _counted_ok(noun: Token | None) -> bool:
    if noun is None:
        return True
    t = _tables()
    if noun.lemma_.lower() in t.not_counted or noun.lower_ in t.not_counted:
        return False
    if noun.pos_ == "PROPN":
        return noun.ent_type_ == "NORP" or noun.lower_ in t.things or noun.lemma_.lower() in t.things
    return True


def _list_members(top: Token) -> list[Token]:
    out, todo = [], [top]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ in ("conj", "appos") and c.pos_ in ("NOUN", "PROPN")]
    return out


def _span_key(count: Count) -> str:
    return f"{count.span.start}:{count.span.end}"


def find_counts(doc: Doc) -> list[Count]:
    """Return the counted phrases of ``doc`` in document order (see the module docstring).

    The token that gave each count its kind is kept in ``doc.user_data``; get it with
    :func:`count_governor`.
    """
    if not doc.has_annotation("DEP"):
        doc.user_data[_GOVERNORS] = {}
        return []  # without a dependency parse no word governs a number
    text = doc.text  # built afresh by each call of Doc.text
    found: list[tuple[Count, int]] = []
    counted_nouns: set[int] = set()
    lists: dict[int, tuple[str, Token]] = {}  # list top -> (kind, governor), for "a headquarters"
    for first, start, end, (n, n_max) in _number_phrases(doc):
        main = _main_token(doc, start, end)
        if _is_measure(doc, first, start, end):
            continue
        got = _counted_noun(main)
        if got is None:
            continue
        noun, head = got
        if not _counted_ok(noun):
            continue
        kind_gov = _kind(noun, head, range(first, end)) or _part_of_previous(doc, head, first, found)
        if kind_gov is None:
            continue
        kind, gov = kind_gov
        after = end if noun is None or head.i == noun.i else next(c for c in main.children if c.lower_ == "of").i + 1
        if _subset(noun, head):
            continue
        kind, what, category = _describe(doc, text, noun, after, kind)
        if not _fits(kind, noun, what, category, gov):
            continue
        last = noun if noun is not None and noun.i >= end else doc[end - 1]
        span = Span.of(text, doc[first].idx, last.idx + len(last.text))
        found.append((Count(span=span, kind=kind, n=n, n_max=n_max, what=what, category=category), gov.i))
        if noun is not None:
            counted_nouns.add(noun.i)
        lists.setdefault(_list_top(head).i, (kind_gov[0], gov))
    for top, (kind0, gov) in lists.items():
        members = _list_members(doc[top])
        if any(_bare_plural(m, counted_nouns) for m in members):
            continue  # "wounded 22 others, residents and a local aid group said": not a list of counts
        for member in members:
            det = next((c for c in member.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
            if member.i in counted_nouns or det is None or member.pos_ == "NUM" or not _counted_ok(member) \
                    or _not_a_member(member):
                continue
            kind, what, category = _describe(doc, text, member, det.i + 1, kind0)
            if not _fits(kind, member, what, category, gov):
                continue
            span = Span.of(text, det.idx, member.idx + len(member.text))
            found.append((Count(span=span, kind=kind, n=1, n_max=None, what=what, category=category), gov.i))
    found += _single_things_destroyed(doc, text, counted_nouns, {c.span.start for c, _ in found})
    found.sort(key=lambda item: (item[0].span.start, item[0].span.end))
    doc.user_data[_GOVERNORS] = {_span_key(c): i for c, i in found}
    return [c for c, _ in found]


def _bare_plural(tok: Token, counted: set[int]) -> bool:
    """A plural noun with no number of its own ("residents"): the list it is in is no list of counts."""
    return tok.tag_ in ("NNS", "NNPS") and tok.i not in counted \
        and not any(c.dep_ in ("nummod", "quantmod") or (c.dep_ == "prep" and c.lower_ == "of" and _is_core(c.head))
                    for c in tok.children)


def _not_a_member(noun: Token) -> bool:
    """An "a" phrase in a list that is no count of one: who tells it ("captured three members ...,
    a U.S. military commander said"), another name for the one before ("six fighters of the
    Islamic State, an al-Qaeda offshoot"), or a quantity of its own ("an unknown number of",
    "a fresh wave of violence")."""
    after = noun.right_edge.i + 1
    if after < len(noun.doc) and noun.doc[after].lemma_.lower() in _SPEECH_VERBS:
        return True
    return noun.dep_ == "appos" or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _one_of(member: Token) -> tuple[int, int] | None:
    """(first token, first token of the name) of a phrase that names one thing: "a tank", "the
    bridge", "the village's grain store", "its headquarters"; None for a plural ("the houses")."""
    det = next((c for c in member.children if c.dep_ == "det" and c.lower_ in ("a", "an", "the")), None)
    poss = next((c for c in member.children if c.dep_ == "poss"), None)
    if det is not None and det.lower_ != "the":
        plural = member.tag_ in ("NNS", "NNPS") and member.lemma_.lower() != member.lower_
        return None if plural else (det.i, det.i + 1)  # "a helicopter bombing insurgent positions"
    if member.dep_ == "appos":
        return None  # "shot down a gunship, the first American aircraft downed ...": the same one again
    singular = member.tag_ == "NN" or (member.tag_ == "NNS" and member.lemma_.lower() == member.lower_)
    if not singular or any(c.dep_ in ("nummod", "quantmod") for c in member.children):
        return None
    if poss is not None:
        return poss.left_edge.i, poss.right_edge.i + 1
    return (det.i, det.i + 1) if det is not None else None


def _single_things_destroyed(doc: Doc, text: str, counted: set[int], starts: set[int]) -> list[tuple[Count, int]]:
    """"set fire to a police station and a district office", "destroyed a tank", "the bridge was
    destroyed", "set fire to the village's grain store": one thing of a known kind of materiel or
    facility (a singular noun with "a", "the" or a possessor), destroyed or damaged, is a count of 1
    (people are never counted this way: "killed the commander" is no number in the text)."""
    t = _tables()
    out = []
    for verb in doc:
        kind = _verb_kind(verb, t.verbs) if verb.pos_ == "VERB" else None
        if kind not in ("destroyed", "damaged"):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ != "fire"]
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                    for g in c.children if g.dep_ == "pobj" and g.lower_ != "fire"]  # "set fire to X"
        for top in objects:
            for member in _list_members(top):
                one = _one_of(member)
                if one is None or member.i in counted or doc[one[0]].idx in starts or not _counted_ok(member):
                    continue
                found = _what(doc, text, member, one[1])
                if found is None or found[1] not in ("equipment", "facility"):
                    continue
                what, category = found
                span = Span.of(text, doc[one[0]].idx, member.idx + len(member.text))
                out.append((Count(span=span, kind=kind, n=1, n_max=None, what=what, category=category), verb.i))
    return out


def count_governor(doc: Doc, count: Count) -> Token | None:
    """The token that gave ``count`` its kind ("destroyed", "killing", "pass"), or None.

    Works for counts that :func:`find_counts` returned for this ``doc``; it runs
    :func:`find_counts` first when it has not been run on ``doc``.
    """
    governors = doc.user_data.get(_GOVERNORS)
    if governors is None:
        find_counts(doc)
        governors = doc.user_data.get(_GOVERNORS, {})
    i = governors.get(_span_key(count))
    return doc[i] if i is not None else None
