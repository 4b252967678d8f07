from eventwire.events.explain import explain, render
from eventwire.settings import Settings


def test_explain_reports_arguments_and_skipped_triggers():
    text = "The airstrike that Niger blamed on Malian forces killed nine gendarmes near Tillaberi on Tuesday."
    result = explain({"id": "s", "text": text, "published": "2021-06-04"}, settings=Settings())
    (sent,) = result["sentences"]
    by_trigger = {t["trigger"]: t for t in sent["triggers"]}
    strike = by_trigger["airstrike"]
    assert strike["outcome"] == "event"
    assert strike["code"] == "195"
    assert strike["how"]["source"] == "blamed-prep:on"
    assert strike["sources"] == [("Malian forces", "MLIMIL")]
    assert strike["date"] == "2021-06-01"
    killed = by_trigger["killed"]
    assert killed["outcome"] == "no event"
    assert "outcome of the 'airstrike' event" in killed["reason"]
    text_out = render(result)
    assert "=> no event: outcome of the 'airstrike' event" in text_out
    assert "EVENT 195 Employ aerial weapons: MLIMIL -> NERCOP" in text_out


def test_explain_says_why_a_cooperation_has_no_event():
    result = explain({"id": "s", "text": "The ministry praised the decision."}, settings=Settings())
    (trigger,) = result["sentences"][0]["triggers"]
    assert trigger["outcome"] == "no event"
    assert trigger["reason"] in ("no coded source actor", "cooperation with no partner")
