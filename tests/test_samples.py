"""The demo articles in eventwire/samples against their hand-checked gold in tests/golden/samples.

The slow tests run the full pipeline once over every sample (``extract_many``) and check, per
sample: every core gold event is found (tests/samples_match.py), the record validates against the
shared JSON Schema, every span quotes ``article.text`` and the article metadata is read. The fast
tests check the gold files themselves against the sample texts.
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .samples_match import allowed_roots, assign, describe_near_misses, event_matches, missing_core

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "eventwire" / "samples"
GOLD_DIR = Path(__file__).resolve().parent / "golden" / "samples"
SCHEMA = ROOT.parent / "shared" / "schema" / "article-events.schema.json"

GOLD_FILES = sorted(GOLD_DIR.glob("*.gold.json"))
GOLD_IDS = [f.name.removesuffix(".gold.json") for f in GOLD_FILES]
COUNT_KINDS = {"killed", "wounded", "arrested", "destroyed", "displaced", "deployed", "captured", "missing",
               "protesters"}
SAMPLE_SUFFIXES = {".json", ".txt", ".html"}


def load_gold(article_id: str) -> dict:
    return json.loads((GOLD_DIR / f"{article_id}.gold.json").read_text(encoding="utf-8"))


def sample_path(article_id: str) -> Path:
    """The sample whose article id is ``article_id``: the ``id`` field of a .json, else the file stem."""
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix == ".json":
            if json.loads(path.read_text(encoding="utf-8")).get("id") == article_id:
                return path
        elif path.suffix in SAMPLE_SUFFIXES and path.stem == article_id:
            return path
    raise LookupError(f"no sample in {SAMPLES} has article id {article_id!r}")


class _ArticleParagraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.depth = {"article": 0, "p": 0}
        self.paragraphs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.depth:
            self.depth[tag] += 1
            if tag == "p" and self.depth["article"]:
                self.paragraphs.append("")

    def handle_endtag(self, tag):
        if tag in self.depth and self.depth[tag]:
            self.depth[tag] -= 1

    def handle_data(self, data):
        if self.depth["article"] and self.depth["p"]:
            self.paragraphs[-1] += data


def sample_body(path: Path) -> str:
    """The raw body of a sample, without running eventwire: what the gold quotes."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(raw)["text"]
    if path.suffix == ".txt":
        return raw.split("\n", 1)[1]
    parser = _ArticleParagraphs()
    parser.feed(raw)
    return "\n\n".join(parser.paragraphs)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# ---------------------------------------------------------------- the gold files (fast)

def test_samples_every_sample_has_gold():
    samples = [p for p in SAMPLES.iterdir() if p.suffix in SAMPLE_SUFFIXES]
    ids = {json.loads(p.read_text(encoding="utf-8"))["id"] if p.suffix == ".json" else p.stem for p in samples}
    assert len(samples) >= 8
    assert ids == set(GOLD_IDS)


@pytest.mark.parametrize("article_id", GOLD_IDS)
def test_samples_gold_quotes_the_sample(article_id):
    gold = load_gold(article_id)
    body = squash(sample_body(sample_path(article_id)))
    quoted = []
    for e in gold["events"]:
        quoted.append(e["sentence"])
        quoted += [a["text"] for a in (e["source"], e["target"]) if a]
        quoted += [e["claimed_by"]] if e["claimed_by"] else []
        quoted += [e["location"]["name"]] if e["location"] else []
    assert [q for q in quoted if squash(q) not in body] == []
    assert [c for c in gold.get("credits", []) if squash(c) not in body] == []


@pytest.mark.parametrize("article_id", GOLD_IDS)
def test_samples_gold_is_well_formed(article_id):
    gold = load_gold(article_id)
    assert gold["article"] == article_id
    assert 2 <= sum(1 for e in gold["events"] if e["core"]) <= 4
    problems = []
    for e in gold["events"]:
        roots = allowed_roots(e)
        if not all(re.fullmatch(r"0[1-9]|1[0-9]|20", r) for r in roots) or e["cameo_code"][:2] not in roots:
            problems.append((e["id"], "cameo", sorted(roots), e["cameo_code"]))
        for actor in (e["source"], e["target"]):
            if actor and actor["country"] and not re.fullmatch(r"[A-Z]{3}", actor["country"]):
                problems.append((e["id"], "actor country", actor["country"]))
        if e["location"] and not re.fullmatch(r"[A-Z]{2}", e["location"]["country"]):
            problems.append((e["id"], "location country", e["location"]["country"]))
        if e["date"] and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e["date"]):
            problems.append((e["id"], "date", e["date"]))
        if set(e["counts"]) - COUNT_KINDS:
            problems.append((e["id"], "counts", sorted(e["counts"])))
    assert problems == []


# ---------------------------------------------------------------- the matcher

def _pred(root, sentence, source=None, target=None):
    return {"cameo": {"root": root}, "sentence": {"text": sentence}, "source": source, "target": target}


_GOLD_CALL = {"cameo_root": "04", "sentence": "Kenyan President Ruto spoke by phone with Somalia's president",
              "source": {"text": "Kenyan President Ruto", "country": "KEN"},
              "target": {"text": "Somalia's president", "country": "SOM"}}


