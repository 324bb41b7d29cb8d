"""What was hit: one voice says the strike was on fighters or military objects ("the military
action was targeted at militants", "air strikes on a site used by militants to launch
missiles"), another that it hit civilians or civilian objects ("an airstrike hit a school bus",
"raids against civilians"). The kinds come from categories.json ``target_kinds``."""

from __future__ import annotations

import functools
import re

from ..nlp.lexicons import categories, category_of, cue_regex, lineage
from ..records import Claim
from ..resolve.actors import generic_role, match_actor
from .candidates import REJECTING, Corpus
from .findings import Draft
from .legality import sentence_bounds
from .told_accounts import asserted_account, planned_act

# the words that name what a strike was on: after a verb of striking or aiming, or after the
# strike noun and "on" / "against"
AIMED = re.compile(
    r"\b(?:target(?:ed|ing|s)?(?:\s+at)?|aimed\s+at|directed\s+at|hit(?:s|ting)?|struck|bombed|bombarded|shelled|pounded|"
    r"(?:fell|landed|crashed|rained(?:\s+down)?)\s+(?:on|onto|at|into)|"  # "four shells fell on the resort"
    r"(?:strikes?|raids?|airstrikes?|attacks?|bombing|shelling|assault)\s+(?:on|against|targeting))"
    r"\s+(?P<what>[^.;:!?]{1,80})", re.IGNORECASE)
# "condemned attacks on civilians", "urged all sides to stop attacks on hospitals": a reaction to
# attacks, or an appeal, is no account of what this strike hit
REACTION = re.compile(r"\b(?:condemn|denounc|deplor|decr[iy]|urg|appeal|demand|call(?:s|ed|ing)?\s+(?:on|for)|stop|"
                      r"halt|prevent|refrain)\w*\b[^.;:!?]{0,50}$", re.IGNORECASE)
# where the clause that holds the words starts: "condemned the strike, which hit a hospital" tells
# what was hit in a clause of its own
CLAUSE_START = re.compile(r".*(?:,|\bwhich\b|\bthat\b|\bwho\b)", re.IGNORECASE | re.DOTALL)
# "a site used by militants": a place or thing that belongs to or serves fighters is military
SERVES = re.compile(r"\b(?:used|held|controlled|occupied|run|manned)\s+by\s+(?P<who>[^,.;]{1,40})", re.IGNORECASE)
MAX_WORDS = 8
NOT_AN_OBJECT = {"by", "from", "of", "during", "in", "at", "for", "with", "to", "near", "since", "after", "before",
                 "over", "across", "on", "throughout", "overnight", "earlier", "again"}
PER_SIDE = 4
SCARE_QUOTES = "\"“‘'«"
MAX_SHOWN = 8


def target_kind(phrase: str) -> str | None:
    """"civilian", "military" or None for the words after "targeted" / "a strike on"."""
    found = target_of(phrase)
    return found[0] if found else None


def target_of(phrase: str) -> tuple[str, str] | None:
    """(kind, category) of the words after "targeted" / "a strike on": the longest opening of
    them that names a category decides ("missile launchers used to attack" -> launchers ->
    military); a building or site that serves fighters is military; words naming both kinds
    ("militants hiding in a hospital") name neither."""
    said = ATTRIBUTION.search(phrase)  # "an army camp, residents said": the words before the attribution
    words = (phrase[:said.start()] if said else phrase).split()[:MAX_WORDS]
    category = _longest_category(words)
    served = SERVES.search(" ".join(words))
    if served and _kind(_longest_category(served.group("who").split()[:3])) == "military" \
            and not (served.group().lower().startswith("run") and category is not None
                     and (_kind(category) == "civilian" or "detention_facilities" in lineage(category))):
        # "a warehouse used by militants"; not "a prison run by the rebels", which they only administer
        return "military", category or "facilities"
    if category is not None and (_armed_owner(" ".join(words), category) or _armed_modifier(words, category)):
        if _civilian_besides(words):
            return None  # "the army camp and a school": both kinds named, no side taken
        return "military", category  # "Jaish-e-Mohammed's biggest camp", "the Kenya Defence Forces camp"
    kind = _kind(category)
    if kind is None or category is None:
        return None
    # a word after the opening that names the other kind ("militants hiding in a hospital"); the
    # words of the opening's own term name one thing ("a militant training camp")
    # the last word of the opening's own term is read with it ("a militant training camp": a camp
    # there is the term's, not a shelter)
    n = next((n for n in range(1, len(words) + 1) if category_of(" ".join(words[:n])) == category), 0)
    kinds = {kind} | {_kind(category_of(w)) for i, w in enumerate(words) if i != n - 1 or n == 1}
    if len(kinds - {None}) > 1:
        return None
    return kind, category


