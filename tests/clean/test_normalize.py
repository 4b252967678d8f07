"""One rule at a time: mojibake, whitespace, quotes, headings, sentence spaces, title, edges."""
from __future__ import annotations

import pytest

from eventwire.clean.normalize import (
    MAX_SEGMENT,
    clean_title,
    drop_repeated_title,
    fix_opening_quotes,
    normalize_whitespace,
    repair_mojibake,
    restore_sentence_spaces,
    split_glued_headings,
    strip_edges,
)
from eventwire.clean.offsets import apply_edits


def _run(rule, text: str, **kwargs) -> str:
    return apply_edits(text, rule(text, **kwargs))[0]


@pytest.mark.parametrize("raw,clean", [
    ("Kenyaâ€™s army", "Kenya’s army"),
    ("â€œWe will respond,â€\x9d he said.", "“We will respond,” he said."),
    ("the cafÃ© closed", "the café closed"),
    ("Ankara’s “quote” stays curly", "Ankara’s “quote” stays curly"),
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("line one\nSyriaâ€™s\nline three", "line one\nSyria’s\nline three"),
])
def test_normalize_repair_mojibake(raw, clean):
    assert _run(repair_mojibake, raw) == clean


def test_normalize_repair_mojibake_keeps_offsets():
    raw = "Talks in Syriaâ€™s capital"
    clean, offsets = apply_edits(raw, repair_mojibake(raw))
    start = clean.index("capital")
    assert raw[slice(*offsets.span_to_raw(start, start + 7))] == "capital"


