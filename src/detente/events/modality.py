"""Modality of an event verb: asserted, negated, hypothetical, future or reported.

Read from the dependency parse along the chain from the event word up to the sentence root:
negation on the verb or a governing verb ("did not agree to meet"), embedding under a denial
or refusal ("denied that a summit was planned", "denied attacking", "declined to condemn"),
conditionals and questions, future auxiliaries and intention verbs ("will visit", "plans to
meet", "is expected to"), and rumour markers ("reportedly", "according to media reports",
"unconfirmed reports said"); attribution ("…, officials said") is not a rumour. A refusal
a pattern codes ("refused to meet": 125) is an asserted event in its own right.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.dictionary import actor_tokens
from detente.actors.resolve import first_conjunct
from detente.events.symmetry import deal_purpose
from detente.nlp.pipeline import INVERTING

NEGATORS = {"not", "n't", "never", "no", "neither", "nor"}
DENIALS = {"deny", "dismiss", "refute", "rule", "reject", "dispute", "exclude"}
REFUSALS = {"deny", "refuse", "decline", "fail"}


def ruled_out(verb: Token) -> bool:
    """ "ruled out sending troops": a refusal told as a phrasal verb."""
    return verb.lemma_.lower() == "rule" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in verb.children
    )


def denial(verb: Token) -> bool:
    """``verb`` denies or rejects what it governs; "rule" only as "rule out" (a court that
    "ruled that Serbia had violated the convention" finds it did)."""
    return verb.lemma_ in DENIALS and (verb.lemma_ != "rule" or ruled_out(verb))


# Verbs that stop the act of their gerund: "stopped shelling the city" shells no more.
CEASING = {"stop", "cease", "halt", "quit"}
# Nouns of refusal: the act in their clause is not done ("Iran's refusal to cooperate").
REFUSAL_NOUNS = {"refusal", "failure", "unwillingness", "reluctance", "inability"}
ALLEGATIONS = {"accuse", "blame", "allege", "charge", "suspect"}
# Marks on a noun that say the act told of it is only alleged.
_ALLEGED = {"alleged", "suspected", "purported", "reported", "claimed", "supposed"}
# Verbs of belief and forecast: what their clause says is someone's expectation ("the author
# believes that Moscow will not release the sailors"), not an act.
BELIEFS = {
    "believe", "think", "expect", "predict", "assume", "suppose", "doubt", "fear", "forecast",
    "anticipate", "reckon", "guess", "estimate", "speculate",
    # "it seems that no talks will take place": the writer's inference; "Mogadishu
    # considers that Kenya supports the rebels": a view
    "seem", "appear", "consider",
    # "Tokyo hopes that Beijing will release them": a wish for what the other will do
    "hope",
    # "France is optimistic that Germany will back the plan": a view held, as an adjective
    "optimistic", "confident", "hopeful", "sure", "certain", "convinced", "pessimistic",
    "doubtful", "skeptical", "sceptical",
}  # fmt: skip
# Marks of clauses that tell facts: time and cause.
_FACT_MARKS = {"after", "before", "when", "since", "because", "as", "while", "whereas"}
# (with the auxiliaries that open a condition by inversion, marked so by the pipeline's repair)
CONDITION_MARKS = {"if", "unless", "whether", "provided", "until", "once"} | INVERTING
MODAL_HYPOTHETICAL = {"would", "could", "might", "may", "should", "can", "must", "ought"}


def past_fact_clause(tok: Token) -> bool:
    """``tok`` heads a clause of time or cause told in the simple past, with a subject of its
    own: "said it would send food to Doha after Saudi Arabia closed its land border" (the
    closing happened, whatever the "would" above it says)."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBD"
        and any(c.dep_ == "mark" and c.lower_ in _FACT_MARKS for c in tok.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def owned_grievance(tok: Token) -> bool:
    """``tok`` is someone's act named as what another act is over: "said it would expel four
    Russian diplomats over Moscow's refusal to extradite Lugovoy" (the refusal was made,
    whatever the "would" above it says)."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "over"
        and any(c.dep_ == "poss" for c in tok.children)
    )


# Marks of a clause granted against the main one: "has not apologised, though Powell
# expressed regret" (the regret was expressed).
_CONCEDING = {"though", "although", "whereas"}


def _condition_clause(tok: Token) -> bool:
    """``tok`` heads a clause of condition ("if the junta does not …", "unless Kyiv …")."""
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children
    )


FUTURE_AUX = {"will", "shall", "'ll", "wo"}
INTENT_HEADS = {
    "plan",
    "intend",
    "expect",
    "schedule",
    "prepare",
    "aim",
    "hope",
    "set",
    "due",
    "want",
    "seek",
    "wish",
    "propose",
    "consider",
    "mull",
    "go",
    "poise",
    "likely",
    "ready",
    "willing",
    "prepared",
    "determined",
    "eager",
    "keen",
    "committed",
    # a plot is still to come too ("plotted to kill the prime minister": no one killed)
    "plot",
    "conspire",
    "scheme",
}
# Participles that say what a thing is made to do ("a plan meant to punish Moscow", "the truce
# is designed to let the sides swap prisoners"): the act is its purpose, still to come.
DESIGNED = {"design", "intend", "mean", "craft", "tailor"}
# Verbs of promise: the act in their complement or their object noun is still to come
# ("vowed to attack the capital", "promised new attacks on Israel", "swore revenge").
PROMISING = {"promise", "vow", "pledge", "swear", "threaten"}
# Passive participles of a bond to a future act: "is committed to opening up the economy",
# "remains dedicated to rebuilding ties" (their subject will do the act).
BOUND = {"committed", "dedicated", "devoted"}
# Acts whose condition is part of what they say: "threatened to hit 52 sites if Tehran
# attacked" is a threat made, "offered talks if …" an offer made.
CONDITIONAL_ACTS = {"threaten", "warn", "vow", "pledge", "promise", "offer"}
# Nouns of a threat or an offer whose act may carry its condition: "al-Shabaab's threat to
# strike Kenya again unless it pulled its troops out", "an offer to withdraw if …".
CONDITIONAL_NOUNS = {"threat", "warning", "ultimatum", "offer", "pledge", "promise", "vow"}


def conditioned_in_threat(act: Token) -> bool:
    """``act`` is the "to" clause of a threat, warning or offer (verb or noun) and the "if" or
    "unless" the parser hung on it belongs to the threat: "the threat to strike Kenya again
    unless it pulled its troops out of Somalia" threatens the strike, it does not guess at it."""
    head = act.head
    return (
        act.dep_ in ("xcomp", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
        and head.lemma_.lower() in (CONDITIONAL_ACTS | CONDITIONAL_NOUNS)
    )


# Nouns of intent: the act in their clause is announced, not done ("plans to send troops",
# "its commitment to supporting Lebanon", "readiness to mediate").
INTENT_NOUNS = {
    "plan", "intention", "intent", "commitment", "readiness", "willingness", "pledge",
    "promise", "determination", "vow", "preparedness", "desire", "wish", "eagerness", "offer",
    "threat", "effort", "attempt", "bid", "plot", "scheme", "conspiracy",
}  # fmt: skip
# Nouns of a course set out, besides those of intent: "the policy of Rome to send back the
# boats", "the idea of Paris to hold a conference".
COURSE_NOUNS = INTENT_NOUNS | {"policy", "idea", "proposal", "scheme", "strategy", "initiative"}


def _a_course(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in COURSE_NOUNS


def planned_course(verb: Token) -> bool:
    """``verb`` is the infinitive of a course noun: in "the policy of Rome to send back the
    migrants will not work" what "send" tells is a course, not an act done. The parser hangs the
    infinitive on the noun (as a clause of it) or makes the noun its subject."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ in ("acl", "relcl") and _a_course(verb.head):
        # (an intent noun's own infinitive is an intent declared: "announced plans to cut
        # gas deliveries", read further up)
        return verb.head.lemma_.lower() not in INTENT_NOUNS
    return any(c.dep_ == "nsubj" and _a_course(c) for c in verb.children)


# Verbs that give someone a task to do: "assigned the minister or an envoy to discuss it".
ASSIGNING = {"assign", "task", "appoint", "designate", "delegate", "mandate", "commission"}


def assigned_task(verb: Token) -> bool:
    """``verb`` is the infinitive of a task given to the object of a verb of assigning (to the
    last of a list of objects, the parser hanging it there as a relative clause): "assigned
    Marty Natalegawa or a special envoy to discuss it with Canberra" tells talks to come,
    not held."""
    if verb.dep_ not in ("relcl", "acl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return False
    given = verb.head
    while given.dep_ == "conj" and given.head.i != given.i:
        given = given.head
    return given.dep_ == "dobj" and given.head.lemma_.lower() in ASSIGNING


# Nouns of leave given or taken back: the act in their clause is allowed, not done.
LEAVE_NOUNS = {
    "permission", "approval", "authorization", "authorisation", "clearance", "consent",
    "go-ahead", "licence", "license",
}  # fmt: skip
# A right or option reserved is an act kept open, the reserver's threat or offer: "Moscow
# reserves the right to take retaliatory measures", "retains the option to respond" (not a
# right had: "Israel has the right to defend itself" states an entitlement, no intent).
RESERVED_NOUNS = {"right", "option"}
RESERVING = {"reserve", "retain"}


def reserved(noun: Token) -> bool:
    """``noun`` is a right or option its subject says it reserves ("reserves the right to …")."""
    return (
        noun.lemma_.lower() in RESERVED_NOUNS
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in RESERVING
    )


# Verbs by which one gets a pledge out of another: "won a promise from Iran to suspend
# enrichment", "secured an assurance from Kabul to …", "extracted a commitment from Minsk".
PLEDGE_GETTING = {"win", "obtain", "secure", "extract", "get", "gain", "wring", "elicit"}


def pledge_giver(verb: Token) -> Token | None:
    """Who pledged the act ``verb`` when it is the infinitive of a pledge one side won from
    another: "the ministers won a promise from Iran to suspend enrichment" (Iran pledged to
    suspend; the ministers neither suspend nor pledge). The parser hangs the infinitive on
    the pledge or on the winning verb; the giver is the "from" phrase of either."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in INTENT_NOUNS:
        pledge, getting = verb.head, verb.head.head
    elif verb.dep_ == "advcl":
        getting = verb.head
        pledge = next((c for c in getting.children if c.dep_ == "dobj"), None)
    else:
        return None
    if pledge is None or pledge.lemma_.lower() not in INTENT_NOUNS or pledge.dep_ != "dobj":
        return None
    if getting.lemma_.lower() not in PLEDGE_GETTING:
        return None
    return next(
        (
            o
            for holder in (getting, pledge)
            for p in holder.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children
            if o.dep_ == "pobj"
        ),
        None,
    )


# Nouns that ask for an act: the act in their infinitive is only asked for ("the deadline for
# the junta to reinstate the president expired", "an ultimatum to withdraw").
DEMANDING_NOUNS = {"deadline", "ultimatum", "demand", "call", "appeal", "request", "plea"}
# Verbs that ask for an act rather than do it: the act in their complement is only wished.
ASKING_HEADS = {
    "call", "urge", "ask", "demand", "press", "appeal", "request", "argue", "advocate",
    "lobby", "campaign", "push", "plead", "implore", "tell", "instruct", "encourage",
    "invite", "pressure", "advise", "warn", "authorize", "authorise", "order",
    # a proposal's clause is only wished too: "proposed that the US and the EU join the talks"
    "propose", "recommend", "insist", "suggest",
}  # fmt: skip
# Verbs whose object event noun is only wished for: "proposed a withdrawal", "sought talks".
PROPOSING = {
    "propose", "suggest", "seek", "request", "demand", "urge", "recommend", "advocate",
    "favour", "favor", "offer", "call", "push", "ask",
}  # fmt: skip
# Verbs whose object event noun is only wanting: "the deal needs the approval of each
# European parliament", "the treaty requires the consent of the Senate" (not yet given).
NEEDING = {"need", "require"}
# Verbs that, translated from Portuguese or Spanish ("defender que", "defender um
# cessar-fogo"), stand for "advocate": what they are said of is only argued for.
ADVOCATING = {"defend"}
# Determiners that make an event noun one already told of: "defended the air strikes".
_TOLD_OF = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"}


def advocated(head: Token, below: str, complement: Token) -> bool:
    """``complement`` is an act ``head`` only argues for: a clause ("Deputies defend that
    Brazil breaks relations with Israel") or an event noun not yet told of ("Lula and Sisi
    defended an immediate ceasefire in Gaza"). A defended act named as one known ("defended
    the air strikes", "defended its operation in Syria") was done."""
    if head.lemma_.lower() not in ADVOCATING or head.pos_ != "VERB":
        return False
    if below == "ccomp":
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in complement.children)
    if below == "dobj" and complement.pos_ == "NOUN":
        return not any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _TOLD_OF)
            for c in complement.children
        )
    return False


# Leave given by a vote: "the assembly voted to let the cabinet send troops", "the senate
# voted to allow the president to use force". The act let is allowed, not yet done.
_LETTING = {"let", "allow", "permit", "authorize", "authorise", "empower", "enable"}
_VOTING = {"vote", "approve", "pass", "back", "endorse"}


def leave_voted(tok: Token, below: str) -> bool:
    """``tok`` is a verb of letting, itself the infinitive of a vote, whose clause below it
    holds the act let."""
    return (
        tok.lemma_ in _LETTING
        and below in ("ccomp", "xcomp")
        and tok.dep_ == "xcomp"
        and tok.head.lemma_ in _VOTING
    )


