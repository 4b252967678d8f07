"""Across articles: near-duplicate texts, and events that report the same happening.

Pure helpers, no I/O; the store (``store/clusters.py``) calls them inside each article's transaction.

**Near-duplicate articles.** A text's *shingles* are its word 3-grams (lower case, ``\\w+`` words,
numbers kept, so "21 soldiers" and "22 soldiers" differ). Its MinHash :func:`signature` has
:data:`PERMUTATIONS` values; :func:`lsh_buckets` cuts it into :data:`BANDS` bands whose hashes are the
keys of a locality-sensitive index: two texts whose shingle sets have a Jaccard similarity of 0.5
share a bucket with probability 0.87, of 0.6 with 0.99. Candidates found that way are checked with
the exact :func:`jaccard`; :data:`DUPLICATE_THRESHOLD` or more makes a near-duplicate.

**Same happening.** Two events (:class:`EventFacts`) may share a cluster (:func:`compatible`) when they
have the same CAMEO root, the same dyad (source and target: each actor's country, else its code;
a missing actor only matches a missing actor), dates within :data:`DATE_SLACK_DAYS` day (the event's
date, else its article's publication date), and the same or a nearby place (same GeoNames id, or
within :data:`NEARBY_KM` km, or one of them without a place, or one a continent, or the country or
province the other lies in). An event with no date at all (no date of its own, no publication date)
matches only within one story: the same article, or an article and its near-duplicates (where an
event with a date and one without may match too). :func:`pair_score` ranks the clusters an event
could join, :func:`best_cluster` picks one.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

SHINGLE_WORDS = 3
PERMUTATIONS = 128
BANDS = 32
ROWS_PER_BAND = PERMUTATIONS // BANDS
DUPLICATE_THRESHOLD = 0.5
NEARBY_KM = 50.0
DATE_SLACK_DAYS = 1
# Places too wide to say where inside them something happened (places/gazetteer.py FEATURES).
COARSE_FEATURES = frozenset({"continent", "country", "admin1"})

_WORD = re.compile(r"\w+")
_MERSENNE = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)


def _seeded(label: str, i: int) -> int:
    return int.from_bytes(hashlib.blake2b(f"eventwire.minhash.v1:{label}:{i}".encode(), digest_size=4).digest(), "big")


# Universal hashing h(x) = (a*x + b) mod (2**61 - 1), truncated to 32 bits: with x, a, b below 2**32
# the product fits in 64 bits. Derived from fixed labels, so signatures stay the same across runs,
# machines and numpy versions (they are stored).
_A = np.array([_seeded("a", i) | 1 for i in range(PERMUTATIONS)], dtype=np.uint64)
_B = np.array([_seeded("b", i) for i in range(PERMUTATIONS)], dtype=np.uint64)


def shingles(text: str, *, k: int = SHINGLE_WORDS) -> frozenset[int]:
    """The 32-bit hashes of the text's word k-grams; a text of fewer than k words is one shingle,
    an empty one has none."""
    words = _WORD.findall(text.casefold())
    if not words:
        return frozenset()
    grams = [words] if len(words) < k else [words[i:i + k] for i in range(len(words) - k + 1)]
    return frozenset(int.from_bytes(hashlib.blake2b(" ".join(g).encode("utf-8"), digest_size=4).digest(), "big")
                     for g in grams)


def signature(shingle_set: Iterable[int]) -> np.ndarray:
    """The MinHash signature (:data:`PERMUTATIONS` values below 2**32) of a set of shingles; all
    values are 2**32 for an empty set, which then shares no bucket with a real text."""
    values = np.fromiter(shingle_set, dtype=np.uint64)
    if values.size == 0:
        return np.full(PERMUTATIONS, 1 << 32, dtype=np.uint64)
    hashed = ((_A[:, None] * values[None, :] + _B[:, None]) % _MERSENNE) & _MASK32
    return hashed.min(axis=1)


def lsh_buckets(sig: np.ndarray) -> list[tuple[int, int]]:
    """``(band, bucket)`` for each of the :data:`BANDS` bands of a signature; ``bucket`` is a signed
    64-bit hash of the band's values (a DuckDB BIGINT)."""
    out = []
    for band in range(BANDS):
        rows = sig[band * ROWS_PER_BAND:(band + 1) * ROWS_PER_BAND].astype("<u8").tobytes()
        out.append((band, int.from_bytes(hashlib.blake2b(rows, digest_size=8).digest(), "big", signed=True)))
    return out


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """|a ∩ b| / |a ∪ b|; 0.0 when both are empty."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True, slots=True)
class EventFacts:
    """What clustering compares of one stored event."""

    content_hash: str
    event_id: str
    root: str | None
    code: str | None
    source: str | None  # the source actor's country, else its code
    target: str | None
    first: date | None  # the event's date, else the article's publication date (store.events.when_first)
    last: date | None
    dated: bool = False  # first/last come from the event's own date, not the publication date
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    place_name: str | None = None
    place_country: str | None = None
    admin1: str | None = None
    feature: str | None = None

    @property
    def has_place(self) -> bool:
        return self.geonameid is not None or self.lat is not None


def dyad_key(country: str | None, code: str | None) -> str | None:
    """An actor as a dyad member: its country (ISO3) when known, else its code."""
    return country or code or None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def date_gap_days(a: EventFacts, b: EventFacts) -> int | None:
    """Days between the two events' periods (0 when they overlap); None when either has no date."""
    if a.first is None or b.first is None:
        return None
    if a.last < b.first:
        return (b.first - a.last).days
    if b.last < a.first:
        return (a.first - b.last).days
    return 0


