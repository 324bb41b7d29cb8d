"""Reactions to the incident: who condemned it, vowed to answer it, or protested over it
(cues.json ``reaction_phrases``, each with its kind). Articles reporting one party's reaction of one
kind agree ("The Taliban's Ministry of Defence condemned the airstrikes" / "A Taliban defence
ministry statement condemned the strikes"); a reaction that comparable articles leave out entirely
is an omission. Conflict coders record reactions with the incident: who condemned it and who vowed
retaliation tell where it may lead.

A reaction counts in a sentence holding an incident claim, or naming an act when it holds no
claim ("a statement condemned the strikes"), and not when:
- the few words before it, back to a comma, "and" or "but", deny or only ask for it ("refused to
  condemn", "has yet to condemn", "urged the UN to condemn"; cues.json ``reaction_negations``);
- its clause dates what it reacts to earlier ("days earlier"; ``earlier_time_tails``) or tells of a
  run of them ("has repeatedly condemned"; ``habitual_words``);
- it is what an act came after ("The strike came after rebels vowed to retaliate");
- "condemned" passes a sentence ("condemned three men to death") or names no act, after it or,
  when passive, before it ("denounced the ceasefire talks");
- the protesters are the ones struck ("jets bombed protesters").

Who reacted: the one named after a passive's "by" ("was condemned by the United Nations"); else
the first party named in the reaction's clause, read over a closed aside, after a verb of saying
and after a bare "and" that starts a new subject ("The Taliban's Ministry of Defence condemned",
"Pakistan said it would respond"); else the speaker of the claim that holds it. A condemnation or
vow with no one named is left out; protests need no one.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import cue_regex, cues
from .candidates import Corpus
from .selection import first_then_more
from .findings import MAX_EVIDENCE, Draft, listing, verb_for
from .legality import sentence_bounds
from .text import CLAUSE_BREAK, clause_start, dated_earlier, word_start

PARTY_KINDS = ("actor", "organization", "person")
NEEDS_PARTY = ("condemnation", "retaliation")  # "protesters marched" is a reaction whoever marched
DENIAL_WORDS = 6  # words before a reaction word, back to a comma, that may deny it ("has yet to condemn")
SPAN_AFTER = 80  # characters after the reaction word shown with it ("condemned the drone strike")
PER_OMISSION = 3  # articles shown reporting a reaction the others leave out
RESPONSE_SALIENCE = 0.6  # about as salient as an omitted air strike or shelling claim: who answered the incident, and how
TELLS = {"condemnation": "condemned it", "retaliation": "vowed to answer it"}
BY_AFTER = re.compile(r"\s+by\s+")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
ASIDE_BEFORE = re.compile(r",\s*(?:which|who)\b[^,]*,\s*$", re.IGNORECASE)  # ", which has not commented,"
JOINED = re.compile(r"\b(?:and|but)\s+((?:the\s+)?[A-Z])")  # a new subject after a bare "and"
SAID = re.compile(r"\b(?:said|says|say|told|stated|added|noted)\b(?:\s+that)?", re.IGNORECASE)
# "condemned three men to death", "condemned the town to years of hardship"
SENTENCED = re.compile(r"\s+(?:[\w'-]+\s+){1,4}?to\s+(?:death|prison|jail|life|hardship|\d+|[a-z]+\s+years?\b)",
                       re.IGNORECASE)
# the protesters are the ones struck: "jets bombed protesters"
STRUCK_BEFORE = re.compile(r"\b(?:(?:bombed|shelled|struck|hit|targeted|killed|killing|shot|attacked|wounded)|"
                           r"(?:fire|fired|firing|shot|shooting)\s+(?:on|at|into))\s+"
                           r"(?:the\s+|some\s+|dozens\s+of\s+|\d+\s+)?$", re.IGNORECASE)
STRUCK_AFTER = re.compile(r"\s+(?:were|was|are)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b|\s+died\b", re.IGNORECASE)
# the reaction is itself what an act came after: "The strike came after rebels vowed to retaliate"
CAME_AFTER = re.compile(r"\b(?:came|comes|follows|followed)\s+(?:\w+\s+){0,3}?after\s*$|\b(?:follows|followed)\s*$",
                        re.IGNORECASE)
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


@dataclass(frozen=True)
class Reaction:
    article: str
    start: int
    end: int
    kind: str
    party: str | None  # entity id of who reacted
    claim: str | None  # the incident claim that holds it, if any


@functools.cache
def _kind_of() -> dict[str, str]:
    return {" ".join(c.words): c.kind for c in cues().reaction_phrases if c.kind}


def _reacting_names(cx: Corpus) -> dict[str, list[tuple[int, int, str]]]:
    """article -> the mentions (start, end, entity) of those who may react, in text order; read
    once for the corpus, not once per article."""
    memo = cx.__dict__.get("_reacting_names_memo")
    if memo is None:
        found: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for e in cx.res.entities:
            if _may_react(e):
                for m in e.mentions:
                    found[m.article].append((m.start, m.end, e.id))
        memo = cx.__dict__["_reacting_names_memo"] = {a: sorted(v) for a, v in found.items()}
    return memo


def reactions(cx: Corpus, article: str) -> list[Reaction]:
    """The article's reactions to the incident, in text order."""
    text = cx.article[article].text
    claims = cx.claims_by_article.get(article, ())
    names = _reacting_names(cx).get(article, [])
    out = []
    for lo, hi in sentence_bounds(text):
        held = [c for c in claims if lo <= c.start < hi]
        if any(c.scope != "incident" for c in held) or not (held or _names_an_act(text, lo, hi)):
            continue  # a sentence of no claim counts when it names an act: "a statement condemned the strikes"
        for m in cue_regex("reaction_phrases").finditer(text, lo, hi):
            kind = _kind_of().get(" ".join(m.group().lower().split()))
            clause = _subject_clause(text, lo, m.start())
            nxt = CLAUSE_BREAK.search(text, m.end(), hi)
            clause_end = nxt.start() if nxt else hi
            if kind is None or _denied(text, clause, m.start()) or _elsewhere(text, lo, clause, clause_end, m) \
                    or (kind == "condemnation" and (_sentences(text, m.end()) or not _of_an_act(text, clause, m, hi))) \
                    or (kind == "protest" and (STRUCK_BEFORE.search(text, max(lo, m.start() - 40), m.start())
                                               or STRUCK_AFTER.match(text, m.end()))):
                continue
            claim = next((c for c in held if c.start <= m.start() < c.end), None)
            party, start = _party(cx, text, names, clause, m, claim)
            stop = re.search(r"[.;:!?\n]", text[m.end():min(hi, m.end() + SPAN_AFTER)])
            end = m.end() + stop.start() if stop else min(hi, m.end() + SPAN_AFTER)
            out.append(Reaction(article, start, end, kind, party, claim.id if claim is not None else None))
    return out


