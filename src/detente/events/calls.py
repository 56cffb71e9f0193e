"""Phone calls told by what was said in them: "Lapid thanked Cavusoglu by telephone",
"in a telephone conversation with Erdogan, Herzog congratulated him", "apologised by phone
to Erdogan", "Putin and Macron agreed during a phone call to …". The verb's own act (the
thanks, the praise, the agreement) is coded by its pattern; the call it was said in is a
conversation between the speaker and the one spoken to (041, each with the other, as "X and
Y spoke by phone"), which no verb pattern names.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.grammar import TO, WITH, child_of, names_someone, prep_objects, subject_of
from detente.events.patterns import Pattern, PatternBook
from detente.events.symmetry import names_pair
from detente.events.triple import Triple

CALL_CODE = "041"
# The line a call is made on: "by telephone", "over the phone", "a telephone conversation".
_LINES = frozenset({"telephone", "phone", "videophone"})
# Nouns of a talk that a line word makes a call: "a telephone conversation", "a phone call".
_TALKS = frozenset({"conversation", "call", "talk", "exchange", "discussion"})
_ONE_WORD_CALLS = frozenset({"phonecall", "phone-call"})
# "by telephone", "over the phone": the line itself told as the means.
_MEANS = frozenset({"by", "over", "via"})
# "in a telephone conversation", "during a phone call": the call a verb is said in.
_FRAMES = frozenset({"in", "during", "on"})


def _phone_talk(noun: Token) -> bool:
    """``noun`` is a talk on a line: "a telephone conversation", "a phone call"."""
    lemma = noun.lemma_.lower()
    if lemma in _ONE_WORD_CALLS:
        return True
    return lemma in _TALKS and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _LINES for c in noun.children
    )


def _call_adjunct(holder: Token) -> Token | None:
    """The call a phrase of ``holder`` names: the line as the means ("by telephone") or the
    call something was said in ("in a telephone conversation with Erdogan")."""
    for prep in holder.children:
        if prep.dep_ not in ("prep", "agent"):  # ("apologised by telephone": read as an agent)
            continue
        word = prep.lower_
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if word in _MEANS and noun.lemma_.lower() in _LINES:
                return noun
            if word in _FRAMES | _MEANS and _phone_talk(noun):
                return noun
    return None


def _holders(verb: Token) -> list[Token]:
    """Where the parser may hang a verb's call phrase: on the verb, on its object or the
    object of its own phrase ("condemned the attack in a telephone conversation", "informed
    Lavrov about the decision by telephone"), or on its subject (translated: "Biden in a
    telephone conversation with Putin proposed …")."""
    holders = [verb]
    holders += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    holders += [
        o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
    ]
    holders += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return holders


# Verbs of phoning someone: "telephoned Park and expressed his regret".
_PHONING = frozenset({"telephone", "phone", "call", "ring"})


def said_in_a_call(verb: Token) -> bool:
    """``verb`` is said in a call with someone: a call phrase of its own ("in a telephone call
    with Park, Abe expressed …") or, joined by "and", after a verb of phoning someone ("Abe
    telephoned Park and expressed …")."""
    if any(_call_adjunct(h) is not None for h in _holders(verb)):
        return True
    first = verb.head if verb.dep_ == "conj" else None
    return (
        first is not None
        and first.lemma_.lower() in _PHONING
        and first.i < verb.i
        and child_of(first, "dobj") is not None
    )


def _the_one_called(verb: Token, call: Token) -> list[Token]:
    """Who the call was with: the call's own "with" phrase, else the one the verb is done to
    ("thanked Erdogan by telephone", "apologised by telephone to Erdogan")."""
    partners = list(prep_objects(call, WITH))
    if partners:
        return partners
    told = child_of(verb, "dobj", "dative")
    if told is not None and _someone(told):
        return [told]
    return [p for p in prep_objects(verb, TO | WITH) if _someone(p)]


def _someone(tok: Token) -> bool:
    """``tok`` names someone, or is a person named by a modifier ("his Azerbaijani
    counterpart Jeyhun Bayramov", "the Russian president"), not a thing ("the attack")."""
    return names_someone(tok) or any(
        names_someone(c) for c in tok.children if c.dep_ in ("amod", "compound", "appos")
    )


def _call_pattern(book: PatternBook) -> Pattern | None:
    return next((p for p in book.verbs.get("telephone", ()) if p.code == CALL_CODE), None)


def call_triples(triples: list[Triple], book: PatternBook) -> list[Triple]:
    """The calls the verbs of ``triples`` were said in, each between the speaker and the one
    spoken to (or among the speakers: "the two presidents agreed in a phone call to …", "the
    presidents of Russia and Turkey agreed by phone"), when
    the verb's own event is not already the call."""
    pattern = _call_pattern(book)
    if pattern is None:
        return []
    found: list[Triple] = []
    seen: set[int] = set()
    for triple in triples:
        verb = triple.word
        if verb.pos_ not in ("VERB", "AUX") or verb.i in seen:
            continue
        if triple.pattern.code == CALL_CODE:
            continue  # "spoke by phone", "phoned Putin": the verb is the call
        subject = subject_of(verb)
        if subject is None:
            continue
        call = next(filter(None, map(_call_adjunct, _holders(verb))), None)
        if call is None:
            continue
        speakers = [subject, *subject.conjuncts]
        partners = [p for head in _the_one_called(verb, call) for p in (head, *head.conjuncts)]
        parties = tuple(dict.fromkeys(speakers + partners))
        # ("the presidents of Russia and Turkey agreed in a phone call": a pair named as one)
        if len(parties) < 2 and not (names_pair(subject) or subject.tag_ in ("NNS", "NNPS")):
            continue
        seen.add(verb.i)
        found.append(Triple(verb, pattern, parties, (), symmetric_pair=True))
    return found
