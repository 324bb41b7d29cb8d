"""Count roles: what befell the thing a count counts ("killed", "wounded", "attacks", "captured", ...).

The role comes from the governing verb or noun, found by walking up the parse, from a lexicon
phrase ("shot dead"), from the word after the counted phrase where the parse fails ("17 injured"),
or from a copular subject ("the death toll is 64"); a count that is a part's whole ("three of the
30 attackers") or its own clause tells none. Also here: the counts told just before that "13
others", "another" and "also" refer to.

Kept apart from extract/quantities.py, which finds the numbers and the counted noun phrase and
builds the quantities: deciding what befell the counted is a reading of its own over the parse
around that phrase, and the two together were over the project's 500-line rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.lexicons import ancestors as category_ancestors
from ..nlp.lexicons import actors, category_of
from .cuesets import CueSets, cue_sets
from .spans import phrase_index, sentence_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .quantities import RawQuantity


NOUN_POS = {"NOUN", "PROPN"}
# people-like categories: "destroyed 350 terrorists" means killed, not destroyed
PEOPLE = "people"
# roles a counted noun can carry itself; others come from a verb ("houses" is not "to house")
# what can befall people: the roles a count of none or a prisoners' verb is about
HARM_ROLES = frozenset({"killed", "wounded", "casualties"})
FIRED_THINGS = frozenset({"munition", "drone"})  # what is fired when used: shells, missiles, drones
STRIKING_ROLES = frozenset({"destroyed", "killed", "wounded", "casualties", "targeted", "attacks", "fired"})
NOUN_ROLES = {"killed", "wounded", "casualties", "attacks", "missing", "captured"}


def _phrase_role_at(tok: Token, cues: CueSets) -> str | None:
    """The role of a lexicon phrase that starts at this token ("shot dead", "took the lives"); not
    a phrase that runs into its figure ("destroyed up to 350 ..., five tanks": the list decides)."""
    doc = tok.doc
    starts = doc.user_data.get("cp_role_phrase_starts")
    if starts is None:
        starts = {}
        index = phrase_index(doc, "roles", cues.role_phrases)
        for phrase, role in cues.role_phrases:  # lexicon order: the first phrase at a token wins
            for first, last in index.get(phrase, ()):
                if not (last + 1 < len(doc) and doc[last + 1].like_num):
                    starts.setdefault(first, role)
        doc.user_data["cp_role_phrase_starts"] = starts
    return starts.get(tok.i)


def role_of_token(tok: Token, cues: CueSets) -> str | None:
    phrased = _phrase_role_at(tok, cues)
    if phrased:
        return phrased  # a phrase beats its own verb: "shot dead" is killed, not fired
    if (form := cues.role_forms.get(tok.lower_)) is not None:
        return form  # "the loss of nine soldiers": the dead; "losses" share the lemma, not the sense
    lemma = tok.lemma_.lower()
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    if prt and f"{lemma} {prt}" in cues.role_lemmas:
        return cues.role_lemmas[f"{lemma} {prt}"]
    return cues.role_lemmas.get(lemma) or cues.role_lemmas.get(tok.lower_)


def fits(role: str, category: str | None, cues: CueSets) -> bool:
    """People are killed or wounded; buildings are not. People are never a count of attacks or of
    rounds fired ("buses carrying some 500 people", "an attack by 300 fighters")."""
    if category is None:
        return True
    people = PEOPLE in (category, *category_ancestors(category))
    if role in THINGS_ONLY_ROLES:
        return not people
    return role not in cues.casualty_roles or people


THINGS_ONLY_ROLES = frozenset({"attacks", "fired"})


# prepositions that place a noun or tell its source ("the toll from the attack"); "on" names a topic too
WHERE_OR_WHEN = ("in", "at", "near", "during", "after", "before", "from")


def _copular_subject_role(doc: Doc, first: Token, cues: CueSets) -> str | None:
    """"The actual death toll is 64", "casualties stand at 40": the figure is what its subject
    counts. Read from the surface, since the parser may hang the number on a clause that follows
    ("is 64 while 184 were injured")."""
    i = first.i - 1
    if i >= 0 and doc[i].lower_ == "at":
        i -= 1
    if i < 0 or doc[i].lemma_.lower() not in ("be", "stand", "remain") or doc[i].sent.start > first.i:
        return None
    for j in range(i - 1, max(doc[i].sent.start, i - 4) - 1, -1):
        if doc[j].lower_ == "there" and doc[j - 1].dep_ == "pobj" and doc[j - 1].head.lower_ == "among":
            continue  # "among the deceased there could be at least four civilians": among whom they are
        if doc[j].is_punct or doc[j].lower_ == "there":
            break  # "during the attack there were thousands": presence, not a toll
        if doc[j].dep_ == "pobj" and doc[j].head.lower_ in WHERE_OR_WHEN:
            continue  # "among the fatalities in the attack were three children": where, not what it counts
        role = cues.role_nouns.get(doc[j].lemma_.lower())
        if role is not None:
            return role
    return None


def _passive_after(doc: Doc, head: Token, after: Token | None, cues: CueSets) -> tuple[str, int, bool] | None:
    """(role, index, False) of a passive verb of harm right after the counted words ("nine members
    of the group were killed", "12 people were reportedly wounded"), read from the surface. Not for
    the object of a verb before the count ("the militants who wounded 12 soldiers were killed"), nor
    for the whole a part is taken from ("three of the 30 attackers", "three of the gang's 30 members")."""
    if after is None or after.lemma_.lower() != "be" or after.pos_ != "AUX":
        return None
    if head.dep_ in ("dobj", "pobj"):
        return None  # the object of a verb before it, or the noun after "three of the (gang's)"
    verb = doc[after.i + 1] if after.i + 1 < len(doc) else None
    if verb is not None and verb.pos_ == "ADV" and verb.i + 1 < len(doc):
        verb = doc[verb.i + 1]  # "were reportedly killed"
    if verb is None or verb.tag_ != "VBN" or (role := role_of_token(verb, cues)) not in HARM_ROLES:
        return None
    return role, verb.i, False


def _ends_phrase(doc: Doc, tok: Token) -> bool:
    """Nothing hangs on the word: it is last, or punctuation, a line break or "and" follows ("130
    civilians dead , wounded"; not "wounded many others")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.is_space or nxt.lower_ in ("and", "or")


def role_of_count(doc: Doc, num_tokens: list[Token], np: tuple[int, int, Token] | None, cues: CueSets,
                  category: str | None = None, noun_role: bool = True) -> tuple[str | None, int | None, bool]:
    """(role, index of the token that governs it, revision) for a number."""
    head = np[2] if np else num_tokens[-1]
    after = doc[np[1] + 1] if np and np[1] + 1 < len(doc) else (
        doc[num_tokens[-1].i + 1] if num_tokens[-1].i + 1 < len(doc) else None)
    if np is not None and (head.pos_ in NOUN_POS or head.pos_ == "ADJ"):
        if noun_role and (phrased := _phrase_role_at(head, cues)) is not None:
            return phrased, head.i, False  # "more than 100 dead and wounded": both, not the dead alone
        role = cues.role_nouns.get(head.lemma_.lower()) if noun_role else None
        if role == "captured":
            # "53 prisoners of war perished": what befell the prisoners, when the clause says
            verb_role = role_of_count(doc, num_tokens, np, cues, category, noun_role=False)
            if verb_role[0] in HARM_ROLES:
                return verb_role
        if role in NOUN_ROLES:  # "20 attacks", "dozens of deaths", "five dead"
            return role, head.i, False
    if after is not None and after.pos_ in ("ADJ", "VERB", "NOUN") and after.tag_ in ("JJ", "VBN", "VBD", "NN", "NNS"):
        role = role_of_token(after, cues)
        if role and not fits(role, category, cues):
            role = None  # "two 500-pound bombs killed 12 people": the bombs did the killing
        if role and after.lemma_.lower() not in cues.reporting_verbs:
            second = doc[after.i + 2] if after.i + 2 < len(doc) else None
            if role in HARM_ROLES and second is not None and doc[after.i + 1].text in (",", "/", "or", "and") \
                    and second.tag_ in ("JJ", "VBN", "VBD") and _ends_phrase(doc, second) \
                    and not (second.i + 1 < len(doc) and doc[second.i + 1].like_num) \
                    and (other := role_of_token(second, cues)) in HARM_ROLES and other != role:
                return "casualties", after.i, False  # "130 civilians dead, wounded": both, not the dead alone
            return role, after.i, False
    if (role := _copular_subject_role(doc, num_tokens[0], cues)) is not None:
        return role, num_tokens[0].i, False
    if (passive := _passive_after(doc, head, after, cues)) is not None and fits(passive[0], category, cues):
        return passive  # "..., nine members of the group were killed": the parser may hang them elsewhere
    before = doc[num_tokens[0].i - 1] if num_tokens[0].i > 0 else None
    if before is not None and before.pos_ == "VERB" and before.tag_ in ("VBD", "VBN", "VBG") and \
            (role := role_of_token(before, cues)) in HARM_ROLES and fits(role, category, cues):
        # "the shells that killed at least 12 people were fired": the verb the count follows, where
        # the parser makes the count the subject of the verb after it
        return _both_harms(before, head, role, cues), before.i, False
    node, steps, revision = head, 0, False
    own = {t.i for t in num_tokens}
    while steps < 7 and node.head.i != node.i:
        came_from, node = node, node.head
        steps += 1
        if node.i in own:
            continue  # "a large number of militants": the count's own words say nothing of what befell them
        if came_from.dep_ in ("relcl", "acl") and not (np and np[0] <= node.i <= np[1]):
            # "gunmen who attacked 12 soldiers were killed", "the base where 12 soldiers were
            # stationed was destroyed": what befell the clause's noun did not befall the count (a
            # clause inside the count's own words, "four cars stuffed with explosives", is its own)
            return None, node.i, revision
        if came_from.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= head.i
                                             <= c.right_edge.i for c in came_from.children):
            # "hit the station as thousands of civilians waited for trains": the subject of a clause
            # of its own, whose verb said nothing of harm; the main clause's act did not befall it
            return None, came_from.i, revision
        if came_from.dep_ == "advcl" and came_from.tag_ == "VBG" and node.pos_ in ("VERB", "AUX") \
                and _object_then_count(came_from, head):
            # "water points were destroyed, cutting off water for 9,000 people": a participle clause
            # with an object of its own, the count after it for whom; the main act did not befall them
            return None, came_from.i, revision
        if _whole_of_part(node, num_tokens[0]):
            return None, node.i, revision  # "three of the 30 attackers were killed": the 30 were not
        if node.lower_ == "of" and came_from.i == head.i and node.head.lemma_.lower() in cues.group_nouns \
                and not _group_befallen(node.head, cues):
            return "involved", node.head.i, revision  # "fired near a convoy of 38 trucks": its size
        lemma = node.lemma_.lower()
        if lemma in cues.reporting_verbs and node.pos_ in ("VERB", "AUX"):
            for child in node.children:  # "were reported dead"
                if child.dep_ in ("acomp", "oprd", "xcomp") and (r := role_of_token(child, cues)):
                    return r, node.i, revision
            break
        if lemma in cues.revision_lemmas:
            revision = True
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:  # "the number of people killed rose to 30": killed, not "number"
                roles = [r for t in subj.subtree if (r := cues.role_nouns.get(t.lemma_.lower()))]
                roles.sort(key=lambda r: r not in NOUN_ROLES)
                if roles:
                    return roles[0], node.i, True
        if lemma in cues.instrument_lemmas and node.pos_ == "VERB":
            # "used six drones to destroy two houses", "six drones were used to destroy": the drones
            # were fired; what the purpose clause did befell its own object, not what was used ("used
            # 200 villagers as shields": nothing) nor who used it ("12 soldiers used drones to ...")
            fired = category is not None and bool(FIRED_THINGS & {category, *category_ancestors(category)})
            # only to strike with ("used six drones to destroy two houses", "used in the attack"), not
            # "used two drones to search the rubble" or "used in the parade"
            purpose = [role_of_token(c, cues) for c in node.children if c.dep_ in ("xcomp", "advcl")]
            purpose += [cues.role_nouns.get(o.lemma_.lower()) for c in node.children if c.dep_ == "prep"
                        and c.lower_ in ("in", "during", "for") for o in c.children if o.dep_ == "pobj"]
            if fired and any(r in STRIKING_ROLES for r in purpose):
                return "fired", node.i, revision
            continue  # what the words above the use say may tell: "planning to use four car bombs"
        if lemma in cues.loss_lemmas and node.pos_ == "VERB" and came_from.i == head.i and head.dep_ == "dobj" \
                and fits("casualties", category, cues):
            return "casualties", node.i, revision  # "the army said it had lost two soldiers": its dead or wounded
        said = role_of_token(node, cues)
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "the loss of nine soldiers and seven VDP": the list's first is the object
        if node.lower_ in cues.role_forms and not (first.head.lower_ == "of" and first.head.head.i == node.i):
            said = cues.role_lemmas.get(node.lemma_.lower())  # "the loss of contact with two soldiers": no deaths
        role = _both_harms(node, came_from, said, cues) if node.pos_ != "ADP" else None
        if role is None and node.pos_ in ("NOUN",) and (noun_role or node.i != head.i):
            role = cues.role_nouns.get(node.lemma_.lower())
        if role and not fits(role, category, cues):
            role = None  # "35 people were injured, more than 10 buildings ... damaged"
        if role:
            return role, node.i, revision
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() == "be" and \
                any(c.dep_ == "expl" for c in node.children):
            # "there were thousands of people at the station": who was there, unless the counted
            # phrase says what befell them ("there were 12 people killed")
            inner = [r for t in (doc[np[0]:np[1] + 1] if np else ()) if t.dep_ == "acl"
                     and (r := role_of_token(t, cues))]
            inner += [r for c in head.children if c.dep_ == "relcl" and (r := role_of_token(c, cues))]
            return (inner[0] if inner else None), node.i, revision
        if node.pos_ in ("VERB", "AUX") and lemma in LEAVING_VERBS and (r := _left_in_state(doc, node, head, cues)):
            return r, node.i, revision
        if node.pos_ in ("VERB", "AUX"):
            for child in node.children:
                if child.dep_ in ("acomp", "oprd", "xcomp", "attr") and child.i != head.i:
                    role = role_of_token(child, cues)
                    if role:
                        return role, node.i, revision
                if child.dep_ == "dobj" and child.i != head.i and \
                        cues.role_nouns.get(child.lemma_.lower()) in HARM_ROLES:
                    return cues.role_nouns[child.lemma_.lower()], node.i, revision  # "received injuries"
                if child.dep_ == "prep":
                    for g in child.children:
                        if g.dep_ == "pobj" and (r := cues.role_nouns.get(g.lemma_.lower())):
                            return r, node.i, revision
                        # "four children were among those killed": what befell the ones they are among
                        if g.dep_ == "pobj" and child.lower_ == "among" and (r := next(
                                (x for a in g.children if a.dep_ in ("acl", "relcl")
                                 and (x := role_of_token(a, cues)) in HARM_ROLES), None)):
                            return r, node.i, revision
            if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                return None, node.i, revision  # "70 died and hundreds are still suffocating": its own clause
    sent_start, sent_end = sentence_spans(doc)[head.i]
    if head.dep_ == "conj":
        for tok in doc[head.i + 1:min(sent_end, head.i + 12)]:  # the list's verb comes after it
            if tok.pos_ == "VERB" and (r := role_of_token(tok, cues)) and fits(r, category, cues):
                return r, tok.i, revision
    index = phrase_index(doc, "roles", cues.role_phrases)
    for phrase, role in cues.role_phrases:
        hits = [h for h in index.get(phrase, ()) if sent_start <= h[0] and h[1] < sent_end]
        if any(abs(h[0] - head.i) <= 8 for h in hits):
            return role, hits[0][0], revision
    return None, (node.i if node is not head else None), revision


def _both_harms(verb: Token, counted: Token, role: str | None, cues: CueSets) -> str | None:
    """"killed and wounded 40 people": the object of a harm verb joined to another harm verb that
    has no object of its own counts both, the casualties. Not "killed three and wounded five", nor
    "5 were killed and 28 others were wounded", where each count has its own verb."""
    top = counted  # "dozens of soldiers": the phrase the verb takes as its object
    while top.head.i != verb.i and top.head.i != top.i and top.dep_ in ("pobj", "prep", "nummod", "quantmod"):
        top = top.head
    if role in HARM_ROLES and verb.dep_ == "conj" and top.dep_ == "dobj" and top.head.i == verb.i \
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.head.children) \
            and (first := role_of_token(verb.head, cues)) in HARM_ROLES and first != role:
        return "casualties"
    return role


