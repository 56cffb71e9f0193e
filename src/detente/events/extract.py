"""Find event triples (source, event word, target) in one parsed sentence.

Verb events use the dependency parse: the subject (or the ``by``-agent of a passive) is the
source; the target is the direct object, the object of the pattern's preposition (on the verb,
its object noun or its complement verb), or the subject of a clausal complement ("demanded that
Russia return"). Nominal events ("sanctions on", "talks between") take their source from the
noun's own modifiers or the subject of the governing verb.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from detente.actors.dictionary import actor_tokens
from detente.actors.resolve import MESSAGES, motive
from detente.events.grammar import (
    DECISION_HEADS,
    DOER_ADJECTIVES,
    NAMING_ENTITIES,
    RELATIVE,
    adjective_participle,
    child_of,
    counted,
    final_clause,
    issuer_of,
    names_someone,
    passive_clause,
    prep_objects,
    reduced_passive,
    shares_passive,
    subject_of,
    with_conjuncts,
)
from detente.events.modality import (
    INTENT_HEADS,
    SPEECH,
    TELLING,
    article_subject,
    called_on,
)
from detente.events.naming import CONDEMNING, named_object, naming_pattern
from detente.events.patterns import DEFAULT_NOUN_PREPS, Pattern, PatternBook


@dataclass(frozen=True, slots=True)
class Triple:
    """Heads of the source and target phrases (target may be None) and the event word."""

    word: Token
    pattern: Pattern
    sources: tuple[Token, ...]
    targets: tuple[tuple[Token, ...], ...]  # candidate target groups, best first
    # the first ``primary`` groups are where the grammar puts the target (object, the
    # pattern's prepositions): one of them stands even with no code; later groups are
    # fallbacks that count only when they name a known actor
    primary: int = 99
    symmetric_pair: bool = False  # "talks between X and Y": code both directions
    consumed: frozenset[int] = frozenset()
    places: tuple[Token, ...] = ()  # where an act of violence happened: the source if none
    # heads of fallback groups that stand behind a thing given or returned, or where the act's
    # purpose takes it (see ``_behind``): they win over a thing with no actor of its own
    behind: frozenset[int] = frozenset()


# Verbs whose object noun is what they talk about, not something their subject does:
# "condemned the assassination of the ambassador", "welcomed the withdrawal of troops".
TOPIC_VERBS = {
    "condemn", "criticize", "criticise", "denounce", "deplore", "decry", "slam", "blast",
    "welcome", "praise", "hail", "applaud", "commend", "laud", "celebrate", "mourn",
    "deny", "reject", "dismiss", "question", "dispute", "blame", "protest", "regret",
    "investigate", "probe", "report", "discuss", "debate", "review", "monitor", "study",
    "support", "oppose", "back", "endorse", "demand", "urge", "seek", "warn", "fear",
    "accuse", "charge", "allege", "suspect", "acknowledge", "confirm", "announce", "note",
    "mark", "commemorate",
    "recall", "remember", "describe", "call", "label", "term", "see", "view", "consider",
    "regard", "deem", "think", "believe",
}  # fmt: skip


# Nouns that end, cut or reverse what their "of" phrase names ("the lifting of sanctions",
# "a suspension of aid"): the phrase is no object of the verb, but a modifier of the noun's
# own event ("suspension of aid" reads as "aid suspension").
UNDOING_NOUNS = {
    "suspension", "halt", "cut", "cutoff", "cut-off", "freeze", "end", "termination",
    "cancellation", "lifting", "easing", "removal", "reduction", "repeal", "abolition",
    "scrapping", "relaxation", "loosening", "rollback", "expiry", "expiration", "loss", "pause",
}  # fmt: skip


_MONEY = {
    "million", "billion", "trillion", "dollar", "euro", "pound", "yen", "yuan", "rupee", "crore",
    "lakh", "rs",
}  # fmt: skip


def _amount(tok: Token) -> bool:
    """ "$400 million", "2 billion euros", "$50,000": a sum of money."""
    return (
        tok.lemma_.lower() in _MONEY
        or tok.lower_ in _MONEY
        or (tok.like_num and any(c.tag_ == "$" for c in tok.subtree))
    )


def dative_object(tok: Token) -> Token | None:
    """Whom a thing goes to when the parser gives a verb of giving two direct objects
    ("awarded the families $300 million", "handed Yemen's central bank a deposit"): the
    first one."""
    if tok.lemma_.lower() not in TRANSFER_VERBS:
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if len(objects) != 2 or not names_someone(objects[0]) or names_someone(objects[1]):
        return None
    return objects[0]


def _objects(tok: Token) -> list[Token]:
    """Direct object (or passive subject); without one, objects of prepositions ("called for
    the release", "acceded to the treaty"). Of two direct objects of a verb of giving, the
    second is what is given."""
    dative = dative_object(tok)
    direct = child_of(tok, "nsubjpass") or next(
        (c for c in tok.children if c.dep_ == "dobj" and (dative is None or c.i != dative.i)),
        None,
    )
    if direct is not None and direct.dep_ == "nsubjpass" and tok.lemma_.lower() in TRANSFER_VERBS:
        # "Ukraine was given $400 million in aid": what is given is the object left
        direct = child_of(tok, "dobj") or direct
    thing = child_of(tok, "dative") if direct is None else None
    if (
        thing is not None
        and thing.pos_ == "NOUN"
        and _has_prep([tok, *_worth(tok)], _RECIPIENT_FOR)
    ):
        direct = thing  # "gave aid worth $5 million to Jordan": the thing, parsed as dative
    if (
        direct is not None
        and direct.lower_ in ("that", "which")
        and tok.dep_ == "relcl"
        and direct.i < tok.i
    ):
        direct = tok.head  # "the deal that Ukraine signed with Turkey": the deal
    if direct is None:  # "returned looted artifacts": the object hangs on the participle
        described = next((c for c in tok.children if adjective_participle(c)), None)
        direct = child_of(described, "dobj") if described is not None else None
    if direct is not None and direct.tag_ in ("JJR", "JJS", "RBR", "RBS"):
        # "contribute more to peacekeeping operations"; "supplied most of the drones": what
        # the share is of
        direct = next(iter(prep_objects(direct, _OF)), None)
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
    # "returned to Brazil last Wednesday 21 frogs": a counted late object parsed as an adverb
    # (it comes first; the prepositions' objects still count: not "…, the first call")
    late = [
        c
        for c in tok.children
        if c.dep_ == "npadvmod"
        and c.pos_ == "NOUN"
        and c.i > tok.i
        and not _is_time(c)
        and any(n.dep_ == "nummod" for n in c.children)
    ]
    if direct is not None:
        # "thousands of troops", "dozens of missiles", "the return of inspectors": the "of"
        # object counts too; not after a noun that undoes it ("announced the lifting of
        # sanctions" imposes none, "a suspension of aid" gives none).
        quantity = (
            []
            if direct.lemma_.lower() in UNDOING_NOUNS | _CONDITIONS
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
        if _amount(direct):
            quantity += [
                p
                for prep in direct.children
                if prep.dep_ == "prep" and prep.lower_ == "in"
                for p in prep.children
                if p.dep_ == "pobj" and p.pos_ == "NOUN"
            ]
        # "provided Kyiv with Javelin missiles": what is given is the "with" object
        given = list(prep_objects(tok, _WITH)) if tok.lemma_.lower() in _PROVIDING else []
        # "placed the president under house arrest", "put the city on lockdown": the state
        # the object is put in says what was done
        if tok.lemma_.lower() in _PLACING:
            given += prep_objects(tok, _UNDER)
        # "has given U.N. inspectors permission to …": a second object the parser made
        # direct too is what is given (the first is who gets it)
        second = [c for c in tok.children if c.dep_ == "dobj" and c.i > direct.i]
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
    preps = [c for c in tok.children if c.dep_ == "prep"]
    # "pulled out of the city": a two-word preposition hangs its object on the second word
    preps += [
        inner
        for prep in preps
        if child_of(prep, "pobj") is None
        for inner in prep.children
        if inner.dep_ == "prep"
    ]
    return late + [pobj for prep in preps for pobj in prep.children if pobj.dep_ == "pobj"]


_RECIPIENT_FOR = frozenset({"to", "for"})
# A state "of" something names the condition, not what is in it: "lifted the state of
# siege in La Paz" is lifted in La Paz.
_CONDITIONS = {"state"}
# Verbs that give their object something "with": "provided Kyiv with missiles".
_PROVIDING = {
    "provide", "supply", "equip", "furnish", "arm", "present", "reward", "help", "support",
    "back", "assist",
}  # fmt: skip
_WITH = frozenset({"with"})
# Verbs that put their object in a state: "placed X under arrest", "put X on lockdown".
_PLACING = {"place", "put", "keep"}
_UNDER = frozenset({"under", "on"})
# Verbs whose object is only ever direct ("quit the talks", not "left for talks").
_LEAVING = {"leave", "quit", "exit", "abandon", "depart"}


# Currencies: a pattern that names money by "dollar" takes any of them ("gave two billion
# riyals to Egypt", "contributed a million rupees to Nepal", "5 million Swiss francs").
CURRENCIES = {
    "dollar", "euro", "yen", "pound", "sterling", "rupee", "yuan", "renminbi", "ruble",
    "rouble", "riyal", "rial", "dirham", "dinar", "franc", "krone", "kroner", "krona", "kronor",
    "lira", "peso", "ringgit", "baht", "rupiah", "shekel", "naira", "rand", "shilling", "zloty",
    "forint", "hryvnia", "taka", "kwacha", "cedi", "birr", "tenge", "manat", "lari", "som",
    "leu", "lev", "kuna", "denar", "dram", "ducat", "florin", "rs", "crore", "lakh",
}  # fmt: skip


def _object_matches(noun: Token, wanted: frozenset[str]) -> bool:
    """``noun`` is one of the ``wanted`` lemmas, alone or with a modifier ("chemical weapon");
    any currency counts where dollars do; a plural the lemmatizer missed counts as its
    singular."""
    lemma = noun.lemma_.lower()
    if lemma.endswith("s") and lemma == noun.lower_ and lemma not in wanted | CURRENCIES:
        lemma = lemma[:-1]  # a plural the lemmatizer left alone ("a million euros")
    inner = counted(noun)
    if inner is not noun:  # "millions of refugees" are refugees, "billions of dollars" money
        return _object_matches(inner, wanted)
    if (lemma in CURRENCIES or noun.lower_ in CURRENCIES) and "dollar" in wanted:
        return True  # (the lemmatizer makes "Rs" "r")
    return lemma in wanted or any(f"{m} {lemma}" in wanted for m in _modifiers(noun))


def _has_prep(tokens: list[Token | None], preps: frozenset[str]) -> bool:
    return any(
        c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps
        for tok in tokens
        if tok is not None
        for c in tok.children
    )


_PARTICLE_PREPS = {"out", "off", "away", "back", "down"}  # "voted down the bill"
_LOOSE = {"free", "loose"}
_FROM = frozenset({"from"})
_FOR = frozenset({"for"})
_NEARER = {"close", "closer", "near", "nearer"}
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
    "acceptance": frozenset({"of"}),  # "acceptance of the plan" is a plan accepted
    # "the exit from the nuclear agreement" is an agreement left
    "withdrawal": frozenset({"from"}),
    "exit": frozenset({"from"}),
    "pullout": frozenset({"from"}),
    "exchange": frozenset({"of"}),  # "an exchange of prisoners" is a prisoner exchange
    "swap": frozenset({"of"}),
}
_NONE: frozenset[str] = frozenset()
# "a suspension of aid", "an end to sanctions", "cuts in aid"
_UNDONE = frozenset({"of", "to", "in"})
# Nouns that change an amount named in their phrase, as the undoing nouns do: "announced a
# sixfold increase in funding" gives more funding.
_CHANGED = UNDOING_NOUNS | {
    "increase", "boost", "rise", "expansion", "restoration", "reimposition", "reinstatement",
}  # fmt: skip

# "attacked … with drones / with artillery": the weapon decides the CAMEO subcode of a
# generic attack (17x damage to property, 190 conventional force).
_AERIAL = {
    "drone", "missile", "rocket", "airstrike", "warplane", "jet", "aircraft", "bomber",
    "helicopter", "uav", "bomb", "air",
}  # fmt: skip
_HEAVY = {"artillery", "tank", "mortar", "shell", "howitzer", "gunboat", "warship"}
_SMALL_ARMS = {"gun", "rifle", "firearm", "pistol", "machinegun", "grenade", "knife"}


# What police charge a crowd with: "charged the protesters with batons" is repression (175),
# "charged three activists with sedition" a legal charge (115).
_RIOT_GEAR = {
    "baton", "truncheon", "stick", "club", "cane", "whip", "horse", "horseback", "shield",
    "gas", "teargas", "cannon", "bullet", "bayonet",
}  # fmt: skip


def _by_instrument(verb: Token, pat: Pattern) -> Pattern:
    if pat.code not in ("190", "171", "1712", "180", "115"):
        return pat
    weapons = {
        p.lemma_.lower()
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("with", "using")
        for p in prep.children
        if p.dep_ == "pobj"
    }
    if pat.code == "115":
        return replace(pat, code="175") if weapons & _RIOT_GEAR else pat
    for kinds, code in ((_AERIAL, "195"), (_HEAVY, "194"), (_SMALL_ARMS, "193")):
        if weapons & kinds:
            return replace(pat, code=code)
    return pat


_PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
_FROM_OF = frozenset({"from", "of"})
_WITHDRAWING = {("withdraw", ""), ("pull", "out")}  # nothing withdrawn: a place is left


def _left_place(verb: Token) -> bool:
    """ "withdrew from Kherson", "pulled out of the Tigray capital": what was left is a named
    place (a race, a tournament or a deal is no ground given up)."""
    left = list(prep_objects(verb, _FROM_OF)) + [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in _PARTICLE_PREPS
        for p in prep_objects(prep, _FROM_OF)
    ]
    return any(
        t.ent_type_ in _PLACE_ENTITIES or t.pos_ == "PROPN"
        for p in left
        for t in (p, *p.children)
        if t.dep_ in ("pobj", "compound", "nmod", "amod") or t is p
    )


# Troops, not travellers: who gives up ground wherever it is ("the troops withdrew from the
# site of the clash", "Rwandan troops began leaving Cabo Delgado"; "Putin left Moscow" does
# not), crosses into a country as an incursion, or steps aside as a retreat.
_TROOPS = {
    "troop", "soldier", "force", "army", "military", "peacekeeper", "contingent", "battalion",
    "fighter", "militant", "rebel", "militia", "militiaman", "mercenary", "marine", "unit",
    "servicemen", "serviceman", "brigade", "division", "regiment", "insurgent", "paratrooper",
    "tank",
}  # fmt: skip
# Who foresees but acts for no side: their warnings threaten no one.
_FORECASTERS = {
    "analyst", "expert", "observer", "commentator", "pundit", "columnist", "blogger",
    "economist", "scholar", "academic", "researcher", "forecaster",
}  # fmt: skip
# Moving into a place is an incursion only when troops do it (news_recall.tsv).
_INCURSIONS = {(lemma, "190") for lemma in ("cross", "roll", "push", "pour", "march")}


def _armed(subject: Token | None) -> bool:
    return subject is not None and subject.lemma_.lower() in _TROOPS


_PEACEKEEPING = {"peacekeeper", "peacekeeping", "peace-keeper", "peace-keeping"}


# People who arrive somewhere to stay or pass through pay no visit ("116 people arrived in
# Kyrgyzstan seeking refuge", "migrants arrived in Lampedusa").
_NO_VISITORS = {
    "refugee", "migrant", "asylum-seeker", "asylum", "evacuee", "people", "person", "civilian",
    "family", "tourist", "immigrant", "displaced", "worker", "pilgrim", "child", "boat",
}  # fmt: skip
# What arrives as aid: "the first aid convoy arrived in Gaza".
_AID_SENT = {
    "aid", "assistance", "supply", "shipment", "convoy", "donation", "vaccine", "relief",
    "consignment", "medicine", "food",
    "batch", "dose", "tonne", "ton", "cargo", "wheat", "grain", "rice", "flour", "tent",
    "blanket", "fuel", "ventilator", "oxygen",
}  # fmt: skip
_CARRYING = {"carry", "load", "laden", "bear", "bring", "transport", "fill", "pack"}


def _carries_aid(thing: Token | None) -> bool:
    """``thing`` is aid or carries it: "aid from Turkey", "a batch of vaccines", "a plane
    carrying 40 tonnes of aid", "trucks loaded with food"."""
    if thing is None:
        return False
    if thing.lemma_.lower() in _AID_SENT - _MEASURES:
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in _AID_SENT for c in thing.children):
        return True  # "an aid plane", "relief trucks"
    loads = [c for c in thing.children if c.dep_ in ("acl", "relcl", "amod")]
    inner = [*prep_objects(thing, _OF_WITH)]
    inner += [o for load in loads for o in (*_objects(load), *prep_objects(load, _OF_WITH))]
    inner += [p for o in list(inner) for p in prep_objects(o, _OF)]  # "40 tonnes of aid"
    return any(t.lemma_.lower() in _AID_SENT and t.lemma_.lower() not in _MEASURES for t in inner)


