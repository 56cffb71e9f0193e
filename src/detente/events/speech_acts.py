"""Events that reported words are: "said Sudan must return the helicopter" is a demand on
Sudan, "said Moscow was behind the attack" an accusation, "called the plan unacceptable" a
rejection.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.events.grammar import (
    BY_ONLY,
    WITH,
    child_of,
    named_by_modifier,
    names_someone,
    owner_of,
    posited_and_judged,
    prep_objects,
    subject_of,
    with_conjuncts,
)
from detente.events.modality import SPEECH, WARNING, conditioned, off_the_table
from detente.events.naming import CONDEMNING
from detente.events.patterns import Pattern
from detente.events.phrases import OF
from detente.events.readings import penalty_if_not
from detente.events.targets import ENVOYS, MESSAGE_NOUNS, PLAN_NOUNS
from detente.events.triple import Triple


def by_agents(said: Token) -> list[Token]:
    """Who the predicate of a judgement says did the thing judged ("one of the most
    disgraceful performances by an American president"): the one it judges."""
    return [
        p
        for t in said.subtree
        if t.dep_ in ("prep", "agent") and t.lower_ == "by"
        for p in t.children
        if p.dep_ == "pobj"
    ]


_OBLIGATION = {"must", "should", "ought"}
# "said Israel needs to do more", "said Serbia has to recognise Kosovo": an obligation too
_NEEDING = {"need", "have"}


def _obliged(verb: Token) -> bool:
    """``verb`` says its subject must act: "must"/"should", or "needs to"/"has to"."""
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in verb.children):
        return True
    if verb.lemma_.lower() == "owe" and any(  # "Turkey owes the Dutch an apology"
        c.dep_ == "dobj" and c.lemma_.lower() in _OWED for c in verb.children
    ):
        return True
    return verb.lemma_.lower() in _NEEDING and any(
        x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
        for x in verb.children
    )


def _expected_by_no_one(verb: Token) -> bool:
    """``verb`` is "expected" in the passive with no "by" phrase: "Tokyo said Japan should
    not be expected to apologise again" tells what others may hope for, no duty the teller
    lays on Japan (and no one named expects it)."""
    return (
        verb.lemma_.lower() in ("expect", "anticipate")
        and child_of(verb, "auxpass") is not None
        and child_of(verb, "agent") is None
    )


# What a side is told it ought to feel for what it did: "should be ashamed of itself".
_SHAME = {"ashamed", "embarrassed"}


def _shamed(verb: Token) -> bool:
    """``verb`` is "be"/"feel" with a feeling of shame: "should feel ashamed"."""
    return verb.lemma_.lower() in ("be", "feel") and any(
        c.dep_ in ("acomp", "oprd") and c.lower_ in _SHAME for c in verb.children
    )


# What a side may be said to owe another: saying it owes one demands it.
_OWED = {"apology", "explanation", "answer", "compensation", "reparation", "apologies"}

# What is said to be needed: "an apology from the North is necessary".
_NEEDED = {"necessary", "needed", "required", "essential", "indispensable"}


def _owed_from(verb: Token) -> Token | None:
    """The side an apology or explanation is said to be needed from ("said that this time a
    clear apology from the North side is necessary"): the same demand as "the North must
    apologise"; else None."""
    if verb.lemma_.lower() != "be" or not any(
        c.dep_ == "acomp" and c.lower_ in _NEEDED for c in verb.children
    ):
        return None
    subject = child_of(verb, "nsubj")
    owed = [s for s in (subject, *(subject.conjuncts if subject else ())) if s is not None]
    if not any(s.lemma_.lower() in _OWED for s in owed):
        return None
    return next(
        (
            p
            for s in owed
            for prep in s.subtree
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for p in prep.children
            if p.dep_ == "pobj"
        ),
        None,
    )


DEMAND = Pattern("100", "V", "say", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
_JOINT = {"we", "us"}


def _joint(addressee: Token) -> bool:
    """ "we": a group the speaker belongs to ("the two sides" may be, when the speaker is
    one of them: the coder checks that, see ``DEMAND``); the pronoun, not "the US"."""
    return addressee.pos_ == "PRON" and addressee.lower_ in _JOINT


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
_UNACCEPTABLE = {
    "unacceptable", "unrealistic", "unworkable", "untenable", "impossible", "unfeasible",
    "inadmissible", "impractical",
}  # fmt: skip
_NON_STARTERS = {"non-starter", "nonstarter"}
# What a side is said to lack when it is criticised: "said Ethiopia lacks the political will
# for a deal", "said Kyiv lacked seriousness", "lacks good faith" (111).
_VIRTUES = {"will", "seriousness", "sincerity", "faith", "commitment", "credibility"}


def to_blame(tok: Token) -> bool:
    """ "X was to blame": the one blamed is the subject of "be", not of "blame"."""
    return (
        tok.lemma_.lower() == "blame"
        and tok.dep_ == "xcomp"
        and tok.head.lemma_ == "be"
        and child_of(tok, "dobj") is None
    )


def _at_fault(prep: Token) -> bool:
    return any(p.dep_ == "pobj" and p.lower_ == "fault" for p in prep.children)


# Reported wrongdoing: "said Tehran had committed a barbaric act", "told a cabinet meeting
# that Hezbollah was making a grave mistake", "told reporters that Washington was stoking
# tensions in the strait" accuse the one said to do it (112).
_DOING = {"commit", "make", "perpetrate"}
_STOKING = {"stoke", "fuel", "inflame", "exacerbate", "heighten", "escalate", "provoke"}
_STOKED = {
    "tension", "conflict", "hostility", "violence", "hatred", "instability", "unrest",
    "confrontation", "crisis",
}  # fmt: skip


# Backing terror: "said Qatar has historically funded terrorism", "told reporters that Iran
# supports terrorist groups" accuse the backer (112), as "accused Qatar of funding terrorism"
# does.
_BACKING = {
    "fund", "finance", "bankroll", "support", "sponsor", "back", "arm", "harbour", "harbor",
    "shelter",
}  # fmt: skip
_TERROR = {"terrorism", "terror", "terrorist", "extremism", "extremist", "jihadist"}


def _terror(noun: Token) -> bool:
    """``noun`` names terror or its makers: "terrorism", "terrorist groups"."""
    return noun.lemma_.lower() in _TERROR or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in _TERROR for c in noun.children
    )