LEAVING_VERBS = frozenset({"leave"})  # "the clash left three gunmen and a policeman dead"


def _left_in_state(doc: Doc, verb: Token, head: Token, cues: CueSets) -> str | None:
    """What the object of "left" was left as, when the parser hangs the word on the object's last
    member ("left three of the gunmen and a policeman dead") or elsewhere in the list ("left two
    soldiers and a civilian dead", "left four soldiers and two drivers wounded"): the first word of
    a state after the count, if the list has one, decides ("left 50 people trapped and three dead",
    "left four soldiers missing": no harm). The list ends at a clause of its own ("when three guards
    were wounded", "and the doctors said", "who were on duty"), and then no state is read."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.left_edge.i <= head.i <= obj.right_edge.i:
            for tok in doc[head.i + 1:]:
                if tok.is_punct or tok.is_sent_start or tok.dep_ == "mark" or tok.pos_ == "SCONJ" or (
                        tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
                    return None
                last = tok.i + 1 >= len(doc) or doc[tok.i + 1].is_punct or doc[tok.i + 1].pos_ == "ADP"
                if tok.dep_ == "amod" and tok.head.i > tok.i:
                    continue  # a word before its noun ("a civilian"), no state after the list
                if tok.lower_ == "including":
                    continue  # "12 people including two children dead": the state of them all comes after
                if tok.tag_ == "VBG" and role_of_token(tok, cues) is None:
                    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                    role = role_of_token(nxt, cues) if nxt is not None and nxt.tag_ in ("JJ", "VBN") else None
                    return role if role in HARM_ROLES else None  # "lying dead"; "fighting for their lives": no harm
                if tok.tag_ in ("JJ", "VBN", "VBG") or (tok.tag_ in ("NN", "VBD") and last):
                    role = role_of_token(tok, cues)
                    return role if role in HARM_ROLES else None  # the first state word says what befell them
    return None


RELATIVE_SUBJECTS = frozenset({"that", "who", "which"})
UNDERGONE_VERBS = frozenset({"die", "perish", "succumb"})  # what befalls the subject itself


def predicate_kind(toks: list[Token], head: Token | None) -> str | None:
    """What a copula says the counted people were: "at least four of the eleven dead were
    civilians", "the 11 people that died were part of the armed organisation Comandos de la
    Frontera" (the words up to a name); not "were not / no / neither rebels", "civilians rather
    than rebels", a mix ("rebels and civilians"), nor what a clause opened by "whether" or "if" asks."""
    subject = toks[-1] if toks[-1].dep_ == "nsubj" else head if head is not None and head.dep_ == "nsubj" else None
    verb = subject.head if subject is not None else None
    if verb is None or verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children) \
            or any(c.dep_ == "mark" and c.lower_ in OPEN_QUESTION for c in verb.children):
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attr is None or any(c.dep_ in ("conj", "cc") or c.lower_ in NOT_SO for c in attr.subtree):
        return None
    words = []
    for t in attr.subtree:
        if t.pos_ == "PROPN" and t.i > attr.i:
            break  # "the armed organization Comandos de la Frontera": the kind, not the name
        words.append(t.text)
    kind = category_of(" ".join(words))
    return kind if kind is not None and kind != PEOPLE and PEOPLE in category_ancestors(kind) else None