# whose the thing struck is: a possessor in front ("JeM's camp", "Hamas' tunnel"), or "belonging
# to" / "of" a group right after the thing ("a camp belonging to Hamas", "the camp of JeM in ...")
OWNER_BEFORE = re.compile(r"^(?:the\s+)?(?P<who>[A-Z][\w.-]*(?:[\s-]+[A-Z][\w.-]*){0,3})['’](?:s\b|(?=\s))")
OWNER_AFTER = re.compile(r"^(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:belonging\s+to|of)\s+(?:the\s+)?"
                         r"(?P<who>[A-Z][\w.-]*(?:[\s-]+[A-Z][\w.-]*){0,3})")
# the owner phrase goes on after the group's name ("a school of the Hamas government", "houses of
# Hamas members"): the group is not the owner
OWNER_GOES_ON = re.compile(r"[\s-]*(?:-run\b|[a-z][\w-]*(?<!in)(?<!on)(?<!at)(?<!near)(?<!and)\b)")
NEVER_MILITARY = ("health_facilities", "education_facilities", "religious_sites")


def _armed_owner(phrase: str, category: str) -> bool:
    """The thing struck belongs to an armed group the actors lexicon knows ("JeM's camp", "a
    training camp belonging to Jaish-e-Mohammad"): it serves fighters, whatever its name. Not a
    hospital, school or place of worship, and not a camp of people who fled."""
    if any(c in lineage(category) for c in NEVER_MILITARY) or DISPLACED.search(phrase):
        return False
    for pattern in (OWNER_BEFORE, OWNER_AFTER):
        m = pattern.search(phrase)
        if m is None or (pattern is OWNER_AFTER and OWNER_GOES_ON.match(phrase, m.end())):
            continue
        actor = match_actor(re.sub(r"\(.*", "", m.group("who")).strip())
        if actor is not None and actor.role == "non_state_armed":
            return True
    return False


ARMED_ROLES = ("state_forces", "non_state_armed")  # the actor lexicon's roles of forces that fight
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"}


def _armed_modifier(words: list[str], category: str) -> bool:
    """A thing named by a force that fights, right before its noun: "the Kenya Defence Forces
    camp", "a military camp", "the KDF camp", "an army barracks". Not a hospital, school or place
    of worship ("an army hospital" is still a hospital), nor a camp of people who fled."""
    if any(c in lineage(category) for c in NEVER_MILITARY + ("people",)) or DISPLACED.search(" ".join(words)):
        return False  # people are read by their own words ("Hamas militants in a school": both kinds)
    head = next((i for i in range(len(words)) if category_of(words[i]) == category), None)
    start = 1 if words and words[0].lower() in DETERMINERS else 0
    if head is None or head <= start:
        return False
    modifier = re.sub(r"\s*\(.*?\)", "", " ".join(words[start:head])).strip()
    actor = match_actor(modifier)
    return bool(modifier) and (generic_role(modifier) in ARMED_ROLES or (actor is not None and actor.role in ARMED_ROLES))


