"""GeoJSON (RFC 7946): a FeatureCollection with one Point feature per event that has coordinates."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO


def write_geojson(rows: Iterable[dict[str, Any]], fp: TextIO) -> tuple[int, int]:
    """Write each row with a ``lat`` and ``lon`` as a feature: geometry ``[lon, lat]``, properties
    the whole row. Rows without both coordinates are skipped; returns ``(written, skipped)``.

    The skipped count is also stored in the collection as the foreign member
    ``"skipped_without_coordinates"``, which GeoJSON readers ignore.
    """
    written = skipped = 0
    fp.write('{"type": "FeatureCollection", "features": [')
    for row in rows:
        lat, lon = row.get("lat"), row.get("lon")
        if lat is None or lon is None:
            skipped += 1
            continue
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": row,
        }
        fp.write(("\n" if written == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        written += 1
    fp.write(("\n" if written else "") + f'], "skipped_without_coordinates": {skipped}}}\n')
    return written, skipped