def toll_owner_kind(toks: list[Token], cues: CueSets) -> str | None:
    """Whose dead or wounded a count is, where the toll it is told as names them: "the Taliban
    casualties had risen to 45 dead and 25 wounded", "rebel losses stood at 30", "the death toll
    among Russian soldiers rose to 12". The toll word is the subject of the count's verb; its
    modifier, or what follows "among" or "of", is a kind of people, or an armed actor's name. A
    toll word ("toll", "tally") takes its owner only after "among" or "of": "the Hamas death toll"
    is the count Hamas's ministry gives, where "the Taliban casualties" are the Taliban's dead."""
    verb = toks[-1]
    for _ in range(OWNER_REACH):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    counted = {t.i for t in toks} | {t.head.i for t in toks if t.dep_ == "nummod"}
    while verb.dep_ == "conj" and verb.head is not verb \
            and not any(c.dep_ in SUBJECTS and c.i not in counted for c in verb.children):
        verb = verb.head  # "45 dead and 25 wounded": the wounded share the first verb's subject, unless
        # the verb has its own ("... and the overall death toll climbed to 80")
    toll = next((c for c in verb.children if c.dep_ in SUBJECTS and _toll_word(c, cues)), None)
    if toll is None:
        return None
    modifiers = [] if toll.lower_ in cues.figure_words else \
        [c for c in toll.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    after = [g for c in toll.children if c.dep_ == "prep" and c.lower_ in ("among", "of")
             for g in c.children if g.dep_ == "pobj"]
    # the modifiers together ("Syrian army casualties"), then each ("rebel losses"), then what follows "among"
    phrases = [[t for m in modifiers for t in m.subtree]] if len(modifiers) > 1 else []
    phrases += [list(owner.subtree) for owner in (*modifiers, *after)]
    for tokens in phrases:
        words = " ".join(t.text for t in sorted(tokens, key=lambda t: t.i) if t.dep_ not in ("det", "case", "punct"))
        kind = category_of(words) or armed_actor_kind(words)
        if kind is not None and kind != PEOPLE and PEOPLE in category_ancestors(kind):
            return kind
    return None


OWNER_REACH = 4  # "45 dead" -> "to" -> "risen": the verb is a few steps up
SUBJECTS = ("nsubj", "nsubjpass")


def _toll_word(t: Token, cues: CueSets) -> bool:
    """"toll", "casualties", "losses", "deaths": a word that counts the harmed."""
    return t.lower_ in cues.figure_words or (t.pos_ == "NOUN" and HARM_ROLES & {cues.role_nouns.get(t.lower_),
                                                                              cues.role_nouns.get(t.lemma_.lower())})


ROLE_KINDS = {"non_state_armed": "armed_group_members", "state_forces": "state_troops"}


def armed_actor_kind(name: str) -> str | None:
    """The kind of people an armed actor's members are, by its name ("Taliban": armed group members),
    found through the lexicon's alias index the mention matcher uses."""
    sets = cue_sets()
    actor_id = sets.actor_aliases.get(" ".join(name.lower().split())) or sets.actor_acronyms.get(name.strip())
    return ROLE_KINDS.get(actors().actor(actor_id).role) if actor_id else None


OPEN_QUESTION = frozenset({"whether", "if"})  # "whether four of the dead were civilians": asked, not said
NOT_SO = frozenset({"no", "neither", "nor", "rather", "instead"})  # "were no rebels", "civilians rather than rebels"


def relative_clause_harm(head: Token, category: str | None, cues: CueSets) -> str | None:
    """The harm a relative clause on the counted noun says befell it: "the 11 people that died",
    "the 30 soldiers who were killed"; not what they did ("the gunmen who wounded 12") or did not
    suffer ("the passengers who were not hurt"). Read only where the count's own clause tells none."""
    for clause in (c for c in head.children if c.dep_ == "relcl"):
        subject = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")
                        and g.lower_ in RELATIVE_SUBJECTS), None)
        if subject is None or any(g.dep_ == "neg" for g in clause.children):
            continue
        if subject.dep_ == "nsubjpass" or clause.lemma_.lower() in UNDERGONE_VERBS:
            role = role_of_token(clause, cues)
            if role in HARM_ROLES and fits(role, category, cues):
                return role
    return None
