"""Who does what in a parsed sentence: clauses, subjects, passive agents, owners and issuers.

The grammar the event extractor (:mod:`detente.events.extract`) reads its sources from: the
subject of a verb, inherited through complements and conjunctions, the agent of a passive
(also one the parser hung elsewhere), what a number counts, who owns a plan or issued a
document, and the misparses of news and translated text these must survive.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.actors.dictionary import ACTOR_SPANS
from detente.actors.resolve import PERSON_ROLES
from detente.events.modality import (
    BOUND,
    CONSEQUENCES,
    INTENT_NOUNS,
    REFUSAL_NOUNS,
    SPEECH,
    before_snippet,
    called_on,
    clause_of,
    past_beside_infinitive,
    pledge_giver,
    reserved,
)

SUBJECT_DEPS = {"nsubj", "csubj"}
RELATIVE = {"who", "whom", "which", "that"}
_MODIFIER_DEPS = ("amod", "compound", "nmod")
# Passive verbs whose "from" phrase names who did it when no agent is given.
_SUMMONING = {"summon"}
TO = frozenset({"to"})
WITH = frozenset({"with"})
IN = frozenset({"in"})
BY_ONLY = frozenset({"by"})
UNTIL = frozenset({"until", "till"})
_SENDING_AWAY = {"expel", "deport", "ban", "bar", "oust", "evict", "exclude", "suspend"}
# Verbs that send someone away with the particle "out": "was ordered out of the country",
# "were kicked out of", "thrown out of", "forced out of".
_SENT_OUT = {"order", "kick", "throw", "force", "drive", "push", "chase", "boot", "turf"}
_CONTROL_VERBS = {
    "urge",
    "ask",
    "call",
    "force",
    "press",
    "invite",
    "tell",
    "order",
    "pressure",
    "encourage",
    "persuade",
    "compel",
    "push",
    "appeal",
    "demand",
    "request",
    # causing someone to act: "prompting Tehran to impose counter-sanctions", "led Peru to
    # expel the ambassador", "forced Israel to close the crossing", "spurred Seoul to …"
    "prompt",
    "lead",
    "cause",
    "spur",
    "drive",
    "provoke",
    "oblige",
    "induce",
    "convince",
    # telling someone to act: "instructed the army to withdraw", "authorised the
    # government to send troops", "advised Mali to hold elections", "warned Iran to stop"
    "instruct",
    "authorize",
    "authorise",
    "advise",
    "warn",
}
INHERIT_SUBJECT = {"xcomp", "conj", "advcl", "pcomp"}
# "decided to lift the sanctions", "opted to withdraw": an authority's decision is the act
# itself (PLOVER codes the lifting), so the complement is coded as what was done, not as a
# 03x intent; unlike INTENT_HEADS the act is not flagged future.
DECISION_HEADS = {"decide", "opt"}


def child_of(tok: Token, *deps: str) -> Token | None:
    """``tok``'s first child with one of the dependency labels ``deps``, or None (a plain
    loop: the coder asks this tens of thousands of times a document batch, and a generator
    inside ``next`` costs about half as much again)."""
    for child in tok.children:
        if child.dep_ in deps:
            return child
    return None


def with_conjuncts(tok: Token | None) -> tuple[Token, ...]:
    """``tok`` and its conjuncts, including a coordinated name the parser hung on it as a
    modifier ("Putin and U.S. President-elect Trump": Putin as nmod of Trump), and the members
    of a list the parser broke up (see :func:`_list_members`)."""
    if tok is None:
        return ()
    speakers = _saying_pair(tok)
    if speakers:
        return speakers
    tok = counted(tok)
    hung = [
        c
        for c in tok.children
        if c.dep_ in ("nmod", "compound")
        and c.i < tok.i
        and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
        and not _attributes_in_a_list(c, tok)
    ]
    # a later member stands for itself and those after it ("On Tuesday in Sochi, Erdogan
    # and Putin signed": Erdogan was parsed as a conjunct of Sochi)
    joined = [c for c in tok.conjuncts if c.i > tok.i] if tok.dep_ == "conj" else tok.conjuncts
    # "The European Union and Serbia's neighbour Croatia condemned …": a member with "'s" owns
    # the next noun, it is no member of the list itself
    joined = [c for c in joined if not any(g.dep_ == "case" and g.i == c.i + 1 for g in c.children)]
    members = [tok, *joined, *hung, *_repeated_preposition(tok)]
    return tuple(dict.fromkeys(members + _list_members(tok) + _joined_as_well_as(tok)))


def _attributes_in_a_list(modifier: Token, head: Token) -> bool:
    """ "US and British warships", "US and South Korean troops": a country name listed with
    nationality adjectives before a common noun modifies that noun together with them, and
    the noun's phrase resolves to every member with its sector (see ``resolve_all``); the
    first member hung on the noun is no doer of its own beside it. A person ("Zelensky and
    European leaders"), a name as head ("Putin and U.S. President-elect Trump") and a list
    of names ("House and Senate negotiators", whose phrase may name no known actor) keep the
    first member apart."""
    joined = [c for c in modifier.children if c.dep_ == "conj"]
    return (
        head.pos_ == "NOUN"
        and modifier.ent_type_ != "PERSON"
        and bool(joined)
        and all(c.pos_ == "ADJ" for c in joined)
    )


def _joined_as_well_as(tok: Token) -> list[Token]:
    """Members joined to ``tok`` by "as well as" that the parser hung on what ``tok``'s
    phrase hangs on: "imposed sanctions on Iranian drone makers as well as three Chinese
    firms" (the firms made a second thing imposed), "sent aid to Turkey as well as Syria"
    (Syria made the object of an "as" on the verb). "As well as" joins like with like: a
    member that names someone goes with the party before it, not with a thing that names
    no one."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or not names_or_named(tok):
        return []
    holder = tok.head.head
    if holder.pos_ not in ("NOUN", "VERB") or names_someone(holder):
        return []
    return [
        c
        for c in tok.doc[tok.i + 1 : tok.sent.end]
        if c.left_edge.i >= 3
        and [t.lower_ for t in c.doc[c.left_edge.i - 3 : c.left_edge.i]] == ["as", "well", "as"]
        and (
            (c.dep_ == "conj" and c.head.i == holder.i)
            or (c.dep_ == "pobj" and c.head.lower_ == "as" and c.head.head.i == holder.i)
        )
        and names_or_named(c)
    ]


def names_or_named(tok: Token) -> bool:
    """``tok`` names someone, or a modifier of it does ("three Chinese firms")."""
    return names_someone(tok) or named_by_modifier(tok)


def _repeated_preposition(tok: Token) -> list[Token]:
    """The objects of the same preposition said again after "and": "spoke with Andersson and
    with Niinisto", "sanctions on Latvia and on Estonia" (the model hangs the second
    preposition on the first, so its object is no conjunct of the first object)."""
    if tok.dep_ != "pobj":
        return []
    prep = tok.head
    return [
        p
        for again in prep.children
        if again.dep_ == "conj" and again.lower_ == prep.lower_
        for p in again.children
        if p.dep_ == "pobj"
    ]


def _saying_pair(tok: Token) -> tuple[Token, ...]:
    """ "Russia and China said they were ready to cooperate": "they" in what two or more
    joined subjects say are those subjects; "the governments of the Netherlands and Australia
    declared that they hold Russia responsible": the governments, whose phrase names both
    (not the last country named)."""
    clause = tok.head
    if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return ()
    # (not a date the parser made a second subject: "On Friday, 25 May, the governments of
    # … declared")
    sayers = next(
        (
            c
            for c in clause.head.children
            if c.dep_ == "nsubj" and c.ent_type_ not in ("DATE", "TIME")
        ),
        None,
    )
    if sayers is None:
        return ()
    if sayers.conjuncts:
        return (sayers, *sayers.conjuncts)
    return (sayers,) if _owned_by_a_list(sayers) else ()


def _owned_by_a_list(tok: Token) -> bool:
    """ "the governments of X and Y", "the ministers of X, Y and Z": a plural noun whose
    "of" phrase lists its owners."""
    return tok.tag_ == "NNS" and any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(o.dep_ == "pobj" and o.conjuncts for o in p.children)
        for p in tok.children
    )


def _list_members(tok: Token) -> list[Token]:
    """Members of a list "X, Y(,) and Z" that the parser did not join as conjuncts: Y as an
    apposition or adverbial noun of X ("Britain, the Netherlands, and France"; "Egypt, Jordan,
    and the Emirates"), or X as a second subject of the verb when Z is next to it ("Brazil,
    Argentina, and Chile condemned": "Brazil" keeps the "and")."""
    found: list[Token] = []
    first = tok
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # the earlier subject whose "and" comes right before this one
        first = next(
            (
                s
                for s in tok.head.children
                if s.dep_ == tok.dep_
                and s.i < tok.i
                and any(c.dep_ == "cc" and c.i + 1 == tok.left_edge.i for c in s.children)
            ),
            tok,
        )
        if first is not tok:
            found += [first, *first.conjuncts]
        found += _headline_pair(tok)
    listed = bool(first.conjuncts) or _has_cc(first)
    for child in first.children:
        if (child.dep_ == "appos" or (child.dep_ == "npadvmod" and child.pos_ == "PROPN")) and (
            listed or _has_cc(child)
        ):
            found += [child, *child.conjuncts]
    return found


def _headline_pair(subject: Token) -> list[Token]:
    """The first of two parties a headline joins with a comma ("India, Japan agree to boost
    ties", "Putin, Xi hold talks"): a name opening the sentence, a comma, then the subject
    (the parser makes the first an adverbial noun of the verb); no date ("Monday, Putin
    met …")."""
    first = next(
        (
            c
            for c in subject.head.children
            if c.dep_ == "npadvmod"
            and c.pos_ == "PROPN"
            and c.ent_type_ not in ("DATE", "TIME")
            and c.left_edge.i == c.sent.start
            and c.right_edge.i + 2 == subject.left_edge.i
            and c.doc[c.right_edge.i + 1].text == ","
        ),
        None,
    )
    return [first] if first is not None else []


def _has_cc(tok: Token) -> bool:
    return any(c.dep_ == "cc" for c in tok.children)


_QUANTITIES = {"thousand", "hundred", "dozen", "million", "billion", "score", "ten", "tens"}


def crowd(tok: Token) -> bool:
    """ "Thousands marched in Seoul", "Hundreds protested": a bare number of people."""
    return tok.lemma_.lower() in _QUANTITIES and counted(tok) is tok


def counted(tok: Token) -> Token:
    """What a number counts: "thousands of demonstrators" names the demonstrators."""
    if tok.lemma_.lower() not in _QUANTITIES and tok.ent_type_ != "CARDINAL":
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted_noun = child_of(of, "pobj") if of is not None else None
    return counted_noun if counted_noun is not None else tok


