"""Events done by each party to the other: symmetric codes ("X and Y met"), reciprocal
wording ("accused each other"), joint things ("postponed their talks"), "the two sides"
named by the last event between two countries, and both sides of a visit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from detente.actors.dictionary import ACTOR_SPANS
from detente.actors.resolve import OPEN_CONFIDENCE, korean_halves_before
from detente.cameo import lookup
from detente.events.triple import Triple
from detente.models import Actor, Event
from detente.nlp.pipeline import PROJECTILES

# Codes where "X and Y <event>" means each did it with the other (praise, apology or
# forgiveness by several is no exchange among them: "France, Germany and Britain expressed
# regret"; signing and diplomatic cooperation are).
SYMMETRIC_ROOTS = ("03", "04", "06")
SYMMETRIC_LEMMAS = {
    "clash", "exchange", "fight", "battle", "skirmish", "spar", "trade", "shake", "swap",
}  # fmt: skip
# 0871, 196: "X and Y agreed to / violated the truce" -- each with or against the other;
# 019: "X and Y agreed on the border" (or failed to) -- each with the other.
SYMMETRIC_CODES = {
    "019",
    "036",
    "050",
    "057",
    "0311",
    "0312",
    "0313",
    "0314",
    "0871",
    "1246",
    "196",
}


def names_pair(tok: Token) -> bool:
    """ "the two sides", "both countries": a phrase naming a pair."""
    return tok.lower_ == "both" or any(
        c.lower_ in ("two", "both") for c in tok.children if c.dep_ in ("det", "nummod", "predet")
    )


# Countries split in two that wire copy names as a pair by one plural ("the two Koreas held
# talks", "officials from the two Sudans met"): each state of the pair.
DIVIDED = {"koreas": ("KOR", "PRK"), "sudans": ("SDN", "SSD"), "congos": ("COD", "COG")}
_FROM_OF = frozenset({"from", "of"})


def divided_pair(tok: Token) -> tuple[Actor, Actor] | None:
    """The two states "the two Koreas" names, also as whose people a phrase names
    ("officials from the two Koreas", "the leaders of both Koreas")."""
    for named in (tok, *(p for c in tok.children if c.lower_ in _FROM_OF for p in c.children)):
        codes = DIVIDED.get(named.lower_)
        if codes is not None and names_pair(named):
            return Actor(codes[0]), Actor(codes[1])
    return None


def reciprocal(word: Token) -> bool:
    """ "Russian and Chinese officials call each other allies", "accused one another": done
    by each to the other; "Moscow and Beijing stressed that they are allies": what the
    speakers say they are to one another."""
    return any(
        (t.lower_, t.nbor(-1).lower_ if t.i > 0 else "") in (("other", "each"), ("another", "one"))
        for child in word.children
        for t in (child, *child.children)
    ) or any(
        clause.dep_ == "ccomp"
        and clause.lemma_.lower() in ("be", "remain")
        and any(c.dep_ == "nsubj" and c.lower_ == "they" for c in clause.children)
        and any(c.dep_ == "attr" and c.tag_ in ("NNS", "NNPS") for c in clause.children)
        for clause in word.children
    )


# What two parties have together: "X and Y postponed their meeting / renewed their ties".
JOINT_NOUNS = {
    "meeting", "talk", "summit", "negotiation", "dialogue", "discussion", "consultation",
    "tie", "relation", "relationship", "cooperation", "partnership", "alliance", "friendship",
    "dispute", "feud", "rivalry", "conflict", "agreement", "deal", "accord", "pact", "treaty",
    "truce", "ceasefire", "cease-fire", "exchange", "trade",
}  # fmt: skip


def joint_things(word: Token) -> bool:
    """ "Russia and Ukraine postponed their talks": done by each with the other, what is
    theirs being between them."""
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and c.lemma_.lower() in JOINT_NOUNS
        and any(p.dep_ == "poss" and p.lower_ == "their" for p in c.children)
        for c in word.children
    )


_BLOWS = frozenset({"18", "19", "20"})
_PARTY_NOUNS = {
    "side", "party", "country", "nation", "state", "capital", "government", "neighbour",
    "neighbor", "power", "superpower", "rival", "ally", "giant",
}  # fmt: skip
# The nouns a translated story names the two sides by with a bare "the": "The parties
# discussed the trade disputes", "the sides agreed" (Russian "стороны", Chinese "双方").
_BARE_PARTIES = {"side", "party"}


def _the_two(head: Token) -> bool:
    """``head`` names the two sides of the story: "the two sides", "both countries", or a
    bare "the parties" / "the sides" (not "opposition parties", "the parties to the
    conflict", which name others). ("the two leaders" are the people named before: see
    sides.py.)"""
    if head.tag_ != "NNS":
        return False
    lemma = head.lemma_.lower()
    counted = any(c.lower_ in ("two", "both") for c in head.children)
    if counted:
        return lemma in _PARTY_NOUNS
    kids = list(head.children)
    return lemma in _BARE_PARTIES and len(kids) == 1 and kids[0].lower_ == "the"


def _people_of_the_two_sides(head: Token) -> bool:
    """ "the officials of the two sides", "the delegations of both parties": people sent by
    the two sides, who act for them. (Not "the soldiers of the two countries", whose
    countries are the last two named: see ``resolve._of_the_two``.) Which people they are is
    not told, so they are no pair of people named before ("Ardern called the pact
    concerning. The officials of the two sides initialled it" is no deal of Ardern's)."""
    return head.tag_ == "NNS" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            p.dep_ == "pobj" and p.lemma_.lower() in _BARE_PARTIES and _the_two(p)
            for p in c.children
        )
        for c in head.children
    )


