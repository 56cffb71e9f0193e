"""Exceptions raised by detente.

Every error a user can cause derives from one base class, so callers (and the CLI) catch one
type and print one line::

    DetenteError
    ├── InputError        a document, file or argument that cannot be read or understood
    │   ├── DateError     a document without a usable publication date
    │   └── UnknownActorError  an actor code or name neither the dictionaries nor the store know
    ├── DictionaryError   a malformed data file (actor table, pattern file); names file and line
    ├── StoreError        the DuckDB store cannot be opened, is locked, or has a newer schema
    └── EvalError         a gold file that cannot be scored
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base class for every error detente raises on purpose."""


class InputError(DetenteError):
    """A document, file or argument that cannot be read or understood."""


class DateError(InputError):
    """A document without a usable publication date."""


class UnknownActorError(InputError):
    """An actor code or name that neither the dictionaries nor the store know."""

    def __init__(self, value: str, suggestions: list[str] | tuple[str, ...] = ()) -> None:
        hint = (
            f"; did you mean {', '.join(suggestions)}?"
            if suggestions
            else ": give an ISO3 code (e.g. RUS) or a country name"
        )
        super().__init__(f"unknown actor {value!r}{hint}")
        self.value = value
        self.suggestions = tuple(suggestions)


class DictionaryError(DetenteError):
    """A malformed dictionary or pattern data file."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line


class StoreError(DetenteError):
    """The event store cannot be opened, written or migrated."""


class EvalError(DetenteError):
    """A gold-standard file that cannot be read or scored."""
