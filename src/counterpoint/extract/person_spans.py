"""Persons the model missed or cut short: a lone surname of a person the article names in full
("Peshraw Dizayee ... Dizayee and his daughter were killed"), and a name that goes on past the
model's span ("Peshraw Majid | Agha Dizayee"). Kept apart from extract/mentions.py, which finds the
mentions.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..nlp.lexicons import category_of, cues
from .raw_mentions import RawMention
from .spans import first_line_headline_end, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


def untagged_surnames(doc: Doc, found: list[RawMention]) -> list[RawMention]:
    """A lone capitalised word the model left untagged that is the surname of a person the article
    names in full ("Peshraw Dizayee ... Dizayee and his daughter were killed"): that person again.
    Not inside a longer capitalised run ("Dizayee Street"), nor before a noun it qualifies ("Baloch
    political prisoners", where a surname is also a people's name). A lone word the model read as
    a place there, not after a preposition of place, is the person too."""
    headline_end = first_line_headline_end(text_of(doc))  # a title-case headline the model reads as a name names no one
    surnames = {m.text.split()[-1] for m in found if m.kind == "person" and len(m.text.split()) >= 2
                and m.text.split()[-1][:1].isupper() and not m.start < headline_end}
    if not surnames:
        return []
    read_as_place = {m.start: m for m in found if m.kind in ("place", "maybe_place") and " " not in m.text}
    taken = [(m.start, m.end) for m in found if m.start not in read_as_place]
    out = []
    for t in doc:
        if t.text not in surnames or any(a < t.idx + len(t.text) and t.idx < b for a, b in taken):
            continue
        neighbours = [doc[i] for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc)]
        if any(n.text[:1].isupper() and n.pos_ == "PROPN" and not n.is_sent_start for n in neighbours):
            continue
        if t.dep_ in ("compound", "amod", "nmod") or (t.head.i > t.i and t.head.pos_ in ("NOUN", "PROPN")):
            continue  # "Baloch political prisoners": a people's name before a noun, not the person
        if t.i > 0 and doc[t.i - 1].lower_ in PLACE_PREPOSITIONS:
            continue  # "in Dizayee": where, whatever else the word names
        if (place := read_as_place.get(t.idx)) is not None:
            if t.dep_ in PERSON_DEPS or (t.dep_ == "pobj" and t.head.lower_ == "of"):
                place.kind = "person"  # "the house of Dizayee was destroyed" after "Peshraw Dizayee"
            continue
        out.append(RawMention(t.idx, t.idx + len(t.text), t.text, "person", "context:surname"))
    return out


PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "into", "outside", "toward", "towards", "over",
                                "across", "around", "inside"})
# where a name read as a place is someone
PERSON_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "conj", "appos", "dobj"})


MAX_NAME_TAIL = 2  # words a person's name may go on past the model's span


def name_goes_on(doc: Doc, e: int) -> int:
    """Where a person's name ends when the model cut it short: the capitalised proper nouns right
    after it that no other kind of entity holds ("Peshraw Majid | Agha Dizayee, CEO of ..."), up to
    a word for an office, a body or a place (cues.json ``name_tail_breaks``: "Soran Majid | Peshmerga
    Ministry officials") or a thing the taxonomy knows ("Nawzad Hama | Emergency Hospital")."""
    run = e
    while run < len(doc) and doc[run].text[:1].isupper() and not doc[run].is_sent_start:
        run += 1
    if run - e > MAX_NAME_TAIL:
        return e  # "Kenneth Roth Human Rights Watch": a longer run of capitals is another name, not more of his
    if any(w.lower_ in _name_tail_breaks() or category_of(w.lower_) is not None for w in doc[e:min(run + 1, len(doc))]):
        return e  # "Peshmerga Ministry", "Tel Amra Police", "Emergency Hospital": a body's or a place's name follows
    end = e
    while end < run and (t := doc[end]).pos_ == "PROPN" and t.text[1:].islower() and t.ent_type_ in ("", "PERSON"):
        end += 1
    return end


@functools.cache
def _name_tail_breaks() -> frozenset[str]:
    return frozenset(c.cue.lower() for c in cues().name_tail_breaks)
