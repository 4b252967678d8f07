"""Find place mentions in a parsed ``Doc``: spans, gazetteer candidates and the cues around them.

A mention comes from a spaCy ``GPE``/``LOC``/``FAC`` entity that names a gazetteer row, or from
another span (an ``ORG``/``PERSON`` entity, or untagged proper nouns) that names one when a cue
word says it is a place: ``the town of Saraqeb``, ``Idlib province``, ``in Saraqeb``. A name once
found is found again elsewhere in the article (``Ankara`` tagged as ``PERSON``). Demonyms
(``NORP``: ``Turkish``, ``Syrian``) are never places; they only give country context. A ``NORP``
span that is no demonym (the model tags ``Aleppo`` so) needs a cue stronger than a preposition.

Which row a mention refers to is decided in :mod:`eventwire.places.resolve`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.places.gazetteer import CUES_FILE, Candidate, Gazetteer, normalize_name

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels that are never read as places, even with a cue.
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                              "CARDINAL", "LANGUAGE", "LAW"})
# Kinds of place whose exact name is a place whatever the entity label says.
_SELF_EVIDENT = frozenset({"country", "continent", "region", "sea", "water", "river"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_PARTICLES = frozenset({"al", "el", "ez", "ad", "as", "ash", "at", "az", "an", "ar", "de", "du",
                        "la", "le", "del", "da", "di", "bin", "ibn", "abu", "umm", "bani"})


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue words of ``place_cues.yaml``, ready for lookups."""

    after: dict[str, tuple[tuple[str, ...], bool]]  # word -> (features, inside the span)
    before: tuple[tuple[tuple[str, ...], tuple[str, ...], bool], ...]  # (words, features, capital)
    prepositions: frozenset[str]
    weak_min_population: int
    sentence_words: dict[str, tuple[str, ...]]
    directions: frozenset[str]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Cues":
        after = {w.casefold(): (tuple(v.get("features", ())), bool(v.get("span", False)))
                 for w, v in data.get("after", {}).items()}
        before = tuple(sorted(
            ((tuple(str(w).casefold() for w in b["words"]), tuple(b.get("features", ())),
              bool(b.get("capital", False))) for b in data.get("before", [])),
            key=lambda b: -len(b[0])))
        return cls(after=after, before=before,
                   prepositions=frozenset(w.casefold() for w in data.get("prepositions", [])),
                   weak_min_population=int(data.get("weak_cue_min_population", 0)),
                   sentence_words={w.casefold(): tuple(f) for w, f in
                                   data.get("sentence_words", {}).items()},
                   directions=frozenset(w.casefold() for w in data.get("directions", [])))


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
    cue: str | None = None  # "after:province", "before:town of", "prep:in", "located", "repeat"
    features: tuple[str, ...] = ()  # kinds of place the cue allows (empty: any)
    capital: bool = False  # a cue favours national capitals ("the Libyan capital Tripoli")
    country: str | None = None  # ISO3 named next to it: "Syria’s Idlib", "Sirte, Libya"
    sentence_features: tuple[str, ...] = ()  # kinds favoured by words in the sentence
    sentence: int = 0

    @property
    def key(self) -> str:
        return normalize_name(self.name)


