"""The gazetteer's database: its schema, the rows a place's names make (the keys names.py
folds them to), the lexicon digest the stored keys depend on, and where the packaged and the
user gazetteer live. ``scripts/build_gazetteer.py`` and :mod:`.geodump` write it; :mod:`.geo`
reads it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .names import fold, name_key, skeleton_of_key, translit_key

SCHEMA_VERSION = "1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS place (
    id INTEGER PRIMARY KEY,      -- GeoNames id; negative for divisions derived by the build script
    gid TEXT NOT NULL,           -- gazetteer id: "geonames:<id>" or "geonames:<CC>.<admin1 code>"
    kind TEXT NOT NULL,          -- place | admin1 | admin2 | country
    name TEXT NOT NULL,
    lat REAL, lon REAL,
    country TEXT NOT NULL,
    admin1 TEXT,                 -- GeoNames admin1 code
    population INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS name (
    key TEXT NOT NULL,           -- names.name_key
    tkey TEXT NOT NULL,          -- names.translit_key
    skel TEXT NOT NULL,          -- names.skeleton (retrieval only)
    place INTEGER NOT NULL REFERENCES place(id),
    flags INTEGER NOT NULL DEFAULT 0,   -- 1: the place's own name; 2: admin words stripped
    PRIMARY KEY (key, place, flags)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS name_tkey ON name (tkey);
CREATE INDEX IF NOT EXISTS name_skel ON name (skel);
CREATE INDEX IF NOT EXISTS name_place ON name (place);
"""
PRIMARY, STRIPPED = 1, 2
NameRow = tuple[str, str, str, int, int]  # key, tkey, skel, place id, flags
KINDS = ("place", "admin1", "admin2", "country")
LEXICONS = ("nlp/lexicons/transliteration.json", "nlp/lexicons/admin1_names.json")


@functools.cache
def admin_lexicon() -> dict[str, Any]:
    text = resources.files("counterpoint").joinpath("nlp/lexicons/admin1_names.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


# rules no stored key uses: people's names only, or compared at match time (the gazetteer stores
# each consonant as written)
MATCH_TIME_KEYS = frozenset({"given_name_aliases", "person_rewrites", "wildcard_consonants"})


def lexicon_digest() -> str:
    """sha256 over the lexicon data the stored keys depend on (``_``-prefixed documentation keys
    excluded); a mismatch means: rebuild the gazetteer."""
    h = hashlib.sha256()
    for rel in LEXICONS:
        data = json.loads(resources.files("counterpoint").joinpath(rel).read_text("utf-8"))
        content = {k: v for k, v in data.items() if not k.startswith("_") and k not in MATCH_TIME_KEYS}
        h.update(json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


@functools.cache
def _admin_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    words = admin_lexicon()["admin_words"]
    generic = frozenset(name_key(g) for g in admin_lexicon()["generic"])
    return frozenset(words["trailing"]), frozenset(words["leading"]), frozenset(words["joiners"]), generic


@functools.cache
def _generic_divisions() -> frozenset[str]:
    """Bare division names that are also a word, a person's name or a city ("meta", "cesar",
    "puebla"): a division is found by them only with its division word; the cities keep them."""
    return frozenset(name_key(g) for g in admin_lexicon().get("generic_divisions", ()))


def strip_admin_words(key: str) -> str:
    """A ``name_key`` without division words: "hama governorate" -> "hama", "province of x" -> "x"."""
    trailing, leading, joiners, _ = _admin_words()
    tokens = key.split()
    while len(tokens) > 1 and tokens[-1] in trailing:
        tokens.pop()
    while len(tokens) > 1 and tokens[0] in leading:
        tokens.pop(0)
        while len(tokens) > 1 and tokens[0] in joiners:
            tokens.pop(0)
    return " ".join(tokens)


def usable_name(s: str, *, codes: bool = False) -> bool:
    """Latin-script names worth indexing: not bare numbers, and (unless ``codes``) not codes like "ALP"."""
    if not s or len(s) > 80:
        return False
    key = fold(s)
    if not key or not key.replace(" ", "").isascii() or key.replace(" ", "").isdigit():
        return False
    compact = s.replace(" ", "").replace(".", "")
    return codes or not (compact.isupper() and compact.isalnum() and len(compact) <= 4)


def name_rows(
    place_id: int,
    names: Iterable[str],
    own: str | None,
    *,
    division: bool,
    codes: bool = False,
    generic_ok: bool = False,
) -> list[NameRow]:
    """(key, tkey, skel, place, flags) rows for a place's names, deduplicated, sorted.

    ``division``: also index the name without division words ("Hama" for "Hama Governorate").
    ``codes`` keeps short all-capital names ("DRC", "UAE"): set it for hand-written aliases only,
    since GeoNames alternate names hold airport and other codes ("ALP" for Aleppo).
    Keys listed as generic in admin1_names.json ("sahel", "red sea") are not indexed unless
    ``generic_ok`` (countries: "Niger" the country is meant).
    """
    generic = frozenset() if generic_ok else _admin_words()[3] | (_generic_divisions() if division else frozenset())
    own_key = name_key(own) if own else None
    rows: set[NameRow] = set()
    for raw in names:
        if not usable_name(raw, codes=codes):
            continue
        key = name_key(raw)
        if not key:
            continue
        flag = PRIMARY if key == own_key else 0
        forms = [(key, flag)]
        if division:
            stripped = strip_admin_words(key)
            if stripped != key:
                forms.append((stripped, flag | STRIPPED))
        for k, f in forms:
            if k in generic:
                continue
            t = translit_key(k)
            rows.add((k, t, skeleton_of_key(t), place_id, f))
    return sorted(rows)


def create_schema(db: sqlite3.Connection) -> None:
    db.executescript(SCHEMA)
    db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))


# --------------------------------------------------------------------------- the gazetteer


def packaged_db() -> Path:
    return Path(str(resources.files("counterpoint").joinpath("data/gazetteer.sqlite")))


def default_user_db() -> Path:
    """``$COUNTERPOINT_GAZETTEER``, else ``$XDG_DATA_HOME/counterpoint/gazetteer.sqlite``."""
    env = os.environ.get("COUNTERPOINT_GAZETTEER")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or "~/.local/share"
    return Path(base).expanduser() / "counterpoint" / "gazetteer.sqlite"


def connect_readonly(path: Path, *, immutable: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    try:
        db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.Error as exc:
        raise StoreError(
            f"{path}: not a counterpoint gazetteer ({exc})",
            "import a GeoNames dump with `counterpoint gazetteer import FILE`",
        ) from None
    if row is None or row[0] != SCHEMA_VERSION:
        raise StoreError(
            f"{path}: gazetteer schema {row[0] if row else '?'} is not {SCHEMA_VERSION}",
            "re-import the GeoNames dump into a new file",
        )
    return db
