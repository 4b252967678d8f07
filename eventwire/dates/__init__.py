"""Dates stage: find date expressions in a parsed article and resolve them to YYYY[-MM[-DD]]."""
from eventwire.dates.resolve import find_dates, resolve_expression

__all__ = ["find_dates", "resolve_expression"]
