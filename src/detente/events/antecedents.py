"""Earlier acts of a story that a sentence's act answers or names.

A story tells an act and later sentences react to it without naming its doer: "Japan condemned
the launch" (the missile North Korea fired), "Moscow will respond with mirror measures" (to the
EU's sanctions), "Pakistani troops returned fire" (at the Afghan side that opened it), "Britain
introduced the same restrictions" (on whoever the first ones hit), "Georgia announced a
ceasefire" (with the side it was fighting). Each rule here finds, among the events told before
in the same document, the one the act refers back to, and gives the act that event's side as
its target.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Mapping, Sequence

from spacy.tokens import Token

from detente.actors.resolve import OPEN, OPEN_CONFIDENCE, DocActors, home_body
from detente.events.grammar import (
    NAMING_ENTITIES,
    child_of,
    named_by_modifier,
    names_someone,
    prep_objects,
)
from detente.events.patterns import Pattern
from detente.events.relative_dates import shift_of
from detente.events.sides import resolve_heads
from detente.events.targets import FORCE_ROOTS
from detente.models import Actor, Event

# Nouns of a deal struck between sides ("the agreement", "the accord"), which no side's
# word on its own plans makes.
_STRUCK_DEALS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "memorandum"})
_DEALING = ("03", "057")  # the acts that make one
# Reactions aimed at an act (statements, appeals, praise, demands, accusations, rejections).
REACTION_ROOTS = {"01", "02", "05", "10", "11", "12"}
# A reference noun's kind for any act at all (``""`` begins every CAMEO code).
ANY_ACT = ""
# Nouns of words said ("Lima rejected this communique", "called the words irresponsible"):
# their speaker may be named with them ("the words of the host", "the host's remarks").
SAID_NOUNS = (
    "statement", "communique", "communiqué", "declaration", "remarks", "comments",
    # (as lemmatised: "rejected these remarks", "called the words irresponsible")
    "remark", "comment", "word",
    # ("Vystrcil made a speech … Beijing called this speech a vulgar political show")
    "speech",
)  # fmt: skip
# Nouns that name an act told before without a pattern of their own: its CAMEO roots.
REFERENCE_NOUNS = {
    "proposal": {"02", "03"}, "offer": {"03"}, "invitation": {"03", "04"},
    # "Egypt proposed that the US mediate … Ethiopia rejected this proposal", "Tehran turned
    # down the request", "Seoul dismissed the ultimatum": asked for or threatened before
    "initiative": {"02", "03"}, "request": {"02", "10"}, "appeal": {"02", "10"},
    # ("gave Moscow until midnight to explain … Moscow called this demand a circus show")
    "demand": {"10", "139"}, "ultimatum": {"13"},
    # ("handed Doha a list of thirteen conditions … Qatar rejected the conditions"): demands
    "condition": {"10"}, "precondition": {"10"}, "deadline": {"139"}, "warning": {"13"},
    "threat": {"13"},
    # "Canberra pledged it would not harm Indonesia … Jakarta welcomed this commitment": a
    # pledge told before, an intent to cooperate (03)
    **dict.fromkeys(("commitment", "pledge", "promise", "assurance", "undertaking"), {"03"}),
    # "Mexico and Bolivia issued a joint communique … Lima rejected this communique": words
    # said before, of any kind a reaction is
    **dict.fromkeys(SAID_NOUNS, REACTION_ROOTS),
    # "North Korea fired a missile … Japan condemned the launch"
    "launch": {"15", "19"}, "test": {"15"}, "firing": {"15", "19"},
    # "the warships launched 59 missiles at the airbase … the Kremlin called the strike an
    # aggression": an attack told before, by whatever means; a raid or an incursion may be
    # premises raided too ("police broke into the Mexican embassy … Brazil condemned the
    # raid", "called the incursion a violation of the law")
    "strike": {"18", "19"}, "airstrike": {"19"}, "bombing": {"18", "19"},
    "raid": {"1711", "18", "19"}, "incursion": {"1711", "19"},
    "shelling": {"19"},
    # "Turkish jets shot down a Russian bomber … Lavrov called the incident a provocation":
    # an incident or a downing judged is the act of force told before, and its doer's
    "incident": {"15", "17", "18", "19", "20"}, "downing": {"18", "19"},
    "shootdown": {"18", "19"},
    # "Russia will transfer S-300 systems to Syria … Bolton called the delivery a mistake":
    # what is delivered, sold or shipped is aid or material help given, or promised (033)
    **dict.fromkeys(("delivery", "supply", "shipment", "sale", "transfer"), {"06", "07", "033"}),
    # "the destroyer directed its fire-control radar at the plane … Tokyo called the
    # irradiation an extremely dangerous act": the radar aimed told before, a threat
    "irradiation": {"13"},
    "annexation": {"19"}, "detention": {"17"}, "arrest": {"17"}, "expulsion": {"16", "17"},
    # "China suspended the import of all aquatic products from Japan … Tokyo demanded the
    # withdrawal of the ban": a ban on trade is an embargo (163) as well
    "ban": {"163"},
    "seizure": {"17", "18", "19"}, "capture": {"17", "18", "19"}, "killing": {"18", "19"},
    "execution": {"18"},
    # "Greece and Egypt signed an accord … Ankara declared the agreement null and void"
    **dict.fromkeys(_STRUCK_DEALS, set(_DEALING)),
    # "Moscow accused Kyiv of a provocation … Kyiv rejected this version"
    # ("Erdogan likened German officials to the Nazis … Berlin called the comparison absurd")
    **dict.fromkeys(
        ("version", "accusation", "allegation", "charge", "comparison", "insult"), {"11"}
    ),
    # a claim may be to a thing, told with the demand it backs ("Beijing claimed the reef as
    # its own and demanded that Manila withdraw … Manila rejected this claim"), or an
    # accusation
    "claim": {"01", "10", "11"},
    # "Seoul called these measures a retaliation", "Tokyo rejected this ruling": any act
    **dict.fromkeys(
        ("decision", "move", "step", "measure", "action", "ruling", "verdict", "judgment",
         "delay", "response", "reaction", "answer", "gesture", "restraint",
         # "Israel handed its findings to Moscow … Russia rejected these explanations": what
         # was brought or said to explain an act, in whatever act it was brought
         "explanation", "justification",
         # "the host insulted Putin on air … the Kremlin called the episode unacceptable":
         # an episode judged is the act told before, whatever it was
         "episode"),
        {ANY_ACT},
    ),
}  # fmt: skip
REFER_BACK = 20  # sentences back an act may be referred to
# Nouns of a deed: "Sisi welcomed the agreement …, while Hamas called the step a sin" judges
# the deed the story is about, not another side's words on it (a comment or a welcome is no
# step taken), and nor is a condemnation, an accusation or an appeal ("Sudan agreed to
# normalise ties with Israel … Iran denounced the deal. Egypt welcomed the move": Sudan's).
_DEED_NOUNS = frozenset({"step", "move", "measure", "action"})
_WORDS_ONLY = ("01", "02", "051", "111", "112", "114")
# Standing down (087 de-escalation, 0871 truce or ceasefire, 0874 retreat: not a blockade
# eased or a border reopened, which are done to whoever is shut out) and the conflict it
# ends (threats, force, attacks: roots 13 to 20 but 14, protest, and 16, reduced ties).
_STANDING_DOWN = {"087", "0871", "0874"}
_FIGHTING_ROOTS = {"13", "15", "17", "18", "19", "20"}
# Ties cut with no one named (161: "recalled its ambassador for consultations", "broke off
# relations"; 160: "Russia was also suspending the treaty") are cut with the side of the last
# quarrel told: words, refusals, threats, measures or force between the two.
_CUTTING_TIES = {"160", "161"}
_QUARREL_ROOTS = _FIGHTING_ROOTS | {"11", "12", "16"}
# A call for the release of one's own people ("demanded the immediate release of the two
# citizens") is made to whoever holds them: the side of the last arrest or seizure told.
_RELEASE_CALLS = {"0253", "1053"}
# ... and so is a thing (not) accepted with no one named: "Turkey will never accept the
# threats from any side" after Washington's threat (a rejection of a thing has its own
# maker, found by ``referred``, who may be a third side)
_YIELDED = "080"
# (what is given in to, or not, may also have been asked: "Macron called on Turkey to stop
# … Erdogan answered that Turkey will not bow to the threats")
_ASKED_ROOTS = _QUARREL_ROOTS | {"02", "10"}
_HOLDING_ROOTS = {"17", "18"}
# People set free with no side named ("released the captured pilot", "freed the detained
# sailors") are the other side's of the last seizure, assault or fight told between the two.
_FREEING = "0841"
_CAPTURING_ROOTS = _HOLDING_ROOTS | {"19", "20"}
# Talks offered with no one named ("Imran Khan offered talks, saying the two neighbours
# could not afford a miscalculation") are offered to the side of the last quarrel told.
_TALKS_OFFERED = "036"
# Acts told with no other side named, by code: the roots of the last act between the two
# whose other side they are aimed at.
FOE_ROOTS = {
    _TALKS_OFFERED: _QUARREL_ROOTS,
    **dict.fromkeys(_STANDING_DOWN, _FIGHTING_ROOTS),
    **dict.fromkeys(_CUTTING_TIES, _QUARREL_ROOTS),
    _YIELDED: _ASKED_ROOTS,
    **dict.fromkeys(_RELEASE_CALLS, _HOLDING_ROOTS),
    _FREEING: _CAPTURING_ROOTS,
}


def last_foe(
    src: tuple[Actor, float, Token],
    word: Token,
    earlier: list[Event],
    roots: frozenset[str] | set[str],
    code: str = "",
) -> tuple[Actor, float, Token] | None:
    """The other country of the last asserted act of conflict (of ``roots``) between
    ``src``'s country and another, told before in the story; None when there is none.
    People set free (``code`` 0841) are the captives of whoever held them: when the last
    hold told was the other side's on ``src``'s own people ("a Hungarian court jailed the
    Azerbaijani officer … Aliyev pardoned the officer"), the freeing is done at home."""
    own = src[0].country
    if not own:
        return None
    for e in reversed(earlier):
        if not e.is_fact or e.cameo[:2] not in roots:
            continue
        pair = (e.source_country, e.target_country)
        if own in pair and "" not in pair and pair[0] != pair[1]:
            if code == _FREEING and e.cameo[:2] in _HOLDING_ROOTS and pair[1] == own:
                return None
            other = pair[1] if pair[0] == own else pair[0]
            name = e.target_name if pair[0] == own else e.source_name
            return Actor(other, "", name), OPEN_CONFIDENCE, word
    return None


# Verbs by which a side keeps apart from something: "distanced itself from the plan".
_KEEPING_APART = frozenset({"distance", "dissociate", "disassociate"})


def disowned(word: Token) -> bool:
    """ "Zeman distanced himself from the trip": a side keeping apart from a thing (a trip, a
    plan, a statement) disowns it; it cuts no ties with the side of the last quarrel told
    ("distanced itself from Washington" names the side it keeps apart from)."""
    if word.lemma_.lower() not in _KEEPING_APART:
        return False
    kept_from = [
        o
        for p in word.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return bool(kept_from) and not any(names_someone(o) or named_by_modifier(o) for o in kept_from)


# A refusal with no other side named ("Kyrgyzstan asked Russia to send troops, but Moscow
# refused", "China demanded an apology, which Japan refused") turns down whoever asked or
# offered the refuser something earlier in the same sentence: an appeal (02), an offer (03)
# or a demand (10). (Across sentences the refusal may answer someone else.)
REFUSALS = frozenset({"120", "121", "122", "123", "124", "125", "126", "127"})
_ASKED_OR_OFFERED = frozenset({"02", "03", "10"})


def turned_down(
    src: tuple[Actor, float, Token], word: Token, sentence_id: int, earlier: list[Event]
) -> tuple[Actor, float, Token] | None:
    """The country that asked or offered ``src``'s country something earlier in the
    sentence, whom a refusal naming no one turns down; None when there is none."""
    own = src[0].country
    if not own:
        return None
    for e in reversed(earlier):
        if (
            e.sentence_id == sentence_id
            and e.is_fact
            and e.cameo[:2] in _ASKED_OR_OFFERED
            and e.target_country == own
            and e.source_country not in ("", own)
        ):
            return Actor(e.source_country, "", e.source_name), OPEN_CONFIDENCE, word
    return None


# Verbs that answer force with force: "Pakistani troops returned fire", "the army hit back".
_ANSWERING = {"retaliate"}
_ANSWERING_BACK = {"fire", "hit", "strike", "shoot"}  # with "back"


def answers_fire(word: Token) -> bool:
    """``word`` answers force with force: "returned fire", "fired back", "retaliated"."""
    lemma = word.lemma_.lower()
    if lemma == "return":
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("fire", "gunfire") for c in word.children
        )
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in word.children)
    return lemma in _ANSWERING or (lemma in _ANSWERING_BACK and back)


