"""eventwire: raw news in, evidence-backed event data out."""
from eventwire.model import Article, Failure, Record
from eventwire.settings import Settings

__all__ = ["extract", "extract_many", "Article", "Record", "Failure", "Settings"]
__version__ = "0.1.0"


def __getattr__(name):  # keep `import eventwire` light: spaCy loads only when extraction is asked for
    if name in ("extract", "extract_many"):
        from eventwire import core

        return getattr(core, name)
    raise AttributeError(name)
