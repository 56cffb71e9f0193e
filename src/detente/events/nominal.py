"""Nominal events ("sanctions on", "talks between", "the release of"): the event noun, its source
from the noun's own modifiers or the subject of the governing verb, and its target.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.actors.dictionary import actor_tokens
from detente.actors.resolve import MESSAGES, PERSON_ROLES
from detente.events.grammar import (
    DOER_ADJECTIVES,
    TAKING_PART,
    child_of,
    claimer_of,
    issuer_of,
    named_by_modifier,
    names_an_actor,
    names_someone,
    posited_and_judged,
    prep_objects,
    subject_of,
    with_conjuncts,
)
from detente.events.modality import SPEECH
from detente.events.naming import CONDEMNING
from detente.events.patterns import DEFAULT_NOUN_PREPS, Pattern, PatternBook
from detente.events.phrases import (
    CIRCUMSTANCES,
    FROM,
    OF,
    UNDOING_NOUNS,
    answered_act,
    appeal_call,
    figurative_fight,
    has_prep,
    is_time,
    modifiers_of,
    played,
)
from detente.events.readings import (
    FAILED_TALKS,
    TROOPS,
    attack_by_one_person_on_another,
    attack_in_words,
    by_arrival_of,
    by_protesting_doer,
    coming_force,
    talks_broke_down,
)
from detente.events.symmetry import SYMMETRIC_ROOTS
from detente.events.targets import (
    ASKING_ROOTS,
    BY,
    BY_ONLY,
    COOPERATION_ROOTS,
    CUSTODY,
    ENVOYS,
    FIGHTS,
    PROTEST_ROOT,
    VIOLENCE,
    WHERE,
    agent_of,
    aid_for,
    aid_given,
    aid_subject_for,
    asked_parties,
    claimed,
    clause_parties,
    let_or_barred,
    named_go_between,
    past_aid_given,
    protest_aims,
    purpose_parties,
    stands_for,
)
from detente.events.triple import Triple

# Verbs whose object noun is what they talk about, not something their subject does:
# "condemned the assassination of the ambassador", "welcomed the withdrawal of troops".
TOPIC_VERBS = {
    "condemn", "criticize", "criticise", "denounce", "deplore", "decry", "slam", "blast",
    "chide", "rebuke", "castigate", "lambaste", "lambast", "excoriate", "assail", "berate",
    "reproach", "bemoan", "welcome", "praise", "hail", "applaud", "commend", "laud",
    "celebrate", "mourn",
    "deny", "reject", "dismiss", "question", "dispute", "blame", "protest", "regret",
    # (what is refused is not done: "Morocco refuses any normalisation with Israel")
    "refuse", "rebuff", "spurn", "repudiate",
    "investigate", "probe", "report", "discuss", "debate", "review", "monitor", "study",
    "support", "oppose", "back", "endorse", "demand", "urge", "seek", "warn", "fear",
    "accuse", "charge", "allege", "suspect", "acknowledge", "confirm", "announce", "note",
    "mark", "commemorate",
    "recall", "remember", "describe", "call", "label", "term", "see", "view", "consider",
    "regard", "deem", "think", "believe",
    "cite", "mention", "invoke", "recount", "quote",  # (an act cited is told, not done)
    # (an act raised with someone is brought up: "would raise the drug war with Manila")
    "raise",
    # (what a speaker alludes or refers to is his topic: "alludes to an attack in Sweden")
    "allude", "refer",
}  # fmt: skip
# Verbs by which a gathering or a text is given over to a matter: "the summit was dedicated
# to the war in Ukraine", "a session devoted to the attacks".
_DEDICATING = {"dedicate", "devote", "consecrate"}


def dedicated_to(noun: Token) -> bool:
    """``noun`` is what a meeting, a day or a text is dedicated to, its matter and no act of
    the meeting's: "the summit was dedicated to the war in Ukraine", and a translation's
    verb-last "The meeting in the Élysée palace was actually to the war in the east of
    Ukraine dedicated", which the model parses as "was … to the war" with "dedicated" hung
    on "was"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return False
    verb = noun.head.head
    return verb.lemma_.lower() in _DEDICATING or any(
        c.lemma_.lower() in _DEDICATING and c.tag_ in ("VBN", "VBD") and c.i > noun.i
        for c in verb.children
        if c.dep_ in ("advcl", "acomp", "xcomp", "conj", "dep", "ccomp")
    )


# Verbs by which onlookers watch an event told before: "In Moscow the visit was followed
# closely", "the talks were watched with concern in Kyiv". Where the watching is done is the
# onlookers' place, not the event's.
_WATCHING = {"follow", "watch"}
# Verbs by which someone looks on at an act done before their eyes: "the US envoy watched the
# signing", "monitors observed the vote". The one who looks on does not do the act. (Not
# "witness": leaders who "witnessed the signing" of their states' accords are the signers.)
_ONLOOKING = {"watch", "observe"}


def watched(noun: Token) -> bool:
    """``noun`` is what a verb of watching takes ("the visit was followed in Moscow"): the
    verb's phrases are the onlookers', none of them a side of the event ("the visit was
    followed by talks in Sydney", the other sense, has none of the visit's either)."""
    return noun.head.lemma_.lower() in _WATCHING


# Event nouns whose phrase says what kind of event it is, as a modifier would: cooperation
# "on security" (security cooperation), a strike "for higher wages" (a labour strike).
_ON_IN = frozenset({"on", "in"})
TOPIC_PREPS = {
    "cooperation": _ON_IN,
    "collaboration": _ON_IN,
    "partnership": _ON_IN,
    "coordination": _ON_IN,
    "strike": frozenset({"for", "over"}),
    "violation": frozenset({"of"}),  # "a violation of the truce" is a truce violation
    "breach": frozenset({"of"}),
    "recall": frozenset({"of"}),  # "the recall of its ambassador" is an envoy recalled
    "acceptance": frozenset({"of"}),  # "acceptance of the plan" is a plan accepted
    # "the exit from the nuclear agreement" is an agreement left; "the withdrawal of its
    # ambassador" an envoy recalled
    "withdrawal": frozenset({"from", "of"}),
    "exit": frozenset({"from"}),
    "pullout": frozenset({"from"}),
    "exchange": frozenset({"of"}),  # "an exchange of prisoners" is a prisoner exchange
    "swap": frozenset({"of"}),
}
# Words sent or said whose "of" phrase is what they carry: "a statement of solidarity with
# Riyadh" is a solidarity statement, "a message of support to Kyiv" a support message.
WORDS_SENT = frozenset({
    "statement", "message", "declaration", "expression", "gesture", "letter", "telegram",
    "word", "demonstration", "note", "pledge", "assurance",
})  # fmt: skip
TOPIC_PREPS |= dict.fromkeys(WORDS_SENT, frozenset({"of"}))
# Verbs that only carry such words ("issued a statement of solidarity", "sent a message of
# support"): the words' own reading decides.
SENDING_WORDS = frozenset({
    "issue", "send", "release", "publish", "deliver", "convey", "relay", "address", "make",
    "voice", "express", "extend", "offer", "give", "post", "write", "adopt", "pass",
})  # fmt: skip
_NONE: frozenset[str] = frozenset()
# "a suspension of aid", "an end to sanctions", "cuts in aid"
_UNDONE = frozenset({"of", "to", "in"})
# Nouns that change an amount named in their phrase, as the undoing nouns do: "announced a
# sixfold increase in funding" gives more funding.
_CHANGED = UNDOING_NOUNS | {
    "increase", "boost", "rise", "expansion", "restoration", "reimposition", "reinstatement",
    # ... and bring back what was broken off: "the renewal of diplomatic relations"
    "renewal", "reestablishment", "establishment",
    # ... or raise it a level: "the raising of the level of diplomatic relations"
    "raising", "upgrading", "upgrade", "elevation",
}  # fmt: skip
# What is changed by a degree of it: "the raising of the level of relations" raises relations.
_DEGREES = {"level", "degree"}
# Nouns of things carried to someone, whose "of" phrase says what is carried.
_CARRIED = {
    "delivery", "shipment", "consignment", "supply", "transfer", "gift", "donation", "airlift",
    "donor", "supplier", "contributor", "provider", "handover", "hand-over", "dispatch",
}  # fmt: skip
# Nouns of leaving whose "of" phrase names who leaves: "the withdrawal of Ethiopian troops
# from Somalia", "the surrender of the rebel commander to the army".
# Roots of nouns whose infinitive clause names the party (pledges, offers, refusals).
_CLAUSE_ROOTS = {"03", "12"}
_OF_LEAVER = {"withdrawal", "pullout", "pull-out", "pullback", "retreat", "surrender"}
# Nouns of coming whose "of" phrase names who comes: "the arrival of Australian-led
# peacekeepers in East Timor", "the deployment of Rwandan troops to Mozambique".
_OF_COMER = {"arrival", "deployment"}


