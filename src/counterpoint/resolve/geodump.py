"""Import a GeoNames dump (``SY.txt`` and the like) into the user gazetteer.

cities500, which the packaged gazetteer is built from, lacks most villages; a country dump from
https://download.geonames.org/export/dump/ has them. ``counterpoint gazetteer import`` calls
:func:`import_geonames_dump`; :mod:`.geo` reads the result as the user gazetteer.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from ..errors import InputError, StoreError
from .gazetteer_db import SCHEMA_VERSION, create_schema, lexicon_digest, name_rows
from .geo import default_gazetteer

__all__ = ["import_geonames_dump"]

GEONAMES_COLUMNS = 19
COUNTRY_CODES = ("PCLI", "PCLD", "PCLF", "PCLS", "PCL", "PCLIX", "TERR")


class DumpRow(NamedTuple):
    id: int
    name: str
    ascii: str
    alt: list[str]
    lat: float
    lon: float
    fclass: str
    fcode: str
    country: str
    admin1: str | None
    population: int


def _dump_rows(src: Path) -> Iterator[DumpRow]:
    try:
        fh = src.open("rb")
    except OSError as exc:
        raise InputError(f"{src}: cannot read ({exc.strerror})") from None
    with fh:
        for lineno, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError:
                raise InputError(f"{src}:{lineno}: not UTF-8", "GeoNames dumps are UTF-8 text") from None
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != GEONAMES_COLUMNS:
                raise InputError(
                    f"{src}:{lineno}: expected {GEONAMES_COLUMNS} tab-separated columns, got {len(cols)}",
                    "use a GeoNames dump file (geonameid, name, asciiname, alternatenames, ...)",
                )
            try:
                row = DumpRow(
                    int(cols[0]),
                    cols[1],
                    cols[2],
                    [a for a in cols[3].split(",") if a],
                    float(cols[4]),
                    float(cols[5]),
                    cols[6],
                    cols[7],
                    cols[8],
                    cols[10] or None,
                    int(cols[14] or 0),
                )
            except ValueError as exc:
                raise InputError(f"{src}:{lineno}: malformed GeoNames row ({exc})") from None
            if not (-90 <= row.lat <= 90 and -180 <= row.lon <= 180):
                raise InputError(f"{src}:{lineno}: latitude/longitude out of range")
            if row.id <= 0 or len(row.country) not in (0, 2):
                raise InputError(f"{src}:{lineno}: malformed GeoNames row (id or country code)")
            yield row


def _kind(fclass: str, fcode: str) -> str | None:
    if fclass == "P":
        return "place"
    if fclass == "A":
        if fcode == "ADM1":
            return "admin1"
        if fcode == "ADM2":
            return "admin2"
        if fcode in COUNTRY_CODES:
            return "country"
    return None


def import_geonames_dump(src_path: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> int:
    """Import populated places (class P) and divisions (ADM1, ADM2, countries) of a GeoNames dump.

    Writes or extends the user gazetteer at ``db_path`` in one transaction (nothing is written when
    a line is malformed). Other class-A rows (ADM3, ADMD, ...) are skipped. Returns rows imported.
    """
    src, dst = Path(src_path), Path(db_path).expanduser()
    if not src.is_file():
        raise InputError(
            f"{src}: no such file", "download a dump from https://download.geonames.org/export/dump/"
        )
    dst.parent.mkdir(parents=True, exist_ok=True)
    existed = dst.exists()
    try:
        db = sqlite3.connect(dst)
    except sqlite3.Error as exc:
        raise StoreError(f"{dst}: cannot open gazetteer database ({exc})") from None
    count = 0
    try:
        with db:
            create_schema(db)
            version = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0]
            if version != SCHEMA_VERSION:
                raise StoreError(f"{dst}: gazetteer schema {version} is not {SCHEMA_VERSION}")
            for row in _dump_rows(src):
                kind = _kind(row.fclass, row.fcode)
                if kind is None:
                    continue
                db.execute("DELETE FROM name WHERE place = ?", (row.id,))
                db.execute(
                    "INSERT OR REPLACE INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        row.id,
                        f"geonames:{row.id}",
                        kind,
                        row.name,
                        row.lat,
                        row.lon,
                        row.country,
                        row.admin1,
                        row.population,
                    ),
                )
                db.executemany(
                    "INSERT OR IGNORE INTO name VALUES (?, ?, ?, ?, ?)",
                    name_rows(row.id, [row.name, row.ascii, *row.alt], row.name, division=kind != "place"),
                )
                count += 1
            db.execute("INSERT OR REPLACE INTO meta VALUES ('lexicon_sha256', ?)", (lexicon_digest(),))
    except sqlite3.Error as exc:
        failed = True
        raise StoreError(f"{dst}: cannot write gazetteer database ({exc})") from None
    except BaseException:
        failed = True
        raise
    else:
        failed = False
    finally:
        db.close()
        if failed and not existed:
            dst.unlink(missing_ok=True)
    default_gazetteer.cache_clear()
    return count
