"""Who an event is done to: the target candidates of a verb, from its objects and prepositions,
its complement and purpose clauses, its conditions, and the owners of the things it acts on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from detente.actors.regions import described_states
from detente.actors.resolve import (
    MESSAGES,
    WAYS,
    body_applied_to,
    by_the_line,
    motive,
    on_the_way,
    thing_taken_up,
)
from detente.events.grammar import (
    BY_ONLY,
    IN,
    MOVING,
    NAMING_ENTITIES,
    OBJECT_PRONOUNS,
    RELATIVE,
    TO,
    WITH,
    child_of,
    clause_of,
    counted,
    final_clause,
    framing_clause,
    named_by_modifier,
    names_an_actor,
    names_someone,
    owned_bid_before,
    passive_after_active,
    passive_clause,
    posited_and_judged,
    prep_objects,
    reduced_passive,
    set_off,
    shares_passive,
    subject_of,
    undergone_by,
    with_conjuncts,
)
from detente.events.modality import (
    CONSEQUENCES,
    DESIGNED,
    OFFER_MARKS,
    SPEECH,
    which_gainsays,
)
from detente.events.patterns import Pattern
from detente.events.phrases import (
    CHARGING,
    CONDITIONS,
    CUSTODY,
    EDGES,
    FROM,
    OF,
    PARTICLE_PREPS,
    PLACE_NOUNS,
    PROVIDING,
    ROUTES,
    STRIKING,
    TRANSFER_VERBS,
    asked_for,
    carried,
    dative_object,
    flow_parties,
    has_prep,
    is_amount,
    is_time,
    objects_of,
    placed_in,
    shifted_object,
    sum_party,
    sums_up,
    topic_partners,
    worth_of,
)
from detente.events.readings import TROOPS
from detente.events.symmetry import DEAL_NOUNS
from detente.nlp.pipeline import GAINSAYING

_FOR = frozenset({"for"})
_NEARER = {"close", "closer", "near", "nearer"}
_LETTING = {"let", "allow", "permit", "help", "enable"}


# Spans of time that a phrase may be made of: "decades of neglect", "years of foolishness".
_SPANS = {"year", "decade", "century", "month", "week"}


FALLBACK_PREPS = frozenset(
    {
        "with",
        "to",
        "against",
        "on",
        "at",
        "toward",
        "towards",
        "into",
        "from",
        "over",
        "for",
        "of",
        "about",
        "along",
        "across",
        "near",
    }
)


_DIPLOMACY = {"01", "02", "04", "05"}
# Roots of cooperation (intent, consultation, diplomatic and material cooperation, aid,
# yielding): their counterpart is never the common enemy "against" someone.
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
WHERE = frozenset({"in", "inside", "within", "outside"})
_TOPIC_PREPS = frozenset({"on", "about", "over"})
_WORKING_TOGETHER = {"03", "05", "06"}  # intent to cooperate, diplomatic and material


BY = frozenset({"from", "by"})
_RECIPIENT = frozenset({"to", "into"})
_GIVEN_BACK = {"back", "over"}
_TOWARD = frozenset({"toward", "towards"})
_IMPOSED_ON = frozenset({"on", "against"})
# Verbs of helping whose complement names whom the help is for ("helped to feed refugees").
_HELPING = {"help", "assist"}
# Acts done against their object: "helped detain the tanker" helps no one it names (the
# helper takes part in the act; extract: joined_against).
AGAINST = {
    "detain", "arrest", "capture", "seize", "attack", "strike", "bomb", "kill", "fight",
    "defeat", "expel", "deport", "hunt", "track", "intercept", "sink", "destroy", "sanction",
    "isolate", "punish", "block", "board", "raid",
}  # fmt: skip


# Acts of bringing sides together: "helped broker the deal between Ethiopia and Eritrea" is
# the mediation, no aid to either side.
BROKERING = {"broker", "mediate", "negotiate", "arrange", "facilitate", "secure", "forge"}


def joined_against(verb: Token) -> bool:
    """``verb`` is "helped" with an act against someone, or with a brokering between sides,
    and no one helped: "Royal Marines helped detain the tanker" is the detention, "helped
    broker the deal" the mediation, no aid."""
    act = child_of(verb, "xcomp") if verb.lemma_.lower() in _HELPING else None
    return (
        act is not None
        and act.lemma_.lower() in AGAINST | BROKERING
        and child_of(verb, "dobj") is None
    )


# What is discussed is a topic, never the counterpart: "discussed the war in Syria".
_DISCUSSING = {"discuss", "debate", "review", "examine", "explore", "address"}
# Verbs of accusing: "accused X of Y", "blamed X for Y", "charged X with Y".
_ACCUSING = {"accuse", "blame", "charge", "suspect", "fault"}
# Verbs that lay the blame for an act "on" someone: "blamed the blast on Kurdish militants".
_BLAMING = {"blame", "pin"}
_ON = frozenset({"on", "upon"})
# Verbs of asking: who is asked may be "from"/"of" someone, not the direct object.
_ASKING = {"demand", "request", "seek", "expect", "want", "require", "ask"}
# Nouns for something said or sent whose "from"/"by" phrase names who said or sent it.
MESSAGE_NOUNS = {
    "request", "call", "demand", "appeal", "offer", "invitation", "proposal", "plea", "bid",
    "ultimatum", "order", "warning", "overture", "initiative", "suggestion", "petition",
    "application", "letter", "message", "complaint", "protest", "challenge",
}  # fmt: skip


# Nouns for a course of action proposed or turned down: "the plan is unacceptable", "called
# the terms a humiliation".
PLAN_NOUNS = {"plan", "idea", "deal", "terms", "condition", "draft", "resolution", "scheme"}


def agent_of(noun: Token | None) -> Token | None:
    """Who sent the message ``noun`` names: "a request from the minister" → minister."""
    if noun is None or noun.lemma_.lower() not in MESSAGE_NOUNS:
        return None
    return next(iter(prep_objects(noun, BY)), None)


# Criticism rejected or answered is its critic's: "rejected U.S. criticism of the operation".
_CRITICISMS = {"criticism", "condemnation", "censure", "rebuke", "attack", "charge", "accusation"}


def _message_owner(noun: Token | None, any_kind: bool = False) -> Token | None:
    """Who made the call, claim or offer ``noun`` names, by its possessor: "ruled out the
    opposition's call for early elections" (the opposition), "refused the EU demand" (EU).
    ``any_kind``: whatever the noun ("voted down the prime minister's deal")."""
    if noun is None or not (any_kind or noun.lemma_.lower() in MESSAGE_NOUNS | CLAIM_NOUNS):
        return None
    return next(
        (
            c
            for c in noun.children
            if (c.dep_ == "poss" and c.pos_ != "PRON")
            or (
                # ("the NATO membership bids of Sweden": NATO is applied to, not the owner)
                not body_applied_to(c, noun)
                and (
                    (c.dep_ == "compound" and c.pos_ == "PROPN" and not _same_name(c, noun))
                    or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))  # "French criticism"
                )
            )
        ),
        None,
    )


def _same_name(part: Token, noun: Token) -> bool:
    """``part`` is an earlier word of the one name ``noun`` ends: "South" of "South Africa",
    "United" of "the United States" (no owner of a thing called Africa)."""
    doc = noun.doc
    return (
        part.i < noun.i
        and part.ent_iob_ in ("B", "I")
        and all(t.ent_iob_ == "I" for t in doc[part.i + 1 : noun.i + 1])
    )


def _made(clause: Token) -> bool:
    """A relative clause whose object is the noun it describes ("the list that the embassy
    handed out"), not one that says what happens under it ("a memorandum under which police
    will remove the militia")."""
    direct = child_of(clause, "dobj")
    if direct is not None:
        return direct.lower_ in ("that", "which")
    return not any(
        p.lower_ in ("which", "whom")
        for prep in clause.children
        if prep.dep_ == "prep"
        for p in prep.children
    )


def _named_people(tok: Token) -> bool:
    """People or forces a named modifier says whose they are: "by the rival Sudanese
    generals", "by Chinese coast guard ships" (not "by phone", "by a narrow margin")."""
    return tok.pos_ == "NOUN" and named_by_modifier(tok)


# Participles that tell who stands behind a thing another made: "a plan backed by the OAU".
_BACKING = frozenset({"back", "support", "endorse", "welcome", "favour", "favor", "champion"})


