"""People's names across articles: titles stripped, surnames and full names told apart, spellings of
one name (transliteration-aware, initials, nicknames, one letter off) clustered into one person, and
names an alias marker joins ("also known as")."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from ..nlp.lexicons.loaders import cue_regex
from ..records import Mention
from .clusters import Cluster, Clusters, merge_into
from .names import fold, person_form, same_given_name, same_name, skeleton


TITLE_WORDS = {
    "gen", "gen.", "general", "major", "maj", "maj.", "lt", "lt.", "lieutenant", "colonel", "col", "col.",
    "brig", "brig.", "brigadier", "admiral", "adm", "adm.", "capt", "capt.", "captain", "sgt", "sgt.",
    "president", "prime", "minister", "deputy", "foreign", "defense", "defence", "interior", "spokesman",
    "spokeswoman", "spokesperson", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sheikh", "king",
    "prince", "commander", "chief", "head", "secretary", "ambassador", "envoy", "press", "emir", "field",
    "marshal", "senior", "sen", "sen.", "rep", "rep.", "governor", "mayor",
}


def person_name(text: str) -> str:
    """A person's name without titles and ranks: "Major General Viktor Kupchishin" -> "Viktor
    Kupchishin"; an office named by its place ("mayor of Tel Amra") is kept whole, since "of Tel
    Amra" names no one."""
    toks = [t for t in re.split(r"\s+", text.strip()) if t]
    while len(toks) > 1 and toks[0].lower().strip(",") in TITLE_WORDS:
        toks.pop(0)
    if toks and toks[0] in OFFICE_LINKS:
        return " ".join(text.split()).strip(" ,")
    return " ".join(toks).strip(" ,")


OFFICE_LINKS = frozenset({"of", "for", "at", "in", "to"})  # "mayor of Tel Amra", "envoy to Karsenia"


def facility_name(text: str) -> bool:
    """Does a name end in a facility noun ("Al-Ahli Arab Hospital", "Tell Amra Central School")?
    A two-word name only with a hospital or a school, since "John Church" and "Anna Port" are
    people."""
    from ..nlp.lexicons import category_of, lineage

    words = text.split()
    category = category_of(words[-1]) if len(words) >= 2 else None
    if category is None or "facilities" not in lineage(category):
        return False
    return len(words) >= 3 or category in TWO_WORD_FACILITIES


TWO_WORD_FACILITIES = {"health_facilities", "education_facilities"}  # "Shifa Hospital", "Karsen School"


def surnames_of(mentions: Sequence[Mention]) -> list[str]:
    return [person_name(m.text).split()[-1] for m in mentions
            if m.kind == "person" and len(person_name(m.text).split()) >= 2 and not facility_name(m.text)]


def is_surname(text: str, surnames: list[str]) -> bool:
    return any(same_name(text.strip(), s) for s in _by_skeleton(tuple(surnames)).get(skeleton(text.strip()), ()))


@functools.lru_cache(maxsize=8)
def _by_skeleton(surnames: tuple[str, ...]) -> dict[str, list[str]]:
    """Surnames by consonant skeleton: spellings of one name share it, so only those are compared."""
    out: dict[str, list[str]] = defaultdict(list)
    for name in dict.fromkeys(surnames):
        out[skeleton(name)].append(name)
    return out


def full_name_index(full_names: list[list[str]]) -> dict[tuple[int, str], list[list[str]]]:
    """Full names by word count and surname consonants: two spellings of one name share both
    (``same_name`` compares people's consonants letter for letter)."""
    index: dict[tuple[int, str], list[list[str]]] = defaultdict(list)
    for parts in full_names:
        index[(len(parts), skeleton(parts[-1]))].append(parts)
    return index


def is_full_name(text: str, full_index: dict[tuple[int, str], list[list[str]]]) -> bool:
    parts = person_name(text).split()
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts) and any(
        all(same_name(x, y) for x, y in zip(f, parts)) for f in full_index.get((len(parts), skeleton(parts[-1])), ()))