# Verbs that only carry an event noun ("launched a strike", "staged a hunger strike").
SUPPORT_VERBS = {
    "launch", "stage", "hold", "begin", "start", "conduct", "carry", "mount", "continue",
    "go", "declare", "call", "resume", "organize", "organise", "lead", "join", "make",
    "undertake", "wage", "end", "complete", "speed", "step",
}  # fmt: skip


def _topics(noun: Token) -> set[str]:
    """What the noun's topic phrase says, as modifiers: "cooperation on intelligence
    sharing" is intelligence cooperation, "a strike for higher wages" a wage strike."""
    found: set[str] = set()
    for topic in prep_objects(noun, TOPIC_PREPS.get(noun.lemma_.lower(), frozenset())):
        found |= {topic.lemma_.lower()} | modifiers_of(topic)
    return found


def modified_noun(noun: Token | None, book: PatternBook, root: str = "") -> bool:
    """``noun`` has a pattern of its own (of CAMEO ``root``, if given) for one of its
    modifiers ("hunger strike", "a strike for higher wages", "the exit from the deal")."""
    if noun is None:
        return False
    modifiers = modifiers_of(noun) | _topics(noun)
    return any(
        pat.obj & modifiers and pat.code.startswith(root)
        for pat in book.nouns.get(noun.lemma_.lower(), ())
    )


# Verbs an event noun happens by: its partners may hang on the verb ("clashes broke out
# between X and Y", "talks took place between X and Y").
HAPPENING = {
    "erupt", "break", "flare", "rage", "continue", "resume", "intensify", "escalate", "occur",
    "happen", "take", "ensue", "persist", "spread", "start", "begin", "end", "open", "close",
    "kick", "commence", "conclude", "wrap",
}  # fmt: skip
# Roots whose event noun needs no named counterpart when two parties are its subject.
_PARTNER_ROOTS = {"03", "04", "05", "06"}
# Verbs whose subject receives what the event noun's "from" phrase sends: "faces pressure
# from", "came under criticism from", "received a warning from", "drew condemnation from".
# ("won pledges of support from the G7", "secured assurances from the IMF", "won the backing
# of European leaders": won, secured or gained, it is still received)
RECEIVING_VERBS = {
    "face", "receive", "come", "draw", "suffer", "get", "meet", "attract", "win", "secure",
    "obtain", "gain", "earn", "garner",
    # what one has or enjoys of another's is had from it: "Brazil has the full support of the
    # United States", "the government enjoys the backing of the army"
    "have", "enjoy",
}  # fmt: skip


# Verbs of coming through what others did: "the relations survived the nationalisation of
# YPF", "Cuba weathered the embargo": the subject endures the act, never does it (whoever
# the noun's "by" phrase names does: "survived the blockade of its ports by Britain").
_ENDURING = {"survive", "weather", "withstand", "endure", "outlast", "outlive"}


def endured(noun: Token, verb: Token) -> bool:
    """``noun`` is the act the subject of ``verb`` came through, or one its own participle
    tells as come through (:func:`told_as_endured`)."""
    return (noun.dep_ == "dobj" and verb.lemma_.lower() in _ENDURING) or told_as_endured(noun)


def told_as_endured(noun: Token) -> bool:
    """``noun`` is followed by a participle of enduring that the model hangs on it: "an
    attack survived by the minister", and a translation's verb-last "he had in Tbilisi
    already in 2015 an attack survived", read as "an attack [that was] survived". Whoever
    came through it is no doer of it."""
    return any(
        c.dep_ == "acl"
        and c.i > noun.i
        and c.lemma_.lower() in _ENDURING
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in noun.children
    )


# Verbs of giving way to what someone else sends ("bowed to pressure from", "caved in to").
_GIVING_WAY = {"yield", "bow", "cave", "succumb", "bend", "submit", "give", "relent", "buckle"}
# Verbs whose subject gains from what the event noun after "from" gives: "benefited from a
# wheat donation by India", "profited from Chinese loans".
_GAINING = {"benefit", "profit", "gain"}
# Verbs whose subject lives on what the event noun after "on" gives: "has relied on aid from
# Canada since the war", "depends on Chinese loans" (a state that tells the aid given).
_LEANING = {"rely", "depend", "count", "live", "subsist"}
_ON_UPON = frozenset({"on", "upon"})


# Reactions a side draws from another that it acts amid or after: criticism, pressure,
# warnings ("Amid criticism from Athens, Islamabad defended the law"). (Not "despite": what
# a side does despite objections or warnings from others is its act told with their
# stance as background, "extended the embargo despite objections from China".)
_REACTIONS = {
    "criticism", "condemnation", "pressure", "objection", "outcry", "warning", "threat",
    "complaint", "accusation", "censure", "rebuke",
}  # fmt: skip
_AMID = frozenset({"amid", "amidst", "after", "following"})
# Prepositions by which a reaction names whom it is aimed at ("criticism of Ankara").
_AIMED_AT = frozenset({"of", "against", "on", "at", "to", "toward", "towards", "with"})


def _reaction_sender(noun: Token) -> Token | None:
    """Who a reaction is from, by its "from"/"by" phrase or its possessor."""
    return next(iter(prep_objects(noun, BY)), None) or child_of(noun, "poss")


def _reaction_amid(noun: Token) -> tuple[Token, Token] | None:
    """(sender, receiver) of a reaction told as what a side acts amid: "Amid criticism from
    Greece, Pakistan defended its law", "After warnings from Washington, Tehran halted the
    tests": the reaction is aimed at the side that acts, when it names no one it is aimed
    at itself."""
    if noun.lemma_.lower() not in _REACTIONS or noun.head.lower_ not in _AMID:
        return None
    if noun.dep_ not in ("pobj", "dobj") or next(prep_objects(noun, _AIMED_AT), None) is not None:
        return None
    verb = noun.head.head
    if noun.head.pos_ == "VERB":  # "Following criticism from X": "following" read as a verb
        verb = noun.head.head if noun.head.dep_ in ("advcl", "prep") else noun.head
    sender = _reaction_sender(noun)
    receiver = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if sender is None or receiver is None or sender.i == receiver.i:
        return None
    return sender, receiver


def _unsent_reaction(noun: Token) -> bool:
    """A reaction a side acts amid that names no sender: "the defence minister resigned amid
    criticism of the military's slow response" is criticism by others unnamed, not by the
    one who resigned (with a sender named, :func:`_reaction_amid` gives its sides)."""
    return (
        noun.lemma_.lower() in _REACTIONS
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _AMID
        and _reaction_sender(noun) is None
    )


