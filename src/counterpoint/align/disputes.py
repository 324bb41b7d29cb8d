"""Disputes: a rejection ("denied", "disinformation that ...", "refused to acknowledge") linked to
the claims it rejects, in its own article (align/answered.py) or in another: one finding per
rejecting voice and article, whatever families its rejections are about."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, partial

from ..extract.cuesets import cue_sets
from ..nlp.lexicons.loaders import cue_regex
from ..records import Claim, Quantity
from .answered import SENTENCE_END, answered_here, own_staff
from .backing import backing_rejections
from .candidates import OUTCOME, REJECTING, Corpus, family, writers_doubt
from .findings import MAX_EVIDENCE, Draft, short
from .legality import judges
from .own_accounts import own_account
from .rebuttals import antecedent, misread_rebuttal
from .rejected import (
    PER_ARTICLE,
    names_its_event,
    one_side,
    rejected_content,
    rejection_targets,
    stated_figure,
)
from .text import QUOTE_MARKS, inflections, scare_quoted
from .tolls import toll_rejections
from .victims import rejects_civilian_harm


def short_quote(c: Claim, limit: int = 90) -> str:
    return short(c.text, limit)


def who_says(cx: Corpus, c: Claim) -> str:
    sp = cx.speaker_name(c.id)
    return f"{cx.source(c.article)}" + (f" ({sp})" if sp else "")


def outcome_of(cx: Corpus, c: Claim) -> int:
    base = OUTCOME.get(c.event.type if c.event else "", 0)
    return -base if (c.id in cx.res.negated or c.event and c.event.polarity < 0 and base > 0) else base


PER_FINDING = 3  # rejections of one voice shown in one finding
MAX_BATCHES = 2  # findings for one voice in one article


def _blame_judged(c: Claim) -> bool:
    """A rejection frame said of a claim or of blame ("the attempt to place blame on Rwanda ... is
    unjustified"): it rejects an account, it does not judge the act."""
    if c.stance != "disputed" or not c.cue:
        return False
    at = c.text.lower().find(c.cue.lower())
    words = re.findall(r"[a-z]+", c.text[:max(at, 0)].lower())
    return at > 0 and any(w in cue_sets().claim_nouns for w in words)


def dispute_drafts(cx: Corpus) -> list[Draft]:
    """Rejections ("denied", "disinformation that ...", "refused to acknowledge") linked to the
    claims they reject, here or in another article: one finding per rejecting voice and article,
    whatever families its rejections are about."""
    groups: dict[tuple[str, str | None], list[tuple[Claim, str]]] = defaultdict(list)
    accusation_denials: set[str] = set()
    lead = _lead_families(cx)
    tolls = {c.id for c in toll_rejections(cx)}  # a rejected toll is answered by figures (align/tolls.py)
    backing = backing_rejections(cx)  # a rejected charge of backing, by the claims of it (align/backing.py)
    for c in cx.claims:
        if c.stance not in REJECTING or c.scope != "incident":
            continue  # a denial about an earlier massacre does not answer this strike
        if c.id in backing:
            continue
        if c.id in tolls and (c.event is None or family(c.event.type) in CONSEQUENCES or not names_its_event(cx, c)):
            continue  # "denied that any bunkers were destroyed and called the figures baseless" answers both
        if _repeats_the_rejection_before(cx, c):
            continue  # "... spread fabricated news that ... Such news is completely untrue.": one rejection
        if antecedent(cx, c) is not None or misread_rebuttal(cx, c):
            continue  # "..., a claim Kyiv rejected": answers the clause before it (align/rebuttals.py)
        if judges(c.text) and not _blame_judged(c):
            continue  # "denied that the strike was a war crime": a judgment rejected (align/legality.py)
        if rejects_civilian_harm(cx, c):
            continue  # "refuted claims of civilian casualties": answered by the counts (align/victims.py)
        # "dismissing accusations by the media": what is rejected is the accusation of the article's
        # lead event, unless the rejection's own words name another ("denied reports of the capture")
        accused = lead.get(c.article) if _denies_the_act(cx, c) and not names_its_event(cx, c) else None
        content = rejected_content(cx, c) if c.event is None else None  # "false news claiming that ..."
        fam = accused or family(c.event.type if c.event else content.event.type if content else None)
        if fam is None and _says_what_it_denies(cx, c):
            continue  # "the governor denied the move was related to the protests": about no incident
        if fam is None:  # "dismissed the reports as propaganda": what the voice before it told
            here = answered_here(cx, c)
            # ... else the incident its article leads with ("echoing the group's propaganda")
            fam = family(here[0].event.type) if here else lead.get(c.article)
        if fam:
            # a spokesman and his army: one voice; the writer's doubt of what it attributes is the outlet's;
            # a headline's rejection is its body's of the same word ("coalition calls claims 'baseless'")
            voiced = _body_rejection(cx, c) or c
            groups[(c.article, ("writer", cx.voice(voiced.speaker)) if writers_doubt(voiced)
                    else cx.voice(voiced.speaker))].append((c, fam))
            if accused:
                accusation_denials.add(c.id)
    rejecting_articles: dict[str, frozenset[str]] = defaultdict(frozenset)
    for (article, _), members in groups.items():
        for _, fam in members:
            rejecting_articles[fam] = rejecting_articles[fam] | {article}
    batches = []
    for (article, speaker), members in groups.items():
        # the first rejection of each family, then the rest, three at a time; a rejection in the body
        # before one in the headline, which only sums it up ("Rwanda denies ...")
        members = sorted(members, key=lambda m: (m[0].start < cx.headline_end(article), m[0].start))
        firsts, seen = [], set()
        for c, fam in members:
            if fam not in seen:
                seen.add(fam)
                firsts.append(c)
        rest = [c for c, _ in members if c.id not in {f.id for f in firsts}]
        order = firsts + rest
        for i in range(0, min(len(order), MAX_BATCHES * PER_FINDING), PER_FINDING):
            ids = {c.id for c in order[i:i + PER_FINDING]}
            batches.append((article, speaker, [m for m in members if m[0].id in ids]))
    out = []
    first_of_voice: dict[tuple[str, str | None], Draft] = {}
    for article, speaker, members in batches:
        rejecting = sorted((c for c, _ in members), key=lambda c: c.start)
        chosen_ids = {c.id for c in rejecting}
        fams = list(dict.fromkeys(fam for c, fam in members if c.id in chosen_ids))
        room = MAX_EVIDENCE - len(rejecting)
        # what each rejection answers in its own article comes first: a reader sees claim and denial
        # what each target is shown for: the families its rejection is of, and that rejection
        told_of: dict[str, tuple[tuple[str, ...], Claim]] = {}
        targets: list[Claim] = []
        for r, fam in sorted(members, key=lambda m: m[0].start):
            for t in answered_here(cx, r, _answering(cx, r, fam)) if not writers_doubt(r) else ():
                if not one_side(cx, r, t) and t not in targets:
                    targets.append(t)
                    told_of.setdefault(t.id, (_disputable(fam), r))
        targets = targets[:room]
        first_target: dict[str, Claim] = {}
        for fam in fams:  # each family's rejections get their own best targets
            # the writer's doubt is sought as the outlet's: the speaker it doubts is no denier
            mine = [replace(c, speaker=None, speaker_text=None, event=None) if writers_doubt(c) else c
                    for c, f in members if f == fam and c.id in chosen_ids]
            share = max(1, room // len(fams))
            found = rejection_targets(cx, mine, _pool(cx, article, speaker, fam, mine), share, rejecting_articles[fam])
            if all(writers_doubt(c) for c in mine):
                # the doubted speaker's claim as another article states it; in its own article it doubts only its claim
                doubted = {cx.claim[c.id].speaker for c in mine}
                # words it holds in quotation marks ('a "car bomb"') are doubted wherever they are told
                quoted = {cue.strip(QUOTE_MARKS).lower() for c in mine
                          if scare_quoted(cue := cx.claim[c.id].cue) and cue is not None}
                doers = {a for c in mine for a in (cx.claim[c.id].event.actors if cx.claim[c.id].event else ())}
                found = [t for t in found if t.article != article and (any(
                    t.speaker == d or cx.same_voice(t.speaker, d) for d in doubted) or any(
                    q in t.text.lower() for q in quoted) and not _other_doers(t, doers))]
            if any(c.id in accusation_denials for c in mine) and len(found) < share:
                # rejecting the accusations over an attack answers the deaths it caused, after the
                # attack itself, and no article gives more than its share
                used = defaultdict(int)
                for t in found:
                    used[t.article] += 1
                extra = [c for c in _pool(cx, article, speaker, fam, mine, True)
                         if family(c.event.type if c.event else None) in CONSEQUENCES
                         and used[c.article] < PER_ARTICLE]
                found += rejection_targets(cx, mine, extra, share - len(found), rejecting_articles[fam])
            if found:
                first_target[fam] = found[0]
            for t in found:
                told_of.setdefault(t.id, (_disputable(fam), next(
                    (r for r in mine if stated_figure(cx, r, t) is not None), mine[0])))
            targets += [t for t in found if t not in targets]
        # what the side tells instead, beside what it rejects (align/own_accounts.py)
        instead = None if writers_doubt(rejecting[0]) else own_account(
            cx, rejecting, [f for fam in fams for f in _disputable(fam)], {c.id for c in (*rejecting, *targets)})
        targets = targets[:room - (instead is not None)]
        if not targets:
            continue
        earlier = first_of_voice.get((article, speaker))
        if earlier is not None and {t.id for t in targets} <= set(earlier.claims) \
                and len(earlier.evidence) + len(rejecting) <= MAX_EVIDENCE:
            # a voice's further rejections of what its first finding shows: added to it, where room is
            # (else a finding of their own: none is dropped)
            earlier.evidence.extend(cx.focus_span(c) for c in rejecting)
            earlier.claims.extend(c.id for c in rejecting)
            continue
        who = who_says(cx, rejecting[0])
        frame = rejecting[0].cue or rejecting[0].stance
        t0 = targets[0]
        told = {t.id: _told_span(cx, t, *told_of[t.id]) for t in targets}
        said = partial(_said, cx, told)
        if writers_doubt(rejecting[0]) and scare_quoted(rejecting[0].cue):
            doubted = cx.speaker_name(rejecting[0].id) or "the source"
            text = (f"{cx.source(rejecting[0].article)} puts {frame} in quotation marks in what {doubted} says, "
                    f"doubting it; {who_says(cx, t0)} reports it: “{said(t0)}”.")
        elif writers_doubt(rejecting[0]):
            doubted = cx.speaker_name(rejecting[0].id) or "the source"
            text = (f"{cx.source(rejecting[0].article)} says {doubted} gave no evidence (“{frame}”) for what "
                    f"{who_says(cx, t0)} reports: “{said(t0)}”.")
        elif rejecting[0].stance == "denied" or _disputing_voice(rejecting[0]):
            text = f"{who} rejects (“{frame}”) what {who_says(cx, t0)} reports: “{said(t0)}”."
        else:
            sp = cx.speaker_name(rejecting[0].id)
            text = (f"{cx.source(rejecting[0].article)} calls {sp + chr(39) + 's' if sp else 'the'} claim "
                    f"“{frame}”; {who_says(cx, t0)} reports it: “{said(t0)}”.")
        for fam, r in ((f, next(c for c, g in members if g == f and c in rejecting)) for f in fams[1:]):
            t = first_target.get(fam)
            if t is not None and t is not t0:
                text += (f" It also rejects (“{r.cue or r.stance}”) what {who_says(cx, t)} reports: "
                         f"“{said(t)}”.")
        if instead is not None:
            text += f" {who_says(cx, instead)} tells instead: “{short_quote(instead)}”."
        out.append(Draft(
            "dispute", [cx.focus_span(c) for c in rejecting]
            + [_doubted_words(cx, c) for c in rejecting if writers_doubt(c) and not scare_quoted(c.cue)]
            + [told[c.id] for c in targets] + ([cx.statement_span(instead)] if instead is not None else []),
            text,
            0.8 if rejecting[0].cue else 0.6, 0.9,
            claims=[c.id for c in (*rejecting, *targets, *([instead] if instead is not None else []))]))
        first_of_voice.setdefault((article, speaker), out[-1])
    return out


def _body_rejection(cx: Corpus, c: Claim) -> Claim | None:
    """The rejection in its article's body that a headline's rejection sums up: the first of the same
    rejecting word ("Coalition calls claims 'baseless'" / "said the Houthi reports were "baseless"") in
    the headline's voice, or its side's, when the headline names one (not the rebels' "baseless")."""
    if c.start >= cx.headline_end(c.article) or not c.cue:
        return None
    word = c.cue.strip(QUOTE_MARKS + " ").lower()
    mine = cx.voice_sides(c.speaker)
    return next((o for o in cx.claims_by_article.get(c.article, ()) if o.start >= cx.headline_end(c.article)
                 and o.stance in REJECTING and o.cue and o.cue.strip(QUOTE_MARKS + " ").lower() == word
                 and (c.speaker is None or cx.same_voice(c.speaker, o.speaker) or c.speaker == o.speaker
                      or bool(mine & cx.voice_sides(o.speaker)) or _named_in_sentence(cx, c.speaker, o))), None)


def _named_in_sentence(cx: Corpus, eid: str, c: Claim) -> bool:
    """Is the entity's name in the claim's sentence before the claim, where its speaker is introduced
    ("Coalition spokesman ... said the reports were baseless"; not "said the coalition's account was")?"""
    text = cx.article[c.article].text
    start = max(text.rfind(". ", 0, c.start), text.rfind("\n", 0, c.start)) + 1
    return re.search(rf"\b{re.escape(cx.entity[eid].name)}\b", text[start:c.start], re.IGNORECASE) is not None


POINTING_BACK = ("such", "this", "these", "those")  # not "that", which opens reported clauses
BACK_REACH = 3  # words opening a rejection where "such news", "these false reports" stand


def _repeats_the_rejection_before(cx: Corpus, c: Claim) -> bool:
    """A rejection whose subject points back with a bare claim noun ("Such news is completely untrue",
    "These reports are false"; not "These reports of a massacre are fabricated", which names its own
    content) to a rejection of the same voice ending in the sentence right before it repeats that one. A
    voice's claim the outlet calls false ("spread fabricated news that ...") is the outlet's rejection."""
    words = [w.strip(".,;:\"'“”‘’").lower() for w in c.text.split()[:BACK_REACH + 1]]
    noun = next((i for i, w in enumerate(words[1:BACK_REACH], 1) if w in cue_sets().claim_nouns), None)
    if not words or words[0] not in POINTING_BACK or noun is None or words[noun + 1:noun + 2] in (["of"], ["about"]):
        return False  # its first word points ("affirmed that the claims ..." does not)
    text = cx.article[c.article].text
    before = [o for o in cx.claims_by_article.get(c.article, ()) if o.end <= c.start and o.stance in REJECTING]
    if not before:
        return False
    last = max(before, key=lambda o: o.end)
    same_voice = last.speaker == c.speaker or cx.same_voice(last.speaker, c.speaker) or (
        c.speaker is None and last.stance == "disputed")
    return same_voice and len(SENTENCE_END.findall(text, last.end, c.start)) <= 1


def _said(cx: Corpus, told: dict[str, tuple[str, int, int]], t: Claim) -> str:
    """What a target is quoted as: the figure's clause when that is what is shown, else the claim."""
    if t.id not in told:
        return short_quote(t)
    article, start, end = told[t.id]
    shown = cx.article[article].text[start:end]
    return short(shown, 90) if (start, end) != cx.statement_span(t)[1:] else short_quote(t)


def _told_span(cx: Corpus, c: Claim, families: Sequence[str], rejection: Claim) -> tuple[str, int, int]:
    """What a rejected claim says of the rejected families: the clause of the figure the rejection
    names ("a claim that nine soldiers were killed"); else its statement, or, when it tells of them
    only by a figure ("Nine soldiers were killed and two bunkers were destroyed"), that figure's clause."""
    q = stated_figure(cx, rejection, c)
    if q is None and c.event is not None and family(c.event.type) in families:
        return _with_what_it_claims(cx, cx.statement_span(c))
    q = q or _figure_of(cx, c, families)
    if q is None:
        return cx.statement_span(c)
    text = cx.article[c.article].text
    before = [m.end() for m in FIGURE_CLAUSE.finditer(text, c.start, q.start)]
    after = CLAUSE_MARK.search(text, q.end, c.end)  # not "and": "three bunkers and a depot were destroyed"
    start = max(before, default=c.start)
    end = after.start() if after else c.end
    return c.article, start + len(text[start:q.start]) - len(text[start:q.start].lstrip()), \
        end - (len(text[q.end:end]) - len(text[q.end:end].rstrip()))


CLAIMING_REACH = 120  # characters of the participle clause shown with the claim


def _with_what_it_claims(cx: Corpus, span: tuple[str, int, int]) -> tuple[str, int, int]:
    """A statement with the participle clause of saying that closes its sentence ("said it fired
    rockets at the base, claiming "direct hits""; cues.json ``claim_participles``): what the
    rejection calls false is often there."""
    article, start, end = span
    text = cx.article[article].text
    m = _claiming().match(text, end)
    if m is None:
        return span
    stop = SENTENCE_END.search(text, m.end())
    close = stop.start() if stop else len(text)
    return (article, start, close) if close - m.end() <= CLAIMING_REACH else span


@cache
def _claiming() -> re.Pattern[str]:
    """", claiming", ", saying": a comma, then a participle of claiming."""
    return re.compile(r",\s*" + cue_regex("claim_participles").pattern, re.IGNORECASE)


def _other_doers(t: Claim, doers: set[str]) -> bool:
    """Does the claim name doers, none of them those the doubted claim names (the rebels' "massacre"
    and the army's)?"""
    mine = set(t.event.actors) if t.event else set()
    return bool(doers) and bool(mine) and not doers & mine


def _figure_of(cx: Corpus, c: Claim, families: Sequence[str]) -> Quantity | None:
    """A figure of the claim's that tells of an event of ``families`` (events.json quantity_roles
    ``event``: "two bunkers were destroyed" tells of a destruction)."""
    events = cue_sets().role_events
    return next((q for q in cx.quantities_by_claim.get(c.id, ()) if family(events.get(q.role or "")) in families),
                None)


# where the clause of a figure begins and ends: a break between clauses, or "and" before a new one
FIGURE_CLAUSE = re.compile(r"[,;:.]|\band\b")
CLAUSE_MARK = re.compile(r"[,;:.]")


def _answering(cx: Corpus, rejection: Claim, fam: str) -> tuple[str, ...] | None:
    """The families of what a rejection answers in its own article: any, when its own words tell of
    no event ("dismissed the reports"); else its own, and a denied attack's dead ("denied carrying
    out air strikes on a funeral" answers "which rebels said killed more than 100")."""
    if rejection.event is None or cx.res.triggers.get(rejection.id) is None or \
            not rejection.start <= cx.res.triggers[rejection.id][0] < rejection.end:
        return None
    return _disputable(fam) + (CONSEQUENCES if fam in ("attack", "chemical") else ())


def _pool(cx: Corpus, article: str, speaker: str | None, fam: str, rejecting: list[Claim],
          accusation: bool = False) -> list[Claim]:
    """The claims a rejection of family ``fam`` by ``speaker`` in ``article`` may answer; rejecting
    the accusations over an attack ("dismissing accusations by the media") answers its deaths too."""
    ids = {r.id for r in rejecting}

    def own(c: Claim) -> bool:  # the rejecting voice's: its group's, or a spokesman's of one of its groups
        return cx.voice(c.speaker) == speaker or any(cx.same_voice(c.speaker, r.speaker) for r in rejecting)

    pool = []
    families = _disputable(fam) + (CONSEQUENCES if accusation and fam in ("attack", "chemical") else ())
    arts = (article, *cx.peers[article])  # the articles it is compared with (blocking)
    told = [c for f in dict.fromkeys(families) for a in arts for c in cx.claims_by_article_family.get((a, f), ())]
    # "Nine soldiers were killed and two bunkers were destroyed": a claim tells of one event, and its
    # figures of the others its clauses tell
    seen = {c.id for c in told}
    told += [c for a in arts for c in cx.claims_by_article.get(a, ())
             if c.id not in seen and _figure_of(cx, c, families)]
    for c in told:
        if c.id in ids or c.stance in REJECTING or c.id in cx.res.negated or _unconfirmed(c):
            continue  # "no independent body has confirmed any use of chemical weapons" states no use
        if c.scope == "background":
            continue  # "its origins in a somber day in 1988 when ...": an earlier event is not what is denied
        if all(r.stance == "denied" for r in rejecting) and speaker is not None and own(c):
            continue  # a denier's own statements are not what they deny ...
        if speaker is None and c.article == article and own_staff(cx, c):
            continue  # nor an outlet's its own correspondent's
        pool.append(c)
    if fam == "control":
        # ... except that refusing to acknowledge a place's loss is borne out by the same
        # speaker's "attack repelled" elsewhere
        pool += [c for c in cx.claims_by_family.get("control", ()) if speaker and own(c)
                 and c.article != article and cx.comparable(article, c.article)
                 and outcome_of(cx, c) < 0 and c not in pool]
        pool = [c for c in pool if not (own(c) and outcome_of(cx, c) > 0)]
    return pool


def _unconfirmed(c: Claim) -> bool:
    """A claim its speaker says is not confirmed ("has not confirmed", "no one has confirmed")."""
    if c.stance != "speculative" or not c.cue:
        return False
    verbs = cue_sets().confirm_verbs
    return any(w.startswith(v[:-1]) for w in c.cue.lower().split() for v in verbs)


# a rejection of a strike also answers the deaths it caused: "the army denied the strike" vs
# "the strike killed 12"
CONSEQUENCES = ("killing", "injury", "casualties", "losses")


def _disputable(fam: str) -> tuple[str, ...]:
    """Families whose claims a rejection of ``fam`` may answer: rejecting a death toll's story
    answers the attack too; rejecting an attack or a chemical attack answers that alone."""
    return (fam, "attack", "chemical") if fam in CONSEQUENCES else (fam,)


def _lead_families(cx: Corpus) -> dict[str, str]:
    """Per article, what a denial with no event of its own ("The ministry denied responsibility.")
    is about: the incident the article leads with, its first attack or chemical claim, else its
    first control claim."""
    out: dict[str, str] = {}
    for c in cx.claims:
        if c.event is None or c.scope != "incident" or c.stance in REJECTING:
            continue
        fam = family(c.event.type)
        if fam in ("attack", "chemical") and out.get(c.article) in (None, "control"):
            out[c.article] = fam  # the first violent event, even after a control claim
        elif fam == "control":
            out.setdefault(c.article, fam)
    return out


def _doubted_words(cx: Corpus, c: Claim) -> tuple[str, int, int]:
    """The words of a claim the writer doubts, up to its doubt ("the building was used by Hamas
    fighters | , without providing evidence"), shown apart from the doubt itself."""
    article, start, end = cx.statement_span(c)
    cue_start = cx.focus_span(c)[1]
    text = cx.article[article].text
    stop = cue_start if start < cue_start <= end else end
    return article, start, len(text[:stop].rstrip(" ,;—-"))


def _disputing_voice(c: Claim) -> bool:
    """A claim whose speaker disputes ("Russia challenged that version of events"): the speaker
    is the one who rejects, not the one whose claim is called false."""
    words = (c.cue or "").lower().split()
    return c.speaker is not None and len(words) == 1 and any(
        words[0] in _verb_forms(v) for v in cue_sets().dispute_verbs)


def _verb_forms(verb: str) -> set[str]:
    """"challenge": challenge, challenges, challenged, challenging (not "questionable")."""
    root = verb[:-1] if verb.endswith("e") else verb
    return {verb, f"{verb}s", f"{root}ed", f"{root}ing"}


def _says_what_it_denies(cx: Corpus, c: Claim) -> bool:
    """A verb of denying followed by a clause of its own ("denied the move was related to the
    protests"), not by a pronoun or a short object ("denied it", "denied the report")."""
    cue = (c.cue or "").lower()
    if not cue or _judges_an_account(c):
        return False
    text = cx.article[c.article].text
    stop = min((i for i in (text.find(". ", c.start), text.find("\n", c.start)) if i >= 0), default=len(text))
    at = text.lower().find(cue, c.start, stop)  # the cue may end the clause the claim is ("..., though X denied")
    return at >= 0 and len(text[at + len(cue):stop].split()) >= OWN_CLAUSE_WORDS


OWN_CLAUSE_WORDS = 4  # words after a verb of denying that make a clause of their own


def _judges_an_account(c: Claim) -> bool:
    """"echoing the group's propaganda", "lies": a word judging an account false, not a verb of
    denying with a clause of its own ("the governor denied the move was related to the protests")."""
    cue = (c.cue or "").lower()
    return bool(cue) and not any(cue in inflections(v) for v in cue_sets().reporting_verbs)


def _denies_the_act(cx: Corpus, c: Claim) -> bool:
    """"denied responsibility", "rejected the accusations", "This is a lie": a denial whose object
    is the accusation itself (an accountability or claim noun) or nothing at all. "Rejected claims
    that the centre held weapons" is about something else."""
    words = [w.strip(".,;:\"'“”‘’").lower() for w in c.text.split()]
    nouns = cue_sets().claim_nouns
    if len(words) <= 4 or (any(w in nouns for w in words) and " that " not in f" {c.text} "):
        return True
    # "The allegations were confirmed to be incorrect": the claim noun is the subject right before
    # the claim's span (not "The rebels, in their statement, denied ...")
    text = cx.article[c.article].text
    before = re.split(r"[.!?;,\n]", text[max(0, c.start - 40):c.start])[-1].split()
    return bool(before) and before[-1].strip("\"'“”‘’").lower() in nouns and " that " not in f" {c.text} "
