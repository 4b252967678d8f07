import pytest


def test_factories_paragraph_break_starts_a_sentence(nlp):
    doc = nlp("BISHKEK, Kyrgyzstan —\n\nTroops crossed the border on Monday.")
    starts = [s.text.split()[0] for s in doc.sents]
    assert "Troops" in starts


@pytest.mark.parametrize("form,lemma", [("staged", "stage"), ("waged", "wage"), ("raged", "rage")])
def test_factories_lemma_fixes_correct_the_lemmatizer(nlp, form, lemma):
    doc = nlp(f"The students {form} the protest for a week.")
    assert doc[2].lemma_ == lemma


def test_factories_lemma_fixes_leave_other_words(nlp):
    doc = nlp("The army shelled the town.")
    assert doc[2].lemma_ == "shell"
    assert "eventwire_lemma_fixes_v1" in nlp.pipe_names