def _received(noun: Token) -> tuple[Token, Token] | None:
    """(sender, receiver) when ``noun`` is received by the subject of its verb from someone
    ("Turkey came under criticism from the EU" → EU, Turkey), or aimed at a side that acts
    amid it."""
    if (amid := _reaction_amid(noun)) is not None:
        return amid
    verb = noun.head
    if named_go_between(noun):  # "held talks with the mediation of the EU": the EU mediates
        return _mediated(noun)  # between those who hold them
    if noun.dep_ == "pobj" and verb.lower_ == "under":  # "dropped the case under pressure
        verb = verb.head  # from Washington": whoever is under it receives it
    elif noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_.lower() in _GIVING_WAY:
        verb = verb.head  # "yielded to pressure from Western governments": so does who yields
    elif noun.dep_ == "pobj" and verb.lower_ == "from" and verb.head.lemma_.lower() in _GAINING:
        verb = verb.head  # "benefited from aid by Japan": whoever gains receives it
    elif noun.dep_ == "pobj" and verb.lower_ in _ON_UPON and verb.head.lemma_.lower() in _LEANING:
        verb = verb.head  # "relied on aid from Canada": whoever relies on it receives it
    elif noun.dep_ == "pobj" and verb.lower_ == "for" and _came_in(verb.head):
        verb = verb.head  # "came in for criticism from Brussels": as "came under criticism"
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in RECEIVING_VERBS | _ENDURING:
        return None
    # "drew criticism from Turkey": the parser often hangs the "from" on the verb
    sender = next(iter(prep_objects(noun, BY)), None) or next(
        (
            p
            for p in (
                *prep_objects(noun, FROM),
                *(prep_objects(verb, FROM) if verb.pos_ in ("VERB", "AUX") else ()),
                # ("benefited from a donation by Kuwait": the "by" hung on the verb)
                # (or on the verb of coming through it: "survived the blockade of its
                # ports by Britain")
                *(prep_objects(verb, BY) if verb.lemma_.lower() in _GAINING | _ENDURING else ()),
            )
            if p.i != noun.i  # ("benefited from aid": the aid is no sender)
        ),
        None,
    )
    if sender is None and noun.dep_ == "dobj" and verb.lemma_.lower() not in _ENDURING:
        # "won the backing of European leaders", "drew the condemnation of the UN": a named
        # "of" phrase on what is received is who sends it (what is come through is done to
        # its "of" phrase: "survived the nationalisation of YPF")
        sender = next(
            (p for p in prep_objects(noun, OF) if names_someone(p) or named_by_modifier(p)), None
        )
    if sender is None and verb.lemma_.lower() in _GAINING | _LEANING:
        # "benefited from German assistance", "gained from Japan's loans": the giver named
        # before the noun
        sender = child_of(noun, "poss") or next(
            (
                c
                for c in noun.children
                if c.dep_ in ("amod", "compound", "nmod")
                and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")
            ),
            None,
        )
    receiver = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if sender is None or receiver is None:
        return None
    return sender, _doer_of_act(receiver)


def _mediated(noun: Token) -> tuple[Token, Token] | None:
    """(mediator, parties) of a go-between's part a thing is done with or under: "the
    delegations of Russia and Ukraine with the mediation of the European Commission held
    talks" (the Commission mediates between the delegations), "Armenia and Azerbaijan met
    under Russian mediation" (Russia, between the subjects of the verb)."""
    mediator = next(iter(prep_objects(noun, OF)), None) or next(
        (
            c
            for c in noun.children
            if c.dep_ in ("poss", "amod", "compound")
            and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")
        ),
        None,
    )
    held = noun.head.head
    parties = subject_of(held) if held.pos_ in ("VERB", "AUX") else held
    if mediator is None or parties is None or parties.i == noun.i:
        return None
    return mediator, parties


def named_doer(noun: Token) -> Token | None:
    """The doer an act noun names with "by", on the noun or on its "of" phrase (where the
    parser often hangs it: "the expulsion of the envoy by Venezuela")."""
    return next(
        (d for h in (noun, *prep_objects(noun, OF)) for d in prep_objects(h, BY_ONLY)), None
    )


def _doer_of_act(receiver: Token) -> Token:
    """Who a reaction to an act is aimed at: the doer the act noun names ("the arrest of
    the reporter by Chinese police drew criticism from Canberra" is criticism of the police,
    not of the reporter arrested), else the subject as it stands."""
    return named_doer(receiver) or receiver


def _came_in(verb: Token) -> bool:
    """ "came in for criticism": what one comes in for is received ("came under fire for the
    killing of aid workers" comes under fire; the killing is what it is for)."""
    return verb.lemma_.lower() == "come" and any(
        c.lower_ == "in" and c.dep_ in ("prt", "advmod") for c in verb.children
    )


# "came under fire from the UN over his remarks": fire taken for what one said or did is
# criticism (CAMEO 111), not shooting ("came under fire from rebel forces" stays an attack).
FIRE_AS_CRITICISM = Pattern("111", "N", "fire", "", frozenset(), frozenset(), frozenset(), 0)
_REASONS = frozenset({"over", "for", "about"})


def _fire_as_criticism(noun: Token, received: tuple[Token, Token] | None) -> bool:
    """``noun`` is bare fire one came under for a reason ("over his remarks", "for failing
    to act"), from someone who bears no arms."""
    if received is None or noun.lemma_.lower() != "fire" or modifiers_of(noun):
        return False
    if received[0].lemma_.lower() in TROOPS | {"gunman", "sniper", "police", "navy"}:
        return False
    # (the reason may hang on the critic: "from rights groups for the shootings")
    holders = (noun, noun.head.head if noun.dep_ == "pobj" else noun.head, received[0])
    return any(next(prep_objects(h, _REASONS), None) is not None for h in holders)


# Verbs whose object takes part in the event noun with the subject: "joined Lavrov for talks".
_ALONGSIDE = {"join", "accompany"}


# Where someone is held or handed, not an arrest: "into the custody of", "freed from detention".
_HELD_IN = frozenset({"into", "in", "from"})


# Verbs of a measure running out by itself: "the embargo expired", "let the sanctions lapse".
_RUNNING_OUT = frozenset({"expire", "lapse"})


