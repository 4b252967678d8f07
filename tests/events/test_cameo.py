import csv
import importlib.util
from pathlib import Path

import pytest

from eventwire.events.cameo import cameo, plover
from eventwire.events.triggers import load_triggers
from eventwire.resources import data_csv

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def test_cameo_table_has_every_code():
    rows = data_csv("cameo.csv")
    assert len(rows) == 312
    assert sum(1 for r in rows if len(r["code"]) == 2) == 20


@pytest.mark.parametrize("code,root,goldstein,quad", [
    ("041", "04", 1.0, 1), ("139", "13", -7.0, 3), ("195", "19", -10.0, 4), ("057", "05", 8.0, 1),
    ("173", "17", -5.0, 4),
])
def test_cameo_entry_values(code, root, goldstein, quad):
    entry = cameo(code)
    assert (entry.root, entry.goldstein, entry.quad_class) == (root, goldstein, quad)


def test_cameo_plover_mapping():
    assert plover("041") == {"type": "CONSULT", "mode": "phone"}
    assert plover("010") is None


@pytest.mark.parametrize("code,ptype", [
    ("0813", "CONCEDE"),   # lifting a curfew: CONCEDE by the PLOVER definition, RETREAT in its table
    ("0814", "CONCEDE"),
    ("163", "SANCTION"),   # international sanctions: SANCTION `discontinue`
    ("192", "ASSAULT"),    # occupying territory: CAMEO 19 is ASSAULT throughout
    ("0831", "RETREAT"),   # a resignation
    ("0871", "RETREAT"), ("1712", "ASSAULT"), ("181", "ASSAULT"),  # the table kept where the definitions agree
])
def test_cameo_plover_follows_the_definitions(code, ptype):
    assert plover(code)["type"] == ptype


def test_cameo_every_trigger_code_is_in_the_table():
    table = load_triggers()  # loading validates every code and raises on an unknown one
    assert table.verbs["pound"].code == "190"
    assert table.verbs["call"].preps["on"] == "020"  # YAML's bare 'on' kept as a word


@pytest.mark.skipif(not (SHARED / "benchmarks" / "cameo" / "cameo_codes.csv").exists(),
                    reason="shared/benchmarks/cameo is not beside the project")
def test_cameo_csv_matches_a_fresh_build():
    spec = importlib.util.spec_from_file_location("build_cameo", ROOT / "scripts" / "build_cameo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "eventwire" / "data" / "cameo.csv").read_text(encoding="utf-8") == module.build(SHARED)
