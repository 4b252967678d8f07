"""Offsets between a cleaned text and the raw body it came from.

Every cleaning rule describes its changes as a list of :class:`Edit` (replace ``text[start:end]``
with ``new``). :func:`apply_edits` applies them and returns the new text with an :class:`OffsetMap`
from the new text back to the old one; :meth:`OffsetMap.then` composes the maps of successive rules,
so the final map leads from the cleaned text straight back to the raw body.

Each character of the new text maps to an interval of the old text:

- a *kept* character maps to the one old character it copies (``old[start] == new[i]``);
- a replacing character maps to the character it replaces when old and new have the same length
  (``”`` -> ``“``), else to the whole interval replaced (mojibake ``â€™`` -> ``’``);
- an inserted character (a restored space) maps to the empty interval at its insertion point.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Iterable


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``new`` (``start == end`` inserts, ``new == ""`` deletes)."""

    start: int
    end: int
    new: str


class _Step:
    """The map of one :func:`apply_edits` call, stored as segments of the new text.

    Segment ``k`` covers new characters ``new_starts[k]:new_starts[k + 1]`` and old characters
    ``old_starts[k]:old_ends[k]``. When both have the same length the characters map one to one
    (``kept[k]`` says whether they are copies); otherwise each new character maps to the whole old
    interval (a replacement such as ``â€™`` -> ``’``, or an insertion when the interval is empty).
    """

    __slots__ = ("new_starts", "old_starts", "old_ends", "kept", "new_length", "old_length")

    def __init__(self, new_length: int, old_length: int):
        self.new_starts: list[int] = []
        self.old_starts: list[int] = []
        self.old_ends: list[int] = []
        self.kept: list[bool] = []
        self.new_length = new_length
        self.old_length = old_length

    def add(self, new_start: int, old_start: int, old_end: int, kept: bool) -> None:
        self.new_starts.append(new_start)
        self.old_starts.append(old_start)
        self.old_ends.append(old_end)
        self.kept.append(kept)

    def char(self, i: int) -> tuple[int, int, bool]:
        """Old interval and kept flag of new character ``i`` (``0 <= i < new_length``)."""
        k = bisect_right(self.new_starts, i) - 1
        new_start = self.new_starts[k]
        new_end = self.new_starts[k + 1] if k + 1 < len(self.new_starts) else self.new_length
        old_start, old_end = self.old_starts[k], self.old_ends[k]
        if new_end - new_start == old_end - old_start:
            pos = old_start + i - new_start
            return pos, pos + 1, self.kept[k]
        return old_start, old_end, False

    def position(self, i: int) -> int:
        """Old index of the boundary before new character ``i`` (``new_length`` -> ``old_length``)."""
        return self.old_length if i == self.new_length else self.char(i)[0]

    def span(self, start: int, end: int) -> tuple[int, int]:
        if start == end:
            pos = self.position(start)
            return pos, pos
        return self.char(start)[0], self.char(end - 1)[1]


class OffsetMap:
    """Map indices of a cleaned text back to indices of the raw text.

    The map is a chain of steps (one per rule that changed the text) resolved on each query, so
    building it costs time in the number of edits, not in the length of the text.
    """

    __slots__ = ("_steps", "_length", "raw_length")

    def __init__(self, steps: tuple[_Step, ...], length: int, raw_length: int):
        self._steps = steps
        self._length = length
        self.raw_length = raw_length

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        """The map of a text that was not changed."""
        return cls((), length, length)

    def __len__(self) -> int:
        """Length of the cleaned text."""
        return self._length

    def to_raw(self, i: int) -> int:
        """Raw index of cleaned index ``i`` (``0 <= i <= len(clean)``; ``len(clean)`` -> ``len(raw)``)."""
        return self.span_to_raw(i, i)[0]

    def kept(self, i: int) -> bool:
        """True when cleaned character ``i`` is a copy of the raw character at ``to_raw(i)``."""
        self._check(i, i + 1)
        for step in reversed(self._steps):
            i, _, kept = step.char(i)
            if not kept:
                return False
        return True

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` covering the cleaned span ``start:end`` (end-exclusive)."""
        self._check(start, end)
        for step in reversed(self._steps):
            start, end = step.span(start, end)
        return start, end

    def then(self, later: "OffsetMap") -> "OffsetMap":
        """Compose: ``self`` maps text B to raw A, ``later`` maps text C to B; return C -> A."""
        if later.raw_length != len(self):
            raise ValueError(f"cannot compose: map expects a text of {later.raw_length} characters, "
                             f"this one produces {len(self)}")
        return OffsetMap(self._steps + later._steps, len(later), self.raw_length)

    def _check(self, start: int, end: int) -> None:
        if not 0 <= start <= end <= len(self):
            raise IndexError(f"span {start}:{end} outside cleaned text of length {len(self)}")


class _Builder:
    """Accumulates the new text and its segments while edits are applied left to right."""

    def __init__(self, old_length: int) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.step = _Step(0, old_length)

    def _emit(self, new: str, old_start: int, old_end: int, kept: bool) -> None:
        if new:
            self.step.add(self.length, old_start, old_end, kept)
            self.parts.append(new)
            self.length += len(new)

    def copy(self, text: str, start: int, end: int) -> None:
        """Keep ``text[start:end]`` unchanged."""
        self._emit(text[start:end], start, end, True)

    def put(self, new: str, start: int, end: int) -> None:
        """Emit ``new`` in place of ``old[start:end]``, aligned one to one if the lengths match."""
        self._emit(new, start, end, False)

    def replace(self, text: str, start: int, end: int, new: str) -> None:
        """Emit ``new`` for ``text[start:end]``, keeping the characters the two have in common."""
        old = text[start:end]
        head = _common_prefix(old, new)
        tail = _common_prefix(old[head:][::-1], new[head:][::-1])
        self.copy(text, start, start + head)
        mid_old, mid_new = old[head:len(old) - tail], new[head:len(new) - tail]
        base = start + head
        if mid_old and mid_new and len(mid_old) != len(mid_new):
            matcher = SequenceMatcher(None, mid_old, mid_new, autojunk=False)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag == "equal":
                    self.copy(text, base + i1, base + i2)
                else:
                    self.put(mid_new[j1:j2], base + i1, base + i2)
        else:
            self.put(mid_new, base, base + len(mid_old))
        self.copy(text, end - tail, end)

    def finish(self) -> tuple[str, OffsetMap]:
        self.step.new_length = self.length
        return "".join(self.parts), OffsetMap((self.step,), self.length, self.step.old_length)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits to ``text``; return the new text and its map back to ``text``."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    builder = _Builder(len(text))
    pos = 0
    for edit in ordered:
        if not pos <= edit.start <= edit.end <= len(text):
            raise ValueError(f"edit {edit.start}:{edit.end} overlaps another or lies outside "
                             f"the text of length {len(text)}")
        builder.copy(text, pos, edit.start)
        builder.replace(text, edit.start, edit.end, edit.new)
        pos = edit.end
    builder.copy(text, pos, len(text))
    return builder.finish()