def time_mark(noun: Token) -> bool:
    """``noun`` names a past act only as the point a span of time runs from: "relations have
    fallen to the lowest point since the normalisation of 1965", "the first visit since the
    2018 summit", "the worst fighting since the ceasefire" (the act is no news the sentence
    tells, and the day is not the story's)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "since"


# How an ongoing dialogue or tie is said to stand still: "the Russian-American dialogue
# remains frozen", "the talks have stalled", "what remains of the dialogue" (a translated
# headline). The relation is told, no meeting or act of it.
_STANDING_STILL = frozenset({"freeze", "stall", "frozen", "stalled", "suspended", "dead"})


def at_a_standstill(noun: Token) -> bool:
    """``noun`` is the subject of a verb or a "remains …" predicate saying it stands still,
    or what "what remains of" asks about."""
    head = noun.head
    if noun.dep_ == "nsubj":
        if head.lemma_.lower() in _STANDING_STILL:
            return True
        return head.lemma_.lower() in _STAYING and any(
            c.dep_ in ("acomp", "attr") and c.lower_ in _STANDING_STILL for c in head.children
        )
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() == "remain"
        and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in head.head.children)
    )


# Protest and violence: what happened around someone, not by them ("fled amid attacks"); so
# are appeals and demands others made ("struck Iran despite calls for restraint", "resigned
# after demands for his removal").
_UNOWNED_ROOTS = {"02", "10", "14", "18", "19", "20"}
# Verbs that punish or pursue someone for an act named "over", "for" or "in" it.
PUNISHING = {
    "arrest", "detain", "charge", "convict", "sentence", "jail", "imprison", "indict",
    "prosecute", "try", "question", "interrogate", "investigate", "probe", "punish",
    "sanction", "expel", "fine", "summon", "execute", "hang", "extradite", "apprehend",
    "nab", "hold", "seek", "hunt", "capture", "identify", "name", "sue", "penalize", "penalise",
}  # fmt: skip
_PUNISHED_FOR = {"over", "for", "in"}
_VISITS = {"visit", "trip", "tour", "mission"}


_VISITED = frozenset({"to", "in"})
# Verbs of going somewhere that a visit is made by ("came to Ankara on a visit", translated
# "to Beijing with an official visit came"): the place gone to is the one visited.
_JOURNEYS = {"come", "go", "travel", "arrive", "fly", "head", "return", "set"}
_ON_A_VISIT = frozenset({"on", "with", "for"})
# ... and being somewhere on a visit is the visit stated as a state: "the Mexican prime
# minister is in Israel on a three-day visit", "was in Cairo on an official trip".
_STAYING = {"be", "stay", "remain"}
_IN = frozenset({"in"})


def visit_of_a_journey(noun: Token, head: Token) -> bool:
    """``noun`` is a visit that a verb of going is made on ("came to Ankara on a visit"), or
    that someone is somewhere on ("is in Israel on a visit")."""
    return (
        noun.lemma_.lower() in _VISITS
        and noun.dep_ == "pobj"
        and noun.head.lower_ in _ON_A_VISIT
        and (
            head.lemma_.lower() in _JOURNEYS
            or (
                head.lemma_.lower() in _STAYING
                and next(prep_objects(head, _IN), None) is not None
                and _official(subject_of(head))
            )
        )
    )


def _official(person: Token | None) -> bool:
    """Someone whose stay abroad is a visit: a named person or an office holder ("the prime
    minister is in Israel on a visit"), not tourists or workers on trips."""
    return person is not None and (
        person.ent_type_ == "PERSON" or person.lemma_.lower() in PERSON_ROLES | {"delegation"}
    )


def _visitor(noun: Token) -> Token | None:
    """The one the "of" phrase of a visit names, when the place visited is named too."""
    if next(iter(prep_objects(noun, _VISITED)), None) is None:
        return None
    return next((p for p in prep_objects(noun, OF) if names_someone(p)), None)


def _visited(verb: Token) -> Token | None:
    """The subject of the clause a visit is told beside; through a participle describing a
    noun ("citizens held in Caracas after a visit by …") to that noun's clause."""
    while verb.dep_ == "acl" and verb.head.head.pos_ == "VERB":
        verb = verb.head.head
    return subject_of(verb)


# Verbs of hosting: the one received is the visitor.
_HOSTING = {"receive", "host", "welcome", "greet"}


def _guest_of(noun: Token, verb: Token) -> Token | None:
    """The visitor of a visit told as the time of hosting someone: "Abbas would not receive
    Pence during a planned visit to the region", "hosted the emir on a state visit". The one
    received pays the visit, not the host (a visit of one's own names its owner: "during his
    visit")."""
    if (
        noun.lemma_.lower() not in _VISITS
        or noun.dep_ != "pobj"
        or verb.lemma_.lower() not in _HOSTING
        or any(c.dep_ == "poss" for c in noun.children)
        or next(prep_objects(noun, BY_ONLY), None) is not None
    ):
        return None
    guest = child_of(verb, "dobj")
    return guest if guest is not None and guest.i < noun.i else None


def _possessed_by_pronoun(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _unaddressed(noun: Token, verb: Token) -> tuple[tuple[Token, ...], ...]:
    """Fallback targets of an event noun that needs none: whom its verb acts on and where
    ("held civilians as human shields", "remained on alert in the north"; "seized hundreds
    of civilians to use them as human shields": whom the pronoun takes up)."""
    obj = child_of(verb, "dobj")
    found = [stands_for(obj) or obj] if obj is not None and obj.i != noun.i else []
    for holder in (noun, verb):
        found.extend(prep_objects(holder, WHERE))
    return tuple(with_conjuncts(h) for h in found if not is_time(h))


# What one seeks or vows for a wrong done to one: "took revenge for the killing", "demanded
# compensation for the attack" (the wrong is someone else's act); and the regret one voices
# for a wrong ("expressed deep regret for the submarine incursion"): the wrong is what the
# apology is about, told as its topic, not done anew.
_REDRESS = {
    "revenge", "retaliation", "vengeance", "reprisal", "retribution", "compensation",
    "justice", "punishment", "apology", "reparation", "redress", "accountability",
    "regret", "remorse", "sorrow",
}  # fmt: skip
# Verbs by which one owns up to the blame for an act ("took the blame for the crash").
_OWNING_UP = {"take", "accept", "shoulder", "bear", "admit"}
# Verbs that pay a wrong back: "retaliated for the strike", "avenged the killing".
_RETALIATING = {"retaliate", "avenge", "respond", "hit back", "strike back"}
# Verbs that tie someone to an act: "linked X to the attack", "tied X to the killing".
_LINKING = {"link", "tie", "connect"}


# Protests: what they are held against is someone else's act ("marched against the arrest of
# the opposition leader", "held a rally against the siege of Gaza").
_PROTESTING = {
    "protest", "demonstrate", "march", "rally", "riot", "strike", "picket", "agitate",
}  # fmt: skip
_PROTEST_NOUNS = {
    "protest", "demonstration", "rally", "march", "strike", "sit-in", "vigil", "picket",
    "walkout", "boycott",
}  # fmt: skip


def _in_protest_at(noun: Token) -> bool:
    """``noun`` follows "in protest at" ("against", "over"), whether the parser hung the
    preposition on "protest" or on the verb before it."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "against", "over"):
        return False
    prep = noun.head
    before = prep.nbor(-1) if prep.i > prep.sent.start else None
    said = prep.head if prep.head.lemma_.lower() == "protest" else before
    return (
        said is not None
        and said.lemma_.lower() == "protest"
        and said.dep_ == "pobj"
        and said.head.lower_ == "in"
    )


def _grievance(noun: Token, verb: Token) -> bool:
    """``noun`` is the wrong ``verb``'s subject seeks redress for ("vowed to take revenge for
    the killing of its commander") or protests against ("marched against the arrest of"),
    not an act of that subject."""
    obj = child_of(verb, "dobj")
    # (or the verb itself seeks it: "saying it was retaliating for a strike on its embassy")
    # ("would respond to any attack on its citizens", "retaliated against the raid": what is
    # answered is the other side's act)
    redress = noun.dep_ == "pobj" and (
        (
            noun.head.lower_ in ("for", "over")
            and (
                (obj is not None and obj.lemma_.lower() in _REDRESS)
                or verb.lemma_.lower() in _RETALIATING
            )
        )
        or (noun.head.lower_ in ("to", "against") and verb.lemma_.lower() in _RETALIATING)
    )
    protested = (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("against", "over")
        and (
            verb.lemma_.lower() in _PROTESTING
            or (obj is not None and obj.lemma_.lower() in _PROTEST_NOUNS)
        )
    )
    # "suspended military contacts with Washington in protest at the bombing of its embassy":
    # what a move is made "in protest at" is the wrong protested, someone else's act
    protested = protested or _in_protest_at(noun)
    # "laid the blame for the ambush on jihadists", "put the blame for the blasts on X": the
    # act blamed is someone else's (not "took the blame for the crash": one's own)
    blamed = (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and (
            noun.head.head.lemma_.lower() == "blame"
            or (obj is not None and obj.lemma_.lower() == "blame" and noun.head.head.i == verb.i)
        )
        and verb.lemma_.lower() not in _OWNING_UP
    )
    # "allegations linking agents of India to the murder": the act is the ones linked to it
    linked = (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "to"
        and noun.head.head.lemma_.lower() in _LINKING
        and child_of(noun.head.head, "dobj") is not None
    )
    return redress or protested or blamed or linked


def _hyphen_pair(noun: Token) -> tuple[Token, Token] | None:
    """Two actors joined by a hyphen before an event noun: "Trump-Putin summit",
    "Russia-Ukraine prisoner swap", "Israel-Hamas war"."""
    named = actor_tokens(noun.doc, "ACTOR")
    before = [t for t in noun.subtree if t.i < noun.i]
    for left, dash, right in zip(before, before[1:], before[2:], strict=False):
        if dash.text in ("-", "–") and left.i in named and right.i in named:
            return left, right
    return None


# Measures a government takes by announcing or decreeing them: aid, concessions, sanctions
# and coercion ("announced new sanctions on Tehran", "a decree on the release of prisoners").
_ENACTED_ROOTS = frozenset({"07", "08", "16", "17"})
ANNOUNCING = frozenset({"announce", "unveil"})
# Documents that enact what they are about (a report on sanctions only tells of them).
_ENACTING = frozenset({
    "decree", "order", "law", "legislation", "resolution", "bill", "directive", "edict",
    "ordinance", "proclamation",
})  # fmt: skip


def _enacted_by(noun: Token, pat: Pattern) -> Token | None:
    """Who takes the measure ``noun`` by the document it is about: "the president signed a
    decree on special economic measures against Turkey" → the president."""
    if pat.code[:2] not in _ENACTED_ROOTS:
        return None
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("on", "about", "for")
        and noun.head.head.lemma_.lower() in _ENACTING
    ):
        return issuer_of(noun.head.head)
    # "announced the exit from the deal and the restoration of sanctions", parsed with the
    # restoration joined to the deal: the measure is still what was announced
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if (
        noun.dep_ == "conj"
        and verb is not None
        and verb.lemma_.lower() in ANNOUNCING
        and all(
            a.pos_ in ("NOUN", "PROPN", "ADP")
            for a in noun.ancestors
            if a.i != verb.i and verb.is_ancestor(a)
        )
    ):
        return subject_of(verb)
    return None


_BEING = {"be", "remain", "become"}
# Prepositions that give what a word is over or about: its reason or its topic.
_REASON_TOPIC = frozenset({"over", "about"})
STATEMENT_ROOT = "01"


def _reason_of_coded(noun: Token, book: PatternBook) -> bool:
    """What a coded act is about, and the words it is made over, are told only as that:
    "severed ties over comments by an official about a rebel attack", "demanded Guterres'
    resignation over his remarks on the war" (one event for the break, the demand; none for
    the attack, the comments, the remarks). A deed it is made over stays its doer's ("cut
    ties with Israel over its war in Gaza")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _REASON_TOPIC:
        return False
    if noun.head.lower_ == "over" and any(
        p.code[:2] != STATEMENT_ROOT for p in book.nouns.get(noun.lemma_.lower(), ())
    ):
        return False
    word = noun.head.head
    lemma = word.lemma_.lower()
    if word.pos_ in ("VERB", "AUX"):
        return lemma in book.verbs
    return word.pos_ == "NOUN" and lemma in book.nouns


# Verbs that tell where an act comes from: its doer is who that place names.
_COMING_FROM = {"come", "originate", "emanate", "stem", "arrive"}


_SPOKEN_IN = frozenset({"in", "during", "at", "after", "following"})


def _past_the_time(head: Token, pat: Pattern) -> Token:
    """The verb a talk phrase belongs to when the parser hung it on the time phrase before
    it: translated "Shoigu on the same day in a telephone conversation with Lieberman stated
    …" (the conversation is Shoigu's, told on that day, not a part of the day)."""
    if (
        pat.code[:2] == "04"
        and head.pos_ in ("NOUN", "PROPN")
        and is_time(head)
        and head.dep_ == "pobj"
        and head.head.dep_ == "prep"
        and (
            head.head.head.pos_ in ("VERB", "AUX")
            # (or on the subject: "The head of the ministry Shoigu on the same day in a
            # conversation with Lieberman stated …")
            or head.head.head.dep_ in ("nsubj", "nsubjpass")
        )
    ):
        return head.head.head
    return head


# The phrases a verb names whom its act is done to or for by: "pledged aid to Sudan",
# "pledged help for Aceh's reconstruction", "imposed sanctions on Iran".
_ACTED_ON = frozenset({"to", "for", "on", "against", "toward", "towards"})


def _others_acted_on(verb: Token, doers: tuple[Token, ...]) -> bool:
    """``verb``'s object or its "to"/"for"/"on" phrase names someone other than ``doers``."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += prep_objects(verb, _ACTED_ON)
    own = {t.i for d in doers for t in d.subtree}
    return any(names_an_actor(t) and t.i not in own for o in objects for t in o.subtree)


def _stage_of_acts_on_others(noun: Token, head: Token, pat: Pattern) -> bool:
    """ "Japan, the United States and the EU pledged help for Aceh at a meeting in Tokyo": the
    meeting is where the subjects acted on a third side, the stage of that act, not a meeting
    of each with the others ("Russia and Turkey agreed at a meeting in Sochi to …", with no
    one else acted on, still met; "Putin told Erdogan at a meeting" met the one told)."""
    return (
        pat.code[:2] == "04"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("at", "during")
        and noun.head.head == head
        and head.pos_ == "VERB"
        and len(doers := with_conjuncts(subject_of(head))) > 1
        and _others_acted_on(head, doers)
    )


# Verbs of harm done to someone in a fight, and the fights it is done in: "killed three
# rebels in a clash" (a raid or a bombing is a blow of its own: "killed Reyes in a bombing
# raid on a camp in Ecuador").
_HARMING = frozenset({"kill", "wound", "injure", "capture", "shoot"})
_CLASHES = frozenset({"clash", "battle", "gunfight", "firefight", "skirmish", "shootout"})


def _fight_a_harm_was_done_in(noun: Token) -> bool:
    """``noun`` is the clash in which the named doer harmed the verb's object ("Indonesian
    troops killed three rebels in a clash in North Aceh"): the killing's own fight, not a
    second one with the place for its side (but "Thai and Cambodian soldiers exchanged
    fire, killing two soldiers in the worst clash in months": the clash is the two sides')."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return False
    verb = noun.head.head
    return (
        noun.lemma_.lower() in _CLASHES
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in _HARMING
        and child_of(verb, "dobj") is not None
        and child_of(verb, "nsubj") is not None
    )


def _talk_spoken_in(noun: Token, pat: Pattern) -> bool:
    """``noun`` is a talk or call a verb is said in or after ("condemned the attack in a
    telephone conversation with Bayramov", "criticised Ankara during talks with Putin",
    "announced the agreement after a call with Netanyahu"): the speaker's own talk."""
    return pat.code[:2] == "04" and noun.dep_ == "pobj" and noun.head.lower_ in _SPOKEN_IN


# Verbs of taking a side or a stance in a fight others wage ("sided with", "stood by",
# "backed", "remained neutral in", "mediated in"); "took … sides" with its object.
_SIDING = {"side", "stand", "back", "support", "remain", "stay", "mediate"}
_SCENE_PREPS = frozenset({"in", "during"})


def _scene_of_a_side_taken(noun: Token, verb: Token) -> bool:
    """``noun`` is the fight told in an "in" or "during" phrase of a verb of taking a side:
    where the side is taken ("Turkey sided with Azerbaijan in the conflict with Armenia",
    "Egypt and Turkey took opposite sides in the war in Libya")."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ in _SCENE_PREPS and noun.head.head == verb):
        return False
    lemma = verb.lemma_.lower()
    taken = lemma == "take" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "side" for c in verb.children
    )
    return lemma in _SIDING or taken


def _named_owner(noun: Token) -> bool:
    """``noun`` has a possessor that is a name, not a pronoun: "Poland's withdrawal"."""
    owner = child_of(noun, "poss")
    return owner is not None and owner.pos_ != "PRON"


def _past_the_doer(noun: Token, preps: frozenset[str]) -> list[Token]:
    """The noun's own phrases the parser hung on its doer's: in "a visit by the Kenyan
    president to Beijing", "a march by students against the new law", "an attack by
    militants on the base" the place visited, the law and the base are the noun's, read as
    the president's, the students' and the militants'. (An "of" phrase there is the doer's
    own: "a visit by the president of Kenya".)"""
    own = preps - OF - BY_ONLY
    return [t for doer in prep_objects(noun, BY_ONLY) for t in prep_objects(doer, own)]


def _condemned_in_words(verb: Token) -> bool:
    """The clause ``verb`` heads says its subject is something a speaker condemns: "the
    attack on the checkpoint was unprovoked", "the sanctions are a crime". The speaker
    judges someone else's act (the judging is coded on its own); it is not theirs."""
    return verb.lemma_ in _BEING and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in CONDEMNING for c in verb.children
    )