def titled(m: Mention, texts: dict[str, str]) -> bool:
    """A rank or title before the name ("Colonel Getnet", "Sheikh Hassan"), in the mention or just before it."""
    before = texts.get(m.article, "")[max(0, m.start - 20):m.start].split()
    first = m.text.split()[0].lower() if m.text.split() else ""
    return first in TITLE_WORDS or bool(before and before[-1].lower() in TITLE_WORDS)


def described(m: Mention, texts: dict[str, str]) -> bool:
    """"Mohammed, a shopkeeper, said": a bare name with its own description is someone else."""
    return bool(re.match(r",\s+(?:a|an|the)\s+\w+", texts.get(m.article, "")[m.end:m.end + 40]))


# "A resident, Abdel Karim,": a description before the name
DESCRIBED_BEFORE = re.compile(r"\b(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?,\s*$", re.IGNORECASE)
NICKNAME = re.compile(r"\s*[“\"‘']([A-Z][\w.-]*)[”\"’']\s*")


def _name_forms(name: str) -> list[str]:
    """A full name and, when it carries a nickname in quotes, the name without it and the name
    the nickname makes ("Kenneth “Frank” McKenzie": "Kenneth McKenzie", "Frank McKenzie")."""
    nick = NICKNAME.search(name)
    if nick is None:
        return [name]
    base = " ".join(NICKNAME.sub(" ", name).split())
    return [base, f"{nick.group(1)} {base.split()[-1]}"]