class _Tagger:
    def __init__(self, doc, gazetteer: Gazetteer, cues: Cues):
        self.doc = doc
        self.gaz = gazetteer
        self.cues = cues
        self.used = [False] * len(doc)
        self.ent_at: list[Any] = [None] * len(doc)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
        self.sent_index = [0] * len(doc)
        self.sent_features: list[tuple[str, ...]] = []
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        for n, sent in enumerate(sents):
            features: list[str] = []
            for token in sent:
                self.sent_index[token.i] = n
                for feature in cues.sentence_words.get(token.lower_, ()):
                    if feature not in features:
                        features.append(feature)
            self.sent_features.append(tuple(features))

    # -- spans ------------------------------------------------------------------------------

    def run(self) -> list[Mention]:
        mentions: list[Mention] = []
        self._dateline(mentions)
        for ent in self.doc.ents:
            if ent.label_ in PLACE_LABELS:
                for start, end in self._split_commas(ent.start, ent.end):
                    # the model may stop early: "Deir" of "Deir ez-Zor"; longest name first
                    for stop in range(self._run_end(end, start), end - 1, -1):
                        if self._take(mentions, self._mention(start, stop, ent.label_,
                                                              need_cue=False)):
                            break
        for ent in self.doc.ents:
            if ent.label_ not in PLACE_LABELS and ent.label_ not in NOT_PLACE_LABELS:
                if ent.label_ == "NORP" and self.gaz.demonym(ent.text):
                    continue  # "Turkish", "Syrian": never a place
                if not any(self.used[ent.start:ent.end]):
                    self._take(mentions, self._mention(ent.start, ent.end, ent.label_,
                                                       need_cue=True))
        for start, end in self._proper_runs():
            for stop in range(end, start, -1):  # longest name first: "Deir ez-Zor", "Deir"
                if self._take(mentions, self._mention(start, stop, "", need_cue=True)):
                    break
        self._repeat(mentions)
        return sorted(mentions, key=lambda m: (m.start, m.end))

    def _dateline(self, mentions: list[Mention]) -> None:
        """The city of a wire dateline on the first line: "ISLAMABAD —", "BISHKEK, Kyrgyzstan —"
        (the model tags neither an upper-case city nor the line it stands on)."""
        doc = self.doc
        end = 0
        while end < len(doc) and "\n" not in doc[end].text and end < 12:
            end += 1
        line = [t for t in doc[:end] if not t.is_space]
        if not line or line[-1].text not in ("—", "–", "-", "--", ":"):
            return
        stop = 0
        while stop < len(line) and line[stop].is_alpha and line[stop].is_upper:
            stop += 1
        if stop and not any(self.used[0:line[stop - 1].i + 1]):
            self._take(mentions, self._mention(line[0].i, line[stop - 1].i + 1, "GPE", need_cue=False))

    def _take(self, mentions: list[Mention], found: tuple[Mention, int, int] | None) -> bool:
        if found is None:
            return False
        mention, first, last = found
        if any(self.used[first:last]):
            return False
        for i in range(first, last):
            self.used[i] = True
        mentions.append(mention)
        return True

    def _split_commas(self, start: int, end: int) -> list[tuple[int, int]]:
        """``Tripoli, Lebanon`` tagged as one entity: look the parts up one by one."""
        if not any(self.doc[i].text == "," for i in range(start, end)):
            return [(start, end)]
        if self.gaz.lookup(self.doc[start:end].text):
            return [(start, end)]
        parts, first = [], start
        for i in range(start, end + 1):
            if i == end or self.doc[i].text == ",":
                if i > first:
                    parts.append((first, i))
                first = i + 1
        return parts

    def _proper_runs(self) -> list[tuple[int, int]]:
        """Maximal runs of capitalised proper nouns outside entities (``Deir ez-Zor``)."""
        runs, i = [], 0
        while i < len(self.doc):
            if self._free(i) and self._proper(i):
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

    # -- one mention --------------------------------------------------------------------------

    def _mention(self, start: int, end: int, label: str, *, need_cue: bool):
        doc, cues = self.doc, self.cues
        while start < end and doc[start].lower_ == "the":
            start += 1
        while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
            end -= 1
        if start >= end:
            return None
        candidates = self.gaz.lookup(doc[start:end].text)
        if not candidates or not doc[start].text[:1].isupper():
            # "northern Syria" (but "North Korea" is found whole above)
            candidates, trimmed = [], start
            while trimmed < end - 1 and doc[trimmed].lower_ in cues.directions:
                trimmed += 1
            if trimmed > start:
                candidates = self.gaz.lookup(doc[trimmed:end].text)
                start = trimmed
        if not doc[start].text[:1].isupper():
            return None
        first, last = start, end  # tokens the mention takes
        name_end = end
        features: tuple[str, ...] = ()
        cue = None
        tail = doc[end - 1].lower_
        if not candidates and end - start > 1 and tail in cues.after:  # "Idlib Province"
            candidates = self.gaz.lookup(doc[start:end - 1].text)
            if candidates:
                name_end = end - 1
                features, cue = cues.after[tail][0], f"after:{tail}"
        if not candidates:
            return None
        if end < len(doc) and not cue and doc[end].lower_ in cues.after \
                and self.ent_at[end] is None:
            word = doc[end].lower_
            allowed, in_span = cues.after[word]
            if any(c.feature in allowed for c in candidates):  # "Syria state media": no cue
                features, cue = allowed, f"after:{word}"
                if in_span:
                    last = end + 1
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
        prep = start - 1
        if prep >= 0 and doc[prep].lower_ == "the":
            prep -= 1
        if not cue and prep >= 0 and doc[prep].lower_ in cues.prepositions:
            cue, weak = f"prep:{doc[prep].lower_}", True
        located = self._country_after(last)
        country = self._country_before(start, before_at) or located
        if located and (cue is None or weak):  # "Saraqeb in northwest Syria", "Sirte, Libya"
            cue, weak = "located", False  # ("Brazil's Kaka" is no such cue: people have that)
        if need_cue and cue is None and any(c.exact and c.feature in _SELF_EVIDENT
                                            for c in candidates):
            cue = "name"  # "the Bosporus" tagged PERSON: no person is called that
        if need_cue:
            if cue is None or (label == "NORP" and (weak or cue == "name")):
                return None
            if weak and not self._weak_ok(candidates, start, end, label):
                return None
        end_char = doc[last - 1].idx + len(doc[last - 1].text)
        mention = Mention(
            start=doc[start].idx, end=end_char, name=doc[start:name_end].text,
            candidates=tuple(candidates), label=label, cue=cue, features=tuple(features),
            capital=capital, country=country,
            sentence_features=self.sent_features[self.sent_index[start]],
            sentence=self.sent_index[start])
        return mention, first, last

    def _weak_ok(self, candidates, start: int, end: int, label: str) -> bool:
        """A preposition alone is a weak cue: the name must head its phrase (not ``in the Eta
        disarmament process``) and be a sizeable place, by its own name when the model tagged
        the span as something else (``to Al-Ahram`` is not ``Ahram``)."""
        if label == "PERSON" and end - start > 1:
            return False
        if end < len(self.doc) and self.doc[end].pos_ in ("NOUN", "PROPN"):
            return False
        floor = self.cues.weak_min_population
        return any((c.feature != "city" or c.population >= floor) and (c.exact or not label)
                   for c in candidates)

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

    def _country_after(self, end: int) -> str | None:
        """``Sirte, Libya`` or ``Saraqeb in northwest Syria``."""
        doc = self.doc
        if end >= len(doc) or doc[end].text not in {",", "in"}:
            return None
        j = end + 1
        while j < len(doc) and doc[j].lower_ in self.cues.directions:
            j += 1
        for n in (4, 3, 2, 1):
            if j + n <= len(doc) and doc[j].text[:1].isupper():
                iso3 = self._country_named(doc[j:j + n].text)
                if iso3:
                    return iso3
        return None

    def _country_named(self, text: str) -> str | None:
        for candidate in self.gaz.lookup(text):
            if candidate.feature == "country":
                return candidate.country
        return None

    # -- the same name again --------------------------------------------------------------------

    def _repeat(self, mentions: list[Mention]) -> None:
        """Find again, anywhere, the names already taken as places (one sense per article)."""
        doc = self.doc
        surfaces = {}
        for m in mentions:
            words = tuple(t.text for t in doc.char_span(m.start, m.start + len(m.name),
                                                         alignment_mode="expand") or ())
            if words and words[0][:1].isupper():
                surfaces[words] = m
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
                if ent is not None and (ent.label_ in NOT_PLACE_LABELS or
                                        (ent.start, ent.end) != (i, i + n) or
                                        (ent.label_ == "NORP" and self.gaz.demonym(ent.text))):
                    continue
                found = self._mention(i, i + n, ent.label_ if ent is not None else "",
                                      need_cue=False)
                if found is not None and found[0].cue is None:
                    mention, first, last = found
                    found = (_with_cue(mention, "repeat"), first, last)
                self._take(mentions, found)


def _with_cue(mention: Mention, cue: str) -> Mention:
    return Mention(start=mention.start, end=mention.end, name=mention.name,
                   candidates=mention.candidates, label=mention.label, cue=cue,
                   features=mention.features, capital=mention.capital, country=mention.country,
                   sentence_features=mention.sentence_features, sentence=mention.sentence)


def tag_places(doc, *, gazetteer: Gazetteer, cues: Cues | None = None) -> list[Mention]:
    """Every place mention of ``doc`` in document order, with its gazetteer candidates."""
    return _Tagger(doc, gazetteer, cues or load_cues()).run()


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
