"""The story's pair: the two sides a bilateral story is about, and the acts aimed at the
other side without naming it.

An analysis of a quarrel between two states tells most of its acts as one side's words or
steps on the other's things: "Budapest called the law a stab in the back" (Kyiv's law),
"Milei said he would not apologise", "Amorim accused the government of a genocide" (in a
story of Brazil and Israel). A reader knows whom each is aimed at: the other side of the
story. When a document's coded pairs are mostly one pair of countries, an event of one of
them aimed at no country (no target, or a phrase with no code) is aimed at the other, if
its kind is one that is always aimed at someone (an appeal, a demand, a charge, a refusal, a
threat, ties cut) — never an act of force or of policing, which a state does at home as often
as abroad, nor a pledge, a deal or a concession, which may be made to anyone. An event whose
phrase names or counts someone ("blamed the pilgrims themselves", "asked European allies"),
or a body apart from both ("asked the council to convene"), or an act with no doer told
("called the murder a provocation") is aimed at them, not at the other side; so is a body of
a state's home politics ("accused the ruling coalition", "blamed the opposition"), which is
no stand-in for any state, a paper whose maker the story told ("the Bundestag adopted a
resolution … Berlin distanced itself from the resolution") and words told before in the
sentence ("the opposition says …, but the government rejects this"), when that maker or
teller is not the other side. In the same way such an act of an official, a state body or a
person we have no country for ("the ministry spokesman accused Japan", "Choi Hyun-soo
accused Japan"), aimed at one side of the pair, is the other side's. The event keeps its
phrases as its evidence and takes a lower confidence.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.actors.resolve import DocActors, home_body, relation_noun
from detente.events.antecedents import REFERENCE_NOUNS, paper_maker
from detente.events.grammar import child_of, names_someone
from detente.events.modality import SPEECH
from detente.events.sides import resolve_heads
from detente.models import Event

# Roots of acts always aimed at someone: appeals (02), demands (10), disapproval (11),
# rejections (12), threats (13), reduced relations (16).
AIMED_ROOTS = frozenset({"02", "10", "11", "12", "13", "16"})
# Verbs that shut a way across (code 191, restricting movement): in a story of two states,
# the crossings or the border one side closes are shut to the other side, though the sentence
# names only the crossings or the side's own land ("the government decided to close four
# crossing points of South-East Finland" in a story of Finland and Russia). A blockade or a
# siege (also 191) is force, and stays where its sentence puts it.
_CLOSING = frozenset({"close", "shut", "seal", "reclose"})
_RESTRICTING = "191"
# A pair is the story's when it is told at least this often, in at least this share of the
# document's coded pairs, and more often than any other pair.
MIN_TOLD = 3
MIN_SHARE = 0.4
# Nouns that count states: "urged the relevant countries", "the states of the region".
_STATES = frozenset({"country", "state", "nation", "government", "power"})
# Nouns of bodies that sit apart from the two sides: "asked the council to convene", "appealed
# to the court", "wrote to the committee" are aimed at that body, not at the other side.
_BODIES = frozenset({
    "council", "committee", "commission", "court", "tribunal", "assembly", "organisation",
    "organization", "body", "conference", "secretariat",
})  # fmt: skip
# An event aimed by the story rather than by its sentence is less sure.
STORY_CONFIDENCE = 0.6


def _pair(e: Event) -> frozenset[str] | None:
    if e.source_country and e.target_country and e.source_country != e.target_country:
        return frozenset((e.source_country, e.target_country))
    return None


def story_pair(events: list[Event]) -> frozenset[str] | None:
    """The two countries (or IGOs) most of ``events``' coded pairs are between, or None when
    no pair is told often enough or clearly enough."""
    told = Counter(p for e in events if (p := _pair(e)) is not None)
    ranked = told.most_common(2)
    if not ranked:
        return None
    pair, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if count < MIN_TOLD or count < MIN_SHARE * sum(told.values()) or count == runner_up:
        return None
    return pair


def _target_phrase(e: Event, doc: Doc) -> Span | None:
    if e.target_start is None or e.target_end is None:
        return None
    return doc.char_span(e.target_start, e.target_end, alignment_mode="expand")


def _told(e: Event, doc: Doc) -> Span | None:
    """The words that tell ``e`` in the parsed ``doc``."""
    return doc.char_span(e.start, e.end, alignment_mode="expand")


def _aimed_elsewhere(e: Event, doc: Doc, acts: Collection[str]) -> bool:
    """``e``'s target phrase names someone or a body of home politics, or its target phrase
    or the object of its word is an act (a noun of ``acts``, events told as nouns, or one
    referring back to an act)."""

    def act(tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        return lemma in acts or lemma in REFERENCE_NOUNS

    span = _target_phrase(e, doc)
    if span is not None:
        # ("accused the organisation of the preacher Gulen", "asked European allies to
        # join", "urged the relevant countries": whoever the phrase names or counts)
        if (
            any(names_someone(t) for t in span)
            or home_body(span.root)
            # ("promised to punish the guilty", "those responsible"): people a phrase
            # describes, not a side
            or span.root.pos_ in ("ADJ", "PRON", "DET")
            or relation_noun(span.root)
            or span.root.lemma_.lower() in _STATES
            or span.root.lemma_.lower() in _BODIES
            or act(span.root)
        ):
            return True
    word = _told(e, doc)
    return word is not None and any(
        c.dep_ in ("dobj", "nsubjpass") and act(c) for c in word.root.children
    )


# Nouns of those who speak or act for a state: "the spokesman", "the foreign secretary".
_OFFICIALS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "minister", "ministry", "secretary",
    "official", "diplomat", "envoy", "ambassador", "government", "leadership", "office",
    "chancellery", "president", "premier", "chancellor", "side", "department", "cabinet",
})  # fmt: skip


def _paper_of_another(e: Event, doc: Doc, other: str, day: dt.date, actors: DocActors) -> bool:
    """``e``'s target phrase names again a paper the story told made by a side that is not
    ``other`` ("the Moldovan parliament adopted a declaration … Chisinau called the document
    a provocation": Moldova's own paper, not the other side's)."""
    span = _target_phrase(e, doc)
    maker = paper_maker(span.root) if span is not None else None
    if maker is None:
        return False
    found = resolve_heads([maker], day, actors)
    return bool(found) and found[0][0].country not in ("", other)


# Words that stand for what was just said: "… but the government rejects this".
_SAID_THAT = frozenset({"this", "that", "it"})


def _answers_own_side(e: Event, doc: Doc, own: str, day: dt.date, actors: DocActors) -> bool:
    """``e``'s word takes as its object a pronoun standing for words said earlier in its
    sentence by a body of home politics or by ``own`` side itself ("the opposition says the
    president serves Moscow, but the government rejects this"): it answers them, not the
    other side."""
    word = _told(e, doc)
    obj = child_of(word.root, "dobj") if word is not None else None
    if obj is None or obj.lower_ not in _SAID_THAT:
        return False
    for tok in doc[obj.sent.start : word.root.i]:
        subject = child_of(tok, "nsubj") if tok.lemma_.lower() in SPEECH else None
        if subject is None:
            continue
        if home_body(subject):
            return True
        found = resolve_heads([subject], day, actors)
        if found and found[0][0].country:
            return found[0][0].country == own
    return False


def _official(e: Event, doc: Doc) -> bool:
    """``e``'s source phrase names an official, a state body or a person (of no country
    we know): whoever speaks for a side, as the story's unnamed officials do."""
    if e.source_start is None or e.source_end is None:
        return False
    span = doc.char_span(e.source_start, e.source_end, alignment_mode="expand")
    return span is not None and (
        span.root.ent_type_ == "PERSON" or span.root.lemma_.lower() in _OFFICIALS
    )


def _closed_at_home(e: Event, doc: Doc) -> bool:
    """``e`` shuts a way across (see ``_CLOSING``) and its sentence names no country it is
    shut to: no target country, or the closer's own."""
    if e.cameo != _RESTRICTING or e.target_country not in ("", None, e.source_country):
        return False
    told = _told(e, doc)
    return told is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in _CLOSING for t in told)


