"""Find place mentions in a parsed ``Doc``: spans, gazetteer candidates and the cues around them.

A mention comes from a spaCy ``GPE``/``LOC``/``FAC`` entity that names a gazetteer row, or from
another span (an ``ORG``/``PERSON`` entity, or untagged proper nouns) that names one when a cue
says it is a place:

- a word before or after it: ``the town of Saraqeb``, ``Idlib province``, ``in Saraqeb``;
- the country or region that locates it: ``Saraqeb in northwest Syria``, ``Paris, Texas``,
  ``Churchill, Man.`` (news abbreviations of regions are places too: ``Ky.``, ``B.C.``);
- a wire dateline: ``BEIRUT (AP) —``, ``COLUMBUS, Ohio (AP) —``;
- a body, office or people of the place, also inside another name: ``Kentucky State Police``,
  ``Toronto police``, ``Calgary MLA Sandra Jansen``, ``an Edmonton man``; an organisation ``of``
  a country or region (``the Conference Board of Canada``);
- another place it is listed with: ``the towns of Haris and Varzaqan``, ``near Tabriz and Ahar``;
- its own name, when that says what it is: ``Laurel County``, ``the Bosporus``; or, opening or
  closing an organisation's name, the exact name of a country, a first-level region or a big
  city that is no ordinary word (``Winnipeg Free Press``, ``Environment Canada``; not ``Federal
  Police``, nor ``the Oregon Trail Band``, whose next word makes it a trail's name).

A ``DATE`` or ``TIME`` entity without a word of dates (``in Manbij`` tagged ``DATE``) is read as
an untagged name. A name before ``River`` or ``Sea`` that the gazetteer knows as no such water is
no mention (``the Mississippi River`` is not the state).

A place opening a compound (``U.S.-led``, ``Kent-based``) is a mention; a site after a
place's possessive (``Toronto's Pearson International Airport``, ``Cairo's Abbasiya
neighbourhood``) is a mention held by that place (``Mention.within``). A capitalised type word
or qualifier is part of the span (``Fars Province``, ``Quebec City``, ``North London``), a
lower-case one is not (``Idlib province``, ``northern Syria``).

A name once found is found again elsewhere in the article (``Ankara`` tagged as ``PERSON``).
Demonyms (``NORP``: ``Turkish``, ``Syrian``) are never places; they only give country context. A
``NORP`` or ``LANGUAGE`` span that is no demonym (the model tags ``Aleppo`` so) needs a cue
stronger than a preposition, or must name a big place.

Which row a mention refers to is decided in :mod:`eventwire.places.resolve`.
"""
from __future__ import annotations

from collections import Counter

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Span

from eventwire.places.gazetteer import CUES_FILE, Candidate, Gazetteer, normalize_name

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels that are never read as places, even with a cue.
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                              "CARDINAL", "LAW"})
# Labels of peoples and languages: a place under them needs a strong cue or a big name.
_NATIONALITY_LABELS = frozenset({"NORP", "LANGUAGE"})
# Kinds of place whose exact name is a place whatever the entity label says.
_SELF_EVIDENT = frozenset({"country", "continent", "region", "sea", "water", "river"})
_REGION_FEATURES = frozenset({"country", "admin1"})
_DIVISIONS = frozenset({"admin1", "admin2"})
_WATERS = frozenset({"sea", "river", "water"})  # a name before "River" or "Sea" is that water's
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_DASHES = frozenset({"-", "–", "—", "--"})
_PARTICLES = frozenset({"al", "el", "ez", "ad", "as", "ash", "at", "az", "an", "ar", "de", "du",
                        "la", "le", "del", "da", "di", "bin", "ibn", "abu", "umm", "bani"})
# Cues that say on their own that a name is a place; the others (a preposition, a list with an
# uncued place, a repeat) are weak.
_STRONG_CUES = ("after:", "before:", "located", "dateline", "institution:", "of-org", "name",
                "embedded", "possessive-site", "hometown",
                "abbreviation", "list:strong", "held", "compound", "town-site")
