"""Finding records: evidence spans, a one-sentence explanation, a confidence; deduplicated and
ordered by importance."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..records import RELATIONS, Evidence, Finding

MAX_EVIDENCE = 8
RELATION_WEIGHT = {"contradict": 5, "dispute": 4, "omission": 3, "agree": 2, "framing": 1}


@dataclass(slots=True)
class Draft:
    relation: str
    evidence: list[tuple[str, int, int]]  # (article, start, end)
    explanation: str
    confidence: float
    salience: float = 0.5
    claims: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    quantities: list[str] = field(default_factory=list)
    missing_from: list[str] = field(default_factory=list)

    def key(self) -> tuple:
        return (self.relation, tuple(sorted(set(self.evidence))), tuple(sorted(self.missing_from)))


def _dedupe_spans(spans: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for s in spans:
        if s[2] <= s[1] or s in out:
            continue
        # a span inside another kept span adds nothing
        if any(o[0] == s[0] and o[1] <= s[1] and s[2] <= o[2] for o in out):
            continue
        out = [o for o in out if not (o[0] == s[0] and s[1] <= o[1] and o[2] <= s[2])]
        out.append(s)
    return out


def finalize(drafts: Iterable[Draft], order: dict[str, int], min_confidence: float) -> list[Finding]:
    seen: dict[tuple, Draft] = {}
    for d in drafts:
        if d.relation not in RELATIONS or d.confidence < min_confidence:
            continue
        d.evidence = _dedupe_spans(d.evidence)[:MAX_EVIDENCE]
        if not d.evidence:
            continue
        k = d.key()
        if k not in seen or seen[k].confidence < d.confidence:
            seen[k] = d
    kept = list(seen.values())
    # a conflict finding whose spans all sit inside another conflict finding's spans repeats it
    conflicts = [d for d in kept if d.relation in ("contradict", "dispute")]
    holding: dict[tuple, list[Draft]] = {}  # evidence span -> conflict findings citing it
    for d in conflicts:
        for span in set(d.evidence):
            holding.setdefault((d.relation, span), []).append(d)
    for d in conflicts:
        for other in holding.get((d.relation, d.evidence[0]), ()):
            if other is d or len(other.evidence) <= len(d.evidence):
                continue
            if set(d.evidence) <= set(other.evidence):
                d.confidence = -1.0
                break
    kept = [d for d in kept if d.confidence >= 0]
    kept.sort(key=lambda d: (-RELATION_WEIGHT[d.relation], -round(d.salience * d.confidence, 3),
                             min(order[e[0]] * 10**7 + e[1] for e in d.evidence), d.explanation))
    out = []
    for n, d in enumerate(kept, start=1):
        ev = tuple(Evidence(a, s, e) for a, s, e in sorted(d.evidence, key=lambda x: (order[x[0]], x[1], x[2])))
        out.append(Finding(
            id=f"f{n}", relation=d.relation, evidence=ev, explanation=d.explanation,
            confidence=round(min(1.0, max(0.0, d.confidence)), 2),
            claims=tuple(dict.fromkeys(d.claims)), entities=tuple(dict.fromkeys(d.entities)),
            missing_from=tuple(sorted(set(d.missing_from), key=lambda a: order[a])),
            quantities=tuple(dict.fromkeys(d.quantities)),
        ))
    return out


def short(text: str, limit: int) -> str:
    """The text on one line, cut at a word before ``limit`` characters with an ellipsis."""
    t = " ".join(text.split())
    return t if len(t) <= limit else t[: limit - 1].rsplit(" ", 1)[0] + "…"


def verb_for(names: list[str], one: str, many: str) -> str:
    """The verb form for the sources ``listing`` names: two articles of one outlet are one name."""
    return one if len(set(names)) == 1 else many


def listing(names: list[str]) -> str:
    """"A", "A and B", "A, B and C": sources named in a finding's sentence, each once (two
    articles of one outlet are one name)."""
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