def reduced_passive(verb: Token) -> bool:
    """ "the diplomats expelled by Washington": a past participle modifying a noun (not a
    clause with a subject of its own: "a statement that it had withdrawn its forces")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and child_of(verb, "nsubj", "aux") is None
        and not _misparsed_main(verb)
    )


def passive_aside(verb: Token) -> bool:
    """A bare past participle clause beside the main clause ("the statues, looted in 1897,
    …", "Asked about the deal, Trump said …"): passive, with no auxiliary or conjunction of
    its own."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(
            c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass") for c in verb.children
        )
    )


def passive_clause(verb: Token) -> bool:
    """ "Iran will close the strait if attacked by the United States": a participle clause
    with an agent and no subject, done by the agent to the main clause's subject."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and child_of(verb, "agent") is not None
        and child_of(verb, "nsubj", "nsubjpass", "auxpass") is None
    )


def undergone_by(verb: Token) -> Token | None:
    """Who underwent a passive participle after a preposition, with no subject of its own:
    the main clause's subject ("ten fishermen returned home after being freed from a jail",
    "the reporter, upon being detained by police, called his embassy")."""
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBN"
        and child_of(verb, "auxpass") is not None
        and child_of(verb, "nsubj", "nsubjpass") is None
        and verb.head.dep_ == "prep"
        and verb.head.head.pos_ in ("VERB", "AUX")
    ):
        return subject_of(verb.head.head)
    return None


def adjective_participle(verb: Token) -> bool:
    """ "returned looted artifacts", "freed detained protesters": a past participle right
    after a verb that has no object of its own, misparsed as a clause (adverbial or, in a
    headline, a complement) whose object is the verb's object; it describes the object and
    is no act of its own."""
    head = verb.head
    return (
        verb.dep_ in ("advcl", "ccomp")
        and verb.tag_ in ("VBN", "VBD")
        and verb.i == head.i + 1
        and head.pos_ == "VERB"
        and child_of(head, "dobj") is None
        and child_of(verb, "dobj") is not None
        and child_of(verb, "nsubj") is None
    )


def final_clause(verb: Token) -> bool:
    """ "…, Nikki Haley, in her first speech the actions of Russia condemned.": a translated
    verb-final sentence the parser read as a relative clause on the subject. The sentence has
    no verb at its root, the clause has no relative word and ends the sentence: its "head" is
    the subject and its "subject" the object."""
    if verb.dep_ != "relcl":
        return False
    sent = verb.sent
    # the clause's verb is the sentence's last word, punctuation aside, or the first of
    # verb-final clauses joined by "and" ("… the city with rockets shelled and then the
    # attack on the city began")
    after = sent.doc[verb.i + 1 : sent.end]
    joined = {t.i for c in verb.children if c.dep_ == "conj" and c.i > verb.i for t in c.subtree}
    return (
        sent.root.pos_ not in ("VERB", "AUX")
        and all(t.is_punct or t.i in joined or (t.dep_ == "cc" and t.head == verb) for t in after)
        and not any(c.lower_ in RELATIVE for c in verb.children)
        and child_of(verb, "nsubj") is not None
    )


# Acts done to someone that a headline tells in the passive without its "was" ("Turkish
# Journalist Arrested in Germany", "aid worker kidnapped in mali", "diplomats expelled from
# moscow"): none of them is said without an object when it is done by the noun before it.
DONE_TO = {
    "arrest", "detain", "kill", "shoot", "stab", "beat", "wound", "injure", "kidnap",
    "abduct", "seize", "jail", "imprison", "sentence", "expel", "deport", "execute", "hang",
    "torture", "free", "release", "capture", "convict", "charge", "indict", "sanction", "bar",
    "summon", "extradite", "rescue", "behead", "assassinate", "attack", "murder", "hold",
}  # fmt: skip


# Where someone sent away is sent from: "expelled from Russia", "ordered out of Spain".
_ORIGINS = frozenset({"from", "of"})


def sends_away(verb: Token) -> bool:
    """``verb`` sends someone away from a place: "expelled", "deported", or a verb of
    ``_SENT_OUT`` with its particle "out" ("was ordered out of Spain")."""
    lemma = verb.lemma_.lower()
    return lemma in _SENDING_AWAY or (
        lemma in _SENT_OUT
        and any(c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)
    )


# Verbs of taking ships and cargo, and the places where a state takes them: its ports and
# its waters ("seized in Iranian waters", "impounded at a Greek port").
_SEIZING = {"seize", "impound", "detain", "intercept", "board", "confiscate", "commandeer"}
_WATERS = {"water", "port", "harbour", "harbor", "airport", "airspace", "territory"}
_AT_PLACE = frozenset({"in", "at", "into"})


def _side_of(verb: Token, preps: frozenset[str], nouns: set[str]) -> Token | None:
    """The side a modifier names of one of ``nouns`` in ``verb``'s ``preps`` phrases ("at a
    Greek port", "in Pakistani shelling")."""
    return next(
        (
            side
            for noun in prep_objects(verb, preps)
            if noun.lemma_.lower() in nouns
            for side in (child_of(noun, "amod", "compound", "poss", "nmod"),)
            if side is not None and names_someone(side)
        ),
        None,
    )


def _owner_of_waters(verb: Token) -> Token | None:
    """The state whose port or waters an agentless passive of seizing names: the one who
    seized ("a cargo ship was impounded at a Greek port")."""
    return _side_of(verb, _AT_PLACE, _WATERS)


# Verbs of letting captives go, and the verbs that tell who held them.
_FREEING = {"release", "free", "liberate", "pardon"}
_HOLDING = {"hold", "detain", "jail", "imprison", "capture", "abduct", "kidnap", "arrest"}
_HELD_AT = frozenset({"by", "in"})


# Verbs by which a state calls its envoy home, and the envoys it calls.
_RECALLING = {"recall"}
_ENVOYS = {
    "ambassador", "envoy", "commissioner", "diplomat", "consul", "emissary", "representative",
    "charge", "chargé",
}  # fmt: skip


def recaller_of_envoy(verb: Token) -> Token | None:
    """Who recalled an envoy an agentless passive names only by where he is called to or by
    whose envoy he is: "the ambassador was recalled to Paris" (Paris), "the ambassador of
    France in Turkey, Hervé Magro, was recalled" (France), "the French envoy in Ankara was
    recalled" (French). Only his own state calls an envoy home; the state he serves in (the
    "in" phrase) is the one he leaves."""
    envoy = child_of(verb, "nsubjpass")
    if envoy is None or envoy.lemma_.lower() not in _ENVOYS:
        return None
    home = next((o for o in prep_objects(verb, TO) if names_someone(o)), None)
    if home is not None:
        return home
    own = [c for c in envoy.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    own += [o for o in prep_objects(envoy, frozenset({"of"}))]
    return next((o for o in own if names_someone(o)), None)


def captor(verb: Token) -> Token | None:
    """Who freed captives an agentless passive names only by where or by whom they were held:
    "two hostages held in Iran were released", "sailors detained by Houthi rebels were
    freed". Whoever holds captives is the one who lets them go."""
    held = child_of(verb, "nsubjpass")
    if held is None:
        return None
    return next(
        (
            keeper
            for clause in held.children
            if clause.dep_ == "acl" and clause.lemma_.lower() in _HOLDING
            for keeper in prep_objects(clause, _HELD_AT)
            if names_someone(keeper)
        ),
        None,
    )


def headline_passive(verb: Token) -> bool:
    """A participle of an act done to someone (``DONE_TO``) with no object or clause of its
    own: told in the passive, of the noun it follows."""
    return verb.lemma_.lower() in DONE_TO and not any(
        c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "nsubj") for c in verb.children
    )


def _misparsed_main(verb: Token) -> bool:
    """ "A U.S. congressional report called for sanctions": the parser hung the sentence's
    only verb on its subject as a modifier; with no verb at the root, it is the main verb.
    So is a past form with an object and a recipient of its own, wherever its noun stands
    ("The Russian side several times offered to Washington the cooperation, but …"): a
    participle describing a noun has neither."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return False
    if child_of(verb, "agent") is not None:
        return False
    # (a headline run into its snippet leaves its noun the subject of the snippet's verb:
    # "peru's president to visit chile ; it will be …")
    if head.dep_ == "ROOT" or (head.dep_ == "nsubj" and before_snippet(head)):
        if headline_passive(verb):
            return False
        return any(c.dep_ in ("prep", "dobj", "xcomp", "ccomp") for c in verb.children)
    if head.dep_ == "ccomp" and child_of(verb, "dobj") is not None:
        # "Coalition airstrikes killed 20 civilians in Yemen, residents said": a noun read
        # as the clause said has no verb of its own; the participle with an object is it
        return True
    return (
        verb.tag_ in ("VBN", "VBD")
        and child_of(verb, "dobj") is not None
        and child_of(verb, "dative") is not None
    )


# People gathered for a cause: what they are "supporting" or "demanding" is their own act,
# not that of whoever bans or breaks them up ("police dispersed a rally supporting Navalny").
GATHERINGS = {
    "rally", "march", "protest", "demonstration", "parade", "procession", "gathering", "vigil",
    "sit-in", "crowd", "mob", "convoy", "flotilla", "strike", "walkout", "picket", "movement",
}  # fmt: skip


# Verbs that link a subject to a predicate adjective ("remains committed", "seemed
# critical of"); "be" is read by the parser as the adjective's head as well.
_LINKING = {"be", "remain", "stay", "seem", "appear", "become", "look", "sound", "grow"}
# Participles that state a view their subject holds, parsed as passives: "Poland is opposed
# to the plan" (Poland opposes it; no one opposed Poland), "Russia is committed to the deal".
HELD_VIEWS = {"opposed", "committed"}
# Taking part told as a participle: "Serb forces were engaged in ethnic cleansing", "troops
# were involved in the killings", "Ethiopia is locked in a dispute with Iran", "is embroiled
# in a row with": the subject does what the "in" phrase names.
TAKING_PART = {"engaged", "involved", "locked", "embroiled", "mired", "entangled", "enmeshed"}


def _taking_part(verb: Token) -> bool:
    return (
        verb.lower_ in TAKING_PART
        and child_of(verb, "agent") is None
        and any(c.dep_ == "prep" and c.lower_ in IN for c in verb.children)
    )


# Feelings of disapproval told as a participle: "Moscow is disappointed by this decision",
# "Seoul was dismayed by the move": the one who feels it disapproves, the "by" phrase is what
# of, not who acts.
FEELINGS = {
    "disappointed", "dismayed", "outraged", "appalled", "angered", "displeased", "irritated",
    "incensed", "frustrated", "upset", "indignant", "unhappy", "dissatisfied",
    # (adjectives of the same anger: "Hanoi was furious with Nairobi over the leak")
    "furious", "angry", "irate", "livid", "annoyed", "enraged", "exasperated",
}  # fmt: skip


# Verbs of going somewhere, done by what they describe when they qualify a noun.
MOVING = {
    "fly", "travel", "sail", "head", "go", "come", "drive", "move", "transit", "cross",
    "arrive", "return", "bind",
}  # fmt: skip
# What a ship or truck has on board: "stormed a Turkish ship carrying aid to Gaza" (the ship
# carries the aid, not the commandos who stormed it; but "sent planes carrying relief to
# Haiti" is the sender's own shipment).
_CARRYING = {"carry", "transport", "ferry", "haul"}
_SENDING_CARRIERS = {"send", "dispatch", "despatch", "deploy", "charter", "provide", "lend"}


# Pronouns an object stands in: "accusing them", "expelled him".
OBJECT_PRONOUNS = {"them", "him", "her"}


def _told_of_its_object(verb: Token) -> bool:
    """A participle hung on a verb's object whose own object is a pronoun for that noun
    ("diplomats accusing them"): the model read an adverbial participle as the noun's."""
    obj = child_of(verb, "dobj")
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.dep_ == "dobj"
        and verb.head.head.pos_ == "VERB"
        and obj is not None
        and obj.lower_ in OBJECT_PRONOUNS
        and child_of(verb, "nsubj") is None
    )