# Verbs of getting ready whose object event noun is still to come: "is planning an attack on
# India", "prepared an offensive against the rebels", "readies an operation in Syria".
PLANNING = {
    "plan", "prepare", "ready", "consider", "mull", "weigh", "contemplate", "schedule",
    "envisage", "envision", "intend", "plot",
}  # fmt: skip


def plans_the_act(verb: Token, code: str) -> bool:
    """``verb`` is a verb of getting ready whose pattern codes the act it readies, not an
    intent (CAMEO 03x): "relatives planned protests outside British embassies", "are
    planning a march on the embassy on Saturday" (the protest is still to come; "plans to
    boost trade" is an intent expressed, coded as such)."""
    return verb.lemma_.lower() in _READYING and verb.pos_ == "VERB" and not code.startswith("03")


# The verbs of PLANNING that ready an act, not weigh it ("considered the initiative the most
# credible basis" judges it); a plot is already the attempt ("plotted to kill the president"
# is CAMEO's attempted assassination).
_READYING = {"plan", "prepare", "ready", "schedule"}


# Verbs of comment whose object event noun is the commenter's account, not the story's own
# telling: "condemned the attack by the rebels on the town", "welcomed the talks between
# Seoul and Pyongyang" (a coder of verbs codes the condemnation, not the attack).
COMMENTS = {
    "condemn", "denounce", "criticize", "criticise", "deplore", "decry", "slam", "blast",
    "censure", "lament", "regret", "praise", "welcome", "hail", "applaud", "commend", "laud",
    "salute", "mourn", "chide", "rebuke", "castigate", "lambaste", "lambast", "excoriate",
    "assail", "berate", "reproach", "bemoan",
}  # fmt: skip
# Verbs of trying: the act in their complement was attempted, not done ("tried to call").
ATTEMPT_HEADS = {"try", "attempt", "strive", "endeavour", "endeavor"}
# Verbs of deliberation: the act of their gerund is only weighed, not done ("Congress weighs
# sanctioning Russia", "lawmakers debate banning the visit", "ministers discussed imposing
# sanctions"); "consider" and "mull" are intents (INTENT_HEADS).
DELIBERATING = {
    "weigh", "debate", "discuss", "ponder", "contemplate", "explore", "study", "eye",
    "examine", "review",
}  # fmt: skip
# Asking verbs that also report speech ("told reporters that …"): they ask only with "to".
TELLING = {"tell", "advise", "instruct"}
# Whom a speaker tells in public, an audience rather than a party: "told reporters in Beijing
# that …", "told state television", "told a news conference", "told parliament", "told a
# cabinet meeting", "told supporters at a rally". What is told to them is simply said.
AUDIENCES = {
    "reporter", "journalist", "newsman", "correspondent", "press", "media", "medium",
    "television", "tv", "radio", "broadcaster", "channel", "newspaper", "daily", "magazine",
    "outlet", "agency", "website", "conference", "briefing", "interviewer", "parliament",
    "lawmaker", "legislator", "deputy", "mp", "senator", "congress", "senate", "assembly",
    "committee", "meeting", "session", "gathering", "rally", "crowd", "supporter",
    "audience", "forum", "delegate", "student", "nation", "people", "viewer", "listener",
}  # fmt: skip


def told_audience(verb: Token) -> bool:
    """``verb`` tells an audience ("told reporters that …"), so what it tells is said."""
    if verb.lemma_.lower() not in TELLING:
        return False
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    return (
        told is not None
        and told.lemma_.lower() in AUDIENCES
        and told.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON")
    )


# A thing ruled out by the words said of it: "said territorial concessions are off the
# table", "replied that the base is not on the table", "said its status is non-negotiable",
# "is out of the question", "is not up for negotiation" (as "ruled out" is, 120).
_TALKS_ABOUT = {"negotiation", "discussion", "debate", "grabs", "bargaining"}


def off_the_table(clause: Token) -> bool:
    """``clause`` is "X is off the table" or one of its kin."""
    if clause.lemma_ != "be":
        return False
    negated = any(c.dep_ == "neg" for c in clause.children)
    words = {c.lower_ for c in clause.children if c.dep_ == "acomp"}
    if not negated and ("non-negotiable" in words or "nonnegotiable" in words or "non" in words):
        return "negotiable" in words or "non-negotiable" in words or "nonnegotiable" in words
    for prep in (c for c in clause.children if c.dep_ == "prep"):
        objects = {t.lemma_.lower() for t in prep.subtree if t.dep_ == "pobj"}
        if prep.lower_ == "off" and "table" in objects and not negated:
            return True
        if prep.lower_ == "on" and "table" in objects and negated:
            return True
        if prep.lower_ == "out" and "question" in objects and not negated:
            return True
        if prep.lower_ in ("up", "for") and objects & _TALKS_ABOUT and negated:
            return True
    return False


# Predicates that leave an event open: "a meeting was possible".
POSSIBLE = {"possible", "likely", "unlikely", "probable", "improbable", "conceivable", "feasible"}
# Linking verbs an act's chances are told with: "a meeting seems unlikely", "a deal appears
# possible", "talks look likely" (the writer's view of what may come, not a thing done).
_LINKING = {"be", "seem", "appear", "look", "remain", "become"}


def _complements(verb: Token, deps: tuple[str, ...] = ("acomp",)) -> list[Token]:
    """What a linking verb says its subject is ("a meeting seems possible": possible; "it is
    premature": premature); nothing for any other verb."""
    if verb.lemma_.lower() not in _LINKING:
        return []
    return [c for c in verb.children if c.dep_ in deps]


def judged_possible(verb: Token) -> bool:
    """``verb`` links its subject to a word of chances: "a summit was possible", and in a
    translated analysis "a meeting of the two leaders in the near future does not seem
    possible" (negated, still only a judgement of what may come: no meeting is told)."""
    return any(c.lemma_.lower() in POSSIBLE for c in _complements(verb, ("acomp", "oprd")))


# What an impersonal "it is … that" judges a coming act to be: "It is obvious that New Delhi
# will look for closer partnership with Washington" is the writer's forecast.
_SURE = POSSIBLE | {"obvious", "clear", "evident", "certain", "inevitable", "plain", "apparent"}


def judged_likely(verb: Token) -> bool:
    """``verb`` is an impersonal judgement of chances: "it is obvious", "it seems clear",
    "it is becoming likely" (an "it" with no referent, a linking verb and a word of
    :data:`_SURE`), whose clause tells what the writer expects, not a thing done."""
    return any(c.dep_ in ("expl", "nsubj") and c.lower_ == "it" for c in verb.children) and any(
        c.lower_ in _SURE for c in _complements(verb)
    )


# Words that judge the time not ripe for an act: "it is too early to talk about a meeting".
_UNTIMELY = {"early", "premature", "soon"}


def untimely(word: Token) -> bool:
    """``word`` judges an act's time not come ("it was very early to talk about lifting
    sanctions", "it is premature to speak about a date for a meeting"): the act its
    infinitive names is neither done nor planned."""
    if word.lemma_.lower() in _LINKING:  # "it is premature to speak" hung on "is"
        return any(c.lower_ in _UNTIMELY for c in _complements(word))
    return word.lower_ in _UNTIMELY and word.dep_ == "acomp"


RUMOUR_WORDS = {
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "rumoured",
    "rumored",
    "rumour",
    "rumor",
    "rumours",
    "rumors",
    "unconfirmed",
    "speculation",
}
# Attribution is how news is written ("…, military sources said", "state media said", "the
# agency reported"): it does not make an event a rumour. These nouns do, as the speaker of a
# report ("unconfirmed reports said", "a tabloid reported") or after "according to"
# ("according to media reports").
RUMOUR_SOURCES = {
    "report",
    "tabloid",
    "rumour",
    "rumor",
    "speculation",
    "claim",  # "an inquiry into claims that agents plotted attacks": only claimed
    "allegation",
    "accusation",
    "suspicion",
}
# A clause set off as "…, a claim (that) X denied": told as someone's claim, not as fact.
CLAIM_NOUNS = {"claim", "allegation", "assertion", "accusation", "charge"}
CLAIMED = CLAIM_NOUNS | RUMOUR_SOURCES  # what is said to be so, which a denial gainsays
# What makes a report hearsay: "media reports", "press reports".
MEDIA = {"media", "press", "newspaper", "news", "tabloid", "unconfirmed", "unverified"}
# Impersonal passives of hearsay: "it is reported / rumoured / said / believed that …".
HEARSAY_PASSIVES = {"report", "rumour", "rumor", "say", "believe", "claim", "allege", "understand"}
SPEECH = {
    "say",
    "report",
    "claim",
    "tell",
    "write",
    "announce",
    "state",
    "add",
    "note",
    "suggest",
    "insist",
    "quote",
    "cite",
    "tweet",
    "reveal",
    "reiterate",
    "stress",
    "emphasize",
    "emphasise",
    "declare",
    "assert",
    "argue",
    "maintain",
    "repeat",
    "underline",
    "remind",
    "warn",
    "explain",
    "inform",
    # a reply is said too ("Ankara answered that nobody can dictate to Turkey")
    "answer",
    "reply",
    "retort",
    # a plan confirmed or signalled is told ("Israel signalled it would allow more aid into
    # Gaza", "Berlin confirmed it will send tanks", "Tokyo indicated it would join")
    "confirm",
    "signal",
    "indicate",
    # a finding is told too ("an inquiry concluded that Russia was responsible", "the summit
    # concluded that rich nations must pay more")
    "conclude",
}
CLAUSE_DEPS = {"xcomp", "ccomp", "conj", "advcl", "relcl", "acl", "pcomp", "dep", "parataxis"}


def past_beside_infinitive(verb: Token) -> bool:
    """``verb`` is a past or present verb the model joined to an infinitive ("called on both
    sides to restraint and blamed Russia"): no second infinitive, but told with the verb the
    infinitive hangs on."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ")
        and verb.head.dep_ == "xcomp"
        and verb.head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children)
    )


def _chain(word: Token) -> list[Token]:
    """``word`` and the verbs governing it, up to the root of its sentence."""
    chain = [word]
    if _remark(word) and word.head.dep_ in ("ccomp", "xcomp"):
        word = word.head  # "said it would summon the envoy, calling it a violation": the
        # remark is made with the saying, not with what will be done
    while word.dep_ != "ROOT" and word.head.i != word.i and len(chain) < 12:
        if _contrast(word) or semicolon_apart(word) or _told_next(word):
            break
        if word.dep_ == "nsubj" and before_snippet(word):
            break  # a headline's noun read as the subject of its snippet's verb
        if word.dep_ not in CLAUSE_DEPS and word.dep_ not in (
            "dobj",
            "pobj",
            "prep",
            "nsubj",
            "nsubjpass",
            "attr",
            "oprd",
            # the copula of the adjective governing the act: "was not responsible for the
            # attacks", "is not ready to cooperate"
            "acomp",
            "csubj",
        ):
            break
        # "called on both sides to restraint and blamed Russia": a past or present verb is
        # no second infinitive; it is told with the verb the infinitive hangs on
        word = word.head.head if past_beside_infinitive(word) else word.head
        chain.append(word)
    return chain


# Prepositions of the time an act is told in: "during his visit", "after talks with X".
_TIME_FRAMES = {"during", "after", "before", "following", "amid", "at"}


# Nouns of wanting: an event noun they are "in" or "for" is wished, not done ("interest in
# dialogue", "hopes for a summit", "appetite for talks").
_WISHING = {
    "interest", "hope", "appetite", "enthusiasm", "openness", "longing", "desire", "wish",
    "readiness", "willingness", "eagerness",
}  # fmt: skip
_WISHED_IN = {"in", "for", "to"}  # ("to": translated "the interest to the dialogue")
# Nouns of arranging: an event noun they are "for" may or may not come about ("a date for a
# meeting of Putin and Trump was not agreed", "the venue for the summit").
_ARRANGING = {"date", "preparation", "venue", "agenda", "timing", "modality", "groundwork"}


# Nouns of what may or may not come about: "the possibility of a meeting", "the prospect of
# talks", "the idea of a summit" (the act of their "of" phrase is only possible).
_POSSIBILITIES = {
    "possibility", "prospect", "idea", "chance", "likelihood", "option", "question",
    "probability", "feasibility",
}  # fmt: skip
# Nouns of the means to an end: the act they lead to is a goal talked of, not a thing done
# ("reviewed the ways of developing the cooperation between the two countries", "discussed
# ways to boost trade with Ankara", "the means of ending the war").
_MEANS = {"way", "means", "mean", "avenue"}
# Verbs of making a tie grow: what they make grow is the goal ("ways of developing the
# cooperation"); what is ended or stopped is real ("the means of ending the war").
_GROWING = {
    "develop", "strengthen", "boost", "expand", "deepen", "enhance", "promote", "improve",
    "increase", "advance", "broaden", "widen", "intensify", "foster", "further",
}  # fmt: skip


def _means_to(tok: Token, chain: list[Token], depth: int) -> bool:
    """``tok``, a noun of :data:`_MEANS`, leads to ``chain[0]``'s tie: through a gerund of
    growing it ("ways of developing the cooperation") or an infinitive ("ways to boost
    cooperation")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _MEANS or depth < 2:
        return False
    if chain[1].lemma_.lower() not in _GROWING:
        return False
    if depth == 2:
        return any(c.lower_ == "to" for c in chain[1].children)
    return depth == 3 and chain[1].tag_ == "VBG" and chain[2].lower_ in ("of", "for")


# Nouns of fearing an act: what is feared has not happened ("fears of an attack by Iran on
# Israel sent oil higher", "the risk of a war between X and Y", "worries over an invasion").
# ("concern" is left out: "concern over the attack on the embassy" is mostly about a real one.)
_FEARS = {"fear", "worry", "risk", "danger", "spectre", "specter", "threat"}
_FEARED_IN = frozenset({"of", "over", "about"})
# Verbs of ruling out: denied, they leave what follows possible ("it is not excluded that").
_EXCLUDING = {"exclude", "rule"}


def _not_excluded(verb: Token) -> bool:
    """``verb`` is a denied ruling out: "it is not excluded that …", "did not rule out that
    …", "cannot be ruled out that …"."""
    lemma = verb.lemma_.lower()
    if lemma not in _EXCLUDING or (lemma == "rule" and not ruled_out(verb)):
        return False
    return _negated(verb)


def possibility_left_open(verb: Token) -> bool:
    """``verb`` denies ruling out what its clause tells: "did not rule out that the president
    will sign it", "does not exclude that Kyiv may join". A possibility left open is no act:
    neither a refusal nor a refusal denied, and the clause's subject is no one rejected (a
    hostile act of one's own so left open is a threat, see ``intent.kept_open``)."""
    return _not_excluded(verb) and any(c.dep_ == "ccomp" for c in verb.children)


def _wished_by(holder: Token) -> bool:
    """``holder`` (the word a prepositional phrase hangs on) is a noun of wanting, or a verb
    whose object is one (translated: "loses the interest to the dialogue")."""
    if holder.pos_ == "NOUN":
        return holder.lemma_.lower() in _WISHING
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _WISHING for c in holder.children)


