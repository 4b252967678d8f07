"""Tests for eventwire.dates.resolve: one expression at a time, then whole parsed sentences."""
from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import find_dates, resolve_expression
from eventwire.dates.resolve import resolve

FRIDAY = date(2020, 2, 28)  # a Friday, the day before a leap day
NEW_YEAR = date(2021, 1, 4)  # a Monday, early in a year


def _dates(nlp, text, published=FRIDAY, *, drop_entities=False):
    doc = nlp(text)
    if drop_entities:  # as if the statistical model had missed every date
        doc.ents = ()
    return [(ref.span.text, ref.span.start, ref.span.end, ref.value, ref.precision)
            for ref in find_dates(doc, published)]


# --- resolve_expression: weekdays --------------------------------------------------------------


@pytest.mark.parametrize("phrase,value", [
    ("Friday", "2020-02-28"),
    ("on Thursday", "2020-02-27"),
    ("Monday", "2020-02-24"),
    ("Saturday", "2020-02-22"),
])
def test_resolve_weekday_is_latest_on_or_before_publication(phrase, value):
    assert resolve_expression(phrase, FRIDAY) == (value, "day")


@pytest.mark.parametrize("phrase,value", [
    ("by Saturday", "2020-02-29"),
    ("until Sunday", "2020-03-01"),
    ("by Friday", "2020-02-28"),
    ("no later than Tuesday", "2020-03-03"),
])
def test_resolve_deadline_weekday_is_next_on_or_after_publication(phrase, value):
    assert resolve_expression(phrase, FRIDAY) == (value, "day")


@pytest.mark.parametrize("phrase,value", [
    ("last Friday", "2020-02-21"),
    ("last Thursday", "2020-02-27"),
    ("next Friday", "2020-03-06"),
    ("next Monday", "2020-03-02"),
    ("this coming Friday", "2020-03-06"),
    ("Monday last week", "2020-02-17"),
])
def test_resolve_weekday_with_last_or_next(phrase, value):
    assert resolve_expression(phrase, FRIDAY) == (value, "day")


@pytest.mark.parametrize("phrase,value", [
    ("Thursday night", "2020-02-27"),
    ("early Wednesday", "2020-02-26"),
    ("late Tuesday", "2020-02-25"),
    ("Thursday\u2019s", "2020-02-27"),
    ("around 10 a.m. Thursday", "2020-02-27"),
    ("the early hours of Sunday", "2020-02-23"),
])
def test_resolve_weekday_ignores_part_of_day(phrase, value):
    assert resolve_expression(phrase, FRIDAY) == (value, "day")


@pytest.mark.parametrize("phrase,tense,value", [
    ("Monday", "future", "2020-03-02"),
    ("Friday", "future", "2020-02-28"),
    ("until Wednesday", "past", "2020-02-26"),
    ("by Saturday", "past", "2020-02-22"),
    ("by Saturday", None, "2020-02-29"),
])
def test_resolve_weekday_follows_tense(phrase, tense, value):
    assert resolve(phrase, FRIDAY, tense).pair() == (value, "day")


# --- resolve_expression: days and periods relative to publication -----------------------------


@pytest.mark.parametrize("phrase,value", [
    ("today", "2020-02-28"),
    ("this morning", "2020-02-28"),
    ("tonight", "2020-02-28"),
    ("yesterday", "2020-02-27"),
    ("yesterday afternoon", "2020-02-27"),
    ("last night", "2020-02-27"),
    ("overnight", "2020-02-28"),  # the night into the publication day
    ("the day before yesterday", "2020-02-26"),
    ("tomorrow", "2020-02-29"),
    ("four days ago", "2020-02-24"),
])
def test_resolve_relative_day(phrase, value):
    assert resolve_expression(phrase, FRIDAY) == (value, "day")