_OF_WITH = frozenset({"of", "with"})
_MEASURES = {"batch", "tonne", "ton", "cargo"}  # aid only when what they hold is
_ARRIVING = {"arrive", "land", "reach"}


def _by_arrivals(verb: Token, pat: Pattern) -> Pattern | None:
    """ "Peacekeepers arrived in Bosnia", "deployed troops to the UN peacekeeping force":
    troops come to keep the peace (074), they pay no visit (042) and show no force (15x);
    aid that arrives is aid given (070), as are planes, ships and trucks sent with it (073);
    refugees and migrants who arrive make no visit at all (None)."""
    arriving = pat.code == "042" and verb.lemma_.lower() in _ARRIVING
    if not arriving and pat.code[:2] != "15":
        return pat
    if pat.lemma == "deploy" and not pat.obj and child_of(verb, "dobj") is not None:
        return None  # the line for forces that deploy: "deployed new software" is none
    subject = subject_of(verb)
    keepers = subject is not None and any(
        t.lemma_.lower() in _PEACEKEEPING for t in subject.subtree
    )
    sent_to_keep = pat.code[:2] == "15" and any(
        t.lemma_.lower() in _PEACEKEEPING for p in prep_objects(verb, _TO) for t in p.subtree
    )
    if keepers or sent_to_keep:
        return replace(pat, code="074")
    if arriving and _carries_aid(subject):
        return replace(pat, code="070")  # "aid from Turkey arrived in Syria"
    if pat.code[:2] == "15" and _carries_aid(child_of(verb, "dobj")):
        return replace(pat, code="073")  # "sent a plane loaded with medical supplies"
    arrivals = [subject, *prep_objects(subject, _OF)] if subject is not None else []
    if arriving and any(t.lemma_.lower() in _NO_VISITORS for t in arrivals):
        return None  # "hundreds of migrants arrived"
    return pat


# Who a border is opened to when it is opened as a refuge.
_REFUGE_SEEKERS = {
    "refugee", "migrant", "asylum-seeker", "alien", "evacuee", "displaced", "exile",
    "civilian", "people",
}  # fmt: skip
_TO = frozenset({"to"})


def _by_refuge(verb: Token, pat: Pattern, noun: Token | None) -> Pattern:
    """ "opened its borders to refugees": taking people in (075, PLOVER AID), not easing a
    blockade (0872) as "opened the border to trucks" does."""
    if pat.code != "0872" or verb.lemma_.lower() != "open":
        return pat
    welcomed = [*prep_objects(verb, _TO), *(prep_objects(noun, _TO) if noun is not None else ())]
    if any(p.lemma_.lower() in _REFUGE_SEEKERS for p in welcomed):
        return replace(pat, code="075")
    return pat


# Crowds whose storming, occupying or burning is protest, not force.
PROTESTERS = {
    "protester", "protestor", "demonstrator", "rioter", "marcher", "crowd", "mob",
    "picketer", "striker",
}  # fmt: skip
_CROWD_FORCE = {"190", "171", "1711", "1712"}  # stormed, seized, set fire to: a riot (145)
_CROWD_HOLD = {"191", "192"}  # besieged, occupied: an obstruction (144)


def _by_protesters(verb: Token, pat: Pattern) -> Pattern:
    """ "protesters stormed the presidential palace", "occupied the airport", "set fire to
    the consulate": a crowd's force is a violent protest (145) or an obstruction (144)."""
    if pat.code not in _CROWD_FORCE | _CROWD_HOLD:
        return pat
    subject = subject_of(verb)
    if subject is None or subject.lemma_.lower() not in PROTESTERS:
        return pat
    return replace(pat, code="145" if pat.code in _CROWD_FORCE else "144")


# Where a fired missile lands when it is fired at no one.
_OPEN_WATERS = {"sea", "water", "waters", "ocean", "coast"}


def _by_display(verb: Token, pat: Pattern, noun: Token | None) -> Pattern:
    """ "test-fired a missile", "fired two missiles into the sea": a show of force (150,
    PLOVER MOBILIZE), not an attack; "fired missiles at a warship" stays an attack."""
    if pat.code not in ("190", "194", "195") or verb.lemma_.lower() not in ("fire", "launch"):
        return pat
    tested = any(c.lemma_.lower() == "test" for c in verb.children if c.dep_ != "dobj") or (
        noun is not None and "test" in _modifiers(noun)
    )
    into_sea = any(
        p.lemma_.lower() in _OPEN_WATERS
        for p in prep_objects(verb, frozenset({"into", "off", "in", "toward", "towards"}))
    )
    return replace(pat, code="150") if tested or into_sea else pat


_ACCORD = Pattern(
    "030", "V", "agree", "", frozenset(), frozenset(), frozenset({"with", "obj", "to"}), 0
)


def _by_complement(verb: Token, pat: Pattern, comp: Token | None) -> tuple[Pattern, Token | None]:
    """ "agreed to set up / to give / to start …": agreeing to do something is an intent to
    cooperate (030) when the act has no pattern of its own, done to whom the act is done
    ("agreed to provide Sri Lanka with technology"); "agreed with X" stays accord."""
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if pat.code == "019" and act is not None:
        return replace(_ACCORD, line=pat.line), comp or act
    return pat, comp


_OFFERING = {"offer", "volunteer"}
_LETTING = {"let", "allow", "permit", "help", "enable"}


def _offer(verb: Token) -> tuple[Pattern, Token | None, Token | None] | None:
    """ "offered to let U.S. investigators attend": offering to do something no pattern
    names is an intent to cooperate (030); the act offered is part of the offer."""
    if verb.lemma_.lower() not in _OFFERING:
        return None
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if act is None:
        return None
    return replace(_ACCORD, lemma=verb.lemma_.lower()), act, None


_APPEAL = Pattern("020", "V", "call", "", frozenset(), frozenset(), frozenset({"on", "upon"}), 0)