def two_parties(
    triple: Triple, earlier: list[Event], told: Callable[[Token], list[Actor]] = lambda h: []
) -> tuple | None:
    """ "Already in a few hours the two sides each other of violations accused": "the two
    sides" (parties, countries), or their people ("the officials of the two sides"), as the
    only subject of a reciprocal or symmetric act are the two countries of the last asserted
    event between two countries told before; so is "they" right after a meeting or talk of
    two countries. Two countries its own sentence names before them come first (``told``:
    the countries the sentence names before a head)."""
    if len(triple.sources) != 1:
        return None
    head = triple.sources[0]
    they = head.lower_ == "they"
    named = _the_two(head) or _people_of_the_two_sides(head)
    if (not they and not named) or not each_to_other(triple):
        return None  # "the two capitals traded insults"
    own = told(head) if named else []
    if len(own) == 2:
        # "The North said it would answer the South's drills, and the two sides exchanged
        # artillery fire": the two its own sentence names, not the last pair of the story
        return tuple((Actor(a.country, "", a.name), OPEN_CONFIDENCE, head) for a in own)
    halves = korean_halves_before(head) if named else []
    if len(halves) == 2:
        # "The North shelled the border post … the South answered … the two sides agreed to
        # talk": a story that calls the Koreas the North and the South means those two by
        # its two sides, not the last pair it told of (a command of the UN, say)
        return tuple((Actor(code, "", code), OPEN_CONFIDENCE, head) for code in halves)
    between = [
        e
        for e in reversed(earlier)
        if e.is_fact
        and e.source_country
        and e.target_country
        and e.source_country != e.target_country
        and not _third_side(e, earlier)
    ]
    # "Turkey and Israel agreed to restore ties. Israel warned of Iranian plots. … the two
    # countries decided …": the two sides are a pair that acted on each other, not one side
    # and whom it only spoke of; talks one side was found holding with the other are held
    # by both ("in Beijing he with Xi talks held, and the two sides signed twenty agreements")
    last = next((e for e in between if _each_with_other(e, between)), None) if not they else None
    last = last or next(iter(between), None)
    # "Doval and Wang Yi talked. They agreed on …": "they" are the two who last met
    if last is None or (they and (last is not earlier[-1] or not is_symmetric(last.cameo))):
        return None
    side = (Actor(last.source_country, "", last.source_name), OPEN_CONFIDENCE, head)
    other = (Actor(last.target_country, "", last.target_name), OPEN_CONFIDENCE, head)
    return side, other


def _each_with_other(event: Event, events: list[Event]) -> bool:
    """Both countries of ``event`` did something with the other: it is an act two do
    together (talks, a meeting), or one of ``events`` goes the other way."""
    return is_symmetric(event.cameo) or _acted_both_ways(event, events)


