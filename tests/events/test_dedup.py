"""events/dedup.py: shingles, MinHash, LSH buckets, and when two events report one happening."""
from datetime import date

import pytest

from eventwire.events.dedup import (BANDS, PERMUTATIONS, EventFacts, best_cluster, date_gap_days, distance_km,
                                    dyad_key, jaccard, lsh_buckets, pair_score, place_score, shingles, signature)

WIRE = ("Kenyan jets bombed Shabaab camps near Kismayo on Monday, killing nine militants, the Kenyan military "
        "said. The raids lasted for two hours, residents said.")
EDITED = ("Kenyan jets bombed Shabaab camps near Kismayo on Monday, killing nine militants, the Kenyan military "
          "said on Tuesday. The raids lasted about two hours, residents said.")
OTHER = "Finance ministers of the region met in Nairobi to discuss a common currency and customs rules."


@pytest.mark.parametrize("text,n", [
    ("Troops shelled the town.", 2),  # "troops shelled the", "shelled the town"
    ("Troops withdrew", 1),  # fewer words than a shingle: one shingle
    (" ,. ", 0),
])
def test_dedup_shingles_are_word_trigrams(text, n):
    assert len(shingles(text)) == n


def test_dedup_shingles_ignore_case_and_punctuation():
    assert shingles("TROOPS shelled -- the town!") == shingles("troops shelled the town")


def test_dedup_jaccard_of_an_edited_wire_story():
    a, b = shingles(WIRE), shingles(EDITED)
    assert (len(a), len(b), len(a & b)) == (22, 24, 17)
    assert jaccard(a, b) == 17 / 29


def test_dedup_jaccard_of_nothing_is_zero():
    assert jaccard(frozenset(), frozenset()) == 0.0


def test_dedup_signature_is_stable_across_runs():
    # stored in the LSH index: a change here would orphan every stored article
    assert signature(shingles("Troops shelled the town."))[:3].tolist() == [473009093, 86091770, 1721911316]


def test_dedup_signature_estimates_jaccard():
    agree = (signature(shingles(WIRE)) == signature(shingles(EDITED))).mean()
    assert abs(agree - 17 / 29) < 0.1


def test_dedup_lsh_buckets_of_a_copy_all_agree():
    assert lsh_buckets(signature(shingles(WIRE))) == lsh_buckets(signature(shingles(WIRE)))
    assert len(lsh_buckets(signature(shingles(WIRE)))) == BANDS == PERMUTATIONS // 4


def test_dedup_lsh_buckets_of_an_edit_share_some_and_of_another_text_none():
    wire = set(lsh_buckets(signature(shingles(WIRE))))
    assert wire & set(lsh_buckets(signature(shingles(EDITED))))
    assert not wire & set(lsh_buckets(signature(shingles(OTHER))))


def test_dedup_lsh_buckets_of_an_empty_text_match_no_text():
    assert not set(lsh_buckets(signature(frozenset()))) & set(lsh_buckets(signature(shingles("a b c"))))


def test_dedup_distance_km_idlib_saraqib():
    assert round(distance_km(35.93333, 36.63333, 35.86447, 36.80591), 1) == 17.3


@pytest.mark.parametrize("country,code,key", [("TUR", "TURMIL", "TUR"), (None, "NATO", "NATO"), (None, None, None)])
def test_dedup_dyad_key_is_country_else_code(country, code, key):
    assert dyad_key(country, code) == key


def fact(hash_="a1", *, root="19", code="190", source="TUR", target="SYR", day=None, until=None,
         place=None, feature="city", country="SYR", admin1=None):
    first = date.fromisoformat(day) if day else None
    last = date.fromisoformat(until) if until else first
    gid, lat, lon = place if place else (None, None, None)
    return EventFacts(hash_, f"{hash_}:e", root, code, source, target, first, last, True, gid, lat, lon,
                      "somewhere", country if place else None, admin1, feature if place else None)


