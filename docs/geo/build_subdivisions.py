#!/usr/bin/env python3
"""Builds node/src/main/resources/static/geo/subdivisions.json, the map the trends dashboard draws,
and static/geo/ports.json, the US land ports of entry it marks on that map.

Inputs (see node/src/main/resources/static/geo/SOURCES.md): Natural Earth 1:50m admin-1 for the
United States and Canada, INEGI's simplified state division of Mexico, and the node's list of
ISO 3166-2 subdivisions (node/src/main/resources/forensics/report/subdivisions.csv), which maps
INEGI state codes to ISO codes. Each feature keeps only its ISO 3166-2 code, its name and its
country. Rings are simplified with Douglas-Peucker and coordinates rounded, so the file stays small
enough to load with the page; no shape is invented, only points are dropped.

Usage: python3 docs/geo/build_subdivisions.py ../shared/data/geo
"""
import csv
import json
import math
import sys
from pathlib import Path

TOLERANCE = 0.04   # degrees, about 4 km: finer than a subdivision choropleth needs
MIN_AREA = 0.02    # square degrees: islands smaller than this are dropped unless the only ring
DIGITS = 3


def perpendicular(p, a, b):
    if a == b:
        return math.dist(p, a)
    (x, y), (x1, y1), (x2, y2) = p, a, b
    return abs((y2 - y1) * x - (x2 - x1) * y + x2 * y1 - y2 * x1) / math.dist(a, b)


def simplify(points):
    if len(points) < 5:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            d = perpendicular(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if best > TOLERANCE and index > 0:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def area(ring):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:]))) / 2


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def clean(geometry, west_only):
    out = []
    for polygon in polygons(geometry):
        outer = polygon[0]
        if west_only and all(x > 0 for x, _ in outer):
            continue  # the Aleutians west of the antimeridian would wrap the whole map
        rings = []
        for ring in polygon:
            r = [(round(x, DIGITS), round(y, DIGITS)) for x, y in simplify([tuple(p[:2]) for p in ring])]
            if len(r) >= 4:
                rings.append(r)
        if rings:
            out.append((area(rings[0]), rings))
    if not out:
        raise SystemExit("a feature lost all its rings")
    largest = max(a for a, _ in out)
    kept = [rings for a, rings in out if a >= MIN_AREA or a == largest]
    return {"type": "MultiPolygon", "coordinates": [[[list(p) for p in r] for r in rings] for rings in kept]}


def main(source):
    root = Path(__file__).resolve().parents[2]
    names, inegi = {}, {}
    with open(root / "node/src/main/resources/forensics/report/subdivisions.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names[row["code"]] = (row["name"], row["country"])
            if row["inegi"]:
                inegi[row["inegi"]] = row["code"]
    features = []
    natural_earth = json.loads((Path(source) / "ne_50m_admin1_us_canada.geojson").read_text(encoding="utf-8"))
    for f in natural_earth["features"]:
        code = f["properties"]["iso_3166_2"]
        if code not in names:
            raise SystemExit("no ISO 3166-2 subdivision " + code + " in subdivisions.csv")
        features.append((code, clean(f["geometry"], code.startswith("US-"))))
    mexico = json.loads((Path(source) / "mexico_estados_inegi_simplified.geojson").read_text(encoding="utf-8"))
    for f in mexico["features"]:
        code = inegi[f["properties"]["cve_geo"]]
        features.append((code, clean(f["geometry"], False)))
    missing = sorted(set(names) - {c for c, _ in features})
    if missing:
        print("subdivisions without a shape:", ", ".join(missing), file=sys.stderr)
    collection = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"code": c, "name": names[c][0], "country": names[c][1]}, "geometry": g}
            for c, g in sorted(features)
        ],
    }
    target = root / "node/src/main/resources/static/geo/subdivisions.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(target, len(collection["features"]), "features,", target.stat().st_size, "bytes")

    # Ports: the BTS/CBP land ports of entry with their CBP 4-digit codes, as DSAP reports name
    # them, and the ISO 3166-2 code of their state.
    by_name = {name: code for code, (name, _) in names.items() if code.startswith("US-")}
    ports = []
    with open(Path(source) / "us_land_ports_of_entry_bts.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            ports.append({
                "code": row["port_code"],
                "name": row["port_name"],
                "subdivision": by_name[row["state"]],
                "border": "MEX" if "Mexico" in row["border"] else "CAN",
                "lon": round(float(row["longitude"]), 4),
                "lat": round(float(row["latitude"]), 4),
            })
    ports.sort(key=lambda p: p["code"])
    target = root / "node/src/main/resources/static/geo/ports.json"
    target.write_text(json.dumps({"ports": ports}, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(target, len(ports), "ports")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/geo")
