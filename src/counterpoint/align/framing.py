"""Framing: the same referent named with differently loaded labels across articles.

Three mechanisms: the labels each article uses for an entity ("terrorists" / "rebels"), scare
quotes around a name or label one article adopts plainly, and loaded words for the incident, the
facility or the territory when no entity carries them ("massacre" / "airstrike").
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from ..records import Entity, Mention
from .candidates import Corpus
from .findings import Draft

RANK = {"delegitimising": 0, "neutral": 1, "legitimising": 2}
PER_SIDE = 3


def _conn(cx: Corpus, label: str) -> str | None:
    return cx.label_connotation(label)


def _label_mentions(e: Entity, article: str) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = defaultdict(list)
    for m in e.mentions:
        if m.article == article and m.label and not m.scare_quoted:
            out[m.label].append(m)
    return out


def entity_label_drafts(cx: Corpus) -> list[Draft]:
    out = []
    for e in cx.res.entities:
        arts = sorted({m.article for m in e.mentions}, key=cx.order.get)
        if len(arts) < 2:
            continue
        for x, y in combinations(arts, 2):
            lx, ly = _label_mentions(e, x), _label_mentions(e, y)
            by_conn_x = _by_connotation(cx, lx)
            by_conn_y = _by_connotation(cx, ly)
            for cx_, labels_x in by_conn_x.items():
                for cy_, labels_y in by_conn_y.items():
                    if cx_ == cy_ or (cy_ in by_conn_x and cx_ in by_conn_y):
                        continue  # same kind of word, or both articles use both kinds: no contrast
                    out.append(_label_draft(cx, e, x, labels_x, cx_, y, labels_y, cy_, lx, ly))
        out.extend(_scare_quote_drafts(cx, e, arts))
    return out


def _by_connotation(cx: Corpus, labels: dict[str, list[Mention]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for label in labels:
        conn = _conn(cx, label)
        if conn in RANK:
            out[conn].append(label)
    return out


def _label_draft(cx: Corpus, e: Entity, x: str, labels_x: list[str], conn_x: str, y: str,
                 labels_y: list[str], conn_y: str, lx: dict, ly: dict) -> Draft:
    spans = [(m.article, m.start, m.end) for lab in labels_x[:PER_SIDE] for m in lx[lab][:1]]
    spans += [(m.article, m.start, m.end) for lab in labels_y[:PER_SIDE] for m in ly[lab][:1]]
    quote = lambda labels: ", ".join(f"“{lab}”" for lab in labels[:PER_SIDE])  # noqa: E731
    gap = abs(RANK[conn_x] - RANK[conn_y])
    return Draft(
        "framing", spans,
        f"{cx.source(x)} calls {e.name} {quote(labels_x)} ({conn_x}); "
        f"{cx.source(y)} calls them {quote(labels_y)} ({conn_y}).",
        0.6 + 0.15 * gap, 0.5 + 0.1 * gap, entities=[e.id])


def _scare_quote_drafts(cx: Corpus, e: Entity, arts: list[str]) -> list[Draft]:
    quoted = [m for m in e.mentions if m.scare_quoted]
    plain = [m for m in e.mentions if not m.scare_quoted]
    out = []
    for q in quoted[:2]:
        others = [m for m in plain if m.article != q.article]
        same_label = [m for m in others if q.label and m.label == q.label]
        if not others or (q.label and not same_label):
            continue
        o = (same_label or others)[0]
        if any(m.article == q.article and not m.scare_quoted and m.label == q.label and q.label
               for m in e.mentions):
            continue
        what = f"“{q.label}”" if q.label else e.name
        out.append(Draft(
            "framing", [(o.article, o.start, o.end), (q.article, q.start, q.end)],
            f"{cx.source(q.article)} puts {what} in scare quotes (“{q.text}”); "
            f"{cx.source(o.article)} uses it plainly (“{o.text}”).",
            0.7, 0.55, entities=[e.id]))
    return out


def referent_label_drafts(cx: Corpus) -> list[Draft]:
    """Loaded words for the incident, facility or territory ("massacre" vs "airstrike")."""
    uses: dict[str, dict[str, dict[str, list]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for u in cx.res.label_uses:
        if u.scare_quoted or u.connotation not in RANK:
            continue
        uses[u.referent][u.article][u.connotation].append(u)
    out = []
    for referent, per_article in uses.items():
        arts = sorted(per_article, key=cx.order.get)
        for x, y in combinations(arts, 2):
            for conn_x, ux in per_article[x].items():
                for conn_y, uy in per_article[y].items():
                    if conn_x == conn_y:
                        continue
                    if conn_y in per_article[x] and conn_x in per_article[y]:
                        continue  # both articles use both kinds of word: no contrast
                    terms_x = list(dict.fromkeys(u.term for u in ux))[:PER_SIDE]
                    terms_y = list(dict.fromkeys(u.term for u in uy))[:PER_SIDE]
                    spans = [(u.article, u.start, u.end) for u in ux[:PER_SIDE]]
                    spans += [(u.article, u.start, u.end) for u in uy[:PER_SIDE]]
                    out.append(Draft(
                        "framing", spans,
                        f"For the {referent}, {cx.source(x)} uses {', '.join(f'“{t}”' for t in terms_x)} "
                        f"({conn_x}); {cx.source(y)} uses {', '.join(f'“{t}”' for t in terms_y)} ({conn_y}).",
                        0.55, 0.45))
    return out