@pytest.mark.parametrize("phrase,expected", [
    ("last week", ("2020-02", "month")),  # Monday 17 to Sunday 23 February
    ("earlier this week", ("2020-02", "month")),  # Monday 24 to Friday 28
    ("this week", ("2020", "year")),  # Monday 24 February to Sunday 1 March
    ("next week", ("2020-03", "month")),
    ("two weeks ago", ("2020-02", "month")),
    ("earlier this month", ("2020-02", "month")),
    ("this month", ("2020-02", "month")),
    ("last month", ("2020-01", "month")),
    ("next month", ("2020-03", "month")),
    ("six months ago", ("2019-08", "month")),
    ("this year", ("2020", "year")),
    ("earlier this year", ("2020", "year")),
    ("last year", ("2019", "year")),
    ("late last year", ("2019", "year")),
    ("over the weekend", ("2020-02", "month")),  # Saturday 22 and Sunday 23
])
def test_resolve_period_gives_finest_unit_holding_it(phrase, expected):
    assert resolve_expression(phrase, FRIDAY) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("last month", ("2020-12", "month")),
    ("last year", ("2020", "year")),
    ("last week", (None, "unknown")),  # Monday 28 December to Sunday 3 January
    ("December 30", ("2020-12-30", "day")),
    ("last December", ("2020-12", "month")),
    ("yesterday", ("2021-01-03", "day")),
])
def test_resolve_relative_across_new_year(phrase, expected):
    assert resolve_expression(phrase, NEW_YEAR) == expected


# --- resolve_expression: absolute dates ---------------------------------------------------------


@pytest.mark.parametrize("phrase,expected", [
    ("in 2018", ("2018", "year")),
    ("2016", ("2016", "year")),
    ("mid-2019", ("2019", "year")),
    ("the summer of 2017", ("2017", "year")),
    ("the end of 2015", ("2015", "year")),
    ("March 2019", ("2019-03", "month")),
    ("early June 2018", ("2018-06", "month")),
    ("March 3, 2019", ("2019-03-03", "day")),
    ("3 March 2019", ("2019-03-03", "day")),
    ("on the 3rd of March 2019", ("2019-03-03", "day")),
    ("Sept. 14, 2016", ("2016-09-14", "day")),
    ("Tuesday, Nov. 8, 2016", ("2016-11-08", "day")),
    ("2019-11-05", ("2019-11-05", "day")),
    ("27/02/2020", ("2020-02-27", "day")),
    ("02/03/2020", ("2020", "year")),  # day and month order unknown
    ("February 30, 2019", (None, "unknown")),
])
def test_resolve_absolute_date(phrase, expected):
    assert resolve_expression(phrase, FRIDAY) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Feb. 27", ("2020-02-27", "day")),
    ("on March 3", ("2020-03-03", "day")),  # within a month ahead: a date still to come
    ("December 5", ("2019-12-05", "day")),  # months ahead: last year's
    ("in January", ("2020-01", "month")),
    ("in March", ("2020-03", "month")),
    ("in September", ("2019-09", "month")),
    ("last March", ("2019-03", "month")),
    ("next March", ("2020-03", "month")),
    ("last January", ("2020-01", "month")),  # the latest January before this month
])
def test_resolve_takes_year_from_publication(phrase, expected):
    assert resolve_expression(phrase, FRIDAY) == expected


@pytest.mark.parametrize("phrase,tense,expected", [
    ("March 20", "past", ("2019-03-20", "day")),
    ("March 20", "future", ("2020-03-20", "day")),
    ("January 5", "future", ("2021-01-05", "day")),
    ("in March", "past", ("2019-03", "month")),
])
def test_resolve_year_follows_tense(phrase, tense, expected):
    assert resolve(phrase, FRIDAY, tense).pair() == expected


# --- resolve_expression: what is not an event date ----------------------------------------------


@pytest.mark.parametrize("phrase", [
    "for three days",
    "48 hours",
    "a week",
    "the past three months",
    "the past decade",
    "the last year",
    "recent weeks",
    "5-year-old",
    "seven years old",
    "annual",
    "more than six decades",
    "34",
])
def test_resolve_duration_or_age_is_not_a_date(phrase):
    assert resolve(phrase, FRIDAY).is_date is False
    assert resolve_expression(phrase, FRIDAY) == (None, "unknown")


