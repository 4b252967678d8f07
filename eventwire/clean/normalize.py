"""Text repair rules for scraped article bodies.

Each rule is a pure function ``rule(text) -> list[Edit]``: it says what to change and
:func:`eventwire.clean.offsets.apply_edits` applies it, so every rule keeps the offsets traceable.
The order the rules run in is set in :mod:`eventwire.clean`.
"""
from __future__ import annotations

import re
from typing import Iterator

import ftfy

from eventwire.clean.boilerplate import load_patterns
from eventwire.clean.offsets import Edit

# ftfy repairs mojibake ("Syriaâ€™s" -> "Syria’s"); curly quotes are kept as they are.
FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, explain=False)
# ftfy works on segments of at most this many characters (long lines are cut after ". ").
MAX_SEGMENT = 2000
# Headings in scraped text are short.
MAX_HEADING_WORDS = 8

# Whitespace, plus invisible characters that are dropped: zero-width space, word joiner,
# zero-width no-break space (a stray BOM) and soft hyphen. ZWJ/ZWNJ are kept (they matter in
# some scripts).
_SPACE_RUN = re.compile(r"[\s\u200b\u2060\ufeff\u00ad]+")
_LINE = re.compile(r"[^\n]+")
# A sentence end glued to the next word: "river.Nairobi", "Monday.“The", "won.”The".
_GLUED_SENTENCE = re.compile(r"[.!?]”?(?=“?[^\W\d_]{2})")
# Characters that may end a sentence's last word before its period.
_WORD_END = ")%]”’\""
# Characters that may precede an opening quote (besides whitespace and start of line).
_BEFORE_OPENING = ".!?:;(—–"
# A short phrase at a line start or after a sentence end, ending in ?, ! or : with a word glued on.
_GLUED_HEADING = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?]” ))(?P<head>[^\W\d_][^\n.!?:“”\"]{0,80}[?!:])(?=“?[^\W\d_]{2})",
    re.MULTILINE,
)


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of lines, with lines longer than :data:`MAX_SEGMENT` cut after sentences."""
    for m in _LINE.finditer(text):
        start, end = m.span()
        while end - start > MAX_SEGMENT:
            cut = text.rfind(". ", start, start + MAX_SEGMENT) + 2
            if cut <= start + 1:
                cut = text.rfind(" ", start, start + MAX_SEGMENT) + 1
            if cut <= start:
                cut = start + MAX_SEGMENT
            yield start, cut
            start = cut
        yield start, end


def repair_mojibake(text: str) -> list[Edit]:
    """Repair mis-decoded text with ftfy ("Syriaâ€™s" -> "Syria’s"), segment by segment."""
    edits = []
    for start, end in _segments(text):
        fixed = ftfy.fix_text(text[start:end], FTFY_CONFIG)
        if fixed != text[start:end]:
            edits.append(Edit(start, end, fixed))
    return edits


def _line_breaks(run: str) -> int:
    return len(("x" + run + "x").splitlines()) - 1


def normalize_whitespace(text: str) -> list[Edit]:
    """Normalise spaces and line breaks.

    No-break and other Unicode spaces become a plain space, zero-width characters and soft hyphens
    are dropped, runs of spaces and tabs become one space, spaces at line ends and starts go,
    and three or more line breaks become one blank line (``\\n\\n``).
    """
    edits = []
    for m in _SPACE_RUN.finditer(text):
        run = m.group()
        breaks = _line_breaks(run)
        if breaks:
            new = "\n" if breaks == 1 else "\n\n"
        else:
            new = " " if any(c.isspace() for c in run) else ""
        if new != run:
            edits.append(Edit(m.start(), m.end(), new))
    return edits


def _opens_quote(text: str, i: int) -> bool:
    """True when the ``”`` at ``i`` starts a quotation: a letter follows, a boundary precedes."""
    if i + 1 >= len(text) or not text[i + 1].isalnum():
        return False
    return i == 0 or text[i - 1].isspace() or text[i - 1] in _BEFORE_OPENING


def fix_opening_quotes(text: str) -> list[Edit]:
    """Turn a closing quote used to open a quotation into an opening one (``”Turkish`` -> ``“Turkish``).

    Quotes are paired within each line: a ``”`` closes an open ``“``; one met while no quotation is
    open, directly before a word and after a start of line, a space or sentence punctuation, opens one.
    """
    edits = []
    is_open = False
    for m in re.finditer(r"[“”\n]", text):
        char, i = m.group(), m.start()
        if char == "\n":
            is_open = False
        elif char == "“":
            is_open = True
        elif is_open:
            is_open = False
        elif _opens_quote(text, i):
            edits.append(Edit(i, i + 1, "“"))
            is_open = True
    return edits


def split_glued_headings(text: str) -> list[Edit]:
    """Put a heading glued to the next sentence on its own paragraph.

    ``"ministry. Regional backing?Nairobi is"`` -> ``"ministry.\\n\\nRegional backing?\\n\\nNairobi is"``.
    A heading is a capitalised phrase of at most :data:`MAX_HEADING_WORDS` words ending in ``?``/``!``
    (at a line start or after a sentence) or ``:`` (at a line start only), directly followed by a
    capitalised word.
    """
    edits = []
    for m in _GLUED_HEADING.finditer(text):
        head, start, end = m.group("head"), m.start("head"), m.end("head")
        word = text[end + 1] if text[end] == "“" else text[end]
        if not (head[0].isupper() and word.isupper()) or len(head.split()) > MAX_HEADING_WORDS:
            continue
        at_line_start = start == 0 or text[start - 1] == "\n"
        if head.endswith(":") and not at_line_start:
            continue
        if not at_line_start:
            edits.append(Edit(start - 1, start, "\n\n"))
        edits.append(Edit(end, end, "\n\n"))
    return edits


# A wire dateline at a paragraph start: "BISHKEK, Kyrgyzstan — ", "NAIROBI (Reuters) - ", and in title
# case with its country: "Aleppo, Syria (9:45 A.M.) – ".
_DATELINE = re.compile(
    r"^(?P<line>[A-Z][A-Za-z .'-]{1,40}(?P<country>,[^\n—–]{1,40}?)?(?:\s*\([A-Za-z0-9 .:]{2,30}\))?\s*[—–-]{1,2})"
    r"(?P<gap>[ \t]+)(?=[^\W\d_])",
    re.MULTILINE,
)
_PLACE_WORDS = re.compile(r"^[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,3}$")


def split_datelines(text: str) -> list[Edit]:
    """Put a dateline on its own line: ``"BISHKEK, Kyrgyzstan — Kyrgyzstan and Tajikistan signed"``
    -> ``"BISHKEK, Kyrgyzstan —\n\nKyrgyzstan and Tajikistan signed"``, so the parser does not take
    the dateline's place for the subject of the lead sentence. The dateline stays in the text."""
    edits = []
    for m in _DATELINE.finditer(text):
        city = m.group("line").split(",")[0].split("(")[0].strip(" —–-")
        country = (m.group("country") or "").strip(" ,").split("(")[0].strip(" —–-")
        capitals = city.replace(" ", "").replace(".", "").replace("'", "").replace("-", "").isupper()
        if len(city) < 2 or not (capitals or (_PLACE_WORDS.match(city) and _PLACE_WORDS.match(country))):
            continue
        edits.append(Edit(m.start("gap"), m.end("gap"), "\n\n"))
    return edits


def _token_around(text: str, i: int) -> tuple[str, str]:
    """The non-space token around index ``i``, split there: ``("river", ".Nairobi’s")``."""
    start, end = i, i
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:i].lstrip("“‘\"'(["), text[i:end]


