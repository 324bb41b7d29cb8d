"""Was it shot down? One voice says the incident's missile or drone was shot down by air defence
("was shot down by the Ukrainian air defense system"; cues.json ``interception_words`` then
``air_defence_words``), another that it was not or could not be ("Not one was shot down by means
of anti-aircraft defense", "do not have firepower capable of shooting down Kh-22 missiles"). The
second answers the first: one dispute for each article telling the first, with each article's
denial in another voice. A tally of interceptions ("shot down 18 of 33 missiles") tells of the night's
other missiles, and two accounts naming different models tell of different missiles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.lexicons import cue_regex, weapon_named
from ..records import Claim
from .accounts import Told, one_voice, quoted, sentence_bounds, who
from .candidates import REJECTING, Corpus
from .findings import Draft, listing
from .text import clause_start
from .weapons import weapon_pattern

# a negation that governs the words of interception right after it: "was not shot down", "never
# intercepted", "Not one was shot down", "cannot intercept", "did not possess a system capable of
# downing"; not "No one was hurt when air defences intercepted", "not only intercepted", "did not
# say whether it was intercepted"
NEGATION = re.compile(
    r"\b(?:not|never)\s+(?:been\s+|be\s+)?$"
    r"|\b(?:not|no)\s+(?:one|single\s+\w+)\s+(?:was|were|has\s+been|had\s+been)\s+$"
    r"|\b(?:cannot|can['’]t|unable\s+to|incapable\s+of)\s+$"
    r"|\b(?:not|n['’]t|no|lacks?|lacked|lacking)\b(?:\s+[\w’'-]+){1,5}?\s+"
    r"(?:capable\s+of|able\s+to|capability\s+to|capacity\s+to|means\s+to|ability\s+to)\s+$",
    re.IGNORECASE)
NEGATION_REACH = 60  # characters before the words of interception
DEFENCE_AFTER = 60  # characters from "shot down" to "by ... air defence"
# "18 of 33 missiles were shot down": a count of the night's interceptions; not a model's digits ("Kh-22")
TALLY = re.compile(r"(?<![\w-])\d+(?![\w-])")
PER_SIDE = 3  # articles shown on each side


@dataclass(frozen=True, slots=True)
class Shot(Told):
    """One account: that it was not or could not be shot down (``negative``), or that it was; with
    the models its sentence names."""

    negative: bool = False
    models: frozenset[str] = frozenset()


def _accounts(cx: Corpus) -> list[Shot]:
    intercept, defence = cue_regex("interception_words"), cue_regex("air_defence_words")
    out = []
    for article, art in cx.article.items():
        text = art.text
        for m in intercept.finditer(text):
            first, last = sentence_bounds(text, m.start(), m.end())
            models = frozenset(w.name for x in weapon_pattern().finditer(text, first, last)
                               if (w := weapon_named(x.group())) is not None)
            negation = NEGATION.search(text, max(clause_start(text, first, m.start()), m.start() - NEGATION_REACH),
                                       m.start())
            c = _claim_at(cx, article, m.start())
            if c is None:
                continue
            if negation is not None:
                if defence.search(text, first, last) or models:
                    out.append(Shot(c, negation.start(), m.end(), None, "", True, models))
                continue
            by = defence.search(text, m.end(), min(last, m.end() + DEFENCE_AFTER))
            if by is None or c.stance in REJECTING or c.id in cx.res.negated or TALLY.search(text, first, last):
                continue  # "the missile that brought down the entrance", a tally, a rejected account
            out.append(Shot(c, m.start(), by.end(), None, "", False, models))
    return out


def _claim_at(cx: Corpus, article: str, at: int) -> Claim | None:
    """The incident's claim holding ``at``, whatever its stance: a denial ("denied the missile was
    shot down") is one of the two accounts here, unlike in accounts.claim_at."""
    holders = [c for c in cx.claims_by_article.get(article, ()) if c.start <= at < c.end]
    c = min(holders, key=lambda c: c.end - c.start, default=None)
    return c if c is not None and c.scope == "incident" else None


def interception_drafts(cx: Corpus) -> list[Draft]:
    told = _accounts(cx)
    if not told:
        return []
    out = []
    by_article: dict[tuple[bool, str], list[Shot]] = {}
    for t in told:
        by_article.setdefault((t.negative, t.claim.article), []).append(t)
    # each article's words of each account: the first two of a denial ("did not possess a system
    # capable of downing", "Not one was shot down"), the first of the account it answers
    denials = [ts[:2] for (negative, _), ts in by_article.items() if negative][:PER_SIDE]
    accounts = [ts[0] for (negative, _), ts in by_article.items() if not negative][:PER_SIDE]
    # one dispute for each article telling that it was shot down, with every article's denial
    for yes in accounts:
        against = [nos for nos in denials
                   if cx.component_of[nos[0].claim.article] == cx.component_of[yes.claim.article]
                   and yes.claim.id not in {n.claim.id for n in nos}
                   and not any(one_voice(cx, n.claim, yes.claim) for n in nos)
                   and not (nos[0].models and yes.models and not nos[0].models & yes.models)]
        if not against:
            continue
        firsts = [nos[0] for nos in against]
        spans = [n for nos in against for n in nos]  # two a denial, three denials: seven spans at most
        out.append(Draft(
            "dispute", [*((n.claim.article, n.start, n.end) for n in spans), (yes.claim.article, yes.start, yes.end)],
            f"Was it shot down? {listing([who(cx, n) for n in firsts])}: it was not, or could not be "
            f"({quoted(cx, firsts)}); but {who(cx, yes)}: it was shot down by air defence ({quoted(cx, [yes])}).",
            0.7, 0.8, claims=list(dict.fromkeys([*(n.claim.id for n in spans), yes.claim.id]))))
    return out

