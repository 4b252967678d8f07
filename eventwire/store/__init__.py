"""The embedded DuckDB store (see README.md in this folder for its tables)."""
from eventwire.store.duckdb import SCHEMA_VERSION, Store

__all__ = ["Store", "SCHEMA_VERSION"]
