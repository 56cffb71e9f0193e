"""Calling someone something: "Putin called Trump a bright and talented person", "Kiev called
the referendum illegal", "Trump called the proposal an incredible offer".

"call" with a predicate is a judgement, not a phone call: praise (051) when the predicate is
approving, criticism (111) when it condemns, a rejection (120) when it dismisses ("a
non-starter", "null and void"), a plain comment (010) otherwise. The one named
is the target.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.actors.resolve import PERSON_ROLES
from detente.events.grammar import child_of, posited_and_judged
from detente.events.patterns import Pattern
from detente.events.targets import CLAIM_NOUNS, MESSAGE_NOUNS

NAMING_VERBS = {
    "call", "label", "brand", "dub", "term", "describe", "characterize", "declare", "deem",
    "pronounce", "name",
    # translated and British wording: "qualified this step as a provocation", "characterised
    # the vote as a farce", "portrayed the sanctions as blackmail"
    "qualify", "characterise", "portray", "depict",
    # judging a thing something (translated French "juger"): "judged the measure unjustified"
    "judge",
    # translated Portuguese and Spanish "classificar como", "calificar de": "classified the
    # words of Lula as shameful", "classified the conduct of Katz as unacceptable"
    "classify",
    # (translated Arabic "i'tabara"): "considered the autonomy plan the most credible basis",
    # "considered it a deviation from international legality"
    "consider",
}  # fmt: skip
# Verbs that name someone in a "to" phrase: "referred to the wife of Sanchez as corrupt"
# (translated Spanish "se refirió a … como"), "referred to Israel as a terrorist state".
REFERRING = {"refer"}
NAMING_VERBS |= REFERRING
# Verbs that name someone as the one who did a wrong only with a word of blame: "introduced
# the Islamic Republic as responsible for these attacks" (translated Persian), "identified
# Iran as the culprit"; "introduced the minister as a friend" judges no one.
PRESENTING = {"introduce", "present", "identify"}
NAMING_VERBS |= PRESENTING
# What names someone the doer of a wrong: "described Iran as responsible for the attacks".
BLAMING = {
    "responsible", "culpable", "guilty", "complicit", "culprit", "perpetrator", "instigator",
    "mastermind", "organizer", "organiser",
}  # fmt: skip
# Verbs that also appoint ("named Pompeo secretary of state") or rule ("the court judged him
# guilty"): a judgement only when the predicate praises, condemns or dismisses (translated
# "named Trump a deranged old man", "judged the measure unjustified").
_APPOINTING = {"name", "declare", "judge", "consider", "classify"} | REFERRING
# Verbs a court rules with: "judged him guilty" is a verdict, no one's charge.
_RULING = {"declare", "judge", "pronounce"}

APPROVING = {
    "ally", "friend", "partner", "brother", "friendship", "bright", "talented", "smart",
    "great", "good", "excellent", "incredible", "wonderful", "brilliant", "strong", "wise",
    "constructive", "positive", "productive", "useful", "fruitful", "historic", "successful",
    "success", "important", "valuable", "reliable", "trustworthy", "honest", "capable",
    "outstanding", "remarkable", "helpful", "welcome", "breakthrough", "step", "leader",
    "friendly", "cordial",
    # a plan or proposal judged sound: "the most credible and realistic basis for a solution"
    "credible", "realistic",
}  # fmt: skip
CONDEMNING = {
    "illegal", "illegitimate", "unlawful", "unacceptable", "criminal", "terrorist", "aggressor",
    "threat", "violation", "provocation", "provocative", "farce", "sham", "fraud", "fraudulent",
    "killer", "murderer", "dictator", "liar", "thug", "mistake", "disgrace", "shameful",
    "irresponsible", "dangerous", "hostile", "aggressive", "absurd", "ridiculous", "lie",
    "propaganda", "occupation", "invasion", "annexation", "crime", "genocide", "unjustified",
    "baseless", "groundless", "outrageous", "reckless", "weak", "failure", "disaster", "puppet",
    "disgraceful", "appalling", "embarrassing", "treasonous", "deplorable", "stab",
    "betrayal", "treachery", "accomplice", "hypocrisy", "hypocritical", "insult", "blackmail",
    # a course judged to leave the law: "considered it a deviation from international legality"
    "deviation",
    "retaliation", "retaliatory", "revenge", "punitive", "punishment", "interference",
    "meddling", "aggression", "sabotage", "bullying", "coercion", "intimidation", "extortion",
    "piracy", "theft", "terrorism", "barbaric", "inhumane", "unfair", "unjust", "unfriendly",
    "discriminatory", "protectionism", "protectionist", "hostility", "escalation",
    "destabilizing", "destabilising", "regrettable", "alarming", "worrying",
    # a blow struck with no cause given: "called the attack unprovoked"
    "unprovoked",
    # what gives concern: "called the pact gravely concerning", "a deeply troubling step"
    "concerning", "troubling", "disturbing", "worrisome",
    "attack", "affront", "assault", "blow", "setback", "travesty", "atrocity", "massacre",
    # insults a wire quotes: "called the president a traitor", "branded the minister a liar"
    "traitor", "enemy", "coward", "clown", "idiot", "fool", "tyrant", "warmonger", "bully",
    "hypocrite", "gangster", "racist", "fascist", "nazi", "extremist", "madman",
    "lunatic", "villain", "pariah", "menace", "rogue", "corrupt", "incompetent", "dishonest",
    "evil", "despicable", "disgusting", "cynical", "destructive", "counterproductive", "hoax",
    "nonsense", "rubbish", "fake", "scandalous", "deranged", "insane", "crazy", "mad",
    "senile", "dotard", "psychopath",
    # the fiends and crooks a rival is likened to: "called the president the devil", "a
    # monster", "a thief"
    "devil", "satan", "demon", "monster", "beast", "crook", "thief", "bandit", "scoundrel",
    # vermin a side's officials are likened to: "called the Romanian authorities reptiles"
    "reptile", "reptiles", "vermin", "scum", "parasite", "parasites",
    # an act judged past decency: "called the move 'abhorrent'", "a reprehensible act"
    "abhorrent", "reprehensible", "repugnant", "odious", "heinous", "vile", "unconscionable",
    # a step judged foolish or a surrender: "called the move a strategic stupidity",
    # "described the deal as a historic blunder", "branded the accord a sellout"
    "stupidity", "stupid", "folly", "foolish", "foolishness", "blunder", "error", "misguided",
    "mistaken", "ill-advised", "short-sighted", "shortsighted", "naive", "sellout",
    "sell-out", "capitulation", "treason",
    # a step judged a wrong done to a cause: "called the normalisation a political sin",
    # "a shame for the nation"
    "sin", "sinful", "shame",
    # a step taken without the other side, said by the side it hurts: "called the decision a
    # unilateral step", "described the exclusion as unilateral"
    "unilateral",
    # a measure judged out of place: "called the retaliation unreasonable and inappropriate"
    "unreasonable", "inappropriate", "unwarranted", "excessive", "disproportionate",
    # a plane or ship taken: "condemned the landing as a hijacking", "an act of state piracy"
    "hijacking", "hijack", "kidnapping", "abduction",
    # a thing judged past bearing or past its use: "called the launch intolerable", "called
    # the alliance obsolete"
    "intolerable", "unbearable", "inexcusable", "unforgivable", "obsolete", "outdated",
    "useless", "pointless", "catastrophic", "horrible", "terrible", "awful", "bad",
    # the restrained wording of official and translated statements: "described the refusal
    # as unfortunate", "called the decision wrong and disappointing", "a negative step"
    "unfortunate", "disappointing", "wrong", "erroneous", "unhelpful", "unconstructive",
    "negative", "joke", "mockery",
    # manners judged, in translated Russian statements: "called the actions of the United
    # States boorish", "described the search as an insolent step", "a shameless lie"
    # words judged to wound a people: "the statements of minister Katz are offensive",
    # "called the remarks insulting and hurtful"
    "offensive", "insulting", "hurtful",
    "boorish", "boorishness", "rude", "rudeness", "arrogant", "arrogance", "insolent",
    "insolence", "impudent", "impudence", "brazen", "shameless", "uncivilized", "hooliganism",
    # force judged past mercy: "called the executions cruel", "called the military's actions
    # ethnic cleansing", "a brutal crackdown", "persecution"
    "cruel", "cruelty", "brutal", "brutality", "cleansing", "persecution", "apartheid",
    # a step judged against right and honour: "called the British move immoral", "an
    # unethical and dishonourable act"
    "immoral", "unethical", "unprincipled", "dishonourable", "dishonorable",
    # a step judged taken at whim or in spite, or a want of respect (translated Greek
    # statements: "characterized the measure arbitrary and vengeful", "an example of
    # disrespect toward a third country")
    "arbitrary", "vengeful", "vindictive", "spiteful", "disrespect", "disrespectful",
    "contempt", "contemptuous",
    # words judged false and meant to harm: "called the report slander", "disinformation"
    "slander", "defamation", "libel", "disinformation", "misinformation", "smear",
    # a harm judged a crime by its name: "called the poisoning an attempted murder", "called
    # the strike an assassination", "described the arrests as hostage-taking"
    "murder", "assassination", "homicide", "slaughter", "espionage", "spying",
    "hostage-taking",
}  # fmt: skip

# Words that dismiss a proposal or a result as nothing to act on: "called the Armenian
# proposal a non-starter", "declared the agreement null and void", "deemed the vote invalid"
# (a rejection, 120).
DISMISSING = {
    "non-starter", "nonstarter", "starter", "unworkable", "unrealistic", "null", "void",
    "invalid", "worthless", "meaningless", "irrelevant", "unenforceable", "dead",
    "unconstitutional", "illegitimate",
}  # fmt: skip

# What a claim or a demand is called when it is dismissed as untrue or staged: "called the
# charges a fabrication", "called the demand a circus show" (with CONDEMNING and DISMISSING).
FALSEHOOD = {
    "fabrication", "fabricated", "fiction", "fantasy", "invention", "slander", "slanderous",
    "smear", "libel", "defamation", "defamatory", "charade", "circus", "theatre", "theater",
    "spectacle", "stunt", "hysteria", "paranoia", "paranoid", "delusional", "unfounded",
    "false", "untrue", "distortion", "disinformation", "misinformation", "fairy",
}  # fmt: skip
# Things said about the speaker that a judgement denies ("called the allegations absurd":
# the charges denied, 016: targets.CLAIM_NOUNS), and things asked or offered that it turns
# down ("called the demand unacceptable": a rejection, 120: targets.MESSAGE_NOUNS; a deal
# between others called a mistake stays a criticism of those who made it).

_DENIAL = Pattern("016", "V", "call", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
_REJECTION = Pattern("120", "V", "call", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
_PRAISE = Pattern("051", "V", "call", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
_CRITICISM = Pattern("111", "V", "call", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
_COMMENT = Pattern("010", "V", "call", "", frozenset(), frozenset(), frozenset({"obj"}), 0)
_ACCUSATION = Pattern("112", "V", "call", "", frozenset(), frozenset(), frozenset({"obj"}), 0)


# What is called something and never telephoned: an act, a step or a thing said ("called
# the actions of the United States boorish", "called the decision of Washington a step back").
# A phone call's object is someone; with one of these as its object "call" judges, even when
# the judging word is one no list holds.
CALLED_THINGS = (
    CLAIM_NOUNS
    | MESSAGE_NOUNS
    | {
        "action", "act", "step", "move", "decision", "measure", "policy", "behaviour",
        "behavior", "conduct", "statement", "word", "remark", "comment", "referendum", "plan",
        "deal", "law", "bill", "election", "vote", "sanction", "attack", "incident",
        "situation", "episode", "event", "operation", "exercise", "idea", "treaty",
        "agreement", "accord", "resolution", "approach", "position", "stance", "rhetoric",
        "response", "reaction", "answer", "result", "outcome", "development", "practice",
    }
)  # fmt: skip


def calls_a_thing(verb: Token) -> bool:
    """ "call" with an act or a thing said as its object: a judgement, no phone call, however
    its predicate was parsed (translated "called the actions of the United States boorish",
    "boorish" read as the last noun of the object)."""
    obj = child_of(verb, "dobj")
    return (
        verb.lemma_.lower() == "call"
        and obj is not None
        and obj.pos_ == "NOUN"
        and obj.lemma_.lower() in CALLED_THINGS
    )


def judgement_set_first(verb: Token) -> bool:
    """ "call" with a word of judgement right after it and a noun phrase after that, as Greek
    and Romance word order sets the predicate first: translated "called lies the reports of
    Athens" judges the reports; it asks for nothing and telephones no one."""
    doc = verb.doc
    if verb.lemma_.lower() != "call" or verb.i + 2 >= len(doc):
        return False
    said, after = doc[verb.i + 1], doc[verb.i + 2]
    judging = bool({said.lower_, said.lemma_.lower()} & (CONDEMNING | DISMISSING | FALSEHOOD))
    return (
        judging
        and said.head == verb
        and after.tag_ == "DT"
        # (the thing the object, or read as the subject of the word before it: "lies the
        # information" parsed as a clause)
        and (
            (after.head.dep_ == "dobj" and after.head.head == verb)
            or (after.head.dep_ == "nsubj" and after.head.head == said)
        )
    )


