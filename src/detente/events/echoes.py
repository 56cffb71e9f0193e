"""Acts told only as the repeat of one told before: "Hong Kong followed suit", "Poland did
the same", "the UAE and Bahrain took similar steps". Such a clause names no act of its own;
a reader takes it as the last act told, done now by its own subject to the same side."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from detente.actors.resolve import phrase_span
from detente.events.antecedents import REFER_BACK
from detente.events.grammar import child_of, with_conjuncts
from detente.events.story import dated_day
from detente.events.symmetry import reversed_event
from detente.models import Actor, Event

# Things one takes that are no act until the sentence before says which: "took similar
# steps", "took the same measures", "adopted identical measures".
_STEPS = frozenset({"step", "measure", "action", "move", "decision"})
_TAKING = frozenset({"take", "adopt", "announce", "introduce"})
_LIKE = frozenset({"same", "similar", "identical", "comparable", "analogous", "equivalent"})
# Words that say a clause's act is not done: "did not follow suit", "may do the same".
_NOT_DONE = frozenset({"not", "n't", "never", "will", "would", "may", "might", "could", "should"})


def echoes(verb: Token) -> bool:
    """``verb`` tells that its subject repeated the last act told: "followed suit", "did the
    same", "did likewise", "took similar steps"."""
    lemma = verb.lemma_.lower()
    thing = child_of(verb, "dobj")
    if lemma == "follow":
        return thing is not None and thing.lower_ == "suit"
    if lemma == "do":
        return (thing is not None and thing.lower_ == "same") or any(
            c.dep_ == "advmod" and c.lower_ == "likewise" for c in verb.children
        )
    return (
        lemma in _TAKING
        and thing is not None
        and thing.lemma_.lower() in _STEPS
        and any(c.dep_ in ("amod", "det") and c.lower_ in _LIKE for c in thing.children)
    )


def _done(verb: Token) -> bool:
    return not any(c.dep_ in ("neg", "aux") and c.lower_ in _NOT_DONE for c in verb.children)


def echoed_events(
    sent: Span,
    sentence_id: int,
    earlier: list[Event],
    published: dt.date,
    resolve: Callable[[Iterable[Token], dt.date], list[tuple[Actor, float, Token]]],
) -> list[Event]:
    """The events the echo clauses of ``sent`` tell: the last fact told before (within
    ``REFER_BACK`` sentences) with a country on both sides, copied to each subject of the
    clause that is a country other than its source, aimed back at that source when the
    subject is the side it was done to (``resolve`` gives the actors of heads on a day). It
    is dated to the day its own sentence names ("Moscow did the same on Friday"), else to the
    first act's."""
    found: list[Event] = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or not echoes(verb) or not _done(verb):
            continue
        subject = child_of(verb, "nsubj")
        if subject is None:
            continue
        for e in reversed(earlier):
            if sentence_id - e.sentence_id > REFER_BACK:
                break
            if e.sentence_id < sentence_id and e.is_fact and e.source_country and e.target_country:
                lead = e
                break
        else:
            continue
        day = dated_day(sent, published, lead.date) or lead.date
        for actor, confidence, head in resolve(with_conjuncts(subject), day):
            own = actor.country
            if not own or own == lead.source_country:
                continue
            # "The US expelled 35 Russian diplomats. Russia did the same": in kind, at the US
            answered = own == lead.target_country
            start, end = phrase_span(head)
            found.append(
                replace(
                    reversed_event(lead, lead.cameo) if answered else lead,
                    sentence_id=sentence_id,
                    sentence=sent.text,
                    date=day,
                    start=min(start, verb.idx),
                    end=verb.right_edge.idx + len(verb.right_edge.text),
                    source=actor.code,
                    source_country=own,
                    source_sector=actor.sector,
                    source_name=actor.name or head.text,
                    source_start=start,
                    source_end=end,
                    confidence=min(lead.confidence, confidence),
                )
            )
    return found