# Entities whose names may hold a place's name without naming the place: a band, a firm, a work
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PERSON", "FAC", "PRODUCT", "EVENT"})
# Cues that say a street's name is a town's ("the town of Pike Road", "Pike Road, Alabama")
_TOWN_CUES = ("after:", "before:", "located", "dateline")
_SAINTS = frozenset({"st", "saint", "ste", "sainte", "san", "santa", "santo", "são"})
_UPPER_WORD = re.compile(r"[A-Z][A-Z'’.]*[A-Z.]")
# A region abbreviation glued to the dashes after it, one token: "KY--(Marketwire", "Calif.--("
_GLUED_DASH = re.compile(r"([A-Z][A-Za-z.]{0,5})(?:--|—|–)")


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue words of ``place_cues.yaml``, ready for lookups."""

    after: dict[str, tuple[tuple[str, ...], bool]]  # word -> (features, inside the span)
    before: tuple[tuple[tuple[str, ...], tuple[str, ...], bool], ...]  # (words, features, capital)
    prepositions: frozenset[str]
    weak_min_population: int
    sentence_words: dict[str, tuple[str, ...]]
    directions: frozenset[str]
    untagged_prepositions: frozenset[str] = frozenset()
    institutions: frozenset[str] = frozenset()
    region_institutions: frozenset[str] = frozenset()  # "Gov.", "legislature": a region's
    institution_qualifiers: frozenset[str] = frozenset()
    not_institution_places: frozenset[str] = frozenset()
    inhabitants: frozenset[str] = frozenset()
    org_of_min_population: int = 0
    weak_norp_min_population: int = 0
    weak_alias_min_population: int = 0  # "from Zawia" (ORG): an alternate name's town
    dateline_ends: frozenset[str] = frozenset()
    abbreviations: dict[str, tuple[tuple[str, str], ...]] | None = None  # "Ky." -> (USA, Kentucky)
    object_verbs: frozenset[str] = frozenset()  # "captured Jaffna": verbs whose object is a place
    generic_names: frozenset[str] = frozenset()  # "Centre", "Federal": no place inside a name
    date_words: frozenset[str] = frozenset()  # "Monday", "Christmas": a DATE entity is a date
    type_words: frozenset[str] = frozenset()  # "county": a name ending so is a division's
    division_words: frozenset[str] = frozenset()  # "province": a division's name with it
    # after is a row's own ("Abra province"), in any case
    feature_words: frozenset[str] = frozenset()  # "Trail" of "Oregon Trail": another place
    person_titles: frozenset[str] = frozenset()  # "Mr", "Dr": a name after one is a person's
    qualifiers: frozenset[str] = frozenset()  # "North", "Upper": capitalised, part of the name
    site_words: frozenset[str] = frozenset()  # "airport", "district": a site inside a place
    compound_words: frozenset[str] = frozenset()  # "led" of "U.S.-led": the name is a place
    storm_words: frozenset[str] = frozenset()  # "Hurricane": the name after is a storm's
    kin_words: frozenset[str] = frozenset()  # "wife": the name after is a person's
    speech_verbs: frozenset[str] = frozenset()  # "reported": its subject is a source
    area_words: frozenset[str] = frozenset()  # "valley": "the Barada valley near Damascus"
    name_openers: frozenset[str] = frozenset()  # "Little": "Little Italy" is no part of Italy
    street_words: frozenset[str] = frozenset()  # "Street": "Church Street" is a street
    building_words: frozenset[str] = frozenset()  # "Center": "Houston's Toyota Center"
    embedded_closing_min_population: int = 0  # "Baseball Toronto", not "Rainbow Kitten Surprise"
    type_abbreviations: dict[str, str] | None = None  # "co." -> "County": "PLYMOUTH CO. -"
    affiliation_words: frozenset[str] = frozenset()  # "University": named as an affiliation
    event_words: frozenset[str] = frozenset()  # "Festival": held where the place opening it is
    land_words: frozenset[str] = frozenset()  # "border": "the Turkish border" names Turkey
    continent_adjectives: dict[str, str] | None = None  # "European" -> "Europe"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Cues":
        after = {w.casefold(): (tuple(v.get("features", ())), bool(v.get("span", False)))
                 for w, v in data.get("after", {}).items()}
        before = tuple(sorted(
            ((tuple(str(w).casefold() for w in b["words"]), tuple(b.get("features", ())),
              bool(b.get("capital", False))) for b in data.get("before", [])),
            key=lambda b: -len(b[0])))
        abbreviations: dict[str, list[tuple[str, str]]] = {}
        for iso3, table in data.get("admin1_abbreviations", {}).items():
            for short, full in table.items():
                abbreviations.setdefault(str(short), []).append((iso3, str(full)))

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).casefold() for w in data.get(key, []))

        return cls(after=after, before=before,
                   prepositions=words("prepositions"),
                   weak_min_population=int(data.get("weak_cue_min_population", 0)),
                   sentence_words={w.casefold(): tuple(f) for w, f in
                                   data.get("sentence_words", {}).items()},
                   directions=words("directions"),
                   untagged_prepositions=words("untagged_prepositions"),
                   institutions=words("institutions") | words("region_institutions"),
                   region_institutions=words("region_institutions"),
                   institution_qualifiers=words("institution_qualifiers"),
                   not_institution_places=words("not_institution_places"),
                   inhabitants=words("inhabitants") | words("place_parts"),
                   org_of_min_population=int(data.get("org_of_min_population", 0)),
                   weak_norp_min_population=int(data.get("weak_cue_norp_min_population", 0)),
                   weak_alias_min_population=int(data.get("weak_cue_alias_min_population", 0)),
                   dateline_ends=frozenset(str(w) for w in data.get("dateline_ends", [])),
                   abbreviations={k: tuple(v) for k, v in abbreviations.items()},
                   object_verbs=words("object_verbs"),
                   date_words=words("date_words"),
                   feature_words=words("feature_words"),
                   person_titles=words("person_titles"),
                   site_words=words("site_words"),
                   compound_words=words("compound_words"),
                   storm_words=frozenset(w.split()[-1] for w in words("storm_words")),
                   kin_words=words("kin_words"),
                   speech_verbs=words("speech_verbs"),
                   area_words=words("area_words"),
                   name_openers=words("name_openers"),
                   street_words=words("street_words"),
                   building_words=words("building_words"),
                   embedded_closing_min_population=int(
                       data.get("embedded_closing_min_population", 0)),
                   type_abbreviations={str(k).casefold(): str(v) for k, v in
                                       data.get("type_abbreviations", {}).items()},
                   land_words=words("land_words"),
                   affiliation_words=words("affiliation_words"),
                   event_words=words("event_words"),
                   continent_adjectives={normalize_name(str(k)): str(v) for k, v in
                                         data.get("continent_adjectives", {}).items()},
                   qualifiers=(words("directions") | words("name_qualifiers")) -
                   frozenset({"the", "of", "part", "parts"}),
                   type_words=frozenset(str(w).casefold() for w in
                                        data.get("admin2_names", {}).get("type_words", [])),
                   division_words=frozenset(
                       str(w).casefold() for w in
                       data.get("admin2_names", {}).get("division_words", [])),
                   generic_names=frozenset(normalize_name(str(w))
                                           for w in data.get("generic_place_names", [])))


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    import yaml

    text = (resources.files("eventwire") / "data" / CUES_FILE).read_text(encoding="utf-8")
    return Cues.from_dict(yaml.safe_load(text))


@dataclass(frozen=True, slots=True)
class Mention:
    """A span that names a place, with everything the resolver weighs."""

    start: int  # character offsets of the output span (may include a cue word: "Idlib province")
    end: int
    name: str  # the text looked up in the gazetteer ("Idlib")
    candidates: tuple[Candidate, ...]
    label: str = ""  # spaCy entity label, "" for untagged tokens
    cue: str | None = None  # "after:province", "before:town of", "prep:in", "located", "repeat",
    # "dateline", "institution:police", "of-org", "list:strong", "abbreviation", "name"
    features: tuple[str, ...] = ()  # kinds of place the cue allows (empty: any)
    capital: bool = False  # a cue favours national capitals ("the Libyan capital Tripoli")
    country: str | None = None  # ISO3 named next to it: "Syria’s Idlib", "Sirte, Libya"
    sentence_features: tuple[str, ...] = ()  # kinds favoured by words in the sentence
    sentence: int = 0
    within: tuple[int, int] | None = None  # character span of the place that holds it:
    # "Toronto" of "Toronto's Pearson International Airport"
    stand_in: bool = False  # a place the gazetteer lacks, named in a region it knows ("the
    # village of X in Idlib", "X, Mo."): the candidates are the region's rows
    divisions: tuple[Candidate, ...] = ()  # second-level divisions of the name, which news
    # name bare too ("camps in Abra"): taken only for a far namesake (resolve.far_namesakes)

    @property
    def key(self) -> str:
        return normalize_name(self.name)


def _weak(cue: str | None) -> bool:
    return cue is None or not cue.startswith(_STRONG_CUES)


@dataclass(frozen=True, slots=True)
class _Given:
    """A cue found outside the span itself: a dateline, a list, an ``of`` inside a name."""

    cue: str
    features: tuple[str, ...] = ()
    weak: bool = False
    big: bool = False  # only for a country, a region or a big city
    exact: bool = False  # only for a row's own name (or one of our table's names)


class _Tagger:
    def __init__(self, doc, gazetteer: Gazetteer, cues: Cues):
        self.doc = doc
        self.gaz = gazetteer
        self.cues = cues
        self.used = [False] * len(doc)
        self.taken: list[tuple[Mention, int, int]] = []
        self.ent_at: list[Any] = [None] * len(doc)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
        self.sent_index = [0] * len(doc)
        self.sent_starts: list[int] = []
        self.sent_features: list[tuple[str, ...]] = []
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        for n, sent in enumerate(sents):
            self.sent_starts.append(sent.start)
            features: list[str] = []
            for token in sent:
                self.sent_index[token.i] = n
                for feature in cues.sentence_words.get(token.lower_, ()):
                    if feature not in features:
                        features.append(feature)
            self.sent_features.append(tuple(features))
        self._abbrev_cache: dict[str, tuple[Candidate, ...]] = {}
        self._countries: frozenset[str] | None = None  # see _named_countries
        self.last_region: tuple[int, int] | None = None
        self.regions_after: dict[tuple[int, int], tuple[int, int]] = {}  # a located mention's
        # character span -> the tokens of the region that holds it ("Essex" of "Harwich, Essex")

    # -- spans ------------------------------------------------------------------------------

    def run(self) -> list[Mention]:
        mentions: list[Mention] = []
        self._datelines(mentions)
        for ent in self.doc.ents:
            if ent.label_ in PLACE_LABELS:
                joined = self._joined_end(ent.start, ent.end)
                if joined and self._take(mentions, self._mention(ent.start, joined, ent.label_,
                                                                 need_cue=False)):
                    continue
                for start, end in self._split_commas(ent.start, ent.end):
                    # the model may stop early: "Deir" of "Deir ez-Zor"; longest name first
                    for stop in range(self._run_end(end, start), end - 1, -1):
                        if self._take(mentions, self._mention(start, stop, ent.label_,
                                                              need_cue=False)):
                            break
                    else:
                        self._overrun(mentions, start, end, ent.label_)
        for ent in self.doc.ents:
            ent = self._unused_rest(ent)  # "HOUSTON The U.S. Energy Department": the
            # dateline took its first word
            if ent is None:
                continue
            if ent.label_ in NOT_PLACE_LABELS:
                if self._no_date(ent):  # "in Manbij" tagged DATE: read it as untagged
                    self._take(mentions, self._mention(ent.start, ent.end, "", need_cue=True))
                continue
            if ent.label_ in _NATIONALITY_LABELS and self.gaz.demonym(ent.text):
                continue  # "Turkish", "Syrian": never a place
            if ent.label_ not in PLACE_LABELS and \
                    self._take(mentions, self._mention(ent.start, ent.end, ent.label_,
                                                       need_cue=True)):
                continue
            if ent.label_ != "NORP" and len(ent) > 1 and not self._coordinated(mentions, ent):
                self._inside(mentions, ent)
        for start, end in self._proper_runs():
            for stop in range(end, start, -1):  # longest name first: "Deir ez-Zor", "Deir"
                if self._take(mentions, self._mention(start, stop, "", need_cue=True)):
                    break
        self._abbreviations(mentions)
        self._holding_regions(mentions)
        self._lists(mentions)
        self._held(mentions)
        self._compounds(mentions)
        self._dash_pairs(mentions)
        self._land_demonyms(mentions)
        self._elided(mentions)
        found = len(self.taken)
        self._repeat(mentions)
        self._lists(mentions, since=found)  # "Heathrow and Gatwick": a repeat lists another
        self._town_sites(mentions)
        self._unknown_towns(mentions)
        self._bearing_stand_ins(mentions)
        self._event_places(mentions)
        return sorted(self._not_people_or_words(mentions), key=lambda m: (m.start, m.end))

    def _unused_rest(self, ent):
        """The entity, or what follows the words a dateline took from its start (as an entity of
        the same label); None when any other of its words is taken."""
        k = ent.start
        while k < ent.end and self.used[k] and any(
                m.cue == "dateline" and first <= k < last for m, first, last in self.taken):
            k += 1
        while ent.start < k < ent.end and self.doc[k].lower_ == "the":
            k += 1
        if k >= ent.end or any(self.used[k:ent.end]):
            return None
        return ent if k == ent.start else Span(self.doc, k, ent.end, label=ent.label_)

    def _overrun(self, mentions: list[Mention], start: int, end: int, label: str) -> None:
        """A place entity that names no place as tagged, because the model ran it on: over
        ordinary lower-case words that modify a head after the entity (``the northern Pacific
        equatorial waters``: ``Pacific``; not ``Five soldiers killed in Mali ambush``, whose
        last word heads the phrase and stays an event's, as the coder reads it), or
        over two names a missing comma joins (``Cyprus, Greece Italy or Spain``: each half the
        exact name of a country or a first-level region)."""
        doc = self.doc
        stop = end
        while stop - 1 > start and doc[stop - 1].is_lower and doc[stop - 1].is_alpha:
            stop -= 1
        if stop < end:
            if all(doc[k].dep_ in ("compound", "amod") and doc[k].head.i >= end
                   for k in range(stop, end)):  # words of a phrase whose head lies beyond:
                # not "in Mali ambush", where the word after the name heads the phrase
                self._take(mentions, self._mention(start, stop, label, need_cue=False))
            return
        for split in range(start + 1, end):
            halves = ((start, split), (split, end))
            if all(any(c.exact and c.feature in _REGION_FEATURES
                       for c in self.gaz.lookup(doc[a:b].text)) for a, b in halves):
                for a, b in halves:
                    self._take(mentions, self._mention(a, b, label, need_cue=False))
                return

    def _not_people_or_words(self, mentions: list[Mention]) -> list[Mention]:
        """Drop, unless a strong cue says they are places, the names the article gives a person
        (``Georgia`` after ``Georgia Stevens``, ``Chen`` after ``Chen Wei``: the first or last
        word of a ``PERSON`` entity of two words or more) and ordinary words that only name
        towns or regions (``the Centre``, India's central government, is not France's region)."""
        people: set[str] = set()
        for ent in self.doc.ents:
            if ent.label_ == "PERSON" and len(ent) >= 2 and \
                    not any(t.is_punct or t.text in ("-", "–", "—") for t in ent):
                people.update(t.text for t in (ent[0], ent[-1]) if not t.is_upper)
                # ("US President Trump" is no person called "US")
        kept = []
        doc_text = self.doc.text  # built anew on every access: once, not once per mention
        not_places = self._names_by_position(mentions)
        for m in mentions:
            text = doc_text[m.start:m.end]
            if _weak(m.cue) and text in people and (
                    not (m.cue or "").startswith("prep:") or self._small_towns(m)):
                continue  # "between Brunson and ..." after "pastor Andrew Brunson"
            if _weak(m.cue) and self._small_towns(m) and self._listed_with_people(m):
                continue  # "the deaths of Helen, Clarence, Irene and Randy Kunz"
            if _weak(m.cue) and text in not_places:
                continue
            if _weak(m.cue) and normalize_name(m.name) in self.cues.generic_names and \
                    not any(c.feature in _SELF_EVIDENT for c in m.candidates):
                continue
            if self._street(m):
                continue
            kept.append(m)
        return [m for m in kept if not self._band_in_list(m, kept)]

    def _small_towns(self, mention: Mention) -> bool:
        """Whether only towns under ``weak_cue_min_population`` people bear the name: many
        such villages share a first name or a family name (``Helen``, Georgia)."""
        return bool(mention.candidates) and not mention.stand_in and all(
            c.feature == "city" and c.population < self.cues.weak_min_population
            for c in mention.candidates)

    _LIST_ITEMS = 6  # list items looked at on each side of a name

    def _listed_with_people(self, mention: Mention) -> bool:
        """Whether the name is an item of a list (``,``, ``and``, ``or``) of which two other items
        are people the model tagged (``Helen, Clarence, Irene and Randy Kunz``)."""
        doc = self.doc
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        people = 0
        for step, i in ((1, span.end), (-1, span.start - 1)):
            for _ in range(self._LIST_ITEMS):
                if not 0 <= i < len(doc) or doc[i].lower_ not in self._LIST_WORDS:
                    break
                i += step
                if 0 <= i < len(doc) and doc[i].lower_ in self._LIST_WORDS:
                    i += step  # ", and"
                if not 0 <= i < len(doc) or not doc[i].text[:1].isupper():
                    break
                ent = self.ent_at[i]
                if ent is not None and ent.label_ == "PERSON":
                    people += 1
                if ent is not None:
                    i = ent.end if step == 1 else ent.start - 1
                else:
                    while 0 <= i < len(doc) and doc[i].text[:1].isupper():
                        i += step
        return people >= 2  # (one is often a mis-tagged place: "between Coggeshall and X")

    _LIST_WORDS = frozenset({",", "and", "or"})
    _NAME_JOINS = frozenset({"the", "&", "of", ".", "'", "’", "-"})

    def _band_in_list(self, mention: Mention, kept: list[Mention]) -> bool:
        """A place name that opens or closes a longer capitalised name (``Alabama Shakes``,
        ``Rainbow Kitten Surprise``: the other words capitalised, none a word of places or
        bodies, none a place's name), listed next to a longer capitalised name that holds no
        place (``St. Paul & the Broken Bones``), is one of a list of bands or brands, not the
        place, unless it is a country's name, or a strong cue says it is a place (``located``,
        ``before:``, a dateline) or names it inside an organisation (``embedded``: ``Smart Dubai, Etisalat Digital and
        CSA Singapore`` keep their places, which gold sets count)."""
        if not _weak(mention.cue) or mention.stand_in or mention.within is not None or \
                any(c.exact and c.feature == "country" for c in mention.candidates):
            return False  # (a country's name: "SME Mauritius Limited, and ..." names it)
        doc = self.doc
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        first, stop = span.start, span.end
        ent = self.ent_at[span.start]
        if ent is not None and ent.label_ in _NAME_LABELS and ent.end == span.end and \
                ent.start < span.start:  # closing the model's longer name
            first = ent.start
        elif ent is not None and ent.label_ in _NAME_LABELS and ent.start == span.start and \
                ent.end > span.end:  # opening it
            stop = ent.end
        while stop < len(doc) and self._name_word(stop):
            stop += 1
        while first > 0 and self._name_word(first - 1):
            first -= 1
        while first < span.start and doc[first].lower_ == "the":
            first += 1
        if stop == span.end and first == span.start:
            return False
        taken = [(m.start, m.end) for m in kept if m is not mention]
        left = self._nameless_item(first - 1, -1, taken)
        right = self._nameless_item(stop, 1, taken)
        listed_left = first > 0 and doc[first - 1].lower_ in self._LIST_WORDS
        listed_right = stop < len(doc) and doc[stop].lower_ in self._LIST_WORDS
        return (left is not None and (left or listed_right)) or \
            (right is not None and (right or listed_left))

    def _name_word(self, i: int) -> bool:
        """A capitalised word that carries a longer name on and says nothing of places."""
        token, cues = self.doc[i], self.cues
        word = token.lower_.rstrip(".")
        return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start and \
            not any(word in words for words in (
                cues.after, cues.institutions, cues.inhabitants, cues.feature_words,
                cues.site_words, cues.type_words, cues.date_words, cues.qualifiers,
                cues.street_words, cues.area_words, cues.person_titles)) and \
            not self.gaz.lookup(token.text)

    def _nameless_item(self, i: int, step: int, taken: list[tuple[int, int]]) -> bool | None:
        """The list item next to token ``i`` (a comma, ``and`` or ``or``; ``step`` -1 looks
        before it, 1 after it) when it is a longer capitalised name that holds no place and no
        date: None when it is not, else whether a list word bounds it on its far side too (a
        list of three names or more)."""
        doc = self.doc
        if not 0 <= i < len(doc) or doc[i].lower_ not in self._LIST_WORDS:
            return None
        k = i + step
        if 0 <= k < len(doc) and doc[k].lower_ in self._LIST_WORDS:
            k += step  # ", and"
        words, first, last = 0, k, k
        while 0 <= k < len(doc) and doc[k].lower_ not in self._LIST_WORDS:
            token = doc[k]
            if token.text.rstrip(".").isalpha() and token.text[:1].isupper():  # ("St.")
                if token.lower_ in self.cues.date_words:
                    return None  # "Ahead of Easter Sunday, Manila Archbishop ..."
                words += 1
            elif token.lower_ not in self._NAME_JOINS:
                break
            first, last = min(first, k), max(last, k)
            k += step
        if words < 2:
            return None
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        if any(a < end and start < b for a, b in taken):
            return None
        return 0 <= k < len(doc) and doc[k].lower_ in self._LIST_WORDS

    def _street(self, mention: Mention) -> bool:
        """A street's name (``Church Street``, ``Park Avenue``: two words or more, the last of
        ``street_words``, capitalised, after a capitalised word) read as the populated place the
        gazetteer holds by that name, with no cue that it is a town (``the town of Pike Road``,
        ``Pike Road, Alabama``) and no place holding it (``Toronto's Yonge Street``)."""
        words = mention.name.split()
        if len(words) < 2 or mention.stand_in or mention.within is not None or \
                (mention.cue or "").startswith(_TOWN_CUES):
            return False
        last, before = words[-1], words[-2]
        return last[:1].isupper() and last.casefold().rstrip(".") in self.cues.street_words \
            and before[:1].isupper() and any(c.feature == "city" for c in mention.candidates)

    def _names_by_position(self, mentions: list[Mention]) -> set[str]:
        """Names the article uses as no place, by where they stand (``storm_words``,
        ``kin_words``, ``speech_verbs`` of ``place_cues.yaml``): a storm's (``Hurricane
        Irene``), a relative's (``his wife, Lorna``), or, when no country, region or big city,
        a source's (``Tass reported``, ``according to Yonhap``)."""
        doc, cues = self.doc, self.cues
        found: set[str] = set()
        text = doc.text
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            i = span.start
            before = doc[i - 1].lower_ if i >= 1 else ""
            if before in cues.storm_words and doc[i - 1].text[:1].isupper():
                found.add(text[m.start:m.end])
                continue
            k = i - 1
            if before in (",", "and"):
                k -= 1
                if before == "and" and k >= 0 and doc[k].text[:1].isupper():
                    k -= 1  # "daughters Ella and Troy"
                    if k >= 0 and doc[k].text == ",":
                        k -= 1
            if k >= 0 and doc[k].lower_ in cues.kin_words:
                found.add(text[m.start:m.end])
                continue
            root = span.root
            source = (root.dep_ == "nsubj" and root.head.lemma_.lower() in cues.speech_verbs) \
                or (root.dep_ == "pobj" and root.head.lower_ == "to" and
                    root.head.i >= 1 and doc[root.head.i - 1].lower_ == "according")
            if source and not m.stand_in and m.candidates and all(
                    c.feature in ("city", "admin2") and c.source != "places_extra" and
                    c.population < cues.weak_norp_min_population for c in m.candidates):
                found.add(text[m.start:m.end])  # only towns, none big: not "Britain said"
        return found

    def _datelines(self, mentions: list[Mention]) -> None:
        """The city of a wire dateline at the start of a line or sentence: "ISLAMABAD —",
        "BEIRUT (AP) —", "NEW DELHI:", "BISHKEK, Kyrgyzstan —", "COLUMBUS, Ohio (AP)" (the model
        tags neither an upper-case city nor the line it stands on)."""
        doc = self.doc
        lines = {0} | {t.i + 1 for t in doc if "\n" in t.text_with_ws}
        stops = {t.i + 1 for t in doc if t.text in (".", "!", "?") and t.whitespace_ and
                 t.i + 1 < len(doc) and _UPPER_WORD.fullmatch(doc[t.i + 1].text)}
        # (a byline run into the dateline: "..., The Associated Press. WASHINGTON (AP) —")
        for i in sorted(lines | set(self.sent_starts) | stops):
            line = i in lines
            while i < len(doc) and doc[i].is_space:
                i += 1
            stop = i
            while stop < len(doc) and stop - i < 5 and (
                    _UPPER_WORD.fullmatch(doc[stop].text) or (  # "ST" "." "LOUIS"
                        doc[stop].text == "." and stop > i and not doc[stop - 1].whitespace_)):
                stop += 1
            upper = stop > i
            if not upper and line:  # "Muscat:" opening a line names a big city
                while stop < len(doc) and stop - i < 3 and doc[stop].is_alpha and \
                        doc[stop].text[:1].isupper():
                    stop += 1
            if stop == i or stop >= len(doc) or any(self.used[i:stop]):
                continue
            end_word = doc[stop].text
            if end_word == "," and upper:  # the place after must hold it: "COLUMBUS, Ohio"
                self._take(mentions, self._mention(i, stop, "GPE", need_cue=True,
                                                   located_only=True))
            elif end_word in self.cues.dateline_ends:
                # a dash is a dateline for any town; a colon or "(AP)" for a sizeable one
                if end_word == "(" and not (stop + 2 < len(doc) and doc[stop + 2].text == ")"
                                            and doc[stop + 1].text[:1].isupper()):
                    continue  # "(AP)", "(Reuters)", not "EU (European Union)"
                given = _Given("dateline", weak=end_word in (":", "("), big=not upper)
                self._take(mentions, self._mention(i, stop, "GPE", need_cue=True, given=given))
            elif upper and line and doc[stop].is_title:  # "HOUSTON The U.S. Energy..."
                self._take(mentions, self._mention(i, stop, "GPE", need_cue=True,
                                                   given=_Given("dateline", big=True)))

    def _no_date(self, ent) -> bool:
        """A ``DATE`` or ``TIME`` entity that is no date: capitalised words only, none of them
        a word of dates (``Manbij``, not ``Monday`` or ``Christmas Eve``)."""
        return ent.label_ in ("DATE", "TIME") and all(
            t.text[:1].isupper() and t.is_alpha and t.lower_ not in self.cues.date_words
            for t in ent)

    def _take(self, mentions: list[Mention], found: tuple[Mention, int, int] | None) -> bool:
        if found is None:
            return False
        mention, first, last = found
        if any(self.used[first:last]):
            return False
        for i in range(first, last):
            self.used[i] = True
        mentions.append(mention)
        self.taken.append(found)
        return True

    def _joined_end(self, start: int, end: int) -> int | None:
        """Where a name that goes on past its entity ends: ``Trinidad and Tobago``,
        ``Washington, D.C.``, ``Baja`` ``California`` (one name of a row that the first part
        names too, or the exact name of a row)."""
        doc = self.doc
        joined = end < len(doc) and doc[end].text in (",", "and", "&")
        k = end + 1 if joined else end
        if k >= len(doc) or self.used[k]:
            return None
        nxt = self.ent_at[k]
        if nxt is not None and nxt.start == k and nxt.label_ not in NOT_PLACE_LABELS:
            stop = nxt.end
        elif not joined:
            return None
        elif self._proper(k) and nxt is None:
            stop = self._run_end(k + 1, k)
        else:
            stop = self._abbreviation(k)[1]
            if stop == k:
                return None
        rows = self.gaz.lookup(doc[start:stop].text)
        if any(c.exact for c in rows) or \
                {c.id for c in rows} & {c.id for c in self.gaz.lookup(doc[start:end].text)}:
            return stop
        return None

    def _split_commas(self, start: int, end: int) -> list[tuple[int, int]]:
        """``Tripoli, Lebanon`` or ``North and South Korea`` tagged as one entity: look the
        parts up one by one (unless the whole is a name: ``Bosnia and Herzegovina``)."""
        joins = (",", "and", "or")
        if not any(self.doc[i].lower_ in joins for i in range(start + 1, end)):
            return [(start, end)]
        if self.gaz.lookup(self.doc[start:end].text):
            return [(start, end)]
        pieces, first = [], start
        for i in range(start, end + 1):
            if i == end or self.doc[i].lower_ in joins:
                if i > first:
                    pieces.append((first, i))
                first = i + 1
        parts, n = [], 0
        while n < len(pieces):  # longest run of pieces that is a name: "Antigua and Barbuda"
            m = next(m for m in range(len(pieces), n, -1)
                     if m == n + 1 or self.gaz.lookup(self.doc[pieces[n][0]:pieces[m - 1][1]].text))
            parts.append((pieces[n][0], pieces[m - 1][1]))
            n = m
        return parts

    def _proper_runs(self) -> list[tuple[int, int]]:
        """Maximal runs of capitalised proper nouns outside entities (``Deir ez-Zor``)."""
        runs, i = [], 0
        while i < len(self.doc):
            if self._free(i) and (self._proper(i) or self._opening_particle(i)):
                j = self._run_end(i + 1, i)
                runs.append((i, j))
                i = j
            else:
                i += 1
        return runs

    def _run_end(self, j: int, start: int) -> int:
        """Where a run of proper nouns that goes on at token ``j`` ends: free tokens that are
        capitalised proper nouns, or particles and hyphens joining them (``ez``, ``-``)."""
        doc, floor = self.doc, max(j, start + 1)
        while j < len(doc) and self._free(j):
            joined = j + 1 < len(doc) and not doc[j].whitespace_ and self._free(j + 1)
            if self._proper(j):
                j += 1
            elif (doc[j].text == "-" or doc[j].lower_ in _PARTICLES) and joined and \
                    (self._proper(j + 1) or doc[j + 1].text == "-"):
                j += 1  # "ez" and "-" in "Deir ez-Zor"
            else:
                break
        while j > floor and not self._proper(j - 1):
            j -= 1
        return j

    def _free(self, i: int) -> bool:
        return not self.used[i] and self.ent_at[i] is None

    def _proper(self, i: int) -> bool:
        token = self.doc[i]
        return token.pos_ == "PROPN" and token.text[:1].isupper()

    def _opening_particle(self, i: int) -> bool:
        """Whether token ``i`` is a lower-case particle hyphenated to the capitalised word that
        follows it, opening a name (``al`` of ``al-Tijara``, ``el`` of ``el-Arish``)."""
        doc = self.doc
        return doc[i].lower_ in _PARTICLES and doc[i].is_lower and i + 2 < len(doc) and \
            doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
            and doc[i + 2].text[:1].isupper()

    def _capitalised(self, i: int) -> bool:
        """Whether a name opening at token ``i`` is capitalised: ``Tijara``, ``al-Tijara``."""
        return self.doc[i].text[:1].isupper() or self._opening_particle(i)

    def _inside(self, mentions: list[Mention], ent) -> None:
        """Place names inside another entity: one that opens it before a word for a body or an
        office (``Kentucky State Police``, ``Calgary MLA Sandra Jansen``) or a country's name
        (``Kenya Medical Association``), one after ``of`` (``the Conference Board of Canada``,
        ``the City of Montreal``, ``the University of Michigan Center for ...``: the longest name
        there), one after ``in`` (``a hospital in Winnipeg``)."""
        doc = self.doc
        start = ent.start
        while start < ent.end and doc[start].lower_ == "the":
            start += 1
        for stop in range(min(start + 4, ent.end - 1), start, -1):
            rows = self.gaz.lookup(doc[start:stop].text)
            if rows:  # the longest name only: not "Niger" of "Niger Delta Commission"
                if not self._take(mentions, self._mention(start, stop, ent.label_,
                                                          need_cue=True, opening=True)) and \
                        self._event_name(ent) and doc[stop - 1].lower_ not in \
                        self.cues.storm_words and any(
                            c.exact and (c.feature in _REGION_FEATURES or (
                                c.feature == "city" and
                                c.population >= self.cues.weak_min_population)) for c in rows):
                    self._take(mentions, self._mention(start, stop, ent.label_, need_cue=True,
                                                       given=_Given("embedded")))
                break
        boundary, linked = ent.end, False
        for k in range(ent.end - 2, start, -1):  # the name after each "of" or "in", longest
            word = doc[k].lower_  # first: "the Children's Hospital of Manitoba in Winnipeg",
            if word not in ("of", "in"):  # "the University of Michigan Center for ..."
                continue
            linked = True
            first = k + 2 if doc[k + 1].lower_ == "the" else k + 1
            given = _Given("of-org") if word == "of" else _Given("prep:in", weak=True)
            for stop in range(min(boundary, first + 4), first, -1):
                if not any(self.used[first:stop]) and self._take(mentions, self._mention(
                        first, stop, ent.label_, need_cue=True, given=given)):
                    break
            boundary = k
        if linked:
            return
        if ent.label_ == "PERSON":
            return
        end = ent.end - 1 if doc[ent.end - 1].text in _POSSESSIVE else ent.end  # "Team
        # Ontario's" tagged whole
        for first in range(max(start + 1, end - 3), end):  # "Environment Canada"
            if not any(self.used[first - 1:end]) and doc[first - 1].text[:1].isupper() and \
                    doc[first].text[:1].isupper() and \
                    doc[first - 1].lower_ not in self.cues.name_openers and \
                    self._embedded(self.gaz.lookup(doc[first:end].text), doc[first:end].text,
                                   closing=not _UPPER_WORD.fullmatch(doc[first - 1].text)):
                # (after a short name in capitals, a station's or a branch's name closes with any
                # big city: "CBC Toronto", "CTV Winnipeg", "CSA Singapore")
                self._take(mentions, self._mention(first, end, ent.label_, need_cue=True,
                                                   given=_Given("embedded")))
                break

    def _event_name(self, ent) -> bool:
        """Whether an entity names an event held where the place opening it is: tagged an event,
        or ending in one of ``event_words`` (``the Locarno Film Festival``, ``the Boston
        Marathon``, ``the Monaco Grand Prix``); a storm's name is no such event (``Hurricane
        Irma``: no town of Hurricane)."""
        return ent.label_ == "EVENT" or self.doc[ent.end - 1].lower_ in self.cues.event_words

    def _coordinated(self, mentions: list[Mention], ent) -> bool:
        """An entity that lists names (``Haris and Varzaqan``, ``Ingham or Townsville``): the
        first must be a place with a cue, or all places by their own names, one of them big
        (``Wisconsin and Pennsylvania``, ``Ingham or Townsville``);
        the others are then taken as listed with it."""
        doc = self.doc
        parts, first = [], ent.start
        for i in range(ent.start, ent.end + 1):
            if i == ent.end or doc[i].lower_ in ("and", "or", ","):
                if i > first:
                    parts.append((first, i))
                first = i + 1
        if len(parts) < 2:
            return False
        found = self._mention(*parts[0], ent.label_, need_cue=True)
        if found is None:
            rows = [self.gaz.lookup(doc[a:b].text) for a, b in parts]
            if not (any(self._big(r) for r in rows) and
                    all(self._big(r) or any(c.exact for c in r) for r in rows)):
                return False  # "to Ingham or Townsville" (ORG): a big town carries the list
            found = self._mention(*parts[0], ent.label_, need_cue=True,
                                  given=_Given("list:strong"))
        if not self._take(mentions, found):
            return False
        weak = _weak(found[0].cue)
        commas = not any(doc[i].lower_ in ("and", "or") for i in range(ent.start, ent.end))
        given = _Given("list:weak" if weak else "list:strong", found[0].features, weak=weak,
                       exact=weak or commas)
        for a, b in parts[1:]:
            if not self._abbreviation(a)[0]:  # "Wainwright, Alta.": the region is no list item
                self._take(mentions, self._mention(a, b, ent.label_, need_cue=True, given=given))
        return True

    def _holding_regions(self, mentions: list[Mention]) -> None:
        """The region named after a place that it holds is a mention too, tagged or not:
        ``Essex`` of ``Harwich, Essex``, ``Texas`` of ``Paris, Texas``."""
        for mention in list(mentions):
            tokens = self.regions_after.get((mention.start, mention.end))
            if tokens is not None and not any(self.used[tokens[0]:tokens[1]]):
                ent = self.ent_at[tokens[0]]
                self._take(mentions, self._mention(
                    *tokens, ent.label_ if ent is not None else "", need_cue=True,
                    given=_Given("located:region")))

    def _abbreviation(self, i: int) -> tuple[tuple[Candidate, ...], int]:
        """The regions an abbreviation at token ``i`` stands for (``Ky.``, ``B.C.``, ``Ky`` +
        ``.``), and the token after it; no regions when it is none."""
        doc = self.doc
        token = doc[i]
        forms = [(token.text, i + 1)]
        if i + 1 < len(doc) and doc[i + 1].text == "." and not token.whitespace_:
            forms.insert(0, (token.text + ".", i + 2))
        glued = _GLUED_DASH.match(token.text)
        if glued:  # "KY--(Marketwire", one token: a press release's dateline
            forms.insert(0, (glued.group(1), i + 1))
        for form, stop in forms:
            if form not in self.cues.abbreviations:
                continue
            if form not in self._abbrev_cache:
                rows = []
                for iso3, full in self.cues.abbreviations[form]:
                    rows += [c for c in self.gaz.lookup(full) if c.exact and c.country == iso3
                             and c.feature in _REGION_FEATURES]
                self._abbrev_cache[form] = tuple(rows)
            if self._abbrev_cache[form]:
                return self._abbrev_cache[form], stop
        return (), i

    def _abbreviations(self, mentions: list[Mention]) -> None:
        """Region abbreviations: after a place they hold (``Paris, Tex.``, ``EDMONTON, Ky``),
        or alone when written with two dots or more (``in B.C.``, not ``500 B.C.``)."""
        doc = self.doc
        holders = {last: m for m, _, last in self.taken}
        for i in range(1, len(doc)):
            if self.used[i] or not doc[i].text[:1].isupper():
                continue
            rows, stop = self._abbreviation(i)
            if not rows:
                continue
            text = doc[i:stop].text
            glued = _GLUED_DASH.match(text) if stop == i + 1 else None
            if glued:
                text = glued.group(1)  # "KY" of "KY--(Marketwire"
            if self._degree(i, stop):
                continue
            holder = holders.get(i - 1) if doc[i - 1].text == "," else None
            if holder is not None:
                inside = {c.admin1_code for c in holder.candidates} | \
                    {c.country for c in holder.candidates}
                rows = tuple(r for r in rows if (r.admin1_code or r.country) in inside)
            elif text.count(".") < 2 or (doc[i - 1].like_num and i >= 1):
                listed = self._listed_countries(i)  # "from Victoria and the ACT"
                rows = tuple(r for r in rows if r.country in listed) if \
                    text.isupper() and stop == i + 1 else ()
            if rows:
                end_char = doc[i].idx + len(text) if glued else \
                    doc[stop - 1].idx + len(doc[stop - 1].text)
                self._take(mentions, (Mention(
                    start=doc[i].idx, end=end_char, name=text, candidates=rows,
                    label=self.ent_at[i].label_ if self.ent_at[i] else "", cue="abbreviation",
                    sentence_features=self.sent_features[self.sent_index[i]],
                    sentence=self.sent_index[i]), i, stop))

    def _listed_countries(self, i: int) -> frozenset[str]:
        """The countries of the first-level regions token ``i`` is listed with (``Victoria`` of
        ``from Victoria and the ACT``)."""
        doc = self.doc
        linked = {c.i for c in doc[i].children if c.dep_ == "conj"}
        if doc[i].dep_ == "conj":
            linked.add(doc[i].head.i)
        return frozenset(c.country for m, first, last in self.taken
                         if any(first <= k < last for k in linked)
                         for c in m.candidates if c.feature == "admin1" and c.exact)

    def _lists(self, mentions: list[Mention], since: int = 0) -> None:
        """Names listed with a place are places too (``the towns of Haris and Varzaqan``,
        ``Wisconsin and Pennsylvania``), with the cue of the place they are listed with; only
        the places taken from index ``since`` of ``self.taken`` on are looked at."""
        doc = self.doc
        queue = list(self.taken[since:])
        while queue:
            mention, first, last = queue.pop(0)
            linked = set()
            for i in range(first, last):
                token = doc[i]
                linked.update(c.i for c in token.children if c.dep_ == "conj")
                if token.dep_ == "conj" and not first <= token.head.i < last:
                    linked.add(token.head.i)
            for i in sorted(linked):
                span = None if self.used[i] else self._span_around(i)
                if span is None:
                    continue
                weak = _weak(mention.cue)
                carried = weak and mention.label in ("GPE", "LOC") and span[2] in ("", "GPE", "LOC")
                # "to Ingham or Townsville": the model's place carries the untagged name listed
                # with it, by its own name whatever its size (still a weak cue for the rest)
                given = _Given("list:weak" if weak else "list:strong", mention.features,
                               weak=weak and not carried, exact=weak)
                found = self._mention(*span, need_cue=True, given=given)
                if found is None and mention.stand_in:  # "Foua and Kfraya in Idlib"
                    found = self._listed_stand_in(mention, *span)
                if self._take(mentions, found):
                    queue.append(self.taken[-1])

    def _listed_stand_in(self, partner: Mention, start: int, end: int,
                         label: str) -> tuple[Mention, int, int] | None:
        """A name the gazetteer lacks listed with a stand-in (``Foua and Kfraya in Idlib``):
        a stand-in of the same region, when the name is untagged or a place's, or when a town
        phrase opens the list (``the villages of Foua and Kfraya``, ``Foua`` tagged ``ORG``,
        whatever the label)."""
        doc = self.doc
        while end > start + 1 and doc[end - 1].lower_ in ("and", "or", ","):
            end -= 1  # "Foua and" tagged as one entity
        named = label in ("", "GPE", "LOC") or self._town_phrase(start) or \
            self._town_list(start)  # "villages of Foua" (tagged ORG or PERSON)
        if not named or self.gaz.lookup(doc[start:end].text) or \
                not doc[start].text[:1].isupper():
            return None
        return replace(partner, start=doc[start].idx,
                       end=doc[end - 1].idx + len(doc[end - 1].text),
                       name=doc[start:end].text, label=label, cue="list:in-region",
                       sentence=self.sent_index[start]), start, end

    def _span_around(self, i: int) -> tuple[int, int, str] | None:
        """The entity, or the run of untagged proper nouns, that token ``i`` belongs to."""
        ent = self.ent_at[i]
        if ent is not None:
            start, end = self._dash_part(ent, i)
            no_date = self._no_date(ent)  # "Egypt and Limpopo" tagged DATE: untagged
            if (ent.label_ in NOT_PLACE_LABELS and not no_date) or any(self.used[start:end]) or \
                    (ent.label_ in _NATIONALITY_LABELS and self.gaz.demonym(ent.text)):
                return None
            return start, end, "" if no_date else ent.label_
        if not self._proper(i):
            return None
        start = i
        while start > 0 and self._free(start - 1) and self._proper(start - 1):
            start -= 1
        return start, self._run_end(i + 1, start), ""

    def _dash_part(self, ent, i: int) -> tuple[int, int]:
        """The part of entity ``ent`` that holds token ``i``, between dashes with a space on
        each side: the model runs a name on across them (``Trump - Wisconsin`` tagged PERSON
        in "won by Mr Trump - Wisconsin and Pennsylvania -")."""
        doc = self.doc
        start, end = ent.start, ent.end
        for k in range(ent.start + 1, ent.end):
            if doc[k].text in _DASHES and doc[k - 1].whitespace_ and doc[k].whitespace_:
                if k < i:
                    start = k + 1
                elif k > i:
                    end = k
                    break
        return start, end

    # -- one mention --------------------------------------------------------------------------

    def _mention(self, start: int, end: int, label: str, *, need_cue: bool,
                 given: _Given | None = None, opening: bool = False, located_only: bool = False):
        """The mention of ``doc[start:end]`` (trimmed), with its cues, and the tokens it takes;
        None when it names no place or (``need_cue``) nothing says it is one. ``opening``: the
        span opens a longer name, and only a word for a body or office after it, or a
        country's name, makes it a place; ``located_only``: only a place that holds it does."""
        doc, cues = self.doc, self.cues
        while start < end and doc[start].lower_ == "the":
            start += 1
        if end < len(doc) and end - start >= 2 and doc[end - 1].text in _POSSESSIVE and \
                doc[start].lower_.rstrip(".") in _SAINTS and doc[end].text[:1].isupper():
            return None  # "St. John's University", "St. Mary's Hospital": a saint's, no town's
        own = end - start >= 2 and doc[end - 1].text in ("'s", "’s") and \
            normalize_name(doc[start:end].text) != normalize_name(doc[start:end - 1].text) and \
            any(c.exact for c in self.gaz.lookup(doc[start:end].text))  # "St. John's" the
        # city, not Saint John
        while not own and end > start and (doc[end - 1].text in _POSSESSIVE or
                                           doc[end - 1].is_punct):
            end -= 1
        if start >= end:
            return None
        if start > 0 and doc[start - 1].lower_.rstrip(".") in cues.person_titles:
            return None  # "Mr. Heiden", "Dr. Bolton"
        if self._degree(start, end):
            return None  # "Jane Roe, M.D."
        if self._ampersand(start, end):
            return None  # "St. Paul & the Broken Bones": a band's name
        outer = span_start = start  # before "northern" in "in northern Syria"
        candidates = self.gaz.lookup(doc[start:end].text)
        if not candidates and given is not None and given.cue == "dateline":
            candidates = self._abbreviated_division(start, end)  # "PLYMOUTH CO. -"
            if candidates and end < len(doc) and doc[end].text == "." and \
                    not doc[end - 1].whitespace_:
                end += 1  # the abbreviation keeps its dot
        whole_before_word = end - start > 2 and doc[end - 1].lower_ in cues.after and \
            doc[start].text[:1].isupper() and bool(self.gaz.lookup(doc[start:end - 1].text))
        if (not candidates or not self._capitalised(start)) and not whole_before_word:
            # "northern Syria" (but "North Korea" is found whole above, and "West Virginia"
            # of "West Virginia State Police" is not "Virginia State")
            candidates, trimmed = [], start
            while trimmed < end - 1 and (doc[trimmed].lower_ in cues.directions or
                                         self._qualifier(trimmed)):
                trimmed += 1
            if trimmed > start:
                candidates = self.gaz.lookup(doc[trimmed:end].text)
                if not all(self._qualifier(k) for k in range(start, trimmed)):
                    span_start = trimmed  # "northern Syria"; but "North London", "Upper
                    # Edmonton": the qualifier is part of the name
                start = trimmed
        if span_start == start and start > 0 and self._qualifier(start - 1) and \
                self._free(start - 1) and candidates and doc[start].text[:1].isupper():
            whole = self.gaz.lookup(doc[start - 1:end].text)  # "South" + "Africa"
            span_start = start - 1
            if whole:
                candidates, start = whole, start - 1
        if span_start < start and all(c.feature == "city" and
                                      c.population < cues.weak_min_population
                                      for c in candidates):
            return None  # "the West Wing" is no part of Wing, a village in England
        if span_start == start and start > 0 and self._free(start - 1) and \
                not doc[start - 1].is_sent_start and \
                (doc[start - 1].is_alpha or doc[start - 1].text[:-1].isalpha() and
                 doc[start - 1].text.endswith(".")) and \
                doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "ADJ") \
                and doc[start].text[:1].isupper():
            longer = [c for c in self.gaz.lookup(doc[start - 1:end].text) if c.exact]
            if longer:  # "the Little Portugal home": a row's own longer name, not Portugal;
                # "Co. Tipperary" the county, not the town
                candidates, start = longer, start - 1
                span_start = start
            elif doc[start - 1].lower_ in cues.name_openers:
                return None  # "Little Italy" is a neighbourhood, not Italy
        if not self._capitalised(start) or (
                end - start == 1 and doc[start].lower_ in cues.directions):
            return None  # "the West", "the South of France"
        first, last = span_start, end  # tokens the mention takes
        name_end = end
        features: tuple[str, ...] = ()
        cue = None
        tail = doc[end - 1].lower_
        bare = tail in cues.after and not self._word_in_span(end - 1) and \
            tail not in cues.type_words and not any(c.exact for c in candidates)
        # (a row's own name keeps its word: "Kansas City")
        if (not candidates or bare) and end - start > 1 and tail in cues.after and not opening:
            shorter = self.gaz.lookup(doc[start:end - 1].text)  # "Idlib Province"
            if shorter:
                candidates, name_end = shorter, end - 1
                features, cue = cues.after[tail][0], f"after:{tail}"
                if bare or (end < len(doc) and (doc[end].lower_ in cues.institutions or
                                                doc[end].lower_ in cues.inhabitants)):
                    last = end - 1  # the span is the name: "Idlib" of "Idlib Province",
                    # "West Virginia" of "West Virginia State Police"
        if not candidates and not opening:  # "Ifugao province", "Ifugao" tagged as a place:
            # no town bears the name, a division does
            candidates = self._division_after(start, end) or (
                list(divisions_named(doc[start:end].text, gazetteer=self.gaz, cues=cues))
                if label in PLACE_LABELS else [])
        if not candidates:
            if opening:
                return None
            if end - start > 1 and doc[end - 1].is_lower and tail in cues.after:
                end -= 1  # "Maoxian county" tagged whole: the name is "Maoxian"
            return self._stand_in(span_start, start, end, label, (), given)
        if end - start > 1 and tail in cues.type_words and not cue and \
                not opening and any(c.exact and c.feature in cues.after[tail][0]
                                    for c in candidates):
            features, cue = cues.after[tail][0], f"after:{tail}"  # "Laurel County" whole
        if end < len(doc) and not cue and doc[end].lower_ in cues.after \
                and self.ent_at[end] is None and not opening:
            word = doc[end].lower_
            allowed, in_span = cues.after[word]
            whole = [c for c in self.gaz.lookup(doc[start:end + 1].text)
                     if c.exact and c.feature in allowed] \
                if in_span or word in cues.type_words or word in cues.division_words or \
                doc[end].text[:1].isupper() else []
            in_span = self._word_in_span(end)
            if whole:  # "Metcalfe" + "County": the county, not the town of Metcalfe; "Abra"
                # of "Abra province" (the word stays out of the span as for a region)
                candidates, end = whole, end + 1
                name_end = end
                last = end if in_span or word in cues.type_words else end - 1
                features, cue = allowed, f"after:{word}"
            elif any(c.feature in allowed for c in candidates):  # "Syria state media": no cue
                features, cue = allowed, f"after:{word}"
                if word in cues.division_words and any(
                        c.feature in _DIVISIONS and c.feature in allowed for c in candidates):
                    features = tuple(f for f in allowed if f in _DIVISIONS)  # "the Karak
                    # district": Jordan's governorate, not a town of Karak elsewhere
                if in_span:
                    last = end + 1
            elif set(allowed) <= _WATERS:
                return None  # "the Mississippi River" is no state, "Colorado River" no state
        if cue == f"after:{tail}" and name_end < end and set(features) <= _WATERS and \
                not any(c.feature in features for c in candidates):
            return None  # "Mississippi River" tagged whole: a river we do not know
        institution = self._institution_after(start, end, candidates, label)
        if institution and not cue:
            cue = f"institution:{institution}"
            if institution in cues.region_institutions:
                features = ("admin1",)  # "Washington Gov. Jay Inslee": the state's governor
        capital = False
        before_at = start
        for words, allowed, is_capital in cues.before:
            n = len(words)
            if start - n >= 0 and tuple(t.lower_ for t in doc[start - n:start]) == words:
                if not allowed or any(c.feature in allowed for c in candidates):
                    if not cue:
                        features, cue = allowed, "before:" + " ".join(words)
                    capital = is_capital
                    before_at = start - n
                break
        weak = False
        if not cue and given is not None:
            cue, weak = given.cue, given.weak
            features = features or given.features
        if not cue and not opening and self._hometown(span_start, end, candidates, label):
            cue = "hometown"  # "Darren Price, 34, of Ruislip, was charged"
        prep = min(start, outer) - 1
        while prep >= 0 and doc[prep].lower_ in cues.directions and \
                doc[prep].lower_ not in cues.prepositions and doc[prep].lower_ != "the":
            prep -= 1  # "in eastern Ghouta", "in the far north of"
        if prep >= 0 and doc[prep].lower_ == "the":
            prep -= 1
        need_big = False
        if not cue and not opening and prep >= 0 and doc[prep].lower_ in cues.prepositions:
            cue, weak = f"prep:{doc[prep].lower_}", True
            # "the surrender of Aleppo" (PERSON) but not "the impact of Castro"
            need_big = doc[prep].lower_ in cues.untagged_prepositions and label not in (
                "", *PLACE_LABELS, *_NATIONALITY_LABELS)
        if not cue and not opening:
            root = doc[start:end].root
            if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in cues.object_verbs:
                cue, weak = f"object-of:{root.head.lemma_.lower()}", True  # "the army captured Jaffna"
        if need_cue and not cue and not opening and label in ("", "ORG") and \
                end < len(doc) and doc[end].text in _POSSESSIVE:
            cue, weak, need_big = "possessive", True, True  # "Monterrey's water" (tagged ORG):
            # a country, a region or a big city
            if self._site_after(end + 1) and any(
                    c.exact and (c.feature != "city" or c.population >= cues.weak_min_population)
                    for c in candidates):
                cue, weak, need_big = "possessive-site", False, False  # "Derby's Royal
                # Infirmary Hospital": a site's holder is a place (see _held)
        if (cue is None or weak) and not opening and end - start == 1 and start > 0 and \
                doc[start - 1].lower_ == "the" and candidates and \
                all(c.feature == "city" and not c.name.casefold().startswith("the ")
                    for c in candidates) and self._ends_phrase(end):
            return None  # "a letter to the Duma": a town's one-word name takes no article, a
            # body's does (but "the Bronx", "the Hague" are the rows' own names, "the Aleppo
            # countryside" and "the Pittsburgh, Pennsylvania-based company" a town's, "the Near
            # North Side" a district's)
        self.last_region = None
        located = self._located_after(last, candidates)
        region_after = self.last_region if located else None
        if not located and not opening and name_end == end:
            stand_in = self._stand_in(span_start, start, end, label, candidates, given)
            if stand_in is not None:  # "HOLLIDAY, Mo.": no Holliday in Missouri
                return stand_in
            holder = self._holder_before(start) if before_at < start else None
            candidates = [c for c in candidates if any(self._lies_in(c, r) for r in holder)] \
                or candidates if holder else candidates  # "the Idlib town of Saraqeb"
        country = self._country_before(start, before_at) or located
        if located:  # the region itself is a mention the resolver reads ("Paris, Texas")
            if cue is None or weak:  # "Saraqeb in northwest Syria", "Sirte, Libya"
                cue, weak = "located", False  # ("Brazil's Kaka" is no such cue: people have that)
        elif located_only:
            return None
        typed = tail in cues.type_words  # "Laurel County": the name says what it is
        if need_cue and (cue is None or cue == "possessive") and any(
                c.exact and (c.feature in _SELF_EVIDENT or (typed and c.feature == "admin2"))
                for c in candidates):
            cue, weak, need_big = "name", False, False  # "the Bosporus" tagged PERSON: no
            # person is called that; nor is "Laurel County's budget" (ORG) a weak possessive
            # (a preposition stays the cue: "in Mali ambush" names the ambush's attacker)
        if opening:
            if not (cue or "").startswith("institution:"):
                if label == "PERSON" or not (doc[end].text[:1].isupper() or
                                             doc[end].text in _POSSESSIVE) or \
                        doc[end].lower_ in cues.feature_words or \
                        not self._embedded(candidates, doc[start:end].text, typed):
                    return None  # "Jordan Peterson" is no place
                cue = "name" if cue == "name" else "embedded"  # "Winnipeg Free Press"
        elif cue == "of-org" and not located and not any(
                c.exact and (c.feature in _SELF_EVIDENT or c.feature == "admin1"
                             or c.population >= cues.org_of_min_population) for c in candidates):
            return None
        if given is not None and cue == given.cue and (
                (given.big and not self._big(candidates)) or (given.exact and not any(
                    c.exact or c.source == "places_extra" for c in candidates))):
            return None  # not "Col." (Colonel) of "the town of Poso, Col."
        if need_cue:
            if cue is None:
                return None
            if (label in _NATIONALITY_LABELS and (weak or cue == "name")) or (weak and need_big):
                if not self._big(candidates):
                    return None
            elif weak and not self._weak_ok(candidates, start, end, label):
                return None
        if last - first > 1 and doc[last - 1].lower_ in cues.after and \
                not self._word_in_span(last - 1):
            last -= 1  # "Puge county", "Kurdistan region": the word describes, the name names
        end_char = doc[last - 1].idx + len(doc[last - 1].text)
        mention = Mention(
            start=doc[span_start].idx, end=end_char, name=doc[start:name_end].text,
            candidates=tuple(candidates), label=label, cue=cue, features=tuple(features),
            capital=capital, country=country,
            sentence_features=self.sent_features[self.sent_index[start]],
            sentence=self.sent_index[start])
        if region_after is not None:
            self.regions_after[(mention.start, mention.end)] = region_after
        return mention, first, last

    def _hometown(self, start: int, end: int, candidates, label: str) -> bool:
        """Whether the name is a person's home town, set off by commas after the person's name
        or age (``Darren Price, 34, of Ruislip, was charged``, ``Miss Okafor, of Wembley,
        said``, ``a 19-year-old, of Leyton, ...``): a row's own name, of a town of
        ``weak_cue_min_population`` people when the model tagged it as an organisation (``Jane
        Doe, of Chase, said`` names a bank)."""
        doc = self.doc
        if start < 3 or doc[start - 1].lower_ != "of" or doc[start - 2].text != ",":
            return False
        if end < len(doc) and doc[end].text not in (",", ".", ";"):
            return False
        before = doc[start - 3]
        ent = self.ent_at[start - 3]
        if not ((ent is not None and ent.label_ == "PERSON" and ent.end == start - 2) or
                before.like_num or before.lower_ in ("old", "year-old") or
                before.lower_.endswith("-old")):
            return False
        floor = self.cues.weak_min_population if label == "ORG" else 0
        return any(c.exact and (c.feature != "city" or c.population >= floor)
                   for c in candidates)

    def _degree(self, start: int, end: int) -> bool:
        """A dotted abbreviation after a person's name and a comma, or after another such one:
        a degree (``Jane Roe, M.D., Ph.D.``), not a region."""
        doc = self.doc
        if start < 2 or doc[start - 1].text != "," or "." not in doc[start:end].text:
            return False
        before = doc[start - 2]
        ent = self.ent_at[start - 2]
        return (ent is not None and ent.label_ == "PERSON") or (
            "." in before.text and before.text[:1].isupper() and len(before.text) <= 6 and
            self._degree(before.i, before.i + 1))

    def _abbreviated_division(self, start: int, end: int) -> list[Candidate]:
        """The divisions named by ``doc[start:end]`` when it ends in an abbreviated type word
        (``type_abbreviations``: ``PLYMOUTH CO.`` of a dateline is Plymouth County). Only
        datelines are read so: ``Harris Co.`` in a sentence is as often a firm's name."""
        doc = self.doc
        full = (self.cues.type_abbreviations or {}).get(doc[end - 1].lower_)
        if not full or end - start < 2:
            return []
        return [c for c in self.gaz.lookup(f"{doc[start:end - 1].text} {full}")
                if c.exact and c.feature == "admin2"]

    def _qualifier(self, i: int) -> bool:
        """A capitalised word that qualifies the place name after it and belongs to the
        name: a direction (``North London``, ``South Florida``) or one of ``name_qualifiers``
        (``Upper Edmonton``, ``Greater Manchester``). In lower case it stays out (``northern
        Syria``)."""
        token = self.doc[i]
        return token.text[:1].isupper() and not token.is_upper and \
            token.lower_ in self.cues.qualifiers

    def _word_in_span(self, i: int) -> bool:
        """Whether the type word at token ``i`` after a name is part of the place's name: a
        capitalised one that ends the phrase is (``Fars Province``, ``Quebec City``, ``Metcalfe
        County``), a lower-case one describes the place and stays out (``Idlib province``,
        ``Cork city``), and so does one that qualifies a body after it (``Kentucky`` of
        ``Kentucky State Police``, but ``Metcalfe County Sheriff``). Names of waters keep their
        word whatever its case (``the Nile river``)."""
        doc, cues = self.doc, self.cues
        word = doc[i].lower_
        allowed, in_span = cues.after[word]
        if in_span and set(allowed) <= _WATERS:
            return True
        if not doc[i].text[:1].isupper():
            return False
        body = cues.institutions | cues.inhabitants | cues.institution_qualifiers
        return not (word in cues.institution_qualifiers and i + 1 < len(doc) and
                    doc[i + 1].lower_ in body)

    def _division_after(self, start: int, end: int) -> list:
        """The divisions named by ``doc[start:end]`` and the division or type word after it,
        in any case (``Ifugao province``, ``Miami-Dade county``), or none."""
        doc = self.doc
        words = self.cues.division_words | self.cues.type_words
        if end >= len(doc) or doc[end].lower_ not in words:
            return []
        return [c for c in self.gaz.lookup(doc[start:end + 1].text)
                if c.exact and c.feature == "admin2"]

    def _institution_after(self, start: int, end: int, candidates, label: str) -> str | None:
        """The word for a body, office or people of the place that follows its name, after up to
        two qualifiers: ``police`` in ``Kentucky State Police``, ``man`` in ``an Edmonton man``.
        People need a sizeable place, a nationality's label a big one (not ``Liberal MP``)."""
        doc, cues = self.doc, self.cues
        word = None
        for j in range(end, min(end + 3, len(doc))):
            if doc[j].lower_ in cues.institutions or doc[j].lower_ in cues.inhabitants:
                word = doc[j].lower_
                break
            if doc[j].lower_ not in cues.institution_qualifiers:
                return None
        if word is None or normalize_name(doc[start:end].text) in cues.not_institution_places:
            return None
        if j > end and f"{doc[j - 1].lower_} {word}" in cues.region_institutions:
            word = f"{doc[j - 1].lower_} {word}"  # "the Georgia National Guard": the state's
        if label in _NATIONALITY_LABELS:
            return word if self._big(candidates) else None
        if (word in cues.inhabitants or label not in PLACE_LABELS) and \
                not self._weak_ok(candidates, start, end, label, head=False):
            return None  # "the Culture Department" is no town's
        return word

    def _embedded(self, candidates, name: str, typed: bool = False,
                  closing: bool = False) -> bool:
        """A name that stays a place inside an organisation's name (``Kenya Medical
        Association``, ``Winnipeg Free Press``, ``Environment Canada``): the exact name of a
        country (or its short name in capitals: ``US Geological Survey``), a first-level region,
        a county named with its type word, or a big city, unless the name is also an ordinary
        word (``Centre``, ``Federal``). A city ``closing`` the name after ordinary words must
        have ``embedded_closing_min_population`` people (``Baseball Toronto``, ``Smart Dubai``):
        a smaller town's name there is a word of a band's or a brand's (``Rainbow Kitten
        Surprise``), not the town."""
        floor = self.cues.embedded_closing_min_population if closing else \
            self.cues.weak_norp_min_population
        if normalize_name(name) in self.cues.generic_names:
            return False
        short = name.replace(".", "").isupper()
        return any((c.exact or (short and c.feature == "country")) and (
            c.feature in ("country", "admin1")
            or (c.feature == "admin2" and typed)
            or (c.feature == "city" and c.population >= floor)) for c in candidates)

    def _ampersand(self, start: int, end: int) -> bool:
        """A name joined by ``&`` to a capitalised name that is no place (``St. Paul & the
        Broken Bones``, ``Marks & Spencer``, ``Johnson & Johnson``): a band's or a firm's name.
        Two places so joined stay places (``Trinidad & Tobago``, ``Texas & Oklahoma``)."""
        doc = self.doc
        if end + 1 < len(doc) and doc[end].text == "&":
            k = end + 1
            if doc[k].lower_ == "the":
                return True
            stop = k
            while stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
                stop += 1
            return stop > k and not self.gaz.lookup(doc[k:stop].text)
        if start >= 2 and doc[start - 1].text == "&":
            k = start - 2
            while k >= 0 and doc[k].text[:1].isupper() and doc[k].is_alpha and \
                    not doc[k].is_sent_start:
                k -= 1
            return k < start - 2 and not self.gaz.lookup(doc[k + 1:start - 1].text)
        return False

    def _big(self, candidates) -> bool:
        """A country, a first-level region or a city of ``weak_norp_min_population`` people."""
        floor = self.cues.weak_norp_min_population
        return any(c.exact and (c.feature in _SELF_EVIDENT or c.feature == "admin1"
                                or c.population >= floor) for c in candidates)

    def _weak_ok(self, candidates, start: int, end: int, label: str, *, head: bool = True) -> bool:
        """A preposition alone is a weak cue: the name must head its phrase (not ``in the Eta
        disarmament process``) and be a sizeable place, by its own name (or a country's short
        name: ``U.S.``) when the model tagged the span as something else (``to Al-Ahram`` is not
        ``Ahram``)."""
        if label == "PERSON" and end - start > 1 and not self._big(candidates):
            return False  # "in Ciudad Juarez", not "to John Smith"
        name = self.doc[start:end].text
        if len(name) <= 4 and name.isupper() and not any(c.feature in _REGION_FEATURES
                                                          for c in candidates):
            return False  # an acronym: "the TNA"
        if normalize_name(name) in self.cues.institutions or \
                normalize_name(name) in self.cues.institution_qualifiers:
            return False  # "the Commissioner of Police"
        if head and end < len(self.doc) and self.doc[end].pos_ in ("NOUN", "PROPN") and \
                not self._date_at(end):
            return False  # (a date after it ends the phrase: "rallies in Corsica Thursday")
        floor = self.cues.weak_min_population
        if any((c.feature != "city" or c.population >= floor)
               and (c.exact or not label or c.source == "places_extra"
                    or c.feature == "country") for c in candidates):  # "U.S.", "Britain"
            return True
        return self._alias_ok(name)

    def _alias_ok(self, name: str) -> bool:
        """Whether a name the model tagged as something else (``ORG``, ``PERSON``) is, after a
        preposition, a place by an alternate name it bears (``in Echmiadzin``, ``from
        Zawia``: GeoNames lists them under Vagharshapat and Az Zawiyah): the name itself, not a looser spelling of it nor the name without its
        article, must be a listed alternate name of a town of ``weak_cue_alias_min_population``
        people or of a first-level region, in a country the article names
        (:meth:`_named_countries`)."""
        floor = self.cues.weak_alias_min_population
        if not floor or not name[:1].isupper():
            return False
        countries = self._named_countries()
        return any(not c.exact and c.country in countries and (c.feature == "admin1" or (
            c.feature == "city" and c.population >= floor))
            for c in self.gaz._lookup_key(normalize_name(name)))

    def _named_countries(self) -> frozenset[str]:
        """The countries the article names (a country's or a first-level region's own name
        tagged ``GPE``) or whose people it names (a demonym): an alternate name is read as a
        place only there (an acronym that is a town's alternate name abroad is no place)."""
        if self._countries is None:
            found: set[str] = set()
            for ent in self.doc.ents:
                if ent.label_ == "GPE":
                    found.update(c.country for c in self.gaz.lookup(ent.text)
                                 if c.country and (c.feature == "country" or
                                                   (c.exact and c.feature == "admin1")))
                elif ent.label_ == "NORP":
                    iso3 = self.gaz.demonym(ent.text)
                    if iso3:
                        found.add(iso3)
            self._countries = frozenset(found)
        return self._countries

    def _date_at(self, i: int) -> bool:
        """Whether token ``i`` opens a date or time the model tagged (``Thursday``)."""
        ent = self.ent_at[i]
        return ent is not None and ent.start == i and ent.label_ in ("DATE", "TIME")

    def _country_before(self, start: int, before_at: int) -> str | None:
        """``Syria’s Idlib province`` or ``the Syrian town of Saraqeb``."""
        doc = self.doc
        if start >= 2 and doc[start - 1].text in _POSSESSIVE:
            for k in range(start - 2, max(start - 5, -1), -1):
                iso3 = self._country_named(doc[k:start - 1].text)
                if iso3:
                    return iso3
        if before_at < start and before_at >= 1:  # "the Syrian town of", "the Libyan capital"
            return self.gaz.demonym(doc[before_at - 1].text)
        return None

    def _located_after(self, end: int, candidates) -> str | None:
        """The ISO3 code of the country or first-level region after the name that holds one of
        its ``candidates``: ``Sirte, Libya``, ``Saraqeb in northwest Syria``, ``Paris, Texas``,
        ``Churchill, Man.`` (not ``Freeland, U.S. Trade Representative``); or of the county or
        the region of ``places_extra.csv`` near whose point it lies (``Harwich, Essex``,
        ``Croft, Yorkshire``)."""
        doc = self.doc
        if end < len(doc) and doc[end].is_lower and (self._town_word(end) or
                                                     self._division_word(end)):
            end += 1  # "Marwahin village in south Lebanon", "Lixian county in Sichuan"
        if end >= len(doc) or doc[end].text not in {",", "in"}:
            return None
        j = end + 1
        while j < len(doc) and doc[j].lower_ in self.cues.directions and not (
                doc[j].text[:1].isupper() and j + 1 < len(doc) and
                self.gaz.lookup(doc[j:j + 2].text)):  # "Lewisburg, West Virginia"
            j += 1
        if j >= len(doc) or not doc[j].text[:1].isupper():
            return None
        regions: tuple[Candidate, ...] = ()
        if doc[end].text == ",":
            regions = self._abbreviation(j)[0]
        stop = self._abbreviation(j)[1] if regions else j
        for n in (4, 3, 2, 1):
            if regions:
                break
            if j + n <= len(doc) and not (doc[j + n - 1].is_punct or doc[j + n - 1].is_space):
                regions = tuple(c for c in self.gaz.lookup(doc[j:j + n].text)
                                if c.feature == "country" or (c.feature in _DIVISIONS and
                                                              c.exact) or
                                (c.feature == "region" and c.source == "places_extra" and
                                 c.country))
                stop = j + n
        name_stop = stop
        if stop < len(doc) and doc[stop].lower_ in self.cues.after:
            stop += 1  # "Matias Romero, Oaxaca State"
        while stop < len(doc) and doc[stop].is_space:
            stop += 1
        after = self.ent_at[stop] if stop < len(doc) else None
        glued = bool(regions) and stop == j + 1 and _GLUED_DASH.match(doc[j].text) is not None
        if stop < len(doc) and doc[stop].pos_ in ("NOUN", "PROPN") and not glued and \
                "\n" not in doc[stop - 1].text and not doc[stop].is_sent_start and \
                not (after is not None and after.label_ in ("DATE", "TIME")):
            return None  # "Freeland, U.S. Trade Representative": no place that holds it
            # ("Calif.--(BUSINESS WIRE)": the dashes end the dateline)
        self.last_region = (j, name_stop)
        for region in regions:
            if region.feature == "country" and any(c.country == region.country
                                                   for c in candidates):
                return region.country
        for region in regions:
            if region.feature == "admin1" and any(c.admin1_code == region.admin1_code
                                                  for c in candidates if c.feature != "admin1"):
                return region.country
        for region in regions:  # "Harwich, Essex": a county holds the towns near its point;
            # so does a region of our table ("Croft, Yorkshire", "Rafah, Gaza Strip")
            if region.feature in ("admin2", "region") and any(
                    c.feature == "city" and c.country == region.country and
                    (region.admin1_code is None or c.admin1_code == region.admin1_code) and
                    self._lies_in(c, region) for c in candidates):
                return region.country
        return None

    def _ends_phrase(self, i: int) -> bool:
        """Whether a name ending before token ``i`` ends its noun phrase: no noun, name,
        number, adjective, ``and``, comma or dash follows (line breaks skipped)."""
        doc = self.doc
        while i < len(doc) and doc[i].is_space:
            i += 1
        return i >= len(doc) or (doc[i].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ") and
                                 doc[i].pos_ != "CCONJ" and doc[i].text not in (",", "-", "–"))

    def _town_word(self, i: int) -> bool:
        """Whether token ``i`` is a word after a name that makes it a town (``village``,
        ``town``, ``city`` of ``after`` in ``place_cues.yaml``)."""
        allowed = self.cues.after.get(self.doc[i].lower_)
        return allowed is not None and "city" in allowed[0]

    def _division_word(self, i: int) -> bool:
        """Whether token ``i`` is a word after a name that makes it a division's (``county``,
        ``district``, ``province``: ``division_words`` and ``type_words``)."""
        word = self.doc[i].lower_
        return word in self.cues.division_words or word in self.cues.type_words

    def _unknown_division(self, j: int) -> int | None:
        """Where the phrase goes on after a division the gazetteer lacks, named from token ``j``
        with its word and placed in another (``Maoxian county in`` Sichuan province): the token
        after ``in`` or the comma, or None."""
        doc, k = self.doc, j
        while k < len(doc) and k - j < 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        if k == j or k + 2 >= len(doc) or not (doc[k].is_lower and self._division_word(k)) or \
                doc[k + 1].text not in ("in", ",") or self.gaz.lookup(doc[j:k].text) or \
                self.gaz.lookup(doc[j:k + 1].text):
            return None
        return k + 2

    def _town_phrase(self, start: int) -> bool:
        """Whether words before token ``start`` make the name a town's (``the village of``,
        ``the towns of``; not ``the capital``)."""
        doc = self.doc
        for words, allowed, capital in self.cues.before:
            n = len(words)
            if start - n >= 0 and tuple(t.lower_ for t in doc[start - n:start]) == words:
                return "city" in allowed and not capital
        return False

    _LIST_ITEM_WORDS = 4  # words of a name listed after a town phrase

    def _town_list(self, start: int) -> bool:
        """Whether the name at token ``start`` closes a list that a town phrase opens: ``Ain
        Dahsha`` of ``the villages of Qaryat Zorba and Ain Dahsha``."""
        doc, k = self.doc, start
        while k > 0 and doc[k - 1].lower_ in (",", "and", "or"):
            k -= 1
            if k > 0 and doc[k - 1].text == ",":
                k -= 1  # ", and"
            item = k
            while k > 0 and item - k < self._LIST_ITEM_WORDS and doc[k - 1].text[:1].isupper():
                k -= 1
            if k == item:
                return False
            if self._town_phrase(k):
                return True
        return False

    def _stand_in(self, span_start: int, start: int, end: int, label: str, candidates,
                  given: _Given | None) -> tuple[Mention, int, int] | None:
        """A town the gazetteer lacks, named in a place it knows, after the name
        (:meth:`_stand_in_after`) or before its town phrase (``the Cincinnati suburb of Maple
        Hollow``). Its own rows, if any, must
        lie outside the holder and be no country, region or big city."""
        found = self._stand_in_after(span_start, start, end, label, candidates, given)
        if found is not None or self._big(candidates) or \
                any(c.feature in _REGION_FEATURES for c in candidates):
            return found
        holder = self._holder_before(start)
        if holder is None or any(self._lies_in(c, r) for c in candidates for r in holder):
            return None
        return self._stand_in_mention(span_start, start, end, label, holder)

    def _holder_before(self, start: int) -> tuple[Candidate, ...] | None:
        """The rows of the town, county or first-level region named before the town phrase that
        opens at token ``start`` (``the Cincinnati suburb of``, ``Beirut's crowded suburb of``,
        ``the Idlib town of``): its exact rows, a town of ``weak_cue_min_population`` people."""
        doc, cues = self.doc, self.cues
        if not self._town_phrase(start):
            return None
        words = next(w for w, _, _ in cues.before
                     if tuple(t.lower_ for t in doc[max(start - len(w), 0):start]) == w)
        k = start - len(words)
        while k > 0 and (doc[k - 1].pos_ == "ADJ" or doc[k - 1].tag_ == "VBN") and \
                doc[k - 1].is_lower:
            k -= 1  # "gated", "northern"
        if k > 0 and doc[k - 1].text in _POSSESSIVE:
            k -= 1
        for first in range(max(k - 3, 0), k):
            if doc[first].text[:1].isupper() and doc[first].lower_ != "the" and \
                    all(t.is_alpha or t.text in "-." for t in doc[first:k]):
                rows = tuple(c for c in self.gaz.lookup(doc[first:k].text) if c.exact and (
                    c.feature in _DIVISIONS or (c.feature == "city" and
                                                c.population >= cues.weak_min_population)))
                if rows:
                    return rows
        return None

    def _stand_in_after(self, span_start: int, start: int, end: int, label: str, candidates,
                        given: _Given | None) -> tuple[Mention, int, int] | None:
        """A town the gazetteer lacks, named in a place it knows: ``the village of Kafr Sousa
        near Aleppo``, ``Marwahin village in south Lebanon``, ``HOLLIDAY, Mo. (AP) —``, an
        untagged ``Qatraneh in the Karak district``, ``the Barada valley near Damascus``. The
        name must be a town's by a word before or after it (``the village of``, ``village``),
        an area's by a word after it (``valley``, ``area`` of ``area_words``), a site's by its
        last word (``Boone Memorial Hospital in Columbia``: one of ``site_words``), a
        dateline's, a town's by a region abbreviation after a comma (``Kettle Rapids, Man.``), or a
        place's by the model's label (``GPE``, ``LOC``); ``near`` and ``outside`` need the town,
        area or site word. Its own rows, if any,
        must lie outside the holder and be no country, region or big city. The mention keeps
        the name's span and takes the holder's rows (``stand_in``): the event "in the village
        of X in Y" is placed in Y, at Y's coarser level."""
        doc = self.doc
        typed = self._town_phrase(start) or self._town_list(start)
        k = end
        area = False
        if k < len(doc) and doc[k].is_lower and (self._town_word(k) or self._division_word(k)):
            typed, k = True, k + 1  # "X village in", "X county in Sichuan province"
        elif k < len(doc) and doc[k].is_lower and doc[k].lower_ in self.cues.area_words:
            area, k = True, k + 1  # "the Barada valley near Damascus"
        site = end - start >= 2 and doc[end - 1].text[:1].isupper() and \
            doc[end - 1].lower_ in self.cues.site_words - self.cues.street_words  # "Boone
        # Memorial Hospital in Columbia" (a street stays no place: "Church Street")
        area = area or site
        dateline = given is not None and given.cue == "dateline"
        abbreviated = label != "PERSON" and k + 1 < len(doc) and doc[k].text == "," and \
            bool(self._abbreviation(k + 1)[0])  # "born in Kettle Rapids, Man." (tagged ORG)
        if k >= len(doc) or not (typed or area or dateline or abbreviated or
                                 label in ("GPE", "LOC")):
            return None
        link = doc[k].lower_
        if link not in (",", "in", "near", "outside") or \
                (link in ("near", "outside") and not (typed or area)) or \
                (link == "," and not (typed or dateline or label)):
            return None
        if not (typed or dateline) and start > 0 and doc[start - 1].lower_ in (",", "and", "or"):
            return None  # "Saraqib, Homs and Hama": a list, not a town and its region
        if any(t.lower_ in ("and", "or", "&") or t.is_punct and t.text not in "-'’."
               for t in doc[start:end]):
            return None  # "Haris and Varzaqan": names listed, each looked up on its own
        regional = any(c.feature in _REGION_FEATURES for c in candidates) or \
            self._big(candidates)
        if regional and link != ",":
            return None
        j = k + 1
        while j < len(doc) and doc[j].lower_ in self.cues.directions:
            j += 1
        if link != "in" and any(t.lower_ == "of" for t in doc[k + 1:j]):
            return None  # "Baquba, north of Baghdad": a bearing from a place, not in it
        holder = self._holder_after(k + 1, comma=link == ",", near=link in ("near", "outside"))
        further = self._unknown_division(j) if holder is None and link == "in" else None
        if further is not None:  # "Xinmo village in Maoxian county in Sichuan province"
            holder = self._holder_after(further, comma=doc[further - 1].text == ",")
        if holder is None:
            return None
        if regional and not (any(c.exact and c.feature == "country" for c in candidates) and all(
                r.feature == "admin1" and r.country not in
                {c.country for c in candidates if c.exact} for r in holder)):
            return None  # a country or big city stays itself, but "Canada, Kentucky" names a
            # town the gazetteer lacks in another country's state
        if any(self._lies_in(c, r) for c in candidates for r in holder):
            return None  # its own row is there: "Paris, Texas" is resolved as it is
        return self._stand_in_mention(span_start, start, end, label, holder)

    def _stand_in_mention(self, span_start: int, start: int, end: int, label: str,
                          rows: tuple[Candidate, ...]) -> tuple[Mention, int, int]:
        """The mention of a town the gazetteer lacks, with its holder's ``rows``."""
        doc = self.doc
        countries = {r.country for r in rows}
        mention = Mention(
            start=doc[span_start].idx, end=doc[end - 1].idx + len(doc[end - 1].text),
            name=doc[start:end].text, candidates=tuple(rows), label=label, cue="in-region",
            country=next(iter(countries)) if len(countries) == 1 else None,
            sentence_features=self.sent_features[self.sent_index[start]],
            sentence=self.sent_index[start], stand_in=True)
        return mention, span_start, end

    def _holder_after(self, j: int, *, comma: bool, near: bool = False
                      ) -> tuple[Candidate, ...] | None:
        """The rows of the place named from token ``j`` (after direction words) that may hold a
        town before it: a country, a first-level region (by any of its names before a type word:
        ``the Karak district``), a county, or, after ``in`` or ``near``, a town of
        ``weak_cue_min_population`` people (first after ``near``: ``near Aleppo`` is the city);
        a region abbreviation after a comma (``Mo.``).
        None when the name goes on into a longer phrase or a list (``Ohio and Texas``); a
        region after a comma keeps the rows it holds (``Columbia, Missouri``)."""
        doc, cues = self.doc, self.cues
        starts = []
        while j < len(doc) and (doc[j].lower_ in cues.directions or doc[j].is_space):
            if doc[j].text[:1].isupper():  # (a line break: "in\nthe Karak district")
                starts.append(j)  # "West Virginia" before "Virginia"
            j += 1
        if j >= len(doc) or not doc[j].text[:1].isupper():
            return None
        rows: tuple[Candidate, ...] = ()
        stop = j
        if comma:
            rows, stop = self._abbreviation(j)
        tries = [(a, n) for a in starts[:1] for n in (4, 3, 2) if a + n > j] + \
            [(j, n) for n in (4, 3, 2, 1)]
        for a, n in tries:
            if rows:
                break
            if a + n > len(doc) or any(t.is_punct or t.is_space for t in doc[a:a + n]):
                continue
            found = self.gaz.lookup(doc[a:a + n].text)
            if not found:
                continue
            stop = a + n
            typed = stop < len(doc) and doc[stop].lower_ in cues.after
            kinds = (
                [c for c in found if c.feature == "country" or
                 (c.feature == "admin1" and (c.exact or typed))],
                [c for c in found if c.feature == "admin2" and c.exact],
                [] if comma else [c for c in found if c.feature == "city" and c.exact and
                                  c.population >= cues.weak_min_population])
            if near:
                kinds = kinds[2:] + kinds[:2]
            rows = next((tuple(kind) for kind in kinds if kind), ())
            if not rows and n > 1 and doc[a + n - 1].lower_ in cues.after:
                continue  # "the Karak district" is not Pakistan's Karak District (an alternate
                # name): Karak before its word, Jordan's governorate
            if not rows:
                return None
            if not typed and not near and rows == tuple(kinds[0]) and kinds[2]:
                rows += tuple(kinds[2])  # "in Idlib": the province or its city, as the
                # resolver reads the name ("New York" is the city)
        if not rows:
            return None
        if stop < len(doc) and doc[stop].lower_ in cues.after:
            stop += 1  # "the Karak district", "Hama province"
        if stop < len(doc) and (doc[stop].lower_ in ("and", "or", "&") or (
                doc[stop].pos_ in ("PROPN", "NOUN") and not doc[stop].is_sent_start)):
            return None  # "in Kani township": the name of something else
        after = self.ent_at[stop + 1] if stop + 1 < len(doc) else None
        if doc[stop - 1].text != "." and stop < len(doc) and doc[stop].text == "," and \
                after is not None and after.label_ in ("GPE", "LOC"):
            regions = [r for r in self.gaz.lookup(after.text)
                       if r.exact and r.feature in _REGION_FEATURES]
            rows = tuple(c for c in rows if any(self._lies_in(c, r) for r in regions))
            return rows or None  # "trips to Saipan, Guam, Alaska and Hawaii": a list; but
            # "in Columbia, Missouri": the town of the region after it
        return rows

    def _lies_in(self, place: Candidate, holder: Candidate) -> bool:
        """Whether a row lies in another: its country, its first-level region, or within
        ``near_km`` of a county's or a town's point."""
        if holder.feature == "country":
            return place.country == holder.country
        if holder.feature == "admin1":
            return place.admin1_code == holder.admin1_code
        if place.lat is None or holder.lat is None:
            return False
        from eventwire.places.resolve import WEIGHTS, km_between

        return km_between(place, holder) <= WEIGHTS.near_km

    def _country_named(self, text: str) -> str | None:
        for candidate in self.gaz.lookup(text):
            if candidate.feature == "country":
                return candidate.country
        return None

    def _compounds(self, mentions: list[Mention]) -> None:
        """A place name that opens a compound with one of ``compound_words``: ``U.S.-led``,
        ``Kent-based``, ``Iran-backed`` (the name only is the span). It must be a country, a
        region or a town of ``weak_cue_min_population`` people by its own name, and no demonym
        (``Saudi-led`` is an actor's word, not a place)."""
        doc, words = self.doc, self.cues.compound_words
        for i, token in enumerate(doc):
            if self.used[i]:
                continue
            head, dash, tail = token.text.rpartition("-")
            if dash and head and tail.lower() in words:  # one token: "U.S.-led"
                a, b, name, end_char = i, i + 1, head, token.idx + len(head)
            elif token.text == "-" and i > 0 and i + 1 < len(doc) and not token.whitespace_ \
                    and not doc[i - 1].whitespace_ and doc[i + 1].lower_ in words:
                ent = self.ent_at[i - 1]
                a = ent.start if ent is not None and ent.end == i else i - 1
                while ent is None and a > 0 and self._free(a - 1) and self._proper(a - 1) and \
                        i - a < 3:
                    a -= 1
                b, name = i, doc[a:i].text
                end_char = doc[i - 1].idx + len(doc[i - 1].text)
            else:
                continue
            if any(self.used[a:b]) or not name[:1].isupper():
                continue
            rows = self.gaz.lookup(name)
            short = name.replace(".", "").isupper()
            if self.gaz.demonym(name) and not short:
                continue  # "Saudi-led", but "U.S.-led"
            if not any((c.exact or (short and c.feature == "country")) and (
                    c.feature != "city" or c.population >= self.cues.weak_min_population)
                       for c in rows):
                continue
            self._take(mentions, (Mention(
                start=doc[a].idx, end=end_char, name=name, candidates=tuple(rows),
                label=self.ent_at[a].label_ if self.ent_at[a] else "", cue="compound",
                sentence_features=self.sent_features[self.sent_index[a]],
                sentence=self.sent_index[a]), a, b))

    _PAIR_WORDS = 3  # words of a name on each side of a dash pair

    def _dash_pairs(self, mentions: list[Mention]) -> None:
        """Names paired by a dash with no space around it, before what they share: ``the
        Toronto-Ottawa train``, ``the Canada-EU trade deal``, ``the Japan-South Korea summit``,
        ``the Norway-Chile Business Council``. A side is a mention (cue ``compound``) when it is a
        country (also by its short name in capitals), a first-level region or a town of
        ``weak_cue_min_population`` people by its own name, and the other side is such a place
        too, a name in capitals (``EU``, ``NATO``) or a demonym (``the Nigeria-Ukrainian
        forum``). Demonyms themselves stay actors' words (``Franco-German``), and a pair whose
        other side is no place (``Mercedes-Benz``) or that names one row whole
        (``Winston-Salem``) is left alone."""
        doc = self.doc
        for i, token in enumerate(doc):
            if token.text not in ("-", "–") or token.whitespace_ or i == 0 or \
                    i + 1 >= len(doc) or doc[i - 1].whitespace_:
                continue
            left = self._pair_side(i - 1, -1)
            right = self._pair_side(i + 1, 1)
            if left is None or right is None or \
                    self.gaz.lookup(doc[left[0]:right[1]].text):
                continue
            sides = [(left, right), (right, left)]
            for (a, b, rows), (c, d, other) in sides:
                if rows is None or any(self.used[a:b]) or not (
                        other is not None or self._pair_partner(c, d)):
                    continue
                self._take(mentions, (Mention(
                    start=doc[a].idx, end=doc[b - 1].idx + len(doc[b - 1].text),
                    name=doc[a:b].text, candidates=tuple(self.gaz.lookup(doc[a:b].text)),
                    label=self.ent_at[a].label_ if self.ent_at[a] else "", cue="compound",
                    sentence_features=self.sent_features[self.sent_index[a]],
                    sentence=self.sent_index[a]), a, b))

    def _land_demonyms(self, mentions: list[Mention]) -> None:
        """A demonym before a word for land names the land (cue ``demonym-land``): ``the
        Turkish border``, ``the Syrian-Turkish border`` (both), ``the Syrian capital Damascus``,
        ``the English port of Dover``, ``European cities``. The land word must head
        its phrase: ``Turkish border guards`` are people, and so are ``Turkish forces``."""
        doc, cues = self.doc, self.cues
        i = 0
        while i < len(doc):
            found = self._demonym_at(i)
            if found is None or any(self.used[i:found[0]]):
                i += 1
                continue
            end, rows = found
            k = end
            while k < len(doc) and (doc[k].text in _DASHES or doc[k].lower_ in ("and", ",")
                                    or self._demonym_at(k) is not None
                                    or (doc[k].is_lower and doc[k].pos_ == "ADJ")):
                nxt = self._demonym_at(k)
                k = nxt[0] if nxt is not None else k + 1
            if k < len(doc) and doc[k].lower_ in cues.land_words and doc[k].pos_ == "NOUN" and \
                    not (doc[k].dep_ in ("compound", "amod") and doc[k].head.i > k):
                self._take(mentions, (Mention(
                    start=doc[i].idx, end=doc[end - 1].idx + len(doc[end - 1].text),
                    name=doc[i:end].text, candidates=rows,
                    label=self.ent_at[i].label_ if self.ent_at[i] else "", cue="demonym-land",
                    sentence_features=self.sent_features[self.sent_index[i]],
                    sentence=self.sent_index[i]), i, end))
            i = end

    def _elided(self, mentions: list[Mention]) -> None:
        """Directions that share the name after them: ``Northern`` of ``Northern and Central
        Europe``, ``North`` of ``North and South Korea``, ``West`` and ``Central`` of ``West,
        Central and East Africa``. Each is a mention of its own word, looked up with the shared
        name (cue ``elided``), when that makes a row's own name."""
        doc = self.doc
        for mention, first, last in list(self.taken):
            if last - first < 2 or doc[first].lower_ not in self.cues.directions or \
                    not doc[first].text[:1].isupper():
                continue
            shared = doc[first + 1:last].text
            k = first - 1
            while k >= 1 and doc[k].lower_ in ("and", "or", ","):
                word = doc[k - 1]
                if self.used[word.i] or not word.text[:1].isupper() or \
                        word.lower_ not in self.cues.directions:
                    break
                name = f"{word.text} {shared}"
                rows = tuple(c for c in self.gaz.lookup(name) if c.exact)
                if not rows:
                    break
                self._take(mentions, (Mention(
                    start=word.idx, end=word.idx + len(word.text), name=name, candidates=rows,
                    label=self.ent_at[word.i].label_ if self.ent_at[word.i] else "",
                    cue="elided", sentence_features=self.sent_features[self.sent_index[word.i]],
                    sentence=self.sent_index[word.i]), word.i, word.i + 1))
                k = word.i - 1

    def _demonym_at(self, i: int) -> tuple[int, tuple[Candidate, ...]] | None:
        """(end, the land's rows) of a demonym of one or two words starting at token ``i``:
        a country's (``Turkish``, ``South African``) or a continent's (``European``)."""
        doc = self.doc
        if not doc[i].text[:1].isupper() or doc[i].lower_ == "the":
            return None
        for end in (i + 2, i + 1):
            if end > len(doc) or any(not t.text.replace(".", "").isalpha() for t in doc[i:end]):
                continue
            text = doc[i:end].text
            iso3 = self.gaz.demonym(text)
            row = self.gaz.country(iso3) if iso3 else None
            if row is not None:
                return end, (row,)
            continent = (self.cues.continent_adjectives or {}).get(normalize_name(text))
            if continent:
                rows = tuple(c for c in self.gaz.lookup(continent)
                             if c.exact and c.feature == "continent")
                if rows:
                    return end, rows
        return None

    def _pair_side(self, i: int, step: int) -> tuple[int, int, tuple | None] | None:
        """One side of a dash pair, its last word (``step`` -1) or first (1) at token ``i``:
        (start, end, rows) for the longest capitalised name, rows None when it is no place
        that may be paired; None when no capitalised word stands there."""
        doc = self.doc
        words = []
        k = i
        while 0 <= k < len(doc) and len(words) < self._PAIR_WORDS and \
                doc[k].text[:1].isupper() and doc[k].text.replace(".", "").isalpha() and \
                doc[k].lower_ != "the":
            words.append(k)
            if (step == -1 and k > 0 and doc[k - 1].whitespace_ is False
                    and doc[k - 1].text in ("-", "–")):
                break
            k += step
        if not words:
            return None
        spans = [(min(i, k), max(i, k) + 1) for k in words]
        for a, b in sorted(spans, key=lambda s: s[0] - s[1]):
            name = doc[a:b].text
            rows = self.gaz.lookup(name)
            short = name.replace(".", "").isupper()
            if (self.gaz.demonym(name) and not short) or all(
                    t.lower_ in self.cues.qualifiers or
                    normalize_name(t.text) in self.cues.generic_names for t in doc[a:b]):
                continue  # "Franco-German"; "El Niño-Southern Oscillation", "Calgary-North West"
            if any((c.exact or (short and c.feature == "country")) and (
                    c.feature in _REGION_FEATURES or (c.feature == "city" and
                                                     c.population >= self.cues.weak_min_population))
                   for c in rows):
                return a, b, rows
        return spans[0][0], spans[0][1], None

    def _pair_partner(self, a: int, b: int) -> bool:
        """Whether the other side of a dash pair may stand with a place: a name in capitals
        (``EU``, ``NATO``) or a demonym (``Ukrainian``)."""
        text = self.doc[a:b].text
        return (text.isupper() and text.isalpha() and 2 <= len(text) <= 6) or \
            bool(self.gaz.demonym(text))

    # -- sites inside a named place -------------------------------------------------------------

    def _held(self, mentions: list[Mention]) -> None:
        """A site named after a place's possessive lies in that place: ``Toronto's Pearson
        International Airport``, ``Paris' iconic Champs-Elysees boulevard``, ``Cairo's Abbasiya
        neighbourhood``. The site is a mention held by the place (``within``): the resolver takes
        the site's own row only near the place, else the place's row. A name the gazetteer does
        not know must be tagged as a facility or location, or end in or come before one of
        ``site_words`` (``Airport``, ``district``); its other mentions in the article are held
        too."""
        doc = self.doc
        for holder, first, last in list(self.taken):
            if holder.within is not None or last + 1 >= len(doc) or \
                    doc[last].text not in _POSSESSIVE:
                continue
            j = last + 1
            while j < len(doc) and j - last <= 2 and doc[j].pos_ == "ADJ" and doc[j].is_lower:
                j += 1  # "Paris' iconic Champs-Elysees"
            if j >= len(doc) or not doc[j].text[:1].isupper():
                continue
            within = (holder.start, holder.end)
            taken = next((n for n, (m, a, b) in enumerate(self.taken) if a == j), None)
            if taken is not None:  # "Cairo's Abbasiya" already found: held by Cairo
                m, a, b = self.taken[taken]
                if m.within is None and m.key != holder.key and not any(
                        c.exact and (c.feature in _SELF_EVIDENT or c.feature == "admin1")
                        for c in m.candidates):
                    held = replace(m, within=within)
                    mentions[mentions.index(m)] = held
                    self.taken[taken] = (held, a, b)
                continue
            span = self._site_span(j)
            if span is None:
                continue
            a, b = span
            self._take_site(mentions, a, b, within)
            words = [t.text for t in doc[a:b]]
            for i in range(len(doc) - len(words) + 1):  # "on Champs-Elysees boulevard" again
                if [t.text for t in doc[i:i + len(words)]] == words and not any(
                        self.used[i:i + len(words)]):
                    self._take_site(mentions, i, i + len(words), within)

    def _site_span(self, j: int) -> tuple[int, int] | None:
        """The name of a site opening at token ``j``: an entity (not a person's or a people's)
        or a run of untagged proper nouns, that the model tags as a facility or location, or
        that ends in or comes right before a site word, or ends in a capitalised building word
        (``building_words``: ``Toyota Center``, ``Abbey Theatre``)."""
        doc, cues = self.doc, self.cues
        ent = self.ent_at[j]
        if ent is not None:
            if ent.start != j or ent.label_ in ("PERSON", "NORP", "LANGUAGE") or (
                    ent.label_ in NOT_PLACE_LABELS and not self._no_date(ent)):
                return None
            a, b = j, ent.end
        elif self._proper(j):
            a, b = j, self._run_end(j + 1, j)
        else:
            return None
        if any(self.used[a:b]):
            return None
        if b < len(doc) and doc[b].lower_ in cues.site_words and doc[b].is_lower:
            return a, b  # "Giza's Haram district": the word stays out
        if doc[b - 1].lower_ in cues.site_words or (
                doc[b - 1].lower_ in cues.building_words and doc[b - 1].text[:1].isupper()) or \
                (ent is not None and ent.label_ in ("FAC", "LOC")):
            return a, b  # "Houston's Toyota Center": a building word too
        return None

    _SITE_HOLDER_SENTENCES = 2  # sentences back to look for the town that holds a site
    _SITE_ROW_MAX_POPULATION = 50_000  # a site's name that is a bigger town's ("West Palm
    # Beach") or a region's ("the U.S. Virgin Islands") is that place, not a site

    def _town_sites(self, mentions: list[Mention]) -> None:
        """A named site (``the Stade Municipal``, ``Mercy Hospital``, ``Elm Street``, ``Riverside
        Park``: capitalised words ending in one of ``site_words``) lies in the place found right
        after it (``Mercy Hospital in Riverton``), else in the article's town: the town named
        last, in the site's sentence or up to ``_SITE_HOLDER_SENTENCES`` before, if the article
        names it twice or more, else the dateline's town, else the article's own town (named
        twice or more, and more than twice as often as any other). Only a name whose rows are
        all towns is a town here (not ``Egypt``, ``U.S.`` or ``New York``), and a university or
        school (``affiliation_words``) is named wherever its people are, so it takes no town
        from the article. The site is a mention held by that place (``within``, cue
        ``town-site``), placed at its own row near the place, else at the place's; so is a site
        already found by a small town's row of its name (``Hyde Park`` is a town in New York
        too)."""
        doc = self.doc
        towns = sorted(((first, m) for m, first, _ in self.taken
                        if m.within is None and not m.stand_in and
                        any(c.exact for c in m.candidates) and
                        all(c.feature == "city" for c in m.candidates) and
                        not self._site_name(m.name)),  # not "Union Square"
                       key=lambda t: t[0])
        named = Counter(m.key for _, m in towns)
        dateline = next((m for m, _, _ in self.taken if m.cue == "dateline"), None)
        ranked = named.most_common(2) + [("", 0)]
        main = ranked[0][0] if ranked[0][1] >= 2 and ranked[0][1] > 2 * ranked[1][1] else None
        only = next((m for _, m in towns if m.key == main), None)  # the article's own town

        def holder_of(a: int, b: int) -> Mention | None:
            sent = self.sent_index[a]
            last = next((m for first, m in reversed(towns) if first < a and
                         sent - self.sent_index[first] <= self._SITE_HOLDER_SENTENCES), None)
            if last is not None and named[last.key] < 2:
                last = None
            return self._place_after_site(b) or (
                None if doc[b - 1].lower_ in self.cues.affiliation_words else
                last or dateline or only)

        for n, (m, a, b) in enumerate(list(self.taken)):  # found by a row of its own name
            if m.within is None and not m.stand_in and b - a >= 2 and \
                    doc[b - 1].text[:1].isupper() and self._site_name(m.name) and all(
                        c.feature == "city" and c.population < self._SITE_ROW_MAX_POPULATION
                        for c in m.candidates):
                holder = holder_of(a, b)
                if holder is not None and holder is not m:
                    held = replace(m, within=(holder.start, holder.end), cue="town-site")
                    mentions[mentions.index(m)] = held
                    self.taken[n] = (held, a, b)
        i = 0
        while i < len(doc):
            span = self._named_site(i)
            if span is None:
                i += 1
                continue
            a, b = span
            holder = holder_of(a, b)
            if holder is not None:
                self._take_site(mentions, a, b, (holder.start, holder.end), cue="town-site")
            i = b

    def _unknown_towns(self, mentions: list[Mention]) -> None:
        """A town the gazetteer lacks, named with a town phrase (``the village of Tamar``, ``the
        towns of X and Y``) but with no place that holds it in its own phrase, lies near the
        place its sentence names closest to it (``Troops entered the village of Tamar in Homs
        province's eastern countryside``): a mention of its own name held by that place, placed
        at the place's row (cue ``town-site``)."""
        doc = self.doc
        for i in range(1, len(doc)):
            if self.used[i] or not doc[i].text[:1].isupper() or doc[i].is_stop or not (
                    self._town_phrase(i) or self._town_list(i)):
                continue
            end = i + 1
            while end < len(doc) and end - i < 4 and not self.used[end] and \
                    doc[end].text[:1].isupper() and doc[end].text.replace("-", "").isalpha():
                end += 1
            if any(self.used[i:end]) or any(c.exact for c in self.gaz.lookup(doc[i:end].text)) or \
                    (self.ent_at[i] is not None and self.ent_at[i].label_ in
                     ("DATE", "TIME", "NORP")):
                continue  # (a town phrase outweighs the model's person: "the village of Tamar")
            sent = self.sent_index[i]
            near = [(min(abs(first - i), abs(last - end)), m) for m, first, last in self.taken
                    if self.sent_index[first] == sent and m.within is None and m.candidates]
            if near:
                holder = min(near, key=lambda t: t[0])[1]
                self._take_site(mentions, i, end, (holder.start, holder.end), cue="town-site")

    _BEARING_UNITS = {"km": 1.0, "kms": 1.0, "kilometers": 1.0, "kilometres": 1.0, "kilometer": 1.0,
                      "kilometre": 1.0, "miles": 1.609, "mile": 1.609, "mi": 1.609}
    _BEARING_MAX_KM = 161  # farther off (100 miles), the place named is no stand-in for the town
    _HEDGES = {"some", "about", "around", "roughly", "nearly", "almost", "just", "approximately"}

    def _bearing_stand_ins(self, mentions: list[Mention]) -> None:
        """A town the gazetteer lacks, set at a distance and bearing from a place it knows
        (``Kerema, 60 kilometres (40 miles) northeast of Lae``, ``Tal Abyad, some 50 km south
        of Raqqa``): a mention of its own name held by that place, placed at the place's row,
        when the distance is at most ``_BEARING_MAX_KM``; a town the gazetteer knows is found
        there as a place whatever the model tags it, and resolved near that place."""
        doc, cues = self.doc, self.cues
        for holder, first, _ in list(self.taken):
            k = first - 1
            if k < 3 or doc[k].lower_ != "of" or holder.within is not None:
                continue
            k -= 1
            if doc[k].lower_ not in cues.directions:
                continue
            while k > 0 and doc[k - 1].lower_ in cues.directions | {"-"}:
                k -= 1  # "north-east"
            k -= 1
            if doc[k].text == ")":  # "(40 miles)"
                while k > 0 and doc[k].text != "(":
                    k -= 1
                k -= 1
            unit = self._BEARING_UNITS.get(doc[k].lower_)
            if unit is None or k < 2 or not doc[k - 1].like_num:
                continue
            try:
                distance = float(doc[k - 1].text.replace(",", "")) * unit
            except ValueError:
                continue
            k -= 2
            if k >= 0 and doc[k].lower_ in self._HEDGES:
                k -= 1
            if k < 1 or doc[k].text != "," or distance > self._BEARING_MAX_KM:
                continue
            end = k
            start = end
            while start > 0 and end - start < 4 and not self.used[start - 1] and \
                    doc[start - 1].text[:1].isupper() and \
                    doc[start - 1].text.replace("-", "").isalpha() and \
                    not doc[start - 1].is_sent_start:
                start -= 1
            if start == end or doc[start].is_stop:
                continue
            if any(c.exact for c in self.gaz.lookup(doc[start:end].text)):  # a town it knows:
                # found as one whatever the model says, near the place it is set from
                label = self.ent_at[start].label_ if self.ent_at[start] else ""
                self._take(mentions, self._mention(start, end, label, need_cue=True,
                                                   given=_Given("located:bearing")))
                continue
            self._take_site(mentions, start, end, (holder.start, holder.end), cue="town-site")

    def _event_places(self, mentions: list[Mention]) -> None:
        """A place whose name opens an event's (``Berlin`` of ``the Berlin Film Festival``,
        capitalised words after it ending in one of ``event_words``) is the best known place of
        that name, whatever else the article names (not Berlin, New Hampshire)."""
        doc = self.doc
        for n, (m, a, b) in enumerate(list(self.taken)):
            k = b
            while k < len(doc) and k - b < 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k += 1
            if k == b or doc[k - 1].lower_ not in self.cues.event_words:
                continue
            biggest = max((c for c in m.candidates if c.exact), key=lambda c: c.population,
                          default=None)
            if biggest is not None and len(m.candidates) > 1:
                narrowed = replace(m, candidates=(biggest,))
                mentions[mentions.index(m)] = narrowed
                self.taken[n] = (narrowed, a, b)

    def _site_name(self, name: str) -> bool:
        """Whether a name ends in a site or street word (``Hyde Park``, ``Elm Street``)."""
        return name.split()[-1].casefold().rstrip(".") in \
            self.cues.site_words | self.cues.street_words

    def _place_after_site(self, b: int) -> Mention | None:
        """The place found right after a site, after ``in`` or a comma (``Mercy Hospital in
        Riverton``, ``Elm Street, Riverton``)."""
        if b + 1 >= len(self.doc) or self.doc[b].lower_ not in ("in", ","):
            return None
        return next((m for m, first, _ in self.taken if first == b + 1), None)

    def _named_site(self, j: int) -> tuple[int, int] | None:
        """The tokens of a site's name opening at token ``j``: two to six capitalised words
        (a saint's ``St. Mary's`` included), not ending in a person's or a people's name, the
        last one of
        ``site_words`` (``Hospital``, ``Park``, ``Street``, ``St.``). A name run on from a
        capitalised word before it is not one (``Western University Hospital`` opens there)."""
        doc, cues = self.doc, self.cues
        if self.used[j] or not doc[j].text[:1].isupper() or doc[j].is_stop or (
                j > 0 and doc[j - 1].text[:1].isupper() and not doc[j - 1].is_sent_start and
                doc[j - 1].lower_ != "the" and not doc[j - 1].is_punct):
            return None
        stop = j
        while stop < len(doc) and stop - j < 6 and not self.used[stop] and not (
                self.ent_at[stop] is not None and self.ent_at[stop].label_ in ("DATE", "TIME")
                and stop > j) and (
                (doc[stop].text[:1].isupper() and (doc[stop].is_alpha or
                                                  doc[stop].text.endswith(".")))
                or (stop > j and doc[stop].text in _POSSESSIVE)):
            stop += 1
        if stop - j < 2 or doc[stop - 1].text in _POSSESSIVE:
            return None
        if not self._site_name(doc[j:stop].text):
            return None
        if any(self.ent_at[k] is not None and self.ent_at[k].label_ in
               ("DATE", "TIME", "MONEY", "CARDINAL") for k in range(j, stop)):
            return None
        last_ent = self.ent_at[stop - 1]
        if last_ent is not None and last_ent.label_ in ("PERSON", "NORP"):
            return None  # "Jane Park said": a person's name (but "St. George's Greek Orthodox
            # Cathedral", "the Nelson Mandela Bridge" are sites)
        if all(t.lower_.rstrip(".") in cues.site_words or t.lower_ in cues.directions
               for t in doc[j:stop]):
            return None  # "Central Station", "North Park": no name before the word
        return j, stop

    def _site_after(self, j: int) -> bool:
        """Whether a site's name opens at token ``j`` (after a possessive, past lower-case
        adjectives: ``Derby's busy Royal Infirmary``): capitalised words, not the model's
        person or people, the last one a capitalised word of ``site_words`` or
        ``street_words`` (``Hospital``, ``Airport``, ``Street``)."""
        doc, cues = self.doc, self.cues
        first = j
        while j < len(doc) and j - first < 2 and doc[j].pos_ == "ADJ" and doc[j].is_lower:
            j += 1
        stop = j
        while stop < len(doc) and stop - j < 5 and doc[stop].text[:1].isupper() and \
                (doc[stop].is_alpha or doc[stop].text.endswith(".")):
            stop += 1
        if stop - j < 2 or any(self.ent_at[k] is not None and self.ent_at[k].label_ in
                               ("PERSON", "NORP", "DATE", "TIME") for k in range(j, stop)):
            return False
        word = doc[stop - 1].lower_.rstrip(".")
        return word in cues.site_words or word in cues.street_words

    def _take_site(self, mentions: list[Mention], a: int, b: int,
                   within: tuple[int, int], cue: str = "held") -> None:
        doc = self.doc
        rows = tuple(c for c in self.gaz.lookup(doc[a:b].text)
                     if c.exact or c.source == "places_extra")
        self._take(mentions, (Mention(
            start=doc[a].idx, end=doc[b - 1].idx + len(doc[b - 1].text), name=doc[a:b].text,
            candidates=rows, label=self.ent_at[a].label_ if self.ent_at[a] else "", cue=cue,
            sentence_features=self.sent_features[self.sent_index[a]],
            sentence=self.sent_index[a], within=within), a, b))

    # -- the same name again --------------------------------------------------------------------

    def _repeat(self, mentions: list[Mention]) -> None:
        """Find again, anywhere, the names already taken as places (one sense per article): a
        name in capitals (a dateline's ``MONTERREY``) in title case too, and a stand-in (``born in
        Kettle Rapids, Man.`` … ``a Kettle Rapids nurse``) with the row of its first mention."""
        doc = self.doc
        surfaces = {}
        for m in mentions:
            words = tuple(t.text for t in doc.char_span(m.start, m.start + len(m.name),
                                                         alignment_mode="expand") or ())
            if words and words[0][:1].isupper():
                surfaces[words] = m
                if all(w.isupper() for w in words if any(ch.isalpha() for ch in w)):
                    surfaces.setdefault(tuple(w.title() for w in words), m)
        placed = {tuple(t.text for t in doc.char_span(m.start, m.start + len(m.name),
                                                      alignment_mode="expand") or ())
                  for m in mentions if not m.stand_in and (m.cue or "").startswith(
                      ("located", "dateline", "before:")) and
                  any(c.feature == "city" for c in m.candidates)}
        placed |= {tuple(w.title() for w in words) for words in placed}  # "BANTAM —"
        texts = [t.text for t in doc]
        positions: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            positions.setdefault(text, []).append(i)
        for words in sorted(surfaces, key=len, reverse=True):
            n = len(words)
            for i in positions.get(words[0], ()):
                if tuple(texts[i:i + n]) != words or any(self.used[i:i + n]):
                    continue
                ent = self.ent_at[i]
                whole = ent is not None and ent.start == i and (ent.end == i + n or (
                    ent.end == i + n + 1 and texts[i + n] in _POSSESSIVE))  # "Edmonton’s" ORG
                if ent is not None and (ent.label_ in NOT_PLACE_LABELS or
                                        not (whole or self._named_inside(ent, placed, words))
                                        or (ent.label_ in _NATIONALITY_LABELS and
                                            self.gaz.demonym(ent.text))):
                    continue
                label = ent.label_ if ent is not None else ""
                found = self._mention(i, i + n, label, need_cue=False)
                if surfaces[words].stand_in and (found is None or _weak(found[0].cue)):
                    found = (replace(surfaces[words], start=doc[i].idx,
                                     end=doc[i + n - 1].idx + len(doc[i + n - 1].text),
                                     name=doc[i:i + n].text, label=label, cue="repeat",
                                     sentence=self.sent_index[i]), i, i + n)
                elif found is not None and found[0].cue is None:
                    mention, first, last = found
                    found = (replace(mention, cue="repeat"), first, last)
                self._take(mentions, found)


    @staticmethod
    def _named_inside(ent, placed: set[tuple[str, ...]], words: tuple[str, ...]) -> bool:
        """Whether a town's name found again inside an organisation's or a facility's name
        (``the Blue Heron Paris Feed Store`` … ``in Paris, Texas``) names the town: the
        article placed it by a strong cue (``placed``: a region after it, a dateline, ``the town
        of``), so a firm, club or building named after it there is one of the town's."""
        return ent.label_ in ("ORG", "FAC") and words in placed


