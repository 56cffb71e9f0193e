"""Phrases around an event word: its objects, prepositional phrases, places, times and amounts,
and whether they match what a pattern asks for.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from detente.events.grammar import (
    MOVING,
    TO,
    UNTIL,
    WITH,
    adjective_participle,
    child_of,
    named_by_modifier,
    names_someone,
    prep_objects,
)
from detente.nlp.pipeline import WAYS

# Nouns that end, cut or reverse what their "of" phrase names ("the lifting of sanctions",
# "a suspension of aid"): the phrase is no object of the verb, but a modifier of the noun's
# own event ("suspension of aid" reads as "aid suspension").
UNDOING_NOUNS = {
    "suspension", "halt", "cut", "cutoff", "cut-off", "freeze", "end", "termination",
    "cancellation", "lifting", "easing", "removal", "reduction", "repeal", "abolition",
    "scrapping", "relaxation", "loosening", "rollback", "expiry", "expiration", "loss", "pause",
    "rupture", "severance", "severing", "breaking", "downgrading", "downgrade",
    # the gerunds of stopping: "the freezing of trade", "the halting of flights"
    "freezing", "halting", "suspending", "stopping", "stoppage", "cutting", "cessation",
}  # fmt: skip


# The wire's short forms of sums, in headlines and tables: "$100 mln", "2 bln euros", "$5bn".
MONEY_SHORT = {"mln": "million", "mn": "million", "bln": "billion", "bn": "billion"}
_MONEY = {
    "million", "billion", "trillion", "dollar", "euro", "pound", "yen", "yuan", "rupee", "crore",
    "lakh", "rs", *MONEY_SHORT,
}  # fmt: skip
# Measures of goods: "100,000 tonnes of fuel", "two planeloads of medicine", "a shipment
# of vaccines" name the goods their "of" phrase names.
MEASURES = {
    "tonne", "ton", "tonnes", "tons", "metric", "barrel", "litre", "liter", "gallon", "kilogram",
    "kg", "truckload", "planeload", "shipload", "boatload", "consignment", "batch", "cargo",
    "load", "box", "bag", "sack", "carton", "container", "crate", "pallet", "unit", "piece",
    "set", "package", "parcel", "lot", "quantity", "supply", "convoy",
}  # fmt: skip


def is_amount(tok: Token) -> bool:
    """ "$400 million", "2 billion euros", "$50,000": a sum of money."""
    return (
        tok.lemma_.lower() in _MONEY
        or tok.lower_ in _MONEY
        or tok.ent_type_ == "MONEY"
        or (tok.like_num and any(c.tag_ == "$" for c in tok.subtree))
    )


# Verbs that make someone pay a sum: "fined Google 2.4 billion euros".
CHARGING = {"fine", "penalize", "penalise", "charge", "bill"}
_HUNG_DEPS = ("nmod", "appos", "amod", "compound", "npadvmod", "dative")


def sum_party(tok: Token) -> Token | None:
    """The party a verb's sum of money was parsed around: "fined the ride-hailing giant Didi
    8 billion yuan", "awarded Ukraine $2 billion" read as one object headed by the sum, the
    party hung on it before the figure (a verb of giving or charging only)."""
    if tok.lemma_.lower() not in TRANSFER_VERBS | CHARGING:
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if len(objects) != 1 or not is_amount(objects[0]):
        return None
    sum_ = objects[0]
    figures = [c for c in sum_.subtree if c.like_num or c.tag_ == "$" or is_amount(c)]
    figure = min((c.i for c in figures), default=sum_.i)
    return next(
        (
            c
            for c in sum_.subtree
            if c.head in figures
            and c.dep_ in _HUNG_DEPS
            and c.i < figure
            and c.pos_ in ("NOUN", "PROPN")
            and not c.like_num
            and not is_amount(c)
        ),
        None,
    )


def dative_object(tok: Token) -> Token | None:
    """Whom a thing goes to when the parser gives a verb of giving two direct objects
    ("awarded the families $300 million", "handed Yemen's central bank a deposit"): the
    first one; or hangs the recipient inside the sum ("gave Egypt $3 billion")."""
    if tok.lemma_.lower() not in TRANSFER_VERBS:
        return None
    hung = sum_party(tok)
    if hung is not None:
        return hung
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if len(objects) != 2 or not names_someone(objects[0]) or names_someone(objects[1]):
        return None
    return objects[0]


# Prepositions of circumstance: "after protests", "amid talks" are not the subject's acts, and
# "agreed, under the deal, to move its embassy" agreed to no deal by the phrase.
CIRCUMSTANCES = {
    "after", "before", "amid", "amidst", "despite", "following", "during", "since", "until",
    "because", "ahead", "like", "unlike",
}  # fmt: skip
# (nor what was missing: "talks ended without agreement" ended no agreement)
_FRAMES = CIRCUMSTANCES | {"under", "without"}
# The channel something goes through, beside a phrase of its own: "protested to Pyongyang
# through its embassy in Beijing" protests to Pyongyang, not at the embassy (a way taken
# alone still counts: "withdrew through the corridor").
_CHANNELS = {"through", "via"}
# The way taken by a verb of going: "the drone was flying over international waters" carries
# no water, "sailed past the islands" did nothing to them.
ROUTES = WAYS | {"above", "beyond", "via"}
# What a verb of going goes in: "Megrahi flew to Tripoli on a Libyan government jet" flew no
# jet anywhere ("arrived in Monrovia on a peacekeeping mission" still keeps the peace).
_CONVEYANCE = frozenset({"on", "aboard", "by"})
_RIDDEN = frozenset({
    "jet", "plane", "aircraft", "airplane", "airliner", "flight", "helicopter", "ship", "boat",
    "vessel", "ferry", "train", "bus", "car", "convoy", "motorcade",
})  # fmt: skip


def _ridden_in(prep: Token) -> bool:
    """``prep`` tells the craft someone goes in: "on a Libyan government jet", "by train"."""
    return prep.lower_ in _CONVEYANCE and any(
        p.dep_ == "pobj" and p.lemma_.lower() in _RIDDEN for p in prep.children
    )


# Particles of phrasal verbs that take no object of their own ("broke off", "shut down",
# "handed in their weapons").
_ADVERB_PARTICLES = {"off", "down", "up", "out", "back", "away", "over", "in"}


def objects_of(tok: Token) -> list[Token]:
    """Direct object (or passive subject); without one, objects of prepositions ("called for
    the release", "acceded to the treaty"). Of two direct objects of a verb of giving, the
    second is what is given."""
    dative = dative_object(tok)
    direct = child_of(tok, "nsubjpass") or next(
        (c for c in tok.children if c.dep_ == "dobj" and (dative is None or c.i != dative.i)),
        None,
    )
    if tok.lemma_.lower() in CHARGING and (charged := sum_party(tok)) is not None:
        direct = charged  # "fined Google 2.4 billion euros": Google is fined, the sum is how
    if direct is not None and direct.dep_ == "nsubjpass" and tok.lemma_.lower() in TRANSFER_VERBS:
        # "Ukraine was given $400 million in aid": what is given is the object left
        direct = child_of(tok, "dobj") or direct
    thing = child_of(tok, "dative") if direct is None else None
    if (
        thing is not None
        and thing.pos_ == "NOUN"
        and has_prep([tok, *worth_of(tok)], _RECIPIENT_FOR)
    ):
        direct = thing  # "gave aid worth $5 million to Jordan": the thing, parsed as dative
    if (
        direct is not None
        and direct.lower_ in ("that", "which")
        and tok.dep_ == "relcl"
        and direct.i < tok.i
    ):
        direct = tok.head  # "the deal that Ukraine signed with Turkey": the deal
    particle = child_of(tok, "prt")
    if direct is None and particle is not None and particle.lower_ in _ADVERB_PARTICLES:
        # "Algeria breaks off the relations with Morocco", "called off the talks": the object
        # parsed as the particle's, as if it were a preposition (not "respond to a request
        # from Haaretz", where "to" is one)
        direct = child_of(particle, "pobj")
    if direct is None and tok.lemma_.lower() == "say":
        # "Swiss voters said no to the EU's proposal": the answer, parsed as an interjection
        # (or on the "to" phrase after it)
        answers = [*tok.children, *(c for p in prep_objects(tok, TO) for c in p.head.children)]
        direct = next((c for c in answers if c.dep_ == "intj" and c.lower_ == "no"), None)
    adverb = child_of(tok, "advmod")
    if direct is None and adverb is not None and adverb.lower_ in ("away", "out"):
        # "stayed away from the vote", "walked out of the talks": the particle, parsed as an
        # adverb, carries the preposition whose object the verb is about
        direct = next(
            (
                p
                for prep in adverb.children
                if prep.dep_ == "prep"
                for p in prep.children
                if p.dep_ == "pobj"
            ),
            None,
        )
    if direct is None and child_of(tok, "dative") is not None:
        # "gave the rebels 48 hours to leave": the second object read as a measure of time
        direct = child_of(tok, "npadvmod")
    if direct is None:  # "returned looted artifacts": the object hangs on the participle
        described = next((c for c in tok.children if adjective_participle(c)), None)
        direct = child_of(described, "dobj") if described is not None else None
    if direct is not None and direct.tag_ in ("JJR", "JJS", "RBR", "RBS"):
        # "contribute more to peacekeeping operations"; "supplied most of the drones": what
        # the share is of
        direct = next(iter(prep_objects(direct, OF)), None)
    if direct is None:
        # "declared a state of siege in Bolivia to begin at midnight", "will not accept
        # refugees fleeing the violence": the object parsed as the subject of an infinitive
        # or gerund clause
        direct = next(
            (
                s
                for c in tok.children
                if c.dep_ == "ccomp"
                and (c.tag_ == "VBG" or any(a.lower_ == "to" for a in c.children))
                for s in c.children
                if s.dep_ == "nsubj" and s.pos_ == "NOUN"
            ),
            None,
        )
    if direct is None:
        direct = shifted_object(tok)
    # "returned to Brazil last Wednesday 21 frogs": a counted late object parsed as an adverb
    # (it comes first; the prepositions' objects still count: not "…, the first call")
    late = [
        c
        for c in tok.children
        if c.dep_ == "npadvmod"
        and c.pos_ == "NOUN"
        and c.i > tok.i
        and not is_time(c)
        and any(n.dep_ == "nummod" for n in c.children)
    ]
    if direct is not None:
        # "thousands of troops", "dozens of missiles", "the return of inspectors": the "of"
        # object counts too; not after a noun that undoes it ("announced the lifting of
        # sanctions" imposes none, "a suspension of aid" gives none).
        quantity = (
            []
            if direct.lemma_.lower() in UNDOING_NOUNS | CONDITIONS
            else [
                p
                for prep in direct.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children
                if p.dep_ == "pobj"
                for p in (p, *p.conjuncts)  # "hundreds of Sri Lankan and Nepalese citizens"
            ]
        )
        # "$400 million in military aid": an amount names what it is in
        if is_amount(direct):
            quantity += [
                p
                for prep in direct.children
                if prep.dep_ == "prep" and prep.lower_ == "in"
                for p in prep.children
                if p.dep_ == "pobj" and p.pos_ == "NOUN"
            ]
        # "provided Kyiv with Javelin missiles": what is given is the "with" object
        given = list(prep_objects(tok, WITH)) if tok.lemma_.lower() in PROVIDING else []
        # "placed the president under house arrest", "put the city on lockdown": the state
        # the object is put in says what was done
        given += placed_in(tok)
        given += deadline_of(tok)
        # "has given U.N. inspectors permission to …": a second object the parser made
        # direct too is what is given (the first is who gets it)
        # (not a noun after a comma, which sums up the clause: "shot down a drone, …, a claim
        # Washington rejected" shot down no claim)
        second = [c for c in tok.children if c.dep_ == "dobj" and c.i > direct.i and not sums_up(c)]
        if tok.lemma_.lower() in TRANSFER_VERBS:
            # "gave the prime minister, Ahmet Davutoglu, a formal mandate": what is given
            # parsed as an apposition of the one who gets it (an indefinite common noun)
            second += [
                a
                for a in direct.subtree
                if a.dep_ == "appos"
                and a.pos_ == "NOUN"
                and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children)
            ]
        return [direct, *direct.conjuncts, *quantity, *given, *second]
    if tok.lemma_.lower() in _LEAVING:
        return late  # "left for talks" went to them; "left the talks" walked out
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ not in _FRAMES]
    if tok.lemma_.lower() in MOVING:
        preps = [c for c in preps if c.lower_ not in ROUTES and not _ridden_in(c)]
    if any(c.lower_ not in _CHANNELS for c in preps):
        preps = [c for c in preps if c.lower_ not in _CHANNELS]
    # "pulled out of the city": a two-word preposition hangs its object on the second word
    preps += [
        inner
        for prep in preps
        if child_of(prep, "pobj") is None
        for inner in prep.children
        if inner.dep_ == "prep"
    ]
    # ("the activist held in custody pending trial": the custody, not the trial; "on the
    # same day … declared": no day declared, a time is never the object)
    return (
        late
        + placed_in(tok)
        + [
            pobj
            for prep in preps
            for pobj in prep.children
            if pobj.dep_ == "pobj" and not is_time(pobj)
        ]
    )


def sums_up(noun: Token) -> bool:
    """``noun`` opens a phrase of its own after a comma with an article ("…, a claim
    Washington rejected", "…, a move that angered Beijing"): it sums up the clause before it
    (a list of modifiers set off by commas has none: "an old, hand-written manuscript")."""
    first = noun.left_edge
    return first.dep_ == "det" and first.i > 0 and noun.doc[first.i - 1].text == ","


def shifted_object(tok: Token) -> Token | None:
    """An object put after the verb's place or time, which the parser hangs on that phrase as
    its apposition: "received in Nairobi on Monday the leader of Somaliland", "met in the
    Kremlin the president of Iran", "denounced as a crime Serbia's crackdown" (an owner marks
    a phrase of its own as an article does). A true apposition comes after a comma ("on Monday, the
    day of the vote") or names the place itself without an article ("in the capital Kabul")."""
    return next(
        (
            a
            for prep in tok.children
            if prep.dep_ == "prep"
            for where in prep.children
            if where.dep_ == "pobj"
            for a in where.children
            if a.dep_ == "appos"
            and a.pos_ in ("NOUN", "PROPN")
            and a.i > where.i
            and not any(t.is_punct for t in where.doc[where.i + 1 : a.i])
            and (is_time(where) or any(d.dep_ in ("det", "poss") for d in a.children))
        ),
        None,
    )


_RECIPIENT_FOR = frozenset({"to", "for"})
# A state "of" something names the condition, not what is in it: "lifted the state of
# siege in La Paz" is lifted in La Paz.
CONDITIONS = {"state"}
# Things that show someone or something, whose "of" object is what they show: "moved the
# statue of a Red Army soldier to a cemetery" moves no soldier, "aired footage of troops"
# sends none (whom they show may still be aimed at: "burned portraits of the king").
DEPICTIONS = {
    "statue", "monument", "memorial", "bust", "effigy", "portrait", "picture", "photo",
    "photograph", "image", "painting", "poster", "video", "footage", "film", "replica",
}  # fmt: skip


def depicted(noun: Token) -> bool:
    """``noun`` is what a statue, picture or film shows (the "of" object of one)."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in DEPICTIONS
    )


# Lines where one side meets another: a place named by them ("on the border with Uganda")
# is where something happens, not a side it is done to.
EDGES = {"border", "frontier", "boundary", "line", "front", "frontline", "edge", "coast"}
# Verbs that give their object something "with": "provided Kyiv with missiles".
PROVIDING = {
    "provide", "supply", "equip", "furnish", "arm", "present", "reward", "help", "support",
    "back", "assist",
}  # fmt: skip
# Verbs that put their object in a state: "placed X under arrest", "put X on lockdown",
# "held X in custody", "kept X in jail".
_PLACING = {"place", "put", "keep", "hold"}
_UNDER = frozenset({"under", "on"})
# ... and the idioms that take or call someone to answer: "took the commission to task",
# "called the minister to account", "held the police to account" (criticism, as the
# pattern lines read them; "took China to the WTO" is a lawsuit, read by extract's venues).
_TAKING_TO = {"take", "call", "hold", "bring"}
_ANSWERING = {"task", "account"}
# Verbs that put their object on a list, and the lists ("added two ministers to its
# sanctions list", "included the banks into the blacklist": the list is the pattern's object,
# the one put on it the target).
_LISTING = {"add", "include", "enter"}
_LISTED_IN = frozenset({"to", "in", "into", "on"})
LISTS = {"list", "blacklist", "greylist", "watchlist", "register", "whitelist"}
_IN = frozenset({"in", "into"})
# Where someone is held: "tortured to death in a Saudi prison", "died in Israeli police
# custody" name the jailers; "held X in custody", "put X in jail" are arrests.
CUSTODY = {"custody", "prison", "jail", "gaol", "detention", "captivity", "cell", "lockup"}


def placed_in(tok: Token) -> list[Token]:
    """The state a verb of placing puts its object in ("placed X under arrest", "put the army
    on high alert", "held the activist in pre-trial detention"): part of the act, no event or
    target of its own ("in" only for a place of custody: "placed troops in Poland" names a
    target)."""
    lemma = tok.lemma_.lower()
    if lemma in _LISTING:
        # "added two ministers to its sanctions list", "included the firm in the blacklist"
        return [t for t in prep_objects(tok, _LISTED_IN) if t.lemma_.lower() in LISTS]
    # "took the commission to task": the answering it is taken to
    answering = (
        [p for p in prep_objects(tok, TO) if p.lemma_.lower() in _ANSWERING]
        if lemma in _TAKING_TO
        else []
    )
    if lemma not in _PLACING:
        return answering
    # (a state, never someone or someone's things: "put sanctions on Kenya", "placed tariffs
    # on American goods" name the target)
    states = [
        p for p in prep_objects(tok, _UNDER) if not (names_someone(p) or named_by_modifier(p))
    ]
    under = answering + (states if lemma != "hold" else [])
    # ("held in custody pending trial": the custody parsed as a modifier of the trial)
    held = (
        next((t for t in p.subtree if t.i <= p.i and t.lemma_.lower() in CUSTODY), None)
        for p in prep_objects(tok, _IN)
    )
    return under + [t for t in held if t is not None]


# Verbs whose object is only ever direct ("quit the talks", not "left for talks").
_LEAVING = {"leave", "quit", "exit", "abandon", "depart"}


def has_prep(tokens: list[Token | None], preps: frozenset[str]) -> bool:
    return any(
        c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps
        for tok in tokens
        if tok is not None
        for c in tok.children
    )


PARTICLE_PREPS = {"out", "off", "away", "back", "down"}  # "voted down the bill"
FROM = frozenset({"from"})


PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


def asked_for(verb: Token) -> Token | None:
    """The verb of a "for X to do Y" clause of ``verb`` with a subject of its own."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advcl", "ccomp", "xcomp")
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and child_of(c, "nsubj") is not None
        ),
        None,
    )


