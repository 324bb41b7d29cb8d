"""Plain-text articles: a metadata header at the top, then the body the offsets refer to.

Header forms recognised at the top of a text (keys ``date source title url author``, any case;
leading blank lines and indentation allowed, blank lines between header lines allowed):

* ``key: value`` lines (the colon form). Always a header line, whatever the value; a ``date:``
  whose value is not a date gives an ``InputWarning`` and no date.
* ``key value`` lines without a colon. ``date`` and ``url`` count only when the value is a date /
  a URL; ``source``, ``title`` and ``author`` count only in a block that also holds a colon-less
  ``date`` or ``url`` line (so a first line "Source says ..." stays in the body).
* the run-on form, where the date runs straight into the body on the same line:
  `` date 2019-05-25 MOSCOW, May 25. /TASS/. ...`` -> date ``2019-05-25``, body ``MOSCOW, ...``.
  The value must look like a date, so "Date palms burned ..." is body.
* Markdown front matter: ``---`` / ``key: value`` lines / ``---`` (unknown keys ignored).

The body is the text after the header with leading and trailing white space dropped; nothing
inside it is changed (line endings included), so ``body == text[start:end]``.
``author`` is recognised and removed from the body, but ``Article`` has no field for it.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from ..errors import InputError
from .decode import InputWarning

log = logging.getLogger(__name__)

HEADER_KEYS = ("date", "source", "title", "url", "author")
ARTICLE_FIELDS = ("source", "date", "title", "url")

_EMPTY_HINT = "give the article text after any header lines"


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read, before ids are given and duplicates dropped."""

    text: str
    path: str
    source: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Header:
    """What :func:`split_header` found: raw header values and where the body lies in the text."""

    fields: Mapping[str, str] = field(default_factory=dict)
    start: int = 0
    end: int = 0


# --------------------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TZ_NAMES = "BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|PST|PDT|IST|AST"
_TZ = rf"(?:Z|[+-]\d{{2}}:?\d{{2}}|\s*(?:GMT|UTC)(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?|\s+(?:{_TZ_NAMES}))"
_ISO_TIME = rf"(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?{_TZ}?)?"
_TIME = rf"(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?{_TZ}?)?"
_SUFFIX = r"(?:st|nd|rd|th)?"

