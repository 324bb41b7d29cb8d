"""One error hierarchy (STYLE habit 5): every error carries a message and a one-line hint.

The library raises these and never prints or exits; the CLI and the web app translate them.
"""

from __future__ import annotations


class CounterpointError(Exception):
    """Base class: ``message`` says what is wrong, ``hint`` what to do about it."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(CounterpointError):
    """The user's input cannot be read as articles; names the file (and line)."""

    exit_code = 2


class ConfigError(CounterpointError):
    """A setting is unknown or ill-typed; names the key."""

    exit_code = 2


class MissingExtraError(CounterpointError):
    """An optional feature was asked for but its extra is not installed."""

    exit_code = 2


class ModelError(CounterpointError):
    """The spaCy model could not be loaded."""


class StoreError(CounterpointError):
    """The SQLite store could not be read or written."""


class ReportInvariantError(CounterpointError):
    """A report broke its own contract (a span whose text does not match its offsets)."""