def labels_the_act(verb: Token) -> bool:
    """ "drills near Taiwan in what Beijing called a stern warning", "a strike on what Kyiv
    described as a fuel depot": a naming verb whose object is the free relative "what" gives
    the name someone uses for the act or thing the sentence tells, no act of its own."""
    return verb.lemma_.lower() in NAMING_VERBS and (
        any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in verb.children)
        or _proper_name_in_relative(verb)
    )


def _proper_name_in_relative(verb: Token) -> bool:
    """ "the reef which Beijing calls Yongshu Jiao": a naming verb in a relative clause whose
    predicate is a proper name gives the name a side uses for the thing the clause hangs on
    (see nlp.pipeline.relative_names), no act ("the offer which Moscow called a trap" judges
    one)."""
    return (
        verb.dep_ == "relcl"
        and any(c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom") for c in verb.children)
        and any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in verb.children)
    )


def named_object(verb: Token) -> Token | None:
    """The one named when the parser took both nouns for predicates: "called the South Korean
    president a traitor" (president, traitor)."""
    if verb.lemma_.lower() not in NAMING_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return None
    said = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")]
    return said[0] if len(said) > 1 else None


def gapped_named(verb: Token) -> Token | None:
    """The one named in a second, verbless pair after "and": "called the talks constructive
    and Biden an experienced statesman" (Biden parsed as a conjunct of the first predicate,
    his own predicate a second one of the verb)."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return None
    later = [c.i for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    return next(
        (
            t
            for t in verb.subtree
            if t.dep_ == "conj"
            and t.pos_ == "PROPN"
            and t.head.pos_ == "ADJ"
            and any(i > t.i for i in later)
        ),
        None,
    )


def _quoted_name(noun: Token) -> bool:
    """ "called him "my dear friend"", parsed as an adverbial noun after the object: a noun
    phrase of its own after the one named (a time is no name: "called him Saturday")."""
    return (
        noun.dep_ in ("npadvmod", "dobj")  # (or parsed as a second object)
        and noun.pos_ == "NOUN"
        and noun.ent_type_ not in ("DATE", "TIME")
        and any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)
        and noun.head.lemma_.lower() in NAMING_VERBS
        and any(c.dep_ in ("poss", "amod", "det") and c.i < noun.i for c in noun.children)
    )


def predicate(verb: Token) -> Token | None:
    """What ``verb`` calls its object: "called the referendum illegal" → illegal; "called
    Trump a bright person" (parsed with Trump inside the object) → person."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return None
    named = named_object(verb)
    for child in verb.children:
        if named is not None and child.i == named.i:
            continue
        if child.dep_ == "oprd" or (child.dep_ == "xcomp" and child.pos_ in ("ADJ", "NOUN")):
            return child
        if (
            child.dep_ == "ccomp"
            and child.pos_ in ("ADJ", "NOUN")
            and child_of(child, "nsubj") is not None
        ):
            return child  # "declared the agreement null and void", parsed as a small clause
        if _quoted_name(child):
            return child
        if _judging_adverb(child) or _judging_participle(child):
            return child  # "called the words of Haley unfriendly", read as an adverb
        if child.dep_ == "prep" and child.lower_ == "as":
            said = next((p for p in child.children if p.dep_ in ("pobj", "amod")), None)
            # "called X as Y" (translated) only when Y judges: "called as a witness" names no one
            if verb.lemma_ != "call" or (said is not None and _judging(said)):
                return said
    obj = child_of(verb, "dobj")
    # "qualified the step of Latvia as a provocation": the "as" phrase hung on the object
    hung = () if obj is None else obj.children
    as_ = next((c for c in hung if c.dep_ == "prep" and c.lower_ == "as"), None)
    # (an adjective may hang on "as" as its modifier: "described the words of Lula as
    # shameful, and announced …")
    said = (
        next((p for p in as_.children if p.dep_ in ("pobj", "amod")), None)
        if as_ is not None
        else None
    )
    if said is not None and (verb.lemma_ != "call" or _judging(said)):
        return said
    said = _as_after_adjunct(verb, obj)
    if said is not None and (verb.lemma_ != "call" or _judging(said)):
        return said
    if obj is not None and (said := _judgement_after_time(verb, obj)) is not None:
        return said
    if obj is not None and (said := _postposed_judgement(obj)) is not None:
        return said
    if (
        obj is not None
        and obj.pos_ == "NOUN"
        and any(
            c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < obj.i
            for c in obj.children
        )
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children)
    ):
        return obj
    return _trailing_judgement(verb, obj)


