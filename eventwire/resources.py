"""Read the package's data files (eventwire/data/*) with importlib.resources."""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources


def data_text(name: str) -> str:
    return (resources.files("eventwire") / "data" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def data_yaml(name: str):
    import yaml

    return yaml.safe_load(data_text(name))


@lru_cache(maxsize=None)
def data_csv(name: str) -> tuple[dict[str, str], ...]:
    return tuple(csv.DictReader(io.StringIO(data_text(name))))
