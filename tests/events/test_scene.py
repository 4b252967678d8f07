"""eventwire/events/scene.py: a scene's date carried to the acts told after it."""
from eventwire import extract

PUBLISHED = "2024-03-08"  # a Friday


def dated(text):
    """Trigger text -> (date, date evidence) of its first event."""
    record = extract(text, published=PUBLISHED)
    found = {}
    for e in record.events:
        found.setdefault(e.trigger.text, (e.date.value if e.date else None, e.evidence.get("date")))
    return found


def test_scene_acts_told_right_after_a_dated_act_take_its_date():
    found = dated("Protesters burned tyres outside the governor's office in Kisumu on Wednesday. "
                  "Police fired tear gas at crowds that had blocked the highway.")
    assert found["burned"][0] == "2024-03-06"
    assert found["fired"] == ("2024-03-06", "scene:burned")
    assert found["blocked"] == ("2024-03-06", "scene:burned")


def test_scene_chain_goes_on_while_each_sentence_tells_the_scene():
    found = dated("Gunmen stormed a village near Gusau on Monday. They shot two guards at the gate. "
                  "Soldiers later fired on the gunmen from a hill.")
    assert found["shot"] == ("2024-03-04", "scene:stormed")
    assert found["fired"] == ("2024-03-04", "scene:stormed")


def test_scene_no_date_into_quotations_or_present_perfect_or_statements():
    record = extract("Soldiers shelled rebel positions near Goma on Tuesday. \"They shelled our homes "
                     "too,\" a farmer said. Rebels have killed hundreds of civilians in the province.",
                     published=PUBLISHED)
    shelled = [e.date.value if e.date else None for e in record.events if e.trigger.text == "shelled"]
    assert shelled == ["2024-03-05", None]
    assert dated("Soldiers shelled rebel positions near Goma on Tuesday. Rebels have killed hundreds "
                 "of civilians in the province.")["killed"] == (None, None)
    found = dated("Soldiers shelled rebel positions near Goma on Tuesday. The rebels accused the army "
                  "of targeting civilians.")
    assert found["accused"] == (None, None)


def test_scene_breaks_at_a_sentence_without_events():
    found = dated("Troops shelled militant camps near Bunia on Monday. The region is rich in gold. "
                  "Militants ambushed a bus.")
    assert found["shelled"][0] == "2024-03-04"
    assert found["ambushed"] == (None, None)


def test_scene_sentence_with_its_own_date_keeps_it():
    found = dated("Troops clashed with militants near Bunia on Monday. Militants attacked a convoy on "
                  "Thursday.")
    assert found["attacked"][0] == "2024-03-07"