def _as_after_adjunct(verb: Token, obj: Token | None) -> Token | None:
    """The "as" phrase set after a phrase of place or occasion that follows the object, which
    the parser hung on that phrase's noun: translated "described Merkel at a rally in
    Istanbul as a liar", "described Yücel on Friday, 3 March, at a rally as a German agent"
    (the rally is not what is called a liar). Only when the object comes before the phrase
    the "as" is hung in."""
    if obj is None:
        return None
    for phrase in verb.children:
        if phrase.dep_ != "prep" or phrase.lower_ == "as" or phrase.i < obj.i:
            continue
        for tok in phrase.subtree:
            if tok.dep_ == "prep" and tok.lower_ == "as" and tok.head.dep_ == "pobj":
                return next((p for p in tok.children if p.dep_ in ("pobj", "amod")), None)
    return None


def _judgement_after_time(verb: Token, obj: Token) -> Token | None:
    """A judging adjective set after a phrase of time that follows the object, which the
    parser took for the noun the phrase governs: translated "Merkel called the decision on
    the same evening bitter and disappointing" ("bitter" read as the object of "on", the
    evening as its modifier)."""
    for phrase in verb.children:
        if phrase.dep_ != "prep" or phrase.i < obj.i:
            continue
        for said in phrase.children:
            timed = any(
                c.dep_ in ("npadvmod", "compound", "nmod") and c.ent_type_ in ("DATE", "TIME")
                for c in said.children
            )
            if said.dep_ == "pobj" and said.tag_ == "JJ" and timed and _judging(said):
                return said
    return None