def doer_of(noun: Token | None, verb: Token) -> Token | None:
    """Who did what ``noun`` names, by its "by" phrase: "condemned the seizure of a tanker by
    Iran" (Iran), "rejected an appeal filed by his lawyers" (the lawyers). A "by" parsed on
    the active verb that takes ``noun`` counts when it names someone ("condemned the attack
    on its embassy by NATO")."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    holders = [verb] if child_of(verb, "nsubjpass", "auxpass") is None else []
    holders.append(noun)
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "an appeal filed by"
            # (not a go-between: "a grain deal brokered by Turkey" is Russia's and Ukraine's)
            # (nor a backer when the thing names its own maker: "rejected an Ethiopian peace
            # plan backed by the OAU" is aimed at Ethiopia)
            backer = child.lemma_.lower() in _BACKING and _message_owner(noun, True) is not None
            if child.lemma_.lower() not in _CONVENING and not backer:
                holders.append(child)
        elif child.dep_ == "prep":  # "the seizure of a tanker by", "the attack on X by"
            holders += [p for p in child.children if p.dep_ == "pobj"]
    agents = (a for holder in holders for a in prep_objects(holder, BY_ONLY))
    found = next((a for a in agents if names_someone(a) or _named_people(a)), None)
    if found is None:
        # "rejected a list of grievances that the Chinese embassy had handed out": the one
        # who made the thing, subject of a relative clause on it
        things = [noun, *(h for h in holders if h.dep_ == "pobj" and h.head.head.i == noun.i)]
        found = next(
            (
                subject
                for thing in things
                for clause in thing.children
                if clause.dep_ == "relcl" and _made(clause)
                for subject in (child_of(clause, "nsubj"),)
                if subject is not None and subject.pos_ != "PRON" and names_someone(subject)
            ),
            None,
        )
    return found


# Nouns for what is said of someone: their clause's subject is who it is said of.
CLAIM_NOUNS = {
    "claim", "allegation", "accusation", "report", "charge", "suspicion", "rumour", "rumor",
    "assertion", "evidence", "complaint",
}  # fmt: skip


# Nouns for a hope or worry about someone: "expressed hope that Iran would return to the
# talks" is about Iran, "voiced concern that Russia is massing troops" about Russia.
ATTITUDE_NOUNS = {
    "hope", "concern", "fear", "worry", "confidence", "optimism", "belief", "doubt",
    "expectation", "assurance", "satisfaction", "regret", "anger", "dismay", "disappointment",
    "frustration", "outrage", "alarm", "skepticism", "scepticism", "conviction",
}  # fmt: skip


# Nouns for a thing known to be so, whose "that" clause tells it: "opposes the fact that
# Mongolia let the Dalai Lama visit" is about Mongolia, "welcomed the news that Seoul had
# lifted the ban" about Seoul.
FACT_NOUNS = {"fact", "news"}


def claimed(noun: Token) -> Token | None:
    """Whom a claim is about: "an investigation into claims that two servicemen abused
    children" is into the servicemen; "expressed hope that Iran would return" is about Iran;
    "dissatisfaction with the fact that Mongolia let him visit" is with Mongolia."""
    if noun.lemma_.lower() not in CLAIM_NOUNS | MESSAGE_NOUNS | ATTITUDE_NOUNS | FACT_NOUNS:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")), None)
    return child_of(clause, "nsubj", "nsubjpass") if clause is not None else None


def _joined_after(verb: Token) -> Token | None:
    """The verb joined right after ``verb`` whose object and phrases are both verbs' ("donated
    and delivered goods to Iraq", "trained and equipped Ukrainian troops"): ``verb`` has no
    object of its own, the next verb no subject of its own."""
    if any(c.dep_ in ("dobj", "dative", "prep", "ccomp", "xcomp") for c in verb.children):
        return None
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if joined is None or child_of(joined, "nsubj", "nsubjpass") is not None:
        return None
    between = verb.doc[verb.i + 1 : joined.i]
    if not all(t.dep_ in ("cc", "advmod", "punct") for t in between):
        return None  # ("personally" may stand between: "donated and personally delivered")
    return joined


def _object_gap(verb: Token) -> Token | None:
    """The noun a relative clause is about when it is the clause's object ("Americans it
    accuses of crimes", "the officials they blame"): the clause has a subject of its own and
    no object."""
    if verb.dep_ != "relcl":
        return None
    # (any object of its own: "said in a letter to the Council that Eritrea had sent troops",
    # a told clause the parser hung on the letter with "that" as a second object)
    if any(c.dep_ in ("dobj", "dative") and c.lower_ not in RELATIVE for c in verb.children):
        return None
    subject = child_of(verb, "nsubj")
    if subject is None or subject.lower_ in RELATIVE or _relative_in_phrase(verb):
        return None
    return verb.head


def _relative_in_phrase(clause: Token) -> bool:
    """The relative pronoun of ``clause`` is the object of one of its prepositions: the noun
    is where or by what the act was told ("adopted a declaration, in which it demanded from
    Russia to withdraw its troops"), not what the act was done to."""
    return any(
        p.dep_ == "pobj" and p.lower_ in ("which", "whom")
        for prep in clause.children
        if prep.dep_ == "prep"
        for p in prep.children
    )


# Purposes that name whom something given is for ("to support refugees"); "sent jets to
# destroy Syria's reactor" names no beneficiary.
HELPING = {
    "support", "help", "assist", "aid", "promote", "meet", "fund", "finance", "rebuild",
    "reconstruct", "develop", "improve", "strengthen", "feed", "relieve", "alleviate", "ease",
    "boost", "benefit", "serve", "protect", "treat", "house", "shelter", "resettle", "sustain",
    "bolster", "stabilize", "stabilise", "empower", "respond", "address", "cover", "care",
}  # fmt: skip


def purposes_of(giver: Token) -> list[Token]:
    """The helping purpose clauses of a verb of giving ("sent food to feed refugees"); the
    purpose may hang on what is given ("provided 15 million pounds to help Mozambique")."""
    given = child_of(giver, "dobj")
    clauses = [c for c in giver.children if c.dep_ in ("advcl", "xcomp")]
    clauses += [c for c in given.children if c.dep_ in ("acl", "relcl")] if given else []
    return [
        c
        for c in clauses
        if c.lemma_.lower() in HELPING
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def _beneficiaries(verb: Token, comp: Token | None) -> list[Token]:
    """Whom aid is for, named by its purpose: "provided $1.7 billion to support Syrian
    refugees", "gave 350 million euros to promote development in Ethiopia" (the money given
    is no target)."""
    giver = next((h for h in (comp, verb) if h is not None and h.lemma_ in TRANSFER_VERBS), None)
    if giver is None:
        return []
    found = []
    for purpose in purposes_of(giver):
        found.extend(c for c in purpose.children if c.dep_ == "dobj")
        # "to help Mozambique recover": whom the help is for, parsed as the subject; "to help
        # rebuild Gaza": what the help is for
        found.extend(
            s
            for c in purpose.children
            if c.dep_ in ("ccomp", "xcomp")
            for s in c.children
            if (s.dep_ == "nsubj" or (s.dep_ == "dobj" and c.dep_ == "xcomp")) and s.pos_ != "PRON"
        )
        found.extend(prep_objects(purpose, FALLBACK_PREPS | WHERE))
    return found


# Verbs of contact whose purpose clause is addressed to whom they contact: "called Erdogan to
# express condolences", "met Abbas to convey his support", "summoned the envoy to protest",
# "spoke with the crown prince to demand answers".
_CONTACT = {
    "call", "phone", "telephone", "ring", "dial", "meet", "visit", "receive", "host",
    "summon", "write", "contact", "see", "speak", "talk", "confer",
}  # fmt: skip


def _contacted(verb: Token) -> Token | None:
    """Whom the contact verb governing ``verb``'s purpose clause reached, if any."""
    head = verb.head
    if (
        verb.dep_ not in ("advcl", "xcomp")
        or head.lemma_.lower() not in _CONTACT
        or not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    ):
        return None
    own = child_of(verb, "dobj")
    if own is not None and (
        own.pos_ == "PROPN"
        or own.ent_type_ in NAMING_ENTITIES
        or any(names_someone(c) for c in own.children if c.dep_ in ("amod", "compound"))
    ):
        # "visit Russia to meet Putin", "spoke to the Assembly to condemn the Israeli
        # attacks": the act names its own counterpart
        return None
    # "called Bashir on Saturday to express …" is often parsed as naming ("called X Y")
    reached = child_of(head, "dobj", "oprd") or next(iter(prep_objects(head, _TO_OR_WITH)), None)
    return reached if reached is not None and not is_time(reached) else None


# Exchanges one has with someone: what is said in them is said to the other party ("in a
# phone call with Netanyahu, Biden urged …", "during a meeting with Lula, Xi praised …").
_EXCHANGES = {"meeting", "talk", "discussion", "consultation", "summit", "videoconference"}
_IN_DURING = frozenset({"in", "during"})


def _message_addressee(verb: Token) -> Token | None:
    """Whom the message or exchange that frames ``verb`` went to: "sent Putin a letter in
    which he expressed regret" (Putin), "in a message to Xi, Biden congratulated …" (Xi), "in
    a call with Netanyahu, Biden discussed …" (Netanyahu); not when the act names its own
    counterpart."""
    own = child_of(verb, "dobj")
    # "congratulated the Chinese people"; "in a letter to Guterres condemned the action of
    # America": the act's own phrase names whom it is aimed at
    phrase = (own, *own.children, *prep_objects(own, OF)) if own is not None else ()
    if any(names_someone(t) for t in phrase if t.dep_ != "conj"):
        return None
    said_in = MESSAGES | _EXCHANGES
    if verb.dep_ == "relcl":
        message = verb.head
    else:
        message = next(
            (m for m in prep_objects(verb, _IN_DURING) if m.lemma_.lower() in said_in), None
        )
    if message is None or message.lemma_.lower() not in said_in:
        return None
    addressee = next(iter(prep_objects(message, TO | WITH)), None)
    if addressee is None and message.dep_ == "dobj":  # "sent (to) Putin a letter"
        sender = message.head
        addressee = child_of(sender, "dative") or next(iter(prep_objects(sender, TO)), None)
        if addressee is not None and addressee.pos_ == "ADP":
            addressee = child_of(addressee, "pobj")
    return addressee if addressee is not None and names_someone(addressee) else None


def _motive(tok: Token, code: str) -> bool:
    """``tok`` heads a phrase saying why it was done ("attacked a base in retaliation for
    Saudi airstrikes"; a measure's "over": "imposed sanctions over the Rohingya crisis"):
    whom the motive names is no target (a strike or protest "over" a plan is against it)."""
    over = code[:2] in MEASURE_ROOTS and tok.dep_ == "pobj" and tok.head.lower_ == "over"
    return (motive(tok) or over) and not names_someone(tok)


MEASURE_ROOTS = frozenset({"16", "17"})  # sanctions, embargoes, curfews, lockdowns, bans

# Nouns of "in solidarity with X": the side an act is done beside, not to.
_STANDING_BY = {"solidarity", "sympathy", "unity", "unison"}


def stood_by(tok: Token, code: str) -> bool:
    """``tok`` is the side a hostile act is done in solidarity with, wherever the parser hung
    the "with" ("Bahrain recalled its ambassador from Doha in solidarity with Saudi Arabia":
    Qatar is the target, Saudi Arabia the ally)."""
    if code[:2] in COOPERATION_ROOTS or code[:2] in _DIPLOMACY:
        return False  # ("sent rescuers in solidarity with Turkey": whom they help)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with" or prep.i < 2:
        return False
    stance = prep.head if prep.head.lemma_.lower() in _STANDING_BY else prep.doc[prep.i - 1]
    return stance.lemma_.lower() in _STANDING_BY and stance.head.lower_ == "in"


_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_BESIDE = frozenset({"beside", "alongside"})
# Blows and fighting: whose side a fighter is on is his ally in them.
_FIGHTING_ROOTS = frozenset({"18", "19", "20"})


def fought_on_side(tok: Token, code: str) -> bool:
    """``tok`` names the side a fighter fights on ("mercenaries have been fighting on the
    warlord's side", "volunteers fought on the side of the rebels"): an ally in the fight,
    not whom the blows are aimed at. ``tok`` is that "side" or the one who owns it."""
    if code[:2] not in _FIGHTING_ROOTS:
        return False
    side = tok
    if tok.dep_ == "poss":
        side = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of":
        side = tok.head.head
    elif not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
        return False  # ("killed five soldiers on the Ukrainian side": whose losses)
    return side.lower_ == "side" and side.dep_ == "pobj" and side.head.lower_ == "on"


def _side_kept(tok: Token) -> bool:
    """``tok`` is the side in "at his side", "by her side": a place beside someone."""
    return (
        tok.lower_ == "side"
        and tok.dep_ == "pobj"
        and tok.head.lower_ in {"at", "by"}
        and any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in tok.children)
        and not any(c.dep_ == "prep" for c in tok.children if c.lower_ == "of")
    )


def at_ones_side(tok: Token) -> bool:
    """``tok`` is company the doer keeps, named by "with" and set at the doer's side ("Abe
    called the launch intolerable with Trump at his side", "with her foreign minister beside
    her"): who stood there, not whom the act was aimed at."""
    if _side_kept(tok):
        return True  # (the side itself: "at his side")
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    doc = tok.doc
    after = [t.lower_ for t in doc[tok.right_edge.i + 1 : tok.right_edge.i + 4]]
    if after[:1] and after[0] in _BESIDE:
        return len(after) > 1 and after[1] in {"him", "her", "them"}
    return (
        len(after) == 3
        and after[0] in {"at", "by"}
        and after[1] in _POSSESSIVES
        and (after[2] == "side")
    )


# Reactions to an act (criticism, appeals, praise, demands, accusations, rejections): aimed
# at whoever did it.
_REACTIONS = frozenset({"01", "02", "05", "10", "11", "12"})
# Acts done for the people named (aid, rescue, evacuation): they are the recipients, and
# whoever did something to them is not ("rescued 20 women held by Boko Haram militants",
# "flew out civilians wounded by the shelling").
_FOR_THE_PEOPLE = frozenset({"07"})


def _helped_people(direct: Token | None, pat: Pattern) -> bool:
    """The act helps the people its object names, who are its recipients themselves (not the
    one by whom they were held, hurt or driven out)."""
    return direct is not None and pat.code[:2] in _FOR_THE_PEOPLE and names_someone(direct)


def _teller(thing: Token | None) -> Token | None:
    """Who did the act ``thing`` names, by the relative clause that tells it: "rejected the
    blockade that Saudi Arabia imposed on it" (Saudi Arabia); not a pronoun."""
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    for told in (c for c in thing.children if c.dep_ == "relcl"):
        doer = child_of(told, "nsubj")
        if doer is not None and names_someone(doer) and doer.lower_ not in RELATIVE:
            return doer
    return None


def _asides(verb: Token) -> list[Token]:
    """Participles set off after ``verb``'s object that only describe it ("a painting,
    missing since 1943, …"): no subject or object of their own."""
    obj = child_of(verb, "dobj")
    if obj is None:
        return []
    return [
        c
        for holder in (verb, obj)
        for c in holder.children
        if c.dep_ in ("advcl", "acl")
        and c.tag_ in ("VBG", "VBN")
        and c.i > obj.i
        and child_of(c, "nsubj", "nsubjpass", "dobj") is None
    ]


_UNTIL = {"until", "unless", "till", "before"}
_REFUSING = {"refuse", "decline"}
_TO_OR_WITH = frozenset({"to", "with"})
# Phrases that set a refusal against what others asked for: "despite calls from …",
# "notwithstanding objections by …", "in defiance of …", "in the face of pressure from …".
_DESPITE = frozenset({"despite", "notwithstanding"})
_FACING = {"defiance", "face", "disregard"}
# What others ask a refusal to give in to (with the message nouns): its sender is aimed at.
_PRESSING = {"pressure", "urging", "insistence", "objection", "entreaty"}


def defied(verb: Token, comp: Token | None) -> list[Token]:
    """Whoever asked for what a refusal turns down, by the phrase it is set against:
    "refused to step down despite calls from the prime minister's allies" (the allies),
    "declined to resign despite pressure from the governor", "refused to withdraw in
    defiance of the African Union". A refusal is aimed at whoever it defies."""
    asked = []
    for holder in (h for h in (verb, comp, child_of(verb, "xcomp")) if h is not None):
        asked.extend(prep_objects(holder, _DESPITE))
        for face in prep_objects(holder, IN):
            if face.lemma_.lower() in _FACING:
                asked.extend(prep_objects(face, OF))
    found = []
    for thing in asked:
        if thing.lemma_.lower() in MESSAGE_NOUNS | _PRESSING:
            sender = agent_of_any(thing) or _message_owner(thing, any_kind=True)
            found.extend([sender] if sender is not None and sender.pos_ != "PRON" else [])
        elif names_someone(thing) or named_by_modifier(thing):
            found.append(thing)
    return found


# An act done at someone's request or invitation, or in answer to their appeal, is done for
# them: "sent firefighting planes at the request of Greece", "developed the course following
# an invitation from the Nigerian government", "responding to an appeal from Serbia, Italy
# shipped wheat", "in response to Sudan's demands, India freed the sailors", "under pressure
# from Washington, Ankara reopened the crossing". (The sibling of ``defied``: there a refusal
# turns down what someone asked, here an act grants it.)
_REQUESTS = {
    "request", "invitation", "appeal", "call", "plea", "demand", "urging", "behest", "bidding",
    "pressure", "entreaty", "petition", "insistence",
}  # fmt: skip
# Nouns and participles that set an act as an answer: "in response to", "acting on".
_AN_ANSWER = {"response", "answer", "reply"}
_HEEDING = {"respond", "answer", "heed", "act", "follow", "accept"}
_ASKED_BY = frozenset({"from", "by", "of"})


def _answer_phrases(holder: Token) -> list[Token]:
    """The nouns a verb's own phrases and answering participles name: "at the request",
    "following an invitation", "responding to an appeal", "heeding calls"."""
    things = [p for prep in holder.children if prep.dep_ == "prep" for p in prep.children]
    for clause in holder.children:
        if clause.dep_ == "advcl" and clause.lemma_.lower() in _HEEDING:
            things += [c for c in clause.children if c.dep_ == "dobj"]
            things += [p for prep in clause.children if prep.dep_ == "prep" for p in prep.children]
    things = [t for t in things if t.dep_ in ("pobj", "dobj")]
    return [
        q for t in things for q in (prep_objects(t, TO) if t.lemma_.lower() in _AN_ANSWER else (t,))
    ]


# Nouns of asking an act is done at: "at the request of", "upon the invitation of", "at the
# behest of".
_ASKED_AT = frozenset({"at", "upon", "on"})
_ASKINGS = frozenset({"request", "invitation", "behest", "bidding", "urging", "initiative"})


def asked_at(noun: Token) -> bool:
    """``noun`` is the request or invitation an act is done at ("the Security Council met at
    the request of the United States"): a circumstance of the act, never its object (the
    council met no request, 083; it met at one)."""
    return noun.dep_ == "pobj" and noun.lemma_.lower() in _ASKINGS and noun.head.lower_ in _ASKED_AT


# A meeting is held with whoever invited its side, not with whoever asked for it: "visited
# Dhaka at the invitation of Hasina" (the host), "the Security Council met at the request of
# the United States" (a member that asked the council to sit, not a side it met).
_INVITATIONS = frozenset({"invitation"})
_CONSULT = "04"


def _asker_of_meeting(phrase: Token) -> bool:
    """``phrase`` names who asked for the act (or is the asking), not who invited to it:
    "discussed the crisis at the request of Washington" (whom a meeting is at the request of
    sits in it as one more member, if at all; its host invites)."""
    asking = phrase.head.head if phrase.head.lower_ in _ASKED_BY else phrase
    return phrase.dep_ == "pobj" and asked_at(asking) and asking.lemma_.lower() not in _INVITATIONS


def answered(verb: Token, comp: Token | None, meeting: bool = False) -> list[Token]:
    """Whoever asked for or invited the act: the owner or "from/by/of" phrase of the request
    the act is done at, following or in response to (never a pronoun, which may be the one
    acting); for a ``meeting``, whoever invited it only."""
    asks = _INVITATIONS if meeting else _REQUESTS
    found = []
    for holder in (h for h in (verb, comp) if h is not None):
        for thing in _answer_phrases(holder):
            if thing.lemma_.lower() not in asks:
                continue
            sender = _message_owner(thing, any_kind=True) or next(
                iter(prep_objects(thing, _ASKED_BY)), None
            )
            if sender is not None and sender.pos_ != "PRON":
                found.append(sender)
    return found


# Verbs of leaving a body or post, whose participle may restate a resignation.
_LEAVING = {"leave", "quit", "exit", "abandon", "desert"}
# Giving way and intents to (resigning, stepping down, agreeing to resign or withdraw).
_GIVING_WAY = frozenset({"03", "08"})


def left_behind(verb: Token, comp: Token | None) -> list[Token]:
    """The body a participle of leaving after the act names ("agreed to resign, leaving the
    cabinet", "resigned on Monday, quitting the coalition government"): the act is done to
    it, as "resigned from the cabinet" is."""
    holders = [h for h in (verb, comp, child_of(verb, "xcomp")) if h is not None]
    return [
        left
        for holder in holders
        for part in holder.children
        if part.dep_ in ("advcl", "xcomp")
        and part.tag_ == "VBG"
        and part.lemma_.lower() in _LEAVING
        and child_of(part, "nsubj") is None
        for left in (child_of(part, "dobj"),)
        if left is not None and left.pos_ != "PRON"
    ]


def agent_of_any(noun: Token) -> Token | None:
    """Who a call, demand or pressure comes from, by its "from"/"by" phrase."""
    return next(iter(prep_objects(noun, BY)), None)


def _held_until(verb: Token, comp: Token | None) -> list[Token]:
    """Who must act first when a refusal holds until they do: "will not lift the embargo
    until Cuba frees prisoners", "refused to end the strike until the company raises pay"
    (a refusal aimed at Cuba, the company); not a pronoun, which may be the one refusing."""
    refused = any(c.dep_ == "neg" for c in verb.children) or verb.lemma_.lower() in _REFUSING
    if not refused:
        return []
    return _clause_subjects((verb, comp), _UNTIL)


def _clause_subjects(holders: Iterable[Token | None], marks: frozenset[str]) -> list[Token]:
    """The subjects of the adverbial clauses of ``holders`` opened by one of ``marks`` and of
    the clauses joined to them, which the mark opens as well ("until the pay rules are
    changed and the health minister resigns"), not pronouns (often the one refusing or
    threatening). Subjects that name someone come before things ("the minister" before "the
    pay rules"): a condition is held over a party."""
    subjects = [
        subject
        for holder in holders
        if holder is not None
        for clause in holder.children
        if clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)
        for joined in (clause, *(c for c in clause.conjuncts if c.pos_ in ("VERB", "AUX")))
        for subject in (_condition_party(joined),)
        if subject is not None and subject.pos_ != "PRON"
    ]
    return sorted(subjects, key=lambda s: not (names_someone(s) or named_by_modifier(s)))


_FOUND_OUT = {"confirm", "prove", "establish", "show", "find", "turn", "emerge", "transpire"}


def _condition_party(clause: Token) -> Token | None:
    """Who a condition clause is about: its subject; when that is an empty "it" ("if it is
    confirmed that the journalist was killed by Saudi Arabia", "if it turns out that Iran
    supplied the drones"), the doer of the act found out, the "by" agent of a passive before
    its subject."""
    subject = child_of(clause, "nsubj", "nsubjpass")
    if subject is None or subject.lower_ != "it" or clause.lemma_.lower() not in _FOUND_OUT:
        return subject
    found = child_of(clause, "ccomp")
    if found is None:
        return subject
    agents = [a for a in prep_objects(found, BY_ONLY) if names_someone(a)]
    return agents[0] if agents else child_of(found, "nsubj", "nsubjpass")


THREAT_ROOT = "13"
# What a threat says will follow, and for whom: "warned of grave consequences for Ankara".
_FOR_WHOM = frozenset({"for"})
_RELATIONS = {"relation", "relationship", "tie"}


def _consequences_for(verb: Token, clause: Token | None) -> list[Token]:
    """Whom a threat of consequences names: "warned of serious consequences for Turkey",
    "warned that the attack will have consequences for Seoul"; for relations, the other side
    of them ("consequences for the relations with Turkey": Turkey)."""
    nouns = [o for o in prep_objects(verb, OF) if o.lemma_.lower() in CONSEQUENCES]
    for holder in (verb, clause):
        direct = child_of(holder, "dobj") if holder is not None else None
        if direct is not None and direct.lemma_.lower() in CONSEQUENCES:
            nouns.append(direct)
    found = []
    for whom in (w for noun in nouns for w in prep_objects(noun, _FOR_WHOM)):
        if whom.lemma_.lower() in _RELATIONS:
            found.extend(prep_objects(whom, WITH))
        elif whom.pos_ != "PRON":
            found.append(whom)
    return found


SHOW_OF_FORCE = "150"  # a demonstration of military force
_COMPLAINT = "114"
_ABOUT = frozenset({"over", "about", "at", "regarding"})
_CONDITION_MARKS = OFFER_MARKS  # "if", "unless", "until" and inverted ones ("Should X …")
# Threats, sanctions, coercion and force: held over whoever must meet their condition.
_CONDITIONED_ROOTS = frozenset({"13", "16", "17", "18", "19", "20"})
_PARTY_ON = frozenset({"to", "on", "against", "toward", "towards"})


def _conditioned_on(verb: Token, comp: Token | None) -> list[Token]:
    """The subject of the condition clause of a threat ("… if the government fails to pay",
    "… unless Kyiv withdraws"), once whom the act threatened would hit has been named: not
    when the act names its own side ("threatened to strike Western capitals if NATO lets
    Kyiv …", "to shell government positions unless the army …")."""
    struck = child_of(comp, "dobj") if comp is not None else None
    if (
        struck is not None
        and struck.pos_ != "PRON"
        and _names_the_struck(struck)
        and struck not in _own_forces(comp)  # ("to deploy the army if Kosovo police …")
    ):
        return []
    return _clause_subjects((comp, verb), _CONDITION_MARKS)


def _names_the_struck(struck: Token) -> bool:
    """The object of a threatened act names whom it would hit ("to strike Western capitals",
    "to shell government positions"); a blow's own modifier names its kind or its doer, not
    its target ("to launch a new military offensive unless Asmara …")."""
    if names_someone(struck):
        return True
    return struck.lemma_.lower() not in STRIKING and named_by_modifier(struck)


def _complained_of(verb: Token, about: list[Token]) -> list[Token]:
    """Whoever did what a complaint is about: "over airspace violations by Turkish jets",
    "over Israeli air raids" (a side named on the act), or a "by" phrase the parser hung on
    the complaining verb ("complained to the UN over air raids by Israel")."""
    found = [p for o in about for p in prep_objects(o, BY_ONLY)]
    found += [
        m
        for o in about
        for m in o.children
        if m.dep_ in ("amod", "compound", "poss") and names_someone(m)
    ]
    if about and verb.pos_ == "VERB" and child_of(verb, "nsubj") is not None:
        found += [p for p in prep_objects(verb, BY_ONLY) if names_someone(p)]
    return found


# Bare nouns that make a phrase of manner with "in", naming no one: "respond in kind",
# "answered in turn", "paid in return".
_MANNER_IDIOMS = {"kind", "turn", "return", "principle", "earnest", "vain"}


def _manner_idiom(obj: Token) -> bool:
    """``obj`` is the bare noun of an "in" phrase of manner ("in kind"), no party."""
    return (
        obj.lemma_.lower() in _MANNER_IDIOMS
        and obj.head.lower_ == "in"
        and not any(c.dep_ in ("det", "amod", "poss", "compound", "prep") for c in obj.children)
    )


# A treatment or detention judged (111: "called the treatment of the two sailors held in
# Ruritania shameful", "condemned the detention of the journalists in Ruritania") is aimed
# at whoever holds them: the land they are held in, or the one named as holding them.
_DISAPPROVING = "11"
_HOLDING_NOUNS = {
    "treatment", "detention", "imprisonment", "incarceration", "jailing", "internment",
    "handling", "captivity",
}  # fmt: skip
_HELD = {"hold", "detain", "jail", "imprison", "keep", "intern"}