def _named(tok: Token) -> bool:
    """A party, named or with a named modifier ("Russian forces")."""
    return names_someone(tok) or named_by_modifier(tok)


def _wrongdoing(clause: Token) -> bool:
    """``clause`` says its (named) subject does wrong: commits a crime or a barbaric act,
    makes a grave mistake, stokes tensions, backs terror."""
    subject = child_of(clause, "nsubj")
    done = child_of(clause, "dobj")
    if subject is None or done is None or not _named(subject):
        return False  # (not "analysts said high prices were fuelling unrest")
    lemma = clause.lemma_.lower()
    if lemma in _STOKING:
        return done.lemma_.lower() in _STOKED
    if lemma in _BACKING:
        return _terror(done)
    return lemma in _DOING and (
        done.lemma_.lower() in CONDEMNING
        or any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in CONDEMNING for c in done.children
        )
    )


# Acts put on stage to be blamed on others: "suggested that Britain staged the poisoning",
# "said Kyiv had orchestrated the shelling"; and the stakes one has in them ("might have had
# an interest in staging the poisoning", "had a hand in the attack").
_STAGING = {"stage", "orchestrate", "engineer", "mastermind", "fabricate", "fake"}
_STAKES = {"interest", "motive", "hand"}
# Hostile acts one side is said to have staged to blame another (not "staged a parade", nor
# "staged a hunger strike": no strike).
_FRAMED_ACTS = {
    "attack", "poisoning", "bombing", "killing", "shelling", "massacre", "incident",
    "provocation", "explosion", "blast", "assassination", "murder", "hack", "coup", "shooting",
    "sabotage", "atrocity",
}  # fmt: skip


def _staging(verb: Token) -> bool:
    """``verb`` is a verb of staging (the tagger may read "staging" as a form of "stag")."""
    return verb.lemma_.lower() in _STAGING or verb.lower_ in ("staging", "staged", "stages")


def _framed_act(verb: Token) -> bool:
    """``verb`` stages a hostile act: "staged the poisoning", "orchestrated the attacks"."""
    done = child_of(verb, "dobj")
    return (
        _staging(verb)
        and done is not None
        and (
            done.lemma_.lower() in _FRAMED_ACTS
            or any(c.dep_ == "compound" and c.lemma_.lower() in _FRAMED_ACTS for c in done.children)
        )
    )


def _staged(clause: Token) -> bool:
    """``clause`` says its named subject staged a hostile act, or had an interest or a hand
    in one: "suggested that Britain itself might have had an interest in staging the
    poisoning" accuses Britain."""
    subject = child_of(clause, "nsubj")
    if subject is None or not _named(subject):
        return False
    if _framed_act(clause):
        return True
    stake = child_of(clause, "dobj")
    if clause.lemma_ != "have" or stake is None or stake.lemma_.lower() not in _STAKES:
        return False
    inside = [
        o for c in stake.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
    ]
    return any(
        (o.dep_ == "pcomp" and _framed_act(o))
        or (
            o.dep_ == "pobj" and stake.lemma_.lower() == "hand" and o.lemma_.lower() in _FRAMED_ACTS
        )
        for o in inside
    )


# Deceit and fraud told of a named side accuse it (112): "Odinga said the electoral commission
# had rigged the vote", "said Moscow interfered in the election", "said the minister had lied
# to parliament". Only verbs that are no event of their own, so the speaker's charge is the
# sentence's one fact (a reported attack stays the attacker's act).
_CHEATING = {
    "rig", "falsify", "collude", "cheat", "lie", "steal", "embezzle", "defraud", "launder",
    "bribe", "smuggle", "meddle", "interfere", "deceive", "mislead", "swindle", "misappropriate",
}  # fmt: skip


# Duties a named side is said to have failed in: "saying Havana had failed to protect
# American staff", "said Kabul had failed to stop the militants" accuse the failing side
# (112), as "accused Havana of failing to protect its staff" does.
_DUTIES = {
    "protect", "prevent", "stop", "halt", "curb", "guard", "safeguard", "ensure", "guarantee",
    "secure", "honour", "honor", "fulfil", "fulfill", "uphold", "comply", "implement",
    "respect", "punish", "prosecute", "investigate", "rein",
}  # fmt: skip


def _failed_duty(clause: Token) -> bool:
    """``clause`` says its named subject failed to do a duty (protect, prevent, honour)."""
    subject = child_of(clause, "nsubj")
    duty = child_of(clause, "xcomp")
    return (
        clause.lemma_.lower() == "fail"
        and subject is not None
        and _named(subject)
        and duty is not None
        and duty.lemma_.lower() in _DUTIES
    )


def _cheated(clause: Token) -> bool:
    """``clause`` says its named subject cheated: rigged, lied, stole, meddled."""
    subject = child_of(clause, "nsubj")
    return clause.lemma_.lower() in _CHEATING and subject is not None and _named(subject)


