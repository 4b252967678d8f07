"""Tests for eventwire.quantities.numbers.parse_number."""
from __future__ import annotations

import pytest

from eventwire.quantities import parse_number
from eventwire.quantities.numbers import is_number_word


@pytest.mark.parametrize("text,n", [
    ("five", 5),
    ("Seven", 7),
    ("zero", 0),
    ("nineteen", 19),
    ("ninety", 90),
    ("twenty-three", 23),
    ("twenty three", 23),
    ("one hundred and five", 105),
    ("two thousand five hundred", 2500),
    ("forty-one thousand", 41000),
])
def test_numbers_spelled_out(text, n):
    assert parse_number(text) == (n, None)


@pytest.mark.parametrize("text,n", [
    ("23", 23),
    ("309", 309),
    ("1,200", 1200),
    ("14,350,000", 14350000),
    ("1.2 million", 1200000),
    ("2.5 thousand", 2500),
    ("3 million", 3000000),
])
def test_numbers_digits_and_scales(text, n):
    assert parse_number(text) == (n, None)


@pytest.mark.parametrize("text,n", [
    ("a", 1),
    ("an", 1),
    ("a dozen", 12),
    ("half a dozen", 6),
    ("two dozen", 24),
    ("a hundred", 100),
    ("a couple of", 2),
    ("a few", 3),
    ("several", 3),
    ("several hundred", 300),
    ("a few thousand", 3000),
])
def test_numbers_articles_and_small_groups(text, n):
    assert parse_number(text) == (n, None)


@pytest.mark.parametrize("text,n", [
    ("dozens", 24),
    ("dozens of", 24),
    ("scores", 40),
    ("hundreds", 200),
    ("thousands", 2000),
    ("millions", 2000000),
    ("tens of thousands", 20000),
    ("hundreds of thousands", 200000),
])
def test_numbers_plural_scale_means_at_least_two(text, n):
    assert parse_number(text) == (n, None)


@pytest.mark.parametrize("text,expected", [
    ("at least 12", (12, None)),
    ("no fewer than 8", (8, None)),
    ("more than 30", (30, None)),
    ("over 1,000", (1000, None)),
    ("more than a dozen", (12, None)),
    ("fewer than 10", (0, 10)),
    ("up to 40", (0, 40)),
    ("as many as 75", (0, 75)),
    ("about 300", (300, None)),
    ("an estimated 4,500", (4500, None)),
    ("nearly 100", (100, None)),
    ("almost 60", (60, None)),
    ("some 250", (250, None)),
])
def test_numbers_modifier_bounds_the_figure(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("between 10 and 15", (10, 15)),
    ("from 20 to 25", (20, 25)),
    ("10 to 15", (10, 15)),
    ("10-15", (10, 15)),
    ("10\u201315", (10, 15)),
    ("two or three", (2, 3)),
    ("between fifteen and ten", (10, 15)),
    ("up to 30-40", (0, 40)),
])
def test_numbers_range(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", [
    "",
    "tanks",
    "some",
    "many",
    "hundred",
    "the 33",
    "33rd",
    "third",
    "12%",
    "$5",
    "1.5",
    "10:30",
    "555-1234",
    "five six",
    "10 and 15",
])
def test_numbers_not_a_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("word,expected", [("five", True), ("dozens", True), ("Hundred", True), ("tank", False), ("a", False)])
def test_numbers_is_number_word(word, expected):
    assert is_number_word(word) is expected