# Verbs by which an event told by a noun comes about: negated, it did not happen ("the talks
# did not take place", "the summit will not go ahead").
_COMING_ABOUT = {
    "take", "happen", "occur", "begin", "start", "resume", "open", "proceed", "go",
    "materialize", "materialise", "come", "continue", "get", "kick", "commence",
}  # fmt: skip


def _outcome_denied(chain: list[Token], depth: int) -> bool:
    """Any other verb denied of an event noun, its subject, tells of an event that did happen:
    "the meeting did not bring a breakthrough", "the sanctions did not change Moscow's
    course"."""
    return (
        depth == 1
        and chain[0].pos_ == "NOUN"
        and chain[0].dep_ == "nsubj"
        and (chain[1].lemma_.lower() not in _COMING_ABOUT or _goes_as(chain[1]))
    )


def _goes_as(verb: Token) -> bool:
    """ "go" with a predicate tells how an event that happened is met, not whether it came
    about: "the expulsion will not go unanswered" (the summit that "will not go ahead" has
    none)."""
    return any(c.dep_ in ("acomp", "oprd") for c in verb.children)


def _contrast(word: Token) -> bool:
    """ "X accused India of provocation, while New Delhi blamed Beijing": a clause set
    against another is told on its own, not under the other's verb."""
    return (
        word.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in word.children)
    ) or _past_but(word)


def _past_but(word: Token) -> bool:
    """ "Fidan will visit Moscow, but he gave no date": a past clause of its own subject set
    against another by "but" tells what was done, not under the other's "will" or "not"."""
    return (
        word.dep_ == "conj"
        and word.tag_ == "VBD"
        and any(c.dep_ == "cc" and c.lower_ == "but" for c in word.head.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)
    )


_NEXT_IN_TIME = frozenset({"after", "following", "whereupon"})


def _told_next(word: Token) -> bool:
    """ "…, after which Bennett thanked Erdogan": a relative clause that tells what came
    next is the story's own next act, not part of the noun it hangs on (the parser may hang
    it on a noun inside a charge or a claim: "detained on charges of spying, after which …")."""
    return word.dep_ == "relcl" and any(
        c.dep_ == "prep"
        and c.lower_ in _NEXT_IN_TIME
        and any(o.dep_ == "pobj" and o.lower_ == "which" for o in c.children)
        for c in word.children
    )


def semicolon_apart(word: Token) -> bool:
    """ "Beijing summoned the envoy and lodged a protest; it warned Ottawa of …": a clause
    cut off from the verb it hangs on by a semicolon is a sentence of its own, not what that
    verb says (the parser hangs the first clause on the second as its content). The
    semicolon may be the first clause's own ("a plane was shot down over the sea; of the two
    pilots no news was received", with "of the two pilots" hung on "shot")."""
    head = word.head
    if word.dep_ not in CLAUSE_DEPS:
        return False
    if word.i < head.i:
        between = word.doc[word.right_edge.i + 1 : head.i]
        own = [c for c in word.children if c.text == ";" and word.i < c.i < head.i]
    else:
        between = word.doc[head.i + 1 : word.left_edge.i]
        own = []
    return bool(own) or any(t.text == ";" for t in between)


# Verbs of a participial remark: "…, calling it a violation", "…, accusing Iran of …".
# (and of a stand taken beside an act: "…, rejecting a request from the United States")
REMARKS = {
    "call", "describe", "label", "brand", "term", "accuse", "blame", "say", "warn", "reject",
    "refuse", "dismiss", "deny", "defy",
}  # fmt: skip


def _remark(word: Token) -> bool:
    """ "…, calling it a violation": a participle set off after a clause, with no mark."""
    return (
        word.tag_ == "VBG"
        and word.dep_ == "advcl"
        and word.lemma_ in REMARKS
        and not any(c.dep_ == "mark" for c in word.children)
        and word.i > 0  # "Blaming Russia for the blackout, Ukraine …" opens the text
        and word.nbor(-1).is_punct
    )


# Texts put to a vote, and verbs by which they fail.
_MOTIONS = {"resolution", "draft", "bill", "motion", "text", "amendment", "proposal"}
_VOTING_DOWN = {"veto", "block", "reject", "defeat", "scuttle", "kill", "torpedo"}


def _voted_down_text_s_act(verb: Token, text: Token, clause: Token) -> bool:
    """``clause`` tells what a text did that ``verb`` voted down: "Russia and China vetoed a
    resolution that backed an Arab League plan" (the resolution backed nothing, it never
    passed). Not what others did to the text ("rejected the deal that Ukraine signed")."""
    if verb.lemma_.lower() not in _VOTING_DOWN or text.dep_ not in ("dobj", "nsubjpass"):
        return False
    if text.lemma_.lower() not in _MOTIONS or clause.head.i != text.i:
        return False
    if clause.dep_ == "acl":
        return clause.tag_ == "VBG"  # "a resolution condemning the attack"
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.dep_ == "relcl" and subject is not None and subject.lower_ in ("that", "which")


def which_gainsays(clause: Token) -> bool:
    """``clause`` is "…, which X denied" hung on the charge it gainsays (see
    ``nlp.pipeline.denials_of_the_charge``): X's own act, no part of the charge."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "dobj" and c.lower_ == "which" for c in clause.children
    )


def _set_off_claim(tok: Token) -> bool:
    """ "…, a claim Ankara denied": a clause set off as someone's claim (the parser hangs the
    phrase on the verb or on its object)."""
    return (
        tok.dep_ in ("npadvmod", "appos", "dep")
        and tok.lemma_.lower() in CLAIM_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    )


def _done_with_the_claim(clause: Token) -> bool:
    """``clause`` is a relative clause on a claim noun whose gap is its object: "a charge the
    Kremlin has repeatedly denied", "an accusation which Ruritania rejects" tell what the one named
    did with the claim, which is told as done; "the charge Ruritania armed the rebels" (an
    object of its own) still tells the claim."""
    return (
        clause.dep_ == "relcl"
        and clause.head.lemma_.lower() in CLAIM_NOUNS
        and _has_subject(clause)
        and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ not in ("which", "that")
            for c in clause.children
        )
    )


def _has_subject(verb: Token) -> bool:
    """``verb`` has a subject of its own: a clause ("reports that Trump had spoken"), not a
    participle describing a noun ("talks hosted by the EU")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _negated(tok: Token) -> bool:
    """ "did not attack", "no talks"; and a subject none of whom acts: "Neither Russia nor
    China vetoed it", "No country has recognised the vote"."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
        return True
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VB" and _denied_noun(tok.head):
        return True  # "there are no grounds to accuse the Russian state", "no plans to strike"
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        c.dep_ in ("det", "preconj") and c.lower_ in ("neither", "no") for c in subject.children
    )


def _denied_noun(noun: Token) -> bool:
    """``noun`` is denied by "no" ("no grounds", "no plans")."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def nothing_given(verb: Token) -> bool:
    """``verb``'s object is denied by "no" or is "nothing": "gave no details", "offered no
    explanation", "sent no troops", "provided no evidence" tell that nothing was given, as
    wires say when a side declines to act or to comment; the act the object names did not
    happen. So with the object of a preposition: "agreed on (almost) nothing", "agreed to
    nothing" tell no agreement."""
    return verb.pos_ in ("VERB", "AUX") and any(
        (c.dep_ == "dobj" and _none_of(c))
        or (c.dep_ == "prep" and any(p.dep_ == "pobj" and _none_of(p) for p in c.children))
        for c in verb.children
    )


# "nothing less than", "nothing short of", "nothing but" name something after all.
_NOTHING_BUT = {"less", "short", "but", "more"}


def _none_of(thing: Token) -> bool:
    """An object that names none of its kind: "no details", "nothing" (not "nothing less
    than a full withdrawal")."""
    if thing.lower_ == "nothing":
        return not any(d.lower_ in _NOTHING_BUT for d in thing.subtree)
    return any(d.dep_ == "det" and d.lower_ == "no" for d in thing.children)


def _authored(report: Token) -> bool:
    """The report names its author ("the UN report", "Amnesty's report", "a Russian report")
    or is what someone issued ("put out a report")."""
    return report.dep_ == "dobj" or any(
        (c.dep_ in ("poss", "compound") and c.pos_ == "PROPN")
        or (c.dep_ == "amod" and c.ent_type_ == "NORP")
        for c in report.children
    )


# Readiness denied: "unwilling to negotiate" (and "not willing / ready / prepared to").
UNWILLING = {"unwilling", "unprepared", "unready"}


def _unready(tok: Token) -> bool:
    """``tok`` is a readiness adjective ("ready", "willing", "prepared") whose copula is
    denied: "the U.S. is not ready to cooperate with Russia" (the chain stops at the
    adjective, below the copula that carries the "not"; "is not only ready" is no denial),
    or a headline's "U.S. not ready to cooperate" with no copula; or one that denies
    readiness itself ("unwilling to negotiate")."""
    if tok.lemma_.lower() in UNWILLING:
        return True
    if tok.pos_ != "ADJ" or tok.lemma_ not in INTENT_HEADS:
        return False
    holders = [tok, tok.head] if tok.dep_ == "acomp" else [tok]
    nots = [c for holder in holders for c in holder.children if c.dep_ == "neg"]
    return bool(nots) and all(n.i + 1 >= len(n.doc) or n.nbor().lower_ != "only" for n in nots)


def unready(word: Token) -> bool:
    """``word``'s act is one its doer says it is not ready or willing to do: a refusal."""
    head = word.head
    return word.dep_ == "xcomp" and _unready(head)


# Verbs of a choice made: what one decides not to do is refused ("decided not to attend").
DECIDING = {"decide", "choose", "opt", "resolve", "elect"}


def decided_against(word: Token) -> bool:
    """``word``'s act is one its doer chose not to do: "Japan decided not to attend the
    conference in Seoul", "the president chose not to take part in the summit" (a refusal
    made then, as "will not attend" announces one); a choice itself denied or only
    supposed ("did not decide", "may decide not to") refuses nothing."""
    head = word.head
    return (
        word.dep_ == "xcomp"
        and head.lemma_.lower() in DECIDING
        and any(c.dep_ == "neg" for c in word.children)
        and not _negated(head)
        and not any(c.dep_ == "aux" and c.lower_ in MODAL_HYPOTHETICAL for c in head.children)
    )


# Verbs that keep an act from happening: "moved to avert a shutdown", "acted to prevent an
# attack on the embassy", "thwarted a plot to bomb the airport"; with "off", "head off",
# "stave off" and "ward off" a war.
AVERTING = {"avert", "avoid", "prevent", "forestall", "thwart", "foil", "preempt", "pre-empt"}
_AVERTING_OFF = {"head", "stave", "ward", "fend"}


def averting(verb: Token, below: Token) -> bool:
    """``verb`` keeps the act ``below`` it from happening: its object ("to avert a war"), its
    gerund ("avoided naming Russia") or what it keeps someone from ("prevented the army from
    entering the town"). An averting verb that itself fails or is not done lets the act
    happen ("failed to prevent the attack", "could not avert the war"), and is no act kept
    from happening then; one only forecast ("will avoid a confrontation") leaves the act to
    the forecast's mood."""
    lemma = verb.lemma_.lower()
    off = any(c.dep_ in ("prt", "advmod") and c.lower_ == "off" for c in verb.children)
    if lemma not in AVERTING and not (lemma in _AVERTING_OFF and off):
        return False
    kept = below.dep_ in ("dobj", "xcomp") or (below.dep_ == "prep" and below.lower_ == "from")
    if not kept or _negated(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODAL_HYPOTHETICAL | FUTURE_AUX for c in verb.children):
        return False  # "Iran will avoid a confrontation": a forecast, told by its own mood
    return not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSALS | {"try"})


def announced_of_name(verb: Token) -> bool:
    """A headline's "pence to visit seoul" parsed as a name with an infinitive hung on it
    (``acl``), not as the name doing the verb: the name opens the line and heads it, so the
    infinitive is the act announced for it ("trump to host macri on thursday"). A named
    side's office opens it too ("peru's president to visit chile"), and a line the model
    ran on into its snippet makes the name the subject of the verb after the semicolon."""
    head = verb.head
    named = head.pos_ == "PROPN" or (
        head.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children)
    )
    return (
        verb.dep_ == "acl"
        and (head.dep_ == "ROOT" or (head.dep_ == "nsubj" and before_snippet(head)))
        and named
        and head.i < verb.i
        and not any(
            t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"
            for t in head.sent[: head.i - head.sent.start]
        )
    )


