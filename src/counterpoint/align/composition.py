"""Who the victims were: "mostly women and children", "including older people and children",
"women and children were among those killed". Articles that say so, in words or with a count of
children or women among the dead and wounded, agree with each other; against articles that never
name either group they make an omission a fact-checker marks, since it tells whether the dead
were civilians.

The groups are the ``children`` and ``women`` categories of ``categories.json``. An article
that says only that civilians were among the victims ("including civilians", "martyred innocent
civilians"; cues.json ``civilian_status_words``) joins the agreement: women and children among the
dead are civilians among them. It makes no omission: "civilians" tells less than the groups do.
"""

from __future__ import annotations

import functools
import re

from ..nlp.lexicons import categories, cue_regex, cues
from .accounts import sentence_bounds
from .candidates import REJECTING, Corpus
from .findings import MAX_EVIDENCE, Draft, listing, verb_for
from .harm import OTHER_ACTS_AFTER  # "civilians were among the victims of previous attacks": another act
from .text import plural

GROUPS = ("children", "women")
HARM_ROLES = ("killed", "wounded", "casualties")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a group word, a statement that the group was among the harmed)."""
    # plural forms only: "minor" (injuries), "kid" and "mother" name other things too often
    terms = sorted({plural(t) for c in categories().categories if c.key in GROUPS for t in c.terms}, key=len,
                   reverse=True)
    words = "|".join(re.escape(t) for t in terms)
    # not a possessive ("Children's Hospital", "a girls' school"), unless of their bodies
    group = rf"(?:{words})(?![’']s?\s+(?!bodies|remains|corpses)\w)"
    # any word of the groups, singular too ("a woman and a boy were among the dead"), tells an
    # article is not silent on them
    named = sorted({w for c in categories().categories if c.key in GROUPS for t in c.terms
                    if t not in AMBIGUOUS for w in (t, plural(t))}, key=len, reverse=True)
    word = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in named)})\b", re.IGNORECASE)
    return word, re.compile(_among(group), re.IGNORECASE)


def _among(group: str) -> str:
    """A statement that ``group`` was among the harmed: "mostly women and children", "children
    and other civilians were among the victims", "among the dead were children"."""
    return (
        rf"\b(?:including|included|include|mostly|mainly|largely|predominantly|among them|many of them|most of them|"
        rf"most of whom|many of whom|among whom|(?:the\s+)?majority of (?:whom|them))\s+(?:[\w’'-]+\s+){{0,4}}?"
        rf"{group}(?:\s+and\s+{group})?\b"  # "mostly women and children"
        rf"|\b{group}(?:\s+and\s+(?:[\w’'-]+\s+)?[\w’'-]+)?\s+(?:were|are|was)\s+(?:also\s+)?among\s+"
        rf"(?:the|those)\b"
        rf"|\bamong\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured)"
        rf"(?:\s*[—–(][^—–()]{{0,60}}[—–)])?\s+(?:were|was)\s+(?:[\w’'-]+\s+){{0,3}}?{group}\b"
        rf"|\b(?:many|several|dozens of|scores of)\s+(?:[\w’'-]+\s+){{0,2}}?{group}\s+(?:were|have been|had been)\s+"
        rf"(?:killed|wounded|injured)\b")


HARMED = r"(?:killed|wounded|injured|hurt|harmed|martyred)"


@functools.cache
def _civilian_status() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a word for the victims' status, a statement with no count that civilians were among the
    harmed): "including civilians", "civilians were killed", "martyred innocent civilians", ",
    killing and injuring civilians"."""
    words = sorted((c.cue for c in cues().civilian_status_words), key=len, reverse=True)
    status = "(?:" + "|".join(re.escape(w) for w in words) + ")"
    statement = re.compile(
        rf"{_among(status)}"
        rf"|\b{status}\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:\w+ly\s+)?{HARMED}\b"
        # "martyred innocent civilians"; the participle only as the act's own clause (", killing
        # civilians"), not "a record of killing civilians", "stop killing civilians"
        rf"|(?:\b(?:killed|martyred|massacred|wounded|injured)|,\s*(?:killing|wounding|injuring))"
        rf"(?:\s+and\s+(?:killed|wounded|injured|killing|wounding|injuring))?"
        rf"\s+(?:(?!no\b|any\b|not\b|nor\b|rather\b)[\w’'-]+\s+){{0,2}}?{status}\b", re.IGNORECASE)
    return re.compile(rf"\b{status}\b", re.IGNORECASE), statement


