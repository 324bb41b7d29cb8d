"""Events: an ACLED-like type for a claim, from trigger words in the event lexicon, with the
actor, target, negation and outcome polarity read off the parse around the trigger (who acted and
what was hit in extract/agents.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .agents import HARMING, ONE_SIDED, agents_of, doer_in_act, harmer, holders_of
from .cuesets import ABOUT_TYPES, EVENT_PRIORITY, CueSets, cue_sets
from .spans import phrase_index, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NEGATORS = {"not", "n't", "never", "no", "nothing", "neither", "nor"}


@dataclass(slots=True)
class RawEvent:
    type: str
    trigger_start: int  # Doc character offsets of the trigger
    trigger_end: int
    negated: bool = False
    failed: bool = False
    actor_tokens: tuple[int, ...] = ()  # token indices of the agent phrase head(s)
    target_tokens: tuple[int, ...] = ()
    phrase_start: int = 0  # the trigger with its arguments: "planes ... targeted a migrant shelter"
    phrase_end: int = 0

    @property
    def polarity(self) -> int:
        """+1 the action happened/succeeded, -1 it was denied, repelled or failed."""
        base = cue_sets().event_polarity.get(self.type, 1)
        if self.negated or self.failed:
            return -base if base else -1
        return base


def _triggers(doc: Doc, toks: list[int], cues: CueSets) -> list[tuple[int, str, int, int]]:
    """(priority, type, start token, end token) for each trigger word or phrase in the tokens."""
    found = []
    tokset = set(toks)
    for i in toks:
        tok = doc[i]
        if _named_exemption(doc, i, cues):
            continue
        lemma = tok.lemma_.lower()
        key = lemma
        typ = cues.event_lemmas.get(key) or cues.event_lemmas.get(tok.lower_)
        choices = cues.event_lemma_types.get(key, ())
        if len(choices) > 1:
            typ = _by_object(tok, choices, cues) or typ
        if typ is None and lemma in cues.target_verbs and tok.pos_ == "VERB" and _hits_a_target(tok):
            # "the Russian fascists have hit the railway station"; any other trigger in the clause
            # ("hit the station with missiles") names the act better
            rank = cues.event_priority.get(TARGET_VERB_TYPE, 99) + TARGET_VERB_PENALTY
            found.append((rank, TARGET_VERB_TYPE, i, i))
            continue
        if typ and cues.event_object.get(typ) == "place" and not _takes_ground(tok):
            continue  # "took cynical steps", "captured Ukrainian troops": no ground is taken
        if typ and cues.event_object.get(typ) == "aid" and not _takes_aid(tok):
            continue  # "vowed to deliver a full victory", "delivered a blow": no aid is delivered
        if typ:
            found.append((cues.event_priority.get(typ, 99), typ, i, i))
    if toks:
        lo, hi = min(toks), max(toks)
        phrases = []
        index = phrase_index(doc, "events", cues.event_phrases)
        for phrase, typ in cues.event_phrases:
            for first, last in index.get(phrase, ()):
                if lo <= first and last <= hi and first in tokset:
                    phrases.append((cues.event_priority.get(typ, 99) - 0.5, typ, first, last))
        # a word inside a matched phrase means what the phrase means ("took the lives")
        found = [f for f in found if not any(p[2] <= f[2] <= p[3] for p in phrases)] + phrases
    # a weapon named as an instrument ("using mortars and artillery") is not the event itself
    found = [(f[0] + 20 if f[1] in ("shelling", "air_strike") and _instrument(doc[f[2]], tokset) else f[0], *f[1:])
             for f in found]
    # a trigger noun modifying another noun ("a rocket system", "combat vehicles") names a thing
    found = [(f[0] + _compound_penalty(f[1]) if f[2] == f[3] and doc[f[2]].dep_ == "compound" else f[0], *f[1:])
             for f in found]
    # "there were suicide bombers in the vehicle": people said to be there, not an act
    found = [f for f in found if not _people_present(doc, f[2], f[3])]
    # "an inquiry into the attack": the attack is what the inquiry is about, not the clause's event
    about = {f[2] for f in found if f[1] in ABOUT_TYPES}
    found = [(f[0] + 50 if f[1] not in ABOUT_TYPES and _under(doc[f[2]], about) else f[0], *f[1:]) for f in found]
    return sorted(found)


def _compound_penalty(typ: str) -> int:
    """How far a trigger noun modifying another noun falls: a weapon ("mortar rounds destroyed two
    homes") still names the kind of attack, before a bare destruction; a word for fighting on a thing
    ("destroyed five combat vehicles") ranks below every act the clause names."""
    return WEAPON_PENALTY if typ in WEAPON_TYPES else len(EVENT_PRIORITY) + 1


WEAPON_TYPES = frozenset({"shelling", "air_strike", "chemical_attack", "suicide_bomb"})
WEAPON_PENALTY = 10


def _named_exemption(doc: Doc, i: int, cues: CueSets) -> bool:
    """"the no-strike list", "a no-fly zone": "no" and an act word before a noun of events.json
    ``exempt_zone_nouns`` name a thing the act is kept from, not an act done or denied."""
    j = i - 1
    if j >= 0 and doc[j].text in ("-", "\u2010", "\u2011"):
        j -= 1
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return j >= 0 and doc[j].lower_ == "no" and nxt is not None and nxt.lower_ in cues.exempt_zone_nouns


def _people_present(doc: Doc, first: int, last: int) -> bool:
    """A trigger that names people ("suicide bombers", categories.json) as the subject of
    "there were": who was there, not what they did."""
    from ..nlp.lexicons import category_of, lineage

    head = doc[last]
    if head.dep_ not in ("attr", "nsubj") or head.head.lemma_ != "be" \
            or not any(c.dep_ == "expl" for c in head.head.children):
        return False
    if any(c.dep_ in ("relcl", "acl") for c in head.children):
        return False  # "there were two suicide bombers, who detonated their vests": they acted
    cat = category_of(doc[first:last + 1].text)
    return bool(cat) and "people" in lineage(cat)


def _under(tok: Token, heads: set[int]) -> bool:
    """Does the token hang from one of ``heads`` through a preposition ("inquiry into the attack")?"""
    node = tok
    for _ in range(3):
        if node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i in heads:
            return True
        node = node.head
    return False


PLACE_ENTS = ("GPE", "LOC", "FAC")
GROUND_ROOTS = ("settlements", "areas", "facilities")


def _objects(tok: Token) -> list[Token]:
    """What a verb or an act noun acts on: its object or passive subject, or what follows its "of"
    ("the capture of Hill 12"), with the words joined to them ("the town and the checkpoint")."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        objects += [g for g in prep.children if g.dep_ == "pobj"]
    return objects + [c for o in objects for c in o.children if c.dep_ == "conj"]


def _takes_ground(tok: Token) -> bool:
    """A territorial verb with ground for its object ("took the town", "capture of Hill 12",
    "seized control of"), or with no object at all ("the rebels advanced"); never an adjective
    ("captured troops") or a verb whose object is something else ("took steps")."""
    from ..nlp.lexicons import ancestors, category_of

    if tok.dep_ == "amod":
        return False
    objects = _objects(tok)
    if not objects:
        return True
    objects += [g for o in list(objects) if category_of(o.text) is None  # "parts of Kunduz", "most of the town"
                for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for g in prep.children if g.dep_ == "pobj"]
    for obj in objects:
        if obj.ent_type_ in PLACE_ENTS or obj.lower_ == "control" or (
                obj.pos_ == "PROPN" and obj.ent_type_ not in ("PERSON", "ORG", "NORP")):
            return True
        for word in (obj, *(c for c in obj.children if c.dep_ == "compound")):  # "the town centre"
            cat = category_of(word.text)
            if cat and any(r in (cat, *ancestors(cat)) for r in GROUND_ROOTS):
                return True
    return False


def _takes_aid(tok: Token) -> bool:
    """A verb of delivery whose object is aid ("delivered 500 food baskets", "blankets were
    distributed", "the distribution of medicine"), or that has no object ("agencies distributed in
    the camps"); not one whose object is anything else ("deliver a full victory", "delivered a
    blow", "delivered strikes")."""
    from ..nlp.lexicons import ancestors, category_of

    objects = _objects(tok)
    if not objects:
        return True
    # what the object is a measure or a load of: "20 tonnes of wheat", "200 trucks of aid"
    objects += [g for o in list(objects) for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for g in prep.children if g.dep_ == "pobj"]
    for obj in objects:
        for word in (obj, *(c for c in obj.children if c.dep_ in ("compound", "amod"))):  # "food baskets"
            cat = category_of(word.text) or category_of(word.lemma_)
            if cat and AID_ROOTS & {cat, *ancestors(cat)}:
                return True
    return False


AID_ROOTS = frozenset({"aid", "shelters"})  # relief, food, medicine; tents
TARGET_VERB_TYPE = "attack"
TARGET_VERB_PENALTY = 30  # behind a weapon named as the instrument (+20)


def _hits_a_target(tok: Token) -> bool:
    """Is what the verb hits (its object, or its passive subject) a place, or a thing strikes are
    aimed at (a station, a hospital, positions)? "hit the railway station" yes; "hit by sanctions"
    and "hit hard" no."""
    from ..align.targets import target_kind
    from ..nlp.lexicons import ancestors, category_of

    for subject in (c for c in tok.children if c.dep_ == "nsubj"):
        if category_of(subject.text) is None and subject.pos_ != "PRON" \
                and subject.ent_type_ not in ("NORP", "ORG", "GPE", "PERSON") \
                and not any(t.ent_type_ in ("NORP", "ORG", "GPE") for t in subject.subtree):
            return False  # "inflation has hit Ukraine", "the news hit the village": no armed doer
    for agent in (g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"):
        if category_of(agent.text) is None and not any(t.ent_type_ in ("NORP", "ORG", "GPE")
                                                       for t in agent.subtree):
            return False  # "hit by sanctions", "hit by the storm": not a strike
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.ent_type_ in PLACE_ENTS:
            return True
        words = " ".join(t.text for t in obj.subtree if t.i >= obj.left_edge.i and t.i <= obj.i)
        cat = category_of(words) or category_of(obj.text)
        if cat and (target_kind(words) or any(r in (cat, *ancestors(cat)) for r in GROUND_ROOTS)):
            return True
    return False


def _instrument(tok: Token, toks: set[int]) -> bool:
    if tok.pos_ == "VERB":
        return False  # "used a rocket system to shell the prison": the shelling is the event
    for anc in list(tok.ancestors)[:4]:
        if anc.i not in toks:
            break
        if anc.lemma_.lower() in ("use", "with", "employ", "deploy"):
            return True
    return False


def phrase_hits(doc: Doc, lo: int, hi: int, phrase: str, gap: int = 0) -> list[tuple[int, int]]:
    """Token ranges in doc[lo:hi+1] where the phrase's words occur in order, each word matching a
    token's text or lemma ("pull troops" matches "pulling troops"); "#" matches a number;
    up to ``gap`` other tokens may sit between words."""
    words = phrase.split()
    hits = []
    for i in range(lo, hi + 1):
        j, k, skipped = i, 0, 0
        while k < len(words) and j <= hi:
            tok = doc[j]
            w = words[k]
            if (w == "#" and tok.like_num) or tok.lower_ == w or tok.lemma_.lower() == w:
                k += 1
                j += 1
                skipped = 0
            elif k > 0 and skipped < gap:
                j += 1
                skipped += 1
            else:
                break
        if k == len(words):
            hits.append((i, j - 1))
    return hits


def _by_object(tok: Token, choices: tuple[str, ...], cues: CueSets) -> str | None:
    """"capture the town" is territory taken, "capture of commanders" a detention: the lexicon
    says which object kind each type takes."""
    from ..nlp.lexicons import ancestors, category_of

    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for word in (tok, *(c for c in tok.children if c.dep_ == "conj")):  # "capture or killing of X"
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
            objects += [g for g in prep.children if g.dep_ == "pobj"]
    # "captured parts of Kunduz", "took most of the town": what the part is of
    objects += [g for obj in list(objects) if category_of(obj.text) is None
                for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for g in prep.children if g.dep_ == "pobj"]
    for obj in objects:
        kind = None
        if obj.ent_type_ in ("GPE", "LOC", "FAC") or (
                obj.pos_ == "PROPN" and obj.ent_type_ not in ("PERSON", "ORG", "NORP")):
            kind = "place"  # "captured parts of Tel Amra": a name the model leaves untagged
        elif obj.ent_type_ == "PERSON":
            kind = "person"
        else:
            cat = category_of(obj.text)
            if cat and "people" in (cat, *ancestors(cat)):
                kind = "person"
            elif cat and cat == "settlements":
                kind = "place"
        if kind:
            for typ in choices:
                if cues.event_object.get(typ) == kind:
                    return typ
    return None


def _negated(trigger: Token, toks: set[int]) -> bool:
    """Negation on the trigger or on the verbs it completes ("is not conducting fire", "no weapons
    were used to target it"), never across a noun ("did not refer to the failure to capture")."""
    chain, t = [trigger], trigger
    while t.dep_ in ("xcomp", "dobj", "advcl", "ccomp", "pcomp") and t.head.pos_ in ("VERB", "AUX") \
            and len(chain) < 3 and t.head.i in toks:
        if t.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            break  # "even though Russia phased out the missile, that doesn't render ...": not negated
        if t.dep_ in ("ccomp", "xcomp") and any(c.tag_ in ("WRB", "WP", "WDT") or c.lower_ in ("whether", "if")
                                                for c in (t, *t.children) if c.i < trigger.i):
            break  # "we don't understand how it's possible to bomb a hospital": a question, not a denial
        t = t.head
        chain.append(t)
    if any(t.lemma_.lower() in cue_sets().prevention_lemmas for t in chain[1:]):
        return False  # "talks have never stopped the missiles": the missiles came (events.json)
    if _normative(trigger, chain):
        return False  # "it should have been reported to us, not an arbitrary attack": the attack was made
    if any(t.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
           and any(c.dep_ == "det" and c.lower_ == "no" for c in t.head.children) for t in chain):
        return True  # "no tasks to hit targets were accomplished", "no plans to attack"; not "no doubt that"
    if trigger.pos_ == "NOUN":
        # "no strikes were carried out", "had no fire tasks": "no" on the act's noun
        noun = trigger.head if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN" else trigger
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return True
    for t in chain:
        for child in t.children:
            if child.dep_ == "neg" or child.lower_ in ("never",):
                return True
            if child.dep_ in ("nsubj", "nsubjpass") and any(
                    (g.lower_ in ("no", "nothing") and g.dep_ == "det") or g.lower_ == "neither"
                    for g in child.children):
                return True  # "no weapons were used", "neither the air force nor the army targeted"
    return False


def _normative(trigger: Token, chain: list[Token]) -> bool:
    """The clause that carries the negation says what ought to have been done instead, in the
    perfect ("should not have bombed", "ought not to have bombed", "should have been reported to
    us, not an arbitrary attack"; events.json normative_modals), or what ought never to be done
    ("civilians must never be targeted"): not "we should stress that our forces did not fire",
    which denies."""
    modals = cue_sets().normative_modals
    negated = [t for t in chain if any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children)]
    if trigger.pos_ == "NOUN" and any(c.dep_ == "neg" for c in trigger.children):
        negated.append(trigger.head)  # "..., not an arbitrary attack": the verb the noun hangs on
    for verb in negated:
        perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
        modal = any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children) \
            or (verb.dep_ == "xcomp" and verb.head.lower_ in modals)  # "ought" is the parse's root
        if modal and (perfect or verb.tag_ == "VBN" or verb.tag_ == "VB"):
            return True  # and "civilians must never be targeted", "hospitals should not be attacked": a norm
    return False