def aimed_at_other_side(
    events: list[Event], doc: Doc, acts: Collection[str], day: dt.date, actors: DocActors
) -> list[Event]:
    """``events`` (of the parsed ``doc`` of ``day``, whose actors are ``actors``; ``acts``:
    the nouns that tell events) with each act of one side of the story's pair that names no
    country as its target aimed at the other side (see the module docstring)."""
    pair = story_pair(events)
    if pair is None:
        return events
    told = {(e.sentence_id, e.source, e.target_country, e.cameo_root) for e in events}
    out = []
    for e in events:
        if (
            not e.source_country
            and e.target_country in pair
            and e.cameo_root in AIMED_ROOTS
            and _official(e, doc)
        ):
            (other,) = pair - {e.target_country}
            if (e.sentence_id, other, e.target_country, e.cameo_root) not in told:
                e = replace(
                    e,
                    source=other,
                    source_country=other,
                    confidence=min(e.confidence, STORY_CONFIDENCE),
                )
        if e.source_country not in pair:
            out.append(e)
            continue
        (other,) = pair - {e.source_country}
        if _closed_at_home(e, doc) and (e.sentence_id, e.source, other, e.cameo_root) not in told:
            e = replace(
                e,
                target=other,
                target_country=other,
                confidence=min(e.confidence, STORY_CONFIDENCE),
            )
            told.add((e.sentence_id, e.source, other, e.cameo_root))
        if (
            not e.target_country
            and e.cameo_root in AIMED_ROOTS
            and not _aimed_elsewhere(e, doc, acts)
            and not _paper_of_another(e, doc, other, day, actors)
            and not _answers_own_side(e, doc, e.source_country, day, actors)
            # (an act the sentence already aims at the other side is told once)
            and (e.sentence_id, e.source, other, e.cameo_root) not in told
        ):
            e = replace(
                e,
                target=other,
                target_country=other,
                confidence=min(e.confidence, STORY_CONFIDENCE),
            )
        out.append(e)
    return out
