"""Whom an article's own voice speaks for, read from its source line.

A source line names the outlet and often the statement it relays: "TASS", "SUNA (Sudan News
Agency, army-aligned)", "Al Marsad (LNA Air Force statement)", "Calamada relaying Shahada News
Agency", "Ethiopian state news agency". The outlet's voice speaks for a side when the outlet is a
state's medium (its country's national forces), an armed movement's outlet (organizations.json
``side``), or when the line names an armed actor, a state's ministry or its military press office.
An international wire or a rights group speaks for no side.
"""

from __future__ import annotations

import functools
import re

from .actors import _org_tables, _Words, countries_named, match_actor, ministry_key, national_side

LONGEST = 6  # words in the longest outlet or actor name looked for in a source line
# "Ethiopian state news agency", "Turkish state agency", "Syrian state media": a state's outlet by description
STATE_OUTLET = re.compile(r"\bstate(?:-run|-owned)?\s+(?:news\s+agency|agency|media|television|tv|broadcaster|radio)\b",
                          re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def outlet_sides(source: str) -> frozenset[str]:
    """The sides the voice of the outlet ``source`` names speaks for; empty when none is known. The
    outlet's own name and what it relays count ("Al Marsad (LNA Air Force statement)", "Calamada
    relaying Shahada News Agency"); a source it cites counts only for an outlet the lexicon does not
    know, which republishes ("Pledge Times (citing RIA Novosti)"), not for a wire that quotes
    ("Reuters (citing Hamas-run health ministry)")."""
    own, *rest = _parts(source)
    known_outlet = any(_org_tables().orgs.get(w) is not None for w in _spans(own[1]))
    sides: set[str] = set()
    for cited, part in (own, *rest):
        if cited and known_outlet:
            continue
        sides |= {side for w in _spans(part) if (side := _side_of(w))}
        if STATE_OUTLET.search(part):  # "Ethiopian state news agency": that state's; not a country named elsewhere
            # "AIB (Agence d'Information du Burkina, state news agency)": the part says only what the outlet is
            mine = countries_named(part) or (_outlet_country(own, rest) if STATE_OUTLET.fullmatch(part.strip())
                                             and not known_outlet else ())
            sides |= {s for c in mine if (s := national_side(c))}
        if (key := ministry_key(part)) is not None:
            sides.add(national_side(key[0]) or "")
    return frozenset(sides - {""})


def _outlet_country(own: tuple[bool, str], rest: list[tuple[bool, str]]) -> frozenset[str]:
    """"AIB (Agence d'Information du Burkina, state news agency)": the one country the outlet's own
    name or the words right after it (its name written out) name; not where it reports from, nor
    what it cites ("Xinhua (state news agency; Nairobi, Kenya)", "state media, citing Syrian rebels")."""
    named = frozenset(c for cited, part in (own, *rest[:1]) if not cited for c in countries_named(part))
    return named if len(named) == 1 else frozenset()


SEPARATOR = re.compile(r"[(),;/]|\b(relaying|citing|via|quoting)\b", re.IGNORECASE)


def _parts(source: str) -> list[tuple[bool, str]]:
    """The source line's parts, each with whether it follows "citing", "via" or "quoting"."""
    out: list[tuple[bool, str]] = []
    cited, at = False, 0
    for m in SEPARATOR.finditer(source):
        out.append((cited, source[at:m.start()]))
        word = (m.group(1) or "").lower()
        cited = word in ("citing", "via", "quoting")
        at = m.end()
    out.append((cited, source[at:]))
    return out


def _spans(part: str):
    """Each stretch of up to LONGEST words of ``part``, longest first at each start."""
    words = _Words.of(part)
    n = len(words)
    for i in range(n):
        for j in range(min(n, i + LONGEST), i, -1):
            yield words.cut(i, j)


def speaking_body_side(name: str) -> str | None:
    """The side an organisation speaks for when it is a state's medium or military press office
    ("Inter-Services Public Relations", "SUNA") or an armed movement's outlet ("Amaq"); else None."""
    words = _Words.of(name)
    org = _org_tables().orgs.get(words) if words.folded else None
    if org is None:
        return None
    if org.side:
        return org.side
    if org.country and (org.state_media or org.kind == "military_body"):
        return national_side(org.country)
    return None


def _side_of(words: _Words) -> str | None:
    if not words.folded:
        return None
    if _org_tables().orgs.get(words) is not None:
        return speaking_body_side(" ".join(words.cased))
    actor = match_actor(" ".join(words.cased))
    if actor is not None and actor.side:
        return actor.side
    return None