def answered(
    src: tuple[Actor, float, Token], word: Token, earlier: list[Event]
) -> tuple[Actor, float, Token] | None:
    """Who force answered with force is aimed at when no one is named: the country of the
    last attack told before by another country's side, whatever it hit ("Afghan forces
    opened fire on the construction site, and Pakistani troops returned fire")."""
    own = src[0].country
    if not own or not answers_fire(word):
        return None
    for e in reversed(earlier):
        if e.is_fact and e.cameo[:2] in FORCE_ROOTS and e.source_country not in ("", own):
            return Actor(e.source_country, "", e.source_name), OPEN_CONFIDENCE, word
    return None


# Answering a wrong in kind: "vowed to respond", "will take countermeasures", "promised
# retaliatory measures", "will respond with mirror measures". With no one named, the answer
# is aimed at the side of the last wrong told done to the one who answers (the EU's sanctions
# on Russia before "Moscow will respond with mirror measures").
_ANSWERING_VERBS = {"respond", "retaliate", "answer", "reciprocate", "reply", "avenge"}
_ANSWERING_NOUNS = {
    "response", "retaliation", "countermeasure", "counter-measure", "reprisal", "answer",
    "reply", "revenge", "retribution",
}  # fmt: skip
_ANSWERING_MODIFIERS = {"retaliatory", "reciprocal", "mirror", "response", "counter", "tit-for-tat"}
# What an answer may answer: words, refusals, threats, measures, detentions and force.
_WRONG_ROOTS = _QUARREL_ROOTS | {"10"}
ANSWER_ROOTS = {"13", "16"}  # a threat of an answer, or the measures themselves


