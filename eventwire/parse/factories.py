"""Every spaCy registration of eventwire, in one place (spaCy's pipeline/factories.py does the same)."""
from __future__ import annotations

from spacy.language import Language


@Language.component("eventwire_paragraphs_v1")
def paragraph_boundaries(doc):
    """A paragraph break ends a sentence. Set before the parser runs, so a dateline on its own line
    ("BISHKEK, Kyrgyzstan —") or a heading is not parsed into the next sentence."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.factory("eventwire_lemma_fixes_v1")
def make_lemma_fixes(nlp, name):
    """Set the lemma of word forms the model's lemmatizer gets wrong ("staged" -> "stag"), from
    ``data/lemma_exceptions.yaml``. Runs after the lemmatizer."""
    from eventwire.resources import data_yaml

    table = {(pos.upper(), form): lemma for pos, forms in data_yaml("lemma_exceptions.yaml").items()
             for form, lemma in forms.items()}

    def fix_lemmas(doc):
        for token in doc:
            lemma = table.get((token.pos_, token.lower_))
            if lemma is not None:
                token.lemma_ = lemma
            if token.is_sent_start and token.pos_ == "PROPN" and not token.ent_type_ and token.is_title \
                    and len(token) > 3 and token.lower_.endswith("s") and not token.lower_.endswith("ss"):
                # "Rebels attacked the town": a plural common noun capitalised by its place, not a name
                token.pos_, token.tag_, token.lemma_ = "NOUN", "NNS", singular(token.lower_)
        return doc

    return fix_lemmas


def singular(plural: str) -> str:
    """The singular of a regular English plural ("rebels", "authorities", "witnesses")."""
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("sses", "shes", "ches", "xes")):
        return plural[:-2]
    return plural[:-1]


GERUND_PREPS = frozenset({"in", "by", "during", "from", "after", "amid", "under"})


@Language.factory("eventwire_gerund_nouns_v1")
def make_gerund_nouns(nlp, name):
    """Mend a parse the small model often gets wrong: in "killed in Israeli tank shelling" it reads
    "Israeli tank" as the object of "in" and "shelling" as a verb. When a gerund that is an event noun
    of ``data/triggers.yaml`` ("shelling", "bombing") follows the object of a preposition and has no
    subject or object of its own, it becomes the noun heading that object ("tank shelling"), and the
    object's adjectives ("Israeli") move to it. Runs after the lemmatizer."""
    from eventwire.resources import data_yaml

    nouns = frozenset(str(k) for k in data_yaml("triggers.yaml")["nouns"] if str(k).endswith("ing"))

    def mend(doc):
        for token in doc:
            if token.tag_ == "VBG" and token.lower_ in nouns and token.dep_ in ("nsubj", "nsubjpass", "csubj") \
                    and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in token.children):
                # "Fighting between the two armies killed 12": a subject gerund is the event noun
                token.pos_, token.tag_, token.lemma_ = "NOUN", "NN", token.lower_
                if token.dep_ == "csubj":
                    token.dep_ = "nsubj"
        for token in doc[1:]:
            before = doc[token.i - 1]
            if token.tag_ != "VBG" or token.lower_ not in nouns or token.dep_ not in ("advcl", "acl", "xcomp") \
                    or before.pos_ != "NOUN" or before.dep_ != "pobj" or before.head.lower_ not in GERUND_PREPS \
                    or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in token.children):
                continue
            prep = before.head
            if token.head.i != prep.head.i or not token.sent == before.sent:
                continue
            token.head, token.dep_ = prep, "pobj"
            token.pos_, token.tag_, token.lemma_ = "NOUN", "NN", token.lower_
            for child in list(before.children):
                if child.dep_ in ("amod", "det", "poss", "nummod") and child.i < before.i:
                    child.head = token
            before.head, before.dep_ = token, "compound"
        return doc

    return mend


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def root_participle(sent) -> None:
    """"Terrorists linked with Daesh yesterday attacked the office": the parser makes the participle after the
    subject the sentence's root (tagged as a participle or a past tense) and hangs the real verb on it as
    ``dep`` (or, with a finite auxiliary and no "and", as ``conj``: "The men jailed for X were freed"). When such
    a root comes right after its subject, with no auxiliary, and a finite verb with no subject of its own depends
    on it,
    that verb becomes the root, the participle describes the subject (``acl``) and the subject is the verb's."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    if root.tag_ not in ("VBN", "VBD") or not subjects or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return
    subject = subjects[-1]
    if root.i != subject.i + 1:
        return
    finite = [c for c in root.children if c.dep_ == "dep" and c.tag_ in FINITE_TAGS and c.i > root.i
              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    if not any(c.dep_ == "cc" for c in root.children):  # "The men jailed for X were freed": no "and" joins them
        finite += [c for c in root.children if c.dep_ in ("conj", "dep") and c.i > root.i
                   and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                   and any(g.dep_ in ("aux", "auxpass") and g.tag_ in FINITE_TAGS | {"MD"} and g.i < c.i
                           for g in c.children)]
    if not finite:
        return
    verb = finite[0]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = subject, "acl"
    root.tag_ = "VBN"  # a past participle describing the subject, though tagged as a past tense
    subject.head = verb
    if any(c.dep_ == "auxpass" for c in verb.children):
        subject.dep_ = "nsubjpass"
    for child in list(root.children):
        if child.i > verb.i:
            child.head = verb  # what follows the real verb is its own


def acomp_passive(sent) -> None:
    """"A girl was gang-raped by soldiers": a hyphenated participle the parser takes for an adjective complement of
    "was" (``acomp``). With a "by" agent it is the passive verb: the participle becomes the root, "was" its passive
    auxiliary and the subject its passive subject."""
    root = sent.root
    if root.lemma_ != "be" or root.pos_ != "AUX":
        return
    comps = [c for c in root.children if c.dep_ == "acomp" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children)]
    if not comps:
        return
    verb = comps[0]
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    for child in list(root.children):
        if child.i == verb.i:
            continue
        child.head = verb
        if child.dep_ == "nsubj":
            child.dep_ = "nsubjpass"
    root.head, root.dep_ = verb, "auxpass"


def possessive_pair(sent) -> None:
    """"France's and Germany's leaders spoke": the parser makes the first possessor the subject and the noun a
    conjunct of it. Two possessors joined before one noun own it together: the noun takes the first possessor's
    place in the sentence, the first possessor becomes its ``poss`` and the second that possessor's conjunct."""
    for first in sent:
        if first.dep_ == "poss" or not any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in first.children):
            continue
        nouns = [c for c in first.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > first.i]
        if not nouns or not any(c.dep_ == "cc" for c in first.children):
            continue
        noun = nouns[0]
        second = [c for c in noun.children if c.dep_ == "poss" and c.i < noun.i]
        if not second:
            continue
        noun.head, noun.dep_ = (first.head if first.head.i != first.i else noun), first.dep_
        if first.dep_ == "ROOT":
            noun.head = noun
        first.head, first.dep_ = noun, "poss"
        second[0].head, second[0].dep_ = first, "conj"
        return