# a comma before a source and a verb of saying ends what was hit: "an army camp, residents said"
ATTRIBUTION = re.compile(r",\s+(?:[\w’'-]+\s+){0,3}(?:said|says|say|told|reported|according)\b", re.IGNORECASE)


def _civilian_besides(words: list[str]) -> bool:
    """A civilian thing named beside the first ("the army camp and a school", "the army camp and
    nearby homes")."""
    parts = COORDINATED.split(" ".join(words))
    return any(_kind(_longest_category(p.split()[:MAX_WORDS])) == "civilian" for p in parts[1:])


COORDINATED = re.compile(r"\s*,\s*|\s+and\s+|\s+as\s+well\s+as\s+", re.IGNORECASE)


def _longest_category(words: list[str]) -> str | None:
    return next((c for n in range(len(words), 0, -1) if (c := category_of(" ".join(words[:n]))) is not None),
                None)


def _kind(category: str | None) -> str | None:
    if category is None:
        return None
    kinds = categories().target_kinds
    return next((kinds[c] for c in lineage(category) if c in kinds), None)


# what a strike was aimed at and what it hit can both be true ("targeting a suicide bomber" / "hit a
# house"): an aim is set against an aim, a hit against a hit; "a strike on" may say either, and so
# does "targeted" of a civilian object, which news copy writes for "hit" ("a strike targeted a school")
AIM_WORDS = re.compile(r"(?:target|aimed|directed)", re.IGNORECASE)
HIT_WORDS = re.compile(r"(?:hit|struck|bombed|bombarded|shelled|pounded|fell|landed|crashed|rained)", re.IGNORECASE)
# "targeted and destroyed a base": the aim is told with what it hit
AIM_AND_HIT = re.compile(r"\s+and\s+(?:then\s+)?(?:hit|struck|destroyed|bombed|shelled|pounded|razed|levelled|leveled)\b",
                         re.IGNORECASE)


def _mode(text: str, start: int, kind: str) -> str:
    """"aim", "hit" or "either" for the words at ``start`` that tell what the strike was on."""
    m = AIMED.match(text, start)
    head = text[start:m.start("what")] if m else text[start:start + 12]
    if AIM_WORDS.search(head):
        verb_end = start + re.match(r"\S+", text[start:]).end()
        return "either" if kind == "civilian" or AIM_AND_HIT.match(text, verb_end) else "aim"
    return "hit" if HIT_WORDS.search(head) else "either"


# a verb of willing or possibility right before the striking verb: a stance, not an account ("it would
# not shy away from targeting", "could target", "may have hit"); lowercase, so the month May is none
MODAL = re.compile(r"\b(?:would|will|could|might|may|shall|can)(?:\s+not|n[’']t)?(?:\s+\w+ly)?"
                   r"(?:\s+(?:have|be|shy\s+away\s+from|hesitate\s+to|continue|continue\s+to|keep))?\s+$")
PRESENT = re.compile(r"(?:targets?|hits)\s", re.IGNORECASE)  # a verb in the present tense


@functools.cache
def _habit_before() -> re.Pattern[str]:
    """A word of habit (cues.json ``habitual_words``) right before the striking verb: a run of acts
    ("regularly targets", "has frequently struck"), not one said anywhere in the clause."""
    return re.compile(cue_regex("habitual_words").pattern + r"(?:\s+(?:been|be))?\s+$", re.IGNORECASE)


def _modes_meet(a: str, b: str) -> bool:
    return a == b or "either" in (a, b)


