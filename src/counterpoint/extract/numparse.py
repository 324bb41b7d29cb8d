"""Pure number and quantity parsing: "up to 350", "more than 800", "dozens" -> hedged inclusive bounds.

No spaCy here. The knowledge (number words, hedge phrases and the bound each implies, units that
make a number a non-count) lives in ``nlp/lexicons/numbers.json``; this module only scans tokens.

Bounds are inclusive (the gold-case conventions): "more than 800" is low 801, "almost 40" high 39,
"about 600" low = high = 600 with ``approx``. The +/-1 step applies to whole numbers written
without a decimal point, and never to shares or money (continuous quantities). Dates and times
carry ``value = low = high = None``; callers keep count/share/money and skip the other kinds.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .numlex import CLOSERS, DASHES, GROUPING, HYPHENS, Table, Tok, number_lexicon, tokenize

__all__ = ["NumberMatch", "find_numbers", "parse_number"]

_NONE: tuple[None, None, bool] = (None, None, False)


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """One numeric expression: its span (hedge + number [+ unit for non-counts]) and bounds."""

    start: int
    end: int
    text: str
    value: float | None  # the number as written (lower end for ranges)
    low: float | None  # inclusive; None = open
    high: float | None
    approx: bool
    hedge: str | None  # up_to | at_least | more_than | less_than | almost | about | range | vague | None
    kind: str  # count | share | money | measure | date | time | year | age | ordinal | duration | other


@dataclass(frozen=True, slots=True)
class _Core:
    """A bare number: its value and the token index after it."""

    value: float
    end: int
    scale: float = 1.0  # the multiplier written last ("ten million" -> 1e6), for "five to ten million"
    decimal: bool = False
    digits: bool = False
    vague: bool = False
    ordinal: bool = False


def _low_end(c1: _Core, c2: _Core | None) -> float:
    """The lower end of a range, borrowing the upper end's multiplier: "five to ten million"."""
    if c2 is not None and c1.scale == 1 and c2.scale > 1 and c1.value * c2.scale <= c2.value:
        return c1.value * c2.scale
    return c1.value