# Each pattern names its parts y, m (number) or mon (name), d; a/b are an ambiguous d/m pair.
_DATE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"{_WEEKDAY}(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_ISO_TIME}",
        rf"{_WEEKDAY}(?P<y>\d{{4}})[/.](?P<m>\d{{1,2}})[/.](?P<d>\d{{1,2}}){_TIME}",
        rf"{_WEEKDAY}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}){_TIME}",
        rf"{_WEEKDAY}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}){_TIME}",
        rf"{_WEEKDAY}(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}}){_SUFFIX},?\s+(?P<y>\d{{4}}){_TIME}",
        rf"{_WEEKDAY}(?P<d>\d{{1,2}}){_SUFFIX}\s+(?:of\s+)?(?P<mon>{_MONTH})\.?,?\s+(?P<y>\d{{4}}){_TIME}",
    )
]
_DATEPARSER_SETTINGS = {
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _match_date(s: str, pos: int = 0) -> re.Match[str] | None:
    """The longest date-looking stretch starting at ``s[pos]``, or None."""
    best: re.Match[str] | None = None
    for pattern in _DATE_PATTERNS:
        m = pattern.match(s, pos)
        if m and (best is None or m.end() > best.end()):
            best = m
    return best


def _iso_from_match(m: re.Match[str]) -> str | None:
    parts = m.groupdict()
    year = int(parts["y"])
    if parts.get("mon"):
        month = _MONTHS[parts["mon"][:3].lower()]
        day = int(parts["d"])
    elif parts.get("a"):
        a, b = int(parts["a"]), int(parts["b"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        elif a == b:
            day = month = a
        else:
            return None  # 05/06/2019: day-first or month-first? Refuse to guess.
    else:
        month, day = int(parts["m"]), int(parts["d"])
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _strip_value(value: str) -> str:
    """Outer white space off, then trailing punctuation attached to the value ("May 25, 2019.")."""
    return value.strip().rstrip(".,;")


def looks_like_date(value: str) -> bool:
    """True when the whole value has the shape of a date (it may still be an impossible one)."""
    v = _strip_value(value)
    m = _match_date(v)
    return m is not None and m.end() == len(v)


def parse_date(value: str) -> str | None:
    """An ISO ``yyyy-mm-dd`` for a date string, or None when it is not (clearly) a date.

    Fixed forms first (ISO with or without time, ``2019/05/25``, ``25.05.2019``, ``May 25, 2019``,
    ``25 May 2019``, ``Wednesday 03 July 2019 08:39 BST``); then dateparser for other languages
    and odd spellings, accepted only when the value spells out a four-digit year (no "yesterday").
    An ambiguous ``05/06/2019`` gives None.
    """
    v = _strip_value(value)
    if not v:
        return None
    m = _match_date(v)
    if m is not None and m.end() == len(v):
        return _iso_from_match(m)
    years = re.findall(r"(?<!\d)\d{4}(?!\d)", v)
    if not years or len(v) > 80:
        return None
    import dateparser

    parsed = dateparser.parse(v, settings=_DATEPARSER_SETTINGS)  # type: ignore[arg-type]
    if parsed is None or f"{parsed.year:04d}" not in years:
        return None
    return parsed.date().isoformat()


def normalize_date(value: str | None, label: str) -> str | None:
    """``parse_date`` with an ``InputWarning`` naming ``label`` when the value is not a date."""
    if value is None or not value.strip():
        return None
    iso = parse_date(value)
    if iso is None:
        warnings.warn(
            f"{label}: date {value.strip()!r} is not a date I can read (use yyyy-mm-dd); left empty",
            InputWarning,
            stacklevel=2,
        )
    return iso


# --------------------------------------------------------------------------- header

_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|\Z)")
_WS = re.compile(r"\s*")
_KEY = re.compile(
    r"[^\S\r\n]*(?P<key>date|source|title|url|author)"
    r"(?:(?P<colon>[^\S\r\n]*:)[^\S\r\n]*|[^\S\r\n]+)(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_RUNON_GAP = re.compile(r"[^\S\r\n]+(?=\S)")
_FRONT_FENCE = re.compile(r"[^\S\r\n]*---[^\S\r\n]*")
_FRONT_LINE = re.compile(r"[^\S\r\n]*(?P<key>[A-Za-z_][\w-]*)[^\S\r\n]*:[^\S\r\n]*(?P<rest>.*)", re.DOTALL)
_MAX_WEAK_WORDS = 6  # a colon-less "source X" / "author X" longer than this is a sentence


@dataclass(frozen=True, slots=True)
class _Line:
    kind: str  # "strong" | "weak" | "runon"
    key: str
    value: str
    colon: bool
    end: int  # where the next line (or, for a run-on, the body) starts


def _lines(text: str, pos: int) -> Iterator[tuple[int, int, int]]:
    """(content start, content end, next line start) for each line from ``pos``."""
    n = len(text)
    while pos < n:
        m = _LINE.match(text, pos)
        assert m is not None
        yield m.start(1), m.end(1), m.end()
        pos = m.end()


def _classify(text: str, start: int, end: int, nxt: int) -> _Line | None:
    content = text[start:end]
    m = _KEY.fullmatch(content)
    if m is None:
        return None
    key = m.group("key").lower()
    colon = m.group("colon") is not None
    rest = m.group("rest")
    value = rest.strip()
    if key == "date":
        if looks_like_date(value):
            return _Line("strong", key, value, colon, nxt)
        d = _match_date(rest)
        gap = _RUNON_GAP.match(rest, d.end()) if d else None
        if d and gap:
            body_at = start + m.start("rest") + gap.end()
            return _Line("runon", key, d.group(0), colon, body_at)
        return _Line("strong", key, value, colon, nxt) if colon else None
    if colon:
        return _Line("strong", key, value, colon, nxt)
    if key == "url":
        return _Line("strong", key, value, colon, nxt) if _URL.fullmatch(value) else None
    if not value or (key != "title" and len(value.split()) > _MAX_WEAK_WORDS):
        return None
    return _Line("weak", key, value, colon, nxt)


def _front_matter(text: str, pos: int) -> tuple[dict[str, str], int] | None:
    """Markdown/YAML-style front matter starting at ``pos``: (fields, end) or None."""
    lines = _lines(text, pos)
    first = next(lines, None)
    if first is None or not _FRONT_FENCE.fullmatch(text[first[0] : first[1]]):
        return None
    found: dict[str, str] = {}
    for count, (s, e, nxt) in enumerate(lines):
        content = text[s:e]
        if _FRONT_FENCE.fullmatch(content):
            return found, nxt
        if count > 40:
            return None
        if not content.strip():
            continue
        m = _FRONT_LINE.fullmatch(content)
        if m is None:
            return None
        key, value = m.group("key").lower(), m.group("rest").strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if key in HEADER_KEYS and key not in found:
            found[key] = value
    return None


def _body_bounds(text: str, pos: int) -> tuple[int, int]:
    start = _WS.match(text, pos).end()  # type: ignore[union-attr]
    end = len(text.rstrip())
    return start, max(start, end)


def split_header(text: str) -> Header:
    """Find the metadata header at the top of ``text``; see the module docstring for the forms."""
    pos = _WS.match(text).end()  # type: ignore[union-attr]
    front = _front_matter(text, pos)
    if front is not None:
        found, after = front
        return Header(found, *_body_bounds(text, after))

    block: list[_Line] = []
    for s, e, nxt in _lines(text, pos):
        if not text[s:e].strip():
            continue
        line = _classify(text, s, e, nxt)
        if line is None:
            break
        block.append(line)
        if line.kind == "runon":
            break
    allow_weak = any(ln.kind == "runon" or (ln.kind == "strong" and not ln.colon) for ln in block)
    found = {}
    body_at = pos
    for line in block:
        if line.kind == "weak" and not allow_weak:
            break
        if line.key in found:
            log.debug("header key %r given twice; keeping the first", line.key)
        else:
            found[line.key] = line.value
        body_at = line.end
    return Header(found, *_body_bounds(text, body_at))


def article_from_text(
    text: str,
    label: str,
    given: Mapping[str, str | None] | None = None,
) -> RawArticle:
    """Strip the header from ``text`` and build the article; fields in ``given`` (JSON) win.

    Raises ``InputError`` when no body is left; warns (``InputWarning``) about a bad date.
    """
    header = split_header(text)
    body = text[header.start : header.end]
    if not body.strip():
        raise InputError(f"{label}: empty article (no text after the header)", _EMPTY_HINT)
    values: dict[str, str | None] = {k: (header.fields.get(k) or None) for k in ARTICLE_FIELDS}
    if "author" in header.fields:
        log.debug("%s: author %r is not kept (articles have no author field)", label, header.fields["author"])
    for key, value in (given or {}).items():
        if value is not None and value.strip():
            values[key] = value.strip()
    return RawArticle(
        text=body,
        path=label,
        source=values["source"],
        date=normalize_date(values["date"], label),
        title=values["title"],
        url=values["url"],
    )