def _by_appeal(verb: Token, pat: Pattern) -> Pattern:
    """ "called on Moscow to release them", "called for restoring dialogue" are appeals
    (020), not phone calls, when no pattern names the act asked for."""
    if verb.lemma_.lower() != "call" or pat.code[:2] == "02" or pat is _CALLING_ON:
        return pat
    asked_to = any(
        c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
    if asked_to and (called_on(verb) or _asked_for(verb) is not None):
        return replace(_APPEAL, line=pat.line)  # "called on X to …", "called for X to …"
    if pat.code[:2] == "04" and any(
        not _is_time(p) for p in prep_objects(verb, frozenset({"for"}))
    ):
        return replace(_APPEAL, line=pat.line, prep=frozenset({"on", "upon", "-"}))
    return pat


# Protest verbs that mean "show" or "lead" with a direct object.
_SHOWING = {"demonstrate", "march", "rally"}
_QUESTION_MARKS = {"whether", "if", "why", "how", "what", "who", "when", "where"}


def _question(verb: Token) -> bool:
    """ "asked whether Obama had been too soft", "when asked by reporters": asking a question
    is not a request."""
    if verb.lemma_.lower() == "ask" and passive_clause(verb):
        return True
    return verb.lemma_.lower() in ("ask", "wonder", "question") and any(
        c.dep_ == "ccomp" and any(m.lower_ in _QUESTION_MARKS for m in c.children if m.i < c.i)
        for c in verb.children
    )


def match_verb(
    verb: Token, book: PatternBook, extra_objects: tuple[Token, ...] = ()
) -> tuple[Pattern, Token | None, Token | None] | None:
    """Most specific pattern for ``verb`` with the complement verb and object noun it used.

    A pattern's ``obj`` is checked on the complement when the pattern has one ("agreed to lift
    sanctions"); particles may be parsed as adverbs ("stepped down"); the complement may be a
    predicate noun ("called Putin a killer"). Among equally specific patterns, one whose
    target preposition is present in the sentence wins ("voted against" over "voted for").
    """
    lemma = verb.lemma_.lower()
    patterns = book.verbs.get(lemma)
    if not patterns or _question(verb):
        return None
    if (
        lemma in _SHOWING
        and child_of(verb, "dobj") is not None
        # "rallied outside parliament against the bill" (the place misread as an object)
        and not _has_prep([verb], frozenset({"against"}))
    ):
        return None  # "Moscow and Beijing demonstrate the rapprochement": show, not protest
    comps = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "oprd")]
    if lemma in TELLING:  # "told Erdogan that U.S. forces would step aside": what is told
        comps = [c for c in comps if child_of(c, "nsubj", "nsubjpass") is None]
    # "ordered nine ministers jailed": a participle on the object completes the verb
    obj = child_of(verb, "dobj")
    if obj is not None:
        comps += [c for c in obj.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    if lemma in _PERMITTING and obj is not None:
        # "allowed Indian pilgrims to visit the shrine", "granted Britain to delay Brexit":
        # what is permitted parsed as a clause on the object or beside the verb
        comps += [
            c
            for c in (*obj.children, *verb.children)
            if c.dep_ in ("acl", "advcl")
            and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
    comps += [j for c in comps for j in c.conjuncts if j not in comps]  # "to X and to return"
    if lemma == "meet" and obj is not None and obj.lemma_.lower() in MET_THINGS:
        patterns = tuple(p for p in patterns if p.code[:2] != "04")  # "meet the needs of"
    # "plans to meet", "is expected to visit": the complement is the event, flagged future
    # by its modality (and coded as intent by CAMEO's convention), not a 03x pattern here;
    # "decided to lift": the complement is the event, done.
    # "expects Russia to return" has its own subject in the complement: a demand pattern.
    if (
        lemma in INTENT_HEADS | DECISION_HEADS
        and child_of(verb, "dobj") is None
        and not any(child_of(c, "nsubj") is not None for c in comps)
    ):
        patterns = tuple(p for p in patterns if not p.comp)
    # Particles, including one parsed as a preposition ("forced UNHCR out of the country").
    particles = {
        c.lower_
        for c in verb.children
        if c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and c.lower_ in _PARTICLE_PREPS)
    }
    # "set free 11 prisoners", "were set free": the particle parsed as a complement, a
    # predicate or an adjective of the object
    if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in _LOOSE:
        particles.add(verb.doc[verb.i + 1].lower_)
    if lemma in _GOING_ON and particles & {"ahead", "on", "forward"}:
        return None  # "pressed ahead with preparations": carrying on, no one is pressed
    own_objects = _objects(verb) + list(extra_objects)  # + the nouns of a verb-final clause
    if lemma in _DELISTING:  # "removed Cuba from its terror list": the list says what is done
        own_objects += prep_objects(verb, _OFF_LIST)
    if reduced_passive(verb):  # "the sanctions imposed by the U.S. on Iran"
        own_objects.append(verb.head)

    def pick(pool: tuple[Pattern, ...]) -> tuple[Pattern, Token | None, Token | None] | None:
        fallback = None
        for pat in pool:
            if pat.prt and pat.prt not in particles:
                continue
            comp = None
            if pat.comp:
                comp = next((c for c in comps if c.lemma_.lower() in pat.comp), None)
                if comp is None:
                    continue
            noun = None
            if pat.obj:
                candidates = _objects(comp) if comp is not None else own_objects
                noun = next(
                    (
                        o
                        for o in candidates
                        if _object_matches(o, pat.obj)
                        or (lemma in _SEIZING and _taken_place(o, pat))
                    ),
                    None,
                )
                if noun is None:
                    continue
            specific = pat.prep - {"obj", "-"}
            if not specific or _has_prep([verb, comp, noun], specific):
                # a phrasal verb is its own word: "called out the deal" is criticism whatever
                # "call" + "deal" means
                phrasal = fallback is not None and fallback[0].prt and not pat.prt
                if fallback is None or (pat.specificity >= fallback[0].specificity and not phrasal):
                    return pat, comp, noun
                return fallback
            # with no preposition of any, a reading that needs a partner ("held drills with X")
            # gives way to one of the same specificity that does not ("staged military drills")
            partnered = fallback is not None and (fallback[0].prep - {"obj", "-"}) <= _PARTNER_PREPS
            if fallback is None or (
                partnered
                and not specific <= _PARTNER_PREPS
                and pat.specificity >= fallback[0].specificity
            ):
                fallback = (pat, comp, noun)
        return fallback

    # a phrasal verb is its own word: "voted down the deal for a third time" is no vote for
    # it; the verb alone is read only when no pattern of the phrasal verb fits
    if particles and any(p.prt and p.prt in particles for p in patterns):
        found = pick(tuple(p for p in patterns if p.prt))
        if found is not None:
            return found
    found = pick(patterns)
    asked = _asked_for(verb) if found is None and lemma in _APPEALING else None
    if asked is not None:  # "called for the authorities to investigate the killings"
        return _APPEAL, asked, None
    return found


# Verbs of appeal whose "for X to do Y" clause names who is asked.
_APPEALING = {"call", "appeal", "press", "push", "plead", "lobby"}


def _asked_for(verb: Token) -> Token | None:
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


_PARTNER_PREPS = frozenset({"with", "between"})
_GOING_ON = {"press", "push", "forge", "move", "plough", "plow", "soldier"}
_PERMITTING = {"allow", "permit", "let", "authorize", "authorise", "grant"}
# Verbs that take someone off a list ("removed Cuba from its list of state sponsors of
# terrorism", "took Pakistan off the grey list"): the list names the measure undone.
_DELISTING = {"remove", "take", "strike", "drop", "delete", "exclude", "erase"}
_OFF_LIST = frozenset({"from", "off"})
# Verbs of taking or giving up ground: a place name as their object is the town or territory
# their patterns name ("took over Kirkuk", "captured Bakhmut", "ceded Nagorno-Karabakh").
_SEIZING = {
    "seize", "capture", "take", "grab", "wrest", "overrun", "retake", "recapture", "annex",
    "occupy", "liberate", "surround", "encircle", "cede", "surrender", "relinquish", "vacate",
}  # fmt: skip
_PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


def _taken_place(noun: Token, pat: Pattern) -> bool:
    """``noun`` names a place taken or given up where ``pat`` wants a town ("captured Bakhmut"
    for "captured the city")."""
    return (
        "city" in pat.obj
        and noun.dep_ == "dobj"
        and noun.pos_ == "PROPN"
        and noun.ent_type_ in _PLACE_ENTITIES
        # "took Moscow by surprise"
        and not any(p.lower_ == "by" for p in noun.head.children if p.dep_ == "prep")
    )


def _is_time(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _WEEKDAYS


# Spans of time that a phrase may be made of: "decades of neglect", "years of foolishness".
_SPANS = {"year", "decade", "century", "month", "week"}
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


_FALLBACK_PREPS = frozenset(
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
_WHERE = frozenset({"in", "inside", "within", "outside"})
_TOPIC_PREPS = frozenset({"on", "about", "over"})
_WORKING_TOGETHER = {"03", "05", "06"}  # intent to cooperate, diplomatic and material


_BY = frozenset({"from", "by"})
_BY_ONLY = frozenset({"by"})
_OF = frozenset({"of"})
# Nouns of leaving whose "of" phrase names who leaves: "the withdrawal of Ethiopian troops
# from Somalia", "the surrender of the rebel commander to the army".
_OF_LEAVER = {"withdrawal", "pullout", "pull-out", "pullback", "retreat", "surrender"}
# Verbs that move something to someone: who receives it is the target, not what is moved.
TRANSFER_VERBS = {
    "send", "give", "provide", "supply", "deliver", "deploy", "sell", "return", "hand",
    "transfer", "extradite", "ship", "donate", "lend", "dispatch", "offer", "grant", "award",
    "pay", "allocate", "loan", "commit", "pledge", "repatriate", "restore", "restitute",
}  # fmt: skip
_RECIPIENT = frozenset({"to", "into"})
_GIVEN_BACK = {"back", "over"}
_TOWARD = frozenset({"toward", "towards"})
_IMPOSED_ON = frozenset({"on", "against"})
# Verbs of helping whose complement names whom the help is for ("helped to feed refugees").
_HELPING = {"help", "assist"}
# What is discussed is a topic, never the counterpart: "discussed the war in Syria".
_DISCUSSING = {"discuss", "debate", "review", "examine", "explore", "address"}
# Verbs of accusing: "accused X of Y", "blamed X for Y", "charged X with Y".
_ACCUSING = {"accuse", "blame", "charge", "suspect", "fault"}
# Verbs of asking: who is asked may be "from"/"of" someone, not the direct object.
_ASKING = {"demand", "request", "seek", "expect", "want", "require", "ask"}
# Nouns for something said or sent whose "from"/"by" phrase names who said or sent it.
MESSAGE_NOUNS = {
    "request", "call", "demand", "appeal", "offer", "invitation", "proposal", "plea", "bid",
    "ultimatum", "order", "warning", "overture", "initiative", "suggestion", "petition",
    "application", "letter", "message", "complaint", "protest", "challenge",
}  # fmt: skip


def agent_of(noun: Token | None) -> Token | None:
    """Who sent the message ``noun`` names: "a request from the minister" → minister."""
    if noun is None or noun.lemma_.lower() not in MESSAGE_NOUNS:
        return None
    return next(iter(prep_objects(noun, _BY)), None)


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
            or (c.dep_ == "compound" and c.pos_ == "PROPN")
            or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))  # "French criticism"
        ),
        None,
    )


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
            holders.append(child)
        elif child.dep_ == "prep":  # "the seizure of a tanker by", "the attack on X by"
            holders += [p for p in child.children if p.dep_ == "pobj"]
    agents = (a for holder in holders for a in prep_objects(holder, _BY_ONLY))
    return next((a for a in agents if names_someone(a)), None)


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


def claimed(noun: Token) -> Token | None:
    """Whom a claim is about: "an investigation into claims that two servicemen abused
    children" is into the servicemen; "expressed hope that Iran would return" is about Iran."""
    if noun.lemma_.lower() not in CLAIM_NOUNS | MESSAGE_NOUNS | ATTITUDE_NOUNS:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")), None)
    return child_of(clause, "nsubj", "nsubjpass") if clause is not None else None


def _object_gap(verb: Token) -> Token | None:
    """The noun a relative clause is about when it is the clause's object ("Americans it
    accuses of crimes", "the officials they blame"): the clause has a subject of its own and
    no object."""
    if verb.dep_ != "relcl":
        return None
    obj = child_of(verb, "dobj", "dative")
    if obj is not None and obj.lower_ not in RELATIVE:
        return None
    subject = child_of(verb, "nsubj")
    if subject is None or subject.lower_ in RELATIVE:
        return None
    return verb.head


# Purposes that name whom something given is for ("to support refugees"); "sent jets to
# destroy Syria's reactor" names no beneficiary.
HELPING = {
    "support", "help", "assist", "aid", "promote", "meet", "fund", "finance", "rebuild",
    "reconstruct", "develop", "improve", "strengthen", "feed", "relieve", "alleviate", "ease",
    "boost", "benefit", "serve", "protect", "treat", "house", "shelter", "resettle", "sustain",
    "bolster", "stabilize", "stabilise", "empower", "respond", "address", "cover", "care",
}  # fmt: skip


def _purposes(giver: Token) -> list[Token]:
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
    for purpose in _purposes(giver):
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
        found.extend(prep_objects(purpose, _FALLBACK_PREPS | _WHERE))
    return found