def is_time(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _WEEKDAYS


_WEEKDAYS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "week",
    "month",
    "year",
    "night",
    "time",
    "morning",
}
OF = frozenset({"of"})
# Verbs that move something to someone: who receives it is the target, not what is moved.


def deadline_of(tok: Token) -> list[Token]:
    """The time given to act when it is said as the day it ends: "gave Russia until midnight
    to explain the attack" (the time, as "gave Russia 48 hours to …"), or parsed as a measure
    beside the one given it ("gave the junta one week to reinstate the president"); else
    nothing."""
    if tok.lemma_.lower() != "give":
        return []
    spans = [
        c
        for c in tok.children
        if c.dep_ == "npadvmod" and c.lemma_.lower() in _SPANS_GIVEN and child_of(tok, "dobj")
    ]
    # (the clause of what must be done may hang on the span: "a week to reinstate …")
    holders = [tok, *spans]
    if not any(
        c.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(a.lower_ == "to" for a in c.children)
        for h in holders
        for c in h.children
    ):
        return []
    return list(prep_objects(tok, UNTIL)) + spans


# Spans of time given as a deadline ("one week", "48 hours").
_SPANS_GIVEN = {"hour", "day", "week", "month"}


TRANSFER_VERBS = {
    "send", "give", "provide", "supply", "deliver", "deploy", "sell", "return", "hand",
    "transfer", "extradite", "ship", "donate", "lend", "dispatch", "offer", "grant", "award",
    "pay", "allocate", "loan", "commit", "pledge", "repatriate", "restore", "restitute",
    "promise",
}  # fmt: skip


