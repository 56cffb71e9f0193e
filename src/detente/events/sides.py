"""Who does an act and to whom: the source and target actors of one event triple.

The grammar (:mod:`detente.events.extract`, :mod:`detente.events.nominal`) gives a triple
its candidate phrases; :mod:`detente.events.targets` orders the target candidates. This module
resolves them on the event date and chooses: the sources (known actors among the subject
heads, else open ones, else the place an act of violence happened), the target (a known
actor where the grammar puts it, else one of another country further on, else the phrase the
grammar names as an open actor), and the pairs ("X and Y met" pairs X and Y both ways;
several sides meeting a third meet it as well).

Every candidate is an ``(actor, confidence, token)`` triple: the token is the phrase head the
event's span is drawn from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from spacy.tokens import Token

from detente.actors.resolve import (
    OPEN,
    OPEN_CONFIDENCE,
    DocActors,
    foreign_modifier,
    mention,
    motive,
    named_as_backer,
    open_actor,
    phrase_tokens,
    relation_noun,
    resolve_all,
    thing_taken_up,
)
from detente.events.attribution import HEARSAY, speaker_of, speech_verb
from detente.events.grammar import (
    OBJECT_PRONOUNS,
    crowd,
    modified_noun,
    named_by_modifier,
    names_an_actor,
    names_someone,
)
from detente.events.modality import first_conjunct
from detente.events.patterns import Pattern
from detente.events.phrases import EDGES
from detente.events.spans import naming_token
from detente.events.symmetry import (
    DEAL_NOUNS,
    SYMMETRIC_LEMMAS,
    divided_pair,
    each_to_other,
    is_symmetric,
    joint_things,
    names_pair,
    pulled_apart,
    reciprocal,
)
from detente.events.targets import (
    ASKING_ROOTS,
    CLAIM_NOUNS,
    COOPERATION_ROOTS,
    ENVOYS,
    FORCE_ROOTS,
    RETAKING,
    SHOW_OF_FORCE,
    THREAT_ROOT,
    aid_given,
    cast_as_onlooker,
    claimed,
    envoys,
    go_between,
    named_go_between,
)
from detente.events.triple import Triple
from detente.models import Actor

PARTY = "PTY"  # a political party (parties.tsv)

ARMED_SECTORS = frozenset({"MIL"})

# Sectors outside the state: a government and its rebels or opposition are two sides.
_NONSTATE = frozenset({"REB", "OPP", "INS", "UAF", "SEP"})

# Verbs by which a state calls its own envoys home (161): the envoys are never the target.
_CALLING_HOME = {"recall", "withdraw", "withdrawal"}  # ("announced the withdrawal of its envoy")

_AIMED = frozenset({"against", "on", "upon", "at", "toward", "towards"})

# What a thing lies in: "an army camp in Mali", "military targets across Serbia", "positions
# throughout the south" (spread over the place, still in it).
_INSIDE = frozenset({"in", "inside", "around", "across", "throughout"})

# Prepositions by which a verb takes a party: "imposed the ban on aid agencies".
_PARTY_PREPS = frozenset({"on", "against", "to", "with", "toward", "towards"})

# Roots whose target may be the country a thing is in: aid, withdrawals, threats to violence.
_LOCATED_ROOTS = frozenset({"07", "08", "13", "14", "15", "16", "17", "18", "19", "20"})

_RELEASED = "084"  # people or property set free or given back

# Roots of force, whose doer is never the one a thing struck is owned by: "Turkish drones
# struck their positions" is done to whoever "their" stands for, not to the drones.
_STRUCK_ROOTS = frozenset({"17", "18", "19", "20"})
# Possessive pronouns that name a thing's owner ("their positions", "its envoy").
_OWNER_PRONOUNS = frozenset({"its", "their"})


def _owned_content(tok: Token) -> bool:
    """``tok`` is what an owned noun is of: "the ministry's offer of a pay rise" is the
    ministry's, whatever it offers."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in prep.head.children)
    )


def _named_object(tok: Token) -> bool:
    """A proper name the verb takes as its object that the parser gave no person or group
    label: "sanctioned Raytheon over arms sales to Taiwan" (tagged a product), "sued
    Lockheed Martin" -- a company or body, not the country named in the reason after it."""
    return (
        tok.dep_ in ("dobj", "nsubjpass")
        and tok.tag_ in ("NNP", "NNPS")
        and tok.ent_type_ in ("", "PRODUCT", "FAC")
        and tok.lower_ not in ENVOYS  # "the Iranian charge d'affaires", tagged a name
    )


# Common nouns that stand for states with no name: "cut aid to countries that vote against
# us", "warned its neighbours", "sanctions on governments that buy Russian arms".
_STATE_NOUNS = {"country", "nation", "government", "ally", "neighbour", "neighbor", "regime"}


def names_thing(tok: Token, actors: DocActors) -> bool:
    """``tok`` is a common noun of a thing, not of someone: a mass noun called or appealed
    for ("called for restraint", "appealed for calm", see :func:`_mass_noun`), or what is
    given as aid and not told before ("pledged humanitarian supplies", "$500 million";
    "condemned the supply" may be answered with its giver). A noun the actor
    dictionary knows as an agent ("police", "security") names someone. (A thing with an
    article, "condemned the violence", "boycotted the elections", stays: PLV marks such a
    thing as the target when no one is named, so dropping it loses pairs.)"""
    if tok.pos_ != "NOUN" or names_someone(tok) or named_by_modifier(tok):
        return False
    if tok.lemma_.lower() in actors.book.agents:
        return False
    return _mass_noun(tok) or (aid_given(tok) and not _definite(tok))