@pytest.mark.parametrize("phrase", ["in the 1990s", "the early 2000s", "the 20th century", "2018-19", "Ramadan"])
def test_resolve_vague_date_has_no_value(phrase):
    assert resolve(phrase, FRIDAY).is_date is True
    assert resolve_expression(phrase, FRIDAY) == (None, "unknown")


@pytest.mark.parametrize("phrase", ["Thursday", "yesterday", "last week", "March 3", "in March", "three days ago"])
def test_resolve_relative_without_publication_is_unknown(phrase):
    assert resolve_expression(phrase, None) == (None, "unknown")


@pytest.mark.parametrize("phrase,expected", [
    ("3 March 2019", ("2019-03-03", "day")),
    ("in 2018", ("2018", "year")),
    ("March 2019", ("2019-03", "month")),
])
def test_resolve_absolute_without_publication(phrase, expected):
    assert resolve_expression(phrase, None) == expected


def test_resolve_accepts_datetime_and_iso_string():
    from datetime import datetime

    assert resolve_expression("yesterday", datetime(2020, 2, 28, 9, 30)) == ("2020-02-27", "day")
    assert resolve_expression("yesterday", "2020-02-28") == ("2020-02-27", "day")


# --- find_dates on parsed sentences --------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("Rebels shelled the outpost on Thursday.", ("Thursday", 30, 38, "2020-02-27", "day")),
    ("Tuesday saw heavy clashes near the border.", ("Tuesday", 0, 7, "2020-02-25", "day")),
    ("Wednesday\u2019s ambush left three soldiers dead.", ("Wednesday", 0, 9, "2020-02-26", "day")),
    ("The truce agreed in 2016 collapsed.", ("2016", 20, 24, "2016", "year")),
    ("The pact was signed last March.", ("last March", 20, 30, "2019-03", "month")),
    ("Protests spread earlier this month.", ("earlier this month", 16, 34, "2020-02", "month")),
    ("Villagers fled last week.", ("last week", 15, 24, "2020-02", "month")),
    ("Gunmen attacked a bus last night.", ("last night", 22, 32, "2020-02-27", "day")),
    ("The deal was signed on 3 March 2019.", ("3 March 2019", 23, 35, "2019-03-03", "day")),
])
def test_resolve_find_dates_span_and_value(nlp, text, expected):
    assert _dates(nlp, text) == [expected]
    assert text[expected[1]:expected[2]] == expected[0]


@pytest.mark.parametrize("text,value", [
    ("The envoys will meet on Tuesday in Geneva.", "2020-03-03"),
    ("The talks are due to resume on Wednesday.", "2020-03-04"),
    ("Fighting raged until Wednesday.", "2020-02-26"),
    ("The army gave the rebels until Monday to leave the town.", "2020-03-02"),
    ("The mayor issued an ultimatum to the militia, by Saturday, to hand over its guns.", "2020-02-29"),
    ("Troops had withdrawn by Saturday.", "2020-02-22"),
])
def test_resolve_find_dates_reads_tense_and_deadlines(nlp, text, value):
    (found,) = _dates(nlp, text)
    assert found[3] == value


@pytest.mark.parametrize("text,value", [
    ("Troops withdrew in May.", "2019-05"),
    ("Troops will withdraw in May.", "2020-05"),
])
def test_resolve_find_dates_month_year_follows_tense(nlp, text, value):
    (found,) = _dates(nlp, text)
    assert (found[0], found[3], found[4]) == ("May", value, "month")


@pytest.mark.parametrize("text", [
    "The siege lasted for five days.",
    "A 7-year-old boy was wounded.",
    "Violence has grown over the past decade.",
    "Troops must leave within 48 hours.",
])
def test_resolve_find_dates_skips_durations_and_ages(nlp, text):
    assert _dates(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("More clashes on Thursday.", ("Thursday", 16, 24, "2020-02-27", "day")),
    ("Sunday, 9 p.m.", ("Sunday", 0, 6, "2020-02-23", "day")),
])
def test_resolve_find_dates_in_verbless_fragment(nlp, text, expected):
    assert _dates(nlp, text) == [expected]


