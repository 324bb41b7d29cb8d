"""What a rejection rejects: the claims a denial or a rejection frame answers, here or in another
article, scored by place, the doer the rejected account names, an accusation, the denier's side
(its own side's account is not what it denies), the words it shares with the rejection, and time;
the best few per article, an article that states the claim without a rejection of it first.
align/disputes.py builds the findings from them; align/assertions.py asks them too.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import actors, cue_regex, cues
from ..records import Claim, Quantity
from ..resolve.actors import allied, countries_named, national_side
from .anchors import anchors
from .answered import owned_by, owner_named
from .candidates import Corpus, family
from .corpus_voices import states_of
from .intervals import category_relation, same_figure
from .stated import interval

PER_ARTICLE = 2
BALANCED_PENALTY = 4.5  # a wire reporting both the claim and its denial is not where the claim is made
HEADLINE_PENALTY = 1.5  # a headline compresses the claim: the body's statement of it is what a reader checks
OWNER_BONUS = 4.0  # a claim of the voice a rejection names as whose it rejects


def _score_target(cx: Corpus, rejecting: Claim, target: Claim, common: frozenset[str] = frozenset()) -> float:
    if cx.places_clash(rejecting.id, target.id):
        return -10.0
    denier = _countries_of_denier(cx, rejecting)
    if denier and denier & speaker_countries(cx, target):
        return -10.0  # the denier's own side's account ("the army blamed a misfired rocket") is not what it denies
    spreaders = _spreaders(cx, rejecting)
    voiced = spreaders and target.speaker is not None
    if voiced and not _voiced_by(cx, target.speaker, spreaders):
        return -10.0  # "false information spread by the terrorists" rejects no other voice's account
    score = 3.0 if cx.places(rejecting.id) & cx.places(target.id) else 1.0
    ents = cx.claim_entities.get(target.id, set())
    if target.event and target.event.actors:
        score += 3  # it names a perpetrator: what a denial answers
    elif any(cx.entity[e].kind in ("actor", "person") for e in ents):
        score += 1
    text = cx.article[target.article].text
    around = text[max(0, target.start - 40):target.end].lower()
    if any(w in around for w in cx.accusation_cues):
        score += 4.5  # "blamed the raid on ...", "attributed to ...": an accusation is what is denied
    if target.event:
        # the denier's or negator's own side is the one accused
        doers = set(_rejected_doers(cx, rejecting))
        own = doers | ({rejecting.speaker} - {None})
        aligned = set().union(*(cx.aligned_sides(e) for e in own)) if own else set()
        own_sides = {cx.side(e) for e in doers} - {None}  # the rejected account's doers, not the speaker
        sides = {cx.side(a) for a in target.event.actors} - {None}
        if sides & aligned:
            score += 2
        elif sides and own_sides and all(any(cx.opposed(x, y) for y in own_sides) for x in sides):
            return -10.0  # "false news that the Turkish army did it" is not answered by "the PKK did it"
    mine, theirs = _sides(cx, rejecting), _sides(cx, target)
    if mine and theirs and not cx.own_voice(target) and not any(allied(a, b) for a in mine for b in theirs):
        # what a side rejects is another side's account, more than a bystander's; a state outlet's
        # own report is no party's claim (a state broadcaster telling of another state's jets)
        score += OTHER_SIDE
    if denier & countries_named(target.text):
        score += 3  # "Russia denied responsibility" answers "a Russian missile hit the station"
    if target.id == _lead_claim(cx, target.article, family(target.event.type if target.event else None)):
        score += 0.5  # the article's own first statement of the event is what a reader checks
    if target.stance in ("asserted", "attributed"):
        score += 0.5
    own = anchors(rejecting.speaker_text) if rejecting.speaker_text else frozenset()  # "Rebel commanders denied"
    shared = (_rejected_words(cx, rejecting) & anchors(target.text)) - common - own
    score += SHARED_WORD * min(2, len(shared))  # "denied the presence of Taliban fighters" answers "Taliban ... used it"
    if stated_figure(cx, rejecting, target) is not None:
        score += STATED_FIGURE  # "dismissed a claim that nine soldiers had been killed": "Nine soldiers were killed"
    return score


OTHER_SIDE = 2.0  # what a side rejects: another side's account before a bystander's
STATED_FIGURE = 4.5  # as much as an accusation: the rejection names the very count


def stated_figure(cx: Corpus, rejecting: Claim, target: Claim) -> Quantity | None:
    """The target's figure that the rejection itself names, if any: the same count of the same kind,
    in the same role."""
    named = cx.quantities_by_claim.get(rejecting.id, ())
    return next((t for t in cx.quantities_by_claim.get(target.id, ()) for q in named
                 if q.role == t.role and q.role is not None and same_figure(interval(q), interval(t))
                 and category_relation(q.category, t.category, cx.ancestors) == "same"), None)


SHARED_WORD = 1.5
# the words that name who put out what a rejection calls false, the verb right after the falsehood
# ("false information spread on social media by the terrorists", "lies peddled by the regime"; not
# "a statement published by the agency", nor "the fire spread after an explosion set off by ...")
SPREAD_BY = re.compile(r"\b(?:false\w*|fake|lies|disinformation|misinformation|rumou?rs?)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:spread|spreading|circulated|circulating|peddled|peddling|disseminated|propagated)\b"
                       r"(?:(?!\bby\b)[^.;,]){0,40}\bby\s+(?:the\s+)?$", re.IGNORECASE)


def _spreaders(cx: Corpus, rejecting: Claim) -> frozenset[str]:
    """The entities a rejection names as spreading what it calls false."""
    text = cx.article[rejecting.article].text
    out = set()
    for eid in cx.claim_entities.get(rejecting.id, ()):
        for m in cx.entity[eid].mentions:
            if m.article == rejecting.article and rejecting.start <= m.start < rejecting.end \
                    and SPREAD_BY.search(text[max(rejecting.start, m.start - 60):m.start]):
                out.add(eid)
    return frozenset(out)


def _voiced_by(cx: Corpus, speaker: str, spreaders: frozenset[str]) -> bool:
    """Is the voice one of the spreaders, or on a spreader's side?"""
    sides = {cx.side(e) for e in spreaders} - {None}
    return speaker in spreaders or cx.side(speaker) in sides
