"""Place names as framing: one place named by the name one party uses and by another ("the town of
Shushi in Artsakh" / "Shusha, in Nagorno-Karabakh"; "Kosovo and Metohija" / "northern Kosovo";
"the Donetsk People's Republic" / "the occupied Donetsk region"). The names and whose usage each
marks are data (labels.json ``place_names``); here they are found in the text and compared.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from ..extract.quotes import quoted_spans
from ..nlp.lexicons import labels
from ..nlp.lexicons.shapes import Place, PlaceName
from .candidates import Corpus
from .findings import MAX_EVIDENCE, Draft, listing

HOW_TOLD = {"plain": "", "distanced": " at a distance", "quoted": " in a quotation"}
USES_SHOWN = 2  # an article's uses of one place's names shown, the most telling first
APOSTROPHES = "['\u2019\u02bc]"
# right before a name, words that keep the article off it: an opening quote (not a plural's
# apostrophe, "the rebels' Artsakh army"), or a name it reports others give ("which Armenians call
# Artsakh", "known to Armenians as"; not "named Artsakh's defence minister"); distancing words come
# from labels.json
OPENING_QUOTE = re.compile(r"(?:^|[\s(])[\"\u201c\u2018']$")
GLOSS = re.compile(r"(?:\b(?:call|calls|called|dub|dubs|dubbed|name|names|named)\s+(?:it\s+|its\s+|the\s+)?"
                   r"|\bknown\s+(?:to\s+[\w\s]{1,30}?\s+)?as\s+(?:the\s+)?)[\"\u201c\u2018']?$", re.IGNORECASE)
# a verb of saying, or a colon, right before a quotation ("he said “Artsakh.”", "he said: ‘Artsakh!’")
QUOTATION_OPENS = re.compile(r"(?::|\b(?:said|says|told|added|asked|declared|shouted))\s*,?\s*$", re.IGNORECASE)
# a comma closing the quotation and a verb of saying after it ("“Artsakh,” the mayor said")
SPEECH_AFTER = re.compile(r"(?:,[\"\u201d\u2019']|[\"\u201d\u2019'],)\s+(?:[\w'’-]+\s+){0,3}"
                          r"(?:said|says|told|added|asked|declared|shouted)\b", re.IGNORECASE)
# a name set as a place: "in northern Kosovo", "from the disputed Nagorno-Karabakh", "the territory of"
LOCATIVE = re.compile(r"\b(?:in|from|into|across|throughout|inside|of|northern|southern|eastern|western)\s+"
                      r"(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# "the Coordination of Movements of Azawad", "Movement for the Liberation of Azawad": two capitalised
# words joined by "of", "for", "the" before the name ("Officials of the DPR" is one, and names the place)
LONGER_NAME = re.compile(r"\b(?!The\b|A\b|An\b)[A-Z][\w-]*\s+(?:(?:of|for|the)\s+)*[A-Z][\w-]*\s+of\s+(?:the\s+)?$")


@dataclass(frozen=True, slots=True)
class NameUse:
    article: str
    start: int
    end: int
    place: Place
    name: PlaceName
    how: str  # "plain", "distanced" (a distancing word or scare quotes, a name others give) or "quoted"


def place_name_drafts(cx: Corpus) -> list[Draft]:
    """One finding per place and incident whose articles name the place differently, at least one
    by a name that marks whose usage it is."""
    uses: dict[str, dict[str, list[NameUse]]] = defaultdict(lambda: defaultdict(list))
    for art in cx.articles:
        for u in name_uses(art.id, art.text):
            uses[u.place.place][art.id].append(u)
    out = []
    for place_uses in uses.values():
        for group in cx.components:
            per_article = {a: place_uses[a] for a in group if a in place_uses}
            if (draft := _draft(cx, per_article)) is not None:
                out.append(draft)
    return out


def name_uses(article: str, text: str) -> list[NameUse]:
    """Every place name of the lexicon in ``text``, the longest form first where forms overlap
    ("Kosovo and Metohija" is not also "Kosovo"); not a name inside an organisation's name."""
    out: list[NameUse] = []
    for m in _pattern().finditer(text):  # matches never overlap, and the alternation tries longer forms first
        start, end = m.span()
        if not _cased(m.group(0)):
            continue
        place, name = _owner(m.group(0))
        if _inside_longer_name(text, start, end, name):
            continue
        before = text[max(0, start - 40):start]
        possessive = bool(re.match(rf"{APOSTROPHES}s\b", text[end:end + 2]))  # "named Artsakh's minister"
        # a name alone in quotation marks is held in scare quotes ("the “DPR” militia", "“Artsakh”
        # forces", "call it “Artsakh,”"), unless the marks quote a speaker's whole words: followed by
        # a comma and a verb of saying ("“Artsakh,” the mayor said"), or after one, closing a sentence
        # ("he said “Artsakh.”")
        closing = re.match(r"([,.!?]?)[\"\u201d\u2019']", text[end:end + 2])
        enclosed = bool(OPENING_QUOTE.search(text[max(0, start - 2):start])) and closing is not None
        utterance = enclosed and (bool(SPEECH_AFTER.match(text, end, end + 60)) or (
            bool(QUOTATION_OPENS.search(text, max(0, start - 40), max(0, start - 1)))
            and (closing.group(1) != "" or re.match(r"\s*(?:[.!?,;]|$)", text[end + closing.end():end + closing.end() + 3]))))
        scare_quoted = enclosed and not utterance
        # a name others give, or one the article sets in scare quotes, is held at a distance; a
        # speaker's words the article quotes are told as such
        distanced = scare_quoted or (GLOSS.search(before) and not possessive) or _distancing_words().search(before)
        how = "distanced" if distanced else "quoted" if utterance or _quoted(text, start) else "plain"
        out.append(NameUse(article, start, end, place, name, how))
    return out


