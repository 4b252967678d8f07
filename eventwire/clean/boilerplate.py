"""Boilerplate and credit lines: what scraped pages add around the story.

The patterns live in ``eventwire/data/boilerplate.yaml``. Both rules return :class:`Edit` lists
(see :mod:`eventwire.clean.offsets`), so the offsets of the remaining text stay traceable.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from eventwire.clean.offsets import Edit

DATA_FILE = "boilerplate.yaml"
# A glued credit is looked for in this many sentence-like pieces at the end of the body (initials
# such as "J. R." count as pieces).
MAX_CREDIT_SENTENCES = 6
_NON_BLANK_LINE = re.compile(r"[^\n]*\S[^\n]*")
# Where a glued final sentence may start: after sentence punctuation, closing quotes/brackets and spaces.
_SENTENCE_END = re.compile(r"[.!?][”’\")\]]*[ ]*")
_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]\.[ ]*$")


@dataclass(frozen=True, slots=True)
class BoilerplatePatterns:
    """The compiled contents of ``boilerplate.yaml``."""

    trailing_lines: tuple[re.Pattern, ...]
    tail_markers: tuple[re.Pattern, ...]
    tail_max_lines: int
    tail_max_words: int
    credit_lines: tuple[re.Pattern, ...]
    bylines: tuple[re.Pattern, ...]
    photo_credits: tuple[re.Pattern, ...]
    abbreviations: frozenset[str]
    no_space_before: frozenset[str]


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    """Replace ``<NAME>`` tokens by their fragments until none is left."""
    for _ in range(10):
        expanded = re.sub(r"<([A-Z_]+)>", lambda m: fragments[m.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise ValueError(f"{DATA_FILE}: fragments nest too deeply in {pattern!r}")


def _compile(patterns: list[str], fragments: dict[str, str], flags: int = 0) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(_expand(p, fragments), flags) for p in patterns)


def _words(raw: dict, key: str) -> frozenset[str]:
    """A list of words from the data file, lower-cased; refuse non-strings (YAML reads `no` as false)."""
    words = raw[key]
    bad = [w for w in words if not isinstance(w, str)]
    if bad:
        raise ValueError(f"{DATA_FILE}: {key} must list strings, got {bad!r}; quote them")
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=1)
def load_patterns() -> BoilerplatePatterns:
    """Read and compile ``eventwire/data/boilerplate.yaml`` (once per process)."""
    raw = yaml.safe_load(resources.files("eventwire.data").joinpath(DATA_FILE).read_text("utf-8"))
    fragments = raw["fragments"]
    tail = raw["tail_markers"]
    return BoilerplatePatterns(
        trailing_lines=_compile(raw["trailing_lines"], fragments, re.IGNORECASE),
        tail_markers=_compile(tail["patterns"], fragments, re.IGNORECASE),
        tail_max_lines=int(tail["max_lines"]),
        tail_max_words=int(tail["max_words"]),
        credit_lines=_compile(raw["credits"]["lines"], fragments),
        bylines=_compile(raw["credits"]["byline"], fragments),
        photo_credits=_compile(raw["credits"]["photo"], fragments),
        abbreviations=_words(raw, "abbreviations"),
        no_space_before=_words(raw, "no_space_before"),
    )


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line, without surrounding spaces."""
    spans = []
    for m in _NON_BLANK_LINE.finditer(text):
        line = m.group()
        start = m.start() + len(line) - len(line.lstrip())
        spans.append((start, m.start() + len(line.rstrip())))
    return spans


def _matches(patterns: tuple[re.Pattern, ...], line: str) -> bool:
    return any(p.fullmatch(line) for p in patterns)


def _tail_start(text: str, lines: list[tuple[int, int]], patterns: BoilerplatePatterns) -> int | None:
    """Index of a tail marker ("Related:") followed only by short lines, near the end; else None."""
    first = max(1, len(lines) - patterns.tail_max_lines)
    for j in range(len(lines) - 1, first - 1, -1):
        if _matches(patterns.tail_markers, text[slice(*lines[j])]):
            after = lines[j + 1:]
            if all(len(text[s:e].split()) <= patterns.tail_max_words for s, e in after):
                return j
    return None


