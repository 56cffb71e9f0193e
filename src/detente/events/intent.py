"""CAMEO's convention for announced actions: a future action stated by or of an actor is an
asserted *statement of intent* (03x) or a *threat* (13x) today, and an announced refusal
("will not return", "would not meet") an asserted *rejection* (12x).

"Tillerson will visit Moscow next week" stays a ``future`` VISIT (not a fact), and also yields
an asserted 036 "express intent to meet" event on the publication date, as CAMEO coders do.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.grammar import child_of
from detente.events.patterns import PatternBook
from detente.events.phrases import modifiers_of, objects_of
from detente.events.targets import FORCE_ROOTS

# Most specific prefix first: CAMEO code prefix of the announced action → intent/threat code.
_INTENT = {
    "04": "036",
    "045": "039",
    "046": "036",
    "05": "032",
    "055": "032",
    "056": "037",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "08": "035",
    "081": "0351",
    "082": "0352",
    "083": "034",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
    "14": "133",
    "16": "131",
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "166": "136",
    "17": "137",
    "172": "132",
    "1724": "1324",
    "1723": "1323",
    "15": "138",
    "18": "1383",
    "19": "1384",
    "191": "1381",
    "192": "1382",
    "20": "1385",
}


# An announced refusal: "Russia will not return Crimea" is a REJECT (12x) made today.
_REFUSAL = {
    "019": "120",  # "failed to agree on the border": no agreement reached
    "03": "120",
    "05": "120",
    "04": "125",
    "046": "125",
    "045": "126",
    "06": "121",
    "061": "1211",
    "062": "1212",
    "063": "1213",
    "07": "122",
    "071": "1221",
    "072": "1222",
    "073": "1223",
    "074": "1224",
    "08": "124",
    "081": "1241",
    "082": "1242",
    "083": "123",
    "084": "1243",
    "085": "1244",
    "086": "1245",
    "087": "1246",
}


def _by_prefix(table: dict[str, str], code: str) -> str | None:
    for length in (4, 3, 2):
        found = table.get(code[:length])
        if found is not None:
            return found
    return None


def refusal_code(code: str) -> str | None:
    """The 12x code for announcing that one will *not* do the cooperative action ``code``."""
    return _by_prefix(_REFUSAL, code)


# Acts whose announcement is neither intent nor threat: a tightened watch at home ("will
# tighten security at airports", 151) guards against no one named and threatens no force.
_UNANNOUNCED = {"151"}


def intent_code(code: str) -> str | None:
    """The 03x/13x code for announcing the action ``code``, or None (statements, demands…)."""
    if code[:3] in _UNANNOUNCED:
        return None
    return _by_prefix(_INTENT, code)


def reprisal_vowed(word: Token) -> bool:
    """``word`` is the "make" of "will make X pay (a heavy price)": a punishment promised, so
    telling it ahead is the threat itself, made the day it is said ("Beijing will make the
    Czech senator pay a heavy price for his visit"), as "said X would pay a heavy price" is."""
    paid = child_of(word, "ccomp") or child_of(word, "xcomp")
    return word.lemma_.lower() == "make" and paid is not None and paid.lemma_.lower() == "pay"


# Verbs of obstructing another side's course: "will block every step of Ukraine towards the
# European integration", "would veto Ukraine's accession to NATO".
_OBSTRUCTING = {"block", "veto", "obstruct", "stymie", "stall"}
_THREAT = "130"


def obstruction_vowed(word: Token, code: str) -> str | None:
    """The threat (130) an obstruction told ahead is, made the day it is said: "Hungary will
    block every step of Ukraine towards the European integration" threatens Kyiv with a veto
    ("will reject the proposal" stays an announced rejection, no threat)."""
    if code[:2] == "12" and word.lemma_.lower() in _OBSTRUCTING:
        return _THREAT
    return None


def fought_out_together(word: Token, code: str, source: Token, target: Token) -> bool:
    """Both sides of a coming fight are named in its one subject ("Mayweather and McGregor
    will fight in Las Vegas in August", "Israel and Hamas will fight again"): the line tells
    a bout or a war ahead, no threat one side makes to the other."""
    subject = child_of(word, "nsubj")
    # (roots of force, whose announcement is a threat: 1383-1385)
    if code[:2] not in FORCE_ROOTS or subject is None:
        return False
    phrase = range(subject.left_edge.i, subject.right_edge.i + 1)
    return source.i in phrase and target.i in phrase


# Verbs of declining whose "rule out" complement keeps the act open: "refused to rule out".
_DECLINING = {"refuse", "decline"}
# Verbs of giving a means up for good, which, denied or declined, keep it open as "rule out"
# does: "Beijing would never renounce the use of force against Taiwan", "refused to forswear
# military action against Iran", "did not exclude a military response".
_FORGOING = {"renounce", "forswear", "foreswear", "exclude"}


def _forgoing(verb: Token) -> bool:
    """``verb`` gives up or rules out a means: "rule out", "renounce", "forswear", "exclude"."""
    lemma = verb.lemma_.lower()
    if lemma == "rule":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in verb.children)
    return lemma in _FORGOING


_CONFLICT = "13"  # roots from 13 up are conflict


def kept_open(word: Token, mood: str, book: PatternBook) -> str | None:
    """The threat (13x) a hostile act kept open makes: "did not rule out military action
    against Venezuela", "refused to rule out sanctions on China" (the act named by the object
    of "rule out", as its event noun reads it); None for anything else."""
    rule = child_of(word, "xcomp") if word.lemma_.lower() in _DECLINING else word
    if rule is None or not _forgoing(rule):
        return None
    if rule is word and mood != "negated":
        return None
    for clause in (c for c in rule.children if c.dep_ == "ccomp"):
        # "did not rule out that it would expel more diplomats": the act the clause tells
        objects = {o.lemma_.lower() for o in objects_of(clause)}
        for pat in book.verbs.get(clause.lemma_.lower(), ()):
            if pat.code[:2] >= _CONFLICT and not pat.comp and (not pat.obj or pat.obj & objects):
                return intent_code(pat.code) or "130"
    for thing in objects_of(rule):
        lemma = thing.lemma_.lower()
        if lemma in _HOSTILE_MEANS:
            return _HOSTILE_MEANS[lemma]
        modifiers = modifiers_of(thing)
        for pat in book.nouns.get(lemma, ()):
            if pat.code[:2] >= _CONFLICT and (not pat.obj or pat.obj & modifiers):
                return intent_code(pat.code) or "130"
    return None


# Hostile means named by a noun with no event pattern of its own ("military action", "the use
# of force", "a military option"): the threat of them.
_HOSTILE_MEANS = {
    "action": "130", "force": "138", "option": "138", "retaliation": "130", "response": "130",
    "escalation": "138", "war": "138", "invasion": "1382", "reprisal": "130",
    "countermeasure": "130",
}  # fmt: skip