def cluster_persons(clusters: Clusters, persons: list[Mention], texts: dict[str, str]) -> None:
    full: list[tuple[Cluster, list[str]]] = []
    by_key: dict[str, list[tuple[Cluster, list[str]]]] = defaultdict(list)  # surname skeleton -> clusters
    singles: list[Mention] = []
    initialled: list[Mention] = []
    # longer names first, and of two-word names those with a compound surname ("Hossein
    # Amir-Abdollahian") before those that may write it apart ("Amir Abdollahian")
    for m in sorted(persons, key=lambda x: (-len(_without_initials(person_name(x.text)).split()),
                                            "-" not in person_name(x.text).split()[-1] if x.text.split() else True)):
        name = _without_initials(person_name(m.text))
        parts = name.split()
        if len(parts) == 1:
            singles.append(m)
            continue
        if _INITIALS.fullmatch(parts[0]):
            initialled.append(m)  # "VK Gokhale": matched once every written-out name has its cluster
            continue
        mine = _name_forms(name)
        bucket = by_key[_surname_key(parts[-1])]
        same = next((c for c, forms in bucket if any(
            len(f.split()) == len(g.split()) and all(same_given_name(x, y) for x, y in zip(f.split(), g.split()))
            for f in forms for g in mine)), None)
        if same is None:  # "Abd-Rabbu Mansour Hadi" / "Abed Rabbo Mansour Hadi": written together or apart
            same = next((c for c, forms in bucket if any(len(f.split()) != len(g.split()) and same_name(f, g)
                                                         for f in forms for g in mine)), None)
        if same is None and len(parts) == 2:
            # "Amir Abdollahian" after "Hossein Amir-Abdollahian": the one compound surname written apart
            joined = parts[0] + parts[1]
            compound = {id(c): (c, forms) for c, forms in by_key[_surname_key(f"{parts[0]}-{parts[1]}")] for f in forms
                        if len(f.split()) > 1 and "-" in f.split()[-1]
                        and same_name(f.split()[-1].replace("-", ""), joined)}
            if len(compound) == 1 and not described(m, texts) and not DESCRIBED_BEFORE.search(
                    texts.get(m.article, ""), max(0, m.start - 40), m.start):  # "A resident, Abdel Karim": another man
                c, forms = next(iter(compound.values()))
                c.mentions.append(m)
                forms.extend(mine)
                continue
        if same is None and len(parts) == 2:
            # "Peshraw Dizayee" after "Peshraw Majid Agha Dizayee": the same first and last name, where
            # one longer name alone has them
            longer = {id(c): c for c, forms in bucket for f in forms if len(f.split()) > 2
                      and same_given_name(f.split()[0], parts[0]) and same_given_name(f.split()[-1], parts[-1])}
            same = next(iter(longer.values())) if len(longer) == 1 else None
            if same is not None and not _profiles_fit(m, same.mentions, texts):
                same = None  # "Ahmed Hassan, 12," is not "Ahmed Mahmoud Hassan, 60,"
        if same is not None:
            same.mentions.append(m)
            next(forms for c, forms in bucket if c is same).extend(mine)
        else:
            c = clusters.new("person")
            c.mentions.append(m)
            full.append((c, mine))
            by_key[_surname_key(parts[-1])].append(full[-1])
    for m in initialled:
        # the one written-out name the initials fit ("Vijay Gokhale"); with two ("Rajesh Kalia",
        # "Ravi Kalia" for "R. Kalia") or none, a person of their own
        name = _without_initials(person_name(m.text))
        parts = name.split()
        bucket = by_key[_surname_key(parts[-1])]
        fits = [(c, forms) for c, forms in bucket
                if any(len(f.split()) == len(parts) and _INITIALS.fullmatch(f.split()[0]) is None
                       and _initials_fit(parts[0], f.split()[0])
                       and all(same_given_name(x, y) for x, y in zip(f.split()[1:], parts[1:])) for f in forms)]
        if len(fits) == 1:
            fits[0][0].mentions.append(m)
            continue
        same = [(c, forms) for c, forms in bucket
                if any(_initials_key(f) == _initials_key(name) and same_given_name(f.split()[-1], parts[-1])
                       for f in forms)]  # "VK Gokhale" and "V.K. Gokhale"
        if same:
            same[0][0].mentions.append(m)
            continue
        c = clusters.new("person")
        c.mentions.append(m)
        full.append((c, [name]))
        bucket.append(full[-1])
    given: dict[str, list[tuple[Cluster, list[str]]]] = defaultdict(list)  # given-name skeleton -> clusters
    for c, forms in full:
        given[skeleton(forms[0].split()[0])].append((c, forms))
    for m in singles:
        name = person_name(m.text)
        bucket = by_key[_surname_key(name)]
        hits = [c for c, forms in bucket if any(same_given_name(f.split()[-1], name) for f in forms)]
        if len(hits) == 1:
            hits[0].mentions.append(m)
            continue
        by_given = [c for c, forms in given.get(skeleton(name), ())
                    if any(same_name(f.split()[0], name) for f in forms)]
        if not hits and len(by_given) == 1 and not bucket and titled(m, texts) and not described(m, texts):
            # "Colonel Getnet" after "Colonel Getnet Adane": where a given name with a rank is how the
            # person is called (Ethiopian, Arabic usage), and only one person in the corpus has it
            by_given[0].mentions.append(m)
            continue
        near = _one_letter_off(m, name, full) if not hits and not bucket and not described(m, texts) else None
        if near is not None:
            near.mentions.append(m)  # "Genet also denied" after "Colonel Getnet Adane told AFP": a misspelling
            continue
        for c, forms in bucket:
            if len(forms[0].split()) == 1 and same_name(forms[0], name):
                c.mentions.append(m)
                break
        else:
            c = clusters.new("person")
            c.mentions.append(m)
            full.append((c, [name]))
            bucket.append(full[-1])


# the age the words right after a name give (", 34," / ", a 60-year-old"); a description's words are
# no test ("the head of the village council" / "the village council head" name one man)
AGE_AFTER = re.compile(r",\s+(?:aged\s+)?(\d{1,3})\s*[,.;)]|,\s+an?\s+(\d{1,3})-year-old\b")


def _age(m: Mention, texts: dict[str, str]) -> str | None:
    found = AGE_AFTER.match(texts.get(m.article, "")[m.end:m.end + 40])
    return (found.group(1) or found.group(2)) if found else None


def _profiles_fit(m: Mention, others: list[Mention], texts: dict[str, str]) -> bool:
    """No other mention gives the person another age."""
    age = _age(m, texts)
    return not age or all(_age(o, texts) in (None, age) for o in others)