def _bounds(v: float, bound: str | None, exact_int: bool) -> tuple[float | None, float | None, bool]:
    step = 1.0 if exact_int else 0.0
    return {
        "max": (None, v, False), "min": (v, None, False), "gt": (v + step, None, False),
        "lt": (None, v - step, False), "almost": (None, v - step, True),
    }.get(bound or "", (v, v, bound == "approx"))


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text, self.toks, self.lex = text, tokenize(text), number_lexicon()

    def tok(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def w(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def glued(self, i: int) -> bool:
        """Token i touches token i-1 (no space between)."""
        return 0 < i < len(self.toks) and self.toks[i].start == self.toks[i - 1].end

    def prev_word(self, i: int) -> str:
        """The lower-cased token before i, skipping a hyphen or a full stop."""
        return self.w(i - 2) if self.w(i - 1) in HYPHENS or self.w(i - 1) == "." else self.w(i - 1)

    def small_int(self, k: int) -> int | None:
        t = self.tok(k)
        return int(t.text) if t and t.kind == "num" and t.text.isdigit() and len(t.text) <= 4 else None

    def match(self, i: int, table: Table) -> tuple[int, Any] | None:
        """Longest phrase of ``table`` at token i ('.' optional, glued hyphens between words skipped)."""
        if self.w(i) in HYPHENS and self.glued(i) and table is not self.lex.hedges:
            i += 1
        for words, payload in table.get(self.w(i), ()):
            k = i
            for n, p in enumerate(words):
                if n and self.w(k) in HYPHENS and self.glued(k):
                    k += 1
                if p == "." and self.w(k) != ".":
                    continue
                if self.w(k) != p:
                    break
                k += 1
            else:
                return k, payload
        return None

    def core(self, j: int, allow_and: bool = True, money: bool = False) -> _Core | None:
        """A number at token j: digits (+ multiplier), number words, "a dozen", or a vague plural."""
        t, lex = self.tok(j), self.lex
        if t is None or t.kind not in ("num", "word"):
            return None
        if t.kind == "num":
            v, scale, k, decimal = float(t.text.translate(GROUPING)), 1.0, j + 1, "." in t.text
            nxt = self.tok(k)
            if nxt is not None and nxt.kind == "word" and self.glued(k):
                loose = money or decimal or nxt.text.isupper()  # $5m, 1.2m, 35M; a bare 10m is metres
                s = lex.scale_abbrevs.get(nxt.low) or (lex.money_abbrevs.get(nxt.low) if loose else None)
                if s:
                    v, scale, k = v * s, s, k + 1
                elif nxt.low in lex.ord_suffixes and t.text.isdigit():
                    return _Core(v, k + 1, digits=True, ordinal=True)
            else:
                while (s := lex.mult.get(self.w(k), 0.0)) > scale:  # 1.5 million, 3 hundred thousand
                    v, scale, k = v * s, s, k + 1
            return _Core(v, k, scale, decimal, digits=True) if math.isfinite(v) else None
        m = self.match(j, lex.vague)
        if m and (not m[1].get("next") or self.w(m[0]) in m[1]["next"]):
            return _Core(float(m[1]["low"]), m[0], vague=True)
        if t.low == lex.half and self.w(j + 1) in ("a", "an") and self.w(j + 2) in lex.mult:
            return _Core(0.5 * lex.mult[self.w(j + 2)], j + 3, lex.mult[self.w(j + 2)])
        return self.words(j, allow_and)

    def words(self, j: int, allow_and: bool) -> _Core | None:
        """Spelled numbers: "twenty-eight", "one hundred and twenty", "a million", "twenty-first"."""
        lex = self.lex
        total, cur, last, scale, scale_cap, k = 0.0, 0.0, "", 1.0, math.inf, j
        if self.w(j) in ("a", "an") and self.w(j + 1) in lex.mult:
            cur, last, k = 1.0, "unit", j + 1
        while True:
            kk = k + 1 if last and self.w(k) in HYPHENS and self.glued(k) and self.glued(k + 1) else k
            w = self.w(kk)
            if w in lex.units and last in ("", "scale", "hundred", "and"):
                cur, last = cur + lex.units[w], "unit" if lex.units[w] < 10 else "teen"
            elif w in lex.tens and last in ("", "scale", "hundred", "and"):
                cur, last = cur + lex.tens[w], "tens"
            elif w in lex.units and 0 < lex.units[w] < 10 and last == "tens":
                cur, last = cur + lex.units[w], "unit_t"
            elif w in lex.ordinals and lex.ordinals[w] < 10 and last == "tens":
                return _Core(cur + lex.ordinals[w], kk + 1, ordinal=True)
            elif w == "hundred" and last in ("unit", "teen", "tens", "unit_t") and cur < 100:
                cur, last, scale = cur * 100, "hundred", max(scale, 100.0)
            elif w == lex.dozen and last in ("unit", "teen", "tens", "unit_t"):
                return _Core(total + cur * 12, kk + 1, 12.0)
            elif w in lex.scales and last not in ("", "scale", "and") and lex.scales[w] < scale_cap:
                total, cur, last, scale_cap = total + cur * lex.scales[w], 0.0, "scale", lex.scales[w]
                scale = max(scale, lex.scales[w])
            elif (w == "and" and allow_and and last in ("hundred", "scale")
                  and (self.w(kk + 1) in lex.units or self.w(kk + 1) in lex.tens)):
                last = "and"
            else:
                break
            k = kk + 1
        if last:
            return _Core(total + cur, k, scale)
        ordinal = lex.ordinals.get(self.w(j))
        return _Core(float(ordinal), j + 1, ordinal=True) if ordinal is not None else None

    def month_at(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and t.kind == "word" and t.low in self.lex.months and t.text[0].isupper()

    def date_tail(self, k: int) -> int:
        """After a day and its month: an optional ', 2019' or ' 2019'."""
        kk = k + 1 if self.w(k) == "," else k
        return kk + 1 if (self.small_int(kk) or 0) >= 1000 else k

    def month_date(self, j: int) -> int | None:
        """'May 21', 'Oct. 12th, 2019', 'May 2019' starting at a month word: the end token index."""
        k = j + 2 if self.w(j + 1) == "." else j + 1
        day = self.small_int(k)
        if day is not None and day >= 1000:
            return k + 1
        if day is None or not 1 <= day <= 31:
            return None
        k += 2 if self.w(k + 1) in self.lex.ord_suffixes and self.glued(k + 1) else 1
        if self.w(k) in DASHES and (self.small_int(k + 1) or 99) <= 31:
            k += 2  # May 21-22
        elif self.w(k) in ("and", "to", "through", "until") and self.prev_word(j) in ("between", "from") \
                and (self.small_int(k + 1) or 99) <= 31:
            k += 2  # between March 23 and 31
        elif self.w(k) in ("to", "through", "until") and day < (self.small_int(k + 1) or 99) <= 31 \
                and 1900 <= (self.small_int(k + 3 if self.w(k + 2) == "," else k + 2) or 0) <= 2100:
            k += 2  # "the night of February 15 to 16, 2020": the year says the second day is a date too
        return self.date_tail(k)

    def make(self, i: int, k: int, value: float | None, bounds: tuple[float | None, float | None, bool],
             hedge: str | None, kind: str) -> tuple[NumberMatch, int]:
        s, e = self.toks[i].start, self.toks[k - 1].end
        return NumberMatch(s, e, self.text[s:e], value, bounds[0], bounds[1], bounds[2], hedge, kind), k

    def parse_at(self, i: int) -> tuple[NumberMatch, int] | None:
        """The numeric expression starting at token i, and the token index after it."""
        lex, t = self.lex, self.toks[i]
        if t.kind in ("iso", "slash"):
            return self.make(i, i + 1, None, _NONE, None, "date" if t.text.count("/") != 1 else "other")
        hm = self.match(i, lex.hedges)
        j, hedge = hm if hm else (i, None)
        key, bound = (hedge["key"], hedge["bound"]) if hedge else (None, None)
        untimed = (None, None, bound in ("approx", "almost"))  # dates and times carry no bounds
        if self.tok(j) is not None and self.toks[j].kind == "clock":
            m = self.match(j + 1, lex.units_after)
            return self.make(i, m[0] if m and m[1] == "time" else j + 1, None, untimed, key, "time")
        if hedge is None and self.month_at(i):
            end = self.month_date(i)
            return self.make(i, end, None, _NONE, None, "date") if end else None
        if self.w(j) in ("a", "an") and self.w(j + 1) in lex.fractions and self.w(j + 2) == "of":
            v = round(100.0 / lex.fractions[self.w(j + 1)], 2)  # "a third of" is a share
            return self.make(i, j + 2, v, _bounds(v, bound, False), key, "share")
        kind: str | None = None
        if cm := self.match(j, lex.currency):
            kind, j = "money", cm[0]
        elif hedge is None and (am := self.match(j, lex.age_before)):
            kind, j = "age", am[0]
        range_word = None
        if self.w(j) == "between" or (self.w(j) == "from" and self.prev_word(j) not in lex.change_verbs):
            range_word, j = self.w(j), j + 1
            if cm := self.match(j, lex.currency):
                kind, j = "money", cm[0]
        c1 = self.core(j, allow_and=range_word != "between", money=kind == "money")
        if c1 is None:
            return None
        k, c2 = c1.end, None
        if not (c1.vague or c1.ordinal):
            pm = self.match(k, lex.postfix) if hedge is None and range_word is None else None
            if pm and (not pm[1].get("glued") or self.glued(k)):
                k, hedge = pm
                key, bound = hedge["key"], hedge["bound"]
            else:
                c2, k = self.range_end(j, c1, k, range_word, kind == "money")
        if range_word and c2 is None:
            return None
        if kind is None and c1.vague:
            return self.make(i, k, c1.value, (c1.value, None, True), "vague", "count")
        if kind is None and c2 is None and key is None and (end := self.day_month(c1, k)):
            return self.make(i, end, None, _NONE, None, "date")
        if kind is None and c2 is not None and key is None and c1.digits and c1.value <= 31 \
                and (end := self.day_month(c2, k)):
            return self.make(i, end, None, _NONE, None, "date")  # "23-24 March"
        um = self.match(k, lex.units_after) if kind is None and not c1.ordinal else None
        if hedge is not None and hedge.get("units_only") and not (um and um[1] == "measure"):
            return None  # "as far as 80 km" bounds a distance; "as far back as 2014" no count
        first, after = self.toks[j], self.tok(k)
        if hedge is not None and hedge.get("verb") and c2 is None and not um and first.text.isdigit() \
                and len(first.text) == 4 and 1900 <= c1.value <= 2100 and c1.value % 100 \
                and (after is None or after.kind != "word"):
            return None  # "surpassing 2022,": a year compared with, read on its own ("topped 2000 people" counts)
        if kind is None and c2 is None and re.fullmatch(r"0[0-9][0-5][0-9]", self.toks[j].text):
            end = um[0] if um and um[1] in ("time", "duration") else k
            return self.make(i, end, None, untimed, key, "time")
        if um:
            k, kind = um
        elif kind is None and c2 is None and (fm := self.fraction(c1, k)):
            return self.make(i, fm[0], fm[1], _bounds(fm[1], bound, False), key, "share")
        elif kind is None:
            kind = self.count_kind(j, c1, c2, k, key)
            if kind in ("other", "year") and self.w(k).isalpha() and self.glued(k):
                k += 1  # 1990s, 5G
            elif kind == "measure":
                k += 2  # "300-bed": the size's word is part of it
        if kind == "time":
            return self.make(i, k, None, untimed, key, "time")
        v1 = _low_end(c1, c2)
        exact_int = v1.is_integer() and not c1.decimal and kind not in ("share", "money")
        if c2 is None:
            return self.make(i, k, v1, _bounds(v1, bound, exact_int), key, kind)
        lo, hi = _bounds(v1, bound, exact_int)[0], _bounds(c2.value, bound, exact_int)[1]
        if bound in (None, "approx"):
            lo, hi = v1, c2.value
        return self.make(i, k, v1, (lo, hi, bound in ("approx", "almost")), "range", kind)

    def range_end(
        self, j: int, c1: _Core, k: int, range_word: str | None, money: bool
    ) -> tuple[_Core | None, int]:
        """The upper end of 'N to M', 'between N and M', 'from N to M', 'N-M', 'N or M'."""
        joiner = self.w(k)
        ok = {"between": {"and"}, "from": {"to"} | DASHES}.get(range_word or "", self.lex.joiners)
        if joiner not in ok or (range_word is None and self.prev_word(j) == "from"):
            return None, k  # "rose from 10 to 20" is a change, not a range
        kk = k + 1
        if joiner in DASHES and self.w(kk) == "to" and self.w(kk + 1) in DASHES and self.glued(kk + 2):
            kk += 2  # "the 100-to-300 spectrum"
        if cm := self.match(kk, self.lex.currency):
            kk, money = cm[0], True
        c2 = self.core(kk, allow_and=range_word != "between", money=money)
        if c2 is None or c2.vague or c2.ordinal or (joiner in DASHES and not (c1.digits and c2.digits)):
            return None, k
        v1 = _low_end(c1, c2)
        if v1 > c2.value or (joiner == "or" and v1 == c2.value):
            return None, k
        return c2, c2.end

    def day_month(self, c: _Core, k: int) -> int | None:
        """'21 May', '21st of May 2019' after a day number: the end token index."""
        if not c.digits or c.decimal or c.scale != 1 or not 1 <= c.value <= 31:
            return None
        kk = k + 1 if self.w(k) == "of" else k
        return self.date_tail(kk + 1) if self.month_at(kk) else None

    def fraction(self, c: _Core, k: int) -> tuple[int, float] | None:
        """'two-thirds', 'one quarter' -> a share in percent."""
        kk = k + 1 if self.w(k) in HYPHENS and self.glued(k) else k
        den = self.lex.fractions.get(self.w(kk))
        if den and not c.decimal and c.scale == 1 and 1 <= c.value < den:
            return kk + 1, round(100.0 * c.value / den, 2)
        return None

    def count_kind(self, j: int, c1: _Core, c2: _Core | None, k: int, key: str | None) -> str:
        """count, or a non-count kind from the number's shape and neighbours."""
        lex, nxt, prev, first = self.lex, self.tok(k), self.prev_word(j), self.toks[j]
        if c1.ordinal:
            return "ordinal"
        if c2 is None and self.w(k) in HYPHENS and self.glued(k) and (word := self.tok(k + 1)) is not None \
                and word.kind == "word" and word.text.islower() and self.glued(k + 1) \
                and word.low not in lex.hyphen_count_words:
            return "measure"  # "a five-star resort", "a 300-bed hospital", "500-pound bombs": a size, not a count
        if c1.digits and c2 is None and not self.glued(j) and _model_name(self.tok(j - 1)) \
                and "\n" not in self.text[self.toks[j - 1].end:first.start]:
            return "other"  # "Mirage 2000 jets": a model's designation
        if first.low == "one" and c1.end == j + 1 and c2 is None and (
                self.w(k) in lex.one_next_other or prev in lex.one_prev_other):
            return "other"  # one of them, no one
        if not c1.digits:
            return "count"
        if nxt is not None and nxt.kind == "word" and self.glued(k):
            if nxt.low == "s":
                return "year" if 1900 <= c1.value <= 2099 else "other"  # 1990s
            if len(nxt.text) <= 2 or not nxt.text.islower():
                return "other"  # 5G, 4x4
        if first.text.startswith("0") and first.text.isdigit() and len(first.text) > 1:
            return "other"  # 007
        yearish = first.text.isdigit() and len(first.text) == 4 and 1900 <= c1.value <= 2100
        if key is None and yearish and c2 is None:
            if prev in lex.count_before_year:
                return "count"
            if nxt is None or (nxt.kind == "sym" and nxt.low in CLOSERS):
                return "year"
            if prev in lex.year_prev or self.month_at(j - 1) or nxt.kind != "word":
                return "year"  # in 1988, mid-2019
            w = nxt.low  # a plural or a verb after it makes it a count: "2019 ballots", "2000 fled"
            plural = w.endswith("s") and nxt.text != nxt.text.upper() and w not in lex.year_next_ok
            return "count" if plural or w.endswith("ed") or w in lex.count_followers else "year"
        if key is None and yearish and c2 is not None and 1900 <= c2.value <= 2100 and c2.scale == 1:
            return "year"  # 1992-1994
        if key is not None:
            return "count"
        line = self.text[self.text.rfind("\n", 0, first.start) + 1 : first.start].strip()
        if c2 is None and c1.value <= 50 and line in ("", "(") and self.glued(k) and self.w(k) in (")", "."):
            return "other"  # a list item "1)" or "2." opening a line
        if not self.glued(j):
            label = self.tok(j - 2 if self.w(j - 1) == "." else j - 1)
            is_label = label is not None and label.low in lex.label_prefixes and label.text[0].isupper()
            return "other" if is_label else "count"  # Resolution 2254, No. 5
        before = self.toks[j - 1]
        if before.kind == "word" and (len(before.text) <= 2 or not before.text.islower()):
            return "other"  # MH17, G7
        if before.low in ("+", "\u2212"):
            return "other"  # GMT+4
        if before.low in HYPHENS and self.glued(j - 1):
            word = self.toks[j - 2]
            if word.kind == "num" or (word.kind == "word" and (len(word.text) == 1 or word.text != word.low)):
                return "other"  # T-72, Su-25, COVID-19
        return "count"


def _model_name(word: Tok | None) -> bool:
    """A capitalised word that names a weapon or aircraft (weapons.json), before a number that
    completes its designation ("Mirage 2000", "Boeing 737" is not in it)."""
    if word is None or word.kind != "word" or not word.text[:1].isupper():
        return False
    from ..nlp.lexicons import weapon_named  # the weapons lexicon; loaded once there

    return weapon_named(word.text) is not None


def find_numbers(text: str) -> list[NumberMatch]:
    """Every numeric expression in ``text``, in order and non-overlapping, offsets into ``text``."""
    if not isinstance(text, str):
        return []
    scanner, out, i = _Scanner(text), [], 0
    while i < len(scanner.toks):
        found = scanner.parse_at(i) if scanner.toks[i].low not in DASHES else None
        if found is None:
            i += 1
        else:
            out.append(found[0])
            i = max(found[1], i + 1)
    return out


def parse_number(text: str) -> float | None:
    """The number a short phrase spells ("Twelve", "1.5 million", "a dozen"); None if it is not one."""
    if not isinstance(text, str):
        return None
    scanner = _Scanner(text.strip())
    c = scanner.core(0) if scanner.toks else None
    if c is None or c.vague or c.ordinal:
        return None
    if any(t.kind != "sym" or t.low not in ".,;:!?" for t in scanner.toks[c.end :]):
        return None
    return c.value


@lru_cache(maxsize=16384)  # asked for each pair a figure is compared in
def vague_most(text: str) -> float | None:
    """The most a vague count can mean, when its word has one ("hundreds of people": 1,499, as
    writers stretch it toward "thousands"); None for words used loosely for far more ("dozens",
    "thousands"), for a word scaling a larger number ("several hundred thousand"), and for anything
    that is not a vague count."""
    if not isinstance(text, str):
        return None
    scanner = _Scanner(text.strip())
    m = scanner.match(0, scanner.lex.vague) if scanner.toks else None
    if m is None or m[1].get("high") is None or scanner.w(m[0]) in scanner.lex.mult:
        return None  # "several hundred thousand": the word scales a larger number
    return float(m[1]["high"])
