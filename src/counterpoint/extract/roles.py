"""The office a person is named with: "Karim Haddad, deputy head of the president's office", "the
President of Norland, Ivan Petrenko", "city mayor Ivan Petrenko". The words of the office, up to
its title (cues.json ``title_nouns``), name the person in that article as much as the name does;
resolve adds them to the person's mentions. Read from the parse (an apposition after the name, a
lowercase title right before it), or from the words before a comma and the name."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cuesets import cue_sets
from .raw_mentions import RawMention

LEFT_DEPS = {"det", "amod", "compound", "nmod", "poss", "case", "nummod"}  # "the chief military | spokesperson"


def person_roles(doc: Doc, mentions: list[RawMention]) -> list[tuple[RawMention, RawMention]]:
    """(the office's words, the person's mention) for each person named with an office."""
    titles = cue_sets().title_nouns
    out = []
    for m in mentions:
        if m.kind != "person":
            continue
        tokens = _tokens(doc, m)
        if not tokens:
            continue
        name = tokens[-1]
        for title in _titles_of(name, tokens, titles):
            words = _office_words(title)
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            out.append((RawMention(start, end, doc.text[start:end], "person", "parse:office"), m))
    return out


def _tokens(doc: Doc, m: RawMention) -> list[Token]:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _titles_of(name: Token, tokens: list[Token], titles: frozenset[str]) -> list[Token]:
    doc, first, last = name.doc, tokens[0].i, tokens[-1].i
    found = []
    for c in name.children:
        if c.dep_ == "appos" and c.lower_ in titles and min(x.i for x in c.subtree) == last + 2 \
                and doc[last + 1].text == ",":
            found.append(c)  # "Karim Haddad, deputy head of ...": right after the name and its comma
        elif c.dep_ == "compound" and c.i < first and c.is_lower and c.lower_ in titles:
            found.append(c)  # "city mayor Ivan Petrenko"
    if not found:
        found += _title_before_comma(doc, first, last, titles)
    return found


OFFICE_TAIL_POS = {"ADP", "DET", "PROPN", "NOUN", "ADJ", "PART"}  # "of the President's Office"
MODIFIER_POS = {"DET", "ADJ", "NOUN", "PROPN", "PART"}  # "the deputy", "the Karsen army's"
MAX_OFFICE_TAIL = 8


def _title_before_comma(doc: Doc, first: int, last: int, titles: frozenset[str]) -> list[Token]:
    """"According to the deputy head of the President's Office, Karim Haddad, a missile struck",
    "The President of Norland, Ivan Petrenko, said": an office set between commas before the name, its
    title heading it, however the parse hung them. Not "the wife of the mayor, Lina Moradi,",
    "Speaking to the governor, Karim Haddad said" or "The rebels killed the governor, Karim Haddad
    said": the office must open the clause and the name be closed by a comma."""
    if first < 2 or doc[first - 1].text != "," or last + 1 >= len(doc) or doc[last + 1].text != ",":
        return []
    start = doc[first].sent.start
    for i in range(first - 2, max(start, first - 2 - MAX_OFFICE_TAIL) - 1, -1):
        t = doc[i]
        if t.pos_ not in OFFICE_TAIL_POS:
            return []
        if t.lower_ in titles and t.pos_ in ("NOUN", "PROPN") and doc[i + 1].tag_ != "POS":
            j = i - 1
            while j >= start and (doc[j].pos_ in MODIFIER_POS or doc[j].tag_ == "PRP$"):  # "Its spokesman"
                j -= 1
            return [t] if _opens_a_clause(doc, j, start) else []
    return []


def _opens_a_clause(doc: Doc, j: int, start: int) -> bool:
    """The words after token ``j`` open the sentence or a clause of it, or follow "according to"."""
    return j < start or doc[j].text in (",", ":", ";", "—", "(") or (
        doc[j].lower_ == "to" and j > start and doc[j - 1].lower_ == "according")


def _office_words(title: Token) -> list[Token]:
    """The title with the words before it that modify it ("the chief military spokesperson",
    "deputy head"), stopping at a capitalised name ("Kremlin | spokesman", "the UN |
    humanitarian coordinator"): what the office is, not whose."""
    words = [title]
    for t in reversed([c for c in title.lefts if c.dep_ in LEFT_DEPS]):
        span = sorted(t.subtree, key=lambda x: x.i)
        if span[-1].i != words[0].i - 1 or any(x.is_punct for x in span) \
                or (span[0].text[:1].isupper() and span[0].lower_ not in ("the", "a", "an")) \
                or any(x.text[:1].isupper() for x in span[1:]):  # "the Norland army's | spokesman"
            break
        words = span + words
    return words