def _postposed_judgement(obj: Token) -> Token | None:
    """A judging adjective right after the object, which the parser hung on it as its
    modifier: translated "characterized the Russian measure arbitrary and vengeful and not
    based on any evidence" (English qualifies a noun from the front, so an adjective after
    the object of a naming verb is what the object is called)."""
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    if after is None or after.head != obj or after.dep_ != "amod" or after.pos_ != "ADJ":
        return None
    return after if _judging(after) else None


# Endings of adjectives the tagger reads as nouns when they close a long object ("called the
# actions of the Israeli military hostile", "hostile" tagged a noun).
_ADJECTIVE_ENDINGS = (
    "ile", "ble", "ous", "ive", "al", "ic", "ful", "ent", "ant", "ate", "ed", "ish", "less", "ude",
)  # fmt: skip
# How a word at the end of the object may hang below it: the object's own phrases.
_INSIDE_OBJECT = {"prep", "pobj", "amod", "conj", "cc", "compound"}


def _trailing_judgement(verb: Token, obj: Token | None) -> Token | None:
    """A judging adjective set after a long object, which the parser hung inside it:
    translated "called the actions of the Israeli military hostile", "called the economic
    retaliation of China against South Korea unreasonable and inappropriate". English puts
    the predicate after the object; an adjective that closes the clause and judges cannot
    qualify the noun before it, which English qualifies from the front."""
    if obj is None or obj.pos_ != "NOUN":
        return None
    words = [t for t in verb.subtree if t.i > obj.i and not t.is_punct]
    if not words:
        return None
    # the clause's last word, or the first of a pair joined by "and"
    last = words[-1]
    while last.dep_ == "conj" and last.head.i > obj.i and last.head.i in {t.i for t in words}:
        last = last.head
    if not {last.lemma_.lower(), last.lower_} & (APPROVING | CONDEMNING | DISMISSING | FALSEHOOD):
        return None
    if last.tag_ != "JJ" and not last.lower_.endswith(_ADJECTIVE_ENDINGS):
        return None
    if any(c.dep_ == "det" and c.i == last.i - 1 for c in last.children):
        return None  # "… the aggression": a noun phrase of its own
    # (only below the object or a phrase of the verb: not in a purpose clause "to protest …")
    step = last
    while step.head.i != verb.i:
        if step.dep_ not in _INSIDE_OBJECT:
            return None
        step = step.head
    return last if step.dep_ in ("dobj", "prep") else None