def _draft(cx: Corpus, per_article: dict[str, list[NameUse]]) -> Draft | None:
    arts = sorted(per_article, key=cx.order.get)
    # the names each article uses; a quotation is a speaker's name, so quoting the name another
    # article uses is no other name
    names = {a: frozenset(u.name.name for u in per_article[a]) for a in arts}
    plain = {a: {u.name.name for u in per_article[a] if u.how == "plain"} for a in arts}
    only_distanced = {a: {u.name.name for u in per_article[a] if u.how == "distanced"} - plain[a] for a in arts}
    owned_elsewhere = any(plain[a] & only_distanced[b] for a in arts for b in arts if a != b)
    if len(arts) < 2 or (len(set(names.values())) < 2 and not owned_elsewhere):
        return None  # every article names it alike (one owning a name another only holds off differs)
    if not any(u.name.marked and u.how != "distanced" for a in arts for u in per_article[a]):
        return None  # only names in international use, or a marked one held at a distance by all
    room = max(1, min(USES_SHOWN, MAX_EVIDENCE // len(arts)))
    spans = []
    ways: dict[tuple, list[str]] = defaultdict(list)  # the names an article uses -> the articles using them
    shown: dict[tuple[str, str], NameUse] = {}  # each name as first written
    for a in arts:
        spans += [(u.article, u.start, u.end) for u in _telling_uses(cx, per_article[a], room)]
        for u in per_article[a]:
            shown.setdefault((u.name.name, u.how), u)
        way = sorted({(u.name.name, u.how): u for u in per_article[a]}.items(),
                     key=lambda kv: (not kv[1].name.marked, kv[0]))
        ways[tuple(k for k, _ in way)].append(a)
    parts = []
    for way, names_it in sorted(ways.items(), key=lambda kv: (not any(shown[k].name.marked for k in kv[0]),
                                                              cx.order[kv[1][0]])):
        said = " and ".join(f"“{_surface(cx, shown[k])}”" + HOW_TOLD[k[1]]
                            + f" ({shown[k].name.usage})" for k in way)
        parts.append(f"{listing([cx.source(a) for a in names_it])} {'calls' if len(names_it) == 1 else 'call'} it {said}")
    place = per_article[arts[0]][0].place.place
    return Draft("framing", spans, f"{place} is named differently: " + "; ".join(parts) + ".", 0.6, 0.45)


@functools.cache
def _distancing_words() -> re.Pattern[str]:
    """"the so-called", "the self-proclaimed", "the breakaway" right before the name."""
    words = (*labels().scare_quote_policy.equivalents, "so called", "unrecognised", "unrecognized", "breakaway")
    return re.compile(r"\b(?:" + "|".join(r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", w))) for w in words)
                      + r")\s+(?:the\s+)?$", re.IGNORECASE)


def _quoted(text: str, at: int) -> bool:
    """Is ``at`` inside a quotation (extract/quotes.py: a newswire quote may run over paragraphs)?"""
    spans = _quotations(text)
    i = bisect.bisect_right(spans, (at, len(text))) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


@functools.lru_cache(maxsize=64)
def _quotations(text: str) -> list[tuple[int, int]]:
    return sorted(quoted_spans(text))


def _surface(cx: Corpus, u: NameUse) -> str:
    return " ".join(cx.article[u.article].text[u.start:u.end].split())


def _telling_uses(cx: Corpus, uses: list[NameUse], room: int) -> list[NameUse]:
    """Each name the article uses once, then more uses up to ``room``: a marked name first, and
    of one name a use in the body that sets the place as a place ("in northern Kosovo") before
    the headline's or an adjective's ("Kosovo's prime minister", "the Kosovo police")."""
    text = cx.article[uses[0].article].text
    head = cx.headline_end(uses[0].article)

    def rank(u: NameUse) -> tuple:
        return (not u.name.marked, u.start < head, not LOCATIVE.search(text[max(0, u.start - 40):u.start]), u.start)

    ordered = sorted(uses, key=rank)
    chosen: list[NameUse] = []
    for u in ordered:
        if all(u.name.name != c.name.name for c in chosen):
            chosen.append(u)
    chosen += [u for u in ordered if u not in chosen]
    return sorted(chosen[:room], key=lambda u: u.start)


def _inside_longer_name(text: str, start: int, end: int, name: PlaceName) -> bool:
    """"the Coordination of Movements of Azawad", "Burma Campaign UK": a marked name inside an
    organisation's name names the organisation."""
    if not name.marked:
        return False
    return bool(LONGER_NAME.search(text[max(0, start - 40):start]) or re.match(r"\s+[A-Z][a-z]", text[end:end + 30]))


@functools.cache
def _places() -> tuple[Place, ...]:
    return labels().place_names


@functools.cache
def _forms() -> dict[str, tuple[Place, PlaceName]]:
    return {_fold(f): (p, n) for p in _places() for n in p.names for f in n.forms}


def _owner(surface: str) -> tuple[Place, PlaceName]:
    return _forms()[_fold(surface)]


def _fold(s: str) -> str:
    return re.sub(APOSTROPHES, "'", " ".join(s.split())).lower()


@functools.cache
def _pattern() -> re.Pattern[str]:
    """One case-free pattern for every form, longest first; the case is checked after (``_cased``)."""
    forms = sorted({f for p in _places() for n in p.names for f in n.forms}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in f.split()).replace("'", APOSTROPHES) for f in forms)
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.IGNORECASE)


@functools.cache
def _written_forms() -> dict[str, str]:
    return {_fold(f): f for p in _places() for n in p.names for f in n.forms}


def _cased(surface: str) -> bool:
    """A form in its own case but for the first letter ("northern Mali" opening a sentence), or with
    every word capitalised ("the Donetsk Region"), so that common words in a name stay a name ("the
    southern provinces" is no "Southern Provinces"); an acronym ("DPR", "PoK") wholly in its own case."""
    form = _written_forms()[_fold(surface)]
    seen = re.sub(APOSTROPHES, "'", " ".join(surface.split()))
    if sum(c.isupper() for c in form) >= 2 and " " not in form and len(form) <= 5:
        return seen == form
    titled = " ".join(w[:1].upper() + w[1:] for w in form.split())
    return seen[1:] == form[1:] or seen == titled