def announced(word: Token) -> bool:
    """True when ``word`` or a verb governing it carries will/would/shall ("will not return")."""
    return any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"}
        for tok in _chain(word)
        for c in tok.children
    )


# Verbs that deny that something was or will be so, never what one will do oneself.
_GAINSAYING = {"deny", "dismiss", "refute", "dispute"}


def gainsaid(word: Token) -> bool:
    """``word`` is told in what a side denies was so or planned ("the Kremlin denied reports
    that Putin would meet Trump", "rejected claims that it would withdraw"): a claim denied
    is no refusal, whoever denies it."""
    chain = _chain(word)
    return any(
        denial(tok) and (tok.lemma_ in _GAINSAYING or chain[depth - 1].lemma_.lower() in CLAIMED)
        for depth, tok in enumerate(chain[1:], 1)
    )


# Adverbs of a forecast: "Tokyo will probably not lift the restrictions" is the author's
# guess, not a refusal Tokyo announced.
HEDGES = {"probably", "likely", "possibly", "perhaps", "maybe", "hardly", "presumably"}
# Who foresees but acts for no side: their warnings threaten no one, and what will be
# "according to the author" is a forecast.
FORECASTERS = {
    "analyst", "expert", "observer", "commentator", "pundit", "columnist", "blogger",
    "economist", "scholar", "academic", "researcher", "forecaster", "author", "writer",
}  # fmt: skip


# The author's own view: "in our opinion", "in my view", "by our assessment".
_VIEWS = {"opinion", "view", "assessment", "estimation", "judgment", "judgement", "estimate"}
_AUTHOR = {"our", "my"}


def _after_forecaster(prep: Token) -> bool:
    """ "according to the author", "in the view of analysts", "in our opinion": what
    follows is a forecast."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("according", "in", "by")
        and any(
            t.lemma_.lower() in FORECASTERS
            or (t.lemma_.lower() in _VIEWS and any(c.lower_ in _AUTHOR for c in t.children))
            # "in the opinion of the newspaper": a paper's view of what will be
            or (t.lemma_.lower() in _VIEWS and _held_by_media(t))
            for t in prep.subtree
            if t.dep_ == "pobj"
        )
    )


def authors_view(sentence: Span) -> bool:
    """The sentence opens with the writer's own view ("In our opinion, …", "In my view, …"):
    an analysis' conclusion, which tells no act, whatever its tense ("In our opinion, the
    period of partnership between Moscow and Ankara is over" ends no cooperation)."""
    first = sentence[0]
    if first.lower_ != "in" or len(sentence) <= 2:
        return False
    if sentence[1].lower_ in _AUTHOR and sentence[2].lemma_.lower() in _VIEWS:
        return True
    return any(
        view.dep_ == "pobj" and view.lemma_.lower() in _VIEWS and _held_by_writer(view)
        for view in first.children
    )


# A short sentence that announces the writer's conclusion ("The conclusion of this writer is
# clear.", "Our conclusion is simple."): the sentence after it is that conclusion, a
# judgement that tells no act ("… is clear. The Kremlin is punishing Helsinki for its
# choice" punishes no one).
_CONCLUSIONS = {"conclusion", "verdict"}
_ANNOUNCEMENT_LENGTH = 12


def after_announced_conclusion(sentence: Span) -> bool:
    """The sentence before ``sentence`` is a short one whose subject (or what it is) is a
    conclusion, in the singular (see ``_CONCLUSIONS``): not one whose side takes up others'
    conclusions ("Kiev welcomed the conclusions of the investigators. The ministry stated
    …" tells the ministry's words)."""
    if sentence.start == 0:
        return False
    before = sentence.doc[sentence.start - 1].sent
    return len(before) <= _ANNOUNCEMENT_LENGTH and any(
        t.tag_ == "NN"
        and t.dep_ in ("nsubj", "nsubjpass", "attr")
        and t.lemma_.lower() in _CONCLUSIONS
        for t in before
    )


# The writer named in the third person, as translated commentaries do: "In the view of the
# author, …", "in the author's opinion".
_WRITERS = {"author", "writer"}


def _held_by_writer(view: Token) -> bool:
    """``view`` is the writer's own: "the view of the author", "the author's view"."""
    holders = [c for c in view.children if c.dep_ == "poss"] + [
        o for p in view.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
    ]
    return any(h.lemma_.lower() in _WRITERS for h in holders)


def _held_by_media(view: Token) -> bool:
    """The "of" phrase of ``view`` names the media ("the opinion of the newspaper")."""
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in MEDIA
        for p in view.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


def forecast(word: Token) -> bool:
    """True when ``word`` is told as a guess about what will be: hedged ("will probably not
    lift"), after "according to the author", or in the clause of a verb of belief ("believes
    that Moscow will not release")."""
    chain = _chain(word)
    return (
        any(
            (c.dep_ == "advmod" and c.lower_ in HEDGES) or _after_forecaster(c)
            for tok in chain
            for c in tok.children
        )
        or any(
            # "According to the author, the real test will be Badme: … Addis Ababa will delay
            # the withdrawal": the whole sentence after it is the forecast, past a colon too
            _after_forecaster(c)
            for c in (word.sent[0], *word.sent.root.children)
        )
        or any(
            tok.lemma_ in BELIEFS and below.dep_ == "ccomp"
            for below, tok in zip(chain, chain[1:], strict=False)
        )
        or any(_said_by_forecaster(tok) for tok in chain[1:])
        or any(
            below.dep_ == "ccomp" and judged_likely(tok)
            for below, tok in zip(chain, chain[1:], strict=False)
        )
        or (
            not any(tok.lemma_.lower() in SPEECH for tok in chain[1:])
            and in_authors_paragraph(word.sent)
        )
    )


def in_authors_paragraph(sentence: Span) -> bool:
    """``sentence`` goes on, in the same paragraph, from one that opened with the writer's
    own view (:func:`authors_view`): "In the opinion of the author, these hopes will not be
    realized. … the Chinese side will not make any concession." The view runs on to the
    paragraph's end, so what a side will do there is still the writer's forecast; so does
    the writer's own question about what lies ahead (:func:`question_ahead`)."""
    doc = sentence.doc
    for i in range(sentence.start - 1, -1, -1):
        tok = doc[i]
        if tok.is_space and "\n" in tok.text:
            return False
        if tok.is_sent_start and (authors_view(tok.sent) or question_ahead(tok.sent)):
            return True
    return False


# Question words that open the writer's own question about the future.
_ASKING = {"what", "where", "how", "whither", "which"}
# Words that point the question ahead: "What will happen next?", "Where do the relations go
# now?", "What lies ahead?"
_AHEAD = {"will", "shall", "next", "now", "ahead"}
_QUOTES = {'"', "“", "”", "«", "»"}


def question_ahead(sentence: Span) -> bool:
    """``sentence`` is the writer's own question about what comes next, as analyses open
    their paragraph of forecasts ("What will happen next? Analysts expect … If Ulaanbaatar
    again plays the Tibet card, Beijing will take stronger countermeasures"): a wh-question,
    no quotation, pointed ahead. What the paragraph then says a side will do is the writer's
    forecast, no threat or pledge that side made."""
    words = [t for t in sentence if not t.is_space]
    return (
        len(words) > 2
        and words[-1].text == "?"
        and words[0].lower_ in _ASKING
        and not any(t.text in _QUOTES for t in words)
        and any(t.lower_ in _AHEAD for t in words)
    )


def _said_by_forecaster(verb: Token) -> bool:
    """``verb`` is what analysts or diplomats foresee ("…, analysts say", "diplomats
    predict"): their word on what a side will do is a guess, not that side's word; so is
    what analysts leave possible ("some analysts do not exclude that Ankara will close the
    base if …": no threat of Ankara's)."""
    if verb.lemma_.lower() not in SPEECH | _PREDICTING and not _not_excluded(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.lemma_.lower() in FORECASTERS or verb.lemma_.lower() in _PREDICTING
    )


# Verbs of foreseeing: whoever predicts an act tells a guess ("diplomats predict that …").
_PREDICTING = {"predict", "forecast", "foresee", "speculate"}


# What a caller does over the telephone itself: "called Erdogan to congratulate him", "to
# discuss Syria", "to express condolences".
_CALL_PURPOSES = {
    "discuss", "talk", "consult", "exchange", "review", "brief", "apprise", "inform",
    "notify", "update", "tell", "report", "congratulate", "felicitate", "thank", "greet",
    "wish", "condole", "express", "convey", "extend", "offer", "share", "apologize",
    "apologise", "explain", "clarify", "confirm", "deny", "reaffirm", "affirm", "reiterate",
    "renew", "stress", "emphasize", "emphasise", "underline", "assure", "reassure", "voice",
    "raise", "outline", "praise", "welcome", "invite", "ask", "urge", "press", "push",
    "request", "seek", "protest", "complain", "coordinate", "mark", "celebrate", "check",
}  # fmt: skip


def called_to_act(verb: Token) -> bool:
    """An appeal whose "on" translated copy dropped: "Tillerson called on the same day Saudi
    Arabia, the Emirates, Bahrain and Egypt to ease the blockade", "called Syria to
    withdraw": the one called is named after the verb, and after it the act asked of it, "to"
    do something no caller does over the telephone; "called Erdogan to congratulate him"
    and "to discuss Syria" stay phone calls."""
    if verb.lemma_.lower() != "call":
        return False
    called = next((c for c in verb.children if c.dep_ in ("dobj", "oprd")), None)
    if called is None or called.i < verb.i:
        return False
    many = _many_called(called)
    if not many and called.i not in actor_tokens(verb.doc, "ACTOR"):
        return False
    return any(
        c.dep_ in ("xcomp", "advcl")
        and c.i > called.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and (many or c.lemma_.lower() not in _CALL_PURPOSES)
        for c in verb.children
    )


# Plural nouns of a body's many members: "the members of the G7", "the EU states", "the allies".
_MANY_CALLED = {"member", "state", "country", "nation", "ally", "partner", "government"}


def _many_called(called: Token) -> bool:
    """``called`` is a body of many, whom no one telephones in one call: "called the members of
    the G7 to discuss the emergency" asks them to meet, whatever it asks them to do there
    ("called Erdogan to discuss Syria", one man, stays a phone call)."""
    return called.tag_ in ("NNS", "NNPS") and called.lemma_.lower() in _MANY_CALLED


def called_on(verb: Token) -> bool:
    """ "called on Moscow …" (not "On Nov. 2 … called Lavrov"): an appeal to someone; also
    told verb-final, where translated text drops the "on": "Kerry Moscow to hand over Snowden
    called" (English never puts the one called and the act asked before "called"), or with
    the "on" dropped before the one called (:func:`called_to_act`)."""
    if verb.lemma_.lower() != "call":
        return False
    if called_to_act(verb):
        return True
    asked = [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
    ]
    if asked and all(c.i < verb.i for c in asked):
        if any(c.dep_ in ("dobj", "oprd") and c.i < verb.i for c in verb.children):
            return True
    return any(
        p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for p in c.children
    )


# Readiness that offers an act: "Israel was willing to withdraw … if the PA assumed control".
WILLING = {"willing", "ready", "prepared"}


def offered(word: Token) -> bool:
    """True when ``word`` is what someone said they are willing or ready to do, even on a
    condition ("was willing to withdraw its troops if …"); not in a question."""
    tok = first_conjunct(word)  # "willing to withdraw and to return"
    return (
        tok.dep_ == "xcomp"
        and tok.head.lemma_.lower() in WILLING
        and not word.sent.text.rstrip().endswith("?")
    )


# Verbs by which a side puts forward an act of its own: "proposed to meet Putin in Paris".
_PUTTING_FORWARD = {"propose", "suggest"}


def proposed_own(word: Token) -> bool:
    """``word`` is an act its proposer offers to do with another ("Erdogan proposed to meet
    with Putin in Paris"): the infinitive hangs on "propose" with no subject of its own, so
    the proposer is its doer; an offer, as "offered to meet" is (the caller keeps this to
    friendly acts: "proposed to impose sanctions" is no pledge)."""
    tok = first_conjunct(word)
    return (
        tok.dep_ == "xcomp"
        and tok.head.lemma_.lower() in _PUTTING_FORWARD
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and not word.sent.text.rstrip().endswith("?")
    )


# Marks of the condition an announced act is tied to: "will boycott the vote unless …",
# "would meet the mediator if …", "would sanction officials until Turkey ends …".
OFFER_MARKS = frozenset({"if", "unless", "until"}) | INVERTING
_IF_MARKS = {"if", "unless"} | INVERTING


def in_condition(word: Token) -> bool:
    """``word`` is the act of a condition clause: "… if Kurdish fighters do not leave the
    border area", "If Russia does not withdraw its troops, …" (what a side fails to do there
    is a supposition, not a refusal it made)."""
    tok = first_conjunct(word)
    return tok.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in tok.children
    )


def conditioned(word: Token) -> bool:
    """True when ``word`` is an act someone said they would or will do on a condition ("would
    impose sanctions if Iran …", "will boycott the elections unless the president …"): an
    offer or a threat made, as CAMEO codes it, not a guess ("could attack if …")."""
    tok = first_conjunct(word)
    # "would not hesitate to strike if attacked": the verb not hesitated over is the act
    heads = [tok, tok.head] if tok.dep_ == "xcomp" and tok.head.lemma_ == "hesitate" else [tok]
    return (
        any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"}
            for h in heads
            for c in h.children
        )
        and any(
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in OFFER_MARKS for m in c.children)
            # "would respect it even if …" holds whatever happens: no condition
            and not any(m.lower_ == "even" for m in c.children)
            for h in heads
            for c in h.children
        )
        and not word.sent.text.rstrip().endswith("?")
    )