# Verbs of saying and judging whose passive, told "in" a capital, is that capital's word
# (translated: "In Baku this visit was called a provocation", "In Washington the statements
# of Pyongyang were criticised").
_JUDGED = SPEECH | {
    "call", "describe", "condemn", "criticize", "criticise", "welcome", "reject", "consider",
    "regard", "view", "qualify", "assess", "perceive", "greet", "denounce", "term", "label",
    "brand", "dismiss", "praise", "hail",
}  # fmt: skip


def _seat_before(verb: Token) -> Token | None:
    """The capital or country named in an "in" phrase of a passive verb of judging: before
    it, or after it ("the actions of Kyiv were condemned in Moscow", "were criticised in the
    State Duma"; the order a translation from Russian keeps)."""
    return next(
        (
            p
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for p in prep.children
            if p.dep_ == "pobj"
            and (p.ent_type_ == "GPE" or (prep.i > verb.i and p.ent_type_ == "ORG"))
            and names_someone(p)
        ),
        None,
    )


# Fire a side's forces open: "killed by Israeli fire", "wounded in Pakistani shelling".
_FIRE = {
    "fire", "gunfire", "firing", "shelling", "bombardment", "shellfire", "airstrike", "strike",
    "bombing", "rocket", "missile", "mortar", "artillery", "raid", "attack", "sniper",
}  # fmt: skip


# Pacts and laws that bind whoever is party to them: "banned by the treaty", "restricted by
# the constitution" tell what the rule says, not an act of anyone on the day.
STANDING_RULES = {
    "treaty", "pact", "accord", "agreement", "convention", "charter", "constitution",
    "protocol", "law", "regulation", "rule", "statute",
}  # fmt: skip


def standing_rule(noun: Token) -> bool:
    """``noun`` is a pact or law with no owner named on it ("the 1987 treaty", not "Russia's
    law"): no doer of anything."""
    return noun.lemma_.lower() in STANDING_RULES and not any(
        c.dep_ == "poss" for c in noun.children
    )


# Verbs by which a report passes on someone's words: "quoted X as saying", "cited X as
# telling Y that", "X was quoted by TASS as saying".
_QUOTING = {"quote", "cite"}


def quoted_speaker(verb: Token) -> Token | None:
    """Who speaks in "quoted the minister as saying …", "cited the ministry as telling
    Washington …", "Duda was quoted by PAP as saying …": the one quoted (the object of the
    quoting verb, or its passive subject), not the outlet that quotes."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.lemma_.lower() not in SPEECH:
        return None
    quoting = verb.head.head
    if quoting.lemma_.lower() not in _QUOTING:
        return None
    return child_of(quoting, "dobj", "nsubjpass")


# Verbs of catching someone in the act: the participle after their object is the object's
# doing ("caught them trying to hack the network").
_CATCHING = frozenset(
    {"catch", "see", "spot", "find", "film", "photograph", "watch", "observe", "discover"}
)


def _seen_doing(verb: Token) -> Token | None:
    """The one caught in the act ``verb`` tells: in "expelled four officers after catching
    them trying to hack into the network" the officers try, not whoever caught them."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "ccomp", "acl"):
        return None
    if head.lemma_.lower() not in _CATCHING or head.i > verb.i:
        return None
    seen = child_of(head, "dobj")
    return seen if seen is not None and seen.i < verb.i else None


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The acting subject of ``verb``: nsubj, passive agent, or inherited from a governor."""
    if (
        verb.lower_ in HELD_VIEWS
        and child_of(verb, "agent") is None
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    ):
        held = child_of(verb, "nsubjpass", "nsubj")
        if held is None and verb.dep_ == "acomp" and verb.head.lemma_.lower() in _LINKING:
            return subject_of(verb.head, depth + 1)  # "remains committed to"
        return held
    if _taking_part(verb):
        return child_of(verb, "nsubjpass", "nsubj")  # "troops were engaged in the killing"
    if verb.lower_ in FEELINGS and (felt := child_of(verb, "nsubjpass", "nsubj")) is not None:
        return felt  # "Moscow is disappointed by this decision": Moscow disapproves
    shared = shares_passive(verb)  # "were arrested and beaten by police"
    if (
        child_of(verb, "nsubjpass", "auxpass") is not None
        or reduced_passive(verb)
        or shared
        or passive_clause(verb)
    ):
        agent = (
            child_of(verb, "agent")
            or _hung_agent(verb)
            or _document_agent(verb)
            or _gerund_agent(verb)
            or _infinitive_agent(verb)
            or (child_of(verb.head, "agent") if shared else None)
            # "were arrested and beaten by police": the agent of both
            or next(
                (a for c in verb.conjuncts if shares_passive(c) and (a := child_of(c, "agent"))),
                None,
            )
        )
        if agent is None and (maker := _instrument_maker(verb, depth)) is not None:
            return maker
        teller = _announcer(verb) if agent is None else None
        if agent is None and sends_away(verb):
            # "two inspectors have been expelled from North Korea": North Korea expelled them;
            # "the envoy was ordered out of Spain": Spain ordered him out
            origin = next(iter(prep_objects(verb, _ORIGINS)), None)
            if teller is None or (origin is not None and names_someone(origin)):
                return origin
        if teller is not None:
            return teller
        if agent is None and verb.lemma_.lower() in _SUMMONING:
            # "the ambassador was summoned to the Russian Foreign Ministry": the ministry
            # summoned him (the place named is the one who summons)
            return next((o for o in prep_objects(verb, TO) if names_someone(o)), None)
        if agent is None and verb.lemma_.lower() in _JUDGED:
            seat = _seat_before(verb)
            if seat is not None:
                return seat
        if agent is None and verb.lemma_.lower() in _SEIZING:
            keeper = _owner_of_waters(verb)
            if keeper is not None:
                return keeper  # "a tanker was seized in Iranian waters": Iran seized it
        if agent is None and verb.lemma_.lower() in _RECALLING:
            sender = recaller_of_envoy(verb)
            if sender is not None:
                return sender  # "the ambassador of France in Turkey was recalled": France
        if agent is None and verb.lemma_.lower() in _FREEING:
            keeper = captor(verb)
            if keeper is not None:
                return keeper  # "two hostages held in Iran were freed": Iran freed them
        if agent is None:
            # "two soldiers were killed in Pakistani shelling": the fire they died in, named
            # by its side
            return _side_of(verb, IN, _FIRE)
        doer = child_of(agent, "pobj", "pcomp")
        if doer is not None and (doer.tag_ == "VBG" or doer.lemma_.lower() in _FIRE):
            # "were killed by Syrian shelling", "wounded by Pakistani firing", "killed by
            # Israeli fire": the doer of the fire is named as its modifier ("by heavy
            # shelling" names no one: the fire itself)
            side = child_of(doer, "amod", "compound", "poss", "nmod")
            if side is not None and names_someone(side):
                return side
            return None if doer.tag_ == "VBG" else doer
        if doer is not None and standing_rule(doer):
            return None  # "a missile banned by the 1987 treaty": the pact binds, acts not
        return doer
    if _told_of_its_object(verb):
        # "expelled Venezuelan diplomats accusing them of meddling" (no comma): the
        # participle is the expeller's, told of the object it is hung on
        return subject_of(verb.head.head, depth + 1) if depth < 4 else None
    giver = pledge_giver(verb)
    if giver is not None:  # "won a promise from Iran to suspend enrichment": Iran's act
        return giver
    quoted = quoted_speaker(verb)
    if quoted is not None:
        return quoted
    found = _own_subject(verb)
    if (found is None and _misparsed_main(verb)) or final_clause(verb):
        return verb.head
    if found is not None:
        if found.lower_ in RELATIVE and verb.dep_ == "relcl":
            # "in a statement that praised the cabinet": the statement's issuer; "claimed
            # responsibility for the bombing that killed 20": whoever owned up to it
            return issuer_of(verb.head, depth) or claimer_of(verb.head) or verb.head
        return found
    if verb.dep_ == "ROOT":  # "Pakistan shells militant camps": the name hung on the verb
        first = next((c for c in verb.children if c.i < verb.i), None)
        if first is not None and first.dep_ in _MODIFIER_DEPS and first.pos_ == "PROPN":
            return first
    if verb.dep_ == "relcl":
        noun = verb.head
        if (
            noun.dep_ == "dobj"
            and noun.head.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not names_someone(noun)
            and noun.lemma_.lower() not in DOCUMENT_NOUNS
            and child_of(noun.head, "dative") is None
            and depth < 4
        ):
            # "began a hunger strike to protest the detentions", "will take resolute
            # measures to defend its sovereignty": a purpose clause read as a relative one;
            # whoever holds the strike or takes the measures acts, never the thing
            return subject_of(noun.head, depth + 1)
        if (
            noun.dep_ == "pobj"
            and noun.lemma_.lower() in _OCCASIONS
            and noun.head.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and depth < 4
        ):
            # "were converging for a rally in Lagos to protest the law": those who gather for
            # the rally protest, not the rally
            return subject_of(noun.head.head, depth + 1)
        if (
            noun.dep_ == "conj"
            and noun.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            # "assigned the foreign minister or a special envoy to discuss it with Canberra":
            # the infinitive on the last of a list tells what each of them is to do (the
            # list's first, whose conjuncts are the rest)
            return noun.head
        return noun
    if verb.dep_ == "acl" and depth < 4 and _directed(verb):
        # "signed a decree to release 20 prisoners", "issued an order to detain the former
        # governor": the act a directive orders is done by whoever issued it
        issuer = directive_origin(verb.head) or issuer_of(verb.head, depth)
        if issuer is not None:
            return issuer
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and depth < 4:
        # "protesters carrying flags" carry them; "signed a decree banning imports": the
        # signer bans them; "dispersed a march supporting the opposition": the march does
        noun = verb.head
        if (
            noun.dep_ == "dobj"
            and not names_someone(noun)
            and noun.head.pos_ == "VERB"
            and noun.lemma_.lower() not in GATHERINGS
            # "banned all aircraft flying to Minsk", "stopped trucks heading for Belarus":
            # what moves is the noun, not whoever acts on it
            and verb.lemma_.lower() not in MOVING
            and not (
                verb.lemma_.lower() in _CARRYING
                and noun.head.lemma_.lower() not in _SENDING_CARRIERS
            )
        ):
            if noun.lemma_.lower() in DOCUMENT_NOUNS:
                # "vetoed a resolution condemning Russia", "blocked a UN statement
                # condemning the launch": a document speaks for whoever issued it, not for
                # whoever acts on it
                return issuer_of(noun, depth)
            return subject_of(noun.head, depth + 1)
        if noun.lemma_.lower() in DOCUMENT_NOUNS and (issuer := issuer_of(noun, depth)):
            # "France joined Britain in a statement blaming Russia": the statement's
            # issuers blame, not the statement (nor, when it names no one, Russia)
            return issuer
        return noun
    if verb.dep_ == "acomp" and depth < 4:  # "Syria is willing to withdraw"
        return subject_of(verb.head, depth + 1)
    if verb.dep_ == "attr" and verb.tag_ == "VBG" and verb.head.lemma_ == "be" and depth < 4:
        return subject_of(verb.head, depth + 1)  # "Qatar is mediating …" read as "is" + noun
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and depth < 4:
        return _pcomp_subject(verb, depth)
    if passive_aside(verb):
        # "returned the statues, looted in 1897, to Nigeria": the participle tells what was
        # done to something; its doer is its "by" phrase, never the main clause's subject
        agent = child_of(verb, "agent")
        return child_of(agent, "pobj") if agent is not None else None
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and set_off(verb)
        and verb.head.dep_ == "xcomp"
        and depth < 4
    ):
        # "ordered the ambassador to leave within 48 hours, accusing Paris of meddling": a
        # participle set off by a comma tells more of the main clause's subject, not of
        # the one ordered
        return subject_of(verb.head.head, depth + 1)
    if (seen := _seen_doing(verb)) is not None:
        return seen
    report = reported_before(verb.head) if verb.dep_ == "advcl" else None
    if report is not None and verb.tag_ == "VBG" and verb.lemma_.lower() in RESULTING and depth < 4:
        # "militants stormed a base, the army said, killing 12 soldiers", "police arrested a
        # journalist, his family said, drawing criticism from rights groups": a result told
        # after the wire's attribution is the reported act's, not the teller's
        return subject_of(report, depth + 1)
    if verb.dep_ in INHERIT_SUBJECT and verb.head.i != verb.i and depth < 4:
        if (speaker := _willing_speaker(verb, depth)) is not None:
            return speaker
        head = verb.head
        if past_beside_infinitive(verb) or deed_after_a_verdict(verb):
            # "called on both sides to restraint and blamed"; "said the raid was a
            # massacre, and ordered his ambassador home"
            return subject_of(head.head, depth + 1)
        if (patient := _active_after_passive(verb)) is not None:
            return patient
        # (the parser may hang "led Azerbaijan to expel" as a purpose clause)
        infinitive = verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children)
        if infinitive and (owner := owned_bid_before(verb)) is not None:
            return owner
        if verb.dep_ == "xcomp" or infinitive:
            raised = child_of(verb.head, "nsubjpass")  # "Xi is expected to meet Obama"
            if raised is not None and not infinitive:
                return raised
            controls = verb.head.lemma_ != "call" or called_on(verb.head)
            if verb.head.lemma_ in _CONTROL_VERBS and controls:  # "urged Russia to withdraw"
                controller = child_of(verb.head, "dobj") or next(
                    iter(prep_objects(verb.head, frozenset({"on", "upon"}))), None
                )  # "called on Russia to stop"
                if controller is not None:
                    return controller
        return subject_of(verb.head, depth + 1)
    if (
        verb.dep_ == "acl"
        and (verb.head.lemma_.lower() in _OWNED_NOUNS or reserved(verb.head))
        and depth < 4
    ):
        return owner_of(verb.head, depth)  # "announced plans to send troops"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and depth < 4:
        return issuer_of(verb.head, depth)
    return None


def owned_bid_before(verb: Token) -> Token | None:
    """Whose bid, plan or offer an infinitive the parser hung on the main verb completes:
    "Athens will lift its veto on its northern neighbour's bids to join NATO" (the
    neighbour joins, not Athens): the noun right before "to" is owned by someone."""
    if verb.i < 2 or verb.nbor(-1).lower_ != "to":
        return None
    noun = verb.nbor(-2)
    if noun.lemma_.lower() not in INTENT_NOUNS or noun.dep_ not in ("pobj", "dobj"):
        return None
    return child_of(noun, "poss")


def _active_after_passive(verb: Token) -> Token | None:
    """Who does an act of will joined to a passive verb: the passive's own subject, not its
    agent ("he was saddened by the incident but refused to apologise": he refuses; only
    someone can). Other verbs may share the passive ("was summoned by the ministry and
    handed a note")."""
    if (
        verb.dep_ != "conj"
        or verb.lemma_.lower() not in _WILLING
        or child_of(verb, "auxpass") is not None
        or shares_passive(verb)
    ):
        return None
    patient = child_of(verb.head, "nsubjpass")
    # (a thing told of in the passive refuses nothing: "said the rockets had been bought by
    # Venezuela and demanded an explanation" is the speaker's demand)
    if patient is None or not (patient.pos_ == "PRON" or names_someone(patient)):
        return None
    return patient


# Acts of will: only someone can refuse, agree or promise, never a thing.
_WILLING = {
    "refuse", "decline", "agree", "promise", "vow", "pledge", "decide", "demand", "insist",
    "reject", "deny", "apologise", "apologize", "threaten", "offer",
}  # fmt: skip


def _willing_speaker(verb: Token, depth: int) -> Token | None:
    """ "Turkey said that the aircraft had violated its airspace and refused to apologise":
    an act of will joined to a reported clause whose subject is a thing is the speaker's (the
    parser hung it on what was said)."""
    clause = verb.head
    # (or a participle set off after it: "… assurances that the oil would not go to Syria,
    # rejecting a request from the United States")
    joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and set_off(verb))
    envoys = _envoy_dealt_with(verb)
    if not joined or not (envoys or verb.lemma_.lower() in _WILLING) or clause.dep_ != "ccomp":
        return None
    thing = _own_subject(clause)
    # (people told of by a role, "the sailors", deal with no envoys: only a state does)
    named = names_an_actor if envoys else names_someone
    if thing is None or thing.pos_ != "NOUN" or named(thing):
        return None
    return subject_of(clause.head, depth + 1)


