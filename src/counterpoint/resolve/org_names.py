"""Organisation names across articles: their content words, acronyms and the names whose initials
spell them, and the clustering of names that contain one another ("Russian reconciliation center"
in "Russian Center for Reconciliation of the Opposing Parties in Syria")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from ..extract.acronyms import ACRONYM_EXPANSION, spells
from ..records import Article, Mention
from . import actors as actor_lex
from .clusters import Cluster, Clusters
from .names import name_key


STOP = {"the", "of", "for", "in", "and", "on", "to", "a", "an", "at", "'s", "s"}


def org_tokens(text: str) -> list[str]:
    """Content-word stems of an organisation name, quotes and particles dropped, spelling unified
    (center/centre), plurals made singular."""
    from ..nlp.lexicons import categories

    spelling = categories().spelling
    words = re.findall(r"[\w]+", name_key(text))
    return [_singular(spelling.get(w, w))[:7] for w in words if w not in STOP]


def _singular(word: str) -> str:
    """"systems" -> "system": one name in the singular and the plural ("High Mobility Artillery
    Rocket System(s)")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "as", "ws")) \
        else word  # not "Hamas" (Hama) or "News"


def _org_subsumes(a: list[str], b: list[str]) -> bool:
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) >= 2 and small[0] == big[0] and set(small) <= set(big)


def _org_reordered(a: list[str], b: list[str]) -> bool:
    """The same words in another order ("General Prosecutor's Office" / "the prosecutor general's
    office"), or three or more of them inside a longer name ("... Office of Azerbaijan")."""
    small, big = (set(a), set(b)) if len(set(a)) <= len(set(b)) else (set(b), set(a))
    return (len(small) >= 2 and small == big) or (len(small) >= 3 and small <= big)


REORDER_MAX = 7  # longer names are compared in their own word order only