# Verbs of warning: what their subject says it could do is a threat it makes.
WARNING = frozenset({"warn", "threaten", "caution"})
_OWN_PRONOUNS = {"it", "they", "we", "he", "she", "i"}


def warned_own(word: Token) -> bool:
    """True when ``word`` is what a warner says it (itself) could or might do ("Iran warned it
    could close its borders", "warned that they may strike"): a threat made, not a guess
    about others ("warned that Russia could attack")."""
    tok = first_conjunct(word)
    doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return (
        tok.dep_ == "ccomp"
        and tok.head.lemma_.lower() in WARNING
        and doer is not None
        and doer.lower_ in _OWN_PRONOUNS
        and any(c.dep_ == "aux" and c.lower_ in MODAL_HYPOTHETICAL for c in tok.children)
    )


# Verbs by which a clause tells what comes over a place or people, not what a side does:
# "warned that Lebanon faced a deep crisis", "that the economy could collapse", "that the
# situation was deteriorating" (with "be": "that the region was on the brink of war").
_COMING_OVER = {
    "be", "face", "suffer", "risk", "experience", "endure", "confront", "become", "remain",
    "deteriorate", "worsen", "collapse", "crumble", "escalate", "spiral", "slide", "slip",
    "plunge", "sink", "descend", "spread", "deepen", "grow", "fall", "teeter", "verge",
}  # fmt: skip
# What a side makes another suffer: "warned that Kyiv would face grave consequences", "a
# harsh response", "retaliation" (a threat, whatever the verb).
PENALTIES = {
    "consequence", "repercussion", "price", "response", "retaliation", "reprisal",
    "punishment", "retribution", "countermeasure", "revenge", "vengeance",
}  # fmt: skip
_CONDITION_MARKS = {"if", "unless"}


def foretold_condition(verb: Token) -> bool:
    """True when ``verb``, a verb of warning told to no one in particular, warns of a state of
    affairs: "the ministry warned that Lebanon faced a deep crisis", "warned that the economy
    could collapse", "warned that the region was on the brink of war". What it foretells is
    no act of the warner's, so it threatens no one: a statement. A warning still threatens
    when it is told to someone ("warned Israel that …"), names a penalty ("that Kyiv would
    face grave consequences"), sets a condition ("… if it struck Crimea"), or tells what the
    warner itself could do (``warned_own``)."""
    if verb.lemma_.lower() not in WARNING - {"threaten"} or any(
        c.dep_ in ("dobj", "dative", "iobj", "nsubjpass") for c in verb.children
    ):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.lemma_.lower() not in _COMING_OVER or warned_own(clause):
        return False
    below = list(clause.subtree)
    if any(t.lemma_.lower() in PENALTIES for t in below) or any(
        t.dep_ == "mark" and t.lower_ in _CONDITION_MARKS for t in below
    ):
        return False
    # (a copula may carry an act: "warned that its army was ready to strike")
    return clause.lemma_.lower() != "be" or not any(
        t.pos_ == "VERB" for t in below if t.i != clause.i
    )


def restricted(word: Token) -> bool:
    """True when what ``word`` accepts or does is restricted by "only" ("Moscow will accept
    only the results of an investigation in which it takes part", "will only sign a deal
    that …"): a condition set, which turns down all else, not an intent to yield or agree."""
    return any(c.dep_ == "advmod" and c.lower_ == "only" for c in word.children) or any(
        g.dep_ == "advmod" and g.lower_ == "only"
        for c in word.children
        if c.dep_ == "dobj"
        for g in c.children
    )


# Texts put to a vote: what one "would" do is what its sponsors propose to do.
_BILLS = {"bill", "legislation", "resolution", "motion", "amendment", "measure", "draft"}


def legislated(word: Token) -> bool:
    """True when ``word`` is what a bill or resolution would do ("passed a bill that would
    sanction Turkey", "introduced legislation that would cut aid to Egypt"): its sponsors'
    announced act, as a threat or a pledge."""
    return (
        word.dep_ == "relcl"
        and word.head.lemma_.lower() in _BILLS
        and any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in word.children)
    )


def attempted(word: Token) -> Token | None:
    """The verb of trying when ``word`` is what someone tried to do ("tried to hack the
    banks"), else None."""
    chain = _chain(word)
    return next(
        (
            tok
            for depth, tok in enumerate(chain)
            if depth > 0 and tok.lemma_ in ATTEMPT_HEADS and chain[depth - 1].dep_ == "xcomp"
        ),
        None,
    )


def renounced(word: Token, code: str, consumed: frozenset[int]) -> bool:
    """A pledge or threat whose pattern names the act it is to do, said of that act's absence:
    "undertook not to support the YPG", "promised not to help the rebels", "vowed not to
    attack Norway" are no intent to support or help and no threat (the "not" sits on the
    complement the pattern consumed, not on the verb the mood is read from). A bare
    agreement (030) keeps its code: "agreed not to attack Norway" is an accord to refrain."""
    if code[:2] not in ("03", "13") or code == "030":
        return False
    return any(
        c.dep_ == "xcomp" and c.i in consumed and any(n.dep_ == "neg" for n in c.children)
        for c in word.children
    )


# Verbs that give up a plan or a threat: what it was to do will not be done. Blocking and
# vetoing stop another's act the same way: "Hungary blocked new EU sanctions on Russia" tells
# no sanctions imposed.
_DROPPING = {
    "shelve", "scrap", "drop", "abandon", "postpone", "cancel", "suspend", "freeze", "ditch",
    "refrain", "halt", "abort", "defer", "delay", "renounce", "withdraw", "retract", "block",
    "veto",
}  # fmt: skip
_DROPPING_PHRASAL = {
    ("hold", "off"), ("put", "off"), ("call", "off"), ("give", "up"), ("back", "away"),
    ("back", "off"), ("set", "aside"), ("put", "aside"),
}  # fmt: skip


def intent_noun_before(verb: Token) -> Token | None:
    """The noun of a plan or a plot set just before the "to" of the infinitive ``verb`` when
    the model hung the infinitive on the verb that holds the noun ("police broke up a plot to
    kill the envoy" read as "broke up … to kill"): the act is the plot's, still to come."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0 or verb.dep_ not in ("advcl", "xcomp"):
        return None
    noun = verb.doc[to.i - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in INTENT_NOUNS:
        return None
    return noun if noun.head.i == verb.head.i or noun.head.head.i == verb.head.i else None


# Nouns of a secret design: what they hold is laid at the plotters' door, never announced.
_PLOTS = {"plot", "scheme", "conspiracy"}


def plotted(verb: Token) -> bool:
    """``verb`` is the act of a plot ("broke up a plot to blow up airliners", "a scheme to
    kill the envoy"): no side announces it, so it is no threat or pledge of the subject."""
    noun = intent_noun_before(verb)
    if noun is None and verb.dep_ in ("acl", "relcl"):
        noun = verb.head
    return noun is not None and noun.lemma_.lower() in _PLOTS


def dropped(noun: Token) -> bool:
    """``noun`` (a plan, a threat) is given up: "shelved its plan to fire missiles",
    "held off on the plan to strike", "refrained from its threat to close the strait"."""
    verb = (
        noun.head.head
        if noun.dep_ == "pobj"
        else noun.head
        if noun.dep_ in ("dobj", "nsubjpass")
        else None
    )
    if verb is None or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    return lemma in _DROPPING or any((lemma, p) in _DROPPING_PHRASAL for p in particles)


def called_off(noun: Token, verb: Token, consumed: frozenset[int]) -> bool:
    """``noun``, an event told by a noun, is what ``verb`` drops or puts off, as its object or
    its passive subject: "talks between X and Y were called off", "the meeting was
    postponed", "cancelled the visit to Y". The dropping is an act of its own when a pattern
    codes it; the event it drops is not held (a verb that consumed the noun is that act)."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in ("dobj", "nsubjpass")
        and noun.head.i == verb.i
        and noun.i not in consumed
        and dropped(noun)
    )


def dropped_item(noun: Token) -> bool:
    """``noun`` is one of the things listed as part of what is dropped: "suspended military
    cooperation with Australia, including joint exercises and coordinated patrols" holds no
    exercises (the list hung on the verb or on its object). So is a noun joined to what is
    dropped: "suspends the diplomatic relations and all official contacts with Hungary" holds
    no contacts either."""
    told = noun
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.i != told.i and noun.pos_ == "NOUN" and dropped(noun):
        return True
    if noun.dep_ != "pobj" or noun.head.lower_ != "including":
        return False
    holder = noun.head.head
    return dropped(noun) if holder.pos_ == "VERB" else holder.pos_ == "NOUN" and dropped(holder)


# "has no intention of withdrawing", "has no plans to lift": an intent denied is a refusal
_INTENT_NOUNS = {"intention", "intent", "plan", "desire", "interest", "wish"}


def failed(word: Token) -> bool:
    """True when ``word`` is what someone failed or refused to do ("failed to reach
    agreement", "Iran's refusal to cooperate", "has no intention of withdrawing"); not what
    describes a noun of that clause ("failed to agree at talks hosted by the EU": the EU
    hosted them)."""
    chain = _chain(word)
    for below, tok in zip(chain, chain[1:], strict=False):
        refusal = tok.pos_ == "NOUN" and (
            tok.lemma_ in REFUSAL_NOUNS
            or (
                tok.lemma_ in _INTENT_NOUNS
                and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
            )
        )
        if below.dep_ in ("acl", "relcl") and not refusal:
            return False
        if tok.lemma_.lower() == "fail" or refusal or (below.dep_ == "xcomp" and ruled_out(tok)):
            return True
        if below.dep_ == "xcomp" and _unready(tok):
            return True  # "is not ready to cooperate", "is unwilling to negotiate"
    return False


def article_subject(verb: Token) -> bool:
    """ "A wanted gang leader surrendered": a participle the parser made a verb whose subject
    is the article right before it; it describes the noun after it, no act of its own."""
    if verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return before.lower_ in _ARTICLES and before.dep_ == "nsubj" and before.head.i == verb.i


_ARTICLES = {"a", "an", "the"}


# Modifiers that put an event noun ahead of its time: "the planned visit", "a proposed summit".
PLANNED_MARKS = {
    "planned", "proposed", "scheduled", "intended", "upcoming", "forthcoming", "prospective",
    "envisaged", "mooted", "projected",
}  # fmt: skip


# Money given, told by what it "will" pay for: "a $30 million grant from Seoul to Addis Ababa
# will pay for three hospitals", "this additional funding will help people in Zimbabwe" is
# given now; only its use is to come ("would help" keeps it hypothetical).
_MEANS_GIVEN = {
    "aid", "assistance", "funding", "fund", "loan", "grant", "donation", "financing", "money",
    "package", "credit", "bailout", "contribution",
}  # fmt: skip
_SPENT_ON = {
    "pay", "fund", "finance", "help", "cover", "go", "support", "benefit", "build", "rebuild",
    "enable", "allow", "serve", "buy", "repair", "provide", "strengthen", "improve",
}  # fmt: skip


def _spent(word: Token) -> bool:
    """``word`` is money given, the subject of what it will be spent on."""
    head = word.head
    auxes = [c.lower_ for c in head.children if c.dep_ == "aux"]
    return (
        word.dep_ == "nsubj"
        and word.lemma_.lower() in _MEANS_GIVEN
        and head.lemma_.lower() in _SPENT_ON
        and bool(auxes)
        and all(a in FUTURE_AUX for a in auxes)
    )


# Nouns that name what one side wants done, spelled out after a colon: "put forward a plan:
# Pyongyang freezes its tests and Washington stops the drills".
_PROPOSALS = {
    "proposal", "plan", "initiative", "formula", "idea", "offer", "demand", "condition",
    "term", "roadmap", "scheme", "ultimatum", "option",
}  # fmt: skip
# Tenses of a clause that spells out what is wanted, not what was done.
_WANTED_TAGS = {"VB", "VBZ", "VBP"}


def spelled_out_wish(word: Token) -> bool:
    """``word`` is in a clause after a colon that spells out a proposal, plan or demand named
    before it: translated "The minister proposed the so-called double freezing: Pyongyang
    suspends its tests, and Washington and Seoul stop the exercises" tells no suspension,
    only what China wants (the parser may even hang the proposal on the spelled-out clause).
    A past verb after the colon tells what happened ("proposed a truce: the rebels refused")."""
    verb = word if word.pos_ in ("VERB", "AUX") else word.head
    if verb.tag_ not in _WANTED_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    ):
        return False
    sent = word.sent
    colon = next((t for t in reversed(sent[: word.i - sent.start]) if t.text == ":"), None)
    if colon is None:
        return False
    before = sent[: colon.i - sent.start]
    return any(
        (t.lemma_.lower() in PROPOSING | PLANNING and t.pos_ == "VERB")
        or (t.lemma_.lower() in _PROPOSALS and t.pos_ == "NOUN")
        for t in before
    )


# Verbs of telling about something: refused or denied, they withhold a word on it, they do
# not undo it ("declined to comment on reports that Israeli jets struck a convoy": the
# strike is still reported; "would not confirm that troops had crossed": unconfirmed).
WITHHELD_SPEECH = {
    "comment", "confirm", "elaborate", "speculate", "specify", "disclose", "discuss",
    "detail", "say", "answer",
}  # fmt: skip


def withheld(chain: list[Token]) -> int | None:
    """The depth of a verb of telling above the act that its speaker would not say: "refused
    to comment on reports that …", "did not confirm that …" (None when there is none)."""
    for depth, tok in enumerate(chain[1:], 1):
        if tok.lemma_.lower() not in WITHHELD_SPEECH:
            continue
        refused = tok.dep_ == "xcomp" and (tok.head.lemma_ in REFUSALS or _negated(tok.head))
        if _negated(tok) or refused:
            return depth
    return None


def open_question(verb: Token) -> bool:
    """``verb`` heads a clause put as a question: "whether Erdogan will meet Putin remains
    unclear", "asked if Kim would come" ("if" opening a content clause, not a condition)."""
    return verb.dep_ in ("ccomp", "csubj", "csubjpass") and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children
    )


# Things that show rather than say: "satellite images suggest that …", "leaked documents
# show that …", "intelligence indicates that …" (evidence read by others, not a side's word).
EVIDENCE = {
    "image", "imagery", "photo", "photograph", "picture", "footage", "video", "document",
    "evidence", "intelligence", "data", "record", "finding", "trace", "sign", "analysis",
}  # fmt: skip
_SHOWING = {"show", "suggest", "indicate", "reveal", "point", "confirm", "prove", "appear"}


def shown_by_evidence(verb: Token) -> bool:
    """``verb`` tells what a piece of evidence shows ("images suggest that …")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.lemma_.lower() in _SHOWING
        and subject is not None
        and subject.lemma_.lower() in EVIDENCE
    )


def yet_to(verb: Token) -> bool:
    """ "has yet to respond", "is yet to ratify": ``verb`` is the "have" or "be" of an act
    not done so far."""
    return verb.lemma_ in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children
    )


# Verbs of hearsay told of the doer in the passive: "Netanyahu is reported to have met the
# crown prince", "North Korea is said to have sold rockets" (others' word, not a fact).
_RAISED_HEARSAY = HEARSAY_PASSIVES | {"think"}


def raised_hearsay(verb: Token) -> bool:
    """``verb`` is a passive of hearsay whose infinitive tells the act ("is said to have")."""
    return (
        verb.lemma_ in _RAISED_HEARSAY
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


def counterfactual(verb: Token) -> bool:
    """ "would have destroyed", "would not have shelled": an act imagined against what
    happened, neither done nor denied."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and "have" in aux and bool(aux & {"would", "could", "might"})


# Nouns of a way out: "no choice but to escalate" forces the act, it does not deny it.
_WAYS_OUT = {"choice", "option", "alternative", "way"}


# Joinings that carry a denial on to the next verb: "will not attack or invade" denies both.
_ALTERNATIVES = {"or", "nor"}


def own_polarity(conjunct: Token) -> bool:
    """``conjunct`` is a verb joined to the one before it with an auxiliary of its own, so a
    denial of the first verb is not its own: "Beijing will not sit idly by, and will make
    Prague pay a heavy price" threatens; "did not sign but has abided by the deal" abided.
    (Not a bare infinitive's "to", and not after "or"/"nor", which deny each one: "will not
    attack or will not invade", "did not attack nor did it invade".)"""
    if conjunct.dep_ != "conj":
        return False
    joints = [c for c in (*conjunct.head.children, *conjunct.children) if c.dep_ == "cc"]
    if any(c.lower_ in _ALTERNATIVES for c in joints):
        return False
    # (a clause of its own, set off by a comma before its joint and with its own subject:
    # "Russia did not attend the talks, and on Monday its foreign ministry summoned the
    # Polish ambassador" summoned him)
    set_off = any(j.i > 0 and j.doc[j.i - 1].text == "," for j in joints)
    return any(
        (c.dep_ in ("aux", "auxpass") and c.i < conjunct.i and c.tag_ != "TO")
        or (set_off and c.dep_ in ("nsubj", "nsubjpass", "expl"))
        for c in conjunct.children
    )


def no_choice_but(noun: Token, below: Token) -> bool:
    """``noun`` is "no choice" and the act hangs on its "but": "will have no choice but to
    retaliate"."""
    return noun.lemma_.lower() in _WAYS_OUT and below.lower_ in ("but", "than")


# Determiners of a noun that stands for whoever fits it, not for sides named.
_ANY = {"any", "all", "every", "those"}


def generic(word: Token) -> bool:
    """``word`` tells, in the present, what whoever fits a noun does: "aid to countries that
    vote against us", "sanctions on any company that trades with Iran". The clause names no
    one's act; it picks out whom a measure or a threat would hit."""
    if word.dep_ != "relcl" or word.tag_ not in ("VBP", "VBZ"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in word.children):
        return False
    noun = word.head
    determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
    bare_plural = noun.tag_ == "NNS" and not determiners
    return (
        bare_plural
        or any(d in _ANY for d in determiners)
        or noun.lower_ in ("those", "anyone")
        or _class_by_custom(noun, determiners)
    )


# Verbs of a side's standing stance towards another: "Egypt, which backs Haftar, …".
_STANCES = frozenset({
    "back", "support", "oppose", "arm", "fund", "finance", "sponsor", "claim", "shelter",
})  # fmt: skip


def standing_stance(word: Token) -> bool:
    """``word`` tells, in the present and set off by commas, a stance a side named before it
    holds ("Egypt, which backs the eastern commander, condemned the vote"): who the side is,
    a description the writer adds, not an act done that day."""
    if word.dep_ != "relcl" or word.tag_ not in ("VBP", "VBZ"):
        return False
    if word.lemma_.lower() not in _STANCES or any(
        c.dep_ in ("aux", "auxpass", "neg", "advmod") for c in word.children
    ):
        return False
    opener = word.left_edge
    return opener.lower_ in ("which", "who") and opener.i > 0 and word.doc[opener.i - 1].text == ","


def _class_by_custom(noun: Token, determiners: list[str]) -> bool:
    """``noun`` is "the" plural a present-tense clause picks out by what its members do:
    "the Czech enterprises which do business in China, such as Skoda" are a class of firms
    (those it names are its examples), not firms doing business that day."""
    return (
        noun.tag_ == "NNS"
        and determiners == ["the"]
        and not any(c.dep_ in ("nummod", "poss") for c in noun.children)
    )


# Verbs by which a writer points at what follows: "It should be recalled that …", "it must
# be noted that …", "it should be stressed that …" (the modal is the writer's advice to the
# reader, not a doubt about the fact told).
_POINTING = frozenset({
    "note", "recall", "remember", "stress", "emphasize", "emphasise", "mention", "add",
    "underline", "recognize", "recognise", "acknowledge", "say", "remind", "point",
})  # fmt: skip


def writer_pointing(tok: Token) -> bool:
    """``tok`` is "(it) should be recalled/noted" said by the writer of the clause it
    governs: a passive verb of pointing out with the empty "it" as its subject."""
    return (
        tok.lemma_.lower() in _POINTING
        and any(c.dep_ == "auxpass" for c in tok.children)
        and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in tok.children)
    )