def _failed(doc: Doc, trigger: Token, toks: list[int], cues: CueSets) -> bool:
    lo, hi = max(min(toks), trigger.i - 12), min(trigger.sent.end - 1, trigger.i + 20)
    return any(phrase_hits(doc, lo, trigger.i, cue, gap=6) for cue in cues.failure_phrases) \
        or any(_ends_the_act(doc, trigger, hit) for cue in cues.failure_after_phrases
               for hit in phrase_hits(doc, trigger.i, hi, cue))


def _ends_the_act(doc: Doc, trigger: Token, hit: tuple[int, int]) -> bool:
    """The words "before being driven back" hang on the act itself, through no verb of their own
    ("seized the town, which troops had entered in March before being driven back" ends the entry)."""
    t = doc[hit[0]]
    while t.i != trigger.i:
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i != trigger.i and not hit[0] <= t.i <= hit[1] and t.pos_ in ("VERB", "AUX"):
            return False
    return True


HELD = "territory_held"  # "under the control of X": X holds the place, whatever the verb


def find_event(doc: Doc, toks: list[int]) -> RawEvent | None:
    """The most informative event a claim reports (outcomes before attacks before casualties)."""
    cues = cue_sets()
    if not toks:
        return None
    found = _triggers(doc, toks, cues)
    if not found:
        return None
    _, typ, first, last = found[0]
    trigger = doc[first]
    head = trigger
    for i in range(first, last + 1):  # the syntactic head of a multiword trigger
        if doc[i].head.i < first or doc[i].head.i > last:
            head = doc[i]
            break
    actors, targets = ((holders_of(doc, first, last), ()) if typ == HELD else agents_of(head, typ))
    clause = head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") \
            and head.head.pos_ in ("VERB", "AUX") and head.head.i in set(toks):
        clause = head.head  # "fired missiles at ...": the verb's clause, not the bare noun
    elif head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.dep_ == "agent" \
            and head.head.head.i in set(toks):
        clause = head.head.head  # "targeted by a missile": the verb's clause
        a2, t2 = agents_of(clause)
        actors, targets = actors or a2, targets or t2
    elif not actors and typ in ONE_SIDED and head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" \
            and head.head.lower_ in ("in", "with") and head.head.head.pos_ == "VERB" and head.head.head.i in set(toks) \
            and set(cues.event_lemma_types.get(head.head.head.lemma_.lower(), ())) & HARMING:
        # "paramilitary forces have killed 75 people in a drone strike": who killed in it struck
        actors = harmer(head.head.head)
    elif not actors and head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "in" \
            and doer_in_act(head.head.head):
        actors = (head.head.head.i,)  # "The Pakistani army in a brutal attack targeted the houses"
    if first == last and trigger.dep_ == "compound" and typ not in WEAPON_TYPES and _negated(head, set(toks)):
        return None  # "There was no advance warning", "no attack helicopter": the "no" denies a thing, no act
    ps, pe = _phrase(clause, set(toks))
    return RawEvent(
        type=typ,
        trigger_start=doc[first].idx,
        trigger_end=doc[last].idx + len(doc[last].text),
        negated=_negated(head, set(toks)),
        failed=_failed(doc, head, toks, cues),
        actor_tokens=actors,
        target_tokens=targets,
        phrase_start=ps,
        phrase_end=pe,
    )