def _acted_both_ways(event: Event, events: list[Event]) -> bool:
    """Some event of ``events`` goes the other way between ``event``'s two countries."""
    return any(
        e.source_country == event.target_country and e.target_country == event.source_country
        for e in events
    )


def _third_side(event: Event, earlier: list[Event]) -> bool:
    """``event``'s source addressed two countries in the same sentence ("Russia offered to
    help resolve the conflict" between the two): a third side, not one of "the two sides"."""
    return any(
        e.sentence == event.sentence
        and e.source_country == event.source_country
        and e.target_country not in ("", event.target_country, event.source_country)
        and e.cameo == event.cameo
        for e in earlier
    )


_DEALS = JOINT_NOUNS | {"memorandum", "protocol", "roadmap", "plan", "arrangement"}


# Deals, and the verbs that make one: the act in a deal's infinitive is what the sides bound
# themselves to do, not a thing done ("signed an accord to supply Egypt with wheat", "a deal
# to free the hostages"); the deal itself is the event (057).
DEAL_NOUNS = {
    "agreement", "deal", "accord", "treaty", "pact", "contract", "memorandum", "protocol",
    "arrangement",
}  # fmt: skip
_DEAL_MAKING = {
    "sign", "reach", "conclude", "strike", "ink", "seal", "clinch", "finalize", "finalise",
    "ratify", "initial", "broker", "negotiate", "approve", "agree", "announce", "hammer",
    "secure",
}  # fmt: skip


def deal_purpose(word: Token) -> bool:
    """``word`` is the infinitive of a deal: the clause of the deal noun ("an accord to
    supply …") or of the verb that makes the deal, where the parser hangs it ("signed an
    accord on Thursday to supply …", "a treaty was signed to cooperate …")."""
    if word.dep_ not in ("acl", "relcl", "advcl", "xcomp") or not any(
        c.dep_ in ("aux", "mark") and c.lower_ == "to" for c in word.children
    ):
        return False
    head = word.head
    if head.pos_ == "NOUN":
        return word.dep_ in ("acl", "relcl") and head.lemma_.lower() in DEAL_NOUNS
    return head.lemma_.lower() in _DEAL_MAKING and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DEAL_NOUNS for c in head.children
    )


def term_of_deal(word: Token) -> bool:
    """``word`` tells what an agreement or document provides for: in a relative clause ("a
    memorandum under which Russian police will patrol the border") or as the deal's
    infinitive ("signed an accord to supply Egypt with wheat")."""
    return (word.dep_ == "relcl" and word.head.lemma_.lower() in _DEALS) or deal_purpose(word)


# Mediating (045, 039) is done between others: "mediated by Qatar and Egypt" is no talk
# of Qatar with Egypt; a trip made by several (042, and its hosting, 043) is made together
# to a third: "Britain and France will not travel to the conference" is no visit, nor a
# refusal of one, of Britain to France.
_BETWEEN_OTHERS = {"045", "039", "042", "043"}
# Aid promised (033: money, arms, relief, troops) by several who pledge or offer it is given
# to a third: "Senegal and Niger pledged soldiers" is no pledge of Senegal to Niger (those
# who "agree to join forces" still promise it to each other).
_AID_PROMISED = "033"
_PROMISING = frozenset({"pledge", "promise", "offer", "vow", "commit"})


# Lines that divide two sides: "fired across the border", "shelled across the Line of
# Control"; and the prepositions that name whom a blow is aimed at instead.
_DIVIDING_LINES = {"border", "line", "frontier", "boundary", "loc", "divide"}
_AIMED_AT = {"at", "on", "against", "upon", "toward", "towards", "into"}


def across_line(word: Token) -> bool:
    """ "India and Pakistan fired across the Line of Control": a blow struck across the
    line between the sides, at no one else named, is struck by each at the other."""
    across = [
        p
        for c in word.children
        if c.dep_ == "prep" and c.lower_ == "across"
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in _DIVIDING_LINES
    ]
    return bool(across) and not any(
        (c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in PROJECTILES)
        or (c.dep_ == "prep" and c.lower_ in _AIMED_AT and not _dated(c))
        for c in word.children
    )