def before_snippet(verb: Token) -> bool:
    """``verb`` heads a headline's clause that the parser hung on a verb after a semicolon,
    as a feed joins a headline to its snippet: "Merkel to visit Washington on Tuesday ; the
    chancellor will bring business leaders" ("visit" read as a clause of "bring"); or, given
    a noun, the headline's noun read as the subject of the snippet's verb ("peru's president
    to visit chile ; it will be …", "president" the subject of "be")."""
    head = verb.head
    return head.i > verb.i and any(t.text == ";" for t in verb.doc[verb.i + 1 : head.i])


# Nouns that restate a clause, after a comma, as a thing not done: "…, a hypothesis that the
# ministry does not consider".
_RESTATED_UNDONE = {"hypothesis", "possibility", "eventuality"}


def restated_as_hypothesis(word: Token) -> bool:
    """The clause of ``word`` is summed up after a comma as a hypothesis: "parliamentarians
    defend that Brazil breaks the diplomatic relations with Israel, a hypothesis that the
    Itamaraty does not consider", "Ankara could close the straits, a possibility that
    Moscow has not ruled out". The parser hangs the summing-up noun on the clause's last
    noun; it sums up the whole clause."""
    clause = clause_of(word)
    for tok in clause.subtree:
        if (
            tok.i > word.i
            and tok.dep_ == "appos"
            and tok.lemma_.lower() in _RESTATED_UNDONE
            and tok.left_edge.i > 0
            and tok.doc[tok.left_edge.i - 1].text == ","
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            and clause_of(tok) == clause
        ):
            return True
    return False


