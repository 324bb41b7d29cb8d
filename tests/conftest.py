"""Shared fixtures (the only conftest): paths, a CLI runner, a fake pipeline, a hand-built Analysis."""

from __future__ import annotations

import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click.testing
import pytest

import counterpoint
from counterpoint.records import (
    Analysis,
    Article,
    Claim,
    Entity,
    Event,
    Evidence,
    Finding,
    Geo,
    Mention,
    Quantity,
)

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir(repo_root: Path) -> Path:
    """``../shared`` next to the repository; tests using it are skipped when it is absent."""
    path = (repo_root / ".." / "shared").resolve()
    if not path.is_dir():
        pytest.skip(f"shared directory {path} is absent (it sits next to the repository in the workspace)")
    return path


@pytest.fixture
def cli_runner() -> click.testing.CliRunner:
    """A click runner; click >= 8.2 keeps stderr apart, so tests read ``result.stderr``."""
    return click.testing.CliRunner()


# --------------------------------------------------------------------------- fake pipeline


def _empty_analysis(articles: Sequence[Article], settings: Any) -> Analysis:
    return Analysis(articles=tuple(articles), entities=(), claims=(), quantities=(), findings=())


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """Stand-in for ``counterpoint.pipeline`` (no spaCy): ``analyze`` returns the articles only.

    Tests may replace ``fake_pipeline.analyze`` or add ``extract_only``; the real module, if any,
    is restored afterwards.
    """
    module = types.ModuleType("counterpoint.pipeline")
    module.analyze = _empty_analysis  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "counterpoint.pipeline", module)
    monkeypatch.setattr(counterpoint, "pipeline", module, raising=False)
    return module


# --------------------------------------------------------------------------- tiny analysis

A1 = (
    "Syrian troops repelled an attack by terrorists on Kafr Nabudah, killing up to 350 militants, "
    "the ministry said.\nThe army also destroyed seven tanks."
)
A2 = (
    "Rebels captured Kafr Nabudah on Friday, a rebel commander said. About 50 fighters died, "
    "and the commander rejected the ministry's account."
)


def _at(article: Article, part: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(part, start + 1)
    return start, start + len(part)


def span_of(article: Article, part: str, occurrence: int = 0) -> dict[str, Any]:
    """``article``, ``start``, ``end``, ``text`` of ``part`` in the article body."""
    start, end = _at(article, part, occurrence)
    return {"article": article.id, "start": start, "end": end, "text": part}


def make_tiny_analysis() -> Analysis:
    a1 = Article(id="a1", text=A1, path="in/tass.txt", source="TASS", date="2019-05-25", title="Attack repelled")
    a2 = Article(
        id="a2",
        text=A2,
        path="in/rebels.txt",
        source="Rebel Media | Hama",
        title="Kafr Nabudah falls",
        url="https://example.org/kafr",
        duplicates=("in/rebels-copy.txt",),
    )

    def mention(article: Article, part: str, kind: str, label: str | None = None) -> Mention:
        s = span_of(article, part)
        return Mention(s["article"], s["start"], s["end"], part, kind, label=label)

    place = Entity(
        id="e1",
        kind="place",
        name="Kafr Nabudah",
        mentions=(mention(a1, "Kafr Nabudah", "place"), mention(a2, "Kafr Nabudah", "place")),
        geo=Geo(lat=35.43, lon=36.5, gazetteer_id="geonames:170000", admin1="Hama", country="SY"),
    )
    fighters = Entity(
        id="e2",
        kind="actor",
        name="armed opposition",
        mentions=(mention(a1, "terrorists", "actor", "terrorists"), mention(a2, "Rebels", "actor", "rebels")),
        labels=(("a1", ("terrorists",)), ("a2", ("rebels",))),
        side="opposition",
    )
    c1_start, c1_end = _at(a1, "Syrian troops repelled an attack by terrorists on Kafr Nabudah")
    claim = Claim(
        id="c1",
        article="a1",
        start=c1_start,
        end=c1_end,
        text=A1[c1_start:c1_end],
        stance="asserted",
        event=Event(type="attack_repelled", actors=("e2",), place="e1", date="2019-05-24", polarity=-1),
    )
    q1s, q1e = _at(a1, "up to 350 militants")
    q2s, q2e = _at(a2, "About 50 fighters")
    q1 = Quantity(
        id="q1", article="a1", start=q1s, end=q1e, text="up to 350 militants", low=None, high=350.0,
        what="killed", claim="c1", role="killed", category="combatants",
    )  # fmt: skip
    q2 = Quantity(
        id="q2", article="a2", start=q2s, end=q2e, text="About 50 fighters", low=50.0, high=50.0,
        approx=True, what="killed", role="killed", category="combatants",
    )  # fmt: skip

    def ev(article: Article, part: str) -> Evidence:
        s, e = _at(article, part)
        return Evidence(article.id, s, e)

    findings = (
        Finding(
            id="f1", relation="agree",
            evidence=(ev(a1, "Kafr Nabudah"), ev(a2, "Kafr Nabudah")),
            explanation="Both articles place the fighting at Kafr Nabudah.",
            confidence=0.9, entities=("e1",),
        ),
        Finding(
            id="f2", relation="contradict",
            evidence=(ev(a1, "repelled an attack"), ev(a2, "Rebels captured Kafr Nabudah")),
            explanation="TASS says the attack was repelled; the rebels say they captured the town.",
            confidence=0.8333, claims=("c1",), entities=("e1",),
        ),
        Finding(
            id="f3", relation="dispute",
            evidence=(ev(a2, "the commander rejected the ministry's account"),),
            explanation="The rebel commander rejects the ministry's account.",
            confidence=0.7, claims=("c1",),
        ),
        Finding(
            id="f4", relation="omission",
            evidence=(ev(a1, "The army also destroyed seven tanks."),),
            explanation="Only TASS reports tanks destroyed.",
            confidence=0.55, missing_from=("a2",),
        ),
        Finding(
            id="f5", relation="framing",
            evidence=(ev(a1, "terrorists"), ev(a2, "Rebels")),
            explanation='TASS calls the fighters "terrorists"; the rebel outlet calls them "rebels".',
            confidence=0.95, entities=("e2",),
        ),
    )  # fmt: skip
    return Analysis(
        articles=(a1, a2),
        entities=(place, fighters),
        claims=(claim,),
        quantities=(q1, q2),
        findings=findings,
        warnings=("in/rebels-copy.txt: same text as in/rebels.txt (a2); kept once",),
    )


@pytest.fixture
def tiny_analysis() -> Analysis:
    """Two articles, two entities with mentions, one claim, two quantities, one finding per relation."""
    return make_tiny_analysis()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="rewrite tests/golden/*/expected files from the current output")


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))