def worth_of(holder: Token) -> list[Token]:
    """The "worth" of what ``holder`` takes, where the parser hangs the recipient or partner:
    "granted debt relief worth $5 billion to Sudan"."""
    given = [g for g in holder.children if g.dep_ in ("dobj", "dative")]
    return [w for h in (holder, *given) for w in h.children if w.lower_ == "worth"]


PLACE_NOUNS = {
    "town", "city", "village", "province", "region", "district", "capital", "port", "street",
    "square", "centre", "center", "outskirts", "suburb", "heart",
}  # fmt: skip


# Words that make an act one done by two sides together, as "joint" does: "combined
# exercises", "coordinated patrols", "bilateral drills" are joint ones.
_JOINT = frozenset({"combined", "coordinated", "bilateral", "trilateral", "multilateral"})
# Blows one side may coordinate alone: "coordinated raids on police stations" are no joint drill.
STRIKING = frozenset({"raid", "attack", "offensive", "assault", "strike", "bombing", "airstrike"})


def modifiers_of(noun: Token) -> set[str]:
    """Compound and adjective modifiers of ``noun``, as lemmas and as written ("arms")."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    # "telephone and internet services": coordinated premodifiers (parsed nmod + conj)
    mods += [j for c in mods if c.dep_ == "nmod" for j in c.conjuncts]
    # "joint air force drills": the adjective the parser hung on the compound before the noun
    mods += [a for c in mods if c.dep_ == "compound" for a in c.children if a.dep_ == "amod"]
    words = {c.lemma_.lower() for c in mods} | {c.lower_ for c in mods}
    return words | {"joint"} if words & _JOINT and noun.lemma_ not in STRIKING else words


# A fighting noun told of a field that is not the battlefield: "the trade war between the
# United States and China", "the diplomatic conflict", "a war of words" (no force used).
_FIGHTING_NOUNS = {
    "war", "warfare", "conflict", "battle", "fight", "clash", "offensive", "attack", "assault",
}  # fmt: skip
_NOT_BATTLEFIELD = {
    "trade", "tariff", "customs", "diplomatic", "political", "economic", "verbal", "legal",
    "information", "media", "propaganda", "price", "currency", "sanction", "cold", "rhetorical",
    "commercial", "ideological", "psychological", "hybrid",
}  # fmt: skip


def figurative_fight(noun: Token) -> bool:
    """``noun`` names fighting in a field that is no battlefield: a "trade war", a
    "diplomatic conflict", a "war of words" (no force is used, no 18-20 event)."""
    if noun.lemma_.lower() not in _FIGHTING_NOUNS:
        return False
    words = any(o.lower_ == "words" for o in prep_objects(noun, OF))
    return words or bool(modifiers_of(noun) & _NOT_BATTLEFIELD)


# Bonds between sides, which a verb of force only harms in a figure of speech: "the row has
# poisoned relations", "the affair hit ties", "the leak torched the talks".
_BONDS = {
    "relation", "relationship", "tie", "atmosphere", "climate", "trust", "dialogue",
    "friendship", "rapprochement", "détente", "detente",
}  # fmt: skip


def figurative_blow(obj: Token) -> bool:
    """``obj``, the object of a verb of force, is a bond between sides: the blow is a figure
    of speech ("poisoned relations between the neighbours"), no force is used."""
    return obj.lemma_.lower() in _BONDS


# Broadcasts aimed at the other side's people: "propaganda broadcasts along the border",
# "loudspeaker broadcasts", "psychological warfare broadcasts".
_BROADCASTS = {"broadcast", "broadcasting", "radio", "message", "leaflet", "transmission"}
_HOSTILE_CONTENT = {"propaganda", "loudspeaker", "psychological", "anti-north", "anti-south"}


def hostile_broadcast(noun: Token) -> bool:
    """``noun`` names broadcasts made at the other side ("South Korea will resume
    propaganda broadcasts along the border"): a hostile act, no service or outlet given
    back, as "resumed its broadcasts" after a ban is."""
    return noun.lemma_.lower() in _BROADCASTS and bool(modifiers_of(noun) & _HOSTILE_CONTENT)


# Words only a game report uses ("kicked six field goals", "won in a shootout", "hit 11
# three-pointers"): a sentence with one tells a game, whatever its verbs.
GAME_WORDS = {
    "touchdown", "shootout", "three-pointer", "quarterback", "goaltender", "goalie",
    "halftime", "overtime", "inning", "innings", "wicket", "playoff", "playoffs", "semifinal",
    "quarterfinal", "hat-trick", "homer", "layup", "rebound", "penalty-kick", "power-play",
    "field goal", "free throw", "home run", "hat trick", "power play", "penalty kick",
    # a side's record in a season or a tournament ("stays unbeaten in the six nations")
    "unbeaten", "undefeated", "winless",
}  # fmt: skip
CONTEST_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")  # "Chelsea beat Arsenal 3-1"

# What a side scores in a game ("scored four goals", "scored 31 straight points").
_SCORED = {"goal", "point", "run", "try", "basket", "touchdown", "wicket"}
# Nouns of a game's result a score stands beside ("on their way to a 6-2 win").
_RESULTS = {"win", "victory", "loss", "defeat", "lead", "rout", "shutout", "draw", "tie"}
_WINNING = {"win", "beat", "lose", "defeat"}  # "the Canadians won 3-2 in a shootout"


def news_line(tok: Token) -> Span:
    """The line ``tok`` stands in: a headline with its snippet, or a paragraph (the text
    between line breaks). A feed's snippet goes on telling what its headline began."""
    doc = tok.doc
    start = tok.i
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    end = tok.i + 1
    while end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    return doc[start:end]


def game_line(line: Span) -> bool:
    """The line tells a game: it uses a word only a game report uses (``GAME_WORDS``), a
    side scores goals or points ("the Rangers scored four goals"), or a score stands beside
    a result ("a 6-2 win", "won 3-2")."""
    words = [t.lower_ for t in line]
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    # (the second word by its lemma too: "six field goals", "two home runs")
    pairs |= {f"{words[i]} {line[i + 1].lemma_.lower()}" for i in range(len(words) - 1)}
    singles = {t.lemma_.lower() for t in line} | set(words)
    if GAME_WORDS & (singles | pairs):
        return True
    if any(
        t.lemma_.lower() == "score" and t.pos_ == "VERB" and _SCORED & _objects_lemmas(t)
        for t in line
    ):
        return True
    return bool(CONTEST_SCORE.search(line.text)) and any(
        (t.pos_ == "NOUN" and t.lemma_.lower() in _RESULTS)
        or (t.pos_ == "VERB" and t.lemma_.lower() in _WINNING)
        for t in line
    )


def _objects_lemmas(verb: Token) -> set[str]:
    return {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "obj")}