def _looks_like_domain(before: str, after: str, no_space_before: frozenset[str]) -> bool:
    """``www.Example.Com``, ``report.PDF``: a dotted name rather than two sentences."""
    parts = [p.strip("”’\"'),;:!?").lower() for p in after.split(".")]
    return before.lower() in ("www", "http", "https") or any(p in no_space_before for p in parts)


def restore_sentence_spaces(text: str) -> list[Edit]:
    """Insert the space missing after a sentence end: ``river.Nairobi’s`` -> ``river. Nairobi’s``.

    The period (or ``!``/``?``) must follow a lower-case letter, a digit or ``)``, and be followed
    by a capitalised word of two or more letters, maybe after an opening quote. ``U.S.``, ``e.g.``,
    ``3.5``, ``voanews.com`` and ``J.R.R.`` are left alone, as are the abbreviations and the
    domain words listed in ``boilerplate.yaml``.
    """
    patterns = load_patterns()
    edits = []
    for m in _GLUED_SENTENCE.finditer(text):
        dot, after = m.start(), m.end()
        if dot == 0 or not (text[dot - 1].islower() or text[dot - 1].isdigit() or text[dot - 1] in _WORD_END):
            continue
        if not text[after + 1 if text[after] == "“" else after].isupper():
            continue
        before, rest = _token_around(text, dot)
        if any(c in before for c in "./@:") or before.lower() in patterns.abbreviations:
            continue
        if _looks_like_domain(before, rest, patterns.no_space_before):
            continue
        edits.append(Edit(after, after, " "))
    return edits


def _same_heading(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def drop_repeated_title(text: str, title: str | None) -> list[Edit]:
    """Drop the first line of the body when it repeats the title."""
    m = re.search(r"[^\n]*\S[^\n]*", text)
    if not title or not m or not _same_heading(m.group(), title):
        return []
    end = m.end()
    while end < len(text) and text[end].isspace():
        end += 1
    return [Edit(0, end, "")]


def strip_edges(text: str) -> list[Edit]:
    """Remove whitespace at the start and the end of the text."""
    lead = len(text) - len(text.lstrip())
    if lead == len(text):
        return [Edit(0, len(text), "")] if text else []
    trail = len(text) - len(text.rstrip())
    edits = [Edit(0, lead, "")] if lead else []
    if trail:
        edits.append(Edit(len(text) - trail, len(text), ""))
    return edits


def clean_title(title: str | None) -> str | None:
    """Repair and tidy a title: ftfy, then one space between words. None stays None."""
    if title is None:
        return None
    return " ".join(ftfy.fix_text(title, FTFY_CONFIG).split()) or None
