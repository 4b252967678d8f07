"""Modality of a coded action: asserted, negated, planned, hypothetical.

Threats, appeals and demands are their own CAMEO events (13x, 02x, 10x) and are asserted; the
action they wrap is not an event of its own (see coder.py).
"""
from __future__ import annotations

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "must", "ought"}  # "Azerbaijan should release ..."
PLAN_VERBS = {"plan", "intend", "prepare", "expect", "schedule", "aim", "seek", "hope", "plot", "conspire", "scheme"}
CONDITION_MARKS = {"if", "unless", "whether"}
FAILURE_VERBS = {"fail", "refuse", "decline"}
OBLIGATION_VERBS = {"have", "need", "ought"}


def obliged(token) -> bool:
    """An act one has or needs to do, now or later ("needs to withdraw", "would have to suspend"), not one
    one had to do, which was done ("had to withdraw")."""
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_.lower() in OBLIGATION_VERBS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
        and (head.tag_ in ("VBZ", "VBP", "VB") or any(c.dep_ == "aux" for c in head.children))


def _negated(token) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    if token.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in (*token.head.children, *token.children)):
        return True  # "has given no order, nor offered a timetable"
    if any(c.lower_ == "neither" and c.dep_ in ("preconj", "advmod", "cc") for c in token.children):
        return True  # "neither met Somalia nor signed the deal"
    for child in token.children:  # "no firm steps ... were agreed"
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
                g.dep_ == "det" and g.lower_ in ("no", "neither") for g in child.children):
            return True
    return False


REPORTING_VERBS = {"say", "announce", "tell", "state", "declare", "confirm", "report", "add", "insist", "promise",
                   "agree", "decide"}
SUBJECTS = ("nsubj", "nsubjpass", "expl")


def _governing(token) -> list:
    """The clauses whose time and mood an act with no subject of its own shares: the first of two joined verbs
    ("will meet and sign a deal"), the clause a participle or a purpose hangs on ("would be a turning point,
    allowing ...", "inspectors would travel to Kyiv to carry out checks")."""
    out, node = [], token
    for _ in range(3):
        if any(c.dep_ in SUBJECTS for c in node.children) or any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to"
                                                                  for c in node.children):
            break
        purpose = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        participle = node.dep_ == "advcl" and node.tag_ == "VBG"
        if not (node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX")) and not purpose and not participle:
            break
        node = node.head
        out.append(node)
    return out


def _reported(token) -> bool:
    return token.dep_ == "ccomp" and token.head.lemma_.lower() in REPORTING_VERBS


def modality_of(trigger, wrapper=None, table=None) -> str:
    """The status of the action expressed at ``trigger`` (or at the wrapper verb that codes it)."""
    node = wrapper if wrapper is not None else trigger
    while node.dep_ == "compound" and node.head.pos_ == "NOUN":
        node = node.head  # "not engaged in the bombing campaign": the campaign's verb
    chain = [node]
    if node.pos_ in ("NOUN", "PROPN") and node.head.pos_ in ("VERB", "AUX") and node.dep_ in (
            "dobj", "nsubjpass", "pobj", "nsubj"):
        chain.append(node.head if node.dep_ != "pobj" else node.head.head)  # "joint patrols will monitor"
    for tok in chain + _governing(chain[-1]):  # "did not send troops to fight": nor did they fight
        if _negated(tok):
            return "negated"
        if tok.dep_ in ("pcomp", "pobj") and (
                (tok.head.lower_ == "of" and any(w.lower_ == "instead" for w in (tok.head.head, *tok.head.children)))
                or (tok.head.lower_ == "than" and any(w.lower_ == "rather" for w in (tok.head.head, *tok.head.children)))):
            return "negated"  # "instead of letting the strikers ...", "rather than attacking"
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in FAILURE_VERBS:
            return "negated"  # "failed to reach agreement"
        if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "without":
            return "negated"  # "the troops left without firing a shot"
    for tok in chain + _governing(chain[-1]):
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children):
            return "hypothetical"
        if tok.tag_ in ("VBP", "VBZ", "VB") and any(c.dep_ == "mark" and c.lower_ in ("until", "till", "before")
                                                  for c in tok.children):
            return "hypothetical"  # "vowed to keep fighting until they take the valley": not yet
        if "to" in aux and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
            return "hypothetical"  # "it is rude for these people to destroy ...", "grounds for a student to be suspended"
        if aux & FUTURE_AUX:
            return "planned"
        if "would" in aux and _reported(tok):
            return "planned"  # "said it would free 150 prisoners": the future of reported speech
        if aux & HYPOTHETICAL_AUX:
            return "hypothetical"
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PLAN_VERBS:
            return "planned"
        if obliged(tok):
            return "hypothetical"  # "the embassy would have to close its doors", "Kenya needs to withdraw": not done
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be" and "to" in aux:
            return "planned"  # "troops are to withdraw by Wednesday"
    return "asserted"