def clause_of(tok: Token) -> Token:
    """The verb heading the clause ``tok`` belongs to (the sentence root at most): itself, or
    the verb an event noun hangs on ("he had pressed Russia over its exercises": pressed).
    (Defined here, below the grammar module that imports this one; read as
    ``grammar.clause_of`` elsewhere.)"""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def modality(word: Token, sentence: Span, consumed: frozenset[int] = frozenset()) -> str:
    """Modality of the event expressed by ``word`` (a verb or an event noun).

    ``consumed`` holds token indices the pattern used (e.g. "refuse" in "refused to meet"), so
    an intention verb that is part of the event does not make it future.
    """
    if spelled_out_wish(word) or generic(word) or restated_as_hypothesis(word):
        return "hypothetical"
    if standing_stance(word):
        return "hypothetical"  # (a stance told of, no act: no event of the day)
    chain = _chain(word)
    # a verb of telling its speaker would not use ("declined to comment on reports that …",
    # "would not confirm that …"): what it would have told is neither denied nor done, only
    # told by others; nothing above it reaches the act
    silence = withheld(chain)
    if silence is not None:
        chain = chain[:silence]
    # "it is not clear whether Abe will visit", "asked if Kim would come": an open question;
    # what is said of the question (unclear, not known) is not said of the act
    question = next((d for d, t in enumerate(chain) if open_question(t)), None)
    if question is not None:
        chain = chain[: question + 1]
    # "the grant will pay for the dam": the spending verb's "will" is not the grant's (a
    # denial or condition above it still is: "denied that its grant will pay for …")
    spent = _spent(word)
    # "the officers who were indicted last Friday": a relative clause is told as it stands,
    # whatever the mood of the clause of the noun it describes ("… if Russia could …", "did
    # not meet …"); only a denial, an allegation or a rumour above it reaches it
    # (a participle describing a noun is one too: "talks hosted by the EU" were hosted,
    # whether or not the parties "failed to reach agreement" at them)
    boundary = next(
        (
            i
            for i, t in enumerate(chain)
            if t.dep_ == "relcl"
            or (t.dep_ == "acl" and t.tag_ == "VBN" and not _has_subject(t))
            or past_fact_clause(t)
            or owned_grievance(t)
        ),
        len(chain),
    )
    negated = future = False
    hypothetical = question is not None
    reported = silence is not None
    # inside a condition ("will not go … if the Kremlin leader reneges on his commitment to
    # visit") or a concession ("has not released the crew, although it allowed diplomats to
    # meet them"), a negation of the main clause is not the event's
    conditional = False
    # "did not raise rights during his talks with Xi", "refused to meet Kim during his visit":
    # the talks and the visit were held; what is denied above a time frame is the clause's
    # own act, not the act that frames it in time (its mood and its source still reach it)
    framed = word.dep_ == "pobj" and word.head.lower_ in _TIME_FRAMES
    negated_below_frame = False
    for depth, tok in enumerate(chain):
        if framed and depth == 2:
            negated_below_frame = negated
        below = chain[depth - 1].dep_ if depth > 0 else ""
        # ("rejected the deal that Ukraine signed": a thing rejected was still done; a
        # claim or report denied was not)
        told_of_thing = depth == boundary + 2 and chain[depth - 1].lemma_.lower() not in CLAIMED
        if depth >= 2 and _voted_down_text_s_act(tok, chain[depth - 1], chain[depth - 2]):
            hypothetical = True
        if (
            denial(tok)
            and below in ("ccomp", "dobj")
            and not told_of_thing
            and not _not_excluded(tok)  # ("did not rule out that …": possible)
        ):
            negated = True
        # (not a clause joined to the accusation: "X accused China of …, and Beijing called
        # his words irresponsible" is Beijing's own act, and "China accused India of
        # violating the border and demanded a withdrawal" is a demand China made; what is
        # alleged hangs under the accusation, "of violating")
        # (nor a clause hung on it: "accused Moscow of shelling the town, which the Kremlin
        # denied" is the Kremlin's own denial)
        if (
            depth > 0
            and tok.lemma_ in ALLEGATIONS
            and tok.i not in consumed
            and below != "conj"
            and not which_gainsays(chain[depth - 1])
            # ("…, a charge the Kremlin has denied": the denier's own act)
            and not _set_off_claim(chain[depth - 1])
            and not any(_done_with_the_claim(t) for t in chain[:depth])
        ):
            reported = True
        if _means_to(tok, chain, depth):
            # "reviewed the ways of developing the cooperation with Ankara", "ways to boost
            # cooperation" (the parser's relative clause: its infinitive is the goal's)
            future = True
        if depth > boundary:
            reported = reported or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in RUMOUR_SOURCES
                for c in tok.children
            )
            continue
        if depth > 0 and tok.lemma_ == "hesitate" and below == "xcomp" and _negated(tok):
            # "will not hesitate to use force": the act is announced, not denied
            future = True
        elif depth > 0 and below in ("ccomp", "dobj") and _not_excluded(tok):
            # "it is not excluded that Putin and Trump will meet", "did not rule out new
            # sanctions": only possible
            hypothetical = True
        elif (
            (_negated(tok) or (depth == 0 and nothing_given(tok)))
            and (depth == 0 or not denial(tok))
            and not conditional
            # "… if the soldiers did not step aside": a condition posits, it denies nothing
            and not _condition_clause(tok)
            and not _outcome_denied(chain, depth)
            and not (depth > 0 and no_choice_but(tok, chain[depth - 1]))
            and not (depth > 0 and below == "conj" and own_polarity(chain[depth - 1]))
        ):
            negated = True
        # "denied attacking", "refused to attack", "failed to reach": the action did not
        # happen (the refusal itself is its own event when a pattern codes it).
        refusal = tok.lemma_ in REFUSALS or ruled_out(tok) or tok.lemma_.lower() in UNWILLING
        if below == "xcomp" and tok.i not in consumed and refusal:
            negated = True
        if depth > 0 and tok.i not in consumed and averting(tok, chain[depth - 1]):
            negated = True  # "to avert a shutdown", "prevented the troops from entering"
        if depth > 0 and below == "xcomp" and yet_to(tok):
            negated = True  # "has yet to respond to the offer": not done so far
        if (
            depth > 0
            and below == "ccomp"
            and (shown_by_evidence(tok) or tok.lemma_ == "claim")
            # (a speaker who cites the evidence makes it his charge: "Trudeau said that
            # intelligence showed the plane was hit by an Iranian missile")
            and not any(t.lemma_ in SPEECH for t in chain[depth + 1 :])
        ):
            reported = True  # "satellite images suggest that …", "state media claimed that …"
        if depth > 0 and below == "xcomp" and raised_hearsay(tok):
            reported = True  # "is reported to have met", "is said to have sold"
        # "stopped shelling the city", "pledged to stop kidnapping civilians": the act ends
        if below == "xcomp" and tok.lemma_ in CEASING and chain[depth - 1].tag_ == "VBG":
            negated = True
        # "accused Azerbaijan of shelling …": the accused act is an allegation, not a fact
        # (above)
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "mark" and _condition_clause(tok):
                hypothetical = conditional = True
            if child.dep_ == "mark" and tok.dep_ == "advcl" and low in _CONCEDING:
                conditional = True
            if (
                child.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in _IF_MARKS for m in child.children)
                and tok.lemma_ not in CONDITIONAL_ACTS | CONDITIONAL_NOUNS
                and not conditioned_in_threat(tok)
            ):
                hypothetical = True  # the main clause of a conditional: "would attack … if"
            if child.dep_ == "aux" and below == "conj" and own_polarity(chain[depth - 1]):
                # "ministers will meet on Sunday, and Bolivia has voiced support for Quito":
                # a joined clause with an auxiliary of its own keeps its own tense
                continue
            if (
                child.dep_ == "aux"
                and low in MODAL_HYPOTHETICAL
                and child.i not in consumed
                and not (below == "ccomp" and writer_pointing(tok))
            ):
                # Reported speech backshifts "will" to "would": "said X would visit" is future.
                if low == "would" and any(t.lemma_ in SPEECH for t in chain[depth + 1 :]):
                    future = True
                else:
                    hypothetical = True
            if child.dep_ == "aux" and low in FUTURE_AUX and not (spent and depth == 1):
                future = True
            if (
                child.dep_ in ("nsubj", "nsubjpass")
                and (tok.lemma_ in SPEECH or below == "ccomp")
                and (child.lemma_.lower() in RUMOUR_SOURCES)
            ):
                reported = True  # "reports said", "reports appeared that Trump was planning"
        claims = [c for c in tok.children if _set_off_claim(c)] + [
            # (the parser may hang it on the object, or on the subject of the saying)
            c
            for obj in tok.children
            if obj.dep_ in ("dobj", "nsubj")
            for c in obj.children
            if _set_off_claim(c)
        ]
        # (not the charging itself, nor the denial the set-off phrase tells: "accused Moscow
        # of sending troops, a charge the Kremlin has denied" is a charge made and denied)
        if claims and not (depth == 0 and tok.lemma_ in ALLEGATIONS):
            if not any(claim.is_ancestor(word) for claim in claims):
                reported = True  # "…, a claim U.S. officials dismissed": one side's word
        if depth > 0 and any(which_gainsays(c) and c.i != chain[depth - 1].i for c in tok.children):
            reported = True  # "Ukraine said it destroyed a depot, which Moscow denied"
        if (
            depth > 0
            and tok.pos_ == "NOUN"
            and tok.lemma_.lower() in RUMOUR_SOURCES
            and below in ("acl", "ccomp")
            and not (depth == 1 and below == "acl" and _authored(tok))
        ):
            # "reports that Trump is planning a summit"; not what a report by someone does
            # ("the UN report accusing Syria", "put out a report accusing the army")
            reported = True
        if depth > 0 and tok.pos_ == "NOUN" and tok.lemma_ in REFUSAL_NOUNS and below == "acl":
            negated = True  # "Iran's refusal to cooperate with the IAEA"
        if (
            depth > 0
            and tok.pos_ == "NOUN"
            and (tok.lemma_.lower() in INTENT_NOUNS or reserved(tok))
            and (
                # an infinitive, not a participle ("the threats made by Washington"); the
                # model also hangs it as a relative clause ("a plot to blow up airliners")
                (
                    below in ("acl", "relcl")
                    and any(c.lower_ == "to" for c in chain[depth - 1].children)
                )
                or (below == "prep" and depth > 1 and chain[depth - 2].dep_ == "pcomp")
            )
        ):
            future = True  # "announced plans to send troops", "its commitment to helping"
            negated = negated or dropped(tok)  # "shelved its plan to fire missiles at Guam"
        if depth == 0 and (plan := intent_noun_before(tok)) is not None:
            future = True  # "broke up a plot to kill the envoy", read as "broke up … to kill"
            negated = negated or dropped(plan)
        if (
            depth > 0
            and tok.pos_ == "NOUN"
            and tok.lemma_.lower() in LEAVE_NOUNS
            and below in ("acl", "advcl")
            and any(c.lower_ == "to" for c in chain[depth - 1].children)
        ):
            # "withdrew permission for Britain to reopen its consulate", "gave clearance
            # for the plane to land": what is allowed is not done by the allowing
            hypothetical = True
        if depth > 0 and pledge_giver(chain[depth - 1]) is not None:
            future = True  # "won a promise from Iran to suspend enrichment": only pledged
        if depth == 1 and called_off(chain[0], tok, consumed):
            negated = True  # "talks between X and Y were called off": none were held
        if depth == 0 and tok.pos_ == "NOUN" and dropped_item(tok):
            negated = True  # "suspended cooperation, including joint exercises": none held
        if depth == 0 and assigned_task(tok):
            future = True  # "assigned the foreign minister to discuss it with Canberra"
        if depth == 0 and planned_course(tok):
            # "the policy of Rome to send back the migrants will fail": a course that may
            # be carried out, told by its noun, not an intent one side declares
            hypothetical = True
        if depth == 0 and deal_purpose(tok):
            future = True  # "signed an accord to supply Egypt with wheat": agreed, not done
        if (
            depth == 1
            and below == "acl"
            and tok.pos_ == "NOUN"
            and tok.lemma_.lower() in DEMANDING_NOUNS
            and any(c.lower_ == "to" for c in chain[0].children)
        ):
            hypothetical = True  # "the deadline for the junta to reinstate Bazoum": only asked
        if (
            depth == 2
            and chain[0].pos_ == "NOUN"
            and chain[1].lower_ == "of"
            and tok.lemma_.lower() in _POSSIBILITIES
        ):
            hypothetical = True  # "the possibility of a meeting between Putin and Trump"
        if (
            depth == 2
            and chain[0].pos_ == "NOUN"
            and chain[1].lower_ in _FEARED_IN
            and tok.lemma_.lower() in _FEARS
        ):
            hypothetical = True  # "fears of an attack by Iran on Israel"
        if depth == 2 and chain[0].pos_ == "NOUN" and chain[1].lower_ in _WISHED_IN:
            if _wished_by(tok):
                future = True  # "lost interest in dialogue with Washington", "hopes for talks"
            elif tok.lemma_.lower() in _ARRANGING and chain[1].lower_ == "for":
                hypothetical = True  # "a date for a meeting of Putin and Trump"
        if (
            # (or the verb that holds the act's noun: "threatened to hold a general strike")
            (depth == 1 or (depth == 2 and chain[0].pos_ == "NOUN" and chain[0].dep_ == "dobj"))
            and tok.lemma_ in PROMISING
            and tok.i not in consumed
            and (below == "xcomp" or (below == "dobj" and chain[0].pos_ == "NOUN"))
        ):
            future = True  # "promised to attack Israel", "vowed more attacks on the army"
        if depth > 0 and tok.lemma_ == "be" and below == "xcomp":
            future = True  # "Tillerson is to meet Lavrov on Thursday"
        if depth > 0 and below == "xcomp" and tok.tag_ == "VBN" and tok.lemma_ in DESIGNED:
            future = True  # "the truce is meant to allow the sides to swap prisoners"
        if (
            depth == 0
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and (
                (
                    (tok.dep_ == "ROOT" or before_snippet(tok))
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
                )
                or announced_of_name(tok)
            )
        ):
            future = True  # a headline's "Kenya to send police to Haiti": the act announced
        if (
            depth > 0
            and tok.i not in consumed
            and (
                tok.lemma_ in INTENT_HEADS
                or tok.lower_ in BOUND
                or (tok.pos_ == "ADJ" and tok.lemma_ == "open")
            )
            and (
                chain[depth - 1].dep_ in ("xcomp", "ccomp")
                # "is committed to opening up", "is ready for talks"
                or (
                    (tok.pos_ == "ADJ" or tok.lower_ in BOUND)
                    and below == "prep"
                    and chain[depth - 2].dep_ in ("pcomp", "pobj")
                )
            )
            and not article_subject(tok)  # "A wanted gang leader surrendered"
        ):
            future = True
            negated = negated or _unready(tok)
        # an event noun as the object of the verb above it
        object_noun = (
            depth == 1 and below == "dobj" and chain[0].pos_ == "NOUN" and tok.i not in consumed
        )
        if object_noun and tok.lemma_ in PROPOSING:
            hypothetical = True  # "proposed a withdrawal of troops": only proposed
        if object_noun and tok.lemma_ in NEEDING:
            hypothetical = True  # "the deal needs the approval of parliament": not given
        if (
            (depth == 1 or below == "ccomp")
            and tok.i not in consumed
            and advocated(tok, below, chain[depth - 1])
        ):
            hypothetical = True  # "defend that Brazil breaks relations": only argued for
        if object_noun and tok.lemma_ in PLANNING:
            future = True  # "is planning an attack on India": not done yet
        if object_noun and tok.lemma_ in COMMENTS:
            reported = True  # "condemned the attack by the rebels": the condemner's account
        if depth > 0 and tok.i not in consumed and tok.lemma_ in BELIEFS and below == "ccomp":
            hypothetical = True  # "believes that Moscow will not release them"
        if (
            depth > 0
            and tok.i not in consumed
            and tok.lemma_ in DELIBERATING
            and below == "xcomp"
            and chain[depth - 1].tag_ == "VBG"
        ):
            hypothetical = True  # "weighs sanctioning Russia": only weighed
        if depth > 0 and tok.i not in consumed and tok.lemma_ in ATTEMPT_HEADS:
            hypothetical = hypothetical or below == "xcomp"  # "tried to call Putin"
        if depth > 0 and tok.i not in consumed and tok.lemma_ in ASKING_HEADS:
            # "called on Moscow to release them", "argued for closer cooperation",
            # "called for restoring dialogue": asked for, not done ("called Erdogan to
            # apologize" is a call made to apologize)
            # ("called for the president to resign" asks too)
            purpose = (
                tok.lemma_ == "call"
                and not called_on(tok)
                and not any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in chain[depth - 1].children
                )
            )
            # "told Putin to withdraw" asks; "told reporters that he would meet Kim" says
            # ("warned Kyiv to pull back" asks; "warned it would strike" tells a threat)
            said = (tok.lemma_ in TELLING or tok.lemma_ == "warn") and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in chain[depth - 1].children
            )
            # ("pressed ahead …, two days after missiles hit Odesa": a clause of time or
            # cause tells what happened, not what is asked)
            told = below == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in _FACT_MARKS for m in chain[depth - 1].children
            )
            # ("urged Kyiv to return to talks, saying Kyiv was to blame": the remark set off
            # after the asking is the asker's own, not asked for)
            remark = _remark(chain[depth - 1])
            # ("President Tebboune ordered to freeze the assets": an order given to no one
            # named is carried out by his own state; "ordered the United States to vacate
            # the base" only asks it)
            decreed = tok.lemma_ == "order" and not any(c.dep_ == "dobj" for c in tok.children)
            if (
                below in ("xcomp", "ccomp", "advcl")
                and not shown_by_evidence(tok)  # "images suggest that …" ask for nothing
                and not purpose
                and not decreed
                and not said
                and not told
                and not remark
            ):
                hypothetical = True
            if below == "prep" and chain[depth - 1].lower_ == "for":
                hypothetical = True
        if depth > 0 and tok.i not in consumed and leave_voted(tok, below):
            hypothetical = True  # "voted to let the government send troops": leave, no act
        if judged_possible(tok):
            hypothetical = True  # "a meeting with Trump was possible"
        if depth > 0 and below == "xcomp" and untimely(tok):
            hypothetical = True  # "it was very early to talk about lifting sanctions"
        if depth > 0 and below in ("nsubj", "nsubjpass") and off_the_table(tok):
            negated = True  # "territorial concessions are off the table": none are made
        if (
            tok.lemma_ == "go"
            and any(c.dep_ == "xcomp" for c in tok.children)
            and (tok.tag_ == "VBG")
        ):
            future = True
    if word.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in PLANNED_MARKS for c in word.children
    ):
        future = True  # "his planned trip to Moscow", "the proposed summit": not made yet
    if word.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in word.children):
        hypothetical = True  # "any attack by Iran will be met with force": none is told
    if sentence.text.rstrip().endswith("?"):
        hypothetical = True
    if authors_view(sentence) or after_announced_conclusion(sentence):
        hypothetical = True  # "In our opinion, the partnership … is over": a judgement
    if word.dep_ == "acl" and any(
        c.dep_ == "amod" and c.lower_ in _ALLEGED for c in word.head.children
    ):
        reported = True  # "alleged war crimes committed by Russian forces": only alleged
    if word.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in _ALLEGED for c in word.children
    ):
        reported = True  # "sanctions over its alleged support for militants": only alleged
    reported = reported or hearsay(sentence, word)
    if framed and len(chain) > 2:
        negated = negated_below_frame
    if counterfactual(word) or (word.dep_ == "dobj" and counterfactual(word.head)):
        return "hypothetical"  # "would not have shelled the town": imagined, not told
    if negated:
        return "negated"
    if hypothetical or (future and forecast(word)):  # "will retaliate, analysts say"
        return "hypothetical"
    if future:
        return "future"
    if reported:
        return "reported"
    return "asserted"