# Where forces are sent, massed or put on alert: "rushed troops to the border", "massed
# tanks along their frontier", "deployed forces at the disputed boundary".
_POSTED_AT = {"to", "on", "along", "at", "near", "toward", "towards"}


def at_shared_border(word: Token) -> bool:
    """ "Thailand and Cambodia rushed troops to the disputed border", "India and Pakistan
    massed troops on their border": forces posted at the border of two sides, named by
    neither ("the Colombian border", "the border with Ecuador"), face each other."""
    # (the parser may hang the place on the forces: "massed [troops on their border]")
    # (or read the verb as the forces' modifier: "[massed troops] on their border")
    holders = [word, *(c for c in word.children if c.dep_ == "dobj")]
    if word.dep_ == "amod":
        holders.append(word.head)
    lines = [
        p
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in _POSTED_AT
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in _DIVIDING_LINES
    ]
    return bool(lines) and not any(
        (c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ == "PROPN")
        or c.ent_type_ in ("NORP", "GPE")
        or (c.dep_ == "prep" and c.lower_ in ("with", "between", "of"))
        for line in lines
        for c in line.children
    )


# A pull-back of forces: "pulled back", "withdrew … from", "pulled out of".
_PULLBACK = "087"
_AWAY_FROM = frozenset({"from", "of"})


def pulled_apart(word: Token) -> bool:
    """ "Greece and Turkey pulled their warships back from the islets", "Armenia and
    Azerbaijan withdrew their forces from the front line": two sides pulling forces back from
    ground between them, named by neither, step back from each other (a place that names a
    side, "withdrew from Syria", is that side's; nor is a pull-back a noun tells, "talks on
    an Israeli troop pullback from Lebanon")."""
    if word.pos_ != "VERB":
        return False
    places = [
        p
        for c in word.children
        if c.dep_ == "prep" and c.lower_ in _AWAY_FROM and not _dated(c)
        for p in c.children
        if p.dep_ == "pobj"
    ]
    named = {i for sp in word.doc.spans.get(ACTOR_SPANS, ()) for i in range(sp.start, sp.end)}
    if any(t.i in named or t.ent_type_ in ("GPE", "NORP") for p in places for t in p.subtree):
        return False
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in word.children)
    return back or bool(places)


def _dated(prep: Token) -> bool:
    """ "on Sunday", "at dawn": a preposition that tells when, not at whom."""
    return any(p.ent_type_ in ("DATE", "TIME") for p in prep.children if p.dep_ == "pobj")


_FORCE_POSTURE = "15"


def each_to_other(triple: Triple) -> bool:
    """What ``triple`` tells is done by each party to the other: a symmetric code ("met"), a
    verb of exchange ("clashed", "traded insults"), reciprocal wording ("accused each
    other") or a blow across the line between them ("fired across the border")."""
    if _promised_to_a_third(triple) or fought_as_allies(triple.word):
        return False
    return (
        is_symmetric(triple.pattern.code)
        or triple.word.lemma_.lower() in SYMMETRIC_LEMMAS
        # ("exchanged visits": the noun's verb of exchange)
        or (triple.word.dep_ == "dobj" and triple.word.head.lemma_.lower() in SYMMETRIC_LEMMAS)
        or reciprocal(triple.word)
        or (triple.pattern.code[:2] in _BLOWS and across_line(triple.word))
        or (triple.pattern.code[:2] == _FORCE_POSTURE and at_shared_border(triple.word))
        or (triple.pattern.code.startswith(_PULLBACK) and pulled_apart(triple.word))
    )


# What puts fighters on one side: "fought on the government's side", "alongside the army",
# "side by side", "together".
_WITH_ALLIES = frozenset({"alongside", "beside"})
_JOINTLY = frozenset({"together", "jointly"})


def fought_as_allies(word: Token) -> bool:
    """Several who fight on someone's side fight as allies, not each other: "a war in which
    Senegalese and Guinean troops fought on the government's side", "French and Chadian
    soldiers fought alongside the army", "fought together against the rebels"."""
    if word.lemma_.lower() not in SYMMETRIC_LEMMAS:
        return False
    for c in word.children:
        if c.dep_ == "advmod" and c.lower_ in _JOINTLY:
            return True
        if c.dep_ != "prep":
            continue
        if c.lower_ in _WITH_ALLIES:
            return True
        if c.lower_ in ("on", "by") and any(
            p.dep_ == "pobj" and p.lemma_.lower() == "side" for p in c.children
        ):
            return True
    return False


