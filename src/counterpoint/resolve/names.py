"""Match keys for place and person names written in different romanisations.

Three keys, each looser than the one before:

``fold(s)``
    casefolded, diacritics stripped, apostrophes/quotes removed, dashes and other punctuation as
    spaces, whitespace collapsed: ``"Qal‘at al-Maḑīq"`` -> ``"qalat al madiq"``.
``name_key(s)``
    ``fold`` without a leading "the" and without Arabic article particles that precede another
    word: ``"Qalaat al-Mudiq"`` -> ``"qalaat mudiq"``. Equal name keys mean the same written name.
``translit_key(s)``
    a romanisation-insensitive form built from the rules in ``nlp/lexicons/transliteration.json``
    (q/k, ou/o/u, ay/ei/ai, doubled letters, final -a/-ah/-eh/-e, Deir/Dayr, Kharkiv/Kharkov, ...).
    Vowels are kept: "Kabani" and "Kobani" (two towns 200 km apart) have different keys.

``same_name(a, b)`` decides whether two names are spellings of one name: equal name keys, equal
translit keys, or translit tokens whose consonants are identical and whose vowels agree, where a
romanised ``e`` may stand for ``a`` or ``i`` and a single short vowel may be missing between two
consonants next to a sonorant ("Kafr Nbuda" = "Kafr Naboudeh"). A vowel is never exchanged for a
different vowel. ``name_similarity`` is a 0..1 score for ranking candidates that already share
context (same article set, same country); it is not a decision on its own.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from rapidfuzz import fuzz

from ..extract.numlex import number_lexicon

__all__ = [
    "fold",
    "keys_agree",
    "name_key",
    "name_similarity",
    "person_form",
    "place_skeleton",
    "same_given_name",
    "same_name",
    "same_place_name",
    "skeleton",
    "skeleton_of_key",
    "translit_key",
]


@dataclass(frozen=True, slots=True)
class _Rules:
    quotes: frozenset[str]
    dashes: frozenset[str]
    letters: dict[str, str]
    leading: frozenset[str]
    articles: frozenset[str]
    aliases: dict[str, str]
    rewrites: tuple[tuple[re.Pattern[str], str, int], ...]
    vowels: frozenset[str]
    wildcards: dict[str, frozenset[str]]
    consonant_wildcards: dict[str, frozenset[str]]
    sonorants: frozenset[str]
    max_missing: float
    final_vowel: str  # a final vowel that may be missing ("Parakhe" / "Parakh") ...
    final_after: int  # ... after at least this many consonants
    final_not_after: tuple[str, ...]  # ... and never after these endings (Pokrovsk/Pokrovske)


@functools.cache
def _rules() -> _Rules:
    text = resources.files("counterpoint").joinpath("nlp/lexicons/transliteration.json").read_text("utf-8")
    data = json.loads(text)
    aliases = {form: canon for canon, forms in data["token_aliases"].items() for form in (*forms, canon)}
    rewrites = tuple(
        (re.compile(r["pattern"]), r["replace"], int(r.get("min_len", 0))) for r in data["rewrites"]
    )
    return _Rules(
        quotes=frozenset(data["quotes"]),
        dashes=frozenset(data["dashes"]),
        letters=dict(data["fold_letters"]),
        leading=frozenset(data["leading_words"]),
        articles=frozenset(data["articles"]),
        aliases=aliases,
        rewrites=rewrites,
        vowels=frozenset(data["vowels"]),
        wildcards={k: frozenset(v) for k, v in data["wildcard_vowels"].items()},
        consonant_wildcards={k: frozenset(v) for k, v in data.get("wildcard_consonants", {}).items()},
        sonorants=frozenset(data["sonorants"]),
        max_missing=float(data["max_missing_vowels_per_consonants"]),
        final_vowel=data.get("final_vowel_may_drop", {}).get("vowel", ""),
        final_after=int(data.get("final_vowel_may_drop", {}).get("min_consonants", 99)),
        final_not_after=tuple(data.get("final_vowel_may_drop", {}).get("not_after", ())),
    )


@functools.cache
def _given_names() -> dict[str, str]:
    text = resources.files("counterpoint").joinpath("nlp/lexicons/transliteration.json").read_text("utf-8")
    table = json.loads(text).get("given_name_aliases", {})
    return {form: canon for canon, forms in table.items() for form in (*forms, canon)}


# endings of Ukrainian and Russian names, where a first h in one language is a g in the other
SLAVIC_ENDINGS = ("enko", "chuk", "chyk", "iy", "yi", "ii", "ij", "ov", "ova", "ev", "eva", "in", "ina", "sky",
                  "skyi", "skiy", "ska", "ych", "ich", "yuk", "iuk", "uk", "ko", "ia", "iya", "y")


def same_given_name(a: str, b: str) -> bool:
    """``same_name``, or one person's name in two languages' forms ("Volodymyr"/"Vladimir")."""
    if same_name(a, b):
        return True
    fa, fb = fold(a).strip(), fold(b).strip()
    if {fa[:1], fb[:1]} == {"h", "g"} and fa.endswith(SLAVIC_ENDINGS) and fb.endswith(SLAVIC_ENDINGS) \
            and same_name(fa[1:], fb[1:]):
        return True  # Ukrainian h = Russian g: Honcharenko/Goncharenko, Hennadiy/Gennadiy
    given = _given_names()
    ka, kb = given.get(fold(a)), given.get(fold(b))
    if ka is not None and ka == kb:
        return True
    ra, rb = person_form(fa), person_form(fb)
    return (ra, rb) != (fa, fb) and same_name(ra, rb)  # "Zamarai" / "Zemari"


@functools.cache
def _person_rewrites() -> tuple[tuple[re.Pattern[str], str, int], ...]:
    text = resources.files("counterpoint").joinpath("nlp/lexicons/transliteration.json").read_text("utf-8")
    return tuple((re.compile(r["pattern"]), r["replace"], int(r.get("min_len", 0)))
                 for r in json.loads(text).get("person_rewrites", ()))


def person_form(name: str) -> str:
    """A person's name word in its usual form: one of ``given_name_aliases`` as its first form
    ("htun": "tun"), else with transliteration.json's person_rewrites applied (each to words at
    least its ``min_len`` long: "Zamarai", not "Mai"). Used for given names and surnames alike."""
    canon = _given_names().get(name)
    if canon is not None:
        return canon
    for pattern, replace, min_len in _person_rewrites():
        if len(name) >= min_len:
            name = pattern.sub(replace, name)
    return name


@functools.lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Casefold, strip diacritics, drop apostrophes/quotes, dashes and punctuation to spaces."""
    r = _rules()
    out: list[str] = []
    for ch in s:
        if ch in r.quotes:
            continue
        if ch in r.dashes:
            out.append(" ")
            continue
        out.append(ch)
    text = unicodedata.normalize("NFKD", "".join(out).casefold())
    chars: list[str] = []
    for ch in text:
        if unicodedata.combining(ch):
            continue
        ch = r.letters.get(ch, ch)
        chars.append(ch if ch.isalnum() else " ")
    return " ".join("".join(chars).split())