def _does_harm(noun: Token, pat: Pattern, verb: Token, book: PatternBook) -> bool:
    """``noun``, an act of force (an attack, a strike, a bombing), is the subject of a verb of
    force the book codes on its own: "an attack on a checkpoint killed five soldiers, the
    ministry said". The act is told as the attack's own, with no doer named; the speaker
    only reports it (often the side that was hit), it is not whose attack it was."""
    return (
        noun.dep_ == "nsubj"
        and pat.code[:2] in VIOLENCE
        and any(p.code[:2] in VIOLENCE for p in book.verbs.get(verb.lemma_.lower(), ()))
    )


# Quarrels that are a stance only where a side is in one ("is locked in a row with Tokyo",
# "remains in a dispute with its neighbour", "embroiled in a feud with"): "settled its dispute
# with Uganda", "talks to end the row" tell no disapproval.
STANDING_QUARRELS = {"dispute", "row", "feud", "spat", "quarrel", "standoff", "stand-off"}


def _quarrel_not_stood_in(noun: Token) -> bool:
    """``noun`` is a quarrel no side is said to be in ("de-escalated its dispute with"; "the
    death toll has risen in the dispute with" puts a count in it, not a side)."""
    held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    return noun.lemma_.lower() in STANDING_QUARRELS and not (
        held is not None and (held.lower_ in TAKING_PART or held.lemma_.lower() in _BEING)
    )


# Verbs that make forces ready: a fight they are made ready "for" is their purpose, not a
# fight told ("massed troops for an offensive against the rebels"); the mobilization is the
# event, aimed at the foe (targets._aimed_at).
_MUSTERING = {
    "mobilize", "mobilise", "mass", "amass", "muster", "marshal", "assemble", "gather",
    "prepare", "ready",
}  # fmt: skip


def purpose_of_muster(noun: Token) -> bool:
    """``noun`` is a fight (:data:`FIGHTS`) that forces are mustered "for"."""
    return (
        noun.lemma_.lower() in FIGHTS
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and noun.head.head.lemma_.lower() in _MUSTERING
    )


