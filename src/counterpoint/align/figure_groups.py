"""What a figure counts, read from its words and the words around it: the dead at large or a
group among them ("12 staff", "seven children"), a group narrowed after its noun ("three children
from one family"), a part of another count ("including 12 children", "four of the eleven dead",
"the final toll included"), one facility's intake ("a hospital received 29 bodies"), or the dead
found so far ("29 bodies"). align/figures.py sets figures against each other by these groups; the
other comparisons (tolls, omissions, victims) ask them too. Kept apart from figures.py, which
would otherwise be over the project's 500-line rule.
"""

from __future__ import annotations

import re

from ..extract.cuesets import cue_sets
from ..nlp.lexicons import head_word, is_generic_toll
from ..nlp.lexicons.loaders import cue_regex
from ..records import Quantity
from .candidates import Corpus
from .severity import severity, severity_group
from .text import act_words


def figure_group(cx: Corpus, q: Quantity) -> str | None:
    """The group a figure counts: "people" for a whole toll (people, civilians, victims, or a bare
    casualty figure), the head word for a group among them ("students", "staff"), else the
    taxonomy category (children, state troops, tanks). None for a thing outside the taxonomy, and
    for a part of another figure unless it names a group of its own: "including five children"
    counts the incident's dead children as "two children" elsewhere does, but "including 20
    civilians" is no whole toll and "a hospital received 29 bodies" one facility's share. A group
    narrowed after its noun ("three children from one family") is some of that group: None."""
    group = counted_group(q)
    if read_as_part(cx, q) and (group in (None, "people") or _intake(cx, q)):
        return None
    if group not in (None, "people") and narrowed_group(cx, q):
        return None  # "three children from one family": some of the children, not all of them
    if (grade := severity(cx, q)) is not None:
        return severity_group(grade)  # "seriously injuring 75 others", "seriously wounded 30 soldiers": some of them
    if group not in (None, "people") and q.category in ("people", "civilians") and _restates_a_toll(cx, q):
        return "people"
    return group


def _restates_a_toll(cx: Corpus, q: Quantity) -> bool:
    """"More than 230 Muslims ... were killed" where the same article's headline says "More than
    230 civilians killed": a group of people counted as its own article counts the whole toll,
    with the same bounds and role, is that toll in other words."""
    tolls = cx.__dict__.get("_whole_tolls")
    if tolls is None:
        tolls = cx.__dict__["_whole_tolls"] = {
            _toll_key(x) for x in cx.quantities if counted_group(x) == "people" and not read_as_part(cx, x)}
    return _toll_key(q) in tolls


def _toll_key(q: Quantity) -> tuple:
    return q.article, q.role, q.low, q.high, q.hedge


# "three children from one family", "five children under the age of five": fewer than all of them
NARROWED = re.compile(r"\s*(?:from|of|under|aged|below|over|between|who|whose|belonging|in)\b", re.IGNORECASE)


# "in the clashes", "in Friday's attack", "in an air strike": the act after "in"
IN_THE_ACT = re.compile(r"\s+(?:the|an?|this|that|[A-Z]\w+['’]s)\s+(\w+)(?:\s+(\w+))?")


def _names_an_act(first: str, second: str | None) -> bool:
    """"the clashes near", "an air strike", not "the attack convoy" or "the strike zone": the
    phrase's last noun is the act."""
    last = first if second is None or not second.isalpha() or second[0].isupper() or second.lower() in PHRASE_BREAKS \
        else second  # "in the fighting Monday", "in the clashes with rebels": the first is the act
    return last.lower() in act_words()


PHRASE_BREAKS = frozenset({"near", "on", "in", "at", "by", "of", "that", "which", "who", "when", "and", "last",
                           "this", "as", "north", "south", "east", "west", "outside", "inside", "around", "with",
                           "against", "for", "after", "during", "since", "over", "overnight", "yesterday", "today",
                           "tonight", "earlier", "late", "early", "there", "where", "between", "across", "from"})


def narrowed_group(cx: Corpus, q: Quantity) -> bool:
    text = cx.article[q.article].text
    m = NARROWED.match(text, q.end)
    if m is None:
        return False
    if any(q.end <= d.start <= m.end() + 1 for d in cx.durations_by_article.get(q.article, ())):
        return False  # "47 troops over three days of fighting": when, not which of them
    if m.group().strip().lower() == "in" and (act := IN_THE_ACT.match(text, m.end())) \
            and _names_an_act(*act.groups()):
        return False  # "47 soldiers in the clashes": the act they were killed in, not which of them
    # "70 worshippers in the North Darfur region" says where, not which of them; but "four
    # children in Tel Amra and three in Dara" is a breakdown, and "in the Hamdan family" no place
    return not (m.group().strip().lower() == "in" and _place_named_at(cx, q.article, m.end())
                and not _another_count_after(cx, q))


def _place_named_at(cx: Corpus, article: str, at: int) -> bool:
    """Does a place's name open the words after ``at`` ("the North Darfur region")?"""
    lead = _PLACE_NAME.match(cx.article[article].text, at)
    return lead is not None and lead.end() in _place_starts(cx, article)