@functools.lru_cache(maxsize=65536)
def name_key(s: str) -> str:
    """``fold`` without a leading "the" and without article particles followed by another word."""
    r = _rules()
    tokens = fold(s).split()
    if len(tokens) > 1 and tokens[0] in r.leading:
        tokens = tokens[1:]
    kept = [t for i, t in enumerate(tokens) if not (t in r.articles and i < len(tokens) - 1)]
    return " ".join(_ordinal(t) for t in kept or tokens)


_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")


def _ordinal(token: str) -> str:
    """An ordinal in figures or words as its number: "6th" and "sixth" Infantry Division are one unit."""
    spelled = number_lexicon().ordinals.get(token)
    if spelled is not None:
        return str(spelled)
    m = _ORDINAL_DIGITS.fullmatch(token)
    return m.group(1) if m else token


def _translit_token(token: str) -> str:
    r = _rules()
    alias = r.aliases.get(token)
    if alias is not None:
        return alias
    for pattern, repl, min_len in r.rewrites:
        if len(token) >= min_len:
            token = pattern.sub(repl, token)
    return token


@functools.lru_cache(maxsize=65536)
def translit_key(s: str) -> str:
    """Romanisation-insensitive key: ``name_key`` rewritten token by token by the data rules."""
    return " ".join(_translit_token(t) for t in name_key(s).split())


def skeleton(s: str) -> str:
    """The consonants of ``translit_key`` without spaces: a retrieval key, never a match decision."""
    return skeleton_of_key(translit_key(s))


def place_skeleton(s: str) -> str:
    """``skeleton`` with each wildcard consonant written as the one it stands for ("Parakh" and
    "Barakh": "brkh"), for place names held in memory and compared with ``same_place_name``. The
    gazetteer stores ``skeleton_of_key``, which keeps every consonant."""
    wild = _rules().consonant_wildcards
    return "".join(min(wild[ch]) if ch in wild else ch for ch in skeleton(s))


def skeleton_of_key(tkey: str) -> str:
    """``skeleton`` from an already computed ``translit_key``."""
    vowels = _rules().vowels
    return "".join(ch for ch in tkey if ch not in vowels and ch != " ")


