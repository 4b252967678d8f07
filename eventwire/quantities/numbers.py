"""Read a number phrase as news copy writes it: "five", "1,200", "1.2 million", "dozens",
"at least 12", "more than 30", "between 10 and 15".

:func:`parse_number` returns ``(n, n_max)``: ``n`` is the lower bound the phrase states (its figure
when it gives one), ``n_max`` the upper bound when the phrase states one, else ``None``. Choices:

* vague quantities are read as the least figure they mean, an open lower bound like "at least"
  (``n_max`` None), never a midpoint guessed for them: plural scale words mean "at least two of
  them": ``dozens`` 24, ``scores`` 40, ``hundreds`` 200, ``thousands`` 2000, ``tens of thousands``
  20000, ``hundreds of thousands`` 200000.
* ``a few`` and ``several`` 3, ``a couple`` 2, ``a handful`` 3; ``some``/``many``/``numerous``
  alone are not numbers.
* bounds keep the figure the text states, never one it does not: ``at least N``, ``more than N``,
  ``over N`` give (N, None); ``fewer than N``, ``under N``, ``up to N``, ``as many as N``,
  ``at most N`` give (0, N). "More than 4,000 fled" is reported as 4000, as analysts record it,
  not as a made-up 4001.
* approximations keep the stated figure: ``about``/``around``/``some``/``nearly``/``almost``/
  ``an estimated`` N give (N, None). "nearly 100" is reported as 100, not guessed below it.
* ranges: ``between 10 and 15``, ``10 to 15``, ``10-15``, ``two or three`` give (10, 15).
* ``a``/``an`` alone give (1, None); the caller decides whether the article counts something.

The function reads only the phrase; whether the number counts anything (a year, an age, a
percentage) is for :mod:`eventwire.quantities.counts` to decide.
"""
from __future__ import annotations

import re

__all__ = ["parse_number", "is_number_word"]

# English numerals are closed-class grammar, not data: the few words are spelled out here.
_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_GROUPS = {"dozen": 12, "score": 20}  # "two dozen", "a score"
_PLURALS = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 10**6,
            "billions": 10**9, "tens": 10}
_VAGUE = {("a", "few"): 3, ("few",): 3, ("several",): 3, ("a", "couple"): 2, ("a", "couple", "of"): 2,
          ("couple", "of"): 2, ("a", "handful", "of"): 3, ("a", "handful"): 3}

# number modifiers: how each one bounds the figure that follows
_MODIFIERS = {
    "min": ["at least", "no fewer than", "no less than", "not less than", "a minimum of", "at the very least"],
    "above": ["more than", "over", "above", "in excess of", "upwards of", "upward of", "well over",
              "just over", "exceeding", "greater than", "some more than", "well above"],
    "below": ["fewer than", "less than", "under", "below", "just under", "just below", "not quite"],
    "upto": ["up to", "as many as", "at most", "no more than", "not more than", "a maximum of",
             "at the most", "as much as"],
    "approx": ["about", "around", "some", "roughly", "approximately", "approx", "nearly", "almost",
               "close to", "an estimated", "estimated", "just", "only", "another", "a further",
               "an additional", "a total of", "a reported", "reportedly", "perhaps", "possibly",
               "maybe", "at around", "an approximate"],
}
_MODIFIER_SEQS = sorted(
    ((tuple(p.split()), kind) for kind, phrases in _MODIFIERS.items() for p in phrases),
    key=lambda item: len(item[0]),
    reverse=True,
)
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+|-")
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_DECIMAL = re.compile(r"\d+\.\d+")


def is_number_word(word: str) -> bool:
    """True for a word that can be (part of) a number on its own: "five", "dozens", "hundred"."""
    w = word.lower()
    return w in _UNITS or w in _TENS or w in _SCALES or w in _GROUPS or w in _PLURALS or w in ("several", "few")


def _tokens(text: str) -> list[str] | None:
    s = text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2009", " ").replace("\u00a0", " ")
    toks = _TOKEN.findall(s)
    if re.sub(r"\s+", "", s) != "".join(toks):
        return None  # something that is not part of a number: "%", "$", ":", "rd" ...
    return toks


def _digits(tok: str) -> int | None:
    if _DIGITS.fullmatch(tok):
        return int(tok.replace(",", ""))
    return None


def _words(toks: list[str], i: int) -> tuple[int, int] | None:
    """A spelled-out integer from toks[i:]: "twenty - three", "two hundred and fifty thousand"."""
    total, current, j, seen = 0, 0, i, False
    while j < len(toks):
        w = toks[j]
        if w in _UNITS or w in _TENS:
            small = _UNITS.get(w, _TENS.get(w))
            if w in _TENS and j + 2 < len(toks) and toks[j + 1] == "-" and toks[j + 2] in _UNITS:
                small += _UNITS[toks[j + 2]]
                j += 2
            elif w in _TENS and j + 1 < len(toks) and toks[j + 1] in _UNITS and 0 < _UNITS[toks[j + 1]] < 10:
                small += _UNITS[toks[j + 1]]  # "twenty three"
                j += 1
            if seen and current % 100 != 0 and current != 0:
                break  # "five six" is two numbers
            current += small
        elif w in _SCALES and seen:
            if _SCALES[w] == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * _SCALES[w]
                current = 0
        elif w == "and" and seen and j + 1 < len(toks) and (toks[j + 1] in _UNITS or toks[j + 1] in _TENS) \
                and toks[j - 1] in _SCALES:
            pass  # "two hundred and fifty"
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j


