"""Every spaCy registration of eventwire, in one place (spaCy's pipeline/factories.py does the same)."""
from __future__ import annotations

from spacy.language import Language


@Language.component("eventwire_paragraphs_v1")
def paragraph_boundaries(doc):
    """A paragraph break ends a sentence. Set before the parser runs, so a dateline on its own line
    ("BISHKEK, Kyrgyzstan —") or a heading is not parsed into the next sentence."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.factory("eventwire_lemma_fixes_v1")
def make_lemma_fixes(nlp, name):
    """Set the lemma of word forms the model's lemmatizer gets wrong ("staged" -> "stag"), from
    ``data/lemma_exceptions.yaml``. Runs after the lemmatizer."""
    from eventwire.resources import data_yaml

    table = {(pos.upper(), form): lemma for pos, forms in data_yaml("lemma_exceptions.yaml").items()
             for form, lemma in forms.items()}

    def fix_lemmas(doc):
        for token in doc:
            lemma = table.get((token.pos_, token.lower_))
            if lemma is not None:
                token.lemma_ = lemma
        return doc

    return fix_lemmas