def _split(token: str, vowels: frozenset[str]) -> tuple[str, list[str]]:
    """Consonants of a token and the vowel runs around them (len(consonants) + 1 gaps)."""
    cons: list[str] = []
    gaps: list[str] = [""]
    for ch in token:
        if ch in vowels:
            gaps[-1] += ch
        else:
            cons.append(ch)
            gaps.append("")
    return "".join(cons), gaps


def _vowels_agree(x: str, y: str, wild: dict[str, frozenset[str]]) -> bool:
    if len(x) != len(y):
        return False
    return all(a == b or b in wild.get(a, ()) or a in wild.get(b, ()) for a, b in zip(x, y))


def _consonants_agree(x: str, y: str, wild: dict[str, frozenset[str]]) -> bool:
    """Consonant for consonant, a wildcard standing for its other writing, but never before "h":
    "kh" and "gh" write two letters of their own (Arabic kha and ghayn: Kharab is not Gharab)."""
    if len(x) != len(y):
        return False
    return all(a == b or ((b in wild.get(a, ()) or a in wild.get(b, ())) and x[i + 1:i + 2] != "h")
               for i, (a, b) in enumerate(zip(x, y)))


def _tokens_agree(x: str, y: str, place: bool = False) -> bool:
    """Same consonants; vowel runs equal or compatible; a short vowel may be missing next to a sonorant."""
    if x == y:
        return True
    r = _rules()
    if r.final_vowel and abs(len(x) - len(y)) == 1:
        short, long_ = sorted((x, y), key=len)
        if long_.endswith(r.final_vowel) and short[-1:] not in r.vowels and not short.endswith(r.final_not_after) \
                and len(_split(short, r.vowels)[0]) >= r.final_after:
            return _tokens_agree(short, long_[:-1], place)  # "parakh" / "parakha": a final vowel dropped
    cx, gx = _split(x, r.vowels)
    cy, gy = _split(y, r.vowels)
    if cx != cy and not (place and _consonants_agree(cx, cy, r.consonant_wildcards)):  # letter for letter
        return False
    if not cx:  # a vowel-only token such as the Persian ezafe "i"/"e"
        return _vowels_agree(x, y, r.wildcards)
    missing = 0
    last = len(gx) - 1
    for k, (a, b) in enumerate(zip(gx, gy)):
        if a == b:
            continue
        if a and b:
            if not _vowels_agree(a, b, r.wildcards):
                return False
            continue
        present = a or b
        if k == 0 or k == last or len(present) != 1:
            return False  # a leading or final vowel, or a long one, is never "missing"
        if not {cx[k - 1], cx[k], cy[k - 1], cy[k]} & r.sonorants:
            return False
        missing += 1
    return missing <= max(1, int(len(cx) * r.max_missing))


def same_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are spellings of one name (see the module docstring)."""
    return _same_name(a, b)


def same_place_name(a: str, b: str) -> bool:
    """``same_name``, where a consonant may also be written as another one romanisation uses for
    it (``wildcard_consonants``: Kurdish "Parakh", Arabic "Barakh"). Places only: "Parry" and
    "Barry" are two people."""
    return _same_name(a, b, True)


@functools.lru_cache(maxsize=65536)
def _same_name(a: str, b: str, place: bool = False) -> bool:
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    return keys_agree(translit_key(a), translit_key(b), place)


@functools.lru_cache(maxsize=65536)
def keys_agree(ta: str, tb: str, place: bool = False) -> bool:
    """``same_name`` on two ``translit_key`` values (used by the gazetteer, which stores keys);
    ``place``: as ``same_place_name``."""
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    xa, xb = ta.split(), tb.split()
    if len(xa) == len(xb) and all(_tokens_agree(p, q, place) for p, q in zip(xa, xb)):
        return True
    # written together or apart: "Omdurman" / "Umm Durman", "Kafranbel" / "Kafr Nabl"
    return len(xa) != len(xb) and _tokens_agree("".join(xa), "".join(xb), place)


def name_similarity(a: str, b: str) -> float:
    """0..1 closeness of two names, for ranking candidates that already share context.

    1.0 for equal name keys; 0.9..1.0 when ``same_name`` holds; otherwise the rapidfuzz ratio of
    the translit keys, capped below 0.9. Do not threshold this to decide identity across
    unrelated candidates: "Kabani" and "Kobani" score high and are different towns.
    """

    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    ratio = fuzz.ratio(translit_key(a), translit_key(b)) / 100.0
    if same_name(a, b):
        return 0.9 + 0.1 * ratio
    return min(ratio, 0.89)