def tag_places(doc, *, gazetteer: Gazetteer, cues: Cues | None = None) -> list[Mention]:
    """Every place mention of ``doc`` in document order, with its gazetteer candidates."""
    cues = cues or load_cues()
    return [replace(m, divisions=divisions_named(m.name, gazetteer=gazetteer, cues=cues))
            if not m.stand_in else m for m in _Tagger(doc, gazetteer, cues).run()]


def divisions_named(name: str, *, gazetteer: Gazetteer, cues: Cues) -> tuple[Candidate, ...]:
    """The second-level divisions whose own name is ``name`` with a division or type word
    after it (``Abra`` -> Abra province, Philippines; ``Miami-Dade`` -> Miami-Dade County)."""
    return tuple(c for word in sorted(cues.division_words | cues.type_words)
                 for c in gazetteer.lookup(f"{name} {word}") if c.exact and c.feature == "admin2")


def demonym_countries(doc, *, gazetteer: Gazetteer) -> list[str]:
    """ISO3 codes of the demonyms (``NORP`` entities) of ``doc``: ``Syrian`` -> ``SYR``."""
    found = []
    for ent in doc.ents:
        if ent.label_ == "NORP":
            for part in ent.text.replace("–", "-").split("-"):
                iso3 = gazetteer.demonym(part)
                if iso3:
                    found.append(iso3)
    return found
