"""The record extraction yields: an event word with its pattern, its source phrases and its
target candidates, before any actor is resolved.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.events.patterns import Pattern


@dataclass(frozen=True, slots=True)
class Triple:
    """Heads of the source and target phrases (target may be None) and the event word."""

    word: Token
    pattern: Pattern
    sources: tuple[Token, ...]
    targets: tuple[tuple[Token, ...], ...]  # candidate target groups, best first
    # the first ``primary`` groups are where the grammar puts the target (object, the
    # pattern's prepositions): one of them stands even with no code; later groups are
    # fallbacks that count only when they name a known actor
    primary: int = 99
    symmetric_pair: bool = False  # "talks between X and Y": code both directions
    consumed: frozenset[int] = frozenset()
    places: tuple[Token, ...] = ()  # where an act of violence happened: the source if none
    # heads of fallback groups that stand behind a thing given or returned, or where the act's
    # purpose takes it (see ``_behind``): they win over a thing with no actor of its own
    behind: frozenset[int] = frozenset()