# Nouns of fighting a game report uses for play ("won 3-2 in a shootout", "a rout of the
# Islanders", "the Rangers' attack").
_PLAY_NOUNS = _FIGHTING_NOUNS | {"shootout", "rout", "strike", "ambush", "onslaught"}


def played(noun: Token) -> bool:
    """``noun`` names fighting in a line that tells a game: no force is used."""
    return noun.lemma_.lower() in _PLAY_NOUNS and game_line(news_line(noun))


# Flows of goods and money that name no party of their own: the party is where they go or
# come from ("an embargo on arms sales to Vietnam", "a ban on exports to Russia", "tariffs on
# imports from Mexico", "curbs on shipments of Iranian oil").
TRADE_FLOWS = {
    "sale", "export", "import", "shipment", "delivery", "trade", "purchase", "transfer",
    "transit", "investment", "flight", "remittance",
}  # fmt: skip
_FLOW_PREPS = frozenset({"to", "from", "of", "into"})
_FLOW_ENDS = frozenset({"to", "from", "into"})


def _flow_measure(tok: Token) -> bool:
    """``tok`` is the goods a measure on a flow is on: "export curbs on chemicals", "an
    import ban on beef" (the goods move as the flow does; the parser may hang the "on"
    phrase on the verb that imposes or lifts the measure)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "on":
        return False
    holder = tok.head.head
    measures = [holder, *(c for c in holder.children if c.dep_ == "dobj")]
    return any(
        c.dep_ == "compound" and c.lemma_.lower() in TRADE_FLOWS
        for measure in measures
        for c in measure.children
    )


def flow_parties(tok: Token) -> list[Token]:
    """Where a flow of goods ``tok`` goes or comes from, hung on the flow or, as the parser
    often does, on the measure it is the "on" phrase of ("an embargo on arms sales to
    Vietnam", "export curbs on chemicals to South Korea") or on the verb of that measure."""
    if tok.lemma_.lower() not in TRADE_FLOWS and not _flow_measure(tok):
        return []
    found = list(prep_objects(tok, _FLOW_PREPS))
    if tok.dep_ == "pobj" and tok.head.lower_ == "on":
        measure = tok.head.head
        # (or on the verb that imposes or lifts the measure: "lifted curbs on palm oil
        # shipments to India")
        holders = (measure, measure.head) if measure.dep_ == "dobj" else (measure,)
        found += [p for h in holders for p in prep_objects(h, _FLOW_ENDS) if p.i > tok.i]
    return found


# Craft that carry people, and the people they carry: "refused entry to a boat carrying
# Rohingya refugees", "intercepted a ship with 200 migrants on board".
CRAFT = {
    "boat", "ship", "vessel", "dinghy", "ferry", "plane", "aircraft", "flight", "truck",
    "lorry", "bus", "train", "convoy", "flotilla",
}  # fmt: skip
_CARRYING = {"carry", "transport", "ferry", "bring", "take"}
PASSENGERS = {
    "refugee", "migrant", "passenger", "activist", "pilgrim", "tourist", "worker", "civilian",
    "people", "person", "asylum-seeker", "evacuee", "crew", "sailor", "fisherman", "child",
    "family", "soldier", "troop", "fighter", "national", "citizen", "journalist",
}  # fmt: skip


def carried(tok: Token) -> list[Token]:
    """The people a craft carries, who stand behind it: "a boat carrying Rohingya refugees",
    "a ship with 200 migrants" (not the goods: "a ship carrying grain" is the ship's)."""
    if tok.lemma_.lower() not in CRAFT:
        return []
    found = list(prep_objects(tok, WITH))
    found += [
        o
        for c in tok.children
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _CARRYING
        for o in c.children
        if o.dep_ == "dobj"
    ]
    return [
        p
        for p in found
        if p.lemma_.lower() in PASSENGERS or names_someone(p) or named_by_modifier(p)
    ]


# Prepositions of a topic: "talks on Ukraine", "a deal over Kashmir", "an agreement about".
TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})