# Reported responsibility borne: "said Iran as a state bears the responsibility for the
# attack", "said Moscow carries full responsibility" accuse (112), as "is responsible" does.
_BEARING = {"bear", "carry", "hold"}


def _bears_responsibility(clause: Token) -> bool:
    """``clause`` says its named subject bears responsibility (for something)."""
    subject = child_of(clause, "nsubj")
    borne = child_of(clause, "dobj")
    return (
        clause.lemma_.lower() in _BEARING
        and borne is not None
        and borne.lemma_.lower() == "responsibility"
        and subject is not None
        and _named(subject)
    )


# ... and the same said with the burden as subject: "stated that all responsibility for the
# worsening of the relations will be borne by Berlin", "said the responsibility lies
# entirely with Washington" blame Berlin and Washington (112); "warned that all consequences
# will be borne by Kyiv" threatens Kyiv (130).
_BURDENS = {"responsibility": "blame", "blame": "blame", "guilt": "blame", "consequence": "threat"}
_RESTING = {"lie", "rest"}


def _burdened(clause: Token) -> tuple[Token, Pattern] | None:
    """Who a reported clause says bears the responsibility (or the consequences), with the
    act that saying it is, when the burden is the clause's subject: borne "by" someone, or
    lying or resting "with" someone."""
    lemma = clause.lemma_.lower()
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    if lemma in _BEARING:
        burden, bearers = child_of(clause, "nsubjpass"), prep_objects(clause, BY_ONLY)
    elif lemma in _RESTING:
        burden, bearers = child_of(clause, "nsubj"), prep_objects(clause, WITH)
    else:
        return None
    kind = _BURDENS.get(burden.lemma_.lower()) if burden is not None else None
    bearer = next(iter(bearers), None)
    if kind is None or bearer is None or not _named(bearer):
        return None
    return bearer, (ACCUSATION if kind == "blame" else THREAT)


# An act a speaker says will not be let pass: "said the expulsion of its diplomats by Athens
# will not go unanswered", "such actions of Athens will not remain without consequences"
# threaten whoever did it (130), as "will respond" does.
_LET_PASS = {"go", "remain", "stay", "pass", "be"}
_UNANSWERED = {"unanswered", "unpunished", "unavenged"}
_ANSWERS = {"response", "answer", "consequence", "reaction", "reply", "retaliation"}
# (what is asked waits for a reply, not a reprisal: "the question will not remain without
# an answer")
_ASKED = {"question", "request", "query", "inquiry", "appeal", "proposal", "offer", "invitation"}


def _unanswered(clause: Token) -> Token | None:
    """Whom a reported clause says an act will not go unanswered against: the doer of the
    act that is the clause's subject (its owner, or a named "of" object), else the act
    itself, which the coder takes back to whoever did it."""
    if clause.lemma_.lower() not in _LET_PASS or child_of(clause, "neg") is None:
        return None
    let_pass = any(c.lower_ in _UNANSWERED for c in clause.children) or any(
        p.lemma_.lower() in _ANSWERS
        for prep in clause.children
        if prep.dep_ == "prep" and prep.lower_ == "without"
        for p in prep.children
        if p.dep_ == "pobj"
    )
    act = child_of(clause, "nsubj", "nsubjpass")
    if not let_pass or act is None or act.pos_ != "NOUN":
        return None
    if act.lemma_.lower() in _ASKED or act.lemma_.lower() in MESSAGE_NOUNS:
        return None
    doer = owner_of(act) or next((p for p in prep_objects(act, OF) if _named(p)), None)
    return doer or act


# Grounds a speaker says there are, and the part in an act they point to: "said there is a
# well-founded suspicion of the involvement of GRU officers in the blasts", "there was clear
# evidence of Iran's role in the attack".
_GROUNDS = {"suspicion", "evidence", "proof", "indication", "sign", "trace", "suggestion"}
_PARTS = {"involvement", "role", "participation", "complicity", "hand", "link", "responsibility"}


# Findings said to bear a part out: "stated that the findings confirm the direct involvement
# of Russia in the war", "said the evidence proves Iran's role in the attack".
_SHOWING = {"confirm", "prove", "show", "demonstrate", "establish", "reveal", "indicate"}


def _shown_part(clause: Token) -> Token | None:
    """Who a reported "the findings confirm X's involvement" clause points to, or None."""
    part = child_of(clause, "dobj")
    if (
        clause.lemma_.lower() not in _SHOWING
        or part is None
        or part.lemma_.lower() not in _PARTS
        or any(c.dep_ == "neg" for c in clause.children)
    ):
        return None
    return child_of(part, "poss") or next(iter(prep_objects(part, OF)), None)


def _suspected(clause: Token) -> Token | None:
    """Who a reported "there is evidence of X's involvement" clause points to, or None."""
    shown = _shown_part(clause)
    if shown is not None:
        return shown
    if clause.lemma_ != "be" or child_of(clause, "expl") is None:
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    grounds = child_of(clause, "attr", "nsubj")
    if grounds is None or grounds.lemma_.lower() not in _GROUNDS:
        return None
    if any(c.lower_ in ("no", "little") for c in grounds.children):
        return None  # "there is no evidence of …": no one is accused
    for part in prep_objects(grounds, OF):
        if part.lemma_.lower() in _PARTS:
            return child_of(part, "poss") or next(iter(prep_objects(part, OF)), None)
    return None


def _unwelcome(clause: Token) -> bool:
    """A reported "X would not be welcome here", "X is unwelcome": the speaker turns X
    away."""
    if clause.lemma_ != "be":
        return False
    negated = any(c.dep_ == "neg" for c in clause.children)
    said = {c.lower_ for c in clause.children if c.dep_ in ("acomp", "attr")}
    return (negated and "welcome" in said) or (not negated and "unwelcome" in said)


