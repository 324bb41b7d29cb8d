"""Disputes: a rejection ("denied", "disinformation that ...", "refused to acknowledge") linked to
the claims it rejects, in its own article (align/answered.py) or in another: one finding per
rejecting voice and article, whatever families its rejections are about."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..extract.cuesets import cue_sets
from ..records import Claim
from ..resolve.actors import allied, countries_named
from .anchors import anchors
from .answered import answered_here, owned_by, owner_named
from .candidates import OUTCOME, REJECTING, Corpus, family
from .findings import MAX_EVIDENCE, Draft, short
from .legality import judges
from .rebuttals import antecedent, misread_rebuttal
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


PER_ARTICLE = 2
PER_FINDING = 3  # rejections of one voice shown in one finding
MAX_BATCHES = 2  # findings for one voice in one article
BALANCED_PENALTY = 4.5  # a wire reporting both the claim and its denial is not where the claim is made
HEADLINE_PENALTY = 1.5  # a headline compresses the claim: the body's statement of it is what a reader checks


def _score_target(cx: Corpus, rejecting: Claim, target: Claim, common: frozenset[str] = frozenset()) -> float:
    if cx.places_clash(rejecting.id, target.id):
        return -10.0
    denier = _countries_of_denier(cx, rejecting)
    if denier and denier & _speaker_countries(cx, target):
        return -10.0  # the denier's own side's account ("the army blamed a misfired rocket") is not what it denies
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
    if denier & countries_named(target.text):
        score += 3  # "Russia denied responsibility" answers "a Russian missile hit the station"
    if target.id == _lead_claim(cx, target.article, family(target.event.type if target.event else None)):
        score += 0.5  # the article's own first statement of the event is what a reader checks
    if target.stance in ("asserted", "attributed"):
        score += 0.5
    own = anchors(rejecting.speaker_text) if rejecting.speaker_text else frozenset()  # "Rebel commanders denied"
    shared = (_rejected_words(cx, rejecting) & anchors(target.text)) - common - own
    score += SHARED_WORD * min(2, len(shared))  # "denied the presence of Taliban fighters" answers "Taliban ... used it"
    return score


SHARED_WORD = 1.5
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


def _speaker_countries(cx: Corpus, c: Claim) -> frozenset[str]:
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
    return frozenset().union(*(countries_named(cx.entity[a].name) for a in c.event.actors))


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
        if any(r.speaker != t.speaker and (cx.same_voice(r.speaker, t.speaker) or _one_side(cx, r, t))
               for r in rejecting):
            continue  # the army's spokesman does not deny what the army itself, or its ally, says
        if all(_far_in_time(cx, r, t) for r in rejecting):
            continue  # a denial about this week does not answer a claim about last month
        s = max(_score_target(cx, r, t, common) for r in rejecting)
        if t.article in balanced and t.article not in own:
            s -= BALANCED_PENALTY
        if t.start < cx.headline_end(t.article):
            s -= HEADLINE_PENALTY
        # a claim that scores exactly the penalties it takes (a wire that also carries a denial, a
        # headline) is still shown when there is room: it states the claim at the rejection's place
        if s >= 0:
            scored.append((-s, cx.order[t.article], t.start, t))
    scored.sort(key=lambda x: x[:3])
    chosen: list[Claim] = []
    per_article: dict[str, int] = defaultdict(int)
    for *_, t in scored:
        if per_article[t.article] >= PER_ARTICLE:
            continue
        chosen.append(t)
        per_article[t.article] += 1
        if len(chosen) >= room:
            break
    return chosen


def _blame_judged(c: Claim) -> bool:
    """A rejection frame said of a claim or of blame ("the attempt to place blame on Rwanda ... is
    unjustified"): it rejects an account, it does not judge the act."""
    if c.stance != "disputed" or not c.cue:
        return False
    at = c.text.lower().find(c.cue.lower())
    words = re.findall(r"[a-z]+", c.text[:max(at, 0)].lower())
    return at > 0 and any(w in cue_sets().claim_nouns for w in words)


def _one_side(cx: Corpus, r: Claim, t: Claim) -> bool:
    """Both speakers speak for one side, or for allies: "Russia's army denied targeting civilians"
    answers Ukraine, not the Russian Defence Ministry's own account of the strike."""
    mine, theirs = cx.voice_sides(r.speaker), cx.voice_sides(t.speaker)
    if not mine or not theirs:
        return False
    dr, dt = cx.article[r.article].date, cx.article[t.article].date
    if dr and dt and dr > dt:
        return False  # a side taking back its own earlier account ("the Pentagon rejected that the strike
        # killed militants")
    return any(allied(side, other) for side in mine for other in theirs)


def dispute_drafts(cx: Corpus) -> list[Draft]:
    """Rejections ("denied", "disinformation that ...", "refused to acknowledge") linked to the
    claims they reject, here or in another article: one finding per rejecting voice and article,
    whatever families its rejections are about."""
    groups: dict[tuple[str, str | None], list[tuple[Claim, str]]] = defaultdict(list)
    accusation_denials: set[str] = set()
    lead = _lead_families(cx)
    tolls = {c.id for c in toll_rejections(cx)}  # a rejected toll is answered by figures (align/tolls.py)
    for c in cx.claims:
        if c.stance not in REJECTING or c.scope != "incident" or c.id in tolls:
            continue  # a denial about an earlier massacre does not answer this strike
        if antecedent(cx, c) is not None or misread_rebuttal(cx, c):
            continue  # "..., a claim Kyiv rejected": answers the clause before it (align/rebuttals.py)
        if judges(c.text) and not _blame_judged(c):
            continue  # "denied that the strike was a war crime": a judgment rejected (align/legality.py)
        if rejects_civilian_harm(cx, c):
            continue  # "refuted claims of civilian casualties": answered by the counts (align/victims.py)
        # "dismissing accusations by the media": what is rejected is the accusation of the article's
        # lead event, unless the rejection's own words name another ("denied reports of the capture")
        accused = lead.get(c.article) if _denies_the_act(cx, c) and not _names_its_event(cx, c) else None
        content = rejected_content(cx, c) if c.event is None else None  # "false news claiming that ..."
        fam = accused or family(c.event.type if c.event else content.event.type if content else None)
        if fam is None:  # "dismissed the reports as propaganda": what the voice before it told
            here = answered_here(cx, c)
            fam = family(here[0].event.type) if here else None
        if fam:
            groups[(c.article, cx.voice(c.speaker))].append((c, fam))  # a spokesman and his army: one voice
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
        targets: list[Claim] = [t for r, fam in sorted(members, key=lambda m: m[0].start)
                                for t in answered_here(cx, r, _answering(cx, r, fam)) if not _one_side(cx, r, t)]
        targets = list(dict.fromkeys(targets))[:room]
        first_target: dict[str, Claim] = {}
        for fam in fams:  # each family's rejections get their own best targets
            mine = [c for c, f in members if f == fam and c.id in chosen_ids]
            share = max(1, room // len(fams))
            found = rejection_targets(cx, mine, _pool(cx, article, speaker, fam, mine), share, rejecting_articles[fam])
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
            targets += [t for t in found if t not in targets]
        targets = targets[:room]
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
        if rejecting[0].stance == "denied" or _disputing_voice(rejecting[0]):
            text = f"{who} rejects (“{frame}”) what {who_says(cx, t0)} reports: “{short_quote(t0)}”."
        else:
            sp = cx.speaker_name(rejecting[0].id)
            text = (f"{cx.source(rejecting[0].article)} calls {sp + chr(39) + 's' if sp else 'the'} claim "
                    f"“{frame}”; {who_says(cx, t0)} reports it: “{short_quote(t0)}”.")
        for fam, r in ((f, next(c for c, g in members if g == f and c in rejecting)) for f in fams[1:]):
            t = first_target.get(fam)
            if t is not None and t is not t0:
                text += (f" It also rejects (“{r.cue or r.stance}”) what {who_says(cx, t)} reports: "
                         f"“{short_quote(t)}”.")
        out.append(Draft(
            "dispute", [cx.focus_span(c) for c in rejecting] + [cx.statement_span(c) for c in targets],
            text,
            0.8 if rejecting[0].cue else 0.6, 0.9,
            claims=[c.id for c in (*rejecting, *targets)]))
        first_of_voice.setdefault((article, speaker), out[-1])
    return out


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
    pool = []
    families = _disputable(fam) + (CONSEQUENCES if accusation and fam in ("attack", "chemical") else ())
    arts = (article, *cx.peers[article])  # the articles it is compared with (blocking)
    for c in (c for f in dict.fromkeys(families) for a in arts for c in cx.claims_by_article_family.get((a, f), ())):
        if c.id in ids or c.stance in REJECTING or c.id in cx.res.negated or _unconfirmed(c):
            continue  # "no independent body has confirmed any use of chemical weapons" states no use
        if c.scope == "background":
            continue  # "its origins in a somber day in 1988 when ...": an earlier event is not what is denied
        if all(r.stance == "denied" for r in rejecting) and speaker is not None and c.speaker == speaker:
            continue  # a denier's own statements are not what they deny ...
        pool.append(c)
    if fam == "control":
        # ... except that refusing to acknowledge a place's loss is borne out by the same
        # speaker's "attack repelled" elsewhere
        pool += [c for c in cx.claims_by_family.get("control", ()) if speaker and c.speaker == speaker
                 and c.article != article and cx.comparable(article, c.article)
                 and outcome_of(cx, c) < 0 and c not in pool]
        pool = [c for c in pool if not (c.speaker == speaker and outcome_of(cx, c) > 0)]
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


def _names_its_event(cx: Corpus, c: Claim) -> bool:
    """Do the rejection's own words name its event ("denied reports of the capture of Tell Amra"),
    rather than the event coming from elsewhere in the sentence ("fierce fighting ..., dismissing
    accusations")?"""
    if c.event is None:
        return False
    _, fs, fe = cx.focus_span(c)
    _, es, ee = cx.event_span(c)
    return (fs, fe) != (es, ee) and fs <= es and ee <= fe


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