# A state's dealings with another's envoys, which only a state does: "summoned the British
# ambassador", "expelled two diplomats", "recalled its envoy".
_ENVOY_DEALINGS = {"summon", "expel", "recall"}
_ENVOYS_DEALT_WITH = {
    "ambassador",
    "envoy",
    "diplomat",
    "charge",
    "chargé",
    "consul",
    "attache",
    "attaché",
}


def _envoy_dealt_with(verb: Token) -> bool:
    """ "Iran said the sailors had entered its waters illegally and summoned the British
    ambassador": an envoy summoned, expelled or recalled after a reported clause whose
    subject is no state is dealt with by the speaker, not by the people told of."""
    envoy = child_of(verb, "dobj")
    return (
        verb.lemma_.lower() in _ENVOY_DEALINGS
        and envoy is not None
        and envoy.lemma_.lower() in _ENVOYS_DEALT_WITH
    )


# Nouns whose clause is an act of whoever has them: "Germany announced plans to send
# troops", "Iran's decision to expel the ambassador", "efforts to help Syria".
_OWNED_NOUNS = INTENT_NOUNS | REFUSAL_NOUNS | {"decision", "effort", "move", "step", "initiative"}
# Verbs whose subject states or makes its own plan, decision or pledge ("announced plans",
# "reaffirmed its commitment", "made efforts"); after others ("welcomed the decision") the
# plan is someone else's.
_OWNING_VERBS = {
    "announce", "unveil", "make", "take", "reach", "reaffirm", "reiterate", "express",
    "declare", "confirm", "voice", "show", "signal", "outline", "present", "have", "adopt",
    "approve", "renew", "stress", "underline", "emphasize", "emphasise", "repeat", "state",
    "step", "intensify", "redouble", "launch", "continue", "pledge", "demonstrate",
    # "gave a firm commitment to fund", "issued a pledge to rebuild": light verbs of a pledge
    "give", "issue", "restate", "underscore",
    # "reserves the right to respond": the right kept is the reserver's (modality.reserved)
    "reserve", "retain",
}  # fmt: skip


def owner_of(noun: Token, depth: int = 0) -> Token | None:
    """Whose plan, decision or pledge ``noun`` is: the subject of a verb that states it
    ("Guterres reiterated the U.N.'s commitment"), else its possessor ("Iran's decision")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":  # "spoke of his readiness to …"
        head = head.head
    if (
        noun.dep_ in ("dobj", "pobj")
        and head.pos_ in ("VERB", "AUX")
        and head.lemma_.lower() in _OWNING_VERBS
    ):
        return subject_of(head, depth + 1)
    announcer = passive_announcer(noun)
    if announcer is not None:
        return announcer
    owner = child_of(noun, "poss")
    if owner is not None and owner.pos_ == "PRON" and noun.dep_ == "pobj":
        # "praised South Korea for its efforts": "its" is whom the verb is about
        about = child_of(head, "dobj")
        if about is not None and head.pos_ in ("VERB", "AUX"):
            return about
    if owner is None:  # "the threat by the Houthis to strike ships", "a decision by the court"
        owner = next(prep_objects(noun, BY_ONLY), None)
    if owner is None and noun.lemma_.lower() in _DECIDED:
        # "the decision of the Ruritanian government to expel the envoy": a side named by
        # "of" before the noun's "to" clause is the one whose decision it is (not "the
        # readiness of Egypt to cooperate", a stance told of, not an act)
        owner = next(
            (
                o
                for o in prep_objects(noun, frozenset({"of"}))
                if names_someone(o) and any(_to_clause_after(c, o) for c in noun.children)
            ),
            None,
        )
    return owner


# Nouns of an act decided on whose "of" names the decider.
_DECIDED = {"decision", "move", "order"}


def _to_clause_after(clause: Token, named: Token) -> bool:
    """``clause`` is an infinitive hung on a noun after the side ``named``."""
    return (
        clause.dep_ == "acl"
        and clause.i > named.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
    )


# Verbs that make a plan or decision known: "was announced by", "was disclosed by", "was made
# known (public) by".
_DISCLOSING = {"announce", "disclose", "reveal", "unveil", "declare", "confirm", "state", "make"}


def passive_announcer(noun: Token) -> Token | None:
    """Who made ``noun``, a plan or decision, known in the passive: "The decision to expel the
    American diplomats was made known by the Russian foreign ministry", "the plan to close
    the embassy was announced by Ankara" (the "by" phrase, on the verb or on the "known" or
    "public" after "made"); the teller of a decision is the one who took it, as in the
    active "the ministry announced its decision"."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in _DISCLOSING:
        return None
    told = [verb]
    if verb.lemma_.lower() == "make":
        told = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp")]
        told = [c for c in told if c.lower_ in ("known", "public")]
        told += [verb] if told else []
    agent = next((a for t in told if (a := child_of(t, "agent")) is not None), None)
    return child_of(agent, "pobj") if agent is not None else None