def join_aliases(clusters: Clusters, texts: dict[str, str]) -> None:
    """Two people's names of two words or more with an alias marker between them ("Sher Khan alias
    Abu Bakr"; cues.json ``alias_markers``) are one person, and so is a name elsewhere that is the
    two run together ("Sher Khan Abu Bakr")."""
    marker = cue_regex("alias_markers")
    persons = [c for c in clusters.items if c.kind == "person" and c.mentions]
    owner = {id(m): c for c in persons for m in c.mentions}
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for c in persons:
        for m in c.mentions:
            by_article[m.article].append(m)
    joined: list[tuple[Mention, list[str]]] = []
    for article, mentions in by_article.items():
        mentions.sort(key=lambda m: m.start)
        for a, b in zip(mentions, mentions[1:]):
            gap = texts[article][a.end:b.start]
            if len(gap) > ALIAS_GAP or not marker.fullmatch(gap.strip(" ,()")):
                continue
            if min(len(person_name(m.text).split()) for m in (a, b)) < 2:
                continue  # "Yousuf Azhar (alias ...)" read as "Azhar": a surname others share
            merge_into(owner, owner[id(a)], owner[id(b)])
            joined.append((a, person_name(a.text).split() + person_name(b.text).split()))
    for a, tokens in joined:
        for c in persons:
            if c is owner[id(a)] or not c.mentions:
                continue
            if any(len(words := person_name(m.text).split()) == len(tokens)
                   and all(same_given_name(x, y) for x, y in zip(words, tokens)) for m in c.mentions):
                merge_into(owner, owner[id(a)], c)


ALIAS_GAP = 25  # characters between two names an alias marker joins: ", also known as "


_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")


def _initials_key(name: str) -> str:
    """The initials of a name written without dots: "V.K. Gokhale" and "VK Gokhale" -> "VK"."""
    return name.split()[0].replace(".", "") if name.split() else ""


def _initials_fit(a: str, b: str) -> bool:
    """A given name written as initials ("VK Gokhale", "V.K. Gokhale") and one written out
    ("Vijay Gokhale"): the first initial is the given name's first letter."""
    if _INITIALS.fullmatch(a) and not _INITIALS.fullmatch(b):
        return b[:1] == a[:1]
    if _INITIALS.fullmatch(b) and not _INITIALS.fullmatch(a):
        return a[:1] == b[:1]
    return False


def _surname_key(name: str) -> str:
    """The bucket a surname's spellings share: its consonants, a first g read as h (Ukrainian
    Honcharenko, Russian Goncharenko), of the name's usual form (Burmese Htun: Tun; Kotyonok: Kotenok)."""
    key = skeleton(person_form(fold(name).strip()))
    return "h" + key[1:] if key[:1] == "g" else key


def _without_initials(name: str) -> str:
    """"John F. Campbell" -> "John Campbell": a middle initial some outlets give and others drop."""
    parts = name.split()
    if len(parts) <= 2:
        return name
    inner = [p for p in parts[1:-1] if not re.fullmatch(r"[A-Z]\.?", p)]
    return " ".join([parts[0], *inner, parts[-1]])


def near_full_name(text: str, full_names: list[list[str]]) -> bool:
    """Is a lone name a given name or surname of someone named in full, give or take one letter?"""
    name = text.strip().lower()
    return len(name) >= 5 and any(Levenshtein.distance(part.lower(), name) <= 1
                                  for parts in full_names for part in (parts[0], parts[-1]))


def _one_letter_off(m: Mention, name: str, full: list[tuple[Cluster, list[str]]]) -> Cluster | None:
    """The one person named in full in the same article whose given name or surname is this lone
    name give or take one letter ("Genet", "Ketnet" for Getnet Adane); None when none or several are."""
    if len(name) < 5:
        return None  # short names are too often a letter apart by chance
    found = {id(c): c for c, forms in full
             if len(forms[0].split()) > 1 and any(x.article == m.article for x in c.mentions)
             and any(Levenshtein.distance(part.lower(), name.lower()) <= 1
                     for f in forms for part in (f.split()[0], f.split()[-1]))}
    return next(iter(found.values())) if len(found) == 1 else None