# Verbs of contact whose purpose clause is addressed to whom they contact: "called Erdogan to
# express condolences", "met Abbas to convey his support", "summoned the envoy to protest".
_CONTACT = {
    "call", "phone", "telephone", "ring", "dial", "meet", "visit", "receive", "host",
    "summon", "write", "contact", "see",
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
    if own is not None and (own.pos_ == "PROPN" or own.ent_type_ in NAMING_ENTITIES):
        return None  # "visit Russia to meet Putin": the act names its own counterpart
    # "called Bashir on Saturday to express …" is often parsed as naming ("called X Y")
    reached = child_of(head, "dobj", "oprd")
    return reached if reached is not None and not _is_time(reached) else None


def _message_addressee(verb: Token) -> Token | None:
    """Whom the message that frames ``verb`` went to: "sent Putin a letter in which he
    expressed regret" (Putin), "in a message to Xi, Biden congratulated …" (Xi); not when the
    act names its own counterpart."""
    own = child_of(verb, "dobj")
    if own is not None and any(names_someone(t) for t in (own, *own.children) if t.dep_ != "conj"):
        return None  # "congratulated the Chinese people"
    if verb.dep_ == "relcl":
        message = verb.head
    else:
        message = next(
            (m for m in prep_objects(verb, frozenset({"in"})) if m.lemma_.lower() in MESSAGES),
            None,
        )
    if message is None or message.lemma_.lower() not in MESSAGES:
        return None
    addressee = next(iter(prep_objects(message, _TO)), None)
    if addressee is None and message.dep_ == "dobj":  # "sent (to) Putin a letter"
        sender = message.head
        addressee = child_of(sender, "dative") or next(iter(prep_objects(sender, _TO)), None)
        if addressee is not None and addressee.pos_ == "ADP":
            addressee = child_of(addressee, "pobj")
    return addressee if addressee is not None and names_someone(addressee) else None


def _motive(tok: Token) -> bool:
    """``tok`` heads a phrase saying why it was done ("attacked a base in retaliation for
    Saudi airstrikes"): whom the motive names is no target."""
    return motive(tok) and not names_someone(tok)


# Reactions to an act (criticism, appeals, praise, demands, accusations, rejections): aimed
# at whoever did it.
_REACTIONS = frozenset({"01", "02", "05", "10", "11", "12"})


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


_MEASURE_ROOTS = frozenset({"16", "17"})  # sanctions, embargoes, curfews, lockdowns, bans
_BLOCKADE = "191"  # a blockade, a siege


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


def _held_until(verb: Token, comp: Token | None) -> list[Token]:
    """Who must act first when a refusal holds until they do: "will not lift the embargo
    until Cuba frees prisoners", "refused to end the strike until the company raises pay"
    (a refusal aimed at Cuba, the company); not a pronoun, which may be the one refusing."""
    refused = any(c.dep_ == "neg" for c in verb.children) or verb.lemma_.lower() in _REFUSING
    if not refused:
        return []
    return _clause_subjects((verb, comp), _UNTIL)


def _clause_subjects(holders: Iterable[Token | None], marks: frozenset[str]) -> list[Token]:
    """The subjects of the adverbial clauses of ``holders`` opened by one of ``marks``, not
    pronouns (often the one refusing or threatening)."""
    return [
        subject
        for holder in holders
        if holder is not None
        for clause in holder.children
        if clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)
        for subject in (child_of(clause, "nsubj", "nsubjpass"),)
        if subject is not None and subject.pos_ != "PRON"
    ]


THREAT_ROOT = "13"
_CONDITION_MARKS = frozenset({"if", "unless", "until"})


def _conditioned_on(verb: Token, comp: Token | None) -> list[Token]:
    """The subject of the condition clause of a threat ("… if the government fails to pay",
    "… unless Kyiv withdraws")."""
    return _clause_subjects((comp, verb), _CONDITION_MARKS)


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
        if lemma not in TRANSFER_VERBS | _PROVIDING or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in clause.children
        ):
            continue
        found = [*prep_objects(clause, _RECIPIENT)]
        found += [c for c in clause.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        given = child_of(clause, "dobj")
        if given is not None and lemma in _PROVIDING and _has_prep([clause], _WITH):
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
    things = [o for h in holders for o in _objects(h) if o.pos_ in ("NOUN", "PROPN", "NUM")]
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
            found.extend(p for p in prep_objects(clause, _FROM) if p.pos_ != "PRON")
        elif lemma in _COMING_TO_HOLD and child_of(clause, "dobj") is None:
            taker = child_of(clause, "nsubj")
            if taker is not None and taker.pos_ != "PRON":
                found.append(taker)
    found.extend(_purpose_parties([*holders, *things], comp))
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
                    found.extend(prep_objects(held, _WHERE | _RECIPIENT))
    return [t for t in found if t.pos_ != "PRON"]


def _purpose_parties(holders: list[Token], comp: Token | None = None) -> list[Token]:
    """The people or place a purpose clause on ``holders`` works on ("a loan to improve
    roads in Nepal", "funding to fight cholera in Yemen"; "for relief flights to reach
    Sudan": the purpose may hang on whom the act is for)."""
    found: list[Token] = []
    for_whom = [p for t in holders for p in prep_objects(t, _FOR)]
    purposes = [
        c
        for t in (*holders, *for_whom)
        for c in t.children
        if _to_clause(c) and (comp is None or c.i != comp.i)
    ]
    for clause in purposes:
        obj = child_of(clause, "dobj", "dative")
        if (
            obj is not None
            and clause.lemma_.lower() not in _COMBATING
            and obj.lemma_.lower() not in NOT_FOES
        ):
            found.append(obj)
        found.extend(prep_objects(clause, _WHERE | _RECIPIENT))
        if obj is not None:
            found.extend(prep_objects(obj, _WHERE))
    return [t for t in found if t.pos_ != "PRON"]


# Purposes that aim a show of force at someone: "sent warships to the Gulf to deter Iran".
_DETERRING = {"deter", "counter", "confront", "intimidate", "pressure", "warn", "contain"}
_SHOW_OF_FORCE_ROOTS = frozenset({"13", "15"})  # threats and mobilizations


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
        found.extend(prep_objects(aim, _FROM))
        found.extend(c for c in aim.children if c.dep_ == "poss")
    return [t for t in found if t.pos_ != "PRON"]


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
            if t.dep_ == "prep" and t.lower_ in _WHERE
            for p in t.children
            if p.dep_ == "pobj"
        )
        found.extend(prep_objects(holder, _WHERE))
        made_ids.add(made.i)
    return found, made_ids if found else set()


# Verbs of telling whom they tell: what the told clause is about is no target ("Peskov
# informed that Erdogan had sent a letter").
_INFORMING = frozenset({"inform", "notify", "brief", "apprise"})


PROTEST_ROOT = "14"
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
_AGAINST = frozenset({"against"})


def _protested(verb: Token, noun: Token | None) -> list[Token]:
    """Whom a protest is aimed at: an "against" phrase of the verb or its protest noun, else
    the object of a clause saying what the protest is for ("…, protesting the quota
    system", "to press the government to hire interns", "demanding wages from owners")."""
    found = [p for h in (verb, noun) if h is not None for p in prep_objects(h, _AGAINST)]
    for clause in verb.children:
        lemma = clause.lemma_.lower()
        if clause.dep_ not in ("advcl", "xcomp") or lemma not in _PROTEST_AIMS:
            continue
        aims = list(prep_objects(clause, _AIM_PREPS))
        direct = child_of(clause, "dobj")
        if direct is not None and _PROTEST_AIMS[lemma]:
            aims.append(direct)
        # someone named, or the owner of what is protested ("the government's quota
        # system"); "protesting the killing of a teenager" names no one to aim at
        found.extend(
            t
            for t in aims
            if names_someone(t) or any(c.dep_ == "poss" and names_someone(c) for c in t.children)
        )
    return found


# What is given as aid, never who receives it ("provided $20 million for flood relief in
# Pakistan", "a sixfold increase in funding").
_AID_THINGS = {
    "aid", "assistance", "relief", "funding", "fund", "loan", "grant", "support", "supply",
    "package", "money", "donation", "financing", "reconstruction", "recovery", "help",
    "dose", "vaccine", "medicine", "food", "equipment", "tonne", "ton", "weapon", "arm",
    "ammunition", "shipment", "consignment", "batch",
}  # fmt: skip
_AID_FOR = frozenset({"to", "for", "in", "of"})
_REBUILDING = {"reconstruction", "recovery"}


def aid_given(tok: Token) -> bool:
    """``tok`` is aid or a sum given ("funding", "$20 million"), never its recipient."""
    words = {tok.lemma_.lower(), tok.lower_, tok.lower_[:-1]}  # "doses" (lemma "dos")
    return (tok.pos_ == "NOUN" and bool(words & _AID_THINGS)) or _amount(tok)