# Adjectives whose "of/for/to" clause is done by their subject: "X and Y are guilty of
# violating the truce", "Ethiopia is committed to opening up its economy" (an intent: see
# modality).
DOER_ADJECTIVES = {
    "guilty", "responsible", "culpable", "ready", "committed", "prepared", "willing", "open",
    "determined", "keen", "eager",
}  # fmt: skip
# Prepositions whose clause is done by the subject of the verb they modify, object or not:
# "punished Iran by imposing sanctions", "met Putin after visiting Kiev" (but "accused Iran
# of attacking", "thanked Iran for helping": the object did it, "talked about attacking",
# "refrained from attacking": nobody did).
_SAME_SUBJECT_PREPS = {"by", "after", "before", "while", "upon", "through"}
# Verbs of spending whose "on/in/for" clause their subject does: "spent 23 billion euros on
# helping refugees", "invested heavily in rebuilding Iraq".
_SPENDING = {"spend", "invest", "use", "devote", "allocate", "earmark", "commit"}
# Verbs of joining another side in an act: "Britain joined the U.S. in blaming North Korea",
# "France joins Germany in condemning the attack": the one who joins does it too.
_JOINING = {"join"}


# State measures told in the passive, and the verbs that announce them: "the ministry
# informed him that 20 employees are declared persona non grata", "Kurtulmus added that the
# airspace will be closed", "announced that Rosatom will be excluded from the tender".
_MEASURES = _SENDING_AWAY | {
    "declare", "close", "cancel", "revoke", "freeze", "impose", "recall", "limit", "restrict",
    "shut", "withdraw",
}  # fmt: skip
_ANNOUNCING = {"announce", "inform", "add", "declare", "state", "say", "decide", "confirm"}


_ISSUED_BY = frozenset({"from", "by", "of"})  # "a statement from / by / of the ministry"


def _announcer(verb: Token) -> Token | None:
    """Who announces the passive measure ``verb`` with no agent: the subject of the verb of
    announcing whose clause it is, when that subject names someone."""
    if verb.lemma_.lower() not in _MEASURES or verb.dep_ != "ccomp":
        return None
    if verb.head.lemma_.lower() not in _ANNOUNCING:
        return None
    teller = child_of(verb.head, "nsubj")
    if teller is not None and teller.lemma_.lower() in DOCUMENT_NOUNS:
        # "…, the statement said": a document announces for its issuer, if one is named
        # ("the ministry's statement said"); it imposes or expels nothing itself
        teller = issuer_of(teller) or next(iter(prep_objects(teller, _ISSUED_BY)), None)
    if teller is None or teller.pos_ not in ("NOUN", "PROPN"):
        return None
    # "Iran said two of its diplomats had been expelled": a measure against the teller
    done_to = child_of(verb, "nsubjpass")
    if done_to is not None and any(t.dep_ == "poss" and t.lower_ in _OWN for t in done_to.subtree):
        return None
    return teller


_OWN = {"its", "their", "our", "his", "her"}


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject. Two subjects are a misparse: the one next to the verb is its own
    ("On the eve of a visit by …, Rouhani, to the U.S., the Iranian authorities freed …")
    unless it is a name right after a noun, inside the first ("A court in the capital Ankara
    ordered")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1:
        last = before[-1]
        if any(t.text == "," for t in verb.doc[before[-2].i : last.i]):
            return last  # "…, Rouhani, to the U.S., the Iranian authorities freed"
        start = last.left_edge.i
        previous = verb.doc[start - 1] if start > 0 else None
        # "the official representative of the ministry Maria Zakharova described": the name
        # of the person the first subject's title is
        titled = _titled_name(before[0], last, previous)
        if (
            previous is not None
            and not titled
            and (
                previous.pos_ == "ADP"  # "forces loyal to Hun Sen forced": inside the first
                or (previous.pos_ in ("NOUN", "PROPN") and previous.dep_ not in SUBJECT_DEPS)
            )
        ):
            return before[0]  # "in the capital Ankara": a name after a noun of the first
        return last  # "The rebel Free Syrian Army"
    return subjects[0] if subjects else _for_subject(verb) or _subject_in_setting(verb)


# Occasions one goes or gathers for, never doers: "for a rally", "for talks", "for a summit".
_OCCASIONS = {
    "rally", "march", "protest", "demonstration", "parade", "procession", "gathering", "vigil",
    "sit-in", "strike", "walkout", "picket", "talk", "meeting", "summit", "conference",
    "negotiation", "session", "visit", "ceremony", "funeral",
}  # fmt: skip


def _for_subject(verb: Token) -> Token | None:
    """ "reopened its borders for South Koreans to inspect their factories": the object of a
    "for" phrase right before an infinitive is the infinitive's subject."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return None
    tok = verb.doc[to.i - 1]
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.right_edge.i == to.i - 1:
            # (an occasion gone to does nothing itself: "gathered for a rally in Nairobi to
            # protest the tax", "flew to Geneva for talks to discuss the truce")
            return None if tok.lemma_.lower() in _OCCASIONS else tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _titled_name(title: Token, name: Token, previous: Token | None) -> bool:
    """``name`` names the person ``title`` is: "the official representative of the ministry
    Maria Zakharova" (only "of" phrases between, their last noun no title of its own, as in
    "the minister with the IAEA chief Rafael Grossi")."""
    if title.lemma_.lower() not in PERSON_ROLES or name.pos_ != "PROPN" or previous is None:
        return False
    if previous.lemma_.lower() in PERSON_ROLES:
        return False
    at = previous
    while at.i != title.i:
        if at.dep_ == "prep" and at.lower_ != "of":
            return False
        if at.head.i == at.i:
            return False
        at = at.head
    return True


def _subject_in_setting(verb: Token) -> Token | None:
    """ "On Tuesday in Sochi, Erdogan and Putin signed …": the names after the comma were
    parsed as more places of the opening phrase; the first of them is the subject."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for place in prep.subtree:
            if place.dep_ != "pobj":
                continue
            for joined in place.conjuncts:
                before = verb.doc[joined.left_edge.i - 1] if joined.left_edge.i > 0 else None
                if joined.i > place.i and before is not None and before.text == ",":
                    return joined if names_someone(joined) else None
    return None


def _pcomp_subject(verb: Token, depth: int) -> Token | None:
    """Subject of a clause after a preposition ("after meeting Putin", "guilty of violating")."""
    prep = verb.head
    holder = prep.head
    if holder.pos_ == "ADJ" and holder.lemma_.lower() in DOER_ADJECTIVES:
        return subject_of(holder, depth + 1)
    if holder.lower_ in BOUND and prep.lower_ == "to":
        # "Ethiopia is committed to opening up its economy": the one bound does it
        return child_of(holder, "nsubjpass") or subject_of(holder, depth + 1)
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in _OWNED_NOUNS:
        return owner_of(holder, depth)  # "its commitment to supporting Lebanon"
    charged = _charged_with(verb, holder)
    if charged is not None:
        return charged
    if holder.pos_ in ("VERB", "AUX") and (
        prep.lower_ in _SAME_SUBJECT_PREPS
        or holder.lemma_.lower() in _SPENDING
        or (prep.lower_ == "in" and holder.lemma_.lower() in _JOINING)
    ):
        return subject_of(holder, depth + 1)
    return None


# The preposition by which a verb names the act its object is charged with: "accused the
# coast guard of ramming boats", "suspected the aide of spying". (An act one is condemned or
# praised "for" is told as the reason, not charged: "criticised the Tunisians for ousting
# Ben Ali" adds no ousting.)
_CHARGE_PREPS = frozenset({"of"})


def _charged_with(gerund: Token, holder: Token) -> Token | None:
    """The one an act is laid on when a verb names them as its object and the act in a gerund
    after "of": "accused the Chinese coast guard of ramming Philippine boats" (the coast
    guard rammed them, as charged). The object does the act, never the accuser."""
    if holder.pos_ != "VERB" or gerund.head.lower_ not in _CHARGE_PREPS:
        return None
    accused = child_of(holder, "dobj")
    if accused is None or accused.i > gerund.i or not names_someone(accused):
        return None
    return accused


# Documents that act for whoever issued them: "passed a resolution criticizing the
# president", "filed a lawsuit accusing the cartel", "put out a report accusing the army",
# "in a statement condemning the attack, the ministry said".
DOCUMENT_NOUNS = {
    "report", "resolution", "statement", "lawsuit", "suit", "letter", "communique",
    "communiqué", "declaration", "motion", "bill", "petition", "complaint", "memo",
    "memorandum", "note", "decree", "order", "ordinance", "law", "legislation", "ruling",
    "verdict", "judgment", "judgement", "editorial", "tweet", "post", "video", "message",
    "speech", "op-ed", "dossier", "document", "white paper", "directive", "edict",
    "proclamation", "announcement", "release",
}  # fmt: skip
# Verbs by which someone issues a document: "the court issued a ruling", "the assembly passed
# a resolution".
_SENT_BY = {
    "pass", "adopt", "approve", "issue", "publish", "release", "put", "file", "send", "write",
    "sign", "submit", "introduce", "table", "deliver", "post", "unveil", "present", "draft",
    "circulate", "lodge", "hand", "produce", "launch", "make", "consider", "debate",
    "propose", "back", "endorse", "sponsor", "co-sponsor",
    # a post one passes on speaks for one too: "shared a video which mocked the minister"
    "share", "retweet", "repost", "forward",
}  # fmt: skip