# Verbs that state a view of someone in a clause ("said that Turkey remains a reliable
# partner", "stressed that they are allies"): the one the clause is about is judged as if
# called so (only when the predicate praises, condemns or dismisses).
STATING = {
    "say", "state", "stress", "confirm", "reaffirm", "reiterate", "note", "insist", "emphasize",
    "emphasise", "underline", "underscore", "assert", "declare", "tell",
}  # fmt: skip
_LINKING = {"be", "remain", "stay"}
_THINGS = {"it", "this", "that", "which", "these", "those"}
# A side's own temper stated as strong or weak judges no one: "said that the anger of Turkey
# is as strong as its friendship is valuable", "the patience of the nation has limits".
_TEMPERS = {"anger", "wrath", "fury", "rage", "patience", "resolve", "determination"}


def _stated_clauses(verb: Token) -> list[tuple[Token, Token | None]]:
    """The clauses ``verb`` states, each with its subject: a clause joined to a stated one
    with no subject of its own shares that one's ("said India's move undermined China's
    sovereignty and was unacceptable": the move was unacceptable)."""
    found = []
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        subject = child_of(clause, "nsubj")
        found.append((clause, subject))
        found += [(c, subject) for c in clause.conjuncts if child_of(c, "nsubj") is None]
    return found