def test_resolve_find_dates_keeps_decade_without_value(nlp):
    text = "The dispute dates back to the 1980s."
    assert _dates(nlp, text) == [("the 1980s", 26, 35, None, "unknown")]


@pytest.mark.parametrize("text,expected", [
    ("Sunday saw two convoys cross the river.", ("Sunday", 0, 6, "2020-02-23", "day")),
    ("Monday\u2019s raid shocked the capital.", ("Monday", 0, 6, "2020-02-24", "day")),
    ("Rebels shelled the town overnight.", ("overnight", 24, 33, "2020-02-28", "day")),
    ("The pact was signed on March 5, 2019 in Geneva.", ("March 5, 2019", 23, 36, "2019-03-05", "day")),
    ("The pact was signed on 5 March 2019.", ("5 March 2019", 23, 35, "2019-03-05", "day")),
    ("The zone was agreed in 2016.", ("2016", 23, 27, "2016", "year")),
    ("The council will vote by Saturday.", ("Saturday", 25, 33, "2020-02-29", "day")),
    ("Talks resumed this morning.", ("this morning", 14, 26, "2020-02-28", "day")),
])
def test_resolve_find_dates_patterns_when_model_misses(nlp, text, expected):
    assert _dates(nlp, text, drop_entities=True) == [expected]


def test_resolve_find_dates_on_hand_built_doc():
    import spacy
    from spacy.tokens import Doc

    words = ["Troops", "left", "on", "Thursday", "and", "return", "by", "Sunday", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, ents=["O", "O", "O", "B-DATE", "O", "O", "O", "B-DATE", "O"])
    assert [(d.span.text, d.span.start, d.value) for d in find_dates(doc, FRIDAY)] == [
        ("Thursday", 15, "2020-02-27"),
        ("Sunday", 38, "2020-03-01"),
    ]


def test_resolve_find_dates_in_document_order(nlp):
    text = "Clashes erupted on Tuesday and ended on Thursday, a year after the 2019 truce."
    assert [(d[0], d[3]) for d in _dates(nlp, text)][:2] == [("Tuesday", "2020-02-25"), ("Thursday", "2020-02-27")]


def test_resolve_find_dates_without_publication(nlp):
    text = "Rebels shelled the outpost on Thursday after the truce of 3 March 2019 failed."
    assert _dates(nlp, text, None) == [
        ("Thursday", 30, 38, None, "unknown"),
        ("3 March 2019", 58, 70, "2019-03-03", "day"),
    ]


# --- days of the month alone and feast days ----------------------------------------------------------


@pytest.mark.parametrize("phrase,tense,value", [
    ("on the 14th", "past", "2020-02-14"),  # in the story's month
    ("on the 27th", None, "2020-02-27"),
    ("the 3rd", "future", "2020-03-03"),  # ahead, for a future act, the next month
    ("on the 30th", "past", "2020-01-30"),  # still ahead in February: the month before
    ("on the 31st", "past", "2020-01-31"),
])
def test_resolve_a_day_of_the_month_alone(phrase, tense, value):
    assert resolve(phrase, FRIDAY, tense).value == value


@pytest.mark.parametrize("phrase,tense,value", [
    ("on Christmas Day", "past", "2019-12-25"),
    ("Christmas Eve", None, "2019-12-24"),
    ("New Year's Day", "future", "2021-01-01"),
    ("on New Year's Day", "past", "2020-01-01"),
])
def test_resolve_feast_days_of_a_fixed_date(phrase, tense, value):
    assert resolve(phrase, FRIDAY, tense).value == value


@pytest.mark.parametrize("text,phrase,value", [
    ("Rebels attacked Gao on Wednesday. Troops shelled the town the previous day.", "the previous day", "2020-02-25"),
    ("Rebels attacked Gao on Monday. The army struck back the following day.", "the following day", "2020-02-25"),
    ("Troops shelled the town the day before.", "the day before", "2020-02-27"),  # no day named: from publication
])
def test_find_dates_days_counted_from_the_last_day_named(nlp, text, phrase, value):
    assert [(t, v) for t, _s, _e, v, _p in _dates(nlp, text) if t == phrase] == [(phrase, value)]
