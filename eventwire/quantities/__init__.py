"""Quantities stage: read number phrases and find what they count (killed, destroyed, deployed ...)."""
from eventwire.quantities.counts import count_governor, find_counts
from eventwire.quantities.numbers import parse_number

__all__ = ["count_governor", "find_counts", "parse_number"]