def judged_in_clause(verb: Token) -> Token | None:
    """The predicate of a view stated in ``verb``'s clause: "said that China is Russia's most
    important partner" → partner (the clause's subject is the one judged)."""
    if verb.lemma_.lower() not in STATING:
        return None
    for clause, judged in _stated_clauses(verb):
        # (a thing referred back to is no one judged: "saying it was the best chance")
        if judged is None or judged.lower_ in _THINGS or child_of(clause, "neg") is not None:
            continue
        if judged.lemma_.lower() in _TEMPERS:
            continue  # "said the anger of Turkey is strong": its own temper, no one judged
        care = sanity_questioned(clause)
        if care is not None:
            return care  # "declared that the French president needs mental checks"
        if clause.lemma_.lower() not in _LINKING:
            continue
        if posited_and_judged(judged):
            continue  # "said a war with Iran would be a disaster": warns, judges no one
        said = child_of(clause, "attr", "acomp")
        if said is not None and _judging(said):
            return said
    return None


# What one is said to need when one's sanity is put in doubt: "needs mental checks", "needs
# psychiatric treatment", "should have his head examined" is not covered (no such noun).
_MIND_CARE = {"check", "checkup", "check-up", "treatment", "examination", "test", "help", "care"}
_OF_THE_MIND = {"mental", "psychiatric", "psychological"}
_NEEDING = {"need", "require"}


def sanity_questioned(clause: Token) -> Token | None:
    """The care of the mind a stated clause says its subject needs ("that Macron needs
    mental checks", "Trump needs psychiatric treatment"): an insult to the one said to
    need it, who is the clause's subject; the noun of the care, or None."""
    if clause.lemma_.lower() not in _NEEDING:
        return None
    subject = child_of(clause, "nsubj")
    if subject is None or not (subject.pos_ == "PROPN" or subject.lemma_.lower() in PERSON_ROLES):
        return None  # "the country needs psychological help": no one's mind in doubt
    care = child_of(clause, "dobj")
    if care is None or care.lemma_.lower() not in _MIND_CARE:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in care.children):
        return None  # "needs psychological help for the victims": care for others
    mind = {c.lower_ for c in care.children if c.dep_ in ("amod", "compound")}
    return care if mind & _OF_THE_MIND else None


