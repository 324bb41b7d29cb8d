"""The number lexicon and the tokens the number scanner reads (``numparse.py``): ``numbers.json``
typed and loaded once, with its phrases keyed by their first word.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

TOKEN = re.compile(
    r"(?P<iso>(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}"
    r"|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})(?![0-9]))"
    r"|(?P<slash>[0-9]{1,4}(?:/[0-9]{1,4}){1,2}(?![0-9/]))"
    r"|(?P<clock>[0-9]{1,2}:[0-9]{2}(?![0-9]))"
    r"|(?P<num>[0-9]{1,3}(?:[,\u00a0\u202f\u2009][0-9]{3})+(?![0-9])(?:\.[0-9]+)?"
    r"|[0-9]+(?:\.[0-9]+)?|(?<![\w.])\.[0-9]+)"
    r"|(?P<word>[^\W\d_]+(?:['\u2019][^\W\d_]+)*)"
    r"|(?P<sym>\S)"
)
HYPHENS = frozenset("-\u2010\u2011")  # hyphen-minus, hyphen, non-breaking hyphen
DASHES = HYPHENS | {"\u2013", "\u2014"}  # en and em dash
CLOSERS = frozenset(",.;:)!?\"'\u201d\u2019]")
GROUPING = str.maketrans("", "", ",\u00a0\u202f\u2009")
Table = dict[str, list[tuple[tuple[str, ...], Any]]]


@dataclass(frozen=True, slots=True)
class Tok:
    kind: str  # iso | slash | clock | num | word | sym
    start: int
    end: int
    text: str
    low: str



def tokenize(text: str) -> list[Tok]:
    return [Tok(m.lastgroup or "sym", m.start(), m.end(), m.group(), m.group().lower())
            for m in TOKEN.finditer(text)]


def phrase_table(entries: list[tuple[str, Any]]) -> Table:
    """Phrases keyed by their first word, longest first."""
    table: Table = {}
    for phrase, payload in entries:
        words = tuple(t.low for t in tokenize(phrase) if t.low not in HYPHENS)
        if words:
            table.setdefault(words[0], []).append((words, payload))
    for rows in table.values():
        rows.sort(key=lambda r: -len(r[0]))
    return table


class NumberLexicon:
    """numbers.json, typed."""

    def __init__(self, d: dict[str, Any]) -> None:
        def words(key: str) -> frozenset[str]:
            return frozenset(d[key])

        def floats(key: str) -> dict[str, float]:
            return {k: float(v) for k, v in d[key].items()}

        self.units: dict[str, int] = d["units"]
        self.tens: dict[str, int] = d["tens"]
        self.ordinals: dict[str, int] = d["ordinals"]
        self.fractions: dict[str, int] = d["fractions"]  # word -> denominator
        self.months: dict[str, int] = d["months"]
        self.scales, self.scale_abbrevs = floats("scales"), floats("scale_abbrevs")
        self.money_abbrevs = floats("money_scale_abbrevs")
        self.dozen: str = d["dozen"]
        self.half: str = d["half"]
        self.mult = {"hundred": 100.0, self.dozen: 12.0, **self.scales}
        self.ord_suffixes, self.joiners = words("ordinal_suffixes"), words("range_joiners")
        self.change_verbs, self.count_followers = words("change_verbs"), words("count_followers")
        self.year_prev, self.year_next_ok = words("year_prev"), words("year_next_ok")
        self.count_before_year, self.label_prefixes = words("count_before_year"), words("label_prefixes")
        self.one_prev_other, self.one_next_other = words("one_prev_other"), words("one_next_other")
        self.hyphen_count_words = words("hyphen_count_words")  # "40-odd people" still counts people
        self.vague = phrase_table([(e["phrase"], e) for e in d["vague"]])
        self.hedges = phrase_table([(e["phrase"], e) for e in d["hedges"]])
        self.cap_hedges = tuple(e["phrase"] for e in d["hedges"] if e.get("cap"))  # "did not exceed": a ceiling
        self.postfix = phrase_table([(e["phrase"], e) for e in d["postfix_hedges"]])
        self.currency = phrase_table([(p, "money") for p in d["currency_prefix"]])
        self.age_before = phrase_table([(p, "age") for p in d["age_before"]])
        units = [("share", d["percent"]), ("money", d["currency_suffix"]), ("age", d["age_after"]),
                 ("duration", d["duration_units"]), ("measure", d["other_units"]), ("other", d["multiplier_units"]),
                 ("time", d["am_pm"])]
        self.units_after = phrase_table([(p, kind) for kind, ps in units for p in ps])


@cache
def number_lexicon() -> NumberLexicon:
    path = files("counterpoint").joinpath("nlp", "lexicons", "numbers.json")
    return NumberLexicon(json.loads(path.read_text(encoding="utf-8")))
