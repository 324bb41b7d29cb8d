"""A country's forces named by the country: "Pakistan Air Force fighter jets", "the Pakistani army",
"Russia's forces". The model tags such names unevenly (not at all after a bracketed dateline,
"[Islamabad] Pakistan Air Force ..."), and only a tagged country or demonym was read with the
force noun after it; here every country whose national forces the actor lexicon knows
(actors.json ``national``), by name or demonym (organizations.json ``countries``), is matched
before a force noun (actors.json ``national_force_nouns``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..nlp.lexicons import actors, organizations
from ..nlp.normalize import working_copy

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab


# words that name a country's forces only in one side's mouth ("Ukrainian nationalists") and as
# often its political movements ("Indian nationalists"): read only where the model tags a demonym
POLITICAL_WORDS = frozenset({"nationalists", "neo-nazis", "nazis", "fascists"})


@functools.cache
def _matcher(vocab: Vocab) -> PhraseMatcher:
    from spacy.lang.en import English
    from spacy.matcher import PhraseMatcher

    lex = actors()
    national = {a.country for a in lex.actors if a.national and a.country}
    countries = [c for c in organizations().countries if c.code in national]
    fronts = {f for c in countries for n in (c.name, *c.names) for f in (n, f"{n}'s", f"{n}’s")}
    fronts |= {d for c in countries for d in c.demonyms}
    tokenizer = English().tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    patterns = [tokenizer(working_copy(f"{front} {noun}").text) for front in sorted(fronts)
                for noun in lex.national_force_nouns if noun.lower() not in POLITICAL_WORDS]
    matcher.add("national_force", patterns)
    return matcher


def national_force_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans naming a country's forces by the country, the longest where they overlap, each
    starting with a capital (a country's name or demonym is written so)."""
    spans = sorted(((s, e) for _, s, e in _matcher(doc.vocab)(doc) if doc[s].text[:1].isupper()),
                   key=lambda x: (-(x[1] - x[0]), x[0]))
    kept: list[tuple[int, int]] = []
    for s, e in spans:
        if not any(k[0] < e and s < k[1] for k in kept):
            kept.append((s, e))
    return sorted(kept)


# the first word of a speaker's own forces ("our heroic forces", "our brave army"); the nouns are
# actors.json national_force_nouns of one word, and "fighters" and "mujahideen" for a group's
FIRST_PERSON_OWNERS = frozenset({"our"})
GROUP_FORCE_NOUNS = frozenset({"fighters", "mujahideen", "mujahidin"})
MAX_ADJECTIVES = 2


def first_person_forces(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, role) of each force a speaker calls its own: "our heroic forces", "our brave
    army" (state forces), "our fighters" (an armed group's). The span is the noun; the adjectives
    before it are labels, and resolve links the noun to the side the article's voice speaks for."""
    out = []
    for tok in doc:
        if tok.lower_ not in FIRST_PERSON_OWNERS:
            continue
        i = tok.i + 1
        while i < len(doc) and i - tok.i <= MAX_ADJECTIVES and doc[i].pos_ == "ADJ":
            i += 1
        role = own_force_role(doc[i].lower_) if i < len(doc) and doc[i].tag_ in ("NN", "NNS") else None
        if role is not None:
            out.append((i, i + 1, role))
    return out


def own_force_role(noun: str) -> str | None:
    """The role of a force a speaker calls its own by this noun: a group's fighters, else a state's."""
    noun = noun.lower()
    if noun in GROUP_FORCE_NOUNS:
        return "non_state_armed"
    return "state_forces" if noun in _one_word_force_nouns() and noun not in NOT_OWN_FORCES else None


@functools.cache
def _one_word_force_nouns() -> frozenset[str]:
    return frozenset(n.lower() for n in actors().national_force_nouns if " " not in n)


# force nouns that after "our" name no force of the speaker's ("our regime", "our nationalists")
NOT_OWN_FORCES = frozenset({"regime", "nationalists", "neo-nazis", "nazis", "fascists", "orcs", "monsters",
                            "occupiers", "invaders", "jets", "aircraft", "warplanes"})
