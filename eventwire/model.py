"""Pipeline values: small frozen dataclasses with no I/O.

Every span in the output is built through :meth:`Span.of`, so ``span.text`` always equals
``article.text[span.start:span.end]``. :meth:`Record.to_dict` is the only place that shapes the
JSON contract (``shared/SCHEMA.md``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> "Span":
        if not 0 <= start <= end <= len(source):
            raise ValueError(f"span {start}:{end} outside text of length {len(source)}")
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class RawArticle:
    """What ingest reads from one input item, before cleaning."""

    source: str  # file path, "<stdin>", "path:line" for JSON Lines records, "path#n" in a JSON list
    id: str
    body: str  # the raw body text (title already removed)
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str | None
    text: str  # cleaned body; every offset in a Record indexes into it
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    credits: tuple[str, ...] = ()
    language: str | None = "en"
    source: str | None = None
    content_hash: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "published": self.published,
            "url": self.url,
            "outlet": self.outlet,
            "credits": list(self.credits),
            "language": self.language,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    span: Span
    code: str | None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # GOV MIL REB OPP CVL COP JUD IGO ...
    name: str | None = None  # canonical name: "Turkey", "Recep Tayyip Erdogan", "NATO"
    kind: str | None = None  # country | organization | group | person
    evidence: str | None = None  # "actors.yaml:countries/TUR" ...
    head: int | None = None  # char offset of the head word (internal, not exported)

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "code": self.code, "country": self.country,
                "sector": self.sector, "name": self.name, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Place:
    span: Span
    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # country, admin1, city, region, sea, ...
    evidence: str | None = None

    @property
    def demonym(self) -> bool:
        """A demonym naming land ("the Turkish border"): a place mention, but never an event's
        place nor an actor's country (its people are actors)."""
        return bool(self.evidence and self.evidence.startswith("demonym:"))

    def to_dict(self) -> dict[str, Any]:
        out = {**self.span.to_dict(), "name": self.name, "country": self.country,
               "admin1": self.admin1, "lat": self.lat, "lon": self.lon,
               "geonameid": self.geonameid, "feature": self.feature}
        if self.demonym:
            out["demonym"] = True
        return out


@dataclass(frozen=True, slots=True)
class DateRef:
    span: Span
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str  # day | month | year | unknown

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "value": self.value, "precision": self.precision}


@dataclass(frozen=True, slots=True)
class Count:
    span: Span  # the counted phrase, e.g. "two Iraqi army choppers"
    kind: str  # killed, wounded, arrested, destroyed, deployed, ...
    n: int
    n_max: int | None = None
    what: str | None = None  # normalised singular noun: soldier, tank, helicopter
    category: str | None = None  # people | equipment | facility | other
    side: str | None = None  # ISO3 of whose losses, when stated

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "n": self.n, "n_max": self.n_max, "what": self.what,
                "category": self.category, "side": self.side, **self.span.to_dict()}


@dataclass(frozen=True, slots=True)
class Cameo:
    code: str
    root: str
    name: str
    goldstein: float | None
    quad_class: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "root": self.root, "name": self.name,
                "goldstein": self.goldstein, "quad_class": self.quad_class}


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    sentence: Span
    sentence_index: int
    trigger: Span
    source: Actor | None
    target: Actor | None
    cameo: Cameo
    plover: dict[str, Any] | None = None
    modality: str = "asserted"
    location: Place | None = None
    date: DateRef | None = None
    counts: tuple[Count, ...] = ()
    claimed_by: Actor | None = None
    confidence: float | None = None
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentence": {**self.sentence.to_dict(), "index": self.sentence_index},
            "trigger": self.trigger.to_dict(),
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo.to_dict(),
            "plover": self.plover,
            "modality": self.modality,
            "location": self.location.to_dict() if self.location else None,
            "date": self.date.to_dict() if self.date else None,
            "counts": [c.to_dict() for c in self.counts],
            "claimed_by": self.claimed_by.to_dict() if self.claimed_by else None,
            "confidence": self.confidence,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class Mentions:
    """Everything recognised in an article, whether or not it takes part in an event."""

    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateRef, ...] = ()
    quantities: tuple[Count, ...] = ()
    claimants: tuple[Actor, ...] = ()

    def to_list(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        out += [{**a.to_dict(), "actor_kind": a.kind, "kind": "actor"} for a in self.actors]
        out += [{"kind": "place", **p.to_dict()} for p in self.places]
        out += [{"kind": "date", **d.to_dict()} for d in self.dates]
        out += [{**q.to_dict(), "count_kind": q.kind, "kind": "quantity"} for q in self.quantities]
        out += [{**c.to_dict(), "actor_kind": c.kind, "kind": "claimant"} for c in self.claimants]
        return sorted(out, key=lambda m: (m["start"], m["end"], m["kind"]))


@dataclass(frozen=True, slots=True)
class Record:
    article: Article
    events: tuple[Event, ...] = ()
    mentions: Mentions = Mentions()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "events": [e.to_dict() for e in self.events],
            "mentions": self.mentions.to_list(),
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class Failure:
    """One input item that could not be processed, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def iter_spans(value: Any):
    """Yield every ``{text, start, end}`` mapping inside a ``Record.to_dict()`` value."""
    if isinstance(value, dict):
        if {"text", "start", "end"} <= value.keys() and isinstance(value.get("start"), int):
            yield value
        for v in value.values():
            yield from iter_spans(v)
    elif isinstance(value, list):
        for v in value:
            yield from iter_spans(v)


def check_spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the spans of a record dict whose text differs from ``article.text[start:end]``."""
    text = record["article"]["text"]
    parts = [record.get("events", []), record.get("mentions", [])]
    return [s for s in iter_spans(parts) if text[s["start"]:s["end"]] != s["text"]]