def _place_starts(cx: Corpus, article: str) -> frozenset[int]:
    """Where the article's place names start, read once per article."""
    memo = cx.__dict__.setdefault("_place_starts", {})
    if article not in memo:
        memo[article] = frozenset(m.start for e in cx.res.entities if e.kind == "place" for m in e.mentions
                                  if m.article == article)
    return memo[article]


def _another_count_after(cx: Corpus, q: Quantity) -> bool:
    """Another count of the same role later in the same claim, with a place of its own ("... and
    three in Dara"); not a part of the first ("..., including 12 children")."""
    text = cx.article[q.article].text
    for o in cx.quantities_by_article_role.get((q.article, q.role or ""), ()):
        if o.claim != q.claim or o.start <= q.end or read_as_part(cx, o):
            continue
        m = BREAKDOWN_PLACE.match(text, o.end)
        if m is not None and _place_named_within(cx, o.article, m.end(), BREAKDOWN_REACH):
            return True
    return False


# "three in Dara", "three in nearby Dara", "three others in the village of Dara"
BREAKDOWN_PLACE = re.compile(r"(?:\s+others?)?\s+(?:in|at)\b", re.IGNORECASE)
BREAKDOWN_REACH = 30


def _place_named_within(cx: Corpus, article: str, at: int, reach: int) -> bool:
    """Does a place's name start within ``reach`` characters after ``at``, in the same clause?"""
    text = cx.article[article].text
    end = min(len(text), at + reach)
    stop = re.search(r"[,.;:]", text[at:end])
    end = at + stop.start() if stop else end
    return any(at <= p < end for p in _place_starts(cx, article))


_PLACE_NAME = re.compile(r"\s+(?:the\s+)?(?=[A-Z])")


def counted_group(q: Quantity) -> str | None:
    """What a figure counts, whether or not it is a part of another figure."""
    if q.noun is None:  # "35 were killed": the dead at large, unless its sentence says whose ("Taliban losses")
        if q.role not in CASUALTY_ROLES:
            return None
        return q.category if q.category not in (None, "people", "civilians") else "people"
    if q.category is None:
        return None
    if q.category in ("people", "civilians"):
        head = head_word(q.noun)
        if head and " and " in f" {q.noun.lower()} " and not is_generic_toll(q.noun):
            return "+".join(sorted(w.rstrip("s") for w in q.noun.lower().split(" and ")))  # "staff and patients"
        return "people" if is_generic_toll(q.noun) else (head.rstrip("s") if head else None)
    return q.category


def read_as_part(cx: Corpus, q: Quantity) -> bool:
    """"50 died, 5 of whom were children", "including 12 staff": a part of another figure."""
    memo = cx.__dict__.setdefault("_subsets", {})  # asked again for each pair the figure is in
    if q.id not in memo:
        memo[q.id] = _reads_as_part(cx, q)
    return memo[q.id]


def _reads_as_part(cx: Corpus, q: Quantity) -> bool:
    before, after = _around(cx, q)
    told = " ".join(cx.article[q.article].text[max(0, q.start - 25):q.start].lower().split())
    markers = cue_sets().subset_markers
    # "the other three": a determiner that marks a part only before the figure ("25 people the other day");
    # "the final toll included two dozen people": a marker that ends in its verb, read as written, unless
    # what it includes is told by harm ("the casualties included 12 dead and 60 wounded": the whole, split)
    split = _told_by_harm(cx, q)
    return any(before.endswith(m) or (told.endswith(m) and not split)
               or (after.startswith(m) and not m.startswith("the ")) for m in markers) \
        or _intake(cx, q) \
        or PART_OF_COUNT.search(q.text) is not None \
        or PART_OF_COUNT_AFTER.match(cx.article[q.article].text, q.end) is not None


def _told_by_harm(cx: Corpus, q: Quantity) -> bool:
    """Does a word of harm count the figure ("12 dead", "12 people killed")?"""
    nxt = NEXT_WORD.match(cx.article[q.article].text, q.end)
    words = [w.lower() for w in (head_word(q.noun) if q.noun else None, nxt.group(1) if nxt else None) if w]
    roles = cue_sets().role_nouns
    return any(roles.get(w) in HARMS or roles.get(w[:-2]) in HARMS for w in words)


NEXT_WORD = re.compile(r"\s+(\w+)")
HARMS = ("killed", "wounded", "casualties")


# "at least four of the eleven dead", "eight of the dead", "two of the victims": a part of the harmed,
# named in the figure (not "11 members of the armed group", "25 of the 40 people in the house were killed")
PART_OF_COUNT = re.compile(r"\bof\s+(?:the|these|those)\s+(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|"
                           r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                           r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?)\s+)?"
                           r"(?:dead|killed|wounded|injured|victims|casualties|fatalities|bodies)\b", re.IGNORECASE)