def _judging_adverb(child: Token) -> bool:
    """A judging adjective in "-ly" the model read as an adverb after the object: "called
    the words of Haley unfriendly" ("friendly", "unfriendly", "cowardly")."""
    obj = child_of(child.head, "dobj")
    return (
        child.dep_ == "advmod"
        and obj is not None
        and child.i > obj.i
        and child.lower_ in APPROVING | CONDEMNING | DISMISSING | FALSEHOOD
    )


def _judging_participle(child: Token) -> bool:
    """A judging participle the model read as a clause of its own after the object: "called
    the agreement gravely concerning", "called the move deeply troubling" (no subject or
    object of its own)."""
    obj = child_of(child.head, "dobj")
    return (
        child.dep_ == "advcl"
        and child.tag_ == "VBG"
        and obj is not None
        and child.i > obj.i
        and child.lower_ in APPROVING | CONDEMNING | DISMISSING | FALSEHOOD
        and not any(c.dep_ in ("nsubj", "dobj", "mark") for c in child.children)
    )


def _judging(said: Token) -> bool:
    """``said`` or a word qualifying it praises, condemns or dismisses."""
    words = {t.lemma_.lower() for t in said.subtree} | {t.lower_ for t in said.subtree}
    return bool(words & (APPROVING | CONDEMNING | DISMISSING | FALSEHOOD))


def _thing_named(verb: Token, said: Token) -> str:
    """The noun for what ``verb`` names when it is no one ("the demand" of "called the
    demand nonsense", parsed as one phrase), lower-case, or ""."""
    obj = child_of(verb, "dobj")
    if obj is None and said.dep_ in ("attr", "acomp") and said.head.dep_ == "ccomp":
        obj = child_of(said.head, "nsubj")  # "said the proposal was unacceptable"
    if obj is None:
        return ""
    if obj.i == said.i:  # "the demand nonsense": the thing is the noun before the predicate
        obj = next((c for c in said.children if c.dep_ == "compound" and c.i < said.i), None)
    return obj.lemma_.lower() if obj is not None and obj.pos_ == "NOUN" else ""


def _run_together(verb: Token) -> Token | None:
    """The predicate of "called the demand nonsense", parsed as one object whose head is the
    predicate and whose compound is the thing named."""
    obj = child_of(verb, "dobj")
    if obj is None or verb.lemma_.lower() not in NAMING_VERBS:
        return None
    thing = next((c for c in obj.children if c.dep_ == "compound" and c.i < obj.i), None)
    judged = {obj.lemma_.lower(), obj.lower_} & (CONDEMNING | DISMISSING | FALSEHOOD)
    if thing is None or not judged:
        return None
    return obj if thing.lemma_.lower() in CLAIM_NOUNS | MESSAGE_NOUNS else None


# Verbs of likening: the thing likened is called what it is likened to ("compared the
# treatment of the migrants to the practices of the Nazis", "likened the blockade to a siege").
LIKENING = {"compare", "liken", "equate"}


def _condemning_likeness(word: Token) -> bool:
    """``word`` condemns by itself, in the singular too ("the Nazis", "fascists")."""
    forms = {word.lower_, word.lemma_.lower()}
    return bool((forms | {f.removesuffix("s") for f in forms}) & CONDEMNING)