def _definite(tok: Token) -> bool:
    """``tok`` has a definite article or demonstrative: "the supply", "this shipment" may
    refer to a delivery told before, which the story answers with its giver."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Words that make a noun phrase count someone or something ("the", "a", "his", "two").
_DETERMINING = frozenset({"det", "poss", "nummod", "predet"})


def _mass_noun(tok: Token) -> bool:
    """``tok`` is what is called or appealed for, a singular common noun standing bare after
    "for" in a sentence written out in full ("called for restraint", "appealed for calm",
    "pressed for dialogue"): English lets only a mass noun stand so, and a body or a person
    needs "the" or "a". Headlines, which drop articles ("Militias violated ceasefire in
    Karabakh"), are left alone: a sentence in full has a determiner or possessive somewhere.
    (Elsewhere a bare thing may still be the target PLV marks: "protested against
    corruption".)"""
    first = first_conjunct(tok)  # "called for restraint and dialogue": where its first stands
    return (
        tok.tag_ == "NN"
        and first.dep_ == "pobj"
        and first.head.lower_ == "for"
        and not any(c.dep_ in _DETERMINING for c in tok.children)
        and any(t.tag_ in ("DT", "PRP$") for t in tok.sent)
    )


def open_target(tok: Token, actors: DocActors) -> bool:
    """``tok`` may stand as an open target: an open actor (see :func:`open_actor`) that is
    no thing (see :func:`names_thing`): "called for restraint" and "pledged humanitarian
    supplies" name no target; "sued the company" and "arrested a journalist" do."""
    return open_actor(tok) and not names_thing(tok, actors)


def _unnamed_states(tok: Token) -> bool:
    """``tok`` is a common noun for states the act is done to, though none is named: a
    plural or an indefinite one ("countries", "any government"; "the country" names one
    told before)."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in _STATE_NOUNS
        and (tok.tag_ == "NNS" or any(c.lower_ in ("a", "an", "any") for c in tok.children))
    )


def _one_side(members: list[tuple[Actor, float, Token]]) -> bool:
    """Every member of a subject is of one country: "Lavrov and Shoigu"."""
    countries = {m[0].country for m in members}
    return len(countries) == 1 and "" not in countries


def _other_side(targets: list, members: list[tuple[Actor, float, Token]]) -> bool:
    """A target candidate is of a country none of ``members`` is of."""
    own = {m[0].country for m in members}
    return any(t[0].country and t[0].country not in own for t in targets)


def _in_clause_of(tok: Token, word: Token) -> bool:
    """``tok`` belongs to ``word``'s own clause, not to a clause under it ("met with Wang Yi",
    not "met to discuss Syria")."""
    while tok.i != word.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i != word.i and tok.pos_ in ("VERB", "AUX"):
            return False
    return True


def _addressed(targets: list, members: list[tuple[Actor, float, Token]]) -> bool:
    """Every target of a country none of ``members`` is of is one they address ("presented
    their credentials to Putin", "talked to reporters"), not one they sit down with."""
    own = {m[0].country for m in members}
    return all(
        t[2].dep_ == "pobj" and t[2].head.lower_ == "to"
        for t in targets
        if t[0].country and t[0].country not in own
    )


def _calls_home(triple: Triple) -> bool:
    """``triple`` tells a state recalling or withdrawing its envoys, or sending them home by
    any verb ("ordered his ambassador home from Bogota", "called its envoy back from Doha")."""
    return triple.pattern.code == "161" and (
        triple.word.lemma_.lower() in _CALLING_HOME or _sent_home(triple.word)
    )


def _sent_home(verb: Token) -> bool:
    """``verb`` tells where its object goes with "home" or "back": "ordered his ambassador
    home", "brought its envoy back" (the envoy is one's own, the post the target)."""
    return any(c.dep_ in ("advmod", "prt") and c.lower_ in ("home", "back") for c in verb.children)


def _its_own(tok: Token) -> bool:
    """``tok`` is named as the subject's own by a possessive pronoun ("its chief military
    representative", "their envoys", a leader's "his ambassador"): what a state or its leader
    calls home is its own, whatever the title."""
    return any(
        c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS | {"his", "her"} for c in tok.children
    )


def _sent_by(tok: Token, day: dt.date, actors: DocActors, countries: frozenset[str]) -> bool:
    """``tok`` is an envoy whose own phrase names one of ``countries`` as the state that sent
    him: "Algiers recalled the ambassador of Algeria in Madrid" calls home its own envoy, from
    Madrid."""
    if tok.lemma_.lower() not in ENVOYS:
        return False
    return envoy_sender(tok, day, actors) in countries


def _called_home_for(tok: Token) -> bool:
    """``tok`` is the "for" phrase of an envoy's recall: why he is called home
    ("for consultations", "for talks"), no place he is called from."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.pos_ == "NOUN"


def _envoy_s_name(tok: Token) -> bool:
    """``tok`` is an envoy's own name, after the title or set beside it ("the ambassador
    Diana Mickeviciene", "ambassador Kari Nordheim", "Diana Mickeviciene, its ambassador"),
    with the title it stands beside; a title alone stands for the post ("its ambassador")."""
    named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)
    if tok.pos_ != "PROPN":
        return named and envoys(tok)  # (the title with the name beside it goes with it)
    if tok.dep_ == "appos" and envoys(tok.head):
        return True
    return envoys(tok) or any(c.dep_ == "appos" and envoys(c) for c in tok.children)


def _aimed_at(tok: Token) -> bool:
    """``tok`` names whom a noun phrase is aimed at ("sanctions against Russia", "an attack
    on Kyiv", "an embargo against the Libyan police"), found inside the phrase of a subject."""
    tok = modified_noun(tok)  # "Libyan" → "police"
    return tok.dep_ == "pobj" and tok.head.lower_ in _AIMED and tok.head.head.pos_ == "NOUN"


def _pronoun_owner(noun: Token) -> Token | None:
    """The possessive pronoun of an event noun when it stands for a phrase of the sentence
    ("Iraqi forces began their assault": their → forces)."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    return poss if poss is not None and mention(poss).i != poss.i else None


def asked_to_act(head: Token, word: Token, code: str) -> bool:
    """``head`` is whom ``word``, an appeal or demand (``code``), asks to act: the object a
    to-clause after it is asked of ("told its airlines to avoid Belarusian airspace")."""
    return (
        code[:2] in ASKING_ROOTS
        and head.dep_ == "dobj"
        and head.head.i == word.i
        and any(c.dep_ == "xcomp" and c.i > head.i for c in word.children)
    )


def _own_addressee(head: Token, word: Token, code: str, sources_at: set[int]) -> bool:
    """``head`` is whom ``word`` asks to act (see :func:`asked_to_act`), and the source's own
    by "its"/"their": "told its airlines to avoid Belarusian airspace", "urged their
    citizens to leave Ukraine"."""
    poss = _pronoun_owner(head)
    return poss is not None and mention(poss).i in sources_at and asked_to_act(head, word, code)


def _from_phrase(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ == "from"


def _retaken_from(triple: Triple) -> bool:
    """``triple`` retakes ground by force from someone named in a "from" phrase: "retook
    Palmyra from Islamic State", "recaptured the town from the rebels" (not a prisoner
    "freed from a penal colony", who is released)."""
    return (
        triple.pattern.code[:2] in FORCE_ROOTS
        and triple.word.lemma_.lower() in RETAKING
        and any(_from_phrase(h) for group in triple.targets for h in group)
    )


def _retaking_vowed(triple: Triple) -> bool:
    """``triple`` threatens to retake ground by force: "vowed to liberate the Freedonian town
    of Lutz", "threatened to recapture the port" (the ground is the threatener's own; the
    threat is aimed at whoever holds it, when named, else at no one)."""
    return triple.pattern.code[:2] == THREAT_ROOT and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in RETAKING for c in triple.word.children
    )


def _own_side_claimed(
    groups: Iterable[tuple[Token, ...]],
    day: dt.date,
    actors: DocActors,
    countries: frozenset[str],
    sources_at: set[int],
) -> set[int]:
    """The source's own side named as the subject of a claim it answers: "the Kremlin denied
    a report that Putin would meet the Pope", "Hezbollah rejected claims that its fighters
    crossed the border". The claim is about the speaker itself; the one it answers is
    whoever made it (named on the claim: "a report by Reuters"), never its own leader, nor
    the claim itself, which is no one. Another side named with its own stays ("a report
    that Putin and Trump were planning a meeting" is aimed at Trump)."""
    own = set()
    for group in groups:
        subject = group[0]
        clause = subject.head
        if subject.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("acl", "ccomp"):
            continue
        claim = clause.head
        if claim.dep_ != "dobj" or claim.lemma_.lower() not in CLAIM_NOUNS:
            continue  # (not "demanded that Dbeibeh appear", "a resolution demanding")
        if claimed(claim) is None or claimed(claim).i != subject.i:
            continue
        mine = {h.i for h in group if _own_side(h, day, actors, countries, sources_at)}
        own |= mine | ({claim.i} if len(mine) == len(group) else set())
    return own


def _own_side(
    head: Token,
    day: dt.date,
    actors: DocActors,
    countries: frozenset[str],
    sources_at: set[int],
) -> bool:
    """``head`` names the source's own side: its country, or "its"/"their" for the source."""
    poss = _pronoun_owner(head)
    return (poss is not None and mention(poss).i in sources_at) or any(
        a.country in countries for a, _, _ in resolve_heads([head], day, actors)
    )


def _venue(
    pat: Pattern,
    targets: list[tuple[Actor, float, Token]],
    sources: list[tuple[Actor, float, Token]] | None = None,
    word: Token | None = None,
) -> bool:
    """The targets of a meeting are only where it was ("attended a meeting in Moscow"); so
    are those of an accord or a truce in the parties' own country ("government forces and
    rebels agreed to a truce in Yemen", but not "Russia and Turkey agreed a truce in Idlib"),
    and of a fight between them there ("Israeli troops and Palestinian gunmen fought gun
    battles in Hebron": the town is where they fought each other, not a third side)."""
    own = {s[0].country for s in sources or ()}
    mutual = is_symmetric(pat.code) or (
        word is not None and word.lemma_.lower() in SYMMETRIC_LEMMAS and len(own) > 1
    )
    where = pat.code[:2] == "04" or (mutual and all(t[0].country in own for t in targets))
    if mutual and all(_where_talks_were(t[2]) for t in targets):
        return True  # "Serbia and Kosovo agreed on a plan at talks in North Macedonia"
    if mutual and word is not None and all(_where_signed(t[2], word) for t in targets):
        return True  # "Ethiopia and Eritrea signed a truce in Algiers"
    return where and all(_placed_in(t[2]) for t in targets)


# Gatherings whose place is only where the parties sat: "at talks in Ohrid", "at a summit
# in Brussels", "during negotiations in Doha".
_GATHERINGS = {
    "talk", "meeting", "summit", "negotiation", "conference", "round", "session", "dialogue",
}  # fmt: skip


def _where_talks_were(tok: Token) -> bool:
    """``tok`` is the place of a gathering named by its "in"/"at" phrase ("agreed … at talks
    in North Macedonia"): where two parties met, no third side of what they agreed."""
    first = first_conjunct(tok)
    if first.dep_ != "pobj" or first.head.lower_ not in ("in", "at"):
        return False
    gathering = first.head.head
    return gathering.pos_ == "NOUN" and gathering.lemma_.lower() in _GATHERINGS


# Verbs of putting one's name to a text, which is done at a place, not to it.
_SIGNING = {"sign", "ink", "initial", "initialise", "initialize", "countersign"}


def _where_signed(tok: Token, word: Token) -> bool:
    """``tok`` is where a text was signed, in an "in"/"at" phrase of the signing verb itself
    ("signed a truce in Algiers", "inked the deal at the Elysee"): the venue, no third side
    (not "signed a truce for Idlib", nor a truce "in Idlib" hung on the truce)."""
    first = first_conjunct(tok)
    return (
        word.lemma_.lower() in _SIGNING
        and first.dep_ == "pobj"
        and first.head.lower_ in ("in", "at")
        and first.head.head.i == word.i
    )


def _placed_in(tok: Token) -> bool:
    """``tok`` is where something was: "in Hebron", "at the summit", also the later places
    of a list ("in the West Bank and Gaza")."""
    first = first_conjunct(tok)
    return first.dep_ == "pobj" and first.head.lower_ in ("in", "at")


# Roots of words said or praise given: where they are said is no one they are said to.
_SAID_ROOTS = frozenset({"01", "05"})


def said_at(word: Token, code: str, tgt: tuple | None) -> bool:
    """The target of a statement or of praise is only the place it was made, in an "at" or
    "in" phrase of the verb itself: "Merkel defends free trade at Davos" is said there, not
    to Switzerland."""
    if tgt is None or code[:2] not in _SAID_ROOTS:
        return False
    where = tgt[2]
    return (
        where.dep_ == "pobj"
        and where.head.lower_ in ("in", "at")
        and where.head.head.i == word.i
        and where.ent_type_ in ("GPE", "LOC", "FAC")
    )


def _opposed(a: tuple[Actor, float, Token], b: tuple[Actor, float, Token]) -> bool:
    """One of one country's state and the other of its armed or political opposition ("the
    Philippine government and the MILF agreed to a ceasefire")."""
    sides = {a[0].sector[:3] in _NONSTATE, b[0].sector[:3] in _NONSTATE}
    return len(sides) == 2 and all(x[0].sector or _state_by_name(x) for x in (a, b))


def _state_by_name(side: tuple[Actor, float, Token]) -> bool:
    """``side`` is a country named bare ("Indonesia and the Free Aceh Movement signed a peace
    deal"): beside its own rebels or opposition, the name stands for its government."""
    return not side[0].sector and side[2].pos_ == "PROPN" and side[0].name.endswith(side[2].text)


def _own_side_between(source: tuple, target: tuple) -> bool:
    """``target`` is an unnamed side ("the government", "the rebels") of a "between" phrase,
    taken for the country of ``source``, who stands between the sides: "New Zealand offered
    to host talks between the government and the rebels", "Kenya mediated between the
    government and the rebels" (New Zealand's or Kenya's own government is no side). A side
    named as the subject's ("between Kenyan troops and the rebels") keeps the phrase's
    sides as they are."""
    head = target[2]
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ != "between":
        return False
    sides = [head, *head.conjuncts]
    return (
        bool(target[0].country)
        and target[0].country == source[0].country
        and not any(names_an_actor(s) or named_by_modifier(s) for s in sides)
    )


def _named_again(
    member: tuple[Actor, float, Token], members: list[tuple[Actor, float, Token]]
) -> bool:
    """``member`` is a bare country already named, with its sector, by the phrase it sits in
    ("U.S. and Russian negotiators": "U.S." is USAGOV, not a second USA)."""
    actor, _, tok = member
    return not actor.sector and any(
        other[0].country == actor.country
        and other[0].sector
        and any(a.i == other[2].i for a in tok.ancestors)
        for other in members
    )


def _against(tok: Token) -> bool:
    """``tok`` lies in an "against …" phrase ("countermeasures against the deployment of the
    U.S. system")."""
    return any(a.dep_ == "prep" and a.lower_ == "against" for a in tok.ancestors)


def two_people(a: tuple[Actor, float, Token], b: tuple[Actor, float, Token]) -> bool:
    """Two named people ("Putin and Medvedev met"), of one government or not."""
    return (
        a[2].ent_type_ == b[2].ent_type_ == "PERSON" and bool(a[0].name) and a[0].name != b[0].name
    )


def rival_groups(a: tuple[Actor, float, Token], b: tuple[Actor, float, Token]) -> bool:
    """Two named political parties of one country ("the ANC accused the Democratic
    Alliance"), or two forces of one country one of them named by its own name ("Sudan's
    army accused the Rapid Support Forces"): one code, two actors."""
    if a[0].sector == b[0].sector == PARTY:
        return bool(a[0].name) and a[0].name != b[0].name
    return (
        a[0].sector == b[0].sector
        and a[0].sector in ARMED_SECTORS
        and a[0].name != b[0].name
        and "PROPN" in (a[2].pos_, b[2].pos_)
    )


def distinct_sides(a: tuple[Actor, float, Token], b: tuple[Actor, float, Token]) -> bool:
    """Two members of "X and Y met" are different actors: different codes, or different
    phrases when one has no code ("U.S. and Russian negotiators" share one head)."""
    if a[0].code and b[0].code:
        return a[0].code != b[0].code or two_people(a, b) or rival_groups(a, b)
    return a[2].i != b[2].i


# Roots of acts aimed against someone: demands, disapproval, rejection, threats, protest,
# force (10-20).
_AGAINST_ROOTS = frozenset(f"{n:02d}" for n in range(10, 21))


def _aimed_at_a_third(pat: Pattern, targets: list, word: Token) -> bool:
    """``word``, an act against someone, names its target in its own clause."""
    return pat.code[:2] in _AGAINST_ROOTS and any(
        t[2] is not None and t[2].pos_ in ("NOUN", "PROPN") and _in_clause_of(t[2], word)
        for t in targets
    )


def resolve_heads(
    heads: Iterable[Token],
    day: dt.date,
    actors: DocActors,
    nominal: Token | None = None,
    inside: bool = True,
    exclude: frozenset[str] = frozenset(),
    open_ok: bool = False,
) -> list[tuple[Actor, float, Token]]:
    """Actors named by ``heads``; with ``open_ok`` a head that names no known actor
    still stands as an open actor (no code, its phrase kept)."""
    out = []
    for head in heads:
        own = nominal is not None and head.i == nominal.i
        # "Turkey sent a ship carrying aid to Somalia": a doer whose phrase holds the event
        # noun is not named by what is inside it (that is the event's own phrase)
        holds = nominal is not None and head.is_ancestor(nominal)
        found = resolve_all(
            head,
            day,
            actors,
            of_phrases=not own,
            inside=inside and not own and not holds,
            exclude=exclude,
        )
        # "began their assault on Mosul": the pronoun names the actor ("their" → the
        # forces), so the event's phrase is the one it stands for
        owner = _pronoun_owner(head) if own else None
        out.extend(
            (actor, confidence, owner or naming_token(head, actor, actors))
            for actor, confidence in found
        )
        if not found and (pair := divided_pair(head)) is not None:
            # "urged both Koreas to show restraint": each state of the pair
            out.extend((state, 1.0, head) for state in pair)
            continue
        if not found and open_ok and not own:
            # "the Michigan department says it will provide …": "it" is the department
            named = mention(head)
            if named.i != head.i:
                found = resolve_all(named, day, actors, exclude=exclude)
                out.extend((actor, confidence, named) for actor, confidence in found)
            if not found and open_actor(named):
                out.append((OPEN, OPEN_CONFIDENCE, named))
    return out


def sources_of(
    triple: Triple, day: dt.date, actors: DocActors, nominal: Token | None
) -> list[tuple[Actor, float, Token]]:
    """Known actors among the source heads; else the subject as an open actor, coded
    from where an act of violence happened when it says ("gunmen abducted engineers in
    Nigeria": gunmen, NGA)."""
    heads = triple.sources[:1] if nominal is not None else triple.sources
    if nominal is not None and triple.sources:
        # a list of doers of one noun all do it ("drew condemnation from Seoul, Tokyo and
        # Washington"); later heads are fallbacks
        for s in triple.sources[1:]:
            if s.dep_ == "conj" and s.head in heads:
                heads += (s,)
    # "sanctions against Russia would not work": whom the subject is aimed at does not act
    sources = [s for s in resolve_heads(heads, day, actors, nominal) if not _aimed_at(s[2])]
    host = _host_of_summoned(triple, day, actors) if nominal is None else None
    if host is None and nominal is None and _calls_home(triple):
        host = _state_of_recalled(triple, day, actors)
    if host is None and nominal is None:
        host = _host_told_before(triple, sources, day, actors)
    if host is not None:
        sources = [
            (Actor(host, a.sector, h.text), c, h) if _unnamed_body(h, actors) else (a, c, h)
            for a, c, h in sources
        ] or [
            # "the ambassador of Israel was summoned to the Ministry of Foreign Affairs": a
            # body we cannot place by itself is the host's government
            (Actor(host, "GOV", h.text), OPEN_CONFIDENCE, h)
            for h in heads[:1]
            if h.lemma_.lower() in _SUMMONING_BODIES and _unnamed_body(h, actors)
        ]
    if (
        sources
        and nominal is not None
        and len(triple.sources) > 1
        and triple.sources[0].i == nominal.i
        and sources[0][2].i == nominal.i
        and not any(
            (span := actors.by_token.get(t.i)) is not None and span.label_ == "ACTOR"
            for t in phrase_tokens(nominal, False)
        )
    ):
        # "Russia, which began joint military exercises with Pakistan": a noun that names
        # no one itself ("military" only says what kind) is its governing verb's subject's
        governed = resolve_heads(triple.sources[1:2], day, actors)
        sources = governed or sources
    doer = triple.sources[0] if triple.sources else None
    if (
        nominal is not None
        and not sources
        and doer is not None
        and doer.dep_ == "pobj"
        and doer.head.lower_ == "by"
        and doer.head.head.i == nominal.i
    ):
        # "the boycott of the Beijing Olympics by Western governments": the one named by
        # "by" does it, known or not, never a place in the noun's own phrase
        sources = resolve_heads([doer], day, actors, open_ok=True)
    if nominal is not None and not sources:
        sources = resolve_heads(triple.sources[1:], day, actors, nominal)
    if sources:
        return sources
    # ("…, the source warned", "experts criticised": whoever passes news on or comments
    # on it is no party, unless a side of its own is named: "Russian media")
    subjects = [
        s
        for s in resolve_heads(triple.sources, day, actors, nominal, open_ok=True)
        if not _aimed_at(s[2]) and s[2].lemma_.lower() not in HEARSAY
    ]
    told_by = _tellers_body(subjects[0][2], triple.word, day, actors) if subjects else None
    if told_by is not None:
        # "According to Turkish security sources, the army shelled Kurdish positions in
        # Iraq": Turkey's army, not Iraq's
        return [(told_by, OPEN_CONFIDENCE, subjects[0][2])]
    places = resolve_heads(triple.places, day, actors) if triple.places else []
    if places:
        place = places[0]
        if subjects and foreign_modifier(subjects[0][2], actors):
            # "the Arab coalition struck Houthi positions in Yemen": a side from outside
            # is no one of the place where it strikes
            return subjects
        if subjects:
            return [(Actor(place[0].country, "", ""), place[1], subjects[0][2])]
        crowds = [h for h in heads if crowd(h)]  # "Thousands marched in Seoul"
        if crowds:
            return [(Actor(place[0].country, "", ""), place[1], crowds[0])]
        return places
    if not subjects:
        # "workers at Chile's largest copper mine went on strike", "protesters at the
        # Israeli embassy": people at a place are no one it names, but still act
        subjects = [
            (OPEN, OPEN_CONFIDENCE, head)
            for head in heads
            if (span := actors.by_token.get(head.i)) is not None and span.label_ == "AGENT"
        ]
    return subjects


# Unnamed speakers a wire gives a nationality: "Turkish security sources", "Iraqi officials".
_UNNAMED_TELLERS = frozenset({"source", "official"})


# Sectors of a state's own bodies.
_STATE_BODIES = frozenset({"MIL", "COP", "GOV", "SPY", "JUD", "LEG"})


def _tellers_body(subject: Token, word: Token, day: dt.date, actors: DocActors) -> Actor | None:
    """The state body ``subject`` names with no state of its own ("the army", "security
    forces"), when what it did is told by unnamed sources or officials of one nation: that
    nation's body ("According to Turkish security sources, the army shelled Kurdish
    positions in Iraq", "The army shelled Kurdish positions in Iraq, Turkish security
    sources said"), never the state of the place it acted in."""
    span = actors.by_token.get(subject.i)
    sector = actors.book.agents.get(span.kb_id_.lower(), "") if span is not None else ""
    if sector not in _STATE_BODIES or span.label_ != "AGENT" or foreign_modifier(subject, actors):
        return None  # (guerrillas a nation's sources tell of are not that nation's)
    teller = speaker_of(word, speech_verb(word))
    if teller is None or teller.lemma_.lower() not in _UNNAMED_TELLERS:
        return None
    countries = {actor.country for actor, _ in resolve_all(teller, day, actors) if actor.country}
    return Actor(countries.pop(), sector, subject.text) if len(countries) == 1 else None


_SUMMONING = frozenset({"summon"})
_HOST_KINDS = frozenset({"capital", "name"})


def _host_of_summoned(triple: Triple, day: dt.date, actors: DocActors) -> str | None:
    """The country where an envoy summoned in the triple's sentence is posted: whoever
    summons "the Swiss ambassador in Tehran", or "the ambassador of Switzerland, who
    represents the interests of America in Tehran", and hands him a protest, is Iran, the
    host, not the last government the story named."""
    sent = triple.word.sent
    if not any(t.lemma_.lower() in _SUMMONING for t in sent):
        return None
    for envoy in sent:
        if envoy.lemma_.lower() not in ENVOYS:
            continue
        for t in envoy.subtree:
            if t.dep_ != "pobj" or t.head.lower_ != "in":
                continue
            span = actors.by_token.get(t.i)
            entry = actors.book.lookup(span.kb_id_, day) if span is not None else None
            if entry is not None and entry.kind in _HOST_KINDS:
                return entry.code[:3]
        posted = _posted_to(envoy, day, actors)
        if posted is not None:
            return posted
    return None


# Bodies that summon envoys: "the ministry", "the Ministry of Foreign Affairs", "the
# foreign office", "the government".
_SUMMONING_BODIES = frozenset({"ministry", "office", "government", "department"})
# Sentences back a summoning country may be named: "The reaction of Warsaw was quick. On
# Friday the ambassador of Israel was summoned to the Ministry of Foreign Affairs."
_HOST_BACK = 2


def _host_told_before(
    triple: Triple, sources: list[tuple[Actor, float, Token]], day: dt.date, actors: DocActors
) -> str | None:
    """The country that summons another's envoy through a body named without its country,
    when the story's last government would be the envoy's own ("The reaction of Warsaw was
    quick. On Friday the ambassador of Israel was summoned to the Ministry of Foreign
    Affairs", after sentences on Netanyahu): a ministry summons foreign envoys, never its
    own country's, so it is the country named last before the sentence (within
    ``_HOST_BACK`` sentences) other than the envoy's. None when the body's country is
    another one already, or no such country is named."""
    if triple.word.lemma_.lower() not in _SUMMONING:
        return None
    envoy = next((t for group in triple.targets for t in group if t.lemma_.lower() in ENVOYS), None)
    sender = envoy_sender(envoy, day, actors) if envoy is not None else None
    if sender is None:
        return None
    if not any(_unnamed_body(h, actors) and a.country in ("", sender) for a, _, h in sources) and (
        sources or not any(_unnamed_body(h, actors) for h in triple.sources[:1])
    ):
        return None
    sent = triple.word.sent
    sents = list(sent.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start == sent.start)
    since = sents[max(at - _HOST_BACK, 0)].start
    for i in range(sent.start - 1, since - 1, -1):
        span = actors.by_token.get(i)
        if span is None or span.label_ != "ACTOR" or span.start != i:
            continue
        entry = actors.book.lookup(span.kb_id_, day)
        if entry is not None and entry.kind in _SENDER_KINDS and entry.code[:3] != sender:
            return entry.code[:3]
    return None


def _country_in(
    phrase: Token, day: dt.date, actors: DocActors, kinds: frozenset[str] = _HOST_KINDS
) -> str | None:
    """The country the words of ``phrase`` name first ("Japan" in "Japan Wu Jianghao", the
    parser's compound of a country and the envoy's name after it)."""
    for t in phrase.subtree:
        span = actors.by_token.get(t.i)
        entry = actors.book.lookup(span.kb_id_, day) if span is not None else None
        if entry is not None and entry.kind in kinds:
            return entry.code[:3]
    return None


_SENDER_KINDS = _HOST_KINDS | {"demonym"}  # "the Chinese ambassador", "the ambassador of China"


def envoy_at_post(head: Token, day: dt.date, actors: DocActors) -> str | None:
    """The country the side at ``head`` serves in as another country's envoy ("The American
    Ambassador to Japan Rahm Emanuel", "Ambassador Rahm Emanuel"), or None."""
    # (the side may be named by the envoy's title, his name set beside it, or the country
    # word before the title: "American")
    envoys = [head, head.head] if head.dep_ in ("appos", "amod", "compound") else [head]
    envoys += [c for c in head.children if c.dep_ == "compound"]
    envoy = next((t for t in envoys if t.lemma_.lower() in ENVOYS), None)
    return _posted_to(envoy, day, actors) if envoy is not None else None


def envoy_sender(envoy: Token, day: dt.date, actors: DocActors) -> str | None:
    """The country an envoy's own phrase says he serves: "the ambassador of Algeria", "the
    Algerian ambassador", "the Ambassador of China to Japan" (China)."""
    return next(
        (
            country
            for c in envoy.children
            if (c.dep_ == "prep" and c.lower_ == "of")
            or (c.dep_ in ("amod", "compound") and c.i < envoy.i)
            for country in [_country_in(c, day, actors, _SENDER_KINDS)]
            if country is not None
        ),
        None,
    )


def _posted_to(envoy: Token, day: dt.date, actors: DocActors) -> str | None:
    """The country an envoy named with his own country is posted to by its "to" phrase:
    "summoned the Ambassador of China to Japan Wu Jianghao" is Japan summoning (the parser
    may hang "to Japan" on the verb, right after the envoy's phrase). An envoy with no
    country of his own named is left alone: "Ankara summoned its ambassador to Vienna"
    calls its own envoy home."""
    sender = envoy_sender(envoy, day, actors)
    if sender is None:
        return None
    end = max(t.i for t in envoy.subtree)
    to = next((c for c in envoy.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None and envoy.head.pos_ == "VERB":
        to = next(
            (
                c
                for c in envoy.head.children
                if c.dep_ == "prep" and c.lower_ == "to" and c.i == end + 1
            ),
            None,
        )
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    host = _country_in(obj, day, actors) if obj is not None else None
    return host if host is not None and host != sender else None


def _state_of_recalled(triple: Triple, day: dt.date, actors: DocActors) -> str | None:
    """The state whose envoy is called home, when the phrase says ("recalled the ambassador
    of Algeria in Madrid", "withdrew the Algerian ambassador from Madrid"): whoever recalls
    him is that state, not the last government the story named (an Arabic analysis names
    "the Ministry of Foreign Affairs" after a paragraph on Morocco's)."""
    return next(
        (
            sender
            for group in triple.targets[: triple.primary]
            for head in group
            if head.lemma_.lower() in ENVOYS
            for sender in [envoy_sender(head, day, actors)]
            if sender is not None
        ),
        None,
    )


def _counterpart_met_in(
    head: Token, word: Token, day: dt.date, actors: DocActors, countries: frozenset[str]
) -> Actor | None:
    """The state of a "counterpart" named by no country of his own, met in a place of
    another country than the source's: "held talks with his counterpart in Seoul", "met
    his counterpart Kim Yong-kil in Seoul" (South Korea's), the place said with the
    counterpart, the act or the talks held."""
    noun = head.head if head.dep_ == "appos" else head
    if noun.lemma_.lower() != "counterpart" or not countries:
        return None
    holders = [noun, word, *(c for c in word.children if c.dep_ == "dobj")]
    for place in (
        o
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
        if o.dep_ == "pobj"
    ):
        country = _country_in(place, day, actors)
        if country is not None and country not in countries:
            name = next((c for c in noun.children if c.dep_ == "appos"), noun)
            return Actor(country, "GOV", noun.doc[noun.left_edge.i : name.i + 1].text)
    return None


def _region_named(head: Token, day: dt.date, actors: DocActors) -> bool:
    """``head`` names a region of a country, not the country ("Madrid rejected Catalonia's
    request for a referendum", "Moscow turned down Chechnya's appeal"): a region's thing is
    another side's, even where the country is the source's own."""
    span = actors.by_token.get(head.i)
    if span is None or span.label_ != "ACTOR":
        return False
    entry = actors.book.lookup(span.kb_id_, day)
    return entry is not None and entry.kind == "region"


def _unnamed_body(head: Token, actors: DocActors) -> bool:
    """``head`` names no side itself: "the Foreign Ministry", "the ministry" (its side is
    the one the story named last)."""
    return not any(
        (span := actors.by_token.get(t.i)) is not None and span.label_ != "AGENT"
        for t in phrase_tokens(head)
    )


def _home_destination(t: tuple[Actor, float, Token], countries: frozenset[str]) -> bool:
    """The source's own country named as where a movement it stops would go ("the Ministry
    of Transport prohibited Georgian airlines from flying to Russia", "barred the ships from
    sailing into Russia"): its home, never whom the ban is aimed at."""
    head = t[2]
    prep = head.head
    movement = prep.head
    return (
        t[0].country in countries
        and not t[0].sector
        and head.dep_ == "pobj"
        and prep.lower_ in ("to", "into")
        and movement.pos_ == "VERB"
        and movement.dep_ == "pcomp"
        and movement.head.lower_ == "from"
    )


def targets_of(
    triple: Triple,
    day: dt.date,
    actors: DocActors,
    nominal: Token | None,
    sources: list[tuple[Actor, float, Token]],
) -> tuple[list[tuple[Actor, float, Token]], bool]:
    """The target, and whether the grammar put it there. A known actor where the grammar
    puts the target (object, the pattern's prepositions), else a known actor of another
    country among the fallback candidates, else the phrase where the grammar puts it as
    an open actor (a prepositional one first when the pattern names prepositions:
    "returned paintings to the museum"), else a known actor of the source's own country,
    else the first fallback phrase as an open actor."""
    codes = frozenset(s[0].code for s in sources if s[0].code)
    countries = frozenset(s[0].country for s in sources if s[0].country)
    sources_at = {s[2].i for s in sources}
    taken = sources_at | ({nominal.i} if nominal is not None else set())
    primary = triple.targets[: triple.primary]
    # a party to an accord is where the grammar puts it ("signed a
    # treaty with X"), not any actor further on ("a treaty to absorb Crimea")
    fallback = () if triple.pattern.code == "057" else triple.targets[triple.primary :]

    names = {s[0].name for s in sources}
    pat = triple.pattern
    if _calls_home(triple):
        # "Vilnius recalled the ambassador Diana Mickeviciene from Beijing": the envoy
        # called home is the source's own, whoever the name is; the post is the target
        # ("recalled its chief military representative from NATO": whoever "its" names)
        taken |= {
            h.i
            for group in primary
            for h in group
            if _envoy_s_name(h) or _its_own(h) or _sent_by(h, day, actors, countries)
        }
        # ("recalled its ambassador back to Brasília for consultations": what he is called
        # home for is no post)
        taken |= {h.i for group in triple.targets for h in group if _called_home_for(h)}
    if pat.code.startswith(_RELEASED):
        # "freed 338 hostages held by Boko Haram", "released a tanker seized by the IRGC":
        # the people or things set free, not their captors named inside the phrase
        taken |= {
            t.i
            for group in primary
            for head in group
            for clause in head.children
            if clause.dep_ == "acl"
            for agent in clause.children
            if agent.dep_ == "agent"
            for t in agent.subtree
        }
    taken |= _own_side_claimed(triple.targets, day, actors, countries, sources_at)
    if _retaken_from(triple) or _retaking_vowed(triple):
        # "Syrian troops retook Palmyra from Islamic State": the ground retaken is the
        # source's own; whom it was taken from is the target
        ground = [
            h
            for group in primary
            for h in group
            if not _from_phrase(h) and _own_side(h, day, actors, countries, sources_at)
        ]
        taken |= {h.i for h in ground}
        if _retaking_vowed(triple):
            # ("vowed to liberate the Sudanese town of Heglig": nor the name that says
            # whose the ground is; nor a holder read as the threatener's own state, as an
            # army with no name of its own is: "from the southern army")
            holders = [h for group in triple.targets for h in group if _from_phrase(h)]
            taken |= {
                t.i
                for _, _, t in resolve_heads(ground, day, actors)
                + [
                    r
                    for r in resolve_heads(holders, day, actors)
                    if r[0].country in countries and r[0].sector not in _NONSTATE
                ]
            }

    def _not_backers(group: tuple[Token, ...]) -> list[Token]:
        # "sent police to lead a U.N.-backed mission in Haiti": whom one helps, meets or
        # visits is never a side named only as the backer of the thing (a host or a
        # recipient is named outright)
        if pat.code[:2] not in COOPERATION_ROOTS:
            return list(group)
        return [h for h in group if not named_as_backer(h, actors)]

    # "agreed to coordinate actions against IS": the common enemy is no partner
    enemy_ok = pat.code[:2] not in COOPERATION_ROOTS or "against" in pat.prep

    def known(
        group: tuple[Token, ...], colleague: bool = False
    ) -> list[tuple[Actor, float, Token]]:
        # ``colleague``: another person of the source's own side counts ("Flynn gave Pence
        # incomplete information" is done to Pence, not to the Russian it was about)
        return [
            t
            for t in resolve_heads(_not_backers(group), day, actors, nominal, exclude=codes)
            if t[2].i not in taken
            and (enemy_ok or not _against(t[2]))
            # "Wang Yi promised that Beijing would …": the speaker's own side acts;
            # "Erdogan reiterated Turkey's support": the source's own thing
            and not (
                t[2].dep_ in ("nsubj", "poss")
                and t[0].country in countries
                and not t[0].sector
                and not _region_named(t[2], day, actors)
            )
            # "placed its navy on alert": one's own forces are what is mobilized
            and not (pat.code[:2] == SHOW_OF_FORCE[:2] and t[0].country in countries)
            and not _home_destination(t, countries)
            and (
                t[0].code not in codes
                or (colleague and t[2].ent_type_ == "PERSON" and t[0].name not in names)
                or (t[0].sector == PARTY and t[0].name not in names)  # another party
                # another force of the same country named by its own name: "Sudan's
                # army held talks with the Rapid Support Forces"
                or (
                    t[0].sector in ARMED_SECTORS
                    and t[2].pos_ == "PROPN"
                    and bool(t[0].name)
                    and t[0].name not in names
                )
            )
        ]

    for group in primary:
        if _own_addressee(group[0], triple.word, pat.code, sources_at):
            # "France urged its citizens to leave Russia": the state's own people are
            # asked, not the country the thing asked of them names
            found = resolve_heads(group[:1], day, actors, nominal)
            return found or [(OPEN, OPEN_CONFIDENCE, group[0])], True
    for group in primary:
        if found := known(group, colleague=True):
            return found, True
    if pat.code.startswith(_RELEASED):
        # "the Taliban freed him in exchange for five prisoners": the one set free, even
        # as a pronoun, before any phrase further on
        freed = [h for g in primary for h in g if h.dep_ == "dobj" and h.lower_ in OBJECT_PRONOUNS]
        if freed and all(h.i not in taken for h in freed):
            return [(OPEN, OPEN_CONFIDENCE, freed[0])], True
    if pat.code[:2] in _STRUCK_ROOTS:
        for group in primary:
            if found := _struck_owner(group, day, actors, sources_at, taken):
                return found, True
    # a thing attacked, seized or sent to is its country's; supporting "sides in Syria"
    # is not supporting Syria
    located = pat.code[:2] in _LOCATED_ROOTS
    for group in primary if located else ():
        if found := _located(group, day, actors, codes, taken):
            return found, True
    # "Obama blamed years of U.S. neglect for the crisis with Cuba": the object names the
    # source's own side, so no other country further on is the target
    # (a deal is not one side's alone: "threatened to scrap its gas deal with Hungary" is
    # aimed at the partner the deal is with)
    own_side = any(
        a.code in codes
        for group in primary
        if group[0].lemma_.lower() not in DEAL_NOUNS
        and not (pat.code[:2] == THREAT_ROOT and _doer_of_what_is_said(group[0], triple.word))
        for a, _, t in resolve_heads(group, day, actors, nominal)
        if t.i not in taken
    )
    preps = triple.pattern.prep - {"obj", "-"}
    ordered = sorted(primary, key=lambda g: not (preps and g[0].dep_ == "pobj"))

    def own_possessor(head: Token) -> bool:
        # a possessor with a code that ``known`` passed over is the source's own ("closed
        # Venezuela's borders"); one with none ("the opposition's call") may stand open
        return head.i in actors.by_token and any(
            a.code for a, _, _ in resolve_heads([head], day, actors)
        )

    def open_group(group: tuple[Token, ...]) -> list[tuple[Actor, float, Token]]:
        # (a known possessor passed over above is the source's own: "closed
        # Venezuela's borders")
        # (nor is the source's own envoy: "recalled its High Commissioner from Islamabad")
        # ("… condemned the deal, while Iran denounced it": the deal "it" takes up, which a
        # reaction refers back to, as it does the deal named)
        # ("met his counterpart": a relation noun's owner is whom it is counted from, not
        # whose it is)
        group = tuple(thing_taken_up(h, actors) or h for h in group)
        found = [
            (
                _counterpart_met_in(h, triple.word, day, actors, countries) or OPEN,
                OPEN_CONFIDENCE,
                h,
            )
            for h in group
            if open_target(h, actors)
            and not _line_with(h)
            and not (h.dep_ == "poss" and own_possessor(h))
            and not (
                (poss := _pronoun_owner(h)) is not None
                and mention(poss).i in sources_at
                and not relation_noun(h)
            )
        ]
        return found if all(t[2].i not in taken for t in found) else []

    # "opened its border for convoys to reach South Sudan", "will return the bases it
    # seized from the army", "funding to fight cholera in Yemen": a known actor behind
    # the thing, or where the act's purpose takes it, wins over a thing with no actor of
    # its own (even the source's own thing), not over someone the grammar names
    someone = any(all(names_someone(h) for h in group) for group in primary)
    behind = [g for g in fallback if g[0].i in triple.behind] if not someone else []
    for group in behind:
        if found := [t for t in known(group) if t[0].country not in countries]:
            return found, False
    if any(t[0].country not in countries for g in fallback for t in known(g)):
        # "reopened its borders for South Koreans to inspect their factories in Kaesong":
        # a known side further on beats a place with no code the purpose works in
        behind = []
    for group in behind:  # "seized from the national army": someone we have no code for
        # (or a place with no code the purpose works in: "to fight Ebola in West Africa")
        taken_from = all(h.dep_ == "pobj" and h.head.lower_ == "from" for h in group)
        place = all(h.ent_type_ in ("GPE", "LOC") for h in group)
        if (
            (taken_from or place)
            and all(names_someone(h) for h in group)
            and (found := open_group(group))
        ):
            return found, False
    # the pattern's own preposition names the target even with no code ("a lawsuit
    # against Thom" in a court in the United States)
    for group in ordered:
        if (
            preps
            and group[0].dep_ == "pobj"
            and group[0].head.lower_ in preps
            and claimed(group[0]) is None  # "into claims that X …": X is named first
            and not _owned_content(group[0])
        ):
            if found := open_group(group):
                return found, True

    # someone the grammar names as the target, though we have no code for them ("Gul
    # Rahman was tortured in a CIA prison"), before a known actor further on
    # (whom a thing is given to is someone: "awarded the Warmbiers $500 million")
    def own_voice(head: Token) -> bool:
        # "Putin warned the West that Moscow would retaliate": the speaker's own side
        # acting in what is said is no target
        return (
            head.dep_ == "nsubj"
            and head.head.dep_ == "ccomp"
            and head.head.head.i == triple.word.i
            and any(a.country in countries for a, _, _ in resolve_heads([head], day, actors))
        )

    for group in ordered:
        if (
            all(
                names_someone(h) or h.dep_ == "dative" or _named_object(h) or _unnamed_states(h)
                for h in group
            )
            and not own_voice(group[0])
            and (found := open_group(group))
        ):
            return found, True
    for group in fallback if not own_side else ():
        if found := [t for t in known(group) if t[0].country not in countries]:
            return found, False
    # "refuses to lift the ban, imposed in 2010, on aid agencies": someone the verb itself
    # takes with a preposition of parties wins over a thing with no actor of its own
    clauses = {triple.word.i} | {c.i for c in triple.word.children if c.dep_ in ("xcomp", "ccomp")}

    def home_ground(group: tuple[Token, ...]) -> bool:
        # "invited the Pacific island leaders to the White House", "… to St Petersburg":
        # the source's own ground or seat is where it brings others, no party to the act
        found = resolve_heads(group, day, actors)
        return bool(found) and all(a.country in countries for a, _, _ in found)

    for group in fallback if not someone else ():
        head = group[0]
        if (
            head.dep_ == "pobj"
            and head.head.lower_ in _PARTY_PREPS
            and head.head.head.i in clauses
            and all(names_someone(h) or _unnamed_states(h) for h in group)
            and not home_ground(group)
            and (found := open_group(group))
        ):
            return found, False
    # (a threat told as what the speaker's own side will do is aimed at no one named:
    # "Putin warned that his country would respond"; the one a demand is made on or a
    # court finds guilty is still the target: "demanded that the prime minister appear")
    threat = pat.code[:2] == THREAT_ROOT
    for group in ordered:
        if not (threat and own_voice(group[0])) and (found := open_group(group)):
            return found, True
    for group in fallback:
        if found := known(group):
            return found, False
    # "agreed to set up hospitals in Louisiana", "condemned the attacks": the first phrase
    # the verb or its complement takes stands as an open target
    for group in fallback:
        heads = [h for h in group if h.i not in taken and open_target(h, actors)]
        if heads:
            return [(OPEN, OPEN_CONFIDENCE, h) for h in heads], False
    return [], False


def _doer_of_what_is_said(head: Token, word: Token) -> bool:
    """``head`` is the subject of the clause ``word`` says: in a threat, the speaker's own
    side doing what it threatens, no object of the threat that would keep the side it is
    aimed at out ("Erdoğan threatened that he will raise the whole world against Germany":
    Germany is threatened, "he" is Erdoğan acting)."""
    return head.dep_ == "nsubj" and head.head.dep_ == "ccomp" and head.head.head.i == word.i


# Measures a state takes on its own ground: curfews, states of emergency and martial law,
# imposed, threatened or eased (CAMEO 0813, 0814, 1323, 1324, 1723, 1724).
OWN_GROUND = frozenset({"0813", "0814", "1323", "1324", "1723", "1724"})


def _own_ground(
    triple: Triple,
    day: dt.date,
    actors: DocActors,
    sources: list[tuple[Actor, float, Token]],
    targets: list[tuple[Actor, float, Token]],
) -> list[tuple[Actor, float, Token]]:
    """A curfew or a state of emergency is laid on the place it covers, the state's own
    country included: "Iraq imposed a curfew in Baghdad" is done to Iraq, and "the army
    declared martial law" to the army's own country. Elsewhere a side's own country is never
    its target, so the place (or the measure) would stand open."""
    if triple.pattern.code not in OWN_GROUND or any(t[0].code for t in targets):
        return targets
    countries = {s[0].country for s in sources if s[0].country}
    if len(countries) != 1:
        return targets
    country = next(iter(countries))
    out = []
    for actor, confidence, token in targets:
        found = [a for a, _, _ in resolve_heads([token], day, actors) if a.country]
        if found and found[0].country != country:
            return targets  # (a place of another side we have no code for stays open)
        out.append((Actor(country, "", actor.name), confidence, token))
    return out


def _origin(prep: Token, head: Token) -> bool:
    """``prep`` is a "from" phrase that says where the thing or people ``head`` come from:
    on the noun ("fishermen from Poland"), or on the verb right after the object, where the
    parser hangs it ("released ten fishermen from Poland", "kidnapped aid workers from
    Algeria"); the people of a country, or its things, are that country's. On the verb the
    phrase must name a place: "separating children from their parents" is whom they are
    taken from."""
    if prep.lower_ != "from":
        return False
    if prep.head.i == head.i or (prep.head.pos_ == "NOUN" and head in prep.head.subtree):
        return True  # (or on the number they are counted by: "thousands of families from")
    return prep.i == max(t.i for t in head.subtree) + 1 and any(
        p.dep_ == "pobj" and (p.pos_ == "PROPN" or p.ent_type_ in ("GPE", "LOC"))
        for p in prep.children
    )


def _line_with(tok: Token) -> bool:
    """``tok`` is a line one shares with a side it names: "sent reinforcements to the
    frontier with Belarus" is aimed at Belarus; the frontier is no one to stand for it. (The
    parser may hang "with" on the verb, right after the line.)"""
    if tok.lemma_.lower() not in EDGES:
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(p.dep_ == "pobj" and (c.head == tok or names_someone(p)) for p in c.children)
        for c in (*tok.children, *([after] if after is not None else []))
    )


def _names_striker(phrase: Token, sources_at: set[int]) -> bool:
    """``phrase`` is the source's own phrase ("Iranian drones", whose source token may be
    the modifier "Iranian")."""
    return any(t.i in sources_at for t in phrase.subtree)


def _owner_named_before(poss: Token, sources_at: set[int]) -> Token | None:
    """Whom "its"/"their" stands for when it owns what a source struck: the nearest subject
    of a clause above that is not the striker itself ("the Kurdish-led SDF said Turkish
    drones struck their positions": the SDF; "Al Jazeera said Israeli troops stormed its
    bureau": Al Jazeera). A side does not bomb its own positions, so the striker's own
    subject, which the plain reading of the pronoun would take, is passed over."""
    for verb in poss.ancestors:
        for subject in verb.children:
            if (
                subject.dep_ in ("nsubj", "nsubjpass")
                and subject.pos_ in ("NOUN", "PROPN")
                and not _names_striker(subject, sources_at)
                and not any(_names_striker(c, sources_at) for c in subject.conjuncts)
                and subject.i not in {t.i for t in poss.head.subtree}
            ):
                return subject
    return None


def _struck_owner(
    group: tuple[Token, ...],
    day: dt.date,
    actors: DocActors,
    sources_at: set[int],
    taken: set[int],
) -> list[tuple[Actor, float, Token]]:
    """The owner of a thing struck, seized or set on fire, named by a possessive pronoun
    ("fired missiles at its territory", "set fire to their olive groves"): the side the
    pronoun stands for (see :func:`_owner_named_before`), known or open, where the plain
    reading of the pronoun would take the striker itself."""
    out: list[tuple[Actor, float, Token]] = []
    for head in group:
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if head.i in taken or poss is None or poss.lower_ not in _OWNER_PRONOUNS:
            continue
        if not _names_striker(mention(poss), sources_at):
            continue  # the pronoun's own reading names someone else already
        owner = _owner_named_before(poss, sources_at)
        if owner is None or owner.i in taken:
            continue
        found = resolve_heads([owner], day, actors)
        out.extend(found or ([(OPEN, OPEN_CONFIDENCE, owner)] if open_actor(owner) else []))
    return out


_GIVEN_FOR = frozenset({"for", "to"})


def _given_thing(recipient: Token) -> list[Token]:
    """The thing given whose "for"/"to" phrase names ``recipient``, when it is the verb's
    object, and that verb: where the parser hangs a place said right after the people a thing
    is for ("approved a grant of 300 million dollars for flood victims in Pakistan", "a loan
    for flood victims in Pakistan": on the grant, on "approved")."""
    prep = recipient.head
    if recipient.dep_ != "pobj" or prep.lower_ not in _GIVEN_FOR:
        return []
    thing = prep.head
    if thing.pos_ != "NOUN" or thing.dep_ not in ("dobj", "nsubjpass"):
        return []
    return [thing, thing.head]


def _located(
    group: tuple[Token, ...],
    day: dt.date,
    actors: DocActors,
    codes: frozenset[str],
    taken: set[int],
) -> list[tuple[Actor, float, Token]]:
    """The country a thing is in or comes from: "attacked an army camp in Mali near the border
    with Mauritania" is done to Mali, "set up hospitals in Louisiana" for the United States,
    "jailed a journalist from Iran" to Iran. The place may hang on the thing or on the verb
    that takes it."""
    out = []
    for head in group:
        if head.i in taken or not open_actor(head) or head.ent_type_ == "PERSON":
            continue
        holders = [head, head.head] if head.dep_ == "dobj" else [head]
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            holders.append(head.head.head)  # "thousands of families from Sudan"
        given = _given_thing(head)
        preps = [
            prep
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep" and (prep.lower_ in _INSIDE or _origin(prep, head))
        ] + [
            prep
            for holder in given
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ in _INSIDE and prep.i == head.right_edge.i + 1
        ]
        places = [
            p
            for prep in preps
            for p in prep.children
            if p.dep_ == "pobj" and not motive(p)  # "in response to the US sanctions"
        ]
        for country, confidence, place in resolve_heads(places, day, actors):
            if not country.country or place.i in taken:
                continue
            if country.country in codes:  # the source's own country: the thing itself
                out.append((OPEN, OPEN_CONFIDENCE, head))
            else:
                out.append((Actor(country.country, "", ""), confidence, place))
                out.extend(_listed_places(place, day, actors, codes, taken))
            break
    return out


def _listed_places(
    place: Token, day: dt.date, actors: DocActors, codes: frozenset[str], taken: set[int]
) -> list[tuple[Actor, float, Token]]:
    """The other countries of a list that places a thing ("expelled diplomats from Latvia,
    Lithuania and Estonia": the parser hangs Estonia on Lithuania, so the list is the
    conjuncts of its first name)."""
    return [
        (Actor(country.country, "", ""), confidence, other)
        for country, confidence, other in resolve_heads(place.conjuncts, day, actors)
        if country.country and country.country not in codes and other.i not in taken
    ]


def pairs_of(
    triple: Triple, day: dt.date, actors: DocActors, nominal: Token | None
) -> list[tuple[tuple[Actor, float, Token], tuple[Actor, float, Token] | None]]:
    """(source, target) pairs: each source with the first target candidate that names
    someone else (else the best candidate phrase as an open actor); "X and Y met" pairs
    X and Y both ways; no target leaves it empty."""
    pat = triple.pattern
    sources = sources_of(triple, day, actors, nominal)
    divided = divided_pair(triple.sources[0]) if len(triple.sources) == 1 else None
    if divided is not None:  # "the two Koreas held talks": each state of the pair
        head = triple.sources[0]
        confidence = sources[0][1] if sources else OPEN_CONFIDENCE
        sources = [(state, confidence, head) for state in divided]
    targets, placed = targets_of(triple, day, actors, nominal, sources)
    targets = _own_ground(triple, day, actors, sources, targets)
    # "the delegations with the mediation of the EU held talks": the mediator is no party
    targets = [t for t in targets if not named_go_between(t[2]) and not cast_as_onlooker(t[2])]
    if len(triple.sources) > 1 or divided is not None:
        # "Serbia and Kosovo agreed to implement the EU-brokered deal": the broker is no
        # party to what the sides do with each other
        targets = [t for t in targets if not go_between(t[2])]
        placed = placed and bool(targets)
    # one phrase is not both sides: "a march supporting the opposition in Belarus" is
    # no march by Belarus for its opposition
    pairs: list = [
        (s, t)
        for s in sources
        for t in targets
        if s[2].i not in {x.i for x in phrase_tokens(t[2], role=True)}
    ]
    # "New Zealand offered to host talks between the government and the rebels": the one
    # who brings two sides together is neither of them
    pairs = [(s, t) for s, t in pairs if not (t is not None and _own_side_between(s, t))]
    members = sources
    # "X and Y failed to reach a deal on the Irish border": a topic is no counterpart
    known_target = (
        placed
        and any(t[0].code for t in targets)
        and not _venue(pat, targets, sources, triple.word)
    )
    # "the two presidents agreed to return to the Turkish Stream project": what the pair
    # named as one does with one of its own countries is done by each with the other
    pair_named = divided is not None or (len(triple.sources) == 1 and names_pair(triple.sources[0]))
    if pair_named and {t[0].country for t in targets} <= {s[0].country for s in sources}:
        known_target = False
    if pair_named and _aimed_at_a_third(pat, targets, triple.word):
        # "the two powers accused the West of seeking regime change": a charge or blow the
        # pair aims at someone it names is aimed at that one, even one we have no code for,
        # not each at the other
        pair_named = False
    if len(triple.sources) > 1 and not known_target:  # "X, Y and Z met": open ones too
        members = resolve_heads(triple.sources, day, actors, nominal, open_ok=True)
        # "U.S. and Russian negotiators": "U.S." is found again as a head of its own
        members = [m for m in members if not _named_again(m, members)]
    if (
        (
            each_to_other(triple)  # "X and Y met", "clashed", "accused each other"
            or joint_things(triple.word)
            or pair_named  # "the two presidents agreed to restore trade"
        )
        and any(distinct_sides(a, b) for a in members for b in members)
        and (not known_target or pat.code[:2] == "04" or reciprocal(triple.word))
        # two of one side who meet someone of another country meet that one, not each
        # other: "Lavrov and Shoigu with Kerry and Hagel met", "… met with Wang Yi"; nor
        # do envoys who each present something to a third side: "the envoys of Chile and
        # Peru presented their credentials to Putin"
        and not (
            pat.code[:2] == "04"
            and _other_side(targets, members)
            and (_one_side(members) or _addressed(targets, members))
        )
    ):
        # several sides who meet a third meet it as well as each other: "Egypt, Sudan and
        # Ethiopia met with the mediator", "France and Germany held talks with Russia"
        # ("met in Ankara to discuss Syria": what they discuss is no one they meet)
        # (nor the interpreters or talks a place gives a country: "met in the Finnish
        # capital with interpreters", "held in Chengdu their first talks")
        third = (
            [
                p
                for p in pairs
                if p[1] is not None
                and _in_clause_of(p[1][2], triple.word)
                and (names_someone(p[1][2]) or named_by_modifier(p[1][2]))
            ]
            if pat.code[:2] == "04" and _other_side(targets, members)
            else []
        )
        # "X and Y pulled their troops back from the lake area": each steps back from the
        # other, and each still leaves the place (no side, but the ground the act is told of)
        left = (
            [p for p in pairs if p[1] is not None and not p[1][0].code]
            if pat.code.startswith("087") and pulled_apart(triple.word)
            else []
        )
        # "X and Y met/agreed/clashed": each with the other ("discussed Syria" is a topic)
        pairs = (
            left
            + third
            + [
                (a, b)
                for a in members
                for b in members
                if distinct_sides(a, b)
                and (
                    not a[0].country
                    or a[0].country != b[0].country
                    or two_people(a, b)
                    or rival_groups(a, b)
                    or _opposed(a, b)
                )
            ]
        )
    if not pairs:
        pairs = [(s, None) for s in sources]
    return pairs