# Nouns naming what one side asks of another: the acts listed as their items are asked for,
# not done ("a list of thirteen demands, among them the closure of Al Jazeera").
DEMAND_NOUNS = frozenset({"demand", "condition", "precondition", "request", "term"})
# Words that open a list of the items of the noun before them: "among them", "including",
# "such as", "like".
_LISTING = frozenset({"among", "including", "like", "as"})
_ITEM_PRONOUNS = frozenset({"them", "which", "these", "those"})


def _listing_word(lead: Token) -> Token | None:
    """The word that opens the list ``lead`` is the first item of: "including" in "including
    the closure", "among" in "among them the closure" (parsed on the item or before it)."""
    if lead.dep_ == "pobj" and lead.head.lower_ in _LISTING:
        word = lead.head
        if word.lower_ == "as" and (word.i == 0 or word.nbor(-1).lower_ != "such"):
            return None  # (only "such as"; "as" alone names what a thing is taken for)
        return word if word.lower_ != "as" else word.nbor(-1)
    among = next(
        (
            c
            for c in lead.children
            if c.dep_ == "prep"
            and c.lower_ == "among"
            and c.i < lead.i
            and any(o.lower_ in _ITEM_PRONOUNS for o in c.children)
        ),
        None,
    )
    return among


def item_of_a_demand(noun: Token) -> bool:
    """``noun`` is an item listed after a demand noun, an act asked for and not done: "handed
    Doha a list of thirteen conditions, among them the closure of the Al Jazeera network and
    the removal of the Turkish base", "demands including the release of the prisoners"."""
    lead = noun
    while lead.dep_ == "conj" and lead.head.pos_ in ("NOUN", "PROPN"):
        lead = lead.head
    word = _listing_word(lead)
    if word is None:
        return False
    # the nearest noun before the list, past a phrase of whom it is put to ("presented its
    # conditions to Kyiv, such as …"), not past a verb
    for before in reversed(word.doc[max(word.sent.start, word.i - 6) : word.i]):
        if before.pos_ in ("VERB", "AUX"):
            return False
        if before.lemma_.lower() in DEMAND_NOUNS:
            return True
    return False


def _sides_as_modifiers(tok: Token | None) -> bool:
    """``tok`` is people of two or more sides named by its joined modifiers ("U.S. and
    Russian negotiators returned to Geneva for talks", "Iranian and European diplomats")."""
    return tok is not None and any(
        c.dep_ in ("amod", "compound", "nmod") and c.conjuncts and names_someone(c)
        for c in tok.children
    )


_BETWEEN = frozenset({"between"})


def _deals_between(noun: Token) -> list[Token]:
    """The things in ``noun``'s "of" phrase that name their own parties "between": "the
    signing of a peace accord between the Colombian government and the FARC" (the accord is
    what is signed; the parties are the ones it is between)."""
    return [t for t in prep_objects(noun, OF) if any(True for _ in prep_objects(t, _BETWEEN))]


# Nouns of envoys called home: "the recall of its ambassador", "the withdrawal of its envoy".
_CALLING_HOME = frozenset({"recall", "withdrawal"})


def envoy_s_own_state(target: Token) -> bool:
    """``target`` is the "of" phrase of an envoy, which names the state that sent him: in
    "announced the recall of the ambassador of Spain in Buenos Aires" Spain recalls him and
    Buenos Aires, where he served, is the one it is aimed at."""
    of = target.head
    return (
        target.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in ENVOYS
        and any(prep_objects(of.head, _POSTS))
    )


_POSTS = frozenset({"in", "to", "at", "from"})