def _judged_one(clause: Token, judged: Pattern) -> Token | None:
    """Who a reported judgement is of: the clause's subject; for a rejection told of an act
    ("said lifting the sanctions on Myanmar is out of the question"), the act, whose own
    phrase names the one it would be done to; for a translated inversion ("said that behind
    the plot stood Russian state bodies"), the one standing, parsed as the verb's object."""
    subject = child_of(clause, "nsubj")
    if subject is None and judged is REJECTION:
        return child_of(clause, "csubj")
    if subject is None and _stood_behind_act(clause):
        return child_of(clause, "dobj", "attr")
    return subject


def _stood_behind_act(clause: Token) -> bool:
    """A reported "X stood behind the plot" or, inverted as translations give it, "behind
    the attack stands Moscow": an act, not a side, stood behind ("stood behind Egypt" is
    support) is one X is said to have done."""
    return clause.lemma_ == "stand" and any(
        c.dep_ == "prep"
        and c.lower_ == "behind"
        and (act := child_of(c, "pobj")) is not None
        and act.pos_ == "NOUN"
        and not names_someone(act)
        for c in clause.children
    )


# Bounds a side is said to have overstepped: "said that the remarks of Wang Yi crossed the
# line", "crossed a red line", "overstepped the mark", "went too far".
_OVERSTEPPING = {"cross", "overstep"}
_BOUNDS = {"line", "mark", "bound", "boundary", "limit"}
_WAYS = {"into", "to", "from", "toward", "towards", "at", "near", "in", "onto"}


def _overstepped(clause: Token) -> bool:
    """A reported "X crossed the line" or "X went too far": the speaker rebukes X (111)."""
    lemma = clause.lemma_.lower()
    if lemma in _OVERSTEPPING:
        # (not a line on the ground: "the refugees crossed the line into Greece", "crossed
        # the ceasefire line")
        crossed = child_of(clause, "dobj")
        return (
            crossed is not None
            and crossed.lemma_.lower() in _BOUNDS
            and all(
                c.dep_ == "det" or (c.dep_ == "amod" and c.lower_ == "red")
                for c in crossed.children
            )
            and not any(c.dep_ == "prep" and c.lower_ in _WAYS for c in clause.children)
        )
    if lemma != "go":
        return False
    far = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "far"), None)
    return far is not None and any(c.lower_ == "too" for c in far.children)


def _failed_at(clause: Token) -> bool:
    """``clause`` says its named subject failed to do something ("Putin said Georgia had failed
    to meet its obligations", "said Kabul failed to stop the raids"): a charge of not doing
    what it should (not "said the talks failed to produce a deal", with no party failing; nor
    "Netherlands and Russia failed to reach agreement", which two sides failed at together)."""
    return (
        clause.lemma_.lower() == "fail"
        and (subject := child_of(clause, "nsubj")) is not None
        and _named(subject)
        and not subject.conjuncts
        and any(
            c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in _SETTLING
            for c in clause.children
        )
    )


# What two sides fail at together: "failed to reach agreement", "failed to agree".
_SETTLING = {"reach", "agree", "strike", "conclude", "find", "bridge"}


# Words a side is said to have spoken ill with: "Macron said that Bolsonaro had made
# extraordinarily disrespectful comments about his wife", "said the minister made offensive
# remarks": the speaker rebukes the one who spoke them (111).
_UTTERING = {"make", "utter", "post", "publish", "write"}
_WORDS_SPOKEN = {"comment", "remark", "statement", "word", "declaration", "post", "tweet"}
_ILL_SPOKEN = CONDEMNING | {
    "disrespectful", "rude", "insulting", "offensive", "derogatory", "sexist", "misogynistic",
    "inappropriate", "disparaging", "demeaning", "vulgar", "hurtful", "inflammatory",
}  # fmt: skip


def _spoke_ill(clause: Token) -> bool:
    """``clause`` says its named subject made words judged ill ("had made disrespectful
    comments")."""
    subject = child_of(clause, "nsubj")
    words = child_of(clause, "dobj")
    return (
        clause.lemma_.lower() in _UTTERING
        and subject is not None
        and _named(subject)
        and words is not None
        and words.lemma_.lower() in _WORDS_SPOKEN
        and any(c.dep_ == "amod" and c.lemma_.lower() in _ILL_SPOKEN for c in words.children)
    )


