#!/usr/bin/env python3
"""Gazetteer speed: load time, then lookups per second (a script, not a test).

    python bench/gazetteer_lookup.py [--seconds 2]

Measures ``Gazetteer.candidates`` uncached (a fresh name each call) and cached, and
``resolve_place`` with an article context, over names drawn from the packaged gazetteer plus
spelling variants and names it does not hold.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from counterpoint.resolve import gazetteer_db, geo

EXTRA = [
    "Kafr Nbuda",
    "Kabani",
    "Qalaat al-Mudiq",
    "Tajourah",
    "Makeyevka",
    "Kharkov",
    "Tripoli",
    "Zorblaxville",
]


def _names(limit: int) -> list[str]:
    con = sqlite3.connect(gazetteer_db.packaged_db().as_uri() + "?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT name FROM place WHERE kind = 'place' ORDER BY id LIMIT ?", (limit,)
        ).fetchall()
    finally:
        con.close()
    return [r[0] for r in rows] + EXTRA


def _rate(fn, names: list[str], seconds: float) -> tuple[float, int]:
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        fn(names[n % len(names)])
        n += 1
    return n / (time.perf_counter() - start), n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    args = parser.parse_args()

    t0 = time.perf_counter()
    gaz = geo.Gazetteer(use_default_user_db=False)
    load = time.perf_counter() - t0
    print(f"load\t{load * 1000:.1f} ms\t{gazetteer_db.packaged_db()}")

    names = _names(20_000)
    uncached, n = _rate(lambda s: (gaz._cache.clear(), gaz.candidates(s)), names, args.seconds)
    print(f"candidates (uncached)\t{uncached:,.0f}/s\t({n} calls)")
    cached, n = _rate(gaz.candidates, names[:200], args.seconds)
    print(f"candidates (cached)\t{cached:,.0f}/s\t({n} calls)")
    ctx = geo.PlaceContext(countries=("SY", "UA"), admin1_names=("Hama",))
    resolved, n = _rate(lambda s: gaz.resolve_place(s, ctx), names, args.seconds)
    print(f"resolve_place (context)\t{resolved:,.0f}/s\t({n} calls)")
    hits = sum(gaz.resolve_place(s, ctx) is not None for s in names[:2000])
    print(f"resolved\t{hits}/2000 names")
    gaz.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