def _things_of(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """What ``verb`` takes as one of ``deps``, and the objects of the prepositions among them
    ("take steps in retaliation": steps, in, retaliation)."""
    return [
        g
        for c in verb.children
        if c.dep_ in deps
        for g in (c, *(p for p in c.children if p.dep_ == "pobj"))
    ]


def answers_in_kind(word: Token) -> bool:
    """``word``, its complement or what either takes answers a wrong with measures of one's
    own: an answering verb, an answer named by its noun, or measures called retaliatory or
    mirror."""
    acts = [word, *(c for c in word.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB")]
    things = [g for act in acts for g in _things_of(act, ("dobj", "prep", "attr"))]
    return any(a.lemma_.lower() in _ANSWERING_VERBS for a in acts) or any(
        g.lemma_.lower() in _ANSWERING_NOUNS
        or any(
            m.dep_ in ("amod", "compound") and m.lower_ in _ANSWERING_MODIFIERS for m in g.children
        )
        for g in things
    )


def wronged_by(
    src: tuple[Actor, float, Token], word: Token, sentence_id: int, earlier: list[Event]
) -> list[tuple[Actor, float, Token]]:
    """Whom an answer in kind with no one named is aimed at: the doers, of other countries,
    of the last wrong told (within ``REFER_BACK`` sentences) done to the answerer's country,
    and of the wrongs to it told in the sentence before that one ("The EU imposed sanctions
    … Britain introduced the same restrictions. Moscow will respond": to both)."""
    own = src[0].country
    if not own or not answers_in_kind(word):
        return []
    doers: dict[str, tuple[Actor, float, Token]] = {}
    last = None
    for e in reversed(earlier):
        if sentence_id - e.sentence_id > REFER_BACK or (
            last is not None and last - e.sentence_id > 1
        ):
            break
        if (
            e.is_fact
            and e.cameo[:2] in _WRONG_ROOTS
            and e.target_country == own
            and e.source_country not in ("", own)
        ):
            last = e.sentence_id if last is None else last
            actor = Actor(e.source_country, "", e.source_name)
            doers.setdefault(e.source_country, (actor, OPEN_CONFIDENCE, word))
    return list(doers.values())


# Measures said to repeat ones told before: "Britain on the same day introduced the same
# restrictions", "Canada imposed similar sanctions" are aimed at whoever the measures told
# before were, as a later clause "following suit" is (``_followed_suit``).
_REPEATING = {"same", "similar", "identical", "analogous", "comparable", "equivalent"}


def repeats_measures(word: Token) -> bool:
    """What ``word`` does, or imposes, is said to be the same as or like measures before."""
    things = _things_of(word, ("dobj", "prep"))
    return any(
        m.dep_ in ("amod", "det") and m.lower_ in _REPEATING for g in things for m in g.children
    )


def repeated_from(
    src: tuple[Actor, float, Token], word: Token, sentence_id: int, earlier: list[Event]
) -> tuple[Actor, float, Token] | None:
    """Whom measures said to repeat earlier ones are aimed at: the target of the last
    measures (root 16) told before, within ``REFER_BACK`` sentences, by another country on a
    country not the source's own."""
    own = src[0].country
    if not own or not repeats_measures(word):
        return None
    for e in reversed(earlier):
        if sentence_id - e.sentence_id > REFER_BACK:
            break
        if (
            e.is_fact
            and e.cameo_root == "16"
            and e.source_country not in ("", own)
            and e.target_country not in ("", own)
        ):
            return Actor(e.target_country, e.target_sector, e.target_name), OPEN_CONFIDENCE, word
    return None


_DEFINITE = {"the", "this", "these", "that", "those", "such"}


def covered_kind(code: str) -> str:
    """The CAMEO code prefix of the acts a noun coded ``code`` may refer back to. A noun coded
    at its root's unspecified code ("attack", "assault": 190, "use conventional military
    force") names any act of that root: "Iraq fired missiles at U.S. troops … Paris condemned
    the attack" refers to the artillery or missile fire (194) or air strike (195) told before;
    a noun of a narrower code ("bombing", 183) names only acts of that code."""
    return code[:2] if len(code) >= 3 and code[2] == "0" else code[:3]


def _acts_of(own: str, kinds: set[str], earlier: list[Event]) -> list[Event]:
    """The acts of ``kinds`` told within ``REFER_BACK`` sentences whose doer is of another
    country than ``own``: what a reaction by ``own`` to "the attack" may answer."""
    if not earlier:
        return []
    last = earlier[-1].sentence_id
    return [
        e
        for e in earlier
        if last - e.sentence_id <= REFER_BACK
        and any(e.cameo.startswith(kind) for kind in kinds)
        # "this delay of the response" may be an act not done
        and (
            e.modality in ("asserted", "reported")
            or (kinds == {ANY_ACT} and e.modality == "negated")
        )
        and e.source_country
        and e.source_country != own
    ]


def _about(noun: Token, acts: list[Event]) -> list[Event]:
    """The acts told with the thing ``noun``'s modifier names: "the barley decision", "the
    visa move" refer to the act told of barley or visas (China's duties on barley), not to the
    last act of any kind told since; [] when the noun has no such modifier or no act fits."""
    topics = {
        c.lower_
        for c in noun.children
        if c.dep_ == "compound" and c.pos_ == "NOUN" and len(c.text) > 2
    }
    if not topics:
        return []
    return [e for e in acts if topics & set(_words(e.sentence))]


def _first_strikes(acts: list[Event]) -> list[Event]:
    """``acts`` less the force that answered force among them: "North Korean artillery
    pounded the island. South Korean forces returned fire … Japan condemned the shelling"
    condemns the North's shelling, not the fire returned at it (the answer is aimed back at
    the side that struck first, which struck it)."""
    answers = {
        id(e)
        for e in acts
        if e.cameo[:2] in FORCE_ROOTS
        and any(
            f.sentence_id < e.sentence_id
            and f.cameo[:2] in FORCE_ROOTS
            and f.source_country
            and (f.source_country, f.target_country) == (e.target_country, e.source_country)
            for f in acts
        )
    }
    return [e for e in acts if id(e) not in answers]


def _own_plan(intent: Event, earlier: list[Event]) -> bool:
    """``intent`` is a side's word on what it will do, told with the act itself ahead, which
    is no deal: "Abiy and Isaias signed a declaration … Ethiopian Airlines said it would
    resume flights to Asmara … The UN welcomed the agreement" (the leaders' declaration, not
    the airline's plan; but "Russia said it would sign an accord" is the accord)."""
    return intent.cameo.startswith("03") and any(
        e.modality == "future"
        and not e.cameo.startswith(_DEALING)
        and e.sentence_id == intent.sentence_id
        and e.source == intent.source
        and e.target == intent.target
        for e in earlier
    )


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _recalled(acts: list[Event], day: dt.date) -> set[int]:
    """Ids of the acts dated before ``day``, the day of the reaction to "the attack", when
    one of ``acts`` is of that day: the background the story recalls ("Iran fired missiles
    at U.S. bases on Wednesday. The strikes avenged a U.S. drone strike last week. Baghdad
    condemned the attack": Iran's), not the act of the day the reaction answers."""
    if not any(e.date == day for e in acts):
        return set()
    return {id(e) for e in acts if e.date < day}


_NEXT = {"next", "following"}  # "the next day", "the following day"


def _dated_from_last_told(noun: Token) -> bool:
    """``noun``'s sentence dates its act by counting from the day told just before ("Psaki on
    6 May called the move provocative. The next day the Chinese side expressed strong
    dissatisfaction with the remarks"): the reaction follows the act told last, which is then
    no background recalled (:func:`_recalled`) but what it answers."""
    shifts = [shift_of(ent.text) for ent in noun.sent.ents if ent.label_ == "DATE"]
    return any(shift is not None and shift.days > 0 for shift in shifts) or any(
        tok.lower_ in _NEXT and tok.head.lower_ == "day" for tok in noun.sent
    )


# Words that set an act ahead of all told so far: "to consider the next steps", "the further
# measures", "the future response".
_AHEAD = frozenset({"next", "further", "future", "coming", "forthcoming", "upcoming"})


def _ahead(noun: Token) -> bool:
    """``noun`` is an act still to come ("the next steps", "the further measures"): it stands
    for nothing told before."""
    return any(c.dep_ == "amod" and c.lower_ in _AHEAD for c in noun.children)


def _referring(noun: Token) -> bool:
    """ "the attack", "this proposal": a definite noun with no clause or possessor of its
    own, so it may stand for an act told before (not "the next steps": one still ahead); a
    clause that only says what the act is about leaves it that act ("rejected the demand
    related to its base": one of the demands handed before)."""
    return (
        noun.pos_ == "NOUN"
        and any(_determiner(c) and c.lower_ in _DEFINITE for c in noun.children)
        and not any(
            c.dep_ in ("acl", "relcl", "poss") and not _topic_clause(c) for c in noun.children
        )
        and not _ahead(noun)
    )


# Participles that say what an act is about: "the demand related to its base", "the
# decision concerning the visas", "the measures regarding flights".
_ABOUT = {"relate", "concern", "regard", "pertain", "connect"}


def _topic_clause(clause: Token) -> bool:
    """``clause`` only says what the noun it hangs on is about ("related to its base")."""
    return (
        clause.dep_ == "acl" and clause.lemma_.lower() in _ABOUT and clause.tag_ in ("VBN", "VBG")
    )


def _determiner(word: Token) -> bool:
    """``word`` determines its noun: a determiner, or "such", which the parser reads as an
    adjective or predeterminer ("rejects such extraterritorial sanctions", "such a step")."""
    return word.dep_ == "det" or (word.lower_ == "such" and word.dep_ in ("amod", "predet"))


def _apposed_act(noun: Token) -> bool:
    """ "Russia expelled 20 diplomats, a step Prague called unacceptable": a noun set beside
    an act, whose own clause judges it, stands for that act."""
    return (
        noun.dep_ in ("appos", "npadvmod")
        and noun.lemma_.lower() in REFERENCE_NOUNS
        and any(c.dep_ == "relcl" for c in noun.children)
    )


def _definite(noun: Token) -> bool:
    """ "the sanctions", "this proposal", "this delay of the response": a noun phrase that
    refers back, with nothing after the noun that would name its own actor ("the sanctions
    on Iran")."""
    return _referring(noun) and not any(
        t.ent_type_ in NAMING_ENTITIES for c in noun.children if c.dep_ == "prep" for t in c.subtree
    )


def _attack_on(victim: Token) -> Token | None:
    """ "the attack on the Saudi embassy" for "Saudi" (or for "attack"): the definite act
    the victim is named in, with no doer of its own ("by", a possessor), else None."""
    tok = victim
    struck_of = False  # (reached the act through its "of": "the downing of the plane")
    # (also through "of" phrases: "the attacks on the territory of Armenia")
    while tok.head.i != tok.i and (
        tok.dep_ in ("amod", "compound", "nmod", "poss")
        or (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN")
    ):
        struck_of = tok.dep_ == "pobj"
        tok = tok.head if tok.dep_ != "pobj" else tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against"):
        noun = tok.head.head
    elif any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children):
        noun = tok  # the act itself stands as the target: "the attack on the bases"
    elif violation_of_own(tok, victim):
        noun = tok  # "condemned the violation of the airspace of Pakistan": whoever struck
    elif struck_of and tok.lemma_.lower() in STRUCK_OF:
        noun = tok  # "condemned the downing of the Turkish plane": whoever shot it down
    else:
        return None
    by = any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)
    return noun if _referring(noun) and not by else None


# Acts of force whose "of" names what was struck, never who struck: "the downing of the
# Turkish plane", "the shelling of the Syrian town", "the sinking of the South Korean corvette".
STRUCK_OF = frozenset({"downing", "shootdown", "shelling", "bombing", "bombardment", "sinking"})


# What a state holds as its own, and the acts that wrong it there: "the violation of the
# airspace of Pakistan", "this violation of the sovereignty", "the breach of Armenia's borders".
_OWN_SPACE = frozenset({
    "airspace", "sovereignty", "territory", "border", "frontier", "integrity", "water", "waters",
})  # fmt: skip
VIOLATING = frozenset({"violation", "breach", "infringement", "encroachment"})


def violated_owners(noun: Token) -> list[Token]:
    """The words naming whose own space the violation ``noun`` wrongs: "Pakistan" in "the
    violation of the airspace of Pakistan", "Turkish" in "the violation of Turkish airspace";
    [] for any other noun ("Russia's violation of the truce": its possessor is its doer)."""
    if noun.lemma_.lower() not in VIOLATING:
        return []
    return [
        tok
        for space in prep_objects(noun, frozenset({"of"}))
        if space.lemma_.lower() in _OWN_SPACE
        for tok in space.subtree
        if names_someone(tok)
    ]


def violation_of_own(noun: Token, victim: Token) -> bool:
    """``noun`` is a violation of what ``victim`` holds as its own (or ``victim`` is the
    violation itself): an act of force done to the owner, as "the attack on Pakistan" is."""
    owners = violated_owners(noun)
    return bool(owners) and (victim.i == noun.i or any(victim.i == o.i for o in owners))


def _unnamed_speaker(noun: Token) -> bool:
    """Words said whose own speaker is given with them but names no actor ("condemned the
    words of the host", "criticised the presenter's remarks"): they are that person's, not
    the words last told of another side, which the noun would otherwise refer back to."""
    if noun.lemma_.lower() not in SAID_NOUNS:
        return False
    makers = [c for c in noun.children if c.dep_ == "poss"] + [
        o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children if o.dep_ == "pobj"
    ]  # fmt: skip
    return any(
        m.pos_ in ("NOUN", "PROPN") and not names_someone(m) and not named_by_modifier(m)
        for m in makers
    )


def _act_of(thing: Token) -> Token:
    """The act noun a thing is named in, when the grammar chose the thing: "called the
    delivery of the S-300 a mistake" (the delivery, not the S-300); else the thing."""
    head = thing.head.head
    if (
        thing.dep_ == "pobj"
        and thing.head.lower_ == "of"
        and head.lemma_.lower() in REFERENCE_NOUNS
    ):
        return head
    return thing


# Reference nouns and the verbs that tell the act they name: "Kim decided to hold off … Trump
# praised the decision" (the decision is Kim's even when what he decided codes no event).
_TOLD_BY_VERB = {
    "decision": {"decide"}, "proposal": {"propose"}, "offer": {"offer"},
    "invitation": {"invite"}, "request": {"request"},
}  # fmt: skip


def _last_doer_before(
    noun: Token,
    own: str,
    day: dt.date,
    actors: DocActors,
    doer: Callable[[Token], Token | None],
) -> tuple[int, Actor] | None:
    """The sentence index and the side ``doer`` finds for the last verb before ``noun``'s
    sentence (within ``REFER_BACK`` sentences) that tells the act or the making ``noun``
    names again, when that side is of another country than ``own``."""
    sents = list(noun.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= noun.i < s.end)
    for index in range(at - 1, max(at - REFER_BACK, 0) - 1, -1):
        for tok in reversed(sents[index]):
            subject = doer(tok) if tok.pos_ == "VERB" else None
            found = resolve_heads([subject], day, actors) if subject is not None else []
            if found and found[0][0].code and found[0][0].country not in ("", own):
                return index, found[0][0]
    return None


def _decided_before(
    noun: Token, own: str, day: dt.date, actors: DocActors
) -> tuple[int, Actor] | None:
    """The sentence index and the side of the last act told by the verb of ``noun`` ("Kim
    decided", "Egypt proposed") before ``noun``'s sentence, by a side of another country
    than ``own``, within ``REFER_BACK`` sentences."""
    verbs = _TOLD_BY_VERB.get(noun.lemma_.lower())
    if not verbs:
        return None
    return _last_doer_before(
        noun,
        own,
        day,
        actors,
        lambda tok: child_of(tok, "nsubj") if tok.lemma_.lower() in verbs else None,
    )


def _done_to_reactor(
    lemma: str,
    own: str,
    kinds: set[str],
    earlier: list[Event],
    decided: tuple[int, Actor] | None,
) -> Actor | None:
    """Whose decision (or offer, proposal …) a side of ``own`` reacts to, when the last
    side told to have decided was answering the one who had done something to the reactor:
    the first mover's, not the answer's. One welcomes or condemns what was decided about
    oneself: "Tonga cut ties with Taiwan and recognised China. Taiwan said it had decided to
    close its mission there. China welcomed the decision" (Tonga's, not Taiwan's answer to
    it). None when no decider was told, nothing was done to the reactor, its doer is the
    last decider anyway, or did nothing to that decider."""
    if lemma not in _TOLD_BY_VERB or not own or decided is None:
        return None
    acts = _acts_of(own, kinds, earlier)
    done_to = [e for e in acts if e.target_country == own and e.modality == "asserted"]
    if not done_to or acts[-1] is done_to[-1]:
        return None
    last = done_to[-1]
    answered = any(
        e.source_country == last.source_country and e.target_country == decided[1].country
        for e in acts
    )
    if decided[1].country == last.source_country or not answered:
        return None
    return Actor(last.source_country, last.source_sector, last.source_name)


# Verbs by which a side makes or puts out a thing others then react to: "India issued its new
# map … Nepal protested against this map", "Delhi inaugurated the road … Kathmandu objected
# to the road".
_MAKING = frozenset({
    "issue", "publish", "release", "unveil", "approve", "adopt", "pass", "build", "construct",
    "inaugurate", "open", "launch", "draw", "introduce", "enact", "sign",
})  # fmt: skip


def _maker(verb: Token, lemmas: Collection[str]) -> Token | None:
    """Who ``verb`` tells made a thing named by one of ``lemmas``: the subject of "Kyiv's
    parliament adopted a new law", the agent of "a new law was passed by Kyiv's parliament"."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in lemmas for c in verb.children):
        return child_of(verb, "nsubj")
    if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in lemmas for c in verb.children):
        agent = child_of(verb, "agent")
        return child_of(agent, "pobj") if agent is not None else None
    return None


def _made_before(
    noun: Token, own: str, day: dt.date, actors: DocActors
) -> tuple[int, Actor] | None:
    """The sentence index and the maker of the thing ``noun`` names again ("this map", "the
    new road"), a noun that names no act: who made it, by the last verb of making or issuing
    whose object (or passive subject) is a noun of the same word, in a sentence before
    ``noun``'s and within ``REFER_BACK`` of it, when the maker is a side of another country
    than ``own`` ("Delhi issued a new map … Kathmandu rejected the map": Delhi's)."""
    lemma = noun.lemma_.lower()
    return _last_doer_before(
        noun,
        own,
        day,
        actors,
        lambda tok: _maker(tok, {lemma}) if tok.lemma_.lower() in _MAKING else None,
    )


# Papers a side puts out, which a later sentence may name again by their own word ("the
# resolution") or by a word for any paper ("the parliament adopted a declaration … the
# president called the document a provocation").
PAPERS = frozenset({
    "law", "bill", "decree", "resolution", "declaration", "statement", "communique",
    "communiqué", "report", "map", "memorandum", "note", "letter", "plan", "programme",
    "program", "strategy", "constitution", "amendment", "document", "text", "paper",
})  # fmt: skip
_ANY_PAPER = frozenset({"document", "text", "paper"})


def paper_maker(noun: Token) -> Token | None:
    """Whoever made the paper a definite ``noun`` names again ("the resolution", "this
    document"), as told before it: the maker (see :func:`_maker`) by the last verb of making
    whose object is a paper of the same word (of any word, for "the document"), earlier in
    ``noun``'s sentence or in the ``REFER_BACK`` sentences before it. None when ``noun`` is
    no such paper or no making of it was told ("the Bundestag adopted a resolution … Berlin
    distanced itself from the resolution": the Bundestag)."""
    lemma = noun.lemma_.lower()
    if lemma not in PAPERS or not _referring(noun):
        return None
    lemmas = PAPERS if lemma in _ANY_PAPER else {lemma}
    sents = list(noun.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= noun.i < s.end)
    first = sents[max(at - REFER_BACK, 0)].start
    for tok in reversed(noun.doc[first : noun.i]):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _MAKING:
            maker = _maker(tok, lemmas)
            if maker is not None:
                return maker
    return None


# Verbs that tell words said, which a said noun later in the same sentence takes up:
# "Morawiecki said that there were also Jewish perpetrators, and Netanyahu called this
# statement outrageous".
_SAYING = frozenset({"say", "state", "declare", "write", "remark", "comment", "tweet"})


def _told_in(noun: Token, verb: Token) -> bool:
    """``noun`` is part of what ``verb`` tells, not of a clause joined to it by "and"."""
    if not verb.is_ancestor(noun):
        return False
    branch = next(c for c in verb.children if c == noun or c.is_ancestor(noun))
    return branch.dep_ != "conj"


def _said_in_sentence(
    noun: Token, own: str, day: dt.date, actors: DocActors
) -> tuple[int, Actor] | None:
    """The sentence index and the speaker of words told earlier in ``noun``'s own sentence
    by a side of another country than ``own``, when ``noun`` is a said noun ("this
    statement", "these remarks") outside what was said: the words just told are the ones
    judged, not those of the last statement coded in an earlier sentence."""
    if noun.lemma_.lower() not in SAID_NOUNS:
        return None
    sent = noun.sent
    for tok in reversed(noun.doc[sent.start : noun.i]):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _SAYING or _told_in(noun, tok):
            continue
        subject = child_of(tok, "nsubj")
        found = resolve_heads([subject], day, actors) if subject is not None else []
        if found and found[0][0].code and found[0][0].country not in ("", own):
            sents = list(noun.doc.sents)
            return next(i for i, s in enumerate(sents) if s.start == sent.start), found[0][0]
    return None


def referred(
    nouns: Mapping[str, Sequence[Pattern]],
    pair: tuple,
    earlier: list[Event],
    day: dt.date,
    actors: DocActors,
) -> list[tuple]:
    """ "Russia rejected the sanctions", "Trump called the proposal an incredible offer":
    a reaction to an act named before ("the sanctions", "the proposal" with no actor of
    their own) is aimed at whoever did it, the source of the last asserted event of that
    kind in the story (of another country than the one reacting)."""
    src, tgt = pair
    # "condemned the attack on the embassy": the attack's doer, not its victim, when
    # the story told who attacked
    attack = _attack_on(tgt[2]) if tgt is not None else None
    if tgt is None or (tgt[0].code and attack is None):
        return [pair]
    noun = attack if attack is not None else _act_of(tgt[2])
    if attack is None and not (_definite(noun) or _apposed_act(noun)):
        return [pair]
    # ("criticised the opposition": a body of home politics, though "opposition" names an
    # act as well)
    if _unnamed_speaker(noun) or home_body(noun):
        return [pair]
    lemma = noun.lemma_.lower()
    # the kinds the bare noun names ("the attack": not the "verbal attack" of 111)
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    codes = [p.code for p in nouns.get(lemma, ()) if not p.obj or p.obj & modifiers]
    kinds = {code[:3] for code in codes}
    kinds |= REFERENCE_NOUNS.get(lemma, set())  # CAMEO code prefixes
    owners: set[str] = set()
    if attack is not None:
        kinds = {kind[:2] for kind in kinds if kind[:2] in FORCE_ROOTS}  # any strike
        if lemma in VIOLATING:  # (a violation names no strike of its own)
            kinds |= FORCE_ROOTS
            owners = {a.country for a, _, _ in resolve_heads(violated_owners(noun), day, actors)}
    # (an act of the noun's own code first; of any code its unspecified code covers only
    # when none was told)
    wide = kinds | {covered_kind(code) for code in codes}
    recalled = (
        set()
        if _dated_from_last_told(noun)
        else _recalled(_acts_of(src[0].country, wide, earlier), day)
    )
    decided = (
        _decided_before(noun, src[0].country, day, actors)
        or _said_in_sentence(noun, src[0].country, day, actors)
        or (None if kinds else _made_before(noun, src[0].country, day, actors))
        if attack is None
        else None
    )
    done_to = _done_to_reactor(lemma, src[0].country, wide, earlier, decided)
    if done_to is not None:
        return [(src, (done_to, OPEN_CONFIDENCE, noun))]
    for search in (kinds, wide):
        told = _acts_of(src[0].country, search, earlier)
        if lemma in _DEED_NOUNS:
            told = [e for e in told if not e.cameo.startswith(_WORDS_ONLY)]
        # (an act named by its matter is that one, however long ago it was told)
        acts = _about(noun, told) or [e for e in told if id(e) not in recalled]
        acts = _first_strikes(acts)
        if owners:  # (a violation of Turkish airspace: an act done to Turkey)
            acts = [e for e in acts if e.target_country in owners]
        if lemma in _STRUCK_DEALS:
            acts = [e for e in acts if not _own_plan(e, earlier)]
        if decided is not None and (not acts or max(e.sentence_id for e in acts) < decided[0]):
            break
        if acts:
            last = max(e.sentence_id for e in acts)
            doers = {
                e.source: Actor(e.source_country, e.source_sector, e.source_name)
                for e in acts
                if e.sentence_id == last
            }
            return [(src, (actor, OPEN_CONFIDENCE, noun)) for actor in doers.values()]
    if decided is not None:
        return [(src, (decided[1], OPEN_CONFIDENCE, noun))]
    if src[0].country in owners:
        # "the Pakistani foreign ministry condemned the violation of the airspace of
        # Pakistan", no strike told: its own country is the one wronged, not the one blamed
        return [(src, (OPEN, OPEN_CONFIDENCE, noun))]
    if (
        attack is not None
        and attack.lemma_.lower() in STRUCK_OF
        and any(
            c.dep_ == "prep" and c.lower_ == "of" and tgt[2].i in {t.i for t in c.subtree}
            for c in attack.children
        )
    ):
        # "the EU condemned the downing of the Turkish plane", no downing told: the plane's
        # country is the one struck, never the one condemned
        return [(src, (OPEN, OPEN_CONFIDENCE, noun))]
    return [pair]


def done_by_doer(
    nouns: Mapping[str, Sequence[Pattern]],
    pair: tuple,
    earlier: list[Event],
    day: dt.date,
    actors: DocActors,
) -> tuple:
    """ "Colombian troops bombed a camp in Ecuador … the OAS said the raid had violated
    Ecuador's sovereignty": an act named again as the subject, with no actor of its own, was
    done by whoever did it before (as a reaction to "the raid" is aimed at them, see
    :func:`referred`), not by the raid itself."""
    src, tgt = pair
    if src[0].code or src[2].dep_ not in ("nsubj", "nsubjpass") or src[2].pos_ != "NOUN":
        return pair
    # (the acts of any side but the one the act is done to)
    other = tgt if tgt is not None else (OPEN, 0.0, src[2])
    for _, doer in referred(nouns, (other, src), earlier, day, actors):
        if doer is not src and doer[0].code:
            return (doer, tgt)
    return pair


def answered_subject(
    src: tuple[Actor, float, Token],
    word: Token,
    sentence_id: int,
    earlier: list[Event],
    day: dt.date,
    actors: DocActors,
) -> list[tuple[Actor, float, Token]]:
    """Whom an answer in kind with no one named and no wrong told is aimed at: the state
    of another country the sentence before is about, its main clause's subject, when
    that sentence told no act coded between two sides ("Montenegro became a member of
    NATO. Moscow reserves the right to take retaliatory measures"). An act coded there
    that is no wrong ("Washington praised the ballet") is answered by no one."""
    own = src[0].country
    start = word.sent.start
    if (
        not own
        or start == 0
        or not answers_in_kind(word)
        or any(e.sentence_id == sentence_id - 1 and e.target_country for e in earlier)
    ):
        return []
    before = word.doc[start - 1].sent
    subject = child_of(before.root, "nsubj", "nsubjpass")
    if subject is None:
        return []
    found = resolve_heads([subject], day, actors)
    return [
        (actor, OPEN_CONFIDENCE, word)
        for actor, _, _ in found[:1]
        if actor.code and actor.country not in ("", own)
    ]
