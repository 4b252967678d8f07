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