def _subject_clause(text: str, lo: int, at: int) -> int:
    """Where the clause of the reaction word at ``at`` starts, for finding who reacted: over a
    closed aside ("The United Nations, which has not commented on other incidents, condemned")
    and after a verb of saying ("The United Nations said the rebels condemned")."""
    clause = clause_start(text, lo, at)
    aside = ASIDE_BEFORE.search(text[lo:at])
    after_aside = clause
    if aside is not None and lo + aside.start() <= clause:
        clause, after_aside = clause_start(text, lo, lo + aside.start()), lo + aside.end()
    said = list(SAID.finditer(text, after_aside, at))
    joined = list(JOINED.finditer(text, clause, at))  # "... condemned the shelling and the Taliban vowed"
    return max([clause, *(x.end() for x in said[-1:]), *(x.start(1) for x in joined[-1:])])


def _party(cx: Corpus, text: str, names: list, clause: int, m: re.Match[str], claim) -> tuple[str | None, int]:
    """Who reacted, and where the evidence starts: the one named after a passive's "by" ("was
    condemned by the United Nations"), else the first named in the clause ("The Taliban's Ministry
    of Defence", "The UN special envoy for Afghanistan"), else the holding claim's speaker."""
    start = word_start(text, max(clause, m.start() - SPAN_AFTER))
    if _passive(text, clause, m):
        by = BY_AFTER.match(text, m.end())
        after = [eid for s, _, eid in names if by is not None and 0 <= s - by.end() <= len("the ")]
        return (after[0] if after else None), start
    named = [(s, eid) for s, e, eid in names if clause <= s and e <= m.start()]
    if named:
        return named[0][1], named[0][0]
    return (claim.speaker if claim is not None else None), start


