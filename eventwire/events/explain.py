"""Why the coder coded what it coded: the parse, the actors, places and dates it saw, every pattern
that fired, how each argument was chosen, and why a trigger made no event.

``explain()`` returns a plain dict (``--format json``); ``render()`` turns it into the text that
``eventwire explain`` prints.
"""
from __future__ import annotations

from typing import Any

from eventwire.core import _prepare, _raw_from, analyse
from eventwire.errors import EventwireError
from eventwire.model import Failure
from eventwire.parse.nlp import load_pipeline
from eventwire.settings import Settings


def explain(item, *, settings: Settings | None = None, nlp=None) -> dict[str, Any]:
    """Explain the coding of ``item`` (a sentence, an article text, a path, a dict or a RawArticle)."""
    settings = settings or Settings()
    nlp = nlp or load_pipeline(settings.model)
    raws = _raw_from(item, settings)
    if not raws:
        raise EventwireError("no article found in the input")
    raw = raws[0]
    if isinstance(raw, Failure):
        raise EventwireError(raw.reason, source=raw.source)
    article = _prepare(raw, settings)
    doc = nlp(article.text)
    trace: list[dict] = []
    record = analyse(article, doc, settings, trace=trace)
    sentences = []
    for k, sent in enumerate(doc.sents):
        within = lambda start: sent.start_char <= start < sent.end_char  # noqa: E731
        sentences.append({
            "index": k,
            "text": sent.text.strip(),
            "tokens": [{"i": t.i - sent.start, "text": t.text, "lemma": t.lemma_, "pos": t.pos_, "dep": t.dep_,
                        "head": t.head.i - sent.start, "ent": t.ent_type_ or None}
                       for t in sent if not t.is_space],
            "actors": [{"text": a.span.text, "code": a.code, "kind": a.kind, "evidence": a.evidence}
                       for a in record.mentions.actors if within(a.span.start)],
            "places": [{"text": p.span.text, "name": p.name, "country": p.country, "feature": p.feature,
                        "evidence": p.evidence} for p in record.mentions.places if within(p.span.start)],
            "dates": [{"text": d.span.text, "value": d.value, "precision": d.precision}
                      for d in record.mentions.dates if within(d.span.start)],
            "triggers": [t for t in trace if within(t["start"])],
            "events": [{"code": e.cameo.code, "name": e.cameo.name, "trigger": e.trigger.text,
                        "source": e.source.code if e.source else None,
                        "target": e.target.code if e.target else None, "modality": e.modality}
                       for e in record.events if e.sentence_index == k],
        })
    return {"article": {"id": article.id, "published": article.published}, "sentences": sentences,
            "patterns": settings.patterns or "built-in"}


def _how(how: dict[str, str], key: str) -> str:
    value = how.get(key)
    return f" (via {value})" if value else ""


def render(result: dict[str, Any], *, show_parse: bool = True) -> str:
    lines: list[str] = []
    for sent in result["sentences"]:
        lines.append(f"Sentence {sent['index']}: {sent['text']}")
        if show_parse:
            lines.append("  parse:")
            for t in sent["tokens"]:
                ent = f"  [{t['ent']}]" if t["ent"] else ""
                lines.append(f"    {t['i']:>3} {t['text']:<16} {t['lemma']:<14} {t['pos']:<6} "
                             f"{t['dep']:<10} -> {t['head']}{ent}")
        for a in sent["actors"]:
            lines.append(f"  actor  {a['text']!r}: {a['code'] or 'no code'} ({a['kind']}; {a['evidence']})")
        for p in sent["places"]:
            lines.append(f"  place  {p['text']!r}: {p['name']}, {p['country']} ({p['feature']}; {p['evidence']})")
        for d in sent["dates"]:
            lines.append(f"  date   {d['text']!r}: {d['value']} ({d['precision']})")
        for t in sent["triggers"]:
            lines.append(f"  trigger {t['trigger']!r} ({t['pos'].lower()} '{t['lemma']}', {t['pattern']}) "
                         f"-> CAMEO {t['code']}")
            sources = ", ".join(f"{text!r} {code}" for text, code in t["sources"]) or "none"
            targets = ", ".join(f"{text!r} {code}" for text, code in t["targets"]) or "none"
            lines.append(f"      source: {sources}{_how(t['how'], 'source')}")
            lines.append(f"      target: {targets}{_how(t['how'], 'target')}")
            if t["outcome"] == "event":
                extra = [f"modality {t['modality']}"]
                if t.get("location"):
                    extra.append(f"at {t['location']}")
                if t.get("date"):
                    extra.append(f"on {t['date']}")
                if t.get("claimed_by"):
                    extra.append(f"claimed by {t['claimed_by']!r}")
                lines.append(f"      => event: {'; '.join(extra)}")
            else:
                lines.append(f"      => no event: {t['reason']}")
        for e in sent["events"]:
            lines.append(f"  EVENT {e['code']} {e['name']}: {e['source']} -> {e['target']} "
                         f"[{e['trigger']}, {e['modality']}]")
        lines.append("")
    return "\n".join(lines)