IDLIB = (169389, 35.93333, 36.63333)
SARAQIB = (164816, 35.86447, 36.80591)  # 17 km from Idlib
ALEPPO = (170063, 36.20124, 37.16117)  # 57 km from Idlib
SYRIA = (163843, 35.0, 38.0)


@pytest.mark.parametrize("a,b,score", [
    (fact(place=IDLIB), fact(place=IDLIB), 3),
    (fact(place=IDLIB), fact(place=SARAQIB), 2),
    (fact(place=IDLIB), fact(place=ALEPPO), None),
    (fact(place=IDLIB), fact(), 1),
    (fact(), fact(), 1),
    (fact(place=SYRIA, feature="country"), fact(place=ALEPPO), 1),
    (fact(place=ALEPPO), fact(place=SYRIA, feature="country", country="TUR"), None),
    (fact(place=(1, 36.0, 37.0), feature="admin1", admin1="Aleppo"), fact(place=ALEPPO, admin1="Aleppo"), 1),
    (fact(place=(1, 35.0, 39.0), feature="admin1", admin1="Homs"), fact(place=ALEPPO, admin1="Aleppo"), None),
])
def test_dedup_place_score(a, b, score):
    assert place_score(a, b) == score
    assert place_score(b, a) == score


@pytest.mark.parametrize("a,b,gap", [
    (fact(day="2020-02-27"), fact(day="2020-02-27"), 0),
    (fact(day="2020-02-27"), fact(day="2020-02-28"), 1),
    (fact(day="2020-02-27"), fact(day="2020-03-01"), 3),
    (fact(day="2020-02-01", until="2020-02-29"), fact(day="2020-02-27"), 0),
    (fact(day="2020-02-27"), fact(), None),
])
def test_dedup_date_gap_days(a, b, gap):
    assert date_gap_days(a, b) == gap
    assert date_gap_days(b, a) == gap


@pytest.mark.parametrize("b,same_story,score", [
    (fact("b", day="2020-02-27", place=IDLIB), False, 5),  # same place 3, same code 1, same day 1
    (fact("b", day="2020-02-28", place=SARAQIB, code="195"), False, 2),
    (fact("b", day="2020-02-27", root="04"), False, None),
    (fact("b", day="2020-02-27", source="RUS"), False, None),
    (fact("b", day="2020-02-27", target=None), False, None),
    (fact("b", day="2020-02-29"), False, None),
    (fact("b", day="2020-02-29"), True, None),  # one story, still two days apart
    (fact("b", place=IDLIB), False, None),  # no date at all: only within one story
    (fact("b", place=IDLIB), True, 4),
    (fact("b", day="2020-02-27", place=ALEPPO), False, None),
])
def test_dedup_pair_score(b, same_story, score):
    a = fact("a", day="2020-02-27", place=IDLIB)
    assert pair_score(a, b, same_story=same_story) == score


def test_dedup_best_cluster_takes_the_closest():
    event = fact("new", day="2020-02-27", place=SARAQIB)
    chosen = best_cluster(event, {1: [fact("a", day="2020-02-27", place=IDLIB)],
                                  2: [fact("b", day="2020-02-27", place=SARAQIB)]})
    assert chosen == (2, 5.0)


def test_dedup_best_cluster_needs_every_member_compatible():
    event = fact("new", day="2020-02-27", place=IDLIB)
    members = [fact("a", day="2020-02-27", place=SARAQIB), fact("b", day="2020-02-27", place=ALEPPO)]
    assert best_cluster(event, {1: members}) is None


def test_dedup_best_cluster_same_story_matches_undated_events():
    event = fact("a")
    assert best_cluster(event, {7: [fact("b")]}) is None
    assert best_cluster(event, {7: [fact("b")]}, same_story={"b"}) == (7, 2.0)


def test_dedup_best_cluster_oldest_on_a_tie():
    event = fact("new", day="2020-02-27")
    assert best_cluster(event, {5: [fact("b", day="2020-02-27")], 3: [fact("a", day="2020-02-27")]}) == (3, 3.0)