CORE_DEPS = {"nsubj", "nsubjpass", "dobj", "prep", "agent", "attr", "acomp", "prt", "neg", "aux", "auxpass",
             "dative", "oprd", "npadvmod", "advmod", "compound", "amod", "det", "poss", "pobj", "nummod"}


def doc_tokens(head: Token, idxs: set[int]) -> list[Token]:
    return [head.doc[i] for i in sorted(idxs)]


def _phrase(head: Token, toks: set[int], limit: int = 200) -> tuple[int, int]:
    """The event's own words: a verb with its subject, objects and prepositions (not its
    subordinate clauses), or a noun with its modifiers."""
    keep = {head.i}
    verb = head.pos_ in ("VERB", "AUX")
    if verb and head.dep_ in ("xcomp", "advcl") and head.head.i in toks:
        keep.add(head.head.i)  # "have ever been used to target it"
        for c in head.head.children:
            if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg"):
                keep.update(t.i for t in c.subtree)
    for c in head.children:
        if verb and c.dep_ not in CORE_DEPS:
            continue
        if not verb and c.dep_ in ("relcl", "acl") and len(list(c.subtree)) > 6:
            continue
        keep.update(t.i for t in c.subtree)
    for t in list(doc_tokens(head, keep)):  # no relative clauses ("..., where tension prevails")
        if t.dep_ == "relcl" and t.i != head.i:
            keep -= {x.i for x in t.subtree}
    keep = {i for i in keep if i in toks} or {head.i}
    doc = head.doc
    lo, hi = min(keep), max(keep)
    while lo < hi and doc[lo].is_punct:
        lo += 1
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    if end - start > limit:  # too long to point at: the trigger and what follows it closely
        start = min(head.idx, doc[lo].idx if doc[lo].idx >= head.idx - 60 else head.idx)
        end = min(end, start + limit)
        while end < len(text_of(doc)) and text_of(doc)[end - 1].isalnum():
            end += 1
    return start, end
