"""Weapons: which model or agent the accounts say was used.

Two voices that name different models of one slot for the same incident (an Iskander or a
Tochka-U; chlorine or sarin) contradict each other; one model named in several articles is an
agreement. Models come from ``nlp/lexicons/weapons.json``; only mentions inside claims about the
incident count (a war's history of weapons is background).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from ..nlp.lexicons import Weapon, cue_regex, weapon_named, weapons
from ..resolve.actors import countries_named, match_actor
from .candidates import REJECTING, Corpus
from .selection import per_article
from .findings import MAX_EVIDENCE, Draft


@dataclass(frozen=True, slots=True)
class WeaponMention:
    weapon: Weapon
    article: str
    start: int
    end: int
    voice: tuple[str, str | None]  # (article, speaker entity id): who names it
    claim: str


@functools.cache
def weapon_pattern() -> re.Pattern[str]:
    """One pattern for every form, longest first, hyphens and spaces loose ("Tochka-U", "Tochka U")."""
    forms = sorted({f for w in weapons().weapons for f in w.forms}, key=len, reverse=True)
    body = "|".join(_loose(f) for f in forms)
    # "HIMARS-launched" names the model; "Tochka" in "Tochka-U" does not stand alone
    return re.compile(rf"(?<![\w-])(?:{body})s?(?![\w]|-(?-i:[A-Z0-9]))", re.IGNORECASE)


def _loose(form: str) -> str:
    parts = re.findall(r"[A-Za-z]+|\d+", form)
    return "[ -]?".join(re.escape(p) for p in parts)


def mentions(cx: Corpus) -> list[WeaponMention]:
    """Each model named in a claim that states it was used (not one that denies or doubts it)."""
    return _mentions(cx)[0]


def denials(cx: Corpus) -> list[WeaponMention]:
    """Each model named in a claim that rejects its use ("Russia does not use Tochka-U systems",
    "not due to shelling from HIMARS", "inconsistent with a HIMARS-launched attack")."""
    return _mentions(cx)[1]


def _mentions(cx: Corpus) -> tuple[list[WeaponMention], list[WeaponMention]]:
    cache = cx.__dict__.get("_weapon_mentions")
    if cache is None:
        cache = cx.__dict__["_weapon_mentions"] = _read_mentions(cx)
    return cache


def _read_mentions(cx: Corpus) -> tuple[list[WeaponMention], list[WeaponMention]]:
    pattern = weapon_pattern()
    claims_of: dict[str, list] = defaultdict(list)
    for c in cx.claims:
        claims_of[c.article].append(c)
    names: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for e in cx.res.entities:
        for n in e.mentions:
            # a name holding a model's name ("Oleh Tochka", "the Mirage hotel") is not the weapon;
            # a "place" run across a sentence end ("Tochka-U. He") is a tagging slip
            if e.kind in ("person", "organization") or (e.kind == "place" and ". " not in n.text):
                names[n.article].append((n.start, n.end))
    out, denied = [], []
    for a in cx.articles:
        for m in pattern.finditer(a.text):
            if any(s <= m.start() and m.end() <= e and (s, e) != m.span() for s, e in names[a.id]):
                continue  # "Oleh Tochka" the person: a longer name holds the word
            weapon = weapon_named(m.group())
            covering = [c for c in claims_of[a.id] if c.start <= m.start() and m.end() <= c.end]
            if weapon is None or not covering:
                continue
            claim = min(covering, key=lambda c: c.end - c.start)
            if claim.scope != "incident":
                continue
            found = WeaponMention(weapon, a.id, m.start(), m.end(), (a.id, claim.speaker), claim.id)
            if claim.stance in REJECTING or claim.id in cx.res.negated \
                    or _use_denied(a.text[claim.start:claim.end], m.start() - claim.start):
                denied.append(found)  # named to deny or doubt its use: no account of what was used
            elif claim.stance in ("asserted", "attributed"):
                out.append(found)
    return out, denied


def _countries_named_in(cx: Corpus, claim_id: str) -> frozenset[str]:
    """The countries a claim names, in its words or its event's actors ("the Kiev regime")."""
    c = cx.claim[claim_id]
    codes = set(countries_named(cx.article[c.article].text[c.start:c.end]))
    for eid in (c.event.actors if c.event else ()):
        actor = match_actor(cx.entity[eid].name)
        if actor is not None and actor.country:
            codes.add(actor.country)
    return frozenset(codes)


def _denier(cx: Corpus, m: WeaponMention) -> frozenset[str]:
    """The countries a rejection names in its own clause before the model ("Russia does not use
    Tochka-U systems"): whose use it rejects."""
    c = cx.claim[m.claim]
    text = cx.article[m.article].text
    clause_start = max([c.start] + [text.rfind(ch, c.start, m.start) + 1 for ch in ";:."])
    return frozenset(countries_named(text[clause_start:m.start]))


