"""Accounts of one thing told in two ways, shared by the align modules that set one voice's account
against the others' (align/occupancy.py: was the site in use; align/secondary.py: how was it hit;
align/interception.py: was it shot down): the words of a claim about a site, the site names of the
taxonomy, and one dispute for each article telling the other account."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..nlp.lexicons import categories, cues, lineage
from ..records import Claim
from .candidates import REJECTING, Corpus
from .findings import Draft, listing
from .text import plural

SENTENCE = re.compile(r"[.!?\n]")
GENERIC_SITES = ("facilities", "buildings")  # "the premises", "the building": any site


@dataclass(frozen=True, slots=True)
class Told:
    """Words of one claim about the site: its kind (a categories.json key), or None for people
    counted there with no site named in the sentence."""

    claim: Claim
    start: int
    end: int
    kind: str | None
    site: str = ""


def phrases(section: str) -> str:
    words = sorted((c.cue for c in getattr(cues(), section)), key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


@functools.cache
def site_names(group: str) -> str:
    """The names of kinds of sites (categories under ``facilities``), singular or plural, in either
    spelling ("shopping centre", "shopping center")."""
    terms = {t for c in categories().categories if "facilities" in lineage(c.key) for t in c.terms}
    other = {v: k for k, v in categories().spelling.items() if " " not in k + v}
    forms = {f for t in terms for f in (t, plural(t))}
    forms |= {" ".join(other.get(w, w) for w in f.split()) for f in forms}
    forms = sorted(forms, key=len, reverse=True)
    return rf"(?P<{group}>" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) + ")"


def claim_at(cx: Corpus, article: str, at: int) -> Claim | None:
    """The incident's claim holding ``at``, unless it rejects or negates what it says."""
    holders = [c for c in cx.claims_by_article.get(article, ()) if c.start <= at < c.end]
    c = min(holders, key=lambda c: c.end - c.start, default=None)
    if c is None or c.scope != "incident" or c.stance in REJECTING or c.id in cx.res.negated:
        return None
    return c


def one_voice(cx: Corpus, a: Claim, b: Claim) -> bool:
    """One speaker, or the outlet's own voice twice in one article: no conflict with itself."""
    return cx.same_voice(a.speaker, b.speaker) or (a.article == b.article and a.speaker == b.speaker)


def one_each(cx: Corpus, told: list[Told], rank: Callable[[Told], int] = lambda t: 0) -> list[Told]:
    """The first words of each article (the first of the best ``rank``), in the articles' order."""
    first: dict[str, Told] = {}
    for t in sorted(told, key=lambda t: (cx.order[t.claim.article], rank(t), t.start)):
        first.setdefault(t.claim.article, t)
    return list(first.values())


def who(cx: Corpus, t: Told) -> str:
    speaker = cx.speaker_name(t.claim.id)
    return f"{cx.source(t.claim.article)} ({speaker})" if speaker else cx.source(t.claim.article)


def quoted(cx: Corpus, told: list[Told]) -> str:
    return ", ".join(f"“{' '.join(cx.article[t.claim.article].text[t.start:t.end].split())}”" for t in told[:3])


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding ``start:end`` begins and ends."""
    first = max((m.end() for m in SENTENCE.finditer(text, 0, start)), default=0)
    stop = SENTENCE.search(text, end)
    return first, stop.start() if stop else len(text)


def each_against(cx: Corpus, question: str, shown: list[Told], others: list[Told], first_says: str,
                 others_say: str, rank: Callable[[Told], int] = lambda t: 0) -> list[Draft]:
    """One dispute for each article telling the other account, with every article's words of the
    first: two accounts on the same side agree with each other and never sit in one conflict."""
    return [Draft("dispute", [(t.claim.article, t.start, t.end) for t in (*shown, other)],
                  f"{question} {listing([who(cx, t) for t in shown])}: {first_says} ({quoted(cx, shown)}); "
                  f"but {who(cx, other)}: {others_say} ({quoted(cx, [other])}).",
                  0.7, 0.8, claims=list(dict.fromkeys(t.claim.id for t in (*shown, other))))
            for other in one_each(cx, others, rank)]


def words_of(cx: Corpus, t: Told) -> str:
    """The told words, on one line."""
    return " ".join(cx.article[t.claim.article].text[t.start:t.end].split())


def two_voices(a: Claim, b: Claim) -> bool:
    """Two articles, or two named voices of one article."""
    return a.article != b.article or (a.speaker is not None and b.speaker is not None and a.speaker != b.speaker)


def said_alike(cx: Corpus, told: list[Told], said: str) -> Draft:
    """An agreement of the articles whose words are ``told``, one each: "A and B say {said}: “…” / “…”"."""
    words = " / ".join(f"“{words_of(cx, t)}”" for t in told)
    return Draft("agree", [(t.claim.article, t.start, t.end) for t in told],
                 f"{listing([who(cx, t) for t in told])} say {said}: {words}.", 0.6, 0.7,
                 claims=[t.claim.id for t in told])
