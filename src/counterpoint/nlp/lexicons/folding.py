"""Folding shared by every lexicon lookup: text -> comparable words."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .shapes import CategoryLexicon

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u02be": "'", "\u02bf": "'", "`": "'",
    "\u00b4": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
})
_POSSESSIVE = re.compile(r"(?<=\w)'s\b", re.IGNORECASE)
_DROPPED = re.compile(r"['.]")  # apostrophes inside names (Hay'at) and dots in acronyms (U.N.)
_SEPARATORS = re.compile(r"[\W_]+")


def surface_tokens(text: str, *, keep_case: bool = False) -> tuple[str, ...]:
    """Words of ``text`` folded for lexicon lookup.

    Curly quotes and transliteration marks become ``'``; diacritics go (Médecins -> Medecins);
    a possessive ``'s`` goes (Hamas's -> Hamas); other apostrophes and dots go (Hay'at -> Hayat,
    U.S. -> US); ``&`` reads "and"; hyphens, slashes, quotes and other punctuation split words.
    Casefolded unless ``keep_case``.
    """
    s = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _DROPPED.sub("", _POSSESSIVE.sub("", s)).replace("&", " and ")
    if not keep_case:
        s = s.casefold()
    return tuple(t for t in _SEPARATORS.split(s) if t)


def category_tokens(lex: CategoryLexicon, text: str) -> tuple[str, ...]:
    """Folded words with the spelling rewrites applied (armored -> armoured, machinegun -> machine gun)."""
    words = list(surface_tokens(text))
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (2, 1):  # spelling keys have one or two words
            key = " ".join(words[i:i + n])
            if len(words) - i >= n and key in lex.spelling:
                out.extend(lex.spelling[key].split())
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)