def topic_partners(noun: Token) -> list[Token]:
    """The partner the parser hung at the end of a talk's or deal's topic ("reached an
    agreement over the sharing of Indus waters with India", "talks on Ukraine with France"):
    a "with" phrase inside the topic phrase, not inside a clause of it."""
    found = []
    for topic in prep_objects(noun, TOPIC_PREPS):
        for tok in topic.subtree:
            if tok.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp"):
                break
            if tok.dep_ == "prep" and tok.lower_ in WITH and tok.head.i != noun.i:
                found.extend(p for p in tok.children if p.dep_ == "pobj")
    return found


_LINES = {"telephone", "phone", "video", "tele"}


def phone_call(noun: Token) -> bool:
    """``noun`` is a call made on a line ("a telephone call", "a phone call"): a conversation,
    not "a call to the world to help"."""
    return noun.lemma_.lower() == "call" and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _LINES for c in noun.children
    )


# Verbs whose object "call" is a conversation: "held a call with", "took his call".
_CALL_HOLDING = {"hold", "have", "make", "take", "receive", "place", "return", "end", "conduct"}
# "in a call with", "during the call", "on a call": what was said in a conversation.
_CALL_FRAMES = {"in", "during", "on", "after", "before", "following"}
_CALL_PARTNERS = {"with", "between", "from"}


def appeal_call(noun: Token) -> bool:
    """``noun`` is a "call" that is an appeal, not a conversation: nothing says it was made on
    a line, held with someone or said in ("Kuwait and the UAE followed with similar calls",
    "amid growing calls"), so the speakers of it did not talk to each other."""
    if noun.lemma_.lower() != "call" or phone_call(noun):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _CALL_PARTNERS for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _CALL_HOLDING:
        return False
    return not (noun.dep_ == "pobj" and head.lower_ in _CALL_FRAMES)


# Verbs of answering, whose "to" phrase is the act answered: "responded to the sanctions".
ANSWERING = frozenset({"respond", "react", "reply"})


def answered_act(noun: Token, verb: Token) -> bool:
    """``noun`` is the act a verb of answering answers ("Moscow reacted to the sanctions
    against Iran with anger"): someone else's act, as what is condemned is; what the answer
    is made with is the subject's own ("responded with sanctions on Turkey")."""
    return (
        verb.lemma_.lower() in ANSWERING
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "to"
        and noun.head.head.i == verb.i
    )
