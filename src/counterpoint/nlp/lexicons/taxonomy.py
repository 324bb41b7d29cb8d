"""The counted-thing taxonomy: what a noun phrase counts and what it rolls up to (tank -> armoured vehicle)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, TypeVar

from .folding import category_tokens
from .loaders import actors, categories
from .shapes import CategoryLexicon

T = TypeVar("T")

_Trie = dict[str, Any]  # word -> _Trie; the key "" holds the value of a term ending there
_VALUE = ""


def _forms(word: str) -> tuple[str, ...]:
    """A phrase word and the singulars it may stand for (terms are listed in the singular)."""
    forms = [word]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
        if word.endswith("ies"):
            forms.append(word[:-3] + "y")
        elif word.endswith("es"):
            forms.append(word[:-2])
    return tuple(forms)


def _trie(lex: CategoryLexicon, entries: Iterable[tuple[str, T]]) -> _Trie:
    root: _Trie = {}
    for term, value in entries:
        node = root
        for w in category_tokens(lex, term):
            node = node.setdefault(w, {})
        node.setdefault(_VALUE, value)
    return root


def _spans(words: tuple[str, ...], trie: _Trie) -> list[tuple[int, int, Any]]:
    """Every (start, stop, value) where a term of ``trie`` matches ``words`` (plural-tolerant)."""
    found: list[tuple[int, int, Any]] = []

    def walk(node: _Trie, start: int, j: int) -> None:
        if _VALUE in node and j > start:
            found.append((start, j, node[_VALUE]))
        if j < len(words):
            for form in _forms(words[j]):
                if form in node:
                    walk(node[form], start, j + 1)

    for start in range(len(words)):
        walk(trie, start, start)
    return found


@dataclass(frozen=True, slots=True)
class _Tables:
    terms: _Trie
    combos: tuple[tuple[str, _Trie, _Trie], ...]
    parents: Mapping[str, str | None]
    memberships: tuple[tuple[str, _Trie, _Trie], ...] = ()


@functools.cache
def _tables() -> _Tables:
    lex = categories()
    terms = _trie(lex, ((t, c.key) for c in lex.categories for t in c.terms))
    combos = tuple((c.category, _trie(lex, ((h, True) for h in c.head)), _trie(lex, ((w, True) for w in c.with_terms)))
                   for c in lex.combinations)
    memberships = tuple((c.category, _trie(lex, ((h, True) for h in c.head)),
                         _trie(lex, ((w, True) for w in c.with_terms))) for c in lex.memberships)
    return _Tables(terms, combos, MappingProxyType({c.key: c.parent for c in lex.categories}), memberships)


@functools.lru_cache(maxsize=4096)
def category_of(noun_phrase: str) -> str | None:
    """The taxonomy key of what ``noun_phrase`` counts, or None when no term sits on its head word.

    "at least 7 T-72 tanks" -> "tank"; "pickup trucks with heavy machineguns" -> "technical";
    "dozens of civilians" -> "civilians"; "local sources" -> None.
    """
    lex, tables = categories(), _tables()
    member_of = _membership(lex, category_tokens(lex, noun_phrase), tables)
    if member_of is not None:
        return member_of
    words, head = _head(lex, noun_phrase)
    if head is None:
        return None
    for category, heads, withs in tables.combos:
        if any(a <= head < b for a, b, _ in _spans(words, heads)) and _spans(words, withs):
            return category
    covering = [(b - a, -a, cat) for a, b, cat in _spans(words, tables.terms) if a <= head < b]
    return str(max(covering)[2]) if covering else None


def actor_people(noun_phrase: str) -> str | None:
    """The category of the people a count names by their armed actor's name alone ("seven VDP",
    "three Hamas"), which ``category_of`` does not read (a target "of Hamas" is no count of it)."""
    return _actor_members().get(_without_article(noun_phrase))


def _without_article(noun_phrase: str) -> str:
    return re.sub(r"^(?:the|its|their)\s+", "", noun_phrase.strip(), flags=re.IGNORECASE)


@functools.cache
def _actor_members() -> Mapping[str, str]:
    """An armed actor's name -> the category of its people ("seven VDP": armed-group members), by
    its role (categories.json ``actor_members``); cased forms as written ("IS"), the rest lowercase
    too. A name two actors of different kinds share names no kind."""
    kinds = categories().actor_members
    out: dict[str, set[str]] = {}
    for actor in actors().actors:
        if (kind := kinds.get(actor.role)) is not None:
            # an acronym as written only ("KIA" the Kachin army, "12 kia" no count of it)
            for name in (*actor.aliases, *(a.lower() for a in actor.aliases if not a.isupper()), *actor.cased):
                out.setdefault(name, set()).add(kind)
    return MappingProxyType({name: next(iter(k)) for name, k in out.items() if len(k) == 1})


def members_of_a_body(noun_phrase: str) -> bool:
    """"members of the Volunteers": people, of a body the lexicon does not know (a member word of
    categories.json ``memberships``, then "of")."""
    words = category_tokens(categories(), noun_phrase)
    return len(words) > 2 and words[1] == "of" and bool(_spans(words[:1], _tables().memberships[0][1])) \
        if _tables().memberships else False


def _membership(lex: CategoryLexicon, words: tuple[str, ...], tables: _Tables) -> str | None:
    """"11 members of a FARC dissident group" -> armed_group_members: a member word, "of" and a
    group's term on the head of the phrase that follows (not "members of a dissident political
    party", "part of the rebel-held town"). The member word is a light head the head logic drops,
    which would leave "group", a word for no people."""
    i = 0
    while i < len(words) and ((words[i] in lex.skip_words and words[i] not in CLAUSE_WORDS)
                              or words[i] in MEMBER_HEDGES or words[i].isdigit()):
        i += 1
    if i + 2 >= len(words) or words[i + 1] != "of":
        return None
    rest = words[i + 2:]
    while rest and (rest[0] in lex.skip_words or rest[0].isdigit()):
        rest = rest[1:]  # "of the", "of its": not "of a group of civilians", where "group" is the head
    if not rest:
        return None
    head = next((j for j in range(1, len(rest)) if rest[j] in lex.head_breaks), len(rest)) - 1
    for category, members, groups in tables.memberships:
        if _spans(words[i:i + 1], members) and any(a <= head < b for a, b, _ in _spans(rest, groups)):
            return category
    return None


MEMBER_HEDGES = frozenset({"alleged", "suspected", "purported"})  # "nine alleged members of": still members
CLAUSE_WORDS = frozenset({"that"})  # "(said) that members of the armed group": a clause's opening


def longer_term_from(words: str, following: str) -> str | None:
    """The category of a counted-thing term that starts with ``words`` and runs into ``following``:
    "fighter" + "jets launched" -> "aircraft", so "fighter" there names a thing, not fighters.
    None when no such term starts there."""
    lex = categories()
    size = len(category_tokens(lex, words))
    folded = category_tokens(lex, f"{words} {following}")
    longer = [(b, cat) for a, b, cat in _spans(folded, _tables().terms) if a == 0 and b > size]
    return str(max(longer)[1]) if longer else None


def longer_term_to(words: str, preceding: str) -> str | None:
    """The category of a counted-thing term that ends with ``words`` and starts in ``preceding``:
    "jet" + "fighter" -> "aircraft", so "fighter" there names a thing, not a fighter."""
    lex = categories()
    size = len(category_tokens(lex, words))
    folded = category_tokens(lex, f"{preceding} {words}")
    longer = [(b - a, cat) for a, b, cat in _spans(folded, _tables().terms) if b == len(folded) and b - a > size]
    return str(max(longer)[1]) if longer else None


@functools.lru_cache(maxsize=4096)
def categories_in(text: str) -> tuple[str, ...]:
    """The categories of the counted-thing terms in ``text``, left to right, each the longest term
    starting there and none inside another: "a drone strike on a training camp" -> air_strike, military_sites
    (not the shelters of a bare "camp")."""
    spans = sorted(_spans(category_tokens(categories(), text), _tables().terms), key=lambda s: (s[0], s[0] - s[1]))
    out: list[str] = []
    end = 0
    for a, b, cat in spans:
        if a >= end:
            out.append(str(cat))
            end = b
    return tuple(out)


@functools.lru_cache(maxsize=8192)  # align asks again for each pair of figures
def head_word(noun_phrase: str) -> str | None:
    """The folded head word of a counted noun phrase ("at least 45 students" -> "students",
    "dozens of civilians" -> "civilians"); None when there is none."""
    words, head = _head(categories(), noun_phrase)
    return words[head] if head is not None else None


@functools.lru_cache(maxsize=8192)
def is_generic_toll(noun_phrase: str) -> bool:
    """Does the phrase count people as a whole ("people", "civilians", "victims") rather than a
    group among them ("students", "staff")?"""
    head = head_word(noun_phrase)
    return head is not None and head in categories().generic_heads


def skip_quantity_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """Folded words without the leading figure and quantity words ("at least 7", "dozens of",
    "the rest of the")."""
    lex = categories()
    i = 0
    while i < len(words):
        if words[i] in lex.skip_words or words[i].isdigit():
            i += 1
        elif words[i] in lex.light_heads and i + 1 < len(words) and words[i + 1] == "of":
            i += 2
        else:
            break
    return words[i:]


def _head(lex: CategoryLexicon, noun_phrase: str) -> tuple[tuple[str, ...], int | None]:
    words = skip_quantity_words(category_tokens(lex, noun_phrase))
    if not words:
        return words, None
    return words, next((j for j in range(1, len(words)) if words[j] in lex.head_breaks), len(words)) - 1


def ancestors(category: str) -> tuple[str, ...]:
    """The categories ``category`` rolls up to, nearest first ("tank" -> armoured_vehicle, ...).

    Raises KeyError for a key that is not in categories.json.
    """
    parents = _tables().parents
    out: list[str] = []
    p = parents[category]
    while p is not None:
        out.append(p)
        p = parents[p]
    return tuple(out)


def lineage(category: str) -> tuple[str, ...]:
    """``category`` followed by its ancestors."""
    return (category, *ancestors(category))


def is_a(category: str, other: str) -> bool:
    """True when ``category`` is ``other`` or rolls up to it."""
    return other in lineage(category)


def common_ancestor(a: str, b: str) -> str | None:
    """The nearest category both roll up to (itself included), or None when they share no root.

    common_ancestor("tank", "apc") == "armoured_vehicle"; common_ancestor("tank", "armoured_vehicle")
    == "armoured_vehicle"; common_ancestor("tank", "civilians") is None.
    """
    others = set(lineage(b))
    return next((c for c in lineage(a) if c in others), None)