def _aid_for(aid: Token) -> list[Token]:
    """Whom or where aid goes, by its own phrase ("relief for Pakistan") or its purpose
    ("funding to fight the epidemic in West Africa", "money to help refugees")."""
    found = list(prep_objects(aid, _AID_FOR))
    if aid.lemma_.lower() in _REBUILDING:  # "Iraq's reconstruction" is Iraq rebuilt
        found += [c for c in aid.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    # "a loan for Angola to build roads": who will do it with the aid
    found.extend(
        c
        for purpose in aid.children
        if _to_clause(purpose)
        for c in purpose.children
        if c.dep_ == "nsubj" and c.pos_ != "PRON"
    )
    return found + _purpose_parties([aid])


def _aid_subject_for(aid: Token) -> list[Token]:
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


def _past_aid_given(found: list[Token], primary: int) -> tuple[list[Token], int]:
    """Aid candidates with the aid itself replaced by whom or where its phrase says it goes
    ("$20 million for flood relief in Pakistan": Pakistan); the count of primary ones."""
    out: list[Token] = []
    n_primary = 0
    for position, phrase in enumerate(found):
        inner = [phrase]
        for _ in range(2):  # "Rs 500 crore for flood relief in Kerala": Kerala
            inner = [p for t in inner for p in (_aid_for(t) if aid_given(t) else [t])]
        inner = [t for t in inner if not aid_given(t)]
        out.extend(inner)
        n_primary += len(inner) if position < primary else 0
    return out, n_primary


def _worth(holder: Token) -> list[Token]:
    """The "worth" of what ``holder`` takes, where the parser hangs the recipient or partner:
    "granted debt relief worth $5 billion to Sudan"."""
    given = [g for g in holder.children if g.dep_ in ("dobj", "dative")]
    return [w for h in (holder, *given) for w in h.children if w.lower_ == "worth"]


def _doers(phrases: Iterable[Token]) -> Iterator[Token]:
    """Each phrase, or the subject of a gerund phrase: "lifted its ban on women driving"
    is lifted for the women."""
    for phrase in phrases:
        subject = child_of(phrase, "nsubj") if phrase.tag_ == "VBG" else None
        yield subject if subject is not None else phrase


def _verb_targets(
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
    gap = _object_gap(verb)
    if gap is not None and (noun is None or gap.i != noun.i):
        # "officials they blame for the seizure": the officials are blamed (but "the deal
        # that Ukraine signed with Turkey" is the pattern's own thing: Turkey is the party)
        return (with_conjuncts(gap),), 1, frozenset()
    accused = child_of(verb, "dobj") if verb.lemma_.lower() in _ACCUSING else None
    if accused is not None and _has_prep([verb], frozenset({"of", "for", "with"})):
        # "accused the West of crossing a line in Ukraine": the one accused, not a place or
        # party inside the charge
        if _is_time(accused) or accused.lemma_ in _SPANS:  # "blamed years of U.S. folly"
            accused = next(iter(prep_objects(accused, frozenset({"of"}))), accused)
        return (with_conjuncts(accused),), 1, frozenset()
    if pat.code[:2] == PROTEST_ROOT:
        # "rallied outside parliament in Tbilisi against the bill", "took to the streets,
        # demanding higher wages from factory owners": whom a protest is aimed at comes
        # before where it was held
        found.extend(_protested(verb, noun))
    addressee = None
    if verb.lemma_.lower() in _ASKING:  # "has from Russia demanded that …", "demanded of Iran"
        addressee = next(iter(prep_objects(verb, frozenset({"from", "of"}))), None)
    if comp is not None and addressee is None:
        # "expected Russia to return Crimea": Russia is the one asked
        addressee = child_of(comp, "nsubj") or child_of(verb, "dobj")
        told = child_of(verb, "dobj", "dative") or next(iter(prep_objects(verb, _TO)), None)
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
        asked = _asked_for(verb)  # "appealed for the government to release them"
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
            for aside in (*_asides(holder), *_worth(holder)):
                recipients.extend(prep_objects(aside, _RECIPIENT))
            # "was handed back to Turkey": the recipient hung on the particle
            for particle in holder.children:
                if particle.dep_ in ("advmod", "prt") and particle.lower_ in _GIVEN_BACK:
                    recipients.extend(prep_objects(particle, _RECIPIENT))
            recipients.extend(c for c in holder.children if c.dep_ == "dative" and c.pos_ != "ADP")
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
            if direct is None and holder.i == verb.i and passive_clause(verb):
                direct = subject_of(verb.head)  # "… if attacked by the U.S.": the subject
            if holder.i == verb.i and reduced_passive(verb):
                # "the sanctions imposed by the U.S. on Iran": not the sanctions themselves
                # ("sailors released by Russia" were released themselves)
                direct = verb.head if noun is None or verb.head.i != noun.i or not measure else None
            direct = direct or child_of(holder, "dobj", "dative")
            if direct is None and pat.prt in _PARTICLE_PREPS and holder.i == verb.i:
                # "voted down the bill": the particle parsed as a preposition takes the object
                direct = next(iter(prep_objects(verb, frozenset({pat.prt}))), None)
            if direct is not None and direct.lower_ in RELATIVE and holder.dep_ == "relcl":
                direct = holder.head  # "the officers who were indicted": the officers
            if direct is not None and (_is_time(direct) or direct.lemma_ in _SPANS):
                # "blamed years of U.S. foolishness": what the time phrase is made of
                direct = next(iter(prep_objects(direct, frozenset({"of"}))), direct)
            sender = (
                agent_of(direct)
                or doer_of(direct, holder)
                or _message_owner(direct, pat.code[:2] in _REACTIONS)
            )
            if sender is None and pat.code[:2] in _REACTIONS:
                sender = _teller(direct) or _owner_before(direct)
            if sender is not None:  # "refused a request from the minister": the minister
                found.append(sender)
            if direct is not None and (noun is None or direct.i != noun.i):
                found.append(direct)
            elif direct is not None and holder.i == verb.i and not measure:
                found.append(direct)  # "released 40 prisoners"
        found.extend(recipients)
        if noun is not None:
            # "rejected the government's offer of compensation", "blocked a resolution
            # proposed by the United States": who made the offer, not what it offers
            sender = (
                _message_owner(noun) or doer_of(noun, verb) if pat.code[:2] in _REACTIONS else None
            )
            if sender is not None:
                found.append(sender)
            # (not "the state of emergency": the condition, not someone it is on)
            state = noun.lemma_.lower() in _CONDITIONS
            found.extend(_doers(prep_objects(noun, preps - _OF if state else preps)))
        # "lift the ban they imposed on aid agencies": the measure's own clause says on whom
        thing = noun or child_of(holder, "dobj")
        for told in (c for c in thing.children if c.dep_ == "relcl") if thing is not None else ():
            found.extend(prep_objects(told, preps | _IMPOSED_ON))
        found.extend(prep_objects(holder, preps))
        for worth in _worth(holder):  # "signed deals worth $12 billion with Brazil"
            found.extend(prep_objects(worth, preps))
        # "pulled its troops back from Kyiv": the phrase hung on the particle
        for particle in holder.children:
            if particle.dep_ in ("advmod", "prt") and particle.lower_ in _PARTICLE_PREPS:
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
    if pat.code[:2] in _WORKING_TOGETHER:  # "signed an accord to supply Egypt with wheat"
        found.extend(_supplied(verb))
    if "obj" not in preps and verb.lemma_.lower() not in _DISCUSSING:
        # a weaker reading: the direct object ("blamed Assad")
        direct = child_of(verb, "dobj")
        if direct is not None and (noun is None or direct.i != noun.i):
            if noun is None:  # "revoked the order against them": the pattern's preposition
                found.extend(prep_objects(direct, preps))  # on the object names the target
            doer = doer_of(direct, verb)
            if doer is not None:  # "blocked a resolution proposed by the United States"
                found.append(doer)
            owner = _message_owner(direct, pat.code[:2] in _REACTIONS)
            if owner is not None:  # "voted down the prime minister's deal"
                found.append(owner)
            found.append(direct)
    clause = child_of(verb, "ccomp", "xcomp")
    subject = child_of(clause, "nsubj", "nsubjpass") if clause is not None else None
    if subject is None and clause is not None and clause.pos_ == "VERB":
        # "demanded that the prime minister resign": a bare (subjunctive) verb whose
        # subject the parser took for a compound of it
        subject = next((c for c in clause.lefts if c.dep_ == "compound"), None)
    if subject is not None and verb.lemma_.lower() not in _INFORMING:
        found.append(subject)
    # "expressed anger toward the United States over the visit": whom an attitude is
    # toward is its addressee, whatever the pattern's own prepositions
    for holder in (h for h in (verb, noun, child_of(verb, "dobj")) if h is not None):
        found.extend(prep_objects(holder, _TOWARD))
    found.extend(_held_until(verb, comp))
    if made:  # the facility set up stands behind the place it is set up in
        kept = [t for t in found if t.i not in made]
        found = kept + [t for t in found if t.i in made]
        primary = len(kept)
    else:
        primary = len(found)
    if pat.code[:2] == THREAT_ROOT:
        # "threatened to strike if the government did not raise pay": a threat with no one
        # named is aimed at whoever must meet its condition
        found.extend(_conditioned_on(verb, comp))
    # (last of all, so as not to reorder the other fallbacks: the coder looks for them)
    behind = _behind(verb, comp, noun) if pat.code[:2] in COOPERATION_ROOTS else []
    behind += _aimed_at(verb) if pat.code[:2] in _SHOW_OF_FORCE_ROOTS else []
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
    if noun is not None:  # anywhere inside the object phrase
        found.extend(
            p
            for t in noun.subtree
            if t.dep_ == "prep" and t.lower_ in preps
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
    # Last resort: any actor-taking preposition on the verb, its complement or their objects;
    # "work together on Syria", "agreed to cooperate on North Korea": its "on" phrase is a topic
    last = _FALLBACK_PREPS
    if pat.code[:2] in _WORKING_TOGETHER:  # (not "eased sanctions on Iran", "talks on X")
        last -= _TOPIC_PREPS - pat.prep
    # "moved artillery closer to the border with South Korea": "closer" carries the "to"
    nearer = [c for c in verb.children if c.dep_ == "advmod" and c.lemma_.lower() in _NEARER]
    for holder in (
        h for h in (comp, verb, noun, child_of(comp or verb, "dobj"), *nearer) if h is not None
    ):
        found.extend(prep_objects(holder, last))
    if noun is not None and not measure and not (reduced_passive(verb) and noun.i == verb.head.i):
        found.append(noun)  # "signed an accord to supply Gondor with wheat"
    found.extend(_beneficiaries(verb, comp))
    # where it happened, last: "set up hospitals in Louisiana", "attacked a camp in Mali";
    # not the venue of talks ("met in the Finnish capital")
    if pat.code[:2] not in _DIPLOMACY:
        for holder in (h for h in (comp, verb, child_of(comp or verb, "dobj")) if h is not None):
            found.extend(prep_objects(holder, _WHERE))
    if measure and noun is not None:  # "imposed blockades in the worst-hit areas": the
        found.append(noun)  # measure itself only when it is imposed on no one named
    if pat.code[:2] in COOPERATION_ROOTS and "against" not in pat.prep:
        # "agreed to coordinate actions against IS": the common enemy is no partner
        enemy = [t.dep_ == "pobj" and t.head.lower_ == "against" for t in found]
        primary -= sum(enemy[:primary])
        found = [t for t, out in zip(found, enemy, strict=True) if not out]
    # (not when the verb has an object of its own: "met Panetta and criticised the farce")
    shared = (
        child_of(verb.head, "dobj", "dative")
        if verb.dep_ == "conj" and child_of(verb, "dobj") is None
        else None
    )
    if shared is not None:  # "told Putin to stop and warned of consequences"
        found.append(shared)
    if pat.code[:2] == "07":
        # "sanctioned Rs 900 crore for relief in Nepal": an amount parsed as a second object
        found.extend(c for c in verb.children if c.dep_ == "dobj")
        found, primary = _past_aid_given(found, primary)
    found.extend(behind)
    seen: set[int] = set()
    groups = []
    n_primary = 0
    for position, phrase in enumerate(found):
        if _motive(phrase):
            continue
        about = claimed(phrase)  # "claims that two servicemen abused …"
        if about is not None and about.pos_ == "PRON":
            about = None  # "denied Ethiopian claims that it had …": the claim is Ethiopia's
        for head in (about, phrase):
            if head is not None and head.i not in seen and not _is_time(head):
                seen.add(head.i)
                groups.append(with_conjuncts(head))
                n_primary += position < primary
    return tuple(groups), n_primary, frozenset(t.i for t in behind)


_PERFECT = {"has", "have", "had"}
_NOMINAL_DEPS = {
    "dobj",
    "pobj",
    "nsubj",
    "nsubjpass",
    "xcomp",
    "dative",
    "npadvmod",
    "attr",
    "appos",
    "conj",
    "dep",
    "oprd",
}


def _verb_in_noun_phrase(verb: Token) -> tuple[Token, list[Token]] | None:
    """Headlines and short news lines the parser read as one noun phrase: "Mexican president
    cancels trip to Washington", "The U.S. shared intelligence with Israel" (the finite verb
    hung on the last noun as a modifier). The subject is the verb's own or the name before
    it; the noun it hangs on is its object, and that noun's prepositional objects are the
    target candidates. Returns (subject, candidates) like :func:`_verb_final`, or None."""
    head = verb.head
    if (
        verb.tag_ not in ("VBZ", "VBD")
        or verb.dep_ not in ("compound", "amod", "nmod")
        or head.pos_ not in ("NOUN", "PROPN")
        or head.dep_ != "ROOT"
        or head.i < verb.i
        or any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in verb.sent)
    ):
        return None
    subject = child_of(verb, "nsubj") or max(
        (
            c
            for c in head.children
            if c.dep_ in ("nmod", "compound", "poss", "nsubj")
            and c.i < verb.i
            and c.pos_ in ("NOUN", "PROPN")
        ),
        key=lambda c: c.i,
        default=None,
    )
    if subject is None:
        return None
    return subject, [head, *prep_objects(head, _FALLBACK_PREPS)]


def _verb_final(verb: Token) -> tuple[Token, list[Token]] | None:
    """Machine-translated verb-final clauses: "Russia has the statement of Ukraine sharply
    criticised". When a perfect "has/have/had" is followed by nouns and the participle ends
    the clause, the subject is the noun before "has" and the target is among the nouns
    between "has" and the verb. Returns (subject, target candidates) or None."""
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    sent = verb.sent
    after = next((t for t in sent.doc[verb.i + 1 : sent.end] if t.pos_ != "ADV"), None)
    # the clause ends at the verb: end of sentence, a conjunction, a comma ("… accused,
    # terrorists to protect") or a prepositional phrase ("… criticised in the council")
    if after is not None and not (after.is_punct or after.pos_ in ("CCONJ", "ADP")):
        return None
    perfect = None
    for tok in reversed(sent[: verb.i - sent.start]):
        if tok.pos_ == "VERB" and tok.lower_ not in _PERFECT:
            return None
        if tok.lower_ in _PERFECT:
            perfect = tok
            break
    if perfect is None:
        return None
    if perfect.dep_ == "aux" and perfect.head.i != verb.i and perfect.head.i < verb.i:
        return None  # "the mother, who has been on hunger strike, appealed": another verb's
    between = [
        t
        for t in sent[perfect.i - sent.start + 1 : verb.i - sent.start]
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in _NOMINAL_DEPS and not _is_time(t)
    ]
    before = [
        t
        for t in sent[: perfect.i - sent.start]
        if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ in ("nsubj", "nsubjpass", "ROOT", "dep")
    ]
    if not between or not before:
        return None
    return before[-1], between


_VIOLENCE = {"17", "18", "19", "20"}  # coercion (arrests, seizures) and violence
# ... and protest: "thousands protest in London against the ban" are protesters in Britain
_PLACED_ROOTS = _VIOLENCE | {"14"}
_PLACE_NOUNS = {
    "town", "city", "village", "province", "region", "district", "capital", "port", "street",
    "square", "centre", "center", "outskirts", "suburb", "heart",
}  # fmt: skip
_PLACE_PREPS = {"in", "at", "near", "inside", "outside"}


# Where someone is held: "tortured to death in a Saudi prison", "died in Israeli police
# custody" name the jailers.
CUSTODY = {"custody", "prison", "jail", "gaol", "detention", "captivity", "cell", "lockup"}


def _places(verb: Token) -> tuple[Token, ...]:
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
        if tok.dep_ == "pobj" and _place_of(tok)
    ]
    held = [t for t in found if t.lemma_.lower() in CUSTODY]
    return tuple(held + [t for t in found if t.pos_ == "PROPN"])


# "Called on" a person with no act asked of them, or only to talk, is a courtesy visit (South
# Asian news: "the ambassador called on the prime minister", "a delegation called on
# President Alvi to discuss the political situation"); "called on Iran to release them" and
# "called on the president to resign" stay appeals.
_VISIT_PURPOSES = {
    "discuss", "exchange", "review", "brief", "apprise", "congratulate", "convey", "present",
    "greet", "felicitate", "thank", "express", "extend", "share",
}  # fmt: skip
_TITLES = {
    "president", "minister", "premier", "ambassador", "envoy", "chief", "governor", "leader",
    "chairman", "chairperson", "speaker", "secretary", "commander", "king", "emir", "prince",
    "counterpart", "mayor", "senator", "chancellor",
}  # fmt: skip
_CALLING_ON = Pattern(
    "042", "V", "call", "", frozenset(), frozenset(), frozenset({"on", "upon"}), 0
)


def _courtesy_call(verb: Token) -> list[Token] | None:
    """The talk words of a courtesy visit ``verb`` ("called on") pays a person, if it is one
    (an empty list when it names no purpose)."""
    if not called_on(verb):
        return None
    hosts = [h for h in prep_objects(verb, frozenset({"on", "upon"})) if not _is_time(h)]
    if not hosts or not all(
        h.ent_type_ == "PERSON"
        or h.lemma_.lower() in _TITLES
        or (h.pos_ == "PROPN" and not h.ent_type_ and names_someone(h))
        for h in hosts
    ):
        return None
    purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp")]
    if any(p.lemma_.lower() not in _VISIT_PURPOSES for p in purposes):
        return None  # "called on the president to resign": an appeal
    return purposes


# Receiving or welcoming a person is hosting a visit: "Macron received Zelensky at the
# Elysee", "Erdogan welcomed Putin to Ankara" (welcoming a decision stays praise, 051).
_RECEIVING = {"receive", "welcome", "greet"}
_HOSTING = Pattern("043", "V", "receive", "", frozenset(), frozenset(), frozenset({"obj"}), 0)


def _guest(verb: Token) -> Token | None:
    """The person ``verb`` says was received as a guest, if any."""
    if verb.lemma_.lower() not in _RECEIVING:
        return None
    guest = child_of(verb, "dobj")
    # a person: so tagged, or a name the actor tagger found that the parser left untyped
    person = guest is not None and (
        guest.ent_type_ == "PERSON"
        or (guest.pos_ == "PROPN" and not guest.ent_type_ and names_someone(guest))
    )
    if not person or child_of(guest, "case") is not None:
        return None  # "welcomed Biden's victory" is about what Biden did
    if any(p.lower_ == "for" for p in verb.children if p.dep_ == "prep"):
        return None  # "welcomed Guterres for his efforts": praise
    return guest


# A death at someone's hands with no agent named: "a prisoner died in custody after torture",
# "died in a captivity in Iran due to continued torture" (the dead one is the target).
_DYING = {"die"}
_ABUSE = {
    "torture": "1822", "beating": "182", "beat": "182", "abuse": "182", "mistreatment": "182",
    "maltreatment": "182", "ill-treatment": "182",
}  # fmt: skip


def _death_by_abuse(verb: Token) -> Pattern | None:
    """The assault a death says its victim suffered ("died after torture": 1822), if any."""
    if verb.lemma_.lower() not in _DYING:
        return None
    victim = child_of(verb, "nsubj")
    inside = {t.i for t in victim.subtree} if victim is not None else set()
    codes = {
        _ABUSE[t.lemma_.lower()]
        for t in verb.subtree
        if t.lemma_.lower() in _ABUSE and t.i not in inside and t.pos_ in ("NOUN", "VERB")
    }
    if not codes:
        return None
    code = "1822" if "1822" in codes else "182"
    return Pattern(code, "V", "die", "", frozenset(), frozenset(), frozenset({"-"}), 0)


def _place_of(tok: Token) -> bool:
    """``tok`` is the object of a place preposition, or "the town of X" under one."""
    prep = tok.head
    return prep.lower_ in _PLACE_PREPS or (
        prep.lower_ == "of" and prep.head.lemma_.lower() in _PLACE_NOUNS
    )


_CALLING = {"call", "phone", "telephone", "ring"}
# What is met without a meeting: "to meet the health needs of", "met the deadline".
MET_THINGS = {
    "need", "deadline", "target", "goal", "standard", "requirement", "criterion", "criteria",
    "expectation", "obligation", "cost", "challenge", "threshold", "quota", "benchmark",
    "commitment", "norm", "shortfall", "demand", "condition",
}  # fmt: skip


def _call_made_for(verb: Token) -> Token | None:
    """The phone call ``verb`` is the purpose of ("called Erdogan to apologize", "phoned
    Trump to congratulate him"); not an appeal ("called on Moscow to withdraw")."""
    head = verb.head
    if (
        verb.dep_ in ("xcomp", "advcl")
        and head.i != verb.i
        and head.lemma_.lower() in _CALLING
        and not called_on(head)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        # "called for the president to resign": an appeal
        and not any(m.dep_ == "mark" and m.lower_ == "for" for m in verb.children)
    ):
        return head
    return None


# Verbs of receiving: what the subject gets "from" someone was given by that someone.
_GETTING = {"receive", "get", "obtain", "secure"}
# People are received from a place they fled, not given by it ("received refugees from Syria").
_PEOPLE_RECEIVED = {
    "refugee", "migrant", "asylum-seeker", "evacuee", "orphan", "survivor", "displaced",
    "defector", "dissident", "delegation", "envoy", "visitor", "guest",
}  # fmt: skip


def _gets_aid(verb: Token, pat: Pattern, noun: Token | None) -> bool:
    """``verb`` says its subject received aid (not people fleeing somewhere)."""
    return (
        verb.lemma_.lower() in _GETTING
        and pat.code[:2] == "07"
        and noun is not None
        and noun.lemma_.lower() not in _PEOPLE_RECEIVED
    )


def _giver(verb: Token, pat: Pattern, noun: Token | None) -> Token | None:
    """Who gave the aid ``verb`` says its subject received ("received a loan from the IMF"):
    the giver is the source, the receiver the target."""
    if noun is None or not _gets_aid(verb, pat, noun):
        return None
    return next(iter([*prep_objects(verb, _FROM), *prep_objects(noun, _FROM)]), None)


_AFTER = {"after", "following", "once", "when"}


_LEAVING_GROUND = {"leave", "exit", "vacate", "evacuate", "quit"}
_GROUND_NOUNS = _PLACE_NOUNS | {"country", "territory", "area", "base", "zone", "state"}
_LEFT_GROUND = Pattern("0874", "V", "leave", "", frozenset(), frozenset(), frozenset({"obj"}), 0)


def _troops_leaving(verb: Token) -> bool:
    """``verb`` is troops leaving a place: its subject is troops or forces, its object a
    named place or a town, province, base … ("Mozambique's Cabo Delgado province")."""
    if verb.lemma_.lower() not in _LEAVING_GROUND:
        return False
    subject = subject_of(verb)
    place = child_of(verb, "dobj")
    if place is None or not _armed(subject):
        return False
    return (
        place.ent_type_ in _PLACE_ENTITIES
        or place.lemma_.lower() in _GROUND_NOUNS
        or place.pos_ == "PROPN"  # (troops leave places; the tagger may call Mali a person)
    )


def _releaser(verb: Token) -> tuple[Token, ...]:
    """Who let people go, when the passive names no agent: the one whose act the release
    followed ("were freed after South Korea's cabinet approved a pardon", "were released
    after the government revoked the orders against them")."""
    if child_of(verb, "nsubjpass", "auxpass") is None:
        return ()
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _AFTER for m in clause.children
        ):
            subject = child_of(clause, "nsubj")
            if subject is not None and names_someone(subject):
                return with_conjuncts(subject)
    return ()


