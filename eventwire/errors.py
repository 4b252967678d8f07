"""A small error hierarchy. Each error names its source, the reason, and what to do about it."""
from __future__ import annotations


class EventwireError(Exception):
    """Base class: ``source`` is the file or item, ``reason`` one line a user can act on."""

    def __init__(self, reason: str, *, source: str | None = None, hint: str | None = None):
        self.source = source
        self.reason = reason if not hint else f"{reason} ({hint})"
        super().__init__(f"{source}: {self.reason}" if source else self.reason)


class IngestError(EventwireError):
    """An input item cannot be read as an article: empty, binary, bad encoding, too large, no text."""


class ModelError(EventwireError):
    """The spaCy pipeline named in the settings cannot be loaded."""


class StoreError(EventwireError):
    """The DuckDB store cannot be opened or written."""


class UsageError(EventwireError):
    """A command was called with arguments that cannot work (exit status 2)."""
