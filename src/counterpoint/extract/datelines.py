"""Wire datelines: the city that opens a dateline ("SANAA, Aug 9 (Reuters) -"), which the model
seldom tags in capitals (extract/mentions.py reads it as a place)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .raw_mentions import RawMention

if TYPE_CHECKING:
    from spacy.tokens import Doc


# "SANAA, Aug 9 (Reuters) -", "GENEVA (AFP) --", "MOSCOW, July 29. /TASS/": a wire dateline's city
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")
_MONTHS = rf"(?:{_MONTH}\s+\d|\d{{1,2}}\s+{_MONTH}(?=[\s,]))"  # "Aug 9", "29 Mar" ("Maputo, 29 Mar (AIM) -")
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})"
                       rf"(?=,\s*{_MONTHS}|,?\s*\([A-Z]|,\s*[A-Z][a-z]+\s*\(|\.\s*/[A-Z])"
                       # "Kyiv, Apr 9:", "Kabul, Oct. 3 (IANS)": a city in title case before the date
                       # "(Nairobi, February 21, 2020) –": a rights group's release, year and brackets too
                       r"|^[ \t]*\(?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
                       rf"([A-Z][a-z'’ʼ.-]+(?: [A-Z][a-z'’ʼ.-]+){{0,2}})"
                       rf"(?=,\s*{_MONTHS}\d*(?:,?\s*\d{{4}})?\)?\s*[:(–—-]"
                       # "Sana'a (AsiaNews) - Saudi Arabia denies ...": a city before the agency in brackets
                       r"|\s*\([A-Z][^()\n]{1,40}\)\s*[–—-]\s)"
                       # "PESHAWAR: Pakistani fighter jets ...": a city in capitals and a colon
                       r"|^[ \t]*([A-Z]{3,}(?: [A-Z]{3,}){0,2})(?=:\s)")


def is_dateline(text: str, start: int) -> bool:
    """Does a wire dateline's city start at ``start`` ("SANAA, Aug 9 (Reuters) -")?"""
    line = text.rfind("\n", 0, start) + 1
    m = _match(text, line)
    return m is not None and _city(m)[0] == start


def _match(text: str, line: int) -> re.Match[str] | None:
    """The dateline opening the line, if any: not a title-case opening that names no place
    ("Yesterday, 3 March -", "Update, March 5, 2024 -"), nor a bracket left open or never opened."""
    m = _DATELINE.match(text, line)
    if m is None:
        return None
    words = (m.group(2) or m.group(3) or "").lower().split()
    if any(w.strip(".") in _NOT_DATELINE for w in words):
        return None
    start = _city(m)[0]
    tail = _DATELINE_TAIL.match(text, m.end())
    words_to_dash = text[start - 1 if start > 0 and text[start - 1] == "(" else start:tail.end() if tail else m.end()]
    return m if words_to_dash.count("(") == words_to_dash.count(")") else None


def dateline_span(text: str, at: int) -> tuple[int, int] | None:
    """Where the wire dateline of the line holding ``at`` starts and ends, the words after it
    beginning the story ("TEL AMRA, March 4 - | A local official said"), if the line opens with one."""
    line = text.rfind("\n", 0, at) + 1
    m = _match(text, line)
    if m is None:
        return None
    tail = _DATELINE_TAIL.match(text, m.end())
    if tail is None or re.search(r"\b[a-z]", re.sub(r"\([^()\n]*\)", "", tail.group()[:-2])):
        return None  # "Kabul, Oct. 3 (IANS) The governor said: ...": a word of the story, not of the dateline
    return _city(m)[0], tail.end()


# from the city to the story: the date and agency, then a dash, a colon or TASS's "/TASS/."
_DATELINE_TAIL = re.compile(r"[^\n]{0,60}?(?:\s[–—-]{1,2}\s|:\s|/[A-Z]+/\.?\s)")


def dateline_cities(doc: Doc, text: str) -> list[tuple[int, int, RawMention]]:
    """The city of a wire dateline opening a paragraph, which the model seldom tags in capitals."""
    out = []
    for m in _DATELINE.finditer(text):
        start, end = _city(m)
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or end - start < 3:
            continue
        if m.group(2) is not None and not all(t.pos_ == "PROPN" and t.lower_ not in _NOT_DATELINE for t in span):
            continue  # "Breaking News, Apr 9:", "Yesterday, Apr 9:": a title-case opening that names no place
        if m.group(3) is not None and (any(w.lower() in _NOT_DATELINE for w in m.group(3).split())
                                       or any(t.pos_ in ("PRON", "VERB", "AUX", "DET", "ADV") for t in span)):
            continue  # "UPDATE:", "WHAT HAPPENED:", "KEY POINTS:": a label, not a city
        out.append((span.start, span.end, RawMention(start, end, text[start:end], "place", "dateline")))
    return out


_NOT_DATELINE = {"breaking", "news", "update", "updated", "last", "latest", "live", "yesterday", "today", "on",
                 "note", "editor", "warning", "exclusive", "watch", "read", "also", "photo", "video", "analysis",
                 "opinion", "correction", "source", "sources", "related", "see", "more", "background", "summary",
                 "context", "key", "points", "highlights", "timeline", "what", "why", "how", "reaction", "reactions",
                 "corrected", "residents"}


def _city(m: re.Match[str]) -> tuple[int, int]:
    """The dateline city's span, in capitals or in title case."""
    group = next(g for g in (1, 2, 3) if m.group(g) is not None)
    return m.start(group), m.end(group)