def place_score(a: EventFacts, b: EventFacts) -> int | None:
    """How well two places agree: 3 same GeoNames id, 2 within :data:`NEARBY_KM` km, 1 one of them
    is missing, or is a continent, or a country or province the other lies in; None when apart."""
    if not a.has_place or not b.has_place:
        return 1
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 3
    for wide, other in ((a, b), (b, a)):
        if contains(wide, other):
            return 1
    if None not in (a.lat, a.lon, b.lat, b.lon) and distance_km(a.lat, a.lon, b.lat, b.lon) <= NEARBY_KM:
        return 2
    return None


def contains(wide: EventFacts, other: EventFacts) -> bool:
    """Whether ``wide`` is a continent, or the country or province (admin1) ``other`` lies in."""
    if wide.feature == "continent":
        return True
    if wide.feature not in COARSE_FEATURES or not wide.place_country or wide.place_country != other.place_country:
        return False
    return wide.feature == "country" or bool(other.admin1 and other.admin1 in (wide.admin1, wide.place_name))


def compatible(a: EventFacts, b: EventFacts, *, same_story: bool = False) -> bool:
    """Whether two events may report the same happening (see the module's docstring). ``same_story``:
    they come from one article or from near-duplicate articles, where two undated events match."""
    return pair_score(a, b, same_story=same_story) is not None


def pair_score(a: EventFacts, b: EventFacts, *, same_story: bool = False) -> int | None:
    """None when the events cannot report the same happening; else a score, higher for closer
    agreement (place, same CAMEO code, same day)."""
    if a.root != b.root or a.source != b.source or a.target != b.target:
        return None
    gap = date_gap_days(a, b)
    if (gap is None and not same_story) or (gap is not None and gap > DATE_SLACK_DAYS):
        return None
    where = place_score(a, b)
    if where is None:
        return None
    return where + (1 if a.code == b.code else 0) + (1 if gap == 0 else 0)


def best_cluster(event: EventFacts, candidates: dict[int, Sequence[EventFacts]], *,
                 same_story: Iterable[str] = ()) -> tuple[int, float] | None:
    """The cluster an event joins: every member it is compared with must be :func:`compatible`,
    and the highest mean :func:`pair_score` wins (the oldest cluster on a tie). ``candidates`` maps
    a cluster id to the members to compare with; members from an article in ``same_story`` count
    as one story with the event. None when no cluster fits."""
    story = frozenset(same_story)
    best: tuple[float, int] | None = None
    for cluster_id in sorted(candidates):
        members = candidates[cluster_id]
        if not members:
            continue
        scores = [pair_score(event, m, same_story=m.content_hash in story) for m in members]
        if any(s is None for s in scores):
            continue
        mean = sum(scores) / len(scores)
        if best is None or mean > best[0]:
            best = (mean, cluster_id)
    return None if best is None else (best[1], best[0])
