"""The CAMEO table (data/cameo.csv): code -> name, root, Goldstein score, quad class, PLOVER type."""
from __future__ import annotations

from functools import lru_cache

from eventwire.model import Cameo
from eventwire.resources import data_csv


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in data_csv("cameo.csv")}


def known(code: str) -> bool:
    return code in _table()


def cameo(code: str) -> Cameo:
    """The CAMEO entry for ``code``; KeyError names the code when it is not in the table."""
    row = _table()[code]
    goldstein = float(row["goldstein"]) if row["goldstein"] else None
    return Cameo(code=code, root=row["root"], name=row["name"], goldstein=goldstein,
                 quad_class=int(row["quad_class"]))


def plover(code: str) -> dict | None:
    row = _table()[code]
    if not row["plover_type"]:
        return None
    return {"type": row["plover_type"], "mode": row["plover_mode"] or None}
