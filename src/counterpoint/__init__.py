"""counterpoint: compare news reports of the same armed-conflict incident, with evidence."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