# A resignation accedes to a demand for a change in leadership (CAMEO 0831): its target is
# whoever made the demand, named in the circumstance ("resigned after weeks of protests in
# Beirut", "stepped down under pressure from protesters", "quit amid criticism from lawmakers").
_STEPPED_DOWN = "0831"
_PRESSURE = frozenset({"after", "amid", "amidst", "following", "under"})
_PRESSED_FROM = frozenset({"from", "by", "in", "of"})
_DEMANDERS = {
    "protester", "demonstrator", "lawmaker", "legislator", "parliament", "opposition",
    "critic", "student", "union", "worker", "voter", "party", "rebel", "activist", "group",
}  # fmt: skip


def _pressed_by(verb: Token) -> list[Token]:
    """Who pressed for what ``verb`` gave up: a named one (or protesters, lawmakers …) in
    its "after", "amid" or "under pressure from" phrase, a "from"/"by" phrase first."""
    found: list[Token] = []
    for phrase in prep_objects(verb, _PRESSURE):
        for tok in phrase.subtree:
            if (tok.dep_ == "pobj" and tok.head.lower_ in _PRESSED_FROM) or tok.i == phrase.i:
                if names_someone(tok) or tok.lemma_.lower() in _DEMANDERS:
                    found.append(tok)
    return sorted(found, key=lambda t: t.head.lower_ not in ("from", "by"))[:1]