def _quantity(toks: list[str], i: int) -> tuple[int, int] | None:
    """One figure from toks[i:]; return (value, index after it)."""
    if i >= len(toks):
        return None
    t = toks[i]
    # "1.2 million", "3 thousand", "1,200", "23"
    if _DECIMAL.fullmatch(t) or _DIGITS.fullmatch(t):
        if i + 1 < len(toks) and toks[i + 1] in _SCALES:
            value = round(float(t.replace(",", "")) * _SCALES[toks[i + 1]])
            return value, i + 2
        if i + 1 < len(toks) and toks[i + 1] in _GROUPS:
            n = _digits(t)
            return (n * _GROUPS[toks[i + 1]], i + 2) if n is not None else None
        n = _digits(t)
        return (n, i + 1) if n is not None else None
    # "half a dozen"
    if toks[i:i + 3] == ["half", "a", "dozen"]:
        return 6, i + 3
    # "a dozen", "a hundred", "a thousand"
    if t in ("a", "an", "one") and i + 1 < len(toks) and (toks[i + 1] in _GROUPS or toks[i + 1] in _SCALES):
        words = _words(["one"] + toks[i + 1:], 0) if toks[i + 1] in _SCALES else None
        if words is not None:
            return words[0], i + words[1]
        return _GROUPS[toks[i + 1]], i + 2
    # "a few", "several", "a couple of", then maybe a scale: "several hundred", "a few dozen"
    for seq, value in sorted(_VAGUE.items(), key=lambda kv: len(kv[0]), reverse=True):
        if tuple(toks[i:i + len(seq)]) == seq:
            j = i + len(seq)
            if j < len(toks) and (toks[j] in _SCALES or toks[j] in _GROUPS):
                return value * _SCALES.get(toks[j], _GROUPS.get(toks[j], 1)), j + 1
            if j < len(toks) and toks[j] in _PLURALS:  # "a few thousands" -> "a few thousand"
                return value * _PLURALS[toks[j]], j + 1
            return value, j
    # "dozens", "hundreds of thousands", "tens of thousands"
    if t in _PLURALS:
        value, j = 2 * _PLURALS[t], i + 1
        if j + 1 < len(toks) and toks[j] == "of" and toks[j + 1] in _PLURALS and _PLURALS[toks[j + 1]] >= 1000:
            value, j = value * _PLURALS[toks[j + 1]], j + 2
        return value, j
    if t in ("a", "an"):
        return 1, i + 1
    words = _words(toks, i)
    if words is None:
        return None
    value, j = words
    if j < len(toks) and toks[j] in _GROUPS:  # "two dozen"
        return value * _GROUPS[toks[j]], j + 1
    return value, j


def _modifier(toks: list[str], i: int) -> tuple[str | None, int]:
    for seq, kind in _MODIFIER_SEQS:
        if tuple(toks[i:i + len(seq)]) == seq and i + len(seq) < len(toks):
            return kind, i + len(seq)
    return None, i


def _looks_like_phone(left: str, right: str) -> bool:
    if not (left.isdigit() and right.isdigit()):
        return False
    return left.startswith("0") or right.startswith("0") or (len(left), len(right)) == (3, 4)


def _bounded(kind: str | None, n: int) -> tuple[int, int | None]:
    if kind in ("below", "upto"):
        return 0, n
    return n, None  # "at least", "more than", an approximation: the stated figure


def parse_number(text: str) -> tuple[int, int | None] | None:
    """Return ``(n, n_max)`` for a number phrase, or ``None`` when ``text`` is not one.

    >>> parse_number("at least 12"), parse_number("between 10 and 15"), parse_number("dozens")
    ((12, None), (10, 15), (24, None))
    """
    toks = _tokens(text)
    if not toks:
        return None
    if toks[-1] == "of" and len(toks) > 1:  # "dozens of", "a couple of"
        toks = toks[:-1]
    kinds: list[str] = []
    i = 0
    while True:
        kind, j = _modifier(toks, i)
        if kind is None:
            break
        kinds.append(kind)
        i = j
    kind = next((k for k in kinds if k != "approx"), "approx" if kinds else None)
    ranged = i < len(toks) and toks[i] in ("between", "from")
    if ranged:
        i += 1
    first = _quantity(toks, i)
    if first is None:
        return None
    lo, i = first
    if i == len(toks):
        return None if ranged else _bounded(kind, lo)
    sep = toks[i]
    if sep not in ("to", "-", "or", "and") or (sep == "and" and not ranged):
        return None
    second = _quantity(toks, i + 1)
    if second is None or second[1] != len(toks):
        return None
    hi = second[0]
    if sep == "-" and _looks_like_phone(toks[i - 1], toks[i + 1]):
        return None  # "555-1234" is a telephone number, not a range
    lo, hi = min(lo, hi), max(lo, hi)
    if kind in ("upto", "below"):
        return 0, hi
    if kind == "above":
        return lo, None
    return lo, hi