def _passive(text: str, clause: int, m: re.Match[str]) -> bool:
    """"was condemned (by ...)": a participle after a form of "be", not "is condemning"."""
    return m.group().lower().endswith("ed") and PASSIVE_BEFORE.search(text, max(clause, m.start() - 20), m.start()) is not None


def _may_react(e) -> bool:
    """An actor, organisation or person, or a country ("Pakistan said it would respond"), not a town."""
    return e.kind in PARTY_KINDS or (e.kind == "place" and e.geo is not None and e.geo.precision == "country")


def _names_an_act(text: str, lo: int, hi: int) -> bool:
    return any(w in cue_sets().act_nouns for w in re.findall(r"[a-z-]+", text[lo:hi].lower()))


def _denied(text: str, clause: int, at: int) -> bool:
    """"refused to condemn", "has yet to condemn", "urged the UN to condemn": the words just
    before it, back to a comma ("The governor, who has not commented, condemned" is no denial)."""
    before = re.split(r",|\band\b|\bbut\b", text[clause:at].translate(APOSTROPHES))[-1]
    words = re.findall(r"[\w']+", before)[-DENIAL_WORDS:]
    return cue_regex("reaction_negations").search(" ".join(words)) is not None


def _elsewhere(text: str, lo: int, clause: int, clause_end: int, m: re.Match[str]) -> bool:
    """A reaction to something other than the incident: dated earlier, one of a run, or what the
    act came after ("The strike came after rebels vowed to retaliate")."""
    return dated_earlier(text, m.end()) or cue_regex("habitual_words").search(text, clause, clause_end) is not None \
        or CAME_AFTER.search(text, lo, clause_start(text, lo, m.start())) is not None


def _of_an_act(text: str, clause: int, m: re.Match[str], hi: int) -> bool:
    """What is condemned is an act (a name of the incident in labels.json: "the strikes", "the
    massacre", "the bombing", "the incident") or it ("condemned it"), not "the ceasefire talks":
    named after the word, or before it when passive ("The shelling was condemned by the UN")."""
    after = text[m.end():min(hi, m.end() + OBJECT_REACH)].lower()
    passive = _passive(text, clause, m)
    told = ((text[clause:m.start()] + " ") if passive else "").lower() + after
    words = " " + " ".join(re.findall(r"[a-z-]+", told)) + " "
    return IT.match(" " + after.strip()) is not None or any(f" {term} " in words for term in _act_names()) \
        or any(w in HARM_WORDS for w in words.split())


@functools.cache
def _act_names() -> tuple[str, ...]:
    return tuple(t for t, frame in cue_sets().label_frames.items() if frame in ACT_FRAMES)


ACT_FRAMES = ("attack", "atrocity", "agentless", "operation", "blame")
# what a condemnation may name beside the incident's names in labels.json ("the killing of 12 civilians")
HARM_WORDS = {"killing", "killings", "deaths", "death", "shooting", "shootings", "bombardment", "bombardments",
              "strikes", "airstrikes", "attacks", "raids", "bombings", "massacres", "murder", "murders"}
OBJECT_REACH = 60  # characters after "condemned" where what is condemned is named
# "condemned it", "condemned this, saying ...": the pronoun alone, not "this week's talks"
IT = re.compile(r" (?:it|this|them|these|those)(?=\s*(?:[,.;:!?]|$)|\s+(?:as|and|but|in|on|for|saying|calling)\b)")


def _sentences(text: str, end: int) -> bool:
    """"condemned three men to death", "condemned the town to years of hardship": a sentence passed."""
    m = SENTENCED.match(text, end)
    return m is not None and not any(w in cue_sets().act_nouns for w in re.findall(r"[a-z-]+", m.group().lower()))