def _aims(cx: Corpus, c: Claim, any_object: bool = False) -> list[tuple[str | None, str, int, int]]:
    """(kind, category, start, end) of each statement of what the claim's strike was on. With
    ``any_object``, also a thing of no kind ("a prison"), one after "attacked", and one told before
    a passive verb of striking ("the home of the businessman was struck"), with kind None unless
    its category has one: enough to say two accounts name the same thing, not whose it was."""
    text = cx.article[c.article].text
    out: list[tuple[str | None, str, int, int]] = []
    if c.start < cx.headline_end(c.article):
        return out  # a headline compresses the account ("strikes on Afghanistan hospital")
    for m in (_merged(AIMED.finditer(text, c.start, c.end), ATTACKED.finditer(text, c.start, c.end)) if any_object
              else AIMED.finditer(text, c.start, c.end)):
        if m.group("what").split()[0].lower() in NOT_AN_OBJECT:
            continue  # "shelling by militants": who fired; "the targeting of civilians": whose act is unsaid
        if not asserted_account(text, m.start()) or planned_act(text, m.start()):
            continue  # "a day after a drone attack hit an oil depot": another attack; "planning attacks on schools"
        if PRESENT.match(m.group()):
            continue  # "saying it targets PKK depots": what a side does, not what this strike hit
        if FELL.match(m.group()) and not _munition_fell(text, m.start()):
            continue  # "suspicion fell on soldiers", "debris fell on a house" after an interception
        if MODAL.search(text, max(0, m.start() - 40), m.start()) or _habit_before().search(text, max(0, m.start() - 30), m.start()):
            continue  # "would not shy away from targeting", "frequently target civilians": no account of this strike
        sentence = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        before = text[max(sentence, m.start() - 60):m.start()]
        clause = CLAUSE_START.match(before)
        if REACTION.search(before[clause.end():] if clause else before):
            continue
        if RECIPROCAL.match(m.group("what")):
            continue  # "troops pounded each other's positions": both sides' fire, no account of one strike
        if m.group("what")[:1] in SCARE_QUOTES and c.speaker is None:
            continue  # 'airstrikes against “rebel fighters.”': the outlet quotes another's words at a distance
        what = m.group("what").lstrip(SCARE_QUOTES)
        found = _object_of(what) if m.re is ATTACKED else target_of(what) or (_object_of(what) if any_object else None)
        if found is not None:
            out.append((*found, m.start(), min(c.end, _words_end(m))))
    if any_object:
        out.extend(_passive_objects(cx, c))
    return out


RECIPROCAL = re.compile(r"(?:each\s+other|one\s+another)['’]s?\s", re.IGNORECASE)
# "the warplanes attacked a prison": read for what two accounts name alike only, since an attack on
# people ("attacked a police patrol") tells whom they fought, not what a strike hit
ATTACKED = re.compile(r"\battack(?:ed|ing)\s+(?P<what>[^.;:!?]{1,80})", re.IGNORECASE)
# "A college building was destroyed", "the home of the businessman was reportedly struck": the verb
# of a thing hit, told after it; not "was nearly hit" (a near miss), though "nearly destroyed" is a hit
STRUCK_PASSIVE = re.compile(
    r"\s+(?:was|were|(?:has|had|have)\s+been)\s+(?:(?!(?:nearly|almost|narrowly|barely)\b)\w+ly\s+)?"
    r"(?:hit|struck|bombed|bombarded|shelled|targeted)\b"
    r"|\s+(?:was|were|(?:has|had|have)\s+been)\s+(?:\w+ly\s+)?(?:destroyed|damaged|razed|flattened|levell?ed)\b",
    re.IGNORECASE)
# "could have been hit", "may well have been hit": a possibility, no account of a hit
MODAL_BEFORE = re.compile(r"\b(?:could|would|might|may|must|should|can)(?:n['’]t)?(?:\s+(?:not|well|also|\w+ly))*\s*$",
                          re.IGNORECASE)
# where the thing's words start: the first determiner after the clause's last boundary
CLAUSE_BOUNDARY = re.compile(r".*(?:[,;:(“\"]|\b(?:and|that|which|where|when|while|after|as)\s)",
                             re.IGNORECASE | re.DOTALL)
DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her)\s", re.IGNORECASE)
OBJECT_ROOTS = ("facilities", "vehicle")  # things a strike hits; places, people and weapons are read elsewhere


def _object_of(phrase: str) -> tuple[str | None, str] | None:
    """(kind, category) of a thing a strike hits, the kind None where the words tell no side ("a
    prison", "a train carrying troops and ammunition")."""
    category = _longest_category(phrase.split()[:MAX_WORDS])
    if category is None or not any(r in lineage(category)[1:] for r in OBJECT_ROOTS):
        return None  # "the site", "a target": too bare to name the same thing
    sided = target_of(phrase)
    return (sided[0] if sided is not None and sided[1] == category else None), category


def _passive_objects(cx: Corpus, c: Claim) -> list[tuple[str | None, str, int, int]]:
    text = cx.article[c.article].text
    out: list[tuple[str | None, str, int, int]] = []
    for m in STRUCK_PASSIVE.finditer(text, c.start, c.end):
        if MODAL_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        lo = max(c.start, m.start() - 80)
        clause = CLAUSE_BOUNDARY.match(text, lo, m.start())
        det = DETERMINER.search(text, clause.end() if clause else lo, m.start())
        if det is None or not asserted_account(text, det.start()) or planned_act(text, det.start()):
            continue
        words = text[det.start():m.start()]
        found = target_of(words) or _object_of(words)
        if found is not None:
            out.append((*found, det.start(), m.end()))
    return out


def _merged(*matches):
    return sorted((m for ms in matches for m in ms), key=lambda m: m.start())


FELL = re.compile(r"(?:fell|landed|crashed|rained)\b", re.IGNORECASE)
# a munition that falls is the strike's own (not its debris after an interception, nor blame)
MUNITION_BEFORE = re.compile(r"\b(?:shells?|rockets?|missiles?|bombs?|mortars?|drones?|projectiles?|munitions?|"
                             r"grenades?|it|they)\b[^.;,]{0,25}$", re.IGNORECASE)
NOT_THE_STRIKE = re.compile(r"\b(?:debris|fragments?|wreckage|shrapnel|intercepted|shot\s+down|downed)\b", re.IGNORECASE)


def _munition_fell(text: str, at: int) -> bool:
    """Is what fell or landed a munition of the strike, named just before in the clause, in a
    sentence that tells of no interception or debris?"""
    sentence = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return MUNITION_BEFORE.search(text, max(sentence, at - 40), at) is not None \
        and NOT_THE_STRIKE.search(text, sentence, at) is None


def _words_end(m: re.Match[str]) -> int:
    """Where the words that decided the kind end: at most MAX_WORDS words, up to a comma."""
    what, start = m.group("what"), m.start("what")
    words = list(re.finditer(r"[^\s,]+", what.split(",")[0]))[:MAX_WORDS]
    return start + words[-1].end() if words else m.end("what")


def stated_aims(cx: Corpus) -> list[tuple[Claim, list[tuple[str, str, int, int]]]]:
    """Each asserted incident attack claim with what it says the strike was on, read once for
    both the contradiction and the agreement."""
    memo = cx.__dict__.get("_stated_aims")
    if memo is None:
        memo = cx.__dict__["_stated_aims"] = [
            (c, _aims(cx, c)) for c in cx.claims_by_family.get("attack", ())
            if c.stance not in REJECTING and c.id not in cx.res.negated and c.scope == "incident"]
    return memo


def stated_objects(cx: Corpus) -> list[tuple[Claim, list[tuple[str | None, str, int, int]]]]:
    """Each asserted incident attack claim with every thing it says the strike hit (``_aims`` with
    ``any_object``), for the agreement."""
    memo = cx.__dict__.get("_stated_objects")
    if memo is None:
        memo = cx.__dict__["_stated_objects"] = [(c, _aims(cx, c, any_object=True)) for c, _ in stated_aims(cx)]
    return memo


