"""Resolve a noun phrase in a parsed sentence to an :class:`~detente.models.Actor`.

The phrase is the head token plus its modifiers (compounds, adjectives, possessors,
appositions and ``of`` phrases), so role phrases compose: "Russian Foreign Minister" →
RUS + GOV, "the press secretary of the White House" → USA + GOV, "the Kremlin spokesman" →
RUS + GOV. People resolve by the office they held on the event date. Pronouns and bare role
nouns ("he", "the ministry") fall back to the last matching actor seen in the document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from detente.actors.dictionary import ACTOR_SPANS, ActorDictionary, ActorEntry
from detente.models import Actor

_MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "appos", "npadvmod", "nummod"}
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_GROUP_PRONOUNS = {"it", "they", "them"}


@dataclass
class DocActors:
    """Actor spans of one document indexed by token, plus a memory for coreference."""

    book: ActorDictionary
    by_token: dict[int, Span] = field(default_factory=dict)
    last_person: Actor | None = None
    last_group: Actor | None = None
    last_by_sector: dict[str, Actor] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, book: ActorDictionary) -> DocActors:
        index = cls(book)
        for span in doc.spans.get(ACTOR_SPANS, []):
            for i in range(span.start, span.end):
                index.by_token[i] = span
        return index

    def remember(self, actor: Actor, is_person: bool) -> None:
        if is_person:
            self.last_person = actor
        else:
            self.last_group = actor
        if actor.sector:
            self.last_by_sector[actor.sector] = actor


def _phrase_tokens(head: Token, of_phrases: bool = True) -> list[Token]:
    """Head first, then its modifiers nearest first, then ``of`` phrases."""
    tokens = [head]
    queue = [head]
    while queue:
        tok = queue.pop(0)
        for child in tok.children:
            if child.dep_ in _MODIFIER_DEPS:
                tokens.append(child)
                queue.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of" and tok is head and of_phrases:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        tokens.append(pobj)
                        queue.append(pobj)
    return tokens


def resolve_phrase(
    head: Token, day: dt.date, actors: DocActors, of_phrases: bool = True
) -> tuple[Actor, float] | None:
    """The actor named by the phrase headed by ``head`` on ``day``, with a confidence.

    ``of_phrases=False`` ignores "of X" (for event nouns: "criticism of X" names the target).
    """
    entity: ActorEntry | None = None
    entity_span: Span | None = None
    sector = ""
    for tok in _phrase_tokens(head, of_phrases):
        span = actors.by_token.get(tok.i)
        if span is None:
            continue
        if span.label_ == "AGENT":
            sector = sector or actors.book.agents.get(span.text.lower(), "")
            continue
        found = actors.book.lookup(span.text, day)
        if found is None:
            continue
        if entity is None:
            entity, entity_span = found, span
        elif entity.kind == "seat" and found.kind != "seat" and found.code != entity.code:
            # "the Brazilian Congress": the seat's sector, the modifier's country.
            entity = ActorEntry(found.code, entity.sector, "seat", entity.name)
    name = entity_span.text if entity_span is not None else head.text
    if entity is not None:
        # A person or a seat of power brings its own sector; a role noun refines a country.
        own = entity.sector if entity.kind in ("person", "seat", "igo") else ""
        actor = Actor(entity.code, own or sector or entity.sector, name)
        confidence = 1.0 if entity.kind != "person" or entity.covers(day) else 0.7
        actors.remember(actor, entity.kind == "person")
        return actor, confidence
    lower = head.lower_
    if lower in _PERSON_PRONOUNS and actors.last_person is not None:
        return actors.last_person, 0.6
    if lower in _GROUP_PRONOUNS and actors.last_group is not None:
        return actors.last_group, 0.5
    if sector and sector in actors.last_by_sector:
        return actors.last_by_sector[sector], 0.6
    return None