def test_normalize_repair_mojibake_long_line_in_segments():
    sentence = "Troops moved into Syriaâ€™s north. "
    raw = sentence * (2 * MAX_SEGMENT // len(sentence) + 1)
    assert _run(repair_mojibake, raw) == raw.replace("â€™", "’")


@pytest.mark.parametrize("raw,clean", [
    ("retake. \u00a0 Ankara", "retake. Ankara"),
    ("a\u202fb", "a b"),
    ("zero\u200bwidth", "zerowidth"),
    ("soft\u00adhyphen", "softhyphen"),
    ("tabs\t\tand   spaces", "tabs and spaces"),
    ("trailing   \nnext", "trailing\nnext"),
    ("line\n    indented", "line\nindented"),
    ("para\n\n\n\n\nnext", "para\n\nnext"),
    ("para\n \u00a0\n\nnext", "para\n\nnext"),
    ("para\r\n\r\nnext", "para\n\nnext"),
    ("para\n\nnext", "para\n\nnext"),
    ("one\ntwo", "one\ntwo"),
])
def test_normalize_whitespace(raw, clean):
    assert _run(normalize_whitespace, raw) == clean


@pytest.mark.parametrize("raw,clean", [
    ("convoy.”Kenyan troops seized", "convoy.“Kenyan troops seized"),
    ("”Kenyan troops", "“Kenyan troops"),
    ("said: ”We will", "said: “We will"),
    ("“We will win,” he said.", "“We will win,” he said."),
    ("“We will win.”The army", "“We will win.”The army"),
    ("He said ”no” twice.", "He said “no” twice."),
    ("first”\n”Second line", "first”\n“Second line"),
    ("troops,” Turkish", "troops,” Turkish"),
])
def test_normalize_fix_opening_quotes(raw, clean):
    assert _run(fix_opening_quotes, raw) == clean


@pytest.mark.parametrize("raw,clean", [
    ("ministry. Regional backing?Nairobi is hoping",
     "ministry.\n\nRegional backing?\n\nNairobi is hoping"),
    ("Regional backing?Nairobi is hoping", "Regional backing?\n\nNairobi is hoping"),
    ("What next:Officials say", "What next:\n\nOfficials say"),
    ("End.” What now?“We wait", "End.”\n\nWhat now?\n\n“We wait"),
    ("Why does the long phrase here keep going and going on?Nairobi", None),
    ("He said so. Officials said:Kenyan troops", None),
    ("a question?nairobi", None),
    ("Breaking!Troops crossed", "Breaking!\n\nTroops crossed"),
])
def test_normalize_split_glued_headings(raw, clean):
    assert _run(split_glued_headings, raw) == (clean or raw)


@pytest.mark.parametrize("raw,clean", [
    ("river.Nairobi’s offer", "river. Nairobi’s offer"),
    ("Mombasa.Ruto and", "Mombasa. Ruto and"),
    ("in 2019.Ruto", "in 2019. Ruto"),
    ("coverage.“The", "coverage. “The"),
    ("Monday.“The two ministers", "Monday. “The two ministers"),
    ("“We will win.”The army", "“We will win.” The army"),
    ("calm (for now).Kenya", "calm (for now). Kenya"),
    ("Really?Yes", "Really? Yes"),
    ("held.BBC’s Anna", "held. BBC’s Anna"),
])
def test_normalize_restore_sentence_spaces(raw, clean):
    assert _run(restore_sentence_spaces, raw) == clean


@pytest.mark.parametrize("text", [
    "the U.S.Army said",
    "as the U.S. said",
    "e.g.The first",
    "at 3.5 percent",
    "see voanews.com for more",
    "see www.Example.Com now",
    "by J.R.R.Tolkien",
    "Mr.Smith arrived",
    "at 9 a.m.Friday",
    "in report.PDF files",
    "a.I think",
    "mail me@example.Org",
    "already fine. The end",
])
def test_normalize_restore_sentence_spaces_leaves_alone(text):
    assert restore_sentence_spaces(text) == []


@pytest.mark.parametrize("raw,title,clean", [
    ("Ferry Resumes\n\nFirst line.", "Ferry Resumes", "First line."),
    ("\n  ferry   resumes \nFirst line.", "Ferry Resumes", "First line."),
    ("First line.", "Ferry Resumes", "First line."),
    ("Ferry Resumes Today\nFirst line.", "Ferry Resumes", "Ferry Resumes Today\nFirst line."),
    ("Ferry Resumes\nFirst line.", None, "Ferry Resumes\nFirst line."),
])
def test_normalize_drop_repeated_title(raw, title, clean):
    assert _run(drop_repeated_title, raw, title=title) == clean


@pytest.mark.parametrize("raw,clean", [
    ("\n\n  text here \n", "text here"),
    ("text", "text"),
    (" \n ", ""),
    ("", ""),
])
def test_normalize_strip_edges(raw, clean):
    assert _run(strip_edges, raw) == clean


@pytest.mark.parametrize("title,clean", [
    ("  Turkey\u00a0and  Russia ", "Turkey and Russia"),
    ("Syriaâ€™s War", "Syria’s War"),
    ("   ", None),
    (None, None),
])
def test_normalize_clean_title(title, clean):
    assert clean_title(title) == clean


@pytest.mark.parametrize("text,expected", [
    ("BISHKEK, Kyrgyzstan — Kyrgyzstan and Tajikistan signed.", "BISHKEK, Kyrgyzstan —\n\nKyrgyzstan and Tajikistan signed."),
    ("LAGOS (Wire) - Police said.", "LAGOS (Wire) -\n\nPolice said."),
    ("KABUL — The council met.", "KABUL —\n\nThe council met."),
    ("Fears of a wider war — officials said.", "Fears of a wider war — officials said."),
    ("U.S. forces — they said.", "U.S. forces — they said."),
    # in title case, with its country and a time
    ("Aleppo, Syria (9:45 A.M.) – Troops shelled the district.", "Aleppo, Syria (9:45 A.M.) –\n\nTroops shelled the district."),
    ("Kyiv, Ukraine — Drones hit the city.", "Kyiv, Ukraine —\n\nDrones hit the city."),
    # a sentence opener with a comma is no dateline
    ("Meanwhile, the army — officials said — moved north.", "Meanwhile, the army — officials said — moved north."),
])
def test_normalize_split_datelines(text, expected):
    from eventwire.clean.normalize import split_datelines

    assert apply_edits(text, split_datelines(text))[0] == expected