_OWNING_UP = {"claim", "take", "accept", "admit", "acknowledge", "assume", "bear"}


def claimer_of(noun: Token) -> Token | None:
    """Who owned up to the act ``noun`` names: "Al-Shabaab claimed responsibility for the
    attack" says Al-Shabaab attacked."""
    prep = noun.head
    owned = prep.head
    if not (
        noun.dep_ == "pobj"
        and prep.lower_ == "for"
        and owned.lemma_.lower() in ("responsibility", "credit")
        and owned.dep_ == "dobj"
        and owned.head.lemma_.lower() in _OWNING_UP
    ):
        return None
    return subject_of(owned.head)


# Documents that order an act done: "a decree to release prisoners", "an order to detain".
DIRECTIVES = {
    "decree", "order", "directive", "edict", "instruction", "ordinance", "mandate",
    "proclamation",
}  # fmt: skip


def _directed(verb: Token) -> bool:
    """``verb`` is the infinitive a directive orders: "a decree to release 20 prisoners"."""
    return verb.head.lemma_.lower() in DIRECTIVES and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


# Verbs by which a directive is said to have its source: "the order came from Moscow".
_ISSUED_FROM = {"come", "originate", "emanate"}


def directive_origin(noun: Token) -> Token | None:
    """Where the directive ``noun`` is said to come from: "said that the order to kill
    Khashoggi came from the highest levels of the Saudi government", "the instructions to
    fire originated in Moscow" (the one named after "from" or "in" issued it)."""
    if noun.lemma_.lower() not in DIRECTIVES or noun.dep_ != "nsubj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in _ISSUED_FROM:
        return None
    return next(iter(prep_objects(verb, frozenset({"from", "in"}))), None)


def issuer_of(noun: Token, depth: int = 0) -> Token | None:
    """Who speaks through the document ``noun`` ("Amnesty's report", "the resolution the
    parliament passed", "a lawsuit filed by the families"): its possessor or actor modifier,
    else the subject of the verb that issued it, else None (not a document)."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.pos_ != "NOUN":
        return None
    author = next(
        (
            c
            for c in noun.children
            if (c.dep_ in ("poss", "compound") and c.pos_ == "PROPN")
            or (c.dep_ == "amod" and c.ent_type_ == "NORP")
        ),
        None,
    )
    if author is not None:  # "Amnesty's report accusing", "a Russian statement condemning"
        return author
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
        head = head.head  # "in a statement condemning the attack, the ministry said"
    elif noun.dep_ != "dobj" or head.lemma_.lower() not in _SENT_BY:
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    return subject_of(head, depth + 1)


def _hung_agent(verb: Token) -> Token | None:
    """A passive's "by" phrase the parser hung on the verb's prepositional object ("was
    threatened with retaliation by Beijing", "were killed in an attack by militants") or on
    the object a passive keeps ("was granted a loan by the IMF")."""
    # (or on the verb itself, labelled a plain preposition: "Ukraine was promised more
    # weapons by Germany"; someone named, not "by June" or "by force")
    own = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ == "by"
            and (named := child_of(c, "pobj")) is not None
            and names_someone(named)
        ),
        None,
    )
    if own is not None:
        return own
    kept = [c for c in verb.children if c.dep_ == "dobj"]
    return next(
        (
            by
            for hung in (
                *(p for prep in verb.children if prep.dep_ == "prep" for p in prep.children),
                *kept,
            )
            if hung.dep_ in ("pobj", "dobj")
            for by in hung.children
            if by.dep_ in ("prep", "agent") and by.lower_ == "by"
        ),
        None,
    )


def _gerund_agent(verb: Token) -> Token | None:
    """A passive's "by" phrase the parser hung on the gerund it is told with ("was accused of
    embezzling funds by prosecutors", "charged with smuggling arms by the court"): an active
    gerund takes no agent of its own, so someone named "by" it did the passive's act (not a
    means: "by arming rebels" names no one)."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for gerund in prep.children:
            if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG":
                continue
            hosts = [gerund, *(c for c in gerund.children if c.dep_ == "dobj")]
            for host in hosts:
                for by in host.children:
                    named = child_of(by, "pobj") if by.lower_ == "by" else None
                    if by.dep_ == "prep" and named is not None and names_someone(named):
                        return by
    return None


def _infinitive_agent(verb: Token) -> Token | None:
    """A passive's "by" phrase the parser hung on the infinitive it is told with ("were
    allowed to return home by China", "were ordered to leave the country by Iran"): an
    active infinitive takes no agent of its own, so someone named "by" it did the passive's
    act (not a time or a means: "by March", "by force")."""
    for told in verb.children:
        if told.dep_ != "xcomp" or told.tag_ != "VB" or child_of(told, "auxpass") is not None:
            continue
        for by in told.children:
            named = child_of(by, "pobj") if by.lower_ == "by" else None
            if by.dep_ == "prep" and named is not None and names_someone(named):
                return by
    return None


def _document_agent(verb: Token) -> Token | None:
    """A passive's speaker named as the author of the document it is told in ("the army was
    accused of killing civilians in a report by Amnesty International", "was criticised in
    a statement by the ministry"): the document's "by" phrase."""
    for tok in verb.subtree:
        if (
            tok.lemma_.lower() in DOCUMENT_NOUNS
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "in"
            and not any(t.dep_ == "relcl" for t in _between(verb, tok))
        ):
            # ("in a report issued by Human Rights Watch": on the participle)
            holders = [tok, *(c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN")]
            return next(
                (
                    c
                    for h in holders
                    for c in h.children
                    if (c.dep_ in ("prep", "agent") and c.lower_ == "by") or _author_of(c)
                ),
                None,
            )
    return None


# Prepositions by which a relative clause says an act was done through a document or
# measure: "a note, by which five diplomats were declared persona non grata", "a decree,
# under which the imports were banned".
_THROUGH = frozenset({"by", "under", "with", "through", "in"})


def _instrument_maker(verb: Token, depth: int) -> Token | None:
    """Who did a passive act a relative clause tells was done through a document (no agent
    named): the one who handed, signed or issued that document, the subject of the verb it is
    the object of ("the ministry handed the ambassador a note, by which five diplomats were
    declared persona non grata": the ministry declared them)."""
    if verb.dep_ != "relcl" or depth > 3:
        return None
    through = any(
        prep.dep_ == "prep"
        and prep.lower_ in _THROUGH
        and any(p.dep_ == "pobj" and p.lower_ == "which" for p in prep.children)
        for prep in verb.children
    )
    document = verb.head
    if not through or document.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    if document.dep_ not in ("dobj", "nsubjpass") or document.head.pos_ != "VERB":
        return None
    return subject_of(document.head, depth + 1)


def _author_of(prep: Token) -> bool:
    """``prep`` is a document's "of" phrase naming who issued it, as translated press writes
    the author ("In the statement of the Russian MFA the step was called irresponsible"), not
    what it is about ("a report of torture")."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    author = child_of(prep, "pobj")
    return author is not None and names_someone(author)


def _between(top: Token, low: Token) -> Iterator[Token]:
    """The tokens on the head path from ``low`` up to (not including) ``top``."""
    while low.i != top.i and low.head.i != low.i:
        yield low
        low = low.head


# First words of two-word prepositions whose second word carries the object: "pulled its
# troops out of Afghanistan", "moved the ships away from the coast".
_TWO_WORD = {"out", "away"}


# What an act brings about, told by a participle after it: "…, killing 12", "…, drawing
# criticism from", "…, prompting Tokyo to protest", "…, sparking a fire".
RESULTING = {
    "kill", "wound", "injure", "draw", "prompt", "spark", "trigger", "provoke", "raise",
    "fuel", "force", "leave", "cause", "damage", "destroy", "anger", "infuriate", "deepen",
    "escalate", "worsen", "heighten", "deal", "mark", "end", "bring",
}  # fmt: skip


# Clauses a sentence tells beside its main act: a relative clause ("the prosecutor, who has
# clashed with the government"), an adverbial one ("after Tehran executed him", "…, killing
# five officers", "Backed by Russian air power, …") and a participle on a noun ("warplanes
# supported by Russia", "a decree granting citizenship to …").
_ASIDE_CLAUSES = frozenset({"relcl", "acl", "advcl"})
# Prepositions and phrases that set an act as the time or cause of another ("arrested
# journalists during a demonstration", "dropped the probe under pressure from Washington",
# "canceled the talks in the wake of an attack", "struck in response to a drone attack").
_CIRCUMSTANCE = frozenset({
    "during", "amid", "amidst", "after", "before", "since", "following", "despite", "until",
    "under",
})  # fmt: skip
_CIRCUMSTANCE_NOUNS = frozenset({"wake", "aftermath", "response", "retaliation", "run-up"})
# Prepositions of what one presses, briefs or warns someone about: "pressed Vucic on the
# attack by armed Serbs", "warned Tehran over its drone sales", "questioned him about".
_ADDRESS_TOPIC = frozenset({"on", "over", "about"})


def told_aside(word: Token) -> bool:
    """``word`` tells its act as background to the sentence's main act: it stands in an aside
    clause (above), in a gerund after a preposition ("in retaliation for attacking"; not
    "by shelling", which says how the main act was done) or in the complement of a verb
    other than one of saying ("welcomed Putin to mediate"; "said Russia shelled Kharkiv"
    tells the shelling). A reader takes the main act as the sentence's event."""
    if verdict_before_penalty(word):
        return True
    tok = word
    came_from: Token | None = None
    while True:
        if _background_before(tok, came_from):
            return True
        if tok.head.i == tok.i:
            break
        if tok.dep_ in _ASIDE_CLAUSES and not (
            final_clause(tok) or _misparsed_main(tok) or _document_says(tok) or _reported_ahead(tok)
        ):
            return True
        if tok.dep_ == "pcomp" and tok.head.lower_ != "by":
            return True
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() not in SPEECH:
            return True
        if tok.dep_ == "pobj" and (_circumstance(tok.head) or _topic_of_address(tok.head)):
            return True
        came_from, tok = tok, tok.head
    return False


# Clauses that sit below the one they hang on: a complement or purpose ("agreed to meet",
# "sent envoys to press Kyiv"), an adverbial, relative or participle clause, a gerund after a
# preposition, a clausal subject.
_EMBEDDED = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp", "csubj"})


def _level(tok: Token) -> bool:
    """``tok`` heads a clause one level below its head's: not what a verb of saying says
    ("said Russia shelled Kharkiv" tells the shelling), nor a clause the parser hung below
    the act it is (see :func:`told_aside`'s exceptions)."""
    if tok.dep_ not in _EMBEDDED:
        return False
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH:
        return False
    return not (
        final_clause(tok) or _misparsed_main(tok) or _document_says(tok) or _reported_ahead(tok)
    )


def _in_a_phrase(word: Token) -> bool:
    """``word`` is a noun in a prepositional phrase of its clause (not its subject or
    object)."""
    if word.pos_ in ("VERB", "ADJ", "AUX"):
        return False
    tok = word
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        if tok.dep_ == "pobj":
            return True
        tok = tok.head
    return False


def embedding(word: Token) -> int:
    """How deep ``word``'s act sits below the sentence's main clause, the place a reader takes
    its acts in: one level for each clause it is embedded in, and one for an act a noun names
    in a prepositional phrase ("met Erdogan after the attack on the embassy", "urged Kyiv to
    hold talks on the return of prisoners"). 0 is the main clause's verb, or one joined to it
    by "and", or a noun it takes as its subject or object ("continued its aid to Egypt"); of
    two acts, the shallower is the news."""
    depth = int(_in_a_phrase(word))
    tok = word
    while tok.head.i != tok.i:
        depth += _level(tok)
        tok = tok.head
    return depth


# A verdict and the penalty the same court hands down, joined in one sentence ("convicted
# the activist of subversion and jailed him for five years", "found him guilty and sentenced
# him to death"): the penalty is the news a reader takes first, as the PLV coders give it
# (COERCE); the finding of guilt is told beside it. A verdict alone stays the news.
_VERDICTS = frozenset({"convict", "find"})
_PENALTIES = frozenset({"sentence", "jail", "imprison", "hand", "give", "fine", "order"})


def verdict_before_penalty(verb: Token) -> bool:
    """``verb`` convicts someone (or finds them guilty) and a verb joined after it hands
    down the penalty."""
    lemma = verb.lemma_.lower()
    if lemma not in _VERDICTS or verb.pos_ != "VERB":
        return False
    if lemma == "find" and not any(t.lower_ == "guilty" for t in verb.children):
        return False
    return any(
        c.dep_ == "conj" and c.i > verb.i and c.lemma_.lower() in _PENALTIES for c in verb.children
    )


# Words that mark a perfect clause as a state of things up to the news ("have attacked
# dozens of ships since November", "had long hosted French troops", "had already halted").
_UP_TO_NOW = frozenset({"since", "long", "already", "repeatedly", "previously", "for"})


def _perfect(verb: Token) -> str | None:
    """The "have" of a perfect verb ("have attacked", "had halted"), lower-cased."""
    if verb.tag_ != "VBN":
        return None
    have = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "have"), None)
    return have.lower_ if have is not None else None