def _jailers(thing: Token | None) -> list[Token]:
    """Who holds the people a judged ``thing`` (a treatment, a detention) is of: the
    place named by "in" on the thing or on the participle of holding after the people,
    or that participle's "by" agent; [] for any other thing."""
    if thing is None or thing.lemma_.lower() not in _HOLDING_NOUNS:
        return []
    found = [*prep_objects(thing, IN), *prep_objects(thing, BY_ONLY)]
    for people in prep_objects(thing, frozenset({"of"})):
        for held in (c for c in people.children if c.dep_ == "acl"):
            if held.lemma_.lower() in _HELD and held.tag_ == "VBN":
                found.extend(prep_objects(held, IN))
                found.extend(o for a in held.children if a.dep_ == "agent" for o in a.children)
    return [t for t in found if names_an_actor(t)]


# Clauses that tell the wrong an answer comes after: "vowed to hit back after Oslo expelled
# two of its diplomats", "will respond in kind following Canberra's new duties".
_AFTER_MARKS = {"after", "following", "because"}


def _wrong_answered(verb: Token, comp: Token | None) -> list[Token]:
    """Who did the wrong a threatened answer is to answer: the subject of an "after" (or
    "following", "because") clause hung on the answering verb or its complement ("promised
    to respond in kind after Oslo expelled two envoys": Oslo)."""
    found = []
    for holder in (h for h in (verb, comp) if h is not None):
        if holder.lemma_.lower() not in _ANSWERING | {"reply", "answer", "vow", "promise"}:
            continue
        for clause in (c for c in holder.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in _AFTER_MARKS for m in clause.children):
                doer = child_of(clause, "nsubj")
                if doer is not None and doer.pos_ != "PRON":
                    found.append(doer)
    return found


def _threatened_at(comp: Token | None) -> list[Token]:
    """Whom the act threatened is done to by a party preposition, before whoever must meet
    the threat's condition: "threatened to cut off power to northern Kosovo unless Pristina
    …", "to impose tariffs on Mexican goods unless …", "to take action against X if …"."""
    if comp is None:
        return []
    return [p for p in prep_objects(comp, _PARTY_ON) if p.pos_ != "PRON"]


def _supplied(verb: Token) -> list[Token]:
    """Whom a deal's purpose supplies is a party to it: "signed an accord to supply Egypt
    with wheat", "an agreement to sell jets to India" (not "a treaty to absorb Crimea"; not
    when two signers are the parties: "Japan and India signed a deal to lend to Sri Lanka")."""
    if len(with_conjuncts(subject_of(verb))) > 1:
        return []
    obj = child_of(verb, "dobj")
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    clauses += [c for c in obj.children if c.dep_ == "acl"] if obj is not None else []
    for clause in clauses:
        lemma = clause.lemma_.lower()
        if lemma not in TRANSFER_VERBS | PROVIDING or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in clause.children
        ):
            continue
        found = [*prep_objects(clause, _RECIPIENT)]
        found += [c for c in clause.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        given = child_of(clause, "dobj")
        if given is not None and lemma in PROVIDING and has_prep([clause], WITH):
            found.append(given)  # "to supply Egypt with wheat": Egypt
        return found
    return []


# Verbs whose subject comes to hold the thing ("the drones Ethiopia acquired") and verbs
# that took it from someone ("the bases it had seized from the army").
_COMING_TO_HOLD = {
    "obtain", "acquire", "buy", "purchase", "import", "receive", "get", "order", "use",
}  # fmt: skip
_TAKING = {
    "seize", "capture", "take", "confiscate", "grab", "steal", "loot", "wrest", "win",
    "occupy", "requisition", "impound",
}  # fmt: skip
# Purposes aimed at a problem ("to fight the outbreak in Yemen"): what they work against is
# no party; only where they work is.
_COMBATING = {
    "fight", "combat", "counter", "tackle", "battle", "defeat", "deter", "stop", "prevent",
    "contain", "curb", "end", "eradicate", "eliminate", "destroy", "confront", "resist", "repel",
    "address", "control", "reduce", "ease", "cut",
}  # fmt: skip


# Roots of force used: assaults, fights, mass violence. Where a blow comes "from" is the
# ground it is launched from ("fired rockets from Lebanese territory", "launched the invasion
# from its territory"), no one struck.
FORCE_ROOTS = frozenset({"18", "19", "20"})
RETAKING = {"retake", "recapture", "liberate", "free", "reclaim", "regain"}


def launched_from(verb: Token, comp: Token | None, pat: Pattern) -> bool:
    """A blow's "from" phrase names where it was launched from, not whom it struck; a
    taking's names whom the ground was taken from ("recaptured the town from the rebels")."""
    acts = {t.lemma_.lower() for t in (verb, comp) if t is not None}
    return pat.code[:2] in FORCE_ROOTS and not acts & (_TAKING | RETAKING)


def _to_clause(clause: Token) -> bool:
    return clause.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(
        a.dep_ in ("aux", "mark") and a.lower_ == "to" for a in clause.children
    )


def _behind(verb: Token, comp: Token | None, noun: Token | None) -> list[Token]:
    """Parties behind a thing given or returned, or reached by the act's purpose, for when the
    thing itself is no actor: who took it ("return the bases it had seized from the army"),
    who comes to hold it ("supplied most of the drones Ethiopia has acquired"), the people or
    place a purpose clause works on ("a loan to improve rural roads in Nepal", "opened its
    border for convoys to reach South Sudan", "funding to fight cholera in Yemen")."""
    holders = [h for h in (comp, verb) if h is not None]
    things = [o for h in holders for o in objects_of(h) if o.pos_ in ("NOUN", "PROPN", "NUM")]
    things += [noun] if noun is not None else []
    found: list[Token] = []
    # the parser hangs a bare relative clause on the verb ("supplied 94% of the equipment
    # Armenia has obtained": "obtained" a conjunct or adverbial clause of "supplied")
    loose = [
        c
        for h in holders
        for c in h.children
        if c.dep_ in ("advcl", "conj") and child_of(c, "dobj") is None and not _to_clause(c)
    ]
    clauses = [c for t in things for c in t.children if c.dep_ in ("relcl", "acl")]
    for clause in clauses + loose:
        lemma = clause.lemma_.lower()
        if lemma in _TAKING:
            found.extend(p for p in prep_objects(clause, FROM) if p.pos_ != "PRON")
        elif lemma in _COMING_TO_HOLD and child_of(clause, "dobj") is None:
            taker = child_of(clause, "nsubj")
            if taker is not None and taker.pos_ != "PRON":
                found.append(taker)
    found.extend(purpose_parties([*holders, *things], comp))
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for t in things for c in t.children):
        # the source's own thing ("withdraw its troops if it can keep an administration in
        # Gaza", "… as soon as a UN force has been sent to Lebanon"): where the clause on
        # the act says
        steps = [h for h in holders] + [
            a for h in holders for a in h.children if a.dep_ == "advmod"
        ]
        for clause in (c for h in steps for c in h.children if c.dep_ == "advcl"):
            for held in (clause, child_of(clause, "dobj"), child_of(clause, "nsubjpass")):
                if held is not None:
                    found.extend(prep_objects(held, WHERE | _RECIPIENT))
    return [t for t in found if t.pos_ != "PRON"]


def purpose_parties(holders: list[Token], comp: Token | None = None) -> list[Token]:
    """The people or place a purpose clause on ``holders`` works on ("a loan to improve
    roads in Nepal", "funding to fight cholera in Yemen"; "for relief flights to reach
    Sudan": the purpose may hang on whom the act is for)."""
    found: list[Token] = []
    for_whom = [p for t in holders for p in prep_objects(t, _FOR)]
    purposes = [
        c
        for t in (*holders, *for_whom)
        for c in t.children
        if _to_clause(c)
        and (comp is None or c.i != comp.i)
        # "lift its veto on its neighbour's bids to join NATO": the bid's, not a purpose
        and owned_bid_before(c) is None
    ]
    for clause in purposes:
        found.extend(_let_in(clause))
        obj = child_of(clause, "dobj", "dative")
        if (
            obj is not None
            and clause.lemma_.lower() not in _COMBATING
            and obj.lemma_.lower() not in NOT_FOES
        ):
            found.append(obj)
        found.extend(prep_objects(clause, WHERE | _RECIPIENT))
        if obj is not None:
            found.extend(prep_objects(obj, WHERE))
    return [t for t in found if t.pos_ != "PRON"]


_VENUES = frozenset({"in", "at", "before", "with"})


def _against_at_venue(verb: Token, preps: frozenset[str]) -> list[Token]:
    """The pattern's "against" phrase the parser hung on the venue the act was brought in:
    "filed a lawsuit in a Dutch court against Shell", "brought a case before the ICJ against
    Myanmar", "lodged a complaint with the UN against Israel"."""
    if "against" not in preps:
        return []
    return [p for venue in prep_objects(verb, _VENUES) for p in prep_objects(venue, _AGAINST)]


def _let_in(clause: Token) -> list[Token]:
    """The named people a "for X to …" purpose is for: "reopened its border for Uzbek
    traders to enter its markets" (not "for convoys to reach Sudan": the convoys name no
    one, where they go does)."""
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
        return []
    doer = child_of(clause, "nsubj")
    if doer is None or not (names_someone(doer) or named_by_modifier(doer)):
        return []
    return [doer]


# Purposes that aim a show of force at someone: "sent warships to the Gulf to deter Iran".
_DETERRING = {"deter", "counter", "confront", "intimidate", "pressure", "warn", "contain"}
# ... or that answer someone: "placed its air bases on alert to respond to Pakistan",
# "moved a brigade to retaliate against the rebels".
_ANSWERING = {"respond", "retaliate", "react"}
_ANSWERING_PREPS = frozenset({"to", "against"})
# ... or a fight the forces are made ready for: "mobilized reservists for the war against
# Ukraine", "massed troops for an offensive against the rebels" (nominal.purpose_of_muster).
FIGHTS = {
    "war", "offensive", "counteroffensive", "counter-offensive", "battle", "attack",
    "assault", "invasion", "campaign", "operation", "fight", "strike",
}  # fmt: skip
_SHOW_OF_FORCE_ROOTS = frozenset({"13", "15"})  # threats and mobilizations
_BORDERS = {"border", "frontier", "boundary"}


def _aimed_at(verb: Token) -> list[Token]:
    """Whom a threat or a deployment is aimed at, when its purpose says so: "sent two
    warships to the Gulf to deter Iran", "will move a missile battery into the region to
    counter threats from Iran" (who threatens), "to confront Russia's aggression"."""
    found: list[Token] = []
    for clause in (c for c in verb.children if _to_clause(c)):
        if clause.lemma_.lower() not in _DETERRING:
            continue
        aim = child_of(clause, "dobj")
        if aim is None:
            continue
        found.append(aim)
        found.extend(prep_objects(aim, FROM))
        found.extend(c for c in aim.children if c.dep_ == "poss")
    for clause in (c for c in verb.children if _to_clause(c)):
        if clause.lemma_.lower() in _ANSWERING:
            found.extend(prep_objects(clause, _ANSWERING_PREPS))
    for fight in prep_objects(verb, frozenset({"for"})):
        if fight.lemma_.lower() in FIGHTS:
            found.extend(prep_objects(fight, _AGAINST))
    # forces put on alert or massed along a border face the country on its other side: "put
    # its artillery units on high alert along the border with South Korea"
    for edge in verb.subtree:
        if edge.lemma_.lower() in _BORDERS and edge.dep_ == "pobj":
            found.extend(prep_objects(edge, WITH))
    return [t for t in found if t.pos_ != "PRON"]


# Participles that say whom a thing is aimed at ("a probe aimed at the minister", "measures
# directed against Russian banks", "a bill targeting Chinese firms"), and those that say what
# it is made to do ("an effort designed to help Sudan reach a deal", "a plan meant to punish
# Moscow").
_AIMED = {"aim", "direct", "target", "gear"}
_AT = frozenset({"at", "against", "toward", "towards"})


def aims_of(thing: Token) -> list[Token]:
    """Whom a thing acted on is aimed at or made for, told by a participle on it or on its
    apposition: "dropped the inquiry, a probe aimed at the former minister", "launched an
    effort designed to help Sudan and South Sudan reach a deal", "an initiative aimed at
    bringing the government and the rebels to the table". A thing that names no one stands
    for whom it is aimed at. (An act renamed after a place in its phrase is still the act:
    "the investigation of abuses in Libya, a probe directed against mercenaries".)"""
    found: list[Token | None] = []
    for part in (thing, *(t for t in thing.subtree if t.dep_ == "appos"), *_renamed(thing)):
        for clause in (c for c in part.children if c.dep_ == "acl"):
            lemma = clause.lemma_.lower()
            if lemma in _AIMED:
                for aim in prep_objects(clause, _AT):  # "aimed at bringing X to the table"
                    found.extend(_worked_on(aim) if aim.tag_ == "VBG" else [aim])
                if clause.tag_ == "VBG":  # "a bill targeting Chinese firms"
                    found.append(child_of(clause, "dobj"))
            elif lemma in DESIGNED:
                act = child_of(clause, "xcomp")
                found.extend(_worked_on(act) if act is not None else ())
    return [
        t for t in found if t is not None and t.pos_ != "PRON" and t.lemma_.lower() not in NOT_FOES
    ]


# Verbs of coming somewhere, and the phrases that say where to: an appeal told by a
# participle on them is made to whoever is there.
_COMING = {
    "arrive", "come", "flee", "cross", "travel", "go", "march", "head", "sail", "land", "move",
    "walk", "gather", "converge", "flock", "fly", "return", "escape", "enter", "reach",
    "descend", "turn", "rally", "swim", "trek",
}  # fmt: skip
_WHERE_TO = frozenset({"to", "into", "in", "at", "outside", "before"})
ASKING_ROOTS = frozenset({"02", "10"})  # appeals and demands


def came_to(verb: Token) -> list[Token]:
    """Whom an appeal told by a participle on a verb of coming is made to: where one came
    ("arrived in Greece seeking asylum", "marched to parliament demanding higher pay",
    "crossed into Poland asking for refuge", "reached Italy seeking protection")."""
    mover = verb.head
    if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.tag_ != "VBG" or mover.i == verb.i:
        return []
    if mover.lemma_.lower() not in _COMING:
        return []
    found = list(prep_objects(mover, _WHERE_TO))
    found += [c for c in mover.children if c.dep_ == "dobj"]  # "reached Italy"
    return [t for t in found if t.pos_ != "PRON" and not is_time(t)]


def _renamed(thing: Token) -> list[Token]:
    """A noun set off after the object that the parser hung on the verb, renaming the thing
    done: "dropped the investigation of war crimes, a probe directed against the army"."""
    if thing.dep_ != "dobj":
        return []
    return [
        c
        for c in thing.head.children
        if c.dep_ in ("npadvmod", "appos", "dep")
        and c.pos_ == "NOUN"
        and c.i > thing.i
        and set_off(c.left_edge)
        and not is_time(c)
    ]


def _worked_on(act: Token) -> list[Token]:
    """Whom a purpose works on: the object of its act ("to punish Moscow", "bringing the
    rebels to the table"), or whom it helps to act ("to help Sudan reach a deal")."""
    obj = child_of(act, "dobj", "dative")
    if obj is None:
        inner = child_of(act, "ccomp", "xcomp")
        obj = child_of(inner, "nsubj") if inner is not None else None
    return [obj] if obj is not None else []


# Verbs that bring a facility into being, and the facilities: what they set up is no one
# acted on ("agreed to set up a research institute in Barcelona": done for Barcelona).
_FOUNDING = {"establish", "build", "open", "create", "found", "construct", "inaugurate"}
_FACILITIES = {
    "institute", "centre", "center", "hospital", "clinic", "school", "university", "college",
    "embassy", "consulate", "office", "factory", "plant", "station", "museum", "camp",
    "shelter", "hub", "facility", "laboratory", "lab", "branch", "academy", "airport", "port",
    "road", "bridge", "railway", "pipeline", "dam", "village", "settlement", "mission",
}  # fmt: skip


_THE = {"the", "this", "that", "these", "those"}


def _owner_before(noun: Token | None) -> Token | None:
    """Whose thing a definite noun is when the sentence named its owner before: "said Trump's
    deal cements despair, calling out the deal for …" (the deal is Trump's)."""
    if noun is None or noun.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in _THE for c in noun.children) or any(
        c.dep_ == "poss" for c in noun.children
    ):
        return None
    for tok in noun.sent:
        if tok.i >= noun.i:
            break
        if tok.lemma_ == noun.lemma_:
            owner = child_of(tok, "poss")
            if owner is None and tok.dep_ == "compound":  # "Trump's deal cements": misparsed
                owner = child_of(tok.head, "poss")
                owner = owner if owner is not None and owner.i < tok.i else None
            if owner is not None and owner.pos_ != "PRON":
                return owner
    return None


def _founded_in(verb: Token, comp: Token | None) -> tuple[list[Token], set[int]]:
    """Where a facility is set up, built or opened (the place it is in), and the facilities:
    they are no target where a place is named, even when they name an actor ("a research
    institute")."""
    found: list[Token] = []
    made_ids: set[int] = set()
    for holder in (h for h in (comp, verb) if h is not None):
        lemma = holder.lemma_.lower()
        founding = lemma in _FOUNDING or (
            lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in holder.children)
        )
        made = child_of(holder, "dobj")
        if not founding or made is None or made.lemma_.lower() not in _FACILITIES:
            continue
        # "an institute against leukaemia in Barcelona": the place may hang deeper
        found.extend(
            p
            for t in made.subtree
            if t.dep_ == "prep" and t.lower_ in WHERE
            for p in t.children
            if p.dep_ == "pobj"
        )
        found.extend(prep_objects(holder, WHERE))
        made_ids.add(made.i)
    return found, made_ids if found else set()


# Verbs of telling whom they tell: what the told clause is about is no target ("Peskov
# informed that Erdogan had sent a letter").
_INFORMING = frozenset({"inform", "notify", "brief", "apprise"})


