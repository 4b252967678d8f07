"""Shared by the build scripts: write a derived data file, or check the committed copy."""
from __future__ import annotations

from pathlib import Path


def write_or_check(out: Path, text: str, *, check: bool, unit: str) -> int:
    """Write ``text`` to ``out`` (exit status 0), or with ``check`` compare and return 1 on a difference."""
    if check:
        same = out.read_text(encoding="utf-8") == text
        print(f"{out.name} is up to date" if same else f"{out.name} differs from a fresh build")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({text.count(chr(10)) - 1} {unit})")
    return 0