def _judged(clause: Token) -> Pattern | None:
    """The judgement a reported "X was …" or "X lacks the will …" clause makes of X, or
    None."""
    if off_the_table(clause) or _unwelcome(clause):
        return REJECTION
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    if clause.lemma_ == "lack":
        lacked = child_of(clause, "dobj")
        return CRITICISM if lacked is not None and lacked.lemma_ in _VIRTUES else None
    if _wrongdoing(clause) or _bears_responsibility(clause) or _stood_behind_act(clause):
        return ACCUSATION
    if _cheated(clause) or _failed_duty(clause):
        return ACCUSATION
    if _staged(clause):
        return ACCUSATION
    if _overstepped(clause) or _failed_at(clause) or _spoke_ill(clause):
        return CRITICISM
    if clause.lemma_ != "be":
        return None
    subject = child_of(clause, "nsubj")
    if subject is not None and subject.lemma_.lower() in MESSAGE_NOUNS | PLAN_NOUNS:
        # "the U.S. proposal is unacceptable, the minister said": a proposal turned down
        # ("a non-starter" may be split: "non" "-" "starter")
        split = {c.lower_ for c in clause.children} >= {"non", "starter"}
        if split or any(
            (c.dep_ == "acomp" and c.lemma_.lower() in _UNACCEPTABLE)
            or (c.dep_ == "attr" and c.lemma_.lower() in _NON_STARTERS)
            for c in clause.children
        ):
            return REJECTION
    if subject is not None and posited_and_judged(subject):
        return None  # "said a war with Iran would be a disaster": warns, judges no one
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ == "behind" and child_of(c, "pobj") is not None:
            return ACCUSATION
        if c.dep_ == "acomp" and c.lemma_.lower() in _BLAMED:
            return ACCUSATION
        if to_blame(c) or (c.dep_ == "prep" and c.lower_ == "at" and _at_fault(c)):
            return ACCUSATION  # "said India was to blame", "said the airline was at fault"
        if c.dep_ == "acomp" and c.lemma_.lower() in CONDEMNING:
            return CRITICISM
        if (
            c.dep_ == "attr"
            and c.lemma_.lower() in CONDEMNING
            and subject is not None
            and (_named(subject) or any(p.dep_ == "poss" and _named(p) for p in subject.children))
        ):
            # "said Israel's actions were a violation of international law", "said the
            # Russian move was a provocation": the one whose act is so named is criticised
            return CRITICISM
    return None


# How sure the speaker is of what follows: "said it was highly likely that Russia was
# responsible", "said it is clear that Iran was behind the attack" (the claim is still made).
_SURE = {
    "likely", "clear", "certain", "probable", "obvious", "evident", "undeniable",
    "indisputable", "plain", "apparent", "beyond",
}  # fmt: skip


def _framed(clause: Token) -> Token | None:
    """The claim inside a reported "it is (highly) likely that …" frame, or None."""
    it = child_of(clause, "expl", "nsubj")
    if clause.lemma_ != "be" or it is None or it.lower_ != "it":
        return None
    sure = next(
        (c for c in clause.children if c.dep_ in ("acomp", "prep") and c.lemma_.lower() in _SURE),
        None,
    )
    if sure is None:
        return None
    return child_of(clause, "ccomp") or child_of(sure, "ccomp")  # (parsed on either)


