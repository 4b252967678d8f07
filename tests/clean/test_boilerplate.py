"""Trailing boilerplate and credit lines, with patterns from eventwire/data/boilerplate.yaml."""
from __future__ import annotations

import pytest

from eventwire.clean.boilerplate import drop_trailing_boilerplate, extract_credits, load_patterns
from eventwire.clean.offsets import apply_edits

STORY = "Troops crossed the river on Friday.\n\nOfficials said talks would resume."


def _drop(text: str) -> str:
    return apply_edits(text, drop_trailing_boilerplate(text))[0]


def _credits(text: str) -> tuple[str, list[str]]:
    edits, credits = extract_credits(text)
    return apply_edits(text, edits)[0], credits


@pytest.mark.parametrize("tail", [
    "leave a reply:",
    "Leave a comment",
    "Share this:",
    "Share on Facebook",
    "Follow us on Twitter",
    "Click here to subscribe",
    "Related: Ankara warns Damascus",
    "Read more: Talks stall again",
    "All rights reserved.",
    "Copyright © 2020 Example News. All rights reserved.",
    "© 2020 Example News",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Share this:\nFacebook\nTwitter\nEmail",
    "Related:\nAnkara warns Damascus\nPutin and Erdogan to meet\n\nLeave a comment",
    "Read more\nAnkara warns Damascus",
])
def test_boilerplate_trailing_lines_dropped(tail):
    assert _drop(f"{STORY}\n\n{tail}") == STORY


@pytest.mark.parametrize("text", [
    "Share this:\nTroops crossed the river on Friday.",
    "Officials said:\nleave a reply: was all the page offered. Then the story went on to the end.",
    "Troops crossed the river.\n\nCopyright lawyers were not consulted on the plan.",
    "Troops crossed the river.\n\nRelated:\n" + "a long paragraph " * 20,
])
def test_boilerplate_story_text_kept(text):
    assert drop_trailing_boilerplate(text) == []


def test_boilerplate_only_boilerplate_leaves_nothing():
    assert _drop("Share this:\nleave a reply:") == ""


@pytest.mark.parametrize("text,clean,credits", [
    ("the ceasefire held.BBC’s Anna Marsh contributed to this report.",
     "the ceasefire held.", ["BBC’s Anna Marsh contributed to this report."]),
    ("the ceasefire held. BBC’s Anna Marsh contributed to this report.",
     "the ceasefire held.", ["BBC’s Anna Marsh contributed to this report."]),
    (f"{STORY}\n\nReporting by Tom Perry in Beirut and Ellen Francis; Editing by Giles Elgood",
     STORY, ["Reporting by Tom Perry in Beirut and Ellen Francis; Editing by Giles Elgood"]),
    (f"{STORY}\n\n(Reporting by Jane Doe; Writing by John Roe; Editing by Ann Poe)",
     STORY, ["Reporting by Jane Doe; Writing by John Roe; Editing by Ann Poe"]),
    (f"{STORY}\n\nAdditional reporting by Sam Lee in Ankara.",
     STORY, ["Additional reporting by Sam Lee in Ankara."]),
    (f"{STORY}\n\nMaria Cruz contributed reporting.", STORY, ["Maria Cruz contributed reporting."]),
    (f"{STORY}\n\nAssociated Press writers Zeina Karam in Beirut and Suzan Fraser in Ankara "
     "contributed to this report.", STORY,
     ["Associated Press writers Zeina Karam in Beirut and Suzan Fraser in Ankara "
      "contributed to this report."]),
    (f"By Jane Doe\n\n{STORY}", STORY, ["By Jane Doe"]),
    (f"By Jane Doe, Reuters\n{STORY}", STORY, ["By Jane Doe, Reuters"]),
    (f"By Jane Doe\n\n{STORY}\n\nJohn Roe contributed to this report.", STORY,
     ["By Jane Doe", "John Roe contributed to this report."]),
    (f"{STORY}\n\nReporting by Jane Doe\nEditing by John Roe", STORY,
     ["Reporting by Jane Doe", "Editing by John Roe"]),
])
def test_boilerplate_credits_extracted(text, clean, credits):
    assert _credits(text) == (clean, credits)


@pytest.mark.parametrize("text", [
    "Reporting by the BBC suggested the troops had moved.\n\nThe army denied it.",
    "By Friday, troops had crossed the river.",
    f"{STORY}\n\nBy Jane Doe",
    "He said J. Smith contributed to this report.",
    "Officials contributed to the report on Friday.",
])
def test_boilerplate_story_is_not_a_credit(text):
    assert extract_credits(text) == ([], [])


def test_boilerplate_credit_after_initial_keeps_whole_name():
    assert _credits("The talks ended. J. Smith contributed to this report.") == (
        "The talks ended.", ["J. Smith contributed to this report."])


def test_boilerplate_patterns_load_from_data_file():
    patterns = load_patterns()
    assert ("mr" in patterns.abbreviations, "com" in patterns.no_space_before,
            patterns.tail_max_lines, patterns.tail_max_words) == (True, True, 15, 25)


@pytest.mark.parametrize("line,credit,rest", [
    ("(Jane Okafor/Reuters) Gunmen attacked a convoy near Gao.", "Jane Okafor/Reuters", "Gunmen attacked a convoy near Gao."),
    ("(AP Photo/Hassan Ali) Protesters marched in Khartoum.", "AP Photo/Hassan Ali", "Protesters marched in Khartoum."),
    ("(Photo: Jane Okafor) Protesters marched in Khartoum.", "Photo: Jane Okafor", "Protesters marched in Khartoum."),
])
def test_boilerplate_photo_credit_opening_a_line_is_moved_to_credits(line, credit, rest):
    assert _credits(f"{STORY}\n{line}") == (f"{STORY}\n{rest}", [credit])


@pytest.mark.parametrize("line", [
    "(Reuters) Protesters marched in Khartoum.",  # an agency alone is a dateline's, kept
    "(Kenya) Protesters marched in Nairobi.",
    "(Jane Okafor/Reuters)",  # nothing follows: not a credit before a story line
])
def test_boilerplate_parentheses_that_are_no_photo_credit_stay(line):
    assert _credits(f"{STORY}\n{line}") == (f"{STORY}\n{line}", [])