def hearsay(sentence: Span, word: Token) -> bool:
    """The sentence tells a rumour of ``word``: "reportedly", "according to media reports",
    "it is reported that …", "media reports say …" (worked out once per sentence); an
    "according to" or "media reports said" told only in a later coordinated clause does not
    cover it: "… revoked the licence, and according to press reports other exporters face
    problems", "agreed to a truce but media reports said fighting went on"."""
    known = sentence.doc.user_data.setdefault(_HEARSAY, {})
    if sentence.start not in known:
        known[sentence.start] = _hearsay(sentence)
    marker = known[sentence.start]
    if marker is None:
        return False
    return marker <= word.i or not _clause_break(sentence.doc[word.i : marker])


_HEARSAY = "detente_hearsay"


def _clause_break(between: Span) -> bool:
    """A new clause starts in ``between``: ", and", ", but", a semicolon, or a conjunction
    before a clause with a subject of its own ("agreed to a truce but media reports said")."""
    return any(
        t.text == ";"
        or (t.text == "," and t.i + 1 < between.end and t.nbor().pos_ == "CCONJ")
        # ("thanked the MNLF for its help, although local media reported that a ransom had
        # been paid": the thanks are no rumour)
        or (t.text == "," and t.i + 1 < between.end and t.nbor().lower_ in _CONCEDING)
        or _joins_clauses(t)
        for t in between
    )


def _joins_clauses(conjunction: Token) -> bool:
    """ "and"/"but" joining two clauses that each have a subject: what follows is told on
    its own ("X attacked Y and killed Z" shares one subject, and is one clause's)."""
    return (
        conjunction.dep_ == "cc"
        and conjunction.pos_ == "CCONJ"
        and conjunction.head.pos_ in ("VERB", "AUX")
        and any(
            c.dep_ == "conj"
            and c.i > conjunction.i
            and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
            for c in conjunction.head.children
        )
    )


def _hearsay(sentence: Span) -> int | None:
    """Where the sentence's rumour marker is (the sentence start for markers anywhere), or
    None."""
    if {t.lower_ for t in sentence} & RUMOUR_WORDS:
        return sentence.start
    for tok in sentence:
        if tok.lower_ == "according" and any(_rumour_word(t) for t in tok.subtree):
            return tok.i  # "according to media reports", "according to Indian newspapers"
        if tok.lower_ == "according" and _according_to_unnamed(tok):
            return tok.i  # "according to diplomatic sources", "… sources close to the talks"
        if (
            tok.lemma_ in HEARSAY_PASSIVES
            and tok.tag_ == "VBN"
            and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in tok.children)
        ):
            return sentence.start  # "it is reported that …", "it is rumoured that …"
        if (
            tok.pos_ == "NOUN"
            and tok.lemma_.lower() in RUMOUR_SOURCES
            and any(c.lower_ in MEDIA for c in tok.children if c.dep_ in ("compound", "amod"))
        ):
            # "media reports appeared that …", "press reports say" (from where they are told:
            # "agreed to a truce but media reports said …" leaves the truce agreed)
            return tok.left_edge.i
        if (
            tok.lemma_ in HEARSAY_PASSIVES
            and tok.tag_ == "VBN"
            and any(c.lower_ == "as" for c in tok.children)
            and any(
                p.lemma_.lower() in _REPORTERS or p.lower_ in MEDIA
                for agent in tok.children
                if agent.dep_ == "agent"
                for p in agent.children
                if p.dep_ == "pobj"
            )
        ):
            return sentence.start  # "as reported by sources in the ministry", "as claimed by media"
        if tok.pos_ == "VERB" and _unnamed_media(
            next((c for c in tok.children if c.dep_ == "nsubj"), None)
        ):
            return sentence.start  # "some Peruvian media write that …", "several outlets reported"
        media = _media_as_a_whole(tok) if tok.pos_ == "VERB" else None
        if media is not None:
            return media.left_edge.i  # "Ukrainian media reported that …"
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH and _onlookers(tok):
            return tok.i  # "traders reported that …", "witnesses said that troops shelled …"
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH and _unnamed_speaker(tok):
            return tok.i  # "…, people familiar with the matter said"
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH and _sources_to_the_paper(tok):
            return tok.i  # "sources revealed to the newspaper that troops had arrived"
        if _citing_unnamed(tok):
            return sentence.start  # "According to Kommersant, citing a source in the Kremlin"
        if _views_going_round(tok):
            return tok.i  # "There are also opinions that Washington will send warships"
    return None


# Views no one is named as holding, told as being about: "There are opinions that …", as a
# translation from the Vietnamese ("Có ý kiến cho rằng …") or the Russian writes "some say".
_HELD_VIEWS = {"opinion", "view", "voice", "suggestion", "belief", "assumption", "version"}


def _views_going_round(tok: Token) -> bool:
    """``tok`` is a view told only as existing, with what it holds in a "that" clause:
    "There are also opinions that Washington will send warships to support Vietnam", "There
    were voices that Hanoi would recall its envoy": hearsay, not the act."""
    return (
        tok.lemma_.lower() in _HELD_VIEWS
        and tok.dep_ in ("attr", "nsubj")
        and tok.head.lemma_ == "be"
        and any(c.dep_ == "expl" for c in tok.head.children)
        and any(
            c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" for m in c.children)
            for c in tok.children
        )
    )


# Whom an outlet cites without naming them: "citing a source in the Kremlin", "citing two
# Turkish officials", "citing people familiar with the talks".
_UNNAMED_CITED = {"source", "official", "diplomat", "person", "people", "insider"}


def _citing_unnamed(tok: Token) -> bool:
    """ "…, citing a source in the ministry, …": an outlet tells what someone it does not name
    told it, hearsay even when the outlet itself is named ("According to the publication
    Sabah, citing a source in the administration, Ankara has recordings")."""
    return tok.lower_ == "citing" and any(
        c.dep_ in ("dobj", "pobj") and c.pos_ == "NOUN" and c.lemma_.lower() in _UNNAMED_CITED
        for c in tok.children
    )


# The media as a whole, named by kind: what "according to" them is rumour, unless the word
# only qualifies another ("according to a press release", "the state news agency": an
# outlet's own statement, attributed as "Xinhua said" is).
# (and the broadcasters no name is given for: "according to the state television", "according
# to Russian television"; a named one is a source of its own: "according to CCTV")
_PRESS = {"media", "press", "newspaper", "news", "tabloid", "television", "radio", "broadcaster"}


def _rumour_word(tok: Token) -> bool:
    """``tok`` makes what is "according to" it a rumour: a report, a claim, the media; a
    named outlet does not ("according to the Canadian Press")."""
    if tok.pos_ == "PROPN":
        return False
    if tok.lemma_.lower() in RUMOUR_SOURCES:
        return True
    if tok.lower_ in _PRESS or tok.lemma_.lower() in _PRESS:
        return tok.dep_ != "compound" or _rumour_word(tok.head)
    return tok.lower_ in MEDIA or tok.lemma_.lower() in MEDIA


# Unnamed outlets a rumour is told by: "some Arab media write that …", "several newspapers
# reported", "certain sources claim" (a named outlet is a source of its own: "Xinhua said").
_OUTLETS = {"outlet", "newspaper", "paper", "source", "channel", "tabloid", "website", "blogger"}
_SOME = {"some", "several", "certain", "unnamed", "anonymous", "various"}
_REPORTERS = _OUTLETS | RUMOUR_SOURCES  # "as reported by sources in the ministry"


# People who tell what they saw or heard, not what they did: "traders reported that the
# agency stopped buying wheat", "witnesses said troops shelled the town" (hearsay).
_ONLOOKERS = {
    "trader", "witness", "resident", "observer", "onlooker", "eyewitness", "dealer", "broker",
    "insider", "passenger", "bystander", "villager", "local",
}  # fmt: skip


# Words by which a speaker is kept unnamed: "officials speaking on condition of anonymity",
# "people familiar with the matter", "a source close to the talks", "an official who asked
# not to be named". What they pass on is hearsay, not a side's word.
_UNNAMED_MARKS = {"anonymity", "anonymously", "familiar", "unnamed", "anonymous"}
_NAMED = {"name", "identify"}


def _unnamed_speaker(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    # (the model may hang the mark on the verb: "officials speaking anonymously said",
    # "Indian officials, speaking on condition of anonymity, said")
    asides = (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG")
    words = [
        *subject.subtree,
        *(c for c in verb.children if c.dep_ == "advmod"),
        *(t for aside in asides for t in aside.subtree),
    ]
    return _kept_unnamed(subject, words)


def _according_to_unnamed(according: Token) -> bool:
    """ "according to diplomatic sources", "according to a source close to the Kremlin",
    "according to people familiar with the plan": what someone the text does not name passed
    on is hearsay, as "media reports say" is; "sources" are unnamed by the word itself (a
    named side is its word: "according to the Kremlin", "according to Turkish officials")."""
    cited = [
        t
        for to in according.children
        if to.dep_ == "prep" and to.lower_ == "to"
        for t in to.children
        if t.dep_ == "pobj" and t.pos_ == "NOUN"
    ]
    return any(
        (t.lemma_.lower() == "source" and not _sources_of_a_side(t))
        or _kept_unnamed(t, list(t.subtree))
        for t in cited
    )


def _sources_of_a_side(sources: Token) -> bool:
    """``sources`` are told as a named side's ("Pentagon sources", "Turkish security
    sources"): officials of that side passing on its word, as "officials said" does."""
    return any(
        c.dep_ in ("compound", "nmod", "amod", "poss")
        and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
        for c in sources.children
    )


def _kept_unnamed(speaker: Token, words: list[Token]) -> bool:
    """The ``words`` told of ``speaker`` keep it unnamed: "familiar with the matter", "close
    to the talks", "on condition of anonymity", "who asked not to be named"."""
    return any(
        t.lower_ in _UNNAMED_MARKS
        or (t.lower_ == "close" and t.head.i == speaker.i)
        or (
            t.lemma_ in _NAMED
            and t.tag_ == "VBN"
            and any(c.dep_ == "neg" for c in (*t.children, *t.head.children))
        )
        for t in words
    )


def _sources_to_the_paper(verb: Token) -> bool:
    """Unnamed sources telling the paper itself: "sources revealed to the newspaper that …",
    "diplomatic sources told the paper" (the translated press's own leak, hearsay; "military
    sources said" alone is attribution, and a named outlet is the outlet's own report)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() != "source":
        return False
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    told += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
    return any(t.lemma_.lower() in _OUTLETS and t.pos_ == "NOUN" for t in told)


# Who reads politics from outside: what analysts or experts say a side did is their reading
# of it, hearsay ("some analysts say that Beijing quietly pressed Pyongyang to talk"); the
# writer's own word ("the author") is no hearsay.
_WATCHERS = FORECASTERS - {"author", "writer", "columnist"}


def _onlookers(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _ONLOOKERS | _WATCHERS


def _unnamed_media(subject: Token | None) -> bool:
    return (
        subject is not None
        and (subject.lower_ in MEDIA or subject.lemma_.lower() in _OUTLETS)
        and any(c.lower_ in _SOME for c in subject.children if c.dep_ in ("det", "amod"))
    )


# Words that make the media a government's own voice: "state media reported that Kim
# inspected the launch" tells the state's word, not a rumour.
_OFFICIAL_MEDIA = {"state", "official", "state-run", "state-owned", "government", "party"}
# Verbs by which the media pass on news.
_MEDIA_TELLING = {"report", "write", "say", "claim", "speculate", "suggest", "reveal", "quote"}


def _media_as_a_whole(verb: Token) -> Token | None:
    """The subject of ``verb`` when it is the media as a whole, no outlet named, passing on
    news: "Ukrainian media reported that Kiev was considering closing its border", "the
    press reported", "…, media reported" (not state media, the state's own voice; not "which
    the press called 'the contract of the century'", a name, no news)."""
    if verb.lemma_.lower() not in _MEDIA_TELLING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("media", "press") or subject.pos_ != "NOUN":
        return None
    modifiers = {c.lower_ for c in subject.children if c.dep_ in ("det", "amod", "compound")}
    return None if modifiers & _OFFICIAL_MEDIA else subject


# What a threat says will follow: "warned of grave consequences for Ankara".
CONSEQUENCES = {"consequence", "repercussion", "cost", "price", "implication"}