def verb_triples(sent: Span, book: PatternBook) -> tuple[list[Triple], set[int]]:
    """Triples for every verb in ``sent`` with a pattern; also the token ids they consumed."""
    triples: list[Triple] = []
    consumed: set[int] = set()
    for verb in sent:
        if (
            verb.i in consumed
            or not (
                verb.pos_ == "VERB"
                or (verb.pos_ in ("ADJ", "AUX") and child_of(verb, "xcomp") is not None)
            )
            or adjective_participle(verb)
            or article_subject(verb)  # "A wanted gang leader surrendered": no wanting
            or _to_blame(verb)  # "said India was to blame": the speaker's accusation
        ):
            continue
        final = _verb_final(verb) or _verb_in_noun_phrase(verb)
        matched = match_verb(verb, book, tuple(final[1]) if final is not None else ())
        named = naming_pattern(verb)
        if named is not None:  # "called Trump a talented person": praise, not a phone call
            matched = (named[0], None, None)
            consumed.add(named[1].i)
        if matched is None:
            matched = _offer(verb)
        visit = _courtesy_call(verb)
        if visit is not None:  # "called on President Alvi to discuss …": a visit paid
            matched = (_CALLING_ON, None, None)
            consumed.update(t.i for t in visit)
        guest = _guest(verb)
        if guest is not None and (matched is None or matched[0].code == "051"):
            matched = (_HOSTING, None, guest)  # "Macron received Zelensky at the Elysee"
        if matched is None and _troops_leaving(verb):
            matched = (_LEFT_GROUND, None, None)  # "Rwandan troops began leaving Cabo Delgado"
        death = _death_by_abuse(verb) if matched is None else None
        if death is not None:
            matched = (death, None, None)
        if matched is None:
            continue
        pat, comp, noun = matched
        if pat.code[:2] in _FORCE and any(
            o.lemma_.lower() in NOT_FOES for o in _objects(comp or verb)
        ):
            continue  # "fight corruption", "battle the pandemic": no one is attacked
        if (
            (pat.lemma, pat.prt) in _WITHDRAWING
            and not pat.obj
            and not _left_place(verb)
            and not _armed(subject_of(verb))
        ):
            continue  # "withdrew from the race": no ground given up (troops give it up)
        if (pat.lemma, pat.code) in _INCURSIONS and not _armed(subject_of(verb)):
            continue  # "refugees crossed into Turkey": no one is attacked
        pat, comp = _by_complement(verb, pat, comp)
        pat = _by_appeal(verb, pat)
        pat = _by_instrument(verb, pat)
        if pat.code == "0831" and pat.prt == "aside" and _armed(subject_of(verb)):
            pat = replace(pat, code="0874")  # "U.S. forces would step aside": a retreat
        arrival = _by_arrivals(verb, pat)
        if arrival is None:
            continue
        pat = arrival
        pat = _by_display(verb, pat, noun)
        pat = _by_refuge(verb, pat, noun)
        pat = _by_protesters(verb, pat)
        if not pat.prt and (
            (verb.lemma_.lower() in SUPPORT_VERBS and _modified_noun(noun, book))
            or (verb.lemma_.lower() in _ANNOUNCING and _modified_noun(noun, book, "16"))
        ):
            # "launched a general strike", "announced the withdrawal from the agreement": the
            # noun's own reading decides
            continue
        sources = with_conjuncts(final[0] if final is not None else subject_of(verb))
        if not sources and pat.code.startswith("084"):
            sources = _releaser(verb)
        elif not sources and pat.code == _LEFT_GROUND.code:
            # "3,000 Ugandan soldiers were withdrawn from South Sudan": with no one named
            # withdrawing them, the troops pulled back are the side that gives ground
            pulled = child_of(verb, "nsubjpass")
            if pulled is not None and pulled.lemma_.lower() in _TROOPS:
                sources = with_conjuncts(pulled)
        if pat.code[:2] in _FORCE and any(s.lemma_.lower() in NOT_DOERS for s in sources):
            continue  # "an earthquake hit the city": nature is no one's force
        if pat.code[:2] == "13" and any(s.lemma_.lower() in _FORECASTERS for s in sources):
            continue  # "analysts warn that detainees could escape": a forecast, no threat
        if not sources and noun is not None:
            continue  # "No talks were held": leave the event noun to the nominal reading
        # with no agent ("was killed in Beirut") or none we can resolve, the coder falls back
        # to where it happened
        places = _places(verb) if pat.code[:2] in _PLACED_ROOTS else ()
        used = {t.i for t in (comp, noun) if t is not None}
        if comp is not None:  # "refused to hold talks": the talks are part of the refusal
            used |= {o.i for o in _objects(comp)}
            # "agreed to coordinate … and to establish contacts": every coordinated
            # complement is part of the one agreement, none an act of its own
            used |= {c.i for c in comp.conjuncts if c.pos_ == "VERB"}
        if pat.code[:2] in ("07", "03") and verb.lemma_.lower() in TRANSFER_VERBS:
            # "donated ambulances to support hospitals", "pledged $1 billion to help Ukraine": the
            # purpose is part of the aid given or promised
            used |= {t.i for p in _purposes(verb) for t in (p, *_objects(p))}
        consumed |= used
        # "imposed a curfew", "declared martial law": the object is the measure, an event
        # noun of its own, not whom it is imposed on
        measure = (
            noun is not None
            and (pat.code[:2] in _MEASURE_ROOTS or pat.code == _BLOCKADE)
            and noun.lemma_.lower() in book.nouns
        )
        targets, primary, behind = _verb_targets(verb, pat, comp, noun, measure)
        if not targets and pat.code == _STEPPED_DOWN:
            # "resigned under pressure from protesters": who demanded it
            targets = tuple(with_conjuncts(t) for t in _pressed_by(verb))
            primary = len(targets)
        if named is not None:  # "called the news conference a disgrace by a president"
            judged = _by_agents(named[1])
            called = named_object(verb)  # "called the president a traitor"
            judged += [called] if called is not None else []
            targets = tuple(with_conjuncts(t) for t in judged) + targets
            primary += len(judged)
            act = child_of(verb, "dobj")
            if act is not None and any(
                p.code[:2] in _VIOLENCE for p in book.nouns.get(act.lemma_.lower(), ())
            ):
                # "called the killing of Soleimani provocative": judged is who killed (by,
                # possessor), never the victim in the "of" phrase
                doers = judged + _by_agents(act) + [c for c in act.children if c.dep_ == "poss"]
                targets = tuple(with_conjuncts(t) for t in doers)
                primary = len(doers)
        if final is not None:
            targets = tuple(with_conjuncts(t) for t in final[1]) + targets
            primary += len(final[1])
        if death is not None:  # the dead one suffered it; the jailers or the place did it
            sources, targets, primary = (), (sources,), 1
        call = _call_made_for(verb)  # "called Erdogan to apologize" (to Erdogan: _contacted)
        if call is not None and pat.code[:2] != "04":
            consumed.add(call.i)  # the call is how it was done; "to discuss" keeps it
        giver = _giver(verb, pat, noun)
        if giver is not None and sources:  # "Ukraine received tanks from Poland"
            sources, targets, primary = with_conjuncts(giver), (sources,), 1
        elif giver is None and _gets_aid(verb, pat, noun):
            continue  # "Ukraine received aid": given by someone unnamed
        triples.append(
            Triple(
                verb,
                pat,
                sources,
                targets,
                primary,
                consumed=frozenset(used),
                places=places,
                behind=behind,
            )
        )
    triples += obligation_triples(sent)
    # A complement consumed by a later verb ("refused to meet") must not stand alone.
    return [t for t in triples if t.word.i not in consumed], consumed


def _by_agents(said: Token) -> list[Token]:
    """Who the predicate of a judgement says did the thing judged ("one of the most
    disgraceful performances by an American president"): the one it judges."""
    return [
        p
        for t in said.subtree
        if t.dep_ in ("prep", "agent") and t.lower_ == "by"
        for p in t.children
        if p.dep_ == "pobj"
    ]


_FORCE = {"18", "19", "20"}
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
}  # fmt: skip
# Forces of nature and of circumstance that "hit", "struck" or "killed": no actor.
NOT_DOERS = {
    "earthquake", "quake", "tremor", "aftershock", "typhoon", "hurricane", "cyclone", "storm",
    "tornado", "flood", "flooding", "tsunami", "landslide", "mudslide", "avalanche", "drought",
    "wildfire", "bushfire", "blaze", "fire", "heatwave", "blizzard", "snowstorm", "rain",
    "lightning", "volcano", "eruption", "pandemic", "epidemic", "virus", "coronavirus",
    "outbreak", "disease", "crisis", "recession", "inflation", "slump", "downturn",
}  # fmt: skip
_OBLIGATION = {"must", "should"}
DEMAND = Pattern("100", "V", "say", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
_JOINT = {"we", "us"}


def _joint(addressee: Token) -> bool:
    """ "we": a group the speaker belongs to ("the two sides" may be, when the speaker is
    one of them: the coder checks that, see ``DEMAND``)."""
    return addressee.lower_ in _JOINT


# What stays in place until someone acts: "the sanctions remain in force until Russia
# returns Crimea", "the measures will continue until Iran behaves like a normal nation".
_LASTING = {"remain", "stay", "continue", "last", "persist"}


def _until(verb: Token) -> Token | None:
    """The "until" clause of a reported ``verb`` of lasting, when the report is a speech
    verb's: said X remains until Y acts is a demand on Y."""
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in SPEECH or verb.lemma_ not in _LASTING:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children)
        ),
        None,
    )