def weapon_dispute_drafts(cx: Corpus, disputes: list[Draft] = ()) -> list[Draft]:
    """A voice rejects that a model was used, or that it has it ("Russia does not use Tochka-U
    systems", "not due to shelling from HIMARS, as the occupiers stated"), where other voices on
    the incident say that model was used: one dispute per rejecting voice and model, unless one
    of the claim-level ``disputes`` already links the rejection to those statements."""
    linked = [set(d.claims) for d in disputes]
    used: dict[tuple[int, str], list[WeaponMention]] = defaultdict(list)
    for m in mentions(cx):
        used[(cx.component_of[m.article], m.weapon.name)].append(m)
    rejected: dict[tuple[int, str, tuple], list[WeaponMention]] = defaultdict(list)
    for m in denials(cx):
        rejected[(cx.component_of[m.article], m.weapon.name, (m.article, cx.voice(m.voice[1])))].append(m)
    out = []
    for (component, name, _), rejections in rejected.items():
        voices = {r.voice for r in rejections}
        # "Russia does not use Tochka-U systems" answers only accounts that Russia used it; "a
        # HIMARS-launched attack" doubted by an outlet naming no one answers every account
        whose = frozenset().union(*(_denier(cx, r) for r in rejections))
        stated = sorted(used.get((component, name), []), key=lambda m: (m.start < cx.headline_end(m.article),
                                                                          cx.order[m.article], m.start))
        stated = list({m.claim: m for m in reversed(stated)}.values())[::-1]  # each statement of it once
        said = [m for m in stated if m.voice not in voices
                and not any(cx.same_voice(m.voice[1], r.voice[1]) for r in rejections if m.voice[1] and r.voice[1])
                and (not whose or whose & _countries_named_in(cx, m.claim))]
        if not said or any({r.claim for r in rejections} & ids and {m.claim for m in said} <= ids for ids in linked):
            continue
        shown_r = rejections[:2]
        shown = per_article(said, MAX_EVIDENCE - len(shown_r), cx, each=2)
        r0 = shown_r[0]
        speaker = cx.speaker_name(r0.claim)
        who = f"{cx.source(r0.article)} ({speaker})" if speaker else cx.source(r0.article)
        out.append(Draft(
            "dispute", [(m.article, m.start, m.end) for m in (*shown_r, *shown)],
            f"{who} rejects that the {name} was used; "
            f"{_voices_by_outlet(cx, shown)} say it was.", 0.65, 0.8,
            claims=list(dict.fromkeys(m.claim for m in (*shown_r, *shown)))))
    return out


def weapon_drafts(cx: Corpus) -> list[Draft]:
    by_slot: dict[tuple[int, str], list[WeaponMention]] = defaultdict(list)
    for m in mentions(cx):
        by_slot[(cx.component_of[m.article], m.weapon.slot)].append(m)
    drafts: list[Draft] = []
    for (_, slot), found in sorted(by_slot.items()):
        by_weapon: dict[str, list[WeaponMention]] = defaultdict(list)
        for m in found:
            by_weapon[m.weapon.name].append(m)
        for name, ms in by_weapon.items():
            arts = list(dict.fromkeys(m.article for m in ms))
            if len(arts) > 1:
                # each voice that names it once: an outlet's own account and the sources it quotes
                firsts = _by_voice(cx, ms)
                firsts = _spread(firsts, MAX_EVIDENCE)
                drafts.append(Draft(
                    "agree", [(m.article, m.start, m.end) for m in firsts],
                    f"{_voices_by_outlet(cx, firsts)} {'both' if len(firsts) == 2 else 'all'} name "
                    f"{'' if weapons().slots[slot].mass else 'the '}{name} as used.", 0.7, 0.6,
                    claims=list(dict.fromkeys(m.claim for m in firsts))))
        if len(by_weapon) > 1 and weapons().slots[slot].exclusive and _rival_voices(by_weapon):
            drafts.append(_conflict(cx, slot, by_weapon))
    return drafts


def _spread(ms: list[WeaponMention], limit: int) -> list[WeaponMention]:
    """At most ``limit`` mentions, every article's first before any article's second."""
    rank = {}
    for m in ms:
        rank[m] = sum(1 for o in ms if o.article == m.article and o.start < m.start)
    return sorted(sorted(ms, key=lambda m: rank[m])[:limit], key=lambda m: ms.index(m))


@functools.cache
def _denied_use() -> re.Pattern[str]:
    """A negation one or two words before a verb of using or having ("does not operate", "wasn't
    used", "never fired", "neither Russia nor the DPR have"); "not long after dawn" and "not yet
    noon" are no denial of use."""
    verbs = "|".join(sorted(map(re.escape, weapons().use_verbs), key=len, reverse=True))
    return re.compile(rf"(?:\bnot|\bnever|n't|\bno longer)\s+(?:\w+\s+)?(?:{verbs})\b"
                      rf"|\bneither\b[^.;]{{0,120}}?\b(?:{verbs})\b", re.IGNORECASE)  # "neither Russia nor the DPR have"


