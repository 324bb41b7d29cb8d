"""Acronyms an article spells out ("HIMARS (High Mobility Artillery Rocket Systems)"), defines
("the Donetsk People's Republic (DPR)") or gives as another name ("X alias Y")."""

from __future__ import annotations

import functools
import re

from .raw_mentions import RawMention


# "HIMARS (High Mobility Artillery Rocket Systems)": the name an acronym stands for is a mention too
ACRONYM_EXPANSION = re.compile(r"\b([A-Z][A-Za-z]?[A-Z]{1,8})s?\s*\(((?:[A-Z][\w'’-]*\s+(?:(?:of|and|the|for)\s+)?)"
                                r"{1,8}[A-Z][\w'’-]*)\)")


def expansions(text: str, found: list[RawMention]) -> list[RawMention]:
    """An acronym the article spells out in brackets ("HIMARS (High Mobility Artillery Rocket
    Systems)"): both words there are mentions of it, whether or not the tagger saw them, of the
    kind the article's other mentions of it have (an organisation when it has none)."""
    named = {m.text: m for m in found}
    out = []
    for x in ACRONYM_EXPANSION.finditer(text):
        if not spells(x.group(1), x.group(2)):
            continue
        m = named.get(x.group(1))
        kind, key = (m.kind, m.key) if m is not None else ("organization", None)
        for g in (1, 2):
            if not any(o.start < x.end(g) and x.start(g) < o.end for o in (*found, *out)):
                out.append(RawMention(x.start(g), x.end(g), x.group(g), kind, "context:expansion", key))
    return out


def spells(acronym: str, words: str) -> bool:
    """Does the acronym take each capitalised word's first letter, in order, and perhaps a later
    letter or two of it ("HIMARS": HIgh Mobility Artillery Rocket System; "IS": Islamic State)?"""
    letters = "".join(ch for ch in acronym if ch.isupper()).lower()
    parts = [w.lower() for w in words.split() if w[:1].isupper()]
    if len(letters) < 2 or not parts:
        return False

    @functools.cache
    def fits(i: int, j: int) -> bool:  # letters[i:] from parts[j:]
        if j == len(parts):
            return i == len(letters)
        word = parts[j]
        if i >= len(letters) or word[0] != letters[i]:
            return False
        k, at = i + 1, 1  # the word's own later letters may follow its first
        while True:
            if fits(k, j + 1):
                return True
            if k >= len(letters):
                return False
            found = word.find(letters[k], at)
            if found < 0:
                return False
            k, at = k + 1, found + 1
    return fits(0, 0)


_ALIAS_BEFORE = re.compile(r"\b(?:alias|aka|a\.k\.a\.|nicknamed|nom de guerre)\s+$", re.IGNORECASE)
_ALIAS_AFTER = re.compile(r"^\s+(?:alias|aka|a\.k\.a\.)\b", re.IGNORECASE)


def aliased(text: str, start: int, end: int) -> bool:
    """Is the name one side of "X alias Y" (a person's other name)?"""
    return bool(_ALIAS_BEFORE.search(text[max(0, start - 20):start]) or _ALIAS_AFTER.match(text[end:end + 12]))


# "the Donetsk People's Republic (DPR)": the acronym a name defines is a mention too
BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]?[A-Z]{1,6})\)")