# Verbs that name a thing in a free relative: "what it called a smear campaign".
_NAMING = {"call", "describe", "term", "label", "brand", "dub"}
_AS = frozenset({"as"})


def _named_thing(verb: Token) -> tuple[Token, Token] | None:
    """(the naming verb, the thing named) when ``verb`` acts on "what X called Y"."""
    clause = child_of(verb, "ccomp")
    if clause is None or clause.lemma_.lower() not in _NAMING:
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
        return None
    thing = child_of(clause, "oprd") or next(prep_objects(clause, _AS), None)
    return (clause, thing) if thing is not None else None


PROTEST_ROOT = "14"
REJECT_ROOT = "12"
APPEAL_ROOT = "02"
# Verbs of a clause that says what a protest is for ("…, demanding higher wages from the
# owners", "went on strike to press the government", "marched to protest the tax"), and
# the prepositions that name whom each aims at; a verb marked True takes its object too.
_PROTEST_AIMS = {
    "protest": True, "oppose": True, "denounce": True, "condemn": True, "decry": True,
    "press": True, "pressure": True, "urge": True, "challenge": True, "defy": True,
    "demand": False, "call": False, "seek": False, "rally": False, "demonstrate": False,
    "march": False,
}  # fmt: skip
_AIM_PREPS = frozenset({"against", "from", "on"})
# A feeling a protest is held to show, and the prepositions naming what it is at: "blocked a
# road to show their anger at the government's policies", "to voice their opposition to".
_SHOWING = {"show", "express", "voice", "vent", "register", "signal", "demonstrate", "display"}
_FEELINGS = {
    "anger", "disapproval", "opposition", "outrage", "displeasure", "discontent", "fury",
    "dissatisfaction", "frustration", "indignation", "rejection", "objection", "resentment",
}  # fmt: skip
_FELT_AT = frozenset({"at", "over", "for", "of", "with", "against", "to", "toward", "towards"})
_AGAINST = frozenset({"against"})
_IN_PROTEST = frozenset({"in"})
_WORKPLACE = frozenset({"at"})
_PROTESTED = frozenset({"at", "against", "over", "of"})


def aimed_against(verb: Token, noun: Token | None) -> list[Token]:
    """What a protest is against: an "against" phrase of the verb or its protest noun, or what
    its "in protest at/over/against" phrase is at ("went on strike in protest at the pay
    offer", "stayed away from the vote in protest over the arrests"; the parser may hang the
    "at" phrase on the verb, beside the "in protest" it belongs to)."""
    heads = [h for h in (verb, noun) if h is not None]
    # "marched against the government's decision to normalise ties with Israel", "rallied
    # against Beijing's security law": the owner of the act or policy protested, not a
    # party named inside it
    found = [
        next((c for c in p.children if c.dep_ == "poss" and c.pos_ != "PRON"), p)
        for h in heads
        for p in prep_objects(h, _AGAINST)
    ]
    for protest in (p for h in heads for p in prep_objects(h, _IN_PROTEST)):
        if protest.lemma_.lower() != "protest":
            continue
        at = list(prep_objects(protest, _PROTESTED))
        after = protest.nbor() if protest.i + 1 < len(protest.doc) else None
        if not at and after is not None and after.lower_ in _PROTESTED and after.head in heads:
            at = [p for p in after.children if p.dep_ == "pobj"]
        # someone named, or the owner of what is protested ("the company's pay offer");
        # "in protest at the arrests" names no one to aim at
        found += [t for t in at if names_someone(t) or _named_owner(t)]
    return found


def _named_owner(tok: Token) -> bool:
    return any(c.dep_ == "poss" and names_someone(c) for c in tok.children)


_CROWD_PLACE = WHERE | _WORKPLACE
# Spans of time a protest lasts ("for a third day", "for weeks"): no one it is aimed at.
_LASTING = _SPANS | {"day", "hour", "night", "weekend"}


def _names_nothing(verb: Token, found: list[Token]) -> bool:
    """``verb`` has no object and its phrases found so far only say how long it lasted."""
    return child_of(verb, "dobj") is None and all(
        is_time(t) or t.lemma_.lower() in _LASTING for t in found
    )


def crowd_place(crowd: Token) -> list[Token]:
    """The place a crowd is said to be in or at: "protesters in Tbilisi", "thousands of
    students in Dhaka", "workers at plants in South Korea" (the number's counted noun holds
    the phrase when the parser hangs it there)."""
    people = counted(crowd)
    return [
        place
        for holder in dict.fromkeys((crowd, people))
        for place in prep_objects(holder, _CROWD_PLACE)
        if place.pos_ in ("NOUN", "PROPN") and not is_time(place)
    ]


def protest_aims(verb: Token, noun: Token | None) -> list[Token]:
    """Whom a protest is aimed at: an "against" phrase of the verb or its protest noun, else
    the object of a clause saying what the protest is for ("…, protesting the quota
    system", "to press the government to hire interns", "demanding wages from owners")."""
    found = aimed_against(verb, noun) + speaker_heard(verb, noun)
    found += [p for h in (verb, noun) if h is not None for p in quarrel_party(h)]
    # the clause may hang on the protest noun: "began a hunger strike to protest against
    # Israel's policy", "staged a sit-in demanding the release of …"
    clauses = [*verb.children, *(noun.children if noun is not None else ())]
    for clause in clauses:
        lemma = clause.lemma_.lower()
        if clause.dep_ in ("advcl", "xcomp", "acl", "relcl"):
            found.extend(t for t in _feeling_shown(clause) if names_someone(t) or _named_owner(t))
            found.extend(quarrel_party(clause))  # "…, walking out in a dispute with X"
        if clause.dep_ not in ("advcl", "xcomp", "acl", "relcl") or lemma not in _PROTEST_AIMS:
            continue
        aims = list(prep_objects(clause, _AIM_PREPS))
        direct = child_of(clause, "dobj")
        if direct is not None and _PROTEST_AIMS[lemma]:
            aims.append(direct)
        # "went on strike to demand the government implement a pay deal", "demanding that
        # the minister resign": who must act
        asked = child_of(clause, "ccomp")
        told = child_of(asked, "nsubj") if asked is not None else None
        aims += [told] if told is not None else []
        # someone named, or the owner of what is protested ("the government's quota
        # system"); "protesting the killing of a teenager" names no one to aim at
        found.extend(t for t in aims if names_someone(t) or _named_owner(t))
    return found


# A quarrel a strike or a protest is part of: "in a pay dispute with the government".
_QUARRELS = {"dispute", "row", "standoff", "stand-off", "feud", "quarrel", "conflict", "fight"}
_IN_QUARREL = frozenset({"in", "over", "amid", "as"})


def quarrel_party(holder: Token) -> list[Token]:
    """The other side of the quarrel ``holder`` (a protest verb or noun, or the participle set
    off after it) is told to be part of: "staged their first national strike, walking out of
    hospitals across England in a pay dispute with the government" (the government, not
    England)."""
    return [
        party
        for quarrel in prep_objects(holder, _IN_QUARREL)
        if quarrel.lemma_.lower() in _QUARRELS
        for party in prep_objects(quarrel, frozenset({"with"}))
        if party.pos_ != "PRON"
    ]


# Words heard at a protest made while they were spoken: "walked out during a speech by
# Ahmadinejad", "booed the president's address".
_SPOKEN_WORDS = {"speech", "address", "remark", "statement", "lecture", "sermon", "toast"}
_WHILE = frozenset({"during", "at", "over", "after"})


def speaker_heard(verb: Token, noun: Token | None) -> list[Token]:
    """Whose words a protest answers as they are spoken: "delegates walked out of the General
    Assembly during a speech by Iranian President Mahmoud Ahmadinejad", "… during Putin's
    address" (the speaker, not the hall left)."""
    found = []
    for holder in (verb, noun):
        if holder is None:
            continue
        for words in prep_objects(holder, _WHILE):
            if words.lemma_.lower() not in _SPOKEN_WORDS:
                continue
            speaker = next(iter(prep_objects(words, BY)), None) or _message_owner(words, True)
            if speaker is not None and speaker.pos_ != "PRON":
                found.append(speaker)
    return found


def _feeling_shown(clause: Token) -> list[Token]:
    """What the feeling a protest's purpose clause shows is at: "blocked a road to show their
    disapproval of the United States' policies", "marched to voice their anger at Israel"
    (the parser may hang the "at" phrase on the clause's verb, after the feeling)."""
    if clause.lemma_.lower() not in _SHOWING:
        return []
    feeling = child_of(clause, "dobj")
    if feeling is None or feeling.lemma_.lower() not in _FEELINGS:
        return []
    after = [p for p in prep_objects(clause, _FELT_AT) if p.i > feeling.i]
    return [*prep_objects(feeling, _FELT_AT), *after]


# What is given as aid, never who receives it ("provided $20 million for flood relief in
# Pakistan", "a sixfold increase in funding").
_AID_THINGS = {
    "aid", "assistance", "relief", "funding", "fund", "loan", "grant", "support", "supply",
    "package", "money", "donation", "financing", "reconstruction", "recovery", "help",
    "dose", "vaccine", "medicine", "food", "equipment", "tonne", "ton", "weapon", "arm",
    "ammunition", "shipment", "consignment", "batch",
}  # fmt: skip
_AID_FOR = frozenset({"to", "for", "in", "of"})
_DEBTS = {"debt", "loan", "arrear", "arrears", "liability"}
_REBUILDING = {"reconstruction", "recovery"}


# Limits one side sets another: "ignored a deadline", "defied the ultimatum".
_DEADLINES = frozenset({"deadline", "ultimatum"})
# Marks of a clause that tells what another's act answered: "after Moscow ignored a deadline".
_ANSWERED_MARKS = frozenset({"after", "when", "because", "since", "once"})


def deadline_setter(verb: Token, thing: Token) -> Token | None:
    """Who set a deadline with no setter named, ignored in a clause the act of another side
    answers: "May ordered the expulsions after Moscow ignored a deadline to explain the
    attack" (May's side set it)."""
    if thing.lemma_.lower() not in _DEADLINES or verb.dep_ != "advcl":
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _ANSWERED_MARKS for c in verb.children):
        return None
    answer = subject_of(verb.head)
    return answer if answer is not None and answer.i != getattr(subject_of(verb), "i", -1) else None


# A leave given to someone: "permission for US aircraft to use the base".
_PERMITS = frozenset({
    "permission", "authorization", "authorisation", "permit", "consent", "approval", "clearance",
})  # fmt: skip


def permitted(permit: Token) -> Token | None:
    """Who a permit lets act: "withdrew permission for Britain to reopen its consulate"
    (the subject of its "for … to" clause), "revoked the permit for the airline"."""
    if permit.lemma_.lower() not in _PERMITS:
        return None
    # (the parser may hang the clause on the verb that withdraws the permit: "withdrew its
    # consent for Britain to reopen its consulate")
    holders = [permit, permit.head] if permit.dep_ == "dobj" else [permit]
    for clause in (c for h in holders for c in h.children):
        if clause.dep_ in ("advcl", "acl", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in clause.children
        ):
            return child_of(clause, "nsubj")
    return next(iter(prep_objects(permit, frozenset({"for"}))), None)


# Verbs by which an authority lets a thing be done or stops it: "allowed the rally".
_LETTING_OR_BARRING = frozenset({
    "allow", "permit", "authorize", "authorise", "approve", "ban", "forbid", "prohibit",
})  # fmt: skip


def let_or_barred(noun: Token, verb: Token) -> bool:
    """``noun``, an act, is what ``verb``'s subject permits or bans, not its own act: "the
    police of Stockholm had given the politician permission for a demonstration in front of
    the embassy of Turkey", "the city banned the rally against the summit"."""
    if verb.lemma_.lower() in _LETTING_OR_BARRING:
        return noun.dep_ in ("dobj", "nsubjpass") or (
            noun.dep_ == "pobj" and noun.head.lower_ == "for"
        )
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    holder = noun.head.head
    # (a translated order may leave the permit anywhere in the clause: "… for a
    # demonstration in front of the embassy permission had given")
    return holder.lemma_.lower() in _PERMITS or (
        holder.i == verb.i and any(t.lemma_.lower() in _PERMITS for t in verb.subtree)
    )


def feeling_voiced(phrase: Token, verb: Token, noun: Token | None) -> bool:
    """``phrase`` is the pattern's own noun of what a side voices ("expressed strong concern
    and urged India to correct its mistake", "voiced its regret"): a state of mind, never a
    side it is aimed at."""
    return (
        noun is not None
        and phrase.i == noun.i
        and noun.head.i == verb.i
        and noun.dep_ == "dobj"
        and verb.lemma_.lower() in _SHOWING
    )


def aid_given(tok: Token) -> bool:
    """``tok`` is aid or a sum given ("funding", "$20 million"), never its recipient."""
    words = {tok.lemma_.lower(), tok.lower_}
    if tok.lower_.endswith("s"):
        words.add(tok.lower_[:-1])  # "doses" (lemma "dos"); never "army" as "arm"
    return (tok.pos_ == "NOUN" and bool(words & _AID_THINGS)) or is_amount(tok)


def aid_for(aid: Token) -> list[Token]:
    """Whom or where aid goes, by its own phrase ("relief for Pakistan") or its purpose
    ("funding to fight the epidemic in West Africa", "money to help refugees")."""
    found = list(prep_objects(aid, _AID_FOR))
    if aid.lemma_.lower() in _REBUILDING:  # "Iraq's reconstruction" is Iraq rebuilt
        found += [c for c in aid.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if aid.lemma_.lower() in _DEBTS:
        # "wrote off the loans owed by 17 African countries", "forgave Zambia's debt": the
        # debtor is relieved
        found += [c for c in aid.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        found += [
            p
            for owed in aid.children
            if owed.dep_ == "acl" and owed.lemma_.lower() == "owe"
            for agent in owed.children
            if agent.dep_ == "agent"
            for p in agent.children
            if p.dep_ == "pobj"
        ]
    # "a loan for Angola to build roads": who will do it with the aid
    found.extend(
        c
        for purpose in aid.children
        if _to_clause(purpose)
        for c in purpose.children
        if c.dep_ == "nsubj" and c.pos_ != "PRON"
    )
    return found + purpose_parties([aid])


def aid_subject_for(aid: Token) -> list[Token]:
    """Whom aid that is the subject of its clause goes to, named anywhere in the clause ("the
    assistance from South Korea includes rice and tents for flood victims in the North")."""
    if aid.dep_ != "nsubj":
        return []
    own = {t.i for t in aid.subtree}
    return [
        p
        for t in aid.head.subtree
        if t.i not in own and t.dep_ == "prep" and t.lower_ in _AID_GOES
        for p in t.children
        if p.dep_ == "pobj" and not aid_given(p)
    ]


_AID_GOES = frozenset({"to", "for", "in", "into"})


def past_aid_given(found: list[Token], primary: int) -> tuple[list[Token], int]:
    """Aid candidates with the aid itself replaced by whom or where its phrase says it goes
    ("$20 million for flood relief in Pakistan": Pakistan); the count of primary ones."""
    out: list[Token] = []
    n_primary = 0
    for position, phrase in enumerate(found):
        inner = [phrase]
        for _ in range(2):  # "Rs 500 crore for flood relief in Kerala": Kerala
            inner = [p for t in inner for p in (aid_for(t) if aid_given(t) else [t])]
        inner = [t for t in inner if not aid_given(t)]
        out.extend(inner)
        n_primary += len(inner) if position < primary else 0
    return out, n_primary


def _doers(phrases: Iterable[Token]) -> Iterator[Token]:
    """Each phrase, or the subject of a gerund phrase: "lifted its ban on women driving"
    is lifted for the women."""
    for phrase in phrases:
        subject = child_of(phrase, "nsubj") if phrase.tag_ == "VBG" else None
        yield subject if subject is not None else phrase


# Handing a wanted person over to another state: the state asked is whom the demand is made
# on, the person is what is asked for.
_HANDOVERS = {"extradition", "handover", "hand-over", "surrender"}


def handed_over_from(noun: Token | None) -> list[Token]:
    """The side asked to hand someone over, named by the "from" phrase of the handover
    ("demanded the extradition of former President Viktor Yanukovych from Russia": Russia,
    not Yanukovych, is asked), or of the one handed over, where the parser may hang it
    ("the extradition of opposition leader Leopoldo Lopez from Spain")."""
    if noun is None or noun.lemma_.lower() not in _HANDOVERS:
        return []
    wanted = list(prep_objects(noun, frozenset({"of"})))
    return [p for h in (noun, *wanted) for p in prep_objects(h, frozenset({"from"}))]


def doers_of_the_matter(noun: Token, verb: Token) -> list[Token]:
    """Whoever did the act a reaction is over, by the act's own "by" phrase: "voiced anger
    over the arrest of a Chinese national by police in Japan" is aimed at the police, not
    at the arrest or the man arrested. (The parser may hang the "over" phrase on the verb.)"""
    return _doers_of_matters((noun, verb), _ABOUT, verb)


def _doers_of_matters(
    holders: tuple[Token, ...], preps: frozenset[str], verb: Token
) -> list[Token]:
    """Whoever did the acts named by ``preps`` phrases of ``holders``, by each act's own "by"
    phrase (a pronoun names no one new)."""
    return [
        doer
        for holder in holders
        for matter in prep_objects(holder, preps)
        if (doer := doer_of(matter, verb)) is not None and doer.pos_ != "PRON"
    ]


_AVENGING = {"retaliate", "respond", "react", "avenge", "answer", "hit"}
_ANSWERED_PREPS = frozenset({"for", "to", "against"}) | _ABOUT


def avenged_doers(clause: Token) -> list[Token]:
    """Whoever did the act a threatened answer is for, by the act's own "by" phrase:
    "threatened to retaliate for the killing of Qassem Soleimani by the United States" is
    aimed at the United States, not at the general killed ("to respond to the detention of
    Chinese sailors by the Philippines": the Philippines)."""
    if clause.lemma_.lower() not in _AVENGING:
        return []
    return _doers_of_matters((clause,), _ANSWERED_PREPS, clause)


# Gatherings one side hosts for others ("signed the accord in a ceremony hosted by Trump")
# and deals one side brokers between others ("agreed to restore ties, in a deal brokered by
# China"), by the verbs that host or broker them.
_GATHERINGS = {
    "ceremony", "summit", "meeting", "talk", "dinner", "reception", "conference", "banquet",
    "luncheon", "lunch", "forum", "gathering", "round", "session", "signing",
}  # fmt: skip
_BROKERED = {"deal", "agreement", "accord", "truce", "ceasefire", "pact", "settlement", "swap"}
_CONVENING = {
    "host": _GATHERINGS, "organise": _GATHERINGS, "organize": _GATHERINGS,
    "broker": _BROKERED | _GATHERINGS, "mediate": _BROKERED | _GATHERINGS,
}  # fmt: skip


def _gathering_topic(prep: Token) -> bool:
    """``prep`` opens what a gathering is held on, hung on the gathering or on the verb
    right after it: "boycotted the conference on the future of Somalia", "attended a summit
    about climate" (the topic, not who hosts it or is acted on)."""
    if prep.head.lemma_.lower() in _GATHERINGS:
        return True
    return any(
        o.dep_ == "dobj" and o.lemma_.lower() in _GATHERINGS and o.right_edge.i + 1 == prep.i
        for o in prep.head.children
    )


# Nouns of a go-between's part: "with the mediation of the EU", "under the auspices of the
# UN", "under EU mediation", "through the good offices of Qatar".
_GO_BETWEEN_PARTS = {"mediation", "auspice", "auspices", "office", "offices", "brokerage"}
_UNDER = {"with", "under", "through", "via", "amid"}


def named_go_between(tok: Token) -> bool:
    """``tok`` names whose mediation or auspices a thing is done under: "talks with the
    mediation of the European Commission", "under EU mediation"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        part = tok.head.head
    elif tok.dep_ in ("compound", "amod", "poss"):
        part = tok.head
    else:
        part = tok  # (the phrase may be taken whole: "the mediation of the EU")
    return (part.lower_ in _GO_BETWEEN_PARTS or part.lemma_.lower() in _GO_BETWEEN_PARTS) and (
        part.dep_ == "pobj" and part.head.lower_ in _UNDER
    )


# Parts of those who stand by an act of others: "with Yeltsin and Kuchma as witnesses",
# "with Russia as guarantor", "with the UN as observer".
_ONLOOKER_PARTS = {
    "witness", "guarantor", "observer", "mediator", "broker", "facilitator", "host", "sponsor",
    "chair", "chairman", "onlooker", "monitor",
}  # fmt: skip


def cast_as_onlooker(tok: Token) -> bool:
    """``tok`` is in a "with" phrase that an "as" phrase casts as witness, guarantor or
    mediator of the act: "Lucinschi and Smirnov signed a memorandum in the Kremlin, with
    Yeltsin and Kuchma as witnesses" (Moldova signed nothing with Russia or Ukraine), "signed
    the deal with Russia as guarantor"."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in _ONLOOKER_PARTS for p in c.children)
        for holder in (tok.head.head, tok)
        for c in holder.children
    )


