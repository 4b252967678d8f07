"""The VOA seed article (shared/examples/seed.txt), end to end through the real command."""
import json
import subprocess
import sys

import pytest

from tests.conftest import SHARED

SEED = SHARED / "examples" / "seed.txt"
SCHEMA = SHARED / "schema" / "article-events.schema.json"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not SEED.exists(), reason="shared/examples is not beside the project")]


@pytest.fixture(scope="module")
def record():
    out = subprocess.run([sys.executable, "-m", "eventwire.cli", "extract", str(SEED), "--published", "2020-02-28"],
                         capture_output=True, text=True, timeout=300, check=True)
    (line,) = out.stdout.splitlines()
    return json.loads(line)


def test_seed_validates_against_the_schema(record):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(record))
    assert errors == []


def test_seed_spans_equal_text(record):
    from eventwire.model import check_spans

    assert check_spans(record) == []


def test_seed_cleaning(record):
    article = record["article"]
    assert article["title"] == "Turkish, Russian Leaders Talk as Fighting Continues in Syria"
    assert article["credits"] == ["VOA’s Steve Herman contributed to this report."]
    assert "leave a reply" not in article["text"]
    assert "Steve Herman" not in article["text"]
    assert "border. Ankara’s assault" in article["text"]


def _find(record, code, source, target):
    return [e for e in record["events"] if e["cameo"]["code"] == code and (e["source"] or {}).get("code") == source
            and (e["target"] or {}).get("code") == target]


def test_seed_airstrike_is_located_dated_counted_and_claimed(record):
    (event,) = _find(record, "195", "SYRMIL", "TURMIL")
    assert event["location"]["name"] == "Idlib" and event["location"]["country"] == "SYR"
    assert event["date"]["value"] == "2020-02-27"
    assert [(c["kind"], c["n"], c["side"]) for c in event["counts"]] == [("killed", 33, "TUR")]
    assert event["claimed_by"]["text"] == "Turkey"


def test_seed_akar_quote_carries_every_count(record):
    event = next(e for e in record["events"] if e["trigger"]["text"] == "destroyed")
    got = {(c["kind"], c["what"]): c["n"] for c in event["counts"]}
    assert got == {("destroyed", "helicopter"): 5, ("destroyed", "tank"): 23, ("destroyed", "armored vehicle"): 10,
                   ("destroyed", "howitzer"): 23, ("destroyed", "ammunition truck"): 5,
                   ("destroyed", "ammunition depot"): 3, ("destroyed", "equipment depot"): 2,
                   ("destroyed", "headquarters"): 1, ("killed", "soldier"): 309}
    assert event["claimed_by"]["code"] == "TURGOV"
    assert event["claimed_by"]["name"] == "Hulusi Akar"


def test_seed_phone_call_and_planned_meeting(record):
    (call,) = _find(record, "041", "TURGOV", "RUSGOV")
    assert call["date"]["value"] == "2020-02-28"
    (meet,) = _find(record, "036", "TURGOV", "RUSGOV")
    assert meet["claimed_by"]["name"] == "Fahrettin Altun"


def test_seed_sochi_agreement(record):
    (agreed,) = _find(record, "057", "TURGOV", "RUSGOV")
    assert agreed["location"]["name"] == "Sochi" and agreed["location"]["country"] == "RUS"
    assert agreed["date"]["value"] == "2018"


def test_seed_people_are_coded_wherever_they_appear(record):
    """Akar, Erdogan, Putin, Assad and Altun: as source, target, claimant and mention."""
    expected = {"Akar": "TURGOV", "Erdogan": "TURGOV", "Putin": "RUSGOV", "Assad": "SYRGOV", "Altun": "TURGOV"}
    seen = []
    actors = [a for e in record["events"] for a in (e.get("source"), e.get("target"), e.get("claimed_by")) if a]
    actors += [m for m in record["mentions"] if m.get("kind") == "actor"]
    for actor in actors:
        for name, code in expected.items():
            if name in actor["text"]:
                seen.append((name, actor["text"], actor["code"]))
                assert actor["code"] == code, actor
    assert {name for name, *_ in seen} == set(expected)


def test_seed_altuns_statements_are_claimed_by_altun(record):
    text = record["article"]["text"]
    quoted = [e for e in record["events"] if "two leaders will meet" in e["sentence"]["text"]
              or "international community must act" in e["sentence"]["text"]]
    assert len(quoted) >= 2
    for event in quoted:
        assert "Altun" in event["claimed_by"]["text"], event["sentence"]["text"]
        assert event["claimed_by"]["code"] == "TURGOV"
        start, end = event["claimed_by"]["start"], event["claimed_by"]["end"]
        assert text[start:end] == event["claimed_by"]["text"]