CONTENT_GAP = 20  # characters between a rejection frame and the clause it calls false
# "false news claiming that ...", "false news that ...": what is called false; not ", saying that
# ...", which is often the rejecting voice's own counter-account
CONTENT_LEAD = re.compile(r"[\s,]*(?:claiming|alleging)\b|\s+that\b", re.IGNORECASE)


def _rejected_doers(cx: Corpus, rejecting: Claim) -> tuple[str, ...]:
    """Who the rejected account names as the doer: the rejecting claim's own actors, else those of
    the clause right after it that says what is called false ("spreading false news claiming that
    the attack was carried out by the Turkish military")."""
    if rejecting.event is not None and rejecting.event.actors:
        return rejecting.event.actors
    content = rejected_content(cx, rejecting)
    if content is not None and content.event is not None:
        return content.event.actors
    denial = _own_denial_after(cx, rejecting)
    if denial is None:
        return ()
    return denial.event.actors or _named_before_the_negation(cx, denial)


NEGATION_WORD = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)


def _named_before_the_negation(cx: Corpus, denial: Claim) -> tuple[str, ...]:
    """The side the denial's subject names, where the parse gave its act no doer ("The forces of
    militia have not opened fire"); not what it did not hit ("We have not shelled Houthi positions")."""
    negation = NEGATION_WORD.search(cx.article[denial.article].text, denial.start, denial.end)
    if negation is None:
        return ()
    return tuple(sorted(e for e in cx.claim_entities.get(denial.id, ())
                        if cx.entity[e].kind == "actor" and cx.side(e) is not None
                        and any(m.article == denial.article and denial.start <= m.start < negation.start()
                                for m in cx.entity[e].mentions)))


DENIAL_AFTER = 200  # characters: "This is absolute misinformation. Our forces have not opened fire on the city."
DENIAL_BEFORE = 60  # characters: "We've not been overrun. It's false"


def _rejected_words(cx: Corpus, rejecting: Claim) -> frozenset[str]:
    """The words of what a rejection calls false: its own, and for a bare one ("It's false") those
    of the same voice's denial right before it ("We've not been overrun. It's false")."""
    words = anchors(rejecting.text)
    if rejecting.event is not None:
        return words
    text = cx.article[rejecting.article].text
    before = [c for c in cx.claims_by_article.get(rejecting.article, ())
              if c.end <= rejecting.start <= c.end + DENIAL_BEFORE and c.speaker == rejecting.speaker
              and NEGATION_WORD.search(text, c.start, c.end)]
    return words | anchors(before[-1].text) if before else words