def likened_to(verb: Token) -> Token | None:
    """What ``verb`` likens its object to when that condemns: "compared the treatment of the
    migrants at the Greek border to the practices of the Nazis" → Nazis (the "to" phrase is
    the verb's or, as the parser often hangs it, the object's; the likeness may be the owner
    of its "of" phrase). A likening to something neutral ("compared the figures with last
    year's") judges nothing."""
    if verb.lemma_.lower() not in LIKENING:
        return None
    obj = child_of(verb, "dobj")
    holders = [verb] if obj is None else [verb, obj]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "with"):
                continue
            likeness = child_of(prep, "pobj")
            if likeness is None:
                continue
            of = next((c for c in likeness.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = child_of(of, "pobj") if of is not None else None
            for word in (likeness, owner):
                if word is not None and _condemning_likeness(word):
                    return word
    return None


# Nouns a judgement names only the kind of, which its "of" phrase tells: "called the vote an
# act of enmity", "a declaration of war", "a gesture of goodwill", "a form of blackmail".
_KINDS = {"act", "declaration", "form", "kind", "gesture", "sign", "instance", "example"}
# What an act "of" them is, judged: "an act of war", "an act of enmity" are hostile acts.
_HOSTILE_KINDS = {"war", "enmity", "belligerence", "vandalism", "banditry", "terror"}


def kind_told(said: Token) -> set[str]:
    """The words the "of" phrase of a kind noun judges by ("an act of aggression": the
    aggression; "an act of enmity" or "of war": hostility), or nothing."""
    if said.lemma_.lower() not in _KINDS:
        return set()
    words: set[str] = set()
    for prep in (c for c in said.children if c.dep_ == "prep" and c.lower_ == "of"):
        for kind in (p for p in prep.children if p.dep_ == "pobj"):
            words |= {kind.lemma_.lower(), kind.lower_}
            words |= {m.lemma_.lower() for m in kind.children if m.dep_ in ("amod", "compound")}
            if kind.lemma_.lower() in _HOSTILE_KINDS:
                words.add("hostility")
    return words


def naming_pattern(verb: Token) -> tuple[Pattern, Token] | None:
    """The judgement ``verb`` makes and the predicate it used, or None if it names nothing;
    aimed at the one named, the object or, for "refer", the "to" phrase."""
    found = _judgement(verb)
    if found is not None and verb.lemma_.lower() in REFERRING:
        return replace(found[0], lemma=verb.lemma_.lower(), prep=_TO), found[1]
    return found


_TO = frozenset({"to"})


# A campaign of words waged on a side: "called the statements of the German side an
# information campaign", "a smear campaign", "a media war" (a campaign alone judges nothing).
_CAMPAIGNS = frozenset({"campaign", "war", "attack", "operation"})
_WORD_WARS = frozenset({
    "information", "smear", "media", "hate", "disinformation", "slander", "influence", "hybrid",
})  # fmt: skip


def _judgement(verb: Token) -> tuple[Pattern, Token] | None:
    """The judgement ``verb`` makes and the predicate it used, or None if it names nothing."""
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return None  # "calls off a Moscow summit": a meeting cancelled, nothing named
    said = predicate(verb) or _run_together(verb) or judged_in_clause(verb)
    if said is None:
        likened = likened_to(verb)
        return None if likened is None else (_CRITICISM, likened)
    words = {said.lemma_.lower(), said.lower_} | {
        form
        for c in said.subtree
        if c.dep_ in ("amod", "conj", "compound", "acomp")
        for form in (c.lemma_.lower(), c.lower_)  # "deranged", lemmatized "derange"
    }
    if said.dep_ == "oprd":  # "a non-starter" split into three predicates
        words |= {c.lemma_.lower() for c in said.head.children if c.dep_ == "oprd"}
    words |= kind_told(said)
    thing = _thing_named(verb, said)
    if words & BLAMING and verb.lemma_.lower() not in _RULING:
        return _ACCUSATION, said
    if verb.lemma_.lower() in PRESENTING:
        return None
    if words & (CONDEMNING | DISMISSING | FALSEHOOD):
        if thing in CLAIM_NOUNS:
            return _DENIAL, said
        if thing in MESSAGE_NOUNS:
            return _REJECTION, said
    if words & DISMISSING:
        return _REJECTION, said
    if words & CONDEMNING or said.lemma_.lower() in _MIND_CARE and words & _OF_THE_MIND:
        return _CRITICISM, said
    if said.lemma_.lower() in _CAMPAIGNS and words & _WORD_WARS:
        return _CRITICISM, said
    # an act, not a claim, called untrue or baseless is criticised: "characterized the
    # expulsion as unfounded" (the claims behind it were denied above)
    if words & FALSEHOOD:
        return _CRITICISM, said
    if words & APPROVING:
        return _PRAISE, said
    if verb.lemma_.lower() in _APPOINTING:
        return None
    return _COMMENT, said