def drop_trailing_boilerplate(text: str) -> list[Edit]:
    """Drop boilerplate lines ("leave a reply:", "Share this:", "Related:" tails) at the end of the body.

    Lines are removed from the end while they match; a line that does not match stops the scan,
    so the same phrase inside the story is kept.
    """
    patterns = load_patterns()
    lines = _lines(text)
    keep = len(lines)
    while keep:
        if _matches(patterns.trailing_lines, text[slice(*lines[keep - 1])]):
            keep -= 1
            continue
        tail = _tail_start(text, lines[:keep], patterns)
        if tail is None:
            break
        keep = tail
    if keep == len(lines):
        return []
    cut = lines[keep - 1][1] if keep else 0
    return [Edit(cut, len(text), "")]


def _delete_line(text: str, start: int, end: int) -> Edit:
    """Delete a line with the line break after it (or, for the last line, the break before it)."""
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    if after < len(text):
        return Edit(_line_start(text, start), after, "")
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return Edit(before, len(text), "")


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _strip_parens(credit: str) -> str:
    if credit.startswith("(") and credit.endswith(")"):
        return credit[1:-1].strip()
    return credit


def _glued_credit(text: str, start: int, end: int, patterns: BoilerplatePatterns) -> tuple[int, int] | None:
    """Span of a credit that ends the line ``text[start:end]`` after other sentences, or None."""
    line = text[start:end]
    cuts = [m.end() for m in _SENTENCE_END.finditer(line) if m.end() < len(line)]
    for cut in reversed(cuts[-MAX_CREDIT_SENTENCES:]):  # the shortest candidate first
        if _INITIAL.search(line[:cut]):
            continue  # "J. Smith contributed...": the credit starts before the initial
        if _matches(patterns.credit_lines, line[cut:]):
            return start + cut, end
    return None


def _photo_credit(line: str, patterns: BoilerplatePatterns) -> int | None:
    """The length of a photo credit that opens ``line`` and is followed by the story's words, or None."""
    if not line.startswith("("):
        return None
    close = line.find(")")
    if close < 0 or close + 1 >= len(line) or not line[close + 1:].strip():
        return None
    return close + 1 if _matches(patterns.photo_credits, line[:close + 1]) else None


def extract_credits(text: str) -> tuple[list[Edit], list[str]]:
    """Find credit lines; return the edits that remove them and the credits in text order.

    A credit is a whole line matching a ``credits.lines`` pattern ("Reporting by X; Editing by Y"),
    the last sentence of the body glued to the one before ("...held.BBC’s Anna Marsh
    contributed to this report."), a byline ("By Jane Doe") as the first line, or a photo credit
    that opens a line ("(AP Photo/Jane Doe) Protesters ...").
    """
    patterns = load_patterns()
    lines = _lines(text)
    edits: list[Edit] = []
    credits: list[str] = []
    for n, (start, end) in enumerate(lines):
        line = text[start:end]
        if _matches(patterns.credit_lines, line) or (n == 0 and _matches(patterns.bylines, line)):
            edits.append(_delete_line(text, start, end))
            credits.append(_strip_parens(line))
        elif (photo := _photo_credit(line, patterns)) is not None:
            cut = start + photo
            while cut < end and text[cut] == " ":
                cut += 1
            edits.append(Edit(start, cut, ""))
            credits.append(_strip_parens(text[start:start + photo]))
        elif n == len(lines) - 1:
            glued = _glued_credit(text, start, end, patterns)
            if glued:
                before = glued[0]
                while before > start and text[before - 1] == " ":
                    before -= 1
                edits.append(Edit(before, glued[1], ""))
                credits.append(_strip_parens(text[glued[0]:glued[1]]))
    return _merge_deletions(text, edits), credits


def _merge_deletions(text: str, edits: list[Edit]) -> list[Edit]:
    """Merge deletions of neighbouring lines (they may share line breaks); a deletion that reaches
    the end of the text also takes the line breaks before it."""
    merged: list[Edit] = []
    for edit in sorted(edits, key=lambda e: e.start):
        if merged and edit.start <= merged[-1].end:
            last = merged.pop()
            edit = Edit(last.start, max(last.end, edit.end), "")
        merged.append(edit)
    if merged and merged[-1].end == len(text):
        start = merged[-1].start
        while start > 0 and text[start - 1].isspace():
            start -= 1
        merged[-1] = Edit(start, len(text), "")
    return merged