# the same, right after a figure told without it ("after four of the wounded died in hospital")
PART_OF_COUNT_AFTER = re.compile(r"\s+" + PART_OF_COUNT.pattern, re.IGNORECASE)


def _intake(cx: Corpus, q: Quantity) -> bool:
    """"A hospital received 29 bodies", "about eight bodies were received at the airbase": one
    facility's part of the toll."""
    memo = cx.__dict__.setdefault("_intakes", {})  # asked again for each pair the figure is in
    if q.id not in memo:
        before, _ = _around(cx, q)
        verbs = cue_sets().intake_verbs
        text = cx.article[q.article].text
        passive = PASSIVE_AFTER.match(text, q.end)
        memo[q.id] = (any(before.endswith(m) for m in verbs) and not CLAUSE_AFTER.match(text, q.end)) \
            or (passive is not None and passive.group(1).lower() in verbs) or _intake_spelled_out(text, q, verbs) \
            or _listed_after_an_intake(cx, q)
    return memo[q.id]


def _listed_after_an_intake(cx: Corpus, q: Quantity) -> bool:
    """A count listed right after one a facility took in ("the hospital had received 11 bodies and 16
    wounded"): the same intake. Not one after a count the intake verb only reports ("the army admitted 14
    civilians were killed and 50 were wounded": no intake), nor one a clause of its own holds."""
    text = cx.article[q.article].text
    by_article = cx.__dict__.get("_quantities_by_article")
    if by_article is None:
        by_article = cx.__dict__["_quantities_by_article"] = {}
        for o in cx.quantities:
            by_article.setdefault(o.article, []).append(o)
    before = [o for o in by_article.get(q.article, ()) if q.start - LIST_REACH <= o.end <= q.start]
    prev = max(before, key=lambda o: o.end, default=None)
    return prev is not None and LIST_LINK.fullmatch(text[prev.end:q.start]) is not None and _intake(cx, prev)


# "11 bodies and 16 wounded", "11 bodies, 16 wounded": nothing but a list's joint between two counts
LIST_LINK = re.compile(r"\s*(?:,|,?\s+and)\s+", re.IGNORECASE)
LIST_REACH = 60  # characters before a count where the intake it is listed after is read


def _intake_spelled_out(text: str, q: Quantity, verbs: frozenset[str]) -> bool:
    """A count after a colon that spells out a facility's intake told before it in the sentence
    ("received 32 patients within a few hours: nine people were dead on arrival and 23 were wounded")."""
    start = max(text.rfind(". ", 0, q.start), text.rfind("\n", 0, q.start)) + 1
    colon = text.rfind(":", start, q.start)
    if colon < 0:
        return False
    lead = " ".join(text[start:colon].lower().split())
    return any(re.search(rf"\b{re.escape(v)}\s+(?:[\w,-]+\s+){{0,3}}?\d", lead) for v in verbs)


# "the army admitted 12 civilians were killed": the figure is the subject of a clause the verb before it
# reports, no facility's intake
CLAUSE_AFTER = re.compile(r"\s+(?:were|was|had|have|has|are|is|died)\b", re.IGNORECASE)
# "about eight bodies were received at the airbase": the intake told after the figure, at a place (not
# "120 people were treated for wounds", "were received by their families")
PASSIVE_AFTER = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|are|is)\s+(\w+)\s+(?:at|in|to)\b", re.IGNORECASE)


def _around(cx: Corpus, q: Quantity) -> tuple[str, str]:
    text = cx.article[q.article].text
    before = " ".join(text[max(0, q.start - 25):q.start].lower().split())
    before = re.sub(r"\s+(?:are|were|is|was|included|include)$", "", before)  # "among the dead are 20"
    return before, " ".join(text[q.end:q.end + 15].lower().split())


CASUALTY_ROLES = {"killed", "wounded", "casualties"}  # bare figures of these roles count people (not displaced, captured)


PART_REACH = 30  # characters after a count where "died at the scene" may stand


def in_part(cx: Corpus, q: Quantity) -> bool:
    """A count said to be only part of the harmed ("39 people died at the scene", "52 deaths on the
    day of the attack"; cues.json ``partial_scope_phrases``): a lower bound on a toll."""
    text = cx.article[q.article].text
    told = text[q.start:q.end] + re.split(r"[.;,]", text[q.end:q.end + PART_REACH], maxsplit=1)[0]
    # "at the scene of the blast" says where they were killed, not that only some are counted
    return any(not OF_AFTER.match(told, m.end()) for m in cue_regex("partial_scope_phrases").finditer(told))


OF_AFTER = re.compile(r"\s+of\b")


def found_so_far(q: Quantity) -> bool:
    """A count of bodies or remains (cues.json ``partial_count_nouns``): the dead recovered or
    received so far, a lower bound on the toll."""
    head = head_word(q.noun) if q.noun else None
    if head is None:
        return False
    nouns = cue_sets().partial_count_nouns
    return head in nouns or head[:-1] in nouns or (head.endswith("ies") and head[:-3] + "y" in nouns)