# a cause denied ("not due to shelling from"), or evidence said not to fit ("inconsistent with a
# HIMARS-launched attack"): only of the model named right after it
_DENIED_CAUSE = re.compile(r"\b(?:(?:not|n't)\s+(?:due to|caused by|the result of|a result of)|inconsistent with|"
                           r"at odds with)\b", re.IGNORECASE)
CAUSE_REACH = 40  # characters from such words to the model they deny


def _use_denied(claim_text: str, at: int = 0) -> bool:
    """Does the claim deny the use of the model named at offset ``at`` in it? Not a denial of the
    means to shoot it down ("did not possess a system capable of downing Russia's Kh-22 missiles")."""
    denial = _denied_use().search(claim_text)
    if denial is not None and not cue_regex("interception_words").search(claim_text, denial.end(),
                                                                          max(at, denial.end())):
        return True
    return any(m.end() <= at <= m.end() + CAUSE_REACH for m in _DENIED_CAUSE.finditer(claim_text, 0, at))


def _rival_voices(by_weapon: dict[str, list[WeaponMention]]) -> bool:
    """Some voice names one model and another voice a different one (a voice naming two models
    lists them; it does not contradict itself)."""
    voices = {name: {m.voice for m in ms} for name, ms in by_weapon.items()}
    names = list(voices)
    return any(voices[x] - voices[y] and voices[y] - voices[x] for i, x in enumerate(names) for y in names[i + 1:])


def _by_voice(cx: Corpus, ms: list[WeaponMention]) -> list[WeaponMention]:
    """Each voice's first mention, a headline's only when the voice names the model nowhere else
    (a headline compresses: "hit ... with Iskander missiles" over the sentence that says so)."""
    ranked = sorted(ms, key=lambda m: (m.start < cx.headline_end(m.article), cx.order[m.article], m.start))
    firsts = list({m.voice: m for m in reversed(ranked)}.values())
    return sorted(firsts, key=lambda m: (cx.order[m.article], m.start))


def _conflict(cx: Corpus, slot: str, by_weapon: dict[str, list[WeaponMention]]) -> Draft:
    room = max(1, MAX_EVIDENCE // len(by_weapon))
    shown: list[WeaponMention] = []
    parts = []
    arts_of = {name: {m.article for m in ms} for name, ms in by_weapon.items()}
    for name, ms in by_weapon.items():
        voices = _by_voice(cx, ms)  # one mention per voice
        # an article naming a rival model too shows the clash inside it: its voices first, then
        # every article's first voice before any article's second
        rivals = set().union(*(a for n, a in arts_of.items() if n != name))
        rank = {id(m): sum(o.article == m.article and o.start < m.start for o in voices) for m in voices}
        picked = sorted(voices, key=lambda m: (rank[id(m)], m.article not in rivals))[:room]
        picked.sort(key=lambda m: (cx.order[m.article], m.start))
        shown.extend(picked)
        parts.append(f"{name} ({'; '.join(_voice(cx, m) for m in picked)})")
    # room left over: each model's further statements in the body, one per claim, so that every
    # sentence naming a model can be checked ("with an Iskander" and, quoted, "Iskander munitions")
    used = {m.claim for m in shown}
    extra = [m for ms in by_weapon.values() for m in ms
             if m.claim not in used and m.start >= cx.headline_end(m.article)]
    extra = list({m.claim: m for m in reversed(extra)}.values())[::-1]
    # taken in turns, so that one article's many repeats do not crowd out another's second
    level = {id(m): sum(o.article == m.article for o in shown)
             + sum(o.article == m.article and o.start < m.start for o in extra) for m in extra}
    shown += sorted(extra, key=lambda m: (level[id(m)], cx.order[m.article], m.start))[:MAX_EVIDENCE - len(shown)]
    shown = shown[:MAX_EVIDENCE]
    return Draft(
        "contradict", [(m.article, m.start, m.end) for m in shown],
        f"{' vs '.join(parts)}: the accounts name different {weapons().slots[slot].plural} for the same attack.",
        0.6, 0.8, claims=list(dict.fromkeys(m.claim for m in shown)))


def _voice(cx: Corpus, m: WeaponMention) -> str:
    speaker = cx.speaker_name(m.claim)
    return cx.source(m.article) + (f", citing {speaker}" if speaker else "")


def _voices_by_outlet(cx: Corpus, ms: list[WeaponMention]) -> str:
    """"TASS (citing Volodymyr Zelenskyy too), Bellingcat": each outlet once, with the sources it quotes."""
    parts = []
    for article in dict.fromkeys(m.article for m in ms):
        cited = [n for m in ms if m.article == article and (n := cx.speaker_name(m.claim))]
        own = any(m.article == article and not cx.speaker_name(m.claim) for m in ms)
        if cited:
            parts.append(f"{cx.source(article)} (citing {_list(cited)}{' too' if own else ''})")
        else:
            parts.append(cx.source(article))
    return _list(parts)


def _list(names) -> str:
    items = list(dict.fromkeys(names))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
