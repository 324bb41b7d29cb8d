"""The places below a country's level an article names, with their country, for reading "the
country's town" as where an act happened, not who did it ("Mozambique's Palma assault"). A part of
:mod:`align.perpetrators`."""

from __future__ import annotations

import re

from ..resolve.actors import country_code
from .candidates import Corpus

# "Mozambique's ": a country's possessive right before a place's name
COUNTRY_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})['’]s\s+$")


def towns_named(cx: Corpus) -> list[tuple[str, int, str]]:
    """(article, start, country) for each mention of a place below a country's level; and for a place
    right after a country's possessive that the gazetteer puts in no country the article's other towns
    and regions lie in, while some lie in the possessive's (Palma read as Palma de Mallorca beside Cabo
    Delgado), that country. "Russia's Kharkiv strike", with no town of Russia told, stays Russia's act."""
    out = [(m.article, m.start, e.geo.country) for e in cx.res.entities if e.kind == "place" and e.geo is not None
           and e.geo.precision != "country" for m in e.mentions]
    for e in cx.res.entities:
        if e.kind != "place":
            continue
        for m in e.mentions:
            own = COUNTRY_POSSESSIVE.search(cx.article[m.article].text, max(0, m.start - 40), m.start)
            if own and (code := country_code(own.group(1))) \
                    and code in (told := _countries_told(cx, m.article, e.id)) \
                    and (e.geo is None or e.geo.country not in told):
                out.append((m.article, m.start, code))
    return out


def _countries_told(cx: Corpus, article: str, but: str) -> set[str]:
    """The countries of the places below a country's level an article names, but one ("Cabo Delgado"
    puts Mozambique there; "Russia" itself puts no town in Russia)."""
    return {e.geo.country for e in cx.res.entities if e.kind == "place" and e.geo is not None and e.id != but
            and e.geo.precision != "country" and any(m.article == article for m in e.mentions)}