# what befalls a group that is the subject of the verb: "a group of 30 civilians fled"
UNDERGONE_ROLES = frozenset({"killed", "wounded", "casualties", "displaced", "surrendered", "missing",
                             "evacuated", "captured"})


def _group_befallen(group: Token, cues: CueSets) -> bool:
    """Is the group ("a convoy of ...", "a group of ...") what its verb's harm, destruction, flight
    or capture befell: its object or passive subject ("a convoy of 30 trucks was destroyed", "killed
    a group of 12 civilians"), or its subject ("a group of 30 civilians fled")? Then its count takes
    the verb's role; "crowds surrounded a convoy of 30 trucks" tells the convoy's size."""
    role = role_of_token(group.head, cues)
    if group.dep_ == "pobj" and group.head.lower_ == "of":
        return True  # "the bodies of a group of 12 migrants": what befell the group is told above it
    if group.dep_ in ("nsubjpass", "dobj"):
        return role in UNDERGONE_ROLES or role in ("destroyed", "reinforcing")  # "sent a contingent of 500"
    return group.dep_ == "nsubj" and role in UNDERGONE_ROLES


def _object_then_count(verb: Token, counted: Token) -> bool:
    """Does the verb have an object of its own and the counted noun under one of its prepositions
    ("cutting off water for 9,000 people")?"""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.left_edge.i <= counted.i <= c.right_edge.i for c in verb.children)


