#!/usr/bin/env python3
"""Throughput of eventwire extract against a bare spaCy nlp.pipe over the same texts, in one run.

Builds a corpus of a few hundred articles from the bundled samples (varied: paragraphs reordered,
numbers, weekdays and countries swapped), then times
  - extract_many() over the articles (clean, parse, all stages), and
  - nlp.pipe() over the same cleaned texts (parse only),
and prints the ratio. The last line is JSON:
  {"articles_per_s": ..., "bare_spacy_articles_per_s": ..., "ratio": ...}
The goal is ratio >= 1.0 (eventwire no slower than parsing alone); this script measures, it does
not assert.

    .venv/bin/python benchmarks/throughput.py [--articles 300] [--batch-size 16]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.cli import samples_dir  # noqa: E402
from eventwire.clean import clean  # noqa: E402
from eventwire.core import extract_many  # noqa: E402
from eventwire.ingest import iter_inputs  # noqa: E402
from eventwire.model import RawArticle  # noqa: E402
from eventwire.parse.nlp import load_pipeline  # noqa: E402
from eventwire.settings import Settings  # noqa: E402

SWAPS = [("Kenya", "Uganda"), ("Kenyan", "Ugandan"), ("Chad", "Niger"), ("Myanmar", "Nepal"),
         ("Monday", "Wednesday"), ("Tuesday", "Friday"), ("Thursday", "Saturday")]


def vary(raw: RawArticle, k: int, rng: random.Random) -> RawArticle:
    paragraphs = [p for p in raw.body.split("\n\n") if p.strip()]
    head, rest = paragraphs[:1], paragraphs[1:]
    rng.shuffle(rest)
    body = "\n\n".join(head + rest)
    for a, b in rng.sample(SWAPS, 3):
        body = body.replace(a, b)
    body = re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + rng.randint(0, 9)) if len(m.group(1)) < 4 else m.group(1), body)
    return RawArticle(source=f"{raw.source}#{k}", id=f"{raw.id}-{k}", body=body, title=raw.title,
                      published=raw.published or "2024-06-01", url=raw.url, outlet=raw.outlet)


def corpus(n: int) -> list[RawArticle]:
    rng = random.Random(7)
    base = [r for r in iter_inputs([str(samples_dir())], settings=Settings()) if isinstance(r, RawArticle)]
    return [vary(base[k % len(base)], k, rng) for k in range(n)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--processes", type=int, default=1, help="eventwire's parser processes (the bare run uses 1)")
    args = ap.parse_args(argv)
    settings = Settings(batch_size=args.batch_size, processes=args.processes)
    nlp = load_pipeline(settings.model)
    articles = corpus(args.articles)
    texts = [clean(a)[0].text for a in articles]
    list(nlp.pipe(texts[:8]))  # warm up both paths once
    list(extract_many(articles[:8], settings=settings, nlp=nlp))

    t0 = time.perf_counter()
    docs = sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size))
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    results = list(extract_many(articles, settings=settings, nlp=nlp))
    full = time.perf_counter() - t0

    events = sum(len(r.events) for r in results if hasattr(r, "events"))
    failures = sum(1 for r in results if not hasattr(r, "events"))
    chars = sum(len(t) for t in texts)
    print(f"{len(articles)} articles, {chars} characters, {events} events, {failures} failures")
    print(f"bare nlp.pipe: {bare:.2f} s; extract ({args.processes} process(es)): {full:.2f} s")
    aps, bare_aps = len(articles) / full, docs / bare
    print(json.dumps({"articles_per_s": round(aps, 2), "bare_spacy_articles_per_s": round(bare_aps, 2),
                      "ratio": round(aps / bare_aps, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