def go_between(tok: Token) -> bool:
    """ "the EU-brokered deal", "a Qatar-mediated truce", "U.S.-hosted talks": the name
    before the hyphen brokered or hosted the thing, and is no party to it; so is the agent
    of "a deal mediated by the UAE", "a swap brokered by Turkey", and the name whose
    mediation or auspices talks are held under ("with the mediation of the EU")."""
    if named_go_between(tok):
        return True
    made = tok.head
    if tok.dep_ == "pobj" and made.lower_ == "by" and made.head.dep_ == "acl":
        made = made.head  # "a deal mediated by the UAE": the participle on the deal
        return made.head.lemma_.lower() in _CONVENING.get(made.lemma_.lower(), ())
    return (
        tok.dep_ == "npadvmod"
        and made.dep_ == "amod"
        and made.head.lemma_.lower() in _CONVENING.get(made.lemma_.lower(), ())
    )


def _convened(verb: Token) -> tuple[Token, ...]:
    """The parties to a gathering "hosted by" or a deal "brokered by" someone: those who met,
    signed or agreed at it ("Vucic and Hoti signed the pledges in a ceremony hosted by
    Trump", "attended a summit hosted by Japan")."""
    gathering = verb.head
    if (
        verb.dep_ != "acl"
        or verb.tag_ != "VBN"
        or gathering.lemma_.lower() not in _CONVENING.get(verb.lemma_.lower(), ())
    ):
        return ()
    held = gathering.head.head if gathering.dep_ == "pobj" else gathering.head
    if gathering.dep_ not in ("pobj", "dobj") or held.pos_ not in ("VERB", "AUX"):
        return ()
    guests = subject_of(held)  # (of the verb above a complement: "agreed to reopen …")
    return with_conjuncts(guests) if guests is not None else ()


def _blamed_on(verb: Token) -> Token | None:
    """Whom "blamed … on" lays the blame on: the verb's own "on" phrase, or the last of two
    the parser hung on the act blamed ("blamed the attack on the convoy on Indian agents");
    with the blame as a noun ("laid the blame for the ambush on jihadists", "put the blame
    squarely on the opposition") the "on" may hang on the blame or on the act blamed."""
    own = next(iter(prep_objects(verb, _ON)), None)
    if own is not None:
        return own
    act = child_of(verb, "dobj")
    if act is None:
        return None
    if act.lemma_.lower() == "blame":
        own = next(iter(prep_objects(act, _ON)), None)
        acts = [*prep_objects(act, _FOR), *prep_objects(verb, _FOR)]
        blamed = [t for a in acts for t in a.subtree]
        ons = [t for t in blamed if t.dep_ == "prep" and t.lower_ in _ON]
        if own is not None or not ons:
            return own
        return next((c for c in ons[-1].children if c.dep_ == "pobj"), None)
    ons = [t for t in act.subtree if t.dep_ == "prep" and t.lower_ in _ON]
    return next((c for c in ons[-1].children if c.dep_ == "pobj"), None) if len(ons) > 1 else None


ENVOYS = frozenset({
    "ambassador", "envoy", "diplomat", "attache", "consul", "emissary", "charge",
    "chargé", "diplomatic", "d'affaires", "d’affaires",
    # (the lemma the model gives the plural-looking tail: "the Lebanese charge d'affaires")
    "d'affaire", "d’affaire",
})  # fmt: skip
_POSTED = frozenset({"in", "at"})
# What a state keeps abroad: the staff of these are its envoys.
_MISSIONS = frozenset({"embassy", "consulate", "diplomatic", "mission"})
_STAFF_OF = frozenset({"of", "at"})


# The staff of a state's missions named by what they serve: "the diplomatic and consular
# personnel of Colombia", "its consular staff", "the diplomatic corps".
_FOREIGN_SERVICE = frozenset({"diplomatic", "consular"})
_STAFF = frozenset({"personnel", "staff", "corps", "employee", "official", "officer", "worker"})


def _foreign_service_staff(head: Token) -> bool:
    """``head`` is staff told as diplomatic or consular ("the diplomatic and consular
    personnel of Colombia were given 24 hours to leave")."""
    if head.lemma_.lower() not in _STAFF:
        return False
    kinds = [c for c in head.children if c.dep_ in ("amod", "compound")]
    kinds += [k for c in kinds for k in c.conjuncts]
    return any(k.lower_ in _FOREIGN_SERVICE for k in kinds)


def envoys(tok: Token) -> bool:
    """The phrase of ``tok`` names a state's envoys: "the French ambassador", "three Russian
    embassy staff" (``tok`` may be the modifier that named the state)."""
    head = tok
    while head.dep_ in ("amod", "compound", "poss") and head.head.i > head.i:
        head = head.head
    if head.lemma_.lower() in ENVOYS or _foreign_service_staff(head):
        return True
    if head.lemma_.lower() == "general" and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in ENVOYS for c in head.children
    ):
        return True  # "the Turkish consul general" (no army general)
    # the staff of a mission, whatever their title: "18 employees of the Russian embassy",
    # "staff members at the Czech consulate"
    if head.lemma_.lower() in _MISSIONS and head.dep_ == "pobj" and head.head.lower_ in _STAFF_OF:
        return head.head.head.pos_ == "NOUN"
    if any(p.lemma_.lower() in _MISSIONS for p in prep_objects(head, _STAFF_OF)):
        return True
    # the staff of a mission told with "of": "the whole staff of the Latvian embassy", "the
    # personnel of the consulate" (from either end of the phrase)
    if head.lemma_.lower() in _MISSIONS and head.dep_ == "pobj" and head.head.lower_ == "of":
        return True
    if any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _MISSIONS for o in c.children)
        for c in head.children
    ):
        return True
    # a title before the envoy's name: "ordered ambassador Vincent Karega to leave", "expelled
    # charge d'affaires John Smith", "the Rwandan envoy Ana Mutesi"
    return any(
        c.dep_ in ("compound", "amod")
        and (c.lemma_.lower() in _MISSIONS or (head.pos_ == "PROPN" and c.lemma_.lower() in ENVOYS))
        for c in head.children
    )


def _posts(tok: Token) -> tuple[Token, ...]:
    """The capitals of envoys posted in more than one: "recalled its ambassadors in Doha and
    Tehran", "the ambassadors of France in Washington and in Canberra" (each is a target).
    A capital is a name: the common noun of a set phrase on the verb is no post ("expelled
    Bolivia's ambassador in Washington in return": Washington alone, so no list)."""
    if tok.lemma_.lower() not in ENVOYS:
        return ()
    # (the parser hangs the place on the noun or on the verb recalling them)
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _POSTED]
    preps += [o for p in preps for o in p.conjuncts if o.lower_ in _POSTED]
    places = list(
        dict.fromkeys(
            p
            for prep in preps
            for o in prep.children
            if o.dep_ == "pobj"
            for p in with_conjuncts(o)
            if p.pos_ == "PROPN"
        )
    )
    return tuple(places) if len(places) > 1 else ()


# Buildings named by whom they house, and the verbs that tell it: "set fire to the building
# housing the Danish consulate", "stormed the compound hosting the British embassy".
_BUILDINGS = frozenset({
    "building", "compound", "premise", "premises", "block", "tower", "office", "villa",
    "house", "complex", "residence",
})  # fmt: skip
_HOUSING = frozenset({"house", "host", "contain"})


def housed(tok: Token) -> Token | None:
    """The one a building is named by when a participle of housing follows it: "set fire to
    the building housing the Danish consulate" burns Denmark's consulate (the parser may hang
    the participle on the verb, as if it told how the fire was set)."""
    if tok.lemma_.lower() not in _BUILDINGS or tok.i + 1 >= len(tok.doc):
        return None
    after = tok.doc[tok.i + 1]
    if after.tag_ != "VBG" or after.lemma_.lower() not in _HOUSING:
        return None
    return child_of(after, "dobj")


def stands_for(tok: Token) -> Token | None:
    """The one an object pronoun takes up from the act it follows: "detained two activists
    and charged them with vandalism", "expelled two journalists, accusing them of spying",
    "arrested the former mayor and sentenced him to ten years"."""
    if tok.pos_ != "PRON" or tok.lower_ not in OBJECT_PRONOUNS | {"it"}:
        return None
    verb = tok.head
    if verb.dep_ not in ("conj", "advcl") or verb.head.pos_ != "VERB":
        # (the one a relative clause on the subject told of: "the police who arrested two
        # journalists later released them")
        earlier = _told_of_doer(verb) if tok.lower_ != "it" else None
        return earlier if earlier is not None and earlier.pos_ in ("NOUN", "PROPN") else None
    earlier = child_of(verb.head, "dobj", "nsubjpass")
    if tok.lower_ == "it":
        # (only in a clause that shares the act's subject: "recalled its ambassador from
        # Kinshasa after Congo accused it" is Congo accusing the one who recalled)
        shared = child_of(verb, "nsubj", "nsubjpass") is None
        return _state_taken_up(verb.head, earlier) if tok.dep_ == "dobj" and shared else None
    return earlier if earlier is not None and earlier.pos_ in ("NOUN", "PROPN") else None


def _told_of_doer(verb: Token) -> Token | None:
    """The object of the act a relative clause tells of the verb's subject, which a pronoun
    object of the verb takes up: "the police who arrested two journalists later released
    them", "the militia that abducted the aid workers freed them on Sunday"."""
    doer = child_of(verb, "nsubj")
    told = child_of(doer, "relcl") if doer is not None else None
    return child_of(told, "dobj") if told is not None else None


# Where the act before an "it" names the state it is done to when its object is a thing or
# its own envoy: "cut ties with Qatar", "recalled its envoy from Eritrea", "imposed sanctions
# on Iran", "sent a protest note to Seoul".
_DONE_TO = frozenset({"with", "from", "on", "against", "to"})


def _state_taken_up(act: Token, done: Token | None) -> Token | None:
    """The state or body that "it" takes up from the act it follows: "cut ties with Qatar,
    accusing it of supporting terrorism", "recalled its envoy from Eritrea, accusing it of
    arming rebels". "It" is no person: the act's object when that names a state or body
    itself, else the one the act or its object is done with, from, on or to; never a role
    noun ("its envoy") nor a person, which "it" cannot stand for."""
    own = done is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in done.children)
    if done is not None and not own and names_an_actor(done) and done.ent_type_ != "PERSON":
        return done
    holders = [act, done] if done is not None else [act]
    return next(
        (
            o
            for h in holders
            for o in prep_objects(h, _DONE_TO)
            # ("severed ties with the Gulf emirate, accusing it": a state named again by its
            # region)
            if (names_an_actor(o) and o.ent_type_ != "PERSON") or described_states(o)
        ),
        None,
    )


_AGREE_ROOT = "03"
_OFFERED_WITH = frozenset({"with", "between", "to"})


def _clause_doer(clause: Token) -> Token | None:
    """Who acts in a clause said or asked for: its subject, or the agent of a passive ("warned
    that all consequences will be borne by Seoul": Seoul, not the consequences)."""
    agent = child_of(clause, "agent")
    doer = child_of(agent, "pobj") if agent is not None else None
    if doer is not None and child_of(clause, "nsubjpass") is not None:
        return doer
    return child_of(clause, "nsubj", "nsubjpass")


def clause_parties(offer: Token) -> list[Token]:
    """The party named by the infinitive clause of an offer, pledge or refusal: "a proposal to
    hold talks with the RSF" (the RSF), "an invitation to visit Moscow" (Moscow), "Cuba's
    refusal to engage with the Colombian government"."""
    for clause in offer.children:
        if clause.dep_ != "acl" or not any(a.lower_ == "to" for a in clause.children):
            continue
        done = child_of(clause, "dobj")
        named = [
            *prep_objects(clause, _OFFERED_WITH),
            *(prep_objects(done, _OFFERED_WITH) if done is not None else ()),
            *((done,) if done is not None else ()),
        ]
        named = [t for t in named if names_someone(t)]
        if named:
            return named[:1]
    return []


