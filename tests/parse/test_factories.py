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


@pytest.mark.parametrize("text,gerund,modifier", [
    ("Six people were killed in Russian tank shelling in the east.", "shelling", "Russian"),
    ("Two farmers were wounded in Israeli artillery shelling near the border.", "shelling", "Israeli"),
])
def test_factories_event_gerund_after_a_prepositions_object_is_the_noun(nlp, text, gerund, modifier):
    doc = nlp(text)
    token = next(t for t in doc if t.text == gerund)
    assert (token.pos_, token.dep_, token.head.text) == ("NOUN", "pobj", "in")
    assert token.doc[token.i - 1].dep_ == "compound" and token.doc[token.i - 1].head == token
    assert next(t for t in doc if t.text == modifier).head == token


def test_factories_other_gerunds_after_a_prepositions_object_stay_verbs(nlp):
    doc = nlp("They were trapped in rubble waiting for rescue.")
    waiting = next(t for t in doc if t.text == "waiting")
    assert waiting.pos_ == "VERB"
    assert "eventwire_gerund_nouns_v1" in nlp.pipe_names


def test_factories_past_participle_after_a_noun_modifies_it(nlp):
    doc = nlp("Turkish jets bombed bases in Iraq in retaliation for rockets fired across the border.")
    fired = next(t for t in doc if t.text == "fired")
    assert (fired.dep_, fired.head.text) == ("acl", "rockets")
    assert "eventwire_reduced_relatives_v1" in nlp.pipe_names


def test_factories_a_subject_gerund_is_the_event_noun(nlp):
    doc = nlp("Shelling in Kharkiv wounded five civilians.")
    assert (doc[0].pos_, doc[0].dep_, doc[0].lemma_) == ("NOUN", "nsubj", "shelling")
    doc = nlp("Bombing the bridge was a mistake.")  # a gerund with its own object stays a verb
    assert doc[0].pos_ == "VERB"


@pytest.mark.parametrize("text,word,lemma", [
    ("Rebels attacked the town.", "Rebels", "rebel"),
    ("Authorities arrested twelve men.", "Authorities", "authority"),
])
def test_factories_a_sentence_opening_plural_is_a_common_noun(nlp, text, word, lemma):
    (token,) = [t for t in nlp(text) if t.text == word]
    assert (token.pos_, token.lemma_) == ("NOUN", lemma)


def test_factories_a_sentence_opening_name_stays_a_name(nlp):
    (token,) = [t for t in nlp("Kenya attacked Somalia.") if t.text == "Kenya"]
    assert token.pos_ == "PROPN"


def test_factories_a_participle_root_after_its_subject_gives_way_to_the_real_verb(nlp):
    doc = nlp("Terrorists linked with the group yesterday attacked the bureau office with grenades.")
    attacked = next(t for t in doc if t.text == "attacked")
    assert attacked.dep_ == "ROOT"
    assert [c.text for c in attacked.children if c.dep_ == "nsubj"] == ["Terrorists"]
    assert next(t for t in doc if t.text == "linked").dep_ == "acl"


def test_factories_a_hyphenated_participle_with_an_agent_is_the_passive_verb(nlp):
    doc = nlp("A 14-year-old girl was gang-raped by three soldiers in Bunia.")
    verb = next(t for t in doc if t.text == "raped")
    assert (verb.dep_, next(t for t in doc if t.text == "girl").dep_) == ("ROOT", "nsubjpass")
    assert next(t for t in doc if t.text == "was").dep_ == "auxpass"


def test_factories_participles_after_their_subject_describe_it(nlp):
    doc = nlp("The activists jailed for insulting the king were freed on Monday.")
    assert [(t.text, t.dep_) for t in doc if t.text in ("jailed", "freed", "activists")] == \
        [("activists", "nsubjpass"), ("jailed", "acl"), ("freed", "ROOT")]
    doc = nlp("Students arrested last week have been released.")
    assert [(t.text, t.dep_) for t in doc if t.text in ("Students", "arrested", "released")] == \
        [("Students", "nsubjpass"), ("arrested", "acl"), ("released", "ROOT")]


def test_factories_two_possessors_joined_before_one_noun_own_it(nlp):
    doc = nlp("France's and Germany's leaders spoke on Friday.")
    deps = {t.text: (t.dep_, t.head.text) for t in doc}
    assert deps["leaders"] == ("nsubj", "spoke")
    assert deps["France"] == ("poss", "leaders") and deps["Germany"] == ("conj", "France")
