"""extract(): run the stages in order on one article; extract_many(): many, batched, per-item failures.

Stages: ingest -> clean -> parse (spaCy, batched with nlp.pipe) -> actors -> places -> dates ->
quantities -> claims -> events. The CLI, the store and any server call these two functions; none
re-implements a stage.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Iterator

from eventwire.actors import find_actors, load_kb
from eventwire.actors.context import infer_countries
from eventwire.claims import find_claims
from eventwire.clean import clean
from eventwire.dates import find_dates
from eventwire.errors import EventwireError
from eventwire.events.coder import code_events
from eventwire.events.triggers import load_triggers
from eventwire.model import Article, Failure, Mentions, RawArticle, Record
from eventwire.parse.nlp import load_pipeline
from eventwire.places import find_places
from eventwire.places.focus import focus_place
from eventwire.quantities import count_governor, find_counts
from eventwire.settings import Settings

Item = RawArticle | Article | str | Path | dict


def parse_published(value: str | None) -> date | None:
    """The calendar date of an ISO 8601 date or datetime string; None when absent or unreadable."""
    if not value:
        return None
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _is_file(text: str) -> bool:
    """Whether a one-line string names an existing path (a sentence too long for a file name does not)."""
    try:
        return Path(text).exists()
    except OSError:  # "File name too long"
        return False


def _raw_from(item: Item, settings: Settings) -> list[RawArticle | Failure]:
    if isinstance(item, RawArticle):
        return [item]
    if isinstance(item, Path) or (isinstance(item, str) and "\n" not in item and len(item) < 4096
                                  and _is_file(item)):
        from eventwire.ingest import iter_inputs

        return list(iter_inputs([str(item)], settings=settings))
    if isinstance(item, dict):
        if not item.get("text"):
            return [Failure(str(item.get("id") or "<record>"), "no article text")]
        return [RawArticle(source=str(item.get("id") or "<record>"), id=str(item.get("id") or "record"),
                           body=item["text"], title=item.get("title"),
                           published=item.get("published") or settings.published, url=item.get("url"),
                           outlet=item.get("outlet"))]
    if isinstance(item, str):
        return [RawArticle(source="<text>", id="text", body=item, published=settings.published)]
    raise TypeError(f"cannot extract from {type(item).__name__}; pass text, a path, a dict or a RawArticle")


def _prepare(raw: RawArticle, settings: Settings) -> Article:
    if raw.published is None and settings.published:
        raw = replace(raw, published=settings.published)
    article, _offsets = clean(raw)
    if len(article.text.strip()) < settings.min_text_chars:
        from eventwire.errors import IngestError

        raise IngestError("no article text left after cleaning", source=raw.source)
    return article


def analyse(article: Article, doc, settings: Settings | None = None, *, trace: list | None = None) -> Record:
    """Run the stages after parsing on one parsed article (``trace``: see ``code_events``)."""
    settings = settings or Settings()
    warnings: list[str] = []
    published = parse_published(article.published)
    if article.published and published is None:
        warnings.append(f"publication date {article.published!r} is not ISO 8601; relative dates left unresolved")
    if published is None and not article.published:
        warnings.append("no publication date: relative dates ('on Thursday') are left unresolved; pass --published")
    mentioned = find_places(doc)
    places = [p for p in mentioned if not p.demonym]  # "the Turkish border" places no event
    tags = find_actors(doc, published=published, places=places, kb=load_kb(settings.actors))
    tags = infer_countries(doc, tags, places)
    dates = [d for d in find_dates(doc, published)  # a place the model tagged DATE
             if not any(p.span.start < d.span.end and d.span.start < p.span.end for p in mentioned)]
    counts = find_counts(doc)
    governors = []
    for count in counts:
        gov = count_governor(doc, count)
        governors.append(gov.i if gov is not None else None)
    claims = find_claims(doc, tags)
    events = code_events(doc, tags=tags, places=places, dates=dates, counts=counts,
                         count_governors=governors, claims=claims,
                         article_key=article.content_hash or article.id,
                         table=load_triggers(settings.patterns), trace=trace, focus=focus_place(doc, places))
    claimants = []
    for claim in claims:
        if claim.speaker not in claimants:
            claimants.append(claim.speaker)
    mentions = Mentions(
        actors=tuple(a for a in tags.actors if a.code or a.kind in ("person", "organization")),
        places=tuple(mentioned), dates=tuple(dates), quantities=tuple(counts), claimants=tuple(claimants),
    )
    return Record(article=article, events=tuple(events), mentions=mentions, warnings=tuple(warnings))


def extract(article_or_text: Item, *, published: str | None = None, settings: Settings | None = None,
            nlp=None) -> Record:
    """Extract the events of one article: text, a path, a ``{"text": ...}`` dict or a RawArticle.

    Raises :class:`eventwire.errors.EventwireError` (with ``source`` and ``reason``) for bad input.
    """
    settings = (settings or Settings()).with_(published=published)
    for result in extract_many([article_or_text], settings=settings, nlp=nlp):
        if isinstance(result, Failure):
            raise EventwireError(result.reason, source=result.source)
        return result
    raise EventwireError("no article found in the input")


def extract_many(items: Iterable[Item | Failure], *, settings: Settings | None = None,
                 nlp=None) -> Iterator[Record | Failure]:
    """Extract many articles, in input order, through one streaming ``nlp.pipe`` (batches of
    ``settings.batch_size``; ``settings.processes`` parser processes).

    Each item that cannot be processed yields a :class:`Failure` (source, reason); the rest go on.
    """
    settings = settings or Settings()
    nlp = nlp or load_pipeline(settings.model)
    load_triggers(settings.patterns)  # a bad pattern file stops the run here, before any article
    load_kb(settings.actors)  # and so does a bad actors file

    def prepared() -> Iterator[tuple[str, Article | Failure]]:
        for item in items:
            raws = [item] if isinstance(item, Failure) else _raw_from(item, settings)
            for raw in raws:
                if isinstance(raw, Failure):
                    yield "", raw  # an empty text costs nothing to parse and keeps the order
                    continue
                try:
                    article = _prepare(raw, settings)
                    yield article.text, article
                except EventwireError as err:
                    yield "", Failure(err.source or raw.source, err.reason)

    kwargs = {"batch_size": settings.batch_size, "as_tuples": True}
    if settings.processes > 1:
        kwargs["n_process"] = settings.processes
    for doc, entry in nlp.pipe(prepared(), **kwargs):
        if isinstance(entry, Failure):
            yield entry
            continue
        try:
            yield analyse(entry, doc, settings)
        except EventwireError as err:
            yield Failure(err.source or entry.source or entry.id, err.reason)
        except Exception as err:  # a bug in one stage must not sink the batch: report it per article
            yield Failure(entry.source or entry.id,
                          f"internal error while extracting ({type(err).__name__}: {err}); please report it")
