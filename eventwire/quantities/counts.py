"""Find counted phrases ("33 Turkish soldiers", "five Syrian regime choppers") and what they count.

For each number phrase of a parsed ``Doc``, :func:`find_counts`

1. reads the number with :func:`~eventwire.quantities.numbers.parse_number`, taking in the words
   that bound it ("at least", "more than", "between ... and");
2. finds the noun it counts: the noun the number modifies ("33 Turkish soldiers"), the noun after
   ``of`` ("two of Russia's warships", "dozens of people"), or none ("killed 33");
3. finds the word that gives the count its kind (``count_kinds.yaml``), first from the words that
   govern the phrase:
   * the verb whose object it is, shared by every member of a list: "destroyed five choppers,
     23 tanks ... and 309 troops"; the verb of a passive subject: "12 people were wounded";
   * an intransitive verb of which it is the subject: "two of Russia's warships pass through";
   * a predicate: "12 are dead", "three remain missing", "left two dead";
   * a nominalisation: "the killing of 33 soldiers"; a toll: "the death toll rose to 40";
   then from the phrase itself: a participle or relative clause ("12 people killed", "12 people
   who died", "a dozen injured"), an adjective ("five wounded soldiers"), or the noun
   ("at least 12 dead", "40 casualties");
4. normalises the noun to a singular ``what`` and a ``category`` (``materiel.yaml``).

A number with no count-kind governor is not returned (a figure that no event word governs,
like "the two leaders", is not an event count). Nor are years, dates, times, ages, percentages,
money, measures, ordinals, "Resolution 2254" or "one of the ...". Counted people among things
destroyed become ``killed``. ``a``/``an`` count as one only for a member of a list in which
another member has a number ("... two depots, a headquarters, and 309 troops"). Kinds listed
under ``needs_known_noun`` (captured, destroyed, damaged, deployed) count only nouns named in
``materiel.yaml`` ("captured four medals" is sport), and only forces are ``deployed``.

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
    counted: dict[str, str]
    adjectives: dict[str, str]
    needs_known_noun: frozenset[str]
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
        counted=dict(kinds["counted"]),
        adjectives=dict(kinds["adjectives"]),
        needs_known_noun=frozenset(kinds["needs_known_noun"]),
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


def _is_measure(doc: Doc, first: int, start: int, end: int) -> bool:
    """Dates, times, percentages, money, ages, ordinals: figures that count nothing."""
    if any(doc[i].ent_type_ in _NOT_COUNT_ENTS for i in range(start, end)):
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
    lemma = verb.lemma_.lower()
    keys = [f"{lemma} {c.lower_}" for c in verb.children
            if c.dep_ in ("prt", "prep", "oprd", "acomp", "advmod", "dobj") and c.i > verb.i]
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


def _toll(verb: Token) -> tuple[str, Token] | None:
    """A toll as subject: "the death toll rose to 40", "the toll stood at 12", "the toll is 40"."""
    t = _tables()
    if verb.lemma_.lower() not in t.toll_verbs:
        return None
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            kind = _lookup(_key_variants(c), t.nouns)
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
            kind = _verb_kind(c, t.verbs) if c.tag_ == "VBN" else _verb_kind(c, t.intransitive)
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


def _relation(h: Token, inside: range, depth: int = 0) -> tuple[str, Token] | None:
    """The kind given by the word that governs the phrase headed by ``h``."""
    t = _tables()
    dep, g = h.dep_, h.head
    if dep in _OBJECT_DEPS or (dep == "prep" and h.i in inside):
        kind = _verb_kind(g, t.verbs)
        # "the toll reached 40"; "left two dead", "left 12 people wounded"
        return (kind, g) if kind else _toll(g) or _complement(g)
    if dep == "nsubjpass":
        kind = _verb_kind(g, t.verbs)
        return (kind, g) if kind else _complement(g)
    if dep == "nsubj":
        if kind := _lookup([g.lower_, g.lemma_.lower()], t.adjectives):
            return kind, g  # "leaving 180 people dead": a small clause
        has_object = any(c.dep_ in ("dobj", "obj", "ccomp") for c in g.children)
        if g.tag_ in ("VBN", "VBD") and not has_object and (kind := _verb_kind(g, t.verbs)):
            return kind, g  # "33 soldiers killed in an airstrike": a passive without its auxiliary
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
    if found := _relation(_list_top(head), inside):
        return found
    if found := _own_clause(noun if noun is not None else head):  # "12 people killed", "a dozen injured"
        return found
    if noun is not None:
        if found := _modifier_kind(noun):
            return found
        if kind := _lookup([noun.lower_, noun.lemma_.lower()], t.counted):
            return kind, noun
    return None


def _describe(doc: Doc, text: str, noun: Token | None, after: int, kind: str) -> tuple[str, str | None, str | None]:
    """(kind, what, category) with people among things destroyed counted as killed."""
    t = _tables()
    implied = t.kind_category.get(kind)
    if noun is None or noun.lower_ in _ANAPHORS:
        return kind, None, implied
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


def _fits(kind: str, noun: Token | None, what: str | None, category: str | None) -> bool:
    """Whether the counted thing can have this kind (see needs_known_noun, deployable_people)."""
    t = _tables()
    if noun is None or what is None:
        return True
    if kind in t.needs_known_noun and category == "other":
        return False
    return not (kind == "deployed" and category == "people" and what not in t.deployable_people)


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
        kind_gov = _kind(noun, head, range(first, end))
        if kind_gov is None:
            continue
        kind, gov = kind_gov
        after = end if noun is None or head.i == noun.i else next(c for c in main.children if c.lower_ == "of").i + 1
        kind, what, category = _describe(doc, text, noun, after, kind)
        if not _fits(kind, noun, what, category):
            continue
        last = noun if noun is not None and noun.i >= end else doc[end - 1]
        span = Span.of(text, doc[first].idx, last.idx + len(last.text))
        found.append((Count(span=span, kind=kind, n=n, n_max=n_max, what=what, category=category), gov.i))
        if noun is not None:
            counted_nouns.add(noun.i)
        lists.setdefault(_list_top(head).i, (kind_gov[0], gov))
    for top, (kind0, gov) in lists.items():
        for member in _list_members(doc[top]):
            det = next((c for c in member.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
            if member.i in counted_nouns or det is None or not _counted_ok(member):
                continue
            kind, what, category = _describe(doc, text, member, det.i + 1, kind0)
            if not _fits(kind, member, what, category):
                continue
            span = Span.of(text, det.idx, member.idx + len(member.text))
            found.append((Count(span=span, kind=kind, n=1, n_max=None, what=what, category=category), gov.i))
    found += _single_things_destroyed(doc, text, counted_nouns, {c.span.start for c, _ in found})
    found.sort(key=lambda item: (item[0].span.start, item[0].span.end))
    doc.user_data[_GOVERNORS] = {_span_key(c): i for c, i in found}
    return [c for c, _ in found]


def _single_things_destroyed(doc: Doc, text: str, counted: set[int], starts: set[int]) -> list[tuple[Count, int]]:
    """"set fire to a police station and a district office", "destroyed a tank": one of a known kind
    of materiel or facility, destroyed, is a count of 1 (people are never counted this way)."""
    t = _tables()
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or _verb_kind(verb, t.verbs) != "destroyed":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "fire"]
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                    for g in c.children if g.dep_ == "pobj"]  # "set fire to X"
        for top in objects:
            for member in _list_members(top):
                det = next((c for c in member.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
                if det is None or member.i in counted or det.idx in starts or not _counted_ok(member):
                    continue
                found = _what(doc, text, member, det.i + 1)
                if found is None or found[1] not in ("equipment", "facility"):
                    continue
                what, category = found
                span = Span.of(text, det.idx, member.idx + len(member.text))
                out.append((Count(span=span, kind="destroyed", n=1, n_max=None, what=what, category=category), verb.i))
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
