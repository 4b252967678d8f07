"""Match predicted events (``Record.to_dict()["events"]``) against the gold events of tests/golden/samples.

A gold event is found by a predicted event when

- the predicted CAMEO root is one of the gold's allowed roots (``cameo_root``, a string or a list);
- the predicted sentence overlaps the gold sentence (one contains the other, or they share at
  least half of the shorter one's content words, and at least two);
- the actors agree: the same ISO 3166-1 alpha-3 country where the gold gives one, else the same
  IGO code (gold ``{"code": "UNO"}`` matches a predicted ``UNO`` or ``IGOUNOWFP``); a gold actor that
  is null, or names neither a country nor a code, asks for nothing. For the cooperative roots
  03-06 the predicted source and target may come in either order.

Each predicted event is used for at most one gold event; :func:`assign` finds the largest such
pairing, so the order of events in the output does not matter.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06"})
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_STOPWORDS = frozenset(
    "a an and as at by for from had has have in into is it its of on or that the their to was were with".split()
)


def normalize(text: str | None) -> str:
    """NFKC, straight quotes, lower case, single spaces."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES).lower()
    return re.sub(r"\s+", " ", text).strip()


def content_words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9']+", normalize(text)) if w not in _STOPWORDS}


def allowed_roots(gold_event: dict[str, Any]) -> set[str]:
    roots = gold_event.get("cameo_root")
    return set(roots) if isinstance(roots, list) else {roots}


def iso3(code: str | None) -> str | None:
    """ISO 3166-1 alpha-3 for an alpha-2 or alpha-3 code (gold locations use alpha-2)."""
    if not code:
        return None
    code = code.upper()
    if len(code) == 2:
        import pycountry

        country = pycountry.countries.get(alpha_2=code)
        return country.alpha_3 if country else code
    return code


def actor_agrees(gold: dict[str, Any] | None, pred: dict[str, Any] | None) -> bool:
    if gold is None:
        return True
    gold_country = iso3(gold.get("country"))
    gold_code = (gold.get("code") or "").upper()
    if gold_country:
        if pred is None:
            return False
        pred_code = (pred.get("code") or "").upper()
        pred_country = iso3(pred.get("country")) or (pred_code[:3] or None)
        return pred_country == gold_country
    if gold_code:
        return pred is not None and gold_code in (pred.get("code") or "").upper()
    return True


def sentences_overlap(gold_sentence: str, pred_sentence: str | None) -> bool:
    gold, pred = normalize(gold_sentence), normalize(pred_sentence)
    if not gold or not pred:
        return False
    if gold in pred or pred in gold:
        return True
    gold_words, pred_words = content_words(gold), content_words(pred)
    shared = gold_words & pred_words
    return len(shared) >= max(2, (min(len(gold_words), len(pred_words)) + 1) // 2)


def event_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    roots = allowed_roots(gold)
    if (pred.get("cameo") or {}).get("root") not in roots:
        return False
    if not sentences_overlap(gold.get("sentence", ""), (pred.get("sentence") or {}).get("text")):
        return False
    source, target = pred.get("source"), pred.get("target")
    if actor_agrees(gold.get("source"), source) and actor_agrees(gold.get("target"), target):
        return True
    return bool(roots & COOPERATIVE_ROOTS) and actor_agrees(gold.get("source"), target) \
        and actor_agrees(gold.get("target"), source)


def assign(golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[int, int]:
    """The largest one-to-one pairing gold index -> predicted index (augmenting paths)."""
    candidates = [[p for p, pred in enumerate(preds) if event_matches(gold, pred)] for gold in golds]
    owner: dict[int, int] = {}  # predicted index -> gold index

    def place(g: int, seen: set[int]) -> bool:
        for p in candidates[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or place(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(golds)):
        place(g, set())
    return {g: p for p, g in owner.items()}


def missing_core(gold_doc: dict[str, Any], record: dict[str, Any]) -> list[dict[str, Any]]:
    """The core gold events that no predicted event of ``record`` matches."""
    core = [e for e in gold_doc.get("events", []) if e.get("core")]
    found = assign(core, record.get("events", []))
    return [e for i, e in enumerate(core) if i not in found]


def describe_near_misses(gold: dict[str, Any], record: dict[str, Any]) -> list[str]:
    """Predicted events whose sentence overlaps the gold's: what they were coded as."""
    out = []
    for p in record.get("events", []):
        if sentences_overlap(gold.get("sentence", ""), (p.get("sentence") or {}).get("text")):
            src, tgt = p.get("source") or {}, p.get("target") or {}
            out.append(f"root={(p.get('cameo') or {}).get('root')} "
                       f"source={src.get('text')!r}/{src.get('country') or src.get('code')} "
                       f"target={tgt.get('text')!r}/{tgt.get('country') or tgt.get('code')}")
    return out