def _reordered_pairs(nodes: list) -> set[tuple[int, int]]:
    """Node pairs whose names may hold the same words in another order, found through an index of
    each name's word sets (no comparison of every pair)."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        for form in node[2]:
            words = sorted(set(form))
            if len(words) <= REORDER_MAX:
                for k in range(min(len(words), 3) if len(words) > 2 else len(words), len(words) + 1):
                    for sub in combinations(words, k):
                        index[sub].append(i)
    out = set()
    for i, node in enumerate(nodes):
        for form in node[2]:
            for j in index.get(tuple(sorted(set(form))), ()):
                if i != j:
                    out.add((min(i, j), max(i, j)))
    return out


def _respell(words: list[str], like: list[str]) -> list[str]:
    """``words`` with one word that differs from one of ``like`` by two swapped neighbouring
    letters spelled as in ``like`` (a typo: "Al Alhi Hospital" for "Al Ahli Hospital"). Only in
    names of two words or more that share another word: one-word names ("UNHRC", "UNHCR") differ
    by design."""
    if len(words) < 2 or len(like) < 2 or not set(words) & set(like):
        return words
    return [next((x for x in like if _swapped(w, x)), w) for w in words]


def _swapped(a: str, b: str) -> bool:
    if len(a) != len(b) or len(a) < 4 or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def acronyms_in(articles: Sequence[Article], mentions: Sequence[Mention] = ()) -> dict[str, str]:
    """"Union of Medical Care and Relief Organisations (UOSSM)" defines UOSSM in the corpus, as does
    "HIMARS (High Mobility Artillery Rocket Systems)"; so does a name whose initials spell it
    ("Joint Incident Assessment Team" for JIAT), when only one does."""
    out: dict[str, str] = {}
    # on one line: a headline above ("UNAMA Releases Findings On Dasht-e-Archi Airstrikes") is not the name
    pattern = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+)(?:(?:of|for|and|the|de|du|des|in|on)[ \t]+|[A-Z][\w'’-]*[ \t]+){1,9})"
                         r"\(([A-Z]{2,8})\)")
    for a in articles:
        for m in pattern.finditer(a.text):
            out.setdefault(m.group(2), m.group(1).strip())
        for m in ACRONYM_EXPANSION.finditer(a.text):  # "HIMARS (High Mobility Artillery Rocket Systems)"
            if spells(m.group(1), m.group(2)):
                out.setdefault(m.group(1), m.group(2).strip())
    by_initials: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind in ("organization", "actor", "person", "other") and (key := initials(m.text)):
            by_initials[key].add(m.text.strip())
    for key, names in by_initials.items():
        if len(names) == 1:
            out.setdefault(key, next(iter(names)))
    return out


# a run of capitalised words, particles between ("United Nations Assistance Mission in Afghanistan")
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|for|and|the|in|on|de|du|des)[ \t]+)*[A-Z][\w'’-]*){2,9}")


def spelled_out(articles: Sequence[Article], mentions: Sequence[Mention]) -> list[Mention]:
    """The written-out name of an acronym another mention is ("UNAMA"), where an article spells it
    in capitalised words the model split into other names ("the United Nations Assistance Mission
    in Afghanistan" read as "United Nations" and "Afghanistan"): a mention of its own, so the two
    forms can be one organisation. Only when the corpus spells the acronym one way."""
    acronyms = {t for m in mentions if m.kind in ("organization", "actor", "other", "place")
                and 3 <= len(t := m.text.strip()) <= 8 and t.isalpha() and t.isupper()}
    if not acronyms:
        return []
    taken = {(m.article, m.start, m.end) for m in mentions}
    found: dict[str, dict[str, list[tuple[str, int, int]]]] = defaultdict(lambda: defaultdict(list))
    for a in articles:
        for run in CAPITALISED_RUN.finditer(a.text):
            words = list(re.finditer(r"\S+", run.group()))
            for w in words:  # the longest tail whose initials spell an acronym ("The United Nations ...")
                if w.group().lower() in _PARTICLES:
                    continue
                name = run.group()[w.start():]
                if (key := initials(name)) in acronyms:
                    found[key][name].append((a.id, run.start() + w.start(), run.end()))
                    break
    out = []
    for names in found.values():
        if len(names) != 1:
            continue  # two names spell it: which one the acronym stands for is unsaid
        (name, places), = names.items()
        out += [Mention(art, s, e, name, "organization") for art, s, e in places if (art, s, e) not in taken]
    return out


def acronym_of(text: str) -> str:
    """The acronym a mention is, or opens ("JIAT legal adviser" -> "JIAT"); else the text."""
    words = text.strip().split()
    if words and words[0].isupper() and 2 <= len(words[0]) <= 8 and all(w.islower() for w in words[1:]):
        return words[0]
    return text.strip()


def is_acronym(text: str) -> bool:
    word = text.strip()
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


def initials(name: str) -> str | None:
    """"JIAT" for "Joint Incident Assessment Team": the capitals of a name of three or more
    capitalised words (particles skipped), or None."""
    words = [w for w in re.split(r"[\s-]+", name.strip()) if w and w.lower() not in _PARTICLES]
    if len(words) < 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


_PARTICLES = {"of", "for", "and", "the", "de", "du", "des", "in", "on", "al"}


def cluster_orgs(clusters: Clusters, orgs: list[tuple[Mention, list[str]]]) -> None:
    """Organisation names that contain one another ("Russian reconciliation center" in "Russian
    Center for Reconciliation of the Opposing Parties in Syria") are one organisation; a component
    joins a lexicon organisation it contains, and never two different ones."""
    keyed = [c for c in clusters.items if c.kind == "organization" and c.key]
    nodes: list[tuple[Cluster | None, list[Mention], list[list[str]]]] = []
    for c in keyed:
        forms = [org_tokens(c.canonical or "")] + [org_tokens(m.text) for m in c.mentions]
        nodes.append((c, [], [f for f in forms if f]))
    same_words: dict[tuple[str, ...], list[Mention]] = defaultdict(list)  # one node per wording, not per mention
    for m, toks in orgs:
        if toks:
            same_words[tuple(toks)].append(m)
    for toks, ms in same_words.items():
        nodes.append((None, ms, [list(toks)]))
    parent = list(range(len(nodes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[int, Cluster | None] = {i: n[0] for i, n in enumerate(nodes)}
    # names that contain one another share their first word, give or take two swapped letters
    # ("Al Alhi Hospital"): compare only within buckets of its letters
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        for first in {"".join(sorted(f[0])) for f in node[2]}:
            buckets[first].append(i)
    pairs = {(i, j) for members in buckets.values() for i in members for j in members if i < j}
    pairs |= _reordered_pairs(nodes)
    for i, j in sorted(pairs):
        ri, rj = find(i), find(j)
        if ri == rj or (owner[ri] is not None and owner[rj] is not None):
            continue
        if any(f == g or _org_subsumes(f, g) or _org_reordered(f, g)
               for f in nodes[i][2] for g in (_respell(x, f) for x in nodes[j][2])):
            parent[rj] = ri
            owner[ri] = owner[ri] or owner[rj]
    made: dict[int, Cluster] = {}
    placed: dict[int, Cluster] = {}  # mention (by identity) -> its cluster
    for i, (c, ms, _) in enumerate(nodes):
        if not ms:
            continue
        root = find(i)
        target = owner[root]
        if target is None:
            target = made.get(root) or clusters.new("organization")
            made[root] = target
        for m in ms:
            placed[id(m)] = target
    for m, toks in orgs:  # in the mentions' own order
        if toks:
            placed[id(m)].mentions.append(m)


NATIONAL_SOCIETIES = ("humanitarian",)  # movements with a society per country ("the Nigerian Red Cross")


_WORD_BEFORE = re.compile(r"([A-Z][\w-]+)\s+$")


def national_branch(m: Mention, texts: dict[str, str]) -> Mention | None:
    """An international organisation's name after a nationality or a country ("the Nigerian Red
    Cross", "Ukrainian Red Cross"): that country's own society, a mention widened to hold it."""
    text = texts.get(m.article, "")
    if m.text.strip().isupper():
        return None  # "two Sudanese ICRC drivers": the acronym is the international body
    before = _WORD_BEFORE.search(text, max(0, m.start - 25), m.start)
    if before is None or actor_lex.country_code(before.group(1)) is None:
        return None
    return replace(m, start=before.start(1), text=text[before.start(1):m.end])


# "the opposition Social Democratic Front (SDF)": capitalised words, then the acronym they are given
ACRONYM_DEFINED = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+(?:(?:of|and|the|for)[ \t]+)?){1,8}[A-Z][\w'’-]*)[ \t]*"
                             r"\(([A-Z][A-Za-z]?[A-Z]{1,8})\)")


def defined_otherwise(articles: Sequence[Article]) -> set[tuple[str, str]]:
    """(article, acronym) for each acronym an article defines for a name no actor of the lexicon
    bears ("the opposition Social Democratic Front (SDF)"): there it is that name, never the
    lexicon's actor of another conflict spelled alike (the Syrian Democratic Forces). The actor's
    own name, however spelled ("the Rapid Support Forces (RSF)", "Syria Democratic Forces (SDF)"),
    defines nothing new."""
    out = set()
    for a in articles:
        for x in ACRONYM_DEFINED.finditer(a.text):
            name, acronym = x.group(1).strip(), x.group(2)
            if spells(acronym, name) and not _spelled_like_its_actor(name, acronym):
                out.add((a.id, acronym))
    return out


def _spelled_like_its_actor(name: str, acronym: str) -> bool:
    """Is the name another spelling of the lexicon actor the acronym names ("Syria Democratic
    Forces (SDF)"): at least half its words among the actor's name's? "Social Democratic Front"
    shares one word of three with the Syrian Democratic Forces."""
    actor = actor_lex.match_actor(acronym)
    if actor is None:
        return False
    words = set(name.lower().split())
    return any(len(words & set(n.lower().split())) * 2 >= len(words) for n in (actor.name, *actor.aliases))
