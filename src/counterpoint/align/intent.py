"""Meant or a mistake: voices that call the strike deliberate ("accused Russia's military of
deliberately attacking the station") or a mistake ("mistakenly bombed a camp", "the accidental
bombing", "an errant missile"). Articles that say the same agree; a voice saying it was meant
against one saying it was a mistake (or denying it was meant) is a dispute a reader must weigh,
as lawful-or-not judgments are (align/legality.py). The words are cues.json ``deliberate_words``
and ``mistake_words``, found as align/legality.py finds its judgments: in a sentence about the
incident's act, a negation just before flipping them ("was not an accident"), an open question
("whether it was deliberate", "no evidence that") left out."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import replace

from ..nlp.lexicons import cues
from .candidates import Corpus
from .findings import MAX_EVIDENCE, Draft, listing
from .legality import Judgment, judged_by, judgments, two_sided_patterns

SIDE_WORDS = {True: "deliberate", False: "a mistake"}
NOUNS = {"mistake", "mistakes", "accident", "damage", "error", "purpose"}  # "by mistake", "collateral damage"
ACT_REACH = 30  # characters between words of intent and the act's own words
DENIAL_REACH = 60  # characters between a verb of denial and the words it turns round
PER_ARTICLE = 3

COPULA = re.compile(r"\b(?:was|were|is|are|been|be)\b", re.IGNORECASE)
DETERMINER_LAST = re.compile(r"\b(?:a|an|the)\W*$", re.IGNORECASE)
ADVERBIAL = re.compile(r"^\s*(?:by|in|on)\b", re.IGNORECASE)  # "by mistake", "in error", "on purpose"
IDIOM = re.compile(r"\bmake\s+no\s+mistake\b", re.IGNORECASE)
FOLLOWING = re.compile(r"(?:[ \t]+(?!(?:and|or|but|that|which|who|as|after|when|while)\b)[\w’'-]+){1,3}")
ARTICLE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.IGNORECASE)
NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][\w’'-]*")
TRAILING = re.compile(r"(?:\s+(?:of|an?|the|to|in|on|at|by|for|with|from|was|were|is|are|probably))+$",
                      re.IGNORECASE)


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], bool]]:
    lex = cues()
    return two_sided_patterns(lex.deliberate_words, lex.mistake_words)


def intent_drafts(cx: Corpus) -> list[Draft]:
    """Per incident: an agreement among the articles that call the act deliberate, one among
    those that call it a mistake, and a dispute when voices judge it both ways. A voice that says
    both takes no side; a denial that it was meant opposes "deliberate" but agrees with no one."""
    by_incident: dict[int, list[Judgment]] = defaultdict(list)
    for j in judgments(cx, _patterns(), denial_reach=DENIAL_REACH):
        if _said_of_the_act(cx, j):
            by_incident[cx.component_of[j.claim.article]].append(_phrase(cx, j))
    out = []
    for found in by_incident.values():
        said: dict[tuple[str, str | None], set[bool]] = defaultdict(set)
        for j in found:
            said[_voice(j)].add(j.lawful)
        taking_sides = [j for j in found if len(said[_voice(j)]) == 1]
        for side in (True, False):
            # a denial that it was meant is no word that it was a mistake; "was no accident" still says it was meant
            shown = _shown(cx, [j for j in taking_sides if j.lawful == side and not (j.turned and not j.lawful)])
            if len({j.claim.article for j in shown}) >= 2:
                out.append(Draft(
                    "agree", [(j.claim.article, j.start, j.end) for j in shown],
                    f"Meant or a mistake: {listing(_sources(cx, shown))} "
                    f"{'calls' if len(_sources(cx, shown)) == 1 else 'call'} the strike {SIDE_WORDS[side]} "
                    f"({_words(cx, shown)}).", 0.6, 0.5, claims=list(dict.fromkeys(j.claim.id for j in shown))))
        meant = _shown(cx, [j for j in taking_sides if j.lawful])[:MAX_EVIDENCE // 2]
        not_meant = _shown(cx, [j for j in taking_sides if not j.lawful])[:MAX_EVIDENCE // 2]
        if meant and not_meant:
            out.append(Draft(
                "dispute", [(j.claim.article, j.start, j.end) for j in (*meant, *not_meant)],
                f"Meant or a mistake: {judged_by(cx, meant)} call the strike deliberate; {judged_by(cx, not_meant)} call it "
                f"a mistake or deny it was meant.", 0.65, 0.75,
                claims=list(dict.fromkeys(j.claim.id for j in (*meant, *not_meant)))))
    return out


def _said_of_the_act(cx: Corpus, j: Judgment) -> bool:
    """Words of intent judge the act when they stand inside the claim's own words for it or just
    before them ("mistakenly bombed", "a deliberate strike"), or after them: "the strike was
    deliberate", "the strike was an accident", "bombed the camp by mistake". Not beside another
    verb ("a deliberately spread lie") or in an idiom ("make no mistake")."""
    text = cx.article[j.claim.article].text
    if IDIOM.search(text, max(0, j.start - 12), min(len(text), j.end + 6)):
        return False
    trigger = cx.res.triggers.get(j.claim.id)
    if trigger is None:
        return False
    if trigger[0] <= j.start and j.end <= trigger[1] or j.end <= trigger[0] <= j.end + ACT_REACH:
        return True
    if j.start < trigger[1]:
        return False  # before the act's words, and not just before them
    gap = text[trigger[1]:j.start]
    if len(gap) > ACT_REACH:
        return False
    noun = text[j.start:j.end].split()[-1].lower() in NOUNS
    if noun and ADVERBIAL.match(text[j.start:j.end]) and not COPULA.search(gap):
        return True  # "bombed the camp by mistake"
    # "was deliberate", "was an accident"; an adjective after "was a" qualifies another noun
    return COPULA.search(gap) is not None and (noun or not DETERMINER_LAST.search(gap))


def _phrase(cx: Corpus, j: Judgment) -> Judgment:
    """An adverb or adjective with the words it is said of, a reader's unit: "mistakenly bombed
    a camp", "the mistaken strike in Rann", "an errant missile" (up to three words on, within the
    clause, no function word last, a name finished); a noun ("the accident", "by mistake") stands
    alone."""
    text = cx.article[j.claim.article].text
    before = ARTICLE_BEFORE.search(text, max(0, j.start - 5), j.start)
    start = before.start() if before else j.start
    if text[j.start:j.end].split()[-1].lower() in NOUNS:
        return replace(j, start=start)
    after = FOLLOWING.match(text, j.end)
    end = j.end + len(TRAILING.sub("", after.group())) if after else j.end
    while _inside_a_name(text, end) and (name := NAME_GOES_ON.match(text, end)):
        end = name.end()  # "in Tel Amra", not "in Tel"
    return replace(j, start=start, end=end)


def _inside_a_name(text: str, end: int) -> bool:
    """Does the phrase end in a capitalised word that a name may go on from?"""
    last_word = text[text.rfind(" ", 0, end) + 1:end]
    return text[end - 1:end].isalpha() and last_word[:1].isupper()


def _voice(j: Judgment) -> tuple[str, str | None]:
    return j.claim.article, j.claim.speaker


def _shown(cx: Corpus, items: list[Judgment]) -> list[Judgment]:
    """Each article's first words in its body (a headline's last), then its further words while
    there is room, in article order; the same words said again show nothing new."""
    per_article: dict[str, dict[str, Judgment]] = defaultdict(dict)
    for j in sorted(items, key=lambda j: (j.start < cx.headline_end(j.claim.article), j.start)):
        per_article[j.claim.article].setdefault(_words_of(cx, j).lower(), j)
    chosen: list[Judgment] = []
    for depth in range(PER_ARTICLE):
        for a in sorted(per_article, key=cx.order.get):
            told = list(per_article[a].values())
            if depth < len(told) and len(chosen) < MAX_EVIDENCE:
                chosen.append(told[depth])
    return sorted(chosen, key=lambda j: (cx.order[j.claim.article], j.start))


def _sources(cx: Corpus, items: list[Judgment]) -> list[str]:
    return list(dict.fromkeys(cx.source(j.claim.article) for j in items))


def _words(cx: Corpus, items: list[Judgment]) -> str:
    return ", ".join(f"“{_words_of(cx, j)}”" for j in items[:4])


def _words_of(cx: Corpus, j: Judgment) -> str:
    return " ".join(cx.article[j.claim.article].text[j.start:j.end].split())
