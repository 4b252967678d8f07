"""A user's actors file (--actors FILE) merged over the built-in knowledge base."""
from datetime import date
from pathlib import Path

import pytest

from eventwire.actors.kb import ActorFileError, load_kb
from eventwire.core import extract, extract_many
from eventwire.settings import Settings

MINE = """\
organizations:
  - {code: SOMREB, name: Jubba Valley Front, names: [Jubba Valley Front, JVF], country: SOM, sector: REB,
     kind: group}
  - {code: SAHIGO, name: Sahel Defence Alliance, names: [the alliance]}
people:
  - {name: Amina Wekesa Odhiambo, aliases: [Odhiambo], country: KEN, sector: GOV, from: 2023-01-15, to: 2025-06-30}
"""
TEXT = ("Kenyan troops shelled positions of the Jubba Valley Front near Kismayo. "
        "Odhiambo met Somali officials in Nairobi. The alliance condemned the attack.")


@pytest.fixture
def mine(tmp_path) -> str:
    path = tmp_path / "mine.yaml"
    path.write_text(MINE, encoding="utf-8")
    return str(path)


def _write(tmp_path, content: str) -> str:
    path = tmp_path / "actors.yaml"
    path.write_text(content, encoding="utf-8")
    return str(path)


def _events(text, actors=None, published="2024-03-05"):
    record = extract({"id": "t", "text": text, "published": published}, settings=Settings(actors=actors))
    return [(e.cameo.code, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in record.events]


def _codes(kb, text):
    return [(t.role, t.code, t.evidence) for t in kb.terms_for(text)]


def test_user_kb_adds_organizations_and_people(mine):
    kb = load_kb(mine)
    assert _codes(kb, "JVF") == [("organization", "SOMREB", "mine.yaml:organizations/SOMREB")]
    assert _codes(kb, "Odhiambo") == [("person", "KENGOV", "mine.yaml:people/Amina Wekesa Odhiambo")]
    assert _codes(kb, "Amina Wekesa Odhiambo") == _codes(kb, "Odhiambo")


def test_user_kb_codes_events_end_to_end(mine):
    # "the attack" condemned is the shelling told before: aimed at its author
    assert _events(TEXT) == [("194", "KENMIL", None), ("111", "NATO", "KENMIL")]
    assert _events(TEXT, mine) == [("194", "KENMIL", "SOMREB"), ("040", "KENGOV", "SOMGOV"), ("040", "SOMGOV", "KENGOV"),
                                   ("111", "SAHIGO", "KENMIL")]


def test_user_kb_person_dates_bound_the_code(mine):
    (term,) = load_kb(mine).terms_for("Odhiambo")
    assert [term.valid_on(date.fromisoformat(d)) for d in ("2023-01-14", "2023-01-15", "2025-06-29", "2025-06-30")] \
        == [False, True, True, False]
    in_office = _events("Odhiambo met Somali officials in Nairobi.", mine, published="2025-06-29")
    assert in_office == [("040", "KENGOV", "SOMGOV"), ("040", "SOMGOV", "KENGOV")]


def test_user_kb_overrides_a_builtin_name_and_its_the_form(tmp_path):
    assert _codes(load_kb(), "Congo")[0][1] == "COG"
    path = _write(tmp_path, "organizations:\n  - {code: COGREB, name: Congo River Movement, names: [Congo]}\n")
    kb = load_kb(path)
    assert _codes(kb, "Congo") == [("organization", "COGREB", "actors.yaml:organizations/COGREB")]
    assert kb.terms_for("the Congo") == []
    assert _codes(kb, "Republic of the Congo") == _codes(load_kb(), "Republic of the Congo")


def test_user_kb_removes_builtin_names(tmp_path):
    path = _write(tmp_path, "remove: [the alliance, Congo]\n")
    kb = load_kb(path)
    assert [kb.terms_for(f) for f in ("the alliance", "The alliance", "Congo", "the Congo")] == [[], [], [], []]
    assert _codes(kb, "NATO") == _codes(load_kb(), "NATO")
    assert _events("The alliance condemned the attack.", path) == []


def test_user_kb_leaves_the_builtin_kb_alone_and_caches_per_path(mine, tmp_path):
    builtin = load_kb()
    assert load_kb(mine) is load_kb(mine)
    assert load_kb(Path(mine)) is load_kb(mine)
    assert load_kb(None) is builtin and load_kb("") is builtin
    assert _codes(builtin, "the alliance")[0][1] == "NATO"
    assert builtin.terms_for("JVF") == []
    assert load_kb(_write(tmp_path, "")).terms == builtin.terms


@pytest.mark.parametrize("content,message", [
    ("organizations:\n  - {name: Jubba Valley Front, names: [JVF]}\n",
     "organizations entry 1 (Jubba Valley Front): no 'code' (add code: a CAMEO actor code such as SOMREB)"),
    ("organizations:\n  - {code: NATO, name: NATO}\n  - {code: somreb, name: Jubba Valley Front}\n",
     "organizations entry 2 (Jubba Valley Front): code 'somreb' is not a CAMEO actor code"),
    ("organizations:\n  - {code: SOMREB, names: [JVF]}\n", "organizations entry 1: no 'name'"),
    ("organizations:\n  - {code: SOMREB, name: JVF, country: Somalia}\n",
     "organizations entry 1 (JVF): unknown country 'Somalia' (use an ISO 3166 alpha-3 code"),
    ("organizations:\n  - {code: SOMREB, name: JVF, country: som}\n",
     "organizations entry 1 (JVF): unknown country 'som' (did you mean SOM?)"),
    ("organizations:\n  - {code: SOMREB, name: JVF, sector: rebels}\n",
     "organizations entry 1 (JVF): sector 'rebels' is not a CAMEO sector code"),
    ("organizations:\n  - {code: SOMREB, name: JVF, kind: militia}\n",
     "organizations entry 1 (JVF): kind 'militia' is not one of organization, group"),
    ("organizations:\n  - {code: SOMREB, name: JVF, alias: [Jubba]}\n",
     "organizations entry 1 (JVF): unknown key(s) alias (did you mean 'names'?"),
    ("organizations:\n  - {code: SOMREB, name: JVF, names: [{JVF: Jubba}]}\n",
     "organizations entry 1 (JVF): one of the names {'JVF': 'Jubba'} is not a text"),
    ("people:\n  - {name: Amina Odhiambo, country: KEN, alias: [Odhiambo]}\n",
     "people entry 1 (Amina Odhiambo): unknown key(s) alias (did you mean 'aliases'?"),
    ("organizations:\n  - JVF\n", "organizations entry 1: is 'JVF', not a mapping"),
    ("organizations: {code: SOMREB}\n", "'organizations' must be a list"),
    ("people:\n  - {name: Amina Odhiambo, country: KEN, from: 2023-13-01}\n",
     "people entry 1 (Amina Odhiambo): 'from' '2023-13-01' is not a date (write it as YYYY-MM-DD"),
    ("people:\n  - {name: Amina Odhiambo, country: KEN, from: 2024-01-01, to: 2023-01-01}\n",
     "people entry 1 (Amina Odhiambo): 'from' 2024-01-01 is not before 'to' 2023-01-01"),
    ("people:\n  - {name: Amina Odhiambo, sector: GOV}\n",
     "people entry 1 (Amina Odhiambo): no 'code' and no 'country'"),
    ("remove: [Atlantis]\n", "remove: 'Atlantis' is not a name in the built-in knowledge base"),
    ("remove: [European UNION]\n",
     "remove: 'European UNION' is not a name in the built-in knowledge base (did you mean 'European Union'?)"),
    ("actors:\n  - {code: SOMREB}\n", "unknown section(s) actors (use organizations, people, remove)"),
    ("- {code: SOMREB}\n", "an actors file must be a mapping"),
    ("people: [oops\n", "not valid YAML"),
])
def test_user_kb_bad_file_is_a_clear_error(tmp_path, content, message):
    path = _write(tmp_path, content)
    with pytest.raises(ActorFileError) as err:
        load_kb(path)
    assert message in err.value.reason
    assert err.value.source == path


def test_user_kb_reads_names_and_dates_as_written(tmp_path):
    path = _write(tmp_path, "organizations:\n"
                            "  - {code: IRQREB, name: 1920 Revolution Brigades,\n"
                            "     names: [1920 Revolution Brigades, 1920]}\n"
                            "  - {code: NORGOV, name: Norway, names: [NO, On], from: 2020-02-01}\n")
    kb = load_kb(path)
    assert [(t.code, t.valid_from) for t in kb.terms_for("1920") + kb.terms_for("NO") + kb.terms_for("On")] == [
        ("IRQREB", None), ("NORGOV", date(2020, 2, 1)), ("NORGOV", date(2020, 2, 1))]


def test_user_kb_missing_file(tmp_path):
    with pytest.raises(ActorFileError) as err:
        load_kb(str(tmp_path / "nope.yaml"))
    assert "cannot read the actors file" in err.value.reason


def test_user_kb_bad_file_stops_a_batch_before_any_article(tmp_path):
    path = _write(tmp_path, "people:\n  - {name: Amina Odhiambo}\n")
    results = extract_many([{"id": "a", "text": TEXT}], settings=Settings(actors=path))
    with pytest.raises(ActorFileError, match="no 'code' and no 'country'"):
        next(results)