def _background_before(verb: Token, came_from: Token | None) -> bool:
    """``verb`` opens a sentence with background in the perfect, and a clause joined after it
    with its own subject tells the news in the simple past: "The Houthis have attacked dozens
    of ships since November, and on Monday the rebels fired a missile at a bulk carrier";
    "Israel had already halted all aid, and on Sunday its minister ordered the power cut".
    The background is told beside the act the sentence reports (not the later clause itself,
    reached from below). A pluperfect is background by its tense; a present perfect only
    with a mark of time up to now ("since", "long", "already", "for years")."""
    have = _perfect(verb)
    if have is None:
        return False
    # the news clause joined on the background verb, or beside it under one verb of saying
    # ("The Houthis have attacked …, and on Monday the rebels fired …, UKMTO said")
    joined = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "ccomp":
        joined += [c for c in verb.head.children if c.dep_ == "ccomp"]
    news = [
        c
        for c in joined
        if c.i > verb.i
        and c.tag_ == "VBD"
        and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
    ]
    if not news or (came_from is not None and any(c.i == came_from.i for c in news)):
        return False
    return have == "had" or any(
        c.lower_ in _UP_TO_NOW for c in verb.children if c.dep_ in ("prep", "advmod", "mark")
    )


def _topic_of_address(prep: Token) -> bool:
    """``prep`` gives what a verb with a listener is about: "pressed Vucic on the attack by
    armed Serbs", "briefed the council on the fighting". The act pressed or briefed on is the
    matter of the talk, told beside the pressing, which is the sentence's act; a verb with
    no listener keeps its "on" ("cracked down on protests")."""
    verb = prep.head
    return (
        prep.lower_ in _ADDRESS_TOPIC
        and verb.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.i < prep.i for c in verb.children)
    )


# An age a death is told at ("dies at 91", "dead at 82", "died aged 68").
_AGE_PREPS = frozenset({"at", "aged"})


def _death_at_an_age(verb: Token) -> bool:
    """``verb`` tells a death at an age: "dies at 91", "is dead at 82", "died aged 68"."""
    lemma = verb.lemma_.lower()
    dead = lemma == "die" or (
        lemma == "be" and any(c.lower_ == "dead" and c.dep_ == "acomp" for c in verb.children)
    )
    if not dead:
        return False
    holders = [verb, *(c for c in verb.children if c.lower_ == "dead")]
    aged = any(c.lower_ in _AGE_PREPS for c in verb.children) and any(
        c.like_num
        for c in verb.children  # "died aged 80", the number hung on the verb
    )
    return aged or any(
        c.lower_ in _AGE_PREPS and any(p.like_num for p in c.children)
        for holder in holders
        for c in holder.children
    )


def life_told(word: Token) -> bool:
    """``word`` tells an act of a life an obituary sums up in its subject: "Mario Soares,
    who led Portugal to democracy, dies at 92", "reporter who broke news of Germany's
    invasion of Poland, dies at 105"; or in the lines that follow it, in the past ("... dies
    at 64 ; he had defended moscow's policies in syria"). The act is the dead person's past,
    decades back, not the news of the day."""
    tok = word
    while tok.head.i != tok.i:
        if tok.dep_ in ("nsubj", "nsubjpass") and _death_at_an_age(tok.head):
            return tok.i != word.i  # (the death itself is no act of the life)
        tok = tok.head
    verb = clause_of(word)
    return _told_in_the_past(verb) and (
        _after_an_obituary(word) or _describing_the_dead(verb) or _life_of_the_named_dead(verb)
    )


_THE_DEAD = frozenset({"he", "she"})


def _named_death(verb: Token) -> bool:
    """``verb`` is an obituary's headline with no age: a name described by an apposition
    "dies" ("vitaly churkin, russia's ambassador to the united nations, dies suddenly in new
    york")."""
    subject = child_of(verb, "nsubj")
    return (
        verb.lemma_.lower() == "die"
        and verb.tag_ == "VBZ"
        and subject is not None
        and subject.pos_ == "PROPN"
        and any(c.dep_ == "appos" for c in subject.children)
    )


def _life_of_the_named_dead(verb: Token) -> bool:
    """``verb``, in the past with "he" or "she" for its subject, follows an obituary's
    headline that tells no age: "... dies suddenly in new york ; he clashed often with
    american envoys over syria" is the dead man's life. What others did to him stays news:
    "... dies after an attack at the airport ; two women attacked him"."""
    subject = child_of(verb, "nsubj")
    return (
        subject is not None
        and subject.lower_ in _THE_DEAD
        and any(_named_death(t) for t in verb.doc[: verb.i] if t.pos_ == "VERB")
    )


def _describing_the_dead(verb: Token) -> bool:
    """``verb`` is a relative clause in the past on a noun of a line that tells a death at
    an age after it, however the parser hung the two ("nat hentoff, a columnist who
    defended free speech against all comers, dies at 91", the lower-case surname read as
    a verb and the death as its conjunct): who the dead person was, not an act of the day."""
    if verb.dep_ != "relcl":
        return False
    sent = verb.sent
    return any(
        _death_at_an_age(t) for t in sent[verb.i - sent.start + 1 :] if t.pos_ in ("VERB", "AUX")
    )


def _told_in_the_past(word: Token) -> bool:
    """``word`` is a verb in the simple past or the past perfect ("he led", "he had
    defended"), not one of the present or the future ("his family says", "will be buried")."""
    if word.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in word.children if c.dep_ in ("aux", "auxpass")]
    if any(
        a.lemma_.lower() in ("will", "would", "shall") or a.tag_ in ("VBZ", "VBP", "MD")
        for a in auxes
    ):
        return False
    return word.tag_ == "VBD" or (
        word.tag_ == "VBN" and any(a.lower_ in ("had", "was", "were") for a in auxes)
    )


def _after_an_obituary(word: Token) -> bool:
    """A death at an age is told before ``word`` in the text ("X, Russia's ambassador to
    the U.N., dies at 64"): the obituary's headline, whose snippet goes on with the life (the
    parser may hang the headline on the snippet's verb)."""
    return any(_death_at_an_age(t) for t in word.doc[: word.i] if t.pos_ in ("VERB", "AUX"))


def _reported_ahead(clause: Token) -> bool:
    """``clause`` is what a wire attribution after it reports, which the parser hung on the
    verb of saying as an adverbial clause: "Pakistan and the IMF have reached an agreement
    …, announced the adviser on television". It has a subject and a finite verb of its own
    and no word that subordinates it ("after", "as", "when"): no aside, but the news."""
    head = clause.head
    return (
        clause.dep_ == "advcl"
        and head.lemma_.lower() in SPEECH
        and clause.i < head.i
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and (clause.tag_ in _FINITE or any(c.dep_ == "aux" for c in clause.children))
        and not any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT") for c in clause.children)
    )


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _document_says(clause: Token) -> bool:
    """``clause`` is what a document says ("issued a statement condemning the strike", "a
    resolution demanding a ceasefire"): the act its issuer does by it, not an aside."""
    return clause.dep_ == "acl" and clause.head.lemma_.lower() in DOCUMENT_NOUNS


def _circumstance(prep: Token) -> bool:
    """``prep`` sets its object as the time or cause of what it hangs on."""
    return prep.lower_ in _CIRCUMSTANCE or (
        prep.head.lower_ in _CIRCUMSTANCE_NOUNS and prep.head.dep_ == "pobj"
    )


def reported_before(verb: Token) -> Token | None:
    """The clause a wire attribution that follows it reports ("Police arrested him, his
    family said": "arrested"), when ``verb`` is that attribution's speech verb."""
    if verb.lemma_.lower() not in SPEECH:
        return None
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:  # the parser hangs it on the act
        return verb.head
    return next(
        (c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i), None
    )


def framing_clause(clause: Token, verb: Token) -> bool:
    """``clause`` is a frame set before the act with an empty "it", which the parser hung
    on the act as its complement: "It is the first time since 1940, when Mussolini declared
    war on France, that Paris recalls its ambassador from Rome". Its "it" names no one, the
    act's target is not in it, and the act is not told at the time of writing."""
    return (
        clause.dep_ == "ccomp"
        and clause.i < verb.i
        and clause.lemma_ == "be"
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in clause.children)
    )