def _own_denial_after(cx: Corpus, rejecting: Claim) -> Claim | None:
    """The same voice's denial of an act right after its rejection ("This is absolute
    misinformation. The forces of militia have not opened fire on Mariupol"): it names whose act
    the rejected account tells of."""
    return next((c for c in cx.claims_by_article.get(rejecting.article, ())
                 if rejecting.end <= c.start <= rejecting.end + DENIAL_AFTER and c.speaker == rejecting.speaker
                 and c.id in cx.res.negated and c.event is not None), None)


def rejected_content(cx: Corpus, rejecting: Claim) -> Claim | None:
    """The clause right after a rejection frame that says what it calls false ("spreading false
    news claiming that the attack was carried out by ...", "false news that ..."), when it tells
    of an event."""
    text = cx.article[rejecting.article].text
    return next((c for c in cx.claims_by_article.get(rejecting.article, ())
                 if rejecting.end <= c.start <= rejecting.end + CONTENT_GAP and c.event is not None
                 and CONTENT_LEAD.match(text[rejecting.end:c.start + 12])),
                None)


def speaker_countries(cx: Corpus, c: Claim) -> frozenset[str]:
    names = [c.speaker_text or ""] + ([cx.entity[c.speaker].name] if c.speaker is not None else [])
    codes = frozenset().union(*(countries_named(n) for n in names if n))
    return codes | (_affiliation(cx, c.speaker) if c.speaker is not None else frozenset())


def _affiliation(cx: Corpus, eid: str) -> frozenset[str]:
    """The countries a person speaks for, read from how the articles introduce them: an
    apposition ("Colonel Getnet Adane, Ethiopia's military spokesman,") or a title in front
    ("Israeli military spokesman Daniel Hagari")."""
    cache = cx.__dict__.setdefault("_affiliations", {})
    if eid in cache:
        return cache[eid]
    codes: set[str] = set()
    e = cx.entity[eid]
    if e.kind == "person":
        for m in e.mentions:
            text = cx.article[m.article].text
            after = re.match(r",\s*([^,.;:\n]{3,80})", text[m.end:m.end + 90])
            if after:
                codes |= countries_named(after.group(1))
            before = re.split(r"[.;:\n,“”\"]", text[max(0, m.start - 60):m.start])[-1].split()[-5:]
            if before and all(w[:1].isupper() or w.islower() for w in before):
                codes |= countries_named(" ".join(before))
    cache[eid] = frozenset(codes)
    return cache[eid]


def _lead_claim(cx: Corpus, article: str, fam: str | None) -> str | None:
    """The first claim of ``article`` about an event of family ``fam``."""
    if fam is None:
        return None
    return next((c.id for c in cx.claims_by_article_family.get((article, fam), ())), None)


def _countries_of_denier(cx: Corpus, c: Claim) -> frozenset[str]:
    """The countries a rejecting claim speaks for: its speaker's names, else its own actors'
    ("Russia denied striking the station"). A speaker that names its country is who denies:
    in "India launches air strike in Pakistan, Islamabad denies" India is the one accused."""
    names = [c.speaker_text or ""]
    if c.speaker is not None:
        names.append(cx.entity[c.speaker].name)
    spoken = frozenset().union(*(countries_named(n) for n in names if n))
    if spoken or c.event is None:
        return spoken
    # the doers told after a claim noun are those of the claim rejected ("the claims of the
    # government that its army has regained control of Palma are lies"), not the denier
    noun = cue_regex("claim_nouns").search(c.text)
    at = c.start + noun.start() if noun else c.end
    return frozenset().union(*(countries_named(cx.entity[a].name) for a in c.event.actors
                               if not any(m.article == c.article and at <= m.start < c.end
                                          for m in cx.entity[a].mentions)))


def _far_in_time(cx: Corpus, a: Claim, b: Claim) -> bool:
    """Two claims about events far apart: over 3 days when both give a date, over 7 days when one
    is only dated by its article (a denial often comes days after the event)."""
    from .revisions import day_number

    ea, eb = (a.event.date if a.event else None), (b.event.date if b.event else None)
    na = day_number(ea or cx.article[a.article].date)
    nb = day_number(eb or cx.article[b.article].date)
    if na is None or nb is None or (ea is None and eb is None):
        return False
    return abs(na - nb) > (3 if ea and eb else 7)