def asked_parties(request: Token) -> list[Token]:
    """The one a call, demand or request asks to act, named as the subject of the clause it
    asks for: "Peru's call for Chile to withdraw", "the demand that Chile withdraw",
    "a request for Chile to extradite the banker" (the "for" phrase parsed on the noun)."""
    for clause in request.children:
        if clause.dep_ not in ("acl", "advcl", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        doer = child_of(clause, "nsubj")
        if doer is None and any(a.lower_ == "to" and a.dep_ == "aux" for a in clause.children):
            doer = next((p for p in prep_objects(request, _FOR) if p.i < clause.i), None)
        if doer is not None and names_someone(doer):
            return [doer]
    return []


# Hostile acts a threat says it would answer: "would respond to any attack by Israel".
_ANSWERED = {"attack", "aggression", "strike", "provocation", "incursion", "violation", "assault"}


def _answered_attacker(verb: Token) -> Token | None:
    """Who does the hostile act that a threatened response answers: the "by" agent of the
    act named after "to" or "against" in the threat's clause, or the side named on the act
    itself ("warned that it would respond to any Israeli attack")."""
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
        for act in prep_objects(clause, frozenset({"to", "against"})):
            if act.lemma_.lower() in _ANSWERED:
                doer = next(iter(prep_objects(act, BY_ONLY)), None) or next(
                    (
                        c
                        for c in act.children
                        if c.dep_ in ("amod", "compound", "poss") and names_an_actor(c)
                    ),
                    None,
                )
                if doer is not None:
                    return doer
    return None


# Climb-downs (CAMEO 080 give in, 0831 step down, 0832 a policy undone): the thing given up
# is a decision, plan or policy whose own clause says whom it was to act on ("reversed its
# decision to disqualify the candidate", "abandoned the policy of separating migrant
# children", "dropped plans to deport the activists"); with no one named there, the side
# whose protests or pressure forced it ("scrapped the bill after protests by students",
# "withdrew the tax rise under pressure from unions").
_CLIMB_DOWNS = frozenset({"080", "0831", "0832"})
_DECISIONS = PLAN_NOUNS | {
    "decision", "policy", "order", "move", "bid", "attempt", "proposal", "practice",
    "programme", "program", "project", "threat", "ruling",
}  # fmt: skip
_PRESSURES = {
    "pressure", "protest", "demand", "outcry", "strike", "demonstration", "backlash",
    "campaign", "criticism", "opposition", "lobbying", "petition", "uprising", "unrest",
}  # fmt: skip


def _decided_on(thing: Token) -> list[Token]:
    """Whom a decision, plan or policy was to act on: the object of its "to" clause or of
    its "of" gerund ("its decision to expel the envoy", "the policy of separating
    children")."""
    if thing.lemma_.lower() not in _DECISIONS:
        return []
    clauses = [c for c in thing.children if _to_clause(c)]
    of = [p for p in thing.children if p.lower_ == "of"]
    clauses += [c for p in of for c in p.children if c.dep_ == "pcomp"]
    objects = (child_of(c, "dobj") for c in clauses)
    return [o for o in objects if o is not None and o.pos_ != "PRON"]


def _pressed_by(verb: Token) -> list[Token]:
    """Who pressed for a climb-down: the "by"/"from" side or owner of protests or pressure
    told in the verb's own clause ("after weeks of protests by farmers", "under pressure
    from the unions", "bowing to the teachers' strike")."""
    found: list[Token] = []
    for t in verb.subtree:
        if t.lemma_.lower() not in _PRESSURES or t.pos_ != "NOUN":
            continue
        found.extend(prep_objects(t, BY))
        found.extend(c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON")
    return [t for t in found if t.pos_ != "PRON"]


# What one seeks in a place when fleeing something: its "from" phrase names what is fled
# ("refuge from the fighting"), the place it is sought in is whom it is asked of.
_REFUGE = {"refuge", "asylum", "sanctuary", "shelter", "safety", "haven"}
_INTO = frozenset({"into", "to", "in", "at"})
# Verbs of coming to a place, which a participle of seeking refuge may follow.
_ARRIVING = {"cross", "flee", "arrive", "come", "go", "travel", "head", "escape", "pour", "flood"}
_REACHING = {"reach", "enter"}


def _fled(verb: Token, noun: Token | None) -> bool:
    """``noun`` is refuge sought: its "from" phrase names what is fled, not whom it is asked
    of."""
    return noun is not None and noun.lemma_.lower() in _REFUGE and noun.head.i == verb.i


def _havens(verb: Token, noun: Token | None) -> list[Token]:
    """The place refuge is sought in: an "in" phrase of the refuge or of the seeking, or the
    place the seekers came to ("arrived in Kyrgyzstan seeking refuge", "crossed into
    Colombia seeking asylum")."""
    if not _fled(verb, noun) or noun is None:
        return []
    # (not a time: "seeking refuge in early 2017")
    places = [p for p in (*prep_objects(noun, IN), *prep_objects(verb, IN)) if names_someone(p)]
    came = verb.head
    if not places and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        lemma = came.lemma_.lower()
        if lemma in _ARRIVING:
            places = list(prep_objects(came, _INTO))
        elif lemma in _REACHING:
            places = [c for c in came.children if c.dep_ == "dobj"]
    return [p for p in places if names_someone(p)]


def _asked_by_prep(verb: Token, preps: frozenset[str]) -> Token | None:
    """The one a verb asks or tells to act when its pattern names them by a preposition on the
    verb itself: "called on Russia to end its attacks on Ukraine", "appealed to the rebels to
    lay down arms", "pleaded with Hamas to free the hostages". The asked party is that phrase
    of the verb, never a party inside the act asked for (Ukraine, attacked, is no one asked)."""
    return next(iter(prep_objects(verb, preps - {"obj"})), None)


# Roots whose nouns are a stance someone holds towards another: support, solidarity,
# commitment, readiness.
_STANCE_ROOTS = {"03", "05"}


def _stance_held(noun: Token, pat: Pattern, preps: frozenset[str]) -> bool:
    """``noun`` is a stance whose "of" phrase names who holds it, as a translation writes the
    possessive: "stressed the support of Washington for the stability of Lebanon" is
    Washington's support for Lebanon, "reaffirmed the commitment of Cairo to the deal"; it is
    so when the noun also has the phrase the stance is towards ("for", "to", "with")."""
    if pat.code[:2] not in _STANCE_ROOTS or "of" not in preps:
        return False
    if noun.lemma_.lower() in MESSAGE_NOUNS:
        return False  # "accepted the proposal of Moscow to hold talks in Minsk": Moscow's
    holders = [o for o in prep_objects(noun, OF) if names_someone(o)]
    return bool(holders) and bool(prep_objects(noun, preps & _TOWARDS_SOMEONE))


_TOWARDS_SOMEONE = frozenset({"for", "to", "with", "toward", "towards"})


def _recipient_on_thing(giver: Token) -> list[Token]:
    """The recipient the parser hangs on the thing given, or on the way it goes, rather than
    on the verb of giving: "handed back more than a dozen Khmer-era sculptures to Cambodia",
    "sent 20 trucks loaded with food across the Rafah crossing into Gaza". Whom a thing is
    given to is the recipient of the giving, ahead of any side the thing's own words name
    (the "Khmer" of the sculptures) or the way it took (the crossing)."""
    given = child_of(giver, "dobj")
    things = [given] if given is not None and given.pos_ == "NOUN" else []
    # (a name given, "returned Crimea to Ukraine", keeps its own reading)
    ways = [
        way
        for holder in (giver, *things)
        for prep in (holder.subtree if holder is not giver else holder.children)
        if prep.dep_ == "prep" and prep.lower_ in ROUTES
        for way in prep.children
        if way.dep_ == "pobj"
    ]
    return [r for holder in (*things, *ways) for r in prep_objects(holder, _RECIPIENT)]


def _summing_up(verb: Token, noun: Token) -> bool:
    """``noun`` is a phrase set after the clause that sums it up, which the parser made the
    verb's object ("promised to resettle 25,000 Syrian refugees in Canada by the end of the
    year, a pledge his government later pushed back"): neither it nor its clause is aimed at,
    as the verb's own complement or object came before it."""
    return (
        noun.dep_ == "dobj"
        and sums_up(noun)
        and any(
            c.dep_ in ("xcomp", "ccomp", "dobj") and c.i < noun.i and c.i != noun.i
            for c in verb.children
        )
    )


def _provided_with(holder: Token) -> list[Token]:
    """Whom a verb of providing gives something "with" is its direct object ("agreed to
    supply the European Union with 1.8 billion doses", "will provide Kyiv with air
    defences"): the one who receives, whatever the pattern's prepositions."""
    if holder.lemma_.lower() not in PROVIDING or not has_prep([holder], WITH):
        return []
    given = child_of(holder, "dobj")
    return [given] if given is not None and names_someone(given) else []


def _charge_gainsaid(verb: Token) -> Token | None:
    """Who made the charge that "…, which X denied" gainsays (the subject of the verb of
    saying or charging the clause hangs on, see ``nlp.pipeline.denials_of_the_charge``), or
    "…, a claim X rejected": "Azerbaijan said it had captured strategic heights, a claim
    Armenian officials rejected" gainsays Azerbaijan (who says it, or whose act it tells)."""
    if which_gainsays(verb):
        return child_of(verb.head, "nsubj")
    claim = verb.head
    if (
        verb.dep_ != "relcl"
        or verb.lemma_.lower() not in GAINSAYING
        or claim.lemma_.lower() not in CLAIM_NOUNS
        or claim.dep_ not in ("npadvmod", "appos", "dep")
    ):
        return None
    told = claim.head
    if told.dep_ in ("nsubj", "nsubjpass") and told.head.lemma_.lower() in SPEECH:
        return told  # (the claim hung on whoever said it)
    if told.pos_ not in ("VERB", "AUX"):
        return None
    if told.dep_ == "ccomp" and told.head.lemma_.lower() in SPEECH:
        told = told.head  # "Azerbaijan said it had captured …": Azerbaijan's word
    return child_of(told, "nsubj", "nsubjpass")


def verb_targets(
    verb: Token, pat: Pattern, comp: Token | None, noun: Token | None, measure: bool = False
) -> tuple[tuple[tuple[Token, ...], ...], int, frozenset[int]]:
    """Candidate target phrases, best first: the direct object, the pattern's prepositions on
    the event noun, the complement or the verb (then anywhere inside the object phrase), and
    the subject of a clausal complement ("demanded that Russia return"); then fallbacks.
    Returns the groups, how many of them are primary and the heads behind the thing (see
    :class:`Triple`)."""
    preps = (pat.prep - {"-"}) or frozenset({"obj"})
    found: list[Token] = []
    if final_clause(verb):  # "… Haley … the actions of Russia condemned."
        return (with_conjuncts(child_of(verb, "nsubj")),), 1, frozenset()
    charger = _charge_gainsaid(verb)
    if charger is not None:  # "Kyiv accused Moscow of shelling the town, which the Kremlin
        return (with_conjuncts(charger),), 1, frozenset()  # denied": Kyiv's word is denied
    gap = _object_gap(verb)
    if gap is not None and verb.lemma_.lower() in _BLAMING and prep_objects(verb, _ON):
        gap = None  # "the attack, which it blames on militants": the act blamed, not whom
    if gap is not None and (noun is None or gap.i != noun.i):
        # "officials they blame for the seizure": the officials are blamed (but "the deal
        # that Ukraine signed with Turkey" is the pattern's own thing: Turkey is the party)
        return (with_conjuncts(gap),), 1, frozenset()
    parties = _convened(verb)  # "a ceremony hosted by Trump", "a deal brokered by China"
    if parties:
        return (parties,), 1, frozenset()
    accused = child_of(verb, "dobj") if verb.lemma_.lower() in _ACCUSING else None
    # (the charge may hang on the one accused: "accused the legislation of attacking")
    if accused is not None and has_prep([verb, accused], frozenset({"of", "for", "with"})):
        # "accused the West of crossing a line in Ukraine": the one accused, not a place or
        # party inside the charge
        if is_time(accused) or accused.lemma_ in _SPANS:  # "blamed years of U.S. folly"
            accused = next(iter(prep_objects(accused, frozenset({"of"}))), accused)
        taken_up = stands_for(accused)  # "detained two activists and charged them with"
        more = (with_conjuncts(taken_up),) if taken_up is not None else ()
        # ("accusing it of": the state "it" takes up, not whatever noun "it" reads as alone)
        alone = () if more and accused.lower_ == "it" else (with_conjuncts(accused),)
        groups = (*alone, *more)
        return groups, len(groups), frozenset()
    laid = child_of(verb, "dobj")  # "laid the blame on", "put the blame for X on"
    blaming = verb.lemma_.lower() in _BLAMING or (laid is not None and laid.lemma_ == "blame")
    blamed = _blamed_on(verb) if blaming else None
    if blamed is not None:
        # "blamed the attack on the school on bandits", "pinned the bombing on Kurdish
        # militants": the verb's own "on" names who is blamed, not a victim of the act blamed
        return (with_conjuncts(blamed),), 1, frozenset()
    named = _named_thing(verb)
    if named is not None:
        # "denounced what it called a smear campaign by Russia", "condemned what it described
        # as an attack by Somali militia": the thing so named, and whoever it is by
        calling, thing = named
        found.extend(prep_objects(calling, BY_ONLY))
        found.extend(prep_objects(thing, BY_ONLY))
        found.extend(c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON")
        found.append(thing)
    rejected = child_of(verb, "dobj", "nsubjpass") if pat.code[:2] == REJECT_ROOT else None
    maker = (
        agent_of(rejected) or doer_of(rejected, verb) or _message_owner(rejected, True)
        if rejected is not None
        else None
    )
    if maker is None and rejected is not None:
        maker = deadline_setter(verb, rejected)
    if maker is not None and maker.pos_ != "PRON":
        # "rejected an appeal by Julian Assange against extradition to the United States",
        # "vetoed a resolution drafted by Algeria": whoever made the thing rejected, not a
        # party named inside what it asks for
        return (with_conjuncts(maker),), 1, frozenset()
    attacker = _answered_attacker(verb) if pat.code[:2] == THREAT_ROOT else None
    if attacker is not None:
        # "warned it would respond forcefully to any attack by Israel": the threat is aimed
        # at whoever would attack
        return (with_conjuncts(attacker),), 1, frozenset()
    accepted = child_of(verb, "dobj", "nsubjpass") if pat.code[:2] == _AGREE_ROOT else None
    if accepted is not None and accepted.lemma_.lower() in MESSAGE_NOUNS:
        # "accepted an invitation from Beijing to …": whoever made the offer; "accepted a
        # proposal to hold direct talks with the RSF", "accepted an invitation to visit
        # Moscow": else the party its clause names, not the proposal itself
        made = agent_of(accepted) or _message_owner(accepted)
        partners = [made] if made is not None and made.pos_ != "PRON" else clause_parties(accepted)
        if partners:
            return tuple(with_conjuncts(p) for p in partners), len(partners), frozenset()
    if pat.code[:2] == PROTEST_ROOT:
        # "rallied outside parliament in Tbilisi against the bill", "took to the streets,
        # demanding higher wages from factory owners": whom a protest is aimed at comes
        # before where it was held
        against = aimed_against(verb, noun)
        if against:
            # "held a protest at Delhi University against the siege of Kashmir": what it is
            # against, whether or not a known actor is named there
            return tuple(with_conjuncts(a) for a in against), len(against), frozenset()
        found.extend(protest_aims(verb, noun))
        # "called a strike at Volkswagen's plant in Zwickau over job cuts", "a walkout at
        # Kenyatta National Hospital over unpaid wages": the employer whose workplace is
        # struck (or the named workplace), not what the strike is over
        employers = [
            next((c for c in place.children if c.dep_ == "poss" and c.pos_ != "PRON"), place)
            for h in (verb, noun)
            if h is not None
            for place in prep_objects(h, _WORKPLACE)
            # (not "a protest at Delhi University against the siege": what it is against)
            if (_named_owner(place) or names_someone(place)) and not has_prep([place], _AGAINST)
        ]
        if employers:
            return tuple(with_conjuncts(e) for e in employers), len(employers), frozenset()
    havens = _havens(verb, noun) if pat.code[:2] == "02" else []
    if havens:
        # "crossed into Colombia seeking refuge from the shortages", "sought asylum in
        # Georgia": refuge is asked of the place it is sought in
        return tuple(with_conjuncts(h) for h in havens), len(havens), frozenset()
    addressee = None
    if verb.lemma_.lower() in _ASKING and not _fled(verb, noun):
        # "has from Russia demanded that …", "demanded of Iran"
        addressee = next(iter(prep_objects(verb, frozenset({"from", "of"}))), None)
    # "ordered police to arrest the opposition leaders", "told the army to detain gang
    # members": the forces told to strike or seize are its means; whom they act on is the
    # target
    struck = child_of(comp, "dobj") if comp is not None and pat.code[:2] in VIOLENCE else None
    told = child_of(verb, "dobj")
    if (
        struck is not None
        and struck.pos_ != "PRON"
        and told is not None
        and told.lemma_.lower() in _ENFORCERS
    ):
        return (with_conjuncts(struck),), 1, frozenset()
    if comp is not None and addressee is None:
        # "expected Russia to return Crimea": Russia is the one asked
        addressee = child_of(comp, "nsubj") or child_of(verb, "dobj") or _asked_by_prep(verb, preps)
        told = child_of(verb, "dobj", "dative") or next(iter(prep_objects(verb, TO)), None)
        if addressee is not None and addressee.pos_ == "PRON" and told is not None:
            # "promised Ukraine it would help", "vowed to Pakistan that it would": the one
            # told, not the pronoun (most often the speaker) in what is promised
            addressee = told
        if addressee is None and comp.lemma_.lower() in _LETTING:
            # "offered to let U.S. investigators attend", "agreed to allow inspectors in"
            inner = child_of(comp, "ccomp", "xcomp")
            addressee = child_of(comp, "dobj") or (
                child_of(inner, "nsubj") if inner is not None else None
            )
    if addressee is None and pat.code[:2] == "02":
        asked = asked_for(verb)  # "appealed for the government to release them"
        addressee = child_of(asked, "nsubj") if asked is not None else None
    if addressee is not None and (noun is None or addressee.i != noun.i):
        found.append(addressee)
    contacted = _contacted(verb) or _message_addressee(verb)
    if contacted is not None:  # "called Erdogan to express condolences": to Erdogan
        found.append(contacted)
    founded, made = _founded_in(verb, comp)
    found.extend(founded)
    for holder in (h for h in (comp, verb) if h is not None):
        recipients: list[Token] = []
        if holder.lemma_.lower() in TRANSFER_VERBS:
            # "refused to send peacekeepers to Angola": Angola receives, the troops are sent
            recipients.extend(prep_objects(holder, _RECIPIENT))
            # "returned a painting, missing since 1943, to Italy": a recipient the parser
            # hung on a participle describing what is given
            for aside in (*_asides(holder), *worth_of(holder)):
                recipients.extend(prep_objects(aside, _RECIPIENT))
            recipients.extend(_recipient_on_thing(holder))
            # "was handed back to Turkey": the recipient hung on the particle
            for particle in holder.children:
                if particle.dep_ in ("advmod", "prt") and particle.lower_ in _GIVEN_BACK:
                    recipients.extend(prep_objects(particle, _RECIPIENT))
            recipients.extend(c for c in holder.children if c.dep_ == "dative" and c.pos_ != "ADP")
            recipients.extend(_provided_with(holder))
            dative = dative_object(holder)
            recipients.extend([dative] if dative is not None else [])
            if child_of(holder, "dobj") is not None:
                # "Kenya was granted a loan by the IMF": the passive subject receives it
                recipients.extend(c for c in holder.children if c.dep_ == "nsubjpass")
        # people set free are the ones released, not whoever takes them in ("handed over the
        # bodies of three soldiers to the Red Cross"); a thing given goes to its recipient
        if pat.code != "0841":
            found.extend(recipients)
            recipients = []
        if "obj" in preps and holder.lemma_.lower() not in _DISCUSSING:
            direct = child_of(holder, "nsubjpass") if holder.i == verb.i else None
            if direct is None and holder.i == verb.i and shares_passive(verb):
                direct = child_of(verb.head, "nsubjpass")  # "was tortured and killed"
            if direct is None and holder.i == verb.i and passive_after_active(verb):
                # "arrived in Lahore and was greeted by Sharif": the arrival's subject
                direct = child_of(verb.head, "nsubj")
            if direct is None and holder.i == verb.i and passive_clause(verb):
                direct = subject_of(verb.head)  # "… if attacked by the U.S.": the subject
            if direct is None and holder.i == verb.i:
                direct = undergone_by(verb)  # "returned home after being freed": who did
            if holder.i == verb.i and reduced_passive(verb):
                # "the sanctions imposed by the U.S. on Iran": not the sanctions themselves
                # ("sailors released by Russia" were released themselves)
                direct = verb.head if noun is None or verb.head.i != noun.i or not measure else None
            # "fined Google 2.4 billion euros" parsed as one sum: the one fined
            charged = sum_party(holder) if holder.lemma_.lower() in CHARGING else None
            direct = direct or charged or child_of(holder, "dobj", "dative")
            if direct is not None and _summing_up(holder, direct):
                direct = None
            if direct is None and holder.i == verb.i:
                direct = shifted_object(verb)  # "met in the Kremlin the president of Iran"
            if direct is None and pat.prt in PARTICLE_PREPS and holder.i == verb.i:
                # "voted down the bill": the particle parsed as a preposition takes the object
                direct = next(iter(prep_objects(verb, frozenset({pat.prt}))), None)
            if direct is not None and direct.lower_ in RELATIVE and holder.dep_ == "relcl":
                direct = holder.head  # "the officers who were indicted": the officers
            if direct is not None and (is_time(direct) or direct.lemma_ in _SPANS):
                # "blamed years of U.S. foolishness": what the time phrase is made of
                direct = next(iter(prep_objects(direct, frozenset({"of"}))), direct)
            sender = (
                agent_of(direct)
                or (None if _helped_people(direct, pat) else doer_of(direct, holder))
                or _message_owner(direct, pat.code[:2] in _REACTIONS)
            )
            if sender is None and pat.code[:2] in _REACTIONS:
                sender = _teller(direct) or _owner_before(direct)
            if sender is None and pat.code[:2] in _REACTIONS and direct is not None:
                # "attaches great importance to the position which the Mongolian foreign
                # minister expressed, and welcomes it": whose the thing "it" takes up is
                thing = thing_taken_up(direct)
                if thing is not None:
                    sender = doer_of(thing, holder) or _message_owner(thing, True)
            if sender is not None:  # "refused a request from the minister": the minister
                found.append(sender)
            if pat.code in _CLIMB_DOWNS and (direct is None or not names_someone(direct)):
                # "reversed its decision to expel the envoy", "scrapped the bill after protests
                # by students": before the thing given up, which names no one
                # (one named by a phrase with no name of its own only after the thing:
                # "reversed its decision to raise fuel prices")
                meant = _decided_on(direct) if direct is not None else []
                found.extend(t for t in meant if names_someone(t))
                found.extend(_pressed_by(holder))
            else:
                meant = []
            if direct is not None and not names_someone(direct):
                found.extend(aims_of(direct))  # "approved measures aimed at Russian banks"
            if direct is not None and (noun is None or direct.i != noun.i):
                found.append(direct)
            elif direct is not None and holder.i == verb.i and not measure:
                found.append(direct)  # "released 40 prisoners"
            found.extend(t for t in meant if not names_someone(t))
        found.extend(recipients)
        if noun is None and holder.i != verb.i and pat.code[:2] == THREAT_ROOT:
            found.extend(avenged_doers(holder))
        if noun is not None:
            # "rejected the government's offer of compensation", "blocked a resolution
            # proposed by the United States": who made the offer, not what it offers
            sender = (
                _message_owner(noun) or doer_of(noun, verb) if pat.code[:2] in _REACTIONS else None
            )
            if sender is not None:
                found.append(sender)
            if not names_someone(noun):
                # "dropped the inquiry into abuses, a probe aimed at the former minister",
                # "launched an effort designed to help Sudan and South Sudan reach a deal"
                found.extend(aims_of(noun))
            # (not "the state of emergency": the condition, not someone it is on)
            state = noun.lemma_.lower() in CONDITIONS
            held = _stance_held(noun, pat, preps)
            found.extend(handed_over_from(noun))  # before the one handed over
            if pat.code[:2] in _REACTIONS:
                found.extend(doers_of_the_matter(noun, verb))
            found.extend(_doers(prep_objects(noun, preps - OF if state or held else preps)))
            if preps & WITH:
                # "reached an agreement over the Indus waters with India", "talks on Ukraine
                # with France": the partner the parser hung inside the topic
                found.extend(topic_partners(noun))
            for kind in () if state else prep_objects(noun, OF):
                # "signed a memorandum of understanding with Kazakhstan", "a letter of
                # intent with Airbus": the partner hung on the noun's own "of" phrase
                if not names_someone(kind):
                    found.extend(_doers(prep_objects(kind, preps - OF)))
        # "lift the ban they imposed on aid agencies": the measure's own clause says on whom;
        # "disowned the accord its envoy had signed with Kyiv": a deal's, with whom
        # (a deal's clause may be parsed as a clause on the noun: "the accord that its envoy
        # had signed with Kyiv", "the deal it struck with Serbia")
        thing = noun or child_of(holder, "dobj")
        deal = thing is not None and thing.lemma_.lower() in DEAL_NOUNS
        told_preps = preps | _IMPOSED_ON | (WITH if deal else frozenset())
        for told in thing.children if thing is not None else ():
            if told.dep_ == "relcl" or (
                deal and told.dep_ == "acl" and child_of(told, "nsubj") is not None
            ):
                found.extend(prep_objects(told, told_preps))
        found.extend(
            p
            for p in prep_objects(holder, preps)
            # "agreed to reopen their embassies, in a deal brokered by China": a phrase set
            # off on a complement's act (or its verb) frames the act, it takes no target
            if not (comp is not None and set_off(p.head))
        )
        topic = child_of(holder, "dobj") if holder.lemma_.lower() in _DISCUSSING else None
        if topic is not None:
            # "discussed the crisis with the Thai premier at the ASEAN summit": the parser
            # often hangs the partner on the topic discussed
            found.extend(prep_objects(topic, preps & WITH))
        for worth in worth_of(holder):  # "signed deals worth $12 billion with Brazil"
            found.extend(prep_objects(worth, preps))
        # "pulled its troops back from Kyiv": the phrase hung on the particle
        for particle in holder.children:
            if particle.dep_ in ("advmod", "prt") and particle.lower_ in PARTICLE_PREPS:
                found.extend(prep_objects(particle, preps))
        if noun is not None and "of" in preps:
            # "Abkhazia's independence" is "the independence of Abkhazia"
            found.extend(c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON")
        if preps & {"to", "for"}:  # "give Tanzania a grant" = "give a grant to Tanzania"
            found.extend(c for c in holder.children if c.dep_ == "dative" and c.pos_ != "ADP")
    owner = _message_owner(noun, noun is not None and noun.lemma_.lower() in _CRITICISMS)
    owner = owner or _owner_before(noun)  # "after Iran's proposal …, X rejected the proposal"
    owner = owner if pat.code[:2] in _REACTIONS else None
    if owner is not None:  # "threw out the opposition's challenge to the results"
        found.append(owner)
    found.extend(_against_at_venue(verb, preps))
    if pat.code[:2] in _WORKING_TOGETHER:  # "signed an accord to supply Egypt with wheat"
        found.extend(_supplied(verb))
    if "obj" not in preps and verb.lemma_.lower() not in _DISCUSSING:
        # a weaker reading: the direct object ("blamed Assad")
        direct = child_of(verb, "dobj")
        if direct is not None and (noun is None or direct.i != noun.i):
            if noun is None:  # "revoked the order against them": the pattern's preposition
                found.extend(prep_objects(direct, preps))  # on the object names the target
            doer = None if _helped_people(direct, pat) else doer_of(direct, verb)
            if doer is not None:  # "blocked a resolution proposed by the United States"
                found.append(doer)
            owner = _message_owner(direct, pat.code[:2] in _REACTIONS)
            if owner is not None:  # "voted down the prime minister's deal"
                found.append(owner)
            found.append(direct)
    clause = child_of(verb, "ccomp", "xcomp")
    if clause is not None and framing_clause(clause, verb):
        clause = None
    subject = _clause_doer(clause) if clause is not None else None
    if (
        subject is None
        and clause is not None
        and (
            clause.pos_ == "VERB"
            or any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        )
    ):
        # "demanded that the prime minister resign": a bare (subjunctive) verb whose
        # subject the parser took for a compound of it (the verb itself may be read as a
        # noun: "that the government resign", "that the army hand power to civilians")
        subject = next((c for c in clause.lefts if c.dep_ == "compound"), None)
        while subject is not None and clause.pos_ != "VERB":
            inner = next((c for c in subject.lefts if c.dep_ == "compound"), None)
            if inner is None:
                break
            subject = inner
    if subject is not None and pat.code[:2] == THREAT_ROOT and child_of(verb, "dobj") is None:
        # "warned that Pakistan will retaliate if India attacks": the threat is aimed at
        # whoever must meet the condition, not at the side that will act (one warned comes
        # first: "warned the West that Moscow would retaliate if NATO …")
        # ("if the North side worsens the situation": a side named by what it is)
        found.extend(
            t
            for t in _clause_subjects((clause,), _CONDITION_MARKS)
            # (or a proper noun of its own: "if the North took further steps")
            if names_someone(t) or t.lemma_.lower() == "side" or t.pos_ == "PROPN"
        )
    # ("warned that an attack on Iran would have grave consequences": whoever would attack,
    # not Iran; the act is only posited)
    if subject is not None and verb.lemma_.lower() not in _INFORMING:
        if not posited_and_judged(subject):
            found.append(subject)
        else:
            # "warned that a Colombian raid on Venezuelan soil would mean war": the one who
            # would do the act warned off
            found.extend(
                c for c in subject.children if c.dep_ in ("amod", "compound") and names_someone(c)
            )
    # "expressed anger toward the United States over the visit": whom an attitude is
    # toward is its addressee, whatever the pattern's own prepositions
    for holder in (h for h in (verb, noun, child_of(verb, "dobj")) if h is not None):
        found.extend(prep_objects(holder, _TOWARD))
    found.extend(_held_until(verb, comp))
    if pat.code == _COMPLAINT:
        # "filed a complaint with the EU against Turkey", "lodged a protest with the UN against
        # Israel": the one complained against, before the body complained to (wherever the
        # parser hung the "against" phrase)
        # ("… with the UN over airspace violations by Turkish jets": whoever did what the
        # complaint is about, next)
        about = [o for h in (verb, noun) if h is not None for o in prep_objects(h, _ABOUT)]
        # "handed the British ambassador a protest note over remarks by a minister": the
        # envoy given the protest speaks for the side protested to, first
        envoys = [
            c
            for c in verb.children
            if c.dep_ in ("dative", "dobj")
            and c.lemma_.lower() in ENVOYS
            and c.i != getattr(noun, "i", -1)
        ]
        found = (
            envoys
            + [
                p
                for t in verb.subtree
                if t.dep_ == "prep" and t.lower_ == "against"
                for p in t.children
                if p.dep_ == "pobj"
            ]
            + _complained_of(verb, about)
            + found
        )
    if pat.code[:2] in ASKING_ROOTS:  # "arrived in Greece seeking asylum"
        found.extend(came_to(verb))
    if pat.code[:2] in COOPERATION_ROOTS:
        # "shipped wheat in response to an appeal from Serbia": after the verb's own targets,
        # before any open phrase ("visited the capital following an invitation from Russia")
        found.extend(answered(verb, comp, meeting=pat.code[:2] == _CONSULT))
    if made:  # the facility set up stands behind the place it is set up in
        kept = [t for t in found if t.i not in made]
        found = kept + [t for t in found if t.i in made]
        primary = len(kept)
    else:
        primary = len(found)
    if pat.code[:2] == THREAT_ROOT and clause is not None and subject is not None:
        # "warned that it would take strong countermeasures against Washington", "Putin
        # warned that Russia would retaliate against new US sanctions": a threat told as
        # what the speaker's side will do is aimed at whom that act is against (after the
        # subject, which names the target when it is another side)
        for holder in (clause, child_of(clause, "dobj")):
            found.extend(prep_objects(holder, _IMPOSED_ON) if holder is not None else ())
    if pat.code[:2] == THREAT_ROOT:
        found.extend(_consequences_for(verb, clause))
        found.extend(_wrong_answered(verb, comp))
    jailers = _jailers(child_of(verb, "dobj")) if pat.code[:2] == _DISAPPROVING else []
    found.extend(jailers)
    if pat.code[:2] in _CONDITIONED_ROOTS:
        # "threatened to strike if the government did not raise pay", "will retaliate if
        # India attacks": a threat or a blow with no one named is aimed at whoever must meet
        # its condition
        if pat.code[:2] == THREAT_ROOT:
            found.extend(_threatened_at(comp))
        found.extend(_conditioned_on(verb, comp or child_of(verb, "xcomp")))
    # (last of all, so as not to reorder the other fallbacks: the coder looks for them)
    behind = _behind(verb, comp, noun) if pat.code[:2] in COOPERATION_ROOTS else []
    behind += _aimed_at(verb) if pat.code[:2] in _SHOW_OF_FORCE_ROOTS else []
    behind += jailers  # (those who hold the people a judged treatment is of)
    if clause is not None and subject is None and comp is None:
        # "refused to allow American jets to use its bases": who the complement acts on
        inner = child_of(clause, "ccomp", "xcomp")
        found.extend(
            t
            for t in (
                child_of(clause, "dobj", "dative"),
                child_of(inner, "nsubj") if inner else None,
            )
            if t is not None
        )
        if clause.lemma_.lower() in TRANSFER_VERBS:
            # "ruled out sending Taurus missiles to Ukraine": who would receive them
            found.extend(prep_objects(clause, _RECIPIENT))
        if verb.lemma_.lower() in _REFUSING:
            # "refused to apologise to Riyadh", "declined to negotiate with the rebels": whom
            # the act refused would be done to or with
            found.extend(prep_objects(clause, _TO_OR_WITH))
    if pat.code[:2] == REJECT_ROOT:
        # "refused to step down despite calls from the president's allies": whoever asked
        found.extend(defied(verb, comp))
    if not found and pat.code[:2] in _GIVING_WAY:
        # "agreed to resign, leaving the cabinet", "stepped down, quitting the coalition": a
        # participle of leaving restates the act and names the body left
        found.extend(left_behind(verb, comp))
    if noun is not None:  # anywhere inside the object phrase
        found.extend(
            p
            for t in noun.subtree
            if t.dep_ == "prep" and t.lower_ in preps and not _in_own_clause(t, noun)
            for p in t.children
            if p.dep_ == "pobj"
        )
    act = child_of(verb, "xcomp") if verb.lemma_.lower() in _HELPING else None
    if act is not None and child_of(verb, "dobj") is None:
        # "helped to integrate refugees": who is helped is whom the act is for (not "helped
        # fight the outbreak")
        found.extend(
            c
            for c in act.children
            if c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in NOT_FOES
        )
    actor = subject_of(verb)
    if actor is not None and "with" in preps:  # translated word order: "X with Y met"
        found.extend(prep_objects(actor, frozenset({"with"})))
        # … with the venue first: "Duterte in the Great Hall of the People with Xi met": the
        # "with" phrase hangs on the place named between the subject and the final verb
        if verb.i > actor.i and verb.tag_ in ("VBD", "VBN"):
            found.extend(
                p
                for t in verb.doc[actor.i + 1 : verb.i]
                if t.dep_ == "prep"
                and t.lower_ == "with"
                and t.head.dep_ == "pobj"
                and clause_of(t) == verb
                for p in t.children
                if p.dep_ == "pobj"
            )
    if actor is not None and verb.i > actor.i and child_of(verb, "dobj") is None:
        # translated verb-final order: "The Georgian army the city Tskhinvali with rockets
        # shelled": the object follows the subject with no comma, and the parser hung it on
        # the subject as an apposition (a true apposition is set off: "the army, the largest
        # in the region, …")
        found.extend(_object_as_apposition(actor))
    # Last resort: any actor-taking preposition on the verb, its complement or their objects;
    # "work together on Syria", "agreed to cooperate on North Korea": its "on" phrase is a topic
    last = FALLBACK_PREPS
    if pat.code[:2] in _WORKING_TOGETHER:  # (not "eased sanctions on Iran", "talks on X")
        last -= _TOPIC_PREPS - pat.prep
    if launched_from(verb, comp, pat):
        last -= {"from"}
    if verb.lemma_.lower() in MOVING:  # "bombers flew over the peninsula": passed, not visited
        last -= ROUTES - pat.prep
    # "moved artillery closer to the border with South Korea": "closer" carries the "to"
    nearer = [c for c in verb.children if c.dep_ == "advmod" and c.lemma_.lower() in _NEARER]
    # "seized the town of Bunagana on the border with Uganda", "attacked a village near the
    # frontier with Niger": a blow that has its object only happened by that line, it is
    # not done to the side across it
    struck = pat.code[:2] in VIOLENCE and child_of(verb, "dobj", "nsubjpass") is not None
    for holder in (
        h for h in (comp, verb, noun, child_of(comp or verb, "dobj"), *nearer) if h is not None
    ):
        found.extend(
            p
            for p in prep_objects(holder, last)
            if not (struck and p.lemma_.lower() in EDGES and has_prep([p], WITH))
            and not (p.head.lower_ in _TOPIC_PREPS - pat.prep and _gathering_topic(p.head))
        )
    if pat.code[:2] == PROTEST_ROOT and actor is not None and _names_nothing(verb, found):
        # "Fishermen in Senegal have been protesting for weeks": a crowd that names no one
        # and nothing it acts against protests in the place it is in (not "dockworkers in
        # Marseille blockaded the port": the port is what they block)
        found.extend(crowd_place(actor))
    if noun is not None and not measure and not (reduced_passive(verb) and noun.i == verb.head.i):
        found.append(noun)  # "signed an accord to supply Gondor with wheat"
    found.extend(_beneficiaries(verb, comp))
    # where it happened, last: "set up hospitals in Louisiana", "attacked a camp in Mali";
    # not the venue of talks ("met in the Finnish capital")
    # An appeal for a state of things ("called for calm in Gaza", "appealed for peace in
    # Sudan", "urged an end to the fighting in Darfur") is aimed at the place it is wanted
    # in: the parser often hangs that "in" phrase on the verb rather than on the thing asked.
    wanted_in = pat.code[:2] == APPEAL_ROOT and noun is not None
    if pat.code[:2] not in _DIPLOMACY or wanted_in:
        for holder in (h for h in (comp, verb, child_of(comp or verb, "dobj")) if h is not None):
            found.extend(prep_objects(holder, WHERE))
    if pat.code[:2] == PROTEST_ROOT and actor is not None:
        # "workers at the Grasberg mine went on strike": where the strikers work, last
        found.extend(prep_objects(actor, _WORKPLACE))
    if measure and noun is not None:  # "imposed blockades in the worst-hit areas": the
        found.append(noun)  # measure itself only when it is imposed on no one named
    if pat.code[:2] in COOPERATION_ROOTS and "against" not in pat.prep:
        # "agreed to coordinate actions against IS": the common enemy is no partner
        enemy = [t.dep_ == "pobj" and t.head.lower_ == "against" for t in found]
        primary -= sum(enemy[:primary])
        found = [t for t, out in zip(found, enemy, strict=True) if not out]
    # (not when the verb has an object of its own: "met Panetta and criticised the farce";
    # nor a subject of its own that names another: "China warned Japan, and Russia vowed to
    # defend its interests" shares nothing, "… invited Tebboune, and he called for" does)
    own_subject = child_of(verb, "nsubj", "nsubjpass")
    shared = (
        child_of(verb.head, "dobj", "dative")
        if verb.dep_ == "conj"
        and child_of(verb, "dobj") is None
        and (own_subject is None or own_subject.pos_ == "PRON")
        else None
    )
    # (one who can be a side: "expressed strong regret and warned that it would respond"
    # warns no regret)
    if shared is not None and (names_someone(shared) or shared.pos_ == "PRON"):
        found.append(shared)  # "told Putin to stop and warned of consequences"
    raised = _joined_after(verb)
    if raised is not None:  # "donated and delivered goods to Iraq"
        if "obj" in preps:
            found.extend(c for c in raised.children if c.dep_ in ("dobj", "dative"))
        found.extend(prep_objects(raised, preps))
    if pat.code[:2] == "07":
        # "sanctioned Rs 900 crore for relief in Nepal": an amount parsed as a second object
        found.extend(c for c in verb.children if c.dep_ == "dobj")
        if actor is not None and child_of(verb, "dobj") is None:
            # "a U.S. plane with humanitarian aid for Georgia landed": the aid a carrier
            # arrives with goes where its own phrase says, before where the carrier lands
            # ("a ship with aid for Gaza arrived at the port of Ashdod")
            bound = [
                p
                for aid in prep_objects(actor, frozenset({"with", "of"}))
                if aid_given(aid)
                for p in aid_for(aid)
                if not aid_given(p)
            ]
            found = bound + found
            primary += len(bound)
        found, primary = past_aid_given(found, primary)
    aimed = _aimed_aside(verb, found[:primary])
    if aimed:
        # "dropped its investigation into war crimes in Afghanistan, a probe aimed mainly at
        # American soldiers": a phrase set beside the object says whom it is aimed at
        found = aimed + found
        primary += len(aimed)
    found.extend(behind)
    seen = {t.i for t in placed_in(verb)}  # "put the army on high alert": a state, no one
    if pat.code[:2] == THREAT_ROOT:
        seen |= {t.i for t in _own_forces(comp or child_of(verb, "xcomp"))}
    groups = []
    n_primary = 0
    for position, phrase in enumerate(found):
        if _motive(phrase, pat.code) or _en_route(phrase) or _on_occasion(phrase, verb):
            continue
        if pat.code[:2] in _MEETING_HALFWAY and _in_defiance(phrase, verb):
            continue
        if stood_by(phrase, pat.code) or at_ones_side(phrase) or fought_on_side(phrase, pat.code):
            continue
        if _in_exile(phrase) or _seat_of_mission(phrase) or _manner_idiom(phrase):
            continue
        if _by_warrant(phrase, verb) or post_left(phrase, verb):
            continue
        if pat.code[:2] == _CONSULT and _asker_of_meeting(phrase):
            continue
        if struck and by_the_line(phrase):
            continue
        about = claimed(phrase)  # "claims that two servicemen abused …"
        if about is not None and about.pos_ == "PRON":
            about = None  # "denied Ethiopian claims that it had …": the claim is Ethiopia's
        # "eased an embargo on arms sales to Vietnam": a flow of goods names no one; where it
        # goes or comes from stands right behind it
        # "a boat carrying Rohingya refugees": the people a craft carries stand behind it
        # "urged all parties, including the RSF, to …": the members a group with no name of
        # its own lists stand right behind it
        members = listed_members(phrase)
        heads = (
            (about,)  # "expressed hope that North Korea would return": North Korea alone
            if feeling_voiced(phrase, verb, noun)
            else (
                permitted(phrase) or about,
                phrase,
                *members,
                stands_for(phrase),
                *flow_parties(phrase),
                *carried(phrase),
                housed(phrase),
            )
        )
        for head in heads:
            if head is not None and head.i not in seen and not is_time(head):
                seen.add(head.i)
                groups.append(_posts(head) or with_conjuncts(head))
                n_primary += position < primary
    denier = _denier_of_the_claim(verb)
    if denier is not None and denier.i not in seen:
        # "the army said it downed a plane, which Israel denied": whose plane it was, when
        # nothing else names anyone, is whoever denies losing it (a fallback)
        groups.append(with_conjuncts(denier))
    return tuple(groups), n_primary, frozenset(t.i for t in behind)


def _denier_of_the_claim(verb: Token) -> Token | None:
    """Who denies the claim ``verb`` is told in: the subject of "…, which X denied" hung on
    the verb of saying above it (see ``nlp.pipeline.denials_of_the_charge``)."""
    said = verb
    while said.dep_ in ("ccomp", "conj") and said.head.i != said.i:
        said = said.head
    if said.i == verb.i or said.lemma_.lower() not in SPEECH:
        return None
    denial = next(
        (c for c in said.children if which_gainsays(c) and c.lemma_.lower() in GAINSAYING),
        None,
    )
    return child_of(denial, "nsubj") if denial is not None else None


# Words that open the list of a group's members: "parties, including the RSF", "countries
# such as China", "firms like Huawei", "500 Americans, among them Obama".
_LISTING = frozenset({"including", "like", "among"})


def listed_members(group: Token) -> list[Token]:
    """The members a group phrase lists ("all parties to the conflict, including the Rapid
    Support Forces", "creditors such as China"), with the list the parser hung on the verb
    right after the group's phrase ("urged all parties, including the RSF, to …")."""
    if group.pos_ not in ("NOUN", "PROPN"):
        return []
    preps = [c for c in group.children if c.dep_ == "prep" and c.lower_ in _LISTING]
    preps += [
        p
        for such in group.children
        if such.dep_ == "amod" and such.lower_ == "such"
        for p in such.children
        if p.dep_ == "prep" and p.lower_ == "as"
    ]
    holder = group.head
    if group.dep_ == "dobj":
        preps += [
            c
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in _LISTING and c.i > group.i and set_off(c)
        ]
    return [
        member
        for prep in preps
        for p in prep.children
        if p.dep_ == "pobj" and p.pos_ != "PRON"
        for member in with_conjuncts(p)
    ]


_SENDING_FORCES = {
    "deploy", "send", "use", "mobilize", "mobilise", "dispatch", "move", "mass", "station",
    "bring", "field",
}  # fmt: skip


def _aimed_aside(verb: Token, phrases: list[Token]) -> list[Token]:
    """Whom an apposition set beside the act's object (or beside a word inside it) says the
    thing is aimed at: "dropped the inquiry into abuses in Afghanistan, a probe aimed mainly
    at U.S. soldiers", "lifted the ban, a measure targeting Russian media"."""
    holders = [*phrases, *(c for c in verb.children if c.dep_ == "dobj")]
    # (the parser may hang the phrase on the verb: "dropped the investigation of …, a probe
    # directed mainly against …")
    asides = [
        *(a for holder in holders for a in holder.subtree if a.dep_ == "appos"),
        *(c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i),
    ]
    found = [
        aim
        for aside in asides
        if aside.pos_ == "NOUN" and set_off(aside.left_edge)
        for aim in aims_of(aside)
    ]
    return [t for t in found if t.i not in {p.i for p in phrases}]


# A state's buildings abroad, which stand in a city of another state.
_CHANCERIES = frozenset({"embassy", "consulate", "legation", "chancery", "chancellery"})


def _seat_of_mission(phrase: Token) -> bool:
    """``phrase`` is the city a state's named embassy stands in ("rallied outside the
    Japanese embassy in Beijing"): the embassy's state is the side, the city only its seat
    (an embassy with no owner named leaves its city: "the embassy in Beijing"; a mission
    "in Lebanon" of peacekeepers is there for Lebanon)."""
    prep = phrase.head
    mission = prep.head
    return (
        phrase.dep_ == "pobj"
        and prep.lower_ == "in"
        and mission.lemma_.lower() in _CHANCERIES
        and any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in mission.children)
    )


def _in_exile(phrase: Token) -> bool:
    """``phrase`` is the exile one is sent into or where it is spent ("sent the president
    into exile in Chile", "ending his exile in London"): a state and a refuge, not the side
    the act is done to."""
    if phrase.lemma_.lower() == "exile" and phrase.dep_ == "pobj":
        return True
    prep = phrase.head
    return phrase.dep_ == "pobj" and prep.lower_ in ("in", "to") and prep.head.lemma_ == "exile"


def _en_route(phrase: Token) -> bool:
    """``phrase`` is the way one is on ("on the way to Manila expressed the hope …"), or where
    it leads: where the speaker travels, not to whom the act is done."""
    return phrase.lemma_.lower() in WAYS or on_the_way(phrase)


def _own_forces(comp: Token | None) -> list[Token]:
    """The forces a threat says the speaker would send or use ("threatened to deploy the army
    if Kosovo police moved north", "to send troops unless …"): its own, never whom the threat
    is aimed at (a side named on them still is: "to attack Syrian troops")."""
    if comp is None or comp.lemma_.lower() not in _SENDING_FORCES:
        return []  # (not "vowed to punish the militants")
    return [
        c
        for c in comp.children
        if c.dep_ == "dobj"
        and c.lemma_.lower() in TROOPS
        and not any(m.dep_ in ("amod", "compound", "poss") and names_someone(m) for m in c.children)
    ]


def _in_own_clause(tok: Token, noun: Token) -> bool:
    """``tok`` stands in a clause nested in a relative clause of ``noun``'s phrase: "would
    boycott a conference that began in Cape Town after accusing South Africa of being too
    slow to respond to the violence" (the conference is boycotted, not whom the clauses
    inside its relative clause name; but "an attack in which gunmen stormed a mosque in
    Sinai" is on what its own relative clause names)."""
    clauses = 0
    relative = False
    for step in tok.ancestors:
        if step.i == noun.i:
            return False
        relative = relative or step.dep_ == "relcl"
        clauses += step.dep_ in ("advcl", "pcomp", "xcomp", "ccomp", "acl", "relcl")
        if relative and clauses > 1:
            return True
    return False


# Nouns of the occasion an act is told at: "on the eve of the summit of the Group of Twenty",
# "on the sidelines of the African Union summit", "in the run-up to the vote".
_OCCASIONS = {
    "eve", "sideline", "sidelines", "margin", "margins", "occasion", "run-up", "runup",
    "wake", "threshold", "fringe", "fringes",
}  # fmt: skip


# Roots of acts that give, meet or make way for someone: none is done to a side it defies.
_MEETING_HALFWAY = frozenset({"03", "04", "05", "06", "07", "08"})


def _in_defiance(phrase: Token, verb: Token) -> bool:
    """``phrase`` lies in a phrase of defiance set on ``verb``'s act ("in disregard of the
    representations of China", "in defiance of warnings from Beijing"): it names whom the act
    defies. An act that gives, meets or makes way for someone is not done to that side ("the
    Mongolian side, in disregard of the repeated representations of China, let the Dalai
    Lama visit" lets no one of China in); a hostile act stays aimed at it ("staged drills in
    defiance of new U.S. sanctions"), as a refusal does (:func:`defied`)."""
    for tok in (phrase, *phrase.ancestors):
        if tok.i == verb.i:
            return False
        if tok.dep_ == "pobj" and tok.lemma_.lower() in _FACING and tok.head.lower_ == "in":
            return True
    return False


def _on_occasion(phrase: Token, verb: Token) -> bool:
    """``phrase`` only names the occasion ``verb``'s act is told at: it lies in a phrase of
    the verb headed by an occasion noun ("China, on the eve of the summit of the G20, ruled
    out …")."""
    for tok in (phrase, *phrase.ancestors):
        if tok.i == verb.i:
            return False
        if tok.dep_ == "pobj" and tok.lemma_.lower() in _OCCASIONS:
            return True
    return False


# Nouns of the authority an act is done under: "destroyed the air force on the orders of
# President Chirac", "arrested them on the instructions of the minister", "under orders from
# Baghdad": the one who gives the order stands behind the doer, no one the act is done to.
# (not "authority": "called on the Venezuelan authorities" names whom the call is made to)
_WARRANTS = {"order", "orders", "instruction", "command", "directive"}
_UNDER_WARRANT = frozenset({"on", "upon", "under", "at", "by"})


def _by_warrant(phrase: Token, verb: Token) -> bool:
    """``phrase`` only names whose order ``verb``'s act is done on: it lies in an "on the
    orders of", "under orders from", "at the command of" phrase of the verb."""
    for tok in (phrase, *phrase.ancestors):
        if tok.i == verb.i:
            return False
        if (
            tok.dep_ == "pobj"
            and tok.lemma_.lower() in _WARRANTS
            and tok.head.lower_ in _UNDER_WARRANT
        ):
            return True
    return False


VIOLENCE = FORCE_ROOTS | {"17"}  # coercion (arrests, seizures) and violence
# Forces told to arrest or strike: the means of the one who orders it, not its target.
_ENFORCERS = TROOPS | {"police", "policeman", "guard", "officer", "agent", "security", "commando"}
# ("marched through central Tehran": a crowd moving through a place is in it)
_PLACE_PREPS = {"in", "at", "near", "inside", "outside", "through", "throughout"}


# The posts one is put out of: "ousted the president from power", "removed dozens of elected
# mayors from office", "suspended the judge from his post" (the one put out is the target);
# a post with a place of its own is ground left, as positions always are ("withdrew from posts
# in the south", "from positions in Somalia's Gedo region": the place is the target).
_POSTS = frozenset({"office", "power", "post", "seat", "throne", "job", "duty", "duties"})
_FROM = frozenset({"from"})
_OWN = frozenset({"his", "her", "their", "its"})  # "from his post"; "from the office" is a place


def post_left(phrase: Token, verb: Token) -> bool:
    """``phrase`` is the post the verb puts someone out of ("from office"), no side; one
    who leaves a post of one's own keeps it as the act's open target ("resigned from his
    post": no object put out)."""
    return (
        child_of(verb, "dobj") is not None
        and phrase.lemma_.lower() in _POSTS
        and phrase.dep_ == "pobj"
        and phrase.head.lower_ in _FROM
        and phrase.head.head in (verb, *verb.children)
        and not any(c.dep_ == "prep" for c in phrase.children)
        and not any(
            c.dep_ in ("det", "poss", "compound") and c.lower_ not in _OWN for c in phrase.children
        )
    )


def _object_as_apposition(subject: Token) -> list[Token]:
    """The phrases hung on ``subject`` as appositions with no comma before them and an
    article of their own ("the army the city Tskhinvali"), and their own such appositions."""
    found = []
    for c in subject.children:
        first = c.left_edge
        if (
            c.dep_ == "appos"
            and c.i > subject.i
            and first.pos_ == "DET"
            and first.i > 0
            and not first.nbor(-1).is_punct
        ):
            found.append(c)
            found.extend(a for a in c.children if a.dep_ == "appos" and a.i > c.i)
    return found


def places_of(verb: Token) -> tuple[Token, ...]:
    """Where an act of violence happened ("a journalist was killed in Beirut", "gunmen
    abducted engineers in Nigeria"): with no known agent, event data codes it as the doing
    of someone in that country; a custody named by its holders comes first ("in a Saudi
    prison")."""
    # "abducted engineers in Nigeria", "a bombing near Samarra killed": the place may hang
    # on the object or on an event-noun subject.
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj"))]
    found = [
        tok
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS
        for tok in prep.subtree  # "killed in a car bomb explosion in Beirut"
        if _placed(tok) and not _foreign_mission(tok)
    ]
    held = [t for t in found if t.lemma_.lower() in CUSTODY]
    return tuple(held + [t for t in found if t.pos_ == "PROPN"])


def _placed(tok: Token) -> bool:
    """``tok`` names where an act happened: the object of a place preposition, or the name
    set beside it ("outside the embassy in the Tunisian capital, Tunis")."""
    if tok.dep_ == "appos" and tok.head.dep_ == "pobj":
        tok = tok.head
    return tok.dep_ == "pobj" and _place_of(tok)


def _foreign_mission(tok: Token) -> bool:
    """``tok`` is a state's mission abroad ("outside the U.S. Embassy in Tunis"): the side
    acted at, not the country the act happened in (that is the city named with it)."""
    return tok.lemma_.lower() in _MISSIONS


def _place_of(tok: Token) -> bool:
    """``tok`` is the object of a place preposition, or "the town of X" under one."""
    prep = tok.head
    return prep.lower_ in _PLACE_PREPS or (
        prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS
    )


# Foes that are no actor: fighting them is policy, not force ("vowed to fight terrorism";
# "attacked the terrorists" names people and stays an attack).
# (Crime, smuggling or piracy are fought against people, and stay events.)
NOT_FOES = {
    "corruption", "graft", "bribery", "poverty", "hunger", "famine", "disease", "epidemic",
    "pandemic", "virus", "coronavirus", "covid", "covid-19", "malaria", "ebola", "cancer",
    "aids", "hiv", "inflation", "unemployment", "inequality", "racism", "discrimination",
    "misinformation", "disinformation", "illiteracy", "drought", "wildfire", "blaze", "flood",
    "locust", "climate", "pollution", "outbreak", "terrorism", "terror", "extremism",
    "radicalism", "radicalization", "radicalisation", "militancy",
    # ills of policy one warns against ("warned against protectionism")
    "protectionism", "populism", "isolationism", "complacency", "xenophobia",
    # ills of the world order one warns against, whoever was just offered, praised or met
    # ("offered Germany a closer cooperation and warned against the confrontation of blocs",
    # "warned against a decoupling of the two economies", "against unilateralism")
    "confrontation", "decoupling", "unilateralism", "hegemonism", "polarization",
    "polarisation",
    # What a company or a player beats, hits or kicks ("beat forecasts", "kicked six field
    # goals", "crushed the record"): a measure or a ball, no one attacked.
    "forecast", "estimate", "expectation", "projection", "prediction", "odds", "record",
    "goal", "ball", "puck", "touchdown", "basket",
}  # fmt: skip


def ill_taken_up(pronoun: Token) -> bool:
    """ "terrorism will not pass and Russia will fight against it": the "it" of a clause
    joined to one whose subject is an ill no one is (:data:`NOT_FOES`) takes that ill up;
    the fight is policy, no one is attacked."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("dobj", "pobj"):
        return False
    verb = next((a for a in pronoun.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.dep_ != "conj":
        return False
    ill = child_of(verb.head, "nsubj")
    return ill is not None and ill.lemma_.lower() in NOT_FOES