def set_off(tok: Token) -> bool:
    """``tok`` follows a comma: a phrase or participle set off from what it hangs on."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _absolute_clause(pobj: Token) -> bool:
    """``pobj`` heads a clause of its own after "with" set off by a comma: "signed a
    declaration, with China's foreign minister hailing the deal", "… in Cairo, with
    Ethiopia's prime minister watching". Such a "with" tells a circumstance, not a partner
    of the verb (unlike "filed a case with the court accusing Israel", no comma: the court
    is the partner the parse hangs the participle on)."""
    prep = pobj.head
    return (
        prep.i > prep.sent.start
        and prep.nbor(-1).text == ","
        and pobj.dep_ in ("pobj", "pcomp")
        and pobj.tag_ == "VBG"
        and child_of(pobj, "nsubj") is not None
    )


def prep_objects(tok: Token, allowed: frozenset[str]) -> Iterator[Token]:
    for child in tok.children:
        if child.dep_ not in ("prep", "agent", "dative"):
            continue
        if child.lower_ == "with" and child.i == child.sent.start and child.i < tok.i:
            # "With the approval by the Cabinet meeting, the government agreed …": an opening
            # "with" phrase is a circumstance, no partner of the verb
            continue
        if child.lower_ in allowed:
            for pobj in child.children:
                if child.lower_ == "with" and _absolute_clause(pobj):
                    continue
                if pobj.dep_ == "pcomp" and pobj.tag_ == "VBG":
                    # "fired tear gas at protesters marching on parliament": the parser makes
                    # the protesters the subject of the participle; they are the object
                    doer = child_of(pobj, "nsubj")
                    if doer is not None and doer.pos_ in ("NOUN", "PROPN"):
                        yield doer
                        continue
                if pobj.dep_ in ("pobj", "pcomp"):
                    yield pobj
        elif child.lower_ in _TWO_WORD and child.dep_ == "prep":
            for inner in child.children:
                if inner.dep_ == "prep" and inner.lower_ in allowed:
                    yield from (p for p in inner.children if p.dep_ == "pobj")


# Dependencies by which a word modifies a noun ("Libyan police", "the army's units").
_NOUN_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})


def modified_noun(tok: Token) -> Token:
    """The noun ``tok`` modifies, through any chain of modifiers ("Libyan" → "police")."""
    while tok.dep_ in _NOUN_MODIFIERS and tok.head.i != tok.i:
        tok = tok.head
    return tok


NAMING_ENTITIES = {"PERSON", "NORP", "ORG", "GPE"}


def names_someone(tok: Token) -> bool:
    """``tok`` names a person, group or country: the actor tagger marked it or the parser
    calls it a named entity ("by NATO", not "by phone")."""
    return tok.ent_type_ in NAMING_ENTITIES or any(
        span.start <= tok.i < span.end for span in tok.doc.spans.get(ACTOR_SPANS, ())
    )


def names_an_actor(tok: Token) -> bool:
    """``tok`` names a person, group or country itself, not only a role ("officials", "a
    spokesman" are role nouns the actor tagger marks as agents)."""
    return tok.ent_type_ in NAMING_ENTITIES or any(
        span.label_ != "AGENT" and span.start <= tok.i < span.end
        for span in tok.doc.spans.get(ACTOR_SPANS, ())
    )


def named_by_modifier(tok: Token) -> bool:
    """A modifier or possessor of ``tok`` names someone: "Russian forces", "the rival
    Sudanese generals", "Iran's navy"."""
    return any(c.dep_ in ("amod", "compound", "poss") and names_someone(c) for c in tok.children)


def shares_passive(verb: Token) -> bool:
    """``verb`` is the second participle of a passive ("was tortured and killed")."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and child_of(verb, "nsubj", "dobj") is None
        and child_of(verb.head, "nsubjpass", "auxpass") is not None
    )


def passive_after_active(verb: Token) -> bool:
    """``verb`` is a passive joined by "and" to an active verb, with no subject of its own
    and a doer of its own: "Vajpayee rode a bus into Pakistan and was greeted by Sharif at
    the border", "the envoy arrived in Kabul and was received by Karzai" (done to the active
    verb's subject; not "police arrested a woman and a man was also detained", where the
    parser lost the man)."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and child_of(verb, "auxpass") is not None
        and child_of(verb, "agent") is not None
        and child_of(verb, "nsubj", "nsubjpass", "dobj") is None
        and verb.head.pos_ in ("VERB", "AUX")
        and child_of(verb.head, "nsubjpass", "auxpass") is None
        and child_of(verb.head, "nsubj") is not None
    )


def deed_after_a_verdict(verb: Token) -> bool:
    """``verb`` is a past deed the parser joined, after a comma and "and", to the copula of a
    judgement its speaker reported: "Correa said the raid was a massacre, and ordered his
    ambassador home from Bogota" (Correa recalls him, not the raid), "Lavrov said the arrests
    were a provocation, and recalled the envoy". The copula only judges; the deed is the
    speaker's, told beside the saying."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and child_of(verb, "nsubj", "nsubjpass") is None
        and head.lemma_ == "be"
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in SPEECH
        and head.head.tag_ == "VBD"
        and any(c.dep_ == "punct" and c.text == "," and c.i < verb.i for c in head.children)
    )


def before_subject(tok: Token, clause: Token) -> bool:
    """``tok`` stands between the verb governing ``clause`` (a reported clause) and the
    clause's subject: the parser hung the saying's date on what was said ("said on Saturday
    they had shot down …")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return clause.dep_ == "ccomp" and subject is not None and clause.head.i < tok.i < subject.i


# Auxiliaries of the present tense: "does not recognise", "is still held", "are refusing".
_PRESENT_AUX = {"do", "does", "is", "are", "am"}


def present_conjunct(clause: Token, head: Token) -> bool:
    """``clause`` is coordinated under ``head`` and told in the present tense: the date of
    the first conjunct is not its day ("Kosovo declared independence in 2008, but Belgrade
    does not recognise it": the refusal holds now)."""
    tok = clause
    while tok.dep_ == "conj" and tok.i != head.i:
        tok = tok.head
    if tok.i != head.i or clause.i == head.i:
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return all(a.lower_ in _PRESENT_AUX for a in auxes)
    return clause.tag_ in ("VBZ", "VBP")


_CONTRASTING = frozenset({"while", "whereas"})


def present_contrast(clause: Token, head: Token) -> bool:
    """``clause`` is told in the present or present perfect in a "while" clause set against
    ``head`` (or a clause below it): the date of ``head`` is not its day ("Rabuka in August
    said that he supports the plan, while the Secretary General Henry Puna has demanded that
    Japan postpone the release": Puna's demand holds now, of no day told)."""
    if clause.i == head.i or not head.is_ancestor(clause):
        return False
    contrasted = False
    tok = clause
    while tok.i != head.i:
        if tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CONTRASTING for c in tok.children
        ):
            contrasted = True
        tok = tok.head
    if not contrasted:
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return all(a.lower_ in _NOW_AUX for a in auxes)
    return clause.tag_ in ("VBZ", "VBP")


_NOW_AUX = _PRESENT_AUX | {"has", "have", "been"}  # the present and the present perfect


# Determiners of an act only posited, not one that took place: "a war", "any attack".
_POSITING = {"a", "an", "any"}
_POSITED_ON = frozenset({"on", "against", "with", "toward", "towards"})


# Nouns for what a state manages as its own: "the internal affairs of Belarus"; and for
# acts of meddling in them.
_OWN_AFFAIRS = {"affair", "matter"}
_MEDDLING = {"interference", "meddling", "intervention", "involvement", "intrusion"}


def meddled_in(noun: Token) -> list[Token]:
    """The sides ``noun`` (an act of meddling) is done in: "interference in the internal
    affairs of Belarus", "in Belarus's affairs", "in Venezuela" → Belarus, Venezuela: those
    it would be done to, never its doers."""
    sides: list[Token] = []
    if noun.lemma_.lower() not in _MEDDLING:
        return sides
    for place in prep_objects(noun, frozenset({"in"})):
        if place.lemma_.lower() not in _OWN_AFFAIRS:
            sides.append(place)
            continue
        sides += [c for c in place.children if c.dep_ == "poss"]
        sides += prep_objects(place, frozenset({"of"}))
    return sides


def posited_and_judged(noun: Token) -> bool:
    """``noun`` is an act put forward only to be judged: "a war with Iran would be a
    catastrophe", "any attack on Iran was unthinkable", "military action would have grave
    consequences". An indefinite or bare act told with the side it would be done to, as the
    subject of a verdict (a copula with its predicate, or consequences it would have), tells
    no one's act, least of all the speaker's: the one who judges it warns against it. ("The
    sanctions on Russia are effective" judges a measure taken: a definite one; so does "a
    campaign by Chinese hackers was unacceptable".)"""
    if (
        noun.dep_ != "nsubj"
        or noun.pos_ != "NOUN"
        or any(
            c.dep_ in ("poss", "relcl", "acl")
            or (c.dep_ == "det" and c.lower_ not in _POSITING)
            or (c.dep_ == "prep" and c.lower_ == "by")
            for c in noun.children
        )
    ):
        return False  # (an act told with its doer or its deed: "a campaign by Chinese hackers")
    if _answer_entailed(noun.head):
        # "a similar raid on Venezuelan soil would mean war", "any strike on Iran would
        # trigger a response", "a Colombian raid would mean war": the act is only supposed,
        # whoever would do it; the one who says so warns it off
        return True
    doers = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_]
    victims = [*prep_objects(noun, _POSITED_ON), *meddled_in(noun)]
    if any(names_someone(d) for d in doers) or not any(names_someone(o) for o in victims):
        # (a side named as its doer, "a Russian attack", not "military action"; or no side
        # it would be done to: "a group")
        return False
    verdict = noun.head
    if verdict.lemma_.lower() == "be":
        return any(c.dep_ in ("attr", "acomp") for c in verdict.children)
    return verdict.lemma_.lower() == "have" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CONSEQUENCES for c in verdict.children
    )


# Verbs by which a supposed act brings its answer: "would mean war", "would trigger a
# response", "would provoke retaliation"; and the answers they bring.
_SUPPOSING = {"would", "will", "could", "might"}
_ENTAILING = {"mean", "trigger", "provoke", "spark", "invite", "constitute", "draw", "bring"}
_ANSWERS = {
    "war", "response", "retaliation", "reprisal", "reaction", "answer", "counterattack",
    "conflict", "act", "declaration",
}  # fmt: skip


def _answer_entailed(verdict: Token) -> bool:
    """``verdict`` says what an act would bring on: "would mean war", "will trigger a
    response" (not what it did bring: "the raid triggered a crisis")."""
    return (
        verdict.lemma_.lower() in _ENTAILING
        and any(c.dep_ == "aux" and c.lower_ in _SUPPOSING for c in verdict.children)
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in CONSEQUENCES | _ANSWERS
            for c in verdict.children
        )
    )