def named_as_between(noun: Token) -> list[Token]:
    """The predicate noun an act told as a subject is called, when it names the two sides
    with "between": "The bloody clash which occurred on 15 June in the Galwan valley has become
    the most serious crisis between India and China" (the clash was between them)."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in _BEING:
        return []
    called = child_of(noun.head, "attr")
    return [called] if called is not None and has_prep([called], _BETWEEN) else []


# What a plant, a ship or a city lets out: its release or discharge frees no one.
_LET_OUT = frozenset({
    "water", "wastewater", "effluent", "sewage", "waste", "steam", "smoke", "tritium",
    "radiation", "radioactivity",
})  # fmt: skip
_LETTING_OUT = frozenset({"release", "discharge"})


def matter_let_out(noun: Token) -> bool:
    """``noun`` is the release of water, waste or smoke: "the release into the sea of the
    treated water of the Fukushima Daiichi nuclear power plant" is no release of prisoners
    or property (084), whoever it angers."""
    if noun.lemma_.lower() not in _LETTING_OUT:
        return False
    return any(t.lemma_.lower() in _LET_OUT for t in prep_objects(noun, OF))


# Forces, their people and their gear, which an event noun before them sorts into a kind.
_FORCES_AND_GEAR = frozenset({
    "police", "policeman", "officer", "squad", "unit", "force", "troop", "team", "battalion",
    "brigade", "gear", "shield", "helmet", "vehicle", "van", "truck", "helicopter", "aircraft",
    "jet", "plane", "submarine", "boat", "drone", "rifle", "dog", "control",
})  # fmt: skip


def names_a_kind(noun: Token) -> bool:
    """``noun`` only sorts the force or gear it stands before into a kind: "riot police
    broke up the crowd", "attack helicopters flew over the town", "riot gear" (no riot, no
    attack)."""
    return (
        noun.dep_ == "compound"
        and noun.head.pos_ == "NOUN"
        and noun.head.lemma_.lower() in _FORCES_AND_GEAR
        and noun.i == noun.head.i - 1
    )


def noun_triples(sent: Span, book: PatternBook, consumed: set[int]) -> list[Triple]:
    """Nominal events: "sanctions on Russia", "talks between X and Y", "Putin's praise for"."""
    triples = []
    for noun in sent:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i in consumed:
            continue
        patterns = book.nouns.get(noun.lemma_.lower())
        if not patterns:
            continue
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "as"
            and noun.head.head.lemma_.lower() in TOPIC_VERBS
        ):
            continue  # "condemned the move as an aggression": a name for it, not an event
        if dedicated_to(noun):
            continue  # "the summit was to the war in Ukraine dedicated": its matter
        if _quarrel_not_stood_in(noun):
            continue
        if matter_let_out(noun):
            continue  # "the release of the treated water": water let out, no one freed
        if purpose_of_muster(noun):
            continue  # "mobilized reservists for the war against Ukraine": readied, not fought
        if _reason_of_coded(noun, book):
            continue  # "demanded his resignation over his remarks": the reason, no event
        if item_of_a_demand(noun):
            continue  # "a list of demands, among them the closure of the base": asked for
        if noun.lemma_.lower() in CUSTODY and noun.dep_ == "pobj" and noun.head.lower_ in _HELD_IN:
            continue  # "released the hostages into the custody of the Red Cross": who holds
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _RUNNING_OUT:
            continue  # "the arms embargo on Iran expired": a measure's end, not its making
        if at_a_standstill(noun):
            continue  # "the dialogue remains frozen": the tie told, no meeting of it
        if time_mark(noun):
            continue  # "the lowest point since the normalisation of 1965": a point of time
        if names_a_kind(noun):
            continue  # "riot police": police of a kind, no riot
        if posited_and_judged(noun):
            continue
        if _unsent_reaction(noun):
            continue
        modifiers = modifiers_of(noun)
        if figurative_fight(noun) or played(noun):
            continue  # "the trade war between Washington and Beijing": no force used
        # a particle split off a hyphenated noun: "a sit-in" read as "sit" + particle "in"
        modifiers |= {c.lower_ for c in noun.children if c.dep_ == "prt"}
        # who does it reads as a modifier: "the strike by teachers" is a teachers' strike
        modifiers |= {
            c.lemma_.lower()
            for c in (*prep_objects(noun, BY_ONLY), *(p for p in noun.children if p.dep_ == "poss"))
        }
        undone = list(prep_objects(noun, _UNDONE)) if noun.lemma_.lower() in _CHANGED else []
        undone += [p for u in undone if u.lemma_.lower() in _DEGREES for p in prep_objects(u, OF)]
        if noun.lemma_.lower() in _CARRIED:
            # "the delivery of 50 tonnes of food aid", "its gift of two patrol boats": what
            # is carried reads as a modifier ("an aid delivery", "a boat gift")
            carried = list(prep_objects(noun, OF))
            carried += [p for c in carried for p in prep_objects(c, OF)]
            modifiers |= {w for c in carried for w in (c.lemma_.lower(), *modifiers_of(c))}
        modifiers |= {p.lemma_.lower() for p in undone}  # "a suspension of aid": "aid suspension"
        modifiers |= _topics(noun)
        if attack_in_words(noun) or attack_by_one_person_on_another(noun):
            modifiers.add("verbal")  # "the attacks against Lula in the social network X"
        received = _received(noun)
        if received is None and endured(noun, noun.head):
            continue  # "the ties survived the nationalisation of YPF": its doer goes unnamed
        if _fire_as_criticism(noun, received):
            sender, receiver = received  # "came under fire from Rome over the remarks"
            triples.append(
                Triple(noun, FIRE_AS_CRITICISM, with_conjuncts(sender), (with_conjuncts(receiver),))
            )
            continue
        pair = _hyphen_pair(noun)  # "Trump-Putin summit"
        failed_talks = talks_broke_down(noun)
        for pat in patterns:
            if pat.obj and not pat.obj & modifiers:
                continue  # "hunger strike" is not an air strike
            if failed_talks and pat.code[:2] == "04":
                pat = replace(pat, code=FAILED_TALKS)  # noqa: PLW2901
            if pat.code[:2] == "04" and pair is None and appeal_call(noun):
                # "followed with similar calls": appeals, no talk between them (but "the
                # Trump-Putin call" names the two who talked)
                continue
            if pat.code[:2] in VIOLENCE and _fight_a_harm_was_done_in(noun):
                continue  # "killed three rebels in a clash in Aceh": one fight, told once
            # what is suspended or lifted is no event of its own ("cuts to aid for Egypt")
            consumed |= {p.i for p in undone if p.lemma_.lower() in pat.obj}
            if received is not None:  # "Iran faces pressure from the EU": the EU presses Iran
                sender, receiver = received
                triples.append(
                    Triple(noun, pat, with_conjuncts(sender), (with_conjuncts(receiver),))
                )
                break
            preps = pat.prep - {"obj", "-"} or (
                frozenset() if "-" in pat.prep else DEFAULT_NOUN_PREPS
            )
            # "announced the exit from the deal and the restoration of sanctions": a noun
            # joined to another stands where the first does
            lead = noun
            while lead.dep_ == "conj" and lead.head.pos_ in ("NOUN", "PROPN"):
                lead = lead.head
            if lead.dep_ in ("nmod", "compound") and any(c.dep_ == "prt" for c in lead.children):
                # "staged a sit-in outside parliament" split and read as a modifier of
                # "parliament": the noun stands where the phrase it modifies does
                lead = lead.head
            head = lead.head
            if lead.dep_ == "pobj" and head.dep_ == "prep":  # "left for talks with X"
                head = head.head
                if head.pos_ == "ADV" and head.dep_ == "advmod":
                    head = head.head  # "posed for photographers ahead of their talks"
                head = _past_the_time(head, pat)
            # "joined Lavrov for talks": the verb's object takes part with its subject
            partner = child_of(head, "dobj") if head.lemma_.lower() in _ALONGSIDE else None
            if partner is not None and partner.i == noun.i:
                partner = None
            leavers: list[Token] = []
            if not preps:
                targets: list[Token] = []
                between = False
            else:
                # "No talks were held between X and Y": the phrase may hang on the verb, or
                # on the noun's "of" object ("the donation of vaccines to Cambodia").
                held = (noun.dep_ in ("nsubjpass", "dobj") and not watched(noun)) or (
                    # "fighting erupted between X and Y", "talks took place between"
                    noun.dep_ == "nsubj" and noun.head.lemma_.lower() in HAPPENING
                )
                holders = [noun] + ([noun.head] if held else [])
                holders += named_as_between(noun)
                if visit_of_a_journey(noun, head):
                    holders.append(head)  # "came to Ankara on a two-day visit"
                holders += list(prep_objects(noun, OF))
                # "the exit from the agreement with Iran": the partner of the topic
                holders += list(prep_objects(noun, TOPIC_PREPS.get(noun.lemma_.lower(), _NONE)))
                targets = [t for h in holders for t in prep_objects(h, preps)]
                targets = [t for t in targets if t not in _deals_between(noun)]
                if pat.code == "161" and noun.lemma_.lower() in _CALLING_HOME:
                    targets = [t for t in targets if not envoy_s_own_state(t)]
                targets += _past_the_doer(noun, preps)
                about = claimed(noun) if pat.code[:2] == "11" else None
                if about is not None and about.pos_ != "PRON":
                    # "the accusation by Armenia that Azerbaijan had shelled villages": whom
                    # the charge is about
                    targets.append(about)
                if pat.code[:2] == "07":  # "an increase in funding to fight Ebola in Guinea"
                    targets = (
                        past_aid_given(targets, len(targets))[0]
                        or [p for p in aid_for(noun) if not aid_given(p)]
                        or aid_subject_for(noun)
                    )
                if not targets and pat.code[:2] in _CLAUSE_ROOTS:
                    # "Cuba's refusal to engage with the Colombian government", "its pledge
                    # to work with Manila": the party the noun's clause names
                    targets = clause_parties(noun)
                if not targets and pat.code[:2] in ASKING_ROOTS:
                    targets = asked_parties(noun)  # "Peru's call for Chile to withdraw"
                if noun.lemma_.lower() in _OF_LEAVER:
                    leavers = list(prep_objects(noun, OF))
                elif noun.lemma_.lower() in _OF_COMER:
                    leavers = [t for t in prep_objects(noun, OF) if coming_force(t)]
                # (only a place the noun itself is from: "the surrender of the rebel
                # commander to the army" may be read as the commander's own phrase)
                places = [t for t in targets if leavers and not leavers[0].is_ancestor(t)]
                if leavers and len(places) > len(leavers) and names_someone(leavers[0]):
                    targets = [t for t in places if t not in leavers]
                else:
                    leavers = []
                if not targets and noun.dep_ == "pobj" and noun.lemma_.lower() in MESSAGES:
                    # "told Erdogan in a phone call": the call was with the one told
                    told = child_of(head, "dobj", "dative") if head.pos_ == "VERB" else None
                    # ("told his Turkish counterpart Mevlut Cavusoglu": named by a modifier)
                    targets = (
                        [told]
                        if told is not None
                        and (
                            names_someone(told)
                            or any(
                                names_someone(c)
                                for c in told.children
                                if c.dep_ in ("amod", "compound", "appos")
                            )
                        )
                        else []
                    )
                if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
                    # "Syria was hit by Israeli airstrikes": the passive subject was struck
                    # ("a convoy of aid workers was hit by Israeli strikes in central Gaza":
                    # the convoy, not the place the strikes fell in)
                    struck = child_of(noun.head.head, "nsubjpass")
                    if struck is not None and all(t.head.lower_ in WHERE for t in targets):
                        targets = [struck]
                between = any(
                    c.lower_ == "between" for h in holders for c in h.children if c.dep_ == "prep"
                )
                joint = next((t for h in holders for t in prep_objects(h, OF) if t.conjuncts), None)
                if not between and joint is not None and pat.code[:2] in SYMMETRIC_ROOTS:
                    # translated: "the meeting of Lavrov and Cavusoglu", "talks of the foreign
                    # ministers of Russia and Turkey": a meeting of two is between them
                    between = True
                    targets = [joint]
                if (
                    pat.code[:2] == PROTEST_ROOT
                    and head.pos_ in ("VERB", "AUX")
                    and not is_time(noun)  # "filed a suit on March 28 against …"
                ):
                    # "staged a sit-in outside the office, protesting the quota system"; the
                    # side a protest is aimed at comes before the place it is held, even when
                    # the noun's own phrases named both ("staged sit-ins at Rabaa square for
                    # six weeks against the army")
                    aims = protest_aims(head, noun)
                    targets = aims + [t for t in targets if t not in aims]
            governor_subject = None
            if (guest := _guest_of(noun, head)) is not None:
                governor_subject = guest  # "would not receive Pence during a visit"
            elif (
                lead.dep_ in ("dobj", "nsubjpass", "pobj")
                and head.pos_ in ("VERB", "AUX")
                # "resigned after protests calling for his removal": not his protests (but
                # "said during talks with X" are his talks)
                and not (
                    noun.dep_ == "pobj"
                    and noun.head.lower_ in CIRCUMSTANCES
                    and pat.code[:2] in _UNOWNED_ROOTS
                    and not _possessed_by_pronoun(noun)  # "after his appeal to the UN"
                )
                and (
                    head.lemma_.lower() not in TOPIC_VERBS
                    # "condemned the attack in a telephone conversation with Bayramov": the
                    # talk the condemning is told in is the speaker's, not its topic
                    or _talk_spoken_in(noun, pat)
                    # "Denmark announced a suspension of aid", "Washington announced new
                    # sanctions on Tehran": announcing a measure is taking it
                    or (
                        head.lemma_.lower() in ANNOUNCING
                        and (noun.lemma_.lower() in _CHANGED or pat.code[:2] in _ENACTED_ROOTS)
                    )
                )
                and not _grievance(noun, head)
                # "watched the signing with the ministers of Russia and France": an onlooker's
                # act, not a side of the thing watched
                and not (lead.dep_ == "dobj" and head.lemma_.lower() in _ONLOOKING)
                # "pledged help for Aceh at a meeting in Tokyo": the stage of an act on others
                and not _stage_of_acts_on_others(noun, head, pat)
                # "the police had given permission for a demonstration in front of the
                # embassy of Turkey": a protest let or banned is not the authority's own
                and not (pat.code[:2] == PROTEST_ROOT and let_or_barred(noun, head))
                # "arrested a suspect in the killing", "expelled diplomats over the poisoning":
                # what is punished is someone else's act
                and not (
                    noun.dep_ == "pobj"
                    and noun.head.lower_ in _PUNISHED_FOR
                    and head.lemma_.lower() in PUNISHING
                )
                # "sided with Baku in the conflict with Armenia", "stood on opposite sides in
                # the war in Libya": the fighting a side is taken in is the scene, not the
                # side's own fighting
                and not (pat.code[:2] in VIOLENCE and _scene_of_a_side_taken(noun, head))
                # "severed ties with Israel over its offensive", "imposed sanctions over the
                # crackdown on protesters": what a move is made over is its reason, someone
                # else's act
                and not (noun.dep_ == "pobj" and noun.head.lower_ == "over")
                # "Trump responded to the new measures against Russia by …": what is answered
                # is someone else's act ("responded with sanctions on Turkey" stays his own)
                and not answered_act(noun, head)
                # "With the approval of the cabinet, the government agreed …": an opening
                # "with" phrase is a circumstance, not the subject's own act
                and not (
                    noun.dep_ == "pobj"
                    and noun.head.lower_ == "with"
                    and noun.head.i == noun.sent.start
                )
            ):
                governor_subject = subject_of(head)
            elif (enacted := _enacted_by(noun, pat)) is not None:
                governor_subject = enacted  # "signed a decree on economic measures against X"
            elif (
                lead.dep_ == "attr"
                and head.lemma_.lower() in _BEING
                and pat.code[:2] == "07"
                and not _possessed_by_pronoun(noun)
                and child_of(lead, "poss") is None
            ):
                # "the United States is the largest donor of aid to South Sudan": who the
                # giver is said to be (not "Germany became Ukraine's biggest donor")
                governor_subject = subject_of(head)
            elif pat.code[:2] in VIOLENCE and (claimer := claimer_of(noun)) is not None:
                governor_subject = claimer  # "IS claimed responsibility for the bombing"
            elif (
                noun.dep_ == "pobj"
                and noun.head.lower_ in ("in", "during")
                and pat.code[:2] == "04"
                and head.dep_ in ("nsubj", "nsubjpass")
                and head.pos_ in ("NOUN", "PROPN")
            ):
                # "Biden in a telephone conversation with Putin proposed a summit": the
                # phrase hung on the subject is the subject's own talk
                governor_subject = head
            elif noun.dep_ == "pobj" and head.pos_ == "ADJ" and head.lemma_ in DOER_ADJECTIVES:
                governor_subject = subject_of(head)  # "Iran is open to talks with the U.S."
            elif (
                noun.dep_ == "nsubj"
                and head.lemma_.lower() in _COMING_FROM
                and (origin := next(iter(prep_objects(head, FROM)), None)) is not None
            ):
                # "most cyber attacks against Russia come from the American territory": who
                # the place they come from names
                governor_subject = origin
            elif (
                noun.dep_ == "nsubj"
                and head.dep_ == "ccomp"
                and head.head.lemma_ in SPEECH
                and not has_prep([noun], frozenset({"of", "by"}))
                and not _does_harm(noun, pat, head, book)
                and not _condemned_in_words(head)
            ):
                # "Haley said the sanctions against Russia will remain": the speaker's side
                # (but "the arrival of American troops" is the troops')
                governor_subject = subject_of(head.head)
            # "Turkey and Russia are in talks over Syria": the parties are the subjects
            parties = (pat.code[:2] in _PARTNER_ROOTS or failed_talks) and (
                len(with_conjuncts(governor_subject)) > 1 or _sides_as_modifiers(governor_subject)
            )
            if (
                not targets
                and noun.lemma_.lower() in _VISITS
                and governor_subject is not None
                and noun.dep_ == "pobj"
                and noun.head.lower_ in CIRCUMSTANCES
                and next(prep_objects(noun, BY_ONLY), None) is not None
                and (host := _visited(head)) is not None
            ):
                # "released six Americans after a visit by a U.S. delegation": a visit by
                # someone, with no place named, was to the one whose act it is told beside
                targets = [host]
            if preps and not targets and pat.prep and pat.needs_target and not parties and not pair:
                continue
            heads = [t for h in targets[:1] for t in with_conjuncts(h)]
            agent = agent_of(noun) if not preps & BY else None
            if agent is not None and governor_subject is not None:
                # "refused a request from the minister": the minister asked the refuser
                triples.append(
                    Triple(noun, pat, with_conjuncts(agent), (with_conjuncts(governor_subject),))
                )
            elif between:  # "talks between X and Y", "talks between Russian and Ukrainian envoys"
                triples.append(Triple(noun, pat, tuple(heads), (), symmetric_pair=True))
            elif pair is not None:  # "Trump-Putin summit", "Israel-Hamas war"
                triples.append(Triple(noun, pat, pair, (), symmetric_pair=True))
            else:
                sources = (noun,) + with_conjuncts(governor_subject)
                if governor_subject is not None and (
                    # "Iraqi forces began their assault": "their" is the forces;
                    # "completed the withdrawal from Iraq": "from" is the target's side
                    _possessed_by_pronoun(noun) or ("from" in preps and has_prep([noun], FROM))
                ):
                    sources = sources[1:] + (noun,)
                doer = named_doer(noun)
                if doer is None and pat.code[:2] == "07" and "from" not in preps:
                    # "the assistance from South Korea": who gives it
                    doer = next(iter(prep_objects(noun, FROM)), None)
                if doer is None and noun.lemma_.lower() in _VISITS:
                    # "the visit of Chinese Foreign Minister Wang Yi to Canberra": whose visit
                    # the "of" phrase says when the place is named after "to" or "in"
                    doer = _visitor(noun)
                if doer is not None:  # "the arrest of Navalny by Russian police"
                    pat = by_protesting_doer(doer, pat)  # "blockade … by protesters"
                    sources = with_conjuncts(doer) + sources
                    # "the release of two guards by Russia followed talks": the one who
                    # acts is no target, even where the pattern takes a "by" phrase
                    targets = [t for t in targets if t.i != doer.i]
                elif leavers and governor_subject is None and not _named_owner(noun):
                    # "the withdrawal of Ethiopian troops from Somalia began" (but "Moscow
                    # completed the withdrawal of its forces" is Moscow's, and "Poland's
                    # withdrawal of troops" Poland's)
                    sources = with_conjuncts(leavers[0])
                if leavers and noun.lemma_.lower() in _OF_COMER:
                    pat = by_arrival_of(leavers[0], pat)  # peacekeepers keep the peace
                groups = tuple(with_conjuncts(h) for h in targets if not is_time(h))
                if partner is not None:
                    groups = (with_conjuncts(partner), *groups)
                primary = len(groups)
                if not groups and "-" in pat.prep:
                    groups = _unaddressed(noun, head)
                # "an increase in funding to fight Ebola in West Africa": where its purpose
                # takes the aid
                behind = (
                    purpose_parties([noun, *(p for p in prep_objects(noun, WHERE | OF))])
                    if pat.code[:2] in COOPERATION_ROOTS
                    else []
                )
                groups += tuple(with_conjuncts(h) for h in behind)
                triples.append(
                    Triple(
                        noun,
                        pat,
                        sources,
                        groups,
                        primary,
                        behind=frozenset(h.i for h in behind),
                    )
                )
            break
    return triples