def _promised_to_a_third(triple: Triple) -> bool:
    """Aid pledged or offered (033), which several give to a third, not to each other."""
    return (
        triple.pattern.code.startswith(_AID_PROMISED) and triple.word.lemma_.lower() in _PROMISING
    )


# Verbs of looking on at an act that others do: "attended the signing", "witnessed the
# signing of the accords", "presided over the signing".
_LOOKING_ON = {"attend", "witness", "observe", "watch", "oversee", "preside"}
# Third parties who look on at a deal between others: "the UN envoy", "the AU mediator".
_GO_BETWEENS = {
    "envoy", "mediator", "facilitator", "observer", "guarantor", "emissary", "intermediary",
}  # fmt: skip


def watched_signing(word: Token) -> bool:
    """``word`` is a signing that the subject of a verb of looking on attended or witnessed:
    "Mogherini attended the signing", "presided over the signing of the accords"."""
    if word.lemma_.lower() != "signing":
        return False
    head = word.head
    if word.dep_ == "pobj" and head.lower_ == "over":
        head = head.head
    elif word.dep_ != "dobj":
        return False
    return head.lemma_.lower() in _LOOKING_ON


def _a_mediator(tok: Token) -> bool:
    """The phrase of ``tok`` names a go-between: "the UN envoy", "the African Union
    mediator" (``tok`` may be the name that modifies the noun)."""
    while tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head.i > tok.i:
        tok = tok.head
    return tok.lemma_.lower() in _GO_BETWEENS


def without_onlookers(word: Token, pairs: list[tuple], earlier: list[Event]) -> list[tuple]:
    """The pairs of a signing looked on at, less those of the onlookers: a go-between ("the
    UN envoy attended the signing") and, once the story has told who signed, any side that
    is none of the signers ("The leaders of Sudan and South Sudan signed a security deal.
    EU foreign policy chief Federica Mogherini attended the signing": the EU signed nothing).
    Two leaders who witness the signing of their states' accords, with no signers told
    before, are the signers ("Putin and Erdogan witnessed the signing of the agreements")."""
    if not watched_signing(word):
        return pairs
    signers = {
        c for e in earlier if e.cameo == "057" for c in (e.source_country, e.target_country) if c
    }

    def onlooker(side: tuple | None) -> bool:
        if side is None:
            return False
        if _a_mediator(side[2]):
            return True
        return bool(signers) and side[0].country not in signers

    return [(src, tgt) for src, tgt in pairs if not onlooker(src) and not onlooker(tgt)]


def is_symmetric(code: str) -> bool:
    return (code[:2] in SYMMETRIC_ROOTS or code in SYMMETRIC_CODES) and code not in _BETWEEN_OTHERS


MAKE_A_VISIT, HOST_A_VISIT = "042", "043"
# A visit is one event seen from two sides: the guest visits (042), the host hosts (043).
OTHER_SIDE_OF_A_VISIT = {MAKE_A_VISIT: HOST_A_VISIT, HOST_A_VISIT: MAKE_A_VISIT}


def both_sides_of_visits(events: list[Event], sent: Span) -> list[Event]:
    """Each visit to another country from both sides, however the sentence tells it: CAMEO
    codes a visit (042) with its linked event, the visited side hosting the visitor (043),
    the actors reversed ("Xi arrived in Moscow": China visits Russia and Russia hosts China;
    "left for Tokyo for talks": Japan hosts), and a hosting with the guest's visit ("Putin
    received Xi", "Xi was received by Putin", "hosted the emir": the guest visits the host).
    Not when the sentence already tells the other side's part ("Xi visited Moscow, where
    Putin received him"), for a visit to one's own country, for the place a trip set
    out from ("the ship departed from Libya"), nor for a guest with no side of its own: a
    freed hiker who "flew to Oman", "a jet landed safely in Singapore" are no one's visit
    for the place to host."""
    told = {(e.source_country, e.target_country, e.cameo, e.modality) for e in events}
    others = []
    for e in events:
        other = OTHER_SIDE_OF_A_VISIT.get(e.cameo)
        if (
            other is None
            or not e.target
            or not e.source_country  # (a guest no one can name is no one hosted)
            or e.target_country in ("", e.source_country)
            or (e.target_country, e.source_country, other, e.modality) in told
            or (e.cameo == MAKE_A_VISIT and _set_out_from(e, sent))
        ):
            continue
        told.add((e.target_country, e.source_country, other, e.modality))
        others.append(reversed_event(e, other))
    return events + others