# How relations with someone are said to stand: a pessimistic (012) or an optimistic (013)
# comment on that side ("said relations with Russia were at an all-time low", "called ties
# with Beijing excellent" is naming's).
PESSIMISM = Pattern("012", "V", "say", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
OPTIMISM = Pattern("013", "V", "say", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
_RELATIONS = {"relation", "relationship", "tie"}
_BAD = {
    "low", "lowest", "bad", "worse", "worst", "poor", "strained", "tense", "frozen", "crisis",
    "deteriorate", "deteriorating", "sour", "soured", "rock", "ebb", "nadir", "dead",
}  # fmt: skip
_GOOD = {"good", "excellent", "best", "strong", "warm", "improving", "friendly", "high", "great"}


def _outlook(clause: Token) -> tuple[Pattern, Token] | None:
    """The comment a reported "relations with X are …" clause makes, and X."""
    subject = child_of(clause, "nsubj")
    if subject is None or subject.lemma_.lower() not in _RELATIONS:
        return None
    partner = next(iter(prep_objects(subject, WITH)), None)
    if partner is None:
        return None
    said = {t.lemma_.lower() for t in clause.subtree if t.i > subject.i} | {clause.lemma_.lower()}
    negated = any(c.dep_ == "neg" for c in clause.children)
    if said & _BAD and not negated:
        return PESSIMISM, partner
    if said & _GOOD and not negated:
        return OPTIMISM, partner
    return None


# Verbs of sharing a view: what one agrees someone is, one says of them.
_SHARING = {"agree", "concur"}


def _sharer(clause: Token) -> Token | None:
    """The verb of sharing a view whose "that" clause ``clause`` is: "agreed that …",
    "agreed with the journalist that …" (the clause parsed as the journalist's)."""
    if clause.dep_ not in ("ccomp", "acl"):
        return None  # (asked of every word: its own label first, then its children)
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    head = clause.head
    if clause.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "with":
        head = head.head.head
    elif clause.dep_ != "ccomp":
        return None
    return head if head.lemma_ in _SHARING else None


# A speaker's words about "it", "he" or "she" are about itself: "France said it must
# leave Mali", "the minister said he should have acted sooner".
_ITSELF = {"it", "he", "she"}


def _itself(speaker: Token, addressee: Token) -> bool:
    """``addressee`` is the speaker again: a singular pronoun, or "they" after a plural
    speaker ("the rebels said they must disarm")."""
    word = addressee.lower_
    return word in _ITSELF or (word == "they" and speaker.tag_ in ("NNS", "NNPS"))


_SINGULAR_TAGS = {"NN", "NNP"}
_PLURAL_TAGS = {"NNS", "NNPS"}


def _told_of(addressee: Token | None, listener: Token) -> bool:
    """``addressee`` is a pronoun for the one told: "warned Uganda that it must withdraw",
    "told the allies that they should pay more" (a pronoun of the listener's number; a
    listener of the other number leaves the pronoun to the speaker: "Putin told
    reporters he must be re-elected")."""
    if addressee is None or listener.pos_ == "PRON":
        return False
    word = addressee.lower_
    if word in _ITSELF:
        return listener.tag_ in _SINGULAR_TAGS
    return word == "they" and listener.tag_ in _PLURAL_TAGS


# Acts one side is asked to do, whose refusal told to the asker turns the asking down: "told
# Trump that Mexico would not pay for the wall", "told the EU that Ankara will not change its
# terror law". (Acts with readings of their own refused are coded by their lines: "would not
# return Crimea" is 1243 already.)
_COMPLYING = {
    "pay", "fund", "finance", "compensate", "reimburse", "change", "amend", "comply", "cede",
    "budge", "yield",
}  # fmt: skip
_OWN_SIDE_PRONOUNS = {"we", "it", "i"}


def _refused_to_the_one_told(clause: Token, listener: Token | None) -> bool:
    """``clause``, told to ``listener``, says the speaker's side will not do what is asked of
    it ("told Trump that Mexico would not pay for the wall", "told Brussels that we will not
    change the law"): a named side or "we"/"it" as subject, will/would not, a verb of
    complying."""
    if listener is None or not names_someone(listener):
        return False
    subject = child_of(clause, "nsubj")
    if subject is None or subject.i == listener.i:
        return False
    own = subject.lower_ in _OWN_SIDE_PRONOUNS or (
        subject.pos_ == "PROPN" and names_someone(subject)
    )
    return (
        own
        and clause.lemma_.lower() in _COMPLYING
        and any(c.dep_ == "neg" for c in clause.children)
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo") for c in clause.children)
    )


def _said(verb: Token, pattern: Pattern, addressee: Token | None) -> list[Triple]:
    """The speaker of ``verb`` (a verb of saying) doing ``pattern`` to ``addressee``; none
    when either is missing, the addressee is a group the speaker belongs to ("Putin said
    the two sides should keep working together": no demand on the other) or the speaker
    itself ("Iran said it must respond": an obligation one owns is no demand)."""
    speaker = subject_of(verb) or _second_saying_of(verb)
    if speaker is None or addressee is None or _joint(addressee) or _itself(speaker, addressee):
        return []
    return [Triple(verb, pattern, with_conjuncts(speaker), (with_conjuncts(addressee),))]


def _second_saying_of(verb: Token) -> Token | None:
    """The speaker of a second verb of saying joined by "and" that the parser read as a part
    of what the first one says: "Lavrov said the accusations were boorish and suggested that
    Britain had an interest in staging the poisoning" (no subject of its own)."""
    if verb.dep_ != "ccomp" or verb.lemma_ not in SPEECH or verb.head.lemma_ not in SPEECH:
        return None
    if child_of(verb, "nsubj", "nsubjpass") is not None or verb.i < 1:
        return None
    if verb.doc[verb.i - 1].lower_ != "and":
        return None
    return subject_of(verb.head)


def _that(clause: Token) -> bool:
    """``clause`` is opened by a bare "that" (not "so that")."""
    opening = [m.lower_ for m in clause.children if m.dep_ in ("mark", "advmod") and m.i < clause.i]
    return opening[:1] == ["that"]


def _saying(clause: Token) -> Token | None:
    """The verb of saying whose "that" clause ``clause`` is, also the second of a list of
    such clauses ("said that five employees remained …, and that Iran bears the
    responsibility"); else None."""
    # (up to the list's first clause; a later "that" clause may be parsed as an adverbial
    # or a complement of the clause before it)
    while (
        clause.dep_ in ("conj", "advcl", "ccomp")
        and clause.head.lemma_ not in SPEECH
        and clause.head.i != clause.i
        and _that(clause)
    ):
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in SPEECH:
        return None
    return clause.head


# Verbs of a view held and made known: "Macron considered that Bolsonaro lied to him",
# "Kyiv believes that Moscow was behind the attack". What the view judges of a named side
# (cheating, blame, wrongdoing) is a charge as if said; the view's other contents stay a view.
_HOLDING_VIEWS = {"consider", "believe", "think", "deem"}


def _view_held(clause: Token) -> Token | None:
    """The verb of a view held whose "that" clause ``clause`` is, or None."""
    if clause.dep_ != "ccomp" or not _that(clause):
        return None
    head = clause.head
    return head if head.lemma_.lower() in _HOLDING_VIEWS and head.pos_ == "VERB" else None


# Words a side sends with a "that" clause of what someone must do: "issued a stern reminder
# to Baghdad that it must cooperate", "sent a message to Tehran that it should stop".
_MESSAGES = {"reminder", "message", "note", "letter", "signal", "word", "notice", "notification"}
_SENDING = {"issue", "send", "deliver", "convey", "give", "relay", "pass"}
_TO = frozenset({"to"})


def _message_sent(clause: Token) -> tuple[Token, Token | None] | None:
    """The verb that sends the message whose "that" clause ``clause`` is, and the one it is
    sent to (None when no one is named); else None."""
    if clause.dep_ != "acl" or not _that(clause):
        return None
    word = clause.head
    if word.lemma_.lower() not in _MESSAGES or word.dep_ != "dobj":
        return None
    verb = word.head
    if verb.lemma_.lower() not in _SENDING:
        return None
    listener = next(prep_objects(word, _TO), None) or next(prep_objects(verb, _TO), None)
    return verb, listener


THREAT = Pattern("130", "V", "say", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
# Envoys a side says must leave are expelled by it (161), as ordered out: "Putin said 755
# American diplomats must leave Russia", "said the ambassador must leave within 48 hours".
EXPULSION = Pattern("161", "V", "say", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
_DEPARTING = frozenset({"leave", "depart"})
# ... unless the leaving is told with the penalty for staying: an ultimatum (139).
ULTIMATUM = Pattern("139", "V", "say", "", frozenset(), frozenset(), frozenset({"obj"}), 0)


def _sent_away(verb: Token, addressee: Token | None) -> bool:
    """``verb`` is the leaving that must be done by ``addressee``, one or more envoys."""
    return (
        verb.lemma_.lower() in _DEPARTING
        and addressee is not None
        and addressee.lemma_.lower() in ENVOYS
    )


# A hostile act answered in advance, told to someone: "told Washington that any hostile
# actions against Moscow would provoke a decisive response", "any attack will be met with a
# crushing reply": a threat stated as a rule, made to the one told.
# ("any attack of Iran on anything American will be answered with great and overwhelming
# force": the answer is force itself)
_ANSWERING = {
    "provoke", "trigger", "meet", "draw", "invite", "prompt", "receive", "face", "answer",
}  # fmt: skip
_ANSWERS = {
    "response", "retaliation", "reaction", "reply", "answer", "rebuff", "consequence",
    "countermeasure", "punishment", "force",
}  # fmt: skip


def _answered_in_advance(clause: Token) -> bool:
    """``clause`` says any act of a kind will be answered ("any hostile actions against
    Russia will receive a decisive response"): its subject is "any" act, its verb will or
    would bring an answer."""
    subject = child_of(clause, "nsubj", "nsubjpass")
    if subject is None or not any(c.dep_ == "det" and c.lower_ == "any" for c in subject.children):
        return False
    if clause.lemma_.lower() not in _ANSWERING or not any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in clause.children
    ):
        return False
    answers = [child_of(clause, "dobj"), *prep_objects(clause, WITH)]
    return any(a is not None and a.lemma_.lower() in _ANSWERS for a in answers)


def _answered_side(clause: Token) -> Token | None:
    """The side whose act a rule of answer names, when no one is told it: "wrote that any
    attack of Iran on anything American will be answered with force" threatens Iran."""
    act = child_of(clause, "nsubj", "nsubjpass")
    if act is None:
        return None
    doers = [*prep_objects(act, BY_ONLY | OF), *(c for c in act.children if c.dep_ == "poss")]
    return next((d for d in doers if names_someone(d)), None)


# A penalty a side is told it would face on a condition: "said Mexico would face tariffs
# unless it stopped the migrants", "told Vilnius it would pay a heavy price if it let Taiwan
# open an office", "said Turkey would be expelled from the programme if it took the
# missiles": a threat made to that side by whoever says so (as "warned" would make it), not
# a penalty imposed or a guess.
_PENALTIES = _ANSWERS | {
    "sanction", "tariff", "penalty", "price", "measure", "reprisal", "embargo", "isolation",
    "fine", "cost",
}  # fmt: skip
_FACING = {"face", "pay", "suffer", "incur"}
# Steps a side says it will take: "will take military action", "would take steps" (its
# countermeasures and sanctions are threats of their own kind, read elsewhere).
_TAKING = {"take", "launch"}
_STEPS = {"action", "step"}
# Penalties told in the passive, done to the subject: "would be expelled", "would be cut off".
_PENALISED = {
    "expel", "sanction", "punish", "exclude", "remove", "suspend", "ban", "isolate", "cut",
    "target", "strike", "attack", "bomb",
}  # fmt: skip


def _penalty_on_condition(clause: Token) -> Token | None:
    """The side ``clause`` says would face a penalty (:data:`_PENALTIES`) or suffer one in
    the passive (:data:`_PENALISED`, with no doer named) if it acted or failed to act; else
    None."""
    if not conditioned(clause):
        return None
    lemma = clause.lemma_.lower()
    penalty = child_of(clause, "dobj")
    side = None
    if lemma in _FACING and penalty is not None and penalty.lemma_.lower() in _PENALTIES:
        side = child_of(clause, "nsubj")
    elif (
        lemma in _PENALISED
        and child_of(clause, "auxpass") is not None
        and child_of(clause, "agent") is None
    ):
        side = child_of(clause, "nsubjpass")
    elif lemma in _TAKING and penalty is not None and penalty.lemma_.lower() in _STEPS:
        # "will take military action if the South does not stop the broadcasts": a step
        # promised against the side whose act or failure the condition names
        side = next(
            (
                child_of(c, "nsubj")
                for c in clause.children
                if c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
            ),
            None,
        )
    # a side named or referred to ("Mexico", "it"), not a thing ("its grain exports would be
    # cut if the deal lapsed": a fear, no threat)
    # (or a side named by where it lies, "the South", "the North side")
    if side is None or not (
        names_someone(side) or side.pos_ in ("PRON", "PROPN") or side.lemma_.lower() == "side"
    ):
        return None
    return side


# Pronouns of anyone at all: "sometimes you have to walk", "one must be patient".
_ANYONE = frozenset({"you", "one"})


def _anyone(addressee: Token | None, listener: Token | None) -> bool:
    """What "you" or "one" must do, said to no one named, is a maxim, no demand: "Sometimes
    you have to walk," Trump told a news conference."""
    return (
        addressee is not None
        and addressee.lower_ in _ANYONE
        and addressee.pos_ == "PRON"
        and (listener is None or not names_someone(listener))
    )


# Verbs of pledging, and the harm a side may pledge not to do to another: "Canberra
# promised that Australia will not do anything which harms Indonesia" is a pledge to
# Indonesia (030), a promise of good conduct, not a harm told.
_PLEDGING = {"promise", "pledge", "vow", "commit", "undertake", "guarantee", "assure"}
_HARMING = {
    "harm", "hurt", "damage", "disadvantage", "disturb", "threaten", "undermine", "endanger",
    "attack", "spy", "injure",
}  # fmt: skip
PLEDGE = Pattern("030", "V", "say", "", frozenset(), frozenset(), frozenset({"obj"}), 0)


def _harm_forsworn(verb: Token) -> Token | None:
    """Whom ``verb``, a verb of pledging, pledges its side will not harm: the object of a
    verb of harm in its negated "that" clause, that clause's own verb ("committed that
    Australia will not harm Indonesia") or one in a clause within it ("will not do anything
    in the future which harms Indonesia"); else None."""
    if verb.lemma_.lower() not in _PLEDGING:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or child_of(clause, "neg") is None:
            continue
        for harm in clause.subtree:
            harmed = child_of(harm, "dobj")
            if harm.pos_ == "VERB" and harm.lemma_.lower() in _HARMING and harmed is not None:
                return harmed
    return None


def obligation_triples(sent: Span) -> list[Triple]:
    """Reported obligations are demands: "Russia said Sudan must return the helicopter" is a
    DEMAND (100) by Russia on Sudan, whatever the demanded action is."""
    out = []
    for verb in sent:
        harmed = _harm_forsworn(verb)
        if harmed is not None:  # "pledged that Australia will not harm Indonesia"
            out += _said(verb, PLEDGE, harmed)
            continue
        condition = _until(verb)
        if condition is not None:  # "said the sanctions remain until Russia returns Crimea"
            out += _said(verb.head, DEMAND, child_of(condition, "nsubj"))
        # "agreed with the journalist that Putin is a killer": a view shared is one held
        # (its clause often hung on the one agreed with)
        sharer = _sharer(verb)
        if sharer is not None:
            judged = _judged(verb)
            if judged is not None:
                out += _said(sharer, judged, child_of(verb, "nsubj"))
            continue
        saying = _saying(verb)
        holder = _view_held(verb) if saying is None else None
        if holder is not None:
            judged = _judged(_framed(verb) or verb)
            if judged in (ACCUSATION, CRITICISM):  # "considered that Bolsonaro lied to him"
                out += _said(holder, judged, _judged_one(_framed(verb) or verb, judged))
            continue
        if saying is None:
            sent = _message_sent(verb)
            if sent is not None and _obliged(verb):
                # "issued a stern reminder to Iraq that it must cooperate": the same demand
                # as "reminded Iraq that it must cooperate"
                sender, listener = sent
                addressee = child_of(verb, "nsubj", "nsubjpass")
                if listener is not None and (
                    child_of(verb, "nsubjpass") is not None or _told_of(addressee, listener)
                ):
                    addressee = listener
                out += _said(sender, DEMAND, addressee)
            elif sent is not None:
                # "sent a notice that if the South does not stop the broadcasts it will take
                # military action": a threat sent, as one said
                penalised = _penalty_on_condition(verb)
                if penalised is not None:
                    out += _said(sent[0], THREAT, penalised)
            continue
        clause = _framed(verb) or verb
        burdened = _burdened(clause)
        if burdened is not None:  # "said the responsibility will be borne by Berlin"
            out += _said(saying, burdened[1], burdened[0])
            continue
        answered = _unanswered(clause)
        if answered is not None:  # "said the expulsion will not go unanswered"
            out += _said(saying, THREAT, answered)
            continue
        suspect = _suspected(clause)
        if suspect is not None:  # "said there is evidence of Russia's role in the blasts"
            out += _said(saying, ACCUSATION, suspect)
            continue
        judged = _judged(clause)
        if judged is not None:  # "Kyiv said Moscow was behind the attack"
            out += _said(saying, judged, _judged_one(clause, judged))
            continue
        outlook = _outlook(clause)
        if outlook is not None:  # "Trump said relations with Russia were at an all-time low"
            out += _said(saying, *outlook)
            continue
        if _answered_in_advance(clause):  # "told Kyiv that any attack would meet a response"
            told = child_of(saying, "dobj") or _answered_side(clause)
            out += _said(saying, THREAT, told)
            continue
        penalised = _penalty_on_condition(clause)
        if penalised is not None and saying.lemma_.lower() not in WARNING:
            # "said Mexico would face tariffs unless it stopped …" ("warned" is a threat of
            # its own, made to the one warned)
            out += _said(saying, THREAT, penalised)
            continue
        listener = child_of(saying, "dobj", "dative")
        if _refused_to_the_one_told(clause, listener):
            # "Pena Nieto told Trump that Mexico would not pay for the wall": turned down
            out += _said(saying, REJECTION, listener)
            continue
        owing = _owed_from(verb)
        if owing is not None:  # "said that a clear apology from the North is necessary"
            out += _said(saying, DEMAND, owing)
            continue
        if not _obliged(verb) or _expected_by_no_one(verb):
            continue
        addressee = child_of(verb, "nsubj", "nsubjpass")
        if _anyone(addressee, child_of(saying, "dobj")):
            continue
        if _shamed(verb):
            # "said Australia should feel ashamed": a rebuke of what it did, no demand
            out += _said(saying, CRITICISM, addressee)
            continue
        if _sent_away(verb, addressee) and penalty_if_not(verb):
            # "said the consul must leave within a week or face expulsion": the departure is
            # demanded and the expulsion held out (an ultimatum), none done yet
            out += _said(saying, DEMAND, addressee) + _said(saying, ULTIMATUM, addressee)
            continue
        if _sent_away(verb, addressee):
            out += _said(saying, EXPULSION, addressee)  # "said the envoys must leave"
            continue
        listener = child_of(saying, "dobj")
        if listener is not None and (
            child_of(verb, "nsubjpass") is not None
            or _told_of(addressee, listener)
            or (addressee is not None and addressee.lower_ == "you")
        ):
            # "told Putin that a ceasefire must be restored": what must be done by no one
            # named is asked of the one told; so is what "it" must do in "reminded Iraq
            # that it must cooperate", and what "you" must do in "'You must release the
            # tanker,' Zarif told the ambassador"
            addressee = listener
        out += _said(saying, DEMAND, addressee)
    return out