@pytest.mark.parametrize("pred,found", [
    (_pred("04", "NAIROBI - Kenyan President Ruto spoke by phone with Somalia's president about security.",
           {"country": "KEN"}, {"country": "SOM"}), True),
    (_pred("04", "Kenyan President Ruto spoke by phone with Somalia's president.", {"country": "SOM"},
           {"country": "KEN"}), True),
    (_pred("01", "Kenyan President Ruto spoke by phone with Somalia's president.", {"country": "KEN"},
           {"country": "SOM"}), False),
    (_pred("04", "Kenyan President Ruto spoke by phone with Somalia's president.", {"country": "KEN"}, None), False),
    (_pred("04", "The militant group said it had carried out the raid.", {"country": "KEN"},
           {"country": "SOM"}), False),
])
def test_samples_match_event(pred, found):
    assert event_matches(_GOLD_CALL, pred) is found


def test_samples_match_igo_code_and_swap_only_for_cooperation():
    gold = {"cameo_root": "19", "sentence": "The U.N. office condemned the army",
            "source": {"text": "The U.N. office", "country": None, "code": "UNO"},
            "target": {"text": "the army", "country": "MMR"}}
    sentence = "The U.N. office condemned the army."
    assert event_matches(gold, _pred("19", sentence, {"code": "IGOUNO"}, {"code": "MMRMIL"}))
    assert not event_matches(gold, _pred("19", sentence, {"code": "MMRMIL"}, {"code": "IGOUNO"}))


def test_samples_match_uses_each_prediction_once():
    golds = [{**_GOLD_CALL, "cameo_root": ["04", "03"]}, _GOLD_CALL]
    pred = _pred("04", _GOLD_CALL["sentence"], {"country": "KEN"}, {"country": "SOM"})
    assert assign(golds, [pred]) in ({0: 0}, {1: 0})
    assert sorted(assign(golds, [pred, pred]).values()) == [0, 1]


# ---------------------------------------------------------------- the pipeline (slow)

@pytest.fixture(scope="module")
def records():
    """Run the pipeline once over every sample: article id -> Record or Failure."""
    from eventwire import Failure, Settings, extract_many

    ids_by_name = {sample_path(i).name: i for i in GOLD_IDS}
    out = {}
    for item in extract_many([str(SAMPLES / name) for name in ids_by_name], settings=Settings()):
        if isinstance(item, Failure):
            out[ids_by_name.get(Path(item.source).name, item.source)] = item
        else:
            out[item.article.id] = item
    return out


def record_dict(records, article_id: str) -> dict:
    from eventwire import Failure

    item = records.get(article_id)
    if item is None:
        pytest.fail(f"no record with article.id {article_id!r}; got {sorted(records)}")
    if isinstance(item, Failure):
        pytest.fail(f"extraction failed: {item}")
    return item.to_dict()


@pytest.mark.slow
@pytest.mark.parametrize("article_id", GOLD_IDS)
def test_samples_core_events_found(records, article_id):
    gold, record = load_gold(article_id), record_dict(records, article_id)
    missing = missing_core(gold, record)
    report = [f"{e['id']} roots={sorted(allowed_roots(e))} "
              f"{(e['source'] or {}).get('country') or (e['source'] or {}).get('code')}->"
              f"{(e['target'] or {}).get('country') or (e['target'] or {}).get('code')} | {e['sentence']}\n"
              f"      predicted there: {describe_near_misses(e, record) or 'nothing'}"
              for e in missing]
    assert not missing, "core events not found:\n  " + "\n  ".join(report)


@pytest.mark.slow
@pytest.mark.parametrize("article_id", GOLD_IDS)
def test_samples_record_validates_against_schema(records, article_id):
    if not SCHEMA.exists():
        pytest.skip(f"shared schema not found at {SCHEMA}")
    jsonschema = pytest.importorskip("jsonschema", reason="install the 'test' extra to validate records")
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in validator.iter_errors(record_dict(records, article_id))]
    assert errors == []


@pytest.mark.slow
@pytest.mark.parametrize("article_id", GOLD_IDS)
def test_samples_spans_quote_article_text(records, article_id):
    from eventwire.model import iter_spans

    record = record_dict(records, article_id)
    text = record["article"]["text"]
    spans = list(iter_spans([record["events"], record.get("mentions", [])]))
    assert [s for s in spans if text[s["start"]:s["end"]] != s["text"]] == []


@pytest.mark.slow
@pytest.mark.parametrize("article_id", GOLD_IDS)
def test_samples_article_metadata(records, article_id):
    gold, article = load_gold(article_id), record_dict(records, article_id)["article"]
    assert (article["id"], article["title"]) == (article_id, gold["title"])
    assert (article["published"] or "")[:10] == (gold["pub_date"] or "")
    assert [c for c in gold["credits"] if c not in article["credits"]] == []
    assert [c for c in gold["credits"] if c in article["text"]] == []
    assert [b for b in gold["boilerplate"] if b in article["text"]] == []
