"""Actors: alias tables (countries, IGOs, people with dated offices, role nouns) and resolution
of noun phrases in a parsed sentence to :class:`~detente.models.Actor` on an event date."""

from detente.actors.dictionary import ActorDictionary, ActorEntry, load_dictionary
from detente.actors.resolve import resolve_phrase

__all__ = ["ActorDictionary", "ActorEntry", "load_dictionary", "resolve_phrase"]