def civilian_hits(cx: Corpus, component: int) -> list[Claim]:
    """The incident's claims that say the strike was on civilians or civilian objects, and on
    nothing military."""
    return [c for c, aims in stated_aims(cx) if cx.component_of[c.article] == component
            and aims and {k for k, _, _, _ in aims} == {"civilian"}]


def target_drafts(cx: Corpus) -> list[Draft]:
    """One contradiction per incident whose accounts put the strike on the military in one voice
    and on civilians in another. A claim naming both ("militants hiding in a hospital") takes no
    side, and neither does a denial."""
    by_incident: dict[int, dict[str, list[tuple[Claim, int, int]]]] = {}
    military_camp = {c.article for c, aims in stated_aims(cx) for k, _, s, e in aims
                     if k == "military" and "camp" in cx.article[c.article].text[s:e].lower()}
    military_camp_told = {cx.component_of[a] for a in military_camp}
    for c, aims in stated_aims(cx):
        if c.article in military_camp:
            # "a five-star resort style camp" in an article that names the group's training camp is that camp
            aims = [a for a in aims if not _bare_camp(cx, c.article, a)]
        elif cx.component_of[c.article] in military_camp_told:
            # "struck their Kolbiyow camp" where another account names the army's camp: that camp,
            # named by its place, unless its sentence tells of people who fled
            aims = [a for a in aims if not _bare_camp(cx, c.article, a, named=True)]
        kinds = {k for k, _, _, _ in aims}
        if len(kinds) != 1:
            continue
        kind = kinds.pop()
        _, _, s, e = next(a for a in aims if a[0] == kind)
        sides = by_incident.setdefault(cx.component_of[c.article], {"military": [], "civilian": []})
        sides[kind].append((c, s, e))
    out = []
    for sides in by_incident.values():
        military, civilian = _voices(cx, sides["military"], sides["civilian"])
        military, civilian = _one_doer(cx, military, civilian), _one_doer(cx, civilian, military)
        mode = {id(x): _mode(cx.article[x[0].article].text, x[1], k)
                for k, xs in (("military", military), ("civilian", civilian)) for x in xs}
        # only statements the other side has one of the same mode against
        military, civilian = ([x for x in mine if any(_modes_meet(mode[id(x)], mode[id(y)]) for y in theirs)]
                              for mine, theirs in ((military, civilian), (civilian, military)))
        if not military or not civilian:
            continue
        shown = [*military[:PER_SIDE], *civilian[:PER_SIDE]]
        out.append(Draft(
            "contradict", [(c.article, s, e) for c, s, e in shown],
            f"What was hit: {_list(cx, military[:PER_SIDE])} put the strike on fighters or military objects; "
            f"{_list(cx, civilian[:PER_SIDE])} on civilians or civilian objects.",
            0.6, 0.8, claims=[c.id for c, _, _ in shown]))
    return out


# words that make a camp one of people who fled, whatever else the article calls a camp
DISPLACED = re.compile(r"\b(?:refugees?|idps?|displace\w*|evacuees?|tents?|shelter\w*)\b", re.IGNORECASE)


# "their Kolbiyow camp": a named camp whose holders the sentence has just named (the soldiers')
HELD_BY_THEM = re.compile(r"\b(?:their|its|our)\s+(?:[A-Z][\w'’-]*\s+){1,3}camps?\b")
WOMEN_AND_CHILDREN = re.compile(r"\b(?:women|children|families|babies|infants)\b", re.IGNORECASE)
NAMED_CAMP = re.compile(r"\b[A-Z][\w-]+\s+camps?\b")  # "Jabalia camp", "the Zamzam camp": a place's name