# words of the groups that name other things too often to tell an article is silent on them
AMBIGUOUS = {"minor", "kid", "mother", "juvenile"}


NEGATED = re.compile(r"\b(?:no|not(?!\s+(?:just|only|merely))|none|neither|nor|never|without)\b"
                     r"(?:\s+[\w’'-]+){0,3}\s*$", re.IGNORECASE)


def _stated(cx: Corpus, article: str, among: re.Pattern[str]) -> list[tuple[str, int, int]]:
    """The spans of an article that say a group (women or children; civilians) was among the
    harmed: in a sentence that tells of harm, outside any claim of the background, a rejection or
    a negation."""
    text = cx.article[article].text
    claims = cx.claims_by_article.get(article, ())
    out = []
    for m in among.finditer(text):
        start, end = sentence_bounds(text, m.start(), m.end())
        if not cue_regex("harm_words").search(text, start, end) \
                or NEGATED.search(text, max(start, m.start() - 40), m.start()) or OTHER_ACTS_AFTER.match(text, m.end()):
            continue  # "no women or children were among those killed" says the opposite
        holders = [c for c in claims if c.start <= m.start() < c.end]
        if any(c.scope != "incident" or c.stance in REJECTING or c.id in cx.res.negated for c in holders):
            continue
        out.append((article, m.start(), m.end()))
    return out


def composition_drafts(cx: Corpus) -> list[Draft]:
    """Per incident: one agreement among the articles that say women or children were among the
    victims (in words or with a count of them), joined by those that say civilians were, and one
    omission against those that never name women or children."""
    word, among = _patterns()
    out = []
    for group in cx.components:
        counts = [q for q in cx.quantities if q.article in group and q.role in HARM_ROLES and q.category in GROUPS]
        said = _statements(cx, group, among, counts)
        civilian_words = _civilian_spans(cx, group)
        counted_articles = {q.article for q in counts}
        civilian = {a: sps for a, sps in civilian_words.items() if a not in said and a not in counted_articles}
        if not said:
            if len(civilian) >= 2:
                out.append(_agreement(cx, {}, civilian, civilian_words))
            continue  # only counts of children: align/omissions.py compares the figures
        counted = {q.article: (q.article, q.start, q.end) for q in counts if q.article not in said}
        told = {**said, **{a: [sp] for a, sp in counted.items()}}
        tellers = sorted(told, key=cx.order.get)
        shown = [told[a][0] for a in tellers][:MAX_EVIDENCE]
        words = ", ".join(f"“{cx.article[a].text[s:e]}”" for a, s, e in shown[:3])
        if len(tellers) + len(civilian) >= 2:
            out.append(_agreement(cx, told, civilian, civilian_words))
        silent = [a for a in group if a not in said and a not in counted and not word.search(cx.article[a].text)]
        if not silent:
            continue
        silent.sort(key=cx.order.get)
        out.append(Draft(
            "omission", shown,
            f"Who the victims were: {listing([cx.source(a) for a in tellers])} "
            f"{verb_for([cx.source(a) for a in tellers], 'says', 'say')} women or children were among them ({words}); "
            f"{listing([cx.source(a) for a in silent])} {verb_for([cx.source(a) for a in silent], 'does', 'do')} not.",
            0.6, 0.75, missing_from=silent))
    return out