def rejection_targets(cx: Corpus, rejecting: list[Claim], candidates: list[Claim], room: int,
             balanced: frozenset[str] = frozenset()) -> list[Claim]:
    """``balanced``: articles that also carry a rejection of the claim; an article stating the claim
    without one is where it is made, and ranks first."""
    scored = []
    own = {r.article for r in rejecting}
    # words most candidates share (the town, the day, "strike") do not tell which one is denied
    df = Counter(w for t in candidates for w in anchors(t.text))
    common = frozenset(w for w, n in df.items() if n > max(1, len(candidates) // 2))
    # the voices the rejections name, when each names one that speaks in its article
    named = [owner_named(cx, r) for r in rejecting]
    owners = {o for o in named if o is not None} if all(
        o is not None and any(owned_by(cx, o, c.speaker) for c in cx.claims_by_article.get(r.article, ()))
        for r, o in zip(rejecting, named)) else set()
    for t in candidates:
        if t.article in own and (t.speaker is None or t.speaker in {r.speaker for r in rejecting}):
            continue  # in the denier's own article only another source's claim can be what is denied
        if t.article in own and owners and not any(owned_by(cx, o, t.speaker) for o in owners):
            continue  # ... and only the claim of the voice it names ("rejected the army's assertion")
        if any(r.speaker != t.speaker and (cx.same_voice(r.speaker, t.speaker) or one_side(cx, r, t))
               for r in rejecting):
            continue  # the army's spokesman does not deny what the army itself, or its ally, says
        if all(_far_in_time(cx, r, t) for r in rejecting):
            continue  # a denial about this week does not answer a claim about last month
        s = max(_score_target(cx, r, t, common) for r in rejecting)
        if any(o is not None and owned_by(cx, o, t.speaker) for o in named):
            s += OWNER_BONUS  # "the claims of the Russian Ministry of Defence that ...": that voice's, wherever told
        if t.article in balanced and t.article not in own:
            s -= BALANCED_PENALTY
        if t.start < cx.headline_end(t.article):
            s -= HEADLINE_PENALTY
        # a claim that scores exactly the penalties it takes (a wire that also carries a denial, a
        # headline) is still shown when there is room: it states the claim at the rejection's place
        if s >= 0:
            scored.append((-s, cx.order[t.article], t.start, t))
    scored.sort(key=lambda x: x[:3])
    # a headline only sums up what its body states: the body's statement is what a reader checks
    told_in_body = {t.article for *_, t in scored if t.start >= cx.headline_end(t.article)}
    chosen: list[Claim] = []
    per_article: dict[str, int] = defaultdict(int)
    for *_, t in scored:
        if per_article[t.article] >= PER_ARTICLE or (t.article in told_in_body
                                                     and t.start < cx.headline_end(t.article)):
            continue
        chosen.append(t)
        per_article[t.article] += 1
        if len(chosen) >= room:
            break
    return chosen


def names_its_event(cx: Corpus, c: Claim) -> bool:
    """Do the rejection's own words name its event ("denied reports of the capture of Tell Amra"),
    rather than the event coming from elsewhere in the sentence ("fierce fighting ..., dismissing
    accusations")?"""
    if c.event is None:
        return False
    _, fs, fe = cx.focus_span(c)
    _, es, ee = cx.event_span(c)
    return (fs, fe) != (es, ee) and fs <= es and ee <= fe


def _sides(cx: Corpus, c: Claim) -> frozenset[str]:
    """The sides a claim's voice speaks for: its own, its state's ("Ukrainian authorities"), or the
    outlet's, when the outlet speaks or, in a state's or party's outlet, a voice of no known side
    that speaks for it (`_the_outlets`)."""
    memo = cx.__dict__.setdefault("_claim_sides_memo", {})  # asked for each rejection and candidate
    key = (c.id, c.speaker, c.speaker_text)  # a writer's doubt is sought with its speaker taken off
    if key not in memo:
        names = (c.speaker_text, cx.entity[c.speaker].name if c.speaker is not None else None)
        memo[key] = cx.voice_sides(c.speaker) or state_organ_sides(*names) or (
            cx.outlet_sides(c.article) if _the_outlets(cx, c) else frozenset())
    return memo[key]


def state_organ_sides(*names: str | None) -> frozenset[str]:
    """The state's side of a voice naming a country and one of its organs ("Ukrainian authorities",
    "Syria's army"); not "the Syrian Observatory" or "Syria Civil Defence": a nationality is no side."""
    organ = cue_regex("state_organ_words")
    return frozenset(s for n in names if n and organ.search(n) for code in countries_named(n)
                     if (s := national_side(code)))


def _the_outlets(cx: Corpus, c: Claim) -> bool:
    """Is the claim told in the outlet's own voice, or, in a state's or a party's outlet, by an
    official voice of no known side ("the General Staff of the Armed Forces said", "the Minister",
    "the division")? Not by witnesses, a named person with no post, another outlet, or the enemy the
    outlet names with a delegitimising label ("the media of the junta")."""
    if cx.own_voice(c):
        return True
    outlet = cx.outlet_sides(c.article)
    if not outlet or c.speaker is None:
        return False
    names = [n for n in (c.speaker_text, cx.entity[c.speaker].name) if n]
    if any(_named_as_an_enemy(cx, n) or _bystanders(n) for n in names):
        return False
    text = cx.article[c.article].text
    # a person's post is told before the name ("Defence minister Daoud Yaya")
    person = cx.entity[c.speaker]
    names += [re.split(r"[.;:!?\n]", text[max(0, m.start - TITLE_REACH):m.start])[-1]
              for m in person.mentions if m.article == c.article and person.kind == "person"]
    # an armed group's own statement speaks as the group ("the group said"); a state's outlet
    # quotes many others, and speaks only through its organs and officials
    return not states_of(outlet) or any(_official(n) for n in names)


TITLE_REACH = 30  # characters before a person's name where the post they hold is told


# kinds of collective sources (cues.json collective_sources) that speak for no party: a state
# agency quoting residents or medics does not make them its side
BYSTANDER_KINDS = frozenset({"witness", "activist", "medical", "rescue", "monitor"})


@functools.cache
def _bystander_words() -> tuple[str, ...]:
    return tuple(c.cue.lower() for c in cues().collective_sources if c.kind in BYSTANDER_KINDS)


def _bystanders(name: str) -> bool:
    """Is a voice named as residents, witnesses, medics, rescuers, monitors or activists?"""
    name = name.lower()
    return any(name == w or name.endswith(" " + w) for w in _bystander_words())


@functools.cache
def _official(name: str) -> bool:
    """Does a voice's name give a state organ, an official post or a body of the forces ("ministry",
    "armed forces", "spokesman", "the General Staff", "brigade"; cues.json `state_organ_words`,
    `title_nouns` and `official_body_words`, actors.json `unit_nouns`)?"""
    words = set(re.findall(r"[a-zé]+", name.lower()))
    return bool(cue_regex("state_organ_words").search(name) or cue_regex("official_body_words").search(name)) \
        or bool(words & (cue_sets().title_nouns | frozenset(actors().unit_nouns)))


def _named_as_an_enemy(cx: Corpus, name: str) -> bool:
    """Does a voice's name carry a word that delegitimises ("the media of the junta", "the
    aggression's spokesman", "a pro-regime source")? A party's outlet names its enemy so, never its own."""
    words = re.sub(r"['’]s\b", "", name.lower()).replace("-", " ").split()  # "pro-regime": "regime"
    return any(cx.label_connotation(" ".join(words[i:j])) == "delegitimising"
               for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1))


def one_side(cx: Corpus, r: Claim, t: Claim) -> bool:
    """Both speakers speak for one side, or for allies: "Russia's army denied targeting civilians"
    answers Ukraine, not the Russian Defence Ministry's own account of the strike. A state's or a
    party's outlet speaks for its side, and so do its organs and officials ("the general staff
    said"): the agency's "fake news" is neither its own lead nor its army's account in a wire."""
    if r.article == t.article and cx.own_voice(r) and cx.own_voice(t):
        return True  # an outlet does not reject what it tells in its own voice ("Rights Monitor found")
    dr, dt = cx.article[r.article].date, cx.article[t.article].date
    if dr and dt and dr > dt:
        return False  # a side taking back its own earlier account ("the Pentagon rejected that the strike
        # killed militants")
    return allied_voices(cx, r, t)


def allied_voices(cx: Corpus, a: Claim, b: Claim) -> bool:
    """Do the two claims' voices speak for one side, or for allies?"""
    mine, theirs = _sides(cx, a), _sides(cx, b)
    return any(allied(side, other) for side in mine for other in theirs)
