"""OffsetMap and apply_edits: every cleaned index maps back into the raw text."""
from __future__ import annotations

import pytest

from eventwire.clean.offsets import Edit, OffsetMap, apply_edits


def _kept_chars_match(raw: str, clean: str, offsets: OffsetMap) -> bool:
    return all(raw[offsets.to_raw(i)] == clean[i] for i in range(len(clean)) if offsets.kept(i))


def test_offsets_identity():
    offsets = OffsetMap.identity(3)
    assert [offsets.to_raw(i) for i in range(4)] == [0, 1, 2, 3]


@pytest.mark.parametrize("raw,edits,clean", [
    ("border.Ankara", [Edit(7, 7, " ")], "border. Ankara"),
    ("a  b", [Edit(1, 3, " ")], "a b"),
    ("”Turkish", [Edit(0, 1, "“")], "“Turkish"),
    ("abc", [Edit(1, 2, "")], "ac"),
    ("ab", [Edit(2, 2, "!"), Edit(0, 0, "<")], "<ab!"),
    ("x", [], "x"),
])
def test_offsets_apply_edits_text(raw, edits, clean):
    assert apply_edits(raw, edits)[0] == clean


@pytest.mark.parametrize("raw,edits,to_raw", [
    ("border.Ankara", [Edit(7, 7, " ")], [0, 1, 2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 11, 12, 13]),
    ("a \u00a0 b", [Edit(1, 4, " ")], [0, 1, 4, 5]),
    ("abc", [Edit(1, 2, "")], [0, 2, 3]),
])
def test_offsets_to_raw(raw, edits, to_raw):
    _, offsets = apply_edits(raw, edits)
    assert [offsets.to_raw(i) for i in range(len(offsets) + 1)] == to_raw


@pytest.mark.parametrize("raw,edits,kept", [
    ("border.Ankara", [Edit(7, 7, " ")], "1111111011111"[:7] + "0" + "111111"),
    ("”Tu", [Edit(0, 1, "“")], "011"),
    ("a \u00a0 b", [Edit(1, 4, " ")], "111"),
    ("\u00a0b", [Edit(0, 1, " ")], "01"),
])
def test_offsets_kept_flags(raw, edits, kept):
    _, offsets = apply_edits(raw, edits)
    assert "".join("1" if offsets.kept(i) else "0" for i in range(len(offsets))) == kept


def test_offsets_longer_replacement_is_aligned_by_diff():
    raw = "Syriaâ€™s army"
    clean, offsets = apply_edits(raw, [Edit(0, len(raw), "Syria’s army")])
    assert (clean, offsets.span_to_raw(5, 6), offsets.span_to_raw(6, 12)) == (
        "Syria’s army", (5, 8), (8, 14))


@pytest.mark.parametrize("start,end,raw_span", [
    (0, 6, (0, 6)),      # "border"
    (8, 14, (7, 13)),    # "Ankara"
    (7, 8, (7, 7)),      # the inserted space
    (6, 9, (6, 8)),      # ". A"
    (14, 14, (13, 13)),  # the empty span at the end
])
def test_offsets_span_to_raw(start, end, raw_span):
    _, offsets = apply_edits("border.Ankara", [Edit(7, 7, " ")])
    assert offsets.span_to_raw(start, end) == raw_span


def test_offsets_compose_two_steps():
    raw = "x\u00a0\u00a0border.Ankara"
    mid, first = apply_edits(raw, [Edit(1, 3, " ")])
    clean, second = apply_edits(mid, [Edit(9, 9, " ")])
    offsets = first.then(second)
    assert (clean, offsets.span_to_raw(10, 16), offsets.to_raw(len(clean)), offsets.raw_length) == (
        "x border. Ankara", (10, 16), len(raw), len(raw))


def test_offsets_compose_keeps_kept_chars_matching():
    raw = "Syriaâ€™s\u00a0\u00a0army.Then ”Turkish"
    nbsp = raw.index("\u00a0")
    mid, first = apply_edits(raw, [Edit(0, nbsp, "Syria’s"), Edit(nbsp, nbsp + 2, " ")])
    dot, quote = mid.index(".") + 1, mid.index("”")
    clean, second = apply_edits(mid, [Edit(dot, dot, " "), Edit(quote, quote + 1, "“")])
    offsets = first.then(second)
    assert (clean, _kept_chars_match(raw, clean, offsets)) == ("Syria’s army. Then “Turkish", True)


def test_offsets_compose_refuses_mismatched_lengths():
    with pytest.raises(ValueError):
        OffsetMap.identity(3).then(OffsetMap.identity(4))


def test_offsets_overlapping_edits_refused():
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3, "x"), Edit(2, 4, "y")])


@pytest.mark.parametrize("start,end", [(-1, 0), (0, 4), (2, 1)])
def test_offsets_span_outside_text_refused(start, end):
    with pytest.raises(IndexError):
        OffsetMap.identity(3).span_to_raw(start, end)