def subject_participle(sent) -> None:
    """"Protesters arrested last week have been released": the parser hangs the subject on the participle after
    it and makes that participle a clause (``ccomp``) of a root with no subject of its own. When the participle
    comes right after its subject with no auxiliary and the root is passive or has a finite auxiliary, the
    participle describes the subject (``acl``) and the subject is the root's."""
    root = sent.root
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children) or root.tag_ != "VBN" \
            or not any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return
    clauses = [c for c in root.children if c.dep_ in ("ccomp", "csubj") and c.tag_ == "VBN" and c.i < root.i
               and not any(g.dep_ in ("aux", "auxpass") for g in c.children)]
    for clause in clauses:
        subjects = [g for g in clause.children if g.dep_ == "nsubj" and g.i == clause.i - 1]
        if not subjects:
            continue
        subject = subjects[0]
        subject.head = root
        subject.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in root.children) else "nsubj"
        clause.head, clause.dep_ = subject, "acl"
        return


@Language.factory("eventwire_reduced_relatives_v1")
def make_reduced_relatives(nlp, name):
    """Mend another parse the small model gets wrong: in "in retaliation for rockets fired across the border"
    it hangs "fired" on the main verb, so the main clause's subject seems to have fired them. A past
    participle of an event verb of ``data/triggers.yaml`` right after a noun, with no subject or
    auxiliary of its own, modifies that noun ("rockets fired across the border", "mortars launched from the hills").
    Runs after the lemmatizer."""
    from eventwire.resources import data_yaml

    verbs = frozenset(str(k) for k in data_yaml("triggers.yaml")["verbs"])

    def mend(doc):
        for sent in doc.sents:
            root_participle(sent)
            subject_participle(sent)
            acomp_passive(sent)
            possessive_pair(sent)
        for token in doc[1:]:
            before = doc[token.i - 1]
            if token.tag_ != "VBN" or token.dep_ not in ("advcl", "conj") or token.lemma_.lower() not in verbs \
                    or before.pos_ != "NOUN" or before.dep_ not in ("pobj", "dobj") or before.head == token \
                    or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in token.children) \
                    or not token.sent == before.sent or token.head.i == before.i:
                continue
            if any(a.i == token.i for a in before.ancestors):
                continue  # re-heading would make a cycle
            token.head, token.dep_ = before, "acl"
        return doc

    return mend