RECOGNISE = "054"
# Ties one side cannot make alone: "established diplomatic relations with China" is done by
# both (unlike "recognised Kosovo", which one side grants).
_TIES = frozenset({"relation", "tie"})
_TIES_MADE = frozenset({"establish", "restore", "resume", "normalize", "normalise"})


def _ties_verbs(sent: Span) -> list[Token]:
    """The verbs of ``sent`` that make or restore diplomatic ties ("established diplomatic
    relations with …")."""
    return [
        t.head
        for t in sent
        if t.lemma_.lower() in _TIES and t.dep_ == "dobj" and t.head.lemma_.lower() in _TIES_MADE
    ]


def _in_clause_of(event: Event, verbs: list[Token]) -> bool:
    """``event``'s words reach into the clause of one of ``verbs``: ties made by others in the
    same sentence ("announced that Morocco and Israel agreed to establish relations, and
    signed a proclamation in which Washington recognises Morocco's sovereignty") leave a
    recognition granted by one side its act alone. (An event's span runs from its first
    actor or word to its last.)"""
    return any(
        event.start <= w.idx < event.end
        for verb in verbs
        for w in (*_own_clause(verb), *_joined_to(verb))
    )


def _joined_to(verb: Token) -> list[Token]:
    """The verbs ``verb`` is joined to ("switched its recognition to Beijing and established
    relations with China"): their subject makes the ties too."""
    heads = []
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
        heads.append(verb)
    return heads


def _own_clause(verb: Token) -> list[Token]:
    """``verb``'s words without the clauses joined to it ("… established relations and
    Oman recognised Kosovo")."""
    joined = {w.i for c in verb.children if c.dep_ == "conj" for w in c.subtree}
    return [w for w in verb.subtree if w.i not in joined]


def ties_both_ways(events: list[Event], sent: Span) -> list[Event]:
    """The other side's part of ties made together: "Honiara established diplomatic
    relations with Beijing" is Beijing's act toward Honiara as well (054 both ways)."""
    verbs = _ties_verbs(sent)
    if not verbs:
        return events
    told = {
        (e.source_country, e.target_country, e.modality) for e in events if e.cameo == RECOGNISE
    }
    both = []
    for e in events:
        key = (e.target_country, e.source_country, e.modality)
        if (
            e.cameo != RECOGNISE
            or e.target_country in ("", e.source_country)
            or key in told
            or not _in_clause_of(e, verbs)
        ):
            continue
        told.add(key)
        both.append(reversed_event(e, RECOGNISE))
    return events + both


def _set_out_from(event: Event, sent: Span) -> bool:
    """The event's target is the place its trip started from ("departed from Libya")."""
    if event.target_start is None or event.target_end is None:
        return False
    span = sent.doc.char_span(event.target_start, event.target_end, alignment_mode="expand")
    head = span.root if span is not None else None
    return head is not None and head.dep_ == "pobj" and head.head.lower_ == "from"


def reversed_event(event: Event, code: str) -> Event:
    """``event``'s linked event: the other side's act ``code`` toward its source."""
    entry = lookup(code)
    return replace(
        event,
        source=event.target,
        source_country=event.target_country,
        source_sector=event.target_sector,
        source_name=event.target_name,
        source_start=event.target_start,
        source_end=event.target_end,
        target=event.source,
        target_country=event.source_country,
        target_sector=event.source_sector,
        target_name=event.source_name,
        target_start=event.source_start,
        target_end=event.source_end,
        cameo=entry.code,
        cameo_root=entry.root,
        plover=entry.plover,
        quad_class=entry.quad_class,
        goldstein=entry.goldstein,
    )
