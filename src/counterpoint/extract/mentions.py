"""Mentions: names and referring expressions in one Doc, before cross-article resolution.

Sources, longest span first when they overlap: the lexicons (actor aliases, organisations,
generic references such as "militants", loaded labels) matched with a PhraseMatcher, then the
model's named entities. Each mention records the loaded label it uses and whether it sits in
scare quotes, for the framing comparison. Persons the model missed or cut short are read in
extract/person_spans.py.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING

from ..nlp.lexicons import category_of, labels, lineage, longer_term_from, longer_term_to
from ..nlp.normalize import working_copy
from .acronyms import BRACKETED_ACRONYM, aliased, expansions
from .cuesets import cue_sets
from .datelines import dateline_cities
from .label_words import (distancing_word, group_word_last, label_in_front, label_word_after_name, loaded_word_inside,
                          longest_uses, name_of_incident, quoted_phrase, scare_quoted)
from .national_forces import first_person_forces, national_force_spans
from .person_spans import name_goes_on, untagged_surnames
from .raw_mentions import LabelUse, RawMention
from .spans import first_line_headline_end, text_of
from .untagged import APOSTROPHE_NAME, hyphen_joined, untagged_places

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

NER_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organization",
             "NORP": "actor"}
DEMONYM_ENDINGS = ("an", "ese", "i", "ish", "ic", "ch")  # Syrian, Sudanese, Iraqi, Turkish, Arabic, French
LEADING_DROP = {"the", "a", "an"}


@functools.cache
def _matchers(vocab: Vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
    """A case-insensitive matcher for names and labels, and a case-sensitive one for acronyms
    (so that "IS" the group does not match the verb "is")."""
    from spacy.lang.en import English
    from spacy.matcher import PhraseMatcher

    cues = cue_sets()
    tokenizer = English().tokenizer
    lower = PhraseMatcher(vocab, attr="LOWER")
    orth = PhraseMatcher(vocab, attr="ORTH")
    groups = (
        (lower, "actor", cues.actor_aliases),
        (lower, "organization", cues.org_aliases),
        (lower, "generic", cues.generic_terms),
        (lower, "label", cues.label_terms),
        (orth, "actor", cues.actor_acronyms),
        (orth, "organization", cues.org_acronyms),
    )
    for matcher, kind, table in groups:
        for term in sorted(table):
            # folded as the text is ("Hay'at" -> "Hayʼat", nlp/normalize.py), so the forms still match
            matcher.add(f"{kind}|{term}", [tokenizer(working_copy(v).text) for v in _spellings(term)])
    return lower, orth


ARABIC_ARTICLE = re.compile(r"\b([Aa]l|[Ee]l)-(?=\w)")  # "al-Shabaab", "el-Fasher"

# the tokenizer keeps "U.S." whole only in capitals; the matcher compares lowercase forms
_DOTTED = {"us": "U.S.", "uk": "U.K.", "un": "U.N.", "US": "U.S.", "UK": "U.K.", "UN": "U.N."}


def _spellings(term: str) -> list[str]:
    """A lexicon name as written, without its accents ("Medecins Sans Frontieres"), with a
    dotted country acronym ("U.S. forces") and with the Arabic article written apart ("al
    Shabaab", "el Fasher"): the ways wire copy spells the same name."""
    out = [term]
    if re.fullmatch(r"[A-Z]{2,}[a-z]", term) and not term.endswith("s"):
        out.append(term + "s")  # "FAMas"; not "KIAs" (killed in action) or "RTs", which are other words
    bare = "".join(c for c in unicodedata.normalize("NFKD", term) if not unicodedata.combining(c))
    words = term.split()
    dotted = " ".join(_DOTTED.get(w, w) for w in words)
    apart = ARABIC_ARTICLE.sub(r"\1 ", term)
    for v in (bare, dotted, apart):
        if v not in out:
            out.append(v)
    return out


def _force_noun_after(doc: Doc, e: int, cues) -> int | None:
    """Where a national force noun that follows token ``e`` ends ("Malian | armed forces")."""
    for words in cues.national_force_nouns:
        if e + len(words) <= len(doc) and tuple(t.lower_ for t in doc[e:e + len(words)]) == words:
            return e + len(words)
    return None


def _unit_noun_after(doc: Doc, e: int, cues) -> int | None:
    """Where a unit noun after a name ends: "Azov | battalion", "Azov | nationalist battalion"
    (a lowercase word in between is a label on the unit)."""
    j = e
    if j + 1 < len(doc) and doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN") and doc[j + 1].lower_ in cues.unit_nouns:
        j += 1
    return j + 1 if j < len(doc) and doc[j].lower_ in cues.unit_nouns else None


def _unit_names(doc: Doc, text: str, cues) -> list[tuple[int, int, RawMention]]:
    """Units the model leaves untagged: capitalised words before a unit noun, with at most one
    lowercase word between ("the Azov nationalist battalion"). Not a nationality ("a Russian
    battalion") and not a word capitalised only because it opens the sentence."""
    out = []
    for t in doc:
        if t.lower_ not in cues.unit_nouns or t.i == 0:
            continue
        j = t.i - 1
        if doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN") and j > 0:
            j -= 1
        first = None
        while j >= 0 and doc[j].text[:1].isupper() and doc[j].ent_type_ not in ("NORP", "DATE", "CARDINAL", "ORDINAL") \
                and doc[j].lower_ not in LEADING_DROP and (doc[j].pos_ == "PROPN" or not doc[j].is_sent_start):
            first = j
            j -= 1
        if first is None:
            continue
        start, end = doc[first].idx, t.idx + len(t.text)
        out.append((first, t.i + 1, RawMention(start, end, text[start:end], "organization", "ner:unit")))
    return out


def _words_after(doc: Doc, e: int, limit: int = 3) -> str:
    """Up to ``limit`` words after a match, stopping at punctuation ("fighters. Jets" is two things)."""
    words = []
    for t in doc[e:e + limit]:
        if t.is_punct or t.is_sent_start:
            break
        words.append(t.text)
    return " ".join(words)


def _words_before(doc: Doc, s: int, limit: int = 2) -> str:
    """Up to ``limit`` words before a match, stopping at punctuation or a sentence start."""
    words: list[str] = []
    for t in reversed(doc[max(0, s - limit):s]):
        if t.is_punct:
            break
        words.insert(0, t.text)
        if t.is_sent_start:
            break
    return " ".join(words)


def _in_capitals(doc: Doc, s: int, e: int) -> bool:
    """Is the line around [s, e) set in capitals (a headline or dateline), so that "WHO" may be
    the pronoun? Other acronyms beside it ("WHO EMRO said") do not make a line of capitals."""
    text = doc.text
    line_start = text.rfind("\n", 0, doc[s].idx) + 1
    line_end = text.find("\n", doc[e - 1].idx)
    words = re.findall(r"[A-Za-z]{2,}", text[line_start:line_end if line_end >= 0 else len(text)])
    return len(words) >= 3 and sum(w.isupper() for w in words) >= 0.8 * len(words)


def _inside_proper_name(doc: Doc, s: int, e: int) -> bool:
    """Is a capitalised label or force word, inside a sentence of ordinary case, part of a longer
    proper name ("the Resistance Committees", "the Islamic Resistance", "the Deir ez-Zor Military
    Council")? A headline in title case ("Russian Invaders Attack Station") capitalises labels too,
    and keeps them."""
    if not doc[s].text[:1].isupper() or doc[s].is_sent_start:
        return False
    beside = [doc[i] for i in (s - 1, e) if 0 <= i < len(doc)]
    if not any(t.is_alpha and t.text[:1].isupper() and not t.is_sent_start and t.pos_ != "DET" for t in beside):
        return False
    sent = doc[s].sent
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return sum(t.text[:1].isupper() for t in words) < 0.6 * len(words)


def _strip_edges(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and a trailing possessive or preposition from a token range, and an
    unclosed bracket the tagger ran on into ("Donetsk People's Republic (DPR": the acronym stands apart)."""
    while start < end - 1 and doc[start].lower_ in LEADING_DROP:
        start += 1
    opened = [i for i in range(start + 1, end) if doc[i].text == "("]
    if opened and not any(doc[i].text == ")" for i in range(opened[-1], end)):
        end = opened[-1]
    while end - 1 > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].pos_ == "ADP"):
        end -= 1  # "Kanbalu Township of": the tagger ran on into the preposition
    return start, end


@functools.cache
def _place_words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    import json
    from importlib import resources

    raw = json.loads(resources.files("counterpoint.nlp.lexicons").joinpath("places.json").read_text("utf-8"))
    return (frozenset(raw["prefixes"]), tuple(tuple(b.split()) for b in raw["before"]), frozenset(raw["after"]))


def _person_by_apposition(doc: Doc, s: int, e: int) -> bool:
    """A name the model took for an organisation, set beside a description of one person ("Nadia
    Farouk, a nurse at the clinic") or an office ("Its spokesman, Yusuf Karam,"; cues.json
    ``title_nouns``)."""
    head = doc[e - 1]
    if e - s < 2 or not all(t.pos_ == "PROPN" for t in doc[s:e]):
        return False
    titles = cue_sets().title_nouns
    if head.dep_ == "appos" and head.head.i < s and head.head.lower_ in titles:
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and (any(g.lower_ in ("a", "an") for g in c.children)
                                                          or c.lower_ in titles) for c in head.children)


def _quoted_tail(doc: Doc, e: int) -> int:
    """Extend a name over a quoted part the model cut off: 'Center for "Reconciliation" in Syria'."""
    if e + 2 < len(doc) and doc[e].lower_ in ("for", "of") and doc[e + 1].text == '"':
        close = next((j for j in range(e + 2, min(len(doc), e + 8)) if doc[j].text == '"'), None)
        if close is not None and all(t.is_title or t.lower_ in ("of", "and", "the") for t in doc[e + 2:close]):
            e = close + 1
            if e + 1 < len(doc) and doc[e].lower_ == "in" and doc[e + 1].ent_type_ in ("GPE", "LOC"):
                e += 2
    return e


def _place_by_context(doc: Doc, s: int, e: int, kind: str) -> tuple[int, int, str]:
    """The model tags "Kafr Nbuda" ORG and "Hama" (of "Hama governorate") ORG now and then:
    a place-name prefix, a place noun before it or a division word after it makes it a place."""
    prefixes, before, after = _place_words()
    if e < len(doc) and doc[e].lower_ in after:
        return s, e + 1, "place"
    j = e  # "Pazi | Gyi village": the model cut a one-word "person" short, a lowercase place noun ends the rest
    while kind == "person" and e - s == 1 and j < len(doc) and j - e < 2 and doc[j].pos_ == "PROPN" \
            and doc[j].text[:1].isupper() and doc[j].lower_ not in after:
        j += 1
    if e < j < len(doc) and doc[j].lower_ in after and doc[j].text.islower():
        return s, j + 1, "place"
    if doc[s].lower_ in prefixes and e - s >= 2:
        return s, e, "place"
    for words in before:
        n = len(words)
        if s - n >= 0 and tuple(t.lower_ for t in doc[s - n:s]) == words:
            return s, e, "place"
        # in apposition to a place noun: "another Tigray town, Hawzen,"
        if n == 2 and words[1] == "of" and s >= 2 and doc[s - 1].text == "," and doc[s - 2].lower_ == words[0]:
            return s, e, "place"
    return s, e, kind


def _facility_names(doc: Doc, found: list) -> list[tuple[int, int]]:
    """Token ranges that may be a facility's name: the model's organisations, and runs of
    capitalised words it left untagged ("The Sa'ada City Remand Prison")."""
    out = [(fs, fe) for fs, fe, m in found if m.kind == "organization" and m.source.startswith("ner:")]
    i = 0
    while i < len(doc):
        e = i
        while e < len(doc) and e - i < MAX_FACILITY_WORDS and not doc[e].ent_type_ and _capitalised_name(doc[e]):
            e += 1
        if e - i >= 2:
            out.append((i, e))
        i = max(e, i + 1)
    return out


MAX_FACILITY_WORDS = 6


def _capitalised_name(t) -> bool:
    """A proper noun, or a name with an apostrophe the tagger misreads ("Sa'ada")."""
    return t.text[:1].isupper() and (t.pos_ == "PROPN" or bool(APOSTROPHE_NAME.fullmatch(t.text)))


def _place_in_facility_name(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Token range of the town a facility's name opens with ("the Sa'ada City Remand Prison",
    "Kunduz Regional Hospital"): up to two name words before the facility's own words, without a
    closing "City"; resolve keeps it, or its first word, only where the articles name that place
    elsewhere. An empty range when the name ends in no facility noun."""
    category = category_of(doc[e - 1].text) if e - s >= 2 else None
    if category is None or "facilities" not in lineage(category):
        return (s, s)
    i = s + 1 if doc[s].lower_ == "the" else s
    end = i
    while end < e - 1 and end - i < 2 and _capitalised_name(doc[end]) and category_of(doc[end].text) is None:
        end += 1
    if end - i >= 2 and doc[end - 1].text == "City":
        end -= 1
    return (i, end)


def _place_begins(doc: Doc, i: int, cues) -> bool:
    """Does a place's name begin at token ``i``: one the model tags as a place, or a name of
    labels.json place_names ("Luhansk People's Republic", which the model may take for a person)?
    Not a body named after a place ("the Ambazonia Defence Forces"), but a state's name the model
    takes for an organisation's ("the Nagorno-Karabakh Republic": cues.json polity_nouns)."""
    if i >= len(doc):
        return False
    named = {ent.label_: ent for ent in doc.ents if ent.start == i}
    if any(ent.end < len(doc) and doc[ent.end].text in ("-", "\u2010", "\u2011") for ent in named.values()):
        return False  # "the self-declared Moscow-backed leader": the place is part of another word
    if named.keys() & {"GPE", "LOC"}:
        return True
    if "ORG" in named:
        return named["ORG"][-1].lower_ in cues.polity_nouns
    rest = doc.text[doc[i].idx:doc[i].idx + 80]
    return any(rest.startswith(form) and not rest[len(form):len(form) + 1].isalnum() for form in _place_forms())


@functools.cache
def _place_forms() -> tuple[str, ...]:
    forms = {form for place in labels().place_names for name in place.names for form in name.forms}
    return tuple(working_copy(form).text for form in sorted(forms, key=len, reverse=True))


def _qualifies_an_act(doc: Doc, s: int, e: int, cues) -> bool:
    """A one-word group term that modifies a noun for an act ("terrorist acts", "militant
    activity", "a rebel assault"; cues.json act_nouns, event nouns, the names of acts): it says
    who acted, but what it labels is the act."""
    if e - s != 1 or doc[s].dep_ not in ("amod", "compound"):
        return False
    head = doc[s].head
    return head.i > s and head.pos_ == "NOUN" and head.lemma_.lower() in cues.act_nouns


def extract_mentions(doc: Doc) -> tuple[list[RawMention], list[LabelUse]]:
    cues = cue_sets()
    text = text_of(doc)
    found: list[tuple[int, int, RawMention]] = []
    uses: list[LabelUse] = []
    lower, orth = _matchers(doc.vocab)
    matches = [*lower(doc), *orth(doc)]
    actor_starts = {s for match_id, s, _ in matches if doc.vocab.strings[match_id].startswith("actor|")}
    for match_id, s, e in matches:
        kind, term = doc.vocab.strings[match_id].split("|", 1)
        if term in cues.cased_forms and _in_capitals(doc, s, e):
            continue  # "WHO WILL PAY": a headline in capitals, not the organisation
        s, e = _strip_edges(doc, s, e)
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        act_word = kind == "label" and term in cues.label_frames  # "artillery strikes" still name the act
        if kind in ("actor", "generic", "label") and not act_word and (
                longer_term_from(doc[s:e].text, _words_after(doc, e))
                or longer_term_to(doc[s:e].text, _words_before(doc, s))):
            continue  # "fighter jets", "a jet fighter": a word of a thing's name, not a mention of fighters
        if kind == "label" and term in cues.label_modifiers and e not in actor_starts and _place_begins(doc, e, cues):
            # "the self-proclaimed Donetsk People's Republic": the word says what the territory is, not who a group is
            uses.append(LabelUse(start, end, term, "territory", cues.label_terms[term], scare_quoted(text, start, end)))
            continue
        if kind == "label" and cues.label_referents.get(term) not in cues.actor_referents:
            use = LabelUse(start, end, term, cues.label_referents.get(term, "other"),
                           cues.label_terms[term], scare_quoted(text, start, end))
            if term in cues.label_frames:
                name_of_incident(doc, s, e, use, cues)
                if use.phrase_start is not None and not use.scare_quoted:
                    use.scare_quoted = quoted_phrase(text, use.phrase_start, end)
            if term not in cues.label_frames or use.frame is not None:
                uses.append(use)
            continue
        if kind == "actor":
            key = cues.actor_aliases.get(term) or cues.actor_acronyms.get(term)
            m = RawMention(start, end, text[start:end], "actor", "lexicon:actor", key)
        elif kind == "organization":
            key = cues.org_aliases.get(term) or cues.org_acronyms.get(term)
            m = RawMention(start, end, text[start:end], "organization", "lexicon:org", key)
        elif kind == "generic":
            m = RawMention(start, end, text[start:end], "actor", "lexicon:generic", cues.generic_terms[term],
                           on_act=_qualifies_an_act(doc, s, e, cues))
        else:
            m = RawMention(start, end, text[start:end], "actor", "lexicon:label", None, label=term)
        found.append((s, e, m))
    for s, e in national_force_spans(doc):  # "Pakistan Air Force fighter jets", however the model tags it
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        found.append((s, e, RawMention(start, end, text[start:end], "actor", "lexicon:national")))
    for s, e, role in first_person_forces(doc):  # "our heroic forces"
        if not any(x[0] < e and s < x[1] for x in found):
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
            found.append((s, e, RawMention(start, end, text[start:end], "actor", "lexicon:generic", role)))
    headline_end = first_line_headline_end(text)
    for ent in doc.ents:
        kind = NER_KINDS.get(ent.label_)
        if kind is None:
            continue
        s, e = _strip_edges(doc, ent.start, ent.end)
        if s >= e:
            continue
        if kind in ("organization", "person", "actor", "place"):
            s, e, kind = _place_by_context(doc, s, e, kind)
        if kind == "person" and doc[s].idx >= headline_end:
            e = name_goes_on(doc, e)  # "Peshraw Majid Agha Dizayee", of which the model tagged "Peshraw Majid"
        if kind == "place":
            s, e = hyphen_joined(doc, s, e, set())  # "Mazar-i-Sharif", of which the model tagged "Mazar"
        if kind == "organization":
            e = _quoted_tail(doc, e)
            if _person_by_apposition(doc, s, e):
                kind = "person"  # "Nadia Farouk, a nurse at the clinic": a person the model took for an ORG
        unit_end = _unit_noun_after(doc, e, cues) if kind != "actor" and doc[s].text[:1].isupper() else None
        if unit_end is not None or (kind != "actor" and e - s > 1 and doc[e - 1].lower_ in cues.unit_nouns):
            e = unit_end or e  # "Azov battalion", "Azov Regiment" (read as a person): a military unit
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
            found.append((s, e, RawMention(start, end, text[start:end], "organization", "ner:unit")))
            continue
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        national = doc[s:e].text.lower() in cues.national_demonyms  # the model may read one as a GPE
        if (kind == "actor" or national) and not any(t.pos_ in ("PROPN", "NOUN") and t.tag_ in ("NNPS", "NNS")
                                                    for t in doc[s:e]):
            force_end = _force_noun_after(doc, e, cues) if national else None
            if force_end is not None:  # "Malian forces", "Azerbaijani soldiers": the country's forces
                start, end = doc[s].idx, doc[force_end - 1].idx + len(doc[force_end - 1].text)
                mention = RawMention(start, end, text[start:end], "actor", "ner:NORP+force")
                found.append((s, force_end, mention))
                continue
            if not (doc[e - 1].tag_ == "NNP" and doc[e - 1].text[:1].isupper()
                    and not doc[e - 1].lower_.endswith(DEMONYM_ENDINGS)):
                continue  # "Russian", "Syrian": adjectives, not actors
            kind = "maybe_place"  # "Aleppo" read as a nationality: the gazetteer decides in resolve
        found.append((s, e, RawMention(start, end, text[start:end], kind, f"ner:{ent.label_}")))
    found.extend(dateline_cities(doc, text))
    found.extend(_unit_names(doc, text, cues))
    for s, e in untagged_places(doc, [(x[0], x[1]) for x in found], _place_words()[1], _place_words()[2]):
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        found.append((s, e, RawMention(start, end, text[start:end], "maybe_place", "context:place")))
    inner_places = []  # kept beside the facility's name, not instead of it
    for s, e in (_place_in_facility_name(doc, fs, fe) for fs, fe in _facility_names(doc, found)):
        if e > s:
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
            inner_places.append((s, e, RawMention(start, end, text[start:end], "place_in_name", "context:facility")))
    # a model span that starts with a lexicon match is the lexicon's ("Assad regime forces in Hama
    # Province" is "Assad regime forces"); otherwise the longest span wins
    lex_starts = {s for s, _, m in found if m.source.startswith("lexicon:")}
    found = [x for x in found if not (x[2].source.startswith("ner:") and x[0] in lex_starts)]
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    kept: list[tuple[int, int, RawMention]] = []
    for s, e, m in found:
        clash = [k for k in kept if k[0] < e and s < k[1]]
        if clash:
            outer = clash[0][2]
            if m.source == "lexicon:label" and outer.label is None and outer.kind == "actor":
                outer.label = m.text.lower()
            # a person named inside a force's name is a mention of that person ("Khalifa Hafter forces")
            if m.kind == "person" and all(k[2].kind not in ("person", "place") for k in clash):
                kept.append((s, e, m))
            continue
        if m.source == "lexicon:label" and ((e - s == 1 and doc[s].pos_ == "ADJ") or m.label in cues.label_modifiers):
            continue  # "unconstitutional", "so-called": a label on the name that follows, not a name
        if m.source in ("lexicon:label", "lexicon:generic") and e - s == 1 and doc[s].dep_ in ("compound", "amod") \
                and any(k[0] == e and k[0] <= doc[s].head.i < k[1] and k[2].source == "lexicon:generic" for k in kept):
            continue  # "the terrorist military council": a word on the force word that follows, not a group
        if m.source in ("lexicon:label", "lexicon:generic") and _inside_proper_name(doc, s, e):
            continue  # "the Resistance Committees in El Fasher", "the Deir ez-Zor Military Council": another
            # group's name, not a word for one (a force named by its nation, "the Malian Army", is read whole)
        kept.append((s, e, m))
    kept = label_word_after_name(doc, text, kept, cues)
    for s, e, m in inner_places:  # "Sa'ada" of "the Sa'ada City Remand Prison", beside the facility's name
        if not any(k[0] < e and s < k[1] and k[2].kind != "organization" for k in kept):
            kept.append((s, e, m))
    out = []
    for s, e, m in sorted(kept, key=lambda x: x[0]):
        if m.on_act:
            pass  # "those heinous terrorist acts": the word labels the act, not the group it names
        elif m.label is None and m.source in ("lexicon:generic", "lexicon:actor"):
            low = m.text.lower()
            if low in cues.label_terms:
                m.label = low
        if m.label is None and m.source in ("lexicon:actor", "ner:unit"):
            m.label = loaded_word_inside(m.text, cues.label_terms)  # "the Saudi-led aggression coalition"
        if m.label is None and m.source == "lexicon:actor":
            m.label = group_word_last(m.text, cues.label_terms, cues.label_referents)  # "Houthi rebels"
        if m.label is None and not m.on_act:
            # an adjective or noun label in front of a name: "the unconstitutional Presidential Council"
            m.label = label_in_front(doc, s, cues.label_terms, cues.label_referents, m.kind)
        m.scare_quoted = scare_quoted(text, m.start, m.end) or distancing_word(text, m.start) is not None
        if m.source.startswith("ner:") and m.kind in ("place", "organization", "other") \
                and aliased(text, m.start, m.end):
            m.kind = "person"  # "Akhtar Muhammad alias Khalil", "Izhar alias Hamza": a nickname, not a town
        out.append(m)
        if (short := BRACKETED_ACRONYM.match(text, m.end)) and m.kind in ("organization", "actor", "place", "other") \
                and not any(k[2].start < short.end(1) and short.start(1) < k[2].end for k in kept):
            out.append(RawMention(short.start(1), short.end(1), short.group(1), m.kind, "context:acronym", m.key))
    out += untagged_surnames(doc, out)
    out.sort(key=lambda m: m.start)
    return out + expansions(text, out), longest_uses(uses)