def _statements(cx: Corpus, group: list[str], among: re.Pattern[str],
                counts: list) -> dict[str, list[tuple[str, int, int]]]:
    """Per article of the incident, its spans saying the group was among the harmed; words that
    hold a count ("among them five children") are a count, which align/omissions.py compares."""
    said = {}
    for a in group:
        spans = [sp for sp in _stated(cx, a, among) if not any(q.article == a and sp[1] <= q.start < sp[2]
                                                               for q in counts)]
        if spans:
            said[a] = spans
    return said


def _civilian_spans(cx: Corpus, group: list[str]) -> dict[str, list[tuple[str, int, int]]]:
    """Per article of the incident, its spans saying civilians were among the harmed, in words
    ("including civilians") or with a count of civilians."""
    status, statement = _civilian_status()
    out = {a: kept for a, sps in _statements(cx, group, statement, []).items()
           if (kept := [sp for sp in sps if _of_the_harmed(cx.article[a].text, sp)])}
    for q in cx.quantities:
        if q.article in group and q.article not in out and q.role in HARM_ROLES and (q.low or q.high) \
                and q.noun and status.search(q.noun):
            out[q.article] = [(q.article, q.start, q.end)]
    return out


Span = tuple[str, int, int]


# "killed 12 people, including civilians": the harmed the words list, told right before them; not
# "warned everyone in the town, including civilians, before its strike killed 12 militants"
LISTED = re.compile(r"(?:including|included|include|mostly|mainly|largely|predominantly)\b", re.IGNORECASE)
LISTED_REACH = 50  # characters before the list where the harm is told


def _of_the_harmed(text: str, span: Span) -> bool:
    """Do the words that list civilians list the harmed (a harm word right before them)?"""
    _, start, _ = span
    harm = cue_regex("harm_words")
    return not LISTED.match(text, start) or harm.search(text, max(0, start - LISTED_REACH), start) is not None


def _agreement(cx: Corpus, told: dict[str, list[Span]], civilian: dict[str, list[Span]],
               civilian_words: dict[str, list[Span]]) -> Draft:
    """"Who the victims were: A and B both say women or children were among them (...)", or, when
    some say only that civilians were, "A and B say women or children were among them, and C says
    civilians were: ...". Room left shows where the first say civilians too."""
    tellers = sorted(told, key=cx.order.get)
    both = sorted([*told, *civilian], key=cx.order.get)
    shown = [(told.get(a) or civilian[a])[0] for a in both][:MAX_EVIDENCE]
    if civilian:
        also = [civilian_words[a][0] for a in tellers if a in civilian_words]
        shown += [sp for sp in also if not any(o[0] == sp[0] and o[1] < sp[2] and sp[1] < o[2] for o in shown)
                  ][:MAX_EVIDENCE - len(shown)]
    words = ", ".join(f"“{cx.article[a].text[s:e]}”" for a, s, e in shown[:3])
    if not civilian:
        return Draft("agree", shown, f"Who the victims were: {listing([cx.source(a) for a in both])} "
                     f"{_all_say(cx, both)} women or children were among them ({words}).", 0.6, 0.45)
    civil = sorted(civilian, key=cx.order.get)
    if not tellers:
        return Draft("agree", shown, f"Who the victims were: {listing([cx.source(a) for a in civil])} "
                     f"{_all_say(cx, civil)} civilians were among them ({words}).", 0.55, 0.45)
    groups, civilians = [cx.source(a) for a in tellers], [cx.source(a) for a in civil]
    return Draft("agree", shown, f"Who the victims were: {listing(groups)} {verb_for(groups, 'says', 'say')} women "
                 f"or children were among them, and {listing(civilians)} {verb_for(civilians, 'says', 'say')} "
                 f"civilians were ({words}).", 0.55, 0.45)



def _all_say(cx: Corpus, tellers: list[str]) -> str:
    """"says" (one outlet's articles), "both say", "all say"."""
    names = len({cx.source(a) for a in tellers})
    return "says" if names == 1 else "both say" if names == 2 else "all say"