def _bare_camp(cx: Corpus, article: str, aim: tuple[str, str, int, int], named: bool = False) -> bool:
    """A civilian reading that rests on the word "camp" alone: no one who fled, nor women and
    children, named in its sentence, and no name of a camp ("Jabalia camp"), unless ``named``
    and the camp is held by those the sentence named ("struck their Kolbiyow camp")."""
    kind, category, s, e = aim
    text = cx.article[article].text
    words = text[s:e]
    lo, hi = next(((a, b) for a, b in sentence_bounds(text) if a <= s < b), (s, e))
    sentence = text[lo:max(hi, e)]
    return kind == "civilian" and category == "shelters" and "camp" in words.lower() \
        and not DISPLACED.search(sentence) and not WOMEN_AND_CHILDREN.search(sentence) \
        and ((named and HELD_BY_THEM.search(words)) or not NAMED_CAMP.search(words))


def target_agreement_drafts(cx: Corpus) -> list[Draft]:
    """Articles that say the strike hit the same kind of thing agree ("targeting a bus of
    students" / "hit a school bus"); a category joins the nearest one above it that another
    article names (children with civilians). A thing one account puts on the military side and
    another on the civilian ("a military train" / "a passenger train") is no same target."""
    statements: dict[int, list[tuple[str | None, str, Claim, int, int]]] = {}
    for c, aims in stated_objects(cx):
        for kind, category, s, e in aims:
            statements.setdefault(cx.component_of[c.article], []).append((kind, category, c, s, e))
    out = []
    for items in statements.values():
        present = {category for _, category, _, _, _ in items}
        groups: dict[tuple[str | None, str], dict[str, tuple[Claim, int, int]]] = {}
        for kind, category, c, s, e in sorted(items, key=lambda x: (cx.order[x[2].article], x[3])):
            rolled = next((k for k in lineage(category)[1:] if k in present), category)
            groups.setdefault((kind, rolled), {}).setdefault(c.article, (c, s, e))
        for (_, key), by_article in groups.items():
            if len(by_article) < 2:
                continue
            shown = list(by_article.values())[:MAX_SHOWN]
            out.append(Draft(
                "agree", [(c.article, s, e) for c, s, e in shown],
                f"Same target: {_list(cx, shown)} say the attack was on the same kind of target "
                f"({key.replace('_', ' ')}).",
                0.55, 0.5, claims=[c.id for c, _, _ in shown]))
    return out


def _voices(cx: Corpus, military: list, civilian: list) -> tuple[list, list]:
    """The statements of each side from voices that give only that side, one per voice and
    article, placed where the other side's are (or with no place)."""
    def voice(c: Claim) -> tuple[str, str | None]:
        return c.article, c.speaker

    mixed = {voice(c) for c, _, _ in military} & {voice(c) for c, _, _ in civilian}

    def keep(items: list, others: list) -> list:
        out, seen = [], set()
        for c, s, e in items:
            if voice(c) in mixed or voice(c) in seen:
                continue
            if all(cx.places_clash(c.id, o.id) for o, _, _ in others):
                continue
            seen.add(voice(c))
            out.append((c, s, e))
        return out

    return keep(military, civilian), keep(civilian, military)


def _one_doer(cx: Corpus, items: list, others: list) -> list:
    """The statements of one side whose strike may be the other side's: not one whose doer is opposed
    to every doer the other side names (Hezbollah's rockets on a barracks are another act than
    Israel's raid on a residential building)."""
    def doers(c: Claim) -> set[str]:
        return {s for a in (c.event.actors if c.event else ()) if (s := cx.side(a))}

    theirs = [d for o, _, _ in others if (d := doers(o))]
    return [x for x in items if not (doers(x[0]) and theirs and all(
        cx.opposed(a, b) for d in theirs for a in doers(x[0]) for b in d))]


def _list(cx: Corpus, items: list) -> str:
    names = []
    for c, s, e in items:
        speaker = cx.speaker_name(c.id)
        words = " ".join(cx.article[c.article].text[s:e].split())
        names.append(f"{cx.source(c.article)}{f' ({speaker})' if speaker else ''} (“{words}”)")
    return ", ".join(names)