def _whole_of_part(node: Token, first: Token) -> bool:
    """"of" after a number or "out": what follows counts the whole a part was taken from ("three of
    the 30 gunmen", "killed out of some 40"), not the ones the verb befell."""
    return node.lower_ == "of" and node.pos_ == "ADP" and (
        node.head.pos_ == "NUM" or node.head.lower_ == "out") and node.head.i < node.i < first.i


def counted_before(out: list[RawQuantity], sent_start: int) -> RawQuantity | None:
    """The last group of people counted earlier in the sentence, which "others" counts more of."""
    before = [o for o in out if o.start >= sent_start and o.noun and o.noun.lower() != "others"
              and o.category is not None and "people" in (o.category, *category_ancestors(o.category))]
    return before[-1] if before else None  # people only: "destroyed three houses, while 20 others were hurt"


def told_before(doc: Doc, out: list[RawQuantity], sent, role: str | None) -> bool:
    """Was a count of the same harm (of any harm, when ``role`` is None) given in this sentence or the
    three before it? Only then does "also" add to it ("760 people were also wounded" after a toll of
    the dead adds the wounded)."""
    start = doc[sent.start].sent.start  # the parser's sentences, to walk back by
    for _ in range(3):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return any((o.role == role if role is not None else o.role in HARM_ROLES) and o.start >= doc[start].idx
               for o in out)
