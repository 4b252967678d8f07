"""The actors a corpus mentions that the knowledge base cannot code, most frequent first.

An actor counts when it has no code and is a name (a person or an organisation the parser found,
also as a claimant) or an event's source or target. Mentions are grouped by their text without a
leading "the", so "the Jubba Front" and "Jubba Front" are one line: the form to put in an actors
file (``--actors FILE``, see ``kb.merge_user_kb``).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

from eventwire.model import Actor, Record

COLUMNS = ("text", "kind", "mentions", "events", "articles", "source", "example")
NAMED_KINDS = ("person", "organization", "group")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n\s*\n")  # or a blank line: a paragraph's end


@dataclass(frozen=True, slots=True)
class UnknownActor:
    text: str  # the surface form, without a leading "the"
    kind: str | None  # person | organization | group, the most frequent; None when the parse gave none
    mentions: int  # uncoded mentions in all articles
    events: int  # events with it as an uncoded source or target
    articles: int  # articles that mention it
    source: str  # the article of the example
    example: str  # the sentence of its first mention

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in COLUMNS}


@dataclass
class _Tally:
    kinds: Counter
    mentions: int = 0
    events: int = 0
    articles: int = 0
    source: str = ""
    example: str = ""


def unknown_actors(records: Iterable[Record], *, top: int | None = 50) -> list[UnknownActor]:
    """The uncoded actors of ``records``, most mentioned first (then in most articles, then by
    text); at most ``top`` of them (all with ``top=None``)."""
    if top is not None and top < 1:
        raise ValueError(f"top must be 1 or more, got {top}")
    tallies: dict[str, _Tally] = {}
    for record in records:
        found, in_events, sentences = _uncoded(record)
        for key in dict.fromkeys(_surface(a.span.text) for a in found.values()):
            tallies.setdefault(key, _Tally(Counter())).articles += 1
        for where, actor in found.items():
            tally = tallies[_surface(actor.span.text)]
            tally.mentions += 1
            tally.events += in_events[where]
            tally.kinds[actor.kind] += 1
            if not tally.example:
                tally.source = record.article.source or record.article.id
                tally.example = sentences.get(where) or sentence_around(record.article.text, *where)
    rows = [UnknownActor(text=text, kind=_kind(t.kinds), mentions=t.mentions, events=t.events,
                         articles=t.articles, source=t.source, example=t.example)
            for text, t in tallies.items() if text]
    rows.sort(key=lambda r: (-r.mentions, -r.articles, r.text.casefold(), r.text))
    return rows if top is None else rows[:top]


def _uncoded(record: Record) -> tuple[dict[tuple[int, int], Actor], Counter, dict[tuple[int, int], str]]:
    """The uncoded actors of one record keyed by span, in text order; how many events each is an
    argument of; the event sentence each was seen in."""
    found: dict[tuple[int, int], Actor] = {}
    in_events: Counter = Counter()
    sentences: dict[tuple[int, int], str] = {}
    for actor in (*record.mentions.actors, *record.mentions.claimants):
        if _not_in_kb(actor) and actor.kind in NAMED_KINDS:
            found.setdefault((actor.span.start, actor.span.end), actor)
    for event in record.events:
        for actor in (event.source, event.target):
            if actor is not None and _not_in_kb(actor):
                where = (actor.span.start, actor.span.end)
                found.setdefault(where, actor)
                in_events[where] += 1
                sentences.setdefault(where, _oneline(event.sentence.text))
    return dict(sorted(found.items())), in_events, sentences


def _not_in_kb(actor: Actor) -> bool:
    """No code, or a code from its context only: an organisation named in the text that the knowledge
    base does not know ("the Umma party", coded DZAPTY from its sentence) is still worth adding."""
    return actor.code is None or actor.kind == "organization" and (actor.evidence or "").startswith("ner:ORG")


def _surface(text: str) -> str:
    text = " ".join(text.split())
    return text[4:] if text[:4] in ("the ", "The ") else text


def _kind(kinds: Counter) -> str | None:
    named = [(n, k) for k, n in kinds.items() if k]
    return max(named)[1] if named else None


def _oneline(text: str) -> str:
    return " ".join(text.split())


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``, on one line: from the end of the
    sentence before (". ", "! ", "? " or a blank line) to the end of this one."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    after = _SENTENCE_END.search(text, end)
    return _oneline(text[begin:after.end() if after else len(text)])


def actors_file_hint(rows: list[UnknownActor]) -> str:
    """One line telling how to code these actors with an ``--actors`` file, using the top names."""
    person = next((r.text for r in rows if r.kind == "person"), None)
    org = next((r.text for r in rows if r.kind != "person"), None)
    examples = []
    if person:
        examples.append(f"people: [{{name: {json.dumps(person, ensure_ascii=False)}, country: <ISO3>, sector: GOV}}]")
    if org:
        examples.append(f"organizations: [{{code: <CODE>, name: {json.dumps(org, ensure_ascii=False)}, "
                        f"country: <ISO3>, sector: REB}}]")
    example = f", e.g. {' and '.join(examples)}" if examples else ""
    return (f"hint: to code them, list them in a YAML file and pass it with --actors FILE{example} "
            f"(see 'Your own actors' in the README)")