# Reported blame: "said Moscow was behind the attack", "said Eritrea was responsible for the
# abuses" accuse (112); "said the sanctions were illegal" criticises (111).
_BLAMED = {"responsible", "culpable", "guilty", "liable", "complicit"}
ACCUSATION = Pattern("112", "V", "say", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
CRITICISM = Pattern("111", "V", "say", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
REJECTION = Pattern("120", "V", "say", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
# What is said of a proposal turned down: "the plan is unacceptable", "a non-starter".
_PLANS = {"plan", "idea", "deal", "terms", "condition", "draft", "resolution", "scheme"}
_UNACCEPTABLE = {
    "unacceptable", "unrealistic", "unworkable", "untenable", "impossible", "unfeasible",
    "inadmissible", "impractical",
}  # fmt: skip
_NON_STARTERS = {"non-starter", "nonstarter"}


def _to_blame(tok: Token) -> bool:
    """ "X was to blame": the one blamed is the subject of "be", not of "blame"."""
    return (
        tok.lemma_.lower() == "blame"
        and tok.dep_ == "xcomp"
        and tok.head.lemma_ == "be"
        and child_of(tok, "dobj") is None
    )


def _at_fault(prep: Token) -> bool:
    return any(p.dep_ == "pobj" and p.lower_ == "fault" for p in prep.children)


def _judged(clause: Token) -> Pattern | None:
    """The judgement a reported "X was …" clause makes of X, or None."""
    if clause.lemma_ != "be" or any(c.dep_ == "neg" for c in clause.children):
        return None
    subject = child_of(clause, "nsubj")
    if subject is not None and subject.lemma_.lower() in MESSAGE_NOUNS | _PLANS:
        # "the U.S. proposal is unacceptable, the minister said": a proposal turned down
        if any(
            (c.dep_ == "acomp" and c.lemma_.lower() in _UNACCEPTABLE)
            or (c.dep_ == "attr" and c.lemma_.lower() in _NON_STARTERS)
            for c in clause.children
        ):
            return REJECTION
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ == "behind" and child_of(c, "pobj") is not None:
            return ACCUSATION
        if c.dep_ == "acomp" and c.lemma_.lower() in _BLAMED:
            return ACCUSATION
        if _to_blame(c) or (c.dep_ == "prep" and c.lower_ == "at" and _at_fault(c)):
            return ACCUSATION  # "said India was to blame", "said the airline was at fault"
        if c.dep_ == "acomp" and c.lemma_.lower() in CONDEMNING:
            return CRITICISM
    return None


def _said(verb: Token, pattern: Pattern, addressee: Token | None) -> list[Triple]:
    """The speaker of ``verb`` (a verb of saying) doing ``pattern`` to ``addressee``; none
    when either is missing or the addressee is a group the speaker belongs to ("Putin said
    the two sides should keep working together": no demand on the other)."""
    speaker = subject_of(verb)
    if speaker is None or addressee is None or _joint(addressee):
        return []
    return [Triple(verb, pattern, with_conjuncts(speaker), (with_conjuncts(addressee),))]


def obligation_triples(sent: Span) -> list[Triple]:
    """Reported obligations are demands: "Russia said Sudan must return the helicopter" is a
    DEMAND (100) by Russia on Sudan, whatever the demanded action is."""
    out = []
    for verb in sent:
        condition = _until(verb)
        if condition is not None:  # "said the sanctions remain until Russia returns Crimea"
            out += _said(verb.head, DEMAND, child_of(condition, "nsubj"))
        if verb.dep_ != "ccomp" or verb.head.lemma_ not in SPEECH:
            continue
        judged = _judged(verb)
        if judged is not None:  # "Kyiv said Moscow was behind the attack"
            out += _said(verb.head, judged, child_of(verb, "nsubj"))
            continue
        if not any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in verb.children):
            continue
        addressee = child_of(verb, "nsubj", "nsubjpass")
        listener = child_of(verb.head, "dobj")
        if listener is not None and child_of(verb, "nsubjpass") is not None:
            # "told Putin that a ceasefire must be restored": what must be done by no one
            # named is asked of the one told
            addressee = listener
        out += _said(verb.head, DEMAND, addressee)
    return out


def _modifiers(noun: Token) -> set[str]:
    """Compound and adjective modifiers of ``noun``, as lemmas and as written ("arms")."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    # "telephone and internet services": coordinated premodifiers (parsed nmod + conj)
    mods += [j for c in mods if c.dep_ == "nmod" for j in c.conjuncts]
    return {c.lemma_.lower() for c in mods} | {c.lower_ for c in mods}


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
        found |= {topic.lemma_.lower()} | _modifiers(topic)
    return found


def _modified_noun(noun: Token | None, book: PatternBook, root: str = "") -> bool:
    """``noun`` has a pattern of its own (of CAMEO ``root``, if given) for one of its
    modifiers ("hunger strike", "a strike for higher wages", "the exit from the deal")."""
    if noun is None:
        return False
    modifiers = _modifiers(noun) | _topics(noun)
    return any(
        pat.obj & modifiers and pat.code.startswith(root)
        for pat in book.nouns.get(noun.lemma_.lower(), ())
    )


# Verbs an event noun happens by: its partners may hang on the verb ("clashes broke out
# between X and Y", "talks took place between X and Y").
HAPPENING = {
    "erupt", "break", "flare", "rage", "continue", "resume", "intensify", "escalate", "occur",
    "happen", "take", "ensue", "persist", "spread", "start", "begin", "end", "open", "close",
}  # fmt: skip
# Roots whose event noun needs no named counterpart when two parties are its subject.
_PARTNER_ROOTS = {"03", "04", "05", "06"}
# Verbs whose subject receives what the event noun's "from" phrase sends: "faces pressure
# from", "came under criticism from", "received a warning from", "drew condemnation from".
RECEIVING_VERBS = {"face", "receive", "come", "draw", "suffer", "get", "meet", "attract"}


# Verbs of giving way to what someone else sends ("bowed to pressure from", "caved in to").
_GIVING_WAY = {"yield", "bow", "cave", "succumb", "bend", "submit", "give", "relent", "buckle"}


def _received(noun: Token) -> tuple[Token, Token] | None:
    """(sender, receiver) when ``noun`` is received by the subject of its verb from someone
    ("Turkey came under criticism from the EU" → EU, Turkey)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "under":  # "dropped the case under pressure
        verb = verb.head  # from Washington": whoever is under it receives it
    elif noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_.lower() in _GIVING_WAY:
        verb = verb.head  # "yielded to pressure from Western governments": so does who yields
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    # "drew criticism from Turkey": the parser often hangs the "from" on the verb
    sender = next(iter(prep_objects(noun, _BY)), None) or next(
        iter(prep_objects(verb, _FROM)) if verb.pos_ in ("VERB", "AUX") else iter(()), None
    )
    receiver = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if sender is None or receiver is None:
        return None
    return sender, receiver


# Verbs whose object takes part in the event noun with the subject: "joined Lavrov for talks".
_ALONGSIDE = {"join", "accompany"}


# Prepositions of circumstance: "after protests", "amid talks" are not the subject's acts.
_CIRCUMSTANCE = {
    "after", "before", "amid", "amidst", "despite", "following", "during", "since", "until",
    "because", "ahead", "like", "unlike",
}  # fmt: skip


# Protest and violence: what happened around someone, not by them ("fled amid attacks").
_UNOWNED_ROOTS = {"14", "18", "19", "20"}
# Verbs that punish or pursue someone for an act named "over", "for" or "in" it.
PUNISHING = {
    "arrest", "detain", "charge", "convict", "sentence", "jail", "imprison", "indict",
    "prosecute", "try", "question", "interrogate", "investigate", "probe", "punish",
    "sanction", "expel", "fine", "summon", "execute", "hang", "extradite", "apprehend",
    "nab", "hold", "seek", "hunt", "capture", "identify", "name", "sue", "penalize", "penalise",
}  # fmt: skip
_PUNISHED_FOR = {"over", "for", "in"}


def _possessed_by_pronoun(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _unaddressed(noun: Token, verb: Token) -> tuple[tuple[Token, ...], ...]:
    """Fallback targets of an event noun that needs none: whom its verb acts on and where
    ("held civilians as human shields", "remained on alert in the north")."""
    found = [o for o in (child_of(verb, "dobj"),) if o is not None and o.i != noun.i]
    for holder in (noun, verb):
        found.extend(prep_objects(holder, _WHERE))
    return tuple(with_conjuncts(h) for h in found if not _is_time(h))


# What one seeks or vows for a wrong done to one: "took revenge for the killing", "demanded
# compensation for the attack" (the wrong is someone else's act).
_REDRESS = {
    "revenge", "retaliation", "vengeance", "reprisal", "retribution", "compensation",
    "justice", "punishment", "apology", "reparation", "redress", "accountability",
}  # fmt: skip


# Protests: what they are held against is someone else's act ("marched against the arrest of
# the opposition leader", "held a rally against the siege of Gaza").
_PROTESTING = {
    "protest", "demonstrate", "march", "rally", "riot", "strike", "picket", "agitate",
}  # fmt: skip
_PROTEST_NOUNS = {
    "protest", "demonstration", "rally", "march", "strike", "sit-in", "vigil", "picket",
    "walkout", "boycott",
}  # fmt: skip


def _grievance(noun: Token, verb: Token) -> bool:
    """``noun`` is the wrong ``verb``'s subject seeks redress for ("vowed to take revenge for
    the killing of its commander") or protests against ("marched against the arrest of"),
    not an act of that subject."""
    obj = child_of(verb, "dobj")
    redress = (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("for", "over")
        and obj is not None
        and obj.lemma_.lower() in _REDRESS
    )
    protested = (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("against", "over")
        and (
            verb.lemma_.lower() in _PROTESTING
            or (obj is not None and obj.lemma_.lower() in _PROTEST_NOUNS)
        )
    )
    return redress or protested


def _hyphen_pair(noun: Token) -> tuple[Token, Token] | None:
    """Two actors joined by a hyphen before an event noun: "Trump-Putin summit",
    "Russia-Ukraine prisoner swap", "Israel-Hamas war"."""
    named = actor_tokens(noun.doc, "ACTOR")
    before = [t for t in noun.subtree if t.i < noun.i]
    for left, dash, right in zip(before, before[1:], before[2:], strict=False):
        if dash.text in ("-", "–") and left.i in named and right.i in named:
            return left, right
    return None


_OWNING_UP = {"claim", "take", "accept", "admit", "acknowledge", "assume", "bear"}


def _claimer(noun: Token) -> Token | None:
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


# Measures a government takes by announcing or decreeing them: aid, concessions, sanctions
# and coercion ("announced new sanctions on Tehran", "a decree on the release of prisoners").
_ENACTED_ROOTS = frozenset({"07", "08", "16", "17"})
_ANNOUNCING = frozenset({"announce", "unveil"})
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
        and verb.lemma_.lower() in _ANNOUNCING
        and all(
            a.pos_ in ("NOUN", "PROPN", "ADP")
            for a in noun.ancestors
            if a.i != verb.i and verb.is_ancestor(a)
        )
    ):
        return subject_of(verb)
    return None


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
        modifiers = _modifiers(noun)
        undone = list(prep_objects(noun, _UNDONE)) if noun.lemma_.lower() in _CHANGED else []
        modifiers |= {p.lemma_.lower() for p in undone}  # "a suspension of aid": "aid suspension"
        modifiers |= _topics(noun)
        received = _received(noun)
        pair = _hyphen_pair(noun)  # "Trump-Putin summit"
        for pat in patterns:
            if pat.obj and not pat.obj & modifiers:
                continue  # "hunger strike" is not an air strike
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
            head = lead.head
            if lead.dep_ == "pobj" and head.dep_ == "prep":  # "left for talks with X"
                head = head.head
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
                held = noun.dep_ in ("nsubjpass", "dobj") or (
                    # "fighting erupted between X and Y", "talks took place between"
                    noun.dep_ == "nsubj" and noun.head.lemma_.lower() in HAPPENING
                )
                holders = [noun] + ([noun.head] if held else [])
                holders += list(prep_objects(noun, _OF))
                # "the exit from the agreement with Iran": the partner of the topic
                holders += list(prep_objects(noun, TOPIC_PREPS.get(noun.lemma_.lower(), _NONE)))
                targets = [t for h in holders for t in prep_objects(h, preps)]
                if pat.code[:2] == "07":  # "an increase in funding to fight Ebola in Guinea"
                    targets = (
                        _past_aid_given(targets, len(targets))[0]
                        or [p for p in _aid_for(noun) if not aid_given(p)]
                        or _aid_subject_for(noun)
                    )
                if noun.lemma_.lower() in _OF_LEAVER:
                    leavers = list(prep_objects(noun, _OF))
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
                    targets = [told] if told is not None and names_someone(told) else []
                if not targets and noun.dep_ == "pobj" and noun.head.dep_ == "agent":
                    # "Syria was hit by Israeli airstrikes": the passive subject was struck
                    targets = [t for t in (child_of(noun.head.head, "nsubjpass"),) if t is not None]
                between = any(
                    c.lower_ == "between" for h in holders for c in h.children if c.dep_ == "prep"
                )
                if (
                    pat.code[:2] == PROTEST_ROOT
                    and head.pos_ in ("VERB", "AUX")
                    and not _is_time(noun)  # "filed a suit on March 28 against …"
                ):
                    # "staged a sit-in outside the office, protesting the quota system"
                    targets = [t for t in _protested(head, noun) if t not in targets] + targets
            governor_subject = None
            if (
                lead.dep_ in ("dobj", "nsubjpass", "pobj")
                and head.pos_ in ("VERB", "AUX")
                # "resigned after protests calling for his removal": not his protests (but
                # "said during talks with X" are his talks)
                and not (
                    noun.dep_ == "pobj"
                    and noun.head.lower_ in _CIRCUMSTANCE
                    and pat.code[:2] in _UNOWNED_ROOTS
                )
                and (
                    head.lemma_.lower() not in TOPIC_VERBS
                    # "Denmark announced a suspension of aid", "Washington announced new
                    # sanctions on Tehran": announcing a measure is taking it
                    or (
                        head.lemma_.lower() in _ANNOUNCING
                        and (noun.lemma_.lower() in _CHANGED or pat.code[:2] in _ENACTED_ROOTS)
                    )
                )
                and not _grievance(noun, head)
                # "arrested a suspect in the killing", "expelled diplomats over the poisoning":
                # what is punished is someone else's act
                and not (
                    noun.dep_ == "pobj"
                    and noun.head.lower_ in _PUNISHED_FOR
                    and head.lemma_.lower() in PUNISHING
                )
            ):
                governor_subject = subject_of(head)
            elif (enacted := _enacted_by(noun, pat)) is not None:
                governor_subject = enacted  # "signed a decree on economic measures against X"
            elif pat.code[:2] in _VIOLENCE and (claimer := _claimer(noun)) is not None:
                governor_subject = claimer  # "IS claimed responsibility for the bombing"
            elif noun.dep_ == "pobj" and head.pos_ == "ADJ" and head.lemma_ in DOER_ADJECTIVES:
                governor_subject = subject_of(head)  # "Iran is open to talks with the U.S."
            elif (
                noun.dep_ == "nsubj"
                and head.dep_ == "ccomp"
                and head.head.lemma_ in SPEECH
                and not _has_prep([noun], frozenset({"of", "by"}))
            ):
                # "Haley said the sanctions against Russia will remain": the speaker's side
                # (but "the arrival of American troops" is the troops')
                governor_subject = subject_of(head.head)
            # "Turkey and Russia are in talks over Syria": the parties are the subjects
            parties = pat.code[:2] in _PARTNER_ROOTS and len(with_conjuncts(governor_subject)) > 1
            if preps and not targets and pat.prep and pat.needs_target and not parties and not pair:
                continue
            heads = [t for h in targets[:1] for t in with_conjuncts(h)]
            agent = agent_of(noun) if not preps & _BY else None
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
                    _possessed_by_pronoun(noun) or ("from" in preps and _has_prep([noun], _FROM))
                ):
                    sources = sources[1:] + (noun,)
                doer = next(
                    (
                        d
                        for h in (noun, *prep_objects(noun, _OF))
                        for d in prep_objects(h, _BY_ONLY)
                    ),
                    None,
                )
                if doer is None and pat.code[:2] == "07" and "from" not in preps:
                    # "the assistance from South Korea": who gives it
                    doer = next(iter(prep_objects(noun, _FROM)), None)
                if doer is not None:  # "the arrest of Navalny by Russian police"
                    sources = with_conjuncts(doer) + sources
                    # "the release of two guards by Russia followed talks": the one who
                    # acts is no target, even where the pattern takes a "by" phrase
                    targets = [t for t in targets if t.i != doer.i]
                elif leavers and governor_subject is None:
                    # "the withdrawal of Ethiopian troops from Somalia began" (but "Moscow
                    # completed the withdrawal of its forces" is Moscow's)
                    sources = with_conjuncts(leavers[0])
                groups = tuple(with_conjuncts(h) for h in targets if not _is_time(h))
                if partner is not None:
                    groups = (with_conjuncts(partner), *groups)
                primary = len(groups)
                if not groups and "-" in pat.prep:
                    groups = _unaddressed(noun, head)
                # "an increase in funding to fight Ebola in West Africa": where its purpose
                # takes the aid
                behind = (
                    _purpose_parties([noun, *(p for p in prep_objects(noun, _WHERE | _OF))])
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