def _same_party(cx: Corpus, a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return a == b or cx.same_voice(a, b)


def _groups(cx: Corpus) -> tuple[list[list[Reaction]], set[tuple[str, str]]]:
    """Reactions of one kind by one party (any party, for protests) in one incident's coverage;
    and the (article, kind) pairs of reactions with no one named, which may be any group's. Read
    once per corpus: agreements and omissions both ask."""
    if "_reaction_groups" not in cx.__dict__:
        cx.__dict__["_reaction_groups"] = _read_groups(cx)
    return cx.__dict__["_reaction_groups"]


def _read_groups(cx: Corpus) -> tuple[list[list[Reaction]], set[tuple[str, str]]]:
    groups: list[list[Reaction]] = []
    anyone: set[tuple[str, str]] = set()
    for article in sorted(cx.claims_by_article, key=cx.order.get):
        for r in reactions(cx, article):
            if r.kind in NEEDS_PARTY and r.party is None:
                anyone.add((r.article, r.kind))
                continue
            home = next((g for g in groups if g[0].kind == r.kind
                         and cx.component_of[g[0].article] == cx.component_of[r.article]
                         and (r.kind not in NEEDS_PARTY or any(_same_party(cx, x.party, r.party) for x in g))), None)
            if home is None:
                groups.append([r])
            else:
                home.append(r)
    return groups, anyone


def _what(cx: Corpus, group: list[Reaction]) -> str:
    if group[0].kind == "protest":
        return "protests over it"
    return f"that {cx.entity[group[0].party].name} {TELLS[group[0].kind]}"


def _quote(cx: Corpus, r: Reaction, limit: int = 90) -> str:
    words = " ".join(cx.article[r.article].text[r.start:r.end].split())
    return words if len(words) <= limit else words[:limit].rsplit(" ", 1)[0] + "…"


def _by_article(group: list[Reaction]) -> dict[str, list[Reaction]]:
    per_article: dict[str, list[Reaction]] = defaultdict(list)
    for r in group:
        per_article[r.article].append(r)
    return per_article


def reaction_drafts(cx: Corpus) -> list[Draft]:
    """One agreement per incident, kind and party among the articles reporting that reaction."""
    out = []
    for group in _groups(cx)[0]:
        per_article = _by_article(group)
        if len(per_article) < 2:
            continue
        chosen, shown = first_then_more(cx, per_article, MAX_EVIDENCE)
        sources = list(dict.fromkeys(cx.source(r.article) for r in chosen))
        out.append(Draft("agree", [(r.article, r.start, r.end) for r in shown],
                         f"{listing(sources)} report {_what(cx, group)} "
                         f"({', '.join(f'“{_quote(cx, r)}”' for r in chosen)}).", 0.55, 0.4,
                         claims=list(dict.fromkeys(r.claim for r in shown if r.claim))))
    return out


def reaction_omissions(cx: Corpus) -> dict[str, list[Draft]]:
    """One omission per reaction that comparable articles leave out, filed under the first article
    reporting it and missing from the peers of its reporters that report no such reaction (nor one
    of that kind with no one named, which may be the same)."""
    groups, anyone = _groups(cx)
    out: dict[str, list[Draft]] = defaultdict(list)
    for group in groups:
        per_article = _by_article(group)
        told = sorted(per_article, key=cx.order.get)
        peers = dict.fromkeys(a for t in told for a in cx.peers[t])
        missing = [a for a in peers if a not in per_article and (a, group[0].kind) not in anyone]
        if not missing:
            continue
        shown = [per_article[a][0] for a in told[:PER_OMISSION]]
        names = list(dict.fromkeys(cx.source(a) for a in told))
        only = "Only " if len(told) == 1 and len(missing) >= len(cx.peers[told[0]]) else ""
        out[told[0]].append(Draft(
            "omission", [(r.article, r.start, r.end) for r in shown],
            f"{only}{listing(names)} report{'s' if len(names) == 1 else ''} {_what(cx, group)} (“{_quote(cx, shown[0])}”); "
            f"{listing([cx.source(a) for a in missing])} "
            f"{verb_for([cx.source(a) for a in missing], 'does', 'do')} not mention it.",
            0.55, RESPONSE_SALIENCE, claims=[r.claim for r in shown if r.claim], missing_from=missing))
    return out
